"""Where an event happened, chosen among the place names around its trigger by a learned model.

Candidates are the spans of the trigger's sentence that name a place: toponyms the gazetteer
resolved, the recogniser's place names and other proper names (resolved to their most populous
namesake, or kept unresolved: "Khan Touman"), any capitalised word a place noun describes
("western Kasese district", "the village of Maheen"), each also with or without its feature word
("Homs Governorate") and as the whole run of capitalised words around it ("Bustan al-Qasr"), and
a capitalised word the tagger read as a common one that the gazetteer knows as a town ("Taez"); plus
the place the attachment rules of events.py pick (which may lie in an earlier sentence: "the
city"), but never a companion ("talks with the US"), a known person or a place in a relative
clause about an actor; a known body's name or a community's the gazetteer does not know ("fought
the Rapid Support Forces", "a Shi'ite mosque") is weighed but never chosen. Spans follow the
annotators' convention: a lowercase direction or place noun around a name is left out ("northern
Hama", "Idlib province"). Each is described by how it
hangs on the trigger (dependency path, preposition, same clause, distance, inside an actor's name
or a relative clause, below another place "the Shalman area of Khyber", "X, a town in Y", one of
a list of places, a finer or a coarser place named in the same phrase: "the Kadhimiya
neighborhood of Baghdad", where annotators mark the finer), what it is (recogniser label,
precision of the resolved place, the kind of actor a name is, whether a place noun describes it)
and whether the rules chose it; it also reads the parser's own vectors of the candidate's head
word and of the trigger (near-free: the parse computed them), which tell a person's or a group's
name from a place's. A conditional logit over the candidates and "no place said" (with a small
hidden layer; the mean of three fits) picks one; its weights live in
``ontologies/data/event_place.json``, fitted by ``python -m khaldun.train.event_places`` on the
dev half of event_location_gold.jsonl (MIT). When it says "no place said", the rules' place stands
only when the trigger verb's frame says where (its own locative phrase, the place a verb of
leaving leaves, the goal of a verb that moves what it acts on), where the act a noun trigger
names goes ("the deployment of 200 marines to Sicily"), or when it lies outside the trigger's
clause (shared with a coordinated verb or taken from an earlier sentence: the model weighed it as
a candidate but not as such); a noun trigger then takes the locative phrase of the verb it is the
object of; else where the story's lead happened (``story_place``), or the document's dateline.
The places coordinated with the chosen one are the event's too (``locate_all``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from ..gazetteer import Entry, fold
from ..ontologies.tables import noun_classes, words
from ..records import Actor, Place
from .place import (FEATURE_WORDS, PLACE_LABELS, PRECISION, SETTLEMENTS, WELL_KNOWN_TOWN, body_named, fragment, trim,
                    own_name_first, small_place, well_known)
from .actors import LOCATIVE_PREPS

# the words that end a place's name ("Basra province", "Zawiya city"), built once
NAMING_WORDS = frozenset(FEATURE_WORDS | SETTLEMENTS)
MODEL = Path(__file__).resolve().parent.parent / "ontologies" / "data" / "event_place.json"
PREPS = ("in", "at", "near", "outside", "inside", "from", "to", "into", "on", "of", "across", "over", "around",
         "with", "by", "against", "between", "toward", "through", "for", "along", "within", "throughout")
HEAD_DEPS = ("pobj", "nsubj", "nsubjpass", "dobj", "compound", "poss", "appos", "conj", "npadvmod", "nmod", "ROOT")
LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON")
PRECISIONS = ("city", "admin2", "admin1", "country", "continent", "unresolved")
UNRESOLVED = "unresolved"
ACTOR_KINDS = ("person", "organization", "group", "country")
CONTEXT = 96  # width of the parser's shared token vectors (doc.tensor) the model reads


def _feature_names() -> tuple[str, ...]:
    names = ["null", "null_candidates", "null_trigger_noun", "null_trigger_passive",
             "up", "down", "in_trigger_subtree", "trigger_in_subtree", "same_clause", "distance", "before",
             "nearest", "rule_choice", "other_sentence", "in_actor_name", "is_agent", "is_object",
             "of_settlement", "of_spatial", "inside_other_place", "pairs_other_place",
             "capitalised", "tokens", "dominant_country", "after_direction", "candidates_after",
             "variant", "ends_in_feature_word", "in_gazetteer", "sentence_start", "recognised",
             "modifies_noun", "holds_other_place", "coarser_than_other", "clauses_between", "inside_word",
             "null_places", "relative_clause", "coordinated", "named_as_place", "near_finer_place",
             "near_coarser_place"]
    names += [f"prep_{p}_direct" for p in PREPS] + [f"prep_{p}_other" for p in PREPS]
    names += [f"dep_{d}" for d in HEAD_DEPS] + [f"label_{lab}" for lab in LABELS]
    names += [f"precision_{p}" for p in PRECISIONS]
    names += [f"actor_{k}" for k in ACTOR_KINDS]
    names += [f"context_{n}" for n in range(CONTEXT)] + [f"null_context_{n}" for n in range(CONTEXT)]
    return tuple(names)


FEATURES = _feature_names()
INDEX = {f: i for i, f in enumerate(FEATURES)}
CONTEXT_AT = INDEX["context_0"]


def _context(doc) -> np.ndarray | None:
    """The parser's token vectors of the document (computed by its shared token-to-vector layer
    anyway), or None when the pipeline keeps none of the expected width."""
    tensor = doc.tensor
    return tensor if getattr(tensor, "shape", (0, 0))[-1] == CONTEXT and len(tensor) == len(doc) else None


@dataclass(frozen=True)
class Candidate:
    """A span that may be the event's place: token range, the place it names, its origin."""

    start: int
    end: int
    place: Place
    label: str  # the recogniser's label at its head, or ""
    rule: bool = False  # the attachment rules chose it
    variant: bool = False  # another span of a candidate's name, with or without its feature word
    given: Place | None = None  # what the event is given when not ``place``: see ``_name_place``

    @property
    def given_place(self) -> Place:
        return self.given or self.place


def candidates(finder, tok: Token, rule_pick: Place | None) -> list[Candidate]:
    """The place spans the event at ``tok`` may have happened at, in text order."""
    doc = finder.doc
    sent = tok.sent
    if sent.start not in finder.place_candidates:  # the same for every event of the sentence
        finder.place_candidates[sent.start] = _sentence_candidates(finder, sent)
    found = dict(finder.place_candidates[sent.start])
    if rule_pick is not None:
        start, end = _tokens(finder, rule_pick)
        span = _conventional(doc[start:end])
        place = _respan(finder, rule_pick, span)
        key = (place.char_start, place.char_end)
        old = found.get(key)
        found[key] = Candidate(span.start, span.end, place, old.label if old else doc[span.start].ent_type_, rule=True)
    return sorted(found.values(), key=lambda c: c.start)


