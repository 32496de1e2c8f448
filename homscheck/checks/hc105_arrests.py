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
    unread,
)
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift, Quantity
from homscheck.patterns import compile_pattern
from homscheck.text import Sentence

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
    # "the number of people arrested after the disorder has risen to 15"
    toll=r"\b[Nn]umber\s+of\s+(?:people\s+|those\s+|suspects\s+)?(?:arrested|detained)\b"
    r"[^.;:]{0,80}?\b(?:to|at|reached|hit|is|was|stands|stood)",
    toll_words=("number",),
    toll_measure="arrested",
)  # fmt: skip

_PATTERNS = CountPatterns(MEASURES)


# "held" of a suspect is custody even in a story of an abduction: "two suspects were held"
_SUSPECTS = compile_pattern(r"\bsuspect", regex.IGNORECASE)
_HELD = compile_pattern(r"\bheld$")
_QUESTIONED = compile_pattern(r"\s+(?:briefly\s+)?for\s+questioning\b", regex.IGNORECASE)
# An occasion for the people counted, which is what is held: "A funeral for the two children
# will be held on Thursday"
_AN_OCCASION_FOR = compile_pattern(
    r"\b(?:funerals?|memorials?|vigils?|services?|masses|mass|ceremon(?:y|ies)|burials?|wakes?"
    r"|prayers?|tributes?)\s+(?:for|of)\s+(?:the\s+|all\s+)?$",
    regex.IGNORECASE,
)
# What people hold in their hands, or hold as an occasion: not custody
_HELD_SOMETHING = compile_pattern(
    r"\s+(?:up\s+)?(?:a|an|the|their|his|her|its|hands|candles|signs|banners|placards|photos"
    r"|photographs|pictures|portraits|flags|posters|umbrellas|vigils?|prayers|talks|meetings"
    r"|rallies|protests|flowers|balloons)\b",
    regex.IGNORECASE,
)


# One person told with "a": "A 19-year-old man was arrested Sunday", "officers arrested a
# 17-year-old boy", "a suspect is in custody" (not "a second man was arrested": one more than
# told of before)
_ONE_PERSON = (
    r"(?:(?:a|an)\s+(?:(?:\d{1,2}|\p{L}+(?:-\p{L}+)?)-year-old\s+)?"
    # ("a 17-year-old Montgomery man")
    r"(?:(?:local|young|teenage|male|female|(?-i:\p{Lu}\p{Ll}+))\s+)?(?P<who>\L<people>)\b"
    # ... or by an age alone: "Police on Saturday arrested a 17-year-old"
    r"|(?:a|an)\s+(?:\d{1,2}|\p{L}+(?:-\p{L}+)?)-year-old\b(?!-))"
)
_SINGULAR = {"man": "men", "woman": "women", "boy": "boys", "girl": "girls", "teen": "teens",
             "teenager": "teenagers", "juvenile": "juveniles", "suspect": "suspects",
             "person": "people", "driver": "people", "gunman": "gunmen", "shooter": "people"}
_ONE_ARRESTED = compile_pattern(
    # ("A 20-year-old man, who lives nearby, was arrested")
    # (not a rule's person: "once a person is held for such an exam, they cannot...")
    r"(?<!\b(?:once|if|when|until|unless|whenever|after)\s+)"
    rf"\b{_ONE_PERSON}(?:\s*,[^,.;]{{1,60}},)?\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:(?:later|also|since|quickly)\s+)?(?P<verb>\L<after>)\b"
    rf"|\b(?P<verb>arrested|detained|apprehended)\s+{_ONE_PERSON}",
    regex.IGNORECASE,
    people=list(_SINGULAR),
    # ("held" alone, of one person, is too often held to account, or for an exam)
    after=[*(verb for verb in _ARRESTED if verb not in ("held", "picked up")), *_CHARGED],
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    abduction = ABDUCTION_STORY.search(ctx.text) is not None
    counts = []
    for claim in count_claims(ctx, CODE, KIND, _PATTERNS):
        # ("Twenty-five pupils are still being held": by their captors, ``hc109``)
        if abduction and _HELD.search(claim.text) and not _SUSPECTS.search(claim.text):
            continue
        if _QUESTIONED.match(ctx.text, claim.end):
            continue  # "Two people were detained for questioning": not arrested
        if _HELD.search(claim.text) and _HELD_SOMETHING.match(ctx.text, claim.end):
            continue  # "more than 500 people held candles": what they held
        if _HELD.search(claim.text) and _AN_OCCASION_FOR.search(
            ctx.text, max(0, claim.start - 40), claim.start
        ):
            continue  # "A funeral for the two children will be held": the funeral is held
        counts.append(claim)
    yield from counts
    if not abduction:
        yield from unread(_one_arrested(ctx), counts)


# One person arrested or charged, told by name: "Police arrested Jaylen Ortez, 22, on Sunday",
# "Marcus Webb, 31, was charged with murder" (not "arrested Jo Roe and two others", nor
# "arrested Monday")
_NAME = (
    r"(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Police|Officers)\b)"
    r"(?>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}))"
)
_NOT_ALONE = r"(?!\s*(?:,\s*\d{1,2}\s*,)?\s+(?:and|along\s+with|with|or)\s)"
_NAMED_ARRESTED = compile_pattern(
    # (in lower case: "Man Arrested In Deadly Rampage" is a headline's)
    rf"\b(?P<verb>(?-i:arrested|apprehended))\s+{_NAME}{_NOT_ALONE}"
    rf"|(?<!\b(?:and|with|or)\s+){_NAME}\s*,\s*\d{{1,2}}\s*,\s+(?:was|has\s+been|had\s+been)"
    r"\s+(?:(?:later|also|since)\s+)?(?P<verb>arrested|charged|booked)\b",
    regex.IGNORECASE,
)


def _one_arrested(ctx: DocumentContext) -> Iterator[Claim]:
    """One person arrested or charged, told with "a" or by name."""
    for sentence in ctx.sentences_matched(_ONE_ARRESTED):
        for m in _ONE_ARRESTED.finditer(ctx.text, sentence.start, sentence.end):
            yield _one(ctx, sentence, m)
    for sentence in ctx.sentences_matched(_NAMED_ARRESTED):
        for m in _NAMED_ARRESTED.finditer(ctx.text, sentence.start, sentence.end):
            yield _one(ctx, sentence, m)


def _one(ctx: DocumentContext, sentence: Sentence, m: regex.Match[str]) -> Claim:
    verb = m["verb"].casefold()
    measure = MEASURES.after_subject.get(verb) or MEASURES.before_number[verb]
    plural = _SINGULAR[m["who"].casefold()] if m.groupdict().get("who") else "people"
    subject = _SUBJECTS.get(plural, plural)
    event, reported = ctx.when(sentence, m.start(), (m.start(), m.end()))
    return ctx.claim(
        CODE, KIND, measure, subject, m.start(), m.end(), Quantity.exact(1), sentence,
        place=ctx.place_near(sentence, m.end()), time=event, reported=reported,
    )  # fmt: skip
