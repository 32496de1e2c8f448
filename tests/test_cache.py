"""The results cache (``homscheck.cli.cache``): a second run reads the claims it kept, and
gives the very same report; anything that could change the claims is another entry."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import with_compiled_patterns

from homscheck import Document, read_document
from homscheck.cli.cache import ResultCache, _source_files, code_fingerprint
from homscheck.core import Config, Extraction

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DOCS = [
    Document("a", "Two people were killed in the shooting in Dayton on Sunday."),
    Document("b", "Three people were killed in the shooting in Dayton on Sunday."),
]


class Counting:
    """``read_document``, counting the articles it reads."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def __call__(self, doc: Document) -> Extraction:
        self.read.append(doc.id)
        return read_document(doc)


def run_twice(
    cache: ResultCache, docs: list[Document], change: Callable[[], None] = lambda: None
) -> tuple[list[Extraction], list[Extraction], Counting]:
    first = list(cache.mapper(None)(Counting(), docs))
    change()
    reader = Counting()
    second = list(cache.mapper(None)(reader, docs))
    return first, second, reader


def test_a_second_run_reads_nothing_again_and_gives_the_same(tmp_path: Path) -> None:
    first, second, reader = run_twice(ResultCache(tmp_path, "salt"), DOCS)
    assert reader.read == []
    assert first == second


def test_a_changed_article_is_read_again(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "salt")
    list(cache.mapper(None)(Counting(), DOCS))
    edited = [DOCS[0], Document("b", DOCS[1].text.replace("Three", "Four"))]
    reader = Counting()
    results = list(cache.mapper(None)(reader, edited))
    assert reader.read == ["b"]
    assert [r.document.id for r in results] == ["a", "b"]  # in the order given
    assert "Four" in results[1].claims[0].context


def test_another_configuration_or_code_is_another_entry(tmp_path: Path) -> None:
    list(ResultCache(tmp_path, "one configuration").mapper(None)(Counting(), DOCS))
    reader = Counting()
    list(ResultCache(tmp_path, "another").mapper(None)(reader, DOCS))
    assert reader.read == ["a", "b"]


def test_the_salt_names_what_extraction_reads_with(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOMSCHECK_CACHE_DIR", "/tmp/somewhere")
    plain = ResultCache.for_run(Config())
    selected = ResultCache.for_run(Config(select=("HC101",)))
    assert plain is not None and selected is not None
    assert plain.key(DOCS[0]) != selected.key(DOCS[0])
    assert len(code_fingerprint()) == 64


def test_a_corrupt_entry_is_read_again_and_replaced(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "salt")

    def corrupt() -> None:
        for entry in tmp_path.rglob("*.pickle"):
            entry.write_bytes(b"not a pickle")

    first, second, reader = run_twice(cache, DOCS, corrupt)
    assert reader.read == ["a", "b"]
    assert first == second
    assert list(cache.mapper(None)(Counting(), DOCS)) == first


def test_a_folder_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    _, second, reader = run_twice(ResultCache(blocker / "results", "salt"), DOCS)
    assert reader.read == ["a", "b"] and len(second) == 2


def _compare(env_cache: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOMSCHECK_CACHE_DIR": env_cache, "NO_COLOR": "1"}
    cmd = [sys.executable, "-c", "from homscheck.cli import main; main()", "compare",
           str(SEEDS), "--format", "json", "--all", *extra]  # fmt: skip
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)


def test_the_command_keeps_results_and_reports_the_same_with_or_without(tmp_path: Path) -> None:
    cache = with_compiled_patterns(tmp_path)
    uncached = _compare(str(cache), "--no-cache")
    first = _compare(str(cache))
    entries = list((tmp_path / "results-1").rglob("*.pickle"))
    second = _compare(str(tmp_path))
    assert len(entries) == len(list(SEEDS.glob("*.txt")))
    assert uncached.stdout == first.stdout == second.stdout
    assert uncached.returncode == first.returncode == second.returncode


def test_no_cache_reads_and_keeps_nothing(tmp_path: Path) -> None:
    _compare(str(with_compiled_patterns(tmp_path)), "--no-cache")
    assert not (tmp_path / "results-1").exists()


def test_the_fingerprint_reads_the_package_s_source_and_data_in_path_order() -> None:
    package = Path(__file__).resolve().parent.parent / "homscheck"
    expected = [
        p.relative_to(package).parts
        for p in sorted(package.rglob("*"))
        if p.suffix in (".py", ".json") and "__pycache__" not in p.parts
    ]
    assert _source_files(str(package)) == expected
    assert ("cli", "cache.py") in expected and ("data", "aliases.json") in expected
