"""Plain-text helpers: sentences with offsets, line and column of an offset.

Sentences are found by a small splitter that knows news abbreviations ("Col.", "Mr.", "U.S.")
so a claim's context is the sentence a reader would quote.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

import regex

from homscheck.patterns import compile_pattern

# Ranks and offices cut short before a name: "Det. Jo Roe", "Lt. Ann Lee"
RANK_ABBREVIATIONS = (
    "lt", "sgt", "capt", "cpl", "col", "maj", "det", "insp", "supt", "cmdr", "adm", "gov", "sen",
    "rep", "pres", "pfc", "spc", "ofc", "dep", "brig",
)  # fmt: skip
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = [
    "mr", "mrs", "ms", "dr", "prof", "gen", *RANK_ABBREVIATIONS, "st", "jr", "sr", "no", "vs",
    "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m", "approx", "est", "ft", "mt",
    "ave", "blvd", "rd", "rev", "hon", "engr",
]  # fmt: skip
# ... and, capitalised only (an "arc." may end a sentence), the professions Nigeria's officials
# are styled by: an architect's, a barrister's, a pharmacist's, a surveyor's
_TITLED_ABBREVIATIONS = ["Arc", "Barr", "Pharm", "Surv"]

# Capitalised words that go on with a time of day in one sentence: its day, its month, its zone
_AFTER_A_TIME = [*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:],
                 "Eastern", "Central", "Pacific", "Mountain", "Atlantic", "Local", "Sept",
                 "Today", "Tonight", "Tomorrow", "Yesterday"]  # fmt: skip
# A sentence ends at ., ! or ? (with closing quotes or brackets) followed by white space and an
# upper-case letter, digit or opening quote — or at a blank line.
# How a line of a bulletin's list opens: a bullet, or a label and its colon ("- Deaths: 9",
# "Position: approx. 280 nm"), for the sentences and the dates of the list
LIST_LINE = r"[-•*·–—▪●◦][ \t]|\p{Lu}[\p{L}/()-]*(?:[ ][\p{L}/()-]+){0,5}:[ \t]"

_BOUNDARY = compile_pattern(
    r"""
    (?<! \b (?i:\L<abbr>) )          # "Col. Dillon" does not end a sentence
    (?<! \b \L<titled> )             # nor a profession's, capitalised: "Arc. Kehinde Ajayi"
    (?<! \b \p{Lu} )                 # nor does an initial: "Elijah J. Magnier"
    [.!?]+ ["'”’)\]]*                # the full stop and what closes with it
    (?= \s+ ["'“‘(\[]? [\p{Lu}\d] )  # the next sentence starts upper-case
    | (?<= \p{Ll}{2} )                # scraped text glues sentences: "said her aunt.This
      (?<! \b (?i:\L<abbr>|www) )      # homicide came...": a full stop between a word
      [.!?]                           # and a capitalised word, with no space
      (?= \p{Lu} (?: \p{Ll} | \s ) )
    | (?<= \b[ap]\.m ) \.              # a time ends a sentence before a capitalised word
      (?= \s+ (?! \L<after_time> \b )  # that goes on with no time zone nor day: "at 10
          \p{Lu}\p{Ll} )                # a.m. About 240..." (not "10 a.m. Thursday")
    | \n[ \t]*\n                     # a blank line always ends a paragraph
    | \n (?= [ \t]* (?: """ + LIST_LINE + r""" ) )  # so does a line break before a list's line
    """,
    regex.VERBOSE,
    abbr=_ABBREVIATIONS,
    titled=_TITLED_ABBREVIATIONS,
    after_time=_AFTER_A_TIME,
)


# Every kind of space that is not " " (no-break spaces are common in scraped text).
_ODD_SPACE = compile_pattern(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# The same class for the standard library's ``re``, which scans a text for a class of single
# characters twice as fast as ``regex`` (both read the class alike: code points, no flags).
_ODD_SPACE_RE = re.compile(_ODD_SPACE.pattern)


def plain_spaces(text: str) -> str:
    """``text`` with every kind of space as " ", and the letters that case-insensitive
    matching takes for others as those ("ſ" as "s", the Kelvin sign as "K"): same length, so
    offsets hold for both. (The rules match "were ſhot" as "were shot" and look the word
    matched up in their word lists: it must be the word listed.)"""
    # (every odd space and letter is beyond ASCII; half the articles are ASCII through: a
    # check in C)
    if text.isascii():
        return text
    if _ODD_LETTER_RE.search(text) is not None:  # (rare: a scan in C before a slow translate)
        text = text.translate(_ONE_FOR_ONE)
    if _ODD_SPACE_RE.search(text) is None:
        return text
    return _ODD_SPACE_RE.sub(" ", text)


# Letters that match others in case-insensitive patterns, each one character for one: the long
# s, the Kelvin and Angstrom signs, the Ohm sign.
_ONE_FOR_ONE = str.maketrans({"ſ": "s", "K": "K", "Å": "Å", "Ω": "Ω"})
# The letters ``_ONE_FOR_ONE`` replaces: a text seldom has them, and ``str.translate`` by a
# table reads every character of a text beyond ASCII slowly (a tenth of a millisecond a page);
# a search for them in ``re`` is thirty times as quick.
_ODD_LETTER_RE = re.compile("[" + "".join(map(chr, _ONE_FOR_ONE)) + "]")


# Characters that case-insensitive matching (``regex``, with or without full case folding)
# takes for ASCII letters although ``str.lower`` does not make them those letters, or that
# ``str.lower`` makes two characters: "ß" matches "ss", "ﬁ" "fi", "ſ" "s", "K" (Kelvin) "k",
# "İ" lowers to "i" and a dot. Found by trying every code point (tests repeat the probe). In a
# text without them, a pattern's ASCII letters match just where the lower-case copy has them.
FOLDS_ODDLY = compile_pattern(
    "[\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9e\u212a\ufb00-\ufb06\U0001df95]"
)
_FOLDS_ODDLY_RE = re.compile(FOLDS_ODDLY.pattern)  # (``re``: a quicker scan, as above)


def folds_oddly(text: str) -> bool:
    """Whether ``text`` has a character of ``FOLDS_ODDLY`` (none is ASCII)."""
    return not text.isascii() and _FOLDS_ODDLY_RE.search(text) is not None


# Bytes kept as they are in the copy that ``WordIndex`` splits (ASCII letters), all else a space.
_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


class WordIndex:
    """Where the words of a text begin, by their first three letters, lower-case: the offsets
    of the runs of ASCII letters in its lower-case copy. A pattern that begins with a word
    from a list, after a word boundary, may then be tried only where a word of the text
    begins as one of its words does, rather than at every offset."""

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered  # the lower-case copy, for quick comparisons at its offsets
        # A byte a character ("?" for one beyond Latin-1), so offsets hold; split at all that
        # is not a letter (an empty run between two such characters). (A plain loop: quicker
        # than chains of C iterators for the offsets, heads and runs not empty.)
        runs = lowered.encode("latin-1", "replace").translate(_LETTERS).split(b" ")
        index: dict[bytes, list[int]] = {}
        at = 0
        for run in runs:
            if run:
                head = run[:3]
                found = index.get(head)
                if found is None:
                    index[head] = [at]
                else:
                    found.append(at)
                at += len(run) + 1
            else:
                at += 1
        self._index = index
        self._sorted_keys: list[bytes] | None = None

    @classmethod
    def of(cls, text: str) -> WordIndex | None:
        """The index of ``text``, or None where its lower-case copy could mislead (above)."""
        return None if folds_oddly(text) else cls(text.lower())

    def starts(self, beginnings: Iterable[str]) -> list[int]:
        """Sorted offsets of the words that begin with one of ``beginnings`` (lower-case, an
        ASCII letter first; the letters among the first three are looked up, the rest not
        checked)."""
        heads, short = _heads(tuple(beginnings))
        index = self._index
        keys = index.keys() & heads
        for prefix in short:
            keys.update(self._keys_beginning(prefix))
        # Each offset is under one key only, so the lists of distinct keys never share one:
        # sorting them together (runs that are sorted already: a quick merge) needs no set.
        return sorted(chain.from_iterable(map(index.__getitem__, keys)))

    def _keys_beginning(self, prefix: bytes) -> list[bytes]:
        """The keys that begin with ``prefix``: a run of the sorted keys (sorted on the first
        such look-up, not for every one)."""
        if self._sorted_keys is None:
            self._sorted_keys = sorted(self._index)
        keys = self._sorted_keys
        first = bisect.bisect_left(keys, prefix)
        last = first
        while last < len(keys) and keys[last].startswith(prefix):
            last += 1
        return keys[first:last]


@functools.lru_cache(maxsize=256)
def _heads(beginnings: tuple[str, ...]) -> tuple[frozenset[bytes], tuple[bytes, ...]]:
    """The keys that ``beginnings`` name in a ``WordIndex`` (their first three letters; for
    a beginning of two letters, every key it begins, a few named rather than found among the
    sorted keys), and the beginnings shorter than that (up to their first character that is
    not a letter), that match every key they begin: worked out once per list of beginnings."""
    heads: set[bytes] = set()
    short: set[bytes] = set()
    for b in beginnings:
        head = b[:3].encode("ascii", "replace").translate(_LETTERS).split(b" ")[0]
        if len(head) == 2:  # ("in", "of", "to"): itself and the heads of three that it begins
            heads.update([head, *(head + letter for letter in _ASCII_LETTERS)])
        else:
            (heads if len(head) == 3 else short).add(head)
    return frozenset(heads), tuple(short)


_ASCII_LETTERS = [bytes([c]) for c in range(ord("a"), ord("z") + 1)]


@functools.lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex | None:
    """``WordIndex.of(text)``, kept for the texts read last: the date reader and the rules'
    triggers look words up in the same index of a document."""
    return WordIndex.of(text)


def beginnings(words: Iterable[str]) -> tuple[str, ...]:
    """The first three letters of ``words``, lower-case, to look up in a ``WordIndex``: every
    word begins as one of them does."""
    return tuple(sorted({w[:3].lower() for w in words}))


# Words by their first three letters, each with the shorter words that begin as they do, and
# the shorter words: ``(by_head, short)``.
Prefixes = tuple[dict[str, tuple[str, ...]], tuple[str, ...]]


def prefixes(words: Iterable[str]) -> Prefixes:
    """``words`` (lower-case ASCII, one character at least) for ``may_begin``."""
    found = set(words)
    short = tuple(sorted(w for w in found if len(w) < 3))
    grouped: dict[str, list[str]] = {}
    for w in sorted(w for w in found if len(w) >= 3):  # (in one pass: every start builds these)
        grouped.setdefault(w[:3], []).append(w)
    by_head: dict[str, tuple[str, ...]] = {}
    for head in sorted(grouped):
        by_head[head] = tuple(grouped[head]) + tuple(w for w in short if head.startswith(w))
    return by_head, short


def may_begin(lowered: str, at: int, words: Prefixes) -> bool:
    """Whether ``lowered`` (a lower-case copy of a text) has one of ``words`` at ``at``: a word
    of a ``WordIndex`` that begins as one of them does may still be another word ("shop" for
    "shot"), and this test is quicker than a pattern tried there."""
    by_head, short = words
    return lowered.startswith(by_head.get(lowered[at : at + 3], short), at)


def begun(lowered: str, starts: Iterable[int], words: Prefixes) -> list[int]:
    """The offsets of ``starts`` at which ``may_begin``: the test inline, over all of them at
    once (a call per offset costs as much as the test)."""
    by_head, short = words
    head = by_head.get
    return [at for at in starts if lowered.startswith(head(lowered[at : at + 3], short), at)]


def any_within(starts: list[int], start: int, end: int) -> bool:
    """Whether one of ``starts`` (sorted) is in ``[start, end)``."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def finditer_at(
    pattern: regex.Pattern[str], text: str, starts: list[int] | None, start: int, end: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, start, end)``, tried only at ``starts`` (sorted offsets that
    include every one at which a match begins; None: searched for). Each try sees the same
    text around it, and a match again hides the ones that would overlap it. For patterns
    that cannot match the empty string."""
    if starts is None:
        yield from pattern.finditer(text, start, end)
        return
    pos = start
    for at in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if at < pos:
            continue
        m = pattern.match(text, at, end)
        if m is not None:
            yield m
            pos = m.end()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> Iterator[Sentence]:
    """The sentences of ``text``, stripped of surrounding white space, with their offsets."""
    pos = 0
    for m in _BOUNDARY.finditer(text):
        start, end = m.span()
        yield from _stripped_quickly(text, pos, start if text[start] == "\n" else end)
        pos = end
    yield from _stripped_quickly(text, pos, len(text))


def _stripped_quickly(text: str, start: int, end: int) -> Iterable[Sentence]:
    """``_stripped``, with the usual sentence (not too long) stripped by ``str.strip``, which
    strips what ``str.isspace`` says is white space, as ``_stripped`` does, in C."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    stripped = stripped.rstrip()
    end = start + len(stripped)
    if end - start > MAX_SENTENCE:
        return _stripped(text, start, end)
    return (Sentence(start, end, stripped),) if stripped else ()


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
        # (the lengths of the lines: a third of the time of a pattern's matches)
        self._starts = [0]
        at = 0
        for line in text.split("\n")[:-1]:
            at += len(line) + 1
            self._starts.append(at)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


def squeeze(text: str) -> str:
    """Collapse runs of white space, for quoting a span that crosses a line break."""
    return " ".join(text.split())
