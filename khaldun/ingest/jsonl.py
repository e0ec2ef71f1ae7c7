"""JSONL: one article per line with id, url, title, date, text or html, source (outlet)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import REJECT_BAD_JSON, REJECT_FAILED, REJECT_NO_TEXT, REJECT_TOO_LARGE, InputError
from ..records import Document, Rejection
from .common import MAX_CHARS, check_text, decode
from .documents import make_document, metadata_text
from .html import HTML_OVERHEAD, extract_html
from .text import published_of


def read(path: Path, default_date: dt.date | None = None,
         max_chars: int = MAX_CHARS) -> Iterator[Document | Rejection]:
    """One document per line, streamed: a line longer than any article could be is skipped
    without holding it in memory, and rejected."""
    limit = HTML_OVERHEAD * max_chars
    with open(path, "rb") as fh:
        lineno = 0
        while raw := fh.readline(limit + 1):
            lineno += 1
            source = f"{path}:{lineno}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield Rejection(source, REJECT_TOO_LARGE, f"a line of more than {limit:,} bytes; one article "
                                "per line, or raise max_chars.")
                continue
            if not raw.strip():
                continue
            try:
                yield parse_line(raw, source, default_date, max_chars)
            except InputError as exc:
                yield Rejection(source, exc.code, exc.message.removeprefix(f"{source}: "))
            except Exception as exc:  # a reader bug costs this line, not the rest of the file
                yield Rejection(source, REJECT_FAILED, f"{type(exc).__name__}: {exc}")


def parse_line(raw: bytes, source: str, default_date: dt.date | None, max_chars: int) -> Document:
    try:
        record = json.loads(decode(raw, source))
    except ValueError as exc:
        raise InputError(f"{source}: not a JSON object ({exc.msg} at column {getattr(exc, 'colno', '?')}).",
                         code=REJECT_BAD_JSON) from None
    if not isinstance(record, dict):
        raise InputError(f"{source}: each line must be a JSON object.", code=REJECT_BAD_JSON)
    return parse_record(record, source, default_date, max_chars)


def parse_record(record: dict, source: str, default_date: dt.date | None, max_chars: int) -> Document:
    """One article given as a mapping (a JSONL line, a Parquet row)."""
    meta = {key: metadata_text(record.get(key), key, source) for key in (
        "id", "title", "subtitle", "url", "author", "source", "outlet", "language")}
    text, page = record.get("text"), {}
    if not (isinstance(text, str) and text.strip()):
        if isinstance(record.get("html"), str) and record["html"].strip():
            page = extract_html(record["html"], source, max_chars, url=meta["url"])
            text = page["text"]
        else:
            raise InputError(f"{source}: no 'text' or 'html' field with content.", code=REJECT_NO_TEXT)
    text = check_text(text, source, max_chars)
    title = meta["title"] or page.get("title")
    if title and not text.lstrip().startswith(str(title)[:40]):
        text = f"{title}\n\n{text}"  # the headline is evidence too
    return make_document(
        text, id=meta["id"], published=published_of(record) or default_date,
        title=title, subtitle=meta["subtitle"], url=meta["url"] or page.get("url"),
        author=meta["author"] or page.get("author"),
        outlet=meta["source"] or meta["outlet"] or page.get("outlet"),
        language=meta["language"] or "en", source=source,
    )
