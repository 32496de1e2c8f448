"""Victims listed one by one and counted together.

Local news often names the casualties as a list of people rather than a number: "a man and two
teenagers were wounded", "leaving a mother and a grandmother dead", "seven officers and two
civilians were hurt", "one man, 34, and a woman, 29, were killed". The total is the sum of the
parts: each part is "a"/"one"/"the"/"his" and a singular noun (one person) or a number and a
plural noun. A part with no number ("children were hurt") makes the total unknown, so there is
no claim.

Pure functions over the text; the rule turns a ``VictimList`` into a claim.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import regex

from homscheck.checks._counting import SUBJECT_CLASSES, class_of_age
from homscheck.checks.hc501_official import _is_person
from homscheck.dates import MONTHS
from homscheck.model import WEEKDAYS
from homscheck.numbers import read_number
from homscheck.patterns import compile_pattern, compile_words, prefix_tree
from homscheck.scope import POSSESSIVES, SPELLED_NUMBERS

# One person, named by what they are: "a man", "his wife", "the 6-year-old girl".
SINGULAR: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(["man", "father", "husband", "boyfriend", "son", "brother", "grandfather",
                     "uncle", "nephew", "male", "dad", "stepfather", "stepson", "grandson",
                     "fiance", "fiancé", "ex-husband", "ex-boyfriend"], "men"),
    **dict.fromkeys(["woman", "mother", "wife", "girlfriend", "daughter", "sister",
                     "grandmother", "aunt", "niece", "female", "mom", "mum", "stepmother",
                     "stepdaughter", "granddaughter", "fiancee", "fiancée", "ex-wife",
                     "ex-girlfriend"], "women"),
    **dict.fromkeys(["boy", "girl", "child", "toddler", "baby", "infant", "teen", "teenager",
                     "juvenile", "student", "youth", "minor"], "children"),
    **dict.fromkeys(["officer", "deputy", "trooper", "policeman", "policewoman", "agent"],
                    "police"),
    **dict.fromkeys(["person", "adult", "bystander", "resident", "driver", "passenger",
                     "customer", "neighbor", "neighbour", "worker", "employee", "guard",
                     "victim", "coworker", "co-worker", "friend", "relative", "cousin",
                     "roommate", "clerk", "security guard",
                     # a crash's or a fire's: "the bus killed a pedestrian"
                     "pedestrian", "cyclist", "motorcyclist", "tourist", "pilgrim", "patient",
                     "shopkeeper",
                     # the outdoors' and the road's: "a hiker was killed by the blaze", "a
                     # volunteer died fighting it"
                     "hiker", "camper", "climber", "swimmer", "motorist", "homeowner", "boater",
                     "hunter", "volunteer",
                     # a home's and a workplace's: "killing his landlord and a mail carrier"
                     "landlord", "landlady", "tenant", "carrier", "mail carrier", "partner",
                     "ex-partner", "boss", "supervisor", "manager", "classmate", "teacher",
                     "bartender", "bouncer", "cashier", "acquaintance", "housemate", "babysitter",
                     "caretaker", "brother-in-law", "sister-in-law", "mother-in-law",
                     "father-in-law", "son-in-law", "daughter-in-law", "stepbrother",
                     "stepsister"], "people"),
    # the people of other news, one at a time: "the fire killed a firefighter", "a soldier was
    # killed and two civilians wounded", "shot a journalist", "an inmate died"
    **dict.fromkeys(["soldier", "serviceman", "servicewoman", "peacekeeper"], "soldiers"),
    **dict.fromkeys(["civilian", "villager"], "civilians"),
    **dict.fromkeys(["journalist", "reporter", "photographer", "cameraman"], "journalists"),
    **dict.fromkeys(["firefighter", "fireman", "paramedic", "rescuer", "medic"], "responders"),
    **dict.fromkeys(["inmate", "prisoner", "detainee", "hostage"], "prisoners"),
    **dict.fromkeys(["teacher", "nurse", "doctor", "miner", "farmer", "fisherman", "labourer",
                     "laborer", "shepherd", "herder", "rancher", "trucker", "lineman",
                     "contractor"], "workers"),
})  # fmt: skip

# Several people: "two teens", "four Dallas police officers".
PLURAL: Mapping[str, str] = MappingProxyType({
    **{k: v for k, v in SUBJECT_CLASSES.items() if k not in SINGULAR and not k.endswith("man")},
    **dict.fromkeys(["men", "fathers", "sons", "brothers"], "men"),
    **dict.fromkeys(["women", "mothers", "daughters", "sisters"], "women"),
    **dict.fromkeys(["boys", "girls", "toddlers", "babies", "teens", "teenagers"], "children"),
    **dict.fromkeys(["officers", "deputies", "troopers", "agents", "policemen"], "police"),
    **dict.fromkeys(["adults", "bystanders", "relatives", "friends", "cousins", "coworkers",
                     "co-workers"], "people"),
})  # fmt: skip

# Words that may stand before the noun without changing who is counted: "two other young men",
# "a 6-year-old girl", "four Dallas police officers".
_MODIFIERS = [
    "other", "young", "elderly", "teenage", "teenaged", "unidentified", "unarmed", "innocent",
    "former", "local", "female", "male", "adult", "older", "younger", "pregnant", "police",
    "off-duty", "on-duty", "security", "fellow", "armed", "injured", "wounded", "second",
    "third", "another", "state", "city", "county", "federal", "veteran", "rookie",
    "estranged", "longtime",
]  # fmt: skip
_ONE = ["a", "an", "one", "the", *POSSESSIVES, "another"]
# Words anywhere in a capitalised "name" that make it something else than what
# ``hc501_official._is_person`` already rules out (agencies, groups, places it knows): a time,
# a sentence opener, a street ("Earlier Friday, two men", "Both Bass").
_NOT_A_PERSON = {*MONTHS, *(day.lower() for day in WEEKDAYS)} | {
    "earlier", "later", "both", "after", "before", "when", "while", "county",
    "city", "state", "street", "avenue", "road", "park", "school", "lane", "drive", "boulevard",
    "highway", "square",
}  # fmt: skip

_MEMBER = (
    # "her two children": a possessive before a number
    r"(?:(?:(?:(?:\L<possessive>)\s+)?(?P<det>\d{1,3}|\L<numwords>)\s+|(?P<det>\L<one>)\s+)?"
    r"(?P<mods>(?:(?:\L<mods>|(?:\d{1,3}|\L<ages>)-(?:year|month|week|day)s?-old"
    r"|\p{Lu}[\p{L}.-]*)\s+){0,3})"
    # "a 5-year-old and a 7-year-old", "a six-year-old and three others": people named by
    # their age (not "16-year-old Monica Bates": an age before a name is the name's)
    r"(?P<noun>\L<nouns>|(?:\d{1,3}|\L<ages>)-(?:year|month)-olds?(?!\s+\p{Lu}))\b(?!-)"
    # or one person by name: "Luis Ortega", "19-year-old Ana M. Ruiz"
    r"|(?P<named>(?:\d{1,3}-(?:year|month)-old\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?"
    r"(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}\p{N}])"
    # or one told of before, first of those listed: "She and three neighbors were shot"
    r"|(?<![\p{L}\p{N}])(?P<pronoun>[Hh]e|[Ss]he)(?=\s+and\b))"
    # a name apposed: "his landlord, Tom Reyes, 61, and ..."
    r"(?:(?<=\b(?:\L<singular>))\s*,\s*(?P<apposed>\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})"
    r"(?=\s*[,;.]|\s*$))?"
    # an apposed age: "a man, 34, and a woman", "... and his nephew, Sam Ortiz, 30."
    r"(?:\s*,\s*\d{1,3}\s*(?=[,;]|\.(?!\d)|$))?"
    # a clause about the member: "a woman, who was getting ready for bed, and three men"
    r"(?:\s*,\s*who\s+[^,;.]{1,60}(?=,))?"
)
_NUMBER_WORDS = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
]  # fmt: skip
_LISTS: dict[str, Any] = {
    "one": _ONE + [w.capitalize() for w in _ONE],
    "possessive": POSSESSIVES + [w.capitalize() for w in POSSESSIVES],
    "numwords": _NUMBER_WORDS + [w.capitalize() for w in _NUMBER_WORDS],
    "mods": _MODIFIERS,
    "ages": SPELLED_NUMBERS + [w.capitalize() for w in SPELLED_NUMBERS],
    # ("a teenager and two others were shot": others than the members before them)
    "nouns": [*SINGULAR, *PLURAL, "others"],
    "singular": list(SINGULAR),
}
MEMBER = compile_words(rf"{_MEMBER}", **_LISTS)
# (a semicolon between members that carry their own commas: "35-year-old Lance Buckley;
# 30-year-old Amy Buckley; and 5-year-old Claire Buckley")
_SEPARATOR = r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)"


def verb_pattern(verbs: list[str]) -> regex.Pattern[str]:
    """A cheap test run before ``list_pattern``: most sentences name no casualty at all. (The
    verbs are a prefix tree, which is searched faster than a word list.)"""
    return compile_pattern(rf"\b{prefix_tree(verbs)}\b")


def list_pattern(verbs: list[str]) -> regex.Pattern[str]:
    """Two or more members, then what happened to them: "a man and two teens [were] wounded".

    Matched in reverse from the verb's end (``regex.REVERSE``), so that a list is only looked
    for where a casualty verb ends it, and reaches as far back as its first member."""
    return compile_words(
        rf"(?<![\p{{L}}\p{{N}}-])(?P<list>{_MEMBER}(?:{_SEPARATOR}{_MEMBER})+)"
        # their ages told together: "Ann Lee and Jo Roe, both 16, were killed"
        r"(?:\s*,\s*(?:both|all|ages|aged)\s+\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*\s*,)?"
        # a plural verb or none ("were wounded", headline "man, 2 teens wounded"): "was" says
        # the names are one person ("his daughter and passenger was hurt")
        r"(?:\s*,)?(?:\s+(?:were|have\s+been|had\s+been|are|all|both|later|also))*"
        r"(?:\s+(?P<adv>fatally|mortally|critically|seriously|badly))?"
        r"\s+(?P<verb>\L<verbs>)\b",
        flags=regex.REVERSE,
        verbs=verbs,
        **_LISTS,
    )


def object_list_pattern(verbs: list[str]) -> regex.Pattern[str]:
    """What was done, then two or more members joined by "and": "wounding two men and a
    woman", "the gunman killed a man and his wife". Not a list whose last member goes on to
    a verb of its own ("wounding two men, and a woman said")."""
    # (The look-behind is tried only where a verb starts, the lookahead says, not at every
    # position: the pattern is searched for in every sentence that speaks of casualties. The
    # verbs are a prefix tree, which is searched faster than a word list.)
    verb = prefix_tree(verbs)
    return compile_words(
        rf"\b(?={verb})"
        # a verb, not an adjective: not "found the wounded boy and a second person"
        r"(?<!\b(?:the|a|an|his|her|their|its|two|three|four|five|several|other)\s+)"
        rf"(?P<verb>{verb})\s+(?:(?P<adv>fatally|mortally|critically|seriously)\s+)?"
        rf"(?P<list>{_MEMBER}(?:{_SEPARATOR}{_MEMBER})+)(?![\p{{L}}\p{{N}}-])"
        r"(?!\s+(?:said|says|told|was|were|is|are|has|had|who)\b)",
        **_LISTS,
    )


@dataclass(frozen=True)
class VictimList:
    start: int
    end: int
    total: int
    subject: str  # the shared class when all members are of one ("police"), else "people"
    verb: str
    adverb: str | None
    # a member is named, or one told of before ("the woman"): says who was hurt, not that no
    # one else was
    named: bool = False


_REACH = 240  # how far before its verb a list may start


def victim_lists(
    pattern: regex.Pattern[str], verb: regex.Pattern[str], text: str, start: int, end: int
) -> Iterator[VictimList]:
    """The lists of a sentence, each looked for only just before a casualty verb (fast)."""
    for v in verb.finditer(text, start, end):
        m = pattern.match(text, max(start, v.start() - _REACH), v.end())
        found = _victim_list(m, after_verb=False) if m is not None else None
        if found is not None:
            yield found


def object_lists(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> Iterator[VictimList]:
    """The lists a casualty verb takes as its object in ``text[start:end]``."""
    for m in pattern.finditer(text, start, end):
        found = _victim_list(m, after_verb=True)
        if found is not None:
            yield found


def _victim_list(m: regex.Match[str], *, after_verb: bool) -> VictimList | None:
    """The list a pattern matched, counted; None when it is no list of victims. A list after
    its verb must end on "and" ("wounding two men and a woman")."""
    listed = m["list"]
    members = list(MEMBER.finditer(listed))
    if len(members) < 2:
        return None  # ("The victim, Henry Holloway, 22,": one person, a name set off after)
    if after_verb and not _ends_on_and(listed, members):
        return None
    if members[0]["pronoun"] and not _PASSIVE.search(m.string[m.end("list") : m.start("verb")]):
        return None  # ("he and his brother shot two men": who shot, not who was shot)
    if _apposition(listed, members) or _two_clauses(listed, members):
        return None
    told_again = _told_again(listed, members)
    counted = told_again or _sum_members(listed, members)
    if counted is None:
        return None
    total, subject = counted
    # the quote is the list alone: "Six officers and three civilians were hurt" is already the
    # quote of the count of officers, and one span makes one claim
    # ("the woman and the 19-year-old were in stable condition": those told of before, by name
    # or with "the", say who, not that no one else; a count told again by name says how many:
    # "Two men, Jo Roe and Al Poe, were killed")
    # ("The victims, a man and a woman, were killed": all the victims, told one by one)
    told = members[1:] if told_again and _the_ones(members[0]) else (
        members[:1] if told_again else members
    )
    told_of = any(
        m["named"] or m["pronoun"] or m["apposed"] or (m["det"] or "").lower() == "the"
        for m in told
    )
    # ("her mother and two younger brothers died": the kin of one told of are some of the dead;
    # not "he killed his wife and her boyfriend", the killer's)
    told_of = told_of or (not after_verb and _kin_of_another(members[0]))
    # ("he lost his father and two brothers": one family's dead, some of the toll)
    told_of = told_of or (m["verb"].lower() in _LOST and _kin_of_another(members[0]))
    return VictimList(
        m.start("list"), m.end("list"), total, subject, m["verb"].lower(), m["adv"], told_of
    )  # fmt: skip


_LOST = frozenset({"lost", "losing", "loses", "lose"})
_PASSIVE = compile_pattern(r"\b(?:were|are|have\s+been|had\s+been|was)\b")


def _kin_of_another(first: regex.Match[str]) -> bool:
    words = first.group().split(maxsplit=1)
    return bool(words) and words[0].lower() in POSSESSIVES


def _ends_on_and(listed: str, members: list[regex.Match[str]]) -> bool:
    """ "two men, a woman and a child": the last member follows "and"; in "a second person,
    a man" the last is the first one's apposition."""
    return len(members) > 1 and "and" in listed[members[-2].end() : members[-1].start()].split()


