"""Read khaldun's events of the hand-coded articles (tests/data/articles) against their coding,
as an analyst checks a batch of stories.

    python bench/articles.py [FIRST LAST] [-v]      # articles FIRST..LAST (default: all)

Each event khaldun codes is matched to the coded event of its PLOVER type in the same article whose
evidence words it shares most (at least three points: a shared content word is one, a trigger among
the evidence's words two; the words and triggers of every report the event gathers, a headline's
event with the body's sentences that tell it again); events matched to none are outside the coding
(wrong kind, or an act the coding leaves out); further events matched to one coded event are its
duplicates, of which those on one report's words are counted apart: khaldun writes one event per
source and target of a report ("France and Britain urged Iran": two), as CAMEO coders do, where the
coding writes one. The share
is also given for the events exported as asserted, the ones an analyst filtering out negated, hedged
and hypothetical reports keeps. For each asserted coded event found, the record that gathers most
reports is read for its actors' countries (a coded event marked "either side" may be read both
ways), its date (the coded day, month or year, or a coded day within the days the event is dated to;
a range "A to B"; "X onwards" from X) and its place (any of the coded place's comma-separated names,
as the gazetteer names the place or as the article writes it, "Kanyabayonga" that GeoNames spells
Kanyobagonga; or its admin1). The first coded event of an article is its lead. ``-v`` lists every
miss and every event with its tag."""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

import khaldun

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
FIELDS = ("article", "type", "cameo", "source", "target", "date", "place", "certainty", "evidence")
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
STOP = set("the a an and of to in on at by for with from that this was were had has have its their his her "
           "said says would will been after before into over about than".split())
INTERNATIONAL = {"IGOUNO": "UNO", "IGOEUR": "EUR"}  # the export's codes for the UN's and the EU's bodies


def fold(s: str | None) -> str:
    return unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower().strip()


def content_words(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]+", fold(s)) if w not in STOP and len(w) > 2}


def coding() -> list[dict]:
    rows = []
    for line in (ARTICLES / "expected.tsv").read_text().splitlines():
        if line.strip() and not line.startswith(("#", "article\t")):
            rows.append(dict(zip(FIELDS, line.split("\t"))))
    return rows


def published(text: str, rows: list[dict]) -> dt.date:
    """The dateline's day, in the year of the article's coded dates (datelines name none)."""
    m = re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b", text)
    year = next(int(r["date"][:4]) for r in rows if r["date"][:4].isdigit())
    return dt.date(year, MONTHS[m.group(1).lower()], int(m.group(2)))


def countries(code: str) -> set[str]:
    out = set()
    for c in filter(None, (c.strip() for c in code.split(","))):
        if c in ("WST", "CVL"):  # "Western powers", "rights groups": no country to check
            continue
        out.add(INTERNATIONAL.get(c, "IGO") if c.startswith("IGO") else c[:3])
    return out


def side(coded: str, actor: dict | None) -> str | None:
    want = countries(coded)
    if not want:
        return None
    got = (actor or {}).get("country")
    return "missing" if not got else "right" if got in want else "wrong"


def day(coded: str, event: dict) -> str | None:
    if not coded[:4].isdigit():
        return None
    got = (event.get("date") or {}).get("start") or (event.get("date") or {}).get("end")
    if not got:
        return "missing"
    low = coded.split()[0]
    if " to " in coded:
        return "right" if low <= got[:10] <= coded.split(" to ")[1] else "wrong"
    date = event["date"]
    if len(low) == 10 and date.get("precision") == "day" and date.get("start") and date.get("end"):
        # days named as a span ("overnight": the night's two days; a statement: the day of the
        # report or the one before) are right when the coded day is one of them
        return "right" if date["start"] <= low <= date["end"] else "wrong"
    return "right" if got.startswith(low) else "wrong"


def place(coded: str, event: dict) -> str | None:
    if not coded:
        return None
    loc = event.get("location") or {}
    if not loc.get("name"):
        return "missing"
    names = {fold(p) for p in coded.split(",")}
    got = {g for g in (fold(loc.get("name")), fold(loc.get("admin1")), fold(loc.get("text"))) if g}
    got |= {g.split(" ")[0] for g in got}  # "Bannu District" is Bannu
    return "right" if any(n in g or g in n for n in names for g in got) else "wrong"


def match(rows: list[dict], events: list[dict]) -> dict[int, int]:
    """event index -> coded row index, by type and shared evidence words."""
    out = {}
    for i, ev in enumerate(events):
        reports = ev.get("mentions") or [ev]
        words = set().union(*(content_words(m["text"]) | content_words(m.get("trigger")) for m in reports))
        trigger = set().union(*(set(fold(m.get("trigger")).split()) for m in reports))
        scores = [(len(words & content_words(r["evidence"])) + 2 * bool(trigger & content_words(r["evidence"])), j)
                  for j, r in enumerate(rows) if r["type"] == ev["type"]]
        best = max(scores, key=lambda s: (s[0], -s[1]), default=(0, None))  # the first coded of the best
        if best[0] >= 3:
            out[i] = best[1]
    return out


