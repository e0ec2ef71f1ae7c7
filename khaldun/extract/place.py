"""Places: resolve the toponyms of a parsed document against the offline gazetteer.

A name with several candidates (Tripoli, Libya / Tripoli, Lebanon) is settled by the document's
context: the countries of its unambiguous places, its demonyms and its coded actors, and an
explicit "Tripoli, Libya" next to the name. Population breaks what context leaves open.
"""

from __future__ import annotations

import math
from collections import Counter

from spacy.tokens import Doc, Span

from ..gazetteer import Entry, Gazetteer, fold
from ..records import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PRECISION = {"city": "city", "admin2": "admin2", "admin1": "admin1", "country": "country", "continent": "continent"}


def find_places(doc: Doc, gaz: Gazetteer, actor_countries: Counter[str] | None = None,
                text: str | None = None, ents=None) -> dict[int, Place]:
    """Token index -> Place for every token inside a resolved toponym."""
    spans = [_trim(ent) for ent in (doc.ents if ents is None else ents) if ent.label_ in PLACE_LABELS]
    spans = [s for s in spans if s is not None]
    spans += _locative_names(doc, gaz, {i for s in spans for i in range(s.start, s.end)})
    options: list[tuple[Span, list[Entry]]] = []
    for span in spans:
        cands = _candidates(gaz, span)
        if cands:
            options.append((span, cands))
    context: Counter[str] = Counter(actor_countries or {})
    for _, cands in options:
        countries = {c.country for c in cands}
        if len(countries) == 1:
            context[next(iter(countries))] += 2
    for tok in doc:
        if tok.ent_type_ == "NORP" or (tok.pos_ == "ADJ" and tok.text[:1].isupper()):
            iso = gaz.demonyms.get(fold(tok.text))
            if iso:
                context[iso] += 1
    out: dict[int, Place] = {}
    if text is None:
        text = doc.text  # Doc.text joins every token anew: once, not per place
    for span, cands in options:
        best = _choose(span, cands, context, gaz)
        place = Place(
            text=text[span.start_char:span.end_char],
            name=best.name, country=best.country or None, admin1=best.admin1, lat=best.lat, lon=best.lon,
            precision=PRECISION[best.kind], geonameid=best.geonameid,
            char_start=span.start_char, char_end=span.end_char,
        )
        for i in range(span.start, span.end):
            out[i] = place
    return out


REGION_WORDS = {"region", "province", "state", "governorate", "district", "county", "oblast", "department"}
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
    """"Russian", "Libyan": references to a country by its demonym, listed with the document's
    places (as geoparsing gold standards count them) but never taken as an event's location."""
    out = []
    for tok in doc:
        if not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
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


def _choose(span: Span, cands: list[Entry], context: Counter[str], gaz: Gazetteer) -> Entry:
    """Population and capital status as the prior; the document's countries as the evidence.

    A town twenty times smaller than the best-known namesake needs more than a passing
    mention of its country to win (Geneva, New York is not Geneva in a story that names
    the United States).
    """
    total = sum(context.values()) or 1
    hinted = _explicit_country(span, gaz)
    biggest = max(e.population for e in cands) or 1
    doc = span.doc
    regional = (span.end < len(doc) and doc[span.end].lower_ in REGION_WORDS) or (
        span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in REGION_WORDS)
    city_countries = {e.country for e in cands if e.kind == "city"}

    def score(e: Entry) -> float:
        s = math.log10(e.population + 10) / 7 + (0.4 if e.capital else 0.0)
        weight = 2.0 if e.population * 20 >= biggest or e.capital else 0.5
        s += weight * context.get(e.country, 0) / total
        if hinted and e.country == hinted:
            s += 5
        if e.kind == "continent":
            s += 3
        if e.kind == "country" and fold(span.text) in gaz.country_names:
            s += 1.5  # "Georgia" is the country unless the story is full of American places
        if e.kind == "admin2" and span[-1].lower_ in ("county", "district", "parish", "borough"):
            s += 2
        if e.kind == "admin1" and e.country in city_countries and not regional:
            s -= 1  # "Kidal" is the town unless the text says "Kidal region"
        if e.kind == "city" and regional:
            s -= 1
        return s

    return max(cands, key=score)


def _explicit_country(span: Span, gaz: Gazetteer) -> str | None:
    """"Tripoli, Libya" or "Tripoli (Lebanon)": the country written right after the name."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in (",", "("):
        j = i + 1
        words = []
        while j < len(doc) and j < i + 4 and doc[j].text[:1].isupper():
            words.append(doc[j].text)
            iso = gaz.country_of(" ".join(words))
            if iso:
                return iso
            j += 1
    return None


def _trim(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in ("the", "'s", "’s") or doc[start].pos_ == "ADP"):
        start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "’s"):
        end -= 1
    return doc[start:end] if end > start else None
