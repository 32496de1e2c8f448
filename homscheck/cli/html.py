"""The HTML report: one self-contained page a newcomer can read without the JSON.

The page carries its CSS and SVG inline, no script and no reference to anything outside it;
a Content-Security-Policy of ``default-src 'none'`` makes the browser refuse any load or
script should one ever slip in. Every piece of article text (quotes, sentences, document ids,
paths, topics, messages) goes through ``_e`` (``html.escape`` with quotes, after ``visible``
has shown control and bidirectional characters), so an article cannot add markup, break out
of an attribute or reorder the text around it. Links to the articles are percent-encoded
relative paths: a ``javascript:`` "path" turns into a harmless relative one.

Charts come from ``homscheck.cli.bars`` (the same geometry as the terminal number lines) and
are drawn with percentage x-coordinates, so they stretch to the width of a phone or a page
while the text in them keeps its size.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence
from urllib.parse import quote

from homscheck import __version__
from homscheck.cli.bars import Chart, Span, chart
from homscheck.cli.render import visible
from homscheck.model import Claim, Document, Finding, Report, Verdict

COLOUR = {
    Verdict.CONFLICT: "#c62828",
    Verdict.TENSION: "#a35c00",
    Verdict.VARIANT: "#00727d",
    Verdict.AGREE: "#2e7d32",
}

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"

CSS = """
:root { --ink: #1b1b1b; --muted: #5f6368; --rule: #d9dce0; --paper: #fff; --mark: #fff1a8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem; color: var(--ink);
  background: var(--paper); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
a { color: #1a5fb4; }
.summary { font-size: 1.05rem; }
.badge { display: inline-block; padding: 0 .45em; border-radius: .3em; color: #fff;
  font-size: .8rem; font-weight: 600; letter-spacing: .02em; vertical-align: .1em; }
.conflict { --v: #c62828; } .tension { --v: #a35c00; }
.variant { --v: #00727d; } .agree { --v: #2e7d32; }
.badge { background: var(--v); }
.glance li { margin: .3rem 0; }
.finding { border: 1px solid var(--rule); border-left: .35rem solid var(--v);
  border-radius: .4rem; padding: .8rem 1rem; margin: 1rem 0; break-inside: avoid; }
.message { margin: .2rem 0 .6rem; }
figure { margin: .4rem 0 .8rem; }
figure svg { display: block; width: 100%; font-family: inherit; }
figcaption { color: var(--muted); font-size: .9rem; }
.gap { color: var(--v); font-weight: 600; }
.sources { padding-left: 1.4rem; margin: .4rem 0 0; }
.sources li { margin: .5rem 0; }
.src a { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: .85rem; }
.value { font-weight: 600; }
.rule { color: var(--muted); font-size: .85rem; }
blockquote { margin: .2rem 0 0; padding: .1rem .7rem; border-left: 3px solid var(--rule);
  color: #333; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
details { margin: 1rem 0; }
summary { cursor: pointer; font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
  border-bottom: 1px solid var(--rule); }
th { background: #f4f5f7; }
td.code { white-space: nowrap; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  body { padding: .6rem; font-size: 15px; }
  .finding { padding: .6rem .7rem; }
  th, td { padding: .25rem .3rem; }
  svg.chart { font-size: 11px; }
  svg.chart text.tick { font-size: 10px; }
  svg.chart text.alt { display: none; }  /* every other date: they would overlap */
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .finding, tr, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
  mark { background: none; text-decoration: underline 2px; }
  .badge { color: #000; border: 1px solid var(--v); background: none; }
  summary { list-style: none; }
}
@media print { details::details-content { display: block; content-visibility: visible; } }
"""


def report_html(report: Report, *, show_all: bool = False, findings: bool = True) -> str:
    """The whole page. ``show_all`` opens the folded agreements; ``findings=False`` (the
    ``extract`` command) leaves out everything but the documents and their claims."""
    paths = {d.id: d.path for d in report.documents}
    parts = [_head(), "<body>", "<header>", "<h1>homscheck report</h1>"]
    parts.append(f'<p class="summary">{_e(_summary(report, findings))}</p>')
    if findings:
        parts.append(_glance(report.findings))
    parts.append("</header><main>")
    if findings:
        parts.append(_findings_section(report.findings, paths, show_all))
    parts.append(_documents_section(report.documents, report.claims))
    parts.append(_claims_section(report.claims, paths))
    parts.append(
        f"</main><footer>Generated by homscheck {_e(__version__)}. Each figure is drawn as the "
        "interval it stands for: a bar is a range, a dot an exact figure (on a bar: the best "
        "estimate), an arrow a side with no bound, a hollow end an open bound.</footer>"
    )
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _e(text: str) -> str:
    """Article or user text, safe in element content and in quoted attribute values."""
    return html.escape(visible(text), quote=True)


def _head() -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>homscheck report</title>\n<style>{CSS}</style></head>"
    )


def _summary(report: Report, findings: bool) -> str:
    docs = len(report.documents)
    text = f"{docs} document{'s' if docs != 1 else ''}, {len(report.claims)} claims"
    if not findings:
        return text + "."
    counts = Counter(f.verdict for f in report.findings)
    parts = [f"{counts[v]} {v.value}" for v in Verdict if counts[v]]
    text += f", {len(report.findings)} aligned groups"
    return text + (f": {', '.join(parts)}." if parts else ".")


def _glance(findings: Sequence[Finding]) -> str:
    """Which sources disagree, and by how much: one line per disagreement, linked."""
    disagreements = [(i, f) for i, f in enumerate(findings) if f.verdict != Verdict.AGREE]
    if not disagreements:
        return "<p>No disagreements found.</p>"
    items = []
    for i, f in disagreements:
        c = chart(f)
        gap = f' <span class="gap">{_e(c.gap)}.</span>' if c and c.gap else ""
        sources = ", ".join(sorted({cl.document for cl in f.claims}))
        items.append(
            f'<li class="{f.verdict.value}">{_badge(f.verdict)} '
            f'<a href="#finding-{i + 1}">{_e(f.topic)}</a> ({_e(sources)}){gap}</li>'
        )
    return '<ul class="glance">' + "".join(items) + "</ul>"


def _badge(v: Verdict) -> str:
    return f'<span class="badge">{v.value}</span>'


def _findings_section(findings: Sequence[Finding], paths: dict[str, str], show_all: bool) -> str:
    numbered = list(enumerate(findings, 1))
    shown = [_finding(i, f, paths) for i, f in numbered if f.verdict != Verdict.AGREE]
    agreed = [_finding(i, f, paths) for i, f in numbered if f.verdict == Verdict.AGREE]
    out = ['<section id="disagreements"><h2>Disagreements</h2>']
    out.extend(shown or ["<p>None: every aligned group of claims agrees.</p>"])
    out.append("</section>")
    if agreed:
        # Agreements are rarely what the reader came for: folded, unless --all asked for them.
        opened = " open" if show_all else ""
        n = len(agreed)
        out.append(
            f'<section id="agreements"><h2>Agreements</h2><details{opened}><summary>{n} '
            f"aligned group{'s' if n != 1 else ''} of claims agree{'s' if n == 1 else ''}"
            "</summary>"
        )
        out.extend(agreed)
        out.append("</details></section>")
    return "\n".join(out)


def _finding(number: int, f: Finding, paths: dict[str, str]) -> str:
    out = [
        f'<article class="finding {f.verdict.value}" id="finding-{number}">',
        f"<h3>{_badge(f.verdict)} {_e(f.topic)}</h3>",
        f'<p class="message">{_e(f.message)}</p>',
    ]
    c = chart(f)
    if c is not None:
        caption = _e(c.title)
        if c.gap:
            caption += f' — <span class="gap">{_e(c.gap)}</span>'
        out.append(f"<figure>{svg(c, f.verdict)}<figcaption>{caption}</figcaption></figure>")
    out.append('<ol class="sources">')
    for claim in f.claims:
        out.append(f"<li>{_source(claim, paths)}{_in_context(claim)}</li>")
    out.append("</ol></article>")
    return "\n".join(out)


def _source(claim: Claim, paths: dict[str, str]) -> str:
    where = f"{claim.document}:{claim.line}:{claim.column}"
    href = _href(paths.get(claim.document, "-"), claim.line)
    link = f'<a href="{_e(href)}">{_e(where)}</a>' if href else _e(where)
    return (
        f'<div class="src">{link} <span class="value">{_e(claim.describe())}</span> '
        f'<span class="rule">{_e(claim.check)}</span></div>'
    )


def _href(path: str, line: int) -> str | None:
    """A relative link to the article at its line, or None for standard input.

    Percent-encoding ':' means no scheme survives ("javascript:alert(1)" becomes a relative
    file name); a leading "//" would make a network address, so it is collapsed to "/".
    """
    if not path or path == "-":
        return None
    url = quote(path.replace("\\", "/"), safe="/._-~")
    if url.startswith("//"):
        url = "/" + url.lstrip("/")
    return f"{url}#L{line}"


def _in_context(claim: Claim) -> str:
    """The sentence, with the quote highlighted; the quote alone when the sentence is unknown."""
    sentence, quote_text = claim.context, claim.text
    at = sentence.find(quote_text) if quote_text else -1
    if at < 0:
        body = f"<mark>{_e(quote_text)}</mark>"
        if sentence:
            body = f"{_e(sentence)}<br>Quote: {body}"
        return f"<blockquote>{body}</blockquote>"
    before, after = sentence[:at], sentence[at + len(quote_text) :]
    return f"<blockquote>{_e(before)}<mark>{_e(quote_text)}</mark>{_e(after)}</blockquote>"


def _documents_section(documents: Iterable[Document], claims: Sequence[Claim]) -> str:
    counts = Counter(c.document for c in claims)
    rows = []
    for d in documents:
        published = d.published.isoformat() if d.published else "unknown"
        if d.published and d.published_source:
            published += f" ({d.published_source})"
        href = _href(d.path, 1)
        path = f'<a href="{_e(href)}">{_e(d.path)}</a>' if href else _e(d.path)
        rows.append(
            f"<tr><td>{_e(d.id)}</td><td>{path}</td><td>{_e(published)}</td>"
            f'<td class="num">{counts[d.id]}</td></tr>'
        )
    return (
        '<section id="documents"><h2>Documents</h2><div class="scroll"><table>'
        "<thead><tr><th>Document</th><th>File</th><th>Published</th><th>Claims</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _claims_section(claims: Sequence[Claim], paths: dict[str, str]) -> str:
    rows = []
    for c in claims:
        href = _href(paths.get(c.document, "-"), c.line)
        where = f"{c.line}:{c.column}"
        line = f'<a href="{_e(href)}">{_e(where)}</a>' if href else _e(where)
        rows.append(
            f'<tr><td>{_e(c.document)}</td><td class="num">{line}</td>'
            f'<td class="code">{_e(c.check)}</td>'
            f"<td>{_e(c.topic)}</td><td>{_e(c.describe())}</td><td>“{_e(c.text)}”</td></tr>"
        )
    return (
        '<section id="claims"><h2>All claims</h2><div class="scroll"><table>'
        "<thead><tr><th>Document</th><th>Line</th><th>Rule</th><th>Topic</th><th>Value</th>"
        f"<th>Quote</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div></section>"
    )


# -- the chart -------------------------------------------------------------------------------

ROW = 38  # px per source: a label line and a bar line
TOP = 6
AXIS = 34
LEFT, RIGHT = 3.0, 97.0  # % of the width between which the scale runs; arrows reach 0.5/99.5


def _x(frac: float) -> float:
    return round(LEFT + frac * (RIGHT - LEFT), 3)


def svg(c: Chart, verdict: Verdict) -> str:
    """The chart as inline SVG: per source a label, then its bar; an axis with ticks below."""
    colour = COLOUR[verdict]
    height = TOP + ROW * len(c.rows) + (AXIS if c.drawn else 0)
    out = [
        f'<svg class="chart" role="img" aria-label="{_e(c.title)}" height="{height}" '
        f'font-size="13"><title>{_e(c.title)}</title>'
    ]
    if c.drawn:  # first, so the grid lines run behind the bars
        out.append(_axis(c, TOP + ROW * len(c.rows) + 4))
    for i, row in enumerate(c.rows):
        y = TOP + i * ROW
        where = f"{row.claim.document}:{row.claim.line}"
        out.append(
            f'<text x="{LEFT}%" y="{y + 12}" fill="#333">{_e(where)}  '
            f'<tspan font-weight="600">{_e(row.value)}</tspan></text>'
        )
        if row.span is None:
            out.append(
                f'<text x="{LEFT}%" y="{y + 29}" fill="#5f6368" font-style="italic">'
                f"{_e(row.note)}</text>"
            )
        else:
            out.append(_bar(row.span, c, y + 25, colour))
    out.append("</svg>")
    return "".join(out)


def _bar(span: Span, c: Chart, y: int, colour: str) -> str:
    at = c.scale.at
    if span.is_point:
        assert span.low is not None
        return f'<circle cx="{_x(at(span.low))}%" cy="{y}" r="6" fill="{colour}"/>'
    x1 = 0.5 if span.low is None else _x(at(span.low))
    x2 = 99.5 if span.high is None else _x(at(span.high))
    parts = [
        f'<line x1="{x1}%" x2="{x2}%" y1="{y}" y2="{y}" stroke="{colour}" stroke-width="6" '
        'stroke-linecap="butt"/>'
    ]
    ends = ((x1, span.low, span.low_closed, -1), (x2, span.high, span.high_closed, 1))
    for x, bound, closed, side in ends:
        if bound is None:
            # An arrowhead in its own nested <svg>: a polygon cannot take % coordinates.
            parts.append(
                f'<svg x="{x}%" y="{y}" overflow="visible"><path d="M{side * 4},0 '
                f'l{-side * 12},-8 v16 z" fill="{colour}"/></svg>'
            )
        else:
            fill = colour if closed else "#fff"
            parts.append(
                f'<circle cx="{x}%" cy="{y}" r="5" fill="{fill}" stroke="{colour}" '
                'stroke-width="2.5"/>'
            )
    if span.mark is not None:
        mx = _x(at(span.mark))
        parts.append(
            f'<line x1="{mx}%" x2="{mx}%" y1="{y - 9}" y2="{y + 9}" stroke="#1b1b1b" '
            'stroke-width="2.5"/>'
        )
    return "".join(parts)


def _axis(c: Chart, y: int) -> str:
    parts = [
        f'<line x1="{LEFT}%" x2="{RIGHT}%" y1="{y}" y2="{y}" stroke="#9aa0a6" stroke-width="1"/>'
    ]
    for i, t in enumerate(c.ticks):
        x = _x(t.at)
        cls = "tick alt" if i % 2 else "tick"
        anchor = "start" if t.at < 0.06 else "end" if t.at > 0.94 else "middle"
        parts.append(
            f'<line x1="{x}%" x2="{x}%" y1="{y - 4}" y2="{y + 4}" stroke="#9aa0a6"/>'
            f'<line x1="{x}%" x2="{x}%" y1="{TOP}" y2="{y}" stroke="#eceef1"/>'
            f'<text class="{cls}" x="{x}%" y="{y + 19}" fill="#5f6368" font-size="12" '
            f'text-anchor="{anchor}">{_e(t.label)}</text>'
        )
    return "".join(parts)
