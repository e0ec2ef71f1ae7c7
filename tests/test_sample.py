"""The bundled sample corpus and `khaldun demo`."""

import json
from importlib import resources

import duckdb

from khaldun.ontologies.tables import PLOVER_TYPES


def test_sample_corpus_is_ours_and_large_enough():
    path = resources.files("khaldun") / "sample" / "articles.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 25
    assert all(r["date"] and r["text"] and r["id"] and r["title"] for r in records)
    assert len({r["id"] for r in records}) == len(records)


def test_sample_demo_covers_every_plover_type(cli):
    proc = cli("demo", "--quiet")
    assert "34 documents added" in proc.stdout and "next: khaldun events" in proc.stdout
    con = duckdb.connect(str(cli.db), read_only=True)
    types = {t for (t,) in con.execute("SELECT DISTINCT type FROM events").fetchall()}
    dated = con.execute("SELECT count(*) FROM events WHERE date_start IS NOT NULL").fetchone()[0]
    contact, located = con.execute(
        "SELECT count(*), count(location_name) FROM events "
        "WHERE type IN ('ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'AID')").fetchone()
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    assert types == set(PLOVER_TYPES), set(PLOVER_TYPES) - types
    assert total > 100 and dated > total / 4 and located > contact / 4
    again = cli("demo", "--quiet")
    assert "0 documents added, 34 already in the database" in again.stdout
