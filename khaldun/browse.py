"""Reading the resolved database page by page: event pages, counts over time, map clusters,
documents with their annotations. Every aggregation runs in DuckDB; callers get small results."""

from __future__ import annotations

import datetime as dt
import json

from .errors import ConfigError
from .explore import _iso
from .store import Store
from .store.db import Filters

SORTS = {
    "date": "date_start", "type": "type", "cameo": "cameo", "source": "source_name", "target": "target_name",
    "location": "location_name", "certainty": "certainty", "sources": "sources", "confidence": "confidence",
}
ROW_COLUMNS = ("id", "document_id", "date_start", "date_end", "date_precision", "date_text", "date_rule", "reported",
               "type", "mode",
               "cameo", "source_id", "source_name", "source_country", "source_sector", "target_id", "target_name",
               "target_country", "target_sector", "location_name", "location_country", "lat", "lon",
               "location_precision", "certainty", "confidence", "sources", "trigger", "sentence")
INTERVALS = ("day", "week", "month", "year")
# an event counts in a bucket of an interval only when its date is at least that precise
PRECISE_ENOUGH = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                  "year": ("day", "week", "month", "season", "quarter", "year")}
PRECISION_RANK = {"city": 0, "admin1": 1, "country": 2}


def event_page(store: Store, filters: Filters, sort: str = "date", descending: bool = False, limit: int = 50,
               offset: int = 0) -> dict:
    """One page of events as flat rows, with the total that match."""
    if sort not in SORTS:
        raise ConfigError(f"Cannot sort by {sort!r}; choose one of {', '.join(SORTS)}.", code="E216")
    where, params = filters.where()
    total = store.query(f"SELECT count(*) FROM events{where}", params)[0][0]
    direction = "DESC" if descending else "ASC"
    rows = store.query(
        f"SELECT {', '.join(ROW_COLUMNS)} FROM events{where} "
        f"ORDER BY {SORTS[sort]} {direction} NULLS LAST, date_start, document_id, trigger_start, id "
        "LIMIT ? OFFSET ?", params + [limit, offset])
    return {"total": total, "offset": offset, "limit": limit,
            "items": [_plain(dict(zip(ROW_COLUMNS, r))) for r in rows]}


def event(store: Store, event_id: str) -> dict | None:
    """The export record of one event, its reports' documents named."""
    rows = store.query("SELECT record FROM events WHERE id = ?", [event_id])
    if not rows:
        return None
    record = json.loads(rows[0][0])
    titles = dict(store.query("SELECT id, title FROM documents WHERE id IN (SELECT unnest(?))",
                              [[m["document_id"] for m in record.get("mentions", [])] or [record["document_id"]]]))
    for m in record.get("mentions", []):
        m["document_title"] = titles.get(m["document_id"])
    return record


def timeline(store: Store, filters: Filters, interval: str | None = None) -> dict:
    """Events per time bucket and PLOVER type. Events dated less precisely than the bucket are
    counted apart (``coarser``), never spread over buckets; undated ones likewise."""
    where, params = filters.where()
    if interval is None:
        interval = _interval_for(store, where, params)
    if interval not in INTERVALS:
        raise ConfigError(f"Unknown interval {interval!r}; choose one of {', '.join(INTERVALS)}.", code="E217")
    precise = list(PRECISE_ENOUGH[interval])
    cond = f"{where} {'AND' if where else 'WHERE'}"
    rows = store.query(
        f"SELECT date_trunc('{interval}', date_start)::DATE bucket, type, count(*) FROM events{cond} "
        "date_start IS NOT NULL AND date_precision IN (SELECT unnest(?)) GROUP BY ALL ORDER BY bucket, type",
        params + [precise])
    buckets: dict[dt.date, dict[str, int]] = {}
    for bucket, typ, n in rows:
        buckets.setdefault(bucket, {})[typ] = n
    coarser, undated = store.query(
        f"SELECT count(*) FILTER (date_start IS NOT NULL AND date_precision NOT IN (SELECT unnest(?))), "
        f"count(*) FILTER (date_start IS NULL AND date_end IS NULL) FROM events{where}", [precise] + params)[0]
    # events without a date of their own, placed where they were reported: "happened by", not "on"
    reported = store.query(
        f"SELECT date_trunc('{interval}', reported)::DATE bucket, count(*) FROM events{cond} "
        "date_start IS NULL AND date_end IS NULL AND reported IS NOT NULL GROUP BY ALL ORDER BY bucket", params)
    return {"interval": interval,
            "buckets": [{"start": b.isoformat(), "end": _bucket_end(b, interval).isoformat(), "counts": c}
                        for b, c in buckets.items()],
            "types": sorted({t for c in buckets.values() for t in c}),
            "coarser": coarser, "undated": undated,
            "reported": [{"start": b.isoformat(), "end": _bucket_end(b, interval).isoformat(), "events": n}
                         for b, n in reported]}


