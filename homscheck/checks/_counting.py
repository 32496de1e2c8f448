"""Shared machinery for rules that count people or things doing or suffering something.

A count claim is a number, what it counts (the subject: "fighters", "pro-government fighters")
and what happened to them (the measure: "killed", "evacuated"). News writes it in a handful of
shapes, each a small pattern here:

- number, subject, verb:    "23 fighters were killed", "189 ISIS militants have been killed"
- verb, number, subject:    "killing at least 23 fighters", "has displaced more than 11 million"
- left ... dead:            "a war that has left more than 300,000 people dead"
- number, verb as adjective: "a dozen seriously injured people", "12 wounded civilians"
- number, verb:             "50 killed and 120 wounded"
- toll:                     "the death toll rose to 41"
- subset:                   "2,500 people left, including 700 militants"

A rule module gives the verbs that mean its measures; this module does the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim, DateRange
from homscheck.names import core_key, country_keys, default_aliases, demonyms
from homscheck.numbers import NumberMention, apply_fraction, read_number
from homscheck.patterns import compile_pattern, compile_trees, compile_words, words_held
from homscheck.scope import (
    NOT_A_SUM_OF_EVENTS,
    ONE_OCCASION,
    SUPERLATIVE_SINCE,
    THINGS,
    all_of_a_measure_before_others,
    may_contain,
    opens_on_others_after,
    told_of_another_measure,
)
from homscheck.text import Sentence

# What a count of people counts, by class: "militants" and "rebels" are both fighters.
SUBJECT_CLASSES: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(["people", "persons", "person", "individuals", "individual", "evacuees",
                     "inhabitants", "population", "victims", "victim", "casualties",
                     "survivors"], "people"),
    **dict.fromkeys(["civilians", "civilian", "residents", "resident", "villagers",
                     "non-combatants"], "civilians"),
    **dict.fromkeys(["fighters", "fighter", "militants", "militant", "rebels", "rebel",
                     "insurgents", "insurgent", "jihadists", "jihadist", "gunmen", "gunman",
                     "combatants", "combatant", "extremists", "terrorists", "militiamen",
                     "armed men", "radicals", "operatives", "operative"], "fighters"),
    **dict.fromkeys(["soldiers", "soldier", "troops", "servicemen", "serviceman", "personnel",
                     "marines", "paratroopers", "peacekeepers", "service members",
                     "guardsmen", "guard members", "guard troops", "reservists", "sailors",
                     "airmen", "commandos", "special forces"], "soldiers"),
    **dict.fromkeys(["police", "policemen", "policeman", "police officers", "police officer",
                     "police personnel", "policewomen",
                     "officers", "officer", "military police", "military police officers",
                     "riot police officers", "gendarmes",
                     # (not "deputy" alone: a title, "the deputy minister")
                     "deputies", "sheriff's deputies", "sheriff’s deputies", "troopers",
                     "state troopers", "trooper", "constables"], "police"),
    **dict.fromkeys(["children", "child", "kids", "minors", "boys", "girls", "babies",
                     "infants", "students", "pupils", "teens", "teenagers", "teen", "teenager",
                     "youths", "juveniles", "schoolchildren", "schoolgirls", "schoolboys",
                     "schoolkids"], "children"),
    **dict.fromkeys(["adults", "bystanders", "neighbors", "neighbours", "customers",
                     "patrons", "guests", "spectators", "worshippers", "worshipers", "shoppers",
                     "churchgoers", "congregants", "diners", "moviegoers", "concertgoers",
                     "relatives", "family members", "members of the family", "siblings",
                     *(f"members of {whose} family" for whose in
                       ("one", "a", "the same", "his", "her", "their", "one single")),
                     "cousins", "friends", "classmates", "roommates", "coworkers", "co-workers",
                     "colleagues", "onlookers",
                     # a people: "6.1 million Syrians are internally displaced" (not the
                     # words that are adjectives too, "Lebanese", "Rohingya")
                     "syrians", "iraqis", "afghans", "palestinians", "yemenis", "libyans",
                     "somalis", "ukrainians", "kurds", "israelis", "gazans",
                     # the dead of a break-in: "three would-be robbers were shot and killed"
                     "robbers", "would-be robbers", "burglars", "intruders", "carjackers"],
                    "people"),
    # police usage: "two males were shot", "one female, 27"
    **dict.fromkeys(["women", "woman", "females", "daughters", "sisters", "mothers"], "women"),
    **dict.fromkeys(["men", "man", "males", "sons", "brothers", "fathers"], "men"),
    **dict.fromkeys(["journalists", "journalist", "reporters"], "journalists"),
    **dict.fromkeys(["refugees", "refugee", "migrants", "migrant", "asylum seekers"],
                    "refugees"),
    **dict.fromkeys(["families", "family", "households"], "families"),
    **dict.fromkeys(["workers", "worker", "employees", "staff", "fishermen", "miners",
                     "farmers", "labourers", "laborers", "teachers", "doctors", "nurses",
                     # a climbing party's: "four Nepali guides", "two porters"
                     "guides", "porters", "sherpas"],
                    "workers"),
    **dict.fromkeys(["citizens", "nationals",
                     "pilgrims", "tourists", "visitors", "patients", "fans", "hikers",
                     "climbers", "skiers", "swimmers", "travellers", "travelers",
                     "mountaineers", "trekkers",
                     "commuters",
                     # ("three truck drivers died when their vehicles were set ablaze")
                     "drivers", "driver", "motorists", "motorist"], "people"),
    **dict.fromkeys(["passengers", "passenger"], "passengers"),
    **dict.fromkeys(["crew members", "crew member", "crew", "crewmembers"], "crew"),
    # the attackers of an attack, kept apart from its victims (as a gunman who shot himself
    # is, ``_implicit_counts``): "security forces killed all five attackers"
    **dict.fromkeys(["attackers", "assailants", "hostage-takers"],
                    "attackers"),
    **dict.fromkeys(["firefighters", "firefighter", "firemen", "fireman", "rescuers",
                     "rescue workers", "paramedics", "medics", "aid workers",
                     "emergency workers", "emergency crews", "first responders",
                     "rescue teams"], "responders"),
    **dict.fromkeys(["prisoners", "detainees", "hostages", "captives", "inmates", "inmate",
                     "prisoner", "detainee", "convicts"], "prisoners"),
    **dict.fromkeys(["guards", "prison guards", "warders", "wardens", "prison warders",
                     "jailers", "jail guards", "prison officers", "prison officer",
                     "correctional officers", "correctional officer", "correction officers",
                     "corrections officers", "custodial officers", "prison staff",
                     "prison wardens", "security guards", "watchmen", "night guards"],
                    "guards"),
})  # fmt: skip

# Who holds captives: "held by the gunmen" is a captive's state (``hc109``), not custody's
# (``hc105``)
CAPTORS = ["gunmen", "kidnappers", "abductors", "captors", "bandits", "militants", "terrorists",
           "insurgents", "jihadists", "pirates", "hostage-takers", "attackers", "assailants"]

# A story of an abduction, where people "were released" or "are still being held" are captives
# let go or kept by their captors, not by the police (``hc109``, ``hc105``)
ABDUCTION_STORY = compile_pattern(
    r"\b(?:abduct|kidnap|hostage|captivity|captors?\b|abductors?\b)", regex.IGNORECASE
)

# People at a gathering, counted beside the usual ones by the rules of arrests and crowds
PROTESTERS = ["protesters", "protester", "demonstrators", "marchers", "supporters", "activists"]

# Words before the subject that say whose side it is: "pro-government fighters".
SIDES = [
    "pro-government", "pro-regime", "government", "regime", "rebel", "opposition", "army",
    "security", "loyalist", "jihadist", "islamist", "kurdish", "russian", "syrian", "iraqi",
    "iranian", "turkish", "israeli", "palestinian", "ukrainian", "american", "us", "u.s.",
    "us-backed", "turkish-backed", "russian-backed", "iranian-backed", "foreign", "afghan",
    "british", "french", "lebanese", "jordanian", "saudi", "yemeni", "houthi", "taliban",
    "hezbollah", "hamas", "isis", "isil", "is", "daesh", "islamic state", "al-qaeda", "sdf",
    "ypg", "militia", "allied",
]  # fmt: skip

# Words that may stand between a number and its subject without changing what is counted.
_FILLER = [
    "more", "other", "others", "additional", "further", "seriously", "critically", "badly",
    "lightly", "severely", "mostly", "armed", "unarmed", "innocent", "local", "young", "elderly",
    "suspected", "alleged", "fellow", "active", "heavily", "off-duty", "on-duty", "wounded",
    "injured", "dead", "displaced", "mainly", "including", "pre-war", "prewar", "entire",
    "whole", "total", "teenage", "teenaged", "teen", "high", "school", "college",
    "elementary", "middle",
]  # fmt: skip

_AUX = [
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "will", "would",
    "could", "may", "might", "reportedly", "also", "already", "now", "later", "since",
    "then", "all", "subsequently", "eventually", "reported", "believed", "said", "thought",
    "to", "later", "who", "that", "found", "confirmed",
    # "five kids got shot", "three others remain hospitalized", "22,000 were still in shelters"
    "got", "remain", "remained", "remains", "still",
    # "four people appear to have died"
    "appear", "appears", "appeared", "seem", "seemed",
]  # fmt: skip

# Words that can open a coordinated count: "and two women", "and their families".
_COUNTERS = [
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "dozens", "hundreds", "thousands", "scores", "several", "some", "about",
    "at", "more", "nearly", "almost", "around", "their", "his", "her", "other", "many",
]  # fmt: skip

# Counts in words, which a clause that tells who they were does not hold
_FEW_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozens", "hundreds", "thousands", "scores", "several",
]  # fmt: skip

# A count of people, then "and", before another count of the same verb: "killed at least 27
# soldiers and [11 civilians]", "injured 14 police as well as [nine protesters]"
_A_COUNT_AND = compile_pattern(
    r"(?<=\s)(?:(?:at\s+least|more\s+than|nearly|almost|over|around|about|some|up\s+to)\s+)?"
    r"(?:\d[\d,]*|\L<numbers>)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+"
    r"\s+(?:and|as\s+well\s+as)\s+$",
    numbers=_FEW_WORDS,
)


# A figure told as a change, "from three to seven", of which a toll is the second
_FROM_TO = compile_pattern(r"(?i:from)\s")
# Another count coordinated after a subject's: "four fighters [and] 12 were wounded"
_ANOTHER_COUNT_AND = compile_pattern(r"\s(?:and|as\s+well\s+as)\s")


# Words that cannot name a kind of people: "4 injured after man shoots" counts no men
_FUNCTION_WORDS = ["of", "and", "or", "but", "nor", "the", "a", "an", "in", "at", "on", "to",
                   "by", "for", "from", "with", "after", "before", "as", "when", "while",
                   "than", "that", "who", "which", "whom", "if", "so", "into", "onto", "over",
                   "under", "about", "near", "outside", "inside", "during", "per", "then",
                   "more", "most", "less", "fewer", "including", "among", "between", "against",
                   "like", "via", "his", "her", "their", "its", "our", "my", "your", "this",
                   "these", "those", "all", "both", "each", "every", "no", "not"]  # fmt: skip
_ADVERBS = ["seriously", "critically", "badly", "lightly", "slightly", "moderately", "severely",
            "fatally", "mortally"]

_WORD = r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*"


@dataclass(frozen=True)
class Measures:
    """The verbs of one rule, each mapped to the measure it reports.

    ``after_subject``: passive or intransitive, after the subject ("were killed", "fled").
    ``before_number``: active, before the count ("killing", "displaced").
    ``as_adjective``: before the subject ("wounded civilians").
    ``left_state``: "left N people <state>" ("dead", "homeless"), after ``left_verbs``.
    ``toll``: phrases that end just before the count ("the death toll rose to").
    ``adverb_measure``: adverbs that override the verb's measure ("fatally" -> "killed").
    """

    after_subject: Mapping[str, str]
    before_number: Mapping[str, str]
    as_adjective: Mapping[str, str]
    left_state: Mapping[str, str]
    toll: str | None = None  # a regex ending at the number
    # the verbs of "left N people <state>": "took 30 people hostage" is the same shape
    left_verbs: tuple[str, ...] = ("left", "leaving", "leaves")
    # whether its verbs may say what befell captives: if not, "40 guests were held hostage"
    # is no arrest ("held"), "taken captive" no transfer ("taken")
    counts_captives: bool = False
    toll_measure: str = "killed"  # what ``toll`` reports
    # words one of which every match of ``toll`` holds, in some case (none: not known)
    toll_words: tuple[str, ...] = ()
    # adverbs that change what a verb reports: "fatally wounded" is a death, not a wound
    adverb_measure: Mapping[str, str] = field(default_factory=dict)
    default_subject: str = "people"
    # verbs before the count that count people only when a person noun follows: "the army
    # lost 17 soldiers" (not "lost 17 games")
    needs_subject: frozenset[str] = frozenset()
    # ... and of those, the verbs after which relatives are no count: "he lost two brothers"
    # (a family's loss, perhaps over years), not "vaccinated 95,000 children"
    not_relatives: frozenset[str] = frozenset()
    # verbs before the count that count only the people named here: "released 15 hostages"
    # (not "released two people held in the killing": let go by the police)
    only_subjects: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # words that give only a lower bound of the whole: "42 bodies were recovered" (more may lie
    # under the rubble), "three soldiers were among the dead"
    at_least: frozenset[str] = frozenset()
    subjects: Mapping[str, str] = field(default_factory=lambda: SUBJECT_CLASSES)
    # whether "<N> of the <people> <verb>" is read ("Twenty-one of the students escaped": of
    # those the story told of, a count of its own); not so of the dead and hurt, whose rule
    # reads the story's victims (``_implicit_counts``)
    reads_some_of_those: bool = False
    # a look-ahead after a verb that says it counts no one of this measure (a rule's own:
    # "shot at them", "fled the scene")
    not_after: str = ""


# "arrested 23 people and detained 40 others": more of the people counted before
_MORE_OF_THEM = compile_pattern(r"\s+(?:others|more)\b")
# "40 guests were held hostage", "taken captive": what befell captives (``counts_captives``)
# (and "25 pupils are still being held by the gunmen": held by their captors, not in custody)
_NOT_CAPTIVE = (
    r"(?!\s+(?:as\s+)?(?:hostages?|captives?|in\s+captivity|for\s+ransom)\b"
    rf"|(?<=\bheld)\s+by\s+(?:the\s+|their\s+)?(?:{'|'.join(CAPTORS)})\b)"
)
# a verb (in "-ed" or "-ing") just before a count (with its hedge: "at least 11", which
# ``homscheck.numbers`` reads as the figure's): the count is its object (not a preposition
# in "-ing": "including two boys, ages 15 and 16, were shot"; nor a verb that says a clause:
# "police confirmed two boys, ages 15 and 16, were shot")
_OBJECT_OF_A_VERB = compile_words(
    r"\b(?!(?:\L<not_taking_objects>)\b)\p{Ll}{2,}(?:ed|ing)\s+$",
    not_taking_objects=[
        "including", "during", "following", "regarding", "according", "concerning",
        "excluding", "involving", "surrounding", "notwithstanding", "pending", "barring",
        "counting", *(f"{verb}{end}" for end in ("ed", "ing") for verb in (
            "confirm", "report", "stat", "indicat", "reveal", "announc", "add", "not",
            "learn", "estimat", "believ", "fear", "expect", "claim", "alleg", "explain",
            "warn", "suggest", "insist", "acknowledg", "admitt", "assum", "conclud",
            "decid", "determin", "show", "prov", "tweet", "post"))],
)
# How many live in a place, just before the figure: "a mountain village of some 1,900
# residents", "the town, home to 1,900 people", "with a population of about 4,000" (a place's
# people, who are no count of those a verb befell)
_POPULATION_WORDS = ("of", "home")
_POPULATION_BEFORE = compile_pattern(
    r"\b(?:(?:village|town|city|community|settlement|hamlet|camp|neighbou?rhood|suburb|island"
    r"|municipality|township|enclave)\s+of|home\s+to|population\s+of)\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|an\s+estimated|just"
    r"\s+(?:over|under)|fewer\s+than|less\s+than|close\s+to)\s+)?$",
    regex.IGNORECASE,
)
# a verb of having just before a count: "he had 3 children and 2 died" (not one of finding or
# seeing, which may say a clause: "found two men and two boys had been shot")
_HAD_BEFORE = compile_pattern(
    r"\b(?:had|has|have|having|raised|raising|adopted|fathered|leaves\s+behind|left\s+behind"
    r"|survived\s+by)\s+$",
    regex.IGNORECASE,
)
# "fired one shot", "heard two shots": the shots, not people shot
_SHOTS_BEFORE = compile_pattern(
    r"\b(?:fired|fires|fire|firing|heard|hear|hears|hearing|let\s+off|got\s+off)\s+"
    r"(?:(?:a|an|another|about|only|just|at\s+least|more\s+than)\s+)?$",
    regex.IGNORECASE,
)


class CountPatterns:
    """The compiled patterns for one rule's measures."""

    def __init__(self, measures: Measures) -> None:
        self.measures = measures
        not_captive = "" if measures.counts_captives else _NOT_CAPTIVE
        lists: dict[str, Any] = {
            "subjects": list(measures.subjects),
            "sides": SIDES,
            "filler": _FILLER,
            "aux": _AUX,
            "adverbs": _ADVERBS,
            "adjectives": list(measures.as_adjective),
            "counters": _COUNTERS,
        }
        # (Each pattern's lists are written out as prefix trees, ``compile_trees``: they are
        # tried after every number of every sentence a counting rule reads.)
        # "<number> [of] [side] [filler] <subject>": "hundreds of thousands of people",
        # "189 ISIS militants", "a dozen seriously injured people"
        self.subject = compile_trees(
            # "freed 190 of the kidnapped schoolboys": some of those (a part, ``homscheck.scope``)
            # ("two-thirds of the city's residents")
            # ("41 of the 150 passengers": some of a number told)
            r"(?:\s+of(?P<partitive>\s+(?:the|those|these)(?:\s+\p{L}[\p{L}-]*['’]s)?"
            r"(?:\s+\d[\d,]*)?)?)?"
            # ("29 of its soldiers died": the army's 29 soldiers, no part of a group told)
            # (not "two of their children", kin of those told of: some of a family)
            r"(?:\s+of\s+(?:its|their|our)(?=\s+(?:[\p{L}-]+\s+)?(?:soldiers|troops|fighters"
            r"|men|members|officers|personnel|staff|employees|workers|citizens|nationals|guards"
            r"|militants|policemen|crew|combatants|recruits|peacekeepers)\b))?"
            # "2 16-year-old boys": an age between the count and the subject
            # ("six al Shabaab militants", "12 al-Qaeda fighters": a name with its article)
            r"(?P<mods>(?:\s+(?:\L<filler>|\L<sides>|(?:(?:al|el|ash|ad|an)[- ])?\p{Lu}[\p{L}-]*"
            r"|\d{1,3}-(?:year|month)s?-old))*?)"
            # "4,500 dock workers", "two security guards": a word that names their kind
            r"(?:\s+(?!(?i:\L<aux>|\L<subjects>|\L<filler>|\L<sides>|\L<adjectives>|\L<adverbs>"
            r"|\L<function_words>)\b)"
            # ("About 40 law enforcement officers responded")
            r"(?:law\s+enforcement|[\p{Ll}][\p{Ll}-]+)(?=\s+(?i:\L<subjects>)\b))?"
            r"(?:\s+(?P<adv>\L<adverbs>))?"
            r"(?:\s+(?P<adj>(?i:\L<adjectives>)))?"
            # "two 17-year-olds": people named by their age
            # ('killed 14 "terrorists"': a word quoted as the side said it)
            r"\s+[\"“'‘]?(?P<subject>(?i:\L<subjects>)|(?P<age>\d{1,3})-(?:year|month)-olds)\b",
            function_words=_FUNCTION_WORDS,
            **lists,
        )
        # after the subject: "[and 189 ISIS militants] [— armed men and their families —]
        # have been killed"
        self.verb_after = compile_trees(
            # "2,000 shoppers and staff were evacuated", "40 passengers and crew": one count of
            # two kinds of people
            # ("200 firefighters and emergency medical workers battled the blaze")
            r"(?:\s+(?:and|or)\s+(?:(?!(?i:\L<aux>|\L<counters>)\b)[\p{L}-]+\s+){0,2}?"
            r"(?P<also>(?i:\L<subjects>|workers|personnel|staff|crews|volunteers|paramedics"
            r"|medics))\b)?"
            # "four people in the car were injured", "two men from the neighborhood": where
            # they were (a few words, no clause: not "people in the house where he was shot")
            # ("9,000 people across the district are living in tents")
            r"(?:\s+(?:in|inside|at|from|on\s+board|on|near|outside|aboard|across|throughout)\s+"
            r"(?:the|a|an|his|her|their|its)"
            # ("one woman in her 20s died": an age group is where she was, too)
            r"(?:\s+(?!\L<clause>\b|\p{L}+n['’]t\b)[\p{L}\p{N}'’-]+){1,4}?"
            # ("all 132 people on board were killed")
            r"|\s+(?:on\s+board|aboard)"
            # ... or of which town: "half of the residents of Kessa have fled", "1,900
            # residents of the mountain village were evacuated"
            r"|\s+of\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"
            r"|\s+of\s+the\s+(?:[\p{Ll}-]+\s+)?(?:village|town|city|camp|area|district"
            r"|neighbou?rhood|region|province|island|valley|suburb|settlement|county|state"
            r"|capital|coast|building|block|estate)\b"
            # ... or of how many: "1,200 residents of four hamlets near the factory", "1,200
            # people from eight communities along the gulf", "60 officers from at least eight
            # agencies", "60 officers from local, state and federal agencies"
            r"|\s+(?:of|from)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?"
            r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen"
            r"|dozens\s+of|several|multiple|nearby|neighbou?ring|surrounding|other"
            r"|(?:local|state|federal|county|city|provincial|regional)"
            r"(?:\s*,\s*(?:local|state|federal|county|city|provincial|regional)){0,3}"
            r"(?:,?\s+and\s+(?:local|state|federal|county|city|provincial|regional))?)"
            r"\s+(?:[\p{Ll}-]+\s+)?(?:agencies|departments|forces|units|communities|villages"
            r"|hamlets|towns|districts|counties|states|countries|neighbou?rhoods|areas"
            r"|settlements|camps|islands|provinces|families|households|clans"
            # ("200 residents of neighbouring houses were evacuated")
            r"|houses|homes|buildings|blocks|streets|flats|apartments)\b"
            r"(?:\s+(?:along|near|around|close\s+to|in|across|on)\s+the\s+[\p{L}-]+)?"
            # ("More than 140 residents of the damaged building and nearby houses were
            # evacuated": the building they lived in)
            r"|\s+of\s+the\s+(?:[\p{Ll}-]+\s+)?(?:area|building|block|estate|compound|complex"
            r"|street|neighbou?rhood)(?:\s+and\s+(?:nearby|neighbou?ring|surrounding|adjacent)"
            r"\s+(?:houses|homes|buildings|blocks))?\b)?"
            r"(?:\s*\([^()]{0,60}\))?"
            # "Two men who had been standing outside the bar were shot": a clause that tells
            # who they were, before the verb (a few words, no count nor report in it)
            # ("Three people who were injured Saturday were released": the clause's verb)
            r"(?:\s+(?:who|that)(?:\s+(?!(?i:said|says|told|and|but|or|\L<numbers>)\b)"
            r"[\p{L}'’-]+){1,10}?(?=\s+(?:was|were|is|are|have|has|had)\s)"
            r"|\s+(?:who|that)(?=\s+(?:was|were|is|are|have|has|had)\s))?"
            # ("all 84 hostages held inside have been freed": where they were kept)
            r"(?:\s+(?:held|trapped|kept)(?:\s+(?:inside|there|captive|hostage))?)?"
            # (a plain hyphen set off by spaces stands for the dash in much scraped text: "Two
            # men - the owner and the engineer - were arrested")
            r"(?:\s*[—–]\s[^—–]{0,120}\s[—–]|\s+-\s[^—–\n]{0,120}?\s-(?=\s))?"
            # "five people, including three children, were killed": the aside is a part
            # ("including Mr. Roe": a title's dot ends no aside)
            # ("84 hostages, many of them hotel staff, had been freed")
            # ("Four people, three of them students, were shot")
            # ("At least 121 people, mostly women, were killed")
            r"(?:\s*,\s*(?:including|among\s+them|mostly|mainly|largely|chiefly|predominantly"
            # ("Four migrants, one of them a young girl, have died")
            r"|(?:most|many|some|all|half|\d{1,3}|one|two|three"
            r"|four|five|six|seven|eight|nine|ten)\s+of\s+them)\s"
            # ("Five people, including the trust's secretary, Ram Goswami, 58, and a
            # contractor, were arrested": an aside of several commas, to the verb's)
            r"(?:[^;.]|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr))\.){1,120}?,)?"
            # ("about 800 officers, backed by armored vehicles, had been sent": how they came)
            r"(?:\s*,\s*(?:backed|supported|accompanied|aided|assisted|escorted|equipped|armed"
            r"|reinforced)\s+(?:by|with)\s+[^,;.]{1,80},)?"
            # "four others including a police officer were injured": the aside, unmarked
            r"(?:\s+including\s+(?:a|an|the|one|two|three|four|five|\d{1,3})\s+[^,;.]{1,40}?"
            r"(?=\s+(?:were|are|have|had)\b))?"
            # "two teenagers, one 16 and the other 17, were injured": their ages
            r"(?:\s*,\s*one\s+\d{1,3}\s+and\s+the\s+other\s+\d{1,3}\s*,)?"
            # ("Eight other people, the youngest 15, were wounded")
            r"(?:\s*,\s*the\s+(?:youngest|oldest)\s+(?:(?:aged|just)\s+)?\d{1,3}"
            r"(?:\s+and\s+the\s+(?:youngest|oldest)\s+\d{1,3})?\s*,)?"
            # "three people, ages 17, 19 and 22, were shot", "two brothers, 17 and 19, were
            # shot": their ages
            r"(?:\s*,\s*(?:(?:ages?|aged)\s+\d{1,3}(?:\s*(?:,|-|to|and|&)\s*(?:and\s+)?\d{1,3}){0,9}"
            r"|\d{1,3}(?:\s*(?:,|and|&)\s*(?:and\s+)?\d{1,3}){1,9})\s*,)?"
            # the coordinated part must be another count: "and 189 ISIS militants"
            rf"(?:\s*,?\s+(?:and|as\s+well\s+as)\s+(?=\d|(?:\L<counters>)\b)"
            # (not a time after: "killed 3 people and two days later a fire broke out")
            r"(?!\S+\s+(?:days?|hours?|weeks?|months?|years?|minutes?)\s+(?:later|earlier"
            r"|after|before|ago)\b)"
            # ("Five civilians and two members of the security forces had died")
            rf"{_WORD}(?:\s+{_WORD}){{0,5}}?)?"
            r"(?:\s*,)?(?:\s+(?i:\L<aux>))*(?:\s+(?P<adv>\L<adverbs>))?"
            r"\s+(?P<verb>(?i:\L<verbs>))\b" + measures.not_after + not_captive,
            verbs=measures.after_subject,
            numbers=_FEW_WORDS,
            clause=["where", "who", "whom", "whose", "that", "which", "when", "while", "after",
                    "before", "as", "and", "but", "or", "was", "were", "is", "are", "had", "has",
                    "have", "said", "say", "says"],
            **lists,
        )
        # the clause's own verb after a participle that describes the subject: "Thirty-nine
        # pupils abducted from the school [have been freed]", "Two people injured in the crash
        # [have since died]"
        self.main_verb_later = compile_trees(
            # (a phrase of where or whence, one clause: not "Five people died and others were
            # injured", two)
            # ("Twenty-eight of the students abducted last Thursday have regained their freedom")
            r"\s+(?:in|at|from|during|on|near|outside|inside|aboard|across|last|earlier|early"
            r"|late|overnight|yesterday)\s"
            r"(?:(?!\b(?:and|but|or|after|before|who|which|that|while|when|as)\b)[^,;.()]){0,50}?"
            # (a plural's verb: not "the last of the five suspects charged in the case was
            # sentenced", one of them)
            r"\s(?:(?:have|had|were|are)\s+"
            r"(?:(?:since|now|also|later|all|both|not|never)\s+)?(?:been\s+)?"
            # ("Three passengers injured in the crash later succumbed to their wounds")
            r"|(?:later\s+)?(?=(?:died|succumbed|perished)\b))"
            r"(?P<verb>(?i:\L<verbs>))\b",
            verbs=measures.after_subject,
        )
        # a bare verb right after the number: "50 killed and 120 wounded", "dozens more wounded"
        self.bare_verb = compile_trees(
            # ("2 confirmed dead in Lolo shooting"; "with 41 still missing")
            r"(?:\s+(?:more|others|people))?(?:\s+(?:confirmed|reported|still))?"
            # ("five storm-related deaths", "two heat-related deaths")
            r"(?:\s+\p{Ll}+-related(?=\s+(?:deaths|fatalities)\b))?"
            r"(?:\s+(?P<adv>\L<adverbs>))?\s+(?P<verb>(?i:\L<verbs>))\b"
            # not a shot fired: "one shot was heard", "a single shot rang out"
            r"(?!\s+(?:was|is|rang|fired|heard|went)\b)" + measures.not_after + not_captive,
            verbs=measures.as_adjective,
            adverbs=_ADVERBS,
        )
        # a plural verb after a bare number: "13 others were wounded", "two were killed"
        self.bare_passive = compile_trees(
            r"(?:\s+(?:more|others))?"
            r"(?:\s+including\s+(?:a|an|the|one|two|three|four|five|\d{1,3})\s+[^,;.]{1,40}?"
            r"(?=\s+(?:were|are|have|had)\b))?"  # "four others including an officer were hurt"
            r"(?:\s+(?:were|have\s+been|had\s+been|are|remain|remained)"
            r"(?:\s+(?i:\L<aux>))*(?:\s+(?P<adv>\L<adverbs>))?"
            # ... and a singular one after "one": "one person was killed and one was injured"
            r"|(?<=(?<!\b(?i:no|not|any|every|some|which|that|this|the)\s+)\b(?i:one))"
            r"\s+(?:was|has\s+been|had\s+been|is)"
            r"(?:\s+(?i:\L<aux>))*(?:\s+(?P<adv>\L<adverbs>))?"
            # "two others suffered minor injuries": a verb in the active, after "others" only
            r"|(?<=\bothers)(?=\s+(?:suffered|sustained|received|survived)\b)"
            # "at least 12 have died": a verb that takes no object ("12 have killed" is no toll)
            r"|\s+(?:have|had)(?=\s+(?:died|perished|drowned)\b))"
            r"\s+(?P<verb>(?i:\L<verbs>))\b" + not_captive,
            verbs=measures.after_subject,
            **lists,
        )
        # before the number: "killing at least 23 fighters", "has displaced more than"
        self.verb_before = compile_trees(
            r"\b(?P<verb>\L<verbs>)(?:\s+(?:a\s+total\s+of|an\s+estimated|some|about))?\s+$",
            verbs=measures.before_number,
            flags=regex.IGNORECASE,  # headlines: "Shooting That Injured Four"
        )
        self.left_before = compile_words(r"\b(?:\L<verbs>)\s+$", verbs=list(measures.left_verbs))
        self.left_state = compile_trees(r"\s+(?P<state>\L<states>)\b", states=measures.left_state)
        self.toll = compile_pattern(rf"(?:{measures.toll})\s*$") if measures.toll else None
        self.including = compile_pattern(r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+$")
        # Every reading holds one of the measures' words (a verb, or the state "left" in): a
        # sentence with none of them is not read (``may_contain``, a test in C, where most
        # sentences of most rules have none). With a toll, only where its words are known.
        self.words = None if measures.toll and not measures.toll_words else words_held(
            [*measures.after_subject, *measures.before_number, *measures.as_adjective,
             *measures.left_state, *measures.toll_words]
        )  # fmt: skip


# (not the events one is ranked among: "killing five people, in one of the deadliest accidents
# on the mountain in more than a decade" is one accident's toll)
_NOT_RANKED_AMONG = (
    r"(?<!\bone\s+of\s+the\s+(?:[\p{L}-]+est|worst|most\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+)?)"
)
# "since April 19", "so far", "in weekend shootings across the city": a running total or a sum
# over several events, not the count of one event.
_RUNNING = compile_pattern(
    # (not the adverb: "71 escapees had since been rearrested", "she has since died")
    r"(?<!\b(?:has|have|had|having|long)\s+)\bsince\b|"
    r"\bso\s+far\b|\bto\s+date\b|\bcumulative|\bthis\s+year\b|"
    # ("Storms in the region this season have killed more than 40 people")
    r"\b(?:this|the)\s+(?:(?:hurricane|typhoon|monsoon|rainy|wildfire|fire|storm|flood)\s+)?season\b|"
    rf"\b{_NOT_RANKED_AMONG}{NOT_A_SUM_OF_EVENTS}(?:shootings|attacks|incidents|bombings|strikes"
    r"|raids|clashes\s+across)\b|"
    # ("more than 400 people have died in boat accidents on the lake in recent years")
    rf"\b{_NOT_RANKED_AMONG}(?:accidents|crashes|disasters|sinkings|capsizings)\b|"
    r"\b(?:in|over|during|within)\s+(?:recent|the\s+(?:past|last)(?:\s+[\w-]+)?)\s+"
    r"(?:years?|months?|weeks?|decades?)\b|"
    # ("in separate incidents"; not "in a separate attack on Thursday", one other event)
    r"\bseparate\b(?!\s+(?:\w+\s+)?(?:attack|shooting|incident|bombing|ambush|raid|strike|blast"
    r"|explosion|clash|assault|stabbing|operation|crash|accident)\b)|\bseries\s+of\b|\b(?:across|throughout)\s+the\s+(?:city|country|region)|"
    r"\bover\s+the\s+(?:weekend|holiday|past)\b|"
    # ("arrested under the prohibition law in that period")
    r"\b(?:in|over|during)\s+(?:that|the\s+same)\s+(?:period|time|span)\b|"
    # "six injured in violent weekend", "a weekend of violence", "at those six crime scenes"
    r"\b(?:violent|bloody|deadly)\s+weekend\b|\bweekend\s+(?:of\s+)?(?:violence|gunfire|bloodshed)\b|"
    r"\b(?:separate|different|crime|shooting|murder|\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:crime\s+)?scenes\b",
    regex.IGNORECASE,
)
_SUPERLATIVE_SINCE = compile_pattern(SUPERLATIVE_SINCE + r"$", regex.IGNORECASE)
# Words one of which every match of ``_RUNNING`` holds (``may_contain``: most windows have none).
_RUNNING_WORDS = ("since", "far", "date", "cumulative", "year", "period", "span", "time", "season",
                  "shootings", "attacks",
                  "incidents", "bombings", "strikes", "raids", "clashes", "separate", "series",
                  "across", "throughout", "over", "weekend", "scenes", "accidents", "crashes",
                  "disasters", "sinkings", "capsizings", "month", "week", "decade")  # fmt: skip
# A count told as a rate, a statistic of no one event: "around 100 people die in avalanches in
# the Alps every year", "kill about 1.3 million people a year", "1,500 cross the border each
# day" (not "a day after the quake", nor "in a year": a period)
RATE_AFTER = compile_pattern(
    # (not "for nearly a month": how long)
    r"[^,;.:!?]{0,50}?(?<!\b(?:in|within|for|of|over|than|after|before|nearly|almost|about"
    r"|around|roughly|only|just|under)\s+)"
    r"\b(?:(?:every|each|a|per)\s+(?:year|winter|summer|season|month|week|day)"
    r"(?!\s+(?:after|before|earlier|later|ago|of|in|into|when)\b)|annually|on\s+average)\b",
    regex.IGNORECASE,
)
# "a shooting at a bar over the weekend left three dead": one event that happened at the
# weekend, not the weekend's toll
ONE_EVENT = _ONE_EVENT = compile_pattern(
    r"\b(?:a|an|the|one|this|that|which|saturday's|sunday's)\s+(?:\w+\s+){0,2}?"
    r"(?:shooting|attack|incident|melee|stabbing|homicide|rampage|ambush)\b(?!s)",
    regex.IGNORECASE,
)
# "the conflict has killed", "six years of war that have left ... dead": the war is the agent
_WAR_AGENT = compile_pattern(
    # (a sentence's first word too: "Violence in Burkina Faso has displaced 2 million")
    r"\b(?:[Ww]ar|[Cc]onflict|[Cc]ivil\s+war|[Cc]risis|[Uu]prising|[Ii]nsurgency|[Vv]iolence"
    # ("Israel's retaliatory offensive has killed at least 72,280 people")
    r"|offensive|campaign)\b"
    r"(?!\s+(?i:monitor|correspondent|crimes?|zone|reporters?|memorial|veterans?|games|group"
    r"|unit|team|cent(?:er|re)|committee|hotline|line)\b)"
    # (a headline's label: "Sudan war: Air strike on Darfur hospital kills 14")
    r"(?!\s*:)"
)
# A noun after a bare verb makes it an adjective: "the four slain guards" (not "50 killed in",
# "two dead and", "three wounded Monday")
_NOUN_NEXT = compile_words(r"\s+(?!\L<small>\b)\p{Ll}{3,}\b", small=[
    "and", "but", "for", "nor", "yet", "the", "after", "during", "near", "while", "with", "from",
    "when", "since", "before", "into", "inside", "outside", "across", "around", "were", "was",
    "are", "have", "has", "had", "including", "among", "overnight", "early", "late", "last",
    "this", "that", "today", "yesterday", "tonight", "there", "here", "so", "far", "each",
])  # fmt: skip
# "one of two boys is in serious condition": the verb is the one's, not the group's
# A count's aside, closed by the clause's end or by a comma no verb follows: "four of them
# women, in the blast", "three of them children, and five ..." (not "three of them students,
# were shot": theirs)
_OF_THEM_ASIDE = compile_pattern(
    r"\s+of\s+them\s+[^,;.]{1,40}?(?:\s*[.;]|\s*$|\s*,(?!\s*(?:were|are|was|is|have|has|had)\b))",
    regex.IGNORECASE,
)
_SOME_OF_THE = compile_pattern(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|all|both|most|some|none)"
    r"\s+of\s+(?:the|those|these)\s+$",
    regex.IGNORECASE,
)
# A part of a number told with it: "41 of the 150 passengers were rescued" (not "five of the
# officers died", whose officers may be another story's, told a sentence before; "two of the
# victims were hurt" is read with the story's victims, ``_implicit_counts``)
_A_NUMBER = compile_pattern(r"\d")


