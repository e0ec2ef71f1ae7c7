"""Plain text articles, with optional metadata in a sidecar ``NAME.json``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import REJECT_BAD_JSON, InputError
from ..records import Document
from .common import BYTES_PER_CHAR, MAX_CHARS, check_text, decode, read_bounded
from .documents import make_document, metadata_text

META_FIELDS = ("id", "title", "subtitle", "url", "author", "outlet", "language")


def sidecar(path: Path) -> dict:
    meta_path = path.with_suffix(".json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{meta_path}: sidecar metadata is not valid JSON ({exc}).", code=REJECT_BAD_JSON) from None
    if not isinstance(meta, dict):
        raise InputError(f"{meta_path}: sidecar metadata must be a JSON object.", code=REJECT_BAD_JSON)
    return meta


def published_of(meta: dict):
    for key in ("publication_date", "published", "date", "pubdate"):
        if meta.get(key):
            return meta[key]
    return None


def read(path: Path, default_date: dt.date | None = None, max_chars: int = MAX_CHARS) -> Iterator[Document]:
    source = str(path)
    text = check_text(decode(read_bounded(path, source, BYTES_PER_CHAR * max_chars), source), source, max_chars)
    meta = sidecar(path)
    fields = {k: metadata_text(meta.get(k), k, str(path.with_suffix(".json"))) for k in META_FIELDS if meta.get(k)}
    fields.pop("id", None)  # the content hash is the id of a text file; a sidecar id is kept as url-like metadata
    yield make_document(text, published=published_of(meta) or default_date, source=source, **fields)
