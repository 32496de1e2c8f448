"""Place mentions: which named places a text speaks of, and what "the town" refers to.

A claim is compared with another only when both are about the same place, so a rule needs the
place its sentence names ("in Rastan", "the town of al-Sukhna", "Homs province") and, for a
definite description ("the town", "the last major town in Homs province"), the named place of
that type the article means.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, repeat

import regex

from homscheck.names import (
    AliasTable,
    core_key,
    country_keys,
    default_aliases,
    demonyms,
    place_key,
)
from homscheck.patterns import compile_pattern, prefix_tree
from homscheck.text import beginnings, finditer_at, word_index

PLACE_TYPES = [
    "town", "city", "village", "district", "province", "governorate", "region", "neighbourhood",
    "neighborhood", "suburb", "camp", "county", "state", "country", "capital", "enclave",
]  # fmt: skip

# Times: never places, and no part of a place's name when they follow it in news style ("in
# Dayton Friday morning").
_TIME_WORDS = [
    *(day.lower() for day in calendar.day_name),
    *(month.lower() for month in calendar.month_name[1:]),
    "today", "tonight", "yesterday",
]  # fmt: skip

# Capitalised words that begin sentences or name times, never places.
_NOT_PLACES = [
    *_TIME_WORDS,
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its",
    # ("“Our city is in shock,” the mayor said")
    "our", "my", "your", "every", "each", "any", "whose", "which", "what",
    "this", "that", "these", "those", "there", "here", "mr", "mrs", "ms", "dr", "president",
    "minister", "governor", "government", "army", "police", "state", "media", "reuters", "afp",
    "ap", "twitter", "facebook", "but", "and", "or", "as", "in", "on", "at", "after", "before",
    "since", "during", "however", "meanwhile",
    # a hedge that opens a sentence: "Around 1,000 residents remained in the town"
    "around", "about", "some", "nearly", "almost", "roughly", "approximately", "more", "over",
    "only", "just", "up",
    # a house number's: "located at No. 14 Okepa Street"
    "no", "nos",
    # a title's part ("said Chief of Staff Ana Ruiz") and a web page's words ("1 / 4 Back to
    # Gallery", "Skip in Skip x Embed x Share", "a psychologist writing in Time")
    "staff", "gallery", "skip", "time",
    # a military operation's name: "troops of Operation Hadin Kai"
    "operation",
    # a resolution's, a law's: "the terms of Resolution 1701", "under Article 5"
    "resolution", "article", "section", "chapter",
    # a storm's name: "the death toll from Hurricane Delia"
    "hurricane", "typhoon", "cyclone", "storm", "tropical", "super",
    # a holiday's: "3 shot at Fourth of July block party"
    "fourth of july", "independence day", "memorial day", "labor day", "new year",
    "christmas", "thanksgiving", "easter", "halloween",
    # a faith's: "a stampede at a Hindu religious gathering"
    "hindu", "muslim", "christian", "sikh", "buddhist", "jewish", "catholic", "orthodox",
    "sunni", "shia", "shiite", "protestant", "evangelical", "jain",
]  # fmt: skip

# (a month cut short only with its dot: "in Miami Jan. 5", but "Bon Jan Lane")
_MONTHS_CUT = [*(month.lower() for month in calendar.month_abbr[1:]), "sept"]

# Common nouns that a headline in title case capitalises: "3 Killed in Shooting at Park", "5
# Dead in Raid on Village". Alone they are no place; with a name after them they may begin one
# ("Battle Creek", "Park City"), but not with the next word of the headline ("Shooting At").
# (Of those, the events that end a headline's place, never a place's name: "2 Killed in
# Rockford Shooting". Not "Fire": "Cal Fire" is an agency, "the Ridge Fire" a fire's name.)
_EVENT_NOUNS = [
    "shooting", "shootings", "stabbing", "stabbings", "homicide", "homicides", "murder",
    "murders", "killing", "killings", "bombing", "bombings", "attack", "attacks", "crash",
    "explosion", "blast", "rampage", "massacre", "standoff", "shootout",
]  # fmt: skip
_HEADLINE_NOUNS = [
    *_EVENT_NOUNS,
    "raid", "raids", "crashes", "accident", "collision",
    "clash", "clashes", "violence", "fire", "blaze", "wildfire", "flood", "floods", "flooding",
    "quake", "earthquake", "landslide", "mudslide", "avalanche", "storm", "tornado", "protest",
    "protests", "riot", "riots", "ambush", "strike", "strikes", "airstrike", "airstrikes",
    "shelling", "incident", "gunfire", "crossfire", "fighting", "battle", "stampede", "collapse",
    "derailment", "eruption", "outbreak", "kidnapping", "abduction", "siege", "fight", "dispute",
    "robbery", "home", "house", "apartment", "park", "school", "church", "mosque", "party",
    "bar", "club", "nightclub", "store", "restaurant", "hospital", "hotel", "street", "road",
    "car", "vehicle", "bus", "train", "plane", "boat", "village", "town", "city", "camp",
    "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens", "child",
    "children", "family", "families", "father", "mother", "son", "daughter", "officer",
    "officers", "suspect", "suspects", "gunman", "victim", "victims", "student", "students",
    "suicide", "note", "death", "deaths",
]  # fmt: skip
_HEADLINE_SMALL_WORDS = ["at", "on", "in", "of", "for", "to", "and", "with", "near", "after",
                         "from", "over", "by", "as", "into", "outside", "inside"]  # fmt: skip
_NOT_A_HEADLINE_NOUN = (
    rf"(?!(?i:{prefix_tree(_HEADLINE_NOUNS)})\b"
    rf"(?![ ](?!(?i:{prefix_tree(_HEADLINE_SMALL_WORDS)})\b)\p{{Lu}}))"
)

# One capitalised word of a place name, with an Arabic article if it has one: "al-Waer", "Homs".
_WORD = r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Ee]z|[Aa]z)[-‑ ])?\p{Lu}[\p{L}’'-]*\p{L}"
# A whole name, up to four words: "Deir Ezzor", "Ras Baalbek", "Hajar al-Aswad". It starts
# with a capital or an Arabic article (as _WORD does); the first lookahead says so, so that the
# costly tests after it are skipped at the start of every other word (twice as fast). (Word
# lists here are prefix trees, which are searched faster.)
_NAME_HEAD = r"(?=\p{Lu}|(?:[Aa][ldsz]|[Ee][lz])[-‑ ])"
# A word after a name's first that is no part of it: a time ("shot in Dayton Friday morning",
# "in Miami Jan. 5") or the event ("2 Killed in Rockford Shooting").
# (nor a web page's word after a headline: "2 dead in shooting in Marlow Posted: Tuesday")
_WEB_PAGE_WORDS = ["posted", "updated", "published", "footage", "photos", "video", "videos",
                   "watch", "related", "share"]  # fmt: skip
_NOT_A_LATER_WORD = (
    rf"(?!(?i:{prefix_tree(_TIME_WORDS)})\b|(?i:{prefix_tree(_MONTHS_CUT)})\."
    rf"|(?i:{prefix_tree([*_EVENT_NOUNS, *_WEB_PAGE_WORDS])})\b)"
)
_NAME = _NAME_HEAD + (
    rf"(?!(?i:{prefix_tree(_NOT_PLACES)})\b|(?i:{prefix_tree(_MONTHS_CUT)})\.)"
    # (a people's word opens no place, but a few places' names: "British Columbia", "the
    # Indian Ocean")
    r"(?!\p{Lu}\p{Ll}+(?:ian|ese|ish)\b(?![ ](?:Columbia|Virgin|Ocean|Sea|Gulf)\b))"
    # (a compass point alone is none: "at East 20th Street"; "West Bank" is one)
    rf"(?!(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)\b(?![ ]\p{{Lu}}))"
    + _NOT_A_HEADLINE_NOUN
    # ("St. Louis", "Ft. Worth", "Mt. Oliver"; "in the U.S.", not "in U.S. history")
    + r"(?>U\.[SK]\.(?=\s*(?:[,;:)\]]|$)|\s+(?:\p{Lu}|(?:on|in|at|and|or|but|after|before"
    + r"|since|last|this|for|to|from|by|with|over|is|was|were|has|had|have|are)\b))|"
    + rf"(?:(?:St|Ste|Ft|Mt)\.[ ])?{_WORD}(?:[ ]{_NOT_A_LATER_WORD}"
    + r"(?:(?:al|el|ez|as|ad|de|du|la)[- ])?\p{Lu}[\p{L}’'-]*\p{L}){0,3})"
    r"(?<!-held|-controlled|-backed|-based|-led|['’]s)"
    r"(?!\$)"  # a currency, not a place: "an infusion of US$ 30 billion"
)

# The types a name may have after it: "Homs province", "Raqqa city".
_TYPES_AFTER = ["province", "governorate", "city", "district", "town", "village", "region", "state"]
_TYPE_AFTER = "|".join(_TYPES_AFTER)


# The words before a name in "in Rastan", "near Nassib", "from Idlib".
_PREPOSITIONS = ["in", "at", "near", "from", "into", "to", "towards?", "outside", "around",
                 "across", "of",
                 # ("a torrent of mud swept down a hillside above El Guadual"; not "below":
                 # "a surge into the marshes below Houma" is no landfall's place)
                 "above",
                 # ("tens of thousands marched through Tbilisi")
                 "through"]  # fmt: skip
# "on" names a place only on a lake or a mountain: "capsized on Lake Kivu", "stranded on Mount
# Kenya" (not "on Monday", "on Main Street")
_ON_WATER = r"on(?=\s+(?:Lake|Mount|Mt\.)\s+\p{Lu})"
# "off" names a place at sea, after what befalls a boat there: "capsized off Sfax", "sank off
# Lampedusa", "rescued off Libya" (not "took off Monday", "just off Main Street")
_OFF_THE_COAST = (
    r"(?<=\b(?i:capsized|sank|sunk|overturned|drowned|wrecked|aground|intercepted|rescued"
    r"|adrift|stranded|hijacked|boarded|anchored|seized|spotted|went\s+down|washed\s+up"
    r"|shipwreck)\s+)off"
)
# Nouns whose "of" names a person, not a place: "the shooting death of Elijah Jackson", "the
# family of Jo Roe"
_WHOSE_OF = ["shooting", "shootings", "death", "deaths", "killing", "killings", "murder",
             "murders", "slaying", "slayings", "homicide", "stabbing", "beating", "funeral",
             "memory", "family", "wife", "husband", "son", "daughter", "mother", "father",
             "brother", "sister", "identity", "identities", "names"]  # fmt: skip
# Words before "from" that make its place where someone came from
_CAME_FROM = ["heading", "headed", "travelling", "traveling", "brought", "flown", "coming",
              "sailing", "bound", "returning", "drove", "driving", "moved", "transferred",
              "girl", "boy", "man", "woman", "men", "women", "teen", "teenager", "resident",
              "residents", "native", "student", "students", "family", "families", "couple",
              "pilgrims", "tourists", "workers", "migrants", "visitors"]  # fmt: skip
_SAID_IN = ["reporters", "journalists", "conference", "briefing", "speaking", "statement",
            "interview"]  # fmt: skip
# An agency by its capitalised name, whose seat is no place of the story ("the National
# Hurricane Center in Miami", "the Emergency Operations Centre in Huaraz"; not "the Westgate
# Shopping Centre in Nairobi", where it happened)
_SEAT_OF = ["Institute", "Agency", "Ministry", "Headquarters", "Observatory", "Bureau",
            *(f"{what} {centre}" for what in ("Operations", "Hurricane", "Warning", "Command",
                                              "Coordination", "Research", "Monitoring",
                                              "Seismological", "Meteorological", "Forecast")
              for centre in ("Centre", "Center"))]  # fmt: skip
_ORGANISATION_OF = ["department", "departments", "ministry", "board", "bureau", "council",
                    # ("The Director-General of LASEMA")
                    "director-general", "director", "directorate",
                    "commission", "agency", "institute", "university", "college", "academy",
                    "society", "association", "federation", "league", "corps", "secretary",
                    "office",
                    # an armed group's: "Fighters of Islamic State Sahel Province killed 8"
                    "fighters", "militants", "members", "elements", "commanders",
                    "spokesman", "spokesperson", "affiliate"]  # fmt: skip
# The capitalised first words of an organisation whose name goes on with "to" or "for"
_ORGANISATION_NAMED = ["Group", "Movement", "Front", "Party", "Committee", "Council", "Union",
                       "Alliance", "Coalition", "Organization", "Organisation", "Association",
                       "Society", "League", "Campaign", "Fund", "Center", "Centre", "Institute",
                       "Foundation", "Network", "Forces", "Army", "Congress"]  # fmt: skip
# A part of a place, in lower case before its name: "in northern Syria", "across eastern
# Ukraine". The part is kept in the key: "northern Syria" is not "southern Syria".
REGIONS = {
    **dict.fromkeys(["north", "northern"], "northern"),
    **dict.fromkeys(["south", "southern"], "southern"),
    **dict.fromkeys(["east", "eastern"], "eastern"),
    **dict.fromkeys(["west", "western"], "western"),
    **dict.fromkeys(["northeast", "northeastern", "north-east", "north-eastern"], "northeastern"),
    **dict.fromkeys(["northwest", "northwestern", "north-west", "north-western"], "northwestern"),
    **dict.fromkeys(["southeast", "southeastern", "south-east", "south-eastern"], "southeastern"),
    **dict.fromkeys(["southwest", "southwestern", "south-west", "south-western"], "southwestern"),
    **dict.fromkeys(["central"], "central"),
}  # fmt: skip
_REGION = rf"(?:(?P<region{{n}}>{'|'.join(sorted(REGIONS, key=len, reverse=True))})\s+)"
# A word of where a place lies from the story's, before its name and no part of it: "in
# neighbouring Mtendere", "from nearby Carverton"
_NEARBY = r"(?:(?:neighbouring|neighboring|nearby|adjacent|adjoining)\s+)"
# Places named with "the": "in the Philippines", "across the West Bank". Only these: "in the
# Senate", "from the White House" name no place.
THE_PLACES = ["Philippines", "United States", "United Kingdom", "Netherlands", "Gaza Strip",
              "West Bank", "Bronx", "Bahamas", "Maldives", "Gambia", "Czech Republic",
              "Dominican Republic", "Central African Republic", "Ivory Coast",
              "United Arab Emirates", "Golan Heights", "Donbas", "Donbass", "Sahel", "Balkans",
              "Caribbean", "Sinai", "Negev", "Punjab", "Hague", "US", "UK", "UAE", "U.S.", "U.K.",
              "Bay Area", "Midwest", "Hamptons", "Everglades", "Outer Banks",
              "Florida Keys"]  # fmt: skip
_THE = (
    rf"(?:the\s+(?=(?:(?:{'|'.join(REGIONS)})\s+)?"
    rf"(?:{'|'.join(regex.escape(p) for p in THE_PLACES)})(?![\p{{L}}\p{{N}}])))"
)
# Verbs of a disaster whose object is the place it struck: "a quake struck western Nepal", "the
# storm battered the Philippines". "struck", "hit" and "pounded" take a person as often, and
# name a place only with a part of it ("hit northern Gaza").
_STRUCK = ["rocked", "shook", "jolted", "battered", "lashed", "ravaged", "devastated",
           "flooded", "swept through", "swept across", "tore through"]  # fmt: skip
_STRUCK_WITH_REGION = ["struck", "hit", "pounded"]
# Verbs of leaving whose object is the place left: "thousands fled Kalehe", "residents
# evacuated Paradise" (not "left", too often of a person: "left Jo Roe dead")
_LEFT_A_PLACE = ["fled", "flee", "fleeing", "evacuated", "abandoned", "deserted"]


def _places_pattern(type_after: bool) -> regex.Pattern[str]:
    """The pattern of the named places; without ``type_after``, without its branch of a name
    with its type after it ("Homs province"; groups "name2" and "type2")."""
    name_then_type = (
        rf"""# "Homs province", "Raqqa city", "Idlib countryside"
    | \b(?!(?:One|Each|Every|This|That|Any|Another|No|Which|Whose|Its|Their)\b)
      (?P<name2>{_NAME})\s+(?P<type2>{_TYPE_AFTER})\b
      (?!\s+of\b)  # "the Euphrates town of Qara Qawzak" names Qara Qawzak"""
        if type_after
        else ""
    )
    return compile_pattern(
        rf"""
    # "the town of al-Sukhna", "the western Syrian city of Homs", "city of Al Sukhna"
    \b(?P<type1>{prefix_tree(PLACE_TYPES)})\s+of\s+(?P<name1>{_NAME})
    # "Somalia's capital Mogadishu", "the Kenyan capital, Nairobi"
    # (not a state's: "the state capital Patna")
    | \b(?<!\b(?:state|provincial|regional|district|county|commercial|economic|financial
              |cultural|administrative)\s+)
      (?P<type6>capital),?\s+(?P<name6>{_NAME})
    {name_then_type}
    # "in Rastan", "near Nassib", "from Idlib", "in northern Syria"
    | \b(?:{"|".join(_PREPOSITIONS)}|{_ON_WATER}|{_OFF_THE_COAST})
      (?<!\b(?i:{prefix_tree(_WHOSE_OF)})\s+of)  # ("the shooting death of Jo Roe": a victim)
      (?<!\b[Aa]ccording\s+to)  # ("according to Alarm Phone": a source, no place)
      # ("a bus heading from Dharkot", "divers brought from Barishal", "a girl from Kessa":
      # where they came from, not where it happened)
      (?<!\b(?i:{prefix_tree(_CAME_FROM)})\s+from)
      # ("told reporters in Dhaka", "a news conference in Kabul": where it was said)
      (?<!\b(?i:{prefix_tree(_SAID_IN)})\s+in)
      # ("the National Hurricane Center in Miami said": where an agency sits)
      (?<!\b(?:{prefix_tree(_SEAT_OF)})\s+in)
      # ("the Department of Forestry", "the Board of Supervisors": an organisation's name)
      (?<!\b(?i:{prefix_tree(_ORGANISATION_OF)})\s+of)
      # ("the Group to Support Islam and Muslims", "the Movement for Democratic Change": an
      # organisation's name goes on)
      (?<!\b(?:{"|".join(_ORGANISATION_NAMED)})\s+(?:to|for))
      \s+{_THE}?{_NEARBY}?{_REGION.format(n=3)}?(?P<name3>{_NAME})
      (?:\s+(?P<type3>{_TYPE_AFTER})\b)?
    # "a quake struck western Nepal", "the storm battered the Philippines"
    | \b(?:(?:{"|".join([*_STRUCK, *_LEFT_A_PLACE])})\s+(?:the\s+)?{_REGION.format(n=4)}?
          |(?:{"|".join(_STRUCK_WITH_REGION)})\s+(?:the\s+)?{_REGION.format(n=4)})
      (?P<name4>{_NAME})
    """,
        regex.VERBOSE,
    )


