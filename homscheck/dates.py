"""The date reader: dates and date periods as English news writes them.

``find_dates(text, anchor)`` finds every mention of a day or a period and resolves it to an
inclusive interval of days (:class:`homscheck.model.DateRange`). ``anchor`` is the article's
publication date; relative forms ("on Sunday", "last month", "in March") are read against it,
preferring the PAST, as news reports what happened. Without an anchor they stay unknown
(``earliest``/``latest`` of ``None``, ``anchored=False``); a date is never invented.

How it works: a handful of small rules, each one regular expression (``regex`` module, named
word lists such as ``\\L<months>``) and one builder that turns a match into a value or rejects
it. Every rule scans the whole text once; the candidates are then chosen longest first, so
"Thursday, August 3, 2017" is one mention (the weekday kept in ``value.weekday``) rather than
a weekday and a date. Every pattern is a chain of bounded pieces, so matching is linear.

Conventions (decisions, so that two readers of the code agree):

* A day and month without a year ("Aug 3") is the most recent such day on or before the
  anchor plus ``AHEAD_DAYS`` (21): an article of 2017-01-05 saying "December 30" means
  2016-12-30; one of 2017-05-22 saying "May 25" or "June 10" means that day of 2017
  (announced events: news gives the year of a date a year back, not of one weeks ahead).
  After "since" only the past is meant: "since May 25" of 2017-05-22 is 2016-05-25 (so too a
  month or part of one, "since late May").
* A month without a year ("in March") is the most recent March that had begun by the anchor
  plus ``AHEAD_DAYS`` (the anchor's own month counts; "in June" of 2017-05-22 is June 2017);
  "last March" is the most recent March before the anchor's month. Without an anchor:
  ``DateRange(None, None, "month", anchored=False)``.
* A weekday alone ("on Sunday", "by Wednesday", "Monday night") is the most recent such day on
  or before the anchor (the anchor's own weekday is the anchor), or, after words of the future
  in its clause ("will stay closed until Monday", "is due to expire on Sunday", "was expected
  to appear in court Thursday"), the first on or after it. "last Friday" / "previous
  Friday" is the Friday of the week before the anchor's (Monday-first weeks; news style keeps
  "last" for the previous week: a Thursday article's "last Wednesday" is 8 days back, its
  "Wednesday" yesterday); a Sunday closes its week, so a Sunday's "last Wednesday" is 4 days
  back, its "last Saturday" 8 (yesterday is "Saturday"). "this past Friday" is the most recent
  Friday before the anchor. "this Friday" / "next Friday" are that day of the anchor's week / of
  the week after, "coming Friday" the first one after the anchor: future only when the words
  say so. "the following Friday" is relative to some event, not read.
* Parts of a year: "early 2015" Jan-Apr, "mid-2015" May-Aug, "late 2015" Sep-Dec (thirds;
  granularity ``"year-part"``). Parts of a month: early 1-10, mid 11-20, late 21-end
  (``"month-part"``). "the end of March" = late March; "the beginning of March" = early.
* Quarters are calendar quarters ("the third quarter of 2009", "the first quarter of last
  year", "last quarter" = the one before the anchor's, granularity ``"quarter"``); an ordinal
  quarter without a year is read only before a word of accounts ("third-quarter profit"),
  then as the most recent such quarter begun by the anchor.
* Seasons are meteorological (northern hemisphere): spring Mar-May, summer Jun-Aug,
  autumn/fall Sep-Nov, winter Dec-Feb; "winter 2014" is the winter that ENDS in 2014
  (Dec 2013-Feb 2014), "winter 2014-15" Dec 2014-Feb 2015.
* "two weeks ago" is the single day 14 days before the anchor with granularity ``"week"``
  (the unit tells callers how loosely to compare); "a few" counts as 3.
* "this week" / "last week" / "next week" are Monday-Sunday weeks; "earlier this week/month/
  year" runs from the start of the period to the day before the anchor; "in recent days /
  weeks / months / years" is a loose span ending at the anchor (7 / 28 / 90 days / 3 years,
  granularity ``"span"``).
* Not dates: "days after", "the next day" (relative to an event, not to the article), bare
  numbers 1-31 without a month, counts ("2,500"), times alone ("12:28 pm"), "May"/"March" in
  lower case or outside a date context ("it may rain", "May I", "the March on Washington"),
  plural weekdays ("on Sundays", a set), numeric day/month notations such as 3/7/2017 (order
  ambiguous between US and British use; ISO ``2017-03-07`` is read).
* A bare four-digit year is read only in a date context: after "in", "since", "until",
  "during", "before", "after", "early"/"mid"/"late", "the year", ... and, after weaker words
  ("by", "from", "to", "of", "and", "between"), only 1900-2099 and not followed by a noun, so
  "rose by 2000 people" stays a count. After "the" a year is read before a noun that a count
  would not take ("the 1991 agreement", "the 2008 Beijing Olympics"; not "the 2000 people",
  "the 1500 troops") and never when it is a whole hundred.
* Named days ("Black Monday", "Good Friday", "Easter Sunday") are not the last such weekday.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain
from typing import Any

import regex

from homscheck.model import DateRange
from homscheck.patterns import compile_pattern
from homscheck.text import WordIndex, any_within, finditer_at, word_index

__all__ = [
    "DateMention",
    "Dateline",
    "YearlessDateline",
    "find_dates",
    "find_publication_date",
    "find_yearless_dateline",
    "resolve_weekday",
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: DateRange
    relative: bool = False


@dataclass(frozen=True)
class Dateline:
    published: date
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class YearlessDateline:
    """A wire dateline's day and month, told without the year ("LIMA, March 10 (Reuters) -")."""

    month: int
    day: int
    start: int
    end: int
    text: str

    def nearest(self, dates: Sequence[date]) -> date | None:
        """The day of this dateline in the year that puts it nearest to ``dates``, sorted (the
        other articles of its cluster were written then); None when there are none."""
        if not dates:
            return None
        candidates = [
            day
            for year in range(dates[0].year - 1, dates[-1].year + 2)
            if (day := _safe_date(year, self.month, self.day)) is not None
        ]
        if not candidates:
            return None
        return min(candidates, key=lambda c: (_distance(c, dates), c))


def _distance(day: date, dates: Sequence[date]) -> int:
    """Days from ``day`` to the nearest of ``dates`` (sorted)."""
    i = bisect.bisect_left(dates, day)
    return min(abs((day - d).days) for d in dates[max(0, i - 1) : i + 1])


ALLOWANCE_DAYS = 7  # "Friday the 22nd" may be this far ahead
AHEAD_DAYS = 21  # a day or month named without its year may be this far ahead

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

_MONTH_NAMES: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        _MONTH_NAMES[_name.lower()] = _i
        _MONTH_NAMES[_name[:3].lower()] = _i
_MONTH_NAMES["sept"] = 9
MONTHS = sorted(_MONTH_NAMES, key=len, reverse=True)
FULL_MONTHS = [calendar.month_name[i].lower() for i in range(1, 13)]

_WEEKDAY_NAMES: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    _WEEKDAY_NAMES[_name.lower()] = _i
_WEEKDAY_ABBR: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}
WEEKDAYS = sorted(_WEEKDAY_NAMES, key=len, reverse=True)
WEEKDAYS_ANY = sorted([*_WEEKDAY_NAMES, *_WEEKDAY_ABBR], key=len, reverse=True)

_ORDINAL_WORDS: dict[str, int] = {}
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
for _i, _w in enumerate(_UNITS, 1):
    _ORDINAL_WORDS[_w] = _i
for _i, _w in enumerate(_TEENS, 10):
    _ORDINAL_WORDS[_w] = _i
for _i, _w in enumerate(_UNITS, 21):
    for _sep in ("-", " ", ""):
        _ORDINAL_WORDS[f"twenty{_sep}{_w}"] = _i
_ORDINAL_WORDS["thirtieth"] = 30
for _sep in ("-", " ", ""):
    _ORDINAL_WORDS[f"thirty{_sep}first"] = 31
ORDINALS = sorted(_ORDINAL_WORDS, key=len, reverse=True)

_COUNTS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a few": 3, "few": 3, "a couple of": 2, "a couple": 2, "couple of": 2, "several": 3,
}
COUNTS = sorted(_COUNTS, key=len, reverse=True)

_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASONS = list(_SEASONS)

# Words after which a bare year is surely a year ("in 2014", "since 2011").
STRONG_YEAR_CUES = [
    "in", "since", "until", "till", "during", "before", "after", "circa", "around",
    "through", "throughout", "year", "summer", "winter", "spring", "autumn", "fall",
]
# Words after which a number may be a count ("by 2000", "from 1500 to 2000").
WEAK_YEAR_CUES = ["by", "from", "to", "of", "and", "or", "between", "as of", "early as",
                  "late as", "than"]
# Words that may follow a year whose cue is weak ("from 2014 to 2018", "by 2020, the...").
AFTER_YEAR_OK = ["to", "and", "or", "through", "till", "until", "when", "after", "before",
                 "while", "as", "but", "in", "on", "at", "the", "with", "for", "that", "which",
                 "is", "was", "were", "had", "has", "have", "will", "would", "it", "they", "he",
                 "she", "we", "there", "this", "its", "their", "his", "her", "a", "an", "saw"]

_LISTS: dict[str, list[str]] = {
    "months": MONTHS,
    "full_months": FULL_MONTHS,
    "weekdays": WEEKDAYS,
    "weekdays_any": WEEKDAYS_ANY,
    "ordinals": ORDINALS,
    "counts": COUNTS,
    "seasons": SEASONS,
    "strong_cues": STRONG_YEAR_CUES,
    "weak_cues": WEAK_YEAR_CUES,
    "after_year_ok": AFTER_YEAR_OK,
}

_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.VERSION1


def _compile(pattern: str) -> regex.Pattern[str]:
    lists: dict[str, Any] = dict(_LISTS)
    return compile_pattern(pattern, _FLAGS, ignore_unused=True, **lists)


