"""Counting rules and the reading of a count's scope skip a sentence, a window or a quote that
has none of the words a pattern needs (``homscheck.scope.may_contain``, ``CountPatterns.words``):
they give the claims (with their scopes) that they give when every one is read."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import regex

from homscheck.checks._counting import CountPatterns
from homscheck.context import DocumentContext
from homscheck.core import with_publication_date
from homscheck.model import Claim, Document
from homscheck.scope import may_contain

COUNTING = ["hc101_casualties", "hc102_displacement", "hc103_forces", "hc105_arrests"]
# A match of each branch of a counting rule's toll
TOLLS = {
    "hc101_casualties": ["the death toll rose to", "the number of dead reached", "Toll tops"],
    "hc102_displacement": ["the number of displaced rose to", "The number of refugees stood at"],
    "hc105_arrests": ["the number of people arrested has risen to", "Number of detained is"],
}
# The modules that call ``may_contain`` by that name.
CALLERS = ["homscheck.scope", "homscheck.checks._counting", "homscheck.checks.hc101_casualties"]

TRICKY = [
    "23 fighters were killed. The death toll rose to 41. The toll from the raids climbed to 94.",
    "The number of internally displaced people rose to 4.1 million. "
    "Bringing the number of fatalities to three. 3,000 residents were evacuated; 12 were "
    "ARRESTED and 4 DETAINED. 2,000 soldiers were deployed. 50 KILLED and 120 WOUNDED.",
    "Police said one person was killed since April 19, 2 dead so far. Six months before that, "
    "a gunman killed 14 in weekend shootings across the city.",
    # a long s and the Kelvin sign fold to "s" and "k" in a case-insensitive pattern (not in a
    # verb: a rule looks its verb up in lower case, and "\u017fhot" is no key)
    "14 were killed \u017fince Monday in wee\u212aend \u017fhootings; 5 were evacuated.",
    "Related: 5 dead in crash | READ MORE: 4 hurt. Related Stories 3 Killed in Fire",
]


def _claims(module: str, text: str) -> list[Claim]:
    rule = importlib.import_module(f"homscheck.checks.{module}")
    ctx = DocumentContext(with_publication_date(Document("d", text)))
    return list(rule.extract(ctx))


@pytest.mark.parametrize("module", COUNTING)
def test_skipping_changes_no_claim(
    module: str, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))] + TRICKY
    quick = [_claims(module, t) for t in texts]
    for caller in CALLERS:
        monkeypatch.setattr(f"{caller}.may_contain", lambda text, words: True)
    patterns = importlib.import_module(f"homscheck.checks.{module}")._PATTERNS
    monkeypatch.setattr(patterns, "words", None)
    assert quick == [_claims(module, t) for t in texts]


@pytest.mark.parametrize("module", COUNTING)
def test_every_measure_word_holds_a_needed_word(module: str) -> None:
    patterns: CountPatterns = importlib.import_module(f"homscheck.checks.{module}")._PATTERNS
    m = patterns.measures
    assert patterns.words is not None
    for word in [*m.after_subject, *m.before_number, *m.as_adjective, *m.left_state]:
        assert any(needed in word.lower() for needed in patterns.words), word
    if m.toll:  # every branch of the toll holds one of its words
        toll = regex.compile(m.toll)
        for said in TOLLS[module]:
            assert toll.search(said)
            assert any(w in said.lower() for w in m.toll_words)


def test_may_contain() -> None:
    assert may_contain("the WAR began", ("war",))
    assert not may_contain("the conflict began", ("war", "siege"))
    # characters that fold oddly: unsure, so True
    assert may_contain("\u017fince", ("since",))
    assert regex.search(r"since", "\u017fince", regex.IGNORECASE)
