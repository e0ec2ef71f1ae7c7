"""Fit the event-place model: ``python -m khaldun.train.event_places [--data FILE] [--out FILE]``.

Learns from ``../shared/eval/event_location_gold.jsonl`` (MIT): for every annotated event verb,
the candidate place spans of extract/event_place.py and "no place said", the annotated span as
the answer (or "no place" when the sentence's annotators marked none and no candidate matches).
The model is the conditional logit of train/places.py. It is fitted five times on four fifths of
the documents and scored on the fifth (the held-out figure reported, and the weights per fold that
`khaldun eval event_location` uses so that each record is scored by a model that never saw it),
then once on everything (the shipped weights). The model file records the sha256 digest of the
data it learned from.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

from ..evaluation import DEFAULT_DIR, load_records, offsets_in_clean_text, parsed, prf
from ..extract.event_place import FEATURES, MODEL, candidates, features
from ..pipeline import Pipeline
from .places import fit

DEFAULT_DATA = DEFAULT_DIR / "event_location_gold.jsonl"
FOLDS = 5


def fold_of(record: dict) -> int:
    """The cross-validation fold of a record, by a digest of its document (sentences of one
    article, "APW_ENG_20031101.0130_5_shoot", share a fold)."""
    group = record.get("doc_id") or re.sub(r"_\d+_[^_]+$", "", str(record.get("orig_id") or record["id"]))
    return hashlib.sha1(group.encode()).digest()[0] % FOLDS


def gold_spans(record: dict) -> set[tuple[int, int]]:
    """The annotated location spans in the cleaned text (empty and one-letter spans mark "none")."""
    at = offsets_in_clean_text(record["text"])
    return {(at(s["start"]), at(s["end"])) for s in record["event_locations"] if len(s["text"].strip()) > 1}


def examples(records: list[dict], pipeline: Pipeline) -> list[tuple[int, set, list[tuple[int, int]], np.ndarray]]:
    """(fold, gold spans, candidate spans, features) per annotated event verb."""
    out = []
    items = [(r["text"], None) for r in records]
    for r, (doc, finder) in zip(records, parsed(pipeline, items)):
        at = offsets_in_clean_text(r["text"])
        gold = gold_spans(r)
        for v in r["verb"]:
            span = doc.char_span(at(v["start"]), at(v["end"]), alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            cands = candidates(finder, tok, finder.rule_location(tok))
            spans = [(c.place.char_start, c.place.char_end) for c in cands]
            out.append((fold_of(r), gold, spans, features(finder, tok, cands)))
    return out


def _training(data) -> list[tuple[np.ndarray, int, bool]]:
    out = []
    for _, gold, spans, x in data:
        j = next((k for k, s in enumerate(spans) if s in gold), len(spans))
        out.append((x, j, True))
    return out


def score(data, models: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> dict[str, float]:
    """Span P/R/F1 of the chosen candidates, counted as `khaldun eval event_location` counts them;
    each example is scored by ``models[its fold]`` (one model for all: the same one five times)."""
    tp = fp = fn = 0
    for k, gold, spans, x in data:
        mean, scale, w = models[k]
        j = int(np.argmax(((x - mean) / scale) @ w))
        pred = {spans[j]} if j < len(spans) else set()
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return prf(tp, fp, fn)


def fit_model(data) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The conditional logit, then the weight of "no place said" moved to the offset that gives
    the best span F1 on the same data: the set marks many stated places as none, which the
    likelihood fit follows and span F1 does not reward."""
    mean, scale, w = fit(_training(data))
    null = FEATURES.index("null")
    best = max(np.arange(-3.0, 1.01, 0.1), key=lambda b: score(data, [(mean, scale, _shift(w, null, b * scale[null]))]
                                                               * FOLDS)["f1"])
    return mean, scale, _shift(w, null, best * scale[null])


def _shift(w: np.ndarray, i: int, by: float) -> np.ndarray:
    out = w.copy()
    out[i] += by
    return out


def _weights(mean, scale, w) -> dict[str, list[float]]:
    return {"mean": [round(float(a), 6) for a in mean], "scale": [round(float(a), 6) for a in scale],
            "weights": [round(float(a), 6) for a in w]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khaldun.train.event_places", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"Training data not found: {args.data} (expected ../shared/eval beside the checkout)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    digest = hashlib.sha256(args.data.read_bytes()).hexdigest()
    data = examples(load_records(args.data.parent, args.data.name), Pipeline())
    models = [fit_model([d for d in data if d[0] != k]) for k in range(FOLDS)]
    final = fit_model(data)
    report = {"held_out_location_span": score(data, models), "train_location_span": score(data, [final] * FOLDS),
              "event_verbs": len(data), "seconds": round(time.perf_counter() - t0, 1)}
    model = {
        "model": "conditional logit over an event's candidate place spans and 'no place said'",
        "trained_by": "python -m khaldun.train.event_places",
        "training_data": args.data.name,
        "training_data_sha256": digest,
        "fold_of": "sha1(document)[0] % 5, khaldun.train.event_places.fold_of",
        "report": report,
        "features": list(FEATURES),
        **_weights(*final),
        "folds": [_weights(*m) for m in models],
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
