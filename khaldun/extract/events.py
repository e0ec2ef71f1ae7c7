"""Events: triggers from the lexicon, their arguments from the dependency parse, their codes
from the ontology table, and their time, place and certainty.

Argument patterns handled: active ("X attacked Y"), passive ("Y was captured by X"), nominal
("X's attack on Y", "the deployment of X to Z"), light verbs ("X launched an attack on Y"),
coordination ("X attacked Y, took over Z"), control ("X announced its intention to purge Y"),
relative clauses ("a faction which was backed by X"), and reported speech (the speaker of
"announced the deployment" is the deployer when nobody else is named).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace

from spacy.attrs import DEP, LEMMA
from spacy.tokens import Doc, Token

from ..errors import ConfigError
from ..nlp.components import tokens_where
from ..ontologies.tables import (ARMED_OPPONENTS, ARMED_SECTORS, UNIDENTIFIED_ARMED, Trigger, acled_means, nearest,
                                 noun_classes, words)
from ..records import NO_DATE, Actor, Certainty, Dating, Event, EventMention, Frame, Modality, Place, TimeSpan
from .actors import CONTROLLING, LOCATIVE_PREPS, RELATIVE_PRONOUNS, STATE_SECTORS, Actors, Cluster
from .acled import ACCORD_TYPES, BASE_TYPE, TOWNSFOLK, Circumstances, acled_type, first_means, reads_circumstances
from .certainty import certainty
from . import event_place
from .dating import DocumentTimes, date_event
from .frames import FrameBuilder, headline_line, is_a, occurrence, particles, phrasal_lemma, small_clause, stops, word_class
from .sense import Sense

SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
MEDIATION = {"039", "045"}  # CAMEO's mediation (offered, engaged in): by a third party, not one with another
CUSTODIANS = {"COP", "MIL", "GOV", "JUD", "SPY"}  # the sectors that arrest and detain people
OCCUPANTS = "text: who holds homes or positions force is used on"  # such a target's basis (EventFinder._occupants)
PLACED = "context: the country of the place the act was done in"  # such a side's basis (EventFinder._placed)
SITED = "context: who gathers at a site force was used on, of the country it is in"  # (EventFinder._occupants)
# curfews and emergency or martial law (CAMEO 1723, 1724), which fall on a whole people: those of the
# place they are imposed in, or else of the imposer's own country ("Bangladesh imposed a nationwide curfew")
POPULACE_CODES = ("1723", "1724")
POPULACE = "context: the people a curfew or emergency rule is imposed on"  # such a target's basis
PROTESTED = "context: the government of the country a protest naming no one is held in"  # (EventFinder._protested)
# acts done on the ground, whose place says whom they fall on when no party is named ("peacekeepers
# arrived in Bosnia", "fired tear gas at crowds in Mombasa"); not what is said, met or agreed, whose
# place is only where it was said ("urged restraint in Geneva", "met in Almaty")
PLACED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "SANCTION", "RETREAT", "CONCEDE"}
# a nation's things that stand for those who hold them (noun classes of noun_classes.tsv -> sector)
HELD_BY = {"dwelling": "CVL", "military_site": "MIL", "holy_site": "REL", "school": "EDU", "hospital": "HLH"}
CONTACT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID"}
PROVOKING_TYPES = {"ASSAULT", "COERCE", "SANCTION"}  # hostile acts a retaliation answers (EventFinder._provoker)
# acts that name no one aimed at whom a clause of theirs says an act is done to: (the clause's
# dependency labels, the type that act must be, if one, the rule's tag): a threat at the threatened
# act's target, a protest at whom its demand is made of (EventFinder._warned_of)
AIMED_BY_CLAUSE = {"THREATEN": (("ccomp", "xcomp"), None, "+warned-of"),
                   "PROTEST": (("advcl", "xcomp"), "REQUEST", "+demanded-of")}
# acts against a party, whose target an act joined to them shares ("accused X ... and vowed to retaliate")
RIOT = "145"  # CAMEO: protest violently, riot
# nouns that tell parties only by what they are, whose acts are events with no party coded
GENERIC_PARTY = words("pair_noun") | words("side_noun") | words("body_noun")
HOSTILE_TYPES = {"ACCUSE", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "REJECT"}
# the prepositions that name the act a charge is about ("blamed them for the attack", "accused
# them of the killing", "said they were behind the bombings"), not the charge's circumstances
# ("accused them after the attack")
CHARGE_PREPS = {"for", "of", "behind"}
GIVING_TYPES = {"SUPPORT", "AID", "COOPERATE", "SANCTION"}
# prepositions that name whom an act is addressed to or done against ("a complaint with Turkey")
ADDRESS_PREPS = {"with", "to", "against", "toward", "towards", "on", "upon"}
# dependents that are clauses of their own (or punctuation), not words of the clause
CLAUSE_DEPS = {"advcl", "conj", "ccomp", "xcomp", "relcl", "acl", "parataxis", "cc", "punct"}


def _one_per_country(resolved: list[tuple[Token | None, Actor]]) -> list[tuple[Token | None, Actor]]:
    """"Fired rockets at the Israeli city of Sderot": the adjective and the town both name Israel,
    one party named twice; targets coded by country alone are the same party when the country is,
    and those who hold a town, homes or positions in it (``TOWNSFOLK``, ``OCCUPANTS``), or a sector of
    that country ("attacked a Sri Lankan navy boat": the navy), say more than the country alone."""
    seen = {a.country for _, a in resolved if a.basis in (TOWNSFOLK, OCCUPANTS) or a.sector is not None}
    out = []
    for t, a in resolved:
        if a.country and a.sector is None and a.kind in ("country", "group"):
            if a.country in seen:
                continue
            seen.add(a.country)
        out.append((t, a))
    return out


def _one_per_coding(resolved: list[tuple[Token | None, Actor]]) -> list[tuple[Token | None, Actor]]:
    """"Abducted 87 pupils and a teacher": unnamed people of one country and sector, coordinated
    as the patients of one act, are one party to it (their records would be one dyad twice);
    named people and people of other sectors stay apart ("killed two soldiers and a policeman").
    A party named inside another target's phrase and coded as it ("hit Hezbollah positions": the
    positions' holders are Hezbollah) is that target named again: the party itself is kept."""
    named_in = {t.head.i for t, a in resolved if t is not None and t.dep_ in ("compound", "amod", "poss", "nmod")
                and any(o is not None and o.i == t.head.i and (b.country, b.sector) == (a.country, a.sector)
                        for o, b in resolved)}
    seen: set[tuple[str, str]] = set()
    out = []
    for t, a in resolved:
        if t is not None and t.i in named_in:
            continue
        if t is not None and t.pos_ == "NOUN" and a.country and a.sector:
            if (a.country, a.sector) in seen:
                continue
            seen.add((a.country, a.sector))
        out.append((t, a))
    return out


def _intent_cue(cue: str) -> bool:
    """Whether a frame cue states an intent to act: any intent ("vowed to", "plans to"), or a future
    one given by a verb of threatening or committing ("will offer", "is to pledge")."""
    kind, _, word = cue.partition(":")
    return kind == "intended" or kind == "future" and word in words("threat_intent") | words("commissive")


def _symmetric(cameo: str, entry: Trigger) -> bool:
    """Whether an act is done with one another ("met", "clashed"): its type or its word says so."""
    if cameo in MEDIATION:
        return False  # "brokered by Kenya and IGAD": both mediate, neither mediates the other
    return nearest(cameo).plover in SYMMETRIC_TYPES or entry.lemma.split()[0] in words("symmetric_lemma")


def _same_side(a: Actor, b: Actor) -> bool:
    """Whether two actors are one side of a dispute: one actor, or of one country and, where both
    name one, one sector. Two sectors of a country are two sides ("the army accused the RSF of
    looting; the RSF denied the charge": Sudan's army and Sudan's rebels)."""
    if a.id == b.id:
        return True
    return a.country == b.country and (a.sector is None or b.sector is None or a.sector == b.sector)


def _own_country(source: Actor, target: Actor) -> bool:
    """Whether a target is the country its source, a state body or official, acts for ("Araqchi
    warned that Tehran would respond": Iran is no target of its own minister). Only for what is
    said or decided: forces do act on their own country's places ("his attack on Benghazi")."""
    return target.kind == "country" and source.sector in STATE_SECTORS and source.country == target.country


# the last lexicon's words: one lexicon codes document after document, and the set takes a
# pass over the whole lexicon to build
_lexicon_words: tuple[object, frozenset[str]] = (None, frozenset())
KEY_BREAK = re.compile(r"[ -]")


def lexicon_words(lexicon: dict[tuple[str, str], list[Trigger]]) -> frozenset[str]:
    """The words of the lexicon's keys, split at spaces and hyphens ("sit-in", "take over")."""
    global _lexicon_words
    if _lexicon_words[0] is not lexicon:
        _lexicon_words = (lexicon, frozenset(w for key, _ in lexicon for w in KEY_BREAK.split(key)))
    return _lexicon_words[1]


def _may_key(word: str, known: frozenset[str]) -> bool:
    """Whether a key can hold ``word`` whole, between spaces or hyphens: every word of it is a
    word of some key. Most nouns, verbs and adjectives fail (seven in ten of the sample
    articles'), and need no keys built and looked up."""
    return all(w in known for w in KEY_BREAK.split(word))


@dataclass
class _Found:
    trigger: Token
    entry: Trigger
    source: Actor | None
    target: Actor | None
    location: Place | None
    rule: str
    cameo: str
    frame: Frame


