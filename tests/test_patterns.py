"""The cache of compiled patterns: what it loads matches as what it compiled, and a missing,
corrupt or unwritable cache only costs time."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from homscheck.patterns import (
    _build_tree,
    _cache_path,
    _digest,
    _PatternCache,
    compile_words,
    words,
)

SENTENCE = "On Sunday, Talal Barazi said 12 people were killed in al-Waer and Homs."
LISTS = {"places": ["Homs", "al-Waer"], "days": ["Sunday", "Monday"]}
PATTERN = r"\b(?:\L<places>|\L<days>)\b|\d+"


def matches(pattern: regex.Pattern[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in pattern.finditer(SENTENCE)]


def test_a_pattern_loaded_from_the_cache_matches_as_the_one_compiled(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = _PatternCache(path)
    compiled = first.compile(PATTERN, regex.IGNORECASE, False, LISTS)
    first.save()
    second = _PatternCache(path)
    loaded = second.compile(PATTERN, regex.IGNORECASE, False, LISTS)
    assert not second._missed  # it came from the file
    assert matches(loaded) == matches(compiled) == matches(
        regex.compile(PATTERN, regex.IGNORECASE, **LISTS)
    )


def test_another_word_list_is_another_pattern(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = _PatternCache(path)
    first.compile(PATTERN, 0, False, LISTS)
    first.save()
    second = _PatternCache(path)
    changed = second.compile(PATTERN, 0, False, {**LISTS, "places": ["Rastan"]})
    assert second._missed
    assert [m[0] for m in changed.finditer("Homs and Rastan")] == ["Rastan"]


def test_a_corrupt_or_foreign_cache_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    for content in (b"\x00not a pickle", pickle.dumps(["a list"]), b""):
        path.write_bytes(content)
        cache = _PatternCache(path)
        assert matches(cache.compile(PATTERN, 0, False, LISTS))
        cache.save()  # and is replaced by a good one
        assert isinstance(pickle.loads(path.read_bytes()), dict)


def test_an_unwritable_cache_folder_costs_only_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    cache = _PatternCache(blocker / "sub" / "patterns.pickle")
    assert matches(cache.compile(PATTERN, 0, False, LISTS))
    cache.save()  # no exception


def test_the_cache_can_be_turned_off_and_moved(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HOMSCHECK_CACHE_DIR", "off")
    assert _cache_path() is None
    monkeypatch.setenv("HOMSCHECK_CACHE_DIR", str(tmp_path))
    path = _cache_path()
    assert path is not None and path.parent == tmp_path


def test_compile_words_still_matches_longest_first() -> None:
    pattern = compile_words(r"\L<verbs>", verbs=["shot", "shot dead"])
    assert pattern.search("he was shot dead")[0] == "shot dead"  # type: ignore[index]
    assert words([]) == ["\x00never\x00"]


def test_a_second_run_of_the_command_reads_the_cache_and_says_the_same(tmp_path: Path) -> None:
    env = {**os.environ, "HOMSCHECK_CACHE_DIR": str(tmp_path), "NO_COLOR": "1"}
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    cmd = [sys.executable, "-c", "from homscheck.cli import main; main()", "compare",
           str(seeds), "--format", "json"]  # fmt: skip
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    written = list(tmp_path.glob("patterns-*.pickle"))
    second = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    assert len(written) == 1
    assert first.returncode == second.returncode
    assert first.stdout == second.stdout and first.stdout.startswith("{")


def test_a_prefix_tree_loaded_from_the_cache_is_the_one_built(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    items = sorted({"shot", "shot dead", "shooting", "killed", "kill"})
    first = _PatternCache(path)
    built = first.tree(items)
    first.save()
    second = _PatternCache(path)
    assert second.tree(items) == built == _build_tree(items)
    assert not second._missed  # it came from the file
    found = regex.findall(rf"\b(?:{built})\b", "he was shot dead; a shooting; kill")
    assert found == ["shot dead", "shooting", "kill"]


def test_a_word_list_given_in_another_order_is_the_same_pattern() -> None:
    # a list given as a set comes in another order in every process (hash randomisation)
    assert _digest(PATTERN, 0, {"days": ["Sunday", "Monday"]}) == _digest(
        PATTERN, 0, {"days": {"Monday", "Sunday"}}
    )


def test_lists_a_pattern_does_not_name_are_not_part_of_its_key() -> None:
    # (a module often passes all its lists to each of its patterns, with ignore_unused)
    used = {"days": ["Sunday", "Monday"]}
    more = {**used, "unused": ["Homs"]}
    assert _digest(PATTERN, 0, more, ignore_unused=True) == _digest(
        PATTERN, 0, used, ignore_unused=True
    )
    assert _digest(PATTERN, 0, more) != _digest(PATTERN, 0, used)  # there, regex would refuse
    changed = {"days": ["Sunday"]}
    assert _digest(PATTERN, 0, changed, ignore_unused=True) != _digest(
        PATTERN, 0, used, ignore_unused=True
    )


def test_a_list_compiled_as_words_is_another_pattern_than_as_given(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = _PatternCache(path)
    as_given = first.compile(r"x\L<w>", 0, True, {"w": []})  # an empty list: the empty string
    first.save()
    second = _PatternCache(path)
    as_words = second.compile(r"x\L<w>", 0, True, {"w": []}, as_words=True)  # nothing
    assert second._missed
    assert as_given.search("x") and not as_words.search("x")
    second.save()
    third = _PatternCache(path)
    assert not third.compile(r"x\L<w>", 0, True, {"w": []}, as_words=True).search("x")


def test_words_are_longest_first_then_alphabetical() -> None:
    items = ["shot", "b", "shot dead", "a", "killed", "shot", "ab"]
    assert words(items) == sorted(set(items), key=lambda w: (-len(w), w))


def test_keys_of_different_lists_differ() -> None:
    cases = [
        {}, {"w": []}, {"w": [""]}, {"w": ["a", "b"]}, {"w": ["a\x00b"]},
        {"w": ["['a\\x00b']"]}, {"w": ["a"], "v": ["b"]}, {"w": ["a", "b"], "v": []},
        {"v": ["a", "b"]}, {"w": ["ab"]}, {"w": ["a\x00", "b"]}, {"w": ["a", "\x00b"]},
    ]  # fmt: skip
    keys = {_digest(r"\L<w>\L<v>", 0, lists) for lists in cases}
    assert len(keys) == len(cases)
    assert _digest("ab", 0, {}) != _digest("ab", 2, {}) != _digest("ab", 0, {}, as_words=True)
    # a word given twice is the same list to regex, and the same pattern
    assert _digest(r"\L<w>", 0, {"w": ["a", "a"]}) == _digest(r"\L<w>", 0, {"w": ["a"]})


def test_a_run_that_used_some_patterns_keeps_the_others(tmp_path: Path) -> None:
    """A run with some rules selected must not drop the patterns of the others: the next
    full run would compile them again."""
    path = tmp_path / "patterns.pickle"
    first = _PatternCache(path)
    first.compile(PATTERN, 0, False, LISTS)
    first.save()
    second = _PatternCache(path)
    second.compile(r"\bother\b", 0, False, {})
    second.save()
    assert len(pickle.loads(path.read_bytes())) == 2


def test_patterns_of_edited_rules_do_not_pile_up_without_bound(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "patterns.pickle"
    old = _PatternCache(path)
    old.compile(PATTERN, 0, False, LISTS)
    old.save()
    monkeypatch.setattr("homscheck.patterns._MOST_BYTES_KEPT", len(path.read_bytes()) // 2)
    new = _PatternCache(path)
    new.compile(r"\bedited\b", 0, False, {})
    new.save()
    assert list(pickle.loads(path.read_bytes())) == list(new._used)


def test_a_pattern_is_made_when_first_used_and_matches_as_compiled() -> None:
    from homscheck.patterns import _Deferred

    pattern = compile_words(PATTERN, flags=regex.IGNORECASE, **LISTS)
    assert isinstance(pattern, _Deferred) and pattern._pattern is None
    assert matches(pattern) == matches(regex.compile(PATTERN, regex.IGNORECASE, **LISTS))
    assert pattern.pattern == PATTERN and pattern.groupindex == {}
    again = pickle.loads(pickle.dumps(pattern))  # (as a process pool would send it)
    assert isinstance(again, regex.Pattern) and matches(again) == matches(pattern)


def test_a_list_changed_after_compiling_does_not_change_the_pattern() -> None:
    days = ["Sunday"]
    pattern = compile_words(r"\L<days>", days=days)
    days.append("Monday")  # (before the pattern is first used)
    assert [m[0] for m in pattern.finditer("Sunday and Monday")] == ["Sunday"]


def test_a_run_that_compiled_a_pattern_writes_the_unused_ones_too(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from homscheck import patterns

    path = tmp_path / "patterns.pickle"
    monkeypatch.setattr(patterns, "_CACHE", _PatternCache(path))
    monkeypatch.setattr(patterns, "_DEFERRED", [])
    used = patterns.compile_pattern(r"\d+ killed")
    patterns.compile_trees(r"\L<days>", days=["Sunday", "Monday"])  # never used
    assert used.search("12 killed")
    patterns.save_pattern_cache()
    later = _PatternCache(path)
    later.compile(r"\d+ killed", 0, False, {})
    later.compile(r"(?:(?:Monday|Sunday))", 0, False, {})
    assert not later.missed  # both came from the file


def test_words_held_keeps_only_the_words_that_hold_no_other(tmp_path: Path) -> None:
    from homscheck.patterns import words_held

    items = ["Shot dead", "shot", "killed", "kill", "wounded", "were wounded"]
    assert words_held(items) == ("kill", "shot", "wounded")
    path = tmp_path / "patterns.pickle"
    first = _PatternCache(path)
    built = first.derived("held", sorted(items), lambda xs: xs[:2])
    first.save()
    second = _PatternCache(path)
    assert second.derived("held", sorted(items), lambda xs: []) == built
    assert second.derived("held", [], lambda xs: []) == []
