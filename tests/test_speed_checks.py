"""Rules that read a document's index of words (``homscheck.text.word_index``) to try their
patterns only where the words they need are give the claims they give without it (when a text
has no index, as where its lower-case copy could mislead, and everything is searched)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from homscheck.context import DocumentContext
from homscheck.core import with_publication_date
from homscheck.model import Claim, Document

# The rules with such a quick path, by module.
RULES = ["hc401_control"]

TRICKY = [
    "Government troops retook Deraa on Monday. Rebels withdrew from the town of Zabadani.",
    "The recapture of Tadmor, the complete withdrawal of militants from Homs, the fall of "
    "Mosul. Mosul fell to the militants in June 2014. ISIL fighters pulled out of Al Sukhna.",
    "RETOOK Homs; retookHoms; caf\u00e9took Homs; the\u00a0capture of Raqqa; fellow Homs fell "
    "to rebels. Stra\u00dfe took Aleppo.",  # the last sentence's text has no index
]


def _claims(module: str, text: str) -> list[Claim]:
    rule = importlib.import_module(f"homscheck.checks.{module}")
    ctx = DocumentContext(with_publication_date(Document("d", text)))
    return list(rule.extract(ctx))


def _texts(seeds: Path) -> list[str]:
    return [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))] + TRICKY


@pytest.mark.parametrize("module", RULES)
def test_the_index_changes_no_claim(
    module: str, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(seeds)
    quick = [_claims(module, t) for t in texts]
    monkeypatch.setattr(f"homscheck.checks.{module}.word_index", lambda text: None)
    assert quick == [_claims(module, t) for t in texts]
