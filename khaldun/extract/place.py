"""Places: resolve the toponyms of a parsed document against the offline gazetteer.

Toponyms are the recogniser's places plus proper nouns after a locative preposition that the
gazetteer knows. A name with several candidates (Tripoli, Libya / Tripoli, Lebanon) is settled by
the learned ranker (extract/ranker.py) from the document's context: its other places, demonyms and
coded actors, an explicit "Tripoli, Libya" next to the name, population and kind.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..gazetteer import Entry, Gazetteer, distance_km, fold
from ..records import Place
from . import ranker
from .ranker import Mention

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PRECISION = {"city": "city", "admin2": "admin2", "admin1": "admin1", "country": "country", "continent": "continent",
             "region": "continent"}
MAX_CANDIDATES = 50  # the most populous; a name with more is a common word


def toponyms(doc: Doc, gaz: Gazetteer, ents=None) -> list[tuple[Span, list[Entry]]]:
    """The document's toponym spans with their gazetteer candidates, before any choice."""
    spans = [trim(ent) for ent in (doc.ents if ents is None else ents) if ent.label_ in PLACE_LABELS]
    spans = [s for s in spans if s is not None]
    spans += _locative_names(doc, gaz, {i for s in spans for i in range(s.start, s.end)})
    options: list[tuple[Span, list[Entry]]] = []
    for span in spans:
        cands = _candidates(gaz, span)
        if cands:
            options.append((span, cands[:MAX_CANDIDATES]))
    return options


def find_places(doc: Doc, gaz: Gazetteer, actor_countries: Counter[str] | None = None,
                text: str | None = None, ents=None,
                options: list[tuple[Span, list[Entry]]] | None = None) -> dict[int, Place]:
    """Token index -> Place for every token inside a resolved toponym (``options``: the
    :func:`toponyms` of the document, when already found)."""
    if options is None:
        options = toponyms(doc, gaz, ents)
    if text is None:
        text = doc.text  # Doc.text joins every token anew: once, not per place
    mentions = [Mention(s.start_char, s.end_char, text[s.start_char:s.end_char]) for s, _ in options]
    chosen = ranker.rank(text, mentions, [c for _, c in options], gaz, actor_countries)
    out: dict[int, Place] = {}
    for (span, _), m, pick in zip(options, mentions, chosen):
        if pick is None:
            continue
        best = pick[0]
        place = Place(
            text=m.text, name=best.name, country=best.country or None, admin1=best.admin1, lat=best.lat,
            lon=best.lon, precision=PRECISION[best.kind], geonameid=best.geonameid,
            char_start=span.start_char, char_end=span.end_char,
        )
        for i in range(span.start, span.end):
            out[i] = place
    return out


NESTED_KM = 300  # a place this close to the province named beside it lies in it


def parenthesised_places(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"in Gao (Gao)", "Comodoro Rivadavia (Chubut)", "near Djibo (Soum, Sahel)": a name with its
    province (or country) in parentheses, as event reports and wire copy write places. Both are
    places when the gazetteer holds a place of the first name inside the second, whatever the
    recogniser called them (it reads unfamiliar towns as people or organisations)."""
    out: list[Span] = []
    for tok in doc:
        if tok.text != "(" or tok.i == 0:
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
    return None


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
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or tok.dep_ != "pobj":
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
        if _candidates(gaz, span):
            out.append(span)
    return out


FEATURE_WORDS = {"airport", "state", "province", "region", "city", "governorate",
                 "road", "square", "camp", "base", "border", "valley", "mountains", "desert", "coast"}


def demonym_places(doc: Doc, gaz: Gazetteer, text: str, ents=None) -> list[Place]:
    """"Russian forces", "the Libyan capital": a demonym modifying a noun refers to its country;
    listed with the document's places (as geoparsing gold standards count them) but never taken as
    an event's location. A demonym that heads its own phrase names people or a language
    ("Mexicans", "in English") and is no place."""
    out = []
    for tok in doc:
        if not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
            continue
        if tok.tag_ in ("NNS", "NNPS") or tok.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        iso = gaz.demonyms.get(fold(tok.text))
        country = gaz.country(iso) if iso else None
        if country is None:
            continue
        out.append(Place(text=text[tok.idx:tok.idx + len(tok)], name=country.name, country=iso, admin1=None,
                         lat=country.lat, lon=country.lon, precision="country", geonameid=country.geonameid,
                         char_start=tok.idx, char_end=tok.idx + len(tok)))
    return out


def _candidates(gaz: Gazetteer, span: Span) -> list[Entry]:
    cands = gaz.candidates(span.text)
    if not cands and len(span) > 1 and span[-1].lower_ in FEATURE_WORDS:
        cands = gaz.candidates(span[:-1].text)  # "Tripoli Airport", "Borno state"
    if not cands and len(span) > 1:
        # "Metro DC", "southern Italy": the longest resolvable tail that is a name
        for k in range(1, len(span)):
            if span[k:].text.lower() in FEATURE_WORDS:
                break
            cands = gaz.candidates(span[k:].text)
            if cands:
                break
    return cands


def trim(span: Span) -> Span | None:
    """A place name's span without a leading article or preposition and a trailing possessive."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in ("the", "'s", "’s") or doc[start].pos_ == "ADP"):
        start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "’s"):
        end -= 1
    return doc[start:end] if end > start else None
