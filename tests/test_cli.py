"""The command line, run in-process: exit codes, streams, formats."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from homscheck.cli import run

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _article(tmp: Path, name: str, text: str) -> str:
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--version")
    assert code == 0
    assert out.startswith("homscheck ")


def test_conflict_exits_1_and_is_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _article(tmp_path, "a.txt", "A bomb in Kabul killed 12 people on Monday.")
    b = _article(tmp_path, "b.txt", "A bomb in Kabul killed 40 people on Monday.")
    code, out, err = cli(capsys, "compare", a, b)
    assert code == 1
    assert "conflict" in out
    assert err == ""


def test_agreement_exits_0_and_all_shows_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _article(tmp_path, "a.txt", "A bomb in Kabul killed 12 people on Monday.")
    b = _article(tmp_path, "b.txt", "A bomb in Kabul killed at least 10 people on Monday.")
    code, out, _ = cli(capsys, "compare", a, b)
    assert code == 0
    assert "No disagreements" in out
    code, out, _ = cli(capsys, "compare", "--all", a, b)
    assert code == 0 and "agree" in out


def test_fail_on_never(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _article(tmp_path, "a.txt", "A bomb in Kabul killed 12 people on Monday.")
    b = _article(tmp_path, "b.txt", "A bomb in Kabul killed 40 people on Monday.")
    code, _, _ = cli(capsys, "compare", "--fail-on", "never", a, b)
    assert code == 0


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "compare", "--format", "nope", "x.txt")
    assert code == 2
    assert out == ""
    assert "nope" in err


def test_missing_file_exits_2_others_still_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _article(tmp_path, "a.txt", "A bomb in Kabul killed 12 people on Monday.")
    b = _article(tmp_path, "b.txt", "A bomb in Kabul killed 12 people on Monday.")
    code, out, err = cli(capsys, "compare", "--format", "json", a, b, str(tmp_path / "gone.txt"))
    assert code == 2
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == ["a", "b"]
    assert data["errors"][0]["message"] == "no such file or directory"
    assert "gone.txt: no such file or directory" in err
    assert "Traceback" not in err


def test_nothing_readable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = _article(tmp_path, "e.txt", "")
    code, _, err = cli(capsys, "compare", empty)
    assert code == 2
    assert "empty file" in err
    assert len(err.strip().splitlines()) == 2  # the reason, then "no readable articles"


def test_single_document_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _article(tmp_path, "a.txt", "A bomb in Kabul killed 12 people on Monday.")
    code, out, _ = cli(capsys, "compare", a)
    assert code == 0
    assert "nothing to compare" in out


def test_published_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _article(tmp_path, "a.txt", "An explosion in Azaz on Sunday killed 5 people.")
    code, out, _ = cli(capsys, "extract", "--format", "json", "--published", "a=2017-05-22", a)
    assert code == 0
    data = json.loads(out)
    assert data["documents"][0]["published"] == "2017-05-22"
    assert data["documents"][0]["published_source"] == "command line"
    assert "findings" not in data
    dates = [c["value"] for c in data["claims"] if c["value"]["type"] == "date"]
    assert dates and dates[0]["earliest"] == "2017-05-21"


def test_bad_published_value(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a = _article(tmp_path, "a.txt", "Text.")
    code, _, err = cli(capsys, "compare", "--published", "a=yesterday", a)
    assert code == 2
    assert "ID=YYYY-MM-DD" in err


def test_markup_and_escapes_are_shown_not_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = "[bold red]Kabul[/bold red] \x1b[2J\x1b]8;;http://x\x07 \u202e"
    a = _article(tmp_path, "a.txt", f"A bomb in Kabul killed 12 people on Monday. {evil}")
    b = _article(tmp_path, "b.txt", f"A bomb in Kabul killed 40 people on Monday. {evil}")
    code, out, _ = cli(capsys, "extract", a, b)
    assert "\x1b" not in out and "\u202e" not in out
    code, out, _ = cli(capsys, "compare", a, b)
    assert code == 1
    assert "\x1b" not in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(b"A bomb in Kabul killed 12 people."))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = cli(capsys, "extract", "--format", "json", "-")
    assert code == 0
    assert json.loads(out)["documents"][0]["id"] == "stdin"


def test_seeds_table_renders_without_colour(
    seeds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, _err = cli(capsys, "compare", str(seeds))
    assert code in (0, 1)
    assert "\x1b[" not in out
    assert "5 documents" in out


def test_the_readme_shows_what_the_seeds_give(
    seeds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's example of ``homscheck compare seeds/`` opens on the summary line the
    command prints today."""
    monkeypatch.setenv("NO_COLOR", "1")
    _code, out, _err = cli(capsys, "compare", str(seeds))
    summary = out.splitlines()[0]
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    assert f"$ homscheck compare seeds/\n{summary}\n" in readme, summary


def test_the_readme_shows_the_seeds_report_as_it_is(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's "What it shows" block is what ``homscheck compare seeds/`` prints (at the
    width it was recorded at, with no colour)."""
    root = Path(__file__).resolve().parent.parent
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "110")
    monkeypatch.setenv("HOMSCHECK_CACHE_DIR", "off")
    code, out, _ = cli(capsys, "compare", str(root / "seeds"))
    readme = (root / "README.md").read_text("utf-8")
    block = readme.split("$ homscheck compare seeds/\n", 1)[1].split("\n```", 1)[0]
    assert code == 0
    assert out.rstrip("\n") == block


def test_a_reader_that_stops_early_changes_no_exit_code(tmp_path: Path, seeds: Path) -> None:
    """ "homscheck compare ... | head": the reader closes the pipe before the report is written;
    the exit code is still the report's (rich and click would make it 1, "findings")."""
    import subprocess
    import sys

    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(12):  # (a report larger than a pipe's buffer)
        for p in seeds.glob("*.txt"):
            (articles / f"{i}-{p.name}").write_text(p.read_text("utf-8"), encoding="utf-8")
    # (a results cache of its own: the copies, and the second run, are read once)
    from conftest import with_compiled_patterns

    cache = str(with_compiled_patterns(tmp_path / "cache"))
    for fmt in ("table", "json"):
        proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; from homscheck.cli import run; sys.exit(run())",
             "compare", str(articles), "--all",
             "--format", fmt],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env={**os.environ, "HOMSCHECK_CACHE_DIR": cache, "NO_COLOR": "1"},
        )  # fmt: skip
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        assert proc.wait(timeout=120) == 0, fmt
        assert proc.stderr.read() == b"", fmt
