"""Event dates: when a named event happened ("the ceasefire went into effect on Thursday").

Reads a date or weekday next to an event noun: "A ceasefire went into effect on August 3, 2017",
"the offensive began two months ago", "an explosion on Friday", "the deal was reached in March";
or next to the verb or the crime that tells an attack or a disaster: "a man was shot early
Tuesday", "Monday's murder-suicide", "the helicopter crashed on Tuesday morning".
Weekdays and relative dates are resolved against the article's publication date (a weekday is
the most recent one on or before it); with no publication date they stay weekdays and are never
given an invented date. A date that follows "reported" or "said" is when it was reported, not
when it happened, and is not read here; nor is a date of what followed the event ("accused of
shooting his friend, appeared in court Tuesday", "Thursday's arrest", "a vigil Sunday"), of
another event ("In another shooting, ... early Saturday", "weeks after a Nov. 22 shooting"), a
dateline or a tweet's time stamp, or a day after the article for an attack.

Half the disagreements between reports are about when: the day a truce began, the day a town
fell. Two dates for one event are compared only for the same kind of event in the same place.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from homscheck.context import OTHER_ZONE_BEFORE, REPORTED_BEFORE, REPORTING_VERBS, DocumentContext
from homscheck.dates import DAYS_AFTER, DateMention, days_before, days_in
from homscheck.model import Claim
from homscheck.patterns import compile_pattern, prefix_tree
from homscheck.text import Sentence, any_within, beginnings, finditer_at, word_index

CODE = "HC301"
NAME = "event-date"
KIND = "event-date"
EXAMPLES = [
    ("A truce took effect in Daraa on July 9, 2017.", "date of the truce = 2017-07-09"),
    (
        "The offensive on Raqqa began in June 2017.",
        "date of the offensive = 2017-06-01..2017-06-30",
    ),
]

# What a vehicle does when it leaves the road, which is news only of a vehicle: not "prices
# plunged", "the court overturned the ruling", "he fell ill"
_VEHICLE_VERBS = ["plunged", "plunges", "overturned", "overturns", "veered", "tumbled",
                  "careered", "careened", "skidded", "rolled over", "fell", "went off the road",
                  "left the road", "ran off the road", "hurtled", "smashed", "ploughed",
                  "plowed",
                  # ("The helicopter went down on Saturday afternoon")
                  "went down", "goes down", "lost contact", "vanished from radar",
                  "disappeared from radar",
                  # ("the bus collided with a trailer in the early hours of Saturday")
                  "collided", "collides",
                  # ("A tanker rammed the pier early Monday", "the freighter struck the bridge
                  # on Sunday")
                  "rammed", "rams", "struck", "slammed into", "crashed into",
                  # ("the express ran into the back of a stationary freight train on Monday")
                  "ran into", "ploughed into", "plowed into", "smashed into"]  # fmt: skip
_ERUPTED = ["erupted", "erupts", "erupting", "spewed", "spewing"]
_VOLCANOES = ["volcano", "volcanoes", "mount", "mt", "crater", "peak", "stratovolcano",
              "caldera"]  # fmt: skip
_VEHICLES = ["bus", "buses", "minibus", "coach", "truck", "lorry", "tanker", "car", "van", "suv",
             "vehicle", "train", "express", "locomotive", "tram", "jeep", "pickup", "trailer",
             "motorcycle", "taxi",
             "matatu", "tuk-tuk", "rickshaw", "boat", "ferry", "plane", "helicopter", "aircraft",
             "airliner", "jet",
             # ("The vessel overturned on Tuesday", "the dinghy capsized")
             "vessel", "ship", "dinghy", "dhow", "canoe", "raft", "trawler", "yacht",
             "freighter", "barge", "tug", "tugboat", "containership",
             # a vessel by its name: "after the MV Afsana went down on Friday night"
             "MV", "MB", "M/V"]  # fmt: skip
# A building's fall, told only after a building: "The five-storey block came down on Monday
# afternoon" (not "prices came down", "the rain came down")
_STRUCTURE_VERBS = ["came down", "comes down", "pancaked", "crumbled"]
_STRUCTURES = ["building", "buildings", "block", "tower", "structure", "bridge", "house", "roof",
               "ceiling", "wall", "walls", "storey", "story", "storeys", "stories", "hotel",
               "mall", "stand", "hall", "complex", "apartment", "church", "mosque", "school",
               "factory", "warehouse", "mine", "tunnel", "crane", "scaffolding",
               # ground that gives way: "The slide came down in the early hours of Saturday"
               "slide", "hillside", "mountainside", "slope", "mud"]  # fmt: skip

# Each kind of event, by the words news uses for it.
EVENTS = {
    **dict.fromkeys(["ceasefire", "cease-fire", "truce", "armistice"], "truce"),
    **dict.fromkeys(["deal", "agreement", "accord", "settlement"], "agreement"),
    **dict.fromkeys(["offensive", "assault", "campaign", "operation", "incursion",
                     "invasion"], "offensive"),
    **dict.fromkeys(["attack", "explosion", "blast", "bombing", "bomb", "suicide bombing",
                     # ("a car bomb exploded outside the ministry on Monday", "the tanker
                     # exploded late on Tuesday": an accident's where the story tells one)
                     "exploded", "blew up",
                     "shooting", "massacre", "ambush",
                     # (gunfire, not a blaze: "gunmen opened fire near the center on Monday")
                     "opened fire", "open fire", "opens fire", "opening fire",
                     # ("fired at least seven rounds shortly after 1 a.m. Saturday"; see
                     # _EVENT for "fired" of a job)
                     "fired",
                     "returned fire", "return fire", "exchanged fire", "exchange of fire",
                     # ("a traffic stop erupted into gunfire late Saturday")
                     "gunfire",
                     # "the crackdown on Saturday"
                     "crackdown",
                     # the attack told by its verb: "a man was shot early Tuesday", "gunned
                     # down outside his home on Friday"
                     "shot", "gunned down", "stabbed", "attacked",
                     # "gunmen stormed the prison late on Saturday" (not "stormed out")
                     "stormed",
                     # "the bomber blew himself up on Thursday", "detonated his vest on
                     # Friday", "the bomber struck on Monday morning" (not "the storm struck")
                     "blew himself up", "blew herself up", "blew themselves up", "detonated",
                     *(f"{who} {struck}" for who in ("bomber", "bombers", "gunman", "gunmen",
                                                     "attacker", "attackers", "militants",
                                                     "assailant", "assailants", "insurgents")
                       # (a headline's present: "Suicide bomber strikes mosque")
                       for struck in ("struck", "strikes")),
                     # a crime's name: "Monday's murder-suicide", "the double homicide on
                     # Friday", "the killing of Jo Roe on Friday night"
                     "murder-suicide", "murder", "homicide", "killing", "stabbing",
                     # ("The gunmen invaded the school in the early hours of last Thursday",
                     # "Fighters overran the base on Saturday")
                     "invaded", "overran"], "attack"),
    **dict.fromkeys(["air strike", "airstrike", "air strikes", "airstrikes", "strike",
                     "strikes", "shelling", "bombardment", "raid", "raided",
                     # a strike told by its weapon: "A missile hit the block at 2 a.m. on
                     # Tuesday", "Russian drones struck a house early on Wednesday"
                     *(f"{weapon} {hit}"
                       for weapon in ("missile", "missiles", "rocket", "rockets", "drone",
                                      "drones", "shell", "shells", "projectile", "projectiles",
                                      "warplane", "warplanes", "jets")
                       for hit in ("hit", "hits", "struck", "strikes", "slammed into",
                                   "smashed into", "crashed into", "landed on", "landed in",
                                   "tore through"))], "strike"),
    **dict.fromkeys(["fighting", "clashes", "clash", "battle", "siege"], "fighting"),
    # a riot, in a prison or a city: "the unrest began on Saturday evening"
    **dict.fromkeys(["riot", "riots", "rioting", "unrest", "mutiny", "jailbreak",
                     "prison break"], "riot"),
    **dict.fromkeys(["evacuation", "evacuations", "withdrawal", "convoy"], "evacuation"),
    **dict.fromkeys(["election", "elections", "vote", "referendum", "poll", "runoff", "run-off",
                     "by-election"], "election"),
    # ("Saturday's march", "the march on Friday, November 7": not the month, written with its
    # capital: ``_EVENT``)
    **dict.fromkeys(["protest", "protests", "demonstration", "demonstrations", "rally",
                     "uprising", "march", "marches"], "protest"),
    **dict.fromkeys(["earthquake", "quake", "flood", "floods", "storm", "fire", "wildfire",
                     "landslide", "crash", "collision", "collapse", "cave-in", "caved in",
                     # ("the first flames were spotted at about 11.40 p.m. on Saturday")
                     "first flames",
                     "disaster", "accident", "capsizing", "capsized", "sank", "eruption",
                     # ("relatives of those missing from Friday's shipwreck")
                     "shipwreck", "sinking",
                     "avalanche", "pileup", "pile-up", "tsunami", "blizzard", "snowstorm",
                     "mudslide", "mud slide", "rockslide", "rock slide", "landslip", "rockfall",
                     "cyclone", "hurricane", "typhoon", "tornado", "blaze",
                     # ("The cloudburst struck the village late on Saturday")
                     "cloudburst", "cloudbursts", "downpour", "deluge", "flash flood",
                     "flash floods",
                     # "a tower under construction collapsed in Lagos on Monday", "the
                     # helicopter crashed on Tuesday morning"
                     "collapsed", "crashed",
                     # (only after a building, ``_STRUCTURE_VERBS``)
                     *_STRUCTURE_VERBS,
                     # a volcano's (only after one: "violence erupted on Monday" is no
                     # disaster's): "Mount Lewotobi erupted shortly after midnight on Monday"
                     *_ERUPTED,
                     # a vehicle off the road (only after a vehicle, ``_VEHICLE_VERBS``): "a bus
                     # plunged into a ravine on Sunday night", "the truck overturned on Friday"
                     *_VEHICLE_VERBS,
                     # ("the river overflowed on Friday night", "the flooding began on Saturday")
                     "overflowed", "flooding",
                     # a dam or an embankment that failed: "the embankment gave way late on
                     # Thursday", "the dam burst on Saturday", "the river burst its banks on
                     # Friday", "the levee was breached on Sunday" (``_NOT_A_FLOOD``)
                     "gave way", "burst", "breached",
                     # a storm's landfall: "Milton came ashore at Siesta Key late on Wednesday"
                     "landfall", "made landfall", "came ashore",
                     # ("Noreen roared ashore Wednesday afternoon")
                     "roared ashore", "slammed ashore", "swept ashore", "moved ashore",
                     "crashed ashore", "barreled ashore"], "disaster"),
    # a crowd crush and a derailment: one of each in a cluster ("The stampede occurred at
    # around 4:30 am on Saturday", "the train derailed late Monday")
    **dict.fromkeys(["stampede", "crush"], "stampede"),
    # a ship or a plane taken: "the ship was hijacked on Friday, January 19"
    **dict.fromkeys(["hijacking", "hijacked"], "hijacking"),
    # people taken: "gunmen abducted 287 pupils on Thursday", "the kidnapping on Friday"
    **dict.fromkeys(["abduction", "abducted", "kidnapping", "kidnapped", "mass abduction"],
                    "abduction"),
    **dict.fromkeys(["derailment", "derailed",
                     # ("The train left the tracks shortly before 10 p.m. on Friday")
                     "left the tracks", "came off the tracks", "jumped the tracks",
                     "left the rails", "came off the rails"], "derailment"),
    **dict.fromkeys(["outbreak", "epidemic"], "outbreak"),
    **dict.fromkeys(["talks", "summit", "meeting", "conference", "negotiations"], "talks"),
}  # fmt: skip

# Nouns that look like an event word but name a place or a pastime: "a shooting range".
NOT_EVENTS = ["feeling", "feelings",  # ("a sinking feeling", "a crushing feeling")
              # ("told reporters at the crash site on Monday": where it was, then)
              "site", "sites",
              # an office named for what it deals with: "a timeline compiled by the provincial
              # disaster agency and shared with reporters on Tuesday"
              "agency", "agencies", "authority", "ministry", "department", "commission",
              "committee", "office", "unit", "squad", "insurance", "fund",
              "range", "ranges", "gallery", "galleries", "club", "clubs", "sports", "guard",
              "guards", "star", "stars", "percentage", "practice", "instructor", "lessons",
              "script", "schedule", "location", "locations",
              # "shooting dice", "shooting hoops", "shooting a video": a game or a film
              "dice", "craps", "pool", "hoops", "baskets", "video", "videos", "footage",
              "photos", "pictures", "scenes",
              # "an assault rifle", "assault charges": a weapon, a charge
              "rifle", "rifles", "weapon", "weapons", "charge", "charges", "case",
              "cases",
              # "Fire Rescue responded", "fire officials said": the service, not a fire
              "rescue", "department", "departments", "chief", "chiefs", "marshal", "station",
              "stations", "officials", "crews", "crew", "captain", "engine", "engines",
              "truck", "trucks", "hydrant", "alarm", "alarms", "services", "district",
              # "approved a disaster declaration on Sunday", "disaster relief", "storm
              # recovery": what came after, not the event
              "declaration", "declarations", "relief", "recovery", "response", "assistance",
              "aid", "fund", "funds", "preparedness", "zone", "zones",
              # "Fire behavior analysts expected ...", "fire danger ratings"
              "behavior", "behaviour", "analyst", "analysts", "danger", "risk", "weather",
              "lines", "line",
              # "Tornado Watch issued May 8": a forecast, not a storm
              "watch", "watches", "warning", "warnings", "season",
              # "launched 4,000 attack drones in February", "strike aircraft": a weapon's kind
              "drone", "drones", "helicopter", "helicopters", "aircraft", "jet", "jets",
              "plane", "planes", "submarine", "submarines", "boat", "boats", "dog", "dogs",
              "craft",
              # "homicide detectives said Friday", "the murder trial", "the killing field"
              "detective", "detectives", "unit", "units", "squad", "division", "bureau",
              "investigator", "investigators", "investigation", "investigations", "rate",
              "rates", "count", "counts", "total", "totals", "suspect", "suspects", "victim",
              "victims", "conviction", "convictions", "spree", "fields", "field", "mystery",
              "mysteries", "novel", "novels", "machine", "machines",
              # "outside the election commission office on Friday": the body, not the vote
              "commission", "commissions", "commissioner", "board", "boards", "office",
              "offices", "body", "authority", "observers", "monitors", "law", "laws",
              "campaign", "workers", "staff", "materials", "results", "centre",
              "center"]  # fmt: skip
# Words before an event noun that make it a crime, not a military event: "aggravated
# assault", "a home invasion"
CRIME_BEFORE = ["aggravated", "sexual", "felony", "domestic", "simple", "home", "indecent",
                # a labour strike, not a military one: "the general strike", "a hunger strike"
                "general", "hunger", "labour", "labor", "nationwide", "national", "rail",
                "transport", "dock", "union", "teachers", "workers", "doctors",
                "nurses"]  # fmt: skip

# What held the water back, whose failure is the flood's start
_WATER_WALL = r"(?:dam|dams|levee|levees|embankment|embankments|dyke|dykes|dike|dikes|reservoir)"
# "gave way", "burst" and "breached" tell a flood only of what held the water back: not "talks
# gave way to fighting", "burst into tears", "a burst of gunfire", "troops breached the walls"
_NOT_A_FLOOD = (
    r"(?!gave\s+way\s+to\b)"
    rf"(?!(?<!\b{_WATER_WALL}\s+)burst\b(?!\s+(?:its|their)\s+banks?\b))"
    rf"(?!(?<!\b{_WATER_WALL}\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?)breached\b)"
)
# (The events are a prefix tree: every article is scanned for them, and a tree is searched
# faster than a word list.)
_EVENT = compile_pattern(
    r"\b(?<!\b(?:\L<crime_before>)\s+)"
    # (a person, not a building: "he collapsed on the porch")
    r"(?!(?<=\b(?:he|she|who|and)\s+)collapsed\b)"
    # (an adjective, no event told: "a collapsed gold mine", "the capsized boat", "the
    # kidnapped pupils" are dated by what else the sentence tells)
    r"(?!(?<=\b(?:a|an|the|partially|partly)\s+)(?:collapsed|capsized|crashed|derailed"
    r"|hijacked|kidnapped|abducted)\b)"
    + _NOT_A_FLOOD
    # (a vehicle's verb only after a vehicle named in its clause: "A bus carrying 42 passengers
    # plunged off a mountain road")
    # (not a market's: "shares in the bus maker plunged on Friday")
    + r"(?:(?=\L<vehicle_verbs>\b)(?<=\b\L<vehicles>\b[^.;:!?]{0,80}?)"
    r"(?<!\b(?:shares|stocks|prices|sales|profits?|earnings|revenues?|exports|imports|index"
    r"|markets?|output|demand|ratings?|fares)\b[^.;:!?]{0,80}?)|(?!\L<vehicle_verbs>\b))"
    r"(?:(?=\L<erupted>\b)(?<=\b\L<volcanoes>\b[^.;:!?]{0,80}?)|(?!\L<erupted>\b))"
    r"(?:(?=\L<structure_verbs>\b)(?<=\b\L<structures>\b[^.;:!?]{0,60}?)"
    r"|(?!\L<structure_verbs>\b))"
    + rf"(?P<event>{prefix_tree(EVENTS)})\b(?!\s+\L<not_events>\b)"
    r"(?<!\b(?-i:March|MARCH|Marches))"
    # ("the crowd exploded in cheers on Friday": no blast)
    r"(?<!\bexploded(?=\s+(?:in|into|with)\s+(?:cheers|anger|applause|laughter|protests?|rage"
    r"|fury|celebrations?|joy|song|popularity|violence|outrage)\b|\s+onto\b))"
    # ("he stormed out of the meeting on Monday", "stormed to victory on Sunday")
    r"(?<!\bstormed(?=\s+(?:out|off|away|back|to|onto|on\s+stage|into\s+(?:the\s+)?"
    r"(?:lead|final|history|semi))\b))"
    # ("fired at least seven rounds", "fired into the crowd": a gun's; not "he was fired on
    # Monday", a job's)
    r"(?<!\bfired(?!\s+(?:(?:at\s+least|more\s+than|about|some|[\p{L}\d-]+)\s+){0,3}?"
    r"(?:shots?|rounds?|bullets|gunshots|volleys?)\b|\s+(?:into|upon|at|indiscriminately|on"
    r"\s+(?:the|a|an|police|officers|protesters|troops|soldiers|civilians)\b)))"
    # ("the drone hit the headlines on Monday", "drones hit the shelves": no strike)
    r"(?<!\bhits?(?=\s+(?:the\s+)?(?:headlines|shelves|market|markets|stores|screens|news)\b))"
    # ("declared him the winner of the presidential election on Friday": the declaration's day)
    r"(?<!\bwinner\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)"
    # ("He talks to reporters on June 8": a verb, no talks)
    r"(?<!\btalks(?=\s+to\b))"
    # ("told a news conference in Brussels on Sunday": a statement's, no talks; every side
    # holds its own)
    r"(?<!\b(?:news|press|media)\s+conference)"
    # ("fans invaded the pitch on Sunday": no attack)
    r"(?<!\binvaded(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:pitch|field|stage|court"
    r"|privacy|space|ice|track|streets|market|markets|screens|headlines)\b))"
    # ("fighting back tears at a vigil Tuesday night", "fighting for his life")
    r"(?<!\bfighting(?=\s+back\s+(?:tears|sobs)|\s+for\s+(?:his|her|their|its)\s+li(?:fe|ves)))"
    # (a verb, not a crowd's: "vowed to crush the protests"; tried after a match, not at every
    # word)
    r"(?<!\bto\s+crush)"
    # (a crime a court or the police name, dated by what they did: "convicted of murder on
    # Friday", "charged with attempted murder Monday")
    r"(?<!\b(?:charged|convicted|accused|arrested|guilty|acquitted|sentenced|indicted|jailed"
    r"|counts?|charges?)\s+(?:with|of|for)\s+(?:[\p{L}-]+\s+){0,5}?"
    r"(?:murder|homicide|killing|stabbing|murder-suicide|kidnapping|abduction))"
    # (what another event did, not an attack: "a helicopter came down, killing four")
    r"(?<!,\s*killing)"
    # (a jab or a picture, not gunfire: "a flu shot", "a mug shot")
    r"(?<!\b(?:flu|booster|vaccine|mug|screen|jump|long|big|slap|parting|camera)\s+shot)"
    # (goods brought, not people taken out: "an aid convoy", "a convoy of 26 lorries carrying
    # tents arrived on Thursday")
    r"(?<!\b(?:aid|relief|humanitarian|supply|food|military|army|fuel)\s+convoy)"
    # (a search, no offensive: "the rescue operation", "Saturday's search operation")
    r"(?<!\b(?:rescue|search|recovery|relief|aid|clean-up|cleanup|salvage|evacuation)"
    r"(?:\s+and\s+\w+)?\s+operations?)"
    r"(?<!\bconvoy(?=\s+of\s+[^.;]{0,30}?\b(?:carrying|bringing|loaded\s+with|with)\s+"
    r"(?:aid|food|tents|supplies|medicines?|fuel|water|relief|blankets|equipment)\b))"
    # (a price, not a boat: "shares sank on Monday")
    r"(?<!\b(?:shares|stocks|prices|markets?|index|currency|dollar|euro|pound|yen|bonds"
    r"|yields|profits?|sales|revenues?|ratings?|hopes|spirits|hearts?)\s+sank)",
    regex.IGNORECASE,
    not_events=NOT_EVENTS,
    crime_before=CRIME_BEFORE,
    vehicle_verbs=_VEHICLE_VERBS,
    vehicles=_VEHICLES,
    erupted=_ERUPTED,
    volcanoes=_VOLCANOES,
    structure_verbs=_STRUCTURE_VERBS,
    structures=_STRUCTURES,
)

# Words right before a date that make it another kind of date: a dateline ("Posted: Thursday,
# April 30, 2015"), a tweet's time stamp ("— Jane Doe (@jdoe) March 10, 2017"), a reference
# point ("the deadliest day since Sept. 11, 2001"), a deadline ("continued to July 20"), a
# state by a day ("the fire had burned 18,400 acres by Thursday").
_NOT_WHEN = compile_pattern(
    # ("12 people had been shot this month as of early Tuesday": the count's date)
    # ("9 people were shot in the city between Friday evening and Sunday morning": a span)
    r"(?:\b(?:posted|updated|published|since|until|till|to|by|as\s+of|between)\s*:?\s*"
    # (a stamp's time before its date: "Published 4:10 p.m. CT June 15, 2026")
    r"(?:(?<=(?i:posted|updated|published)\s*:?\s*)(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:[ap]\.?\s?m\.?)?\s*(?:(?-i:\p{Lu}{2,4})T?\s*)?,?\s*)?"
    r"(?:on\s+)?(?:(?:early|late)\s+)?|\bbetween\s+[^,;.]{1,40}?\s+and\s+(?:(?:early|late)\s+)?"
    r"|\(@\w+\)\s*"
    # ("has called for a general strike to begin on Monday")
    r"|\bto\s+(?:begin|start|resume)\s+(?:on\s+)?"
    rf"|{OTHER_ZONE_BEFORE})$",
    regex.IGNORECASE,
)

# A date alone on its line, or with a time, a byline or an update's word: a dateline, the
# sentence's line break aside (a headline above it with no full stop)
_LINE_START = compile_pattern(r"\n[ \t]*$")
# A wire dateline: a town in capitals (and its country) opening a line, the day, the agency, a
# dash: "SHIMULGHAT, Bangladesh, Sept 7 (Asia Newswire) -"
_WIRE_PLACE_BEFORE = compile_pattern(
    r"(?:^|\n)[ \t]*\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}"
    r"(?:,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,3})?,[ \t]*$"
)
_WIRE_DATE_AFTER = compile_pattern(r"[ \t]*(?:\([\p{L}][\p{L} .&-]{1,30}\)[ \t]*)?[-–—:]")
_DATELINE_AFTER = compile_pattern(
    r"[ \t]*(?:[,|•·–—-][ \t]*)?(?:(?:at[ \t]+)?\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?[ \t]?m\.?)?"
    r"(?:[ \t]*\p{Lu}{2,4}T?)?)?[ \t]*(?:\(?(?:updated?|posted|published)\)?)?[ \t]*(?:\n|$)",
    regex.IGNORECASE,
)

# The start of a period ("a general strike from Monday", "fighting from Monday to Wednesday"):
# no day of an event
_FROM = compile_pattern(r"\b(?:from|starting|beginning)\s+(?:on\s+)?$", regex.IGNORECASE)

# What happens after an event and is dated on its own: a court date, an arrest, a funeral, a
# statement. "X, accused of shooting his friend, appeared in court Tuesday" dates the court
# appearance; "Thursday afternoon's arrest" and "a vigil Sunday" date the arrest and the vigil.
AFTERMATH_NOUNS = ["court", "hearing", "hearings", "arraignment", "trial", "sentencing",
                   "funeral", "vigil", "memorial", "service", "burial", "conference", "briefing",
                   "interview", "statement", "release", "arrest", "arrests", "search", "posts",
                   "update", "complaint", "affidavit"]  # fmt: skip
AFTERMATH = [*AFTERMATH_NOUNS, "arrested", "charged", "arraigned", "indicted", "sentenced",
             "booked", "detained", "remanded", "appeared", "pleaded", "continued", "resumed",
             # ("the 1932 murder ... continues to fascinate theorists today", "the killing
             # remains unsolved today")
             "continues", "remains", "remained",
             "died", "gathered",
             # (a patient's later news: "was discharged Thursday", "was upgraded to fair
             # condition on Wednesday")
             "discharged", "released", "upgraded", "downgraded",
             # ("was listed in good condition Sunday after surgery")
             "listed",
             # ("according to a criminal complaint filed Friday")
             "filed",
             "mourned", "identified", "found dead", "confirmed dead",
             # (an official's later step: "On Sunday, the president approved a disaster
             # declaration for the storm", "toured the damage on Monday")
             "approved", "declared", "toured", "visited", "signed",
             "taken off life support", "removed from life support",
             "pronounced dead"]  # fmt: skip
_AFTERMATH = compile_pattern(
    r"\b\L<aftermath>\b"
    # a burial ("was buried on Friday", "will be buried in Oak Hill cemetery"), not what a
    # slide or a quake did: "a landslide buried a village on Thursday", "homes were buried
    # under mud", "dozens buried alive"
    r"|\bburied\b(?!\s+(?:under|beneath|by|alive|in\s+(?:the\s+)?(?:mud|rubble|debris"
    r"|snow|sand|earth|ash|rocks?|landslides?|mudslides?|avalanches?)|a|an|the|dozens|hundreds"
    r"|scores|several|many|some|\d|homes|houses|buildings|villages?|roads?|cars|vehicles"
    # ("The landslide that buried this village struck ...")
    r"|parts?|much|most|entire|whole|this|that|these|those|its|their|his|her)\b)",
    regex.IGNORECASE,
    aftermath=AFTERMATH,
)
# A date before the name of an occasion: "Saturday Night Press Conference", "Friday's vigil".
_OCCASION_NEXT = compile_pattern(
    r"^(?:['’]s)?[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?\L<nouns>\b",
    regex.IGNORECASE,
    nouns=AFTERMATH_NOUNS,
)
# Reporting verbs anywhere between an event and a date before it ("On Sunday, the chief said
# the shooting was..." dates the saying).
_SAYING = compile_pattern(r"\b\L<reporting>\b", regex.IGNORECASE, reporting=REPORTING_VERBS)

# Words that end a noun phrase: "another wounded in a shooting" is no "another shooting".
LINKING_WORDS = ["in", "on", "at", "of", "a", "an", "the", "and", "or", "to", "with", "by",
                 "for", "was", "were", "is", "are"]  # fmt: skip
# Words that make an event noun another, earlier event: "In another shooting, ...", "the
# most recent shooting of an officer occurred July 16", "in retaliation for the killing of X
# on Jan. 5", "such as last year's massacre", "just weeks after a Nov. 22 shooting".
# What ends a fire: its date is no date of the fire ("put out on Wednesday afternoon")
_FIRE_ENDED = (
    r"(?:put\s+out|extinguished|doused|contained|quenched|brought\s+under\s+control"
    r"|(?:was|were)\s+under\s+control)"
)
# Words that make an event noun another event than the story's: "a similar attack"
_ANOTHER_EVENT = ["other", "previous", "prior", "earlier", "separate", "unrelated", "similar"]
_OTHER_BEFORE = compile_pattern(
    # ("firefighters put out the blaze on Thursday": the fire's end; "troops ended a 19-hour
    # siege on Wednesday", "lifted the curfew": the end of it)
    rf"\b(?:{_FIRE_ENDED}|ended|ending|lifted|lifting|broke|broken|called\s+off)\s+"
    r"(?:the|a|an|its|their)\s+(?:[\p{L}\d-]+\s+)?$|"
    r"\b(?:another|\L<another_event>|most\s+recent|such\s+as"
    r"|history\s+of|reminiscent\s+of|(?:days|weeks|months|years)\s+(?:after|before)"
    # (not a weekday's own event: "Three days after Friday night's collision", the story's)
    r"(?!\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\s)"
    r"|(?:retaliation|revenge|reprisal)\s+for)"
    r"\s+(?:(?:a|an|the)\s+)?(?:(?!\L<function>\b)[\p{L}\p{N}.'’-]+\s+){0,3}$"
    # an event denied: "We're not talking about a homicide today", "there was no shooting on
    # Friday", "he was not shot on Sunday" (not "no one was shot on Sunday")
    r"|\b(?:not|n['’]t|never|no)\s+(?:(?:talking|speaking)\s+about\s+|dealing\s+with\s+)?"
    r"(?:(?:a|an|any)\s+)?$",
    regex.IGNORECASE,
    function=LINKING_WORDS,
    another_event=_ANOTHER_EVENT,
)
# A toll updated between an event and a date: "the bombing on Friday rose to 31 on Saturday"
# dates the update
# ("rose to at least 42 on Wednesday", "climbed to seven on Sunday")
_TOLL_UPDATE = compile_pattern(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased)\s+to\b"
    r"|\b(?:reached|stood|stands|hit)\s+(?:at\s+)?"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some|around)\s+)?\d",
    regex.IGNORECASE,
)
# ("the deadliest attack since the war began nine years ago": the date is the war's, a
# reference point; but "the ceasefire ... since it began last month" is the ceasefire's own)
_OTHER_BETWEEN = compile_pattern(
    r"\b(?:another|previous|prior|retaliation|revenge|anniversary"
    r"|since(?!\s+(?:it|they)\s+(?:began|started|took\s+effect|went\s+into\s+effect))"
    # a day of a long event, or its end, is not when it happened: "the strike entered its fifth
    # day on Monday", "the siege ended on Sunday"
    r"|(?:entered|enters|entering|in|into)\s+(?:its|their)\s+\w+\s+(?:day|week|month|year)"
    # ("the ceasefire held for a second day on Saturday")
    r"|for\s+(?:a|the|its)\s+\w+\s+(?:straight\s+|consecutive\s+)?(?:day|week|month)"
    # ("the truce is due to expire at 18:00 on Sunday")
    r"|ended|ends|ending|was\s+lifted|were\s+lifted|expire[sd]?|expiring|lapse[sd]?"
    # a fire's end: "the fire was put out on Wednesday", "the blaze was contained by Friday"
    rf"|{_FIRE_ENDED}"
    # the end of a captivity: "kidnapped in 2019 and freed on Monday"
    r"|freed|released|rescued|escaped|returned\s+home"
    # other events the story's is told after: "the third shooting near a school this month,
    # after incidents near Hamilton High on Oct. 3"
    r"|(?:after|following)\s+(?:(?:an?|the|two|three|several|similar|earlier|other)\s+)*"
    r"(?:incidents|shootings|attacks|killings|similar\s+\w+))\b",
    regex.IGNORECASE,
)
# An event spoken of after the fact: "Obama commented on the shooting early Friday", "she did
# not comment further on the shooting Tuesday" date the comment.
_SPOKEN_OF = compile_pattern(
    r"\b(?:comment(?:ed|s|ing)?|spoke|speaks|speaking|talked|talks|asked|questioned)"
    r"\s+(?:further\s+)?(?:on|about|regarding)\s+(?:the\s+|this\s+|that\s+)?$",
    regex.IGNORECASE,
)
# An event noun after "before" / "after" / "following": the date is counted from the event,
# not its day ("On April 30, about three weeks before the attack"; "A search continued Monday
# for three suspects following a shooting").
_RELATIVE_TO = compile_pattern(
    r"\b(?:before|after|since|following|until|prior\s+to)\s+(?:[\p{L}'’-]+\s+){0,2}$",
    regex.IGNORECASE,
)
# What may open a sentence before a date that dates the event after it: "On Friday an
# explosion hit", "Early Sunday, a shooting...", "At about 2 a.m. Saturday, ..."; not "In a
# news release Thursday, police said...", "By Monday, the victims...".
OPENING_WORDS = ["on", "early", "late", "later", "earlier", "shortly", "just", "sometime",
                 "around", "about", "at", "before", "after", "approximately", "a", "m", "p",
                 "noon", "midnight", "in", "the", "of", "back"]  # fmt: skip
_OPENING = compile_pattern(
    r"[\W\d_]*(?:\b\L<opening>\b[\W\d_]*)*", regex.IGNORECASE, opening=OPENING_WORDS
)
# A sentence end that the splitter missed in crawled text: "police said.Tuesday night, ..."
_RUN_ON = compile_pattern(r"\p{Ll}{2}[.!?][\"”’)]*\p{Lu}")
# A date that qualifies the noun after it: "Thursday afternoon's arrest", "a Dec. 3 incident",
# "the Saturday night press conference".
_POSSESSIVE = compile_pattern(r"^['’]s\b")
_ARTICLE = compile_pattern(r"\b(?:a|an|the)\s+$", regex.IGNORECASE)
# (a time of day joined by a hyphen is the date's own: "a Saturday-night concert")
_NEXT_WORDS = compile_pattern(
    r"^(?:-(?:morning|afternoon|evening|night))?(?:['’]s)?[ \t]+"
    r"((?:[\p{L}\p{N}-]+[ \t]+){0,2}?[\p{L}\p{N}-]+)"
)
FUNCTION_WORDS = ["in", "on", "at", "near", "of", "and", "or", "to", "when", "as", "with",
                  "for", "after", "before", "by", "from", "that", "which", "who", "where",
                  "was", "were", "is", "are", "had", "has", "outside", "inside", "along",
                  "around", "about", "during", "while", "night", "morning", "afternoon",
                  "evening", "but", "into", "left", "killed", "wounded", "injured"]  # fmt: skip
_FUNCTION = frozenset(FUNCTION_WORDS)
# An event noun after a word or two that qualify it: "Tuesday's bus crash", "Sunday's deadly
# car bomb attack" (not "Sunday's vigil for shooting victims": a function word or another
# occasion between)
_MODIFIERS = [
    compile_pattern(
        # ("Monday's 61-vehicle pileup": a word with a figure in it too)
        rf"(?:['’]s)?(?:[ \t]+(?!(?:\L<function>|\L<aftermath>)\b)[\p{{L}}\p{{N}}-]+){{{n}}}[ \t]+",
        regex.IGNORECASE,
        function=FUNCTION_WORDS,
        aftermath=AFTERMATH_NOUNS,
    )
    for n in (1, 2)
]

_WINDOW = 90  # characters between an event noun and its date
_SUBJECT_AT = 12  # an event noun this near a sentence's start is its subject ("The air strike")
_SUBJECT_WINDOW = 160  # ... and may be dated this far on in its clause
# The end of a clause between a sentence's subject and a date: the date is another verb's
# ("A ceasefire went into effect on Thursday but was broken on Saturday")
# (not a time of day: "buried a village before dawn on Thursday")
_CLAUSE_BREAK = compile_pattern(
    r"[,;:(]|\b(?:but|while|when|then|until)\b|\b(?:after|before)\b(?!\s+(?:dawn|daybreak"
    r"|sunrise|first\s+light|noon|midday|midnight|dusk|sunset|nightfall|dark)\b)"
)
_LOOK_BACK = 60  # characters before an event noun read for "another", "most recent"...
# Events that happen once and are reported afterwards: never in the future of the article.
_PAST_EVENTS = frozenset({"attack", "derailment", "hijacking", "stampede"})
# An aftermath word that is the event's setting, not a later occasion: "a shooting during a
# tribal hearing on Thursday", "shots fired at a vigil Sunday".
_SETTING = compile_pattern(
    r"\b(?:during|at|outside|inside|near|in\s+front\s+of)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\p{L}-]+\s+){0,2}$",
    regex.IGNORECASE,
)


# A sentence that dates the event the one before told of: "Four boys were hurt in a shooting
# in West Philadelphia. It happened around 9:15 p.m. Saturday."
_IT_HAPPENED = compile_pattern(
    r"[\"“]?(?:It|This|That)\s+(?:all\s+)?(?:happened|occurred|took\s+place|unfolded)\b"
)


# A police release's opening: "At approximately 11:40 p.m. on Friday, June 12, officers
# responded to the 1200 block of Elm Road for a report of shots fired": the date first, the
# event it is the date of in the call the police answered
_RESPONDED = compile_pattern(
    r"\b(?:officers|deputies|police|troopers|units|patrol\s+officers)\s+(?:were\s+)?"
    r"(?:responded|called|dispatched|sent)\s+to\b[^.;]{0,120}?\b(?:report|call|reports|calls)"
    r"\s+(?:of|about)\s+(?:an?\s+|the\s+)?(?=\S)",
    regex.IGNORECASE,
)


_SHOTS_FIRED = compile_pattern(r"(?:shots?|gunshots)\s+(?:being\s+)?fired\b", regex.IGNORECASE)


def _responded_to(ctx: DocumentContext) -> Iterator[Claim]:
    """The date a police release opens on, of the event its officers were called to."""
    for sentence in ctx.sentences_with(_RESPONDED):
        call = _RESPONDED.search(ctx.text, sentence.start, sentence.end)
        if call is None:
            continue
        dates = [d for d in ctx.dates_in(sentence.start, call.start()) if d.value.known]
        if len({d.value for d in dates}) != 1:
            continue  # (one day, though it may be told twice: "on Friday, June 12")
        date = dates[0]
        event = _EVENT.match(ctx.text, call.end(), sentence.end)
        if event is not None:
            place = ctx.place_near(sentence, event.end())
            yield from _dated(ctx, event, date, sentence, date.start, place)
            continue
        shots = _SHOTS_FIRED.match(ctx.text, call.end(), sentence.end)
        if shots is not None and _not_after(ctx, date):
            yield ctx.claim(
                CODE, KIND, "attack", "", date.start, shots.end(), date.value, sentence,
                place=ctx.place_near(sentence, shots.end()), time=date.value,
                label="date of the attack",
            )  # fmt: skip


# A later day, told with how long after the event it came: "The temple reopened on Tuesday,
# two days after a stampede at its gate killed 14", "He was buried Saturday, a week after the
# shooting", "On Sunday, the day after the crash, ..." (``homscheck.dates.DAYS_AFTER``)
# ("a week after a similar attack in the north", "after the last shooting": the date of
# another event)
_EARLIER = [*_ANOTHER_EVENT, "last", "first"]


def _days_after(ctx: DocumentContext) -> Iterator[Claim]:
    """The day of an event a sentence counts the days from: "on Tuesday, two days after a
    stampede" dates the stampede on the Sunday before."""
    text = ctx.text
    for sentence in ctx.sentences_matched(DAYS_AFTER):
        for date in ctx.dates_in(sentence.start, sentence.end):
            after = DAYS_AFTER.match(text, date.end, sentence.end)
            if after is None or date.value.granularity != "day":
                continue
            event = _event_named_after(text, after.end(), sentence.end)
            if event is None or date.value.earliest != date.value.latest:
                continue
            days = days_in(after)
            if days is None:
                continue
            earlier = replace(date, value=days_before(date.value, days))
            place = ctx.place_near(sentence, event.end())
            yield from _dated(ctx, event, earlier, sentence, date.start, place)


