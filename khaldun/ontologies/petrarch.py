"""Read the dictionaries of the CAMEO coders (TABARI, PETRARCH, Phoenix): ``.actors`` with
date-restricted codes, ``.agents`` with ``!macro!`` substitutions, ``.verbs`` with synonym sets
and patterns, ``.discards``. Users of those coders keep their work: khaldun codes actors and
verbs with them, ahead of its own lexicons.

Formats, as the files use them:
- actors: ``NAME_WORDS [CODE]`` on one line, or a name, ``+SYNONYM`` lines and one or more
  ``[CODE YYMMDD-YYMMDD]`` / ``[CODE >YYMMDD]`` / ``[CODE <YYMMDD]`` lines; ``_`` joins words.
- agents: ``!MACRO! = A, B`` definitions, then ``WORDS [~SECTOR]``.
- verbs: ``&SYNSET`` with ``+MEMBER`` lines; ``--- NAME [CODE] ---`` groups listing verb forms
  (``SPEED {SPEEDS SPED}``) and ``- WORDS * WORDS [CODE]`` patterns around the verb (``*``).
- discards: one phrase per line; a sentence that holds one is not coded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError

CODE = re.compile(r"\[([^\]]*)\]")


def _words(text: str) -> tuple[str, ...]:
    text = re.sub(r"['’]S\b", "", text.upper().replace("_", " "))
    return tuple(w for w in re.split(r"\s+", text.strip()) if w)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _date6(value: str) -> dt.date | None:
    value = value.strip()
    if not value.isdigit():
        return None
    if len(value) == 6:
        yy, mm, dd = int(value[:2]), int(value[2:4]), int(value[4:6])
        year = 1900 + yy if yy >= 30 else 2000 + yy
    elif len(value) == 8:
        year, mm, dd = int(value[:4]), int(value[4:6]), int(value[6:8])
    else:
        return None
    try:
        return dt.date(year, max(mm, 1), max(dd, 1))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def holds(self, when: dt.date | None) -> bool:
        if when is None:
            return self.start is None and self.end is None
        return (self.start is None or when >= self.start) and (self.end is None or when <= self.end)


def _dated(raw: str) -> DatedCode:
    parts = raw.split()
    code = parts[0].upper() if parts else ""
    start = end = None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = _date6(span[1:])
        elif span.startswith("<"):
            end = _date6(span[1:])
        elif "-" in span:
            a, b = span.split("-", 1)
            start, end = _date6(a), _date6(b)
    return DatedCode(code, start, end)


@dataclass(frozen=True, slots=True)
class VerbPattern:
    before: tuple[tuple[str, ...], ...]  # alternatives per slot, words that come before the verb
    after: tuple[tuple[str, ...], ...]
    code: str


@dataclass
class Dictionaries:
    actors: dict[tuple[str, ...], list[DatedCode]] = field(default_factory=dict)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)
    verbs: dict[str, tuple[str | None, list[VerbPattern]]] = field(default_factory=dict)
    discards: list[tuple[str, ...]] = field(default_factory=list)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    # -- lookups --------------------------------------------------------------------------------
    def actor_code(self, text: str, when: dt.date | None = None) -> str | None:
        """The code of the longest dictionary name inside ``text`` that holds at ``when``."""
        words = _words(re.sub(r"[,;:!?\"“”()]+|\.(?=\s|$)", " ", text))
        best = None
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                codes = self.actors.get(words[i:j])
                if codes and (best is None or j - i > best[0]):
                    code = _pick(codes, when)
                    if code:
                        best = (j - i, code)
                    break
        return best[1] if best else None

    def agent_code(self, text: str) -> str | None:
        words = _words(text)
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                chunk = words[i:i + n]
                code = self.agents.get(chunk) or self.agents.get(tuple(_singular(w) for w in chunk))
                if code:
                    return code
        return None

    def verb_code(self, sentence_words: list[str], index: int, lemma: str) -> str | None:
        """The code of the verb at ``index`` (its lemma's group): the first matching pattern's
        code, else the group's default code."""
        entry = self.verbs.get(lemma.upper()) or self.verbs.get(sentence_words[index].upper())
        if entry is None:
            return None
        default, patterns = entry
        before = [w.upper() for w in sentence_words[max(0, index - 8):index]]
        after = [w.upper() for w in sentence_words[index + 1:index + 10]]
        for p in patterns:
            if _in_order(p.before, before) and _in_order(p.after, after):
                return p.code
        return default

    def discarded(self, sentence: str) -> bool:
        words = _words(re.sub(r"[,.;:!?\"“”()]+(?=\s|$)", " ", sentence))
        return any(_contains(words, d) for d in self.discards)


def _pick(codes: list[DatedCode], when: dt.date | None) -> str | None:
    for c in codes:
        if (c.start or c.end) and c.holds(when):
            return c.code
    for c in codes:
        if not c.start and not c.end:
            return c.code
    return None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("S") and len(word) > 3 else word


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[i:i + n] == phrase for i in range(len(words) - n + 1))


def _in_order(slots: tuple[tuple[str, ...], ...], words: list[str]) -> bool:
    pos = 0
    for options in slots:
        for k in range(pos, len(words)):
            if words[k] in options or _singular(words[k]) in options:
                pos = k + 1
                break
        else:
            return False
    return True


