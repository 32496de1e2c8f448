"""The comparator's shortcuts give what testing every pair of claims would give.

Alignment and judging test each pair of distinct keys once, and a component of many distinct
figures is judged by its extreme ones (``homscheck.compare``). These property tests build
random components and check them against the plain definitions: components of the "same
occasion" relation over every pair of claims from two articles, and the worst verdict over
every such pair.
"""

from __future__ import annotations

from datetime import date, timedelta

from _claims import count_claim
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck.compare import (
    _MANY_FIGURES,
    _SAY_NOTHING,
    Settings,
    _by_occasion,
    _judge,
    _judge_key,
    _judge_pair,
    _long_and_short,
    _same_occasion,
    _times_agree,
)
from homscheck.model import Claim, DateRange, Quantity

DAY0 = date(2020, 3, 1)
CFG = Settings()
# A count of people in a sentence of its own: the comparator reads the quote in its sentence.
SENTENCES = [
    ("{n} people were killed", "{n} people were killed in the attack."),
    ("at least {n} people were killed", "Officials said at least {n} people were killed."),
    ("about {n} people were killed", "About {n} people were killed, police said."),
    ("{n} other people were killed", "Police said {n} other people were killed too."),
]


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    low = draw(st.integers(0, 12))
    shape = draw(st.sampled_from(["exact", "at least", "range", "about", "more than"]))
    if shape == "exact":
        return Quantity.exact(low)
    if shape == "at least":
        return Quantity(low, None)
    if shape == "more than":
        return Quantity(low, None, low_inclusive=False, estimate=low)
    if shape == "about":
        return Quantity(max(0, low - 1), low + 1, approximate=True, estimate=low)
    return Quantity(low, low + draw(st.integers(1, 4)))


def day(offset: int | None) -> DateRange | None:
    if offset is None:
        return None
    d = DAY0 + timedelta(days=offset)
    return DateRange(d, d, "day")


@st.composite
def claims(draw: st.DrawFn, cumulative: bool) -> list[Claim]:
    n = draw(st.integers(2, 40))
    out = []
    for i in range(n):
        doc = f"d{draw(st.integers(0, 5))}"
        value = draw(quantities())
        text, sentence = draw(st.sampled_from(SENTENCES))
        shown = str(int(value.low or 0))
        quote, context = text.format(n=shown), sentence.format(n=shown)
        quote = quote if quote in context else context.split(",")[0]
        out.append(
            count_claim(
                doc,
                value,
                text=quote,
                start=i,
                cumulative=cumulative,
                time=day(draw(st.one_of(st.none(), st.integers(0, 60)))),
                context=context[0].upper() + context[1:],
            )
        )
    return out


@st.composite
def epochs(draw: st.DrawFn) -> dict[str, DateRange | None]:
    return {f"d{k}": day(draw(st.one_of(st.none(), st.integers(0, 60)))) for k in range(6)}


def brute_components(group: list[Claim], epochs_: dict[str, DateRange | None]) -> list[list[Claim]]:
    times_agree = _times_agree(group, CFG)
    parent = list(range(len(group)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(group):
        for j in range(i + 1, len(group)):
            b = group[j]
            if a.document != b.document and _same_occasion(a, b, times_agree, epochs_, CFG):
                parent[find(i)] = find(j)
    components: dict[int, list[Claim]] = {}
    for i, c in enumerate(group):
        components.setdefault(find(i), []).append(c)
    return [c for c in components.values() if len({x.document for x in c}) > 1]


def brute_worst(component: list[Claim], epochs_: dict[str, DateRange | None]) -> int | None:
    # (an article that also tells the other's figure is at odds with neither)
    told: dict[object, set[str]] = {}
    for c in component:
        told.setdefault(_judge_key(c, epochs_, CFG, _SAY_NOTHING), set()).add(c.document)

    few = len(told) <= _MANY_FIGURES  # (of more, only the extreme figures are judged)

    def tells_the_other_s(a: Claim, b: Claim) -> bool:
        key_a = _judge_key(a, epochs_, CFG, _SAY_NOTHING)
        key_b = _judge_key(b, epochs_, CFG, _SAY_NOTHING)
        told_both = a.document in told[key_b] or b.document in told[key_a]
        return few and key_a != key_b and told_both

    severities = [
        _judge_pair(a, b, epochs_).verdict.severity
        for i, a in enumerate(component)
        for b in component[i + 1 :]
        if a.document != b.document
        and not _long_and_short(a, b, CFG)
        and not tells_the_other_s(a, b)
    ]
    return max(severities, default=None)


@settings(max_examples=80, deadline=None)
@given(st.booleans().flatmap(claims), epochs())
def test_keyed_alignment_is_alignment_over_every_pair(
    group: list[Claim], epochs_: dict[str, DateRange | None]
) -> None:
    def ids(components: list[list[Claim]]) -> list[list[str]]:
        return sorted(sorted(c.id for c in component) for component in components)

    assert ids(_by_occasion(group, epochs_, CFG)) == ids(brute_components(group, epochs_))


@settings(max_examples=80, deadline=None)
@given(st.booleans().flatmap(claims), epochs())
def test_keyed_judging_gives_the_worst_verdict_over_every_pair(
    component: list[Claim], epochs_: dict[str, DateRange | None]
) -> None:
    finding = _judge(component, epochs_, CFG)
    expected = brute_worst(component, epochs_)
    assert (finding.verdict.severity if finding else None) == expected


@settings(max_examples=25, deadline=None)
@given(st.booleans(), epochs(), st.integers(0, 2**32 - 1))
def test_many_distinct_figures_are_judged_as_every_pair_would_be(
    cumulative: bool, epochs_: dict[str, DateRange | None], seed: int
) -> None:
    # more distinct figures than the comparator judges pair by pair
    import random

    rng = random.Random(seed)
    component = []
    for i in range(120):
        doc = f"d{rng.randrange(6)}"
        low = rng.randrange(0, 400)
        value = rng.choice([Quantity.exact(low), Quantity(low, low + rng.randrange(1, 30))])
        component.append(
            count_claim(
                doc,
                value,
                text=f"{low} people were killed",
                start=i,
                cumulative=cumulative,
                context=f"Police said {low} people were killed.",
            )
        )
    finding = _judge(component, epochs_, CFG)
    expected = brute_worst(component, epochs_)
    assert (finding.verdict.severity if finding else None) == expected
