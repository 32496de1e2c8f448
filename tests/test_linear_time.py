"""Every rule runs in time linear in its input: adversarial text costs no more per megabyte
than a small factor of ordinary news. (The inputs are 20,000 characters of "1,1,1", "more than",
weekday names...: a quadratic shows at that size already, and the suite stays quick. It is a
guard against a blow-up, not a measure of speed: that is ``bench/run.py``.)"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from homscheck import Document, read_document

SIZE = 20_000  # characters per input: large enough to show a quadratic, small enough to be quick
FACTOR = 15.0  # the most an adversarial megabyte may cost against a megabyte of news; text that is
# nothing but dates or counts is dense with real mentions, each of which costs its rule's work
GROWTH = 6.0  # four times the input may cost at most this many times the time (linear: ~4)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def repeat(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL = {
    "comma chain": repeat("1,"),
    "more than": repeat("more than "),
    "capitalised words": repeat("Talal Barazi Homs Governor Syrian Army "),
    "long number": "9" * 10_000 + " people were killed.",
    "weekday names": repeat("Sunday "),
    "qualified counts": repeat("at least 5 "),
    "number words": repeat("twenty-one hundred and "),
    "dates": repeat("May 16, 2018 "),
    "verbs and counts": repeat("killed killed 5 people and "),
    "titles": repeat("governor President Col "),
    "open brackets": repeat("(a (b [c "),
    "victim lists": repeat("wounding two men and a woman and Ann Roe, Tim Lee, "),
}


def seconds_per_char(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        read_document(Document("t", text))
        best = min(best, time.perf_counter() - start)
    return best / len(text)


def _news(size: int = SIZE) -> str:
    return repeat("\n\n".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))), size)


ATTEMPTS = 3  # a ratio over its limit is measured again: a busy machine spikes, a quadratic
# stays slow every time


def test_adversarial_inputs_cost_about_what_news_costs() -> None:
    news = _news()
    read_document(Document("warm-up", news[:5000]))

    def ratio(text: str) -> float:
        return seconds_per_char(text) / seconds_per_char(news)

    slow = {}
    for name, text in ADVERSARIAL.items():
        best = min(_until_below(partial(ratio, text), FACTOR))
        if best > FACTOR:
            slow[name] = round(best, 1)
    assert not slow, f"slower per character than {FACTOR}x news: {slow}"


def _until_below(measure: Callable[[], float], limit: float) -> list[float]:
    """Up to ``ATTEMPTS`` measurements, stopping at the first within ``limit``."""
    found: list[float] = []
    for _ in range(ATTEMPTS):
        found.append(measure())
        if found[-1] <= limit:
            break
    return found


GROWTH_SIZE = 10_000  # the smaller input of the two (a quadratic shows as 16x, linear as 4x)


def test_time_grows_linearly_with_size() -> None:
    def grow(unit: str) -> float:
        small, large = repeat(unit, GROWTH_SIZE), repeat(unit, 4 * GROWTH_SIZE)
        return seconds_per_char(large) * len(large) / (seconds_per_char(small) * len(small))

    units = {
        "news": _news(1_000_000)[:2000],
        "dates": "May 16, 2018 ",
        "counts": "killed 5 people and ",
    }
    growth = {
        name: round(min(_until_below(partial(grow, unit), GROWTH)), 1)
        for name, unit in units.items()
    }
    assert all(g <= GROWTH for g in growth.values()), growth