def _sentence_candidates(finder, sent) -> dict[tuple[int, int], Candidate]:
    """A sentence's place spans by character offsets: resolved places, the recogniser's place
    names and other proper names, with their variants."""
    doc = finder.doc
    found: dict[tuple[int, int], Candidate] = {}
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, place in finder.places.items():
        if sent.start <= i < sent.end:
            by_span.setdefault((place.char_start, place.char_end), []).append(i)
    for idx in by_span.values():
        span = _conventional(doc[min(idx):max(idx) + 1])
        place = _respan(finder, finder.places[idx[0]], span)
        found[(place.char_start, place.char_end)] = Candidate(span.start, span.end, place, doc[min(idx)].ent_type_)
    covered = {i for idx in by_span.values() for i in idx}
    # the document's entities as the actors hold them: Span.ents builds every one anew, sentence by sentence
    spans = [trim(ent) for ent in finder.actors.ents if sent.start <= ent.start and ent.end <= sent.end
             and ent.label_ in PLACE_LABELS]
    spans += [_proper_phrase(t) for t in sent if t.pos_ == "PROPN" and not _inside_name(t)
              and (t.ent_type_ not in TIMES or named_as_place(t))  # "the village of Maheen", read as a date
              and not _capitalised_opener(finder, t)]
    spans += [_proper_phrase(t) for t in sent if t.pos_ != "PROPN" and (_described_name(finder, t)
                                                                    or _gazetteer_name(finder, t))]
    for span in spans:
        span = _conventional(span) if span is not None else None
        if span is None or any(i in covered for i in range(span.start, span.end)) or fragment(span) or \
                finder.text[span.start_char].islower() or body_named(span, finder.actors.gaz.candidates(span.text)) \
                or _nationality(finder.actors.gaz, span.text):
            continue  # (a phrase the text writes in lower case names no place: "off the east coast")
        key = (span.start_char, span.end_char)
        if key not in found:
            place, given = _name_place(finder, span.start_char, span.end_char)
            found[key] = Candidate(span.start, span.end, place, span.root.ent_type_, given=given)
            covered |= set(range(span.start, span.end))
    for c in list(found.values()):
        for variant in (_variant(finder, c), _whole_word(finder, c), _whole_name(finder, c)):
            if variant is not None:
                found.setdefault((variant.place.char_start, variant.place.char_end), variant)
    whole = [key for key in found if not _cuts_a_word(finder.text, *key)]
    return {key: c for key, c in found.items() if key in whole or not any(
        a <= key[0] and key[1] <= b for a, b in whole)}


def _nationality(gaz, text: str) -> bool:
    """"in Sri Lankan waters": a nationality word of two words that the tagger read as a name is a
    demonym, never an event's location (as ``place.demonym_places`` has it), and no unknown place."""
    key = fold(text)
    return key in gaz.demonyms and gaz.country_names.get(key) is None


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """A span that begins or ends inside a word written with a hyphen or a quote ("Port" of
    "Port-au-Prince", "Fijah" of "Al-Fijah"): annotators never cut one (none of the dev half's
    2,751 spans), so such a span gives way to a candidate that holds the whole word."""
    return start > 1 and text[start - 1] in JOINERS and text[start - 2].isalnum() or \
        end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum()


def _conventional(span):
    """A place span as the annotators mark it: without a lowercase direction before the name or a
    lowercase place noun after it ("northern Hama", "Idlib province", "Mavo village": Hama, Idlib,
    Mavo; in the dev half such words lie outside 496 of 514 annotated spans). Capitalised ones are
    part of the name ("West Bank", "Homs Governorate")."""
    doc = span.doc
    start, end = span.start, span.end
    while end - start > 1 and doc[start].lower_ in DIRECTIONS and doc[start].text.islower():
        start += 1
    while end - start > 1 and (doc[end - 1].lemma_.lower() in PLACE_NOUNS and doc[end - 1].text.islower()
                               or doc[end - 1].ent_type_ in TIMES or doc[end - 1].pos_ in ("ADP", "ADV")
                               or doc[end - 1].is_space):
        end -= 1  # nor a time, a preposition or a run of spaces ("Goma Thursday", "Mahawil south of", "Mahawil  ")
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def _respan(finder, place: Place, span) -> Place:
    """``place`` named by ``span`` (the same place when the span is its own)."""
    a, b = span.start_char, span.end_char
    return place if (a, b) == (place.char_start, place.char_end) else \
        replace(place, text=finder.text[a:b], char_start=a, char_end=b)


DATELINE = re.compile(r"\s*([A-Z][A-Za-z.' -]{1,30}?),\s*(?:([A-Z][A-Za-z. ]{1,30}?)\s*)?"
                      r"(?:,?\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*)?(?:\([^)]{1,30}\)\s*)?[-—–:]")


DATELINE_REACH = 400  # the characters of headline and byline lines a dateline may follow


def dateline(finder) -> Place | None:
    """"KABUL, Afghanistan (AP) —": the place a story opens with, before its agency and a dash;
    a namesake in the country written after it first (read once per document)."""
    if finder.dateline_memo is None:
        finder.dateline_memo = (_dateline(finder),)
    return finder.dateline_memo[0]


def _dateline(finder) -> Place | None:
    """At the story's start, or at the start of a line after its headline and byline ("Police fire
    tear gas\n\nBy Jane Doe\n\nNAIROBI, June 25 (Reuters) -"): the first of the opening lines that
    reads as one."""
    text = finder.text
    m = DATELINE.match(text)
    line = text.find("\n", 0, DATELINE_REACH)
    while m is None and line >= 0:
        m = DATELINE.match(text, line + 1)
        line = text.find("\n", line + 1, DATELINE_REACH)
    if m is None:
        return None
    name = m.group(1)
    kinds = ("city", "admin2", "admin1")  # a dateline names a town first ("NAIROBI": the city, not its province)
    read = next((p for p in finder.places.values() if p.char_start == m.start(1)), None)
    if read is not None and not m.group(2) and read.precision in kinds:
        return read  # the toponym resolver read it with the story's countries: "ISLAMABAD" is
        # Pakistan's capital, not the old name of Chattogram
    entries = sorted((e for e in finder.actors.gaz.candidates(name) if e.kind in kinds), key=lambda e: kinds.index(e.kind))
    country = finder.actors.gaz.country_of(m.group(2)) if m.group(2) else None
    best = next((e for e in entries if e.country == country), entries[0] if entries and not m.group(2) else None)
    if best is None:
        return None
    return Place(text=name, name=best.name, country=best.country or None, admin1=best.admin1, lat=best.lat,
                 lon=best.lon, precision=PRECISION[best.kind], geonameid=best.geonameid, char_start=m.start(1),
                 char_end=m.end(1))


