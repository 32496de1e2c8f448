"""People: the named victims, suspects and witnesses of an event, their ages and fates.

Reads a personal name with an age in the orders news uses: "John Smith, 23, of Chicago",
"23-year-old John Smith", "nine-year-old Lerato Mahlangu", "Maria Lopez, aged 41", "Lopez, 41,".
Each gives a name claim (so spellings of one person across articles are found as variants:
"Jamar Clark" / "Jamar Clarke") and an age claim (so "Smith, 23" in one article and "Smith, 25"
in another is a conflict; ages a year apart are a tension, since a birthday or an older record
explains them). The age of one named by their part in the story is read too ("the suspect, a
28-year-old", "the tanker driver, 38,"): two such ages differ at most in a tension, as they may
be two people's.

A name followed by what happened to the person gives a status claim: "Darnell Hayes, 27, was
killed" (killed), "Keisha Brown, 16, is in stable condition" (injured), "Ann Dodd, 46, was not
hurt" (unharmed); a full name with no age too ("Marcus Toliver died Tuesday"). One article's
"killed" against another's "injured" is worth a look (the wounded die after the first
reports); "unharmed" against either is a conflict.

Conflict monitors and incident databases key victims by name and age; a wrong age is how two
people get merged, or one counted twice, and a victim's status is what they count.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.checks.hc501_official import (
    _HONORIFICS,
    _NAME_REACH,
    _PERSON,
    _TITLE_WORDS,
    _is_person,
    _matches,
    _name_end,
    _Near,
    _trim,
)
from homscheck.context import DocumentContext
from homscheck.model import Claim, Name, Quantity, Status
from homscheck.names import core_key
from homscheck.numbers import read_number
from homscheck.patterns import compile_pattern, compile_words
from homscheck.scope import IN_CONDITION
from homscheck.text import Sentence

CODE = "HC502"
NAME = "person"
KIND = "person"
EXAMPLES = [
    ("Police identified the victim as Darnell Hayes, 27, of Gary.", "age of Darnell Hayes = 27"),
    ("A 16-year-old Keisha Brown was taken to hospital.", "age of Keisha Brown = 16"),
    ("Darnell Hayes, 27, of Gary, was pronounced dead.", "status of Darnell Hayes = killed"),
]

_AGE = r"(?P<age>\d{1,3})"
# ... or in words, in a clause of its own: "Nusrat, who was nine,"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_AGE_IN_WORDS = (
    r"(?P<age>\d{1,3}|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:-(?:{_UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    rf"|eighteen|nineteen|{_UNITS}))\b"
)
# an age before "-year-old", in figures or in words: "nine-year-old Lerato Mahlangu"
_AGE_OLD = r"(?P<age>\d{1,3}|(?i:[a-z]+(?:-[a-z]+)?))"
# the day a name was given, between "identified" and "as": "was identified Monday as"
_ON_A_DAY = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?"
)
# "identified as", "identified by family as", "whom police identified as", "who was later
# identified as"
_IDENTIFIED_AS = (
    r"(?:(?:who|whom)\s+(?:[\p{L}'’]+\s+){0,2}?)?(?:(?:was|has\s+been|had\s+been)\s+)?"
    r"(?:(?:later|since|since\s+been)\s+)?identified(?:\s+by\s+[^,.;:]{1,40}?)?"
    rf"{_ON_A_DAY}\s+as"
)
# Each pattern, with where to read it from (``hc501_official._near``): a pattern that opens
# with a name is searched from just before the comma and age after it, not tried at every
# capital; None: it opens with the age, and is fast as it is.
_PATTERNS: list[tuple[regex.Pattern[str], _Near | None]] = [
    # "Darnell Hayes, 27, of Gary", "Maria Lopez, aged 41"; not "23-year-old Ann Dodd,
    # 46-year-old Earl Dodd", where the 46 is the next person's
    (
        compile_pattern(
            rf"{_PERSON},\s+(?:aged\s+|age\s+)?{_AGE}\b"
            # (a share, not an age: "led by Elena Vargha, 41.3 percent of the vote")
            r"(?![.,]\d|\s*(?:%|percent|per\s+cent|years?\s+ago)|-?\s*(?i:years?[-\s]old)\s+\p{Lu}"
            # ("Jamie Brock, 30-year veteran firefighter": no age)
            r"|-(?i:years?|months?|weeks?|days?)\b(?![-\s](?i:old)\b)"
            # (a headline's count: "27 Shots Fired, 4 People Struck", "Lee, 2 Others Hurt")
            r"|\s+(?i:people|persons|men|women|children|kids|teens|victims|others|more|dead"
            r"|killed|injured|wounded|hurt|shot|struck"
            # ... or of things: "the Building Collapse Prevention Guild, 23 buildings have
            # collapsed"
            r"|buildings|houses|homes|structures|vehicles|cars|cases|incidents|shootings|schools)\b"
            # (an address: "Lopez Building, 118 Rizal Street")
            r"|(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3}\s+(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane"
            r"|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Terrace)\b"
            # (a distance or a date: "in Fort Sallis, 25 miles to the south", a dateline's
            # "SANTA ELVIRA, 11 March 2025")
            r"|\s*(?i:miles?|mi|km|kilometres?|kilometers?|metres?|meters?|feet|ft|yards?)\b"
            r"|\s+(?i:January|February|March|April|May|June|July|August|September|October"
            r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
        ),
        (compile_pattern(r",\s+(?:aged\s+|age\s+)?\d"), _NAME_REACH),
    ),
    # an age in a clause of its own: "Among the dead was Marcus Hill, who was 20", "Jo Roe,
    # who is 34 years old, was hurt" (not "who was 20 feet away", "who was 12 when ...")
    (
        compile_pattern(
            rf"{_PERSON},\s+who\s+(?:was|is)\s+{_AGE_IN_WORDS}"
            r"(?:\s+years?(?:[-\s]old)?)?(?=\s*[,.;]|\s*$)"
        ),
        (compile_pattern(r",\s+who\s+(?:was|is)\s+(?:\d|(?i:[a-z]))"), _NAME_REACH),
    ),
    # ... after what the person is: "Rudi Hartono, a maintenance technician who was 29, ..."
    (
        compile_pattern(
            rf"{_PERSON},\s+(?:an?|the)\s+(?:[\p{{L}}-]+\s+){{0,3}}?\p{{Ll}}[\p{{Ll}}-]+\s+"
            rf"who\s+(?:was|is)\s+{_AGE}(?:\s+years?(?:[-\s]old)?)?(?=\s*[,.;]|\s*$)"
        ),
        (compile_pattern(r",\s+(?:an?|the)\s+"), _NAME_REACH),
    ),
    # an age in brackets, as South Asian papers write it: "Ramesh Kumar (52) of Bhopal",
    # "Sita Magar (aged 42)"
    (
        # (not a score: "Manchester United (2) beat Chelsea")
        compile_pattern(
            rf"{_PERSON}\s+\((?:aged\s+|age\s+)?{_AGE}\)"
            r"(?=\s*[,;.]|\s+(?:of|from|and|was|were|is|who|had|has)\b)"
        ),
        (compile_pattern(r"\s+\((?:aged\s+|age\s+)?\d"), _NAME_REACH),
    ),
    # "Ahmad Khalil, a 45-year-old teacher", "Sani Garba, the 45-year-old security guard" (not
    # "Ann Roe, the 12-year-old's mother")
    (
        # (nor "17-year-old Kiondra Hayes, a 46-year-old man and ...": a list, where the name
        # has its age and the next is the next person's)
        compile_pattern(
            rf"(?<!-year-old\s+(?:\p{{Lu}}[\p{{L}}'’.-]*\s+){{0,2}})"
            rf"{_PERSON},\s+(?:an?|the)\s+{_AGE_OLD}-year-old\b(?!['’]s)"
            # (not ages told in the names' order: "Jo Roe and Al Poe, a 22-year-old and an
            # 18-year-old")
            r"(?!\s+and\s+(?:an?|the)\s+[\da-z-]+-year-old)"
        ),
        (compile_pattern(r",\s+(?:an?|the)\s+[\da-z]"), _NAME_REACH),
    ),
    # "23-year-old John Smith", "a 16-year-old girl, Keisha Brown"; "A 31-year-old Gary man,
    # identified by family as Andre Wilson", "a 17-year-old, identified by relatives as ..."
    (
        compile_pattern(
            rf"\b{_AGE_OLD}-year-old(?:\s*,\s+(?={_IDENTIFIED_AS})|\s+)"
            r"(?:(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}(?:man|woman|boy|girl|teen|teenager|victim|suspect|"
            rf"gunman|mother|father|son|daughter)\s*,?\s+"
            # ("43-year-old shift supervisor Yaw Boateng": a job, in a word or two; "a
            # 54-year-old security guard, Sani Garba")
            r"|(?:\p{Ll}[\p{Ll}-]+\s+)?(?:supervisor|manager|worker|driver|miner|teacher|nurse"
            r"|officer|guard|pilot|engineer|farmer|owner|student|technician|mechanic|operator"
            r"|foreman|clerk|cashier|bartender|firefighter|soldier|watchman|caretaker|janitor"
            r"|vendor|trader|shopkeeper|conductor|porter|cook|chef|journalist|reporter|doctor"
            r"|pastor|imam|priest|headmaster|principal|activist)\s*,?\s+"
            # ... or any one noun, the name set off after it: "the 19-year-old bride, Amna Osman"
            # ("a 21-year-old Red Crescent volunteer, Fatemeh Amiri": whose, by name)
            r"|(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Ll}[\p{Ll}-]+\s*,\s+)?"
            # ("a 23-year-old man named Tyrell Banks")
            rf"(?:(?:named|{_IDENTIFIED_AS})\s+)?{_PERSON}"
        ),
        None,
    ),
    # the dead named after the fact, the age told first: "identified the 17-year-old killed at
    # a graduation party as Demetrious Hall" (the age is the name's, and the death too)
    (
        compile_pattern(
            rf"\bidentified\s+(?:the\s+)?{_AGE_OLD}-year-old"
            r"(?:\s+(?:man|woman|boy|girl|teen|teenager|victim))?\s+"
            r"(?P<dead>killed|slain|who\s+(?:was\s+killed|died))(?:\s+[^,.;:]{1,60}?)?"
            rf"\s+as\s+{_PERSON}"
        ),
        None,
    ),
]


# What may stand between a person and what happened to them: ", 27," ", of Gary," ", who".
_BETWEEN = (
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*(?=,))?"
    r"(?:\s*,\s*(?:of|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?=\s*,))?"
    r"\s*,?\s*(?P<who>who\s+)?"
)
_ADVERB = r"(?:(?:later|also|then|critically|seriously|badly|gravely|reportedly|both)\s+)?"
_AUXILIARY = r"(?:was|were|is|has\s+been|had\s+been|got|remains|remained)\s+"
# "was killed", "was shot and killed", "was fatally shot", "was found dead", "died"
_KILLED = (
    r"(?P<killed>(?:shot\s+(?:and\s+killed|dead|to\s+death)|(?:fatally|mortally)\s+"
    r"(?:shot|wounded|injured|stabbed)|killed|murdered|slain|pronounced\s+dead|found\s+dead|dead)\b)"
)
_DIED = r"(?P<died>died|dies|succumbed)\b"
# "was wounded", "is in stable condition", "was shot in the leg", "was treated for"
_INJURED = (
    r"(?P<injured>(?:shot\s+and\s+)?(?:wounded|injured|hurt|hospitali[sz]ed)\b"
    rf"|{IN_CONDITION}\b"
    r"|shot\s+(?:in|through)\s+the\s+\p{L}+|treated\s+for\b"
    # "was taken to the hospital in critical condition and died there on Wednesday"
    r"|(?:taken|rushed|transported|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?(?:\p{L}+\s+){0,2}?"
    r"(?:hospitals?|trauma\s+cent(?:er|re)|medical\s+cent(?:er|re))\b)"
)
_UNHARMED = r"(?P<unharmed>unharmed|uninjured|unhurt|not\s+(?:injured|hurt|harmed)\b)"
# "was shot multiple times": a status only with what came of it ("...and died at the scene")
_SHOT = r"(?P<shot>shot)\b"
# A wound told first and the death after it, of the same person: "was shot in the head and
# pronounced dead", "was taken to hospital, where he died".
_LATER_DEATH = compile_pattern(
    r"[^.;]{0,150}?\b(?:and|where\s+(?:he|she)|but|before|then)\s+"
    r"(?:(?:later|soon|eventually|ultimately|subsequently)\s+)?(?:was\s+)?"
    r"(?:died|pronounced\s+dead|succumbed|dying)\b",
    regex.IGNORECASE,
)
_MAIN_DEATH = compile_pattern(
    r"[^.;]{0,200}?,\s*(?:later\s+|has\s+|had\s+)?(?:died|dies|succumbed|was\s+pronounced\s+dead)\b",
    regex.IGNORECASE,
)
_STATUS = compile_pattern(
    rf"{_BETWEEN}(?:{_AUXILIARY}{_ADVERB}(?:{_KILLED}|{_INJURED}|{_UNHARMED}|{_SHOT})"
    rf"|{_ADVERB}{_DIED})",
    regex.IGNORECASE,
)

# The dead named after the fact: "Police identified the man killed as 31-year-old Jamal
# Stone", "the coroner identified the dead woman as Ann Roe", "identified the victim who died
# as...". Not "identified the victim as" (the victim may have lived).
_NAMED_AS_DEAD = compile_pattern(
    r"(?:\bidentified\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:killed|slain|dead|deceased)"
    r"|(?:dead|deceased|slain)\s+[\p{L}-]+|[\p{L}-]+\s+who\s+(?:was\s+killed|died))\s+as"
    # "Among the dead was Ahmad Khalil", "The dead included Ann Roe"
    r"|\bamong\s+(?:the\s+)?(?:dead|killed|those\s+killed)\s+(?:was|were|is|are)"
    # ("Killed was Andre Sims, 31", "Killed were Jo Roe and Ann Lee": a roll call's inversion)
    r"|(?<![\p{L}\p{N},;:]\s?)\b(?:killed|slain|dead)\s+(?:was|were)"
    # ... each of the roll: "Killed were Ann Roe, 45, and her son Tim Roe, 19"
    # (a roll of names and ages, no clause of its own: not "..., police said, and Carl Hines,
    # 52, was arrested")
    r"|(?<![\p{L}\p{N},;:]\s?)\b(?:killed|slain|dead)\s+were\s+"
    r"(?:(?!\b(?:said|says|told|added|adding|was|were|is|are|has|had|who|when|after|before|while)"
    r"\b)[^.;:]){1,120}?(?:\band|,)"
    r"(?:\s+(?:his|her|their)\s+[\p{L}-]+)?"
    r"|\b[Tt]he\s+(?:dead|victims\s+killed)\s+(?:included|include)"
    # ("The man killed was identified Monday as 34-year-old Darnell Owens")
    r"|\b(?:man|woman|boy|girl|teen|teenager|victim|driver)\s+(?:killed|who\s+died)\s+"
    rf"(?:was|has\s+been|had\s+been)\s+identified{_ON_A_DAY}\s+as)\s+$",
    regex.IGNORECASE,
)


# A person named in apposition to what befell them: "The wounded officer, Sgt. Paul Kemp, 41,",
# "the slain teenager, Ann Roe, 16,"
_FATE_APPOSED = compile_pattern(
    r"\b(?i:the)\s+(?P<fate>(?i:slain|dead|wounded|injured))\s+(?:[\p{Ll}-]+\s+)?"
    r"(?i:man|woman|boy|girl|teen|teenager|officer|deputy|trooper|victim|driver|student"
    r"|soldier|guard|firefighter)\s*,\s+"
    r"(?:(?:Sgt|Officer|Deputy|Cpl|Pvt|Lt|Capt|Det|Trooper|Sergeant|Detective)\.?\s+)?$"
)
_FATES = {"slain": "killed", "dead": "killed", "wounded": "injured", "injured": "injured"}


def _status(ctx: DocumentContext, at: int, end: int) -> tuple[str, int] | None:
    """What happened to the person named just before ``at``, and where the words end."""
    m = _STATUS.match(ctx.text, at, end)
    if m is None:
        return None
    for state, group in (("killed", "killed"), ("killed", "died"), ("injured", "injured"),
                         ("unharmed", "unharmed"), (None, "shot")):  # fmt: skip
        if m.group(group):
            if state in ("injured", None):
                later = _LATER_DEATH.match(ctx.text, m.end(), end)
                if later is None and m.group("who"):
                    # "X, who had been in critical condition, died Tuesday": the wound is told
                    # in a clause, the death in the sentence's own verb
                    later = _MAIN_DEATH.match(ctx.text, m.end(), end)
                if later is not None:
                    return "killed", later.end()
            return (state, m.end()) if state else None
    return None


# The day of a death told with it: "Dequan Marshall died Thursday afternoon", "died there on
# Wednesday", "died at the hospital on Jan. 5" (the words between the verb and the day few)
_DIED_BEFORE = compile_pattern(r"\b(?:died|dies|succumbed|pronounced\s+dead)$", regex.IGNORECASE)
_TO_THE_DAY = compile_pattern(
    r"\s+(?:there\s+|later\s+)?(?:at\s+(?:the\s+|a\s+)?[\p{L}' -]{1,40}?\s+)?"
    r"(?:on\s+|early\s+|late\s+)?$",
    regex.IGNORECASE,
)


def _death_day(
    ctx: DocumentContext, key: str, name: str, sentence: Sentence, at: int, status_end: int
) -> Iterator[Claim]:
    """The day a death is told to have come on, as a claim of its own ("date of death")."""
    if not _DIED_BEFORE.search(ctx.text, max(at, status_end - 20), status_end):
        return
    after = ctx.dates_in(status_end, min(sentence.end, status_end + 60))
    if not after:
        return
    day = after[0]  # (the first date after the verb, and only if it follows it closely)
    if day.value.known and day.value.granularity == "day" and _TO_THE_DAY.fullmatch(
        ctx.text, status_end, day.start
    ):
        yield ctx.claim(
            CODE, KIND, "date of death", key, at, day.end, day.value, sentence,
            label=f"date of death of {name}",
        )  # fmt: skip


# Every pattern above needs an age: a sentence with no digit, nor an age in words, is skipped.
_DIGIT = compile_pattern(r"\d|-year-old")
_WHO_WAS = compile_pattern(r",\s+who\s+(?:was|is)\s+(?i:[a-z])")


def _age(written: str) -> int:
    """An age in figures or words ("nine", "twenty-two"); 0 if it is neither."""
    if written.isdigit():
        return int(written)
    n = read_number(written)
    return int(n.low) if n is not None and n.is_point and n.low is not None else 0


# One person a story names by their part in it, not by name: "the suspect, 27,", "The
# suspected attacker is a 27-year-old man", "the tanker driver, a 45-year-old from Delta State",
# "the 19-year-old gunman". Articles that give them two ages may mean two people: a tension
# at most (``homscheck.compare``).
ROLES = {
    **dict.fromkeys(["attacker", "gunman", "shooter", "assailant", "suspect", "bomber", "killer",
                     "stabber", "accused"], "the attacker"),
    **dict.fromkeys(["driver"], "the driver"),
    **dict.fromkeys(["pilot"], "the pilot"),
}  # fmt: skip
_ROLE = r"(?P<role>\L<roles>)"
_ROLE_AGES = [
    # "the suspect, 27,", "The tanker driver, aged 38, and ...", "the suspect, a 28-year-old"
    compile_pattern(
        # ("The suspect, an Afghan man aged 36, was shot": aged, after who they are)
        rf"\b[Tt]he\s+(?:(?:suspected|alleged|lone|[\p{{Ll}}-]+)\s+)?{_ROLE},\s+"
        rf"(?:aged\s+|an?\s+(?={_AGE_OLD}-year-old)|an?\s+(?:[\p{{L}}-]+\s+){{1,3}}?aged\s+)?"
        rf"{_AGE_OLD}(?:-year-old\b|\s*,|(?<=aged\s+\w+)\b)",
        roles=list(ROLES),
    ),
    # "The suspected attacker is a 27-year-old man"
    compile_pattern(
        rf"\b[Tt]he\s+(?:(?:suspected|alleged|lone)\s+)?{_ROLE}\s+(?:is|was)\s+an?\s+"
        rf"{_AGE_OLD}-year-old\b",
        roles=list(ROLES),
    ),
    # "the 19-year-old gunman", "A 71-year-old driver crashed into the patio" (a story has one:
    # not "a 71-year-old Naperville man driving")
    compile_pattern(
        rf"\b(?:[Tt]he|[Aa]n?)\s+{_AGE_OLD}-year-old\s+(?:(?:suspected|alleged|lone)\s+)?"
        rf"{_ROLE}\b(?!s|['’])",
        roles=list(ROLES),
    ),
]


# One arrested, named by their age: the suspect ("A 15-year-old sophomore was taken into
# custody", "Police arrested a 31-year-old Tunisian believed to be the driver")
_ARRESTED = (
    r"(?:arrested|taken\s+into\s+custody|detained|apprehended|charged)"
)
# A word each of those has: a sentence with none is not read for them (``_ROLE_WORDS``)
_ARREST_WORDS = "arrested|custody|detained|apprehended|charged"
_ARRESTED_AGES = [
    compile_pattern(
        rf"\b(?:[Tt]he|[Aa]n?)\s+{_AGE_OLD}-year-old(?:\s+(?!(?:was|has|had|is)\b)[\p{{L}}-]+)"
        rf"{{0,2}}?\s+(?:was|has\s+been|had\s+been|is\s+being)\s+(?:later\s+)?"
        rf"{_ARRESTED}\b"
    ),
    compile_pattern(
        # (not "Police also detained a 29-year-old": another)
        rf"(?<!\balso\s+)\b(?:arrested|detained|apprehended|took\s+into\s+custody)\s+an?\s+"
        rf"{_AGE_OLD}"
        r"-year-old\b(?!\s+(?:and|or)\b)"
    ),
]


def _role_ages(ctx: DocumentContext, sentence: Sentence) -> Iterator[Claim]:
    # (a sentence read here has a role's word or an arrest's, ``_ROLE_WORDS``)
    for pattern in (*_ROLE_AGES, *_ARRESTED_AGES):
        for m in pattern.finditer(ctx.text, sentence.start, sentence.end):
            age = _age(m["age"])
            if 0 < age < 120:
                role = ROLES[m["role"].lower()] if "role" in m.groupdict() else "the attacker"
                yield ctx.claim(
                    CODE, KIND, "age", role, m.start(), m.end(), Quantity.exact(age), sentence,
                    label=f"age of {role}", counted=False,
                )  # fmt: skip


# The youngest and the oldest of the victims, whom articles often age but do not name: "The
# youngest, a 15-year-old girl, was struck in the leg", "the youngest victim was an 8-year-old
# boy", "six people, ranging in age from 14 to 23, were shot". One person each, as a role is.
_EXTREME_AGE = compile_pattern(
    r"\b[Tt]he\s+(?P<which>youngest|oldest)(?:\s+(?:victim|person\s+(?:shot|killed|hurt|wounded)"
    r"|of\s+(?:the|them)(?:\s+(?:victims|wounded|dead|injured))?|one))?"
    rf"(?:\s*,\s*|\s+(?:was|is)\s+)(?:an?\s+)?{_AGE_OLD}-year-old\b"
)
_AGE_RANGE = compile_pattern(
    r"\b(?:ages|aged|ranging\s+in\s+age\s+from|range\s+in\s+age\s+from|between\s+the\s+ages"
    r"\s+of)\s+(?P<youngest>\d{1,2})\s*(?:to|and|through|-|–)\s*(?P<oldest>\d{1,2})\b",
    regex.IGNORECASE,
)
# Another age in the sentence: the range is then of some of the victims, not all
_ANOTHER_AGE = compile_pattern(r",\s*\d{1,2}\b(?!,\d)|\b\d{1,2}-year-old\b|\bages?\s+\d")
_VICTIM_WORDS = compile_pattern(
    r"\b(?:shot|killed|wounded|injured|hurt|victims?|dead|died|struck)\b", regex.IGNORECASE
)


def _extreme_ages(ctx: DocumentContext, sentence: Sentence) -> Iterator[Claim]:
    """The ages of the youngest and the oldest victim, where a sentence tells them."""
    said = sentence.text.lower()
    if "youngest" not in said and "oldest" not in said and "age" not in said:
        return  # (most sentences with an age have none of the words: "ages", "aged", "age")
    found: list[tuple[str, int, int, int]] = []
    for m in _EXTREME_AGE.finditer(ctx.text, sentence.start, sentence.end):
        found.append((m["which"], _age(m["age"]), m.start(), m.end()))
    ranges = list(_AGE_RANGE.finditer(ctx.text, sentence.start, sentence.end))
    if len(ranges) == 1 and _VICTIM_WORDS.search(ctx.text, sentence.start, sentence.end):
        for m in ranges:
            others = [a for a in _ANOTHER_AGE.finditer(ctx.text, sentence.start, sentence.end)
                      if not m.start() <= a.start() < m.end()]  # fmt: skip
            if others:
                continue  # ("two women, ages 37 and 52, and three men, ages 22, 45 and 67")
            if int(m["youngest"]) < int(m["oldest"]):
                found.append(("youngest", int(m["youngest"]), m.start(), m.end()))
                # (a quote of its own: "14 to 23")
                found.append(("oldest", int(m["oldest"]), m.start("youngest"), m.end()))
    for which, age, start, end in found:
        if _of_an_earlier_occasion(ctx, sentence, start):
            continue  # ("the deadliest since January 2024, when two children, ages 3 and 6,
            # died in a blaze": that blaze's victims)
        if 0 < age < 120:
            who = f"the {which} victim"
            yield ctx.claim(
                CODE, KIND, "age", who, start, end, Quantity.exact(age), sentence,
                label=f"age of {who}", counted=False,
            )  # fmt: skip


_EARLIER_BY = 30  # days before its article that a date puts an age on another occasion


def _of_an_earlier_occasion(ctx: DocumentContext, sentence: Sentence, at: int) -> bool:
    event, _reported = ctx.when(sentence, at)
    published = ctx.doc.published
    return (
        event is not None
        and event.latest is not None
        and published is not None
        and (published - event.latest).days > _EARLIER_BY
    )


# A word of a part each such age needs: the sentences without one are not read for it
_ROLE_WORDS = compile_words(
    rf"\b\L<roles>\b|\b(?:{_ARREST_WORDS})\b",
    roles=[*ROLES, *(r.capitalize() for r in ROLES)],
)


# a bare surname's age, told as such: "Whitfield, 20," (not "Charger, a 14-year-old")
_AGE_NEXT = compile_pattern(
    # ("Marsh, an 84-year-old retired teacher": a surname with the age of its one told of, as
    # a sentence opens on it: not "a Dodge Charger, a 14-year-old ...")
    r",\s+(?:aged\s+)?\d{1,3}\b|,\s+(?P<opens>(?:an?|the)\s+[\da-z-]+-year-old)\b"
)
def _a_bare_surname_s_age(ctx: DocumentContext, sentence: Sentence, m: regex.Match[str]) -> bool:
    """Whether a bare surname's age is told as such (one "an N-year-old" only where the sentence
    opens on the surname)."""
    aged = _AGE_NEXT.match(ctx.text, _name_end(m))
    if aged is None:
        return False
    return not aged["opens"] or not ctx.text[sentence.start : m.start("name")].strip(" \t\n\"“‘'")


# An article that tells of a family names its members by one surname: which of them a bare
# surname is, is not said ("John Zawahri ... his father and brother ... Zawahri, 55")
_FAMILY = compile_pattern(
    r"\b(?:father|mother|parents?|dad|mom|mum|son|sons|daughters?|brothers?|sisters?|wife"
    r"|husband|siblings?|grand\w+|uncle|aunt|nephew|niece|cousin|family|stepson|stepdaughter"
    r"|stepfather|stepmother)\b",
    regex.IGNORECASE,
)


_FAMILY_REACH = 300  # characters before the surname in which a family told of makes it unsure


def _named_before(text: str, surname: str, at: int, sentence_end: int) -> str | None:
    """The full name an article gave, before ``at``, to the one person of this surname it
    names ("Darnell Whitfield" for a later "Whitfield"), or None if it gave none, or several,
    or tells of a family near it (in the sentence at ``at``, or a few before it: not a
    headline's "Family mourns clerk slain in holdup" far above)."""
    if not surname[:1].isupper() or _FAMILY.search(text, max(0, at - _FAMILY_REACH), sentence_end):
        return None
    # (within a line: not "Dhaka Weekend Review" above "Rokeya Akter had ...")
    full = regex.compile(
        rf"(?<![\p{{L}}'’-])(\p{{Lu}}[\p{{L}}'’-]+)[^\S\n]+(?:\p{{Lu}}\.[^\S\n]+)?"
        rf"{regex.escape(surname)}\b"
    )
    given = {
        m[1] for m in full.finditer(text, 0, at)
        if m[1].casefold() not in _NOT_GIVEN_NAMES and _is_person(f"{m[1]} {surname}")
    }  # fmt: skip
    if given:
        return f"{given.pop()} {surname}" if len(given) == 1 else None
    # ... or the one named before by this given name: "Rokeya Akter had just finished ..." and
    # then "said Rokeya, 19"
    first = regex.compile(
        rf"(?<![\p{{L}}'’-]){regex.escape(surname)}[^\S\n]+(\p{{Lu}}[\p{{L}}'’-]+)\b(?![^\S\n]+\p{{Lu}})"
    )
    family = {
        m[1] for m in first.finditer(text, 0, at)
        if m[1].casefold() not in _NOT_GIVEN_NAMES and _is_person(f"{surname} {m[1]}")
    }  # fmt: skip
    return f"{surname} {family.pop()}" if len(family) == 1 else None


# Capitalised words before a surname that are no given name: "Mr Whitfield", "Officer
# Whitfield", "When Whitfield arrived"
_NOT_GIVEN_NAMES = (
    _TITLE_WORDS
    | {h.casefold() for h in _HONORIFICS}
    | {"miss", "mx", "madam", "lady", "lord", "when", "but", "and", "as", "after", "before",
       "if", "while", "then", "so", "or", "because", "since", "until", "though", "although",
       "where", "why", "how", "what", "who", "whom", "said", "says", "the", "a", "an", "his",
       "her", "their", "young", "little", "big", "old", "dear", "uncle", "aunt", "auntie",
       "grandma", "grandpa", "sister", "brother", "coach", "teacher", "nurse", "doctor",
       # a street's or a place's first word: "West Walnut", "Lake Worth", "San Fernando"
       "west", "east", "north", "south", "lake", "san", "santa", "fort", "port", "mount",
       "man", "woman"}
)  # fmt: skip


# A person named in full and what happened to them, with no age: "Marcus Toliver died
# Tuesday", "Ann Roe was wounded"
# (a name that opens its clause: not a street's or a town's after "of" or "from", nor one a
# bare comma parts from its verb: "in the 2400 block of West Walnut, was shot")
_NAME_THEN_FATE = compile_pattern(
    r"(?<!\b(?i:of|in|on|at|near|from|to|the|a|an|and|or|block)\s+)"
    rf"{_PERSON}(?=\s+|,\s+who\s+)(?=\W+(?:who\s+)?(?:was|is|has\s+been|had\s+been|remains"
    r"|remained|died|dies|succumbed|later|also|then)\b)"
)
def _no_given_name(word: str) -> bool:
    return word.casefold().rstrip(".") in _NOT_GIVEN_NAMES


_WORD = compile_pattern(r"\S+")
_IN_A_YEAR = compile_pattern(r"\b(?:in|since)\s+(?:1[89]|20)\d\d\b")
_FATE_WORDS = compile_words(
    r"\b(?:died|dies|succumbed|killed|murdered|slain|dead|wounded|injured|hurt|hospitali[sz]ed"
    r"|condition|unharmed|uninjured|unhurt)\b",
    flags=regex.IGNORECASE,
)


# one the story names by their part: "the dead man", "the woman killed", "the victim who died"
_THE_ONE = (
    r"(?:the\s+)?(?:(?P<dead>dead|slain)\s+)?(?:(?:male|female|young)\s+)?"
    r"(?:victims?|driver|(?P<one>man|woman|boy|girl)|teen|teenager|suspect|gunman|shooter|pilot|rider"
    r"|motorcyclist|cyclist|pedestrian|passenger|officer|deputy|trooper)"
    r"(?:\s+(?:(?P<killed>killed|who\s+(?:was\s+killed|died))|who\s+was\s+(?:shot|hurt|wounded)"
    r"|in\s+the\s+(?:crash|shooting|stabbing|attack)))?"
)
# A person named after the fact, with no age: "Police identified the driver as Harold Biggs of
# Naperville", "the coroner identified the dead man as Ray Ortiz" (dead where the words say),
# "Police identified her as Ann Roe", "The woman killed has been identified as Ann Roe", "The
# victim was Ann Roe, a nurse"
_IDENTIFIED_THE = compile_pattern(
    rf"(?:\bidentified\s+(?:{_THE_ONE}|(?P<pronoun>him|her)|(?P<many>them))"
    rf"|\b(?i:{_THE_ONE})\s+(?:(?:was|has\s+been|had\s+been|(?P<many>were|have\s+been))"
    r"\s+identified|(?:was|(?P<many>were))(?=\s+\p{Lu})))"
    # ("The man killed was identified Monday as 34-year-old Darnell Owens")
    rf"{_ON_A_DAY}\s+(?:as\s+(?:\d{{1,3}}-year-old\s+)?)?{_PERSON}",
)


# One unnamed person of an age, whom the next sentence names: "Police say a 15-year-old boy has
# died after being shot." and then "Family members have identified him as Jim Roe."
_ONE_AGED = compile_pattern(
    rf"\b(?i:an?|the)\s+{_AGE_OLD}[-\s]year[-\s]old\s+"
    # ("A 29-year-old Brannock man": whence, between)
    r"(?:\p{Lu}[\p{L}-]+\s+){0,2}"
    r"(?P<noun>(?i:man|woman|boy|girl|teen|teenager|male|female))\b"
)
_OF_PRONOUN = {
    "him": {"man", "boy", "male", "teen", "teenager"},
    "her": {"woman", "girl", "female", "teen", "teenager"},
}


def _age_told_before(
    ctx: DocumentContext, sentence: Sentence, pronoun: str
) -> tuple[int, int, int, Sentence] | None:
    """The age, its span and sentence, of the one person of an age the sentence before told of,
    whom "him" or "her" names; None where it told of none, or of more than one."""
    before = ctx.previous_sentence(sentence)
    if before is None:
        return None
    aged = list(_ONE_AGED.finditer(ctx.text, before.start, before.end))
    if len(aged) != 1 or aged[0]["noun"].lower() not in _OF_PRONOUN[pronoun.lower()]:
        return None
    age = _age(aged[0]["age"])
    return (age, aged[0].start(), aged[0].end(), before) if 0 < age < 120 else None


_PRONOUN_OF = {"man": "him", "boy": "him", "woman": "her", "girl": "her"}


# A sentence that opens on the age of one told of by name just before: "Kanubhai Vaghela was
# among the first to die. The 41-year-old farm labourer had ..."
# ("When the 58-year-old Italian agronomist was finally driven out of the desert, ...")
# (not one the story tells of beside them: "The 5-year-old girl", "The 19-year-old suspect")
_THE_AGED_ONE = compile_pattern(
    r"\W*(?:(?:When|After|As|Before|While|Though|Although|Because|Since)\s+)?[Tt]he\s+"
    rf"{_AGE_OLD}-year-old\s+(?:(?!\L<others>\b)[\p{{L}}-]+\s+){{0,2}}?"
    r"(?!\L<others>\b)\p{Ll}[\p{Ll}-]+\b(?!['’])",
    others=["victim", "suspect", "gunman", "shooter", "attacker", "assailant", "driver", "boy",
            "girl", "child", "baby", "toddler", "infant", "son", "daughter", "teen", "teenager",
            "youth", "juvenile"],
)
# ... whose sentence opens on the name, of one alone, who says nothing (not "John Smith said the
# boy fled. The 17-year-old suspect ..."), after a phrase of when at most ("For more than 400
# days, Marco Bellandi kept a calendar")
_OPENS_ON_A_NAME = compile_pattern(rf"\W*(?:[^,.;]{{1,40}},\s+)?{_PERSON}\s+\p{{Ll}}+\b")
_SAYS = compile_pattern(
    r"\b(?:said|says|told|added|stated|according|announced|confirmed|spokes\w+)\b", regex.IGNORECASE
)


def _aged_next(ctx: DocumentContext) -> Iterator[Claim]:
    """The age a sentence opens on, of the one person named just before."""
    for sentence in ctx.sentences_with(_YEAR_OLD_WORDS):
        m = _THE_AGED_ONE.match(ctx.text, sentence.start, sentence.end)
        before = ctx.previous_sentence(sentence) if m else None
        if m is None or before is None or _SAYS.search(ctx.text, before.start, before.end):
            continue
        named = _OPENS_ON_A_NAME.match(ctx.text, before.start, before.end)
        if named is None:
            continue
        name = _trim(named["name"])
        persons = {
            n for p in _A_PERSON.finditer(ctx.text, before.start, before.end)
            if _is_person(n := _trim(p["name"]))
        }  # fmt: skip
        age = _age(m["age"])
        if persons != {name} or len(name.split()) < 2 or not 0 < age < 120:
            continue
        yield ctx.claim(
            CODE, KIND, "age", core_key(name), m.start("age"), m.end(), Quantity.exact(age),
            sentence, label=f"age of {name}", counted=False,
        )  # fmt: skip


_A_PERSON = compile_pattern(_PERSON)
_YEAR_OLD_WORDS = compile_pattern(r"-year-old\b")


# A side's leader named after it: "The RSF, led by Mohamed Hamdan Daglo, ...", "the brigade,
# commanded by General Ann Roe"
_LED_BY = compile_pattern(
    r"\b(?:led|commanded|headed)\s+by\s+(?:(?:[Gg]eneral|Gen\.|Lt\.?\s*Gen\.|Colonel|Col\.|"
    r"[Cc]ommander|[Cc]aptain|Capt\.|Major|Maj\.|[Ff]ield\s+[Mm]arshal|[Ll]ieutenant"
    rf"(?:[- ][Cc]olonel|[- ][Gg]eneral)?)\s+)?{_PERSON}"
)


# A word each match of ``_IDENTIFIED_THE`` has: "identified", or a victim's "was"
_NAMED_AFTER_WORDS = compile_pattern(r"\bidentified\b|\b(?i:victims?)\s+(?:was|were)\b")


# the next of those named: "as Ray Dunn, Amy Dunn and Jo Roe"
_AND_ONE_MORE = compile_pattern(rf"(?:,\s*(?:and\s+)?|\s+and\s+){_PERSON}")


# The dead named in a roll: "Among the dead was Mahmud Abu Dakka, a teacher", "One of those
# killed was Ann Roe, a nurse", "The dead included Jo Roe and ..." (with an age, ``_aged``
# reads them)
_NAMED_AMONG_THE_DEAD = compile_pattern(
    r"\b(?i:among\s+(?:the\s+)?(?P<dead>dead|killed|those\s+killed|victims\s+killed)"
    r"|one\s+of\s+(?:the|those)\s+(?P<killed>dead|killed))\s+(?:was|were)\s+"
    rf"(?:(?:{'|'.join(_HONORIFICS)})\.?\s+)?{_PERSON}"
)


def _identified(ctx: DocumentContext, taken: set[int]) -> Iterator[Claim]:
    """Each person named as the one "identified as", or among the dead, where no age pattern
    read them."""
    triggers = (_IDENTIFIED_THE, _NAMED_AMONG_THE_DEAD, _LED_BY)
    # (the sentences each may match in, by a word it needs: most sentences have none)
    sentences = {
        s.start: s
        for trigger in (_NAMED_AFTER_WORDS, _NAMED_AMONG_THE_DEAD, _LED_BY)
        for s in ctx.sentences_with(trigger)
    }
    for sentence in (sentences[at] for at in sorted(sentences)):
        found = [
            m for trigger in triggers
            for m in trigger.finditer(ctx.text, sentence.start, sentence.end)
        ]  # fmt: skip
        for m in sorted(found, key=lambda m: m.start()):
            names = [m]
            while m.groupdict().get("many") and (more := _AND_ONE_MORE.match(
                    ctx.text, names[-1].end("name"), sentence.end)):  # fmt: skip
                names.append(more)  # ("identified them as Ray Dunn and Amy Dunn")
            for named in names:
                name = _trim(named["name"])
                if len(name.split()) < 2 or not _is_person(name) or named.start("name") in taken:
                    continue
                key = core_key(name)
                yield ctx.claim(
                    CODE, KIND, "person", "", named.start("name"), named.end("name"),
                    Name(name, key, "person"), sentence, label=f"name of {name}",
                )  # fmt: skip
                if m.groupdict().get("dead") or m.groupdict().get("killed"):
                    yield ctx.claim(
                        CODE, KIND, "status", key, m.start(), named.end(), Status("killed"),
                        sentence, label=f"status of {name}",
                    )  # fmt: skip
                # ("A 29-year-old man is dead ... Family members identified the man as DeShawn
                # Whitfield": the man as "him")
                pronoun = m.groupdict().get("pronoun") or _PRONOUN_OF.get(
                    (m.groupdict().get("one") or "").lower()
                )
                told = pronoun and _age_told_before(ctx, sentence, pronoun)
                if told:
                    age, start, end, before = told
                    yield ctx.claim(
                        CODE, KIND, "age", key, start, end, Quantity.exact(age), before,
                        label=f"age of {name}", counted=False,
                    )  # fmt: skip


def _fates(ctx: DocumentContext, taken: set[int]) -> Iterator[Claim]:
    """The status of each person named in full, with no age, just before what happened to
    them (where no age pattern read them already, at a start in ``taken``)."""
    for sentence in ctx.sentences_with(_FATE_WORDS):
        for m in _NAME_THEN_FATE.finditer(ctx.text, sentence.start, sentence.end):
            words = _trim(m["name"]).split()
            # ("When Ann Roe was shot", "Officer Ann Roe": the words before the given name)
            words = words[next((i for i, w in enumerate(words) if not _no_given_name(w)),
                               len(words)):]  # fmt: skip
            name = " ".join(words)
            if len(words) < 2 or not _is_person(name) or m.start("name") in taken:
                continue
            status = _status(ctx, m.end(), sentence.end)
            if status is None or _IN_A_YEAR.search(ctx.text, m.end(), sentence.end):
                continue  # ("John Smith died in 1990": another occasion)
            key = core_key(name)
            # (where the name's first kept word begins, as a whole word: not "Sam" in
            # "Samson")
            at = next((w.start() for w in _WORD.finditer(ctx.text, m.start("name"), m.end())
                       if w.group() == words[0]), m.start("name"))  # fmt: skip
            yield ctx.claim(
                CODE, KIND, "person", "", at, m.end(), Name(name, key, "person"), sentence,
                label=f"name of {name}",
            )  # fmt: skip
            yield ctx.claim(
                CODE, KIND, "status", key, at, status[1], Status(status[0]), sentence,
                label=f"status of {name}",
            )  # fmt: skip
            yield from _death_day(ctx, key, name, sentence, at, status[1])


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    taken: set[int] = set()
    for claim in _aged(ctx):
        taken.add(claim.start)
        yield claim
    yield from _aged_next(ctx)
    fates = list(_fates(ctx, taken))
    yield from fates
    taken |= {c.start for c in fates}
    yield from _identified(ctx, taken)


def _aged(ctx: DocumentContext) -> Iterator[Claim]:
    with_roles = {s.start for s in ctx.sentences_with(_ROLE_WORDS)}
    for sentence in ctx.sentences:
        figures = _DIGIT.search(ctx.text, sentence.start, sentence.end) is not None
        # (an age in words is read in a clause of its own alone: "Nusrat, who was nine, ...")
        if not figures and not _WHO_WAS.search(ctx.text, sentence.start, sentence.end):
            continue
        if figures and sentence.start in with_roles:
            yield from _role_ages(ctx, sentence)
        if figures:
            yield from _extreme_ages(ctx, sentence)
        for pattern, near in _PATTERNS:
            for m in _matches(pattern, near, ctx.text, sentence.start, sentence.end):
                name = _trim(m["name"])
                age = _age(m["age"])
                if len(name.split()) == 1 and _a_bare_surname_s_age(ctx, sentence, m):
                    # ("Darnell Whitfield was shot ... Whitfield, 20, was one of five"; a bare
                    # surname of no one named before is too little to tell two people apart)
                    name = _named_before(ctx.text, name, m.start(), sentence.end) or name
                if not _is_person(name) or not 0 < age < 120 or len(name.split()) < 2:
                    continue
                key = core_key(name)
                start, end = m.start(), m.end()
                name_end = _name_end(m)
                yield ctx.claim(
                    CODE, KIND, "person", "", m.start("name"), name_end,
                    Name(name, key, "person"), sentence, label=f"name of {name}",
                )  # fmt: skip
                yield ctx.claim(
                    CODE, KIND, "age", key, start, end, Quantity.exact(age), sentence,
                    label=f"age of {name}", counted=False,  # (an age is no count of a part)
                )  # fmt: skip
                said_at = m.start("name")
                status = _status(ctx, max(end, name_end), sentence.end)
                if status is None and m.groupdict().get("dead"):
                    # ("identified the 17-year-old killed at the party as ...")
                    said_at, status = m.start("dead"), ("killed", name_end)
                if status is None:  # "identified the man killed as 31-year-old Jamal Stone"
                    named_dead = _NAMED_AS_DEAD.search(ctx.text, sentence.start, start)
                    if named_dead is not None:
                        said_at, status = named_dead.start(), ("killed", name_end)
                if status is None:  # "The wounded officer, Sgt. Paul Kemp, 41, is ..."
                    fate = _FATE_APPOSED.search(ctx.text, max(sentence.start, start - 80), start)
                    if fate is not None:
                        said_at = fate.start()
                        status = (_FATES[fate["fate"].lower()], name_end)
                if status is not None:
                    yield ctx.claim(
                        CODE, KIND, "status", key, said_at, status[1], Status(status[0]),
                        sentence, label=f"status of {name}",
                    )  # fmt: skip
                    yield from _death_day(ctx, key, name, sentence, said_at, status[1])
