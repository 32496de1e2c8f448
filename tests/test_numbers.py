"""The number reader: figures, bounds, vague amounts, shares, and what is never a count.

The sentences are made up for these tests; none is quoted from the seed articles.
"""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.model import Quantity
from homscheck.numbers import (
    APPROXIMATE_TOLERANCE,
    NumberMention,
    apply_fraction,
    find_numbers,
    read_number,
    read_ordinal,
)

T = APPROXIMATE_TOLERANCE


def only(text: str) -> NumberMention:
    found = find_numbers(text)
    assert len(found) == 1, [(m.text, m.value.describe()) for m in found]
    return found[0]


def texts(text: str) -> list[str]:
    return [m.text for m in find_numbers(text)]


def interval(q: Quantity) -> tuple[float | None, float | None, bool, bool]:
    return (q.low, q.high, q.low_inclusive, q.high_inclusive)


# ------------------------------------------------------------------------------------------
# Plain figures
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("Rescuers pulled 2,500 people from the rubble.", "2,500", 2500),
        ("The camp holds 34,500 families.", "34,500", 34500),
        ("A census counted 1,234,567 residents.", "1,234,567", 1234567),
        ("Some 2500 voters stayed home.", "Some 2500", 2500),
        ("The fund spent 4.5 per trip.", "4.5", 4.5),
        ("Seven aid workers were freed.", "Seven", 7),
        ("Officials said forty-two houses burned.", "forty-two", 42),
        ("The flood destroyed three hundred and forty-two homes.",
         "three hundred and forty-two", 342),
        ("A hundred volunteers arrived.", "A hundred", 100),
        ("A thousand tents were pitched.", "A thousand", 1000),
        ("The drought hit two million farmers.", "two million", 2_000_000),
        ("Half a million children need vaccines.", "Half a million", 500_000),
        ("A score of boats left the harbour.", "A score", 20),
        ("Two dozen reporters waited outside.", "Two dozen", 24),
        ("The storm cut power to 1.5 million homes.", "1.5 million", 1_500_000),
        ("The strike idled 11 million workers.", "11 million", 11_000_000),
        ("The appeal reached 1.5m donors.", "1.5m", 1_500_000),
        ("Organisers expect 10k runners.", "10k", 10_000),
        ("Nearly one and a half million ballots were cast.", "one and a half million",
         1_500_000),
        ("Two and a half thousand sheep drowned.", "Two and a half thousand", 2500),
        ("The ferry carried 40 000 passengers a year.", "40 000", 40000),
        ("Engineers laid 12 pipes.", "12", 12),
        ("The twins found zero errors.", "zero", 0),
    ],
)  # fmt: skip
def test_plain_figures(sentence: str, quote: str, value: float) -> None:
    found = [m for m in find_numbers(sentence) if quote in m.text]
    assert found, texts(sentence)
    m = found[0]
    assert m.text == sentence[m.start : m.end]
    q = m.value
    est = q.estimate
    assert est == value
    if q.is_point:
        assert q.low == value and q.high == value


def test_exact_figure_is_a_point_with_estimate() -> None:
    m = only("The lorry carried 2500 blankets.")
    assert m.value == Quantity(2500, 2500, True, True, False, 2500, None)
    assert m.qualifier is None and not m.fraction
    assert (m.start, m.end, m.text) == (18, 22, "2500")


def test_scaled_decimals_have_no_float_noise() -> None:
    assert only("a budget of 1.1 million for schools").value.low == 1_100_000
    assert only("roughly 2.3bn in loans").value.estimate == 2_300_000_000
    assert only("over 0.7 million visitors").value.low == 700_000


def test_word_numbers_in_one_run_split_where_grammar_ends() -> None:
    # "4000 3 hundred" is two figures; "three hundred and two hundred" too
    assert texts("They counted 4000 3 hundred and 21 times.") == ["4000", "3 hundred and 21"]
    assert texts("three hundred and two hundred") == ["three hundred", "two hundred"]


