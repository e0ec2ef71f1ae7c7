"""Sense by argument: whether a trigger row's argument restrictions hold for a frame's arguments.

A row of triggers.tsv means its event only when its arguments are of the right kind: "release"
is RETREAT with a person or prisoner as object, not with a video or a statement; "deliver" is AID
with aid as object, not with a rebuke. The restriction language (column ``requires``):

    clause[;clause...]      every clause must hold
    obj=CLASS|CLASS         the (first) object is of one of the classes
    obj!=CLASS|CLASS        the object is of none of them (no object passes)
    subj=... / subj!=...    likewise for the agent
    to=... / to!=...        likewise for the object of that preposition ("respond to an attack")
    head=... / head!=...    likewise for the verb whose subject, object or complement the trigger
                            is ("ambushed an army patrol": the patrol is a unit, no act of its own)
    comp_subj=... / !=...   likewise for the subject of the trigger's clausal complement ("warned
                            that it would retaliate" is a threat, "warned that the famine would
                            spread" a forecast)
    pred=... / pred!=...    likewise for what the verb says its object is ("called the sanctions
                            illegal", "branded the move a provocation", "described the attack as a
                            criminal act"), by the word or a modifier or "of" phrase of it: a
                            judgment says it as much by "a criminal act" as by "a crime"

Classes: ``none`` (no such argument), ``person``, ``place``, ``actor``, ``thing`` (neither actor
nor place), ``military``, ``armed_opponent`` (rebels, insurgents, gunmen: armed men of no state),
``state`` (a country or its government: "Serbia lodged a protest" is an
official complaint, "students staged a protest" is dissent), and every class of noun_classes.tsv (prisoner, aid, statement, video,
civilian, weapon, document ...); and ``act``, a word of the trigger lexicon or a light verb whose
object is one ("launched attacks"), and the roles of word_roles.tsv (``head=light_verb``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..errors import ConfigError
from ..ontologies.tables import ARMED_OPPONENTS, ARMED_SECTORS, noun_classes, word_roles, words
from .event_place import named_as_place
from .frames import is_a as plays

BUILTIN = {"none", "person", "place", "actor", "thing", "military", "armed_opponent", "state", "act"}
CLAUSE = re.compile(r"^(obj|subj|head|comp_subj|pred|[a-z]+)(!?=)([a-z_:A-Z]+(?:\|[a-z_:A-Z]+)*)$")
# classes of things that are often named like bodies ("the Treaty of Rome", "the UN Charter")
NAMED_THINGS = ("accord", "document")
# the dependencies by which a trigger is an argument of the verb that governs it ("head")
GOVERNED = ("nsubj", "nsubjpass", "dobj", "xcomp", "ccomp")


@dataclass(frozen=True, slots=True)
class Restriction:
    slot: str  # obj | subj | a preposition
    negated: bool
    classes: tuple[str, ...]


@lru_cache(maxsize=512)
def parse(requires: str) -> tuple[Restriction, ...]:
    """The clauses of a ``requires`` cell; a malformed cell or unknown class raises E202."""
    out = []
    known = BUILTIN | set(noun_classes())
    for part in filter(None, (p.strip() for p in requires.split(";"))):
        m = CLAUSE.match(part)
        if m is None:
            raise ConfigError(f"bad restriction {part!r}: write obj=CLASS|CLASS, obj!=CLASS, subj=CLASS, "
                              "to=CLASS, head=CLASS, comp_subj=CLASS or pred=CLASS", code="E202")
        classes = tuple(m.group(3).split("|"))
        unknown = [c for c in classes if c not in known and c not in word_roles()]  # a role: "head=light_verb"
        if unknown:
            raise ConfigError(f"unknown class {unknown[0]!r} in {part!r}; classes are {', '.join(sorted(known))}",
                              code="E202")
        out.append(Restriction(m.group(1), m.group(2) == "!=", classes))
    return tuple(out)


class Sense:
    """Classes of the tokens of one document, given its actors, places and which words are triggers."""

    def __init__(self, actors, places: dict, is_trigger: Callable[[Token], bool]):
        self.actors = actors
        self.places = places
        self.is_trigger = is_trigger
        self._place_names: frozenset[str] | None = None  # read once the places are all found

    def holds(self, requires: str, subj: Token | None, objs: list[Token],
              preps: list[tuple[str, Token]] = (), trigger: Token | None = None) -> bool:
        for r in parse(requires):
            if r.slot in ("subj", "obj"):
                tok = subj if r.slot == "subj" else (objs[0] if objs else None)
            elif r.slot in ("head", "comp_subj"):
                tok = self._clause_word(trigger, r.slot) if trigger is not None else None
            elif r.slot == "pred":
                said = _predicate(trigger, objs) if trigger is not None else None
                member = said is not None and any(self.is_a(t, c) for t in _judging_words(said) for c in r.classes)
                if member == r.negated:
                    return False
                continue
            else:
                # the phrase may hang from the object ("suspended the activities of the party")
                tok = next((t for p, t in preps if p.removeprefix("object:") == r.slot), None)
            member = any(self.is_a(tok, c) for c in r.classes)
            if member == r.negated:
                return False
        return True

    @staticmethod
    def _clause_word(trigger: Token, slot: str) -> Token | None:
        """The verb that governs ``trigger`` (``head``: the patrol "ambushed", through a preposition
        too: "fired on a patrol"), or the subject of its clausal complement (``comp_subj``: "warned
        that it would retaliate")."""
        if slot == "head":
            gov = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ in ("prep", "agent") else trigger.head
            governed = trigger.dep_ in GOVERNED or trigger.dep_ == "pobj"
            if trigger.dep_ == "dobj" and plays(gov, "light_verb"):
                return None  # "began patrols": the light verb carries the noun's act, governs no other
            return gov if governed and gov.i != trigger.i and gov.pos_ in ("VERB", "AUX") else None
        comp = next((c for c in trigger.children if c.dep_ in ("ccomp", "xcomp")), None)
        return next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None) if comp is not None else None

    def _named_place(self, tok: Token) -> bool:
        """A proper name the document resolves or calls a place at another of its mentions ("seized
        the town of Indaw" ... "the capture of Indaw"; "captured the town of Banmauk" ... "would
        retake Banmauk", a name the gazetteer lacks and the recogniser reads as a body): the place
        finder reads a name by its context, which a later, bare mention may lack."""
        if self._place_names is None:
            doc = tok.doc
            self._place_names = frozenset(doc[i].text for i in self.places) | frozenset(
                t.text for t in doc if t.pos_ == "PROPN" and named_as_place(t))
        return tok.pos_ == "PROPN" and tok.text in self._place_names

    def is_a(self, tok: Token | None, cls: str) -> bool:
        if cls == "none":
            return tok is None
        if tok is None:
            return False
        if cls == "act":  # "would launch attacks": a light verb stands for its object's act
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None) if plays(tok, "light_verb") else None
            return self.is_trigger(obj) if obj is not None else self.is_trigger(tok)
        if cls not in BUILTIN and cls not in noun_classes() and cls in word_roles():
            return plays(tok, cls)  # a noun class of the same name wins ("military", "demand")
        if cls == "person" and self._in_class(tok, "person"):
            return True  # "a senior member of the party": a person, whatever the party is
        tok = self._head_noun(tok)
        actor = self.actors.actor(tok)
        if cls == "person":
            return actor is not None and actor.kind == "person" or tok.lower_ in ("him", "her", "them", "he", "she", "they") or \
                tok.ent_type_ in ("PERSON", "NORP") or self._in_class(tok, "person") or \
                actor is None and self._unknown_name_or_count(tok)
        if cls == "place":
            return tok.i in self.places or tok.ent_type_ in ("GPE", "LOC", "FAC") or \
                tok.lemma_.lower() in words("place_noun") | words("spatial_noun") or self._named_place(tok)
        if cls == "actor":  # a counterpart is one, coded later by the post of the other party
            return actor is not None or tok.i in self.places or tok.lemma_.lower() in words("counterpart_noun")
        if cls == "thing":  # a treaty or a charter the recogniser takes for a body is still a thing
            # ("signed the Treaty on the Accession of Malta")
            return actor is None and tok.i not in self.places and not self._in_class(tok, "person") or \
                any(self._in_class(tok, c) for c in NAMED_THINGS)
        if cls == "state":
            # a country's name the gazetteer read as a place ("U.S. strikes back"), or a nationality
            # adjective alone before the act ("Israeli strikes"), names the state, not its people
            place = self.places.get(tok.i)
            return actor is not None and (actor.kind == "country" or actor.sector == "GOV" or (
                tok.dep_ == "amod" and actor.country is not None and actor.sector is None)) or \
                actor is None and place is not None and place.precision == "country"
        if cls == "military":
            # ... or a thing an armed side holds ("Hezbollah launchers", "the militia's depots")
            return self._in_class(tok, "military") or (actor is not None and actor.sector in ARMED_SECTORS) or any(
                c.dep_ in ("compound", "poss") and c.i < tok.i and (owner := self.actors.actor(c)) is not None
                and owner.sector in ARMED_SECTORS for c in tok.children)
        if cls == "armed_opponent":  # "gunmen seized two engineers": an abduction, not an arrest
            return actor is not None and actor.sector in ARMED_OPPONENTS or self._in_class(tok, "sector:REB")
        if cls == "crowd" and self._crowd_count(tok):
            return True
        return self._in_class(tok, cls)

    def _crowd_count(self, tok: Token) -> bool:
        """"Hundreds of Palestinians", "thousands of workers": people counted by the dozen, the
        hundred or the thousand are a crowd, unless they are an armed force ("dozens of soldiers")."""
        count = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        return count is not None and count.lower_ in noun_classes().get("crowd_count", frozenset()) \
            and not self.is_a(tok, "military")

    def _unknown_name_or_count(self, tok: Token) -> bool:
        """A name the recogniser left untyped that is no place ("captured Martinic"), or a bare
        count that stands for people ("the two were captured", "thousands marched")."""
        if tok.ent_type_ or tok.i in self.places:
            return tok.ent_type_ == "CARDINAL" and tok.pos_ in ("NUM", "NOUN")
        return tok.pos_ in ("PROPN", "NUM")

    def _in_class(self, tok: Token, cls: str) -> bool:
        vocab = noun_classes().get(cls, frozenset())
        lemma = tok.lemma_.lower()
        if lemma in vocab or tok.lower_ in vocab:
            return True
        for c in tok.children:  # "peacekeeping troops"; "sit-in", which the tokenizer splits at its hyphen
            if c.dep_ in ("compound", "amod") and c.i < tok.i:
                joint = "-" if c.i + 2 == tok.i and tok.doc[c.i + 1].text == "-" else " "
                # the head by its form too, as for a lone noun ("mobile data": the lemmatizer reads "datum")
                if f"{c.lemma_.lower()}{joint}{lemma}" in vocab or f"{c.lemma_.lower()}{joint}{tok.lower_}" in vocab:
                    return True
        return False

    def _head_noun(self, tok: Token) -> Token:
        """"dozens of prisoners", "some of the aid": the noun after the partitive."""
        if tok.lower_ in words("partitive") or tok.lemma_.lower() in words("partitive") or tok.pos_ == "NUM":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
        return tok


def _predicate(verb: Token, objs: list[Token]) -> Token | None:
    """What a verb says its object is: its object complement ("called the sanctions illegal"), a
    second object ("branded the move a provocation") or an "as" phrase on it or on its object
    ("described the attack as a criminal act")."""
    obj = objs[0] if objs else None
    for c in verb.children:
        if c.dep_ == "oprd" or c.dep_ == "dobj" and obj is not None and c.i > obj.i:
            return c
    for holder in (verb, obj) if obj is not None else (verb,):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _judging_words(tok: Token) -> list[Token]:
    """The word and the words that qualify it ("a criminal act", "a terrorist regime", "an act of
    aggression"): a judgment may lie in any of them."""
    qualified = [tok] + [c for c in tok.children if c.dep_ in ("amod", "compound")]
    return qualified + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
