"""The number reader's quick scan (the word trigger tried only where the index of words has a
word that begins as a number word does, and the lower-case copy has the number word, the
figure trigger searched for from a little before the next digit) finds exactly what searching
for them finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.numbers import (
    _AGE_BEFORE,
    _CURRENCY_BEFORE,
    _FIGURE_TRIGGER,
    _ending_at,
    _may_end_in_currency,
    _may_name_an_age,
    _next_figure,
    _scan,
    _start,
    find_numbers,
)
from homscheck.text import WordIndex, plain_spaces

Found = list[tuple[tuple[int, int], dict[str, str | None]]]


def _found(matches: list[regex.Match[str]]) -> Found:
    return [(m.span(), m.groupdict()) for m in matches]


def _same(text: str) -> None:
    words = WordIndex.of(text)
    assert _found(list(_scan(text, words))) == _found(list(_scan(text)))


def test_seeds_match_the_plain_scan(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        _same(plain_spaces(path.read_text("utf-8")))


TRICKY = [
    "a dozen, two dozens, dozs, dz, a few hundred, several thousand, tens of thousands",
    "someone, anyone, stone, tone, often, tens, tent, fifty-five, ninety9, 9ninety",
    "ONE hundred, One Hundred, Twenty-One, a Couple of, half a million, a half",
    "caf\u00e9one, na\u00efve two, \u00e9three, _four, 4five, five_, no. 5, v.2, #3 (4) +5",
    "Stra\u00dfe one, \ufb01ve, \u0130ki two",  # no index: searched for
    # words that begin as number words do: tried only where the whole number word is
    "this third, could couple, military million, those thousand, for forty fourty, tent tens",
    "dz dzs dozs doz, fewer few, hundredth hundred, severally several, handfuls handful",
]


def test_tricky_texts_match_the_plain_scan() -> None:
    for text in TRICKY:
        _same(text)


WORDS = [
    "one", "One", "ONE", "someone", "two", "ten", "tens", "tent", "often", "a", "an", "A",
    "dozen", "dozens", "doz", "dz", "dzs", "few", "a few", "couple", "handful", "several",
    "hundred", "hundreds", "thousand", "million", "half", "halves", "third", "quarter",
    "twenty", "twenty-one", "fifty", "-", ",", ".", "3", "2,500", "1.5m", "no.", "v", "of",
    "caf\u00e9", "\u00e9", "_", "the",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "", "  ", ", ", "\n"]))))
def test_word_salad_matches_the_plain_scan(parts: list[tuple[str, str]]) -> None:
    _same("".join(w + sep for w, sep in parts))


FIGURES = [
    "version. 3, version 3, ver.3, v 3, v.\n3, no. 5, no.\t5, No 5, xno 5, vno.5, nov 5",
    "#3 (4) +5 .08 1.5 3,000 \u0663 digits \u0661\u0662, (x) #a +b, version.  3, v..3",
]


def test_the_next_figure_is_the_one_searched_for() -> None:
    for text in FIGURES:
        low = text.lower()
        none = len(low) + 1
        for pos in range(len(low) + 1):
            assert _next_figure(low, pos, none) == _start(_FIGURE_TRIGGER.search(low, pos), none)


# The quick tests that rule a costly pattern out (``_may_name_an_age``...) leave the figures
# read as they were without them.
QUICK_TESTS = ["_may_name_an_age", "_may_end_in_currency"]
CONTEXTS = [
    "aged 45", "AGED 45 people", "he was Aged 45.", "Aged between 18 and 25", "ages 5 to 12",
    "age\n45", "page 45", "a\u0130ge 4", "the victim, 23, was", "Smith, 40, said", "$5",
    "US$ 5", "US $5", "A$5m", "EUR 7bn", "\u20ac5", "\u00a35", "\u00a55", "CHF 5", "JPY5",
    "GBP\n5", "usd 5", "$\n5", "5 dollars", "xUSD 5", "NZ$5", "HK$ 5", "S$5", "C$5",
]  # fmt: skip


def _figures(text: str) -> list[tuple[int, int, str, object]]:
    return [(n.start, n.end, n.text, n.value) for n in find_numbers(text)]


def test_quick_tests_leave_the_figures_as_they_were(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [*CONTEXTS, *TRICKY, *(p.read_text("utf-8") for p in sorted(seeds.glob("*.txt")))]
    quick = [_figures(t) for t in texts]
    for name in QUICK_TESTS:
        monkeypatch.setattr(f"homscheck.numbers.{name}", lambda text, start, end: True)
    assert quick == [_figures(t) for t in texts]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAgGeE \n,$\u00a3\u20acDRPFYUSCHJ0123456789-.", max_size=40))
def test_quick_tests_never_rule_out_a_match(text: str) -> None:
    for end in range(1, len(text) + 1):
        for start in range(end):
            if _ending_at(_AGE_BEFORE, text, start, end):
                assert _may_name_an_age(text, start, end)
            if _ending_at(_CURRENCY_BEFORE, text, start, end):
                assert _may_end_in_currency(text, start, end)


def test_no_other_character_matches_the_letters_of_age() -> None:
    letters = regex.compile(r"(?i)[age]")
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        if letters.match(c):
            assert c.lower() in "age", hex(code)