def test_two_figures_in_two_units_are_no_range() -> None:
    # a change and a level: "fell 8 percent to $42.10" is not 8 to 42.10
    assert texts("Shares fell 8 percent to $42.10 on Monday.") == ["8 percent", "$42.10"]
    assert texts("Prices ranged from $3 to $4.") == ["from $3 to $4"]
    # ... and a change from one figure to another is two figures, not a range
    assert texts("Prices rose from $3 to $4.") == ["$3", "$4"]


# ------------------------------------------------------------------------------------------
# Bounds
# ------------------------------------------------------------------------------------------

X = 300_000.0


@pytest.mark.parametrize(
    ("phrase", "qualifier", "expected"),
    [
        ("more than 300,000", "more than", (X, None, False, True)),
        ("over 300,000", "more than", (X, None, False, True)),
        ("above 300,000", "more than", (X, None, False, True)),
        ("in excess of 300,000", "more than", (X, None, False, True)),
        ("upwards of 300,000", "more than", (X, None, False, True)),
        ("at least 300,000", "at least", (X, None, True, True)),
        ("no fewer than 300,000", "at least", (X, None, True, True)),
        ("a minimum of 300,000", "at least", (X, None, True, True)),
        ("300,000 or more", "at least", (X, None, True, True)),
        ("fewer than 300,000", "fewer than", (0, X, True, False)),
        ("less than 300,000", "fewer than", (0, X, True, False)),
        ("under 300,000", "fewer than", (0, X, True, False)),
        ("below 300,000", "fewer than", (0, X, True, False)),
        ("up to 300,000", "up to", (0, X, True, True)),
        ("at most 300,000", "up to", (0, X, True, True)),
        ("no more than 300,000", "up to", (0, X, True, True)),
        ("as many as 300,000", "up to", (0, X, True, True)),
        ("nearly 300,000", "nearly", (X * (1 - T), X, True, False)),
        ("almost 300,000", "nearly", (X * (1 - T), X, True, False)),
        ("just under 300,000", "nearly", (X * (1 - T), X, True, False)),
        ("about 300,000", "about", (X * (1 - T), X * (1 + T), True, True)),
        ("around 300,000", "about", (X * (1 - T), X * (1 + T), True, True)),
        ("some 300,000", "about", (X * (1 - T), X * (1 + T), True, True)),
        ("roughly 300,000", "about", (X * (1 - T), X * (1 + T), True, True)),
        ("approximately 300,000", "about", (X * (1 - T), X * (1 + T), True, True)),
        ("an estimated 300,000", "about", (X * (1 - T), X * (1 + T), True, True)),
        ("just over 300,000", "just over", (X, X * (1 + T), False, True)),
    ],
)
def test_bounds(phrase: str, qualifier: str, expected: tuple[object, ...]) -> None:
    m = only(f"The agency said {phrase} people were affected.")
    assert m.text == phrase
    assert m.qualifier == qualifier
    assert interval(m.value) == expected
    assert m.value.estimate == X
    assert m.value.approximate == (qualifier in ("nearly", "about", "just over"))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("between 20 and 30", (20, 30, True, True)),
        ("from 20 to 30", (20, 30, True, True)),
        ("20 to 30", (20, 30, True, True)),
        ("20-30", (20, 30, True, True)),
        ("20–30", (20, 30, True, True)),
        ("two or three", (2, 3, True, True)),
        ("between 3 and 4 million", (3_000_000, 4_000_000, True, True)),
        ("5-10 million", (5_000_000, 10_000_000, True, True)),
        ("more than 10 but fewer than 20", (10, 20, False, False)),
        ("at least 10 and at most 20", (10, 20, True, True)),
    ],
)
def test_ranges_are_inclusive(phrase: str, expected: tuple[object, ...]) -> None:
    m = only(f"Witnesses said {phrase} trucks crossed.")
    assert m.text == phrase
    assert interval(m.value) == expected
    assert m.value.estimate is None
    assert m.qualifier == "between"


def test_a_pair_is_two() -> None:
    m = only("A pair of officers opened fire on the car.")
    assert (m.text, m.value.low, m.value.high) == ("A pair", 2, 2)


