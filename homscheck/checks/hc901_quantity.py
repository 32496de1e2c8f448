"""Other quantities: any count, sum of money, percentage or measure, with what it counts.

Reads the figures no named rule claims: "aid of $50 million", "a turnout of 45 %", "3,000 homes
were destroyed", "destroyed 3,000 homes", "prices rose 12 percent", "40% of voters"; and a few
figures of disasters with a measure of their own: the area a fire burned, its containment,
the people aboard a vehicle, homes without power ("left 650,000 homes without power"), a
storm's winds ("winds of 120 mph"), what a tanker carried or a ship spilled ("carrying 60,000
litres of petrol"). What is
counted is the noun the figure counts ("homes") or the noun it is the figure of ("aid",
"turnout"), with the verb that says what happened to it where there is one ("homes destroyed"),
so that "3,000 homes destroyed" is never compared with "500 homes damaged".

This rule is a fallback: a figure that a named rule (casualties, displacement...) reads is left
to that rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from homscheck.checks._counting import SUBJECT_CLASSES
from homscheck.checks.hc104_equipment import VEHICLES
from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift, Quantity
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_pattern, compile_trees, compile_words
from homscheck.text import Sentence

CODE = "HC901"
NAME = "quantity"
KIND = "quantity"
FALLBACK = True
# Power is cut and restored, storms strengthen and weaken, and crews gain and lose ground on a
# fire from one report to the next; a fire burns more land as days pass.
_RESTORED = "a later report counts differently (power cut and restored)"
_WINDS = "a later report gives another speed (storms strengthen and weaken)"
_CONTAINMENT_CHANGES = "a later report gives another containment (crews gain and lose ground)"
DRIFTS = {"without power": Drift.changes(_RESTORED),
          "wind speed": Drift.changes(_WINDS), "wind gusts": Drift.changes(_WINDS),
          "containment": Drift.changes(_CONTAINMENT_CHANGES),
          "area burned": Drift.grows(), "area flooded": Drift.grows()}  # fmt: skip
EXAMPLES = [
    ("The World Bank approved aid of $50 million for the region.", "aid = 50,000,000 USD"),
    ("Some 3,000 homes were destroyed by the storm.", "homes destroyed = about 3,000"),
    ("Turnout was 45 percent, the commission said.", "turnout = 45 percent"),
]

# Nouns that are not what a figure counts: "3,000 of them", "2 in the morning".
_NOT_COUNTED = [
    "of", "in", "on", "at", "to", "and", "or", "the", "a", "an", "per", "from", "for", "by",
    "with", "than", "more", "times", "years", "year", "months", "month", "weeks", "week", "days",
    "day", "hours", "hour", "minutes", "minute", "seconds", "second", "decades", "decade",
    "centuries", "century", "time", "percent", "per", "cent", "point",
    "points", "who", "which",
    "that", "were", "was", "are", "is", "have", "has", "had", "will", "would", "km", "kms",
    "kilometres", "kilometers", "miles", "mile", "metres", "meters", "m", "kg", "tonnes", "tons",
    "feet", "ft", "inches", "acres", "hectares", "sq", "square", "degrees", "litres", "liters",
    "barrels", "mph", "kmh", "kmph", "gmt", "am", "pm", "p", "a", "other", "others", "counts",
    "count",
    # a bare count as the subject of a verb: "one later died", "Eight sustained gunshot wounds"
    "later", "also", "still", "then", "sustained", "suffered", "received", "died", "survived",
    "remain", "remained", "remains", "seriously", "critically", "fatally", "mortally", "badly",
    "slightly", "severely", "gravely", "lightly",
    # a share of those told of: "two of them critically", "three of whom died"
    "them", "whom", "us", "those", "these", "it",
    # a figure in a name or a time: "Interstate 76 near Akron", "around 11 this morning"
    "near", "this", "next", "last", "tonight", "morning", "afternoon", "evening", "night",
    # a clause after the figure, not what it counts: "Regional One where he was pronounced"
    "where", "when", "while", "he", "she", "they", "we", "you", "his", "her", "their", "its",
    "our",
    # a clause after the figure: "toll climbs to 1,450 as rescuers reach the area"
    "as", "after", "before", "since", "until", "because", "if", "but", "so", "though",
    # nothing a report of an event counts: "2 things to know", "90,000 views" of a video
    "things", "thing", "views", "likes", "comments", "followers",
]  # fmt: skip
# One thing under two names: "12,000 homes destroyed" and "9,500 houses destroyed" disagree.
_SAME_THING = {"houses": "homes", "dwellings": "homes", "residences": "homes",
               # ("fired seven shots", "fired nine rounds", "12 bullets were fired": one count)
               "rounds": "shots", "bullets": "shots", "gunshots": "shots"}
# "3,000 homes", "two suicide bombers", "3,000 homes were destroyed", "120 tunnels destroyed":
# up to three words of a noun phrase, then what happened to it
_WORD = r"(?!(?:\L<stop>|\L<named>)\b)\p{Ll}[\p{Ll}-]+"
_PHRASE = (
    rf"\s+(?:of\s+)?(?P<phrase>{_WORD}(?:\s+{_WORD}){{0,2}})"
    # ("destroyed or damaged" counts more than "destroyed": both verbs are kept)
    r"(?:(?:\s+(?:were|was|have\s+been|had\s+been|are|is|been))?\s+"
    r"(?P<verb>\p{Ll}+ed(?:\s+or\s+\p{Ll}+ed)?|lost)\b)?"
    r"(?![\p{L}-])"
)
# (not "two young children", "four off-duty police officers": people, counted elsewhere)
# (Its lists as prefix trees, ``compile_trees``: tried after every figure, and at each word.)
_NOUN_AFTER = compile_trees(
    _PHRASE + r"(?!\s+(?:\L<named>)\b)", stop=_NOT_COUNTED, named=[*SUBJECT_CLASSES, *VEHICLES]
)
# "half past four", "a quarter to nine": a time of day
_CLOCK_TIME_AFTER = compile_pattern(
    r"(?i)\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|midnight|noon)\b"
)
# "two-thirds of households": a share of anything, people included
_SHARE_OF = compile_trees(_PHRASE, stop=_NOT_COUNTED, named=[])
# "aid of $50 million", "a turnout of 45 %", "turnout was 45 percent", "unemployment rose to 4.1
# percent"; and a change, which is not the level: "prices rose 12 percent" is no price
_NOUN_BEFORE = compile_pattern(
    # (not "in lieu of $25,000": no noun)
    # (not a noun counted itself: "Overcrowding in Ecuador's 36 prisons stands at 13 percent")
    r"(?<!\d\s)\b(?!(?:has|have|had|was|were|is|are|been|lieu)\b)(?P<noun>\p{L}[\p{Ll}-]{2,})\s+"
    r"(?:(?:has|have|had)\s+)?(?:"
    # "his bond was set at $25,000", "damage is estimated at $2 million", a headline's "bond
    # set at $100,000": the noun before
    r"(?:(?:was|were|is|are|has\s+been|had\s+been|been)\s+)?"
    r"(?:set|estimated|valued|put|priced|pegged|fixed|capped)\s+at|"
    r"(?:rose|risen|rises|fell|fallen|falls|climbed|climbs|dropped|drops"
    r"|jumped|jumps|increased|decreased|declined|grew|grown|slipped|edged\s+(?:up|down))\s+to|"
    r"of|was|were|is|are|stood\s+at|stands\s+at|reached|hit|totalled|totaled|totaling"
    r"|totalling|worth"
    # ("oil at $80", "bail at $50,000"; not "five colours at $199", "closed the day at $41")
    r"|(?<=\b(?i:\L<at_nouns>)\s{1,3})at"
    r"|(?P<rise>rose|climbed|jumped|increased|grew|(?:rose|increased|grew)\s+by)"
    r"|(?P<fall>fell|dropped|decreased|declined|slipped|(?:fell|decreased|declined)\s+by))\s+$",
    at_nouns=["price", "prices", "cost", "costs", "bond", "bail", "level", "levels", "rate",
              "rates", "shares", "stock", "stocks", "index", "oil", "crude", "gold", "fare",
              "fares", "fee", "fees", "fine", "value", "valuation", "inflation", "unemployment",
              "turnout", "yield", "yields", "toll", "damage", "damages", "estimate"],
)
# "a bus carrying 60 passengers", "the ferry, with 300 people on board", "40 migrants were
# aboard": how many a vehicle carried, a figure reports of a crash or a sinking disagree on
# ("The passenger manifest listed 87 passengers")
_CARRYING = compile_pattern(
    r"\b(?:carrying|carried|transporting|ferrying|conveying"
    r"|manifest\s+(?:listed|lists|showed|shows|included|includes|named|names))\s+$"
)
# ... and a prison, how many it held (its capacity is another figure, ``hc205``)
_A_PRISON_HELD = compile_pattern(
    r"(?i)\b(?:prison|jail|gaol|facility|penitentiary|detention\s+(?:centre|center)"
    r"|correctional\s+(?:centre|center|facility)|custodial\s+(?:centre|center))\b[^.;]{0,50}?"
    r"\b(?P<verb>held|had|housed|holds|houses|has|was\s+holding|was\s+housing)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|an\s+estimated)\s+)?$"
)
# ... and how many were inside a mine or a building when it collapsed or burned: "110 miners
# were underground", "112 workers were in the mine", "40 people were inside the building",
# "900 workers were on shift",
# "about 100 workers were on the site", "120 labourers were working on the tower"
_PEOPLE_ABOARD = compile_trees(
    # ("more than 50 construction workers were in the building", "60 Somali migrants aboard")
    r"(?:\s+(?!(?:of|and|or|the|were|was|are)\b)[\p{L}-]+(?=\s+\L<named>\b))?"
    r"\s+(?P<noun>\L<named>)\b(?:(?P<aboard>(?:\s+(?:were|was))?\s+(?:on\s+board|aboard))"
    r"|(?P<inside>\s+(?:were|was)(?:\s+(?:still|working|trapped))?\s+(?:underground\b|inside\b"
    r"|(?:in|on|at)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:\L<sites>)\b"
    # ("some 900 workers were on shift when the fire broke out")
    r"|on\s+(?:the\s+)?(?:(?:night|day|morning|evening|late)\s+)?shift\b)))?",
    named=list(SUBJECT_CLASSES),
    sites=["mine", "shaft", "pit", "tunnel", "building", "factory", "plant", "warehouse",
           "site", "tower", "structure"],
)
# "the fire has burned more than 45,000 acres", "grew to 18,000 hectares", "floods inundated 900
# hectares": the area a fire burned (a flood covered), in hectares, whatever unit the text used
HECTARES_PER = {"acres": 0.40468564224, "acre": 0.40468564224, "hectares": 1.0, "hectare": 1.0,
                "ha": 1.0, "square miles": 258.998811, "sq mi": 258.998811,
                "square kilometres": 100.0, "square kilometers": 100.0, "sq km": 100.0,
                "km2": 100.0}  # fmt: skip
_AREA_UNIT = compile_words(r"\s+(?P<unit>\L<units>)\b", units=list(HECTARES_PER))
# "a tanker carrying 60,000 litres of petrol", "the ship was laden with 2,700 tonnes of
# ammonium nitrate", "spilled 4,000 barrels of crude": what a tanker, a ship or a warehouse held
# or lost, which reports of its blast or its spill give differently. In the unit the text used
# (reports round a conversion, as they do a wind speed's): figures in two units are not compared.
CARGO_UNITS = {**dict.fromkeys(["litres", "liters", "litre", "liter"], "litres"),
               **dict.fromkeys(["gallons", "gallon"], "gallons"),
               **dict.fromkeys(["barrels", "barrel"], "barrels"),
               **dict.fromkeys(["cubic metres", "cubic meters"], "cubic metres"),
               **dict.fromkeys(["tonnes", "tonne", "metric tons", "tons", "ton"], "tonnes"),
               **dict.fromkeys(["kilograms", "kg"], "kg")}  # fmt: skip
_CARGO_UNIT = compile_words(
    r"(?i)\s*(?P<unit>\L<units>)\s+of\s+(?:(?:highly\s+)?(?:flammable|explosive|toxic|crude|"
    r"liquefied)\s+)?(?P<what>\L<goods>)\b",
    units=list(CARGO_UNITS),
    goods=["petrol", "gasoline", "fuel", "diesel", "kerosene", "oil", "crude", "gas",
           "petroleum", "ammonium nitrate", "chemicals", "chlorine", "ammonia", "explosives",
           "fireworks", "cooking gas", "lpg", "jet fuel", "naphtha", "ethanol", "methanol",
           "sulphuric acid", "sulfuric acid", "acid"],
)
_CARRIED = compile_pattern(
    r"(?i)\b(?:(?P<carried>carrying|carried|laden\s+with|loaded\s+with|holding|held|containing"
    r"|contained|stored|storing|transporting|with)|(?P<spilled>spilled|spilling|leaked|leaking"
    r"|spewed|released|dumped))\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to|an\s+estimated)\s+)?$"
)
# ... one measure for a fuel by any of its names: "petrol" and "fuel" in one tanker's story
_FUELS = frozenset({"petrol", "gasoline", "fuel", "diesel", "kerosene", "jet fuel"})
_SAME_GOODS = {"crude": "oil", "petroleum": "oil", "lpg": "cooking gas"}
_BURNED = compile_pattern(
    r"\b(?:(?P<flood>flooded|inundated|submerged)|(?:burned|burnt|burning|scorched|charred"
    # ("has now burned across 7,450 hectares")
    r"|consumed|blackened)(?:\s+(?:across|over|through))?"
    r"|torched|grew\s+to|grown\s+to|spread\s+(?:over|across|to)|swept\s+(?:over|"
    r"across))\s+(?:(?:an\s+estimated|about|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$"
)
# "650,000 homes and businesses without power", "480,000 customers remained without
# electricity", "left 1.2 million people without power", "knocked out power to 300,000 homes",
# "200,000 households lost power": one measure, whatever a report counts (homes, customers,
# people), since reports use them for one another
# ("About 48,000 homes in Akmola region, which surrounds the capital, were without electricity":
# an aside between commas)
_WITHOUT_POWER = compile_pattern(
    r"\s+(?:[\p{L}-]+\s+){0,5}?(?:[\p{L}-]+,[^,.;]{1,60},\s+)?"
    r"(?:(?:were|are|was|is|remain|remained|remains|have\s+been"
    r"|had\s+been|still|left|reportedly)\s+){0,3}(?:without|lost|losing|lose)\s+"
    r"(?:power|electricity)\b"
)
_POWER_CUT_TO = compile_pattern(
    r"\b(?:knocked\s+out|knocking\s+out|knocks\s+out|cut|cutting|cuts|cut\s+off|cutting\s+off)"
    r"\s+(?:power|electricity)\s+(?:supplies\s+)?to\s+$"
)
_POWER_NOUN = compile_pattern(
    r"\s+(?:[\p{L}-]+\s+){0,3}?(?:homes|customers|households|businesses|people|residents"
    r"|buildings|users|consumers|accounts)\b"
)
# "winds of 120 mph", "115-mph winds", "sustained winds of 185 km/h", "gusts of up to 150 kph":
# a storm's wind speed (sustained winds and gusts apart), in kilometres an hour. Reports round
# a conversion ("120 mph (190 km/h)"): the comparison allows for it (``homscheck.compare``).
# (each unit's kilometres an hour)
SPEED_UNITS = {**dict.fromkeys(["mph", "miles per hour", "miles an hour"], 1.609344),
               **dict.fromkeys(["km/h", "kph", "kmh", "kmph", "km per hour",
                                "kilometres per hour", "kilometers per hour",
                                "kilometres an hour", "kilometers an hour"], 1.0),
               "knots": 1.852}  # fmt: skip
_SPEED_UNIT = compile_words(r"[\s-]*(?P<unit>\L<units>)(?![\p{L}/])", units=list(SPEED_UNITS))
_WIND_BEFORE = compile_pattern(
    r"(?i)\b(?:(?P<gust>gusts?|gusting)|winds?)\s+"
    r"(?:(?:of|near|at|reaching|topping|exceeding|as\s+high\s+as)\s+)?(?:up\s+to\s+)?"
    r"(?:(?:about|around|nearly|almost|more\s+than|over|at\s+least|some)\s+)?$"
)
# ... and how fast a vehicle went: "the train was travelling at 128 km per hour", "at a speed
# of about 130 km/h"
_MOVING_BEFORE = compile_pattern(
    r"(?i)\b(?:(?:travell?ing|running|moving|going|driving|speeding|flying)\s+at"
    r"|(?:at\s+)?a\s+speed\s+of|top\s+speed\s+of)\s+"
    r"(?:(?:about|around|nearly|almost|more\s+than|over|at\s+least|some|roughly)\s+)?$"
)
_WIND_AFTER = compile_pattern(r"\s+(?:(?:sustained|maximum|top)\s+)?(?P<what>winds?|gusts?)\b")
# "15 percent contained": how much of a fire's edge is held
_CONTAINED = compile_pattern(r"\s+contained\b")
# A capitalized word just before a number in words that is capitalized too: "Regional One"
_IN_A_NAME = compile_pattern(r"\p{Lu}\p{L}*[ \t]+$")
# "destroyed 3,000 homes", "burning 83 houses", "sweeping away 37 houses": the verb before the
# figure
_VERB_BEFORE = compile_pattern(
    r"\b(?P<verb>\p{Ll}+(?:ed|ing)|swept|burnt|found|set\s+fire\s+to|set\s+ablaze)"
    r"(?:\s+(?:away|down))?\s+$"
)
# What happened to a thing, said in other words: "83 houses torched", "homes set on fire" and
# "60 houses were burned" are one measure
_SAID_ALIKE = {"burning": "burned", "burnt": "burned", "torched": "burned",
               "torching": "burned", "destroying": "destroyed", "damaging": "damaged",
               "looting": "looted",
               # a building razed, flattened or gutted is destroyed: "64 homes razed" and "46
               # homes destroyed" disagree
               **dict.fromkeys(["razed", "razing", "flattened", "flattening", "levelled",
                                "leveled", "levelling", "leveling", "gutted", "gutting",
                                "obliterated", "demolished", "demolishing", "wiped out"],
                               "destroyed"),
               "sweeping": "swept",
               # "set fire to more than 120 homes"; "found 37 shell casings", "27 casings were
               # recovered"
               "set fire to": "burned", "set ablaze": "burned", "recovered": "found",
               "recovering": "found"}  # fmt: skip


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence, numbers in ctx.numbers_by_sentence():
        last: _Found | None = None
        for number in numbers:
            found = _what(ctx, sentence, number) or _elided(ctx.text, sentence, number, last)
            if found is None:
                continue
            last = found
            event, reported = ctx.when(sentence, number.start)
            yield ctx.claim(
                CODE, KIND, found.measure, "", found.start, found.end,
                found.value or number.value, sentence, place=ctx.place_near(sentence, found.end),
                time=event, reported=reported, comparable=found.comparable,
            )  # fmt: skip


class _Found(NamedTuple):
    """What a figure counts, where its quote starts and ends, whether it can be compared, and
    its value where that is not the figure as read (an area in hectares)."""

    measure: str
    start: int
    end: int
    comparable: bool
    value: Quantity | None = None
    noun: str = ""  # the thing counted, where a noun after the figure names it


# "1,200 homes had been destroyed and 3,400 damaged": the noun said once, for both figures
_ELIDED = compile_pattern(r"\s*(?:,\s*)?(?:and|while|but|with)\s+$")
# (the verb ends the phrase: not "two uninjured residents", a noun of their own)
_BARE_VERB = compile_pattern(
    r"\s+(?P<verb>\p{Ll}+ed)\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|on|at|by|while|but|after|as"
    r"|during|overnight)\b)"
)


def _elided(
    text: str, sentence: Sentence, number: NumberMention, last: _Found | None
) -> _Found | None:
    """A figure whose noun is the one before it, left out: "... destroyed and 3,400 damaged"."""
    if last is None or not last.noun or number.value.unit is not None:
        return None
    if not _ELIDED.fullmatch(text, last.end, number.start):
        return None
    verb = _BARE_VERB.match(text, number.end, sentence.end)
    if verb is None:
        return None
    return _Found(f"{last.noun} {verb['verb']}", number.start, verb.end(), True, noun=last.noun)


def _cargo(text: str, before: str, sentence: Sentence, number: NumberMention) -> _Found | None:
    """ "carrying 60,000 litres of petrol": the load, in the unit told; "spilled 4,000 barrels of
    crude": what was lost."""
    carried = _CARRIED.search(before)
    unit = _CARGO_UNIT.match(text, number.end, sentence.end) if carried else None
    if carried is None or unit is None:
        return None
    in_unit = CARGO_UNITS[" ".join(unit["unit"].casefold().split())]
    what = unit["what"].casefold()
    what = "fuel" if what in _FUELS else _SAME_GOODS.get(what, what)
    value = replace(number.value, unit=in_unit)
    done = "spilled" if carried["spilled"] else "carried"
    start = number.start - len(before) + carried.start()
    return _Found(f"{what} {done} ({in_unit})", start, unit.end(), True, value)