_PATTERNS = _places_pattern(type_after=True)
# Most articles have none of the types that a name may have after it (written in lower case,
# as the pattern needs them); for them the costliest branch, tried at every capital, is left
# out: the same matches, in half the time. (A branch that cannot match, "(?!)", would keep
# its groups but make the scan slower than the whole pattern.)
_PATTERNS_NO_TYPE_AFTER = _places_pattern(type_after=False)

# Where the patterns' matches may begin, so that they are tried there rather than at every
# offset: the same matches, in half the time or less. The branches of a type or a preposition
# before a name begin a word (after "\b") that is one of them, in lower case: the document's
# index of words has it.
_LOWER_BEGINNINGS = beginnings(
    [*PLACE_TYPES, *(w.rstrip("?") for w in _PREPOSITIONS), "on", "off", *_STRUCK,
     *_STRUCK_WITH_REGION, *_LEFT_A_PLACE]
)
# The branch of a name with its type after it ("Homs province") begins a name, and all from
# there to the type (a word of the index too) is the name's letters, apostrophes, hyphens and
# spaces, and white space: its names begin in the run of those just before a type.
_TYPE_AFTER_BEGINNINGS = beginnings(_TYPES_AFTER)
_TYPES_AFTER_WORDS = tuple(_TYPES_AFTER)
_NAME_RUN_BEFORE = compile_pattern(r"[\p{L}’'\-‑\s]*", regex.REVERSE)
_NAME_START = compile_pattern(r"\b" + _NAME_HEAD)  # (the characters above: _WORD's and _NAME's)


