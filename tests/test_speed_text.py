"""The text helpers' quick paths (a check for ASCII, classes of characters scanned by ``re``)
give what the ``regex`` patterns they stand for give."""

from __future__ import annotations

from pathlib import Path

from homscheck.text import _ODD_SPACE, FOLDS_ODDLY, folds_oddly, plain_spaces

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


def test_every_character_is_read_as_the_patterns_read_it() -> None:
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        assert folds_oddly(c) == (FOLDS_ODDLY.search(c) is not None), hex(code)
        assert plain_spaces(c) == _ODD_SPACE.sub(" ", c), hex(code)


def test_texts_are_read_as_the_patterns_read_them(seeds: Path) -> None:
    texts = [*ODD_TEXTS, *(p.read_text("utf-8") for p in sorted(seeds.glob("*.txt")))]
    for text in texts:
        assert folds_oddly(text) == (FOLDS_ODDLY.search(text) is not None)
        assert plain_spaces(text) == _ODD_SPACE.sub(" ", text)
