"""The place ranker: which gazetteer candidate a toponym means, scored by a model learned from data.

Each candidate of each toponym gets named features (how its name matched, its kind and
population, whether the document's other places and countries agree with it, a "Town,
Province" or "Town (Province)" written next to it, a dateline, its distance to the document's
unambiguous places, how many of the document's other names could be a town beside it, its
province named anywhere in the text, even inside an organisation's name). A conditional logit model (one softmax over the candidates of a name)
weighs them, in two passes: the second adds how each candidate agrees with the places the first
pass chose for the document's other names (same country, same province, distance, which counts
for more the smaller the place), so that a homonym follows the towns around it. The weights of
both passes live in ``ontologies/data/place_ranker.json``, fitted by
``python -m khaldun.train.places`` (see that module), with the digest of its training data.

The features read only the text, the toponyms' offsets and the gazetteer, so the model is
trained on annotated text without a parser and applied to the recogniser's toponyms alike.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..gazetteer import KINDS, MATCHES, Entry, Gazetteer, distance_km, fold

MODEL = Path(__file__).resolve().parent.parent / "ontologies" / "data" / "place_ranker.json"

FEATURES = (
    [f"match_{m}" for m in MATCHES] + [f"kind_{k}" for k in KINDS] + [
        "log_population", "population_below_best", "most_populous", "capital", "candidates",
        "context_country", "context_country_seen", "guess_country", "context_admin1",
        "written_parent", "region_word_admin", "region_word_city", "county_word_admin2",
        "anchor_distance", "anchor_near", "no_anchor", "dateline_population", "country_name_country",
        "city_in_country_context", "admin1_support", "other_name_beside_own", "neighbour_support",
        "admin1_named",
    ])

# the second pass adds agreement with the places the first pass chose for the document's other names
PICK_FEATURES = ["pick_country", "pick_admin1", "pick_distance", "pick_near", "no_pick", "pick_distance_minor"]
SECOND_FEATURES = FEATURES + PICK_FEATURES

REGION_WORDS = {"region", "province", "state", "governorate", "district", "county", "oblast", "department",
                "prefecture", "parish", "municipality"}
COUNTY_WORDS = {"county", "district", "parish", "borough"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym's place in the text: offsets and surface."""

    start: int
    end: int
    text: str


def context_countries(text: str, mentions: list[Mention], cands: list[list[Entry]], gaz: Gazetteer,
                      extra: Counter[str] | None = None) -> Counter[str]:
    """The document's countries: those of toponyms with candidates in one country only (twice),
    of demonyms ("Libyan"), and any given from elsewhere (the countries of coded actors)."""
    context: Counter[str] = Counter(extra or {})
    for entries in cands:
        countries = {e.country for e in entries if e.country}
        if len(countries) == 1:
            context[next(iter(countries))] += 2
    for word in re.findall(r"\b[A-Z][a-z]+(?:s)?\b", text):
        iso = gaz.demonyms.get(fold(word))
        if iso:
            context[iso] += 1
    return context


INDEX = {name: i for i, name in enumerate(FEATURES)}


def features(text: str, mentions: list[Mention], cands: list[list[Entry]], gaz: Gazetteer,
             context: Counter[str], only: set[int] | None = None) -> list[np.ndarray]:
    """One feature matrix (candidates x FEATURES) per mention (an empty one for a mention not
    in ``only``, when given: there as context, not to be ranked)."""
    out = []
    total = sum(n for c, n in context.items()) or 1
    for x, entries in zip(_name_features(text, mentions, cands, gaz, only), cands):
        x = x.copy()
        own_countries = {e.country for e in entries}
        for row, e in zip(x, entries):
            if e.country:
                own = 2 if len(own_countries) == 1 else 0
                share = (context.get(e.country, 0) - own) / total
                row[INDEX["context_country"]] = max(0.0, share)
                seen = context.get(e.country, 0) - own > 0
                row[INDEX["context_country_seen"]] = float(seen)
                row[INDEX["city_in_country_context"]] = float(e.kind == "city" and seen)
        out.append(x)
    return out


# the last document's features of its names alone: ``find_places`` ranks one document's names
# twice, first with their own countries on the parsed text (its headline recased), then with its
# actors' too on the text as written, and only the three columns that weigh the countries
# (``context``) differ between the two, unless the recasing changed what the features read there
_last_names: tuple = ()


