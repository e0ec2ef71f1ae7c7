"""Reading the resolved database: an actor's dossier and the actor network."""

from __future__ import annotations

import json
from collections import Counter
from xml.sax.saxutils import escape

from .errors import ConfigError
from .store import Store
from .store.db import Filters


def find_actors(store: Store, query: str, limit: int = 20) -> list[dict]:
    """Canonical actors whose id, name or any alias matches ``query``, most mentioned first."""
    from . import kb

    like = f"%{query}%"
    # a name the knowledge base knows (any alias or spelling), even one no article used
    known = [a.local_id for a in kb.load().candidates(query)] or ["\0"]
    marks = ", ".join("?" * len(known))
    rows = store.query(
        "SELECT id, name, kind, country, sector, aliases, members, mentions FROM actor_registry WHERE id = ? "
        "OR id IN (SELECT actor_id FROM actor_aliases WHERE alias ILIKE ?) "
        f"OR id IN (SELECT actor_id FROM actor_identity WHERE local_id = ? OR local_id IN ({marks})) "
        "ORDER BY (lower(name) = lower(?)) DESC, mentions DESC, name LIMIT ?", [query, like, query, *known, query, limit])
    return [_actor_row(r) for r in rows]


def list_actors(store: Store, query: str | None = None, limit: int = 50) -> list[dict]:
    if query:
        return find_actors(store, query, limit)
    rows = store.query("SELECT id, name, kind, country, sector, aliases, members, mentions FROM actor_registry "
                       "ORDER BY mentions DESC, name LIMIT ?", [limit])
    return [_actor_row(r) for r in rows]


def dossier(store: Store, query: str, max_events: int | None = None) -> dict | None:
    """Who an actor is across every document: spellings and why they were joined, roles and
    affiliations in time order with their evidence, events as source and target, counterparts.
    With ``max_events``, the timeline keeps that many (in date order; ``events`` has the total)."""
    found = find_actors(store, query, limit=10)
    if not found:
        return None
    actor = found[0]
    aid = actor["id"]
    spellings = [{"id": i, "name": n, "country": c, "sector": s, "confidence": conf, "reason": why}
                 for i, n, c, s, conf, why in store.query(
                     "SELECT i.local_id, a.name, a.country, a.sector, i.confidence, i.reason FROM actor_identity i "
                     "JOIN actors a ON a.id = i.local_id WHERE i.actor_id = ? ORDER BY i.confidence DESC, a.name", [aid])]
    rows = store.query(
        "SELECT f.relation, f.other, coalesce(r.name, f.other) other_name, r.id, f.place_name, f.place_country, "
        "f.date_text, f.date_start, f.date_end, f.date_precision, f.date_rule, f.status, f.sector, f.sentence, "
        "f.document_id, d.published, f.sent_start, f.rule FROM affiliations f "
        "JOIN actor_identity i ON i.local_id = f.actor_id "
        "JOIN documents d ON d.id = f.document_id "
        "LEFT JOIN actor_identity oi ON oi.local_id = f.other_actor_id "
        "LEFT JOIN actor_registry r ON r.id = oi.actor_id "
        "WHERE i.actor_id = ?", [aid])
    merged: dict[tuple, dict] = {}
    for (relation, other, other_name, other_id, place, place_country, date_text, start, end, precision, rule_date,
         status, sector, sentence, doc, published, position, rule) in rows:
        key = (relation, other_id or (place or other_name).lower(), status)
        item = {"relation": relation, "other": other_name, "other_id": other_id, "place": place,
                "place_country": place_country,
                "date": {"text": date_text, "start": _iso(start), "end": _iso(end), "precision": precision,
                         "basis": rule_date},
                "status": status, "sector": sector, "text": sentence, "document_id": doc, "rule": rule,
                "documents": 1, "_order": (published.isoformat() if published else "9999", position)}
        known = merged.get(key)
        if known is None:
            merged[key] = item
            continue
        known["documents"] += 1
        if _explicit(item["date"]) and not _explicit(known["date"]):
            item["documents"] = known["documents"]
            merged[key] = item
    affiliations = sorted(merged.values(), key=_affiliation_order)
    for item in affiliations:
        del item["_order"]
    timeline = []
    counterparts: Counter[tuple[str, str]] = Counter()
    for record in store.events(Filters(actor=aid)):
        as_source = (record["source"] or {}).get("id") == aid
        if not as_source and (record["target"] or {}).get("id") != aid:
            continue  # matched by a counterpart's text, not this actor
        other = record["target"] if as_source else record["source"]
        if other is not None and other.get("id") != aid:
            counterparts[(other["name"], other["id"])] += 1
        timeline.append({"date": record["date"], "reported": record.get("reported"), "role": "source" if as_source else "target", "type": record["type"],
                         "cameo": record["cameo"], "trigger": record["trigger"],
                         "counterpart": other["name"] if other else None,
                         "place": (record["location"] or {}).get("name"), "certainty": record["certainty"],
                         "sources": record["sources"], "text": record["text"], "event_id": record["id"],
                         "document_id": record["document_id"]})
    return {
        **actor,
        "spellings": spellings,
        "affiliations": affiliations,
        "events": len(timeline),
        "timeline": timeline[:max_events] if max_events else timeline,
        "counterparts": [{"name": n, "id": i, "events": c} for (n, i), c in counterparts.most_common(10)],
        "also_matching": [{"id": a["id"], "name": a["name"], "country": a["country"]} for a in found[1:]],
    }


