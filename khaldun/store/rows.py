"""Extraction records as rows of the store's tables: one function shared by the DuckDB store
and the Spark job, so both write the same content."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from ..records import Extraction, Rejection

# the tables a document's extraction fills, in the order they are written
ROW_TABLES = ("documents", "actors", "mentions", "places", "times", "event_reports", "affiliations")


def extraction_rows(batch: list[Extraction], run_id: str, now: dt.datetime) -> dict[str, list[list]]:
    """Rows per table for these documents. An actor coded in several places appears once, as
    first seen in input order (and the store keeps the first row: ON CONFLICT DO NOTHING), so
    the content does not depend on how documents are batched."""
    docs, actors, mentions, places, times, events, affiliations = [], {}, {}, [], {}, [], {}
    for x in batch:
        d = x.document
        docs.append([d.id, d.title, d.subtitle, d.url, d.author, d.outlet, d.published, d.language,
                     d.text, d.source, run_id, now, d.published_text,
                     json.dumps(list(d.warnings)) if d.warnings else None])
        for e in x.events:
            for a in (e.source, e.target):
                if a is not None:
                    actors.setdefault(a.id, a)
            events.append(record_row(e.export(), run_id))
        for m in x.mentions:
            actors.setdefault(m.id, m)
            mentions[(d.id, m.start, m.end)] = [d.id, m.start, m.end, m.id, m.text, m.sector]
        places += [[d.id, p.char_start, p.char_end, p.text, p.name, p.country, p.admin1, p.lat, p.lon,
                    p.precision, p.geonameid] for p in x.places]
        for a in x.affiliations:
            actors.setdefault(a.actor.id, a.actor)
            if a.other_actor is not None:
                actors.setdefault(a.other_actor.id, a.other_actor)
            row = _affiliation_row(d.id, a)
            affiliations[row[0]] = row
        for t in x.times:
            times[(d.id, t.char_start, t.char_end)] = [d.id, t.char_start, t.char_end, t.text, t.start,
                                                       t.end, t.precision.value if t.precision else None, t.rule]
    return {"documents": docs, "actors": [[a.id, a.name, a.kind, a.country, a.sector] for a in actors.values()],
            "mentions": list(mentions.values()), "places": places, "times": list(times.values()),
            "event_reports": events, "affiliations": list(affiliations.values())}


def record_row(r: dict, run_id: str) -> list:
    """An event record (the export contract) as a row of ``event_reports`` or ``events``."""
    s, t, loc, date = r["source"] or {}, r["target"] or {}, r["location"] or {}, r["date"] or {}
    acled = r["acled"] or {}
    return [
        r["id"], r["document_id"], r["text"], r["span"][0], r["span"][1], r["trigger"], r["trigger_span"][0],
        r["trigger_span"][1], r["type"], r["mode"], r["cameo"], acled.get("event_type"), acled.get("sub_event_type"),
        s.get("id"), s.get("text"), s.get("name"), s.get("kind"), s.get("country"), s.get("sector"),
        t.get("id"), t.get("text"), t.get("name"), t.get("kind"), t.get("country"), t.get("sector"),
        date.get("text"), date.get("start"), date.get("end"), date.get("precision"),
        loc.get("text"), loc.get("name"), loc.get("country"), loc.get("admin1"), loc.get("lat"), loc.get("lon"),
        loc.get("precision"), r["certainty"], r["confidence"], r["sources"], r["rule"], run_id,
        json.dumps(r, ensure_ascii=False), r.get("reported"), date.get("rule"),
    ]


def rejection_row(r: Rejection, run_id: str, now: dt.datetime) -> list:
    """A row of ``rejections``; the id is the input, code and reason, so a re-run adds nothing."""
    rid = hashlib.sha1(f"{r.source}|{r.code}|{r.reason}".encode()).hexdigest()[:16]
    return [rid, r.source, r.code, r.reason, r.stage, run_id, now]


def _affiliation_row(document_id: str, a) -> list:
    key = f"{document_id}|{a.actor.id}|{a.relation}|{a.other_actor.id if a.other_actor else a.other}|{a.status}"
    place, date = a.place, a.date
    return [
        hashlib.sha1(key.encode()).hexdigest()[:16], document_id, a.actor.id, a.relation, a.other,
        a.other_actor.id if a.other_actor else None, place.name if place else None,
        place.country if place else None, place.lat if place else None, place.lon if place else None,
        date.text, date.start, date.end, date.precision.value if date.precision else None, date.rule or None,
        a.status, a.sector, a.text, a.span[0], a.span[1], a.rule,
    ]


