"""DuckDB store: every write goes through one connection, one document per transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..records import Extraction, Rejection
from .schema import SCHEMA_VERSION, TABLES


@dataclass
class Filters:
    """Event filters shared by the CLI, the Python API and exports."""

    type: str | None = None  # PLOVER type
    cameo: str | None = None  # CAMEO code prefix ("19")
    actor: str | None = None  # substring of source or target name/text, or an actor id
    country: str | None = None  # alpha-3 of source, target or location
    since: dt.date | None = None
    until: dt.date | None = None
    certainty: str | None = None
    document: str | None = None
    limit: int | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.type:
            clauses.append("type = ?")
            params.append(self.type.upper())
        if self.cameo:
            clauses.append("cameo LIKE ?")
            params.append(f"{self.cameo}%")
        if self.actor:
            clauses.append("(source_id = ? OR target_id = ? OR source_name ILIKE ? OR target_name ILIKE ? "
                           "OR source_text ILIKE ? OR target_text ILIKE ?)")
            like = f"%{self.actor}%"
            params += [self.actor, self.actor, like, like, like, like]
        if self.country:
            clauses.append("(source_country = ? OR target_country = ? OR location_country = ?)")
            params += [self.country.upper()] * 3
        if self.since:
            clauses.append("date_end >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date_start <= ?")
            params.append(self.until)
        if self.certainty:
            clauses.append("certainty = ?")
            params.append(self.certainty)
        if self.document:
            clauses.append("document_id = ?")
            params.append(self.document)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class Store:
    """A khaldun database file."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"No database at {self.path}. Run 'khaldun ingest PATH' first, or pass --db.",
                             code="E401")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"Cannot open {self.path}: {exc}. Is another khaldun process writing to it?",
                             code="E402") from None
        if not read_only:
            self._migrate()
        self._check_version()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------------
    def _migrate(self) -> None:
        for statement in TABLES:
            self.con.execute(statement)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            raise StoreError(f"{self.path} is not a khaldun database.", code="E403") from None
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {row[0] if row else '?'}, this khaldun reads "
                f"{SCHEMA_VERSION}. Re-ingest into a new file.", code="E404")

    # -- runs -------------------------------------------------------------------------------
    def begin_run(self, command: str, versions: dict, config: dict, inputs: Iterable[str] = ()) -> str:
        run_id = "r" + uuid.uuid4().hex[:12]
        model = versions.get("model", {})
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 'running')",
            [run_id, command, dt.datetime.now(), versions.get("khaldun"), model.get("name"),
             model.get("version"), versions.get("lexicon"), json.dumps(config, sort_keys=True),
             json.dumps(list(inputs))],
        )
        return run_id

    def finish_run(self, run_id: str, added: int, skipped: int, rejected: int, events: int,
                   status: str = "done") -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, documents_added = ?, documents_skipped = ?, rejected = ?, "
            "events_added = ?, status = ? WHERE id = ?",
            [dt.datetime.now(), added, skipped, rejected, events, status, run_id],
        )

    # -- writes -----------------------------------------------------------------------------
    def has_documents(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def write_many(self, batch: list[Extraction], run_id: str) -> tuple[int, int]:
        """Store whole documents in one transaction: all of a document's records or none of them.

        Returns (documents added, events added); documents already stored are skipped.
        """
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            known = {r[0] for r in con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))",
                                               [[x.document.id for x in batch]]).fetchall()}
            fresh, seen = [], set()
            for x in batch:
                if x.document.id not in known and x.document.id not in seen:
                    seen.add(x.document.id)
                    fresh.append(x)
            now = dt.datetime.now()
            docs, actors, mentions, places, times, events = [], {}, {}, [], {}, []
            for x in fresh:
                d = x.document
                docs.append([d.id, d.title, d.subtitle, d.url, d.author, d.outlet, d.published, d.language,
                             d.text, d.source, run_id, now])
                for e in x.events:
                    for a in (e.source, e.target):
                        if a is not None:
                            actors[a.id] = a
                    events.append(_event_row(e, run_id))
                for m in x.mentions:
                    actors.setdefault(m.id, m)
                    mentions[(d.id, m.start, m.end)] = [d.id, m.start, m.end, m.id, m.text, m.sector]
                places += [[d.id, p.char_start, p.char_end, p.text, p.name, p.country, p.admin1, p.lat, p.lon,
                            p.precision, p.geonameid] for p in x.places]
                for t in x.times:
                    times[(d.id, t.char_start, t.char_end)] = [d.id, t.char_start, t.char_end, t.text, t.start,
                                                               t.end, t.precision.value if t.precision else None,
                                                               t.rule]
            _insert(con, "documents", docs)
            _insert(con, "actors", [[a.id, a.name, a.kind, a.country, a.sector] for a in actors.values()],
                    " ON CONFLICT DO NOTHING")
            _insert(con, "mentions", list(mentions.values()))
            _insert(con, "places", places)
            _insert(con, "times", list(times.values()))
            _insert(con, "events", events, " ON CONFLICT DO NOTHING")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return len(fresh), len(events)

    def reject(self, r: Rejection, run_id: str) -> None:
        rid = hashlib.sha1(f"{r.source}|{r.code}|{r.reason}".encode()).hexdigest()[:16]
        self.con.execute(
            "INSERT INTO rejections VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [rid, r.source, r.code, r.reason, r.stage, run_id, dt.datetime.now()],
        )

    # -- reads ------------------------------------------------------------------------------
    def events(self, filters: Filters | None = None) -> list[dict]:
        """Events as export records, ordered by date then document position."""
        where, params = (filters or Filters()).where()
        sql = f"SELECT record FROM events{where} ORDER BY date_start NULLS LAST, document_id, trigger_start"
        if filters and filters.limit:
            sql += f" LIMIT {int(filters.limit)}"
        return [json.loads(r[0]) for r in self.con.execute(sql, params).fetchall()]

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()

    def summary(self) -> dict:
        q = self.query
        return {
            "database": str(self.path.resolve()),
            "documents": q("SELECT count(*) FROM documents")[0][0],
            "events": q("SELECT count(*) FROM events")[0][0],
            "actors": q("SELECT count(*) FROM actors")[0][0],
            "rejected": q("SELECT count(*) FROM rejections")[0][0],
            "by_type": q("SELECT type, count(*) n FROM events GROUP BY type ORDER BY n DESC, type"),
            "top_actors": q(
                "SELECT name, country, sector, count(*) n FROM ("
                " SELECT source_name name, source_country country, source_sector sector FROM events WHERE source_id IS NOT NULL"
                " UNION ALL SELECT target_name, target_country, target_sector FROM events WHERE target_id IS NOT NULL)"
                " GROUP BY ALL ORDER BY n DESC, name LIMIT 10"),
        }

    def rejections(self) -> list[dict]:
        rows = self.query("SELECT source, code, reason, rejected_at FROM rejections ORDER BY rejected_at, source")
        return [{"source": s, "code": c, "reason": r, "at": str(a)} for s, c, r, a in rows]

    def export(self, fmt: str, out: Path | None, filters: Filters | None = None) -> int:
        from . import export as exporters

        return exporters.write(self, fmt, out, filters or Filters())


