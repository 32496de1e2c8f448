"""The comparator on counts: what is the whole, what is a part, what is only worth a look.

Sentences written for these tests. Each test pairs two articles on one incident and checks the
worst verdict the comparator gives their counts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from _claims import count_claim

from homscheck import Document, Verdict, compare, extract
from homscheck.compare import compare_claims
from homscheck.model import Claim, DateRange, Drift, Quantity, Report
from homscheck.scope import count_scope


def worst(a: str, b: str) -> Verdict:
    """The most severe verdict on the counts of two one-sentence articles (agree when their
    counts are not even compared)."""
    report = compare([Document("a", a), Document("b", b)])
    counts = [f for f in report.findings if f.kind in ("casualties", "quantity")]
    return max((f.verdict for f in counts), key=lambda v: v.severity, default=Verdict.AGREE)


def count(
    text: str, sentence: str, value: float, subject: str = "people", measure: str = "killed"
) -> Claim:
    return count_claim(
        "a", Quantity.exact(value), text=text, start=sentence.index(text), subject=subject,
        measure=measure, context=sentence,
    )  # fmt: skip


def test_others_after_the_dead_are_all_the_wounded() -> None:
    # the guard was killed: the three others are every one wounded, not some of them
    assert (
        worst(
            "The gunman killed a guard and wounded three others in Dayton.",
            "Eleven people were wounded in the shooting in Dayton.",
        )
        == Verdict.CONFLICT
    )


def test_two_totals_that_differ_conflict() -> None:
    assert (
        worst(
            "Four people were wounded in the shooting in Dayton.",
            "Two people were wounded in the shooting in Dayton.",
        )
        == Verdict.CONFLICT
    )


def test_parts_with_their_own_subject_are_compared_as_they_are() -> None:
    assert (
        worst(
            "Seven other people were injured in the shooting in Dayton.",
            "Six other people were injured in the shooting in Dayton.",
        )
        == Verdict.CONFLICT
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a qualified count is a part of the whole: at least that many
        (
            "One person was critically wounded in the shooting in Dayton.",
            "Four people were wounded in the shooting in Dayton.",
        ),
        (
            "The gunman wounded a guard and then shot three others in Dayton.",
            "Eleven people were wounded in the shooting in Dayton.",
        ),
        # one item of a list, or of "including"
        (
            "The gunman wounded six people in Dayton, including two bystanders.",
            "The gunman wounded six people in Dayton.",
        ),
        (
            "Police said a 16-year-old and two children were shot in Dayton.",
            "Three boys were shot in Dayton.",
        ),
        # one of a pair, and the sentence that opens on one victim
        (
            "One teenager was shot in the foot and the other in the leg in Dayton.",
            "Two teenagers were shot in Dayton.",
        ),
        # a zero about a part of the scene
        (
            "No one was injured inside the store in Dayton.",
            "Five people were injured in the shooting in Dayton.",
        ),
        # a step of a told sequence
        (
            "Afterwards, he drove to a house in Dayton and shot three students, killing two.",
            "The gunman killed six people in Dayton.",
        ),
        # a count of an earlier occasion
        (
            "The shooting comes a year after nine people were shot in Dayton.",
            "Thirteen people were shot in Dayton.",
        ),
        # a running total over a long period is no count of the incident
        (
            "So far this year, 150 people have been killed in Dayton.",
            "Seven people were killed in Dayton.",
        ),
    ],
)
def test_a_part_is_no_conflict_with_the_whole(a: str, b: str) -> None:
    assert worst(a, b) != Verdict.CONFLICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a vague amount against a figure
        (
            "Several people were wounded in the shooting in Dayton.",
            "Twelve people were wounded in the shooting in Dayton.",
        ),
        # the hospitalized may include a victim who died
        (
            "Three people were hospitalized after the shooting in Dayton.",
            "Two people were injured in the shooting in Dayton.",
        ),
        # a count that takes in the gunman
        (
            "The shooting in Dayton left seven people dead, including the gunman.",
            "The gunman killed six people in Dayton.",
        ),
        # counts of shots are estimates
        (
            "Twelve shots were fired in Dayton.",
            "Thirty shots were fired in Dayton.",
        ),
        # a plain zero
        (
            "Nobody was injured.",
            "Five people were injured in the shooting in Dayton.",
        ),
    ],
)
def test_worth_a_look_but_no_conflict(a: str, b: str) -> None:
    assert worst(a, b) == Verdict.TENSION


@pytest.mark.parametrize(
    ("text", "sentence", "value", "scope"),
    [
        ("3 dead", "3 dead, 26 wounded in weekend Dayton shootings", 3, "tally"),
        ("Two people were killed", "Two people were killed in the shooting in Dayton.", 2, "whole"),
        ("1 dead", "1 dead, 4 hurt in Dayton shooting", 1, "whole"),
        ("1 teen shot", "Police: 2 children, 1 teen shot in Dayton", 1, "part"),
        ("one person was killed", "Police said one person was killed.", 1, "whole"),
        ("an officer had died", "Police said an officer had died at the hospital.", 1, "part"),
        (
            "shooting death of Jane Roe",
            "Police made an arrest in the shooting death of Jane Roe.",
            1,
            "part",
        ),
        ("One man was shot", "One man was shot several times and died at the scene.", 1, "part"),
        ("three people shot", "The names of three people shot were released.", 3, "part"),
        ("No one was hurt", "No one was hurt.", 0, "zero"),
        ("no one was hurt", "Officers fired back, and no one was hurt by the shots.", 0, "part"),
        # (a count of the dead: "fatally" says just what it counts)
        ("one victim fatally wounded", "There was one victim fatally wounded.", 1, "whole"),
        # the dead themselves, all of them
        ("five officers who died", "He was among five officers who died in the ambush.", 5,
         "whole"),
        (
            "four people were killed",
            "Police said four people were killed and another was killed fleeing.",
            4,
            "part",
        ),
        ("six people injured", "It left six people injured by gunfire.", 6, "part"),
        (
            "killed 12 people",
            "Two years before that, a man killed 12 people at a school in another state.",
            12,
            "elsewhen",
        ),
        (
            "three others wounded",
            "About a week ago, a man was shot dead and three others wounded outside a bar.",
            3,
            "elsewhen",
        ),
        ("two were killed", "Last year, two were killed at the same corner.", 2, "elsewhen"),
        (
            "wounded 26 people",
            "From Friday through Sunday, gunfire wounded 26 people across the city.",
            26,
            "tally",
        ),
        ("8 Injured", "Violent Night In Springfield Leaves 2 Dead, 8 Injured", 8, "tally"),
        ("a person had been shot", "The caller said a person had been shot.", 1, "part"),
        ("two dead", "Police found the two dead inside the car.", 2, "part"),
        ("Two people were found dead", "Two people were found dead inside the car.", 2, "whole"),
        (
            "three men died",
            "Police said three men died at the scene and a fourth at a hospital.",
            3,
            "part",
        ),
        (
            "A 30-year-old man was shot",
            "Two other men were shot nearby.A 30-year-old man was shot in the leg.",
            1,
            "part",
        ),
        (
            "Two people were killed",
            "Two people were killed, two weeks after the mayor took office.",
            2,
            "whole",
        ),
        (
            "killed four people",
            "Police said the man killed four people a few hours before he was arrested.",
            4,
            "whole",
        ),
        (
            "two daughters died",
            "A farmer, his wife and their two daughters died in the fire.",
            2,
            "part",
        ),
        # more of those told of: "also", "two of his children"
        ("fatally shot two", "The man also fatally shot two of his neighbours.", 2, "part"),
        # one more of another measure: "another was hurt" adds no one to the dead
        ("Two people died", "Two people died and another was hurt in the crash.", 2, "whole"),
        ("killed three", "The gunman killed three of his coworkers.", 3, "part"),
    ],
)
def test_scope_of_a_count(text: str, sentence: str, value: float, scope: str) -> None:
    assert count_scope(count(text, sentence, value)) == scope


def test_the_hurt_of_whom_one_has_died_are_counted_before() -> None:
    # the five were hurt before one died: not the hurt now
    sentence = "One of five people hurt in the shooting has died."
    assert count_scope(count("five people hurt", sentence, 5, measure="wounded")) == "other"


# -- what happened to a named person ------------------------------------------------------------


def status_finding(a: str, b: str) -> Verdict | None:
    report = compare([Document("a", a), Document("b", b)])
    found = [f for f in report.findings if f.topic.startswith("status of")]
    return found[0].verdict if found else None


def test_killed_against_injured_is_worth_a_look() -> None:
    assert (
        status_finding(
            "Police said Marcus Bell, 31, was critically wounded in the shooting.",
            "Marcus Bell, 31, died at the hospital on Sunday, police said.",
        )
        == Verdict.TENSION
    )


def test_unharmed_against_injured_cannot_both_be_true() -> None:
    assert (
        status_finding(
            "Marcus Bell, 31, was not hurt in the shooting.",
            "Marcus Bell, 31, was wounded in the shooting.",
        )
        == Verdict.CONFLICT
    )


def test_one_status_in_two_articles_agrees() -> None:
    assert (
        status_finding(
            "Marcus Bell, 31, was killed in the shooting.",
            "Marcus Bell, 31, was pronounced dead at the scene.",
        )
        == Verdict.AGREE
    )


@pytest.mark.parametrize(
    "roundup",
    [
        # a round-up of several shootings, by its title: a count naming no place may be any one's
        "9 dead, 30 wounded in weekend shootings across Springfield\n\n"
        "Four people were found dead inside a home.",
        "One dead, 6 hurt during mayhem across Springfield\n\n"
        "Six people were hurt in four separate shootings on Sunday.\n\n"
        "Four people were found dead inside a home.",
    ],
)
def test_a_round_up_is_not_compared_where_it_names_no_place(roundup: str) -> None:
    report = compare(
        [
            Document("a", roundup, published=date(2016, 12, 4)),
            Document("b", "Two people were found dead inside a home.", published=date(2016, 12, 4)),
        ]
    )
    assert not [f for f in report.findings if f.verdict == Verdict.CONFLICT]


@pytest.mark.parametrize(
    "title",
    [
        "Earthquake leaves 28 dead across Huaylas province",
        "Floods kill 16 across Kerala as rivers burst their banks",
        "Cyclone kills 28 across Odisha",
    ],
)
def test_one_disasters_toll_across_a_region_is_compared(title: str) -> None:
    a = f"{title}\n\nThe disaster killed 28 people, officials said."
    b = "The disaster killed 21 people, officials said."
    day = date(2025, 3, 10)
    report = compare([Document("a", a, published=day), Document("b", b, published=day)])
    assert Verdict.CONFLICT in [f.verdict for f in report.findings if f.kind == "casualties"]


def test_counts_dated_to_two_days_leave_the_undated_one_uncompared() -> None:
    text = (
        "Police report on the weekend\n\n"
        "Two people were killed on Friday, Dec. 2, 2016, outside a store. "
        "Four people were killed on Saturday, Dec. 3, 2016, at a party. "
        "Four people were found dead inside a home."
    )
    report = compare([Document("a", text, published=date(2016, 12, 4))])
    comparable = {c.text: c.comparable for c in report.claims if c.kind == "casualties"}
    assert comparable == {
        "Two people were killed": True,
        "Four people were killed": True,
        "Four people were found dead": False,
    }


@pytest.mark.parametrize(
    "title",
    ["Four dead in house on Elm Street", "Springfield shootings claim a fourth victim"],
)
def test_a_single_story_is_compared(title: str) -> None:
    report = compare(
        [
            Document(
                "a",
                f"{title}\n\nFour people were found dead inside a home.",
                published=date(2016, 12, 4),
            ),
            Document("b", "Two people were found dead inside a home.", published=date(2016, 12, 4)),
        ]
    )
    assert [f for f in report.findings if f.verdict == Verdict.CONFLICT]


@pytest.mark.parametrize(
    ("text", "sentence", "scope"),
    [
        ("4 Shot", "4 Shot, 1 Killed During Argument On Elm Street", "part"),
        # ("1 fatally" is one of the 16 shot)
        ("16 shot", "16 shot, 1 fatally, at a nightclub", "whole"),
        ("4 shot", "4 shot at a party on Elm Street", "whole"),
    ],
)
def test_the_shot_before_the_dead(text: str, sentence: str, scope: str) -> None:
    assert count_scope(count(text, sentence, 4, measure="shot")) == scope


def test_a_count_followed_by_more_victims_of_the_attacker_is_a_part() -> None:
    assert (
        worst(
            "All three were dead when deputies arrived in Dayton.",
            "Deputies said he fatally shot his uncle and his cousin before killing a neighbor "
            "in Dayton.",
        )
        != Verdict.CONFLICT
    )


def _quantity_verdicts(a: str, b: str, published: date | None = None) -> list[Verdict]:
    source = "metadata" if published else None
    docs = [Document(i, text, i, published, source) for i, text in (("a", a), ("b", b))]
    report = compare(docs)
    return [f.verdict for f in report.findings if f.kind == "quantity"]


def test_sums_in_two_currencies_are_not_compared() -> None:
    euros = "The jets have a catalogue value of 1.78 billion euros."
    assert _quantity_verdicts(euros, "The jets have a catalogue value of $3.5 billion.") == []
    assert _quantity_verdicts(
        "The jets have a catalogue value of $2.5 billion.",
        "The jets have a catalogue value of $3.5 billion.",
    ) == [Verdict.CONFLICT]


def test_figures_for_two_calendar_periods_are_not_compared() -> None:
    quarter = "In the first quarter of 2008, the company posted a loss of $381 million."
    year = "In 2008, the company posted a loss of $15 billion."
    same_quarter = "In the first quarter of 2008, the company posted a loss of $400 million."
    assert _quantity_verdicts(quarter, year, date(2009, 5, 1)) == []
    assert _quantity_verdicts(quarter, same_quarter, date(2009, 5, 1)) == [Verdict.CONFLICT]


def test_a_toll_that_rose_in_a_later_report_is_an_update() -> None:
    """ "The death toll rose to 19" written a day after "12 killed": worth a look, no conflict;
    a lower figure said to have risen, or the rise told in the earlier article, still are."""
    early = Document(
        "a", "Shelling killed 12 people in Douma on Monday.", published=date(2018, 4, 3)
    )
    late = Document(
        "b", "The death toll from the shelling of Douma on Monday rose to 19, medics said.",
        published=date(2018, 4, 4),
    )  # fmt: skip
    verdicts = [f.verdict for f in compare([early, late]).findings if f.kind == "casualties"]
    assert verdicts == [Verdict.TENSION]
    swapped = [
        replace(early, published=date(2018, 4, 5)),
        replace(late, published=date(2018, 4, 3)),
    ]
    verdicts = [f.verdict for f in compare(swapped).findings if f.kind == "casualties"]
    assert verdicts == [Verdict.CONFLICT]


def test_a_country_and_the_one_place_named_in_it_are_one_place() -> None:
    # a headline names the country, a body the town: one event
    assert (
        worst(
            "A bus crash in Peru killed 24 people on Tuesday.",
            "Thirty people were killed in a bus crash near Arequipa on Tuesday.",
        )
        == Verdict.CONFLICT
    )


def test_a_neighbouring_country_holds_none_of_the_places_named() -> None:
    # another country's toll, told as a neighbour's, is no toll of the story's province
    day = date(2026, 3, 10)
    report = compare(
        [Document("a", "So far this year, the rains have killed 12 people in Antioquia.", "a",
                  day, "metadata"),
         Document("b", "The rains have killed 56 people across the country, while in "
                  "neighboring Peru floods have killed 19 people so far this year.", "b", day,
                  "metadata")]
    )  # fmt: skip
    assert [f for f in report.findings if f.verdict != Verdict.AGREE] == []


def test_a_toll_including_the_gunman_may_count_him() -> None:
    report = compare(
        [Document("a", "Six people, including the gunman, are dead after the shooting."),
         Document("b", "The gunman killed five people at the supermarket.")]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.topic == "killed people"] == [
        Verdict.TENSION
    ]


def test_a_toll_including_the_gunman_counts_one_victim_fewer() -> None:
    # 5 victims dead and 3 hurt against 5 dead and 4 hurt: not the same victims in all
    report = compare(
        [Document("a", "Six people, including the gunman, are dead and three others were "
                  "wounded in the shooting."),
         Document("b", "The gunman killed five people. Four other people were wounded.")]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.topic.startswith("wounded")] == [
        Verdict.CONFLICT
    ]


def test_two_earlier_counts_with_no_place_or_time_are_not_compared() -> None:
    # an early figure of the story, and another shooting's, both of another occasion
    assert (
        worst(
            "Police initially said four people had been killed at the store.",
            "It was the worst since a shooting that left nine dead, officials said earlier.",
        )
        == Verdict.AGREE
    )


def test_a_count_of_two_weeks_ago_is_of_another_occasion() -> None:
    day = date(2026, 3, 10)
    report = compare(
        [Document("a", "A seven-storey building collapsed on Sunday.", "a", day, "metadata"),
         Document("b", "A seven-storey building collapsed on Sunday. Two weeks ago, a "
                  "two-storey building in Yaba caved in.", "b", day, "metadata")]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.kind == "storeys"] == [Verdict.AGREE]


def test_a_states_population_is_no_countys_in_it() -> None:
    # three places, one told inside another: each population is its own place's
    report = compare(
        [Document("a", "A fire tore through Northern California's Butte County. Butte County, "
                  "home to about 211,000 people, was hit. Cedar Flat, population 8,400, burned. "
                  "It is the deadliest fire in California this year."),
         Document("b", "Cedar Flat, a town of about 8,000 people, burned. California has about "
                  "39 million residents.")]
    )  # fmt: skip
    assert {f.verdict for f in report.findings if f.kind == "population"} == {Verdict.AGREE}


def test_a_toll_ranked_among_the_deadliest_accidents_is_one_events() -> None:
    # "in one of the deadliest accidents in a decade" ranks the event: no running total
    day = date(2026, 9, 29)
    report = compare(
        [Document("a", "An avalanche buried tents on Mount Manaslu early on Tuesday, killing "
                  "five people, in one of the deadliest accidents on the mountain in more than "
                  "a decade.", "a", day, "metadata"),
         Document("c", "Seven people died in the avalanche on Mount Manaslu on Tuesday.", "c",
                  day, "metadata")]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.kind == "casualties"] == [Verdict.CONFLICT]


def test_two_countries_are_two_places() -> None:
    assert (
        worst(
            "A bus crash in Peru killed 24 people on Tuesday.",
            "A bus crash in Chile killed 30 people on Tuesday.",
        )
        == Verdict.AGREE
    )


def test_a_count_that_grows_is_higher_in_a_later_report() -> None:
    # the evacuated on Monday, more of them by Tuesday: an update worth a look
    monday = "Published: June 3, 2024\n\nAbout 4,500 people were evacuated from Ashford."
    tuesday = "Published: June 4, 2024\n\nSome 6,000 people were evacuated from Ashford."
    report = compare([Document("a", monday), Document("b", tuesday)])
    assert [f.verdict for f in report.findings if f.kind == "displacement"] == [Verdict.TENSION]
    # fewer in the later report is still a conflict; so is a toll (no "rose to")
    report = compare([Document("a", tuesday), Document("b", monday.replace("June 3", "June 5"))])
    assert [f.verdict for f in report.findings if f.kind == "displacement"] == [Verdict.CONFLICT]


@pytest.mark.parametrize(
    ("drift", "later_lower", "expected"),
    [
        (None, False, Verdict.CONFLICT),
        (Drift.grows(), False, Verdict.TENSION),  # more in a later report: an update
        (Drift.grows(), True, Verdict.CONFLICT),  # ... but not fewer
        (Drift.changes("goes up and down"), True, Verdict.TENSION),
        (Drift.estimated("each counts its own way"), True, Verdict.TENSION),
    ],
)
def test_compare_reads_a_figure_s_drift_from_the_claim_whatever_its_kind(
    drift: Drift | None, later_lower: bool, expected: Verdict
) -> None:
    # a kind the comparator has never heard of: what its rule declares is all it goes by
    def claim(document: str, value: float) -> Claim:
        return count_claim(
            document, Quantity.exact(value), kind="beehives", measure="hives", drift=drift
        )

    early, late = (claim("a", 40), claim("b", 30 if later_lower else 50))
    epochs = {"a": DateRange(date(2024, 6, 3), date(2024, 6, 3)),
              "b": DateRange(date(2024, 6, 5), date(2024, 6, 5))}  # fmt: skip
    findings = compare_claims([early, late], epochs)
    assert [f.verdict for f in findings] == [expected]
    if expected is Verdict.TENSION:
        assert drift is not None and drift.why in findings[0].message


def verdicts_on(report: Report, measure: str) -> list[Verdict]:
    return [f.verdict for f in report.findings if f.claims[0].measure == measure]


def test_an_outbreaks_infected_grow_from_one_report_to_the_next() -> None:
    monday = "Published: June 3, 2024\n\nThe outbreak has infected 340 people in Ashford."
    friday = "Published: June 7, 2024\n\nThe outbreak has infected 520 people in Ashford."
    report = compare([Document("a", monday), Document("b", friday)])
    assert verdicts_on(report, "infected") == [Verdict.TENSION]
    # on one day the figures disagree
    same_day = friday.replace("June 7", "June 3")
    report = compare([Document("a", monday), Document("b", same_day)])
    assert verdicts_on(report, "infected") == [Verdict.CONFLICT]


def test_a_large_toll_higher_a_day_later_is_an_update() -> None:
    saturday = "Published: March 14, 2026\n\nThe quake in Varda injured 640 people, officials said."
    sunday = "Published: March 15, 2026\n\nThe quake in Varda injured 910 people, officials said."
    report = compare([Document("a", saturday), Document("b", sunday)])
    assert verdicts_on(report, "wounded") == [Verdict.TENSION]
    # ... not a later report's lower figure, nor one of the same day
    for later in (sunday.replace("910", "420"), sunday.replace("March 15", "March 14")):
        report = compare([Document("a", saturday), Document("b", later)])
        assert verdicts_on(report, "wounded") == [Verdict.CONFLICT]
    # ... nor a shooting's few wounded: each report counts them all
    few = [Document("a", saturday.replace("640", "4")), Document("b", sunday.replace("910", "5"))]
    assert verdicts_on(compare(few), "wounded") == [Verdict.CONFLICT]


def test_the_missing_change_either_way_from_one_day_to_the_next() -> None:
    monday = "Published: June 3, 2024\n\nSeventeen people are still missing in Ashford."
    tuesday = "Published: June 4, 2024\n\nNine people are still missing in Ashford."
    report = compare([Document("a", monday), Document("b", tuesday)])
    assert verdicts_on(report, "missing") == [Verdict.TENSION]


def test_a_candidates_share_of_the_vote_is_compared_across_spellings() -> None:
    a = "Published: May 11, 2026\n\nIn the election Mila Horvat took 38.1 percent of the vote."
    b = "Published: May 11, 2026\n\nIn the election Mila Horvath won 38.5% of the vote."
    report = compare([Document("a", a), Document("b", b)])
    assert verdicts_on(report, "vote share") == [Verdict.CONFLICT]
    # another candidate's share is another figure
    c = "Published: May 11, 2026\n\nIn the election Anton Varga won 58.3% of the vote."
    report = compare([Document("a", a), Document("c", c)])
    assert verdicts_on(report, "vote share") == []


def test_results_a_day_later_count_more_ballots() -> None:
    a = "Published: May 11, 2026\n\nIn the election Mila Horvat took 38.1 percent of the vote."
    b = "Published: May 12, 2026\n\nIn the election Mila Horvat won 39.4% of the vote."
    report = compare([Document("a", a), Document("b", b)])
    assert verdicts_on(report, "vote share") == [Verdict.TENSION]


def test_a_share_in_whole_percent_agrees_with_the_share_it_rounds() -> None:
    a = "Published: May 11, 2026\n\nIn the election Anton Varga won 58% of the vote."
    b = "Published: May 11, 2026\n\nIn the election Anton Varga won 58.3 percent of the vote."
    report = compare([Document("a", a), Document("b", b)])
    assert verdicts_on(report, "vote share") == [Verdict.AGREE]


def test_a_toll_that_may_take_in_the_dead_attacker_is_worth_a_look() -> None:
    # one article counts the gunman among the dead, the other his victims only
    a = (
        "Published: May 4, 2016\n\nThree people were found dead in Elm Grove, police said. "
        "The gunman shot his wife and her mother before turning the gun on himself."
    )
    b = "Published: May 4, 2016\n\nTwo people were killed in Elm Grove, police said."
    report = compare([Document("a", a), Document("b", b)])
    assert verdicts_on(report, "killed") == [Verdict.TENSION]
    # with no dead attacker in either article, the same figures conflict
    a_alive = a.replace("before turning the gun on himself", "and fled")
    report = compare([Document("a", a_alive), Document("b", b)])
    assert verdicts_on(report, "killed") == [Verdict.CONFLICT]
    # ... as do figures further apart than the attackers who died
    b_five = b.replace("Two people", "Five people")
    report = compare([Document("a", a), Document("b", b_five)])
    assert Verdict.CONFLICT in verdicts_on(report, "killed")


# -- places one inside the other ---------------------------------------------------------------


def test_a_district_the_sentence_puts_in_its_city_is_compared_with_the_city() -> None:
    assert (
        worst(
            "Nine people were killed when a tower collapsed in the Ikoyi district of Lagos.",
            "Twelve people were killed when the tower collapsed in Ikoyi on Monday.",
        )
        == Verdict.CONFLICT
    )


@pytest.mark.parametrize(
    "told_inside",
    [
        "in Ghana's Volta region",
        "in Ghana's eastern Volta region",
        "in Ghana's south-eastern region of Volta",
    ],
)
def test_a_region_told_as_its_countrys_possession_is_compared_with_the_country(
    told_inside: str,
) -> None:
    a = f"A cyclone made landfall {told_inside} on Sunday, destroying homes."
    b = "A cyclone made landfall in Ghana on Saturday, officials said."
    c = "The cyclone hit Accra, Ghana on Sunday, flattening homes."
    report = compare([Document(n, t, published=date(2025, 3, 10))
                      for n, t in (("a", a), ("b", b), ("c", c))])
    dates = [f for f in report.findings if f.kind == "event-date"]
    # (two days named, a day apart: they cannot both be the landfall's)
    assert [f.verdict for f in dates if f.verdict != Verdict.AGREE] == [Verdict.CONFLICT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana's President Mahama toured Volta on Sunday.",  # a title, not a region
        "Ghana's army and Volta's police met on Sunday.",
        "Ghana's storm season reached Volta on Sunday.",
    ],
)
def test_a_countrys_possession_that_is_no_place_nests_nothing(sentence: str) -> None:
    from homscheck.compare import _puts_inside

    assert not _puts_inside(sentence, "Volta", "Ghana")


def test_a_place_in_the_city_of_another_is_compared_with_it() -> None:
    assert (
        worst(
            "Nine people were killed when a stand collapsed at Kafue Park in the Zambian city "
            "of Kitwe.",
            "Twelve people were killed when a stand collapsed in Kitwe.",
        )
        == Verdict.CONFLICT
    )


@pytest.mark.parametrize("venue", ["nightclub", "restaurant", "market"])
def test_a_venue_told_with_its_kind_in_a_city_is_compared_with_the_city(venue: str) -> None:
    assert (
        worst(
            f"The owner of the Blue Lantern {venue} in Pordenova, where a fire killed 12 "
            "people, was charged on Monday.",
            "Nine people were killed in the fire at Blue Lantern on Saturday.",
        )
        == Verdict.CONFLICT
    )


def test_two_places_no_sentence_puts_one_in_the_other_are_not_compared() -> None:
    assert (
        worst(
            "Nine people were killed when a tower collapsed in Lagos.",
            "Twelve people were killed when a tower collapsed in Abuja.",
        )
        == Verdict.AGREE  # not even compared
    )


def test_a_count_of_an_earlier_occasion_is_not_compared_with_this_one() -> None:
    report = compare(
        [
            Document("a", "The collapse comes two years after 14 people were killed in Dayton."),
            Document("b", "Thirty people were killed when the stand collapsed in Dayton."),
        ]
    )
    assert not [f for f in report.findings if f.kind == "casualties"]


def test_a_figure_at_the_bound_of_a_hedge_is_worth_a_look_not_a_conflict() -> None:
    assert (
        worst(
            "Almost 600 people were killed in the floods in Dayton.",
            "600 people were killed in the floods in Dayton.",
        )
        == Verdict.TENSION
    )


def test_a_crowd_crush_is_dated_alike_wherever_it_is_placed() -> None:
    report = compare(
        [
            Document("a", "The stampede happened in Dayton on Friday.", published=date(2025, 3, 9)),
            Document("b", "The stampede began on Saturday.", published=date(2025, 3, 9)),
        ]
    )
    dates = [f for f in report.findings if f.kind == "event-date"]
    assert [f.verdict for f in dates] == [Verdict.CONFLICT]  # (two days named, a day apart)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # a fourth victim dead: the toll rose
        (
            Document("a", "Three siblings died when fire tore through their home in Elm Park "
                     "on Sunday.", published=date(2025, 3, 10)),
            Document("b", "A fourth child has died from injuries suffered in Sunday's fire in "
                     "Elm Park, raising the death toll to four.", published=date(2025, 3, 12)),
        ),
        # a toll now higher in a later report: an update
        (
            Document("a", "Nine people were killed when fire swept through the ferry near "
                     "Port Ilaga on Sunday.", published=date(2025, 3, 9)),
            Document("b", "Eleven people are now confirmed dead after the ferry fire near Port "
                     "Ilaga.", published=date(2025, 3, 11)),
        ),
    ],
)
def test_a_toll_told_as_risen_in_a_later_report_is_an_update(
    earlier: Document, later: Document
) -> None:
    report = compare([earlier, later])
    verdicts = {f.verdict for f in report.findings if f.kind == "casualties"}
    assert verdicts == {Verdict.TENSION}


def _event_date_verdicts(a: str, b: str, published: date = date(2025, 3, 9)) -> list[Verdict]:
    report = compare(
        [Document("a", a, published=published), Document("b", b, published=published)]
    )
    return [f.verdict for f in report.findings if f.kind == "event-date"]


def test_an_event_of_the_days_before_the_articles_is_theirs_wherever_unplaced() -> None:
    # no place on either side: in the week before the articles, one event told a day apart
    assert _event_date_verdicts(
        "The helicopter crashed on Wednesday morning during a training flight.",
        "The helicopter crashed on Thursday, officials said.",
    ) == [Verdict.CONFLICT]  # (two days named, a day apart)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # days apart: as likely two crashes as one told two ways
        ("The helicopter crashed on Monday morning.", "The helicopter crashed on Thursday."),
        # long before the articles: an earlier crash the story recalls
        ("A helicopter crashed on January 4 near the base.",
         "A helicopter crashed on January 5 in the hills."),
    ],
)
def test_unplaced_events_days_apart_or_long_before_are_not_compared(a: str, b: str) -> None:
    assert _event_date_verdicts(a, b) == []


# -- one person's name written two ways -----------------------------------------------------------


def _name_verdicts(a: str, b: str) -> set[Verdict]:
    report = compare([Document("a", a), Document("b", b)])
    return {f.verdict for f in report.findings if f.kind in ("person", "official")}


def test_a_given_name_spelled_two_ways_is_a_variant() -> None:
    assert _name_verdicts(
        "North Darfur governor Ahmed Hussein Adam said the town would be retaken.",
        "North Darfur governor Ahmed Hussain Adam said the army would return.",
    ) == {Verdict.VARIANT}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lavonte Pruitt, 22, was shot dead at the funeral.",
         "Lavonte Prewitt, 22, died at the scene."),
        ("Travis Dale Kimbrough, 31, was arrested on Friday.",
         "Travis Dale Kimbrow, 31, was arrested on Friday."),
    ],
)  # fmt: skip
def test_a_surname_written_by_ear_after_the_same_given_names_is_a_variant(a: str, b: str) -> None:
    assert Verdict.VARIANT in _name_verdicts(a, b)


def test_a_surname_written_by_ear_with_a_short_given_name_is_no_variant() -> None:
    # (too little to go by: "Jo" may be two people)
    assert Verdict.VARIANT not in _name_verdicts(
        "Jo Pruitt, 22, was shot dead at the funeral.", "Jo Prewitt, 22, died at the scene."
    )


def test_a_vice_governor_and_the_governor_are_two_offices() -> None:
    report = compare(
        [Document("a", "Vice-Governor Jose Kalunga visited the hospital in Moxico."),
         Document("b", "Governor Jose Kalunga visited the hospital in Moxico.")]
    )  # fmt: skip
    assert {f.verdict for f in report.findings if f.topic.startswith("title")} == {
        Verdict.CONFLICT
    }


def test_a_middle_name_a_letter_apart_is_a_variant() -> None:
    assert _name_verdicts(
        "Mandera Governor Mohamed Adan Khalif said the market would reopen.",
        "Mandera Governor Mohamed Aden Khalif said the town was grieving.",
    ) == {Verdict.VARIANT}


def test_a_longer_middle_name_two_letters_apart_is_a_variant() -> None:
    # (one Arabic letter written "s" and "th")
    assert _name_verdicts(
        "Police spokesman Abdirahman Osman Farah said nine civilians died.",
        "Police spokesman Abdirahman Othman Farah told reporters.",
    ) == {Verdict.VARIANT}


@pytest.mark.parametrize(
    ("b", "variant"),
    [
        # an umlaut written out is the same letter
        ("Mayor Joerg Haberland said the city was in mourning.", False),
        ("Mayor Jörg Haberlandt said the city was in mourning.", True),
    ],
)
def test_an_umlaut_written_out_is_no_variant(b: str, variant: bool) -> None:
    verdicts = _name_verdicts("Mayor Jörg Haberland said the festival would go on.", b)
    assert (Verdict.VARIANT in verdicts) == variant


def test_two_middle_names_apart_are_no_variant() -> None:
    assert Verdict.VARIANT not in _name_verdicts(
        "Mandera Governor Mohamed Adan Khalif said the market would reopen.",
        "Mandera Governor Mohamed Omar Khalif said the town was grieving.",
    )


def test_a_given_name_transliterated_two_ways_is_a_variant() -> None:
    # one name of another alphabet written "ks" or "x", "f" or "ph" in English
    assert _name_verdicts(
        "Interior Minister Aleksei Varga of Tarnia said the border was closed.",
        "Interior Minister Alexei Varga of Tarnia said the border would reopen.",
    ) == {Verdict.VARIANT}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Cyrillic's "zh" written "j" (and "-yev" written "-ev"), by another outlet
        ("Major General Ruslan Zhumabayev said the border post was retaken.",
         "Major General Ruslan Jumabaev said the border post had fallen."),
        # Urdu's long vowels written "ee" or "i", a consonant doubled
        ("Deputy Commissioner Farrukh Atiq said the mosque would reopen.",
         "Deputy Commissioner Farukh Ateeq said the mosque was sealed."),
    ],
)  # fmt: skip
def test_a_surname_transliterated_two_ways_is_a_variant(a: str, b: str) -> None:
    assert _name_verdicts(a, b) == {Verdict.VARIANT}


def test_a_given_name_spelled_the_latin_american_way_is_a_variant() -> None:
    # "Jhon" and "Yhon" are how many Colombians and Peruvians write John
    assert _name_verdicts(
        "Ortega mayor Yhon Fredy Salcedo said the road was cut.",
        "Ortega's mayor, John Fredy Salcedo, said the road would reopen.",
    ) == {Verdict.VARIANT}


def test_a_short_form_of_a_full_name_is_one_person_spelled_alike() -> None:
    report = compare(
        [Document("a", "Justice Minister Hervé Kabongo Nsimba condemned the attack."),
         Document("b", "The funeral was attended by Deputy Justice Minister Hervé Kabongo.")]
    )  # fmt: skip
    verdicts = {f.topic.split(" of ")[0]: f.verdict for f in report.findings}
    assert verdicts["title"] == Verdict.CONFLICT  # (a minister and his deputy)
    assert Verdict.VARIANT not in verdicts.values()


def test_two_surnames_alike_only_in_their_endings_are_two_people() -> None:
    assert Verdict.VARIANT not in _name_verdicts(
        "Police Chief Anna Jovic of Dayton said the road was shut.",
        "Police Chief Anna Jovanovic of Dayton said the road would reopen.",
    )


def test_a_short_form_of_a_given_name_is_no_variant() -> None:
    assert _name_verdicts(
        "Police Chief Josh Rowe of Dayton said the road was shut.",
        "Police Chief Joshua Rowe of Dayton said the road would reopen.",
    ) == {Verdict.AGREE}


def test_two_people_of_one_surname_are_no_variant() -> None:
    # the bare surname may join them; two given names far apart are no misspelling
    assert Verdict.VARIANT not in _name_verdicts(
        "Kevin Smith, 34, and Russell Smith, 36, were wounded, Smith said.",
        "Kevin Smith, 34, was wounded. Russell Smith, 36, was wounded too.",
    )


def test_residents_who_leave_their_homes_are_the_people_who_do() -> None:
    report = compare(
        [
            Document("a", "Authorities evacuated about 4,000 residents from Tarsova on Monday."),
            Document("b", "More than 9,000 people were evacuated from Tarsova on Monday."),
        ]
    )
    assert {f.verdict for f in report.findings if f.kind == "displacement"} == {
        Verdict.CONFLICT
    }


def test_civilians_killed_are_not_all_the_people_killed() -> None:
    assert (
        worst(
            "At least 40 civilians were killed in Tarsova on Monday.",
            "At least 90 people were killed in Tarsova on Monday.",
        )
        == Verdict.AGREE
    )


def test_two_people_a_bare_surname_joins_are_two_findings() -> None:
    report = compare(
        [
            Document("a", "Kevin Smith, 34, and Russell Smith, 36, were wounded, Smith said."),
            Document("b", "Kevin Smith, 34, was wounded. Russell Smith, 36, was wounded too."),
        ]
    )
    named = [f.message for f in report.findings if f.kind in ("person", "official")]
    assert any("“Kevin Smith”" in m and "Russell" not in m for m in named)
    assert any("“Russell Smith”" in m and "Kevin" not in m for m in named)


def test_one_persons_age_is_compared_whatever_the_spelling_of_their_name() -> None:
    def ages(a: str, b: str) -> list[Verdict]:
        report = compare([Document("a", a), Document("b", b)])
        return [f.verdict for f in report.findings if f.topic.startswith("age of")]

    assert ages(
        "The driver, Tomasz Wielgosz, 44, was arrested.",
        "The driver Tomasz Wielgos (51) was arrested on Friday.",
    ) == [Verdict.CONFLICT]
    # two people of one surname are not one person's two ages
    assert ages(
        "Marta Kowalczyk, 31, was treated in hospital.",
        "Piotr Kowalczyk, 58, was treated in hospital.",
    ) == []


@pytest.mark.parametrize(
    ("rising_on", "verdict"),
    [
        (date(2024, 5, 16), Verdict.TENSION),
        # written the other way round, the lower figure is the later one: a conflict
        (date(2024, 5, 18), Verdict.CONFLICT),
    ],
)
def test_a_toll_said_to_be_rising_and_a_higher_one_later_are_an_update(
    rising_on: date, verdict: Verdict
) -> None:
    report = compare(
        [
            Document("a", "The toll from the mine blast rose to 14 on Wednesday.",
                     published=rising_on),
            Document("b", "By Friday the final toll was 15 dead.", published=date(2024, 5, 17)),
        ]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.kind == "casualties"] == [verdict]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a round figure said "about" agrees with the figures that round to it
        ("About 2,300 people were injured in Tebra.", "In Tebra, 2,312 people were injured.",
         Verdict.AGREE),
        ("Nearly 4,000 homes were destroyed in Tebra.", "In Tebra, 3,870 homes were destroyed.",
         Verdict.AGREE),
        # ... and meets the others only within its approximation
        ("About 2,300 people were injured in Tebra.", "In Tebra, 2,410 people were injured.",
         Verdict.TENSION),
    ],
)  # fmt: skip
def test_a_round_figure_agrees_with_what_rounds_to_it(a: str, b: str, verdict: Verdict) -> None:
    assert worst(a, b) == verdict


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # a headline's figure that its own text says the toll rose to
        (("Twelve dead in Marlow prison riot\n\nTwelve inmates died in Marlow.", date(2025, 3, 10)),
         ("17 killed in Marlow prison riot\n\nThe toll from the riot in Marlow rose to 17 on "
          "Tuesday.", date(2025, 3, 11))),
        # "Eighth victim dies" two days after "six killed": the toll is eight now
        (("Six people were killed in the gas leak at Telde.", date(2024, 5, 25)),
         ("Eighth victim dies after Telde gas leak\n\nAn eighth person has died in hospital.",
          date(2024, 5, 27))),
        # a toll its article says rose, then a higher one on a later day
        (("Border death toll rises to 13\n\nOf the 13 dead, four were civilians.",
          date(2024, 5, 15)),
         ("The ministry says 15 people have died, including four civilians.", date(2024, 5, 17))),
    ],
)  # fmt: skip
def test_a_toll_told_as_rising_then_higher_later_is_an_update(
    earlier: tuple[str, date], later: tuple[str, date]
) -> None:
    report = compare([Document("a", earlier[0], published=earlier[1]),
                      Document("b", later[0], published=later[1])])  # fmt: skip
    killed = [f.verdict for f in report.findings if f.topic.startswith("killed")]
    assert killed == [Verdict.TENSION]


def test_lengths_in_hours_and_days_are_compared_in_days() -> None:
    def verdict(a: str, b: str) -> Verdict:
        report = compare([Document("a", a), Document("b", b)])
        lengths = [f for f in report.findings if f.kind == "duration"]
        return max((f.verdict for f in lengths), key=lambda v: v.severity, default=Verdict.AGREE)

    assert verdict(
        "The siege of two days ended on Monday.", "The siege of about 100 hours ended on Monday."
    ) == Verdict.CONFLICT
    assert verdict(
        "The siege of more than two days ended.", "The siege of about 60 hours ended."
    ) == Verdict.AGREE


def test_a_containment_told_on_one_day_changes_by_the_hour() -> None:
    report = compare(
        [
            Document("a", "The fire in Dayton was 12% contained on Monday morning."),
            Document("b", "The fire in Dayton was 20% contained on Monday evening."),
        ]
    )
    found = [f.verdict for f in report.findings if f.topic.startswith("containment")]
    assert found == [Verdict.TENSION]


def test_a_place_any_sentence_puts_inside_another_joins_it() -> None:
    # three places, a village in a town in a province, told so in the sentences of other claims
    report = compare(
        [
            Document("a", "Twelve people were killed in Qara. "
                          "Police said 40 shops in Qara in Dorvan were burned."),
            Document("b", "Fifteen people were killed in Dorvan. "
                          "Doctors said 2 hospitals in Dorvan in Lesk were full."),
            Document("c", "Eleven people were killed in Lesk."),
        ]
    )
    killed = [f.verdict for f in report.findings if f.topic.startswith("killed people")]
    assert killed == [Verdict.CONFLICT]


@pytest.mark.parametrize(
    ("one", "other", "verdict"),
    [
        # an office and its deputy, two ranks: cannot both be one person's
        ("Deputy Mayor Katrin Ostermann laid a wreath.", "Mayor Katrin Ostermann laid a wreath.",
         Verdict.CONFLICT),
        ("Captain Moussa Diallo led the patrol.", "Lieutenant Moussa Diallo led the patrol.",
         Verdict.CONFLICT),
        ("Brig. Gen. Kyaw Zin Htet surrendered.", "Major General Kyaw Zin Htet surrendered.",
         Verdict.CONFLICT),
        # a grade's short name: "General" for a major general
        ("General Kyaw Zin Htet surrendered.", "Major General Kyaw Zin Htet surrendered.", None),
        # two offices: one may be out of date
        ("Defence Minister Abdullahi Nur Farah spoke.", "Interior Minister Abdullahi Nur Farah "
         "spoke.", Verdict.TENSION),
        # a rank and an office, a portfolio and the bare "minister": both may be theirs
        ("Colonel Ryan Dillon, the spokesman, spoke.", "Spokesman Ryan Dillon spoke.", None),
        # an assistant chief is no chief
        ("Assistant Fire Chief Rick Albrecht spoke.", "Fire Chief Rick Albrecht spoke.",
         Verdict.CONFLICT),
        # a spokesperson is no agency's head
        ("The boat sank, said Zainab Musa Bello, spokeswoman for the agency.",
         "The agency's director-general, Zainab Musa Bello, said.", Verdict.TENSION),
        ("Health Minister Jane Okafor spoke.", "Minister Jane Okafor spoke.", None),
        # "the head of" an agency is its director; not its spokeswoman
        ("The head of the agency, Mariana Quintero, said the search went on.",
         "Mariana Quintero, director of the agency, said the search went on.", None),
        ("The head of the agency, Zainab Musa Bello, said the boat sank.",
         "Agency spokeswoman Zainab Musa Bello said the boat sank.", Verdict.TENSION),
        # a police officer by rank says too little to clash with a sergeant's stripes
        ("Officer Jake Morrow fired first.", "Sgt. Jake Morrow fired first.", None),
        # an office with what it is of, and without
        ("Provincial police commissioner Elias Banda spoke.", "Commissioner Elias Banda spoke.",
         None),
    ],
)  # fmt: skip
def test_one_person_given_titles_that_cannot_both_be_theirs(
    one: str, other: str, verdict: Verdict | None
) -> None:
    report = compare([Document("a", one), Document("b", other)])
    titles = [f.verdict for f in report.findings if f.topic.startswith("title of")]
    assert titles == ([verdict] if verdict else [])


def test_titles_are_not_compared_for_two_people_of_one_surname() -> None:
    report = compare(
        [Document("a", "Mayor Katrin Ostermann spoke."),
         Document("b", "Deputy Mayor Jonas Ostermann spoke.")]
    )  # fmt: skip
    assert not [f for f in report.findings if f.topic.startswith("title of")]


def test_an_events_length_in_hours_told_two_ways_is_a_conflict() -> None:
    report = compare(
        [
            Document("a", "Police said the siege of the Palm Hotel was over after about 14 hours."),
            Document("b", "Troops retook the Palm Hotel, ending a siege that lasted more than "
                     "18 hours."),
        ]
    )  # fmt: skip
    lengths = [f.verdict for f in report.findings if f.kind == "duration"]
    assert lengths == [Verdict.CONFLICT]


def test_a_rank_and_an_office_given_one_person_are_compared_apart() -> None:
    """ "the military prosecutor, Colonel Mwamba" and "the prosecutor, Major Mwamba": one
    office, two ranks."""
    report = compare(
        [
            Document("a", "The military prosecutor, Colonel Jean-Paul Mwamba, opened an inquiry."),
            Document("b", "The military prosecutor, Major Jean-Paul Mwamba, opened an inquiry."),
        ]
    )  # fmt: skip
    titles = [f.verdict for f in report.findings if f.topic.startswith("title of")]
    assert titles == [Verdict.CONFLICT]


def _held(one: str, other: str) -> list[Verdict]:
    """The verdicts on control of two articles a day apart."""
    report = compare(
        [Document("a", one, published=date(2024, 5, 14)),
         Document("b", other, published=date(2024, 5, 15))]
    )  # fmt: skip
    return [f.verdict for f in report.findings if f.kind == "control"]


def test_two_sides_said_to_hold_one_place_at_one_time_conflict() -> None:
    held = _held

    assert held(
        "Kalembe has been under the control of the army since 9 March 2024.",
        "Kalembe remains under the control of the militia, residents said.",
    ) == [Verdict.CONFLICT]
    assert held(
        "Kalembe has been under the control of the army since 9 March 2024.",
        "Kalembe is held by government troops, the governor said.",
    ) == [Verdict.AGREE]
    # who holds it now is no change of hands on a day
    assert held(
        "Kalembe remains under the control of the militia, residents said.",
        "Rebels seized Kalembe on Monday.",
    ) == []


def test_the_ages_of_a_person_not_named_are_a_tension_at_most() -> None:
    report = compare(
        [Document("a", "The driver, 38, survived the crash with burns."),
         Document("b", "The driver, a 45-year-old from Lokoja, was arrested.")]
    )  # fmt: skip
    ages = [f.verdict for f in report.findings if f.topic == "age of the driver"]
    assert ages == [Verdict.TENSION]


def test_a_countrys_population_is_no_towns_in_it() -> None:
    report = compare(
        [Document("a", "Kabo, a town of about 60,000 people, was emptied by the fighting."),
         Document("b", "The Central African Republic, a country of about 5.5 million people, "
                  "has seen Kabo emptied.")]
    )  # fmt: skip
    assert not [f for f in report.findings if f.kind == "population"]


@pytest.mark.parametrize(
    ("other", "verdicts"),
    [
        # a group by its name may be the rebels another report means
        ("The Tren del Norte has held Cucuta since 2019.", [Verdict.AGREE]),
        ("The army has held Cucuta since 2019.", [Verdict.CONFLICT]),
    ],
)
def test_rebels_and_a_group_by_its_name_may_be_one_side(
    other: str, verdicts: list[Verdict]
) -> None:
    report = compare([Document("a", "Rebels have held Cucuta since 2019."), Document("b", other)])
    assert [f.verdict for f in report.findings if f.kind == "control"] == verdicts


@pytest.mark.parametrize(
    ("other", "verdicts"),
    [
        # one place in Ukrainian's and in Russian's transliteration
        ("The village of Ivanovka lies about 20 km east of Kharkov.", [Verdict.CONFLICT]),
        # (two places as alike as written: a town and a village)
        ("The village of Ivanivske lies about 20 km east of Kharkiv.", []),
    ],
)
def test_a_place_written_from_two_languages_is_one(other: str, verdicts: list[Verdict]) -> None:
    report = compare(
        [Document("a", "The village of Ivanivka lies about 12 km east of Kharkiv."),
         Document("b", other)]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.kind == "distance"] == verdicts


@pytest.mark.parametrize(
    ("other", "verdicts"),
    [
        # a population with no time told is compared with a pre-war one
        ("Kabo, a town of about 60,000 people, was emptied by the fighting.", [Verdict.CONFLICT]),
        ("Kabo, with a pre-war population of about 60,000, was shelled.", [Verdict.CONFLICT]),
        # ... but not a current one with a pre-war one
        ("Kabo, with a current population of about 60,000, was shelled.", []),
    ],
)
def test_a_pre_war_population_is_compared_with_one_of_no_time(
    other: str, verdicts: list[Verdict]
) -> None:
    report = compare(
        [Document("a", "Before the war, Kabo was home to around 90,000 people."),
         Document("b", other)]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.kind == "population"] == verdicts


def test_a_growing_count_of_one_day_told_two_ways_conflicts() -> None:
    """A count that grows, told by a later article as of the same day: no update."""
    report = compare(
        [Document("a", "As of 13 June, 17,600 refugees had crossed into southern Chad.",
                  published=date(2024, 6, 14)),
         Document("b", "More than 24,000 refugees had crossed into southern Chad by Thursday, "
                  "June 13.", published=date(2024, 6, 16))]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.kind == "displacement"] == [Verdict.CONFLICT]


@pytest.mark.parametrize(
    "line",
    ["RELATED: Convoy drivers who risk everything (March 2)",
     "Read more: Three killed in earlier ambush near Sebnore on March 2",
     "SEE ALSO | Fire kills 12 at market on March 2"],
)  # fmt: skip
def test_a_pages_links_to_other_stories_say_nothing_of_this_one(line: str) -> None:
    text = f"Gunmen killed 9 soldiers near Sebnore on Sunday.\n\n{line}\n\nThe army said."
    report = compare([Document("a", text, published=date(2024, 3, 12))])
    assert all(c.start < text.index(line) or c.start > text.index(line) + len(line)
               for c in report.claims), [c.text for c in report.claims]
    assert report.claims


@pytest.mark.parametrize(
    "block",
    ["RELATED STORIES\n- 3 dead, 2 hurt in crash on Route 9\n- Council approves $4 million budget",
     "Trending now\n\n• 2 hurt in house fire on Elm Street\n\n• 5 arrested in drug raid",
     "More from WKTV.com:\nMan, 58, killed in motorcycle crash\n4 teens charged with burglary",
     "Most Popular\n1. Six wounded at block party, police say"],
)  # fmt: skip
def test_a_list_of_links_under_its_heading_says_nothing_of_this_story(block: str) -> None:
    text = (f"Gunmen killed 9 soldiers near Sebnore on Sunday.\n\n{block}\n\n"
            "The army said 14 soldiers were wounded.")  # fmt: skip
    report = compare([Document("a", text, published=date(2024, 3, 12))])
    start = text.index(block)
    inside = [c.text for c in report.claims if start <= c.start < start + len(block)]
    assert not inside
    assert {c.value.describe() for c in report.claims if c.measure in ("killed", "wounded")} == {
        "9", "14"}  # fmt: skip


def test_the_story_after_a_heading_with_no_list_is_read() -> None:
    text = ("Related coverage\n\nThree people were killed when a bus overturned near Lircay on "
            "Monday, police said.")  # fmt: skip
    report = compare([Document("a", text, published=date(2024, 3, 12))])
    assert [c.value.describe() for c in report.claims if c.measure == "killed"] == ["3"]



@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # months apart, told in months: two starts
        ("The town has been under siege since September 2023.",
         "The town has been besieged for nearly a year.", Verdict.CONFLICT),
        # a war's years counted two ways: one start told loosely
        ("The country has endured six years of civil war.",
         "The civil war, now in its eighth year, goes on.", Verdict.TENSION),
        # one start, told as a month and as a length
        ("The town has been under siege since April 2023.",
         "The town has been besieged for nearly a year.", Verdict.AGREE),
    ],
)  # fmt: skip
def test_a_start_told_in_months_is_held_to_months(a: str, b: str, expected: Verdict) -> None:
    report = _written_on_one_day(a, b, date(2024, 3, 12))
    lengths = [f.verdict for f in report.findings if f.kind == "duration"]
    assert lengths == [expected]


def _written_on_one_day(a: str, b: str, published: date) -> Report:
    return compare([Document("a", a, published=published),
                    Document("b", b, published=published)])  # fmt: skip


def test_two_months_next_to_each_other_are_not_a_day_apart() -> None:
    report = _written_on_one_day(
        "An air strike hit a market in Aleppo in January.",
        "An air strike hit a market in Aleppo in February.",
        date(2025, 3, 6),
    )
    dates = [f for f in report.findings if f.kind == "event-date"]
    assert [f.verdict for f in dates] == [Verdict.TENSION]
    assert "next to each other" in dates[0].message


def test_two_years_tallies_are_not_compared() -> None:
    report = _written_on_one_day(
        "The city recorded 52 homicides in 2023.",
        "The city has recorded 41 homicides so far this year.",
        date(2024, 6, 9),
    )
    assert [f for f in report.findings if len(f.claims) > 1] == []


def test_a_weeks_count_is_not_one_nights() -> None:
    report = _written_on_one_day(
        "Russia launched 112 drones at Ukraine overnight on Wednesday.",
        "Russia fired more than 1,200 drones at Ukraine over the past week.",
        date(2025, 3, 6),
    )
    assert [f.verdict for f in report.findings if f.kind != "event-date"] == []


@pytest.mark.parametrize(
    ("in_hospital", "hurt", "expected"),
    [
        # some of the hurt, still in hospital: no disagreement
        ("Eleven children remain in hospital.", "In all, 26 children were injured.",
         Verdict.AGREE),
        # more in hospital than were hurt: worth a look
        ("Three people were hospitalized.", "Two people were injured.", Verdict.TENSION),
    ],
)  # fmt: skip
def test_the_hurt_in_hospital_are_some_of_the_hurt(
    in_hospital: str, hurt: str, expected: Verdict
) -> None:
    report = compare([Document("a", in_hospital), Document("b", hurt)])
    assert [f.verdict for f in report.findings if f.topic.startswith("wounded")] == [expected]


def test_of_conflicts_as_bad_two_articles_of_one_day_speak() -> None:
    report = compare(
        [
            Document("early", "Twenty people were injured in the attack.",
                     published=date(2024, 9, 14)),
            Document("a", "A total of 31 people were injured in the attack.",
                     published=date(2024, 9, 15)),
            Document("b", "The ministry said 28 people were injured in the attack.",
                     published=date(2024, 9, 15)),
        ]
    )  # fmt: skip
    (wounded,) = [f for f in report.findings if f.topic.startswith("wounded")]
    assert wounded.verdict == Verdict.CONFLICT
    assert "31" in wounded.message and "28" in wounded.message


def test_a_calendar_week_told_loosely_is_only_a_tension_with_a_day_beside_it() -> None:
    from datetime import date

    from homscheck.compare import _judge_dates
    from homscheck.model import DateRange

    last_week = DateRange(date(2024, 7, 8), date(2024, 7, 14), "week")
    assert _judge_dates(last_week, DateRange(date(2024, 7, 17), date(2024, 7, 17), "day"))[0] == (
        Verdict.TENSION
    )
    assert _judge_dates(last_week, DateRange(date(2024, 7, 24), date(2024, 7, 24), "day"))[0] == (
        Verdict.CONFLICT
    )


def test_the_group_some_of_whom_died_is_not_their_dead() -> None:
    # "Two of the three died": two dead, not three
    counts = [
        c.value.describe()
        for c in extract(Document("a", "Two of the three died at the hospital on Monday."))
        if c.check == "HC101"
    ]
    assert counts == ["2"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # the others of another measure than the sentence before told: all the hurt
        ("The death toll rose to 25. Fifteen others were injured.", "whole"),
        ("Three people were killed in the crash. Five others were hurt.", "whole"),
        # more of the same measure, or the badly hurt: a part
        ("Three people were killed in the crash. Two others died later in hospital.", "part"),
        ("Three people were killed in the crash. Five others were critically hurt.", "part"),
        # another paragraph's count tells nothing of these
        ("Three people were killed in the crash.\n\nFive others were hurt.", "part"),
    ],
)
def test_others_that_open_a_sentence_are_read_with_the_one_before(text: str, scope: str) -> None:
    last = [c for c in extract(Document("a", text)) if c.check == "HC101"][-1]
    assert last.scope == scope


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # weeks against months: a month is 28 to 31 days
        ("Troops ended a three-week siege of the town.",
         "Troops ended a siege that had lasted two months.", Verdict.CONFLICT),
        ("Troops ended a four-week siege of the town.",
         "Troops ended a siege that had lasted about a month.", Verdict.AGREE),
        # seconds against minutes
        ("The shaking lasted about 40 seconds.",
         "The shaking lasted nearly a minute and a half.", Verdict.CONFLICT),
        ("The shaking lasted about 60 seconds.",
         "The shaking lasted about a minute.", Verdict.AGREE),
    ],
)
def test_whole_lengths_compare_across_units(a: str, b: str, expected: Verdict) -> None:
    day = date(2025, 3, 10)
    report = compare([Document("a", a, published=day), Document("b", b, published=day)])
    lengths = [f.verdict for f in report.findings if f.kind == "duration"]
    assert lengths == [expected]


def test_a_part_of_a_place_by_its_compass_point_is_inside_it() -> None:
    # three places: the province's west is in the province, the village in neither
    day = date(2025, 3, 12)
    report = compare(
        [
            Document("a", "Gunmen killed 34 civilians in western Tillaberi on Tuesday.",
                     published=day),
            Document("b", "Gunmen killed 41 civilians in Tillaberi on Tuesday.", published=day),
            Document("c", "In Mandare, 3 civilians were killed on Tuesday.", published=day),
        ]
    )  # fmt: skip
    killed = [f for f in report.findings if f.kind == "casualties"]
    assert [f.verdict for f in killed] == [Verdict.CONFLICT]
    assert {c.document for c in killed[0].claims} == {"a", "b"}


def test_a_surname_misspelled_under_two_styles_of_one_office_is_a_variant() -> None:
    # the same given names and one portfolio, styled two ways: one official
    assert Verdict.VARIANT in _name_verdicts(
        "Mines Minister Obadiah Mwenda said the shaft would be sealed.",
        "Mines Cabinet Secretary Obadiah Mwendwa said rescuers had reached the gallery.",
    )


def test_alike_names_in_two_offices_are_two_people() -> None:
    # no portfolio in common: the same given name is not enough
    assert Verdict.VARIANT not in _name_verdicts(
        "Mayor Joseph Smith said the bridge would reopen.",
        "Governor Joseph Smyth said the bridge would reopen.",
    )


def test_two_given_names_the_same_and_a_surname_misspelled_are_one_official() -> None:
    # two offices, or one told two ways; two given names and a surname a letter apart are
    # too much alike for two people
    verdicts = _name_verdicts(
        "District Magistrate Ravi Prakash Shukla said the crowd was too large.",
        "The district's top official, Ravi Prakash Sukla, ordered an inquiry.",
    )
    assert verdicts == {Verdict.VARIANT}


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # one figure told to fewer decimals, the other rounding to it: one figure
        ("Turnout was 61.7%, the commission said.", "Turnout was 62 percent.", Verdict.AGREE),
        ("The fire was 43.25% contained on Monday.", "The fire was 43.3% contained on Monday.",
         Verdict.AGREE),
        # ... but not a figure the other does not round to
        ("Turnout was 61.2%, the commission said.", "Turnout was 62 percent.", Verdict.CONFLICT),
    ],
)
def test_a_figure_told_to_fewer_decimals_is_the_other_rounded(
    a: str, b: str, verdict: Verdict
) -> None:
    report = compare([Document("a", a), Document("b", b)])
    assert [f.verdict for f in report.findings] == [verdict]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # a figure with a fraction told in millions is rounded to its last place
        ("The floods displaced 2.3 million people.", "The floods displaced 2,284,000 people.",
         Verdict.AGREE),
        ("The floods displaced 2.3 million people.", "The floods displaced 2,180,000 people.",
         Verdict.CONFLICT),
        # two whole counts are never rounded
        ("The floods displaced 1,498 people.", "The floods displaced 1,500 people.",
         Verdict.CONFLICT),
    ],
)
def test_a_figure_told_in_millions_is_rounded_to_its_last_place(
    a: str, b: str, verdict: Verdict
) -> None:
    report = compare([Document("a", a), Document("b", b)])
    assert [f.verdict for f in report.findings] == [verdict]


def test_two_days_highs_are_not_compared() -> None:
    # one day's reading against another day's is no disagreement
    day = date(2024, 6, 20)
    report = compare(
        [Document("a", "Temperatures reached 45.9C in Multan on Tuesday.", published=day),
         Document("b", "Temperatures hit 43.2C in Multan on Wednesday.", published=day)]
    )  # fmt: skip
    assert [f for f in report.findings if f.kind == "temperature"] == []


def test_an_earlier_occasions_place_does_not_split_the_storys_counts() -> None:
    # the 1995 crash's place is no second place of this story's toll
    report = compare(
        [Document("a", "At least 140 people were killed when the train derailed in Varno on "
                       "Friday."),
         Document("b", "The death toll from the crash rose to 120. It was the deadliest since "
                       "1995, when 358 people died near Kostel.")]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.topic.startswith("killed")] == [
        Verdict.CONFLICT
    ]


def test_a_countrys_forces_and_the_government_may_be_one_side() -> None:
    # which country's government a story means is not known: no conflict between them
    report = compare(
        [Document("a", "Malian troops took control of the town of Kidal on Tuesday."),
         Document("b", "Government forces took control of the town of Kidal on Tuesday.")]
    )  # fmt: skip
    assert {f.verdict for f in report.findings if f.kind == "control"} == {Verdict.AGREE}


def test_a_party_by_its_initials_is_the_party() -> None:
    report = compare(
        [Document("a", "In the election, the National Reform Alliance won 88 seats."),
         Document("b", "In the vote, the NRA won 91 seats, officials said.")]
    )  # fmt: skip
    assert [f.verdict for f in report.findings if f.kind == "votes"] == [Verdict.CONFLICT]


@pytest.mark.parametrize(
    ("first_day", "second_day", "verdict"),
    [
        (date(2025, 7, 2), date(2025, 7, 3), Verdict.TENSION),  # grown by the next day
        (date(2025, 7, 3), date(2025, 7, 2), Verdict.CONFLICT),  # smaller the next day
        (date(2025, 7, 2), date(2025, 7, 2), Verdict.CONFLICT),  # two totals on one day
    ],
)
def test_a_running_total_may_grow_from_one_day_to_the_next(
    first_day: date, second_day: date, verdict: Verdict
) -> None:
    first = "In all, 412 people have died in the floods since the rains began in May."
    second = "More than 450 people have been killed in floods this rainy season."
    report = compare(
        [Document("a", first, published=first_day), Document("b", second, published=second_day)]
    )
    assert [c.cumulative for c in report.claims] == [True, True]
    assert max((f.verdict for f in report.findings), key=lambda v: v.severity) is verdict


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # more of some of the dead than of all of them
        ("Two people were killed in the shooting in Elkton on Friday.",
         "Three children were killed in the shooting in Elkton on Friday.", Verdict.CONFLICT),
        # no one dead, then a man who died: an early report, worth a look
        ("A woman was shot in Elkton on Friday. No one was killed, police said.",
         "A 22-year-old man died after the shooting in Elkton on Friday.", Verdict.TENSION),
    ],
)  # fmt: skip
def test_a_count_of_some_is_compared_with_a_count_of_all(
    a: str, b: str, expected: Verdict
) -> None:
    published = date(2019, 5, 11)
    report = _written_on_one_day(a, b, published)
    assert [f.verdict for f in report.findings if f.kind == "casualties"] == [expected]


@pytest.mark.parametrize(
    "b",
    ["Two children were among the dead in the shooting in Elkton on Friday.",
     "Three children were killed in a shooting in Dover on Friday."],
)  # fmt: skip
def test_some_within_all_or_of_another_place_say_nothing(b: str) -> None:
    a = "Four people were killed in the shooting in Elkton on Friday."
    published = date(2019, 5, 11)
    report = _written_on_one_day(a, b, published)
    assert not [f for f in report.findings if f.kind == "casualties"]


def test_running_totals_of_two_years_are_not_compared() -> None:
    a = "Across the region, more than 90,000 measles cases have been reported so far this year."
    b = "Last year, Tarvonia recorded 1,150 measles cases, the ministry said."
    published = date(2025, 9, 12)
    report = _written_on_one_day(a, b, published)
    assert [f for f in report.findings if f.verdict != Verdict.AGREE] == []


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Gunmen killed five people in Kafin, 100 miles from Lagos, on Monday.",
         "Gunmen killed five people in Kafin, 160 km from Lagos, on Monday.", True),
        ("Gunmen killed five people in Kafin, 100 miles from Lagos, on Monday.",
         "Gunmen killed five people in Kafin, 175 km from Lagos, on Monday.", False),
        ("The bus was travelling at 60 mph when it overturned near Orla on Monday.",
         "The bus was travelling at 97 km/h when it overturned near Orla on Monday.", True),
        ("The bus was travelling at 60 mph when it overturned near Orla on Monday.",
         "The bus was travelling at 120 km/h when it overturned near Orla on Monday.", False),
    ],
)  # fmt: skip
def test_a_figure_in_another_unit_is_compared_within_a_conversions_rounding(
    a: str, b: str, agree: bool
) -> None:
    published = date(2024, 5, 14)
    report = _written_on_one_day(a, b, published)
    verdicts = {f.verdict for f in report.findings if f.kind in ("distance", "quantity")}
    assert verdicts == ({Verdict.AGREE} if agree else {Verdict.CONFLICT})


def test_a_place_of_the_background_does_not_keep_the_story_apart() -> None:
    a = ("Six bodies were recovered after a boat capsized off Lampedusa on Saturday. In "
         "February 2023, a boat sank off Calabria, killing 94 people.")
    b = "Nine people died when a migrant boat sank off Italy on Saturday."
    report = compare([Document("a", a, published=date(2025, 2, 8)),
                      Document("b", b, published=date(2025, 2, 9))])  # fmt: skip
    killed = [f for f in report.findings if f.topic.startswith("killed")]
    assert killed and all("94" not in f.message for f in killed)
    assert any("Six bodies" in f.message and "Nine people" in f.message for f in killed)


def test_a_tally_of_several_incidents_is_not_compared_with_one_incidents_count() -> None:
    a = "Three people were killed at a block party on Elm Street in Dayton on Saturday."
    b = ("Three people died at the Elm Street block party. The shooting brought the weekend "
         "total to 29 shot, seven of them fatally, across the city, police said.")
    published = date(2017, 8, 6)
    report = _written_on_one_day(a, b, published)
    killed = [f for f in report.findings if f.topic.startswith("killed")]
    assert killed and all(f.verdict == Verdict.AGREE for f in killed)


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # hours that never meet: a day apart, each told as the same part of its day
        ("The fire broke out on Saturday night.", "The fire broke out on Sunday night.",
         Verdict.CONFLICT),
        ("The gunman opened fire on Friday afternoon.", "The gunman opened fire Saturday "
         "afternoon.", Verdict.CONFLICT),
        # the small hours of one night, told from either side of midnight
        ("The fire broke out on Saturday night.", "The fire broke out early Sunday.",
         Verdict.TENSION),
        ("The fire broke out on Friday evening.", "The fire broke out on Saturday morning.",
         Verdict.TENSION),
        # a day told alone may be a night running past midnight
        ("The fire broke out on Saturday.", "The fire broke out on Sunday night.",
         Verdict.TENSION),
    ],
)
def test_parts_of_two_days_side_by_side(a: str, b: str, verdict: Verdict) -> None:
    assert _event_date_verdicts(a, b, published=date(2025, 3, 10)) == [verdict]


def test_steps_of_a_story_on_days_side_by_side_are_no_conflict() -> None:
    # the shooting one night, the gunman killed by police the next: a tension at most
    assert _event_date_verdicts(
        "The gunman shot a 19-year-old woman as she left her home on Saturday night.",
        "Officers returned fire, killing him on Sunday night.",
        published=date(2025, 3, 10),
    ) in ([], [Verdict.TENSION])


def test_a_count_a_third_article_says_has_risen_past_is_out_of_date() -> None:
    # three, then "rose to five", then six: the three is an early count; five and six disagree
    day = date(2025, 7, 6)
    report = compare(
        [
            Document("a", "Three people were shot at a block party in Elm Park on Saturday "
                     "night.", published=day),
            Document("b", "The number of people shot at the block party in Elm Park rose to "
                     "five, police said.", published=day),
            Document("c", "Six people were shot at the block party in Elm Park on Saturday "
                     "night.", published=day),
        ]
    )
    conflicts = [f for f in report.findings if f.kind == "casualties"
                 and f.verdict == Verdict.CONFLICT]
    assert len(conflicts) == 1
    assert "rose to five" in conflicts[0].message and "Six" in conflicts[0].message
    assert "Three" not in conflicts[0].message


def test_a_count_of_the_hurt_grown_in_a_later_report_is_an_update() -> None:
    report = compare(
        [
            Document("a", "Three people were hurt in the shooting at the Elm Park block party.",
                     published=date(2025, 7, 6)),
            Document("b", "The number of people wounded in the shooting at the Elm Park block "
                     "party has grown to five, police said.", published=date(2025, 7, 7)),
        ]
    )
    verdicts = {f.verdict for f in report.findings if f.kind == "casualties"}
    assert verdicts == {Verdict.TENSION}


def _verdicts_on_names(a: str, b: str) -> list[Verdict]:
    """The verdicts on officials' and people's names of two articles of one day."""
    day = date(2025, 7, 6)
    report = compare([Document("a", a, published=day), Document("b", b, published=day)])
    return [f.verdict for f in report.findings if f.kind in ("official", "person")]


@pytest.mark.parametrize(
    ("a", "b", "verdicts"),
    [
        # a person only quoted, named in full in two articles, is compared by name
        ("Emergency Management Director Jerry Stacy said crews were searching the creek.",
         "Emergency Management Director Jerry Stacey said crews were searching the creek.",
         [Verdict.VARIANT]),
        # ... but not by a surname alone
        ("“We are searching the creek,” Stacy said.",
         "“We are searching the creek,” Stacey said.", []),
        # given names written apart and run together: one name, two ways
        ("“We lost brave men,” said Zia Ullah Marwat, the district police officer.",
         "According to District Police Officer Ziaullah Marwat, the blast killed 11.",
         [Verdict.VARIANT]),
        # ... and misspelled besides
        ("District Magistrate Ram Prasad Tiwari said the toll was 11.",
         "District Magistrate Ramprasaad Tiwari visited the injured.", [Verdict.VARIANT]),
        # a given name of another alphabet written two ways is a variant, not a short form
        ("Police spokesman Mohammed Sani Dauda said the road was closed.",
         "Police spokesman Muhammad Sani Dauda said the road was closed.", [Verdict.VARIANT]),
        # (a short form is none: "Joe", "Joseph")
        ("Mayor Joe Ganim said the road was closed.",
         "Mayor Joseph Ganim said the road was closed.", [Verdict.AGREE]),
        # Arabic's qaf written q or k
        ("Among the dead was Samir Abu Daqqa, a teacher.",
         "One of those killed was Samir Abu Dakka, a teacher.", [Verdict.VARIANT, Verdict.AGREE]),
        # a Ukrainian name in Ukrainian and in Russian transliteration
        ("Regional governor Oleh Hrynchuk said the road was closed.",
         "Regional governor Oleg Grinchuk said the road was closed.", [Verdict.VARIANT]),
        ("Mayor Ihor Terekhov said the road was closed.",
         "Mayor Igor Terekhov said the road was closed.", [Verdict.VARIANT]),
        # (not two surnames that only end alike)
        ("Regional governor Oleh Hrynchuk said the road was closed.",
         "Regional governor Oleh Kravchuk said the road was closed.", []),
        # (nor h and g outside a Slavic name: two men)
        ("Police spokesman Dan Hall said the road was closed.",
         "Police spokesman Dan Gall said the road was closed.", []),
        # (a middle name dropped is no misspelling)
        ("Police Chief Marcela Dia Franco said the road would reopen.",
         "Police Chief Marcela Franco said the road would reopen.", [Verdict.AGREE]),
        # (a second given name is no misspelling of none)
        ("District Magistrate Ram Prasad Tiwari said the toll was 11.",
         "District Magistrate Ram Tiwari visited the injured.", [Verdict.AGREE]),
        # initials with and without stops: one style of the same letters
        ("Police Chief T.J. Morse said the road would reopen.",
         "Police Chief TJ Morse said the road would reopen.", [Verdict.AGREE]),
    ],
)
def test_names_of_two_articles(a: str, b: str, verdicts: list[Verdict]) -> None:
    assert _verdicts_on_names(a, b) == verdicts


def test_a_chief_named_by_initials_is_no_variant_of_a_suspect_with_a_like_surname() -> None:
    assert Verdict.VARIANT not in _verdicts_on_names(
        "Police arrested Kendrick Moore, 22, on Sunday. “We will find the others,” Morse said.",
        "Police Chief T.J. Morse said the investigation would continue.",
    )


def test_a_force_of_one_nation_is_compared_with_the_same_force_unqualified() -> None:
    """ "27 Burkinabe soldiers were killed" and "31 soldiers died": one army's dead, where the
    articles name no other nation's soldiers."""
    docs = [
        Document("a", "Officials said 27 Burkinabe soldiers were killed in the ambush near Djibo."),
        Document("b", "The army said 31 soldiers died in the attack near Djibo."),
    ]
    assert [f.verdict for f in compare(docs).findings if f.kind == "casualties"] == [
        Verdict.CONFLICT
    ]


