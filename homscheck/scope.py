"""What a count counts: the whole, a part of it, or something else.

A count's sentence says whether it is the whole ("five people were wounded"), a part of it
("one person was critically wounded", "three others", "including two bystanders", one step of a
told sequence), a count of something else (the hospitalized, a toll that takes in the gunman),
of another occasion ("six months before that"), a tally of several incidents, or a plain zero.
Read once, when the claim is made (``Claim.scope``), so the comparator judges values, not text.
"""

from __future__ import annotations

import functools
import re

import regex

from homscheck.model import WEEKDAYS, Claim, Quantity
from homscheck.names import core_key, country_keys, demonyms
from homscheck.numbers import TENS
from homscheck.patterns import compile_words, prefix_tree
from homscheck.text import folds_oddly

__all__ = ["SCOPES", "count_scope", "may_contain"]

SCOPES = ("whole", "part", "other", "elsewhen", "tally", "zero")


_I = regex.IGNORECASE
# The patterns marked with it end in "$" and say only whether the words before a quote end so:
# matched backwards from the end (``_ends_with``), not tried from every word before (faster).
_REVERSE = regex.REVERSE
# Words in a count's quote that make it a part of the whole: "one person was critically
# wounded", "at least 21 more people have been wounded", "three others dead", "four officers
# also died", "no one else was hurt".
PART_WORDS = ["critically", "seriously", "severely", "gravely", "other", "others",
              "also", "another", "additional", "further", "too", "else", "including", "among",
              # ("The dead included four women")
              "included", "include",
              "of them", "of whom", "remaining", "a second", "a third", "a fourth", "a fifth",
              "a sixth",
              # "two men remain in critical condition": the badly hurt, maybe not all the hurt
              "condition",
              # "three suffered minor injuries": the lightly hurt, maybe not all the hurt (not
              # "four minor candidates")
              "minor injuries", "minor injury", "minor wounds", "slight injuries", "slightly",
              "lightly"]  # fmt: skip
# ("more than 20" is a bound, not "20 more")
_PART_WORDS = compile_words(
    r"\b\L<words>\b|\bmore\b(?!\s+than)", flags=_I, words=PART_WORDS
)
# What may stand before a count that is one item of a list or a part named for something else:
# "wounding five people, including two bystanders", "the names of three people shot", "Police:
# 2 children, 1 teen shot"; not "1 killed, 3 injured", a list of measures.
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "a", "an"]  # fmt: skip
# The numbers among them, spelled out as a figure is ("two", not "a")
SPELLED_NUMBERS = [w for w in NUMBER_WORDS if w not in ("a", "an")]
POSSESSIVES = ["his", "her", "their", "its"]
_PART_BEFORE = compile_words(
    r"(?:\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|names\s+of|identities\s+of)"
    r"\s+(?:the\s+)?|\b(?:remaining|other|additional|another)\s+|(?:(?:\b\d+|\b\L<words>|\b\L<possessives>)\s+[\p{L}\p{N}-]+(?<!ed|dead|hurt|shot|lives)"
    # ("a six-year-old boy and three people were shot": one person, by age and noun)
    r"|\b(?:\L<words>|the|\L<possessives>)\s+(?:\d{1,3}|\L<words>)-(?:year|month)-old\s+\p{Ll}+)"
    # (a date, no item of a list: "As of 13 June, 17,600 refugees had crossed")
    r"(?<!January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    # "a man, his wife and their two daughters": the last of a list
    r"\s*(?:,|\band)\s*(?:\L<possessives>\s+)?)$",
    flags=_I | _REVERSE,
    words=NUMBER_WORDS,
    possessives=POSSESSIVES,
)
# A quote that opens on its verb is a clause of its own, not the next item of a list: "killed
# 12 people and injured 40", "killing 288 passengers and injuring more than 1,000".
_OPENS_ON_VERB = compile_words(r"^\p{Ll}+(?:ed|ing)\b|^(?:shot|hurt|left)\b")
# An aside on a count between its subject and its verb: "Six people, including a child, were
# wounded", "four others including an officer were hurt".
_ASIDE = compile_words(
    # ("At least 40 people, most of them civilians, were killed": the aside is a part)
    r"\s*,?\s+(?:including|among\s+them|(?:most|many|all|some|half|\d{1,3}|two|three|four|five"
    r"|six|seven|eight|nine|ten)\s+of\s+them|mostly|mainly)"
    r"\s[^,;]{1,60}?"
    r"(?:,|(?=\s+\p{Ll}+$)|(?=\s+(?:were|are|was|have|had)\b))"
    # ("Two teenagers, one 16 and the other 17, were injured": their ages)
    r"|\s*,\s*one\s+\d{1,3}\s+and\s+the\s+other\s+\d{1,3}\s*,"
    # ("Two men - the owner and the engineer who added two more floors - were arrested": who
    # they were, set off by dashes)
    r"|\s*[—–]\s[^—–]*?\s[—–]|\s+-\s[^\n]*?\s-(?=\s)",
    flags=_I,
)
# A part named just after the quote: "wounding three others", "killing two more", "six people
# injured by gunfire" (and one more hurt fleeing).
# "three men died at the scene" (and a fourth at the hospital): those who died there
# (those hurt one way, by gunfire: others may be hurt in the rush)
_BY_GUNFIRE = r"by\s+(?:gunfire|bullets|gunshots?|stray\s+bullets)"
_PART_NEXT = compile_words(
    rf"^\s+(?:others?|more|additional|{_BY_GUNFIRE})\b"
    r"|^\s+(?:\p{L}+\s+)?(?:at|on)\s+the\s+scene\b",
    flags=_I,
)
# A count in one step of a told sequence counts that step's victims: "Afterwards, he drove to
# a house and shot three students, killing two"; "On the way, he shot at a bus, injuring 3".
SEQUENCE_WORDS = ["then", "afterwards", "afterward", "after that", "on the way", "on his way",
                  "on her way", "along the way", "subsequently", "next", "finally"]  # fmt: skip
_SEQUENCE = compile_words(r"\b\L<words>\b", flags=_I, words=SEQUENCE_WORDS)
# "1,600 and 400 jobs cut respectively": figures given one to each of a list
_RESPECTIVELY = compile_words(r"\brespectively\b", flags=_I)
_RESPECTIVELY_WORDS = ("respectively",)
# "One man was shot several times and pronounced dead inside": a sentence that opens on one
# victim singles out one of several as often as it counts the only one; "Police said one
# person was killed" counts.
_ONE_WORD = compile_words(r"^\W*(?:one|a|an)\b", flags=_I)
# "Three of the victims died": some of those told of.
_SOME_OF = compile_words(
    r"^\W*(?:\d+|(?:\L<tens>-)?\L<words>)\s+of\s+(?:the|those|these|\d+|\L<words>)\b", flags=_I,
    words=NUMBER_WORDS,
    tens=list(TENS),
)
# "a man", "a 17-year-old", "his wife": one person, maybe one of several
# A death after "one of the five people hurt": those five counted before one of them died
_DIED_SINCE = compile_words(r"\b(?:died|dies|succumbed|dead|killed|fatally)\b", flags=_I)
_HAS_DIED = compile_words(r"\b(?:died|dies|succumbed)\b", flags=_I)
# "the first two carriages", "the last three victims", "the funeral of the first six miners
# killed": some of them (whatever the words around them)
_FIRST_OR_LAST = compile_words(
    r"\bthe\s+(?:first|last|front|rear|leading)\s+$", flags=_I | _REVERSE
)
# A count whose quote goes on to another count of its own kind: "four boys and one girl
# were shot" counts the boys, a part of the five.
_COORDINATED = compile_words(
    r"^\W*(?:\d+|\L<words>)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:,|\band)\s+(?:\d+|\L<words>|an?)"
    r"\s+\p{L}[^.;]*?"
    # (the verb: a list alone is the whole) "...were shot"; "left two men and a woman dead"
    r"(?:\b(?:were|are|was|have|had|got)\b|\s(?-i:\p{Ll}+ed|dead|hurt|shot)$)",
    flags=_I,
    words=NUMBER_WORDS,
)
# ("Tyson Roe's 15-year-old daughter": one of a family named)
# ("4-year-old dies after shooting": a headline's one person by age)
_A_PERSON = compile_words(
    r"^\W*(?:an?|his|her|their|(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+['’]s)\s+[\p{L}\p{N}]"
    r"|^\W*[\p{N}\p{L}]+-(?:year|month)-old\b",
    flags=_I,
)
_DEATH_OF = compile_words(
    r"^\W*(?:(?:shooting|stabbing)\s+death|fatal\s+shooting|killing|murder|slaying)\s+of\b",
    flags=_I,
)
# (a sentence the splitter missed counts: "...at the gas station.A 24-year-old man was shot")
_SENTENCE_START = compile_words(r"(?:^|[.!?])[^\p{L}\p{N}]*$", flags=_REVERSE)
# Things counted beside people or beside each other in a list: vehicles, aircraft, weapons
THINGS = ["helicopters", "tanks", "aircraft", "planes", "jets", "warplanes", "drones",
          "vehicles", "trucks", "buses", "boats", "ships", "vessels", "ambulances", "artillery",
          "guns", "rifles", "missiles", "rockets", "shells", "bombs", "pieces"]  # fmt: skip
