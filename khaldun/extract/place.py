"""Places: resolve the toponyms of a parsed document against the offline gazetteer.

Toponyms are the recogniser's places plus proper nouns after a locative preposition that the
gazetteer knows. A name with several candidates (Tripoli, Libya / Tripoli, Lebanon) is settled by
the learned ranker (extract/ranker.py) from the document's context: its other places, demonyms and
coded actors, an explicit "Tripoli, Libya" next to the name, population and kind. The province
written after a name bounds its candidates ("the Bolan district of Balochistan"), and places a
name the gazetteer lacks or spells otherwise ("Bardera (Gedo)", "Mbau (North Kivu)").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.attrs import DEP, ENT_IOB, ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from .. import kb as knowledge
from ..gazetteer import ARABIC_ARTICLES, Entry, Gazetteer, distance_km, fold, skeleton
from ..nlp.components import tokens_where
from ..ontologies.tables import noun_classes
from ..records import Place
from . import ranker
from .ranker import Mention

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PRECISION = {"city": "city", "admin2": "admin2", "admin1": "admin1", "country": "country", "continent": "continent",
             "region": "continent"}
MAX_CANDIDATES = 50  # the most populous; a name with more is a common word
HYPHENS = ("-", "–")


def toponyms(doc: Doc, gaz: Gazetteer, ents=None, text: str | None = None) -> list[tuple[Span, list[Entry]]]:
    """The document's toponym spans with their gazetteer candidates, before any choice
    (``text``: the document's text, when at hand)."""
    ents = list(doc.ents) if ents is None else ents
    surnames = _surnames(ents)
    spans = [trim(ent) for ent in ents if ent.label_ in PLACE_LABELS]
    spans = [_hyphen_joined(gaz, s) for s in spans if s is not None and not (
        len(s) == 1 and s.text.lower() in surnames and not well_known(gaz, s.text, strict=True))]
    spans += _locative_names(doc, gaz, {i for s in spans for i in range(s.start, s.end)})
    spans += _misread_names(doc, gaz, {i for s in spans for i in range(s.start, s.end)}, ents,
                            doc.text if text is None else text)
    found: list[tuple[Span, list[Entry], bool]] = []
    for span in spans:
        if medium_name(span, gaz) or fragment(span):
            continue
        name, cands = _name_part(gaz, span) or (span, [])
        contained = _contained(gaz, name, cands)
        found.append((name, contained, contained is not cands))
    # a name the text places once ("Nasir in South Sudan's Upper Nile state") is that place where
    # the story names it again bare ("wounded soldiers from Nasir")
    placed = {fold(name.text): cands for name, cands, narrowed in found if narrowed and cands}
    options = [(name, (cands if narrowed else placed.get(fold(name.text), cands))[:MAX_CANDIDATES])
               for name, cands, narrowed in found]
    return [(name, cands) for name, cands in options
            if cands and not name.text[:1].islower() and not body_named(name, cands)]  # "the metro": no name


CONTAINER_KINDS = ("country", "admin1", "admin2")
PROVINCE_WORDS = {"region", "province", "state", "governorate", "district", "county", "oblast", "department",
                  "prefecture", "parish", "municipality"}


def written_container(span: Span, gaz: Gazetteer) -> tuple[str, list[Entry]]:
    """The countries and provinces the text says a place lies in, written right after its name,
    and how: "(" for "Bardera (Gedo)", "," for "Quetta, Balochistan", "of" for "the Bolan
    district of Balochistan", "in" for "the town of Nasir in South Sudan's Upper Nile state"
    (the province when the country's possessive names one); nothing for a list ("Aleppo, Homs
    and Hama") or another name."""
    doc, i = span.doc, span.end
    if i + 1 < len(doc) and doc[i].lower_ in PROVINCE_WORDS and doc[i + 1].lower_ == "of":
        form, start = "of", i + 2
    elif i + 1 < len(doc) and doc[i].lower_ == "in" and doc[i + 1].ent_type_ not in ("DATE", "TIME"):  # "in March"
        countries = _capitalised_containers(doc, i + 1, gaz)
        if countries is None:
            return "", []
        found, end = countries
        if end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s"):
            provinces = _capitalised_containers(doc, end + 1, gaz)
            inner = [e for e in provinces[0] if e.kind != "country" and any(e.country == c.country for c in found)
                     ] if provinces else []
            found = inner or found
        return "in", found
    elif i < len(doc) and doc[i].text in ("(", ","):
        form, start = doc[i].text, i + 1
    else:
        return "", []
    end = _capitalised_run(doc, start)
    after = doc[end] if end < len(doc) else None
    if end == start or form == "(" and (after is None or after.text not in (")", ",")):
        return "", []
    if form == "," and after is not None and (after.lower_ in ("and", "or") or after.text == ","
                                              and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        return "", []  # "Aleppo, Homs and Hama", "Paris, London, Berlin": a list
    found = _capitalised_containers(doc, start, gaz, end)
    return (form, found[0]) if found else ("", [])


def _capitalised_run(doc: Doc, start: int) -> int:
    """The end of the run of (at most four) capitalised words at ``start``."""
    end = start
    while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper() and doc[end].is_alpha \
            and doc[end].ent_type_ != "PERSON":  # "He (Wilson) got out": the man, not Wilson County
        end += 1
    return end


def _capitalised_containers(doc: Doc, start: int, gaz: Gazetteer,
                            end: int | None = None) -> tuple[list[Entry], int] | None:
    """The countries and provinces named by the longest part of the capitalised run at ``start``
    (ending at ``end`` when read already) that names any, with that part's end; None when none."""
    end = _capitalised_run(doc, start) if end is None else end
    for k in range(end, start, -1):
        found = [e for e in gaz.candidates(doc[start:k].text)[:MAX_CANDIDATES] if e.kind in CONTAINER_KINDS]
        if found:
            return found, k
    return None


def _within(place: Entry, container: Entry) -> bool:
    """Whether the gazetteer files ``place`` under ``container`` (a country or a province)."""
    if place.country != container.country or place.kind == "country" or place == container:
        return False
    if container.kind == "country":
        return True
    if container.kind == "admin1":
        return place.kind != "admin1" and fold(place.admin1 or "") == fold(container.name)
    return place.kind == "city" and fold(place.admin2 or "") == fold(container.name)


def _contained(gaz: Gazetteer, span: Span, cands: list[Entry]) -> list[Entry]:
    """The candidates of a name that lie in the country or province written after it as "the X
    district of Y", when some do (the ranker weighs a "X, Y" or "X (Y)" written after a name
    itself, not this). When none lies in it and the name is no candidate's own (only another name
    of some: "the Bolan district of Balochistan" is not Bowling in Scotland, which "Bolan" also
    names; or of none, when the province is in parentheses, as event reports write it): the
    province's town whose name is spelled alike ("Bardera (Gedo)": Baardheere), else the province
    itself, under the name ("Mbau (North Kivu)": a village too small for the gazetteer)."""
    form, containers = written_container(span, gaz)
    inside = [e for e in cands if any(_within(e, c) for c in containers)] if form in ("of", "in") else []
    if inside or not containers or any(e.match in ("exact", "folded") for e in cands):
        return inside or cands
    provinces = [c for c in containers if c.kind in ("admin1", "admin2")]
    if not provinces or not cands and form != "(":
        return cands
    key = skeleton(span.text)
    alike = [t for c in provinces for t in gaz.towns_in(c) if skeleton(t.name) == key] if len(key) > 2 else []
    return alike or [replace(provinces[0], name=span.text, geonameid=None, match="exact")]


def _hyphen_joined(gaz: Gazetteer, span: Span) -> Span:
    """A name the recogniser cut inside a hyphen-joined word ("Mazar" of "Mazar-i-Sharif"): the
    whole word, when the gazetteer knows it."""
    doc, end = span.doc, span.end
    while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text in HYPHENS or doc[end - 1].text in HYPHENS):
        end += 1
    whole = doc[span.start:end]
    return whole if end > span.end and whole[-1].text not in HYPHENS and gaz.candidates(whole.text) else span


def medium_name(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name is a news medium's, not a place's ("the Saba news agency", "Al-Masirah
    TV"): a name compounded with a noun of a medium, unless a country's or a capital's, which
    names its state's medium ("Iran TV", "Moscow radio")."""
    root = span.root
    if root.dep_ != "compound":
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:  # "Saba news agency": to the last noun
        head = head.head
    return head.i >= span.end and medium_noun(head) and gaz.country_of(span.text) is None and \
        not any(e.capital for e in gaz.candidates(span.text)[:3])


def medium_noun(tok) -> bool:
    """Whether a noun names a news medium ("newspaper", "TV", "news agency"; noun_classes.tsv)."""
    media = noun_classes().get("media", frozenset())
    lemma = tok.lemma_.lower()
    return lemma in media or tok.lower_ in media or any(
        f"{c.lower_} {lemma}" in media for c in tok.children if c.dep_ == "compound" and c.i < tok.i)


def find_places(doc: Doc, gaz: Gazetteer, actor_countries: Counter[str] | None = None,
                text: str | None = None, ents=None,
                options: list[tuple[Span, list[Entry]]] | None = None) -> dict[int, Place]:
    """Token index -> Place for every token inside a resolved toponym (``options``: the
    :func:`toponyms` of the document, when already found)."""
    if text is None:
        text = doc.text  # Doc.text joins every token anew: once, not per place
    if options is None:
        options = toponyms(doc, gaz, ents, text)
    mentions = [Mention(s.start_char, s.end_char, text[s.start_char:s.end_char]) for s, _ in options]
    cands = [c for _, c in options]
    chosen = ranker.rank(text, mentions, cands, gaz, actor_countries)
    abroad = _abroad(text, mentions, cands, gaz, actor_countries, chosen)
    out: dict[int, Place] = {}
    for (span, entries), m, pick in zip(options, mentions, chosen):
        if pick is None:
            continue
        best = abroad.get(fold(m.text), own_name_first(pick[0], entries))
        if best is None:
            continue
        place = _place(m, best)
        for i in range(span.start, span.end):
            out[i] = place
    return out


OWN_NAME = ("exact", "folded")


def own_name_first(pick: Entry, entries: list[Entry]) -> Entry:
    """A town read under another of its names (an alias or a former name: "Islamabad", an old
    name of Anantnag and of Chittagong) gives way to the place that bears the name as its own,
    when that one is a capital or more populous: writers name the better-known place by its own
    name, whatever country the story is about (an Indian story names Pakistan's capital). A
    smaller namesake does not displace it ("Bombay" is Mumbai, not a village of New York)."""
    if pick.match in OWN_NAME or pick.kind != "city":
        return pick  # (a county named as its seat is: "Madison" is often Madison County)
    own = [e for e in entries if e.match in OWN_NAME and e.kind in ("city", "admin1", "country")
           and (e.capital or e.population > pick.population) and not _named_after(pick, e)]
    return max(own, key=lambda e: (e.capital, e.population), default=pick)


def _named_after(town: Entry, province: Entry) -> bool:
    """Whether a town lies in a province whose name it shares: "New York" is New York City as
    often as the state, "Oklahoma" Oklahoma City."""
    return province.kind == "admin1" and town.country == province.country and town.admin1 is not None \
        and fold(town.admin1) == fold(province.name)


SMALL_TOWN = 10_000  # a town smaller than this is not named in a story about elsewhere without its country
SMALL_DISTRICT = 100_000  # nor a district (a municipality, a county) smaller than this
COUNTRY_PRIOR = 4  # the document's countries count from this much support on (two unambiguous names)
MINOR_COUNTRY = 0.5  # a country with less than this share of another's support is not the story's


def _abroad(text: str, mentions: list[Mention], cands: list[list[Entry]], gaz: Gazetteer,
            actor_countries: Counter[str] | None, chosen: list) -> dict[str, Entry | None]:
    """The names (folded) read as a small town or district in a country the document hardly
    points to, while its names, demonyms and actors point to others (its countries), with what
    they are instead: their best-known namesake in one of the document's countries, or none
    ("Pavilion 5 of the Litoral Penitentiary" in a story about Ecuador is no village of New York;
    "Catatumbo", a region of Colombia the gazetteer lacks, in a story about Colombia is no
    municipality of Venezuela). The document-level country prior of geoparsers (Mordecai,
    CLAVIN), read once per document."""
    context = ranker.context_countries(text, mentions, cands, gaz, actor_countries)
    lent: Counter[tuple[str, str]] = Counter()  # what each name lends its own country (twice, as counted there)
    for m, entries in zip(mentions, cands):
        countries = {e.country for e in entries if e.country}
        if len(countries) == 1:
            lent[(fold(m.text), next(iter(countries)))] += 2
    lead = max(context.values(), default=0)
    story = {c for c, n in context.items() if n >= MINOR_COUNTRY * lead}
    out: dict[str, Entry | None] = {}
    for m, entries, pick in zip(mentions, cands, chosen):
        if pick is None or not small_place(pick[0]):
            continue
        e, name = pick[0], fold(m.text)
        # a name does not vouch for its own country, however often the story repeats it: what
        # counts is the support of the document's other words against another country's
        rival = max((n for c, n in context.items() if c != e.country), default=0)
        if rival >= COUNTRY_PRIOR and context[e.country] - lent[(name, e.country)] < MINOR_COUNTRY * rival:
            out[name] = next((c for c in entries if c.country in story and c.country != e.country), None)
    return out


def small_place(e: Entry) -> bool:
    """Whether a candidate is a small town or district, one not named without its country in a
    story about elsewhere."""
    return bool(e.country) and (e.kind == "city" and e.population < SMALL_TOWN
                                or e.kind == "admin2" and e.population < SMALL_DISTRICT)


NESTED_KM = 300  # a place this close to the province named beside it lies in it


def parenthesised_places(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"in Gao (Gao)", "Comodoro Rivadavia (Chubut)", "near Djibo (Soum, Sahel)": a name with its
    province (or country) in parentheses, as event reports and wire copy write places. Both are
    places when the gazetteer holds a place of the first name inside the second, or the second is
    a province and the first a short name the gazetteer lacks ("Mbau (North Kivu)"), whatever the
    recogniser called them (it reads unfamiliar towns as people or organisations)."""
    out: list[Span] = []
    for tok in tokens_where(doc, ORTH, doc.vocab.strings["("]):
        if tok.i == 0:
            continue
        close = next((t.i for t in doc[tok.i + 1:tok.i + 12] if t.text == ")"), None)
        if close is None:
            continue
        parts, start = [], tok.i + 1
        for i in range(tok.i + 1, close + 1):
            if i == close or doc[i].text == ",":
                if start < i and doc[start].text[:1].isupper():
                    parts.append(doc[start:i])
                start = i + 1
        containers = [(part, _containers(gaz, part.text)) for part in parts]
        containers = [(part, found) for part, found in containers if found]
        if not containers:
            continue
        name = _name_before(doc, tok.i, gaz, [c for _, found in containers for c in found])
        if name is not None:
            out.append(name)
            out.extend(part for part, _ in containers)
    return out


def _containers(gaz: Gazetteer, name: str) -> list[Entry]:
    """What a parenthesised name may be: a country, a province or district, or a town the same
    name as its province ("Gao (Gao)")."""
    return [e for e in gaz.candidates(name)[:MAX_CANDIDATES] if e.kind in ("country", "admin1", "admin2", "city")]


def _name_before(doc: Doc, paren: int, gaz: Gazetteer, containers: list[Entry]) -> Span | None:
    """The longest run of capitalised words just before the parenthesis naming a place that lies
    in one of ``containers``."""
    start = paren
    while start > 0 and paren - start < 5 and (doc[start - 1].text[:1].isupper() or doc[start - 1].text in ("-", "'")):
        start -= 1
    for s in range(start, paren):
        if not doc[s].text[:1].isupper():
            continue
        span = doc[s:paren]
        if any(_inside(e, c) for e in gaz.candidates(span.text)[:MAX_CANDIDATES] for c in containers):
            return span
    # a name the gazetteer lacks before a province's, after a preposition of place ("an attack on
    # Mbau (North Kivu)", "in Bardera (Gedo)"): a place in it; not a person's ("Rep. Nancy Mace
    # (S.C.)") nor a ward's ("Eileen Rivera of District A (East End)")
    first = next((s for s in range(start, paren) if doc[s].text[:1].isupper()), None)
    if first is None or first == 0 or paren - first > 3 or doc[first - 1].pos_ != "ADP" or \
            doc[first - 1].lower_ in ("of", "by", "with", "for") or \
            not any(c.kind in ("admin1", "admin2") for c in containers):
        return None
    return doc[first:paren]


def _inside(place: Entry, container: Entry) -> bool:
    if place.kind not in ("city", "admin2", "admin1") or place.country != container.country or place == container:
        return False
    if container.kind == "country":
        return True
    if fold(container.name) in (fold(place.admin1 or ""), fold(place.admin2 or "")):
        return True
    return None not in (place.lat, container.lat) and \
        distance_km(place.lat, place.lon, container.lat, container.lon) < NESTED_KM


def with_parenthesised_places(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """The document's entities with the places of :func:`parenthesised_places` set as such (the
    recogniser's overlapping spans give way), written back to ``doc`` so that every reader of
    entity labels agrees."""
    ents = list(doc.ents)
    found = parenthesised_places(doc, gaz)
    if not found:
        return ents
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    ents = sorted(kept + [Span(doc, s.start, s.end, label="GPE") for s in found], key=lambda e: e.start)
    doc.set_ents(ents)
    return ents


SETTLEMENTS = {"town", "city", "village", "province", "region", "district", "state", "capital", "port"}
LOCATIVE = {"in", "at", "near", "outside", "into", "from", "to", "toward", "towards", "around", "across"}


def _locative_names(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[Span]:
    """"in Kidal", "near Goma": proper nouns after a locative preposition that the gazetteer
    knows, when the recogniser missed them or called them something else (not a person)."""
    out = []
    for tok in tokens_where(doc, POS, PROPN):
        if tok.i in taken or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ not in LOCATIVE and not (prep.lower_ == "of" and prep.head.lemma_.lower() in SETTLEMENTS):
            continue
        if tok.ent_type_ in ("PERSON", "DATE", "TIME") or gaz.demonyms.get(fold(tok.text)):
            continue
        if tok.ent_type_ == "ORG" and not any(e.kind == "city" and (e.capital or e.population >= 100_000)
                                              for e in gaz.candidates(tok.text)):
            continue  # "in Bamako" tagged as an organisation: a large city is still a place
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        end = tok.i + 1
        if end < len(doc) and doc[end].lower_ in FEATURE_WORDS:
            end += 1
        span = doc[start:end]
        if _name_part(gaz, span) is not None:
            out.append(span)
    return out


MISREAD_LABELS = {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", ""}
WELL_KNOWN_TOWN = 50_000  # a town this large is a place whatever the recogniser called it
DATELINE = re.compile(r"(?:^|[.!?]\s+|\n)([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})"
                      r"(?=(?:,\s*[A-Z][\w.]*)?\s*(?:\(|—|–|-|:))")


def _misread_names(doc: Doc, gaz: Gazetteer, taken: set[int], ents: list[Span], text: str) -> list[Span]:
    """Well-known places the recogniser read as an organisation or a work ("Enugu State",
    "Qamishli", a town of 50,000), as a person ("Sioux Falls") or left unlabelled (then only
    under their own name and twice that size), and the capitalised dateline that opens a report
    ("BEIRUT:", "ROSWELL -"), whatever its size."""
    out = []
    for m in DATELINE.finditer(text):
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and not any(i in taken for i in range(span.start, span.end)) and \
                len(m.group(1)) > 2 and gaz.candidates(m.group(1)):
            out.append(span)
            taken.update(range(span.start, span.end))
    people = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}  # "Trump" is the man
    surnames = _surnames(ents)
    for ent in ents:
        if ent.label_ not in MISREAD_LABELS:
            continue
        span = trim(ent)
        if span is None or not span.text[:1].isupper() or any(i in taken for i in range(span.start, span.end)):
            continue
        person = ent.label_ == "PERSON"
        if person and span.text.lower() in people or span.text.lower() in surnames:
            continue
        if well_known(gaz, span.text, strict=person):
            out.append(span)
            taken.update(range(span.start, span.end))
    for i in _unlabelled_heads(doc):
        tok = doc[i]
        if i in taken or not tok.text[:1].isupper() or tok.lower_ in people:
            continue
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and \
                not doc[start - 1].ent_type_ and start - 1 not in taken:
            start -= 1
        span = doc[start:i + 1]
        if well_known(gaz, span.text, strict=True):
            out.append(span)
            taken.update(range(span.start, span.end))
    return out


def fragment(span: Span) -> bool:
    """Whether a span is a piece of a name, not a name: an article or a hyphen left alone where
    the recogniser or the parse cut a hyphen-joined word ("al-" of "al-Shabaab", which GeoNames
    lists as another name of Halle)."""
    words = [t.lower_ for t in span if t.text not in HYPHENS]
    return not words or all(w in ARABIC_ARTICLES for w in words)


BODY_LABELS = {"ORG", "NORP"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "agent", "poss"}


def body_named(span: Span, cands: list[Entry]) -> bool:
    """Whether a name is an organisation's or an armed group's in this text, not a place's: the
    knowledge base knows a body by it and the text uses it as one: the recogniser calls it an
    organisation or a group, or, unless it calls it a place, no place bears it as its own name
    ("Hamas" is Hamm only in another language: "negotiators from Hamas") or it is a verb's
    subject or object. A place's own name after a locative preposition or a settlement's noun
    stays the place's ("a Fano commander" is of the Ethiopian militia; "in Fano" and "the town
    of Fano" are the Italian town)."""
    root = span.root
    own = any(e.match in ("exact", "folded") for e in cands)
    if own and _placed(span):
        return False
    label = root.ent_type_
    if label not in BODY_LABELS and (label in PLACE_LABELS or own and root.dep_ not in ARGUMENT_DEPS):
        return False
    return _known_body(span.text)


def _placed(span: Span) -> bool:
    """Whether the syntax says a name is a place's: after a locative preposition ("in Fano"), or
    a settlement's name ("the town of Fano")."""
    head = span.root.head
    return span.root.dep_ == "pobj" and (head.lower_ in LOCATIVE or head.lower_ == "of"
                                         and head.head.lemma_.lower() in SETTLEMENTS)


@lru_cache(maxsize=4096)
def _known_body(name: str) -> bool:
    """Whether the knowledge base knows an organisation or group (not a person, nor a post
    named generically) by a name."""
    entity = knowledge.load().find(name, "organization")
    return entity is not None and entity.kind != "person" and not entity.generic


def _surnames(ents: list[Span]) -> set[str]:
    """The last words of the document's people's full names: after "Mark Tyler", "Tyler" alone is
    the man, whatever the recogniser calls it."""
    return {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1}


def _unlabelled_heads(doc: Doc) -> list[int]:
    """Indices of proper nouns outside every entity that head their phrase (read from the
    document's arrays, not token by token)."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, ENT_IOB, DEP])
    heads = (arr[:, 0] == PROPN) & ((arr[:, 1] == 2) | (arr[:, 1] == 0)) & (arr[:, 2] != doc.vocab.strings["compound"])
    return [int(i) for i in heads.nonzero()[0]]


def well_known(gaz: Gazetteer, name: str, strict: bool = False) -> bool:
    """Whether a capitalised name is a place a reader knows without help: a country, continent
    or region, a first-level province, a county or district named as such ("Walker County"), or
    a town of WELL_KNOWN_TOWN people. ``strict`` (a name that may be a person's): by the place's
    own name only, and a town of twice that size."""
    words = name.split()
    if len(words) == 1 and (name.lower() in COMPASS or name.lower() in TAIL_MODIFIERS):
        return False  # "North", "Eastern": a direction, whatever town bears the name
    for e in gaz.candidates(name)[:MAX_CANDIDATES]:
        if e.match == "abbreviation":
            if e.kind == "country" and name.isupper() and len(name) > 1:
                return True
            continue
        if strict and e.match == "alternate" and e.kind != "country":
            continue
        if e.kind in ("country", "continent", "region", "admin1"):
            return True
        if e.kind == "admin2" and len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
            return True
        if e.kind == "city" and e.match in ("exact", "folded") and \
                e.population >= WELL_KNOWN_TOWN * (2 if strict else 1):
            return True
    return False


ADMIN_WORDS = {"county", "district", "parish", "borough", "province", "state", "region", "governorate",
               "township", "twp"}
FEATURE_WORDS = {"airport", "state", "province", "region", "city", "governorate",
                 "road", "square", "camp", "base", "border", "valley", "mountains", "desert", "coast"}


CONTINENT_DEMONYMS = {"european": "Europe", "african": "Africa", "asian": "Asia"}
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
              "northwest", "southeast", "southwest"}
# words that with a demonym name a region of several countries ("Latin American", "Western European")
REGION_QUALIFIERS = DIRECTIONS | {"latin", "central", "middle", "sub-saharan"}


def demonym_places(doc: Doc, gaz: Gazetteer, text: str, ents=None) -> list[Place]:
    """"Russian forces", "the Sri Lankan army", "European leaders": a demonym modifying a noun
    refers to its country (or continent, outside an organisation's name); listed with the
    document's places (as geoparsing gold standards count them) but never taken as an event's
    location. A demonym that heads its own phrase names people or a language ("Mexicans", "in
    English") and is no place."""
    out = []
    for tok in doc:
        if not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
            continue
        if tok.tag_ in ("NNS", "NNPS") or not _modifies(tok):
            continue
        start, iso = tok.i, None
        if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].pos_ != "DET":  # "Sri Lankan"
            iso = gaz.demonyms.get(fold(doc[tok.i - 1].text + " " + tok.text))
            start = tok.i - 1 if iso else start
            if not iso and doc[tok.i - 1].lower_ in REGION_QUALIFIERS:
                continue  # "Latin American", "Central Asian": a region's, not a country's or a continent's
        iso = iso or gaz.demonyms.get(fold(tok.text))
        begin, end = doc[start].idx, tok.idx + len(tok)
        if iso:
            country = gaz.country(iso)
            if country is not None:
                out.append(Place(text=text[begin:end], name=country.name, country=iso, admin1=None,
                                 lat=country.lat, lon=country.lon, precision="country",
                                 geonameid=country.geonameid, char_start=begin, char_end=end))
        elif fold(tok.text) in CONTINENT_DEMONYMS and tok.ent_type_ != "ORG":
            name = CONTINENT_DEMONYMS[fold(tok.text)]
            entry = next((e for e in gaz.candidates(name) if e.kind == "continent"), None)
            if entry is not None:
                out.append(Place(text=text[begin:end], name=entry.name, country=None, admin1=None, lat=entry.lat,
                                 lon=entry.lon, precision="continent", geonameid=entry.geonameid,
                                 char_start=begin, char_end=end))
    return out


NAMED_AFTER_LABELS = {"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
LOWER_WORD = re.compile(r"\b[a-z]+\b")


def namesake_places(doc: Doc, gaz: Gazetteer, text: str, resolved: list[Place], ents=None) -> list[Place]:
    """The places organisations, buildings and events are named after ("the Walker County
    Sheriff's Office", "Oxford Police Department", "the Bank of Mexico"), resolved in the context
    of the document's ``resolved`` places. Listed with the document's places (as geoparsing gold
    standards count them) but never taken as an event's location, nor as a place in a frame."""
    covered = {i for p in resolved for i in range(p.char_start, p.char_end)}
    spans = []
    common: set[str] | None = None  # words the document writes in lower case ("police", "commerce")
    countries = {p.country for p in resolved if p.country}
    for ent in doc.ents if ents is None else ents:
        if ent.label_ not in NAMED_AFTER_LABELS or len(ent) < 2 or ent.start_char in covered:
            continue
        span = trim(ent)
        if span is None or len(span) < 2:
            continue
        if common is None:
            common = set(LOWER_WORD.findall(text))
        found = _namesake(gaz, span, common, countries)
        if found is not None and found.start_char not in covered:
            spans.append(found)
    if not spans:
        return []
    mentions, cands = [], []
    for p in resolved:
        chosen = [e for e in gaz.candidates(p.text)[:MAX_CANDIDATES] if e.geonameid == p.geonameid and e.name == p.name]
        if chosen:
            mentions.append(Mention(p.char_start, p.char_end, p.text))
            cands.append(chosen[:1])
    own = len(mentions)
    for span in spans:
        mentions.append(Mention(span.start_char, span.end_char, span.text))
        cands.append(gaz.candidates(span.text)[:MAX_CANDIDATES])
    out = []
    picks = ranker.rank(text, mentions, cands, gaz, only=set(range(own, len(mentions))))
    for m, pick in zip(mentions[own:], picks[own:]):
        if pick is not None:
            out.append(_place(m, pick[0]))
    return out


def _namesake(gaz: Gazetteer, span: Span, common: set[str], countries: set[str]) -> Span | None:
    """The well-known place an organisation's name opens with ("Oxford Police Department") or
    ends in after "of" ("the University of Virginia"); never a word the document also writes in
    lower case ("the Ministry of Commerce" is not named after a town). A single
    word that is no country's name must be a place in one of the document's ``countries`` (when
    it has any): "the Central Bank" is not named after a province of Paraguay."""
    if span[-1].lower_ in STREET_WORDS:
        return None  # "Revere Street" is named after no town
    of = next((t.i for t in reversed(span) if t.lower_ == "of"), None)
    if of is not None and of + 1 < span.end and all(t.text[:1].isupper() for t in span.doc[of + 1:span.end]):
        tail = span.doc[of + 1:span.end]
        if not (len(tail) == 1 and tail[0].lower_ in common) and well_known(gaz, tail.text):
            return tail
    for k in range(min(3, len(span) - 1), 0, -1):
        head = span.doc[span.start:span.start + k]
        if all(t.text[:1].isupper() and t.lower_ not in common for t in head) and \
                well_known(gaz, head.text):
            if k > 1 or not countries or gaz.country_of(head.text) or \
                    any(e.country in countries for e in gaz.candidates(head.text)[:MAX_CANDIDATES]):
                return head
    return None


def _place(m: Mention, best: Entry) -> Place:
    return Place(text=m.text, name=best.name, country=best.country or None, admin1=best.admin1, lat=best.lat,
                 lon=best.lon, precision=PRECISION[best.kind], geonameid=best.geonameid,
                 char_start=m.start, char_end=m.end)


MODIFIER_DEPS = ("amod", "compound", "nmod", "poss", "npadvmod")


def _modifies(tok) -> bool:
    """Whether a word modifies a noun: "Libyan forces", "Russian-backed", or joined to such a
    word ("the Russian and Venezuelan delegations")."""
    return tok.dep_ in MODIFIER_DEPS or (tok.dep_ == "conj" and tok.head.dep_ in MODIFIER_DEPS)


STREET_WORDS = {"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard", "blvd", "blvd.",
                "drive", "lane", "highway", "freeway", "parkway", "turnpike", "pike", "trail", "terrace", "alley",
                "bypass"}
GENERIC_WORDS = STREET_WORDS | {"hall", "park", "center", "centre", "hospital", "school", "college", "university",
                                "station", "church", "stadium", "market", "library", "museum", "office", "department",
                                "police", "court", "council", "island", "islands", "bridge", "zone", "republic",
                                "union", "way", "wing", "farm"}
FEATURE_NOUNS = {"river", "lake", "sea", "ocean", "bay", "gulf", "harbor", "harbour", "island", "islands", "isle",
                 "mountain", "mountains", "mount", "valley", "creek", "peninsula", "canal", "strait", "coast", "hills",
                 "forest", "cape", "falls", "beach", "desert", "delta", "basin", "plain", "plains", "township", "twp"}
COMPASS = DIRECTIONS | {"northeastern", "northwestern", "southeastern", "southwestern", "n.", "s.", "e.", "w.", "metro",
                        "greater", "downtown", "upstate"}
ADMIN_SUFFIXES = {"state", "province", "region", "governorate"}
TAIL_MODIFIERS = DIRECTIONS | {"central", "upper", "lower", "greater", "metro", "downtown", "rural", "coastal", "mid",
                               "n", "s", "e", "w"}


def _name_part(gaz: Gazetteer, span: Span) -> tuple[Span, list[Entry]] | None:
    """The part of a recognised span that is a place's name, with its candidates. The whole span
    when the gazetteer knows it; "Borno" of "Borno state"; "Texas" of "East Texas" and "Fargo" of
    "south Fargo" (a well-known name after a capitalised compass word, any after a lower-case one);
    a well-known town or county an institution is named after ("the Titus County Jail"). A street
    ("Elm Street", "Hampton Avenue") names no settlement. Otherwise a feature that bears a place's
    name ("Sacramento River", "Gulf of Mexico", "Latin America") is resolved by that name; a generic
    word alone ("Hall", "Station") is none."""
    cands = gaz.candidates(span.text)
    if cands:
        return span, cands
    if len(span) < 2:
        return None
    words = [t.lower_ for t in span]
    if words[-1] in STREET_WORDS:
        return None
    if words[-1] in ADMIN_SUFFIXES:
        cands = gaz.candidates(span[:-1].text)
        if cands:
            return span[:-1], cands
    k = 0
    while k < len(span) - 1 and words[k] in COMPASS:
        k += 1
    if k and words[k] not in GENERIC_WORDS and words[k] not in COMPASS:
        tail = span[k:]
        cands = gaz.candidates(tail.text)
        if cands and (span[0].is_lower or well_known(gaz, tail.text)):
            return tail, cands
    if words[-1] in FEATURE_NOUNS:
        for k in range(len(span) - 1, 0, -1):  # "Sacramento River", "Jackson Township": by their namesake
            cands = _by_own_name(gaz, span[:k].text)
            if cands:
                return span, cands
    elif not any(w in FEATURE_NOUNS for w in words):
        for k in range(len(span) - 1, 0, -1):
            head = span[:k]
            if head[-1].text[:1].isupper() and words[k - 1] not in COMPASS and well_known(gaz, head.text):
                return head, gaz.candidates(head.text)
        if any(w in GENERIC_WORDS for w in words):
            return None
    # "Latin America", "Gulf of Mexico": the span stays a place, resolved by the longest tail that is
    # a place's own name after modifiers, else by any tail the gazetteer knows
    tails = []
    for k in range(1, len(span)):
        if words[k] in GENERIC_WORDS or words[k] in COMPASS or " ".join(words[k:]) in FEATURE_WORDS \
                or all(w in FEATURE_NOUNS for w in words[k:]):  # "River" of "Neches River" names no place
            break
        if span[k].text[:1].isupper():  # a lower-case tail is a common noun ("Kurya village"), no name
            tails.append(k)
    for k in tails:
        if all(w.rstrip(".") in TAIL_MODIFIERS or not t.text[:1].isupper() for w, t in zip(words, span[:k])):
            cands = _by_own_name(gaz, span[k:].text)
            if cands:
                return span, cands
    for k in tails:
        cands = gaz.candidates(span[k:].text)
        if cands:
            return span, cands
    return None


def _by_own_name(gaz: Gazetteer, name: str) -> list[Entry]:
    """The candidates of a part of a name that the part names by their own name (not by an
    alternate name or abbreviation)."""
    cands = gaz.candidates(name)
    return cands if any(e.match in ("exact", "folded") for e in cands) else []


def trim(span: Span) -> Span | None:
    """A place name's span without a leading article or preposition and a trailing possessive."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in ("the", "'s", "’s") or doc[start].pos_ == "ADP"):
        start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "’s"):
        end -= 1
    return doc[start:end] if end > start else None
