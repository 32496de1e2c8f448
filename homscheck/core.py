"""The pipeline: documents in, claims and findings out. Pure: no files, no printing.

``compare(documents)`` is what ``homscheck compare`` shows; ``extract(document)`` what
``homscheck extract`` shows for one document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from homscheck.compare import Settings, compare_claims
from homscheck.model import (
    Claim,
    DateRange,
    Document,
    Duration,
    Finding,
    Problem,
    Quantity,
    Report,
)
from homscheck.options import Options

if TYPE_CHECKING:
    from homscheck.checks import Rule
    from homscheck.dates import YearlessDateline

# The readers (rules, dates, numbers, places) are imported where a document is read, not
# here: a run whose articles are all in the results cache compares without them.


@dataclass(frozen=True)
class Config:
    """What a run reads and how it compares (from ``[tool.homscheck]`` or the command line)."""

    select: tuple[str, ...] = ()  # rule codes or prefixes; empty means all
    ignore: tuple[str, ...] = ()
    options: Options = field(default_factory=Options)
    settings: Settings = field(default_factory=Settings)

    def rules(self) -> tuple[Rule, ...]:
        from homscheck.checks import all_rules

        def chosen(code: str) -> bool:
            selected = not self.select or any(code.startswith(p) for p in self.select)
            return selected and not any(code.startswith(p) for p in self.ignore)

        return tuple(r for r in all_rules() if chosen(r.code))


@dataclass(frozen=True)
class Extraction:
    """What reading one document gave: its claims, its rules' failures, when it was written."""

    document: Document
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...]
    epoch: DateRange | None
    # an undated article's wire dateline without its year: its cluster tells the year
    yearless_dateline: YearlessDateline | None = None


Mapper = Callable[[Callable[[Document], Extraction], Sequence[Document]], Iterable[Extraction]]


def with_publication_date(doc: Document) -> Document:
    """The document with its publication date: as given, else from its dateline, else inferred
    from its own dates and weekdays where they pin the week down (``homscheck.inference``)."""
    if doc.published is not None:
        return doc
    from homscheck.dates import find_dates, find_publication_date
    from homscheck.inference import infer_publication_date
    from homscheck.text import plain_spaces

    # the space-normalised text the rules read: its date scan is cached for them
    text = plain_spaces(doc.text)
    line = find_publication_date(text)
    if line is not None:
        return replace(doc, published=line.published, published_source="text")
    inferred = infer_publication_date(find_dates(text, None))
    if inferred is None:
        return doc
    return replace(
        doc,
        published=inferred.published,
        published_source="inferred",
        published_reason=inferred.reason,
    )


def read_document(doc: Document, config: Config | None = None) -> Extraction:
    """Run every selected rule on one document. A rule that fails is reported as a problem of
    this document; the other rules' claims are kept."""
    from homscheck.context import DocumentContext

    cfg = config or Config()
    doc = with_publication_date(doc)
    ctx = DocumentContext(doc, cfg.options)
    claims: dict[str, Claim] = {}
    said: set[tuple[str, str, str, str]] = set()
    problems: list[Problem] = []
    rules = cfg.rules()
    for rule in rules:
        try:
            for claim in rule.extract(ctx):
                # a headline repeated as a caption says the same thing once
                what = (claim.check, claim.topic, claim.text, claim.value.describe())
                if what not in said:
                    said.add(what)
                    claims.setdefault(claim.id, claim)
        except Exception as exc:
            message = f"internal error in {rule.code} ({type(exc).__name__}: {exc})"
            problems.append(Problem(doc.id, message, internal=True))
    kept = _without_fallback_overlaps(_outside_links(list(claims.values()), doc.text), rules)
    ordered = tuple(sorted(kept, key=lambda c: (c.start, c.end, c.check, c.id)))
    return Extraction(doc, ordered, tuple(problems), ctx.epoch, _yearless_dateline(doc))


def _yearless_dateline(doc: Document) -> YearlessDateline | None:
    if doc.published is not None:
        return None
    from homscheck.dates import find_yearless_dateline
    from homscheck.text import plain_spaces

    return find_yearless_dateline(plain_spaces(doc.text))


