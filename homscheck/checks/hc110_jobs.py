"""Jobs: how many jobs a company or a government cut, or how many workers it laid off.

Reads "the carmaker will lay off 4,500 workers", "the bank is cutting 1,200 jobs", "some 800
positions will be eliminated", "the airline laid off nearly 2,000 staff", "plans to shed 600
jobs"; and how many work there: "the plant employs around 800 people", "a workforce of 750".

Reports of one round of job cuts give the figure of one plant, one country or the whole group,
or an early and a final one: figures a business desk checks against one another. Jobs and the
workers who held them are one figure, as reports use them for one another.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.checks._counting import SUBJECT_CLASSES, CountPatterns, Measures, count_claims
from homscheck.context import DocumentContext
from homscheck.model import Claim
from homscheck.patterns import compile_pattern

CODE = "HC110"
NAME = "jobs"
KIND = "jobs"
EXAMPLES = [
    ("The carmaker said it would lay off 4,500 workers.", "cut jobs = 4,500"),
    ("The bank is cutting about 1,200 jobs.", "cut jobs = about 1,200"),
    ("Some 800 positions will be eliminated.", "cut jobs = about 800"),
]

# "1,200 jobs", "4,500 workers", "800 positions": one subject, the jobs
_JOB_NOUNS = ["jobs", "job", "positions", "posts", "roles", "employees", "staff", "staffers",
              "workforce", *(k for k, v in SUBJECT_CLASSES.items() if v == "workers")]
# "cut", "slash", "eliminate" count jobs only with a noun for them: "cut 12 minutes from the
# route", and people "were cut" by glass
_CUT = ["cut", "cutting", "cuts", "eliminate", "eliminating", "eliminated", "eliminates",
        "slash", "slashing", "slashed", "shed", "shedding", "sheds", "axe", "axing", "axed",
        "ax", "lose", "loses", "losing", "lost",
        # ("the closure will cost 2,300 jobs")
        "cost", "costing", "costs"]  # fmt: skip
# ... but people are laid off: "laid off 300 people"
_LAID_OFF = ["lay off", "laying off", "lays off", "laid off", "furlough", "furloughed",
             "furloughing", "made redundant", "let go"]  # fmt: skip
# the same, after the count: "800 positions will be eliminated", "200 people were let go"
_CUT_AFTER = ["cut", "eliminated", "axed", "shed", "slashed"]
_LAID_OFF_AFTER = ["laid off", "made redundant", "furloughed", "let go"]


def _measures(verbs: list[str], passive: list[str], nouns: list[str]) -> Measures:
    return Measures(
        after_subject=dict.fromkeys(passive, "cut"),
        before_number=dict.fromkeys(verbs, "cut"),
        as_adjective={},
        # "puts 1,900 jobs at risk": threatened, not cut yet
        left_state={"at risk": "at risk"},
        left_verbs=("puts", "put", "putting", "places", "placed", "placing", "leaves", "left",
                    "leaving"),
        needs_subject=frozenset(verbs),
        default_subject="jobs",
        subjects=dict.fromkeys(nouns, "jobs"),
    )


# How many work there, which reports of a plant's fire or a firm's cuts give too: "the plant
# employs around 800 people", "a workforce of 750"
_EMPLOYS = ["employs", "employing", "employed", "employ", "a workforce of", "workforce of",
            "has a staff of"]  # fmt: skip
_EMPLOYED = Measures(
    after_subject={},
    before_number=dict.fromkeys(_EMPLOYS, "employed"),
    as_adjective={},
    left_state={},
    needs_subject=frozenset(["employs", "employing", "employed", "employ"]),
    default_subject="workers",
    subjects=dict.fromkeys([*_JOB_NOUNS, "people", "persons"], "workers"),
)

_PATTERNS = [
    # "cutting 1,200 jobs", "800 positions will be eliminated", "will lay off 4,500 workers"
    CountPatterns(_measures([*_CUT, *_LAID_OFF], [*_CUT_AFTER, *_LAID_OFF_AFTER], _JOB_NOUNS)),
    # "laid off 300 people", "200 people were let go"
    CountPatterns(_measures(_LAID_OFF, _LAID_OFF_AFTER, ["people", "persons"])),
    CountPatterns(_EMPLOYED),
]  # fmt: skip


# What a licence or a rule allows, not how many are employed: "licensed to employ not more
# than 50 workers"
_ALLOWED_TO = compile_pattern(
    r"\b(?:licensed|licenced|allowed|permitted|authori[sz]ed|entitled|cleared)\s+to\s+$",
    regex.IGNORECASE,
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for patterns in _PATTERNS:
        for claim in count_claims(ctx, CODE, KIND, patterns):
            if not _ALLOWED_TO.search(ctx.text, max(0, claim.start - 30), claim.start):
                yield claim
