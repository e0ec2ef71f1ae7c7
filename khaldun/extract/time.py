"""Time: find temporal expressions and normalise each into an interval with a precision.

Deictic expressions ("on Friday", "this year", "three days ago") are anchored on the
publication date; anaphoric ones ("four days later", "the next day") on the last date the
discourse established before them. Without a publication date, deictic expressions stay
unresolved: a date is never invented.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable

from ..records import Precision, TimeSpan

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3,
    "a couple of": 2, "couple of": 2, "fifteen": 15, "twenty": 20, "thirty": 30,
}
VAGUE = {"a few", "several"}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several|a couple of)"
_UNIT = r"(?P<unit>day|week|fortnight|month|year|decade)s?"
_SEASON = r"spring|summer|autumn|fall|winter"
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SMALL = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|{'|'.join(_UNITS)})"
_SPELLED_YEAR = rf"(?:eighteen|nineteen|twenty)[\s-](?:hundred|{_SMALL}|o[\s-](?:{'|'.join(_UNITS)}))|two thousand(?:\s+and)?(?:[\s-]{_SMALL})?"

_YEAR_4 = r"(?:1[89]|20)\d{2}"
_QUARTER = (rf"(?:(?:{_YEAR_4}|year-ago|year-earlier|comparable|(?:last|this|next)\s+year's)\s+)*"
            rf"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?:\s+of\s+{_YEAR_4})?")
# A reporting period named against the one the text reports on: "the quarter", "the latest
# period", "a year earlier", "the year-ago period", "the 1988 quarter", "last year's quarter"
_SAME_PERIOD = r"(?:the\s+)?(?:latest\s+)?period|(?:the|this|that)\s+quarter"
_PERIOD_BACK = (r"a\s+year\s+(?:ago|earlier)|year-(?:ago|earlier)|(?:the\s+)?(?:comparable\s+)?(?:year-ago|year-earlier)\s+"
                r"(?:quarter|period)|last\s+year's\s+quarter|the\s+(?:corresponding|same|comparable)\s+period\s+"
                r"(?:last\s+year|a\s+year\s+(?:ago|earlier))|the\s+quarter\s+a\s+year\s+(?:ago|earlier)")
# a half of a year ("the first half of 1990", "the last two quarters of this year")
_HALF = (rf"(?:the\s+)?(?P<half>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
         rf"(?:(?P<hyear>{_YEAR_4})|(?P<hrel>this|last|next)\s+year|the\s+year)")
_PERIOD_OF = rf"the\s+(?P<year>{_YEAR_4})\s+(?:quarter|period)"
_COMPARED_PERIOD = rf"{_PERIOD_BACK}|{_PERIOD_OF}|the\s+(?:latest\s+)?(?:quarter|period)"

# Expressions the statistical recogniser often misses; found by pattern as well.
_CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.\s?m\.|\d{1,2}(?::\d{2})?\s*[ap]m|noon|midnight)(?:\s+[ecmp][sd]t|\s+gmt)?,?\s+"
_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_HOLIDAY = (r"thanksgiving(?:\s+day)?|christmas(?:\s+(?:day|eve))?|new\s+year's\s+(?:day|eve)|easter(?:\s+sunday)?|"
            r"independence\s+day|labor\s+day|memorial\s+day|halloween|valentine's\s+day")

# what the name or abbreviation of every month begins with
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a later time of the day the narrative had reached ("later in the day", "later that morning"): the
# words after "later", as TimeML marks them
_PART = r"(?:day|morning|afternoon|evening|night)\b"
SAME_DAY = re.compile(rf"(?<=\blater in )the {_PART}|(?<=\blater )(?:that|the same) {_PART}", re.I)
# Each pattern with the words one of which any of its matches contains, lower-cased: a pattern
# whose words are all absent from a text need not run over it (none: it always runs).
PATTERNS: list[tuple[re.Pattern, tuple[str, ...]]] = [
    # a clock time on a day ("10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9")
    (re.compile(rf"\b{_CLOCK}(?:on\s+)?(?:{_WEEKDAY}|yesterday|today|tomorrow|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)\b", re.I), ("a.", "p.", "am", "pm", "noon", "midnight")),
    (re.compile(rf"\b{_HALF}\b", re.I), ("half", "quarters")),
    # before the day it names: "the week of March 6" is that week
    (re.compile(rf"\bthe\s+week\s+of\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b", re.I), ("week",)),
    (re.compile(rf"\b(?:(?:last|next|this)\s+)?(?:{_HOLIDAY})\b", re.I), ("thanksgiving", "christmas", "new", "easter", "independence", "labor", "memorial", "halloween", "valentine")),
    (re.compile(rf"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b", re.I), ("day",)),
    (re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b", re.I), _MONTH_WORDS),
    (re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b", re.I), _MONTH_WORDS),
    (re.compile(r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"), ()),
    (re.compile(r"\b(?:(?:last|next|this|on|by|since|until|each|every)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b", re.I), ("day",)),
    (re.compile(r"\b(?:the\s+day\s+(?:before|after)\s+(?=yesterday|tomorrow))?(?P<deictic>yesterday|today|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b", re.I), ("yesterday", "today", "tonight", "tomorrow")),
    (re.compile(rf"\b{_NUM}\s+{_UNIT}\s+(?:or\s+so\s+)?(?P<rel>later|earlier|ago|before|after)\b", re.I), ("later", "earlier", "ago", "before", "after")),
    (re.compile(r"\b(?P<early>early|mid|late)?[\s-]*(?:the\s+)?(?P<decade>(?:1[5-9]|20)\d0s|(?:'|’)?\d0(?:'|’)?s)\b", re.I), ("0s", "0's", "0’s")),
    (re.compile(rf"\b(?:the\s+)?{_QUARTER}\b", re.I), ("quarter",)),
    (re.compile(rf"\b(?:{_COMPARED_PERIOD})\b", re.I), ("year", "quarter", "period")),
    # before "last year" alone: "since August last year" is one month, not a month and a year
    (re.compile(rf"\b{_MONTH}\s+(?:last|this|next)\s+year\b", re.I), ("year",)),
    (re.compile(rf"\b(?P<which>last|next|this|the previous|the following|the same)\s+(?P<period>week|month|year|{_MONTH[9:-4]})\b", re.I), ("week", "month", "year", *_MONTH_WORDS)),
    (re.compile(r"\b(?P<nextday>the next day|the following day|the day before|the previous day)\b", re.I), ("day",)),
    (SAME_DAY, ("later",)),
    (re.compile(rf"\b(?:in\s+|of\s+|each\s+|every\s+)?{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b", re.I), _MONTH_WORDS),
    (re.compile(rf"\b(?:(?:last|next|this|early|late)\s+(?P<season>{_SEASON})(?:\s+(?:of\s+)?\d{{4}})?|(?<=in the )(?:early\s+|late\s+)?(?:{_SEASON})(?:\s+of\s+(?:\d{{4}}|{_SPELLED_YEAR}))?|(?<=during the )(?:{_SEASON})(?:\s+of\s+(?:\d{{4}}|{_SPELLED_YEAR}))?|(?:{_SEASON})\s+(?:of\s+)?(?:1[89]|20)\d{{2}})\b", re.I), ("spring", "summer", "autumn", "fall", "winter")),
    (re.compile(r"\b(?:(?:this|last|next|the)\s+)weekend\b", re.I), ("weekend",)),
    (re.compile(r"\b(?:(?:later|earlier)\s+)?(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)\b|\bovernight\b", re.I), ("morning", "afternoon", "evening", "night")),
    (re.compile(r"\brecent\s+(?:years|months|weeks|days)\b", re.I), ("recent",)),
    # (not "fiscal year 2019": that year, found as a year)
    (re.compile(r"\b(?:the\s+)?(?:(?:latest|current|comparable|year-ago|year-earlier|previous|same|fiscal|first|second|third|fourth)\s+)+(?:quarter|period|fiscal\s+year|year)\b(?!\s+(?:1[89]|20)\d{2}\b)", re.I), ("quarter", "period", "year")),
    (re.compile(rf"\b(?P<spelled>{_SPELLED_YEAR})\b", re.I), ("eighteen", "nineteen", "twenty", "thousand")),
    (re.compile(r"\b(?P<after>(?:hours|minutes|days)\s+(?:after|before|later|earlier))\b", re.I), ("hours", "minutes", "days")),
    (re.compile(r"\b(?:after (?:which|that)|afterwards|thereafter|since then)\b", re.I), ("after", "since")),
    (re.compile(rf"\b(?:the\s+(?:past|last|next|first|coming)\s+)?{_NUM}[\s-]{_UNIT}(?:\s+(?:later|ago|earlier|before|after))?\b", re.I), ("day", "week", "fortnight", "month", "year", "decade")),
    (re.compile(r"\bthe\s+(?:past|last|next|coming)\s+(?:few\s+|several\s+|couple\s+of\s+|(?:\d+|two|three|four|five|six)\s+)?"
               r"(?:decade|quarter)s?\b|"
               r"\bthe\s+(?:past|next|coming)\s+(?:few|several|couple\s+of)\s+(?:year|month|week|day)s\b", re.I), ("decade", "quarter", "year", "month", "week", "day")),
    (re.compile(r"\bthe\s+past\s+(?:year|month|week)\b", re.I), ("past",)),
    (re.compile(r"\b(?P<ref>now|currently|recently|nowadays|the past|the future|these days)\b", re.I), ("now", "currently", "recently", "past", "future", "days")),
    (re.compile(r"\b(?:in|since|until|through|by|of|from|to|before|after|during)?\s*(?P<year>(?:1[89]|20)\d{2})\b", re.I), ("18", "19", "20")),
]
# the characters a case-blind pattern reads as an ASCII letter that lower() leaves otherwise
# (dotted and dotless i, long s, the kelvin sign): a text with one runs every pattern
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")
RANGE_END = {"through", "until", "till", "to"}
RANGE_START = {"since", "from", "between"}
DURATION = re.compile(rf"^(?:for\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?(?:the\s+(?:past|last)\s+)?{_NUM}?\s*(?:hours?|minutes?|{_UNIT})$|^(?:decades|years|months|weeks|days|hours)$", re.I)


REFERENCES = {"now": "present", "currently": "present", "nowadays": "present", "these days": "present",
              "recently": "past", "past": "past", "future": "future"}


def find_times(text: str, ent_spans: Iterable[tuple[int, int]], published: dt.date | None,
               tense_at: Callable[[int], str | None] | None = None,
               counted_at: Callable[[int], bool] | None = None) -> list[TimeSpan]:
    """All temporal expressions of a text, normalised in reading order.

    ``ent_spans`` are DATE spans from the entity recogniser; patterns add what it misses.
    ``tense_at`` gives the tense ("past", "present", "future") of the clause around an offset, so
    that "Tuesday" in "talks are expected on Tuesday" looks forward; ``counted_at`` says that the
    number at an offset counts things ("1649 rounds"), which is never a year.
    """
    from ..nlp.components import datelines

    dateline_spans = datelines(text)  # a dateline's date is when the report was filed, not an event
    spans: list[tuple[int, int]] = list(dateline_spans)
    lowered = text.lower()
    gated = _CASE_ODD.search(text) is None
    for pattern, words in PATTERNS:
        if words and gated and not any(w in lowered for w in words):
            continue
        for m in pattern.finditer(text):
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            if not any(s < b and a < e for a, b in spans):
                spans.append((s, e))
    for s, e in ent_spans:  # the recogniser's DATEs that no pattern covers (durations, seasons)
        if not any(s < b and a < e for a, b in spans):
            spans.append((s, e))
    spans.sort()
    times: list[TimeSpan] = []
    anchor: dt.date | None = None  # the discourse's reference date
    last: TimeSpan | None = None  # the last closed interval the discourse set, at any precision
    quarter: TimeSpan | None = None  # the last quarter the text reported on
    last_is_quarter = False  # whether the last period named was a quarter
    for i, (s, e) in enumerate(spans):
        if (s, e) in dateline_spans or _counts_things(text, s, e, counted_at) or \
                re.match(r"\s*-?\s*old\b", text[e:e + 6], re.I) or _given_name(text, s, e) or _quoted_title(text, s, e):
            continue
        if re.match(r"to\s", text[s:e], re.I) and not _closes_range(text, s):
            s += 3  # "responded to yesterday's announcement": a complement, not a range's end
        prefix = text[max(0, s - 20):s].lower().split()
        if len(prefix) > 1 and prefix[-1].rstrip("-") in ("early", "mid", "late"):
            prefix.pop()  # "since early March": the range word before the part of the period
        before = prefix[-1] if prefix else ""
        if (before == "to" and not _closes_range(text, s - 3)) or (
                before == "and" and not _closes_range(text, s - 4, "between")):
            before = ""  # (a range's end only after its start: "from 2009 to 2011", "between June 3 and 5")
        tense = tense_at(s) if tense_at else None
        base = anchor
        coarse = re.fullmatch(rf"{_NUM}\s+{_UNIT}\s+(?P<rel>later|earlier)", text[s:e], re.I)
        if coarse and last is not None and last.precision in COARSE and \
                PRECISIONS.index(_unit_precision(coarse["unit"].lower())) >= PRECISIONS.index(last.precision):
            # "in 2011 ... two years later": counted from the year or month the narrative set last,
            # not from an earlier day
            base = last.end if coarse["rel"].lower() == "later" else last.start
        if re.search(rf"{_UNIT}\s+(?:after|before)$", text[s:e], re.I) and re.match(r"\s*[\w$]", text[e:e + 3]):
            base = _object_anchor(text, e, spans[i + 1:], published)  # "five years after the revolution"
        same_day = SAME_DAY.match(text, s)
        if same_day and same_day.end() == e:
            # the day the narrative had reached; after a night, the morning that ends it ("overnight
            # ... later in the morning")
            day = last.end if last is not None and last.precision == Precision.DAY else anchor
            ts = TimeSpan(text[s:e], day, day, Precision.DAY, s, e, False, "relative-day") if day \
                else TimeSpan(text[s:e], None, None, Precision.DAY, s, e, False, "relative-day:no-anchor")
        elif re.fullmatch(r"after (?:which|that)|afterwards|thereafter|since then", text[s:e].lower()):
            # the narrative goes on from the last time it set: an open interval from there
            ts = TimeSpan(text[s:e], last.start, None, last.precision, s, e, False, "relative-after") if last \
                else TimeSpan(text[s:e], None, None, None, s, e, False, "relative-after:no-anchor")
        else:
            ts = normalise(text[s:e], published, base, before, s, e, tense=tense)
        ts = compared_period(text[s:e], ts, quarter, last_is_quarter, published, s, e)
        if ts is None:
            continue
        times.append(ts)
        if ts.rule.startswith("quarter:"):
            last_is_quarter = True
            quarter = ts if ts.rule.count(":") == 1 else quarter
        elif ts.is_duration or ts.precision in (Precision.YEAR, Precision.DECADE) or ts.rule.startswith("period:financial"):
            last_is_quarter = False  # "the first nine months", "for the year": a year back is no quarter
        if ts.start and ts.precision == Precision.DAY:
            anchor = ts.start
        if ts.start and ts.end and not ts.is_duration:
            last = ts
    return times


COUNTED = re.compile(r"^\s*(?:-|–)?\s*(?:per\s*cent|percent|%|km|kilomet|miles?|metres|meters|feet|tons?|tonnes|"
                     r"barrels|dollars|euros|pounds|people|rounds|shells|troops|soldiers|men|women|children|"
                     r"civilians|refugees|votes|seats|units|times)\b", re.I)


def _given_name(text: str, s: int, e: int) -> bool:
    """A month's name alone before a capitalised word is someone's given name ("Foreign Minister
    Jan Kavan", "April Glaspie"), not a date; so is one that "of" or "for" joins to a capitalised
    name, the name of an event ("the annual March for Life", "the March of the Combatant Mothers";
    not "in March of 1998", "in March for health reasons")."""
    return re.fullmatch(_MONTH[:-3], text[s:e], re.I) is not None and re.match(
        r" (?:(?:of|for)(?: the)? )?[A-Z][a-z]", text[e:e + 13]) is not None


def _quoted_title(text: str, s: int, e: int) -> bool:
    """Words of time capitalised one and all just inside a quotation mark are a title, a show's
    or a book's ("said on ABC News' "This Week""), not a date."""
    words = text[s:e].split()
    return len(words) > 1 and s > 0 and text[s - 1] in "\"“'`" and all(w[0].isupper() for w in words)


def _closes_range(text: str, at: int, opener: str = "from") -> bool:
    """Whether "to" (or "and") at an offset ends a range opened by "from" (or "between") in the same
    clause ("from 2009 to 2011", "between June 3 and June 5"); elsewhere it introduces a complement
    ("extended to Nov. 20", "to Friday's talks") or joins two times."""
    # (a full stop ends the clause, not the one of an abbreviated month: "from Sept. 14 to Thursday")
    return bool(re.search(rf"\b{opener}\b(?:[^.;:!?]|\.(?=\s\d)){{0,60}}$", text[max(0, at - 80):at], re.I))


def _counts_things(text: str, s: int, e: int, counted_at) -> bool:
    """A bare number that counts things ("1649 rounds", "$2000", "1,950 troops") is no year."""
    if not re.fullmatch(r"(?:in|since|until|through|by|of|from|to|before|after|during)?\s*\d{4}", text[s:e], re.I):
        return False
    digits = s + re.search(r"\d", text[s:e]).start()
    if text[max(0, digits - 1):digits] in ("$", "£", "€", ",", ".") or COUNTED.match(text[e:e + 20]):
        return True
    return bool(counted_at and counted_at(digits))


def _object_anchor(text: str, end: int, following: list[tuple[int, int]], published) -> dt.date | None:
    """The date "N years after X" counts from: X itself when X is a date ("two years after 2011"),
    otherwise unknown (an event's name is not a date)."""
    if following and text[end:following[0][0]].strip() in ("", "the"):
        ts = normalise(text[following[0][0]:following[0][1]], published, None)
        if ts is not None and ts.start is not None:
            return ts.start
    m = re.match(r"\s+((?:1[89]|20)\d{2})\b", text[end:end + 8])
    return dt.date(int(m[1]), 1, 1) if m else None


def normalise(expr: str, published: dt.date | None, anchor: dt.date | None,
              before: str = "", start: int = -1, end: int = -1, future: bool = False,
              tense: str | None = None) -> TimeSpan | None:
    """One expression -> TimeSpan. ``anchor`` is the last day the discourse established;
    ``tense`` is the tense of the clause the expression sits in: a weekday or a month looks back
    from the publication in a past clause, forward in a future one ("will meet on Monday", or
    ``future``), and to the nearest one in the present ("talks are expected on Tuesday")."""
    raw = expr
    tense = "future" if future else tense
    text = re.sub(r"\s+", " ", expr.strip().lower().replace("’", "'"))
    lead = text.split(" ", 1)[0]
    if lead in RANGE_END or lead in RANGE_START:
        before = lead
    if tense == "past" and before in RANGE_END and before != "to":
        # "has extended the loans through January", "has given them until Tuesday": a term a past
        # act set, the nearest such day, ahead or behind ("bought shares from Sept. 14 to
        # Thursday" closes a range in the past)
        tense = "present"
    text = re.sub(r"^(just|only|some|about|around|roughly|nearly|almost|the|on|in|by|since|until|through|from|to|of|at)\s+", "", text)
    text = re.sub(r"^(just|only|the)\s+", "", text)
    text = re.sub(rf"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?={_MONTH}\s+\d)", "", text)
    text = re.sub(rf"^{_CLOCK}(?:on\s+)?", "", text)  # the day of "10 p.m. Wednesday" (the hour stays in the text)
    m = re.fullmatch(rf"(?:(?P<which>last|next|this)\s+)?(?P<holiday>{_HOLIDAY})", text)
    if m:
        return _holiday(m["holiday"], m["which"], published, tense, raw, start, end)

    def span(a, b, precision, rule, duration=False):
        lo, hi = a, b
        if (before in RANGE_END or before == "and") and lo is not None:
            lo = None
        elif before in RANGE_START and hi is not None:
            hi = None
        return TimeSpan(raw, lo, hi, precision, start, end, duration, rule)

    if re.fullmatch(r"recent (?:years|months|weeks|days)", text):
        return TimeSpan(raw, None, None, None, start, end, True, "duration")  # some years up to now: PXY
    m = re.fullmatch(rf"(?:each|every) (?:(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|{_MONTH})", text)
    if m:  # a recurring day or month ("departs each Thursday"): no date of its own
        return TimeSpan(raw, None, None, None, start, end, False,
                        f"set:weekday:{WEEKDAYS[m['weekday']]}" if m["weekday"] else f"set:month:{MONTHS[m['month'].rstrip('.')]}")
    m = re.fullmatch(r"(?:(this|last|next)\s+)?weekend", text)
    if m:
        if published is None:
            return TimeSpan(raw, None, None, Precision.DAY, start, end, False, "weekend:no-anchor")
        which = m[1] or {"future": "next", "present": "nearest"}.get(tense or "")
        saturday = _weekday(published, 5, which if which in ("last", "next", "nearest") else None)
        return TimeSpan(raw, saturday, saturday + dt.timedelta(days=1), Precision.DAY, start, end, False, "weekend")
    m = re.fullmatch(r"(?:(?:later|earlier)\s+)?(this|last|yesterday|tomorrow)\s+(morning|afternoon|evening|night)|overnight", text)
    if m:
        if published is None:
            return TimeSpan(raw, None, None, Precision.DAY, start, end, False, "part-of-day:no-anchor")
        if text == "overnight":  # the night a report comes out after: from the evening before it
            return TimeSpan(raw, published - dt.timedelta(days=1), published, Precision.DAY, start, end, False,
                            "part-of-day")
        d = published + dt.timedelta(days={"yesterday": -1, "tomorrow": 1, "last": -1}.get(m[1] or "", 0)
                                     if m[1] != "last" or m[2] == "night" else 0)
        return TimeSpan(raw, d, d, Precision.DAY, start, end, False, "part-of-day")
    m = re.fullmatch(r"((?:(?:latest|current|comparable|year-ago|year-earlier|previous|same|fiscal|first|second|third|fourth)\s+)+)(quarter|period|fiscal\s+year|year)", text)
    if m and not re.fullmatch(_QUARTER, text):
        return _financial(m[1].split(), m[2], published, raw, start, end)
    if text in REFERENCES:
        return TimeSpan(raw, None, None, None, start, end, False, f"ref:{REFERENCES[text]}")
    m = re.fullmatch(_HALF, text)
    if m:
        return _half(m, published, raw, start, end)
    m = re.fullmatch(rf"(?:the\s+)?{_QUARTER}", text)
    if m:
        return _quarter(text, m["q"], published, raw, start, end, tense)
    if (DURATION.match(text) or re.fullmatch(rf"(?:(?:past|last|next|first|coming)\s+)?{_NUM}[\s-]{_UNIT}", text)
            or re.fullmatch(rf"(?:past|last|next|coming)\s+(?:(?:few|several|couple\s+of|{_NUM})\s+)?(?:decade|quarter)s?|"
                            r"(?:past|next|coming)\s+(?:few|several|couple\s+of)\s+(?:year|month|week|day)s", text)) \
            and not re.search(r"later|earlier|ago|before|after", text):
        return TimeSpan(raw, None, None, None, start, end, True, "duration")
    m = re.fullmatch(r"week of (.+)", text)
    if m:  # "the week of March 6": the week that day falls in
        day = normalise(m[1], published, anchor, "", start, end, tense=tense)
        if day is None or day.start is None or day.precision != Precision.DAY:
            return None
        monday = day.start - dt.timedelta(days=day.start.weekday())
        return span(monday, monday + dt.timedelta(days=6), Precision.WEEK, "week-of")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        d = _date(int(m[1]), int(m[2]), int(m[3]))
        return span(d, d, Precision.DAY, "iso") if d else None
    m = re.fullmatch(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?", text) or \
        re.fullmatch(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?", text)
    if m:
        month, day = MONTHS[m["month"].rstrip(".")], int(m["day"])
        year = int(m["year"]) if m["year"] else _infer_year(month, day, published, tense=tense)
        if year is None:
            return TimeSpan(raw, None, None, Precision.DAY, start, end, False, "month-day:no-year")
        d = _date(year, month, day)
        return span(d, d, Precision.DAY, "month-day") if d else None
    m = re.fullmatch(r"(?:(?P<which>last|next|this|on|by|since|until|that)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?", text)
    if m:
        if published is None:
            return TimeSpan(raw, None, None, Precision.DAY, start, end, False, "weekday:no-anchor")
        d = _weekday(published, WEEKDAYS[m["weekday"]], m["which"] if m["which"] in ("last", "next", "this")
                     else {"future": "next", "present": "nearest"}.get(tense or ""))
        return span(d, d, Precision.DAY, "weekday" + (f":{tense}" if tense and not m["which"] else ""))
    m = re.fullmatch(r"(?:day (before|after) )?(yesterday|today|tonight|tomorrow)(?: (?:morning|afternoon|evening|night))?", text)
    if m:
        if published is None:
            return TimeSpan(raw, None, None, Precision.DAY, start, end, False, "deictic:no-anchor")
        # ("the day before yesterday": one day further back)
        delta = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m[2]] + {"before": -1, "after": 1}.get(m[1], 0)
        d = published + dt.timedelta(days=delta)
        return span(d, d, Precision.DAY, "deictic")
    m = re.fullmatch(rf"{_NUM}\s+{_UNIT}\s+(?:or so\s+)?(?P<rel>later|earlier|ago|before|after)", text)
    if m:
        n = NUMBERS.get(m["n"], None) if not m["n"].isdigit() else int(m["n"])
        unit, rel = m["unit"], m["rel"]
        base = published if rel == "ago" else (anchor or None)
        if base is None or n is None:
            return TimeSpan(raw, None, None, _unit_precision(unit), start, end, False, f"relative:{rel}:no-anchor")
        sign = 1 if rel in ("later", "after") else -1
        d = _shift(base, unit, sign * n)
        # "a decade ago" in 1999 is about 1989, not the whole of the 1980s
        precision = Precision.YEAR if unit == "decade" else _unit_precision(unit)
        lo, hi = _bounds(d, precision)
        return span(lo, hi, precision, f"relative:{rel}")
    m = re.fullmatch(r"past (year|month|week)", text)
    if m and published is not None:  # "the past year": the twelve months up to the publication
        return span(_shift(published, m[1], -1) + dt.timedelta(days=1), published, _unit_precision(m[1]), "period:past")
    m = re.fullmatch(r"(?P<nextday>next day|following day|day before|previous day|day after)", text)
    if m:
        if anchor is None:
            return TimeSpan(raw, None, None, Precision.DAY, start, end, False, "relative-day:no-anchor")
        d = anchor + dt.timedelta(days=1 if m["nextday"] in ("next day", "following day", "day after") else -1)
        return span(d, d, Precision.DAY, "relative-day")
    m = re.fullmatch(rf"(?:(?P<which>last|next|this|early|late)\s+)?(?P<season>{_SEASON})(?:\s+(?:of\s+)?(?P<year>\d{{4}}|{_SPELLED_YEAR}))?", text)
    if m:
        year = (int(m["year"]) if m["year"].isdigit() else spelled_year(m["year"])) if m["year"] else None
        return _season(m["season"], m["which"], year, published, tense, raw, start, end)
    m = re.fullmatch(_SPELLED_YEAR, text)
    if m:
        year = spelled_year(text)
        return span(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, "year:spelled") if year else None
    # "hours after the blast", or after the last time the narrative set: "Hours later, ..."
    m = re.fullmatch(r"(?:hours|minutes|days)\s+(?P<rel>after|before|later|earlier)", text)
    if m:
        if anchor is None:
            return TimeSpan(raw, None, None, None, start, end, False, "relative-event:no-anchor")
        if text.startswith("days"):
            lo, hi = (anchor, anchor + dt.timedelta(days=9)) if m["rel"] in ("after", "later") else \
                (anchor - dt.timedelta(days=9), anchor)
            return TimeSpan(raw, lo, hi, Precision.WEEK, start, end, False, "relative-event")
        return span(anchor, anchor, Precision.DAY, "relative-event")
    m = re.fullmatch(r"(?:(?P<early>early|mid|late)[\s-]*)?(?:the\s+)?(?P<decade>(?:1[5-9]|20)\d0s|'?\d0'?s)", text)
    if m:
        digits = re.sub(r"\D", "", m["decade"])
        if len(digits) == 2:
            year0 = 1900 + int(digits)
            if published and year0 + 100 <= published.year:
                year0 += 100
            elif not published and year0 < 1930:
                year0 += 100
        else:
            year0 = int(digits)
        lo_off, hi_off = {"early": (0, 3), "mid": (3, 6), "late": (7, 9), None: (0, 9)}[m["early"]]
        return span(dt.date(year0 + lo_off, 1, 1), dt.date(year0 + hi_off, 12, 31), Precision.DECADE, "decade")
    m = re.fullmatch(r"(?P<which>last|next|this|previous|following|same)\s+(?P<period>week|month|year)", text)
    if m:
        base = published if m["which"] in ("last", "next", "this") else anchor
        if base is None:
            return TimeSpan(raw, None, None, Precision(m["period"]), start, end, False, "period:no-anchor")
        step = {"last": -1, "previous": -1, "next": 1, "following": 1, "this": 0, "same": 0}[m["which"]]
        precision = Precision(m["period"])
        d = _shift(base, m["period"], step)
        lo, hi = _bounds(d, precision)
        return span(lo, hi, precision, "period")
    m = re.fullmatch(rf"{_MONTH}\s+(?P<rel>last|this|next)\s+year", text)
    if m and published is not None:
        year = published.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
        lo, hi = _bounds(dt.date(year, MONTHS[m["month"].rstrip(".")], 1), Precision.MONTH)
        return span(lo, hi, Precision.MONTH, "month-of-year")
    m = re.fullmatch(rf"(?:(?P<which>last|next|this|early|late|mid)[\s-]+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?", text)
    if m:
        month = MONTHS[m["month"].rstrip(".")]
        if not m["year"] and not m["which"] and re.search(rf"\b{m['month']}", raw, re.I)[0].islower():
            return None  # the modal verb "may", "organised the march": a month's name is capitalised
        year = int(m["year"]) if m["year"] else _infer_year(month, 1, published, month_only=True, tense=tense)
        if m["which"] == "last" and published and not m["year"]:
            year = published.year - 1 if month >= published.month else published.year
        if m["which"] == "this" and published and not m["year"]:
            year = published.year  # "this September": the publication year's, ahead or behind
        if year is None:
            return TimeSpan(raw, None, None, Precision.MONTH, start, end, False, "month:no-year")
        lo, hi = _bounds(dt.date(year, month, 1), Precision.MONTH)
        return span(lo, hi, Precision.MONTH, "month")
    m = re.fullmatch(r"(?:(?:early|late|mid)[\s-]+)?(?P<year>(?:1[5-9]|20)\d{2})", text)
    if m:
        year = int(m["year"])
        return span(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, "year")
    m = re.fullmatch(r"(?P<y1>(?:1[5-9]|20)\d{2})\s*(?:-|–|to|and)\s*(?P<y2>(?:1[5-9]|20)\d{2})", text)
    if m:
        return TimeSpan(raw, dt.date(int(m["y1"]), 1, 1), dt.date(int(m["y2"]), 12, 31), Precision.YEAR,
                        start, end, False, "year-range")
    m = re.search(rf"{_NUM}\s+{_UNIT}\s+later", text)  # "just four days later" inside a longer span
    if m:
        return normalise(m.group(0), published, anchor, before, start, end)
    return None


