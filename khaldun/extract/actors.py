"""Actors: find the people, organisations, countries and groups of a parsed document, code
their country (ISO alpha-3) and sector (CAMEO agent code), and link mentions of one actor
within the document (names, short names, titles, definite descriptions, pronouns).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import kb as knowledge
from ..gazetteer import Gazetteer, fold
from ..ontologies.tables import ARMED_SECTORS, Role, actor_roles, words
from ..records import Actor
from .place import DIRECTIONS, REGION_QUALIFIERS, medium_name, medium_noun

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
QUOTES = {'"', "“", "”", "«", "»"}
SAY_VERBS = {"say", "tell", "add", "state", "declare", "announce", "warn", "insist", "write", "claim", "vow",
             "promise", "ask", "reply", "respond", "note", "argue", "explain", "stress"}
ARMED = ARMED_SECTORS - {"COP", "SPY"}  # the sides that fight (not those that police or spy)
GROUP_NOUNS = {"group", "militia", "organisation", "organization", "movement", "faction", "party", "alliance",
               "coalition", "network", "outfit"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
# prepositions whose gerund shares its verb's subject ("retaliated by expelling", "fled after killing")
GERUND_LINKS = {"by", "after", "while", "since", "upon", "without"}
OFFICES = {"GOV", "LEG", "JUD"}  # sectors of a post, before those of a rank or trade
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
NATION_NOUNS = {"country", "government", "nation", "state"}  # what "the two ..." of an act between states count
DOMESTIC_SECTORS = STATE_SECTORS | {"OPP"}  # a state's offices and its opposition: of one country
ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
GROUP_HEADS = {"coalition", "alliance", "group", "movement", "council", "committee", "leader", "leadership",
               "member", "supporter", "representative", "delegation", "front", "bloc", "union", "unit",
               "commander", "chief", "spokesman", "spokeswoman", "source", "brigade", "battalion", "camp",
               "position", "base", "target", "convoy", "patrol"}
# people named by what they belong to: their sector is their side's ("opposition candidates")
MEMBER_HEADS = {"candidate", "member", "supporter", "representative", "spokesman", "spokeswoman", "spokesperson",
                "delegate", "delegation", "leader"}
PERSON_HEADS = {"leader", "member", "supporter", "representative", "commander", "chief", "spokesman",
                "spokeswoman"}
# people named as a body's own ("a spokesman for the foreign ministry", "the head of the Palestinian
# Authority", "officials of the ruling party"): they act as the body, in its sector
BODY_PEOPLE = MEMBER_HEADS | PERSON_HEADS | {"head", "official", "spokesperson"}
LEADER_HEADS = {"leader"}  # a nation's leads its state (GOV); a rebel's or a party's leads theirs
HEAD = Role("head", "title", None, None, "person", False)  # "the head of X": the head of a body, no sector of its own
IT_PRONOUNS = {"it", "its", "itself"}
FORMER = {"former", "retired", "ex", "ex-", "erstwhile", "onetime", "one-time"}
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around"}  # where, not whom
PATH_PREPS = {"through", "into", "via", "toward", "towards", "along", "within", "beyond"}  # which way, not whom
COMPASS = DIRECTIONS | {"central", "upper", "lower", "middle"}  # qualifiers, not names
# "ousted President X", "the late President X" (dead): no longer in post
DEPOSED = {"ousted", "deposed", "toppled", "overthrown", "exiled", "late"}
# generic words that end a body's name after its own ("... Society", "... Security Service")
NAME_TAILS = GROUP_NOUNS | {"society", "service", "services", "agency", "security", "association", "foundation",
                            "authority", "committee", "front", "council", "commission", "corps", "brigade",
                            "brigades", "directorate", "secretariat"}
CIVIL_QUALIFIERS = {"ordinary", "young", "local", "innocent", "unarmed", "common", "civilian", "elderly", "poor",
                    "ethnic"}
ETHNIC = "ethnic"  # "ethnic Albanians": a people, wherever they live, not the nationals of a state
SPANNING = {"inter", "pan", "trans"}  # "Inter-American", "Pan-African": a span of nations, no one state's
# words inside a name of capitalised words ("Minister of Defence", "Tigray People's Liberation
# Front", "Kurdistan Workers' Party")
JOINERS = ("of", "for", "-", "'s", "’s", "'", "’")
# lower-case particles inside a person's name ("José Eduardo dos Santos", "Ursula von der Leyen")
PARTICLES = ("dos", "da", "das", "de", "del", "della", "der", "den", "di", "du", "van", "von", "bin",
             "ibn", "al", "el", "y")
CIVIL_GENERAL = Role("general", "title", "GOV", None, "person", False)  # the head of an office, not the rank
DOTTED = re.compile(r"(?:[A-Z]\.){2,}")  # initials with full stops: "U.S.", "U.N."
ABBREVIATIONS = re.compile(r"[A-Z]{2,}s")  # an abbreviation's plural: "MPs", "NGOs", "IDPs"
DROP_WORDS = {"the", "a", "an", "'s", "’s", "'", "’", "“", "”", '"'}


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    head: int
    label: str  # PERSON ORG GPE NORP ROLE TITLE PRON
    kind: str
    country: str | None = None
    sector: str | None = None
    plural: bool = False
    definite: bool = False
    owner: int | None = None  # token index of a possessor ("Hifter's forces", "his army")
    cluster: int = -1


@dataclass
class Cluster:
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    members: list[int] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    surname: str | None = None
    last_start: int = -1  # where its latest mention starts (kept up to date by _join)
    former: bool = False  # the text names a past post ("former Prime Minister X", "ousted President X")
    said: list[str] = field(default_factory=list)  # sectors of the titles the text gives a person
    kb_id: str | None = None  # the knowledge-base actor it is, when known
    known: set[str] = field(default_factory=set)  # knowledge-base actors its names were found as, while clustering
    basis: str = ""  # why its country and sector (knowledge base, text, context)
    _key: str = ""
    _id: str = ""

    @property
    def id(self) -> str:
        if self.kb_id is not None:  # one id in every document and database
            return knowledge.local_id(self.kb_id)
        key = f"{self.kind}|{fold(self.name)}|{self.country or ''}|{self.sector if self.kind != 'person' else ''}"
        if self._key != key:  # the name, country or sector may still change while clustering
            self._key, self._id = key, "a" + hashlib.sha1(key.encode()).hexdigest()[:12]
        return self._id


class Actors:
    """The actors of one document: mentions, their clusters, and lookups by token."""

    def __init__(self, doc: Doc, gaz: Gazetteer, places: dict | None = None, text: str | None = None,
                 when: dt.date | None = None, kb: knowledge.KnowledgeBase | None = None):
        self.doc = doc
        self.tokens = list(doc)  # doc[i] builds a new token object on every access
        self.text = text if text is not None else doc.text  # the original (the parse may be recased)
        self.gaz = gaz
        self.places = places or {}
        self.when = when  # the day the document speaks of (its publication): roles are those held then
        self.kb = kb if kb is not None else knowledge.load()
        self.ents = list(doc.ents)  # Doc.ents builds its spans anew on every access
        self.ent_at = {i: e for e in self.ents for i in range(e.start, e.end)}
        self.roles = role_nouns()
        self.mentions: list[Mention] = []
        self._coded: dict[int, Actor | None] | None = None  # token -> actor, kept once the mentions are final
        self.clusters: list[Cluster] = []
        self.by_token: dict[int, int] = {}
        self.focus_country: str | None = None
        self._country_counts: Counter[str] = Counter()  # countries the document names, by weight
        self._body_words: set[int] = set()  # tokens of a body's name the recogniser read as a person's
        self._lower_words: set[str] | None = None  # the words the text writes in lower case, read when asked
        self._find_entities()
        self._join_nicknames()
        self._join_body_names()
        self._find_demonyms()
        self._find_known_names()
        self._find_lone_names()
        self._find_acronyms()
        self._find_roles()
        self._find_descriptions()
        self._find_pronouns()
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]  # in order, for lookups by position
        self._index()
        self.focus_country = self._focus_country()
        self._cluster()
        self._coded = {}

    # -- finding mentions ---------------------------------------------------------------------
    def _find_entities(self) -> None:
        surnames = {ent[-1].text for ent in self.ents if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title}
        for ent in self.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            span = _trim(ent)
            cut = next((t.i for t in span or () if t.pos_ in ("VERB", "AUX") and t.i > span.start
                        and self.text[t.idx:t.idx + 1].islower()), None)
            if cut is not None:  # "the Syrian Democratic Forces took Raqqa" read as one name: no name holds a verb
                span = self.doc[span.start:cut]
            if span is None or not any(t.is_alpha and len(t.text) > 1 for t in span):
                continue
            if len(span) > 2 and span[0].lower_ in STANCE and span[1].text in ("-", "–"):
                continue  # "pro-EU protesters", "anti-Kremlin activists": a stance towards a party, not the party
            if ent.label_ == "PERSON" and len(span) > 2 and span[0].pos_ == "ADJ" \
                    and self.gaz.demonyms.get(fold(span[0].text)):
                # "Jordanian King Abdullah" read as one name: the nationality says whose, and is
                # no word of the name
                self.mentions.append(Mention(span.start, span.start + 1, span.start, "NORP", "group",
                                             self.gaz.demonyms[fold(span[0].text)]))
                span = self.doc[span.start + 1:span.end]
            label = ent.label_
            if label == "GPE" and medium_name(span, self.gaz):
                continue  # "the Saba news agency": the medium's name, no place's
            text = span.text
            # "Chapo, who is due to be sworn in" after "Daniel Chapo": the man the story named in
            # full, though a village somewhere bears his surname; a country's name stays the country's
            namesake = label in ("GPE", "PERSON") and len(span) == 1 and text in surnames \
                and span.root.dep_ in ("nsubj", "nsubjpass") and not self.gaz.country_names.get(fold(text))
            if namesake or label == "ORG" and any(
                    r.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in r.children)
                    for r in span.root.children):
                label = "PERSON"  # "Fritz Alphonse Jean, who heads ...": whom "who" takes up is a person
            country = sector = None
            if label in ("PERSON", "ORG") and not namesake and (
                    self.gaz.country_names.get(fold(text)) or self._capital(text)):
                label = "GPE"  # "Burkina Faso's ruling junta", "CANBERRA" read as a name: a country's or capital's
            elif label == "PERSON" and self._place_slot(span.root) and self._whole_place(span) \
                    and self.kb.by_surname(text, self.when) is None and not self._known_person(text):
                # "sent peacekeepers to Goma", "rebels captured Goma": a town the gazetteer placed,
                # where a place is said, and no one the knowledge base knows
                label = "GPE"
            elif label in ("PERSON", "ORG") and self.gaz.demonyms.get(fold(text)):
                label = "NORP"  # "the Ugandan army", "Sri Lankan troops": a nationality read as a name
            elif label == "PERSON" and len(span) > 1 and self._body_noun(span[-1]):
                # "Delhi High Court", "Northern Fleet" read as a person: a body, whose words may
                # name its place ("Delhi")
                label = "ORG"
                self._body_words.update(range(span.start, span.end))
            elif _people_word(span.root) and (self._nationals(span.root.text) or label == "PERSON" and len(
                    span) > 1 and self.gaz.demonyms.get(fold(span[0].text))) and (
                    label == "PERSON" or label == "GPE" and _civilians(span.root) or label == "ORG" and len(span) == 1):
                # "Ordinary Azeris", "Bosnian Serbs" read as a name, "ordinary Kazakhs" as a place,
                # "Uzbeks" as a body: a nation's people
                label = "NORP"
            if label == "GPE" and self._seat_body(text):
                label = "ORG"  # "Aso Rock", "the Elysee": the body the knowledge base knows by a seat's name
            kind = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "country"}[label]
            role = self._org_role(text)
            if label == "GPE":
                place = self.places.get(span.start)
                seat = self._capital_as_actor(span)
                # a capital named as a party by its own name is its country's government, whichever
                # namesake town the places of the text made it ("Washington welcomed Moscow's
                # decision": not Moscow, Idaho); one known by another name only where the place is it
                country = self.gaz.country_of(text) or (seat if seat == self._capital(text, exact=True) else None) or (
                    place.country if place else self._place_country(text))
                if country is None:
                    continue
                if seat == country:
                    sector = "GOV"
                elif place is not None and place.precision == "city" and self._whole_place(span) \
                        and self.gaz.country_of(text) is None:
                    # a town named as a party is its people, as event coders code cities ("cities in
                    # general go to sector CVL": PLOVER gold standard records, readme)
                    sector = "CVL"
            elif label == "NORP":
                country = self.gaz.country_of(text) or self._demonym(text) or (
                    self._modifier_country(list(span[:-1])) if len(span) > 1 else None) or (  # "Bosnian Serbs"
                    None if self._regional(span.root) else self.gaz.country_of(span.root.text))  # "Ordinary Azeris"
                if _people_word(span.root):  # "the Albanians of southern Serbia", "ethnic Turks" in Sweden
                    country = self._located_country(span.root, any(
                        c.lower_ == ETHNIC for c in span.root.children if c.dep_ == "amod")) or country
                nrole = self._role_of_words([t for t in span])
                if nrole is not None:
                    sector = nrole.sector
                    kind = "group"
                elif country is None and role is None:
                    kind = "group"
            if role is not None:  # a body with no country of its own may name one ("Amnesty International Nigeria")
                sector, kind = role.sector, "organization"
                country = role.country or country or (self._modifier_country(list(span), towns=False)
                                                      if label == "ORG" else None)
            if label in ("ORG", "NORP") and role is None:
                plural_people = label == "NORP" and _people_word(span.root)
                inner = self._role_of_words(list(span))
                if inner is not None:
                    sector = sector or inner.sector
                # the country that owns it ("Sudan's Rapid Support Forces", "Ecuador's Ombudsman's
                # Office"; "China's Taiwan Affairs Office" deals with Taiwan, and is China's), then
                # one its words name, then one the text states, before a town or province its words
                # name ("Greece's Ministry of Maritime Affairs" is no ministry of Togo's Maritime region)
                if country is None and label == "ORG":
                    country = self._modifier_country(_possessors(span.root))
                country = country or self._modifier_country(list(span), towns=False)
                # "the US Congress", "Iraqi Kurds" (a people the recogniser parts from its nationality):
                # a country named just before the name
                if country is None and (label == "ORG" or plural_people):
                    country = self._modifier_country([c for c in span.root.children if c.i < span.start
                                                      and c.dep_ in ("compound", "amod", "nmod")])
                if country is None and label == "ORG":  # "Supreme Court of India", "University of Cape Town"
                    country = self._located_country(span.root, False, ("of",))
                if country is None and label == "ORG":  # "the Houthi-run Saba news agency": its controller's
                    country = self._controller_country(span)
                if country is None:  # "the Moro Islamic Liberation Front": a body the knowledge base
                    # knows by its name is of its country, not of a town a word of the name names
                    # (Moro, Pakistan); bodies of several countries by one name are placed by the text
                    country = self._modifier_country(list(span))
                    known = self._known_body(Mention(span.start, span.end, span.root.i, label, kind)) \
                        if country is not None and label == "ORG" else None
                    if known is not None and len({a.country for a in self.kb.candidates(span.text)
                                                  if a.kind != "person" and a.country}) == 1:
                        country = known.country
                if country is None and label == "ORG":
                    country = self._organ_of(span)
            plural = label == "NORP" and _people_word(span.root)
            if plural and country and sector is None and _civilians(span.root):
                sector = "CVL"
            self.mentions.append(Mention(span.start, span.end, span.root.i, label, kind, country, sector, plural))

    def _seat_body(self, name: str) -> bool:
        """Whether a name the recogniser took for a place is a body's the knowledge base knows by
        it, and no country's, capital's, sizeable town's or province's: a seat of government named
        for its occupant ("Aso Rock" is Nigeria's presidency, not a Jamaican hamlet)."""
        if self.gaz.country_of(name) or self._capital(name) or self._city_country(name):
            return False
        entity = self.kb.find(name, "organization", None, self.when)
        return entity is not None and entity.kind == "organization" and _known_name(entity, name)

    def _join_nicknames(self) -> None:
        """A person named with a quoted nickname (gang leader Jimmy "Barbecue" Cherizier), which
        the recogniser may cut at the quotes, is one name: the titles before it are the person's."""
        people = sorted((m for m in self.mentions if m.label == "PERSON"), key=lambda m: m.start)
        for first, last in zip(people, people[1:]):
            between = self.tokens[first.start:last.start]
            quotes = [t for t in between if t.is_quote]
            if len(quotes) == 2 and all(t.is_quote or self._capitalised(t) for t in between) \
                    and first in self.mentions and last in self.mentions:
                self.mentions.remove(first)
                self.mentions[self.mentions.index(last)] = replace(last, start=first.start)

    def _join_body_names(self) -> None:
        """A body named "Army of Islam", "Front for Justice": a capitalised body noun, "of" or
        "for" and capitalised words that name no place, nation or country are one name, which
        the recogniser may have cut in two (and "Islam" is no Bangladeshi man of that surname).
        "the Army of Mali" stays Mali's army."""
        for tok in self.tokens[:-2]:
            nxt = self.tokens[tok.i + 1]
            if nxt.lower_ not in ("of", "for") or not self._capitalised(tok) or not self._body_noun(tok):
                continue
            end = tok.i + 2
            while end < len(self.tokens) and self._capitalised(self.tokens[end]):
                end += 1
            if end == tok.i + 2:
                continue
            words = self.text[self.tokens[tok.i + 2].idx:self.tokens[end - 1].idx + len(self.tokens[end - 1])]
            if any(i in self.places for i in range(tok.i + 2, end)) or self.gaz.country_of(words) \
                    or self._demonym(words):
                continue
            first = next((m for m in self.mentions if m.start <= tok.i < m.end), None)
            if first is not None and (first.label != "ORG" or first.end != tok.i + 1):
                continue  # a word of a longer name, or of a person's
            parts = [m for m in self.mentions if first is m or tok.i + 2 <= m.start < end]
            if any(m.end > end for m in parts):
                continue
            start = first.start if first is not None else tok.i
            role = self.roles.get(tok.lower_)
            self.mentions = [m for m in self.mentions if m not in parts]
            self.mentions.append(Mention(start, end, tok.i, "ORG", "organization", None,
                                         role.sector if role is not None else None))

    def _find_demonyms(self) -> None:
        """A nation's people the recogniser missed ("ordinary Kazakhs", "Azeris"): a capitalised
        plural noun that names a country is a group of that country."""
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for tok in self.tokens:
            if not _people_word(tok) or tok.i in taken or tok.dep_ in ("compound", "amod") or not self._capitalised(tok):
                continue
            country = self._nationals(tok.text)
            if country is not None:
                self.mentions.append(Mention(tok.i, tok.i + 1, tok.i, "NORP", "group", country,
                                             "CVL" if _civilians(tok) else None, plural=True))

    def _nationals(self, word: str) -> str | None:
        """The country whose people a word names: a name or nationality word, or the plural of
        one the tables list only in the singular ("Uzbeks", "Britons"); a town's name in the plural
        is no one's ("Leeds" is no "Leed")."""
        one = word[:-1] if word.lower().endswith("s") else None
        return self.gaz.country_of(word) or (self.gaz.country_of(one) or self._demonym(one) if one else None)

    def _find_known_names(self) -> None:
        """Names the recogniser missed or cut up but the knowledge base knows: the longest run of
        capitalised words ("Syrian Democratic Forces", "Riigikogu"; capitals as the original text
        writes them, for the parse may be of a recased copy) that is an actor's name or alias.
        Demonyms, roles and fragments inside it give way to it; a name already found stands."""
        doc, i = self.doc, 0
        while i < len(doc):
            if not self._capitalised(self.tokens[i]):
                i += 1
                continue
            j = i
            while j < len(doc) and j - i < 8 and (self._capitalised(self.tokens[j]) or self._joins(j) or (
                    _joining_hyphen(self.tokens[j]) and j + 1 < len(doc) and _name_part(self.tokens[j + 1])) or (
                    _name_part(self.tokens[j]) and _joining_hyphen(self.tokens[j - 1]))):  # "Moon Jae-in"
                j += 1
            # a body's name may close with a generic word in lower case ("the Haqqani network"),
            # which names nothing alone or after an article ("The movement" opening a sentence is
            # no party called The Movement)
            found = self._known_span(i, j + 1) if j < len(doc) and doc[j].lower_ in NAME_TAILS else None
            if found is None or found[1] <= j or self._capitalised(self.tokens[j]) or all(
                    self.tokens[k].lower_ in DROP_WORDS for k in range(found[0], j)):
                found = self._known_span(i, j)
            if found is not None and self._inside_place(found[0], found[1]):
                found = None  # "Sea" of "the Mediterranean Sea" is no party called SEA
            if found is not None and found[1] - found[0] == 1 and found[2].kind == "organization" \
                    and len(found[2].name.split()) > 1 and any(
                        (m.start, m.end, m.label) == (found[0], found[1], "NORP") for m in self.mentions):
                # a people's or a faith's word ("Muslim worshippers") is no party's short name,
                # which the party lists give some ("Muslim": Sri Lanka's Muslim National Unity
                # Alliance); an armed group's is its people's ("Houthi")
                found = None
            if found is not None:
                start, end, entity = found
                inside = [m for m in self.mentions if start <= m.start and m.end <= end]
                across = any(m.start < end and m.end > start and m not in inside for m in self.mentions)
                # a person's full name the recogniser read in part as a place or another name
                # ("Kenzo Oshima": Oshima is a Japanese town; "Ebrahim" of "Ebrahim Raisi" an
                # organisation) is the person's
                # a body's full name, as its sources write it, likewise ("Tigray People's
                # Liberation Front" read as a person "Tigray People's Liberation"), if more than
                # an article ("The Taliban") is left out
                text = self.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
                cut_up = end - start > 1 and all(m.end - m.start < end - start for m in inside) and (
                    self.kb.full_name(text) is entity if entity.kind == "person" else
                    any(fold(n) == fold(text) for n in (entity.name, *entity.aliases)) and any(
                        self.tokens[k].lower_ not in DROP_WORDS for k in range(start, end)
                        if not any(m.start <= k < m.end for m in inside)))
                if not across and (cut_up or not any(m.label in ("PERSON", "ORG", "GPE") for m in inside)):
                    self.mentions = [m for m in self.mentions if m not in inside]
                    span = doc[start:end]
                    label, kind = ("PERSON", "person") if entity.kind == "person" else ("ORG", entity.kind)
                    self.mentions.append(Mention(start, end, span.root.i, label, kind))
            i = j

    def _find_lone_names(self) -> None:
        """A lone capitalised word the recogniser missed ("TEHRAN", "Modi said."): a capital in a
        party's place stands for its government, as a recognised one does; a proper noun, or a
        word standing alone (which the tagger may call anything: "Modi" a verb), that is a surname
        names the one person of it in office on the day (``by_surname``: exactly so spelled, and no
        place's name)."""
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        named: dict[str, int] = {}  # the last word of each full name in the text, and where it first ends
        for m in self.mentions:
            if m.label == "PERSON" and m.end - m.start > 1:
                named.setdefault(self.tokens[m.end - 1].text, m.end)
        for tok in self.tokens:
            if tok.i not in taken and tok.text[-1:] == "." and DOTTED.fullmatch(tok.text):
                self._find_dotted(tok)  # "the U.S.", "U.N." alone
                continue
            if tok.i in taken or tok.is_stop or len(tok) < 3 or not self._capitalised(tok) or any(
                    0 <= k < len(self.tokens) and self._capitalised(self.tokens[k]) and not (
                        k < tok.i and self._title_word(self.tokens[k])) for k in (tok.i - 1, tok.i + 1)):
                continue  # a word of a longer name is that name's; a title before it is not ("Chancellor Scholz")
            span = self.doc[tok.i:tok.i + 1]
            country = self._capital(tok.text) if tok.pos_ in ("PROPN", "NOUN") or _alone(tok) else None
            seat = self._capital_as_actor(span) if country is not None else None
            if seat is not None:
                self.mentions.append(Mention(tok.i, tok.i + 1, tok.i, "GPE", "country", seat, "GOV"))
            elif country is None and (tok.pos_ == "PROPN" or _alone(tok)) and (
                    named.get(tok.text, len(self.tokens)) <= tok.i or not self.gaz.candidates(tok.text)
                    and self.kb.by_surname(tok.text, self.when, spelled_otherwise=False) is not None):
                # ... or the surname of one the text named in full before ("Venancio Mondlane ... Mondlane said")
                self.mentions.append(Mention(tok.i, tok.i + 1, tok.i, "PERSON", "person"))

    def _find_dotted(self, tok: Token) -> None:
        """Initials with full stops the recogniser missed: a country's ("U.S.") or a known body's ("U.N.")."""
        country = self.gaz.country_of(tok.text)
        if country is not None:
            self.mentions.append(Mention(tok.i, tok.i + 1, tok.i, "GPE", "country", country))
            return
        entity = self.kb.find(tok.text, None, None, self.when)
        if entity is not None and entity.kind != "person":
            self.mentions.append(Mention(tok.i, tok.i + 1, tok.i, "ORG", entity.kind))

    def _title_word(self, tok: Token) -> bool:
        """Whether a word is a person's title ("Chancellor", "General"), not a word of a name."""
        role = self.roles.get(tok.lower_)
        return role is not None and role.type == "title" and role.kind == "person"

    def _joins(self, j: int) -> bool:
        """Whether token j is a joiner or name particles followed by a capitalised word."""
        k = j
        while k < len(self.tokens) and k - j < 3 and self.tokens[k].lower_ in JOINERS + PARTICLES:
            k += 1
        return j < k < len(self.tokens) and self._capitalised(self.tokens[k])

    def _known_person(self, text: str) -> bool:
        """Whether a name is a person's full name as the knowledge base writes it, or spelled
        otherwise, and no body's."""
        return self.kb.full_name(text) is not None

    def _capitalised(self, tok: Token) -> bool:
        """A capitalised word, or an acronym with digits ("MI5", "M23")."""
        return (tok.is_alpha or tok.text.isalnum() and tok.text.isupper()) and self.text[tok.idx:tok.idx + 1].isupper()

    @staticmethod
    def _place_slot(tok: Token) -> bool:
        """Whether a word stands where a place is said: a preposition's object, or the object of a
        verb whose object, in the news of force, is a place ("shelled", "captured"; word_roles.tsv)."""
        return tok.dep_ == "pobj" or tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in words("place_verb")

    def _whole_place(self, span: Span) -> bool:
        """Whether a span is the whole name of a place the gazetteer resolved in the text."""
        place = self.places.get(span.start)
        return place is not None and (span.start_char, span.end_char) == (place.char_start, place.char_end)

    def _inside_place(self, start: int, end: int) -> bool:
        """Whether tokens start..end are a part, not the whole, of a resolved place's name."""
        place = self.places.get(start)
        if place is None or any(self.places.get(k) is not place for k in range(start, end)):
            return False
        return (self.tokens[start].idx, self.tokens[end - 1].idx + len(self.tokens[end - 1])) != \
            (place.char_start, place.char_end)

    def _known_span(self, i: int, j: int) -> tuple[int, int, knowledge.KbActor] | None:
        """The longest stretch of tokens i..j that names a knowledge-base actor (not a country)."""
        for width in range(j - i, 0, -1):
            for start in range(i, j - width + 1):
                role = self.roles.get(self.tokens[start].lower_)
                if role is not None and role.type == "title" and self.tokens[start].lower_ not in agent_nouns():
                    # "President Obama": the title is not part of the name ("Islamic State" is one,
                    # and a noun of people may open one: "Doctors Without Borders")
                    continue
                span = self.doc[start:start + width]
                text = self.text[span.start_char:span.end_char]
                if len(text) <= 2 or all(t.is_stop for t in span) or self.gaz.country_of(text) is not None \
                        or span[-1].lower_ in JOINERS or span[0].lower_ in JOINERS:
                    # "The" opening a sentence is no party called THE, nor "Minister of" one called OF
                    continue
                if self._adjective(start, start + width):
                    continue
                entity = self.kb.find(text, None, None, self.when)
                if entity is not None and not entity.generic and not self._named_otherwise(span, text, entity):
                    return start, start + width, entity
        return None

    def _named_otherwise(self, span: Span, text: str, entity: knowledge.KbActor) -> bool:
        """Whether words an actor's name folds to say something else: an abbreviation's plural no
        name of it is written as ("MPs", members of parliament, is no party called MPS), or a word of
        a title the lexicon lists with the word beside it ("Chief Justice", "Justice Minister":
        no party called Justice), or the generic word closing a longer name ("Organization")."""
        if ABBREVIATIONS.fullmatch(text) and text not in (entity.name, *entity.aliases):
            return True
        if len(span) > 1:
            return False
        tok = span[0]
        if tok.lower_ in NAME_TAILS and tok.i > 0 and self._capitalised(self.tokens[tok.i - 1]):
            return True  # the generic word closing a longer name ("... Treaty Organization") is none alone
        before = self.tokens[tok.i - 1].lower_ + " " if tok.i > 0 else None
        after = " " + self.tokens[tok.i + 1].lemma_.lower() if tok.i + 1 < len(self.tokens) else None
        return any(phrase in self.roles and self.roles[phrase].type != "org"
                   for phrase in (before and before + tok.lower_, after and tok.lower_ + after) if phrase)

    def _find_acronyms(self) -> None:
        """"RSF" where the recogniser missed it or read it as a person's name ("army denies strike,
        RSF says" in a headline), because "Rapid Support Forces" or "RSF" is an organisation
        elsewhere in the document."""
        known: dict[str, Mention] = {}
        for m in self.mentions:
            if m.label == "ORG":
                text = self.doc[m.start:m.end].text
                known[fold(text)] = m
                known[_acronym(text)] = m
        if not known:
            return
        for k, m in enumerate(self.mentions):
            tok = self.tokens[m.start]
            if m.label == "PERSON" and m.end == m.start + 1 and tok.is_upper and 2 <= len(tok.text) <= 6:
                ref = known.get(fold(tok.text))
                if ref is not None:
                    self.mentions[k] = Mention(m.start, m.end, m.head, "ORG", ref.kind, ref.country, ref.sector)
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for tok in self.tokens:
            if not tok.is_upper or not 2 <= len(tok.text) <= 6 or tok.i in taken or tok.pos_ != "PROPN":
                continue
            ref = known.get(fold(tok.text))
            if ref is not None:
                self.mentions.append(Mention(tok.i, tok.i + 1, tok.i, "ORG", ref.kind, ref.country, ref.sector))

    def _find_roles(self) -> None:
        taken = {i for m in self.mentions for i in range(m.start, m.end) if m.label in ("PERSON", "GPE")}
        persons = {i for m in self.mentions for i in range(m.start, m.end) if m.label == "PERSON"}
        org_spans = {i: m for m in self.mentions if m.label in ("ORG", "NORP") for i in range(m.start, m.end)}
        covered: set[int] = set()
        for tok in self.tokens:
            if tok.i in taken or tok.i in covered:
                continue
            headline_title = tok.pos_ == "ADJ" and tok.i + 1 < len(self.doc) and self.tokens[tok.i + 1].pos_ == "VERB"
            # an agent noun alone on its line, read as an adjective ("Mujahideen" as a caption)
            bare_noun = tok.pos_ == "ADJ" and tok.dep_ == "ROOT" and not any(tok.children)
            people = self._people_of_adjective(tok)
            if tok.pos_ not in ("NOUN", "PROPN") and not headline_title and not bare_noun and people is None:
                continue
            if self._inside_place(tok.i, tok.i + 1):
                continue  # "Prince" of "Port-au-Prince": a word of a place's name
            role, width = self._role_at(tok)
            if role is None and people is not None:
                role, width = people, 1
            if role is None and tok.lemma_.lower() == HEAD.phrase and self._body_of_phrase(tok, org_spans) is not None:
                role, width = HEAD, 1
            if role is None:
                continue
            head = self.tokens[tok.i + width - 1]
            covered.update(range(tok.i, tok.i + width))
            if head.i in org_spans:
                continue  # words inside a named organisation code that organisation
            if role.type == "title" and _next_is_person(head, self.mentions):
                continue  # "General" before a name: handled when the person is coded
            if role.type == "org":
                continue  # named organisations are found as entities or by _org_role
            start = _left_edge(head)
            if role is people and head.i >= 2 and self.tokens[head.i - 1].lower_ in ("'s", "’s"):
                # "Burkina Faso's displaced", which the parser may read as a clause ("... has displaced")
                start = min(start, self.tokens[head.i - 2].left_edge.i)
            if start >= 2 and _joining_hyphen(self.tokens[start - 1]) and self.tokens[start - 2].lower_ in FORMER:
                # "ex-president", "Kenya's ex-minister": the parser may hang the role under "ex",
                # leaving the prefix and what it governs outside the role's own words
                start = _left_edge(self.tokens[start - 2])
            # the words before the role's own: a phrase's first word names no place ("coast
            # guard" is no guard of Tanzania's Coast region)
            modifiers = list(self.doc[start:min(tok.i, head.i)])
            # a body the text gives a country names no place with its words ("a Hamas official":
            # Hamas is no German village); its country is the role's
            body = next((org_spans[t.i] for t in modifiers if t.i in org_spans and org_spans[t.i].label == "ORG"), None)
            # the knowledge base's body is meant before a place its name's words name ("a Fano
            # commander": the Amhara militia's, not a man of the Italian town Fano)
            known = self._known_body(body) if body is not None else None
            if body is not None and (known is not None or body.country):
                country = self._modifier_country([t for t in modifiers if not body.start <= t.i < body.end]) \
                    or (known.country if known is not None else body.country)
            else:
                # a name before a medium is its name, no town's ("the Saba news agency")
                country = self._modifier_country(modifiers, towns=not medium_noun(head)) or self._body_of(modifiers)
            if country is None:  # "the Houthi-run Saba news agency"
                country = self._controller_country(self.doc[start:head.i + 1])
            if country is None and head.dep_ == "compound" and head.head.i > head.i:
                # "Israeli army bulldozers": the demonym on the phrase is the role's too
                country = self._modifier_country(list(self.doc[_left_edge(head.head):head.i]))
            if country is None:
                # "officials from Chad", "rebels in Mali", "the president of the European Commission",
                # "the Minister of Defence of Ukraine" (the portfolio's own "of": the country's)
                for c in head.children:
                    if country is None and c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
                        pobjs = [g for g in c.children if g.dep_ == "pobj"]
                        # "doctors from two American aid groups": the nationality of whom they are from
                        country = self._modifier_country(pobjs) or self._modifier_country(
                            [t for g in pobjs for t in g.lefts if t.dep_ in ("amod", "compound", "nmod")]) or self._body_of(
                            [t for g in pobjs for t in g.subtree]) or self._modifier_country(
                            [o for g in pobjs for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"])
            owner = next((c.i for c in head.children if c.dep_ == "poss"), None)
            if owner is not None and country is None:
                country = self._modifier_country([self.tokens[owner]])
            if owner is None:  # "Hamas commanders", "Wagner fighters" (the tagger may call the name an adjective)
                owner = next((c.i for c in head.children if c.dep_ in ("compound", "nmod", "amod") and c.i in org_spans
                              and org_spans[c.i].label == "ORG" and not _backer(c)), None)  # "IS-linked insurgents": not IS's own
                if owner is not None and country is None:  # "a former White House official"
                    country = org_spans[owner].country
            if owner is None and role.kind == "organization" and role.sector in STATE_SECTORS:
                # "the Bush administration", "the Assad regime": the government its leader heads
                owner = next((c.i for c in head.children if c.dep_ == "compound" and c.i in persons), None)
            if owner is None:  # "fighters loyal to General Khalifa Haftar", "troops led by ..."
                owner = _leader_of(head, taken | set(org_spans))
            if owner is None and (head.lemma_.lower() in BODY_PEOPLE or role.sector in ARMED):
                # "a spokesman for the ministry", "30 guerrillas of the FMLN": a body's own people,
                # a named armed side's men
                owner = self._body_of_phrase(head, org_spans)
            definite = any(c.lower_ in ("the", "this", "that") for c in head.children if c.dep_ == "det")
            kind = "person" if role.type == "title" else role.kind
            sector = role.sector
            if sector in ARMED | {"MIL"} and any(t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound")
                                                 and self._people(t) for t in self.doc[start:head.i]):
                # "Moslem forces", "Kurdish fighters", "Houthi rebels": a people's armed men, not a
                # state's army, of the country they fight in
                sector = "REB" if sector in ("MIL", "UAF") else sector
                country = country or self._located_country(head, True)
            if sector == "UAF":
                # "rebel fighters", "separatist fighters": the armed side a word before the generic
                # noun names is theirs
                named = next((r for t in self.doc[start:head.i] if t.dep_ in ("amod", "compound")
                              for r in (self.roles.get(t.lower_) or self.roles.get(t.lower_ + "s"),)
                              if r is not None and r.sector in ARMED | {"SEP"} and r.sector != "UAF"), None)
                sector = named.sector if named is not None else sector
            if known is not None and sector in ARMED and known.sector in ARMED:
                sector = known.sector  # "a Fano commander": an armed group's men are of its sector
            if sector is None and body is not None and head.lemma_.lower() in BODY_PEOPLE:
                # "a Taliban spokesman", "the Hamas leader": a body's own people, in its sector
                sector = known.sector if known is not None else body.sector
            side = self._modifier_role(head) if sector == "UAF" else None
            if side is not None and side.sector in ARMED - {"UAF"}:
                sector = side.sector  # "rebel fighters", "jihadist gunmen": armed men the modifier names
            if sector == "UAF" and any(_state_backed(t) or t.lower_ in STATE_BACKERS and t.dep_ in ("compound", "amod")
                                       for t in modifiers):
                # "pro-government militias", "regime militias": PLOVER's paramilitary force, not unidentified gunmen
                sector = "PRM"
            if sector in ("MIL", "UAF") and any(r is not None and r.sector == "PRM"
                                                for r in map(self.roles.get, (t.lower_ for t in modifiers))):
                sector = "PRM"  # "paramilitary troops": the paramilitary word says the force, whatever armed men it has
            if sector is None and country is not None and head.lemma_.lower() in LEADER_HEADS \
                    and self._of_nation(head, modifiers):
                sector = "GOV"  # "the Russian leader", "Iran's leader": a nation's leader heads its state
            if sector in STATE_SECTORS and any(t.lower_ in FORMER for t in self.doc[start:head.i]):
                sector = "ELI"  # "a former White House official", "retired generals": elites, not the state
            self.mentions.append(Mention(start, head.i + 1, head.i, "TITLE" if role.type == "title" else "ROLE",
                                         kind, country or role.country, sector, role.plural,
                                         definite, owner))

    def _of_nation(self, head: Token, modifiers: list[Token]) -> bool:
        """Whether a role noun is said of a nation and nothing else: its modifiers are articles and
        the nation's name or adjective ("the Russian leader", "Iran's leader"), or it is the
        leader "of" a country ("the leader of North Korea"); not "rebel leader", "business leaders"."""
        def nation(t: Token) -> bool:
            ent = self.ent_at.get(t.i)
            return self._capitalised(t) and (self.gaz.country_of(ent.text if ent is not None else t.text) is not None
                                             or self._demonym(t.text) is not None)
        said = [t for t in modifiers if t.dep_ not in ("det", "case", "punct")]
        if said:
            return all(map(nation, said))
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and nation(g) for g in c.children)
                   for c in head.children)

    def _people_of_adjective(self, tok: Token) -> Role | None:
        """The people an adjective stands for as a noun ("the displaced", "Sudan's displaced":
        displaced people, refugees), by the lexicon's "<adjective> people"."""
        if tok.pos_ not in ("ADJ", "VERB") or tok.dep_ not in ("ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "conj"):
            return None
        prev = self.tokens[tok.i - 1] if tok.i > 0 else None
        if prev is None or not (prev.lower_ == "the" and prev.head.i == tok.i or prev.lower_ in ("'s", "’s")):
            return None
        role = self.roles.get(f"{tok.lower_} people") or self.roles.get(f"{tok.lower_} persons")
        return Role(tok.lower_, "role", role.sector, None, "group", True) if role is not None and role.sector else None

    def _find_descriptions(self) -> None:
        """"the group", "the organisation": an organisation named before, never a new actor."""
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for tok in self.tokens:
            if tok.i in taken or tok.pos_ != "NOUN" or tok.lemma_.lower() not in GROUP_NOUNS or tok.tag_ != "NN":
                continue
            kids = [c for c in tok.children if c.i < tok.i]
            if [c.lower_ for c in kids] == ["the"]:
                self.mentions.append(Mention(tok.i - 1, tok.i + 1, tok.i, "DESC", "organization", definite=True))

    def _find_pronouns(self) -> None:
        self.quoted = _quoted(self.tokens)
        for tok in self.tokens:
            low = tok.lower_
            if low in FIRST_PERSON and tok.pos_ == "PRON" and tok.i in self.quoted:
                # "I", "we" in a quotation: the speaker (resolved once the speaker is known)
                self.mentions.append(Mention(tok.i, tok.i + 1, tok.i, "PRON", "speaker",
                                             plural=low in ("we", "us", "our", "ours", "ourselves")))
                continue
            if tok.pos_ == "PRON" and (low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in IT_PRONOUNS):
                kind = "group" if low in PLURAL_PRONOUNS else ("organization" if low in IT_PRONOUNS else "person")
                self.mentions.append(Mention(tok.i, tok.i + 1, tok.i, "PRON", kind,
                                             plural=low in PLURAL_PRONOUNS))

    def _index(self) -> None:
        self.by_token.clear()
        # narrower mentions win: in "Hifter's forces" the token "Hifter" is the person
        order = sorted(range(len(self.mentions)), key=lambda k: -(self.mentions[k].end - self.mentions[k].start))
        for idx in order:
            m = self.mentions[idx]
            for i in range(m.start, m.end):
                self.by_token[i] = idx

    # -- coding helpers -----------------------------------------------------------------------
    def _role_at(self, tok: Token) -> tuple[Role | None, int]:
        if tok.i >= 2 and _joining_hyphen(self.tokens[tok.i - 1]):
            first, _ = self._role_at(self.tokens[tok.i - 2])
            if first is not None:  # "Secretary-General", "Attorney-General": the first word's post, no rank
                return first, 1
            if tok.lower_ == "general":  # "Director-General", "Auditor-General": a civilian post, no rank
                return CIVIL_GENERAL, 1
        if tok.lower_ == "general" and tok.head.i > tok.i and tok.dep_ == "compound" and self._body_noun(tok.head) \
                and all(self._capitalised(t) for t in self.tokens[tok.i + 1:tok.head.i + 1]):
            return None, 0  # "General Intelligence Directorate", "General Secretariat": a body's name, no rank
        if tok.lower_ == "general" and tok.i >= 1 and tok.doc[tok.i - 1].whitespace_:
            first = self.roles.get(self.tokens[tok.i - 1].lower_)
            if first is not None and first.type == "title":  # "Secretary General" written apart: still no rank
                return first, 1
        nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and _joining_hyphen(nxt) and tok.i + 2 < len(self.doc) and tok.lower_ not in self.roles:
            after = self.tokens[tok.i + 2]
            # a hyphenated compound the tokenizer splits, which the lexicon writes hyphenated,
            # spaced or closed up ("narco-traffickers", "asylum-seekers", "peace-keepers")
            for joined in (f"{tok.lower_}-{after.lower_}", f"{tok.lower_} {after.lower_}", f"{tok.lower_}{after.lower_}"):
                if joined in self.roles and after.pos_ in ("NOUN", "PROPN"):
                    return self.roles[joined], 3
        if nxt is not None:
            two = f"{tok.lower_} {nxt.lower_}"
            if two in self.roles and nxt.pos_ in ("NOUN", "PROPN"):
                return self.roles[two], 2
        for key in (tok.lower_, tok.lemma_.lower()):
            role = self.roles.get(key) or (group_members().get(key) if tok.tag_ == "NN" else None)
            if role is not None and key in agent_nouns() and not _agent_use(tok):
                role = None  # "share intelligence": a generic noun names an agent only as one
            if role is not None and role.kind == "organization" and role.sector not in OFFICES and _mass_object(tok):
                role = None  # "use force", "tighten security": what is done, not a body ("stormed parliament" is)
            to = nxt if nxt is not None and nxt.lower_ == "to" else next(
                (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if role is not None and tok.lemma_.lower() == "party" and to is not None and any(
                    c.dep_ == "pobj" for c in to.children):
                # "parties to the conflict", "a party to the accord" (however the parse hangs "to"):
                # sides, not political parties
                role = None
            if role is not None:
                prev = self.tokens[tok.i - 1] if tok.i > 0 else None
                phrase = self.roles.get(f"{prev.lower_} {key}") if prev is not None and prev.pos_ == "ADJ" else None
                if phrase is not None and phrase.sector and role.kind == "organization":
                    # "central bank": the adjective makes a body another sector's (a bank is
                    # business, the central bank government); the noun keeps its kind
                    role = replace(role, sector=phrase.sector)
                # the modifier, or a participle a fragment's parse makes the verb ("wanted persons":
                # "wanted" read as a verb taking "persons" as its object)
                modifying = prev is not None and (prev.dep_ == "amod" or prev.tag_ in ("VBN", "VBD") and tok.head.i == prev.i)
                own = actor_roles().get(f"{prev.lower_} {key}") if modifying else None
                if own is not None and own.sector:
                    role = replace(role, sector=own.sector)  # "wanted persons": khaldun's own phrase, of people too
                if tok.lemma_.lower() in MEMBER_HEADS:
                    side = self._modifier_role(tok)  # "opposition candidates", "army spokesman": whose they are
                    if side is not None and side.sector:
                        role = Role(role.phrase, role.type, side.sector, role.country or side.country, role.kind,
                                    role.plural)
                if role.type == "title" and tok.lower_ != key and not role.plural:
                    # "ministers", "generals": a group of people holding the title
                    return Role(tok.lower_, "role", role.sector, role.country, "group", True), 1
                return role, 1
        prev = self.tokens[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.dep_ in ("amod", "compound") and prev.head.i == tok.i and prev.pos_ != "PROPN":
            # a noun that names no agent alone, with the modifier that makes it one in khaldun's
            # own lexicon ("the secret service"), which the tagger may call an adjective (the
            # knowledge base's thousands of agent phrases are too loose to read off a modifier)
            own = actor_roles()
            phrase = own.get(f"{prev.lower_} {tok.lower_}") or own.get(f"{prev.lower_} {tok.lemma_.lower()}")
            if phrase is not None and phrase.sector:
                return phrase, 1
        if tok.lemma_.lower() in GROUP_HEADS:
            for child in tok.children:  # "the opposition coalition", "rebel leaders"
                if child.dep_ in ("compound", "amod") and child.i < tok.i:
                    inner = self.roles.get(child.lower_) or self.roles.get(child.lemma_.lower())
                    if inner is not None and inner.type != "org":
                        plural = tok.tag_ in ("NNS", "NNPS")
                        kind = "person" if tok.lemma_.lower() in PERSON_HEADS and not plural else \
                            ("group" if plural else "organization")
                        return Role(tok.lower_, "role" if kind != "person" else "title", inner.sector,
                                    inner.country, kind, plural), 1
        return None, 0

    def _controller_country(self, span: Span) -> str | None:
        """The country of the party a "X-run", "X-led" or "X-controlled" compound before or in a
        body's name says controls it (unlike a backer's, "US-backed", the body is the
        controller's): a country, a nationality, or a body the knowledge base places."""
        for k in range(max(span.start - 1, 2), span.end):
            tok = self.tokens[k]
            if tok.lower_ not in CONTROLLING or not _joining_hyphen(self.tokens[k - 1]):
                continue
            first = k - 2
            while first > 0 and self._capitalised(self.tokens[first - 1]):
                first -= 1
            if not self._capitalised(self.tokens[k - 2]):
                return None
            name = self.text[self.tokens[first].idx:self.tokens[k - 2].idx + len(self.tokens[k - 2])]
            entity = self.kb.find(name, None, None, self.when)
            return self.gaz.country_of(name) or self._demonym(name) or (
                self.kb.coding(entity, self.when).country if entity is not None and entity.kind != "person" else None)
        return None

    def _adjective(self, start: int, end: int) -> bool:
        """Whether tokens start..end are one adjective and stop words ("Democratic lawmakers",
        "the Liberal government", "Conservative"): a word parties of many countries are named
        by, which names none of them alone. An armed group named by its people's word ("Houthi
        rebels", "Shabaab militants") is no such word: the knowledge base knows it as a group."""
        if [t.tag_ for t in self.tokens[start:end] if not t.is_stop] != ["JJ"]:
            return False
        entity = self.kb.find(self.text[self.tokens[start].idx:self.tokens[end - 1].idx + len(self.tokens[end - 1])],
                              None, None, self.when)
        return entity is None or entity.kind != "group"

    def _placed_body(self, name: str, entity: knowledge.KbActor, hint: str | None) -> knowledge.KbActor | None:
        """The body a name means where bodies of several countries bear it ("Labour", "Popular
        Front", "PAN"): the one of a country the text names, the most named first; where the text
        names none of theirs, the best documented one the knowledge base ranks first."""
        countries = {a.country for a in self.kb.candidates(name) if a.kind != "person"}
        if len(countries) < 2 or hint:  # a country the text gave the body already chose it
            return entity
        for country, _ in self._country_counts.most_common():
            if country in countries:
                return entity if entity.country == country else self.kb.find(name, entity.kind, country, self.when)
        return entity

    def _known_body(self, m: Mention) -> knowledge.Coding | None:
        """The knowledge base's coding on the document's day of the body a name denotes, if it is
        that body's own name (not one of the aliases its sources list, which may be a word of
        many bodies' names: "Democratic") and the base places it in a country."""
        last = self.tokens[m.end - 1]
        name = fold(self.text[self.tokens[m.start].idx:last.idx + len(last)])
        entity = self.kb.find(name, m.kind, None, self.when)
        if entity is None or entity.generic or entity.kind == "person" or \
                name != fold(entity.name):
            return None
        coding = self.kb.coding(entity, self.when)
        return coding if coding.country else None

    def _body_of_phrase(self, tok: Token, org_spans: dict) -> int | None:
        """The body an "of" or "for" phrase says people are of ("a spokesman for the Russian foreign
        ministry", "the leader of Hamas"): a named organisation, or a noun of an institution."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("of", "for"):
                continue
            for body in c.children:
                if body.dep_ != "pobj":
                    continue
                if body.i in org_spans and org_spans[body.i].label == "ORG":
                    return body.i
                role, width = self._role_at(body)
                if role is None and body.i > 0:  # "the foreign ministry": a two-word institution
                    role, width = self._role_at(self.tokens[body.i - 1])
                if role is not None and role.kind == "organization" and role.type != "title":
                    return body.i
        return None

    def _modifier_role(self, tok: Token) -> Role | None:
        """The role a noun's modifier or possessor names ("opposition" in "opposition
        candidates", "the governor's spokesman")."""
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "poss") and child.i < tok.i:
                inner = self.roles.get(child.lower_) or self.roles.get(child.lemma_.lower())
                if inner is not None and inner.type != "org":
                    return inner
        return None

    def _role_of_words(self, tokens: list[Token]) -> Role | None:
        for k, tok in reversed(list(enumerate(tokens))):
            if tok.lower_ == "general" and k + 1 < len(tokens) and self._body_noun(tokens[-1]) \
                    and all(self._capitalised(t) for t in tokens[k + 1:]):
                continue  # "General Intelligence Directorate": a word of a body's name, no rank
            pair, width = self._role_at(tokens[k - 1]) if k else (None, 0)
            if pair is not None and width == 2 and pair.type != "org":
                return pair  # "Nigeria Labour Congress": the phrase the last word closes, before the word's own
            role, _ = self._role_at(tok)
            if role is not None and role.type != "org":
                return role
        return None

    def _org_role(self, text: str) -> Role | None:
        """"the US State Department" -> the entry for "state department"; "Amnesty International
        Nigeria" -> the one for "amnesty international" (its country is the name's last words')."""
        words = fold(text).split()
        for k in range(len(words)):
            role = self.roles.get(" ".join(words[k:]))
            if role is not None and role.type == "org":
                return role
        for k in range(len(words) - 1, 0, -1):  # "Amnesty International Nigeria": the body's branch in a country
            role = self.roles.get(" ".join(words[:k]))
            if role is not None and role.type == "org" and self.gaz.country_of(" ".join(words[k:])):
                return role
        return None

    def _body_noun(self, tok: Token) -> bool:
        """Whether a name's last word makes it a body's ("Court", "Fleet", "Front", "Party"):
        a role noun for an organisation, or a generic word that closes bodies' names."""
        role = self.roles.get(tok.lower_)
        return tok.lower_ in NAME_TAILS or role is not None and role.kind == "organization"

    def _capital_as_actor(self, span: Span) -> str | None:
        """The country of a capital named as a party, not as a place ("demanded an admission by
        Moscow", "Tehran rejected the offer"): it stands for that country's government, as event
        coding reads it."""
        head = span.root.head
        if span.root.dep_ == "compound" or span.root.dep_ == "pobj" and (
                head.lower_ in LOCATIVE_PREPS | PATH_PREPS or head.lower_ == "of" and head.head.lower_ == "out"):
            return None  # "marched through Seoul", "pulled out of Beirut": a place gone through or left
        return self._capital(span.text)

    def _capital(self, text: str, exact: bool = False) -> str | None:
        """The country whose capital a name is, if it is one (``exact``: by the capital's own name,
        not another it is also known by, "Delhi" of Dili); a name in capitals that is not the
        capital's own is an abbreviation ("KLA", an airport code of Kampala, is an army), and a
        country's own name is the country's ("Kuwait", "Singapore", "Mexico" also name a capital)."""
        if self.gaz.country_names.get(fold(text)):
            return None
        return next((e.country for e in self.gaz.candidates(text)[:3]
                     if e.capital and (not (exact or text.isupper()) or fold(e.name) == fold(text))), None)

    def _place_country(self, text: str) -> str | None:
        iso = self.gaz.country_of(text)
        if iso:
            return iso
        cands = self.gaz.candidates(text)
        return cands[0].country if cands else None

    def _modifier_country(self, tokens: list[Token], towns: bool = True) -> str | None:
        """Country named by modifiers: "Libyan", "US", "Hong Kong" (a whole entity, not its words);
        if ``towns``, also by a city or province they name."""
        seen_ents = set()
        for width in (3, 2):
            # a nationality of two or three words the recogniser cut up ("Sierra Leonean", "Papua
            # New Guinean"), before its last word alone ("Guinean": Guinea's)
            for k in range(len(tokens) - width + 1):
                run = tokens[k:k + width]
                if run[-1].i - run[0].i == width - 1 and all(t.text[:1].isupper() for t in run) \
                        and not _backer(run[-1]):
                    iso = self.gaz.country_of(" ".join(t.text for t in run))
                    if iso:
                        return iso
        for tok in tokens:
            if not tok.text[:1].isupper() or _backer(tok):
                continue
            place = self.places.get(tok.i)
            if place is not None and place.country:
                return place.country
            if tok.ent_type_ in ("GPE", "NORP") and tok.ent_iob_ in ("B", "I"):
                ent = self.ent_at.get(tok.i)
                if ent is not None and ent.start not in seen_ents:
                    seen_ents.add(ent.start)
                    span = _trim(ent)
                    if span is not None:
                        iso = self.gaz.country_of(span.text) or (
                            self._place_country(span.text) if ent.label_ == "GPE" and towns else None)
                        if iso:
                            return iso
            if self._regional(tok):
                continue
            iso = self.gaz.country_of(tok.text) or (
                self._demonym(tok.text) if tok.ent_type_ == "NORP" or tok.pos_ == "ADJ" else None)
            if iso:
                return iso
        if not towns:
            return None
        # a city or province names its country: "Kyiv police", "Rakhine rebels"; a person's name
        # is no place's ("Bush" names a man, not a town), unless it was a body's all along. A
        # region of two words before either word alone ("West Midlands Police": England's, not
        # Zimbabwe's Midlands province). A number is no place's name: "First Vice President" is not
        # Yemen's Aden, which GeoNames also calls "First" (governorate)
        tokens = [t for t in tokens if not t.like_num and not self._after_name_word(t)]
        named = [t for t in tokens if self._capitalised(t) and (t.ent_type_ != "PERSON" or t.i in self._body_words)]
        for a, b in zip(named, named[1:]):
            country = self._city_country(f"{a.text} {b.text}") if b.i == a.i + 1 else None
            if country is not None:
                return country
        for tok in tokens:
            # a word of the role lexicon capitalised only as a sentence's first is that common word
            # ("Federal forces" are not Brazil's Federal District's); another may be a name ("Dehli police");
            # a word written in lower case is none, however a fragment's parse tags it ("coast guard")
            if (tok.pos_ == "PROPN" and tok.text[:1].isupper() or self._capitalised(tok) and not (
                    tok.is_sent_start and tok.lower_ in role_words())) and len(tok.text) > 3 \
                    and not _backer(tok) \
                    and tok.lower_ not in COMPASS and (tok.ent_type_ != "PERSON" or tok.i in self._body_words) \
                    and not _opens_role_phrase(tok):
                country = self._city_country(tok.text)
                if country is not None:
                    return country
        return None

    def _organ_of(self, span: Span) -> str | None:
        """The international body a body's name opens with, whose organ it is ("United Nations
        Support Mission in Libya", "African Union Mission in Somalia"): UNO, EUR or IGO."""
        for k in range(len(span) - 1, 0, -1):
            prefix = span[:k].text
            role = self._org_role(prefix)
            if role is not None:
                return role.country if role.country in knowledge.INTERNATIONAL else None
            entity = self.kb.find(prefix, "organization", None, self.when)
            if entity is not None:
                country = self.kb.coding(entity, self.when).country
                return country if country in knowledge.INTERNATIONAL else None
        return None

    def _after_name_word(self, tok: Token) -> bool:
        """Whether a word follows a capitalised word of the same name that is no place's, as a
        common word inside a body's name does ("National Unity Government", "Government of
        National Unity": not South Sudan's Unity state); a town or province heads the name it
        places ("Kyiv City Council", "Rakhine State police"), after a bearing at most ("North Kivu")."""
        if tok.i == 0:
            return False
        prev = self.tokens[tok.i - 1]
        return self._capitalised(prev) and prev.i not in self.places and prev.lower_ not in COMPASS \
            and not prev.is_sent_start and self.gaz.country_of(prev.text) is None and self._demonym(prev.text) is None \
            and prev.ent_type_ not in ("GPE", "LOC")

    def _city_country(self, name: str) -> str | None:
        """The country of a city (of 100,000 people or more) or a province of this name."""
        cands = self.gaz.candidates(name)
        if cands and (cands[0].kind == "city" and cands[0].population >= 100_000 or cands[0].kind in ("admin1", "country")):
            return cands[0].country
        return None

    def _located_country(self, tok: Token, in_sentence: bool, preps: tuple[str, ...] = ("of", "in")) -> str | None:
        """The country a people or their fighters are placed in: by a place attached to the noun
        ("Albanians of southern Serbia", "militias in Syria"), or, if ``in_sentence``, the first
        place its sentence names ("ethnic Turks protested against Sweden's decision"). ``preps``:
        the prepositions that attach it ("of" alone for a body: "Supreme Court of India",
        "University of Cape Town")."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                pobjs = [g for g in c.children if g.dep_ == "pobj"]
                if not pobjs:
                    continue
                # the place's whole name first ("Cape Town", parsed as a compound or as two
                # objects), then its words
                first = min(k.i for g in pobjs for k in [g, *g.children] if k.dep_ in ("pobj", "compound"))
                last = pobjs[-1]
                name = self.text[self.tokens[first].idx:last.idx + len(last)]
                country = (self.gaz.country_of(name) or self._city_country(name) if first < last.i else None) \
                    or self._modifier_country(pobjs)
                if country is not None:
                    return country
        if not in_sentence:
            return None
        sent = tok.sent
        return next((self.places[i].country for i in range(sent.start, sent.end)
                     if i in self.places and self.places[i].country and not self._in_name(i)
                     and not _backer(self.tokens[i])  # "an anti-Syria journalist" is not in Syria
                     and not self._party_modifier(i) and not self._acting_country(i)
                     and self._placing(self.places[i])), None)

    def _acting_country(self, i: int) -> bool:
        """Whether a place's name is a party's, the subject of its clause ("the United States
        suspended its partnership with Georgia, saying the government's decision ..."): a country
        that acts is not where the people of its sentence are; nor is a country a verb acts on
        ("the junta accused neighbouring Benin of ..."), where a town it acts on is a place
        ("rebels attacked Goma")."""
        ent = self.ent_at.get(i)
        root = ent.root if ent is not None else self.tokens[i]
        return root.dep_ in ("nsubj", "nsubjpass") or \
            root.dep_ in ("dobj", "dative") and self.places[i].precision == "country"

    def _placing(self, place) -> bool:
        """Whether a place may give the nation of the people its sentence names: a country, a
        province or a city of 100,000 people, or a small place of a country the document names
        again or mainly; a small place alone in its country is more likely a namesake the
        gazetteer chose ("Bolan district" in a story on Pakistan read as a hamlet in Europe).
        Before the document's countries are counted, any."""
        country = place.country
        if not self._country_counts or country == self.focus_country or self._country_counts[country] > 1:
            return True
        return place.precision != "city" or self._city_country(self.text[place.char_start:place.char_end]) == country

    def _party_modifier(self, i: int) -> bool:
        """Whether a place's word says whose another party is ("the U.S. embassy in Addis Ababa":
        the embassy is American, the town it is in is Addis Ababa)."""
        tok = self.tokens[i]
        return tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != i and tok.head.i in self.by_token

    def _in_name(self, i: int) -> bool:
        """Whether a token is a word of a person's name ("Oshima" of "Kenzo Oshima" is no town)."""
        idx = self.by_token.get(i)
        return idx is not None and self.mentions[idx].label == "PERSON"

    def _people(self, tok: Token) -> bool:
        """A word of a people or faith with no state ("Kurdish", "Moslem"): its whole name ("South
        African") is no country's, nor a region's ("West African")."""
        ent = self.ent_at.get(tok.i)
        words = ent if ent is not None else [tok]
        text = " ".join(t.text for t in words)
        return not any(self._regional(t) for t in words) and \
            self.gaz.country_of(text) is None and self._demonym(text) is None and \
            self.gaz.country_of(tok.text) is None and self._demonym(tok.text) is None

    def _regional(self, tok: Token) -> bool:
        """A demonym a qualifier makes a region's ("Latin American", "Central American leaders"),
        unless the two words name a country ("South African", "North Korean"); or a prefix makes
        a span of nations' ("the Inter-American Commission", "Pan-African Parliament")."""
        if tok.i == 0:
            return False
        prev = self.doc[tok.i - 1]
        if prev.text == "-" and tok.i > 1 and self.doc[tok.i - 2].lower_ in SPANNING:
            return True
        return prev.text[:1].isupper() and prev.lower_ in REGION_QUALIFIERS and \
            self.gaz.country_of(f"{prev.text} {tok.text}") is None and self._demonym(f"{prev.text} {tok.text}") is None

    def _demonym(self, word: str) -> str | None:
        """A nationality word the gazetteer lacks, from the knowledge base's country-name list;
        or the plural of one either lists only in the singular ("Serbs", "Croats")."""
        key = knowledge.fold(word)
        one = key[:-1] if key.endswith("s") else None
        return self.kb.country_names.get(key) or (
            self.kb.country_names.get(one) or self.gaz.country_of(word[:-1]) if one else None)

    def _in_dateline(self, m: Mention) -> bool:
        """A place written in capitals at a line's start before a comma ("HELSINKI, Oct 2 (Reuters) -"):
        where the story was filed, which tells whose officials it quotes as much as its headline does."""
        first, after = self.tokens[m.start], m.end < len(self.tokens) and self.tokens[m.end]
        return m.label == "GPE" and first.text.isupper() and len(first.text) > 2 and bool(after) \
            and after.text == "," and (first.idx == 0 or self.text[first.idx - 1] == "\n")

    def _focus_country(self) -> str | None:
        """The country the story is mainly of: its countries' mentions counted, the headline's and
        the dateline's thrice, a party acted upon half; and the headline's and the lead's subjects
        counted again, as whose act the story opens on."""
        counts: Counter[str] = Counter()
        first_line_end = self.text.find("\n")
        described = [(m.start, m.end) for m in self.mentions if m.label == "ROLE"]
        lead: int | None = None  # the first token after the dateline
        for m in self.mentions:
            # a backer's or a stance's country ("US-backed", "anti-Syria") is not where the story is
            if m.country and m.country not in knowledge.INTERNATIONAL and m.label in ("GPE", "NORP", "ROLE", "ORG") \
                    and not _backer(self.tokens[m.start]):
                if m.label == "NORP" and self._acted_upon(m) and any(
                        s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in described):
                    continue  # "expelled three Russian diplomats": the party acted upon counts once, and lightly
                in_title = first_line_end > 0 and self.tokens[m.start].idx < first_line_end
                in_dateline = self._in_dateline(m)
                if in_dateline and lead is None:
                    lead = m.end
                weight = 3 if in_title or in_dateline else 1
                counts[m.country] += weight / 2 if self._acted_upon(m) else weight
        openings = [(0, first_line_end)]
        if lead is not None:
            start = self.tokens[lead].idx
            openings.append((start, self.text.find("\n", start)))
        for start, end in openings:
            subject = self._first_subject_country(start, end)
            if subject:
                counts[subject] += 2
        for tok in self.tokens:
            if tok.ent_type_ == "" and tok.pos_ == "ADJ" and tok.text[:1].isupper() and not self._regional(tok):
                iso = self.gaz.demonyms.get(fold(tok.text))
                if iso:
                    counts[iso] += 1
        self._country_counts = counts
        return counts.most_common(1)[0][0] if counts else None

    def _acted_upon(self, m: Mention) -> bool:
        """Whether a people's party is the object of its clause's verb ("Moldova expelled three
        Russian diplomats"): a foreign party a state acts on tells less of whose story it is than
        the state acting."""
        tok = self.tokens[m.head]
        if tok.dep_ in ("amod", "compound"):
            tok = tok.head
        return m.label in ("NORP", "ROLE") and tok.dep_ == "dobj" and tok.head.pos_ == "VERB"

    def _first_subject_country(self, start: int, end: int) -> str | None:
        """The country of the first subject in the text from ``start`` to ``end`` (the headline;
        the lead after the dateline): whose act the story opens on, even where the recogniser
        missed the country's name ("CHISINAU, Sept 18 - Moldova on Thursday ordered ...")."""
        end = end if end > 0 else len(self.text)
        for tok in self.tokens:
            if tok.idx >= end:
                return None
            if tok.idx >= start and tok.dep_ == "nsubj":
                idx = self.by_token.get(tok.i)
                if idx is not None and self.mentions[idx].country:
                    return self.mentions[idx].country
                return self.gaz.country_names.get(fold(tok.text)) if tok.pos_ == "PROPN" else None
        return None

    # -- within-document coreference ----------------------------------------------------------
    def _cluster(self) -> None:
        for idx, m in enumerate(self.mentions):
            if m.kind == "speaker":
                continue  # the speaker may be named after the quotation: second pass
            target = self._antecedent(idx, m)
            if target is None:
                self._new_cluster(idx, m)
            else:
                self._join(target, idx, m)
        for idx, m in enumerate(self.mentions):
            if m.kind == "speaker":
                target = self._speaker(m)
                if target is not None:
                    self._join(target, idx, m)
        for cluster in self.clusters:
            self._finish(cluster)

    def _antecedent(self, idx: int, m: Mention) -> int | None:
        doc = self.doc
        if m.label == "PERSON":
            words = _name_words(doc[m.start:m.end])
            for c_idx, c in enumerate(self.clusters):
                if c.kind == "person" and c.surname and words and words[-1] == c.surname:
                    return c_idx
            same = self._same_known(m)  # "Hifter" after "Khalifa Haftar": one person spelled two ways
            return same if same is not None else self._later_full_name(idx, words)
        if m.label == "ORG":
            words = _name_words(doc[m.start:m.end])
            key = " ".join(words)
            surface = " ".join(_surface_words(doc[m.start:m.end]))
            poss = next((c for c in self.tokens[m.head].children if c.dep_ == "poss"), None)
            nation = self._modifier_country([poss]) if poss is not None else None
            for c_idx, c in enumerate(self.clusters):
                if c.kind == "person" and c.surname and words and words[-1] == c.surname and len(words) == 1:
                    return c_idx  # the model sometimes tags a known surname as ORG
                if nation is not None and c.country is not None and c.country != nation:
                    continue  # "Azerbaijan's defence ministry" after "Armenia's defence ministry": another body
                if c.kind == "organization" and (fold(c.name) == key or _acronym(c.name) == key.replace(" ", "")
                                                 or _acronym(surface) == fold(c.name).replace(" ", "")):
                    if _acronym(surface) == fold(c.name).replace(" ", ""):
                        c.name = surface  # the full name is the canonical one, not its acronym
                    return c_idx
            same = self._same_known(m)  # "ISIS" after "The Islamic State": one actor by two names
            if same is not None:
                return same
            appos = self._appositive_antecedent(m)
            return appos if appos is not None else self._later_full_name(idx, words)
        if m.label in ("GPE", "NORP"):
            if m.kind == "country" and m.country:
                # a capital standing for its government ("Riyadh's new friendship") is that
                # government, not the country a name of it in the same text means
                for c_idx, c in enumerate(self.clusters):
                    if c.kind == "country" and c.country == m.country and c.sector == m.sector:
                        return c_idx
            if m.label == "NORP":
                for c_idx, c in enumerate(self.clusters):
                    if c.kind == "group" and fold(c.name) == fold(doc[m.start:m.end].text):
                        return c_idx
            return None
        if m.label == "TITLE":
            title = self.tokens[m.head].lower_
            if m.owner is not None:
                return None
            persons = [c_idx for c_idx, c in enumerate(self.clusters) if c.kind == "person" and title in c.titles
                       and _same_nation(c, m.country) and self._office_fits(c, m)]
            if persons:
                return self._most_recent(persons, m.start)
            later = self._title_in_doc(title, m.country)
            if later is not None and not self._office_fits(self.clusters[later], m):
                later = None
            return later if later is not None else self._same_office(m)
        if m.label == "ROLE":
            appos = self._appositive_antecedent(m)
            if appos is not None:
                return appos
            if m.owner is not None:
                return None  # "his army", "Libya's army" is coded through its owner
            window = _sentence_start_back(self.tokens[m.head], 4)
            # "the government" in what an official says is the official's own ("Sri Lanka's minister
            # said the government would not return the trawlers", after India's government)
            own = self._reporter_country(m) if m.sector in STATE_SECTORS else None
            count = _count_of(self.tokens[m.head])
            for c_idx in reversed(range(len(self.clusters))):
                c = self.clusters[c_idx]
                if c.kind == "person" or c.sector != m.sector or self.tokens[m.head].lemma_ not in c.titles:
                    continue
                if own is not None and c.country != own:
                    continue
                if m.country is not None:
                    if c.country == m.country and fold(c.name) == fold(self._role_name(m, c.country)):
                        return c_idx
                    continue
                # "the army" after "the Lebanese army"; "the 23 fishermen" after "23 Indian fishermen",
                # however far back: the same count of the same people
                near = c.last_start >= window or count is not None and any(
                    _count_of(self.tokens[self.mentions[i].head]) == count for i in c.members)
                if m.definite and near and fold(self._role_name(m, c.country)) == fold(c.name):
                    return c_idx
            if m.definite and m.country is None and self.tokens[m.head].lemma_.lower() in GROUP_NOUNS:
                return self._named_organisation(m, window)  # "the militia" after "the Syrian Democratic Forces"
            if m.definite and m.country is None and m.sector in ARMED:
                return self._named_organisation(m, window, armed=True)  # "the militants" after "the Taliban"
            return None
        if m.label == "DESC":
            return self._named_organisation(m, _sentence_start_back(self.tokens[m.head], 3))
        if m.label == "PRON":
            if m.kind == "speaker":
                return self._speaker(m)
            return self._pronoun_antecedent(m)
        return None

    def _reporter_country(self, m: Mention) -> str | None:
        """The country of the state official whose reported words a mention is the subject of ("He
        said the government would ...", "the minister said the navy had acted"), when the text has
        already said who he is; not a party the words act on ("Blinken said Washington called on
        the electoral authorities": another state's)."""
        if self.tokens[m.head].dep_ not in ("nsubj", "nsubjpass"):
            return None
        for verb in self.tokens[m.head].ancestors:
            if verb.lemma_ not in SAY_VERBS:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            idx = self.by_token.get(subject.i) if subject is not None else None
            cluster = self.mentions[idx].cluster if idx is not None else -1
            if cluster < 0 or self.clusters[cluster].sector not in STATE_SECTORS:
                return None
            return self.clusters[cluster].country
        return None

    def _known_as(self, m: Mention) -> str | None:
        """The knowledge-base actor a name denotes on the document's day, if one (not a post)."""
        span = self.doc[m.start:m.end]
        entity = self.kb.find(self.text[span.start_char:span.end_char], "person" if m.label == "PERSON" else m.kind,
                              None, self.when)
        if entity is None or entity.generic or m.label == "PERSON" and entity.kind != "person":
            return None  # a person a source lists under a body ("John Kirby" under the US military) is not it
        return entity.id

    def _same_known(self, m: Mention) -> int | None:
        """The cluster already holding a name of the knowledge-base actor this name denotes."""
        kid = self._known_as(m)
        return next((c_idx for c_idx, c in enumerate(self.clusters) if kid in c.known), None) if kid else None

    def _named_organisation(self, m: Mention, window: int, armed: bool = False) -> int | None:
        """The latest named organisation or group before a definite description of one (an armed
        one if ``armed``), when its sector does not contradict the description's. A nationality
        word modifying a noun ("South African troops") names no group."""
        best = None
        for other in self.mentions:
            if other.start >= m.start or other.start < window or other.cluster < 0:
                continue
            c = self.clusters[other.cluster]
            if other.plural or other.label == "NORP" and self.tokens[other.head].dep_ in ("amod", "compound"):
                continue
            body = other.label in ("ORG", "NORP") and c.kind in ("organization", "group")
            known = [a for a in map(self.kb.get, sorted(c.known)) if a is not None]
            if other.label == "PERSON" and not body:
                # a body's name the recogniser read as a person's ("Boko Haram", "the Houthis") is still a body's
                entity = self.kb.find(self.doc[other.start:other.end].text, "organization", None, self.when)
                body = other.kind in ("organization", "group") or entity is not None and entity.kind != "person"
                known += [entity] if body and entity is not None else []
            if not body:
                continue
            # a body the knowledge base knows has its sector there before its cluster is coded ("M23")
            sector = c.sector or next((self.kb.coding(a, self.when).sector for a in known), None)
            if armed and sector not in ARMED:
                continue
            if m.sector and sector and m.sector != sector and not {m.sector, sector} <= ARMED:
                continue
            if sector == "MIL" and m.sector in ARMED - {"MIL"} and not c.known:
                continue  # "the rebels" after "Army troops" are the army's enemy; a known militia may be "the militia"
            if m.sector == "MIL" and self.tokens[m.head].lemma_.lower() not in fold(c.name).split() and any(
                    self.kb.coding(a, self.when).sector in ARMED - {"MIL"} for a in map(self.kb.get, c.known) if a):
                continue  # "the army" after "the RSF", a paramilitary the knowledge base knows as rebels, is their enemy
            best = other.cluster
        return best

    def _later_full_name(self, idx: int, words: list[str]) -> int | None:
        """A bare surname before the full name ("Haftar's Forces Seize Parliament", then "General
        Khalifa Haftar"): the one person of that surname the text names later."""
        if len(words) != 1:
            return None
        doc = self.doc
        later = [o for o in self.mentions[idx + 1:] if o.label == "PERSON"
                 and len(_name_words(doc[o.start:o.end])) > 1 and _name_words(doc[o.start:o.end])[-1] == words[0]]
        if len({tuple(_name_words(doc[o.start:o.end])) for o in later}) != 1:
            return None
        return self._new_cluster(self.mentions.index(later[0]), later[0], defer=True)

    def _appositive_antecedent(self, m: Mention) -> int | None:
        """"the National Front ... (NFSL), a rebel faction": an NP right after a name is that name;
        and a name right after a body the text describes names it ("the U.N. force in Cyprus, UNFICYP,")."""
        head = self.tokens[m.head]
        named = head.head
        if m.label == "ORG" and named.dep_ == "pobj" and named.ent_type_ in ("GPE", "LOC") and named.head.dep_ == "prep":
            named = named.head.head  # "the U.N. force in Mali, MINUSMA,": the parse hangs the name on the place
        if head.dep_ == "appos" and named.i in self.by_token:
            other = self.mentions[self.by_token[named.i]]
            if other.cluster >= 0 and (other.label in ("ORG", "PERSON") or other.label == "ROLE" and m.label == "ORG"
                                       and other.kind == "organization") and other.kind == (
                    "person" if m.kind == "person" else other.kind):
                return other.cluster
        i = m.start - 1
        while i >= 0 and self.tokens[i].text in (",", "(", ")", "—", "-"):
            i -= 1
        if i >= 0 and i < m.start - 1 and self.tokens[m.start].lower_ in ("a", "an") and i in self.by_token:
            other = self.mentions[self.by_token[i]]
            if other.cluster >= 0 and other.label in ("ORG", "PERSON"):
                return other.cluster
        return None

    def _same_office(self, m: Mention) -> int | None:
        """"The envoy" after "the British ambassador": a definite title the text gives no country
        of its own is the person of the same sector named in the sentence before, when exactly
        one such person is there (two would make it a guess); in its own sentence another title
        is another person ("detained the president and the prime minister")."""
        if not m.definite or m.country is not None or m.sector is None:
            return None
        head = self.tokens[m.head]
        window = _sentence_start_back(head, 1)
        near = [c_idx for c_idx, c in enumerate(self.clusters) if c.kind == "person" and self._office_fits(c, m)
                and window <= c.last_start < head.sent.start and m.sector in ([c.sector] if c.sector else []) + c.said]
        return near[0] if len(near) == 1 else None

    def _qualifier(self, m: Mention) -> str | None:
        """The word that makes a title's office one of its kind ("foreign" of "the foreign
        minister"), when the two words are a known title."""
        head = self.tokens[m.head]
        prev = self.tokens[head.i - 1] if head.i > m.start else None
        return prev.lower_ if prev is not None and f"{prev.lower_} {head.lower_}" in self.roles else None

    def _office_fits(self, c: Cluster, m: Mention) -> bool:
        """Whether a title may be a person's as to its office: "the foreign minister" is not the
        prime minister, though both are ministers; a bare "the minister" may be either."""
        mine = self._qualifier(m)
        title = self.tokens[m.head].lower_
        theirs = {w for w in c.titles if f"{w} {title}" in self.roles}
        return mine is None or not theirs or mine in theirs

    def _title_in_doc(self, title: str, country: str | None = None) -> int | None:
        """A title used before the name is introduced ("the General's coup" in a headline), of the
        nation the title names, if it names one."""
        for c_idx, c in enumerate(self.clusters):
            if c.kind == "person" and title in c.titles and _same_nation(c, country):
                return c_idx
        owners = []
        for m in self.mentions:
            if m.label == "PERSON" and title in self._titles(m)[0]:
                owners.append(m)
        if len({tuple(_name_words(self.doc[o.start:o.end])[-1:]) for o in owners}) == 1:
            # one person carries this title in the document: create the cluster now, fill later
            first = owners[0]
            return self._new_cluster(self.mentions.index(first), first, defer=True)
        return None

    def _pronoun_antecedent(self, m: Mention) -> int | None:
        """Most salient compatible actor of this and the two previous sentences.

        Salience: being the subject of a finite verb, being near, and being talked about often.
        """
        tok = self.tokens[m.head]
        if tok.lower_ in ("himself", "herself", "themselves") and tok.i > 0 and tok.i - 1 in self.by_token:
            prev = self.mentions[self.by_token[tok.i - 1]]  # "the parliamentarians themselves"
            if prev.cluster >= 0:
                return prev.cluster
        window_start = _sentence_start_back(tok, 3)
        this_sent = tok.sent.start
        counts: Counter[int] = Counter()
        best: dict[int, float] = {}
        # "he" in a quotation is not its speaker; "Putin told him": not the subject of its own verb
        excluded = {self._speaker_of(tok)} if tok.i in self.quoted else set()
        coarguments = _coarguments(tok)
        excluded |= {self.mentions[self.by_token[c.i]].cluster for c in coarguments if c.i in self.by_token}
        for other in self.mentions:
            if other.start >= m.start or other.cluster < 0 or other.cluster in excluded:
                continue
            counts[other.cluster] += 1
            if other.start < window_start:
                continue
            c = self.clusters[other.cluster]
            head = self.tokens[other.head]
            # the first of coordinated parties stands for them all ("the United States and twelve
            # other governments said they ...")
            many = other.plural or any(g.dep_ == "conj" for g in head.children)
            if m.plural:
                if c.kind == "person" or (not many and c.kind != "organization"):
                    continue
            elif m.kind == "organization":
                if not (c.kind in ("organization", "country") or c.kind == "group" and other.label == "ORG") \
                        or other.plural:  # a named armed group is an "it" ("the Islamic State ... its fighters")
                    continue
            elif c.kind != "person":
                continue
            if head.sent.start == this_sent and _dominates(tok, head):
                continue
            score = 0.0
            if head.dep_ in ("nsubj", "nsubjpass") and _finite(head.head):
                score += 2
            if m.plural and many:
                score += 2  # "their" prefers "troops" to "Ghouta"
            if tok.dep_ == "poss" and head.dep_ in ("nsubj", "nsubjpass") and head.head.i == _clause_verb(tok.head.head).i:
                # "their forces had completed their withdrawal": the clause's own subject, shared
                # along coordinated verbs ("Japan condemned the raid and reaffirmed its commitment")
                score += 2
            if m.kind == "organization" and c.kind in ("organization", "group") and not other.plural:
                score += 1  # "it" said: an organisation before a country
            if head.dep_ == "nsubj" and head.head.lemma_ in SAY_VERBS and tok.dep_ in ("nsubj", "nsubjpass") \
                    and tok.head.dep_ == "ccomp" and tok.head.head.i == head.head.i:
                score += 2  # "Uganda said it had deployed troops": the speaker speaks of itself
            if head.sent.start == this_sent or head.sent.start == _sentence_start_back(tok, 1):
                score += 1
            if coarguments and head.sent.start == this_sent:
                score += 2  # "met Hlaing and urged him": an object's antecedent, its clause's subject
                # ruled out, is first sought in its own sentence
            best[other.cluster] = max(best.get(other.cluster, -1.0), score + other.start / 1e6)
        if not best:
            return None
        ranked = {c: v + 1.5 * math.log10(1 + counts[c]) for c, v in best.items()}
        return max(ranked, key=ranked.get)

    def _speaker_of(self, tok: Token) -> int | None:
        """The cluster of whoever speaks the quotation holding ``tok``: the subject of a verb of
        saying outside the quotation, in its sentence or the one before or after."""
        doc = self.doc
        q = self.quoted.get(tok.i)
        if q is None:
            return None
        lo = _sentence_start_back(doc[q[0]], 1)
        hi = doc[min(q[1], len(doc) - 1)].sent.end
        if hi < len(doc):
            hi = self.tokens[hi].sent.end
        best = None
        for t in doc[lo:hi]:
            if t.i in self.quoted or t.dep_ not in ("nsubj", "nsubjpass") or t.head.lemma_ not in SAY_VERBS:
                continue
            idx = self.by_token.get(t.i)
            if idx is None or self.mentions[idx].label == "PRON":
                continue
            cluster = self.mentions[idx].cluster
            if cluster < 0 and self.mentions[idx].label in ("PERSON", "ORG"):
                cluster = self._antecedent(idx, self.mentions[idx])  # named after the quotation: "..., Trump said"
            if cluster is None or cluster < 0:
                continue
            dist = min(abs(t.i - q[0]), abs(t.i - q[1]))
            if best is None or dist < best[0]:
                best = (dist, cluster)
        return best[1] if best else None

    def _speaker(self, m: Mention) -> int | None:
        return self._speaker_of(self.tokens[m.head])

    def salient_person(self, before: Token) -> Actor | None:
        """The person an elliptical clause is about ("Released at the behest of the US, ...")."""
        fake = Mention(before.i, before.i + 1, before.i, "PRON", "person")
        c_idx = self._pronoun_antecedent(fake)
        if c_idx is None:
            return None
        c = self.clusters[c_idx]
        return Actor(self.text[before.idx:before.idx + len(before)], c.name, c.id, c.kind, c.country, c.sector,
                     before.idx, before.idx + len(before), c.basis)

    def _most_recent(self, cluster_ids: list[int], before: int) -> int:
        def last(c_idx: int) -> int:
            starts = [self.mentions[i].start for i in self.clusters[c_idx].members if self.mentions[i].start < before]
            return max(starts) if starts else -1
        return max(cluster_ids, key=last)

    def _country_before(self, m: Mention) -> str | None:
        """"Ukrainian President Volodymyr Zelensky", "US Secretary of State X": up to five words back."""
        i, tokens = m.start - 1, []
        while i >= 0 and i >= m.start - 5:
            tok = self.tokens[i]
            if tok.is_punct and not _joining_hyphen(tok) or tok.lower_ in ("the", "a", "an") or tok.is_sent_end \
                    or tok.pos_ == "CCONJ":  # "Chinese troops and Indian President Modi": his is India
                break
            tokens.insert(0, tok)
            i -= 1
        if not tokens or not any(self._role_at(t)[0] is not None or t.lower_ in ("leader", "chief") for t in tokens):
            return None
        return self._modifier_country(tokens) or self._body_of(tokens, national=True)

    def _appositive_coding(self, c: Cluster) -> tuple[str | None, str | None]:
        """The country and sector an apposition to a person's name gives: the country its
        modifiers name ("X, a Norwegian diplomat"), or the international body, whose official the
        person is ("X, the UN relief coordinator": UNO GOV); or the post the name is in apposition
        to ("Ivory Coast's government spokesman, Amadou Coulibaly,"); or the body the post heads,
        which codes its head ("X, the head of Haiti's police", "X, who heads Haiti's transitional
        council": HTI, and the body's sector); or else the body the post is held in ("X, commander
        of the Libyan army")."""
        for i in c.members:
            m = self.mentions[i]
            if m.label != "PERSON":
                continue
            head = self.tokens[m.head]
            posts = [a for a in head.children if a.dep_ == "appos"]
            if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i:
                posts.append(head.head)
            posts += [o for r in head.children if r.dep_ == "relcl" and r.lemma_.lower() in words("lead_verb")
                      and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in r.children)
                      for o in r.children if o.dep_ == "dobj"]
            for appos in posts:
                body = _headed_body(appos)
                said = [t for t in appos.subtree if t.i <= appos.i] if body is None else list(body.subtree)
                role = self._role_at(appos)[0] if body is None else self._role_of_words(
                    [t for t in body.subtree if t.i <= body.i])
                country = self._modifier_country(said)
                if country is not None:
                    return country, role.sector if role is not None else None
                international = self._body_of(said)
                if international is not None:
                    return international, role.sector if role is not None and role.sector else "GOV"
                owner = self._post_owner(appos)
                if owner is not None:
                    return owner
        return None, None

    def _post_owner(self, post: Token) -> tuple[str, str | None] | None:
        """The country and sector of the body a post in apposition is held in, by its "of" or "for"
        phrase, its possessor or a name before it ("X, commander of the Libyan army", "the rebels'
        leader, Jonas Savimbi", "X, a Hamas commander"): a body's own people are in its sector
        (``BODY_PEOPLE``), others keep their post's."""
        role = self._role_at(post)[0]
        heads = [g for p in post.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                 for g in p.children if g.dep_ == "pobj"] + [c for c in post.children if c.dep_ in ("poss", "compound")]
        for g in heads:
            idx = self.by_token.get(g.i)
            if idx is None or self.mentions[idx].label not in ("ORG", "ROLE", "NORP"):
                continue
            m = self.mentions[idx]
            c = self.clusters[m.cluster] if m.cluster >= 0 else None
            country, sector = (c.country, c.sector) if c is not None and c.country else (m.country, m.sector)
            if country:
                own = post.lemma_.lower() in BODY_PEOPLE or role is None or not role.sector
                return country, sector if own else role.sector
        return None

    def _body_of(self, tokens: list[Token], national: bool = False) -> str | None:
        """The international body named before a title or role ("Arab League Secretary-General X",
        "UN envoy X", "the U.N. war crimes court"): its officials and organs are coded by it (UNO,
        EUR or IGO); if ``national``, also the country of a state's body the knowledge base knows
        ("Kremlin spokesman X": Russia)."""
        for tok in tokens:  # "U.N.", which the recogniser may not name; "pro-EU" is a stance
            role = self._org_role(tok.text) if tok.text[:1].isupper() and not _backer(tok) else None
            if role is not None and role.country in knowledge.INTERNATIONAL:
                return role.country
        at = {t.i for t in tokens}
        for m in self.mentions:
            if m.label != "ORG" or not any(i in at for i in range(m.start, m.end)):
                continue
            if m.country in knowledge.INTERNATIONAL:
                return m.country
            # the body's name, or the name a title follows inside it ("United Nations Emergency
            # Relief Coordinator" read as one name: the United Nations)
            entity = next((e for end in range(m.end, m.start, -1) if (e := self.kb.find(
                self.text[self.tokens[m.start].idx:self.tokens[end - 1].idx + len(self.tokens[end - 1])],
                "organization", None, self.when)) is not None), None)
            coding = self.kb.coding(entity, self.when) if entity is not None else None
            if coding is not None and (coding.country in knowledge.INTERNATIONAL
                                       or national and coding.country and coding.sector in STATE_SECTORS):
                return coding.country
        return None

    def _former_before(self, m: Mention) -> bool:
        """Whether the titles right before a name are a past post ("former Prime Minister X"),
        whose nation or body may stand between ("former Israeli prime minister X", "former US
        Secretary of State X")."""
        i = m.start - 1
        while i >= 0 and i >= m.start - 6:
            tok = self.tokens[i]
            if tok.lower_ in FORMER or tok.lower_ in DEPOSED:
                return True
            if i >= 2 and self.tokens[i - 1].lower_ == "of" and self._capitalised(tok):
                i -= 2  # "Secretary of State": the title goes on before
                continue
            role, _ = self._role_at(tok)
            if role is None and tok.lower_ not in ("prime", "foreign", "senior", "-") \
                    and self._modifier_country([tok], towns=False) is None:
                return False
            i -= 1
        return False

    def _said_sector(self, c: Cluster) -> str | None:
        """The sector a person's titles in the text give ("Prime Minister" GOV, "opposition leader"
        OPP; a former post ELI)."""
        sectors = [r.sector for r in (self.roles.get(t) or self.roles.get(t + ".") for t in sorted(c.titles))
                   if r is not None and r.sector] + c.said
        # an office held outranks a rank earned ("Deputy Defence Minister Colonel-General X": GOV)
        sector = min(sectors, key=lambda s: s not in OFFICES, default=None)
        return "ELI" if c.former and sector in STATE_SECTORS else sector

    def _titles(self, m: Mention) -> tuple[set[str], list[str]]:
        """The titles before and inside a person's name, and the sectors they give as the text
        uses them ("opposition leader": OPP, though "leader" alone names none)."""
        titles: set[str] = set()
        sectors: list[str] = []
        i = m.start - 1
        while i >= 0 and i >= m.start - 6:
            tok = self.tokens[i]
            role, _ = self._role_at(tok)
            if role is not None and role.type == "title":
                titles.add(tok.lower_.rstrip("."))
                titles.add(tok.lower_)
                sectors += [role.sector] if role.sector else []
                i -= 1
                continue
            if tok.lower_ in ("prime", "foreign", "former", "senior") or tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.lower_ in self.roles:
                i -= 1
                continue
            if _joining_hyphen(tok) or i >= 2 and self.tokens[i - 1].lower_ == "of" and self._capitalised(tok):
                # "Colonel-General", "Minister of Defense": the title goes on before
                i -= 2 if not _joining_hyphen(tok) else 1
                continue
            break
        for tok in self.doc[m.start:m.end]:
            role, _ = self._role_at(tok)
            if role is not None and role.type == "title":
                titles.add(tok.lower_)
                sectors += [role.sector] if role.sector else []
        return titles, sectors

    def _new_cluster(self, idx: int, m: Mention, defer: bool = False) -> int:
        doc = self.doc
        span = doc[m.start:m.end]
        words = _name_words(span)
        if m.label in ("PERSON",):
            name = " ".join(w.title() if w.islower() else w for w in _surface_words(span))
            c = Cluster(name, "person", surname=words[-1] if words else None)
        elif m.label == "ORG":
            # "Rodrigo Duterte" read as an organisation: a person for "he" to refer to
            kind = "person" if self._known_person(span.text) else m.kind
            c = Cluster(" ".join(_surface_words(span)), kind, m.country, m.sector)
        elif m.label in ("GPE",) or (m.label == "NORP" and m.kind == "country"):
            country = self.gaz.country(m.country) if m.country else None
            c = Cluster(country.name if country else span.text, "country", m.country)
        elif m.label == "NORP":
            c = Cluster(" ".join(_surface_words(span)), "group", m.country, m.sector)
        elif m.label == "TITLE":
            c = Cluster(span.text, "person", m.country, m.sector)
        elif m.label == "ROLE":
            c = Cluster(self._role_name(m), m.kind, m.country, m.sector)
            c.titles.add(self.tokens[m.head].lemma_)
        else:  # an unresolved pronoun is not an actor
            return -1
        self.clusters.append(c)
        c_idx = len(self.clusters) - 1
        if defer:
            return c_idx
        self._join(c_idx, idx, m)
        return c_idx

    def _join(self, c_idx: int, idx: int, m: Mention) -> None:
        c = self.clusters[c_idx]
        if m.cluster == c_idx:
            return
        if m.label == "ORG" and all(self.mentions[i].label == "ROLE" for i in c.members):
            c.name = " ".join(_surface_words(self.doc[m.start:m.end]))  # a body described, then named: its name
        c.members.append(idx)
        c.last_start = max(c.last_start, m.start)
        m.cluster = c_idx
        span = self.doc[m.start:m.end]
        if m.label in ("PERSON", "ORG"):
            kid = self._known_as(m)
            if kid is not None:
                c.known.add(kid)
        # a person the knowledge base knows by the whole name is one, whatever the recogniser
        # called it ("Kim Jong Un" read as an organisation): "Kim" later is he
        named = m.label == "ORG" and kid is not None and len(span) > 1 and \
            getattr(self.kb.get(kid), "kind", None) == "person"
        if m.label == "PERSON" or named:
            words = _surface_words(span)
            if len(words) > len(c.name.split()) or c.surname is None:
                c.name = " ".join(words)
                c.surname = _name_words(span)[-1] if _name_words(span) else c.surname
            known = self.kb.get(kid) if kid is not None and len(words) > 1 else None
            if known is not None and known.country in knowledge.FAMILY_NAME_FIRST:
                # "Xi" after "Xi Jinping": the name the news shortens it to comes first
                c.surname = knowledge.surname(span.text, known.country) or c.surname
            titles, sectors = self._titles(m)
            c.titles |= titles
            c.said += sectors
            c.former = c.former or self._former_before(m)
            if not c.country:
                c.country = self._country_before(m)
        if m.label == "TITLE":
            c.titles.add(self.tokens[m.head].lower_)
            qualifier = self._qualifier(m)
            if qualifier is not None:
                c.titles.add(qualifier)  # "prime" of "the prime minister": the office, for ``_office_fits``
        if m.country and not c.country:
            c.country = m.country
        if m.sector and not c.sector:
            c.sector = m.sector

    def _finish(self, c: Cluster) -> None:
        """Fill a cluster's country and sector: from the knowledge base (the role held on the
        document's day), else from everything its mentions say, else from the context."""
        if self._from_kb(c):
            return
        had = (c.country, c.sector)
        if c.kind == "person":
            said = self._said_sector(c)
            if said is not None and (not c.sector or said == "ELI"):
                c.sector = said
            if not c.country:  # "X, the UN relief coordinator", "X, a Norwegian diplomat"
                c.country, sector = self._appositive_coding(c)
                c.sector = c.sector or sector
            if not c.country:
                # an official, an opposition figure or a gang's leader the text gives no nation acts
                # in the story's country, as criminal groups work inside one
                c.country = self._owned_country(c) or self._owner_country(c) or (
                    self.focus_country if c.sector in DOMESTIC_SECTORS | {"CRM"} else None)
            described = [self.mentions[i] for i in c.members if self.mentions[i].label in ("ROLE", "TITLE")]
            if not c.country and c.sector and len(described) == len(c.members) and described[0].owner is None:
                # "a journalist was shot dead in Manila": someone only described, by a trade the
                # text gives no nation, is of the place its sentence names, or of the story's country
                c.country = self._located_country(self.tokens[described[0].head], True) or self.focus_country
        elif c.kind in ("organization", "group") and not c.country and c.sector and c.sector != "IGO":
            roles = [self.mentions[i] for i in c.members if self.mentions[i].label == "ROLE"]
            if roles and _of_two_sides(self.tokens[roles[0].head]):
                pass  # "the two governments", "the foreign ministers of both countries": two nations, no one's
            elif roles:
                # the country of the first place its sentence names ("Israeli soldiers killed two
                # civilians in the West Bank": Palestinian civilians), before the story's main
                # country, which the other party's nationality may have made ("Israeli")
                c.country = (self._reporter_country(roles[0]) if c.sector in STATE_SECTORS else None) or \
                    self._sentence_country(roles[0]) or (
                    None if roles[0].owner is not None  # a named body's people are its
                    else self._located_country(self.tokens[roles[0].head], True)) or self._context_country(roles[0])
            elif c.sector in DOMESTIC_SECTORS and self.tokens[-1].sent.start > 0 \
                    and not any(t.dep_ == "poss" for i in c.members for t in self.tokens[self.mentions[i].head].children):
                # a named body of a state or of its politics whose name says no country ("the House
                # of Representatives", "the Government of National Unity"): the story's country's,
                # as an official's with no nation said is, where there is a story (in a lone sentence
                # the country named may be anyone's object: "Congress is asking Obama to help Iran");
                # a body someone owns is its owner's ("the Taliban administration's defence
                # ministry"), which is no guess to make
                c.country = self.focus_country
        if c.kind in ("organization", "group") and any(self.mentions[i].label == "ROLE" for i in c.members) \
                and not any(self.mentions[i].label in ("ORG", "NORP") for i in c.members):
            c.name = self._role_name(self.mentions[c.members[0]], c.country)
        if not c.basis and (c.country or c.sector):
            guessed = c.country is not None and had[0] is None and c.country == self.focus_country
            c.basis = "context: the document's main country" if guessed else "text"

    def _common_word_opening(self, m: Mention) -> bool:
        """Whether a one-word name opens its sentence and the text writes the word in lower case
        elsewhere ("Coalition spokesman X said" where it speaks of "the coalition"): the common
        noun, capitalised by its place, not a body of that name."""
        tok = self.tokens[m.start]
        if m.end - m.start != 1 or not tok.is_sent_start:
            return False
        if self._lower_words is None:
            self._lower_words = {t.text for t in self.tokens if t.text.islower()}
        return tok.text.lower() in self._lower_words

    def _from_kb(self, c: Cluster) -> bool:
        """Code a named cluster by the knowledge base: the entity its names denote, and the role
        it held on the document's day. A dated role overrides the text; an open role past the
        date its source knew is used only where the text says nothing."""
        names = [self.doc[self.mentions[i].start:self.mentions[i].end].text for i in c.members
                 if (self.mentions[i].label in ("PERSON", "ORG") or
                     (self.mentions[i].label == "NORP" and self.gaz.country_of(
                         self.doc[self.mentions[i].start:self.mentions[i].end].text) is None))
                 and not self._adjective(self.mentions[i].start, self.mentions[i].end)
                 and _written_as_name(self.doc[self.mentions[i].start:self.mentions[i].end])
                 and not self._common_word_opening(self.mentions[i])]
        if not names:
            return False
        hint = c.country
        entity = None
        for name in sorted(set(names) | {c.name}, key=lambda n: -len(n)):
            entity = self.kb.find(name, c.kind, hint, self.when)
            if entity is not None:
                break
        if entity is not None and any(_acronym(full) == fold(name) and not _known_name(entity, full)
                                      for full in names if full != name):
            # "the National Unity Government (NUG)": the initials are the name the text spells out,
            # not those of another body the knowledge base knows by them (Bahrain's National Unity Gathering)
            entity = None
        if entity is None and c.kind in ("person", "organization") and len(c.name.split()) == 1:
            # a bare surname (which the recogniser may call an organisation: "Orban"); a place's
            # name is no surname spelled otherwise ("Tampere", "Pattani" read as people)
            entity = self.kb.by_surname(c.name, self.when, spelled_otherwise=not self.gaz.candidates(c.name))
            if entity is not None:
                c.kind = "person"
        if entity is None and c.kind != "person":
            name = _name_core(c.name)
            entity = self.kb.find(name, c.kind, hint, self.when) if name else None
        if entity is not None and entity.kind != "person":
            entity = self._placed_body(name, entity, hint)
        if entity is None:
            return False
        coding = self.kb.coding(entity, self.when)
        stated = self._stated_country(c, entity) if entity.kind != "person" and coding.sector in STATE_SECTORS else None
        if stated and coding.country and coding.country not in knowledge.INTERNATIONAL and stated != coding.country \
                and not any(r.country == stated for r in entity.roles):
            # a state's body the text places in another state ("Ukraine's Main Intelligence
            # Directorate" is not Russia's, whose GRU bears the name): another body of that name,
            # of the same kind, in the state the text names
            c.country, c.sector = stated, c.sector or coding.sector
            c.basis = f"text: {stated}'s body, named as {entity.name}"
            return True
        if coding.country is None and entity.kind != "person" and coding.sector not in (None, "IGO"):
            coding = replace(coding, country=self._named_country(entity.name))
        # "Rodrigo Duterte", or only a surname its source lists alone ("Lavrov"), tagged as an
        # organisation: the knowledge base knows him ("Obama Administration" stays a body)
        bare = {fold(a) for a in entity.aliases if " " not in fold(a)}
        if entity.kind == "person" and c.kind != "person" and (
                any(fold(n) == fold(entity.name) for n in names) or all(fold(n) in bare for n in names)):
            c.kind = "person"
        if (entity.kind == "person") != (c.kind == "person") or (c.kind != "person" and not _names_same(entity, names)):
            # an alias that names a related actor ("Obama Administration", Hezbollah's leader):
            # its coding, not its identity
            if coding.confirmed:
                c.country, c.sector = coding.country or c.country, coding.sector or c.sector
                c.basis = f"{coding.basis} (alias of {entity.name})"
            return False
        c.kb_id, c.name = entity.id, entity.name
        said = self._said_sector(c) if c.kind == "person" else None
        undated = self.when is None and (said != "MIL" or coding.sector not in STATE_SECTORS)
        told, told_sector = self._appositive_coding(c) if c.kind == "person" else (None, None)
        if told is not None and told != coding.country and (c.former or self.when is None or not coding.confirmed
                                                             or coding.fallback):
            # "Kenzo Oshima, the UN relief coordinator": with no day to read the roles on, the
            # apposition says whose official the person was in the news, over the knowledge base's
            # latest post (a Japanese diplomat's)
            c.country, c.sector = told, told_sector or said or coding.sector
            c.basis = f"text: apposition, over {coding.basis}"
            return True
        if said is not None and said != coding.sector and (c.former or undated or not coding.confirmed
                                                           or coding.fallback):
            # a post the text says is past, no day to read the roles on, a role the knowledge
            # base knew open only until before the day, or only its source's undated code: its
            # role may not be the one of the news, whose title describes the person as it saw
            # them ("Japanese Prime Minister X", "opposition leader X", "UN Secretary-General
            # X"); a military rank ("Lt. Gen. X") is a career, not the post the knowledge base knows
            c.country, c.sector = c.country or coding.country, said
            c.basis = f"text: {'former ' if c.former else ''}title, over {coding.basis}"
        elif coding.confirmed or not (c.country or c.sector):
            named = c.sector
            c.country, c.sector, c.basis = coding.country, coding.sector, coding.basis
            if c.sector is None and named in OFFICES | knowledge.FUNCTIONS and c.country in knowledge.INTERNATIONAL:
                # an international body its source files with no function ("IGO"): the organ its
                # name names gives one ("Security Council" GOV, "European Parliament" LEG); a
                # people's word is none ("European Community")
                c.sector, c.basis = named, f"{coding.basis}; {named} by its name"
        else:  # the text's title, the same as the unconfirmed role ("Defence Minister X")
            c.sector = c.sector or said
            c.basis = f"text over {coding.basis}"
        return True

    def _stated_country(self, c: Cluster, entity: knowledge.KbActor) -> str | None:
        """The state the text says a named body is of: its possessor's ("Ukraine's ...") or a
        country's name or adjective among its words ("the Ukrainian Security Service"); not a
        town its words may name, nor a place the body's own known name is also ("the Duma" is
        Russia's, though Douma is a Syrian town)."""
        for i in c.members:
            m = self.mentions[i]
            if m.label == "ORG":
                span = self.doc[m.start:m.end]
                country = self._modifier_country(_possessors(span.root), towns=False) or (
                    None if _known_name(entity, span.text) else self._modifier_country(list(span), towns=False))
                if country:
                    return country
        return None

    def _named_country(self, name: str) -> str | None:
        """The one country a body's name names, for a body its sources place nowhere ("Army
        for the Liberation of Rwanda", "Eritrean Liberation Front"); none when it names several."""
        words = name.split()
        named = {self.gaz.country_of(" ".join(words[i:j])) for i in range(len(words))
                 for j in range(i + 1, min(i + 3, len(words)) + 1)} - {None}
        return named.pop() if len(named) == 1 else None

    def _sentence_country(self, m: Mention) -> str | None:
        """"the US Marines announced the deployment of 200 marines": same sector, same sentence;
        not the one who acts on it, nor of its country ("the U.S. embassy called on the government":
        the host's)."""
        sent = self.tokens[m.head].sent
        starts = self._starts
        subject = _subject_acting_on(self.tokens[m.head])
        actor = self.mentions[self.by_token[subject.i]].cluster if subject is not None and subject.i in self.by_token else None
        # nor the actor's own country by another name ("Blinken said Washington had concerns and called
        # on the electoral authorities": Washington is Blinken's side, the authorities another's)
        side = self.clusters[actor].country if actor is not None and actor >= 0 else None
        for other in self.mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
            if other is m or other.cluster < 0 or other.cluster == actor:
                continue
            c = self.clusters[other.cluster]
            if c.sector == m.sector and c.country and c.country != side and c.country not in knowledge.INTERNATIONAL:
                return c.country  # (a body of many states is no nation's: "expelled UNHCR officials")
        return None

    def _context_country(self, m: Mention) -> str | None:
        """The document's main country for an unnamed party the text gives none, unless the other
        party of its clause is people the text gives that nation: "Bandits abducted 12 Chinese
        engineers" says whose the engineers are, not the bandits (a story about foreigners in a
        country counts their nation as its main one). A state's party is no such sign: "the
        Mozambique government accepted demands from rebels" is about its own country's rebels;
        nor is an armed side: "Nepalese Maoist rebels killed 12 policemen" fight their own state."""
        verb = self.tokens[m.head]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for t in verb.children:
            args = [t] if t.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") else \
                [g for g in t.children if g.dep_ == "pobj"] if t.dep_ == "agent" else []
            for a in args:
                other = self.mentions[self.by_token[a.i]] if a.i in self.by_token and a.i != m.head else None
                if other is not None and other.country == self.focus_country and other.label in ("ROLE", "NORP") \
                        and other.sector not in STATE_SECTORS | ARMED and any(
                            t.ent_type_ == "NORP" for t in self.doc[other.start:other.end]):
                    # (their nation in a nationality word, "Chinese engineers", not in a place they are
                    # in: "killed 23 passengers in Pakistan's Balochistan" is no story of foreigners)
                    # the next country the document names, if any ("In Nigeria, bandits abducted
                    # 12 Chinese engineers")
                    return next((c for c, _ in self._country_counts.most_common(2)[1:]), None)
        return self.focus_country

    def _owned_country(self, c: Cluster) -> str | None:
        """A person's country from what they own or lead in the text ("his Libyan National Army")."""
        members = {self.mentions[i].head for i in c.members}
        for m in self.mentions:
            if m.label in ("ORG", "ROLE") and m.country:
                poss = [t for t in self.tokens[m.head].children if t.dep_ == "poss"]
                for p in poss:
                    if p.i in members or (p.i in self.by_token and self.mentions[self.by_token[p.i]].cluster == self.clusters.index(c)):
                        return m.country
        return None

    def _owner_country(self, c: Cluster) -> str | None:
        """The country whose official a person is by a possessor ("Britain recalled its
        ambassador": the possessor is Britain's)."""
        for i in c.members:
            m = self.mentions[i]
            if m.label == "TITLE" and m.owner is not None and m.owner in self.by_token:
                owner = self.mentions[self.by_token[m.owner]]
                if owner.cluster >= 0 and self.clusters[owner.cluster].kind == "country":
                    return self.clusters[owner.cluster].country
        return None

    def _role_name(self, m: Mention, country: str | None = None) -> str:
        head = self.tokens[m.head]
        words, proper = [], []
        for i in range(m.start, m.end):
            t = self.tokens[i]
            if t.i == head.i or (t.dep_ == "compound" and t.lower_ in self.roles):
                words.append(t.text.lower())
            elif t.dep_ in ("compound", "amod", "nmod") and t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "ORG"):
                if not self.gaz.country_of(t.text) and t.text[:1].isupper() and t.i < head.i \
                        and t.lower_ not in STANCE and not _backer(t):  # "Pro-Russian": no name of theirs
                    proper.append(t.text)
        noun = " ".join(words) if words else head.lemma_
        if proper:
            return " ".join(proper + [noun])
        iso = country or m.country
        country = self.gaz.country(iso) if iso else None
        if country is not None:
            return f"{country.demonym or country.name} {noun}"
        if iso:
            return f"{iso} {noun}"
        return noun

    # -- lookups for the event extractor ----------------------------------------------------
    def label_at(self, tok: Token) -> str | None:
        """The kind of mention at a token: PERSON, ORG, GPE, NORP, ROLE, TITLE, PRON, or None."""
        idx = self.by_token.get(tok.i)
        return self.mentions[idx].label if idx is not None else None

    def actor(self, tok: Token) -> Actor | None:
        """The actor a token refers to, or None."""
        if self._coded is None:  # still clustering
            return self._actor(tok)
        if tok.i not in self._coded:
            self._coded[tok.i] = self._actor(tok)
        return self._coded[tok.i]

    def _actor(self, tok: Token) -> Actor | None:
        idx = self.by_token.get(tok.i)
        if idx is None:
            return None
        m = self.mentions[idx]
        start_char = self.tokens[m.start].idx
        end_char = self.tokens[m.end - 1].idx + len(self.tokens[m.end - 1])
        text = self.text[start_char:end_char]
        named = any(t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN" and t.i != m.owner
                    for t in self.tokens[m.head].lefts)
        # "the head of the Palestinian Authority": a title held in a body the phrase names; "its
        # leader", "its commander": in the body an "it" stands for
        body_person = m.label == "TITLE" and m.owner is not None and self.tokens[m.head].lemma_.lower() in BODY_PEOPLE \
            and (self.tokens[m.owner].dep_ in ("pobj", "poss") or self.tokens[m.owner].lower_ in IT_PRONOUNS)
        if m.owner is not None and (m.label == "ROLE" or body_person) and self.by_token.get(m.owner) != idx \
                and not named:
            owner = self.actor(self.tokens[m.owner])
            # "al Shabaab's spokesman", "the Houthis' leader": a body's or an armed side's own people
            # by a possessor (a country's are its officials, a person's his aides: coded as titles)
            if owner is not None and not (m.label == "TITLE" and self.tokens[m.owner].dep_ == "poss" and (
                    owner.kind == "country" or owner.kind == "person" and owner.sector not in ARMED)):
                # "SDF fighters", "Hamas commanders": a named armed side's men are coded as the side
                armed = ARMED | {"MIL"}
                # a body's own people ("the commander of the militia", "officials of the ruling
                # party") are in its sector; a named armed side's men are coded as the side
                ours = self.tokens[m.head].lemma_.lower() in BODY_PEOPLE and owner.sector is not None
                sector = owner.sector if ours or m.sector in armed and owner.sector in armed else m.sector or owner.sector
                if owner.kind == "country":
                    c = self.gaz.country(owner.country) if owner.country else None
                    cl = Cluster(self._role_name(m, owner.country), m.kind, owner.country, m.sector)
                    return Actor(text, cl.name, cl.id, cl.kind, cl.country, cl.sector, start_char, end_char,
                                 f"text: {m.sector or 'role'} of {owner.name}")
                # a body placed nowhere is in the country the text gives its people, if it does
                own = self.clusters[m.cluster] if m.cluster >= 0 else None
                country = owner.country or (own.country if own is not None and own.basis == "text" else None)
                return Actor(text, owner.name, owner.id, owner.kind, country, sector, start_char, end_char,
                             f"text: owned by {owner.name}; {owner.basis}")
        if m.cluster < 0:
            return None
        c = self.clusters[m.cluster]
        return Actor(text, c.name, c.id, c.kind, c.country, c.sector, start_char, end_char, c.basis)

    def other_sides(self, tok: Token) -> list[Actor]:
        """"Thai and Cambodian soldiers": one role held by the people of several countries is one
        side per country; the actor at the token is the first, these are the others."""
        idx = self.by_token.get(tok.i)
        first = self.actor(tok)
        if idx is None or first is None or self.mentions[idx].label != "ROLE" or self.mentions[idx].head != tok.i:
            return []
        m, out = self.mentions[idx], []
        for mod in tok.children:
            if mod.dep_ not in ("amod", "compound", "nmod") or mod.i > tok.i:
                continue
            for other in mod.conjuncts:
                country = self._modifier_country([other])
                if country and country != first.country and all(a.country != country for a in out):
                    c = Cluster(self._role_name(m, country), first.kind, country, first.sector)
                    out.append(Actor(first.text, c.name, c.id, c.kind, country, first.sector, first.start, first.end,
                                     "text: one of the nationalities the phrase coordinates"))
        return out

    def export(self) -> list[Actor]:
        out = []
        for m in self.mentions:
            a = self.actor(self.tokens[m.head])
            if a is not None:
                out.append(a)
        return out


def _subject_acting_on(patient: Token) -> Token | None:
    """The subject of the verb whose object ``patient`` is, directly or by a preposition, that
    verb's subject shared along a coordination ("said it was concerned and called on the
    government": "it")."""
    verb = patient.head.head if patient.dep_ == "pobj" and patient.head.dep_ == "prep" else \
        patient.head if patient.dep_ in ("dobj", "obj") else None
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return None


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """The words ``role_nouns`` takes from the knowledge base's agent list."""
    own = actor_roles()
    return frozenset(f for f, (sector, _) in knowledge.load().agents.items() if sector and f not in own)


def _agent_use(tok: Token) -> bool:
    """A generic noun used for people or a body: plural, determined or modified, or a subject
    ("the paramedic", "farmers", "Ukrainian farmers"), not a bare mass object ("share intelligence")."""
    return (tok.tag_ in ("NNS", "NNPS") or tok.dep_ in ("nsubj", "nsubjpass", "ROOT") or
            any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children))


def _mass_object(tok: Token) -> bool:
    """A singular noun as a bare object, with no article, possessor or modifier ("use force"):
    a mass noun, where a body would be determined ("sent a force", "deployed its army")."""
    return tok.tag_ == "NN" and tok.dep_ == "dobj" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """The words of the role lexicon's phrases ("federal" of "federal police"): common words."""
    return frozenset(w for phrase in role_nouns() for w in phrase.split())


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, Role]:
    """khaldun's own role nouns and titles, then the knowledge base's generic agent nouns
    ("paramedic" MED, "mujahideen" REB, "farmers" AGR) for words the first does not list."""
    roles = dict(actor_roles())
    for form, (sector, phrase) in knowledge.load().agents.items():
        if form in roles or not sector:
            continue
        plural = form != phrase and not form.endswith("man")
        if not plural and form.split()[-1] in NAME_TAILS:  # "a rights group", "the election committee": a body
            roles[form] = Role(form, "role", sector, None, "organization", False)
            continue
        roles[form] = Role(form, "role" if plural else "title", sector, None, "group" if plural else "person", plural)
    return roles


@lru_cache(maxsize=1)
def group_members() -> dict[str, Role]:
    """One person of each of khaldun's own plural group nouns that no list names alone, in the
    group's sector: "a Palestinian prisoner" as "prisoners", "a hostage" as "hostages". Read only
    for a common noun in the singular ("National" of a body's name is no "nationals")."""
    roles = role_nouns()
    out = {}
    for form, role in actor_roles().items():
        one = form[:-1] if form.endswith("s") and not form.endswith(("ss", "ses", "ies", "ves")) else None
        if one and " " not in form and role.kind == "group" and role.plural and role.sector and one not in roles:
            out[one] = Role(one, "title", role.sector, role.country, "person", False)
    return out


# -- token helpers ----------------------------------------------------------------------------
def _possessors(tok: Token) -> list[Token]:
    """The possessors of a word, nearest first, through chains ("Ecuador's Ombudsman's Office")."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "poss"]
    while todo and len(out) < 4:
        p = todo.pop(0)
        out.append(p)
        todo += [c for c in p.children if c.dep_ == "poss"]
    return out


def _people_word(tok: Token) -> bool:
    """A plural noun, or one the tagger calls a singular name but spelled as a plural ("Azeris")
    or a nationality's noun whose plural is the singular ("ordinary Sudanese", "the Japanese")."""
    return tok.tag_ in ("NNS", "NNPS") or tok.tag_ == "NNP" and tok.lower_.endswith(("s", "ese"))


def _name_core(name: str) -> str | None:
    """A body's name without the generic words that close it ("Red Crescent Society" -> "Red
    Crescent", "Shin Bet Security Service" -> "Shin Bet"), if at least two words are left."""
    words = name.split()
    while words and words[-1].lower() in NAME_TAILS:
        words.pop()
    return " ".join(words) if 2 <= len(words) < len(name.split()) else None


def _civilians(tok: Token) -> bool:
    """A nation's people named as people, not as the nation: said to be ordinary ("ordinary
    Kazakhs", "young Algerians"), counted ("more than 100 Palestinians", "thousands of
    Nigerians") or placed by a clause ("Palestinians living in Gaza"): civilians. Bare
    "Palestinians" names the nation, not a sector."""
    if not _people_word(tok):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in CIVIL_QUALIFIERS or c.dep_ == "nummod"
           or c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")
                                                                  for g in c.children) for c in tok.children):
        return True  # "the Albanians of southern Serbia", "Palestinians in Gaza": the people of a place
    prep = tok.head  # "thousands of Nigerians", "hundreds of Palestinians"
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ in ("CD", "NNS") and \
        (prep.head.like_num or prep.head.ent_type_ == "CARDINAL")


