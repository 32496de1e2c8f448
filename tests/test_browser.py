"""The HTML report as a person sees it: loaded in headless Chromium, with no console errors.

The page's Content-Security-Policy (``default-src 'none'``) makes Chromium log a console
message for any script it refuses or anything it would have fetched, and Chromium logs every
console message to stderr with ``--enable-logging=stderr``; so "no console line" means the
page loaded cleanly, ran nothing and fetched nothing. A control page with a script proves the
check can fail. Skipped when Chromium is not installed (``.ci/run`` installs Debian's).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from homscheck.cli.bars import chart
from homscheck.cli.html import CSP, report_html
from homscheck.cli.inputs import load
from homscheck.core import compare
from homscheck.model import Document

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

CONSOLE = re.compile(r":CONSOLE[:(]|Uncaught")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium is not installed (Debian package 'chromium')")


def load_page(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM after load, and every console line Chromium logged for the page."""
    cmd = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        "--dump-dom",
        page.as_uri(),
    ]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"Chromium could not run here: {exc}")
    if "<html" not in done.stdout:
        pytest.skip(f"Chromium gave no DOM (exit {done.returncode}): {done.stderr[-500:]}")
    console = [line for line in done.stderr.splitlines() if CONSOLE.search(line)]
    return done.stdout, console


def test_report_loads_with_no_console_errors(seeds: Path, tmp_path: Path) -> None:
    loaded = load([str(seeds)], published={}, max_bytes=10_000_000)
    # The seeds, plus two hostile articles: one load checks both the report and its escaping.
    hostile = (
        Document(
            'evil"><img src=x onerror=alert(1)>',
            'Rebels killed 12 people <script>alert("x")</script> in Kabul on Monday. '
            '"><img src=x onerror=alert(1)>',
            path="javascript:alert(1)",
        ),
        Document("evil2", "Rebels killed 40 people <svg onload=alert(2)> in Kabul on Monday."),
    )
    report = compare(tuple(loaded.documents) + hostile)
    page = tmp_path / "report.html"
    page.write_text(report_html(report, show_all=True), encoding="utf-8")
    dom, console = load_page(page, tmp_path / "profile")
    assert console == []
    charts = sum(1 for f in report.findings if chart(f) is not None)
    assert charts >= 3
    assert dom.count('class="chart"') == charts
    # The hostile markup is in the DOM only as text.
    assert "<img" not in dom and "<svg onload" not in dom and "&lt;svg onload" in dom
    assert "homscheck report" in dom


def test_the_check_can_fail(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text(
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" '
        f'content="{CSP}"></head><body><script>alert(1)</script></body></html>',
        encoding="utf-8",
    )
    _, console = load_page(page, tmp_path / "profile")
    assert console, "a refused script must show up as a console line"
