"""Compiling rule patterns: named word lists (``\\L<name>`` in the ``regex`` module), and a
cache of compiled patterns that makes start-up fast.

The ``regex`` module parses and optimises a pattern in Python: the rules' patterns take some
0.3 s to compile, several times the time to read a handful of articles. A compiled pattern
pickles as its compiled code, which loads without being parsed again (``regex`` registers
that with ``copyreg``), so the patterns compiled once are kept in a file and loaded from it
on the next start, in about 10 ms. A pattern is found there by a digest of its source,
flags and word lists, in a file named for the versions of Python and ``regex``:
a changed pattern (or word list) has another digest and is compiled afresh.

The file lives in the cache folder (``homscheck.cachedir``: ``~/.cache/homscheck`` unless
``$HOMSCHECK_CACHE_DIR`` says otherwise; ``HOMSCHECK_CACHE_DIR=off`` turns the cache off).
Reading it never fails a run: a missing, unreadable or corrupt file is as good as none. Only
the command line writes it (``save_pattern_cache``), after a run that compiled a pattern, and
it keeps the patterns stored before (up to a bound) beside those the run used.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar, cast

import regex

from homscheck.cachedir import cache_folder

_VERSION = "1"  # of the file's layout
_MOST_BYTES_KEPT = 8 << 20  # some five times the rules' patterns (1.7 MB)
_T = TypeVar("_T")


def words(items: Iterable[str]) -> list[str]:
    """A named list, longest first so that "shot dead" wins over "shot"; an empty list
    matches nothing (the ``regex`` module would let it match the empty string)."""
    # (sorted alphabetically, then stably by length, longest first: the order of a sort by
    # (-len, word), without a Python key function called for every word)
    ordered = sorted(set(items))
    ordered.sort(key=len, reverse=True)
    return ordered or ["\x00never\x00"]


_Tree = dict[str, "_Tree"]  # a letter to the words' rest after it; "" where a word ends


def prefix_tree(items: Iterable[str]) -> str:
    """The words as one pattern that shares their prefixes: "t(?:en(?:s)?|wo)" for "ten",
    "tens", "two". It matches where ``\\L<name>`` of them does, longest word first as that
    does, and is faster to search: ``regex`` tries a list one word length after another at
    every position, a tree one letter at a time (a scan for one of some 70 words takes a
    third less time). For the lists of words that a rule's trigger scans a whole text for.
    Built trees are kept in the pattern cache: building the rules' trees takes some 20 ms,
    a tenth of a cold start."""
    return _CACHE.tree(sorted(set(items)))


def words_held(items: Iterable[str]) -> tuple[str, ...]:
    """The ``items`` in lower case without those that hold another ("shot dead" holds "shot"):
    a text holds one of the items exactly where it holds one of these, so a test for them
    (``homscheck.scope.may_contain``) needs only these. Kept in the pattern cache as trees
    are: the counting rules' lists take some 10 ms to reduce, at every start."""
    return tuple(_CACHE.derived("held", sorted({w.lower() for w in items}), _words_held))


def _words_held(items: list[str]) -> list[str]:
    # (shortest first, each tested against the few kept so far: a word that holds a dropped
    # word holds the kept word that one holds)
    kept: list[str] = []
    for w in sorted(items, key=len):
        if not any(k in w for k in kept):
            kept.append(w)
    return sorted(kept)