_THING_NEXT = compile_words(
    r"\s*(?:,|\band\b)\s*(?:\d[\d,.]*|\L<words>)\s+(?:[\p{L}-]+\s+)?\L<things>\b",
    flags=_I,
    words=NUMBER_WORDS,
    things=THINGS,
)
_THING_BEFORE = compile_words(
    r"\b\L<things>\s*(?:,|\band)\s*$", flags=_I | _REVERSE, things=THINGS
)
# (not a subset of the count itself: "injured 23 people, six of them critically", "killed
# 12, five seriously" tell how many of those were hurt how)
_PART_AFTER = compile_words(
    r"^\s*(?:,|\band\b)\s*"
    # (a source, not a part: "Only six miners have been brought out alive, a civil defence
    # officer said")
    r"(?![^,;.]{0,60}\b(?:said|says|told|tells|added|according)\b)"
    # (nor a ranking: "killed five climbers, one of the deadliest on the mountain")
    r"(?!one\s+of\s+the\s+(?:[\p{L}-]+est|most|worst)\b)"
    r"(?:\d+|\L<words>)\s+(?!(?:of\s+(?:them|whom|those|these)"
    r"|critically|seriously|severely|badly|gravely|fatally|mortally)\b)\p{L}",
    flags=_I,
    words=NUMBER_WORDS,
)
# "One of five people hurt has died": the five counts a group before one of them died, not the
# hurt now.
# ("A 4-year-old boy was among the three people shot", "Among the 12 people wounded were two
# children": all of them)
_ONE_OF = compile_words(
    r"(?:\b(?:\d+|\L<words>)\s+of|(?:^\W*|\b(?:was|were|is|are)\s+)among)\s+(?:the\s+)?$",
    flags=_I | _REVERSE,
    words=NUMBER_WORDS,
)
# A count followed by one more of its kind is a part: "six other people were injured in the
# shooting and another was injured trying to flee".
# A count followed by what the same attacker did next to others: "fatally shot his brother and
# his girlfriend before killing a third man", "shot two people and then wounded a guard".
_MORE_AFTER = compile_words(
    r"^[^.;]{0,40}?\b(?:before|after|and\s+then|then)\s+(?:also\s+)?(?:fatally\s+)?"
    r"(?:killing|shooting|wounding|injuring|stabbing|killed|shot|wounded|injured|stabbed)\s+"
    r"(?!(?:himself|herself|themselves)\b)",
    flags=_I,
)
# One more who met another fate: "Five attackers were killed and a sixth was captured alive"
_ANOTHER_FATE = compile_words(
    r"\band\s+(?:another|a\s+\p{L}+|the\s+\p{L}+)\s+(?:\p{L}+\s+)?(?:was|were)\s+(?:\p{L}+ly\s+)?"
    r"(?:captured|arrested|detained|caught|taken\s+into\s+custody|questioned|escaped|fled"
    r"|held|unharmed|unhurt)\b",
    flags=_I,
)
_ONE_MORE = compile_words(
    r"\band\s+(?:another|other|one\s+more|a\s+\p{L}+)\s+(?:\p{L}+\s+)?(?:was|were)\b"
    # "three men died at the scene and a fourth one at a hospital"
    r"|\band\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)\b"
    # "two officers were stationed at the entrance and another two in the parking lot"
    r"|\band\s+(?:another|a\s+further)\s+(?:\d+|\L<words>)\b",
    flags=_I,
    words=NUMBER_WORDS,
)
# The shot followed by the dead: "4 Shot, 1 Killed During Argument", "16 shot, 1 fatally"
_DEAD_NEXT = compile_words(
    # (not "four people had been shot, one fatally": one of the four)
    r"^\s*(?:,|\band\b)\s*(?:\d+|\L<words>)\s+(?:\p{L}+\s+)?(?:killed|dead|died)\b",
    flags=_I,
    words=NUMBER_WORDS,
)
# The first item of a list of measures ("1 dead, 4 hurt") is no part: it ends on what happened.
# ("At least 21 people have lost their lives and 11 are still missing": two measures)
_ENDS_ON_MEASURE = compile_words(r"(?:ed|dead|hurt|shot|lives|missing|hit|struck)\W*$", flags=_I)
# A count the first call gave, or a definite group told of before: "The caller said a person had
# been shot", "dispatch called to report six to 10 people had been shot", "Police found the two
# dead inside the vehicle": what was known then, or some of the victims; at least that many.
_FIRST_CALL = compile_words(
    r"\b(?:callers?|911|dispatch(?:ers?|ed)?|(?:a|the)\s+call\s+(?:about|of|reporting|that)"
    r"|reports?\s+(?:of|that))\b[^.;]{0,80}$"
    # (not the whole a part is of: "Of the 74 people injured, 38 were ...", "one of the two
    # victims")
    r"|(?<!\bof\s+)\b(?:the|these|those)\s+$",
    flags=_I,
)
# "Prather also fatally shot two (of his children)": victims added to those told of before
_ALSO = compile_words(r"\balso\s+$", flags=_I | _REVERSE)
_A_TOLL_PUT = compile_words(
    r"(?:put|puts|putting|placed|places|gave|gives|estimated|estimates)\s+(?:the\s+)?"
    r"(?:(?:death|overall|total)\s+)?(?:toll|number|figure)\b",
    flags=_I,
)
_ALSO_NEXT = compile_words(
    r"^[\s,]*(?:(?:were|was|are|is|have\s+been|had\s+been|have|had)\s+)?also\b", flags=_I
)
_OF_THEIR = compile_words(r"\s+of\s+(?:his|her|their|its)\s+\p{L}", flags=_I)
# (a toll is the whole: "the death toll at 31" is no definite group told of before)
_TOLL = compile_words(
    r"^(?:(?:death|casualty|injury)\s+)?toll\b|^number\s+of\b|^(?:crowds?|attendance|turnout)\b",
    flags=_I,
)
# A count of one followed by "the other": one of a pair ("One teen was shot in the foot and the
# other in the leg", "One car was black and a second one white").
_ONE_OF_SEVERAL = compile_words(
    r"\b(?:the\s+(?:other|others|second|rest)|a\s+second|another)\b", flags=_I
)
# A superlative measured from an earlier occasion: "the deadliest since", "the worst ... since"
SUPERLATIVE_SINCE = (
    # ("the first attack on a concert venue since the 2017 bombing, in which 22 people died")
    # ("the highest weekly figures since the outbreak was declared")
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|lowest|greatest|fewest"
    r"|most\s+\w+|first)\b[^.;!?]{0,60}?"
    r"\bsince\b"
)
# A count of another occasion, told to compare: "The shooting comes just over a year after nine
# people were shot at another complex".
_EARLIER_OCCASION = compile_words(
    r"\b(?:days|weeks|months|years?|decades?)(?:\s+and\s+a\s+half)?\s+(?:after|before|since)\s+$"
    # "Six months before that, a gunman killed 14", "Nearly a week ago on Christmas morning, the
    # owner was shot dead and five others injured", "Last year, two people were killed"
    r"|(?:\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:before(?:\s+that)?|earlier|ago|prior)"
    r"|^\W*(?:last|the\s+previous|the\s+year\s+before)\s+(?:week|month|year|summer|winter|spring|fall)"
    r"|\bin\s+(?:a|an)\s+(?:previous|prior|earlier|unrelated)\s+(?:shooting|incident|attack"
    r"|accident)"
    # "three weeks after an earlier attack on the same hospital, which killed three people",
    # "five years after the uprising at Harrow Bay, in which 11 inmates died", "Earlier this
    # month, a strike ... killed three people"
    r"|\b(?:an?|the)\s+(?:previous|prior|earlier|separate)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:attack|strike|shooting|incident|raid|bombing|blast|riot|uprising|fire|crash|clash"
    # ("In a separate accident on Lake Tanganyika last week, a boat sank, killing nine")
    r"|accident|explosion|sinking|capsizing|collapse|landslide|flood|stampede|derailment"
    r"|tragedy|disaster)\b"
    r"|\b(?:years?|decades?)\s+after\s+[^;!?]{1,100}?\b(?:in\s+which|which|when)"
    # ("The crash came less than a year after a driver struck a bus shelter, injuring four")
    r"|\b(?:came|comes|happened|occurred|follows|followed)\s+(?:just\s+|only\s+|less\s+than\s+"
    r"|more\s+than\s+|nearly\s+|about\s+|almost\s+)?(?:a|an|one|two|three|four|five|six|seven"
    # ("The shooting comes a year and a half after a 14-year-old opened fire at ...")
    r"|eight|nine|ten|several|few|\d+)\s+(?:days?|weeks?|months?|years?)(?:\s+and\s+a\s+half)?"
    r"\s+after\b"
    r"|^\W*earlier\s+this\s+(?:week|month|year)\b"
    # a year before's count to a day like this one: "At the same point last year, the city had
    # recorded 71 homicides" (not the year's total: "144 homicides in 2025")
    r"|\b(?:at|by)\s+(?:the\s+same\s+(?:point|time|date)|this\s+(?:point|time|date))"
    r"\s+(?:last|a|the\s+previous)\s+year\b"
    # ("Separately, shelling of the Al-Wehda district on Sunday killed five people")
    r"|^\W*separately\b"
    # ("the agency previously documented the killing of at least 50 civilians")
    r"|\bpreviously\s+(?:documented|recorded|reported|counted|registered|confirmed)\b"
    # ("Activists said the RSF also shelled the Al-Wehda district on Sunday, killing five"):
    # an attack besides the story's
    # (not "also struck a skateboarder with his car", "also fired on police": the same rampage)
    r"|\balso\s+(?:shelled|bombed|raided|stormed|ambushed|targeted)\b"
    # another incident the story's is told apart from: "Police have not linked the shooting to
    # the killing of a man two hours later", "the fire was unrelated to a blast that killed two"
    r"|\b(?:not|never|no\s+longer)\s+(?:yet\s+)?(?:been\s+)?(?:linked|connected|tied)\b"
    r"[^;!?]{0,80}?\bto\b|\bunrelated\s+to\b)"
    r"\b[^;!?]{0,160}$"
    # "the deadliest attack since a school bombing in September that killed 57", "the worst
    # since 2019, when a truck bomb killed 90": the occasion it is measured against, told in a
    # clause of its own (not the toll of the clause the comparison is an aside of: "The attack,
    # the deadliest since 2019, killed 15", "the worst since a blast in which 40 died, left 15
    # dead"); or told as what was done since ("the deadliest since a suicide bomber killed 90
    # in 2019", not "the deadliest attack since 2019 killed 15")
    rf"|{SUPERLATIVE_SINCE}(?:[^;!?]{{0,100}}?\b(?:that|which|when|where|who)\b"
    r"|\s+(?:an?|the|his|her|their)\s)[^,;!?]{0,100}$",
    flags=_I | _REVERSE,
)
# The patients of one hospital, of all the hurt: "Medina Hospital said it had received 26
# wounded", "the city's main hospital admitted 40 injured people" (not "hospitals received")
_ONE_HOSPITAL = compile_words(
    r"\b(?:hospital|clinic|infirmary|(?:medical|health|trauma)\s+(?:centre|center))\b(?!s)"
    r"[^,.;:!?]{0,40}?\b(?:received|admitted|took\s+in|treated|treating|receiving|admitting)"
    r"\s+$",
    flags=_I | _REVERSE,
)
_ONE_HOSPITAL_WORDS = ("hospital", "clinic", "infirmary", "centre", "center")
# The hurt taken somewhere, counted by the carrier: "helicopters had airlifted 19 injured people
# to hospitals in Arequipa", "ambulances ferried 30 wounded": those moved, some of the hurt
_CARRIED_BEFORE = compile_words(
    r"\b(?:airlifted|air-lifted|flew|flown|evacuated|transported|ferried|rushed|carried"
    r"|transferred|moved)\s+(?:(?:about|some|at\s+least|more\s+than|over|nearly)\s+)?$",
    flags=_I,
)
_CARRIED_WORDS = ("lifted", "flew", "flown", "evacuated", "transported", "ferried", "rushed",
                  "carried", "transferred", "moved")  # fmt: skip
