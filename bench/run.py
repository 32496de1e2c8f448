"""homscheck benchmarks: a table of throughput, start-up, scaling and memory, with ratios
measured in the same run (machines are noisy; ratios are what to compare).

    python bench/run.py [--quick] [--peers]

1. extraction MB/s on a 1 MB corpus of the seeds, beside a floor: one pass of one compiled
   pattern that finds every digit run and number word; and the readers every rule reads from
   (publication date, sentences, numbers, dates, places) alone, which no rule can beat;
2. the same on 10 MB, and a corpus read before, its claims taken from the results cache (as
   an hourly run on a feed takes most of them);
3. cold start of ``homscheck compare seeds/`` beside ``python -c "import rich, typer"``, as
   installed (bytecode compiled, as pip does): articles new to it, with the pattern cache a
   first run writes (``homscheck.patterns``); the same articles again, their claims from the
   results cache (``homscheck.cli.cache``); with no cache at all; and importing the command
   and its rules alone, which any run on new articles does before it reads one;
4. comparison time and peak memory for N = 10 ... 10,000 documents built from the seeds'
   sentences with other places, dates and numbers, each N in a fresh process (N <= 100, a few
   hundredths of a second, the fastest of five sets of documents);
5. peak memory (RSS) reading the 10 MB corpus, in a fresh process.

``--quick`` makes the corpora a quarter and a tenth as big and stops at N = 1,000.
Everything is single-process, one core; nothing here runs in the test suite.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from homscheck.cli.cache import ResultCache
    from homscheck.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
MB = 2**20

NUMBER_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens",
    "half",
]  # fmt: skip
FLOOR = regex.compile(r"\d[\d,.]*|\b(?:\L<words>)\b", regex.IGNORECASE, words=NUMBER_WORDS)


# -- corpora --------------------------------------------------------------------------------------
def _tag(i: int) -> str:
    """A short lower-case letter code, unique per copy: "ref baa". Copies of one seed must not
    be the same text, or a cache keyed by text would make the second copy free."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters += chr(ord("a") + r)
        if i == 0:
            return "ref " + letters


def seed_corpus(size: int) -> list[str]:
    """Copies of the seed articles, one document each, until ``size`` bytes."""
    texts = [p.read_text("utf-8") for p in SEEDS]
    docs: list[str] = []
    total = 0
    while total < size:
        doc = texts[len(docs) % len(texts)] + "\n\n" + _tag(len(docs)) + "\n"
        docs.append(doc)
        total += len(doc.encode("utf-8"))
    return docs