# "43 of the 60": some of a number, whose noun follows it
_SOME_OF_A_NUMBER = compile_pattern(
    r"\s+of\s+(?:the(?:\s+\p{L}+['’]s)?|its|their)\s+\d[\d,]*(?=\s)"  # ("the park's 60")
)
# "three of every five", "one in every four", "two out of every ten": the second figure of a
# ratio
_A_RATIO = compile_pattern(r"\b(?i:of|in|out\s+of)\s+(?i:every)\s+$")


# A figure in a service's name, before those who speak for it: "Rescue 1122 officials",
# "Channel 4 reporters"
# (not a place's: "In Kessa 300 volunteers helped")
_IN_A_SERVICE_S_NAME = compile_pattern(
    r"(?<![.!?]\s*)(?<!\b(?i:in|at|on|from|near|of|to|for|by|across|around)\s+)"
    r"\b\p{Lu}[\p{L}-]+\s+$"
)
_WHO_SPEAK = compile_pattern(
    r"\s+(?:officials|spokesm[ae]n|spokespeople|spokesperson|staff|reporters|teams|officers"
    r"|personnel|volunteers)\b"
)


def _what(ctx: DocumentContext, sentence: Sentence, number: NumberMention) -> _Found | None:
    """What a figure counts, where its quote starts and ends, and whether the sentence says
    enough to compare it: a bare "two counts" or "five others" does not; "3,000 homes were
    destroyed", "aid of $50 million" and "40% of voters" do."""
    text = ctx.text
    before = text[max(sentence.start, number.start - 40) : number.start]
    if number.text[:1].isupper() and number.text.isalpha() and _IN_A_NAME.search(before):
        return None  # "Regional One Hospital", "Air Force One": a name, not a count
    if "every" in before and _A_RATIO.search(before):
        return None  # "three of every five home fire deaths": a ratio, no count
    if _WHO_SPEAK.match(text, number.end, sentence.end) and _IN_A_SERVICE_S_NAME.search(before):
        return None  # "Rescue 1122 officials said": a service's name, its number in it
    if number.fraction:
        after = _SHARE_OF.match(text, number.end, sentence.end)
        if not after or _CLOCK_TIME_AFTER.match(text, number.end, sentence.end):
            return None  # (not "half past four", a time)
        return _Found(f"share of {_head(after['phrase'])}", number.start, after.end("phrase"), True)
    contained = _CONTAINED.match(text, number.end, sentence.end)
    if number.value.unit == "percent" and contained:
        return _Found("containment", number.start, contained.end(), True)
    if number.value.unit is None:
        area = _AREA_UNIT.match(text, number.end, sentence.end)
        burned = _BURNED.search(before) if area else None
        if area and burned:
            start = number.start - len(before) + burned.start()
            per = HECTARES_PER[area["unit"].casefold()]
            hectares = replace(number.value.scaled(per), unit="hectares")
            measure = "area flooded" if burned["flood"] else "area burned"
            return _Found(measure, start, area.end(), True, hectares)
        cargo = _cargo(text, before, sentence, number)
        if cargo is not None:
            return cargo
        aboard = _aboard(text, before, sentence, number)
        if aboard is not None:
            return aboard
        wind = _wind_speed(text, before, sentence, number)
        if wind is not None:
            return wind
        without_power = _without_power(text, before, sentence, number)
        if without_power is not None:
            return without_power
        some_of = _SOME_OF_A_NUMBER.match(text, number.end, sentence.end)
        if some_of is not None:
            # "destroyed 43 of the 60 homes on the street": 43 homes destroyed (the 60, all
            # there were, are read as a figure of their own)
            whole = _NOUN_AFTER.match(text, some_of.end(), sentence.end)
            if whole is None:
                return None
            noun, _ = _head_and_verb(whole["phrase"])
            return _counted(noun, _verb_before(before), number.start, whole.end("phrase"))
        after = _NOUN_AFTER.match(text, number.end, sentence.end)
        if after and not _counts_a_singular(number, after["phrase"]):
            noun, verb_in_phrase = _head_and_verb(after["phrase"])
            verb = after["verb"] or verb_in_phrase or _verb_before(before)
            return _counted(noun, verb, number.start, after.end())
    owner = _NOUN_BEFORE.search(before)
    if owner and number.value.unit is not None:
        start = number.start - len(before) + owner.start()
        noun = owner["noun"].lower()
        # (a rise and a fall by as much are not one figure: each is a measure of its own)
        change = "rise in " if owner["rise"] else "fall in " if owner["fall"] else ""
        return _Found(change + noun, start, number.end, True)
    return None


