"""The Spark path in local mode: the same input gives the same database content as the
single-machine ingest (JSONL, Parquet and WARC inputs, bad lines and a duplicate id included)."""

import json
import os
import shutil
import subprocess
import sys

import duckdb
import pytest
from conftest import SAMPLE

VOLATILE = {"run_id", "ingested_at", "rejected_at"}
COMPARED = ("documents", "actors", "mentions", "places", "times", "event_reports", "affiliations", "rejections",
            "events", "event_members", "actor_registry", "actor_identity", "actor_aliases")


def _require_spark():
    missing = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("pyspark")
    if not shutil.which("java"):
        missing.append("Java 17")
    if missing:
        message = f"the Spark tests need {' and '.join(missing)} (make test installs them)"
        if os.environ.get("KHALDUN_REQUIRE_SPARK"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The sample corpus split over JSONL and Parquet, two pages in a WARC, and bad records."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    d = tmp_path_factory.mktemp("inputs")
    lines = SAMPLE.read_text().splitlines()
    (d / "a.jsonl").write_text("\n".join(lines[:20] + ["{broken", lines[3]]) + "\n")  # a bad line, a repeated id
    records = [json.loads(line) for line in lines[20:]]
    pq.write_table(pa.Table.from_pylist(records), d / "b.parquet")
    with open(d / "c.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, text in enumerate(["Troops shelled the town of Kidal on Monday, killing three civilians.",
                                  "Protesters marched on parliament in Beirut on Sunday, demanding reforms."]):
            html = (f"<html><head><title>Report {i}</title></head><body><article><h1>Report {i}</h1>"
                    f"<p>{text} Witnesses described hours of heavy fighting in the streets around the market.</p>"
                    "<p>Officials confirmed the account on the same day and said an inquiry would follow, while aid "
                    "groups asked for safe passage for the wounded and for families leaving the area.</p>"
                    "<p>The regional governor called for calm and promised that the security forces would restore "
                    "order within days, according to a statement read on local radio.</p></article></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/r{i}", "response",
                                                          payload=__import__("io").BytesIO(html.encode()),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                      payload=__import__("io").BytesIO(b"\x89PNG"),
                                                      http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                                                                    protocol="HTTP/1.1")))
    return d


def rows(db, table):
    con = duckdb.connect(str(db), read_only=True)
    try:
        cols = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                          "ORDER BY ordinal_position", [table]).fetchall() if c not in VOLATILE]
        return sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
    finally:
        con.close()


def khaldun(*args):
    proc = subprocess.run([sys.executable, "-m", "khaldun.cli", *args], capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_spark_output_is_the_single_machine_output(inputs, tmp_path):
    _require_spark()
    files = sorted(str(p) for p in inputs.iterdir())
    single = tmp_path / "single.duckdb"
    khaldun("ingest", *files, "--quiet", "--db", str(single))
    out = tmp_path / "spark-out"
    printed = khaldun("spark", "ingest", *files, "--out", str(out), "--partitions", "3")
    assert "36 documents" in printed and "1 rejections" in printed
    for table in ("documents", "event_reports", "actors", "mentions", "runs"):
        assert list((out / table).glob("*.parquet")), table
    loaded = tmp_path / "loaded.duckdb"
    khaldun("load", str(out), "--db", str(loaded))
    for table in COMPARED:
        assert rows(loaded, table) == rows(single, table), table
    export = ["export", "--format", "jsonl", "--db"]
    assert khaldun(*export, str(loaded)) == khaldun(*export, str(single))
    # loading again adds nothing
    again = khaldun("load", str(out), "--db", str(loaded))
    assert "0 documents" in again and rows(loaded, "event_reports") == rows(single, "event_reports")
