"""Baselines: record today's findings, then report only new ones and say which entries are
stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _schema import validated

from homscheck.cli import run
from homscheck.cli.baseline import BaselineError, read

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("A bomb in Kabul killed 12 people on Monday.")
    (folder / "b.txt").write_text("A bomb in Kabul killed 40 people on Monday.")
    return folder


def test_write_then_nothing_new(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    code, out, err = cli(capsys, "compare", str(articles), "--write-baseline", str(baseline))
    assert code == 0  # what is recorded is accepted
    assert "conflict" in out  # and still shown, so one sees what was accepted
    assert "baseline of 1 finding written" in err
    data = json.loads(baseline.read_text("utf-8"))
    assert data["version"] == 1
    (entry,) = data["findings"]
    assert entry["check"] == "HC101" and entry["verdict"] == "conflict"
    assert "Kabul" in entry["topic"] and entry["message"]
    assert len(entry["fingerprint"]) == 32

    code, out, err = cli(
        capsys, "compare", str(articles), "--baseline", str(baseline), "-f", "json"
    )
    assert code == 0
    data = validated(out)
    assert [f for f in data["findings"] if f["verdict"] != "agree"] == []
    assert "1 known finding(s) not shown" in err
    assert "no longer found" not in err


def test_new_finding_is_reported_and_stale_entries_listed(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    cli(capsys, "compare", str(articles), "--write-baseline", str(baseline))
    (articles / "b.txt").write_text("A bomb in Kabul killed 41 people on Monday.")
    code, out, err = cli(capsys, "compare", str(articles), "--baseline", str(baseline))
    assert code == 1  # the changed figure is a new finding
    assert "41" in out
    assert f"{baseline}: no longer found: HC101 conflict on" in err


def test_exit_code_counts_new_findings_only(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    cli(capsys, "compare", str(articles), "--write-baseline", str(baseline))
    (articles / "c.txt").write_text("The governor of Homs, Talal Barazi, spoke.")
    (articles / "d.txt").write_text("Homs governor Talal Barrazi said so.")
    code, out, _ = cli(capsys, "compare", str(articles), "--baseline", str(baseline))
    assert code == 0  # the new finding is a variant, below --fail-on conflict
    assert "conflict" not in out
    code, out, _ = cli(
        capsys, "compare", str(articles), "--baseline", str(baseline), "--fail-on", "variant"
    )
    assert code == 1


def test_baseline_same_whatever_the_file_order(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    a, b = str(articles / "a.txt"), str(articles / "b.txt")
    cli(capsys, "compare", a, b, "--write-baseline", str(one))
    cli(capsys, "compare", b, a, "--write-baseline", str(two))
    assert one.read_text("utf-8") == two.read_text("utf-8")


def test_quiet_hides_baseline_notes(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    cli(capsys, "compare", str(articles), "--write-baseline", str(baseline), "-q")
    _, _, err = cli(capsys, "compare", str(articles), "--baseline", str(baseline), "-q")
    assert err == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file"),
        ("{not json", "invalid JSON"),
        ("[]", 'no "findings" list'),
        ('{"version": 2, "findings": []}', "baseline version 2"),
        ('{"version": 1, "findings": [{"topic": "x"}]}', "findings[0] has no fingerprint"),
    ],
)
def test_bad_baseline_exits_2(
    articles: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    message: str,
) -> None:
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content)
    code, out, err = cli(capsys, "compare", str(articles), "--baseline", str(baseline))
    assert code == 2 and out == ""
    (line,) = err.strip().splitlines()
    assert line.startswith(f"homscheck: {baseline}: ") and message in line
    with pytest.raises(BaselineError):
        read(str(baseline))


def test_unwritable_baseline_exits_2(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "baseline.json"
    code, _, err = cli(capsys, "compare", str(articles), "--write-baseline", str(target))
    assert code == 2
    assert f"{target}: cannot write the baseline" in err
