"""Storeys: how tall a building was, in floors ("a 21-storey building under construction").

Reads "a 21-storey building", "the 22-story tower", "a six-storey block of flats", "the
building, which had 12 floors", "the tower rose 30 storeys". The value is the count of floors as
told.

A collapse or a tower fire is reported with the building's height, and reports copy it from
different sources (the permit, a neighbour, a rescuer's count of the floors): one says 21
storeys, another 22. (Floors a permit allowed are another figure: "approval for 15 floors" is
not read.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim
from homscheck.numbers import TENS, read_number
from homscheck.patterns import compile_pattern
from homscheck.scope import SPELLED_NUMBERS

CODE = "HC207"
NAME = "storeys"
KIND = "storeys"
EXAMPLES = [
    ("A 21-storey building collapsed in the city centre.", "storeys of the building = 21"),
    ("The tower, which had 30 floors, burned for hours.", "storeys of the building = 30"),
]

# What has storeys, by the words news uses for it
BUILDINGS = ["building", "buildings", "tower", "towers", "block", "blocks", "structure",
             "hotel", "apartment", "apartments", "complex", "high-rise", "skyscraper",
             "residential", "office", "hospital", "school", "mall", "factory", "house",
             "home",
             "car park", "parking garage", "dormitory", "hostel", "mill", "plant",
             "factories"]  # fmt: skip

# The words for one tall building, compared as one ("a 21-storey building", "the 22-storey
# tower"; "a seven-storey garment factory", "the eight-storey building" where it burned); a
# house, a hotel or a school beside it is another building
_TALL = dict.fromkeys(["building", "buildings", "tower", "towers", "block", "blocks",
                       "structure", "apartment", "apartments", "complex", "high-rise",
                       "skyscraper", "residential", "office", "factory", "factories", "mill",
                       "plant"], "building")  # fmt: skip

# ("a four-story home", "the four-storey house": one)
_HOUSE = {"home": "house"}

_LISTS: dict[str, Any] = {"numbers": SPELLED_NUMBERS, "tens": list(TENS), "buildings": BUILDINGS}
_COUNT = r"(?P<n>\d{1,3}|(?:\L<tens>-)?\L<numbers>|\L<tens>)"
# "a 21-storey building", "the 22-story tower", "a six-storey block of flats", "the 12-floor
# hotel" (a word or two between: "a 21-storey residential building")
_STOREYED = compile_pattern(
    rf"\b{_COUNT}[- ](?:storey|story|stories|storeys|floor|level)(?:ed)?\s+"
    r"(?:[\p{L}-]+\s+){0,2}?(?P<holder>\L<buildings>)\b",
    regex.IGNORECASE,
    **_LISTS,
)
# "the building, which had 12 floors", "the tower has 30 storeys", "the tower rose 30 storeys"
_HAD_FLOORS = compile_pattern(
    r"\b(?P<holder>\L<buildings>)\b[^.;]{0,40}?\b(?:had|has|with|of|rose|rises|stood|stands)\s+"
    rf"{_COUNT}\s+(?:storeys|stories|floors)\b",
    regex.IGNORECASE,
    **_LISTS,
)
# A building beside the one the story is of: "an adjoining three-storey block", "a nearby
# two-storey house"
_BESIDE = compile_pattern(
    r"\b(?:adjoining|adjacent|neighbou?ring|nearby|next-door|next\s+door|another|second)\s+$",
    regex.IGNORECASE,
)
# (its words in lower case: ``DocumentContext.sentences_with`` reads them from the document's
# index of words, "21-storey" among them)
_TRIGGER = compile_pattern(
    r"\b(?:storey|story|stories|storeys|floor|floors|level)\b", regex.IGNORECASE
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    text = ctx.text
    for sentence in ctx.sentences_with(_TRIGGER):
        found: list[regex.Match[str]] = [
            *_STOREYED.finditer(text, sentence.start, sentence.end),
            *_HAD_FLOORS.finditer(text, sentence.start, sentence.end),
        ]
        for m in sorted(found, key=lambda m: m.start()):
            value = read_number(m["n"])
            if value is None or value.low is None or not 1 <= value.low <= 200:
                continue
            holder = m["holder"].lower()
            kind = _TALL.get(holder, _HOUSE.get(holder, holder.removesuffix("s")))
            if _BESIDE.search(text, max(sentence.start, m.start() - 30), m.start()):
                kind = f"neighbouring {kind}"  # ("an adjoining three-storey block": not the one
                # that fell)
            event, reported = ctx.when(sentence, m.start())
            yield ctx.claim(
                CODE, KIND, "storeys", kind, m.start(), m.end(), value, sentence,
                place=ctx.place_near(sentence, m.end()), time=event, reported=reported,
                label=f"storeys of the {kind}", counted=False,
            )  # fmt: skip

