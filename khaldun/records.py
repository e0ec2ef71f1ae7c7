"""Typed records that travel between the pipeline stages.

Offsets are character offsets into ``Document.text`` (end exclusive). Records are frozen: a
stage never changes what an earlier stage produced, it makes new records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from operator import attrgetter
from typing import Any


class Certainty(str, Enum):
    ASSERTED = "asserted"
    HEDGED = "hedged"
    NEGATED = "negated"
    QUESTION = "question"
    CONDITIONAL = "conditional"  # "if the Turks attack": happens only if something else does
    HYPOTHETICAL = "hypothetical"  # "could lead to fresh fighting": might happen


class Modality(str, Enum):
    """How a clause presents its predicate (one per frame, the strongest that applies)."""

    ASSERTED = "asserted"
    REPORTED = "reported"  # under a verb of saying: asserted by its speaker
    HEDGED = "hedged"  # "reportedly", "may", "alleged", "suggests that"
    CONDITIONAL = "conditional"  # "if ...", "unless ..."
    HYPOTHETICAL = "hypothetical"  # "could", "the risk of"
    PURPOSE = "purpose"  # "deployed to protect": what the act was for, not an act
    DEMANDED = "demanded"  # "urged Turkey to withdraw": the demand is the act
    INTENDED = "intended"  # "threatened to attack", "agreed to meet": the intent is the act
    FUTURE = "future"  # "will meet"
    QUESTION = "question"



class Precision(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"


@dataclass(frozen=True, slots=True)
class Document:
    """One article, as ingest makes it. ``id`` is a content hash unless the input gives one."""

    id: str
    text: str
    title: str | None = None
    subtitle: str | None = None
    url: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str = "en"
    source: str | None = None  # where it was read from (path, path:line)
    published_text: str | None = None  # the publication date as the metadata wrote it
    warnings: tuple[str, ...] = ()  # what ingest dropped from the document's metadata, and why


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become a document, and why."""

    source: str
    code: str
    reason: str
    stage: str = "ingest"


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as it fills an event slot or a mention: the words and their coding."""

    text: str
    name: str
    id: str
    kind: str  # person | organization | country | group
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # CAMEO agent code
    start: int = -1
    end: int = -1
    basis: str = ""  # why this coding: "kb dated: ...", "dictionary", "text: ...", "context: ..."

    def export(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "id": self.id,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A temporal expression and the interval it denotes (start/end None when unresolved)."""

    text: str | None
    start: dt.date | None
    end: dt.date | None
    precision: Precision | None
    char_start: int = -1
    char_end: int = -1
    is_duration: bool = False
    rule: str = ""

    def export(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision.value if self.precision else None,
        }


NO_DATE = TimeSpan(text=None, start=None, end=None, precision=None)


@dataclass(frozen=True, slots=True)
class Dating:
    """When an event happened and the evidence for it: the interval (``NO_DATE`` when the text
    gives the event no date of its own), the rule that chose it (own, coordinated, governor,
    complement, clause, temporal-clause, subordinate, occurrence, described, occasion, quoted, anchor, after,
    continuation, mention, reporting, stance, present, setting, future, none) and the time expression it came
    from (text and character offsets), if any."""

    time: TimeSpan
    rule: str
    expression: str | None = None
    span: tuple[int, int] | None = None

    @property
    def dated(self) -> bool:
        """Whether the event has a date of its own: an interval, or one side of it ("since 2014")."""
        return (self.time.start is not None or self.time.end is not None) and self.rule != "future"


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym resolved against the gazetteer."""

    text: str
    name: str
    country: str | None  # alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str  # city | admin2 | admin1 | country
    geonameid: int | None = None
    char_start: int = -1
    char_end: int = -1

    def export(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class FrameArgument:
    """One argument of a clause frame: its role, its words and the parse token that heads it."""

    role: str  # agent | patient | theme | oblique | locative | temporal | instrument | beneficiary | modifier
    text: str
    start: int  # character offsets into the document text
    end: int
    head: int  # index of the head token in the document's parse
    prep: str | None = None  # the preposition that introduces it ("on" in "attack on X")

    def export(self) -> dict[str, Any]:
        return {"role": self.role, "text": self.text, "span": [self.start, self.end], "prep": self.prep}


@dataclass(frozen=True, slots=True)
class Frame:
    """One predicate of the text, verbal or nominal, read once from the parse: what every coder
    (event type, certainty, date, place, actor roles) reads instead of the parse itself."""

    id: str  # "f12": the parse index of the predicate's head word
    predicate: str  # the words ("took over", "attack", "staged a demonstration")
    lemma: str  # "take over", "demonstration"
    pos: str  # VERB | NOUN | ADJ
    head: int  # token index of the predicate word
    start: int
    end: int
    voice: str  # active | passive | nominal
    polarity: bool  # False when negated ("did not attack", "no attack", "refused to attack")
    modality: Modality
    cues: tuple[str, ...]  # the words that set modality and polarity ("if", "reportedly")
    tense: str  # past | present | future | none
    arguments: tuple[FrameArgument, ...]
    pattern: str  # which argument pattern read the arguments ("active", "nominal+launch", ...)
    light: str | None = None  # the light verb that carries a nominal predicate, as written ("staged")
    under: str | None = None  # id of the reporting (or demanding, intending) frame above it
    speaker: FrameArgument | None = None  # who says so, for a reported frame
    sentence: tuple[int, int] = (-1, -1)

    def has(self, modality: Modality) -> bool:
        """Whether ``modality`` applies, as the winning modality or among the cues."""
        return self.modality is modality or any(c.startswith(modality.value + ":") for c in self.cues)

    def role(self, name: str) -> tuple[FrameArgument, ...]:
        return tuple(a for a in self.arguments if a.role == name)

    def export(self) -> dict[str, Any]:
        return {
            "id": self.id, "predicate": self.predicate, "lemma": self.lemma, "pos": self.pos,
            "span": [self.start, self.end], "voice": self.voice,
            "polarity": "+" if self.polarity else "-", "modality": self.modality.value,
            "cues": list(self.cues), "tense": self.tense,
            "arguments": [a.export() for a in self.arguments], "pattern": self.pattern,
            "light": self.light, "under": self.under,
            "speaker": self.speaker.export() if self.speaker else None,
        }


@dataclass(frozen=True, slots=True)
class EventCode:
    """One row of the ontology table: CAMEO code with its PLOVER and ACLED equivalents."""

    cameo: str
    label: str
    plover: str | None
    mode: str | None
    context: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None


@dataclass(frozen=True, slots=True)
class EventMention:
    """One report of an event: the sentence and the words that express it."""

    text: str
    span: tuple[int, int]
    trigger: str
    trigger_span: tuple[int, int]

    def export(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "trigger": self.trigger,
                "trigger_span": list(self.trigger_span)}


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event with its evidence."""

    id: str
    document_id: str
    text: str  # the evidence sentence
    span: tuple[int, int]  # sentence offsets in the document text
    trigger: str
    trigger_span: tuple[int, int]
    type: str  # PLOVER type
    mode: str | None
    cameo: str
    acled: dict[str, str] | None
    source: Actor | None
    target: Actor | None
    date: TimeSpan
    location: Place | None
    certainty: Certainty
    confidence: float
    rule: str  # which trigger entry and argument pattern produced it
    sources: int = 1
    mentions: tuple["EventMention", ...] = ()  # every sentence of the document that reports it
    reported: dt.date | None = None  # publication date of the report: known to have happened by then
    date_rule: str = "none"  # how ``date`` was found (extract/dating.py); "none": no date of its own
    fatalities: int | None = None  # deaths the text states for this event ("killing 6 civilians")

    def export(self) -> dict[str, Any]:
        """The event as the export contract names it (DESIGN.md)."""
        return {
            "id": self.id,
            "document_id": self.document_id,
            "text": self.text,
            "span": list(self.span),
            "trigger": self.trigger,
            "trigger_span": list(self.trigger_span),
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "acled": dict(self.acled) if self.acled else None,
            "source": self.source.export() if self.source else None,
            "target": self.target.export() if self.target else None,
            "date": self.date.export() | {"rule": self.date_rule} if self.date.start or self.date.end else None,
            "reported": self.reported.isoformat() if self.reported else None,
            "location": self.location.export() if self.location else None,
            "certainty": self.certainty.value,
            "confidence": round(self.confidence, 3),
            "sources": self.sources,
            "rule": self.rule,
            "mentions": [m.export() for m in self.mentions],
            "fatalities": self.fatalities,
        }


