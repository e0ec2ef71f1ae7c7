"""HTML pages: main text and metadata by trafilatura; sidecar metadata wins over its guesses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ..errors import REJECT_NO_TEXT, InputError
from ..records import Document
from .common import check_text, decode
from .documents import make_document
from .text import META_FIELDS, published_of, sidecar


def extract_html(html: str, source: str, max_chars: int, url: str | None = None) -> dict:
    """Main text, title, author, date and site of a page."""
    import trafilatura

    if len(html) > 20 * max_chars:
        html = html[: 20 * max_chars]
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    if result is None:
        raise InputError(f"{source}: no article text found in the HTML (navigation or boilerplate only).",
                         code=REJECT_NO_TEXT)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    title = data.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return {"text": check_text(text, source, max_chars), "title": title, "author": data.get("author"),
            "date": data.get("date"), "outlet": data.get("sitename"), "url": data.get("url") or url}


def read(path: Path, default_date: dt.date | None = None, max_chars: int = 2_000_000) -> Iterator[Document]:
    source = str(path)
    page = extract_html(decode(path.read_bytes(), source), source, max_chars)
    meta = sidecar(path)
    fields = {k: meta.get(k) or page.get(k) for k in META_FIELDS if k != "id" and (meta.get(k) or page.get(k))}
    published = published_of(meta) or _page_date(page.get("date")) or default_date
    yield make_document(page["text"], published=published, source=source, **fields)


def _page_date(value):
    """trafilatura's date guess, used only when it is a full ISO day."""
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None