def duration_value(text: str | None) -> str | None:
    """ISO 8601 duration of an expression like "two months" or "20 years" ("P2M", "P20Y")."""
    if not text:
        return None
    m = re.search(rf"{_NUM}?\s*(?P<unit>hour|minute|day|week|fortnight|month|quarter|year|decade)s?\b",
                  text.lower().replace("-", " "))
    if not m:
        return None
    n = m["n"]
    count = exact_count(n)
    if n is None and not m[0].endswith("s"):
        count = 1  # "the past decade": one
    if re.search(r"\b(?:few|several|many)\b", text.lower()):
        count = None  # a vague count is an unknown one ("a few days": PXD)
    unit = m["unit"]
    if unit == "fortnight":
        count, unit = (count or 1) * 2, "week"
    if unit == "decade":
        return f"P{(count or 1) * 10}Y" if count else "PXDE"
    letter = {"hour": "H", "minute": "M", "day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}[unit]
    prefix = "PT" if unit in ("hour", "minute") else "P"
    return f"{prefix}{count if count is not None else 'X'}{letter}"


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: dt.date | None, month_only: bool = False,
                tense: str | None = None) -> int | None:
    """The year that puts the date nearest to publication, the future counting double ("Dec. 28"
    in a January story is last year's, "Jan. 5" in a December story next year's); in a future-tense
    clause the date is not before publication, and in a past one the future counts double again
    ("the fiscal year ended Jan. 31" in an October story: this January's)."""
    if published is None:
        return None
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        candidate = _date(year, month, min(day, 28) if month_only else day) or dt.date(year, month, 28)
        if month_only:
            candidate = candidate.replace(day=15)
        last_day = _bounds(candidate, Precision.MONTH)[1] if month_only else candidate
        first_day = candidate.replace(day=1) if month_only else candidate
        if tense == "future" and last_day < published:  # (a past clause may name a later date:
            continue  # "the vote was set for Dec. 7")
        distance = (candidate - published).days
        distance = (4 if tense == "past" else 2) * distance if distance > 0 else -distance  # news looks back
        # more than ahead, and a clause in the past more still ("the fiscal year ended Jan. 31")
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _weekday(published: dt.date, weekday: int, which: str | None) -> dt.date:
    """The nearest such weekday on or before publication; after it in a future-tense clause or
    after "next"; the nearer of the two in a present-tense clause."""
    delta = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if which == "next":
        return published + dt.timedelta(days=ahead or 7)
    if which == "nearest" and 0 < ahead < delta:
        return published + dt.timedelta(days=ahead)
    if delta == 0 and which == "last":
        delta = 7
    return published - dt.timedelta(days=delta)


