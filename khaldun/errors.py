"""Coded errors. Every message says what went wrong and what to do next.

Errors are picklable (so they cross worker processes) and marked terminal or transient, so a
batch runner can decide whether a retry can help.
"""

from __future__ import annotations


class KhaldunError(Exception):
    """Base of all khaldun errors; carries a stable code such as ``E101``."""

    code = "E000"
    transient = False

    def __init__(self, message: str, *, code: str | None = None):
        self.message = message
        if code:
            self.code = code
        super().__init__(f"[{self.code}] {message}")

    def __reduce__(self):
        return (_rebuild, (type(self), self.message, self.code))


def _rebuild(cls, message, code):
    return cls(message, code=code)


class InputError(KhaldunError):
    """An input cannot be read as a document (ingest rejects it, the run goes on)."""

    code = "E100"


class ConfigError(KhaldunError):
    """A setting, option or data file is invalid."""

    code = "E200"


class ModelError(KhaldunError):
    """The spaCy pipeline named in the settings cannot be loaded."""

    code = "E300"


class StoreError(KhaldunError):
    """The database cannot be opened or is of an unknown schema."""

    code = "E400"
    transient = True


# Rejection codes recorded for inputs that cannot become documents.
REJECT_UNREADABLE = "E101"
REJECT_BINARY = "E102"
REJECT_EMPTY = "E103"
REJECT_BAD_JSON = "E104"
REJECT_NO_TEXT = "E105"
REJECT_BAD_DATE = "E106"
REJECT_UNSUPPORTED = "E107"
REJECT_TOO_LARGE = "E108"
REJECT_FAILED = "E109"
REJECT_LANGUAGE = "E110"
REJECT_BAD_METADATA = "E111"

# Warnings recorded against a document that is kept.
WARN_UNREADABLE_DATE = "W106"  # the publication date names no date: dropped, the document kept