def test_soldiers_of_two_nations_are_not_compared_with_soldiers_unqualified() -> None:
    docs = [
        Document("a", "Three Israeli soldiers were killed near the border crossing."),
        Document("b", "Five Egyptian soldiers were killed near the border crossing."),
        Document("c", "Eight soldiers were killed near the border crossing."),
    ]
    assert [f for f in compare(docs).findings if f.kind == "casualties"] == []


def test_a_hold_dated_from_two_starts_is_worth_a_look() -> None:
    since_2021 = "The port of Kessel has been under government control since 2021."
    assert _held(since_2021, "The port of Kessel has been under government control since "
                 "August 2023.") == [Verdict.TENSION]  # fmt: skip
    assert _held(since_2021, "The port of Kessel has been under government control since "
                 "March 2021.") == [Verdict.AGREE]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "A man accused of stabbing three people, one fatally, appeared in court Monday.",
        "Joel Marsh was charged Friday with stabbing three people at the station.",
        "The man who stabbed three people was arraigned on Tuesday.",
    ],
)
def test_a_step_of_the_courts_does_not_date_the_count(sentence: str) -> None:
    doc = Document("a", sentence, published=date(2026, 7, 8))
    counts = [c for c in compare([doc]).claims if c.measure == "stabbed"]
    assert [c.value.describe() for c in counts] == ["3"]
    assert counts[0].time is None


