"""Abductions: how many were kidnapped or taken hostage, are still held, or were freed.

Reads "gunmen abducted 87 students", "some 276 schoolgirls were kidnapped", "the attackers took
30 people hostage", "40 guests were held hostage", "the kidnappers are holding 40 people",
"security forces freed 30 captives", "12 of the students escaped"; and the prisoners a swap
frees: "13 hostages were freed in return for 39 prisoners"; and a jailbreak's escaped ("gunmen
stormed the prison, freeing 240 inmates") and recaptured ("58 escapees have been rearrested").

Conflict monitors count abductions apart from the killed and wounded, and early reports of a
mass kidnapping often disagree on how many were taken; how many are still held changes as some
are freed or escape.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from homscheck.checks._counting import (
    ABDUCTION_STORY,
    CAPTORS,
    SUBJECT_CLASSES,
    CountPatterns,
    LabelledCounts,
    Measures,
    count_claims,
    labelled_counts,
)
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift
from homscheck.patterns import compile_pattern

CODE = "HC109"
NAME = "abductions"
KIND = "abductions"
# How many were taken is one figure, and two that differ conflict; how many are still held
# changes as some are freed or escape, and more are freed as days pass.
DRIFTS = {
    "held": Drift.changes("a later report counts differently (some freed, others escaped)"),
    "freed": Drift.grows(),
    "escaped": Drift.grows(),
    "recaptured": Drift.grows(),
}
EXAMPLES = [
    ("Gunmen abducted 87 students from the school.", "abducted children = 87"),
    ("The attackers took 30 people hostage.", "abducted people = 30"),
    ("Some 40 guests were held hostage for hours.", "held people = about 40"),
]

# "276 schoolgirls were abducted", "two aid workers were taken hostage"
_ABDUCTED = ["abducted", "kidnapped", "kidnaped", "taken hostage", "taken captive",
             "taken as hostages", "seized as hostages", "snatched", "carried off",
             # (soldiers: "At least 27 soldiers were killed and seven taken prisoner")
             "taken prisoner", "taken prisoners", "taken as prisoners",
             # "112 students were taken from their dormitories", "the 102 students taken away
             # by the bandits" (not "taken to hospital")
             "taken away", "taken from their",
             # ("311 pupils were seized in the raid", "40 women were whisked away")
             "seized", "whisked away", "carted away", "herded away", "marched away",
             "marched off"]  # fmt: skip
# "40 guests were held hostage", "about 100 remain in captivity" (not "four men are being
# held": in custody, an arrest)
_HELD = ["held hostage", "held captive", "held as hostages", "in captivity", "still in captivity",
         "remain in captivity", "remained in captivity", "remain captive", "still captive",
         # "some 25 pupils are still being held by the gunmen": held by their captors
         *(f"held by {the}{captors}" for the in ("", "the ", "their ")
           for captors in CAPTORS)]

# "30 hostages were freed", "were released by their captors" (not "were released from the
# hospital": a released victim)
_FREED = ["freed", "set free", "released by their captors", "released by the kidnappers",
          "released by their kidnappers", "released from captivity", "freed from captivity",
          "rescued from captivity", "released unharmed", "released unhurt",
          "released alive",
          # "Twenty-eight of the students have regained their freedom"
          "regained their freedom", "regained freedom",
          # ("Seven hostages walk free", "879 inmates walked free")
          "walked free", "walk free", "walks free", "walking free"]  # fmt: skip
_ESCAPED = ["escaped", "managed to escape", "escaped from their captors", "fled their captors",
            # ("Twenty-five of them slipped away from their captors")
            "slipped away",
            # a jailbreak's: "63 prisoners broke out through a hole in the wall"
            "broke out", "broke free", "fled the prison", "fled the jail",
            # ("more than 600 inmates poured out through the breach")
            "poured out", "streamed out", "swarmed out",
            # ("more than 90 inmates slipped out through a breach in the wall")
            "slipped out", "slipped through"]
# prisoners caught again after a jailbreak: "58 of the escapees have been recaptured"
_RECAPTURED = ["recaptured", "rearrested", "re-arrested", "caught again", "back in custody"]
# the taken: "hostages", "captives", "abductees" are the people this rule counts
_CAPTIVES = frozenset({"hostages", "hostage", "captives", "captive", "abductees"})
_PRISONERS = frozenset({"prisoners", "detainees", "inmates"})
_SUBJECTS = {**SUBJECT_CLASSES,
             **dict.fromkeys([*_CAPTIVES, "kidnap victims", "passengers", "aid workers",
                              "foreigners", "farmers"], "people"),
             **dict.fromkeys(["schoolgirls", "schoolboys"], "children"),
             **dict.fromkeys(_PRISONERS, "prisoners"),
             # (after a jailbreak: "58 escapees have been rearrested")
             **dict.fromkeys(["escapees", "escaped inmates", "escaped prisoners", "fugitives",
                              "convicts", "escaped convicts"], "prisoners")}  # fmt: skip

MEASURES = Measures(
    after_subject={**dict.fromkeys(_ABDUCTED, "abducted"), **dict.fromkeys(_HELD, "held"),
                   **dict.fromkeys(_FREED, "freed"), **dict.fromkeys(_ESCAPED, "escaped"),
                   **dict.fromkeys(_RECAPTURED, "recaptured")},
    # "gunmen abducted 87 students", "holding 40 hostages", "troops freed 30 captives"
    # (and a headline's present: "Gunmen abduct 80 villagers", "Troops free 190 pupils")
    before_number={**dict.fromkeys(["abducted", "abducting", "abducts", "abduct", "kidnapped",
                                    "kidnapping", "kidnaps", "kidnap", "kidnaped", "seized",
                                    "seizing", "seizes",
                                    # ("herding 78 students into the bush")
                                    "herded", "herding"], "abducted"),
                   **dict.fromkeys(["holding", "hold", "holds"], "held"),
                   **dict.fromkeys(["freed", "freeing", "frees", "free", "released",
                                    "releasing", "releases", "set free",
                                    # a prisoner swap: "Ukraine brought home 175 servicemen",
                                    # "got back 90 soldiers", "exchanged 187 prisoners each"
                                    "brought home", "bringing home", "brought back", "got back",
                                    "exchanged", "swapped", "repatriated",
                                    # a swap: "13 hostages were freed in return for 39
                                    # prisoners"
                                    "in return for", "in exchange for",
                                    # hostages set free by force: "Special forces rescued 40
                                    # hostages" (only captives: ``only_subjects``)
                                    "rescued", "rescuing"], "freed"),
                   # "police have rearrested 58 escapees"
                   **dict.fromkeys(["recaptured", "rearrested", "re-arrested", "recapturing",
                                    "rearresting"], "recaptured")},
    as_adjective={},
    # "took 30 people hostage", "seized two engineers as hostages"
    left_state=dict.fromkeys(["hostage", "captive", "as hostages", "as captives", "prisoner",
                              "as prisoners"], "abducted"),
    left_verbs=("took", "taking", "takes", "seized", "seizing", "seizes", "grabbed"),
    # (people only with a noun for them: "holding 3 meetings", "seized 20 tonnes of drugs")
    needs_subject=frozenset({"brought home", "bringing home", "brought back", "got back",
                             "exchanged", "swapped", "repatriated",
                             "holding", "hold", "holds", "freed", "freeing", "frees", "free",
                             "released", "releasing", "releases", "set free", "seized",
                             "seizing", "seizes", "herded", "herding", "recaptured",
                             "rearrested", "re-arrested",
                             "recapturing", "rearresting", "rescued", "rescuing"}),
    # ("released" says it of captives only: "the police released two people held in the
    # killing", "the hospital released two patients")
    # (prisoners too, freed in a swap: "the government released 39 prisoners")
    only_subjects={**dict.fromkeys(["released", "releasing", "releases"],
                                   _CAPTIVES | _PRISONERS),
                   # ("the camp holds 14,000 displaced people", "the hall can hold 500
                   # people": what a place has room for; "the gunmen hold 40 hostages")
                   **dict.fromkeys(["hold", "holds", "rescued", "rescuing"], _CAPTIVES),
                   **dict.fromkeys(["in return for", "in exchange for"], _PRISONERS)},
    counts_captives=True,
    subjects=_SUBJECTS,
    # "the number of students abducted from the school has risen to 112"
    toll=r"\b[Nn]umber\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:abducted|kidnapped)\b[^.;:]{0,80}?"
    r"\b(?:to|at|reached|hit|is|was|stands|stood)",
    toll_words=("number",),
    toll_measure="abducted",
    # "Twenty-one of the students escaped", "12 of the hostages were freed"
    reads_some_of_those=True,
)  # fmt: skip

_PATTERNS = CountPatterns(MEASURES)


# A bulletin's figures, each on a line of its own after a label: "- Detainees who escaped: 863",
# "Abducted: 87", "Still held: 30"
_LABELS = LabelledCounts(
    {**dict.fromkeys(["abducted", "kidnapped", "taken hostage"], "abducted"),
     **dict.fromkeys(["still held", "held", "in captivity", "still in captivity"], "held"),
     **dict.fromkeys(["freed", "released"], "freed"),
     **dict.fromkeys(["escaped"], "escaped")}
)  # fmt: skip


# A place that holds people is no captor: "a reception centre holding 540 people", "the prison,
# which holds 3,000 inmates", "a stadium that can hold 35,000"
_PLACE_HOLDING = compile_pattern(
    r"\b(?:centre|center|camp|facility|prison|jail|stadium|arena|hall|building|shelter|room"
    r"|school|boat|vessel|ship|ferry|bus|train|plane|hospital|ward|venue|site|compound"
    r"|tent|tents|cell|cells)s?\b(?:\s*,)?(?:\s+(?:which|that|can|could|currently|now))*\s*$",
    regex.IGNORECASE,
)


# In a story of an abduction, the taken "were released" by their captors and "are still being
# held" by them: "Forty-two pupils were released on February 22", "Twenty-five pupils are still
# being held" (elsewhere the police or a hospital let people go, and hold them: ``hc105``)
_RELEASED = CountPatterns(
    Measures(
        after_subject={"released": "freed", "still held": "held", "still being held": "held",
                       "being held": "held"},
        before_number={},
        as_adjective={},
        left_state={},
        counts_captives=True,
        subjects=_SUBJECTS,
    )
)
# ... but not suspects, held by the police ("two suspects are being held")
_SUSPECTS = compile_pattern(r"\bsuspect", regex.IGNORECASE)
# ... nor let go from a hospital, from custody, on bail
_LET_GO = compile_pattern(
    r"\s+(?:from\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:hospitals?|custody|jail|prison|detention"
    r"|police|clinic)|on\s+bail|without\s+charge|after\s+(?:questioning|treatment)|pending)\b",
    regex.IGNORECASE,
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    found = list(count_claims(ctx, CODE, KIND, _PATTERNS))
    if ABDUCTION_STORY.search(ctx.text):
        spans = {(c.start, c.end) for c in found}
        found += [
            c
            for c in count_claims(ctx, CODE, KIND, _RELEASED)
            if (c.start, c.end) not in spans
            and not _LET_GO.match(ctx.text, c.end)
            and not _SUSPECTS.search(c.text)
        ]
    for claim in found:
        before = ctx.text[max(0, claim.start - 40) : claim.start]
        if claim.measure == "held" and _PLACE_HOLDING.search(before):
            continue
        if claim.subject != "prisoners" and _A_CROWD_LEAVING.search(claim.text):
            continue  # ("fans poured out of the stadium": a crowd leaving, none escaped)
        if claim.measure == "freed" and claim.subject == "prisoners" and _broken_out(ctx, claim):
            claim = replace(claim, measure="escaped", label=claim.label.replace("freed", "escaped"))
        yield claim
    yield from labelled_counts(ctx, CODE, KIND, _LABELS)


# What only prisoners do when they escape, a crowd when it leaves
_A_CROWD_LEAVING = compile_pattern(r"\b(?:poured|streamed|swarmed|slipped)\s+(?:out|through)\b")


# Prisoners freed by an attack on their prison escaped it ("gunmen stormed the jail, freeing 240
# inmates" is the jailbreak's count), unlike those a government frees ("released 39 prisoners in
# exchange for the hostages")
_BREAKOUT = compile_pattern(
    r"\b(?:attack(?:s|ed|ers?|ing)?|gunmen|stormed|storming|raid(?:s|ed|ers?)?|militants"
    r"|jihadists|insurgents|bandits|explosives|blew|broke\s+into|breach(?:ed|ing)?|jailbreak"
    r"|prison\s+break|break-?out)\b",
    regex.IGNORECASE,
)


def _broken_out(ctx: DocumentContext, claim: Claim) -> bool:
    sentence = ctx.sentence_at(claim.start)
    if sentence is None:
        return False
    return _BREAKOUT.search(ctx.text, sentence.start, sentence.end) is not None