def story_place(finder) -> Place | None:
    """Where the story's lead happened, read once per document: the place the model picks for the
    first act of the first sentence after the dateline that picks one ("PORT SUDAN, Dec 2 (Reuters)
    - The RSF shelled a camp in El Fasher ..."), when it lies in the country most of the story's
    places lie in or the gazetteer does not know it (a lead's place abroad is not the story's
    scene); None without a dateline. An act whose sentence names no place ("The attackers also
    burned 40 homes") is told of the lead's scene, not of the town the report was filed from (of
    the hand-coded articles' acts so placed, six more are right)."""
    if finder.story_memo is None:
        finder.story_memo = (_story_place(finder),)
    return finder.story_memo[0]


def _story_place(finder) -> Place | None:
    line = dateline(finder)
    lead = finder.doc.char_span(line.char_start, line.char_end, alignment_mode="expand") if line else None
    if lead is None:
        return None
    # the first sentence with an act after the dateline's name (the parser may part "ADDIS" from
    # "ABABA, Aug 14 (Reuters) -", or "PORT SUDAN, Dec 2 (Reuters) -" from the lead it opens)
    sent = next((s for s in finder.doc[lead.end:].sents if any(map(finder.is_trigger, s))), None)
    for tok in sent if sent is not None else ():
        cands = choices(finder, tok, finder.rule_location(tok)) if finder.is_trigger(tok) else []
        k = _pick(finder, tok, cands, load()) if cands else 0
        if k < len(cands):
            place = (_described(finder, cands, cands[k]) or cands[k]).given_place
            return place if place.country in (None, dominant_country(finder)) else None
    return None


def previous_scene(finder, sent) -> Place | None:
    """Where the sentence before ``sent`` in its paragraph told its acts happened: the place the
    model picks for its first act that picks one, or that sentence's own previous scene; only after
    the dateline, and when it lies in the country most of the story's places lie in or the gazetteer
    does not know it (as the lead's scene). An act whose sentence names no place ("Troops killed
    dozens of the attackers in the fighting") goes on where the paragraph's last place was ("had
    ambushed a patrol near the town of Tera"), not in the town the report was filed from."""
    if sent.start not in finder.scene_memo:
        finder.scene_memo[sent.start] = _previous_scene(finder, sent)
    return finder.scene_memo[sent.start]


def _previous_scene(finder, sent) -> Place | None:
    if sent.start == 0:
        return None
    prev = finder.doc[sent.start - 1].sent
    gap = finder.text[prev.start_char:sent.start_char]
    line = dateline(finder)
    if "\n" in gap[len(gap.rstrip()):] or line is None or prev.start_char < line.char_end:
        return None  # a new paragraph, or the dateline's own
    for tok in prev:
        cands = choices(finder, tok, finder.rule_location(tok)) if finder.is_trigger(tok) else []
        k = _pick(finder, tok, cands, load()) if cands else 0
        if k < len(cands):
            place = (_described(finder, cands, cands[k]) or cands[k]).given_place
            return place if place.country in (None, dominant_country(finder)) else None
    return previous_scene(finder, prev)


def features(finder, tok: Token, cands: list[Candidate]) -> np.ndarray:
    """One row per candidate, then the row of "no place said"."""
    doc = finder.doc
    x = np.zeros((len(cands) + 1, len(FEATURES)))
    null = x[-1]
    null[INDEX["null"]] = 1.0
    null[INDEX["null_candidates"]] = min(len(cands), 5)
    null[INDEX["null_trigger_noun"]] = float(tok.pos_ in ("NOUN", "PROPN"))
    null[INDEX["null_places"]] = min(sum(_is_place(finder, c) for c in cands), 5)
    null[INDEX["null_trigger_passive"]] = float(any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children))
    heads = [doc[c.start:c.end].root for c in cands]
    start, end = tok.sent.start, tok.sent.end
    context = _context(doc)
    if context is not None:  # what the words around the candidate and the trigger say, as the parser read them
        x[-1, CONTEXT_AT + CONTEXT:CONTEXT_AT + 2 * CONTEXT] = context[tok.i]
        for k, c in enumerate(cands):
            x[k, CONTEXT_AT:CONTEXT_AT + CONTEXT] = context[heads[k].i]
    clause = _clause(tok)
    agent, objects = _roles(finder, tok)
    dominant = dominant_country(finder)
    paths = [_path(tok, head) for head in heads]
    tops = [_conjunct_top(head).i for head in heads]
    ranks = [_rank(finder, c) for c in cands]
    nearest = min(range(len(cands)), key=lambda k: sum(paths[k]) if cands[k].start >= start else 99,
                  default=-1)
    for k, c in enumerate(cands):
        row = x[k]
        head = heads[k]
        up, down = paths[k]
        inside = start <= c.start < end
        row[INDEX["up"]] = min(up, 6)
        row[INDEX["down"]] = min(down, 6)
        row[INDEX["in_trigger_subtree"]] = float(up == 0)
        row[INDEX["trigger_in_subtree"]] = float(down == 0)
        row[INDEX["same_clause"]] = float(inside and _clause(head).i == clause.i)
        row[INDEX["clauses_between"]] = min(_clauses_between(tok, head), 3)
        row[INDEX["distance"]] = min(abs(head.i - tok.i), 30) / 10
        row[INDEX["before"]] = float(head.i < tok.i)
        row[INDEX["nearest"]] = float(k == nearest)
        row[INDEX["rule_choice"]] = float(c.rule)
        row[INDEX["other_sentence"]] = float(not inside)
        m = finder.actors.by_token.get(head.i)
        mention = finder.actors.mentions[m] if m is not None else None
        row[INDEX["in_actor_name"]] = float(mention is not None and (mention.start < c.start or mention.end > c.end))
        if mention is not None and mention.kind in ACTOR_KINDS:
            row[INDEX[f"actor_{mention.kind}"]] = 1.0
        row[INDEX["is_agent"]] = float(agent is not None and c.start <= agent < c.end)
        row[INDEX["is_object"]] = float(any(c.start <= o < c.end for o in objects))
        noun = _phrase_head(head)
        prep = noun.head if noun.dep_ == "pobj" else None
        row[INDEX["modifies_noun"]] = float(noun.i != head.i)
        if prep is not None:
            name = prep.lower_ if prep.lower_ in PREPS else None
            direct = prep.head.i in (tok.i, clause.i)
            if name is not None:
                row[INDEX[f"prep_{name}_{'direct' if direct else 'other'}"]] = 1.0
            owner = prep.head.lemma_.lower()
            row[INDEX["of_settlement"]] = float(prep.lower_ == "of" and owner in SETTLEMENTS)
            row[INDEX["of_spatial"]] = float(prep.lower_ == "of" and owner in words("spatial_noun"))
        mates = [j for j, o in enumerate(cands) if o is not c and start <= o.start < end]
        others = [cands[j] for j in mates]
        row[INDEX["inside_other_place"]] = float(any(_governs(doc, o, head) for o in others))
        row[INDEX["holds_other_place"]] = float(any(_governs(doc, c, heads[j]) for j in mates))
        finer = PRECISIONS.index(c.place.precision) if c.place.precision in PRECISIONS else 0
        row[INDEX["coarser_than_other"]] = float(any(
            o.place.precision in PRECISIONS[:finer] and o.place.precision != UNRESOLVED for o in others))
        near = [ranks[j] for j in mates if not _overlaps(cands[j], c) and _near(head, heads[j])]
        rank = ranks[k]
        if rank is not None:
            row[INDEX["near_finer_place"]] = float(any(r is not None and r < rank for r in near))
            row[INDEX["near_coarser_place"]] = float(any(r is not None and r > rank for r in near))
        row[INDEX["pairs_other_place"]] = float(head.dep_ in ("appos", "conj") and any(
            o.start <= head.head.i < o.end for o in others))
        row[INDEX["candidates_after"]] = float(sum(o.start > c.start for o in others))
        row[INDEX["capitalised"]] = float(doc[c.start].text[:1].isupper())
        row[INDEX["tokens"]] = min(c.end - c.start, 4)
        row[INDEX["dominant_country"]] = float(dominant is not None and c.place.country == dominant)
        row[INDEX["after_direction"]] = float(c.start > 0 and doc[c.start - 1].lower_ in DIRECTIONS)
        row[INDEX["variant"]] = float(c.variant)
        row[INDEX["ends_in_feature_word"]] = float(doc[c.end - 1].lower_ in NAMING_WORDS)
        row[INDEX["in_gazetteer"]] = float(c.place.precision != UNRESOLVED)
        row[INDEX["sentence_start"]] = float(c.start == start)
        row[INDEX["recognised"]] = float(_is_place(finder, c))
        row[INDEX["inside_word"]] = float(_joined_prefix(finder.text, c.place.char_start) < c.place.char_start)
        row[INDEX["relative_clause"]] = float(_relative_clause(doc, c, tok) is not None)
        row[INDEX["named_as_place"]] = float(named_as_place(head))
        row[INDEX["coordinated"]] = min(sum(tops[j] == tops[k] and not _overlaps(o, c)
                                            for j, o in enumerate(cands) if j != k), 3)
        dep = head.dep_ if head.dep_ in HEAD_DEPS else None
        if dep is not None:
            row[INDEX[f"dep_{dep}"]] = 1.0
        if c.label in LABELS:
            row[INDEX[f"label_{c.label}"]] = 1.0
        if c.place.precision in PRECISIONS:
            row[INDEX[f"precision_{c.place.precision}"]] = 1.0
    return x


