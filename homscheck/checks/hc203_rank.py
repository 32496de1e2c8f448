"""Rank: a place's standing among its kind ("Syria's third largest city").

Reads "Homs is Syria's third largest city", "Aleppo, the country's largest city", "Homs,
Syria's largest province", "the second-biggest town in the region". The rank is a number (1 for
"largest"); the claim is about the place, the superlative, the kind of place and the frame
("Syria").

Two sources ranking one city differently is a small error that discredits the rest of a story.
"""

from __future__ import annotations

from collections.abc import Iterator

from homscheck.context import DocumentContext
from homscheck.model import Claim, Quantity
from homscheck.names import place_key
from homscheck.numbers import read_ordinal
from homscheck.patterns import compile_pattern, prefix_tree

CODE = "HC203"
NAME = "rank"
KIND = "rank"
EXAMPLES = [
    ("Mosul is Iraq's second largest city.", "Mosul: rank as largest city of Iraq = 2"),
    (
        "Aleppo, Syria's biggest city, was divided for four years.",
        "Aleppo: rank as largest city of Syria = 1",
    ),
]

SUPERLATIVES = {
    **dict.fromkeys(["largest", "biggest"], "largest"),
    "most populous": "most populous",
    "smallest": "smallest",
    "oldest": "oldest",
    "busiest": "busiest",
    "richest": "richest",
    "poorest": "poorest",
    # (nature's: "Africa's sixth-deepest lake", "Europe's longest river")
    "deepest": "deepest",
    "longest": "longest",
    "highest": "highest",
    "tallest": "tallest",
}
KINDS = ["city", "town", "province", "governorate", "region", "port", "state", "country",
         "district", "oil field", "oilfield", "airport", "refugee camp", "camp", "economy",
         "dam",
         # ("Evia, Greece's second-largest island", "Kivu, Africa's sixth-largest lake")
         "island", "lake", "river", "mountain", "peak", "volcano", "forest", "reservoir",
         "county", "metropolitan area", "metro area", "hospital", "prison", "mine"]  # fmt: skip

_PLACE = r"\p{Lu}[\p{L}-]+(?:\s(?:al-|el-)?\p{Lu}[\p{L}-]+){0,2}"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
# "Homs is Syria's third largest city", "Homs, Syria's largest province",
# "Aleppo, the country's second-biggest city"
_RANK = compile_pattern(
    rf"(?P<place>{_PLACE})(?:,|\s+(?:is|was|remains|has\s+become|became))\s+(?:now\s+)?"
    rf"(?:(?P<frame>{_PLACE})['’]s|the\s+(?P<framed>country|nation|region|province)['’]s)\s+"
    rf"(?:(?P<ordinal>{_ORDINAL})[\s-])?(?P<sup>\L<sups>)\s+(?P<kind>\L<kinds>)\b",
    sups=sorted(SUPERLATIVES, key=len, reverse=True),
    kinds=sorted(KINDS, key=len, reverse=True),
)


# A rank needs a superlative and a kind: only the sentences that have them are read. The
# superlatives are found by their ending, "-est" (a literal, which is searched for fast), and
# the few that do not end so ("most populous") whole.
_TRIGGER = compile_pattern(
    prefix_tree(s[-3:] if s.endswith("est") else s for s in SUPERLATIVES)
    + rf"\s+{prefix_tree(KINDS)}"
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    aliases = ctx.options.aliases
    for sentence in ctx.sentences_with(_TRIGGER):
        for m in _RANK.finditer(ctx.text, sentence.start, sentence.end):
            rank = read_ordinal(m["ordinal"]) if m["ordinal"] else 1
            if rank is None:
                continue
            place = place_key(m["place"], aliases)
            frame = place_key(m["frame"], aliases) if m["frame"] else m["framed"]
            what = f"{SUPERLATIVES[m['sup']]} {m['kind']} of {frame}"
            yield ctx.claim(
                CODE, KIND, what, place, m.start(), m.end(), Quantity.exact(rank), sentence,
                place=place, label=f"{place}: rank as {what}",
            )  # fmt: skip
