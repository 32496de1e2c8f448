"""Rainfall: how much rain fell, over what time.

Reads "dumped more than 5 inches (13 centimeters) of rain", "about 4 inches of rain in three
hours", "rainfall of 120 millimetres in 24 hours", "up to 300 mm of rainfall", "rainfall totals
topped 8 inches", "130mm of rain fell overnight". Kept in millimetres, with the span of time it
fell in where the sentence gives one ("in three hours": the hours apart from a storm's total).

Reports of a flood give the rain that caused it from different gauges and spans: two figures for
one place and one span are worth a look.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim
from homscheck.numbers import NumberMention, read_number
from homscheck.patterns import compile_pattern

CODE = "HC210"
NAME = "rainfall"
KIND = "rainfall"
EXAMPLES = [
    ("The storm dumped more than 5 inches of rain on the valley.", "rainfall = (127, ) mm"),
    ("Some 120 mm of rain fell in 24 hours, the weather office said.",
     "rainfall in 24 hours = about 120 mm"),
]  # fmt: skip

# Millimetres per unit
UNITS = {
    **dict.fromkeys(["inches", "inch", "in"], 25.4),
    **dict.fromkeys(["millimetres", "millimeters", "millimetre", "millimeter", "mm"], 1.0),
    **dict.fromkeys(["centimetres", "centimeters", "centimetre", "centimeter", "cm"], 10.0),
}
_UNIT = r"(?P<unit>\L<units>)(?!\p{L})"
# (a conversion after the figure: "5 inches (13 centimeters)")
_CONVERSION = r"(?:\s*\([^()]{0,30}\))?"
_RAIN = r"(?:rain|rainfall|precipitation)\b"
# "5 inches of rain", "300 mm of rainfall", "130mm of rain fell"
_UNIT_OF_RAIN = compile_pattern(
    rf"\s*-?{_UNIT}{_CONVERSION}\s+of\s+(?:heavy\s+|torrential\s+)?{_RAIN}",
    regex.IGNORECASE,
    units=sorted(UNITS, key=len, reverse=True),
)
# "rainfall of 120 millimetres", "rainfall totals topped 8 inches", "rain gauges recorded 10
# inches", "rainfall reached 300 mm"
_RAIN_BEFORE = compile_pattern(
    # (the verb may be the number's own words: "topped 8")
    rf"\b{_RAIN}(?:\s+(?:totals?|amounts?|gauges?|levels?))?(?:\s+(?:of|reached|topped|hit"
    r"|exceeded|measured|was|were|recorded|totall?ed|amounted\s+to))?"
    r"(?:\s+(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over|at\s+least))?\s+$",
    regex.IGNORECASE,
)
_UNIT_AFTER = compile_pattern(
    rf"\s*-?{_UNIT}{_CONVERSION}", regex.IGNORECASE, units=sorted(UNITS, key=len, reverse=True)
)
# The span it fell in: "in three hours", "in 24 hours", "within a day", "over two days", "in a
# single day", "overnight"
_SPAN_AFTER = compile_pattern(
    r"^[^.;:!?]{0,40}?\b(?:(?:in|within|over)\s+(?:(?:just|about|around|some|roughly|nearly"
    r"|less\s+than|under|the\s+past|the\s+last|a)\s+){0,2}"
    r"(?P<count>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|single)?"
    r"[\s-]*(?P<unit>hours?|days?|hrs?)\b|(?P<overnight>overnight)\b)",
    regex.IGNORECASE,
)
_TRIGGER = compile_pattern(r"\b(?:rain|rainfall|precipitation)\b", regex.IGNORECASE)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    text = ctx.text
    for sentence in ctx.sentences_with(_TRIGGER):
        for number in ctx.numbers_in(sentence.start, sentence.end):
            end = _rainfall_end(text, sentence.start, sentence.end, number)
            if end is None:
                continue
            unit = _UNIT_AFTER.match(text, number.end, sentence.end)
            assert unit is not None  # (each way a rainfall is read has its unit)
            value = replace(number.value.scaled(UNITS[unit["unit"].casefold()]), unit="mm")
            span = _span(text[end : sentence.end])
            event, reported = ctx.when(sentence, number.start, (number.start, end))
            # (a forecast, no rain that fell: "a further 100 to 150 millimetres of rain could
            # fall over the next 24 hours")
            forecast = _FORECAST.match(text, end, sentence.end) is not None
            yield ctx.claim(
                CODE, KIND, "rainfall", span, number.start, end, value, sentence,
                place=ctx.place_near(sentence, number.end), time=event, reported=reported,
                label=f"rainfall {span}".strip(), counted=False, comparable=not forecast,
            )  # fmt: skip


_FORECAST = compile_pattern(
    r"\s+(?:\w+\s+){0,3}?(?:could|may|might|will|would|is\s+expected\s+to|are\s+expected\s+to"
    r"|is\s+forecast\s+to|are\s+forecast\s+to|was\s+forecast\s+to)\s+(?:still\s+)?fall\b",
    regex.IGNORECASE,
)


def _rainfall_end(text: str, start: int, end: int, number: NumberMention) -> int | None:
    """Where a rainfall at ``number`` ends, or None if the number is none."""
    if number.fraction or number.value.unit is not None or number.value.low is None:
        return None
    if text[max(start, number.start - 1) : number.start] == "(":
        return None  # ("5 inches (13 centimeters) of rain": the conversion)
    of_rain = _UNIT_OF_RAIN.match(text, number.end, end)
    if of_rain is not None:
        return of_rain.end()
    if _RAIN_BEFORE.search(text, max(start, number.start - 60), number.start):
        unit = _UNIT_AFTER.match(text, number.end, end)
        if unit is not None and unit["unit"].casefold() != "in":
            return unit.end("unit")
    return None


def _span(after: str) -> str:
    """The span of time the rain fell in, as words ("in 3 hours"), or "" where none is said."""
    m = _SPAN_AFTER.match(after)
    if m is None:
        return ""
    if m["overnight"]:
        return "overnight"
    count = (m["count"] or "1").lower()
    read = None if count in ("a", "an", "single") else read_number(count)
    n = int(read.low) if read is not None and read.low is not None else 1
    hours = n * 24 if m["unit"].lower().startswith("d") else n
    return f"in {hours} hours" if hours != 1 else "in 1 hour"