class EventFinder:
    """Find and code the events of one parsed document."""

    def __init__(self, doc: Doc, document_id: str, text: str, actors: Actors, places: dict[int, Place],
                 times: list[TimeSpan], lexicon: dict[tuple[str, str], list[Trigger]], dictionaries=None,
                 published=None):
        self.doc = doc
        self.document_id = document_id
        self.text = text
        self.actors = actors
        self._told_countries: set[str] | None = None  # countries the actor mentions name (``_place_country``)
        self.places = places
        self.all_times = times
        self.dates = DocumentTimes(doc, times, published)
        self.lexicon = lexicon
        self.dictionaries = dictionaries  # a user's CAMEO/PETRARCH dictionaries, or None
        self.published = published
        self.found: list[_Found] = []
        self.consumed: set[int] = set()
        self.contents: dict[int, list[Token]] = {}  # a charge's verb -> the acts it says (``_said_within``)
        self._places_by_name: dict[str, Place] | None = None  # the text's place names, read when asked
        self.framer = FrameBuilder(doc, text, actors, places, self._takes_object, self._moves_object)
        self.sense = Sense(actors, places, self.is_trigger)
        self._entry_cache: dict[int, list[Trigger]] = {}
        self._words = lexicon_words(lexicon)
        # read once per document by extract/event_place.py: each sentence's place spans, the
        # dateline, the country most of its places lie in, the story's and each sentence's scene
        self.place_candidates: dict[int, dict] = {}
        self.dateline_memo: tuple[Place | None] | None = None
        self.dominant_memo: tuple[str | None] | None = None
        self.story_memo: tuple[Place | None] | None = None
        self.scene_memo: dict[int, Place | None] = {}  # sentence start -> the previous sentence's scene

    def frames(self) -> list[Frame]:
        """Every predicate's frame: each verb and each event word of the lexicon, in text order."""
        return self.framer.build(t for t in self.doc if self._entries(t))

    def frame(self, tok: Token) -> Frame:
        return self.framer.frame(tok)

    # -- public ---------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        for tok in self.doc:
            entries = self._entries(tok)
            if entries:
                self._code(tok, entries)
        self._reported_demands()
        self._reported_blame()
        self._owned_acts()
        self._warned_of()
        self._conditional_threats()
        self._refusals()
        self._said_within()
        verb_types = {f.trigger.i: nearest(f.cameo).plover for f in self.found if f.entry.pos == "VERB"}
        triggers = {f.trigger.i for f in self.found}
        for f in self.found:
            t = f.trigger
            if f.entry.pos == "NOUN" and t.dep_ == "dobj" and verb_types.get(t.head.i) == nearest(f.cameo).plover \
                    and t.head.i not in self.consumed:
                self.consumed.add(t.i)  # "delivered food aid": one AID event ("threatened sanctions": the
                # verb already gave way to its object's threat, which is then the one event)
            if f.entry.pos == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "with" \
                    and verb_types.get(t.head.head.i) == "THREATEN" and t.head.head.i not in self.consumed:
                self.consumed.add(t.i)  # "threatened Iraq with air strikes": what the threat holds out is not done
            # "halted deliveries of aid": the act a stop verb acts on may be named inside its object,
            # where that object is no act of its own ("suspended the inquiry into the killings" is not)
            carrier = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
            held = carrier if carrier is not None and carrier.pos_ == "NOUN" and carrier.i not in triggers else t
            if f.entry.pos == "NOUN" and held.dep_ in ("dobj", "nsubjpass") and stops(held.head):
                # "suspended its airstrikes", "lifted the embargo", "ended the curfew": not the act but
                # its easing, said once: by the stop verb where it is an event of its own, else by the noun
                heads = [g for g in self.found if g.trigger.i == held.head.i]
                eased = _eased(f.entry.cameo, heads[0].source if heads else f.source)
                if eased is None or heads:
                    self.consumed.add(t.i)
                for g in heads if eased is not None else ():  # "lifted the ban" already yields CONCEDE
                    # ("lifted the siege" eases a blockade, which is a RETREAT: the act's own easing
                    # code wins over the stop verb's type)
                    if nearest(g.cameo).plover not in ("CONCEDE", "RETREAT") or (
                            f.entry.cameo in EASED_CODES and nearest(eased).plover != nearest(g.cameo).plover):
                        g.cameo, intent = _stated(eased, g.frame)
                        g.rule += "+eases" + _intent_rule(g.cameo, intent, g.frame, eased)
                if eased is not None and not heads:
                    f.cameo, intent = _stated(eased, f.frame)
                    f.rule += f"+eased:{held.head.lemma_.lower()}" + _intent_rule(f.cameo, intent, f.frame, eased)
        self._harmed_targets()
        events = []
        seen: set[str] = set()
        anaphors: set[int] = set()
        echoes: set[int] = set()  # anaphors that are no event on their own
        named: set[int] = set()  # event nouns that name again, with whom it was done to, an act told before
        for f in self.found:
            if f.trigger.i in self.consumed:
                continue
            event = self._event(f)
            if event is not None and f.entry.pos == "NOUN" and event.date_rule == "clause" and _talked_of(f.trigger):
                # "Mali condemned the attack on Saturday": the day is the condemnation's, none of the attack's
                event = replace(event, date=NO_DATE, date_rule="none")
            if event is not None and event.id not in seen:
                seen.add(event.id)
                events.append(event)
                if f.entry.pos == "NOUN" and _anaphoric(f.trigger, event):
                    anaphors.add(event.trigger_span[0])
                    if f.source is None and f.target is None and not self._actorless(f):
                        echoes.add(event.trigger_span[0])
                elif f.entry.pos == "NOUN" and _anaphoric(f.trigger, replace(event, target=None)):
                    named.add(event.trigger_span[0])
        told = {e.trigger_span[0] for e in events}
        merged = merge_reports(events, self.text, self._manner_ties(verb_types, told), anaphors, echoes,
                               self._toll_ties(verb_types), self._casualties(), named)
        return [self._recipient_by_default(self._with_contents(e)) for e in merged]

    def _recipient_by_default(self, event: Event) -> Event:
        """The recipient event coders record for an act no report of it names one for: the country
        of its place (``_placed_recipient``), else, for a protest, the government (``_protested``)."""
        event = self._placed_recipient(event)
        return self._protested(event, event.location) if event.target is None and event.type == "PROTEST" else event

    def _with_contents(self, event: Event) -> Event:
        """An event of a charge or a denial with the words of the acts it says among its reports
        ("accused police of attacking demonstrators": "attacking" is a word of the accusation)."""
        if not self.contents:
            return event
        spans = [self.doc.char_span(*m.trigger_span, alignment_mode="expand") for m in event.mentions or (event,)]
        said = [t for v in spans if v is not None for t in self.contents.get(v.root.i, ())]
        if not said:
            return event
        told = []
        for t in said:
            sentence = self.text[t.sent.start_char:t.sent.end_char].rstrip()
            told.append(EventMention(sentence, (t.sent.start_char, t.sent.start_char + len(sentence)), t.text,
                                     (t.idx, t.idx + len(t.text))))
        return replace(event, mentions=tuple(sorted((*event.mentions, *told), key=lambda m: m.trigger_span[0])))

    def _placed_recipient(self, event: Event) -> Event:
        """"The first NATO peacekeepers arrived in Bosnia", "troops were deployed in Somalia": an act
        on the ground (``PLACED_TYPES``) that no report of it names a party for falls on the country
        its own clause names as where it was done, as event coders record its recipient. Read once
        the reports are merged: a place is weaker evidence than a party named in another report."""
        place = event.location
        if event.target is None and event.type == "REQUEST" and place is not None and place.country:
            return self._appealed_land(event, place)
        if event.target is not None or event.type not in PLACED_TYPES or place is None or not place.country:
            return event
        # "Bashir took steps to enhance political freedoms in Sudan", "the government eased the curfew
        # in Darfur": a state's concession at home is made to its own country, wherever there
        home = event.type == "CONCEDE" and event.source is not None and event.source.sector in STATE_SECTORS \
            and event.source.country == place.country
        if not home and place.precision != "country" and (
                event.source is None or event.source.country in (None, place.country)):
            # a town is where it happened ("a bomb at a market in Mosul"); a country is a party, and so
            # is the country of a town a foreign party acts in ("Rwandan troops were deployed in Cabo
            # Delgado": in Mozambique)
            return event
        trigger = self.doc.char_span(*event.trigger_span, alignment_mode="expand")
        if trigger is None or self._place_country(trigger.root, place) is None:
            return event
        named = self.doc.char_span(place.char_start, place.char_end, alignment_mode="expand")
        if named is None or not self._in_clause_of(named.root, trigger.root):
            return event
        land = self._land(place)
        if event.source is not None and (land.id == event.source.id or event.type not in CONTACT_TYPES
                                         and not home and _own_country(event.source, land)):
            return event  # no party is the recipient of its own act
        return replace(event, target=land, rule=event.rule + ("+home-country" if home else "+place-country"))

    def _appealed_land(self, event: Event, place: Place) -> Event:
        """"Turkey and Italy also urged restraint", "the US embassy called on all sides to respect the
        constitutional order", "the opposition leader urged his supporters to bring the country to a
        standstill": an appeal addressed to no party named, by a party whose country is known, is made
        to the country of the place it is about, as event coders record its recipient; not a state's
        own ("the ministry urged calm in Nairobi": the place is only where it was said, as
        ``_own_country`` has it)."""
        land = self._land(place)
        if event.source is None or event.source.country is None or land.id == event.source.id \
                or _own_country(event.source, land):
            return event
        return replace(event, target=land, rule=event.rule + "+appeal-place")

    def _protested(self, event: Event, place: Place | None) -> Event:
        """"Thousands of Nigerians rallied in Lagos", "students went on strike": a protest that names
        no one it is aimed at is aimed at the government of the country it is held in (the country
        its own clause places it in, else its protesters'), as event coders record its recipient
        (PLOVER: "collective actions carried out as protests against the recipient"). Not one by a
        state body, which protests to others by their names."""
        source = event.source
        if source is None or source.sector in STATE_SECTORS:
            return event
        trigger = self.doc.char_span(*event.trigger_span, alignment_mode="expand")
        named = self.doc.char_span(place.char_start, place.char_end, alignment_mode="expand") if place else None
        country = source.country
        if trigger is not None and named is not None and self._in_clause_of(named.root, trigger.root):
            country = self._place_country(trigger.root, place) or country
        if country is None:
            return event
        known = self.actors.gaz.country(country)
        name = f"{known.demonym or known.name if known else country} government"
        cluster = Cluster(name, "organization", country, "GOV")  # one actor with the text's own "the government"
        start, end = event.trigger_span
        government = Actor(self.text[start:end], cluster.name, cluster.id, "organization", country, "GOV", start, end,
                           PROTESTED)
        return replace(event, target=government, rule=event.rule + "+protested-government")

    def _in_clause_of(self, place: Token, act: Token) -> bool:
        """Whether a place hangs on the act's own words as where it was done, by a preposition and
        through no party's words ("in Bosnia" of "arrived", of the verb a noun trigger is the
        subject or object of; not "a diplomat in Bangkok", nor an object the act's reading did not
        take for a party, "banned Libya")."""
        anchors = {act.i} | ({act.head.i} if act.dep_ in ("nsubj", "nsubjpass", "dobj") else set())
        tok, locative = place, False
        for _ in range(8):
            if tok.i in anchors:
                return locative
            if tok.head.i == tok.i or tok.i != place.i and self.actors.label_at(tok) is not None:
                return False
            locative = locative or tok.dep_ == "prep"
            tok = tok.head
        return False

    def _manner_ties(self, verb_types: dict[int, str], told: set[int]) -> set[tuple[int, int]]:
        """Pairs of trigger offsets that report one act: an event noun of the verb's own type that
        says how or amid what it happened ("killed 12 people in an attack on a village", "were
        wounded during clashes"), a participle of its type that tells its outcome ("struck a
        depot, killing four") of a verb that is an event (``told``: the events' trigger offsets) or
        of an event noun that is its clause's subject ("fighting shook the capital, killing eight"),
        or a toll told by a passive verb of the act its clause of time tells ("were killed when gangs
        fought"), whatever actors each report found."""
        ties = set()
        types = {f.trigger.i: nearest(f.cameo).plover for f in self.found if f.trigger.idx in told}
        for f in self.found:
            t = f.trigger
            plover = nearest(f.cameo).plover
            manner = self._manner_of(f)
            if manner is not None and verb_types.get(manner.i) == plover:
                ties.add((manner.idx, t.idx))
            first = t
            while first.dep_ == "conj" and first.head.tag_ == "VBG":
                first = first.head  # "killing 14 and wounding 40": each participle tells the act's outcome
            if f.entry.pos == "VERB" and first.dep_ == "advcl" and t.tag_ == "VBG" and first.tag_ == "VBG" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                # "exchanged fire at the crossing, killing two soldiers": the participle tells what the
                # act did, with the act's own doer; it fills only a side the act leaves open. Where the
                # clause's verb is no act, its subject may be ("heavy fighting shook the capital,
                # killing eight": the fighting killed them)
                head = first.head
                act = head if head.idx in told else next(
                    (c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.idx in told), None)
                if act is not None and types.get(act.i) == plover:
                    ties.add((act.idx, t.idx))
            if f.entry.pos == "VERB" and f.frame.voice == "passive" and not any(c.dep_ == "agent" for c in t.children) \
                    and t.lemma_.lower() in words("casualty_verb"):
                # "17 inmates were killed and 14 wounded when rival gangs fought": the toll of the act
                # its clause of time tells, of the toll's type, whoever the toll's reading took for a doer
                # (a clause the parse hangs on the verb of saying after the report, "... when rival
                # gangs fought, the authority said", is the report's own)
                said = t.head if t.dep_ == "ccomp" and t.head.lemma_.lower() in words("reporting") else None
                clauses = [c for v in (t, *t.conjuncts) for c in v.children] + (
                    [c for c in said.children if t.i < c.i < said.i] if said is not None else [])
                when = next((c for c in clauses if c.dep_ == "advcl" and c.idx in told and types.get(c.i) == plover
                             and any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as") for m in c.children)),
                            None)
                if when is not None:
                    ties.add((when.idx, t.idx))
        return ties

    def _harmed_targets(self) -> None:
        """"Air strikes destroyed two rebel bases": an assault named as the subject of the things
        it destroyed was done to whom they belong; it takes the verb's target where it names none
        (and is an event though no words of its own name a side), so the act is coded as the
        assault it was, not only as property destroyed. (A verb of killing or wounding, "a drone
        strike killed 11", codes the assault itself.)"""
        verbs = {f.trigger.i: f for f in self.found if f.entry.pos == "VERB"}
        for f in self.found:
            g = verbs.get(f.trigger.head.i) if f.entry.pos == "NOUN" and f.trigger.dep_ == "nsubj" else None
            if g is not None and f.target is None and g.target is not None and g.cameo == DESTROY_PROPERTY \
                    and nearest(f.cameo).plover == "ASSAULT":
                f.target = g.target
                f.rule += "+harmed"

    def _toll_ties(self, verb_types: dict[int, str]) -> set[tuple[int, int]]:
        """Pairs of trigger offsets (toll, act): a verb that tells the toll of an act of its own
        type, the act being its subject noun ("a drone attack wounded five soldiers", "hours after
        an air strike killed a commander"), or the harm an assault did to things, by such a verb
        or by a participle adjunct of the act's verb ("the raids destroyed a drone workshop",
        "bombed the town, destroying homes"), and a noun of manner of the other kind of force, as
        (noun, verb) ("arrested 12 gang members in raids"): one act, its own code the truer. (A
        participle or noun of manner of the act's type, "struck a depot, killing four", is tied to
        its clause by ``_manner_ties``. A participle that destroys a party's things the act was not
        done to, "stormed the town, burning its police station", is an act of its own.)"""
        codes = {f.trigger.i: f.cameo for f in self.found if f.entry.pos == "VERB"}
        pairs = {(f.trigger.head.idx, f.trigger.idx) for f in self.found
                 if f.entry.pos == "NOUN" and f.trigger.dep_ == "nsubj" and f.trigger.head.i in codes
                 and _outcome(nearest(f.cameo).plover, codes[f.trigger.head.i])}
        for f in self.found:
            t = f.trigger
            manner = self._manner_of(f)
            if manner is not None and {verb_types.get(manner.i), nearest(f.cameo).plover} == FORCE_TYPES:
                pairs.add((t.idx, manner.idx))  # "arrested 12 gang members in raids": how the arrest was made
            first = t
            while first.dep_ == "conj" and first.head.tag_ == "VBG":
                first = first.head  # "killing nine and destroying homes": each tells what the act did
            act = verb_types.get(first.head.i)
            if f.entry.pos == "VERB" and first.dep_ == "advcl" and f.trigger.tag_ == first.tag_ == "VBG" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in f.trigger.children) \
                    and act not in (None, nearest(f.cameo).plover) and _outcome(act, f.cameo) \
                    and not (f.target is not None and f.target.sector is not None
                             and f.target.id not in {g.target.id for g in self.found
                                                     if g.trigger.i == first.head.i and g.target is not None}):
                pairs.add((f.trigger.idx, first.head.idx))
        return pairs

    def _manner_of(self, f: _Found) -> Token | None:
        """The verb an event noun says how or amid what it was done ("killed 12 people in an attack",
        "seized the broadcaster in a coup attempt": through the support noun that stands for it)."""
        if f.entry.pos != "NOUN":
            return None
        anchor = self.framer.anchor(f.trigger)
        return anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ in MANNER_PREPOSITIONS else None

    def _casualties(self) -> set[int]:
        """Trigger offsets of passive verbs of dying, being hurt or being destroyed that name no one
        who did it ("two officers were injured", "at least six people were killed", "32 targets
        had been destroyed"): reports of an act's toll only."""
        return {f.trigger.idx for f in self.found if f.entry.pos == "VERB" and f.frame.voice == "passive"
                and f.source is None and (f.trigger.lemma_.lower() in words("casualty_verb")
                                          or f.cameo == DESTROY_PROPERTY)}

    def _warned_of(self) -> None:
        """"Russia warned it could deploy troops in Crimea": a threat that names no one is aimed
        at whom the act it threatens, a clause of its own, is done to (that act's target, read
        once every clause is coded), when that is no party of the threatener's own. Likewise a
        protest that names no one is aimed at whom the demand its participle or purpose clause
        makes is made of ("relatives protested outside the prison, demanding information from the
        authorities")."""
        found = []
        for f in self.found:
            clauses, kind, tag = AIMED_BY_CLAUSE.get(nearest(f.cameo).plover, ((), None, ""))
            acts = {c.i for c in f.trigger.children if c.dep_ in clauses}
            aims = {} if f.target is not None or not acts else {
                g.target.id: g.target for g in self.found if g.trigger.i in acts and g.target is not None
                and (kind is None or nearest(g.cameo).plover == kind)
                and (f.source is None or g.target.id != f.source.id and not _own_country(f.source, g.target))}
            found += [replace(f, target=t, rule=f.rule + tag) for t in aims.values()] or [f]
        self.found = found

    def _said_within(self) -> None:
        """"The union accused police of attacking demonstrators", "the RSF denied shelling the
        camp", "forty suspects were arrested for arson": an act told only as what a charge or a
        denial says is that charge's or denial's content, coded once as the accusation (ACCUSE),
        the rejection (REJECT) or the arrest the text reports, whose words it joins
        (``_with_contents``); it is no report of its own that the act was, or was not, done. So
        is an act a rejection is of ("rejected any talks with the RSF", "rejected calls to
        resign"): the act rejected is not done. Where the charge or denial is no event of the
        lexicon, the act stays (hedged or negated by its frame), and so does a definite event
        noun the charge is about, an act taken as done whose doer it names ("blamed Boko Haram
        for the attack"; not one the charged act is done to: "accused of ordering the arrest of
        protesters")."""
        coded = {f.trigger.i for f in self.found}
        rejections = {f.trigger.i for f in self.found
                      if f.entry.pos == "VERB" and nearest(f.cameo).plover == "REJECT"}
        for f in self.found:
            if f.entry.pos == "NOUN" and _definite(f.trigger) and f.trigger.dep_ == "pobj":
                continue
            verb = self.framer.said_within(f.trigger) or self._rejected_by(f, rejections)
            if verb is not None and verb.i in coded and verb.i != f.trigger.i and f.trigger.i not in self.consumed:
                self.consumed.add(f.trigger.i)
                self.contents.setdefault(verb.i, []).append(f.trigger)

    def _rejected_by(self, f: _Found, rejections: set[int]) -> Token | None:
        """The verb of a rejection whose object an act is: its noun ("rejected any talks"), or the
        clause of a noun that is ("rejected calls to resign", "rejected demands to disarm"); not a
        definite noun, which names again an act told before ("denied the accusation")."""
        if f.entry.pos == "NOUN" and _definite(f.trigger):
            return None
        node = self.framer.anchor(f.trigger) if f.entry.pos == "NOUN" else f.trigger
        if node.head.pos_ == "NOUN" and (node.dep_ in ("acl", "xcomp") or node.dep_ == "relcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children)):
            node = node.head  # (an infinitive the parse hangs on its noun as a relative clause)
        return node.head if node.dep_ == "dobj" and node.head.i in rejections else None

    def _conditional_threats(self) -> None:
        """"Iran would close the strait if it were attacked", "said it would cut off gas supplies
        unless ...": an act a party says it will do on a condition is a threat (THREATEN 130), as
        an act of the lexicon stated so is (``_stated``), whatever the act; the lexicon names few of
        the acts threatened so. Said by the party itself (or one of its country) or by no one named:
        another's forecast ("analysts said Iran would ...") threatens nothing. Aimed at a party the
        act is done to, else at the one the condition names ("if Washington goes ahead")."""
        coded = {f.trigger.i for f in self.found}
        marks = words("condition_mark")
        for aux in tokens_where(self.doc, DEP, self.doc.vocab.strings["aux"]):
            verb = aux.head
            if aux.lower_ not in words("future_modal") or verb.pos_ != "VERB" \
                    or verb.i in coded or any(c.dep_ == "neg" for c in verb.children):
                continue
            cond = next((c for c in verb.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in marks for m in c.children)), None)
            if cond is None or any(verb.left_edge.i <= i <= verb.right_edge.i and not (
                    cond.left_edge.i <= i <= cond.right_edge.i) for i in coded):
                continue  # "would launch attacks if": the act named is coded, and recoded as the threat
            source, frame, _ = self._own_word(verb)
            if source is None:
                continue
            target = self._aimed_at(verb, source, [s for s in [self.framer.subject(cond)] if s is not None])
            entry = Trigger(verb.lemma_.lower(), "VERB", "130", "target", (), "", 0.7, "word_roles.tsv:condition_mark")
            self.found.append(_Found(verb, entry, source, target, None,
                                     f"{entry.origin}:conditional-threat+intent:{aux.lower_}", "130", frame))
            coded.add(verb.i)

    def _own_word(self, verb: Token) -> tuple[Actor | None, Frame, Actor | None]:
        """The party that says it will do an act (the verb's subject, said by itself or one of its
        country, or by no one named), or None; the verb's frame; and the speaker, if named."""
        subj = self.framer.subject(verb)
        source = self._resolve(subj) if subj is not None else None
        frame = self.framer.frame(verb)
        speaker = self._resolve(self.doc[frame.speaker.head]) if frame.speaker is not None else None
        if source is None or frame.speaker is not None and (speaker is None or speaker.id != source.id and (
                speaker.country is None or speaker.country != source.country)):
            return None, frame, speaker
        return source, frame, speaker

    def _aimed_at(self, verb: Token, source: Actor, more: list[Token]) -> Actor | None:
        """The party an act said of the future is done to: its object or one it is addressed to,
        else one of ``more``; never the sayer itself or, for a state, its own country."""
        aimed = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
            for g in c.children if g.dep_ == "pobj"] + more
        return next((a for t in aimed if (a := self._resolve(t)) is not None and a.id != source.id
                     and not _own_country(source, a)), None)

    def _refusals(self) -> None:
        """"The government said it would not cancel the reform", "said the state would not pay
        ransom": an act a party says it will not do is a refusal (REJECT 120), as a negated intent
        of the lexicon's acts is (``_stated``: "will not negotiate"), whatever the act; the lexicon
        names few of the acts refused so. Said by the party itself, or of a state by one of its
        country; not what is only undergone ("would not be intimidated"), nor a word withheld
        ("would not comment"), nor what a warning says ("warned it would not tolerate"), nor an
        act of the lexicon, already read as the refusal it states."""
        coded = {f.trigger.i for f in self.found}
        for aux in tokens_where(self.doc, DEP, self.doc.vocab.strings["aux"]):
            verb = aux.head
            if aux.lower_ not in words("future_modal") or verb.pos_ != "VERB" or verb.i in coded \
                    or not any(c.dep_ == "neg" for c in verb.children) \
                    or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
                    or any(is_a(verb, r) for r in ("reporting", "communicative", "utterance_noun", "hedge_verb")) \
                    or verb.dep_ == "ccomp" and is_a(verb.head, "threat_intent"):
                continue  # ("warned that it would not tolerate": a threat)
            acts = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")] + [
                g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(a.i in coded for a in acts):
                continue  # "would not launch attacks": the act named is coded, and read as the refusal
            source, frame, speaker = self._own_word(verb)
            if source is None or speaker is not None and speaker.id != source.id and not (
                    source.kind == "country" or source.sector in STATE_SECTORS):
                continue  # a state's refusal its officials tell; no one else answers for another party
            entry = Trigger(verb.lemma_.lower(), "VERB", "120", "target", (), "", 0.7, "word_roles.tsv:future_modal")
            self.found.append(_Found(verb, entry, source, self._aimed_at(verb, source, []), None,
                                     f"{entry.origin}:refusal+intent:{aux.lower_}+refused", "120", frame))
            coded.add(verb.i)

    def _reported_blame(self) -> None:
        """"Officials said militants were behind the bombings", "said the Taliban was responsible
        for the attack": saying that someone is behind a hostile act, or answers for it, accuses
        them (ACCUSE by the speaker, against the clause's subject). The lexicon cannot hold it: the
        word is a copula's adjective or preposition, and only the act it names makes it blame
        ("responsible for security" is none). Naming who the doers of an act were is the same
        charge ("police said the gunmen were members of Boko Haram")."""
        coded = {f.trigger.i for f in self.found}
        blame = words("blame_predicate")
        for tok in tokens_where(self.doc, LEMMA, self.doc.vocab.strings["be"]):
            if tok.i in coded:
                continue
            acts = [g for c in tok.children if c.dep_ in ("acomp", "prep") and c.lemma_.lower() in blame
                    for p in ([c] if c.dep_ == "prep" else [p for p in c.children if p.dep_ == "prep"])
                    for g in p.children if g.dep_ == "pobj"]
            subj = self.framer.subject(tok)
            # "said the attackers were members of the PKK": naming who the doers of an act were
            named = [] if subj is None or not self.sense.is_a(subj, "perpetrator") else [
                c for c in tok.children if c.dep_ == "attr"]
            if not named and not any(nearest(e.cameo).plover in HOSTILE_TYPES for g in acts for e in self._entries(g)):
                continue
            frame = self.framer.frame(tok)
            if frame.speaker is None or subj is None:
                continue
            source = self._resolve(self.doc[frame.speaker.head])
            accused = named or [subj]
            targets = [a for t in self._expand(accused) if (a := self._resolve(t) or (
                None if named else self._unnamed(t))) is not None]
            if named and not targets:
                continue
            if source is None and not targets:
                continue
            entry = Trigger(tok.lemma_.lower(), "VERB", "112", "target", (), "", 0.8, "word_roles.tsv:blame_predicate")
            for target in targets or [None]:
                self.found.append(_Found(tok, entry, source, target, None, f"{entry.origin}:reported-blame", "112",
                                         frame))
            coded.add(tok.i)

    def _owned_acts(self) -> None:
        """An act an accusation puts on someone is theirs to have done, not done to them ("blamed
        the blast on Boko Haram", "attributed the attack to the PKK", "held Hamas responsible for
        the rocket fire"), and so is an act its doer owns up to ("Boko Haram claimed responsibility
        for the attack"): the act, where its own words name no doer, takes the accused or the claimer
        as its source."""
        owners: dict[int, Actor] = {}
        for f in self.found:
            if f.cameo == "112" and f.target is not None:
                # the act is the accusation's object, or the object of a phrase on it or on what it
                # says the accused is ("responsible for the attack", "behind the bombings")
                heads = [f.trigger, *(c for c in f.trigger.children if c.dep_ in ("acomp", "oprd", "dobj"))]
                heads += [a for h in heads for a in h.children if a.dep_ == "amod" and a.i > h.i]
                for h in heads:
                    for c in h.children:
                        acts = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
                            if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS else []
                        owners.update((a.i, f.target) for a in acts)
        # "claimed responsibility for the attack"
        for tok in tokens_where(self.doc, DEP, self.doc.vocab.strings["dobj"]):
            if tok.lemma_.lower() in words("avowal_noun") \
                    and tok.head.lemma_.lower() in words("avowal_verb") \
                    and (subj := self.framer.subject(tok.head)) is not None \
                    and (claimer := self._resolve(subj) or self._unnamed(subj)) is not None:
                owners.update((g.i, claimer) for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                              for g in p.children if g.dep_ == "pobj")
        for f in self.found:
            owner = owners.get(f.trigger.i)
            if owner is None or f.source is not None or nearest(f.cameo).plover not in HOSTILE_TYPES:
                continue
            f.source = owner
            f.target = None if f.target is not None and f.target.id == owner.id else f.target
            f.rule += "+owned"

    def _reported_demands(self) -> None:
        """"The administration declared that China must drop barriers": saying that someone
        must act is a demand on them (REQUEST by the speaker, on the one who must act)."""
        coded = {f.trigger.i for f in self.found}
        deontic = words("deontic_modal")
        heads = {t.head.i: t.head for t in tokens_where(self.doc, DEP, self.doc.vocab.strings["aux"])
                 if t.lower_ in deontic}
        for _, tok in sorted(heads.items()):
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            frame = self.framer.frame(tok)
            if frame.speaker is None or frame.under is None:
                continue
            verb = self.doc[int(frame.under[1:])]
            agent = next((a for a in frame.arguments if a.role == "agent"), None)
            if verb.i in coded or agent is None:
                continue
            source = self._resolve(self.doc[frame.speaker.head])
            # "said US and British forces must ...", "said X and his party must ...": a demand on
            # each party the clause's subject coordinates
            targets = [a for _, a in _one_per_country([(t, a) for t in self._expand([self.doc[agent.head]])
                                                       for a in (self._resolve(t), *self.actors.other_sides(t))
                                                       if a is not None])]
            if source is None and not targets:
                continue
            entry = Trigger(verb.lemma_.lower(), "VERB", "020", "target", (), "", 0.8, "word_roles.tsv:deontic_modal")
            for target in targets or [None]:
                self.found.append(_Found(verb, entry, source, target, None, f"{entry.origin}:reported-demand", "020",
                                         self.framer.frame(verb)))
            coded.add(verb.i)

    # -- triggers -------------------------------------------------------------------------------
    def is_trigger(self, tok: Token) -> bool:
        """Whether a word names an act of the lexicon (or of the user's dictionaries)."""
        return bool(self._entries(tok))

    def _entries(self, tok: Token) -> list[Trigger]:
        if tok.i not in self._entry_cache:
            entries = self._lookup(tok)
            if entries and _no_one_happening(tok):
                # "has been targeted repeatedly", "attacks have increased": deeds told in sum or as a rule are no one
                # happening; words said again and again ("has repeatedly accused") still stand as said, but a
                # stance its noun holds as a rule ("the United States, which backs the SDF") is no saying
                held = _held_as_a_rule(tok)
                entries = [e for e in entries if not _deed(e.cameo) and not (held and _stance(e.cameo))]
            self._entry_cache[tok.i] = entries
        return self._entry_cache[tok.i]

    def _lookup(self, tok: Token) -> list[Trigger]:
        own = self._own_entries(tok)
        if self.dictionaries is None or tok.pos_ != "VERB":
            return own
        words = [t.text for t in tok.sent]
        cameo = self.dictionaries.verb_code(words, tok.i - tok.sent.start, tok.lemma_)
        if cameo is None:
            return own
        try:
            nearest(cameo)
        except ConfigError:
            return own
        # the dictionary's code reads its parties as the lexicon's first row for the word does, or
        # as the first that reads its object alike and names target prepositions where that row
        # names none (a row restricted to "into the sea"): not as a row of another reading ("released
        # aid to" is no reading for "released the mayor")
        base = next((e for e in own if e.preps and e.object == own[0].object), own[0]) if own else None
        return [Trigger(tok.lemma_.lower(), "VERB", cameo, base.object if base else "target",
                        base.preps if base else (), "", 1.0, "dictionary")]

    def _own_entries(self, tok: Token) -> list[Trigger]:
        pos = word_class(tok)
        if pos is None or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "DATE", "LOC", "FAC"):
            return []
        if not (_may_key(tok.lemma_.lower(), self._words) or _may_key(tok.lower_, self._words)):
            return []  # every key below holds the lemma or the form as words of its own
        if pos == "NOUN" and tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.lemma_.lower() not in words("support_noun"):
            if self._key_entries(f"{tok.lemma_.lower()} {tok.head.lemma_.lower()}", "NOUN"):
                return []  # "air" in "air strike": the head carries the compound
            return []  # "attack helicopters"
        if pos == "VERB" and tok.dep_ == "amod" and not any(c.dep_ == "nsubj" for c in tok.children):
            return []  # "self-proclaimed", "failed invasion"
        if pos == "VERB" and tok.tag_ == "VBN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and any(c.dep_ == "det" for c in tok.children):
            return []  # "two of the wounded were evacuated": a participle made a noun names people, not an act
        if pos == "ADJ" and tok.dep_ == "amod" and not any(c.dep_ == "prep" for c in tok.children):
            return []  # "critical infrastructure": an adjective before its noun classes it, takes no stance
        if is_a(tok, "reaction_verb") and any(c.dep_ == "prep" and c.lower_ == "by" and any(
                g.dep_ == "pcomp" for g in c.children) for c in tok.children):
            return []  # "retaliated by expelling diplomats": the expulsion is the act
        if tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() in words("non_event_head"):
            return []  # "the right to protest"
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "state":
            entries = self._key_entries(f"state of {tok.lemma_.lower()}", "NOUN")
            if entries:
                return entries
        lemma = tok.lemma_.lower()
        # "sit-in", "test-fired": a word the tokenizer split at its hyphen is looked up whole first
        keys = [f"{c.lemma_.lower()}-{lemma}" for c in tok.lefts if c.i + 2 == tok.i and self.doc[c.i + 1].text == "-"]
        if pos == "VERB":
            keys += [f"{lemma} {p.lower_}" for p in particles(tok)]
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            for child in tok.children:
                if obj is not None and child.pos_ == "NOUN" and child.i == obj.right_edge.i + 1 \
                        and child.dep_ in ("oprd", "advcl", "xcomp", "npadvmod"):
                    keys.append(f"{lemma} {child.lemma_.lower()}")  # "took six guards hostage": the noun
                    # that says what the object was made, however the parse hangs it
                if child.dep_ in ("dobj", "nsubjpass"):  # "imposed a curfew", "a curfew was imposed"
                    keys.append(f"{lemma} {child.lemma_.lower()}")
                if child.dep_ in ("oprd", "acomp", "ccomp") and child.pos_ == "ADJ":
                    keys.append(f"{lemma} {child.lower_}")  # "found him guilty", "held Syria responsible"
                if child.dep_ == "dobj":  # "held Hamas responsible": the parse may hang the adjective
                    # that says what the object was held to be on the object, after it
                    keys += [f"{lemma} {a.lower_}" for a in child.rights if a.dep_ == "amod" and a.pos_ == "ADJ"]
                if child.dep_ == "advmod" and child.i < tok.i:
                    keys.append(f"{child.lower_} {lemma}")  # "sexually assaulted"
                if child.dep_ in ("advcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children):
                    keys.append(f"{lemma} for")  # "pushed for the US to support": the clause is what is asked
                if child.dep_ == "xcomp" and child.i > tok.i:
                    keys.append(f"{lemma} to {child.lemma_.lower()}")  # "declined to comment": CAMEO 011
                if small_clause(child):
                    keys.append(f"{lemma} {child.lemma_.lower()}")  # "ordered the force dissolved"
        if pos == "NOUN":
            if tok.dep_ == "pobj" and tok.head.lower_ == "under":
                keys.append(f"under {lemma}")  # "came under fire": the phrase names an act the noun alone does not
            for child in tok.children:
                if child.dep_ in ("compound", "amod"):
                    keys.append(f"{child.lemma_.lower()} {lemma}")
                    if child.lower_ != child.lemma_.lower():  # "media release": the lemmatizer reads "medium"
                        keys.append(f"{child.lower_} {lemma}")
        for child in tok.children:  # "call for", "call on" (not "called him on Monday"; "to" never dates
            # an act, and its object may be a span of time: "sentenced him to seven years")
            if child.dep_ == "prep" and (child.lower_ == "to" or not any(g.ent_type_ in ("DATE", "TIME")
                                                                         for g in child.children)):
                keys.append(f"{lemma} {child.lower_}")
        keys.append(lemma)
        if tok.lower_ != lemma:
            keys.append(tok.lower_)
        for key in keys:
            entries = self._key_entries(key, pos)
            if entries and pos == "VERB" and _passive_with_object(tok):
                # "were denied access", "was refused entry": what was withheld, not a refusal said
                entries = [e for e in entries if not e.cameo.startswith("12")]
            if entries:
                return entries
        return []

    def _key_entries(self, key: str, pos: str) -> list[Trigger]:
        return self.lexicon.get((key, pos), [])

    # -- arguments ------------------------------------------------------------------------------
    def _args(self, frame: Frame, entry: Trigger):
        """The frame's arguments as parse tokens: source, objects, (preposition, object) pairs."""
        doc = self.doc
        agent = next((doc[a.head] for a in frame.arguments if a.role == "agent"), None)
        objs = [doc[a.head] for a in frame.arguments if a.role in ("patient", "theme")]
        preps = [(a.prep, doc[a.head]) for a in frame.arguments if a.prep is not None]
        modifier = next((doc[a.head] for a in frame.arguments if a.role == "modifier"), None)
        rule = frame.pattern
        if " " in entry.lemma and entry.object == "target":
            # "took two Nigerian soldiers hostage": where the parse makes the row's own noun the object,
            # the people named before it are the object, not the noun
            word = entry.lemma.rsplit(" ", 1)[1]
            objs = [next((c for c in o.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
                    if o.lemma_.lower() == word else o for o in objs]
            objs = [o for o in objs if o is not None]
        if "+on" in rule and entry.object == "target" and agent is not None:
            # "the former president is on trial": one who is on an act done to someone undergoes it
            objs, agent = [agent, *objs], None
        if modifier is not None and nearest(entry.cameo).plover in GIVING_TYPES:
            if agent is not None and not objs:
                objs.append(agent)  # "his US backing": he is backed
            agent = modifier
            rule += "+modifier"
        return agent, objs, preps, rule

    def _intended_args(self, tok: Token, frame: Frame, entry: Trigger):
        """The frame's arguments for ``entry`` (``_args``), with the intender as the agent of an
        intended act named by a noun: "the union threatened a strike", "Japan pledged $5 million in
        aid", "Japan offered Indonesia aid": the intended act is the intender's own."""
        src, objs, preps, rule = self._args(frame, entry)
        anchor = self.framer.anchor(tok) if entry.pos == "NOUN" else tok
        if (src is None or "+modifier" in rule) and entry.pos == "NOUN" and anchor.dep_ == "dobj" \
                and frame.under == f"f{anchor.head.i}" and any(_intent_cue(c) for c in frame.cues):
            intender = self.framer.subject(anchor.head)
            if src is not None and intender is not None and intender.i != src.i:
                # "the IMF offered Sudan debt relief", the parse making Sudan a modifier of the
                # noun: the party named on the act is the one it is offered to, not its agent
                preps = [*preps, ("object:modifier", src)]
                src = None
            if src is None:
                src = intender
                rule += "+intender"
        return src, objs, preps, rule

    def _code(self, tok: Token, entries: list[Trigger]) -> None:
        pos = entries[0].pos
        frame = self.framer.frame(tok)
        if frame.has(Modality.DEMANDED) or frame.has(Modality.PURPOSE) and not self._done_by_act(tok, entries):
            return  # what an act was for, or what someone demands, is not an act (the demand is)
        if pos == "NOUN" and self._weapon_disrupted(tok):
            return  # "defused a roadside bomb", "the discovery of a car bomb": the weapon was not used
        if pos == "NOUN" and self._accord_referred(tok, frame):
            return  # "violated the ceasefire", "talks on a truce": the act is another verb's
        src, objs, preps, rule = self._intended_args(tok, frame, entries[0])
        for entry in entries:
            obj_ok = self.sense.holds(entry.requires, src, objs, preps, tok)
            if obj_ok:
                break
        else:
            return
        if entry is not entries[0]:  # "Iran threatened heavy strikes": the intender acts in the row read
            src, objs, preps, rule = self._intended_args(tok, frame, entry)
        if entry.object == "theme":  # "provided photographs and other intelligence to Ukraine": what is provided is no party
            things = {c.i for o in objs for c in o.conjuncts}
            preps = [(p, t) for p, t in preps if not (p.startswith("object:") and t.i in things)]
        if "+casualty" in rule and nearest(entry.cameo).plover not in FORCE_TYPES:
            # "11 people were killed in the protests": those who died in an act that is no use of force
            # died at others' hands, and are no one the act was aimed at
            preps = [(p, t) for p, t in preps if p != "object:victim"]
            rule = rule.replace("+casualty", "")
        contact = nearest(entry.cameo).plover in CONTACT_TYPES
        source = self._resolve(src) if src is not None else None
        # "the two governments", "the two leaders": a counted noun the actor module codes only by
        # sector ("governments") is still the two parties named before
        pair = self._pair(src) if src is not None and (source is None or not source.country) else None
        described: Actor | None = None  # a source the text only describes ("gunmen")
        if pair is not None:  # "the two countries agreed": the two named before
            source = pair[0]
            rule += "+pair"
        if source is None and src is not None and contact:
            source = self._unnamed(src)  # "gunmen killed ...": an unnamed group still acts
            described = source
        if source is None and src is not None:
            source = self._leader(src)  # "strikes by the Saudi-led coalition": the leader's
            rule += "+leader" if source is not None else ""
        targets: list[Token] = []
        fragment = self._fragment_target(tok) if pos == "VERB" else None
        if fragment is not None:
            objs, rule = [], rule + "+fragment"
        # "Japan and South Korea met": each is the other's partner; "Jordan and Britain agreed to
        # hold exercises" names what they do together (a complement): both act, neither is a target
        clause = tok if pos == "VERB" else tok.head  # a noun's light verb ("held talks")
        joint = any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or clause.dep_ == "xcomp"
        if src is not None and not joint and not any(self._resolve_quiet(o) for o in objs) \
                and not any(p in entry.preps for p, _ in preps) and (
                _symmetric(entry.cameo, entry)):
            partners = [c for c in src.conjuncts if c.i > src.i]
            if partners:
                objs = [partners[0]]  # "Japan and South Korea met": the second is the partner
                rule += "+coordinated-partner"
        if entry.object == "target" or "+coordinated-partner" in rule:
            targets = [o for o in objs]
        for p, pobj in preps:
            if p in entry.preps or p.startswith("object:"):
                targets.append(pobj)
        if "+phrase" in rule and any(p in entry.preps and (self._resolve_quiet(t) or self._modifier_actor(t))
                                     for p, t in preps):
            # "complained to the UN over Israeli air raids": a party by the row's own preposition
            # is the target; the phrase search only stands in when there is none
            found = self.framer.phrase_participant(tok, src) if pos == "VERB" else None
            own = {t.i for p, t in preps if p in entry.preps} | {o.i for o in objs}
            targets = [t for t in targets if found is None or t.i != found[1].i or t.i in own]
        if not targets and entry.object != "target":
            # "recalled its ambassador from Spain": the parse hangs the verb's own preposition on the thing moved
            targets = [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in entry.preps
                       for g in c.children if g.dep_ == "pobj"]
            rule += "+object-prep" if targets else ""
        doer = self._doer(objs + [p for r, p in preps if r == "object:recipient"], src)
        if doer is not None:  # the act's own agent, not the ones it was done to
            act, agent = doer
            targets = [agent] + [t for t in targets if not act.left_edge.i <= t.i <= act.right_edge.i]
            rule += "+doer"
        if pos == "NOUN" and not any(self._resolve_quiet(t) is not None for t in targets):
            # "lodged a complaint with Turkey", "an appeal to Russia": a party the noun is addressed to,
            # by a preposition its lexicon row does not list, where the row's own phrases name no
            # party ("a complaint with Turkey about the airspace violations")
            addressee = [pobj for p, pobj in preps if p in ADDRESS_PREPS and self._resolve_quiet(pobj) is not None][:1]
            if addressee:
                targets, rule = addressee, rule + "+addressee"
        if not targets and contact:
            aim = self._aim(tok, nearest(entry.cameo).plover, src)
            if aim is not None:
                targets, rule = [aim], rule + "+aim"
        between = next((pobj for p, pobj in preps if p in ("between", "object:between")), None)
        partners = [c for c in between.conjuncts if c.i > between.i] if between is not None else []
        first = self._resolve(between) or (self._unnamed(between) if contact else None) if partners else None
        sides_between: list[Actor] = []
        if source is None and first is not None:  # "clashes between police and protesters": one on each side
            source = first
            targets = [partners[0]] + [t for t in targets if t.i not in (between.i, partners[0].i)]
            rule += "+between"
        elif source is None and between is not None and not partners and (
                sides_between := self.actors.other_sides(between)):
            # "talks between Israeli and Palestinian officials": one side per nationality, as two named are
            source = self._resolve(between)
            targets = [t for t in targets if t.i != between.i]
            rule += "+between"
        elif source is None and contact and between is not None and not partners and between.tag_ == "NNS":
            # "fighting between rival armed groups", "clashes between gangs": both sides are of the one
            # plural group, which acts (as "rival groups clashed" does)
            source = self._resolve(between) or self._unnamed(between)
            if source is not None:
                targets = [t for t in targets if t.i != between.i]  # not a target of its own act
                rule += "+between-group"
        if source is None and src is None and frame.voice == "passive" and frame.speaker is not None \
                and entry.cameo.startswith("173"):
            # "the police said 52 people had been arrested": an arrest with no agent, told by the
            # authority that holds people, was made by it
            speaker = self._resolve(self.doc[frame.speaker.head])
            if speaker is not None and speaker.sector in CUSTODIANS:
                source, rule = speaker, rule + "+custodian-speaker"
        if entry.object == "theme" and source is None and objs:
            source = self._resolve(objs[0])  # "the deployment of 200 marines": they mobilize
            rule += "+theme-as-source"
        act = entry.cameo
        if nearest(act).plover == "ASSAULT" and src is not None and self.sense.is_a(src, "protester"):
            # "protesters stormed parliament", "demonstrators attacked the embassy": force protesters
            # use is their violent protest, a riot (145), as "protesters threw stones" is (a crowd of
            # no protest that attacks is a mob, still an assault)
            act, rule = RIOT, rule + "+riot"
        cameo, intent = _stated(act, self._own_possibility(frame, src, source), self._disowned(frame, src),
                                _on_terms(tok))
        if intent is None and _withheld_assent(cameo, frame, tok):
            # "did not accept the offer", "cannot agree to the plan": an assent its party withholds
            # is its refusal, made and so asserted
            cameo, rule = _refusal_code(cameo), rule + "+refused"
        if intent is not None:
            rule += _intent_rule(cameo, intent, frame, act)
            if source is None and src is None and frame.speaker is not None:
                # "said the killers would not escape punishment": an act foretold with no agent of
                # its own is the speaker's threat or promise
                source = self._resolve(self.doc[frame.speaker.head])
                rule += "+speaker" if source is not None else ""
            head = int(frame.under[1:]) if frame.under else None
            if head is None and pos == "VERB" and tok.dep_ == "ccomp" and source is not None and \
                    tok.head.lemma_.lower() in words("commissive") | words("threat_intent") and \
                    not any(c.dep_ in ("dobj", "dative") for c in tok.head.children):
                # "promised it would arrest the killers": one promise, told by its act, which names who
                # is to do it ("vowed that the attackers would be punished" is told by the vow, and
                # "promised Ukraine it would withdraw" by the promise, which names to whom)
                head = tok.head.i
            if head is not None and (self.doc[head].lemma_.lower(), "VERB") in self.lexicon:
                self.consumed.add(head)  # "agreed to withdraw" is one event, not two
        location = event_place.locate(self, tok, self._location(tok, objs + [p for _, p in preps] if contact else [],
                                                                ([src] if src is not None else []) + objs, contact))
        targets = [self._named_group(t) if contact else self._counterpart_noun(t) for t in self._expand(targets)]
        force = nearest(cameo).plover in ("ASSAULT", "COERCE")
        placed_in = self._place_country(tok, location) if nearest(cameo).plover in PLACED_TYPES else None
        if source is not None and source is described:
            # "armed men went from house to house shooting residents" of a Haitian town: those
            # the text only describes are of the country the act was done in, as its patients are
            source = self._placed(source, placed_in)
        resolved = [(t, (self._occupants(t, placed_in) if force else None) or self._resolve(t)
                     or (self._placed(self._unnamed(t), placed_in) if contact else None)
                     or self._counterpart(t, source) or self._modifier_actor(t)) for t in targets]
        owners = {t.i for t, a in resolved if t is not None and a is not None}
        # "struck Kyiv's power plants": a thing no party of its own, taken as its owner's, is the
        # owner named beside it, one target (the owner as force falls on it: a town's people)
        resolved = [(t, a) for t, a in resolved if t is None or not any(
            c.dep_ == "poss" and c.i in owners for c in t.children)]
        for t, a in list(resolved):
            parties = self._pair(t, source) if a is None and t is not None else None
            resolved += [(t, p) for p in parties or ()]  # "called on both sides": on each of them
        resolved = [(t, a) for t, a in resolved if a is not None]
        if force and all(source is not None and a.id == source.id for _, a in resolved):
            # "blew himself up inside a mosque", "a bomb exploded in a school": force used where people
            # of a sector gather, with no other party named as its object, falls on them (``_occupants``)
            resolved += [(t, a) for p, t in preps if p in ("in", "inside", "at")
                         and (a := self._occupants(t, placed_in)) is not None and a.basis != TOWNSFOLK][:1]
        if not resolved and contact:
            # "massed troops on its border with Jordan", "along the Iraqi border": forces moved to a
            # frontier, or force used at it, face whoever is across it
            # (also where the parse hangs the phrase on the forces moved: "massed troops on the border")
            places = [t for _, t in preps] + [g for o in objs for c in o.children if c.dep_ == "prep"
                                              for g in c.children if g.dep_ == "pobj"]
            resolved = [(t, a) for t in places if self.sense.is_a(t, "border")
                        and (a := self._across(t, source)) is not None][:1]
        placed = {t.i for p, t in preps if p.startswith("object:") and p[len("object:"):] in LOCATIVE_PREPS}
        placed = {t.i for t, a in resolved if t is not None and t.i in placed and a.kind == "country"}
        if "+phrase" in rule and any(t is None or t.i not in placed for t, _ in resolved):
            # "a co-founder of the cartel was arrested in the United States": the country an act was in
            # stands in for a party only where no word of the act names one (a body at whose seat it
            # was, "protested outside the foreign ministry", is one)
            resolved = [(t, a) for t, a in resolved if t is None or t.i not in placed]
        if not resolved and pos == "VERB" and nearest(cameo).plover == "THREATEN":
            aimed = self._threatened(tok)
            if aimed is not None:  # "vowed to hunt down those responsible": whom the threatened act is done to
                resolved, rule = [(None, aimed)], rule + "+threatened"
        if not resolved and pos == "VERB" and is_a(tok, "reaction_verb"):
            provoker = self._provoker(tok, source)
            if provoker is not None:  # "Russia would respond", "vowed to avenge its fighters"
                resolved, rule = [(None, provoker)], rule + "+provoker"
        if not resolved and (entry.cameo in POPULACE_CODES or any(self._populace_measure(o) for o in objs)):
            # ... and so does one lifted, eased or extended ("lifted martial law in Tibet")
            populace = self._populace(tok, placed_in or (source.country if source is not None else None))
            resolved = [(None, populace)] if populace is not None else []
        resolved += [(t, a) for t, _ in resolved if t is not None for a in self.actors.other_sides(t)]
        resolved += [(None, a) for a in sides_between]
        resolved = _one_per_coding(_one_per_country(resolved))
        if fragment is not None:
            resolved = [(None, fragment)]
        symmetric = _symmetric(cameo, entry)
        if pair is not None and symmetric:
            resolved = [(None, pair[1])]  # "the two sides agreed": one with the other
        if not resolved and nearest(cameo).plover == "REJECT":
            accuser = self._accuser(tok, objs, source)
            if accuser is not None:
                resolved, rule = [(None, accuser)], rule + "+accuser"
        if not resolved and entry.object == "target" and not contact:
            maker = self._maker(objs, source)
            if maker is not None:  # "rejected the peace proposal put forward by the government"
                resolved, rule = [(None, maker)], rule + "+maker"
        if not resolved and entry.object == "target" and doer is None:
            prior = self._prior_doer(objs, source)
            # "condemned the attack": done to whoever did the attack told before (a claim rejected is
            # answered to its maker, by ``_accuser`` first, which weighs whom the claim was against)
            if prior is not None:
                resolved, rule = [(None, prior)], rule + "+prior-doer"
        if not resolved:
            resolved = [(None, None)]
        if source is None and contact and location is not None and location.country:
            source = self._planted(tok, location.country)
            rule += "+planted" if source is not None else ""
        sources = [source]
        if pair is not None and not symmetric:
            sources.append(pair[1])  # "the two countries condemned the attack": each did
            if any(o.lower_ == "other" for o in objs):  # "accused each other": each the other
                resolved = [(None, pair[1]), (None, pair[0])]  # (each to itself is skipped below)
        if src is not None and source is not None and "+coordinated-partner" not in rule and "+between" not in rule:
            # "France and the United States condemned ...": each named side acts; "Hifter and his
            # army attacked" is one side
            sources += [a for c in self._expand([src])[1:] if not any(
                g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) and (a := self._resolve(c)) is not None]
        sides = self.actors.other_sides(src) if src is not None and source is not None else []
        sources += sides  # "Thai and Cambodian soldiers clashed": each side acts
        if sides and symmetric and all(t is None for _, t in resolved):
            # ... and, in an act done with one another, acts on the other sides ("Pakistani and
            # Afghan forces exchanged fire": each fired at the other, as CAMEO codes a clash both ways)
            resolved = [(None, a) for a in (source, *sides)]
        location = event_place.at_home(self, tok, location, sources[0], [t for _, t in resolved])
        for source in sources:
            others = [t for _, t in resolved if t is None or source is None or contact or not _own_country(source, t)]
            # no party acts on itself: "the army put its forces on alert" has no target, yet is an act
            others = [t for t in others if t is None or source is None or t.id != source.id]
            for target in others or [None]:
                self.found.append(_Found(tok, entry, source, target, location, f"{entry.origin}:{rule}", cameo,
                                         frame))
        if ("+coordinated-partner" in rule or "+between" in rule or pair is not None and symmetric) \
                and sources[0] is not None:
            # "Japan and South Korea met", "clashes between police and protesters", "the two sides
            # agreed": each met or fought the other, as CAMEO codes a meeting both ways
            for _, partner in resolved:
                if partner is not None and partner.id != sources[0].id:
                    self.found.append(_Found(tok, entry, partner, sources[0], location,
                                             f"{entry.origin}:{rule}+reciprocal", cameo, frame))

    def _accord_referred(self, tok: Token, frame: Frame) -> bool:
        """Whether a noun of agreement ("ceasefire", "truce") names an accord another act is about,
        not its declaring: an accord is declared where a light verb states it ("declared a truce"),
        an occurrence verb says it began ("a ceasefire took effect") or it heads its clause (a
        headline's "Ceasefire in Gaza"); one brokered, violated, extended, agreed to or talked
        about is the act of the verb that names it, which codes that act."""
        if not self.sense.is_a(tok, "accord"):
            return False
        anchor = self.framer.anchor(tok)
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head
        declared = frame.light is not None or anchor.dep_ == "ROOT" or (
            anchor.dep_ == "nsubj" and occurrence(anchor.head))
        return not declared

    def _weapon_disrupted(self, tok: Token) -> bool:
        """Whether a weapon noun names a weapon found, defused, seized or intercepted, not one used:
        the object of a disrupting verb ("engineers defused a roadside bomb", "a car bomb was
        found"), a past participle of one that describes it ("a car bomb discovered near the
        base"), or the "of" phrase of a disrupting noun ("the discovery of a car bomb")."""
        if not self.sense.is_a(tok, "weapon"):
            return False
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "seized rifles and a car bomb"
        if head.dep_ in ("dobj", "nsubjpass") and phrasal_lemma(head.head) in words("disrupt_verb"):
            return True
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and phrasal_lemma(c) in words("disrupt_verb") for c in head.children):
            return True
        return head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in words("disrupt_noun")

    def _accuser(self, tok: Token, objs: list[Token], source: Actor | None) -> Actor | None:
        """Who made the claim a rejection answers when it names no one ("Kabul rejected the
        accusation", "a charge Kabul denies"): the source of the last accusation told before it
        whose target is of the rejecting side's country (or, with no side known, the last one), told
        in its sentence or the two before it, unless its maker is the rejecting side itself (a
        country's two sides answer each other: "the army accused the RSF ...; the RSF denied the
        charge"); none where that accusation names no one who made it ("was accused by rights
        groups ..., a charge Kinshasa denies")."""
        if not any(o.lemma_.lower() in words("claim_noun") and not any(c.dep_ == "poss" for c in o.children)
                   for o in objs):
            return None
        starts = [s.start for s in self.doc.sents if s.start <= tok.i][-3:]
        for f in reversed(self.found):
            if starts[0] <= f.trigger.i < tok.i and nearest(f.cameo).plover == "ACCUSE" and (
                    source is None or f.target is not None and f.target.country == source.country):
                return f.source if f.source is None or source is None or not _same_side(f.source, source) else None
        return None

    def _disowned(self, frame: Frame, src: Token | None) -> bool:
        """Whether an act's agent says it holds no intent to do it: the intent word is negated ("Israel
        has no plans to withdraw", "does not intend to"), not the act ("pledged not to withdraw"), and
        someone holds it ("there was no plan to evacuate" is no one's refusal)."""
        if src is None or frame.under is None or not frame.cues or "negated" not in frame.cues:
            return False
        holder = self.doc[int(frame.under[1:])]
        return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in holder.children)

    def _own_possibility(self, frame: Frame, src: Token | None, source: Actor | None) -> Frame:
        """"The military said it may impose martial law", "the president hinted that Moscow could use
        force": an act a speaker says its own side may do is a stated intent (a threat, an offer), as
        "will" states one; the frame with that intent among its cues, or the frame as it is."""
        if frame.speaker is None or src is None or any(c.startswith(("intended:", "future:")) for c in frame.cues):
            return frame
        modals = words("hedge_modal") | words("hypothetical_modal")
        modal = next((word for c in frame.cues if c.startswith(("hedged:", "hypothetical:"))
                      and (word := c.partition(":")[2]) in modals), None)
        if modal is None:
            return frame
        speaker = self._resolve(self.doc[frame.speaker.head])
        own = src.pos_ == "PRON" and src.lower_ in ("it", "they", "we") or (
            source is not None and speaker is not None and source.country is not None
            and source.country == speaker.country)
        return replace(frame, cues=frame.cues + (f"future:{modal}",)) if own else frame

    def _done_by_act(self, tok: Token, entries: list[Trigger]) -> bool:
        """"Gathered outside the hospital to protest the air strikes", "staged a hunger strike to
        protest it": a protest is made by doing the act it is the purpose of, once that act is done;
        so is a meeting by travelling to it ("flew to Cairo to meet Mubarak": a visit)."""
        if tok.dep_ != "advcl":
            return False
        types = {nearest(e.cameo).plover for e in entries}
        if "PROTEST" not in types and not ("CONSULT" in types and is_a(tok.head, "travel_verb")):
            return False
        act = self.framer.frame(tok.head)
        return act.pos == "VERB" and act.polarity and act.modality in (Modality.ASSERTED, Modality.REPORTED)

    def _doer(self, objs: list[Token], src: Token | None) -> tuple[Token, Token] | None:
        """"Condemned Uganda's arrest of two journalists", "criticised the arrest of activists by
        police", "praised the Turkish strikes": an act done to another act is done to whoever did
        that one. Returns the act and its agent, when the agent is a party the text names."""
        own = self._resolve(src) if src is not None else None
        for o in objs:
            if not self._entries(o):
                continue
            agent = next((self.doc[a.head] for a in self.framer.frame(o).arguments if a.role == "agent"), None)
            actor = self._resolve(agent) if agent is not None else None
            # "the nurses called off their strike": an act of the agent's own is no other party's
            if actor is not None and (src is None or agent.i != src.i) and (own is None or actor.id != own.id):
                return o, agent
        return None

    def _maker(self, objs: list[Token], own: Actor | None) -> Actor | None:
        """"Rejected the peace proposal put forward by the government", "dismissed a report by UN
        experts": a stance taken on a thing (no act, which ``_doer`` reads) is taken towards whoever
        the thing's own "by" phrase, or a participle's, says made it, when another party than the
        one taking it."""
        for o in objs:
            bys = [c for c in o.children if c.dep_ == "prep" and c.lower_ == "by"] + [
                a for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"]
            for by in bys:
                maker = next((a for g in by.children if g.dep_ == "pobj" and (a := self._resolve(g)) is not None), None)
                if maker is not None and (own is None or maker.id != own.id):
                    return maker
        return None

    def _prior_doer(self, objs: list[Token], own: Actor | None) -> Actor | None:
        """"The RSF denied the charge", "condemned the attack", "rejected the accusation": a definite
        act with no agent of its own names again an act told before in the document; what is done
        to it is done to whoever did that one. The doer of the latest asserted act before it of its
        kind (by its word first, then by its type), when another party than the one acting now."""
        for o in objs:
            entries = self._entries(o)
            if not entries or entries[0].pos != "NOUN" or not _definite(o) or any(
                    a.role == "agent" for a in self.framer.frame(o).arguments):
                continue
            kind = nearest(entries[0].cameo).plover
            told = [g for g in self.found if g.trigger.i < o.i and g.source is not None
                    and (own is None or g.source.id != own.id) and g.frame.polarity
                    and g.frame.modality in (Modality.ASSERTED, Modality.REPORTED)]
            for same in (lambda g: g.trigger.lemma_ == o.lemma_, lambda g: nearest(g.cameo).plover == kind):
                found = next((g.source for g in reversed(told) if same(g)), None)
                if found is not None:
                    return found
        return None

    def _provoker(self, tok: Token, own: Actor | None) -> Actor | None:
        """Whom a retaliation that names no one answers ("Russia would respond", "Kataib Hezbollah
        vowed to avenge its fighters"): the doer of the latest hostile act (``PROVOKING_TYPES``)
        told before, in its sentence or the three before it, on the retaliating side's country by
        another side."""
        if own is None or own.country is None:
            return None
        starts = [s.start for s in self.doc.sents if s.start <= tok.i][-4:]
        return next((f.source for f in reversed(self.found) if starts[0] <= f.trigger.i < tok.i
                     and f.source is not None and f.target is not None and f.target.country == own.country
                     and nearest(f.cameo).plover in PROVOKING_TYPES and not _same_side(f.source, own)
                     and f.source.country != own.country), None)

    def _threatened(self, tok: Token) -> Actor | None:
        """Whom a threat names no one for is aimed at: the one its clause says will suffer the act
        ("vowed to crush the rebels", "warned that those responsible would be punished"), unless
        that one is the threatener's own ("vowed to avenge its fighters"); else the one the hostile
        act it is joined to is aimed at ("accused Saudi Arabia of a massacre and vowed to retaliate",
        "condemned the attack and vowed to hunt down ...")."""
        for c in tok.children:
            if c.dep_ not in ("xcomp", "ccomp"):
                continue
            patient = next((self.doc[a.head] for a in self.framer.frame(c).arguments if a.role == "patient"), None)
            if patient is None or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in patient.children):
                continue
            aimed = self._resolve(patient)
            if aimed is not None:
                return aimed
        verb = tok.head if tok.dep_ == "xcomp" else tok  # "vowed to retaliate" is coded on "retaliate"
        if verb.dep_ == "conj":
            return next((f.target for f in self.found if f.trigger.i == verb.head.i and f.target is not None
                         and nearest(f.cameo).plover in HOSTILE_TYPES), None)
        return None

    def _aim(self, tok: Token, plover: str, src: Token | None) -> Token | None:
        """Whom an act that names no one is aimed at, by what it was done for: force used for an
        act of force on someone ("fired tear gas to disperse the crowd", "opened fire to scatter the
        marchers"), a protest made to press a claim on someone ("blocked roads to press their
        demands on the government", "marched to demand the minister's resignation")."""
        for c in tok.children:
            if c.dep_ != "advcl" or not self.framer.frame(c).has(Modality.PURPOSE):
                continue
            frame = self.framer.frame(c)
            if plover == "PROTEST":
                found = self.framer.phrase_participant(c, src)
                return found[1] if found is not None else None
            if any(nearest(e.cameo).plover in ("ASSAULT", "COERCE") for e in self._entries(c)):
                return next((self.doc[a.head] for a in frame.arguments if a.role == "patient"), None)
        return None

    def _takes_object(self, tok: Token) -> bool:
        entries = self._entries(tok)
        return bool(entries) and entries[0].object == "target"

    def _moves_object(self, tok: Token) -> bool:
        entries = self._entries(tok)
        return bool(entries) and entries[0].object == "theme"

    def _fragment_target(self, tok: Token) -> Actor | None:
        """"Released at the behest of the US, ...": a headless passive about the topic person."""
        if tok.tag_ == "VBN" and tok.i == tok.sent.start and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return self.actors.salient_person(tok)
        return None

    def _expand(self, tokens: list[Token]) -> list[Token]:
        out: list[Token] = []
        for t in tokens:
            out.append(t)
            speakers = _speakers_in_chain(t)
            out.extend(c for c in t.conjuncts if c.i > t.i and c.pos_ in ("NOUN", "PROPN", "PRON") and c not in speakers)
            stranded = self._stranded_conjunct(t)
            if stranded is not None:
                out.append(stranded)
        seen, uniq = set(), []
        for t in out:
            if t.i not in seen:
                seen.add(t.i)
                uniq.append(t)
        return uniq

    def _stranded_conjunct(self, tok: Token) -> Token | None:
        """The last member of a list that an aside cut off from it ("to Iran, Libya, Sudan, and
        with strings attached, Cuba"; "on Iran, Syria and, reluctantly, Russia"): after the
        list's last member, a coordinator that joins nothing, then, before any finite verb, a
        country or people the parse hung elsewhere."""
        chain = sorted([tok, *tok.conjuncts], key=lambda t: t.i)
        if len(chain) < 2 or self.actors.label_at(tok) not in ("GPE", "NORP"):
            return None
        doc, k = self.doc, chain[-1].i + 1
        while k < len(doc) and doc[k].is_punct and doc[k].text != ".":
            k += 1
        if k >= len(doc) or doc[k].dep_ != "cc" or any(c.dep_ == "conj" and c.i > k for c in doc[k].head.children):
            return None
        for t in doc[k + 1:tok.sent.end]:
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return None
            if self.actors.label_at(t) == self.actors.label_at(tok) and t.dep_ not in ("conj", "compound", "amod"):
                return t
        return None

    def _circumstances(self, f: _Found, plover: str, fatalities: int | None) -> Circumstances:
        """What ACLED's typing reads besides the sides: the means named in the trigger's clause
        or the clause it hangs from ("threw a grenade into a bar, wounding 7"), the kinds of the
        sides and arguments, and whether the clause kills."""
        tok = f.trigger
        tied = tok.dep_ in ("advcl", "conj", "xcomp", "acl") and tok.head.pos_ in ("VERB", "NOUN")
        clauses = [tok, tok.head] if tied else [tok]
        spans = [(t.i, t.i + 1) for t in clauses]
        spans += [(c.left_edge.i, c.right_edge.i + 1) for t in clauses for c in t.children if c.dep_ not in CLAUSE_DEPS]
        means = first_means([m for start, end in spans for m in self._means_in(start, end)])
        argument_classes: frozenset[str] = frozenset()
        if plover in ACCORD_TYPES + (BASE_TYPE,):
            frames = [f.frame] + ([self.framer.frame(tok.head)] if tied else [])
            heads = [self.doc[a.head] for fr in frames for a in fr.arguments]
            kinds = ("base",) if plover == BASE_TYPE else ("accord", "place")
            argument_classes = frozenset(c for c in kinds if any(self.sense.is_a(h, c) for h in heads))
        elif f.cameo == "192":  # what is taken: "seized the town", "took control of Kidal" (not "seized power")
            taken = [self.doc[a.head] for a in f.frame.arguments if a.role in ("patient", "theme")
                     or (a.prep or "").removeprefix("object:") in ("of", "over")]
            taken += [g for t in taken for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
                      for g in c.children if g.dep_ == "pobj"]  # "took control of Kidal"
            at = f.location  # the town the event located, whatever the recogniser called it; or a
            # name the gazetteer knows (no one takes control of a person)
            argument_classes = frozenset({"place"}) if any(
                self.sense.is_a(h, "place") or at is not None and at.char_start <= h.idx < at.char_end
                or h.pos_ == "PROPN" and h.ent_type_ != "ORG" and self.actors.gaz.candidates(h.text)
                for h in taken) else frozenset()
        disrupted = phrasal_lemma(tok) in words("disrupt_verb") and any(
            self.sense.is_a(self.doc[a.head], "weapon") for a in f.frame.arguments if a.role in ("patient", "theme"))
        fatal = words("fatal")
        near = [c for c in tok.children if c.dep_ in ("advcl", "conj")] + ([tok.head] if tied else [])
        lethal = bool(fatalities) or any(t.lemma_.lower() in fatal for t in [tok, *near])
        return Circumstances(means=means, source_classes=self._side_classes(f.source),
                             target_classes=self._side_classes(f.target), argument_classes=argument_classes,
                             disrupted=disrupted, lethal=lethal)

    def _means_in(self, start: int, end: int) -> list[tuple[str, str]]:
        """The means of acled_means.tsv named in the tokens ``start:end``, two-word names first."""
        means = acled_means()
        lemmas = [t.lemma_.lower() for t in self.doc[start:end]]
        found, i = [], 0
        while i < len(lemmas):
            pair = " ".join(lemmas[i:i + 2])
            if pair in means:
                found.append(means[pair])
                i += 2
                continue
            if lemmas[i] in means:
                found.append(means[lemmas[i]])
            i += 1
        return found

    def _side_classes(self, actor: Actor | None) -> frozenset[str]:
        """"40 demonstrators", "a mob", "unidentified armed men", "people who were protesting"."""
        if actor is None or actor.start < 0:
            return frozenset()
        span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            return frozenset()
        head = self.sense._head_noun(span.root)
        classes = {c for c in ("protester", "crowd") if self.sense.is_a(head, c)}
        if any(t.lower_ == "armed" for t in span):
            classes.add("armed")
        if any(c.dep_ in ("relcl", "acl") and any(nearest(e.cameo).plover == "PROTEST" for e in self._entries(c))
               for c in head.children):
            classes.add("protester")
        return frozenset(classes)

    def _fatalities(self, f: _Found) -> int | None:
        """Deaths the text gives for a killing: "killing 6 civilians", "at least 12 people were
        killed", "the massacre of 40 villagers"."""
        if f.frame.lemma not in words("fatal") or not f.frame.polarity:
            return None
        for arg in f.frame.arguments:
            if arg.role not in ("patient", "theme"):
                continue
            head = self.doc[arg.head]
            n = _number(head)
            if n is None:
                n = next((_number(c) for c in head.children if c.dep_ == "nummod" and _number(c) is not None), None)
            if n is not None:
                return n
        return None

    def _actorless(self, f: _Found) -> bool:
        """"A bomb exploded in Kabul", "the shelling of the market", "the proposal was rejected",
        "the agreement was signed in Doha": an act of any type with no actor the text names is
        still an event when its word is a strong one and its frame says where or what it acted on,
        or that parties did it that the text does not name ("the two sides agreed to a ceasefire",
        "the group agreed to a truce": sides or a body the story never named, as a lone sentence
        tells them)."""
        if f.entry.weight < 0.7 or f.entry.origin.startswith("dictionary"):
            return False
        return f.location is not None or any(
            a.role in ("patient", "theme", "locative") or a.role == "agent" and self._generic_party(a.head)
            for a in f.frame.arguments)

    def _generic_party(self, i: int) -> bool:
        """Whether a word heads parties told only by what they are ("the two sides", "both
        countries", "the group"): the nouns of word_roles.tsv's pair, side and body rows."""
        return self.doc[i].lemma_.lower() in GENERIC_PARTY

    def _echo(self, f: _Found) -> bool:
        """"Condemned the strike": a definite event noun with no actor or place of its own, kept
        only to be a mention of the act told before it (``merge_reports`` drops it where none was)."""
        return f.entry.pos == "NOUN" and f.entry.weight >= 0.7 and _definite(f.trigger)

    def _unnamed(self, tok: Token) -> Actor | None:
        """An unnamed person or group the actor coder does not know ("a Turkish truck driver",
        "48 fighters", "hundreds of civilians", "200,000 marched"), as a document-local actor with the sector its
        noun implies (noun_classes.tsv) and the country of a demonym before it; or the side that
        wields a weapon named as acting (``_wielder``)."""
        head = self.sense._head_noun(tok)
        if head.pos_ == "PROPN" and (head.i in self.places or self._place_named(head) is not None):
            return None  # "bombed Indaw": a town the gazetteer placed (``_resolve``), no one unnamed
        wielder = self._wielder(tok, head)
        if wielder is not None:
            return wielder
        if head.pos_ not in ("NOUN", "PROPN", "NUM") or not (self.sense.is_a(head, "person") or self.sense.is_a(head, "military")
                                                     or self._sector_of(head)):
            if not (tok.i != head.i and tok.pos_ in ("NUM", "NOUN", "PRON")):
                return None
        # "civilian advisers", "rebel commanders": people take a modifier's sector when their noun has none
        sector = self._sector_of(head) or next(
            (s for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i and (s := self._sector_of(c))), None)
        country = None
        for c in head.children:
            if c.dep_ in ("amod", "compound") and c.i < head.i:
                country = self.actors.gaz.country_of(c.text) or country
        plural = head.tag_ in ("NNS", "NNPS") or tok.pos_ == "NUM" or tok.i != head.i
        return self._described(tok, head, "group" if plural else "person", country, sector)

    def _wielder(self, tok: Token, head: Token) -> Actor | None:
        """"Its aircraft", "Hezbollah drones", "Russian missiles", "a Chinese coast guard ship": a
        weapon or a force's craft acts for the side that owns it, and a state's (an owner or a
        nationality with no sector of its own) is its military's. None for no such thing, or one
        nothing says is anyone's ("drones attacked")."""
        if head.pos_ not in ("NOUN", "PROPN") or self.sense.is_a(head, "person") or not (
                self.sense.is_a(head, "weapon") or self.sense.is_a(head, "military")):
            return None
        modifiers = [c for c in head.children if c.i < head.i and c.dep_ in ("poss", "compound", "amod")]
        owner = next((a for c in modifiers if c.dep_ != "amod" and (a := self._resolve(c)) is not None), None)
        country = owner.country if owner is not None else next(
            (iso for c in modifiers if (iso := self.actors.gaz.country_of(c.text))), None)
        if owner is None and country is None:
            return None
        sector = owner.sector if owner is not None and owner.sector else "MIL"
        return self._described(tok, head, "group", country, sector)

    def _place_country(self, tok: Token, location: Place | None) -> str | None:
        """The country of an act's place when its own sentence names that place (not a dateline's
        or an earlier sentence's place, which may be only where it was reported), and the text
        names that country's people, places or bodies too: a name the gazetteer read as a namesake
        abroad ("the prison system" of Ecuador's Litoral penitentiary, read as Equatorial Guinea's
        Litoral province) is no evidence of a country."""
        sent = tok.sent
        if location is None or not location.country or not sent.start_char <= location.char_start < sent.end_char:
            return None
        if self._told_countries is None:
            self._told_countries = {m.country for m in self.actors.mentions if m.country}
        return location.country if location.country in self._told_countries else None

    def _populace_measure(self, tok: Token) -> bool:
        """Whether a noun names a curfew or emergency rule (``POPULACE_CODES``): "the curfew", "martial
        law", "the state of emergency"."""
        nouns = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        keys = [(n.lemma_.lower(), n) for n in nouns] + [
            (f"{c.lower_} {n.lemma_.lower()}", n) for n in nouns for c in n.lefts if c.dep_ in ("amod", "compound")] + [
            (f"{tok.lemma_.lower()} of {n.lemma_.lower()}", n) for n in nouns[1:]]
        return any(e.cameo in POPULACE_CODES for key, _ in keys for e in self._key_entries(key, "NOUN"))

    def _populace(self, tok: Token, country: str | None) -> Actor | None:
        """The civilians of ``country`` as those a curfew or emergency rule (``POPULACE_CODES``),
        told by ``tok``, is imposed on."""
        if country is None:
            return None
        start, end = tok.idx, tok.idx + len(tok.text)
        text = self.text[start:end]
        return Actor(text, text, self._unnamed_id(f"{country} {text}"), "group", country, "CVL", start, end, POPULACE)

    @staticmethod
    def _placed(actor: Actor | None, country: str | None) -> Actor | None:
        """"Fired tear gas at crowds in Mombasa": people the text only describes, of no nationality
        it gives, are of the country the act on them was done in."""
        if actor is None or actor.country is not None or country is None:
            return actor
        return replace(actor, country=country, basis=PLACED)

    def _land(self, location: Place) -> Actor:
        """The country of an act's place as a party (``PLACED_TYPES``), one actor with every other
        mention of that country (so that no country is the recipient of its own act)."""
        return self._country_party(location.country, location.text, location.text, location.char_start,
                                   location.char_end, PLACED)

    def _country_party(self, country: str, unknown: str, text: str, start: int, end: int, basis: str = "") -> Actor:
        """A country as a party, one actor with every other mention of it: named as the gazetteer
        names it (``unknown`` where it names no such country)."""
        known = self.actors.gaz.country(country)
        cluster = Cluster(known.name if known else unknown, "country", country)
        return Actor(text, cluster.name, cluster.id, "country", country, None, start, end, basis)

    def _described(self, tok: Token, head: Token, kind: str, country: str | None, sector: str | None) -> Actor:
        """A document-local actor for the words of ``tok``'s phrase up to its head noun."""
        left = min(t.i for t in tok.subtree if t.i <= head.i)
        start, end = self.doc[left].idx, head.idx + len(head.text)
        text = self.text[start:end]
        return Actor(text, text, self._unnamed_id(text), kind, country, sector, start, end)

    def _named_group(self, tok: Token) -> Token:
        """"Kidnapped 12 Chinese civilian engineers": a nationality the phrase search found before
        a noun of people stands for the people its phrase names, when the actor coder knows
        neither the noun nor the phrase (a thing's nationality, "Israeli air raids", stays)."""
        head = tok.head
        if tok.dep_ in ("amod", "compound") and head.pos_ == "NOUN" and self.actors.label_at(tok) == "NORP" \
                and self.actors.actor(head) is None and self._unnamed(head) is not None:
            return head
        return tok

    def _across(self, border: Token, source: Actor | None) -> Actor | None:
        """The party across a frontier: the one its "with" phrase names ("its border with Jordan"),
        or else the country a country's name or nationality before it names ("the Iraqi border"; a
        place's, "the Torkham crossing", only says which), when that is not the side at it
        (``source``: "its own border" is no one's across)."""
        named = next((self._resolve(g) for c in border.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"), None) or next(
            (self.actors.actor(c) for c in border.children if c.i < border.i and c.dep_ in ("amod", "compound")
             and self.actors.gaz.country_of(c.text)), None)
        if named is None or source is not None and (named.id == source.id or named.country == source.country):
            return None
        return named

    def _occupants(self, tok: Token, placed_in: str | None) -> Actor | None:
        """"Rebels shelled Juba", "troops stormed Gao": force used on a town is used on the people in
        it (the civilians of its country), not on the government its name may stand for elsewhere;
        on a nation's homes, on its civilians ("demolished Palestinian homes"); on its positions, on
        its forces ("attacked Israeli positions"); on a named armed side's base, on that side ("a
        Hezbollah base": its fighters, not an army's); on a mosque, school or hospital, on
        those who gather there, of the country it stands in when no nation is named for it
        (``placed_in``: "raided a mosque in Cairo"; whose a position is, its place does not say).
        A place a compound says someone holds is held by them first (``_holder``)."""
        holder = self._holder(tok, placed_in) or self._aboard(tok, placed_in)
        if holder is not None:
            return holder
        place = self.places.get(tok.i)
        named = self.actors.actor(tok) if place is not None else None
        if named is not None and named.kind == "country" and named.country not in (None, place.country):
            place = None  # "closed its border with Benin": a country's name, not its namesake town abroad
        if place is not None and place.precision == "city" and place.country:
            start, end, country, sector, basis = place.char_start, place.char_end, place.country, "CVL", TOWNSFOLK
        else:
            thing = tok.head if tok.dep_ in ("amod", "compound") and self.actors.label_at(tok) == "NORP" else tok
            sector = next((s for cls, s in HELD_BY.items() if self.sense.is_a(thing, cls)), None)
            owner = self._modifier_actor(thing) if sector is not None else None
            country = (owner.country if owner is not None else None) or (
                placed_in if sector not in (None, "MIL") else None)
            if not country:
                return None
            if sector == "MIL":  # an armed owner's sector, or a modifier's ("Tamil rebel positions": rebels hold them)
                sector = owner.sector if owner.sector in ARMED_SECTORS else next(
                    (s for c in thing.children if c.dep_ in ("amod", "compound") and c.i < thing.i
                     and (s := self._sector_of(c)) in ARMED_SECTORS), sector)
            start, end = self.doc[thing.left_edge.i].idx, thing.idx + len(thing.text)
            basis = OCCUPANTS if owner is not None and owner.country else SITED
        text = self.text[start:end]
        return Actor(text, text, self._unnamed_id(text), "group", country, sector, start, end, basis)

    def _holder(self, tok: Token, placed_in: str | None) -> Actor | None:
        """"Shelled rebel-held areas of Aleppo", "struck Hamas-controlled Gaza": force used on a place
        a "X-held" or "X-controlled" compound says someone holds is used on the holder, named ("Hamas")
        or described ("rebel": the rebels of the country it was done in), not on the town's people."""
        things = [tok]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            things.append(tok.head.head)  # "areas of Aleppo": the areas are the ones held
        for thing in things:
            for c in thing.children:
                if not (c.dep_ == "amod" and c.i < thing.i and c.lower_ in CONTROLLING):
                    continue
                named = next((g for g in c.children if g.i < c.i and g.dep_ in ("npadvmod", "compound", "nmod")), None)
                if named is None:
                    continue
                holder = self.actors.actor(named) or self._unnamed(named)
                if holder is not None:
                    return self._placed(holder, placed_in or (self.places[tok.i].country if tok.i in self.places else None))
        return None

    def _aboard(self, tok: Token, placed_in: str | None) -> Actor | None:
        """"Gunmen fired on a bus carrying Hindu pilgrims": force used on a vehicle a clause says carries
        people is used on them."""
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.lower() in words("carrying_verb"):
                carried = next((o for o in c.children if o.dep_ == "dobj"), None)
                if carried is not None:
                    return self._resolve(carried) or self._placed(self._unnamed(carried), placed_in)
        return None

    @staticmethod
    def _counterpart_noun(tok: Token) -> Token:
        """"His Omani counterpart": the nationality the phrase search found names the counterpart."""
        head = tok.head
        return head if tok.dep_ in ("amod", "compound") and head.lemma_.lower() in words("counterpart_noun") else tok

    def _counterpart(self, tok: Token, source: Actor | None) -> Actor | None:
        """"Zarif met his Omani counterpart": the one who holds the source's post for the country the
        phrase names (Oman's foreign minister: OMN with the source's sector)."""
        if source is None or tok.lemma_.lower() not in words("counterpart_noun"):
            return None
        owner = self._modifier_actor(tok)
        if owner is None or owner.country is None or owner.country == source.country:
            return None
        left = min(t.i for t in tok.subtree if t.i <= tok.i)
        start, end = self.doc[left].idx, tok.idx + len(tok.text)
        text = self.text[start:end]
        return Actor(text, text, self._unnamed_id(text), "person", owner.country, source.sector, start, end,
                     f"context: the counterpart of {source.text}")

    def _unnamed_id(self, text: str) -> str:
        """A document-local id for an actor only described ("48 fighters", "a car bomb")."""
        return "a" + hashlib.sha1(f"unnamed|{self.document_id}|{text.lower()}".encode()).hexdigest()[:12]

    def _planted(self, tok: Token, country: str) -> Actor | None:
        """"A roadside bombing killed one soldier", "killed in a car bomb explosion": a remote
        explosive with no one named as setting it acts for unidentified armed men (UAF) of the
        country it went off in, as event coding records such attacks."""
        sent = tok.sent
        means = acled_means()
        for t in self.doc[sent.start:sent.end]:
            pair = f"{t.lemma_.lower()} {t.nbor().lemma_.lower()}" if t.i + 1 < sent.end else ""
            for key, width in ((pair, 2), (t.lemma_.lower(), 1)):
                if means.get(key, ("", ""))[1] == "Remote explosive/landmine/IED":
                    start, end = t.idx, self.doc[t.i + width - 1].idx + len(self.doc[t.i + width - 1])
                    text = self.text[start:end]
                    return Actor(text, text, self._unnamed_id(text), "group", country, "UAF", start, end,
                                 "text: a remote explosive, set by no one named")
        return None

    def _leader(self, tok: Token) -> Actor | None:
        """The party a compound says leads a thing ("the Saudi-led coalition": Saudi Arabia)."""
        for c in tok.children:
            if c.i < tok.i and c.dep_ == "amod" and c.lower_ in CONTROLLING:
                leader = next((g for g in c.children if g.i < c.i and self.actors.label_at(g) in (
                    "NORP", "GPE", "ORG", "PERSON")), None)
                if leader is not None:
                    return self.actors.actor(leader)
        return None

    def _modifier_actor(self, tok: Token) -> Actor | None:
        """The actor a thing named as the target belongs to by a name or nationality before it
        ("complained over two Israeli air raids": Israel), or by a clause that says whose it is
        ("seized farms owned by white farmers"), or by a compound that says who leads it ("attacked
        the Saudi-led coalition": Saudi Arabia; unlike a backer's, "US-backed", the thing is the
        leader's), or else by the party a possessive pronoun stands for, when the thing itself is
        no actor."""
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("amod", "compound", "poss", "nmod") and \
                    self.actors.label_at(c) in ("NORP", "GPE", "ORG", "PERSON"):
                return self.actors.actor(c)
        leader = self._leader(tok)
        if leader is not None:
            return leader
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.lower() in words("owning_verb"):
                owner = next((g for p in c.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "to"
                              for g in p.children if g.dep_ == "pobj"), None)
                if owner is not None:
                    return self._resolve(owner) or self._unnamed(owner)
        # "attacking its border posts"; after any name or nationality: "his Turkish counterpart" is Turkey's
        return next((a for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"
                     and (a := self.actors.actor(c)) is not None), None)

    def _pair(self, tok: Token, other: Actor | None = None) -> tuple[Actor, Actor] | None:
        """"The two countries", "both sides", "the two governments": the two parties told acting on
        each other most often before (the latest of equals), else the last two distinct countries
        (or, for sides, any actors) named before, when the phrase counts two, other than the
        ``other`` party of the clause and those saying no more than its country or coded as it
        ("the UN envoy urged both sides": neither the UN nor its officials). The story's pair wins
        over names told in passing ("Armenia and Azerbaijan held talks in Moscow, where Russia
        hosted them. The two countries agreed ...": not Russia)."""
        lemma = tok.lemma_.lower()
        if lemma not in words("pair_noun") | words("side_noun") or not any(
                c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in tok.children):
            return None
        countries = lemma in words("pair_noun")

        def party(a: Actor | None, found: list[Actor], told_apart: bool = False) -> bool:
            # a party is coded as something, and the two differ in what they are (or, told acting
            # on each other, in who they are: "the army and the RSF clashed ... the two rivals")
            return a is not None and not (
                other is not None and (a.id == other.id or a.country == other.country and a.country
                                       and a.sector in (None, other.sector))
                or countries and not a.country
                or a.country is None and a.sector is None or any(
                    b.id == a.id or (b.country == a.country if countries else not told_apart
                                     and (b.country, b.sector) == (a.country, a.sector))
                    for b in found))

        start = self.doc[min(t.i for t in tok.subtree if t.i <= tok.i)].idx
        end = tok.idx + len(tok.text)

        # "the two governments", "the two leaders": the countries' rulers, by the sector the noun is
        # coded with or that of rulers; "the two countries" are the countries
        own = self.actors.actor(tok)
        sector = (own.sector if own is not None else None) or ("GOV" if lemma in words("ruler_noun") else None)

        def told(a: Actor) -> Actor:
            if countries:
                a = self._country_party(a.country, a.country, a.text, a.start, a.end, a.basis)
            if a.country and not a.sector and sector:
                a = replace(a, sector=sector)
            # the words are this phrase's, the party the one named before
            return replace(a, text=self.text[start:end], start=start, end=end, basis=f"context: {a.text}")

        told_pairs: dict[frozenset, tuple[int, int, Actor, Actor]] = {}
        for n, f in enumerate(self.found):
            if f.trigger.i < tok.i and party(f.source, []) and party(f.target, [f.source], True):
                key = frozenset((f.source.country, f.target.country) if countries else (f.source.id, f.target.id))
                told_pairs[key] = (told_pairs[key][0] + 1 if key in told_pairs else 1, n, f.source, f.target)
        if told_pairs:
            _, _, a, b = max(told_pairs.values(), key=lambda v: v[:2])
            return told(a), told(b)
        found: list[Actor] = []
        for m in reversed(self.actors.mentions):
            if m.start >= tok.i or not countries and m.label in ("GPE", "LOC"):
                continue  # sides are parties, not the places they fight over
            a = self.actors.actor(self.doc[m.head])
            if not party(a, found):
                continue
            found.append(told(a))
            if len(found) == 2:
                return found[1], found[0]
        return None

    def _sector_of(self, tok: Token) -> str | None:
        for cls in ("sector:REB", "sector:MIL", "sector:COP", "sector:CVL"):
            if self.sense.is_a(tok, cls):
                return cls.split(":", 1)[1]
        return None

    def _resolve_quiet(self, tok: Token) -> Actor | None:
        return self.actors.actor(tok) or (self._resolve(tok) if tok.i in self.places else None)

    def _resolve(self, tok: Token) -> Actor | None:
        actor = self._resolve_own(tok)
        if self.dictionaries is None:
            return actor
        d = self.dictionaries
        if actor is None:  # a name only the user's dictionary knows ("Arnor")
            words = [t for t in tok.subtree if t.dep_ in ("compound", "amod") or t.i == tok.i]
            span = self.doc[min(w.i for w in words):max(w.i for w in words) + 1]
            code = d.actor_code(span.text, self.published)
            if not code:
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                code = d.actor_code(owner.text, self.published) if owner is not None else None
                agent = d.agent_code(tok.text)
                if not code or not agent:
                    return None
                code = code[:3] + agent  # "Arnor's foreign minister"
                span = self.doc[owner.i:tok.i + 1]
            text = self.text[span.start_char:span.end_char]
            ident = "a" + hashlib.sha1(f"dictionary|{code}|{text.lower()}".encode()).hexdigest()[:12]
            return Actor(text, text, ident, "country" if len(code) == 3 else "organization", code[:3],
                         code[3:6] or None, span.start_char, span.end_char)
        code = d.actor_code(actor.text, self.published) or d.actor_code(actor.name, self.published)
        agent = d.agent_code(actor.text)
        if code:  # "Arnor's foreign minister": Arnor's code with the minister's agent code
            country = code[:3] if code[:3].isalpha() else actor.country
            # a place's name the dictionary codes is its actor, whatever town or capital the
            # gazetteer reads the name as ("Rohan": ROH, not a town's people)
            ours = None if actor.kind == "country" else actor.sector
            return replace(actor, country=country, sector=(agent if len(code) == 3 and agent else code[3:]) or ours)
        return replace(actor, sector=agent) if agent else actor

    def _last_doer(self, tok: Token, kinds: set[str]) -> Actor | None:
        """Whoever did the latest act of force told shortly before ``tok`` (of one of ``kinds``, if any)."""
        for f in reversed(self.found):
            if f.trigger.i < tok.i and f.source is not None and f.trigger.sent.start >= tok.sent.start - 60 \
                    and (nearest(f.cameo).plover == "ASSAULT" or f.cameo in ("192", "173", "175")) \
                    and (not kinds or nearest(f.cameo).plover in kinds):
                return f.source
        return None

    def _place_named(self, tok: Token) -> Place | None:
        """The place a lone proper noun names, when the text names that place elsewhere as the
        gazetteer resolved it ("the air force bombed Indaw" after "fighters overran the town of
        Indaw"): the recogniser may miss a name the second time."""
        if tok.pos_ != "PROPN" or any(c.dep_ == "compound" for c in tok.children) or tok.dep_ == "compound":
            return None
        if self._places_by_name is None:
            self._places_by_name = {self.text[p.char_start:p.char_end]: p for p in self.places.values()}
        return self._places_by_name.get(tok.text)

    def _resolve_own(self, tok: Token) -> Actor | None:
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            tok = tok.head.head
        actor = self.actors.actor(tok)
        if actor is not None and self.actors.label_at(tok) in ("TITLE", "ROLE"):
            for c in tok.children:  # "the city's leader, Carrie Lam": the name
                if c.dep_ == "appos" and self.actors.actor(c) is not None:
                    return self.actors.actor(c)
        if actor is not None:
            return actor
        if tok.lower_ in words("partitive") or tok.lemma_.lower() in words("partitive") or tok.pos_ == "NUM":
            for c in tok.children:  # "thousands of protesters", "one of the gunmen"
                if c.dep_ == "prep" and c.lower_ == "of":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return self._resolve_own(pobj)
        for c in tok.children:
            if c.dep_ == "appos":
                actor = self.actors.actor(c)
                if actor is not None:
                    return actor
        for c in tok.children:  # "army bulldozers", "rebel positions": a thing stands for the side it belongs to
            if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and self.actors.label_at(c) in ("ROLE", "ORG"):
                return self.actors.actor(c)
            if c.dep_ == "compound" and tok.pos_ == "PROPN" and self.actors.label_at(c) == "TITLE":
                return self.actors.actor(c)  # "militant Haroon Aswad", a name the recogniser missed: its title
        if tok.lemma_.lower() in words("place_noun"):  # "a camp for Congolese refugees": the people it holds
            for c in tok.children:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and \
                    c.lower_ in ("for", "of") else None
                if pobj is not None and self.actors.label_at(pobj) in ("ROLE", "NORP", "ORG"):
                    return self.actors.actor(pobj)
        if tok.dep_ == "appos":
            actor = self.actors.actor(tok.head)
            if actor is not None:
                return actor
        if tok.lemma_.lower() in words("event_noun") and _definite(tok):
            # "the operation": whoever carried out the last one; "the attack" after an arrest is
            # the last attack's, not the arrest's: a noun with a kind of its own names an act of it
            # ("a drone attack" is a new one, no earlier act's)
            kinds = {nearest(e.cameo).plover for e in self._entries(tok)}
            doer = self._last_doer(tok, kinds)
            if doer is not None:
                return doer
        if any(c.dep_ == "amod" and c.lemma_.lower() == "responsible" and not any(g.dep_ == "prep" for g in c.children)
               for c in tok.children):
            # "vowed to hunt down those responsible", "the men responsible": the doers of the act
            # told before (not "the official responsible for security", whose charge is said)
            doer = self._last_doer(tok, set())
            if doer is not None:
                return doer
        place = self.places.get(tok.i) or self._place_named(tok)
        if place is not None and place.country:
            return self._country_party(place.country, place.country, self.text[place.char_start:place.char_end],
                                       place.char_start, place.char_end)
        return None

    # -- time, place ---------------------------------------------------------------------------
    def location_for(self, tok: Token, model: event_place.Scorer | None = None) -> Place | None:
        """Where the event expressed by any verb or noun happened (for evaluation and callers that
        bring their own trigger), by the same model as coded events (or another fitted ``model``)."""
        return event_place.locate(self, tok, self.rule_location(tok), model)

    def rule_location(self, tok: Token) -> Place | None:
        """Where the attachment rules alone put the event at ``tok`` (one of the model's cues)."""
        frame = self.framer.frame(tok)
        src = next((self.doc[a.head] for a in frame.arguments if a.role == "agent"), None)
        objs = [self.doc[a.head] for a in frame.arguments if a.role in ("patient", "theme")]
        preps = [(a.prep, self.doc[a.head]) for a in frame.arguments if a.prep is not None]
        return self._location(tok, objs + [p for _, p in preps], ([src] if src is not None else []) + objs, True)

    def _location(self, tok: Token, args: list[Token], participants: list[Token] = (),
                  contact: bool = True) -> Place | None:
        for a in args:
            place = self._place_at(a)
            if place is not None:
                return place
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in words("location_prep") | {"during", "amid"}:
                for pobj in c.children:
                    if pobj.dep_ != "pobj":
                        continue
                    place = self._place_at(pobj) if c.lower_ in words("location_prep") else None
                    if place is None and self._entries(pobj):  # "during the invasion of Chad", "killed in
                        # clashes with fighters near Bahir Dar": where the act the noun names happened
                        of = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                              for g in p.children if g.dep_ == "pobj"]
                        with_ = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                                 for g in p.children if g.dep_ == "pobj"]
                        place = self._location(pobj, of, with_)
                    if place is not None:
                        return place
            if c.dep_ == "compound" and c.i in self.places and tok.pos_ in ("NOUN", "PROPN") and contact:
                return self.places[c.i]  # "the Libya coup"
        head = tok.head
        light = words("light_verb")
        occurs = tok.dep_ == "nsubj" and occurrence(head)  # "the attack took place in Cubal"
        if tok.dep_ == "dobj" and head.lemma_ in light | words("agentive_report") or occurs:
            allowed = words("location_prep") if head.lemma_ in light or occurs else {"to", "into"}
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in allowed:
                    for pobj in c.children:
                        place = self._place_at(pobj) if pobj.dep_ == "pobj" else None
                        if place is not None:
                            return place
        for a in participants:  # "fighters in Tripoli clashed", "residents of Tripoli protested"
            for c in a.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "outside", "of"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            place = self._place_at(pobj)
                            if place is not None:
                                return place
        if tok.dep_ in ("conj", "advcl", "xcomp") and head.pos_ == "VERB":
            # "marched on Tripoli and took parliament", "struck a car near Qamishli, killing four",
            # "in Beirut, police used tear gas to disperse protesters"
            return self.rule_location(head)
        noun = head.head if tok.dep_ == "pobj" and head.lower_ == "of" else tok  # "a state of emergency"
        if noun.dep_ == "dobj" and noun.head.lemma_ in light:
            # the noun of a light verb is where the verb is ("in X, the command said it carried out
            # an air strike", "..., when parliament approved a state of emergency")
            return self.rule_location(noun.head)
        if tok.dep_ == "ccomp" and head.pos_ == "VERB":
            return self._fronted_locative(head)
        return None

    def _fronted_locative(self, verb: Token) -> Place | None:
        """"In the Middle Shabelle region, the command said it carried out an air strike": a
        locative phrase that opens the sentence, set off by a comma, sets the scene of all it
        reports, not only of the verb of saying it hangs on ("said in Washington that ..." does
        not)."""
        sent = verb.sent
        first = sent[0]
        if first.dep_ != "prep" or first.head.i != verb.i or first.lower_ not in words("location_prep"):
            return None
        after = max(t.i for t in first.subtree) + 1
        if after >= sent.end or self.doc[after].text != ",":
            return None
        return next((p for p in map(self._place_at, (c for c in first.children if c.dep_ == "pobj")) if p), None)

    def _place_at(self, tok: Token, depth: int = 0) -> Place | None:
        """The place a noun phrase names, most specific first: "the West Bank city of Nablus" is
        Nablus, "the outskirts of Benghazi" Benghazi, "a school in Chibok" Chibok."""
        if tok.i in self.places:
            return self.places[tok.i]
        if depth > 1 or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        spatial = tok.lemma_.lower() in words("spatial_noun")
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ == "of" and spatial or c.lower_ in ("in", "at", "near", "outside")):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        place = self._place_at(pobj, depth + 1)
                        if place is not None:
                            return place
        for c in tok.children:  # "the regional capital Bahir Dar"
            if c.dep_ == "appos" and c.i in self.places:
                return self.places[c.i]
        # "Tripoli's airport", "her Reshimbagh residence"; the thing's own name before its owner's ("in
        # Yala's Betong district": Betong); not "U.S. soldiers", where the place names whose people
        # they are, not where they were
        named = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod") and c.i in self.places]
        if named and tok.i not in self.actors.by_token:
            return self.places[min(named, key=lambda c: c.dep_ == "poss").i]
        if not any(c.lower_ == "the" for c in tok.children if c.dep_ == "det"):
            return None
        if tok.lemma_.lower() in ("city", "town", "village"):
            return self._last_settlement(tok)  # "the city": the last town the text named
        if depth == 0 and tok.lemma_.lower() in words("place_noun"):
            return self._placed_before(tok)  # "the jail" after "the main jail in Santa Ana"
        return None

    def _placed_before(self, tok: Token) -> Place | None:
        """The place of the latest earlier noun of the same word in the sentences just before that
        names one ("inmates at the main jail in Santa Ana rioted ... soldiers stormed the jail"): the
        definite noun names that thing again."""
        lemma = tok.lemma_
        for before in reversed(tok.doc[max(0, tok.sent.start - 120):tok.sent.start]):
            if before.lemma_ != lemma or before.pos_ != "NOUN":
                continue
            # the thing's own name first, where it names a place ("the Kakuma camp near Lodwar": Kakuma)
            named = next((c for c in before.children if c.dep_ in ("compound", "nmod") and c.i in self.places), None)
            place = self.places[named.i] if named is not None else self._place_at(before, 1)
            if place is not None:
                return place
        return None

    def _last_settlement(self, tok: Token) -> Place | None:
        earliest = tok.doc[max(0, tok.sent.start - 120)].idx
        best = None
        for place in self.places.values():
            if place.precision == "city" and earliest <= place.char_start < tok.idx:
                if best is None or place.char_start > best.char_start:
                    best = place
        return best

    def date_of(self, tok: Token) -> Dating:
        """When the event expressed by any verb or noun happened, and the evidence (for
        evaluation and callers that bring their own trigger), by the same rules as coded events."""
        return date_event(tok, self.dates, self.framer.frame(tok))

    # -- assembly --------------------------------------------------------------------------------
    def _event(self, f: _Found) -> Event | None:
        if f.source is None and f.target is None and not self._actorless(f) and not self._echo(f):
            return None
        row = nearest(f.cameo)
        if row.plover is None:
            return None
        if self.dictionaries is not None and self.dictionaries.discarded(f.trigger.sent.text):
            return None
        tok = f.trigger
        sent = tok.sent
        s_start, s_end = sent.start_char, sent.end_char
        while s_end > s_start and self.text[s_end - 1].isspace():
            s_end -= 1
        trig_end = max(tok.idx + len(tok.text), f.frame.end)  # "called off", "fighting erupted"
        # "staged a demonstration": the light verb and its noun are the words of the event
        trig_start = f.frame.start if f.frame.light is not None and f.frame.start >= s_start else tok.idx
        trigger_text = self.text[trig_start:trig_end]  # the original words, not the parser's recased ones
        dating = self.date_of(tok)
        conf = f.entry.weight * (1.0 if f.source else 0.75) * (1.0 if f.target else 0.85)
        if "inherited" in f.rule or "+theme" in f.rule:
            conf *= 0.9
        # an intended or future act no intent code states ("would be prosecuted") is only foretold; a
        # verb in the past tense was done, whatever clause the parse hung it in ("... would not work
        # and warned that"); a CAMEO dictionary's verb patterns code future acts as PETRARCH does
        # a promise negated is a refusal, and the refusal was made ("will not negotiate")
        frame = replace(f.frame, polarity=True) if "+refused" in f.rule else f.frame
        cert = certainty(frame, foretold="+intent:" not in f.rule and tok.tag_ != "VBD"
                         and not f.entry.origin.startswith("dictionary"))
        fatalities = self._fatalities(f)
        default = (row.acled_event_type, row.acled_sub_event_type) if row.acled_event_type else None
        facts = self._circumstances(f, row.plover, fatalities) if reads_circumstances(row.cameo, row.plover) else None
        acled = acled_type(row.cameo, row.plover, default, f.source, f.target, facts)
        key = f"{self.document_id}|{tok.idx}|{f.cameo}|{f.target.id if f.target else ''}|{f.source.id if f.source else ''}"
        return Event(
            id="e" + hashlib.sha1(key.encode()).hexdigest()[:15],
            document_id=self.document_id,
            text=self.text[s_start:s_end],
            span=(s_start, s_end),
            trigger=trigger_text,
            trigger_span=(trig_start, trig_end),
            type=row.plover,
            mode=row.mode,
            cameo=row.cameo,
            acled=acled,
            source=f.source,
            target=f.target,
            date=dating.time if dating.dated else NO_DATE,
            location=f.location,
            certainty=cert,
            confidence=round(min(1.0, conf), 3),
            rule=f.rule,
            reported=self.published,
            date_rule=dating.rule,
            fatalities=fatalities,
            mentions=(EventMention(self.text[s_start:s_end], (s_start, s_end), trigger_text, (trig_start, trig_end)),),
        )