PRECISIONS = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR, Precision.DECADE]
COARSE = (Precision.MONTH, Precision.YEAR)  # a narrative time a count of months or years may start from


def _unit_precision(unit: str) -> Precision:
    return {"day": Precision.DAY, "week": Precision.WEEK, "fortnight": Precision.WEEK,
            "month": Precision.MONTH, "year": Precision.YEAR, "decade": Precision.DECADE}[unit]


def _shift(base: dt.date, unit: str, n: int) -> dt.date:
    if unit in UNIT_DAYS:
        return base + dt.timedelta(days=UNIT_DAYS[unit] * n)
    if unit == "month":
        month0 = base.month - 1 + n
        year, month = base.year + month0 // 12, month0 % 12 + 1
        return dt.date(year, month, min(base.day, calendar.monthrange(year, month)[1]))
    years = n * (10 if unit == "decade" else 1)
    try:
        return base.replace(year=base.year + years)
    except ValueError:
        return base.replace(year=base.year + years, day=28)


def _bounds(d: dt.date, precision: Precision) -> tuple[dt.date, dt.date]:
    if precision == Precision.DAY:
        return d, d
    if precision == Precision.WEEK:
        lo = d - dt.timedelta(days=d.weekday())
        return lo, lo + dt.timedelta(days=6)
    if precision == Precision.MONTH:
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == Precision.YEAR:
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    y0 = d.year - d.year % 10
    return dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31)


