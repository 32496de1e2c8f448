"""``DocumentContext``'s quick paths: a trigger is tried only where the text's lower-case copy
has the leading ASCII characters of one of its words; they find what searching at every offset
finds."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.checks import hc101_casualties, hc302_duration, hc501_official
from homscheck.context import DocumentContext, _prefixes
from homscheck.model import Document
from homscheck.patterns import compile_words
from homscheck.text import may_begin, word_index

TRIGGERS = [
    hc501_official._TRIGGER,
    hc302_duration._TRIGGER,
    hc101_casualties._CASUALTY_WORD,
    # short words, words that begin alike, words beyond ASCII after their first letters
    compile_words(r"\b(?:\L<w>)\b", w=["U.S. envoy", "pm", "shot dead", "shots", "a", "caf\u00e9"]),
    compile_words(r"\b(?:(?i:\L<w>)|said|sa)\b", w=["Gov.", "governor", "Lt", "lt. gen"]),
]


def _same(text: str) -> None:
    ctx = DocumentContext(Document(id="t", text=text))
    for trigger in TRIGGERS:
        assert ctx.sentences_with(trigger) == ctx._sentences_from(trigger, None)


def _every_match_begins_as_a_word(text: str) -> None:
    """Every offset at which a trigger matches passes the quick test."""
    index = word_index(text)
    if index is None:
        return
    for trigger in TRIGGERS:
        prefixes = _prefixes(trigger)
        assert prefixes is not None, trigger.pattern
        for at in range(len(text)):
            if trigger.match(text, at) is not None:
                assert may_begin(index.lowered, at, prefixes), (trigger.pattern, text, at)


def test_the_leading_ascii_of_the_words() -> None:
    # a listed phrase is all of it ("u.s. envoy", "shot dead"), "café" "caf"; each head has the
    # short ones that begin it
    assert _prefixes(TRIGGERS[3]) == (
        {"caf": ("caf",), "sho": ("shot dead", "shots"), "u.s": ("u.s. envoy",)},
        ("a", "pm"),
    )
    assert _prefixes(TRIGGERS[4]) == (
        {"gov": ("gov.", "governor"), "lt.": ("lt. gen", "lt"), "sai": ("said", "sa")},
        ("lt", "sa"),
    )
    assert _prefixes(regex.compile(r"\bsaid|x")) is None


def test_seeds_find_the_same_sentences(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text("utf-8")
        _same(text)
        _every_match_begins_as_a_word(text)


WORDS = [
    "said", "Said", "SAID", "sa", "says", "sai", "told", "governor", "Gov.", "gov", "Lt.", "LT",
    "lt. gen", "PM", "pm", "PMs", "U.S.", "U.S. envoy", "u.s. envoy", "us", "shot", "shot dead",
    "SHOT DEAD", "shot  dead", "shot\ndead", "shot-dead", "shots", "shop", "show", "killed",
    "kill", "Killing", "kil", "dead", "deaths",
    "die", "diet", "dies", "wounded", "wound", "a", "A", "an", "caf\u00e9", "CAF\u00c9", "cafe",
    "the", "x", "3", "Mr.", "\u00e9said", "_said", "said_", "2said", "Stra\u00dfe", "\u212aill",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", ". ", "\n\n", "-", ""]))))
def test_word_salad_finds_the_same_sentences(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    _same(text)
    _every_match_begins_as_a_word(text)
    _every_match_begins_as_a_word(text)
