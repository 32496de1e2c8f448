"""Real inputs: Markdown front matter, HTML pages, standard input with a name, JSON lines
grouped into clusters; and the progress bar that only a person at a terminal sees."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from _schema import validated

from homscheck.cli import run
from homscheck.cli.inputs import load
from homscheck.cli.readers import HTML_EXTRA_HINT, html_article, markdown_article

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HAS_TRAFILATURA = importlib.util.find_spec("trafilatura") is not None


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _write(folder: Path, name: str, text: str) -> str:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return str(p)


# -- Markdown front matter -------------------------------------------------------------------

FRONT = """---
title: "Bomb kills 12 in Kabul"
date: 2017-05-22T09:30:00Z
tags: [news]
---

An explosion in Kabul on Sunday killed 12 people, officials said.
"""


def test_front_matter_date_is_the_publication_date(tmp_path: Path) -> None:
    loaded = load([_write(tmp_path, "story.md", FRONT)])
    (doc,) = loaded.documents
    assert doc.id == "story"
    assert doc.published == date(2017, 5, 22)
    assert doc.published_source == "metadata"


def test_front_matter_offsets_point_into_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The front matter is blanked in place and the title kept where it stands, so a claim's
    offsets, line and column are those of the file itself."""
    path = _write(tmp_path, "story.md", FRONT)
    code, out, _ = cli(capsys, "extract", "--format", "json", path)
    assert code == 0
    data = validated(out)
    raw = Path(path).read_text("utf-8")
    lines = raw.split("\n")
    assert {(c["line"], c["text"]) for c in data["claims"]} >= {
        (2, "kills 12"),
        (7, "killed 12 people"),
    }
    for claim in data["claims"]:
        assert " ".join(raw[claim["start"] : claim["end"]].split()) == claim["text"]
        assert lines[claim["line"] - 1][claim["column"] - 1 :].startswith(claim["text"][:5])
    headline = [c for c in data["claims"] if c["line"] == 2]
    assert headline, "the title is read like a first paragraph"
    dates = [c for c in data["claims"] if c["value"]["type"] == "date"]
    assert all(d["value"]["earliest"] == "2017-05-21" for d in dates)  # "Sunday" before the 22nd


def test_front_matter_text_keeps_lines() -> None:
    article = markdown_article(FRONT)
    assert len(article.text) == len(FRONT)
    assert article.text.split("\n")[1].strip() == "Bomb kills 12 in Kabul"
    assert "date" not in article.text and "tags" not in article.text and "---" not in article.text


@pytest.mark.parametrize(
    "text",
    [
        "---\nnot closed\n\nA bomb killed 12 people.\n",  # no closing delimiter
        "Some text\n---\ntitle: x\n---\n",  # not at the top
    ],
)
def test_not_front_matter_is_left_alone(text: str) -> None:
    assert markdown_article(text).text == text
    assert markdown_article(text).published is None


def test_front_matter_without_date_or_title() -> None:
    article = markdown_article("---\nauthor: someone\n...\nText.\n")
    assert article.published is None
    assert article.text.strip() == "Text."


def test_only_front_matter_is_a_problem(tmp_path: Path) -> None:
    loaded = load([_write(tmp_path, "x.md", "---\nauthor: a\n---\n")])
    assert not loaded.documents
    assert loaded.problems[0].message == "only front matter, no text"


def test_published_option_overrides_front_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "story.md", FRONT)
    _, out, _ = cli(capsys, "extract", "-f", "json", "--published", "story=2017-06-01", path)
    doc = validated(out)["documents"][0]
    assert (doc["published"], doc["published_source"]) == ("2017-06-01", "command line")


