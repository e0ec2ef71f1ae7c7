"""Latency of the HTTP API on a large database, then the server under concurrent load while a
new database is published over the served file.

    python bench/serve_bench.py [--events 100000] [--requests 30] [--clients 50] [--seconds 20]

1. Builds a database of at least ``--events`` events from the sample corpus (bench/bigdb.py).
2. Starts ``khaldun serve`` in its own process and times each main endpoint over real HTTP,
   ``--requests`` times after a warm-up: p50 and p95. The baseline, measured in the same run,
   is the same query function called in this process on the same file without HTTP, so the
   ratio is the cost of the server around the query.
3. Runs bench/load.py in a second process: ``--clients`` concurrent clients for ``--seconds``,
   while this process publishes a fresh copy of the database over the served file twice
   (``khaldun publish``): throughput, p50/p99 latency and errors.

Prints tables and writes bench/results/serve.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def endpoints(store) -> list[tuple[str, str, dict, callable]]:
    """(label, path, params, the same query in-process) for each endpoint timed."""
    from khaldun import browse, explore
    from khaldun.store.db import Filters

    libya = Filters(type="ASSAULT", country="LBY")
    return [
        ("events, first page", "/api/v1/events", {}, lambda: browse.event_page(store, Filters())),
        ("events, type+country", "/api/v1/events", {"type": "ASSAULT", "country": "LBY"},
         lambda: browse.event_page(store, libya)),
        ("events, text search", "/api/v1/events", {"q": "airport"},
         lambda: browse.event_page(store, Filters(text="airport"))),
        ("events, sorted, deep page", "/api/v1/events", {"sort": "source", "order": "desc", "offset": 50000},
         lambda: browse.event_page(store, Filters(), "source", True, 50, 50000)),
        ("event by id", "/api/v1/events/{event}", {}, None),
        ("timeline", "/api/v1/aggregates/timeline", {}, lambda: browse.timeline(store, Filters())),
        ("timeline, one country", "/api/v1/aggregates/timeline", {"country": "LBY"},
         lambda: browse.timeline(store, Filters(country="LBY"))),
        ("map, world", "/api/v1/map", {}, lambda: browse.map_clusters(store, Filters())),
        ("map, Libya box", "/api/v1/map", {"bbox": "9,19,26,34"},
         lambda: browse.map_clusters(store, Filters(bbox=(9, 19, 26, 34)))),
        ("network, 150 ties", "/api/v1/network", {"edges": 150},
         lambda: explore.network(store, Filters(), max_edges=150)),
        ("actor search", "/api/v1/actors", {"q": "Haftar"}, lambda: explore.list_actors(store, "Haftar")),
        ("actor dossier", "/api/v1/actors/Haftar", {}, lambda: explore.dossier(store, "Haftar")),
        ("document + annotations", "/api/v1/documents/s31-haftar-parliament", {},
         lambda: browse.document(store, "s31-haftar-parliament")),
        ("facets", "/api/v1/facets", {}, lambda: browse.facets(store)),
    ]


def percentiles(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    return round(1000 * statistics.median(s), 1), round(1000 * s[min(len(s) - 1, int(0.95 * len(s)))], 1)


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen:
    import httpx

    proc = subprocess.Popen([sys.executable, "-m", "khaldun.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    for _ in range(200):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health").status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("khaldun serve did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--port", type=int, default=8731)
    args = ap.parse_args()

    import httpx

    from bigdb import build
    from khaldun.serve.source import publish
    from khaldun.store import Store

    work = Path(tempfile.mkdtemp(prefix="khaldun-serve-bench-"))
    try:
        source = work / "big.duckdb"
        print(f"building a database of {args.events:,}+ events ...", flush=True)
        built = build(source, args.events)
        served = work / "served.duckdb"
        publish(source, served)
        print(f"  {built['events']:,} events, {built['documents']:,} documents, "
              f"{built['bytes'] / 1e6:.0f} MB, built in {built['seconds']} s")

        direct = Store.attached(source)
        event_id = direct.query("SELECT id FROM events ORDER BY id LIMIT 1 OFFSET 5000")[0][0]
        log = work / "server.log"
        proc = start_server(served, args.port, log)
        rows = []
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{args.port}", timeout=60) as http:
                for label, path, params, query in endpoints(direct):
                    path = path.format(event=event_id)
                    for _ in range(3):
                        assert http.get(path, params=params).status_code == 200, path
                    samples = []
                    for _ in range(args.requests):
                        t0 = time.perf_counter()
                        r = http.get(path, params=params)
                        samples.append(time.perf_counter() - t0)
                        assert r.status_code == 200, (path, r.text[:300])
                    base = []
                    if query is not None:
                        query()
                        for _ in range(args.requests):
                            t0 = time.perf_counter()
                            query()
                            base.append(time.perf_counter() - t0)
                    p50, p95 = percentiles(samples)
                    b50 = percentiles(base)[0] if base else None
                    rows.append({"endpoint": label, "path": path, "params": params, "p50_ms": p50, "p95_ms": p95,
                                 "in_process_p50_ms": b50, "ratio": round(p50 / b50, 2) if b50 else None,
                                 "bytes": len(r.content)})
            print(f"\nHTTP latency over {built['events']:,} events ({args.requests} requests each, one client)")
            print(f"{'endpoint':<26} {'p50 ms':>8} {'p95 ms':>8} {'direct p50':>11} {'ratio':>6} {'KB':>7}")
            for row in rows:
                print(f"{row['endpoint']:<26} {row['p50_ms']:>8} {row['p95_ms']:>8} "
                      f"{row['in_process_p50_ms'] if row['in_process_p50_ms'] is not None else '-':>11} "
                      f"{row['ratio'] if row['ratio'] is not None else '-':>6} {row['bytes'] / 1024:>7.1f}")

            direct.close()  # publishing needs the source file to itself
            print(f"\nload: {args.clients} clients for {args.seconds:g} s from a second process, "
                  "publishing a new database twice meanwhile ...", flush=True)
            load = subprocess.Popen([sys.executable, str(HERE / "load.py"), f"http://127.0.0.1:{args.port}",
                                     "--clients", str(args.clients), "--seconds", str(args.seconds)],
                                    stdout=subprocess.PIPE, text=True)
            swaps = []
            for _ in range(2):
                time.sleep(args.seconds * 0.33)
                t0 = time.perf_counter()
                publish(source, served)
                swaps.append(round(time.perf_counter() - t0, 2))
            out, _ = load.communicate(timeout=args.seconds + 300)
            result = json.loads(out)
            result["publish_seconds"] = swaps
            print(f"  {result['requests']:,} requests, {result['throughput_rps']} req/s, p50 {result['p50_ms']} ms, "
                  f"p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, errors {result['errors']}; "
                  f"publishes took {swaps} s")
            for example in result["error_examples"]:
                print("  error:", example)
            if result["errors"]:
                print("server log:\n" + log.read_text()[-3000:])
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        report = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                              "cpus": __import__("os").cpu_count()},
                  "database": built, "latency": rows, "load": result}
        (HERE / "results").mkdir(exist_ok=True)
        (HERE / "results" / "serve.json").write_text(json.dumps(report, indent=2) + "\n")
        print("\nwrote bench/results/serve.json")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
