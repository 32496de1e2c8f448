"""When a count happened, as the sentence says it: a period that frames a comparison ("the
deadliest shooting this year") is not the time of the count."""

from __future__ import annotations

from datetime import date

import pytest

from homscheck import Document, read_document
from homscheck.core import Config

PUBLISHED = date(2016, 6, 8)


def _times(sentence: str) -> list[str | None]:
    doc = Document("t", sentence, "t.txt", PUBLISHED, "command line")
    claims = read_document(doc, Config(select=("HC101",))).claims
    assert claims, sentence
    return [c.time.describe() if c.time else None for c in claims]


# Sentences whose count takes no time from the sentence, by what the date there is instead
_NO_TIME = [
    # a period that frames a comparison
    pytest.param(
        "The robbery turned into a triple homicide, the deadliest shooting in the city this year.",
        id="comparison frame",
    ),
    pytest.param(
        "Three people were killed in the bloodiest attack on the town since 2010.",
        id="comparison frame since",
    ),
    pytest.param(
        "Two men were killed in what police called the 14th homicide this year.",
        id="comparison frame ordinal",
    ),
    pytest.param(
        "Four people were wounded in the worst shooting at the park in years.",
        id="comparison frame in years",
    ),
    pytest.param("Two women died in the latest attack this month.", id="comparison frame latest"),
    # a count told as an adjective: the state of those counted came from before (the
    # memorial's date is not the deaths')
    pytest.param(
        "On May 2, the names of the four slain guards were read at a memorial.", id="adjective"
    ),
    pytest.param(
        "Twelve wounded soldiers were flown to Germany on Monday.", id="adjective wounded"
    ),
    # the start of a period the count runs over
    pytest.param(
        "At least 60 people have died since the outbreak began on May 2, 2016.",
        id="start of a period",
    ),
    pytest.param(
        "The fighting has killed 300 civilians since it erupted in January 2016.",
        id="start of a period erupted",
    ),
    # a day in another time zone
    pytest.param(
        "The blast at 2 a.m. (2030 GMT Tuesday) killed six people.", id="another time zone"
    ),
    # the day someone told it is when it was reported
    pytest.param(
        "Two people were killed, the sheriff told reporters on Monday.", id="told"
    ),
    pytest.param(
        "Four people were wounded, a spokesman told WKRN 2 on Monday.", id="told an outlet"
    ),
    # a day after the article (published on a Wednesday: the Thursday is the next day)
    pytest.param(
        "The boy is expected in court Thursday, as the town mourns a shooting that left six "
        "people wounded.",
        id="after the article",
    ),
    pytest.param(
        "The school will reopen on Friday, a week after three students were killed.",
        id="after the article reopen",
    ),
    # a wire dateline's date is the day of the report, not of the event
    pytest.param(
        "TARVO, June 7 (Reuters) - Gunmen killed nine villagers near the market, officials said.",
        id="wire dateline",
    ),
    # the day of the arrest, not of the killings
    pytest.param(
        "The man suspected of killing four people was arrested Wednesday.",
        id="arrest day",
    ),
    # the day of the autopsies
    pytest.param(
        "Autopsies performed Monday showed both victims died of gunshot wounds.",
        id="autopsy day",
    ),
    # a running total's start, and a year the sentence before opened on
    pytest.param(
        "In 2014, the county bought new cruisers. Since 2010, 11 officers have died on duty.",
        id="since, no frame before",
    ),
    # a running total since what began it, after a sentence that opens on a night
    pytest.param(
        "Last night another strike hit Kessa. The UN says more than 6,000 civilians have been "
        "killed since the coup.",
        id="since the coup, no frame before",
    ),
    # the day suspects were named
    pytest.param(
        "Authorities on Thursday named two officers as suspects over a crush that killed 12 "
        "people.",
        id="suspects named",
    ),
    # the day a video was released
    pytest.param(
        "Police on Monday released body camera video of officers shooting and killing a man.",
        id="video released",
    ),
    # the day of what a side did, in an aside before the count
    pytest.param(
        "The army, which says it retook the town on Tuesday, puts its losses at 19 dead soldiers.",
        id="aside on a side",
    ),
    # a burial's day, later than the deaths
    pytest.param(
        "Mourners in Kessa buried more victims on Sunday of a bombing that killed 27 people.",
        id="burial after",
    ),
    # the day of what came after, in a clause of its own
    pytest.param(
        "Gunmen killed 14 villagers before soldiers retook the market town on Friday.",
        id="before another did",
    ),
    # the day in another time zone, in brackets
    pytest.param(
        "The fire broke out at about 1:30 a.m. (2230 GMT on Saturday), killing 14 people.",
        id="other time zone",
    ),
    # an arrest's day, later than the deaths
    pytest.param(
        "Troopers on Monday arrested a woman in the crash that killed two people.",
        id="arrest after",
    ),
]


@pytest.mark.parametrize("sentence", _NO_TIME)
def test_the_sentence_gives_no_time_of_the_count(sentence: str) -> None:
    assert _times(sentence) == [None]


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("Three people were killed in the attack in 2015.", "2015-01-01..2015-12-31"),
        ("The arrest came after two men were killed in March 2016.", "2016-03-01..2016-03-31"),
        ("The deadliest shooting this year killed three people on Sunday.", "2016-06-05 (Sunday)"),
        ("Five soldiers were killed last month near the border.", "2016-05-01..2016-05-31"),
        # (not the day they were buried)
        ("Mourners on Saturday buried three drivers who were killed in a strike on Tuesday.",
         "2016-06-07 (Tuesday)"),
        # (a day after what it counts, with no article before the doers)
        ("The army retook the town on Sunday, a day after fighters killed 30 soldiers.",
         "2016-06-04 (Saturday)"),
        # (not the year of the next clause's event, a list's second)
        ("He cited the 2013 crush at Ratangarh, where 115 people died, and the 2005 crush at "
         "Mandhar Devi.", "2013-01-01..2013-12-31"),
        # (the same occasion's "before police arrived")
        ("Gunmen killed five people before police arrived on Friday.", "2016-06-03 (Friday)"),
    ],
)
def test_a_period_of_the_event_is_its_time(sentence: str, time: str) -> None:
    assert _times(sentence) == [time]