def _apposition(listed: str, members: list[regex.Match[str]]) -> bool:
    """ "the victim, a woman, died": two names of one person, not a list of two."""
    return (
        len(members) == 2
        and "and" not in listed[members[0].end() : members[1].start()]
        and all(m["named"] or _is_singular(m["noun"].lower()) for m in members)
    )


def _two_clauses(listed: str, members: list[regex.Match[str]]) -> bool:
    """ "rescued 62 survivors, and 17 people are missing": a comma before "and" between two
    members ends a clause (not after a member with commas of its own: "a man, 34, and a
    woman")."""
    if len(members) != 2 or "," in members[0].group():
        return False
    between = listed[members[0].end() : members[1].start()]
    return "," in between and "and" in between.split()


def _told_again(listed: str, members: list[regex.Match[str]]) -> tuple[int, str] | None:
    """ "Two other victims, a man and a woman, were hurt": the members after the comma are
    the first one told again, one by one, when they add up to it (two, not four)."""
    if len(members) < 3 or members[0]["named"]:
        return None
    between = listed[members[0].end() : members[1].start()]
    if "," not in between or "and" in between.split():
        return None
    first, rest = _sum_members(listed, members[:1]), _sum_members(listed, members[1:])
    if first is None and rest is not None and _the_ones(members[0]):
        return rest  # "The victims, a 30-year-old man and a 28-year-old woman, were killed"
    if first is None or rest is None or first[0] != rest[0]:
        return None
    # (each of them one of the first: "two men, a woman and a child" are four; people named
    # say nothing against it: "two soldiers, Cpl Ann Lee and Pte Jo Roe")
    kind = first[1].removeprefix("other ")
    if all(m["named"] for m in members[1:]):
        return first
    return first if kind == "people" or rest[1].removeprefix("other ") == kind else None


