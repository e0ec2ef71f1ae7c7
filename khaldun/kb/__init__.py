"""The actor knowledge base shipped with khaldun: who an actor is, and what role they held when.

Tables in ``data/`` are built from openly licensed sources by ``make kb`` (``khaldun.kb.build``;
sources and licences in NOTICE); ``additions.tsv`` holds the project's own entries for what those
sources lack, each with its source. Loaded once per process; names are found through one
dictionary keyed by the folded alias, never by a scan.

A role is dated: ``role_on(actor, day)`` gives the role held that day and why it was chosen. Roles
an old dictionary knew only as open "as of" a date are unconfirmed after that date; year-only
dates count as the whole year.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..resolve.names import (PARTICLES, fold, jaro_winkler, likeness, name_words, skeleton, skeleton_word,
                             spelled_alike)

DATA = Path(__file__).resolve().parent / "data"
ADDITIONS = Path(__file__).resolve().parent / "additions.tsv"
GIVEN_NAMES = Path(__file__).resolve().parent / "given_names.tsv"
# words after a name that tell a father from a son, not part of what the news may leave out
# when it names one ("Ferdinand Marcos Jr." is looked up as written first)
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
PARTY_SECTORS = frozenset({"PTY", "OPP"})  # a party's or the opposition's standing, no post in the state
# countries whose people's names the English-language news writes family name first, and
# shortens to it ("Xi Jinping": Xi; "Moon Jae-in": Moon; "Tsai Ing-wen": Tsai); Hong Kong and
# Singapore names mix both orders ("Carrie Lam") and keep the last word
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK"})
PEERAGES = frozenset({"lord", "baroness", "baron", "lady", "viscount", "viscountess", "earl", "countess"})
# Phoenix agent codes no CAMEO or PLOVER sector has: its generic "people" ("men", "persons") is
# PLOVER's UNK, "generic unidentified actors" (PLOVER manual, Sector Codes); its MUS ("moslem",
# "islamic", "sunni") is CAMEO's religion code MOS, Muslim (CAMEO manual, Religion Codes)
AGENT_SECTORS = {"PPL": "UNK", "MUS": "MOS"}
# years after its "as of" date that a role a source knew only as open still gives its sector: one
# full term of the longest common kind (a five-year parliament or presidency); past it the post
# is as likely left as held, so that a minister's post open in 2017 says little of 2023
UNCONFIRMED_HORIZON = 5
SURNAME_LIKENESS = 0.9  # Jaro-Winkler: "Zelensky"/"Zelenskyy" 0.98, "Gaddafi"/"Qaddafi" 0.91; "Peskov"/"Pashkov" 0.86
# the PLOVER agent scheme's country slot for international bodies: a body of the United Nations
# (UNO), of the European Union (EUR), any other intergovernmental organisation (IGO)
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR"})
# Phoenix's IGO codes name a region, then the body: "EUR" is Europe, and the European Union is its
# "EEC" ("IGOEUREEC": the European Commission); PLOVER's EUR is the European Union alone
EU_BLOCK = "EEC"
# the sectors a Phoenix IGO code may name as a body's function ("IGOUNOHLHWHO": health)
FUNCTIONS = frozenset({"AGR", "BUS", "COP", "CRM", "EDU", "ENV", "HLH", "HRI", "JUD", "LAB", "LEG", "MED", "MIL",
                       "REF", "SPY"})


@dataclass(frozen=True, slots=True)
class KbRole:
    sector: str | None
    country: str | None
    start: dt.date | None  # first day (a year-only start is 1 January)
    end: dt.date | None  # last day (a year-only end is 31 December); None: open
    open_as_of: dt.date | None  # open only as far as the source knew
    default: bool  # the source's undated code, used when no dated role holds
    title: str | None
    code: str | None  # the source's own code (Phoenix "USAGOV", "IGOWSTNAT")
    year_only: tuple[bool, bool] = (False, False)  # whether the source gives its start, its end, as a year only

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def surely_holds(self, day: dt.date) -> bool:
        """Held on the day, and not only by a year-only start in the day's own year: a post its
        source dates "2022.." holds on 1 March 2022 only perhaps (Charles III became king in
        September). A year-only end covers its whole year: the post was still held in it."""
        return self.holds(day) and not (self.year_only[0] and self.start is not None and self.start.year == day.year)

    def confirmed_on(self, day: dt.date) -> bool:
        """Held on the day, and known to be: an open role is not past the date its source knew."""
        return self.holds(day) and (self.end is not None or self.open_as_of is None or day <= self.open_as_of)

    def describe(self) -> str:
        what = self.title or " ".join(filter(None, (self.country, self.sector)))
        span = f"{self.start or ''}..{self.end or ''}" if (self.start or self.end) else "undated"
        return f"{what} ({span})"


@dataclass(frozen=True, slots=True)
class KbActor:
    id: str  # "<source>:<key>", e.g. "phoenix:BARACK_OBAMA", "khaldun:SDF"
    name: str
    kind: str  # person | organization | group
    country: str | None
    wikidata: str | None
    generic: bool  # a post named generically ("US President"), not one holder
    aliases: tuple[str, ...]
    roles: tuple[KbRole, ...]

    @property
    def local_id(self) -> str:
        """The id every document gives this actor (the same in every document and database)."""
        return local_id(self.id)


@dataclass(frozen=True, slots=True)
class Coding:
    """What the knowledge base says of an actor on a day, and the reason."""

    country: str | None
    sector: str | None
    basis: str  # "kb dated: ...", "kb undated: ...", "kb former: ...", "kb unconfirmed: ..."
    confirmed: bool  # False for an open role past its "as of" date, or no role at all
    fallback: bool = False  # the source's undated code, read because no role holds on the day


def local_id(kb_id: str) -> str:
    return "a" + hashlib.sha1(f"kb|{kb_id}".encode()).hexdigest()[:12]


def _date(value: str | None, last: bool) -> dt.date | None:
    if not value:
        return None
    if len(value) == 4:
        return dt.date(int(value), 12, 31) if last else dt.date(int(value), 1, 1)
    return dt.date.fromisoformat(value[:10])


def _role(cells: list) -> KbRole:
    sector, country, start, end, open_as_of, default, title, code = cells
    return KbRole(sector or None, country or None, _date(start, False), _date(end, True), _date(open_as_of, True),
                  bool(default), title or None, code or None, _year_only(start, end))


def _year_only(start: str | None, end: str | None) -> tuple[bool, bool]:
    return bool(start) and len(start) == 4, bool(end) and len(end) == 4


def _rows(path: Path) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        next(fh)
        return [line.rstrip("\n").split("\t") for line in fh]


DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")  # "U.N.", "U.S."


def spelling_key(name: str) -> str | None:
    """The index key of a person's full name spelled any way ("Aleksandr Lukashenko",
    "Alexander Lukashenko"): its transliteration skeleton, for names of two words or more."""
    return "≈" + skeleton(name) if len(name_words(name)) >= 2 else None


def short_forms(words: list[str]) -> list[list[str]]:
    """The two-word forms the news shortens a longer full name to ("Matamela Cyril Ramaphosa":
    Cyril Ramaphosa; "Abiy Ahmed Ali": Abiy Ahmed; "Mahamat Idriss Deby": Mahamat Deby): a
    word with the last, or the first two."""
    if not 3 <= len(words) <= 4:
        return []
    return [[words[i], words[-1]] for i in range(len(words) - 1)] + [words[:2]]


def short_form_keys(name: str) -> list[str]:
    """The index keys of a person's full name of three or four words by its short forms (made
    for the people with a Wikidata item, whose full names the news shortens)."""
    return list(dict.fromkeys("≈≈" + skeleton(" ".join(form)) for form in short_forms(name_words(name))))


def keys(name: str) -> tuple[str, ...]:
    """The index keys of a name: folded as written, then without titles and particles."""
    a, b = fold(name), " ".join(name_words(name))
    return (a,) if a == b or not b else (a, b)


def lookup_keys(name: str) -> tuple[str, ...]:
    """The keys a name is looked up by: its own, then, for a name with a dotted abbreviation, those
    of the name written with it closed up ("U.N. Mission": UN Mission), since folding opens the
    abbreviation into letters ("u n mission") that the aliases written without dots lack. A bare
    abbreviation keeps its own keys: closed up, two letters name too many bodies ("K.U." is no "KU",
    a Slovak party)."""
    closed = DOTTED.sub(lambda m: m[0].replace(".", ""), name)
    if closed == name or not name_words(DOTTED.sub(" ", name)):
        return keys(name)
    return tuple(dict.fromkeys(keys(name) + keys(closed)))


def surname(name: str, country: str | None) -> str | None:
    """The word a person's full name is shortened to in the news: the last, or the first for the
    names written family name first ("Xi Jinping": Xi), or a peer's name before the place of
    the title ("Lord Cameron of Chipping Norton": Cameron); None for a one-word name."""
    words = keys(_unpeered(name))[-1].split()
    if len(words) < 2:
        return None
    return words[0] if country in FAMILY_NAME_FIRST else words[-1]


def _unpeered(name: str) -> str:
    """A peer's name without the place of the title ("Baroness Taylor of Bolton": Baroness Taylor)."""
    words = name.split()
    return " ".join(words[:words.index("of")]) if words[0].lower() in PEERAGES and "of" in words else name