# Those some aid has reached so far: "Compensation has been paid to 38 injured persons"
# An aside on some of those counted: "Five people, two of them foreign nationals, ..."
_OF_THEM_ASIDE = compile_words(r",\s*[^,;]{1,30}?\s+of\s+them\s+[^,;]{1,40},", flags=_I)
_PAID_TO = compile_words(
    r"\b(?:paid|given|disbursed|handed\s+over|distributed)\s+(?:so\s+far\s+)?to\s+"
    r"(?:(?:about|some|at\s+least|more\s+than|over|nearly)\s+)?$",
    flags=_I,
)
# Those one person saved: "said Daeng Sija, 48, who pulled three survivors onto his boat", "a
# fisherman who rescued five": that person's share of the rescued
_ONE_RESCUER = compile_words(
    r"(?:,\s*\d{1,3}\s*,|\b(?:fisherman|resident|villager|neighbou?r|passer-?by|bystander"
    r"|diver|volunteer|man|woman|boy|girl|driver|farmer|teacher|guard|teenager))"
    r"\s*,?\s+who\s+(?:had\s+|has\s+)?(?:\p{L}+ly\s+)?$",
    flags=_I,
)
# The patients one hospital has now: "47 wounded were being treated there", "31 of the injured
# are still being treated at the district hospital" (a part of the hurt; but "five wounded
# were treated at the hospital and released" may be all of them)
_TREATED_THERE = compile_words(
    r"^[^.;:!?]{0,20}?\b(?:are|were|was|is)\s+(?:still\s+)?being\s+(?:treated|cared\s+for)\b"
    r"|^[^.;:!?]{0,20}?\b(?:treated|admitted)\s+there\b",
    flags=_I,
)
# ... or by their nation's name before what they were: "35 Tunisian pilgrims", "12 Nepali
# climbers" (not of news of one country that names its own people by origin: "two Mexican
# American men")
_NATION_BEFORE_PEOPLE = compile_words(
    r"(?-i:\b(?P<nation>\p{Lu}\p{Ll}+))\s+(?:\L<people>)\b",
    flags=_I,
    people=["pilgrims", "tourists", "workers", "migrants", "passengers", "students",
            "climbers", "hikers", "fishermen", "sailors", "seafarers", "refugees", "nurses",
            "doctors", "journalists", "engineers", "labourers", "laborers", "people",
            "aid workers", "crew members", "travellers", "travelers", "visitors"],
)


def _of_one_nation(quote: str) -> bool:
    m = _NATION_BEFORE_PEOPLE.search(quote)
    nation = m["nation"].lower() if m else ""
    return nation in demonyms() and nation not in _OWN_PEOPLES


