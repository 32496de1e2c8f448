"""homscheck benchmarks: a table of throughput, start-up, scaling and memory, with ratios
measured in the same run (machines are noisy; ratios are what to compare).

    python bench/run.py [--quick] [--peers]

1. extraction MB/s on a 1 MB corpus of the seeds, beside a floor: one pass of one compiled
   pattern that finds every digit run and number word;
2. the same on 10 MB;
3. cold start of ``homscheck compare seeds/`` beside ``python -c "import rich, typer"``;
4. comparison time and peak memory for N = 10 ... 10,000 documents built from the seeds'
   sentences with other places, dates and numbers;
5. peak memory (RSS) reading the 10 MB corpus, in a child process.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
    "half",
]
FLOOR = regex.compile(r"\d[\d,.]*|\b(?:\L<words>)\b", regex.IGNORECASE, words=NUMBER_WORDS)


def corpus(size: int) -> str:
    texts = [p.read_text("utf-8") for p in SEEDS]
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def best_of(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def extraction(text: str) -> None:
    from homscheck import Document, read_document

    # one document per seed copy, as an archive would be read
    for i, chunk in enumerate(text.split("\n\n\n")):
        read_document(Document(f"d{i}", chunk))


def extract_documents(text: str) -> None:
    from homscheck import Document, read_document

    for i, chunk in enumerate(_documents(text)):
        read_document(Document(f"d{i}", chunk))


def _documents(text: str) -> list[str]:
    size = sum(len(p.read_text("utf-8")) for p in SEEDS) // len(SEEDS)
    return [text[i : i + size] for i in range(0, len(text), size)]


def floor(text: str) -> None:
    sum(1 for _ in FLOOR.finditer(text))


def cold(cmd: list[str], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t0)
    return min(times)


PLACES = [
    "Aleppo",
    "Hama",
    "Idlib",
    "Raqqa",
    "Daraa",
    "Qamishli",
    "Azaz",
    "Manbij",
    "Tabqa",
    "Jarablus",
    "Afrin",
    "Kobane",
    "Latakia",
    "Tartus",
    "Douma",
    "Harasta",
]
TEMPLATES = [
    "A car bomb in {place} killed {n} people on {day}.",
    "Some {m} residents were evacuated from {place} on {day}.",
    "Government troops retook {place} on {day}.",
    "At least {k} soldiers were deployed in {place} on {day}.",
    "{place} governor Ahmed {name} said the road would reopen.",
]
NAMES = ["Haddad", "Hadad", "Khoury", "Khouri", "Nasser", "Naser", "Saleh", "Salih"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def synthetic(n: int, rng: random.Random) -> list[object]:
    from homscheck import Document

    docs = []
    for i in range(n):
        lines = []
        for _ in range(6):
            t = rng.choice(TEMPLATES)
            lines.append(
                t.format(
                    place=rng.choice(PLACES) + ("" if rng.random() < 0.5 else f" {i % 97}"),
                    n=rng.randint(2, 90),
                    m=rng.randint(100, 9000),
                    k=rng.randint(50, 900),
                    day=rng.choice(DAYS),
                    name=rng.choice(NAMES),
                )
            )
        docs.append(Document(f"s{i:05d}", " ".join(lines)))
    return docs


def compare_scaling(ns: list[int]) -> list[tuple[int, float, float]]:
    from homscheck import compare

    rng = random.Random(7)
    rows = []
    for n in ns:
        docs = synthetic(n, rng)
        gc.collect()
        tracemalloc.start()
        t0 = time.perf_counter()
        compare(docs)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append((n, elapsed, peak / 2**20))
    return rows


def child_rss(size: int) -> float:
    code = (
        f"import sys, resource; sys.path.insert(0, {str(ROOT)!r}); "
        f"sys.path.insert(0, {str(ROOT / 'bench')!r}); "
        f"from run import corpus, extract_documents; extract_documents(corpus({size})); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller corpora, fewer N")
    parser.add_argument("--peers", action="store_true", help="also time quantulum3 if installed")
    args = parser.parse_args()
    mb = 2**20
    small = corpus(mb // (4 if args.quick else 1))
    big = corpus(10 * mb // (10 if args.quick else 1))
    extract_documents(small[:20000])  # warm-up: compile patterns, load tables

    t_extract = best_of(lambda: extract_documents(small), 1 if args.quick else 3)
    t_floor = best_of(lambda: floor(small))
    size_small = len(small.encode("utf-8")) / mb
    print(f"{'measure':44} {'value':>14} {'ratio':>10}")
    ex = size_small / t_extract
    fl = size_small / t_floor
    print(f"{f'1. extraction, {size_small:.1f} MB (MB/s)':44} {ex:14.2f} {ex / fl:9.1%} of floor")
    print(f"{'   floor: one number pattern (MB/s)':44} {fl:14.2f}")

    t_big = best_of(lambda: extract_documents(big), 1)
    size_big = len(big.encode("utf-8")) / mb
    print(
        f"{f'2. extraction, {size_big:.1f} MB (MB/s)':44} {size_big / t_big:14.2f} "
        f"{(size_big / t_big) / ex:9.2f}x of 1 MB"
    )

    exe = str(Path(sys.executable).parent / "homscheck")
    t_cold = cold([exe, "compare", str(ROOT / "seeds")])
    t_import = cold([sys.executable, "-c", "import rich, typer"])
    print(
        f"{'3. cold compare seeds/ (s)':44} {t_cold:14.3f} {t_cold / t_import:9.2f}x import floor"
    )
    print(f"{'   import rich, typer (s)':44} {t_import:14.3f}")

    ns = [10, 100, 1000] if args.quick else [10, 100, 1000, 10000]
    rows = compare_scaling(ns)
    prev = None
    for n, elapsed, peak in rows:
        growth = f"{elapsed / prev:9.1f}x" if prev else ""
        label = f"4. compare N={n} (s, peak MiB {peak:.0f})"
        print(f"{label:44} {elapsed:14.3f} {growth}")
        prev = elapsed

    rss = child_rss(10 * mb // (10 if args.quick else 1))
    print(f"{f'5. peak RSS extracting {size_big:.0f} MB (MiB)':44} {rss:14.0f}")
    if args.peers:
        try:
            import quantulum3.parser as q  # type: ignore[import-not-found]
        except ImportError:
            print("quantulum3 is not installed: pip install quantulum3")
        else:
            sample = small[:50_000]
            t = best_of(lambda: q.parse(sample), 1)
            qs = len(sample.encode()) / mb / t
            print(f"{'peer quantulum3 (MB/s)':44} {qs:14.3f} {ex / qs:9.0f}x slower than us")
    _ = resource


if __name__ == "__main__":
    main()
