"""What every match of a pattern begins with, read from the pattern's source: so that a rule's
trigger ("\\bhome\\s+to\\b", "\\b(?:died|dies|hospitali[sz]ed)\\b") is tried only where the text
has one of those beginnings, found with ``str.find``, and not searched for at every offset.

The reading is a small one and errs one way only: it gives beginnings where it understands
every part of the pattern that a match begins with (literal characters, groups and their
branches, named word lists, small sets of letters, zero-width assertions, quantifiers), and
None otherwise. A beginning is lower-case ASCII (a pattern's letter matches only itself in
either case, or a character that folds oddly, which the caller rules out), cut before any
other character, so that the text's lower-case copy has it wherever a match begins.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import NamedTuple

import regex

_MOST_BEGINNINGS = 32  # more than this many finds cost what a search costs
_LONGEST = 12  # characters of a beginning kept: a longer one is found where its head is
_ZERO_WIDTH_ESCAPES = frozenset("bBAZGmM")
_CHARACTER_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_QUANTIFIER = regex.compile(r"\{(?P<least>\d*)(?:,\d*)?\}")

# A reading of one part: the strings its matches may begin with, each with whether it is the
# whole of that match (so that what follows may be joined to it).
_Read = list[tuple[str, bool]]


class _Reading(NamedTuple):
    begins: _Read | None  # None: not understood
    holds: frozenset[str] | None  # strings one of which every match holds; None: not known


class _NotUnderstood(Exception):
    pass


@functools.lru_cache(maxsize=256)
def leading_literals(pattern: regex.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII strings, one of which the lower-case copy of a text has wherever a
    match of ``pattern`` begins (found at that offset); None where the source is not read."""
    reading = _read(pattern)
    if reading is None or reading.begins is None:
        return None
    return _fewest({_ascii_head(text) for text, _ in reading.begins})


