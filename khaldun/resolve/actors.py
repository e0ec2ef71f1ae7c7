"""Actors across documents: one stable id for each real-world actor, merged only on evidence.

Every document codes its own actors (``extract.actors``); their ids already agree when the
canonical name, kind and country agree. Here spellings of one name (Hifter, Haftar; Malteeq,
Maiteeq), acronyms (NFSL) and surname-only mentions are joined to one canonical actor when the
names match *and* nothing contradicts it: two people whose given names differ are never joined,
nor actors of different countries, and a bare surname joins only the one full name it can mean.
A user's dictionary and hand-made merges and splits come first and survive every re-run.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .dictionary import DictionaryActor, DictionaryRole
from .names import acronym, fold, name_words, skeleton, skeleton_word, word_match

MERGEABLE = ("person", "organization", "group")


@dataclass(frozen=True, slots=True)
class LocalActor:
    """An actor as the documents coded it, with what the store knows about its use."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    mentions: int = 1
    counterparts: frozenset[str] = frozenset()  # local ids it acts on or is acted on by


@dataclass(frozen=True, slots=True)
class Override:
    """A hand-made decision: ``merge`` joins two local actors, ``split`` keeps them apart."""

    action: str
    a: str
    b: str


@dataclass(frozen=True, slots=True)
class Identity:
    local_id: str
    actor_id: str
    confidence: float
    reason: str


@dataclass
class CanonicalActor:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    members: tuple[str, ...]
    mentions: int
    origin: str | None = None  # the dictionary entry that defines it
    roles: tuple[DictionaryRole, ...] = ()


@dataclass
class _Node:
    name: str
    kind: str
    country: str | None
    sector: str | None
    mentions: int
    words: list[str]
    counterparts: frozenset[str] = frozenset()
    entry: DictionaryActor | None = None
    local: LocalActor | None = None
    keys: set[str] = field(default_factory=set)
    kb: object | None = None  # the knowledge-base actor (khaldun.kb.KbActor) a document identified


def resolve_actors(local: list[LocalActor], dictionary: list[DictionaryActor] = (),
                   overrides: list[Override] = (), threshold: float = 0.85
                   ) -> tuple[list[CanonicalActor], list[Identity]]:
    """Canonical actors and each local actor's link to one, with a confidence and the reason."""
    from .. import kb as knowledge  # the knowledge base itself uses this package's name keys

    base = knowledge.load()
    nodes: dict[str, _Node] = {}
    for a in sorted(local, key=lambda a: a.id):
        nodes[a.id] = _Node(a.name, a.kind, a.country, a.sector, a.mentions, name_words(a.name), a.counterparts,
                            local=a, kb=base.by_local_id(a.id))
    for i, entry in enumerate(dictionary):
        nodes[f"dict:{i:05d}"] = _Node(entry.name, entry.kind, entry.country, entry.sector, 0,
                                       name_words(entry.name), entry=entry)
    edges = _dictionary_edges(nodes) + _name_edges(nodes)
    uf = _Groups(nodes)
    for o in overrides:
        if o.action == "split" and o.a in nodes and o.b in nodes:
            uf.cannot.add(frozenset((o.a, o.b)))
    for o in overrides:
        if o.action == "merge" and o.a in nodes and o.b in nodes:
            uf.union(o.a, o.b, 1.0, "merged by hand", forced=True)
    for score, a, b, why in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        if score >= threshold:
            uf.union(a, b, score, why)
    return _canonical(nodes, uf)