# How a match of the branches of a type or a preposition before a name begins, loosely, for a
# quick test with the standard library's ``re`` (the places pattern is slow to fail): the word,
# white space ("of" after a type), then a capital in ASCII, any character beyond ASCII (``re``
# has no "\p{Lu}"), or the "a"/"e" of "al-", "el-". Each class takes in all that the
# pattern's does (``re``'s "\s" is ``str.isspace``, a superset of ``regex``'s).
_NAME_HEAD_LOOSELY = r"(?:[A-Z]|[^\x00-\x7f]|[ae])"
_REGION_LOOSELY = rf"(?:(?:{'|'.join(REGIONS)})\s+)?"
_LEADS = re.compile(
    rf"(?:{'|'.join(PLACE_TYPES)})\s+of\s+{_NAME_HEAD_LOOSELY}"
    rf"|(?:{'|'.join(_PREPOSITIONS)})\s+{_NEARBY}?{_REGION_LOOSELY}{_NAME_HEAD_LOOSELY}"
    r"|on\s+(?:Lake|Mount|Mt\.)\s"
    rf"|capital,?\s+{_NAME_HEAD_LOOSELY}"
    rf"|off\s+{_NAME_HEAD_LOOSELY}"
    rf"|(?:{'|'.join(_PREPOSITIONS)})\s+the\s+{_REGION_LOOSELY}"
    rf"(?:{'|'.join(re.escape(p) for p in THE_PLACES)})"
    rf"|(?:{'|'.join([*_STRUCK, *_STRUCK_WITH_REGION, *_LEFT_A_PLACE])})\s+(?:the\s+)?"
    rf"{_REGION_LOOSELY}"
    rf"{_NAME_HEAD_LOOSELY}"
)


