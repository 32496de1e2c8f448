"""Capacity: how many a venue, a vessel or a vehicle was built or allowed to hold.

Reads "the 40,000-capacity stadium", "a 60,000-seat arena", "the stadium, which holds 35,000",
"the ferry, which was designed to carry 50 passengers", "the boat had a capacity of 30",
"a bus licensed to carry 18 passengers", "a prison built for 1,200 inmates".

A crowd crush, a capsized ferry or an overcrowded prison is news for how far the crowd exceeded
what the place was built for: reports that give the capacity differently disagree on how
overcrowded it was. (How many were there is another kind: crowds, passengers aboard.)
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_words

CODE = "HC205"
NAME = "capacity"
KIND = "capacity"
EXAMPLES = [
    ("Fans packed the 40,000-capacity stadium.", "capacity of the venue = 40,000"),
    ("The ferry, which was designed to carry 50 passengers, sank.", "capacity of the vessel = 50"),
]

# What has a capacity, by the words news uses for it, and the class compared
HOLDERS = {
    **dict.fromkeys(["stadium", "ground", "arena", "venue", "hall", "auditorium", "theatre",
                     "theater", "church", "mosque", "cathedral", "temple", "nightclub", "club",
                     "concert hall", "stands", "stand", "courtyard", "shrine", "pavilion",
                     "basilica", "gurdwara"], "venue"),
    **dict.fromkeys(["ferry", "boat", "ship", "vessel", "canoe", "dhow", "barge", "launch"],
                    "vessel"),
    **dict.fromkeys(["bus", "minibus", "coach", "truck", "lorry", "train", "plane",
                     "aircraft"], "vehicle"),
    **dict.fromkeys(["prison", "jail", "detention centre", "detention center"], "prison"),
    **dict.fromkeys(["camp", "shelter", "hospital"], "shelter"),
}  # fmt: skip
# Only a venue's "holds" and "seats" are its capacity: "the prison holds 3,000 inmates" is how
# many are in it now
_VENUES = frozenset(word for word, kind in HOLDERS.items() if kind == "venue")

# "the 40,000-capacity stadium", "a 60,000-seat arena", "the 500-seater hall"
_CAPACITY_BEFORE = compile_words(
    r"-?(?:capacity|seat|seater)\s+(?:[\p{L}-]+\s+){0,2}?(?P<holder>\L<holders>)\b",
    flags=regex.IGNORECASE,
    holders=sorted(HOLDERS, key=len, reverse=True),
)
# "the ferry, which was designed to carry 50", "the boat had a capacity of 30", "a prison built
# for 1,200", "the stadium, which holds 35,000" (a venue's)
_HOLDER_THEN = compile_words(
    # ("the MV Neema was licensed to carry 80": a ship by its own name, after its prefix)
    r"\b(?:(?P<holder>\L<holders>)\b|(?P<ship>(?-i:(?:MV|M/V|MT|SS)(?:\s+\p{Lu}[\p{L}-]+){1,3})))"
    r"(?:\s*,)?(?:\s+\p{Lu}[\p{L}-]+){0,3}"
    # ("the courtyard in front of the sanctum was built to hold 2,000")
    r"(?:\s+(?:in\s+front\s+of|of|at|in|near|behind|beside)\s+(?:the\s+|its\s+)?[\p{L}-]+)?"
    r"(?:\s*,)?"
    # ("the courtyard, which officials said is meant to hold about 5,000")
    r"(?:\s+(?:which|that))?(?:\s+(?:officials|police|organi[sz]ers|authorities)\s+(?:said|say))?"
    r"(?:\s+(?:is|was|had\s+been|has\s+been))?\s+"
    r"(?:(?P<verb>can\s+hold|holds|held|seats|can\s+seat|can\s+accommodate|accommodates)"
    # ("the stadium had room for about 5,000")
    r"|(?:has|had|with)\s+(?:room|space)\s+for"
    r"|(?:designed|built|licensed|meant|certified|rated|approved|authorised|authorized|allowed)"
    r"\s+(?:to\s+(?:carry|hold|take|seat|accommodate)|for)"
    r"|(?:has|had|with)\s+an?\s+(?:\w+\s+)?capacity\s+of)\s+$",
    flags=regex.IGNORECASE,
    holders=sorted(HOLDERS, key=len, reverse=True),
)
_HOLDER_WORDS = tuple(HOLDERS)
_REACH = 80  # how far before its figure a holder and its verb may begin


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    text = ctx.text
    for sentence, numbers in ctx.numbers_by_sentence():
        lowered = sentence.text.lower()
        if not any(word in lowered for word in _HOLDER_WORDS) and not _SHIP_PREFIX.search(
            sentence.text
        ):
            continue
        for number in numbers:
            found = _read(text, sentence.start, number)
            if found is None:
                continue
            holder, start, end, at = found
            kind = HOLDERS.get(holder.lower(), "vessel")  # (or a ship by its own name)
            named = _SHIP.fullmatch(holder) or _NAMED.search(
                text, max(sentence.start, at - 60), at + len(holder)
            )
            # ("At Lusaka's Heroes Stadium, which holds 50,000": that stadium's, compared only
            # with that stadium's, not with the story's unnamed "stadium, which holds 35,000")
            subject = named.group() if named else kind
            yield ctx.claim(
                CODE, KIND, "capacity", subject, start, end, number.value, sentence,
                label=f"capacity of {subject}" if named else f"capacity of the {kind}",
                counted=False,
            )  # fmt: skip


# A holder named by its own name, the holder's word the last of it: "Kafubu Stadium", "Lusaka's
# Heroes Stadium" (its owner no part of it; "The Stadium" no name)
_SHIP_PREFIX = compile_words(r"\b(?:MV|M/V|MT|SS)\s+\p{Lu}")
_SHIP = compile_words(r"(?:MV|M/V|MT|SS)\s.+")
_NAMED = compile_words(
    r"(?<![\p{L}'’])(?!(?:The|A|An|At|In|On|Its|Their)\s)(?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Lu}\p{Ll}+$"
)


def _read(
    text: str, sentence_start: int, number: NumberMention
) -> tuple[str, int, int, int] | None:
    """The holder, the quote's span of a capacity at ``number`` and where the holder's word
    is, or None."""
    if number.fraction or number.value.unit is not None or number.value.low is None:
        return None
    after = _CAPACITY_BEFORE.match(text, number.end)
    if after is not None:
        return after["holder"], number.start, after.end(), after.start("holder")
    lead = _HOLDER_THEN.search(text, max(sentence_start, number.start - _REACH), number.start)
    if lead is None:
        return None
    if lead["ship"]:
        return lead["ship"], lead.start(), number.end, lead.start("ship")
    if lead["verb"] and lead["holder"].lower() not in _VENUES:
        return None  # ("the prison holds 3,000 inmates": its inmates now)
    return lead["holder"], lead.start(), number.end, lead.start("holder")
