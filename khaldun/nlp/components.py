"""khaldun's own spaCy components, all registered here."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

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
    return doc
