"""The date reader: forms, anchoring, false positives, datelines, robustness."""

from __future__ import annotations

import time
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.dates import (
    DateMention,
    YearlessDateline,
    find_dates,
    find_publication_date,
    find_yearless_dateline,
    resolve_weekday,
)
from homscheck.model import DateRange

MON = date(2017, 5, 22)  # a Monday
SUN = date(2017, 5, 21)  # a Sunday


def only(text: str, anchor: date | None = MON) -> DateMention:
    found = find_dates(text, anchor)
    assert len(found) == 1, [m.text for m in found]
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


def span(text: str, anchor: date | None = MON) -> tuple[str, str, str]:
    m = only(text, anchor)
    v = m.value
    assert v.earliest is not None and v.latest is not None
    return v.earliest.isoformat(), v.latest.isoformat(), v.granularity


def day(text: str, anchor: date | None = MON) -> str:
    a, b, gran = span(text, anchor)
    assert a == b and gran == "day", (a, b, gran)
    return a


# --- explicit dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected, quote",
    [
        ("The convoy left on September 14, 2016, at dawn.", "2016-09-14", "September 14, 2016"),
        ("Talks resumed Sept. 14, 2016 in Geneva.", "2016-09-14", "Sept. 14, 2016"),
        ("Talks resumed Sep 14 2016 in Geneva.", "2016-09-14", "Sep 14 2016"),
        ("The bridge was hit on 9 February 2015.", "2015-02-09", "9 February 2015"),
        ("The bridge was hit on the 9th of February, 2015.", "2015-02-09",
         "the 9th of February, 2015"),
        ("A ceasefire began on 2015-02-09 at midnight.", "2015-02-09", "2015-02-09"),
        ("Officials met on Dec. 1st, 2019 in Ankara.", "2019-12-01", "Dec. 1st, 2019"),
        ("It was Nov 30, 2016.", "2016-11-30", "Nov 30, 2016"),
    ],
)
def test_explicit_dates(text: str, expected: str, quote: str) -> None:
    m = only(text)
    assert m.value.earliest == date.fromisoformat(expected) == m.value.latest
    assert m.text == quote
    assert m.relative is False
    assert m.value.weekday is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The worst outbreak came in 2014-2016, officials said.", ("2014-01-01", "2016-12-31")),
        ("The 2009–10 season was the wettest.", ("2009-01-01", "2010-12-31")),
        ("Spending rose in fiscal 2021/22 again.", ("2021-01-01", "2022-12-31")),
        ("Between 2011 and 2013, the camp doubled.", ("2011-01-01", "2013-12-31")),
        ("He served from 1998 to 2004 in the navy.", ("1998-01-01", "2004-12-31")),
    ],
)  # fmt: skip
def test_years_from_one_to_another(text: str, expected: tuple[str, str]) -> None:
    assert span(text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    ["Case No. 2016-18 was closed.", "He filed form 1040-55 late.", "It ran 2019-2045 in a test."],
)  # fmt: skip
def test_no_years_from_one_to_another(text: str) -> None:
    assert [m for m in find_dates(text, MON) if m.value.granularity == "span"] == []


def test_weekday_with_date_is_one_mention() -> None:
    m = only("The strike came on Wednesday, September 14, 2016, before noon.")
    assert m.text == "Wednesday, September 14, 2016"
    assert m.value.earliest == date(2016, 9, 14)
    assert m.value.weekday == 2


def test_wrong_weekday_is_kept_as_said() -> None:
    m = only("The strike came on Friday, September 14, 2016.")
    assert m.value.earliest == date(2016, 9, 14)  # a Wednesday
    assert m.value.weekday == 4  # what the text said: callers can flag the mismatch


