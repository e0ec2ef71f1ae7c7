"""Fit the event-place model: ``python -m khaldun.train.event_places [--data FILE] [--out FILE]``.

Learns from the dev half of ``../shared/eval/event_location_gold.jsonl`` (MIT; the suites'
``fold`` of the record id), leaving its test half unseen: for every annotated event verb, the
candidate place spans of extract/event_place.py and "no place said", every annotated span among
them an answer (a list of places is all annotated: "shelled Jobar, Arbin and Douma"; the
likelihood fitted is that of picking any of them), or "no place" when no candidate matches. The
model is a conditional logit whose score is linear in the features plus 16 tanh units over them,
fitted by Adam in numpy from three fixed seeds and scoring the mean of the three. It is fitted five times on four fifths of the dev
documents and scored on the fifth (the held-out figure reported, and the weights per fold that
`khaldun eval event_location` uses for dev records), then once on the whole dev half (the shipped
weights, which score the test half). The weight of "no place said" is then moved by the offset
that gives the best span F1 of the places the pick gives the event (the places coordinated with
it, or the rules' and dateline's when no place is said: ``event_place.outcome``) on the folds'
held-out examples. The model file records the sha256 digest of the data it learned from.
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

from ..evaluation import DEFAULT_DIR, fold, load_records, location_spans, offsets_in_clean_text, parsed, prf
from ..extract.event_place import FEATURES, MODEL, Scorer, choices, features, outcome
from ..pipeline import Pipeline
from .places import stack

DEFAULT_DATA = DEFAULT_DIR / "event_location_gold.jsonl"
FOLDS = 5


def fold_of(record: dict) -> int:
    """The cross-validation fold of a record, by a digest of its document (sentences of one
    article, "APW_ENG_20031101.0130_5_shoot", share a fold)."""
    group = record.get("doc_id") or re.sub(r"_\d+_[^_]+$", "", str(record.get("orig_id") or record["id"]))
    return hashlib.sha1(group.encode()).digest()[0] % FOLDS


Example = tuple[int, set, list[tuple[int, int]], np.ndarray, list[set]]


def examples(records: list[dict], pipeline: Pipeline) -> list[Example]:
    """(fold, gold spans, candidate spans, features, the place spans each pick gives the event)
    per annotated event verb."""
    out = []
    items = [(r["text"], None) for r in records]
    for r, (doc, finder) in zip(records, parsed(pipeline, items)):
        at = offsets_in_clean_text(r["text"])
        gold = location_spans(r, at)
        for v in r["verb"]:
            span = doc.char_span(at(v["start"]), at(v["end"]), alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            rule = finder.rule_location(tok)
            cands = choices(finder, tok, rule)
            spans = [(c.place.char_start, c.place.char_end) for c in cands]
            given = [{(p.char_start, p.char_end) for p in outcome(finder, tok, rule, cands, k)}
                     for k in range(len(cands) + 1)]
            out.append((fold_of(r), gold, spans, features(finder, tok, cands), given))
    return out


HIDDEN = 16


def _training(data: list[Example]) -> list[tuple[np.ndarray, list[int]]]:
    """(features, the rows of the answers) per example with a choice to make."""
    out = []
    for _, gold, spans, x, _ in data:
        if spans:
            out.append((x, [k for k, s in enumerate(spans) if s in gold] or [len(spans)]))
    return out


def fit(examples: list[tuple[np.ndarray, list[int]]], steps: int = 800, rate: float = 0.02, l2: float = 3e-2,
        seed: int = 0) -> dict[str, np.ndarray]:
    """The parameters of the scorer (extract/event_place.Scorer) fitted by Adam on the softmax
    likelihood of each example's answers among its rows (the sum of their probabilities); fixed
    seed, same data, same weights."""
    z, mean, scale, group, _ = stack([(x, answers[0]) for x, answers in examples])
    starts = np.concatenate([[0], np.cumsum([len(x) for x, _ in examples])[:-1]])
    answer = np.zeros(len(z))
    for start, (_, answers) in zip(starts, examples):
        answer[start + np.array(answers)] = 1.0
    rng = np.random.default_rng(seed)
    p = {"hidden": rng.normal(0.0, 0.1, (z.shape[1], HIDDEN)), "hidden_bias": np.zeros(HIDDEN),
         "output": np.zeros(HIDDEN), "weights": np.zeros(z.shape[1])}
    m = {k: np.zeros_like(a) for k, a in p.items()}
    v = {k: np.zeros_like(a) for k, a in p.items()}
    n = len(examples)
    for step in range(1, steps + 1):
        h = np.tanh(z @ p["hidden"] + p["hidden_bias"])
        score = h @ p["output"] + z @ p["weights"]
        top = np.full(n, -np.inf)
        np.maximum.at(top, group, score)
        e = np.exp(score - top[group])
        g = e / np.bincount(group, weights=e)[group]
        right = g * answer
        g -= right / np.bincount(group, weights=right)[group]  # the answers' share of their probability
        g /= n
        dh = np.outer(g, p["output"]) * (1 - h ** 2)
        grads = {"weights": z.T @ g, "output": h.T @ g, "hidden": z.T @ dh, "hidden_bias": dh.sum(axis=0)}
        for k in p:
            grad = grads[k] + (l2 * p[k] if k != "hidden_bias" else 0.0)
            m[k] = 0.9 * m[k] + 0.1 * grad
            v[k] = 0.999 * v[k] + 0.001 * grad ** 2
            p[k] -= rate * (m[k] / (1 - 0.9 ** step)) / (np.sqrt(v[k] / (1 - 0.999 ** step)) + 1e-8)
    return {"mean": mean, "scale": scale, **p}


MEMBERS = 3


def fit_members(examples: list[tuple[np.ndarray, list[int]]]) -> dict[str, np.ndarray]:
    """The scorer's members: ``fit`` from ``MEMBERS`` seeds, each weight array stacked on a first
    axis (the standardisation is the data's, the same for all). One fit's held-out span F1 moves
    by a point or more with its seed; their mean score does not."""
    members = [fit(examples, seed=seed) for seed in range(MEMBERS)]
    stacked = {k: np.stack([m[k] for m in members]) for k in ("weights", "hidden", "hidden_bias", "output")}
    return {"mean": members[0]["mean"], "scale": members[0]["scale"], **stacked}


def score(data: list[Example], models: list[Scorer]) -> dict[str, float]:
    """Span P/R/F1 of the places each pick gives the event, counted as `khaldun eval
    event_location` counts them; each example is scored by ``models[its fold]`` (one model for
    all: the same one five times)."""
    tp = fp = fn = 0
    for k, gold, _, x, given in data:
        pred = given[int(np.argmax(models[k].raw(x)))]
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return prf(tp, fp, fn)


OFFSETS = np.arange(-3.0, 0.51, 0.25)


def _shifted(params: dict[str, np.ndarray], b: float) -> dict[str, list]:
    """The parameters with the weight of "no place said" moved by ``b`` standard deviations."""
    null = FEATURES.index("null")
    w = params["weights"].copy()
    w[:, null] += b * params["scale"][null]
    return {k: np.round(a, 6).tolist() for k, a in (params | {"weights": w}).items()}


def fit_models(data) -> tuple[list[dict[str, list]], dict[str, list], float]:
    """The model of each fold (fitted without it), the final one (fitted on all), and the shift
    of the weight of "no place said" that gives the best span F1 on the folds' held-out examples,
    applied to all: the set marks many stated places as none, which the likelihood fit follows
    and span F1 does not reward."""
    folds = [fit_members(_training([d for d in data if d[0] != k])) for k in range(FOLDS)]
    final = fit_members(_training(data))

    def f1(b: float) -> float:
        return score(data, [Scorer(_shifted(p, b) | {"features": list(FEATURES)}) for p in folds])["f1"]

    b = float(max(OFFSETS, key=f1))
    return [_shifted(p, b) for p in folds], _shifted(final, b), b


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
    records = [r for r in load_records(args.data.parent, args.data.name) if fold(r["id"]) == "dev"]
    data = examples(records, Pipeline())
    folds, final, offset = fit_models(data)
    named = [Scorer(f | {"features": list(FEATURES)}) for f in folds]
    report = {"held_out_location_span": score(data, named),
              "train_location_span": score(data, [Scorer(final | {"features": list(FEATURES)})] * FOLDS),
              "null_offset": offset, "event_verbs": len(data), "seconds": round(time.perf_counter() - t0, 1)}
    model = {
        "model": f"conditional logit (linear + {HIDDEN} tanh units; the mean of {MEMBERS} fits from different "
                 "seeds) over an event's candidate place spans and 'no place said'",
        "trained_by": "python -m khaldun.train.event_places",
        "training_data": args.data.name,
        "training_records": "the dev half (khaldun.evaluation.fold); the test half is held out",
        "training_data_sha256": digest,
        "fold_of": "sha1(document)[0] % 5, khaldun.train.event_places.fold_of",
        "report": report,
        "features": list(FEATURES),
        "hidden_units": HIDDEN,
        "members": MEMBERS,
        **final,
        "folds": folds,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