def score(articles: list[str], verbose: bool = False) -> dict[str, int]:
    rows_all = coding()
    tally: dict[str, int] = {}

    def add(key: str, n: int = 1) -> None:
        tally[key] = tally.get(key, 0) + n

    for art in articles:
        rows = [r for r in rows_all if r["article"] == art]
        text = next(ARTICLES.glob(art + "_*.txt")).read_text()
        events = [e.export() for e in khaldun.extract(text, date=published(text, rows)).events]
        found = match(rows, events)
        by_row: dict[int, list[int]] = {}
        for i, j in sorted(found.items()):
            by_row.setdefault(j, []).append(i)
        add("events", len(events))
        add("matched", len(found))
        asserted = [i for i, e in enumerate(events) if e["certainty"] == "asserted"]
        add("events_asserted", len(asserted))
        add("matched_asserted", sum(i in found for i in asserted))
        add("duplicates", sum(len(v) - 1 for v in by_row.values()))
        add("dyads", sum(1 for v in by_row.values() for k, i in enumerate(v)
                         if any(events[i]["trigger_span"] == events[o]["trigger_span"] for o in v[:k])))
        for j, r in enumerate(rows):
            hits = by_row.get(j, [])
            if r["certainty"] != "asserted":
                add("coded_unasserted")
                add("unasserted_coded_asserted", any(events[i]["certainty"] == "asserted" for i in hits))
                continue
            add("coded")
            add("leads", j == 0)
            if not hits:
                if verbose:
                    print(f"  MISS {art} {r['type']} {r['source']}->{r['target']} | {r['evidence'][:90]}")
                continue
            add("found")
            add("leads_found", j == 0)
            ev = events[max(hits, key=lambda i: (len(ev_mentions(events[i])), -i))]
            s, t = side(r["source"], ev.get("source")), side(r["target"], ev.get("target"))
            if "either side" in r["evidence"]:
                s2, t2 = side(r["source"], ev.get("target")), side(r["target"], ev.get("source"))
                if [s2, t2].count("right") > [s, t].count("right"):
                    s, t = s2, t2
            for key, verdict in (("source", s), ("target", t), ("date", day(r["date"], ev)),
                                 ("place", place(r["place"], ev))):
                if verdict:
                    add(f"{key}_{verdict}")
                    if verbose and verdict != "right":
                        print(f"  {key.upper()}-{verdict} {art} {r['type']} coded={r[key]!r} | {ev['text'][:80]}")
        if verbose:
            for i, ev in enumerate(events):
                tag = "XTRA" if i not in found else "DUP " if by_row[found[i]][0] != i else "    "
                s, t = ev.get("source") or {}, ev.get("target") or {}
                print(f"{tag} {art} {ev['type']:8} {ev['cameo']:5} {ev['certainty'][:5]} "
                      f"{s.get('country')}{s.get('sector') or ''}->{t.get('country')}{t.get('sector') or ''} "
                      f"{(ev.get('date') or {}).get('start')} {(ev.get('location') or {}).get('name')} | "
                      f"{ev['trigger']} | {ev['text'][:90]}")
    return tally


def ev_mentions(event: dict) -> list:
    return event.get("mentions") or []


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    first, last = (int(args[0]), int(args[1])) if len(args) == 2 else (1, 99)
    arts = sorted(p.name[:2] for p in ARTICLES.glob("[0-9][0-9]_*.txt") if first <= int(p.name[:2]) <= last)
    t = score(arts, "-v" in sys.argv)

    def ratio(a: str, b: str) -> str:
        return f"{t.get(a, 0)}/{t.get(b, 0)} = {t.get(a, 0) / max(t.get(b, 0), 1):.2f}"

    print(f"articles {arts[0]}-{arts[-1]}")
    print("events matched to a coded event (right kind)", ratio("matched", "events"),
          "  of those exported as asserted", ratio("matched_asserted", "events_asserted"))
    print("duplicates within an article", t.get("duplicates", 0),
          f"  of which further source-target pairs of one report {t.get('dyads', 0)}")
    print("coded events found", ratio("found", "coded"), "  leads found", ratio("leads_found", "leads"))
    for key in ("source", "target", "date", "place"):
        print(f"{key} right/wrong/missing", *(t.get(f"{key}_{v}", 0) for v in ("right", "wrong", "missing")))
    print("unasserted coded events coded as asserted", ratio("unasserted_coded_asserted", "coded_unasserted"))


if __name__ == "__main__":
    main()
