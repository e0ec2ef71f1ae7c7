"""Shared fixtures. The spaCy model is real and loaded once per session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "libya-hifter-2014.txt"


@pytest.fixture(scope="session")
def pipeline():
    import khaldun

    return khaldun.load_pipeline()


@pytest.fixture(scope="session")
def code(pipeline):
    """code(text, date=None) -> list of exported event dicts."""

    def run(text: str, date: str | None = "2020-06-15"):
        return [e.export() for e in pipeline.extract(text, date=date).events]

    return run


@pytest.fixture(scope="session")
def gaz():
    from khaldun import gazetteer

    return gazetteer.load()


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"the shared example document is missing: expected {SEED} (../shared beside the checkout)")
    return SEED


@pytest.fixture
def cli(tmp_path):
    """Run the real khaldun command in a subprocess with its own database file."""
    db = tmp_path / "test.duckdb"

    def run(*args: str, check: bool = True, input: str | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, KHALDUN_DB=str(db))
        proc = subprocess.run([sys.executable, "-m", "khaldun.cli", *args], capture_output=True,
                              text=True, env=env, cwd=tmp_path, input=input, timeout=600)
        if check and proc.returncode != 0:
            raise AssertionError(f"khaldun {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
        return proc

    run.db = db
    return run


def find(events: list[dict], trigger: str | None = None, type: str | None = None) -> list[dict]:
    """Events whose trigger contains ``trigger`` (case-insensitive) and whose type is ``type``."""
    out = []
    for e in events:
        if trigger and trigger.lower() not in e["trigger"].lower():
            continue
        if type and e["type"] != type:
            continue
        out.append(e)
    return out


def one(events: list[dict], trigger: str | None = None, type: str | None = None) -> dict:
    hits = find(events, trigger, type)
    assert hits, f"no event with trigger={trigger!r} type={type!r} in " + repr(
        [(e["trigger"], e["type"]) for e in events])
    return hits[0]


SAMPLE = ROOT / "khaldun" / "sample" / "articles.jsonl"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The bundled sample corpus ingested once through the real CLI (treat as read-only)."""
    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    proc = subprocess.run([sys.executable, "-m", "khaldun.cli", "ingest", str(SAMPLE), "--quiet",
                           "--db", str(db)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return db


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A real ``khaldun serve`` process on a loopback port."""

    def __init__(self, db: Path, *extra: str, env: dict | None = None):
        import httpx

        self.db, self.port = db, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "khaldun.cli", "serve", "--db", str(db),
                                      "--port", str(self.port), *extra], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, env=dict(os.environ, **(env or {})))
        self.http = httpx.Client(base_url=self.url, timeout=30)
        for _ in range(150):
            try:
                if self.http.get("/api/v1/health").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None:
                raise AssertionError(f"khaldun serve exited: {self.proc.stdout.read()}")
            import time

            time.sleep(0.2)
        self.stop()
        raise AssertionError("khaldun serve did not answer within 30 s")

    def get(self, path: str, **params):
        return self.http.get(path, params=params)

    def stop(self) -> str:
        self.http.close()
        self.proc.terminate()
        try:
            out, _ = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, _ = self.proc.communicate()
        return out


@pytest.fixture(scope="session")
def server(sample_db, tmp_path_factory):
    """``khaldun serve`` over a copy of the sample database, for the whole session."""
    import shutil

    db = tmp_path_factory.mktemp("served") / "served.duckdb"
    shutil.copy(sample_db, db)
    srv = Server(db, "--admin-token", "s3cret-token")
    yield srv
    srv.stop()