def test_a_step_of_the_inquiry_after_a_day_does_not_date_the_count() -> None:
    doc = Document(
        "a", "Police on Monday identified the three people found dead in the house.",
        published=date(2026, 5, 20),
    )  # fmt: skip
    dead = [c for c in compare([doc]).claims if c.measure == "killed"]
    assert [(c.value.describe(), c.time) for c in dead] == [("3", None)]
    arrests = Document("b", "Police on Tuesday arrested two men.", published=date(2026, 5, 20))
    (arrested,) = [c for c in compare([arrests]).claims if c.measure == "arrested"]
    assert arrested.time is not None and arrested.time.earliest == date(2026, 5, 19)


def _wounded_verdicts(*docs: Document) -> list[Verdict]:
    return [f.verdict for f in compare(list(docs)).findings if f.topic.startswith("wounded")]


def test_a_part_of_a_city_named_by_its_compass_point_is_the_city() -> None:
    published = date(2026, 6, 14)
    assert _wounded_verdicts(
        Document("a", "Three people were hurt at a block party in West Dayton on Saturday.",
                 published=published),
        Document("b", "Five people were wounded at a block party in Dayton on Saturday.",
                 published=published),
    ) == [Verdict.CONFLICT]  # fmt: skip
    # (a state of its own is not a part of another)
    assert _wounded_verdicts(
        Document("a", "Three people were hurt in a shooting in West Virginia on Saturday.",
                 published=published),
        Document("b", "Five people were wounded in a shooting in Virginia on Saturday.",
                 published=published),
    ) == []  # fmt: skip