_OWN_PEOPLES = frozenset({"american", "british", "english", "canadian", "australian"})
# The people of one nation among the counted: "two Kenyan nationals", "three British citizens"
_OF_A_NATION = compile_words(r"\b(?-i:\p{Lu}\p{L}+|foreign)\s+(?:nationals|citizens)\b", flags=_I)
_OF_THE_WHOLE = compile_words(r"\bof\s+(?:the|these|those|all)\s+$", flags=_I)
# A zero with more words after it is about a part: "No one was injured inside", "no one was
# injured by the gunshot"; "No one was injured.", "No one was killed in the blast, police
# said" are about the whole.
_ZERO_OF_THE_WHOLE = compile_words(
    r"^\s*(?:(?:in|during)\s+the\s+(?:\p{L}+\s+)?(?:shooting|attack|incident|crash|fire|blaze"
    r"|blast|explosion|collision|accident|stabbing|derailment|earthquake|quake|storm|violence)\s*)?"
    # ("..., police said", "..., a spokesman for the fire department said Sunday")
    r"(?:,\s*(?:(?:[\p{L}.'’-]+\s+){1,8}(?:said|says|say|reported|added|confirmed)"
    r"(?:\s+\p{L}+)?|according\s+to\s+(?:[\p{L}.'’-]+\s*){1,5})\s*)?"
    r"[.!?\"”’)]*\s*$",
    flags=_I,
)
# Counts that count something else than their measure says: "Three people were hospitalized"
# may count a victim who died there; "one person was fatally wounded" counts a death.
OTHER_MEASURE_WORDS = ["hospitalized", "hospitalised", "hospital", "treated", "transported",
                       "fatally", "mortally"]  # fmt: skip
_OTHER_MEASURE = compile_words(r"\b\L<words>\b", flags=_I, words=OTHER_MEASURE_WORDS)
# A hospital's word for how a patient is, in a pattern: "listed in critical condition", "in
# serious but stable condition" (the hurt, alive).
CONDITIONS = ["critical", "serious", "stable", "fair", "good", "grave", "guarded"]
# (British usage with its article: "in a serious condition")
IN_CONDITION = (
    rf"(?:listed\s+)?in\s+(?:a\s+)?(?:{'|'.join(CONDITIONS)})(?:\s+but\s+stable)?\s+condition"
)
# A count that takes in the attacker: "seven people dead, including the suspected shooter" is
# six victims and the gunman.
PERPETRATORS = ["shooter", "gunman", "gunmen", "suspect", "attacker", "assailant", "killer",
                "bomber", "intruder", "home invader"]  # fmt: skip
_WITH_PERPETRATOR = compile_words(
    # ("Seven people died in the rampage, including the suspect")
    # ("Three people died, including a teenager and the gunman": one of those included)
    r"^\W*(?:(?!and\b)[\p{L}'’-]+,?\s+){0,6}?(?:including|counting|among\s+them)\s+"
    r"(?:(?:an?|the|one|two|three|\d+)\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+)?\s*(?:,|\band)\s+)?"
    r"(?:the\s+)?(?:(?:suspected|alleged|lone|masked)\s+)?\L<words>\b",
    flags=_I,
    words=PERPETRATORS,
)
# A count listed after the attacker: "Suspect & 2 Victims Shot, Killed", "the gunman and three
# others died": the dead are more than the count (a part of them)
_AFTER_PERPETRATOR = compile_words(
    r"\b(?:the\s+)?(?:(?:suspected|alleged|lone)\s+)?\L<words>\s*(?:&|,|\band)\s*$",
    flags=_I | _REVERSE,
    words=PERPETRATORS,
)
# Before events in the plural that are no sum of events: the story's as one of a kind, or a
# campaign it belongs to ("in one of the deadliest attacks since the ceasefire", "as Israel
# steps up attacks on the group"; not "one of the shootings was reported at the center", one of
# several)
NOT_A_SUM_OF_EVENTS = (
    r"(?<!\bone\s+of\s+the\s+(?:\p{L}+est|worst|most\s+\p{L}+)\s+(?:[\p{L}-]+\s+)?)"
    # (what a reaction is to: "pressure mounted on the government to account for the police
    # killings", "the governor condemned the killings")
    r"(?<!\b(?:account\s+for|condemn|condemned|condemns|condemning|investigate|investigating"
    r"|inquiry\s+into|probe\s+into|outrage\s+over|anger\s+over|protests?\s+(?:over|against))"
    r"\s+(?:the|those|these)\s+(?:[\p{L}-]+\s+)?)"
    r"(?<!\b(?:(?:step|ramp)(?:s|ped|ping)?\s+up|escalat\p{L}*|intensif\p{L}*)"
    r"\s+(?:its\s+|their\s+|the\s+)?(?:[\p{L}-]+\s+)?)"
)
# A count over several incidents: "3 dead, 26 wounded in weekend Detroit shootings", "two dead in
# a series of shootings overnight": a tally whose span and incidents differ from paper to paper.
# "gunfire wounded 26 people across the city", "a violent night in the city leaves 2 dead", "18
# people were shot in what police call family disputes"
_TALLY = compile_words(
    rf"\b{NOT_A_SUM_OF_EVENTS}(?:shootings|attacks|incidents|disputes|homicides|killings)\b"
    r"|\b(?:across|throughout)\s+the\s+(?:city|county|state|region)\b|\bseries\s+of\b"
    # the toll of a whole war: "12 million people have been forced from their homes by the
    # conflict", "the war, which has killed more than 150,000", "since the start of the
    # insurgency" (not "killed in the conflict zone")
    r"|\b(?:by|in|during|since)\s+the\s+(?:[\p{L}-]+\s+){0,2}?\L<wars>(?![\p{L}-])"
    r"(?!\s+(?:zone|area|region)\b)"
    r"|\bthe\s+(?:[\p{L}-]+\s+){0,2}?\L<wars>(?:\s*,\s*which)?\s+(?:has|have|had)\s+(?:\p{L}+\s+)?"
    r"(?:killed|displaced|uprooted|forced|driven|claimed|left)\b"
    # ("an Islamist insurgency in the northern province of Cabo Delgado that has killed more
    # than 6,000 people since 2017")
    r"|\b\L<wars>\b[^.;:!?]{0,60}?\b(?:that|which)\s+(?:has|have|had)\s+(?:\p{L}+\s+)?"
    r"(?:killed|displaced|uprooted|forced|driven|claimed)\b"
    r"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?"
    r"(?:\L<wars>|fighting)\b"
    r"|\b(?:violent|bloody|deadly)\s+(?:night|day|weekend)\b|\bweekend\s+(?:of\s+)?violence\b"
    # a rate, of many events: "Nearly 1,300 children die from gunshot wounds each year", "an
    # average of 40 people are killed on the road every month"
    r"|\b(?:each|every|per)\s+(?:year|month|week|day)\b|\bannually\b|\ban\s+average\s+of\b"
    r"|\bon\s+average\b"
    # the toll of many mishaps of a kind: "570 people have died in building collapses in the
    # country since 2005", "killed in road accidents" (not a headline's verb: "Building
    # collapses in Ibadan")
    r"|\bin\s+(?:[\p{L}-]+\s+){0,2}(?:collapses|derailments|stampedes|accidents|crashes"
    r"|disasters|mishaps|capsizings|sinkings)\b"
    # ... or on a country's roads: "4,690 people were killed on Kenyan roads in 2025"
    r"|\bon\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:roads|highways|roadways)\b"
    # a city's toll over days: "9 people were shot in the city between Friday evening and
    # Sunday morning" (but "not counting the gunman" leaves a count of this event's)
    r"|\bbetween\s+(?:\L<days>)\s+(?:\p{Ll}+\s+)?and\s+(?:\L<days>)\b",
    flags=_I,
    days=WEEKDAYS,
    wars=["war", "conflict", "insurgency", "civil war"],
)
# A whole country's figure, in the count's own clause: "Nationwide, 11 million have been
# displaced", "some 700,000 people across the country" (not "a protest of violence across the
# country" after a count of one place's)
_COUNTRYWIDE = compile_words(
    r"\b(?:nationwide|countrywide|nationally)\b|\b(?:across|throughout)\s+the\s+(?:country|nation)\b"
    # ... or the country the subject: "The nation has witnessed 32 firearms-related deaths"
    r"|^\W*the\s+(?:nation|country)\s+(?:has|had|have)\s+(?:\w+\s+){0,2}$"
    # ... or named: "more than 7 million people are displaced across Congo"
    r"|\b(?:across|throughout)\s+(?:the\s+)?(?P<land>(?-i:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}))",
    flags=_I,
)
_CLAUSE_ENDS = compile_words(r"[,;:.!?]|\b(?:and|that|which|who|where|at|as)\b", flags=_I)


