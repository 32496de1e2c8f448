"""Casualty counts said without a number: "a double homicide", "a murder-suicide", "an elderly
couple was found dead", "Man killed, boy hurt in drive-by" (a headline), "a 15-year-old was
killed", "the victim, 23, died".

Each pattern is a pure function of the sentence text giving ``Implicit`` readings; the rule
turns them into claims.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import regex

from homscheck.checks._victim_lists import PLURAL, SINGULAR
from homscheck.model import Quantity
from homscheck.numbers import ORDINALS, TEENS, TENS, read_number
from homscheck.patterns import compile_pattern, compile_words, prefix_tree
from homscheck.scope import IN_CONDITION, PERPETRATORS, SPELLED_NUMBERS


@dataclass(frozen=True)
class Implicit:
    start: int
    end: int
    measure: str
    subject: str
    value: Quantity
    # the whole count of its subject, though some of a group told of: "Seven of the dead were
    # children" is seven dead children
    whole: bool = False


# What a verb phrase says happened: "fatally shot" is a death, "shot" is a shooting.
VERB_MEASURE: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(["killed", "dead", "died", "dies", "slain", "shot dead", "shot and killed",
                     "shot, killed",
                     "fatally shot", "fatally wounded", "fatally injured", "pronounced dead",
                     "found dead", "shot to death", "murdered", "gunned down",
                     # ("A man was stabbed to death")
                     "stabbed to death", "beaten to death", "burned to death", "fatally stabbed",
                     "fatally beaten"], "killed"),
    **dict.fromkeys(["wounded", "injured", "hurt", "hospitalized", "hospitalised", "grazed",
                     "critically wounded", "critically injured", "seriously wounded",
                     "seriously injured", "shot and wounded", "shot and injured"], "wounded"),
    "shot": "shot",
})  # fmt: skip

_SEVERAL = [w for w in SPELLED_NUMBERS if w != "one"]  # "all three of", "a family of four"
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# "a second" ... "a tenth": one more than those told of (the number reader's ordinals)
_ORDINALS = {word: n for word, n in ORDINALS.items() if 2 <= n <= 10}

# "a double homicide", "the triple shooting", "a double fatal shooting": one event, its count
# in the adjective. Singular only: "double shootings" would be several events.
_MULTIPLE_EVENT = compile_words(
    r"\b(?P<n>\L<multiple>)[- ](?P<fatal>fatal\s+)?"
    r"(?P<event>homicide|murder|killing|slaying|shooting)\b(?![-\w])(?!s\b)",
    flags=regex.IGNORECASE,
    multiple=list(_MULTIPLE),
)
# "a murder-suicide": at least the victim and the killer are dead. Not "attempted".
_MURDER_SUICIDE = compile_pattern(
    r"(?<!attempted\s)\bmurder[- ]suicide\b(?!s)", regex.IGNORECASE
)  # fmt: skip

# "a man killed his son and then himself", "shot his wife before turning the gun on himself":
# at least the victim and the killer are dead (a murder-suicide told in words)
_THEN_HIMSELF = compile_pattern(
    r"\b(?:kill(?:s|ed)?|fatally\s+shot|shot\s+and\s+killed|shooting\s+and\s+killing)\s+"
    r"(?!himself|herself)[^.;:]{1,60}?,?\s+(?:and\s+)?(?:then|before)\s+"
    r"(?:(?:fatally\s+)?(?:killing|shooting|turning\s+the\s+gun\s+on)\s+)?(?:himself|herself)\b",
    regex.IGNORECASE,
)

_AUX = r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:later\s+|also\s+)?"
# An adverb of manner before the verb ("critically wounded"); not "fatally" or "mortally",
# which make the verb after them a death ("fatally shot" is a key of ``VERB_MEASURE``).
_MANNER = r"(?:(?!fatally|mortally)\p{L}+ly\s+)?"

# "an elderly couple was found dead", "the pair were shot": two people.
_COUPLE = compile_words(
    r"\b(?:an?|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:couple|pair)\s+" + _AUX +
    r"(?P<verb>\L<verbs>)\b",
    flags=regex.IGNORECASE,
    verbs=list(VERB_MEASURE),
)  # fmt: skip
# "a 15-year-old was killed": one person, named by age alone.
# (the age in words too: "a two-year-old is dead")
_AGED_ONE = compile_words(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:\d{1,3}|(?i:\L<ages>))-(?:year|month|week)-old\s+" + _AUX
    + r"(?P<verb>\L<verbs>)\b",
    verbs=list(VERB_MEASURE),
    ages=SPELLED_NUMBERS,
)
# "the shooting death of Jane Roe", "the fatal shooting of a 15-year-old", "the killing of
# 22-year-old John Doe": one person dead (one of several, maybe). Not "the deaths of", not "the
# killing of his wife and four children", not "the attempted murder of" (who lived).
_DEATH_OF = compile_pattern(
    r"\b(?<!(?i:attempted|attempt\s+at|plotting|plotted|planned)\s)"
    r"(?:(?:shooting|stabbing)\s+death|fatal\s+shooting|killing|murder|slaying)\s+of\s+"
    r"(?:(?:a|an)\s+)?(?:\d{1,3}[- ](?:year|month)[- ]old\s+)?"
    r"(?:(?:boy|girl|man|woman|teen|teenager|child|toddler|infant|baby)\b"
    r"|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\b"
    r"|\d{1,3}[- ](?:year|month)[- ]old\b)"
    r"(?!\s*(?:,\s*\d{1,3}\s*,\s*)?(?:and|&)\s)(?!\s*,\s*\p{Lu})",
)
# "the victim, 23, died", "The victim was pronounced dead": the one victim of the story.
_THE_VICTIM = compile_words(
    r"\b[Tt]he\s+(?:(?:male|female|young|teenage|\d{1,3}-year-old)\s+)?victim"
    r"(?:\s*,\s*\d{1,3}\s*,)?\s+" + _AUX + r"(?:\w+ly\s+)?(?P<verb>\L<verbs>)\b",
    verbs=[v for v, m in VERB_MEASURE.items() if m == "killed"],
)
# A headline with its articles dropped: "Man killed, boy hurt in drive-by", "Police: Teen
# fatally shot", "3-year-old girl dies after...". Only at the start of a sentence, and a
# further "<noun> <verb>" only after a comma or "and".
_HEADLINE_PERSON = (
    # "7-year-old Quincy girl killed": a place before the noun (not "Her father died", which
    # is one of a family told of)
    r"(?:\d{1,3}-(?:year|month)-old\s+)?"
    # (nor an ordinal: "Fourth victim dies" tells the toll, ``_NTH_VICTIM``)
    r"(?:(?!(?:Her|His|Their|The|This|That|Its|Our|My|An?|One|Another|Second|Third|Fourth"
    r"|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\b)\p{Lu}\p{Ll}+\s+)?"
    r"(?P<who>\L<nouns>|\d{1,3}-(?:year|month)-old)"  # "15-Year-Old Dead, 6 Shot"
    r"(?:\s*,\s*\d{1,3}\s*,)?\s+" + _MANNER +  # "Teen Critically Hurt In Shooting"
    r"(?P<verb>\L<verbs>)\b(?!\s+(?:by|his|her|their|him|a|an|the)\b)"
    # a verb that takes no object ("Teen dies days after shooting"), or a passive one: what
    # follows is where, when or how, not an object ("Man killed home intruder" is no count)
    r"(?:(?<=\b(?:dies|died|dead))|(?=\s*(?:$|[,.;:!?()\"“”'’—–-]|(?:in|at|on|near|outside|"
    r"inside|after|during|while|as|when|following|over|overnight|early|late|last|this|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|and|but|dies|died|identified|"
    r"named|was|is|multiple|several|twice|once|himself|herself|by|with|from|to)\b)))"
)
_HEADLINE_START = compile_words(
    r"\s*(?:[\p{Lu}\p{N}][\w .'&-]{0,30}:\s+)?" + _HEADLINE_PERSON,
    flags=regex.IGNORECASE,
    nouns=list(SINGULAR),
    verbs=list(VERB_MEASURE),
)
_HEADLINE_MORE = compile_words(
    # "Man killed, boy hurt", "Man killed in shooting; woman wounded"
    r"(?:\s*,|[^;.!?]{0,60}?;|\s(?:and|as))\s+" + _HEADLINE_PERSON,
    flags=regex.IGNORECASE,
    nouns=list(SINGULAR),
    verbs=list(VERB_MEASURE),
)

# "One man was killed and another was wounded", "left one dead and another injured": one more,
# named by "another" alone (with a noun, "another man was shot" is ``hc101``'s one person).
_ANOTHER = compile_words(
    r"(?:[,;]|\band)\s+(?P<one>another|a\s+(?:second|third|fourth|fifth|sixth))"
    r"(?:\s+(?:one|(?P<who>\L<nouns>)))?\s+" + _AUX
    + _MANNER + r"(?P<verb>\L<verbs>)\b"
    # an adjective, not what happened: "a second injured person"
    r"(?!\s+(?:\L<nouns>|people|persons)\b)",
    flags=regex.IGNORECASE,
    verbs=list(VERB_MEASURE),
    nouns=list(SINGULAR),
)  # fmt: skip
# One person, by "a" or "one" and a few words before the noun: "an 18-year-old man"
_ONE_NAMED = r"(?P<one>(?:an?|one)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?P<who>\L<nouns>))"
# "left an 18-year-old man dead and three other teenagers wounded": one person, by "a"
_LEFT_ONE = compile_words(
    rf"\b(?:left|leaving|leaves)\s+{_ONE_NAMED}\s+(?P<state>dead|wounded|injured|hurt)\b",
    flags=regex.IGNORECASE,
    nouns=list(SINGULAR),
)
# "the gunman killed a woman and wounded a man", "fatally shot a 30-year-old man", "shooting
# and killing a 3-year-old boy": one person, the verb's object. Not one of a list the counting
# rule reads whole ("injuring a police officer and two others"), nor "wounded a man's pride".
_OBJECT_VERBS: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(["killed", "killing", "shot and killed", "shooting and killing",
                     "fatally shot", "fatally shooting", "fatally wounded", "fatally wounding",
                     "gunned down", "gunning down", "murdered", "murdering"], "killed"),
    **dict.fromkeys(["wounded", "wounding", "injured", "injuring", "shot and wounded",
                     "shot and injured", "shooting and wounding", "shooting and injuring"],
                    "wounded"),
    **dict.fromkeys(["shot", "shooting"], "shot"),
})  # fmt: skip
_ONE_OBJECT = compile_words(
    # (not what might have been: "a choice that could have killed a child")
    r"(?<!\b(?:could|would|should)(?:n['’]t)?\s+have\s+)"
    r"\b(?P<verb>\L<verbs>)\s+"
    # ("shot his girlfriend", "killed their neighbor": one of a family or household)
    # (not "one man": the counting rule reads "killing one man"; nor words between that are
    # no adjectives: "killing her and wounding her father")
    r"(?P<one>(?:an?|his|her|their)\s+"
    r"(?:(?!(?:and|or|but|to|in|at|on|with|of|who|while|as)\b)[\p{L}\p{N}-]+\s+){0,3}?"
    r"(?P<who>\L<nouns>))"
    r"\b(?!['’]s\b|-)"
    r"(?!\s*(?:,\s*\d{1,3}\s*,\s*)?,?\s*(?:and|&|as\s+well\s+as)\s+(?:\d|\L<numbers>\b|another"
    r"|others?\b|several|a\s+(?:second|third)))",
    flags=regex.IGNORECASE,
    verbs=list(_OBJECT_VERBS),
    nouns=list(SINGULAR),
    numbers=_SEVERAL,
)

# "Officers found a 22-year-old man dead inside", "deputies found a woman shot dead": one
# person dead ("found two men dead" is a count with a number, read by the counting rule). Not
# "found the older child dead": the one of a pair the story has told of.
_FOUND_ONE_DEAD = compile_words(
    rf"\bfound\s+{_ONE_NAMED}"
    r"(?:\s*,\s*\d{1,3}\s*,)?\s+"  # "found a man, 23, fatally shot"
    r"(?:(?:(?:shot|stabbed|beaten)\s+)?(?:to\s+death|dead)|fatally\s+(?:shot|stabbed|wounded))\b",
    flags=regex.IGNORECASE,
    nouns=list(SINGULAR),
)

# "Both men were wounded", "both of the victims died", "both were pronounced dead": two. Not
# "both men and women were hurt" (the verb must follow).
_BOTH = compile_words(
    r"\b[Bb]oth\s+(?:of\s+)?(?:(?:the|them|these|those)\s+)?"
    r"(?:(?:young|teenage|\d{1,3}-year-old)\s+)?(?:(?P<who>\L<nouns>)\s+)?"
    + _AUX + _MANNER + r"(?P<verb>\L<verbs>)\b",
    nouns=list(PLURAL),
    verbs=list(VERB_MEASURE),
)  # fmt: skip
# "Two of the victims have died", "three of them were wounded": a part of those told of.
_SOME_OF_THEM = compile_words(
    # ("one of three victims was killed": the determiner may go before a number)
    # (a number's last word is none: "Forty-one of the injured" is 41)
    r"(?<!\ball\s)(?<![\p{L}\p{N}-])(?P<n>\d{1,3}|(?:\L<tens>-)?\L<numbers>)\s+of\s+"
    r"(?:(?:the|them|those|these)\b(?:\s+(?:\d{1,3}|\L<numbers>))?|(?:\d{1,3}|\L<numbers>)\b)"
    r"(?:\s+(?:gunshot|shooting|stabbing))?(?:\s+(?P<who>\L<nouns>))?\s+"
    # a participle needs its auxiliary: not "two of the four people shot were teens"
    r"(?:(?:was|were|are|is|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?"
    + _MANNER + r"(?P<verb>\L<verbs>)"
    r"|(?:(?:has|have|had)\s+)?(?:(?:since|now|later)\s+)?(?P<verb>died|dies)"
    # ("five of the wounded were in a serious condition": some of the hurt, alive)
    rf"|(?:was|were|are|is|remain|remains|remained)\s+(?P<condition>{IN_CONDITION}))\b",
    flags=regex.IGNORECASE,
    numbers=SPELLED_NUMBERS,
    tens=list(TENS),
    # the story's victims; "five of the officers" may be a group of another story
    nouns=["victims", "people", "injured", "wounded"],
    verbs=list(VERB_MEASURE),
)  # fmt: skip

# "Seven of the dead were children", "three of the injured are police officers": some of the
# dead (the hurt) of one kind
_OF_THE_DEAD = compile_words(
    # (a figure whole, not its last group: "more than 20,000 of the dead were militants")
    r"(?<![\p{L}\p{N}-]|\d[,.])(?P<n>(?:(?:at\s+least|more\s+than|about|some|nearly|around)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})*|(?:\L<tens>-)?\L<numbers>|\L<teens>))\s+of\s+"
    # ("Twelve of those killed were women", "Nineteen of those who died were children")
    r"(?:the\s+(?P<state>dead|killed|injured|wounded)"
    r"|those\s+(?P<state>killed|injured|wounded|hurt|who\s+died|who\s+were\s+killed))"
    # ("of those who died in the crush")
    r"(?:\s+(?:in|at|during|on)\s+(?:the\s+)?[\p{L}-]+)?"
    r"\s+(?:were|are)\s+"
    r"(?:(?:young|local|foreign|female|male|teenage|school|university)\s+)?(?P<who>\L<nouns>)\b",
    flags=regex.IGNORECASE,
    numbers=SPELLED_NUMBERS,
    tens=list(TENS),
    teens=list(TEENS),
    nouns=list(PLURAL),
)  # fmt: skip
_OF_THE_DEAD_MEASURE = {"dead": "killed", "killed": "killed", "injured": "wounded",
                        "wounded": "wounded", "hurt": "wounded", "who died": "killed",
                        "who were killed": "killed"}  # fmt: skip

# "All seven of the people shot are in stable condition", "all four of the victims were
# wounded": every one of those told of, so the whole count.
_ALL_OF_THEM = compile_words(
    r"\b[Aa]ll\s+(?P<n>\d{1,3}|\L<numbers>)\s+of\s+(?:the|those|these)\s+(?:(?P<who>\L<nouns>)\s+"
    r"(?:(?:who\s+)?(?:were|have\s+been|had\s+been)\s+)?)?" + _MANNER + r"(?P<verb>\L<verbs>)\b",
    numbers=_SEVERAL,
    nouns=list(PLURAL),
    verbs=list(VERB_MEASURE),
)  # fmt: skip
_ALL = compile_pattern(r"\ball\b", regex.IGNORECASE)

# "A family of five was killed", "the strike killed a family of six": the family's members.
# Not "a father of five was killed" (his children, alive) nor "a family of five fled".
_FAMILY_OF = compile_words(
    r"\b(?:(?P<before>killed|killing|kills|wiped\s+out|wiping\s+out)\s+)?"
    r"(?:a|an|the|one)\s+family\s+of\s+(?P<n>\d{1,2}|\L<numbers>)\b"
    r"(?(before)|(?:\s*,\s*including\s[^,;.]{1,60},)?"  # "..., including three children,"
    r"(?:\s+(?:was|were|has\s+been|have\s+been|had\s+been))?"
    r"(?:\s+(?:all|later|also))?\s+(?P<verb>\L<verbs>)\b)",
    flags=regex.IGNORECASE,
    numbers=_SEVERAL,
    verbs=list(VERB_MEASURE),
)
_FAMILY = compile_pattern(r"family", regex.IGNORECASE)

# "the rampage claimed a fifth victim", "the shooting has claimed a third life", "the coroner
# confirmed a sixth death": the dead are now that many
_NTH_VICTIM = compile_words(
    r"\bclaim(?:ed|s)?\s+(?:a|its)\s+(?P<nth>\L<ordinals>)\s+(?:victim|life)\b"
    r"|\b(?:confirmed|reported|recorded)\s+a\s+(?P<nth>\L<ordinals>)\s+(?:death|fatality)\b"
    # "Fourth victim dies after nightclub shooting", "a third person has died in hospital"
    # (not "the second victim died at the scene": one of those told of)
    r"|(?<![\p{L}-])(?:a\s+|(?<!\bthe\s+))(?P<nth>\L<ordinals>)\s+(?:victim|person|patient|man|woman"
    r"|child|worker|miner|passenger|student|officer|soldier)\s+(?:has\s+|had\s+)?"
    r"(?:dies|died|succumbs|succumbed)\b",
    flags=regex.IGNORECASE,
    ordinals=list(_ORDINALS),
)

# "killed two people and injured a third": one more. Not "a third of the passengers".
_ORDINAL_VERBS: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(["killed", "killing"], "killed"),
    **dict.fromkeys(["injured", "injuring", "wounded", "wounding"], "wounded"),
    **dict.fromkeys(["shot", "shooting"], "shot"),
})  # fmt: skip
_ONE_MORE_ORDINAL = compile_words(
    r"\b(?P<verb>\L<verbs>)\s+"
    r"(?:a|the)\s+(?:second|third|fourth|fifth|sixth)(?:\s+(?P<who>\L<nouns>))?\b"
    r"(?![-\w])(?!\s+of\b)",
    flags=regex.IGNORECASE,
    verbs=list(_ORDINAL_VERBS),
    nouns=list(SINGULAR),
)


# A word each slow pattern above needs, looked for first: a literal is found fast, and most
# sentences that speak of casualties have none of these ("double", "triple"... all end in "ple").
_MULTIPLE_WORD = compile_pattern(prefix_tree({n[-3:] for n in _MULTIPLE}), regex.IGNORECASE)
_SELF = compile_pattern(r"self", regex.IGNORECASE)  # "himself", "herself"
_COUPLE_WORDS = [compile_pattern(w, regex.IGNORECASE) for w in ("couple", "pair")]
_OLD = compile_pattern(r"-old")
_VICTIM = compile_pattern(r"victim")


def _has(word: regex.Pattern[str], text: str, start: int, end: int) -> bool:
    return word.search(text, start, end) is not None

# The attacker dead: "the gunman was shot and killed by police", "the suspect died at the
# scene", "the shooter killed himself", "...before turning the gun on himself". Counted apart
# from the victims (subject "attackers"): reports differ on whether the dead include him.
ATTACKERS = [w for w in PERPETRATORS if w != "gunmen"]  # one attacker: the singular words
_ATTACKER_DIED = compile_words(
    r"\b(?:the|a|an)\s+(?:(?:suspected|alleged|lone|masked|\d{1,3}-year-old)\s+)?"
    r"(?:\L<attackers>)(?:\s*,\s*[^,;.]{1,60},|\s*,\s*who)?\s+"
    r"(?:(?:was|is|has\s+been|had\s+been)\s+(?:later\s+|also\s+)?"
    r"(?:shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|killed|fatally\s+shot"
    r"|pronounced\s+dead|found\s+dead|dead)"
    r"|(?:later\s+)?died)\b",
    flags=regex.IGNORECASE,
    attackers=ATTACKERS,
)
# ... or by his own hand: "killed himself", "took his own life", "turned the gun on himself"
# (not "...on himself and is in critical condition": he lived).
_OWN_HAND = compile_pattern(
    # ("before killing himself": after shooting someone else, below; not "then shot himself",
    # which he may live through)
    r"\b(?:(?:fatally\s+(?:shot|shooting)|(?:shot|shooting)\s+and\s+(?:killed|killing)|killed"
    r"|killing)\s+(?:himself|herself)"
    r"|took\s+(?:his|her)\s+own\s+life|taking\s+(?:his|her)\s+own\s+life"
    r"|turn(?:ed|ing)\s+the\s+(?:gun|weapon|rifle|handgun|pistol)\s+on\s+(?:himself|herself))\b"
    r"(?![^.]{0,80}\b(?:condition|survived|hospitali[sz]ed)\b)",
    regex.IGNORECASE,
)
# What makes the one who died by his own hand the attacker: he is called so, or killed or shot
# someone else first ("shot his daughter before turning the gun on himself"). Not "a 2-year-old
# found the gun and fatally shot himself": a victim.
_ATTACKER_BEFORE = compile_words(
    r"\b(?:\L<attackers>|rampage|spree|massacre)\b"
    r"|\b(?:killed|killing|shot|shooting|murdered|murdering|stabbed|wounded|wounding)\s+"
    r"(?!himself|herself)[\p{L}\p{N}]",
    flags=regex.IGNORECASE,
    attackers=ATTACKERS,
)


def implicit_counts(text: str, start: int, end: int) -> Iterator[Implicit]:
    """Every implicit count in ``text[start:end]`` (one sentence)."""
    yield from _multiple_events(text, start, end)
    yield from _couples(text, start, end)
    yield from _families(text, start, end)
    yield from _one_aged(text, start, end)
    yield from _the_victim(text, start, end)
    yield from _headline(text, start, end)
    yield from _one_more(text, start, end)
    yield from _nth_victim(text, start, end)
    yield from _some_of_them(text, start, end)
    yield from _attacker_dead(text, start, end)


def _attacker_dead(text: str, start: int, end: int) -> Iterator[Implicit]:
    """ "the gunman was killed by police", "the shooter killed himself": one attacker dead (one
    reading a sentence, however it says so)."""
    m = _ATTACKER_DIED.search(text, start, end)
    if m is None:
        m = _OWN_HAND.search(text, start, end)
        if m is not None and not _ATTACKER_BEFORE.search(text, start, m.start()):
            return
    if m is not None:
        yield Implicit(m.start(), m.end(), "killed", "attackers", Quantity.exact(1))


def _nth_victim(text: str, start: int, end: int) -> Iterator[Implicit]:
    """ "claimed a fifth victim", "confirmed a sixth death" -> 5, 6 killed."""
    if _has(_CLAIM, text, start, end):
        for m in _NTH_VICTIM.finditer(text, start, end):
            n = _ORDINALS[m["nth"].casefold()]
            yield Implicit(m.start(), m.end(), "killed", "people", Quantity.exact(n))


_CLAIM = compile_pattern(r"claim|death|fatalit|dies|died|succumb", regex.IGNORECASE)


def _one_more(text: str, start: int, end: int) -> Iterator[Implicit]:
    """ "...and another was wounded", "...and injured a third": one other; "found a man dead":
    one dead."""
    for m in _ANOTHER.finditer(text, start, end):
        who = f"other {SINGULAR[m['who'].casefold()]}" if m["who"] else "other people"
        yield Implicit(m.start("one"), m.end(), VERB_MEASURE[m["verb"].casefold()], who,
                       Quantity.exact(1))  # fmt: skip
    for m in _ONE_MORE_ORDINAL.finditer(text, start, end):
        measure = _ORDINAL_VERBS[m["verb"].casefold()]
        who = f"other {SINGULAR[m['who'].casefold()]}" if m["who"] else "other people"
        yield Implicit(m.start(), m.end(), measure, who, Quantity.exact(1))
    for m in _LEFT_ONE.finditer(text, start, end):
        measure = "killed" if m["state"].lower() == "dead" else "wounded"
        yield Implicit(m.start("one"), m.end(), measure, SINGULAR[m["who"].casefold()],
                       Quantity.exact(1))  # fmt: skip
    for m in _ONE_OBJECT.finditer(text, start, end):
        # (the quote opens on the person: one of several, maybe)
        yield Implicit(m.start("one"), m.end(), _OBJECT_VERBS[m["verb"].casefold()],
                       SINGULAR[m["who"].casefold()], Quantity.exact(1))  # fmt: skip
    for m in _FOUND_ONE_DEAD.finditer(text, start, end):
        who = SINGULAR[m["who"].casefold()]
        # the quote opens on the person, as "a man was killed" does: one of several, maybe
        yield Implicit(m.start("one"), m.end(), "killed", who, Quantity.exact(1))


def _multiple_events(text: str, start: int, end: int) -> Iterator[Implicit]:
    """ "a double homicide" -> 2 killed; "a triple shooting" -> 3 shot; "a murder-suicide" ->
    at least 2 killed."""
    if _has(_MULTIPLE_WORD, text, start, end):
        for m in _MULTIPLE_EVENT.finditer(text, start, end):
            n = _MULTIPLE[m["n"].casefold()]
            measure = "shot" if m["event"].lower() == "shooting" and not m["fatal"] else "killed"
            yield Implicit(m.start(), m.end(), measure, "people", Quantity.exact(n))
    # (and the killer is one of the dead: a toll may count him or not)
    for m in _MURDER_SUICIDE.finditer(text, start, end):
        yield Implicit(m.start(), m.end(), "killed", "people", Quantity(2, None, estimate=2))
        # (quoted as its "suicide": one quote makes one claim)
        yield Implicit(m.end() - len("suicide"), m.end(), "killed", "attackers", Quantity.exact(1))
    if _has(_SELF, text, start, end):
        for m in _THEN_HIMSELF.finditer(text, start, end):
            yield Implicit(m.start(), m.end(), "killed", "people", Quantity(2, None, estimate=2))
            # ("and then himself"; "before killing himself" is read by ``_attacker_dead``)
            if not _OWN_HAND.search(text, m.start(), m.end()):
                yield Implicit(m.end() - 7, m.end(), "killed", "attackers", Quantity.exact(1))


def _families(text: str, start: int, end: int) -> Iterator[Implicit]:
    """ "a family of five was killed" -> 5 killed."""
    if not _has(_FAMILY, text, start, end):
        return
    for m in _FAMILY_OF.finditer(text, start, end):
        n = read_number(m["n"])
        if n is None or not n.is_point:
            continue
        measure = "killed" if m["before"] else VERB_MEASURE[m["verb"].casefold()]
        yield Implicit(m.start(), m.end(), measure, "people", n)


def _couples(text: str, start: int, end: int) -> Iterator[Implicit]:
    if not any(_has(word, text, start, end) for word in _COUPLE_WORDS):
        return
    for m in _COUPLE.finditer(text, start, end):
        measure = VERB_MEASURE[m["verb"].casefold()]
        yield Implicit(m.start(), m.end(), measure, "people", Quantity.exact(2))


# A verb in the active with its object: "a 2-year-old shot a 1-year-old sibling" tells who
# shot, not who was shot ("a 3-year-old shot himself" was shot).
_PASSIVE = compile_pattern(r"\b(?:was|were|is|are|been)\b")
_OBJECT_NEXT = compile_pattern(
    r"\s+(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|\d)\b",
    regex.IGNORECASE,
)


def _one_aged(text: str, start: int, end: int) -> Iterator[Implicit]:
    if not _has(_OLD, text, start, end):
        return
    for m in _AGED_ONE.finditer(text, start, end):
        if not _PASSIVE.search(m.group()) and _OBJECT_NEXT.match(text, m.end(), end):
            continue
        yield Implicit(m.start(), m.end(), VERB_MEASURE[m["verb"]], "people", Quantity.exact(1))


def _the_victim(text: str, start: int, end: int) -> Iterator[Implicit]:
    if _has(_VICTIM, text, start, end):
        for m in _THE_VICTIM.finditer(text, start, end):
            yield Implicit(m.start(), m.end(), "killed", "people", Quantity.exact(1))
    for m in _DEATH_OF.finditer(text, start, end):
        yield Implicit(m.start(), m.end(), "killed", "people", Quantity.exact(1))


# "Man wounded in shooting dies": the wound was fatal after all
_LATER_DIED = compile_pattern(r"[^,;:]{0,80}?\b(?:dies|died|has\s+died)\b")


def _headline(text: str, start: int, end: int) -> Iterator[Implicit]:
    """ "Man killed, boy hurt in drive-by": each bare noun is one person."""
    m = _HEADLINE_START.match(text, start, end)
    while m is not None:
        who = SINGULAR.get(m["who"].lower(), "people")
        measure = VERB_MEASURE[m["verb"].casefold()]
        if measure != "killed" and _LATER_DIED.match(text, m.end(), end):
            measure = "killed"
        yield Implicit(m.start("who"), m.end(), measure, who, Quantity.exact(1))
        m = _HEADLINE_MORE.match(text, m.end(), end)


def _some_of_them(text: str, start: int, end: int) -> Iterator[Implicit]:
    """ "Both men were wounded": two; "all seven of the people shot": seven; "three of the
    victims died": three of them."""
    for m in _BOTH.finditer(text, start, end):
        who = PLURAL.get((m["who"] or "").lower(), "people")
        yield Implicit(m.start(), m.end(), VERB_MEASURE[m["verb"].casefold()], who,
                       Quantity.exact(2))  # fmt: skip
    if _has(_ALL, text, start, end):
        for m in _ALL_OF_THEM.finditer(text, start, end):
            n = read_number(m["n"])
            if n is not None and n.is_point:  # ("all three of those injured": people)
                who = PLURAL[m["who"].casefold()] if m["who"] else "people"
                yield Implicit(m.start(), m.end(), VERB_MEASURE[m["verb"].casefold()], who, n)
    for m in _SOME_OF_THEM.finditer(text, start, end):
        n = read_number(m["n"])
        if n is None or not n.is_point:
            continue
        who = PLURAL.get((m["who"] or "").lower(), "people")
        measure = "wounded" if m["condition"] else VERB_MEASURE[m["verb"].casefold()]
        yield Implicit(m.start(), m.end(), measure, who, n)
    for m in _OF_THE_DEAD.finditer(text, start, end):
        n = read_number(m["n"])  # (with its hedge: "at least four of the dead were students")
        if n is not None and n.low is not None:
            measure = _OF_THE_DEAD_MEASURE[" ".join(m["state"].casefold().split())]
            who = PLURAL[m["who"].casefold()]
            # (the whole count of a kind of its own; of none, some of the toll: "Three of the
            # dead were foreign nationals" is no toll of three people)
            yield Implicit(m.start(), m.end(), measure, who, n, who != "people")
