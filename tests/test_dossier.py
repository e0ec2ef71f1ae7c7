"""Actors and events across documents, the dossier and the network, through the real CLI."""

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources

import duckdb
import pytest

SAMPLE = str(resources.files("khaldun") / "sample" / "articles.jsonl")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed article and the sample corpus ingested once; each test works on its own copy."""
    from conftest import SEED

    if not SEED.exists():
        pytest.skip(f"the shared example document is missing: expected {SEED} (../shared beside the checkout)")
    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    proc = subprocess.run([sys.executable, "-m", "khaldun.cli", "ingest", str(SEED), SAMPLE, "--date",
                           "2014-05-19", "--quiet", "--db", str(db)], capture_output=True, text=True,
                          env=dict(os.environ), timeout=600)
    assert proc.returncode == 0, proc.stderr
    return db


@pytest.fixture
def corpus_db(cli, built):
    shutil.copy(built, cli.db)
    return cli


def test_dossier_hifter_one_actor_with_affiliations_in_order(corpus_db):
    out = json.loads(corpus_db("actor", "Hifter", "--json").stdout)
    assert out["name"] in ("Khalifa Hifter", "Khalifa Haftar") and "Khalifa Haftar" in out["aliases"] + [out["name"]]
    again = json.loads(corpus_db("actor", "Haftar", "--json").stdout)
    assert again["id"] == out["id"]  # found under either spelling
    ties = [(a["relation"], a["other"]) for a in out["affiliations"]]
    # one person the source files twice: either of its names
    expected = [("ally_of", ("Muammar Gaddafi", "Muammar al Qaddafi")), ("held_in", "Chad"), ("leader_of", None),
                ("resided_in", None),
                ("founder_of", "Libyan National Army")]
    positions = []
    for relation, other in expected:
        hits = [i for i, (r, o) in enumerate(ties) if r == relation and (other is None or o in (
            other if isinstance(other, tuple) else (other,)))]
        assert hits, (relation, other, ties)
        positions.append(hits[0])
    assert positions == sorted(positions), ties
    nfsl = next(a for a in out["affiliations"] if a["relation"] == "leader_of")
    assert "Salvation" in nfsl["other"] and nfsl["date"]["start"].startswith("198")
    dc = next(a for a in out["affiliations"] if a["relation"] == "resided_in")
    assert dc["date"]["end"] == "2011-12-31" and dc["place_country"] == "USA"
    assert all(a["text"] and a["document_id"] for a in out["affiliations"])
    types = {(t["role"], t["type"]) for t in out["timeline"]}
    assert ("source", "ASSAULT") in types and len({t for r, t in types if r == "source"}) >= 2  # several kinds of act
    readable = corpus_db("actor", "Haftar").stdout
    assert "roles and affiliations" in readable and "events" in readable


def test_dossier_headline_and_body_are_one_event_and_reports_merge_across_documents(corpus_db):
    events = [json.loads(line) for line in corpus_db("export", "--format", "jsonl").stdout.splitlines()]
    seizure = [e for e in events if e["type"] == "ASSAULT" and (e["target"] or {}).get("name") == "Libyan parliament"
               and (e["date"] or {}).get("start") == "2014-05-18"]
    assert len(seizure) == 1, [(e["trigger"], e["source"]) for e in seizure]
    e = seizure[0]
    triggers = {m["trigger"] for m in e["mentions"]}
    assert "Seizes" in triggers and any("took" in t or "taken" in t for t in triggers)  # headline and body
    assert e["sources"] == 2 and len({m["document_id"] for m in e["mentions"]}) == 2
    assert e["location"]["name"] == "Tripoli" and e["location"]["country"] == "LBY"
    assert all(m["why"] for m in e["mentions"])
    again = corpus_db("ingest", str(SAMPLE), "--quiet").stdout
    assert "0 documents added" in again
    ids = sorted(json.loads(line)["id"] for line in corpus_db("export", "--format", "jsonl").stdout.splitlines())
    assert ids == sorted(x["id"] for x in events)  # a re-run gives the same ids


def test_dossier_two_zeidans_and_two_tripolis_stay_apart(corpus_db):
    con = duckdb.connect(str(corpus_db.db), read_only=True)
    zeidans = con.execute("SELECT name, country FROM actor_registry WHERE name ILIKE '%zeidan%' ORDER BY name").fetchall()
    tripolis = con.execute("SELECT DISTINCT location_country FROM events WHERE location_name = 'Tripoli'").fetchall()
    con.close()
    assert ("Ali Zeidan", "LBY") in zeidans and ("Karim Zeidan", "LBN") in zeidans
    assert {c for (c,) in tripolis} == {"LBY", "LBN"}


def test_dossier_hand_split_and_dictionary_survive_reingest(corpus_db, tmp_path, seed_path):
    def maiteeqs():
        return [line for line in corpus_db("actors", "list", "Ahmed Ma").stdout.splitlines() if "teeq" in line]

    assert len(maiteeqs()) == 1  # two spellings joined by name
    corpus_db("actors", "split", "Ahmed Maiteeq", "Ahmed Malteeq")
    assert len(maiteeqs()) == 2
    corpus_db("ingest", str(seed_path), SAMPLE, "--quiet")
    assert len(maiteeqs()) == 2
    corpus_db("actors", "merge", "Ahmed Maiteeq", "Ahmed Malteeq")
    assert len(maiteeqs()) == 1
    # the user's dictionary overrides the knowledge base for the actor it defines
    dictionary = tmp_path / "mine.yaml"
    dictionary.write_text("- name: Khalifa Haftar\n  aliases: [Khalifa Hifter, Hifter, Hiftar]\n  country: LBY\n"
                          "  sector: MIL\n  roles:\n    - {title: general, sector: REB, start: 1987-01-01, end: 1990-12-31}\n")
    corpus_db("actors", "load", str(dictionary))
    out = json.loads(corpus_db("actor", "Hifter", "--json").stdout)
    assert out["name"] == "Khalifa Haftar" and out["also_matching"] == []
    # a dated role recodes the actor's events in that period
    capture = [t for t in out["timeline"] if t["type"] == "COERCE" and ((t["date"] or {}).get("start") or "").startswith("1987")]
    assert capture
    events = [json.loads(x) for x in corpus_db("export", "--format", "jsonl", "--actor", "Hiftar").stdout.splitlines()]
    early = [e for e in events if ((e["date"] or {}).get("start") or "9") < "1990" and (e["target"] or {}).get("name") == "Khalifa Haftar"]
    assert early and all(e["target"]["sector"] == "REB" for e in early)


def test_dossier_network_graphml_and_json(corpus_db, tmp_path):
    out = tmp_path / "net.graphml"
    corpus_db("network", "--format", "graphml", "--out", str(out), "--since", "2014-01-01", "--until", "2014-12-31")
    root = ET.parse(out).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.findall(".//g:node", ns)
    edges = root.findall(".//g:edge", ns)
    assert nodes and edges
    net = json.loads(corpus_db("network", "--format", "json", "--actor", "Hifter").stdout)
    names = {n["name"] for n in net["nodes"]}
    assert "Libyan parliament" in names
    assert all(sum(e["types"].values()) == e["events"] for e in net["edges"])


def test_dossier_unknown_actor_says_what_to_do(corpus_db):
    proc = corpus_db("actor", "Nobody Atall", check=False)
    assert proc.returncode != 0 and "khaldun actors list" in proc.stderr
