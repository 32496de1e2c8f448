"""Displacement: how many were evacuated, transferred, displaced, fled, rescued or returned.

Reads "34,500 people were transferred out of the area", "the war has displaced more than 11
million", "thousands of residents fled", "more than half of the population has been displaced",
"2,500 people left the city with the convoy, including 700 militants".

Evacuation figures drift between sources (who is counted: fighters only, or their families too)
and between days of a rolling operation, so each is kept with its place and date.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.checks._counting import (
    CountPatterns,
    LabelledCounts,
    Measures,
    count_claims,
    labelled_counts,
)
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift
from homscheck.patterns import compile_pattern

CODE = "HC102"
NAME = "displacement"
KIND = "displacement"
# The displaced and evacuated grow as an operation goes on; people in shelters come and go.
DRIFT = Drift.grows()
DRIFTS = {"sheltered": Drift.changes("a later report counts differently (people come and go)")}
EXAMPLES = [
    (
        "About 3,000 residents were evacuated from the besieged town.",
        "evacuated civilians = about 3,000",
    ),
    ("The floods have displaced more than 200,000 people.", "displaced people = (200,000, )"),
    ("Hundreds of families fled to the border.", "displaced families = ~[200, 999]"),
]

_SAFE_PLACES = ("relief camps", "safer places", "safety", "safer locations", "shelters",
                "relief centres", "relief centers")
_EVACUATED = ["evacuated", "transferred", "bused", "bussed", "relocated", "moved", "left",
              "departed", "taken out", "pulled out",
              # as Indian reports say it: "About 800 families were shifted to relief camps"
              *(f"shifted to {where}" for where in _SAFE_PLACES)]  # fmt: skip
_DISPLACED = ["displaced", "internally displaced", "fled", "flee", "fleeing",
              "forced from their homes", "forced to flee", "uprooted",
              "expelled", "deported", "made homeless", "driven from their homes",
              # "some 600,000 refugees have crossed into Chad"
              "crossed into", "crossed the border", "crossed over into"]  # fmt: skip
_RETURNED = ["returned", "went home", "came back"]
# "30,000 residents were ordered to evacuate", "35,000 people remain under evacuation orders":
# told to leave, which is not yet having left
# (not "told to leave": a bouncer tells men to leave a party)
_ORDERED = ["ordered to evacuate", "told to evacuate", "under evacuation orders",
            "under evacuation order", "under mandatory evacuation",
            "under mandatory evacuation orders", "under an evacuation order",
            # ("About 400 residents were told to leave their homes")
            # (not "Two fans were told to leave the stadium")
            *(f"{told} to leave {whose} homes" for told in ("told", "ordered")
              for whose in ("their", "the")),
            # ("Some 2,100 people had been ordered out of Kessling": a town's, not a stadium's)
            "ordered out of", "ordered out of their homes"]  # fmt: skip
# "another 4,000 are under evacuation warnings": told to be ready, not yet to leave
_WARNED = ["under evacuation warnings", "under an evacuation warning",
           "under evacuation warning", "warned to prepare to evacuate"]  # fmt: skip
# "2,000 residents were rescued by boat", "the army had rescued 20,000"
# "15 survivors were pulled out of the wreckage", "nine were dug out alive"
_FROM_THE_RUINS = [f"{verb}{alive} {out} the {ruins}"
                   # ("Four people were plucked from the sea", "two survivors were fished out of
                   # the river")
                   for verb in ("pulled", "dug", "plucked", "fished")
                   for alive in ("", " alive")
                   for out in ("from", "out of")
                   for ruins in ("rubble", "wreckage", "debris", "ruins", "water", "river",
                                 "sea")]  # fmt: skip
_DISASTERS = ["sinking", "capsizing", "crash", "collapse", "disaster", "accident", "blast",
              "explosion", "fire", "avalanche", "landslide", "derailment", "stampede"]
# ("Nine miners were brought out alive", "brought to the surface alive")
_RESCUED = ["rescued", *_FROM_THE_RUINS, "pulled out alive", "dug out alive", "saved",
            "brought out alive", "brought to the surface alive", "brought up alive",
            # a helicopter's: "three climbers were winched to safety", "airlifted to safety"
            "winched to safety", "airlifted to safety", "plucked to safety",
            # the survivors of a sinking or a crash are those saved: "only 12 passengers
            # survived the crash" (not a shooting's: "two other people survived", the wounded)
            *(f"survived the {disaster}" for disaster in _DISASTERS)]
# "40,000 people spent the night in shelters", "12,000 took refuge in schools": those in shelter
# now, a count that rises and falls as people leave and return
_SHELTERED = ["in shelters", "in emergency shelters", "in evacuation centres",
              "in evacuation centers", "in relief camps", "spent the night in shelters",
              "spent the night in emergency shelters", "sought shelter", "took shelter",
              "took refuge", "sought refuge", "are sheltering", "were sheltering",
              "sheltering in", "sheltering at", "sheltered at", "sheltered in",
              # "About 42,000 people were still living in relief camps"
              # ("Some 6,000 people were sleeping in tents or in the open")
              *(f"{verb} in {place}" for verb in ("staying", "living", "still living", "housed",
                                                  "still staying", "stayed", "had stayed",
                                                  "spent the night", "sleeping", "slept",
                                                  "spending the night")
                for place in ("shelters", "relief camps", "evacuation centres",
                              "evacuation centers", "temporary shelters", "camps", "tents",
                              "makeshift tents", "the open", "the open air")),
              "in temporary shelters", "in evacuation shelters",
              # "About 3,000 people had received emergency shelter"
              *(f"{verb} {kind}shelter" for verb in ("received", "been given", "were given",
                                                     "found")
                for kind in ("", "emergency ", "temporary "))]  # fmt: skip

# "three men who fled the scene", "two others fled on foot": a getaway, not people displaced
_NOT_A_GETAWAY = (
    r"(?!(?<=\b(?i:fled|flee|fleeing))\s+(?:the\s+(?:scene|house|home|residence"
    r"|apartment|car|vehicle|store|bar|club)\b|on\s+foot\b|in\s+(?:a|an|the|his|her|their)\s"
    r"|before\s+(?:police|officers|deputies)\b|from\s+(?:police|officers|deputies|the\s+scene)\b"
    r"|(?:police|officers|deputies)\b))"
    # nor gunfire answered, nor the day's going out: "two officers returned fire", "the
    # children had left for school"
    r"(?!(?<=\b(?i:returned))\s+(?:fire|gunfire|shots)\b)"
    r"(?!(?<=\b(?i:left))\s+(?:for|to)\s+(?:school|work|church|class|college|the\s+office)\b)"
    # nor a weapon drawn: "at least two people pulled out guns"
    r"(?!(?<=\b(?i:pulled\s+out|taken\s+out))\s+(?:(?:a|an|their|his|her|two|several)\s+)?"
    r"(?i:guns?|handguns?|pistols?|rifles?|weapons?|firearms?|knives|knife|a\s+knife))"
)

# Where a flood or a war drives people: "forced 120,000 people from their homes"
_FROM_HOMES = [f"{out} {homes}" for out in ("from", "out of")
               for homes in ("their homes", "their houses", "their villages")] + [
               "to flee", "to leave their homes", "into exile"]  # fmt: skip

MEASURES = Measures(
    after_subject={**dict.fromkeys(_EVACUATED, "evacuated"),
                   **dict.fromkeys(_DISPLACED, "displaced"),
                   **dict.fromkeys(_RETURNED, "returned"),
                   **dict.fromkeys(_RESCUED, "rescued"),
                   **dict.fromkeys(_SHELTERED, "sheltered"),
                   **dict.fromkeys(_ORDERED, "ordered to evacuate"),
                   **dict.fromkeys(_WARNED, "warned to evacuate")},
    before_number={**dict.fromkeys(["evacuated", "evacuating", "transferred", "bused",
                                    "relocated", "evacuation of", "transfer of",
                                    # ("forced authorities to evacuate about 2,800 people")
                                    "forced authorities to evacuate",
                                    "forcing authorities to evacuate",
                                    "forced officials to evacuate",
                                    "forcing officials to evacuate"], "evacuated"),
                   **dict.fromkeys(["displaced", "displacing", "uprooted", "uprooting",
                                    "expelled", "forced out", "drove out"], "displaced"),
                   **dict.fromkeys(["rescued", "rescuing", "rescue of", "saved", "saving",
                                    "pulled", "plucked"], "rescued")},
    # (not "saved 3 lives", "pulled 3 levers", "the evacuation of two hospitals": people only
    # with a noun for them)
    needs_subject=frozenset({"saved", "saving", "pulled", "plucked", "evacuation of",
                             "transfer of"}),
    # ("thousands flee toward the border": a headline's verb after a bare count)
    as_adjective={**dict.fromkeys(["displaced", "uprooted", "fled", "flee", "fleeing",
                                   "crossed into", "crossed the border"], "displaced"),
                  **dict.fromkeys(["evacuated", "evacuees"], "evacuated"),
                  **dict.fromkeys(["returnees"], "returned")},
    # "left homeless", "were left without shelter"
    # ("the floods forced 120,000 people from their homes", "drove 5,000 villagers to flee")
    # ("We have brought out 23 people alive", "dug out four miners alive": the rescued)
    left_state={**dict.fromkeys(["homeless", "displaced", "without shelter", "without homes",
                                 "without a home", *_FROM_HOMES], "displaced"),
                "alive": "rescued",
                # ("rescue teams had brought 71 survivors out alive")
                **dict.fromkeys(["out alive", "out of the rubble alive", "to safety"],
                                "rescued")},
    left_verbs=("left", "leaving", "leaves", "forced", "forcing", "forces", "drove", "driving",
                "drives", "driven", "brought out", "bringing out", "pulled out", "dug out",
                "brought", "bringing", "pulled", "dug"),
    # "the number of displaced rose to 4.1 million", "the number of refugees stands at 600,000"
    toll=r"\b[Nn]umber\s+of\s+(?:(?:internally\s+)?displaced|refugees|evacuees|homeless)"
    r"(?:\s+(?:people|persons|residents|civilians))?\b[^.;:]{0,40}?\b(?:to|at|reached|hit|topped"
    r"|exceeded|passed|is|was|stands|stood)",
    toll_words=("number",),
    toll_measure="displaced",
    not_after=_NOT_A_GETAWAY,
)  # fmt: skip

_PATTERNS = CountPatterns(MEASURES)

# A bulletin's lines: "Persons evacuated: 12,600, including 4,150 children", "- Rescued: 640"
_LABELS = LabelledCounts(
    {**dict.fromkeys(["evacuated", "persons evacuated", "people evacuated", "evacuees"],
                     "evacuated"),
     **dict.fromkeys(["rescued", "persons rescued", "people rescued"], "rescued"),
     **dict.fromkeys(["displaced", "people displaced", "persons displaced", "idps",
                      "internally displaced", "internally displaced persons"], "displaced")}
)  # fmt: skip


# Those aboard a vessel that left: "The ship, with 1,500 passengers on board, had left Cebu"
_ABOARD = compile_pattern(r"\b(?:on\s+board|aboard)\b", regex.IGNORECASE)


# The displaced a place shelters: "The school had become home to more than 3,000 displaced
# people" (not a population: ``hc202_population``)
_HOME_TO = compile_pattern(r"\bhome\s+to\s+$", regex.IGNORECASE)
_DISPLACED_NEXT = compile_pattern(
    r"\s+(?:internally\s+)?displaced(?:\s+(?:people|persons|civilians|residents|families))?\b"
)
_HOME_TO_WORDS = compile_pattern(r"\bhome\s+to\b", regex.IGNORECASE)


def _home_to_the_displaced(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence in ctx.sentences_with(_HOME_TO_WORDS):
        for number in ctx.numbers_in(sentence.start, sentence.end):
            displaced = _DISPLACED_NEXT.match(ctx.text, number.end, sentence.end)
            if displaced is None or not _HOME_TO.search(
                ctx.text, max(sentence.start, number.start - 12), number.start
            ):
                continue
            event, reported = ctx.when(sentence, number.start)
            yield ctx.claim(
                CODE, KIND, "sheltered", "people", number.start, displaced.end(), number.value,
                sentence, place=ctx.place_near(sentence, number.end), time=event,
                reported=reported,
            )  # fmt: skip


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    yield from _home_to_the_displaced(ctx)
    for claim in count_claims(ctx, CODE, KIND, _PATTERNS):
        # (those an attack "left alive" are its survivors, not people rescued)
        if claim.measure == "rescued" and claim.text.lower().startswith(("left", "leav")):
            continue
        if claim.measure == "evacuated" and _ABOARD.search(claim.text):
            continue  # (the ship left with them: no one evacuated)
        yield claim
    yield from labelled_counts(ctx, CODE, KIND, _LABELS)