def exact_count(word: str | None) -> int | None:
    """The number a count word says exactly ("12", "two", "a"); None for a vague one ("several")."""
    if not word or word in VAGUE:
        return None
    return int(word) if word.isdigit() else NUMBERS.get(word)


def counted_from(t: TimeSpan, reached: TimeSpan) -> TimeSpan | None:
    """The time an "N units after" (or "before") counts from, given the time the count reaches:
    what a clause "a day after" names happened a day before the clause it is told from ("clashed
    on Thursday, a day after warplanes bombed the hideouts": the bombing on Wednesday), at the
    coarser of the two precisions. None for any other expression or an undated reach."""
    m = re.search(rf"{_NUM}\s+{_UNIT}\s+(?P<rel>after|before)$", (t.text or "").lower())
    if m is None or reached.start is None or reached.end is None or reached.precision not in PRECISIONS:
        return None
    n = exact_count(m["n"])
    if n is None:
        return None
    unit = m["unit"]
    precision = max(_unit_precision(unit), reached.precision, key=PRECISIONS.index)
    lo, hi = _bounds(_shift(reached.start, unit, -n if m["rel"] == "after" else n), precision)
    return TimeSpan(t.text, lo, hi, precision, t.char_start, t.char_end, False, f"relative:{m['rel']}:counted")