def test_a_place_told_of_only_days_before_the_story_week_is_background() -> None:
    """ "On June 6, five people were wounded in Columbus", in an article of June 14 on a
    shooting in Dayton, is an earlier incident: the story's counts are compared without it."""
    published = date(2026, 6, 14)
    story = Document(
        "a",
        "Gunfire at a block party in Dayton on Saturday wounded five people. "
        "On June 6, five people were wounded outside a nightclub in Columbus.",
        published=published,
    )
    later = Document("b", "That brings the number of people wounded to four.", published=published)
    assert _wounded_verdicts(story, later) == [Verdict.CONFLICT]


def test_the_one_place_of_the_story_s_days_joins_the_dates_that_name_none() -> None:
    """ "near Perrin Road, where he was shot to death last Thursday" against "shot Wednesday
    night": one place named in the story's days is the story's; a place of last month
    ("Last month, a woman was shot near Bitters Road") is another's and changes nothing."""
    assert _verdicts_on(
        "date of the attack",
        date(2026, 4, 13),
        "Marcus Dell was shot and killed Wednesday night.",
        "Dell was shot to death near Perrin Road last Thursday. Last month, a woman was shot "
        "near Bitters Road.",
    ) == [Verdict.TENSION]


def test_an_office_a_place_names_is_not_the_scene() -> None:
    doc = Document(
        "a", "Troopers ask anyone who saw Thursday's crash to call the Waco district office.",
        published=date(2026, 6, 20),
    )  # fmt: skip
    (crash,) = [c for c in compare([doc]).claims if c.check == "HC301"]
    assert crash.place is None


