"""Distance: how far one place lies from another.

Reads "the town of al-Sukhna, about 50 km northeast of Palmyra", "Nassib is 5 miles from the
border", "some 30 kilometres south of the capital", and the distance of an event's scene: "the
quake struck 40 km northwest of Jumla" (from "the scene"); and from landmarks that are no named
places: "30 km from the Malian border" (``border (Mali)``), "4 km from the crater" (a volcano's
summit), "300km from the capital, Naypyitaw"; and where the hurt were taken, from the scene:
"airlifted to Nepalgunj, some 180 km away"; and how far from the scene a suspect was caught
("arrested about 2 miles from the bar", "taken into custody roughly 15 miles north"); and
the radius of a zone closed around a danger ("the 7-kilometre exclusion zone around the
crater", "residents within 5 km of the plant were ordered out"). The value is kept in
kilometres;
miles and metres are converted, and the quote keeps the unit the source used.

Distances are copied from wire copy to wire copy, so a source with a different figure usually
means a different place of the same name, or a typo worth a second look.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim, Drift
from homscheck.names import core_key, country_keys, demonyms, place_key
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_pattern
from homscheck.places import leading_anaphor
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
    # (at sea: "boarded 380 nautical miles east of Eyl", "approx. 280 nm off Somalia")
    **dict.fromkeys(["nautical miles", "nautical mile", "nm", "nmi"], 1.852),
}  # fmt: skip

COMPASS = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "north-east", "north-west", "south-east", "south-west",
           # (a weather service's sixteen points: "12 miles south-southwest of Dunmore")
           *(f"{a}-{b}{c}" for a in ("north", "south") for b in ("north", "south")
             for c in ("east", "west") if a == b),
           *(f"{a}-{b}{c}" for a in ("east", "west") for b in ("north", "south")
             for c in ("east", "west") if a == c)]  # fmt: skip
DIRECTIONS = [
    *COMPASS, "north of", "northern",
    # ("five kilometres downstream of the dam")
    "downstream", "upstream", "inland",
]  # fmt: skip

# "50 km northeast of the ancient city of Palmyra", "5 miles from the border", "some 380
# nautical miles off the coast of Somalia"
_DISTANCE = compile_pattern(
    r"(?:-|\s*)(?P<unit>\L<units>)\b(?:\s*\([^()]{0,20}\))?"
    r"(?:\s+(?P<dir>\L<directions>))?\s+(?:of|from|away\s+from|outside(?:\s+of)?|off"
    # ("Poiana Rece, which lies 11 kilometres below the dam"; "five kilometres short of Lunca
    # Alba station")
    r"|below|above|beyond|short\s+of)\s+"
    r"(?P<to>[^,.;()]{1,80})",
    units=sorted(UNITS, key=len, reverse=True),
    directions=sorted(DIRECTIONS, key=len, reverse=True),
)


# A place the wounded were taken to, how far away from the scene: "were flown to Nepalgunj,
# some 180 km away", "taken to a hospital in Eldoret, about 60 miles to the north"
_AWAY = compile_pattern(
    r"(?:-|\s*)(?P<unit>\L<units>)\b(?:\s*\([^()]{0,20}\))?"
    r"\s+(?:away|to\s+the\s+(?:\L<compass>))\b(?!\s+(?:of|from)\b)",
    units=sorted(UNITS, key=len, reverse=True),
    compass=sorted(COMPASS, key=len, reverse=True),
)
_TAKEN_TO = compile_pattern(
    r"\b(?:to|in|at|into)\s+(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}),\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?$"
)


# An area closed around a danger, by its radius (widened or narrowed as the danger changes):
# "widened the exclusion zone to a radius of 7 km around the crater", "the 7-kilometre
# exclusion zone", "residents within 5 km of the crater remain barred from returning"
DRIFTS = {
    "radius of the closed zone": Drift.changes(
        "a zone closed around a danger is widened or narrowed as the danger changes"
    )
}
_ZONE = (
    r"(?:exclusion|danger|no-go|evacuation|safety|restricted|off-limits|exclusion\s+and\s+"
    r"evacuation)\s+(?:zone|area|radius|perimeter)"
)
_RADIUS_BEFORE = compile_pattern(
    rf"(?:\b{_ZONE}\b[^.;]{{0,40}}?\b(?:radius\s+of|to|of)|\bradius\s+of|\b(?P<within>within))"
    r"\s+(?:(?:about|some|around|roughly|nearly|almost|up\s+to|a)\s+)?$",
    regex.IGNORECASE,
)
_ZONE_AFTER = compile_pattern(
    rf"(?:-|\s*)(?P<unit>\L<units>)\b(?:[- ](?:wide|radius))?[- ]{_ZONE}\b",
    regex.IGNORECASE,
    units=sorted(UNITS, key=len, reverse=True),
)
_UNIT_NEXT = compile_pattern(
    r"(?:-|\s*)(?P<unit>\L<units>)\b", units=sorted(UNITS, key=len, reverse=True)
)
# What the zone is closed around: "around the crater", "of the plant"
_AROUND = compile_pattern(
    r"[^.;]{0,30}?\b(?:around|of|from|surrounding)\s+(?P<what>the\s+[^,.;()]{1,40})"
)
# What says a zone "within" a distance is closed: "residents within 5 km of the crater remain
# barred" (not "three villages within 5 km of the crater")
_CLOSED = compile_pattern(
    r"\b(?:evacuat\w*|barred|banned|forbidden|off-limits|exclusion|no-go|prohibited"
    r"|ordered\s+(?:out|to\s+leave)|not\s+allowed|kept\s+out|sealed\s+off|cordoned\s+off)\b",
    regex.IGNORECASE,
)


def _radius(ctx: DocumentContext, sentence: Sentence, number: NumberMention) -> Claim | None:
    """The radius of a zone closed around a danger, told at ``number``; None if it is none."""
    text = ctx.text
    unit = _UNIT_NEXT.match(text, number.end, sentence.end)
    if unit is None:
        return None
    zone = _ZONE_AFTER.match(text, number.end, sentence.end)
    before = _RADIUS_BEFORE.search(text, max(sentence.start, number.start - 80), number.start)
    if zone is None and before is None:
        return None
    within = zone is None and before is not None and before["within"]
    if within and not _CLOSED.search(text, sentence.start, sentence.end):
        return None
    end = zone.end() if zone is not None else unit.end()
    around = _AROUND.match(text, end, sentence.end)
    landmark = None
    if around is not None:
        landmark = _landmark(ctx, around.start("what"), around.end("what"))
        named = _LANDMARK.match(text, around.start("what"), around.end("what"))
        if landmark and named is not None:
            end = named.end("noun")
    value = replace(number.value.scaled(UNITS[unit["unit"].casefold()]), unit="km")
    label = "radius of the closed zone" + (f" around {landmark}" if landmark else "")
    return ctx.claim(
        CODE, KIND, "radius of the closed zone", "", number.start, end, value, sentence,
        place=landmark, label=label, counted=False,
    )  # fmt: skip


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence, numbers in ctx.numbers_by_sentence():
        for number in numbers:
            if number.fraction or number.value.unit is not None:
                continue
            radius = _radius(ctx, sentence, number)
            if radius is not None:
                yield radius
                continue
            caught = _where_caught(ctx, sentence, number)
            if caught is not None:
                yield caught
                continue
            m = _DISTANCE.match(ctx.text, number.end, sentence.end)
            if not m:
                yield from _away_from_the_scene(ctx, sentence, number)
                continue
            to = _PART_OF_A_CITY.match(ctx.text, m.start("to"), m.end("to"))
            to_start = to.end() if to else m.start("to")  # ("west of uptown Charlotte")
            target = _apposed_name(ctx, m.end("to"), sentence.end) or _landmark_of_a_people(
                ctx, to_start, m.end("to")
            ) or _the_fire(ctx, to_start, m.end("to")) or ctx.resolve_place_phrase(
                to_start, m.end("to")
            ) or _landmark(ctx, to_start, m.end("to")) or _the_one_town(ctx, to_start, m.end("to"))
            origin = _origin(ctx, sentence, number.start)
            if (not target or target == origin) and _THE_CITY.fullmatch(
                ctx.text, to_start, m.end("to")
            ):
                # ("CUTTACK: ... derailed near Kantapada, nearly 45 km from the city": the
                # town of the dateline, not the one just named)
                target = ctx.dateline_city() or target
            if target == SCENE and origin:
                # ("Cedar Flat sits 6 miles west of the fire's leading edge": the fire's
                # distance from Cedar Flat, as "the fire was 6 miles east of Cedar Flat")
                origin, target = SCENE, origin
            if not target or not origin or target == origin:
                continue
            value = replace(number.value.scaled(UNITS[m["unit"].casefold()]), unit="km")
            # (the quote ends with the place it is told from: not "Tampico late on Tuesday with
            # winds of up to 165km/h", whose figure is another claim's)
            named = ctx.places_in(m.start("to"), m.end("to"))
            end = named[0].end if named else m.end("to")
            yield ctx.claim(
                CODE, KIND, "distance", origin, number.start, end, value, sentence,
                place=target, label=f"distance from {origin} to {target}",
                counted=False,  # (a length, no count of people of which it could be a part)
            )  # fmt: skip


# How far from the scene a suspect was caught, as local news tells it: "He was taken into
# custody about an hour later roughly 15 miles north", "arrested about 2 miles from the bar",
# "caught 3 miles away", "arrested 25 miles north of Crestview" (a town named: the story's)
_CAUGHT = compile_pattern(
    # (a town is captured too: "caught" and "captured" only as what befell someone)
    r"\b(?:arrested|arresting|apprehended|taken\s+into\s+custody|detained"
    r"|(?<=\b(?:was|were|been)\s+)(?:caught|captured))\b(?P<between>[^.;:!?]{0,80}?)"
    r"(?:(?:about|some|around|roughly|nearly|almost|just|only|more\s+than|less\s+than)\s+)?$",
    regex.IGNORECASE,
)
_CAUGHT_AT = compile_pattern(
    r"(?:-|\s*)(?P<unit>\L<units>)\b(?:\s*\([^()]{0,20}\))?"
    r"(?:\s+(?:away|to\s+the\s+\L<compass>|(?P<dir>\L<compass>)(?:\s+of\s+(?P<of>\p{Lu}[\p{L}'’-]+"
    r"(?:\s\p{Lu}[\p{L}'’-]+){0,2}))?)\b(?!\s+(?:of|from)\b)"
    # (the quote ends on what it is from: "about 8 miles from the gas station")
    r"|\s+(?:\L<compass>\s+)?(?:from|of)\s+(?:the|where)\b"
    r"(?:\s+(?!(?:after|before|and|when|while|on|in|at|where)\b)[\p{L}'’-]+){0,3})",
    units=sorted(UNITS, key=len, reverse=True),
    compass=sorted(COMPASS, key=len, reverse=True),
)
ARREST = "the arrest"


def _where_caught(ctx: DocumentContext, sentence: Sentence, number: NumberMention) -> Claim | None:
    caught_at = _CAUGHT_AT.match(ctx.text, number.end, sentence.end)
    if caught_at is None:
        return None
    caught = _CAUGHT.search(ctx.text, max(sentence.start, number.start - 110), number.start)
    if caught is None or ctx.numbers_in(caught.start("between"), caught.end("between")):
        return None  # ("arrested two men 3 miles away": not the distance's verb alone)
    value = replace(number.value.scaled(UNITS[caught_at["unit"].casefold()]), unit="km")
    return ctx.claim(
        CODE, KIND, "distance", ARREST, caught.start(), caught_at.end(), value, sentence,
        place=SCENE, label=f"distance from {SCENE} to {ARREST}", counted=False,
    )  # fmt: skip


def _the_one_town(ctx: DocumentContext, start: int, end: int) -> str | None:
    """ "55 km south-east of the town": the one settlement named before it with no type
    ("The quake flattened much of Dashtabad")."""
    lead = leading_anaphor(ctx.text[start:end])
    if lead is None or lead[0] != len("the "):  # (not "the last major town": another one)
        return None
    return ctx.places.the_one_untyped(lead[1], start)


def _away_from_the_scene(
    ctx: DocumentContext, sentence: Sentence, number: NumberMention
) -> Iterator[Claim]:
    """ "flown to Nepalgunj, some 180 km away": how far Nepalgunj lies from the scene."""
    away = _AWAY.match(ctx.text, number.end, sentence.end)
    taken_to = away and _TAKEN_TO.search(ctx.text, sentence.start, number.start)
    if not away or not taken_to or not _NOT_NAMES.isdisjoint(taken_to["name"].lower().split()):
        return
    place = ctx.resolve_place_phrase(taken_to.start("name"), taken_to.end("name"))
    place = place or place_key(taken_to["name"], ctx.options.aliases)
    value = replace(number.value.scaled(UNITS[away["unit"].casefold()]), unit="km")
    yield ctx.claim(
        CODE, KIND, "distance", SCENE, taken_to.start("name"), away.end(), value, sentence,
        place=place,
        label=f"distance from {SCENE} to {place}", counted=False,
    )  # fmt: skip


# What a distance is told from that is no named place: "30 km from the Malian border", "4 km
# from the crater", "300km from the capital". Its own name where the article gives it ("the
# capital, Naypyitaw"), else the landmark with the country it is of ("border (mali)").
LANDMARKS = ["border", "frontier", "capital", "coast", "crater", "summit", "peak", "volcano",
             "dam", "reservoir", "epicentre", "epicenter", "plant", "reactor", "airport",
             "front line", "frontline", "camp", "base", "post", "outpost", "garrison",
             "checkpoint", "bridge", "mine", "refinery",
             # ("The prison, which lies 12 km north of Kessany"; "The river port lies some 65
             # km north of the capital")
             "prison", "jail", "port", "harbour", "harbor", "stadium", "barracks", "depot",
             "factory", "station", "airfield", "airbase", "air base",
             # ("The school is located about 40 kilometres from the town of Maru")
             "school", "hospital", "market", "mosque", "church",
             # ("It came down about 4 km from the end of the runway": the airport's)
             "runway",
             # where a boat left or was bound for: "sank some 200 metres from the landing ghat",
             # "capsized about 300 metres from the shore"
             "shore", "shoreline", "ghat", "jetty", "pier", "quay", "wharf", "dock"]  # fmt: skip
_LANDMARK = compile_pattern(
    r"(?:the\s+(?:end|edge|perimeter|fence|gates?|entrance)\s+of\s+)?"
    r"(?:the\s+)?(?:(?P<adj>\p{L}[\p{L}-]*)\s+){0,2}?(?P<noun>\L<landmarks>)\b"
    r"(?:\s+(?:with|of)\s+(?P<of>[^,.;()]{1,40}))?",
    regex.IGNORECASE,
    landmarks=sorted(LANDMARKS, key=len, reverse=True),
)
# ", Naypyitaw" after "the capital": the landmark's name
_APPOSED_NAME = compile_pattern(r",\s+(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\b")


# One landmark by its several names: a volcano's crater is its summit
_SAME_LANDMARK = {"frontline": "front line", "epicenter": "epicentre", "crater": "summit",
                  "peak": "summit", "volcano": "summit", "jail": "prison",
                  "harbor": "harbour", "air base": "airbase", "frontier": "border",
                  "runway": "airport", "shoreline": "shore", "wharf": "quay"}  # fmt: skip
# "the state capital Patna": the landmark's name right after it
_NAME_NEXT = compile_pattern(r"\s+(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})")


def _landmark(ctx: DocumentContext, start: int, end: int) -> str | None:
    m = _LANDMARK.fullmatch(ctx.text, start, end) or _LANDMARK.match(ctx.text, start, end)
    if m is None:
        return None
    named = _NAME_NEXT.match(ctx.text, m.end("noun"), end)
    if named:
        place = ctx.resolve_place_phrase(named.start("name"), named.end("name"))
        if place:
            return place
    noun = m["noun"].lower()
    noun = _SAME_LANDMARK.get(noun, noun)
    if noun == "capital" and not m.captures("adj") and not m["of"]:
        # ("some 400km east of the capital": the one the article named, "the capital, Kantoura")
        named_before = ctx.resolve_anaphor("capital", start)
        if named_before:
            return named_before
    countries = demonyms()
    for word in (m.captures("adj") or []):
        if word.lower() in countries:
            return f"{noun} ({countries[word.lower()]})"  # "the Malian border"
    if m["of"]:
        of = ctx.resolve_place_phrase(m.start("of"), m.end("of"))
        if of:
            return f"{noun} ({of})"  # "the border with Mali"
    if noun == "border" and not m.captures("adj"):
        # ("some 15 kilometres from the border", in a story that names the Saudi border)
        country = _the_one_border(ctx.text)
        if country:
            return f"{noun} ({country})"
    return noun


# A border named by its country: "the Saudi border", "the border with Saudi Arabia"
_A_COUNTRY_S_BORDER = compile_pattern(
    r"\b(?P<people>\p{Lu}[\p{L}-]+)\s+(?:border|frontier)\b"
    r"|\b(?:border|frontier)\s+with\s+(?P<country>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)"
)


def _the_one_border(text: str) -> str | None:
    """The one country whose border the article names, where it names one."""
    countries: set[str] = set()
    people = demonyms()
    for m in _A_COUNTRY_S_BORDER.finditer(text):
        named = m["people"] or m["country"]
        country = people.get(named.lower()) or (
            place_key(named) if core_key(named) in country_keys() else None
        )
        if country:
            countries.add(country)
    return countries.pop() if len(countries) == 1 else None


# A part of a city before its name: "35 miles west of uptown Charlotte"
_PART_OF_A_CITY = compile_pattern(r"(?:downtown|uptown|central|greater|metropolitan)\s+(?=\p{Lu})")
# A fire as what a distance is told from: "6 miles west of the fire's leading edge", "20
# kilometres south of the fire front", "of the blaze"
_FIRE = compile_pattern(
    r"(?:the\s+)?(?:(?:main|northern|southern|eastern|western|active)\s+)?"
    r"(?:fire|blaze|flames|bushfire|wildfire)(?:['’]s)?"
    r"(?:\s+(?:main\s+)?(?:front|leading\s+edge|edge|line|perimeter|head))?\s*$",
    regex.IGNORECASE,
)


def _the_fire(ctx: DocumentContext, start: int, end: int) -> str | None:
    return SCENE if _FIRE.fullmatch(ctx.text, start, end) else None


# "the Somali coast", "the Iraqi border": a people's word, which names no place of its own
_OF_A_PEOPLE = compile_pattern(r"(?:the\s+)?(?P<people>\p{Lu}\p{Ll}+)\s+\p{Ll}")


def _landmark_of_a_people(ctx: DocumentContext, start: int, end: int) -> str | None:
    m = _OF_A_PEOPLE.match(ctx.text, start, end)
    if m is None or m["people"].lower() not in demonyms():
        return None
    return _landmark(ctx, start, end)


def _apposed_name(ctx: DocumentContext, at: int, end: int) -> str | None:
    """The name after "the capital, ..." (a landmark's own), where it is a place's."""
    if not _LANDMARK.search(ctx.text, max(0, at - 30), at):
        return None
    m = _APPOSED_NAME.match(ctx.text, at, end)
    return ctx.resolve_place_phrase(m.start("name"), m.end("name")) if m else None


# What happened where the distance is measured from, when no place is named before it: "the
# quake struck 40 km northwest of Jumla", "the crash happened about 80 km from Arequipa".
SCENES = [
    "epicentre", "epicenter", "earthquake", "quake", "tremor", "explosion", "blast", "bombing",
    "attack", "ambush", "strike", "airstrike", "air strike", "raid", "crash", "accident",
    "collision", "derailment", "shooting", "fire", "wildfire", "landslide", "sinking",
    # a fire by its other names, or as it burns: "The blaze was burning some 16 miles east of
    # Cedar Flat", "It was burning about 12km north of the town"
    "blaze", "bushfire", "brushfire", "flames", "inferno", "burning",
    # a storm's: "The tornado touched down 12 miles south-southwest of Dunmore"
    "tornado", "twister", "touched down",
    # a storm's landfall: "the storm made landfall about 70km north of Tampico"
    "landfall", "came ashore",
    # at sea: "the hijacking happened 380 nautical miles east of Eyl", a bulletin's "Position:
    # approx. 280 nm east of Eyl"
    "hijacking", "capsizing", "shipwreck", "wreck", "position", "location",
    # what a crash left: "Rescuers found the fuselage on a slope 18 km east of Lukla", "the
    # wreckage lies 12 km from Jomsom"
    "wreckage", "fuselage", "debris", "crash site",
    # the place of it, by a bare noun: "The spot is about 40 km from Muzaffarpur", "the scene,
    # some 30 miles east of Dayton"
    "the spot", "the scene",
    # ("the collapse site", "the disaster site"; "The site is ...": ``_THE_SITE``)
    "collapse site", "disaster site", "blast site",
    # where someone was killed: "Benitez was killed when gunmen boxed in his truck on the
    # highway about 60 kilometres from Chilpancingo"
    "killed", "ambushed", "shot dead", "gunned down",
]  # fmt: skip
_SCENE = compile_pattern(r"\b(?i:\L<scenes>)\b", scenes=sorted(SCENES, key=len, reverse=True))
# A vessel is the scene where the sentence tells what befell it there: "the ship was boarded
# 380 nautical miles east of Eyl" (not where it was later: "the vessel was approx. 60 nm off
# the coast", as a hijacked ship is sailed towards it)
# (or a vehicle: "the bus, travelling from Kathmandu to Pokhara, crashed 40 km west of Mugling")
_VESSEL = compile_pattern(
    r"\b(?i:ship|vessel|tanker|freighter|carrier|boat|ferry|dhow|bus|coach|train|plane|aircraft"
    r"|helicopter|truck|lorry|jet|airliner|turboprop|airplane|aeroplane"
    # ("the overloaded launch overturned 150 metres from the jetty")
    r"|trawler|launch|barge|dinghy|canoe|pirogue|catamaran|yacht|steamer|motorboat|speedboat)\b"
)
_BEFELL_A_VESSEL = compile_pattern(
    r"\b(?:boarded|hijacked|seized|attacked|captured|sank|sunk|capsized|struck|hit|ran\s+aground"
    r"|caught\s+fire|exploded|went\s+down|crashed|derailed|overturned|plunged|collided"
    r"|came\s+down"
    # ("the train left the tracks some 40 km south of the capital", "the bus veered off the road")
    r"|(?:left|came\s+off|jumped)\s+the\s+(?:tracks|rails)|(?:veered|ran|plunged)\s+off\s+the\s+road"
    # ("It skidded off the Prithvi Highway ... some 110 kilometres west of the capital")
    r"|(?:skidded|veered|swerved|careered|careened)\s+off|(?:left|went\s+off)\s+the\s+road)\b"
)
# "the blast hit Hamdaniya, 30 km east of Mosul": the name the distance is apposed to
_APPOSED = compile_pattern(
    r"\b(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}),\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?$"
)
# ... or the landmark it is apposed to: "The post, about 8 km from the town of Bellusk, was
# overrun"
_APPOSED_LANDMARK = compile_pattern(
    r"\b(?P<landmark>(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,2}?\L<landmarks>),\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?$",
    landmarks=sorted(LANDMARKS, key=len, reverse=True),
)
# (words that open a sentence or name a time: "On Friday, 30 km east of Mosul")
_NOT_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "today", "yesterday", "on", "in", "at", "by", "from", "the",
     "a", "an", "he", "she", "it", "they", "we", "police", "officials"]
)  # fmt: skip
# "Kobane lies 5 miles from...", "The village of Rukban is about 20 km..."
# ("The base, which housed some 120 soldiers, sits about 30 km from the border", "The village
# of Wairoba, which lies about 4 km from the crater")
_LIES_VERB = (
    r"(?:\s*,(?:[^,]|(?<=\d),(?=\d)){1,100},)?(?:,?\s+which)?\s+(?:(?:now|still)\s+)?"
    r"(?:lies|lay|is|was|sits|sat|stands|stood|located)\b"
)
# (the verb just before the distance: not "Benitez, 49, was killed when gunmen boxed in his
# truck on the highway about 60 kilometres from ...", a person's)
# ("El Guadual sits on a steep slope about 190 km from Medellin": where on the land, between)
_CLOSE_TO_THE_DISTANCE = (
    r"(?=(?:\s+(?:on|along|atop|astride|beside)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:slope|hillside|mountainside|hill|ridge|plateau|bank|banks|coast|shore|shores|edge|plain"
    r"|river|lake|road|highway)\b,?)?(?:\s+[\p{L}.]+){0,3}\s*$)"
)
_THE_CITY = compile_pattern(r"the\s+(?:city|town)", regex.IGNORECASE)
_SPEAKER_LABEL = compile_pattern(r"\W*\p{Lu}{2,}(?:\s\p{Lu}{2,})*:\s+")
_LIES = compile_pattern(
    # ("CORRESPONDENT: Lisasa, which lies about 110 kilometres from Bunia, is quiet": a
    # transcript's speaker first)
    r"\W*(?:\p{Lu}{2,}(?:\s\p{Lu}{2,})*:\s+)?(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]+|of)(?:\s+(?:\p{Lu}[\p{L}'’-]+|of|the|al-\p{L}+)){0,4}"
    + _LIES_VERB + _CLOSE_TO_THE_DISTANCE
)
# ... or a landmark that lies somewhere: "The base, which housed 120 soldiers, sits ..."
_LANDMARK_LIES = compile_pattern(r"\W*(?:[Tt]he\s+)?\p{L}+(?:\s+\p{L}+){0,3}" + _LIES_VERB)
# A place described by where it lies, its distance after: "El Waqra, a town in Mandera county
# about 15km from the Somali border" is El Waqra's (not the county's)
# ("Atarib, a town 30 km west of Aleppo", "Atarib, a town of around 40,000 people 30 km west
# of Aleppo": the town described, how many live there between)
_DESCRIBED = compile_pattern(
    r"\b(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:an?\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:town|village|city|district|camp|settlement|municipality|suburb|hamlet)"
    r"(?:\s+in\s+[^,;()]{1,40}?|\s+of\s+(?:(?:about|some|around|roughly|nearly|almost|more"
    r"\s+than|over)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:people|residents"
    r"|inhabitants))?"
    # ("Sendegue, home to roughly forty thousand people and located about 520 km from ...")
    r"|home\s+to\s+(?:[^,;()]|(?<=\d),(?=\d)){1,40}?\s+(?:people|residents|inhabitants))"
    # ("Kelmi, a market town that lies some 80 km north of Bamako")
    r"(?:,?\s+(?:that|which)\s+(?:lies|lay|is|was|sits|sat|stands|stood)"
    r"|,?\s+(?:and\s+)?(?:located|lying|situated|sitting))?"
    r"\s+(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?$"
)
# The site of what happened, the sentence's subject: "The site is about 5 km from the
# airport" (not "The site of the planned reservoir lies 40 km from Tarnow": another's)
_THE_SITE = compile_pattern(r"\W*[Tt]he\s+site\b(?!\s+of\b)")
# A sentence's subject named after its kind: "The village, Tha Yet Taw, lies roughly 40
# kilometres north of Kanbalu"
_NAMED_AFTER_ITS_KIND = compile_pattern(
    r"\W*[Tt]he\s+(?:[\p{L}-]+\s+)?(?:village|town|city|camp|district|settlement|hamlet|base"
    r"|mine|site)\s*,\s+(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3})\s*,"
)
# The end of a route, which is no place a distance is told from: "The Kestrel Bay, carrying
# urea from Jebel Ali to Maputo in Mozambique, was boarded 380 nautical miles east of Eyl"
_ROUTE = compile_pattern(r"\bfrom\s+[^,;()]{1,80}?\bto\s+[^,;()]{1,60}$")
_IT = compile_pattern(r"\W*It\s")
SCENE = "the scene"  # one origin for all of them: "the quake" and "the epicentre" are one spot


# What stands between a place and the place it is in: "al-Ghar in Munabbih", "al-Ghar, a
# village in Munabbih", "Munabbih district of Saada"
_NESTS = compile_pattern(
    r"(?:,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:village|town|city|district|hamlet"
    r"|settlement|suburb|neighbou?rhood)\s+|\s+(?:district|province|region|county|governorate"
    r"|state)\s+|\s+)(?:in|of)\s+(?:the\s+)?"
    # ("the village of Sherkhani in the upper reaches of Swat district")
    r"(?:(?:[\p{L}-]+\s+){0,2}?(?:reaches|parts?|outskirts|hills|heart|interior)\s+of\s+)?"
)


_WHICH_IS = compile_pattern(r"(?:\s+(?:district|province|region|county|city|town))?,\s+which\b")


def _origin(ctx: DocumentContext, sentence: Sentence, at: int) -> str | None:
    """The place whose distance is given: the last one named before it in the sentence, else a
    name it is apposed to, else the scene of the event the sentence tells of, else what the
    sentence opens on ("the town", "Kobane lies...")."""
    described = _DESCRIBED.search(ctx.text, sentence.start, at) or _NAMED_AFTER_ITS_KIND.match(
        ctx.text, sentence.start, at
    )
    if described:
        return place_key(described["name"], ctx.options.aliases)
    before = ctx.places_in(sentence.start, at)
    if before and not _ROUTE.search(ctx.text, sentence.start, before[-1].end):
        last = len(before) - 1
        # ("al-Ghar, a village in Munabbih district of Saada province that lies ..."; not "a
        # home on Embarcadero Drive in Lithonia, which is about 18 miles east of Atlanta")
        if not _WHICH_IS.match(ctx.text, before[last].end, at):
            while last > 0 and _NESTS.fullmatch(
                ctx.text, before[last - 1].end, before[last].start
            ):
                last -= 1
        return before[last].key
    apposed = _APPOSED.search(ctx.text, sentence.start, at)
    if apposed and _NOT_NAMES.isdisjoint(apposed["name"].lower().split()):
        return place_key(apposed["name"], ctx.options.aliases)
    landmark = _APPOSED_LANDMARK.search(ctx.text, sentence.start, at)
    if landmark:
        return _landmark(ctx, landmark.start("landmark"), landmark.end("landmark"))
    # (the scene before the name the sentence opens on: "IOM spokeswoman Safa Msehli said the
    # sinking happened 40 km north of Zuwara" measures from the sinking, not from IOM)
    if _SCENE.search(ctx.text, sentence.start, at) or _THE_SITE.match(ctx.text, sentence.start, at):
        return SCENE
    if (
        _VESSEL.search(ctx.text, sentence.start, at) or _IT.match(ctx.text, sentence.start, at)
    ) and _BEFELL_A_VESSEL.search(ctx.text, sentence.start, at):
        return SCENE  # ("It skidded off the highway ...": the vehicle told of before)
    # (a name the sentence opens on is a place's where it lies somewhere, not "David Roe, 44,
    # who was shot ... 50 miles southwest of Jacksonville")
    if _LIES.match(ctx.text, sentence.start, at) or leading_anaphor(
        ctx.text[sentence.start : at]
    ):
        label = _SPEAKER_LABEL.match(ctx.text, sentence.start, at)
        start = label.end() if label else sentence.start
        return (
            ctx.resolve_place_phrase(start, at)
            or ctx.one_untyped_settlement(start, at)
            or _subject_landmark(ctx, start, at)
        )
    if _LANDMARK_LIES.match(ctx.text, sentence.start, at):
        return _subject_landmark(ctx, sentence.start, at)
    return None


# The subject a sentence opens on, up to its aside or verb: "The base" in "The base, which
# housed 120 soldiers, sits about 30 km from the border"
_SUBJECT = compile_pattern(r"\W*(?P<subject>[^,]+?)(?=,|\s+(?:which|lies|lay|is|was|sits|sat"
                           r"|stands|stood|located)\b)")


def _subject_landmark(ctx: DocumentContext, start: int, at: int) -> str | None:
    m = _SUBJECT.match(ctx.text, start, at)
    return _landmark(ctx, m.start("subject"), m.end("subject")) if m else None
