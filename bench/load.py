"""A load generator for ``khaldun serve``: N concurrent clients for a fixed time, a mix of the
requests the web interface makes. Run as its own process; prints one JSON object.

    python bench/load.py http://127.0.0.1:8000 [--clients 50] [--seconds 20] [--max-requests N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time

MIX = [
    ("/api/v1/events", {"limit": 50}),
    ("/api/v1/events", {"type": "ASSAULT", "country": "LBY", "limit": 50}),
    ("/api/v1/events", {"q": "airport", "limit": 50}),
    ("/api/v1/events", {"sort": "source", "order": "desc", "offset": 5000, "limit": 50}),
    ("/api/v1/events", {"since": "2016-01-01", "until": "2016-12-31", "limit": 50}),
    ("/api/v1/aggregates/timeline", {}),
    ("/api/v1/aggregates/timeline", {"country": "LBY"}),
    ("/api/v1/map", {}),
    ("/api/v1/map", {"bbox": "9,19,26,34"}),
    ("/api/v1/network", {"edges": 150}),
    ("/api/v1/actors", {"q": "Haftar"}),
    ("/api/v1/documents/s31-haftar-parliament", {}),
    ("/api/v1/facets", {}),
]


async def client(http, deadline: float, budget: list[int], latencies: list[float], errors: list[str], rng):
    while time.perf_counter() < deadline and budget[0] > 0:
        budget[0] -= 1
        path, params = MIX[rng.randrange(len(MIX))]
        t0 = time.perf_counter()
        try:
            r = await http.get(path, params=params)
            if r.status_code != 200:
                errors.append(f"{r.status_code} {path} {r.text[:200]}")
        except Exception as exc:  # a refused or dropped connection counts as an error
            errors.append(f"{type(exc).__name__} {path} after {time.perf_counter() - t0:.2f} s: {exc!r}"[:300])
        latencies.append(time.perf_counter() - t0)


async def run(url: str, clients: int, seconds: float, max_requests: int) -> dict:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    budget = [max_requests]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as http:
        t0 = time.perf_counter()
        await asyncio.gather(*(client(http, t0 + seconds, budget, latencies, errors, random.Random(i))
                               for i in range(clients)))
        elapsed = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1) if latencies else 0.0

    return {"clients": clients, "seconds": round(elapsed, 1), "requests": len(latencies),
            "throughput_rps": round(len(latencies) / elapsed, 1), "p50_ms": pct(0.50), "p95_ms": pct(0.95),
            "p99_ms": pct(0.99), "max_ms": pct(1.0), "errors": len(errors), "error_examples": errors[:5]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--max-requests", type=int, default=1_000_000)
    args = ap.parse_args()
    print(json.dumps(asyncio.run(run(args.url, args.clients, args.seconds, args.max_requests))))


if __name__ == "__main__":
    main()