def test_date_with_time() -> None:
    assert day("Posted May 22, 2017, 12:28 pm by the desk.") == "2017-05-22"


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("Fighting flared on Aug 3.", date(2017, 9, 1), "2017-08-03"),
        ("Fighting flared on August 3.", date(2017, 5, 22), "2016-08-03"),
        ("Fighting flared on December 30.", date(2017, 1, 5), "2016-12-30"),
        ("Fighting flared on 30 December.", date(2017, 1, 5), "2016-12-30"),
        ("Voting starts on May 25.", date(2017, 5, 22), "2017-05-25"),  # within the allowance
        ("The deal closes on June 10.", date(2017, 5, 22), "2017-06-10"),  # 19 days ahead
        ("The deal closed on June 20.", date(2017, 5, 22), "2016-06-20"),  # 29 days: a year back
        ("It happened on Feb 29.", date(2017, 3, 1), "2016-02-29"),
        # counted from: only the past ("since" a date within the allowance is a year back)
        ("It has killed 300 since May 25.", date(2017, 5, 22), "2016-05-25"),
        ("It has killed 300 since May 20.", date(2017, 5, 22), "2017-05-20"),
    ],
)
def test_day_month_without_year(text: str, anchor: date, expected: str) -> None:
    m = only(text, anchor)
    assert m.relative is True
    assert day(text, anchor) == expected


def test_day_month_without_anchor_stays_unknown() -> None:
    m = only("Fighting flared on August 3.", None)
    assert m.value == DateRange(None, None, "day", None, anchored=False)
    assert m.relative


def test_impossible_dates_are_not_read() -> None:
    assert find_dates("On February 30, 2017 nothing happened.", MON) == []
    assert find_dates("2017-02-30", MON) == []
    assert find_dates("2017-13-01", MON) == []


# --- weekdays ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("Shelling resumed on Sunday.", MON, "2017-05-21"),
        ("Shelling resumed on Sunday.", SUN, "2017-05-21"),  # the same day
        ("Sunday saw heavy shelling.", MON, "2017-05-21"),
        ("They must leave by Wednesday.", MON, "2017-05-17"),
        ("Monday evening brought calm.", MON, "2017-05-22"),
        ("A blast on Tuesday night.", MON, "2017-05-16"),
        ("Troops moved in last Friday.", MON, "2017-05-19"),
        ("Troops moved in last Sunday.", SUN, "2017-05-14"),  # "last" is strictly before
        # a Sunday closes its week: "last Wednesday" of the week just ended, not yesterday
        ("Troops moved in last Wednesday.", SUN, "2017-05-17"),
        ("Troops moved in last Saturday.", SUN, "2017-05-13"),
        # ... as a Thursday's "last Tuesday" is of the week before its own
        ("Troops moved in last Tuesday.", date(2017, 5, 25), "2017-05-16"),
        # "this past Tuesday": the most recent one
        ("Troops moved in this past Tuesday.", date(2017, 5, 25), "2017-05-23"),
        ("Saturday's attack", date(2017, 3, 1), "2017-02-25"),  # across a month boundary
        ("on Friday", date(2017, 1, 2), "2016-12-30"),  # across a year boundary
        ("on Thursday", date(2016, 3, 1), "2016-02-25"),
    ],
)
def test_weekdays_resolve_to_the_past(text: str, anchor: date, expected: str) -> None:
    m = only(text, anchor)
    assert m.relative
    assert day(text, anchor) == expected
    assert m.value.weekday == date.fromisoformat(expected).weekday()


def test_weekday_without_anchor() -> None:
    m = only("Shelling resumed on Sunday.", None)
    assert m.value == DateRange(None, None, "day", weekday=6, anchored=False)
    assert m.text == "Sunday"


def test_future_weekday_only_when_said() -> None:
    assert day("The vote is next Tuesday.", MON) == "2017-05-30"
    assert day("The vote is this Friday.", MON) == "2017-05-26"



