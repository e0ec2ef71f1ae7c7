"""Resolve: from each document's records to the database's actors and events.

Pure functions over records: ``resolve`` takes the coded actors and the summaries of the event
reports of every document, the user's actor dictionary and hand-made decisions, and returns
canonical actors, each local actor's link to one, and one event record per real-world event
with every report. Only the summaries are held for the whole corpus; the full report records
are asked for a batch at a time as the events are built, so memory does not grow with the
corpus by the size of every record.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from ..config import Settings
from .actors import CanonicalActor, Identity, LocalActor, Override, resolve_actors
from .dedup import Member, Report, deduplicate
from .dictionary import DictionaryActor

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, None: 9}
PLACE_RANK = {"city": 0, "admin2": 1, "admin1": 2, "country": 3, "continent": 4, None: 9}
# reports whose records are read together while events are built: one query per batch, and the
# batch's parsed records are all that is in memory of them at a time
RECORD_BATCH = 2000


@dataclass(frozen=True, slots=True)
class DatedRole:
    """A role with the dates it held, from the text ("served as prime minister until 2014") or
    the user's dictionary; an event in that interval codes the actor with the role's sector."""

    actor_id: str  # local or canonical id
    sector: str
    start: dt.date | None
    end: dt.date | None


@dataclass
class Resolution:
    actors: list[CanonicalActor]
    identities: list[Identity]
    events: Iterator[dict]  # export records, one per real-world event, built as they are read (once)
    members: list[Member]
    event_count: int


def resolve(local: list[LocalActor], reports: Iterable[Report], records: Callable[[list[str]], dict[str, str]],
            roles: list[DatedRole], dictionary: list[DictionaryActor] = (), overrides: list[Override] = (),
            settings: Settings | None = None) -> Resolution:
    """Canonical actors, and one record per event. ``reports`` are the summaries of the event
    reports with the local ids of their actors; ``records`` gives the JSON text of the reports
    with these ids, and is called a batch at a time as the events are built."""
    settings = settings or Settings()
    actors, identities = resolve_actors(local, dictionary, overrides, settings.actor_threshold)
    canonical = {a.id: a for a in actors}
    of = {i.local_id: i.actor_id for i in identities}
    dated: dict[str, list[DatedRole]] = {}
    for role in roles:
        dated.setdefault(of.get(role.actor_id, role.actor_id), []).append(role)
    for a in actors:
        for r in a.roles:
            if r.sector and (r.start or r.end):
                dated.setdefault(a.id, []).append(DatedRole(a.id, r.sector, r.start, r.end))

    members = deduplicate([_canonical_actors(r, of) for r in reports], settings.dedup)
    groups: dict[str, list[Member]] = {}
    for m in members:
        groups.setdefault(m.event_id, []).append(m)

    def built(batch: list[list[Member]]) -> Iterator[dict]:
        texts = records([m.report_id for group in batch for m in group])
        for group in batch:
            yield _event([json.loads(texts[m.report_id]) for m in group], group, canonical, of, dated)

    def events() -> Iterator[dict]:
        batch, size = [], 0
        for group in groups.values():
            batch.append(group)
            size += len(group)
            if size >= RECORD_BATCH:
                yield from built(batch)
                batch, size = [], 0
        yield from built(batch)

    return Resolution(actors, identities, events(), members, len(groups))


def _canonical_actors(r: Report, of: dict[str, str]) -> Report:
    """The report with its actors' canonical ids."""
    source, target = of.get(r.source, r.source), of.get(r.target, r.target)
    return r if (source, target) == (r.source, r.target) else replace(r, source=source, target=target)


def _event(records: list[dict], group: list[Member], canonical: dict[str, CanonicalActor], of: dict[str, str],
           dated: dict[str, list[DatedRole]]) -> dict:
    lead = records[0]
    out = dict(lead)
    date = min((r["date"] for r in records if r["date"] and r["date"]["start"]),
               key=lambda d: PRECISION_RANK.get(d["precision"], 9), default=lead["date"])
    if lead["date"] and lead["date"]["start"] and \
            PRECISION_RANK.get(lead["date"]["precision"], 9) <= PRECISION_RANK.get((date or {}).get("precision"), 9):
        date = lead["date"]
    location = min((r["location"] for r in records if r["location"]),
                   key=lambda p: PLACE_RANK.get(p["precision"], 9), default=None)
    if lead["location"] is not None:
        location = lead["location"]
    when = dt.date.fromisoformat(date["start"]) if date and date["start"] else None
    for slot in ("source", "target"):
        actor = lead[slot] or next((r[slot] for r in records if r[slot]), None)
        out[slot] = _canonical_actor(actor, canonical, of, dated, when) if actor else None
    documents = {m.document_id for m in group}
    mentions = []
    for r, m in zip(records, group):
        for mention in r["mentions"]:
            mentions.append({"document_id": r["document_id"], "report_id": r["id"], **mention,
                             "why": m.why, "score": m.score})
    reported = min((r["reported"] for r in records if r.get("reported")), default=None)
    stated = [r["fatalities"] for r in records if r.get("fatalities") is not None]
    out["fatalities"] = min(stated) if stated else None  # the most conservative count, as ACLED keeps
    out.update(date=date, reported=reported, location=location, sources=len(documents), mentions=mentions,
               confidence=round(min(1.0, max(r["confidence"] for r in records) + 0.05 * (len(documents) - 1)), 3))
    return out


def _canonical_actor(actor: dict, canonical: dict[str, CanonicalActor], of: dict[str, str],
                     dated: dict[str, list[DatedRole]], when: dt.date | None) -> dict:
    """An event's actor as the registry knows it, coded for the event's own day: a dated role
    the user's dictionary or the text gives, else the knowledge base's role on that day, else
    the coding of the report."""
    from .. import kb as knowledge

    aid = of.get(actor["id"], actor["id"])
    c = canonical.get(aid)
    out = dict(actor, id=aid)
    if c is not None:
        out.update(name=c.name, country=actor["country"] or c.country, sector=actor["sector"] or c.sector)
    if when is None:
        return out
    held = [r for r in dated.get(aid, ()) if (r.start is None or r.start <= when) and (r.end is None or when <= r.end)]
    if held and out["kind"] == "person":
        narrow = min(held, key=lambda r: ((r.end or dt.date.max) - (r.start or dt.date.min)).days)
        out["sector"] = narrow.sector
        out["basis"] = f"dated role {narrow.sector} {narrow.start or ''}..{narrow.end or ''} on {when}"
        return out
    entity = knowledge.load().by_local_id(actor["id"])
    if entity is not None:
        coding = knowledge.load().coding(entity, when)
        if coding.confirmed and coding.basis.startswith(("kb dated", "kb former")):
            out.update(country=coding.country, sector=coding.sector, basis=coding.basis)
    return out


__all__ = ["resolve", "Resolution", "DatedRole", "LocalActor", "Override", "CanonicalActor", "Identity"]
