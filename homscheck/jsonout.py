"""The JSON form of a report (``schema_version`` "1"; later versions only add fields)."""

from __future__ import annotations

from typing import Any

from homscheck.model import Document, Report

SCHEMA_VERSION = "1"


def document_json(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "path": d.path,
        "published": d.published.isoformat() if d.published else None,
        "published_source": d.published_source,
        "published_reason": d.published_reason,
        "group": d.group,
    }


def report_json(report: Report, *, findings: bool = True) -> dict[str, Any]:
    """Every document, every claim and (for ``compare``) every finding, agreements included."""
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "text_normalisation": "decoded text with line endings normalised to \\n",
        "documents": [document_json(d) for d in report.documents],
        "claims": [c.to_json() for c in report.claims],
    }
    if findings:
        out["findings"] = [f.to_json() for f in report.findings]
    out["errors"] = [p.to_json() for p in report.problems]
    return out