def given_names(path: Path = GIVEN_NAMES) -> dict[str, frozenset[str]]:
    """Short form of a given name -> the full given names it stands for, both ways round ("bill":
    william; "william": bill)."""
    table: dict[str, set[str]] = {}
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    for line in rows[1:]:  # after the header
        short, full = line.split("\t")
        for name in full.split("|"):
            table.setdefault(short, set()).add(name)
            table.setdefault(name, set()).add(short)
    return {k: frozenset(v) for k, v in table.items()}


def given_name_fits(written: str, given: str, forms: dict[str, frozenset[str]]) -> bool:
    """Whether a given name as the news writes it may be a person's given name: the same, its
    initial ("V. Putin"), a short form either way ("Bill", William; "Joseph", Joe), or its opening
    letters, four at least ("Alex", Alexander; not "Jan", Janet)."""
    if written == given:
        return True
    if len(written) == 1 or len(given) == 1:
        return written[0] == given[0]
    return given in forms.get(written, ()) or min(len(written), len(given)) >= 4 and (
        given.startswith(written) or written.startswith(given))


def surname_keys(family: str) -> tuple[str, str]:
    """The index keys of a person's surname: as written, and its transliteration key."""
    return "~" + family, "~≈" + skeleton_word(family)


class KnowledgeBase:
    """Actors by id and by every alias; generic agent nouns; country names and demonyms."""

    def __init__(self, data: Path = DATA, additions: Path | None = ADDITIONS):
        self._raw: dict[str, list[str]] = {row[0]: row for row in _rows(data / "actors.tsv.gz")}
        self._made: dict[str, KbActor] = {}
        self._added: set[str] = set()  # ids the project's own additions touch (checked by hand)
        # (folded title, country) -> (first day, id) of each holder the additions date to the day
        self._holders: dict[tuple[str, str | None], list[tuple[dt.date, str]]] = {}
        self.index: dict[str, tuple[str, ...]] = {k: tuple(v.split("|")) for k, v in _rows(data / "index.tsv.gz")}
        if additions is not None and additions.exists():
            self._add(additions)
            # the actors the additions made before every holder was read
            self._made = {k: self._succeeded(a) for k, a in self._made.items()}
        self.agents: dict[str, tuple[str, str]] = {}  # form -> (sector, phrase)
        for phrase, forms, sector, _code, _attach in _rows(data / "agents.tsv.gz"):
            for form in forms.split("|"):
                self.agents.setdefault(form.lower(), (AGENT_SECTORS.get(sector, sector), phrase))
        self.country_names: dict[str, str] = {}  # folded name or demonym -> alpha-3
        for country, names in _rows(data / "country_names.tsv.gz"):
            for n in names.split("|"):
                self.country_names.setdefault(fold(n), country)
        self.given_names = given_names()
        self._by_local: dict[str, str] | None = None
        # the tables are fixed once read, and the same names come back in every document
        self._candidates = lru_cache(maxsize=65536)(self._lookup)
        self._shortened = lru_cache(maxsize=65536)(self._short_lookup)

    def __len__(self) -> int:
        return len(self._raw) + sum(1 for k in self._made if k not in self._raw)

    def get(self, kid: str) -> KbActor | None:
        a = self._made.get(kid)
        if a is None and kid in self._raw:
            _, name, kind, country, wikidata, flags, aliases, _derived, roles = self._raw[kid]
            a = KbActor(kid, name, kind, country or None, wikidata or None, "g" in flags,
                        tuple(x for x in aliases.split("|") if x), _settled(tuple(_role(r) for r in json.loads(roles))))
            a = self._succeeded(a)
            self._made[kid] = a
        return a

    def _succeeded(self, actor: KbActor) -> KbActor:
        """An actor whose open post the project's entries give to a successor from a known day, that
        role closed on that day: a source's last update left the post open ("Prime Minister of
        Japan 2021..", Fumio Kishida), which the next holder's entry ends (Shigeru Ishiba, from 1
        October 2024). Only successors dated to the day close a post: two holders a source dates by
        years only may be rival claimants (Venezuela's presidency in 2019)."""
        if not self._holders or not any(r.end is None and r.title for r in actor.roles):
            return actor

        def closed(r: KbRole) -> KbRole:
            if r.end is not None or not r.title or r.default:
                return r
            after = [day for day, kid in self._holders.get((fold(r.title), r.country), ())
                     if kid != actor.id and (r.start is None or day > r.start)]
            return replace(r, end=min(after), open_as_of=None, year_only=(r.year_only[0], False)) if after else r

        return replace(actor, roles=tuple(map(closed, actor.roles)))

    def by_local_id(self, lid: str) -> KbActor | None:
        """The actor behind a document-level id (``KbActor.local_id``)."""
        if self._by_local is None:
            self._by_local = {local_id(k): k for k in (*self._raw, *self._made)}
        kid = self._by_local.get(lid)
        return self.get(kid) if kid else None

    def _add(self, path: Path) -> None:
        """The project's own entries: a new actor, or roles and aliases added to a known one."""
        from ..errors import ConfigError

        header: list[str] | None = None
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            if not row["source"].strip():
                raise ConfigError(f"{path.name}:{lineno}: every entry needs a source.", code="E213")
            try:
                roles = tuple(_addition_role(r) for r in row["roles"].split(";") if r.strip())
            except ValueError as exc:
                raise ConfigError(f"{path.name}:{lineno}: {exc}", code="E213") from None
            aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
            old = self.get(row["id"])
            if old is not None:
                new = KbActor(old.id, old.name, old.kind, old.country, old.wikidata, old.generic,
                              old.aliases + aliases,
                              roles + tuple(_closed(r, roles, True) for r in old.roles if not _refined(r, roles)))
            else:
                new = KbActor(row["id"], row["name"], row["kind"], row["country"] or None, None,
                              row.get("generic") == "1", aliases, roles)
            self._made[new.id] = new
            self._added.add(new.id)
            for r in roles:
                if r.title and r.start is not None and not r.year_only[0]:
                    self._holders.setdefault((fold(r.title), r.country), []).append((r.start, new.id))
            for alias in (new.name, *aliases):
                for key in keys(alias):
                    ids = self.index.get(key, ())
                    if new.id not in ids:  # the project's entry first: it is the one checked by hand
                        self.index[key] = (new.id, *ids)
            family = surname(new.name, new.country) if new.kind == "person" and not new.generic else None
            for key in surname_keys(family) if family else ():
                if new.id not in self.index.get(key, ()):
                    self.index[key] = (*self.index.get(key, ()), new.id)
            for alias in (new.name, *aliases) if new.kind == "person" else ():
                key = spelling_key(alias)
                if key and new.id not in self.index.get(key, ()):
                    self.index[key] = (new.id, *self.index.get(key, ()))
            for key in short_form_keys(new.name) if family and new.wikidata else ():
                if new.id not in self.index.get(key, ()):
                    self.index[key] = (new.id, *self.index.get(key, ()))

    @staticmethod
    def same_actor(a: KbActor, b: KbActor) -> bool:
        """Whether two entries are one actor filed twice by a source ("Muammar Gaddafi", "Muammar
        al Qaddafi"): same kind and country, names with one transliteration key, and no two
        different Wikidata ids. "George W. Bush" and "George Bush" stay two."""
        return a.id == b.id or (a.kind == b.kind and a.country == b.country and not a.generic and not b.generic
                                and skeleton(a.name) == skeleton(b.name)
                                and not (a.wikidata and b.wikidata and a.wikidata != b.wikidata))

    # -- look-up ---------------------------------------------------------------------------------
    def candidates(self, name: str) -> list[KbActor]:
        """Actors known by this name (as written, or without its titles); failing that, the one
        person whose full name is this one spelled otherwise, or with its words in another order."""
        return list(self._candidates(name))

    def _lookup(self, name: str) -> tuple[KbActor, ...]:
        for key in lookup_keys(name):
            ids = self.index.get(key)
            if ids:
                return tuple(a for a in map(self.get, ids) if a is not None)
        words = name_words(name)
        if len(words) < 2:
            return ()
        # people of the same transliteration key, then those of a surname the name holds: the
        # words must be alike one by one, not only in their key ("East Ghouta" is no "Issiat Kato")
        key = spelling_key(name)
        people = [a for a in map(self.get, self.index.get(key, ()) if key else ()) if a is not None]
        if not people:
            people = [a for w in dict.fromkeys(words) for a in map(self.get, self.index.get("~" + w, ()))
                      if a is not None]
        scored = {a: max((likeness(words, name_words(n)) for n in (a.name, *a.aliases)), default=0.0)
                  for a in dict.fromkeys(people)}
        # the closest spellings only ("Mohammed bin Salman": Mohammad bin Salman, not Mohammad
        # Soleimani, though one key holds both)
        best = max(scored.values(), default=0.0)
        people = [a for a, score in scored.items() if score and score == best] or self._given_name_variants(words)
        return tuple(people[:1]) if people and all(self.same_actor(people[0], p) for p in people) else ()

    def _given_name_variants(self, words: list[str]) -> list[KbActor]:
        """The people of this surname whose given names the name writes otherwise: an initial, a
        short form or opening letters ("Bill Burns", William Burns; "V. Putin"; "Joseph R. Biden
        Jr.", Joe Biden), each written word fitting one of the person's own in order, the surname
        exact. A middle name left out only for a person with a Wikidata item, as for the short
        forms (``short_forms``): "John Smith" is none of the John Hilary Smiths a dictionary
        files. Not for names written family name first, whose first word is the surname."""
        words = [w for w in words if w not in GENERATIONS]
        if len(words) < 2:
            return []
        found = []
        for a in map(self.get, self.index.get("~" + words[-1], ())):
            if a is None or a.kind != "person" or a.country in FAMILY_NAME_FIRST:
                continue
            for n in (a.name, *a.aliases):
                own = [w for w in name_words(n) if w not in GENERATIONS]
                if len(own) >= 2 and own[-1] == words[-1] and (len(own) == len(words) or a.wikidata) \
                        and given_name_fits(words[0], own[0], self.given_names) \
                        and _in_order(words[1:-1], own[1:-1], lambda w, o: given_name_fits(w, o, self.given_names)):
                    found.append(a)
                    break
        return found

    def _short_lookup(self, name: str) -> tuple[KbActor, ...]:
        """People whose longer full name this two-word name is a short form of, spelled alike."""
        words = name_words(name)
        if len(words) != 2:
            return ()
        people = [a for a in map(self.get, self.index.get("≈≈" + skeleton(name), ())) if a is not None]
        return tuple(a for a in people
                     if any(likeness(words, form) for form in short_forms(name_words(a.name))))

    def full_name(self, name: str) -> KbActor | None:
        """The person whose full name this is, as written ("Rodrigo Duterte"), spelled otherwise
        or with its words in another order ("Ukhnaagiin Khurelsukh"), when it names no body."""
        cands = self.candidates(name)
        if not cands or any(a.kind != "person" for a in cands):
            return None
        # its name, or an alias that is a full name too: all name words, no title, and the name's
        # first word ("Jam Kamal Khan Alyani"; not "President Obama" or "Obama Administration")
        key, words = fold(name), name_words(name)
        exact = [a for a in cands if fold(a.name) == key or len(words) >= 2 and words == key.split()
                 and words[0] == (name_words(a.name) or [""])[0] and any(fold(n) == key for n in a.aliases)]
        if exact:
            return exact[0]
        return cands[0] if not any(k in self.index for k in keys(name)) else None

    @staticmethod
    def in_office(a: KbActor, when: dt.date | None, sectors: tuple[str, ...] | None = None) -> bool:
        """Whether a person holds a dated post on the day (or now), as a bare surname needs: a
        role its source knew open only until before the day counts only for a well-documented
        person (one with a Wikidata item: Modi), not for one a single dictionary filed (a
        Maldivian minister called Bari); an elite's standing (ELI: Dennis Blair's career before
        2009) is no post ("Blair" in 2005 is the prime minister). ``sectors``: posts of these only."""
        def held(r: KbRole) -> bool:
            if when is None:
                return r.end is None
            return r.confirmed_on(when) or r.holds(when) and a.wikidata is not None

        return any(not r.default and r.sector != "ELI" and (sectors is None or r.sector in sectors)
                   and bool(r.start or r.end) and held(r) for r in a.roles)

    def by_surname(self, word: str, when: dt.date | None, spelled_otherwise: bool = True) -> KbActor | None:
        """The one person of this surname in office on the day (``in_office``), else None: a bare
        surname ("Bari", "Mansour") names a known person only while the news calls them by it.
        ``spelled_otherwise``: also a surname spelled alike, when no one has this one."""
        key = fold(word)
        tiers = ((self.index.get("~" + key, ()), key.__eq__),
                 # then, for a surname no one has, spelled otherwise ("Zelensky" for "Zelenskyy"),
                 # and closely: a bare surname has no first name to confirm it ("Peskov" is no
                 # "Pashkov", the region "Rakhine" no "Rahin")
                 (self.index.get("~≈" + skeleton_word(key), ()),
                  lambda w: spelled_alike(key, w) and jaro_winkler(key, w) >= SURNAME_LIKENESS
                  and abs(len(w) - len(key)) <= 1))
        for ids, alike in tiers if spelled_otherwise else tiers[:1]:
            people = [a for a in map(self.get, ids) if a is not None and alike(_called(a))]
            holding = [a for a in people if self.in_office(a, when)]
            # several in office: the one well documented (a Wikidata item), if one is ("Museveni":
            # Uganda's president, not his wife the minister; "Ghani": Afghanistan's president),
            # else the one in government ("Cameron" in 2014: the prime minister, not a judge
            # sitting in the House of Lords)
            for prominent in (lambda a: a.wikidata is not None, lambda a: self.in_office(a, when, ("GOV",))):
                if len(holding) > 1 and any(map(prominent, holding)):
                    holding = [a for a in holding if prominent(a)]
            if people:
                return holding[0] if len(holding) == 1 else None
        return None

    def find(self, name: str, kind: str | None = None, country: str | None = None,
             when: dt.date | None = None) -> KbActor | None:
        """The actor a name means: among those known by it, the one of the right kind and country
        holding a role on the day, then the best documented."""
        cands = self.candidates(name)
        if not cands and kind in (None, "person"):
            # a short form of a longer full name names its person only while in office, as a
            # bare surname does ("Abiy Ahmed" in 2020: Abiy Ahmed Ali, Ethiopia's prime minister)
            cands = [a for a in self._shortened(name) if self.in_office(a, when)]
            cands = cands if cands and all(self.same_actor(cands[0], p) for p in cands) else []
        if not cands or kind not in (None, "person") and not any(k in self.index for k in lookup_keys(name)):
            # a body's name matched only as a person's name spelled otherwise ("Fatah Party" and
            # "Vit Barta" share a transliteration skeleton): no body is known by it
            return None
        key = fold(name)
        if when is not None and " " not in keys(name)[-1]:
            # a bare surname its sources list only with a title or a first name ("President
            # Mansour", "Ben Wallace") names that person on a known day only while in office, as
            # for ``by_surname``; one a source lists bare ("Putin") names them always
            cands = [a for a in cands if a.kind != "person" or any(fold(n) == key for n in (a.name, *a.aliases))
                     or self.in_office(a, when)]
            if not cands:
                return None

        def rank(a: KbActor) -> tuple:
            kind_ok = kind is None or (a.kind == "person") == (kind == "person")
            held = [r for r in a.roles if not r.default and (r.holds(when) if when else r.end is None)]
            # one holding a role on the day before one whose name is the name as written ("George
            # Bush" in 2005 is George W. Bush, the one in office; his father's name is the same);
            # of two people in office, the one appointed last: a source that never closed an
            # older post ("Salva Kiir", Sudan's vice-president from 2005, filed again as South
            # Sudan's president from 2011) is overtaken by the newer one
            latest = max((r.start for r in held if r.start), default=dt.date.min) \
                if when and a.kind == "person" else dt.date.min
            # the project's entry, checked by hand, before one that bears the name as its own: the
            # name's usual sense in the news ("Ansar Allah": the Houthis, not a Lebanese group of
            # that name; "Queen Elizabeth II": the United Kingdom's queen, not her Saint Kitts entry)
            return (kind_ok, country is None or a.country == country or any(r.country == country for r in a.roles),
                    bool(held), latest, a.id.startswith("khaldun:") or a.id in self._added, fold(a.name) == key, not a.generic,
                    a.wikidata is not None, len(a.roles), -_item_number(a.wikidata), a.id)

        return max(cands, key=rank)

    def coding(self, actor: KbActor, when: dt.date | None) -> Coding:
        """Country and sector on a day (None: as the knowledge base last knew), with the reason."""
        roles = actor.roles
        dated = [r for r in roles if not r.default and (r.start or r.end)]
        undated = [r for r in roles if not r.default and not (r.start or r.end)]
        defaults = [r for r in roles if r.default]
        if undated and actor.kind == "group":  # an armed group's standing code before its party roles
            r = undated[0]
            return Coding(*_code(r, actor), f"kb undated: {r.describe()}", True)
        if when is None:
            current = [r for r in dated if r.end is None] or sorted(dated, key=lambda r: r.end)[-1:]
            if current:
                r = max(current, key=lambda r: (r.start or dt.date.min, r.sector == "GOV"))
                return Coding(*_code(r, actor), f"kb latest: {r.describe()}", True)
        else:
            held = [r for r in dated if r.confirmed_on(when)]
            # a post surely held before one that holds only by a year-only start in the day's year
            # (Charles in March 2022: Prince of Wales, not yet the king his source dates "2022")
            held = [r for r in held if r.surely_holds(when)] or held
            if held:
                # a seat or post in the state outranks the party or opposition leadership held with
                # it (Bobi Wine in 2021: a member of parliament who led the opposition's party); a
                # post in one's own country, one held at once elsewhere (the king of the United
                # Kingdom, also monarch of Canada)
                r = max(held, key=lambda r: (r.sector not in PARTY_SECTORS, r.country in (None, actor.country),
                                             r.start or dt.date.min, r.sector == "GOV"))
                return Coding(*_code(r, actor), f"kb dated: {r.describe()} on {when}", True)
        if undated:
            r = max(undated, key=lambda r: r.sector == "GOV")
            return Coding(*_code(r, actor), f"kb undated: {r.describe()}", True)
        if when is not None:
            ended = [r for r in dated if r.end is not None and r.end < when and r.sector in STATE_SECTORS]
            # a role known open only to its "as of" date loses to any later confirmed word of the
            # person: a dated post that ended after that date is newer than the open one
            unconfirmed = [r for r in dated if r.holds(when) and r.end is None and r.open_as_of
                           and not any(e.end > r.open_as_of for e in ended)]
            if unconfirmed:
                r = max(unconfirmed, key=lambda r: r.start or dt.date.min)
                why = f"kb unconfirmed: {r.describe()}, known open only to {r.open_as_of}"
                if when > _years_after(r.open_as_of, UNCONFIRMED_HORIZON):
                    # long past what its source knew, the post is more likely left than held: the
                    # person's country, and the sector the text gives, if any
                    return Coding(_code(r, actor)[0], None, f"{why}, past {UNCONFIRMED_HORIZON} years", False)
                return Coding(*_code(r, actor), why, False)
            if ended and actor.kind == "person" and not defaults:
                r = max(ended, key=lambda r: r.end)
                return Coding(_code(r, actor)[0], "ELI", f"kb former: {r.describe()}", True)
        if defaults:
            r = defaults[0]
            return Coding(*_code(r, actor), f"kb default: {r.describe()}", True, fallback=True)
        return Coding(actor.country, None, "kb: no role on the day", False)