MANNER_PREPOSITIONS = {"in", "during", "amid", "amidst"}
SAID_DONE = (Certainty.ASSERTED, Certainty.HEDGED)  # certainties of an act told as done
DEFINITE = {"the", "this", "that", "these", "those"}
# words that tell of an act besides one told ("another attack", "a second strike", "separate raids", "also")
DISTINCT_ACT = words("distinct_act")


def _of_another_act(e: Event) -> bool:
    """Whether a report's sentence tells of an act besides one told before ("in a separate attack")."""
    return not DISTINCT_ACT.isdisjoint(re.findall(r"[a-z]+", e.text.lower()))


def _deed(cameo: str) -> bool:
    """Whether a CAMEO code is a material act (06-09, 14-20), not words (01-05, 10-13)."""
    return 6 <= int(cameo[:2]) <= 9 or int(cameo[:2]) >= 14


def _stance(cameo: str) -> bool:
    """Whether a CAMEO code is a stance of support or recognition (05), one a party holds."""
    return cameo[:2] == "05"


def _held_as_a_rule(tok: Token) -> bool:
    """A verb of a relative clause in the simple present: what its noun does as a rule ("Turkey,
    which trains Somali troops"; "Sweden, which does not recognise the junta")."""
    clause = tok.head if tok.dep_ == "conj" else tok
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    present = tok.tag_ in ("VBZ", "VBP") and not auxes or tok.tag_ == "VB" and len(auxes) == 1 and \
        auxes[0].lemma_ == "do" and auxes[0].tag_ in ("VBZ", "VBP")  # "which does not recognise"
    return present and clause.dep_ == "relcl"