def _starts(text: str, type_after: bool) -> list[int] | None:
    """Sorted offsets that include every one at which the places pattern (with the branch of a
    name with its type after it or without) matches in ``text``; None where the text has no
    index of words (``homscheck.text.word_index``)."""
    index = word_index(text)
    if index is None:
        return None
    # (most of the words there are not before a name: "in the", "to be"; ``re`` tells, in C)
    words = index.starts(_LOWER_BEGINNINGS)
    found = list(compress(words, map(_LEADS.match, repeat(text), words)))
    if not type_after:
        return found
    names: list[int] = []
    for type_at in index.starts(_TYPE_AFTER_BEGINNINGS):
        # (the type is in lower case after white space: "program", "City", "ethnicity" name no
        # type, and the costly look back for names is skipped there)
        if not text.startswith(_TYPES_AFTER_WORDS, type_at) or not text[type_at - 1].isspace():
            continue
        run = _NAME_RUN_BEFORE.match(text, 0, type_at)
        if run is not None and run.start() < type_at:
            start = _name_may_begin(text, run.start(), type_at)
            names.extend(m.start() for m in _NAME_START.finditer(text, start, type_at))
    return sorted(set(found).union(names)) if names else found


def _name_may_begin(text: str, start: int, type_at: int) -> int:
    """The first offset from ``start`` on at which a name before the type at ``type_at`` may
    begin. A name's words are one space apart, each begun by a capital or an Arabic article
    ("al-Bab", "Deir el Zor", "de"); walking back from the type, the first word that cannot be
    one (most are: "the ancient city") ends the walk, its own letters kept (a name may begin
    after a hyphen in it). Its capitals before are not tried as names."""
    at = type_at
    while at > start and text[at - 1].isspace():
        at -= 1  # (the white space between a name and its type)
    while at > start:
        space = text.rfind(" ", start, at)
        begin = start if space < 0 else space + 1
        if not _may_be_a_name_word(text[begin:at]):
            return begin
        if space < 0:
            break
        at = space
    return start