@functools.lru_cache(maxsize=256)
def held_literals(pattern: regex.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII strings, one of which the lower-case copy of a text has inside every
    match of ``pattern`` ("arrested" in "\\p{Lu}\\p{Ll}+, \\d+, was arrested"); None where
    the source is not read or no such strings are known."""
    reading = _read(pattern)
    if reading is None or reading.holds is None:
        return None
    return _fewest(set(reading.holds))


def _read(pattern: regex.Pattern[str]) -> _Reading | None:
    if pattern.flags & (regex.VERBOSE | regex.REVERSE | regex.FULLCASE):
        return None  # (spaces that are not read, a search from the end, "ß" for "ss")
    try:
        reading, end = _alternation(pattern.pattern, 0, pattern.named_lists)
    except _NotUnderstood:
        return None
    return reading if end == len(pattern.pattern) else None  # (an unbalanced ")")


def _fewest(beginnings: set[str]) -> tuple[str, ...] | None:
    """The beginnings, none of which begins another (found where that one is), shortened
    until there are few enough to find; None where one is empty."""
    length = _LONGEST
    while True:
        cut = {b[:length] for b in beginnings}
        if "" in cut:
            return None
        kept = [b for b in sorted(cut) if not any(b != o and b.startswith(o) for o in cut)]
        if len(kept) <= _MOST_BEGINNINGS:
            return tuple(kept)
        length -= 1


def _ascii_head(text: str) -> str:
    n = 0
    while n < len(text) and text[n].isascii():
        n += 1
    return text[:n].lower()


def _alternation(
    source: str, i: int, lists: Mapping[str, frozenset[str]]
) -> tuple[_Reading, int]:
    """The branches from ``source[i]`` to the ")" that closes them (or the end)."""
    begins: _Read | None = []
    holds: set[str] | None = set()
    while True:
        branch, i = _sequence(source, i, lists)
        begins = None if begins is None or branch.begins is None else begins + branch.begins
        holds = None if holds is None or branch.holds is None else holds | branch.holds
        if i < len(source) and source[i] == "|":
            i += 1
            continue
        return _Reading(begins, None if holds is None else frozenset(holds)), i


def _sequence(source: str, i: int, lists: Mapping[str, frozenset[str]]) -> tuple[_Reading, int]:
    """One branch: its parts joined while each is the whole of its match. What it begins with
    is the first run of parts so joined; what it holds, the most telling of its runs, or of
    what a part holds ("(?:killed|died)" in "\\d+ (?:killed|died)")."""
    begins: _Read | None = None
    run: _Read = [("", True)]
    held: list[frozenset[str]] = []
    while i < len(source) and source[i] not in "|)":
        part, i = _part(source, i, lists)
        least, i = _quantified(source, i)
        joining = part.begins
        if joining is None or least == 0:
            joining = [("", False)]  # (not understood, or may be absent: nothing more is known)
        elif least is not None:
            joining = [(text, False) for text, _ in joining]  # (repeated: its first is known)
        if part.holds is not None and least != 0:
            held.append(part.holds)
        run = _joined(run, joining)
        if not any(whole for _, whole in run):  # (the run ends here)
            begins = run if begins is None else begins
            held.append(frozenset(text for text, _ in run))
            run = [("", True)]
    if begins is None:
        begins = run
    held.append(frozenset(text for text, _ in run))
    return _Reading(begins, _most_telling(held)), i


def _joined(run: _Read, part: _Read) -> _Read:
    joined = [(text, False) for text, whole in run if not whole]
    joined += [(text + more, whole_too) for text, whole in run if whole
               for more, whole_too in part]  # fmt: skip
    if len(joined) > 4 * _MOST_BEGINNINGS:
        return [(text, False) for text, _ in run]  # (too many to join: stop here)
    return joined


def _most_telling(held: list[frozenset[str]]) -> frozenset[str] | None:
    """Of sets of strings one of which a match holds, the one whose strings are longest (as
    ASCII), then fewest; None where each has an empty one."""
    best: frozenset[str] | None = None
    best_score = (0, 0)
    for strings in held:
        heads = frozenset(_ascii_head(text) for text in strings)
        if not heads or "" in heads:
            continue
        score = (min(min(map(len, heads)), _LONGEST), -len(heads))
        if best is None or score > best_score:
            best, best_score = heads, score
    return best


def _quantified(source: str, i: int) -> tuple[int | None, int]:
    """The least count of the quantifier at ``source[i]`` (None: there is none) and where
    the part ends after it."""
    if i >= len(source):
        return None, i
    c = source[i]
    if c in "?*+":
        least = 1 if c == "+" else 0
        i += 1
    elif c == "{":
        m = _QUANTIFIER.match(source, i)
        if m is None:
            raise _NotUnderstood  # (a fuzzy match's "{e<=1}", or a "{" of its own)
        least = int(m["least"] or 0)
        i = m.end()
    else:
        return None, i
    if i < len(source) and source[i] in "?+":
        i += 1  # (lazy or possessive: the same strings)
    return least, i


def _part(source: str, i: int, lists: Mapping[str, frozenset[str]]) -> tuple[_Reading, int]:
    """The part at ``source[i]``: its reading and where it ends (before any quantifier)."""
    c = source[i]
    if c == "(":
        return _group(source, i, lists)
    if c == "[":
        return _set(source, i)
    if c == "\\":
        return _escape(source, i, lists)
    if c in "^$":
        return _ZERO_WIDTH, i + 1
    if c == ".":
        return _UNKNOWN, i + 1
    return _Reading([(c, True)], None), i + 1


def _group(source: str, i: int, lists: Mapping[str, frozenset[str]]) -> tuple[_Reading, int]:
    head = source[i : i + 4]
    if head.startswith(("(?=", "(?!", "(?<=", "(?<!")):  # (looking around: zero-width)
        _, end = _alternation(source, i + (4 if head.startswith("(?<") else 3), lists)
        return _ZERO_WIDTH, _closed(source, end)
    if head.startswith("(?#"):
        return _ZERO_WIDTH, source.index(")", i) + 1
    if head.startswith(("(?P<", "(?<")):
        start = source.index(">", i) + 1
    elif head.startswith(("(?:", "(?>")):
        start = i + 3
    elif head.startswith("(?"):
        flags = regex.match(r"\(\?[a-zA-Z]*(?:-[a-zA-Z]+)?(?P<end>[:)])", source[i:])
        if flags is None:
            raise _NotUnderstood  # (a conditional, a branch reset, a recursion)
        if set(flags.group().split("-")[0]) & set("rxf"):
            raise _NotUnderstood  # (a reverse search, spaces that are not read, full folds)
        if flags["end"] == ")":
            return _ZERO_WIDTH, i + flags.end()  # (flags for the rest: case is ignored)
        start = i + flags.end()
    else:
        start = i + 1
    reading, end = _alternation(source, start, lists)
    return reading, _closed(source, end)


def _closed(source: str, at: int) -> int:
    if at >= len(source) or source[at] != ")":
        raise _NotUnderstood
    return at + 1


def _set(source: str, i: int) -> tuple[_Reading, int]:
    """A set of characters: the letters or digits of a plain one ("[sz]"); else not read."""
    end = i + 1
    if end < len(source) and source[end] in "^]":
        end += 1
    while end < len(source) and source[end] != "]":
        end += 2 if source[end] == "\\" else 1
    if end >= len(source):
        raise _NotUnderstood
    inside = source[i + 1 : end]
    if inside and all(ch.isascii() and ch.isalnum() for ch in inside):
        return _Reading([(ch, True) for ch in sorted(set(inside))], None), end + 1
    return _UNKNOWN, end + 1


def _escape(source: str, i: int, lists: Mapping[str, frozenset[str]]) -> tuple[_Reading, int]:
    if i + 1 >= len(source):
        raise _NotUnderstood
    c = source[i + 1]
    if c in _ZERO_WIDTH_ESCAPES:
        return _ZERO_WIDTH, i + 2
    if c == "L":
        m = regex.match(r"\\L<(\w+)>", source[i:])
        if m is None or m[1] not in lists:
            raise _NotUnderstood
        return _Reading([(word, True) for word in sorted(lists[m[1]])], None), i + m.end()
    if c in _CHARACTER_ESCAPES:
        return _Reading([(_CHARACTER_ESCAPES[c], True)], None), i + 2
    if c.isalnum():
        # (a class of characters, a property with its braces, a back-reference, a code)
        end = i + 2
        if c in "pPN" and end < len(source) and source[end] == "{":
            end = source.index("}", end) + 1
        return _UNKNOWN, end
    return _Reading([(c, True)], None), i + 2  # (an escaped sign: itself)


_ZERO_WIDTH = _Reading([("", True)], None)
_UNKNOWN = _Reading(None, None)
