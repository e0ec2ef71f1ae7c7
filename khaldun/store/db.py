"""DuckDB store: every write goes through one connection, one document per transaction."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from itertools import islice
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import ConfigError, StoreError
from ..records import Extraction, Rejection
from .rows import ROW_TABLES, extraction_rows, record_row, rejection_row
from .schema import EVENT_ORDER, MIGRATIONS, SCHEMA_VERSION, TABLES


# DuckDB's memory (its block cache and working memory) in a process that writes the database
MEMORY_LIMIT = "64MB"
# rows read at a time from a query's result stream
_SUMMARY_ROWS = 10_000


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
    text: str | None = None  # words in the sentence or trigger
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north (degrees)
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
                           "OR source_text ILIKE ? OR target_text ILIKE ? OR source_id IN (SELECT actor_id FROM "
                           "actor_aliases WHERE alias ILIKE ?) OR target_id IN (SELECT actor_id FROM actor_aliases "
                           "WHERE alias ILIKE ?))")
            like = f"%{self.actor}%"
            params += [self.actor, self.actor, like, like, like, like, like, like]
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
        if self.text:
            for word in self.text.split():
                clauses.append("(sentence ILIKE ? OR trigger ILIKE ?)")
                params += [f"%{word}%"] * 2
        if self.bbox:
            west, south, east, north = self.bbox
            clauses.append("lat BETWEEN ? AND ?")
            params += [south, north]
            if west <= east:
                clauses.append("lon BETWEEN ? AND ?")
                params += [west, east]
            else:  # the box crosses the antimeridian
                clauses.append("(lon >= ? OR lon <= ?)")
                params += [west, east]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def parse_bbox(text: str | None) -> tuple[float, float, float, float] | None:
    """"WEST,SOUTH,EAST,NORTH" in degrees; west may exceed east for a box across the antimeridian."""
    if not text:
        return None
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise ConfigError(f"bbox {text!r} is not four numbers WEST,SOUTH,EAST,NORTH.", code="E215") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ConfigError(f"bbox {text!r} is out of range: longitudes -180..180, latitudes -90..90, "
                          "south <= north.", code="E215")
    return west, south, east, north


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
            # DuckDB keeps every block it has read or written cached up to its memory limit
            # (80% of the machine by default), so a writing process would grow with the
            # database; past this limit it evicts them (they are on disk) or spills to a
            # temporary file next to the database
            self.con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
            self._migrate()
        self._check_version()

    def close(self) -> None:
        self.con.close()

    @classmethod
    def attached(cls, path: str | Path) -> "Store":
        """The file opened read-only inside a private in-memory DuckDB instance. DuckDB shares one
        instance per path within a process; this one is not shared, so a new file published at
        the same path can be opened while readers still finish on the old one."""
        path = Path(path)
        if not path.exists():
            raise StoreError(f"No database at {path}. Run 'khaldun ingest PATH' first, or pass --db.", code="E401")
        con = duckdb.connect(":memory:")
        try:
            quoted = str(path).replace("'", "''")
            con.execute(f"ATTACH '{quoted}' AS {cls._CATALOG} (READ_ONLY)")
            con.execute(f"USE {cls._CATALOG}")
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"Cannot open {path}: {exc}. Is another khaldun process writing to it?",
                             code="E402") from None
        store = cls._wrap(path, con, cls._CATALOG)
        store._check_version()
        return store

    def reader(self) -> "Store":
        """The same database through a cursor of its own, for one thread (a server request)."""
        return self._wrap(self.path, self.con.cursor(), self._catalog)

    _CATALOG = "khaldun_db"
    _catalog: str | None = None

    @classmethod
    def _wrap(cls, path: Path, con, catalog: str | None) -> "Store":
        store = object.__new__(cls)
        store.path, store.con, store._catalog = path, con, catalog
        if catalog:
            con.execute(f"USE {catalog}")
        return store

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------------
    def _migrate(self) -> None:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(TABLES[0])  # meta
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row else SCHEMA_VERSION
            while version in MIGRATIONS and version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version]:
                    con.execute(statement)
                version += 1
            for statement in TABLES:
                con.execute(statement)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

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
    def document_digests(self, ids: list[str]) -> dict[str, str]:
        """id -> md5 of the stored text, for the ids the database holds."""
        if not ids:
            return {}
        return dict(self.con.execute("SELECT id, md5(text) FROM documents WHERE id IN (SELECT unnest(?))",
                                     [ids]).fetchall())

    def forget_documents(self, ids: list[str]) -> None:
        """Remove documents and everything extracted from them, in one transaction (a document
        whose text changed is extracted again; its actors stay, they may be shared)."""
        if not ids:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, column in (("documents", "id"), ("event_reports", "document_id"), ("mentions", "document_id"),
                                  ("places", "document_id"), ("times", "document_id"),
                                  ("affiliations", "document_id")):
                self.con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [ids])
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('resolve_pending', '1')")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

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
            tables = extraction_rows(fresh, run_id, dt.datetime.now())
            for table in ROW_TABLES:
                _insert(con, table, tables[table], "" if table in ("documents", "mentions", "places", "times")
                        else " ON CONFLICT DO NOTHING")
            if fresh:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('resolve_pending', '1')")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return len(fresh), len(tables["event_reports"])

    def reject(self, r: Rejection, run_id: str) -> None:
        self.con.execute("INSERT INTO rejections VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                         rejection_row(r, run_id, dt.datetime.now()))

    # -- resolution ---------------------------------------------------------------------------
    def resolve_pending(self) -> bool:
        """Whether documents were added since the last resolution (``khaldun resolve`` brings it up to date)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'resolve_pending'").fetchone()
        return bool(row and row[0] == "1")

    def resolution_inputs(self):
        """Local actors, the summaries of the event reports (read as they are consumed), dated
        roles, the user's dictionary and hand-made decisions: everything ``resolve`` reads besides
        the reports' records (``report_records``)."""
        from ..resolve import DatedRole, LocalActor, Override
        from ..resolve.dictionary import from_record

        q = self.query
        counterparts: dict[str, set[str]] = {}
        for a, b in q("SELECT DISTINCT source_id, target_id FROM event_reports "
                      "WHERE source_id IS NOT NULL AND target_id IS NOT NULL"):
            counterparts.setdefault(a, set()).add(b)
            counterparts.setdefault(b, set()).add(a)
        local = [LocalActor(i, n, k, c, sec, int(m), frozenset(counterparts.get(i, ())))
                 for i, n, k, c, sec, m in q(
                     "SELECT a.id, a.name, a.kind, a.country, a.sector, coalesce(m.n, 0) FROM actors a "
                     "LEFT JOIN (SELECT actor_id, count(*) n FROM mentions GROUP BY actor_id) m ON m.actor_id = a.id")]
        reports = self._report_summaries()
        roles = [DatedRole(a, sec, start, end) for a, sec, start, end in q(
            "SELECT actor_id, sector, date_start, date_end FROM affiliations WHERE relation = 'role' "
            "AND sector IS NOT NULL AND date_start IS NOT NULL AND date_end IS NOT NULL "
            "AND coalesce(date_rule, '') NOT IN ('at-publication', 'before-publication')")]
        dictionary = [from_record(json.loads(r)) for (r,) in q("SELECT record FROM user_actors ORDER BY file, position")]
        overrides = [Override(*row) for row in q("SELECT action, a, b FROM actor_overrides ORDER BY made_at")]
        return local, reports, roles, dictionary, overrides

    def _report_summaries(self):
        """Every event report as deduplication compares it, from the report's columns (the same
        values as its record, which is not read here), with its document's publication date."""
        from ..resolve.dedup import Report

        cursor = self.con.cursor()  # its own result stream: other queries may run while it is read
        cursor.execute(
            "SELECT e.id, e.document_id, d.published, e.type, e.certainty, e.source_id, e.target_id, e.source_name, "
            "e.target_name, e.date_start, e.date_end, e.date_precision, e.location_name, e.lat, e.lon, e.sentence, "
            "e.trigger_start FROM event_reports e JOIN documents d ON d.id = e.document_id")
        try:
            while rows := cursor.fetchmany(_SUMMARY_ROWS):
                yield from (Report(*row) for row in rows)
        finally:
            cursor.close()

    def report_records(self, ids: list[str]) -> dict[str, str]:
        """id -> JSON record of these event reports."""
        return dict(self.query("SELECT id, record FROM event_reports WHERE id IN (SELECT unnest(?))", [ids]))

    def write_resolution(self, resolution, run_id: str) -> None:
        """Replace the resolved tables in one transaction (a crash leaves the previous resolution).

        The events are first written to a temporary table as they are built, a chunk at a time,
        and copied in by the transaction: inserted inside it, they would all be held in memory
        until it commits."""
        con = self.con
        con.execute("CREATE OR REPLACE TEMP TABLE staged_events AS FROM events LIMIT 0")
        try:
            for chunk in _chunks(record_row(r, run_id) for r in resolution.events):
                _insert(con, "staged_events", chunk)
            self._replace_resolution(resolution, run_id)
        finally:
            con.execute("DROP TABLE IF EXISTS staged_events")

    def _replace_resolution(self, resolution, run_id: str) -> None:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "event_members", "actor_registry", "actor_identity", "actor_aliases"):
                con.execute(f"DELETE FROM {table}")
            con.execute("INSERT INTO events FROM staged_events")
            for chunk in _chunks([m.report_id, m.event_id, m.document_id, m.score, m.why]
                                 for m in resolution.members):
                _insert(con, "event_members", chunk)
            for chunk in _chunks([a.id, a.name, a.kind, a.country, a.sector, json.dumps(list(a.aliases)),
                                  len(a.members), a.mentions, a.origin] for a in resolution.actors):
                _insert(con, "actor_registry", chunk)
            for chunk in _chunks([i.local_id, i.actor_id, i.confidence, i.reason] for i in resolution.identities):
                _insert(con, "actor_identity", chunk)
            for chunk in _chunks([a.id, alias] for a in resolution.actors for alias in {a.name, *a.aliases}):
                _insert(con, "actor_aliases", chunk)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('resolve_pending', '0')")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def add_user_actors(self, file: str, entries) -> None:
        """Keep a user's actor dictionary in the database (a file loaded again replaces its entries)."""
        from dataclasses import asdict

        con = self.con
        con.execute("BEGIN TRANSACTION")
        con.execute("DELETE FROM user_actors WHERE file = ?", [file])
        _insert(con, "user_actors", [[file, i, json.dumps(asdict(e), default=str)] for i, e in enumerate(entries)])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('resolve_pending', '1')")
        con.execute("COMMIT")

    def add_override(self, action: str, a: str, b: str) -> None:
        """Record a hand-made merge or split of two local actors; it holds in every later resolution."""
        opposite = "split" if action == "merge" else "merge"
        self.con.execute("DELETE FROM actor_overrides WHERE action = ? AND ((a = ? AND b = ?) OR (a = ? AND b = ?))",
                         [opposite, a, b, b, a])
        self.con.execute("INSERT INTO actor_overrides VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                         [action, min(a, b), max(a, b), dt.datetime.now()])
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('resolve_pending', '1')")

    def local_ids(self, what: str) -> list[str]:
        """Coded actors with this id or exactly this name (case-insensitive), or the spellings of
        the canonical actor with this id."""
        rows = self.query("SELECT id FROM actors WHERE id = ? OR lower(name) = lower(?) UNION "
                          "SELECT local_id FROM actor_identity WHERE actor_id = ? ORDER BY 1", [what, what, what])
        return [r[0] for r in rows]

    # -- reads ------------------------------------------------------------------------------
    def events(self, filters: Filters | None = None) -> list[dict]:
        """Events as export records, in the exports' order."""
        where, params = (filters or Filters()).where()
        sql = f"SELECT record FROM events{where} ORDER BY {EVENT_ORDER}"
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
            "reports": q("SELECT count(*) FROM event_reports")[0][0],
            "resolve_pending": self.resolve_pending(),
            "actors": q("SELECT count(*) FROM actor_registry")[0][0],
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
    """Insert rows through an Arrow table: one columnar scan for DuckDB, many times faster than
    a multi-row INSERT with a parameter per value."""
    if not rows:
        return
    import pyarrow as pa

    types = _arrow_types(con, table)
    arrays = []
    for values, typ in zip(zip(*rows), types):
        if typ == pa.date32():
            values = [dt.date.fromisoformat(v) if isinstance(v, str) else v for v in values]
        arrays.append(pa.array(values, type=typ))
    con.register("khaldun_rows", pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(arrays))]))
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM khaldun_rows{suffix}")
    finally:
        con.unregister("khaldun_rows")


_ARROW_TYPES: dict[str, list] = {}


def _arrow_types(con, table: str) -> list:
    if table not in _ARROW_TYPES:
        import pyarrow as pa

        by_name = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
                   "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us")}
        _ARROW_TYPES[table] = [by_name[typ] for _, typ, *_ in con.execute(f"DESCRIBE {table}").fetchall()]
    return _ARROW_TYPES[table]


def _chunks(rows: Iterable[list], size: int = 2000):
    """Rows in lists of ``size``, built as they are consumed (a resolution's rows are never all
    in memory at once)."""
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


__all__ = ["Store", "Filters"]
