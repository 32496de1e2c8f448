"""The HTML report, read back with the standard library's parser: structure, charts, safety."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from homscheck.cli import run
from homscheck.cli.bars import chart
from homscheck.cli.html import report_html
from homscheck.cli.inputs import load
from homscheck.core import compare
from homscheck.model import Document, Report

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE = (
    'Rebels killed 12 people <script>alert("x")</script> in Kabul on Monday. '
    '"><img src=x onerror=alert(1)> <style>body{display:none}</style>'
)


@dataclass
class Page(HTMLParser):
    """Every start tag with its attributes, the ids of findings, and the text of the page."""

    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    stack: list[str] = field(default_factory=list)
    # finding id -> number of <svg class="chart"> inside it
    charts: dict[str, int] = field(default_factory=dict)
    current: str | None = None

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "article" and (a.get("id") or "").startswith("finding-"):
            self.current = a["id"]
            self.charts[self.current or ""] = 0
        if tag == "svg" and "chart" in (a.get("class") or "").split() and self.current:
            self.charts[self.current] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.current = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    return p


def _report(paths: list[str]) -> Report:
    loaded = load(paths, published={}, max_bytes=10_000_000)
    return compare(loaded.documents)


def test_seed_report_has_a_chart_for_every_quantity_and_date_finding(seeds: Path) -> None:
    report = _report([str(seeds)])
    page = parse(report_html(report, show_all=False))
    assert len(page.charts) == len(report.findings)  # agreements are there too, folded
    charted = 0
    for i, f in enumerate(report.findings, 1):
        wanted = 1 if chart(f) is not None else 0
        assert page.charts[f"finding-{i}"] == wanted, f.topic
        charted += wanted
    assert charted >= 2  # the seeds' death toll and the war's length at least
    kinds = {f.kind for f in report.findings if chart(f) is not None}
    assert {"casualties", "duration"} <= kinds


def test_conflict_report_charts_and_says_by_how_much(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("A bomb in Kabul killed 12 people on Monday.\n", encoding="utf-8")
    b.write_text("A bomb in Kabul killed 40 people on Monday.\n", encoding="utf-8")
    page_text = report_html(_report([str(a), str(b)]))
    page = parse(page_text)
    assert page.charts["finding-1"] == 1
    assert "28 apart" in "".join(page.text)
    # each source links to its file and line
    hrefs = [x.get("href") or "" for x in page.named("a")]
    assert any(h.endswith("a.txt#L1") for h in hrefs)
    assert page.named("mark"), "each quote is highlighted in its sentence"


def test_agreements_are_folded_unless_all(seeds: Path) -> None:
    report = _report([str(seeds)])
    folded = parse(report_html(report, show_all=False)).named("details")
    opened = parse(report_html(report, show_all=True)).named("details")
    assert folded and "open" not in folded[0]
    assert opened and "open" in opened[0]


def test_self_contained_responsive_printable(seeds: Path) -> None:
    page_text = report_html(_report([str(seeds)]))
    page = parse(page_text)
    assert not page.named("script") and not page.named("img") and not page.named("link")
    assert not page.named("iframe") and not page.named("object")
    for _, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on")
            assert name != "src"
            assert not (value or "").lower().startswith(("http:", "https:", "//", "javascript:"))
    assert "url(" not in page_text and "@import" not in page_text
    metas = {
        (m.get("name") or m.get("http-equiv") or ""): m.get("content") for m in page.named("meta")
    }
    assert "width=device-width" in (metas["viewport"] or "")
    assert "default-src 'none'" in (metas["Content-Security-Policy"] or "")
    assert "@media print" in page_text and "@media (max-width" in page_text
    # a table of all claims
    assert page.named("table") and "All claims" in "".join(page.text)


def test_article_text_is_escaped_everywhere(tmp_path: Path) -> None:
    docs = (
        Document('evil"><img src=x onerror=alert(1)>', HOSTILE, path="javascript:alert(1)//a.txt"),
        Document(
            "b<script>",
            "Rebels killed 40 people <script>alert(2)</script> in Kabul on Monday.",
            path="//evil.example/b.txt",
        ),
    )
    report = compare(docs)
    assert report.claims, "the hostile text must still yield claims to be a real test"
    page_text = report_html(report, show_all=True)
    page = parse(page_text)
    assert not page.named("script") and not page.named("img")
    assert not [t for t, _ in page.tags if t == "style"][1:], "only the page's own <style>"
    for _, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs)
    for a in page.named("a"):
        href = a.get("href") or ""
        assert not href.lower().startswith("javascript:") and not href.startswith("//"), href
    text = "".join(page.text)
    # the hostile text is there, as text a reader can see
    assert '<script>alert("x")</script>' in text
    assert '"><img src=x onerror=alert(1)>' in text
    hrefs = [a.get("href") or "" for a in page.named("a")]
    assert "javascript%3Aalert%281%29//a.txt#L1" in hrefs


def test_control_characters_are_shown_not_obeyed() -> None:
    doc = Document("a\u202eb", "A bomb in Kabul killed 12 \u202epeople on Monday.")
    other = Document("c", "A bomb in Kabul killed 40 people on Monday.")
    page_text = report_html(compare((doc, other)), show_all=True)
    assert "\u202e" not in page_text and "&lt;U+202E&gt;" in page_text


def test_extract_writes_html_of_the_claims(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "claims.html"
    code = run(["extract", str(seeds), "--format", "html", "-o", str(out)])
    capsys.readouterr()
    assert code == 0
    page = parse(out.read_text(encoding="utf-8"))
    assert not page.charts and page.named("table")


def test_cli_writes_one_file(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    code = run(["compare", str(seeds), "--format", "html", "-o", str(out)])
    assert code in (0, 1)
    assert capsys.readouterr().out == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert parse(text).named("svg")
