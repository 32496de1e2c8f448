"""The date reader. (Interface stub: being written; see the helper brief.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from homscheck.model import DateRange


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: DateRange
    relative: bool = False


@dataclass(frozen=True)
class Dateline:
    published: date
    start: int
    end: int
    text: str


def find_dates(text: str, anchor: date | None) -> list[DateMention]:
    raise NotImplementedError


def find_publication_date(text: str) -> Dateline | None:
    raise NotImplementedError


def resolve_weekday(weekday: int, anchor: date) -> date:
    raise NotImplementedError