def type_counts(store: Store, filters: Filters) -> list[dict]:
    where, params = filters.where()
    rows = store.query(f"SELECT type, count(*) n FROM events{where} GROUP BY type ORDER BY n DESC, type", params)
    return [{"type": t, "events": n} for t, n in rows]


def map_clusters(store: Store, filters: Filters, cell: float | None = None, limit: int = 2000) -> dict:
    """Located events gathered into grid cells of ``cell`` degrees (by default a 48th of the
    box's wider side, or 2 degrees for the world). A cluster carries its count, centre, extent,
    the most precise location it holds and how many events each precision has. The largest come
    first; ties keep the order of their first event's id, so the same database always gives the
    same list (and the same place name for a cluster)."""
    if cell is None:
        west, south, east, north = filters.bbox or (-180.0, -90.0, 180.0, 90.0)
        width = (east - west) % 360 or 360.0
        cell = max(max(width, north - south) / 48, 1e-4)
    if not (0 < cell <= 90):
        raise ConfigError(f"Map cell {cell} must be above 0 and at most 90 degrees.", code="E218")
    where, params = filters.where()
    cond = f"{where} {'AND' if where else 'WHERE'} lat IS NOT NULL AND lon IS NOT NULL"
    rows = store.query(
        "SELECT count(*) n, avg(lat), avg(lon), min(lat), max(lat), min(lon), max(lon), "
        "count(*) FILTER (location_precision = 'city'), count(*) FILTER (location_precision = 'admin2'), "
        "count(*) FILTER (location_precision = 'admin1'), count(*) FILTER (location_precision = 'country'), "
        "count(DISTINCT location_name), arg_min(location_name, (CASE location_precision WHEN 'city' THEN 0 "
        "WHEN 'admin2' THEN 1 WHEN 'admin1' THEN 2 ELSE 3 END, "
        "location_name)), min(id), min(document_id) FROM events" + cond +
        " GROUP BY floor(lat / ?), floor(lon / ?) ORDER BY n DESC, min(id) LIMIT ?",
        params + [cell, cell, limit])
    unlocated = store.query(f"SELECT count(*) FROM events{where} {'AND' if where else 'WHERE'} lat IS NULL", params)[0][0]
    clusters = []
    for n, lat, lon, s, nn, w, e, city, admin2, admin1, country, places, place, first, doc in rows:
        by = {"city": city, "admin2": admin2, "admin1": admin1, "country": country}
        best = next((p for p in by if by[p]), None)
        clusters.append({"events": n, "lat": round(lat, 5), "lon": round(lon, 5),
                         "extent": [round(w, 5), round(s, 5), round(e, 5), round(nn, 5)],
                         "precision": best, "by_precision": by, "places": places, "place": place,
                         "event_id": first if n == 1 else None, "document_id": doc if n == 1 else None})
    return {"cell": cell, "clusters": clusters, "unlocated": unlocated}