def test_a_count_brought_to_a_figure_is_an_update_of_a_lower_one() -> None:
    assert _verdicts_on(
        "arrested",
        date(2026, 10, 21),
        "Police said one person is in custody.",
        "Deputies also arrested a woman on Wednesday, bringing the number of people arrested in "
        "the case to two.",
    ) == [Verdict.TENSION]


def _verdicts_on(topic: str, published: date, *texts: str) -> list[Verdict]:
    """The verdicts on a topic (its beginning) of articles published on one day."""
    docs = [Document(f"d{i}", text, published=published) for i, text in enumerate(texts)]
    return [f.verdict for f in compare(docs).findings if f.topic.startswith(topic)]


def test_a_police_rank_and_an_office_are_both_one_man_s() -> None:
    docs = [
        Document("a", "DSP Emmanuel Bala said the attackers fled."),
        Document("b", "The command's spokesman, DSP Emmanuel Bala, said 12 were abducted."),
    ]
    assert [f.verdict for f in compare(docs).findings if f.topic.startswith("title")] == []


def test_a_side_s_own_claim_of_its_toll_is_worth_a_look_not_a_conflict() -> None:
    day = date(2026, 2, 10)
    claimed = "The insurgents said in a statement that they had killed 45 soldiers in Kabo."
    official = "The army said 12 soldiers were killed in Kabo."
    other = "Officials said 19 soldiers were killed in Kabo."
    report = compare(
        [Document("a", claimed, published=day), Document("b", official, published=day)]
    )
    assert verdicts_on(report, "killed") == [Verdict.TENSION]
    assert "a side's own claim" in report.findings[0].message
    # (two tolls that no side claims for itself disagree as before)
    report = compare([Document("b", official, published=day), Document("c", other, published=day)])
    assert verdicts_on(report, "killed") == [Verdict.CONFLICT]


