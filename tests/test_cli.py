"""The khaldun command as a user runs it: a real subprocess and a real DuckDB file."""

import csv
import io
import json

import duckdb

CONTRACT = {"id", "document_id", "text", "span", "trigger", "type", "mode", "cameo", "acled", "source",
            "target", "date", "reported", "location", "certainty", "confidence", "sources"}
ACTOR = {"text", "name", "id", "kind", "country", "sector", "basis"}
DATE = {"text", "start", "end", "precision", "rule"}
LOCATION = {"text", "name", "country", "admin1", "lat", "lon", "precision"}

ARTICLE = ("Rebels Storm Town in Northern Mali\n\nTuareg rebels attacked the town of Kidal on Friday and "
           "seized the governor's office, officials said. The army sent reinforcements to Kidal the next day.\n")


def test_cli_ingest_is_idempotent_and_exports_the_contract(cli, tmp_path):
    src = tmp_path / "mali.txt"
    src.write_text(ARTICLE)
    first = cli("ingest", str(src), "--date", "2020-06-15")
    assert "1 documents added" in first.stdout
    assert "events by type" in first.stdout and str(cli.db) in first.stdout
    second = cli("ingest", str(src), "--date", "2020-06-15")
    assert "0 documents added, 1 already in the database" in second.stdout
    con = duckdb.connect(str(cli.db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    runs = con.execute("SELECT model, lexicon_version, config FROM runs").fetchall()
    con.close()
    assert n_events >= 2 and len(runs) == 2 and runs[0][0] and runs[0][1]
    assert json.loads(runs[0][2])["date"] == "2020-06-15"

    out = cli("export", "--format", "jsonl").stdout.splitlines()
    assert len(out) == n_events
    for line in out:
        e = json.loads(line)
        assert CONTRACT <= set(e)
        assert e["date"] is None or DATE == set(e["date"])
        assert e["reported"] == "2020-06-15"
        for key in ("source", "target"):
            assert e[key] is None or ACTOR == set(e[key])
        assert e["location"] is None or LOCATION == set(e["location"])
        assert e["sources"] >= 1 and e["type"].isupper()
    attack = next(json.loads(line) for line in out if json.loads(line)["trigger"] == "attacked")
    assert attack["date"]["start"] == "2020-06-12" and attack["location"]["name"] == "Kidal"


def test_cli_exports_csv_gdelt_acled_parquet(cli, tmp_path):
    src = tmp_path / "mali.txt"
    src.write_text(ARTICLE)
    cli("ingest", str(src), "--date", "2020-06-15", "--quiet")
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv").stdout)))
    assert rows and {"type", "cameo", "source_name", "lat", "sentence"} <= set(rows[0])
    gdelt = list(csv.DictReader(io.StringIO(cli("export", "--format", "gdelt").stdout)))
    assert {"GlobalEventID", "SQLDATE", "Actor1Name", "EventCode", "EventRootCode", "ActionGeo_Lat"} <= set(gdelt[0])
    assert any(r["SQLDATE"] == "20200612" for r in gdelt)
    acled = list(csv.DictReader(io.StringIO(cli("export", "--format", "acled").stdout)))
    assert {"event_date", "event_type", "sub_event_type", "actor1", "actor2", "latitude"} <= set(acled[0])
    pq = tmp_path / "events.parquet"
    cli("export", "--format", "parquet", "--out", str(pq))
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{pq}')").fetchall()[0][0]
    assert n == len(rows)
    missing = cli("export", "--format", "parquet", check=False)
    assert missing.returncode != 0 and "--out" in missing.stderr


def test_cli_events_table_and_filters(cli, tmp_path):
    src = tmp_path / "mali.txt"
    src.write_text(ARTICLE)
    cli("ingest", str(src), "--date", "2020-06-15", "--quiet")
    table = cli("events").stdout
    assert "ASSAULT" in table and "2020-06-12" in table
    only = cli("events", "--type", "MOBILIZE", "--json").stdout.splitlines()
    assert only and all(json.loads(line)["type"] == "MOBILIZE" for line in only)
    assert "no events match" in cli("events", "--since", "2021-01-01").stdout
    by_place = cli("events", "--country", "MLI", "--json").stdout.splitlines()
    assert by_place
    bad = cli("events", "--since", "yesterday", check=False)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_cli_rejects_bad_inputs_and_goes_on(cli, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE)
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "blob.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "in" / "feed.jsonl").write_text('{"id": "x", "text": "Police arrested ten protesters."}\n{oops\n')
    proc = cli("ingest", str(tmp_path / "in"), "--quiet")
    assert "2 documents added" in proc.stdout and "3 rejected" in proc.stdout
    assert "E103" in proc.stderr and "E102" in proc.stderr and "E104" in proc.stderr
    listed = cli("rejected").stdout
    assert "empty.txt" in listed and "feed.jsonl:2" in listed
    cli("ingest", str(tmp_path / "in"), "--quiet")
    assert cli("rejected").stdout.count("empty.txt") == 1  # a re-run records a rejection once


def test_cli_code_prints_events_as_json(cli):
    proc = cli("code", "Police arrested ten protesters in Lagos on Monday.", "--date", "2020-06-17")
    events = json.loads(proc.stdout)
    assert events[0]["type"] == "COERCE" and events[0]["date"]["start"] == "2020-06-15"
    piped = cli("code", "-", input="Rebels attacked the town.")
    assert json.loads(piped.stdout)[0]["type"] == "ASSAULT"
    full = json.loads(cli("code", "Police arrested ten protesters.", "--all").stdout)
    assert set(full) == {"document", "events", "mentions", "times", "places", "affiliations"}


def test_cli_errors_say_what_to_do(cli, tmp_path):
    proc = cli("events", "--db", str(tmp_path / "nothing.duckdb"), check=False)
    assert proc.returncode == 1 and "khaldun ingest" in proc.stderr
    proc = cli("ingest", str(tmp_path / "x.txt"), "--date", "2020-13-45", check=False)
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr
