"""Throughput and memory of the khaldun pipeline against the bare spaCy parse of the same texts.

    python bench/bench.py [--sizes 200,1000,5000] [--workers 1,2] [--no-spark] [--batch-size 16]

For each corpus size, each measurement runs in its own process (so its peak memory is its own):
the bare spaCy parse (``nlp.pipe``, with as many processes as khaldun has workers); khaldun's
full ingest into a fresh DuckDB file (read, parse, extract, store, resolve across documents)
with 1 and 2 workers, and with 2 workers and the safe skip; and, once, the Spark job in local
mode. The texts are the bundled sample corpus repeated with a varying dateline and publication
date, so every document is distinct. Prints a table and writes bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent


def corpus(n: int) -> list[dict]:
    path = resources.files("khaldun") / "sample" / "articles.jsonl"
    base = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    out = []
    for i in range(n):
        rec = dict(base[i % len(base)])
        copy = i // len(base)
        rec["id"] = f"{rec['id']}-{i}"
        rec["date"] = (date.fromisoformat(rec["date"]) + timedelta(days=7 * copy)).isoformat()
        rec["text"] = f"(Report {i})\n\n{rec['text']}"
        out.append(rec)
    return out


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child process, in MB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def measure(mode: str, n: int, workers: int, batch_size: int) -> dict:
    """Run one measurement in this process."""
    records = corpus(n)
    words = sum(len(r["text"].split()) for r in records)
    extra = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        if mode == "spacy":
            import spacy

            from khaldun.config import Settings

            nlp = spacy.load(Settings.from_env().model)
            texts = [r["text"] for r in records]
            t0 = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
                pass
            seconds = time.perf_counter() - t0
        elif mode in ("ingest", "ingest-skip"):
            from khaldun.config import Settings
            from khaldun.pipeline import Pipeline
            from khaldun.runner import ingest_paths
            from khaldun.store import Store

            settings = Settings.from_env(db=Path(tmp) / "bench.duckdb", batch_size=batch_size, workers=workers,
                                         skip_eventless=mode == "ingest-skip")
            pipe = Pipeline(settings)
            with Store(settings.db) as store:
                t0 = time.perf_counter()
                report = ingest_paths(store, [src], settings=settings, pipeline=pipe)
                seconds = time.perf_counter() - t0
            extra = {"events": report.events_added, "resolve_seconds": round(report.resolve_seconds, 2)}
        elif mode == "spark":
            from khaldun import spark

            t0 = time.perf_counter()
            session = spark.session(f"local[{workers}]")
            startup = time.perf_counter() - t0
            t0 = time.perf_counter()
            counts = spark.ingest(session, [src], Path(tmp) / "out")
            seconds = time.perf_counter() - t0
            session.stop()
            extra = {"events": counts["event_reports"], "session_start_seconds": round(startup, 1)}
        else:
            raise SystemExit(f"unknown mode {mode}")
    main_mb, child_mb = peak_mb()
    return {"mode": mode, "workers": workers, "articles": n, "words": words, "seconds": round(seconds, 2),
            "articles_per_s": round(n / seconds, 2), "words_per_s": round(words / seconds),
            "peak_rss_mb": round(main_mb), "peak_child_rss_mb": round(child_mb), **extra}


def run(mode: str, n: int, workers: int, batch_size: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", mode, "--articles", str(n), "--workers",
                          str(workers), "--batch-size", str(batch_size)], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{mode} x{workers} on {n} articles failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="200,1000,5000")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--articles", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.articles, int(args.workers), args.batch_size)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    worker_counts = [int(w) for w in args.workers.split(",")]
    # warm the gazetteer cache so that no measurement pays its one-time build
    subprocess.run([sys.executable, "-c", "from khaldun import gazetteer; gazetteer.load()"], check=True)
    rows = []
    header = (f"{'articles':>8} {'mode':<12}{'workers':>8}{'seconds':>9}{'art/s':>8}{'words/s':>9}"
              f"{'x spaCy':>8}{'main MB':>8}{'worker MB':>10}{'resolve s':>10}")
    print(header)
    for n in sizes:
        for w in worker_counts:
            base = run("spacy", n, w, args.batch_size)
            base["ratio_to_spacy"] = 1.0
            modes = [base, run("ingest", n, w, args.batch_size)]
            if w == max(worker_counts):
                modes.append(run("ingest-skip", n, w, args.batch_size))
            for r in modes:
                r["ratio_to_spacy"] = round(r["articles_per_s"] / base["articles_per_s"], 3)
                rows.append(r)
                print(f"{r['articles']:>8} {r['mode']:<12}{r['workers']:>8}{r['seconds']:>9.1f}{r['articles_per_s']:>8.1f}"
                      f"{r['words_per_s']:>9}{r['ratio_to_spacy']:>8.2f}{r['peak_rss_mb']:>8}"
                      f"{r['peak_child_rss_mb'] if r['workers'] > 1 else '-':>10}{r.get('resolve_seconds', '-'):>10}",
                      flush=True)
    if not args.no_spark:
        n, w = min(max(sizes), 1000), max(worker_counts)
        r = run("spark", n, w, args.batch_size)
        same = next(x for x in rows if x["mode"] == "spacy" and x["articles"] == n and x["workers"] == w)
        r["ratio_to_spacy"] = round(r["articles_per_s"] / same["articles_per_s"], 3)
        rows.append(r)
        print(f"{n:>8} {'spark local':<12}{w:>8}{r['seconds']:>9.1f}{r['articles_per_s']:>8.1f}{r['words_per_s']:>9}"
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
    report = {"machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine(),
                          "cores": __import__("os").cpu_count()},
              "batch_size": args.batch_size, "results": rows, "scaling": scaling, "growth": growth,
              "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten {HERE / 'results' / 'latest.json'}")


if __name__ == "__main__":
    main()