@pytest.mark.parametrize(
    "sentence",
    ["Russia handed over 6,000 bodies at the border.", "Rebels turned over 12 rifles."],
)
def test_a_verb_s_over_is_no_bound(sentence: str) -> None:
    m = only(sentence)
    assert m.value.low == m.value.high


def test_plus_is_a_lower_bound_not_a_range() -> None:
    for phrase in ("20-million-plus", "20 million plus", "20m+"):
        m = only(f"a nation of {phrase} citizens")
        assert m.text == phrase
        assert interval(m.value) == (20_000_000, None, True, True)
        assert m.value.estimate == 20_000_000
        assert m.qualifier == "at least"


def test_two_bounds_that_cannot_meet_stay_apart() -> None:
    assert texts("more than 40 and fewer than 10") == ["more than 40", "fewer than 10"]


@pytest.mark.parametrize("phrase", ["100 or so", "100-odd", "some 100-odd"])
def test_approximate_postfix(phrase: str) -> None:
    m = only(f"They said {phrase} fighters surrendered.")
    assert m.text == phrase and m.qualifier == "about"
    assert interval(m.value) == (90, 110, True, True)


def test_approximate_postfix_with_bound() -> None:
    m = only("about five hundred or more boats")
    assert interval(m.value) == (500, None, True, True)
    assert m.value.approximate


# ------------------------------------------------------------------------------------------
# Vague amounts
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("dozens", 24, 99),
        ("scores of", 40, 199),
        ("hundreds", 200, 999),
        ("thousands", 2_000, 9_999),
        ("tens of thousands", 20_000, 99_999),
        ("hundreds of thousands", 200_000, 999_999),
        ("millions", 2_000_000, 999_999_999),
        ("tens of millions", 20_000_000, 99_999_999),
        ("hundreds of millions", 200_000_000, 999_999_999),
        ("several", 3, 9),
        ("a few", 2, 9),
        ("a handful of", 2, 9),
        ("several hundred", 300, 999),
        ("a few thousand", 2_000, 9_999),
        ("several dozen", 36, 108),
        ("several tens of thousands", 20_000, 99_999),
    ],
)
def test_vague_table(phrase: str, low: int, high: int) -> None:
    m = only(f"Officials said {phrase} people fled.")
    assert m.text == (phrase if phrase.startswith("a ") else phrase.removesuffix(" of"))
    assert interval(m.value) == (low, high, True, True)
    assert m.value.approximate
    assert m.value.estimate is None


def test_a_dozen_is_exact() -> None:
    assert only("a dozen boats").value == Quantity.exact(12)
    assert only("half a dozen boats").value == Quantity.exact(6)


def test_dozens_more_still_dozens() -> None:
    found = find_numbers("They wounded dozens more in the raid.")
    assert [m.text for m in found] == ["dozens"]
    assert interval(found[0].value) == (24, 99, True, True)


def test_a_couple() -> None:
    m = only("a couple of trucks")
    assert interval(m.value) == (2, 2, True, True)
    assert m.value.approximate and m.value.estimate == 2


def test_bounded_vague() -> None:
    m = only("more than a dozen boats")
    assert interval(m.value) == (12, None, False, True)
    m = only("at least hundreds of boats")
    assert interval(m.value) == (200, None, True, True)


def test_prepositions_do_not_bound_vague_words() -> None:
    m = only("talks went on over several weeks")
    assert m.text == "several" and m.qualifier is None


# ------------------------------------------------------------------------------------------
# Units and shares
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("40%", 40, "percent"),
        ("40 percent", 40, "percent"),
        ("40 per cent", 40, "percent"),
        ("$3m", 3_000_000, "USD"),
        ("$50 million", 50_000_000, "USD"),
        ("US$2.5bn", 2_500_000_000, "USD"),
        ("£10", 10, "GBP"),
        ("€5bn", 5_000_000_000, "EUR"),
        ("20 million dollars", 20_000_000, "USD"),
        ("7 euros", 7, "EUR"),
        ("A$5m", 5_000_000, "AUD"),
        ("EUR 7bn", 7_000_000_000, "EUR"),
    ],
)
def test_units(phrase: str, value: float, unit: str) -> None:
    m = only(f"The report cited {phrase} in losses.")
    assert m.text == phrase
    assert m.value == Quantity.exact(value, unit)


