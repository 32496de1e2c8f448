"""Durations: how long a war, siege or crisis has lasted (and so when it began), or an event lasted.

Reads "six years of civil war", "the conflict, now in its seventh year", "the seven-year-old
conflict", "the war that began in 2011", "the outbreak of the conflict in 2011", "the siege,
which has lasted 18 months". A duration is kept as an interval of elapsed time ("six years of"
is at least six and less than seven) and, where the article's date is known, as the interval of
start dates it implies, so "six years" written in 2017 and "seven years" written in 2018 agree.

Sources that count the years of a war differently usually date its start differently; the start
date is what is compared. An event's whole length told in hours or minutes is read too: "a siege
that lasted more than 18 hours", "the leak lasted about three hours", "a 90-minute firefight",
"crews battled the blaze for roughly 30 hours", "the assault lasted nearly five hours", "a
hostage-taking of 14 hours" ("almost 16 hours" is 15 to 16), "a siege that had lasted two
months", "after three days of incessant rain", an earthquake's "shaking that lasted nearly a
minute and a half" (1.4 to 1.5 minutes, against "about 40 seconds"); an earlier event's keeps its
month or year ("In November 2015 ... a siege that lasted about nine hours"). A siege is also told by
its verb: "the town, which rebels have besieged for nearly a year", "encircled since 18 June
2015". Starts told in months are held to months: "nearly a year" against "since" a month eight
months back is a conflict, where two counts of a war's years a year apart are only a tension.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta

import regex

from homscheck.context import DocumentContext
from homscheck.dates import FULL_MONTHS
from homscheck.model import Claim, DateRange, Duration
from homscheck.numbers import read_number, read_ordinal
from homscheck.patterns import compile_trees, compile_words
from homscheck.text import Sentence

CODE = "HC302"
NAME = "duration"
KIND = "duration"
EXAMPLES = [
    (
        "The country has endured eight years of civil war.",
        "how long the war has lasted = 8–9 years",
    ),
    (
        "The conflict, now in its fourth year, shows no sign of ending.",
        "how long the war has lasted = 3–4 years",
    ),
    (
        "The war began in 2014.",
        "how long the war has lasted = 0+ years, began 2014-01-01..2014-12-31",
    ),
]

# What has a duration, by the words news uses for it.
SUBJECTS = {
    **dict.fromkeys(["war", "civil war", "conflict", "crisis", "uprising", "revolution",
                     "insurgency", "revolt", "rebellion"], "war"),
    # a battle inside a war, counted in days: "after three days of fighting", "four days of
    # shelling and street fighting" (not six years of war)
    **dict.fromkeys(["fighting", "heavy fighting", "street fighting", "clashes", "shelling",
                     "bombardment", "battle", "gun battle", "firefight", "gunfight", "shootout",
                     "shoot-out"], "fighting"),
    **dict.fromkeys(["siege", "blockade"], "siege"),
    **dict.fromkeys(["occupation"], "occupation"),
    # shorter things, counted in weeks and days: "the protests, now in their third week"
    **dict.fromkeys(["protests", "protest", "demonstrations", "sit-in"], "protests"),
    **dict.fromkeys(["strike", "general strike", "hunger strike", "walkout", "stoppage",
                     "work stoppage"], "strike"),
    **dict.fromkeys(["standoff", "stand-off"], "standoff"),
    **dict.fromkeys(["lockdown", "curfew"], "lockdown"),
    **dict.fromkeys(["drought"], "drought"),
    # a disease's spread: "the three-week-old outbreak", "the epidemic, now in its fifth week"
    **dict.fromkeys(["outbreak", "epidemic", "cholera outbreak", "cholera epidemic"], "outbreak"),
    # weather that lasts days: "the storm, which raged for five days", "the three-day storm"
    **dict.fromkeys(["storm", "blizzard", "snowstorm", "winter storm", "ice storm"], "storm"),
    **dict.fromkeys(["heatwave", "heat wave", "cold snap", "cold spell"], "heatwave"),
    # the rain a flood followed: "after three days of incessant monsoon rain", "72 hours of
    # non-stop rain" (not one forecast: ``_FORECAST``)
    **dict.fromkeys(["rain", "rains", "rainfall", "downpour", "downpours"], "rain"),
    # hostages' time held: "entered their 13th day of captivity"
    **dict.fromkeys(["captivity"], "captivity"),
    **dict.fromkeys(["truce", "ceasefire", "cease-fire", "pause", "humanitarian pause"],
                    "truce"),
}  # fmt: skip
# What lasts hours, read only where a verb of lasting says how long ("the leak lasted about
# three hours", "a fire that burned for nine hours"; not "a 16-year-old opened fire")
SHORT_SUBJECTS = {
    **dict.fromkeys(["leak", "gas leak", "fire", "blaze", "firefighting",
                     "firefighting operation", "flames", "inferno"], "fire or leak"),
    **dict.fromkeys(["hostage crisis", "hostage-taking"], "siege"),
    **dict.fromkeys(["blackout", "power cut", "outage"], "blackout"),
    # "the assault lasted nearly five hours", "a two-hour attack on the prison": the fighting
    # of an attack, which another source calls "a two-hour gunfight"
    **dict.fromkeys(["attack", "assault", "raid"], "fighting"),
    # ("witnesses said the gunfire lasted about 45 minutes")
    **dict.fromkeys(["gunfire", "exchange of fire", "exchange of gunfire", "shooting",
                     "firing", "shelling", "gunbattle", "gun battle", "firefight"], "fighting"),
    **dict.fromkeys(["rampage", "shooting rampage"], "rampage"),
    # a prison riot's: "after 31 hours of violence", "the riot lasted 14 hours"
    **dict.fromkeys(["riot", "riots", "rioting", "unrest", "violence", "mutiny"], "unrest"),
    # an earthquake's shaking: "the shaking lasted about 40 seconds", "the quake lasted nearly
    # a minute and a half"
    **dict.fromkeys(["shaking", "tremor", "earthquake", "quake"], "shaking"),
    # "the search lasted 16 hours", "after a 30-hour rescue operation"
    **dict.fromkeys(["search", "rescue operation", "rescue effort", "search operation",
                     "rescue"], "search"),
}  # fmt: skip
# A search told by its verb: "rescuers dug for 16 hours", "divers searched for two days"
_SEARCH_VERBS = dict.fromkeys(["dug", "digging", "searched", "searching", "combed", "combing"],
                              "search")
# An attack told by how long the attackers stayed: "the gunmen spent about two hours at the
# school", "the attackers were inside the building for about 40 minutes"
_ATTACKERS = dict.fromkeys(["gunmen", "attackers", "assailants", "militants", "bandits",
                            "kidnappers", "raiders", "insurgents", "fighters"], "fighting")
# A flight's length, told by when something befell it: "crashed about 35 minutes after
# take-off", "about an hour into the flight"
_FLIGHT = dict.fromkeys(["take-off", "takeoff", "flight"], "flight")
# A siege told by what was done to the place: "(has been) besieged, encircled, under siege"
_SIEGE_VERBS = {
    # (not "cut off", as floods cut off villages)
    **dict.fromkeys(["besieged", "encircled", "surrounded", "blockaded", "under siege"],
                    "siege"),
}  # fmt: skip
# Hostages held, told by the verb: "the crew, who have now been held for eight days"
_HELD_VERBS = {
    **dict.fromkeys(["held hostage", "held captive", "held"], "captivity"),
    # ("three weeks in the hands of their abductors")
    **dict.fromkeys([f"hands of {the} {who}" for the in ("their", "the")
                     for who in ("abductors", "kidnappers", "captors")], "captivity"),
}  # fmt: skip
_ALL_SUBJECTS = {**SUBJECTS, **SHORT_SUBJECTS}
# what a sentence names to tell a length
_LASTING_WORDS = {**_ALL_SUBJECTS, **_SIEGE_VERBS, **_HELD_VERBS, **_SEARCH_VERBS, **_FLIGHT,
                  **_ATTACKERS}
# A fire fought until it was under control: not its whole length, as it may burn on ("brought
# under control after about six hours", "it took eleven hours to bring the blaze under control")
_UNDER_CONTROL = "fire (until under control)"
# ... and a fire put out, whose whole length it was: "it took firefighters 12 hours to put it out"
_PUT_OUT = dict.fromkeys(["put", "extinguish", "douse"], SHORT_SUBJECTS["fire"])
# ... and a rescue, by the time it took to reach or free those trapped: "rescue teams needed some
# 26 hours to reach the trapped miners"
_TO_RESCUE = dict.fromkeys(["reach", "rescue", "free", "bring out", "pull out", "extract"],
                           "search")  # fmt: skip
# what each word a pattern's "what" reads says lasted
_WHAT_LASTED = {**_LASTING_WORDS, **_PUT_OUT, **_TO_RESCUE}
UNITS = {"year": "years", "years": "years", "month": "months", "months": "months",
         "week": "weeks", "weeks": "weeks", "day": "days", "days": "days",
         "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
         "second": "seconds", "seconds": "seconds"}  # fmt: skip
_DAYS_PER = {"weeks": 7, "days": 1}  # units counted in days, not calendar months

_NUM = r"(?P<n>\d{1,3}|[A-Za-z][a-z]+(?:-[a-z]+)?)"  # ("Six years of civil war")
# what a length's figure may be hedged with: "about 36 hours", "more than two days"
_HEDGE_WORDS = (
    r"(?:about|some|nearly|almost|around|roughly|approximately|approx\.|close\s+to|just\s+over"
    r"|more\s+than|over|at\s+least|less\s+than|under)\s+"
)
_HEDGE = rf"(?:{_HEDGE_WORDS})?"
_WHAT = r"(?P<what>\L<subjects>)"
# a hedged figure of a length still going on: "has lasted nearly a year", "almost eight months"
_HEDGED_NUM = rf"(?P<hedge>{_HEDGE_WORDS})(?P<hn>\d{{1,3}}|an?\b|[a-z]+(?:-[a-z]+)?)"


def _compile(source: str) -> regex.Pattern[str]:
    """A pattern over the words of what lasts (``\\L<subjects>``, longest first; ``\\L<all>``
    with the short-lived too), written out as prefix trees (``compile_trees``: searched through
    every sentence that names one)."""
    return compile_trees(
        source, subjects=SUBJECTS, all=_ALL_SUBJECTS, siege_verbs=_SIEGE_VERBS,
        search_verbs=_SEARCH_VERBS, flight=_FLIGHT, attackers=_ATTACKERS,
        months=[month.capitalize() for month in FULL_MONTHS], fires=["fire", "blaze", "flames"],
    )


_PERSON_NOUNS = (
    r"(?:girl|boy|man|woman|child|son|daughter|baby|toddler|infant|teen|teenager|student"
    r"|victim|brother|sister|mother|father|patient|player|veteran|resident)"
)
_PATTERNS = [
    # "six years of civil war", "18 months of siege" (not "within three weeks of the outbreak",
    # "the first two weeks of the war": a time in it, not its length)
    _compile(
        r"(?<!\b(?i:within|first|last)\s+)"
        rf"\b{_NUM}\s+(?:long\s+|full\s+|bloody\s+|brutal\s+)?(?P<unit>years?|months?|weeks?|days?)\s+of\s+"
        rf"(?:\w+\s+){{0,2}}?{_WHAT}\b",
    ),
    # "the seven-year-old conflict", "the 18-month-long siege" (not "a 2-year-old girl fighting
    # for her life": a person's age)
    _compile(
        rf"\b{_NUM}-(?P<unit>year|month|week|day)-(?:old|long)\s+"
        rf"(?:(?!{_PERSON_NOUNS}\b)\w+\s+){{0,2}}?{_WHAT}\b",
    ),
    # "the conflict, now in its seventh year", "the strike entered its third week"
    _compile(
        rf"\b{_WHAT}\b[^.;]{{0,40}}?\b(?:in|entered|enters|entering)\s+(?:its|their)\s+(?P<ord>[a-z]+|\d{{1,2}}(?:st|nd|rd|th))\s+"
        r"(?P<unit>year|month|week|day)\b",
    ),
    # "the war that began in 2011", "the outbreak of the conflict in 2011", "the war since 2011"
    _compile(
        rf"\b(?:{_WHAT}\s+(?:that|which)?\s*(?:began|started|erupted|broke\s+out)\s+in|"
        # (not an agent of what was done since: "three presidents have been toppled by street
        # protests since 2005")
        rf"(?:outbreak|start|beginning)\s+of\s+the\s+{_WHAT}\s+in"
        rf"|(?<!\bby\s+(?:[\p{{L}}-]+\s+)?){_WHAT}\s+since)\s+"
        r"(?P<year>1[89]\d\d|20\d\d)\b",
    ),
    # "the siege, which has lasted 18 months", "the war has raged for seven years", "the
    # siege lasted five years" (over: how long, not since when)
    _compile(
        # ("the siege of the old city lasted five years": what it was of, a few words)
        rf"\b{_WHAT}\b(?:\s+(?:of|in|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)?"
        # ("ending a siege that had lasted two months": its whole length, as "lasted")
        r"(?:,?\s+(?:which|that))?\s+(?:(?P<has>(?:has|have)\s+(?:now\s+)?)|had\s+)?"
        r"(?:(?:lasted|raged|dragged\s+on|gone\s+on|continued|ended\s+after)\s+(?:for\s+)?"
        # ("a heatwave that has gripped northern India for more than a month")
        r"|(?:gripped|plagued|battered|scorched|paralysed|paralyzed)\s+"
        r"(?:[\w'’-]+\s+){0,4}?for\s+)"
        rf"(?:{_HEDGED_NUM}|{_NUM})\s+(?P<unit>years?|months?|weeks?|days?)\b",
    ),
    # "after a three-week standoff", "an 11-day siege", "a 90-minute firefight", "the 14-hour
    # blaze": how long it lasted, told as a whole
    _compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+{_NUM}-(?P<unit>year|month|week|day|hour|minute)\s+"
        r"(?:\w+\s+)?(?P<what>\L<all>)\b(?P<has>)",
    ),
    # ... hedged: "the nearly 16-hour siege", "a more than 30-hour standoff"
    _compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<hedged>{_HEDGE_WORDS}(?:\d{{1,3}}|[a-z]+))"
        r"-(?P<unit>day|hour|minute)\s+(?:\w+\s+)?(?P<what>\L<all>)\b(?P<has>)",
    ),
    # "ended a siege of about 36 hours", "after a standoff of more than two days": how long
    # it lasted, told as a whole, with the hedge its figure has
    _compile(
        r"\b(?P<what>\L<all>)\s+of\s+"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))"
        r"\s+(?P<unit>hours?|days?|weeks?|months?)\b(?P<has>)",
    ),
    # "a siege that lasted more than 18 hours", "the leak lasted about three hours", "a fire
    # that burned for nine hours", "the siege is over after about 14 hours", "the fire burned
    # for three days", "the search for survivors was called off after ten days": an event's
    # whole length, short enough to be told in hours or days
    _compile(
        r"\b(?P<what>\L<all>)\b"
        r"(?:\s+(?:of|in|on|at|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
        # ("the fighting, which began before dawn on Thursday, went on for nearly 14 hours")
        r"(?:\s*,\s+(?:which|that)\s+[^,;.]{1,60},)?"
        # ("The fire started on the night of Sunday in the textile section and, fanned by dry
        # winds, raged for close to 11 hours": its own verb before, joined by "and")
        r"(?:\s+(?:started|began|broke\s+out|erupted|spread)\b[^.;]{0,100}?\s+and,?"
        r"(?:\s+[^,.;]{1,60},)?)?"
        r"(?:,?\s+(?:which|that))?\s+(?:(?:had|has)\s+)?"
        # ("the attack therefore lasted approximately four hours")
        r"(?:(?:therefore|thus|only|eventually|reportedly|apparently|itself)\s+)?"
        # ("a standoff lasting nearly 11 hours", "a standoff that stretched for more than 14
        # hours", "the siege dragged on for nine hours")
        r"(?:lasted|lasting|raged|burned|burnt|went\s+on|continued|dragged\s+on|dragging\s+on"
        r"|stretched(?:\s+on)?|stretching(?:\s+on)?|(?:is|was)\s+over\s+after"
        r"|ended\s+after|(?:was|were)\s+(?:called\s+off|suspended|abandoned|halted)\s+after)"
        r"\s+(?:for\s+)?"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))"
        r"\s+(?P<unit>hours?|minutes?|seconds?|days?)\b(?P<half>\s+and\s+a\s+half\b)?(?P<has>)"
        # (an ordinal, not a length: "the search continued for a second day")
        r"(?<!\ba\s+second(?=\s+\p{L}))",
    ),
    # "firefighters battled the blaze for roughly 30 hours", "troops fought the fire for more
    # than two days": an event's whole length, told by those who fought it
    _compile(
        r"\b(?:battl|fight|fought|tackl)\w*\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?P<what>\L<all>)\s+for\s+"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))"
        r"\s+(?P<unit>hours?|minutes?|days?)\b(?P<has>)",
    ),
    # "the city, which government forces have surrounded for nearly a year", "the town has been
    # under siege for 18 months": a siege told by its verb
    _compile(
        r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?P<what>\L<siege_verbs>)"
        # ("besieged by government forces for 19 months"; "The RSF, which has besieged Wad
        # Khalil for 14 months": the place besieged, after the verb)
        r"(?:\s+by\s+[^,.;]{1,60}?|\s+(?:the\s+(?:[\p{L}-]+\s+)?(?:city|town|village|enclave"
        r"|camp|district|area)|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}))?\s+for\s+"
        rf"(?:{_HEDGED_NUM}|{_NUM})\s+(?P<unit>years?|months?|weeks?|days?)\b",
    ),
    # "Kafr Midan, which has been encircled since 18 June 2015", "besieged since March 2016"
    # ("under siege since late 2013", "besieged since the summer of 2012": a part of a year)
    _compile(
        r"\b(?:has|have)\s+(?:now\s+)?been\s+(?P<what>\L<siege_verbs>)"
        # ("encircled by government troops and allied militias since 2022")
        r"(?:\s+by\s+[^,.;]{1,60}?)?\s+since\s+"
        r"(?:(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>\L<months>)\s+"
        r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
        r"|(?:the\s+)?(?P<part>early|mid|late|(?:the\s+)?(?:summer|winter|spring|autumn|fall))"
        r"(?:[- ]|\s+of\s+))?(?P<year>1[89]\d\d|20\d\d)\b",
    ),
    # "nearly seven hours of fighting", "after 14 hours of heavy shelling": a whole length
    # (not "within 48 hours of the attack": what came after it)
    _compile(
        r"(?<!\bwithin\s+(?:\w+\s+)?)\b"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|minutes?)\s+of\s+"
        # ("called off the search after 31 hours of digging through the rubble")
        r"(?!the\b|an?\b|this\b|that\b)(?:[\w-]+\s+)?(?P<what>\L<all>|\L<search_verbs>)\b(?P<has>)",
    ),
    # "the crew, who have now been held for eight days": hostages' time held so far
    # (people held: not "the talks have been held for three days")
    _compile(
        r"\b(?:(?:who|hostages|captives|crew|members|sailors|seafarers|they)\s+(?:has|have)\s+"
        r"(?:now\s+)?been\s+(?P<what>held)|(?:has|have)\s+(?:now\s+)?been\s+"
        r"(?P<what>held\s+(?:hostage|captive)))\s+"
        rf"for\s+(?:{_HEDGED_NUM}|{_NUM})\s+(?P<unit>years?|months?|weeks?|days?)\b",
    ),
    # "as the crew entered their 13th day of captivity", "now in its fifth week of the strike"
    _compile(
        r"\b(?:in|entered|enters|entering)\s+(?:its|their)\s+"
        r"(?P<ord>[a-z]+|\d{1,2}(?:st|nd|rd|th))\s+(?P<unit>year|month|week|day)\s+of\s+"
        r"(?:the\s+)?(?P<what>\L<subjects>)\b",
    ),
    # "The fire was brought under control after about six hours", "it took eleven hours to
    # bring the blaze under control": how long it was fought (its own subject: a fire may
    # burn on after)
    _compile(
        r"\b\L<fires>\b[^.;]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+"
        r"(?:(?:finally|eventually|only)\s+)?(?:brought|got|gotten)\s+(?P<what>under\s+control)\s+"
        rf"after\s+(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+"
        r"(?P<unit>hours?|days?)\b(?P<has>)"
        r"|\btook\s+(?:\w+\s+){0,2}?"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|days?)\s+"
        r"to\s+(?:bring|get)\s+(?:the\s+)?(?:\w+\s+)?\L<fires>\s+(?P<what>under\s+control)\b(?P<has>)",
    ),
    # "it took firefighters 12 hours to put it out", "took crews about six hours to extinguish
    # the blaze": the fire's whole length
    _compile(
        r"\btook\s+(?:\w+\s+){0,3}?"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|days?)\s+"
        r"to\s+(?:(?P<what>put)\s+out\s+(?:the\s+)?(?:\w+\s+)?\L<fires>"
        r"|(?P<what>extinguish|douse)\s+(?:(?:the\s+)?(?:\w+\s+)?\L<fires>|it|them)"
        r"|(?P<what>put)\s+(?:it|them|the\s+(?:\w+\s+)?\L<fires>)\s+out)\b(?P<has>)"
        # ("It took firefighters more than eight hours before the last of the flames were put
        # out")
        r"|\btook\s+(?:\w+\s+){0,3}?"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|days?)\s+"
        r"(?:before|until)\s+(?:the\s+)?(?:last\s+of\s+the\s+)?(?:\w+\s+)?\L<fires>\s+"
        r"(?:was|were|had\s+been)\s+(?P<what>put)\s+out\b(?P<has>)",
    ),
    # "they had spent some 44 hours digging", "divers spent three days searching the river": a
    # search's length, told by the time spent
    _compile(
        r"\bspent\s+(?:(?:the\s+)?(?:next|last|past|following)\s+)?"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|days?)\s+"
        r"(?P<what>digging|searching|combing)\b(?P<has>)"
        # (not a search of a home by the police: "spent two hours searching the house")
        r"(?!\s+(?:through\s+)?(?:the|his|her|their|a|an)\s+(?:[\w'’-]+\s+)?(?:house|home|flat"
        r"|apartment|premises|car|vehicle|office|property|room|suspect|phone|computer)s?\b)",
    ),
    # "rescuers dug for 16 hours", "divers searched the river for two days": a search's length
    _compile(
        r"\b(?P<what>\L<search_verbs>)\b(?:\s+(?!for\b)[\w'’-]+){0,4}?\s+for\s+"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|days?)\b(?P<has>)",
    ),
    # "crashed about 35 minutes after take-off", "about an hour into the flight"
    _compile(
        rf"\b(?P<hedged>{_HEDGE}(?:\d{{1,3}}|an?|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|minutes?)"
        r"\s+(?:after|into)\s+(?:(?:its|the)\s+)?(?P<what>\L<flight>)\b(?P<has>)",
    ),
    # "the gunmen spent about two hours at the school", "the attackers were inside the mall for
    # about 40 minutes", "the raiders stayed for nearly an hour": the attack's length
    _compile(
        r"\b(?:[Tt]he|[Tt]heir)\s+(?P<what>\L<attackers>)\b\s+(?:(?:had|have)\s+)?"
        r"(?:spent|stayed|remained|were\s+(?:inside|in\s+the\s+\w+|at\s+the\s+\w+|inside\s+the\s+\w+))"
        r"(?:\s+(?:inside|there|in\s+the\s+\w+|at\s+the\s+\w+))?\s+(?:for\s+)?"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|an?|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|minutes?)\b"
        # (not their own time held: "the gunmen spent two hours in custody")
        r"(?!\s+(?:in|under|behind)\s+(?:police\s+)?(?:custody|jail|prison|detention|hospital"
        r"|questioning|interrogation|arrest|bars))(?P<has>)",
    ),
    # "seven years into the war"
    _compile(
        rf"\b{_NUM}\s+(?P<unit>years?|months?|weeks?|days?)\s+into\s+(?:the|a|its)\s+(?:\w+\s+){{0,2}}?"
        rf"{_WHAT}\b",
    ),
    # "were freed after 17 days in captivity", "three weeks in the hands of their abductors":
    # the whole time held, told once it is over (not "have spent 40 days in captivity", the
    # time so far)
    _compile(
        r"(?<!\b(?:have|has|had)\s+(?:now\s+)?(?:spent|been)\s+(?:(?:nearly|more\s+than|over|about)\s+)?)"
        rf"\b(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>days?|weeks?|months?)\s+"
        r"in\s+(?:the\s+)?(?P<what>captivity|hands\s+of\s+(?:their|the)\s+(?:abductors|kidnappers"
        r"|captors))\b(?P<has>)",
    ),
    # "the seven hostages, held for 14 months, were released", "the crew were held for 40
    # days": the whole time held, told once it is over (not "have been held", so far)
    _compile(
        r"\b(?:hostages|captives|abductees|crew|sailors|seafarers|they|who|workers|nationals"
        r"|tourists|journalists|missionaries|pupils|students|schoolgirls|schoolboys|passengers"
        r"|men|women|children)\b(?:,)?"
        r"\s+(?:were\s+|had\s+been\s+)?(?P<what>held)(?:\s+(?:hostage|captive))?\s+for\s+"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>days?|weeks?|months?"
        r"|years?)\b(?P<has>)",
    ),
    # "rescue teams needed some 26 hours to reach the trapped men", "it took 40 hours to free
    # the last of the miners": the rescue's length
    _compile(
        r"\b(?:took|needed|required|taken)\s+(?:\w+\s+){0,3}?"
        rf"(?P<hedged>{_HEDGE}(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?))\s+(?P<unit>hours?|days?)\s+"
        r"to\s+(?P<what>reach|rescue|free|bring\s+out|pull\s+out|extract)\b(?P<has>)"
        # (those reached were trapped: not "the convoy took nine hours to reach the border")
        r"(?=(?:\s+(?:and\s+)?[\w-]+){0,6}?\s+(?:the\s+)?(?:\w+\s+)?(?:trapped|survivors?"
        r"|miners|buried|stranded|injured|wounded|victims|hostages|crew|cut\s+off)\b)",
    ),
]


# Every duration names what lasts, or a siege's verb: only sentences that do are read.
# ("held" alone is in most articles, "held a press conference": its triggers are longer)
_TRIGGER = compile_words(
    r"\b\L<subjects>\b",
    subjects=[*(w for w in _LASTING_WORDS if w != "held"), "been held",
              # (a fire named a sentence before: "it took firefighters 12 hours to put it out")
              "put it out", "put them out", "extinguish it", "extinguish them",
              # (hostages held, a rescue's length)
              "held for", "held hostage for", "held captive for", "to reach", "to rescue",
              "were put out", "was put out",
              "to free", "to bring out", "to pull out", "to extract"],
)


# Words each pattern has in every match, in the case written (its unit; a verb or noun of
# beginning): a sentence without one of them is not searched with it, as most sentences that
# name a war give no duration.
_UNIT_WORDS = ("year", "month", "week", "day")
_NEEDS = [
    _UNIT_WORDS,
    ("-year-", "-month-", "-week-", "-day-"),  # (with its hyphens: not "Sunday")
    _UNIT_WORDS,
    ("began", "start", "erupted", "broke", "outbreak", "beginning", "since"),
    _UNIT_WORDS,
    ("-year ", "-month ", "-week ", "-day ", "-hour ", "-minute "),
    ("-day ", "-hour ", "-minute "),
    ("hour", "day", "week", "month"),
    ("hour", "minute", "second", "day"),
    ("hour", "minute", "day"),
    _UNIT_WORDS,
    ("since",),
    ("hour", "minute"),
    _UNIT_WORDS,
    _UNIT_WORDS,
    ("control",),
    ("hour", "day"),
    ("hour", "day"),  # (the time spent searching)
    ("hour", "day"),
    ("hour", "minute"),
    ("hour", "minute"),
    _UNIT_WORDS,
    _UNIT_WORDS,
    _UNIT_WORDS,
    ("hour", "day"),
]


# (each pattern's words as a set, and all of them: a sentence is looked through once for all)
_NEEDED = [frozenset(needs) for needs in _NEEDS]
_ANY_NEEDED = sorted(set().union(*_NEEDED))


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence in ctx.sentences_with(_TRIGGER):
        seen: set[int] = set()
        has = {word for word in _ANY_NEEDED if word in sentence.text}
        for pattern, needs in zip(_PATTERNS, _NEEDED, strict=True):
            if has.isdisjoint(needs):
                continue
            for m in pattern.finditer(ctx.text, sentence.start, sentence.end):
                if m.start() in seen:
                    continue
                claim = _claim(ctx, sentence, m)
                if claim is not None:
                    seen.add(m.start())
                    yield claim


def _claim(ctx: DocumentContext, sentence: Sentence, m: regex.Match[str]) -> Claim | None:
    said = " ".join(_group(m, "what").casefold().split())
    if _in_a_longer_name(ctx.text, m):
        return None  # "crisis" in "the hostage crisis lasted four days": a siege's, read as one
    what = _UNDER_CONTROL if said == "under control" else _WHAT_LASTED[said]
    if what in _OVER_WHEN_TOLD and _FORECAST.search(sentence.text):
        return None
    groups = m.groupdict()
    epoch = ctx.epoch
    if groups.get("year"):
        start = _began(int(groups["year"]), groups.get("month"), groups.get("part"))
        low, high = _elapsed(start, epoch)
        value = Duration(low, high, "years", start)
    else:
        unit = UNITS[m["unit"]]
        if groups.get("ord"):
            nth = read_ordinal(groups["ord"])
            if nth is None or nth < 1:
                return None
            low, high = float(nth - 1), float(nth)
        elif groups.get("hedged"):
            # ("about an hour into the flight": one)
            n = read_number(_AN.sub("one", groups["hedged"]))
            if n is None or n.low is None:
                return None
            # "about 36 hours", "more than two days" (a whole length: the event is over);
            # "11 days" as the patterns above read it
            high = n.low + 1 if n.is_point else n.high
            low = _just_short(n.low, high, groups["hedged"])
            if groups.get("half"):  # "nearly a minute and a half": 1 to 1.5
                low, high = low + 0.5, None if high is None else high + 0.5
            return ctx.claim(
                CODE, KIND, "total duration", what, m.start(), m.end(),
                Duration(low, high, unit, None), sentence,
                time=_recalled(ctx, sentence, m), label=f"how long the {what} lasted",
            )  # fmt: skip
        elif groups.get("hedge"):
            span = _hedged_span(groups["hedge"], groups["hn"])
            if span is None:
                return None
            low, high = span
        else:
            n = read_number(groups["n"])
            if n is None or n.low is None or not n.is_point:
                return None
            low, high = n.low, n.low + 1
        # ("the siege lasted five years": over, so its start is not the article's date less
        # five years, and its length is not compared with how long one still going has lasted)
        if ("has" in groups and not groups.get("has")) or what in _OVER_WHEN_TOLD:
            return ctx.claim(
                CODE, KIND, "total duration", what, m.start(), m.end(),
                Duration(low, high, unit, None), sentence, time=_recalled(ctx, sentence, m),
                label=f"how long the {what} lasted",
            )  # fmt: skip
        value = Duration(low, high, unit, _start(_as_of(ctx, sentence, m, unit), low, high, unit))
    has = "have" if what.endswith("s") else "has"  # "the protests have lasted"
    return ctx.claim(
        CODE, KIND, "duration", what, m.start(), m.end(), value, sentence,
        cumulative=True, label=f"how long the {what} {has} lasted",
    )  # fmt: skip


# What is over when news tells how long it lasted: "after three days of incessant rain" is the
# rain's whole length (a war's "six years of" is how long it has lasted so far) ...
_OVER_WHEN_TOLD = frozenset({"rain"})
# ... unless it is forecast: "forecasters expect three days of heavy rain"
_FORECAST = regex.compile(
    r"\b(?:forecasts?|forecasters?|forecast|expected|expects?|predicted|predicts?|warned|warns"
    r"|will|would|could|may|might|likely)\b",
    regex.IGNORECASE,
)


# What lasts, named by a longer name than a word of it that names another thing
_LONGER_NAME = compile_trees(
    r"\b(?:\L<longer>)$",
    longer=[
        name for name in _ALL_SUBJECTS
        if any(name != short and name.endswith(f" {short}") for short in _ALL_SUBJECTS)
        and _ALL_SUBJECTS[name] != _ALL_SUBJECTS[name.rsplit(" ", 1)[-1]]
    ],
)


def _in_a_longer_name(text: str, m: regex.Match[str]) -> bool:
    start, end = next(((a, b) for a, b in m.spans("what") if b > a), (m.start(), m.start()))
    longer = _LONGER_NAME.search(text, max(0, start - 20), end)
    return longer is not None and longer.start() < start


_AN = regex.compile(r"\ban?$", regex.IGNORECASE)


# The months of a part of a year: "late 2013", "the summer of 2012" (a northern summer; a
# winter is the one that opens the year)
_PARTS_OF_A_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "spring": (3, 5),
                    "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (1, 2)}


def _began(year: int, month_name: str | None, part: str | None = None) -> DateRange:
    """When something began, to the month where one is named ("since 18 June 2015": the day
    is how one source puts it, the month what others can agree with), or to the part of the
    year ("since late 2013")."""
    if part:
        first, last = _PARTS_OF_A_YEAR[part.split()[-1].lower()]
        end = date(year, last, calendar.monthrange(year, last)[1])
        return DateRange(date(year, first, 1), end, "year-part")
    if not month_name:
        return DateRange(date(year, 1, 1), date(year, 12, 31), "year")
    month = FULL_MONTHS.index(month_name.lower()) + 1
    last_day = calendar.monthrange(year, month)[1]
    return DateRange(date(year, month, 1), date(year, month, last_day), "month")


def _hedged_span(hedge: str, figure: str) -> tuple[float, float] | None:
    """The span of a hedged length: "nearly a year" is [0.9, 1], "more than two years" (2, 3)
    (beyond the next whole unit it would be told as that)."""
    n = read_number(hedge + ("one" if figure.casefold() in ("a", "an") else figure))
    if n is None or n.low is None:
        return None
    high = n.high if n.high is not None else n.low + 1
    return _just_short(n.low, high, hedge), high


_ALMOST = regex.compile(r"^\s*(?:nearly|almost|just\s+under)\b", regex.IGNORECASE)


def _just_short(low: float, high: float | None, hedged: str) -> float:
    """The least of a length "almost" a whole number of units, less than one unit short of it:
    "almost 16 hours" is 15 to 16 (a tenth short of 16 would be 14.4, which "14 hours" is not)."""
    if high is not None and _ALMOST.match(hedged):
        return max(low, high - 1)
    return low


def _recalled(ctx: DocumentContext, sentence: Sentence, m: regex.Match[str]) -> DateRange | None:
    """The month or year of an earlier event whose length is told: "In November 2015, gunmen
    killed 20 people in a siege that lasted about nine hours" (not this week's). (A day, as in
    "the siege ended on Saturday", is when it ended, which sources date differently.)"""
    event, _ = ctx.when(sentence, m.start())
    return event if event is not None and event.granularity in ("month", "year") else None


def _as_of(
    ctx: DocumentContext, sentence: Sentence, m: regex.Match[str], unit: str
) -> DateRange | None:
    """The day a day or a week of something is told of: the sentence's own ("the strike entered
    its fifth day on Monday"), else the article's. (Not a count of days, "after three days of
    fighting" on Saturday: whether Saturday is one of the three is not said.)"""
    if unit in _DAYS_PER and m.groupdict().get("ord"):
        event, _ = ctx.when(sentence, m.end())
        if event is not None and event.granularity == "day":
            return event
    return ctx.epoch


