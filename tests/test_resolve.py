"""Resolution across documents, on records built by hand: names, actor merges, event dedup."""

import datetime as dt

import pytest

from khaldun.config import DedupSettings
from khaldun.errors import ConfigError
from khaldun.resolve.actors import LocalActor, Override, resolve_actors
from khaldun.resolve.dedup import Report, deduplicate
from khaldun.resolve.dictionary import DictionaryActor, load
from khaldun.resolve.names import jaro_winkler, skeleton, word_match


def test_names_transliteration_variants_share_a_key():
    assert skeleton("Khalifa Hifter") == skeleton("Khalifa Haftar") == skeleton("Gen. Khalifa Hiftar")
    assert skeleton("Moammar Gadhafi") == skeleton("Muammar Qaddafi") == skeleton("Muammar Gaddafi")
    assert skeleton("Abdullah al-Thinni") == skeleton("Abdullah Thinni")
    assert skeleton("Ali Zeidan") != skeleton("Karim Zeidan")
    assert word_match("malteeq", "maiteeq") > 0.88 and word_match("ali", "karim") == 0
    assert jaro_winkler("martha", "marhta") > 0.95 and jaro_winkler("abc", "xyz") == 0


def person(i, name, country=None, sector=None, mentions=3, counterparts=()):
    return LocalActor(i, name, "person", country, sector, mentions, frozenset(counterparts))


def groups(identities):
    by_actor = {}
    for i in identities:
        by_actor.setdefault(i.actor_id, set()).add(i.local_id)
    return sorted(sorted(g) for g in by_actor.values())


def test_resolve_actors_joins_spellings_on_evidence():
    local = [person("a1", "Khalifa Hifter", "LBY", "MIL", 10), person("a2", "Khalifa Haftar", "LBY", "MIL", 4),
             person("a3", "Ahmed Malteeq", "LBY", "GOV"), person("a4", "Ahmed Maiteeq", "LBY", "GOV"),
             person("a5", "Haftar", "LBY", "MIL", 1)]
    actors, identities = resolve_actors(local)
    assert groups(identities) == [["a1", "a2", "a5"], ["a3", "a4"]]
    hifter = next(a for a in actors if "a1" in a.members)
    assert hifter.name == "Khalifa Hifter" and hifter.id == "a1" and "Khalifa Haftar" in hifter.aliases
    why = {i.local_id: i.reason for i in identities}
    assert "Hifter" in why["a2"] and "same country LBY" in why["a2"]


def test_resolve_actors_never_joins_people_who_only_share_a_surname():
    local = [person("a1", "Ali Zeidan", "LBY", "GOV"), person("a2", "Karim Zeidan", "LBN", "BUS"),
             person("a3", "Mohamed Zeidan", "LBY", "GOV"), person("a4", "Zeidan", "LBY", "GOV", 1)]
    _, identities = resolve_actors(local)
    # two Libyan Zeidans: the bare surname could mean either, so it stays on its own
    assert groups(identities) == [["a1"], ["a2"], ["a3"], ["a4"]]


def test_resolve_actors_conflicting_countries_stay_apart():
    _, identities = resolve_actors([person("a1", "Ali Zeidan", "LBY"), person("a2", "Ali Zeidan", "LBN")])
    assert groups(identities) == [["a1"], ["a2"]]


def test_resolve_actors_descriptions_are_not_names():
    local = [person("a1", "the interim prime minister", None, "GOV"), person("a2", "the interior minister", None, "GOV")]
    _, identities = resolve_actors(local)
    assert groups(identities) == [["a1"], ["a2"]]


def test_resolve_actors_acronyms_join_their_organisation():
    local = [LocalActor("o1", "National Front for the Salvation of Libya", "organization", "LBY", "REB", 2),
             LocalActor("o2", "NFSL", "organization", "LBY", None, 3)]
    _, identities = resolve_actors(local)
    assert groups(identities) == [["o1", "o2"]]


def test_resolve_actors_dictionary_and_hand_decisions_win():
    entry = DictionaryActor("Khalifa Haftar", ("Hifter", "Khalifa Hifter"), "person", "LBY", "MIL", (), "mine.yaml:item 1")
    local = [person("a1", "Khalifa Hifter"), person("a2", "Hifter"), person("a3", "Khalifa Haftar", "LBY")]
    actors, identities = resolve_actors(local, [entry])
    assert groups(identities) == [["a1", "a2", "a3"]]
    assert actors[0].name == "Khalifa Haftar" and actors[0].origin == "mine.yaml:item 1"
    # a split made by hand keeps two spellings apart even against strong name evidence
    _, identities = resolve_actors([person("a1", "Khalifa Hifter", "LBY"), person("a3", "Khalifa Haftar", "LBY")],
                                   overrides=[Override("split", "a1", "a3")])
    assert groups(identities) == [["a1"], ["a3"]]
    _, identities = resolve_actors([person("a1", "Ali Zeidan"), person("a2", "A. Z. Zidan")],
                                   overrides=[Override("merge", "a1", "a2")])
    assert groups(identities) == [["a1", "a2"]]


