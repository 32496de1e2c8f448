from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Tests never write the user's cache folder, but they share one of their own, kept between
# runs: compiling the rules' patterns takes seconds (``homscheck.patterns``), and each test
# process, and each command run as a new process, would pay them again. Set before any test
# imports homscheck; ``HOMSCHECK_CACHE_DIR=off`` in the caller's environment still wins.
TEST_CACHE = Path(tempfile.gettempdir()) / f"homscheck-tests-{getpass.getuser()}"
os.environ.setdefault("HOMSCHECK_CACHE_DIR", str(TEST_CACHE))


def pytest_configure(config: pytest.Config) -> None:
    """Before the test processes start (once, not in each of xdist's workers): one run of the
    command, which writes the compiled patterns for all of them to load."""
    if hasattr(config, "workerinput") or os.environ["HOMSCHECK_CACHE_DIR"] != str(TEST_CACHE):
        return
    subprocess.run(
        [sys.executable, "-c", "from homscheck.cli import main; main()",
         "compare", str(SEEDS), "--no-cache", "--format", "json"],
        capture_output=True, check=False,
    )  # fmt: skip


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Each test process keeps the patterns that tests compile beside the rules' own."""
    patterns = sys.modules.get("homscheck.patterns")
    if patterns is not None and os.environ.get("HOMSCHECK_CACHE_DIR") == str(TEST_CACHE):
        patterns.save_pattern_cache()


def with_compiled_patterns(folder: Path) -> Path:
    """``folder`` as a cache folder that already holds the compiled patterns (when the
    tests' own cache has them): for tests of a cache that must start without results, not
    without patterns."""
    folder.mkdir(parents=True, exist_ok=True)
    for kept in TEST_CACHE.glob("patterns-*.pickle"):
        shutil.copy(kept, folder / kept.name)
    return folder


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see what a pipe sees: no colour, a fixed width."""
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    if "NO_COLOR" in os.environ:
        monkeypatch.delenv("NO_COLOR")


@pytest.fixture
def seeds() -> Path:
    return SEEDS