def _rank(finder, c: Candidate) -> int | None:
    """How fine the place a candidate names is: its resolved precision (city 0 ... continent 4),
    or -1 for a name the gazetteer lacks that the text calls a place ("the Kadhimiya
    neighborhood", "the village of Huwaysis", "Hazrama village": mostly quarters and villages,
    below any town the gazetteer holds); None when nothing says."""
    if c.place.precision in PRECISIONS[:-1]:
        return PRECISIONS.index(c.place.precision)
    head = finder.doc[c.start:c.end].root
    noun = _phrase_head(head)
    of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PLACE_NOUNS
    described = named_as_place(head) or of or finder.doc[c.end - 1].lower_ in NAMING_WORDS
    return -1 if described else None


NEAR = 5  # dependency steps between two names of one noun phrase ("the Kadhimiya neighborhood of Baghdad": 3)


def _near(a: Token, b: Token) -> bool:
    """Two names of one phrase: a short dependency path between them that meets below any verb
    ("an attack in the Kadhimiya neighborhood of Baghdad", "Khan Younis, in the southern Gaza
    Strip"), where the annotators mark the finer place; not two arguments of one verb."""
    if a.sent.start != b.sent.start:
        return False
    up, down = _path(a, b)
    if up + down > NEAR:
        return False
    meet = a
    for _ in range(up):
        meet = meet.head
    return meet.pos_ not in ("VERB", "AUX")


def dominant_country(finder) -> str | None:
    """The country most of the document's resolved places lie in (read once per document)."""
    if finder.dominant_memo is None:
        counts = Counter(p.country for p in {id(p): p for p in finder.places.values()}.values() if p.country)
        finder.dominant_memo = (counts.most_common(1)[0][0] if counts else None,)
    return finder.dominant_memo[0]


PLACE_NOUNS = NAMING_WORDS | words("spatial_noun") | {"neighbourhood", "neighborhood", "suburb",
                                                                   "countryside", "area", "county", "airbase"}
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
              "northeastern", "northwestern", "southeastern", "southwestern", "rural"}


def choices(finder, tok: Token, rule_pick: Place | None) -> list[Candidate]:
    """The candidates the model chooses among: those after the dateline, not a companion nor a
    known person, and outside a relative clause that describes an actor (one in another relative
    clause is a cue the model weighs)."""
    line = dateline(finder)
    return [c for c in candidates(finder, tok, rule_pick)
            if (line is None or c.place.char_start >= line.char_end) and not _companion(finder.doc, c)
            and not _about_someone(finder, c, tok) and not _known_person(finder, c)]


def _known_person(finder, c: Candidate) -> bool:
    """A person's name the knowledge base knows ("urged President William Ruto") is nobody's
    place. The recogniser must read it as a person too: a place may share a known person's
    surname ("patrolled Bari", "in Mansour district")."""
    root = finder.doc[c.start:c.end].root
    actor = finder.actors.actor(root)
    return actor is not None and actor.kind == "person" and actor.basis.startswith("kb") \
        and finder.actors.label_at(root) == "PERSON" and not named_as_place(root)


def named_as_place(tok: Token) -> bool:
    """The text calls the name a place: it modifies a place noun ("the East Ghouta region",
    "Mansour district", "southern Aleppo districts") or follows one and "of" ("the village of
    Nasrallah", "the villages of Ariha and Khan Sheikhoun")."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i and head.head.i > head.i:
        head = head.head
        if head.pos_ == "NOUN":
            return head.lemma_.lower() in PLACE_NOUNS
    top = _conjunct_top(tok)
    return top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in PLACE_NOUNS \
        and top.head.head.pos_ == "NOUN"


def _capitalised_opener(finder, tok: Token) -> bool:
    """A lone word that opens its sentence, untyped by the recogniser and not called a place, which
    the tagger read as a proper noun only for its capital ("Police in Punjab province arrested"; a
    county of Poland is named Police): as for a common word there, only a well-known place."""
    return tok.i == tok.sent.start and not tok.ent_type_ and tok.dep_ != "compound" \
        and not named_as_place(tok) and not well_known(finder.actors.gaz, tok.text)


def _described_name(finder, tok: Token) -> bool:
    """A capitalised word the tagger did not read as a proper noun ("in western Kasese district",
    "the southern Aleppo districts", "the village of Maheen") that the text calls a place; not a
    nationality ("a Syrian village") nor a time."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.i > tok.sent.start and tok.ent_type_ not in TIMES \
        and tok.ent_type_ != "PERSON" and not finder.actors.gaz.demonyms.get(fold(tok.text)) \
        and named_as_place(tok)