def network(store: Store, filters: Filters | None = None, max_edges: int | None = None) -> dict:
    """Who acts on whom: one edge per (source, target) with event counts by PLOVER type; with
    ``max_edges``, only the pairs with the most events."""
    where, params = (filters or Filters()).where()
    cond = " AND ".join(filter(None, [where.replace(" WHERE ", "", 1), "source_id IS NOT NULL",
                                      "target_id IS NOT NULL", "source_id != target_id"]))
    pairs = f"SELECT source_id, target_id FROM events WHERE {cond} GROUP BY ALL ORDER BY count(*) DESC, 1, 2"
    if max_edges:
        cond += f" AND (source_id, target_id) IN (SELECT (source_id, target_id) FROM ({pairs} LIMIT {int(max_edges)}))"
        params = params * 2
    rows = store.query(f"SELECT source_id, target_id, type, count(*) FROM events WHERE {cond} "
                       "GROUP BY ALL ORDER BY source_id, target_id, type", params)
    edges: dict[tuple[str, str], dict] = {}
    for s, t, typ, n in rows:
        e = edges.setdefault((s, t), {"source": s, "target": t, "events": 0, "types": {}})
        e["events"] += n
        e["types"][typ] = n
    ids = sorted({i for pair in edges for i in pair})
    nodes = []
    if ids:
        found = {r[0]: r for r in store.query(
            "SELECT id, name, kind, country, sector FROM actor_registry WHERE id IN (SELECT unnest(?))", [ids])}
        degree = Counter(i for pair in edges for i in pair)
        for i in ids:
            _, name, kind, country, sector = found.get(i, (i, i, None, None, None))
            nodes.append({"id": i, "name": name, "kind": kind, "country": country, "sector": sector,
                          "degree": degree[i]})
    return {"nodes": nodes, "edges": list(edges.values())}


def write_network(net: dict, fmt: str) -> str:
    """The network as JSON or GraphML text."""
    if fmt == "json":
        return json.dumps(net, indent=2, ensure_ascii=False) + "\n"
    if fmt != "graphml":
        raise ConfigError(f"Unknown network format {fmt!r}; choose json or graphml.", code="E213")
    types = sorted({t for e in net["edges"] for t in e["types"]})
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for key, what, name, typ in [("name", "node", "name", "string"), ("kind", "node", "kind", "string"),
                                 ("country", "node", "country", "string"), ("sector", "node", "sector", "string"),
                                 ("events", "edge", "events", "int")] + [
                                    (f"type_{t}", "edge", t, "int") for t in types]:
        out.append(f'  <key id="{key}" for="{what}" attr.name="{name}" attr.type="{typ}"/>')
    out.append('  <graph id="khaldun" edgedefault="directed">')
    for n in net["nodes"]:
        out.append(f'    <node id="{escape(n["id"])}">')
        for key in ("name", "kind", "country", "sector"):
            if n[key]:
                out.append(f'      <data key="{key}">{escape(str(n[key]))}</data>')
        out.append("    </node>")
    for i, e in enumerate(net["edges"]):
        out.append(f'    <edge id="e{i}" source="{escape(e["source"])}" target="{escape(e["target"])}">')
        out.append(f'      <data key="events">{e["events"]}</data>')
        for t, n in sorted(e["types"].items()):
            out.append(f'      <data key="type_{t}">{n}</data>')
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"


def _actor_row(r) -> dict:
    i, name, kind, country, sector, aliases, members, mentions = r
    return {"id": i, "name": name, "kind": kind, "country": country, "sector": sector,
            "aliases": json.loads(aliases or "[]"), "spellings": members, "mentions": mentions}


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def _explicit(date: dict) -> bool:
    return bool((date["start"] or date["end"]) and date["basis"] not in ("at-publication", "before-publication"))


def _affiliation_order(item: dict) -> tuple:
    """Dated by the text first, in time order; then what only the publication date places; then
    the undated, in the order the documents tell them."""
    d = item["date"]
    when = d["start"] or d["end"]
    if when and _explicit(d):
        return (0, when, item["_order"])
    if when:
        return (1, when, item["_order"])
    return (2, "", item["_order"])