def lasting_until(count: str, unit: str, reached: TimeSpan, text: str, start: int, end: int) -> TimeSpan | None:
    """The time an act told as lasting a count of units up to a time lies in: "seized the town on
    Friday after two days of fighting", the fighting from Wednesday to Friday; a count finer than the
    time it reaches is told within that time ("in July after five days of fighting": July). ``text``
    is the count's words, at ``start``..``end``. None for a vague count ("after days of fighting")
    or an undated reach."""
    n = exact_count(count)
    if n is None or unit not in UNIT_DAYS and unit not in ("month", "year") or \
            reached.start is None or reached.end is None or reached.precision not in PRECISIONS:
        return None
    if PRECISIONS.index(_unit_precision(unit)) < PRECISIONS.index(reached.precision):
        # "a ceasefire in July after five days of fighting": days told against a month, the month
        return TimeSpan(text, reached.start, reached.end, reached.precision, start, end, False, "relative:lasting")
    lo = _bounds(_shift(reached.start, unit, -n), reached.precision)[0]
    return TimeSpan(text, lo, reached.end, reached.precision, start, end, False, "relative:lasting")


def period(t: TimeSpan) -> TimeSpan:
    """The period an open range starts or ends at, whole: "since November" November, "until
    1989" 1989; any other expression as it is."""
    if t.precision is None or (t.start is None) == (t.end is None):
        return t
    lo, hi = _bounds(t.start or t.end, t.precision)
    return TimeSpan(t.text, lo, hi, t.precision, t.char_start, t.char_end, t.is_duration, t.rule)


