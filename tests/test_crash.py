"""A run killed at any moment (SIGKILL) and started again ends with exactly the records of an
uninterrupted run: no duplicates, no half-written documents."""

import json
import os
import random
import re
import signal
import threading
import subprocess
import sys
import time
from importlib import resources

import duckdb


def corpus(path, n=90):
    base = [json.loads(line) for line in
            (resources.files("khaldun") / "sample" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)], id=f"doc-{i:03d}")
            rec["text"] = f"(Report {i})\n\n{rec['text']}"
            fh.write(json.dumps(rec) + "\n")


def ingest(db, src, kill_at=None):
    """Run a real ingest; with ``kill_at``, SIGKILL it once its progress bar passes that many inputs."""
    cmd = [sys.executable, "-m", "khaldun.cli", "ingest", str(src), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_at is None:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()
        return
    seen = []

    def watch():
        buf = b""
        while True:
            chunk = proc.stderr.read(64)
            if not chunk:
                return
            buf = (buf + chunk)[-200:]
            done = re.findall(rb"(\d+)/90", buf)
            if done:
                seen.append(int(done[-1]))

    threading.Thread(target=watch, daemon=True).start()
    deadline = time.time() + 300
    while proc.poll() is None and time.time() < deadline and not (seen and seen[-1] >= kill_at):
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": sorted(r[0] for r in con.execute("SELECT id FROM documents").fetchall()),
            "events": sorted(con.execute("SELECT id, document_id, type, record FROM events").fetchall()),
            "mentions": con.execute("SELECT count(*), count(DISTINCT (document_id, start_char, end_char)) "
                                    "FROM mentions").fetchone(),
            "orphans": con.execute("SELECT count(*) FROM events WHERE document_id NOT IN "
                                   "(SELECT id FROM documents)").fetchone()[0],
        }
    finally:
        con.close()


def test_crash_killed_ingest_resumes_to_the_clean_result(tmp_path):
    src = tmp_path / "corpus.jsonl"
    corpus(src)
    clean = tmp_path / "clean.duckdb"
    ingest(clean, src)
    expected = snapshot(clean)
    assert len(expected["documents"]) == 90

    rng = random.Random(int(os.environ.get("KHALDUN_CRASH_SEED", "7")))
    crashed = tmp_path / "crashed.duckdb"
    partial_counts = []
    for _ in range(3):
        ingest(crashed, src, kill_at=rng.randint(5, 80))
        partial = snapshot(crashed)
        partial_counts.append(len(partial["documents"]))
        assert partial["orphans"] == 0  # no event without its document
        assert partial["mentions"][0] == partial["mentions"][1]  # no duplicated mention
    ingest(crashed, src)
    got = snapshot(crashed)
    assert any(0 < n < 90 for n in partial_counts), partial_counts  # some kill landed mid-run
    assert got["documents"] == expected["documents"]
    assert got["events"] == expected["events"]
    assert got["mentions"] == expected["mentions"]
    assert got["orphans"] == 0