def _the_ones(member: regex.Match[str]) -> bool:
    """ "the victims", "the dead": those a list after it names one by one, with no count."""
    return (member["det"] or "").lower() == "the" and not _is_singular(member["noun"].lower())


def _sum_members(listed: str, members: list[regex.Match[str]]) -> tuple[int, str] | None:
    """ "a man and two teens" -> (3, "people"); None when a member has no count."""
    total = 0
    classes: set[str] = set()
    other = False
    previous: regex.Match[str] | None = None
    for member in members:
        after, previous = previous, member
        if member["pronoun"]:
            total += 1
            classes.add("people")
            continue
        if member["named"]:
            named = member["named"]
            if not _is_person(named) or _NOT_A_PERSON & set(named.lower().split()):
                return None  # "Chicago Police and two residents", "Earlier Friday, two men"
            if not _names_the_one_before(listed, after, member):
                total += 1
                classes.add("people")
            continue
        count = _member_count(member)
        if count is None:
            return None
        noun = member["noun"].lower()
        classes.add(_noun_class(noun))
        # "seven other officers and two civilians" are others than someone told of before;
        # "Luis Ortega, his wife and two other relatives" are others than the ones listed
        other = other or (
            total == 0 and (noun == "others" or "other" in member["mods"].lower().split())
        )
        total += count
    subject = classes.pop() if len(classes) == 1 else "people"
    return total, f"other {subject}" if other else subject


