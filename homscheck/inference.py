"""When an article was written, where it does not say: inference on strong evidence only.

An article with no dateline is dated only when its own text pins the week down: it names a full
date (day, month and year) and also names that date's weekday ("went into effect on August 3,
2017" ... "went into effect on Thursday"), which places the article in the week after that date.
Its other weekdays are then read as the days of that week on or after the date, and the article
is taken to be written on the latest of them. Anything weaker leaves the date unknown: a wrong
anchor would move every "on Sunday" in the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from homscheck.dates import DateMention
from homscheck.model import WEEKDAYS


@dataclass(frozen=True)
class Inference:
    published: date
    reason: str


def infer_publication_date(mentions: Sequence[DateMention]) -> Inference | None:
    """The publication date that the article's own dates and weekdays imply, if they do."""
    full_days = [
        m.value.earliest
        for m in mentions
        if not m.relative
        and m.value.granularity == "day"
        and m.value.earliest is not None
        and m.value.earliest == m.value.latest
    ]
    if not full_days:
        return None
    latest = max(full_days)
    weekdays = {m.value.weekday for m in mentions if m.relative and m.value.weekday is not None}
    if latest.weekday() not in weekdays:
        return None
    week = [latest + timedelta(days=i) for i in range(7)]
    named = [d for d in week if d.weekday() in weekdays]
    published = max(named)
    reason = (
        f"the text names {latest.isoformat()} and its weekday, {WEEKDAYS[latest.weekday()]}, "
        f"so it was written in the week after; the latest weekday it names in that week is "
        f"{WEEKDAYS[published.weekday()]} {published.isoformat()}"
    )
    return Inference(published, reason)
