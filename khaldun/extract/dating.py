"""Dating: which time expression, if any, dates an event, and by what rule.

An event is dated only by evidence about itself:

- ``own``: a time expression that is an argument or adverbial of its own clause ("stormed the
  parliament on Sunday", "the attack on Monday");
- ``governor`` / ``coordinated`` / ``temporal-clause``: the time of the clause it is
  coordinated with ("marched on Tripoli on Friday and took the parliament"), of the clause it is
  an infinitive or participle of ("met on Monday to discuss ..."), or of a "when/as/while" clause
  that says when it happened;
- ``subordinate``: the time of the dated clause an event is told inside of, where the telling
  places it there: an "after/before" clause ("was rescued last November after the ferry sank"), a
  participle saying what a dated act's object said ("issued a statement Friday saying ...") or the
  state its subject acted in ("the governors, accompanied by an aide, flew to Abuja on Friday"), a
  present perfect reported by a dated statement ("has decided ..., an official said on Wednesday"),
  and a past perfect one, done at or just before it, as a statement is to its report ("said on
  Wednesday that 52 people had been arrested": Tuesday or Wednesday; a statement coordinated with
  a dated act is dated by it: "announced a truce on Wednesday and said it had deployed monitors"),
  a refusal it makes ("said on Tuesday it would not return to the talks"), and what a "where"
  clause says happened at the place a dated clause names ("fighting spread on Tuesday night to
  the suburb, where militias clashed"); a "when" clause the parse hangs on a statement after
  the clause it reports is that clause's, not dated by the statement;
- ``occurrence``: for an event noun, the time of the verb that says it happens or is scheduled
  to ("the talks are expected on Tuesday", "a summit set for April", "the attack took place on
  Monday", "the elections, which were held on Sunday", "the war between the army and the RSF,
  which erupted in April 2023": the parse hangs the clause on the RSF, which cannot erupt);
- ``onset``: what an event has done, told in the present perfect with the event its subject, from
  the time a verb says it began to the publication ("the war, which erupted in April 2023, has
  killed tens of thousands");
- ``headline``: a headline's act, undated in the headline, by the same word in the story's lead
  dated by its own evidence ("Rebels seize town" over "Rebels seized the town on Sunday");
- ``described``: for an event noun, the time of a relative clause that says what it did ("the
  revolution that brought Castro to power 42 years ago");
- ``anchor``: an explicit narrative anchor of its own clause ("four days later", "the next day",
  "hours after the blast"), resolved by the time normaliser against the date the narrative had
  reached; or, for an "after" clause that says how far it lies from the dated clause it is told
  from, counted back from that clause's time ("seized it on Friday, two days after the army
  withdrew"); or, for an act told as lasting a count of days up to the dated clause it is told
  from, the days up to it ("seized the town on Friday after two days of fighting");
- ``after``: a clause in the past tense told "after" a dated act with no distance said lies
  between that day and the publication ("was placed in his care after being found last
  Thanksgiving");
- ``reporting``: a reporting verb, or any verb that introduces a quotation ("'Stay indoors,' the
  police instructed"), in the past tense with no time of its own ("the ministry said", "terms were
  not disclosed", "reported a third-quarter loss": the quarter is what the figures cover), or a
  light verb that gives words ("issued a statement", "gave no details"): in a news report the
  statement was made for the report, at or just before its publication (the day before and the day
  of it);
- ``stance``: a stance taken in words, in the past tense with no time of its own ("condemned the
  attack", "called for calm", "urged both sides to talk"), like a statement: at or just before
  the publication;
- ``quoted``: the present of a quotation is its speaker's, the day the statement that gives it
  is dated to by its own evidence ("'I formally object,' he said in the letter, dated Monday");
- ``present``: a clause in the present tense with no time of its own happens at the publication,
  and so does a negated present perfect, a state that holds then ("the militia hasn't released its
  hostages");
- ``complement`` / ``coordinated`` / ``setting``: with no time of their own, a participle adjunct
  of a statement or of a present clause ("she added, referring to the threat"), a verb
  coordinated with one under its subject ("denied the charge and accused the police"), and the
  occasion a statement was made at ("said in a statement", "told reporters at the ceremony",
  "told a news conference") share its time;
- ``setting`` also: a statement made at an occasion that is dated itself takes its date ("said
  in a letter, dated Monday");
- ``continuation``: a main clause in the simple past with no time of its own that continues the
  narrative of the sentence right before it (the same subject or a pronoun for it, the same act,
  or "then", "also"), in the same paragraph and tense, shares the day that sentence's own time
  expression gives it;
- ``mention``: a definite event noun with no time of its own names again the event an earlier
  noun of the same word and number named, and shares its date when that one is dated by its own
  evidence ("A ceremony was held on Monday. ... the ceremony honoured the dead");
- ``occasion``: a clause still to come with no time of its own happens at the event ahead it is
  done at, an event noun dated by its own evidence ("is expected to dominate a summit set for
  April");
- ``future``: a future or modal clause ("will meet", "are expected to vote") happens after it
  (an ability or will refused in the past, "could not be reached", is not).

Everything else has no date of its own (``rule = "none"``): it is known only to have happened by
the publication date, which exports carry apart as ``reported``. A time expression in another
sentence dates an event only as a continuation: "on Thursday" said of a conference is not the
date of the sentences that follow it about others.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.attrs import POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from .frames import is_headline
from .time import counted_from, lasting_until, period
from ..nlp.components import tokens_where
from ..ontologies.tables import noun_classes, words
from ..records import NO_DATE, Dating, Frame, Modality, Precision, TimeSpan

REPORTING = {"say", "tell", "report", "announce", "state", "add", "claim", "declare", "confirm", "deny",
             "insist", "note", "explain", "acknowledge", "warn", "told", "quote", "cite", "comment", "write",
             "argue", "assert", "reply", "respond", "admit", "disclose", "reveal", "indicate", "stress",
             "emphasize", "emphasise", "exclaim", "express", "describe", "speak", "predict", "speculate",
             "suggest", "testify", "recall", "concede", "mention", "observe", "remark", "accord"}
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
PROSPECT_AUX = {"would", "'d", "might", "may", "should"}  # modals of what may come, not of ability
MODAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "ca", "'d"}
PAST_MODAL_AUX = {"could", "would"}
EPISTEMIC = {"probably", "likely", "possibly", "perhaps", "maybe", "certainly", "surely"}
FUTURE_GOVERNORS = {"be", "expect", "plan", "schedule", "due", "set", "intend", "hope", "want", "aim", "prepare",
                    "seek", "going", "propose", "threaten", "vow", "pledge", "promise", "agree", "decide",
                    "likely", "able", "ready", "try", "attempt", "need", "wish", "urge", "ask", "call"}
PREMODIFIER = {"compound", "poss", "amod", "nmod", "nummod"}
OCCASION_PREPS = {"in", "at", "during"}
TEMPORAL_MARKS = {"when", "as", "while", "once", "whilst"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "csubjpass", "parataxis", "conj", "pcomp"}
ACCOUNTING_PERIODS = ("quarter:", "period:financial")  # time rules of a period results are reported for
RELATIVE_RULES = ("relative", "relative-day", "relative-event", "relative-after")
MENTION_RULES = {"own", "clause", "occurrence", "described", "anchor", "governor", "coordinated", "temporal-clause",
                 "subordinate"}
CONTINUING_PRONOUNS = {"he", "she", "they", "it"}
CONTINUING_ADVERBS = {"then", "also", "meanwhile"}
UNREALISED = {Modality.FUTURE, Modality.DEMANDED, Modality.INTENDED, Modality.PURPOSE}


def tense(tok: Token) -> str | None:
    """The tense of the clause a token heads or sits in: "future" (will, shall, going to, or an
    infinitive under a verb of intent or expectation: "are expected to vote", "is to resume"),
    "future-in-past" (the same under a past one: "planned to leave"), "modal" (would, could,
    may ...), "past" (simple past, past or present perfect), "present", or None."""
    verb = _clause_head(tok)
    if verb is None:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & FUTURE_AUX:
        return "future"
    if any(a.lower_ == "going" for a in aux) or (verb.dep_ == "xcomp" and verb.head.lemma_ == "go"
                                                  and verb.head.tag_ == "VBG"):
        return "future"
    if words & MODAL_AUX:
        if _refused(verb):
            return "past"
        return "modal-perfect" if "have" in words else "modal"
    if (verb.tag_ == "VB" or _passive_infinitive(verb)) and verb.dep_ in ("xcomp", "ccomp", "advcl") and (
            verb.head.lemma_.lower() in FUTURE_GOVERNORS or any(
                c.lower_ in FUTURE_GOVERNORS for c in verb.head.children if c.dep_ == "acomp")):
        governing = tense(verb.head)
        # "are expected to vote": ahead; "planned to leave": ahead of a past plan, so near it
        return "future" if governing in ("present", "future", None) else "future-in-past"
    if any(a.tag_ == "VBD" for a in aux) or verb.tag_ == "VBD":
        return "past"
    if any(a.lemma_ == "have" for a in aux) and verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in aux):
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() not in FUTURE_GOVERNORS:
        return "past"  # a participle naming a thing done ("the injunction issued Thursday")
    if verb.tag_ in ("VB", "VBG", "VBN") and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "pcomp", "acomp") \
            and verb.head.i != verb.i:  # (a participle predicated by a copula: "I am shocked")
        return tense(verb.head)
    return None


def sets_aim(tok: Token) -> bool:
    """Whether the clause of a token is headed by a verb that sets a time for what it plans or
    expects ("planned a demonstration on Saturday", "was scheduled for March"): its time is the aim,
    which the past tense of the planning does not put behind the publication."""
    verb = _clause_head(tok)
    lemma = verb.lemma_.lower() if verb is not None else ""
    return lemma in words("schedule_verb") and lemma in FUTURE_GOVERNORS


def _passive_infinitive(verb: Token) -> bool:
    """A participle with "be" in the base form as its passive auxiliary ("to be demolished")."""
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VB" for a in verb.children)


def _clause_head(tok: Token) -> Token | None:
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


class DocumentTimes:
    """The time expressions of one parsed document, indexed by the tokens they cover, ready to
    date any predicate."""

    def __init__(self, doc: Doc, times: Sequence[TimeSpan], published: dt.date | None):
        self.doc = doc
        self.published = published
        self._resolving = False  # dating another noun for an event: no mention or occasion of it in turn
        self._nouns: dict[str, list[int]] | None = None  # noun lemma -> its positions
        self._in_quote: list[bool] | None = None  # per token: inside a quotation
        self._text: str | None = None  # the parsed text (Doc.text joins every token anew: once)
        self._episodes: dict[int, list[tuple[Token, TimeSpan]]] = {}  # sentence start -> dated main clauses
        # per time expression: its tokens and the nodes above it up to the first verb
        self.entries: list[tuple[TimeSpan, set[int], list[int]]] = []
        for t in times:
            if t.is_duration or t.rule.startswith("ref:") or t.char_start < 0:
                continue
            span = doc.char_span(t.char_start, t.char_end, alignment_mode="expand")
            if span is None:
                continue
            tokens = {w.i for w in span}
            chain = self._chain(span.root, tokens)
            if chain and self._done_before(doc[chain[-1]], t):
                chain += self._chain(doc[chain[-1]], tokens)
            self.entries.append((t, tokens, chain))
            word = self._left_word(span)
            if word is not None:
                self.entries.append((t, tokens, [word.i, *self._chain(word, {word.i})]))

    @property
    def text(self) -> str:
        """The parsed text, which the headline tests read (the parse may be of a recased copy)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    @staticmethod
    def _chain(root: Token, tokens: set[int]) -> list[int]:
        head = root.head
        if head.i not in tokens and (
                (root.dep_ in PREMODIFIER and head.pos_ in ("NOUN", "PROPN") and root.i < head.i
                 and head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN"))
                or (head.pos_ == "ADJ" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i)):
            # "gave no reason for the Jan. 14 deadline", "debentures due Oct. 15": the date of the
            # thing a phrase inside an argument names, not of the clause around it (a subject or
            # object itself dated, "Thursday's ruling", "the 1996 law", is the event's own)
            return [head.i]
        chain, node = [], root
        for _ in range(10):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i in tokens:
                continue
            chain.append(node.i)
            if node.pos_ in ("VERB", "AUX"):
                break
        return chain

    def _done_before(self, verb: Token, t: TimeSpan) -> bool:
        """A participle of a thing done ("a computer based on the 486 chip") that a time after the
        publication cannot date: the time is the clause's above it ("planned to ship a computer
        based on the 486 chip early next year")."""
        return verb.dep_ == "acl" and verb.tag_ == "VBN" and self.published is not None and t.start is not None \
            and t.start > self.published and verb.lemma_.lower() not in FUTURE_GOVERNORS and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)

    @staticmethod
    def _left_word(span) -> Token | None:
        """The word a time expression belongs to, when the parse hangs the time elsewhere: a bare
        time right after the noun of an object or a phrase ("paid tribute in a rally Saturday", as
        news writes "talks Monday"), or right after a verb or noun that governs a participle after
        it the parse hangs it on ("was discovered April 8 buried one foot below the ground", "was
        found Thanksgiving Day clinging to a tube"), or any time right before an
        infinitive, which no time of its own precedes ("invited them to a ceremony in Independence,
        Mo., on March 12 to mark the accession": the inviting's and the ceremony's). The clause
        after it keeps the time too."""
        root, first = span.root, span[0]
        attach = root.head if root.dep_ == "pobj" else root
        clause = attach.head
        if first.i == 0:
            return None
        between = span.doc[span[-1].i + 1:clause.i] if clause.i > span[-1].i else None
        if between is not None and clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VB" and all(
                w.dep_ == "aux" and w.lower_ == "to" and w.head.i == clause.i for w in between):
            return clause.head
        word = span.doc[first.i - 1]
        if first.pos_ == "ADP" or attach is not root:
            return None
        if word.pos_ == "NOUN" and word.dep_ in ("dobj", "pobj") and root.head.i != word.i:
            return word  # "paid tribute in a rally Saturday demanding his return": the rally's day
        if clause.i <= span[-1].i or clause.dep_ not in ("advcl", "ccomp", "xcomp", "acl", "oprd") or \
                clause.tag_ not in ("VBG", "VBN", "VBD") or word.pos_ not in ("VERB", "NOUN", "PROPN") or \
                word.i not in {a.i for a in clause.ancestors}:
            return None
        return word

    def own(self, pred: Token) -> TimeSpan | None:
        """A time expression of the predicate's own clause: one whose path up the parse reaches
        the predicate before any other verb (so a time in a clause under it is not its own)."""
        best = None
        for t, tokens, chain in self.entries:
            if pred.i in chain and (best is None or chain.index(pred.i) < best[0]):
                best = (chain.index(pred.i), t)
        return self._range(best[1], pred) if best else self._premodifier(pred)

    def _range(self, t: TimeSpan, pred: Token) -> TimeSpan:
        """A range's start and the end that closes it in the same clause, as one interval ("clashed
        from June 3 to June 5", "between June 3 and June 5"); other times as they are."""
        if t.start is None or t.end is not None:
            return t
        for t2, tokens, chain in self.entries:
            if pred.i in chain and t2.start is None and t2.end is not None and t2.end >= t.start \
                    and 0 <= t2.char_start - t.char_end <= 12:  # (only the closing word between them)
                return replace(t, text=self.doc.text[t.char_start:t2.char_end], end=t2.end, char_end=t2.char_end)
        return t

    def _premodifier(self, pred: Token) -> TimeSpan | None:
        """A date that premodifies an event noun by the words, when the parse splits the two:
        "charged in the Dec. 21, 1988, bombing" (a determiner, the date, a comma at most, the noun)."""
        if pred.pos_ != "NOUN" or pred.i < 2:
            return None
        last = pred.i - 1 - (self.doc[pred.i - 1].text == ",")
        for t, tokens, _ in self.entries:
            if last in tokens and min(tokens) > 0 and self.doc[min(tokens) - 1].tag_ in ("DT", "PRP$", "POS"):
                return t
        return None

    def date(self, pred: Token, frame: Frame | None = None) -> Dating:
        own = self._temporal_argument(frame) if frame is not None else None
        own = own or self.own(pred) or (self._said_then(pred) if pred.lemma_.lower() in REPORTING else None)
        own = self._month_done(self._range(own, pred) if own is not None else None, pred)
        if own is not None and (own.start or own.end) is not None and self.published is not None \
                and (own.start or own.end) > self.published and _finite_past(pred):
            # a past act's own date after the publication is a term it set, not when it was done:
            # "declared a dividend payable Dec. 1", "has set Nov. 10 as the deadline", "has given
            # them until Tuesday" (an infinitive or participle under it may well be later:
            # "invited them to mark it on March 12")
            own = None
        if own is not None and own.end is not None and self.published is not None and own.end < self.published \
                and _finite_present(pred) and not is_headline(pred, self.text):
            # a present clause is not dated by a time wholly past: the time is that of an argument
            # ("the figures compare with a profit in the first quarter", "is still reviewing an
            # appeal last week", "with the seizure of the truck nine days ago, prosecutors say")
            own = None
        if own is not None and self._across_publication(own, pred):
            own = None
        if own is not None and own.rule.startswith(ACCOUNTING_PERIODS) and pred.lemma_.lower() in REPORTING:
            own = None  # "reported a third-quarter loss": the period the figures cover, not the report's date
        if own is not None and (own.start is not None or own.end is not None):
            return _dating(own, "anchor" if own.rule.split(":")[0] in RELATIVE_RULES else "own")
        counted = self._counted(own, pred) if own is not None else None
        if counted is not None:
            return counted
        found = self._lasted(pred) or self._related(pred) or self._counted_gerund(pred) or self._subordinate(pred) \
            or self._after(pred) or self._since_onset(pred)
        if found is not None and found.rule in ("clause", "coordinated"):  # the clause's month, as this
            # act's own ("killed in January in an attack"), not one an occurrence word sets ("due in March")
            return replace(found, time=self._month_done(found.time, pred))
        if found is not None:
            return found
        if own is not None:
            # an anchor the text does not date ("13 days after the bombings"): no clause above
            # dates the event, so it has no date, and no tense may give it one either
            return _dating(own, "none")
        found = self._by_tense(pred, frame)
        if found.rule == "future":
            return self._occasion_ahead(pred) or self._mentioned_ahead(pred) or found
        if found.rule == "none":
            return self._with_statement(pred) or self._continuation(pred) or self._mentioned(pred) \
                or self._lead_of(pred) or found
        return found

    def _said_then(self, said: Token) -> TimeSpan | None:
        """The time right after a verb of saying, before the subject of the clause it reports,
        which the parse hangs on that clause ("said on Wednesday it would hold a summit"): the
        saying's."""
        for c in said.children:
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if c.dep_ != "ccomp" or subject is None:
                continue
            for t, tokens, _ in self.entries:
                if min(tokens) == said.i + 1 and max(tokens) < subject.i and all(
                        w.is_punct or w.lower_ == "that" for w in self.doc[max(tokens) + 1:subject.i]):
                    return t
        return None

    def _counted(self, own: TimeSpan, pred: Token) -> Dating | None:
        """The date of an "after" or "before" clause that counts its distance from the clause it
        is told from, dated itself ("exchanged fire on Thursday, a day after warplanes bombed the
        hideouts": the bombing on Wednesday); a statement that the parse hangs the clause on
        passes it the time of what it reports ("fire was exchanged on Thursday, officials said, a
        day after ...")."""
        if own.start is not None or own.end is not None or pred.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("after", "before") for c in pred.children):
            return None
        told = pred.head
        reached = self.own(told)
        if reached is None and told.lemma_.lower() in REPORTING:
            reached = next((t for c in told.children if c.dep_ == "ccomp" and (t := self.own(c)) is not None), None)
        found = counted_from(own, reached) if reached is not None else None
        return _dating(found, "anchor") if found is not None else None

    def _counted_gerund(self, pred: Token) -> Dating | None:
        """The date of a gerund after "after" or "before" whose preposition counts its distance
        from the dated verb it hangs on ("freed them on Tuesday, nine days after abducting them":
        the abduction nine days before Tuesday), as ``_counted`` dates such a clause."""
        head = pred.head
        if pred.dep_ != "pcomp" or pred.tag_ != "VBG" or head.lower_ not in ("after", "before") or head.head.i == head.i:
            return None
        count = next((t for t, tokens, _ in self.entries if head.i in tokens and t.start is None), None)
        reached = self.own(head.head)
        found = counted_from(count, reached) if count is not None and reached is not None else None
        return _dating(found, "anchor") if found is not None else None

    def _lasted(self, pred: Token) -> Dating | None:
        """The time of an act told as lasting a count of units up to the dated clause it is told
        from ("seized the town on Friday after two days of fighting": Wednesday to Friday)."""
        if pred.dep_ != "pobj" or pred.head.lower_ != "of" or (pred.pos_ != "NOUN" and pred.tag_ != "VBG"):
            return None
        length = pred.head.head
        after = length.head
        count = next((c for c in length.children if c.dep_ == "nummod"), None)
        if count is None or length.dep_ != "pobj" or after.lower_ != "after" or after.dep_ != "prep":
            return None
        reached = self.own(after.head)
        told = self.doc[count.i:length.i + 1]
        found = lasting_until(count.lower_, length.lemma_.lower(), reached, told.text, told.start_char,
                              told.end_char) if reached is not None else None
        return _dating(found, "anchor") if found is not None else None

    def _occasion_ahead(self, pred: Token) -> Dating | None:
        """The date of the event ahead that an act still to come is done at: its object or the
        noun of a preposition of it, an event noun dated by its own evidence after the publication
        ("is expected to dominate a summit set for April", "will boycott the May 5 election")."""
        if self._resolving or self.published is None:
            return None
        nouns = [c for c in pred.children if c.dep_ in ("dobj", "attr")] + [
            g for c in pred.children if c.dep_ == "prep" for g in c.children if g.dep_ in ("pobj", "pcomp")]
        for noun in nouns:
            if noun.pos_ != "NOUN" and not (noun.dep_ == "pcomp" and noun.tag_ == "VBG"):
                continue  # (an event noun, or a gerund the parse reads as a verb: "in a court hearing")
            self._resolving = True
            try:
                found = self.date(noun)
            finally:
                self._resolving = False
            if found.rule in ("own", "occurrence", "described") and found.time.start is not None \
                    and found.time.end is not None and found.time.start >= self.published:
                return Dating(found.time, "occasion", found.expression, found.span)
        return None

    def _across_publication(self, own: TimeSpan, pred: Token) -> bool:
        """A time on the other side of the publication from what the clause's tense allows, the time
        of an argument, not the clause's: one over by the publication on a clause of what will or
        would happen ("will appeal Thursday's ruling", "the pact would resolve part of an
        investigation in the past year"), one wholly ahead on a present clause ("continues to hold
        to its goal of a 50% share by the mid-1990s"). Through a noun, or, for "will", at all (one
        hung on a modal verb itself is a past prospect's own: "said it would close the plant on
        Monday")."""
        pub = self.published
        if pred.tag_ not in ("VB", "VBP", "VBZ") or pub is None or own.start is None or own.end is None:
            return False  # (a participle takes the tense of the clause it hangs on)
        t = tense(pred)
        if own.start < pub and own.end <= pub and t == "future":
            return True
        if not ((own.start < pub and own.end <= pub and t == "modal") or (own.start > pub and t == "present")):
            return False
        for t_, _, chain in self.entries:
            if t_ is own and pred.i in chain:
                return any(self.doc[i].pos_ in ("NOUN", "PROPN") for i in chain[:chain.index(pred.i)])
        return False

    def _mentioned(self, pred: Token) -> Dating | None:
        """The date of an event a definite event noun names again: "A ceremony was held in Kabul on
        Monday. Officials said the ceremony honoured the dead" (the nearest earlier mention by the
        same noun, dated by its own evidence, not by a convention nor by a mention in turn)."""
        if pred.pos_ != "NOUN" or self._resolving or not any(
                c.dep_ in ("det", "poss") and (c.lower_ in ("the", "this", "that") or c.tag_ == "PRP$")
                for c in pred.children):
            return None
        if self._nouns is None:  # each noun lemma's positions, built once a document
            self._nouns = {}
            for t in tokens_where(self.doc, POS, NOUN):
                self._nouns.setdefault(t.lemma_, []).append(t.i)
        places = self._nouns.get(pred.lemma_, [])
        k = bisect.bisect_left(places, pred.i)
        if k == 0:
            return None
        earlier = self.doc[places[k - 1]]
        if earlier.tag_ != pred.tag_:
            return None  # "a protest ... the protests": not the one event
        return self._dated_by_own_evidence(earlier, "mention")

    def _dated_by_own_evidence(self, tok: Token, rule: str) -> Dating | None:
        """The date of another word for the same act, under ``rule``, where that word is dated by
        its own evidence (``MENTION_RULES``), not by a word of yet another act."""
        self._resolving = True
        try:
            found = self.date(tok)
        finally:
            self._resolving = False
        if found.rule in MENTION_RULES and found.time.start is not None and found.time.end is not None:
            return Dating(found.time, rule, found.expression, found.span)
        return None

    def _lead_of(self, pred: Token) -> Dating | None:
        """The date of a headline's act, which the story's lead tells again: the first word of the
        same lemma in the lead (the first paragraph after the headline that is not a line of its
        own, as a byline is), dated by its own evidence ("Rebels seize border town" over "GOMA,
        June 10 - Rebels seized the town of Kalehe on Sunday ..."; "Rebels seize" over "Rebels
        said they held it" is another act)."""
        if self._resolving or pred.sent.start != 0 or not is_headline(pred, self.text):
            return None
        sent = pred.sent
        while sent.end < len(self.doc):
            sent = self.doc[sent.end].sent
            if not sent.text.strip() or is_headline(sent[0], self.text):
                continue
            end = self.text.find("\n", sent.start_char)
            lead = self.doc.char_span(sent.start_char, end if end >= 0 else len(self.text), alignment_mode="expand")
            for tok in lead if lead is not None else sent:
                if tok.lemma_ == pred.lemma_ and tok.pos_ in ("VERB", "NOUN"):
                    dated = self._dated_by_own_evidence(tok, "headline")
                    if dated is not None:
                        return dated
            return None
        return None

    def _mentioned_ahead(self, pred: Token) -> Dating | None:
        """The date of an event still to come that a definite noun names again, when the earlier
        mention dates it after the publication: "invited them to a ceremony on March 12 ... The
        ceremony will take place at the Truman Library" (one dated before it is another occasion)."""
        found = self._mentioned(pred)
        if found is None or self.published is None or found.time.start is None or found.time.start < self.published:
            return None
        return found

    def _continuation(self, pred: Token) -> Dating | None:
        """The day of the event a narrative continues: a main clause in the simple past (active or
        passive), in a sentence with no time expression of its own, that goes on with a main clause
        of the sentence right before it, in the same tense, dated to a day by its own time
        expression (never by a continuation in turn: a narrative is not dated on and on). It
        continues it when it tells more of the same participant (the same subject, or a pronoun for
        it: "Police found the car on Friday. They arrested two men"), the same act of another ("Acme
        shares fell on Friday. Borca shares also fell"), or says so ("then", "also"). Not across a
        paragraph, not out of a quote or into one, not from a month or year (a period, not an
        episode)."""
        if not _simple_past(pred) or not _main_clause(pred) or self._quoted(pred):
            return None
        sent = pred.sent
        if sent.start == 0 or any(sent.start <= min(tokens) < sent.end for _, tokens, _ in self.entries):
            return None
        before = self.doc[sent.start - 1].sent
        words = [t for t in before if not t.is_space]
        if not words or self.text.count("\n", words[-1].idx, sent.start_char + _indent(sent)) > 1:
            return None  # a paragraph break between them
        subject = _subject(pred)
        for verb, day in self._episode(before):
            said = _subject(verb)
            same_subject = subject is not None and said is not None and (
                subject.lemma_.lower() == said.lemma_.lower() or subject.lower_ in CONTINUING_PRONOUNS)
            if same_subject or verb.lemma_ == pred.lemma_ or any(
                    c.dep_ == "advmod" and c.lower_ in CONTINUING_ADVERBS for c in pred.children):
                return _dating(day, "continuation")
        return None

    def _episode(self, sent) -> list[tuple[Token, TimeSpan]]:
        """The main clauses in the simple past of a sentence that are dated to a day, with that
        day (computed once a sentence: a continuation asks it of the sentence before)."""
        if sent.start not in self._episodes:
            found = []
            for verb in sent:
                if not _simple_past(verb) or not _main_clause(verb) or self._quoted(verb):
                    continue
                own = self.own(verb)
                if own is not None and own.precision == Precision.DAY and own.start is not None \
                        and own.start == own.end and (self.published is None or own.start <= self.published):
                    found.append((verb, own))
            self._episodes[sent.start] = found
        return self._episodes[sent.start]

    def _introduces_quote(self, verb: Token) -> bool:
        """A verb that puts a quotation in someone's mouth, whatever the verb (\"'Stay indoors,' the
        police instructed\", "'... we will not yield,' continued the statement"): a clause under it
        is a quotation and the verb itself is not."""
        return not self._quoted(verb) and any(
            c.dep_ in ("ccomp", "parataxis") and self._quoted(c) for c in verb.children)

    def _quoted(self, tok: Token) -> bool:
        """Inside a quotation: an odd number of quotation marks before it in its sentence (counted
        once a document; a mark the tokenizer splits in two, "``" as "`" "`", counts once, and the
        apostrophe the tagger reads as a possessive, "the soldiers' commander", not at all)."""
        if self._in_quote is None:
            self._in_quote, inside, doc = [], False, self.doc
            for t in doc:
                inside = inside and not t.is_sent_start
                self._in_quote.append(inside)
                split = t.i + 1 < len(doc) and doc[t.i + 1].is_quote and doc[t.i + 1].idx == t.idx + len(t)
                inside ^= t.is_quote and t.tag_ != "POS" and not split
        return self._in_quote[tok.i]

    def _month_done(self, own: TimeSpan | None, pred: Token) -> TimeSpan | None:
        """A month named alone, read as the one nearest the publication, is the one before it
        for an act the past tense says was done ("were killed in January" in an October story:
        this January, not the next); a time a plan sets is its aim, not when it was done ("the
        accession was planned for early March" in a February story: the next March)."""
        if own is None or own.rule != "month" or own.start is None or self.published is None \
                or own.start <= self.published or any(ch.isdigit() for ch in own.text) or tense(pred) != "past" \
                or sets_aim(pred):
            return own
        year = own.start.year - 1
        end = dt.date(year, own.start.month, calendar.monthrange(year, own.start.month)[1])
        return replace(own, start=own.start.replace(year=year), end=end)

    def _temporal_argument(self, frame: Frame) -> TimeSpan | None:
        """The time expression heading one of the frame's temporal arguments ("on Sunday")."""
        for arg in frame.role("temporal"):
            t = self._time_at(self.doc[arg.head])
            if t is not None:
                return t
        return None

    def _related(self, pred: Token) -> Dating | None:
        found = self._occurrence(pred) or self._described(pred)
        if found is not None:
            return found
        node, nominal = pred, pred.pos_ in ("NOUN", "PROPN")
        for _ in range(6):
            dep, head = node.dep_, node.head
            if head.i == node.i:
                break
            at_time = self._time_at(head) if dep in ("relcl", "acl", "advcl") else None
            at_time = at_time or self._when_of(node)
            if at_time is not None:  # "since November, when he was found": in November
                return _dating(period(at_time), "own")
            if pred.pos_ in ("NOUN", "PROPN") and node.pos_ not in ("VERB", "AUX") and dep not in (
                    "relcl", "acl", "appos", "conj"):
                pass  # a nominal event: the clause it is an argument of
            elif dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
                pass  # "the 1996 bombing that killed one person": the time of the event it describes
            elif dep == "conj" and (said := _speaker_conjunct(node, head)) is not None:
                own = self.own(said) or self._said_then(said)
                if own is not None and own.start is not None:
                    return _dating(own, "coordinated")
                break  # (the statement's own convention dates it, as a statement of its own)
            elif dep == "conj" and _tenses_differ(node, head):
                break  # "which last year accounted for 41% and is expected to grow": two times
            elif dep == "advcl" and head.lemma_.lower() in REPORTING and any(
                    c.dep_ == "ccomp" and c.i < node.i for c in head.children) and node.i < head.i:
                break  # "17 were killed when gangs fought, the authority said on Wednesday": the
                # parse hangs on the statement a clause of what it reports, which the statement's
                # day does not date
            elif dep in ("conj", "xcomp", "acomp", "oprd") or (dep == "advcl" and (
                    self._temporal_mark(node) or _participial_adjunct(node) or _purpose(node))):
                pass  # (a participle adjunct happens with its clause: "struck the town, killing four";
                # so does a purpose: "will travel to Washington on March 12 to submit the document")
            elif dep in ("nsubj", "nsubjpass", "attr") and pred.pos_ in ("NOUN", "PROPN") and \
                    head.lemma_ == "be":
                pass  # "the meeting is on Tuesday"
            else:
                break
            child, node = node, head
            own = self.own(node)
            if own is not None:
                rule = {"conj": "coordinated"}.get(dep, "governor")
                if dep == "advcl" and self._temporal_mark(child):
                    rule = "temporal-clause"
                if pred.pos_ in ("NOUN", "PROPN") and dep not in ("conj", "relcl", "acl"):
                    rule = "clause"
                return _dating(own, rule)
            if node.pos_ in ("VERB", "AUX") and dep not in ("conj", "xcomp", "relcl", "acl", "advcl", "acomp", "oprd"):
                if not nominal:
                    break
                # a nominal event's clause, undated itself, goes on as a verb would: to the
                # clause it is coordinated with or a "when" clause of ("was working there in 1968
                # when troops swept through Prague in the occupation")
                nominal = False
        for c in pred.children:  # a "when/as/while" clause under the predicate that is dated itself
            if c.dep_ == "advcl" and self._temporal_mark(c):
                own = self.own(c)
                if own is not None:
                    return _dating(own, "temporal-clause")
        return self._complement(pred)

    def _subordinate(self, pred: Token) -> Dating | None:
        """The time of the dated clause an event is told inside of, where the telling places it
        there: a clause or a gerund "after" or "before" whose main clause is dated ("was rescued
        last November after the ferry sank", "said Monday before leaving"), a participle that says
        what a dated act's object said or did ("issued a statement Friday saying ..."), a
        participle set off after the subject, saying its
        state while it acted ("the governors, accompanied by an aide, flew to Abuja on Friday"), and
        a present perfect reported by a dated statement, which held when it was made ("the bloc has
        decided to admit them, an official said on Wednesday"), or, in the past perfect, done at or
        just before it ("said on Wednesday that 52 people had been arrested": Tuesday or Wednesday)."""
        if pred.pos_ not in ("VERB", "AUX"):
            return None
        head = pred.head
        if head.i == pred.i:
            return None
        if pred.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in pred.children):
            governor = head
        elif pred.dep_ == "pcomp" and pred.tag_ == "VBG" and head.lower_ in ("after", "before") \
                and head.head.i != head.i:
            governor = head.head  # "said Monday before leaving Andrews Air Force Base"
        elif pred.dep_ == "acl" and pred.tag_ == "VBG" and _participial_adjunct(pred) and head.dep_ == "dobj":
            governor = head.head
        elif pred.dep_ == "ccomp" and (_perfect(pred) or _refused(pred)) and head.lemma_.lower() in REPORTING:
            governor = head  # (a refusal is made in the statement: "said on Tuesday it would not return")
        elif pred.dep_ == "relcl" and _simple_past(pred) and _where_clause(pred) and head.dep_ == "pobj" and (
                clause := _clause_head(head)) is not None:
            governor = clause  # "fighting spread on Tuesday night to the suburb of Souq, where militias clashed"
        elif pred.dep_ == "ccomp" and _past_perfect(pred) and head.lemma_.lower() in REPORTING:
            # "said on Wednesday that 52 people had been arrested": done by the statement, at or
            # just before it, as a statement is to its report
            said = self._stated_on(head)
            if said is None or said.precision != Precision.DAY or said.start is None or said.start != said.end or (
                    self.published is not None and said.start > self.published):
                return None
            return Dating(replace(said, start=said.start - dt.timedelta(days=1)), "subordinate", said.text,
                          (said.char_start, said.char_end))
        elif pred.dep_ == "acl" and pred.tag_ == "VBN" and head.dep_ in ("nsubj", "nsubjpass") and \
                pred.i > 0 and self.doc[pred.i - 1].text == "," and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in pred.children):
            governor = head.head  # "the governors, accompanied by an aide, flew to Abuja on Friday"
        else:
            return None
        own = self._stated_on(governor) if governor.i == head.i and pred.dep_ == "ccomp" else self.own(governor)
        if own is None or own.start is None or own.end is None or (
                self.published is not None and own.start > self.published):
            return None
        return _dating(own, "subordinate")

    def _stated_on(self, said: Token) -> TimeSpan | None:
        """The time of a statement by its own words, or of the act it is coordinated with under
        the same subject ("announced a ceasefire on Wednesday and said it had deployed units")."""
        return self.own(said) or self._said_then(said) or (
            self.own(said.head) if said.dep_ == "conj" and _shared_conjunct(said.head, said) else None)

    def _after(self, pred: Token) -> Dating | None:
        """The days from a dated act to the publication, for a clause in the past tense that is
        told after it, with no distance said: an "after" clause or gerund of its own ("have finished
        all formalities after the parliament ratified the treaty on Tuesday", "was placed in his
        care after being found last Thanksgiving"). Its own words bound it on both sides: not
        before that day, and, told as done, not after the report."""
        pub = self.published
        if pub is None or pred.pos_ not in ("VERB", "AUX"):
            return None
        for c in pred.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children):
                told = [c]
            elif c.dep_ == "prep" and c.lower_ == "after":
                told = [g for g in c.children if g.dep_ == "pcomp" and g.tag_ in ("VBG", "VBN")]
            else:
                continue
            if tense(pred) != "past":  # (asked only of a clause with an "after" of its own)
                return None
            for clause in told:
                shared = self._complement(clause)  # (or of a participle sharing its time: "after
                # being found clinging to a raft last Thanksgiving")
                t = self.own(clause) or (shared.time if shared is not None else None)
                if t is not None and t.start is not None and t.end is not None and t.end <= pub \
                        and t.precision in (Precision.DAY, Precision.WEEK):
                    return Dating(replace(t, end=pub), "after", t.text, (t.char_start, t.char_end))
        return None

    def _occurrence(self, pred: Token) -> Dating | None:
        """An event noun's time given by the verb that says it happens or is scheduled to: the
        noun its subject ("the talks are expected on Tuesday", "fighting erupted on Friday") or
        described by it ("a summit set for April", "the closing, which is expected in December",
        "the election due in September"). A gerund the tagger read as a verb is a noun as its
        subject ("Fighting between the army and the rebels erupted on Friday")."""
        found = self._occurring(pred)
        return _dating(found[1], "occurrence") if found is not None else None

    def _occurring(self, pred: Token) -> tuple[Token, TimeSpan] | None:
        """The verb that says an event noun happens or is scheduled, with its time (``_occurrence``)."""
        if pred.pos_ not in ("NOUN", "PROPN") and not (pred.tag_ == "VBG" and pred.dep_ in ("nsubj", "nsubjpass")):
            return None
        verbs = [c for c in pred.children if c.dep_ in ("acl", "relcl", "amod") and c.i > pred.i]
        if pred.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(pred.head)
        for verb in verbs:
            # an active verb of occurrence has the event as its subject ("fighting erupted"); a
            # scheduling verb, as its passive subject ("talks are expected") or the noun it describes
            if not _occurrence_verb(verb, scheduling=pred.dep_ != "nsubj" or verb.i != pred.head.i):
                continue
            own = self.own(verb)
            if own is not None and (own.start is not None or own.end is not None):
                return verb, own
        # a relative clause the parse hangs on the last noun of a phrase after the event noun, when
        # its relative subject does what only an event does: "the war between the army and the
        # RSF, which erupted in April 2023" (the war erupted, not the RSF)
        for verb in _relatives_after(pred):
            own = self.own(verb) if _occurrence_verb(verb, scheduling=False) else None
            if own is not None and (own.start is not None or own.end is not None):
                return verb, own
        return None

    def _since_onset(self, pred: Token) -> Dating | None:
        """What an event has done, told in the present perfect with the event its subject, from
        the time a verb says it began to the publication ("the war, which erupted in April 2023, has
        killed tens of thousands": the toll of the war so far, April 2023 to the report)."""
        head = pred.head if pred.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children) else pred
        if self.published is None or pred.pos_ not in ("VERB", "AUX") or not _perfect(head) or any(
                c.dep_ == "neg" for c in head.children):
            return None
        subject = _subject(head)
        found = self._occurring(subject) if subject is not None else None
        if found is None or not _lemma_phrases(found[0]) & words("onset_verb"):
            return None
        onset = found[1]
        if onset.start is None or onset.start > self.published:
            return None
        return Dating(replace(onset, end=self.published), "onset", onset.text, (onset.char_start, onset.char_end))

    def _described(self, pred: Token) -> Dating | None:
        """An event noun's time given by a relative clause that says what it did: "fighters in
        the revolution that brought Castro to power 42 years ago" (the relative pronoun its
        subject, the clause's own time expression; a time further up is the clause's about it)."""
        if pred.pos_ not in ("NOUN", "PROPN"):
            return None
        for c in pred.children:
            if c.dep_ == "relcl" and c.i > pred.i and any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in c.children):
                shared = self._complement(c)  # (or of a complement sharing its time: "brought
                # Castro to power 41 years ago")
                own = self.own(c) or (shared.time if shared is not None else None)
                if own is not None and own.start is not None and own.end is not None:
                    return _dating(own, "described")
        return None

    def _complement(self, pred: Token) -> Dating | None:
        """The time of a complement that shares the predicate's time: a participle ("was found
        clinging to a tube on Nov. 25", "sought ..., saying on Friday") or the infinitive of a
        verb that is not one of intent or expectation ("began trading in August", "helped end the
        war four years ago"). A plan's, hope's or call's complement is its aim, later than itself;
        a present one's infinitive is still ahead ("hopes to win in September"); a past clause
        is never dated after the publication. A present participle that describes one the
        predicate acts on tells what they were doing as it happened ("opened fire on people
        waiting for aid in Gaza City on Tuesday"); so does a relative clause saying what they were
        doing, or did that day ("killed villagers who were digging trenches last month", "opened
        fire on demonstrators who stormed parliament on Tuesday")."""
        if pred.pos_ not in ("VERB", "AUX", "ADJ"):  # (an adjective predicated: "weren't available to
            return None  # comment late yesterday")
        acted_on = [n for o in pred.children if o.dep_ in ("dobj", "prep")
                    for n in ([o] if o.dep_ == "dobj" else [g for g in o.children if g.dep_ == "pobj"])]
        # (and those a count of them names: "killed hundreds of villagers who were digging trenches")
        acted_on += [g for n in acted_on for o in n.children if o.dep_ == "prep" and o.lower_ == "of"
                     for g in o.children if g.dep_ == "pobj"]
        doing = [a for n in acted_on for a in n.children if (a.dep_ == "acl" and _participial_adjunct(a)) or (
            a.dep_ == "relcl" and self._doing_then(a))]
        # (the parse may make the participle the preposition's object, with the people its subject)
        doing += [g for o in pred.children if o.dep_ == "prep" for g in o.children if g.dep_ == "pcomp"
                  and g.tag_ == "VBG" and any(s.dep_ == "nsubj" for s in g.children)]
        for c in [*pred.children, *doing]:
            shared = c in doing or (c.dep_ in ("xcomp", "advcl") and _participial_adjunct(c)) or (
                c.dep_ == "xcomp" and c.tag_ == "VB" and pred.lemma_.lower() not in FUTURE_GOVERNORS
                and pred.lemma_.lower() not in REPORTING and tense(pred) == "past") or _shared_conjunct(pred, c)
            own = self.own(c) if shared else None
            if own is None or own.start is None:
                continue
            if tense(pred) == "past" and self.published is not None and own.start > self.published:
                continue
            return _dating(own, "coordinated" if c.dep_ == "conj" else "complement")
        return None

    def _doing_then(self, clause: Token) -> bool:
        """A relative clause, its pronoun the subject, in the past progressive ("who were digging
        trenches"), or in the simple past dated to a day ("who stormed parliament on Tuesday"; one
        dated to a year, "who killed his wife in 2010", is a past deed, not the scene)."""
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in clause.children):
            return False
        if clause.tag_ == "VBG" and any(a.dep_ == "aux" and a.tag_ == "VBD" for a in clause.children):
            return True
        own = self.own(clause) if _simple_past(clause) else None
        return own is not None and own.precision == Precision.DAY

    def _when_of(self, clause: Token) -> TimeSpan | None:
        """The time a relative "when" clause describes, by the words, when the parse hangs the
        clause on the verb instead of on the time: "In contrast to Thursday, when 133 people were
        arrested, ..." (the time expression right before the "when", a comma apart)."""
        when = next((c for c in clause.children if c.dep_ in ("advmod", "mark") and c.lower_ == "when"), None)
        if when is None or when.i == 0:
            return None
        before = self.doc[when.i - 1]
        if before.is_punct and before.i > 0:
            before = self.doc[before.i - 1]
        return self._time_at(before)

    def _time_at(self, tok: Token) -> TimeSpan | None:
        for t, tokens, _ in self.entries:
            if tok.i in tokens:
                return t
        return None

    @staticmethod
    def _temporal_mark(clause: Token) -> bool:
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in clause.children)

    def _by_tense(self, pred: Token, frame: Frame | None) -> Dating:
        pub = self.published
        if pub is None:
            return Dating(NO_DATE, "none")
        t = tense(pred) if pred.pos_ in ("VERB", "AUX", "ADJ") else None
        if frame is not None and frame.modality in UNREALISED and not (
                t == "past" and (pred.tag_ in ("VBD", "VBN") or _refused(pred))):
            # "will meet", "urged Turkey to withdraw", "threatened to attack": not yet done; a
            # finite verb in the past tense was done ("have attempted to portray")
            t = "future"
        if self._told_ahead(pred, t):
            t = "future"
        lemma = pred.lemma_.lower()
        said = lemma in REPORTING or lemma in words("stance_verb") or self._introduces_quote(pred) or _gives_statement(pred)
        if said and _statement(pred, t):
            rule = "stance" if lemma in words("stance_verb") else "reporting"
            occasion = self._occasion(pred)
            if occasion is not None:
                return _dating(occasion, "setting")
            return Dating(TimeSpan(None, pub - dt.timedelta(days=1), pub, Precision.DAY, -1, -1, False, rule), rule)
        if t == "past" and _perfect(pred) and any(c.dep_ == "neg" for c in pred.children):
            t = "present"  # "the militia hasn't released its hostages": a state holding at the publication
        if t == "present" and pred.pos_ in ("VERB", "AUX", "ADJ") and not is_headline(pred, self.text):
            # (a headline's present is the past it reports: "General Seizes Parliament")
            return self._speaker_present(pred) or Dating(
                TimeSpan(None, pub, pub, Precision.DAY, -1, -1, False, "present"), "present")
        if t in ("future", "modal"):  # not yet realised when reported
            return Dating(TimeSpan(None, pub, None, None, -1, -1, False, "future"), "future")
        return Dating(NO_DATE, "none")

    @staticmethod
    def _told_ahead(pred: Token, t: str | None) -> bool:
        """What the telling puts after the publication though its tense does not say so: a clause
        in the present or the present perfect that says when or on what condition a clause still to
        come happens, as English tells such a future ("will meet the envoy when he arrives", "is
        expected to be demolished after the FBI has finished"); an event noun its modifier says is
        ahead ("before the proposed merger", "the upcoming election"), or that a consequence in the
        present says something leads to ("a reward for information leading to the arrest and
        conviction of the bombers")."""
        if pred.pos_ == "NOUN":
            noun = pred.head if pred.dep_ == "conj" else pred
            verb = noun.head.head if noun.dep_ == "pobj" else noun
            return any(c.dep_ == "amod" and c.lower_ in words("prospective_adjective") for c in pred.children) or (
                verb.lemma_.lower() in words("consequence_verb") and tense(verb) == "present")
        head = pred.head
        # (under a modal of prospect, not of ability: "when he finds it unprofitable, one can see")
        return pred.dep_ == "advcl" and (t == "present" or _perfect(pred)) and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in words("time_condition_mark") for c in pred.children) and (
            tense(head) == "future" or (tense(head) == "modal" and any(
                c.dep_ == "aux" and c.lower_ in PROSPECT_AUX for c in head.children)))

    def _speaker_present(self, pred: Token) -> Dating | None:
        """The present of a quotation is its speaker's: the day the statement that gives it is
        dated to by its own evidence ("'I formally object ...,' Gonzalez said in the letter, dated
        Monday", "'I am ready,' he said on Sunday")."""
        if self._resolving or not self._quoted(pred):
            return None
        statement = next((a for a in pred.ancestors if not self._quoted(a) and self._introduces_quote(a)), None)
        if statement is None:
            return None
        self._resolving = True
        try:
            found = self.date(statement)
        finally:
            self._resolving = False
        if found.rule in ("own", "setting") and found.time.precision == Precision.DAY:
            return Dating(found.time, "quoted", found.expression, found.span)
        return None

    def _occasion(self, statement: Token) -> TimeSpan | None:
        """The date of the occasion a statement was made at, when that occasion is dated itself:
        "said in a letter, dated Monday", "told reporters at Friday's briefing"."""
        for prep in statement.children:
            if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
                continue
            for noun in (c for c in prep.children if c.dep_ == "pobj" and self._time_at(c) is None):
                # (an occasion, not a time: "in the fiscal year ended March 31, the mill reported")
                for node in (noun, *(c for c in noun.children if c.dep_ == "acl")):
                    t = self.own(node)
                    if t is not None and t.start is not None and t.end is not None and (
                            self.published is None or t.start <= self.published):
                        return t
        return None

    def _with_statement(self, pred: Token) -> Dating | None:
        """The time of a statement (a reporting or stance verb in the past, or any clause in the
        present) that an undated predicate shares: a participle adjunct of it ("she added,
        referring to the threat", "the minister, echoing the president, said"), a later verb
        coordinated under its subject ("denied the charge and accused the police"), or, for an
        event noun, the occasion it was made at ("said in a statement", "told reporters at the
        ceremony") and what a participle says was done to it ("a statement released to the
        press"). What the statement reports, a clause under it, keeps no date."""
        head = pred.head
        if head.i == pred.i:
            return None
        if pred.pos_ in ("NOUN", "PROPN"):
            verb = head.head
            if pred.dep_ == "dobj" and head.lemma_.lower() in REPORTING and \
                    pred.lemma_.lower() in noun_classes().get("meeting", frozenset()):
                verb = head  # "told a news conference": the meeting told is the occasion
            elif pred.dep_ != "pobj" or head.lower_ not in OCCASION_PREPS or verb.pos_ not in ("VERB", "AUX"):
                return None
            found = self._by_tense(verb, None)
            return Dating(found.time, "setting") if found.rule in ("reporting", "stance") else None
        if pred.dep_ == "acl" and pred.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in pred.children):
            # "said in a statement released to the press" (not the clause it states: "said in a
            # statement that the site was knocked off-line")
            return self._with_statement(head)
        if not ((pred.dep_ in ("advcl", "xcomp") and _participial_adjunct(pred)) or _shared_conjunct(head, pred)):
            return None
        found = self._by_tense(head, None)
        if found.rule not in ("reporting", "stance", "present"):
            return None
        return Dating(found.time, "coordinated" if pred.dep_ == "conj" else "complement")