def test_dictionary_reads_yaml_and_csv(tmp_path):
    y = tmp_path / "actors.yaml"
    y.write_text("- name: Ali Zeidan\n  aliases: [Zidan]\n  country: lby\n  sector: GOV\n  roles:\n"
                 "    - {title: prime minister, sector: GOV, start: 2012-11-14, end: 2014-03-11}\n")
    c = tmp_path / "actors.csv"
    c.write_text("name,aliases,kind,country,sector,roles\n"
                 "Ali Zeidan,Zidan|Ali Zidan,person,LBY,GOV,GOV prime minister 2012-11-14..2014-03-11\n")
    for path in (y, c):
        (entry,) = load(path)
        assert entry.name == "Ali Zeidan" and "Zidan" in entry.aliases and entry.country == "LBY"
        assert entry.roles[0].start == dt.date(2012, 11, 14) and entry.roles[0].end == dt.date(2014, 3, 11)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,country\nSomeone,Libya\n")
    with pytest.raises(ConfigError) as refused:
        load(bad)
    assert "bad.csv:2" in str(refused.value) and "alpha-3" in str(refused.value)


def report(i, doc, published, *, type="COERCE", source="hifter", target="parliament", day=18, place="Tripoli",
           lat=32.9, lon=13.2, text="Hifter's forces seized parliament in Tripoli", precision="day", certainty="asserted"):
    d = dt.date(2014, 5, day)
    return Report(i, doc, published, type, certainty, source, target, source, target, d, d, precision, place,
                  lat, lon, text, 0)


def test_dedup_joins_reports_of_one_event_across_documents():
    a = report("r1", "d1", dt.date(2014, 5, 19))
    b = report("r2", "d2", dt.date(2014, 5, 18), text="Forces loyal to Haftar seized the parliament building in Tripoli")
    c = report("r3", "d3", dt.date(2014, 5, 20), day=19, place="Tripoli")
    members = {m.report_id: m for m in deduplicate([a, b, c])}
    assert members["r1"].event_id == members["r2"].event_id == members["r3"].event_id == "r2"  # earliest leads
    assert members["r2"].why == "lead report" and "same source hifter" in members["r1"].why


def test_dedup_keeps_apart_what_contradicts():
    base = report("r1", "d1", dt.date(2014, 5, 19))
    others = [
        report("r2", "d2", None, target="airport"),  # another target
        report("r3", "d3", None, day=25),  # outside the date window
        report("r4", "d4", None, place="Tripoli (Lebanon)", lat=34.4, lon=35.8),  # another Tripoli
        report("r5", "d5", None, type="ASSAULT"),  # another type
        report("r6", "d6", None, certainty="negated"),
        report("r7", "d1", None),  # the same document: extraction already decided
        report("r8", "d8", None, precision="year"),  # too coarse to tell
    ]
    members = deduplicate([base] + others)
    assert all(m.event_id == m.report_id for m in members)
    assert all(m.event_id == m.report_id for m in deduplicate([base, others[0]], DedupSettings(enabled=False)))


def test_dedup_ids_do_not_depend_on_input_order():
    reports = [report(f"r{i}", f"d{i}", dt.date(2014, 5, 18 + i % 3)) for i in range(6)]
    first = {m.report_id: m.event_id for m in deduplicate(reports)}
    second = {m.report_id: m.event_id for m in deduplicate(list(reversed(reports)))}
    assert first == second and len(set(first.values())) == 1


def test_store_migrates_a_version_1_file(tmp_path):
    import duckdb

    from khaldun.store import Store
    from khaldun.store.schema import EVENT_COLUMNS

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute(f"CREATE TABLE events ({EVENT_COLUMNS})")
    con.execute("INSERT INTO events (id, document_id, type) VALUES ('e1', 'd1', 'ASSAULT')")
    con.close()
    with Store(path) as store:
        assert store.query("SELECT id, type FROM event_reports") == [("e1", "ASSAULT")]
        assert store.query("SELECT count(*) FROM events") == [(0,)]
        assert store.resolve_pending()
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [("3",)]


def test_store_migrates_a_version_2_file_to_reported_dates(tmp_path):
    """Version 2 files gain the publication date as written, warnings, and each event's
    ``reported`` date; an event whose date was all nulls exports ``date: null``."""
    import json

    import duckdb

    from khaldun.store import Store

    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, title VARCHAR, subtitle VARCHAR, url VARCHAR, "
                "author VARCHAR, outlet VARCHAR, published DATE, language VARCHAR, text VARCHAR, source VARCHAR, "
                "run_id VARCHAR, ingested_at TIMESTAMP)")
    con.execute("INSERT INTO documents (id, published, text) VALUES ('d1', DATE '2020-06-15', 'x'), ('d2', NULL, 'y')")
    old_columns = [c for c in _v2_event_columns()]
    con.execute(f"CREATE TABLE event_reports ({', '.join(old_columns)})")
    con.execute(f"CREATE TABLE events ({', '.join(old_columns)})")
    undated = {"id": "e1", "date": {"text": None, "start": None, "end": None, "precision": None}, "mentions": []}
    dated = {"id": "e2", "date": {"text": "on Friday", "start": "2020-06-12", "end": "2020-06-12",
                                  "precision": "day"}, "mentions": [{"a": {"b": 1}}]}
    con.execute("INSERT INTO event_reports (id, document_id, record) VALUES (?, 'd1', ?), (?, 'd2', ?)",
                ["e1", json.dumps(undated), "e2", json.dumps(dated)])
    con.close()
    with Store(path) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [("3",)]
        rows = dict(store.query("SELECT id, record FROM event_reports"))
        e1, e2 = json.loads(rows["e1"]), json.loads(rows["e2"])
        assert e1["date"] is None and e1["reported"] == "2020-06-15"
        assert e2["date"]["start"] == "2020-06-12" and e2["reported"] is None and e2["mentions"] == [{"a": {"b": 1}}]
        assert store.query("SELECT published_text, warnings FROM documents WHERE id = 'd1'") == [(None, None)]
        assert store.resolve_pending()


