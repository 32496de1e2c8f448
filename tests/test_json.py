"""The JSON contract: it validates against the published schema and does not depend on the
order in which files are given."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from homscheck.cli import run

SCHEMA = json.loads(resources.files("homscheck").joinpath("data/schema.json").read_text("utf-8"))


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    run(list(args))
    out, _ = capsys.readouterr()
    return json.loads(out)


def test_compare_json_validates(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "compare", "--format", "json", str(seeds))
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == "1"
    assert len(data["documents"]) == 5
    ids = {c["id"] for c in data["claims"]}
    for finding in data["findings"]:
        assert set(finding["claims"]) <= ids


def test_extract_json_validates(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "extract", "--format", "json", str(seeds))
    jsonschema.validate(data, SCHEMA)
    assert "findings" not in data


def test_quotes_are_the_text_at_their_offsets(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, "extract", "--format", "json", str(seeds))
    texts = {p.stem: p.read_text("utf-8") for p in seeds.glob("*.txt")}
    for claim in data["claims"]:
        raw = texts[claim["document"]][claim["start"] : claim["end"]]
        assert " ".join(raw.split()) == claim["text"]
        lines = texts[claim["document"]].split("\n")
        line = lines[claim["line"] - 1]
        assert line[claim["column"] - 1 :].startswith(raw.split("\n")[0])


def test_same_json_whatever_the_order(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in seeds.glob("*.txt"))
    forward = run_json(capsys, "compare", "--format", "json", *files)
    backward = run_json(capsys, "compare", "--format", "json", *reversed(files))
    assert forward == backward
