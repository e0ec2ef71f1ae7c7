"""Extraction: pure functions from a parsed document and its metadata to records."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..nlp.components import index_sentences
from ..ontologies.tables import Trigger
from ..records import Document, Extraction
from .actors import Actors
from .events import EventFinder
from .place import demonym_places, find_places
from .relations import find_affiliations
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


def analyse(doc: Doc, document: Document, gaz: Gazetteer,
            lexicon: dict[tuple[str, str], list[Trigger]], dictionaries=None) -> EventFinder:
    """Actors, places and times of a parsed document, ready to find its events (or to ask where
    and when any token's event happened)."""
    index_sentences(doc)
    ents = list(doc.ents)  # Doc.ents builds new spans on every access
    first_pass = find_places(doc, gaz, ents=ents)  # context: unambiguous places and demonyms only
    actors = Actors(doc, gaz, first_pass, document.text, document.published)
    countries = Counter(m.country for m in actors.mentions if m.country)
    places = find_places(doc, gaz, countries, document.text, ents)
    dates = [(e.start_char, e.end_char) for e in ents if e.label_ == "DATE"]
    times = find_times(document.text, dates, document.published, future_at=_future_clause(doc))
    return EventFinder(doc, document.id, document.text, actors, places, times, lexicon, dictionaries,
                       document.published)


def extract(doc: Doc, document: Document, gaz: Gazetteer,
            lexicon: dict[tuple[str, str], list[Trigger]], min_confidence: float = 0.0,
            dictionaries=None) -> Extraction:
    """All records of one document. ``doc`` must be the parse of ``document.text``; CAMEO
    dictionaries, when given, code actors and verbs ahead of khaldun's own lexicons."""
    finder = analyse(doc, document, gaz, lexicon, dictionaries)
    events = [e for e in finder.run() if e.confidence >= min_confidence]
    unique_places = {(p.char_start, p.char_end): p for p in finder.places.values()}
    for p in demonym_places(doc, gaz, document.text, ents=None):
        unique_places.setdefault((p.char_start, p.char_end), p)
    return Extraction(
        document=document,
        events=tuple(events),
        mentions=tuple(finder.actors.export()),
        times=tuple(t for t in finder.all_times if not t.is_duration),
        places=tuple(sorted(unique_places.values(), key=lambda p: p.char_start)),
        affiliations=tuple(find_affiliations(finder, document.published)),
    )