# Plurals without an "s", and words that end on them: "300 cattle", "two grandchildren"
_PLURALS_WITHOUT_S = ("cattle", "sheep", "livestock", "fish", "deer", "aircraft", "children",
                      "people", "men", "women", "police", "personnel", "staff", "crew", "geese",
                      "mice", "feet", "teeth", "data", "media", "poultry", "swine", "bison",
                      "salmon")  # fmt: skip


def _counts_a_singular(number: NumberMention, phrase: str) -> bool:
    """A figure other than one before a phrase with no plural names no count: "a Sweet 16
    party", "the Route 9 nightclub", "a few tossed balls" (but "more than one shooter")."""
    value = number.value
    if value.low is None or (value.low <= 1 and (value.high is None or value.high >= 1)):
        return False  # (it may be one)
    return not any(
        (w.endswith("s") and not w.endswith("ss")) or w.endswith(_PLURALS_WITHOUT_S)
        for w in phrase.split()
    )


def _head(phrase: str) -> str:
    """The noun a phrase counts: its last word ("suicide bombers" -> "bombers")."""
    return _head_and_verb(phrase)[0]


def _head_and_verb(phrase: str) -> tuple[str, str | None]:
    """The counted noun of a phrase and what happened to it. A count counts a plural: the first
    plural word is the noun ("suicide bombers", "households lack clean"), else the first word;
    a later "-ed" word is the verb ("tunnels destroyed")."""
    words = phrase.split()
    plural = next(
        (i for i, w in enumerate(words) if w.endswith("s") and not w.endswith("ss") and len(w) > 3),
        0,
    )
    verb = next((w for w in words[plural + 1 :] if w.endswith("ed")), None)
    noun = _SAME_THING.get(words[plural], words[plural])
    # "210 new cases" (this week's) are not "1,520 cases" (all of them)
    if any(w in _NEW for w in words[:plural]):
        noun = f"new {noun}"
    return noun, verb


