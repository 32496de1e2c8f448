"""An article whose wire dateline has no year takes the year from the rest of its cluster."""

from __future__ import annotations

from datetime import date

from homscheck import Document, compare
from homscheck.model import Claim, DateRange, Report

WIRE = Document(
    "wire",
    "Dam bursts in the hills\n\n"
    "HARARE, Jan 3 (Reuters) - A dam collapsed on Saturday, killing 14 people in the valley below, "
    "officials said.\n",
)
PAPER = Document(
    "paper",
    "Dam toll climbs\n\nPublished: 4 January 2026\n\n"
    "The dam collapsed on Saturday and killed 14 people, the provincial governor said.\n",
)
LAST_YEAR = Document(
    "review",
    "A year of disasters\n\nPublished: 30 December 2025\n\nFloods and fires marked the year.\n",
)


def _published(report: Report) -> dict[str, date | None]:
    return {d.id: d.published for d in report.documents}


def _event_days(report: Report, doc: str) -> set[date | None]:
    return {_day(c) for c in report.claims if c.document == doc and c.check == "HC301"}


def _day(c: Claim) -> date | None:
    assert isinstance(c.value, DateRange)
    return c.value.earliest


def test_the_year_is_the_one_nearest_the_clusters_dates() -> None:
    report = compare([WIRE, PAPER])
    wire = next(d for d in report.documents if d.id == "wire")
    assert wire.published == date(2026, 1, 3)
    assert wire.published_source == "inferred"
    assert wire.published_reason is not None and "Jan 3" in wire.published_reason
    # its weekdays are read against that day, as the dated article's are
    assert _event_days(report, "wire") == {date(2026, 1, 3)}
    assert _event_days(report, "paper") == {date(2026, 1, 3)}


def test_across_the_new_year() -> None:
    # the nearest Jan 3 to an article of 30 December 2025 is the next one
    assert _published(compare([WIRE, LAST_YEAR]))["wire"] == date(2026, 1, 3)


def test_alone_it_stays_undated() -> None:
    assert _published(compare([WIRE]))["wire"] is None


def test_only_its_own_cluster_dates_it() -> None:
    wire = Document(WIRE.id, WIRE.text, group="dam")
    other = Document(PAPER.id, PAPER.text, group="elsewhere")
    assert _published(compare([wire, other]))["wire"] is None


def test_the_order_of_the_articles_does_not_matter() -> None:
    assert compare([WIRE, PAPER, LAST_YEAR]) == compare([LAST_YEAR, PAPER, WIRE])
