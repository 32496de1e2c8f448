"""Renderers: the Rich table for people, JSON for scripts.

Article text is never interpreted: it goes into ``rich.text.Text`` objects (no markup), and
control characters, terminal escapes, bidirectional overrides and zero-width characters are
shown as visible ``<U+XXXX>`` tokens, so nothing in an article can change the terminal.

Rich is imported inside the functions that draw with it: every run imports this module (for
``visible``, to print an input's problems), and ``--format json`` then starts without
``rich.console`` and ``rich.table``, a table with no finding to show without ``rich.table``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from homscheck.jsonout import report_json
from homscheck.model import Claim, Finding, Report, Verdict

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

VERDICT_STYLE = {
    Verdict.CONFLICT: "bold red",
    Verdict.TENSION: "yellow",
    Verdict.VARIANT: "cyan",
    Verdict.AGREE: "green",
}


def visible(text: str) -> str:
    """Text with every invisible or terminal-controlling character shown as <U+XXXX>."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\n" or ch == "\t":
            out.append(" ")
        elif (
            code < 0x20
            or 0x7F <= code < 0xA0
            or 0x200B <= code <= 0x200F
            or 0x202A <= code <= 0x202E
            or 0x2060 <= code <= 0x2069
            or code == 0xFEFF
            or 0xFFF9 <= code <= 0xFFFB
        ):
            out.append(f"<U+{code:04X}>")
        else:
            out.append(ch)
    return "".join(out)


def write_json(report: Report, out: IO[str], *, findings: bool) -> None:
    json.dump(report_json(report, findings=findings), out, indent=2, ensure_ascii=False)
    out.write("\n")


def findings_table(
    report: Report, console: Console, *, show_all: bool, bars: bool = False, quiet: bool = False
) -> None:
    shown = [f for f in report.findings if show_all or f.verdict != Verdict.AGREE]
    if not quiet:  # --quiet: the findings only, no summary line
        _summary(report, shown, console)
    if not shown:
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=True)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Topic", ratio=2, min_width=12)
    table.add_column("Source", no_wrap=True, overflow="fold")
    table.add_column("Value", ratio=2, min_width=12)
    table.add_column("Quote", ratio=4, min_width=20)
    for finding in shown:
        _finding_rows(table, finding)
    console.print(table)
    for finding in shown:
        label = Text(f"{finding.verdict.value}: ", style=VERDICT_STYLE[finding.verdict])
        label.append(visible(finding.message))
        console.print(label)
        if bars:
            # Each finding's number line or timeline under its sentence (homscheck.cli.bars).
            from homscheck.cli.bars import print_chart

            print_chart(finding, console)


def _finding_rows(table: Table, finding: Finding) -> None:
    """One row per source; the verdict and topic on the first, a rule under the last."""
    from rich.text import Text

    last = len(finding.claims) - 1
    for i, claim in enumerate(finding.claims):
        first = i == 0
        table.add_row(
            Text(finding.verdict.value, style=VERDICT_STYLE[finding.verdict]) if first else "",
            Text(visible(finding.topic)) if first else "",
            Text(f"{visible(claim.document)}:{claim.line}"),
            Text(visible(claim.describe())),
            Text("“" + visible(_short(claim)) + "”"),
            end_section=i == last,
        )


def _short(claim: Claim, limit: int = 90) -> str:
    return claim.text if len(claim.text) <= limit else claim.text[: limit - 1] + "…"


def _summary(report: Report, shown: Sequence[Finding], console: Console) -> None:
    from rich.text import Text

    counts = Counter(f.verdict for f in report.findings)
    parts = [f"{counts[v]} {v.value}" for v in Verdict if counts[v]]
    docs = len(report.documents)
    line = Text(
        f"{docs} document{'s' if docs != 1 else ''}, {len(report.claims)} claims, "
        f"{len(report.findings)} aligned groups" + (f" ({', '.join(parts)})" if parts else "")
    )
    console.print(line)
    if not shown:
        if docs < 2:
            console.print("Only one document: nothing to compare.")
        else:
            console.print(Text("No disagreements found.", style="green"))


def claims_table(report: Report, console: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    for doc in report.documents:
        claims = [c for c in report.claims if c.document == doc.id]
        published = doc.published.isoformat() if doc.published else "unknown"
        console.print(
            Text(f"{visible(doc.id)}  ({len(claims)} claims, published {published})", style="bold")
        )
        if not claims:
            continue
        table = Table(show_lines=False)
        table.add_column("Line", justify="right", no_wrap=True)
        table.add_column("Rule", no_wrap=True)
        table.add_column("Topic", max_width=30)
        table.add_column("Value", max_width=26)
        table.add_column("Quote", ratio=1)
        for c in claims:
            table.add_row(
                f"{c.line}:{c.column}",
                c.check,
                Text(visible(c.topic)),
                Text(visible(c.describe())),
                Text("“" + visible(_short(c)) + "”"),
            )
        console.print(table)


def as_plain(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)
