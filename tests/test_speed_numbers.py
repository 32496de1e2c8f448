"""The number reader's quick scan (the word trigger tried only where the index of words has a
word that begins as a number word does, the figure trigger searched for from a little before
the next digit) finds exactly what searching for them finds."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.numbers import _FIGURE_TRIGGER, _next_figure, _scan, _start
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
