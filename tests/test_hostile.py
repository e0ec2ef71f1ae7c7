"""A corpus of hostile inputs, made here, through the real ``khaldun ingest``: each input is
rejected with a clear, coded reason or processed within bounded time and memory, and the good
documents beside them come through unharmed. Ingesting it again adds nothing."""

import json
import os
import resource
import subprocess
import sys
import time

import duckdb
import pytest

ENGLISH = ("Rebels attacked an army base near Kidal on Friday, killing four soldiers, officials said. "
           "The government condemned the attack and sent reinforcements to the region.")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """Write the corpus; return (directory, {file or file:line: expected code or None if accepted})."""
    d = tmp_path_factory.mktemp("hostile")
    expect = {}

    def put(name, data, code):
        path = d / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expect[name] = code

    put("good.txt", "Fighting in Mali\n\n" + ENGLISH, None)
    put("binary.txt", bytes(range(256)) * 64, "E102")
    put("random.txt", os.urandom(50_000), "E102")
    put("empty.txt", "", "E103")
    put("whitespace.txt", " \n\t\n  ", "E103")
    put("utf16-bom.txt", ("Clashes in Gao\n\n" + ENGLISH).encode("utf-16"), None)
    put("utf16-no-bom.txt", ENGLISH.encode("utf-16-le"), "E102")
    put("mixed-encoding.txt", ENGLISH.encode("utf-8") + " Caf\xe9 owners protested.".encode("cp1252"), None)
    put("latin1.txt", ("Protests in Bogot\xe1\n\n" + ENGLISH).encode("latin-1"), None)
    with open(d / "huge.txt", "wb") as fh:  # 200 MB, refused before it is read
        fh.truncate(200 * 1024 * 1024)
    expect["huge.txt"] = "E108"
    put("paragraph-10mb.txt", ("the militia fired on the convoy and " * 300_000)[:10_000_000], "E108")
    put("long-paragraph.txt", " ".join(["soldiers fired on protesters near the airport and"] * 1_500), None)
    put("nested.html", "<html><body>" + "<div>" * 50_000 + "<p>" + ENGLISH + "</p>" + "</div>" * 50_000
        + "</body></html>", "any")
    put("broken.html", "<html><head><title>Raid in Goma</title><body><article><p>" + ENGLISH
        + "<p>Witnesses said the fighting lasted hours.<div><span>unclosed", None)
    put("arabic.txt", "اشتبك مسلحون مع قوات الجيش قرب مطار طرابلس يوم الاثنين وقال شهود إن " * 20, "E110")
    put("french.txt", ("Des rebelles ont attaqué une base militaire près de Kidal vendredi, tuant quatre "
                       "soldats, selon des responsables. Le gouvernement a condamné l'attaque. ") * 5, "E110")
    put("photo.png", b"\x89PNG\r\n\x1a\n" + os.urandom(200), "E107")
    lines = [
        json.dumps({"id": "j-good-1", "date": "2020-06-15", "text": ENGLISH}),
        "{not json",
        json.dumps([1, 2, 3]),
        json.dumps({"id": "j-number", "text": 5}),
        "x" * (25 * 1024 * 1024),  # one line longer than any article could be
        json.dumps({"id": "j-future", "date": "2999-01-01", "text": ENGLISH}),
        json.dumps({"id": "j-ancient", "date": "0099-01-01", "text": ENGLISH}),
        json.dumps({"id": "j-nonsense-date", "date": "yesterday", "text": ENGLISH}),
        json.dumps({"id": "j-dict-title", "title": {"a": 1}, "text": ENGLISH}),
        json.dumps({"id": ["a", "list"], "text": ENGLISH}),
        json.dumps({"id": "j-text-in-title", "title": ENGLISH * 30, "text": ENGLISH}),
        json.dumps({"id": "j-good-2", "date": "2021-01-02", "title": "Ambush in Borno", "text": ENGLISH}),
    ]
    (d / "mixed.jsonl").write_text("\n".join(lines) + "\n")
    for n, code in enumerate([None, "E104", "E104", "E105", "E108", "E106", "E106", None, "E111", "E111",
                              "E111", None], 1):
        expect[f"mixed.jsonl:{n}"] = code
    return d, expect


def ingest(directory, db):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "khaldun.cli", "ingest", str(directory), "--quiet",
                           "--db", str(db)], capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - t0
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return proc, seconds, peak_mb


def test_hostile_corpus_is_rejected_or_processed_and_nothing_else_is_lost(hostile, tmp_path):
    directory, expect = hostile
    db = tmp_path / "h.duckdb"
    proc, seconds, peak_mb = ingest(directory, db)
    assert proc.returncode == 0, proc.stderr
    assert seconds < 240, f"the hostile corpus took {seconds:.0f} s"
    assert peak_mb < 3000, f"peak memory {peak_mb:.0f} MB"
    con = duckdb.connect(str(db), read_only=True)
    rejected = {src.removeprefix(str(directory) + "/"): (code, reason)
                for src, code, reason in con.execute("SELECT source, code, reason FROM rejections").fetchall()}
    sources = {src.removeprefix(str(directory) + "/")
               for (src,) in con.execute("SELECT source FROM documents").fetchall()}
    for name, code in expect.items():
        if code == "any":
            assert (name in rejected) != (name in sources), name  # one or the other, never both or neither
        elif code is None:
            assert name in sources and name not in rejected, f"{name} should be ingested: {rejected.get(name)}"
        else:
            assert name in rejected, f"{name} should be rejected with {code}"
            assert rejected[name][0] == code, (name, rejected[name])
            assert len(rejected[name][1]) > 20, rejected[name]
    assert len(rejected) + len(sources) == len(expect), "an input was neither stored nor rejected"
    # the good documents were coded as usual
    good = con.execute("SELECT count(*) FROM event_reports r JOIN documents d ON d.id = r.document_id "
                       "WHERE d.source LIKE '%good.txt' AND r.type = 'ASSAULT'").fetchone()[0]
    assert good >= 1
    counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "event_reports", "rejections")]
    con.close()
    # the messages name the problem and what to do
    assert "translate" in rejected["arabic.txt"][1] and "future" in rejected["mixed.jsonl:6"][1]
    again, _, _ = ingest(directory, db)
    assert again.returncode == 0, again.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "event_reports", "rejections")] == counts
    con.close()


def test_a_short_fuzz_of_the_readers_finds_nothing(tmp_path):
    """bench/fuzz.py (atheris) for a few seconds per reader target; the long run is `make fuzz`."""
    from conftest import ROOT

    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "fuzz.py"), "--seconds", "5", "readers", "jsonl"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rows = {line.split()[0]: line.split() for line in proc.stdout.splitlines()[1:3]}
    assert set(rows) == {"readers", "jsonl"}
    assert all(int(r[1].replace(",", "")) > 100 and r[3] == "0" for r in rows.values()), proc.stdout
