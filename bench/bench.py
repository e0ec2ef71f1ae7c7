"""Throughput and memory of the khaldun pipeline against the bare spaCy parse of the same texts.

    python bench/bench.py [--part all|main|skip] [--sizes 200,1000,5000] [--workers 1,2] [--no-spark]
                          [--batch-size 16] [--skip-articles 400] [--skip-workers 1] [--repeat 3]

main: for each corpus size, each measurement runs in its own process (so its peak memory is its
own): the bare spaCy parse (``nlp.pipe``, with as many processes as khaldun has workers);
khaldun's full ingest into a fresh DuckDB file (read, parse, extract, store, resolve across
documents) with 1 and 2 workers; and, once, the Spark job in local mode. The texts are the
bundled sample corpus repeated with a varying dateline and publication date, so every document
is distinct. Writes bench/results/latest.json.

skip: the safe skip (``--skip-eventless``) against the plain ingest, on that corpus (every
article reports events) and on a mixed one (every other article from sample/eventless.jsonl),
each run repeated and compared by median CPU seconds. Writes bench/results/skip.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent


def _sample(name: str) -> list[dict]:
    path = resources.files("khaldun") / "sample" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def corpus(n: int, kind: str = "events") -> list[dict]:
    """``n`` distinct articles: the sample corpus repeated ("events": every article reports
    events) or, for "mixed", every other article one of the eventless ones (markets, sport,
    weather: ``sample/eventless.jsonl``)."""
    events = _sample("articles.jsonl")
    quiet = _sample("eventless.jsonl") if kind == "mixed" else []
    out = []
    for i in range(n):
        pool, k = (quiet, i // 2) if quiet and i % 2 else (events, i // 2 if quiet else i)
        rec = dict(pool[k % len(pool)])
        copy = k // len(pool)
        rec["id"] = f"{rec['id']}-{i}"
        rec["date"] = (date.fromisoformat(rec["date"]) + timedelta(days=7 * copy)).isoformat()
        rec["text"] = f"(Report {i})\n\n{rec['text']}"
        out.append(rec)
    return out


def cpu_seconds() -> float:
    """User and system time of this process and of its finished children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child process, in MB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def measure(mode: str, n: int, workers: int, batch_size: int, kind: str = "events") -> dict:
    """Run one measurement in this process: wall seconds and CPU seconds (this process and its
    workers), the second robust to other load on the machine."""
    records = corpus(n, kind)
    words = sum(len(r["text"].split()) for r in records)
    extra = {}
    cpu = None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        if mode == "spacy":
            import spacy

            from khaldun.config import Settings

            nlp = spacy.load(Settings.from_env().model)
            texts = [r["text"] for r in records]
            c0, t0 = cpu_seconds(), time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
                pass
            seconds, cpu = time.perf_counter() - t0, cpu_seconds() - c0
        elif mode in ("ingest", "ingest-skip"):
            from khaldun.config import Settings
            from khaldun.pipeline import Pipeline
            from khaldun.runner import ingest_paths
            from khaldun.store import Store

            settings = Settings.from_env(db=Path(tmp) / "bench.duckdb", batch_size=batch_size, workers=workers,
                                         skip_eventless=mode == "ingest-skip")
            pipe = Pipeline(settings)
            with Store(settings.db) as store:
                c0, t0 = cpu_seconds(), time.perf_counter()
                report = ingest_paths(store, [src], settings=settings, pipeline=pipe)
                seconds, cpu = time.perf_counter() - t0, cpu_seconds() - c0
            extra = {"events": report.events_added, "resolve_seconds": round(report.resolve_seconds, 2)}
            if mode == "ingest-skip":
                extra["skipped"] = sum(not pipe.may_hold_event(r["text"]) for r in records)
        elif mode == "spark":
            from khaldun import spark

            t0 = time.perf_counter()
            session = spark.session(f"local[{workers}]")
            startup = time.perf_counter() - t0
            t0 = time.perf_counter()
            counts = spark.ingest(session, [src], Path(tmp) / "out")
            seconds = time.perf_counter() - t0  # the JVM's CPU time is not this process's to count
            session.stop()
            extra = {"events": counts["event_reports"], "session_start_seconds": round(startup, 1)}
        else:
            raise SystemExit(f"unknown mode {mode}")
    main_mb, child_mb = peak_mb()
    return {"mode": mode, "corpus": kind, "workers": workers, "articles": n, "words": words,
            "seconds": round(seconds, 2), "cpu_seconds": None if cpu is None else round(cpu, 2),
            "articles_per_s": round(n / seconds, 2), "words_per_s": round(words / seconds),
            "peak_rss_mb": round(main_mb), "peak_child_rss_mb": round(child_mb), **extra}


def run(mode: str, n: int, workers: int, batch_size: int, kind: str = "events") -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", mode, "--articles", str(n), "--workers",
                          str(workers), "--batch-size", str(batch_size), "--corpus", kind],
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{mode} x{workers} on {n} {kind} articles failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def skip_comparison(n: int, workers: int, batch_size: int, repeat: int) -> dict:
    """The safe skip against the plain ingest on a corpus where every article reports events and
    on a mixed one (every other article eventless): ``repeat`` runs of each, interleaved, and
    the median CPU seconds (robust to other load) and wall seconds."""
    out = {"articles": n, "workers": workers, "repeat": repeat, "corpora": {}}
    print(f"\nsafe skip, {n} articles, {workers} worker(s), median of {repeat} runs (CPU seconds: this "
          "process and its workers)")
    print(f"{'corpus':<8}{'plain cpu s':>12}{'skip cpu s':>11}{'cpu ratio':>10}{'plain s':>9}{'skip s':>8}"
          f"{'skipped':>9}{'events':>8}")
    for kind in ("events", "mixed"):
        runs = {"ingest": [], "ingest-skip": []}
        for _ in range(repeat):
            for mode in runs:
                runs[mode].append(run(mode, n, workers, batch_size, kind))
        plain, skip = runs["ingest"], runs["ingest-skip"]
        if {r["events"] for r in plain} != {r["events"] for r in skip}:
            raise SystemExit(f"the safe skip changed the events found on the {kind} corpus")
        row = {"plain_cpu_seconds": median(r["cpu_seconds"] for r in plain),
               "skip_cpu_seconds": median(r["cpu_seconds"] for r in skip),
               "plain_seconds": median(r["seconds"] for r in plain),
               "skip_seconds": median(r["seconds"] for r in skip),
               "skipped": skip[0]["skipped"], "events": plain[0]["events"], "runs": runs}
        row["cpu_ratio"] = round(row["skip_cpu_seconds"] / row["plain_cpu_seconds"], 3)
        out["corpora"][kind] = row
        print(f"{kind:<8}{row['plain_cpu_seconds']:>12.2f}{row['skip_cpu_seconds']:>11.2f}{row['cpu_ratio']:>10.3f}"
              f"{row['plain_seconds']:>9.2f}{row['skip_seconds']:>8.2f}{row['skipped']:>9}{row['events']:>8}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("all", "main", "skip"), default="all",
                    help="main: the sizes table; skip: the safe skip on both corpora")
    ap.add_argument("--sizes", default="200,1000,5000")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--skip-articles", type=int, default=400)
    ap.add_argument("--skip-workers", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--articles", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", default="events", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.articles, int(args.workers), args.batch_size, args.corpus)))
        return
    # warm the gazetteer cache so that no measurement pays its one-time build
    subprocess.run([sys.executable, "-c", "from khaldun import gazetteer; gazetteer.load()"], check=True)
    (HERE / "results").mkdir(exist_ok=True)
    machine = {"python": platform.python_version(), "cpu": platform.processor() or platform.machine(),
               "cores": os.cpu_count()}
    if args.part in ("all", "main"):
        main_table(args, machine)
    if args.part in ("all", "skip"):
        report = {"machine": machine, "batch_size": args.batch_size,
                  **skip_comparison(args.skip_articles, args.skip_workers, args.batch_size, args.repeat),
                  "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
        (HERE / "results" / "skip.json").write_text(json.dumps(report, indent=2) + "\n")
        print(f"\nwritten {HERE / 'results' / 'skip.json'}")


def main_table(args, machine: dict) -> None:
    sizes = [int(s) for s in args.sizes.split(",")]
    worker_counts = [int(w) for w in args.workers.split(",")]
    rows = []
    header = (f"{'articles':>8} {'mode':<12}{'workers':>8}{'seconds':>9}{'cpu s':>8}{'art/s':>8}{'words/s':>9}"
              f"{'x spaCy':>8}{'main MB':>8}{'worker MB':>10}{'resolve s':>10}")
    print(header)
    for n in sizes:
        for w in worker_counts:
            base = run("spacy", n, w, args.batch_size)
            base["ratio_to_spacy"] = 1.0
            for r in (base, run("ingest", n, w, args.batch_size)):
                r["ratio_to_spacy"] = round(r["articles_per_s"] / base["articles_per_s"], 3)
                rows.append(r)
                print(f"{r['articles']:>8} {r['mode']:<12}{r['workers']:>8}{r['seconds']:>9.1f}{r['cpu_seconds']:>8.1f}"
                      f"{r['articles_per_s']:>8.1f}{r['words_per_s']:>9}{r['ratio_to_spacy']:>8.2f}{r['peak_rss_mb']:>8}"
                      f"{r['peak_child_rss_mb'] if r['workers'] > 1 else '-':>10}{r.get('resolve_seconds', '-'):>10}",
                      flush=True)
    if not args.no_spark:
        n, w = min(max(sizes), 1000), max(worker_counts)
        r = run("spark", n, w, args.batch_size)
        same = next(x for x in rows if x["mode"] == "spacy" and x["articles"] == n and x["workers"] == w)
        r["ratio_to_spacy"] = round(r["articles_per_s"] / same["articles_per_s"], 3)
        rows.append(r)
        print(f"{n:>8} {'spark local':<12}{w:>8}{r['seconds']:>9.1f}{'-':>8}{r['articles_per_s']:>8.1f}{r['words_per_s']:>9}"
              f"{r['ratio_to_spacy']:>8.2f}{r['peak_rss_mb']:>8}{'-':>10}{'-':>10}  "
              f"(+{r['session_start_seconds']} s to start Spark)")
    scaling = {}
    for n in sizes:
        by = {r["workers"]: r for r in rows if r["mode"] == "ingest" and r["articles"] == n}
        if 1 in by and 2 in by:
            scaling[n] = round(by[2]["articles_per_s"] / by[1]["articles_per_s"], 2)
    growth = {}
    ingest1 = {r["articles"]: r for r in rows if r["mode"] == "ingest" and r["workers"] == min(worker_counts)}
    if 1000 in ingest1 and 5000 in ingest1:
        growth = {"time_per_article_5000_vs_1000": round((ingest1[5000]["seconds"] / 5000) / (ingest1[1000]["seconds"] / 1000), 2),
                  "peak_rss_5000_vs_1000": round(ingest1[5000]["peak_rss_mb"] / ingest1[1000]["peak_rss_mb"], 2)}
    print(f"\nscaling 1 -> 2 workers (ingest): {scaling}")
    if growth:
        print(f"growth from 1,000 to 5,000 articles (1 worker): {growth}")
    report = {"machine": machine, "batch_size": args.batch_size, "results": rows, "scaling": scaling,
              "growth": growth, "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    (HERE / "results" / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten {HERE / 'results' / 'latest.json'}")


if __name__ == "__main__":
    main()