def _may_be_a_name_word(word: str) -> bool:
    """Whether ``word`` (cut at spaces) may be a word of a name: no other white space in it,
    and a capital first (any letter beyond ASCII, loosely) or an article's "a", "e", "d", "l"."""
    if not word or word.split() != [word]:
        return False
    first = word[0]
    return first.isupper() or first in "aedl" or not first.isascii()


# "the town", "the last major town in Homs province", "the city": a place named elsewhere.
_ANAPHOR = compile_pattern(
    r"\b[Tt]he\s+(?:(?:last|main|major|small|strategic|besieged|nearby|same|key|central|"
    r"northern|southern|eastern|western|ancient|rebel-held|embattled)\s+){0,3}"
    r"(?P<type>town|city|village|district)\b"
)


_LEADING_NAME = compile_pattern(rf"\s*(?:the\s+)?(?P<name>{_NAME})")
_LEADING_ANAPHOR = compile_pattern(r"\s*" + _ANAPHOR.pattern)


def leading_name(phrase: str) -> str | None:
    """The capitalised name a phrase starts with: "Tadmor in March" -> "Tadmor"; None where
    it is a hospital's or an organisation's ("the American International Group")."""
    m = _LEADING_NAME.match(phrase)
    return None if m is None or _names_an_institution(m["name"]) else m["name"]


def leading_anaphor(phrase: str) -> tuple[int, str] | None:
    """Where and of what type a phrase starting "the (last major) town" refers to a place."""
    m = _LEADING_ANAPHOR.match(phrase)
    return (m.start("type"), m["type"]) if m else None


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str  # as written
    key: str  # canonical, for alignment
    type: str | None  # "town", "province"... when the text says


class PlaceIndex:
    """The named places of one document, in order, for lookups by position and type."""

    def __init__(self, mentions: Sequence[PlaceMention]) -> None:
        self.mentions = tuple(sorted(mentions, key=lambda m: m.start))
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[PlaceMention]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def resolve(
        self, type_: str, at: int, paragraph_start: int = 0, before: int = 1500, after: int = 400
    ) -> str | None:
        """The place that "the <type>" at offset ``at`` refers to.

        First a place of that type named earlier in the same paragraph; then one named just
        after (a lead sentence often names the town only in the next sentence); then one named
        in an earlier paragraph. Captions and boilerplate above a story come last, as they
        should."""
        i = bisect.bisect_left(self._starts, at)
        earlier = [
            m for m in reversed(self.mentions[:i]) if m.type == type_ and at - m.end <= before
        ]
        for m in earlier:
            if m.start >= paragraph_start:
                return m.key
        for m in self.mentions[i:]:
            if m.start - at > after:
                break
            if m.type == type_:
                return m.key
        return earlier[0].key if earlier else None

    def the_one_untyped(self, type_: str, at: int, before: int = 1500) -> str | None:
        """A settlement named before with no type, where it is the only place so named ("Fighting
        raged in Qaradah. The city, home to 400,000, ..."): not a country, nor one of two.
        (For a figure only a settlement has, a population: in local news the one place named
        before "the city" may be a neighbourhood.)"""
        if type_ not in _SETTLEMENTS:
            return None
        i = bisect.bisect_left(self._starts, at)
        keys = {
            m.key for m in self.mentions[:i]
            if m.type is None and at - m.end <= before and not names_a_country(m.key)
        }  # fmt: skip
        return keys.pop() if len(keys) == 1 else None


_SETTLEMENTS = frozenset({"city", "town", "village"})


def names_a_country(key: str) -> bool:
    """Whether a place's key is a country's, or a part of one by its compass ("southern
    Bangladesh")."""
    core = core_key(key)
    compass, _, rest = core.partition(" ")
    return core in country_keys() or (compass in REGIONS and rest in country_keys())


# A hospital is where the hurt were taken, never where it happened: two shootings whose
# victims went to "University Hospital" are not one event there.
# ("UMC Brackenridge": a university medical center)
_CARE = compile_pattern(r"\b(?:Hospitals?|Medical|Clinic|Infirmary|Trauma|UMC)\b")
# An organisation named after "to" or "from" ("according to Cal Fire", "from the Interior
# Ministry") is no place either.
_ORGANISATION = compile_pattern(
    r"\b(?:Fire|Police|Department|Ministry|Agency|Office|Authority|Service|Commission|Council"
    r"|Bureau|Committee|Association|Organi[sz]ation|Institute|University|Court"
    # a firm: "the takeover of the American International Group" (not "Bank": the West Bank)
    r"|Group|Company|Corporation|Corp|Inc|Holdings|Airlines|Airways|Motors|Brothers)$"
    # an agency or a news service by its letters: "according to EMS", "the NYPD said"
    r"|\b(?:EMS|EMT|FDNY|NYPD|LAPD|IMPD|CHP|FBI|ATF|DEA|SWAT|CNN|NBC|CBS|ABC|AP|AFP|NATO)$"
)


# An office in the name: "according to Chief District Officer Ramesh Adhikari" names no
# district
_OFFICE = compile_pattern(
    r"\b(?:Officer|Commissioner|Magistrate|Collector|Superintendent|Inspector|Minister|Mayor"
    r"|Sheriff|Coroner|Spokesman|Spokeswoman|Spokesperson)\b"
)


def _names_an_institution(name: str) -> bool:
    """A hospital's, an organisation's or an officer's name ("Memorial Hospital", "Cal Fire",
    "the American International Group", "Chief District Officer Ramesh"), which is no
    place's."""
    return (
        _CARE.search(name) is not None
        or _ORGANISATION.search(name) is not None
        or _OFFICE.search(name) is not None
    )


