"""Population: how many people live in a place.

Reads "Tadmor, a city of about 50,000", "Syria's 20-million-plus pre-war population", "a
population of 1.2 million", "Raqqa, home to some 300,000 people", "Jumla has 108,000
inhabitants", "the town, home to some 80,000 people" (the town named before).

A population is the denominator of every "half of the people" claim; two sources that disagree
on it disagree on every share computed from it. "pre-war" populations are kept apart from
current ones.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim
from homscheck.names import place_key
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_pattern
from homscheck.places import OPENING_PREPOSITIONS
from homscheck.text import Sentence

CODE = "HC202"
NAME = "population"
KIND = "population"
EXAMPLES = [
    (
        "Manbij, a city of about 100,000, lies west of the river.",
        "population of Manbij = about 100,000",
    ),
    (
        "Lebanon's 6 million population hosts a million refugees.",
        "population of Lebanon = 6,000,000",
    ),
]

# "a city of about 50,000", "a town of 3,000 people", "home to 300,000 residents"
_APPOSITION = compile_pattern(
    r"\b(?:an?\s+(?:\w+\s+){0,2}?(?:city|town|village|country|nation|district|province|"
    r"region|island|state|municipality|commune|county|governorate|settlement|suburb)\s+of"
    r"|home\s+to|(?:an?\s+)?(?P<when>pre-war|prewar|current|present"
    r"|estimated|total)?\s*population\s+of"
    # ("Ashby Crossing, population 3,400, is ...", "(pop. 1,200)")
    r"|(?<=,\s)population|\bpop\.)"
    # ("which is home to an estimated 40,000 people")
    r"(?:\s+an\s+estimated)?\s+$"
)
# What a place is made of, not who lives there: "an archipelago nation of more than 17,000
# islands", "a country of 1.2 million square kilometres", "a state of 36 ethnic groups"
_NOT_PEOPLE_NEXT = compile_pattern(
    # ... or of what it holds: "Pataz is home to dozens of gold mines"
    # (nor households or families: "a settlement of around 600 households" is no headcount)
    r"\s+of\s+(?!(?:people|residents|inhabitants|souls|citizens|villagers"
    r"|civilians|refugees|migrants|displaced)\b)(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+s\b"
    # ... or things by their plural, after a word or two: "home to several foreign automakers"
    # (not people, nor a verb after them: "a city of some 225,000 people that has become")
    r"|\s+(?:(?!\L<people>\b)[\p{Ll}-]+\s+){0,2}?(?!\L<people>\b|\L<not_plurals>\b)"
    r"[\p{Ll}-]+s\b"
    r"|\s+(?:islands|islets|square|sq|km|kilometres|kilometers|miles|hectares|acres|lakes"
    r"|rivers|villages|towns|cities|districts|provinces|states|regions|counties|languages"
    r"|tribes|ethnic|dialects|species|hills|mountains|volcanoes|ranches|farms)\b",
    people=["people", "residents", "inhabitants", "souls", "citizens", "villagers", "civilians",
            "refugees", "migrants", "displaced", "persons", "individuals", "voters", "workers",
            "students", "children", "women", "men",
            # (words that end the count's phrase: "a town of 3,000 in the hills")
            "that", "who", "which", "and", "but", "in", "on", "at", "of", "the", "a", "an",
            "near", "with", "from", "by", "to", "for", "since", "during", "after", "before",
            "along", "around", "about", "over", "under", "into", "is", "was", "has", "had"],
    # (words in "s" that are no plurals, besides the verbs above: "has", "was", "is")
    not_plurals=["does", "its", "this", "thus", "as", "us", "yes", "less", "across", "always",
                 "perhaps", "plus"],
)
# A place's name, a few capitalised words and the particles between them ("Soto la Marina",
# "Ciudad del Este")
_PLACE_NAME = (
    r"\p{Lu}[\p{L}-]+(?:\s(?:(?:la|le|de|del|di|da|do|dos|das|du|el|al|van|von)\s){0,2}"
    r"\p{Lu}[\p{L}-]+){0,3}"
)
# What may open a sentence before its subject: "Before the war, Taungmyo was home to 18,000"
_OPENING = r"(?:(?:Before|After|Until|Since|Prior\s+to)\s+[^,;]{1,40},\s+)?"
# What may stand between the subject and its verb: "Wad Khalil, which lies 350 km southwest of
# Khartoum, had a population of about 200,000"
_ASIDE = r"(?:\s*,\s+(?:which|a|an|the)\b[^,;]{1,100},)?"
_NOT_A_PLACE = (
    r"(?!(?:He|She|It|They|We|You|I|This|That|There|These|Those|The|Its|His|Her|Their)\b)"
)
# "Raqqa has a population of 220,000": the place the sentence opens on ("Taungmyo, which had a
# population of about 18,000")
_SUBJECT_HAS = compile_pattern(
    rf"^\W*{_OPENING}{_NOT_A_PLACE}(?P<place>{_PLACE_NAME}){_ASIDE}"
    r"(?:\s*,\s*(?:which|that)\s+|\s+)(?:now\s+|once\s+)?(?:has|had)\s+$"
)
# "About 400,000 people live in Douma", "some 20,000 civilians remain in the town of Deir"
_LIVE_IN = compile_pattern(
    r"\s+(?:people|residents|inhabitants|civilians)\s+(?:still\s+)?"
    r"(?:live|lived|reside|resided|remain|remained)\s+in\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    rf"(?P<place>{_PLACE_NAME})\b"
)
# "Jumla has about 108,000 inhabitants", "the district has 40,000 residents"
_HAS = compile_pattern(r"\s(?:now\s+|still\s+|once\s+)?(?:has|had|counts|numbers)\s+$")
_INHABITANTS = compile_pattern(r"\s+(?:residents|inhabitants|souls)\b")  # ("has 300 people": staff)
_PEOPLE = compile_pattern(r"(?:\s+(?:people|residents|inhabitants|souls))?")
# "Syria's 20-million-plus pre-war population"
_POSSESSIVE = compile_pattern(r"(?P<place>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)['’]s\s+$")
# "Borléa is a coastal country of some 9 million people": the name the sentence opens on
_SUBJECT_IS = compile_pattern(
    rf"\W*{_OPENING}{_NOT_A_PLACE}(?P<place>{_PLACE_NAME}){_ASIDE}\s+(?:is|was|remains)\s+$"
)
# ("In Kessa, a town of 4,000": the name, not the preposition that opens the sentence)
# ("Beira, a port city home to some 600,000 people": what the place is, before "home to")
_APPOSED = compile_pattern(
    rf"(?:\b(?:{'|'.join(OPENING_PREPOSITIONS)})\s+)?"
    rf"(?P<place>{_PLACE_NAME}),\s+(?:an?\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:city|town|village|port"
    r"|district|province|region|country|nation|island|capital|hub|enclave|suburb|settlement)"
    # ("Stepanivka, a village with a pre-war population of around 700")
    r"\s+(?:that\s+is\s+|which\s+is\s+|with\s+)?|with\s+)?$"
)
# "The RSF captured the town, home to some 80,000 people": the town the article named before
# ("The district, which is home to 1.2 million")
_ANAPHOR_APPOSED = compile_pattern(
    r"\b(?P<phrase>[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?"
    r"(?:city|town|village|district|province|region|county|state|island|municipality))"
    # ("The village, with a population of about 1,200, is 140 km from Medellin")
    r",\s+(?:which\s+(?:is|was)\s+|with\s+)?$"
)
# "the town of 2,300": a figure where a name would be, the town told of
_THE_TOWN_OF = compile_pattern(
    r"\b(?P<phrase>[Tt]he\s+(?P<type>city|town|village))\s+of\s+(?:(?:about|some|around"
    r"|roughly|nearly|almost|more\s+than|over|just\s+(?:over|under))\s+)?$"
)
# "The town had a pre-war population of about 32,000": the town the article named before
# ("Before the war, the village was home to some 1,700 people")
# ("The town, which lies 90 km north of Kebkabiya, had a population of 60,000": the town)
_ANAPHOR_HAS = compile_pattern(
    rf"\W*{_OPENING}(?P<phrase>[Tt]he\s+(?:[\p{{Ll}}-]+\s+){{0,2}}?"
    r"(?:city|town|village|district|province|region|county|state|island|municipality))"
    rf"{_ASIDE}\s+(?:now\s+|once\s+|still\s+)?(?:has|had|is|was)\s+$"
)
# A place, then a clause on it that goes on to its people: "Kisumu, which lies 350 km west of
# Nairobi and has a population of roughly 600,000", "Umm Sidr, which is home to 40,000 people"
_WHICH_AND_HAS = compile_pattern(
    rf"(?P<place>{_PLACE_NAME}),\s+(?:which|that)\s+(?:[^;.,]{{1,120}}?\s+and\s+)?(?:now\s+)?"
    r"(?:has|had|is|was)\s+(?:an?\s+(?:[\p{L}-]+\s+){0,2}?)?$"
)
_BEFORE_THE_WAR = compile_pattern(
    r"\b(?i:before|prior\s+to)\s+the\s+(?:war|conflict|fighting|invasion)\b"
)
# Those a place shelters, not who live there: "home to more than 3,000 displaced people"
_SHELTERED_NEXT = compile_pattern(r"\s+(?:internally\s+)?displaced\b")
# A place named only as where a building stands: "The school in Jabalia was home to 3,000"
_A_BUILDING_IN = compile_pattern(
    r"\b(?:school|hospital|camp|shelter|building|mosque|church|compound|facility|centre"
    r"|center|stadium|warehouse|prison|jail|hotel|clinic|university|college)s?"
    r"\s+(?:in|at|near|of)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
# Whose residents are no place's: "Monday's 300 residents", "He's 2,000 residents short"
_NO_OWNER = compile_pattern(
    r"(?i:he|she|it|that|there|what|who|today|yesterday|tomorrow|year|week|month"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
    r"|august|september|october|november|december)"
)
# "the district's 9.6 lakh residents"
_ANAPHOR_OWNS = compile_pattern(
    r"\b(?P<phrase>[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?"
    r"(?:city|town|village|district|province|region|county|state|island|municipality))"
    r"['’]s\s+$"
)
_POPULATION_AFTER = compile_pattern(
    r"(?:\s+(?P<when>pre-war|prewar|current|present|estimated|total))?\s+population\b"
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence, numbers in ctx.numbers_by_sentence():
        for number in numbers:
            if number.fraction or number.value.unit is not None:
                continue
            found = _read(ctx, sentence, number)
            if found is None:
                continue
            place, start, end, when = found
            label = f"{when} population of {place}" if when else f"population of {place}"
            yield ctx.claim(
                CODE, KIND, "population", when, start, end, number.value, sentence,
                place=place, label=label,
                # (a place's size, never a part of a count: "Borléa is a country of some 9
                # million people, a major producer of cocoa" lists nothing)
                counted=False,
            )  # fmt: skip


def _read(
    ctx: DocumentContext, sentence: Sentence, number: NumberMention
) -> tuple[str, int, int, str] | None:
    text = ctx.text
    before = text[max(sentence.start, number.start - 60) : number.start]
    after = _POPULATION_AFTER.match(text, number.end, sentence.end)
    if after:
        owner = _POSSESSIVE.search(before)
        if owner:
            place = place_key(owner["place"], ctx.options.aliases)
            start = number.start - len(before) + owner.start()
            return (
                place,
                start,
                after.end(),
                (after["when"] or "").lower().replace("prewar", "pre-war"),
            )
        return None
    inhabitants = (
        _has_inhabitants(ctx, sentence, number, before)
        or _owned_inhabitants(ctx, sentence, number, before)
        or _with_inhabitants(ctx, sentence, number, before)
    )
    if inhabitants:
        return inhabitants
    live = _LIVE_IN.match(text, number.end, sentence.end)
    if live:
        return place_key(live["place"], ctx.options.aliases), number.start, live.end(), ""
    the_town = _THE_TOWN_OF.search(before)
    if the_town and not _NOT_PEOPLE_NEXT.match(text, number.end, sentence.end):
        # ("Damage in the town of 2,300 was severe": the town told of)
        start = number.start - len(before) + the_town.start("phrase")
        meant = _the_settlement(ctx, start, start + len(the_town["phrase"]))
        end = _PEOPLE.match(text, number.end).end()  # type: ignore[union-attr]
        return (meant, start, end, "") if meant else None
    lead = _APPOSITION.search(before)
    if (
        not lead
        or _NOT_PEOPLE_NEXT.match(text, number.end, sentence.end)
        or _SHELTERED_NEXT.match(text, number.end, sentence.end)
    ):
        return None
    lead_start = number.start - len(before) + lead.start()
    end = _PEOPLE.match(text, number.end).end()  # type: ignore[union-attr]
    when = (lead["when"] or "").lower().replace("prewar", "pre-war")
    if not when and _BEFORE_THE_WAR.search(text, sentence.start, lead_start):
        when = "pre-war"  # ("Before the war, the village was home to some 1,700 people")
    subject = _SUBJECT_HAS.match(text, sentence.start, lead_start)
    if subject:
        return place_key(subject["place"], ctx.options.aliases), subject.start("place"), end, when
    # "Tadmor, a city of about 50,000": the name the apposition follows
    named = _APPOSED.search(text, sentence.start, lead_start) or _SUBJECT_IS.match(
        text, sentence.start, lead_start
    )
    if named:
        return place_key(named["place"], ctx.options.aliases), named.start("place"), end, when
    anaphor = _ANAPHOR_APPOSED.search(text, sentence.start, lead_start) or _ANAPHOR_HAS.match(
        text, sentence.start, lead_start
    )
    if anaphor:
        meant = _the_settlement(ctx, anaphor.start("phrase"), anaphor.end("phrase"))
        return (meant, anaphor.start("phrase"), end, when) if meant else None
    which = _WHICH_AND_HAS.search(text, sentence.start, lead_start)
    if which:
        # ("Kisumu, which lies about 350 km west of Nairobi and has a population of roughly
        # 600,000": Kisumu's, not Nairobi's)
        return place_key(which["place"], ctx.options.aliases), which.start("place"), end, when
    mentions = ctx.places_in(sentence.start, lead_start)
    if not mentions or _A_BUILDING_IN.search(text, sentence.start, mentions[-1].start):
        return None
    return mentions[-1].key, mentions[-1].start, end, ""


def _the_settlement(ctx: DocumentContext, start: int, end: int) -> str | None:
    """The place "the town" at ``start:end`` stands for, or the one settlement named before
    with no type ("Fighting raged in Qaradah. The city, home to 400,000, ...")."""
    kind = ctx.text[start:end].split()[-1].lower()
    return ctx.resolve_place_phrase(start, end) or ctx.places.the_one_untyped(kind, start)


def _owned_inhabitants(
    ctx: DocumentContext, sentence: Sentence, number: NumberMention, before: str
) -> tuple[str, int, int, str] | None:
    """ "Gaza's 2.3 million residents", "the district's 9.6 lakh inhabitants": the place whose
    residents they are, by its name or as "the district" stands for it."""
    inhabitants = _INHABITANTS.match(ctx.text, number.end, sentence.end)
    if inhabitants is None:
        return None
    owner = _POSSESSIVE.search(before)
    if owner:
        if _NO_OWNER.fullmatch(owner["place"]):
            return None
        place = place_key(owner["place"], ctx.options.aliases)
        return place, number.start - len(before) + owner.start(), inhabitants.end(), ""
    anaphor = _ANAPHOR_OWNS.search(before)
    if anaphor is None:
        return None
    start = number.start - len(before) + anaphor.start("phrase")
    # ("The quake flattened Dashtabad. ... the town's 62,000 residents": the one town named)
    meant = _the_settlement(ctx, start, start + len(anaphor["phrase"]))
    return (meant, start, inhabitants.end(), "") if meant else None


# "Mellit, with roughly 45,000 residents, was shelled"
_WITH = compile_pattern(rf"(?P<place>{_PLACE_NAME}),\s+with\s+$")
# (people only where nothing befell them: not "Kessa, with 300 people injured")
_RESIDENTS = compile_pattern(r"\s+(?:residents|inhabitants|people(?=\s*[,;.]|\s+living\b))\b")


def _with_inhabitants(
    ctx: DocumentContext, sentence: Sentence, number: NumberMention, before: str
) -> tuple[str, int, int, str] | None:
    """ "Mellit, with roughly 45,000 residents, ...": the place the count is told with."""
    residents = _RESIDENTS.match(ctx.text, number.end, sentence.end)
    named = _WITH.search(before) if residents else None
    if residents is None or named is None:
        return None
    start = number.start - len(before) + named.start("place")
    return place_key(named["place"], ctx.options.aliases), start, residents.end(), ""


def _has_inhabitants(
    ctx: DocumentContext, sentence: Sentence, number: NumberMention, before: str
) -> tuple[str, int, int, str] | None:
    """ "Jumla has about 108,000 inhabitants", "the town has 60,000 residents": the place the
    sentence opens on, or the one its "the town" stands for."""
    has = _HAS.search(before)
    inhabitants = _INHABITANTS.match(ctx.text, number.end, sentence.end) if has else None
    if has is None or inhabitants is None:
        return None
    has_start = number.start - len(before) + has.start()
    owner = _SUBJECT_HAS.match(ctx.text, sentence.start, number.start - len(before) + has.end())
    if owner:
        place = place_key(owner["place"], ctx.options.aliases)
        return place, owner.start("place"), inhabitants.end(), ""
    named = ctx.resolve_place_phrase(sentence.start, has_start)
    return (named, sentence.start, inhabitants.end(), "") if named else None
