"""Turn raw text and metadata into a Document: normalised text, content-hash id, parsed date."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from ..errors import REJECT_BAD_DATE, REJECT_BAD_METADATA, WARN_UNREADABLE_DATE, InputError
from .boilerplate import strip_boilerplate

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


# Zone abbreviations news feeds write ("8:46 AM ET"); the offset only keeps the parser from
# guessing: the date kept is the one the publication wrote, in its own zone, never converted.
ZONES = {name: hours * 3600 for names, hours in (
    (("ET", "EST"), -5), (("EDT",), -4), (("CT", "CST"), -6), (("CDT",), -5), (("MT", "MST"), -7),
    (("MDT",), -6), (("PT", "PST"), -8), (("PDT",), -7), (("AKST",), -9), (("HST",), -10),
    (("GMT", "UTC", "UT", "Z", "WET"), 0), (("BST", "CET", "WAT"), 1), (("CEST", "EET", "CAT", "SAST"), 2),
    (("EEST", "MSK", "EAT", "AST"), 3), (("IST",), 5.5), (("JST", "KST"), 9)) for name in names}
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))  # a field missing from the text differs


class UnreadableDate(InputError):
    """A publication date in no form khaldun can read (the document is kept, without a date)."""

    code = REJECT_BAD_DATE


def read_date(text: str) -> dt.date | None:
    """The calendar date a metadata string names ("Dec 17, 2016 8:46 AM ET", "17 December 2016",
    "Wed Nov 23, 2016 | 4:58pm EST", "2016-12-19 05:40 ET", "11/28/2016"), in the zone it is
    written in; None when it names no complete date (day, month and year)."""
    import warnings

    from dateutil import parser

    text = re.sub(r"\s+", " ", text.replace("|", " ").replace("\u2013", " ")).strip()
    if not text or len(text) > 80:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    got = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # an unknown zone name is fine: the zone is not used
        for default in _DEFAULTS:
            try:
                got.append(parser.parse(text, default=default, tzinfos=ZONES).date())
            except (ValueError, OverflowError, TypeError, ArithmeticError):
                return None
    return got[0] if got[0] == got[1] else None


def parse_date(value, *, source: str = "") -> dt.date | None:
    """A publication date from metadata or the command line; None when absent. Raises
    ``UnreadableDate`` for text that names no date, InputError for a date in the future or before
    1800."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        date = value.date()
    elif isinstance(value, dt.date):
        date = value
    else:
        text = str(value).strip()
        date = read_date(text)
        if date is None:
            raise UnreadableDate(f"{source}: publication date {text[:80]!r} names no day, month and year; "
                                 "fix the metadata or leave the date out.")
    latest = dt.date.today() + dt.timedelta(days=1)  # a day's grace for time zones
    if not EARLIEST <= date <= latest:
        raise InputError(f"{source}: publication date {date} is {'in the future' if date > latest else 'before 1800'}; "
                         "fix the metadata or leave the date out.", code=REJECT_BAD_DATE)
    return date


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
    text = strip_boilerplate(text) or text
    warnings: tuple[str, ...] = ()
    try:
        date = parse_date(published, source=source or "text")
    except UnreadableDate as exc:  # the article is worth keeping; its date is not
        date, warnings = None, (f"[{WARN_UNREADABLE_DATE}] {exc.message}",)
    published_text = None
    if published is not None and published != "":
        published_text = published.isoformat() if isinstance(published, dt.date) else str(published).strip()[:200]
    return Document(
        id=str(id) if id else content_id(text), text=text,
        title=title if title is not None else guess_title(text), subtitle=subtitle, url=url,
        author=author, outlet=outlet, published=date, language=language or "en", source=source,
        published_text=published_text, warnings=warnings,
    )
