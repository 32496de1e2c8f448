"""Score homscheck on multi-article gun-violence incidents against their gold record.

    python evals/gva.py ../shared/eval/gva-dev [--sample 20] [--seed 0]

The folder holds ``articles.jsonl`` (incident_id, doc_id, title, dct, content) and
``incidents.jsonl`` (num_killed, num_injured, date...). Nothing from it is copied anywhere; this
script only reads it. It prints:

- killed / injured recall: of the articles that state a killed (injured) count, the share with
  a count whose interval contains the gold figure (and the same on whole counts alone: an
  article that states only a part, "two remain in critical condition", is left out). A
  sentence that gives both the shot and the dead ("one person died after seven were shot")
  states the wounded too: the shot less the dead (news counts the dead among the shot; "three
  other people were shot" are the others). Counts the tool reads as another occasion, a tally
  of several incidents, or leaves uncompared (no place in a round-up) are not this incident's;
- contradicting: the share of articles with a count entirely above the gold figure (an article
  may count fewer victims than the final record, never more: more is a misreading);
- contradicting, uncorroborated: of those, the articles with a figure above the gold that no
  other article of the incident states (two articles agreeing on a figure is the record
  differing from the news, not a misreading);
- incident-date accuracy: of the articles that date the shooting (a weekday or a date), the
  share whose date resolves to the gold date;
- victims: of the ages and statuses (killed, injured, unharmed) the tool reads for a person the
  record names (matched by the tool's name key), the share that agree with the record; and the
  number of people named two ways across an incident's articles (variant findings);
- the number of incidents with a conflict finding, and a sample of conflict messages to judge.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from homscheck import Config, Document, Quantity, Status, Verdict, compare
from homscheck.model import Claim, DateRange
from homscheck.names import core_key

# Subjects that count victims of any kind; "killed fighters" would not be a head count.
VICTIMS = {
    "people",
    "civilians",
    "men",
    "women",
    "children",
    "police",
    "students",
    "workers",
    "passengers",
    "families",
    "victims",
}


def load(folder: Path) -> tuple[list[Document], dict[str, dict[str, Any]]]:
    docs = []
    for line in (folder / "articles.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        title = (row.get("title") or "").strip()
        text = f"{title}\n\n{row['content']}" if title else row["content"]
        published = date.fromisoformat(row["dct"][:10]) if row.get("dct") else None
        docs.append(
            Document(
                row["doc_id"],
                text.replace("\r\n", "\n"),
                "articles.jsonl",
                published,
                "metadata" if published else None,
                str(row["incident_id"]),
            )
        )
    gold = {}
    for line in (folder / "incidents.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        gold[str(row["incident_uri"])] = row
    return docs, gold


def gold_date(row: dict[str, Any]) -> date | None:
    try:
        return datetime.strptime(row["date"], "%B %d, %Y").date()
    except (KeyError, ValueError):
        return None


def _about_the_incident(c: Claim, published: date | None) -> bool:
    """A count of this incident, not a running total or an aside about another event ("In
    December 2012, 20 children were killed in Newtown"), as the tool reads it: a count it takes
    for another occasion ("Six months before that, a gunman killed 14") or a tally over several
    incidents, or one it keeps uncompared (a count that names no place in a round-up of several
    shootings) is one it would never compare with this incident's counts."""
    if not c.comparable or c.cumulative or c.scope in ("elsewhen", "tally"):
        return False
    if c.time is None or published is None or not c.time.known:
        return True
    assert c.time.earliest is not None
    return abs((published - c.time.earliest).days) <= 14


def _wholes(claims: list[Claim]) -> list[Claim]:
    """The counts the tool reads as the whole, not a part ("two remain in critical condition",
    "one of the victims died"): for the recall on whole counts, which leaves out the articles
    that state only a part of a count."""
    return [c for c in claims if c.scope in ("whole", "zero")]


def _counts(claims: list[Claim], measure: str, published: date | None = None) -> list[Quantity]:
    out = _stated(claims, measure, published)
    if measure == "wounded":
        out += _survivors(claims, published) + _still_hurt(claims, published)
    return out


# One of those hurt told of as dead after the count of the hurt: "Four people were taken to the
# hospital ... UPDATE: one of the victims has died"
_ONE_OF_THEM_DIED = re.compile(
    r"\b(?:one|two|three|a\s+second|a\s+third)\s+of\s+(?:the|them|those)\b"
    r"|\b(?:has|have)\s+(?:since\s+)?died\b|\b(?:later|since)\s+died\b",
    re.IGNORECASE,
)


def _still_hurt(claims: list[Claim], published: date | None) -> list[Quantity]:
    """The hurt an article counts less those of them it tells of as dead later on: the
    record counts the injured who lived (the article's first count is its figure for the
    injured too, and stays one of its counts)."""
    hurt = [
        c for c in claims
        if c.kind == "casualties" and c.measure == "wounded" and c.scope in ("whole", "other")
        and isinstance(c.value, Quantity) and c.value.is_point and c.value.low
        and _about_the_incident(c, published)
    ]  # fmt: skip
    out = []
    for c in hurt:
        died = [
            k for k in claims
            if k.kind == "casualties" and k.measure == "killed" and k.scope in ("part", "whole")
            and k.start > c.start and isinstance(k.value, Quantity) and k.value.is_point
            and k.value.low and _ONE_OF_THEM_DIED.search(k.context)
        ]  # fmt: skip
        later = sum(int(k.value.low or 0) for k in died if isinstance(k.value, Quantity))
        assert isinstance(c.value, Quantity) and c.value.low is not None
        if died and later < c.value.low:
            out.append(Quantity.exact(c.value.low - later))
    return out


def _stated(claims: list[Claim], measure: str, published: date | None) -> list[Quantity]:
    out = []
    for c in claims:
        head = c.subject.split()[-1] if c.subject else ""
        if not _about_the_incident(c, published):
            continue
        if c.kind == "casualties" and c.measure == measure and head in VICTIMS:
            assert isinstance(c.value, Quantity)
            out.append(c.value)
    return out


def _survivors(claims: list[Claim], published: date | None) -> list[Quantity]:
    """The wounded an article counts as the shot less the dead, where one sentence gives both:
    "One person died after seven were shot" says six were hit and lived; "one man is dead and
    three other people were shot": the three others. A sentence that gives only the shot may
    take in the dead, and figures from two sentences may be of two scenes."""
    out = []
    for c in claims:
        q = c.value
        if (
            c.kind != "casualties"
            or c.measure != "shot"
            or not isinstance(q, Quantity)
            or not q.is_point
            or q.low is None
            or c.scope != "whole"
            or (c.subject.split() or [""])[-1] not in VICTIMS
            or not _about_the_incident(c, published)
        ):
            continue
        same = [k for k in claims if k.context == c.context and k.start != c.start]
        killed = [k.low for k in _stated(same, "killed", published) if k.is_point and k.low]
        if not killed or max(killed) > q.low:
            continue
        others = c.subject.startswith("other ")
        out.append(Quantity.exact(q.low if others else q.low - max(killed)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument(
        "--show-contradicting",
        type=int,
        default=0,
        help="print this many contradicting figures, marked corroborated or not (to stderr)",
    )
    parser.add_argument(
        "--show-date-misses",
        type=int,
        default=0,
        help="print this many articles whose event date misses the gold date (to stderr)",
    )
    args = parser.parse_args()
    docs, gold = load(args.folder)
    started = time.perf_counter()
    report = compare(docs, Config())
    elapsed = time.perf_counter() - started
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in report.claims:
        by_doc[c.document].append(c)

    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    contradicting: list[str] = []
    date_misses: list[str] = []
    # every figure each article of an incident states, by measure: to tell a figure the news
    # agrees on from one only this article has
    stated: dict[tuple[str, str], list[tuple[str, Quantity]]] = defaultdict(list)
    for d in report.documents:
        for measure in ("killed", "wounded"):
            for q in _counts(by_doc[d.id], measure, d.published):
                stated[(d.group or "", measure)].append((d.id, q))
    for d in report.documents:
        g = gold[d.group or ""]
        claims = by_doc[d.id]
        contradicts = alone = False
        for measure, field in (("killed", "num_killed"), ("wounded", "num_injured")):
            counts = _counts(claims, measure, d.published)
            truth = g[field]
            wholes = _counts(_wholes(claims), measure, d.published)
            if wholes:
                stats[f"{measure} whole"][1] += 1
                stats[f"{measure} whole"][0] += any(q.contains(truth) for q in wholes)
            if counts:
                stats[measure][1] += 1
                hit = any(q.contains(truth) for q in counts)
                stats[measure][0] += hit
                if not hit and len(misses) < 400:
                    misses.append(
                        f"{d.id} {measure} gold={truth} got={[q.describe() for q in counts]}"
                    )
                above = [q for q in counts if q.low is not None and q.low > truth]
                contradicts = contradicts or bool(above)
                others = [o for i, o in stated[(d.group or "", measure)] if i != d.id]
                for q in above:
                    assert q.low is not None
                    seen = any(o.contains(q.low) for o in others)
                    alone = alone or not seen
                    contradicting.append(
                        f"{d.id} {measure} gold={truth} figure={q.describe()} "
                        + ("corroborated" if seen else "UNCORROBORATED")
                    )
        stats["contradicting"][0] += contradicts
        stats["contradicting"][1] += 1
        stats["uncorroborated"][0] += alone
        stats["uncorroborated"][1] += 1
        truth_date = gold_date(g)
        dated = [
            c
            for c in claims
            if c.kind == "event-date"
            and c.measure == "attack"
            and isinstance(c.value, DateRange)
            and c.value.known
        ]
        if dated and truth_date:
            stats["date"][1] += 1
            first = dated[0].value
            assert isinstance(first, DateRange) and first.earliest and first.latest
            hit = first.earliest <= truth_date <= first.latest
            stats["date"][0] += hit
            if not hit:
                date_misses.append(_date_miss(d, truth_date, dated))

    def rate(key: str) -> str:
        hit, total = stats[key]
        return f"{hit / total:.3f} ({hit}/{total})" if total else "n/a"

    conflicts = [f for f in report.findings if f.verdict == Verdict.CONFLICT]
    incidents = {report_group(report, f) for f in conflicts}
    print(
        f"articles: {len(report.documents)}, incidents: {len(gold)}, "
        f"claims: {len(report.claims)}, time: {elapsed:.1f}s"
    )
    print(f"killed recall:          {rate('killed')}")
    print(f"  on whole counts:      {rate('killed whole')}")
    print(f"injured recall:         {rate('wounded')}")
    print(f"  on whole counts:      {rate('wounded whole')}")
    print(f"contradicting articles: {rate('contradicting')}")
    print(f"  uncorroborated:       {rate('uncorroborated')}")
    print(f"incident-date accuracy: {rate('date')}")
    ages, statuses = _victims(report, gold)
    variants = [f for f in report.findings if f.verdict == Verdict.VARIANT and f.kind == "person"]
    print(f"victims' ages right:    {_share(ages)}")
    print(f"victims' status right:  {_share(statuses)}")
    print(f"people named two ways:  {len(variants)}")
    print(f"incidents with a conflict: {len(incidents)} ({len(conflicts)} conflict findings)")
    rng = random.Random(args.seed)
    sample = rng.sample(conflicts, min(args.sample, len(conflicts)))
    for i, f in enumerate(sample, 1):
        g = gold[report_group(report, f)]
        print(
            f"\n[{i}] incident {report_group(report, f)} (gold killed {g['num_killed']}, "
            f"injured {g['num_injured']}, {g['date']})\n    {f.message}"
        )
    for m in misses[: args.show_misses]:
        print("miss:", m, file=sys.stderr)
    for m in contradicting[: args.show_contradicting]:
        print("contradicting:", m, file=sys.stderr)
    for m in date_misses[: args.show_date_misses]:
        print(m, file=sys.stderr)
    return 0


def _share(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})" if hits else "n/a"


def _victims(report: Any, gold: dict[str, dict[str, Any]]) -> tuple[list[bool], list[bool]]:
    """For each age and status claim about a person the record names, whether it agrees."""
    groups = {d.id: d.group or "" for d in report.documents}
    ages: list[bool] = []
    statuses: list[bool] = []
    for c in report.claims:
        if c.kind != "person" or c.measure not in ("age", "status"):
            continue
        person = _participants(gold[groups[c.document]]).get(c.subject)
        if person is None:
            continue
        if c.measure == "age" and person["age"] is not None:
            assert isinstance(c.value, Quantity)
            ages.append(c.value.contains(person["age"]))
        elif c.measure == "status" and person["status"]:
            assert isinstance(c.value, Status)
            statuses.append(c.value.state == person["status"])
    return ages, statuses


def _participants(row: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The record's people by the tool's name key, with an age and a status the tool uses."""
    people = {}
    for p in row.get("participants") or []:
        name = (p.get("Name") or "").strip()
        if not name:
            continue
        age = (p.get("Age") or "").strip()
        status = (p.get("Status") or "").strip().lower()
        state = next((s for s in ("killed", "injured", "unharmed") if s in status), "")
        people[core_key(name)] = {"age": int(age) if age.isdigit() else None, "status": state}
    return people


def _date_miss(d: Document, truth: date, dated: list[Claim]) -> str:
    """One date miss: the article, its publication date, the gold date and what was read."""
    head = (
        f"date-miss: {d.id} published={d.published} ({d.published:%a}) "
        if d.published
        else f"date-miss: {d.id} published=None "
    )
    lines = [head + f"gold={truth} ({truth:%a})"]
    for c in dated:
        assert isinstance(c.value, DateRange)
        lines.append(f"    {c.value.describe()}: “{c.text}” in “{c.context[:240]}”")
    return "\n".join(lines)


def report_group(report: Any, finding: Any) -> str:
    docs = {d.id: d.group for d in report.documents}
    return str(docs[finding.claims[0].document])


if __name__ == "__main__":
    raise SystemExit(main())
