"""Plain-text helpers: sentences with offsets, line and column of an offset.

Sentences are found by a small splitter that knows news abbreviations ("Col.", "Mr.", "U.S.")
so a claim's context is the sentence a reader would quote.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from homscheck.patterns import compile_pattern

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = [
    "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "sgt", "capt", "maj", "cpl", "rep", "sen",
    "gov", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m",
    "p.m", "approx", "est", "ft", "mt", "ave", "blvd", "rd",
]  # fmt: skip

# A sentence ends at ., ! or ? (with closing quotes or brackets) followed by white space and an
# upper-case letter, digit or opening quote — or at a blank line.
_BOUNDARY = compile_pattern(
    r"""
    (?<! \b (?i:\L<abbr>) )          # "Col. Dillon" does not end a sentence
    (?<! \b \p{Lu} )                 # nor does an initial: "Elijah J. Magnier"
    [.!?]+ ["'”’)\]]*                # the full stop and what closes with it
    (?= \s+ ["'“‘(\[]? [\p{Lu}\d] )  # the next sentence starts upper-case
    | (?<= \p{Ll}{2} )                # scraped text glues sentences: "said her aunt.This
      (?<! \b (?i:\L<abbr>|www) )      # homicide came...": a full stop between a word
      [.!?]                           # and a capitalised word, with no space
      (?= \p{Lu} (?: \p{Ll} | \s ) )
    | \n[ \t]*\n                     # a blank line always ends a paragraph
    """,
    regex.VERBOSE,
    abbr=_ABBREVIATIONS,
)


_NEWLINE = compile_pattern(r"\n")

# Every kind of space that is not " " (no-break spaces are common in scraped text).
_ODD_SPACE = compile_pattern(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def plain_spaces(text: str) -> str:
    """``text`` with every kind of space as " ": same length, so offsets hold for both."""
    return _ODD_SPACE.sub(" ", text) if _ODD_SPACE.search(text) else text


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> Iterator[Sentence]:
    """The sentences of ``text``, stripped of surrounding white space, with their offsets."""
    pos = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.end() if not m.group().startswith("\n") else m.start()
        yield from _stripped(text, pos, cut)
        pos = m.end()
    yield from _stripped(text, pos, len(text))


# No real sentence is longer; a longer run (a table, a list, junk with no full stop) is cut at
# white space so that the work per sentence stays bounded and the whole read stays linear.
MAX_SENTENCE = 1200


def _stripped(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield from _stripped(text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Sentence(start, end, text[start:end])


class LineIndex:
    """Maps character offsets to 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


def squeeze(text: str) -> str:
    """Collapse runs of white space, for quoting a span that crosses a line break."""
    return " ".join(text.split())
