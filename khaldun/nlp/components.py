"""khaldun's own spaCy components, all registered here."""

from __future__ import annotations

import re

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
    for start, end in datelines(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.end < len(doc):
            doc[span.end].is_sent_start = True  # "KHARTOUM, June 10 (Wire) -" is not a subject
    return doc


DATELINE = re.compile(r"(?m)^([A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"
                      r"(?:\s*\([^)\n]{1,40}\))?\s*[-–—]+)\s+")


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of news datelines ("KHARTOUM, June 10 (Reuters) -") at paragraph starts."""
    return [m.span(1) for m in DATELINE.finditer(text)]