def _in_order(written: list[str], own: list[str], fits: Callable[[str, str], bool]) -> bool:
    """Whether each written word fits one of ``own``, in order (a middle name may be left out,
    none added)."""
    rest = iter(own)
    return all(any(fits(w, o) for o in rest) for w in written)


def _years_after(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years, day=28 if (day.month, day.day) == (2, 29) else day.day)


def _called(person: KbActor) -> str:
    """The word of a person's name the news calls them by alone, as written: "al-Sarraj" is
    Sarraj, but "Dlamini-Zuma" no Zuma, "Ban Ki-Moon" (family name first) no Moon and "Baroness
    Taylor of Bolton" no Bolton."""
    word = fold(_unpeered(person.name).split()[0 if person.country in FAMILY_NAME_FIRST else -1]).split()
    return " ".join(word[1:] if len(word) > 1 and word[0] in PARTICLES else word)


def _item_number(wikidata: str | None) -> int:
    """A Wikidata item's number, lower for items made earlier: the better known of several
    bodies one acronym names ("PRI": Mexico's party, Q682969, before Italy's, Q767560), as the
    widely known subjects were entered first. Unknown items come last."""
    return int(wikidata[1:]) if wikidata and wikidata[1:].isdigit() else 1 << 62


def _code(role: KbRole, actor: KbActor) -> tuple[str | None, str | None]:
    """A role's country and sector. An international organisation's role is coded as the PLOVER
    agent scheme codes one: the body (UNO, EUR or IGO) in the country slot, and in the sector slot
    the function its source code names ("IGOUNOHLHWHO": UNO HLH), or GOV for a person holding one
    of its posts (NATO's secretary general: IGO GOV). A militarized group of no state that the
    source codes as international ("IMGMUSALQ": al-Qaeda) is PLOVER's IMG, an "international
    militarized group", as an NGO is NGO."""
    if role.sector != "IGO":
        country = role.country or actor.country
        if country is None and role.code and role.code.startswith("IMG"):
            return None, "IMG"
        return country, role.sector
    blocks = [role.code[i:i + 3] for i in range(3, len(role.code), 3)] if role.code else []
    body = blocks[0] if blocks and blocks[0] in INTERNATIONAL else "IGO"
    if body == "EUR" and EU_BLOCK not in blocks:
        body = "IGO"  # a body of Europe that is none of the EU's ("IGOEURCOE": the Council of Europe)
    if not blocks and role.country in INTERNATIONAL:
        body = role.country  # the project's entries name the body in the country slot ("IGO UNO": a UN mission)
    function = next((b for b in blocks if b in FUNCTIONS), None)
    return body, function or ("GOV" if actor.kind == "person" else None)


