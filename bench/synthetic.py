"""Check khaldun's event types against the synthetic PLOVER stories, as a test of how far the
trigger lexicon carries beyond the evaluation sets it was read against.

    python bench/synthetic.py [--every N] [--start S] [--limit K] [-v]

The stories (train/ngec_synthetic_plover_stories.csv, Halterman 2023, MIT) are written by a
language model from headline templates, one PLOVER type each; the label belongs to the story,
not to a sentence, and the text is invented. So the figures say how often khaldun's reading of
a story reaches its labelled kind, never an accuracy: a story of a strike may well also report
talks and threats. Every Nth story is read (file order; the stories come grouped by template, so
the sample spreads over all of them), from the Sth story on (another S reads stories the lexicon
was not studied on), at most K. For each label: the share of stories whose lead event (the first
event in the text, by the trigger's place) is of the label's type, the share with an event of
that type anywhere, and the share with no event at all; then the lead events' types against the
labels. ``-v`` prints, for each story whose lead is of another type,
the label, the lead's type and trigger and the sentence it stands in.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter, defaultdict
from pathlib import Path

import khaldun

STORIES = Path(__file__).resolve().parent.parent.parent / "shared" / "train" / "ngec_synthetic_plover_stories.csv"


def sample(path: Path, every: int, start: int, limit: int) -> list[dict]:
    with path.open(newline="") as f:
        rows = list(csv.DictReader(f))
    return rows[start::every][:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--every", type=int, default=9, help="read every Nth story (default 9: 500 stories)")
    ap.add_argument("--start", type=int, default=0, help="the first story read (default 0)")
    ap.add_argument("--limit", type=int, default=600, help="at most this many stories")
    ap.add_argument("--stories", type=Path, default=STORIES, help="the stories' CSV file")
    ap.add_argument("-v", action="store_true", help="list the stories whose lead event is of another type")
    args = ap.parse_args()

    rows = sample(args.stories, args.every, args.start, args.limit)
    counts: dict[str, Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    start = time.perf_counter()
    for row in rows:
        label = row["label"]
        events = sorted(khaldun.extract(row["text"]).events, key=lambda e: e.trigger_span[0])
        c = counts[label]
        c["stories"] += 1
        lead = events[0] if events else None
        confusion[label][lead.type if lead else "-"] += 1
        c["lead"] += bool(lead and lead.type == label)
        c["any"] += any(e.type == label for e in events)
        c["none"] += not events
        if args.v and lead and lead.type != label:
            print(f"  {label:9} lead {lead.type:9} {lead.trigger!r:22} | {lead.text[:110]!r}")
    took = time.perf_counter() - start

    def share(a: int, b: int) -> str:
        return f"{a / max(b, 1):.2f}"

    total = Counter()
    print(f"{'label':10} {'stories':>7} {'lead':>5} {'any':>5} {'none':>5}")
    for label in sorted(counts):
        c = counts[label]
        total.update(c)
        print(f"{label:10} {c['stories']:7} {share(c['lead'], c['stories']):>5} {share(c['any'], c['stories']):>5} "
              f"{share(c['none'], c['stories']):>5}")
    print(f"{'all':10} {total['stories']:7} {share(total['lead'], total['stories']):>5} "
          f"{share(total['any'], total['stories']):>5} {share(total['none'], total['stories']):>5}")
    macro = sum(counts[k]["lead"] / counts[k]["stories"] for k in counts) / max(len(counts), 1)
    print(f"lead macro average {macro:.2f}   ({len(rows)} stories, {took:.0f}s)")
    print("\nlead event's type (columns) by label (rows); '-' no event")
    cols = sorted({t for row in confusion.values() for t in row}, key=lambda t: (t == "-", t))
    print(f"{'':10}" + "".join(f"{t[:6]:>7}" for t in cols))
    for label in sorted(confusion):
        print(f"{label:10}" + "".join(f"{confusion[label][t] or '.':>7}" for t in cols))


if __name__ == "__main__":
    main()
