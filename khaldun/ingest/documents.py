"""Turn raw text and metadata into a Document: normalised text, content-hash id, parsed date."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from ..errors import REJECT_BAD_DATE, REJECT_BAD_METADATA, InputError

EARLIEST = dt.date(1800, 1, 1)  # no news archive khaldun reads is older


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
            date = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
        else:
            latest = dt.date.today() + dt.timedelta(days=1)  # a day's grace for time zones
            if not EARLIEST <= date <= latest:
                raise InputError(f"{source}: publication date {date} is {'in the future' if date > latest else 'before 1800'}; "
                                 "fix the metadata or leave the date out.", code=REJECT_BAD_DATE)
            return date
    raise InputError(
        f"{source}: publication date {text!r} is not an ISO date (YYYY-MM-DD); fix the metadata or "
        "leave the date out.", code=REJECT_BAD_DATE,
    )


def metadata_text(value, name: str, source: str, limit: int = 2000) -> str | None:
    """A metadata field as text: strings (and numbers for ids) pass, anything else is refused."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or (
            not isinstance(value, str) and name != "id"):
        raise InputError(f"{source}: metadata field {name!r} must be text, not {type(value).__name__}.",
                         code=REJECT_BAD_METADATA)
    text = str(value).strip()
    if len(text) > limit:
        raise InputError(f"{source}: metadata field {name!r} is {len(text):,} characters long (at most "
                         f"{limit:,}); is the article text in the wrong field?", code=REJECT_BAD_METADATA)
    return text or None


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
