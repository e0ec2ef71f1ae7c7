"""Clause frames: each predicate of a parsed document, verbal or nominal, read once into a typed
``Frame`` (lemma, voice, polarity, modality, tense, arguments by role, the reporting frame above
it and its speaker). Event typing, certainty, dating and placing read frames, not the parse.

Argument patterns: active ("X attacked Y"), passive ("Y was captured by X"), headline passives
without an auxiliary ("President Assassinated at Home"), nominal ("X's attack on Y", "the
deployment of X to Z"), light verbs ("X launched an attack on Y", "staged a demonstration"),
coordination ("X attacked Y, took over Z"), control ("X announced its intention to purge Y"),
relative clauses ("a faction which was backed by X"), allegations ("accused X of killing") and
acts undergone ("drew criticism from X", "came under attack from X").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from ..ontologies.tables import words
from ..records import Frame, FrameArgument, Modality
from .actors import CONTROLLING, GERUND_LINKS, LOCATIVE_PREPS, RELATIVE_PRONOUNS, Actors

# Which modality wins when several apply: the first in this order.
_PRIORITY = (Modality.QUESTION, Modality.DEMANDED, Modality.PURPOSE, Modality.CONDITIONAL,
             Modality.HYPOTHETICAL, Modality.INTENDED, Modality.FUTURE, Modality.HEDGED,
             Modality.REPORTED, Modality.ASSERTED)
# dependency labels along which a clause inherits the status of the clause that embeds it
EMBEDDING = {"ccomp", "xcomp", "advcl", "acl", "relcl", "dobj", "pobj", "prep", "attr", "conj", "pcomp"}
# the links by which words stay inside what a charge or denial says (``FrameBuilder.said_within``):
# not a clause of their own (relative, adverbial), another's speech (a complement clause) nor the
# means or circumstances it names ("accused Baku of trying to legitimise force by demanding changes")
CONTENT_STEPS = {"conj", "dobj", "xcomp"}
TEMPORAL_ENTS = {"DATE", "TIME"}
SEQUENCE_PREPS = {"since", "until", "before", "after"}  # a time apart from the act ("during" is its occasion)
TEMPORAL_PREPS = SEQUENCE_PREPS | {"during"}
# prepositions of an act's occasion or cause ("following the deaths of two Israelis", "because of
# fighting between A and B"): the people in them are more often another event's than this one's
CIRCUMSTANCE_PREPS = TEMPORAL_PREPS | {"following", "amid", "amidst", "despite", "because", "due"}
# prepositions of what a clause is about or answers ("will confront the situation over the alleged
# genocide", "vowed revenge for the attack"): an act named there keeps its own status, not the clause's
TOPIC_PREPS = CIRCUMSTANCE_PREPS | {"over", "about", "regarding", "concerning"}
# prepositions by which a death or wound names the act that caused it ("died in the attack", "from
# his wounds", "under torture", "during the shelling", "after the bombing")
CAUSE_PREPS = {"in", "during", "from", "of", "under", "after"}
NOUN_SLOTS = {"nsubj", "nsubjpass", "dobj", "pobj"}
INSTRUMENT_PREPS = {"with", "using", "by"}
# dependencies that open a clause or phrase of its own: not searched for a verb's participant
# (a clause under a preposition too: "agreed to resign without returning to Kyrgyzstan")
PHRASE_STOPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "nsubj", "nsubjpass", "mark", "punct",
                "conj", "cc", "npadvmod", "agent", "pcomp"}


def is_a(tok: Token, role: str) -> bool:
    """Whether a word plays ``role`` in word_roles.tsv, by its lemma or, where the lemmatizer
    misreads a past form ("staged" -> "stag"), by its form less the ending."""
    vocab = words(role)
    if tok.lemma_.lower() in vocab or tok.lower_ in vocab:
        return True
    form = tok.lower_
    if tok.pos_ == "VERB" and form.endswith(("ed", "es", "s")):
        return form[:-1] in vocab or form[:-2] in vocab
    return False


def stops(tok: Token) -> bool:
    """Whether a verb stops or lessens what its object noun names ("ended the curfew", "called off
    the strike"; not "called a strike")."""
    vocab = words("stop_verb")
    return tok.lemma_.lower() in vocab or phrasal_lemma(tok) in vocab


def _charge(node: Token) -> Token | None:
    """The verb of a charge whose "of" or "for" phrase a clause or noun is: "accused of killing",
    "arrested for arson", "accused Armenian troops of firing" (the parse hangs "of" on the accused)."""
    if node.dep_ not in ("pcomp", "pobj") or node.head.lower_ not in ("of", "for") or node.head.head.i == node.head.i:
        return None
    accuser = node.head.head
    if accuser.dep_ == "dobj" and accuser.head.lemma_ in words("alleging"):
        accuser = accuser.head
    return accuser if accuser.lemma_ in words("alleging") else None


def intent_of(tok: Token) -> bool:
    """A gerund after "of" on a noun of intent ("no intention of withdrawing", "its plan of
    annexing"): the act intended, as after "to"."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
        and tok.head.head.lemma_.lower() in words("intent")


def object_control(tok: Token) -> bool:
    """An infinitive after a verb's object ("warned Hezbollah not to attack", "urged Iran to stop"):
    the object is its subject, unless the verb is one of use ("used tear gas to disperse them")."""
    return tok.dep_ == "xcomp" \
        and tok.head.lemma_.lower() not in words("instrument_verb") and any(c.dep_ == "dobj" for c in tok.head.children)


def asked_of_object(tok: Token) -> bool:
    """An infinitive after the object of a verb of saying ("warned Hezbollah not to attack", "told
    the rebels to disarm"): the act is asked of the one addressed, neither done nor intended by the
    speaker (unlike "committed Rwanda to withdraw", where the one committed intends it)."""
    return object_control(tok) and tok.head.lemma_.lower() in words("communicative") | words("reporting")


def small_clause(tok: Token) -> bool:
    """A participle with a subject and no auxiliary that completes a verb ("ordered the force
    dissolved", "wanted him arrested"): its subject is to be acted on, a passive left unsaid."""
    return tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.tag_ == "VBN" and tok.head.pos_ == "VERB" \
        and any(c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def particles(tok: Token) -> list[Token]:
    """A verb's particles: those the parse marks, and the adverb right after it that is one
    ("stepped down", "pulled back": the parser often reads the particle as an adverb)."""
    return [c for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == tok.i + 1
            and c.lower_ in words("particle")]


def phrasal_lemma(tok: Token) -> str:
    """The lemma with the verb's particles ("hold off", "take over")."""
    return " ".join([tok.lemma_.lower(), *(c.lower_ for c in particles(tok))])


class FrameBuilder:
    """Read the frames of one parsed document. ``actors`` and ``places`` (token index -> place)
    tell which words name participants; ``takes_object(tok)`` whether a verb is transitive in
    the lexicon (for headline passives)."""

    def __init__(self, doc: Doc, text: str, actors: Actors, places: dict,
                 takes_object: Callable[[Token], bool] = lambda tok: True,
                 moves_object: Callable[[Token], bool] = lambda tok: False):
        self.doc = doc
        self.text = text
        self.actors = actors
        self.places = places
        self.takes_object = takes_object  # whether a verb's object is whom it is done to
        self.moves_object = moves_object  # whether a verb's object is what it moves or uses ("sent troops")
        self._frames: dict[int, Frame] = {}

    # -- public ---------------------------------------------------------------------------------
    def build(self, tokens: Iterable[Token]) -> list[Frame]:
        """Frames for the given predicate tokens and every verb, in text order."""
        heads = {t.i for t in tokens} | {t.i for t in self.doc if t.pos_ == "VERB"}
        return [self.frame(self.doc[i]) for i in sorted(heads)]

    def frame(self, tok: Token) -> Frame:
        if tok.i in self._frames:
            return self._frames[tok.i]
        pos = word_class(tok) or "VERB"
        if pos == "VERB":
            agent, objs, preps, pattern, modifier = *self.verb_args(tok), None
        elif pos == "NOUN":
            agent, objs, preps, pattern, modifier = self.noun_args(tok)
        else:
            agent, objs, preps, pattern = self.adj_args(tok)
            modifier = None
        passive = pattern.startswith(("passive", "headline-passive"))
        args: list[FrameArgument] = []
        if agent is not None:
            args.append(self._arg("agent", agent))
        obj_role = "theme" if pos == "NOUN" else "patient"
        args += [self._arg(obj_role, o) for o in objs]
        for prep, pobj in preps:
            args.append(self._arg(self._prep_role(prep, pobj), pobj, prep))
        if modifier is not None:
            args.append(self._arg("modifier", modifier))
        modality, cues, under = self.modality(tok)
        polarity = not self.negated(tok)
        if not polarity:
            cues = cues + ("negated",)
        reporter = self._reporting_head(tok)
        speaker = None
        if reporter is not None:
            if under is None:
                under = f"f{reporter.i}"
            subj = self.subject(reporter)
            speaker = self._arg("agent", subj) if subj is not None else None
        else:
            according = self._according_to(tok)
            speaker = self._arg("agent", according) if according is not None else None
        anchor = self.anchor(tok) if pos == "NOUN" else tok
        light = anchor.head if pos == "NOUN" and anchor.dep_ in ("dobj", "attr") and is_a(anchor.head, "light_verb") else None
        start, end = self._predicate_span(tok, light)
        frame = Frame(
            id=f"f{tok.i}", predicate=self.text[start:end], lemma=self._lemma(tok), pos=pos, head=tok.i,
            start=start, end=end, voice="nominal" if pos != "VERB" else ("passive" if passive else "active"),
            polarity=polarity, modality=modality, cues=cues, tense=self.tense(tok, modality), arguments=tuple(args),
            pattern=pattern, light=light.lower_ if light is not None else None, under=under,
            speaker=speaker, sentence=(tok.sent.start_char, tok.sent.end_char),
        )
        self._frames[tok.i] = frame
        return frame

    # -- arguments ------------------------------------------------------------------------------
    def verb_args(self, tok: Token):
        children = list(tok.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        if tok.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in children) \
                and any(c.dep_ == "nsubj" for c in children) and is_headline(tok, self.text) \
                and self.takes_object(tok):
            # "President Assassinated at Home": a headline passive without its auxiliary
            subj = next(c for c in children if c.dep_ == "nsubj")
            agent = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            return agent, [subj], [], "headline-passive"
        # "107 people had been detained and 10 officers injured": a passive whose auxiliaries are
        # those of the verb it is coordinated with, left unsaid; its subject is acted on
        gapped = tok.dep_ == "conj" and tok.tag_ == "VBN" and not passive \
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in children) \
            and any(c.dep_ == "nsubj" for c in children) and any(c.dep_ == "auxpass" for c in tok.head.children)
        # "the crew was rescued and taken to Djibouti": a participle with no subject or auxiliary of
        # its own, coordinated with a passive, shares its auxiliary and so its subject acted on
        shared = None
        if not (passive or gapped) and tok.dep_ == "conj" and tok.tag_ == "VBN" \
                and not any(c.dep_ in ("aux", "auxpass", "dobj", "nsubj") for c in children) \
                and any(c.dep_ == "auxpass" for c in tok.head.children):
            shared = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
        passive = passive or gapped or shared is not None
        src = None
        objs: list[Token] = []
        preps: list[tuple[str, Token]] = []
        rule = "passive" if passive else "active"
        if shared is not None:
            objs.append(shared)
            rule += "+shared-subject"
        for c in children:
            if c.dep_ == "nsubj" and gapped:
                objs.append(c)
            elif c.dep_ == "nsubj" and not passive:
                src = _participle_subject(c)
            elif c.dep_ == "agent":
                src = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ == "nsubjpass":
                objs.append(c)
            elif c.dep_ == "dative" and c.pos_ == "ADP":  # "provided intelligence to Macedonia"
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None) or _stranded_object(c)
                if pobj is not None:
                    preps.append((c.lower_, pobj))
            elif c.dep_ == "dative" and not passive and any(g.dep_ == "dobj" for g in children):
                preps.append(("to", c))  # "gave Indonesia $5 million": the first of two objects is the recipient
            elif c.dep_ in ("dobj", "dative") and not passive:
                objs.append(c)
            elif c.dep_ == "prep":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None) or _stranded_object(c)
                if pobj is not None:
                    preps.append((c.lower_, pobj))
                elif (inner := _compound_preposition(c)) is not None:
                    preps.append(inner)
        if src is None and passive:  # "supplied to the rebels by Iran": the parse hangs the agent on the last noun
            src = next((g for _, o in preps for c in o.children if c.dep_ == "prep" and c.lower_ == "by"
                        for g in c.children if g.dep_ == "pobj" and self.actors.actor(g) is not None), None)
            rule += "+agent-of-object" if src is not None else ""
        by_agent = any(c.dep_ == "agent" for c in children)
        # a noun the parse makes a clause's root, or coordinates with a clause's verb ("leaders
        # criticised the government, and a group of students protested outside"), with this verb
        # hung on it: the clause's subject, its own verb misread as a participle
        rootless = tok.head.dep_ == "ROOT" or tok.head.dep_ == "conj" and tok.head.head.pos_ in ("VERB", "AUX")
        reduced = tok.dep_ == "acl" and tok.tag_ == "VBN" and not objs and not passive \
            and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") \
            and (not rootless or by_agent or is_headline(tok, self.text)) \
            and not any(c.dep_ in ("nsubj", "aux") for c in children) and self.takes_object(tok)
        if reduced:  # "the rebels killed on Thursday", "a Kurdish rebel captured by Turkey", a headline's
            # "Armenian soldier killed in border shooting": a passive relative without its pronoun and
            objs.append(tok.head)  # auxiliary, about the noun acted on
            passive, rule = True, "passive+reduced-relative"
        if tok.dep_ == "relcl" and not passive and not objs and self.takes_object(tok) and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in children):
            objs.append(tok.head)  # "areas the Taliban has captured": the noun is the object left out
            rule += "+object-gap"
        if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and not objs:
            objs.append(tok.head)  # mis-parse: "X has castigated parliament" with the verb as modifier
            rule += "+modifier-verb"
        if tok.dep_ == "relcl" and not passive and src is not None and src.lower_ in RELATIVE_PRONOUNS:
            src = tok.head
        if src is None and not reduced and tok.dep_ == "acl" and rootless \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            src = tok.head  # "Thousands of students protested in Santiago" parsed without a main verb
            rule += "+rootless"
        if src is None and tok.dep_ in ("amod", "compound"):
            src = next((t for t in reversed(list(tok.head.lefts)) if t.i < tok.i
                        and self.actors.actor(t) is not None), None)  # "Libyan general seizes parliament"
        if src is None and not reduced:
            src = self.inherited_subject(tok, passive)
            if src is not None:
                rule += "+inherited-subject"
        for o in list(objs):  # "fought a crusade against X", "purge the nation of X"
            if self.actors.actor(o) is None and o.i not in self.places:
                for c in o.children:
                    if c.dep_ == "prep" and c.lower_ in ("against", "on", "of", "with") \
                            and not (c.lower_ == "on" and is_a(o, "topic_noun")):  # "its position on Kosovo"
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            preps.append(("object:" + c.lower_, pobj))
        if passive and tok.dep_ == "relcl" and not objs:
            objs.append(tok.head)
        if not passive and not objs and self.takes_object(tok):
            shared = self._shared_object(tok)
            if shared is not None:  # "killing and wounding scores of civilians"
                objs.append(shared)
                rule += "+shared-object"
        if not any(self._participant(o) for o in objs):
            found = self.phrase_participant(tok, src)
            if found is not None:
                preps.append(("object:" + found[0], found[1]))
                rule += "+phrase"
        partner = self._partner(tok, [*objs, *(t for _, t in preps)])
        if partner is not None:
            preps.append(("with", partner))
            rule += "+partner"
        if not objs and tok.lemma_ in words("communicative"):
            for c in children:  # "demanded that the US cancel", "warned Iran would pay"
                if c.dep_ == "ccomp":
                    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        objs.append(subj)
                        rule += "+ccomp-subject"
        if not objs and tok.lemma_ in words("permissive_verb"):
            # "allowed UN inspectors to visit the site", "allowed aid agencies access to the south": the
            # one let do something is the one the permission is given to
            subj = next((g for c in children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                         if g.dep_ == "nsubj"), None) or next((c for c in children if c.dep_ == "dative"), None)
            if subj is not None:
                objs.append(subj)
                rule += "+permitted"
        if not objs and tok.lemma_ in words("demand"):
            small = next((c for c in children if small_clause(c)), None)
            subj = next((g for g in small.children if g.dep_ == "nsubj"), None) if small is not None else None
            if subj is not None:  # "ordered the force dissolved": what is to be done to is acted on
                objs.append(subj)
                rule += "+small-clause-subject"
            for c in children:  # "called for the UN to send troops": the one asked to act is acted on
                if c.dep_ in ("advcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
                    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        preps.append(("object:for", subj))
                        rule += "+for-subject"
        return src, objs, preps, rule

    def _partner(self, tok: Token, named: list[Token]) -> Token | None:
        """The party an act is agreed with when the act names none ("agreed with Uganda to reopen
        the border", the parse hanging "with Uganda" on the verb of agreeing)."""
        if tok.dep_ != "xcomp" or object_control(tok) or any(self.actors.actor(t) is not None for t in named):
            return None
        return next((g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj" and self.actors.actor(g) is not None), None)

    @staticmethod
    def _shared_object(tok: Token) -> Token | None:
        """The object of the next verb coordinated with ``tok`` when ``tok`` has none of its own
        and nothing stands between them but the conjunction ("murdered and tortured supporters")."""
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i \
                    and all(t.dep_ in ("cc", "punct") or t.pos_ == "ADV" for t in tok.doc[tok.i + 1:c.i]):
                return next((g for g in c.children if g.dep_ == "dobj"), None)
        return None

    def _participant(self, tok: Token) -> bool:
        """An actor, a place, or people counted ("killed 12", "abducted dozens"): a number as
        object stands for them."""
        return self.actors.actor(tok) is not None or tok.i in self.places or tok.dep_ == "dobj" and (
            tok.like_num or tok.tag_ == "NNS" and is_a(tok, "partitive"))

    def _uncoded(self, tok: Token) -> bool:
        """Whether the actor a name stands for has neither a country nor a sector."""
        actor = self.actors.actor(tok)
        return actor is not None and actor.country is None and actor.sector is None

    def _names_place(self, tok: Token) -> bool:
        """Whether a noun is a place or a place's generic noun ("Zamfara state", "Gao region")."""
        return tok.i in self.places or any(c.dep_ == "compound" and c.i in self.places for c in tok.children)

    def _party_place(self, prep: str, tok: Token) -> bool:
        """Whether a place named with a locative preposition is a party to the act: "at a market
        in Kabul", "near the Preah Vihear temple": a town, or any place the act was near or at, is
        where it happened; a country or territory it was in ("eased measures in Montenegro") is a party."""
        place = self.places.get(tok.i)
        return place is not None and prep in ("in", "inside", "across", "throughout") \
            and place.precision not in ("city", "admin2")

    def phrase_participant(self, tok: Token, agent: Token | None) -> tuple[str, Token] | None:
        """The first actor or place named in a clause's own phrase after its verb, with the
        preposition that introduces it ("called for sanctions against Nigeria", "offered to hand
        over to Britain", "denounced Serbia's suppression", "eased measures in Montenegro"): the
        participant acted upon when no object names one. Clauses of their own (relative, adverbial,
        reported) are not entered, nor a town the act happened in. A party named through "against",
        "to", "with" comes before a country it happened in, and both before one named in the act's
        occasion ("reimposed a blockade in Gaza following the killing of three soldiers")."""
        found: list[tuple[int, int, str, Token]] = []
        own = self.actors.actor(agent) if agent is not None else None
        todo = [(c, "", False) for c in tok.children if c.i > tok.i and c.dep_ not in PHRASE_STOPS]
        while todo:
            node, prep, occasion = todo.pop()
            if agent is not None and node.i == agent.i or node.dep_ == "poss" and node.pos_ == "PRON":
                continue  # "its partners": the possessor is the agent's own side
            if node.dep_ == "poss" and self._names_place(node.head):
                continue  # "in Nigeria's Zamfara state": the country only says where the place is
            if node.dep_ == "prep" and node.lower_ == "according":
                continue  # "talks with both sides, according to diplomats": who reports the act, not a party to it
            if prep == "over" and node.dep_ == "pobj" and node.head.head.i == tok.i and node.pos_ == "PROPN" \
                    and node.ent_type_ != "PERSON" and getattr(self.actors.actor(node), "kind", None) != "person":
                continue  # "fought two wars over Nagorno-Karabakh": the land or the thing disputed, not a
                # party to the act (unlike a person, or an owner: "protests over Maduro's re-election")
            if node.dep_ == "prep" or (node.dep_ == "dative" and node.pos_ == "ADP"):
                prep = node.lower_
                occasion = occasion or prep in CIRCUMSTANCE_PREPS
            if prep in LOCATIVE_PREPS and node.i in self.places and not self._party_place(prep, node):
                continue
            if prep in LOCATIVE_PREPS and node.dep_ == "compound" and node.head.pos_ == "NOUN" \
                    and self._uncoded(node):
                continue  # "at the Torkham crossing": a name that only says which place, where no code says who
            named = node.pos_ in ("NOUN", "PROPN", "PRON") or self.actors.label_at(node) in ("NORP", "GPE")
            # "agreed to send troops to Kosovo": what a verb of the phrase moves is no party (its
            # words may still name one: "sent troops to the border with Jordan")
            moved = node.dep_ == "dobj" and node.head.i != tok.i and self.moves_object(node.head)
            if named and not moved and self._participant(node):  # "German goods", "Indonesian rule": the demonym's country
                actor = self.actors.actor(node)
                if own is None or actor is None or actor.id != own.id:
                    rank = 2 if occasion else int(prep in LOCATIVE_PREPS)
                    found.append((rank, node.i, prep or node.dep_, node))
                continue
            # the party that leads a thing is named before it ("the US-led war": the US; the parse
            # hangs "US" on "led" as a bare noun phrase, which is otherwise a time: "Monday")
            # a gerund that completes a noun's preposition says what the thing is for ("a formula for
            # ending its dispute with Norway"), unlike one on the verb, why it was done ("arrested
            # for criticising the government")
            todo += [(c, prep, occasion) for c in node.children
                     if c.dep_ not in PHRASE_STOPS or c.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN")
                     or c.dep_ == "npadvmod" and node.lower_ in CONTROLLING and c.i < node.i
                     or c.dep_ == "pcomp" and node.dep_ == "prep" and node.head.pos_ == "NOUN"]
        if not found:
            return None
        _, _, prep, node = min(found, key=lambda f: f[:2])
        return prep, node

    def noun_args(self, tok: Token):
        src = None
        objs: list[Token] = []
        preps: list[tuple[str, Token]] = []
        rule = "nominal"
        modifier = None
        for c in tok.children:
            if c.dep_ == "poss":
                src = c
            elif c.dep_ == "prep":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if c.lower_ == "by":
                    src = pobj
                elif c.lower_ == "of":
                    objs.append(pobj)
                else:
                    preps.append((c.lower_, pobj))
            elif c.dep_ in ("amod", "compound") and self.actors.actor(c) is not None:
                # "Israeli strikes", "US backing", "the Libya coup"; the one nearest the noun, whose
                # the act is: "a Malian army patrol" is the army's
                modifier = c
            elif c.dep_ == "acl" and c.tag_ == "VBN" and is_a(c, "light_verb"):
                # "the curfew imposed in Lesotho", "air strikes carried out by Russia on Idlib": the
                # participle of its light verb names the noun's own arguments
                for g in c.children:
                    pobj = next((p for p in g.children if p.dep_ == "pobj"), None)
                    if pobj is not None and g.dep_ == "agent":
                        src = src or pobj
                    elif pobj is not None and g.dep_ == "prep" and g.lower_ not in ("of", "by"):
                        preps.append((g.lower_, pobj))
        if is_a(tok, "demand_noun"):
            # "its demand that Iraq pay reparations", "an appeal for the rebels to lay down their arms":
            # the one the clause of a demand has act is the one it is made of, as with the verb
            # ("demanded that"); the parse may hang the clause on the verb the noun is the object of
            # ("renewed its call on Monday that Israel withdraw"), or read a "for" clause as adverbial
            # ("calls for Russia to withdraw")
            clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp", "advcl")] + (
                [c for c in tok.head.children if c.dep_ in ("ccomp", "advcl") and c.i > tok.i]
                if tok.dep_ == "dobj" else [])
            asked = next((g for c in clauses if c.dep_ == "ccomp" or any(
                m.dep_ == "mark" and m.lower_ in ("that", "for") or m.dep_ == "aux" and m.lower_ == "to"
                for m in c.children) for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if asked is not None:
                preps.append(("object:asked", asked))
                rule += "+asked"
        if src is None:  # "the arrest of the opposition leader by police": the parse hangs the
            # agent on the noun acted on, which names a party and takes no agent of its own
            src = next((g for o in objs if self.actors.actor(o) is not None for c in o.children
                        if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                        if g.dep_ == "pobj" and self.actors.actor(g) is not None), None)
            rule += "+agent-of-object" if src is not None else ""
        if modifier is not None and src is None and modifier.i not in self.places:
            src, modifier = modifier, None
            rule += "+modifier"
        anchor = self.anchor(tok)
        if anchor.i != tok.i:  # "a mediation effort between A and B"
            for c in anchor.children:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                if pobj is not None and c.lower_ not in ("of", "by"):
                    preps.append((c.lower_, pobj))
        light = anchor.dep_ in ("dobj", "attr") and is_a(anchor.head, "light_verb")
        if anchor.dep_ == "nsubj" and occurrence(anchor.head) or light:
            # "clashes erupted between A and B"; "held drills near Taiwan", "launched strikes on
            # Idlib": the parse may hang the noun's phrase on its light verb
            for c in anchor.head.children:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                if pobj is not None and c.lower_ not in ("of", "by"):
                    preps.append((c.lower_, pobj))
        if src is None and anchor is not tok:
            src = next((c for c in anchor.children if c.dep_ == "poss"), None)  # "Qatar's mediation effort"
        receiver = self._receiving_verb(anchor)
        if receiver is not None:
            # "Morocco's expulsion of journalists drew criticism from Madrid", "a convoy came under
            # attack from rebels", "suffered an attack by gunmen": the subject is acted on by the giver
            src = src or next((g for c in (*anchor.children, *receiver.children) if c.dep_ == "prep"
                               and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"), None)
            # one who "came under attack" undergoes it whether or not its giver is named; one who
            # "drew criticism" or "faced charges" is named the target only beside the giver
            recipient = (self.subject(receiver) or next((c for c in receiver.children if c.dep_ == "nsubjpass"), None)) \
                if src is not None or receiver.lemma_ == "come" else None
            if recipient is not None:
                preps.append(("object:recipient", recipient))
                rule += "+received"
        escaper = self.subject(anchor.head) if anchor.dep_ == "dobj" and is_a(anchor.head, "escape_verb") else None
        if escaper is not None:  # "the killers will not escape punishment": it would befall them
            preps.append(("object:escape", escaper))
            rule += "+escape"
        # "died in the attack": the dead are the act's target, not its agent; those hurt in a fight
        # "with" another side ("wounded during clashes with rebels") were one of its sides
        victim = self._casualty(anchor) if not any(p in ("with", "between") for p, _ in preps) else None
        if victim is not None:
            preps.append(("object:victim", victim))
            rule += "+casualty"
        # "reimposed a blockade in the Gaza Strip": the territory is acted on, as with a verb; not where
        # a noun that is itself a circumstance of another act ("shot at officers while in detention in X")
        party = next(((p, pobj) for p, pobj in preps if self._party_place(p, pobj)), None) \
            if anchor.dep_ != "pobj" else None
        if party is not None and not any(self._participant(o) for o in objs) and not any(
                self._participant(pobj) for p, pobj in preps if p not in LOCATIVE_PREPS):
            preps.append(("object:" + party[0], party[1]))
            rule += "+place"
        elif not any(self._participant(o) for o in objs) and not any(self._participant(p) for _, p in preps):
            governor = self._governor(anchor)
            found = self.phrase_participant(governor if governor is not None else tok, src)
            if found is not None:
                preps.append(("object:" + found[0], found[1]))
                rule += "+phrase"
        partner = self._partner(tok, [*objs, *(t for _, t in preps)])
        if partner is not None:
            preps.append(("with", partner))
            rule += "+partner"
        if src is None and victim is None:
            head = anchor.head
            if anchor.dep_ in ("dobj", "attr") and (is_a(head, "light_verb") or is_a(head, "agentive_report")
                                                    or stops(head)):  # "Israel ended the curfew"
                src = self.subject(head)
                rule += f"+{head.lemma_}"
            elif anchor.dep_ == "xcomp" and head.pos_ == "VERB":
                src = self.subject(head)  # "agreed to talks", the noun parsed as the verb's complement
                rule += "+complement"
            elif anchor.dep_ == "pobj" and head.lower_ in ("in", "to") and head.head.lemma_ == "set" \
                    and head.head.pos_ == "VERB":
                src = self.subject(head.head)  # "set fire to": the fire is the act
                rule += "+set"
            elif anchor.dep_ == "pobj" and head.lower_ in ("in", "on") and head.head.pos_ == "VERB":
                src = self.subject(head.head)  # "marched in protest", "remained on alert"
                rule += "+pp"
                if src is None and head.lower_ == "on":
                    # "troops were placed on alert": the one put on a footing is the one on it
                    src = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
                    rule += "+on" if src is not None else ""
            elif anchor.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "be":
                src = self.subject(head.head)  # "the police have been on alert", "workers are on strike"
                rule += "+pp+on"
            elif anchor.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" \
                    and phrasal_lemma(head.head) in words("gather_verb"):
                # "converged for a rally", "gathered for a demonstration": the gathering is the act
                # (one who leaves for talks only means to hold them)
                src = self.subject(head.head)
                rule += "+pp"
        return src, objs, preps, rule, modifier

    @staticmethod
    def _casualty(anchor: Token) -> Token | None:
        """The one who died or was hurt by the act a noun names: the subject of a casualty verb
        the noun is the cause of ("died in the attack", "died as a result of torture", "died
        from his wounds", "were wounded in an air strike"); an active subject with an object
        ("rebels killed five in an attack") is the agent, not the one hurt."""
        if anchor.dep_ != "pobj":
            return None
        prep = anchor.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in ("result", "consequence") \
                and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "as a result of torture"
        elif prep.lower_ in ("of", "to") and prep.head.lower_ in ("because", "due"):
            prep = prep.head  # "because of the shelling", "due to the bombing"
        elif prep.lower_ not in CAUSE_PREPS:
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or not is_a(verb, "casualty_verb"):
            return None
        if any(c.dep_ == "dobj" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)

    @staticmethod
    def _receiving_verb(anchor: Token) -> Token | None:
        """The verb whose subject undergoes a nominal act: "drew criticism", "suffered an attack"
        (receive_verb), "came under attack", "was given an ultimatum" (a passive with an object
        left: its subject is the one the object was given to)."""
        head = anchor.head
        if anchor.dep_ == "dobj" and (is_a(head, "receive_verb") or any(c.dep_ == "nsubjpass" for c in head.children)):
            return head
        if anchor.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ == "come":
            return head.head
        return None

    def anchor(self, tok: Token) -> Token:
        """The noun that stands in the clause for a nominal predicate: "a state of emergency",
        "a mediation effort", "10 days of war games", "$20 million in aid" (the support or
        quantity noun)."""
        anchor = tok
        for _ in range(2):
            if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and (
                    anchor.head.head.lemma_ == "state" or anchor.head.head.lemma_.lower() in words("support_noun")):
                anchor = anchor.head.head  # "declared a state of emergency", "launched 10 days of war games"
            elif anchor.dep_ == "compound" and anchor.head.lemma_.lower() in words("support_noun"):
                anchor = anchor.head  # "launched a mediation effort"
            elif anchor.dep_ == "pobj" and anchor.head.lower_ in ("in", "of") and _amount(anchor.head.head):
                anchor = anchor.head.head  # "pledged $20 million in aid", "500 million euros of aid"
        return anchor

    def adj_args(self, tok: Token):
        src = self.subject(tok.head) if tok.dep_ in ("acomp", "amod") else None
        preps = []
        for c in tok.children:
            if c.dep_ == "prep":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    preps.append((c.lower_, pobj))
        return src, [], preps, "adjectival"

    def subject(self, verb: Token, depth: int = 0) -> Token | None:
        for c in verb.children:
            if c.dep_ == "nsubj":
                if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                return _participle_subject(c)
        return self.inherited_subject(verb, False, depth + 1)

    def inherited_subject(self, tok: Token, passive: bool, depth: int = 0) -> Token | None:
        if depth > 4 or tok.head.i == tok.i:
            return None
        head = tok.head
        if tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            if passive != any(c.dep_ == "nsubjpass" for c in head.children) and passive:
                return None
            said = any(is_a(tok, r) for r in ("communicative", "stance_verb", "reporting"))
            if head.dep_ == "ccomp" and tok.tag_ == "VBD" and said:
                # "denied that the state was behind it and accused foreign groups": a statement
                # verb the parser joins to the reported clause is the speaker's own second act
                return self.subject(head.head, depth)
            shared = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if not passive and shared is not None and not any(c.dep_ == "nsubj" for c in head.children):
                return shared  # "was indicted and will resign": the one indicted resigns
            return self.subject(head, depth)
        if tok.dep_ == "xcomp":
            if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "X is about / ready to ..."
                return self.subject(head.head, depth)
            held = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if held is not None and not passive:
                return held  # "were forced to release", "is expected to reject": the one held to it acts
            if not object_control(tok):
                return self.subject(head, depth)  # "used tear gas to disperse them": the user acts
            return next(c for c in head.children if c.dep_ == "dobj")
        if tok.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_ in words("allege_verb"):
            accuser = head.head  # "accused X of killing", "X was blamed for attacking"
            headline_passive = accuser.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in accuser.children)
            for c in accuser.children:
                if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and headline_passive):
                    return c
            return None
        if tok.dep_ == "pcomp" and head.lower_ in GERUND_LINKS and head.head.pos_ == "VERB" and not passive:
            # "retaliated by expelling": who retaliated expels; "freed them nine days after
            # abducting them", "fled before killing": who acts in the main clause acts in the gerund
            return self.subject(head.head, depth)
        if tok.dep_ == "advcl" and not any(c.dep_ == "mark" for c in tok.children) and not passive:
            return self.subject(head, depth)
        infinitival = tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if intent_of(tok):
            head = head.head  # "it had no intention of withdrawing": whose the intention is withdraws
        if (tok.dep_ == "acl" or infinitival or intent_of(tok)) and head.pos_ in ("NOUN", "PROPN"):
            if tok.tag_ == "VBG" and self.actors.actor(head) is not None:
                return head  # "fired tear gas at students protesting against quotas": the students protest
            # "converged for a rally to protest ...": those who hold the rally protest
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss
            if head.dep_ in ("dobj", "pobj"):
                verb = head.head if head.dep_ == "dobj" else head.head.head
                return self.subject(verb, depth)
        return None

    # -- modality ------------------------------------------------------------------------------
    def modality(self, tok: Token) -> tuple[Modality, tuple[str, ...], str | None]:
        """The frame's modality, the words that set it, and the frame it depends on (the demand,
        the intent) when there is one."""
        found: dict[Modality, str] = {}
        under = None
        sent = tok.sent  # its text sliced from the document's: Span.text joins its tokens anew
        if self.text[sent.start_char:sent.end_char].rstrip().rstrip("”\"'’").endswith("?"):
            found[Modality.QUESTION] = "?"
        clause = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "state":
            clause = tok.head.head
        node = clause
        if node.dep_ == "conj" and node.head.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            node = node.head  # "agreed to meet and negotiate" (a clause with its own subject has its
            # own modality: "they want a ransom or they will kill them")
        if word_class(tok) == "NOUN":
            node = self.anchor(tok)
        intent = self._intent_head(node)
        if intent is not None:
            kind = Modality.FUTURE if intent.lower_ in words("future_modal") else Modality.INTENDED
            found[kind] = intent.lower_ if kind is Modality.FUTURE else intent.lemma_.lower()
            if intent.i != tok.i and intent.dep_ != "aux":
                under = f"f{intent.i}"
        deontic = next((c for c in node.children if c.dep_ == "aux" and c.lower_ in words("deontic_modal")), None)
        if deontic is not None:
            found[Modality.DEMANDED] = deontic.lower_  # "China must drop barriers"
        demand = self._demand_head(node)
        if demand is not None:
            found[Modality.DEMANDED] = demand.lower_
            under = f"f{demand.i}"
        purpose = self._purpose(node)
        if purpose:
            found[Modality.PURPOSE] = purpose
        cond = self._condition(node)
        if cond:
            found[Modality.CONDITIONAL] = cond
        hypo = self._hypothetical(node)
        if hypo:
            found[Modality.HYPOTHETICAL] = hypo
        hedge = self._hedge(tok)
        if hedge:
            found[Modality.HEDGED] = hedge
        if self._reporting_head(tok) is not None:
            found[Modality.REPORTED] = self._reporting_head(tok).lemma_.lower()
        governor = self._governor(node) if word_class(tok) == "NOUN" else None
        if governor is not None and node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS:
            governor = None
        if governor is not None:  # "planned an attack", "could lead to fighting": the verb's status
            # (an act that is to be investigated or punished is done already: "vowed to investigate
            # the killings" intends no killing)
            judged = is_a(governor, "judge_verb")
            for cue in self.frame(governor).cues:
                kind, _, word = cue.partition(":")
                if kind in Modality._value2member_map_ and Modality(kind) not in found and kind != "reported" \
                        and not (judged and kind in ("intended", "future")):
                    found[Modality(kind)] = word
        modality = next((m for m in _PRIORITY if m in found), Modality.ASSERTED)
        cues = tuple(f"{m.value}:{found[m]}" for m in _PRIORITY if m in found)
        return modality, cues, under

    def _intent_head(self, node: Token) -> Token | None:
        """"his intention to purge", "threatened to attack", "is ready to host", "will withdraw":
        a stated intent or commitment, not the act itself."""
        intent = words("intent")
        if node.dep_ in ("xcomp", "acl") and node.head.lemma_.lower() in intent and not asked_of_object(node):
            return node.head
        if intent_of(node):
            return node.head.head  # "had no intention of withdrawing", as "no intention to withdraw"
        if node.dep_ == "xcomp" and node.head.pos_ == "ADJ" and node.head.lower_ in intent:
            return node.head  # "ready to", "willing to", "prepared to"
        if node.dep_ == "xcomp" and node.head.dep_ == "acomp" and node.head.lower_ in intent:
            return node.head
        if node.dep_ == "pobj" and node.head.lower_ in ("to", "for") and node.head.head.pos_ == "ADJ" \
                and node.head.head.lemma_.lower() in words("receptive_adjective"):
            return node.head.head  # "open to dialogue", "ready for talks": welcome, not held
        if node.dep_ == "xcomp" and node.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in node.children):
            return node.head  # "France is to provide training", "the plan is to withdraw": still ahead
        # a gerund continued, begun or kept up is as far off as the verb it is the complement of
        # ("would keep attacking vessels", "will continue fighting")
        holders = [node, node.head] if node.dep_ == "xcomp" and node.tag_ == "VBG" else [node]
        future = [c for h in holders for c in h.children if c.dep_ == "aux" and c.lower_ in words("future_modal")]
        if future:
            return future[0]
        if node.pos_ in ("NOUN", "PROPN", "NUM") and node.dep_ == "dobj" and not is_a(node.head, "perpetrate_verb") and (
                node.head.lemma_ in ("offer", "propose", "promise") or node.head.lemma_.lower() in intent):
            return node.head  # "offered talks", "planned an attack", "threatened a strike"
        if node.dep_ == "xcomp" and node.head.pos_ == "VERB" and node.head.lemma_.lower() in words("light_verb"):
            # "threatened to begin attacking", "agreed to start withdrawing": a verb that carries the
            # act is intended as far as the act is
            return self._intent_head(node.head)
        return None

    def _governor(self, node: Token) -> Token | None:
        """The verb whose object a nominal predicate is ("launched an attack" -> launched)."""
        if node.dep_ in ("dobj", "attr", "nsubjpass") and node.head.pos_ in ("VERB", "AUX"):
            return node.head
        if node.dep_ == "nsubj" and occurrence(node.head):
            return node.head  # "the talks will resume": the verb is one of the event's words
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB" \
                and node.head.lower_ not in SEQUENCE_PREPS:  # "told reporters after the talks": a time, not an object
            return node.head.head
        return None

    def _demand_head(self, node: Token) -> Token | None:
        """"urged Turkey to withdraw", "demanded that Israel halt", "a call for troops to return",
        "insistence that Turkey not attack": the demanded act has not happened."""
        head = node.head
        lemma = head.lemma_.lower()
        # "wants Turkey to withdraw": an infinitive with a subject of its own under a demand verb is
        # asked of that subject; one without ("wants to join") is the demander's own act where the
        # verb also states an intent
        if head.pos_ == "VERB" and lemma in words("demand") and (
                node.dep_ == "xcomp" and lemma not in words("intent") or node.dep_ == "ccomp" and (
                    lemma in ("demand", "urge", "insist", "request")
                    or any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))):
            return head
        if asked_of_object(node):
            return head  # "warned Hezbollah not to attack", "told the rebels to disarm": asked, not done
        if head.pos_ == "VERB" and lemma in words("demand") and small_clause(node):
            return head  # "ordered the force dissolved": to be dissolved, not dissolved
        if node.dep_ in ("advcl", "ccomp") and head.pos_ == "VERB" and lemma in words("demand") and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in node.children):
            return head  # "pushing for the US to support", "called for the UN to send troops"
        if head.pos_ == "NOUN" and lemma in words("demand_noun") and (node.dep_ in ("acl", "ccomp") or (
                node.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in node.children))):
            return head  # "a deadline for the government to release him"
        if node.dep_ == "dobj" and node.pos_ == "NOUN" and head.pos_ == "VERB" \
                and lemma in words("demand_object"):
            return head  # "demanded the release of", "urged restraint": the act asked for
        if node.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in words("demand") | words("demand_noun"):
            return head.head  # "called for a ceasefire", "demands for the release"
        if node.dep_ == "pcomp" and head.lower_ == "for" and head.head.lemma_.lower() in words("demand") | words("demand_noun"):
            return head.head
        return None

    def _purpose(self, node: Token) -> str | None:
        """An infinitive that says what an act was for ("deployed troops to protect civilians")."""
        if node.dep_ != "advcl" or node.pos_ != "VERB":
            return None
        if any(c.dep_ == "nsubj" for c in node.children):
            return None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in words("step_noun") for c in node.head.children):
            return None  # "took steps to enhance freedoms": the steps are the act, not done for it
        to = next((c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None:
            return "to"
        mark = next((c for c in node.children if c.dep_ == "mark"), None)
        if mark is not None and f"{mark.lower_} that" in words("purpose_mark"):
            return mark.lower_
        return None

    def _condition(self, node: Token) -> str | None:
        """The clause is a condition ("if the Turks attack") or hangs on one ("will withdraw
        unless ...")."""
        for n in (node, node.head if node.dep_ in ("conj",) else node):
            for c in n.children:
                if c.dep_ == "mark" and c.lower_ in words("condition_mark"):
                    return c.lower_
        for c in node.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words("condition_mark") for m in c.children):
                return next(m.lower_ for m in c.children if m.dep_ == "mark")
        # "Unless Assad agreed, ..." parsed with the mark elsewhere in the clause (the clause's
        # text is looked at first: walking its tokens costs more)
        right = node.right_edge
        if "unless" in self.text[node.left_edge.idx:right.idx + len(right)].lower():
            for t in node.subtree:
                if t.lower_ == "unless" and t.head.i != node.i:
                    return "unless"
        # "If the Turks attack, ..." misparsed as a noun subject: the words between the mark and
        # the comma that closes the condition
        if node.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return None
        sent = node.sent
        for t in self.doc[sent.start:node.i]:
            if t.dep_ == "mark" and t.lower_ in words("condition_mark"):
                between = self.doc[t.i + 1:node.i]
                if not any(w.text in (",", ";", ":") for w in between) and t.head.i != node.i and \
                        node.head.i == t.head.i:
                    return t.lower_
        return None

    def _hypothetical(self, node: Token) -> str | None:
        for c in node.children:
            if c.dep_ == "aux" and c.lower_ in words("hypothetical_modal"):
                return c.lower_
        # "is due to meet", "are scheduled to vote": planned, not done, and no one's stated intent
        # (so not recoded as one, as "will meet" is)
        if node.dep_ == "xcomp" and node.head.lower_ in words("schedule_modal") and (
                node.head.tag_ == "JJ" or any(c.dep_ == "auxpass" for c in node.head.children)):
            return node.head.lower_
        attempt = self._unmade_attempt(node)
        if attempt is not None:
            return attempt
        # "the risk of fighting", "could lead to fresh fighting"
        if node.dep_ == "pobj" and node.head.lower_ in ("of", "to"):
            up = node.head.head
            if up.lemma_.lower() in words("hypothetical_noun") and up.pos_ == "NOUN":
                return up.lemma_.lower()
            if up.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in words("hypothetical_modal") | words("hedge_modal")
                                         for c in up.children) and up.lemma_ in ("lead", "result", "cause", "spark", "trigger"):
                return next(c.lower_ for c in up.children if c.dep_ == "aux")
        return None

    @staticmethod
    def _unmade_attempt(node: Token) -> str | None:
        """The word that keeps an attempted act from being told as done: "would resist any attempt
        to disarm them", "will not allow any bid to topple the government", "could foil an effort to
        seize the port" tell of no disarming, toppling or seizing. The attempt is resisted, denied or
        only foreseen by the verb it is the object of; "made an attempt to seize the port" keeps
        its act's own status."""
        noun = node.head
        if node.dep_ != "acl" or noun.lemma_.lower() not in words("attempt_noun") or noun.dep_ != "dobj" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return None
        verb = noun.head
        if verb.lemma_.lower() in words("resist_verb"):
            return verb.lemma_.lower()
        return next((c.lower_ for c in verb.children if c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in
                     words("future_modal") | words("hypothetical_modal") | words("hedge_modal")), None)

    def _hedge(self, tok: Token) -> str | None:
        node, steps = tok, 0
        while steps < 6:
            for child in node.children:
                if child.dep_ == "aux" and child.lower_ in words("hedge_modal"):
                    return child.lower_
                if child.dep_ == "advmod" and child.lower_ in words("hedge_adverb"):
                    return child.lower_
                if child.dep_ == "amod" and child.lower_ in words("hedge_adjective"):
                    return child.lower_
            head = node.head
            if head.i == node.i:
                return None
            if node.dep_ in ("ccomp", "xcomp") and head.lemma_ in words("hedge_verb"):
                return head.lemma_
            accuser = _charge(node)
            if accuser is not None:
                return accuser.lemma_  # "accused of killing", "arrested for arson": an allegation
            if node.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return None  # a clause's subject keeps its own status ("His attack ... seemed to")
            if node.dep_ not in EMBEDDING:
                return None
            node = head
            steps += 1
        return None

    def said_within(self, tok: Token) -> Token | None:
        """The verb of a charge or a denial whose content a predicate is, the charge or denial
        being the act told: "accused police of attacking demonstrators", "were arrested for arson",
        "blamed the army for the killings", "denied shelling the camp", "denied that civilians had
        been targeted", "refused to withdraw". A clause of its own under the content ("troops
        who were marching"), a phrase of its means, or a verb joined to it that is no form of it
        ("denied shelling the camp and accused the army"), is not its content."""
        node = tok
        for _ in range(5):
            head = node.head
            if head.i == node.i:
                return None
            accuser = _charge(node)
            if accuser is not None:
                return accuser
            if node.dep_ in ("ccomp", "xcomp") and head.lemma_ in words("failure_verb") and node.i > head.i:
                return head  # (a clause before it is no content: "accuses X of Y, a charge Kabul denies")
            if node.dep_ not in CONTENT_STEPS or node.dep_ == "conj" and node.tag_ != head.tag_ \
                    and node.pos_ not in ("NOUN", "PROPN"):
                return None
            node = head
        return None

    def negated(self, tok: Token) -> bool:
        node, steps = tok, 0
        while steps < 4:
            for child in node.children:
                if child.dep_ == "neg" and child.lower_ in words("negator"):
                    return True
                if child.dep_ == "det" and child.lower_ in ("no", "neither"):
                    return True
                if child.dep_ == "cc" and child.lower_ == "nor":
                    return True
                if child.dep_ == "advmod" and child.lower_ == "longer" and any(
                        g.dep_ == "neg" and g.lower_ == "no" for g in child.children):
                    return True  # "would no longer cooperate": the act stops, a refusal when promised
            if node.dep_ == "xcomp" and node.head.lemma_ in words("failure_verb"):
                # "failed to reach", "hesitated to strike"; negated again, done: "will not hesitate to strike"
                return not self.negated(node.head)
            if node.dep_ == "ccomp" and node.head.lemma_ in words("failure_verb") and node.i > node.head.i:
                # "denied that civilians had been targeted"; a clause before the denial is another
                # clause's, not what is denied ("strike kills 30, officials say, army denies targeting
                # civilians"), as ``said_within`` holds
                return True
            if node.dep_ == "acl" and node.head.lemma_ in words("failure_noun"):
                return True  # "its refusal to negotiate"
            if node.dep_ == "dobj" and is_a(node.head, "escape_verb"):
                return not self.negated(node.head)  # "escaped punishment"; "will not escape it": it befalls them
            if node.dep_ in ("xcomp", "dobj") and phrasal_lemma(node.head) in words("prevent_verb"):
                return True  # "averted an attack", "held off an attack"
            if node.dep_ in ("pcomp", "pobj") and node.head.head.i != node.head.i and \
                    phrasal_lemma(node.head.head) in words("prevent_verb"):
                return True  # "refrained from attacking"
            if intent_of(node):
                node, steps = node.head.head, steps + 1  # "had no intention of withdrawing"
                continue
            nominal_conj = node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN")
            # "had not been able to deliver": the adjective's verb carries the negation
            ability = node.dep_ == "acomp" and node.lemma_.lower() in words("ability")
            if node.dep_ not in ("xcomp", "acl", "dobj", "attr") and not nominal_conj and not ability \
                    or node.head.i == node.i:
                return False
            node = node.head
            steps += 1
        return False

    def _reporting_head(self, tok: Token) -> Token | None:
        """The verb of saying whose complement holds the frame ("the ministry said rebels attacked")."""
        node, steps = tok, 0
        while steps < 4 and node.head.i != node.i:
            if node.dep_ == "ccomp" or (node.dep_ == "parataxis" and node.head.pos_ == "VERB"):
                head = node.head
                if head.lemma_.lower() in words("reporting"):
                    return head
                return None
            if node.dep_ not in ("conj", "dobj", "pobj", "prep", "xcomp"):
                return None
            node = node.head
            steps += 1
        # "Rebels attacked the town, the ministry said": the verb of saying hangs on the main clause
        if tok.dep_ == "ROOT":
            for c in tok.children:
                if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in words("reporting") and c.i > tok.i:
                    return c
        return None

    def _according_to(self, tok: Token) -> Token | None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                to = next((g for g in c.children if g.lower_ == "to"), None)
                if to is not None:
                    return next((g for g in to.children if g.dep_ == "pobj"), None)
        return None

    def tense(self, tok: Token, modality: Modality) -> str:
        if tok.pos_ not in ("VERB", "AUX"):
            return "none"
        if modality is Modality.FUTURE:
            return "future"
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ in ("VBD",) or any(a.tag_ == "VBD" for a in auxes) or \
                (tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)):
            return "past"
        if tok.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        if tok.tag_ == "VBN":
            return "past"  # headlines and reduced relatives ("Police station attacked")
        return "none"

    # -- helpers -------------------------------------------------------------------------------
    def _arg(self, role: str, tok: Token, prep: str | None = None) -> FrameArgument:
        left = tok.left_edge.i
        right = tok.right_edge.i
        if right - left > 12:  # a long phrase: its head and what precedes it
            right = tok.i
        start = self.doc[left].idx
        end = self.doc[right].idx + len(self.doc[right].text)
        return FrameArgument(role, self.text[start:end], start, end, tok.i, prep)

    def _prep_role(self, prep: str, pobj: Token) -> str:
        if prep.startswith("object:"):
            return "oblique"
        if pobj.ent_type_ in TEMPORAL_ENTS or prep in TEMPORAL_PREPS:
            return "temporal"
        if pobj.i in self.places or pobj.ent_type_ in ("GPE", "LOC", "FAC") or \
                (prep in ("in", "at", "near", "inside", "outside") and pobj.lemma_.lower() in words("place_noun")):
            return "locative"
        if prep in ("for",) and self.actors.actor(pobj) is not None:
            return "beneficiary"
        if prep in INSTRUMENT_PREPS and prep != "by" and self.actors.actor(pobj) is None and \
                pobj.i not in self.places:
            return "instrument"
        return "oblique"

    def _lemma(self, tok: Token) -> str:
        return phrasal_lemma(tok)

    def _predicate_span(self, tok: Token, light: Token | None) -> tuple[int, int]:
        start, end = tok.idx, tok.idx + len(tok.text)
        for c in particles(tok):
            end = max(end, c.idx + len(c.text))
        if light is not None:
            start = min(start, light.idx)
        verb = tok.head
        if tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN") and occurrence(verb) and 0 < verb.i - tok.i <= 3 \
                and all(t.dep_ in ("aux", "advmod", "neg") for t in tok.doc[tok.i + 1:verb.i]):
            # "fighting erupted", "the attack took place": the verb says only that it happened
            end = max(end, verb.idx + len(verb.text))
            for c in verb.children:
                if c.dep_ in ("prt", "dobj") and c.i == verb.i + 1:
                    end = max(end, c.idx + len(c.text))
        return start, end


