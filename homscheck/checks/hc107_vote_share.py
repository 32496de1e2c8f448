"""Votes: a candidate's or a party's share of the vote, and the seats a party won.

Reads "President Anton Varga won Sunday's election with 58.3 percent of the vote", "Horvat, who
took 38.1 percent", "the Green Party won 14% of the vote", "44 percent went to Jones", "the
Liberals won 120 of the 300 seats". Who the share is of is the claim's subject, by surname (a
party by its whole name): "President Varga" and "Anton Varga" are one candidate.

Results move while ballots are counted, and reports quote the first partial count, the final
one, or an exit poll: two shares for one candidate are the disagreement an election night
produces most. Shares of ballots counted ("with 95% of the votes counted") are no one's share.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift, Quantity
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_pattern, compile_words
from homscheck.scope import may_contain
from homscheck.text import Sentence

CODE = "HC107"
NAME = "votes"
KIND = "votes"
# Results change as more ballots are counted; a candidate is named, and may be spelled two ways.
_COUNTED = "a later report gives the results of more ballots counted"
DRIFTS = {"vote share": Drift.changes(_COUNTED), "seats": Drift.changes(_COUNTED)}
SUBJECT_IS_NAME = True
EXAMPLES = [
    ("Anton Varga won the election with 58.3 percent of the vote.",
     "Varga's share of the vote = 58.3 percent"),
    ("Mila Horvat, his main rival, took 38.1% in the election.",
     "Horvat's share of the vote = 38.1 percent"),
    ("In the election, the Liberal Party won 120 of the 300 seats.", "Liberal Party's seats = 120"),
]

# A document about a vote says so somewhere: without one of these words, "took 30 percent"
# is a market share or a discount.
_ELECTION = compile_pattern(
    r"\b(?:votes?|voters|voting|ballots?|elections?|electoral|polls?|referendum|run-?off"
    r"|primary|primaries|re-?elected|elected)\b",
    regex.IGNORECASE,
)
# Words one of which every match of ``_ELECTION`` holds, in some case
_ELECTION_WORDS = ("vot", "ballot", "election", "electoral", "poll", "referendum", "run",
                   "primar", "elected")  # fmt: skip
# What a share is of: "of the vote", "of the popular vote", "of ballots cast"
_OF_THE_VOTE = compile_pattern(
    r"\s*(?:of\s+)?(?:the\s+)?(?:popular\s+|valid\s+|total\s+|national\s+|first-round\s+)?"
    r"(?:votes?(?:\s+cast)?|ballots(?:\s+cast)?)\b"
    r"(?!\s+(?:counted|tallied|reporting)\b|\s+in(?=\s*[,.;)]|\s*$))",
    regex.IGNORECASE,
)
_OF_ELSE = compile_pattern(r"\s*of\b")
# Shares that are not a candidate's: of ballots counted, of precincts reporting, turnout
_NOT_A_SHARE = compile_pattern(
    r"^\s*(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:votes?|ballots|precincts|polling\s+stations"
    r"|districts|voters|electorate|registered)\b[^.;,]{0,30}?\b(?:counted|tallied|reporting"
    r"|in(?=\s*[,.;)]|\s*$)|processed|turned\s+out|cast\s+their)\b"
    r"|^\s*(?:of\s+)?(?:the\s+)?(?:eligible\s+|registered\s+)?voters\b"
    r"|^\s*turnout\b",
    regex.IGNORECASE,
)
# Words that hedge a share: "about 20%", "just over 40 percent"
HEDGES = ["about", "around", "nearly", "almost", "some", "roughly", "just over", "just under",
          "more than", "less than", "over", "under"]  # fmt: skip
# The verb that gives a share to whoever is named before it: "Varga won 58.3 percent",
# "Horvat, who took 38.1 percent", "the party secured about 20%", "won the election with 58%"
_GOT = compile_words(
    r"\b(?:\L<verbs>)\b(?:[^.;:]{0,50}?\bwith)?\s+(?:(?:\L<hedges>)\s+)?$",
    verbs=["won", "wins", "winning", "took", "takes", "taking", "received", "receives",
           "receiving", "got", "gets", "garnered", "garnering", "secured", "securing",
           "captured", "capturing", "polled", "polling", "obtained", "claimed", "claiming",
           "scored", "scoring", "picked up", "finished with", "came second with",
           "came third with", "trailed with", "had", "has", "with", "led with", "leads with",
           "leading with", "holds", "held", "hold"],
    hedges=[*HEDGES, "an estimated", "a little over", "a little under"],
    flags=regex.IGNORECASE,
)  # fmt: skip
# A name: capitalized words ("Anton Varga", "the Social Democrats", "Mr Varga", "O'Neill"),
# not a weekday, a month or the words that open a sentence
_NAME = r"\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|de\s+|van\s+|von\s+|al-)?\p{Lu}[\p{L}'’-]*)*"
_NOT_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December", "The", "In", "On", "At", "A",
              "An", "But", "And", "With", "After", "Official", "Preliminary", "Final",
              "Results", "According", "Turnout", "He", "She", "It", "They"]  # fmt: skip
# The name that opens the clause of the verb: "President Anton Varga won", "Mila Horvat, who
# took", "Mila Horvath, his main challenger, won", "the Green Party, which won"
# (not a place or an object after a preposition: "re-elected president of Ruritania with 58%")
_HOLDER_BEFORE = compile_words(
    r"(?<!\b(?:of|in|at|from|for|to|against|over|by|across|into)\s+)"
    rf"(?P<name>{_NAME})(?:['’]s\s+(?:party|bloc|coalition|alliance))?"
    r"(?:\s*,\s*(?:who|which)|\s*,[^,.;]{1,60},|\s*\([^()]{1,40}\))?\s+(?:also\s+|only\s+)?"
    r"(?=\L<verbs>\b)",
    verbs=["won", "wins", "took", "takes", "received", "receives", "got", "gets", "garnered",
           "secured", "captured", "polled", "obtained", "claimed", "scored", "picked up",
           "finished", "came", "trailed", "had", "has", "was", "is", "with", "led", "leads",
           "leading", "was leading", "holds", "held", "hold"],
)  # fmt: skip
# "... against 44% for Jones", "44 percent went to Jones", "58% for Varga"
# ("45.7 percent for opposition leader Ama Boateng": a role in lower case before the name)
_HOLDER_AFTER = compile_pattern(
    rf"\s*(?:of\s+the\s+vote\s+)?(?:for|went\s+to|going\s+to|backed|supported|voted\s+for)\s+"
    r"(?:the\s+)?(?:(?:(?:main\s+|ruling\s+|opposition\s+|independent\s+|former\s+)?"
    r"(?:leader|candidate|challenger|rival|incumbent|president|opposition\s+leader)|his\s+rival"
    r"|her\s+rival)\s+)?"
    rf"(?P<name>{_NAME})"
)
# A second holder with its figure, the verb left out: "the Social Democrats won 25.7 percent and
# the Christian Democrats 24.1 percent", "Ruto had 50.5 percent to Odinga's 48.8 percent"
_HOLDER_JUST_BEFORE = compile_words(
    # ("Mensah won 54.3 percent, with Boateng on 45.7 percent")
    rf"\b(?:and|to|while|versus|vs\.?|against|ahead\s+of|with)\s+(?:the\s+)?(?P<name>{_NAME})"
    r"(?:['’]s)?\s*(?:,\s*)?(?:(?:with|on)\s+)?(?:(?:\L<hedges>)\s+)?$",
    hedges=HEDGES,
)
# The holder between the verb and the figure: "results gave President Oscar Mendel 61%"
_HOLDER_GIVEN = compile_words(
    rf"\b(?:gave|give|gives|giving|put|puts|putting|showed|shows|showing|credited)\s+"
    rf"(?:the\s+)?(?P<name>{_NAME})\s+(?:(?:\L<hedges>)\s+)?$",
    hedges=HEDGES,
)
# Words of rank and address before a name: "President Anton Varga" is Varga
_TITLES = compile_pattern(
    r"^(?:(?:President|Prime|Minister|Mr|Mrs|Ms|Dr|Senator|Sen|Governor|Gov|Mayor|Rep"
    r"|Representative|Incumbent|Former|Opposition|Leader|Candidate|Chancellor|Premier"
    r"|General|Gen|Vice|Deputy)\.?\s+)+"
)
# A party named in full is told apart by every word ("Social Democrats", "Christian Democrats")
_PARTY_WORDS = ["Party", "Democrats", "Republicans", "Liberals", "Conservatives", "Socialists",
                "Greens", "Alliance", "Front", "Union", "Movement", "Congress", "League",
                "Coalition", "Bloc", "Rally", "Forum", "Platform", "Labour", "Labor"]  # fmt: skip
# "120 of the 300 seats", "won 120 seats in the 300-seat parliament"
_SEATS = compile_pattern(
    r"^\s*(?:of\s+(?:the\s+)?(?:\d{1,4}\s+|parliament['’]s\s+\d{1,4}\s+))?(?:parliamentary\s+)?"
    r"seats\b",
    regex.IGNORECASE,
)
_NOT_NAME_SET = frozenset(_NOT_NAMES)


class _Share(NamedTuple):
    measure: str
    holder: str
    start: int
    end: int
    value: Quantity


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    # (most documents name no vote: a test in C for the words first, not a search of the text)
    if not may_contain(ctx.text, _ELECTION_WORDS) or not _ELECTION.search(ctx.text):
        return
    previous_end = 0
    for sentence, numbers in ctx.numbers_by_sentence():
        # (a share told with no "of the vote" needs a vote named in its sentence or the one
        # before: "Djokovic won 78 percent of first-serve points" in a report that mentions a
        # fans' poll is no share of a vote)
        near_vote = _ELECTION.search(ctx.text, max(previous_end, sentence.start - 300),
                                     sentence.end) is not None
        previous_end = sentence.start
        for number in numbers:
            share = _share(ctx.text, sentence, number, near_vote)
            if share is None:
                continue
            event, reported = ctx.when(sentence, share.start)
            what = "share of the vote" if share.measure == "vote share" else "seats"
            yield ctx.claim(
                CODE, KIND, share.measure, share.holder, share.start, share.end, share.value,
                sentence, time=event, reported=reported, label=f"{_whose(share.holder)} {what}",
                counted=False,
            )  # fmt: skip


def _share(
    text: str, sentence: Sentence, number: NumberMention, near_vote: bool
) -> _Share | None:
    """A share of the vote or a count of seats, and whose it is; None for any other figure."""
    after = text[number.end : min(sentence.end, number.end + 60)]
    before = text[max(sentence.start, number.start - 160) : number.start]
    value = _as_percent(number)
    if value is None:
        seats = _SEATS.match(after) if number.value.unit is None else None
        if seats is None:
            return None
        measure, value, end = "seats", number.value, number.end + seats.end()
    else:
        # (a fraction's "of" is part of the figure: "58.3 percent of the vote")
        tail = after if not number.fraction else "of " + after
        if _NOT_A_SHARE.match(tail):
            return None
        of_vote = _OF_THE_VOTE.match(after)
        if of_vote is None and (not near_vote or number.fraction or _OF_ELSE.match(after)):
            return None  # "won 78 percent of first-serve points", "took 30% of the market"
        end = number.end + (of_vote.end() if of_vote else 0)
        measure = "vote share"
    found = _holder(text, sentence, before, number.start, end, measure == "seats")
    if found is None:
        return None
    holder, start, end = found
    key = _holder_key(holder) if holder else ""
    if not key:
        return None
    if measure == "vote share":
        value = _rounded(value, number.text)
    return _Share(measure, key, start, end, value)


def _holder(
    text: str, sentence: Sentence, before: str, at: int, end: int, seats: bool
) -> tuple[str | None, int, int] | None:
    """Whose the figure at ``at`` is, where the quote starts and where it ends: a holder named
    with the figure ("and the Greens 9.1 percent", "gave Mendel 61%"), else the one before the
    verb ("Varga won 58%"), else one after the figure ("44% for Jones")."""
    gapped = _HOLDER_JUST_BEFORE.search(before) or _HOLDER_GIVEN.search(before)
    if gapped is not None and gapped["name"].split()[-1] not in _NOT_NAME_SET:
        return gapped["name"], at - len(before) + gapped.start("name"), end
    got = _GOT.search(before)
    if got is not None:
        return _holder_before(before), at - len(before) + got.start(), end
    after = None if seats else _HOLDER_AFTER.match(text, end, sentence.end)
    if after is not None:
        return after["name"], at, after.end()
    return None


_DECIMAL = compile_pattern(r"\d[.,]\d")


def _rounded(value: Quantity, written: str) -> Quantity:
    """A share in whole percent as the range its rounding covers: a headline's "58%" is [57.5,
    58.5), and a report of 58.3 percent agrees with it. A share with decimals is as written."""
    if not value.is_point or value.approximate or value.low is None or _DECIMAL.search(written):
        return value
    return Quantity(value.low - 0.5, value.low + 0.5, True, False, False, value.low, value.unit)


def _as_percent(number: NumberMention) -> Quantity | None:
    """The figure in percent ("58.3 percent of" is read as the fraction 0.583), or None."""
    if number.value.unit == "percent":
        return number.value
    if number.fraction and ("%" in number.text or "per" in number.text.casefold()):
        scaled = number.value.scaled(100.0)
        return replace(
            scaled,
            low=None if scaled.low is None else round(scaled.low, 6),
            high=None if scaled.high is None else round(scaled.high, 6),
            unit="percent",
        )
    return None


def _holder_before(before: str) -> str | None:
    """The last name that opens the clause ending at the verb."""
    holders = [m["name"] for m in _HOLDER_BEFORE.finditer(before)]
    for name in reversed(holders):
        words = [w for w in name.split() if w not in _NOT_NAME_SET]
        if words:
            return " ".join(words)
    return None


def _holder_key(name: str) -> str:
    """A candidate by surname ("President Anton Varga" -> "Varga"); a party by its whole name."""
    bare = _TITLES.sub("", name + " ").strip()
    words = bare.split()
    if not words:
        return ""  # a title alone: "Incumbent wins with 58%" names no one
    if any(w in _PARTY_WORDS for w in words):
        return bare
    last = words[-1]
    return last[:-2] if last.endswith(("'s", "’s")) else last


def _whose(holder: str) -> str:
    return f"{holder}'" if holder.endswith("s") else f"{holder}'s"
