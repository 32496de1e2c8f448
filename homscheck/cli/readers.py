"""The text homscheck compares, for each kind of article file.

- ``.txt`` (and anything else): the decoded text.
- ``.md``: YAML front matter (``---`` ... ``---`` at the top) is read for ``title:`` and
  ``date:``; the date becomes the publication date (source "metadata"). The front matter is
  blanked to spaces in place and the title's value is kept where it stands, so the compared
  text has the same length and lines as the file: offsets, lines and columns point into the
  file itself, and the headline is read like a first paragraph.
- ``.html``/``.htm``: the article text and publication date, by trafilatura and htmldate when
  the ``homscheck[html]`` extra is installed; otherwise by a small built-in reader that drops
  scripts, styles and page furniture (nav, header, footer, aside) and reads the date from
  ``<meta property="article:published_time">`` and its kin. Offsets then refer to the
  extracted text (paragraphs separated by a blank line), not to the HTML source.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
HTML_EXTRA_HINT = "install homscheck[html] to read HTML with article extraction"

# Front matter longer than this is not front matter but a document that starts with a rule.
_MAX_FRONT_MATTER_LINES = 200
_TITLE_KEYS = ("title",)
_DATE_KEYS = ("date", "published", "pubdate", "publishdate")


@dataclass(frozen=True)
class Article:
    text: str
    published: date | None = None
    warning: str | None = None


def iso_date(value: object) -> date | None:
    """The date at the start of an ISO date or date-time ("2017-05-22T10:00:00Z")."""
    if not isinstance(value, str):
        return None
    value = value.strip().strip("\"'")
    if len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# -- Markdown -------------------------------------------------------------------------------


def markdown_article(text: str) -> Article:
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return Article(text)
    end = next(
        (
            i
            for i, line in enumerate(lines[1:_MAX_FRONT_MATTER_LINES], 1)
            if line.rstrip() in ("---", "...")
        ),
        None,
    )
    if end is None:
        return Article(text)
    published = None
    out = []
    for i, line in enumerate(lines):
        if 0 < i < end:
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if sep and key in _DATE_KEYS and published is None:
                published = iso_date(value)
            if sep and key in _TITLE_KEYS and not line[:1].isspace():
                out.append(_keep_value(line, len(key) + len(sep)))
                continue
        out.append(" " * len(line) if i <= end else line)
    return Article("\n".join(out), published)


def _keep_value(line: str, prefix: int) -> str:
    """The line with its key and any YAML quotes blanked, the value where it stands."""
    value = line[prefix:]
    stripped = value.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] and stripped[0] in "\"'":
        left = value.index(stripped[0])
        right = value.rindex(stripped[0])
        value = value[:left] + " " + value[left + 1 : right] + " " + value[right + 1 :]
    return " " * prefix + value


# -- HTML -----------------------------------------------------------------------------------


def html_article(html: str) -> Article:
    # Imported by name: the extra is optional, and typed as Any whether installed or not.
    try:
        trafilatura = importlib.import_module("trafilatura")
        htmldate = importlib.import_module("htmldate")
    except ImportError as exc:
        from homscheck.cli.html_reader import builtin_html

        text, published = builtin_html(html)
        # Installed but broken (a missing lxml_html_clean, say) is worth its own reason.
        why = HTML_EXTRA_HINT if exc.name in ("trafilatura", "htmldate") else f"({exc})"
        return Article(text, published, f"HTML read by the built-in reader; {why}")
    extracted = trafilatura.extract(html, include_comments=False, include_tables=False)
    found = htmldate.find_date(html, original_date=True, extensive_search=False)
    text = paragraphs(extracted.split("\n")) if isinstance(extracted, str) else ""
    return Article(text, iso_date(found))


def paragraphs(parts: list[str]) -> str:
    """One paragraph per block, white space collapsed, a blank line between paragraphs."""
    return "\n\n".join(p for p in (" ".join(part.split()) for part in parts) if p)
