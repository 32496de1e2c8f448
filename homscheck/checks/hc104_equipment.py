"""Equipment: how many buses, trucks, vehicles, tanks or aircraft took part.

Reads "the evacuees left on board 50 buses", "more than 30 trucks carried their belongings",
"a convoy of 120 vehicles", "two helicopters and four drones"; and what befell them, a measure
of its own: "Russia launched 47 drones and 12 missiles", "air defences shot down 38 drones",
"four tanks were destroyed".

A convoy's size is how observers on the ground cross-check an evacuation's head count, and it
is quoted from different moments of the same day. Drones launched and drones shot down are two
figures, never one compared with the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

from homscheck.checks._counting import RATE_AFTER
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift
from homscheck.names import demonyms
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_pattern, compile_words
from homscheck.text import Sentence

CODE = "HC104"
NAME = "equipment"
KIND = "equipment"
# Vehicles are sent day after day: a later report with more is an update (but not of those
# launched or shot down in one night's attack: ``DRIFTS`` below, with their fates).
DRIFT = Drift.grows()
EXAMPLES = [
    ("A convoy of 85 buses left the camp at dawn.", "buses = 85"),
    ("Rebels destroyed at least four tanks.", "tanks destroyed = [4, )"),
    ("Air defences shot down 38 of the drones.", "drones shot down = 38"),
]

# Each kind of vehicle, by the spellings news uses for it: "trucks" and "lorries" are one kind.
VEHICLES = {
    **dict.fromkeys(["buses", "bus", "busses", "minibuses"], "buses"),
    # (a train's coaches too: "12 coaches of the express jumped the tracks")
    **dict.fromkeys(["coaches", "carriages", "wagons"], "coaches"),
    **dict.fromkeys(["trucks", "truck", "lorries", "lorry"], "trucks"),
    **dict.fromkeys(["vehicles", "vehicle", "cars", "car", "pickups", "pick-ups"], "vehicles"),
    **dict.fromkeys(["ambulances", "ambulance"], "ambulances"),
    # a fire's: "22 fire engines battled the blaze", "some 40 fire trucks", "18 fire units"
    **dict.fromkeys(["fire engines", "fire engine", "fire trucks", "fire truck", "fire tenders",
                     "fire tender", "fire appliances", "fire units", "firefighting units",
                     "fire-fighting units", "firefighting vehicles", "fire-fighting vehicles",
                     "fire vehicles"], "fire engines"),
    **dict.fromkeys(["tanks", "tank"], "tanks"),
    **dict.fromkeys(["armoured vehicles", "armored vehicles", "apcs"], "armoured vehicles"),
    **dict.fromkeys(["aircraft", "planes", "plane", "jets", "jet", "warplanes"], "aircraft"),
    **dict.fromkeys(["helicopters", "helicopter"], "helicopters"),
    **dict.fromkeys(["drones", "drone"], "drones"),
    **dict.fromkeys(["boats", "boat", "ships", "ship", "vessels", "vessel",
                     # (small boats by their kinds: "three dinghies", "a cayuco")
                     "dinghies", "dinghy", "cayucos", "cayuco", "skiffs", "skiff", "pirogues",
                     "pirogue", "trawlers", "trawler"], "vessels"),
    **dict.fromkeys(["missiles", "missile", "rockets", "rocket", "shells"], "missiles"),
}  # fmt: skip

# "50 buses", "more than 30 aid trucks", "a convoy of 120 white vehicles"
_KINDS_OF_VEHICLE = (
    r"(?:more|other|military|civilian|armoured|armored|aid|white|green|cargo|fuel|rescue|army"
    r"|police|government|russian|turkish|us|unmanned|fighter|combat|cruise|ballistic"
    r"|hypersonic|attack|kamikaze|suicide|guided|anti-aircraft|anti-ship"
    # ("143 Ukrainian fixed-wing drones", "six long-range missiles")
    r"|fixed-wing|long-range|medium-range|short-range|loitering|reconnaissance|surveillance"
    r"|strike|decoy)"
)
_VEHICLE = compile_pattern(
    # "12 ballistic and cruise missiles"
    rf"(?:\s+{_KINDS_OF_VEHICLE}(?:\s+(?:and|or)\s+{_KINDS_OF_VEHICLE})?){{0,2}}"
    r"(?:\s+of\s+(?:the|its|their))?"  # "38 of the drones"
    r"(?:\s+\p{Lu}{1,3}-?\d{1,4}\p{L}?)?"  # a model: "40 T-72 tanks", "six F-16 jets"
    r"(?:\s+(?-i:\p{Lu}\p{Ll}[\p{Ll}-]*)){0,2}"  # or its name: "52 Shahed drones"
    rf"(?:\s+{_KINDS_OF_VEHICLE}){{0,2}}"  # ("143 Ukrainian fixed-wing drones")
    r"\s+(?P<what>\L<vehicles>)\b"
    # (people named by their vehicle: "three truck drivers died", "two bus passengers")
    r"(?!['’]?\s*(?:drivers?|owners?|passengers?|crews?|crew\s+members|operators?|pilots?"
    r"|mechanics?|conductors?|riders?|commanders?|gunners?)\b)",
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


# What befell them, by the verbs news uses for it: "shot down 38 drones", "four tanks were
# destroyed" (without one, how many took part: "a convoy of 120 vehicles")
FATES = {
    **dict.fromkeys(["destroyed", "destroying", "destroys", "wrecked", "knocked out",
                     "disabled", "torched", "burned", "burnt"], "destroyed"),
    **dict.fromkeys(["damaged", "damaging"], "damaged"),
    **dict.fromkeys(["shot down", "shooting down", "downed", "intercepted", "intercepting",
                     "neutralised", "neutralized", "brought down",
                     # (jammed, as an air force counts them with those shot down: "shot down or
                     # suppressed 87 drones")
                     "suppressed", "jammed"], "shot down"),
    **dict.fromkeys(["launched", "launching", "launches", "fired", "firing", "fires"],
                    "launched"),
    **dict.fromkeys(["captured", "capturing", "seized", "seizing"], "captured"),
    **dict.fromkeys(["lost", "losing"], "lost"),
}  # fmt: skip
# Drones and missiles "destroyed" are those shot down: "air defences destroyed 134 drones"
_IN_THE_AIR = {(what, "destroyed"): "shot down" for what in ("drones", "missiles")}
DRIFTS: dict[str, Drift | None] = {
    f"{what} {fate}": None for what in VEHICLES.values() for fate in ("launched", "shot down")
}
# (a hedge, "at least", "some", is the figure's own: ``homscheck.numbers`` reads it with it)
# (the first of two verbs: "intercepted and destroyed 143 drones", "shot down or jammed 87")
_FATE_BEFORE = compile_words(
    r"\b(?P<fate>\L<fates>)(?:\s+(?:and|or)\s+\L<fates>)?\s+$", fates=list(FATES)
)
# Some of the vehicles counted before: "Russia launched 121 drones, 87 of which were shot down"
_SOME_OF_WHICH = compile_words(
    r"\s+of\s+(?:which|them|those)\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?"
    r"(?P<fate>\L<fates>)\b",
    fates=list(FATES),
)
_FATE_AFTER = compile_words(
    r"(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|being))(?:\s+also)?"
    r"\s+(?P<fate>\L<fates>)\b",
    fates=list(FATES),
)
# the next item of a list takes the fate of the one before: "launched 47 drones and 12 missiles"
_NEXT_ITEM = compile_pattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


class _Vehicles(NamedTuple):
    """Vehicles counted in a sentence: the number, what they are, where their quote begins and
    ends, what befell them ("" where the text does not say), and whose they are by the word of
    a people before them ("143 Ukrainian drones": Ukraine's; "" where none)."""

    number: NumberMention
    what: str
    start: int
    end: int
    fate: str
    whose: str = ""
    of_those_before: bool = False  # ("121 drones, 87 of which were shot down": the 87)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence, numbers in ctx.numbers_by_sentence():
        for v in _with_listed_fates(ctx.text, list(_vehicles(ctx.text, sentence, numbers))):
            event, reported = ctx.when(sentence, v.number.start)
            # (traffic, not the vehicles of the event: "carried 38,000 vehicles a day")
            rate = RATE_AFTER.match(ctx.text, v.end, min(sentence.end, v.end + 80))
            fate = _IN_THE_AIR.get((v.what, v.fate), v.fate)
            what = v.what
            if what == "aircraft" and _PLANES_BESIDE_HELICOPTERS.search(
                ctx.text[v.start : v.end] + " | " + ctx.text[sentence.start : sentence.end]
            ):
                # ("12 planes and nine helicopters": the planes, some of "21 aircraft")
                what = "planes"
            measure = f"{what} {fate}" if fate else what
            yield ctx.claim(
                CODE, KIND, measure, v.whose, v.start, v.end,
                v.number.value, sentence, place=ctx.place_near(sentence, v.end), time=event,
                reported=reported, comparable=rate is None,
                label=f"{v.whose}'s {measure}" if v.whose else "",
            )  # fmt: skip


# Planes told beside helicopters: the fixed-wing part of the aircraft (the quote, then the
# sentence after " | ")
_PLANES_BESIDE_HELICOPTERS = compile_pattern(
    r"^(?![^|]*\baircraft\b)[^|]*\b(?:planes?|jets?|warplanes?)\b[^|]*\|.*\bhelicopters?\b",
    regex.IGNORECASE,
)


# A part of a whole: "Seven of the train's 10 cars left the track" counts seven cars that did
# (the ten are the train), "eight of its 12 drones were shot down"
_PART_OF = compile_pattern(
    r"\s+of\s+(?:the|its|their|his|her|(?-i:\p{Lu})[\p{L}-]*['’]s?)\s+(?:[\p{L}-]+['’]s\s+)?"
    r"(?:(?:original|remaining|total\s+of)\s+)?(?=\d|\L<numbers>\b)",
    regex.IGNORECASE,
    numbers=["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozens", "dozen"],
)


def _vehicles(
    text: str, sentence: Sentence, numbers: list[NumberMention]
) -> Iterator[_Vehicles]:
    wholes = _wholes_of_parts(text, sentence, numbers)
    of_wholes = {whole.start for whole in wholes.values()}
    last: _Vehicles | None = None  # (the vehicles counted last in the sentence)
    for number in numbers:
        if number.fraction or number.value.unit is not None or number.start in of_wholes:
            continue
        if _MODEL_OF.search(text, max(sentence.start, number.start - 30), number.start):
            continue
        whole = wholes.get(number.start, number)
        m = _VEHICLE.match(text, whole.end, sentence.end)
        if m:
            fate, start = _fate(text, sentence, number.start, m.end())
            whose = _whose(m.group())
            last = _Vehicles(number, VEHICLES[m["what"].casefold()], start, m.end(), fate, whose)
            yield last
            continue
        some = _SOME_OF_WHICH.match(text, number.end, sentence.end)
        if some is not None and last is not None and last.number.start < number.start:
            yield _Vehicles(
                number, last.what, number.start, some.end(), FATES[some["fate"].casefold()],
                last.whose, of_those_before=True,
            )


def _whose(vehicles: str) -> str:
    """The country a people's word before the vehicles names ("143 Ukrainian fixed-wing drones":
    Ukraine), else "": the drones one side launched are not those the other shot down."""
    people = demonyms()
    return next((people[w.lower()] for w in vehicles.split() if w.lower() in people), "")


def _wholes_of_parts(
    text: str, sentence: Sentence, numbers: list[NumberMention]
) -> dict[int, NumberMention]:
    """The whole's number of each number that counts a part of it, by where the part begins:
    the vehicles are read after the whole and counted by the part."""
    by_start = {n.start: n for n in numbers}
    wholes: dict[int, NumberMention] = {}
    for number in numbers:
        part_of = _PART_OF.match(text, number.end, sentence.end)
        if part_of is not None and part_of.end() in by_start:
            wholes[number.start] = by_start[part_of.end()]
    return wholes


def _with_listed_fates(text: str, found: list[_Vehicles]) -> list[_Vehicles]:
    """Items of one list share the fate told once: "launched 47 drones and 12 missiles" (the
    verb before the first), "40 drones and eight missiles had been shot down" (after the last)."""
    out = list(found)
    for i in range(1, len(out)):  # forward: a verb before the list
        if not out[i].fate and _NEXT_ITEM.fullmatch(text, out[i - 1].end, out[i].number.start):
            out[i] = out[i]._replace(fate=out[i - 1].fate)
    for i in range(len(out) - 2, -1, -1):  # backward: a verb after it
        if out[i + 1].of_those_before:
            continue  # ("nine missiles, six of which were destroyed": the six's own fate)
        if not out[i].fate and _NEXT_ITEM.fullmatch(text, out[i].end, out[i + 1].number.start):
            out[i] = out[i]._replace(fate=out[i + 1].fate)
    return out


def _fate(text: str, sentence: Sentence, start: int, end: int) -> tuple[str, int]:
    """What befell the vehicles counted from ``start`` to ``end`` ("" if the text does not say),
    and where the quote of them begins (at the verb before them: "shot down 38 drones")."""
    before = _FATE_BEFORE.search(text, max(sentence.start, start - 40), start)
    if before:
        return FATES[before["fate"].casefold()], before.start()
    after = _FATE_AFTER.match(text, end, sentence.end)
    return (FATES[after["fate"].casefold()] if after else ""), start