def _insert(con, table: str, rows: list[list], suffix: str = "") -> None:
    """One multi-row INSERT (DuckDB's executemany runs a statement per row, far slower)."""
    if not rows:
        return
    width = len(rows[0])
    values = ", ".join(["(" + ", ".join(["?"] * width) + ")"] * len(rows))
    con.execute(f"INSERT INTO {table} VALUES {values}{suffix}", [v for row in rows for v in row])


def _event_row(e, run_id: str) -> list:
    s, t, loc, date = e.source, e.target, e.location, e.date
    return [
        e.id, e.document_id, e.text, e.span[0], e.span[1], e.trigger, e.trigger_span[0], e.trigger_span[1],
        e.type, e.mode, e.cameo, (e.acled or {}).get("event_type"), (e.acled or {}).get("sub_event_type"),
        s.id if s else None, s.text if s else None, s.name if s else None, s.kind if s else None,
        s.country if s else None, s.sector if s else None,
        t.id if t else None, t.text if t else None, t.name if t else None, t.kind if t else None,
        t.country if t else None, t.sector if t else None,
        date.text, date.start, date.end, date.precision.value if date.precision else None,
        loc.text if loc else None, loc.name if loc else None, loc.country if loc else None,
        loc.admin1 if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        loc.precision if loc else None,
        e.certainty.value, e.confidence, e.sources, e.rule, run_id, json.dumps(e.export(), ensure_ascii=False),
    ]


__all__ = ["Store", "Filters"]