@pytest.mark.parametrize(
    "text, expected",
    [
        ("The truce is due to expire at 18:00 local time on Sunday.", "2017-05-28"),
        ("Schools will stay closed until Wednesday, officials said.", "2017-05-24"),
        ("He was expected to appear in juvenile court Thursday.", "2017-05-25"),
        ("The ministry said the road would reopen on Friday.", "2017-05-26"),
        ("The funeral is scheduled to take place on Monday.", "2017-05-22"),  # today
        ("Organisers plan to march again on Saturday.", "2017-05-27"),
        ("The union said it would hold a rally at 2 p.m. on Saturday.", "2017-05-27"),
        ("Forecasters expect gusts of up to 70 km/h on Thursday.", "2017-05-25"),
        ("They are forecasting gusts of up to 45 mph through Thursday.", "2017-05-25"),
        ("Analysts expected humidity to stay below 10% through Thursday.", "2017-05-25"),
        # what holds now, to a day to come
        ("A red flag warning is in effect through Thursday evening.", "2017-05-25"),
        ("The highway remains closed until Friday, police said.", "2017-05-26"),
        ("The curfew stays in force till Saturday.", "2017-05-27"),
        # a headline's list: "driver arrested | vigil planned for Sunday"
        ("Driver arrested at scene | vigil planned for Sunday", "2017-05-28"),
        # the past, whatever comes before
        ("He was taken to hospital, where he would die on Sunday.", "2017-05-21"),
        ("The man, who will be charged, was arrested on Friday.", "2017-05-19"),
        ("Three are expected to recover from Saturday's crash.", "2017-05-20"),
        ("Schools stayed closed until Wednesday.", "2017-05-17"),
        ("The highway remained closed until Friday, police said.", "2017-05-19"),
        ("The warning remains, but the fire began on Thursday.", "2017-05-18"),
        ("The fire was set on Friday, investigators said.", "2017-05-19"),
        ("He will be charged. He was arrested on Friday.", "2017-05-19"),
    ],
)
def test_a_weekday_after_words_of_the_future_is_ahead(text: str, expected: str) -> None:
    assert day(text, MON) == expected


def test_plural_weekday_is_not_a_date() -> None:
    assert find_dates("Markets close on Sundays.", MON) == []


@given(st.integers(0, 6), st.dates(date(1900, 1, 8), date(2100, 1, 1)))
def test_resolve_weekday(weekday: int, anchor: date) -> None:
    d = resolve_weekday(weekday, anchor)
    assert d.weekday() == weekday
    assert anchor - timedelta(days=6) <= d <= anchor


# --- relative words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Protests grew today.", ("2017-05-22", "2017-05-22", "day")),
        ("Protests grew yesterday.", ("2017-05-21", "2017-05-21", "day")),
        ("Protests will grow tonight.", ("2017-05-22", "2017-05-22", "day")),
        ("Protests grew this week.", ("2017-05-22", "2017-05-28", "week")),
        ("Protests grew last week.", ("2017-05-15", "2017-05-21", "week")),
        ("Talks are due next week.", ("2017-05-29", "2017-06-04", "week")),
        ("Protests grew last month.", ("2017-04-01", "2017-04-30", "month")),
        ("Protests grew last year.", ("2016-01-01", "2016-12-31", "year")),
        ("Protests grew this year.", ("2017-01-01", "2017-12-31", "year")),
        ("Protests grew earlier this year.", ("2017-01-01", "2017-05-21", "year-part")),
        ("Protests grew earlier this month.", ("2017-05-01", "2017-05-21", "month-part")),
        ("Protests grew early this month.", ("2017-05-01", "2017-05-10", "month-part")),
        ("Protests grew two months ago.", ("2017-03-22", "2017-03-22", "month")),
        ("Protests grew three days ago.", ("2017-05-19", "2017-05-19", "day")),
        ("Protests grew a week ago.", ("2017-05-15", "2017-05-15", "week")),
        ("Protests grew in recent weeks.", ("2017-04-24", "2017-05-22", "span")),
        # "the past week" is the days up to now; "last week" the calendar week before
        ("Protests grew over the past week.", ("2017-05-15", "2017-05-22", "span")),
        ("Protests grew in the past month.", ("2017-04-22", "2017-05-22", "span")),
    ],
)
def test_relative_words(text: str, expected: tuple[str, str, str]) -> None:
    assert span(text) == expected
    assert only(text).relative