@dataclass(frozen=True, slots=True)
class Affiliation:
    """What the text says an actor is, belongs to or where they were, over time: a role ("former
    Prime Minister Ali Zeidan"), a tie to another actor ("a close ally of Moammar Gadhafi", "a
    military leader in the NFSL", "formed the Libyan National Army") or a place ("lived in the DC
    suburbs through 2011", "was captured during the invasion of Chad")."""

    actor: Actor
    relation: str  # role | ally_of | member_of | leader_of | founder_of | adviser_to | ... | resided_in | held_in
    other: str  # the title, actor or place as the text words it
    other_actor: Actor | None
    place: Place | None
    date: TimeSpan  # when it held; start/end None where the text does not say
    status: str | None  # "former" (over by the publication date), "current", or None
    sector: str | None  # the CAMEO agent code the role implies (Prime Minister -> GOV)
    text: str  # the evidence sentence
    span: tuple[int, int]
    rule: str  # relations.tsv row or title pattern

    def export(self) -> dict[str, Any]:
        return {
            "actor": self.actor.export(),
            "relation": self.relation,
            "other": self.other,
            "other_actor": self.other_actor.export() if self.other_actor else None,
            "place": self.place.export() if self.place else None,
            "date": self.date.export(),
            "status": self.status,
            "sector": self.sector,
            "text": self.text,
            "span": list(self.span),
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extract found in one document."""

    document: Document
    events: tuple[Event, ...]
    mentions: tuple[Actor, ...] = ()
    times: tuple[TimeSpan, ...] = ()
    places: tuple[Place, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def export(self) -> dict[str, Any]:
        doc = asdict(self.document)
        doc["published"] = self.document.published.isoformat() if self.document.published else None
        return {
            "document": doc,
            "events": [e.export() for e in self.events],
            "mentions": [m.export() | {"span": [m.start, m.end]} for m in self.mentions],
            "times": [t.export() | {"span": [t.char_start, t.char_end]} for t in self.times],
            "places": [p.export() | {"span": [p.char_start, p.char_end]} for p in self.places],
            "affiliations": [a.export() for a in self.affiliations],
        }


def _pickled_by_fields(cls: type) -> None:
    """Pickle a record as its class and its field values, rebuilt by its constructor. Each worker
    process sends its extractions back pickled, and the state methods a frozen dataclass gets
    list ``fields()`` anew for every record, which doubles the time to dump and load them."""
    names = [f.name for f in fields(cls)]
    values = attrgetter(*names) if len(names) > 1 else lambda record: (getattr(record, names[0]),)
    cls.__reduce__ = lambda self: (cls, values(self))


for _record in (Document, Rejection, Actor, TimeSpan, Dating, Place, FrameArgument, Frame, EventCode, EventMention,
                Event, Affiliation, Extraction):
    _pickled_by_fields(_record)