def _gazetteer_name(finder, tok: Token) -> bool:
    """A capitalised word the tagger read as a common word ("fighting in Taez") that the gazetteer
    knows under its own name as a town or a province, or a large town under another of its names
    (a country's other names hold its nationality: "French"); at a sentence's start, where any
    word is capitalised, only a well-known place ("Aleppo bore the brunt"). Not a nationality, a
    time or a word of a person's name the recogniser read."""
    gaz = finder.actors.gaz
    if not (tok.text[:1].isupper() and tok.is_alpha and len(tok) > 2 and tok.ent_type_ not in TIMES
            and tok.ent_type_ not in ("PERSON", "NORP") and not gaz.demonyms.get(fold(tok.text))):
        return False
    if tok.i == tok.sent.start:
        return well_known(gaz, tok.text)
    return any(e.kind in GAZETTEER_KINDS and e.match in ("exact", "folded") or e.kind == "city"
               and e.match == "alternate" and e.population >= WELL_KNOWN_TOWN for e in gaz.candidates(tok.text))


GAZETTEER_KINDS = ("city", "admin2", "admin1", "country")


def _companion(doc, c: Candidate) -> bool:
    """"talks with Germany", "fought alongside the US": a place named as the event's companion is
    a party to it, not where it happened (4 of 212 such spans are the place in the dev half)."""
    noun = _phrase_head(doc[c.start:c.end].root)
    return noun.dep_ == "pobj" and noun.head.lower_ in ("with", "alongside")


def locate(finder, tok: Token, rule_pick: Place | None, model: Scorer | None = None) -> Place | None:
    """The place where the event at ``tok`` happened, or None when the text does not say."""
    found = locate_all(finder, tok, rule_pick, model)
    return found[0] if found else None


def locate_all(finder, tok: Token, rule_pick: Place | None, model: Scorer | None = None) -> list[Place]:
    """Every place the event at ``tok`` is said to have happened at: the chosen one first, then
    the places coordinated with it ("in Basra and Nasiriyah", "the villages of Burd, Arbin and
    Mujaymir"). An event record keeps the first; ``khaldun eval event_location`` scores them all,
    as its annotators mark each place of such a list."""
    cands = choices(finder, tok, rule_pick)
    if not cands:  # "no place said" is the one row there is to choose (a fifth of the triggers)
        return outcome(finder, tok, rule_pick, cands, 0)
    return outcome(finder, tok, rule_pick, cands, _pick(finder, tok, cands, model or load()))


def _default_place(finder, tok: Token, cands: list[Candidate]) -> Place | None:
    """Where an act goes on whose sentence, the model says, names no place of its own: the place of
    the sentence before it in its paragraph, the story's or the dateline's; but an act in a "where"
    clause goes on at the place the clause describes ("routes to Kachin State, where the KIA has
    seized several towns"), closer than any of those. (The model learned from sentences annotated
    alone, whose annotators leave many a "where" clause unplaced, "into Afghanistan, where violence
    is rising", so the clause stands in for the story's place, not for no place at all.)"""
    place = previous_scene(finder, tok.sent) or story_place(finder) or dateline(finder)
    k = _where_antecedent(finder, tok, cands) if place is not None else None
    return place if k is None else cands[k].given_place


def _where_antecedent(finder, tok: Token, cands: list[Candidate]) -> int | None:
    """The candidate a "where" clause that holds the trigger describes, when it names a place. None
    when the trigger's clause is no such clause, names a place of its own ("where police fired on
    crowds in the main square") or what it describes is no place ("the Ghouta attack, where")."""
    verb = _clause(tok)
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children if c.i < verb.i) \
            or any(verb.left_edge.i <= c.start <= verb.right_edge.i for c in cands):
        return None
    return next((k for k, c in enumerate(cands)
                 if c.start <= verb.head.i < c.end and not c.variant and _is_place(finder, c)), None)


def _pick(finder, tok: Token, cands: list[Candidate], model: Scorer) -> int:
    """The row the model picks: a candidate, or ``len(cands)`` for "no place said"."""
    p = model.scores(features(finder, tok, cands))
    # a name of people is no place, though the model weighs it as a candidate (as it learned to),
    # nor is the country a person is said to be of
    p[[k for k, c in enumerate(cands) if _names_people(finder, c) or _whose(finder, c)]] = 0.0
    return int(np.argmax(p))


def _whose(finder, c: Candidate) -> bool:
    """A country written as the owner of a person an act is done to ("summoned China's deputy
    ambassador", "expelled Benin's ambassador"), or a place as the owner of an envoy, who serves
    abroad ("expelled Poland's charge d'affaires"), says whose the person is, not where the act
    happened; the owner of the actor who acts ("Iraq's army shelled"), of a body, which sits in
    its country ("marched on South Africa's parliament"), or of a place ("in Pakistan's Punjab
    province") may be."""
    root = finder.doc[c.start:c.end].root
    if root.dep_ != "poss":
        return False
    envoys = noun_classes()["diplomat"]
    if root.head.lemma_.lower() in envoys \
            or finder.doc[root.i + 1:root.head.i + 1].text.lower().removeprefix("'s ") in envoys:
        return True  # "Israel's delegation stayed in Doha": an envoy serves abroad, whatever he does
    if c.place.precision != "country" or root.head.pos_ != "NOUN" or root.head.dep_ not in ("dobj", "pobj"):
        return False
    actor = finder.actors.actor(root.head)
    return actor is not None and actor.kind == "person"


def _names_people(finder, c: Candidate) -> bool:
    """A name the gazetteer does not know that names people: a body the knowledge base knows and
    the recogniser reads as one ("fought the Rapid Support Forces"; not "patrolling South
    Ossetia", which the knowledge base also holds), or a community the recogniser reads
    (nationality, religion, party) as a plural or a modifier of a noun ("Serbs", "a Shi'ite
    mosque"); never one the text calls a place ("the village of Sousan", "Chiri villages": the
    recogniser misreads many villages as communities)."""
    if c.place.precision != UNRESOLVED:
        return False
    root = finder.doc[c.start:c.end].root
    if named_as_place(root):
        return False
    if c.label == "NORP":
        return root.tag_ in ("NNS", "NNPS") or root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN"
    actor = finder.actors.actor(root)
    return c.label == "ORG" and actor is not None and actor.kind in ("organization", "group") \
        and actor.basis.startswith("kb")


