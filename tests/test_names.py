import pytest

from homscheck import Document, Verdict, compare
from homscheck.names import core_key, default_aliases, place_key, same_spelling, similarity


@pytest.mark.parametrize(
    ("a", "b"),
    [("ISIS", "Daesh"), ("ISIL", "Islamic State"), ("Tadmor", "Palmyra"),
     ("UK", "Britain"), ("United Kingdom", "U.K."), ("Deir Ezzor", "Deir ez-Zor")],
)  # fmt: skip
def test_known_aliases_are_one_entity(a: str, b: str) -> None:
    table = default_aliases()
    assert table.canonical(a) is not None
    assert table.canonical(a) == table.canonical(b)


def test_place_key_drops_type_words_and_the() -> None:
    assert place_key("Homs province") == place_key("Homs") == "Homs"
    assert place_key("the al-Waer district") == "al-Waer"
    assert core_key(place_key("the al-Waer district")) == core_key("Waer")


@pytest.mark.parametrize(
    ("written", "key"),
    [("Tulsa City", "Tulsa City"), ("Guatemala City", "Guatemala City"), ("Port Town", "Port Town"),
     ("Dane County", "Dane"), ("Lagos State", "Lagos"), ("Raqqa city", "Raqqa")],
)  # fmt: skip
def test_a_capitalised_city_or_town_is_a_part_of_the_name(written: str, key: str) -> None:
    assert place_key(written) == key


def test_spelling_ignores_case_hyphens_and_articles() -> None:
    assert same_spelling("Bashar al-Assad", "Bashar Al Assad")
    assert core_key("Café  Müller") == "cafe muller"


def test_variants_are_similar_but_not_the_same() -> None:
    for a, b in [("Barazi", "Barrazi"), ("Barazi", "Barazai"), ("Zelenskyy", "Zelensky")]:
        assert not same_spelling(a, b)
        assert similarity(a, b) >= 80
    assert similarity("Hassan", "Hussein") < 80


def test_extra_aliases_extend_the_table() -> None:
    table = default_aliases().with_entries([["Mariupol", "Mariupolis"]])
    assert table.canonical("Mariupolis") == "Mariupol"


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a short form of the given name: one person (the surname is spelled alike)
        ("Springfield Mayor Joe Brandt said the park would close.",
         "Springfield Mayor Joseph Brandt said the park would close.", Verdict.AGREE),
        ("Springfield Mayor Bill Brandt said the park would close.",
         "Springfield Mayor William Brandt said the park would close.", Verdict.AGREE),
        # two given names that are no short form of each other: two people for one office
        ("Springfield Mayor Joe Brandt said the park would close.",
         "Springfield Mayor Mark Brandt said the park would close.", Verdict.TENSION),
        # a given name of another alphabet written two ways: one person, spelled two ways
        # (not two people of one office)
        ("Tanjung Mayor Mochamad Rizal Harahap said the port would close.",
         "Tanjung Mayor Muhammad Rizal Harrahap said the port would close.", Verdict.VARIANT),
        ("Tanjung Mayor Ahmed Rizal Harahap said the port would close.",
         "Tanjung Mayor Achmad Rizal Harahap said the port would close.", Verdict.VARIANT),
        # a hard c written as qu or k: one surname
        ("Tanjung Mayor Jeremias Cuambe said the port would close.",
         "Tanjung Mayor Jeremias Quambe said the port would close.", Verdict.VARIANT),
        # an office's holder, the given name written by ear: one person, spelled two ways
        ("Fire Battalion Chief Derek Olmsted said crews held the line.",
         "Fire Battalion Chief Derrick Olmsted said crews held the line.", Verdict.VARIANT),
        ("Springfield Mayor Shawn Brandt said the park would close.",
         "Springfield Mayor Sean Brandt said the park would close.", Verdict.VARIANT),
        # a name from a father's given name, in Somali spelling: one person, spelled two ways
        ("Col. Abdirahman Mohamed Hussein said the base held.",
         "Col. Abdirahman Mohamed Xuseen said the base held.", Verdict.VARIANT),
        # a glide between vowels written or not: "Fayeq", "Faiq"
        ("Taliban spokesman Abdul Basir Fayeq said the market was hit.",
         "Taliban spokesman Abdul Baseer Faiq said the market was hit.", Verdict.VARIANT),
        # (given names that sound apart stay two people)
        ("Springfield Mayor Karen Brandt said the park would close.",
         "Springfield Mayor Kevin Brandt said the park would close.", Verdict.TENSION),
    ],
)  # fmt: skip
def test_a_short_given_name_is_the_same_person(a: str, b: str, verdict: Verdict) -> None:
    report = compare([Document("a", a), Document("b", b)])
    offices = [f.verdict for f in report.findings if f.kind == "official"]
    assert offices == [verdict]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # the words before the given name are not the name's, nor is "Sam" in "Samson"
        ("Officer Sam Samson was wounded in the leg.", "Sam Samson"),
        ("When Ann Roe was killed, the street emptied.", "Ann Roe"),
    ],
)
def test_a_fates_name_is_quoted_from_its_given_name(sentence: str, quote: str) -> None:
    report = compare([Document("a", sentence)])
    (person,) = [c for c in report.claims if c.measure == "person"]
    assert person.text == quote
