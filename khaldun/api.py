"""The Python API: ``extract`` for one text, ``open`` for a database."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from .config import Settings
from .ingest.documents import parse_date
from .pipeline import Pipeline
from .records import Extraction
from .runner import IngestReport, ingest_paths
from .store import Store
from .store.db import Filters


@lru_cache(maxsize=2)
def load_pipeline(model: str | None = None) -> Pipeline:
    """The parse-and-extract pipeline (cached: the model loads once per process)."""
    return Pipeline(Settings.from_env(model=model))


def extract(text: str, date: dt.date | str | None = None, title: str | None = None,
            model: str | None = None) -> Extraction:
    """Events, actor mentions, times and places of one text.

    ``date`` is the publication date that deictic expressions ("on Friday") resolve against;
    without it they stay unresolved.
    """
    return load_pipeline(model).extract(text, date=date, title=title)


class Database:
    """A khaldun DuckDB file: ingest into it and query it."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False, settings: Settings | None = None):
        self.settings = settings or Settings.from_env(db=path)
        self.store = Store(self.settings.db, read_only=read_only)

    def ingest(self, paths, date: dt.date | str | None = None) -> IngestReport:
        """Ingest files or directories (txt, html, jsonl); returns what was added and rejected."""
        custom = self.settings.lexicons or self.settings.dictionaries
        pipe = Pipeline(self.settings) if custom else load_pipeline(self.settings.model)
        if isinstance(paths, (str, Path)):
            paths = [paths]
        return ingest_paths(self.store, paths, date=parse_date(date, source="date"), settings=self.settings,
                            pipeline=pipe)

    def events(self, **filters) -> list[dict]:
        """Events as export records; filters: type, cameo, actor, country, since, until, certainty,
        document, limit."""
        for key in ("since", "until"):
            if filters.get(key) is not None:
                filters[key] = parse_date(filters[key], source=key)
        return self.store.events(Filters(**filters))

    def export(self, fmt: str, out: str | Path, **filters) -> int:
        return self.store.export(fmt, Path(out), Filters(**filters))

    def summary(self) -> dict:
        return self.store.summary()

    def rejections(self) -> list[dict]:
        return self.store.rejections()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open(path: str | Path | None = None, read_only: bool = False) -> Database:  # noqa: A001
    """Open (or create) a database; default ``./khaldun.duckdb`` or ``$KHALDUN_DB``."""
    return Database(path, read_only=read_only)
