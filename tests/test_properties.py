"""Property tests over the whole pipeline: any text is read without raising, the JSON always
validates against the published schema, and the result does not depend on document order."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homscheck import Document, compare
from homscheck.jsonout import report_json

SCHEMA = json.loads(resources.files("homscheck").joinpath("data/schema.json").read_text("utf-8"))

# News-like fragments mixed with arbitrary text, so the rules' patterns are actually exercised.
FRAGMENTS = [
    "killed", "at least", "more than", "some", "2,500", "34,500", "people", "fighters", "on Sunday",
    "May 16, 2018", "in March", "governor", "Talal Barazi", "said", "the town of", "Homs",
    "km", "northeast of", "six years of war", "seven-year-old", "retook", "withdrew from", "$3m",
    "40%", "half of", "dozens", "hundreds of thousands", "-", ",", ".", "\n\n", "(", "“",
]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map(
    " ".join
)
fast = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(st.text(max_size=300))
def test_any_unicode_text_is_read(text: str) -> None:
    report = compare([Document("a", text), Document("b", text[::-1])])
    jsonschema.validate(report_json(report), SCHEMA)


@fast
@given(st.lists(texts, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_order_of_documents_does_not_matter(bodies: list[str], rng: object) -> None:
    docs = [Document(f"d{i}", body) for i, body in enumerate(bodies)]
    shuffled = list(docs)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    first, second = report_json(compare(docs)), report_json(compare(shuffled))
    assert first == second
    jsonschema.validate(first, SCHEMA)


@fast
@given(texts)
def test_quotes_are_the_text_they_point_at(body: str) -> None:
    report = compare([Document("a", body)])
    for claim in report.claims:
        assert " ".join(body[claim.start : claim.end].split()) == claim.text
