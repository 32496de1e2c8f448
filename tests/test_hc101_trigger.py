"""HC101 looks for counts without a figure only in sentences with a casualty word
(``_CASUALTY_WORD``). That prefilter must find every verb the casualty rule reads, or a count
would be lost without any test of its own failing."""

from __future__ import annotations

import pytest

from homscheck.checks._implicit_counts import VERB_MEASURE
from homscheck.checks.hc101_casualties import _CASUALTY_WORD, _LIST_VERBS, MEASURES

VOCABULARY = sorted(
    {*VERB_MEASURE, *_LIST_VERBS, *MEASURES.before_number, *MEASURES.after_subject}
)


@pytest.mark.parametrize("word", VOCABULARY)
def test_every_casualty_verb_passes_the_prefilter(word: str) -> None:
    assert _CASUALTY_WORD.search(f"Two people {word} on Sunday.")


@pytest.mark.parametrize(
    "sentence",
    ["The council met on Tuesday to discuss the budget.", "Rain is expected later this week."],
)
def test_sentences_without_one_are_skipped(sentence: str) -> None:
    assert not _CASUALTY_WORD.search(sentence)