def _countrywide(before: str, after: str) -> bool:
    if not may_contain(before[-40:] + after[:80], ("nation", "country", "across", "throughout")):
        return False
    end = _CLAUSE_ENDS.search(after)
    clause_after = after[: end.start() if end else 80]
    return any(
        m["land"] is None or core_key(m["land"]) in country_keys()
        for m in (_COUNTRYWIDE.search(before[-40:]), _COUNTRYWIDE.search(clause_after))
        if m is not None
    )


# An occasion seasons back, told after the count (which the dates module leaves unread): "Four
# teens were shot there during a game two summers ago"
_SEASONS_AGO = compile_words(
    r"^[^.;!?]{0,60}?\b(?:\d+|two|three|four|five|several|a\s+few|many)\s+"
    r"(?:summers|winters|springs|autumns|seasons)\s+(?:ago|earlier|before)\b",
    flags=_I,
)
_SEASON_WORDS = ("summers", "winters", "springs", "autumns", "seasons")
_TO_BE_FREED = compile_words(r"\b(?:release|free)\s+(?:the\s+|all\s+)?$", flags=_I)
# An event pointed back to, told in a sentence before: "That outbreak killed 32 people
# statewide", "That blast left 57 dead" (the story's own is "the storm", "the blast")
_THAT_EVENT = compile_words(
    r"^\W*(?:That|Those)\s+(?:[\p{Ll}-]+\s+){0,2}(?:outbreak|storm|tornado|hurricane|attack"
    r"|bombing|blast|explosion|shooting|massacre|quake|earthquake|flood|floods|fire|blaze"
    r"|crash|disaster|attacks|storms|shootings|riot|stampede|collapse)\b[^.;!?]{0,60}$"
)
_A_WEEKDAY = compile_words(r"\b\L<days>\b", flags=_I, days=WEEKDAYS)
# A clause of one occasion after the words of a tally or a running total: "four school
# shootings since 2012, when a gunman killed three students" (the three are of 2012's)
ONE_OCCASION = compile_words(r",\s+when\b", flags=_I)


def _of_one_occasion(before: str) -> bool:
    clauses = list(ONE_OCCASION.finditer(before))
    return bool(clauses) and _TALLY.search(before, clauses[-1].end()) is None


# Words one of which every match of a pattern above holds, in some case: where a text has none,
# the pattern is not searched for (``may_contain``: most quotes and sentences have none).
# (an earlier shooting, incident or attack is "previous", "prior", "earlier" or "unrelated":
# those words are rarer than "shooting")
# The count of an event the article names by its year, in a clause on it: "the 1987 Rosewood
# Apartments blaze, which killed nine", "the 2019 Eastfield shooting that left seven dead"
_OF_A_DATED_EVENT = compile_words(
    r"\bthe\s+(?:1[89]\d\d|20\d\d)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+\s*,?\s+"
    r"(?:(?:in\s+)?which|that|when\s+\p{L}+)\s+(?:\p{L}+\s+){0,2}$",
    flags=_I | _REVERSE,
)
_EARLIER_OCCASION_WORDS = ("day", "week", "month", "year", "decade", "summer", "winter",
                           "spring", "fall", "previous", "prior", "earlier", "unrelated",
                           "since", "separate", "linked", "connected", "tied",
                           "also")  # fmt: skip
_TALLY_WORDS = ("shootings", "attacks", "incidents", "disputes", "homicides", "killings",
                "roads", "highways", "roadways",
                "across", "throughout", "series", "violent", "bloody", "deadly",
                "weekend", "each", "every", "per", "annually", "average", "collapses",
                "war", "conflict", "insurgency",
                "derailments", "stampedes", "accidents", "crashes", "disasters", "mishaps",
                "capsizings", "sinkings", "between")  # fmt: skip
_ASIDE_WORDS = ("including", "among", "them", "mostly", "mainly", "other", "—", "–", " - ")
_PART_WORDS_NEEDED = (*PART_WORDS, "more")
_SEQUENCE_WORDS = tuple(SEQUENCE_WORDS)
_OTHER_MEASURE_WORDS = tuple(OTHER_MEASURE_WORDS)
_PERPETRATOR_WORDS = tuple(PERPETRATORS)


# An earlier figure: the one a count changed from ("up from 64 deaths a week earlier", "down
# from 12", "has risen to 31 from 23"), or one the article says was the earlier ("Earlier this
# evening the figure was two dead", "police had initially put the toll at 12", "an earlier
# toll of 40")
_AT_FIRST = r"(?:earlier|previously|initially|at\s+first)"
# ("Initial radio traffic indicated three deputies had been shot, but only two were hit")
_FIRST_REPORTS = (
    r"(?:initial|early|earlier|previous|first)\s+(?:(?:radio|police|media|news)\s+)?"
    r"(?:reports?|figures?|estimates?|traffic|accounts?|information|word)\b"
)
_EARLIER_FIGURE = compile_words(
    r"\b(?:up|down|rising|rose|risen|climbing|climbed|revised|increase|rise)\s+from\s+$"
    r"|\bto\s+[\d,.]+\s+from\s+$"
    rf"|\b{_AT_FIRST}\b[^.;:!?]{{0,40}}?\b(?:figure|toll|count"
    r"|number|tally)\s+(?:was|had\s+been|stood\s+at|at|of)\s+(?:about\s+|some\s+)?$"
    r"|\ban\s+(?:earlier|initial|previous)\s+(?:figure|toll|count|tally)\s+of\s+$"
    r"|\b(?:had|have|has)\s+(?:earlier|previously|initially)\s+$"
    # "Authorities had initially said three people were shot", "police at first reported
    # five wounded"
    rf"|\b{_AT_FIRST}\s+(?:said|reported|put|gave|estimated)"
    r"\s+(?:that\s+)?(?:about\s+|some\s+|only\s+)?$"
    # "Police first said six people had been shot" (not "the Tribune first reported that five
    # people died": the first to report the count)
    r"|\bfirst\s+(?:said|put|gave|estimated)\s+(?:that\s+)?(?:about\s+|some\s+|only\s+)?$"
    # "Initial reports from the health office put the death toll at 18, but it rose to 24"
    # (the count, or the toll's own words, just after)
    rf"|\b{_FIRST_REPORTS}[^.;:!?]{{0,50}}?\b(?:"
    r"(?:put|placed|gave|said)\s+(?:the\s+)?(?:death\s+)?(?:toll|number|figure|count)"
    r"(?:\s+of\s+[\p{L}]+)?\s+(?:at|as)\s+(?:about\s+|some\s+)?"
    r"|(?:put|placed|gave)\s+(?:the\s+)?"
    # "Initial reports from the scene indicated two people had been killed"
    r"|(?:said|indicated|suggested|showed)\s+(?:that\s+)?(?:about\s+|some\s+|only\s+)?)$",
    flags=_I | _REVERSE,
)
_CHANGED_FROM_WORDS = ("from",)  # (just before the count)
_SAID_EARLIER_WORDS = ("earl", "previous", "initial", "first")  # (a few words before)


def _after_an_earlier_figure(before: str) -> bool:
    return (
        may_contain(before[-20:], _CHANGED_FROM_WORDS)
        or may_contain(before[-80:], _SAID_EARLIER_WORDS)
    ) and _ends_with(_EARLIER_FIGURE, before)


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False only where ``text`` has none of ``words`` (lower-case ASCII) in any case, so that
    no match of a case-insensitive pattern that needs one of them can be there: a test in C
    that spares a slower search. (A text whose characters fold oddly may match all the same.)"""
    if folds_oddly(text):
        return True
    if len(words) > _MANY_WORDS:
        return _one_of(words).search(text.lower()) is not None
    return any(map(text.lower().__contains__, words))


# A long list (the phrases of a counting rule's verbs) is looked for in one scan of ``re``,
# its words as a prefix tree, rather than a scan per word: four times as quick for a hundred.
_MANY_WORDS = 30


@functools.lru_cache(maxsize=64)
def _one_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of ``re`` that finds any of ``words``. (The tree's characters are escaped by
    ``regex.escape``, which ``re`` reads alike: a backslash before a character that is no
    letter or digit stands for the character.)"""
    return re.compile(prefix_tree(words))