def _gives_statement(verb: Token) -> bool:
    """A light verb in the simple past whose object is a statement, a verb of saying by other
    words ("issued a statement", "gave no details", "delivered a rebuke"; not a perfect, "has made
    the right decision", which tells a deed, not the words given for the report)."""
    return verb.tag_ == "VBD" and verb.lemma_.lower() in words("light_verb") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words("utterance_noun") for c in verb.children)


def _refused(verb: Token) -> bool:
    """An ability or a will refused in the past, not a prospect: "could not be reached for
    comment", "wouldn't specify", "neither he nor his lawyer could be located" ("would not be
    easy" is a judgement of what may come, "probably wouldn't" a guess at it)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not aux & PAST_MODAL_AUX or verb.lemma_ == "be" or any(
            c.lower_ in EPISTEMIC or (c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children))
            for c in verb.children):
        return False  # "probably wouldn't give in", "would not sign unless ...": a prospect
    subject = _subject(verb)
    return any(c.dep_ == "neg" for c in verb.children) or (subject is not None and any(
        c.dep_ == "preconj" and c.lower_ == "neither" for c in subject.children))


def _tenses_differ(a: Token, b: Token) -> bool:
    """Two coordinated clauses, one in the past and the other not ("accounted for 41% and is
    expected to grow"): the time of one is not the other's."""
    ta, tb = tense(a), tense(b)
    return ta is not None and tb is not None and (ta == "past") != (tb == "past")


def _speaker_conjunct(verb: Token, head: Token) -> Token | None:
    """The past verb of saying that a verb in the simple past with no subject of its own goes
    with, when the parse coordinates it with the clause that verb reports (a clause with a subject
    of its own): a verb that cannot share that clause's "would" or "will" ("said on Wednesday it
    would hold a summit and urged restraint"), or a statement itself ("said that the group was
    operating from Afghanistan and accused Kabul of failing to act"). None otherwise ("said
    police arrested him and charged him": the reported clause goes on)."""
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    said = clause.head
    subjects = ("nsubj", "nsubjpass")
    if verb.tag_ != "VBD" or clause.dep_ != "ccomp" or said.lemma_.lower() not in REPORTING or tense(said) != "past" \
            or any(c.dep_ in subjects for c in verb.children) or not any(c.dep_ in subjects for c in clause.children):
        return None
    lemma = verb.lemma_.lower()
    if tense(head) in ("future", "modal") or lemma in REPORTING or lemma in words("stance_verb"):
        return said
    return None


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past, active or passive ("arrested", "was arrested")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        a.dep_ == "auxpass" and a.tag_ == "VBD" for a in verb.children) and not any(
        a.dep_ == "aux" for a in verb.children))


