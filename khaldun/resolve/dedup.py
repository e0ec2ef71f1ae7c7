"""Events across documents: reports of one real-world event become one event with every report.

Two reports from different documents are one event when they have the same PLOVER type and
certainty, dates within a window (both dated to the day or week), no actor that contradicts
(the same canonical actor or none in each slot, at least one shared), no place that contradicts
(the same place, or within ``max_km``), and their score, which grows with shared actors, place
and wording, passes the threshold. Each merge records why, and the earliest report leads, so a
re-run gives the same ids.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from ..config import DedupSettings

STOPWORDS = set("""a an the and or but of in on at to for from by with as is was were be been has have had
it its his her their they he she this that these those which who whom after before over into than then
said says say also not no there here more most some any all would will could may might can""".split())
FINE = ("day", "week")


@dataclass(frozen=True, slots=True)
class Report:
    """One document's event, as much of it as deduplication compares (the store reads it from the
    report's columns, without its record); ``resolve`` maps its actors to canonical ids."""

    id: str
    document_id: str
    published: dt.date | None
    type: str
    certainty: str
    source: str | None  # actor id: local as stored, canonical once resolved
    target: str | None
    source_name: str | None
    target_name: str | None
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    place: str | None
    lat: float | None
    lon: float | None
    text: str
    position: int  # trigger offset, to order a document's reports


@dataclass(frozen=True, slots=True)
class Member:
    report_id: str
    event_id: str  # the id of the event it belongs to (its lead report's id)
    document_id: str
    score: float
    why: str


def deduplicate(reports: list[Report], settings: DedupSettings | None = None) -> list[Member]:
    """Every report's event, with the score and reason that joined it (1.0, 'lead' for leads)."""
    settings = settings or DedupSettings()
    order = sorted(reports, key=_lead_key)
    rank = {r.id: i for i, r in enumerate(order)}
    parent = {r.id: r.id for r in reports}
    joined: dict[str, tuple[float, str]] = {}
    groups = {r.id: [r] for r in reports}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if settings.enabled:
        pairs = []
        by_type: dict[str, list[Report]] = {}
        for r in reports:
            if r.start is not None and r.precision in FINE and r.certainty in ("asserted", "hedged"):
                by_type.setdefault(r.type, []).append(r)
        window = dt.timedelta(days=settings.window_days)
        for items in by_type.values():
            items.sort(key=lambda r: (r.start, r.id))
            for i, a in enumerate(items):
                for b in items[i + 1:]:
                    if b.start - a.start > window:
                        break
                    scored = _score(a, b, settings)
                    if scored is not None and scored[0] >= settings.threshold:
                        pairs.append((scored[0], a, b, scored[1]))
        for score, a, b, why in sorted(pairs, key=lambda p: (-p[0], p[1].id, p[2].id)):
            ra, rb = find(a.id), find(b.id)
            if ra == rb or not _groups_agree(groups[ra], groups[rb], settings):
                continue
            lead, other = (ra, rb) if rank[ra] < rank[rb] else (rb, ra)
            parent[other] = lead
            groups[lead] += groups.pop(other)
            later = b if rank[a.id] < rank[b.id] else a
            joined.setdefault(later.id, (score, why))
            joined.setdefault(other, (score, why))
    out = []
    for r in order:
        lead = find(r.id)
        score, why = (1.0, "lead report") if lead == r.id else joined.get(r.id, (1.0, "same event"))
        out.append(Member(r.id, lead, r.document_id, score, why))
    return out


def _lead_key(r: Report) -> tuple:
    """The earliest publication leads; then the document and its order."""
    return (r.published or dt.date.max, r.document_id, r.position, r.id)


def _score(a: Report, b: Report, s: DedupSettings) -> tuple[float, str] | None:
    if a.document_id == b.document_id or a.certainty != b.certainty:
        return None
    reasons = [f"same type {a.type}", f"dates {a.start} / {b.start}"]
    score = 0.4
    shared = 0
    for slot, x, y, xn in (("source", a.source, b.source, a.source_name), ("target", a.target, b.target, a.target_name)):
        if x and y:
            if x != y:
                return None
            shared += 1
            score += 0.25
            reasons.append(f"same {slot} {xn}")
    place_agrees = False
    if a.place and b.place:
        km = _km(a, b)
        if a.place != b.place and (km is None or km > s.max_km):
            return None
        place_agrees = True
        score += 0.15
        reasons.append(f"same place {a.place}" if a.place == b.place else f"places {a.place} / {b.place} {km:.0f} km apart")
    words = _jaccard(a.text, b.text)
    score += 0.2 * words
    reasons.append(f"wording {words:.2f}")
    if shared == 0 and not (place_agrees and words >= 0.3):
        return None
    return round(min(score, 1.0), 3), "; ".join(reasons) + f"; score {score:.2f}"


def _groups_agree(ga: list[Report], gb: list[Report], s: DedupSettings) -> bool:
    """No report of one group contradicts a report of the other (transitive chains stay sound)."""
    for x in ga:
        for y in gb:
            if x.document_id == y.document_id:
                return False  # a document's own reports were merged at extraction; two stay two
            for p, q in ((x.source, y.source), (x.target, y.target)):
                if p and q and p != q:
                    return False
            if x.place and y.place and x.place != y.place and (_km(x, y) or 1e9) > s.max_km:
                return False
    return True


def _km(a: Report, b: Report) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _jaccard(a: str, b: str) -> float:
    wa, wb = _content(a), _content(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in STOPWORDS}