def test_a_whole_war_s_displaced_are_not_one_town_s() -> None:
    day = date(2026, 3, 14)
    war = "Some 12 million people have been forced from their homes by the conflict."
    town = "About 3,000 people fled Kibati on Monday, officials said."
    report = compare([Document("a", war + " " + town, published=day),
                      Document("b", "About 3,400 people fled Kibati on Monday.", published=day)])
    assert verdicts_on(report, "displaced") == [Verdict.TENSION]
    assert all(f.claims[0].scope != "tally" for f in report.findings if f.verdict != Verdict.AGREE)


def test_an_earlier_occasion_with_no_place_is_not_the_one_named() -> None:
    day = date(2026, 4, 13)
    camp = "Earlier this month, a drone strike on a camp near Bara killed 11 people."
    shelling = "Earlier this month, shelling of a market killed five people."
    assert _verdicts_on("killed", day, camp, shelling) == []


def test_two_named_storms_tolls_are_two_events() -> None:
    day = date(2026, 2, 10)
    first = "Cyclone Ada in 2019 killed more than 600 people in Mozambique."
    second = "Cyclone Bako, which struck the north weeks later, killed 45 in Mozambique in 2019."
    assert _verdicts_on("killed", day, first, second) == []


def test_the_story_s_storm_leads_the_counts_that_name_none() -> None:
    day = date(2026, 2, 10)
    a = "Cyclone Nandi killed 14 people in Beira. Cyclone Nandi also flattened homes in Beira."
    b = "Twelve people were killed in Beira, officials said. Cyclone Idai killed 600 in 2019."
    assert _verdicts_on("killed", day, a, b) == [Verdict.CONFLICT]


