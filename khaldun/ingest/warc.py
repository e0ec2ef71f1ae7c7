"""WARC archives (.warc, .warc.gz), streamed record by record: each HTML response is a document,
its text found as for an HTML file; other records (requests, metadata, images) are not documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ..errors import REJECT_FAILED, InputError
from ..records import Document, Rejection
from .common import MAX_CHARS, decode
from .documents import make_document
from .html import HTML_OVERHEAD, _page_date, extract_html


def read(path: Path, default_date: dt.date | None = None, max_chars: int = MAX_CHARS) -> Iterator[Document | Rejection]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
                continue
            body = record.content_stream().read(HTML_OVERHEAD * max_chars + 1)
            source = f"{path}@{records.get_record_offset()}"  # asked after reading: asking reads the record
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                yield from_html(body, source, url, default_date, max_chars)
            except InputError as exc:
                yield Rejection(source, exc.code, exc.message.removeprefix(f"{source}: "))
            except Exception as exc:  # one bad record costs itself, not the archive
                yield Rejection(source, REJECT_FAILED, f"{type(exc).__name__}: {exc}")


def from_html(body: bytes, source: str, url: str | None, default_date: dt.date | None, max_chars: int) -> Document:
    """One archived HTML page as a document (the id is its text's hash, as for an HTML file)."""
    page = extract_html(decode(body, source), source, max_chars, url=url)
    return make_document(page["text"], published=_page_date(page.get("date")) or default_date, title=page["title"],
                         url=page.get("url") or url, author=page.get("author"), outlet=page.get("outlet"),
                         source=source)
