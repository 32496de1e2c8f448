#!/usr/bin/env python3
"""Screenshots of the seeds' report, for the README and for anyone who wants to look.

    .venv/bin/python tools/screenshot.py            # writes docs/report.png and docs/bars.png
    .venv/bin/python tools/screenshot.py --out /tmp --width 420 --height 1600   # a phone

``report.png`` is the HTML report of ``homscheck compare seeds/ --all --format html`` as
headless Chromium draws it (the top ``--height`` pixels). ``bars.png`` is the terminal
number lines of ``homscheck compare seeds/ --all --bars`` (the part under the table),
recorded by Rich as SVG and drawn by Chromium. Needs Debian's ``chromium``; nothing is
fetched (the SVG's web-font links are removed, so a local monospace font draws it).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text

from homscheck.cli.bars import print_chart
from homscheck.cli.html import report_html
from homscheck.cli.inputs import load
from homscheck.cli.render import VERDICT_STYLE, visible
from homscheck.core import compare
from homscheck.model import Report

ROOT = Path(__file__).resolve().parent.parent
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def seeds_report() -> Report:
    # Relative paths, as a user running from the repository would see them in the links.
    loaded = load(["seeds"], published={}, max_bytes=10_000_000)
    return compare(loaded.documents)


def terminal_svg(report: Report, width: int = 80) -> str:
    """The lines ``--bars`` prints under the table: each finding's sentence and its chart."""
    console = Console(
        record=True,
        file=io.StringIO(),
        width=width,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
        markup=False,
        emoji=False,
    )
    for finding in report.findings:
        label = Text(f"{finding.verdict.value}: ", style=VERDICT_STYLE[finding.verdict])
        label.append(visible(finding.message))
        console.print(label)
        print_chart(finding, console)
    svg = console.export_svg(title="homscheck compare seeds/ --all --bars")
    # Rich links its font from a CDN; drop the @font-face rules so nothing is fetched.
    return re.sub(r"@font-face\s*\{[^}]*\}", "", svg)


def shoot(chromium: str, page: Path, png: Path, width: int, height: int, profile: Path) -> None:
    cmd = [
        chromium,
        *FLAGS,
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        f"--screenshot={png}",
        page.as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    print(f"wrote {png} ({png.stat().st_size // 1024} KiB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNGs")
    parser.add_argument("--width", type=int, default=900, help="browser width for the report")
    parser.add_argument("--height", type=int, default=1900, help="how much of the report")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("needs Chromium (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    os.chdir(ROOT)
    report = seeds_report()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        page = work / "report.html"
        page.write_text(report_html(report, show_all=True), encoding="utf-8")
        shoot(chromium, page, args.out / "report.png", args.width, args.height, work / "p1")

        svg = terminal_svg(report)
        view = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
        w, h = (round(float(view.group(1))), round(float(view.group(2)))) if view else (1000, 900)
        term = work / "bars.html"
        term.write_text(
            '<!DOCTYPE html><html><body style="margin:0;background:#fff">'
            f'<div style="width:{w}px">{svg}</div></body></html>',
            encoding="utf-8",
        )
        shoot(chromium, term, args.out / "bars.png", w, h, work / "p2")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
