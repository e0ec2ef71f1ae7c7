"""Throughput and memory of the whole khaldun pipeline against the bare spaCy parse.

    python bench/bench.py [--articles 240] [--batch-size 16]

Each measurement runs in its own process (so peak memory is its own): the bare spaCy
pipeline over the texts; khaldun's parse + extraction; and a full ingest into a fresh DuckDB
file. The texts are the bundled sample corpus, repeated with a varying dateline so that every
document is distinct. Prints a table and writes bench/results/latest.json.
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
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent


def corpus(n: int) -> list[dict]:
    path = resources.files("khaldun") / "sample" / "articles.jsonl"
    base = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    out = []
    for i in range(n):
        rec = dict(base[i % len(base)])
        rec["id"] = f"{rec['id']}-{i}"
        rec["text"] = f"(Report {i})\n\n{rec['text']}"
        out.append(rec)
    return out


def measure(mode: str, n: int, batch_size: int) -> dict:
    """Run one mode in this process; returns seconds and peak RSS."""
    records = corpus(n)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    if mode == "spacy":
        import spacy

        from khaldun.config import Settings

        nlp = spacy.load(Settings.from_env().model)
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        seconds = time.perf_counter() - t0
    elif mode == "extract":
        from khaldun.config import Settings
        from khaldun.ingest.documents import make_document
        from khaldun.pipeline import Pipeline

        pipe = Pipeline(Settings.from_env(batch_size=batch_size))
        docs = [make_document(r["text"], id=r["id"], published=r["date"]) for r in records]
        t0 = time.perf_counter()
        events = sum(len(x.events) for x in pipe.process(docs))
        seconds = time.perf_counter() - t0
    elif mode == "ingest":
        from khaldun.config import Settings
        from khaldun.pipeline import Pipeline
        from khaldun.runner import ingest_paths
        from khaldun.store import Store

        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "corpus.jsonl"
            src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
            settings = Settings.from_env(db=Path(tmp) / "bench.duckdb", batch_size=batch_size)
            pipe = Pipeline(settings)
            with Store(settings.db) as store:
                t0 = time.perf_counter()
                report = ingest_paths(store, [src], settings=settings, pipeline=pipe)
                seconds = time.perf_counter() - t0
            events = report.events_added
    else:
        raise SystemExit(f"unknown mode {mode}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"mode": mode, "articles": n, "words": words, "seconds": round(seconds, 3),
              "articles_per_s": round(n / seconds, 2), "words_per_s": round(words / seconds),
              "peak_rss_mb": round(peak_mb, 1)}
    if mode != "spacy":
        result["events"] = events
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.mode:
        print(json.dumps(measure(args.mode, args.articles, args.batch_size)))
        return
    # warm the gazetteer cache so that no measurement pays its one-time build
    subprocess.run([sys.executable, "-c", "from khaldun import gazetteer; gazetteer.load()"], check=True)
    rows = []
    for mode in ("spacy", "extract", "ingest"):
        out = subprocess.run([sys.executable, __file__, "--mode", mode, "--articles", str(args.articles),
                              "--batch-size", str(args.batch_size)], check=True, capture_output=True, text=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    base = rows[0]["articles_per_s"]
    print(f"{'mode':<10}{'articles':>9}{'seconds':>9}{'art/s':>9}{'words/s':>10}{'peak MB':>9}{'x spaCy':>9}")
    for r in rows:
        r["ratio_to_spacy"] = round(r["articles_per_s"] / base, 3)
        print(f"{r['mode']:<10}{r['articles']:>9}{r['seconds']:>9.2f}{r['articles_per_s']:>9.1f}"
              f"{r['words_per_s']:>10}{r['peak_rss_mb']:>9.0f}{r['ratio_to_spacy']:>9.2f}")
    report = {"machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine(),
                          "cores": __import__("os").cpu_count()},
              "batch_size": args.batch_size, "results": rows, "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten {HERE / 'results' / 'latest.json'}")


if __name__ == "__main__":
    main()
