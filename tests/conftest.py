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
        proc = subprocess.run([sys.executable, "-m", "khaldun.serve.cli", *args], capture_output=True,
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
