"""The date normaliser, on expressions alone (no model needed)."""

import datetime as dt

import pytest

from khaldun.extract.time import counted_from, find_times, normalise, period
from khaldun.records import Precision, TimeSpan

PUB = dt.date(2014, 5, 19)  # a Monday
D = dt.date


@pytest.mark.parametrize("expr, before, start, end, precision", [
    ("May 14", "", D(2014, 5, 14), D(2014, 5, 14), Precision.DAY),
    ("14 May 2012", "", D(2012, 5, 14), D(2012, 5, 14), Precision.DAY),
    ("March 3, 2012", "", D(2012, 3, 3), D(2012, 3, 3), Precision.DAY),
    ("Friday", "on", D(2014, 5, 16), D(2014, 5, 16), Precision.DAY),
    ("Sunday", "by", D(2014, 5, 18), D(2014, 5, 18), Precision.DAY),
    ("Monday", "on", D(2014, 5, 19), D(2014, 5, 19), Precision.DAY),
    ("last Monday", "", D(2014, 5, 12), D(2014, 5, 12), Precision.DAY),
    ("yesterday", "", D(2014, 5, 18), D(2014, 5, 18), Precision.DAY),
    ("three days ago", "", D(2014, 5, 16), D(2014, 5, 16), Precision.DAY),
    ("February", "", D(2014, 2, 1), D(2014, 2, 28), Precision.MONTH),
    ("this December", "", D(2014, 12, 1), D(2014, 12, 31), Precision.MONTH),
    ("this January", "", D(2014, 1, 1), D(2014, 1, 31), Precision.MONTH),
    ("this year", "", D(2014, 1, 1), D(2014, 12, 31), Precision.YEAR),
    ("last week", "", D(2014, 5, 12), D(2014, 5, 18), Precision.WEEK),
    ("2011", "in", D(2011, 1, 1), D(2011, 12, 31), Precision.YEAR),
    ("through 2011", "", None, D(2011, 12, 31), Precision.YEAR),
    ("since 2003", "", D(2003, 1, 1), None, Precision.YEAR),
    ("the late 80’s", "", D(1987, 1, 1), D(1989, 12, 31), Precision.DECADE),
    ("the early 1990s", "", D(1990, 1, 1), D(1993, 12, 31), Precision.DECADE),
    ("the 1960s", "", D(1960, 1, 1), D(1969, 12, 31), Precision.DECADE),
    ("2009 to 2011", "", D(2009, 1, 1), D(2011, 12, 31), Precision.YEAR),
])
def test_time_normalise_against_publication(expr, before, start, end, precision):
    ts = normalise(expr, PUB, None, before)
    assert (ts.start, ts.end, ts.precision) == (start, end, precision)


def test_time_relative_uses_the_previous_event_not_publication():
    ts = normalise("Just four days later", PUB, anchor=D(2014, 5, 14))
    assert ts.start == D(2014, 5, 18) and ts.precision == Precision.DAY


def test_time_years_later_count_from_the_year_the_narrative_set_last():
    pub = dt.date(2025, 3, 7)
    times = find_times("Fighting began on Tuesday. The country won independence in 2011 and plunged into "
                       "civil war two years later. Talks began in March 2020 and collapsed three months later.", [], pub)
    later = {t.text: t for t in times}
    assert (later["two years later"].start, later["two years later"].precision) == (dt.date(2013, 1, 1), Precision.YEAR)
    assert (later["three months later"].start, later["three months later"].end) == \
        (dt.date(2020, 6, 1), dt.date(2020, 6, 30))
    # a count of days still runs from the last day the narrative set
    times = find_times("The town fell on March 3. In 2011 it had been besieged. Two days later the army left.", [], pub)
    assert {t.text: t for t in times}["Two days later"].start == dt.date(2025, 3, 5)


