"""The same extraction on Apache Spark, for corpora beyond one machine.

``ingest`` reads JSONL, Parquet, WARC (and text/HTML files) into an RDD of documents in input
order, extracts each partition with one Pipeline per executor process (the model loads once and
is reused across tasks), and writes the store's per-document tables as Parquet under ``out/``
with the DuckDB schema: documents, actors, mentions, places, times, event_reports,
affiliations, rejections, runs. Where the single-machine store keeps the first of duplicates
(a document id seen twice, an actor coded in several documents), the job keeps the one earliest
in input order, so the content matches a single-machine run on the same input.
``khaldun load OUT`` brings the tables into a DuckDB file and resolves actors and events across
all documents there.

pyspark is optional (``pip install pyspark``); Spark needs Java 17.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

from .config import Settings
from .errors import REJECT_FAILED, ConfigError, InputError
from .records import Document, Rejection
from .store.rows import ROW_TABLES, extraction_rows, rejection_row
from .store.schema import TABLES

OUTPUT_TABLES = ROW_TABLES + ("rejections", "runs")
_executor_pipelines: dict = {}  # one Pipeline per executor process, per settings


def executor_pipeline(settings: Settings):
    """This process's Pipeline for these settings, built on first use. Tasks call it through the
    module (pickled by reference), so the cache lives as long as the Python worker does."""
    from .pipeline import Pipeline

    if settings not in _executor_pipelines:
        _executor_pipelines[settings] = Pipeline(settings)
    return _executor_pipelines[settings]


def session(master: str = "local[*]", app: str = "khaldun"):
    """A SparkSession whose Python workers run this interpreter (and so this khaldun)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConfigError("pyspark is not installed: pip install 'pyspark==4.3.0' (Spark also needs Java 17).",
                          code="E220") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (SparkSession.builder.master(master).appName(app)
            .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
            .config("spark.python.worker.reuse", "true")
            .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS").getOrCreate())


def ingest(spark, inputs: list[str | Path], out: str | Path, settings: Settings | None = None,
           date: dt.date | None = None, partitions: int | None = None) -> dict:
    """Extract every document of ``inputs`` on Spark and write the tables under ``out``."""
    from .pipeline import Pipeline

    settings = settings or Settings.from_env()
    out = Path(out)
    run_id = "r" + uuid.uuid4().hex[:12]
    started = dt.datetime.now()
    sc = spark.sparkContext
    items = _read(sc, [Path(p) for p in inputs], date, settings.max_chars)  # (order, Document | Rejection)
    if partitions:
        items = items.repartition(partitions)
    docs = (items.filter(lambda kv: isinstance(kv[1], Document))
            .map(lambda kv: (kv[1].id, kv)).reduceByKey(lambda a, b: a if a[0] <= b[0] else b)
            .map(lambda kv: kv[1]))
    now = dt.datetime.now()
    config = settings.describe() | {"date": str(date) if date else None}

    def extract_partition(part: Iterator) -> Iterator:
        part = sorted(part, key=lambda kv: kv[0])
        if not part:
            return
        pipeline = executor_pipeline(settings)
        for (order, _), x in zip(part, pipeline.process_here(d for _, d in part)):
            for table, rows in extraction_rows([x], run_id, now).items():
                for row in rows:
                    yield table, (order, row)

    rows = docs.mapPartitions(extract_partition).cache()
    rejections = items.filter(lambda kv: isinstance(kv[1], Rejection)).map(
        lambda kv: ("rejections", (kv[0], rejection_row(kv[1], run_id, now))))
    rows = rows.union(rejections)
    schemas = _schemas()
    counts = {}
    for table in ROW_TABLES + ("rejections",):
        chosen = rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr: tr[1])
        if table in ("actors", "rejections"):  # shared across documents: the earliest in input order wins
            chosen = chosen.map(lambda o_r: (o_r[1][0], o_r)).reduceByKey(lambda a, b: a if a[0] <= b[0] else b).values()
        kinds = [f.dataType.typeName() for f in schemas[table].fields]
        frame = spark.createDataFrame(chosen.map(lambda o_r, k=kinds: _conform(o_r[1], k)), schemas[table])
        frame.write.mode("overwrite").parquet(str(out / table))
        counts[table] = spark.read.parquet(str(out / table)).count()
    rows.unpersist()
    versions = Pipeline(settings).versions()
    run = [(run_id, "spark ingest", started, dt.datetime.now(), versions["khaldun"],
            versions["model"]["name"], versions["model"]["version"], versions["lexicon"], json.dumps(config),
            json.dumps([str(p) for p in inputs]), counts["documents"], 0, counts["rejections"],
            counts["event_reports"], "done")]
    spark.createDataFrame(run, schemas["runs"]).write.mode("overwrite").parquet(str(out / "runs"))
    return counts