def spelled_year(text: str) -> int | None:
    """A year in words: "nineteen ninety-eight" 1998, "two thousand and one" 2001, "nineteen
    hundred" 1900, "nineteen o five" 1905."""
    words = re.sub(r"[\s-]+", " ", text.lower().replace(" and ", " ")).split()
    if words[:2] == ["two", "thousand"]:
        rest = _small_number(words[2:]) if words[2:] else 0
        return 2000 + rest if rest is not None else None
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}.get(words[0])
    if century is None or len(words) < 2:
        return None
    if words[1:] == ["hundred"]:
        return century * 100
    if words[1] == "o" and len(words) == 3 and words[2] in _UNITS:
        return century * 100 + _UNITS[words[2]]
    rest = _small_number(words[1:])
    return century * 100 + rest if rest is not None and rest >= 10 else None


def _small_number(words: list[str]) -> int | None:
    if len(words) == 1:
        w = words[0]
        return _TENS.get(w) or _TEENS.get(w) or _UNITS.get(w)
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS:
        return _TENS[words[0]] + _UNITS[words[1]]
    return None


def _season(name: str, which: str | None, year: int | None, published: dt.date | None, tense: str | None,
            raw: str, start: int, end: int) -> TimeSpan:
    """A season of the northern hemisphere as months ("last summer", "the spring of 2014")."""
    first, last = SEASONS[name.lower()]
    rule = f"season:{name.lower()}"
    if year is None:
        if published is None:
            return TimeSpan(raw, None, None, Precision.MONTH, start, end, False, rule + ":no-year")
        year = published.year
        in_season = first <= published.month <= last if first < last else published.month in (12, 1, 2)
        starts = dt.date(year if first < last or published.month == 12 else year - 1, first, 1)
        if which == "last" or (tense == "past" and not in_season and starts > published):
            year -= 1
        elif which == "next" or (tense == "future" and not in_season and starts < published):
            year += 1
        if first > last and published.month in (1, 2) and which != "next":
            year -= 1  # the winter that began last December
    lo = dt.date(year, first, 1)
    hi = _bounds(dt.date(year + (1 if first > last else 0), last, 1), Precision.MONTH)[1]
    if which in ("early", "late"):
        lo, hi = (lo, _bounds(dt.date(lo.year, lo.month, 1), Precision.MONTH)[1]) if which == "early" else \
            (dt.date(hi.year, hi.month, 1), hi)
    return TimeSpan(raw, lo, hi, Precision.MONTH, start, end, False, rule)