def megabytes(docs: list[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / MB


def extract_all(docs: list[str]) -> None:
    """Full claim extraction, one document at a time, as an archive would be read."""
    from homscheck import Document, read_document

    for i, text in enumerate(docs):
        read_document(Document(f"d{i}", text))


def shared_readers(docs: list[str]) -> None:
    """What every rule reads from, made for each document as extraction makes it: the
    publication date, the sentences, numbers, dates and places (``DocumentContext``)."""
    from homscheck import Document
    from homscheck.context import DocumentContext
    from homscheck.core import with_publication_date

    for i, text in enumerate(docs):
        DocumentContext(with_publication_date(Document(f"r{i}", text)))


_IMPORT_THE_RULES = "import homscheck.cli.app; from homscheck.checks import all_rules; all_rules()"


def floor(docs: list[str]) -> None:
    for text in docs:
        for _ in FLOOR.finditer(text):
            pass


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def cold(cmd: list[str], repeat: int = 5, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env
        )
        times.append(time.perf_counter() - t0)
    return min(times)


# -- synthetic documents for comparison scaling ---------------------------------------------------
PLACES = [
    "Aleppo", "Hama", "Idlib", "Raqqa", "Daraa", "Qamishli", "Azaz", "Manbij", "Tabqa",
    "Jarablus", "Afrin", "Kobane", "Latakia", "Tartus", "Douma", "Harasta",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
_DIGITS = regex.compile(r"\d+")
_WEEKDAY = regex.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
_MONTH = regex.compile(r"\b(?:" + "|".join(MONTHS[:-1]) + r"|August|September|October)\b")
_SENTENCES_PER_DOC = 5


def _seed_sentences() -> list[str]:
    """The seeds' sentences that say something countable or dated (most claims)."""
    from homscheck.text import sentences

    out: list[str] = []
    for p in SEEDS:
        for s in sentences(p.read_text("utf-8")):
            if _DIGITS.search(s.text) or _WEEKDAY.search(s.text) or _MONTH.search(s.text):
                out.append(s.text.replace("\n", " "))
    return out


def synthetic(n: int, seed: int = 7) -> list[Document]:
    """``n`` documents of the seeds' sentences with other places, weekdays, months and numbers,
    drawn from small sets so that the comparator has large groups to align."""
    from datetime import date, timedelta

    from homscheck import Document
    from homscheck.places import find_places

    rng = random.Random(seed)
    pool = _seed_sentences()
    docs = []
    for i in range(n):
        lines = []
        for text in rng.sample(pool, _SENTENCES_PER_DOC):
            for p in reversed(find_places(text)):  # right to left: offsets stay valid
                text = text[: p.start] + rng.choice(PLACES) + text[p.end :]
            text = _DIGITS.sub(lambda m: str(rng.randint(2, 40 * len(m[0]) ** 2)), text)
            text = _WEEKDAY.sub(lambda _: rng.choice(WEEKDAYS), text)
            text = _MONTH.sub(lambda _: rng.choice(MONTHS), text)
            lines.append(text)
        published = date(2017, 1, 1) + timedelta(days=rng.randrange(240))
        docs.append(Document(f"s{i:05d}", "\n\n".join(lines), published=published))
    return docs


def _child(code: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter that has this module imported as ``bench``; it must
    print one JSON object. Adds the child's peak RSS in MiB."""
    prelude = (
        "import json, resource, sys, time\n"
        f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
        "import run as bench\n"
    )
    # The peak of this process alone: Linux's VmHWM, which starts afresh at exec. (ru_maxrss
    # keeps the peak of the parent it was forked from, this benchmark with its corpora.)
    tail = (
        "\ntry:\n"
        "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
        "    out['rss'] = int(hwm.split()[1]) / 1024\n"
        "except (OSError, IndexError):\n"
        "    out['rss'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", prelude + code + tail], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def compare_in_child(n: int) -> dict[str, float]:
    """Time to compare ``n`` synthetic documents (extraction and alignment), and the alignment
    alone; RSS of the process. A small ``n`` takes a few hundredths of a second, as noisy as
    it is short: it is timed on five sets of documents (drawn alike; three for 1,000), and the
    fastest kept."""
    sets = 5 if n <= 100 else 3 if n <= 1_000 else 1
    return _child(
        "from homscheck.core import compare, compare_claims, read_document\n"
        # warm-up on other documents: the readers keep their last few texts' word index and
        # dates, so warming up on the documents timed would make them cheaper to read again
        "compare(bench.synthetic(5, seed=99))  # warm-up\n"
        "total = float('inf')\n"
        f"for seed in range(7, 7 + {sets}):\n"
        f"    docs = bench.synthetic({n}, seed=seed)\n"
        "    t0 = time.perf_counter(); report = compare(docs)\n"
        "    total = min(total, time.perf_counter() - t0)\n"
        "rs = [read_document(d) for d in docs]\n"
        "epochs = {r.document.id: r.epoch for r in rs}\n"
        "claims = [c for r in rs for c in r.claims]\n"
        "t0 = time.perf_counter(); compare_claims(claims, epochs)\n"
        "align = time.perf_counter() - t0\n"
        "out = {'total': total, 'align': align, 'claims': len(claims),\n"
        "       'findings': len(report.findings)}\n"
    )


def from_results_cache(texts: list[str]) -> None:
    """The articles' claims as a run that has read them before gets them (an hourly feed):
    from the results cache (``homscheck.cli.cache``), filled here first, untimed."""
    from functools import partial

    from homscheck import Document
    from homscheck.cli.cache import ResultCache
    from homscheck.core import Config, read_document

    global _RESULTS
    docs = [Document(f"d{i}", text) for i, text in enumerate(texts)]
    read = partial(read_document, config=Config())
    if _RESULTS is None:
        _RESULTS = ResultCache(Path(tempfile.mkdtemp(prefix="homscheck-bench-")), "bench")
        list(_RESULTS.mapper(None)(read, docs))
    list(_RESULTS.mapper(None)(read, docs))


_RESULTS: ResultCache | None = None


def rss_in_child(size: int) -> float:
    return _child(f"bench.extract_all(bench.seed_corpus({size}))\nout = {{}}\n")["rss"]


# -- the table ------------------------------------------------------------------------------------
def row(label: str, value: str, ratio: str = "") -> None:
    print(f"{label:46} {value:>12}  {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora, N up to 1,000")
    parser.add_argument("--peers", action="store_true", help="also time quantulum3 if installed")
    args = parser.parse_args()
    small_size = MB // 4 if args.quick else MB
    big_size = MB if args.quick else 10 * MB
    small, big = seed_corpus(small_size), seed_corpus(big_size)
    extract_all(small[:10])  # warm-up: compile patterns, load tables

    print(f"{'measure':46} {'value':>12}  ratio")
    mb_small = megabytes(small)
    t_extract = best_of(lambda: extract_all(small), 1 if args.quick else 3)
    t_floor = best_of(lambda: floor(small))
    ex, fl = mb_small / t_extract, mb_small / t_floor
    row(f"1. extraction, {mb_small:.1f} MB (MB/s)", f"{ex:.3f}", f"{ex / fl:.1%} of the floor")
    row("   floor: one number pattern (MB/s)", f"{fl:.2f}")
    # what every rule reads from: no rule can make extraction faster than these
    rd = mb_small / best_of(lambda: shared_readers(small), 1 if args.quick else 3)
    row("   the shared readers alone (MB/s)", f"{rd:.3f}", f"{rd / fl:.1%} of the floor")

    # one pass of each, back to back: a best of three against a single pass would favour the
    # small corpus
    mb_big = megabytes(big)
    one_small = mb_small / best_of(lambda: extract_all(small), 1)
    eb = mb_big / best_of(lambda: extract_all(big), 1)
    row(
        f"2. extraction, {mb_big:.1f} MB (MB/s)",
        f"{eb:.3f}",
        f"{eb / one_small:.2f}x one pass of the small corpus just before",
    )
    again = mb_small / best_of(lambda: from_results_cache(small), 3)
    row(f"   {mb_small:.1f} MB read before, from the results cache (MB/s)", f"{again:.1f}",
        f"{again / ex:.0f}x extraction")  # fmt: skip

    exe = str(Path(sys.executable).parent / "homscheck")
    compare_seeds = [exe, "compare", str(ROOT / "seeds")]
    # as installed: bytecode written (pip compiles it at install; rich and typer have theirs),
    # and its own pattern cache, both by a first run
    installed = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as cache:
        warm = {**installed, "HOMSCHECK_CACHE_DIR": cache}
        cold(compare_seeds, 1, warm)
        # articles it has not read before: the pattern cache, not the results cache
        t_cold = cold([*compare_seeds, "--no-cache"], env=warm)
        t_again = cold(compare_seeds, env=warm)  # articles read before: both caches
        # what any run on new articles does before it reads one: import the rules
        t_rules = cold([sys.executable, "-c", _IMPORT_THE_RULES], env=warm)
    t_uncached = cold(compare_seeds, env={**installed, "HOMSCHECK_CACHE_DIR": "off"})
    t_import = cold([sys.executable, "-c", "import rich, typer"])
    row("3. cold `homscheck compare seeds/` (s)", f"{t_cold:.3f}", f"{t_cold / t_import:.1f}x")
    row("   the same articles again, results cached (s)", f"{t_again:.3f}",
        f"{t_again / t_import:.1f}x")  # fmt: skip
    row("   no cache at all (s)", f"{t_uncached:.3f}", f"{t_uncached / t_import:.1f}x")
    row("   importing its rules, no article read (s)", f"{t_rules:.3f}",
        f"{t_rules / t_import:.1f}x")  # fmt: skip
    row("   python -c 'import rich, typer' (s)", f"{t_import:.3f}")

    prev = None
    for n in [10, 100, 1000] if args.quick else [10, 100, 1000, 10000]:
        # the fastest of several children (noise only adds time, and one slow run would
        # inflate or hide a step's growth): three where they are quick, two at 10,000
        r = min((compare_in_child(n) for _ in range(3 if n <= 1000 else 2)),
                key=lambda t: t["total"])  # fmt: skip
        growth = f"{r['total'] / prev:.1f}x the previous N" if prev else ""
        row(f"4. compare N={n:,} (s)", f"{r['total']:.2f}", growth)
        align = f"{r['align']:.3f} s aligning {int(r['claims']):,} claims"
        row(f"   peak RSS {r['rss']:.0f} MiB; of the time:", "", align)
        prev = r["total"]

    row(f"5. peak RSS extracting {megabytes(big):.0f} MB (MiB)", f"{rss_in_child(big_size):.0f}")

    if args.peers:
        try:
            import quantulum3.parser as q  # type: ignore[import-not-found, unused-ignore]
        except ImportError:
            print("quantulum3 is not installed (pip install quantulum3); no peer timing")
        else:
            sample = small[:10]
            t = best_of(lambda: [q.parse(s) for s in sample], 1)
            qs = megabytes(sample) / t
            row("peer: quantulum3 (MB/s)", f"{qs:.3f}", f"homscheck is {ex / qs:.0f}x faster")


if __name__ == "__main__":
    main()