def _no_one_happening(tok: Token) -> bool:
    """Whether a trigger tells of deeds in sum or as a rule rather than of one: a habitual adverb on
    its verb in the perfect ("has been targeted repeatedly", "have exchanged fire almost daily",
    "have been attacked 170 times"), a relative clause in the simple present that tells what its
    noun does as a rule ("Turkey, which trains Somali troops"), or a plural event noun whose change
    the perfect tells ("attacks have increased since January")."""
    if _held_as_a_rule(tok):
        return True
    # in the perfect: a tally up to then; "soldiers routinely beat detainees" is a practice reported
    if tok.pos_ == "VERB" and _in_perfect(tok) and any(
            c.dep_ == "advmod" and is_a(c, "habitual_adverb") or c.dep_ == "npadvmod" and c.lemma_.lower() == "time"
            and any(n.dep_ == "nummod" for n in c.children) for c in tok.children):
        return True
    head = tok.head
    return tok.tag_ == "NNS" and tok.dep_ == "nsubj" and is_a(head, "trend_verb") and _in_perfect(head)


def _in_perfect(verb: Token) -> bool:
    """Whether a verb is in a perfect, present or past ("has been targeted", "had increased")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _passive_with_object(verb: Token) -> bool:
    """A passive verb that keeps a direct object ("were denied access", "had been beaten and
    denied medical care"): its subject is the one the object was given or withheld from."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "nsubj" for c in verb.children):
        return False
    passive = ("auxpass", "nsubjpass")
    if any(c.dep_ in passive for c in verb.children):
        return True
    # joined to a passive, it may be the passive's ("beaten and denied care") or a new active act
    # of the same subject ("would be questioned and rejected the charge"): a claim refused is the latter
    claim = obj.lemma_.lower() in words("claim_noun") | noun_classes().get("statement", frozenset())
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and not claim \
        and any(c.dep_ in passive for c in verb.head.children)


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _talked_of(tok: Token) -> bool:
    """Whether a definite event noun is what its clause says something of ("condemned the attack",
    "claimed responsibility for the attack"), not the act its clause tells ("the attack killed
    five", "were killed in the attack"): the clause's time is then the saying's."""
    return _definite(tok) and (tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ not in MANNER_PREPOSITIONS)