class _Groups:
    """The numbers of a places pattern's groups, branch by branch: a match is asked for its
    groups by number, which is quicker than by name (a pattern with this many groups looks a
    name up each time)."""

    def __init__(self, pattern: regex.Pattern[str], branches: tuple[str, ...]) -> None:
        index = pattern.groupindex
        self.pattern = pattern
        self.names = tuple(index["name" + n] for n in branches)
        # (the type before or after a name, none for a verb of a disaster; the part of it)
        self.types = tuple(index.get("type" + n, 0) for n in branches)
        self.regions = tuple(index.get("region" + n, 0) for n in branches)


# "In Homs, five people were killed": a sentence that opens on its place, set off by a comma
# (not a headline's "Killed In Kano Market Blast", whose capitals say nothing)
OPENING_PREPOSITIONS = ("In", "At", "Near", "Outside", "Across", "Around")
_OPENERS = tuple(f"{word} " for word in OPENING_PREPOSITIONS)
_NOT_OPENING_PLACES = ["addition", "total", "fact", "response", "return", "contrast", "general",
                       "particular", "short", "brief", "recent", "all", "other", "some", "many",
                       "each", "both", "time", "turn", "effect", "practice", "theory"]  # fmt: skip
_OPENING_PLACE = compile_pattern(
    # ("In neighbouring Veracruz, three people died": Veracruz, not the story's state; "In
    # Goma alone, about 3,000 were killed")
    rf"(?:{'|'.join(OPENING_PREPOSITIONS)})\s+{_THE}?{_NEARBY}?{_REGION.format(n=5)}?"
    rf"(?!(?i:{prefix_tree(_NOT_OPENING_PLACES)})\b)(?P<name5>{_NAME})(?=\s*,|\s+alone\s*,)"
)
_WITH_TYPE_AFTER = _Groups(_PATTERNS, ("1", "6", "2", "3", "4"))
_WITHOUT_TYPE_AFTER = _Groups(_PATTERNS_NO_TYPE_AFTER, ("1", "6", "3", "4"))


def find_places(text: str, aliases: AliasTable | None = None) -> list[PlaceMention]:
    table = aliases or default_aliases()
    found: list[PlaceMention] = []
    type_after = any(word in text for word in _TYPES_AFTER)
    groups = _WITH_TYPE_AFTER if type_after else _WITHOUT_TYPE_AFTER
    # what each name reads as, its key or None (not a place), for the names said again
    keys: dict[str, str | None] = {}
    for m in finditer_at(groups.pattern, text, _starts(text, type_after), 0, len(text)):
        names = m.group(*groups.names)  # (the names at once)
        for branch, name in enumerate(names):
            if name is None:
                continue
            type_group = groups.types[branch]
            type_ = m.group(type_group) if type_group else None
            mention = _mention(text, m, groups.names[branch], groups.regions[branch], type_,
                               table, keys)  # fmt: skip
            if mention is not None:
                found.append(mention)
            break
    opening = _opening_places(text, table, keys)
    found = sorted([*found, *opening], key=lambda p: p.start) if opening else found
    return _without_people(text, _as_far_as_the_story_confirms(text, found, table, keys))


# A word of a line that title case leaves small: "Man Shot in Crib at Home"
_SMALL_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", *_HEADLINE_SMALL_WORDS, "up", "off", "out",
     "vs", "via"]
)  # fmt: skip
_LINE_WORD = compile_pattern(r"\b\p{L}[\p{L}'’-]*")


