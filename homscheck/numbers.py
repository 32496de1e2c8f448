"""The number reader. (Interface stub: being written; see the helper brief.)"""

from __future__ import annotations

from dataclasses import dataclass

from homscheck.model import Quantity

APPROXIMATE_TOLERANCE = 0.1


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: Quantity
    qualifier: str | None = None
    fraction: bool = False


def find_numbers(text: str) -> list[NumberMention]:
    raise NotImplementedError


def read_number(text: str) -> Quantity | None:
    raise NotImplementedError


def read_ordinal(text: str) -> int | None:
    raise NotImplementedError


def apply_fraction(share: Quantity, base: Quantity) -> Quantity:
    raise NotImplementedError
