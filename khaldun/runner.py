"""Ingest runs: read inputs, skip what the database has, extract the rest, store, report."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import ingest
from .config import Settings
from .pipeline import Pipeline
from .records import Document, Rejection
from .store import Store

# A store transaction has a fixed cost (the commit, one insert per table) that dwarfs a few
# documents' rows, so extractions are written in batches of up to this many documents, or of
# what arrived within this many seconds when extraction is slow: a crash loses at most that
# much work, which the next run redoes.
STORE_BATCH = 256
STORE_EVERY_S = 1.0


@dataclass
class IngestReport:
    run_id: str
    documents_added: int = 0
    documents_skipped: int = 0  # already in the database
    documents_changed: int = 0  # in the database with another text: extracted again
    resolve_seconds: float = 0.0  # time spent resolving actors and events across documents
    events_added: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def ingest_paths(store: Store, paths: Iterable[str | Path], *, date: dt.date | None = None,
                 settings: Settings | None = None, pipeline: Pipeline | None = None,
                 progress: Callable[[int], None] | None = None) -> IngestReport:
    """Ingest files and directories into ``store``. Re-running adds nothing new.

    ``progress`` is called with the number of inputs handled since the last call.
    """
    settings = settings or Settings.from_env()
    pipeline = pipeline or Pipeline(settings)
    paths = [str(p) for p in paths]
    run_id = store.begin_run("ingest", pipeline.versions(), settings.describe() | {"date": str(date) if date else None},
                             paths)
    report = IngestReport(run_id)
    status = "failed"
    pending = []
    since = 0.0  # when the oldest pending extraction arrived

    def flush() -> None:
        docs, events = store.write_many(pending, run_id)
        report.documents_added += docs
        report.events_added += events
        pending.clear()

    try:
        for x in pipeline.process(_new_documents(store, ingest.read(paths, date, settings.max_chars),
                                                 settings.batch_size, report, run_id, progress)):
            if not pending:
                since = time.monotonic()
            pending.append(x)
            if progress:
                progress(1)
            if len(pending) >= STORE_BATCH or time.monotonic() - since >= STORE_EVERY_S:
                flush()
        if pending:
            flush()
        if report.documents_added or store.resolve_pending():
            started = time.perf_counter()
            resolve_database(store, settings, run_id)
            report.resolve_seconds = time.perf_counter() - started
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        if pending:
            flush()  # what was extracted before the interrupt is kept
        raise
    finally:
        store.finish_run(run_id, report.documents_added, report.documents_skipped, len(report.rejected),
                         report.events_added, status)
    return report


def _new_documents(store: Store, items: Iterator[Document | Rejection], batch: int, report: IngestReport,
                   run_id: str, progress) -> Iterator[Document]:
    """Documents the database does not hold yet, or holds with another text (a JSONL record
    updated under its id: the old version is forgotten first); rejections are stored as they come."""
    pending: list[Document] = []
    seen: set[str] = set()  # ids of this run, which may not be written yet when the next batch comes

    def flush() -> Iterator[Document]:
        known = store.document_digests([d.id for d in pending])
        for d in pending:
            if d.id in seen or known.get(d.id) == hashlib.md5(d.text.encode("utf-8")).hexdigest():
                report.documents_skipped += 1
                if progress:
                    progress(1)
                continue
            if d.id in known:
                store.forget_documents([d.id])
                report.documents_changed += 1
            seen.add(d.id)
            yield d
        pending.clear()

    for item in items:
        if isinstance(item, Rejection):
            store.reject(item, run_id)
            report.rejected.append(item)
            if progress:
                progress(1)
            continue
        pending.append(item)
        if len(pending) >= batch:
            yield from flush()
    yield from flush()


def resolve_database(store: Store, settings: Settings | None = None, run_id: str | None = None) -> dict:
    """Resolve actors and events across every document of the database; returns counts."""
    from .about import __version__
    from .resolve import resolve

    settings = settings or Settings.from_env()
    own_run = run_id is None
    if own_run:
        run_id = store.begin_run("resolve", {"khaldun": __version__}, settings.describe())
    local, reports, roles, dictionary, overrides = store.resolution_inputs()
    result = resolve(local, reports, store.report_records, roles, dictionary, overrides, settings)
    store.write_resolution(result, run_id)  # builds the event records as it writes them
    counts = {"actors": len(result.actors), "local_actors": len(local), "reports": len(result.members),
              "events": result.event_count,
              "merged_reports": sum(1 for m in result.members if m.event_id != m.report_id)}
    if own_run:
        store.finish_run(run_id, 0, 0, 0, result.event_count)
    return counts