def _of_a_number(subject: regex.Match[str]) -> bool:
    return _A_NUMBER.search(subject["partitive"]) is not None and _head_noun(subject) != "victims"


# "41 of the ": a part before the number whose noun it is taken from
_PART_OF_THE = compile_pattern(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|dozens|some|most|none"
    r"|many|several|few|half)\s+of\s+(?:the|those|these)\s+$",
    regex.IGNORECASE,
)
_WHO = compile_pattern(r"\b(?:who|that|which)\b")
# the verb of some of a number, right after the number's own ("Two of the 20 people shot died")
_DIED_NEXT = compile_pattern(
    r"\s+(?:(?:later|since|also|all|both|have|had|then)\s+){0,2}"
    r"(?:died|succumbed|perished|lost\s+their\s+lives)\b",
    regex.IGNORECASE,
)
_FINITE = compile_pattern(
    r"\b(?:were|are|have|had|died|drowned|perished|survived|remain|remained|lost)\b",
    regex.IGNORECASE,
)
# (the words that open an aside of a part: "including two children", "among them three nurses")
_ASIDE_OPENER = r"\b(?:including|among\s+them)\s+"
_INCLUDING_BEFORE = compile_pattern(_ASIDE_OPENER + "$", regex.IGNORECASE)
# (a clause with a verb of its own before the count: not "where seven people, including a
# teen, were shot", whose count is the verb's subject)
# people of one sort: "two teenagers", "three women"
_SORTS_OF_PEOPLE = frozenset({"children", "men", "women"})
# A verb in a clause of another noun, between the count and its verb: "arrested two men in the
# shooting that killed three people" (the shooting killed; not "two men who were killed")
_ANOTHER_NOUNS_CLAUSE = compile_pattern(
    r"^\s*(?:in|at|on|from|after|over|during|for|with)\s[^,;–—]*?\b(?:that|which)\s+"
    r"(?:(?:has|have|had|was|were|is|are|been)\s+)*$"
)
_IN_A_RELATIVE_CLAUSE = compile_pattern(
    r",\s*(?:which|who|where)\s+(?:[^,;.]{0,40}?\s)?(?:was|were|is|are|had|has|have"
    r"|\p{Ll}+ed)\b[^,;.]{0,60}$",
    regex.IGNORECASE,
)
_ONE_OF_THEM = compile_pattern(r"\bone\s+of\s+(?:the\s+|those\s+|these\s+)?$", regex.IGNORECASE)
_SINGULAR_VERB = compile_pattern(r"\b(?:is|was|has)\b")
# A verb with no auxiliary before it and its object after it is active: "three men shot him",
# "one or more of the three men shot Byers multiple times" count the attackers, not victims
# (not "three men shot Saturday night", "2 shot dead", "five killed in a crash")
# (verbs whose subject in the active is who did it: not "2,500 people left the city", "100
# people attended the vigil")
_DONE_TO = frozenset({"shot", "killed", "wounded", "injured", "hurt", "stabbed", "murdered",
                      "executed", "massacred", "kidnapped", "abducted", "arrested", "detained",
                      "attacked", "beaten"})  # fmt: skip