def _v2_event_columns():
    from khaldun.store.schema import EVENT_COLUMNS

    columns = [c.strip() for c in EVENT_COLUMNS.split(",")]
    return [c for c in columns if not c.startswith(("reported", "date_rule"))]


def test_resolution_reads_report_columns_and_asks_for_records_a_batch_of_whole_events(pipeline, tmp_path,
                                                                                      monkeypatch):
    """Deduplication compares summaries read from the reports' columns; the records are read a
    batch at a time as events are built, each report once, an event's reports in one batch, and
    the events are those of reading every record at once."""
    import json

    import khaldun.resolve as resolution
    from khaldun.ingest.documents import make_document
    from khaldun.runner import resolve_database
    from khaldun.store import Store

    text = "Police arrested ten protesters in Bamako, Mali, on Monday. Rebels shelled Gao on Tuesday."
    documents = [make_document(text, id=f"d{i}", published=f"2020-01-0{6 + i}") for i in range(3)]
    with Store(tmp_path / "k.duckdb") as store:
        store.write_many(list(pipeline.process(documents)), "r1")
        local, reports, roles, dictionary, overrides = store.resolution_inputs()
        reports = list(reports)
        records = {i: json.loads(r) for i, r in store.query("SELECT id, record FROM event_reports")}
        assert len(reports) == len(records) >= 6
        for r in reports:
            record = records[r.id]
            assert (r.document_id, r.type, r.certainty, r.source, r.target, r.text, r.position) == (
                record["document_id"], record["type"], record["certainty"], (record["source"] or {}).get("id"),
                (record["target"] or {}).get("id"), record["text"], record["trigger_span"][0])
            assert (str(r.start), r.precision, r.place) == (record["date"]["start"], record["date"]["precision"],
                                                            record["location"]["name"])
        resolve_database(store)
        at_once = store.events()

        asked = []

        def batch(ids):
            asked.append(ids)
            return store.report_records(ids)

        monkeypatch.setattr(resolution, "RECORD_BATCH", 2)
        result = resolution.resolve(local, iter(reports), batch, roles, dictionary, overrides)
        events = list(result.events)
        groups: dict[str, set[str]] = {}
        for m in result.members:
            groups.setdefault(m.event_id, set()).add(m.report_id)
        assert len(events) == len(groups) < len(reports)  # the three documents report the same events
        assert len(asked) > 1 and sorted(i for ids in asked for i in ids) == sorted(records)
        assert all(any(group <= set(ids) for ids in asked) for group in groups.values())
        assert sorted(json.dumps(e, sort_keys=True) for e in events) == sorted(
            json.dumps(e, sort_keys=True) for e in at_once)



def test_a_resolution_that_fails_while_its_events_are_built_leaves_the_previous_one(pipeline, tmp_path):
    """The events are staged in a temporary table before the transaction that replaces the
    resolved tables: a failure while they are built changes nothing and leaves no staged rows."""
    from khaldun.ingest.documents import make_document
    from khaldun.resolve import Resolution
    from khaldun.runner import resolve_database
    from khaldun.store import Store

    document = make_document("Police arrested ten protesters in Bamako, Mali, on Monday.", id="d1",
                             published="2020-01-06")
    with Store(tmp_path / "k.duckdb") as store:
        store.write_many(list(pipeline.process([document])), "r1")
        resolve_database(store)
        before = store.events()

        def failing():
            yield before[0]
            raise RuntimeError("interrupted")

        with pytest.raises(RuntimeError):
            store.write_resolution(Resolution([], [], failing(), [], 1), "r2")
        assert before and store.events() == before
        assert store.query("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'staged_events'") == [(0,)]


def test_names_fold_letters_unicode_does_not_decompose():
    from khaldun.resolve.names import fold

    assert fold("Kılıçdaroğlu") == "kilicdaroglu" and fold("Michał") == "michal"
    assert fold("Jonas Gahr Støre") == "jonas gahr store" and fold("Đukanović") == "djukanovic"


def test_names_a_particle_ends_no_name():
    from khaldun.resolve.names import name_words

    assert name_words("Li Bin") == ["li", "bin"] and name_words("Osama bin Laden") == ["osama", "laden"]
