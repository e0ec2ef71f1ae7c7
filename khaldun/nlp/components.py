"""khaldun's own spaCy components, all registered here."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import DEP, POS, TAG
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

LINE_BREAKS = "khaldun_line_breaks"


@Language.component(LINE_BREAKS, assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text comes as headline, subheadline and paragraphs on their own lines; without this the
    parser runs a headline into the first sentence of the body.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    for start, end in datelines(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.end < len(doc):
            doc[span.end].is_sent_start = True  # "KHARTOUM, June 10 (Wire) -" is not a subject
    _cap_sentences(doc)
    return doc


MAX_SENTENCE_TOKENS = 250  # news sentences run to about 60 tokens; 250 is far beyond any real one


def _cap_sentences(doc: Doc) -> None:
    """Start a sentence after at most MAX_SENTENCE_TOKENS tokens without an end mark or line
    break. Text without punctuation (a scraped page, a hostile input) otherwise becomes one
    sentence of thousands of tokens, and the work per sentence grows with its square."""
    run = 0
    for token in doc:
        if token.i and token.is_sent_start:
            run = 0
        run += 1
        if run > MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            run = 1
        elif token.text in (".", "!", "?", ";"):
            run = 0


DATELINE = re.compile(r"(?m)^([A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"
                      r"(?:\s*\([^)\n]{1,40}\))?\s*[-–—]+)\s+")


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of news datelines ("KHARTOUM, June 10 (Reuters) -") at paragraph starts."""
    return [m.span(1) for m in DATELINE.finditer(text)]


def index_sentences(doc: Doc) -> Doc:
    """Make ``token.sent`` and ``span.sent`` a lookup in the parsed document's sentence list.

    spaCy finds a token's sentence by first checking the whole document for sentence marks, so
    every ``.sent`` costs time in proportion to the document; over a long document, with a
    ``.sent`` per candidate event, that grows with the square of its length. Call after parsing.
    """
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]

    def sentence_of(span: Span) -> Span:
        return sentences[bisect_right(starts, span.start) - 1]

    def token_sentence(token: Token) -> Span:
        return sentences[bisect_right(starts, token.i) - 1]

    doc.user_span_hooks["sent"] = sentence_of
    doc.user_token_hooks["sent"] = token_sentence  # without it, each token.sent builds a span first
    doc.user_hooks["sents"] = lambda d: iter(sentences)
    return doc


def tokens_where(doc: Doc, attr: int, value: int) -> list[Token]:
    """The tokens whose ``attr`` (a spaCy attribute id: POS, TAG, DEP) has ``value``, found in the
    document's array: a walk over every token builds a Token and reads a string for each, and a
    step that looks at only one kind of word need not take it."""
    if not len(doc):
        return []
    return [doc[int(i)] for i in (doc.to_array(attr) == value).nonzero()[0]]


# an -ing form with these under it is a clause, not a name of a thing
VERBAL_DEPENDENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "acomp", "aux", "auxpass",
                               "ccomp", "xcomp", "prt", "agent", "neg"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def nominal_gerunds(doc: Doc) -> None:
    """Retag as a noun an -ing form the tagger called a verb where it stands as an argument with a
    determiner and nothing a verb takes: "at the Torkham crossing", "after the bombing" name a
    thing or an act, so a time under them ("the crossing on Thursday") is the clause's, not a
    clause of their own, and the words before them are their modifiers, not parties."""
    for tok in tokens_where(doc, TAG, doc.vocab.strings["VBG"]):
        if tok.dep_ not in ARGUMENT_DEPS or not any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.children) \
                or any(c.dep_ in VERBAL_DEPENDENTS for c in tok.children):
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NN", tok.lower_


def nominal_base_verbs(doc: Doc) -> None:
    """Retag as a noun a base-form verb the parser hangs on a preposition as its object, with
    nothing a verb takes: "open to dialogue" (an infinitive's "to" is its auxiliary, not a
    preposition with an object)."""
    for tok in tokens_where(doc, TAG, doc.vocab.strings["VB"]):
        if tok.dep_ == "pobj" and not any(c.dep_ in VERBAL_DEPENDENTS for c in tok.children):
            tok.pos_, tok.tag_ = "NOUN", "NN"


def rehead_trailing_claims(doc: Doc, claims: frozenset[str]) -> None:
    """Make the clause before ", a charge Kabul denies" the sentence's own again. The parser often
    reads "Pakistan accuses the Taliban of sheltering fighters, a charge Kabul denies" as Kabul
    denying that Pakistan accuses, which turns the accusation into denied words and Kabul into its
    speaker. The shape tells it apart from a denied complement: an indefinite claim noun stands
    before the verb, set off by a comma from the clause before, as the verb's object or as a
    subject with the real subject in apposition to it ("a charge Asmara denies" read as "a charge,
    Asmara, denies"); the claim noun is then an apposition to that clause and the verb a relative
    clause on it, as the parser reads it when it gets it right."""
    strings = doc.vocab.strings
    for claim in [*tokens_where(doc, DEP, strings["dobj"]), *tokens_where(doc, DEP, strings["nsubj"])]:
        if claim.lemma_.lower() not in claims or claim.i > claim.head.i \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in claim.children):
            continue
        verb = claim.head
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < claim.i), None)
        start = claim.left_edge.i
        if clause is None or start == 0 or doc[start - 1].text != "," or clause.right_edge.i >= start:
            continue
        subject = next((c for c in claim.children if c.dep_ == "appos" and c.i < verb.i), None)
        if claim.dep_ == "nsubj" and subject is None:
            continue  # "..., a charge that was denied": no one said to deny it
        root = verb.dep_ == "ROOT"
        clause.head, clause.dep_ = (clause, "ROOT") if root else (verb.head, verb.dep_)
        for punct in [c for c in verb.children if c.dep_ == "punct" and not claim.i <= c.i <= verb.i]:
            punct.head = clause  # the comma before the claim and the closing stop are the clause's
        if subject is not None:
            subject.head, subject.dep_ = verb, "nsubj"
        claim.head, claim.dep_ = clause, "appos"
        verb.head, verb.dep_ = claim, "relcl"


def repair_verb_lemmas(doc: Doc, known: frozenset[str]) -> None:
    """Give an inflected verb the lemma its regular form comes from when the lemmatiser chose a
    stem khaldun does not know and the other stem is one it knows: "staged" is "stage", not
    "stag"; "raped" is "rape", not "rap"."""
    for tok in tokens_where(doc, POS, VERB):
        if tok.lemma_.lower() in known:
            continue
        form = tok.lower_
        if tok.tag_ in ("VBD", "VBN") and form.endswith("ed"):
            stems = (form[:-1], form[:-2])
        elif tok.tag_ == "VBG" and form.endswith("ing"):
            stems = (form[:-3] + "e", form[:-3])
        elif tok.tag_ == "VBZ" and form.endswith("s"):
            stems = (form[:-1], form[:-2])
        else:
            continue
        stem = next((s for s in stems if s in known), None)
        if stem is not None:
            tok.lemma_ = stem
