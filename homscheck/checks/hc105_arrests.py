"""Arrests: how many people were arrested, detained or charged.

Reads "police said 22 people were arrested", "security forces detained more than 300
protesters", "14 arrests were made", "at least 40 were taken into custody", "five men have been
charged".

Arrest figures after a protest or a raid differ between the police, who give them, and the
organisers or rights groups, who count their own; and they grow from one report to the next.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.checks._counting import (
    ABDUCTION_STORY,
    PROTESTERS,
    SUBJECT_CLASSES,
    CountPatterns,
    Measures,
    count_claims,
)
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift
from homscheck.patterns import compile_pattern

CODE = "HC105"
NAME = "arrests"
KIND = "arrests"
# Arrests go on for days: a later report with more is an update.
DRIFT = Drift.grows()
EXAMPLES = [
    ("Police said 22 people were arrested during the march.", "arrested people = 22"),
    ("Security forces detained more than 300 protesters.", "arrested people = (300, )"),
    ("Officers made 14 arrests overnight.", "arrested people = 14"),
]

# "22 people were arrested", "40 were taken into custody", "20 had been detained": one measure,
# as reports use the words for one another
_ARRESTED = ["arrested", "taken into custody", "rounded up", "apprehended", "booked", "detained",
             "held", "picked up",
             # "three suspects are in custody"
             "in custody", "in police custody"]  # fmt: skip
_JAILED = ["jailed", "imprisoned", "sentenced"]
_CHARGED = ["charged", "indicted", "prosecuted"]
# people a rule of arrests counts besides the usual ones: "protesters", "suspects"
# (not those in prison already: "a prison built for 1,200 inmates, held 3,400")
_SUBJECTS = {**{word: kind for word, kind in SUBJECT_CLASSES.items() if kind != "prisoners"},
             **dict.fromkeys([*PROTESTERS, "rioters", "suspects", "suspect",
                              "opposition supporters"], "people")}  # fmt: skip

MEASURES = Measures(
    after_subject={**dict.fromkeys(_ARRESTED, "arrested"), **dict.fromkeys(_JAILED, "jailed"),
                   **dict.fromkeys(_CHARGED, "charged")},
    # "police arrested 22 people", "detaining more than 300"
    before_number={**dict.fromkeys(["arrested", "arresting", "arrests", "rounded up",
                                    "apprehended", "detained", "detaining", "detains"],
                                   "arrested"),
                   **dict.fromkeys(["jailed", "jailing"], "jailed"),
                   **dict.fromkeys(["charged", "charging", "indicted"], "charged")},
    # "14 arrests", "22 arrested"
    as_adjective=dict.fromkeys(["arrests", "arrested", "detained", "detentions"], "arrested"),
    left_state={},
    # (these count people only with a noun for them: "charged $5", "detained 3 hours")
    needs_subject=frozenset({"detained", "detaining", "detains", "jailed", "jailing", "charged",
                             "charging", "indicted"}),
    subjects=_SUBJECTS,
)  # fmt: skip

_PATTERNS = CountPatterns(MEASURES)


# "held" of a suspect is custody even in a story of an abduction: "two suspects were held"
_SUSPECTS = compile_pattern(r"\bsuspect", regex.IGNORECASE)
_HELD = compile_pattern(r"\bheld$")


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    abduction = ABDUCTION_STORY.search(ctx.text) is not None
    for claim in count_claims(ctx, CODE, KIND, _PATTERNS):
        # ("Twenty-five pupils are still being held": by their captors, ``hc109``)
        if abduction and _HELD.search(claim.text) and not _SUSPECTS.search(claim.text):
            continue
        yield claim
