"""Every rule against its cases (``tests/cases/HCxxx.toml``) and its documented examples.

A case file holds sentences of our own, never the seed articles':

    [[positive]]
    sentence = "An air strike killed at least 12 civilians."
    published = "2024-03-04"          # optional: the article's publication date
    topic = "killed civilians"        # optional: each key given must match one claim
    value = "[12, )"                  # Value.describe()
    place = "Aleppo"

    [[negative]]
    sentence = "The 12 civilians were seen in 2014."   # the rule must read nothing here
    topic = "killed civilians"        # optional: nothing of this topic (other claims may be)
    value = "12"                      # optional, with a topic: nothing of it with this value
    scope = "whole"                   # optional, the same: nothing of it with this scope
    comparable = true                 # optional, the same: nothing of it that is compared
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from homscheck import Document, read_document
from homscheck.checks import Rule, all_rules
from homscheck.core import Config
from homscheck.model import Claim

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = Path(__file__).parent / "cases"


def claims_of(rule: Rule, sentence: str, published: str | None = None) -> list[Claim]:
    when = date.fromisoformat(published) if published else None
    doc = Document("case", sentence, "case.txt", when, "command line" if when else None)
    result = read_document(doc, Config(select=(rule.code,)))
    assert not result.problems, result.problems
    return list(result.claims)


def summary(c: Claim) -> str:
    return f"{c.topic} = {c.value.describe()}"


def _cases() -> list[Any]:
    params = []
    for rule in all_rules():
        path = CASES / f"{rule.code}.toml"
        if not path.exists():
            continue
        data = tomllib.loads(path.read_text("utf-8"))
        for i, case in enumerate(data.get("positive", [])):
            params.append(pytest.param(rule, "positive", case, id=f"{rule.code}-pos{i}"))
        for i, case in enumerate(data.get("negative", [])):
            params.append(pytest.param(rule, "negative", case, id=f"{rule.code}-neg{i}"))
    return params


@pytest.mark.parametrize(("rule", "polarity", "case"), _cases())
def test_case(rule: Rule, polarity: str, case: dict[str, Any]) -> None:
    claims = claims_of(rule, case["sentence"], case.get("published"))
    if polarity == "negative":
        # a negative case with a topic says that no claim of that topic is read; without one,
        # that no claim at all is
        unwanted = [
            c
            for c in claims
            if case.get("topic") in (None, c.topic)
            and case.get("value") in (None, c.value.describe())
            and case.get("scope") in (None, c.scope)
            and case.get("comparable") in (None, c.comparable)
        ]
        assert not unwanted, [summary(c) for c in unwanted]
        return
    wanted = {k: v for k, v in case.items() if k not in ("sentence", "published", "note")}

    def matches(c: Claim) -> bool:
        got = {
            "topic": c.topic,
            "value": c.value.describe(),
            "place": c.place,
            "measure": c.measure,
            "subject": c.subject,
            "text": c.text,
            "cumulative": c.cumulative,
            "time": c.time.describe() if c.time else None,
            "reported": c.reported.describe() if c.reported else None,
            "scope": c.scope,
            "comparable": c.comparable,
        }
        return all(got[k] == v for k, v in wanted.items())

    assert any(matches(c) for c in claims), (wanted, [summary(c) for c in claims])


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_has_cases(rule: Rule) -> None:
    path = CASES / f"{rule.code}.toml"
    assert path.exists(), f"{rule.code} has no cases file {path.name}"
    data = tomllib.loads(path.read_text("utf-8"))
    assert len(data.get("positive", [])) >= 3, "at least three positive sentences"
    assert len(data.get("negative", [])) >= 3, "at least three negative sentences"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_declares_itself(rule: Rule) -> None:
    assert rule.code.startswith("HC") and len(rule.code) == 5
    assert rule.summary and rule.doc and rule.examples


@pytest.mark.parametrize(
    ("rule", "example"),
    [pytest.param(r, e, id=f"{r.code}-{i}") for r in all_rules() for i, e in enumerate(r.examples)],
)
def test_documented_examples(rule: Rule, example: Any) -> None:
    got = [summary(c) for c in claims_of(rule, example.sentence)]
    assert example.yields in got, got


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_what_a_rule_declares_of_its_figures_is_well_formed(rule: Rule) -> None:
    for drift in [rule.drift, *rule.drifts.values()]:
        if drift is not None:
            assert drift.way in ("grows", "changes", "estimated") and drift.why


def test_claims_carry_what_their_rule_declares() -> None:
    # the evacuated grow (the kind's drift); people in shelters change either way (a measure's)
    text = "Some 6,000 people were evacuated. About 2,000 people spent the night in shelters."
    drifts = {c.measure: c.drift for c in read_document(Document("a", text)).claims}
    assert drifts["evacuated"] is not None and drifts["evacuated"].way == "grows"
    assert drifts["sheltered"] is not None and drifts["sheltered"].way == "changes"
    # a toll has none: two tolls that differ conflict
    killed = read_document(Document("b", "The blast killed 12 people.")).claims
    assert [c.drift for c in killed] == [None]
    votes = read_document(Document("c", "Horvat won the election with 52 percent of the vote."))
    assert [c.subject_is_name for c in votes.claims if c.kind == "votes"] == [True]


def test_a_quantity_is_read_inside_a_date_s_quote() -> None:
    # the event date quotes the clause; the generic rule gives way only to another amount
    text = "The Ridge Fire has burned more than 45,000 acres and was 20 percent contained."
    claims = read_document(Document("a", f"Published: Aug. 12, 2025\n\n{text[:-1]} on Tuesday."))
    measures = {c.measure for c in claims.claims}
    assert {"area burned", "containment"} <= measures, measures


def test_codes_are_unique() -> None:
    codes = [r.code for r in all_rules()]
    assert len(codes) == len(set(codes))


def test_the_readme_lists_every_rule() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    lines = {r.code: f"| {r.code} | {r.name} | {r.summary} |" for r in all_rules()}
    missing = [code for code, line in lines.items() if line not in readme]
    assert not missing, f"README's rule table lacks (or has an old line for) {missing}"