def test_relative_words_without_anchor() -> None:
    for text in ("yesterday", "last month", "two weeks ago", "in recent days", "this week"):
        m = only(text, None)
        assert not m.value.known and not m.value.anchored


def test_days_after_is_not_a_date() -> None:
    assert find_dates("Days after the blast, officials resigned.", MON) == []
    assert find_dates("Two days after the vote, talks failed.", MON) == []


# --- months -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("The siege began in March.", MON, ("2017-03-01", "2017-03-31", "month")),
        ("The siege began in October.", MON, ("2016-10-01", "2016-10-31", "month")),
        ("The siege began in May.", MON, ("2017-05-01", "2017-05-31", "month")),
        ("The siege began last May.", MON, ("2016-05-01", "2016-05-31", "month")),
        ("The siege began last March.", MON, ("2017-03-01", "2017-03-31", "month")),
        ("The siege began in May 2015.", MON, ("2015-05-01", "2015-05-31", "month")),
        ("The siege began March 2017.", MON, ("2017-03-01", "2017-03-31", "month")),
        ("The siege began in early May.", MON, ("2017-05-01", "2017-05-10", "month-part")),
        ("The siege began in mid-January.", MON, ("2017-01-11", "2017-01-20", "month-part")),
        ("The siege began in late February 2016.", MON, ("2016-02-21", "2016-02-29", "month-part")),
        ("The siege began at the end of March.", MON, ("2017-03-21", "2017-03-31", "month-part")),
        ("The February offensive failed.", MON, ("2017-02-01", "2017-02-28", "month")),
        ("Talks resume in June.", MON, ("2017-06-01", "2017-06-30", "month")),  # 10 days ahead
        ("Talks resume by early June.", MON, ("2017-06-01", "2017-06-10", "month-part")),
        ("The town fell in June last year.", MON, ("2016-06-01", "2016-06-30", "month")),
        ("The base closes after October of next year.", MON,
         ("2018-10-01", "2018-10-31", "month")),
        ("Aid came in March this year.", MON, ("2017-03-01", "2017-03-31", "month")),
        ("Prices fell at the beginning of the year.", MON,
         ("2017-01-01", "2017-04-30", "year-part")),
    ],
)
def test_months(text: str, anchor: date, expected: tuple[str, str, str]) -> None:
    assert span(text, anchor) == expected


def test_month_without_anchor() -> None:
    m = only("The siege began in March.", None)
    assert m.value == DateRange(None, None, "month", anchored=False)
    assert m.text == "March"
    assert m.relative


# --- quarters, years as modifiers, named days ----------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The firm lost $6 billion in the first quarter of 2016.", ("2016-01-01", "2016-03-31")),
        ("Exports grew in the third quarter of this year.", ("2017-07-01", "2017-09-30")),
        ("In the fourth quarter of last year, exports fell.", ("2016-10-01", "2016-12-31")),
        ("For the final quarter of 2015, the mill made a profit.", ("2015-10-01", "2015-12-31")),
        ("Its third-quarter results were weak.", ("2016-07-01", "2016-09-30")),
        ("Imports fell last quarter.", ("2017-01-01", "2017-03-31")),
        ("Imports fell in Q3 2016.", ("2016-07-01", "2016-09-30")),
    ],
)
def test_quarters(text: str, expected: tuple[str, str]) -> None:
    assert span(text) == (*expected, "quarter")