@pytest.mark.parametrize(
    ("phrase", "quote", "low", "high"),
    [
        ("half of the town", "half of", 0.5, 0.5),
        ("more than half of the town", "more than half of", 0.5, None),
        ("a third of the town", "a third of", 1 / 3, 1 / 3),
        ("two-thirds of the town", "two-thirds of", 2 / 3, 2 / 3),
        ("three quarters of the town", "three quarters of", 0.75, 0.75),
        ("40% of the town", "40% of", 0.4, 0.4),
        ("half the town", "half", 0.5, 0.5),
    ],
)
def test_shares(phrase: str, quote: str, low: float, high: float | None) -> None:
    m = only(f"Officials said {phrase} was flooded.")
    assert m.text == quote
    assert m.fraction
    assert m.value.low == pytest.approx(low)
    assert m.value.high == (None if high is None else pytest.approx(high))
    assert m.value.unit is None


@pytest.mark.parametrize(
    ("phrase", "quote", "share"),
    [
        ("one in five residents", "one in five", 0.2),
        ("three out of 10 children", "three out of 10", 0.3),
        ("1 in 4 homes", "1 in 4", 0.25),
    ],
)
def test_ratios_are_shares(phrase: str, quote: str, share: float) -> None:
    m = only(f"The survey found {phrase} had no water.")
    assert (m.text, m.fraction, m.value.low, m.value.high) == (quote, True, share, share)


def test_figures_around_in_that_are_not_ratios() -> None:
    assert texts("Police arrested 3 in 2014 and 12 in six towns.") == ["3", "12", "six"]


def test_share_words_that_are_not_shares() -> None:
    assert find_numbers("in the second half of the match") == []
    assert find_numbers("He won a third term.") == []


def test_apply_fraction() -> None:
    share = only("more than half of").value
    base = only("a 20-million-plus nation").value
    got = apply_fraction(share, base)
    assert interval(got) == (10_000_000, None, False, True)
    assert got.estimate == 10_000_000
    third = apply_fraction(Quantity.exact(1 / 3), Quantity.exact(900))
    assert third.low == third.high == 300
    pct = apply_fraction(only("40% of").value, Quantity.exact(2500))
    assert pct == Quantity.exact(1000)
    capped = apply_fraction(share, Quantity.exact(900))
    assert interval(capped) == (450, 900, False, True)
    fewer = apply_fraction(only("fewer than half of").value, Quantity.exact(900))
    assert interval(fewer) == (0, 450, True, False)


