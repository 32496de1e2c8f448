"""The comparator's shortcuts held to the plain ways: whether a sentence puts one place inside
another is found by finding the two names and matching only the words between them, as the
one pattern of both names and all that may stand between them (built for each pair of places,
which was the most of a first comparison's time) finds it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.compare import _BETWEEN_NESTED_PLACES, _OUTER_FIRST_ADJECTIVE, _puts_inside


def _plain_puts_inside(sentence: str, inner: str, outer: str) -> bool:
    inner, outer = re.escape(inner), re.escape(outer)
    return (
        re.search(
            rf"\b{inner}(?:{_BETWEEN_NESTED_PLACES}){outer}\b"
            rf"|\b{outer}(?:\s+(?:City|County|Province|State|Region))?['’]s\s+"
            rf"(?:{_OUTER_FIRST_ADJECTIVE}\s+){{0,2}}"
            rf"(?:(?:state|province|region|district|county|city|town)\s+of\s+)?{inner}\b",
            sentence,
            re.IGNORECASE,
        )
        is not None
    )


NAMES = ["Ikoyi", "Lagos", "Gaza City", "Tuffah", "Aa", "aa", "Ancash", "Peru"]
PIECES = [
    *NAMES, ", ", " in ", " district of ", " in the Zambian city of ", " in the ", "'s ", "’s ",
    " northwestern ", " state of ", " City's ", " region", " Central ", "x", "-", " ", "\n",
    " nightclub in ", " the city of ", "é", "İ", "5", ".",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.sampled_from(NAMES),
    st.sampled_from(NAMES),
)
def test_a_place_told_inside_another_is_found_as_the_whole_pattern_finds_it(
    sentence: str, inner: str, outer: str
) -> None:
    assert _puts_inside(sentence, inner, outer) == _plain_puts_inside(sentence, inner, outer)


def test_places_told_inside_others() -> None:
    assert _puts_inside("the Ikoyi district of Lagos", "Ikoyi", "Lagos")
    assert _puts_inside("Gaza City's Tuffah neighbourhood", "Tuffah", "Gaza")
    assert _puts_inside("Peru's northwestern Ancash region", "Ancash", "Peru")
    assert not _puts_inside("Peru's Central Ancash", "Ancash", "Peru")
    assert not _puts_inside("Lagos in Ikoyi", "Ikoyi", "Lagos")
    assert not _puts_inside("Ikoyian, Lagos", "Ikoyi", "Lagos")
