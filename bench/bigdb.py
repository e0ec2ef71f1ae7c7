"""A large khaldun database for server benchmarks, grown from the bundled sample corpus.

    python bench/bigdb.py OUT.duckdb [--events 100000]

The sample corpus is ingested once through the real pipeline; then every document and all its
rows (reports, resolved events, members, mentions, places, times) are copied under new ids,
each copy with its dates shifted by a few days and its coordinates moved a little, until the
events table holds at least ``--events`` rows. The actors stay the sample's own, so popular
actors gather thousands of events, as they do in a real archive.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import duckdb


def build(out: Path, events: int = 100_000) -> dict:
    t0 = time.perf_counter()
    out.unlink(missing_ok=True)
    sample = resources.files("khaldun") / "sample" / "articles.jsonl"
    subprocess.run([sys.executable, "-m", "khaldun.cli", "ingest", str(sample), "--quiet", "--db", str(out)],
                   check=True, capture_output=True)
    con = duckdb.connect(str(out))
    base = con.execute("SELECT count(*) FROM events").fetchone()[0]
    copies = -(-events // base)  # ceiling
    suffix = "'~' || k"
    doc = f"document_id || {suffix}"
    con.execute("BEGIN TRANSACTION")
    con.execute(f"CREATE TEMP TABLE k AS SELECT range AS k FROM range(1, {copies})")
    con.execute(f"INSERT INTO documents SELECT * EXCLUDE (k) REPLACE (id || {suffix} AS id, published + CAST(k * 3 AS INTEGER) AS published) "
                "FROM documents, k")
    for table in ("mentions", "places", "times"):
        shift = ""
        if table == "places":
            shift = ", lat + ((k % 41) - 20) * 0.02 AS lat, lon + ((k % 37) - 18) * 0.02 AS lon"
        if table == "times":
            shift = ", date_start + CAST(k * 3 AS INTEGER) AS date_start, date_end + CAST(k * 3 AS INTEGER) AS date_end"
        con.execute(f"INSERT INTO {table} SELECT * EXCLUDE (k) REPLACE ({doc} AS document_id{shift}) FROM {table}, k")
    for table in ("event_reports", "events"):
        con.execute(
            f"INSERT INTO {table} SELECT * EXCLUDE (k) REPLACE (id || {suffix} AS id, {doc} AS document_id, "
            "date_start + CAST(k * 3 AS INTEGER) AS date_start, date_end + CAST(k * 3 AS INTEGER) AS date_end, "
            "lat + ((k % 41) - 20) * 0.02 AS lat, lon + ((k % 37) - 18) * 0.02 AS lon, "
            f"json_merge_patch(record, json_object('id', id || {suffix}, 'document_id', {doc}))::VARCHAR AS record) "
            f"FROM {table}, k")
    con.execute(f"INSERT INTO event_members SELECT report_id || {suffix}, event_id || {suffix}, {doc}, score, why "
                "FROM event_members, k")
    con.execute("UPDATE actor_registry SET mentions = mentions * (SELECT count(*) + 1 FROM k)")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "event_reports")}
    con.close()
    return {**counts, "seconds": round(time.perf_counter() - t0, 1), "bytes": out.stat().st_size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--events", type=int, default=100_000)
    args = ap.parse_args()
    print(build(args.out, args.events))


if __name__ == "__main__":
    main()
