"""Extraction: pure functions from a parsed document and its metadata to records."""

from __future__ import annotations

import re

from collections import Counter

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..nlp.components import (index_sentences, nominal_base_verbs, nominal_gerunds, rehead_trailing_claims,
                              repair_verb_lemmas)
from ..ontologies.tables import Trigger, word_roles, words
from ..records import Document, Extraction
from .actors import Actors
from .events import EventFinder
from .place import demonym_places, find_places, namesake_places, toponyms, with_parenthesised_places
from .relations import find_affiliations
from .dating import PROSPECT_AUX, sets_aim, tense
from .time import find_times


def _prospective_modal(tok) -> bool:
    """Whether the clause of a token is under a modal of prospect (would, might, may, should)."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.lower_ in PROSPECT_AUX for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _tense_at(doc: Doc, text: str):
    """char offset -> the tense the time normaliser reads ("will meet on Monday": future).
    ``text`` is the parsed text but for the case of headline words, which the case-blind
    pattern below does not see (Doc.text would join every token anew)."""

    def at(offset: int) -> str | None:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return None
        found = tense(span.root)
        if re.search(r"\bas (?:soon|early) as\s*$", text[max(0, offset - 16):offset], re.I):
            return "future"  # "could come as early as Tuesday": the earliest of what is still ahead
        # a modal of ability looks nowhere in particular ("could be located Wednesday"); one of
        # prospect, like an intent reported in the past, to the nearest day ("would be traveling
        # Thursday", "planned to leave on Thursday")
        if found == "modal" and not _prospective_modal(span.root):
            return None
        if found == "past" and sets_aim(span.root):
            return "present"  # "planned a demonstration on Saturday": the aim, the nearest Saturday
        return {"modal": "present", "modal-perfect": "past", "future-in-past": "present"}.get(found, found)

    return at


def _counted_at(doc: Doc):
    """char offset -> whether the number there counts things: it modifies a plural noun or a
    unit ("1649 rounds", "1,950 troops"), which a year never does ("the 2014 election"), unless
    a determiner or possessive sets it before the noun as a year ("the 1992 protests")."""
    def at(offset: int) -> bool:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        if tok.i > 0 and len(tok.text) == 4 and tok.text.isdigit() and (
                tok.nbor(-1).lower_ == "the" or tok.nbor(-1).tag_ in ("POS", "PRP$")):
            return False  # "the 1992 protests", "Iraq's 2005 elections": a count of 1,992 has its comma
        return tok.dep_ in ("nummod", "quantmod") and tok.head.tag_ in ("NNS", "NNPS") and tok.head.i > tok.i

    return at


def document_times(doc: Doc, text: str, published, labels: tuple[str, ...] = ("DATE",), ents=None) -> list:
    """Every time expression of a parsed text, normalised by the tense of its clause, with
    numbers that count things left out (the recogniser's ``labels`` spans join the patterns)."""
    spans = [(e.start_char, e.end_char) for e in (doc.ents if ents is None else ents) if e.label_ in labels]
    return find_times(text, spans, published, tense_at=_tense_at(doc, text), counted_at=_counted_at(doc))


# the last lexicon's verbs: one lexicon codes document after document, and the set takes a
# pass over the whole lexicon to build
_known: tuple[object, frozenset[str]] = (None, frozenset())


def known_verbs(lexicon: dict[tuple[str, str], list[Trigger]]) -> frozenset[str]:
    """The verbs khaldun's tables name: the lexicon's verb triggers and every word of a role."""
    global _known
    if _known[0] is not lexicon:
        _known = (lexicon, _verbs_of(lexicon))
    return _known[1]


def _verbs_of(lexicon: dict[tuple[str, str], list[Trigger]]) -> frozenset[str]:
    verbs = {key.split()[0] for key, pos in lexicon if pos == "VERB"}
    return frozenset(verbs.union(*word_roles().values()))


def analyse(doc: Doc, document: Document, gaz: Gazetteer,
            lexicon: dict[tuple[str, str], list[Trigger]], dictionaries=None) -> EventFinder:
    """Actors, places and times of a parsed document, ready to find its events (or to ask where
    and when any token's event happened)."""
    index_sentences(doc)
    nominal_gerunds(doc)
    nominal_base_verbs(doc)
    rehead_trailing_claims(doc, words("claim_noun"))
    repair_verb_lemmas(doc, known_verbs(lexicon))
    ents = with_parenthesised_places(doc, gaz)  # a list: Doc.ents builds new spans on every access
    options = toponyms(doc, gaz, ents, document.text)
    first_pass = find_places(doc, gaz, ents=ents, options=options)  # context: unambiguous places and demonyms
    actors = Actors(doc, gaz, first_pass, document.text, document.published)
    countries = Counter(m.country for m in actors.mentions if m.country)
    places = find_places(doc, gaz, countries, document.text, ents, options)
    times = document_times(doc, document.text, document.published, ents=ents)
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
    # the entities as the actors hold them (Doc.ents builds every span anew)
    for p in namesake_places(doc, gaz, document.text, list(unique_places.values()), finder.actors.ents):
        unique_places.setdefault((p.char_start, p.char_end), p)
    return Extraction(
        document=document,
        events=tuple(events),
        mentions=tuple(finder.actors.export()),
        times=tuple(t for t in finder.all_times if not t.is_duration),
        places=tuple(sorted(unique_places.values(), key=lambda p: p.char_start)),
        affiliations=tuple(find_affiliations(finder, document.published)),
    )