@pytest.mark.parametrize(
    "text", ["He scored in the fourth quarter.", "A quarter of the town fled.",
             "They led in the last quarter of the game."]
)
def test_quarters_of_other_things(text: str) -> None:
    assert find_dates(text, MON) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The truce replaced the 1994 accord between the parties.", "1994"),
        ("Crowds came for the 2012 London Olympics.", "2012"),
    ],
)
def test_year_as_a_modifier(text: str, expected: str) -> None:
    m = only(text)
    assert m.text == expected
    assert span(text) == (f"{expected}-01-01", f"{expected}-12-31", "year")


@pytest.mark.parametrize(
    "text", ["The 2000 people fled.", "The 1991 troops left.", "The 2011 of them left."]
)
def test_count_after_the_is_not_a_year(text: str) -> None:
    assert find_dates(text, MON) == []


def test_named_days_are_not_recent_weekdays() -> None:
    assert find_dates("Stocks fell on the anniversary of Black Monday.", MON) == []
    assert find_dates("Shops opened early on Good Friday.", MON) == []
    assert day("It was a good Friday for the rebels.") == "2017-05-19"


def test_weekday_the_first_before_a_noun() -> None:
    m = only("The firm announced on Sunday the first generation of its drones.")
    assert m.text == "Sunday"
    assert day("The firm announced on Sunday the first generation of its drones.") == "2017-05-21"