def _name_features(text: str, mentions: list[Mention], cands: list[list[Entry]], gaz: Gazetteer,
                   only: set[int] | None) -> list[np.ndarray]:
    """:func:`features` but for those that weigh the document's countries (left at 0), read once
    per document (the matrices are shared: copy before writing)."""
    global _last_names
    around = _surroundings(text, mentions, cands, gaz, only)
    last = _last_names
    if last and last[0] is gaz and last[1] == mentions and last[2] == cands and last[3] == only and \
            last[4] == around and all(_written(text, name) == seen for name, seen in last[5].items()):
        return last[6]
    named: dict[str, bool] = {}
    xs = _read_name_features(text, mentions, cands, gaz, only, around, named)
    _last_names = (gaz, list(mentions), list(cands), None if only is None else set(only), around, named, xs)
    return xs


@dataclass(frozen=True, slots=True)
class Surroundings:
    """What the features read from the text around a name (besides which province names the
    text writes)."""

    next_word: str  # in lower case: "province", "county"
    written: tuple[set[str], set[tuple[str, str]]] | None  # the countries and provinces written after it
    dateline: bool  # the name opens the story's dateline


def _surroundings(text: str, mentions: list[Mention], cands: list[list[Entry]], gaz: Gazetteer,
                  only: set[int] | None) -> list[Surroundings | None]:
    """The surroundings of each name with candidates to rank (None for the others)."""
    out: list[Surroundings | None] = []
    for i, (m, entries) in enumerate(zip(mentions, cands)):
        if not entries or only is not None and i not in only:
            out.append(None)
            continue
        after = text[m.end:m.end + 40]
        next_word = re.match(r"\s*([A-Za-z]+)", after)
        before = text[max(0, m.start - 2):m.start]
        dateline = m.start < 3 or before.strip() == "" and "\n" in before
        dateline = dateline and bool(re.match(r"\s*(?:,\s*[A-Z][\w.]*\s*)?(?:\(|—|–|-|:)", after))
        out.append(Surroundings(next_word.group(1).lower() if next_word else "", _written_after(text, m, gaz),
                                dateline))
    return out


def _read_name_features(text: str, mentions: list[Mention], cands: list[list[Entry]], gaz: Gazetteer,
                        only: set[int] | None, around: list[Surroundings | None],
                        named: dict[str, bool]) -> list[np.ndarray]:
    """The matrices of :func:`_name_features`; ``named`` is filled with each province name
    looked up in the text and whether it is written there."""
    anchors = []  # the best-known candidate of each toponym that names one country only
    admins: set[tuple[str, str]] = set()
    guesses: Counter[str] = Counter()
    for entries in cands:
        if entries and len({e.country for e in entries}) == 1 and entries[0].lat is not None:
            anchors.append(entries[0])
        for e in entries:
            if e.kind == "admin1":
                admins.add((e.country, fold(e.name)))
        if entries and entries[0].country:
            guesses[entries[0].country] += 1
    in_provinces = _provinces(mentions, cands)
    support: Counter[tuple[str, str]] = Counter()  # a name with n possible provinces lends each 1/n
    for keys in in_provinces.values():
        for key in keys:
            support[key] += 1 / len(keys)
    names = max(1, len(in_provinces) - 1)
    neighbours = _neighbour_support(mentions, cands)
    out = []
    for i, (m, entries) in enumerate(zip(mentions, cands)):
        x = np.zeros((len(entries) if only is None or i in only else 0, len(FEATURES)), dtype=np.float64)
        if not len(x):
            out.append(x)
            continue
        own_anchor = [a for a in anchors if a in entries]
        others = [a for a in anchors if a not in own_anchor]
        best = max(_population(e) for e in entries)
        next_word, written, dateline = around[i].next_word, around[i].written, around[i].dateline
        surface_is_country = fold(m.text) in gaz.country_names
        own_name = any(e.match in ("exact", "folded") for e in entries)  # a place called by this very name
        # "Florida", "Washington": a province's own name, whose towns are not made likelier by the
        # province's name elsewhere in the text
        province_name = any(e.kind in ("admin1", "country") and e.match in ("exact", "folded") for e in entries)
        seen_guess = sum(guesses.values()) - (1 if entries[0].country else 0) or 1
        for j, e in enumerate(entries):
            row = x[j]
            row[INDEX[f"match_{e.match}"]] = 1
            row[INDEX[f"kind_{e.kind}"]] = 1
            population = _population(e)
            row[INDEX["log_population"]] = math.log10(population + 1) / 7
            row[INDEX["population_below_best"]] = math.log10((best + 1) / (population + 1)) / 7
            row[INDEX["most_populous"]] = float(population == best)
            row[INDEX["capital"]] = float(e.capital)
            row[INDEX["candidates"]] = math.log(len(entries)) / 5
            if e.country:
                g = guesses.get(e.country, 0) - (1 if entries[0].country == e.country else 0)
                row[INDEX["guess_country"]] = g / seen_guess
                row[INDEX["context_admin1"]] = float(e.kind != "admin1" and e.admin1 is not None and
                                                     (e.country, fold(e.admin1)) in admins)
            if written is not None:  # the country or province written after the name holds the candidate
                countries, provinces = written
                row[INDEX["written_parent"]] = float(
                    (e.admin1 is not None and (e.country, fold(e.admin1)) in provinces)
                    or (e.admin2 is not None and (e.country, fold(e.admin2)) in provinces)
                    or (e.kind != "country" and e.country in countries and not any(c == e.country for c, _ in provinces)))
            if next_word in REGION_WORDS:
                row[INDEX["region_word_admin"]] = float(e.kind in ("admin1", "admin2"))
                row[INDEX["region_word_city"]] = float(e.kind == "city")
            if next_word in COUNTY_WORDS:
                row[INDEX["county_word_admin2"]] = float(e.kind == "admin2")
            if e.lat is not None and others:
                km = min(distance_km(e.lat, e.lon, a.lat, a.lon) for a in others if a.lat is not None)
                row[INDEX["anchor_distance"]] = math.log1p(km) / 10
                row[INDEX["anchor_near"]] = float(km < 200)
            else:
                row[INDEX["no_anchor"]] = 1
            if dateline:
                row[INDEX["dateline_population"]] = math.log10(population + 1) / 7
            row[INDEX["country_name_country"]] = float(surface_is_country and e.kind == "country")
            row[INDEX["other_name_beside_own"]] = float(own_name and e.match in ("alternate", "abbreviation"))
            if e.admin1:  # the other names of the document that may lie in the same province
                own = 1 / len(in_provinces[fold(m.text)])
                row[INDEX["admin1_support"]] = (support[(e.country, e.admin1)] - own) / names
                if not province_name and e.kind != "admin1":
                    if e.admin1 not in named:
                        named[e.admin1] = _written(text, e.admin1)
                    row[INDEX["admin1_named"]] = float(named[e.admin1])
        x[:, INDEX["neighbour_support"]] = neighbours[i] / names
        out.append(x)
    return out


