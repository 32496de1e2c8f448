"""The text helpers' quick paths (a check for ASCII, classes of characters scanned by ``re``,
sentences stripped by ``str.strip``) give what the plain ways give."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.text import (
    _BOUNDARY,
    _ODD_SPACE,
    FOLDS_ODDLY,
    Sentence,
    _stripped,
    folds_oddly,
    plain_spaces,
    sentences,
)

ODD_TEXTS = [
    "",
    "plain ASCII text, 3 May",
    "caf\u00e9 na\u00efve",
    "no\u00a0break\u202fspaces\u3000here",
    "Stra\u00dfe",
    "\ufb01ve \u212a",
    "\U0001df95",
    "\u2009thin\u200aand hair",
]


# Letters read as others, one for one (``plain_spaces``): the long s, the Kelvin, Angstrom and Ohm
# signs
ONE_FOR_ONE = {"\u017f": "s", "\u212a": "K", "\u212b": "\u00c5", "\u2126": "\u03a9"}


def _plainly(text: str) -> str:
    """``plain_spaces`` the plain way: a pattern for the spaces, a loop for the letters."""
    return "".join(ONE_FOR_ONE.get(c, c) for c in _ODD_SPACE.sub(" ", text))


def test_every_character_is_read_as_the_patterns_read_it() -> None:
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        assert folds_oddly(c) == (FOLDS_ODDLY.search(c) is not None), hex(code)
        assert plain_spaces(c) == _plainly(c), hex(code)


def test_texts_are_read_as_the_patterns_read_them(seeds: Path) -> None:
    texts = [*ODD_TEXTS, *(p.read_text("utf-8") for p in sorted(seeds.glob("*.txt")))]
    for text in texts:
        assert folds_oddly(text) == (FOLDS_ODDLY.search(text) is not None)
        assert plain_spaces(text) == _plainly(text)


def _plain_sentences(text: str) -> list[Sentence]:
    """``sentences`` as it was, every piece stripped by ``_stripped``."""
    found: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.end() if not m.group().startswith("\n") else m.start()
        found.extend(_stripped(text, pos, cut))
        pos = m.end()
    found.extend(_stripped(text, pos, len(text)))
    return found


SENTENCE_TEXTS = [
    "",
    "   ",
    "One. Two!  Three?\n\nFour\u2028 five.\x1c Six.\x85\u00a0Seven.",
    "Col. Dillon said. He left.This homicide came. \n \n \t\nEnd",
    "word " * 700 + ". Next one. " + "x" * 2500 + " y.",
    "\u3000 \x1c\x1d\x1e\x1f Lead.  \t",
]


def test_sentences_are_stripped_as_before(seeds: Path) -> None:
    texts = [*SENTENCE_TEXTS, *(p.read_text("utf-8") for p in sorted(seeds.glob("*.txt")))]
    for text in texts:
        assert list(sentences(text)) == _plain_sentences(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab. \n\t\x1c\u2028\u00a0A!?", max_size=60))
def test_any_text_is_split_as_before(text: str) -> None:
    assert list(sentences(text)) == _plain_sentences(text)