# What is to be done, not what was: "50 hostages are to be freed under the deal", "800 homes
# could be flooded", "about 200 aid trucks would enter every day"
_MODAL = (
    r"(?:(?:are|is|were|was)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+|going\s+)?to"
    r"|will|would|could|may|might|should|shall)"
)
_PLANNED = compile_words(rf"\b{_MODAL}\s+(?:\p{{L}}+ly\s+)?be\b", flags=_I)
_PLANNED_NEXT = compile_words(rf"^\s+(?:\p{{L}}+\s+)?{_MODAL}\s+(?!have\b)\p{{L}}", flags=_I)
_IN_RETURN = compile_words(r"in\s+(?:return|exchange)\s+for\b", flags=_I)
_CLAUSE_CUT = compile_words(r"[,;:]")
# Kinds whose news is mostly a plan, told alike by every report: "will cut 4,500 jobs"
_PLANS_ARE_THE_NEWS = frozenset({"jobs"})
# Kinds whose quote is the count and its noun, the verb after it: "about 200 aid trucks"
_BARE_COUNTS = frozenset({"equipment", "quantity"})


# The hurt in the rush to get away, not by the attack itself: "one person was hurt in the
# rush to get away", "hurt in the stampede that followed" (a count of another hurt than the
# shot; but in a crush's own story, "eight people were hurt in the stampede" is its toll, and
# in a fire's, "injured while fleeing the flames" is the fire's)
_HURT_FLEEING = compile_words(
    r"^[^.;:!?]{0,30}?\b(?:in\s+the\s+(?:ensuing\s+)?(?:rush|scramble)\s+to\s+(?:get\s+away"
    r"|flee|escape|leave|exit|get\s+out)"
    r"|in\s+the\s+ensuing\s+\L<panic>|in\s+the\s+\L<panic>\s+that\s+(?:followed|ensued))\b",
    flags=_I,
    panic=["stampede", "chaos", "panic", "melee", "confusion", "crush", "rush", "scramble"],
)
_HURT_FLEEING_WORDS = ("rush", "scramble", "ensuing", "followed", "ensued")


# Measures whose "some of the" are of those another measure counts, and all of their own:
# "Twenty-one of the students escaped" is a part of the abducted, and all who escaped
_OF_THE_TAKEN = {"abductions": frozenset({"escaped", "freed", "recaptured"})}


# Kinds whose "across the city" or "nationwide" is where they were sent
_SENT_WHERE_THEY_GO = frozenset({"forces", "equipment"})


def count_scope(c: Claim) -> str:
    """What a count counts: "whole", "part" (a subset or an item of a list), "other" (another
    measure), "planned" (what is to be done), "elsewhen" (another occasion), "tally" (several
    incidents) or "zero"."""
    before, after = _around(c)
    if c.measure == "wounded" and _hurt_fleeing(after):
        return "other"
    if _counts_another_measure(c) or (
        may_contain(after, _PERPETRATOR_WORDS) and _WITH_PERPETRATOR.search(after)
    ):
        return "other"
    if c.kind not in _PLANS_ARE_THE_NEWS and (
        _PLANNED.search(c.text)
        or (c.kind in _BARE_COUNTS and _PLANNED_NEXT.match(after))
        # ("50 hostages are to be freed in return for 150 prisoners": the clause's plan)
        or (_IN_RETURN.match(c.text) and _PLANNED.search(_CLAUSE_CUT.split(before)[-1]))
    ):
        return "planned"  # "50 hostages are to be freed", "200 trucks would enter each day"
    if may_contain(before, _EARLIER_OCCASION_WORDS) and _ends_with(_EARLIER_OCCASION, before):
        return "elsewhen"
    if _after_an_earlier_figure(before):
        return "elsewhen"  # "up from 64 deaths", "Earlier this evening the figure was two dead"
    if may_contain(after[:80], _SEASON_WORDS) and _SEASONS_AGO.match(after):
        return "elsewhen"  # "Four teens were shot there two summers ago"
    if _ends_with(_OF_A_DATED_EVENT, before):
        return "elsewhen"  # "the 1987 Rosewood Apartments blaze, which killed nine"
    if (
        c.kind == "arrests"
        and may_contain(before[-12:], ("release", "free"))
        and _TO_BE_FREED.search(before)
    ):
        return "part"  # "called on the authorities to release dozens of people detained":
        # those still held
    if (
        may_contain(before[:8], ("that", "those"))
        and _THAT_EVENT.match(before)
        and not _A_WEEKDAY.search(after)  # ("That storm killed four people on Sunday")
    ):
        return "elsewhen"  # "... in April 2011, when a twister hit. That outbreak killed 32"
    if _ends_with(_ONE_OF, before):
        # "One of five people hurt has died": the five were hurt before one died; "He was one
        # of four people wounded": the four are all of them
        # (not the dead themselves: "he was among five officers who died")
        died = c.measure != "killed" and (_DIED_SINCE.search(after) or _HAS_DIED.search(c.text))
        return "other" if died else "whole"
    if may_contain(before[-80:], _ONE_HOSPITAL_WORDS) and _ends_with(_ONE_HOSPITAL, before):
        return "part"
    if (
        c.measure == "rescued"
        and may_contain(before[-30:], ("who",))
        and _ONE_RESCUER.search(before[-60:])
    ):
        return "part"  # "a fisherman who pulled three survivors onto his boat"
    if (
        c.measure == "wounded"
        and may_contain(before[-40:], _CARRIED_WORDS)
        and _CARRIED_BEFORE.search(before[-40:])
    ):
        return "part"  # "helicopters had airlifted 19 injured people": those carried
    if may_contain(before[-40:], ("to",)) and _PAID_TO.search(before[-40:]):
        return "part"  # "Compensation has been paid to 38 injured persons": those reached
    if (
        c.measure == "wounded"
        and may_contain(after[:60], ("treated", "cared", "admitted"))
        and _TREATED_THERE.match(after)
    ):
        return "part"  # "47 wounded were being treated there": one hospital's patients
    if may_contain(before[-60:] + after[:80], ("alone",)) and _in_one_place_alone(before, after):
        return "part"  # "In Huari town alone, 11 people died": one place's share of the toll
    if may_contain(c.text, ("nationals", "citizens")) and _OF_A_NATION.search(
        _OF_THEM_ASIDE.sub("", c.text)
    ):
        return "part"  # "two Kenyan nationals were killed": the foreigners among the dead
    if _of_one_nation(c.text):
        return "part"  # "35 Tunisian pilgrims had died": one country's among the dead
    tally = may_contain(c.context, _TALLY_WORDS) and _TALLY.search(c.context)
    if (
        (tally or _countrywide(before, after))
        and not _of_one_occasion(before)
        # (a force sent across a city is where it went: "5,000 riot police were deployed
        # across the city", no sum of incidents)
        and c.kind not in _SENT_WHERE_THEY_GO
    ):
        return "tally"
    # (not in an aside on the whole: "Six people, including a child, were wounded")
    # "seven other people were injured" has its own subject, "other people" (but "three other
    # people are in serious condition" are a part of those)
    subject = c.subject.split()
    quote = _ASIDE.sub("", c.text) if may_contain(c.text, _ASIDE_WORDS) else c.text
    if may_contain(quote, ("other",)):
        quote = _OTHERS_OF_THE_LIST.sub("", quote)
    if (
        (_ANOTHER_AFTER.match(c.text) or _OTHERS_NEXT.match(after))
        # ("The attack, in which six others were wounded": others than the dead told before)
        and (
            told_of_another_measure(c.measure, before)
            or (c.measure == "wounded" and _IN_WHICH.search(before[-20:]) is not None)
        )
        # (not "three other people are in serious condition": the badly hurt, a part; nor
        # "six others injured by gunfire": those hurt one way)
        and not _PART_WORDS.search(_OTHER_WORD.sub("", quote))
        and not _BY_GUNFIRE_NEXT.match(after)
    ):
        return "whole"  # "One man was killed and another was wounded": one wounded; "two
        # were killed and four others were hurt": four hurt
    if may_contain(quote, _PART_WORDS_NEEDED) and any(
        q.group(0).lower() not in subject for q in _PART_WORDS.finditer(quote)
    ):
        return "part"
    if _PART_NEXT.match(after) or _one_more_of_its_kind(c.measure, after):
        return "part"
    if may_contain(after[:40], _IN_THE_PAST_DAY_WORDS) and _IN_THE_PAST_DAY.match(after):
        return "part"  # "17 people had died in the 24 hours to Tuesday": a day's more
    if c.measure == "killed" and _HURT_WHO_DIED.search(c.text):
        return "part"  # "six wounded protesters died in hospital": more of the dead
    if c.measure == "killed" and may_contain(before[-60:], ("to",)) and _RAISED_THE_TOLL.search(
        before[-80:]
    ):
        return "part"
    # (a step told before the count: not "Four people were shot after a man got into a fight,
    # then left and came back", where the count comes first)
    if may_contain(before, _SEQUENCE_WORDS) and _SEQUENCE.search(before):
        return "part"
    if may_contain(c.context, _RESPECTIVELY_WORDS) and _RESPECTIVELY.search(c.context):
        return "part"  # "Britain and Spain will see 1,600 and 400 jobs cut respectively": one's
    if _MORE_AFTER.match(after):
        return "part"
    if _ends_with(_FIRST_OR_LAST, before):
        return "part"  # "the dead were in the first two carriages": some of them
    # "2,000 soldiers and 12 helicopters": a list of things of two kinds, each counted whole
    with_things = (
        c.kind == "equipment"
        or _THING_NEXT.match(after)
        or _ends_with(_THING_BEFORE, before)
        or (c.kind == "quantity" and _another_kind_next(c.text, after))
    )
    item_of_list = _ends_with(_PART_BEFORE, before) and not _OPENS_ON_VERB.match(c.text)
    if (item_of_list and not with_things) or (
        _SOME_OF.match(c.text) and not _OF_THE_TAKEN.get(c.kind, frozenset()) >= {c.measure}
    ):
        return "part"
    if _FIRST_CALL.search(before) and not _TOLL.match(c.text):
        return "part"
    if may_contain(before[-40:], _PERPETRATOR_WORDS) and _ends_with(_AFTER_PERPETRATOR, before):
        return "part"  # "Suspect & 2 Victims Shot, Killed": three dead
    also = (
        _ends_with(_ALSO, before)
        and not told_of_another_measure(c.measure, before.rstrip()[: -len("also")])
        # (not "killed 34 people and also wounded 70": the other measure of one attack; nor
        # "a lawyers' group also put the toll at 27": one more source of the whole toll)
        and not _A_TOLL_PUT.match(c.text)
    )
    if also or _OF_THEIR.match(after) or _ALSO_NEXT.match(after):
        return "part"  # "he also shot two", "killed two of his children": more of those told;
        # "Two flight attendants, Ana Roe, 31, and Tim Lee, 26, also died"
    if _COORDINATED.match(quote) and _one_kind(c.subject) and not with_things:
        return "part"
    if (
        _PART_AFTER.search(after)
        and not _ENDS_ON_MEASURE.search(c.text)
        # ("Of the 14 fatalities, 11 were residents of Lamatuka": the whole, its part after)
        and not _OF_THE_WHOLE.search(before)
        and not with_things
        and not _TOLL.match(c.text)  # ("toll reaches 21, nine students among dead")
    ):
        return "part"
    if c.measure == "shot" and _DEAD_NEXT.match(after):
        return "part"  # "4 shot, 1 killed": the four may or may not take in the dead
    v = c.value
    if isinstance(v, Quantity) and v.is_point:
        if v.low == 1 and (
            (_ONE_OF_SEVERAL.search(after) and not _tells_another_measure(c.measure, after))
            or _one_of_several(c.text, before)
        ):
            return "part"
        if v.low == 0:
            # "No one was injured inside": a part; "nobody was injured." may be about the whole,
            # or about another incident the article recalls: worth a look, not a conflict
            return "zero" if _ZERO_OF_THE_WHOLE.match(after) else "part"
    return "whole"