_NEW = frozenset({"new", "fresh", "additional", "further"})


def _verb_before(before: str) -> str | None:
    m = _VERB_BEFORE.search(before)
    if m is None:
        return None
    verb = m["verb"]
    # (a gerund that says what happened to the thing: not "including 40 homes")
    return verb if not verb.endswith("ing") or verb in _SAID_ALIKE else None


_BUILDINGS = frozenset({"homes", "buildings", "structures", "properties", "shops", "businesses",
                        "schools", "churches", "mosques", "farms", "barns", "cabins"})


_LOST_TO_A_FIRE = frozenset({"lost", "claimed", "claiming", "consumed", "consuming"})


def _counted(noun: str, verb: str | None, start: int, end: int) -> _Found:
    """A count of a noun, with what happened to it where a verb says: comparable only then."""
    verb = _said_alike(verb)
    if verb in _LOST_TO_A_FIRE and noun in _BUILDINGS:
        # ("46 houses have been lost", "the blaze had claimed 52 structures": destroyed; not
        # "jobs lost", "one boy claimed")
        verb = "destroyed"
    measure = f"{noun} {verb}" if verb else noun
    return _Found(measure, start, end, verb is not None, noun=noun)


def _said_alike(verb: str | None) -> str | None:
    return _SAID_ALIKE.get(verb, verb) if verb else None