@pytest.mark.parametrize(
    "text",
    [
        "It may rain later.",
        "May I ask a question?",
        "Officials said they may withdraw.",
        "Protesters march through the city.",
        "The march on the capital was peaceful.",
        "The March on Washington is remembered.",
        "Forces may 3 times try again.",
        "April Ryan asked a question.",
        "He was 3 years old.",
        "The flood hit 12 villages.",
        "A rally at 12:28 pm drew crowds.",
        "Some 2,500 people fled and 300,000 stayed.",
        "Call 555-0123 for help.",
        "It was the seventh year of war.",
        "The toll rose by 2000 people.",
        "They marched 20 miles.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, MON) == []


def test_may_and_march_as_months() -> None:
    assert day("On May 3 the army withdrew.") == "2017-05-03"
    assert day("On 3 March the army withdrew.") == "2017-03-03"
    assert span("In March protesters march again.")[0] == "2017-03-01"
    assert len(find_dates("In March protesters march again.", MON)) == 1


# --- years and parts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected, quote",
    [
        ("The dam was built in 2014.", ("2014-01-01", "2014-12-31", "year"), "2014"),
        ("The town has been held since 2011.", ("2011-01-01", "2011-12-31", "year"), "2011"),
        ("It fell in late 2014.", ("2014-09-01", "2014-12-31", "year-part"), "late 2014"),
        ("It fell in early 2015.", ("2015-01-01", "2015-04-30", "year-part"), "early 2015"),
        ("It fell in mid-2016.", ("2016-05-01", "2016-08-31", "year-part"), "mid-2016"),
        ("It fell in the fall of 2011.", ("2011-09-01", "2011-11-30", "season"),
         "the fall of 2011"),
        ("It fell in autumn 2011.", ("2011-09-01", "2011-11-30", "season"), "autumn 2011"),
        ("It fell in summer 2012.", ("2012-06-01", "2012-08-31", "season"), "summer 2012"),
        ("It fell in the winter of 2014.", ("2013-12-01", "2014-02-28", "season"),
         "the winter of 2014"),
        ("It grew in the 1990s.", ("1990-01-01", "1999-12-31", "decade"), "1990s"),
        ("It grew in the year 2008.", ("2008-01-01", "2008-12-31", "year"), "2008"),
    ],
)
def test_years(text: str, expected: tuple[str, str, str], quote: str) -> None:
    assert span(text) == expected
    m = only(text)
    assert m.text == quote
    assert not m.relative


def test_year_range_is_one_span_and_years_told_apart_are_two() -> None:
    found = find_dates("Prices rose from 2014 to 2018.", MON)
    assert [m.text for m in found] == ["from 2014 to 2018"]
    found = find_dates("Prices rose from $3 in 2014 to $5 in 2018.", MON)
    assert [m.text for m in found] == ["2014", "2018"]


def test_seasons_relative() -> None:
    assert span("Fighting stopped last summer.") == ("2016-06-01", "2016-08-31", "season")
    assert span("Fighting stopped this spring.") == ("2017-03-01", "2017-05-31", "season")


# --- many mentions ----------------------------------------------------------------------------


def test_left_to_right_non_overlapping() -> None:
    text = (
        "Rebels entered the town on Sunday, three days after a truce signed on May 18, 2017; "
        "by late 2014 they held the valley, and last month they lost it."
    )
    found = find_dates(text, MON)
    assert [m.text for m in found] == ["Sunday", "May 18, 2017", "late 2014", "last month"]
    for a, b in pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.text


# --- publication dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Flood hits valley\nPublished: June 2, 2018, 9:14 am\nWater rose.", "2018-06-02"),
        ("Flood hits valley\nPublished 2 June 2018\nWater rose.", "2018-06-02"),
        ("Flood hits valley\nUpdated 4 June 2018\nWater rose.", "2018-06-04"),
        ("Posted on June 2, 2018\nFlood hits valley", "2018-06-02"),
        ("2018-06-02\nFlood hits valley\nWater rose.", "2018-06-02"),
        ("2018-06-02 09:14 Flood hits valley", "2018-06-02"),
        ("Flood hits valley\nLast updated: June 4, 2018\nWater rose.", "2018-06-04"),
        ("Flood hits valley\nFirst published on June 2, 2018\nWater rose.", "2018-06-02"),
        ("Flood hits valley\nJune 2, 2018\nWater rose.", "2018-06-02"),
        ("Flood hits valley\nBy Ana Ruiz | June 2, 2018\nWater rose.", "2018-06-02"),
        # a time with its "a.m." or "p.m." beside the date
        ("Flood hits valley\nPosted Monday, June 2, 2018 at 5:47 p.m.\nWater rose.", "2018-06-02"),
        ("Flood hits valley\nSaturday, June 2, 2018 — 6:30 p.m. update\nWater rose.",
         "2018-06-02"),
        # published wins over updated, whatever the order
        ("Flood\nUpdated: June 4, 2018\nPublished: June 2, 2018\nWater rose.", "2018-06-02"),
        ("Flood\nPublished: June 2, 2018\nLast updated: June 3, 2018\nText.", "2018-06-02"),
        # a wire dateline opening the first paragraph
        ("Flood hits valley\n\nQUITO, June 2, 2018 (AP) - Water rose in the valley.", "2018-06-02"),
        (
            "Flood\n\nPort Louis, Mauritius, Jan. 5, 2019 — Rivers burst their banks on Friday.",
            "2019-01-05",
        ),
    ],
)
def test_publication_date(text: str, expected: str) -> None:
    line = find_publication_date(text)
    assert line is not None
    assert line.published == date.fromisoformat(expected)
    assert text[line.start : line.end] == line.text


