"""Every output format, parsed or validated: JSON against the published schema, SARIF against
what GitHub code scanning accepts, GitHub annotations, Markdown, CSV; no colour in machine
formats; ``explain`` and ``rules`` as documentation."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from _schema import validated

from homscheck.cli import run

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

MACHINE_FORMATS = ("json", "jsonl", "sarif", "github", "markdown", "csv")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _article(folder: Path, name: str, text: str) -> str:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def _conflict_pair(folder: Path, name_a: str = "a.txt", name_b: str = "b.txt") -> list[str]:
    return [
        _article(folder, name_a, "A bomb in Kabul killed 12 people on Monday."),
        _article(folder, name_b, "A bomb in Kabul killed 40 people on Monday."),
    ]


# -- JSON against the published schema -------------------------------------------------------


@pytest.mark.parametrize("command", ["compare", "extract"])
def test_seeds_json_validates(
    seeds: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, _ = cli(capsys, command, "--format", "json", str(seeds))
    assert code in (0, 1)
    data = validated(out)
    assert len(data["documents"]) == 5


def test_json_with_errors_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _conflict_pair(tmp_path)
    empty = _article(tmp_path, "empty.txt", "")
    code, out, _ = cli(capsys, "compare", "-f", "json", *files, empty, str(tmp_path / "gone.txt"))
    assert code == 2
    data = validated(out)
    assert {e["message"] for e in data["errors"]} == {"empty file", "no such file or directory"}
    assert data["findings"]


def test_json_with_published_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _conflict_pair(tmp_path)
    code, out, _ = cli(capsys, "extract", "-f", "json", "--published", "a=2017-05-22", *files)
    assert code == 0
    assert validated(out)["documents"][0]["published_source"] == "command line"


def test_schema_command_is_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"] == {"const": "1"}


# -- JSON lines ------------------------------------------------------------------------------


def test_jsonl_one_finding_per_line(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, full, _ = cli(capsys, "compare", "-f", "json", str(seeds))
    findings = json.loads(full)["findings"]
    _, out, _ = cli(capsys, "compare", "-f", "jsonl", str(seeds))
    rows = [json.loads(line) for line in out.splitlines()]
    assert out.endswith("\n")
    assert [r["id"] for r in rows] == [f["id"] for f in findings if f["verdict"] != "agree"]
    for row in rows:
        assert row["sources"] and {"document", "text", "line", "column"} <= row["sources"][0].keys()
    _, out, _ = cli(capsys, "compare", "-f", "jsonl", "--all", str(seeds))
    assert len(out.splitlines()) == len(findings)


# -- SARIF -----------------------------------------------------------------------------------

# What GitHub code scanning requires of an uploaded SARIF file (its documented subset of
# SARIF 2.1.0): a version, runs with a named tool driver and its rules, and results with a rule
# id, a message text and a physical location (a URI and a start line of 1 or more).
_LOCATION = {
    "type": "object",
    "required": ["physicalLocation"],
    "properties": {
        "physicalLocation": {
            "type": "object",
            "required": ["artifactLocation", "region"],
            "properties": {
                "artifactLocation": {
                    "type": "object",
                    "required": ["uri"],
                    "properties": {"uri": {"type": "string", "minLength": 1}},
                },
                "region": {
                    "type": "object",
                    "required": ["startLine"],
                    "properties": {
                        "startLine": {"type": "integer", "minimum": 1},
                        "startColumn": {"type": "integer", "minimum": 1},
                    },
                },
            },
        },
        "id": {"type": "integer", "minimum": 0},
    },
}
SARIF_SUBSET: dict[str, Any] = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "version": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "shortDescription"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": {
                                                    "type": "object",
                                                    "required": ["text"],
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "message", "locations"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {
                                    "type": "object",
                                    "required": ["text"],
                                    "properties": {"text": {"type": "string", "minLength": 1}},
                                },
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 1,
                                    "items": _LOCATION,
                                },
                                "relatedLocations": {"type": "array", "items": _LOCATION},
                                "partialFingerprints": {
                                    "type": "object",
                                    "additionalProperties": {"type": "string"},
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def _sarif(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, _ = cli(capsys, "compare", "--format", "sarif", *args)
    assert code in (0, 1)
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SUBSET)
    return log


def test_sarif_has_what_code_scanning_needs(
    seeds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(seeds.parent)
    log = _sarif(capsys, "seeds/")
    run_ = log["runs"][0]
    rule_ids = {r["id"] for r in run_["tool"]["driver"]["rules"]}
    assert run_["results"], "the seeds disagree on something"
    for result in run_["results"]:
        assert result["ruleId"] in rule_ids
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("seeds/") and uri.endswith(".txt")
        assert len(result["relatedLocations"]) >= 1  # the other sources
        assert result["partialFingerprints"]["homscheckFinding/v1"]


def test_sarif_fingerprints_stable_across_runs_and_file_order(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(str(p) for p in seeds.glob("*.txt"))

    def prints(*args: str) -> list[str]:
        log = _sarif(capsys, *args)
        return sorted(
            r["partialFingerprints"]["homscheckFinding/v1"] for r in log["runs"][0]["results"]
        )

    first = prints(*files)
    assert first == prints(*files)
    assert first == prints(*reversed(files))
    assert len(set(first)) == len(first)


def test_sarif_uris_relative_below_cwd_and_file_uris_outside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    (work / "my articles").mkdir(parents=True)
    files = _conflict_pair(work / "my articles")
    monkeypatch.chdir(work)
    log = _sarif(capsys, *files)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == "my%20articles/a.txt"
    monkeypatch.chdir(tmp_path.parent)
    other = tmp_path / "elsewhere"
    other.mkdir()
    monkeypatch.chdir(other)
    log = _sarif(capsys, *files)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].startswith("file:///")


# -- GitHub annotations ----------------------------------------------------------------------

_ANNOTATION = re.compile(
    r"::(error|warning|notice) file=[^,:\n]+,line=\d+,col=\d+,title=[^,:\n]+::[^\n]+"
)


def test_github_lines_are_annotations(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = cli(capsys, "compare", "-f", "github", str(seeds))
    lines = out.splitlines()
    assert lines
    for line in lines:
        assert _ANNOTATION.fullmatch(line), line


def test_github_cannot_be_forged_by_names_or_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil_name = "a,line=99::x\n::error file=forged.txt::forged.txt"
    files = [
        _article(
            tmp_path,
            evil_name,
            "A bomb in Kabul killed 12 people on Monday. ::error::forged\n::warning::x",
        ),
        _article(tmp_path, "b.txt", "A bomb in Kabul killed 40 people on Monday.\r::notice::y"),
    ]
    code, out, _ = cli(capsys, "compare", "-f", "github", *files)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 1  # one finding, one annotation: nothing injected a second
    assert _ANNOTATION.fullmatch(lines[0]), lines[0]
    assert "\x1b" not in out and "\r" not in out


# -- Markdown --------------------------------------------------------------------------------


def test_markdown_escapes_special_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _conflict_pair(tmp_path, "a|b*c[d]<e>.txt", "x_y.txt")
    code, out, _ = cli(capsys, "compare", "-f", "markdown", *files)
    assert code == 1
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| Verdict |")
    for row in rows:
        unescaped = re.findall(r"(?<!\\)\|", row)
        assert len(unescaped) == 6, row  # five cells, however the names are spelled
    body = out.split("\n", 3)[3]
    for ch in "*[<":
        raw = re.findall(rf"(?<!\\){re.escape(ch)}", body.replace("**conflict**", ""))
        assert not raw, (ch, body)
    assert r"a\|b\*c\[d\]\<e\>" in out


def test_markdown_no_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _article(tmp_path, "a.txt", "A bomb in Kabul killed 12 people on Monday.")
    b = _article(tmp_path, "b.txt", "The weather was fine.")
    code, out, _ = cli(capsys, "compare", "-f", "markdown", a, b)
    assert code == 0
    assert out.startswith("# homscheck report") and "No disagreements found." in out


# -- CSV -------------------------------------------------------------------------------------


def test_csv_one_row_per_claim(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, full, _ = cli(capsys, "compare", "-f", "json", str(seeds))
    claims = json.loads(full)["claims"]
    _, out, _ = cli(capsys, "compare", "-f", "csv", str(seeds))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["claim"] for r in rows] == [c["id"] for c in claims]
    for row, claim in zip(rows, claims, strict=True):
        assert row["text"] == claim["text"]
        assert int(row["line"]) == claim["line"]


def test_csv_neutralises_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _conflict_pair(tmp_path, "=HYPERLINK(x).txt", "@SUM(1).txt")
    files.append(_article(tmp_path, "+c.txt", "=1+1 A bomb in Kabul killed 41 people on Monday."))
    code, out, _ = cli(capsys, "extract", "-f", "csv", *files)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert len(rows) >= 3
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert any(row[1] == "'=HYPERLINK(x)" for row in rows)


# -- no colour in machine formats ------------------------------------------------------------


@pytest.mark.parametrize("fmt", MACHINE_FORMATS)
def test_machine_formats_carry_no_ansi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    files = _conflict_pair(tmp_path, "a.txt", "b\x1b[31m.txt")
    _article(tmp_path, "c.txt", "A bomb in Kabul \x1b[2Jkilled 12 people on Monday.")
    for color in ("auto", "always"):
        _, out, _ = cli(capsys, "compare", "-f", fmt, "--color", color, *files)
        assert out and "\x1b" not in out


def test_color_never_and_always(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _conflict_pair(tmp_path)
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, out, _ = cli(capsys, "compare", "--color", "never", *files)
    assert "conflict" in out and "\x1b" not in out
    monkeypatch.delenv("FORCE_COLOR")
    _, out, _ = cli(capsys, "compare", *files)  # auto, into a pipe
    assert "\x1b" not in out
    _, out, _ = cli(capsys, "compare", "--color", "always", *files)
    assert "\x1b[" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = cli(capsys, "compare", "--color", "always", *files)
    assert "\x1b[" in out  # asked for by name: wins over NO_COLOR, as in ls and grep


def test_table_to_file_is_plain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    target = tmp_path / "report.txt"
    code, out, _ = cli(capsys, "compare", "-o", str(target), *_conflict_pair(tmp_path))
    assert code == 1 and out == ""
    assert "conflict" in target.read_text("utf-8") and "\x1b" not in target.read_text("utf-8")


def test_format_from_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOMSCHECK_FORMAT", "jsonl")
    _, out, _ = cli(capsys, "compare", *_conflict_pair(tmp_path))
    assert json.loads(out.splitlines()[0])["verdict"] == "conflict"


# -- quiet -----------------------------------------------------------------------------------


def test_quiet_keeps_findings_and_errors_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _conflict_pair(tmp_path)
    latin = tmp_path / "c.txt"
    latin.write_bytes("Caf\xe9 in Kabul.".encode("latin-1"))
    code, out, err = cli(capsys, "compare", *files, str(latin))
    assert "documents," in out and "not valid UTF-8" in err
    code, out, err = cli(capsys, "compare", "-q", *files, str(latin), str(tmp_path / "gone"))
    assert code == 2
    assert "documents," not in out and "conflict" in out
    assert err.strip().splitlines() == [
        f"homscheck: {tmp_path / 'gone'}: no such file or directory"
    ]


# -- rules as documentation ------------------------------------------------------------------


def test_explain_prints_doc_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    from homscheck.checks import rule

    code, out, _ = cli(capsys, "explain", "HC101")
    assert code == 0
    r = rule("HC101")
    flat = " ".join(out.split())
    assert flat.startswith("HC101 casualties")
    assert " ".join(r.summary.split()) in flat
    assert "Examples:" in out
    for example in r.examples:
        assert " ".join(example.sentence.split()) in flat
        assert f"-> {' '.join(example.yields.split())}" in flat


def test_explain_unknown_rule_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "explain", "HC999")
    assert code == 2 and out == "" and "homscheck rules" in err


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    from homscheck.checks import all_rules

    code, out, _ = cli(capsys, "rules")
    assert code == 0
    for r in all_rules():
        assert r.code in out and r.name in out
