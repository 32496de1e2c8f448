"""Rules that try their patterns only where the words they need are (from a document's index of
words, ``homscheck.text.word_index``, or looked for in a sentence) give the claims they give
without (when a text has no index, as where its lower-case copy could mislead, or when every
sentence is searched)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from homscheck.context import DocumentContext
from homscheck.core import with_publication_date
from homscheck.model import Claim, Document

# The rules with such a quick path, by module, and what makes them take the plain path.
PLAIN: dict[str, list[tuple[str, Any]]] = {
    "hc401_control": [("word_index", lambda text: None)],
    # every sentence has "", for each of the rule's patterns
    "hc302_duration": [
        ("_NEEDS", [("",)] * len(importlib.import_module("homscheck.checks.hc302_duration")._NEEDS))
    ],
    "hc301_event_date": [("word_index", lambda text: None)],
    "hc501_official": [("word_index", lambda text: None)],
}

TRICKY = [
    "Government troops retook Deraa on Monday. Rebels withdrew from the town of Zabadani.",
    "The recapture of Tadmor, the complete withdrawal of militants from Homs, the fall of "
    "Mosul. Mosul fell to the militants in June 2014. ISIL fighters pulled out of Al Sukhna.",
    "RETOOK Homs; retookHoms; caf\u00e9took Homs; the\u00a0capture of Raqqa; fellow Homs fell "
    "to rebels. Stra\u00dfe took Aleppo.",  # the last sentence's text has no index
    "It saw six years of civil war. The seven-year-old conflict. The conflict, now in its "
    "fourth year. The war began in 2011; the outbreak of the war in 2012. The siege since 2013. "
    "The war started in 2014. The uprising, which broke out in 2011, erupted in Homs. The siege "
    "lasted five years. Seven Years into the war. The war has raged for two months.",
    "A SHOOTING on Monday. The Air Strike of May 3, 2017. On Friday an explosion hit. The "
    "ceasefire went into effect on Thursday. Sunday's shooting\n\nRange officers said. A "
    "shooting range opened Tuesday. Four boys were hurt in a shooting. It happened Saturday.",
    "Homs governor Talal Barazi said. Syrian President Bashar al-Assad spoke. Col Ryan Dillon "
    "and GOV. Jerry Brown and Lt. Gen. John Smith met Police Chief Chief Armando Perez; "
    "Aleppo governor Hussein Diab said so, said Barazi. The province's governor, Talal Barazai.",
]


def _claims(module: str, text: str) -> list[Claim]:
    rule = importlib.import_module(f"homscheck.checks.{module}")
    ctx = DocumentContext(with_publication_date(Document("d", text)))
    return list(rule.extract(ctx))


def _texts(seeds: Path) -> list[str]:
    return [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))] + TRICKY


@pytest.mark.parametrize("module", sorted(PLAIN))
def test_the_quick_path_changes_no_claim(
    module: str, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(seeds)
    quick = [_claims(module, t) for t in texts]
    for name, plain in PLAIN[module]:
        monkeypatch.setattr(f"homscheck.checks.{module}.{name}", plain)
    assert quick == [_claims(module, t) for t in texts]


BULLETINS = [
    "Deaths: 14\nMissing: 9\n  - Injured: 31, most of them in Kisumu.\n• Persons evacuated: "
    "2,300\nDisplaced: about 5,000",
    "The toll rose. Guards killed: 2\nDetainees who escaped: 41\nKidnapped: 17 pupils, "
    "officials said.\nThe note read: Deaths: 3 in the north.",
    "Official tally (as of noon):\n\n- Dead: 7\n-Injured: 12\n\t\t\t\tDead: 4\nRescued "
    "from the rubble by firefighters: 18\nDead or injured: 40",
    "Deaths: figures for 2019 are not final.\nMissing: 1.5 percent\nNo colon here\n:",
]


@pytest.mark.parametrize("module", ["hc101_casualties", "hc102_displacement", "hc109_abductions"])
def test_labels_tried_at_line_starts_only_change_no_claim(
    module: str, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(seeds) + BULLETINS
    quick = [_claims(module, t) for t in texts]
    assert any(quick[-len(BULLETINS) :])
    monkeypatch.setattr(
        "homscheck.checks._counting._label_places", lambda text: iter(range(len(text)))
    )
    assert quick == [_claims(module, t) for t in texts]