# -- loading --------------------------------------------------------------------------------------
def load(paths) -> Dictionaries:
    """Read dictionary files; the kind comes from the name (actors, agents, verbs, discards)."""
    d = Dictionaries()
    for path in paths:
        path = Path(path)
        name = path.name.lower()
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise ConfigError(f"Cannot read dictionary {path}: {exc.strerror}.", code="E207") from None
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        if "actor" in name:
            _load_actors(d, text)
        elif "agent" in name:
            _load_agents(d, text)
        elif "verb" in name or name.startswith("cameo"):
            _load_verbs(d, text)
        elif "discard" in name:
            d.discards += [_words(_strip_comment(ln)) for ln in text.splitlines() if _strip_comment(ln).strip()]
        else:
            raise ConfigError(f"{path}: cannot tell the dictionary kind; its name should say actors, agents, "
                              "verbs or discards (as PETRARCH's files do).", code="E208")
        d.sources.append(str(path))
    return d


def _load_actors(d: Dictionaries, text: str) -> None:
    names: list[tuple[str, ...]] = []
    codes: list[DatedCode] = []

    def flush():
        if names and codes:
            for n in names:
                d.actors.setdefault(n, []).extend(codes)

    for raw in text.splitlines():
        line = _strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):  # a code line of the current entry
            codes += [_dated(c) for c in CODE.findall(stripped)]
            continue
        if stripped.startswith("+"):
            names.append(_words(CODE.split(stripped[1:])[0]))
            found = CODE.findall(stripped)
            codes += [_dated(c) for c in found]
            continue
        flush()
        head = CODE.split(stripped)[0]
        names, codes = [_words(head)], [_dated(c) for c in CODE.findall(stripped)]
    flush()


def _load_agents(d: Dictionaries, text: str) -> None:
    macros: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = _strip_comment(raw).strip()
        if not line:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if m:
            macros[m[1].upper()] = [w.strip().upper() for w in m[2].split(",") if w.strip()]
            continue
        found = CODE.findall(line)
        if not found:
            continue
        code = found[0].strip().lstrip("~").upper()
        head = CODE.split(line)[0]
        variants = [head.upper()]
        for key, values in macros.items():
            token = f"!{key}!"
            variants = [v.replace(token, val) for v in variants for val in values] if any(
                token in v for v in variants) else variants
        for v in variants:
            d.agents[_words(v)] = code


def _load_verbs(d: Dictionaries, text: str) -> None:
    group: tuple[str | None, list[VerbPattern]] | None = None  # the verb group being read
    synset = None
    for raw in text.splitlines():
        stripped = _strip_comment(raw).strip()
        if not stripped or stripped.startswith("####"):
            continue
        if stripped.startswith("&"):
            synset, group = stripped.split()[0][1:].rstrip("_").upper(), None
            d.synsets[synset] = []
            continue
        if stripped.startswith("+") and synset:
            d.synsets[synset].append(_words(stripped[1:]))
            continue
        m = re.match(r"^---\s*(.+?)\s*\[([^\]]*)\]\s*---", stripped)
        if m:
            synset = None
            code = m[2].strip().split(":")[0]
            group = (code if re.fullmatch(r"\d{2,4}[A-Z]?", code) else None, [])
            continue
        if group is None:
            continue
        if stripped.startswith("-"):
            pattern = _pattern(stripped[1:])
            if pattern is not None:
                group[1].append(pattern)
            continue
        if stripped.startswith("+"):
            continue
        head = CODE.split(stripped)[0]
        forms = re.findall(r"\{([^}]*)\}", head)
        base = re.sub(r"\{[^}]*\}", "", head).strip()
        if base:
            words = [base.split()[0].replace("_", " ").upper()] + [w.upper() for f in forms for w in f.split()]
            for w in words:
                d.verbs.setdefault(w, group)
    _expand_synsets(d)


def _pattern(body: str) -> VerbPattern | None:
    found = CODE.findall(body)
    if not found:
        return None
    code = found[0].strip().split(":")[0]
    words = CODE.split(body)[0].replace("_", " ").replace("(", " ").replace(")", " ")
    words = re.sub(r"\{([^}]*)\}", r"\1", words)
    tokens = [t for t in words.upper().split() if t not in ("$", "+", "%", "^")]
    if "*" not in tokens:
        return None
    star = tokens.index("*")
    return VerbPattern(tuple((t,) for t in tokens[:star]), tuple((t,) for t in tokens[star + 1:]), code)


def _expand_synsets(d: Dictionaries) -> None:
    """``&FOOD`` in a pattern stands for any member of the synonym set FOOD."""
    def expand(slots):
        out = []
        for (t,) in slots:
            if t.startswith("&"):
                members = d.synsets.get(t[1:].rstrip("_"), [])
                out.append(tuple(m[0] for m in members if m) or (t,))
            else:
                out.append((t,))
        return tuple(out)

    seen = set()
    for _default, patterns in d.verbs.values():
        if id(patterns) in seen:
            continue
        seen.add(id(patterns))
        patterns[:] = [VerbPattern(expand(p.before), expand(p.after), p.code) for p in patterns]