def _anaphoric(tok: Token, event: Event) -> bool:
    """An event noun that names again an act told before: definite, with no side, date or
    intent of its own ("condemned the attack", "the junta could face sanctions over the strike";
    the date of the earlier mention it names again is none of its own). A definite description
    takes the act's having happened for granted whatever the clause over it says of it ("did
    not confirm the strikes", "if the attacks continue"): its certainty is no bar."""
    return _definite(tok) and event.source is None and event.target is None \
        and (event.date.text is None or event.date_rule == "mention") and "+intent" not in event.rule


def _speakers_in_chain(tok: Token) -> list[Token]:
    """The conjuncts of ``tok``'s chain that are the speakers of a verb of saying the parse left
    without a subject, the attribution that closes the sentence: "killing four fighters, two
    security sources and a militia official said" (the speakers, from the last comma on, are no
    one the fighting touched). Empty when no such verb follows or every conjunct would go."""
    chain = sorted([tok, *tok.conjuncts], key=lambda t: t.i)
    after = chain[-1].right_edge.i + 1
    if len(chain) < 2 or after >= len(tok.doc):
        return []
    verb = tok.doc[after]
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words("reporting") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    for k in range(len(chain) - 1, 0, -1):
        if any(t.text == "," for t in tok.doc[chain[k - 1].i + 1:chain[k].left_edge.i]):  # (a conjunct's
            # subtree holds the ones after it)
            return chain[k:]
    return []