def _names_the_one_before(
    listed: str, before: regex.Match[str] | None, member: regex.Match[str]
) -> bool:
    """ "his wife, Ann Roe, and his son": the name, set off by commas after one person, is
    that person's."""
    if before is None or before["named"] or before["pronoun"]:
        return False
    if not _is_singular(before["noun"].lower()):
        return False
    between = listed[before.end() : member.start()]
    return "and" not in between.split() and "," in between


_AGED = compile_words(
    r"(?P<age>\d{1,3}|\L<ages>)-(?P<unit>year|month)-old(?P<plural>s?)", ages=SPELLED_NUMBERS
)


def _is_singular(noun: str) -> bool:
    aged = _AGED.fullmatch(noun)
    return not aged["plural"] if aged else noun in SINGULAR


def _noun_class(noun: str) -> str:
    """ "wife" -> "women", "teens" -> "children", "a 7-year-old" -> "children"."""
    aged = _AGED.fullmatch(noun)
    if aged:
        age = read_number(aged["age"])
        years = int(age.low) if age is not None and age.low is not None else 0
        return class_of_age(years, months=aged["unit"] == "month")
    return "people" if noun == "others" else SINGULAR.get(noun) or PLURAL[noun]


def _member_count(member: regex.Match[str]) -> int | None:
    noun = member["noun"].lower()
    det = (member["det"] or "").lower()
    if _is_singular(noun):
        # "the man", "his wife", "Wallkill man": one person; "two man" is no English
        return 1 if det in ("", *_ONE) else None
    if not det or det in _ONE:
        return None  # "their children", "officers": how many is not said
    value = read_number(det)
    if value is None or not value.is_point or value.low is None:
        return None
    return int(value.low)