_AT_WORK = compile_pattern(r"\b(?:working|shift)\b")


def _aboard(
    text: str, before: str, sentence: Sentence, number: NumberMention
) -> _Found | None:
    """ "carrying 60 passengers", "50 people on board": the people a vehicle carried."""
    people = _PEOPLE_ABOARD.match(text, number.end, sentence.end)
    if people is None:
        return None
    who = SUBJECT_CLASSES[people["noun"].casefold()]
    if people["inside"]:
        if who == "people" and _AT_WORK.search(people["inside"]):
            who = "workers"  # ("1,200 people were working in the building": its workers)
        return _Found(f"{who} inside", number.start, people.end(), True)
    held = _A_PRISON_HELD.search(before)
    if held is not None and who == "prisoners":
        # ("the prison held 294 inmates at the time", "the jail, which housed some 900
        # prisoners": how many were inside it)
        return _Found("prisoners inside", number.start - len(before) + held.start("verb"),
                      people.end(), True)  # fmt: skip
    carrying = _CARRYING.search(before)
    if carrying is None and not people["aboard"]:
        return None
    start = number.start - len(before) + carrying.start() if carrying else number.start
    # (not the story's vessel: "intercepted another boat with 112 people on board")
    ours = _ANOTHER_VESSEL.search(before) is None
    # ("carrying 54 passengers and crew": all aboard, the crew counted in)
    with_crew = _AND_CREW.match(text, people.end(), sentence.end)
    if with_crew is not None and who in _ALL_ABOARD:
        return _Found("people aboard", start, with_crew.end(), ours)
    # ("carrying about 150 passengers", "180 people were on board": one count, told two ways;
    # not "68 passengers and four crew", the passengers alone)
    if not _CREW.search(sentence.text):
        who = _ALL_ABOARD.get(who, who)
    return _Found(f"{who} aboard", start, people.end(), ours)


