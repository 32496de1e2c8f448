"""Which place a sentence names: where it happened, not where someone came from or whose it is."""

from __future__ import annotations

import pytest

from homscheck import Document, compare
from homscheck.places import find_places


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a place's owner is no part of its name when the owner is a country, or the place is
        # named with its type
        ("Floods hit Peru's Piura province on Sunday.", ["Piura"]),
        ("Forty died in Tarvonia's Lemba province.", ["Lemba"]),
        ("Rescuers arrived in Nigeria's Kaduna on Friday.", ["Kaduna"]),
        # ... but a name with an owner inside stays whole
        ("Two men were stabbed in Martha's Vineyard.", ["Martha's Vineyard"]),
        # ... and the owner's part is the owner's: "eastern India's Bihar" is all of Bihar
        ("Liquor killed 30 in eastern Tarvonia's Lemba province.", ["Lemba"]),
        ("Shells fell in northern Syria's Idlib on Friday.", ["Idlib"]),
        # a capital named after the word
        ("Gunmen stormed a hotel in Somalia's capital Mogadishu on Friday.", ["Mogadishu"]),
        ("Protests spread to the Kenyan capital, Nairobi, on Tuesday.", ["Nairobi"]),
        ("Crowds gathered in the capital Monday.", []),
        # a state named with its type after it
        ("Gunmen struck in Zamfara state overnight.", ["Zamfara"]),
        # where someone came from is no place of the event
        ("The coach was heading from Brenton to the coast.", []),
        ("Among the injured was a woman from Ardale.", []),
        ("Pumps were flown from Corvik to the town.", []),
        ("Thousands fled from Idlib.", ["Idlib"]),
        # the numbered parts of a site are no places
        ("Most of the dead were found near Gate 7 of the port of Varna.", ["Varna"]),
        ("The blast tore through Terminal 2 at dawn.", []),
        # ... nor is a numbered road, which runs through many
        ("A van overturned on Route 9 near Harwick on Monday.", ["Harwick"]),
        ("The blaze jumped Highway 44 overnight.", []),
        # a month cut short is no place: "to Sept. 7"
        ("In the week to Sept. 7, nine more people died.", []),
        # a capitalised "City" is a part of the name
        ("Four men were shot in Tulsa City on Monday.", ["Tulsa City"]),
        # a house number's "No." is no place
        ("The house at No. 14 was destroyed in the fire.", []),
        # an officer's title names no place
        ("Houses were lost, according to Chief District Officer Hari Thapa.", []),
        # a word of a place's kind before a common noun is an adjective, no place
        ("Quake kills 23 in Peru's Andean highlands.", []),
        ("Smoke hung over the Amazonian rainforest near Tefe.", ["Tefe"]),
        # an attack's site may be a centre of that name
        ("Gunmen stormed the Westgate Shopping Centre in Nairobi.", ["Nairobi"]),
        # "on" names a lake or a mountain, no day or street
        ("A barge sank on Lake Malombe late on Friday.", ["Lake Malombe"]),
        ("Two hikers went missing on Mount Elgon.", ["Mount Elgon"]),
        ("The march ended on Monday.", []),
        # a march or a gunman's path through a place
        ("Thousands marched through Sokhumi on Sunday.", ["Sokhumi"]),
        ("The talks ran through Friday.", []),
        # "off" a coast, where a boat came to grief; not a plane that took off
        ("A trawler capsized off Gorovo before dawn.", ["Gorovo"]),
        ("Forty migrants were rescued off Kalvia on Sunday.", ["Kalvia"]),
        ("The jet took off Monday for Ardale.", []),
        ("He lives just off Main Street.", []),
        # a resolution's or a law's number names no place
        ("Both sides accused each other of violations of Resolution 1701.", []),
        ("The alliance invoked Article 5 in 2001.", []),
        # a city's part after the city's name and "'s"
        ("A shell hit a school in Sarvana City's Tuffat neighbourhood.", ["Tuffat"]),
        ("A missile struck homes in Orvik's Saltan district.", ["Saltan"]),
    ],
)
def test_the_place_a_sentence_names(text: str, keys: list[str]) -> None:
    assert [p.key for p in find_places(text)] == keys