def _holiday_date(name: str, year: int) -> dt.date:
    """The day of a calendar holiday in a year (United States observances where they differ)."""
    from dateutil.easter import easter

    name = re.sub(r"\s+", " ", name)
    if name.startswith("easter"):
        return easter(year)
    fixed = {"christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
             "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14)}
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name.startswith("christmas"):
        return dt.date(year, 12, 25)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "labor day":  # the first Monday of September
        first = dt.date(year, 9, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7)
    last = dt.date(year, 5, 31)  # memorial day: the last Monday of May
    return last - dt.timedelta(days=last.weekday())


def _holiday(name: str, which: str | None, published: dt.date | None, tense: str | None, raw: str, start: int,
             end: int) -> TimeSpan:
    """A holiday of the year that puts it nearest the publication: the last one before it after
    "last" or in a past clause, the next one after "next" or in a future clause."""
    if published is None:
        return TimeSpan(raw, None, None, Precision.DAY, start, end, False, "holiday:no-anchor")
    days = [_holiday_date(name, y) for y in (published.year - 1, published.year, published.year + 1)]
    if which == "last" or (tense == "past" and which is None):
        d = max(x for x in days if x <= published)
    elif which == "next" or (tense == "future" and which is None):
        d = min(x for x in days if x >= published)
    else:
        d = min(days, key=lambda x: abs((x - published).days))
    return TimeSpan(raw, d, d, Precision.DAY, start, end, False, "holiday")


def _quarter(text: str, name: str, published: dt.date | None, raw: str, start: int, end: int,
             tense: str | None = None) -> TimeSpan:
    """A named quarter: of the year the text gives ("the 1988 second quarter", "the third quarter of
    1984", "last year's fourth quarter", "the year-ago third quarter"), otherwise the latest such
    quarter begun by publication, as results news reports it; one not yet begun this year is this
    year's in a future clause ("elections will be held in the third quarter", in June), and the
    nearer of this year's and last year's in a present one."""
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[name]
    explicit = re.search(rf"\b{_YEAR_4}\b", text)
    shift = re.search(r"\b(year-ago|year-earlier|last year's|next year's|this year's)", text)
    rule = f"quarter:{q}:dated" if explicit or shift else f"quarter:{q}"  # (the latter: the report's own)
    if explicit:
        year = int(explicit[0])
    elif published is None:
        return TimeSpan(raw, None, None, Precision.MONTH, start, end, False, "quarter:no-year")
    else:
        year = published.year if (q - 1) * 3 + 1 <= published.month else published.year - 1
        ahead = (dt.date(published.year, (q - 1) * 3 + 1, 1) - published).days  # to this year's, not begun
        behind = (published - dt.date(published.year - 1, q * 3, 28)).days  # from last year's end, about
        if year < published.year and (tense == "future" or (tense == "present" and ahead < behind)):
            year = published.year
        if shift:
            year = {"next year's": published.year + 1, "this year's": published.year}.get(shift[1], year - 1)
    lo = dt.date(year, (q - 1) * 3 + 1, 1)
    return TimeSpan(raw, lo, _bounds(dt.date(year, q * 3, 1), Precision.MONTH)[1], Precision.MONTH, start, end,
                    False, rule)


def compared_period(expr: str, ts: TimeSpan | None, quarter: TimeSpan | None, last_is_quarter: bool,
                    published: dt.date | None, start: int, end: int) -> TimeSpan | None:
    """Results news compares periods: once the text has named the quarter it reports on, "the
    quarter" and "the latest period" are that quarter, "the 1988 quarter" the same quarter of
    another year, and, while the quarter is the last period named (not "the first nine months"),
    "a year earlier" and "the year-ago period" the same quarter a year before. Otherwise the
    expression keeps its ordinary reading (or none)."""
    words = re.sub(r"\s+", " ", expr.lower().replace("’", "'").strip())
    words = re.sub(r"^(?:in|for|from|of|during|since|by)\s+", "", words)
    same, back, of = (re.fullmatch(p, words) for p in (_SAME_PERIOD, _PERIOD_BACK, _PERIOD_OF))
    if not (same or back or of):
        return ts
    if quarter is None or quarter.start is None or (back and not last_is_quarter):
        # against no quarter of the text: "the quarter" is the latest one, "year-ago" the year
        # before publication, other periods are found but left unresolved
        if ts is None and published is not None and same and "quarter" in words:
            return _financial(["latest"], "quarter", published, expr, start, end)
        if ts is None and published is not None and back and words.startswith("year-"):
            year = published.year - 1
            return TimeSpan(expr, dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, start, end, False,
                            "year:compared")
        return ts or TimeSpan(expr, None, None, None, start, end, False, "period:compared:no-anchor")
    year = quarter.start.year - 1 if back else int(of["year"]) if of else quarter.start.year
    lo = quarter.start.replace(year=year)
    hi = _bounds(dt.date(year, quarter.end.month, 1), Precision.MONTH)[1]
    return TimeSpan(expr, lo, hi, Precision.MONTH, start, end, False, f"{quarter.rule}:compared")


def _half(m: re.Match, published: dt.date | None, raw: str, start: int, end: int) -> TimeSpan:
    """A half of a year, of the year named or of the publication's ("the first half of 1990",
    "the second half of next year", "the last half of the year")."""
    n = 1 if m["half"] == "first" else 2
    if m["hyear"]:
        year = int(m["hyear"])
    elif published is None:
        return TimeSpan(raw, None, None, Precision.MONTH, start, end, False, f"half:{n}:no-year")
    else:
        year = published.year + {"last": -1, "next": 1}.get(m["hrel"] or "", 0)
    return TimeSpan(raw, dt.date(year, 6 * n - 5, 1), _bounds(dt.date(year, 6 * n, 1), Precision.MONTH)[1],
                    Precision.MONTH, start, end, False, f"half:{n}")


def _financial(qualifiers: list[str], unit: str, published: dt.date | None, raw: str, start: int,
               end: int) -> TimeSpan:
    """Reporting periods as results news names them: "the latest quarter" is the last one
    completed before publication, "the year-ago quarter" the same quarter a year before, "the
    current (fiscal) year" the publication's year. Other periods stay unresolved."""
    rule = "period:financial"
    if published is None or unit == "period":
        return TimeSpan(raw, None, None, None, start, end, False, rule)
    if unit == "quarter" and not {"first", "second", "third", "fourth"} & set(qualifiers):
        q = (published.month - 1) // 3 + 1
        year = published.year
        if "current" not in qualifiers:  # latest, previous, year-ago ...: the last completed one
            q, year = (q - 1, year) if q > 1 else (4, year - 1)
        if {"year-ago", "year-earlier"} & set(qualifiers):
            year -= 1
        lo = dt.date(year, (q - 1) * 3 + 1, 1)
        return TimeSpan(raw, lo, _bounds(dt.date(year, q * 3, 1), Precision.MONTH)[1], Precision.MONTH, start, end,
                        False, f"quarter:{q}")
    if unit != "quarter" and set(qualifiers) <= {"current", "fiscal", "same"}:
        return TimeSpan(raw, dt.date(published.year, 1, 1), dt.date(published.year, 12, 31), Precision.YEAR, start,
                        end, False, "period:financial-year")
    return TimeSpan(raw, None, None, None, start, end, False, rule)