def _main_clause(verb: Token) -> bool:
    """The root of its sentence or a verb coordinated with it."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with when it has none."""
    for node in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        found = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None


def _indent(sent) -> int:
    """How many characters of white space a sentence starts with."""
    return len(sent.text) - len(sent.text.lstrip())


def _lemma_phrases(verb: Token) -> set[str]:
    """A verb's lemma, and the phrases it makes with a particle or object ("break out", "take place")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt")}


def _occurrence_verb(verb: Token, scheduling: bool) -> bool:
    """A verb that says its subject happens ("erupted", "took place"), or, with ``scheduling``,
    also one (or "due") that says it is held or scheduled ("was held", "is expected", "set for
    April", "carried out")."""
    vocab = words("occur_verb") | (words("schedule_verb") if scheduling else frozenset())
    return bool(_lemma_phrases(verb) & vocab)


def _relatives_after(noun: Token) -> list[Token]:
    """The relative clauses, their pronoun "which" or "that" the subject, hung on a noun of a
    phrase right after a noun ("the war between the army and the RSF, which ..."): the parse hangs
    such a clause on the nearest noun, whichever noun it describes."""
    return [r for prep in noun.children if prep.dep_ == "prep" for g in prep.children if g.dep_ == "pobj"
            for n in (g, *g.conjuncts) for r in n.children if r.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.tag_ == "WDT" for c in r.children)]


