"""Temperature: how hot (or cold) it got, where and when ("temperatures hit 46.8C in Delhi").

Reads "Temperatures reached 47.4 degrees Celsius in Delhi on Tuesday", "the mercury hit 46.8C",
"a high of 118 degrees Fahrenheit", "a record 49.9°C", "temperatures fell to minus 30C". The
value is kept in degrees Celsius (Fahrenheit converted), to the tenth told. A low is its own
measure: "a low of minus 12C" is no day's high.

Weather stations, agencies and reporters quote different readings of one day's heat: which
reading a report gives, and where, is worth a look. (A body's temperature, a fever's, is not
read; nor an oven's or the sea's.) A Fahrenheit figure is the span its last digit allows,
in Celsius ("112F" is 44.1 to 44.8C), and its conversion in brackets is no second reading.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterator

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim, DateRange, Quantity
from homscheck.patterns import compile_pattern

CODE = "HC208"
NAME = "temperature"
KIND = "temperature"
EXAMPLES = [
    ("Temperatures reached 47.4 degrees Celsius in Delhi on Tuesday.",
     "highest temperature in Delhi = 47.4 °C"),
    ("Overnight the mercury fell to a low of minus 31C in the valley.",
     "lowest temperature = -31 °C"),
]  # fmt: skip

# "47.4 degrees Celsius", "46.8C", "50°C", "118 degrees Fahrenheit", "minus 30C", "-5C"
_READING = compile_pattern(
    r"(?<![\p{L}\p{N}.,])(?P<minus>(?:minus|-)\s*)?(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*"
    r"(?P<sign>°|º|degrees?\s+)?\s*(?P<unit>C|F|Celsius|Fahrenheit|centigrade)\b",
    regex.IGNORECASE,
)
# A low told as such: "a low of", "fell to", "dropped to", "plunged to", "minimum"
_LOW_BEFORE = compile_pattern(
    r"\b(?:low|lows|minimum|fell|dropped|plunged|dipped|sank)\b[^.;,]{0,30}$", regex.IGNORECASE
)
# What no weather is: a body's, a fever's, an oven's, the sea's
# (nor what the heat feels like: "the heat index reached 50C")
_NOT_WEATHER = compile_pattern(
    r"\b(?:body|fever|core|his|her|oven|water|sea|ocean|surface|engine|patient|patients"
    r"|index|feels?\s+like|real\s+feel|felt\s+like)\b[^.;]{0,30}$",
    regex.IGNORECASE,
)
# A bare letter after a figure ("46.8C") is a unit only just after a word of the weather
# ("temperatures hit 46.8C"; not "Grade 3C", "Flat 12C")
_WEATHER_JUST_BEFORE = compile_pattern(
    r"\b(?:temperatures?|mercury|high|highs|low|lows|heat|record|hit|reached|touched|soared"
    r"|climbed|peaked|topped|rose|fell|dropped|plunged|of|to|at)\s+(?:(?:a|an|the|record|new"
    r"|about|around|nearly|almost|over|above|below|minus)\s+){0,3}$",
    regex.IGNORECASE,
)
# Words of the weather, one of which a sentence with a reading says: "temperatures", "the
# mercury", "a high of", "heat", "record"
_WEATHER = compile_pattern(
    r"\b(?:temperatures?|mercury|thermometers?|high|highs|low|lows|heat|heatwave|record|hottest|coldest"
    r"|sweltered|sweltering|soared|climbed|peaked|minimum|maximum)\b",
    regex.IGNORECASE,
)
# A forecast: a weather box's "High 67F. Low around 40F.", or a reading to come
_FORECAST = compile_pattern(
    r"(?<!\b(?i:a|the|record|new|of|its|their)\s+)\b(?-i:High|Low|Highs|Lows)\s+"
    r"(?:(?:near|around|of|in\s+the|about)\s+)?(?:minus\s+)?$"
    r"|\b(?:forecasts?|forecasters|expected|will|could|may|might|predicted|likely|tomorrow"
    r"|tonight)\b",
    regex.IGNORECASE,
)
_TRIGGER = compile_pattern(
    r"\b(?:celsius|fahrenheit|centigrade|degrees|temperature|temperatures|mercury)\b"
    r"|\d\s*[°º]|\d(?:\.\d)?[CF]\b",
    regex.IGNORECASE,
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    text = ctx.text
    for sentence in ctx.sentences_with(_TRIGGER):
        if not _WEATHER.search(text, sentence.start, sentence.end):
            continue
        for m in _READING.finditer(text, sentence.start, sentence.end):
            if m["unit"] in ("c", "f"):
                continue  # (a lower-case letter after a figure is no unit: "3c")
            before = text[max(sentence.start, m.start() - 40) : m.start()]
            if _NOT_WEATHER.search(before):
                continue
            if _FORECAST.search(text, sentence.start, m.start()):
                continue  # "High 67F.", "are expected to reach 48C": a forecast, no reading
            bare = m["sign"] is None and len(m["unit"]) == 1
            if bare and not _WEATHER_JUST_BEFORE.search(before):
                continue
            if _CONVERTED.search(text, max(sentence.start, m.start() - 30), m.start()):
                continue  # "44.5 Celsius (112 Fahrenheit)": the one reading, converted
            reading = _reading(float(m["n"]) * (-1 if m["minus"] else 1), m["unit"], m["n"])
            measure = "lowest temperature" if _LOW_BEFORE.search(before) else "highest temperature"
            place = ctx.place_near(sentence, m.end())
            event, reported = ctx.when(sentence, m.start())
            # (one day's reading is compared only with that day's: Tuesday's high is not
            # Wednesday's, though a count of one event told a day apart may be)
            day = _day(event)
            yield ctx.claim(
                CODE, KIND, measure, day, m.start(), m.end(), reading,
                sentence, place=place, time=event, reported=reported,
                label=f"{measure} in {place}" if place else measure, counted=False,
            )  # fmt: skip


def _day(when: DateRange | None) -> str:
    """The one day a reading was taken, as a key: its date, else its weekday's name (no date
    to resolve it against), else none."""
    if when is None:
        return ""
    if when.earliest is not None and when.earliest == when.latest:
        return when.earliest.isoformat()
    if when.weekday is not None and when.earliest is None:
        return calendar.day_name[when.weekday]
    return ""


# A reading just after another, in brackets: its conversion
_CONVERTED = compile_pattern(
    r"\d\s*(?:°|º|degrees?\s+)?\s*(?:C|F|Celsius|Fahrenheit|centigrade)\b\s*[(\[]\s*"
    r"(?:or\s+|about\s+|around\s+)?(?:minus\s+|-)?$",
    regex.IGNORECASE,
)


def _reading(figure: float, unit: str, written: str) -> Quantity:
    """The reading in degrees Celsius. A Fahrenheit figure keeps the span of its last digit:
    "112F" is 111.5 to 112.5F, 44.2 to 44.7C, so that a report of "44.5C" agrees with it."""
    if not unit.lower().startswith("f"):
        return Quantity.exact(figure, "°C")
    half = 0.5 * 10 ** -(len(written.partition(".")[2]))
    low, high = sorted((_celsius(figure - half), _celsius(figure + half)))
    # (to the tenth, outwards)
    low, high = math.floor(low * 10 + 1e-9) / 10, math.ceil(high * 10 - 1e-9) / 10
    return Quantity(low, high, True, True, False, round(_celsius(figure), 1), "°C")


def _celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32) * 5 / 9
