"""Turn raw text and metadata into a Document: normalised text, content-hash id, parsed date."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from ..errors import REJECT_BAD_DATE, InputError


def content_id(text: str) -> str:
    """Stable id from the text alone: the same article ingested twice has one id."""
    return "d" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:15]


def clean_text(text: str) -> str:
    """Normalise line endings and Unicode form; strip control characters; keep paragraph breaks."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\ufeff", "")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def parse_date(value, *, source: str = "") -> dt.date | None:
    """An ISO date (or datetime) from metadata; None when absent. Malformed dates raise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise InputError(
        f"{source}: publication date {text!r} is not an ISO date (YYYY-MM-DD); fix the metadata or "
        "leave the date out.", code=REJECT_BAD_DATE,
    )


def guess_title(text: str) -> str | None:
    """The first line, when it reads like a headline."""
    first = text.split("\n", 1)[0].strip()
    if 0 < len(first) <= 200 and not first.endswith((".", ",", ";")):
        return first
    return None


def make_document(text: str, *, id: str | None = None, published=None, title: str | None = None,
                  subtitle: str | None = None, url: str | None = None, author: str | None = None,
                  outlet: str | None = None, language: str = "en", source: str | None = None):
    from ..records import Document

    text = clean_text(text)
    return Document(
        id=str(id) if id else content_id(text), text=text,
        title=title if title is not None else guess_title(text), subtitle=subtitle, url=url,
        author=author, outlet=outlet, published=parse_date(published, source=source or "text"),
        language=language or "en", source=source,
    )