@pytest.mark.parametrize(
    ("fahrenheit", "verdict"),
    [
        # 112F is 44.1 to 44.8C to its last digit: a report of 44.5C agrees
        ("The mercury reached 112F in Larissa on Monday.", Verdict.AGREE),
        ("The mercury reached 116F in Larissa on Monday.", Verdict.CONFLICT),
    ],
)
def test_a_fahrenheit_reading_agrees_with_its_celsius_to_its_last_digit(
    fahrenheit: str, verdict: Verdict
) -> None:
    day = date(2026, 7, 21)
    celsius = Document("a", "Temperatures hit 44.5C in Larissa on Monday.", published=day)
    report = compare([celsius, Document("b", fahrenheit, published=day)])
    heat = [f.verdict for f in report.findings if f.kind == "temperature"]
    assert heat == [verdict]


def test_the_dead_and_the_hurt_told_as_one_are_no_count_of_the_hurt() -> None:
    # a side's "killed and wounded more than 120" is no wounded count against the police's 34
    assert (
        worst(
            "Police said 34 people were injured in the bombing.",
            "The group said its bomber had killed and wounded more than 120 apostates.",
        )
        == Verdict.AGREE
    )


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        # two floors of one toll far apart: both may be true, but the reports count unalike
        ("At least 74 people were killed in Tawara on Saturday.", Verdict.TENSION),
        # (near each other, they agree)
        ("At least 49 people were killed in Tawara on Saturday.", Verdict.AGREE),
    ],
)
def test_two_lower_bounds_far_apart_are_worth_a_look(b: str, verdict: Verdict) -> None:
    day = date(2024, 6, 10)
    a = Document("a", "At least 47 people were killed in Tawara on Saturday.", published=day)
    report = compare([a, Document("b", b, published=day)])
    tolls = [f.verdict for f in report.findings if f.kind == "casualties"]
    assert tolls == [verdict]


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        # a ceiling that tells the figure reached, against one well below it
        ("Some 43 passengers were hurt when the bus overturned.", Verdict.TENSION),
        ("Forty-three passengers were hurt when the bus overturned.", Verdict.TENSION),
        # (near it, or a floor that makes a range with it, they agree)
        ("Fifty-nine passengers were hurt when the bus overturned.", Verdict.AGREE),
        ("At least 30 passengers were hurt when the bus overturned.", Verdict.AGREE),
        # (far below it, seldom one count)
        ("Four passengers were hurt when the bus overturned.", Verdict.AGREE),
    ],
)
def test_a_ceiling_well_above_a_figure_is_worth_a_look(b: str, verdict: Verdict) -> None:
    a = "As many as 61 passengers were hurt when the bus overturned."
    assert worst(a, b) == verdict


def _against_at_least_47_in_tawara(b: str) -> list[Verdict]:
    """The verdicts on the tolls of a report of the same day as "At least 47 people were
    killed in Tawara on Saturday"."""
    day = date(2024, 6, 10)
    a = Document("a", "At least 47 people were killed in Tawara on Saturday.", published=day)
    report = compare([a, Document("b", b, published=day)])
    return [f.verdict for f in report.findings if f.kind == "casualties"]


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        # a figure well above another report's "at least": the wire's toll as it stood
        ("Sixty-two people were killed in Tawara on Saturday.", Verdict.TENSION),
        ("About 60 people were killed in Tawara on Saturday.", Verdict.TENSION),
        # (near it, they agree)
        ("Fifty people were killed in Tawara on Saturday.", Verdict.AGREE),
    ],
)
def test_a_figure_well_above_a_floor_is_worth_a_look(b: str, verdict: Verdict) -> None:
    assert _against_at_least_47_in_tawara(b) == [verdict]


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        # two reports' "at least", far apart: the counts differ, whichever came first
        ("At least 62 people were killed in Tawara on Saturday.", Verdict.TENSION),
        # (the other names no place: still the town's toll, near it)
        ("At least 62 people were killed on Saturday, the agency said.", Verdict.TENSION),
        # (close, they agree)
        ("At least 50 people were killed in Tawara on Saturday.", Verdict.AGREE),
    ],
)
def test_two_floors_far_apart_are_worth_a_look(b: str, verdict: Verdict) -> None:
    assert _against_at_least_47_in_tawara(b) == [verdict]


def test_a_floor_of_no_place_far_above_is_another_count() -> None:
    # a war's "more than" against a town's: seldom one count
    day = date(2024, 6, 10)
    a = Document("a", "More than 300 people have been displaced in Tawara.", published=day)
    b = Document("b", "More than 3,000 people have been displaced, the agency said.",
                 published=day)  # fmt: skip
    verdicts = {f.verdict for f in compare([a, b]).findings if f.kind == "displacement"}
    assert verdicts <= {Verdict.AGREE}


def test_a_part_rescued_by_some_is_no_floor_of_all_the_rescued() -> None:
    day = date(2024, 6, 10)
    report = compare(
        [Document("a", "Coast guard boats rescued 231 people off Camotes on Saturday.",
                  published=day),
         Document("b", "Fishermen rescued at least 70 people off Camotes on Saturday.",
                  published=day)]
    )  # fmt: skip
    assert Verdict.TENSION not in [f.verdict for f in report.findings]


def test_two_tolls_of_a_whole_year_are_worth_a_look() -> None:
    # a year's toll by two counters: they count differently, no contradiction of the story
    assert (
        worst(
            "The group estimated that 10,457 people died trying to reach Spain in 2024.",
            "The agency counted 1,200 deaths on the route in 2024.",
        )
        == Verdict.TENSION
    )


def _date_verdicts(a: str, b: str) -> list[Verdict]:
    day = date(2026, 3, 15)
    report = compare([Document("a", a, published=day), Document("b", b, published=day)])
    return [f.verdict for f in report.findings if f.kind == "event-date"]


def test_a_strike_and_an_attack_of_reports_that_tell_one_each_are_one_event() -> None:
    assert _date_verdicts(
        "A missile strike hit Orlivka early on Saturday, killing five people.",
        "The attack on Orlivka on Friday killed five people, officials said.",
    ) == [Verdict.TENSION]


def test_an_attack_and_strikes_in_reply_one_report_dates_apart_are_two_events() -> None:
    verdicts = _date_verdicts(
        "Gunmen attacked a checkpoint near Orlivka on Thursday. Air strikes in reply hit"
        " Orlivka on Saturday.",
        "Air strikes hit Orlivka on Saturday, killing two.",
    )
    assert verdicts == [Verdict.AGREE]


def test_a_city_s_part_named_after_the_city_is_compared_with_the_city() -> None:
    day = date(2026, 3, 15)
    told = "A strike on a school in Sarvana City's Tuffat neighbourhood killed 19 people."
    a = Document("a", told, published=day)
    b = Document("b", "A strike on a school in Sarvana City killed 16 people.", published=day)
    tolls = [f.verdict for f in compare([a, b]).findings if f.kind == "casualties"]
    assert tolls == [Verdict.CONFLICT]


def test_an_article_s_second_day_is_another_event_where_it_tells_the_other_s_too() -> None:
    # a tells Saturday's strike and, in background, Thursday's: no disagreement with b
    assert _date_verdicts(
        "A strike on a school in Sarvana killed 16 people on Saturday. On Thursday, a strike"
        " near the market in Sarvana killed five people.",
        "The strike on the school in Sarvana on Saturday killed 16 people.",
    ) == [Verdict.AGREE]


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        # a wounded victim died between the reports: the same victims in all
        ("Two people were killed and six people were wounded in the shooting in Kessa.",
         Verdict.TENSION),
        # (fewer in all: the figures disagree)
        ("Two people were killed and four people were wounded in the shooting in Kessa.",
         Verdict.CONFLICT),
    ],
)
def test_a_wounded_victim_who_died_is_worth_a_look(b: str, verdict: Verdict) -> None:
    a = "One person was killed and seven people were wounded in the shooting in Kessa."
    report = compare([Document("a", a), Document("b", b)])
    wounded = [f.verdict for f in report.findings if f.kind == "casualties"]
    assert verdict in wounded and Verdict.CONFLICT not in set(wounded) - {verdict}


