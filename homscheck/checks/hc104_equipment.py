"""Equipment: how many buses, trucks, vehicles, tanks or aircraft took part.

Reads "the evacuees left on board 50 buses", "more than 30 trucks carried their belongings",
"a convoy of 120 vehicles", "two helicopters and four drones".

A convoy's size is how observers on the ground cross-check an evacuation's head count, and it
is quoted from different moments of the same day.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift
from homscheck.patterns import compile_pattern

CODE = "HC104"
NAME = "equipment"
KIND = "equipment"
# Vehicles are sent day after day: a later report with more is an update.
DRIFT = Drift.grows()
EXAMPLES = [
    ("A convoy of 85 buses left the camp at dawn.", "buses = 85"),
    ("Rebels destroyed at least four tanks.", "tanks = [4, )"),
]

# Each kind of vehicle, by the spellings news uses for it: "trucks" and "lorries" are one kind.
VEHICLES = {
    **dict.fromkeys(["buses", "bus", "busses", "coaches", "minibuses"], "buses"),
    **dict.fromkeys(["trucks", "truck", "lorries", "lorry"], "trucks"),
    **dict.fromkeys(["vehicles", "vehicle", "cars", "car", "pickups", "pick-ups"], "vehicles"),
    **dict.fromkeys(["ambulances", "ambulance"], "ambulances"),
    **dict.fromkeys(["tanks", "tank"], "tanks"),
    **dict.fromkeys(["armoured vehicles", "armored vehicles", "apcs"], "armoured vehicles"),
    **dict.fromkeys(["aircraft", "planes", "plane", "jets", "jet", "warplanes"], "aircraft"),
    **dict.fromkeys(["helicopters", "helicopter"], "helicopters"),
    **dict.fromkeys(["drones", "drone"], "drones"),
    **dict.fromkeys(["boats", "boat", "ships", "ship", "vessels", "vessel"], "vessels"),
    **dict.fromkeys(["missiles", "missile", "rockets", "rocket", "shells"], "missiles"),
}  # fmt: skip

# "50 buses", "more than 30 aid trucks", "a convoy of 120 white vehicles"
_VEHICLE = compile_pattern(
    r"(?:\s+(?:more|other|military|civilian|armoured|armored|aid|white|green|cargo|fuel|"
    r"rescue|army|police|government|russian|turkish|us|unmanned|fighter|combat|cruise|"
    r"ballistic)){0,2}"
    r"(?:\s+\p{Lu}{1,3}-?\d{1,4}\p{L}?)?"  # a model: "40 T-72 tanks", "six F-16 jets"
    r"\s+(?P<what>\L<vehicles>)\b",
    regex.IGNORECASE,
    vehicles=sorted(VEHICLES, key=len, reverse=True),
)


# A maker's name before the figure makes it a model, not a count: "Boeing's larger 777 planes",
# "two Airbus A320 jets" (the figure read is "320")
_MODEL_OF = compile_pattern(
    r"\b(?:Boeing|Airbus|Embraer|Bombardier|Tupolev|Antonov|Ilyushin|Sukhoi|MiG|Cessna|Lockheed"
    r"|Black\s+Hawk|Humvee|Leopard|Abrams|T)(?:['’]s)?(?:[\s-]+[\p{L}]+){0,2}?[\s-]*\p{Lu}?$"
    # a maker's initials right before the figure: "the ATR 72 aircraft", "an MD-80 jet"
    r"|\b\p{Lu}{2,4}[\s-]$"
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence, numbers in ctx.numbers_by_sentence():
        for number in numbers:
            if number.fraction or number.value.unit is not None:
                continue
            if _MODEL_OF.search(ctx.text, max(sentence.start, number.start - 30), number.start):
                continue
            m = _VEHICLE.match(ctx.text, number.end, sentence.end)
            if not m:
                continue
            what = VEHICLES[m["what"].casefold()]
            event, reported = ctx.when(sentence, number.start)
            yield ctx.claim(
                CODE, KIND, what, "", number.start, m.end(), number.value, sentence,
                place=ctx.place_near(sentence, m.end()), time=event, reported=reported,
            )  # fmt: skip