def test_time_later_in_the_day_is_the_day_the_narrative_reached():
    pub = dt.date(2025, 3, 7)  # a Friday
    times = {t.text: t for t in find_times(
        "Crowds gathered outside the court on Tuesday. Two judges stepped down later that day.", [], pub)}
    assert (times["that day"].start, times["that day"].rule) == (dt.date(2025, 3, 4), "relative-day")
    # after a night, the morning that ends it
    times = {t.text: t for t in find_times(
        "Rebels shelled the port overnight. Troops retook the harbour later in the morning.", [], pub)}
    assert times["the morning"].start == pub
    # with no day set before, none
    times = {t.text: t for t in find_times("Troops retook the harbour later in the day.", [], pub)}
    assert times["the day"].start is None


def test_time_relative_without_anchor_stays_unresolved():
    ts = normalise("four days later", PUB, anchor=None)
    assert ts.start is None and ts.end is None


def test_time_month_day_in_january_refers_to_last_december():
    ts = normalise("December 28", D(2015, 1, 3), None)
    assert ts.start == D(2014, 12, 28)


def test_time_without_publication_date_invents_nothing():
    for expr in ("May 14", "Friday", "yesterday", "this year", "February", "three days ago"):
        ts = normalise(expr, None, None)
        assert ts.start is None and ts.end is None, expr
    assert normalise("the late 80's", None, None).start == D(1987, 1, 1)  # absolute: still resolved
    assert normalise("2011", None, None).start == D(2011, 1, 1)


@pytest.mark.parametrize("expr", ["two months", "20 years", "decades", "for decades", "just hours"])
def test_time_durations_are_not_dates(expr):
    ts = normalise(expr, PUB, None)
    assert ts.is_duration and ts.start is None


def test_time_references_quarters_and_future_weekdays():
    assert normalise("now", PUB, None).rule == "ref:present"
    q = normalise("the third quarter", D(1989, 10, 26), None)
    assert (q.start, q.end) == (D(1989, 7, 1), D(1989, 9, 30))
    assert normalise("Friday", PUB, None, future=True).start == D(2014, 5, 23)
    assert normalise("June last year", PUB, None).start == D(2013, 6, 1)
    assert normalise("January", D(1989, 12, 20), None).start == D(1990, 1, 1)  # nearest, not always past
    assert normalise("two-week", PUB, None).is_duration


def test_time_modal_may_is_not_a_month():
    assert normalise("may", PUB, None) is None
    assert normalise("in may", PUB, None) is None
    assert normalise("in May", PUB, None).start == D(2014, 5, 1)  # the month after a preposition


def test_time_a_month_name_in_lower_case_is_another_word():
    assert normalise("march", PUB, None) is None  # "organised the march"
    assert normalise("March", PUB, None).start == D(2014, 3, 1)


def test_time_a_month_as_a_given_name_is_no_date():
    text = "Foreign Minister Jan Kavan met April Glaspie in April. Prices fell in Jan. The rest held."
    assert [t.text for t in find_times(text, [], PUB)] == ["in April", "in Jan"]


def test_time_a_quoted_title_is_no_date():
    text = 'Baker, speaking on ABC News\' "This Week," said the talks would resume "this week".'
    assert [t.text for t in find_times(text, [], PUB)] == ["this week"]


def test_time_decades_ago_is_a_year_back():
    t = normalise("a decade ago", D(1999, 3, 12), None)
    assert (t.start, t.end, t.precision) == (D(1989, 1, 1), D(1989, 12, 31), Precision.YEAR)


def test_time_the_past_year_is_the_twelve_months_to_publication():
    times = find_times("Hate groups grew over the past year. For the past year, he slept.", [], D(1998, 3, 3))
    assert [(t.text, t.start, t.end) for t in times] == [("the past year", D(1997, 3, 4), D(1998, 3, 3))] * 2
    assert normalise("for the past year", D(1998, 3, 3), None).is_duration  # the span with its "for"


def test_time_find_times_anchors_on_the_discourse():
    text = "On May 14, troops deployed. Just four days later, they attacked. On Friday, talks began."
    times = find_times(text, [], PUB)
    values = {t.text: t.start for t in times}
    assert values["May 14"] == D(2014, 5, 14)
    assert values["four days later"] == D(2014, 5, 18)
    assert values["On Friday"] == D(2014, 5, 16)


