"""Whether a text can hold an event at all, from its words alone (no parse): the safe skip.

A trigger from the lexicon fires only on a token whose lemma (or lower-cased form) is the
trigger's; a multi-word trigger ("take over", "state of emergency", "air strike") needs every one
of its words in the sentence. So a text in which no one-word trigger appears in any form, and no
multi-word trigger has all its words, cannot yield an event from the lexicon and need not be
parsed. The forms are the regular inflections plus the irregular ones in the model's own
lemmatizer exceptions ("fought", "struck").
"""

from __future__ import annotations

import re

WORD = re.compile(r"[a-z]+")


class TriggerWords:
    """The word forms of a lexicon's triggers, for a test over a text's words."""

    def __init__(self, nlp, lexicon):
        exceptions = _lemma_exceptions(nlp)
        single: set[str] = set()
        groups: set[tuple[frozenset[str], ...]] = set()
        for lemma, _pos in lexicon:
            words = WORD.findall(lemma.lower())  # "sit-in" is two words to the tokenizer, as here
            forms = tuple(_forms(w, exceptions) for w in words)
            if len(forms) == 1:
                single |= forms[0]
            elif forms:
                groups.add(forms)
        self.single = frozenset(single)
        # a group already covered by a one-word trigger adds nothing
        self.groups = [g for g in groups if not any(f <= self.single for f in g)]

    def may_hold_event(self, text: str) -> bool:
        words = set(WORD.findall(text.lower()))
        if not words.isdisjoint(self.single):
            return True
        return any(all(not words.isdisjoint(forms) for forms in group) for group in self.groups)


def _forms(lemma: str, exceptions: dict[str, set[str]]) -> frozenset[str]:
    """A lemma's regular inflections (a superset: "attackes" does no harm) and irregular forms."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing", lemma + "er",
             lemma + "ers", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return frozenset(forms | exceptions.get(lemma, set()))


def _lemma_exceptions(nlp) -> dict[str, set[str]]:
    """Irregular forms by lemma, from the model's lemmatizer exceptions ("struck" under "strike")."""
    out: dict[str, set[str]] = {}
    if "lemmatizer" not in nlp.pipe_names:
        return out
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc", {})
    for pos in ("verb", "noun", "adj"):
        for form, bases in table.get(pos, {}).items():
            for base in bases:
                out.setdefault(base.lower(), set()).add(form.lower())
    return out
