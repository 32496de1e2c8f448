"""When a count happened, as the sentence says it: a period that frames a comparison ("the
deadliest shooting this year") is not the time of the count."""

from __future__ import annotations

from datetime import date

import pytest

from homscheck import Document, read_document
from homscheck.core import Config

PUBLISHED = date(2016, 6, 8)


def _times(sentence: str) -> list[str | None]:
    doc = Document("t", sentence, "t.txt", PUBLISHED, "command line")
    claims = read_document(doc, Config(select=("HC101",))).claims
    assert claims, sentence
    return [c.time.describe() if c.time else None for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "The robbery turned into a triple homicide, the deadliest shooting in the city this year.",
        "Three people were killed in the bloodiest attack on the town since 2010.",
        "Two men were killed in what police called the 14th homicide this year.",
        "Four people were wounded in the worst shooting at the park in years.",
        "Two women died in the latest attack this month.",
    ],
)
def test_a_comparison_frame_is_not_the_time(sentence: str) -> None:
    assert _times(sentence) == [None]


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("Three people were killed in the attack in 2015.", "2015-01-01..2015-12-31"),
        ("The arrest came after two men were killed in March 2016.", "2016-03-01..2016-03-31"),
        ("The deadliest shooting this year killed three people on Sunday.", "2016-06-05 (Sunday)"),
        ("Five soldiers were killed last month near the border.", "2016-05-01..2016-05-31"),
    ],
)
def test_a_period_of_the_event_is_its_time(sentence: str, time: str) -> None:
    assert _times(sentence) == [time]