def pick_features(mentions: list[Mention], cands: list[list[Entry]], picks: list[Entry | None],
                  only: set[int] | None = None) -> list[np.ndarray]:
    """One matrix (candidates x PICK_FEATURES) per mention: how each candidate agrees with the
    places chosen for the document's other names (a name's own mentions are not its context):
    the share of those names chosen in its country and in its province, and its distance to
    the nearest of them."""
    names = [fold(m.text) for m in mentions]
    chosen: dict[str, Entry] = {}
    for name, pick in zip(names, picks):
        if pick is not None:
            chosen.setdefault(name, pick)
    # nearness to a town or province, not to a country's or a continent's middle
    located = [(n, e) for n, e in chosen.items() if e.lat is not None and e.kind in ("city", "admin2", "admin1")]
    lats = np.radians([e.lat for _, e in located])
    lons = np.radians([e.lon for _, e in located])
    out = []
    done: dict[tuple, np.ndarray] = {}  # the mentions of a name share its context
    for i, (name, entries) in enumerate(zip(names, cands)):
        if only is not None and i not in only:
            out.append(np.zeros((0, len(PICK_FEATURES))))
            continue
        key = (name, tuple(entries))
        if key not in done:
            done[key] = _agreement(name, entries, chosen, located, lats, lons)
        out.append(done[key])
    return out