def _times_of(text: str) -> list[tuple[str, str | None]]:
    doc = Document("t", text, "t.txt", PUBLISHED, "command line")
    claims = read_document(doc, Config(select=("HC101",))).claims
    return [(c.text, c.time.describe() if c.time else None) for c in claims]


def test_a_sentence_that_opens_on_a_date_dates_the_next() -> None:
    text = "On May 7, three men were shot in two separate incidents.\n\nTwo of them were killed."
    assert _times_of(text) == [
        ("three men were shot", "2016-05-07"),
        ("Two of them were killed", "2016-05-07"),
    ]


def test_a_storm_named_in_a_clause_after_the_count_dates_not_the_count() -> None:
    text = "The storm left 4 people dead, and Hurricane Ida in 2015 killed 30."
    assert _times_of(text)[0] == ("4 people dead", None)


def test_a_quote_that_opens_on_a_date_dates_not_the_next() -> None:
    text = '"In 2015 we lost two boys here," the pastor said.\n\nFour people were killed.'
    assert _times_of(text)[-1] == ("Four people were killed", None)


@pytest.mark.parametrize(
    "text",
    [
        # the date is when it was said, not where the story stands
        "Police said on May 7 that three men were shot. Two were killed.",
        # the date does not open the sentence
        "Three men were shot on May 7 in another town. Two were killed.",
        # two sentences on
        "On May 7, three men were shot. The city was shaken. Two were killed.",
    ],
)
def test_only_an_opening_date_of_the_sentence_before_carries_over(text: str) -> None:
    killed = [t for q, t in _times_of(text) if "killed" in q]
    assert killed == [None]


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        # the date after a figure compared with is that figure's, not the count's
        ("Five people were killed on Sunday, up from 3 on Saturday.", "2016-06-05 (Sunday)"),
        ("Nine people were wounded this week, down from 14 in 2015.", "2016-06-06..2016-06-12"),
        ("Twelve people were hurt, compared with 40 last year.", None),
        # ... told with what it was: "down from 68 percent in the first round held on May 31"
        ("Three people were killed, down from 11 in the previous clash held on May 2.", None),
        ("Six people were wounded, up from two at the same rally on Friday.", None),
        # a date after a second count of the same event is still the event's
        ("Five people were killed and 12 wounded on Sunday.", "2016-06-05 (Sunday)"),
    ],
)
def test_a_compared_figure_keeps_its_date(sentence: str, time: str | None) -> None:
    assert _times(sentence)[0] == time


def test_a_date_in_a_clause_of_another_subject_is_not_the_counts() -> None:
    sentence = (
        "On May 3, 2015, a car bomb killed nine people, while in 2012 a mortar attack "
        "left two people wounded."
    )
    assert _times(sentence)[0] == "2015-05-03"


def test_a_date_after_a_semicolon_is_of_the_next_clause() -> None:
    assert _times("On Monday, officials put the toll at 41; on Tuesday it passed 50.") == [
        "2016-06-06 (Monday)"
    ]


def test_a_date_after_and_opens_the_next_clause() -> None:
    sentence = (
        "In April 2012 fighting in the valley killed 55 people, and in September 2014 the "
        "worst clashes killed about 100."
    )
    assert _times(sentence) == ["2012-04-01..2012-04-30", "2014-09-01..2014-09-30"]


def test_the_day_a_source_spoke_early_or_late_is_no_time_of_the_count() -> None:
    assert _times("Twelve people were killed, officials said late on Monday.") == [None]
    assert _times("Thirty people were hurt, the police said early Tuesday.") == [None]


def test_a_bulletins_lines_stand_at_the_day_their_list_is_dated() -> None:
    # the heading's "as of", or a line's above, dates the lines with none of their own
    text = (
        "KEY FIGURES (as of 6 June 2016, 16:00)\n\n- Deaths: 9 (6 at the scene)\n"
        "- Injured: 38, of whom 11 are children\n"
    )
    assert set(_times(text)) == {"2016-06-06"}
    text = "- 86 people dead as of 5 June, 18:00.\n- 412 people injured in the district.\n"
    assert set(_times(text)) == {"2016-06-05"}


def test_a_line_of_running_text_takes_no_date_of_a_list() -> None:
    text = "- 86 people dead as of 5 June, 18:00.\n\nThe mayor said 412 people were injured."
    assert _times(text) == ["2016-06-05", None]


def test_a_count_is_dated_in_its_own_clause_before_the_one_before() -> None:
    # "on Monday" is as near to the 12 as "on Tuesday", but of the clause before
    assert _times("Three were killed on Monday, and 12 were wounded on Tuesday.") == [
        "2016-06-06 (Monday)",
        "2016-06-07 (Tuesday)",
    ]
    # (a date before a count, with no date of its own, still dates it)
    assert _times("On Monday, three were killed.") == ["2016-06-06 (Monday)"]
    # (nor does a date after, in a clause of its own, win over it)
    assert _times(
        "Where things stand tonight: 11 bodies found, and 60 people still missing after the "
        "boat capsized on Monday."
    )[-1] == "2016-06-08"
