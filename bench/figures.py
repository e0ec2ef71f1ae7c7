"""Regenerate every benchmark and evaluation figure in README.md, and check the floors.

    python bench/figures.py [--parts eval,bench,skip,serve] [--no-run] [--pin] [--readme README.md]

Each part runs its measurement (unless ``--no-run``: then it renders the results already under
bench/results/), writes the figures into README.md between ``<!-- figures:PART -->`` and
``<!-- /figures:PART -->``, and checks them against their floors:

- eval: ``khaldun eval`` on all suites (bench/results/eval.json); the floors of the full run are in
  tests/eval_floors.json (``full``), beside those of the slice the test suite runs (``slice``).
- bench: bench/bench.py --part main (bench/results/latest.json).
- skip: bench/bench.py --part skip (bench/results/skip.json); the safe skip must cost at most 5%
  CPU where every article reports events and save CPU on the mixed corpus.
- serve: bench/serve_bench.py (bench/results/serve.json); no request may fail under load.

``--pin`` (eval only) sets the floors close under the figures just measured: the full run's and a
fresh run of the slice. Exits 1 when a figure is under its floor, 2 when a marker is missing.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
FLOORS = ROOT / "tests" / "eval_floors.json"
PARTS = ("eval", "bench", "skip", "serve")
FULL_MARGIN = 0.005  # a full-run floor sits this far under the figure (the slice: SLICE_MARGIN)
SLICE_MARGIN = 0.01
SLICE_LIMIT = 40  # records of each suite in the slice tests/test_evaluation.py runs


# -- running the measurements ---------------------------------------------------------------------
def measure(part: str, results: Path) -> None:
    py = sys.executable
    commands = {
        "eval": [py, "-m", "khaldun", "eval", "--out", str(results / "eval.json")],
        "bench": [py, str(HERE / "bench.py"), "--part", "main"],
        "skip": [py, str(HERE / "bench.py"), "--part", "skip"],
        "serve": [py, str(HERE / "serve_bench.py")],
    }
    results.mkdir(parents=True, exist_ok=True)
    print(f"figures: running {part} ...", flush=True)
    subprocess.run(commands[part], check=True, cwd=ROOT)


# -- rendering ------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:.2f}"


# (suite, first-column label with {n} for the record count, metric, cell template, goal / peer)
EVAL_ROWS = [
    ("plover", "PLOVER gold-standard records ({n})", "event-type accuracy / macro-F1",
     "{event_type_accuracy:.2f} / {event_type_macro_f1:.2f}", "0.80 / 0.70"),
    ("plover", "", "event-type accuracy / macro-F1, held-out test half",
     "{test_event_type_accuracy:.2f} / {test_event_type_macro_f1:.2f}", ""),
    ("plover", "", "mode accuracy", "{mode_accuracy:.2f}", ""),
    ("plover", "", "source country F1 / (country, sector) F1",
     "{source_country_f1:.2f} / {source_country_sector_f1:.2f}", "0.60 (c, s)"),
    ("plover", "", "target country F1 / (country, sector) F1",
     "{target_country_f1:.2f} / {target_country_sector_f1:.2f}", "0.60 (c, s)"),
    ("plover", "", "source / target (country, sector) F1, held-out test half",
     "{test_source_country_sector_f1:.2f} / {test_target_country_sector_f1:.2f}", ""),
    ("ngec", "NGEC actor tests ({n}, each on its own date)", "country accuracy / agent-code accuracy",
     "{country_accuracy:.2f} / {sector_accuracy:.2f}", "0.85 / 0.70"),
    ("ngec", "", "same, held-out test half", "{test_country_accuracy:.2f} / {test_sector_accuracy:.2f}", ""),
    ("coreference", "Coreference ({n} hand-made paragraphs, `tests/data/coreference.jsonl`)",
     "accuracy (pronouns / definite descriptions / quotations / names)",
     "{accuracy:.2f} ({pronoun_accuracy:.2f} / {definite_accuracy:.2f} / {quote_accuracy:.2f} / {name_accuracy:.2f})",
     "0.85"),
    ("acled_reports", "ACLED-style event reports ({n} hand-written, `tests/data/acled_reports.jsonl`)",
     "ACLED event type / sub-event type / place / date / fatalities accuracy",
     "{event_type_accuracy:.2f} / {sub_event_type_accuracy:.2f} / {place_accuracy:.2f} / {date_accuracy:.2f}"
     " / {fatalities_accuracy:.2f}", "0.75 (event type)"),
    ("geo", "Geoparsing (GeoWebNews + LGL, {n} docs)", "toponym span P / R / F1 (exact offsets)",
     "{toponym_span_precision:.2f} / {toponym_span_recall:.2f} / {toponym_span_f1:.2f}", "0.80 (F1)"),
    ("geo", "", "GeoWebNews: accuracy within 161 km, median error",
     "{GeoWebNews_accuracy_161km:.2f}, {GeoWebNews_median_error_km:g} km", "0.90 (Mordecai3: 0.901)"),
    ("geo", "", "LGL: accuracy within 161 km, median error",
     "{LGL_accuracy_161km:.2f}, {LGL_median_error_km:g} km", "0.85 (Mordecai3: 0.794)"),
    ("event_location", "Event location ({n:,} sentence/verb pairs)", "location span P / R / F1, exact (held-out folds)",
     "{location_span_precision:.2f} / {location_span_recall:.2f} / {location_span_f1:.3f}", "0.65 (F1)"),
    ("event_location", "", "same, overlapping spans",
     "{location_overlap_precision:.2f} / {location_overlap_recall:.2f} / {location_overlap_f1:.2f}", ""),
    ("temporal", "TimeBank + AQUAINT ({n} docs)", "TIMEX span F1 strict / relaxed",
     "{strict_f1:.2f} / {relaxed_f1:.2f}", "0.90 relaxed (HeidelTime)"),
    ("temporal", "", "normalised-value accuracy", "{value_accuracy:.2f}", "0.78 (HeidelTime)"),
    ("event_dates", "Event dates (TimeBank + AQUAINT, {n:,} events)", "date strict / relaxed accuracy, coverage",
     "{strict_accuracy:.2f} / {relaxed_accuracy:.2f}, {coverage:.2f}", "0.70 / 0.85"),
    ("event_dates", "", "same, held-out test half",
     "{test_strict_accuracy:.2f} / {test_relaxed_accuracy:.2f}, {test_coverage:.2f}", ""),
    ("petrarch", "PETRARCH validation ({n} records, 4 suites, each with its own dictionaries)",
     "record pass rate, all suites", "{all_pass_rate:.2f} (unit tests {petrarch2_unittest_pass_rate:.2f})",
     "0.70 (unit tests)"),
    ("petrarch", "", "triples micro F1 exact / relaxed (2-digit code, 3-letter actor)",
     "{all_exact_f1:.2f} / {all_relaxed_f1:.2f}", ""),
]


def render_eval(report: dict) -> str:
    suites = {s["suite"]: s for s in report["suites"]}
    lines = ["| suite (records) | metric | khaldun | goal / peer |", "|---|---|---:|---|"]
    for suite, label, metric, cell, goal in EVAL_ROWS:
        if suite not in suites:
            continue
        s = suites[suite]
        try:
            value = cell.format(**s["metrics"])
        except KeyError:  # a figure this version of the evaluation does not report
            continue
        lines.append(f"| {label.format(n=s['count'])} | {metric} | {value} | {goal} |")
    return "\n".join(lines)


def _num(v: float, digits: int = 1) -> str:
    return f"{v:,.{digits}f}"


def render_bench(report: dict) -> str:
    rows = report["results"]
    sizes = sorted({r["articles"] for r in rows if r["mode"] != "spark"})
    lines = ["| articles | run | workers | articles/s | words/s | × bare spaCy (same processes) | "
             "peak RSS main / worker | resolve |", "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for n in sizes:
        spacy = sorted((r for r in rows if r["mode"] == "spacy" and r["articles"] == n), key=lambda r: r["workers"])
        if spacy:
            lines.append(f"| {n:,} | bare spaCy | {' / '.join(str(r['workers']) for r in spacy)} | "
                         f"{' / '.join(_num(r['articles_per_s']) for r in spacy)} | "
                         f"{' / '.join(format(r['words_per_s'], ',') for r in spacy)} | 1.00 | "
                         f"{spacy[0]['peak_rss_mb']} MB | |")
        for r in sorted((r for r in rows if r["mode"] == "ingest" and r["articles"] == n), key=lambda r: r["workers"]):
            memory = f"{r['peak_rss_mb']} / {r['peak_child_rss_mb']} MB" if r["workers"] > 1 else f"{r['peak_rss_mb']} MB"
            lines.append(f"| {n:,} | khaldun ingest | {r['workers']} | {_num(r['articles_per_s'])} | "
                         f"{r['words_per_s']:,} | {r['ratio_to_spacy']:.2f} | {memory} | {r['resolve_seconds']} s |")
        for r in (r for r in rows if r["mode"] == "spark" and r["articles"] == n):
            lines.append(f"| {n:,} | Spark local mode | {r['workers']} | {_num(r['articles_per_s'])} | "
                         f"{r['words_per_s']:,} | {r['ratio_to_spacy']:.2f} | {r['peak_rss_mb']} MB (driver) | (at load) |")
    ingest = [r for r in rows if r["mode"] == "ingest"]
    lines.append("")
    if report.get("scaling"):
        parts = ", ".join(f"{v:.2f}× ({int(n):,} articles)" for n, v in report["scaling"].items())
        lines.append(f"- **1 → 2 workers:** {parts}.")
    if ingest:
        ratios = [r["ratio_to_spacy"] for r in ingest]
        lines.append(f"- **Against the parse:** {min(ratios):.2f}–{max(ratios):.2f}× the bare parse with the same "
                     "number of processes (goal 0.8).")
    if report.get("growth"):
        g = report["growth"]
        lines.append(f"- **Growth 1,000 → 5,000 articles (1 worker):** time per article "
                     f"×{g['time_per_article_5000_vs_1000']:.2f}; peak memory ×{g['peak_rss_5000_vs_1000']:.2f} (goal 1.2).")
    m = report["machine"]
    lines.append(f"- Measured {report['at'][:10]} on {m['cores']} cores, Python {m['python']}, batch size "
                 f"{report['batch_size']}.")
    return "\n".join(lines)


def render_skip(report: dict) -> str:
    c = report["corpora"]
    lines = [f"| corpus ({report['articles']:,} articles, {report['workers']} worker) | skipped unparsed | events | "
             "CPU s plain / skip | × plain (CPU) | wall s plain / skip |", "|---|---:|---:|---:|---:|---:|"]
    names = {"events": "every article reports events", "mixed": "mixed: every other article eventless"}
    for kind in ("events", "mixed"):
        r = c[kind]
        lines.append(f"| {names[kind]} | {r['skipped']:,} | {r['events']:,} | {r['plain_cpu_seconds']:.2f} / "
                     f"{r['skip_cpu_seconds']:.2f} | {r['cpu_ratio']:.2f} | {r['plain_seconds']:.1f} / {r['skip_seconds']:.1f} |")
    lines.append("")
    lines.append(f"Median of {report['repeat']} runs of each, interleaved; CPU seconds are those of the ingest "
                 f"process and its workers, so other load on the machine barely moves them (the wall times "
                 f"do). Measured {report['at'][:10]} on {report['machine']['cores']} cores.")
    return "\n".join(lines)


SERVE_LABELS = [  # (label in README, endpoint labels in serve.json: one, or two shown as "a / b")
    ("events, first page", ["events, first page"]),
    ("events, type + country", ["events, type+country"]),
    ("events, text search", ["events, text search"]),
    ("events, sorted by source, offset 50,000", ["events, sorted, deep page"]),
    ("one event by id", ["event by id"]),
    ("timeline (all) / one country", ["timeline", "timeline, one country"]),
    ("map, world / Libya box", ["map, world", "map, Libya box"]),
    ("network, 150 strongest ties", ["network, 150 ties"]),
    ("actor search", ["actor search"]),
    ("actor dossier (Haftar)", ["actor dossier"]),
    ("document with annotations", ["document + annotations"]),
    ("facets", ["facets"]),
]


def render_serve(report: dict) -> str:
    by = {r["endpoint"]: r for r in report["latency"]}
    lines = ["| endpoint | p50 ms | p95 ms | direct p50 ms | ratio |", "|---|---:|---:|---:|---:|"]

    def cells(rows, key):
        vals = [r[key] for r in rows]
        return "" if any(v is None for v in vals) else " / ".join(f"{v:g}" for v in vals)

    for label, names in SERVE_LABELS:
        rows = [by[n] for n in names if n in by]
        if len(rows) != len(names):
            continue
        lines.append(f"| {label} | {cells(rows, 'p50_ms')} | {cells(rows, 'p95_ms')} | "
                     f"{cells(rows, 'in_process_p50_ms')} | {cells(rows, 'ratio')} |")
    load, db = report["load"], report["database"]
    publish = load.get("publish_seconds") or []
    lines.append("")
    lines.append(f"Database: {db['events']:,} events, {db['documents']:,} documents. Under load: "
                 f"{load['requests']:,} requests, {load['throughput_rps']} requests/s, p50 {load['p50_ms']:g} ms, "
                 f"p95 {load['p95_ms']:g} ms, p99 {load['p99_ms']:g} ms, **{load['errors']} errors**"
                 + (f"; each publish took {min(publish):g}–{max(publish):g} s." if publish else "."))
    return "\n".join(lines)


RENDER = {"eval": render_eval, "bench": render_bench, "skip": render_skip, "serve": render_serve}
RESULT_FILES = {"eval": "eval.json", "bench": "latest.json", "skip": "skip.json", "serve": "serve.json"}


def replace_block(text: str, part: str, body: str) -> str:
    start, end = f"<!-- figures:{part} -->", f"<!-- /figures:{part} -->"
    i, j = text.find(start), text.find(end)
    if i < 0 or j < i:
        raise KeyError(part)
    return text[:i + len(start)] + "\n" + body.strip("\n") + "\n" + text[j:]


# -- floors ---------------------------------------------------------------------------------------
def floor_failures(part: str, report: dict, floors: dict) -> list[str]:
    out = []
    if part == "eval":
        suites = {s["suite"]: s["metrics"] for s in report["suites"]}
        for suite, keys in floors["full"].items():
            for key, floor in keys.items():
                value = suites.get(suite, {}).get(key)
                if value is not None and value < floor:
                    out.append(f"eval {suite} {key} = {value} < {floor}")
    elif part == "skip":
        events, mixed = report["corpora"]["events"]["cpu_ratio"], report["corpora"]["mixed"]["cpu_ratio"]
        if events > 1.05:
            out.append(f"the safe skip costs {events:.3f}x the CPU of the plain ingest on an all-events corpus (> 1.05)")
        if mixed >= 1.0:
            out.append(f"the safe skip saves nothing on the mixed corpus ({mixed:.3f}x)")
    elif part == "serve":
        if report["load"]["errors"]:
            out.append(f"serve: {report['load']['errors']} requests failed under load")
    return out


def pinned(metrics: dict[str, float], margin: float) -> dict[str, float]:
    """Floors for the higher-is-better figures: shares and scores, not counts (integers, rule
    uses, unreadable records) nor errors in km."""
    return {k: max(0.0, math.floor((v - margin) * 1000) / 1000) for k, v in sorted(metrics.items())
            if isinstance(v, float) and not k.startswith("rule_")
            and not k.endswith(("_median_error_km", "_count", "_toponyms", "bad_records"))}


def pin(report: dict, eval_path: Path | None) -> dict:
    from khaldun import evaluation, load_pipeline

    sliced = evaluation.run(None, eval_path, limit=SLICE_LIMIT, pipeline=load_pipeline())
    return {"_how": "written by `python bench/figures.py --parts eval --pin`: each floor sits a little under the "
                    "figure measured then (full: the whole sets; slice: the first 40 records of each, as "
                    "tests/test_evaluation.py runs them)",
            "slice": {r.suite: pinned(r.metrics, SLICE_MARGIN) for r in sliced},
            "full": {s["suite"]: pinned(s["metrics"], FULL_MARGIN) for s in report["suites"]}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, of {', '.join(PARTS)}")
    ap.add_argument("--no-run", action="store_true", help="render the results already measured")
    ap.add_argument("--pin", action="store_true", help="set the evaluation floors under the new figures")
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args()
    parts = [p for p in args.parts.replace(" ", ",").split(",") if p]
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        ap.error(f"unknown part(s) {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    text = args.readme.read_text(encoding="utf-8")
    floors = json.loads(FLOORS.read_text())
    failures = []
    for part in parts:
        if not args.no_run:
            measure(part, args.results)
        path = args.results / RESULT_FILES[part]
        if not path.exists():
            print(f"figures: no results for {part} ({path}); run it without --no-run", file=sys.stderr)
            return 2
        report = json.loads(path.read_text())
        if part == "eval" and args.pin:
            floors = pin(report, None)
            FLOORS.write_text(json.dumps(floors, indent=2) + "\n")
            print(f"figures: pinned the evaluation floors in {FLOORS.relative_to(ROOT)}")
        try:
            text = replace_block(text, part, RENDER[part](report))
        except KeyError:
            print(f"figures: {args.readme} has no <!-- figures:{part} --> ... <!-- /figures:{part} --> block",
                  file=sys.stderr)
            return 2
        failures += floor_failures(part, report, floors)
    args.readme.write_text(text, encoding="utf-8")
    print(f"figures: {', '.join(parts)} written to {args.readme}")
    for f in failures:
        print(f"under its floor: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
