"""Certainty: is an event asserted, hedged, negated, or asked about?"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Certainty

HEDGE_VERBS = {
    "suggest", "seem", "appear", "believe", "allege", "claim", "suspect", "speculate", "rumor",
    "rumour", "think", "fear", "estimate", "indicate", "imply", "hint", "doubt",
}
HEDGE_ADVERBS = {
    "reportedly", "allegedly", "apparently", "possibly", "probably", "likely", "perhaps",
    "purportedly", "supposedly", "seemingly", "maybe", "unconfirmed",
}
HEDGE_ADJECTIVES = {"alleged", "suspected", "possible", "apparent", "purported", "unconfirmed", "likely", "rumored"}
ALLEGING = {"accuse", "suspect", "charge", "allege", "blame"}
MODALS = {"may", "might", "could"}
NEGATORS = {"not", "n't", "n’t", "never", "no", "nor", "neither", "without"}
FAILURE_VERBS = {"deny", "refute", "fail"}
# dependency labels along which a clause inherits the status of the clause that embeds it
EMBEDDING = {"ccomp", "xcomp", "advcl", "acl", "relcl", "dobj", "pobj", "prep", "attr", "conj", "pcomp"}


def certainty(trigger: Token) -> Certainty:
    sent = trigger.sent
    if sent.text.rstrip().rstrip("”\"'’").endswith("?"):
        return Certainty.QUESTION
    if _negated(trigger):
        return Certainty.NEGATED
    if _hedged(trigger):
        return Certainty.HEDGED
    return Certainty.ASSERTED


def _negated(tok: Token) -> bool:
    node, steps = tok, 0
    while steps < 4:
        for child in node.children:
            if child.dep_ == "neg" and child.lower_ in NEGATORS:
                return True
            if child.dep_ == "det" and child.lower_ in ("no", "neither"):
                return True
            if child.dep_ == "cc" and child.lower_ == "nor":
                return True
        if node.dep_ == "xcomp" and node.head.lemma_ in FAILURE_VERBS:
            return True
        nominal_conj = node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN")
        if node.dep_ not in ("xcomp", "acl", "dobj", "attr") and not nominal_conj or node.head is node:
            return False
        node = node.head
        steps += 1
    return False


def _hedged(tok: Token) -> bool:
    node, steps = tok, 0
    while steps < 6:
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in MODALS:
                return True
            if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS:
                return True
            if child.dep_ == "amod" and child.lower_ in HEDGE_ADJECTIVES:
                return True
        head = node.head
        if head is node:
            return False
        if node.dep_ in ("ccomp", "xcomp") and head.lemma_ in HEDGE_VERBS:
            return True
        if node.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_ in ALLEGING:
            return True  # "accused of killing": an allegation
        if node.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return False  # a clause's subject keeps its own status ("His attack ... seemed to")
        if node.dep_ not in EMBEDDING:
            return False
        node = head
        steps += 1
    return False