def _participial_adjunct(clause: Token) -> bool:
    """A present participle with no conjunction or subject of its own ("..., saying on Friday",
    "found clinging"): it happens with the clause it hangs on."""
    return clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux", "nsubj", "nsubjpass") for c in clause.children)


def _shared_conjunct(pred: Token, c: Token) -> bool:
    """A later verb coordinated with the predicate under the same subject, in the same tense:
    a time at the end of the pair dates both ("killed 14 villagers and burned homes on Sunday";
    the parse hangs the time on the nearer verb); or one whose auxiliaries are the predicate's,
    left unsaid ("107 people had been detained and 10 officers injured overnight")."""
    if c.dep_ != "conj" or c.pos_ != "VERB" or c.tag_ != pred.tag_:
        return False
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
        return True
    auxiliaries = ("aux", "auxpass")
    return c.tag_ == "VBN" and any(g.dep_ in auxiliaries for g in pred.children) and not any(
        g.dep_ in auxiliaries for g in c.children)


def _where_clause(clause: Token) -> bool:
    """A relative clause set off by a comma and "where" ("..., where militias clashed"): what
    happened at the place the clause above names, as it was told there, not a standing fact of it
    ("the town where he was born")."""
    where = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    return where is not None and where.i > 0 and where.doc[where.i - 1].text == ","


