"""--jobs: reading the articles in several processes changes nothing in the output."""

from __future__ import annotations

from pathlib import Path

import pytest

from homscheck.cli import run
from homscheck.core import compare, process_mapper
from homscheck.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _output(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = run(list(args))
    out, _ = capsys.readouterr()
    assert code in (0, 1)  # 1: findings at the default --fail-on
    return out


@pytest.mark.parametrize("command", ["compare", "extract"])
def test_json_is_the_same_with_one_or_two_jobs(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    serial = _output(capsys, command, str(SEEDS), "--format", "json", "--jobs", "1")
    parallel = _output(capsys, command, str(SEEDS), "--format", "json", "--jobs", "2")
    assert serial and serial == parallel


def test_process_mapper_keeps_the_order_given() -> None:
    docs = [
        Document(f"d{i}", f"A bomb in Kabul killed {i + 2} people on Monday.") for i in range(7)
    ]
    serial = compare(docs)
    parallel = compare(docs, mapper=process_mapper(3))
    assert parallel == serial
    assert [d.id for d in parallel.documents] == [d.id for d in serial.documents]
