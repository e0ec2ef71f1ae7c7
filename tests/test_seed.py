"""The example document end to end: ingest with the CLI, export JSONL, check what an analyst would."""

import json

import pytest

from conftest import find


@pytest.fixture
def seed_events(cli, seed_path):
    cli("ingest", str(seed_path), "--date", "2014-05-19", "--quiet")
    return [json.loads(line) for line in cli("export", "--format", "jsonl").stdout.splitlines()]


def pick(events, trigger, type):
    hits = find(events, trigger, type)
    assert hits, f"missing {type} {trigger!r}: {[(e['trigger'], e['type']) for e in events]}"
    return hits


def is_hifter(actor):
    return actor is not None and ("Hifter" in actor["name"] or "Haftar" in actor["name"])  # either spelling


def test_seed_marines_mobilize_to_sicily(seed_events):
    (e,) = pick(seed_events, "deployment", "MOBILIZE")
    assert e["source"]["country"] == "USA" and e["source"]["sector"] == "MIL"
    assert e["date"]["start"] == e["date"]["end"] == "2014-05-14"
    assert e["location"]["name"] == "Sicily" and e["location"]["country"] == "ITA"


def test_seed_assault_on_tripoli_four_days_later(seed_events):
    (e,) = pick(seed_events, "attacked", "ASSAULT")
    assert is_hifter(e["source"]) and e["source"]["country"] == "LBY" and e["source"]["sector"] == "MIL"
    assert e["date"]["start"] == "2014-05-18" and e["date"]["precision"] == "day"
    assert (e["location"]["name"], e["location"]["country"]) == ("Tripoli", "LBY")
    assert e["acled"]["event_type"] == "Battles"


def test_seed_seizure_of_parliament(seed_events):
    seizures = [e for e in seed_events if e["type"] == "ASSAULT" and e["cameo"] == "192" and e["target"]
                and e["target"]["sector"] == "LEG" and e["date"] and e["date"]["start"] == "2014-05-18"]
    assert len(seizures) == 1  # one seizure, reported three times
    (e,) = seizures
    assert is_hifter(e["source"]) and e["target"]["country"] == "LBY"
    assert e["location"]["name"] == "Tripoli" and e["location"]["country"] == "LBY"
    triggers = [m["trigger"] for m in e["mentions"]]
    assert "took over" in triggers and "Seizes" in triggers  # the body and the headline


def test_seed_attack_on_benghazi_on_friday(seed_events):
    e = next(e for e in pick(seed_events, "attack", "ASSAULT") if e["location"] and e["location"]["name"] == "Benghazi")
    assert is_hifter(e["source"])
    assert e["date"]["start"] == "2014-05-16"


def test_seed_government_criticises_and_sends_the_army(seed_events):
    (crit,) = pick(seed_events, "critical", "ACCUSE")
    assert (crit["source"]["country"], crit["source"]["sector"]) == ("LBY", "GOV")
    assert is_hifter(crit["target"]) and crit["date"]["start"] == "2014-05-16"
    (send,) = pick(seed_events, "sending", "MOBILIZE")
    assert (send["source"]["country"], send["source"]["sector"]) == ("LBY", "GOV")
    assert send["location"]["name"] == "Benghazi"  # "to the outskirts of the city"


def test_seed_castigates_parliament_and_threatens_a_purge(seed_events):
    (e,) = pick(seed_events, "castigated", "ACCUSE")
    assert is_hifter(e["source"]) and e["target"]["sector"] == "LEG"
    purge = pick(seed_events, "purge", "THREATEN")
    assert all(is_hifter(p["source"]) for p in purge)
    assert any(p["target"] and p["target"]["name"] == "Islamists" for p in purge)


def test_seed_decades_old_events_keep_their_own_time(seed_events):
    (capture,) = pick(seed_events, "captured", "COERCE")
    assert is_hifter(capture["target"]) and capture["location"]["country"] == "TCD"
    assert capture["date"]["precision"] == "decade" and capture["date"]["start"].startswith("198")
    (backing,) = pick(seed_events, "backed", "SUPPORT")[:1]
    assert backing["source"]["name"] == "CIA" and backing["source"]["country"] == "USA"
    assert "NFSL" in backing["target"]["name"] or "Salvation" in backing["target"]["name"]
    assert backing["date"] is None or backing["date"]["start"] is None or backing["date"]["start"] < "2000"


def test_seed_hedges_and_questions(seed_events):
    hedged = [e for e in seed_events if e["certainty"] == "hedged"]
    assert any(e["trigger"] == "attack" and "suggest" in e["text"] for e in hedged)
    assert any(e["certainty"] == "question" and e["text"].endswith("?") for e in seed_events)
    plan = [e for e in find(seed_events, "evacuate") if "embassy" in (e["target"] or {}).get("text", "")]
    assert plan and plan[0]["certainty"] == "negated"  # "nor any imminent plan to evacuate the embassy"


def test_seed_without_a_date_invents_none(cli, seed_path, tmp_path):
    bare = tmp_path / "bare.txt"  # the text alone, without its sidecar metadata
    bare.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    cli("ingest", str(bare), "--quiet")
    events = [json.loads(line) for line in cli("export", "--format", "jsonl").stdout.splitlines()]
    assert events
    for e in events:
        date = e["date"] or {}
        assert not (date.get("start") or "").startswith("2014"), e
        assert not (date.get("end") or "").startswith("2014"), e
        assert e["reported"] is None
    (capture,) = pick(events, "captured", "COERCE")
    assert capture["date"]["start"] == "1987-01-01"  # the text itself dates it


def test_seed_dates_come_from_each_event_s_own_evidence(seed_events):
    """Every dated event names the expression and the rule that dated it; the rest say only when
    they were reported."""
    for e in seed_events:
        assert e["reported"] == "2014-05-19"
        if e["date"] is not None:
            assert e["date"]["rule"] in ("own", "coordinated", "governor", "clause", "temporal-clause", "anchor",
                                             "after", "mention", "reporting", "present"), e
    (attack,) = pick(seed_events, "attacked", "ASSAULT")
    assert attack["date"]["rule"] == "anchor" and "four days later" in attack["date"]["text"]
    (took,) = [e for e in seed_events if "took over" in [m["trigger"] for m in e["mentions"]]][:1]
    assert took["date"]["start"] == "2014-05-18"
    (castigated,) = pick(seed_events, "castigated", "ACCUSE")
    assert castigated["date"] is None  # "has since castigated": after Sunday, but no date of its own
