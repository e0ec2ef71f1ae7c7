"""Load khaldun's data tables: event codes (CAMEO/PLOVER/ACLED), triggers, actor roles."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..records import EventCode

DATA = Path(__file__).parent / "data"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# IMG: PLOVER's international militarized group, armed men of no state; PRM: PLOVER's paramilitary
# force on the state's side
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "COP", "SPY", "RAD", "IMG", "PRM"})
UNIDENTIFIED_ARMED = "UAF"  # CAMEO's unidentified armed forces ("gunmen")
# CAMEO's armed opponents of a state, which the news names by turns ("separatists", "separatist
# militants", "rebels", "insurgents")
ARMED_OPPONENTS = frozenset({"REB", "INS", "SEP", "IMG", UNIDENTIFIED_ARMED})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the trigger lexicon."""

    lemma: str  # "attack", "take over"
    pos: str  # VERB | NOUN | ADJ
    cameo: str
    object: str  # target | theme | none
    preps: tuple[str, ...]
    requires: str  # "" or restrictions on the arguments: "obj=prisoner|person", "obj!=video" (extract/sense.py)
    weight: float
    origin: str  # file:line, for the audit trail


def read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a tab-separated file with a header; '#' lines are comments. Returns (line, row)."""
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            rows.append((lineno, dict(zip(header, cells))))
    return rows


@lru_cache(maxsize=1)
def event_codes() -> dict[str, EventCode]:
    codes = {}
    for _, row in read_tsv(DATA / "event_codes.tsv"):
        codes[row["cameo"]] = EventCode(
            cameo=row["cameo"], label=row["label"], plover=row["plover"] or None,
            mode=row["mode"] or None, context=row["context"] or None,
            acled_event_type=row["acled_event_type"] or None,
            acled_sub_event_type=row["acled_sub_event_type"] or None,
        )
    return codes


def code(cameo: str) -> EventCode:
    """The table row for a CAMEO code; unknown codes raise with the fix."""
    try:
        return event_codes()[cameo]
    except KeyError:
        raise ConfigError(
            f"Unknown CAMEO code {cameo!r}. Use a code listed in {DATA / 'event_codes.tsv'}.",
            code="E201",
        ) from None


def nearest(cameo: str) -> EventCode:
    """The row for a code, or for a user dictionary's code not in the table, its nearest parent's
    PLOVER type under the dictionary's own code ("0234A" -> REQUEST, keeping "0234A")."""
    codes = event_codes()
    if cameo in codes:
        return codes[cameo]
    digits = re.sub(r"\D", "", cameo)
    for k in (digits[:4], digits[:3], digits[:2] + "0", digits[:2] and f"{int(digits[:2]):02d}0"):
        if k and k in codes:
            row = codes[k]
            return EventCode(cameo, f"{row.label} (dictionary code {cameo})", row.plover, row.mode, row.context,
                             row.acled_event_type, row.acled_sub_event_type)
    raise ConfigError(f"Code {cameo!r} from a dictionary matches no CAMEO code or parent in "
                      f"{DATA / 'event_codes.tsv'}.", code="E209")


def load_triggers(extra: tuple[Path, ...] = ()) -> dict[tuple[str, str], list[Trigger]]:
    """The trigger lexicon keyed by (lemma, pos); rows from ``extra`` files come first."""
    from ..extract import sense  # the restriction language lives with its interpreter

    table: dict[tuple[str, str], list[Trigger]] = {}
    for path in (*extra, DATA / "triggers.tsv"):
        for lineno, row in read_tsv(Path(path)):
            origin = f"{Path(path).name}:{lineno}"
            try:
                trig = Trigger(
                    lemma=row["lemma"].strip().lower(), pos=row["pos"].strip().upper(),
                    cameo=row["cameo"].strip(), object=row["object"].strip() or "target",
                    preps=tuple(p for p in row["preps"].split(",") if p),
                    requires=row["requires"].strip(), weight=float(row["weight"] or 1.0),
                    origin=origin,
                )
            except (KeyError, ValueError) as exc:
                raise ConfigError(
                    f"{origin}: bad trigger row ({exc}); columns are lemma, pos, cameo, object, "
                    "preps, requires, weight.", code="E202",
                ) from None
            code(trig.cameo)  # validates the code
            try:
                sense.parse(trig.requires)
            except ConfigError as exc:
                raise ConfigError(f"{origin}: {exc.args[0]}", code="E202") from None
            if trig.pos not in ("VERB", "NOUN", "ADJ"):
                raise ConfigError(f"{origin}: pos must be VERB, NOUN or ADJ", code="E202")
            table.setdefault((trig.lemma, trig.pos), []).append(trig)
    _add_nominals(table)
    return table


NOMINAL_WEIGHT = 0.7  # the least weight of a verb row whose nouns are read as its event


