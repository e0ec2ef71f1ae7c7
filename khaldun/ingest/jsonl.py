"""JSONL: one article per line with id, url, title, date, text or html, source (outlet)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import REJECT_BAD_JSON, REJECT_NO_TEXT, InputError
from ..records import Document, Rejection
from .common import check_text, decode
from .documents import make_document
from .html import extract_html
from .text import published_of


def read(path: Path, default_date: dt.date | None = None,
         max_chars: int = 2_000_000) -> Iterator[Document | Rejection]:
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            source = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                yield parse_line(raw, source, default_date, max_chars)
            except InputError as exc:
                yield Rejection(source, exc.code, exc.message.removeprefix(f"{source}: "))


def parse_line(raw: bytes, source: str, default_date: dt.date | None, max_chars: int) -> Document:
    try:
        record = json.loads(decode(raw, source))
    except ValueError as exc:
        raise InputError(f"{source}: not a JSON object ({exc.msg} at column {getattr(exc, 'colno', '?')}).",
                         code=REJECT_BAD_JSON) from None
    if not isinstance(record, dict):
        raise InputError(f"{source}: each line must be a JSON object.", code=REJECT_BAD_JSON)
    text, page = record.get("text"), {}
    if not (isinstance(text, str) and text.strip()):
        if isinstance(record.get("html"), str) and record["html"].strip():
            page = extract_html(record["html"], source, max_chars, url=record.get("url"))
            text = page["text"]
        else:
            raise InputError(f"{source}: no 'text' or 'html' field with content.", code=REJECT_NO_TEXT)
    text = check_text(text, source, max_chars)
    title = record.get("title") or page.get("title")
    if title and not text.lstrip().startswith(str(title)[:40]):
        text = f"{title}\n\n{text}"  # the headline is evidence too
    return make_document(
        text, id=record.get("id"), published=published_of(record) or default_date,
        title=title, subtitle=record.get("subtitle"), url=record.get("url") or page.get("url"),
        author=record.get("author") or page.get("author"),
        outlet=record.get("source") or record.get("outlet") or page.get("outlet"),
        language=record.get("language") or "en", source=source,
    )