def merge_reports(events: list[Event], text: str = "", ties: set[tuple[int, int]] = frozenset(),
                  anaphors: set[int] = frozenset(), echoes: set[int] = frozenset(),
                  tolls: set[tuple[int, int]] = frozenset(), casualties: set[int] = frozenset(),
                  named: set[int] = frozenset()) -> list[Event]:
    """One event per real-world event in a document. Reports of the same type and certainty, with
    no conflicting date, place or actor, are one event when something ties them: the same source
    and target ("Libyan General Seizes Parliament" and "by Sunday had taken over the airport and
    parliament"; sides coded alike where both reports name the same place and no other day), the
    same sentence (several words for one act: "a bomb exploded ..., killing six", whose sides may
    be named by other words), or one of them in the headline ("Police station attacked in Hyderabad" and the
    body's account; the headline's "12" may be the body's "12 people", its "Nigeria" the body's
    Zamfara). ``ties`` are pairs of trigger offsets known to report one act (a verb and the
    event noun that says how it happened): they need no agreement of actors; ``tolls`` are
    pairs of a verb telling the toll of an act and that act, its subject noun: the toll goes with
    its act (``_tolls``). The event's
    ``mentions`` list every report; the best-dated, best-placed report leads and takes the actors,
    date and place the others add. ``anaphors`` are the trigger offsets of event nouns that name
    an act told before ("condemned the attack"): each is a mention of the document's first
    said event of its type (the story's own), and adds nothing to it but the mention; ``echoes``,
    anaphors with nothing else to make them an event, are dropped where no such event was told;
    the verbs whose subject is such an anaphor ("the strike hit the market") retell the act with
    it. ``casualties`` are the trigger offsets of reports that tell only who was killed or hurt
    ("two officers were injured"): each is the toll of the nearest act of force told before it
    that it agrees with (``_toll_of``). ``named`` are the trigger offsets of definite event nouns
    with no doer or day of their own that name whom the act was done to ("the attack in the Lakki
    Marwat district", "condemned the attack on the base"): each is a mention of the first act of
    its type told before it that agrees with it in place, day and sides, or a report of its own
    where none does. A later report with no day of its own may tell again, in looser words for
    its sides, an act the story dates to its own days (``_retold_loosely``)."""
    headline_end = text.find("\n") if "\n" in text else -1
    titled = headline_end > 0 and headline_line(text[:headline_end].strip())  # a headline, not a first paragraph
    manner = {noun for _, noun in ties}
    # a headline's few words are matched to its story by the rules for headlines ("Gang attack kills 20")
    events, tolls = _tolls(events, {(toll, act) for toll, act in tolls if not act < headline_end})
    # each report with the nouns of manner tied to it ("fired at people ..., killing two"): what it
    # tells, to set against an act told before
    at = {e.trigger_span[0]: e for e in events}
    tied_to: dict[int, list[Event]] = {}
    for act, noun in ties:
        if noun in at:
            tied_to.setdefault(act, []).append(at[noun])
    groups: list[list[Event]] = []

    def join(e: Event) -> None:
        if e.trigger_span[0] in anaphors:
            said = [g for g in groups if g[0].type == e.type and g[0].trigger_span[0] not in anaphors
                    and g[0].certainty in SAID_DONE]
            # a noun of a kind ("the strikes", "the kidnapping") names the first act of its own code's
            # family where one was told; a root of its type ("the attack") the first act of the type
            told = next((g for g in said if not _root_code(e.cameo) and any(o.cameo[:3] == e.cameo[:3] for o in g)),
                        next(iter(said), None))
            # "the strike hit the market": the verb whose subject names the act again retells it too,
            # where its own date and place agree; one that does not is a report of its own
            own = [t for t in tolls.get(e.trigger_span[0], ()) if told is None or not all(
                _compatible(o, t, headline_end if titled else -1) for o in told)]
            if told is not None:
                told.append(e)
                tolls[e.trigger_span[0]] = [t for t in tolls.get(e.trigger_span[0], ()) if t not in own]
                for t in own:
                    join(t)
                return
            if e.trigger_span[0] in echoes:
                for t in tolls.pop(e.trigger_span[0], ()):
                    join(t)  # the verb of an act named again where none was told is its own report
                return
        if e.trigger_span[0] in named:
            # taken for granted as an anaphor is (``_anaphoric``): one not asserted names an act told as done
            told = next((g for g in groups if g[0].type == e.type and g[0].span[0] < e.span[0]
                         and g[0].trigger_span[0] not in anaphors and (g[0].certainty == e.certainty or (
                             e.certainty not in SAID_DONE and g[0].certainty in SAID_DONE))
                         and any(_kin_codes(o.cameo, e.cameo) for o in g)
                         and (_names_site_of(e, g) or not any(
                             _contradicts(o, e, headline_end if titled else -1) for o in g)
                             and any(_one_side(o.target, e.target) for o in g if o.target is not None))), None)
            if told is not None:
                told.append(e)
                return
        toll = _toll_of(e, groups, headline_end, titled) if e.trigger_span[0] in casualties else None
        if toll is not None:
            toll.append(e)
            return
        for group in groups:
            acts = [o for o in group if o.trigger_span[0] not in manner] or group  # a noun of manner joins with its act
            tied = [o for o in group if (o.trigger_span[0], e.trigger_span[0]) in ties
                    or (e.trigger_span[0], o.trigger_span[0]) in ties]
            # a report of the sentence of one already in the group, naming a side as it does, is matched
            # with its own sentence's reports: "staged drills around Taiwan on Monday, deploying
            # warships" joins the drills, whichever headline's fewer words they were matched with
            # first, where no other report of the group contradicts it (a report that names no side,
            # "a drone strike", is no such kin of "fighting between federal troops and the militia";
            # a noun of manner goes with the act it is tied to)
            kin = [o for o in acts if o.span == e.span and _side_named_alike(o, e)] \
                if e.trigger_span[0] not in manner else []
            # so is a report of another sentence that tells again, by the same code and sides, an act
            # of the group whose other words ("opened fire ..., killing 21 and wounding 150") it
            # leaves out ("troops had fired warning shots at a group of people")
            again = [o for o in acts if o.span != e.span and _retold_by_kind(o, e)] \
                if e.trigger_span[0] not in manner else []
            # and an act of the body whose outcome a headline of no other words tells ("Armenian soldier
            # killed in border shooting" and "opened fire on Armenian army positions ..., killing a
            # soldier"): it is the headline's act where a word tied to it would be the headline's report
            outcome = titled and e.span[0] >= headline_end and all(o.span[0] < headline_end for o in group) \
                and any(all(_same_happening(o, t, headline_end, ties, titled) for o in acts)
                        for t in tied_to.get(e.trigger_span[0], ()))
            # and a later report with no day of its own that tells again, in looser words, an act of
            # the group its own words date to the days of the report, at a place that agrees (not a
            # fight told as background: "fighting broke out in September"): "security forces fired
            # tear gas at protesters in Caracas on Monday" and "National Guard troops fired tear gas
            # canisters into the crowd"
            later = e.date.text is None and e.trigger_span[0] not in manner and any(
                o.span[0] < e.span[0] and _of_the_day(o) and _retold_loosely(o, e) for o in acts)
            if tied and all(_same_happening(o, e, headline_end, ties, titled) for o in tied) \
                    or kin and all(_same_happening(o, e, headline_end, ties, titled) for o in kin) \
                    and not any(_contradicts(o, e, headline_end if titled else -1) for o in acts if o not in kin) \
                    or (again and _retells(e, group, [e, *tied_to.get(e.trigger_span[0], ())]) or outcome or later) \
                    and not any(_contradicts(o, e, headline_end if titled else -1) for o in acts) \
                    or all(_same_happening(o, e, headline_end, ties, titled) for o in acts):
                group.append(e)
                return
        groups.append([e])

    for e in events:
        join(e)
    out = []
    for group in groups:
        reports = [e for e in group if e.trigger_span[0] not in anaphors] or group
        # (a headline dated by its lead's words is no better told than the lead: the lead's report leads)
        lead = max(reports, key=lambda e: (e.trigger_span[0] not in manner,  # the act, not the noun of its manner
                                           e.trigger_span[0] not in casualties,  # nor the toll told apart
                                           e.source is not None and e.target is not None,
                                           e.date.text is not None and e.date_rule != "headline",
                                           e.date.start is not None and e.date_rule != "headline",
                                           e.location is not None, e.confidence, -e.trigger_span[0]))
        # the last toll told first: whom it was done to said last ("an attack hit the town and killed 12");
        # things it destroyed name whom it was done to only where nothing else does
        told = sorted((t for e in reports for t in tolls.get(e.trigger_span[0], ())), key=lambda t: -t.trigger_span[0])
        things = [t for t in told if t.type != lead.type]
        # the verbs of an act named again ("the strike hit the market") add to it as its other reports
        # do, save a doer: their subject is the act, no actor
        retold = [replace(t, source=None) for e in group if e not in reports for t in tolls.get(e.trigger_span[0], ())]
        lead = _with_date_and_place(lead, [e for e in reports if e.trigger_span[0] not in manner] + retold,
                                    [e for e in reports if e.trigger_span[0] in manner] + things,
                                    [t for t in told if t not in things])
        told += retold
        mentions = tuple(EventMention(e.text, e.span, e.trigger, e.trigger_span)
                         for e in sorted(group + told, key=lambda e: e.trigger_span[0]))
        out.append(replace(lead, mentions=mentions, confidence=round(min(1.0, max(e.confidence for e in reports + told)
                                                                          + 0.05 * (len(mentions) - 1)), 3)))
    return sorted(out, key=lambda e: e.trigger_span[0])


