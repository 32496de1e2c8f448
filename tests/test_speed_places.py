"""The place reader leaves out its branch of a name with a type after it ("Homs province") for
texts without such a type, and tries its pattern only where a match may begin (a word of its
beginnings, a name before a type); it finds what the whole pattern, searched for, finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    # names with their type after them, wherever they begin
    "\u00d6l\u00e7ek province, al-Bab city, ez Zor city, EL-Bab town, 5Homs province, x Homs city",
    "Ma\u2019arrat al-Nu\u2019man district; Homs\nprovince; Homs  province; the Homs-Hama region",
    "and and Homs city, near Raqqa province, Deir Ezzor city of, Idlib countryside, Aleppo",
    "Stra\u00dfe in Homs, \ufb01ve near Aleppo",  # no index of words: searched for
    # a part of a place before its name; a disaster's verb before the place it struck
    "in northern Syria, across north-eastern Ukraine, to central Homs, in northern the Bab",
    "a quake struck western Nepal; the storm battered the Philippines; a car hit Johnson",
    "shelling hit eastern Aleppo, pounded Douma, rocked Kabul, struck central al-Bab",
    # places named with "the", and names with "the" that are no places
    "in the Philippines, in the northern Philippines, across the West Bank, in the Senate",
    "from the White House, in the United States, in the USA, in the Bronxville, to the UK",
]


def _texts(seeds: Path) -> list[str]:
    return [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))] + TRICKY


def _plain(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> list[list[PlaceMention]]:
    """The places of ``texts`` by the whole pattern, searched for at every offset."""
    with monkeypatch.context() as patched:
        patched.setattr("homscheck.places._TYPES_AFTER", [""])  # every text has "": all read
        patched.setattr("homscheck.places._starts", lambda text, type_after: None)
        return [find_places(t) for t in texts]


def test_the_quick_scan_finds_the_same_places(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(seeds) + [t.replace("province", "area").replace("city", "area") for t in TRICKY]
    quick: list[list[PlaceMention]] = [find_places(t) for t in texts]
    assert quick == _plain(texts, monkeypatch)


WORDS = [
    "Homs", "al-Bab", "Al Bab", "El-Bab", "ez Zor", "Deir", "Ezzor", "\u00d6l\u00e7ek",
    "Ma\u2019arrat", "al-Nu\u2019man", "Raqqa's", "5Homs", "in", "near", "of", "the", "town",
    "city", "province", "district", "region", "village", "governorate", "countryside",
    "cityscape", "Syrian", "Hospital", "Monday", "Islamic", "State", "-", "\u2011", ",", ".",
    "x", "HOMS", "northern", "north-east", "central", "struck", "hit", "battered", "rocked",
    "Philippines", "West", "Bank", "United", "States",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "", "  ", ", ", "\n"]))))
def test_word_salad_finds_the_same_places(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    quick = find_places(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert [quick] == _plain([text], monkeypatch)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a part of a place is a place of its own
        (
            "Fighting raged in northern Syria and in southern Syria.",
            ["northern Syria", "southern Syria"],
        ),
        ("Clashes spread across north-eastern Ukraine.", ["northeastern Ukraine"]),
        # a disaster's verb names the place it struck
        ("A strong quake struck western Nepal on Saturday.", ["western Nepal"]),
        ("The typhoon battered the Philippines overnight.", ["Philippines"]),
        # "struck" and "hit" take a person as often: only with a part of a place
        ("A car hit Johnson as he crossed.", []),
        # an organisation is no place
        ("Two firefighters were hurt, according to Cal Fire.", []),
        # a place named with "the" (only those: "the Senate" is none)
        ("Floods killed 30 people in the northern Philippines.", ["northern Philippines"]),
        ("Raids in the West Bank, a vote in the Senate.", ["West Bank"]),
        # a headline in title case capitalises common nouns: no place
        ("3 Killed in Shooting at Park", []),
        ("Note Found in Home of Family of 5 Killed in Murder-Suicide", []),
        ("5 Dead in Raid on Village near Kano", ["Kano"]),
        # ... which may begin a place's name
        ("Two men were shot in Battle Creek on Sunday.", ["Battle Creek"]),
        # a sentence that opens on its place
        ("In Homs, five people were killed. Near the border, two more died.", ["Homs"]),
        ("Police said. In northern Syria, 12 fighters were killed.", ["northern Syria"]),
        ("In Addition, five were hurt.", []),
        # ... not a headline's capitals
        ("Nine Injured In Houston Strip Mall Shooting, Police Say", []),
    ],
)
def test_parts_of_places_and_places_struck(text: str, keys: list[str]) -> None:
    assert [p.key for p in find_places(text)] == keys
