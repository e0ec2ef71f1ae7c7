"""Events: triggers from the lexicon, their arguments from the dependency parse, their codes
from the ontology table, and their time, place and certainty.

Argument patterns handled: active ("X attacked Y"), passive ("Y was captured by X"), nominal
("X's attack on Y", "the deployment of X to Z"), light verbs ("X launched an attack on Y"),
coordination ("X attacked Y, took over Z"), control ("X announced its intention to purge Y"),
relative clauses ("a faction which was backed by X"), and reported speech (the speaker of
"announced the deployment" is the deployer when nobody else is named).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..errors import ConfigError
from ..ontologies.tables import ARMED_SECTORS, Trigger, nearest, words
from ..records import NO_DATE, Actor, Event, EventMention, Frame, Modality, Place, TimeSpan
from .actors import RELATIVE_PRONOUNS, STATE_SECTORS, Actors, Cluster
from .certainty import certainty
from .frames import FrameBuilder

SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
CONTACT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID"}
GIVING_TYPES = {"SUPPORT", "AID", "COOPERATE", "SANCTION"}


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
        self.places = places
        self.all_times = times
        self.times = [t for t in times if not t.is_duration and not t.rule.startswith("ref:")]
        self.lexicon = lexicon
        self.dictionaries = dictionaries  # a user's CAMEO/PETRARCH dictionaries, or None
        self.published = published
        self.found: list[_Found] = []
        self.locations: dict[int, Place] = {}
        self.consumed: set[int] = set()
        self.framer = FrameBuilder(doc, text, actors, places, self._takes_object)
        self._entry_cache: dict[int, list[Trigger]] = {}

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
        verb_types = {f.trigger.i: nearest(f.cameo).plover for f in self.found if f.entry.pos == "VERB"}
        for f in self.found:
            t = f.trigger
            if f.entry.pos == "NOUN" and t.dep_ == "dobj" and verb_types.get(t.head.i) == nearest(f.cameo).plover:
                self.consumed.add(t.i)  # "delivered food aid": one AID event
            if f.entry.pos == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in words("stop_verb"):
                self.consumed.add(t.i)  # "suspended its airstrikes" is not an airstrike
                if nearest(f.cameo).plover in ("ASSAULT", "COERCE"):
                    for g in self.found:
                        if g.trigger.i == t.head.i:
                            g.cameo, g.rule = "087", g.rule + "+stops-violence"
        events = []
        seen: set[str] = set()
        for f in self.found:
            if f.trigger.i in self.consumed:
                continue
            event = self._event(f)
            if event is not None and event.id not in seen:
                seen.add(event.id)
                events.append(event)
        return merge_reports(events)

    # -- triggers -------------------------------------------------------------------------------
    def _entries(self, tok: Token) -> list[Trigger]:
        if tok.i not in self._entry_cache:
            self._entry_cache[tok.i] = self._lookup(tok)
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
        base = own[0] if own else None
        return [Trigger(tok.lemma_.lower(), "VERB", cameo, base.object if base else "target",
                        base.preps if base else (), "", 1.0, "dictionary")]

    def _own_entries(self, tok: Token) -> list[Trigger]:
        pos = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(tok.pos_)
        if pos is None or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "DATE", "LOC", "FAC"):
            return []
        if pos == "NOUN" and tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
            if self._key_entries(f"{tok.lemma_.lower()} {tok.head.lemma_.lower()}", "NOUN"):
                return []  # "air" in "air strike": the head carries the compound
            return []  # "attack helicopters"
        if pos == "VERB" and tok.dep_ == "amod" and not any(c.dep_ == "nsubj" for c in tok.children):
            return []  # "self-proclaimed", "failed invasion"
        if tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() in words("non_event_head"):
            return []  # "the right to protest"
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "state":
            entries = self._key_entries(f"state of {tok.lemma_.lower()}", "NOUN")
            if entries:
                return entries
        lemma = tok.lemma_.lower()
        keys = []
        if pos == "VERB":
            for child in tok.children:
                if child.dep_ == "prt":
                    keys.append(f"{lemma} {child.lower_}")
                if child.dep_ == "dobj":
                    keys.append(f"{lemma} {child.lemma_.lower()}")
        if pos == "NOUN":
            for child in tok.children:
                if child.dep_ == "compound":
                    keys.append(f"{child.lemma_.lower()} {lemma}")
        keys.append(lemma)
        if tok.lower_ != lemma:
            keys.append(tok.lower_)
        for key in keys:
            entries = self._key_entries(key, pos)
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
        if modifier is not None and nearest(entry.cameo).plover in GIVING_TYPES:
            if agent is not None and not objs:
                objs.append(agent)  # "his US backing": he is backed
            agent = modifier
            rule += "+modifier"
        return agent, objs, preps, rule

    def _code(self, tok: Token, entries: list[Trigger]) -> None:
        pos = entries[0].pos
        frame = self.framer.frame(tok)
        if frame.has(Modality.PURPOSE) or frame.has(Modality.DEMANDED):
            return  # what an act was for, or what someone demands, is not an act (the demand is)
        src, objs, preps, rule = self._args(frame, entries[0])
        for entry in entries:
            obj_ok = self._satisfies(entry.requires, objs)
            if obj_ok:
                break
        else:
            return
        if entry is not entries[0]:
            src, objs, preps, rule = self._args(frame, entry)
        source = self._resolve(src) if src is not None else None
        targets: list[Token] = []
        fragment = self._fragment_target(tok) if pos == "VERB" else None
        if fragment is not None:
            objs, rule = [], rule + "+fragment"
        if src is not None and not any(self._resolve_quiet(o) for o in objs) \
                and not any(p in entry.preps for p, _ in preps) and (
                nearest(entry.cameo).plover in SYMMETRIC_TYPES or entry.lemma.split()[0] in words("symmetric_lemma")):
            partners = [c for c in src.conjuncts if c.i > src.i]
            if partners:
                objs = [partners[0]]  # "Japan and South Korea met": the second is the partner
                rule += "+coordinated-partner"
        if entry.object == "target" or "+coordinated-partner" in rule:
            targets = [o for o in objs]
        for p, pobj in preps:
            if p in entry.preps or p.startswith("object:"):
                targets.append(pobj)
        if entry.object == "theme" and source is None and objs:
            source = self._resolve(objs[0])  # "the deployment of 200 marines": they mobilize
            rule += "+theme-as-source"
        cameo = entry.cameo
        intent = next((c.split(":", 1)[1] for c in frame.cues if c.startswith(("intended:", "future:"))), None)
        if intent is not None:
            recoded = _intent_code(cameo)
            if frame.has(Modality.CONDITIONAL) and not nearest(recoded).plover == "THREATEN":
                recoded = "130"  # "will withdraw its force unless ...": a threat, not a promise
            if recoded != cameo:
                cameo = recoded
                rule += f"+intent:{intent}"
                head = int(frame.under[1:]) if frame.under else None
                if head is not None and (self.doc[head].lemma_.lower(), "VERB") in self.lexicon:
                    self.consumed.add(head)  # "agreed to withdraw" is one event, not two
        contact = nearest(entry.cameo).plover in CONTACT_TYPES
        location = self._location(tok, objs + [p for _, p in preps] if contact else [],
                                  ([src] if src is not None else []) + objs, contact)
        resolved = [(t, self._resolve(t)) for t in self._expand(targets)]
        resolved = [(t, a) for t, a in resolved if a is not None]
        if fragment is not None:
            resolved = [(None, fragment)]
        if not resolved:
            resolved = [(None, None)]
        for _, target in resolved:
            if source is not None and target is not None and source.id == target.id:
                continue
            self.found.append(_Found(tok, entry, source, target, location, f"{entry.origin}:{rule}", cameo, frame))
        if location is not None:
            self.locations[tok.i] = location

    def _takes_object(self, tok: Token) -> bool:
        entries = self._entries(tok)
        return bool(entries) and entries[0].object == "target"

    def _fragment_target(self, tok: Token) -> Actor | None:
        """"Released at the behest of the US, ...": a headless passive about the topic person."""
        if tok.tag_ == "VBN" and tok.i == tok.sent.start and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return self.actors.salient_person(tok)
        return None

    def _satisfies(self, requires: str, objs: list[Token]) -> bool:
        if not requires:
            return True
        kind = requires.split("=", 1)[1]
        if kind == "none":
            return not objs
        if not objs:
            return False
        o = objs[0]
        actor = self.actors.actor(o)
        if kind == "military":
            return o.lemma_.lower() in words("military") or o.lower_ in words("military") or \
                (actor is not None and actor.sector in ARMED_SECTORS)
        if kind == "person":
            return actor is not None and actor.kind == "person" or o.lower_ in ("him", "her", "them") or \
                o.ent_type_ == "PERSON"
        if kind == "place":
            return o.i in self.places or o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_ in words("place_noun")
        if kind == "actor":
            return actor is not None or o.i in self.places
        if kind == "thing":
            return actor is None and o.i not in self.places
        return True

    def _expand(self, tokens: list[Token]) -> list[Token]:
        out: list[Token] = []
        for t in tokens:
            out.append(t)
            out.extend(c for c in t.conjuncts if c.i > t.i and c.pos_ in ("NOUN", "PROPN", "PRON"))
        seen, uniq = set(), []
        for t in out:
            if t.i not in seen:
                seen.add(t.i)
                uniq.append(t)
        return uniq

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
            return replace(actor, country=country, sector=(agent if len(code) == 3 and agent else code[3:]) or actor.sector)
        return replace(actor, sector=agent) if agent else actor

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
        if tok.dep_ == "appos":
            actor = self.actors.actor(tok.head)
            if actor is not None:
                return actor
        if tok.lemma_.lower() in words("event_noun"):
            for f in reversed(self.found):  # "the operation": whoever carried out the last one
                if f.trigger.i < tok.i and f.source is not None and f.trigger.sent.start >= tok.sent.start - 60 \
                        and (nearest(f.cameo).plover == "ASSAULT" or f.cameo in ("192", "173", "175")):
                    return f.source
        place = self.places.get(tok.i)
        if place is not None and place.country:
            country = self.actors.gaz.country(place.country)
            cl = Cluster(country.name if country else place.country, "country", place.country)
            return Actor(self.text[place.char_start:place.char_end], cl.name, cl.id, "country", place.country, None,
                         place.char_start, place.char_end)
        return None

    # -- time, place ---------------------------------------------------------------------------
    def location_for(self, tok: Token) -> Place | None:
        """Where the event expressed by any verb or noun happened (for evaluation and callers that
        bring their own trigger), by the same rules as coded events."""
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
                    if place is None and self._entries(pobj):  # "during the invasion of Chad"
                        of = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                              for g in p.children if g.dep_ == "pobj"]
                        place = self._location(pobj, of)
                    if place is not None:
                        return place
            if c.dep_ == "compound" and c.i in self.places and tok.pos_ in ("NOUN", "PROPN") and contact:
                return self.places[c.i]  # "the Libya coup"
        head = tok.head
        light = words("light_verb")
        if tok.dep_ == "dobj" and head.lemma_ in light | words("agentive_report"):
            allowed = words("location_prep") if head.lemma_ in light else {"to", "into"}
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in allowed:
                    for pobj in c.children:
                        if pobj.dep_ == "pobj" and pobj.i in self.places:
                            return self.places[pobj.i]
        for a in participants:  # "fighters in Tripoli clashed", "residents of Tripoli protested"
            for c in a.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "outside", "of"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            place = self._place_at(pobj)
                            if place is not None:
                                return place
        if tok.dep_ in ("conj", "advcl") and head.pos_ == "VERB":  # "marched on Tripoli and took parliament"
            if head.i in self.locations:
                return self.locations[head.i]
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in words("location_prep"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj" and pobj.i in self.places:
                            return self.places[pobj.i]
        return None

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
        for c in tok.children:  # "Tripoli's airport", "her Reshimbagh residence"
            if c.dep_ in ("poss", "compound", "nmod") and c.i in self.places:
                return self.places[c.i]
        if tok.lemma_.lower() in ("city", "town", "village") and any(
                c.lower_ == "the" for c in tok.children if c.dep_ == "det"):
            return self._last_settlement(tok)  # "the city": the last town the text named
        return None

    def _last_settlement(self, tok: Token) -> Place | None:
        earliest = tok.doc[max(0, tok.sent.start - 120)].idx
        best = None
        for place in self.places.values():
            if place.precision == "city" and earliest <= place.char_start < tok.idx:
                if best is None or place.char_start > best.char_start:
                    best = place
        return best

    def _date(self, tok: Token) -> TimeSpan:
        sent = tok.sent
        in_sent = [t for t in self.times if sent.start_char <= t.char_start < sent.end_char]
        if not in_sent:
            return self._paragraph_date(tok)
        subtree = {t.i for t in tok.subtree}

        def tokens_of(t: TimeSpan) -> set[int]:
            span = self.doc.char_span(t.char_start, t.char_end, alignment_mode="expand")
            return {w.i for w in span} if span is not None else set()

        own = [t for t in in_sent if tokens_of(t) & subtree]
        if own:
            return min(own, key=lambda t: abs(t.char_start - tok.idx))
        node = tok
        for _ in range(5):
            if node.head is node:
                break
            if node.dep_ not in ("conj", "xcomp", "advcl", "acl", "dobj", "pobj", "prep", "ccomp", "relcl", "attr"):
                break
            node = node.head
            near = [t for t in in_sent if tokens_of(t) & {c.i for child in node.children
                                                          if child.dep_ in ("prep", "npadvmod", "advmod", "tmod", "nmod")
                                                          for c in child.subtree}]
            if near:
                return near[0]
        before = [t for t in in_sent if t.char_start < tok.idx]
        return before[-1] if before else in_sent[0]

    def _paragraph_date(self, tok: Token) -> TimeSpan:
        """A sentence without a time of its own continues the time of its paragraph's last one,
        unless the clause signals a shift ("has since", "now", "later")."""
        clause = tok if tok.pos_ == "VERB" else tok.head
        for node in (tok, clause):
            if any(c.lower_ in words("shift_adverb") for c in node.children):
                return NO_DATE
        para_start = self.text.rfind("\n", 0, tok.sent.start_char) + 1
        earlier = [t for t in self.times
                   if para_start <= t.char_start < tok.sent.start_char and t.start and t.end]
        if not earlier:
            return NO_DATE
        return earlier[-1]

    # -- assembly --------------------------------------------------------------------------------
    def _event(self, f: _Found) -> Event | None:
        if f.source is None and f.target is None:
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
        trig_end = tok.idx + len(tok.text)
        for c in tok.children:
            if c.dep_ == "prt":
                trig_end = max(trig_end, c.idx + len(c.text))
        trigger_text = self.text[tok.idx:trig_end]  # the original words, not the parser's recased ones
        date = self._date(tok)
        acled = _acled(row, f.source, f.target)
        conf = f.entry.weight * (1.0 if f.source else 0.75) * (1.0 if f.target else 0.85)
        if "inherited" in f.rule or "+theme" in f.rule:
            conf *= 0.9
        cert = certainty(f.frame)
        key = f"{self.document_id}|{tok.idx}|{f.cameo}|{f.target.id if f.target else ''}|{f.source.id if f.source else ''}"
        return Event(
            id="e" + hashlib.sha1(key.encode()).hexdigest()[:15],
            document_id=self.document_id,
            text=self.text[s_start:s_end],
            span=(s_start, s_end),
            trigger=trigger_text,
            trigger_span=(tok.idx, trig_end),
            type=row.plover,
            mode=row.mode,
            cameo=row.cameo,
            acled=acled,
            source=f.source,
            target=f.target,
            date=date,
            location=f.location,
            certainty=cert,
            confidence=round(min(1.0, conf), 3),
            rule=f.rule,
            mentions=(EventMention(self.text[s_start:s_end], (s_start, s_end), trigger_text, (tok.idx, trig_end)),),
        )


def merge_reports(events: list[Event]) -> list[Event]:
    """One event per real-world event in a document: reports with the same type, the same source
    and target actors and no conflicting date or place ("Libyan General Seizes Parliament" and
    "by Sunday had taken over the airport and parliament") become one event whose ``mentions``
    list every sentence; the best-dated, best-placed report leads."""
    groups: dict[tuple, list[Event]] = {}
    order: list[tuple] = []
    for e in events:
        if e.source is None or e.target is None:
            key = ("single", e.id)
        else:
            key = (e.type, e.source.id, e.target.id, e.certainty)
            for other_key in order:
                if other_key[:4] == key and _compatible(groups[other_key][0], e):
                    key = other_key
                    break
            else:
                key = key + (e.id,)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(e)
    out = []
    for key in order:
        reports = groups[key]
        lead = max(reports, key=lambda e: (e.date.start is not None, e.location is not None, e.confidence,
                                           -e.trigger_span[0]))
        lead = _with_date_and_place(lead, reports)
        mentions = tuple(EventMention(e.text, e.span, e.trigger, e.trigger_span)
                         for e in sorted(reports, key=lambda e: e.trigger_span[0]))
        out.append(replace(lead, mentions=mentions, confidence=round(min(1.0, max(e.confidence for e in reports)
                                                                          + 0.05 * (len(reports) - 1)), 3)))
    return sorted(out, key=lambda e: e.trigger_span[0])


def _compatible(a: Event, b: Event) -> bool:
    if a.date.start and b.date.start and (a.date.start, a.date.end) != (b.date.start, b.date.end):
        return False
    if a.location and b.location and a.location.name != b.location.name:
        return False
    return True


def _with_date_and_place(lead: Event, reports: list[Event]) -> Event:
    date = lead.date if lead.date.start else next((e.date for e in reports if e.date.start), lead.date)
    location = lead.location or next((e.location for e in reports if e.location), None)
    return replace(lead, date=date, location=location)


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


def _acled(row, source: Actor | None, target: Actor | None) -> dict[str, str] | None:
    if not row.acled_event_type:
        return None
    event_type, sub = row.acled_event_type, row.acled_sub_event_type
    armed = lambda a: a is not None and a.sector in ARMED_SECTORS  # noqa: E731
    if event_type in ("Battles", "Violence against civilians") and row.cameo[:2] in ("18", "19", "20"):
        if armed(source) and armed(target):
            event_type, sub = "Battles", "Armed clash"
        elif armed(source) and target is not None and target.kind in ("person", "group") and not armed(target):
            event_type, sub = "Violence against civilians", "Attack"
    if row.cameo == "192" and source is not None and source.sector in STATE_SECTORS:
        sub = "Government regains territory"
    return {"event_type": event_type, "sub_event_type": sub}
