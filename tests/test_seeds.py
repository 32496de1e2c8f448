"""The five seed articles (Syria, 2017-2018): the disagreements a careful editor finds, and
nothing else. These articles report on three different events (al-Waer, May 2017; al-Sukhna,
August 2017; northern Homs, May 2018), so most of their figures must not be compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from homscheck import Document, Report, Verdict, compare


@pytest.fixture(scope="module")
def report() -> Report:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    docs = [Document(p.stem, p.read_text("utf-8"), str(p)) for p in sorted(seeds.glob("*.txt"))]
    return compare(docs)


def _disagreements(report: Report) -> list[tuple[str, str, frozenset[str]]]:
    return sorted(
        (f.verdict.value, f.topic, frozenset(c.document[:3] for c in f.claims))
        for f in report.findings
        if f.verdict != Verdict.AGREE
    )


def test_only_the_real_disagreements(report: Report) -> None:
    assert _disagreements(report) == [
        # the day al-Sukhna fell: "on Sunday" (002) against "reported on Saturday" (003)
        ("tension", "control of al-Sukhna", frozenset({"002", "003"})),
        # Homs governor Talal Barazi / Barrazi / Barazai
        ("variant", "name of the governor of Homs", frozenset({"000", "001", "004"})),
    ]


def test_the_governor_spellings_are_quoted(report: Report) -> None:
    (variant,) = [f for f in report.findings if f.verdict == Verdict.VARIANT]
    for spelling in ("Barazi", "Barrazi", "Barazai"):
        assert f"“{spelling}”" in variant.message or f"Talal {spelling}”" in variant.message


def test_sunday_resolves_against_the_dateline(report: Report) -> None:
    (doc,) = [d for d in report.documents if d.id.startswith("001")]
    assert str(doc.published) == "2017-05-22"
    withdrawal = [c for c in report.claims if c.document == doc.id and c.kind == "control"]
    assert any(c.time is not None and str(c.time.earliest) == "2017-05-21" for c in withdrawal)


def test_different_evacuations_are_not_compared(report: Report) -> None:
    for f in report.findings:
        if f.kind == "displacement":
            assert {c.document[:3] for c in f.claims} != {"001", "004"}


def test_war_tolls_are_updates_not_conflicts(report: Report) -> None:
    tolls = [f for f in report.findings if f.topic == "killed people" and f.kind == "casualties"]
    assert tolls
    assert all(f.verdict == Verdict.AGREE for f in tolls)


def test_no_year_date_time_or_ordinal_is_read_as_a_number() -> None:
    from homscheck.numbers import find_numbers

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for path in seeds.glob("*.txt"):
        for m in find_numbers(path.read_text("utf-8")):
            assert not any(y in m.text for y in ("2011", "2012", "2014", "2015", "2017", "2018"))
            assert not any(w in m.text for w in ("third", "seventh", "12:28", "V.1.0", "19"))


def test_a_wrong_weekday_is_a_conflict_inside_one_article() -> None:
    doc = Document("a", "Troops crossed the river on Friday, August 3, 2017, officials said.")
    report = compare([doc, Document("b", "Nothing else happened.")])
    (finding,) = [f for f in report.findings if f.kind == "weekday"]
    assert finding.verdict == Verdict.CONFLICT
    assert "was a Thursday, not a Friday" in finding.message
    right = compare([Document("a", "Troops crossed on Thursday, August 3, 2017.")])
    assert not [f for f in right.findings if f.kind == "weekday"]
