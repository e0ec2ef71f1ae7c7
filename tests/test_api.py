"""The Python API: khaldun.extract and khaldun.open."""

import khaldun


def test_api_extract_returns_records():
    x = khaldun.extract("Rebels attacked Tripoli on Friday.", date="2014-05-19")
    assert isinstance(x, khaldun.Extraction)
    (e,) = x.events
    assert isinstance(e, khaldun.Event) and e.type == "ASSAULT"
    assert e.date.start.isoformat() == "2014-05-16" and e.location.country == "LBY"
    assert e.certainty is khaldun.Certainty.ASSERTED


def test_api_open_ingest_query_export(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Police arrested ten protesters in Lagos on Monday.\n")
    with khaldun.open(tmp_path / "k.duckdb") as db:
        report = db.ingest(src, date="2020-06-17")
        assert report.documents_added == 1 and report.events_added == 1
        assert db.ingest([src]).documents_added == 0
        events = db.events(type="COERCE", since="2020-06-01")
        assert events[0]["source"]["sector"] == "COP"
        assert db.events(country="FRA") == []
        assert db.export("jsonl", tmp_path / "out.jsonl") == 1
        assert db.summary()["documents"] == 1