def outcome(finder, tok: Token, rule_pick: Place | None, cands: list[Candidate], k: int) -> list[Place]:
    """The places the event is given when the model picks row ``k`` of ``cands`` (the last,
    ``len(cands)``, is "no place said"): what ``locate_all`` returns and the fit of the model's
    "no place" weight is scored on."""
    if k == len(cands):  # no place said, says the model: the rules' place when it lies outside the
        # trigger's clause (shared with a coordinated verb, "attacked Tripoli and took over parliament",
        # which the model does not weigh as such), is the verb's own locative or where the act a noun
        # names goes; a noun's verb's locative; or else the dateline's
        place = rule_pick if rule_pick is not None and (
            _inherited(finder, tok, rule_pick) or _own_locative(finder, tok, rule_pick)
            or _destination(finder, tok, rule_pick)) else _verb_locative(finder, tok) or _nationwide(finder, tok) \
            or _default_place(finder, tok, cands)
        return [place] if place is not None else []
    chosen = _described(finder, cands, cands[k]) or cands[k]
    return [chosen.given_place] + [c.given_place for c in coordinated(finder.doc, cands, chosen)]


def _nationwide(finder, tok: Token) -> Place | None:
    """The country, for an act its words say is the whole country's ("imposed a nationwide
    curfew", "protests spread across the country"): the dateline's country, else the one most of
    the story's places lie in; not the dateline's town."""
    words_of = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    said = next((c for w in words_of for c in w.children if c.dep_ in ("amod", "advmod")
                 and c.lower_ in words("nationwide_word")), None)
    said = said or next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("across", "throughout")
                         and any(g.dep_ == "pobj" and g.lemma_.lower() in ("country", "nation") for g in c.children)), None)
    if said is None:
        return None
    town = dateline(finder)
    iso = town.country if town is not None else dominant_country(finder)
    return _country_place(finder, iso, said.text, said.idx, said.idx + len(said.text)) if iso else None


def _country_place(finder, iso: str, text: str, start: int, end: int) -> Place | None:
    """A country as the place of an act, told by the words from ``start`` to ``end``; None for a
    code the gazetteer has no country for."""
    country = finder.actors.gaz.country(iso)
    if country is None:
        return None
    return Place(text=text, name=country.name, country=iso, admin1=None, lat=country.lat, lon=country.lon,
                 precision="country", geonameid=country.geonameid, char_start=start, char_end=end)


def at_home(finder, tok: Token, place: Place | None, source: Actor | None, targets: list[Actor | None]) -> Place | None:
    """An act a country's own people do among themselves, in a story filed from another country
    with no place of its own, happened in their country, not in the town the dateline names
    ("WASHINGTON - ... Venezuelan security forces have detained 2,000 people"); the country, as
    ``_nationwide`` gives it. The dateline's own paragraph is told where it was filed ("CARACAS -
    Colombia's government and the ELN agreed"). Any other place stands."""
    line = dateline(finder)
    if place is None or line is None or place.char_start != line.char_start or source is None \
            or not source.country or source.country == line.country \
            or "\n" not in finder.text[line.char_start:tok.sent.start_char] \
            or not targets or any(t is None or t.country != source.country for t in targets):
        return place
    return _country_place(finder, source.country, source.text, source.start, source.end) or place


def _own_locative(finder, tok: Token, place: Place) -> bool:
    """The rules' place is the trigger's own locative argument, a place phrase on the verb itself
    ("in Juba, the government agreed", "police dispersed protesters in Beirut"), the place a
    verb of leaving leaves ("troops withdrew from Timbuktu") or the goal of a verb that moves
    what it acts on ("sent troops to Cabo Delgado"): the frame says where, whatever the model
    weighs."""
    start, end = _tokens(finder, place)
    head = finder.doc[start:end].root
    prep = head.head
    departure = prep.lower_ == "from" and tok.lemma_.lower() in words("departure_verb")
    arrival = prep.lower_ in GOAL_PREPS and any(  # "sent 1,000 soldiers to Cabo Delgado": where they go
        e.object == "theme" for e in finder.lexicon.get((tok.lemma_.lower(), "VERB"), ()))
    return tok.pos_ == "VERB" and head.dep_ == "pobj" and prep.dep_ == "prep" \
        and (prep.lower_ in LOCATIVE_PREPS or departure or arrival) and prep.head.i == tok.i