# -- HTML ------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>World | Site</title>
<meta property="article:published_time" content="2017-05-22T08:00:00+00:00">
<script>var headline = "a bomb killed 99 people";</script>
<style>.x { content: "killed 77 people"; }</style></head>
<body><nav><a href="/">Home</a> | World</nav>
<header>Breaking: 55 people killed elsewhere</header>
<article><h1>Kabul bomb</h1>
<p>An explosion in Kabul on Sunday killed 12 people &amp; wounded 30, officials said.</p>
<p>Police   sealed
off the area.</p></article>
<aside>Most read: 88 people killed</aside>
<footer>&copy; 2017</footer></body></html>
"""


@pytest.mark.skipif(HAS_TRAFILATURA, reason="the built-in reader is used without the extra")
def test_builtin_html_reader() -> None:
    article = html_article(PAGE)
    assert article.published == date(2017, 5, 22)
    assert article.text.split("\n\n") == [
        "Kabul bomb",
        "An explosion in Kabul on Sunday killed 12 people & wounded 30, officials said.",
        "Police sealed off the area.",
    ]
    assert article.warning is not None and HTML_EXTRA_HINT in article.warning


@pytest.mark.skipif(HAS_TRAFILATURA, reason="the built-in reader is used without the extra")
def test_builtin_html_reader_without_article_element() -> None:
    page = (
        '<html><head><meta name="date" content="2018-05-16"></head><body>'
        "<div>First paragraph.<br>Second line</div><script>x()</script><p>Third.</p></body></html>"
    )
    article = html_article(page)
    assert article.published == date(2018, 5, 16)
    assert article.text == "First paragraph.\n\nSecond line\n\nThird."


@pytest.mark.skipif(not HAS_TRAFILATURA, reason="needs the homscheck[html] extra")
def test_trafilatura_html_reader() -> None:
    article = html_article(PAGE)
    assert article.warning is None
    assert "killed 12 people" in article.text
    assert "99" not in article.text and "77" not in article.text
    assert article.published == date(2017, 5, 22)


def test_html_files_are_compared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "a.html", PAGE)
    _write(tmp_path, "b.htm", PAGE.replace("killed 12", "killed 40"))
    code, out, err = cli(capsys, "compare", "-f", "json", str(tmp_path))
    assert code == 1
    data = validated(out)
    assert [d["published_source"] for d in data["documents"]] == ["metadata", "metadata"]
    conflicts = [f for f in data["findings"] if f["verdict"] == "conflict"]
    assert conflicts
    for claim in data["claims"]:
        assert "99" not in claim["text"] and "88" not in claim["text"]
    if not HAS_TRAFILATURA:
        assert err.count(HTML_EXTRA_HINT) == 1  # one hint per run, not one per file


def test_html_without_text_is_a_problem(tmp_path: Path) -> None:
    loaded = load([_write(tmp_path, "x.html", "<html><script>var a = 1;</script></html>")])
    assert loaded.problems[0].message == "no article text found in the HTML"


# -- standard input --------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_stdin_name_is_its_id_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _write(tmp_path, "b.txt", "A bomb in Kabul killed 40 people on Monday.")
    _stdin(monkeypatch, "A bomb in Kabul killed 12 people on Monday.")
    code, out, _ = cli(capsys, "compare", "-f", "json", "--stdin-name", "news/a.txt", "-", other)
    assert code == 1
    docs = validated(out)["documents"]
    assert [(d["id"], d["path"]) for d in docs] == [("a", "news/a.txt"), ("b", other)]
    _stdin(monkeypatch, "A bomb in Kabul killed 12 people on Monday.")
    _, out, _ = cli(capsys, "compare", "-f", "sarif", "--stdin-name", "news/a.txt", "-", other)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in json.loads(out)["runs"][0]["results"]
        for loc in result["locations"] + result["relatedLocations"]
    }
    assert "news/a.txt" in uris


def test_stdin_without_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, "A bomb in Kabul killed 12 people.")
    _, out, _ = cli(capsys, "extract", "-f", "json", "-")
    doc = validated(out)["documents"][0]
    assert (doc["id"], doc["path"]) == ("stdin", "-")


def test_stdin_name_suffix_says_how_to_read(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, FRONT)
    _, out, _ = cli(capsys, "extract", "-f", "json", "--stdin-name", "story.md", "-")
    doc = validated(out)["documents"][0]
    assert (doc["id"], doc["published"]) == ("story", "2017-05-22")


def test_stdin_jsonl_with_group_by(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        {"id": "a", "event": "kabul", "text": "A bomb in Kabul killed 12 people on Monday."},
        {"id": "b", "event": "kabul", "text": "A bomb in Kabul killed 40 people on Monday."},
        {"id": "c", "event": "homs", "text": "A bomb in Kabul killed 90 people on Monday."},
    ]
    _stdin(monkeypatch, "".join(json.dumps(r) + "\n" for r in rows))
    code, out, _ = cli(
        capsys, "compare", "-f", "json", "--stdin-name", "feed.jsonl", "--group-by", "event", "-"
    )
    assert code == 1
    data = validated(out)
    assert {d["id"]: d["group"] for d in data["documents"]} == {
        "a": "kabul",
        "b": "kabul",
        "c": "homs",
    }
    (conflict,) = [f for f in data["findings"] if f["verdict"] == "conflict"]
    assert {c.split(":")[0] for c in conflict["claims"]} == {"a", "b"}  # c is another cluster


def test_jsonl_file_with_group_by_and_errors_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "a", "g": 1, "title": "Kabul", "text": "A bomb killed 12 people."})
        + "\n{broken\n"
        + json.dumps({"id": "b", "text": "no group field"})
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = cli(capsys, "compare", "-f", "json", "--group-by", "g", str(feed))
    assert code == 2
    data = validated(out)
    assert len(data["errors"]) == 2
    assert data["documents"][0]["group"] == "1"


# -- progress bar ----------------------------------------------------------------------------


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from homscheck.cli.app import _progress

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _progress(100, quiet=False) is None  # a pipe
    monkeypatch.setattr(sys, "stderr", _Tty())
    assert _progress(20, quiet=False) is None  # a handful of files
    assert _progress(100, quiet=True) is None
    assert _progress(100, quiet=False) is not None
    monkeypatch.setenv("CI", "true")
    assert _progress(100, quiet=False) is None


def test_progress_keeps_results_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from homscheck.cli.app import _progress
    from homscheck.core import read_document
    from homscheck.model import Document

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys, "stderr", _Tty())
    mapper = _progress(25, quiet=False)
    assert mapper is not None
    docs = [Document(f"d{i}", f"A bomb killed {i + 1} people.") for i in range(25)]
    results = list(mapper(read_document, docs))
    assert [r.document.id for r in results] == [d.id for d in docs]


def test_no_progress_in_pipes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(25):
        _write(tmp_path, f"{i:02}.txt", f"A bomb in Kabul killed {i + 1} people on Monday.")
    code, _, err = cli(capsys, "compare", "--fail-on", "never", str(tmp_path))
    assert code == 0
    assert err == ""
