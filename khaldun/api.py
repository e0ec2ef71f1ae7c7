"""The Python API: ``extract`` for one text, ``open`` for a database."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from .config import Settings
from .errors import ConfigError
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
        return self.store.events(Filters(**self._dates(filters)))

    def resolve(self, **dedup) -> dict:
        """Resolve actors and events across documents again; ``dedup`` overrides DedupSettings
        (window_days, max_km, threshold, enabled)."""
        from dataclasses import replace

        from .runner import resolve_database

        settings = replace(self.settings, dedup=replace(self.settings.dedup, **dedup)) if dedup else self.settings
        return resolve_database(self.store, settings)

    def actor(self, name: str) -> dict | None:
        """An actor's dossier (spellings, affiliations over time, events, counterparts), or None."""
        from .explore import dossier

        return dossier(self.store, name)

    def actors(self, query: str | None = None, limit: int = 50) -> list[dict]:
        from .explore import list_actors

        return list_actors(self.store, query, limit)

    def network(self, **filters) -> dict:
        """{"nodes", "edges"}: who acts on whom, with counts by PLOVER type; same filters as events."""
        from .explore import network

        return network(self.store, Filters(**self._dates(filters)))

    def load(self, directory: str | Path) -> dict:
        """Bring the Parquet tables of a Spark job (khaldun.spark.ingest) into this database and
        resolve; returns rows added per table."""
        from .spark import load

        return load(self.store, directory, self.settings)

    def load_actors(self, path: str | Path) -> dict:
        """Load a YAML/CSV actor dictionary into the database and resolve with it."""
        from .resolve.dictionary import load

        self.store.add_user_actors(Path(path).name, load(path))
        return self.resolve()

    def merge_actors(self, first: str, second: str) -> dict:
        """Make two actors (ids or exact names) one, in this and every later resolution."""
        return self._override("merge", first, second)

    def split_actors(self, first: str, second: str) -> dict:
        """Keep two spellings (ids or exact names) apart, in this and every later resolution."""
        return self._override("split", first, second)

    def _override(self, action: str, first: str, second: str) -> dict:
        a, b = self.store.local_ids(first), self.store.local_ids(second)
        if not a or not b:
            raise ConfigError(f"No coded actor is named or has the id {first if not a else second!r}.", code="E214")
        pairs = [(a[0], b[0])] if action == "merge" else [(x, y) for x in a for y in b if x != y]
        for x, y in pairs:
            self.store.add_override(action, x, y)
        return self.resolve()

    @staticmethod
    def _dates(filters: dict) -> dict:
        for key in ("since", "until"):
            if filters.get(key) is not None:
                filters[key] = parse_date(filters[key], source=key)
        return filters

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
