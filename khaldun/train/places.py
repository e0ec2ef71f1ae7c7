"""Fit the place ranker: ``python -m khaldun.train.places [--data FILE] [--out FILE]``.

Learns from ``../shared/train/wotr_toponyms.jsonl`` (War of the Rebellion toponyms, MIT): for
every annotated toponym, the gazetteer's candidates for its name, the one nearest the annotated
coordinates as the answer (toponyms whose nearest candidate is over 161 km away teach nothing and
are skipped). The model is a conditional logit (softmax over one name's candidates) with an L2
penalty, fitted by full-batch gradient descent in numpy: same data, same weights. It trains on
the `train` and `devtrain1` splits and reports accuracy on the unseen `devtest1` and `test`
splits; the model file records the sha256 digest of the data it learned from.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from .. import gazetteer
from ..extract.ranker import FEATURES, MODEL, Mention, context_countries, features

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "train" / "wotr_toponyms.jsonl"
TRAIN_SPLITS = ("train", "devtrain1")
MAX_KM = 161.0


def examples(path: Path, gaz) -> dict[str, list[tuple[np.ndarray, int, bool]]]:
    """Split -> (features of one toponym's candidates, index of the right one, whether the right
    one is within MAX_KM) per annotated toponym with at least one candidate."""
    out: dict[str, list[tuple[np.ndarray, int, bool]]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            spans = [t for t in doc["toponyms"] if t.get("lat") is not None]
            mentions = [Mention(t["start"], t["end"], doc["text"][t["start"]:t["end"]]) for t in spans]
            cands = [gaz.candidates(m.text)[:50] for m in mentions]
            context = context_countries(doc["text"], mentions, cands, gaz)
            for t, entries, x in zip(spans, cands, features(doc["text"], mentions, cands, gaz, context)):
                if not entries:
                    continue
                km = [gazetteer.distance_km(t["lat"], t["lon"], e.lat, e.lon) if e.lat is not None else 1e9
                      for e in entries]
                j = int(np.argmin(km))
                out.setdefault(doc["split"], []).append((x, j, km[j] <= MAX_KM))
    return out


def stack(data: list[tuple[np.ndarray, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The rows of every choice standardised, their mean and scale, the choice each row belongs
    to, and the row of each choice's answer: what a conditional logit is fitted on."""
    stacked = np.vstack([x for x, _ in data])
    mean = stacked.mean(axis=0)
    scale = stacked.std(axis=0)
    scale[scale == 0] = 1.0
    sizes = np.array([len(x) for x, _ in data])
    group = np.repeat(np.arange(len(data)), sizes)
    gold = np.concatenate([[0], np.cumsum(sizes)[:-1]]) + np.array([j for _, j in data])
    return (stacked - mean) / scale, mean, scale, group, gold


def fit(data: list[tuple[np.ndarray, int, bool]], l2: float = 1e-3, steps: int = 600,
        rate: float = 0.05) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, scale, weights) of a conditional logit fitted by Adam on the reachable examples."""
    data = [(x, j) for x, j, ok in data if ok and len(x) > 1]
    xs, mean, scale, group, gold = stack(data)
    w = np.zeros(xs.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, steps + 1):
        z = xs @ w
        zmax = np.full(len(data), -np.inf)
        np.maximum.at(zmax, group, z)
        e = np.exp(z - zmax[group])
        total = np.bincount(group, weights=e)
        p = e / total[group]
        grad = xs.T @ p - xs[gold].sum(axis=0)
        grad = grad / len(data) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return mean, scale, w


def accuracy(data: list[tuple[np.ndarray, int, bool]], mean, scale, w) -> float:
    """Share of toponyms whose top candidate is the right one and within MAX_KM."""
    if not data:
        return float("nan")
    hits = sum(ok and int(np.argmax(((x - mean) / scale) @ w)) == j for x, j, ok in data)
    return hits / len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khaldun.train.places", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"Training data not found: {args.data} (expected ../shared/train beside the checkout)", file=sys.stderr)
        return 2
    digest = hashlib.sha256(args.data.read_bytes()).hexdigest()
    gaz = gazetteer.load()
    splits = examples(args.data, gaz)
    train = [ex for s in TRAIN_SPLITS for ex in splits.get(s, [])]
    mean, scale, w = fit(train)
    held_out = [ex for s, exs in splits.items() if s not in TRAIN_SPLITS for ex in exs]
    report = {"train_accuracy_161km": round(accuracy(train, mean, scale, w), 4),
              "held_out_accuracy_161km": round(accuracy(held_out, mean, scale, w), 4),
              "held_out_toponyms": len(held_out),
              "most_populous_baseline_held_out": round(sum(ok and j == 0 for _, j, ok in held_out) / len(held_out), 4)}
    model = {
        "model": "conditional logit over a toponym's gazetteer candidates",
        "trained_by": "python -m khaldun.train.places",
        "training_data": args.data.name,
        "training_data_sha256": digest,
        "training_splits": list(TRAIN_SPLITS),
        "gazetteer_format": gazetteer.FORMAT,
        "report": report,
        "features": list(FEATURES),
        "mean": [round(float(a), 6) for a in mean],
        "scale": [round(float(a), 6) for a in scale],
        "weights": [round(float(a), 6) for a in w],
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
