"""Parquet files of articles (the JSONL fields as columns), streamed in row batches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ..errors import REJECT_FAILED, InputError
from ..records import Document, Rejection
from .common import MAX_CHARS
from .jsonl import parse_record


def read(path: Path, default_date: dt.date | None = None, max_chars: int = MAX_CHARS) -> Iterator[Document | Rejection]:
    import pyarrow.parquet as pq

    try:
        batches = pq.ParquetFile(path).iter_batches(batch_size=512)
    except Exception as exc:  # not a Parquet file
        raise InputError(f"{path}: not a readable Parquet file ({exc}).", code=REJECT_FAILED) from None
    n = 0
    for batch in batches:
        for record in batch.to_pylist():
            n += 1
            source = f"{path}#{n}"
            try:
                yield parse_record(plain(record), source, default_date, max_chars)
            except InputError as exc:
                yield Rejection(source, exc.code, exc.message.removeprefix(f"{source}: "))


def plain(record: dict) -> dict:
    """Dates and timestamps as ISO text, as a JSONL line would give them."""
    return {k: v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v for k, v in record.items()}