_AUXILIARY = compile_pattern(
    r"\b(?:were|was|are|is|been|be|being|have|has|had|remain|remained|got)\b"
)
_OBJECT_NEXT = compile_pattern(
    r"\s+(?:(?:him|her|them|his|their|a|an)\b"
    r"|the\b(?!\s+(?:previous|same|next|following|day|night|week|weekend|morning|evening"
    r"|afternoon)\b)"
    r"|(?!(?:\L<when>)\b)\p{Lu}\p{Ll}+(?=\s+\p{Ll}|\s*[.,;]))",
    when=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
          "In", "At", "On", "Near", "Outside", "Inside", "After", "During", "Dead", "Early",
          "Late", "Last", "This", "Overnight", "Twice", "Multiple", "While", "As", "For", "By",
          "With", "From", "To", "Over", "Across", "Along", "Following", "Before", "Since"],
)
# a count of more than one: a plural subject, whose verb is no "is" or "was"
_MANY = compile_pattern(
    r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
    r"|thousands|\d*[2-9]\d*|\d{2,})\b"
)
# "there is not one gunman left": no count at all
_NEGATED = compile_pattern(r"\b(?:not|never|no)\s+$")
# "a father of five was killed": the number counts his children, not the dead (but "a family
# of five killed" counts the family, so "family" is not here)
_KIN = ("father", "mother", "parent", "dad", "mom", "mum", "grandfather", "grandmother",
        "grandparent", "mother-of", "father-of")  # fmt: skip
