"""Property-based tests (hypothesis): the date normaliser, the gazetteer lookups and the ingest
readers hold their contracts on any input, not just the examples we thought of."""

import datetime as dt
import json
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from khaldun import ingest
from khaldun.extract.time import find_times, normalise
from khaldun.gazetteer import fold
from khaldun.records import Document, Rejection

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# -- the publication date parser -------------------------------------------------------------------
FEED_FORMATS = ["%b %d, %Y %I:%M %p ET", "%d %B %Y", "%a %b %d, %Y | %I:%M%p EST", "%Y-%m-%d %H:%M ET",
                "%m/%d/%Y", "%Y-%m-%dT%H:%M:%S+05:30", "%A, %d %B %Y %H:%M GMT", "%B %d, %Y", "%d %b %Y",
                "%Y-%m-%d"]
past_dates = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2025, 12, 31))
moments = st.times()


@SETTINGS
@given(day=past_dates, at=moments, form=st.sampled_from(FEED_FORMATS))
def test_published_date_in_any_feed_form_is_the_day_written(day, at, form):
    from khaldun.ingest.documents import parse_date

    written = dt.datetime.combine(day, at).strftime(form)
    assert parse_date(written, source="p") == day


@SETTINGS
@given(value=st.text(max_size=120) | st.integers().map(str))
def test_published_date_parser_never_fails_otherwise_than_as_documented(value):
    from khaldun.errors import KhaldunError
    from khaldun.ingest.documents import EARLIEST, parse_date

    try:
        got = parse_date(value, source="p")
    except KhaldunError as exc:
        assert exc.code == "E106"
        return
    assert got is None or EARLIEST <= got <= dt.date.today() + dt.timedelta(days=1)


@SETTINGS
@given(value=st.text(max_size=120))
def test_a_document_with_any_date_string_is_kept_or_refused_for_its_date_only(value):
    from khaldun.errors import KhaldunError
    from khaldun.ingest.documents import make_document

    try:
        d = make_document("Rebels attacked the town.", published=value)
    except KhaldunError as exc:  # only a date in the future or before 1800
        assert exc.code == "E106" and ("future" in exc.message or "1800" in exc.message)
        return
    assert d.published is not None or not value.strip() or d.warnings


# -- the date normaliser ---------------------------------------------------------------------------
@SETTINGS
@given(text=st.text(max_size=400), published=st.none() | dates)
def test_find_times_never_fails_and_spans_point_into_the_text(text, published):
    for t in find_times(text, [], published):
        assert 0 <= t.char_start < t.char_end <= len(text)
        assert t.text == text[t.char_start:t.char_end]
        if t.start and t.end:
            assert t.start <= t.end
        assert (t.start is None) == (t.end is None) or t.is_duration


@SETTINGS
@given(day=dates, published=dates)
def test_an_absolute_date_is_itself_whatever_the_publication_date(day, published):
    expr = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    t = normalise(expr, published, None)
    assert t is not None and t.start == t.end == day and t.precision.value == "day"


@SETTINGS
@given(published=dates, weekday=st.integers(0, 6))
def test_a_bare_weekday_is_the_latest_such_day_up_to_publication(published, weekday):
    t = normalise(f"on {WEEKDAYS[weekday]}", published, None)
    assert t is not None and t.start == t.end
    assert t.start.weekday() == weekday and 0 <= (published - t.start).days < 7


@SETTINGS
@given(published=dates, weekday=st.integers(0, 6))
def test_next_weekday_is_after_publication(published, weekday):
    t = normalise(f"next {WEEKDAYS[weekday]}", published, None)
    assert t is not None and t.start.weekday() == weekday and 0 < (t.start - published).days <= 7


@SETTINGS
@given(anchor=dates, n=st.integers(1, 30))
def test_days_later_counts_from_the_discourse_anchor(anchor, n):
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    expr = f"{words[n - 1] if n <= 10 else n} days later"
    t = normalise(expr, anchor + dt.timedelta(days=60), anchor)
    assert t is not None and t.start == anchor + dt.timedelta(days=n)


@SETTINGS
@given(year=st.integers(1900, 2090), published=dates)
def test_a_year_is_the_whole_year(year, published):
    t = normalise(f"in {year}", published, None)
    assert t is not None and (t.start, t.end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@SETTINGS
@given(day=dates, published=st.none() | dates)
def test_find_times_locates_an_absolute_date_in_running_text(day, published):
    expr = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    text = f"Troops entered the town on {expr}, residents said."
    found = [t for t in find_times(text, [], published) if t.start == day]
    assert found and text[found[0].char_start:found[0].char_end].endswith(str(day.year))


# -- the gazetteer ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def gazetteer():
    from khaldun import gazetteer

    return gazetteer.load()


@SETTINGS
@given(name=st.text(max_size=60))
def test_gazetteer_lookups_never_fail_and_return_real_coordinates(gazetteer, name):
    for entry in gazetteer.candidates(name):
        assert entry.lat is None or -90 <= entry.lat <= 90
        assert entry.lon is None or -180 <= entry.lon <= 180
        assert entry.country is None or len(entry.country) == 3 or entry.kind == "continent"
    code = gazetteer.country_of(name)
    assert code is None or gazetteer.country(code) is not None


@lru_cache(maxsize=1)
def _gazetteer_names(gazetteer) -> list[str]:
    names = gazetteer.sample_names()
    assert len(names) > 5_000, "a sample of the gazetteer's names, far from all of them"
    return names


@SETTINGS
@given(data=st.data())
def test_gazetteer_lookup_ignores_case_accents_and_the(gazetteer, data):
    key = data.draw(st.sampled_from(_gazetteer_names(gazetteer)))
    entries = gazetteer.candidates(key)
    assume(entries)
    name = entries[0].name
    variants = [name.upper(), name.lower(), f"the {name}"]
    for variant in variants:
        if fold(variant) == fold(name):
            # only an abbreviation depends on the case: "GAO" may abbreviate a place, "Gao" is a name
            same = [(e.name, e.kind, e.country, e.geonameid) for e in gazetteer.candidates(variant)
                    if e.match != "abbreviation"]
            assert same == [(e.name, e.kind, e.country, e.geonameid) for e in gazetteer.candidates(name)
                            if e.match != "abbreviation"]


# -- the ingest readers ---------------------------------------------------------------------------------
def _items(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    items = list(ingest.read([path], max_chars=5_000))
    for item in items:
        assert isinstance(item, (Document, Rejection))
        if isinstance(item, Rejection):
            assert item.code.startswith("E1") and len(item.reason) > 10
        else:
            assert item.text.strip() and item.id
    return items


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000) | st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
       suffix=st.sampled_from([".txt", ".html", ".jsonl", ".md", ""]))
def test_readers_turn_any_bytes_into_documents_or_reasons(tmp_path, data, suffix):
    items = _items(tmp_path, f"input{suffix}", data)
    if suffix != ".jsonl":
        assert len(items) == 1  # one file, one outcome


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
                           lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
                           max_leaves=8)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "source", "html",
                                                          "language", "author"]), json_values, max_size=6),
                        max_size=8))
def test_jsonl_gives_one_outcome_per_line_in_order(tmp_path, records):
    lines = [json.dumps(r) for r in records]
    items = _items(tmp_path, "batch.jsonl", ("\n".join(lines) + "\n").encode())
    assert len(items) == len(lines)
    for n, item in enumerate(items, 1):
        assert item.source.endswith(f":{n}")
