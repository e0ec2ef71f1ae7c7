"""Ingest: paths -> Documents (or Rejections with a reason). No NLP here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import REJECT_FAILED, REJECT_UNREADABLE, REJECT_UNSUPPORTED, InputError
from ..records import Document, Rejection
from . import html, jsonl, parquet, text, warc
from .common import MAX_CHARS

READERS = {".txt": text.read, ".text": text.read, ".md": text.read, ".html": html.read,
           ".htm": html.read, ".jsonl": jsonl.read, ".ndjson": jsonl.read, ".warc": warc.read,
           ".parquet": parquet.read}
SKIP = {".json"}  # sidecar metadata, read with its text file


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under the given paths, directories walked recursively in sorted order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read(paths: Iterable[str | Path], default_date: dt.date | None = None,
         max_chars: int = MAX_CHARS) -> Iterator[Document | Rejection]:
    """Every document the paths hold; an input that cannot be read yields a Rejection."""
    for path in expand(paths):
        suffix = ".warc" if path.name.lower().endswith((".warc", ".warc.gz")) else path.suffix.lower()
        if suffix in SKIP and any(path.with_suffix(s).exists() for s in (".txt", ".html", ".htm")):
            continue
        if not path.exists():
            yield Rejection(str(path), REJECT_UNREADABLE, "no such file or directory")
            continue
        reader = READERS.get(suffix, text.read if suffix == "" else None)
        if reader is None:
            yield Rejection(str(path), REJECT_UNSUPPORTED,
                            f"unsupported file type {suffix!r}; khaldun reads {', '.join(sorted(READERS))}")
            continue
        try:
            for item in reader(path, default_date=default_date, max_chars=max_chars):
                yield item
        except InputError as exc:
            yield Rejection(str(path), exc.code, exc.message.removeprefix(f"{path}: "))
        except OSError as exc:
            yield Rejection(str(path), REJECT_UNREADABLE, f"cannot read: {exc.strerror or exc}")
        except Exception as exc:  # a reader bug must not stop the run; it is recorded instead
            yield Rejection(str(path), REJECT_FAILED, f"{type(exc).__name__}: {exc}")