# --------------------------------------------------------------------------------------------
# Pieces (plain strings, composed into the rules below)
# --------------------------------------------------------------------------------------------

# "Aug." "August" "Sept" — never the start of a longer word ("Marching", "Mayor").
MONTH = r"(?<![\p{L}])(?P<month>\L<months>)(?![\p{L}])\.?"
# "Sunday" "Sun." — abbreviations only where a date follows.
WEEKDAY_ANY = r"(?<![\p{L}])(?P<wd>\L<weekdays_any>)(?![\p{L}])\.?"
# "3" "03" "3rd" "21st" "third" "twenty-first"; never part of a longer number or a time
DAY = (
    r"(?:(?P<day>(?<![\d.,$€£])(?<![$€£]\s)(?:[12]\d|3[01]|0?[1-9])(?!\d))(?:st|nd|rd|th)?(?![\p{L}\d])"
    r"(?!\s*(?::\d|[.,]\d|%|(?:a\.?m|p\.?m)\b))"
    r"|(?P<dayword>(?<![\p{L}])\L<ordinals>(?![\p{L}])))"
)
# "2017" "1994" — four digits, not part of a longer number ("2,500", "20171")
YEAR = r"(?P<year>(?<![\d,.])[12]\d{3}(?![\d]|,\d|\.\d))"
# "2017" as the year of a date: also "'17"? (no: too easily a quote)
SP = r"[ \t\u00a0]+"  # spaces within a line
SPS = r"[ \t\u00a0]*"


