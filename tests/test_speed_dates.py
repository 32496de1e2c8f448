"""The date reader's quick ways give what the plain ones give: a mention's span is cut by the
context groups its rule's pattern has (asked for by name, not by trying every one)."""

from __future__ import annotations

from pathlib import Path

import regex

from homscheck.dates import _CONTEXT_GROUPS, _mention_span, _rule_matches
from homscheck.text import plain_spaces

TEXTS = [
    "on Thursday, August 3, 2017, in March, since 2011, the 1990s, summer 2012, two weeks ago",
    "earlier this year, the end of last month, the following Friday, in recent days, Q3 2009",
    "Wednesday, the twenty-first of January, 2015; yesterday morning; mid-November 2017",
]


def _plain_span(m: regex.Match[str]) -> tuple[int, int]:
    """``_mention_span`` as it was: every context group tried."""
    start, end = m.span()
    for name in _CONTEXT_GROUPS:
        try:
            s, e = m.span(name)
        except IndexError:
            continue
        if s < 0:
            continue
        if s == start:
            start = e
        if e == end:
            end = s
    return start, end


def test_spans_are_cut_as_before(seeds: Path) -> None:
    texts = [*TEXTS, *(plain_spaces(p.read_text("utf-8")) for p in sorted(seeds.glob("*.txt")))]
    for text in texts:
        for matches in _rule_matches(text):
            for m in matches:
                assert _mention_span(m) == _plain_span(m)