_MODIFIER = compile_pattern(r"(?!\L<earlier>\b)[\p{L}-]+\s+", regex.IGNORECASE,
                            earlier=_EARLIER)


def _event_named_after(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The event noun at ``start`` or after up to three words before it ("the deadly bus
    crash"), but not after a word that makes it another event ("a similar attack")."""
    for _ in range(4):
        event = _EVENT.match(text, start, end)
        if event is not None:
            return event
        modifier = _MODIFIER.match(text, start, end)
        if modifier is None:
            return None
        start = modifier.end()
    return None


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    claims = [*_event_dates(ctx), *_it_happened(ctx), *_responded_to(ctx), *_days_after(ctx)]
    story = _story_kind(ctx.text)
    for claim in claims:
        if story and claim.measure == "disaster" and _A_DISASTER.match(claim.text):
            # ("The disaster happened on Friday evening", in a story of a crowd crush: the crush)
            claim = replace(claim, measure=story, label=f"date of the {story}")
        yield claim


# The kinds of disaster a cluster tells of one of, by the words of a story that tells of one:
# its "disaster" or "accident" is that one
_STORY_KINDS = {
    "stampede": compile_pattern(r"\b(?:stampede|crowd\s+crush|crush)\b", regex.IGNORECASE),
    "derailment": compile_pattern(r"\b(?:derailment|derailed)\b", regex.IGNORECASE),
}
_A_DISASTER = compile_pattern(r"(?:disaster|accident)\b", regex.IGNORECASE)


def _story_kind(text: str) -> str | None:
    kinds = [kind for kind, words in _STORY_KINDS.items() if words.search(text)]
    return kinds[0] if len(kinds) == 1 else None


def _it_happened(ctx: DocumentContext) -> Iterator[Claim]:
    """ "...in a shooting. It happened Saturday": the date of the event told just before."""
    text = ctx.text
    for previous, sentence in zip(ctx.sentences, ctx.sentences[1:], strict=False):
        it = _IT_HAPPENED.match(text, sentence.start, sentence.end)
        if it is None:
            continue
        events = [
            e for e in _EVENT.finditer(text, previous.start, previous.end)
            if not _OTHER_BEFORE.search(text, max(previous.start, e.start() - _LOOK_BACK),
                                        e.start())
        ]  # fmt: skip
        dates = [
            d for d in ctx.dates_in(it.end(), sentence.end)
            if d.value.known
            and not REPORTED_BEFORE.match(text, max(it.end(), d.start - 40), d.start)
        ]  # fmt: skip
        if not events or not dates or _later_occasion(text[it.end() : dates[0].start]):
            continue
        place = ctx.place_near(previous, events[-1].end())
        yield from _dated(ctx, events[-1], dates[0], sentence, it.start(), place)


# Where an event word may begin, from the document's index of words: every match of _EVENT
# begins with one, and it is tried only there.
_EVENT_WORDS = beginnings(EVENTS)


def _event_dates(ctx: DocumentContext) -> Iterator[Claim]:
    text = ctx.text
    index = word_index(text)
    starts = None if index is None else index.starts(_EVENT_WORDS)
    date_starts = [d.start for d in ctx.dates]
    for sentence in ctx.sentences:
        # The sentences with a date and an event word: the dates are known already, and far
        # fewer sentences have one than an event word, so only those are searched for events.
        if not any_within(date_starts, sentence.start, sentence.end):
            continue  # (most: asked before the list of its dates is made)
        dates = ctx.dates_in(sentence.start, sentence.end)
        if not dates:
            continue
        events = list(finditer_at(_EVENT, text, starts, sentence.start, sentence.end))
        if not events or not _has_event(text, sentence, starts):
            continue
        dated_by_name: set[int] = set()  # events a date names ("Tuesday's bus crash")
        for date in dates:
            before = text[max(sentence.start, date.start - 40) : date.start]
            if REPORTED_BEFORE.match(before) or _NOT_WHEN.search(before):
                continue
            if _DATELINE_AFTER.match(text, date.end) and _LINE_START.search(before):
                continue  # a dateline under a headline: "Sunday, Dec. 14, 2025 — 6:30 p.m."
            if _WIRE_DATE_AFTER.match(text, date.end) and _WIRE_PLACE_BEFORE.search(before):
                continue  # a wire dateline, the report's day: "NDARAWA, Oct 12 (Agency) -"
            if _FROM.search(before) and not _possessive(text, date):
                continue  # "called for a general strike from Monday" (not "from Monday's crash")
            if not date.value.known and date.value.weekday is None:
                continue  # an unanchored month: nothing to compare
            if date.value.granularity in ("year", "decade", "span") and not date.relative:
                continue  # "in 2014", "between July 2024 and June 2025": an era, no event
            if _longer_than_a_year(date):
                continue  # "floods in recent years": many events, over a span
            qualified = _qualified_noun(text, date, sentence.start)
            if qualified.other:
                continue
            event = qualified.event or _event_of(
                events, date.start, date.end, sentence.start, text
            )
            if event is None or not _belongs(text, event, date, sentence.start):
                continue
            if _ranked_in_a_period(text, date, event, sentence.start):
                continue  # "the third jailbreak this year": a period the event is ranked in
            reaction = (
                _REACTION_TO.search(text, max(sentence.start, event.start() - 60), event.start())
                if date.end <= event.start()
                else None
            )
            if reaction is not None and date.end <= reaction.start():
                continue  # "The UN on Thursday condemned the killing of 42": the reaction's day
                # (not "investigating the Thursday evening homicide": the homicide's)
            if event.end() <= date.start and _RECOVERED_FROM.search(
                text, max(sentence.start, event.start() - 120), event.start()
            ):
                continue  # "recovered six more bodies from the debris of a flash flood on
                # Thursday": the day of the recovery
            if qualified.event is not None:
                dated_by_name.add(event.start())
            elif event.start() in dated_by_name:
                continue  # "Tuesday's crash ... rose to 27 on Wednesday": a later date, not its
            place = ctx.place_near(sentence, event.end())
            yield from _dated(ctx, event, date, sentence, min(event.start(), date.start), place)


# A reaction to an event, its verb just before the event's noun: the day before the verb is
# the reaction's ("The UN on Thursday condemned the killing of 42 villagers")
_REACTION_TO = compile_pattern(
    r"\b(?:condemned|condemns|denounced|denounces|deplored|deplores|decried|mourned|mourns"
    r"|investigating|investigated|probing|protested|protesting|blamed|claimed\s+responsibility"
    r"\s+for)\s+(?:the|this|that|last\s+week['’]s"
    r"|(?:\p{L}+\s+){0,2}?)(?:[\p{L}-]+\s+){0,2}$",
    regex.IGNORECASE,
)

# What is taken from what an event left, before the event's noun: the date after it is the
# taking's ("recovered six more bodies from the debris of a flash flood on Thursday")
_RECOVERED_FROM = compile_pattern(
    r"\b(?:recovered|retrieved|pulled|dug|found|removed|extracted)\b[^.;:!?]{0,60}?\bfrom\s+"
    r"the\s+(?:debris|wreckage|rubble|ruins|remains|mud|waters|site|scene|wreck)\s+of\s+"
    r"(?:a|an|the|last\s+week['’]s|\p{Lu}\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$",
    regex.IGNORECASE,
)

# An ordinal or a superlative before an event noun: "the third jailbreak", "the deadliest
# attack", "the 12th shooting"
_RANKED = compile_pattern(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th)|latest|deadliest|worst|biggest|largest|bloodiest|strongest"
    # ("the deadliest in Rockford so far this year")
    r"|heaviest|costliest|most\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,4}$",
    regex.IGNORECASE,
)
_A_SEASON = 62  # days: a span longer than a month or two, in which events are ranked


def _ranked_in_a_period(
    text: str, date: DateMention, event: regex.Match[str], sentence_start: int
) -> bool:
    """A year or a season after the event it dates, ranked in it: "the third jailbreak in
    Nigeria this year", "the deadliest attack of 2025" (not "the first explosion on Monday",
    "the second strike hit the hospital in May": the date of that one)."""
    earliest, latest = date.value.earliest, date.value.latest
    if earliest is None or latest is None or (latest - earliest).days <= _A_SEASON:
        return False
    if event.end() > date.start:
        return False
    if _RANKED.search(text, max(sentence_start, event.start() - 40), event.start()):
        return True
    # ("The shooting is at least the 31st time this year that a child ...")
    return _RANKED.search(text, max(event.end(), date.start - 40), date.start) is not None


def _longer_than_a_year(date: DateMention) -> bool:
    earliest, latest = date.value.earliest, date.value.latest
    return earliest is not None and latest is not None and (latest - earliest).days > 366


# An explosion is an attack's, unless the story is of a works that blew up and tells of no
# attack: "An explosion at the Pwani refinery on Tuesday", "a gas blast at the factory"
_BLASTS = frozenset({"explosion", "blast", "exploded", "blew up"})
_WORKS = compile_pattern(
    r"\b(?:refinery|factory|plant|depot|mine|pipeline|gas|tanker|warehouse|chemicals?"
    r"|fireworks|boiler|cylinder|fuel|reactor|silo|mill|smelter|workshop)\b",
    regex.IGNORECASE,
)
_ATTACKERS = compile_pattern(
    r"\b(?:bombs?|bombing|bomber|suicide|attacks?|attackers?|militants?|insurgents?|terror\w*"
    r"|explosive\s+device|IED|grenade|rockets?|missiles?|drones?|strikes?|airstrikes?"
    r"|shelling|gunmen|claimed\s+responsibility)\b",
    regex.IGNORECASE,
)


# A volcano's blast is its eruption: "the blast, which came shortly before midnight on Saturday"
_VOLCANO = compile_pattern(
    r"\b(?:volcano(?:es)?|volcanic|eruptions?|erupted|erupting|lava|magma)\b", regex.IGNORECASE
)
# A mountain's top is no meeting: "Mount Rangkawi blew apart its summit early on Sunday"
_ON_A_MOUNTAIN = compile_pattern(
    r"\b(?-i:Mount|Mt\.?)\s+\p{Lu}|\b(?:mountains?|mountain['’]s|volcano(?:es)?|volcanic|crater"
    r"|lava|magma|ash|erupt\w*|climbers?|climbing|mountaineers?|slopes?|glaciers?|ridge)\b",
    regex.IGNORECASE,
)


def _an_accident(text: str) -> bool:
    return (
        _WORKS.search(text) is not None or _VOLCANO.search(text) is not None
    ) and _ATTACKERS.search(text) is None


def _possessive(text: str, date: DateMention) -> bool:
    """ "Saturday's crash": the date names the event after it."""
    return text.endswith(("'s", "’s"), date.start, date.end) or text.startswith(
        ("'s", "’s"), date.end
    )


# A convoy attacked: "ambushed their convoy", "a convoy of police vehicles was attacked"
_A_CONVOY_ATTACKED = compile_pattern(
    r"\b(?:ambushed|attacked|attacking|struck|targeted|bombed|shelled|fired\s+on)\s+"
    r"(?:\w+\s+){0,2}convoy\b|\bconvoy\b[^.;]{0,60}?\b(?:was|were|came\s+under)\s+"
    r"(?:attacked|ambushed|struck|targeted|hit|attack|fire)\b",
    regex.IGNORECASE,
)


def _dated(
    ctx: DocumentContext,
    event: regex.Match[str],
    date: DateMention,
    sentence: Sentence,
    start: int,
    place: str | None,
) -> Iterator[Claim]:
    """The claim that ``event`` happened on ``date``, quoted from ``start`` to the end of both;
    none for an attack dated after the article."""
    kind = EVENTS[event["event"].casefold()]
    if event["event"].casefold() == "summit" and _ON_A_MOUNTAIN.search(sentence.text):
        return
    if event["event"].casefold() in _BLASTS and _an_accident(ctx.text):
        kind = "disaster"  # ("an explosion at the refinery on Tuesday": an accident's)
    if kind == "evacuation" and _A_CONVOY_ATTACKED.search(sentence.text):
        kind = "attack"  # ("Gunmen ambushed their convoy on Wednesday": an attack on it)
    if kind in _PAST_EVENTS and not _not_after(ctx, date):
        return
    yield ctx.claim(
        CODE, KIND, kind, "", start, max(event.end(), date.end), date.value, sentence,
        place=place, time=date.value, label=f"date of the {kind}",
    )  # fmt: skip


def _has_event(text: str, sentence: Sentence, starts: list[int] | None) -> bool:
    """Whether an event word starts in the sentence when read in the whole text, as
    ``ctx.sentences_with(_EVENT)`` finds it: what follows the sentence may make its last word
    no event ("...a shooting\n\nRange officers..." is "shooting range"). Tried at ``starts``
    (where every match begins) where they are known."""
    if starts is None:
        m = _EVENT.search(text, sentence.start)
        return m is not None and m.start() < sentence.end
    lo = bisect.bisect_left(starts, sentence.start)
    hi = bisect.bisect_left(starts, sentence.end)
    return any(_EVENT.match(text, at) is not None for at in starts[lo:hi])


# An aside that describes a place between an event and its date: "a landslide struck Bhalakot,
# a village of some 450 people in Jajarkot district, early on Wednesday"
_ASIDE = compile_pattern(r",\s+(?:an?|the|home\s+to)\s+[^,;:()]{1,80}?,(?=\s)", regex.IGNORECASE)


def _gap(text: str, start: int, end: int) -> int:
    """The characters between an event and a date, less any aside between."""
    return end - start - sum(len(m[0]) for m in _ASIDE.finditer(text, start, end))


# A wire dateline that opens a story's first sentence: "KATHMANDU, Aug 14 (Reuters) - ",
# "GOMA, Congo (AP) — ": the sentence's subject comes after it
_WIRE_OPENING = compile_pattern(
    r"\s*\p{Lu}[\p{Lu}.'’-]+(?:[ ]\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,[ ][\p{L}\d.'’ -]{2,30}?){0,3}"
    r"\s*(?:\([\p{L}][\p{L} .&-]{1,30}\)\s*)?[-–—]{1,2}\s+"
)


def _event_of(
    events: list[regex.Match[str]], start: int, end: int, sentence_start: int, text: str
) -> regex.Match[str] | None:
    """The event a date belongs to: the nearest event noun before it ("a ceasefire went into
    effect on Thursday"), or, when the sentence opens with the date, the first one after it
    ("On Friday an explosion hit")."""
    before = [e for e in events if e.end() <= start and _gap(text, e.end(), start) <= _WINDOW]
    if before:
        return before[-1]
    # the event the sentence opens on, its subject, dated at the end of its clause: "Air
    # strikes on a market in the town of X in Y province killed 27 people on Sunday"
    dateline = _WIRE_OPENING.match(text, sentence_start, start)
    sentence_start = dateline.end() if dateline else sentence_start
    opening = [e for e in events if e.start() - sentence_start <= _SUBJECT_AT and e.end() <= start]
    if (
        opening
        and start - opening[0].end() <= _SUBJECT_WINDOW
        and not _CLAUSE_BREAK.search(text, opening[0].end(), start)
    ):
        return opening[0]
    if start - sentence_start <= 40:
        after = [e for e in events if e.start() >= end and e.start() - end <= _WINDOW]
        if after:
            return after[0]
    return None


def _belongs(text: str, event: regex.Match[str], date: DateMention, sentence_start: int) -> bool:
    """Whether the date is the event's own, not that of what surrounds it."""
    look_back = text[max(sentence_start, event.start() - _LOOK_BACK) : event.start()]
    if _OTHER_BEFORE.search(look_back):
        return False  # "In another shooting, a man was wounded early Saturday"
    if event.end() <= date.start:  # "the shooting ... on Saturday"
        between = text[event.end() : date.start]
        return not (
            _later_occasion(between)
            or _OTHER_BETWEEN.search(between)
            or _TOLL_UPDATE.search(between)
            or _SPOKEN_OF.search(look_back)
        )
    # "On Friday an explosion hit": only a plain opening before the date, nothing said between
    between = text[date.end : event.start()]
    if date.end == event.start() or _POSSESSIVE.match(between) or between.isspace():
        return True  # "Sunday's shooting", "the Dec. 3 shooting"
    if any(p.fullmatch(text, date.end, event.start()) for p in _MODIFIERS):
        return True  # "Tuesday's bus crash"
    opening = text[sentence_start : date.start]
    return (
        _OPENING.fullmatch(opening) is not None
        and not _COUNTED_FROM.search(between)  # ("Sunday marks 2 years since X was shot")
        and not _SAYING.search(between)
        and not _later_occasion(between)
        and not _RUN_ON.search(between)
        and not _RELATIVE_TO.search(between)
    )


_COUNTED_FROM = compile_pattern(r"\b(?:since|anniversary)\b", regex.IGNORECASE)


def _later_occasion(between: str) -> bool:
    """An occasion after the event between it and a date: "accused of shooting his friend,
    appeared in court Tuesday"; not its setting ("a shooting during a tribal hearing")."""
    return any(
        not _SETTING.search(between, 0, m.start()) for m in _AFTERMATH.finditer(between)
    )


@dataclass(frozen=True)
class _Qualified:
    """What a date says of the noun right after it: the event noun it dates ("Sunday's
    shooting"), or that it dates another noun ("Thursday's arrest": ``other``)."""

    event: regex.Match[str] | None = None
    other: bool = False


def _qualified_noun(text: str, date: DateMention, sentence_start: int) -> _Qualified:
    """The noun a date qualifies: "Thursday afternoon's arrest", "a Dec. 3 incident", "the
    Saturday night press conference" (another noun), "the Monday shooting" (our event)."""
    after = text[date.end : date.end + 40]
    words = _NEXT_WORDS.match(after)
    if words is None:
        return _Qualified()
    phrase_start, phrase_end = date.end + words.start(1), date.end + words.end(1)
    event = _EVENT.search(text, phrase_start, phrase_end)
    modified = _modified_event(text, date.end) if event is None else None
    if (
        event is None
        and modified is None
        and _AT_AN_OCCASION.search(text, max(sentence_start, date.start - 10), date.start)
    ):
        return _Qualified()  # ("The crush during Sunday night's match", "the stampede at
        # Saturday's concert": the occasion it happened at, its day the event's; not "during
        # Monday's anti-government demonstrations", the event itself)
    if event is None and _OCCASION_NEXT.match(after):
        return _Qualified(other=True)  # "the Saturday night press conference", "Friday's vigil"
    event = event or modified
    article = _ARTICLE.search(text[max(sentence_start, date.start - 6) : date.start])
    possessive = _POSSESSIVE.match(after) is not None or date.text.endswith(("'s", "’s"))
    if not (possessive or article):
        return _Qualified()
    if event is not None:
        return _Qualified(event=event)
    first = words.group(1).split()[0].lower()
    return _Qualified(other=first not in _FUNCTION and first not in _TIMES_OF_DAY)


_AT_AN_OCCASION = compile_pattern(r"\b(?:during|at|amid)\s+$", regex.IGNORECASE)
# A time of day a date qualifies, which dates what happened in it: "during Monday evening's
# rush hour", "in Friday's early hours"
_TIMES_OF_DAY = frozenset({"rush", "rush-hour", "commute", "lunch", "lunchtime", "early",
                           "hours", "darkness", "dawn", "dusk", "prayers"})


def _modified_event(text: str, at: int) -> regex.Match[str] | None:
    """The event noun a word or two after ``at`` ("Tuesday's bus crash"), if any."""
    for pattern in _MODIFIERS:
        modifiers = pattern.match(text, at, at + 40)
        event = _EVENT.match(text, modifiers.end()) if modifiers else None
        if event is not None:
            return event
    return None


def _not_after(ctx: DocumentContext, date: DateMention) -> bool:
    """A shooting is reported after it happened: "continued to July 20" in an article of
    July 6 is not its date."""
    published = ctx.doc.published
    earliest = date.value.earliest
    return published is None or earliest is None or earliest <= published
