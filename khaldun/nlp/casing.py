"""Headline casing: "Libyan General Seizes Parliament" parses as a string of proper nouns.

Before parsing, words of title-cased lines are put in sentence case unless the rest of the
document shows them capitalised mid-sentence (names) or they name a country or a place. The
change keeps every character offset, so records still point into the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..gazetteer import Gazetteer
from ..ontologies.tables import actor_roles, load_triggers, noun_classes

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
SMALL = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "from", "as", "is"}


def sentence_case_headlines(text: str, gaz: Gazetteer) -> str:
    lines = text.split("\n")
    heads = [i for i, ln in enumerate(lines) if _is_title_case(ln)]
    if not heads:
        return text
    body = "\n".join(ln for i, ln in enumerate(lines) if i not in set(heads))
    capitalised, lower = set(), set()
    for m in re.finditer(r"(?<=[a-z,;:’'”\"]\s)([A-Z][A-Za-z'’\-]*)", body):
        word = m.group(1)
        capitalised.add(word[:-2] if word.endswith(("’s", "'s")) else word)
    for m in re.finditer(r"\b([a-z][a-z'’\-]*)\b", body):
        lower.update(_stems(m.group(1)))
    for i in heads:
        lines[i] = _recase(lines[i], capitalised, lower, gaz)
    return "\n".join(lines)


def _is_title_case(line: str) -> bool:
    words = WORD.findall(line)
    if len(words) < 3 or line.rstrip().endswith((".", ":")) or len(line) > 200:
        return False
    content = [w for w in words if w.lower() not in SMALL]
    caps = sum(1 for w in content if w[0].isupper())
    return bool(content) and caps / len(content) >= 0.75


def _recase(line: str, capitalised: set[str], lower: set[str], gaz: Gazetteer) -> str:
    """Lower-case the words that are evidently common words; keep anything that may be a name."""
    out = list(line)
    first = True
    vocab = _vocabulary()
    for m in WORD.finditer(line):
        word = m.group(0)
        base = word[:-2] if word.endswith(("’s", "'s")) else word
        low = base.lower()
        keep = first or word.isupper() or gaz.country_of(base) is not None
        if not keep and base in capitalised and not any(v in vocab for v in _stems(low)) and (
                low not in lower or low in _titles()):
            keep = True  # seen capitalised mid-sentence: a name, or a title ("General")
        # nothing says it is a common word: neither the body (in lower case) nor the noun classes
        # ("Peacekeepers Arrive in Ethiopia"), which a name the body capitalises overrides above
        stems = _stems(low)
        if not keep and not (stems & lower or stems & _common_nouns()) and low not in STOP_WORDS \
                and not any(v in vocab for v in stems):
            keep = True
        if not keep:
            out[m.start()] = word[0].lower()
        first = False
    return "".join(out)


def _stems(word: str) -> set[str]:
    forms = {word}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)])
    return forms


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(r.phrase for r in actor_roles().values() if r.type == "title")


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    """The one-word nouns of the argument classes (noun_classes.tsv): people, forces, things acted on."""
    return frozenset(w for ws in noun_classes().values() for w in ws if " " not in w and "-" not in w)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Event and role words of khaldun's lexicons: common words even when a headline capitalises them.
    Nouns the lexicon derives from its verbs are left out: some are words of names too ("Palestine
    Liberation Organization", "Free Aceh Movement"). Of a phrase, the word that heads it: a verb's
    first ("take over"), a noun's last ("general strike": "General" may still be a title)."""
    words = {lemma.split()[-1 if pos == "NOUN" else 0] for (lemma, pos), rows in load_triggers().items()
             if not all(r.origin.endswith(":nominal") for r in rows)}
    return frozenset(words)
