"""Boilerplate: the lines of a news page that are not the story (bylines, reporting credits,
copyright and newsletter lines, captions, related-story lists), left out at ingest so that no
event, actor or place is read from them. The patterns are data: ontologies/data/boilerplate.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import ConfigError
from ..ontologies.tables import DATA, read_tsv


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for lineno, row in read_tsv(DATA / "boilerplate.tsv"):
        if row["kind"] not in ("line", "footer"):
            raise ConfigError(f"boilerplate.tsv:{lineno}: kind must be line or footer", code="E202")
        try:
            out.append((row["kind"], re.compile(row["pattern"])))
        except re.error as exc:
            raise ConfigError(f"boilerplate.tsv:{lineno}: bad pattern ({exc})", code="E202") from None
    return tuple(out)


def strip_boilerplate(text: str) -> str:
    """The text without its boilerplate lines; a footer line drops the rest of the text. The
    first line (the headline) is never dropped."""
    lines = text.split("\n")
    kept: list[str] = []
    for n, line in enumerate(lines):
        stripped = line.strip()
        kind = next((k for k, p in patterns() if stripped and p.fullmatch(stripped)), None) if n else None
        if kind == "footer":
            break
        if kind != "line":
            kept.append(line)
    out = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", out).strip()
