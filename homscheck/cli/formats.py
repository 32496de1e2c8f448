"""Machine formats: JSON lines, SARIF 2.1.0, GitHub annotations, Markdown and CSV.

None carries colour. Article text is escaped for each format: a newline or "::" in an article
cannot forge a GitHub annotation, and Markdown special characters are escaped.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from homscheck import __version__
from homscheck.cli.render import visible
from homscheck.model import Claim, Document, Finding, Report, Verdict

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {
    Verdict.CONFLICT: "error",
    Verdict.TENSION: "warning",
    Verdict.VARIANT: "note",
    Verdict.AGREE: "none",
}


def shown(report: Report, show_all: bool) -> list[Finding]:
    return [f for f in report.findings if show_all or f.verdict != Verdict.AGREE]


def jsonl(report: Report, show_all: bool) -> str:
    lines = []
    for f in shown(report, show_all):
        row = f.to_json()
        row["sources"] = [_source(c) for c in f.claims]
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return "".join(line + "\n" for line in lines)


def _source(c: Claim) -> dict[str, Any]:
    return {
        "document": c.document,
        "text": c.text,
        "line": c.line,
        "column": c.column,
        "value": c.value.to_json(),
    }


def sarif(report: Report, show_all: bool) -> str:
    paths = {d.id: d.path for d in report.documents}
    # (the rules, and the readers they import, only for SARIF: a report from the results
    # cache needs them nowhere else)
    from homscheck.checks import all_rules

    results = [_sarif_result(f, paths) for f in shown(report, show_all)]
    rules = [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.doc},
            "help": {"text": r.doc},
        }
        for r in all_rules()
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "homscheck",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/homscheck/",
                        "rules": rules,
                    }
                },
                # Columns count characters (code points), not the UTF-16 units SARIF assumes.
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _location(c: Claim, paths: dict[str, str], index: int | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(paths.get(c.document, c.document))},
            "region": {
                "startLine": c.line,
                "startColumn": c.column,
                "snippet": {"text": c.text},
            },
        },
        "message": {"text": f"{c.document}: {c.text}"},
    }
    if index is not None:
        loc["id"] = index
    return loc


def _uri(path: str) -> str:
    """A URI reference for SARIF: relative to the working directory when the file is below it
    (code scanning resolves relative URIs against the checkout), a file: URI otherwise."""
    if path == "-" or not path:
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    rel = os.path.normpath(p).replace("\\", "/")
    return quote(rel, safe="/")


def _sarif_result(f: Finding, paths: dict[str, str]) -> dict[str, Any]:
    first, *others = f.claims
    return {
        "ruleId": f.check,
        "level": _LEVEL[f.verdict],
        "message": {"text": f"{f.verdict.value}: {f.message}"},
        "locations": [_location(first, paths)],
        "relatedLocations": [_location(c, paths, i) for i, c in enumerate(others, 1)],
        "partialFingerprints": {"homscheckFinding/v1": fingerprint(f)},
        "properties": {"verdict": f.verdict.value, "topic": f.topic},
    }


def fingerprint(f: Finding) -> str:
    """Stable across runs and machines: the verdict, the rule and the quotes, not offsets."""
    key = "|".join(
        [f.verdict.value, f.check, f.topic, *sorted(f"{c.document}:{c.text}" for c in f.claims)]
    )
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def github(report: Report, show_all: bool) -> str:
    paths = {d.id: d.path for d in report.documents}
    out = []
    for f in shown(report, show_all):
        c = f.claims[0]
        level = {"conflict": "error", "tension": "warning"}.get(f.verdict.value, "notice")
        props = (
            f"file={_gh_prop(paths.get(c.document, c.document))},line={c.line},col={c.column},"
            f"title={_gh_prop(f'homscheck {f.check} {f.verdict.value}')}"
        )
        out.append(f"::{level} {props}::{_gh_data(visible(f.message))}\n")
    return "".join(out)


def _gh_data(text: str) -> str:
    """Workflow-command escaping: a newline cannot start a second "::" command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(visible(text)).replace(":", "%3A").replace(",", "%2C")


def markdown(report: Report, show_all: bool) -> str:
    findings = shown(report, show_all)
    out = ["# homscheck report", ""]
    out.append(
        f"{len(report.documents)} documents, {len(report.claims)} claims, {len(findings)} findings."
    )
    out.append("")
    if not findings:
        out.append("No disagreements found.")
        return "\n".join(out) + "\n"
    out += ["| Verdict | Topic | Source | Value | Quote |", "|---|---|---|---|---|"]
    for f in findings:
        for i, c in enumerate(f.claims):
            verdict = f"**{f.verdict.value}**" if i == 0 else ""
            topic = _md(f.topic) if i == 0 else ""
            out.append(
                f"| {verdict} | {topic} | {_md(c.document)}:{c.line} | "
                f"{_md(c.value.describe())} | “{_md(c.text)}” |"
            )
    out.append("")
    for f in findings:
        out.append(f"- **{f.verdict.value}** — {_md(f.message)}")
    return "\n".join(out) + "\n"


_MD_SPECIAL = "\\`*_{}[]<>()#+-.!|~"


def _md(text: str) -> str:
    text = visible(text)
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text)


def claims_csv(report: Report) -> str:
    import csv  # (only this format needs it)

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(
        [
            "claim",
            "document",
            "check",
            "kind",
            "topic",
            "measure",
            "subject",
            "place",
            "low",
            "high",
            "low_inclusive",
            "high_inclusive",
            "approximate",
            "value",
            "text",
            "line",
            "column",
        ]
    )
    for c in report.claims:
        v = c.value.to_json()
        writer.writerow(
            [
                _csv_text(c.id),
                _csv_text(c.document),
                c.check,
                c.kind,
                _csv_text(c.topic),
                _csv_text(c.measure),
                _csv_text(c.subject),
                _csv_text(c.place or ""),
                _cell(v.get("low")),
                _cell(v.get("high")),
                _cell(v.get("low_inclusive")),
                _cell(v.get("high_inclusive")),
                _cell(v.get("approximate")),
                _csv_text(c.value.describe()),
                _csv_text(c.text),
                c.line,
                c.column,
            ]
        )
    return buf.getvalue()


def _cell(v: object) -> str:
    return "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)


def _csv_text(text: str) -> str:
    """Any text cell (quotes, but also names and file names) that a spreadsheet would run as a
    formula gets a leading apostrophe; control characters are shown, not written."""
    text = visible(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def documents_lines(documents: Iterable[Document]) -> list[str]:
    return [d.id for d in documents]
