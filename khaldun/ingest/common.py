"""Checks shared by the readers: decoding bytes and refusing binary, empty, huge or
non-English inputs."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import REJECT_BINARY, REJECT_EMPTY, REJECT_LANGUAGE, REJECT_TOO_LARGE, InputError

MAX_CHARS = 1_000_000  # longer texts are refused (E108); spaCy's own default limit, far above any article
BYTES_PER_CHAR = 4  # UTF-8 needs at most four bytes a character: a larger file cannot fit max_chars
# words that make up a large share of any English text and few of any other language's
ENGLISH = frozenset("the of and to in a is that for on was with as by at from it his said were are has have "
                    "be an not but they had he this which their its after who been will or would".split())
WORD = re.compile(r"[^\W\d_]+")


def read_bounded(path: Path, source: str, max_bytes: int) -> bytes:
    """The file's bytes, refused before reading when it is larger than ``max_bytes``."""
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{source}: {size:,} bytes is over the limit of {max_bytes:,}; split it into "
                         "articles or raise max_chars.", code=REJECT_TOO_LARGE)
    return path.read_bytes()


def decode(data: bytes, source: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else UTF-16 with BOM, else cp1252."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{source}: binary content (NUL bytes); give khaldun text, HTML or JSONL.",
                         code=REJECT_BINARY)
    for enc in ("utf-8-sig", "utf-16"):
        if enc == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 100):
        raise InputError(f"{source}: not text in UTF-8, UTF-16 or Windows-1252; convert it to UTF-8.",
                         code=REJECT_BINARY)
    return text


def check_text(text: str, source: str, max_chars: int) -> str:
    if not text.strip():
        raise InputError(f"{source}: empty document (no text after extraction).", code=REJECT_EMPTY)
    if len(text) > max_chars:
        raise InputError(f"{source}: {len(text):,} characters is over the limit of {max_chars:,}; "
                         "split it into articles or raise max_chars.", code=REJECT_TOO_LARGE)
    printable = sum(1 for ch in text[:20000] if ch.isprintable() or ch in "\n\t")
    if printable < 0.9 * min(len(text), 20000):
        raise InputError(f"{source}: mostly unprintable characters; is it a binary file?", code=REJECT_BINARY)
    check_english(text, source)
    return text


def check_english(text: str, source: str) -> None:
    """Refuse text that is plainly not English: khaldun's model and lexicons read English only.
    Short texts and texts of names pass (too little evidence either way)."""
    sample = text[:20000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) >= 200:
        latin = sum(1 for ch in letters if ch < "\u0250")
        if latin < 0.6 * len(letters):
            raise InputError(f"{source}: the text is mostly in a non-Latin script; khaldun codes English "
                             "text only (translate it first).", code=REJECT_LANGUAGE)
    words = [w.lower() for w in WORD.findall(sample)]
    if len(words) >= 60 and sum(w in ENGLISH for w in words) < 0.08 * len(words):
        raise InputError(f"{source}: the text does not read as English (few English function words); "
                         "khaldun codes English text only (translate it first).", code=REJECT_LANGUAGE)
