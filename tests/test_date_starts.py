"""The date reader's quick scan (rules tried only where their first words are) finds exactly
what trying every offset of every window finds."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.dates import _literals, _plain_rule_matches, _rule_matches
from homscheck.text import FOLDS_ODDLY, plain_spaces

Found = list[list[tuple[tuple[int, int], dict[str, str | None]]]]


def _found(matches: tuple[tuple[regex.Match[str], ...], ...]) -> Found:
    return [[(m.span(), m.groupdict()) for m in rule] for rule in matches]


def _same(text: str) -> None:
    assert _found(_rule_matches.__wrapped__(text)) == _found(_plain_rule_matches(text))


def test_seeds_match_the_plain_scan(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        _same(plain_spaces(path.read_text("utf-8")))


TRICKY = [
    "bathe 3 May 2017 and the 1991 agreement",  # "the" inside a word begins a match
    "nearly March 2016, thearly 2015, blast Friday, contest March",
    "Wednesday,   the   twenty-first   of   January,  2015",  # long runs of spaces
    "THURSDAY, AUGUST 3, 2017; mid-November 2017; 2016 june; Sept. 11, 2001",
    "in 2014, since 2011, rose by 2000 people, between 2014 and 2018, the 2000 block of Elm",
    "earlier this year, the end of last month, the following Friday, later in the week",
    "May I say it may rain in May; the March on Washington; March 3",
    "x3 May, $3 May, 1.3 May, 12:30 May 3, 23rd of May, first of May, Jan first",
    "summer 2012, the fall of 2011, last winter, two weeks ago, in recent days, Q3 2009",
    "\u00e9t\u00e9 March 2015, caf\u00e9 the 3 May, na\u00efve Monday, \u201990s, the 1990s",
    "Stra\u00dfe 3 May 2017, \ufb01rst of August, Augu\ufb06 3",  # read by the plain scans
]


def test_tricky_texts_match_the_plain_scan() -> None:
    for text in TRICKY:
        _same(text)


WORDS = [
    "the", "bathe", "of", "in", "by", "to", "and", "or", "early", "nearly", "mid", "late",
    "last", "blast", "this", "next", "past", "previous", "coming", "following", "end",
    "beginning", "start", "year", "years", "week", "month", "May", "may", "March", "Aug.",
    "Sept", "June", "Monday", "Mon.", "Friday's", "Sunday", "first", "twenty-first", "3rd",
    "3", "22", "2017", "1991", "2000", "20171", "'90s", "summer", "fall", "ago", "recent",
    "quarter", "Q3", "today", "night", "since", "between", "as", "than", "day", "-", ",", ".",
    "Black", "the\u00a0", "caf\u00e9", "ST", "THE", "2014-03-07",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "", "  ", ", ", "\n"]))))
def test_word_salad_matches_the_plain_scan(parts: list[tuple[str, str]]) -> None:
    _same("".join(w + sep for w, sep in parts))


def test_odd_folds_are_all_known() -> None:
    """Every character that case-insensitive matching may take for ASCII letters, or that
    lower-cases to another length, is one that sends a text to the plain scans."""
    full = regex.compile(r"(?fi)[a-z]")  # the date rules' folding (VERSION1)
    simple = regex.compile(r"(?i)[a-z]")  # the triggers' (VERSION0)
    for code in range(0x80, 0x30000):
        c = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        folds = c.casefold() + c.lower() + c.upper()
        odd = (
            any(f.isascii() and f.isalpha() for f in folds)
            or full.match(c) is not None
            or simple.match(c) is not None
            or len(c.lower()) != 1
        )
        if odd:
            assert FOLDS_ODDLY.match(c), hex(code)
    assert _literals("Stra\u00dfe") is None and _literals("Strasse") is not None
