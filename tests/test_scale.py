"""Several workers, the safe skip and incremental runs, through the real CLI."""

import json
import pickle

import duckdb
from conftest import SAMPLE

CALM = ("Mild Weather Expected\n\nForecasters expect mild weather across the region this weekend, with light "
        "winds and sunshine in the afternoons and cool nights.")


def export(cli) -> list[dict]:
    return [json.loads(line) for line in cli("export", "--format", "jsonl").stdout.splitlines()]


def table_counts(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "event_reports", "events", "mentions", "places", "times", "affiliations")}
    finally:
        con.close()


def test_two_workers_give_exactly_the_one_worker_output(cli, tmp_path):
    cli("ingest", str(SAMPLE), "--quiet", "--workers", "1")
    one, one_counts = export(cli), table_counts(cli.db)
    cli.db.unlink()
    out = cli("ingest", str(SAMPLE), "--workers", "2")
    assert "34 documents added" in out.stdout
    assert export(cli) == one and table_counts(cli.db) == one_counts


def test_an_extraction_comes_back_from_a_worker_as_itself(pipeline):
    # a worker sends its extractions to the parent pickled: every record, nested, is rebuilt equal
    x = pipeline.extract("Police arrested ten protesters in Bamako, Mali, on Monday, officials said.",
                         date="2020-01-08")
    assert x.events and x.mentions and x.places and x.times
    back = pickle.loads(pickle.dumps(x))
    assert back == x and repr(back) == repr(x)


def test_changed_documents_are_extracted_again_and_nothing_doubles(cli, tmp_path):
    lines = SAMPLE.read_text().splitlines()[:5]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    cli("ingest", str(path), "--quiet")
    before = table_counts(cli.db)
    again = cli("ingest", str(path))
    assert "0 documents added" in again.stdout and "5 already in the database" in again.stdout
    record = json.loads(lines[0])
    record["title"], record["text"] = "Misrata Shelled", "Rebels shelled the port of Misrata on Tuesday, officials said."
    path.write_text("\n".join([json.dumps(record)] + lines[1:]) + "\n")
    changed = cli("ingest", str(path))
    assert "1 documents added (1 of them changed since the last run)" in changed.stdout
    after = table_counts(cli.db)
    assert after["documents"] == before["documents"]
    events = [e for e in export(cli) if e["document_id"] == record["id"]]
    assert events and all("Misrata" in e["text"] or "Misrata" in (e["location"] or {}).get("name", "")
                          for e in events if e["type"] == "ASSAULT")
    assert not any("airport" in e["text"].lower() for e in events)  # the old text's events are gone


def test_the_safe_skip_loses_no_event(cli, tmp_path):
    calm = tmp_path / "calm.jsonl"
    calm.write_text(json.dumps({"id": "calm-1", "date": "2020-05-01", "text": CALM}) + "\n"
                    + SAMPLE.read_text())
    cli("ingest", str(calm), "--quiet")
    full = export(cli)
    cli.db.unlink()
    cli("ingest", str(calm), "--quiet", "--skip-eventless")
    assert export(cli) == full
    con = duckdb.connect(str(cli.db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents WHERE id = 'calm-1'").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM mentions WHERE document_id = 'calm-1'").fetchone()[0] == 0
    con.close()


EVENTLESS = SAMPLE.parent / "eventless.jsonl"


def test_the_safe_skip_needs_every_word_of_a_multi_word_trigger(pipeline):
    took_over = pipeline.extract("Rebels took over the town hall on Friday.", date="2020-06-15")
    assert [e.trigger for e in took_over.events] and pipeline.may_hold_event(took_over.document.text)
    # "take" and "set" begin triggers ("take over", "set fire") but are none alone
    quiet = "The home team took the title on Friday and set a league record."
    assert not pipeline.extract(quiet, date="2020-06-15").events
    assert not pipeline.may_hold_event(quiet)


def test_the_safe_skip_passes_every_sentence_that_holds_an_event(pipeline):
    """Over the sample articles and the eventless ones: each sentence an event came from passes
    the word test on its own, and each article the test turns away yields no event when parsed."""
    records = [json.loads(line) for path in (SAMPLE, EVENTLESS) for line in path.read_text().splitlines()]
    sentences, turned_away = 0, 0
    for r in records:
        extraction = pipeline.extract(r["text"], date=r["date"], title=r.get("title"))
        for e in extraction.events:
            sentences += 1
            assert pipeline.may_hold_event(e.export()["text"]), e.export()["text"]
        if not pipeline.may_hold_event(extraction.document.text):
            turned_away += 1
            assert not extraction.events, r["id"]
    # the word test cannot read a trigger's argument restrictions ("cut" + ties, "eased" + a curfew):
    # it turns away the eventless articles that hold no trigger word at all, a good third of them
    assert sentences > 100 and turned_away >= len(EVENTLESS.read_text().splitlines()) // 3