# ------------------------------------------------------------------------------------------
# Never counts
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # years
        "The dam was built in 2014.",
        "Fighting has raged since 2011.",
        "The 2011 uprising changed the region.",
        "Elections were held in May 2015.",
        "Trade grew between 2011 and 2014.",
        "The plan covers 2020-2024.",
        # dates
        "The decree was signed on May 16, 2018.",
        "Talks resumed on 3 August 2017.",
        "Filed 2017-08-03 and amended 8/3/2017.",
        # a dateline's year, with a count noun after it in a headline's capitals
        "Airline unveils new jet July 9, 2007 Aircraft maker Vela showed its plane.",
        "The treaty took effect on 3.8.2017.",
        # times
        "The blast happened at 12:28 pm.",
        "Polls close at 5 p.m. on Sunday.",
        "The meeting began at 10:30.",
        "Trains leave at 9 o'clock.",
        "The raid began at 0400 GMT.",
        # ordinals
        "It is the country's third largest port.",
        "The war is in its seventh year.",
        "He finished 21st in the race.",
        "It was the twenty-first session.",
        # ages and durations written as compounds
        "A seven-year-old girl was rescued.",
        "A 12-year-old boy was rescued.",
        "The 45-year-old driver was arrested.",
        "The victim, 23, was taken to hospital.",
        "A man aged 45 was arrested.",
        "Men aged between 18 and 25 were detained.",
        "Children ages 5 to 12 attend.",
        "The suspect is 45 years old.",
        "They agreed a 10-day truce.",
        "The two-year programme ended.",
        # codes, versions, phones, streets, labels
        "Download V.1.0 of the app.",
        "Call 555-123-4567 or (312) 555-0100.",
        "Police closed the 1200 block of Elm Avenue.",
        "He lives at 123 Main St in the suburb.",
        "The judge heard case No. 2017-123.",
        "The council passed Resolution 2254.",
        "The server at 10.0.0.1 went down.",
        "Passengers boarded flight MH17.",
        "Music of the 1990s played.",
        "Jets such as the F-16 and Su-24 flew.",
        "The pages listed 1,1,2,3,5,8.",
        "A neighbour called 911 when the shots rang out.",
        "The 911 call came in just after midnight.",
        "Dispatchers released 911 recordings on Friday.",
        # "one" as a pronoun
        "One of the bridges collapsed.",
        "The one who spoke was arrested.",
        "This one is larger.",
        "No one was hurt.",
        "Someone called anyone who listened.",
        "They helped one another.",
        "The ones that remained were small.",
        "Which one did he choose?",
        # ordinary words
        "The test scores were low this year.",
        "The last convoy left; the next one waits.",
        "a first aid kit",
    ],
)
def test_never_counts(sentence: str) -> None:
    assert find_numbers(sentence) == [], texts(sentence)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("In 2014, 300 people fled.", "300"),
        ("Some 2000 people fled.", "Some 2000"),
        ("More than 2015 refugees registered.", "More than 2015"),
        ("The 1900 troops crossed.", "1900"),
        ("They spent $2000 on fuel.", "$2000"),
        ("On May 3, 40 families left.", "40"),
        ("A 5,000-strong force advanced.", "5,000"),
        ("The town is 50-km north of the city.", "50"),
        ("The wall is 500m from the border.", "500"),
        ("The site is 29km away.", "29"),
        ("One soldier was wounded.", "One"),
        ("Let's try one last time.", "one"),
        ("At least one protester died.", "At least one"),
        # "scores" with no "of", before a verb of what befell them
        ("Scores were hurt in the crush.", "Scores"),
        # a model's number between a count and its noun
        ("The jet has four Vesta Trent 900 engines.", "four"),
        ("The airline bought 12 Osprey 320 jets.", "12"),
    ],
)
def test_counts_next_to_never_counts(sentence: str, quote: str) -> None:
    assert texts(sentence) == [quote]


def test_a_headline_s_next_count_is_no_model_number() -> None:
    assert texts("3 Dead 2 Injured In Crash") == ["3", "2"]


def test_mentions_do_not_overlap_and_quote_the_text() -> None:
    text = (
        "By Friday, at least 23 people had died and dozens more were hurt; between 5 and "
        "10 million had fled since 2011, about 40% of them children, and $2.5bn was pledged."
    )
    found = find_numbers(text)
    assert [m.text for m in found] == [
        "at least 23", "dozens", "between 5 and 10 million", "about 40% of", "$2.5bn",
    ]  # fmt: skip
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert m.text == text[m.start : m.end]


# ------------------------------------------------------------------------------------------
# read_number and read_ordinal
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("seven", Quantity.exact(7)),
        ("a dozen", Quantity.exact(12)),
        ("2014", Quantity.exact(2014)),
        ("more than 300,000", Quantity(300_000, None, False, True, False, 300_000)),
        ("eighteen", Quantity.exact(18)),
        ("twenty-one", Quantity.exact(21)),
        ("a half", Quantity.exact(0.5)),
        ("two point five million", Quantity.exact(2_500_000)),
    ],
)
def test_read_number(expression: str, value: Quantity) -> None:
    assert read_number(expression) == value


@pytest.mark.parametrize("expression", ["", "seventh", "people", "two people", "one of", "V.1"])
def test_read_number_rejects(expression: str) -> None:
    assert read_number(expression) is None


@pytest.mark.parametrize(
    ("word", "n"),
    [
        ("first", 1), ("third", 3), ("seventh", 7), ("twelfth", 12), ("21st", 21),
        ("2nd", 2), ("103rd", 103), ("twenty-first", 21), ("thirty third", 33),
        ("hundredth", 100), ("one hundred and first", 101), ("fortieth", 40),
    ],
)  # fmt: skip
def test_read_ordinal(word: str, n: int) -> None:
    assert read_ordinal(word) == n


