"""Affiliations: what the text says an actor is, belongs to, or where they were, and when.

Titles before a name ("former Prime Minister Ali Zeidan"), appositions and predicates with a
relation noun ("a close ally of Moammar Gadhafi", "set up as a military leader in the NFSL") and
relation verbs ("formed the Libyan National Army", "lived there through 2011", "was captured
during the invasion of Chad"), read from the parse with the words of ``relations.tsv``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from ..ontologies.tables import RelationWord, actor_roles, relation_words
from ..records import NO_DATE, Actor, Affiliation, Certainty, Place, TimeSpan
from .actors import FORMER
from .certainty import certainty
from .events import EventFinder

COPULAS = {"be", "become", "remain"}
CLAIMS = {"claim", "seem", "appear", "pretend", "want", "hope", "try", "aspire", "deny"}  # "claimed to be a leader"
ABBREVIATIONS = {"gen.": "general", "col.": "colonel", "lt.": "lieutenant", "sen.": "senator", "gov.": "governor",
                 "pres.": "president", "maj.": "major", "capt.": "captain", "adm.": "admiral"}
DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "one"}


def find_affiliations(finder: EventFinder, published: dt.date | None) -> list[Affiliation]:
    """Every affiliation of the document, in text order, one per (actor, relation, other, status)."""
    found = _Relations(finder, published)
    for m in finder.actors.mentions:
        if m.label == "PERSON":
            found.title_before(m.start, m.head)
    words = relation_words()
    for tok in finder.doc:
        pos = "NOUN" if tok.pos_ in ("NOUN", "PROPN") else tok.pos_
        word = words.get((tok.lemma_.lower(), pos))
        if word is not None and pos == "NOUN":
            found.noun(tok, word)
        elif word is not None and pos == "VERB":
            found.verb(tok, word)
        elif pos == "NOUN" and tok.dep_ in ("appos", "attr", "oprd", "pobj"):
            found.title_noun(tok)
    return found.result()


class _Relations:
    def __init__(self, finder: EventFinder, published: dt.date | None):
        self.f = finder
        self.doc = finder.doc
        self.text = finder.text
        self.actors = finder.actors
        self.published = published
        self.roles = actor_roles()
        self.found: dict[tuple, Affiliation] = {}

    def result(self) -> list[Affiliation]:
        return sorted(self.found.values(), key=lambda a: (a.span[0], a.actor.start))

    # -- patterns ----------------------------------------------------------------------------
    def title_before(self, start: int, head: int) -> None:
        """"former Prime Minister Ali Zeidan", "Gen. Hifter": a title right before a name."""
        holder = self.actors.actor(self.doc[head])
        if holder is None or holder.kind != "person":
            return
        words: list[Token] = []
        i = start - 1
        while i >= 0 and len(words) < 4 and "\n" not in self.doc[i].text_with_ws and self.doc[i].text not in ".!?;":
            tok = self.doc[i]
            if tok.text == ")" and not words:  # "former Prime Minister (and former NFSL leader) Ali Zeidan"
                opening = next((j for j in range(i - 1, max(-1, i - 12), -1) if self.doc[j].text == "("), None)
                if opening is not None:
                    i = opening - 1
                    continue
            if tok.lower_ in self.roles or tok.lower_ in ("prime", "foreign", "defense", "defence", "interior"):
                words.insert(0, tok)
                i -= 1
                continue
            break
        title = self._longest_title(words)
        if title is None:
            return
        first, phrase, role_sector = title
        former = first.i > 0 and self.doc[first.i - 1].lower_ in FORMER
        status = "former" if former else "current"
        self._add(holder, "role", self._words(first.i, words[-1].i + 1), None, None,
                  self._as_of(former), status, role_sector, self.doc[head], f"title:{phrase}")

    def noun(self, tok: Token, word: RelationWord) -> None:
        """"a close ally of Gadhafi", "a military leader in the NFSL", "Gadhafi ally Idriss Deby"."""
        holder_tok, anchor = self._holder_of_noun(tok)
        other_tok = next((pobj for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in word.preps
                          for pobj in prep.children if pobj.dep_ == "pobj"), None)
        after = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        before_name = after is not None and self.actors.label_at(after) == "PERSON"
        if other_tok is None and (tok.dep_ == "compound" or before_name):  # "Gadhafi ally Idriss Deby"
            holder_tok = anchor = tok.head if tok.dep_ == "compound" else after
            other_tok = next((c for c in tok.children if c.dep_ == "compound"), None)
            if other_tok is None and tok.i > 0 and self.actors.label_at(self.doc[tok.i - 1]) == "PERSON":
                other_tok = self.doc[tok.i - 1]
        if holder_tok is None:
            return
        if other_tok is None:
            self.title_noun(tok)
            return
        holder = self.actors.actor(holder_tok)
        if holder is None:
            return
        other_actor = self.actors.actor(other_tok)
        if other_actor is not None and other_actor.id == holder.id:
            return
        other = other_actor.text if other_actor else self._phrase(other_tok)
        former = any(c.lower_ in FORMER for c in tok.children)
        by_name = tok.dep_ in ("appos", "compound") or before_name
        date = NO_DATE if by_name else self._date(anchor)
        status = "former" if former else None
        if by_name:
            date, status = self._as_of(former), "former" if former else "current"
        self._add(holder, word.relation, other, other_actor, self._place_of(other_tok), date, status,
                  self._sector(tok), tok, word.rule)

    def title_noun(self, tok: Token) -> None:
        """"Ali Zeidan, the former prime minister", "declared himself a rebel leader"."""
        role = self.roles.get(tok.lemma_.lower()) or self.roles.get(tok.lower_)
        if role is None or role.type != "title":
            return
        holder_tok, anchor = self._holder_of_noun(tok)
        if holder_tok is None:
            return
        holder = self.actors.actor(holder_tok)
        if holder is None or holder.kind != "person":
            return
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in DETERMINERS]
        former = any(c.lower_ in FORMER for c in mods)
        start = min([c.i for c in mods if c.lower_ not in FORMER and c.i > max([m.i for m in mods if m.lower_ in FORMER],
                                                                                 default=-1)] + [tok.i])
        date = self._date(anchor) if anchor is not None and tok.dep_ != "appos" else NO_DATE
        status = "former" if former else None
        if date is NO_DATE:
            date, status = self._as_of(former), "former" if former else "current"
        self._add(holder, "role", self._words(start, tok.i + 1), None, None, date, status, self._sector(tok),
                  tok, f"title:{tok.lemma_.lower()}")

    def verb(self, tok: Token, word: RelationWord) -> None:
        """"formed the Libyan National Army", "lived there through 2011", "was captured in Chad"."""
        if certainty(self.f.frame(tok)) in (Certainty.NEGATED, Certainty.QUESTION):
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if word.subject == "obj":
            holder_tok = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
            if holder_tok is None and passive:
                holder_tok = self.f.framer.inherited_subject(tok, True)
        else:
            holder_tok = self.f.framer.subject(tok)
        if holder_tok is None:
            return
        title_tok = None
        if word.other == "title" and self.actors.label_at(holder_tok) != "PERSON":
            named = next((c for c in holder_tok.children if c.dep_ == "compound"
                          and self.actors.label_at(c) == "PERSON"), None)
            if named is not None:  # "appointed Ahmed Maiteeq prime minister", parsed as one noun phrase
                holder_tok, title_tok = named, holder_tok
        holder = self.actors.actor(holder_tok)
        if holder is None:
            return
        other_actor, place, other = None, None, None
        if word.other == "actor":
            if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                return  # "led the US to evacuate the rebels" makes someone act; it ties no one
            other_tok = self._argument(tok, word.preps)
            if other_tok is None:
                return
            other_actor = self.actors.actor(other_tok)
            if other_actor is not None and other_actor.id == holder.id:
                return
            other = other_actor.text if other_actor else self._phrase(other_tok)
        elif word.other == "place":
            place = self._verb_place(tok, word)
            if place is None:
                return
            other = place.text
        else:
            title_tok = title_tok or self._argument(tok, word.preps, titles=True)
            if title_tok is None:
                return
            role = self.roles.get(title_tok.lemma_.lower())
            if role is None or role.type != "title":
                return
            mods = [c for c in title_tok.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in DETERMINERS
                    and self.actors.label_at(c) != "PERSON"]
            other = self._words(min([c.i for c in mods] + [title_tok.i]), title_tok.i + 1)
            return self._add(holder, "role", other, None, None, self._date(tok), None, self._sector(title_tok),
                             tok, word.rule)
        self._add(holder, word.relation, other, other_actor, place, self._date(tok), None, None, tok, word.rule)

    # -- helpers -----------------------------------------------------------------------------
    def _holder_of_noun(self, tok: Token) -> tuple[Token | None, Token | None]:
        """Whose role or tie a noun names, and the token that dates it."""
        head = tok.head
        if tok.dep_ == "appos":
            return head, head
        if tok.dep_ in ("attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "oprd":
                obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                if obj is not None and obj.lower_ not in ("himself", "herself", "themselves", "itself"):
                    return obj, head
            if tok.dep_ == "attr" and head.lemma_ not in COPULAS:
                return None, None
            if head.dep_ == "xcomp" and head.head.lemma_ in CLAIMS:
                return None, None
            return self.f.framer.subject(head), head
        if tok.dep_ == "pobj" and head.lower_ == "as":
            node = head.head
            for _ in range(3):
                if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                    break
                node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                return None, None
            passive = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
            return (passive if passive is not None else self.f.framer.subject(node)), node
        return None, None

    def _argument(self, verb: Token, preps: tuple[str, ...], titles: bool = False) -> Token | None:
        for c in verb.children:
            if c.dep_ == "dobj" and "dobj" in preps:
                return c
            if c.dep_ in ("oprd", "attr") and c.dep_ in preps:
                return c
            if c.dep_ == "prep" and c.lower_ in preps:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        if titles and "oprd" in preps:  # "declared himself a rebel leader": the parser's ccomp/xcomp
            for c in verb.children:
                if c.dep_ in ("ccomp", "xcomp", "dobj") and c.pos_ in ("NOUN", "PROPN"):
                    role = self.roles.get(c.lemma_.lower())
                    if role is not None and role.type == "title":
                        return c
                    for g in c.children:
                        if g.dep_ in ("attr", "oprd", "appos", "npadvmod") and g.pos_ == "NOUN":
                            return g
        return None

    def _verb_place(self, tok: Token, word: RelationWord) -> Place | None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in word.preps:
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        place = self.f._place_at(pobj) or self.f.location_for(pobj)
                        if place is not None:
                            return place
            if c.lower_ == "there" and "there" in word.preps:
                earlier = [p for p in self.f.places.values()
                           if tok.sent.start_char <= p.char_start < c.idx]
                if earlier:
                    return max(earlier, key=lambda p: p.char_start)
        if word.relation == "held_in":
            return self.f.location_for(tok)
        return None

    def _place_of(self, tok: Token) -> Place | None:
        return self.f.places.get(tok.i)

    def _longest_title(self, words: list[Token]) -> tuple[Token, str, str | None] | None:
        for n in range(len(words), 0, -1):
            phrase = " ".join(t.lower_ for t in words[-n:])
            role = self.roles.get(phrase)
            if role is not None and role.type == "title":
                return words[-n], phrase, role.sector
        return None

    def _sector(self, tok: Token) -> str | None:
        """The sector a role noun implies: its own, else its modifier's ("rebel leader" -> REB)."""
        own = self.roles.get(tok.lemma_.lower())
        if own is not None and own.sector:
            return own.sector
        for c in tok.lefts:
            role = self.roles.get(c.lemma_.lower()) or self.roles.get(c.lower_)
            if c.dep_ in ("compound", "amod") and role is not None and role.sector:
                return role.sector
        return None

    def _date(self, tok: Token | None) -> TimeSpan:
        """The time a time expression of the text gives the clause (never one inferred from tense)."""
        dating = self.f.date_of(tok) if tok is not None else None
        return dating.time if dating is not None and dating.expression and dating.dated else NO_DATE

    def _as_of(self, former: bool) -> TimeSpan:
        """A title the text gives without a time holds at publication ("current"), or held before it
        ("former"); without a publication date, nothing is known."""
        if self.published is None:
            return NO_DATE
        if former:
            return TimeSpan(None, None, self.published, None, rule="before-publication")
        return TimeSpan(None, self.published, self.published, None, rule="at-publication")

    def _words(self, start: int, end: int) -> str:
        span = self.doc[start:end]
        return self.text[span.start_char:span.end_char]

    def _phrase(self, tok: Token) -> str:
        left = min((t.i for t in tok.subtree if t.i <= tok.i and t.lower_ not in DETERMINERS), default=tok.i)
        return self._words(left, tok.i + 1)

    def _add(self, holder: Actor, relation: str, other: str, other_actor: Actor | None, place: Place | None,
             date: TimeSpan, status: str | None, sector: str | None, tok: Token, rule: str) -> None:
        what = other_actor.id if other_actor else place.name if place else ABBREVIATIONS.get(other.lower(), other.lower())
        key = (holder.id, relation, what, status)
        known = self.found.get(key)
        if known is not None:
            if date.start is None and date.end is None:
                return  # the first report stands unless a later one dates it
            if known.date.start or known.date.end:  # "relocated there in 1990 ... lived there through 2011"
                starts = [d for d in (known.date.start, date.start) if d]
                ends = [d for d in (known.date.end, date.end) if d]
                self.found[key] = replace(known, date=TimeSpan(
                    " … ".join(filter(None, (known.date.text, date.text))) or None, min(starts, default=None),
                    max(ends, default=None), known.date.precision or date.precision, rule="combined"))
                return
        sent = tok.sent
        end = sent.end_char
        while end > sent.start_char and self.text[end - 1].isspace():
            end -= 1
        self.found[key] = Affiliation(holder, relation, other, other_actor, place, date, status, sector,
                                      self.text[sent.start_char:end], (sent.start_char, end), rule)
