"""What a start of the command line imports: only what the command and format need (each
import is time at every start; ``bench/run.py`` row 3)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import with_compiled_patterns

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# the modules imported by a run, written to stderr after it
PROBE = (
    "import sys; from homscheck.cli import run; code = run(sys.argv[1:]); "
    "sys.stderr.write('\\nMODULES ' + ' '.join(sorted(sys.modules)))"
)


def modules_of(args: list[str], cache: Path) -> set[str]:
    env = {**os.environ, "HOMSCHECK_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=False
    )
    last = done.stderr.rsplit("\nMODULES ", 1)
    assert len(last) == 2, done.stderr
    return set(last[1].split())


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module's runs: its patterns are compiled once."""
    return with_compiled_patterns(tmp_path_factory.mktemp("cache"))


def test_a_json_report_from_the_results_cache_imports_no_reader_and_no_rich(
    cache: Path,
) -> None:
    args = ["compare", str(SEEDS), "--format", "json"]
    modules_of(args, cache)  # fills the results cache
    modules = modules_of(args, cache)
    unneeded = {
        "rich.console", "rich.table",  # the table's
        "homscheck.checks", "homscheck.context", "regex",  # reading articles'
        "homscheck.cli.formats", "homscheck.cli.readers", "csv",  # other formats' and files'
        "tempfile", "importlib.resources",  # writing a cache, reading package data
    }  # fmt: skip
    assert not modules & unneeded, modules & unneeded


def test_a_table_imports_rich_and_new_articles_are_read(cache: Path) -> None:
    modules = modules_of(["compare", str(SEEDS), "--no-cache"], cache)
    assert {"rich.console", "rich.table", "homscheck.checks", "regex"} <= modules
    assert "homscheck.cli.formats" not in modules