@pytest.mark.parametrize(
    "text",
    [
        "Figures from the Department of Rivers showed the level rising.",
        "The count was confirmed by the Board of Supervisors.",
        "He told reporters in Lusaka that the toll had risen.",
        "Winds reached 165 km/h, the National Hurricane Center in Miami said.",
        "The Emergency Operations Centre in Huaraz put the toll at 28.",
        "The boat carried up to 600 people, according to Sea Watch.",
    ],
)
def test_an_organisations_name_or_where_it_spoke_is_no_place(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a part's place is the part's, not the whole's
        ("Around 1,140 homes have been flooded, including 212 in Koshkarata alone.", None),
        ("Four were dug out alive, including a woman who was flown to hospital in Aosta.", None),
        # ... but an aside the clause goes on after leaves the place the whole's
        ("Four others were injured, including a police officer, in a shooting in Bristol.",
         "Bristol"),
        ("Five people, including three children, were killed in Sinking Spring.",
         "Sinking Spring"),
    ],
)  # fmt: skip
def test_the_place_of_a_part_is_not_the_wholes(sentence: str, place: str | None) -> None:
    first = compare([Document("a", sentence)]).claims[0]
    assert first.place == place


def _killed_places(text: str) -> list[str | None]:
    return [c.place for c in compare([Document("a", text)]).claims if c.measure == "killed"]


def test_a_toll_of_two_places_told_before_it_is_of_both() -> None:
    # the quake struck both regions: its toll is not the first one's
    text = ("A strong earthquake hit eastern Ardavia and northern Selvara on Monday, killing "
            "about 400 people. In Selvara, 120 people were killed.")
    assert _killed_places(text)[0] == "eastern Ardavia and Selvara"


def test_an_epicentres_town_is_no_place_of_the_toll() -> None:
    text = ("The quake, centred 30 km south of Orvani at a depth of 10 km, killed at least 90 "
            "people across the region.")
    assert _killed_places(text) == [None]


def test_a_count_over_a_whole_state_takes_no_countys_place() -> None:
    sentence = ("Statewide, about 210,000 customers were without power on Saturday, most of "
                "them in Caloosa County.")
    assert [c.place for c in compare([Document("a", sentence)]).claims
            if c.measure == "without power"] == [None]


def test_a_place_named_above_is_of_the_type_its_apposition_tells() -> None:
    text = "Mud swept down a hill above Santa Elena, a farming village in the district of Tambo."
    assert [(m.key, m.type) for m in find_places(text)] == [
        ("Santa Elena", "village"), ("Tambo", "district")
    ]
    # (a town's hall is no town)
    assert [m.type for m in find_places("They met in Tambo, a town hall meeting.")] == [None]


def test_an_armed_groups_name_is_no_place() -> None:
    assert find_places("Fighters of Islamic State Sahel Province killed eight gendarmes.") == []
    assert find_places("Members of Ansar Dine stormed the post.") == []


def test_a_peoples_word_is_no_place() -> None:
    # "Kazakh", "Somali" name a people (of Kazakhstan, of Somalia), not a place
    assert [m.key for m in find_places("Kazakh gas blast kills 11 in Almaty")] == ["Almaty"]
    assert [m.key for m in find_places("Shelling hit Somali villages near Kismayo")] == [
        "Kismayo"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The vote went to the party of Tomas Herczeg. Herczeg, the deputy governor, conceded.",
        "Both died in the arms of John Casullo. Casullo said he heard three shots.",
        "The vote went to the party of Tomas Herczeg. Herczeg, the town's mayor, conceded.",
        "Both died in the arms of Ann Brodie. Brodie, a city councilwoman, said so.",
    ],
)
def test_a_person_the_text_names_is_no_place(text: str) -> None:
    assert [p.key for p in find_places(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out at a club in Velika Mora. Velika Mora, a city of some 90,000, mourned.",
        "Mourners met in Kessa Ridge. Kessa Ridge, the provincial capital, was in shock.",
        "Rain fell in Dunmore Vale. Dunmore Vale, a small farming town in the north, flooded.",
    ],
)
def test_a_place_told_as_a_town_after_a_comma_is_no_person(text: str) -> None:
    place = text.split(". ")[1].split(",")[0]
    assert [p.name for p in find_places(text)] == [place]


