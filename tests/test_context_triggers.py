"""``DocumentContext.sentences_with``: a trigger that begins with listed words is tried only where
such a word begins, and finds just the sentences that searching at every offset finds."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.checks import hc101_casualties, hc302_duration, hc501_official
from homscheck.context import DocumentContext, first_words
from homscheck.model import Document
from homscheck.patterns import compile_words

# (HC301 reads the sentences with a date, which are fewer, not those with its trigger.)
TRIGGERS = [
    hc501_official._TRIGGER,
    hc302_duration._TRIGGER,
    hc101_casualties._CASUALTY_WORD,
]


def _same(text: str) -> None:
    ctx = DocumentContext(Document(id="t", text=text))
    for trigger in TRIGGERS:
        assert ctx.sentences_with(trigger) == ctx._sentences_from(trigger, None)


def test_the_rules_triggers_are_read_by_their_words() -> None:
    for trigger in TRIGGERS:
        assert first_words(trigger), trigger.pattern
    assert first_words(compile_words(r"\b(?:\L<w>)\b", w=["U.S. envoy", "pm"])) == ("pm", "u.s")


def test_other_forms_are_searched_plainly() -> None:
    for source in [r"(?i)\bsaid", r"\bsaid|x", r"\b(?:said|Told)", r"said", r"\b\d+ killed"]:
        assert first_words(regex.compile(source)) is None, source
    assert first_words(regex.compile(r"\b\L<w>", w=["über"])) is None
    assert first_words(regex.compile(r"\b\L<w>", w=["3 dead"])) is None


def test_seeds_find_the_same_sentences(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        _same(path.read_text("utf-8"))


WORDS = [
    "said", "Said", "SAID", "says", "told", "governor", "Gov.", "Lt.", "PM", "pm", "president",
    "war", "War", "civil war", "siege", "truce", "attack", "attacks", "air strike", "shooting",
    "range", "killed", "kill", "Killing", "dead", "deaths of", "wounded", "shot dead", "the",
    "x", "3", "Mr.", "U.S.", "caf\u00e9", "\u00e9said", "_said", "said_", "2said", "Stra\u00dfe",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", ". ", "\n\n", "-", ""]))))
def test_word_salad_finds_the_same_sentences(parts: list[tuple[str, str]]) -> None:
    _same("".join(w + sep for w, sep in parts))