def _participle_subject(subj: Token) -> Token:
    """The noun a subject that the parse made a participle stands for: "Aid agencies operating in
    Darfur said ..." read as "operating" with its own subject; the one who acts is that noun."""
    if subj.pos_ == "VERB" and subj.tag_ in ("VBG", "VBN"):
        return next((c for c in subj.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj.i), subj)
    return subj


def _compound_preposition(prep: Token) -> tuple[str, Token] | None:
    """A preposition of two words ("pulled its troops out of Somalia", "moved away from the
    border"), which the parse hangs on the second word: that word and its object, as the
    lexicon names the preposition of a verb with its particle ("pull out" ... "of")."""
    if prep.lower_ not in ("out", "away"):
        return None
    return next(((c.lower_, g) for c in prep.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                 for g in c.children if g.dep_ == "pobj"), None)


def _stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parse left without one because a reduced relative
    follows it ("granted asylum to five officers holed up in ...": "officers" made the
    subject of "holed"): the noun phrase right after the preposition."""
    if prep.i + 1 >= len(prep.doc) or any(c.dep_ in ("pcomp", "pobj") for c in prep.children):
        return None
    tok = prep.doc[prep.i + 1]
    while tok.head.i > tok.i and tok.dep_ in ("det", "nummod", "amod", "compound", "poss", "quantmod"):
        tok = tok.head
    clause = tok.head  # the participle, hung from the preposition's own verb
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass") and clause.i > tok.i \
            and clause.tag_ in ("VBN", "VBD", "VBG") and clause.head.i == prep.head.i and clause.i != prep.head.i:
        return tok
    return None


def _amount(tok: Token) -> bool:
    """A noun or number that measures what follows it ("$20 million", "500 million euros")."""
    return tok.tag_ == "CD" or tok.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in tok.children)


def word_class(tok: Token) -> str | None:
    """VERB, NOUN or ADJ, as the lexicon reads a word: an adjective in a noun's place is a noun
    the tagger misread ("launched an offensive", "a counter-offensive")."""
    pos = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(tok.pos_)
    if pos == "ADJ" and tok.dep_ in NOUN_SLOTS:
        return "NOUN"
    if pos == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "nsubj" and occurrence(tok.head):
        return "NOUN"  # "Fighting broke out between ...": the gerund a verb of occurrence says happened
    return pos


def occurrence(verb: Token) -> bool:
    """A verb that says its subject happened: "erupted", "took place", "broke out", "came into effect"."""
    occur = words("occur_verb")
    lemma = verb.lemma_.lower()
    return lemma in occur or any(f"{lemma} {c.lower_}" in occur for c in verb.children if c.dep_ in ("prt", "dobj")) \
        or any(f"{lemma} {c.lower_} {g.lower_}" in occur for c in verb.children if c.dep_ == "prep"
               for g in c.children if g.dep_ == "pobj")


def headline_line(line: str) -> bool:
    """Whether a line of text reads as a headline: short, without final punctuation."""
    # a sentence closing a quotation ends in its quotes: "... together.''"
    return len(line) <= 300 and not line.rstrip("'\"`’” ").endswith((".", "!", ":", ";", ","))


def is_headline(tok: Token, doc_text: str) -> bool:
    """A line of its own without final punctuation: a headline or subheadline. ``doc_text`` is
    the document's text (the parse may be of a recased copy with the same offsets)."""
    line_start = doc_text.rfind("\n", 0, tok.idx) + 1
    line_end = doc_text.find("\n", tok.idx)
    line = doc_text[line_start:line_end if line_end >= 0 else len(doc_text)].strip()
    if not headline_line(line):
        return False
    sent = tok.sent
    return line == doc_text[sent.start_char:sent.end_char].strip()