def test_a_place_whose_last_word_speaks_is_still_a_place() -> None:
    # ("Port ...": no given name)
    text = "Mourners gathered in Port Tenzara on Monday. Tenzara, the port city, was in mourning."
    assert "Port Tenzara" in [p.name for p in find_places(text)]


def test_a_place_after_neighbouring_or_nearby_is_named_without_it() -> None:
    text = "Three cases were reported in neighbouring Mtendere and two in nearby Kasembe."
    assert [p.key for p in find_places(text)] == ["Mtendere", "Kasembe"]


@pytest.mark.parametrize(
    "text",
    [
        "In neighbouring Mtendere, three people died in landslides.",
        "In nearby Mtendere, three people were hurt.",
    ],
)
def test_a_sentence_may_open_on_a_neighbouring_place(text: str) -> None:
    assert [p.key for p in find_places(text)] == ["Mtendere"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("A bus carrying 40 pilgrims from Tarvo to Lemba overturned near Kessa, killing nine.",
         "killed people in Kessa"),
        ("The ferry, travelling from Orun to Bekka, capsized near Dalo; 31 people drowned.",
         "killed people in Dalo"),
        ("The coach, bound for Varna, left the road and five passengers died.",
         "killed passengers"),
        # ... nor where the hurt were taken
        ("Thirty people were injured and taken to hospitals in Orun and Bekka.",
         "wounded people"),
        ("Nine wounded miners were airlifted to a clinic in Dalo.", "wounded workers"),
        # ... nor where it went, nor the way it went
        ("Two firefighters were killed as the blaze raced west toward Pine Hollow.",
         "killed responders"),
        ("Four soldiers were wounded after a long march through Kessa.", "wounded soldiers"),
        ("Three drivers were killed on the road to Lemba via Orun.", "killed people"),
        # ... nor where the dead were mourned
        ("Mourners in Kessa buried more victims of the bombing that killed 27 people.",
         "killed people"),
        ("Funerals were held in Tarvik for the 12 people killed in the blast.", "killed people"),
        # ... nor a place a distance is measured from
        ("Gunmen killed 5 people in a village 15 km north of Orun.", "killed people"),
        # ... nor where a person lives, after their name and age
        ("Police arrested Dwayne Lott, 31, of Fairview after three men were shot.",
         "shot men"),
        ("Three men, including a 40-year-old man from Orun, were shot.", "shot men"),
    ],
)
def test_the_ends_of_a_journey_are_not_where_it_happened(text: str, topic: str) -> None:
    report = compare([Document("a", text)])
    assert [c.topic for c in report.claims if c.check == "HC101"] == [topic]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a headline's capitals make places of common words: they stand as far as the story
        # names them outside its headlines
        (
            "Baby Shot in Stroller Two Days After Christening\n\n"
            "A baby was shot in Marlow Heights on Sunday, police said.",
            ["Marlow Heights"],
        ),
        (
            "2 Hurt in Glenbrook Pawn Shop Robbery\n\n"
            "Two clerks were hurt when robbers struck a pawn shop in Glenbrook on Friday.",
            ["Glenbrook", "Glenbrook"],
        ),
        (
            "Teen Shot near Riverside Mall Released From Hospital\n\n"
            "The boy, 15, was shot outside Riverside Mall on Tuesday.",
            ["Riverside Mall", "Riverside Mall"],
        ),
        # (a dateline in capitals names it too)
        (
            "Four Hurt in Dalton Crash\n\nDALTON, Ga. (AP) - Four people were hurt on Monday.",
            ["Dalton"],
        ),
        # a story of headlines alone keeps them
        ("Four Hurt in Dalton Crash\nTwo Dead in Marlow Shooting", ["Dalton", "Marlow"]),
        # a line in sentence case is no headline
        (
            "Police said two men were shot in Hollis Park on Monday.\n\nNo one was arrested.",
            ["Hollis Park"],
        ),
    ],
)
def test_a_headlines_place_stands_as_far_as_the_story_names_it(
    text: str, keys: list[str]
) -> None:
    assert [p.key for p in find_places(text)] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a surname alone after "of" or "from", which the text makes a person's elsewhere
        ("We heard from Okafor on Monday. Okafor, 41, was shot in Dunmore.", ["Dunmore"]),
        (
            "Friends mourned the loss of Delacroix in Avondale. Delacroix, a mother of five, "
            "was 38.",
            ["Avondale"],
        ),
        # ... but not where only its own words make it one
        ("Sen. Ann Ruiz of Vermont said the bill would pass.", ["Vermont"]),
        # a title's part and a web page's words are no places
        ("said Chief of Staff Dana Orr of the police.", []),
        ("Teen hurt in shooting 1 / 4 Back to Gallery", []),
        ("2 dead in shooting in Marlow Posted: Tuesday, May 26", ["Marlow"]),
        # a military operation's name
        ("Troops of Operation Safe Haven on Wednesday rescued 26 of the students.", []),
    ],
)
def test_a_persons_surname_or_a_pages_word_is_no_place(text: str, keys: list[str]) -> None:
    assert [p.key for p in find_places(text)] == keys


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # a clause that says where it was not names no place of the count
        ("Floods killed 14 people across the region, but none in Tarvik.", "killed people"),
        ("Nine people were injured in the storm, though not in Kessa itself.",
         "wounded people"),
        # (a place before such a clause still is)
        ("Twelve people were killed in Marlow, though none in Kessa.", "killed people in Marlow"),
    ],
)
def test_a_place_said_to_have_none_is_not_the_counts(text: str, topic: str) -> None:
    report = compare([Document("a", text)])
    assert [c.topic for c in report.claims if c.check == "HC101"] == [topic]