def nominal_forms(verb: str) -> frozenset[str]:
    """The regular nouns of the act a one-word verb names: "-ing" (rioting), "-ion"/"-ation"
    (execution, extradition, relaxation), "-ment" (imprisonment), "-al" after "e", "y", "w" or "ss"
    (approval, denial, dismissal) and "-sion" for "-d(e)" (suspension); a final consonant after
    one vowel is doubled before "-ing" (banning). A form that is no English
    word does no harm: only a token with that lemma is ever looked up."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {stem + "ing", stem + "ion", stem + "ation", verb + "ment"}
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", verb):
        forms.add(verb + verb[-1] + "ing")  # "banning", "dropping"
    if verb.endswith("e"):
        forms.add(stem + "al")
    elif verb.endswith("y"):
        forms.add(verb[:-1] + "ial")
    elif verb.endswith(("w", "ss")):
        forms.add(verb + "al")
    if verb.endswith(("d", "de")):
        forms.add(verb[:-2 if verb.endswith("de") else -1] + "sion")
    return frozenset(forms)


def _add_nominals(table: dict[tuple[str, str], list[Trigger]]) -> None:
    """A verb's rows also read its regular nouns ("executed two journalists", "the execution of two
    journalists"), with the same code, object and restrictions, when the lexicon gives that noun no
    row of its own; the "of" phrase is the noun's object. Irregular nouns ("expulsion", "destruction")
    and nouns spelled as the verb ("veto", "rebuke") come from nominals.tsv. Only rows whose word alone signals the
    event (weight NOMINAL_WEIGHT or more) give nouns: "approve", "deny", "suspend" need their
    clause to mean an event, and their nouns ("approval of a law") less often do. Nouns that name a thing, not the act
    ("agreement", "provision"), are listed under word_roles.tsv's ``result_noun`` and left out."""
    things = words("result_noun")
    irregular: dict[str, set[str]] = {}
    for lineno, row in read_tsv(DATA / "nominals.tsv"):
        if not row["noun"] or not row["verb"]:
            raise ConfigError(f"nominals.tsv:{lineno}: a row needs a noun and a verb", code="E202")
        irregular.setdefault(row["verb"], set()).add(row["noun"])
    derived: dict[tuple[str, str], list[Trigger]] = {}
    for (lemma, pos), rows in table.items():
        if pos != "VERB" or " " in lemma:
            continue
        strong = [r for r in rows if r.weight >= NOMINAL_WEIGHT]
        forms = (nominal_forms(lemma) | irregular.get(lemma, set())) - things
        for form in sorted(forms) if strong else ():
            if (form, "NOUN") not in table:
                derived.setdefault((form, "NOUN"), []).extend(
                    replace(r, lemma=form, pos="NOUN", weight=round(r.weight * 0.9, 2), origin=f"{r.origin}:nominal")
                    for r in strong)
    for key, rows in derived.items():
        table.setdefault(key, rows)


@dataclass(frozen=True, slots=True)
class Role:
    phrase: str
    type: str  # role | title | org
    sector: str | None
    country: str | None
    kind: str
    plural: bool


@lru_cache(maxsize=1)
def actor_roles() -> dict[str, Role]:
    roles = {}
    for _, row in read_tsv(DATA / "actors.tsv"):
        roles[row["phrase"]] = Role(
            row["phrase"], row["type"], row["sector"] or None, row["country"] or None,
            row["kind"], row["plural"] == "1",
        )
    return roles


@dataclass(frozen=True, slots=True)
class RelationWord:
    """A row of relations.tsv: a word that ties an actor to a role, another actor or a place."""

    lemma: str
    pos: str  # NOUN | VERB
    relation: str
    other: str  # actor | place | title
    preps: tuple[str, ...]
    subject: str  # subj | obj
    rule: str  # relations.tsv:LINE


@lru_cache(maxsize=1)
def relation_words() -> dict[tuple[str, str], RelationWord]:
    words = {}
    for lineno, row in read_tsv(DATA / "relations.tsv"):
        w = RelationWord(row["lemma"], row["pos"], row["relation"], row["other"],
                         tuple(p for p in row["preps"].split(",") if p), row["subject"] or "subj",
                         f"relations.tsv:{lineno}")
        if w.pos not in ("NOUN", "VERB") or w.other not in ("actor", "place", "title"):
            raise ConfigError(f"relations.tsv:{lineno}: pos must be NOUN or VERB and other actor, place or title",
                              code="E202")
        words[(w.lemma, w.pos)] = w
    return words


@lru_cache(maxsize=1)
def word_roles() -> dict[str, frozenset[str]]:
    """word_roles.tsv as role -> the words that play it ("light_verb" -> {"launch", ...})."""
    roles: dict[str, set[str]] = {}
    for lineno, row in read_tsv(DATA / "word_roles.tsv"):
        if not row["word"] or not row["role"]:
            raise ConfigError(f"word_roles.tsv:{lineno}: a row needs a word and a role", code="E202")
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


@lru_cache(maxsize=1)
def noun_classes() -> dict[str, frozenset[str]]:
    """noun_classes.tsv as class -> nouns ("prisoner" -> {"hostage", "detainee", ...})."""
    classes: dict[str, set[str]] = {}
    for lineno, row in read_tsv(DATA / "noun_classes.tsv"):
        if not row["word"] or not row["class"]:
            raise ConfigError(f"noun_classes.tsv:{lineno}: a row needs a word and a class", code="E202")
        classes.setdefault(row["class"], set()).add(row["word"])
    return {c: frozenset(ws) for c, ws in classes.items()}


@lru_cache(maxsize=1)
def acled_means() -> dict[str, tuple[str, str]]:
    """acled_means.tsv: a means of violence ("airstrike", "suicide bomber") -> ACLED type, sub-type."""
    return {row["word"]: (row["event_type"], row["sub_event_type"]) for _, row in read_tsv(DATA / "acled_means.tsv")}


def words(role: str) -> frozenset[str]:
    """The words of one role in word_roles.tsv; an unknown role is a programming error."""
    return word_roles()[role]


def lexicon_version(extra: tuple[Path, ...] = ()) -> str:
    """A digest of every data file in use, recorded with each run."""
    digest = hashlib.sha1()
    for path in sorted(DATA.glob("*.tsv")) + [Path(p) for p in extra]:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:12]
