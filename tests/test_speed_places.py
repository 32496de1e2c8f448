"""The place reader leaves out its branch of a name with a type after it ("Homs province") for
texts without such a type, and tries the rest only where a word of its beginnings is; it finds
what the whole pattern, searched for, finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from homscheck.places import PlaceMention, find_places

TRICKY = [
    "Troops entered Rastan and the town of al-Sukhna near Nassib, from Idlib to Deir Ezzor.",
    "Homs province, Raqqa city and Idlib countryside; the Euphrates town of Qara Qawzak.",
    "In Homs Province, near Aleppo City; Syrian forces in Palmyra; velocity in Homs; atrocity.",
    "from Islamic State, in University Hospital, at Monday, in Syria's north, in Al Bab",
    # where words begin (the quick scan tries the pattern only at words of its beginnings)
    "xin Homs, 5in Homs, \u00e9in Homs, _at Aleppo, IN Homs, In Homs, in\u00e9 Homs, in  Homs",
    "towards Idlib, toward Raqqa, tow Daraa, outside Daraa, of\nHama, into Al Bab, atHoms",
    "the capital of Damascus, the camp of Yarmouk, the enclave of Afrin, suburb of Douma",
    "Stra\u00dfe in Homs, \ufb01ve near Aleppo",  # no index of words: searched for
]


def _texts(seeds: Path) -> list[str]:
    return [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))] + TRICKY


def test_the_shorter_pattern_finds_the_same_places(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(seeds) + [t.replace("province", "area").replace("city", "area") for t in TRICKY]
    quick: list[list[PlaceMention]] = [find_places(t) for t in texts]
    monkeypatch.setattr("homscheck.places._TYPES_AFTER", [""])  # every text has "": all read
    assert quick == [find_places(t) for t in texts]