def test_a_clause_that_also_killed_elsewhere_keeps_its_place_to_itself() -> None:
    text = "Marundi lost 500 people in the 2010 quake, which also killed 20 in Kessany."
    report = compare([Document("a", text)])
    places = {c.text: c.place for c in report.claims if c.check == "HC101"}
    assert places == {"lost 500 people": None, "killed 20": "Kessany"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A car ploughed through Velden's Christmas market on Saturday.", "Velden"),
        ("Shots rang out at Orunburg's Pride parade.", "Orunburg"),
        # (a part of a city, capitalised, stays the part's own)
        ("Nine people were shot in Dayton's Oregon District.", "Dayton's Oregon District"),
    ],
)
def test_an_occasion_a_place_holds_is_the_places(text: str, name: str) -> None:
    assert [p.name for p in find_places(text)] == [name]


def test_a_possessive_pronoun_before_a_place_type_names_no_place() -> None:
    text = ("A car hit a market in the German city of Bielefeld on Friday. \u201cOur city is in"
            " shock,\u201d the mayor said. The city of some 340,000 people lies about 100"
            " kilometres east of Dortmund.")  # fmt: skip
    places = {c.place for c in compare([Document("a", text)]).claims if c.kind == "population"}
    assert places == {"Bielefeld"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a people's word opens a few places' names
        ("Wildfires burned across British Columbia on Monday.", ["British Columbia"]),
        # (but no other: a people's army is no place)
        ("Troops of the Syrian Army entered the town on Monday.", []),
    ],
)
def test_a_people_s_word_opens_few_places(text: str, keys: list[str]) -> None:
    assert [m.key for m in find_places(text)] == keys
