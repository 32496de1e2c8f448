"""Sentences: the prison term a court gave someone.

Reads "Smith was sentenced to 25 years in prison", "a judge sentenced Maria Lopez to 18 months",
"he was sentenced Friday to 15 years to life", "Jones received a 10-year sentence".

Follow-up reports of a crime often disagree on the term (a total against one count's, a
misheard figure). A term asked for, faced or possible ("faces up to 20 years", "prosecutors
sought 30 years", "could be sentenced to") is not a sentence given, and is not read; nor is a
life sentence with no term of years, which has no figure to compare.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.context import DocumentContext
from homscheck.model import WEEKDAYS, Claim, Quantity
from homscheck.numbers import read_number
from homscheck.patterns import compile_pattern, compile_words
from homscheck.text import Sentence

CODE = "HC304"
NAME = "sentence"
KIND = "sentence"
# the person sentenced, by surname: "Jonathan Smith" and "Jonathon Smyth" are one defendant
SUBJECT_IS_NAME = True
EXAMPLES = [
    ("John Smith was sentenced to 25 years in prison.", "prison term Smith = 25 years"),
    ("A judge sentenced Maria Lopez to 18 months.", "prison term Lopez = 1.5 years"),
    ("Jones received a 10-year sentence on Friday.", "prison term Jones = 10 years"),
]

# A person named (up to three capitalised words, the last the surname) or a pronoun; not the
# words a sentence opens on ("The", "A") nor a court's ("Judge", "Court")
_NOT_A_NAME = ["the", "a", "an", "judge", "court", "jury", "prosecutors", "police", "officials",
               "authorities", "state", "federal", "county", "district", "superior", "circuit",
               "in", "on", "at", "after", "when", "last", "this", "and", "but", "who",
               *(day.lower() for day in WEEKDAYS), "today", "yesterday"]  # fmt: skip
_NAME_WORD = r"(?!(?i:\L<not_name>)\b)\p{Lu}[\p{L}'’-]+"
_NAME = rf"(?:{_NAME_WORD}\.?\s+){{0,2}}{_NAME_WORD}"
_WHO = rf"(?P<who>{_NAME}|[Hh]e|[Ss]he|him|her)"
# "Smith, 34," "Smith, of Dayton,"; "His co-defendant, Marcus Tate, was sentenced"
_ASIDE = r"(?:\s*,\s*(?:\d{1,3}|of\s+[\p{L}\s]{1,30}?)\s*,|\s*,(?=\s+(?:was|were|received)\b))?"
# "Friday", "on Friday", "last week", "in March": when, between the verb and "to"
_WHEN = (
    rf"(?:\s+(?:on\s+|last\s+|this\s+)?(?:{'|'.join(WEEKDAYS)}|week|month|year|today"
    r"|yesterday)|\s+in\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)?"
)
_NUMBER = r"(?P<n>\d{1,3}(?:\.\d)?|[A-Za-z]+(?:-[a-z]+)?)"
# "25 years in prison", "18 months", "15 years to life", "a total of 40 years"
_TERM = (
    r"(?:serve\s+)?(?:a\s+total\s+of\s+|a\s+combined\s+|an\s+additional\s+)?"
    rf"{_NUMBER}\s+(?P<unit>years?|months?)(?P<life>\s+to\s+life)?\b"
    r"(?!\s+(?:of\s+)?(?:probation|supervised\s+release|house\s+arrest))"
)
_PATTERNS = [
    # "Smith was sentenced to 25 years", "he was sentenced Friday to 15 years to life"
    compile_words(
        rf"\b{_WHO}{_ASIDE}\s+(?:was|has\s+been|had\s+been|were|got)\s+"
        rf"(?:(?:also|later|formally|then|subsequently)\s+)?sentenced{_WHEN}\s+to\s+{_TERM}",
        not_name=_NOT_A_NAME,
    ),
    # "a judge sentenced Maria Lopez to 18 months", "sentencing him to 25 years"
    compile_words(
        rf"\b(?:sentenced|sentencing)\s+{_WHO}{_ASIDE}{_WHEN}\s+to\s+{_TERM}",
        not_name=_NOT_A_NAME,
    ),
    # "Jones received a 10-year sentence", "he was given a 20-year prison term"
    compile_words(
        rf"\b{_WHO}{_ASIDE}\s+(?:received|got|was\s+given|was\s+handed|is\s+serving)\s+"
        rf"(?:a|an)\s+{_NUMBER}-(?P<unit>year|month)\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b",
        not_name=_NOT_A_NAME,
    ),
]
_TRIGGER = compile_pattern(r"\bsentenc", regex.IGNORECASE)
# the sentence of an earlier case: "was sentenced to 10 years in 2009 for robbery" is told as
# the past of one now accused, not the sentence of this case
# (but "earlier this week" is when)
_EARLIER = compile_pattern(
    r"\b(?:previously|once|had\s+(?:previously\s+)?served|in\s+an\s+(?:earlier|unrelated)\s+case"
    r"|prior\s+(?:conviction|case|offen[cs]e))\b",
    regex.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "him", "her"})


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    found: list[tuple[Sentence, regex.Match[str]]] = []
    for sentence in ctx.sentences_with(_TRIGGER):
        taken: list[tuple[int, int]] = []
        for pattern in _PATTERNS:
            for m in pattern.finditer(ctx.text, sentence.start, sentence.end):
                # (one term read once: "he was sentenced to" and "sentenced him to" overlap)
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    taken.append(m.span())
                    found.append((sentence, m))
    # a pronoun stands for the one person the article names as sentenced, if it names one
    named = {_surname(m["who"]) for _, m in found if m["who"].casefold() not in _PRONOUNS}
    only = next(iter(named)) if len(named) == 1 else ""
    for sentence, m in found:
        claim = _claim(ctx, sentence, m, only)
        if claim is not None:
            yield claim


def _claim(
    ctx: DocumentContext, sentence: Sentence, m: regex.Match[str], only: str
) -> Claim | None:
    if _EARLIER.search(sentence.text):
        return None
    n = read_number(m["n"])
    if n is None or not n.is_point or n.low is None or n.low <= 0:
        return None
    years = n.low / 12 if m["unit"].startswith("month") else n.low
    who = m["who"]
    subject = only if who.casefold() in _PRONOUNS else _surname(who)
    life = m.groupdict().get("life")
    value = Quantity(years, None, unit="years") if life else Quantity.exact(years, "years")
    event, reported = ctx.when(sentence, m.start(), (m.start(), m.end()))
    # (a pronoun with no one named: too little to tell whose term it is)
    return ctx.claim(
        CODE, KIND, "prison term", subject, m.start(), m.end(), value, sentence,
        time=event, reported=reported, counted=False, comparable=bool(subject),
    )  # fmt: skip


def _surname(name: str) -> str:
    """ "John A. Smith" -> "Smith"; a pronoun as it is."""
    last = name.split()[-1]
    return last[:-2] if last.endswith(("'s", "’s")) else last
