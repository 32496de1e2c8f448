"""Depth: how deep a quake struck, how far underground people are trapped, how far a bus fell.

Reads "at a depth of 10 km", "a shallow depth of about 17.9 km (11 miles)", "the quake was 24 km
deep", "the quake's depth was put at 15 km", "trapped 300 metres underground", "miners trapped
at a depth of 400 metres", "the bus plunged about 200 metres into a gorge", "fell into a
150-metre ravine".

Seismic agencies put one quake at different depths (a shallow quake does more harm), reports
of a mine disaster give the trapped miners' depth differently, and of a crash how far the bus
fell: all are disagreements worth a look. A depth of anything else (a river, a well, a grave)
is kept for the record only. A quake's depth is kept in kilometres, any other in metres.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from homscheck.checks import hc201_distance
from homscheck.context import DocumentContext
from homscheck.model import Claim
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_pattern

CODE = "HC206"
NAME = "depth"
KIND = "depth"
EXAMPLES = [
    ("The quake struck at a depth of 10 km, the survey said.", "depth of the earthquake = 10 km"),
    ("Eleven miners remain trapped 300 metres underground.", "depth of the trapped = 300 m"),
]

# Kilometres per unit: a distance's, and feet ("trapped about 1,000 feet underground")
UNITS = {**hc201_distance.UNITS, **dict.fromkeys(["feet", "foot", "ft"], 0.0003048)}

_UNIT = r"(?P<unit>\L<units>)\b(?:\s*\([^()]{0,20}\))?"
# "at a depth of 10 km", "a shallow depth of about 17.9 km", "its depth was put at 15 km"
_DEPTH_OF = compile_pattern(
    # ("the survey put its depth at 35 km")
    r"\bdepth\s+(?:of|was|is|at|(?:was\s+)?(?:put|estimated|measured|recorded)\s+at)"
    r"(?:\s+(?:about|around|some|roughly|approximately|nearly|only|just))?\s+$",
    regex.IGNORECASE,
)
# "24 km deep", "300 metres underground", "400 metres below the surface"
_DEEP_AFTER = compile_pattern(
    rf"(?:-|\s*){_UNIT}\s*(?:deep\b|underground\b|below\s+(?:the\s+)?(?:surface|ground)\b"
    r"|beneath\s+the\s+surface\b)",
    units=sorted(UNITS, key=len, reverse=True),
)
_UNIT_AFTER = compile_pattern(rf"(?:-|\s*){_UNIT}", units=sorted(UNITS, key=len, reverse=True))
_A_QUAKE = compile_pattern(
    r"\b(?:earthquake|quake|tremor|temblor|epicent(?:re|er)|seismic|magnitude)s?\b",
    regex.IGNORECASE,
)
_TRAPPED = compile_pattern(
    r"\b(?:trapped|stuck|stranded|entombed|miners?|shaft|mine)\b", regex.IGNORECASE
)
# How far a vehicle fell: "plunged about 200 metres into a gorge", "fell 150 metres down a
# hillside", "plunged into a 200-metre (656-foot) ravine"
_FALL_VERB = compile_pattern(
    r"\b(?:plunged|plunging|plunges|fell|falling|falls|tumbled|tumbling|tumbles|dropped"
    r"|plummeted|plummeting|plummets|rolled|rolling)\s+(?:(?:some|about|around|nearly|almost"
    r"|roughly|approximately|more\s+than|over|up\s+to|at\s+least)\s+)?$",
    regex.IGNORECASE,
)
_FALL_AFTER = compile_pattern(
    rf"(?:-|\s*){_UNIT}(?:\s+(?:into|down|off|from|over|onto|to\s+the\s+bottom)\b|\s*[.;]|$)",
    units=sorted(UNITS, key=len, reverse=True),
)
# ... and it is a vehicle that fell (not "he fell 3 metres from a ladder")
_A_VEHICLE = compile_pattern(
    r"\b(?:bus|minibus|coach|truck|lorry|tanker|car|van|vehicle|train|jeep|pickup|trailer|taxi"
    r"|matatu|cable\s+car|gondola)\b",
    regex.IGNORECASE,
)
_DROP = compile_pattern(
    rf"(?:-|\s*){_UNIT}[- ](?:deep[- ])?(?:ravine|gorge|cliff|precipice|drop|abyss|canyon|chasm"
    r"|embankment|ditch|gully|valley)s?\b",
    regex.IGNORECASE,
    units=sorted(UNITS, key=len, reverse=True),
)
# A sentence has a depth only if it says one of these
_TRIGGER = compile_pattern(
    r"\b(?:depth|deep|underground|below|beneath|ravine|gorge|cliff|precipice|drop|abyss|canyon"
    r"|chasm|embankment|plunged|plunging|plunges|fell|falling|tumbled|plummeted|plummeting"
    r"|rolled|dropped)\b",
    regex.IGNORECASE,
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    text = ctx.text
    for sentence in ctx.sentences_with(_TRIGGER):
        for number in ctx.numbers_in(sentence.start, sentence.end):
            fall = _fall_end(text, sentence.start, sentence.end, number)
            end = fall or _depth_end(text, sentence.start, sentence.end, number)
            if end is None:
                continue
            unit = _UNIT_AFTER.match(text, number.end, sentence.end)
            assert unit is not None  # (each way a depth is read has its unit)
            whose = "fall" if fall else _whose(text, sentence.start, sentence.end)
            # (a quake's depth in kilometres, a mine's or a well's in metres)
            per_km, unit_name = (1.0, "km") if whose == "earthquake" else (1000.0, "m")
            value = replace(
                number.value.scaled(UNITS[unit["unit"].casefold()] * per_km), unit=unit_name
            )
            yield ctx.claim(
                CODE, KIND, "depth", whose or "site", number.start, end, value, sentence,
                label=f"depth of the {whose or 'site'}", counted=False,
                # (no place: a depth is the quake's or the mine's, wherever it is told from)
                comparable=whose is not None,
            )  # fmt: skip


def _depth_end(text: str, start: int, end: int, number: NumberMention) -> int | None:
    """Where a depth at ``number`` ends, or None if the number is no depth."""
    if number.fraction or number.value.unit is not None or number.value.low is None:
        return None
    deep = _DEEP_AFTER.match(text, number.end, end)
    if deep is not None:
        return deep.end()
    if _DEPTH_OF.search(text, max(start, number.start - 60), number.start):
        unit = _UNIT_AFTER.match(text, number.end, end)
        return unit.end() if unit else None
    return None


def _fall_end(text: str, start: int, end: int, number: NumberMention) -> int | None:
    """Where the height of a fall at ``number`` ends, or None if it tells none."""
    if number.fraction or number.value.unit is not None or number.value.low is None:
        return None
    drop = _DROP.match(text, number.end, end)
    if drop is not None:
        return drop.end()
    fell = _FALL_AFTER.match(text, number.end, end)
    if (
        fell is not None
        and _FALL_VERB.search(text, max(start, number.start - 40), number.start)
        and _A_VEHICLE.search(text, start, number.start)
    ):
        return fell.end("unit")
    return None


def _whose(text: str, start: int, end: int) -> str | None:
    """Whose depth a sentence tells: an earthquake's, the trapped people's, or none known."""
    if _A_QUAKE.search(text, start, end):
        return "earthquake"
    if _TRAPPED.search(text, start, end):
        return "trapped"
    return None
