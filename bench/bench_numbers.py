"""Throughput of the number reader: ``python bench/bench_numbers.py [megabytes]``.

Builds a corpus of about 1 MB (or the size given) by repeating the seed articles, reads it
once to warm up, then times ``find_numbers`` over it and prints MB/s. Not part of the tests.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from homscheck.numbers import find_numbers

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed texts in {SEEDS}")
    block = "\n\n".join(texts)
    return (block + "\n\n") * (size // (len(block) + 2) + 1)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    text = corpus(int(megabytes * 1_000_000))
    find_numbers(text[:100_000])  # warm up: compile patterns, fill caches
    runs = []
    found = 0
    for _ in range(3):
        start = time.perf_counter()
        found = len(find_numbers(text))
        runs.append(time.perf_counter() - start)
    best = min(runs)
    size = len(text.encode("utf-8")) / 1_000_000
    print(f"{size:.2f} MB, {found} mentions, best of 3: {best:.2f} s, {size / best:.2f} MB/s")


if __name__ == "__main__":
    main()