@pytest.mark.parametrize(
    "background",
    [
        # another place's toll: no victim of Kessa's died
        "In Dorvan in 2024, a gunman killed two people.",
        # (an earlier month's, in the same town)
        "In March, two people were killed in another shooting in Kessa.",
    ],
)
def test_a_toll_of_another_event_is_no_victim_who_died(background: str) -> None:
    day = date(2026, 5, 17)
    a = Document("a", "One person was killed and four people were wounded in the shooting in"
                 f" Kessa on Sunday. {background}", published=day)  # fmt: skip
    b = Document("b", "One person was killed and five people were wounded in the shooting in"
                 " Kessa on Sunday.", published=day)  # fmt: skip
    wounded = [f.verdict for f in compare([a, b]).findings if f.claims[0].measure == "wounded"]
    assert wounded == [Verdict.CONFLICT]


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        # a taking dated by its month in two reports a year apart: worth a look (a place may
        # change hands twice)
        ("The rebels seized Dorvan in February 2015.", Verdict.TENSION),
        ("The rebels seized Dorvan in September 2014.", Verdict.AGREE),
    ],
)
def test_a_taking_dated_by_its_month_two_ways_is_worth_a_look(b: str, verdict: Verdict) -> None:
    report = compare([Document("a", "The rebels seized Dorvan in September 2014."),
                      Document("b", b)])  # fmt: skip
    assert [f.verdict for f in report.findings if f.kind == "control"] == [verdict]


@pytest.mark.parametrize(
    ("b", "verdicts"),
    [
        # a title and the same qualified by its service: one office
        ("Spokesman Samir Haddad said the shelter was hit.", [Verdict.AGREE]),
        # (an office's second is worth a look)
        ("Deputy spokesman Samir Haddad said the shelter was hit.",
         [Verdict.TENSION, Verdict.AGREE]),
    ],
)
def test_a_title_qualified_by_its_service_is_the_same_title(
    b: str, verdicts: list[Verdict]
) -> None:
    a = "Civil Defence spokesman Samir Haddad said the shelter was hit."
    report = compare([Document("a", a), Document("b", b)])
    assert [f.verdict for f in report.findings if f.kind == "official"] == verdicts


def test_an_office_s_holder_named_without_the_second_surname_is_one_holder() -> None:
    report = compare([
        Document("a", "Orvala governor Juan Pablo Restano Gaviria said the police were ambushed."),
        Document("b", "Orvala Governor Juan Pablo Restano said the police were ambushed."),
    ])  # fmt: skip
    assert {f.verdict for f in report.findings if f.kind == "official"} == {Verdict.AGREE}


def test_missing_residents_are_missing_people() -> None:
    assert worst(
        "Four residents remain missing after the clashes in Kessa.",
        "Six people are still unaccounted for after the clashes in Kessa.",
    ) == Verdict.TENSION


def test_a_year_s_total_leaves_the_story_s_untimed_toll_compared() -> None:
    day_one, day_two = date(2026, 1, 18), date(2026, 1, 19)
    a = Document("a", "Gunmen burst into a party in Corvala on Saturday night, killing 12 people.",
                 published=day_one)  # fmt: skip
    b = Document("b", "14 people were killed at the party in Corvala. More than 2,000 people were"
                 " murdered in Corvala last year.", published=day_two)  # fmt: skip
    tolls = [f.verdict for f in compare([a, b]).findings if f.kind == "casualties"]
    assert Verdict.CONFLICT in tolls


def test_counts_told_with_days_more_than_a_week_apart_are_two_occasions() -> None:
    day = date(2026, 3, 15)
    a = Document("a", "A strike on a school in Sarvana killed seven children on Saturday.",
                 published=day)  # fmt: skip
    b = Document("b", "On 2 March a strike on a clinic in Sarvana killed three people.",
                 published=day)  # fmt: skip
    tolls = [f.verdict for f in compare([a, b]).findings if f.kind == "casualties"]
    assert Verdict.CONFLICT not in tolls


@pytest.mark.parametrize(
    ("b", "verdicts"),
    [
        # the school the raid befell, by no name, where the other names the village
        ("Gunmen raided the school in Kurmin on Friday and abducted 80 pupils. The school lies"
         " some 65 km from Katsina.", [Verdict.CONFLICT]),
        # (an article whose event is at another place: its school is not Kurmin's)
        ("Gunmen raided a school in Dandume on Friday and abducted 80 pupils. The school lies"
         " some 65 km from Katsina.", []),
    ],
)
def test_a_scene_by_no_name_is_the_place_its_article_tells_of(
    b: str, verdicts: list[Verdict]
) -> None:
    day = date(2026, 2, 14)
    a = Document("a", "Gunmen abducted 80 pupils in Kurmin on Friday. Kurmin lies about 40 km"
                 " south of Katsina.", published=day)  # fmt: skip
    report = compare([a, Document("b", b, published=day)])
    assert [f.verdict for f in report.findings if f.kind == "distance"] == verdicts


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        # two days named, a day apart: they cannot both be the raid's
        ("Gunmen raided the school in Kanwa on Tuesday.", Verdict.CONFLICT),
        # (a night may run past midnight: "Tuesday night" and "Wednesday" may be one raid)
        ("Gunmen raided the school in Kanwa on Tuesday night.", Verdict.TENSION),
        ("Gunmen raided the school in Kanwa late on Tuesday.", Verdict.TENSION),
        # (a day told from the article's: the article may be dated a day off)
        ("Gunmen raided the school in Kanwa two days ago.", Verdict.TENSION),
    ],
)
def test_two_days_named_a_day_apart_conflict_unless_a_night_may_join_them(
    b: str, verdict: Verdict
) -> None:
    day = date(2026, 3, 5)
    a = Document("a", "Gunmen raided the school in Kanwa on Wednesday.", published=day)
    report = compare([a, Document("b", b, published=day)])
    assert [f.verdict for f in report.findings if f.kind == "event-date"] == [verdict]


@pytest.mark.parametrize(
    ("b", "verdict"),
    [
        # a force told of two days: more or fewer are sent each day
        ("Firefighters, with 11 aircraft, battled the blaze near Megara on Friday.",
         Verdict.TENSION),
        # (of one day, the counts disagree)
        ("Firefighters, with 11 aircraft, battled the blaze near Megara on Wednesday.",
         Verdict.CONFLICT),
    ],
)
def test_a_force_told_of_two_days_is_worth_a_look_only(b: str, verdict: Verdict) -> None:
    day = date(2026, 7, 24)
    a = Document("a", "Firefighters, with 12 aircraft, battled the blaze near Megara on"
                 " Wednesday.", published=day)  # fmt: skip
    report = compare([a, Document("b", b, published=day)])
    assert [f.verdict for f in report.findings if f.kind == "equipment"] == [verdict]


def test_a_figure_across_a_region_is_no_figure_of_a_town_in_it() -> None:
    day = date(2025, 3, 14)
    town = (
        "Fighters seized the town of Kelmi in northern Varda on Monday. About 9,000 people "
        "have fled Kelmi."
    )
    region = "The fighting has displaced more than 200,000 people across northern Varda."
    assert _verdicts_on("displaced", day, town, region) == []
    # (figures across one region are compared with each other)
    across = "Across northern Varda, some 90,000 people have been displaced by the fighting."
    assert _verdicts_on("displaced", day, town, region, across) == [Verdict.CONFLICT]


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        # a report days after the taking it tells of agrees with its day
        ("The army's spokesman said on Wednesday that the fall of Kelmi was temporary.", []),
        # (a report of a taking before the other dates it is worth a look)
        (
            "The army's spokesman said on Saturday, March 8, that the fall of Kelmi was "
            "temporary.",
            [Verdict.TENSION],
        ),
    ],
)
def test_a_report_of_a_taking_after_its_day_agrees_with_it(
    report: str, expected: list[Verdict]
) -> None:
    day = date(2025, 3, 14)
    taken = "Rebels captured the town of Kelmi on Monday, March 10, after two days of fighting."
    verdicts = _verdicts_on("control", day, taken, report)
    assert [v for v in verdicts if v != Verdict.AGREE] == expected


def test_two_sources_figures_told_by_both_articles_are_no_disagreement() -> None:
    day = date(2025, 11, 12)
    both = (
        "The quake struck before dawn. The USGS put its depth at 10 km, while the national "
        "seismological centre said the earthquake struck at a depth of 8 km."
    )
    again = (
        "The earthquake was 10 km deep, the USGS said; the national seismological centre put "
        "the earthquake's depth at 8 km."
    )
    assert [v for v in _verdicts_on("depth", day, both, again) if v != Verdict.AGREE] == []
    # (an article that tells only one of them against one that tells the other still differs)
    one = "The earthquake struck at a depth of 8 km, the national centre said."
    other = "The earthquake struck at a depth of 10 km, the USGS said."
    assert _verdicts_on("depth", day, one, other) == [Verdict.CONFLICT]


def test_a_wire_s_lower_bound_then_a_higher_toll_days_later_is_a_rise() -> None:
    first = Document(
        "a", "At least 31 workers were killed in a fire in Kessa on Tuesday.",
        published=date(2025, 10, 14),
    )
    later = Document(
        "b", "The number of workers killed in Tuesday's fire in Kessa climbed to 34 on Thursday.",
        published=date(2025, 10, 16),
    )
    verdicts = [f.verdict for f in compare([first, later]).findings if f.topic.startswith("killed")]
    assert verdicts == [Verdict.TENSION]
    # (told on one day, the higher figure is within the other's lower bound)
    same_day = replace(later, published=date(2025, 10, 14))
    verdicts = [
        f.verdict for f in compare([first, same_day]).findings if f.topic.startswith("killed")
    ]
    assert verdicts == [Verdict.AGREE]


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # one toll, told by the one sort all the dead were, and as people
        ("Fourteen people were killed in the blast at the Tasco mine in Boyaca on Tuesday.",
         [Verdict.TENSION]),
        # (an article that tells both counts tells two: the miners are some of the people)
        ("Fourteen people, including 11 miners, were killed in the blast at the Tasco mine in "
         "Boyaca on Tuesday.", [Verdict.AGREE]),
        # (told alike, nothing to see)
        ("Eleven people were killed in the blast at the Tasco mine in Boyaca on Tuesday.", []),
    ],
)
def test_one_toll_told_as_people_and_as_the_sort_they_were(
    other: str, expected: list[Verdict]
) -> None:
    day = date(2025, 11, 12)
    miners = "The blast killed 11 miners at the Tasco mine in Boyaca on Tuesday."
    assert _verdicts_on("killed", day, miners, other) == expected


def test_a_round_figure_s_hedge_met_by_a_later_count_is_no_rise() -> None:
    first = Document("a", "More than 60 people were injured in Belkot on Wednesday.",
                     published=date(2025, 11, 5))  # fmt: skip
    met = Document("b", "Sixty-two people were injured in Belkot on Wednesday.",
                   published=date(2025, 11, 6))  # fmt: skip
    assert [f.verdict for f in compare([first, met]).findings] == [Verdict.AGREE]
    # (well past it, the toll rose)
    past = replace(met, text="Seventy-five people were injured in Belkot on Wednesday.")
    assert [f.verdict for f in compare([first, past]).findings] == [Verdict.TENSION]


def test_a_figure_an_article_gives_another_place_is_not_the_storys() -> None:
    # the article tells the story's hurt with no place and another town's with its name: the
    # other articles' figures of no place are the story's, not that town's
    a = ("Published: May 4, 2025\n\nPolice fired on marchers in the capital on Saturday. At "
         "least 80 people were wounded, doctors said. In Tessaoua, some 300 km east, 12 people "
         "were wounded on Sunday when gendarmes broke up a crowd.")
    b = ("Published: May 5, 2025\n\nEighty people were wounded in the shooting, according "
         "to hospital staff.")
    report = compare([Document("a", a), Document("b", b)])
    assert Verdict.CONFLICT not in verdicts_on(report, "wounded")
    assert Verdict.TENSION not in verdicts_on(report, "wounded")
    # ... while one that tells the town's figure alone still joins the others to it
    c = "Published: May 5, 2025\n\nIn Tessaoua, 12 people were wounded on Sunday."
    d = "Published: May 5, 2025\n\nNineteen people were wounded, officials said."
    assert verdicts_on(compare([Document("c", c), Document("d", d)]), "wounded") == [
        Verdict.CONFLICT
    ]


def test_what_a_running_total_grew_by_is_no_total_of_its_own() -> None:
    first = "Six more patients have died of cholera in the camp since Monday, doctors said."
    second = "The outbreak has killed 27 people in the camp since it began in April."
    report = compare([Document("a", first, published=date(2025, 7, 2)),
                      Document("b", second, published=date(2025, 7, 4))])  # fmt: skip
    killed = [c for c in report.claims if c.measure == "killed"]
    assert sorted(c.scope for c in killed) == ["part", "whole"]
    assert all(f.verdict is Verdict.AGREE for f in report.findings if f.kind == "casualties")
