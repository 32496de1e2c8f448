"""``homscheck.leads``: what every match of a pattern begins with, read from its source. A
trigger read so is tried only where the text has one of those beginnings, and must find the
sentences that a search at every offset finds."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.context import DocumentContext
from homscheck.leads import held_literals, leading_literals
from homscheck.model import Document
from homscheck.patterns import compile_words

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize(
    ("source", "flags", "beginnings"),
    [
        (r"\bhome\s+to\b", regex.I, ("home",)),
        (r"\b(?:died|hospitali[sz]ed)\b", regex.I, ("died", "hospitalised", "hospitalized")),
        (r"\b(?:waves?|swells?|tall)\b", regex.I, ("swell", "tall", "wave")),
        (r"-year-old\b", 0, ("-year-old",)),
        (r"\bidentified\b|\b(?i:Victims?)\s+was", 0, ("identified", "victim")),
        (r"(?<!\b(?:once|if)\s+)\b(?P<verb>(?-i:arrested|held))\s", regex.I, ("arrested", "held")),
        (r"\b(?:no\s+one|nobody)\s", regex.I, ("no",)),
        (r"(?:a|b)?c", 0, None),  # (may begin with "c")
        (r"\d+ killed|killed", 0, None),
        (r",?\s+day", 0, None),
        (r"[^x]y", 0, None),
        (r"(?:a|b){e<=1}", 0, None),  # (a fuzzy match)
        (r"(?r)abc", 0, None),  # (a reverse search)
        (r"(?x: a b c)", 0, None),  # (its spaces are not read)
        (r"strasse", regex.FULLCASE | regex.I, None),  # (it matches "Straße")
        (r"caf\u00e9|Stra\u00dfe", 0, ("caf", "stra")),  # (cut before what is not ASCII)
        (r"\u00e9t\u00e9", 0, None),
        (r"(?i)ABC(?#a comment)d", 0, ("abcd",)),
        (r"\L<w>\s", 0, ("shot", "wounded")),
    ],
)
def test_beginnings_read_from_the_source(
    source: str, flags: int, beginnings: tuple[str, ...] | None
) -> None:
    pattern = compile_words(source, flags=flags, w=["shot", "shot dead", "Wounded"])
    assert leading_literals(pattern) == beginnings


@pytest.mark.parametrize(
    ("source", "flags", "held"),
    [
        (r"\p{Lu}\w+, \d+, was (?:later )?arrested", regex.I, ("arrested",)),
        (r"\d+ (?:killed|died)", 0, (" died", " killed")),
        (r"(?:a|b)+c?xyz", 0, ("xyz",)),
        (r"\b(?:Arrested|held)\s+\p{Lu}|\p{Lu}\w+ was (?:booked|charged)", 0,
         (" was booked", " was charged", "arrested", "held")),
        (r"\d+ (?:killed|died)|\d+", 0, None),  # (a branch that holds nothing known)
        (r"\d+(?:\s+dead)?", 0, None),  # (what may be absent is not held)
        (r"(?=after)\d+", 0, None),  # (what is looked at is not held)
        (r"\L<w>", 0, ("shot", "wounded")),
    ],
)
def test_what_every_match_holds(source: str, flags: int, held: tuple[str, ...] | None) -> None:
    pattern = compile_words(source, flags=flags, w=["shot", "shot dead", "Wounded"])
    assert held_literals(pattern) == held


def _triggers_of_the_rules() -> list[regex.Pattern[str]]:
    """Every trigger that the rules ask ``sentences_with`` for, as they read the seeds."""
    found: dict[str, regex.Pattern[str]] = {}
    original = DocumentContext.sentences_with

    def spy(self: DocumentContext, trigger: regex.Pattern[str]) -> list[object]:
        found[trigger.pattern] = trigger
        return original(self, trigger)  # type: ignore[return-value]

    from homscheck import read_document

    def spy_matched(self: DocumentContext, trigger: regex.Pattern[str]) -> list[object]:
        found[trigger.pattern] = trigger
        return original_matched(self, trigger)  # type: ignore[return-value]

    original_matched = DocumentContext.sentences_matched
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(DocumentContext, "sentences_with", spy)
        patched.setattr(DocumentContext, "sentences_matched", spy_matched)
        for path in sorted(SEEDS.glob("*.txt")):
            read_document(Document(path.name, path.read_text("utf-8")))
    return [found[source] for source in sorted(found)]


@cache
def _read_triggers() -> list[tuple[regex.Pattern[str], tuple[str, ...]]]:
    read = [(t, leading_literals(t)) for t in _triggers_of_the_rules()]
    return [(t, b) for t, b in read if b is not None]


@cache
def _held_triggers() -> list[tuple[regex.Pattern[str], tuple[str, ...]]]:
    read = [(t, held_literals(t)) for t in _triggers_of_the_rules()]
    return [(t, h) for t, h in read if h is not None]


def test_many_of_the_rules_triggers_are_read() -> None:
    assert len(_read_triggers()) >= 10
    assert len(_held_triggers()) >= 10


def _matched_plainly(ctx: DocumentContext, trigger: regex.Pattern[str]) -> list[object]:
    return [s for s in ctx.sentences if trigger.search(ctx.text, s.start, s.end)]


WORDS = [
    "home to", "Home To", "died", "DIED", "hospitalised", "hospitalized", "volcano", "waves",
    "wave", "-year-old", "6-year-old", "identified", "victims were", "Victim was", "officers",
    "patrol officers responded to a call", "deputies were sent to", "no one", "nobody",
    "none of", "sentenced", "Sentencing", "arrested", "a", "an", "the", "3", "x", "caf\u00e9",
    "\u00e9", "_", "K", "\u212a", "\u017f", "Ann Roe, 23, was arrested", "was later charged",
    "two days after the", "a week after a", "apprehended John Doe", "a man was detained",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", ". ", "\n\n", "-", ""]))))
def test_every_match_begins_where_the_text_has_a_beginning(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    lowered = text.lower()
    if len(lowered) != len(text):
        return  # (the reader does not use the lower-case copy then)
    ctx = DocumentContext(Document(id="t", text=text))
    for trigger, beginnings in _read_triggers():
        for m in trigger.finditer(text, overlapped=True):
            if not any(ch in text for ch in "\u212a\u017f"):  # (odd folds: searched plainly)
                assert lowered.startswith(beginnings, m.start()), (trigger.pattern, m)
        assert ctx.sentences_with(trigger) == ctx._sentences_from(trigger, None)
    for trigger, held in _held_triggers():
        for m in trigger.finditer(text, overlapped=True):
            if not any(ch in text for ch in "\u212a\u017f"):
                assert any(h in lowered[m.start() : m.end()] for h in held), (trigger.pattern, m)
        assert ctx.sentences_matched(trigger) == _matched_plainly(ctx, trigger)


def test_the_seeds_find_the_same_sentences() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        ctx = DocumentContext(Document(id=path.name, text=path.read_text("utf-8")))
        for trigger, _ in _read_triggers():
            assert ctx.sentences_with(trigger) == ctx._sentences_from(trigger, None)
        for trigger, _ in _held_triggers():
            assert ctx.sentences_matched(trigger) == _matched_plainly(ctx, trigger)