def _tolls(events: list[Event], pairs: set[tuple[int, int]]) -> tuple[list[Event], dict[int, list[Event]]]:
    """The events less the verbs that tell the toll of an act of their type, and those verbs by
    the act's offset: one act ("an Israeli air strike killed a commander", "a drone attack
    wounded five soldiers") whose doer is the act's (a noun subject is the act, not an actor)
    and whom it was done to the toll's. The act alone is matched with the document's other
    reports; the toll adds its patients, date, place and mention to the event the act joins."""
    at = {e.trigger_span[0]: e for e in events}
    act_of = {toll: act for toll, act in pairs if toll in at and act in at and toll != act
              and (_outcome(at[act].type, at[toll].cameo) or {at[act].type, at[toll].type} == FORCE_TYPES)
              and at[toll].certainty == at[act].certainty}
    tolls: dict[int, list[Event]] = {}
    for toll in sorted(act_of):
        act, seen = act_of[toll], {toll}
        while act in act_of and act not in seen:  # a toll's toll is the act's
            seen.add(act)
            act = act_of[act]
        tolls.setdefault(act, []).append(at[toll])
    told = {e.trigger_span[0] for group in tolls.values() for e in group}
    return [e for e in events if e.trigger_span[0] not in told], tolls


# the types of acts of force, each of which may be done by way of the other ("arrested 12 in raids")
FORCE_TYPES = {"ASSAULT", "COERCE"}
# CAMEO's destruction of property: what an assault did to things, not an act apart from it
DESTROY_PROPERTY = "1712"


def _outcome(act: str, cameo: str) -> bool:
    """Whether a report coded ``cameo`` may tell what an act of PLOVER type ``act`` did: an act of
    its own type, or things destroyed by an assault ("the raids destroyed a drone workshop")."""
    return nearest(cameo).plover == act or act == "ASSAULT" and cameo == DESTROY_PROPERTY


def _same_happening(a: Event, b: Event, headline_end: int, ties: set[tuple[int, int]] = frozenset(),
                    titled: bool = False) -> bool:
    tied = (a.trigger_span[0], b.trigger_span[0]) in ties or (b.trigger_span[0], a.trigger_span[0]) in ties
    # a tied word of the same sentence ("shelled the camp outside El Fasher, killing eight") is placed
    # where its clause is: the nearer place name it found is no other place
    if a.type != b.type or a.certainty != b.certainty or not _compatible(
            a, b, headline_end if titled else -1, placed=not (tied and a.span == b.span)):
        return False
    in_headline = [e.span[0] < headline_end for e in (a, b)]
    if not tied and a.span != b.span and not (titled and any(in_headline)) \
            and _of_another_act(max(a, b, key=lambda e: e.span[0])):
        return False  # "gunmen killed four in a separate attack": the later sentence tells another act (a
        # headline's "fresh clashes" are its story's)
    if tied or _counted_alike(a, b):
        return True
    headline_and_body = headline_end > 0 and any(in_headline) and not all(in_headline)
    # two words of one sentence for one act ("launched air strikes on the attackers' positions and
    # killed dozens of terrorists") name its sides by other words, one perhaps saying less (a
    # country, where the other adds its sector); one word's readings are its sides told apart
    clause = a.span == b.span and a.trigger_span != b.trigger_span
    retold = _placed_alike(a, b)
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x is not None and y is not None and x.id != y.id and not (
                headline_and_body and _headline_code_alike(a, b) and _unspecified(x, y, armed=titled)) \
                and not (clause and _unspecified(x, y)) and not (retold and _coded_alike(x, y)):
            return False
    if a.source and b.source and a.target and b.target:
        return True  # the same actors on both sides
    if a.trigger_span == b.trigger_span:
        return False  # one word, two readings (coordinated objects): not one report twice
    return a.span == b.span or headline_and_body


def _retold_by_kind(a: Event, b: Event) -> bool:
    """Whether a report in another sentence may tell again the act of the same code that another
    told, its sides described by other words ("Israeli troops opened fire on Palestinians ..." and
    "troops had fired warning shots at a group of people"): each side both name is one actor or
    described alike, and no day told differs."""
    pairs = [(x, y) for x, y in ((a.source, b.source), (a.target, b.target)) if x is not None and y is not None]
    return a.cameo == b.cameo and a.certainty == b.certainty and bool(pairs) and all(
        x.id == y.id or _described_alike(x, y) for x, y in pairs) and not (
        a.date.start and b.date.start and _days_differ(a.date, b.date))


# the kinds of party a story names by turns in other words: a state's forces ("security forces",
# "National Guard troops"), its armed opponents ("M23 fighters", "they", "gunmen"), unarmed people
# ("protesters", "the crowd", "villagers")
PARTY_KINDS = (frozenset({"COP", "MIL"}), ARMED_OPPONENTS, frozenset({"CVL", "OPP", "EDU", "LAB", "AGR", "REF"}))


def _retold_loosely(a: Event, b: Event) -> bool:
    """Whether a report may tell again an act told before, in looser words: of one type of act on
    the ground (``CONTACT_TYPES``) and kin codes, at a place that agrees
    (both named, ``_places_agree``: "at the market in Seytenga", a village the gazetteer lacks,
    retells "in northern Burkina Faso"), each side both name one actor or a party of one country
    and kind (``PARTY_KINDS``), and no word of another act ("a second attack", "separate raids")."""
    pairs = [(x, y) for x, y in ((a.source, b.source), (a.target, b.target)) if x is not None and y is not None]
    return a.type == b.type and a.type in CONTACT_TYPES and a.certainty == b.certainty \
        and _kin_codes(a.cameo, b.cameo) and bool(pairs) \
        and a.location is not None and b.location is not None \
        and _places_agree(a.location, b.location) \
        and all(x.id == y.id or _kind_alike(x, y) for x, y in pairs) \
        and not _of_another_act(b)


# the days before its report within which an act is the story's news, not its background
NEWS_DAYS = 7


def _of_the_day(e: Event) -> bool:
    """Whether an act is dated by its own words to the days just before its report."""
    return e.date.text is not None and e.date.start is not None and e.reported is not None \
        and 0 <= (e.reported - e.date.start).days <= NEWS_DAYS


def _kind_alike(x: Actor, y: Actor) -> bool:
    """Two mentions of one country's parties of one kind (``PARTY_KINDS``), each coded with a sector."""
    return x.country is not None and x.country == y.country and x.sector is not None and y.sector is not None and (
        x.sector == y.sector or any({x.sector, y.sector} <= kind for kind in PARTY_KINDS))


def _days_differ(x: TimeSpan, y: TimeSpan) -> bool:
    """Whether two dates name other times: unequal intervals, unless one is a day inside the
    other's span of a day or two ("by Sunday" and "hours after" a Sunday act, dated from that
    Sunday to the report's day: the narrower tells the day the wider leaves open)."""
    if (x.start, x.end) == (y.start, y.end):
        return False
    narrow, wide = sorted((x, y), key=lambda t: (t.end - t.start) if t.start and t.end else dt.timedelta.max)
    return not (narrow.start is not None and narrow.start == narrow.end and wide.start is not None
                and wide.end is not None and (wide.end - wide.start).days <= 1
                and wide.start <= narrow.start <= wide.end)


def _retells(e: Event, group: list[Event], account: list[Event]) -> bool:
    """Whether a report, with the words tied to it (``account``: "fired at people ..., killing
    two"), may be the act a group's reports tell: it names both sides, the group names each of
    them too, as the same actor or one described alike (one doer's other acts are other events:
    "took the town in April"), and nothing sets the acts apart: other numbers of dead or of
    people ("killing four", "killing two"), or a word that tells of another act ("a second
    attack", "in separate attacks")."""
    if e.source is None or e.target is None or not all(
            any(side(o) is not None and (side(o).id == side(e).id or _described_alike(side(o), side(e))) for o in group)
            for side in (lambda r: r.source, lambda r: r.target)):
        return False
    for number in (lambda r: r.fatalities, lambda r: r.target and _count(r.target)):
        told, retold = ({number(r) for r in reports} - {None} for reports in (group, account))
        if told and retold and not told & retold:
            return False
    return not any(_of_another_act(r) for r in account)