_KIN_OF = compile_words(r"\b(?:\L<kin>)\s+of\s+$", flags=regex.IGNORECASE, kin=_KIN)
# "sent 12 helicopters": what the count counts is a thing (``scope.THINGS``)
# (and places and buildings: "evacuated a dozen villages, moving 8,500 people")
_THING_AFTER = compile_words(
    r"\s+(?:[\p{L}\p{N}-]+\s+)?\L<things>\b",
    things=[*THINGS, "villages", "towns", "homes", "houses", "buildings", "schools",
            "hospitals", "districts", "neighbourhoods", "neighborhoods", "settlements",
            "camps", "blocks"],
)  # fmt: skip
# Relatives counted after "lost": "he lost two brothers" tells a family's loss, perhaps over
# years, not the toll of one event ("the unit lost 17 soldiers" is one)
_RELATIVES = frozenset(
    ["sons", "daughters", "brothers", "sisters", "children", "kids", "relatives", "cousins",
     "nephews", "nieces", "grandchildren", "grandsons", "granddaughters", "parents", "siblings",
     "husbands", "wives", "family", "loved"]
)  # fmt: skip
# A number of something else than people right after it: "shot 3 times", "fired 12 rounds"
_NOT_PEOPLE = compile_pattern(
    r"\s+(?:more\s+)?(?:times?|rounds?|shots|bullets?|hours?|minutes?|seconds?|days?|weeks?"
    r"|months?|years?|blocks?|miles?|feet|yards?|metres?|meters?|kilometres?|kilometers?|km"
    r"|percent|cases?|counts?)\b"
    # animals: "the deaths of 340 head of livestock", "killed 58 dairy cattle"
    r"|\s+(?:[\p{L}-]+\s+)?(?:head\s+of|livestock|cattle|cows?|calves|oxen|bulls?|buffal(?:o|oes)"
    r"|sheep|goats?|pigs?|camels?|donkeys?|horses?|mules?|chickens?|poultry|birds?|dogs?|cats?"
    r"|animals?|fish|dolphins?|whales?|elephants?)\b",
    regex.IGNORECASE,
)
# "aged seven and ten", "aged between 9 and 14": an age (of those counted before it)
_AGED_BEFORE = compile_pattern(
    r"\baged\s+(?:between\s+|from\s+)?(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:,|and|&|to)\s*)*$",
    regex.IGNORECASE,
)
# "five members of one family": what the members are of, not a count
_MEMBERS_OF = compile_pattern(r"\bmembers\s+of\s+$", regex.IGNORECASE)
# A count of groups that tells whence the people counted before it came: "Three people from two
# families", "1,200 residents of four hamlets", "60 officers from at least eight agencies"
_WHENCE_BEFORE = compile_pattern(
    r"\b(?:people|residents|villagers|officers|troops|soldiers|firefighters|rescuers|workers"
    r"|members|civilians|men|women|children|students|pupils|families)\s+(?:from|of)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?$",
    regex.IGNORECASE,
)
# "shooting 1 / 9 Back to Gallery": the number of a picture in a gallery
_OUT_OF = compile_pattern(r"[ \t]*/[ \t]*\d")
# "the toll tops 1,000", "passes 100": a count that is a threshold passed
_PASSED = compile_pattern(
    r"\b(?:tops|topped|passes|passed|exceeds|exceeded|surpasses|surpassed|past|above|beyond)$"
)
# ("quake toll nears 300": almost 300)
_NEARS = compile_pattern(r"\b(?:nears|neared|nearing|approaches|approached|approaching)$")
# "were left", "have been left": in the passive "left" is a state ("left homeless", "left
# dead"), never a departure ("2,500 people left the city")
_LEFT_PASSIVE = compile_pattern(r"\b(?:were|was|are|is|been|being|be)\s+left$")
# "there could have been ten people dead": a count that did not happen
# ("the shooting could have killed dozens")
_COUNTERFACTUAL = compile_pattern(
    r"\b(?:could|would|should|might|must)(?:\s+not|n['’]t)?(?:\s+have|['’]ve)\s+(?:been\s+)?"
    r"(?:\w+\s+){0,2}$",
    regex.IGNORECASE,
)
_COUNTERFACTUAL_WORDS = ("ould", "might", "must")  # (one is in every match: "could", "would")
# A threshold a kind of event is defined by, no count of one: "incidents in which four or more
# people are shot", "defines a mass killing as three or more people killed"
_DEFINED_BY = compile_pattern(
    r"\b(?:in\s+which|where|whenever|as)\s+(?:at\s+least\s+)?$", regex.IGNORECASE
)
_OR_MORE = compile_pattern(r"\s+or\s+(?:more|greater|fewer|less)\b")


