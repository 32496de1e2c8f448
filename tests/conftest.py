from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never write the user's cache of compiled patterns (``homscheck.patterns``); set
# before any test imports homscheck, which compiles its patterns on import.
os.environ.setdefault("HOMSCHECK_CACHE_DIR", "off")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


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