# Words for all who were aboard, compared as one: passengers, people, refugees (not the crew,
# nor the children among them)
_CREW = compile_pattern(r"\b[Cc]rew")
_ANOTHER_VESSEL = compile_pattern(
    r"(?i)\b(?:another|a\s+(?:second|third|fourth|separate|different)|other)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:boats?|ships?|vessels?|dinghy|dinghies|canoes?|pirogues?|rafts?|ferry|ferries|barges?"
    r"|buses|bus|coach|coaches|trains?|planes?|aircraft|flights?|lorry|lorries|trucks?|vans?)"
    r"\b[^.;:!?]{0,80}$"
)
_AND_CREW = compile_pattern(r"\s+(?:and|plus)\s+(?:the\s+|its\s+)?crew(?:\s+members)?\b")
_ALL_ABOARD = dict.fromkeys(["passengers", "people", "refugees", "civilians"], "people")


def _without_power(
    text: str, before: str, sentence: Sentence, number: NumberMention
) -> _Found | None:
    """ "650,000 homes without power", "cut power to 300,000 customers": those in the dark."""
    cut = _POWER_CUT_TO.search(before)
    if cut is not None:
        noun = _POWER_NOUN.match(text, number.end, sentence.end)
        end = noun.end() if noun else number.end
        return _Found("without power", number.start - len(before) + cut.start(), end, True)
    dark = _WITHOUT_POWER.match(text, number.end, sentence.end)
    if dark is None or not _POWER_NOUN.match(text, number.end, dark.end()):
        return None
    return _Found("without power", number.start, dark.end(), True)


def _wind_speed(
    text: str, before: str, sentence: Sentence, number: NumberMention
) -> _Found | None:
    """ "winds of 120 mph", "115-mph winds": a storm's wind speed."""
    unit = _SPEED_UNIT.match(text, number.end, sentence.end)
    if unit is None:
        return None
    speed = replace(number.value.scaled(SPEED_UNITS[unit["unit"].casefold()]), unit="km/h")
    wind_before = _WIND_BEFORE.search(before)
    if wind_before is not None:
        measure = "wind gusts" if wind_before["gust"] else "wind speed"
        return _Found(measure, number.start - len(before) + wind_before.start(), unit.end(),
                      True, speed)
    wind_after = _WIND_AFTER.match(text, unit.end(), sentence.end)
    if wind_after is not None:
        measure = "wind gusts" if wind_after["what"].startswith("gust") else "wind speed"
        return _Found(measure, number.start, wind_after.end(), True, speed)
    moving = _MOVING_BEFORE.search(before)
    if moving is not None:
        return _Found("speed", number.start - len(before) + moving.start(), unit.end(), True,
                      speed)
    return None

