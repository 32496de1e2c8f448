"""Fuzz the number and date readers and the whole pipeline for a while.

    python fuzz/fuzz_readers.py --minutes 10 [--seed 1]

Inputs are mutations of the seed articles' sentences (words swapped, numbers replaced with
random digit runs and number words, random Unicode and control characters inserted, fragments
repeated) plus fully random text. Each input must:
- not raise in ``find_numbers``, ``find_dates`` (with and without an anchor), ``read_document``;
- give mentions whose ``text`` is exactly the span they point at, in order, not overlapping;
- give intervals with low <= high and dates with earliest <= latest;
- take less than ``--slow`` seconds (default 1) for its few kilobytes.
Failures are written to ``fuzz/findings/`` (ignored by git) and summarised at the end.
"""

from __future__ import annotations

import argparse
import random
import time
import traceback
from datetime import date
from pathlib import Path

from homscheck import Document, read_document
from homscheck.dates import find_dates
from homscheck.numbers import find_numbers

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    "more",
    "than",
    "at",
    "least",
    "about",
    "some",
    "nearly",
    "up",
    "to",
    "between",
    "and",
    "fewer",
    "than",
    "over",
    "a",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "of",
    "million",
    "1.5m",
    "20-million-plus",
    "half",
    "third",
    "two-thirds",
    "percent",
    "%",
    "$",
    "£",
    "killed",
    "wounded",
    "displaced",
    "evacuated",
    "troops",
    "buses",
    "km",
    "north",
    "of",
    "on",
    "Sunday",
    "Monday",
    "May",
    "March",
    "2017",
    "2018",
    "in",
    "late",
    "early",
    "the",
    "fall",
    "of",
    "since",
    "ago",
    "last",
    "week",
    "yesterday",
    "Published:",
    "governor",
    "said",
    "Talal",
    "Barazi",
    "al-",
    "-year-old",
    "seventh",
    "12:28",
    "pm",
    "555-0199",
    "V.1.0",
    "No.",
    "17",
    "(",
    ")",
    "—",
    ",",
    ".",
    ";",
    ":",
]
CHARS = "0123456789,.-–—%$£€ \n\t\x00\x1b[]()“”'’\u202e\u200b\ufeffé漢😀"


def mutate(rng: random.Random, base: str) -> str:
    parts = base.split()
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        if op == 0 and parts:
            parts[rng.randrange(len(parts))] = rng.choice(WORDS)
        elif op == 1:
            parts.insert(rng.randint(0, len(parts)), str(rng.randint(0, 10 ** rng.randint(1, 15))))
        elif op == 2:
            parts.insert(
                rng.randint(0, len(parts)), "".join(rng.choices(CHARS, k=rng.randint(1, 6)))
            )
        elif op == 3 and parts:
            i = rng.randrange(len(parts))
            parts[i:i] = parts[i : i + rng.randint(1, 4)] * rng.randint(2, 30)
        elif op == 4:
            parts = list(reversed(parts)) if rng.random() < 0.5 else parts
        else:
            parts.insert(
                rng.randint(0, len(parts)), " ".join(rng.choices(WORDS, k=rng.randint(1, 6)))
            )
    return " ".join(parts)


def check(text: str, slow: float) -> str | None:
    started = time.perf_counter()
    previous_end = 0
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text, ("number span", m)
        assert m.start >= previous_end, ("numbers overlap", m)
        previous_end = m.end
        v = m.value
        assert v.low is None or v.high is None or v.low <= v.high, ("interval", m)
    for anchor in (None, date(2017, 5, 22)):
        previous_end = 0
        for d in find_dates(text, anchor):
            assert text[d.start : d.end] == d.text, ("date span", d)
            assert d.start >= previous_end, ("dates overlap", d)
            previous_end = d.end
            if d.value.earliest and d.value.latest:
                assert d.value.earliest <= d.value.latest, ("date interval", d)
    read_document(Document("fuzz", text))
    elapsed = time.perf_counter() - started
    return f"slow: {elapsed:.2f}s for {len(text)} chars" if elapsed > slow else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=float, default=1.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sentences = [
        s for p in sorted((ROOT / "seeds").glob("*.txt")) for s in p.read_text("utf-8").split(". ")
    ]
    out = ROOT / "fuzz" / "findings"
    out.mkdir(exist_ok=True)
    deadline = time.monotonic() + args.minutes * 60
    tried = failed = 0
    kinds: dict[str, int] = {}
    while time.monotonic() < deadline:
        if rng.random() < 0.1:
            text = "".join(rng.choices(CHARS + "abcdefghij ", k=rng.randint(0, 400)))
        else:
            text = mutate(rng, rng.choice(sentences))
        tried += 1
        try:
            problem = check(text, args.slow)
        except Exception as exc:
            problem = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        if problem:
            failed += 1
            key = problem.splitlines()[0][:80]
            kinds[key] = kinds.get(key, 0) + 1
            (out / f"case-{failed:04d}.txt").write_text(f"{problem}\n---\n{text}", "utf-8")
    print(f"inputs tried: {tried}, failing: {failed}")
    for key, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {n:6}  {key}")


if __name__ == "__main__":
    main()