class _TitleCaseLines:
    """Which lines of a text are in title case, each judged once: "Toddler Fatally Shot In
    Crib One Week After Birthday" is, "Police said a man was shot in Compton." is not."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._judged: dict[int, bool] = {}

    def line_of(self, at: int) -> tuple[int, int]:
        end = self.text.find("\n", at)
        return self.text.rfind("\n", 0, at) + 1, len(self.text) if end < 0 else end

    def at(self, at: int) -> bool:
        start, end = self.line_of(at)
        if start not in self._judged:
            self._judged[start] = _in_title_case(self.text, start, end)
        return self._judged[start]


_LONGEST_HEADLINE = 200  # characters: a longer line is a paragraph, whatever its capitals


def _in_title_case(text: str, start: int, end: int) -> bool:
    if end - start > _LONGEST_HEADLINE:
        return False
    words = [w for w in _LINE_WORD.findall(text, start, end) if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalised >= 0.8 * len(words)


def _as_far_as_the_story_confirms(
    text: str, found: list[PlaceMention], table: AliasTable, keys: dict[str, str | None]
) -> list[PlaceMention]:
    """The places, less what a title-case headline's capitals make of common words: a place
    named there stands as far as the story names it outside its headlines ("Man Shot In
    Compton Park Drive-By" is of Compton where the story says Compton; "Toddler Shot In Crib
    One Week After Birthday" names no place). A text of headlines alone keeps them all."""
    lines = _TitleCaseLines(text)
    if not any(lines.at(p.start) for p in found) or all(
        lines.at(at) for at in _line_starts(text)
    ):
        return found
    kept: list[PlaceMention] = []
    for p in found:
        if not lines.at(p.start):
            kept.append(p)
            continue
        confirmed = _confirmed(text, p, lines, table, keys)
        if confirmed is not None:
            kept.append(confirmed)
    return kept


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\n(?=[^\n])", text))]


def _confirmed(
    text: str,
    p: PlaceMention,
    lines: _TitleCaseLines,
    table: AliasTable,
    keys: dict[str, str | None],
) -> PlaceMention | None:
    """The longest opening of a headline's place that the story names outside headlines."""
    words = list(re.finditer(r"\S+", p.name))
    for last in reversed(words):
        name = p.name[: last.end()]
        if not _named_outside_headlines(text, name, lines):
            continue
        if last is words[-1]:
            return p
        if name not in keys:
            keys[name] = _place_key(name, table)
        key = keys[name]
        return None if key is None else PlaceMention(p.start, p.start + len(name), name, key, None)
    return None


def _named_outside_headlines(text: str, name: str, lines: _TitleCaseLines) -> bool:
    for written in dict.fromkeys((name, name.upper())):
        for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", text):
            if not lines.at(m.start()):
                return True
    return False


# What makes a surname a person's, after it: "Herczeg, the region's deputy governor", "Herczeg
# said"
# (not a place's apposition: "Stara Zagora, a city of some 120,000", "Kessa, the district
# capital")
_SAID_AFTER = compile_pattern(
    r"(?:,\s+(?:(?:the|a|an)\s(?!(?:[\p{L}-]+\s+){0,2}(?:\L<types>|municipality|port|hamlet"
    r"|settlement|community)(?=\s*(?:[,.;:)–—]|$|\s(?:of|in|on|near|with|that|which|where|whose"
    r"|some|about|roughly|around|\d))))|(?:who|\d{1,3}),?\s)"
    r"|\s+(?:said|says|told|added|conceded|thanked|denied|resigned|insisted|argued)\b)",
    types=PLACE_TYPES,
)


def _where_said(text: str, names: set[str]) -> dict[str, set[int]]:
    """Where each of these names is a person's, by the words after it (each name looked for
    alone: a scan of the text for every capitalised word is slow)."""
    said_by: dict[str, set[int]] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            if not (at and (text[at - 1].isalnum() or text[at - 1] == "-")) and _SAID_AFTER.match(
                text, at + len(name)
            ):
                said_by.setdefault(name, set()).add(at)
            at = text.find(name, at + 1)
    return said_by


def _without_people(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places, less a given name and a surname the text elsewhere makes a person's ("the
    People's Renewal Party of Tomas Herczeg" ... "Herczeg said")."""
    two_words = [
        p for p in found
        if len(p.name.split()) == 2 and p.type is None and p.name[:1].isupper()
    ]  # fmt: skip
    # (a surname alone, after "of" or "from": "the loss of Brown", "hearing from Taylor")
    surnames_alone = [
        p for p in found
        if p.type is None and " " not in p.name
        and _OF_OR_FROM.search(text, max(0, p.start - 8), p.start)
    ]  # fmt: skip
    if not two_words and not surnames_alone:
        return found
    said_by = _where_said(
        text, {p.name.split()[1] for p in two_words} | {p.name for p in surnames_alone}
    )
    people = {
        p.start for p in two_words
        if p.name.split()[1] in said_by and p.name.split()[0].lower() not in _PLACE_WORDS
        and p.name.split()[1].lower() not in _PLACE_TYPES_AFTER
    } | {
        # (elsewhere: "Sen. Ann Ruiz of Ohio said" makes no person of Ohio)
        p.start for p in surnames_alone if said_by.get(p.name, set()) - {p.start}
    }  # fmt: skip
    return [p for p in found if p.start not in people] if people else found


_OF_OR_FROM = compile_pattern(r"\b(?:of|from)\s+$")


# Last words of two-word places and institutions, no surnames: "Maumee Avenue", "Evans High"
_PLACE_TYPES_AFTER = frozenset({
    "street", "avenue", "road", "drive", "lane", "boulevard", "way", "place", "court",
    "terrace", "parkway", "highway", "park", "square", "county", "city", "town", "village",
    "high", "school", "academy", "college", "university", "hall", "center", "centre", "church",
    "club", "mall", "bridge", "station", "hospital", "heights", "hills", "valley", "beach",
    "springs", "falls", "creek", "river", "island", "point", "harbor", "harbour", "gardens",
})  # fmt: skip
# First words of two-word places that no given name has: "Port Tenzara", "Lake Worth"
_PLACE_WORDS = frozenset({"port", "lake", "mount", "fort", "san", "santa", "saint", "st", "new",
                          "north", "south", "east", "west", "upper", "lower", "great", "little",
                          "el", "al", "la", "le", "los", "las", "cape", "glen", "bay"})


# The owner of a place, in its name: "Marundi's " in "Marundi's Kalemba", "Neighbouring
# India's " in "Neighbouring India's Odisha"
_OWNER_OF_A_PLACE = compile_pattern(r"(?:.*\s)?(?P<owner>[^\s]+)['’]s\s+(?=\p{Lu})")
# The last word of an owner that is a place by its kind: "Gaza City's Tuffah"
_PLACE_OWNING_WORDS = frozenset({"City", "County", "Province", "State", "Region", "District"})
# A part of a place named after its owner: "Kharkiv's Saltivskyi district", "Lagos's Ikoyi
# neighbourhood"
_A_PART_NEXT = compile_pattern(
    r"\s+(?:neighbou?rhood|district|suburb|quarter|area|camp|refugee\s+camp|township|borough)\b"
)


# A word of a place's kind, not its name, before a common noun: "Andean highlands", "Amazonian
# rainforest", "Congolese side" (not "Fujian province": its kind follows)
_ADJECTIVE_OF_A_PLACE = compile_pattern(r"\p{Lu}\p{Ll}+(?:ean|ian|ese|ish)")
_COMMON_NOUN_NEXT = compile_pattern(
    r"[ \t]+(?!(?:\L<types>)\b)\p{Ll}{3,}", types=PLACE_TYPES
)


# The numbered parts of a site, no places of their own: "Gate 4", "Pier 9", "Terminal 2"
_NUMBERED_PARTS = ["gate", "gates", "pier", "terminal", "ward", "block", "sector", "platform",
                   "hangar", "berth", "dock", "building", "zone", "exit", "level", "unit",
                   "shaft", "tunnel", "wing", "hall",
                   # a road, which runs through many places: "a crash on Route 30 near
                   # Plainfield", "the fire near Highway 62"
                   "route", "highway", "interstate", "freeway", "motorway"]  # fmt: skip
# A road named by a country or state and a number: "U.S. Route 119", "Texas State Highway 71"
_A_ROAD_NEXT = compile_pattern(
    r"\s+(?:(?i:state|county|federal|national)\s+)?(?i:route|highway|hwy\.?|interstate)\s+\d"
)
_NUMBERED_PART = compile_pattern(
    r"(?i:\L<parts>)\s+[A-Z]?\d{1,3}[A-Z]?\b", parts=_NUMBERED_PARTS
)


def _named_as_a_place(text: str, word: str) -> bool:
    """Whether the text names ``word`` as a place, after a preposition of place ("in West
    Bengal", "across Bengal")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    return (
        regex.search(
            rf"\b(?:in|from|across|near|of)\s+(?:the\s+)?(?:\p{{Lu}}\p{{L}}+\s+)?{word}\b(?!['’])",
            text,
        )
        is not None
    )


def _mention(
    text: str,
    m: regex.Match[str],
    name_group: int | str,
    region_group: int | str,
    type_: str | None,
    table: AliasTable,
    keys: dict[str, str | None],
) -> PlaceMention | None:
    """The place that a match's name group names, with the part of it that its region group
    says ("northern Syria": a part of Syria, a place of its own); None where the name is no
    place's. ``keys`` keeps what each name reads as, for the names said again."""
    name = m.group(name_group)
    start, end = m.span(name_group)
    owner = _OWNER_OF_A_PLACE.match(name)
    owned = bool(
        owner
        and (
            type_
            or core_key(owner["owner"]) in country_keys()
            # ("Gaza City's Tuffah", "Kharkiv's Saltivskyi district": a city's part)
            or owner["owner"] in _PLACE_OWNING_WORDS
            or _A_PART_NEXT.match(text, end) is not None
            # ("Bengal's Jhargram" in a story that tells of "West Bengal" as a place)
            or _named_as_a_place(text, owner["owner"])
        )
    )
    if owner and owned:
        # "Marundi's Kalemba province", "Syria's Homs": Kalemba, Homs (not "St. John's Wood")
        name, start = name[owner.end() :], start + owner.end()
    elif owner and _AN_OCCASION_NEXT.match(text, end):
        # "Magdeburg's Christmas market", "Dayton's Pride parade": the owner's, an occasion's
        # name after it
        end = start + len(owner["owner"])
        name = text[start:end]
    if _NUMBERED_PART.match(text, start, min(len(text), end + 8)):
        return None  # "around Gate 4 of the harbour", "at Terminal 2": a part of a place
    if _A_ROAD_NEXT.match(text, end, min(len(text), end + 16)):
        return None  # "stretches of U.S. Route 119", "on State Highway 4": a road's name
    if _ADJECTIVE_OF_A_PLACE.fullmatch(name) and _COMMON_NOUN_NEXT.match(text, end):
        return None  # "in Peru's Andean highlands", "the Amazonian rainforest": an adjective
    if name not in keys:
        keys[name] = _place_key(name, table)
    key = keys[name]
    if key is None:
        return None
    region = m.group(region_group) if region_group and not owned else None
    if region:  # (the owner's part, not the place's: "eastern India's Bihar" is all Bihar)
        start, key = m.start(region_group), f"{REGIONS[region.lower()]} {key}"
    if type_ is None:
        # ("the market of Wad Khalil, a city in North Kordofan": a city, which "the city"
        # in a later paragraph stands for)
        apposed = _APPOSED_TYPE.match(text, end, min(len(text), end + 60))
        type_ = apposed["type"].lower() if apposed else None
    return PlaceMention(start, end, text[start:end], key, type_)


# An occasion or its grounds, after a name that is the occasion's: "Christmas market", "Pride
# parade", "Independence Day celebrations"
_AN_OCCASION_NEXT = compile_pattern(
    r"\s+(?:markets?|fair|festival|parade|carnival|celebrations?|concert|rally|march|procession"
    r"|fireworks)\b"
)


_APPOSED_TYPE = compile_pattern(
    r",\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?P<type>city|town|village|district|province"
    # (not a building or a body of one: "a town hall meeting", "the city council")
    r"|region|port)\b(?!\s+(?:hall|council|square|centre|center)\b)"
)


def _opening_places(
    text: str, table: AliasTable, keys: dict[str, str | None]
) -> list[PlaceMention]:
    """The places sentences open on: "In Homs, ...", "Near the border town of ...,"."""
    found: list[PlaceMention] = []
    for opener in _OPENERS:
        at = text.find(opener)
        while at >= 0:
            m = _OPENING_PLACE.match(text, at) if _opens_a_sentence(text, at) else None
            if m is not None:
                mention = _mention(text, m, "name5", "region5", None, table, keys)
                if mention is not None:
                    found.append(mention)
            at = text.find(opener, at + 1)
    return found


def _opens_a_sentence(text: str, at: int) -> bool:
    """Whether ``at`` begins a sentence (or a line): not a headline's "Injured In Houston"."""
    before = text[max(0, at - 4) : at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in "\n.!?:;—–"


# A region's adjective, one word, no place's name (not "the Aegean", a sea's)
_A_REGION_S_ADJECTIVE = re.compile(r"(?!Aegean|Caribbean)[A-Z][a-z]+ean")


def _place_key(name: str, table: AliasTable) -> str | None:
    """The key of a place's name, or None where the name is no place's: a hospital's, an
    organisation's ("from Cal Fire"), or a group's in the alias table ("from Islamic State")."""
    if _names_an_institution(name):
        return None
    canonical = table.canonical(name)
    if canonical and table.entity_type(canonical) not in (None, "place"):
        return None
    if canonical is None and name.lower() in demonyms():
        return None  # "Kazakh gas blast kills 11": a people's word, no place (not "the U.S.")
    if canonical is None and _A_REGION_S_ADJECTIVE.fullmatch(name):
        return None  # "above this Tyrolean village", "an Andean town": a region's adjective
    return canonical or place_key(name, table)  # (``place_key`` looks it up first too)


def anaphors(text: str) -> list[tuple[int, int, str]]:
    """Definite descriptions of a place ("the town"), as (start, end, type)."""
    return [(m.start(), m.end(), m.group("type")) for m in _ANAPHOR.finditer(text)]