@pytest.mark.parametrize("word", ["last", "next", "three", "21", "firsts", ""])
def test_read_ordinal_rejects(word: str) -> None:
    assert read_ordinal(word) is None


# ------------------------------------------------------------------------------------------
# Properties
# ------------------------------------------------------------------------------------------

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


def _below_hundred(n: int, hyphen: bool) -> str:
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS.split()[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    return _TENS[tens] + ("-" if hyphen else " ") + _UNITS[unit]


def _below_thousand(n: int, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_UNITS[hundreds]} hundred")
    if rest:
        if hundreds and use_and:
            parts.append("and")
        parts.append(_below_hundred(rest, hyphen))
    return " ".join(parts)


def in_words(n: int, hyphen: bool = True, use_and: bool = True) -> str:
    """English words for 0 <= n <= 10**12, British ("and") or American style."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            parts.append(f"{_below_thousand(count, hyphen, use_and)} {name}")
    if n:
        if parts and n < 100 and use_and:
            parts.append("and")
        parts.append(_below_thousand(n, hyphen, use_and))
    return " ".join(parts)


def test_in_words_helper() -> None:
    assert in_words(342) == "three hundred and forty-two"
    assert in_words(2_000_021, use_and=False) == "two million twenty-one"


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12), st.booleans())
def test_digits_read_back(n: int, grouped: bool) -> None:
    text = f"{n:,}" if grouped else str(n)
    assert read_number(text) == Quantity.exact(n)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12), st.booleans(), st.booleans())
def test_words_read_back(n: int, hyphen: bool, use_and: bool) -> None:
    text = in_words(n, hyphen, use_and)
    assert read_number(text) == Quantity.exact(n), text
    assert read_number(text.capitalize()) == Quantity.exact(n), text


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**9), st.booleans())
def test_digit_counts_found_in_sentences(n: int, grouped: bool) -> None:
    figure = f"{n:,}" if grouped else str(n)
    m = only(f"Officials said {figure} people were evacuated.")
    assert m.value == Quantity.exact(n)


_PROMISES = {
    # qualifier: (contains, does not contain), as functions of N
    "more than": (lambda n: [n + 1, n * 10], lambda n: [n, n - 1]),
    "over": (lambda n: [n + 1], lambda n: [n]),
    "at least": (lambda n: [n, n + 1], lambda n: [n - 1]),
    "no fewer than": (lambda n: [n, n * 2], lambda n: [n - 1]),
    "fewer than": (lambda n: [n - 1, 0], lambda n: [n, n + 1]),
    "under": (lambda n: [n - 1], lambda n: [n]),
    "up to": (lambda n: [n, 0], lambda n: [n + 1]),
    "as many as": (lambda n: [n], lambda n: [n + 1]),
    "about": (lambda n: [n], lambda n: [n * 2 + 1]),
    "some": (lambda n: [n], lambda n: [-1]),
    "nearly": (lambda n: [n * (1 - T)], lambda n: [n, n + 1]),
    "almost": (lambda n: [n * (1 - T)], lambda n: [n]),
}


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(_PROMISES)),
    st.integers(1, 10**9),
    st.sampled_from(["digits", "grouped", "words"]),
)
def test_bounds_keep_their_promise(qualifier: str, n: int, style: str) -> None:
    figure = {"digits": str(n), "grouped": f"{n:,}", "words": in_words(n)}[style]
    q = read_number(f"{qualifier} {figure}")
    assert q is not None
    inside, outside = _PROMISES[qualifier]
    for v in inside(n):
        assert q.contains(v), (qualifier, figure, v, q)
    for v in outside(n):
        assert not q.contains(v), (qualifier, figure, v, q)
    assert q.estimate == n
    found = find_numbers(f"They said {qualifier} {figure} people came.")
    assert len(found) == 1 and found[0].value == q


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_between_contains_both_ends(a: int, d: int) -> None:
    q = read_number(f"between {a:,} and {a + d:,}")
    assert q is not None
    assert q.contains(a) and q.contains(a + d) and not q.contains(a + d + 1)


_VOCABULARY = (
    "one two three a an and half third quarter hundred thousand million bn m k , . - – ~ more "
    "than at least about some nearly between to from or plus + % percent $ £ € of the people "
    "2014 2,500 1.5 12 0 0.5 twenty-one first 21st dozen dozens hundreds tens several few "
    "couple year-old -year aged May 16 : / ( ) # No. V. in out over GMT p.m. İ 5G 29km point"
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_VOCABULARY.split(" ")), st.sampled_from([" ", "", "\n"])),
        max_size=14,
    )
)
def test_any_text_gives_sound_mentions(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    end = 0
    for m in find_numbers(text):
        assert m.text == text[m.start : m.end]
        assert m.start >= end
        end = m.end
        q = m.value
        assert q.low is None or q.high is None or q.low <= q.high
    read_number(text)
    read_ordinal(text)


# ------------------------------------------------------------------------------------------
# Linear time
# ------------------------------------------------------------------------------------------


def _timed(text: str) -> float:
    start = time.perf_counter()
    find_numbers(text)
    return time.perf_counter() - start


def test_long_comma_chain_is_linear() -> None:
    assert _timed("1," * 500_000) < 10


def test_long_grouped_chain_is_linear() -> None:
    assert _timed("1" + ",111" * 250_000 + "1") < 5


def test_many_qualifiers_are_linear() -> None:
    assert _timed("more than " * 100_000) < 5
    assert _timed("more than " * 100_000 + "5") < 5


def test_long_runs_are_linear() -> None:
    # tens of thousands of separate figures: the time per figure must not grow
    small, large = _timed("one " * 2_000), _timed("one " * 8_000)
    assert large < 8 * small + 0.5
    small, large = _timed("twenty-" * 2_000), _timed("twenty-" * 8_000)
    assert large < 8 * small + 0.5
    assert _timed("1" * 1_000_000) < 2
    assert _timed("1,234" * 200_000) < 5


def test_comma_lists_are_not_counts() -> None:
    assert find_numbers("codes 1,1,1,1 and 22,24,26,31") == []
    assert texts("1,234,567 and 1, 2, 3") == ["1,234,567", "1", "2", "3"]


def test_digits_newer_than_pythons_unicode_tables_are_skipped() -> None:
    # U+10D40 is a digit to the regex module's tables but not to int() on older Pythons
    assert find_numbers("\U00010d40 people were killed") is not None


def test_a_figure_cut_by_a_slash_is_not_read_as_its_first_group() -> None:
    """ "$7,500/10 percent" (a bond and its cash share) is no "$7"."""
    assert [n.text for n in find_numbers("Bond was set at $7,500/10 percent.")] == []
    assert [n.text for n in find_numbers("Bond was set at $7,500.")] == ["$7,500"]


def test_a_road_or_a_precinct_is_named_by_its_number() -> None:
    assert [n.text for n in find_numbers("He drove up Interstate 35 before he was stopped.")] == []
    assert [n.text for n in find_numbers("Officers from Precinct 4 found two men.")] == ["two"]


def test_nine_one_one_as_a_bound_is_a_number() -> None:
    """ "up to 911 people": a bound, not the emergency number "to 911" (hypothesis found it)."""
    assert [m.text for m in find_numbers("They said up to 911 people came.")] == ["up to 911"]
    assert find_numbers("Neighbours made calls to 911 after the shots.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # South Asia's grouping, in lakhs and crores
        ("Nearly 2,00,000 pilgrims had gathered.", "~[180,000, 200,000)"),
        ("About 1,50,000 people fled the floods.", "about 150,000"),
        ("The state has 12,34,567 voters.", "1,234,567"),
    ],
)
def test_a_figure_grouped_in_lakhs(text: str, value: str) -> None:
    assert [n.value.describe() for n in find_numbers(text)] == [value]


def test_a_list_of_figures_is_still_no_figure() -> None:
    assert [n.text for n in find_numbers("Pages 22,24,26 were torn.")] == []