def _read(sc, paths: list[Path], date: dt.date | None, max_chars: int):
    """An RDD of ((file number, position), Document | Rejection) over every input."""
    from . import ingest as readers
    from .ingest.jsonl import parse_line, parse_record
    from .ingest.parquet import plain

    files = list(readers.expand(paths))
    parts = []
    for n, path in enumerate(files):
        name = path.name.lower()
        if name.endswith((".jsonl", ".ndjson")):
            source = str(path)
            lines = sc.textFile(str(path)).zipWithIndex().filter(lambda li: li[0].strip())
            parts.append(lines.map(lambda li, n=n, source=source: (
                (n, li[1]), _guard(lambda: parse_line(li[0].encode("utf-8"), f"{source}:{li[1] + 1}", date, max_chars),
                                   f"{source}:{li[1] + 1}"))))
        elif name.endswith(".parquet"):
            from pyspark.sql import SparkSession

            frame = SparkSession.builder.getOrCreate().read.parquet(str(path))
            source = str(path)
            parts.append(frame.rdd.zipWithIndex().map(lambda ri, n=n, source=source: (
                (n, ri[1]), _guard(lambda: parse_record(plain(ri[0].asDict()), f"{source}#{ri[1] + 1}", date,
                                                        max_chars), f"{source}#{ri[1] + 1}"))))
        else:  # WARC archives, text and HTML files: one task per file, read by the single-machine readers
            parts.append(sc.parallelize([(n, str(path))], 1).flatMap(
                lambda f: [((f[0], i), item) for i, item in enumerate(readers.read([f[1]], date, max_chars))]))
    if not parts:
        raise ConfigError(f"No input files under {', '.join(map(str, paths))}.", code="E221")
    return sc.union(parts)


def _guard(make, source: str):
    try:
        return make()
    except InputError as exc:
        return Rejection(source, exc.code, exc.message.removeprefix(f"{source}: "))
    except Exception as exc:  # a reader bug costs this record, not the job
        return Rejection(source, REJECT_FAILED, f"{type(exc).__name__}: {exc}")


def _conform(row: list, kinds: list[str]) -> tuple:
    """A store row with the Python types Spark wants for its columns (DuckDB casts on insert)."""
    out = []
    for value, kind in zip(row, kinds):
        if value is not None:
            if kind == "date" and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            elif kind == "double":
                value = float(value)
        out.append(value)
    return tuple(out)


def _schemas() -> dict:
    """Spark schemas of the output tables, read off the DuckDB schema itself."""
    import duckdb
    from pyspark.sql import types as T

    spark_type = {"VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "BIGINT": T.LongType(),
                  "DOUBLE": T.DoubleType(), "DATE": T.DateType(), "TIMESTAMP": T.TimestampType()}
    con = duckdb.connect(":memory:")
    for statement in TABLES:
        con.execute(statement)
    out = {}
    for table in OUTPUT_TABLES:
        columns = con.execute(f"DESCRIBE {table}").fetchall()
        out[table] = T.StructType([T.StructField(name, spark_type[typ], True) for name, typ, *_ in columns])
    con.close()
    return out


def load(store, directory: str | Path, settings: Settings | None = None) -> dict:
    """Bring a Spark job's tables into a DuckDB store (what it holds already is kept), then
    resolve actors and events across all documents. Returns rows added per table."""
    from .runner import resolve_database

    directory = Path(directory)
    if not (directory / "documents").exists():
        raise ConfigError(f"{directory} holds no 'documents' table; give the --out folder of 'khaldun spark "
                          "ingest'.", code="E222")
    added = {}
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        for table in OUTPUT_TABLES:
            files = sorted((directory / table).glob("*.parquet"))
            if not files:
                continue
            before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            con.execute(f"INSERT INTO {table} SELECT * FROM read_parquet(?) ON CONFLICT DO NOTHING",
                        [[str(f) for f in files]])
            added[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
        con.execute("INSERT OR REPLACE INTO meta VALUES ('resolve_pending', '1')")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    added["resolution"] = resolve_database(store, settings)
    return added
