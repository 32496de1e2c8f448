"""Relief: how many need aid, were given it, or were vaccinated.

Reads "2.1 million people are in need of food aid", "some 300,000 people need humanitarian
assistance", "the WHO has vaccinated 95,000 people", "more than 120,000 children have been
vaccinated", "40,000 families have received food aid", "the programme fed 12,000 people",
"aid agencies have delivered food to some 12,000 families".

Humanitarian appeals, agencies and governments each give their own figure of those in need and
of those reached, and a later report counts more vaccinated: figures to set side by side.
"""

from __future__ import annotations

from collections.abc import Iterator

from homscheck.checks._counting import SUBJECT_CLASSES, CountPatterns, Measures, count_claims
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift

CODE = "HC108"
NAME = "relief"
KIND = "relief"
# Aid reaches more people day after day, and a campaign vaccinates more; the people in need
# are an assessment of one day, no count that grows.
DRIFTS = {"vaccinated": Drift.grows(), "reached": Drift.grows()}
EXAMPLES = [
    ("Some 2.1 million people are in need of food aid.", "in need people = about 2,100,000"),
    ("The agency has vaccinated 95,000 children.", "vaccinated children = 95,000"),
    ("About 40,000 families have received food aid.", "reached families = about 40,000"),
]

# "2.1 million people are in need of food aid", "need humanitarian assistance"
_AID = ["aid", "food aid", "humanitarian aid", "assistance", "humanitarian assistance",
        "food assistance", "emergency aid", "emergency assistance", "help", "food",
        "shelter", "protection",
        # "About 3,000 people received emergency rations", "received relief supplies"
        # (not a bare "relief": "two people received relief from pain")
        "rations", "emergency rations", "food rations", "relief supplies",
        "food parcels", "aid packages", "cash assistance", "hot meals"]  # fmt: skip
# "aid agencies have delivered food to some 12,000 families", "provided assistance to 5,000"
_GIVEN_TO = [f"{verb} {what} to" for verb in ("delivered", "delivering", "distributed",
                                               "distributing", "provided", "providing",
                                               "brought", "bringing")
             for what in ("food", "aid", "food aid", "assistance", "relief", "rations",
                          "relief supplies", "humanitarian aid", "humanitarian assistance")]
_IN_NEED = [*(f"{verb} {what}" for verb in ("in need of", "need", "needing", "in urgent need of",
                                            "depend on", "rely on", "require", "requiring")
              for what in _AID),
            "in need", "in dire need", "in urgent need", "face hunger", "facing hunger",
            "face starvation", "facing starvation", "go hungry"]  # fmt: skip
# "40,000 families have received food aid", "were reached with aid"
_REACHED = [*(f"{verb} {what}" for verb in ("received", "receiving", "were given", "been given",
                                            "reached with", "were reached with")
              for what in _AID)]  # fmt: skip

MEASURES = Measures(
    after_subject={**dict.fromkeys(_IN_NEED, "in need"), **dict.fromkeys(_REACHED, "reached"),
                   **dict.fromkeys(["vaccinated", "immunised", "immunized", "inoculated"],
                                   "vaccinated")},
    # "the WHO has vaccinated 95,000 people", "the programme fed 40,000 families" (not
    # "reached": "rescuers reached 12 trapped miners")
    before_number={**dict.fromkeys(["vaccinated", "vaccinating", "immunised", "immunized",
                                    "inoculated"], "vaccinated"),
                   **dict.fromkeys(["fed", "feeding", *_GIVEN_TO], "reached")},
    as_adjective={},
    left_state={},
    # (people only with a noun for them: "reached 40 degrees", "vaccinated 3,000 cattle")
    needs_subject=frozenset({"vaccinated", "vaccinating", "immunised", "immunized",
                             "inoculated", "fed", "feeding", *_GIVEN_TO}),
    subjects=SUBJECT_CLASSES,
)  # fmt: skip

_PATTERNS = CountPatterns(MEASURES)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    yield from count_claims(ctx, CODE, KIND, _PATTERNS)