def _closed(role: KbRole, others: tuple[KbRole, ...], checked: bool = False) -> KbRole:
    """An open role closed by another role of the same post (sector and country) that ends: a
    source's last update left open a post the person has since left, which a later source's
    titled post (Phoenix's own concurrent posts are other posts: Vucic's ministry ended, his
    government career did not), or the project's own entries (``checked``: then any open role),
    dates. Phoenix's roles of 2017 hold Jacob Zuma South Africa's president to this day."""
    if role.end is not None or role.default or role.open_as_of is None and not checked:
        return role
    ends = [a for a in others if a.end is not None and (a.sector, a.country) == (role.sector, role.country)
            and (role.start is None or role.start <= a.end) and (checked or a.code is None and a.title)]
    if not ends:
        return role
    first = min(ends, key=lambda a: a.end)
    return replace(role, end=first.end, open_as_of=None, year_only=(role.year_only[0], first.year_only[1]))


def _refined(role: KbRole, checked: tuple[KbRole, ...]) -> bool:
    """Whether a source's role is a post the project's own entries date better, and so gives way
    to them. A role dated by years only, of the same sector and country and the same years where
    the source gives years ("Prime Minister of Australia 2018..2022" is Scott Morrison's 24 August
    2018 - 23 May 2022), or the year's other months would still hold the post. A post in the state
    a dictionary knew only as open, begun while an entry has the person in another post of that
    country: the dictionary's guess at the same office (Phoenix files Ali Larijani's speakership of
    Iran's parliament, from 2008, as an open government post)."""
    if role.open_as_of is not None and role.end is None and role.start is not None and role.sector in STATE_SECTORS:
        if any(a.country == role.country and a.sector in STATE_SECTORS and a.start is not None
               and a.start <= role.start and (a.end is None or role.start <= a.end) for a in checked):
            return True
    if not any(role.year_only):
        return False

    def same(mine: dt.date | None, theirs: dt.date | None, year_only: bool) -> bool:
        return mine == theirs if not year_only else mine is not None and theirs is not None and mine.year == theirs.year

    return any((a.sector, a.country) == (role.sector, role.country) and not any(a.year_only)
               and same(role.start, a.start, role.year_only[0]) and same(role.end, a.end, role.year_only[1])
               for a in checked)


def _settled(roles: tuple[KbRole, ...]) -> tuple[KbRole, ...]:
    """Roles with those a later source saw end closed (``_closed``)."""
    return tuple(_closed(r, roles) for r in roles)


def _addition_role(cell: str) -> KbRole:
    """"SECTOR COUNTRY START..END title": COUNTRY may be "-" (none), either date empty."""
    parts = cell.strip().split(" ", 3)
    if len(parts) < 3 or ".." not in parts[2]:
        raise ValueError(f"role {cell.strip()!r} is not 'SECTOR COUNTRY START..END title'")
    start, end = parts[2].split("..")
    return KbRole(parts[0], None if parts[1] == "-" else parts[1], _date(start, False), _date(end, True), None,
                  False, parts[3] if len(parts) > 3 else None, None, _year_only(start, end))


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The packaged knowledge base (read once per process)."""
    return KnowledgeBase()


def version() -> str:
    """Digest of the packaged tables and additions, recorded with each run."""
    h = hashlib.sha256()
    for path in sorted(DATA.glob("*.gz")) + [ADDITIONS]:
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()[:12]
