"""Configuration: where it is found, what it changes, and one clear line (exit 2) when it is
wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homscheck.cli import run
from homscheck.cli.config import ConfigError, FileConfig, find_config, load_config

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

CONFLICT = (
    "A bomb in Kabul killed 12 people on Monday.",
    "A bomb in Kabul killed 40 people on Monday.",
)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with two conflicting articles and a nested folder to run from."""
    root = tmp_path / "project"
    (root / "articles" / "deep").mkdir(parents=True)
    for name, text in zip(("a.txt", "b.txt"), CONFLICT, strict=True):
        (root / "articles" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(root / "articles" / "deep")
    return root


def _compare(capsys: pytest.CaptureFixture[str], project: Path, *args: str) -> tuple[int, str]:
    code, _, err = cli(capsys, "compare", str(project / "articles"), *args)
    return code, err


# -- found upwards ---------------------------------------------------------------------------


def test_pyproject_section_found_upwards(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _compare(capsys, project)[0] == 1
    (project / "pyproject.toml").write_text('[tool.homscheck]\nfail-on = "never"\n')
    assert find_config(Path.cwd()) == project / "pyproject.toml"
    assert _compare(capsys, project)[0] == 0


def test_pyproject_without_section_is_skipped(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pyproject.toml").write_text('[tool.homscheck]\nfail-on = "never"\n')
    (project / "articles" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(Path.cwd()) == project / "pyproject.toml"
    assert _compare(capsys, project)[0] == 0


def test_homscheck_toml_preferred_beside_pyproject(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pyproject.toml").write_text('[tool.homscheck]\nfail-on = "never"\n')
    (project / "homscheck.toml").write_text('fail-on = "conflict"\n')
    assert find_config(Path.cwd()) == project / "homscheck.toml"
    assert _compare(capsys, project)[0] == 1


def test_nearest_folder_wins(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "homscheck.toml").write_text('fail-on = "conflict"\n')
    (project / "articles" / "pyproject.toml").write_text('[tool.homscheck]\nfail-on = "never"\n')
    assert _compare(capsys, project)[0] == 0


def test_homscheck_toml_may_use_the_tool_table(tmp_path: Path) -> None:
    path = tmp_path / "homscheck.toml"
    path.write_text('[tool.homscheck]\nignore = ["HC104"]\n')
    assert load_config(path).ignore == ("HC104",)


def test_config_option_names_a_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "homscheck.toml").write_text('fail-on = "conflict"\n')
    other = project / "ci.toml"
    other.write_text('fail-on = "never"\n')
    assert _compare(capsys, project, "--config", str(other))[0] == 0


def test_command_line_wins_over_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "homscheck.toml").write_text('fail-on = "never"\nignore = ["HC101"]\n')
    assert _compare(capsys, project, "--fail-on", "conflict")[0] == 0  # HC101 still ignored
    assert _compare(capsys, project, "--fail-on", "conflict", "--ignore", "HC104")[0] == 1


def test_select_and_ignore_from_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "homscheck.toml").write_text('select = ["HC1"]\nignore = ["hc101"]\n')
    code, out, _ = cli(capsys, "extract", "--format", "json", str(project / "articles"))
    assert code == 0
    assert not json.loads(out)["claims"]


def test_all_keys_parse(tmp_path: Path) -> None:
    path = tmp_path / "homscheck.toml"
    path.write_text(
        'select = ["HC1", "HC501"]\nignore = ["HC104"]\nfail-on = "tension"\n'
        "event-window-days = 14\noccasion-days = 30\nname-similarity = 80\n"
        'aliases = [["Mariupol", "Mariupolis"]]\n'
    )
    assert load_config(path) == FileConfig(
        path=str(path),
        select=("HC1", "HC501"),
        ignore=("HC104",),
        fail_on="tension",
        event_window_days=14,
        occasion_days=30,
        name_similarity=80,
        aliases=(("Mariupol", "Mariupolis"),),
    )


def test_aliases_join_spellings(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arts = project / "articles"
    (arts / "a.txt").write_text("A bomb in Mariupol killed 12 people on Monday.")
    (arts / "b.txt").write_text("A bomb in Mariupolis killed 40 people on Monday.")
    assert _compare(capsys, project)[0] == 0  # two places: not compared
    (project / "homscheck.toml").write_text('aliases = [["Mariupol", "Mariupolis"]]\n')
    assert _compare(capsys, project)[0] == 1


def test_no_config_is_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_config(find_config(tmp_path)) == FileConfig()


# -- errors: exit 2, one line naming the file and the key ------------------------------------

BAD = [
    ("homscheck.toml", 'colour = "red"\n', ["unknown key 'colour'", "allowed:", "fail-on"]),
    ("homscheck.toml", 'fail-on = "always"\n', ["fail-on", "'always'", "conflict, tension"]),
    ("homscheck.toml", "fail-on = 1\n", ["fail-on"]),
    ("homscheck.toml", 'select = "HC1"\n', ["select must be a list"]),
    ("homscheck.toml", 'ignore = ["HC7"]\n', ["ignore has 'HC7'", "matches no rule"]),
    ("homscheck.toml", "select = [1]\n", ["select must be a list"]),
    ("homscheck.toml", 'event-window-days = "14"\n', ["event-window-days", "whole number"]),
    ("homscheck.toml", "occasion-days = -1\n", ["occasion-days", "0 to 3650"]),
    ("homscheck.toml", "name-similarity = true\n", ["name-similarity", "50 to 100"]),
    ("homscheck.toml", "name-similarity = 0.8\n", ["name-similarity"]),
    ("homscheck.toml", 'aliases = ["Kyiv", "Kiev"]\n', ["aliases must be a list of lists"]),
    ("homscheck.toml", 'aliases = [["Kyiv"]]\n', ["aliases", "two or more"]),
    ("homscheck.toml", 'subjects = {medics = "people"}\n', ["subjects is not supported"]),
    ("homscheck.toml", "tolerance = 0.2\n", ["tolerance is not supported", "10 %"]),
    ("homscheck.toml", "fail-on = \n", ["not valid TOML", "line 1"]),
    ("homscheck.toml", "[tool]\nhomscheck = 3\n", ["must be a table"]),
    ("pyproject.toml", "[tool.homscheck]\nfail_on = 'never'\n", ["[tool.homscheck]", "fail_on"]),
    ("pyproject.toml", "[tool.homscheck\n", ["not valid TOML"]),
]


@pytest.mark.parametrize(("name", "content", "expected"), BAD)
def test_bad_config_exits_2_with_one_line(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str,
    expected: list[str],
) -> None:
    path = project / name
    path.write_text(content, encoding="utf-8")
    code, out, err = cli(capsys, "compare", str(project / "articles"))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"homscheck: {path}: ")
    for fragment in expected:
        assert fragment in lines[0]
    assert "Traceback" not in err


def test_bad_pyproject_toml_is_not_searched_but_named_one_fails(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken pyproject.toml without our section is someone else's problem while searching;
    named with --config it is ours."""
    (project / "pyproject.toml").write_text("[broken\n")
    assert _compare(capsys, project)[0] == 1
    code, err = _compare(capsys, project, "--config", str(project / "pyproject.toml"))
    assert code == 2 and "not valid TOML" in err


def test_missing_config_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _compare(capsys, project, "--config", "nowhere.toml")
    assert code == 2
    assert err.strip() == "homscheck: nowhere.toml: no such configuration file"


def test_not_utf8_config(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "homscheck.toml").write_bytes(b'fail-on = "n\xe9ver"\n')
    code, err = _compare(capsys, project)
    assert code == 2 and "not UTF-8" in err


def test_config_error_is_raised_with_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "homscheck.toml"
    path.write_text('select = ["HC1"]\nwhat = 1\n')
    with pytest.raises(ConfigError, match=r"homscheck\.toml: homscheck\.toml: unknown key 'what'"):
        load_config(path)
