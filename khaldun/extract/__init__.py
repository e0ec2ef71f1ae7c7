"""Extraction: pure functions from a parsed document and its metadata to records."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..ontologies.tables import Trigger
from ..records import Document, Extraction
from .actors import Actors
from .events import EventFinder
from .place import find_places
from .time import find_times


def _future_clause(doc: Doc):
    """char offset -> whether the clause around it is in the future tense ("will meet on Monday")."""
    def future(offset: int) -> bool:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return False
        node = span.root
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in node.children)
            if node.head is node:
                return False
            node = node.head
        return False

    return future


def extract(doc: Doc, document: Document, gaz: Gazetteer,
            lexicon: dict[tuple[str, str], list[Trigger]], min_confidence: float = 0.0) -> Extraction:
    """All records of one document. ``doc`` must be the parse of ``document.text``."""
    first_pass = find_places(doc, gaz)  # context: unambiguous places and demonyms only
    actors = Actors(doc, gaz, first_pass, document.text)
    countries = Counter(m.country for m in actors.mentions if m.country)
    places = find_places(doc, gaz, countries, document.text)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
    times = find_times(document.text, sentences, dates, document.published, future_at=_future_clause(doc))
    events = EventFinder(doc, document.id, document.text, actors, places, times, lexicon).run()
    events = [e for e in events if e.confidence >= min_confidence]
    unique_places = {(p.char_start, p.char_end): p for p in places.values()}
    return Extraction(
        document=document,
        events=tuple(events),
        mentions=tuple(actors.export()),
        times=tuple(t for t in times if not t.is_duration),
        places=tuple(sorted(unique_places.values(), key=lambda p: p.char_start)),
    )