def _dated_by_cluster(
    results: list[Extraction], read: Callable[[Document], Extraction], run: Mapper
) -> list[Extraction]:
    """``results`` with each article whose wire dateline has no year ("LIMA, March 10
    (Reuters) -") read again, dated in the year that puts it nearest to the dates of the
    other articles of its cluster: a cluster is one story, told within days."""
    redated: dict[int, Document] = {}
    dated: dict[str | None, list[date]] = {}  # (each cluster's dates, gathered once)
    for r in results:
        if r.document.published is not None:
            dated.setdefault(r.document.group, []).append(r.document.published)
    for days in dated.values():
        days.sort()
    for i, r in enumerate(results):
        line = r.yearless_dateline
        if line is None or r.document.published is not None:
            continue
        others = dated.get(r.document.group, [])
        day = line.nearest(others)
        if day is None:
            continue
        reason = (
            f"its dateline gives {line.text} without a year; the other articles of its "
            f"cluster were written {others[0].isoformat()}"
            + (f" to {others[-1].isoformat()}" if others[-1] != others[0] else "")
            + f", so {day.isoformat()}"
        )
        redated[i] = replace(
            r.document, published=day, published_source="inferred", published_reason=reason
        )
    if not redated:
        return results
    again = dict(zip(redated, run(read, list(redated.values())), strict=True))
    return [again.get(i, r) for i, r in enumerate(results)]


# A page's links to other stories, each on a line of its own: "RELATED: Convoy to Sebnore: the
# drivers who risk everything (March 2)", "READ MORE: ...". What they say is another story's.
_LINK_LINE = re.compile(
    r"^[ \t]*(?:related(?:[ \t]+(?:stories|story|coverage|articles?|content|news|links?))?"
    r"|read[ \t]+more|see[ \t]+also|also[ \t]+read|more[ \t]+on[ \t]+this(?:[ \t]+story)?"
    r"|watch|listen|recommended)[ \t]*[:|>»–-].*$",
    re.IGNORECASE | re.MULTILINE,
)


_LINK_LINE_MOST = 200  # (characters: a longer line has the story's own text run into it)