def documents(store: Store, text: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    words = (text or "").split()
    where = (" WHERE " + " AND ".join("(d.title ILIKE ? OR d.text ILIKE ?)" for _ in words)) if words else ""
    params = [f"%{word}%" for word in words for _ in range(2)]
    total = store.query(f"SELECT count(*) FROM documents d{where}", params)[0][0]
    rows = store.query(
        f"SELECT d.id, d.title, d.outlet, d.published, d.url, coalesce(n.n, 0) FROM documents d "
        f"LEFT JOIN (SELECT document_id, count(*) n FROM event_reports GROUP BY ALL) n ON n.document_id = d.id{where} "
        "ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?", params + [limit, offset])
    return {"total": total, "offset": offset, "limit": limit,
            "items": [{"id": i, "title": t, "outlet": o, "published": _iso(p), "url": u, "events": n}
                      for i, t, o, p, u, n in rows]}


def document(store: Store, document_id: str) -> dict | None:
    """A document's text with every span the extractors found: actor mentions (with their
    resolved actor), places, times and event triggers (with the resolved event they belong to)."""
    rows = store.query("SELECT id, title, subtitle, url, author, outlet, published, language, text, source, "
                       "published_text, warnings FROM documents WHERE id = ?", [document_id])
    if not rows:
        return None
    i, title, subtitle, url, author, outlet, published, language, text, source, published_text, warnings = rows[0]
    actors = [{"start": s, "end": e, "text": t, "actor_id": aid, "name": name, "country": c, "sector": sec}
              for s, e, t, aid, name, c, sec in store.query(
                  "SELECT m.start_char, m.end_char, m.text, coalesce(i.actor_id, m.actor_id), "
                  "coalesce(r.name, a.name), coalesce(r.country, a.country), coalesce(m.sector, a.sector) "
                  "FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id "
                  "LEFT JOIN actor_identity i ON i.local_id = m.actor_id LEFT JOIN actor_registry r ON r.id = i.actor_id "
                  "WHERE m.document_id = ? ORDER BY 1", [document_id])]
    places = [{"start": s, "end": e, "text": t, "name": n, "country": c, "lat": la, "lon": lo, "precision": p}
              for s, e, t, n, c, la, lo, p in store.query(
                  "SELECT start_char, end_char, text, name, country, lat, lon, precision FROM places "
                  "WHERE document_id = ? ORDER BY 1", [document_id])]
    times = [{"start": s, "end": e, "text": t, "date_start": _iso(a), "date_end": _iso(b), "precision": p}
             for s, e, t, a, b, p in store.query(
                 "SELECT start_char, end_char, text, date_start, date_end, precision FROM times "
                 "WHERE document_id = ? ORDER BY 1", [document_id])]
    events = [{"report_id": rid, "event_id": eid, "start": ts, "end": te, "sentence": [ss, se], "trigger": trig,
               "type": typ, "cameo": cameo, "source": src, "target": tgt, "date_start": _iso(d),
               "date_end": _iso(d_end), "date_precision": d_prec, "date_text": d_text, "date_rule": d_rule,
               "reported": _iso(rep), "location": loc, "certainty": cert, "sources": n}
              for (rid, eid, ts, te, ss, se, trig, typ, cameo, src, tgt, d, d_end, d_prec, d_text, d_rule, rep, loc,
                   cert, n) in store.query(
                  "SELECT r.id, m.event_id, r.trigger_start, r.trigger_end, r.sent_start, r.sent_end, r.trigger, "
                  "r.type, r.cameo, r.source_name, r.target_name, r.date_start, r.date_end, r.date_precision, "
                  "r.date_text, r.date_rule, r.reported, r.location_name, r.certainty, "
                  "e.sources FROM event_reports r LEFT JOIN event_members m ON m.report_id = r.id "
                  "LEFT JOIN events e ON e.id = m.event_id WHERE r.document_id = ? ORDER BY r.trigger_start",
                  [document_id])]
    return {"id": i, "title": title, "subtitle": subtitle, "url": url, "author": author, "outlet": outlet,
            "published": _iso(published), "published_text": published_text,
            "warnings": json.loads(warnings) if warnings else [], "language": language, "source": source, "text": text,
            "actors": actors, "places": places, "times": times, "events": events}


def facets(store: Store) -> dict:
    """What the filter controls offer: types, countries and the date range present."""
    q = store.query
    first, last = q("SELECT min(date_start), max(date_end) FROM events")[0]
    return {"types": [{"type": t, "events": n} for t, n in q(
                "SELECT type, count(*) n FROM events GROUP BY type ORDER BY type")],
            "countries": [c for (c,) in q(
                "SELECT DISTINCT c FROM (SELECT source_country c FROM events UNION SELECT target_country FROM events "
                "UNION SELECT location_country FROM events) WHERE c IS NOT NULL ORDER BY c")],
            "certainty": ["asserted", "hedged", "negated", "question", "conditional", "hypothetical"],
            "first_date": _iso(first), "last_date": _iso(last),
            "events": q("SELECT count(*) FROM events")[0][0],
            "documents": q("SELECT count(*) FROM documents")[0][0]}


def _interval_for(store: Store, where: str, params: list) -> str:
    first, last = store.query(f"SELECT min(date_start), max(date_start) FROM events{where}", params)[0]
    if first is None:
        return "month"
    days = (last - first).days
    return "day" if days <= 120 else "week" if days <= 3 * 366 else "month" if days <= 30 * 366 else "year"


def _bucket_end(start: dt.date, interval: str) -> dt.date:
    if interval == "day":
        return start
    if interval == "week":
        return start + dt.timedelta(days=6)
    if interval == "month":
        following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)
    return start.replace(month=12, day=31)


def _plain(row: dict) -> dict:
    for key in ("date_start", "date_end", "reported"):
        row[key] = _iso(row[key])
    return row