# What befalls people, by the measure it counts: "another was wounded" is one more of the
# wounded, and no more of the dead.
_STATES = {
    # ("the death toll rose to 27, with 95 others hurt")
    "killed": ["killed", "killing", "dead", "died", "dies", "murdered", "slain", "fatally",
               "toll", "deaths", "drowned", "drowning", "perished",
               # ("A man was stabbed to death and three other people were wounded")
               "death"],
    "wounded": ["wounded", "wounding", "injured", "injuring", "hurt", "hospitalized",
                "hospitalised"],
    # ("killing at least 23 people and leaving 41 others missing")
    "missing": ["missing", "unaccounted"],
}
_STATE_WORDS = [word for words in _STATES.values() for word in words]
# What befell one more: "One man was killed and another was wounded", "found one man dead and
# another wounded": two measures, each counted whole.
_ANOTHER_STATE = compile_words(
    # ("Two people are dead and a third was injured", "Two men were killed and a woman was
    # critically injured")
    r"\band\s+(?:another|the\s+other|an?\s+[\p{L}\d-]+)\b[^,;.!?]{0,30}?"
    r"\b(?P<state>\L<states>)\b",
    flags=_I,
    states=_STATE_WORDS,
)


# "another" or "others" after what befell others: "One man was killed and another", "two
# people were killed and four others were injured", "killed one and injured four others"
_ANOTHER_AFTER = compile_words(
    r"another\b|a\s+(?:second|third|fourth|fifth|sixth)\b|(?:[\p{L}\d,-]+\s+){0,3}?others?\b",
    flags=_I,
)
_BY_GUNFIRE_NEXT = compile_words(rf"^\s+{_BY_GUNFIRE}\b", flags=_I)
# "he and three others were shot", "a teenager and two other people": others than the one
# the count names first, counted with them; no part of a whole told elsewhere
_OTHERS_OF_THE_LIST = compile_words(r"(?<=\band\s+(?:[\p{L}\p{N}-]+\s+)?)others?\b", flags=_I)
_OTHER_WORD = compile_words(
    r"\b(?:another|others?|a\s+(?:second|third|fourth|fifth|sixth))\b", flags=_I
)
_OTHERS_NEXT = compile_words(r"\s+others\b", flags=_I)
# (a headline's comma too: "Woman killed, 3 others wounded in shooting"; and a verb after
# "and": "killed a man and left six other people injured")
_STATE_AND = compile_words(
    r"\b(?P<state>\L<states>)\b[^;.!?]{0,60}?(?:\band(?:\s+also)?(?:\s+(?:left|leaving|wounded|wounding"
    r"|injured|injuring|hurt|hurting))?|,(?:\s+with)?|\bwith)\s+$",
    flags=_I,
    states=_STATE_WORDS,
)


# The next count of a list and the words after it: "and seven passengers", ", 12 trucks"
_NEXT_COUNT = compile_words(
    r"^\s*,?\s*(?:and\s+)?(?:\d[\d,.]*|\L<words>)\s+(?P<what>[\p{L}-]+(?:\s+[\p{L}-]+)?)",
    flags=_I,
    words=NUMBER_WORDS,
)


def _another_kind_next(quote: str, after: str) -> bool:
    """A quantity followed by a count of another noun: "carrying four crew and seven
    passengers" counts the crew whole (not "25 stab wounds and twelve incision wounds", one
    kind of wound after another)."""
    m = _NEXT_COUNT.match(after)
    words = quote.lower().split()
    return m is not None and bool(words) and words[-1] not in m["what"].lower().split()


_IN_WHICH = compile_words(r"\bin\s+which\s+$", flags=_I)


