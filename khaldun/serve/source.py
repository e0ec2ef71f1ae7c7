"""The database a server reads: opened read-only, swapped without downtime when the file is replaced.

An ingest cannot write into a file that a reader holds open (DuckDB locks it), so a served
database is refreshed by publishing: ingest into a working file, then ``khaldun publish`` copies
it next to the served file and renames it over that file in one step. The server notices the new
file at its next request and opens it; requests already running finish on the old one.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..store import Store


class QueryTimeout(Exception):
    """A query ran past the server's time limit and was interrupted."""


class ServedDatabase:
    """A read-only khaldun database that follows its path when the file is replaced."""

    def __init__(self, path: str | Path, query_timeout: float = 10.0, check_every: float = 1.0):
        self.path = Path(path)
        self.query_timeout = query_timeout
        self.check_every = check_every
        self._lock = threading.Lock()
        self._store = Store.attached(self.path)
        self._identity = _identity(self.path)
        self._checked = time.monotonic()
        self.loaded_at = time.time()

    @contextmanager
    def reader(self, timeout: float | None = None) -> Iterator[Store]:
        """A store view for one request; its queries are interrupted after ``timeout`` seconds
        (the server's query time limit unless given)."""
        served = self._current()  # held until the request ends, even if a new file is opened meanwhile
        store = served.reader()
        timeout = timeout or self.query_timeout
        timer = threading.Timer(timeout, store.con.interrupt)
        timer.start()
        try:
            yield store
        except duckdb.InterruptException:
            raise QueryTimeout(f"The query ran longer than {timeout:g} s and was stopped; "
                               "narrow the filters (a date range, a type or a country).") from None
        finally:
            timer.cancel()
            store.con.close()
            del served

    def reload(self) -> bool:
        """Open the file at the path now if it is not the one being served; True if it changed."""
        with self._lock:
            identity = _identity(self.path)
            if identity is None or identity == self._identity:
                return False
            fresh = Store.attached(self.path)
            self._store, self._identity, self.loaded_at = fresh, identity, time.time()
            # the previous store closes when the last request using it lets go of it
            return True

    def close(self) -> None:
        self._store.close()

    def _current(self) -> Store:
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self._checked = now
            try:
                self.reload()
            except StoreError:
                pass  # a half-published or foreign file: keep serving the one we have
        return self._store


def publish(source: str | Path, target: str | Path) -> Path:
    """Copy a database to ``target`` atomically: readers see the old file or the new, never a
    partial one. The source must not be open for writing (an ingest running on it)."""
    source, target = Path(source), Path(target)
    with Store(source, read_only=True):  # fails clearly if this is not a khaldun database
        pass
    if source.resolve() == target.resolve():
        raise StoreError(f"{source} and {target} are the same file; publish to another path.", code="E405")
    try:  # fold any write-ahead log into the file, so the copy has every committed row
        duckdb.connect(str(source)).execute("CHECKPOINT").close()
    except duckdb.Error as exc:
        raise StoreError(f"Cannot publish {source}: {exc}. Is an ingest still writing to it?", code="E402") from None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        shutil.copyfile(source, partial)
        with Store(partial, read_only=True):  # the copy opens and has the schema this khaldun reads
            pass
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size
