"""Height: how tall a volcano or a mountain stands, how high its ash rose, how high the waves.

Reads "the 1,584-metre volcano", "Mount Lewotobi, which stands 1,703 metres tall", "spewed an ash
column 2,000 metres into the sky", "a plume of ash 5 km high", "sent ash 3 km into the air",
"waves up to 3 metres high", "a 10-metre tsunami"; and how high the scene was ("the avalanche
struck Camp 3 at an altitude of about 6,800 metres"). The value is kept in metres (feet and
kilometres converted; the quote keeps the unit the source used).

Reports of an eruption quote the volcano's height from different sources (an old survey, a
tourist site) and the ash column from different hours of the eruption; reports of a storm surge
or a tsunami the height of its waves: figures worth setting side by side.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from homscheck.checks import hc206_depth
from homscheck.context import DocumentContext
from homscheck.model import Claim, Quantity
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_pattern

CODE = "HC209"
NAME = "height"
KIND = "height"
EXAMPLES = [
    ("The 2,329-metre volcano erupted at dawn.", "height of the mountain = 2,329 m"),
    ("It spewed an ash column 4 km into the sky.", "height of the ash column = 4,000 m"),
]

# Metres per unit: a depth's units (metres, kilometres, feet), not a sea mile's or a mile's
UNITS = {
    name: per_km * 1000.0
    for name, per_km in hc206_depth.UNITS.items()
    if "mile" not in name and name not in ("mi", "nm", "nmi", "kms")
}
_UNIT = rf"(?P<unit>{'|'.join(sorted(UNITS, key=len, reverse=True))})"
_HEDGE = (
    r"(?:(?:about|some|around|nearly|almost|roughly|up\s+to|as\s+high\s+as|more\s+than|over)"
    r"\s+)?"
)

# What stands so tall, by the words news uses for it
_PEAKS = r"(?:volcano|mountain|peak|mount|summit|stratovolcano)"
# "the 1,584-metre volcano", "a 10-metre tsunami", "the 2,968m (9,737ft) Mount Merapi"
_HEIGHT_BEFORE = compile_pattern(
    rf"(?:-|\s*){_UNIT}\b(?:\s*\([^()]{{0,20}}\))?[- ](?:(?:high|tall|active|high\s+active)[- ])?"
    rf"(?P<what>{_PEAKS}|tsunami|waves?|wall\s+of\s+water)\b",
    regex.IGNORECASE,
)
# "which stands 1,703 metres tall", "rises 3,776 metres above sea level", "is 2,329 metres high"
_STANDS = compile_pattern(
    r"\b(?:stands|stood|rises|rose|towers|is|was|reaches)\s+" + _HEDGE + r"$", regex.IGNORECASE
)
_TALL_AFTER = compile_pattern(
    rf"(?:-|\s*){_UNIT}\b(?:\s*\([^()]{{0,20}}\))?\s+(?:tall|high|above\s+sea\s+level)\b",
    regex.IGNORECASE,
)
# "an ash column 2,000 metres into the sky", "a plume of ash 5 km high", "sent ash 3 km into the
# air", "ash rose 1.5 km above the summit"
_ASH_BEFORE = compile_pattern(
    r"\b(?:ash(?:\s+(?:column|cloud|plume))?|(?:column|plume|cloud)\s+of\s+(?:ash|smoke)"
    r"|eruption\s+column)\b[^.;]{0,30}?\s+" + _HEDGE + r"$",
    regex.IGNORECASE,
)
_INTO_THE_SKY = compile_pattern(
    rf"(?:-|\s*){_UNIT}\b(?:\s*\([^()]{{0,20}}\))?\s+(?:high|tall|into\s+the\s+(?:sky|air"
    r"|atmosphere)|above\s+(?:the\s+)?(?:summit|crater|peak|volcano))\b",
    regex.IGNORECASE,
)
# "waves up to 3 metres high", "waves as high as 5 metres", "a tsunami of 1.2 metres"
_WAVES_BEFORE = compile_pattern(
    r"\b(?:waves?|tsunami|storm\s+surge|surge|swells?)\b[^.;]{0,20}?\s+(?:of\s+)?" + _HEDGE + r"$",
    regex.IGNORECASE,
)
_WAVE_HEIGHT_AFTER = compile_pattern(
    rf"(?:-|\s*){_UNIT}\b(?:\s*\([^()]{{0,20}}\))?(?:\s+(?:high|tall|in\s+height))?",
    regex.IGNORECASE,
)
# A sentence has a height only if it says one of these
_TRIGGER = compile_pattern(
    r"\b(?:volcano|volcanoes|mountain|peak|mount|summit|ash|plume|tsunami|waves?|surge|swells?"
    r"|tall|high|altitude|elevation)\b",
    regex.IGNORECASE,
)
# (a volcano is a mountain: one height, whichever word a report uses)
_NAMES = {"volcano": "mountain", "mountain": "mountain", "peak": "mountain",
          "mount": "mountain", "summit": "mountain", "stratovolcano": "mountain",
          "tsunami": "waves", "wave": "waves", "waves": "waves",
          "wall of water": "waves"}  # fmt: skip


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence in ctx.sentences_with(_TRIGGER):
        for number in ctx.numbers_in(sentence.start, sentence.end):
            found = _height(ctx, sentence.start, sentence.end, number)
            if found is None:
                continue
            what, end, unit = found
            value = replace(number.value.scaled(UNITS[unit.casefold()]), unit="m")
            # (a scene's height is its event's, of the day it tells: "Last month an avalanche
            # in another valley killed two at an altitude of 2,900 metres" is another scene)
            event = ctx.when(sentence, number.start)[0] if what == "scene" else None
            yield ctx.claim(
                CODE, KIND, "height", what, number.start, end, value, sentence,
                label=f"height of the {what}", counted=False, time=event,
                # (no place: a volcano's height is the volcano's wherever it is told from)
            )  # fmt: skip


def _height(
    ctx: DocumentContext, start: int, end: int, number: NumberMention
) -> tuple[str, int, str] | None:
    """(whose height, where its quote ends, its unit) for a figure that is a height."""
    value = number.value
    if number.fraction or value.unit is not None or not isinstance(value, Quantity):
        return None
    text = ctx.text
    before = max(start, number.start - 60)
    named = _HEIGHT_BEFORE.match(text, number.end, end)
    if named is not None:
        what = _NAMES.get(" ".join(named["what"].casefold().split()), "mountain")
        return what, named.end(), named["unit"]
    tall = _TALL_AFTER.match(text, number.end, end)
    if tall is not None and _STANDS.search(text, before, number.start) and (
        _A_PEAK.search(text, start, number.start)
        # ("Manaslu stands 8,163 metres tall", in a story of a mountain)
        or (_NAME_STANDS.match(text, start, number.start) and _A_PEAK.search(text))
    ):
        return "mountain", tall.end(), tall["unit"]
    altitude = _ALTITUDE.search(text, before, number.start)
    unit = _UNIT_AFTER.match(text, number.end, end) if altitude else None
    if unit is not None:
        return "scene", unit.end(), unit["unit"]
    ash = _INTO_THE_SKY.match(text, number.end, end)
    if ash is not None and _ASH_BEFORE.search(text, before, number.start):
        return "ash column", ash.end(), ash["unit"]
    wave = _WAVE_HEIGHT_AFTER.match(text, number.end, end)
    if wave is not None and _WAVES_BEFORE.search(text, before, number.start):
        return "waves", wave.end(), wave["unit"]
    return None


_A_PEAK = compile_pattern(rf"\b{_PEAKS}\b", regex.IGNORECASE)
# A name that stands so tall: "Manaslu stands", "Mount Kerinci, which rises"
_NAME_STANDS = compile_pattern(
    r"\W*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:\s*,\s*which)?\s+(?:stands|rises|towers)\s+"
)
# Where it happened, how high: "struck Camp 3 at an altitude of about 6,800 metres"
_ALTITUDE = compile_pattern(
    r"\b(?:at\s+)?an?\s+(?:altitude|elevation)\s+of\s+" + _HEDGE + r"$", regex.IGNORECASE
)
_UNIT_AFTER = compile_pattern(rf"(?:-|\s*){_UNIT}\b", regex.IGNORECASE)
