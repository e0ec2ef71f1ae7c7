"""Fit the place ranker: ``python -m khaldun.train.places [--data FILE] [--out FILE]``.

Learns from ``../shared/train/wotr_toponyms.jsonl`` (War of the Rebellion toponyms, MIT): for
every annotated toponym, the gazetteer's candidates for its name, the one nearest the annotated
coordinates as the answer (toponyms whose nearest candidate is over 161 km away teach nothing and
are skipped). The model is a conditional logit (softmax over one name's candidates) with an L2
penalty, fitted by full-batch gradient descent in numpy: same data, same weights. It is fitted
twice: a first pass on the name and the document's countries, then a second that also weighs
where the first pass placed the document's other names (same country, same province, distance),
as the ranker applies them. It trains on
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
from ..extract.ranker import (FEATURES, MODEL, SECOND_FEATURES, Mention, Stage, choose, context_countries,
                              features, second_features)

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "train" / "wotr_toponyms.jsonl"
TRAIN_SPLITS = ("train", "devtrain1")
MAX_KM = 161.0


Doc = tuple[list[np.ndarray], list[list], list[tuple[int, bool] | None], list[Mention]]


def documents(path: Path, gaz) -> dict[str, list[Doc]]:
    """Split -> documents, each as (the features of every toponym's candidates, the candidates,
    per toponym the index of the right one and whether it is within MAX_KM, or None for a
    toponym without candidates, and the toponyms)."""
    out: dict[str, list[Doc]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            spans = [t for t in doc["toponyms"] if t.get("lat") is not None]
            mentions = [Mention(t["start"], t["end"], doc["text"][t["start"]:t["end"]]) for t in spans]
            cands = [gaz.candidates(m.text)[:50] for m in mentions]
            context = context_countries(doc["text"], mentions, cands, gaz)
            xs = features(doc["text"], mentions, cands, gaz, context)
            answers: list[tuple[int, bool] | None] = []
            for t, entries in zip(spans, cands):
                if not entries:
                    answers.append(None)
                    continue
                km = [gazetteer.distance_km(t["lat"], t["lon"], e.lat, e.lon) if e.lat is not None else 1e9
                      for e in entries]
                j = int(np.argmin(km))
                answers.append((j, km[j] <= MAX_KM))
            out.setdefault(doc["split"], []).append((xs, cands, answers, mentions))
    return out


def examples(docs: list, stage: Stage | None = None) -> list[tuple[np.ndarray, int, bool]]:
    """(features of one toponym's candidates, index of the right one, whether it is within
    MAX_KM) per toponym with candidates: the first pass's features, or with ``stage`` (the
    fitted first pass) the second's, which add the first pass's choices for the other names."""
    out = []
    for xs, cands, answers, mentions in docs:
        if stage is not None:
            picks = [p[0] if p else None for p in choose(stage, cands, xs)]
            xs = second_features(mentions, cands, xs, picks)
        out.extend((x, *a) for x, a in zip(xs, answers) if a is not None)
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


def _part(names: list[str], mean, scale, w) -> dict:
    return {"features": list(names), "mean": [round(float(a), 6) for a in mean],
            "scale": [round(float(a), 6) for a in scale], "weights": [round(float(a), 6) for a in w]}


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
    splits = documents(args.data, gaz)
    train_docs = [d for s in TRAIN_SPLITS for d in splits.get(s, [])]
    held_docs = [d for s, docs in splits.items() if s not in TRAIN_SPLITS for d in docs]
    first = _part(FEATURES, *fit(examples(train_docs)))
    stage = Stage(first, FEATURES)
    train, held_out = examples(train_docs, stage), examples(held_docs, stage)
    second = _part(SECOND_FEATURES, *fit(train))
    mean, scale, w = (np.asarray(second[k]) for k in ("mean", "scale", "weights"))
    first_held = examples(held_docs)
    report = {"train_accuracy_161km": round(accuracy(train, mean, scale, w), 4),
              "held_out_accuracy_161km": round(accuracy(held_out, mean, scale, w), 4),
              "held_out_first_pass_accuracy_161km": round(accuracy(first_held, *(np.asarray(first[k]) for k in (
                  "mean", "scale", "weights"))), 4),
              "held_out_toponyms": len(held_out),
              "most_populous_baseline_held_out": round(sum(ok and j == 0 for _, j, ok in held_out) / len(held_out), 4)}
    model = {
        "model": "conditional logit over a toponym's gazetteer candidates, in two passes",
        "trained_by": "python -m khaldun.train.places",
        "training_data": args.data.name,
        "training_data_sha256": digest,
        "training_splits": list(TRAIN_SPLITS),
        "gazetteer_format": gazetteer.FORMAT,
        "report": report,
        **first,
        "second": second,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
