"""The built-in HTML reader: visible text by block and the publication date from <meta>.

Used when the ``homscheck[html]`` extra is not installed; imported only when an HTML file is
read (``html.parser`` costs start-up time that plain-text runs need not pay).
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

from homscheck.cli.readers import iso_date, paragraphs

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
     "form", "svg", "iframe", "button", "select", "textarea"}
)  # fmt: skip
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article",
     "section", "blockquote", "tr", "td", "th", "table", "figcaption", "dd", "dt", "pre", "hr",
     "main", "body", "title"}
)  # fmt: skip
_VOID = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
)
_DATE_META = frozenset(
    {"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
     "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date"}
)  # fmt: skip


class _TextParser(HTMLParser):
    """Visible text by block, preferring the <article> element when the page has one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.article_depth = 0
        self.blocks: list[str] = []
        self.article_blocks: list[str] = []
        self.current: list[str] = []
        self.published: date | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        if tag in _VOID:
            if tag in _BLOCK:
                self._flush()
            return
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "article":
            self.article_depth += 1
        if tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._flush()
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "article" and self.article_depth:
            self.article_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)

    def _flush(self) -> None:
        block = " ".join("".join(self.current).split())
        self.current = []
        if block:
            self.blocks.append(block)
            if self.article_depth:
                self.article_blocks.append(block)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
        if self.published is None and key.lower() in _DATE_META:
            self.published = iso_date(attrs.get("content"))


def builtin_html(html: str) -> tuple[str, date | None]:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    parser._flush()
    return paragraphs(parser.article_blocks or parser.blocks), parser.published