def _written_as_name(span: Span) -> bool:
    """Whether the text writes a span as a name: a capital on a word other than its leading
    article ("The coalition" opening a sentence is a common noun, no party of that name)."""
    return any(t.text[:1].isupper() for t in span if not (t.i == span.start and t.dep_ == "det"))


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in DROP_WORDS:
        start += 1
    while end > start and doc[end - 1].lower_ in DROP_WORDS:
        end -= 1
    return doc[start:end] if end > start else None


def _surface_words(span: Span) -> list[str]:
    return [t.text for t in span if t.lower_ not in DROP_WORDS and not t.is_punct]


def _name_words(span: Span) -> list[str]:
    return [fold(t.text) for t in span if t.lower_ not in DROP_WORDS and not t.is_punct and t.text[:1].isalpha()]


def _acronym(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else "\0"


def _left_edge(head: Token) -> int:
    start = head.i
    for child in head.lefts:
        if child.pos_ == "VERB" and (child.tag_ in ("VBZ", "VBD", "VBP") or
                                     any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)):
            start = child.i + 1  # "X has castigated parliament", "general seizes parliament" mis-parsed
            continue
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "npadvmod", "punct", "case"):
            start = min(start, child.left_edge.i)
    return start


def _names_same(entity: knowledge.KbActor, names: list[str]) -> bool:
    """Whether an organisation's name in the text names the entity itself, not a body the source
    files under it ("CIA" under "US Intelligence Community"): its name, its initials, or a shared word."""
    own = set(fold(entity.name).split()) - {"the", "of", "and", "for", "al"}
    initials = "".join(w[0] for w in fold(entity.name).split() if w not in ("the", "of", "and", "for"))
    for name in names:
        words = set(fold(name).split())
        if words & own or fold(name).replace(" ", "") == initials:
            return True
    return False