def _names_site_of(e: Event, group: list[Event]) -> bool:
    """Whether a definite event noun names whom it was done to by a name no actor or place codes
    (a base, a company: "the attack on Ain al-Asad", "the attack on TUSAS") that a report of the
    group names in its own sentence ("a drone attack on the Ain al-Asad air base", "attacked the
    headquarters of Turkish Aerospace Industries (TUSAS)"), no day told differing: the words are
    that act's site, and where the gazetteer places them is no evidence against it."""
    site = e.target
    if site is None or site.country is not None or site.sector is not None or not site.text[:1].isupper():
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(site.text) + r"(?!\w)")
    return any(pattern.search(o.text) and not (o.date.text and e.date.text and _days_differ(o.date, e.date))
               for o in group)


def _kin_codes(a: str, b: str) -> bool:
    """Whether two CAMEO codes may name one act: of one three-digit family ("195" and "1951"), or
    one the root of its kind that says no more ("190", an attack, names an air strike too)."""
    return a[:3] == b[:3] or _root_code(a) or _root_code(b)


def _root_code(cameo: str) -> bool:
    """Whether a CAMEO code is the root of its kind ("190"), which says no more than the kind."""
    return len(cameo) == 3 and cameo.endswith("0")


def _toll_of(e: Event, groups: list[list[Event]], headline_end: int, titled: bool) -> list[Event] | None:
    """The group whose act a later sentence tells the harm of, naming no one who did it ("He said
    two officers were injured", "At least six people were killed, including three soldiers", "32
    targets had been destroyed"): the
    nearest act of force told before it, of its certainty, whose place, day and sides agree, where
    those harmed are not its doers, by name or as armed men of its side (rebels' attackers killed
    were killed by others). None where the
    report dates itself ("have been killed since 2021") or tells of another act ("in a separate
    attack"): a count of its own is no toll of the act before it."""
    if not _outcome("ASSAULT", e.cameo) or e.span[0] < headline_end or e.date.text is not None \
            or _of_another_act(e):
        return None
    told = [g for g in groups if g[0].type == "ASSAULT" and g[0].span[0] < e.span[0]
            and all(o.certainty == e.certainty and not _contradicts(o, e, headline_end if titled else -1)
                    and not (o.source is not None and e.target is not None and _one_side(o.source, e.target))
                    for o in g)]
    return max(told, key=lambda g: max(o.span[0] for o in g if o.span[0] < e.span[0]), default=None)


def _one_side(x: Actor, y: Actor) -> bool:
    """Whether two actors may be one side: one actor, or of one country (or none named) and one
    sector, or both armed men who are not the state's ("rebels" and "the attackers")."""
    return x.id == y.id or y.sector is not None and (x.country is None or y.country is None or x.country == y.country) \
        and (x.sector == y.sector or {x.sector, y.sector} <= ARMED_OPPONENTS)


def _described_alike(x: Actor, y: Actor) -> bool:
    """Two mentions of one sector whose countries agree, one perhaps naming none ("troops" and
    "Israeli troops", "police" and "Kenyan police"), or of people, civilians, a crowd, and of
    unarmed people of a kind ("the crowd" and "demonstrators"): one side of an act told again."""
    sectors = {x.sector, y.sector}
    return None not in sectors and (len(sectors) == 1 or "CVL" in sectors and not sectors & (
        STATE_SECTORS | ARMED_SECTORS)) and (x.country is None or y.country is None or x.country == y.country)


def _side_named_alike(a: Event, b: Event) -> bool:
    """Whether two reports name one of the act's sides, as the same actor or coded alike."""
    return any(x is not None and y is not None and (x.id == y.id or _coded_alike(x, y))
               for x, y in ((a.source, b.source), (a.target, b.target)))


def _contradicts(a: Event, b: Event, headline_end: int) -> bool:
    """Whether two reports cannot be one act: another place or day, or a side of another country."""
    return not _compatible(a, b, headline_end) or any(
        x is not None and y is not None and x.country and y.country and x.country != y.country
        for x, y in ((a.source, b.source), (a.target, b.target)))


def _counted_alike(a: Event, b: Event) -> bool:
    """Two reports of one code whose patients are counted alike ("arrested 40 people" and
    "Forty suspects were arrested"): one act told twice, when no side contradicts. The count
    names the people; their sector may differ where one says no more than civilians or people."""
    if a.cameo != b.cameo or a.target is None or b.target is None:
        return False
    count = _count(a.target)
    if count is None or count < 2 or count != _count(b.target):
        return False
    if a.source is not None and b.source is not None and a.source.id != b.source.id \
            and not _unspecified(a.source, b.source):
        return False
    x, y = a.target, b.target
    return (x.country is None or y.country is None or x.country == y.country) and \
        (x.sector is None or y.sector is None or x.sector == y.sector or "CVL" in (x.sector, y.sector))


def _count(actor: Actor) -> int | None:
    """The number an actor's words state ("40 people", "at least 12 civilians", "Forty suspects")."""
    for word in actor.text.split()[:4]:
        text = word.lower().replace(",", "")
        number = int(text) if text.isdigit() else NUMBER_WORDS.get(text)
        if number is not None:
            return number
    return None


def _headline_code_alike(a: Event, b: Event) -> bool:
    """Whether a headline's report and its story's may be one act by their codes: the same code, or,
    for an act on the ground (``CONTACT_TYPES``), kin codes (``_kin_codes``), the headline telling
    its outcome where the story tells the act ("attack that killed 22 soldiers" and "attacked an army
    post ..., killing at least 22 soldiers"), where neither is dated before the story's days (``NEWS_DAYS``:
    "the junta, which seized power in a coup in 2021" is background, not the headline's "air strike").
    A visit and the talks held in it are two acts to a coder."""
    return a.cameo == b.cameo or a.type in CONTACT_TYPES and _kin_codes(a.cameo, b.cameo) and not any(
        e.date.start is not None and e.reported is not None and (e.reported - e.date.start).days > NEWS_DAYS
        for e in (a, b))


def _unspecified(x: Actor, y: Actor, armed: bool = False) -> bool:
    """Whether two actors of a headline and its body may be one, neither coding contradicting the
    other: one says no more than a number or a word ("Gunmen Kill 12", "at least 12 people"), or
    no more than a country where the other adds a sector ("U.S. imposes sanctions", "the United
    States imposed sanctions"; "Opposition rejects result", "Mondlane rejected the results"), or
    no more than that they are armed, where ``armed`` allows it: a headline's "Gunmen kill 12" and
    its story's "suspected jihadists killed 12", or its "Separatists kill 23" and its story's
    "separatist militants killed 23"; bandits and gangs are armed men too ("Bandits abduct 87
    pupils", "gunmen abducted at least 87 pupils"). Reports of codes alike only
    (``_headline_code_alike``): "kill 12" is not "abducted dozens"."""
    def sectors_agree(p: str | None, q: str | None) -> bool:
        return p is None or q is None or p == q or armed and (
            UNIDENTIFIED_ARMED in (p, q) and {p, q} <= ARMED_SECTORS | {"CRM"} or {p, q} <= ARMED_OPPONENTS)
    return (x.country is None or y.country is None or x.country == y.country) and sectors_agree(x.sector, y.sector)


def _coded_alike(x: Actor, y: Actor) -> bool:
    """Two mentions coded as one actor, country and sector ("its troops" and "the army"): one side
    of an act retold at the same place and day."""
    return x.country is not None and x.sector is not None and (x.country, x.sector) == (y.country, y.sector)


def _placed_alike(a: Event, b: Event) -> bool:
    """Two reports that name the same place in their own words and no different day: an act
    retold later in the story ("stormed the hotel on Thursday" and "the fighters who stormed the
    hotel"); a place only inferred is no such agreement."""
    return _placed_by_own_words(a) and _placed_by_own_words(b) and (a.location.name, a.location.country) == (
        b.location.name, b.location.country) and not (a.date.start and b.date.start and a.date.start != b.date.start)


def _compatible(a: Event, b: Event, headline_end: int = -1, placed: bool = True) -> bool:
    """No conflicting place, and no conflicting date that a time expression gave (a date inferred
    from tense, "said" or "are blocking", is no evidence against another report); a headline's
    place that its own words do not name is the dateline's or the story's, no evidence either.
    ``placed``: whether the reports' places are their own (not where both are one clause's)."""
    if a.date.text and b.date.text and _days_differ(a.date, b.date):
        return False
    if not placed or a.location is None or b.location is None or \
            any((e.span[0] < headline_end or a.span == b.span) and not _placed_by_own_words(e) for e in (a, b)):
        return True  # "Air strike kills 17", placed at the dateline's "YANGON, Feb 2"; so is a word of
        # a sentence another of whose words names the place ("drove a truck into a base in Arauca,
        # killing two soldiers and wounding 20")
    return _places_agree(a.location, b.location)


def _places_agree(p: Place, q: Place) -> bool:
    """Whether two places may be one act's: one lies in the other, or one is a name the gazetteer
    lacks and the other a province or country it may lie in ("Pont-Sonde", "central Haiti";
    "Kaduna", a city named as its state, may name the state), not another town."""
    unknown = [x for x in (p, q) if x.precision == event_place.UNRESOLVED]
    if len(unknown) == 1 and any(x.precision in WIDE_PLACES or x.name == x.admin1 for x in (p, q)):
        return True
    return _within(p, q) or _within(q, p)


def _placed_by_own_words(e: Event) -> bool:
    """Whether the event's place is named in its own sentence (an unknown offset counts as so)."""
    return e.location is not None and (e.location.char_start < 0 or e.span[0] <= e.location.char_start < e.span[1])


PLACE_DETAIL = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}
WIDE_PLACES = ("country", "admin1")


def _within(fine: Place, coarse: Place) -> bool:
    """Whether one place lies in the other: the same place, or a place in the country or the
    province the other names ("Zamfara" in a report, "Nigeria" in its headline)."""
    if fine.name == coarse.name and fine.country == coarse.country:
        return True
    if coarse.precision == "country":
        return fine.country == coarse.country and fine.precision != "country"
    # a town the gazetteer places only by its province ("Nasir", in Upper Nile) lies in it too
    return coarse.precision == "admin1" and fine.precision != "country" and \
        (fine.country, fine.admin1) == (coarse.country, coarse.name)


def _with_date_and_place(lead: Event, acts: list[Event], manner: list[Event] = (), tolls: list[Event] = ()) -> Event:
    """The lead report with what the others add: the date a time expression gave, the most
    precise place, and for each side the actor that says most (a headline's "12" is the body's
    "12 people"); the nouns of the act's manner ("in an attack on a village") only fill a side
    no report of the act names; the verbs that tell the act's toll ("a drone attack wounded five
    soldiers") name whom it was done to first."""
    reports = [lead, *acts, *manner, *tolls]
    dated = next((e for e in reports if e.date.text and (e.date.start or e.date.end)),
                 lead if lead.date.start else next((e for e in reports if e.date.start), lead))
    location = max((e for e in reports if e.location), default=lead,  # the most precise of places that agree,
                   key=lambda e: (_placed_by_own_words(e), PLACE_DETAIL.get(e.location.precision, 0))).location
    # named by the reports' own words before any taken from elsewhere; a coding the text gives
    # before one read off the act's place ("at least 12 people" before a headline's "12" in Zamfara)
    source, target = (_best_side([side(e) for e in [*first, lead, *acts, *last] if side(e) is not None],
                                 [side(e) for e in manner if side(e) is not None])
                      for side, first, last in ((lambda e: e.source, (), tolls), (lambda e: e.target, tolls, ())))
    fatalities = max((e.fatalities for e in reports if e.fatalities is not None), default=None)
    # whom it was done to decides the ACLED class: where another report named them, its class
    # ("opened fire in a market, killing five civilians": violence against civilians)
    filler = next((e for e in reports if e.target is target), lead) if lead.target is None else lead
    acled = next((e.acled for e in reports if e.acled and e.acled["event_type"] == "Explosions/Remote violence"),
                 filler.acled or lead.acled)  # one report names the means: the event was remote violence
    return replace(lead, date=dated.date, date_rule=dated.date_rule, location=location, source=source, target=target,
                   fatalities=fatalities, acled=acled)


def _best_side(told: list[Actor], manner: list[Actor]) -> Actor | None:
    """The actor that says most of one side of an act from those its reports name (``told``);
    the nouns and participles of its manner fill a side they leave unnamed, or name only as those
    at the site it was done at ("detonated explosives at a school, killing 12 civilians": the
    civilians, not whoever the school's country says was there)."""
    best = max(told, default=None, key=lambda a: (a.country is not None or a.sector is not None,
                                                  a.basis not in (PLACED, SITED)))
    return best if best is not None and best.basis != SITED else next(iter(manner), best)


def _on_terms(tok: Token) -> bool:
    """Whether the act (or the verb of its noun's clause) hangs on a condition that another side does
    something ("would lay down their arms if the army withdrew"), not that it fails to ("would pull
    out of the deal if federal troops had not left", "unless the rebels disarm"): terms offered."""
    verb, steps = tok, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 4:
        verb, steps = verb.head, steps + 1  # "would open corridors for aid ... if": the clause's verb
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children):
            return not any(g.dep_ == "neg" for g in c.children) and c.lemma_ not in words("failure_verb")
    return False


def _stated(cameo: str, frame: Frame, disowned: bool = False,
            on_terms: bool = False) -> tuple[str, str | None]:
    """The code of an act as its frame states it, and the intent word that changed it (or None):
    an act only intended or promised is the intent's event, not the act. ``disowned``: its agent
    holds no intent to do it ("Israel has no plans to withdraw"); ``on_terms``: it is promised on a
    condition another side is to meet (``_on_terms``)."""
    intent = next((c.split(":", 1)[1] for c in frame.cues if c.startswith(("intended:", "future:"))), None)
    if intent is None:
        return cameo, None
    recoded = _intent_code(cameo)
    if intent in words("threat_intent") and nearest(recoded).plover != "THREATEN":
        recoded = "130"  # "threatened to deliver blows": whatever the act, a threat
    if frame.has(Modality.CONDITIONAL) and not nearest(recoded).plover == "THREATEN" \
            and intent not in words("offer_intent") \
            and not (nearest(recoded).plover == "AGREE" and on_terms):
        recoded = "130"  # "will withdraw its force unless ...": a threat, not a promise ("offered to
        # withdraw if ...", "would lay down their arms if the army withdrew": an offer on terms)
    if not frame.polarity and nearest(recoded).plover == "AGREE" and (
            disowned or any(c.startswith("future:") for c in frame.cues)):
        # "will not negotiate", "would not allow inspectors": a refusal ("there was no plan to
        # evacuate" states no one's refusal)
        recoded = _refusal_code(cameo)
    if not frame.polarity and nearest(recoded).plover == "THREATEN" and not disowned \
            and frame.voice != "passive" and cameo[:2] in RESTRAINT_CODES and (
                intent in words("commissive") or any(c.startswith("future:") for c in frame.cues)):
        # "would not attack the town", "promised not to arrest protesters": a pledge of restraint,
        # stated and so asserted; "has no plans to attack" (disowned) or "hesitated to attack"
        # pledges nothing, nor does a passive ("would not be intimidated", "will not be attacked
        # again"), which its patient says in defiance of the act, not its agent in restraint of it
        recoded = RESTRAINT_CODES[cameo[:2]]
    return (recoded, intent) if recoded != cameo else (cameo, None)


# an intent not to use force, coerce, sanction or protest: the intent to de-escalate (0356), to ease
# administrative sanctions (0351), economic ones (0354) or dissent (0352)
RESTRAINT_CODES = {"18": "0356", "19": "0356", "20": "0356", "17": "0351", "16": "0354", "14": "0352"}


def _withheld_assent(cameo: str, frame: Frame, tok: Token) -> bool:
    """Whether an act of assent (an agreement, an offer, demands accepted: AGREE, CAMEO 083) is
    negated by its own word ("did not accept", "cannot agree", "has never agreed"), in a clause that
    states it: "no agreement was reached" tells of talks that failed, "if Iran does not accept" of
    a condition, neither of a refusal."""
    return not frame.polarity and (nearest(cameo).plover == "AGREE" or cameo == "083") \
        and not frame.has(Modality.CONDITIONAL) and not frame.has(Modality.QUESTION) \
        and not frame.has(Modality.HYPOTHETICAL) and any(c.dep_ == "neg" for c in tok.children)


def _refusal_code(cameo: str) -> str:
    """The CAMEO code of refusing to do ``cameo``: to meet or negotiate (125), to cooperate or aid
    (121), to yield (124), or a refusal of no kind named (120)."""
    if cameo.startswith("04"):
        return "125"
    if cameo.startswith(("06", "07")):
        return "121"
    if cameo.startswith("08"):
        return "124"
    return "120"


def _intent_rule(cameo: str, intent: str | None, frame: Frame, stated: str) -> str:
    """The rule's note of the intent word that recoded the act ``stated``, and of a refusal (a negated
    intent coded as the rejection or the pledge of restraint it states, which is asserted, not negated)."""
    if intent is None:
        return ""
    refused = not frame.polarity and (nearest(cameo).plover == "REJECT" or cameo == RESTRAINT_CODES.get(stated[:2]))
    return f"+intent:{intent}" + ("+refused" if refused else "")


# the easing of a coercive act, by the act's code or its PLOVER type ("ended the curfew": 0813), the
# stopping of a cooperative one, which reduces relations ("ended military cooperation": 160,
# "stopped aid": 162), and a demand dropped, a concession (PLOVER: "withdrawing a demand should be
# coded as CONCEDE")
EASED_CODES = {"1723": "0813", "1724": "0814", "1722": "0812", "1721": "0811", "191": "0872"}
EASED_TYPES = {"ASSAULT": "087", "MOBILIZE": "087", "COERCE": "081", "SANCTION": "081", "PROTEST": "082",
               "COOPERATE": "160", "AID": "162", "REQUEST": "080"}


def _eased(cameo: str, stopper: Actor | None) -> str | None:
    """The code of stopping or lessening the act ``cameo`` ("lifted the curfew", "halted its
    airstrikes", "suspended the strike"), or None where stopping it is no event of its own. A
    protest ended by a state or its forces is put down, not eased ("used the army to end protests")."""
    plover = nearest(cameo).plover or ""
    if plover == "PROTEST" and stopper is not None and (
            stopper.kind == "country" or stopper.sector in STATE_SECTORS | ARMED_SECTORS):
        return None
    return EASED_CODES.get(cameo) or EASED_TYPES.get(plover)


def _intent_code(cameo: str) -> str:
    """The code of a stated intent to do ``cameo``: threats for force, AGREE for cooperation."""
    if cameo.startswith(("18", "19", "20")):
        return "138"  # threaten with military force
    if cameo == "175":
        return "137"
    if cameo == "192":
        return "1382"
    if cameo.startswith("17"):
        return "130"
    if cameo.startswith("16"):
        return "131"
    if cameo.startswith("14"):
        return "133"  # threaten with political dissent or protest
    if cameo.startswith("04"):
        return "036"  # express intent to meet or negotiate
    if cameo.startswith("05"):
        return "032"  # ... to engage in diplomatic cooperation
    if cameo.startswith("06"):
        return {"062": "0312", "061": "0311", "063": "0313", "064": "0314"}.get(cameo, "031")
    if cameo.startswith("07"):
        return {"071": "0331", "072": "0332", "073": "0333", "074": "0334"}.get(cameo, "033")
    if cameo.startswith("08"):
        return {"0841": "0353", "0842": "0353", "087": "0356", "0871": "0356", "0872": "0356",
                "0873": "0356", "0874": "0356", "081": "0351", "083": "0341", "0831": "0341"}.get(cameo, "035")
    return cameo


NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"dozen": 12, "thirty": 30, "forty": 40, "fifty": 50,
                                                     "hundred": 100}


def _number(tok: Token) -> int | None:
    text = tok.text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