# A heading over a list of links to other stories, alone on its line: "RELATED STORIES",
# "Trending now", "Most Popular", "MORE FROM KSL.COM", "More local news:", "You may also like"
_LINK_LIST_HEADING = re.compile(
    r"^[ \t]*(?:related(?:[ \t]+(?:stories|story|coverage|articles?|content|news|links?"
    r"|headlines|videos?))?|trending(?:[ \t]+(?:now|stories|news|today))?"
    r"|most[ \t]+(?:popular|read|viewed|shared|watched)(?:[ \t]+(?:stories|news))?"
    r"|popular(?:[ \t]+(?:stories|now|news|today))?|top[ \t]+(?:stories|headlines|news)"
    r"|latest[ \t]+(?:news|stories|headlines)|more[ \t]+(?:from|on)[ \t]+[^\n]{1,40}"
    r"|more[ \t]+(?:local[ \t]+)?(?:news|stories|headlines|coverage)"
    r"|you[ \t]+(?:may|might)[ \t]+also[ \t]+(?:like|be[ \t]+interested[ \t]+in)"
    r"|recommended(?:[ \t]+for[ \t]+you)?|editor'?s[ \t]+picks|what[ \t]+to[ \t]+read[ \t]+next"
    r"|in[ \t]+other[ \t]+news|other[ \t]+stories)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# ... and its items, one to a line: a bullet's, or a title's, which ends with no full stop
# ("- 2 hurt in crash on I-94 near Marquette Interchange", "• 5 things to do this weekend")
_BULLETED = re.compile(r"[ \t]*(?:[-•*·▪►]|\d{1,2}[.)])[ \t]+\S")
_TITLE_MOST = 140  # characters
_LINK_ITEMS_MOST = 12


def _link_item(line: str) -> bool:
    if _BULLETED.match(line):
        return True
    told = line.strip().rstrip("\"”’)")
    return len(line) <= _TITLE_MOST and not told.endswith((".", "!", ",", ";", ":"))


def _link_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of links under such headings: up to the first line that is no
    title (the story's text again), one blank line between titles allowed."""
    spans = []
    for heading in _LINK_LIST_HEADING.finditer(text):
        end = at = heading.end() + 1
        items = blanks = 0
        while at < len(text) and items < _LINK_ITEMS_MOST:
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            line = text[at:line_end]
            if line.strip():
                if not _link_item(line):
                    break
                items, blanks, end = items + 1, 0, line_end
            elif (blanks := blanks + 1) > 1:
                break
            at = line_end + 1
        if items:
            spans.append((heading.start(), end))
    return spans


def _outside_links(claims: list[Claim], text: str) -> list[Claim]:
    links = [
        (m.start(), m.end())
        for m in _LINK_LINE.finditer(text)
        if m.end() - m.start() <= _LINK_LINE_MOST or " | " in m.group()
    ]
    links += _link_lists(text)
    if not links:
        return claims
    return [c for c in claims if not any(s <= c.start < e for s, e in links)]


def _without_fallback_overlaps(claims: list[Claim], rules: Sequence[Rule]) -> list[Claim]:
    """A fallback rule's claim (the generic quantity rule) gives way to any named rule's claim
    of an amount over the same words: "killed 12 people" is not also "12 people". (Not to a
    date's: the quote of when a fire "has burned 45,000 acres and was contained on Tuesday"
    leaves the area to be read.)"""
    fallback = {r.code for r in rules if r.fallback}
    named = [
        (c.start, c.end)
        for c in claims
        if c.check not in fallback and isinstance(c.value, (Quantity, Duration))
    ]
    return [
        c
        for c in claims
        if c.check not in fallback or not any(s < c.end and c.start < e for s, e in named)
    ]


def extract(document: Document, config: Config | None = None) -> tuple[Claim, ...]:
    """The claims of one document, in text order."""
    return read_document(document, config).claims


def compare(
    documents: Iterable[Document], config: Config | None = None, *, mapper: Mapper | None = None
) -> Report:
    """Extract the claims of every document and compare them across documents.

    The result does not depend on the order of ``documents``. ``mapper`` may spread the
    documents over processes (it must return results in the order given)."""
    cfg = config or Config()
    docs = sorted(documents, key=lambda d: (d.group or "", d.id, d.path))
    run = mapper or _serial
    # a partial of a module-level function, not a lambda: a process pool must pickle it
    read = partial(read_document, config=cfg)
    results = _dated_by_cluster(list(run(read, docs)), read, run)
    claims = tuple(c for r in results for c in r.claims)
    problems = tuple(p for r in results for p in r.problems)
    findings: list[Finding] = []
    groups: dict[str | None, list[Extraction]] = {}
    for r in results:
        groups.setdefault(r.document.group, []).append(r)
    for members in groups.values():  # clusters (--group-by) are compared apart
        epochs = {r.document.id: r.epoch for r in members}
        group_claims = [c for r in members for c in r.claims]
        findings += compare_claims(group_claims, epochs, cfg.settings)
    return Report(tuple(r.document for r in results), claims, tuple(findings), problems)


def _serial(fn: Callable[[Document], Extraction], docs: Sequence[Document]) -> Iterable[Extraction]:
    return [fn(d) for d in docs]


def process_mapper(jobs: int) -> Mapper:
    """A mapper that reads the documents in ``jobs`` processes, results in the order given (so
    the report is the same as a serial run's). ``fn`` must pickle: a module-level function or
    a ``functools.partial`` of one."""

    def mapper(
        fn: Callable[[Document], Extraction], docs: Sequence[Document]
    ) -> Iterable[Extraction]:
        if jobs <= 1 or len(docs) < 2:
            return [fn(d) for d in docs]
        from concurrent.futures import ProcessPoolExecutor  # only parallel runs pay for it

        workers = min(jobs, len(docs))
        # a few chunks per worker: fewer round trips, and still a fair share when they differ
        chunk = max(1, len(docs) // (workers * 4))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(fn, docs, chunksize=chunk))

    return mapper
