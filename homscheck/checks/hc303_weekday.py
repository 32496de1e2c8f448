"""Stated weekdays: a date written with its weekday ("on Thursday, August 3, 2017").

Reads every date that names both its day and its weekday. The claim is checked inside its own
article: "on Friday, August 3, 2017" is a conflict, because August 3, 2017 was a Thursday. A
wrong weekday means either the day or the weekday is wrong, and any other date the article
resolves from it is in doubt too. A date told without its year is checked only where its year is
sure: within six weeks of the article's day, with no other year told just before.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from homscheck.context import DocumentContext
from homscheck.dates import find_publication_date
from homscheck.model import Claim
from homscheck.patterns import compile_pattern

CODE = "HC303"
NAME = "stated-weekday"
KIND = "weekday"
EXAMPLES = [
    (
        "The vote took place on Tuesday, March 5, 2019.",
        "weekday of 2019-03-05 = 2019-03-05 (Tuesday)",
    ),
    # June 7, 2018 was a Thursday: read as written, and flagged by the comparator
    ("Talks resumed on Friday, June 7, 2018.", "weekday of 2018-06-07 = 2018-06-07 (Friday)"),
]  # fmt: skip


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    dateline = _dateline(ctx)
    for sentence in ctx.sentences:
        for mention in ctx.dates_in(sentence.start, sentence.end):
            if dateline is not None and mention.start < dateline[1] and mention.end > dateline[0]:
                continue  # the page's own date ("Updated Wed 12 Mar 2025 09.12 GMT"): no claim
            value = mention.value
            if value.weekday is None or not value.known or value.earliest != value.latest:
                continue
            if mention.text.strip().lower().startswith(("last ", "next ", "this ")):
                continue  # "last Friday" names a weekday and resolves it: nothing to check
            if not any(ch.isdigit() for ch in mention.text):
                continue  # a bare weekday resolved against the anchor matches by construction
            day = value.earliest
            assert day is not None
            if mention.relative and not _sure_of_the_year(ctx, day, mention.start):
                continue  # "Thursday, January 16": the year is our guess, not the article's
            yield ctx.claim(
                CODE, KIND, "weekday", "", mention.start, mention.end, value, sentence,
                time=value, label=f"weekday of {day.isoformat()}",
            )  # fmt: skip


def _dateline(ctx: DocumentContext) -> tuple[int, int] | None:
    """Where the line the article's publication date was read from is, if it was read from
    the text."""
    if ctx.doc.published_source != "text":
        return None
    line = find_publication_date(ctx.text)
    if line is None:
        return None
    start = ctx.text.rfind("\n", 0, line.start) + 1
    end = ctx.text.find("\n", line.end)
    end = len(ctx.text) if end < 0 else end
    rest = ctx.text[start : line.start] + " " + ctx.text[line.end : end]
    # (a short sentence that opens an article is read as its date too: still a claim)
    return None if _A_VERB.search(rest) else (start, end)


# A lower-case word of a sentence beside a date: "Talks resumed on Friday, June 7, 2018."
_A_VERB = compile_pattern(r"\b(?!(?:and|the|at|on|by|of|updated|published|posted)\b)\p{Ll}{4,}\b")


# A day and month told without a year this close to the article's day is of its year: "a truce
# announced on Wednesday, March 13" in an article of March 15, 2025 (a Thursday that year); "he
# was let go on Wednesday, Feb. 20" in a story of March 7 (six weeks: what led up to an event)
_SURE_OF_THE_YEAR_DAYS = 45


# (not after another year told just before: a page of old cases, "February 13, 2013 CRIME OF
# THE WEEK ... on Thursday, January 16")
_YEAR = compile_pattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_REACH = 300


def _sure_of_the_year(ctx: DocumentContext, day: date, at: int) -> bool:
    published = ctx.doc.published
    if published is None or abs((published - day).days) > _SURE_OF_THE_YEAR_DAYS:
        return False
    years = _YEAR.findall(ctx.text, max(0, at - _YEAR_REACH), at)
    return all(int(year) == day.year for year in years)