def test_time_to_ends_a_range_only_after_from():
    text = "Shareholders responded to yesterday's offer. Prices rose from 2009 to 2011. The bid was extended to Friday."
    times = {t.text: t for t in find_times(text, [], PUB)}
    assert (times["yesterday"].start, times["yesterday"].end) == (D(2014, 5, 18), D(2014, 5, 18))
    assert (times["to 2011"].start, times["to 2011"].end) == (None, D(2011, 12, 31))
    assert times["Friday"].start == times["Friday"].end == D(2014, 5, 16)


def test_time_between_and_ends_a_range_only_after_between():
    text = ("Troops shelled the town between June 3, 2013 and June 5, 2013. Talks opened on May 2 and May 9, 2013. "
            "Prices rose from Sept. 14 to Oct. 2, 2013.")
    times = {t.text: t for t in find_times(text, [], PUB)}
    assert (times["June 3, 2013"].start, times["June 3, 2013"].end) == (D(2013, 6, 3), None)
    assert (times["June 5, 2013"].start, times["June 5, 2013"].end) == (None, D(2013, 6, 5))
    assert times["May 9, 2013"].start == times["May 9, 2013"].end == D(2013, 5, 9)  # two days, no range
    assert times["Oct. 2, 2013"].start is None  # (the full stop of "Sept." does not end the clause)


@pytest.mark.parametrize("text, day", [
    ("the day before yesterday", D(2014, 5, 17)),
    ("the day after tomorrow", D(2014, 5, 21)),
])
def test_time_the_day_before_yesterday_is_one_expression(text, day):
    times = find_times(f"Talks were held {text}.", [], PUB)
    assert [(t.text, t.start, t.end) for t in times] == [(text, day, day)]


def test_time_fiscal_year_with_its_year_is_that_year():
    times = find_times("The company lost money in fiscal year 2011.", [], PUB)
    assert [(t.text, t.start) for t in times] == [("2011", D(2011, 1, 1))]


@pytest.mark.parametrize("tense, start", [
    ("past", D(2013, 7, 1)),  # results reported on: the latest third quarter
    (None, D(2013, 7, 1)),
    ("future", D(2014, 7, 1)),  # "elections will be held in the third quarter": the one to come
    ("present", D(2014, 7, 1)),  # "are scheduled for the third quarter": the nearer one
])
def test_time_a_quarter_not_begun_looks_ahead_in_a_future_clause(tense, start):
    assert normalise("the third quarter", PUB, None, tense=tense).start == start
    assert normalise("the first quarter", PUB, None, tense=tense).start == D(2014, 1, 1)  # begun: this year's


@pytest.mark.parametrize("text, start, end, value", [
    ("the first half of 1990", D(1990, 1, 1), D(1990, 6, 30), "1990-H1"),
    ("the last half of the year", D(2014, 7, 1), D(2014, 12, 31), "2014-H2"),
    ("the second half of next year", D(2015, 7, 1), D(2015, 12, 31), "2015-H2"),
    ("the first two quarters of 1990", D(1990, 1, 1), D(1990, 6, 30), "1990-H1"),
])
def test_time_half_of_a_year(text, start, end, value):
    from khaldun.evaluation import timex_value

    times = find_times(f"Sales fell in {text}.", [], PUB)
    assert [(t.text, t.start, t.end, timex_value(t)) for t in times] == [(text, start, end, value)]


@pytest.mark.parametrize("text, start, end", [
    ("Rebels have held the town since early March.", D(2014, 3, 1), None),
    ("He lived there from mid-1970 to 1980.", D(1970, 1, 1), None),
])
def test_time_a_range_word_before_early_or_mid_opens_the_range(text, start, end):
    t = find_times(text, [], PUB)[0]
    assert (t.start, t.end) == (start, end)


def test_time_a_term_a_past_act_set_is_the_nearest_day_but_a_past_range_stays_past():
    monday = D(2000, 4, 3)
    assert normalise("Tuesday", monday, None, "until", tense="past").end == D(2000, 4, 4)  # "has given them until"
    assert normalise("Thursday", monday, None, "to", tense="past").end == D(2000, 3, 30)  # "bought from ... to"


