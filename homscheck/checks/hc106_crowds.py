"""Crowds and strikes: how many took part in a protest, a rally, a march or a strike.

Reads "about 5,000 people took part in the march", "tens of thousands of protesters rallied in
the capital", "the rally drew 20,000 supporters", "police put the crowd at 12,000", "a crowd
of some 3,000", "more than 10,000 workers went on strike".

The size of a crowd is the figure sources disagree on most openly: organisers count more than
the police do, and each outlet quotes the one it trusts. Those are estimates, so the comparator
reports two crowd sizes that differ as worth a look, not as a contradiction.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from homscheck.checks._counting import (
    PROTESTERS,
    SUBJECT_CLASSES,
    CountPatterns,
    Measures,
    count_claims,
)
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift
from homscheck.patterns import compile_pattern

CODE = "HC106"
NAME = "crowds"
KIND = "crowds"
# Organisers and the police each give their own estimate of a crowd or a strike.
DRIFT = Drift.estimated("crowd sizes are estimates (organisers and police count differently)")
EXAMPLES = [
    ("About 5,000 people took part in the march on Saturday.", "crowd people = about 5,000"),
    ("The rally drew more than 20,000 supporters.", "crowd people = (20,000, )"),
    ("Police estimated the crowd at 12,000.", "crowd people = 12,000"),
]

# "5,000 people took part", "thousands rallied", "some 300 mourners gathered"
_GATHERED = ["took part", "take part", "marched", "rallied", "gathered", "assembled",
             "demonstrated", "protested", "turned out", "attended", "took to the streets",
             "poured into the streets", "filled the streets", "filled the square",
             "joined the march", "joined the protest", "joined the rally",
             "joined the demonstration", "joined the protests",
             # a crowd at a venue: "More than 3,000 people were in the stadium", "About 30,000
             # people were packed into the ground", "some 500 guests were in attendance"
             "in attendance", "were in attendance", "packed into", "were packed into",
             "crammed into", "were crammed into", "filled the stadium",
             *(f"were {at} the {venue}" for at in ("in", "at", "inside", "outside and inside",
                                                   "inside and outside", "in and around",
                                                   "around")
               for venue in ("stadium", "arena", "ground", "venue", "game", "match", "concert",
                             "festival", "crowd", "hall", "church", "mosque", "temple",
                             "wedding", "club", "nightclub", "party"))]  # fmt: skip
# "10,000 workers went on strike", "staged a walkout"
# (not "walked out": of a building as often as off the job)
_STRUCK = ["went on strike", "walked off the job", "downed tools", "are on strike",
           "were on strike", "stayed off work"]  # fmt: skip
# Who makes up a crowd, besides the people of every count: "protesters", "mourners"
# (not those sent to an operation: "About 40 rescuers took part in the search", HC103's)
_SUBJECTS = {**{word: kind for word, kind in SUBJECT_CLASSES.items()
                if kind not in ("responders", "soldiers", "police", "fighters", "attackers")},
             **dict.fromkeys([*PROTESTERS, "mourners", "participants", "opponents",
                              "union members", "strikers", "voters", "devotees", "faithful",
                              "believers"], "people")}  # fmt: skip

MEASURES = Measures(
    after_subject={**dict.fromkeys(_GATHERED, "crowd"), **dict.fromkeys(_STRUCK, "strikers")},
    # "the rally drew 20,000 supporters", "attracting thousands of people" (with a noun for
    # people only: "drew 3 cards", "attracted 40 bids")
    before_number=dict.fromkeys(["drew", "drawing", "draws", "attracted", "attracting",
                                 "attracts", "brought out", "mobilised", "mobilized"], "crowd"),
    # "thousands rallied", "hundreds attended the funeral": the crowd with no noun for it
    # (not "gathered": "three gathered evidence")
    as_adjective={**dict.fromkeys(["rallied", "marched", "protested", "gathered", "assembled",
                                   "demonstrated", "attended", "took part", "turned out",
                                   "took to the streets",
                                   # a headline's present: "Tens of thousands march in
                                   # Belgrade", "Dozens turn out for vigil" (with where or
                                   # what: not "the two rally organisers")
                                   *(f"{verb} {how}" for verb in ("march", "rally", "protest")
                                     for how in ("in", "on", "through", "to", "against",
                                                 "outside", "for")),
                                   "gather", "turn out", "take to the streets"], "crowd"),
                  **dict.fromkeys(["went on strike", "strikers"], "strikers")},
    left_state={},
    # "a crowd of some 3,000", "police put the crowd at 12,000", "the crowd was estimated at
    # 40,000", "organisers said the turnout was 100,000", "crowds of up to 50,000"
    toll=r"\b(?:[Cc]rowds?|[Aa]ttendance|[Tt]urnout|[Nn]umber\s+of\s+(?:protesters|"
    r"demonstrators|marchers|participants))\b[^.;:]{0,40}?\b(?:of|at|to|was|were|reached"
    r"|numbered|topped|exceeded|swelled\s+to|grew\s+to)",
    toll_words=("crowd", "attendance", "turnout", "number"),
    toll_measure="crowd",
    needs_subject=frozenset({"drew", "drawing", "draws", "attracted", "attracting", "attracts",
                             "brought out", "mobilised", "mobilized"}),
    subjects=_SUBJECTS,
)  # fmt: skip

_PATTERNS = CountPatterns(MEASURES)


# An election's turnout told as a share of the electorate: no crowd ("Turnout was 58.4 percent
# of the roughly 1.2 million registered voters")
_SHARE_OF_VOTERS = compile_pattern(
    r"\b(?:percent|per\s+cent|%)[^;]{0,40}?\b(?:registered|eligible)\s+voters\b|\belectorate\b"
    # ("Turnout was 71.3 percent of the 988,000 people eligible to vote")
    r"|\bturnout\b[^;]{0,30}?(?:percent|per\s+cent|%)",
    regex.IGNORECASE,
)


# Those brought out of a ruin, not to a rally: "We have brought out 23 people alive",
# "brought out 12 people from the rubble" (HC102's rescued)
_OUT_OF_A_RUIN = compile_pattern(
    r"\s+(?:alive|(?:from|out\s+of)\s+the\s+(?:rubble|wreckage|debris|ruins|mine|shaft|water))\b",
    regex.IGNORECASE,
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for claim in count_claims(ctx, CODE, KIND, _PATTERNS):
        if _SHARE_OF_VOTERS.search(claim.text) or _OUT_OF_A_RUIN.match(ctx.text, claim.end):
            continue
        if _USUALLY_DRAWS.search(ctx.text, max(0, claim.start - 40), claim.start + 30):
            # ("The festival, which draws around 40,000 visitors over a weekend": what it
            # draws as a rule, kept, not compared with a crowd of the day)
            claim = replace(claim, comparable=False, time=None)
        sentence = ctx.sentence_at(claim.start)
        end = sentence.end if sentence else claim.end
        if claim.measure == "crowd" and _MOURNING.search(ctx.text, claim.start, end):
            # ("More than 200 mourners gathered for a vigil": another crowd than the party's
            # the shooting broke up, and than a protest's)
            claim = replace(claim, subject="mourners")
        yield claim


# A crowd that mourns: "mourners", "attended the funeral", "a vigil for the victims"
_MOURNING = compile_pattern(
    r"\b(?:mourners|vigils?|funerals?|memorial|burials?|wake|candlelight)\b", regex.IGNORECASE
)


# A place or occasion's usual crowd: "which draws", "usually attracts", "draws ... each year"
_USUALLY_DRAWS = compile_pattern(
    r"\b(?:(?:which|that)\s+(?:usually\s+|typically\s+|normally\s+|regularly\s+)?"
    r"|(?:usually|typically|normally|regularly|annually|traditionally)\s+)"
    r"(?:draws|attracts|welcomes|brings\s+in|hosts)\b",
    regex.IGNORECASE,
)
