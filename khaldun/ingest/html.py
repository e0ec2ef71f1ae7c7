"""HTML pages: main text and metadata by trafilatura; sidecar metadata wins over its guesses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ..errors import REJECT_FAILED, REJECT_NO_TEXT, REJECT_TOO_LARGE, InputError
from ..records import Document
from .common import MAX_CHARS, check_text, decode, read_bounded
from .documents import make_document, metadata_text
from .text import META_FIELDS, published_of, sidecar


HTML_OVERHEAD = 20  # markup around an article's text: a page may be this many times the text limit


def extract_html(html: str, source: str, max_chars: int, url: str | None = None) -> dict:
    """Main text, title, author, date and site of a page."""
    import trafilatura

    if len(html) > HTML_OVERHEAD * max_chars:
        raise InputError(f"{source}: {len(html):,} characters of HTML is over the limit of "
                         f"{HTML_OVERHEAD * max_chars:,}; save the article alone.", code=REJECT_TOO_LARGE)
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                             include_tables=False, favor_precision=True)
    except (RecursionError, ValueError) as exc:  # nesting deeper than the parser allows, broken markup
        raise InputError(f"{source}: the HTML cannot be parsed ({type(exc).__name__}); save the page again or "
                         "give its text.", code=REJECT_FAILED) from None
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


def read(path: Path, default_date: dt.date | None = None, max_chars: int = MAX_CHARS) -> Iterator[Document]:
    source = str(path)
    page = extract_html(decode(read_bounded(path, source, HTML_OVERHEAD * max_chars), source), source, max_chars)
    meta = sidecar(path)
    fields = {k: metadata_text(meta.get(k) or page.get(k), k, source) for k in META_FIELDS
              if k != "id" and (meta.get(k) or page.get(k))}
    published = published_of(meta) or _page_date(page.get("date")) or default_date
    yield make_document(page["text"], published=published, source=source, **fields)


def _page_date(value):
    """trafilatura's date guess, used only when it is a full ISO day."""
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None