STANCE = {"anti", "pro"}
CONTROLLING = {"run", "led", "controlled", "owned", "operated", "administered", "dominated", "held", "occupied"}
STATE_BACKERS = {"government", "state", "regime"}  # "pro-government", "state-backed": the state's side
BACKING = {"backed", "supported", "funded", "armed", "trained", "allied", "sponsored", "aligned", "linked",
           "affiliated", "inspired"}


def _name_part(tok: Token) -> bool:
    """Whether a word after a hyphen may go on a name ("Jae-in"), not make a compound adjective
    of it ("Russian-backed", "Kurdish-led")."""
    return tok.is_alpha and tok.tag_ not in ("VBN", "VBG", "VBD")


def _alone(tok: Token) -> bool:
    """Whether a word is the only word of its sentence (a headline or a bare name)."""
    return all(t.i == tok.i or not t.is_alpha for t in tok.sent)


def _same_nation(c: Cluster, country: str | None) -> bool:
    """Whether a title of this nation (None: unsaid) may be the person of a cluster: a title of
    another nation is another person ("the Italian foreign minister" after "the Libyan prime
    minister")."""
    return country is None or c.country in (None, country)


def _headed_body(post: Token) -> Token | None:
    """The body a post heads, which codes the person holding it: the object of a verb of leading
    ("who heads Haiti's council") or the "of" phrase of a head's title ("the head of the agency")."""
    if post.dep_ == "dobj":
        return post
    if post.lemma_.lower() not in BODY_PEOPLE:
        return None
    return next((o for p in post.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


def _backer(tok: Token) -> bool:
    """"US" in "US-backed fighters": the backer, not the fighters' country; nor is "Syria" in
    "an anti-Syria journalist" or "pro-Russian rebels" theirs."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].lower_ in STANCE:
        return True
    j = tok.i + 1
    while j < len(doc) and j <= tok.i + 3 and (doc[j].text in ("-", "–") or doc[j].pos_ == "PROPN"
                                               or doc[j].text[:1].isupper()):  # "Islamic State-linked": "State" a noun
        j += 1
    return j < len(doc) and j > tok.i + 1 and doc[j - 1].text in ("-", "–") and doc[j].lower_ in BACKING


def _state_backed(tok: Token) -> bool:
    """"government" in "pro-government" or "government-backed": a force on the state's side."""
    doc = tok.doc
    if tok.lower_ not in STATE_BACKERS:
        return False
    return tok.i >= 2 and _joining_hyphen(doc[tok.i - 1]) and doc[tok.i - 2].lower_ == "pro" or \
        tok.i + 2 < len(doc) and _joining_hyphen(doc[tok.i + 1]) and doc[tok.i + 2].lower_ in BACKING


def _opens_role_phrase(tok: Token) -> bool:
    """The first word of a role phrase with the next ("Coast Guard", "Border Police"): the phrase's
    word, not a town's name (Tanzania's Coast region)."""
    return tok.i + 1 < len(tok.doc) and f"{tok.lower_} {tok.doc[tok.i + 1].lower_}" in role_nouns()


def _joining_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("Secretary-General"), not a dash between phrases."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _next_is_person(tok: Token, mentions: list[Mention]) -> bool:
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and j <= tok.i + 3:
        if any(m.start == j and m.label == "PERSON" for m in mentions):
            return True
        if doc[j].pos_ != "PROPN" and doc[j].lower_ not in ("minister", "general") and not _joining_hyphen(doc[j]):
            return False
        j += 1
    return False


def _leader_of(head: Token, named: set[int]) -> int | None:
    """The named person or group a role noun serves: "loyal to X", "led by X", "under X"."""
    for c in head.children:
        if c.dep_ in ("amod", "acl") and c.lower_ in ("loyal", "led", "commanded", "backed", "allied"):
            for prep in c.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by", "with"):
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.i in named:
                        return pobj.i
    return None


def _quoted(tokens: list[Token]) -> dict[int, tuple[int, int]]:
    """Token index -> (first, last) token of the quotation it is in."""
    out: dict[int, tuple[int, int]] = {}
    opened = None
    for tok in tokens:
        if tok.text in QUOTES or tok.text == "''" or tok.text == "``":
            if opened is None and tok.text != "”":
                opened = tok.i
            elif opened is not None:
                for i in range(opened + 1, tok.i):
                    out[i] = (opened, tok.i)
                opened = None
        elif tok.text == "\n":
            opened = None
    return out


def _count_of(head: Token) -> str | None:
    """The number a phrase counts its people by ("23 Indian fishermen": "23"), if one."""
    return next((c.lower_ for c in head.children if c.dep_ == "nummod" and c.like_num), None)


def _coarguments(tok: Token) -> list[Token]:
    """The subject of the verb a non-reflexive object pronoun depends on ("Putin told him"), or
    that of the verb it is coordinated with, which it shares ("the minister met Hlaing and urged
    him to end the strikes": him is not the minister)."""
    if tok.dep_ not in ("dobj", "dative", "iobj", "pobj") or tok.lower_ in ("himself", "herself", "themselves"):
        return []
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
            verb.dep_ == "conj" and verb.head.i != verb.i
            or verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_LINKS and verb.head.head.pos_ == "VERB"):
        # a gerund after "by", "after" shares its verb's subject: "freed them days after abducting them"
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _of_two_sides(head: Token) -> bool:
    """Whether a role noun names people of two states at once ("the two governments", "the
    foreign ministers of both countries"); "two soldiers" are two people, and "both sides" each
    side in turn (``other_sides``)."""
    def counted(tok: Token) -> bool:
        return tok.lemma_.lower() in NATION_NOUNS and any(
            c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in tok.children)
    return counted(head) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and counted(g) for g in p.children)
        for p in head.children)


def _known_name(entity: knowledge.KbActor, name: str) -> bool:
    """Whether a name is one the knowledge base gives the entity."""
    return fold(name) in {fold(n) for n in (entity.name, *entity.aliases)}


def _clause_verb(verb: Token) -> Token:
    """The first of coordinated verbs, whose subject the others share."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _dominates(a: Token, b: Token) -> bool:
    """True when b is inside a's noun phrase (a pronoun cannot refer inside its own phrase)."""
    return b.head.i == a.head.i and b.dep_ == "poss" and a.dep_ == "poss"


def _sentence_start_back(tok: Token, n: int) -> int:
    """Token index where the sentence n sentences before tok's begins."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            return 0
        start = tok.doc[start - 1].sent.start
    return start


def _finite(verb: Token) -> bool:
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)