@pytest.mark.parametrize(
    "text",
    [
        "Flood hits valley\nA picture taken on June 2, 2018 shows the damage.\n",
        "Flood hits valley\nThe water rose on June 2, 2018, officials said.\n",
        "Flood hits valley\nOn Sunday the water rose.\n",
        "Flood hits valley\nJune 2\n",  # no year: not a dateline
        # a sentence of the body, not a wire dateline
        "Flood hits valley\nIn Quito, June 2, 2018 - a Saturday - was calm.\n",
        "Flood hits valley\nBy then, June 2, 2018 - the day of the vote - had come.\n",
        "",
        "Nothing to see here.",
    ],
)
def test_no_publication_date(text: str) -> None:
    assert find_publication_date(text) is None


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("Storm\n\nMANILA, Sept 14 (Reuters) - A typhoon tore roofs off homes.", 9, 14),
        ("Storm\n\nAccra, Ghana, 2 May (AFP) — Heavy rain flooded the city.", 5, 2),
        ("KYIV, Ukraine, Feb. 29 (AP) -\n\nDrones struck a depot overnight.", 2, 29),
    ],
)
def test_yearless_wire_dateline(text: str, month: int, day: int) -> None:
    line = find_yearless_dateline(text)
    assert line is not None
    assert (line.month, line.day) == (month, day)
    assert text[line.start : line.end] == line.text
    assert find_publication_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Storm\n\nOn Sept 14 (Reuters) - a typhoon tore roofs off homes.",
        "Storm\n\nResidents said that Sept 14 - a Sunday - was the worst day.",
        "Storm\n\nMANILA, Sunday (Reuters) - A typhoon tore roofs off homes.",
        "Storm\n\nMANILA, Sept 14, 2025 (Reuters) - A typhoon tore roofs off homes.",
        "Storm\n\nMANILA, September (Reuters) - A typhoon season began.",
    ],
)
def test_no_yearless_wire_dateline(text: str) -> None:
    assert find_yearless_dateline(text) is None


@pytest.mark.parametrize(
    ("month", "day", "others", "expected"),
    [
        (3, 10, ["2025-03-10", "2025-03-11"], "2025-03-10"),
        (12, 30, ["2026-01-02"], "2025-12-30"),  # across the new year
        (1, 2, ["2025-12-30", "2025-12-31"], "2026-01-02"),
        (2, 29, ["2025-03-01"], "2024-02-29"),  # the nearest year that has the day
    ],
)
def test_yearless_dateline_takes_the_nearest_year(
    month: int, day: int, others: list[str], expected: str
) -> None:
    line = YearlessDateline(month, day, 0, 0, "")
    assert line.nearest([date.fromisoformat(o) for o in others]) == date.fromisoformat(expected)
    assert line.nearest([]) is None


def test_unlabelled_date_only_near_top() -> None:
    body = "\n".join(f"Line {i} of the story." for i in range(30))
    assert find_publication_date(body + "\nJune 2, 2018\n") is None
    assert find_publication_date(body + "\nPublished: June 2, 2018\n") is not None


# --- robustness -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.dates()))
def test_any_text_never_raises(text: str, anchor: date | None) -> None:
    found = find_dates(text, anchor)
    for m in found:
        assert text[m.start : m.end] == m.text
    for a, b in pairwise(found):
        assert a.end <= b.start
    find_publication_date(text)
    find_yearless_dateline(text)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


@settings(max_examples=300, deadline=None)
@given(st.dates(date(1000, 1, 1), date(2099, 12, 31)), st.sampled_from(["mdy", "dmy", "iso"]))
def test_written_dates_read_back(d: date, form: str) -> None:
    name = _MONTHS[d.month - 1]
    written = {
        "mdy": f"{name} {d.day}, {d.year}",
        "dmy": f"{d.day} {name} {d.year}",
        "iso": d.isoformat(),
    }[form]
    m = only(f"It happened on {written}.", MON)
    assert m.text == written
    assert m.value.earliest == m.value.latest == d


def test_linear_time_on_hostile_input() -> None:
    started = time.perf_counter()
    find_dates("Sunday " * 50_000, MON)
    find_dates("7" * 1_000_000, MON)
    find_dates("May 3, " * 20_000, MON)
    find_publication_date("Published: " * 20_000)
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize(
    "text",
    [
        "Officers were sent to the 2000 block of Elm Avenue.",
        "A man was shot in the 1900 block of West Oak Street on Friday.",
        "The crash closed the 1500 unit block of Pine Road.",
    ],
)
def test_a_street_address_is_no_year(text: str) -> None:
    assert not [m for m in find_dates(text, date(2016, 5, 3)) if m.value.granularity == "year"]


