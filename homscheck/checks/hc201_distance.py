"""Distance: how far one place lies from another.

Reads "the town of al-Sukhna, about 50 km northeast of Palmyra", "Nassib is 5 miles from the
border", "some 30 kilometres south of the capital". The value is kept in kilometres; miles and
metres are converted, and the quote keeps the unit the source used.

Distances are copied from wire copy to wire copy, so a source with a different figure usually
means a different place of the same name, or a typo worth a second look.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from homscheck.context import DocumentContext
from homscheck.model import Claim
from homscheck.patterns import compile_pattern
from homscheck.text import Sentence

CODE = "HC201"
NAME = "distance"
KIND = "distance"
EXAMPLES = [
    (
        "The camp of Rukban, about 20 km south of Tanf, is cut off.",
        "distance from Rukban to Tanf = about 20 km",
    ),
    (
        "Kobane lies 5 miles from the Turkish city of Suruc.",
        "distance from Kobane to Suruc = 8.05 km",
    ),
]

# Kilometres per unit.
UNITS = {
    **dict.fromkeys(["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"], 1.0),
    **dict.fromkeys(["miles", "mile", "mi"], 1.609344),
    **dict.fromkeys(["metres", "meters", "metre", "meter", "m"], 0.001),
}  # fmt: skip

DIRECTIONS = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "north of", "northern",
]  # fmt: skip

# "50 km northeast of the ancient city of Palmyra", "5 miles from the border"
_DISTANCE = compile_pattern(
    r"(?:-|\s*)(?P<unit>\L<units>)\b(?:\s*\([^()]{0,20}\))?"
    r"(?:\s+(?P<dir>\L<directions>))?\s+(?:of|from|away\s+from|outside(?:\s+of)?)\s+"
    r"(?P<to>[^,.;()]{1,80})",
    units=sorted(UNITS, key=len, reverse=True),
    directions=sorted(DIRECTIONS, key=len, reverse=True),
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence, numbers in ctx.numbers_by_sentence():
        for number in numbers:
            if number.fraction or number.value.unit is not None:
                continue
            m = _DISTANCE.match(ctx.text, number.end, sentence.end)
            if not m:
                continue
            target = ctx.resolve_place_phrase(m.start("to"), m.end("to"))
            origin = _origin(ctx, sentence, number.start)
            if not target or not origin or target == origin:
                continue
            value = replace(number.value.scaled(UNITS[m["unit"].lower()]), unit="km")
            yield ctx.claim(
                CODE, KIND, "distance", origin, number.start, m.end("to"), value, sentence,
                place=target, label=f"distance from {origin} to {target}",
            )  # fmt: skip


def _origin(ctx: DocumentContext, sentence: Sentence, at: int) -> str | None:
    """The place whose distance is given: the last one named before it in the sentence, else
    what "the town" at the start of the sentence stands for."""
    before = ctx.places_in(sentence.start, at)
    if before:
        return before[-1].key
    return ctx.resolve_place_phrase(sentence.start, at)