# -- candidate pairs ------------------------------------------------------------------------------
def _dictionary_edges(nodes: dict[str, _Node]) -> list[tuple[float, str, str, str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for nid, n in nodes.items():
        if n.entry is not None:
            for name in (n.entry.name,) + n.entry.aliases:
                by_key[skeleton(name)].append(nid)
    edges = []
    for nid, n in nodes.items():
        if n.local is None:
            continue
        for did in by_key.get(skeleton(n.name), ()):
            entry = nodes[did].entry
            if _kinds_agree(n.kind, entry.kind) and not _conflict(n.country, entry.country):
                edges.append((2.0, did, nid, f"dictionary entry {entry.origin} ({entry.name!r})"))
    return edges


def _name_edges(nodes: dict[str, _Node]) -> list[tuple[float, str, str, str]]:
    blocks: dict[str, list[str]] = defaultdict(list)
    for nid, n in nodes.items():
        if n.local is None or n.kind not in MERGEABLE or not n.words or not _proper(n.name):
            continue  # "the interior minister" is a description, not a name to match elsewhere
        if n.kind == "person":
            surname = n.words[-1]
            n.keys = {"p:" + skeleton_word(surname), "p2:" + surname[:2]}
        else:
            n.keys = {"o:" + skeleton(n.name)}
            compact = fold(n.name).replace(" ", "")
            if n.name.isupper() and 2 <= len(compact) <= 8:
                n.keys.add("a:" + compact)
            if acronym(n.name):
                n.keys.add("a:" + acronym(n.name))
        for key in n.keys:
            blocks[key].append(nid)
    given_names: dict[str, set[str]] = defaultdict(set)  # surname key -> given names it goes with
    for n in nodes.values():
        if n.local is not None and n.kind == "person" and len(n.words) >= 2 and _proper(n.name):
            given_names[skeleton_word(n.words[-1])].add(skeleton_word(n.words[0]))
    seen, edges = set(), []
    for key, ids in blocks.items():
        if len(ids) > 2000 and key.startswith("p2:"):
            continue  # a common prefix: the transliteration key block covers the likely pairs
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                scored = _score(nodes[pair[0]], nodes[pair[1]], given_names)
                if scored is not None:
                    edges.append((scored[0], pair[0], pair[1], scored[1]))
    return edges


def _score(a: _Node, b: _Node, given_names: dict[str, set[str]]) -> tuple[float, str] | None:
    if not _kinds_agree(a.kind, b.kind) or _conflict(a.country, b.country) or _two_entities(a, b):
        return None
    reasons = []
    if a.kind == "person" and b.kind == "person":
        surname = word_match(a.words[-1], b.words[-1])
        if surname == 0:
            return None
        if len(a.words) >= 2 and len(b.words) >= 2:
            given = word_match(a.words[0], b.words[0])
            if given == 0:
                return None  # two people who share a surname
            score = 0.6 + 0.3 * min(surname, given)
            reasons.append(f"names {a.name!r} ~ {b.name!r}")
        else:
            short, full = (a, b) if len(a.words) < 2 else (b, a)
            if len(full.words) < 2:
                score = 0.7 if surname == 1.0 else 0.0
                reasons.append(f"same name {a.name!r} ~ {b.name!r}")
            else:
                if len(given_names.get(skeleton_word(short.words[-1]), ())) != 1:
                    return None  # a bare surname that could mean several people
                score = 0.55 + 0.2
                reasons.append(f"{short.name!r} is the only person of that surname ({full.name!r})")
    else:
        if skeleton(a.name) == skeleton(b.name):
            score = 0.9
            reasons.append(f"names {a.name!r} ~ {b.name!r}")
        elif acronym(a.name) == fold(b.name).replace(" ", "") or acronym(b.name) == fold(a.name).replace(" ", ""):
            score = 0.8
            reasons.append(f"acronym {a.name!r} ~ {b.name!r}")
        else:
            return None
    if a.country and a.country == b.country:
        score += 0.1
        reasons.append(f"same country {a.country}")
    if a.sector and a.sector == b.sector:
        score += 0.05
        reasons.append(f"same sector {a.sector}")
    if a.counterparts & b.counterparts:
        score += 0.1
        reasons.append("shared counterparts")
    return round(min(score, 1.0), 3), "; ".join(reasons)


def _proper(name: str) -> bool:
    """A name, not a description: every word capitalised ("Khalifa Hifter", "NFSL"), no article."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return bool(words) and words[0].lower() != "the" and all(
        w[0].isupper() or w.lower() in ("al", "el", "bin", "ibn", "de", "of", "for", "and", "the") for w in words)


def _two_entities(a: _Node, b: _Node) -> bool:
    """Two different knowledge-base actors are two actors, however alike their names."""
    return a.kb is not None and b.kb is not None and not _same_entity(a.kb, b.kb)


def _same_entity(a, b) -> bool:
    from ..kb import KnowledgeBase  # the knowledge base itself uses this package's name keys

    return KnowledgeBase.same_actor(a, b)


def _kinds_agree(a: str, b: str) -> bool:
    return a == b or {a, b} == {"organization", "group"}


def _conflict(a: str | None, b: str | None) -> bool:
    return bool(a and b and a != b)


# -- grouping -------------------------------------------------------------------------------------
class _Groups:
    """Union-find that refuses joins a split forbids or that would put two people in one actor."""

    def __init__(self, nodes: dict[str, _Node]):
        self.nodes = nodes
        self.parent = {n: n for n in nodes}
        self.members = {n: [n] for n in nodes}
        self.link: dict[str, tuple[float, str]] = {}
        self.cannot: set[frozenset[str]] = set()

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, score: float, why: str, forced: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ma, mb = self.members[ra], self.members[rb]
        if any(frozenset((x, y)) in self.cannot for x in ma for y in mb):
            return False
        if not forced and not self._compatible(ma, mb):
            return False
        root, other = (ra, rb) if ra < rb else (rb, ra)
        self.parent[other] = root
        self.members[root] = ma + mb
        del self.members[other]
        for x in (a, b):
            self.link.setdefault(x, (min(score, 1.0), why))
        return True

    def _compatible(self, ma: list[str], mb: list[str]) -> bool:
        nodes = self.nodes
        if len({nodes[x].entry.name for x in ma + mb if nodes[x].entry is not None}) > 1:
            return False  # two dictionary actors
        known = [nodes[x].kb for x in ma + mb if nodes[x].kb is not None]
        if any(not _same_entity(known[0], k) for k in known[1:]):
            return False  # two knowledge-base actors
        for x in ma:
            for y in mb:
                nx, ny = nodes[x], nodes[y]
                if _conflict(nx.country, ny.country):
                    return False
                if nx.kind == ny.kind == "person" and len(nx.words) >= 2 and len(ny.words) >= 2 \
                        and nx.entry is None and ny.entry is None and word_match(nx.words[0], ny.words[0]) == 0:
                    return False
        return True


def _canonical(nodes: dict[str, _Node], uf: _Groups) -> tuple[list[CanonicalActor], list[Identity]]:
    actors, identities = [], []
    for root, members in sorted(uf.members.items()):
        locals_ = sorted(m for m in members if nodes[m].local is not None)
        entry = next((nodes[m].entry for m in members if nodes[m].entry is not None), None)
        if not locals_:
            continue  # a dictionary actor no document mentions yet
        mention_weight = Counter()
        for m in locals_:
            mention_weight[m] += nodes[m].mentions
        known = next((nodes[m].kb for m in locals_ if nodes[m].kb is not None), None)
        if entry is not None:
            name, kind = entry.name, entry.kind
            actor_id = "a" + hashlib.sha1(f"dictionary|{fold(entry.name)}".encode()).hexdigest()[:12]
        elif known is not None:
            name, kind, actor_id = known.name, nodes[known.local_id].kind, known.local_id
        else:
            best = max(locals_, key=lambda m: (len(nodes[m].words) >= 2, mention_weight[m], len(nodes[m].name),
                                               nodes[m].name))
            name, kind = nodes[best].name, nodes[best].kind
            actor_id = locals_[0]
        country = (entry.country if entry and entry.country else
                   _majority([(nodes[m].country, nodes[m].mentions) for m in locals_]))
        sector = (entry.sector if entry and entry.sector else
                  _majority([(nodes[m].sector, nodes[m].mentions) for m in locals_]))
        aliases = sorted(({nodes[m].name for m in locals_} | set(entry.aliases if entry else ())
                          | set(known.aliases if known else ())) - {name})
        origin = entry.origin if entry else (f"knowledge base {known.id}" if known else None)
        actors.append(CanonicalActor(actor_id, name, kind, country, sector, tuple(aliases), tuple(locals_),
                                     sum(mention_weight.values()), origin, entry.roles if entry else ()))
        for m in locals_:
            if len(members) == 1:
                identities.append(Identity(m, actor_id, 1.0, "only spelling"))
            else:
                score, why = uf.link.get(m, (1.0, "canonical spelling"))
                identities.append(Identity(m, actor_id, score, why))
    return actors, identities


def _majority(values: list[tuple[str | None, int]]) -> str | None:
    counts: Counter[str] = Counter()
    for value, weight in values:
        if value:
            counts[value] += max(weight, 1)
    return max(sorted(counts), key=lambda v: counts[v]) if counts else None
