"""A user's actor dictionary: the actors an analyst knows, with aliases and dated roles.

YAML::

    - name: Khalifa Haftar
      aliases: [Hifter, Hiftar, Khalifa Hifter]
      kind: person
      country: LBY
      sector: MIL
      roles:
        - {title: commander of the Libyan National Army, sector: MIL, start: 2014-05-16}

CSV (one actor a row; aliases separated by ``|``; roles as ``SECTOR title START..END`` separated
by ``|``, either date may be empty)::

    name,aliases,kind,country,sector,roles
    Ali Zeidan,Zidan|Ali Zidan,person,LBY,GOV,GOV prime minister 2012-11-14..2014-03-11
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

KINDS = ("person", "organization", "country", "group")
ROLE_CELL = re.compile(r"^(?P<sector>[A-Z]{3})\s+(?P<title>.*?)\s*(?P<start>\d{4}-\d{2}-\d{2})?\.\.(?P<end>\d{4}-\d{2}-\d{2})?$")


@dataclass(frozen=True, slots=True)
class DictionaryRole:
    title: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class DictionaryActor:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    sector: str | None
    roles: tuple[DictionaryRole, ...]
    origin: str  # file:line or file:item


def load(path: str | Path) -> list[DictionaryActor]:
    """Read a YAML (.yaml, .yml) or CSV (.csv) actor dictionary; errors name the file and row."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"No actor dictionary at {path}.", code="E211")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        import yaml

        try:
            items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML ({exc}).", code="E212") from None
        if not isinstance(items, list):
            raise ConfigError(f"{path}: expected a list of actors (each '- name: ...').", code="E212")
        return [_actor(item, f"{path.name}:item {i + 1}") for i, item in enumerate(items)]
    if suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        out = []
        for i, row in enumerate(rows, 2):
            origin = f"{path.name}:{i}"
            roles = []
            for cell in filter(None, (c.strip() for c in (row.get("roles") or "").split("|"))):
                m = ROLE_CELL.match(cell)
                if m is None:
                    raise ConfigError(f"{origin}: role {cell!r} is not 'SECTOR title START..END' "
                                      f"(e.g. 'GOV prime minister 2012-11-14..2014-03-11').", code="E212")
                roles.append({"title": m["title"], "sector": m["sector"], "start": m["start"], "end": m["end"]})
            aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            out.append(_actor({**row, "aliases": aliases, "roles": roles}, origin))
        return out
    raise ConfigError(f"{path}: an actor dictionary is .yaml, .yml or .csv.", code="E211")


def from_record(record: dict) -> DictionaryActor:
    """A dictionary entry as the store keeps it (the dataclass as JSON)."""
    return _actor(record, record.get("origin") or "stored")


def _actor(item, origin: str) -> DictionaryActor:
    if not isinstance(item, dict) or not str(item.get("name") or "").strip():
        raise ConfigError(f"{origin}: every actor needs a 'name'.", code="E212")
    kind = (item.get("kind") or "person").strip().lower()
    if kind not in KINDS:
        raise ConfigError(f"{origin}: kind {kind!r} is not one of {', '.join(KINDS)}.", code="E212")
    country = (item.get("country") or "").strip().upper() or None
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        raise ConfigError(f"{origin}: country {country!r} is not an ISO alpha-3 code (e.g. LBY).", code="E212")
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    roles = tuple(DictionaryRole(str(r.get("title") or ""), (r.get("sector") or "").upper() or None,
                                 _date(r.get("start"), origin), _date(r.get("end"), origin))
                  for r in item.get("roles") or [])
    return DictionaryActor(str(item["name"]).strip(), tuple(str(a).strip() for a in aliases if str(a).strip()),
                           kind, country, (item.get("sector") or "").strip().upper() or None, roles, origin)


def _date(value, origin: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{origin}: {value!r} is not a date in YYYY-MM-DD form.", code="E212") from None