@dataclass(frozen=True)
class _Reading:
    start: int  # where the quote starts (verb or number)
    end: int  # where it ends (subject or verb)
    measure: str
    subject: str
    # what happened to them told as an adjective ("the six slain officers", "12 wounded
    # soldiers were flown out on Monday"): a state from before, not an event of the
    # sentence's time
    described: bool = False
    # the count is a threshold passed: "the toll tops 1,000" says at least 1,000
    at_least: bool = False
    # ... or one neared: "the toll nears 300" says almost 300
    nearly: bool = False
    # a toll named by what it is the toll of: "the death toll from Friday's bombing rose to 31
    # on Saturday" (the event is Friday's; Saturday is when the toll rose)
    toll: bool = False


def unread(found: Iterable[Claim], read: list[Claim]) -> list[Claim]:
    """The claims ``found`` whose words no claim ``read`` holds any of (a count one pattern
    read is not read again by another)."""
    spans = [(r.start, r.end) for r in read]
    return [c for c in found if not any(a < c.end and c.start < b for a, b in spans)]


def count_claims(
    ctx: DocumentContext, check: str, kind: str, patterns: CountPatterns
) -> Iterator[Claim]:
    # (only the sentences with numbers: the others have no count to read)
    words = patterns.words
    for sentence, numbers in ctx.numbers_by_sentence():
        if words is not None and not may_contain(sentence.text, words):
            continue  # (no reading without one of the words, above)
        yield from _sentence_claims(ctx, check, kind, patterns, sentence, numbers)


def _sentence_claims(
    ctx: DocumentContext,
    check: str,
    kind: str,
    patterns: CountPatterns,
    sentence: Sentence,
    numbers: Sequence[NumberMention],
) -> Iterator[Claim]:
    text = ctx.text
    previous: _Reading | None = None
    previous_at = -1  # the index of the number ``previous`` read
    skip_until = -1
    for i, number in enumerate(numbers):
        if number.start < skip_until or number.value.unit is not None:
            continue
        value = number.value
        anchor = number
        share = False
        if number.fraction:
            base = _base_of_fraction(numbers, i, text)
            if base is not None:
                value = apply_fraction(number.value, base.value)
                anchor = base
                skip_until = base.end
            else:
                # "half of the residents have fled": a share of people named, no figure
                anchor = _before_its_of(number)
                share = True
        # (a reading carries over only to the count right after it: "22 were arrested and 56
        # injured, including 13 officers" makes the officers part of the injured, which another
        # rule reads)
        adjacent = previous if previous_at == i - 1 else None
        reading = _read(ctx, patterns, sentence, number, anchor, adjacent, share=share)
        if reading is None or _into_the_next_label(text, number.end, reading.end, sentence.end):
            continue
        previous, previous_at = reading, i
        near = max(sentence.start, reading.start - 200), min(sentence.end, reading.end + 200)
        event, reported = ctx.when(sentence, number.start, (reading.start, reading.end))
        if reading.toll:
            event = _toll_event(ctx, sentence, reading.start, number.start) or event
        if reading.at_least and value.high is not None:
            value = replace(value, high=None, high_inclusive=True)
        if reading.nearly and value.is_point:
            value = read_number(f"nearly {number.text}") or value
        if reading.toll and _FROM_TO.match(number.text) and value.high is not None:
            # ("raising the death toll from three to seven": the toll is seven now)
            value = replace(value, low=value.high, low_inclusive=True, estimate=value.high)
        if reading.described:
            event = None  # (the autopsies of the six slain victims were released on May 2)
        one_day = event is not None and event.known and event.earliest == event.latest
        # (a war's toll, not a day's: "killing about 1,200 people" on October 7, 2023, in a
        # sentence that opens "The war was triggered when ...", is that day's attack's)
        since = reading.measure not in _SINCE_IS_HOW_LONG and not (
            reading.measure in _FLED_SINCE_THE_EVENT
            and _SINCE_THE_EVENT.search(text, reading.end, near[1])
        )
        cumulative = not _IN_ONE_DAY.match(text, reading.end, sentence.end) and (
            _running(
                text, *near, reading.start, one_day=one_day, since=since,
                so_far=reading.measure not in _SO_FAR_IS_THE_EVENT_S,
            )
            or (
                not one_day
                and (
                    bool(_WAR_AGENT.search(text, near[0], reading.start))
                    or _war_told_before(ctx, sentence, reading.start)
                )
            )
        )
        place = (
            _place_just_after(ctx, reading.end)
            if cumulative and event is None
            else ctx.place_near(sentence, number.end)
        )
        # (a rate is kept for the record, not compared with the counts of one event)
        rate = RATE_AFTER.match(text, reading.end, min(sentence.end, reading.end + 80))
        subject = reading.subject
        if subject in _SORTS_OF_PEOPLE and all_of_a_measure_before_others(
            reading.measure, text[reading.end : sentence.end]
        ):
            subject = patterns.measures.default_subject
        if subject.startswith("other ") and (
            told_of_another_measure(reading.measure, text[sentence.start : number.start])
            # ("Ten people died. Thirty-two other people were injured.")
            or opens_on_others_after(
                reading.measure, text[sentence.start : sentence.end], ctx.sentence_before(sentence)
            )
        ):
            subject = subject.removeprefix("other ")  # (the wounded, all of them)
        yield ctx.claim(
            check,
            kind,
            reading.measure,
            f"share of {subject}" if share else subject,
            reading.start,
            reading.end,
            value,
            sentence,
            place=place,
            time=event,
            reported=reported,
            cumulative=cumulative,
            comparable=rate is None,
        )