def _agreement(name: str, entries: list[Entry], chosen: dict[str, Entry], located: list[tuple[str, Entry]],
               lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    x = np.zeros((len(entries), len(PICK_FEATURES)))
    others = [e for n, e in chosen.items() if n != name]
    if not others:
        x[:, PICK_FEATURES.index("no_pick")] = 1
        return x
    countries = Counter(e.country for e in others if e.country)
    provinces = Counter((e.country, e.admin1) for e in others if e.admin1)
    x[:, 0] = [countries.get(e.country, 0) / len(others) if e.country else 0.0 for e in entries]
    x[:, 1] = [provinces.get((e.country, e.admin1), 0) / len(others) if e.admin1 else 0.0 for e in entries]
    keep = np.array([n != name for n, _ in located], dtype=bool)
    placed = np.array([e.lat is not None for e in entries], dtype=bool)
    if not keep.any() or not placed.any():
        x[:, 4] = 1
        return x
    clat = np.radians([e.lat for e in entries if e.lat is not None])[:, None]
    clon = np.radians([e.lon for e in entries if e.lon is not None])[:, None]
    km = _km_to(clat, clon, lats[keep][None, :], lons[keep][None, :])
    # a place chosen for another name ("Mexico City" beside "Mexico") is no neighbour of itself
    columns: dict[tuple, list[int]] = {}
    for col, (_, e) in enumerate(p for p, k in zip(located, keep) if k):
        columns.setdefault(_place_key(e), []).append(col)
    for row, c in enumerate(c for c in entries if c.lat is not None):
        km[row, columns.get(_place_key(c), [])] = HALF_EARTH_KM
    km = km.min(axis=1)
    near = np.log1p(km) / 10
    x[placed, 2] = near
    x[placed, 3] = km < 100
    # a small place is known by its neighbours; a large one ("Florida") needs none
    size = np.array([_population(e) for e in entries if e.lat is not None], dtype=np.float64)
    x[placed, 5] = near * np.maximum(0.0, 1 - np.log10(size + 1) / 7)
    x[~placed, 4] = 1
    return x


HALF_EARTH_KM = 20_015.0  # the farthest two points can be


def _place_key(e: Entry) -> tuple:
    """What makes two candidates one place, however their names matched it."""
    return e.name, e.kind, e.country, e.lat, e.lon


def _km_to(lat: np.ndarray, lon: np.ndarray, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances (km) between points in radians, broadcast."""
    a = np.sin((lats - lat) / 2) ** 2 + np.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.minimum(1.0, np.sqrt(a)))


UNCOUNTED_TOWN = 500  # a town of the GeoNames table with no population recorded: the table's floor


def _population(e: Entry) -> int:
    return max(e.population, UNCOUNTED_TOWN) if e.kind == "city" else e.population


def _provinces(mentions: list[Mention], cands: list[list[Entry]]) -> dict[str, set[tuple[str, str]]]:
    """Each distinct name of the document -> the (country, province) pairs its candidates lie in."""
    out: dict[str, set[tuple[str, str]]] = {}
    for m, entries in zip(mentions, cands):
        keys = out.setdefault(fold(m.text), set())
        keys.update((e.country, e.admin1) for e in entries if e.admin1)
    return out


def _written(text: str, name: str) -> bool:
    """Whether a name is written in the text as words of their own, in any phrase: "the Georgia
    Bureau of Investigation" names Georgia too."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            return True
        at = text.find(name, at + 1)
    return False


NEIGHBOUR_KM = 50  # a town this close to a reading of another name of the document is its neighbour
NEIGHBOUR_READINGS = 10  # a name with more readings than this says little about where its neighbours are


def _neighbour_support(mentions: list[Mention], cands: list[list[Entry]]) -> list[np.ndarray]:
    """Per mention, per candidate: how many of the document's other names could be a town or
    district within NEIGHBOUR_KM of it, each counting 1/n for its n readings ("Richmond" beside
    "Madison County": the Richmond in Kentucky lies in a Madison County, the one in Virginia
    does not). Names with more than NEIGHBOUR_READINGS readings lend nothing."""
    names = [fold(m.text) for m in mentions]
    by_name: dict[str, list[Entry]] = {}
    for name, entries in zip(names, cands):
        by_name.setdefault(name, entries)
    lenders = {n: [e for e in entries if e.lat is not None and e.kind in ("city", "admin2")]
               for n, entries in by_name.items() if len(entries) <= NEIGHBOUR_READINGS}
    lenders = {n: points for n, points in lenders.items() if points}
    owners = list(lenders)  # each lender's points lie together: one group of columns per name
    starts = np.cumsum([0] + [len(lenders[n]) for n in owners[:-1]])
    weights = np.array([1 / len(by_name[n]) for n in owners])
    lats = np.radians([e.lat for n in owners for e in lenders[n]])[None, :]
    lons = np.radians([e.lon for n in owners for e in lenders[n]])[None, :]
    out = []
    done: dict[tuple, np.ndarray] = {}
    for name, entries in zip(names, cands):
        key = (name, tuple(entries))
        if key not in done:
            x = np.zeros(len(entries))
            placed = np.array([e.lat is not None for e in entries], dtype=bool)
            if owners and placed.any():
                lat = np.radians([e.lat for e in entries if e.lat is not None])[:, None]
                lon = np.radians([e.lon for e in entries if e.lon is not None])[:, None]
                near = np.logical_or.reduceat(_km_to(lat, lon, lats, lons) < NEIGHBOUR_KM, starts, axis=1)
                # a name counts once, however many of its readings lie near, and never for itself
                x[placed] = near @ np.where(np.array(owners) == name, 0.0, weights)
            done[key] = x
        out.append(done[key])
    return out


def _written_after(text: str, m: Mention, gaz: Gazetteer) -> tuple[set[str], set[tuple[str, str]]] | None:
    """"Tripoli, Lebanon", "Paris, Texas", "Comodoro Rivadavia (Chubut)": the countries and the
    (country, province) pairs the words right after a name can mean."""
    match = re.match(r"\s*(?:,|\()\s*((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,3})", text[m.end:m.end + 60])
    if not match:
        return None
    words = match.group(1).split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        entries = gaz.candidates(name)
        iso = gaz.country_of(name)
        if entries or iso:
            countries = {iso} if iso else set()
            countries |= {e.country for e in entries if e.kind == "country"}
            admins = {(e.country, fold(e.name)) for e in entries if e.kind in ("admin1", "admin2")}
            admins |= {(e.country, fold(e.admin1)) for e in entries if e.kind in ("admin1", "admin2") and e.admin1}
            countries |= {c for c, _ in admins}
            return countries, admins
    return None


class Stage:
    """One conditional logit: standardisation and weights, in the order of ``names``."""

    def __init__(self, part: dict, names: list[str]) -> None:
        missing = set(part["features"]) ^ set(names)
        if missing:
            raise ValueError(f"The place ranker model does not match the features ({sorted(missing)}); "
                             "retrain it with `python -m khaldun.train.places`.")
        order = [part["features"].index(f) for f in names]
        self.mean = np.asarray(part["mean"])[order]
        self.scale = np.asarray(part["scale"])[order]
        self.weights = np.asarray(part["weights"])[order]

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Probabilities over one name's candidates."""
        if len(x) == 0:
            return np.zeros(0)
        z = ((x - self.mean) / self.scale) @ self.weights
        z = np.exp(z - z.max())
        return z / z.sum()


class Ranker:
    """Scores candidates with the fitted weights: a first pass on the name and the document's
    countries, then a second that also weighs the first pass's choices for the other names."""

    def __init__(self, model: dict) -> None:
        self.first = Stage(model, FEATURES)
        self.second = Stage(model["second"], SECOND_FEATURES)
        self.digest = model.get("training_data_sha256")


def choose(stage: Stage, cands: list[list[Entry]], xs: list[np.ndarray]) -> list[tuple[Entry, float] | None]:
    """The best candidate of each name under one stage (None for a name not scored)."""
    out: list[tuple[Entry, float] | None] = []
    for entries, x in zip(cands, xs):
        if not len(x):
            out.append(None)
            continue
        p = stage.scores(x)
        j = int(np.argmax(p))
        out.append((entries[j], float(p[j])))
    return out


def rank(text: str, mentions: list[Mention], cands: list[list[Entry]], gaz: Gazetteer,
         extra: Counter[str] | None = None, ranker: Ranker | None = None,
         only: set[int] | None = None) -> list[tuple[Entry, float] | None]:
    """The chosen candidate of each mention and its probability (None where there is none, and
    for a mention not in ``only``, when given: there as context)."""
    ranker = ranker or load()
    wanted = [only is None or i in only for i in range(len(mentions))]
    # a name of one candidate has it, with probability 1, in either pass (two in five names): it
    # is weighed only as the others' context, as a name outside ``only`` is
    scored = {i for i, entries in enumerate(cands) if wanted[i] and len(entries) > 1}
    context = context_countries(text, mentions, cands, gaz, extra)
    xs = features(text, mentions, cands, gaz, context, scored)
    first = choose(ranker.first, cands, xs)
    picks = [pick[0] if pick else (entries[0] if len(entries) == 1 else None) for pick, entries in zip(first, cands)]
    second = choose(ranker.second, cands, second_features(mentions, cands, xs, picks, scored))
    return [(entries[0], 1.0) if wanted[i] and len(entries) == 1 else pick
            for i, (pick, entries) in enumerate(zip(second, cands))]


def second_features(mentions: list[Mention], cands: list[list[Entry]], xs: list[np.ndarray],
                    picks: list[Entry | None], only: set[int] | None = None) -> list[np.ndarray]:
    """The second pass's matrices (candidates x SECOND_FEATURES): the first pass's features
    beside the agreement with the first pass's ``picks`` for the other names."""
    return [np.hstack([x, y]) for x, y in zip(xs, pick_features(mentions, cands, picks, only))]


@lru_cache(maxsize=1)
def load(path: Path = MODEL) -> Ranker:
    return Ranker(json.loads(path.read_text(encoding="utf-8")))