def test_time_the_week_of_a_day_is_that_week():
    from khaldun.evaluation import timex_value

    times = find_times("The trial is set for the week of March 6, 2000.", [], PUB)
    assert [(t.text, t.start, t.end, timex_value(t)) for t in times] == [
        ("the week of March 6, 2000", D(2000, 3, 6), D(2000, 3, 12), "2000-W10")]


def test_time_a_distance_or_so_ago_is_still_a_distance_back():
    times = find_times("Talks collapsed two years or so ago.", [], PUB)
    assert [(t.start, t.end) for t in times] == [(D(2012, 1, 1), D(2012, 12, 31))]


def test_time_results_compare_against_the_quarter_reported():
    text = ("Third-quarter profit rose to $3 million from $2 million a year earlier. In the year-ago period "
            "the company lost money. For the quarter, sales rose. In the 1988 quarter, sales fell.")
    times = {t.text: t for t in find_times(text, [], D(1989, 10, 26))}
    assert (times["Third-quarter"].start, times["Third-quarter"].end) == (D(1989, 7, 1), D(1989, 9, 30))
    for name in ("a year earlier", "the year-ago period", "the 1988 quarter"):
        assert (times[name].start, times[name].end) == (D(1988, 7, 1), D(1988, 9, 30)), name
    assert times["the quarter"].start == D(1989, 7, 1)


def test_time_a_year_back_is_a_quarter_only_while_a_quarter_is_compared():
    text = "Third-quarter profit rose. In the first nine months, net was $30 million, up from $20 million a year earlier."
    times = {t.text: t for t in find_times(text, [], D(1989, 10, 26))}
    assert times["a year earlier"].precision == Precision.YEAR
    text = "Profit rose to $3 million from $2 million a year earlier."  # no quarter named
    assert {t.text: t for t in find_times(text, [], D(1989, 10, 26))}["a year earlier"].precision == Precision.YEAR


@pytest.mark.parametrize("text, start", [
    ("the 1988 second quarter", D(1988, 4, 1)),
    ("the third quarter of 1984", D(1984, 7, 1)),
    ("last year's fourth quarter", D(1988, 10, 1)),
    ("the year-ago third quarter", D(1988, 7, 1)),
])
def test_time_quarters_of_a_named_year(text, start):
    assert normalise(text, D(1989, 10, 26), None).start == start


@pytest.mark.parametrize("text, value", [
    ("over the past decade", "P10Y"), ("in the past two quarters", "P2Q"), ("for the past few weeks", "PXW"),
])
def test_time_the_past_with_a_unit_is_a_duration(text, value):
    from khaldun.extract.time import duration_value
    (ts,) = find_times(text, [], PUB)
    assert ts.is_duration and duration_value(ts.text) == value


@pytest.mark.parametrize("text, published, day", [
    ("He was found on Thanksgiving Day.", D(1999, 12, 10), D(1999, 11, 25)),  # the fourth Thursday of November
    ("They met last Christmas.", D(2014, 5, 19), D(2013, 12, 25)),
    ("Talks resume after Easter.", D(2000, 4, 10), D(2000, 4, 23)),
])
def test_time_holidays(text, published, day):
    (ts,) = find_times(text, [], published)
    assert ts.start == ts.end == day and ts.rule == "holiday"


def test_time_clock_on_a_day_and_unanchored_distances():
    from khaldun.evaluation import timex_value
    text = "Talks broke off at 10 p.m. Wednesday. The offer expires at noon Friday."
    values = [timex_value(t) for t in find_times(text, [], PUB)]
    assert values == ["2014-05-14T22:00", "2014-05-16T12:00"]
    (ts,) = find_times("It came two months after the vote.", [], PUB)
    assert ts.start is None and timex_value(ts) == "P2M"  # its anchor unknown: the distance


