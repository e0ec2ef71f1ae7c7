"""Build the packaged actor knowledge base from the shared source files (``make kb``).

Reads ``actors.jsonl``, ``agents.jsonl`` and ``country_names.jsonl`` (see the README of the
folder they come from for their fields, sources and licences) and writes compact gzip tables
beside this module, with ``SOURCES.txt`` naming each input and its sha256. The output depends
only on the inputs: same files, same bytes.

    python -m khaldun.kb.build [--source ../shared/kb]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEFAULT_SOURCE = HERE.parent.parent.parent / "shared" / "kb"
INPUTS = ("actors.jsonl", "agents.jsonl", "country_names.jsonl")
ROLE_FIELDS = ("sector", "country", "start", "end", "open_as_of", "default", "title", "code")


def _clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").replace("|", "/").split())


def _actor_row(r: dict) -> str:
    flags = "".join(f for f, on in (("g", r.get("generic")),) if on)
    roles = [[ro.get(k) if k != "default" else int(bool(ro.get("default"))) for k in ROLE_FIELDS]
             for ro in r["roles"]]
    cells = [r["id"], _clean(r["name"]), r["kind"], r.get("country") or "", r.get("wikidata") or "", flags,
             "|".join(_clean(a) for a in r.get("aliases") or ()),
             "|".join(_clean(a) for a in r.get("derived_aliases") or ()),
             json.dumps(roles, ensure_ascii=False, separators=(",", ":"))]
    return "\t".join(cells)


def _index(actors: list[dict]) -> list[str]:
    """Folded alias -> actor ids, so that loading needs no folding (``khaldun.kb.keys``)."""
    from . import keys, short_form_keys, spelling_key, surname, surname_keys

    table: dict[str, list[str]] = {}
    derived: dict[str, list[str]] = {}
    for r in actors:
        for alias in _with_acronyms((r["name"], *(r.get("aliases") or ()))):
            for key in keys(alias):
                if r["id"] not in table.setdefault(key, []):
                    table[key].append(r["id"])
        person = r["kind"] == "person" and not r.get("generic")
        # a merged record's names each give their surname, as the records did apart ("Ukhna
        # Khurelsukh" Khurelsukh, "Khurelsukh Ukhnaa" Ukhnaa)
        families = [f for f in (surname(n, r.get("country")) for n in (r["name"], *r.get("merged", ()))) if f]
        family = families[0] if person and families else None
        for key in (k for f in families for k in surname_keys(f)) if family else ():
            # a person's surname, tried only for a bare surname nothing else matches
            if r["id"] not in table.setdefault(key, []):
                table[key].append(r["id"])
        if family:
            for alias in (r["name"], *(r.get("aliases") or ())):  # "Aleksandr" for "Alexander"
                key = spelling_key(alias)
                if key and r["id"] not in table.setdefault(key, []):
                    table[key].append(r["id"])
            # "Cyril Ramaphosa" for "Matamela Cyril Ramaphosa": the full names of the well
            # documented (a Wikidata item), whose short forms the news uses
            for key in short_form_keys(r["name"]) if r.get("wikidata") else ():
                if r["id"] not in table.setdefault(key, []):
                    table[key].append(r["id"])
        for alias in r.get("derived_aliases") or ():
            for key in keys(alias):
                derived.setdefault(key, []).append(r["id"])
    for key, ids in derived.items():  # computed initials count only where no source gives the alias
        table.setdefault(key, ids)
    return [f"{k}\t{'|'.join(v)}" for k, v in sorted(table.items())]


# a name that closes with its acronym in brackets: "Liberation Tigers of Tamil Eelam (LTTE)"
BRACKETED_ACRONYM = re.compile(r"^(.*\S)\s*\(([A-Z][A-Z0-9-]{1,7})\)$")


def _with_acronyms(names: tuple[str, ...]) -> list[str]:
    """The names, and for one that closes with its own acronym in brackets ("Liberation Tigers of
    Tamil Eelam (LTTE)") the name without it and the acronym, as the news writes each alone. The
    acronym is the name's when its letters are initials of the name's words in order, so that a
    bracketed place ("Direct Action (GREECE)", "Nationalist and Farmers (NSW)") is none."""
    out = list(names)
    for name in names:
        m = BRACKETED_ACRONYM.match(name)
        if m is None:
            continue
        initials = [w[0].upper() for w in re.split(r"[\s-]+", m.group(1)) if w[:1].isalpha()]
        letters = [c for c in m.group(2) if c.isalpha()]
        it = iter(initials)
        if letters and initials and letters[0] == initials[0] and all(c in it for c in letters):
            out += [m.group(1), m.group(2)]
    return out


# sources of one record a person: two records of one of them are two people
STRUCTURED = frozenset({"wikidata", "us-congress", "ifg", "fivethirtyeight", "partyfacts"})


def _merged(actors: list[dict]) -> list[dict]:
    """The actors with two records of one person that the source merge left apart joined: the
    same kind (person) and country, a post of one sector in one country in both, names of the
    same words spelled alike, in order or, for a name of two words, reversed (Mongolian and
    Hungarian names written family name first: "Ukhna Khurelsukh", "Khurelsukh Ukhnaa"), and
    never two Wikidata ids or two records of one structured source. A name key that three
    records share is left alone, as is a longer name in another order ("Abdallah bin Khalid",
    "Khalid bin Abdallah": a father and son). The better documented record (a Wikidata item)
    keeps its id and name; the other's name becomes an alias."""
    from ..resolve.names import jaro_winkler, name_words, skeleton_word

    def words(r: dict) -> list[str]:
        return name_words(r["name"]) if r["kind"] == "person" and not r.get("generic") and r.get("country") else []

    def posts(r: dict) -> set[tuple]:
        return {(ro.get("country"), ro["sector"]) for ro in r["roles"] if not ro.get("default")}

    groups: dict[tuple, list[int]] = {}
    for i, r in enumerate(actors):
        w = words(r)
        if len(w) >= 2:
            order = sorted(w) if len(w) == 2 else w
            groups.setdefault((r["country"], tuple(skeleton_word(x) for x in order)), []).append(i)
    drop: set[int] = set()
    for a, b in (ids for ids in groups.values() if len(ids) == 2):
        ra, rb = actors[a], actors[b]
        wa, wb = words(ra), words(rb)
        if len(wa) == 2 and [skeleton_word(x) for x in wa] != [skeleton_word(x) for x in wb]:
            wb = wb[::-1]
        if (ra.get("wikidata") and rb.get("wikidata") and ra["wikidata"] != rb["wikidata"]
                or set(ra["sources"]) & set(rb["sources"]) & STRUCTURED or not posts(ra) & posts(rb)
                or len(wa) != len(wb) or not all(jaro_winkler(x, y) >= 0.9 for x, y in zip(wa, wb))):
            continue
        keep, other = (b, a) if rb.get("wikidata") and not ra.get("wikidata") else (a, b)
        k, o = actors[keep], actors[other]
        actors[keep] = {**k, "wikidata": k.get("wikidata") or o.get("wikidata"),
                        "aliases": list(dict.fromkeys([*(k.get("aliases") or ()), o["name"], *(o.get("aliases") or ())])),
                        "roles": k["roles"] + o["roles"], "sources": list(dict.fromkeys(k["sources"] + o["sources"])),
                        "merged": [o["name"]]}
        drop.add(other)
    return [r for i, r in enumerate(actors) if i not in drop]


def _write(path: Path, header: list[str], rows: list[str]) -> None:
    buf = io.BytesIO()
    # mtime=0 and no file name: the same rows give the same bytes
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(("\t".join(header) + "\n" + "\n".join(rows) + "\n").encode("utf-8"))
    path.write_bytes(buf.getvalue())


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def build(source: Path = DEFAULT_SOURCE, out: Path = DATA) -> dict[str, int]:
    """Convert the three source files into the packaged tables; returns row counts."""
    missing = [n for n in INPUTS if not (source / n).exists()]
    if missing:
        raise SystemExit(f"{source}: missing {', '.join(missing)}; pass --source to the folder holding the "
                         "knowledge-base JSONL files.")
    out.mkdir(parents=True, exist_ok=True)
    # placeholders of the party list ("Islamists [no-party]") are categories, not actors
    actors = _merged([r for r in _read(source / "actors.jsonl") if "[no-party]" not in r["name"]])
    _write(out / "actors.tsv.gz", ["id", "name", "kind", "country", "wikidata", "flags", "aliases", "derived",
                                   "roles"], [_actor_row(r) for r in actors])
    _write(out / "index.tsv.gz", ["key", "ids"], _index(actors))
    agents = _read(source / "agents.jsonl")
    _write(out / "agents.tsv.gz", ["phrase", "forms", "sector", "code", "attach"],
           ["\t".join([_clean(a["phrase"]), "|".join(_clean(f) for f in a["forms"]), a.get("sector") or "",
                       a.get("code") or "", a.get("attach") or ""]) for a in agents])
    countries = _read(source / "country_names.jsonl")
    _write(out / "country_names.tsv.gz", ["country", "names"],
           ["\t".join([c["country"], "|".join(_clean(n) for n in c["names"])]) for c in countries])
    lines = ["# Inputs of the packaged knowledge base (python -m khaldun.kb.build); sha256 of each file.",
             "# Sources and licences of their content: NOTICE at the repository root."]
    for name in INPUTS:
        lines.append(f"{name}\t{hashlib.sha256((source / name).read_bytes()).hexdigest()}")
    (out / "SOURCES.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"actors": len(actors), "agents": len(agents), "countries": len(countries)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="folder holding actors.jsonl, agents.jsonl, country_names.jsonl")
    args = parser.parse_args()
    counts = build(args.source)
    print(" ".join(f"{k} {v}" for k, v in counts.items()), "->", DATA)


if __name__ == "__main__":
    main()