# --------------------------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------------------------


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def resolve_weekday(weekday: int, anchor: date) -> date:
    """The most recent day that is ``weekday`` (0 = Monday) on or before ``anchor``."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _month_day_year(m: int, d: int, anchor: date) -> date | None:
    """The year of a day and month given without one: most recent, allowing a few weeks."""
    limit = anchor + timedelta(days=AHEAD_DAYS)
    for y in range(limit.year, limit.year - 9, -1):
        found = _safe_date(y, m, d)
        if found is not None and found <= limit:
            return found
    return None


def _recent_month(m: int, anchor: date, strictly_before: bool = False) -> int:
    """The year of the most recent month ``m`` begun by ``anchor`` (plus ``AHEAD_DAYS``
    unless ``strictly_before``)."""
    if strictly_before:
        return anchor.year - 1 if m >= anchor.month else anchor.year
    limit = anchor + timedelta(days=AHEAD_DAYS)
    return limit.year if m <= limit.month else limit.year - 1


def _squash(words: str) -> str:
    """``words`` with single spaces between them."""
    return " ".join(words.split())


def _strip_the(words: str) -> str:
    return _squash(words).removeprefix("the ")


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _last_weekday(weekday: int, anchor: date) -> date:
    """ "last Friday": that day of the week before the anchor's. A Sunday closes the week it
    ends, so a Sunday paper's "last Wednesday" is of the week just ended, four days back;
    but not yesterday, which the paper calls "Saturday": its "last Saturday" is 8 days back."""
    if anchor.weekday() == 6:
        back = (6 - weekday) % 7 or 7
        return anchor - timedelta(days=back if back >= 2 else back + 7)
    return _week_start(anchor) - timedelta(days=7) + timedelta(days=weekday)


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


def _span(a: date, b: date, gran: str, weekday: int | None = None) -> DateRange:
    return DateRange(a, b, gran, weekday)


def _unknown(gran: str, weekday: int | None = None) -> DateRange:
    return DateRange(None, None, gran, weekday, anchored=False)


_PARTS_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_PARTS_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _part_word(word: str | None) -> str | None:
    if not word:
        return None
    w = _strip_the(word.lower().replace("-", " ").strip())
    if w.startswith(("early", "beginning", "start")):
        return "early"
    if w.startswith(("mid", "middle")):
        return "mid"
    if w.startswith(("late", "end")):
        return "late"
    return None


def _year_value(y: int, part: str | None = None) -> DateRange:
    if part is None:
        return _span(date(y, 1, 1), date(y, 12, 31), "year")
    a, b = _PARTS_OF_YEAR[part]
    return _span(date(y, a, 1), _month_end(y, b), "year-part")


def _month_value(y: int, m: int, part: str | None = None) -> DateRange:
    if part is None:
        return _span(date(y, m, 1), _month_end(y, m), "month")
    a, b = _PARTS_OF_MONTH[part]
    end = min(b, calendar.monthrange(y, m)[1])
    return _span(date(y, m, a), date(y, m, end), "month-part")


def _season_value(season: str, y: int) -> DateRange:
    """Meteorological seasons; ``y`` is the year the season ends in for winter."""
    first = _SEASONS[season.lower()]
    if first == 12:
        return _span(date(y - 1, 12, 1), _month_end(y, 2), "season")
    return _span(date(y, first, 1), _month_end(y, first + 2), "season")


def _is_capital_month(word: str) -> bool:
    """May / March / Mar are months only when written with a capital (not "may", "march")."""
    if word.lower() in ("may", "march", "mar"):
        return word[0].isupper()
    return True


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------

Builder = Callable[["regex.Match[str]", "date | None"], "tuple[DateRange, bool] | None"]


@dataclass(frozen=True)
class _Starts:
    """Where the matches of a pattern may begin, as lower-case literals (or their first
    letters): a match begins with one of them. ``anywhere`` may begin inside a word: the
    pattern does not look before them ("the" of "bathe 3 May" begins a day-first match);
    ``word`` begins a word, after no letter (a digit: after no digit), as a look-behind of the
    pattern demands. Only a quicker way to the same matches: a literal too many costs a try,
    one too few loses matches (a test holds every rule to its plain scan)."""

    anywhere: tuple[str, ...] = ()
    word: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: regex.Pattern[str]
    build: Builder
    need: regex.Pattern[str]
    starts: _Starts | None = None  # None: tried at every offset of its windows


def _g(m: regex.Match[str], name: str) -> str | None:
    """The text of group ``name`` of ``m``, or None where it took no part or the rule's pattern
    has no such group (builders ask for groups that only some rules have)."""
    number = _group_numbers(m.re).get(name)
    if number is None:
        return None
    v = m.group(number)
    return v if isinstance(v, str) else None


@functools.cache
def _group_numbers(pattern: regex.Pattern[str]) -> dict[str, int]:
    """``pattern.groupindex``, kept: a match asked for a group by name looks the name up in a
    new copy of it, and raises an error for a name it lacks (both slow: the builders ask for a
    few groups of every match)."""
    return dict(pattern.groupindex)


def _day_of(m: regex.Match[str]) -> int | None:
    digits = _g(m, "day")
    if digits:
        return int(digits)
    word = _g(m, "dayword")
    if word:
        return _ORDINAL_WORDS.get(_squash(word.lower()))
    return None


def _weekday_of(m: regex.Match[str]) -> int | None:
    w = _g(m, "wd")
    if not w:
        return None
    w = w.lower().rstrip(".")
    return _WEEKDAY_NAMES.get(w, _WEEKDAY_ABBR.get(w))


def _build_full_date(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    month_word = _g(m, "month") or ""
    if not _is_capital_month(month_word):
        return None
    mo = _MONTH_NAMES[month_word.lower()]
    day = _day_of(m)
    if day is None:
        return None
    wd = _weekday_of(m)
    year = _g(m, "year")
    if year:
        found = _safe_date(int(year), mo, day)
        if found is None:
            return None
        return _span(found, found, "day", wd), False
    if (
        _g(m, "dayword")
        and not _g(m, "wd")
        and not _g(m, "of")
        and month_word.lower() not in FULL_MONTHS
    ):
        return None  # "Jan first" without "of" or a weekday is too often prose
    if anchor is None:
        if not 1 <= day <= 31 or _safe_date(2000, mo, day) is None:
            return None
        return _unknown("day", wd), True
    found = _month_day_year(mo, day, anchor)
    if found is None:
        return None
    return _span(found, found, "day", wd), True


# A date that begins a name is no date: "crowds gathered in 9 May Square", "the March 23
# Movement", "the 6th of October Bridge"
_NOT_A_NAME = (
    r"(?!\s+(?-i:Square|Street|Avenue|Road|Park|Bridge|Stadium|Boulevard|Movement|Brigade"
    r"|Hospital|University|School|Martyrs|Mosque|Airport|Station|City)\b)"
)

# "Thursday, August 3, 2017" "Aug. 3" "Oct-2" "Dec. 31 , 1994" "Tue May 9" "September the 21st"
_MONTH_FIRST = _compile(
    rf"""
    (?:{WEEKDAY_ANY},?{SP}(?:the{SP})?)?
    {MONTH}(?:{SPS}[-/]{SPS}|{SPS}(?:the{SP})?|,{SPS}(?=\d\d?(?:st|nd|rd|th)))
    {DAY}
    (?:{SPS},?{SPS}{YEAR}|{SPS}[-/]{SPS}{YEAR}|,?{SP}(?:of|in){SP}{YEAR})?
    {_NOT_A_NAME}
    """
)

# "3 August 2017" "3rd of August" "16. Nov. 2016" "the second of Aug." "Wed, 22 of Jan" "3-Aug-17"
_DAY_FIRST = _compile(
    rf"""
    (?:{WEEKDAY_ANY},?{SP})?
    (?:the{SP})?
    {DAY}\.?(?:{SP}day)?(?:{SP}(?P<of>of){SP}|{SPS}-{SPS}|{SP})
    {MONTH}
    (?:{SPS},?{SPS}{YEAR}|-{YEAR}|,?{SP}(?:of|in){SP}{YEAR})?
    {_NOT_A_NAME}
    """
)

# "2017-08-03" "2015/08/12" "2015.5.13" "2019-sep-1"
_ISO = _compile(
    r"""
    (?<![\d])(?<!\d[-/.])(?P<year>[12]\d{3})(?P<sep>[-/.])
    (?:(?P<mnum>1[0-2]|0?[1-9])|(?P<month>\L<months>))
    (?P=sep)(?P<day>[12]\d|3[01]|0?[1-9])(?![\d]|[-/.]\d)
    """
)


def _build_iso(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    mnum = _g(m, "mnum")
    mo = int(mnum) if mnum else _MONTH_NAMES[(_g(m, "month") or "").lower()]
    found = _safe_date(int(m.group("year")), mo, int(m.group("day")))
    if found is None:
        return None
    return _span(found, found, "day"), False


# "Friday the 22nd" — a day of the month named by its weekday
_WEEKDAY_THE_DAY = _compile(
    rf"""
    (?<![\p{{L}}])(?P<wd>\L<weekdays>)(?![\p{{L}}]),?{SP}the{SP}{DAY}
    (?!-\p{{L}})  # not "Friday, the 29-year-old officer", "the 13-member panel"
    """
)


_NEXT_WORD = compile_pattern(r"[ \t\u00a0]+(\p{Ll}+)")
_FUNCTION_WORDS = {"of", "at", "in", "on", "and", "or", "to", "when", "as", "with", "for", "after",
                   "before", "by", "from", "until", "was", "is", "will", "the", "a", "that"}


def _build_weekday_the_day(
    m: regex.Match[str], anchor: date | None
) -> tuple[DateRange, bool] | None:
    day = _day_of(m)
    wd = _weekday_of(m)
    if day is None:
        return None
    if _g(m, "dayword"):
        nxt = _NEXT_WORD.match(m.string, m.end())
        if nxt and nxt.group(1) not in _FUNCTION_WORDS:
            return None  # "announced on Tuesday the first generation of ..."
    if anchor is None:
        return _unknown("day", wd), True
    first = anchor.replace(day=1)
    limit = anchor + timedelta(days=ALLOWANCE_DAYS)
    candidates: list[date] = []
    for k in range(-1, 4):
        month_start = _add_months(first, -k)
        found = _safe_date(month_start.year, month_start.month, day)
        if found is not None and found <= limit:
            candidates.append(found)
    if not candidates:
        return None
    # the most recent one whose weekday agrees; else the most recent (weekday kept as said)
    agreeing = [c for c in candidates if c.weekday() == wd]
    found = agreeing[0] if agreeing else candidates[0]
    return _span(found, found, "day", wd), True


# "March 2017" "mid-November 2017" "the end of May 2015" "November , 2016" "2016 june"
_MONTH_YEAR = _compile(
    rf"""
    (?:(?P<part>early|mid|middle|late|(?:the{SP})?(?:end|beginning|start|middle){SP}of)(?:{SP}|{SPS}-{SPS}))?
    (?:
        {MONTH}(?:{SP}of)?(?:{SPS},?{SPS}|[-/]){YEAR}
      | {YEAR}{SPS},?{SPS}{MONTH}
    )
    (?![\p{{L}}\d])
    """
)


def _build_month_year(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    month_word = _g(m, "month") or ""
    if not _is_capital_month(month_word):
        return None
    mo = _MONTH_NAMES[month_word.lower()]
    return _month_value(int(m.group("year")), mo, _part_word(_g(m, "part"))), False


# "in March" "last May" "early June" "since February" "this September" "the end of March"
# "February" (capitalised full name alone; May and March only after a cue)
_MONTH_ALONE = _compile(
    rf"""
    (?:
        (?P<rel>last|this|next|past|previous|early|mid|middle|late
            |(?:the{SP})?(?:end|beginning|start|middle){SP}of)(?:{SP}|{SPS}-{SPS})
      | (?P<cue>(?<![\p{{L}}])(?:in|since|until|till|by|during|through|from|before|after|of|and)
            {SP}(?:the{SP})?)
    )?
    (?<![\p{{L}}])(?P<month>\L<full_months>|(?:sept|sep|oct|nov|dec|jan|feb|aug)(?![\p{{L}}])\.?)
    (?![\p{{L}}])
    (?!{SPS}[-/]?{SPS}\d)
    {_NOT_A_NAME}
    (?:{SP}(?:of{SP})?(?P<yrel>this|last|next){SP}year(?![\p{{L}}]))?
    (?=(?P<after>{SP}\p{{Lu}})|)
    """
)


def _build_month_alone(
    m: regex.Match[str], anchor: date | None
) -> tuple[DateRange, bool] | None:
    month_word = m.group("month")
    rel = (_g(m, "rel") or "").lower()
    yrel = (_g(m, "yrel") or "").lower()  # "June last year", "October of next year"
    cue = _g(m, "cue") or yrel
    after = _g(m, "after")
    if after and after.strip()[:1].isupper() and not rel and not cue:
        return None  # "April Ryan", "June Carter": a name
    lower = month_word.lower().rstrip(".")
    if len(lower) <= 4 and lower not in ("june", "july") and not (rel or cue):
        return None  # "Jan", "Aug" alone
    if lower in ("may", "march") and not (rel or cue):
        return None
    if not month_word[0].isupper() and not (rel or cue):
        return None
    if lower in ("may", "march") and not month_word[0].isupper():
        return None
    mo = _MONTH_NAMES[lower]
    part = _part_word(rel)
    if anchor is None:
        return _unknown("month" if part is None else "month-part"), True
    if yrel:
        y = anchor.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif rel == "next":
        y = anchor.year + 1 if mo <= anchor.month else anchor.year
    elif rel == "this":
        y = anchor.year
    else:
        y = _recent_month(mo, anchor, strictly_before=rel in ("last", "past", "previous"))
    return _month_value(y, mo, part), True


# "in 2014" "since 2011" "late 2014" "mid-2016" "the year 2008" "between 2014 and 2018"
_YEAR_ALONE = _compile(
    rf"""
    (?:
        (?P<part>early|mid|middle|late|(?:the{SP})?(?:end|beginning|start|middle){SP}of)
            (?:{SP}|{SPS}-{SPS})(?:the{SP}year{SP})?
      | (?P<strong>(?<![\p{{L}}])\L<strong_cues>{SP}(?:the{SP}(?:year{SP}(?:of{SP})?)?)?)
      | (?P<weak>(?<![\p{{L}}])\L<weak_cues>{SP}(?:the{SP}year{SP})?)
      | (?P<yearword>(?<![\p{{L}}])year{SP}(?:of{SP})?)
      # "Its worst year on record was 2021, when 204 people were killed"
      | (?P<yearwas>(?<![\p{{L}}])year{SP}(?:[\p{{L}}]+{SP}){{0,3}}?(?:was|is|remains){SP})
      | (?P<thecue>(?<![\p{{L}}])the{SP})
      | (?P<acue>(?<![\p{{L}}])an?{SP})
    )
    {YEAR}(?!{SPS}[-/]{SPS}\d|\d|{SPS}\p{{L}}*s\b(?<=\ds))
    (?=(?P<next>{SP}(?P<nextword>\p{{L}}+))|)
    """
)


# Nouns that a count may qualify although they do not end in "s" ("the 2000 people").
_COUNT_NOUNS = {"people", "staff", "police", "personnel", "crew", "strong", "more", "other",
                "men", "women", "children", "cattle", "infantry", "militia", "of"}


# Plural nouns of events, which a year qualifies and no count does: "the 2019 clashes left 41
# dead", "the 2015 floods" (not "the 2000 people")
_EVENTS_OF_A_YEAR = frozenset({"clashes", "floods", "riots", "protests", "elections", "attacks",
                               "bombings", "killings", "shootings", "fires", "wildfires",
                               "earthquakes", "strikes", "talks", "polls", "games", "olympics",
                               "hostilities", "massacres", "uprisings", "landslides"})  # fmt: skip
# Nouns of one event, which a year after "a" qualifies: "a 2007 earthquake near Pisco killed
# 519", "a 2019 shooting" (not "a 2012 Honda", "a 1998 report": a model, a paper)
_EVENT_OF_A_YEAR = frozenset({"earthquake", "quake", "flood", "shooting", "attack", "bombing",
                              "fire", "blaze", "wildfire", "crash", "collision", "storm",
                              "hurricane", "typhoon", "cyclone", "tornado", "landslide",
                              "mudslide", "avalanche", "stampede", "explosion", "blast",
                              "derailment", "sinking", "massacre", "riot", "coup", "uprising",
                              "outbreak", "epidemic", "tsunami", "eruption", "collapse",
                              "offensive", "siege", "ambush", "raid"})  # fmt: skip
# Nouns after which a four-digit number is an address, not a year: "the 2000 block of Elm
# Avenue" (the usual way US police name where a crime happened), "the 1500 unit block".
_ADDRESS_NOUNS = {"block", "unit", "hundred"}


def _build_year_alone(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    y = int(m.group("year"))
    if (_g(m, "nextword") or "").lower() in _ADDRESS_NOUNS:
        return None
    part = _part_word(_g(m, "part"))
    if _g(m, "yearwas") and not 1900 <= y <= 2099:
        return None
    if _g(m, "acue"):
        noun = _g(m, "nextword") or ""
        if not 1900 <= y <= 2099 or noun not in _EVENT_OF_A_YEAR:
            return None
        return _year_value(y), False
    if _g(m, "thecue") and not part:
        # "the 1991 agreement", "the 2008 Beijing Olympics": a year as a modifier; "the 2000
        # people", "the 1500 troops", "the 2,500 Syrian refugees" are counts
        noun = _g(m, "nextword") or ""
        if not 1900 <= y <= 2099 or y % 100 == 0 or not noun:
            return None
        if (
            not noun[0].isupper()
            and (noun.endswith("s") or noun.lower() in _COUNT_NOUNS)
            and noun.lower() not in _EVENTS_OF_A_YEAR
        ):
            return None
        return _year_value(y), False
    if _g(m, "weak") and not _g(m, "part"):
        if not 1900 <= y <= 2099:
            return None
        nxt = _g(m, "nextword")
        if nxt and nxt.lower() not in AFTER_YEAR_OK:
            return None
    elif not 1000 <= y <= 2199:
        return None
    return _year_value(y, part), False


# Years from one to another: "in 2022-2023", "the 2022–23 outbreak", "in fiscal 2022/23",
# "between 2019 and 2021", "from 2014 to 2018" (not a case number: "Case No. 2016-18")
_YEAR_SPAN = _compile(
    rf"""
    (?<!(?:no\.|case|number|\#){SPS})
    (?:
        (?<![\d,.\#/-])(?P<first>[12]\d{{3}})(?:[-/]|{SPS}[–—]{SPS})(?P<last>(?:[12]\d)?\d{{2}})
      | (?<![\p{{L}}])between{SP}(?P<first>[12]\d{{3}}){SP}and{SP}(?P<last>[12]\d{{3}})
      | (?<![\p{{L}}])from{SP}(?P<first>[12]\d{{3}}){SP}(?:to|through|until|till){SP}
        (?P<last>[12]\d{{3}})
    )
    (?![\d\p{{L}}]|[-/.,]\d)
    """
)
_YEARS_IN_A_SPAN_MOST = 10

# Months from one to another: "between July 2024 and June 2025", "from March to June 2025"
_MONTH_SPAN = _compile(
    rf"""
    (?<![\p{{L}}])(?:between|from){SP}
    (?P<m1>\L<full_months>)(?:{SP}(?P<y1>[12]\d{{3}}))?{SP}
    (?:and|to|through|until|till){SP}
    (?P<m2>\L<full_months>){SP}(?P<y2>[12]\d{{3}})
    (?![\d\p{{L}}])
    """
)


def _build_month_span(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    last_year = int(m.group("y2"))
    first_month = _MONTH_NAMES[m.group("m1").lower()]
    last_month = _MONTH_NAMES[m.group("m2").lower()]
    y1 = m.group("y1")
    first_year = int(y1) if y1 else last_year - (1 if first_month > last_month else 0)
    first, last = date(first_year, first_month, 1), date(
        last_year, last_month, calendar.monthrange(last_year, last_month)[1]
    )
    if not first < last or (last - first).days > 366 * _YEARS_IN_A_SPAN_MOST:
        return None
    return _span(first, last, "span"), False


def _build_year_span(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    first, last = int(m.group("first")), m.group("last")
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if not 1900 <= first < end <= first + _YEARS_IN_A_SPAN_MOST:
        return None
    return _span(date(first, 1, 1), date(end, 12, 31), "span"), False


# "the 1990s" "1990s" "the early 2000s" "1990 s"
_DECADE = _compile(
    r"""
    (?:(?P<part>early|mid|late)[-\s]+)?
    (?:
        (?<![\d,.])(?P<decade>1[0-9]\d0|20\d0)[ ]?['’]?s
      | (?<![\p{L}\d,.])['’](?P<short>\d0)s
      | (?<![\p{L}\d,.'’])(?P<short>\d0)['’]s
    )(?![\p{L}\d])
    """
)


def _build_decade(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    short = _g(m, "short")
    start = int(m.group("decade")) if not short else (1900 if short >= "20" else 2000) + int(short)
    part = _part_word(_g(m, "part"))
    a, b = start, start + 9
    if part == "early":
        b = start + 3
    elif part == "mid":
        a, b = start + 3, start + 6
    elif part == "late":
        a = start + 6
    return _span(date(a, 1, 1), date(b, 12, 31), "decade"), False


# "summer 2012" "the fall of 2011" "autumn, 2011" "winter 2014-15" "this summer" "last winter"
_SEASON = _compile(
    rf"""
    (?:(?P<part>early|mid|late)[-\s]+)?
    (?:
        (?:the{SP})?(?P<season>\L<seasons>)(?:{SP}of)?{SPS},?{SPS}{YEAR}
            (?:[-/](?P<year2>\d\d|\d{{4}})(?!\d))?
      | (?P<rel>this|last|next|past)(?:{SP}|-)(?P<season2>\L<seasons>)
    )
    (?![\p{{L}}\d])
    """
)


def _build_season(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    season = _g(m, "season")
    if season:
        y = int(m.group("year"))
        if season.lower() == "winter":
            y2 = _g(m, "year2")
            # "winter 2014-15" ends in 2015; "winter 2014" ends in 2014
            return _season_value("winter", y + 1 if y2 else y), False
        return _season_value(season, y), False
    season = m.group("season2").lower()
    rel = m.group("rel").lower()
    if anchor is None:
        return _unknown("season"), True
    first = _SEASONS[season]
    # the season whose start is the most recent on or before the anchor
    y = anchor.year
    start = date(y, first, 1)
    if start > anchor:
        y -= 1
    current = _season_value(season, y + 1 if first == 12 else y)
    assert current.latest is not None and current.earliest is not None
    if rel == "next":
        y += 1
    elif rel in ("last", "past") and current.latest >= anchor:
        y -= 1
    return _season_value(season, y + 1 if first == 12 else y), True


# "the third quarter of 2009" "the first quarter of last year" "fourth-quarter results"
# "last quarter" "Q3 2009". Calendar quarters; an ordinal quarter without a year is read only
# before a word of accounts ("third-quarter profit"): "the fourth quarter" alone is as often
# a game's.
_QUARTER = _compile(
    rf"""
    (?<![\p{{L}}])
    (?:
        (?:the{SP})?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:{SP}|-)quarter
        (?:
            {SP}(?:of{SP})?(?:the{SP})?(?P<yrel>this|last|next|current|previous){SP}year
          | (?:{SP}of|{SPS},)?{SP}{YEAR}
          | (?=(?:{SP}|-)(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|growth|gdp
                |figures|report|net|income|output)(?![\p{{L}}]))
        )
      | (?P<rel>(?:the{SP})?(?:last|previous|past|current)|this|next){SP}quarter(?!{SP}of)
      | Q(?P<qn>[1-4]){SPS}{YEAR}
    )
    (?![\p{{L}}\d])
    """
)

_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4}
_OFFSETS = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1}


def _quarter_value(y: int, q: int) -> DateRange:
    return _span(date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter")


def _build_quarter(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    year = _g(m, "year")
    qn = _g(m, "qn")
    q = int(qn) if qn else _QUARTERS.get((_g(m, "q") or "").lower(), 0)
    if year and q:
        return _quarter_value(int(year), q), False
    if anchor is None:
        return _unknown("quarter"), True
    rel = _strip_the((_g(m, "rel") or "").lower())
    if rel:  # "last quarter": the one before the anchor's
        y, k = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + _OFFSETS[rel], 4)
        return _quarter_value(y, k + 1), True
    yrel = (_g(m, "yrel") or "").lower()
    if yrel:
        y = anchor.year + _OFFSETS[yrel]
    else:  # the most recent such quarter begun by the anchor
        y = anchor.year if date(anchor.year, 3 * q - 2, 1) <= anchor else anchor.year - 1
    return _quarter_value(y, q), True


# "today" "yesterday" "tonight" "the day before yesterday" "tomorrow"
_DAY_WORD = _compile(
    rf"""
    (?<![\p{{L}}])(?P<word>(?:the{SP})?day{SP}before{SP}yesterday|yesterday|today|tonight
        |tomorrow|this{SP}morning|this{SP}evening|this{SP}afternoon|last{SP}night)(?![\p{{L}}])
    """
)

_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
                "this morning": 0, "this evening": 0, "this afternoon": 0, "last night": -1}


def _build_day_word(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    word = _squash(m.group("word").lower())
    offset = -2 if "before" in word else _DAY_OFFSETS[word]
    if anchor is None:
        return _unknown("day"), True
    d = anchor + timedelta(days=offset)
    return _span(d, d, "day"), True


# "this week" "last month" "next year" "earlier this year" "late last year" "early this month"
_PERIOD = _compile(
    rf"""
    (?<![\p{{L}}])
    (?:(?P<part>earlier|early|mid|middle|late|later|(?:the{SP})?(?:end|beginning|start){SP}of)
        (?:{SP}|-)(?:in{SP})?)?
    (?P<rel>this|last|next|past|previous|coming|(?<=(?:earlier|later){SP}in{SP})the
        |(?<=(?:end|beginning|start){SP}of{SP})the|the{SP}past|the{SP}previous|the{SP}coming
        |the{SP}following|following|current)
    {SP}(?P<unit>week|month|year)(?![\p{{L}}])
    """
)


def _period(unit: str, anchor: date, offset: int) -> tuple[date, date]:
    if unit == "week":
        s = _week_start(anchor) + timedelta(weeks=offset)
        return s, s + timedelta(days=6)
    if unit == "month":
        s = _add_months(anchor.replace(day=1), offset)
        return s, _month_end(s.year, s.month)
    y = anchor.year + offset
    return date(y, 1, 1), date(y, 12, 31)


_ROLLING = {"week": 7, "month": 30}  # days that "the past week" ("the past month") go back


def _build_period(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    rel = _strip_the(m.group("rel").lower())
    unit = m.group("unit").lower()
    part_raw = (_g(m, "part") or "").lower()
    if rel in ("following", "coming") and unit != "week":
        return None
    if anchor is None:
        return _unknown(unit), True
    if rel == "past" and unit in _ROLLING and not part_raw:
        # "over the past week": the days up to the article, not the calendar week before it
        # (which "last week" names)
        return _span(anchor - timedelta(days=_ROLLING[unit]), anchor, "span"), True
    offset = {"this": 0, "the": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
              "coming": 1, "following": 1}[rel]
    a, b = _period(unit, anchor, offset)
    gran = unit
    if part_raw == "earlier" and offset == 0:
        b = max(a, anchor - timedelta(days=1))
        gran = f"{unit}-part"
    elif part_raw == "later" and offset == 0:
        a = min(b, anchor + timedelta(days=1))
        gran = f"{unit}-part"
    elif part_raw:
        part = _part_word(part_raw) or "mid"
        if unit == "year":
            return _year_value(a.year, part), True
        if unit == "month":
            return _month_value(a.year, a.month, part), True
        # early week Mon-Tue, mid Wed-Thu, late Fri-Sun
        lo, hi = {"early": (0, 1), "mid": (2, 3), "late": (4, 6)}[part]
        a, b = a + timedelta(days=lo), a + timedelta(days=hi)
        gran = "week-part"
    return _span(a, b, gran), True


# "two months ago" "three days ago" "a week ago" "a few years ago" "10 days ago"
_AGO = _compile(
    rf"""
    (?<![\p{{L}}\d])(?P<count>\L<counts>|\d{{1,3}})(?![\p{{L}}\d]){SP}
    (?P<unit>day|week|month|year)s?{SP}ago(?![\p{{L}}])
    """
)


def _build_ago(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    raw = m.group("count").lower()
    n = int(raw) if raw.isdigit() else _COUNTS[_squash(raw)]
    unit = m.group("unit").lower()
    if anchor is None:
        return _unknown(unit), True
    if unit == "day":
        d = anchor - timedelta(days=n)
    elif unit == "week":
        d = anchor - timedelta(weeks=n)
    elif unit == "month":
        d = _add_months(anchor, -n)
    else:
        d = _add_months(anchor, -12 * n)
    return _span(d, d, unit), True


# "in recent weeks" "in recent days" "over recent months"
_RECENT = _compile(
    rf"""
    (?<![\p{{L}}])(?:(?:in|over|during){SP}(?:the{SP})?)?recent{SP}(?P<unit>day|week|month|year)s
    (?![\p{{L}}])
    """
)

_RECENT_DAYS = {"day": 7, "week": 28, "month": 90, "year": 3 * 365}


def _build_recent(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    if anchor is None:
        return _unknown("span"), True
    back = _RECENT_DAYS[m.group("unit").lower()]
    return _span(anchor - timedelta(days=back), anchor, "span"), True


# "on Sunday" "by Wednesday" "Monday evening" "last Friday" "next Tuesday" "Sunday's attack"
_WEEKDAY = _compile(
    rf"""
    (?:(?P<rel>last|this|next|past|previous|coming|the{SP}following|following)(?:{SP}|{SPS}-{SPS}))?
    (?<![\p{{L}}])(?<!(?-i:Black|Cyber|Good|Ash|Easter|Palm|Super|Bloody|Holy|Maundy|Shrove){SP})
    (?P<wd>\L<weekdays>)(?![\p{{L}}])(?!s\b)(?:['’]s)?
    (?:{SP}(?P<tod>morning|afternoon|evening|night|night['’]s|morning['’]s|evening['’]s))?
    (?![\p{{L}}])
    """
)


# Words that put a bare weekday after them in the future, in one clause: "the truce is due to
# expire on Sunday", "schools will stay closed until Monday", "he was expected to appear in
# court Thursday", "is due in court Friday", "said the road would reopen on Friday", a
# headline's "vigil planned for Sunday"; not the
# narrator's "would" of what came after ("where he would die on Sunday"), nor across a comma
# ("who will be charged, was arrested on Monday"), nor "the fire was set on Monday".
_FUTURE_BEFORE = _compile(
    r"""
    (?:\b(?:will|shall|won['’]t)|['’]ll
      |\bwould(?!\s+(?:later|eventually|die|have|not\s+have|be\s+pronounced)\b)
      |\b(?:is|are|was|were|be)\s+(?:due|expected|scheduled|slated|(?:set|planned)\s+(?:to|for))
      |\b(?:plans?|planning|intends?)\s+to|\bto\s+(?:begin|start|resume)
      |\b(?:planned|scheduled|slated)\s+for
      |\b(?:called|calls|calling)\s+for
      # ("forecasters expect gusts of up to 70 km/h on Thursday", "forecasting gusts of up to
      # 45 mph through Thursday", "analysts expected humidity to stay low through Thursday")
      |\b(?:expects?|forecasts?|forecasting|predicts?|predicting)\b
      |\bexpected\s+(?:[\p{L}-]+\s+){0,3}?to\b
      # (what holds now, to a day to come: "a red flag warning is in effect through
      # Thursday", "the road remains closed until Monday"; not "remained closed until Monday")
      |\b(?:in\s+effect|in\s+force|remains?|stays?|continues?)\b
        (?=[^.!?;,"“”()\n]{0,40}\b(?:through|until|till|thru)\s+[^.!?;,"“”()\n]{0,20}$))
    # (a time of day's stops are no sentence's: "would hold a rally at 2 p.m. on Saturday")
    \b(?:[^.!?;,"“”()\n]|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){0,60}$
    """
)
_FUTURE_REACH = 90


def _in_the_future(m: regex.Match[str]) -> bool:
    if m.string.startswith(("'s", "’s"), m.end("wd")):
        return False  # "expected to recover from Saturday's crash": an event told of before
    start = m.start()
    return _FUTURE_BEFORE.search(m.string, max(0, start - _FUTURE_REACH), start) is not None


# A day of no week: "another ferry sank on a Friday", "every Sunday" (but "information on a
# Wednesday morning shooting" names one)
_ANY_SUCH_DAY = _compile(r"(?<![\p{L}])(?:on\s+a|any|every|each)\s+$")
_EVENT_NEXT = _compile(
    r"\s+(?:shooting|attack|crash|fire|blaze|stabbing|homicide|killing|murder|explosion|raid"
    r"|collision|robbery|protest|rally|storm|quake|earthquake|incident|accident|standoff)"
)


def _build_weekday(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    wd = _weekday_of(m)
    if wd is None:
        return None
    if _ANY_SUCH_DAY.search(m.string, max(0, m.start() - 10), m.start()) and not _EVENT_NEXT.match(
        m.string, m.end()
    ):
        return None
    word = m.group("wd")
    if word.islower() and len(m.group(0)) == len(word):
        pass  # lower-case weekdays are still weekdays ("on sunday")
    rel = _strip_the((_g(m, "rel") or "").lower())
    if rel == "following":
        return None  # "the following Friday": after some event, not after the article
    if anchor is None:
        return _unknown("day", wd), True
    if rel == "past":
        d = anchor - timedelta(days=(anchor.weekday() - wd) % 7 or 7)  # "this past Friday"
    elif rel in ("last", "previous"):
        d = _last_weekday(wd, anchor)
    elif rel == "this":
        d = _week_start(anchor) + timedelta(days=wd)
    elif rel == "next":
        d = _week_start(anchor) + timedelta(days=7 + wd)
    elif rel == "coming":
        d = anchor + timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
    elif _in_the_future(m):
        d = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    else:
        d = resolve_weekday(wd, anchor)
    return _span(d, d, "day", wd), True


# A night told by the two days it joins: "overnight Friday into Saturday", "late Friday into
# Saturday", "Friday night into early Saturday", "the night of Friday to Saturday" (the two
# days, one of which the event fell on; one of them alone is a day of it, not another day)
_WEEKDAY_NIGHT = _compile(
    rf"""
    (?:(?:overnight|late){SP}(?:from{SP})?|(?:the{SP})?night{SP}(?:of|from){SP})?
    (?<![\p{{L}}])(?P<wd>\L<weekdays>)(?![\p{{L}}])(?:{SP}(?:night|evening))?
    {SP}(?:into|to){SP}(?:early{SP})?
    (?P<wd2>\L<weekdays>)(?![\p{{L}}])(?:{SP}morning)?
    """
)


def _build_weekday_night(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    first, second = _weekday_of(m), _WEEKDAY_NAMES.get(m.group("wd2").lower())
    if first is None or second != (first + 1) % 7:
        return None  # "from Friday to Sunday": a stretch of days, not a night
    if anchor is None:
        return _unknown("span"), True
    last = resolve_weekday(second, anchor)
    return _span(last - timedelta(days=1), last, "span"), True


# Days of one month joined by a dash: "on the night of 3-4 May", "May 3-4", "clashes on 12–14
# March 2024" (the span of them: "4 May" alone is one of them, not the whole)
_DAY_SPAN = _compile(
    rf"""
    (?:(?P<month>\L<months>)\.?{SP})?
    (?<![\d.,$€£])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{SPS}[-–]{SPS}
    (?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|{SPS}[-–/:.]\d)
    (?(month)|{SP}(?P<month2>\L<months>)(?![\p{{L}}])\.?)
    (?:{SPS},?{SPS}{YEAR})?
    """
)
_MAX_SPAN_DAYS = 14


def _build_day_span(m: regex.Match[str], anchor: date | None) -> tuple[DateRange, bool] | None:
    month_word = _g(m, "month") or _g(m, "month2") or ""
    if not _is_capital_month(month_word):
        return None
    mo = _MONTH_NAMES[month_word.lower()]
    first, last = int(m.group("day")), int(m.group("day2"))
    if not 0 < last - first <= _MAX_SPAN_DAYS:
        return None  # ("scored 3-1 on May": no span of days)
    year = _g(m, "year")
    if year:
        start, end = _safe_date(int(year), mo, first), _safe_date(int(year), mo, last)
    elif anchor is None:
        return _unknown("span"), True
    else:
        end = _month_day_year(mo, last, anchor)
        start = _safe_date(end.year, mo, first) if end else None
    if start is None or end is None:
        return None
    return _span(start, end, "span"), not year


# What every match of a rule contains: rules run only in windows around these, so a long text
# without, say, a weekday name costs one quick scan for that rule.
_NEED_MONTH = _compile(r"(?<![\p{L}])\L<months>(?![\p{L}])")
_NEED_WEEKDAY = _compile(r"(?<![\p{L}])\L<weekdays>")
# (No letters in these two, so no case-insensitive flags: with them, the scan of the whole
# text that finds the windows takes three times as long, for the same matches.)
_NEED_YEAR = compile_pattern(r"(?<!\d)[12]\d{3}(?!\d)")
_NEED_ISO = compile_pattern(r"(?<!\d)[12]\d{3}[-/.]")
_NEED_DECADE = _compile(r"\d0[ ]?'?s")
_NEED_SEASON = _compile(r"\L<seasons>")
_DAY_WORDS = ("yesterday", "today", "tonight", "tomorrow", "morning", "evening", "afternoon",
              "night")  # fmt: skip
_NEED_DAY_WORD = _compile("|".join(_DAY_WORDS))
_NEED_PERIOD = _compile(r"week|month|year")
_NEED_AGO = _compile(r"ago")
_NEED_RECENT = _compile(r"recent")
_NEED_QUARTER = _compile(r"quarter|q[1-4]")


def _firsts(words: list[str]) -> tuple[str, ...]:
    """The first three letters of ``words``: fewer literals to look for, the same offsets."""
    return tuple(sorted({w[:3] for w in words}))


_WD = _firsts(WEEKDAYS_ANY)  # "mon" ... "sun", the start of every weekday name or abbreviation
_MO = _firsts(MONTHS)
_DIGITS = tuple("0123456789")
# "early", "mid(dle)", "late", "(the) end/beginning/start/middle of" before a month or year
_PART = ("early", "mid", "late", "the", "end", "beginning", "start")

# Where the needs' matches begin: a need with a word list is found by looking for its words.
_NEED_STARTS: dict[regex.Pattern[str], _Starts] = {
    _NEED_MONTH: _Starts(word=_MO),
    _NEED_WEEKDAY: _Starts(word=_WD),
    _NEED_SEASON: _Starts(anywhere=tuple(SEASONS)),
    _NEED_DAY_WORD: _Starts(anywhere=_DAY_WORDS),
    _NEED_PERIOD: _Starts(anywhere=("week", "month", "year")),
    _NEED_AGO: _Starts(anywhere=("ago",)),
    _NEED_RECENT: _Starts(anywhere=("recent",)),
    _NEED_QUARTER: _Starts(anywhere=("quarter", "q1", "q2", "q3", "q4")),
    # (a year begins a run of digits: a few tries, quicker than a scan of the text)
    _NEED_YEAR: _Starts(word=("1", "2")),
    _NEED_ISO: _Starts(word=("1", "2")),
}

# Where the matches of the rules with long windows begin (their patterns' first pieces).
_MONTH_FIRST_STARTS = _Starts(word=_WD + _MO)  # "Thursday, August 3" "Aug. 3"
# "Wed, 22 of Jan" "the second of Aug." "3rd of August" "third of August"
_DAY_FIRST_STARTS = _Starts(anywhere=("the",), word=_WD + _DIGITS + _firsts(ORDINALS))
# "mid-November 2017" "the end of May 2015" "2016 june"
_MONTH_YEAR_STARTS = _Starts(anywhere=_PART, word=(*_MO, "1", "2"))
_MONTH_STARTS = _Starts(  # "last May" "the end of March" "since February" "February"
    anywhere=("last", "this", "next", "past", "previous", *_PART),
    word=("in", "since", "until", "till", "by", "during", "through", "from", "before", "after",
          "of", "and", *_MO),
)
_YEAR_STARTS = _Starts(  # "mid-2016" "since 2011" "between 2014" "the year 2008" "the 1991 deal"
    anywhere=_PART,
    word=(*STRONG_YEAR_CUES, *(w.split()[0] for w in WEAK_YEAR_CUES), "year", "the", "a", "an"),
)
_PERIOD_STARTS = _Starts(  # "earlier this year" "the end of last month" "this week"
    word=("earl", "mid", "late", "the", "end", "beginning", "start", "this", "last", "next",
          "past", "previous", "coming", "following", "current"),
)
_WEEKDAY_STARTS = _Starts(  # "last Friday" "the following Friday" "Monday"
    anywhere=("last", "this", "next", "past", "previous", "coming", "the", "following"),
    word=_WD,
)

_RULES: tuple[_Rule, ...] = (
    _Rule("month-first", _MONTH_FIRST, _build_full_date, _NEED_MONTH, _MONTH_FIRST_STARTS),
    _Rule("day-first", _DAY_FIRST, _build_full_date, _NEED_MONTH, _DAY_FIRST_STARTS),
    _Rule("iso", _ISO, _build_iso, _NEED_ISO),
    _Rule("weekday-the-day", _WEEKDAY_THE_DAY, _build_weekday_the_day, _NEED_WEEKDAY,
          _Starts(word=_WD)),
    _Rule("month-year", _MONTH_YEAR, _build_month_year, _NEED_MONTH, _MONTH_YEAR_STARTS),
    _Rule("month", _MONTH_ALONE, _build_month_alone, _NEED_MONTH, _MONTH_STARTS),
    _Rule("year", _YEAR_ALONE, _build_year_alone, _NEED_YEAR, _YEAR_STARTS),
    _Rule("decade", _DECADE, _build_decade, _NEED_DECADE),
    _Rule("year-span", _YEAR_SPAN, _build_year_span, _NEED_YEAR,
          _Starts(word=("1", "2", "between", "from"))),
    _Rule("month-span", _MONTH_SPAN, _build_month_span, _NEED_MONTH,
          _Starts(word=("between", "from"))),
    _Rule("season", _SEASON, _build_season, _NEED_SEASON),
    _Rule("day-word", _DAY_WORD, _build_day_word, _NEED_DAY_WORD),
    _Rule("period", _PERIOD, _build_period, _NEED_PERIOD, _PERIOD_STARTS),
    _Rule("ago", _AGO, _build_ago, _NEED_AGO),
    _Rule("recent", _RECENT, _build_recent, _NEED_RECENT),
    _Rule("quarter", _QUARTER, _build_quarter, _NEED_QUARTER),
    _Rule("weekday", _WEEKDAY, _build_weekday, _NEED_WEEKDAY, _WEEKDAY_STARTS),
    _Rule("weekday-night", _WEEKDAY_NIGHT, _build_weekday_night, _NEED_WEEKDAY),
    _Rule("day-span", _DAY_SPAN, _build_day_span, _NEED_MONTH),
)

_MARGIN = 100  # longer than any mention ("the day before yesterday", "Wednesday, 22 of Jan")

class _Literals:
    """The offsets of literals in the lower-case copy of a text, each found once (``str.find``
    runs far faster than a pattern tried at every offset) and shared by the rules; a word's
    beginning is looked up in the text's index of words (shared with the rules' triggers)."""

    def __init__(self, text: str, words: WordIndex) -> None:
        self._low = words.lowered  # (``text.lower()``, made for the index)
        self._words = words
        self._found: dict[str, list[int]] = {}
        self._starts: dict[_Starts, list[int]] = {}
        self._runs: list[int] | None = None  # where the runs of digits begin
        self._idle_the: set[int] | None = None  # where "the" is followed by no date's word

    def _offsets(self, literal: str) -> list[int]:
        found = self._found.get(literal)
        if found is None:
            found = self._found[literal] = []
            find, at = self._low.find, self._low.find(literal)
            while at >= 0:
                found.append(at)
                at = find(literal, at + 1)
        return found

    def starts(self, spec: _Starts) -> list[int]:
        """Sorted offsets at which a match described by ``spec`` may begin."""
        found = self._starts.get(spec)
        if found is None:
            letters, numbers = _by_first_character(spec.word)
            parts = [self._offsets(literal) for literal in spec.anywhere]
            if letters:  # (most needs have literals alone)
                parts.append(self._words.starts(letters))
            if numbers:
                parts.append(self._numbers(numbers))
            parts = [p for p in parts if p]
            # one list (the usual case) is sorted as it is; several may share offsets
            found = parts[0] if len(parts) == 1 else sorted(set(chain.from_iterable(parts)))
            self._starts[spec] = found
        return found

    def starts_within(self, spec: _Starts, spans: list[tuple[int, int]]) -> list[int]:
        """Sorted offsets that include every one inside ``spans`` (a rule's windows, sorted and
        apart) at which a match described by ``spec`` may begin, as ``starts`` has them: a
        literal not found yet is looked for in the windows alone, a few hundred characters of
        a text often ten times as long (a rule is tried nowhere else)."""
        letters, numbers = _by_first_character(spec.word)
        words = self._words.starts(letters)
        runs = self._numbers(numbers) if numbers else []
        low, known = self._low, self._found
        found: list[int] = []
        for a, b in spans:
            for literal in spec.anywhere:
                offsets = known.get(literal)
                if offsets is not None:
                    found += _between(offsets, a, b)
                    continue
                stop = b + len(literal) - 1  # (one that begins in the window may end after it)
                at = low.find(literal, a, stop)
                while at >= 0:
                    found.append(at)
                    at = low.find(literal, at + 1, stop)
            found += _between(words, a, b)
            found += _between(runs, a, b)
        return sorted(set(found).difference(self._the_before_no_date()))

    def _the_before_no_date(self) -> set[int]:
        """The offsets of "the" at which no rule's match may begin (``_THE_BEFORE_A_DATE``):
        most of a text's, which the rules with "the" among their first words would try."""
        if self._idle_the is None:
            before_dates = {m.start() for m in _THE_BEFORE_A_DATE.finditer(self._low)}
            self._idle_the = set(self._offsets("the")).difference(before_dates)
        return self._idle_the

    def _numbers(self, literals: tuple[str, ...]) -> list[int]:
        """The offsets of ``literals`` (that begin with an ASCII digit) after no digit: the
        index has words, and a number begins after no digit. Numbers are few: the starts of
        the runs of digits are found once and each is compared with the literals."""
        if self._runs is None:
            self._runs = [m.start() for m in _DIGIT_RUN.finditer(self._low)]
        return [at for at in self._runs if self._low.startswith(literals, at)]


def _between(offsets: list[int], start: int, end: int) -> list[int]:
    """The run of ``offsets`` (sorted) in ``[start, end)``."""
    return offsets[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, end)]


# A rule's match that begins with "the" goes on, after spaces, with a digit or one of these
# words: "the 3rd of May", "the twenty-first of May", "the end of March", "the 1991 agreement",
# "the past week", "the following Friday" (the rules tried where their first words are, read
# for it: day-first, month-year, month, year, period, weekday). Most of a text's "the" ("the
# city", "there") are not tried. (A lookahead: a match takes no "the" after it.)
_THE_BEFORE_A_DATE = re.compile(
    r"the(?=[ \t\u00a0]+(?:[0-9]|"
    + "|".join(
        re.escape(w)
        for w in sorted(
            {"end", "beginning", "start", "middle", "past", "previous", "coming", "following",
             "week", "month", "year", *ORDINALS},
            key=len,
            reverse=True,
        )
    )
    + "))"
)  # fmt: skip


# (``regex``, not ``re``: ``re`` scans for a class of digits seven times as slowly)
_DIGIT_RUN = compile_pattern("[0-9]+")


@functools.cache
def _by_first_character(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``words`` that begin with a letter (looked up in the index of words) and those that
    begin with a digit (found among the numbers; all of them are ASCII digits)."""
    return (
        tuple(w for w in words if not w[0].isdigit()),
        tuple(w for w in words if w[0].isdigit()),
    )


def _literals(text: str) -> _Literals | None:
    """The literals of ``text``, or None where a lower-case copy could mislead
    (``homscheck.text.FOLDS_ODDLY``): then the plain scans read it."""
    words = word_index(text)
    return None if words is None else _Literals(text, words)


def _windows(
    need: regex.Pattern[str], text: str, literals: _Literals | None = None
) -> Iterator[tuple[int, int]]:
    """Merged spans of ``text`` within ``_MARGIN`` of a match of ``need``."""
    spec = _NEED_STARTS.get(need)
    if literals is not None and spec is not None:
        found = finditer_at(need, text, literals.starts(spec), 0, len(text))
    else:
        found = need.finditer(text)
    start = end = -1
    for m in found:
        a, b = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if a <= end:
            end = b
            continue
        if end > start:
            yield start, end
        start, end = a, b
    if end > start:
        yield start, end


# Groups that a rule matches for context but that are not part of the mention.
_CONTEXT_GROUPS = ("cue", "strong", "weak", "after", "next", "thecue", "acue", "yearwas")


@functools.cache
def _context_groups(pattern: regex.Pattern[str]) -> tuple[int, ...]:
    """The numbers of the context groups that ``pattern`` has (asking a match for a group it
    lacks raises an error, which is slow: most rules lack most of them; a number is looked up
    quicker than a name)."""
    index = pattern.groupindex
    return tuple(index[name] for name in _CONTEXT_GROUPS if name in index)


def _mention_span(m: regex.Match[str]) -> tuple[int, int]:
    start, end = m.span()
    for group in _context_groups(m.re):
        s, e = m.span(group)
        if s < 0:
            continue
        if s == start:
            start = e
        if e == end:
            end = s
    return start, end


@functools.lru_cache(maxsize=8)
def _rule_matches(text: str) -> tuple[tuple[regex.Match[str], ...], ...]:
    """Every rule's matches in ``text``, in rule order. Matching does not depend on the
    anchor, only building does: a document is read without its publication date (to infer
    it) and again with it, and the scan, most of the cost, is done once. Rules that share a
    ``need`` share its windows too."""
    literals = _literals(text)
    windows: dict[regex.Pattern[str], list[tuple[int, int]]] = {}
    found: list[tuple[regex.Match[str], ...]] = []
    for rule in _RULES:
        spans = windows.get(rule.need)
        if spans is None:
            spans = windows[rule.need] = list(_windows(rule.need, text, literals))
        if not spans:  # (half the articles name no month: where its rules begin is not asked)
            found.append(())
            continue
        starts = (
            None
            if literals is None or rule.starts is None
            else literals.starts_within(rule.starts, spans)
        )
        found.append(tuple(m for a, b in spans for m in _scan(rule, text, starts, a, b)))
    return tuple(found)


# A try at one offset may look through the rest of the window for a word the pattern needs
# ("the" of "Friday the 22nd"): in a window this long (dates packed together, or hostile
# input such as "Sunday " 50,000 times) one scan of every offset is cheaper.
_TRY_AT_MOST = 2000


def _scan(
    rule: _Rule, text: str, starts: list[int] | None, a: int, b: int
) -> Iterator[regex.Match[str]]:
    """``rule``'s matches in the window ``text[a:b]``, tried at ``starts`` where they are
    known."""
    if starts is None or b - a > _TRY_AT_MOST:
        return rule.pattern.finditer(text, a, b)
    return finditer_at(rule.pattern, text, starts, a, b)


def _plain_rule_matches(text: str) -> tuple[tuple[regex.Match[str], ...], ...]:
    """``_rule_matches`` by the plain scans alone (every offset of every window): what the
    quicker way must equal (tests)."""
    found: list[tuple[regex.Match[str], ...]] = []
    for rule in _RULES:
        spans = list(_windows(rule.need, text))
        found.append(tuple(m for a, b in spans for m in rule.pattern.finditer(text, a, b)))
    return tuple(found)


def _candidates(text: str, anchor: date | None) -> Iterator[DateMention]:
    for rule, matches in zip(_RULES, _rule_matches(text), strict=True):
        yield from _matches(rule, matches, text, anchor)


def _matches(
    rule: _Rule, matches: tuple[regex.Match[str], ...], text: str, anchor: date | None
) -> Iterator[DateMention]:
    for m in matches:
        built = rule.build(m, anchor)
        if built is None:
            continue
        value, relative = built
        start, end = _mention_span(m)
        if relative and anchor is not None and _SINCE_BEFORE.search(text, max(0, start - 8), start):
            value = _not_after(value, anchor)
        if relative and anchor is not None and value.weekday is None:
            value = _in_the_year_before(text, start, value, anchor)
        # trim trailing dots and spaces ("Aug." keeps its dot only inside a date)
        while end > start and text[end - 1] in " \t\u00a0,":
            end -= 1
        if end <= start:
            continue
        yield DateMention(start, end, text[start:end], value, relative)


# "since October 7": a date given without a year that only the past can have (the look-ahead of
# ``AHEAD_DAYS`` is for dates announced, not for those counted from)
_SINCE_BEFORE = compile_pattern(r"\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$", regex.IGNORECASE)


# A year named just before a date without one, in its clause: "In the 2021 regional election,
# held on 3 October" (not "Since 2019, ..." nor a year of another full date's)
_YEAR_BEFORE = compile_pattern(
    r"\b(?<!\b(?:since|until|till|by|from|before|after)\s+(?:(?:the|early|late|mid-?)\s+)?)"
    r"(?<!\d\s*,?\s*)(?<!\b(?:\L<months>)\.?,?\s+)"
    # (in the same clause: not "since its launch in 2003 and that as of February")
    r"(?P<year>1[89]\d\d|20\d\d)\b(?!\s*[-–/])"
    r"(?:(?!\b(?:and|but|that|while|whereas|said|says|as\s+of|now|this|last|next)\b)"
    r"[^.;:!?\n\d]){1,50}$",
    regex.IGNORECASE,
    months=MONTHS,
)


def _in_the_year_before(text: str, start: int, value: DateRange, anchor: date) -> DateRange:
    """A day or a month without a year, in the year the clause named just before it."""
    if value.granularity not in ("day", "month") or value.earliest is None or value.latest is None:
        return value
    m = _YEAR_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return value
    shift = int(m["year"]) - value.earliest.year
    if shift == 0 or int(m["year"]) > anchor.year:
        return value
    year = value.latest.year + shift
    last_day = calendar.monthrange(year, value.latest.month)[1]
    earliest = _safe_date(value.earliest.year + shift, value.earliest.month, value.earliest.day)
    latest = _safe_date(year, value.latest.month, min(value.latest.day, last_day))
    if earliest is None or latest is None:
        return value
    return DateRange(earliest, latest, value.granularity, value.weekday, value.anchored)


def _not_after(value: DateRange, anchor: date) -> DateRange:
    """A day or a month without a year that resolved after ``anchor``, a year earlier."""
    earliest, latest = value.earliest, value.latest
    if earliest is None or latest is None or earliest <= anchor or value.weekday is not None:
        return value
    if value.granularity not in ("day", "month", "month-part"):
        return value
    earlier = _safe_date(earliest.year - 1, earliest.month, earliest.day)
    last_day = calendar.monthrange(latest.year - 1, latest.month)[1]
    later = _safe_date(latest.year - 1, latest.month, min(latest.day, last_day))
    if earlier is None or later is None:
        return value
    return DateRange(earlier, later, value.granularity, value.weekday, value.anchored)


def find_dates(text: str, anchor: date | None) -> list[DateMention]:
    """Every date or date period in ``text``, left to right, non-overlapping."""
    if anchor is None:
        return list(_unanchored(text))
    return _chosen(text, anchor)


@functools.lru_cache(maxsize=8)
def _unanchored(text: str) -> tuple[DateMention, ...]:
    """``find_dates(text, None)``, kept: a document without a publication date is read for
    its dateline and, without one, again to infer the date (``homscheck.core``)."""
    return tuple(_chosen(text, None))


# A weekday that is a given name, set off as a name is: "the LGA chairman, Monday Kassah, said"
_NAMED_AFTER_A_DAY = compile_pattern(r"\s+\p{Lu}\p{Ll}+(?:,|\s+(?:said|says|told)\b)")
_SET_OFF_BEFORE = compile_pattern(r",\s*$")


def _a_given_name(text: str, c: DateMention) -> bool:
    return (
        c.text.lower() in _WEEKDAY_NAMES
        and _SET_OFF_BEFORE.search(text, max(0, c.start - 3), c.start) is not None
        and _NAMED_AFTER_A_DAY.match(text, c.end) is not None
    )


def _chosen(text: str, anchor: date | None) -> list[DateMention]:
    """The candidates of ``text`` chosen longest first, so that none overlap."""
    found = sorted(
        (c for c in _candidates(text, anchor) if not _a_given_name(text, c)),
        key=lambda c: (c.start - c.end, c.start),
    )
    starts: list[int] = []  # sorted starts of the mentions taken, which never overlap
    taken: dict[int, DateMention] = {}
    for c in found:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and taken[starts[i - 1]].end > c.start:
            continue  # overlaps the one that starts before it
        if i < len(starts) and starts[i] < c.end:
            continue  # overlaps the one that starts after it
        starts.insert(i, c.start)
        taken[c.start] = c
    return [taken[s] for s in starts]


# --------------------------------------------------------------------------------------------
# Publication date
# --------------------------------------------------------------------------------------------

# "Published: May 22, 2017, 12:28 pm" "Updated 3 March 2021" "Posted on March 3, 2021"
_LABEL = _compile(
    r"""
    ^[\s\W]*?(?:\p{L}[^\n|·•]{0,60}?[|·•—–-]\s*)?
    (?P<label>(?:first\s+)?published|last\s+updated|last\s+modified|updated|posted|modified
        |date(?:\s+published)?|dated|issued|released)
    (?:\s+(?:on|at))?\s*[:\-–]?\s*
    """
)
# The words a label is made of ("updated" has "date"): a line without one has no label.
_LABEL_WORDS = ("published", "modified", "posted", "date", "issued", "released")
_WORD = compile_pattern(r"\p{L}+")
_ISO_TEXT = compile_pattern(r"[12]\d{3}-\d\d?-\d\d?")
_TOP_LINES = 15
_LEFTOVER_WORDS = 6


class _FullDays:
    """The full dates (day, month and year) of a text, found in one scan of the whole text
    (the scan the rules reuse), to be asked for line by line."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._mentions: list[DateMention] | None = None
        self._starts: list[int] = []

    def first_in(self, start: int, end: int) -> DateMention | None:
        """The first full date inside ``text[start:end]``, with offsets from ``start``."""
        if self._mentions is None:
            self._mentions = [
                m
                for m in find_dates(self._text, None)
                if m.value.known and m.value.granularity == "day" and not m.relative
            ]
            self._starts = [m.start for m in self._mentions]
        i = bisect.bisect_left(self._starts, start)
        if i == len(self._mentions) or self._mentions[i].end > end:
            return None
        m = self._mentions[i]
        return DateMention(m.start - start, m.end - start, m.text, m.value, m.relative)


def _label_words(text: str) -> list[int] | None:
    """Sorted offsets of ``_LABEL_WORDS`` in the lower-case copy of ``text``, or None where
    that copy could mislead (``homscheck.text.FOLDS_ODDLY``): ``_LABEL`` (any case) is tried
    only on the lines that have one, a few of a text's lines."""
    words = word_index(text)
    if words is None:
        return None
    lowered, found = words.lowered, []
    for word in _LABEL_WORDS:
        at = lowered.find(word)
        while at >= 0:
            found.append(at)
            at = lowered.find(word, at + 1)
    return sorted(found)


_CLOCK_TIME = compile_pattern(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.\s?m\.?|[ap]m\b)|\b\d{1,2}:\d{2}\b", regex.IGNORECASE
)


def _leftover_ok(rest: str) -> bool:
    """What a dateline may hold beside its date: a byline, a time, a place; few words."""
    # (a time's "a.m."/"p.m." is no run of lower-case words: "Posted June 9, 2025 at 5:47 p.m.")
    words = _WORD.findall(_CLOCK_TIME.sub(" ", rest))
    if len(words) > _LEFTOVER_WORDS:
        return False
    # a sentence of the body has a verb-ish lower-case run; a dateline has names and times
    lower = [w for w in words if w.islower() and w not in ("am", "pm", "by", "on", "at", "and",
                                                             "the", "of", "utc", "gmt", "et")]
    return len(lower) <= 1


# A wire story's dateline opens its first paragraph: "LIMA, June 3, 2026 (Reuters) - A bus...",
# "GOMA, Democratic Republic of Congo, Feb. 8, 2026 (AFP) — ...": a place (a few capitalised
# words, a comma), the date, the agency perhaps, a dash; the body follows on the same line.
_WIRE_WORD = r"(?:\p{Lu}[\p{L}.'’-]*|of|de|del|la|le|al|el|the|and)"
_WIRE_NAME = rf"\p{{Lu}}[\p{{L}}.'’-]*(?:[ ]{_WIRE_WORD}){{0,4}}"  # "Democratic Republic of Congo"
_WIRE_PLACE = compile_pattern(
    rf"^\s*(?!(?:In|On|At|By|Since|Until|After|Before|From|For|Then|And|But)\b)"
    rf"{_WIRE_NAME}(?:,[ ]{_WIRE_NAME}){{0,2}},\s*$"
)
_WIRE_AFTER = compile_pattern(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—]{1,2}|:)(?:\s|$)")


def _wire_dateline(line: str, start: int, end: int) -> bool:
    """Whether the date at ``line[start:end]`` is a wire dateline's (``_WIRE_PLACE``)."""
    return (
        _WIRE_PLACE.match(line, 0, start) is not None
        and _WIRE_AFTER.match(line, end) is not None
    )


def find_publication_date(text: str) -> Dateline | None:
    """The article's publication date, from a dateline ("Published: May 22, 2017").

    A labelled line ("Published", "Posted", "Updated", "Last updated", "First published",
    "Date") counts anywhere in the text; an unlabelled date counts only near the top (first
    15 lines), alone on its line or beside a byline or a time ("By Jane Doe | March 3, 2021",
    "2014-01-28 09:00"). When both kinds of label are there, the earliest date labelled as
    published wins over "updated"/"modified" ones; unlabelled lines come after published and
    before updated ones. A date inside a sentence of the body is never a dateline.
    """
    published: list[Dateline] = []
    plain: list[Dateline] = []
    updated: list[Dateline] = []
    days = _FullDays(text)
    labels = _label_words(text)
    offset = 0
    for number, line in enumerate(text.split("\n")):
        line_start = offset
        offset += len(line) + 1
        if not line.strip() or len(line) > 300:
            continue
        maybe = labels is None or any_within(labels, line_start, line_start + len(line))
        label = _LABEL.match(line) if maybe else None
        if label is None and number >= _TOP_LINES:
            continue  # only a labelled line counts this far down: skip reading its dates
        mention = days.first_in(line_start, line_start + len(line))
        if mention is None or mention.value.earliest is None:
            continue
        found = Dateline(
            mention.value.earliest,
            line_start + mention.start,
            line_start + mention.end,
            mention.text,
        )
        if label is not None and label.end() >= mention.start - 3:
            kind = label.group("label").lower()
            rest = line[mention.end:]
            if not _leftover_ok(rest):
                continue
            if "updated" in kind or "modified" in kind:
                updated.append(found)
            else:
                published.append(found)
            continue
        if number >= _TOP_LINES:
            continue
        rest = line[: mention.start] + " " + line[mention.end:]
        at_start = not line[: mention.start].strip()
        if (
            (at_start and _ISO_TEXT.fullmatch(mention.text))
            or _leftover_ok(rest)
            or _wire_dateline(line, mention.start, mention.end)
        ):
            plain.append(found)
    if published:
        return min(published, key=lambda d: (d.published, d.start))
    if plain:
        return plain[0]
    if updated:
        return min(updated, key=lambda d: (d.published, d.start))
    return None


# A leap year's last day, to read a day and month without a year ("Feb 29" is a day of 2000).
_ANY_YEAR = date(2000, 12, 31)


def find_yearless_dateline(text: str) -> YearlessDateline | None:
    """A wire dateline near the top whose date has no year ("GUSAU, Nigeria, Feb 20 (Reuters) -
    Gunmen ..."), as Reuters and AFP write them. Its year is not in the article: the cluster
    it is read with tells it (``homscheck.core.compare``)."""
    mentions = [m for m in _unanchored(text) if not m.value.known and m.value.weekday is None]
    if not mentions:
        return None
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if number >= _TOP_LINES:
            break
        line_start = offset
        offset += len(line) + 1
        for m in mentions:
            if not line_start <= m.start < m.end <= line_start + len(line):
                continue
            if not _wire_dateline(line, m.start - line_start, m.end - line_start):
                continue
            read = find_dates(m.text, _ANY_YEAR)
            if len(read) != 1 or read[0].value.granularity != "day":
                continue
            day = read[0].value.earliest
            if day is None or day != read[0].value.latest:
                continue
            return YearlessDateline(day.month, day.day, m.start, m.end, m.text)
    return None


def _debug(text: str, anchor: date | None = None) -> list[dict[str, Any]]:  # pragma: no cover
    return [
        {"text": m.text, "start": m.start, "value": m.value.describe(), "rel": m.relative}
        for m in find_dates(text, anchor)
    ]


_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
# A later day, told with how long after the event it came: "The temple reopened on Tuesday,
# two days after a stampede at its gate killed 14", "He was buried Saturday, a week after the
# shooting", "On Sunday, the day after the crash, ..."
DAYS_AFTER = compile_pattern(
    r",?\s+(?:just\s+|only\s+|exactly\s+)?"
    r"(?:(?P<count>\L<counts>|\d{1,2})\s+(?P<unit>days?|weeks?)|the\s+(?P<unit>day))"
    # ("on Sunday, a day after fighters from the group killed 30 soldiers")
    r"\s+after\s+(?:(?:the|a|an)\s+)?(?=\p{L})",
    regex.IGNORECASE,
    counts=list(_DAY_COUNTS),
)


def days_in(after: regex.Match[str]) -> int | None:
    """The days a match of ``DAYS_AFTER`` counts (up to 60)."""
    count = after["count"]
    number = 1 if count is None else _DAY_COUNTS.get(count.casefold()) or int(count)
    days = number * (7 if after["unit"].casefold().startswith("week") else 1)
    return days if 0 < days <= 60 else None


def days_before(day: DateRange, days: int) -> DateRange:
    """The day ``days`` before ``day`` (a weekday, where it is not anchored to a date)."""
    if day.earliest is None or day.latest is None:  # a weekday not anchored to a date
        weekday = None if day.weekday is None else (day.weekday - days) % 7
        return DateRange(None, None, "day", weekday=weekday, anchored=False)
    earlier = day.earliest - timedelta(days=days)
    return DateRange(earlier, earlier, "day", weekday=earlier.weekday())