@pytest.mark.parametrize("expr, rule", [
    ("each Thursday", "set:weekday:3"),
    ("every July", "set:month:7"),
])
def test_time_a_recurring_day_or_month_has_no_date(expr, rule):
    from khaldun.evaluation import timex_value
    (ts,) = find_times(f"Flights leave {expr}.", [], PUB)
    assert (ts.start, ts.end, ts.rule) == (None, None, rule)
    assert timex_value(ts) == {"set:weekday:3": "XXXX-WXX-4", "set:month:7": "XXXX-07"}[rule]


def test_time_recent_years_is_a_vague_duration():
    from khaldun.evaluation import timex_value
    (ts,) = find_times("Attacks have grown in recent years.", [], PUB)
    assert ts.is_duration and ts.start is None and timex_value(ts) == "PXY"


def test_time_season_of_a_spelled_out_year():
    (ts,) = find_times("Prices fell in the winter of nineteen ninety-four.", [], PUB)
    assert (ts.start, ts.end, ts.rule) == (D(1994, 12, 1), D(1995, 2, 28), "season:winter")


def test_period_closes_an_open_range_to_the_period_it_names():
    since = TimeSpan("since November", dt.date(1999, 11, 1), None, Precision.MONTH, 0, 14, False, "month")
    assert (period(since).start, period(since).end) == (dt.date(1999, 11, 1), dt.date(1999, 11, 30))
    until = TimeSpan("until 1989", None, dt.date(1989, 12, 31), Precision.YEAR, 0, 10, False, "year")
    assert (period(until).start, period(until).end) == (dt.date(1989, 1, 1), dt.date(1989, 12, 31))
    day = TimeSpan("Monday", dt.date(2020, 6, 15), dt.date(2020, 6, 15), Precision.DAY, 0, 6, False, "weekday")
    assert period(day) == day


def test_time_a_month_with_last_year_is_that_year_s():
    # one expression, not "August" and "last year" apart (which read August as this year's)
    (ts,) = find_times("Mobile internet has been cut off since August last year.", [], D(2024, 8, 14))
    assert (ts.start, ts.precision) == (D(2023, 8, 1), Precision.MONTH)



def test_time_a_month_naming_an_event_is_no_date():
    text = ("Police watched the annual March for Life. She led the March of the Combatant Mothers. "
            "He resigned in March for health reasons.")
    assert [t.text for t in find_times(text, [], PUB)] == ["in March"]


def test_time_overnight_is_the_night_before_the_report():
    t = normalise("overnight", PUB, None)
    assert (t.start, t.end, t.precision) == (D(2014, 5, 18), D(2014, 5, 19), Precision.DAY)


def test_time_a_past_clause_looks_back_further_for_a_year_but_a_term_it_set_may_lie_ahead():
    october = D(1989, 10, 31)
    assert normalise("Jan. 31", october, None, tense="past").start == D(1989, 1, 31)
    assert normalise("Jan. 31", october, None).start == D(1990, 1, 31)
    # "has extended the loans through January": the end of a range a past act set
    assert normalise("January", october, None, before="through", tense="past").end == D(1990, 1, 31)


def test_time_counted_from_the_time_an_after_reaches():
    friday = TimeSpan("on Friday", D(2014, 5, 16), D(2014, 5, 16), Precision.DAY, 0, 9, False, "weekday")
    count = TimeSpan("two days after", None, None, Precision.DAY, 10, 24, False, "relative:after:no-anchor")
    t = counted_from(count, friday)
    assert (t.start, t.end, t.precision) == (D(2014, 5, 14), D(2014, 5, 14), Precision.DAY)
    year = TimeSpan("in 2014", D(2014, 1, 1), D(2014, 12, 31), Precision.YEAR, 0, 7, False, "year")
    t = counted_from(TimeSpan("a month before", None, None, Precision.MONTH, 8, 22, False, "x"), year)
    assert (t.start, t.end, t.precision) == (D(2014, 1, 1), D(2014, 12, 31), Precision.YEAR)  # the coarser
    several = TimeSpan("several days after", None, None, Precision.DAY, 0, 18, False, "x")
    assert counted_from(several, friday) is None