def _purpose(clause: Token) -> bool:
    """An infinitive of purpose with no subject of its own ("travelled on Monday to sign ...")."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children)


def _perfect(pred: Token) -> bool:
    """A verb in the present perfect ("has decided")."""
    return pred.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBP", "VBZ")
                                      for a in pred.children if a.dep_ == "aux")


def _past_perfect(pred: Token) -> bool:
    """A verb in the past perfect ("had regained", "had been arrested")."""
    return pred.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ == "VBD" for a in pred.children if a.dep_ == "aux")


def _finite_present(pred: Token) -> bool:
    """A verb in the simple or progressive present ("compare", "is considering"; not a participle
    of a present clause, "after losing", nor a perfect, "has set")."""
    return tense(pred) == "present" and (pred.tag_ in ("VBP", "VBZ") or (pred.tag_ == "VBG" and any(
        a.tag_ in ("VBP", "VBZ") for a in pred.children if a.dep_ == "aux")))


def _finite_past(pred: Token) -> bool:
    """A verb in the simple past or a perfect ("declared", "has set", "had agreed")."""
    return pred.tag_ == "VBD" or (pred.tag_ == "VBN" and any(
        a.lemma_ == "have" for a in pred.children if a.dep_ == "aux"))


def _statement(pred: Token, t: str | None) -> bool:
    """A statement made for the report: a reporting verb in the simple past ("said") or the
    present perfect ("officials have said"), or the source a report cites ("according to")."""
    if pred.lower_ == "according" and any(c.lower_ == "to" for c in pred.children):
        return True
    if t != "past":
        return False
    perfect = any(a.lemma_ == "have" and a.tag_ in ("VBP", "VBZ") for a in pred.children if a.dep_ == "aux")
    # "terms weren't disclosed", "he was quoted as saying": the report's own statement, not one
    # its narrative placed ("when the decision was announced")
    passive = pred.dep_ == "ROOT" and any(a.tag_ == "VBD" for a in pred.children if a.dep_ == "auxpass")
    return pred.tag_ == "VBD" or (pred.tag_ == "VBN" and (perfect or passive))


def _dating(t: TimeSpan, rule: str) -> Dating:
    if t.start is None and t.end is None:
        return Dating(NO_DATE, "none", t.text, (t.char_start, t.char_end))
    return Dating(t, rule, t.text, (t.char_start, t.char_end))


def date_event(pred: Token, times: DocumentTimes, frame: Frame | None = None) -> Dating:
    """The date of the event a predicate (verb or event noun) expresses, with the time
    expression and the rule that gave it; ``Dating.time`` is ``NO_DATE`` when the text gives the
    event no date of its own. ``frame``, the predicate's clause frame, adds its temporal
    arguments and its modality (an unrealised act is after the report)."""
    return times.date(pred, frame)