def test_a_year_before_a_block_of_words_is_still_a_year() -> None:
    found = find_dates("In 1999 the block party was cancelled.", date(2016, 5, 3))
    assert [m.text for m in found] == ["1999"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched to 14 July Square in the evening.",
        "Fighters of the April 6 Movement blocked the road.",
        "Traffic was halted on the 6th of October Bridge.",
    ],
)
def test_a_date_that_begins_a_name_is_no_date(text: str) -> None:
    assert find_dates(text, MON) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a date without a year, in the year its clause named just before it
        ("In the 2021 regional election, held on 3 October, turnout was 48 percent.", "2021-10-03"),
        ("The 2019 blaze started on March 3 in a kitchen.", "2019-03-03"),
        # (not across a clause, nor after "since")
        ("Sales grew after its launch in 2003 and that on 3 October they peaked.", "2025-10-03"),
        ("Since 2019, the group has met on 3 October.", "2025-10-03"),
    ],
)
def test_a_date_without_a_year_takes_the_year_its_clause_named(text: str, day: str) -> None:
    found = [d for d in find_dates(text, date(2025, 10, 16)) if d.value.granularity == "day"]
    assert [d.value.earliest.isoformat() for d in found if d.value.earliest] == [day]


@pytest.mark.parametrize(
    "text",
    ["Police said on Friday, the 29-year-old officer was released.",
     "On Friday the 13-member panel met."],
)
def test_a_weekdays_the_before_an_age_or_a_size_is_no_day_of_the_month(text: str) -> None:
    assert [d.text for d in find_dates(text, date(2025, 6, 10))] == ["Friday"]


# --- a night, or days joined by a dash: the span of them -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (MON is Monday 22 May 2017)
        ("The blast happened overnight Friday into Saturday.", ("2017-05-19", "2017-05-20")),
        ("Gunfire was heard late Saturday into Sunday.", ("2017-05-20", "2017-05-21")),
        ("It rained from Sunday night into early Monday morning.", ("2017-05-21", "2017-05-22")),
        ("The quake struck on the night of 3-4 May.", ("2017-05-03", "2017-05-04")),
        ("Clashes on May 12-14 left 20 dead.", ("2017-05-12", "2017-05-14")),
        ("Talks were held on 12–14 March 2015 in Geneva.", ("2015-03-12", "2015-03-14")),
    ],
)
def test_spans_of_days(text: str, expected: tuple[str, str]) -> None:
    assert span(text) == (*expected, "span")


@pytest.mark.parametrize(
    "text",
    [
        "Shops were shut from Friday to Sunday.",  # (no night: each day a mention of its own)
        "The final ended 3-1 on May 5.",  # (a score, then a day)
    ],
)
def test_no_span_where_the_days_are_no_night_or_dash(text: str) -> None:
    assert all(m.value.granularity != "span" for m in find_dates(text, MON))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a given name set off as a name is: no day
        ("the Bokkos LGA chairman, Monday Kassah, said twelve were taken", []),
        ("the pastor, Sunday Adeyemi, told reporters", []),
        # a day, set off or not
        ("The attack happened on Monday, Kassah said", ["Monday"]),
        ("Police said, Monday, that two men were held", ["Monday"]),
    ],
)
def test_a_weekday_that_is_a_given_name_is_no_day(text: str, days: list[str]) -> None:
    assert [d.text for d in find_dates(text, date(2026, 5, 24))] == days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # months from one to another: one span, not its first month
        ("At least 4,700 people were abducted between July 2024 and June 2025.",
         ("2024-07-01", "2025-06-30")),
        ("From March to June 2025, 300 people were killed.", ("2025-03-01", "2025-06-30")),
        # (the first month after the last: of the year before)
        ("Between October and February 2016, 90 died.", ("2015-10-01", "2016-02-29")),
    ],
)
def test_spans_of_months(text: str, expected: tuple[str, str]) -> None:
    assert span(text) == (*expected, "span")