def told_of_another_measure(measure: str, before: str) -> bool:
    """Whether the words before "another" or "others" tell what befell others, of another
    measure: "killed two co-workers and wounded seven other people" (the seven are the
    wounded, all of them; not "one officer and seven other people were injured")."""
    return _of_another_measure(_STATE_AND, before[-80:], measure)


# Others that something else befell, right after a count: "killed two teenagers and wounded
# seven others", "Three women died and four others were hurt"
_OTHERS_NEXT_OF_A_STATE = compile_words(
    r"^\s*,?\s*(?:and|with)\s+(?:(?P<state>\L<states>)\s+(?:[\p{L}\d,-]+\s+){0,2}?"
    r"(?:others|other\s+(?:people|persons))\b"
    r"|(?:[\p{L}\d,-]+\s+){0,2}?(?:others|other\s+(?:people|persons))"
    r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?"
    r"(?P<state>\L<states>)\b)",
    flags=_I,
    states=_STATE_WORDS,
)


def all_of_a_measure_before_others(measure: str, after: str) -> bool:
    """Whether others that another thing befell follow a count: those it counts are all of its
    measure, whatever their sort ("killed two teenagers and wounded seven others": the dead
    are the two, all of them)."""
    return _of_another_measure(_OTHERS_NEXT_OF_A_STATE, after, measure)


# A sentence that opens on others and what befell them: "Fifteen others were injured.",
# "Another 34 people were hurt."
_OTHERS_OPEN = compile_words(
    # (and "Thirty-two other people were injured.")
    r"^\W*(?:(?:\d{1,3}|[\p{L}-]+)\s+(?:others|other\s+(?:people|persons))"
    r"|another\s+(?:\d[\d,]*|[\p{L}-]+)"
    r"(?:\s+(?:people|persons|others))?)\s+(?:were|are|have\s+been|had\s+been)\s+"
    r"\L<states>\b",
    flags=_I,
    states=_STATE_WORDS,
)


def others_after_another_measure(c: Claim, sentence_before: str) -> bool:
    """Whether a count of others that opens its sentence follows one of another measure: "The
    death toll rose to 25. Fifteen others were injured." (the fifteen are the injured, all of
    them; not "Two others died later", more of the dead, nor "Five others were critically
    hurt", the badly hurt)."""
    return not _PART_WORDS.search(_OTHER_WORD.sub("", c.text)) and opens_on_others_after(
        c.measure, c.context, sentence_before
    )


def opens_on_others_after(measure: str, sentence: str, sentence_before: str) -> bool:
    """Whether a sentence opens on others of ``measure`` after one that tells of another: "The
    death toll rose to 25. Thirty-two other people were injured." """
    return (
        _OTHERS_OPEN.match(sentence) is not None
        and measure in _STATES
        and _of_other_states(measure).search(sentence_before) is not None
    )


@functools.cache
def _of_other_states(measure: str) -> regex.Pattern[str]:
    words = [w for state, ws in _STATES.items() if state != measure for w in ws]
    return compile_words(r"\b\L<words>\b", flags=_I, words=words)


def _one_more_of_its_kind(measure: str, after: str) -> bool:
    """Whether the words after a count tell one more of what it counts: "six were injured
    and another was injured trying to flee" (not "two died and another was hurt"); or more of
    the dead, later: "Ten people died on the spot and two others succumbed to injuries"."""
    if measure == "killed" and _MORE_DEAD_NEXT.search(after):
        return True
    return (
        _ONE_MORE.search(after) is not None
        and not _tells_another_measure(measure, after)
        and not _ANOTHER_FATE.search(after)
    )


_MORE_DEAD_NEXT = compile_words(
    r"^[^.;]{0,60}?\band\s+(?:\d+|\L<words>)\s+others?\s+(?:later\s+|also\s+)?"
    r"(?:died|succumbed|passed\s+away)\b",
    flags=_I,
    words=NUMBER_WORDS,
)


def _tells_another_measure(measure: str, after: str) -> bool:
    """Whether "another" after a count tells what befell one more of another measure."""
    return _of_another_measure(_ANOTHER_STATE, after, measure)


def _of_another_measure(pattern: regex.Pattern[str], text: str, measure: str) -> bool:
    """Whether ``pattern`` finds in ``text`` what befell people of another measure than
    ``measure`` ("wounded" for the killed), which has states of its own."""
    if measure not in _STATES:
        return False
    found = pattern.search(text)
    return found is not None and found["state"].lower() not in _STATES[measure]


def _one_kind(subject: str) -> bool:
    """A subject of one kind, or the others of one ("other people")."""
    words = subject.split()
    return len(words) == 1 or (len(words) == 2 and words[0] == "other")


# The hurt who died since: "after six wounded protesters died in hospital", "three of the
# injured died overnight" (some of the dead, told as they were added)
_HURT_WHO_DIED = compile_words(
    r"\b(?:wounded|injured|hurt)\s+(?:\p{L}+\s+)?(?:died|have\s+died|had\s+died|succumbed)\b",
    flags=_I,
)
# The deaths that raised a toll just told: "the toll has risen to 31, after four young
# people died overnight in hospital" (the four are among the 31)
_RAISED_THE_TOLL = compile_words(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|increased|reached|reaches"
    r"|went\s+up)\s+to\s+(?:at\s+least\s+)?[\d,]+[^.;:]{0,30}?\s+(?:after|when|as)\s+$",
    flags=_I,
)


# A day's increment of a running toll: "14 new deaths in the past 24 hours"
_IN_THE_PAST_DAY = compile_words(
    r"^[^.;:]{0,20}?\b(?:in|over|during)\s+the\s+(?:(?:past|last|previous)\s+day"
    r"|(?:(?:past|last|previous)\s+)?(?:24|48|72)\s+hours)\b(?!['’])",
    flags=_I,
)

_IN_THE_PAST_DAY_WORDS = ("hours", "day")


def _hurt_fleeing(after: str) -> bool:
    return may_contain(after[:80], _HURT_FLEEING_WORDS) and _HURT_FLEEING.match(after) is not None


def _counts_another_measure(c: Claim) -> bool:
    """ "Three people were hospitalized" may count a victim who died there; but "fatally" in
    a count of the dead ("two girls were fatally shot") says just what it counts."""
    return may_contain(c.text, _OTHER_MEASURE_WORDS) and any(
        c.measure != "killed" or m.group().lower() not in ("fatally", "mortally")
        for m in _OTHER_MEASURE.finditer(c.text)
    )


def _one_of_several(text: str, before: str) -> bool:
    """A sentence that opens on one in words, or one person named with "a" anywhere ("police
    learned an officer had died"), or the death of one named ("the shooting death of Jane
    Roe"): it may be one victim of several told of."""
    if _A_PERSON.match(text) or _DEATH_OF.match(text):
        return True
    return _ONE_WORD.match(text) is not None and _ends_with(_SENTENCE_START, before)


# "In Huari town alone, 11 people died", "Eleven died in the old city alone": one place's share
_ALONE_BEFORE = compile_words(
    r"\b(?:in|at|on|from)\s+(?:the\s+)?[\p{L}'’ -]{1,40}?\s+alone\s*,?\s*$", flags=_I
)
_ALONE_AFTER = compile_words(
    r"^[^.;,]{0,50}?\b(?:in|at|on|from)\s+(?:the\s+)?[\p{L}'’ -]{1,40}?\s+alone\b", flags=_I
)


def _in_one_place_alone(before: str, after: str) -> bool:
    return bool(_ALONE_BEFORE.search(before[-60:]) or _ALONE_AFTER.match(after))


def _ends_with(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether ``text`` has a match of a REVERSE pattern ending in "$": one ends at the end, or
    just before a newline there (which "$" allows)."""
    return pattern.match(text) is not None or (
        text.endswith("\n") and pattern.search(text) is not None
    )


def _around(c: Claim) -> tuple[str, str]:
    """The sentence before and after a claim's quote (empty when the quote is not found)."""
    at = c.context.find(c.text)
    if at < 0:
        return "", ""
    return c.context[:at], c.context[at + len(c.text) :]


