"""Baselines: accept today's findings, report only new ones.

``--write-baseline FILE`` records every current finding that is not an agreement by its
fingerprint (``formats.fingerprint``: the verdict, the rule, the topic and the quotes, never
offsets, so edits elsewhere in an article keep it). ``--baseline FILE`` then hides those
findings, and lists the entries that no longer match anything (fixed, or changed enough to be a
new finding) so the file can be refreshed. This is how an archive is adopted without first
fixing its past.

The file is JSON, sorted and indented so that it diffs well under version control::

    {"version": 1, "tool": "homscheck 0.1.0",
     "findings": [{"fingerprint": "...", "check": "HC101", "verdict": "conflict",
                   "topic": "...", "message": "..."}]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from homscheck import __version__
from homscheck.cli.formats import fingerprint
from homscheck.model import Finding, Report, Verdict

BASELINE_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used, with the file and the reason in one line."""


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    check: str
    verdict: str
    topic: str
    message: str

    def describe(self) -> str:
        return f"{self.check} {self.verdict} on {self.topic}"


@dataclass(frozen=True)
class Filtered:
    report: Report  # with the baselined findings removed
    hidden: int  # how many findings the baseline hid
    stale: tuple[Entry, ...]  # entries that matched no current finding


def _entry(f: Finding) -> Entry:
    return Entry(fingerprint(f), f.check, f.verdict.value, f.topic, f.message)


def write(report: Report, path: str) -> int:
    """Record the report's findings (agreements left out); return how many were written."""
    entries = sorted(
        {e.fingerprint: e for e in map(_entry, _disagreements(report))}.values(),
        key=lambda e: (e.check, e.topic, e.fingerprint),
    )
    data = {
        "version": BASELINE_VERSION,
        "tool": f"homscheck {__version__}",
        "findings": [e.__dict__ for e in entries],
    }
    try:
        Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline ({exc.strerror})") from None
    return len(entries)


def _disagreements(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.verdict != Verdict.AGREE]


def read(path: str) -> tuple[Entry, ...]:
    try:
        raw = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise BaselineError(f"{path}: cannot read the baseline ({reason})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: not a baseline: invalid JSON ({exc})") from None
    return _entries(data, path)


def _entries(data: Any, path: str) -> tuple[Entry, ...]:
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(
            f'{path}: not a baseline: no "findings" list (write one with --write-baseline)'
        )
    if data.get("version") != BASELINE_VERSION:
        raise BaselineError(
            f"{path}: baseline version {data.get('version')!r}; this homscheck reads version "
            f"{BASELINE_VERSION}"
        )
    entries = []
    for i, item in enumerate(data["findings"]):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise BaselineError(f"{path}: not a baseline: findings[{i}] has no fingerprint")
        entries.append(
            Entry(
                item["fingerprint"],
                str(item.get("check", "")),
                str(item.get("verdict", "")),
                str(item.get("topic", "")),
                str(item.get("message", "")),
            )
        )
    return tuple(entries)


def apply(report: Report, entries: tuple[Entry, ...]) -> Filtered:
    """The report without the findings the baseline knows; agreements are always kept."""
    known = {e.fingerprint for e in entries}
    current = {fingerprint(f) for f in _disagreements(report)}
    kept = tuple(
        f for f in report.findings if f.verdict == Verdict.AGREE or fingerprint(f) not in known
    )
    stale = tuple(e for e in entries if e.fingerprint not in current)
    return Filtered(replace(report, findings=kept), len(report.findings) - len(kept), stale)