# A bulletin's next line, a label of its own: "Deaths: 11\nMissing: 6" reads no "11 missing"
_NEXT_LINE_LABEL = compile_pattern(r"\n[ \t]*(?:[-•*–][ \t]+)?\p{L}[\p{L} ]{0,30}:")


def _into_the_next_label(text: str, number_end: int, end: int, sentence_end: int) -> bool:
    return "\n" in text[number_end:end] and bool(
        _NEXT_LINE_LABEL.search(text, number_end, min(sentence_end, end + 5))
    )


# What may stand between a running total and the place it is of: "have fled Kalehe since the
# start of the week", "has killed 87 people in Borno since 2009"
_TO_THE_PLACE = compile_pattern(r"\s+(?:(?:in|from|at|near|across)\s+)?(?:the\s+)?$")


def _place_just_after(ctx: DocumentContext, end: int) -> str | None:
    """The place a running total names just after its words, or None: the total of a war or
    a season is of no one scene, unless it says which."""
    for p in ctx.places_in(end, end + 40):
        return p.key if _TO_THE_PLACE.match(ctx.text, end, p.start) else None
    return None


def _toll_event(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> DateRange | None:
    """The day a toll's own words name ("the toll from Friday's bombing", "the death toll from
    the bombing on Friday rose to"), or None."""
    inside = [d for d in ctx.dates_in(start, end) if d.value.known]
    return inside[0].value if inside else None


# Measures a "since" tells how long of, no running total: "Six people are still unaccounted
# for ... since the shooting began"
_SINCE_IS_HOW_LONG = frozenset({"missing"})
# Those an investigation has held "so far" or "to date" are the event's count as it stands
# ("Police have arrested four people so far in the stampede"), not a running total of many
_SO_FAR_IS_THE_EVENT_S = frozenset({"arrested", "charged", "jailed"})
# Those who fled since the story's own event, told by its day or by it: "18,500 people had
# been displaced since Thursday", "have fled since the attack" (the event's count as it
# stands, not a war's running total)
_FLED_SINCE_THE_EVENT = frozenset({"displaced", "evacuated", "sheltered"})
_SINCE_THE_EVENT = compile_pattern(
    r"\bsince\s+(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!['’]s)|the\s+(?:attack|assault|raid|ambush|strike|massacre"
    r"|clashes)\b)"
)


# Another's clause after a count, whose running words are not the count's: a source's ("41 were
# killed, according to a group that has been counting since the siege began"), a comparison's
# ("has risen to 11, ..., a higher figure than the company has so far acknowledged")
_ANOTHER_S_CLAUSE = compile_pattern(
    r"\baccording\s+to\b|\b(?:higher|lower|greater|larger|bigger|smaller)\s+(?:\w+\s+)?than\b"
    # (or a clause of a place after it: "rose to four after Elijah Moreno died at the
    # hospital, where he had been in critical condition since being flown there"; not "three
    # men who were killed over the past week", the count's own)
    r"|,\s*where\b",
    regex.IGNORECASE,
)
# A count told as one day's: "killing 23 people in a single day in late May"
_IN_ONE_DAY = compile_pattern(r"\s+(?:in|on)\s+(?:a\s+single|one)\s+day\b")
# A sentence that opens on what it says of the one before: "The war erupted in April 2023.
# It has killed tens of thousands and displaced more than 12 million."
_IT_HAS = compile_pattern(r"\W*It\s+(?:has|had)\b")


def _war_told_before(ctx: DocumentContext, sentence: Sentence, count_at: int) -> bool:
    """Whether the count's sentence opens "It has" and the sentence before names a war, whose
    running total the count is."""
    return (
        _IT_HAS.match(ctx.text, sentence.start, count_at) is not None
        and _WAR_AGENT.search(ctx.sentence_before(sentence)) is not None
    )


def _running(
    text: str,
    start: int,
    end: int,
    count_at: int,
    *,
    one_day: bool = False,
    since: bool = True,
    so_far: bool = True,
) -> bool:
    """A running total or a sum over events, by the words around the count; "over the
    weekend" only where no single event is named ("a shooting over the weekend"); a wave of
    strikes only where it is not one day's ("Air strikes on a market killed 37 on Monday")."""
    if not may_contain(text[start:end], _RUNNING_WORDS):
        return False  # (a test in C that spares the search)
    for m in _RUNNING.finditer(text, start, end):
        if one_day and m.group().lower() in _ONE_RAID:
            continue
        if m.group().lower() == "since" and not since:
            continue
        if not so_far and m.group().lower().startswith(("so", "to")):
            continue
        if m.group().lower() == "since" and _SUPERLATIVE_SINCE.search(text, start, m.end()):
            continue  # "the deadliest since a bombing that killed 57": another occasion
        if m.end() <= count_at and ONE_OCCASION.search(text, m.end(), count_at):
            continue  # "four school shootings since 2012, when a gunman killed three": of 2012
        if m.start() > count_at and _ANOTHER_S_CLAUSE.search(text, count_at, m.start()):
            continue  # "41 were killed, according to a group that has been counting victims
            # since the siege began": what the source has done, not the count
        if not m.group().lower().startswith("over the weekend"):
            return True
        if _TOLD_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue  # "revising the account given over the weekend": when it was told
        if not _ONE_EVENT.search(text, start, end) and not _ONE_EPISODE.search(text, start, end):
            return True
    return False


# A telling just before "over the weekend": "the account given", "as police said"
_TOLD_BEFORE = compile_pattern(
    r"\b(?:given|said|told|reported|released|announced|issued|stated|posted|published"
    r"|account|statement|statements|update|updates)\s+$",
    regex.IGNORECASE,
)


# Strikes told in the plural, one raid of several planes or shells on one day
_ONE_RAID = frozenset({"strikes", "raids", "bombings"})


# A weekend's toll of one episode, not a sum of unrelated ones: "security forces shot dead 11
# protesters over the weekend", "the storm killed five people over the weekend"
_ONE_EPISODE = compile_pattern(
    r"\b(?:protesters|demonstrators|marchers|protests?|demonstrations?|crackdown|unrest|riots?"
    r"|rioting|storm|hurricane|typhoon|cyclone|floods?|flooding|wildfire|earthquake|quake)\b",
    regex.IGNORECASE,
)


def _before_its_of(share: NumberMention) -> NumberMention:
    """A share as read without its "of" ("half of" -> "half"), for its subject to be read after:
    "half of the residents", a partitive."""
    cut = len(share.text) - len(share.text.rstrip().removesuffix("of").rstrip())
    return replace(share, end=share.end - cut, text=share.text[: len(share.text) - cut])


def _base_of_fraction(numbers: Sequence[NumberMention], i: int, text: str) -> NumberMention | None:
    """ "more than half of Syria's 20-million-plus population": the figure after "of"."""
    if i + 1 >= len(numbers):
        return None
    nxt = numbers[i + 1]
    between = text[numbers[i].end : nxt.start]
    return nxt if len(between) <= 40 and "." not in between else None


def _read(
    ctx: DocumentContext,
    patterns: CountPatterns,
    sentence: Sentence,
    number: NumberMention,
    anchor: NumberMention,
    previous: _Reading | None,
    *,
    share: bool = False,
) -> _Reading | None:
    text = ctx.text
    m = patterns.measures
    before = text[max(sentence.start, number.start - 60) : number.start]
    # (each search only where ``before`` has a word its matches need: tests in C, for the
    # counts of every counting rule)
    if ("no" in before or "never" in before) and _NEGATED.search(before):
        return None
    if may_contain(before, _KIN) and _KIN_OF.search(before):
        return None
    if may_contain(before, _COUNTERFACTUAL_WORDS) and _COUNTERFACTUAL.search(before):
        return None
    if _OR_MORE.search(text, anchor.start, min(sentence.end, anchor.end + 12)) and (
        _DEFINED_BY.search(before)
    ):
        return None  # "incidents in which four or more people are shot": a definition
    if may_contain(before, ("members",)) and _MEMBERS_OF.search(before):
        return None  # "five members of one family": the five, not one family
    if "aged" in before and _AGED_BEFORE.search(before):
        return None  # "two brothers aged seven and ten died": ages, not the dead
    if may_contain(before, ("from", "of")) and _WHENCE_BEFORE.search(before):
        return None  # "Three people from two families were killed": whence the three
    if may_contain(before, _POPULATION_WORDS) and _POPULATION_BEFORE.search(before):
        return None  # "Larva, a mountain village of some 1,900 residents, was evacuated"
    if _NOT_PEOPLE.match(text, anchor.end, sentence.end):
        return None  # "shot 3 times", "killed 2 hours later"
    if _OUT_OF.match(text, anchor.end, sentence.end):
        return None  # "West Side shooting 1 / 9 Back to Gallery": a picture's number
    subj = patterns.subject.match(text, anchor.end, sentence.end)
    subject = _subject_name(subj, m.subjects) if subj else None
    after = subj.end() if subj else anchor.end

    # "23 fighters were killed", "189 ISIS militants have been killed" (but "two of the
    # victims were hurt" is read with the story's victims: ``_implicit_counts``)
    if share and not (subj and subj["partitive"]):
        return None  # a share is read only of people named: "half of the residents fled"
    if previous and subject and subj and _OF_THEM_ASIDE.match(text, anchor.end, sentence.end):
        # "Nine people died, four of them women, in the blast": four of the dead; not "...,
        # three of them children, and five remain missing" (the five's verb)
        return _Reading(number.start, subj.end(), previous.measure, subject)
    if subject and subj and (
        share or not subj["partitive"] or _of_a_number(subj) or m.reads_some_of_those
    ):
        verb = patterns.verb_after.match(text, after, sentence.end)
        if verb and subj["partitive"] and _of_a_number(subj) and patterns.verb_before.search(
            before
        ):
            # "freed 160 of the 279 schoolchildren kidnapped": the verb after is the 279's,
            # the one before the 160's
            verb = None
        if (
            verb
            and may_contain(text[after : verb.start("verb")], ("and", "as well"))
            and _ANOTHER_COUNT_AND.search(text, after, verb.start("verb"))
            and patterns.verb_before.search(before)
        ):
            verb = None  # "killed four fighters and 12 were wounded": the verb after is the 12's
        if (
            verb
            and _PART_OF_THE.search(before)
            and _FINITE.search(text, after, verb.end())
            # ("one of the two people who are dead": the clause is the two's)
            and not _WHO.search(text, after, verb.start("verb"))
        ):
            # "41 of the 150 passengers were rescued": the verb is the 41's, the 150 are all
            # there were (but "all of the 150 passengers were rescued": all of them; "one of
            # the five people shot": the five, shot)
            return None
        if verb and _SINGULAR_VERB.search(text, after, verb.end()) and (
            _ONE_OF_THEM.search(before) or (not number.fraction and _MANY.match(text, anchor.start))
        ):
            # "one of two boys is in serious condition": the one, not the two; "the suspect in
            # the shooting that killed two teens is now in custody": another subject's verb
            return None
        between = text[after : verb.start("verb")] if verb else ""
        if verb and "," in between and (
            patterns.verb_before.search(before) or _OBJECT_OF_A_VERB.search(before)
        ):
            # "killed one person, wounded three others": the object of "killed"; "pulled 11
            # people from the rubble, and 20 are still trapped": of another rule's verb
            verb = None
        elif verb and _ANOTHER_NOUNS_CLAUSE.match(between):
            verb = None
        elif verb and " and " in between and _HAD_BEFORE.search(before):
            verb = None  # "he had 3 children and 2 died": the object of "had"
        elif verb and "," in between and _IN_A_RELATIVE_CLAUSE.search(before):
            # "No one else on the porch, which was crowded with about a dozen relatives, was
            # struck": the verb after the clause is its subject's, not the count's
            verb = None
        elif verb and ", and " in between and _INCLUDING_BEFORE.search(before):
            # "left 7 dead, including two children, and 15 injured": the two are of the dead
            # (an aside's), the verb the 15's
            verb = None
        elif (
            verb
            and verb["verb"].casefold() in _DONE_TO
            and not _AUXILIARY.search(text, after, verb.start("verb"))
            and _OBJECT_NEXT.match(text, verb.end(), sentence.end)
        ):
            return None  # "three men shot him": the attackers
        if verb and _LEFT_PASSIVE.search(text, after, verb.end()):
            # "15,000 people were left homeless": the state they were left in says what
            # befell them; "left without power" says nothing this rule counts
            state = patterns.left_state.match(text, verb.end(), sentence.end)
            if state is None:
                return None
            measure = m.left_state[state["state"].casefold()]
            return _Reading(number.start, state.end(), measure, subject)
        if verb:
            said = verb["verb"].casefold()
            first = m.after_subject[said]
            # ("Two of the 20 passengers injured died": the verb later is the two's)
            some_of_a_number = bool(subj["partitive"]) and _of_a_number(subj)
            later = (
                None
                # (nor of all of whom some are told of: "28 of the 121 students abducted last
                # week have regained their freedom" did not free the 121)
                if _AUXILIARY.search(text, after, verb.start("verb")) or _PART_OF_THE.search(before)
                else patterns.main_verb_later.match(text, verb.end(), sentence.end)
            )
            if some_of_a_number and first != "killed":
                died = _DIED_NEXT.match(text, verb.end(), sentence.end)
                if died:  # "Two of the 20 people shot died": the two, dead
                    return _Reading(number.start, died.end(), "killed", subject)
            # (not the shot told with how they are: "Two men shot at a party are expected to
            # recover" counts the shot, as a report of the shooting does)
            if later and first != "shot" and m.after_subject[later["verb"].casefold()] != first:
                # "Thirty-nine pupils abducted from the school have been freed": the freed
                measure = m.after_subject[later["verb"].casefold()]
                if measure == "killed" and not some_of_a_number:
                    return None  # "Two people injured in the crash have since died": some of
                    # the dead, told after the hurt (neither toll whole)
                return _Reading(number.start, later.end(), measure, subject)
            measure = _measure(m, first, verb["adv"])
            if verb["also"] and m.subjects.get(verb["also"].lower(), subject) != subject:
                subject = m.default_subject  # "students and teachers": people of two kinds
            return _Reading(number.start, verb.end(), measure, subject, at_least=said in m.at_least)
        if subj and subj["adj"]:  # "a dozen seriously injured people"
            measure = _measure(m, m.as_adjective[subj["adj"].casefold()], subj["adv"])
            return _Reading(number.start, after, measure, subject, described=True)
    # "killing at least 23 fighters", "has displaced more than 11 million"
    verb_before = patterns.verb_before.search(before)
    conjunct = None
    if verb_before is None and subject is not None and may_contain(before, ("and", "as well")):
        # "killed at least 27 soldiers and 11 civilians": the verb of the count before
        conjunct = _A_COUNT_AND.search(before)
        if conjunct is not None:
            verb_before = patterns.verb_before.search(before, 0, conjunct.start())
    said_before = verb_before["verb"].casefold() if verb_before else ""
    if verb_before and said_before in m.needs_subject and (
        (
            subj is None
            and not (previous and _MORE_OF_THEM.match(text, anchor.end, sentence.end))
            and not (
                said_before not in _LOSS_VERBS
                and _coordinated(text, previous, number.start - len(before) + verb_before.start())
            )
        )
        or (subj is not None and said_before in m.not_relatives
            and _head_noun(subj) in _RELATIVES)
    ):
        verb_before = None  # "lost 17 games", "lost two brothers" (not "detained 40 others")
    if verb_before and said_before in m.only_subjects and (
        subj is None or _head_noun(subj) not in m.only_subjects[said_before]
    ):
        verb_before = None  # "released two people held in the killing"
    if verb_before and subject is None and _THING_AFTER.match(text, anchor.end, sentence.end):
        verb_before = None  # "has sent 12 helicopters": things, not people
    if verb_before:
        # (the second count alone where the verb is the first's: "[killed 27 soldiers and] 11
        # civilians", whose sum is read with the list, ``_victim_lists``)
        start = number.start if conjunct else number.start - len(before) + verb_before.start()
        who = subject or _inherit(previous, text, anchor.end, m.default_subject)
        said = verb_before["verb"].casefold()
        state = patterns.left_state.match(text, after, sentence.end) if m.left_state else None
        if state is not None and said in m.left_verbs:
            # "stabbed three people to death": the state they were left in says what befell them
            measure = m.left_state[state["state"].casefold()]
            return _Reading(start, state.end(), measure, who, at_least=said in m.at_least)
        return _Reading(start, after, m.before_number[said], who, at_least=said in m.at_least)
    # "a war that has left more than 300,000 people dead"
    if patterns.left_before.search(before):
        state = patterns.left_state.match(text, after, sentence.end)
        if state:
            start = number.start - len(before) + patterns.left_before.search(before).start()  # type: ignore[union-attr]
            return _Reading(
                start,
                state.end(),
                m.left_state[state["state"].casefold()],
                subject or m.default_subject,
            )
    # "the death toll rose to 41"
    if patterns.toll:
        # (further back: "the death toll from the shelling of Douma on Monday rose to 19")
        far = text[max(sentence.start, number.start - 200) : number.start]
        toll = patterns.toll.search(far)
        start = number.start - len(far) + toll.start() if toll else -1
        if toll and not _toll_told_before(ctx, patterns, start, number):
            passed = _PASSED.search(toll.group().rstrip()) is not None
            nearly = _NEARS.search(toll.group().rstrip()) is not None
            # ("the number of students abducted ... has risen to 112": the toll's own noun)
            who = subject or _named_in(toll.group(), m.subjects) or m.default_subject
            return _Reading(
                start, after, m.toll_measure, who, at_least=passed, nearly=nearly, toll=True
            )
    # "50 killed and 120 wounded", "dozens more wounded"
    if not subject:
        bare = patterns.bare_verb.match(text, anchor.end, sentence.end)
        if bare and bare["verb"].casefold() == "shot" and _SHOTS_BEFORE.search(before):
            bare = None
        # "Two of the three died", "two of the four were killed": the verb is the two's (but
        # "one of the four injured remains ...": the four hurt)
        some_of = _SOME_OF_THE.search(before) is not None
        if bare and some_of and bare["verb"].casefold() in ("died", "dies", "die"):
            return None
        if bare:
            who = _inherit(previous, text, anchor.end, m.default_subject, number.start)
            said = bare["verb"].casefold()
            measure = _measure(m, m.as_adjective[said], bare["adv"])
            described = _NOUN_NEXT.match(text, bare.end(), sentence.end) is not None
            return _Reading(
                number.start, bare.end(), measure, who, described, at_least=said in m.at_least
            )
        passive = patterns.bare_passive.match(text, anchor.end, sentence.end)
        if passive and not some_of:
            who = _inherit(previous, text, anchor.end, m.default_subject)
            measure = _measure(m, m.after_subject[passive["verb"].casefold()], passive["adv"])
            return _Reading(number.start, passive.end(), measure, who)
    # "including 700 militants": a part of the count just read; "including two medics and
    # three nurses": the next of the aside's list too
    if previous and subject and (
        patterns.including.search(before) or _next_in_the_aside(patterns, text, previous, number)
    ):
        return _Reading(number.start, after, previous.measure, subject)
    return None


_LIST_NEXT = compile_pattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _next_in_the_aside(
    patterns: CountPatterns, text: str, previous: _Reading, number: NumberMention
) -> bool:
    return (
        _LIST_NEXT.fullmatch(text, previous.end, number.start) is not None
        and _IN_AN_ASIDE.search(text, max(0, previous.start - 90), previous.start) is not None
    )


# (the list an aside opens: "including two medics, three nurses and")
_IN_AN_ASIDE = compile_pattern(_ASIDE_OPENER + r"[^.;:()]{0,80}$")


# "the number of students abducted": whom a toll is the number of
_NUMBER_OF = compile_pattern(r"\b[Nn]umber\s+of\s+(?P<words>(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)")


def _named_in(toll: str, classes: Mapping[str, str]) -> str | None:
    """The class of whom a toll says it is the number of ("the number of students abducted"),
    if it says (not "the death toll from the police raid": the dead were no police)."""
    m = _NUMBER_OF.search(toll)
    for word in (m.group("words").lower().split() if m else ()):
        if word in classes:
            return classes[word]
    return None



def _head_noun(subject: regex.Match[str]) -> str:
    """The noun a subject match ends on, lower-case: "family members" -> "members"."""
    return subject["subject"].split()[-1].lower()


def _measure(measures: Measures, measure: str, adverb: str | None) -> str:
    """ "five officers were fatally wounded": the adverb, where it says more, wins."""
    return measures.adverb_measure.get((adverb or "").casefold(), measure)


def _toll_told_before(
    ctx: DocumentContext, patterns: CountPatterns, toll_start: int, number: NumberMention
) -> bool:
    """Whether the toll that opens at ``toll_start`` reaches a count before ``number``: "the
    death toll to three, and police have revised the number of wounded to 17" (17 is no toll)."""
    assert patterns.toll is not None
    return any(
        patterns.toll.search(ctx.text, toll_start, earlier.start)
        for earlier in ctx.numbers_in(toll_start, number.start)
    )


# "killed 37 people and infected 1,840": the second verb's count, of people as the first's
# (not a loss: "killed five people and lost two of their own" says whose later)
_LOSS_VERBS = frozenset({"lost", "has lost", "had lost", "have lost", "losing"})
_AND_ONLY = compile_pattern(r",?\s+and\s+(?:(?:has|have|had)\s+)?")


def _coordinated(text: str, previous: _Reading | None, verb_at: int) -> bool:
    """Whether the verb at ``verb_at`` is coordinated with the count read just before, with
    nothing between but "and": its count counts people as that one did."""
    return previous is not None and _AND_ONLY.fullmatch(text, previous.end, verb_at) is not None


def _inherit(
    previous: _Reading | None, text: str, at: int, default: str, start: int | None = None
) -> str:
    """ "killing 23 fighters and wounding dozens more": "more" counts what was counted before;
    "two Osk soldiers were killed and nine wounded": the nine are Osk soldiers too (of a side:
    elsewhere "and nine wounded" may take in others)."""
    if previous and regex.match(r"\s+more\b", text[at : at + 10]):
        return previous.subject
    if (
        previous
        and start is not None
        and " " in previous.subject
        and not previous.subject.startswith("other ")
        and _ELLIPSIS.fullmatch(text, previous.end, start)
    ):
        return previous.subject
    return default


_ELLIPSIS = compile_pattern(r"\s*,?\s+and\s+")


def class_of_age(age: int, *, months: bool = False) -> str:
    """The class of people named by their age: "two 17-year-olds" are children."""
    return "children" if months or age < 18 else "people"


def _subject_name(m: regex.Match[str], classes: Mapping[str, str] = SUBJECT_CLASSES) -> str:
    """ "pro-government fighters", "other people": the class of the head noun, with the side
    it is on, and "other" for a count that leaves out someone counted elsewhere ("seven other
    people were injured" is not a total)."""
    if m["age"]:
        head = class_of_age(int(m["age"]), months="month" in m["subject"])
    else:
        head = classes.get(m["subject"].casefold(), m["subject"].casefold())
    mods = (m["mods"] or "").lower().split()
    side = _side(m["mods"] or "") or (_named_side(m["mods"] or "") if head in _ARMED else None)
    other = "other " if any(w in ("other", "others", "additional", "further") for w in mods) else ""
    return f"{other}{side} {head}" if side else f"{other}{head}"


# Armed people, whose side a capitalised word before them names even where no list knows it:
# "two Osk soldiers", "five Varnian troops" (each side counts its own dead)
_ARMED = frozenset({"soldiers", "fighters"})
_CAPITALISED = compile_pattern(r"\p{Lu}[\p{L}'’-]*")
# (a title-case headline's words, and what a capital opens that is no side)
_NO_SIDE = frozenset({"the", "a", "an", "more", "other", "others", "two", "three", "four",
                      "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                      "killed", "dead", "wounded", "injured", "missing", "among", "all",
                      "some", "many", "several", "at", "least",
                      # a force's name: "National Guard members", "Border Police officers"
                      "national", "guard", "border", "special", "royal", "federal", "state",
                      "coast", "air", "naval", "elite", "reserve", "army", "navy", "force",
                      "forces", "police", "security", "presidential", "republican", "civil",
                      "defence", "defense", "marine", "marines", "armed"})  # fmt: skip
# Words of an agency's name before its staff, no side's: "Three North Lake Fire personnel"
_AGENCY_WORDS = frozenset({"fire", "rescue", "ems", "medical", "county", "city", "department",
                           "sheriff's", "police", "ambulance", "hospital"})  # fmt: skip


def _named_side(mods: str) -> str | None:
    """ "Osk" in "Osk soldiers": the last capitalised word before the noun."""
    if any(w.lower() in _AGENCY_WORDS for w in mods.split()):
        return None
    words = [w for w in mods.split() if _CAPITALISED.fullmatch(w) and w.lower() not in _NO_SIDE]
    if len(words) >= 2:
        # ("50 Burkina Faso soldiers": a country of two words, by its people's word where
        # there is one, as "50 Burkinabe soldiers" names them)
        country = next((" ".join(words[-n:]) for n in (3, 2)
                        if core_key(" ".join(words[-n:])) in country_keys()), None)  # fmt: skip
        if country is not None:
            return _people_of(core_key(country))
    return words[-1].lower() if words else None


def _people_of(country: str) -> str:
    """A country's people's word ("burkina faso" -> "burkinabe"), or the country's key."""
    return min((people for people, of in demonyms().items() if core_key(of) == country),
               default=country)  # fmt: skip


def _side(mods: str) -> str | None:
    """The side named in the words before a subject: "pro-government", "Islamic State"."""
    words = mods.split()
    aliases = default_aliases()
    for n in (2, 1):
        for j in range(len(words) - n, -1, -1):
            phrase = " ".join(words[j : j + n])
            canonical = aliases.canonical(phrase)
            if canonical and aliases.entity_type(canonical) == "group":
                return canonical
            if n == 1 and phrase.lower() in SIDES:
                return phrase.lower()
    return None


# -- a bulletin's labelled lines ----------------------------------------------------------------


class LabelledCounts:
    """A bulletin's figures, each on a line of its own after a label, by the measure each label
    gives: "Deaths: 46 confirmed by the Ministry of Health.", "- Missing: 73", "Persons
    evacuated: 12,600, including 4,150 children" (``labelled_counts``)."""

    def __init__(self, labels: Mapping[str, str]) -> None:
        self.labels = {label.lower(): measure for label, measure in labels.items()}
        # ("Guards killed: 2", "Detainees who escaped: 863": who, then the label)
        self.pattern = compile_words(
            r"\b(?:(?P<who>\L<subjects>)[ \t]+(?:who[ \t]+(?:were[ \t]+|have[ \t]+been[ \t]+)?)?)?"
            # ("Persons rescued from the building by firefighters: 41", "Injured persons handed
            # over to ambulance teams: 24": where, by whom; not "Dead or injured: 40")
            r"(?P<label>\L<labels>)(?:[ \t]+(?:from|by|at|in|on|to|near|\p{Ll}{2,}ed)[ \t]+"
            r"[^:\n]{1,60}?)?"
            r"\s*:[ \t]*(?=(?:(?:at\s+least|about|some|over|more\s+than"
            r"|nearly|around|approximately|up\s+to)\s+)?[\d\p{L}])",
            flags=regex.IGNORECASE,
            labels=list(self.labels),
            subjects=list(SUBJECT_CLASSES),
        )


# (at a line's start, or after a bullet)
_LINE_START = compile_pattern(r"(?:^|\n)[ \t]*(?:[-•*–][ \t]+)?$")
# (a line's indent and bullet)
_BULLET = compile_pattern(r"[ \t]*(?:[-•*–][ \t]+)?")


def _label_places(text: str) -> Iterator[int]:
    """Where a label may begin: a line's start, or its bullet's end, on a line with a colon.
    A label is tried only there: searched for at every offset of the text, the pattern with
    its long lists took a tenth of all reading time."""
    colon = text.find(":")
    while colon >= 0:
        line = text.rfind("\n", 0, colon) + 1
        bullet = _BULLET.match(text, line, colon)
        yield bullet.end() if bullet else line
        next_line = text.find("\n", colon)
        colon = text.find(":", next_line) if next_line >= 0 else -1


def labelled_counts(
    ctx: DocumentContext, check: str, kind: str, labels: LabelledCounts
) -> Iterator[Claim]:
    """The counts of a bulletin's labelled lines (every line of a sentence that runs over
    several: "Deaths: 11\nMissing: 6")."""
    text = ctx.text
    for place in _label_places(text):
        sentence = ctx.sentence_at(place)
        if sentence is None:
            continue
        m = labels.pattern.match(text, place, sentence.end)
        if m is None or not _LINE_START.search(text, max(0, m.start() - 6), m.start()):
            continue
        number = next(iter(ctx.numbers_in(m.end(), sentence.end)), None)
        if number is None or number.start != m.end() or number.fraction:
            continue  # ("Deaths: figures for 2019 are not final")
        event, reported = ctx.when(sentence, m.start())
        who = SUBJECT_CLASSES.get((m["who"] or "people").lower(), "people")
        yield ctx.claim(
            check, kind, labels.labels[m["label"].lower()], who, m.start(), number.end,
            number.value, sentence, place=ctx.place_near(sentence, number.end), time=event,
            reported=reported,
        )  # fmt: skip
