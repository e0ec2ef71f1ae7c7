"""Coverage-guided fuzzing (atheris/libFuzzer) of the ingest readers and the extraction entry
point, for a fixed time per target. Any exception other than a coded rejection is a finding.

    python bench/fuzz.py [--seconds 60] [TARGET...]     # targets: readers jsonl time extract

Each target runs in its own process; the table gives runs, coverage and findings, and the JSON
report lands in bench/results/fuzz.json. Inputs that fail are kept in bench/results/fuzz-*/.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = ("readers", "jsonl", "time", "extract")
SUFFIXES = (".txt", ".html", ".jsonl", ".md", "")


def target(name: str):
    """The function libFuzzer calls with each input (imports instrumented for coverage)."""
    import atheris

    with atheris.instrument_imports(include=["khaldun"]):
        import datetime as dt

        from khaldun import ingest
        from khaldun.errors import InputError
        from khaldun.extract.time import find_times
        from khaldun.ingest.jsonl import parse_line
        from khaldun.records import Document, Rejection

    if name == "readers":
        workdir = Path(tempfile.mkdtemp(prefix="khaldun-fuzz-"))

        def one(data: bytes):
            if not data:
                return
            path = workdir / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
            path.write_bytes(data[1:])
            for item in ingest.read([path], max_chars=20_000):
                assert isinstance(item, (Document, Rejection))
                if isinstance(item, Rejection):
                    assert item.code != "E109", f"a reader failed: {item.reason}"  # E109 = an uncaught bug
        return one
    if name == "jsonl":
        def one(data: bytes):
            try:
                doc = parse_line(data, "fuzz:1", None, 20_000)
            except InputError:
                return
            assert doc.text.strip() and doc.id
        return one
    if name == "time":
        def one(data: bytes):
            fdp = atheris.FuzzedDataProvider(data)
            published = dt.date(1900, 1, 1) + dt.timedelta(days=fdp.ConsumeIntInRange(0, 70_000))
            text = fdp.ConsumeUnicodeNoSurrogates(400)
            for t in find_times(text, [], published if fdp.ConsumeBool() else None):
                assert 0 <= t.char_start < t.char_end <= len(text) and t.text == text[t.char_start:t.char_end]
                assert not (t.start and t.end) or t.start <= t.end
        return one
    if name == "extract":
        import khaldun

        pipeline = khaldun.load_pipeline()

        def one(data: bytes):
            fdp = atheris.FuzzedDataProvider(data)
            published = dt.date(1950, 1, 1) + dt.timedelta(days=fdp.ConsumeIntInRange(0, 30_000))
            text = fdp.ConsumeUnicodeNoSurrogates(2000)
            if not text.strip():
                return
            x = pipeline.extract(text, date=published)
            for e in x.events:
                (s0, s1), (t0, t1) = e.span, e.trigger_span
                assert 0 <= s0 <= t0 < t1 <= s1 <= len(x.document.text), (e.span, e.trigger_span)
        return one
    raise SystemExit(f"unknown target {name!r}; choose from {', '.join(TARGETS)}")


def run_one(name: str, seconds: int, out: Path) -> dict:
    """Fuzz one target in a child process; parse libFuzzer's summary."""
    corpus = out / f"fuzz-{name}"
    corpus.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", name, str(corpus),
                           f"-max_total_time={seconds}", "-rss_limit_mb=4096", "-timeout=60",
                           f"-artifact_prefix={corpus}/", "-print_final_stats=1"],
                          capture_output=True, text=True, timeout=seconds + 600)
    log = proc.stdout + proc.stderr
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log) or re.findall(r"Done (\d+) runs", log)
    cov = re.findall(r"cov: (\d+)", log)
    findings = sorted(p.name for p in corpus.glob("crash-*")) + sorted(p.name for p in corpus.glob("timeout-*"))
    return {"target": name, "seconds": round(time.perf_counter() - t0, 1), "runs": int(runs[-1]) if runs else 0,
            "coverage": int(cov[-1]) if cov else None, "exit": proc.returncode, "findings": findings,
            "tail": log[-2000:] if proc.returncode else ""}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        import atheris

        fn = target(sys.argv[2])
        atheris.Setup([sys.argv[0], *sys.argv[3:]], fn)
        atheris.Fuzz()
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="*", default=list(TARGETS))
    ap.add_argument("--seconds", type=int, default=60, help="fuzzing time per target")
    args = ap.parse_args()
    out = HERE / "results"
    results = []
    print(f"{'target':<10} {'runs':>9} {'coverage':>9} {'findings':>9} {'seconds':>8}")
    for name in args.targets:
        r = run_one(name, args.seconds, out)
        results.append(r)
        print(f"{r['target']:<10} {r['runs']:>9,} {r['coverage'] or '-':>9} {len(r['findings']):>9} {r['seconds']:>8}")
        if r["exit"] and not r["findings"]:
            print(r["tail"])
    (out / "fuzz.json").write_text(json.dumps(results, indent=2) + "\n")
    print("wrote bench/results/fuzz.json")
    if any(r["findings"] for r in results):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