def _verb_locative(finder, tok: Token) -> Place | None:
    """The locative phrase of the verb a noun trigger is the object of, directly or through a
    preposition ("in Mueda, rebels launched an attack", "in Mueda, soldiers engaged insurgents in a
    gun battle"): the act the noun names happened where the verb that carries it did."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    place = finder.rule_location(verb)
    return place if place is not None and _own_locative(finder, verb, place) else None


GOAL_PREPS = ("to", "into", "toward", "towards")


def _destination(finder, tok: Token, place: Place) -> bool:
    """The place is where the act the noun ``tok`` names goes ("the deployment of 200 marines to
    Sicily", "announced the deployment of marines to Sicily"): the goal phrase of the noun, of its
    "of" phrase, or of the verb the noun is the object of. Such an act is placed where it arrives;
    the verb that announces or orders it says no other place."""
    start, end = _tokens(finder, place)
    noun = _phrase_head(finder.doc[start:end].root)
    if tok.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in GOAL_PREPS:
        return False
    owner = noun.head.head
    return owner.i == tok.i or tok.dep_ == "dobj" and owner.i == tok.head.i \
        or owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.i == tok.i


def _inherited(finder, tok: Token, place: Place) -> bool:
    """The rules' place hangs outside the clause of the trigger: another verb's, or another
    sentence's."""
    start, end = _tokens(finder, place)
    head = finder.doc[start:end].root
    return head.sent.start != tok.sent.start or _clause(head).i != _clause(tok).i


def coordinated(doc, cands: list[Candidate], chosen: Candidate) -> list[Candidate]:
    """The candidates of the chosen one's clause joined to it by a coordination ("Samarra, Balad
    and Al-Ishaki", "the villages of Burd and Mujaymir"), in text order; of a conjunct's spans the
    widest that, like the chosen one, ends or does not end in a feature word ("Homs and Hama
    provinces" gives "Hama" for "Homs")."""
    head = doc[chosen.start:chosen.end].root
    top = _conjunct_top(head)
    clause = _clause(top).i
    members = [t for t in top.subtree if t.dep_ == "conj" and _conjunct_top(t).i == top.i and _clause(t).i == clause]
    featured = doc[chosen.end - 1].lower_ in NAMING_WORDS
    out = []
    for t in [top, *members]:
        if chosen.start <= t.i < chosen.end:
            continue
        here = [c for c in cands if c.start <= t.i < c.end and c.start >= t.sent.start]
        if here:
            pick = max(here, key=lambda c: ((doc[c.end - 1].lower_ in NAMING_WORDS) == featured,
                                            c.end - c.start))
            if pick not in out and not _overlaps(pick, chosen):
                out.append(pick)
    return sorted(out, key=lambda c: c.start)


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _conjunct_top(tok: Token) -> Token:
    """The first conjunct of the coordination ``tok`` belongs to."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _relative_clause(doc, c: Candidate, tok: Token) -> Token | None:
    """The verb of a relative clause that holds the candidate and not the trigger ("the
    neighbourhoods it controls in Deir ez-Zor"), or None."""
    head = doc[c.start:c.end].root
    above = {t.i for t in [tok, *tok.ancestors]}
    return next((t for t in [head, *head.ancestors] if t.dep_ == "relcl" and t.i not in above), None)


def _about_someone(finder, c: Candidate, tok: Token) -> bool:
    """"The minister, who was born in Paris, condemned ...": a place in a relative clause that
    describes an actor is not where the main event happened."""
    verb = _relative_clause(finder.doc, c, tok)
    return verb is not None and verb.head.i in finder.actors.by_token


def _described(finder, cands: list[Candidate], chosen: Candidate) -> Candidate | None:
    """"Kidal, a town in northern Mali", "to Sicily, in southern Italy", "in Port-au-Prince
    (Ouest)", "the town of Kulbus in West Darfur state": the place an apposition, a comma and "in",
    a parenthesis or "in" and a province, a country or a sea describes, when the chosen one only
    says where that place lies."""
    doc = finder.doc
    for t in doc[chosen.start:chosen.end].root.ancestors:
        if t.dep_ == "appos" and t.lemma_.lower() in SETTLEMENTS | words("spatial_noun"):
            return next((c for c in cands if c.start <= t.head.i < c.end), None)
    start = chosen.start
    while start > 0 and doc[start - 1].lower_ in DIRECTIONS:
        start -= 1
    if start > 2 and doc[start - 1].lower_ == "in" and doc[start - 2].text == ",":
        return next((c for c in cands if c.end == start - 2 and not c.variant), None)
    if start > 1 and doc[start - 1].text == "(":
        return max((c for c in cands if c.end == start - 1), key=lambda c: c.end - c.start, default=None)
    noun = _phrase_head(doc[chosen.start:chosen.end].root)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and chosen.place.precision in ("admin1", "country", "continent"):
        # "the town of Macomia in Cabo Delgado province", "the Second Thomas Shoal in the South China
        # Sea": a province, a country or a sea written right after a finer place and "in" says where
        # that place lies, wherever the parser hangs the "in" (often on the verb)
        return next((c for c in cands if c.end == noun.head.i and not c.variant and (
            c.place.precision in ("city", "admin2") or c.place.precision == UNRESOLVED and _unknown_place(finder, c))
            and not _party_phrase(doc, c)), None)  # (not a party's name: "captured by the Northern Alliance
        # in Afghanistan")
    return None


def _unknown_place(finder, c: Candidate) -> bool:
    """A name the gazetteer lacks that names a place: one the recogniser reads as a place, not a
    body's name ("fought the Rapid Support Forces in Darfur"); or one whose last word says what kind
    of place it is ("Sabina Shoal", whoever the recogniser took it for), unless a body bears it
    ("destroyed the U.S. Embassy in Kenya": an embassy, a ministry is also the body housed there)."""
    actor = finder.actors.actor(finder.doc[c.start:c.end].root)
    if finder.doc[c.end - 1].lemma_.lower() in words("place_noun"):
        return actor is None or actor.kind == "person"
    return c.label in ("GPE", "LOC", "FAC", "") and actor is None


def _party_phrase(doc, c: Candidate) -> bool:
    """The candidate names a party of an act by its preposition: its agent ("captured by the
    Northern Alliance") or one it acts with or against."""
    noun = _phrase_head(doc[c.start:c.end].root)
    return noun.dep_ == "pobj" and noun.head.lower_ in ("by", "with", "alongside", "against")


def _name_place(finder, start: int, end: int) -> tuple[Place, Place | None]:
    """A proper name the toponym finder left out: its most populous namesake in the gazetteer (one
    in the document's own countries first), or its words alone, without coordinates, as the model
    learned to weigh it; and, where the finder would read the name otherwise, the place the event is
    given instead: not a small town or district of another country, which the finder leaves out of
    a story about elsewhere ("Catatumbo" in a story about Colombia: the name alone), and not a town
    read under an alias where a capital or a larger place bears the name as its own."""
    text = finder.text[start:end]
    entries = finder.actors.gaz.candidates(text)
    countries = {p.country for p in finder.places.values()}
    best = next((e for e in entries if e.country in countries), entries[0] if entries else None)
    if best is None:
        return _unresolved(text, start, end), None
    own = best if best.country in countries or not (countries and small_place(best)) else None
    own = own_name_first(own, entries) if own is not None else None
    given = None if own is best else _entry_place(own, text, start, end) if own else _unresolved(text, start, end)
    return _entry_place(best, text, start, end), given


def _unresolved(text: str, start: int, end: int) -> Place:
    return Place(text=text, name=text, country=None, admin1=None, lat=None, lon=None, precision=UNRESOLVED,
                 char_start=start, char_end=end)


def _entry_place(e: Entry, text: str, start: int, end: int) -> Place:
    return Place(text=text, name=e.name, country=e.country or None, admin1=e.admin1, lat=e.lat, lon=e.lon,
                 precision=PRECISION[e.kind], geonameid=e.geonameid, char_start=start, char_end=end)


def _respanned(finder, c: Candidate, start: int, end: int, a: int, b: int) -> Candidate:
    """Another span of a candidate's name: tokens ``start:end``, characters ``a:b``."""
    def moved(place: Place) -> Place:
        return replace(place, text=finder.text[a:b], char_start=a, char_end=b)
    return Candidate(start, end, moved(c.place), c.label, variant=True, given=moved(c.given) if c.given else None)


def _variant(finder, c: Candidate) -> Candidate | None:
    """The same name with the feature word after it ("Homs Governorate"), or without the one it
    ends in ("Paktika province"): annotators mark either."""
    doc = finder.doc
    last = doc[c.end - 1]
    if c.end - c.start > 1 and last.lower_ in NAMING_WORDS:
        start, end = c.start, c.end - 1
    elif c.end < len(doc) and doc[c.end].lower_ in NAMING_WORDS and doc[c.end].text[:1].isupper():
        start, end = c.start, c.end + 1
    else:
        return None
    return _respanned(finder, c, start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def _whole_word(finder, c: Candidate) -> Candidate | None:
    """"Al-Hasakah", "‘Arak": the name with the capitalised prefix or quote joined to it, which
    the recogniser leaves out and annotators keep."""
    start = _joined_prefix(finder.text, c.place.char_start)
    if start == c.place.char_start:
        return None
    span = finder.doc.char_span(start, c.place.char_end, alignment_mode="expand")
    if span is None or span.start_char != start:
        return None
    return _respanned(finder, c, span.start, span.end, start, c.place.char_end)


JOINERS = "-‘'`’"


def _whole_name(finder, c: Candidate) -> Candidate | None:
    """"Bustan Al-Qasr", "Tal Al-Bardah", "Sawwan Hill": the whole run of capitalised words (and
    articles or quotes joined to them) around a name, which the recogniser often cuts and
    annotators keep whole."""
    doc = finder.doc
    sent = doc[c.start].sent
    start, end = c.start, c.end
    while start > sent.start and _name_word(doc[start - 1]):
        start -= 1
    while end < sent.end and _name_word(doc[end]):
        end += 1
    while start < c.start and not (doc[start].text[:1].isupper() or doc[start].is_alpha and len(doc[start]) <= 3):
        start += 1  # from a capital or a short article ("al-Bab"), not "anti-" or a quote
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1
    if (start, end) == (c.start, c.end) or start > c.start or end < c.end:
        return None
    return _respanned(finder, c, start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def _name_word(tok: Token) -> bool:
    """A word of a proper name: capitalised and not a time, or a word, hyphen or quote written
    joined to the next one ("al-", "‘", the "-i-" of "Mazar-i-Sharif")."""
    if tok.ent_type_ in TIMES:
        return False
    if tok.text[:1].isupper():
        return tok.pos_ == "PROPN"
    joined = not tok.whitespace_ and tok.i + 1 < len(tok.doc)
    return joined and (tok.text in JOINERS or tok.is_alpha)


def _joined_prefix(text: str, start: int) -> int:
    """Where the written word holding ``start`` begins, when what joins it to the name is a hyphen
    or a quote and the word begins with a capital, a quote or is a two-letter article ("Al-", "‘",
    "al-"; not "anti-", "pro-"); else ``start``."""
    a = start
    while a > 0 and not text[a - 1].isspace() and text[a - 1] not in "([\"“/":
        a -= 1
    prefix = text[a:start]
    if not prefix or prefix[-1] not in JOINERS:
        return start
    article = len(prefix) == 3 and prefix[:2].isalpha()
    return a if prefix[0].isupper() or prefix[0] in JOINERS or article else start


def _is_place(finder, c: Candidate) -> bool:
    return finder.doc[c.start].ent_type_ in PLACE_LABELS or c.start in finder.places


TIMES = ("DATE", "TIME")


def _inside_name(tok: Token) -> bool:
    """A proper noun that only begins a longer name ("Gaza" of "Gaza Strip"); not one before a day
    ("patrolled Harare Saturday")."""
    return tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.ent_type_ not in TIMES


def _proper_phrase(tok: Token):
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tok.doc[start:tok.i + 1]


def _tokens(finder, place: Place) -> tuple[int, int]:
    span = finder.doc.char_span(place.char_start, place.char_end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else (0, 1)


def _clause(tok: Token) -> Token:
    """The verb heading the clause a token belongs to (the root when there is none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"}


def _clauses_between(a: Token, b: Token) -> int:
    """Clause boundaries on the way from ``a`` and from ``b`` up to their common ancestor."""
    if a.sent.start != b.sent.start:
        return 3
    above_a = {t.i for t in [a, *a.ancestors]}
    crossed = 0
    for t in [b, *b.ancestors]:
        if t.i in above_a:
            top = t.i
            break
        crossed += t.dep_ in CLAUSE_DEPS
    else:
        return 3
    for t in [a, *a.ancestors]:
        if t.i == top:
            break
        crossed += t.dep_ in CLAUSE_DEPS
    return crossed


def _path(a: Token, b: Token) -> tuple[int, int]:
    """Steps up from ``a`` and down to ``b`` through their lowest common ancestor (99 across sentences)."""
    if a.sent.start != b.sent.start:
        return 99, 99
    up = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up)}
    for down, t in enumerate([b, *b.ancestors]):
        if t.i in index:
            return index[t.i], down
    return 99, 99


def _governs(doc, other: Candidate, head: Token) -> bool:
    """``head`` hangs below another candidate of the sentence or the noun it names ("Incirlik base
    in Adana", "the Shalman area of Khyber": Adana, Khyber)."""
    noun = _phrase_head(doc[other.start:other.end].root)
    return any(other.start <= t.i < other.end or t.i == noun.i for t in head.ancestors)


def _phrase_head(tok: Token) -> Token:
    """The noun a name modifies ("Shalman" in "the Shalman area"), or the name itself."""
    while tok.dep_ in ("compound", "nmod", "poss") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _roles(finder, tok: Token) -> tuple[int | None, list[int]]:
    frame = finder.framer.frame(tok)
    agent = next((a.head for a in frame.arguments if a.role == "agent"), None)
    return agent, [a.head for a in frame.arguments if a.role in ("patient", "theme")]


class Scorer:
    """The fitted model: a conditional logit whose score for each row is linear in the features
    plus a small hidden layer (tanh) over them, which lets a cue count differently with others;
    the mean score of a few such fitted from different starting weights (its members, the first
    axis of each weight array), as one fit's choices vary with its start."""

    def __init__(self, model: dict) -> None:
        if model["features"] != list(FEATURES):
            raise ValueError("The event-place model does not match the features; retrain it with "
                             "`python -m khaldun.train.event_places`.")
        self.mean, self.scale = np.asarray(model["mean"]), np.asarray(model["scale"])
        self.weights = np.asarray(model["weights"])
        self.hidden = np.asarray(model["hidden"])
        self.hidden_bias, self.output = np.asarray(model["hidden_bias"]), np.asarray(model["output"])

    def raw(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.mean) / self.scale
        h = np.tanh(np.einsum("nf,mfh->mnh", z, self.hidden) + self.hidden_bias[:, None, :])
        return (np.einsum("mnh,mh->mn", h, self.output) + np.einsum("nf,mf->mn", z, self.weights)).mean(axis=0)

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Probabilities over the candidates and "no place said" (the last row)."""
        z = self.raw(x)
        z = np.exp(z - z.max())
        return z / z.sum()


@lru_cache(maxsize=8)
def load(path: Path = MODEL, fold: int | None = None) -> Scorer:
    """The shipped model, or with ``fold`` the one fitted without that fold (for held-out scores)."""
    model = json.loads(path.read_text(encoding="utf-8"))
    return Scorer(model if fold is None else model | model["folds"][fold])
