"""Stated weekdays: a date written with its weekday ("on Thursday, August 3, 2017").

Reads every date that names both its day and its weekday. The claim is checked inside its own
article: "on Friday, August 3, 2017" is a conflict, because August 3, 2017 was a Thursday. A
wrong weekday means either the day or the weekday is wrong, and any other date the article
resolves from it is in doubt too.
"""

from __future__ import annotations

from collections.abc import Iterator

from homscheck.context import DocumentContext
from homscheck.model import Claim

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
    for sentence in ctx.sentences:
        for date in ctx.dates_in(sentence.start, sentence.end):
            value = date.value
            if value.weekday is None or not value.known or value.earliest != value.latest:
                continue
            if date.text.strip().lower().startswith(("last ", "next ", "this ")):
                continue  # "last Friday" names a weekday and resolves it: nothing to check
            if not any(ch.isdigit() for ch in date.text):
                continue  # a bare weekday resolved against the anchor matches by construction
            if date.relative:
                continue  # "Thursday, January 16": the year is our guess, not the article's
            day = value.earliest
            assert day is not None
            yield ctx.claim(
                CODE, KIND, "weekday", "", date.start, date.end, value, sentence,
                time=value, label=f"weekday of {day.isoformat()}",
            )  # fmt: skip