def _build_tree(items: list[str]) -> str:
    tree: _Tree = {}
    for word in items:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: _Tree) -> str:
        arms = [regex.escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(tree) if tree else "(?!)"  # no words: nothing, as ``words`` says


def compile_words(pattern: str, *, flags: int = 0, **lists: Iterable[str]) -> regex.Pattern[str]:
    """``compile_pattern`` with named word lists; lists the pattern does not use are ignored.
    (The lists become ``words`` only to compile: a pattern from the cache is found by the
    words as given.)"""
    kept = _as_given(lists)
    return _deferred(lambda: _CACHE.compile(pattern, int(flags), True, kept, as_words=True))


def compile_trees(pattern: str, *, flags: int = 0, **lists: Iterable[str]) -> regex.Pattern[str]:
    """``compile_words`` with each ``\\L<name>`` written out as the ``prefix_tree`` of its
    words (the same matches, tried in the same order), for a pattern tried at many places
    whose lists ``regex`` would look up one word length after another at each try: a counting
    rule's subject after each number ("189 ISIS militants"), with its lists of words that may
    stand before it, matches three times as fast so. (Not for a rule's trigger:
    ``homscheck.context.first_words`` reads the words of a trigger's lists.)"""
    kept = _as_given(lists)

    def written_out() -> regex.Pattern[str]:
        trees: dict[str, str] = {}  # (of the lists the pattern names: a rule passes them all)

        def tree(m: re.Match[str]) -> str:
            name = m[1]
            if name not in trees:
                trees[name] = prefix_tree(kept[name])
            return f"(?:{trees[name]})"

        return _CACHE.compile(_LIST_NAME.sub(tree, pattern), int(flags), False, {})

    return _deferred(written_out)


_LIST_NAME = re.compile(r"\\L<(\w+)>")


def compile_pattern(
    pattern: str, flags: int = 0, *, ignore_unused: bool = False, **lists: Any
) -> regex.Pattern[str]:
    """``regex.compile``, through the cache of compiled patterns."""
    kept = _as_given(lists)
    return _deferred(lambda: _CACHE.compile(pattern, int(flags), ignore_unused, kept))


def save_pattern_cache() -> None:
    """Write the patterns compiled in this process for the next start (best effort). A run
    that had to compile one (a first run, or one after an upgrade) makes all the others too,
    those it did not use, so that the file holds every pattern for the runs after it."""
    if _CACHE.missed:
        for pattern in _DEFERRED:
            pattern.made()
    _CACHE.save()


def _as_given(lists: dict[str, Any]) -> dict[str, Any]:
    """The word lists as they are now: a module may add to a list after compiling with it."""
    return {name: tuple(items) for name, items in lists.items()}


class _Deferred:
    """A compiled pattern, made (loaded from the cache, else compiled) when first used.

    The rules declare some 900 patterns; a run on a few articles uses about half of them, and
    loading all of them from the cache was a tenth of a cold start. Each attribute asked for
    (``match``, ``finditer``, ``pattern``) is kept in the instance once fetched, so that later
    lookups find it as quickly as on the pattern itself."""

    def __init__(self, make: Callable[[], regex.Pattern[str]]) -> None:
        self._make: Callable[[], regex.Pattern[str]] | None = make
        self._pattern: regex.Pattern[str] | None = None

    def made(self) -> regex.Pattern[str]:
        if self._pattern is None:
            assert self._make is not None
            self._pattern, self._make = self._make(), None
        return self._pattern

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # (copy and pickle ask for hooks: the pattern's own)
            raise AttributeError(name)
        value = getattr(self.made(), name)
        setattr(self, name, value)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (_identity, (self.made(),))

    def __repr__(self) -> str:
        return repr(self.made())


def _identity(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    return pattern


# Every deferred pattern, to be made all at once before a first run writes the cache
_DEFERRED: list[_Deferred] = []


def _deferred(make: Callable[[], regex.Pattern[str]]) -> regex.Pattern[str]:
    pattern = _Deferred(make)
    _DEFERRED.append(pattern)
    return cast("regex.Pattern[str]", pattern)


class _PatternCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[str, bytes] | None = None  # read when first needed
        self._used: dict[str, bytes] = {}
        self._missed = False

    @property
    def missed(self) -> bool:
        """Whether this process compiled a pattern that the file did not hold."""
        return self._missed

    def compile(
        self,
        pattern: str,
        flags: int,
        ignore_unused: bool,
        lists: dict[str, Any],
        *,
        as_words: bool = False,
    ) -> regex.Pattern[str]:
        """The compiled pattern; with ``as_words``, each list is compiled as ``words`` of it."""

        def build() -> regex.Pattern[str]:
            named = {name: words(items) for name, items in lists.items()} if as_words else lists
            return regex.compile(pattern, flags, ignore_unused=ignore_unused, **named)

        if self.path is None:
            return build()
        return self._fetch(
            _digest(pattern, flags, lists, ignore_unused=ignore_unused, as_words=as_words),
            build,
            lambda compiled: pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL),
            pickle.loads,
        )

    def tree(self, items: list[str]) -> str:
        """``_build_tree(items)``, from the cache when it holds it."""
        return self._text("tree", items, _build_tree)

    def derived(
        self, kind: str, items: list[str], build: Callable[[list[str]], list[str]]
    ) -> list[str]:
        """``build(items)``, a list of words made from a list of words, from the cache when
        it holds it (under ``kind``)."""
        text = self._text(kind, items, lambda words: "\x00".join(build(words)))
        return text.split("\x00") if text else []

    def _text(self, kind: str, items: list[str], build: Callable[[list[str]], str]) -> str:
        """``build(items)``, a text made from a list of words, kept under ``kind`` and the
        words' digest."""
        if self.path is None:
            return build(items)
        digest = hashlib.sha256(repr(items).encode("utf-8", "surrogatepass")).hexdigest()
        return self._fetch(
            f"{kind}:{digest}",
            lambda: build(items),
            lambda built: built.encode("utf-8", "surrogatepass"),
            lambda stored: stored.decode("utf-8", "surrogatepass"),
        )

    def _fetch(
        self,
        key: str,
        build: Callable[[], _T],
        dump: Callable[[_T], bytes],
        load: Callable[[bytes], _T],
    ) -> _T:
        """What the file holds under ``key``, else ``build()``, kept for the next start. An
        entry that does not load (corrupt, foreign) is built again."""
        stored = self._read().get(key)
        if stored is not None:
            try:
                loaded = load(stored)
                self._used[key] = stored
                return loaded
            except Exception:
                pass
        built = build()
        self._used[key] = dump(built)
        self._missed = True
        return built

    def _read(self) -> dict[str, bytes]:
        if self._stored is None:
            self._stored = {}
            if self.path is not None:
                try:
                    loaded = pickle.loads(self.path.read_bytes())
                    if isinstance(loaded, dict):
                        self._stored = loaded
                except Exception:
                    pass
        return self._stored

    def save(self) -> None:
        if self.path is None or not self._missed:
            return
        import tempfile  # (only a run that compiled a pattern writes: keep it out of start-up)

        # The patterns this run did not use are kept: another run may need them (a run with
        # some rules selected, or whose articles reach a rule's later patterns), and two runs
        # that each dropped the other's would compile them again in turn. Only patterns of
        # edited rules are never used again; when they have piled up, the file starts afresh.
        kept = {**self._read(), **self._used}
        if sum(map(len, kept.values())) > _MOST_BYTES_KEPT:
            kept = dict(self._used)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, delete=False) as out:
                out.write(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(out.name, self.path)  # whole or not at all, even with two runs at once
            self._stored, self._missed = kept, False
        except OSError:
            pass  # a read-only home, a full disk: run without the cache


def _digest(
    pattern: str,
    flags: int,
    lists: dict[str, Any],
    *,
    ignore_unused: bool = False,
    as_words: bool = False,
) -> str:
    """The key of a compiled pattern: its source, flags and the words of its lists (as a set:
    ``regex`` keeps a list as one). Where unused lists are ignored, only the lists the pattern
    names (``\\L<name>``) count: the rules of a module often pass all of its lists to each of
    its patterns, and digesting them all took a few ms of every start."""
    if ignore_unused:
        lists = {name: items for name, items in lists.items() if f"<{name}>" in pattern}
    # (sorted: a list may be given as a set, whose order changes from run to run)
    named = sorted((name, sorted(set(map(str, items)))) for name, items in lists.items())
    return hashlib.sha256(
        repr((pattern, flags, as_words, named)).encode("utf-8", "surrogatepass")
    ).hexdigest()


def _cache_path() -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    python = "".join(map(str, sys.version_info[:2]))
    return folder / f"patterns-{_VERSION}-py{python}-regex{regex.__version__}.pickle"


_CACHE = _PatternCache(_cache_path())