def _group(m: regex.Match[str], name: str) -> str:
    """A group that several alternatives of one pattern capture under one name."""
    for value in m.captures(name):
        if value:
            return value
    return ""


def _start(epoch: DateRange | None, low: float, high: float, unit: str) -> DateRange | None:
    """When something that had lasted [low, high) units by ``epoch`` began: "six years of war"
    written on 2017-08-06 began between 2010-08-07 and 2011-08-06."""
    if epoch is None or not epoch.earliest or not epoch.latest:
        return None
    if unit in _DAYS_PER:
        days = _DAYS_PER[unit]
        earliest = epoch.earliest - timedelta(days=round(high * days) - 1)
        latest = epoch.latest - timedelta(days=round(low * days))
        return DateRange(earliest, latest, "day")
    months = 12 if unit == "years" else 1
    earliest = _months_before(epoch.earliest, round(high * months)) + timedelta(days=1)
    latest = _months_before(epoch.latest, round(low * months))
    return DateRange(earliest, latest, "month")


def _months_before(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _elapsed(start: DateRange, epoch: DateRange | None) -> tuple[float, float | None]:
    if epoch is None or not epoch.known or not start.known:
        return 0.0, None
    assert epoch.earliest and epoch.latest and start.earliest and start.latest
    low = max(0, (epoch.earliest - start.latest).days) / 365.25
    high = (epoch.latest - start.earliest).days / 365.25
    return round(low, 1), round(high, 1)
