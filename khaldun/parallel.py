"""Extraction over several processes: each worker loads the model once and extracts batches of
documents; results come back in input order, with a bounded number of batches in flight so
memory stays flat however long the input is."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from .records import Document, Extraction

_worker_pipeline = None  # the pipeline of a worker process


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def process(pipeline, documents: Iterable[Document], workers: int, batch: int,
            load: Callable[[], object]) -> Iterator[Extraction]:
    """``pipeline.process_here`` spread over ``workers`` processes, in input order. Where processes
    cannot fork, each worker builds its own pipeline with ``load`` (a picklable callable)."""
    global _worker_pipeline
    in_flight = 2 * workers  # batches queued ahead: enough to keep workers busy, few enough to bound memory
    # fork shares the parent's loaded model (copy-on-write); elsewhere each worker loads its own
    fork = "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork" if fork else "spawn")
    _worker_pipeline = pipeline if fork else None
    with ctx.Pool(workers, initializer=None if fork else _load, initargs=() if fork else (load,)) as pool:
        pending: deque = deque()
        for chunk in batches(documents, batch):
            pending.append(pool.apply_async(_extract, (chunk,)))
            if len(pending) >= in_flight:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    _worker_pipeline = None


def _load(load: Callable[[], object]) -> None:
    global _worker_pipeline
    _worker_pipeline = load()


def _extract(documents: list[Document]) -> list[Extraction]:
    return list(_worker_pipeline.process_here(documents))


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
