"""Checks shared by the readers: decoding bytes and refusing binary, empty or huge inputs."""

from __future__ import annotations

from ..errors import REJECT_BINARY, REJECT_EMPTY, REJECT_TOO_LARGE, InputError


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
    return text
