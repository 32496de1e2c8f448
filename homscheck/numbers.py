"""The number reader: every count-like amount in English news text, as an honest interval.

``find_numbers`` reads figures written in digits ("2,500", "1.5m", "$3bn", "40%"), in words
("three hundred and forty-two", "half a million", "two dozen") or vaguely ("dozens", "tens of
thousands"), together with the words that bound them ("more than", "up to", "about",
"between ... and ...", "20-million-plus"). ``read_number`` reads one whole expression,
``read_ordinal`` one ordinal, and ``apply_fraction`` applies a share ("more than half of") to
the figure it is a share of.

How the words bound a figure X (``T`` is ``APPROXIMATE_TOLERANCE``; counts are never negative,
so an upper bound alone gives the interval a lower bound of 0)::

    2,500                                        [X, X]            estimate X
    more than / over / above / in excess of /     (X, ∞)            estimate X
      upwards of / exceeding / well over / X+
    at least / no fewer than / a minimum of /     [X, ∞)            estimate X
      X or more / X-plus / 20m+
    fewer than / less than / under / below        [0, X)            estimate X
    up to / at most / no more than / as many as / [0, X]            estimate X
      X or fewer
    exactly / a total of / only / equal to        [X, X]            estimate X
    nearly / almost / just under / just short of  [X(1-T), X)       approximate, estimate X
    just over / slightly more than                (X, X(1+T)]       approximate, estimate X
    about / around / some / roughly /             [X(1-T), X(1+T)]  approximate, estimate X
      approximately / an estimated / close to /
      X or so / X-odd
    between X and Y / from X to Y / X to Y / X-Y  [X, Y]            estimate none
      / X or Y ("two or three")

Ranges are read as inclusive at both ends. Microsoft Recognizers-Text reads "between 20 and
30" as [20, 30); news means both ends ("between 20 and 30 people were killed" allows 30), so
homscheck does not follow it there. "5 to 10 million" carries the scale to the first figure:
[5,000,000, 10,000,000]. "from 200 to 300" is read as a range, so a rule that reads changes
("rose from 200 to 300") must look at the verb itself.

Vague amounts (all ``approximate``, no estimate; "dozens more" is still dozens)::

    a dozen [12, 12] (exact)     a score of [20, 20] (exact)
    dozens [24, 99]              scores of [40, 199]
    hundreds [200, 999]          thousands [2,000, 9,999]
    tens of thousands [20,000, 99,999]
    hundreds of thousands [200,000, 999,999]
    millions [2,000,000, 999,999,999]    tens of millions [20,000,000, 99,999,999]
    hundreds of millions [200,000,000, 999,999,999]
    billions [2e9, 999,999,999,999]
    a couple (of) [2, 2] (estimate 2)    a few [2, 9]    several [3, 9]    a handful of [2, 9]
    several / a few / a couple of + hundred, thousand, million: [a·X, (b+1)·X - 1]
      ("several hundred" [300, 999], "a few thousand" [2,000, 9,999])
    several / a few + dozen: [a·12, b·12]

Thousands reaches only to 9,999 because news says "tens of thousands" above that; millions
reaches to just under a billion because "millions displaced" is said of 11 million as readily
as of 3 million.

Shares: "half of", "more than half", "a third of", "two-thirds of", "three quarters of",
"40% of", "one in five", "three out of 10" give a mention with ``fraction=True`` whose value is
the share (0.5, 0.4...); the figure it applies to, if the text gives one, follows "of" (or
"the", "its"...). "half a million" and "one and a half" are plain numbers. A bare "half" or
"third" that is neither bounded nor followed by "of"/"the" is not read ("the second half",
"a third term").

Units: "%", "percent", "per cent" give unit ``"percent"``; "$", "US$", "dollars" give
``"USD"``, "£" ``"GBP"``, "€" and "euros" ``"EUR"``; other symbols and codes before a figure
their ISO code ("A$5m" ``"AUD"``, "EUR 7bn" ``"EUR"``). Suffixes: "10k" = 10,000, "1.5m" / "1.5mn"
= 1,500,000, "2.5bn" / "2.5b" = 2,500,000,000, "1tn" = 10**12. "500m from the border" is
metres, not millions: a bare "m" followed by a word of place or size ("from", "north",
"high"...) ends the number before the "m". Measurement units glued to a figure ("29km") end
the number before the unit, so that rules can read the unit.

What is never a count (``find_numbers`` skips it; ``read_number`` is told the whole
expression and reads it regardless):

- years: a bare four-digit figure from 1800 to 2100 ("in 2014", "since 2011", "the 2011
  uprising", "May 2015") unless a count noun follows ("2000 people", "1900 troops"), a unit
  ("2000 km", "$2000") or a bounding word comes before it ("more than 2000"); ranges of two
  such years ("2011-2014") alike;
- dates ("May 16, 2018", "3 August 2017", "2017-08-03", "8/3/2017"): a day next to a month
  name, and figures joined by "/" or by more than one "-";
- times ("12:28 pm", "5 p.m.", "10:30", "9 o'clock");
- ordinals ("21st", "third largest", "twenty-first");
- ages and durations written as compounds ("seven-year-old", "a 12-year-old", "a 10-day
  truce", "two-year", "45 years old", "aged 45", "the victim, 23,");
- version strings ("V.1.0"), IP addresses, phone numbers ("555-123-4567", "(312) 555-0100"),
  street numbers ("1200 block of", "123 Main St"), labels ("No. 5", "case No. 2017-123",
  "Resolution 2254", "Route 66"), decades ("the 1990s"), codes glued to letters ("MH17",
  "SCP-173");
- "one" as a pronoun ("one of", "the one who", "this one", "no one", "one another").

Hyphenated figures with other words stay counts: "a 5,000-strong force", "50-km".

Every pattern is linear: no nested unbounded quantifiers, possessive groups where a digit
group could otherwise be re-read, and context is looked at in windows of bounded size.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

import regex

from homscheck.model import Quantity
from homscheck.patterns import compile_pattern, prefix_tree
from homscheck.text import WordIndex, begun, prefixes, word_index

APPROXIMATE_TOLERANCE = 0.1

_T = Fraction(str(APPROXIMATE_TOLERANCE))

# A figure: an int where it is whole (most are), a Fraction where not ("4.8", "two thirds").
Num = int | Fraction


@dataclass(frozen=True)
class NumberMention:
    """One amount in a text: where it is, what it says, and how it was bounded."""

    start: int
    end: int
    text: str
    value: Quantity
    qualifier: str | None = None
    fraction: bool = False


# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

UNITS: Mapping[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS: Mapping[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Mapping[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: Mapping[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "crore": 10**7,
}  # fmt: skip
# "dozen" multiplies ("two dozen"); "score" only in "a score of", "three score"; "a pair of
# officers" are two.
DOZENS: Mapping[str, int] = {
    "dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12, "score": 20,
    "pair": 2,
}  # fmt: skip
# Denominators of fractions written as words: "a half", "two-thirds", "three quarters".
DENOMINATORS: Mapping[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
ORDINALS: Mapping[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9,
}  # fmt: skip
# Multipliers glued to digits: "10k", "1.5m", "2.5bn", "US$ 1MM".
SUFFIXES: Mapping[str, int] = {
    "k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6,
    "mil": 10**6, "MM": 10**6, "b": 10**9, "B": 10**9, "bn": 10**9, "bln": 10**9,
    "tn": 10**12, "tln": 10**12, "trn": 10**12,
}  # fmt: skip
# The ones that may also stand after a space: "2.33 k", "10 bln" (not "5 m": metres).
SPACED_SUFFIXES = ["k", "K", "mn", "mln", "mil", "bn", "bln", "tn", "tln", "trn"]
# Units glued to digits that end the number without being part of it: "29km", "180ml".
GLUED_UNITS = [
    "km", "kms", "mi", "ml", "kg", "kgs", "g", "cm", "mm", "ha", "ft", "lb", "lbs", "mph",
    "kph", "kmh", "sq", "hrs", "hr", "min", "mins", "sec", "secs", "kw", "mw", "gw", "kv",
]  # fmt: skip
# What follows "500m" when it is a distance: "500m from the border", "a 30m-high wall".
METRE_CONTEXT = [
    "from", "away", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "north-east", "north-west", "south-east", "south-west", "high", "long",
    "wide", "deep", "tall", "above", "below", "behind", "ahead", "inside", "outside", "into",
    "off", "across", "along", "radius", "short", "underground", "beneath", "apart",
]  # fmt: skip

# Nouns that make a bare year-like figure a count: "2000 people", "1900 troops".
COUNT_NOUNS = [
    "people", "persons", "person", "residents", "civilians", "inhabitants", "troops",
    "soldiers", "fighters", "militants", "rebels", "insurgents", "jihadists", "refugees",
    "migrants", "children", "families", "men", "women", "police", "policemen", "officers",
    "personnel", "prisoners", "detainees", "hostages", "casualties", "victims", "dead",
    "killed", "wounded", "injured", "displaced", "evacuees", "students", "workers",
    "homes", "houses", "buildings", "vehicles", "cars", "buses", "trucks", "tanks",
    "aircraft", "planes", "jets", "drones", "missiles", "rockets", "shells", "bombs",
    "airstrikes", "air", "strikes", "attacks", "weapons", "rifles", "tonnes", "tons",
    "villages", "towns", "sites", "schools", "hospitals", "deaths", "votes", "voters",
    "members", "supporters", "protesters", "demonstrators", "others", "more", "extra",
    "additional", "new", "armed", "government", "rebel", "us", "syrian", "russian",
    "iraqi", "turkish", "kurdish", "american", "british", "french", "foreign",
    "pro-government", "opposition", "islamic", "isis", "isil", "ypg", "sdf",
]  # fmt: skip

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec",
]  # fmt: skip

# Labels before a number that names rather than counts: "Resolution 2254", "Route 66".
LABELS = [
    "No", "Nos", "no", "nos", "Number", "number", "Resolution",
    "Article", "Chapter", "Section", "Route", "Highway", "Flight", "Room", "Page", "Platform",
    "Gate", "Apartment", "Apt", "Suite", "Floor", "Level", "Line", "Channel", "Phase",
    "Season", "Episode", "Volume", "Vol", "Part", "Grade", "Category", "Model", "Mark",
    "Sector", "Block", "Building", "Ward", "Case", "case", "Bill", "Act", "Paragraph",
    "Para", "Rule", "Code", "Unit", "Zone", "Exit", "Junction", "Track", "Version",
    "version", "Tranche", "Appendix", "Annex", "Figure", "Table", "Item", "Lot", "Terminal",
    "Interstate", "Hwy", "Precinct", "District", "Station", "Engine", "Ladder", "Squad",
    "Train", "Bus",
    # a US or state highway: "a crash on U.S. 36", "SR 7 was closed"; a numbered camp or post
    "U.S", "US", "SR", "Camp", "Checkpoint",
    # an aircraft's maker and model: "the Boeing 737 crashed", "an Embraer 190", "ATR 72"
    "Boeing", "Airbus", "Embraer", "Bombardier", "Fokker", "ATR", "Cessna", "Learjet",
    "Beechcraft", "Gulfstream", "Antonov", "Ilyushin", "Tupolev", "Sukhoi", "MAX", "Dash",
]  # fmt: skip

# Words before "one" that make it a pronoun: "the one who", "this one", "no one".
ONE_PRONOUN_BEFORE = [
    "the", "this", "that", "which", "each", "every", "any", "no", "another", "a", "an",
    "last", "next", "only", "little", "big", "new", "old", "right", "wrong", "same", "other",
    "such", "what", "whichever", "loved", "young", "good", "bad", "not",
]  # fmt: skip
# Words after "one" that make it a pronoun or an idiom: "one of", "one another".
ONE_PRONOUN_AFTER = [
    "of", "another", "by", "who", "whom", "whose", "which", "that", "day", "point", "way",
    "hand", "side", "thing", "'s", "’s", "or other", "and only", "and the same", "must",
    "should", "can", "could", "would", "might", "cannot", "can't",
]  # fmt: skip

# The bounding words before a figure, by what they mean (see the module docstring).
QUALIFIERS: Mapping[str, str] = {
    **dict.fromkeys([
        "more than", "more then", "over", "above", "in excess of", "upwards of", "upward of",
        "greater than", "larger than", "bigger than", "higher than", "exceeding", "exceeded",
        "exceeds", "exceed", "surpassing", "surpassed", "surpasses", "surpass", "topping",
        "topped", "well over", "well above", "well in excess of", "beyond", "north of",
        "more than a reported",
    ], "more than"),
    **dict.fromkeys([
        "at least", "no fewer than", "no less than", "not less than", "not fewer than",
        "a minimum of", "minimum of", "at least or equal to", "equal to or more than",
        "equal to or greater than", "greater than or equal to", "more than or equal to",
        "higher or equal than", "bigger or equal than", "greater or equal than",
        "larger or equal than", "higher than or equal to", "larger than or equal to",
        "bigger than or equal to", "no fewer than a", "at the very least",
    ], "at least"),
    **dict.fromkeys([
        "fewer than", "less than", "under", "below", "smaller than", "lower than",
        "well under", "well below", "short of",
    ], "fewer than"),
    **dict.fromkeys([
        "up to", "at most", "no more than", "not more than", "as many as", "a maximum of",
        "maximum of", "less than or equal to", "fewer than or equal to",
        "equal to or less than", "equal to or fewer than", "less or equal than",
        "smaller or equal than", "lower or equal than", "smaller than or equal to",
        "lower than or equal to", "at the most", "up to a",
    ], "up to"),
    **dict.fromkeys([
        "nearly", "almost", "just under", "just short of", "just below", "not quite",
        "slightly less than", "slightly fewer than", "a little under", "a little less than",
        "close on",
    ], "nearly"),
    **dict.fromkeys([
        "just over", "just above", "slightly more than", "a little over",
        "a little more than", "just more than", "just in excess of",
    ], "just over"),
    **dict.fromkeys([
        "about", "around", "some", "roughly", "approximately", "approx.", "an estimated",
        "estimated", "an approximate", "circa", "c.", "ca.", "close to", "more or less",
        "in the region of", "on the order of", "of the order of", "somewhere around",
        "round about", "give or take", "an estimate of", "a rough", "roughly some",
        "about some", "an estimated total of",
    ], "about"),
    **dict.fromkeys([
        "exactly", "precisely", "equal to", "equals", "equals to", "equaling", "equaling to",
        "equalling", "equalling to", "a total of", "totalling", "totaling", "just",
        "only", "a mere", "merely", "fully", "all",
    ], "exactly"),
}  # fmt: skip
# Symbols that bound a figure: "x>10", ">= 30", "< = 100".
_SYMBOLS = {">": "more than", "<": "fewer than", ">=": "at least", "<=": "up to",
            "≥": "at least", "≤": "up to"}  # fmt: skip

# What bounds a figure from after it: "500 or more", "20-million-plus", "20m+".
POSTFIX_QUALIFIERS: Mapping[str, str] = {
    **dict.fromkeys([
        "or more", "and more", "or above", "and above", "or over", "and over", "or greater",
        "or higher", "or larger", "or bigger", "or more than", "or greater than",
        "or higher than", "or larger than", "plus", "or upwards", "and upwards",
        "or so more",
    ], "at least"),
    **dict.fromkeys([
        "or less", "or fewer", "and less", "and fewer", "or below", "and below", "or under",
        "and under", "or lower", "or smaller", "or less than", "or fewer than",
        "or lower than", "or smaller than",
    ], "up to"),
    **dict.fromkeys(["or so", "odd", "or thereabouts", "give or take"], "about"),
}  # fmt: skip

# Written before the figure, with or without a space: "$3m", "US$ 1MM", "£10", "EUR 5bn".
CURRENCY_PREFIXES: Mapping[str, str] = {
    "$": "USD", "US$": "USD", "USD": "USD", "£": "GBP", "GBP": "GBP", "€": "EUR",
    "EUR": "EUR", "A$": "AUD", "AUD": "AUD", "C$": "CAD", "CAD": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "¥": "JPY", "JPY": "JPY", "CHF": "CHF",
}  # fmt: skip
CURRENCY_WORDS: Mapping[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "usd": "USD", "euros": "EUR",
    "euro": "EUR", "eur": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP",
}  # fmt: skip

# Vague plural amounts: [low, high]. ("scores" runs to nine score: one report's "scores of
# people were missing" is another's "some 180 missing")
VAGUE_PLURALS: Mapping[str, tuple[int, int]] = {
    "dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "millions": (2_000_000, 999_999_999),
    "billions": (2 * 10**9, 10**12 - 1),
}  # fmt: skip
# "tens of thousands": the first word counts how many of the second, [a, b].
VAGUE_MULTIPLES: Mapping[str, tuple[int, int]] = {
    "tens": (2, 9), "dozens": (2, 8), "scores": (2, 4), "hundreds": (2, 9),
}  # fmt: skip
VAGUE_OF: Mapping[str, int] = {"thousands": 10**3, "millions": 10**6, "billions": 10**9}
# "several", "a few": how many, [a, b].
VAGUE_WORDS: Mapping[str, tuple[int, int]] = {
    "several": (3, 9), "a few": (2, 9), "a couple": (2, 2), "a couple of": (2, 2),
    "a handful": (2, 9), "a handful of": (2, 9),
}  # fmt: skip
VAGUE_SCALES: Mapping[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
}  # fmt: skip


def _alts(words: Iterable[str]) -> list[str]:
    """A word list for ``\\L<...>``, longest first so the longest phrase wins."""
    return sorted(set(words), key=len, reverse=True)


_NUMBER_WORDS = _alts([*UNITS, *TEENS, *TENS, "hundred", *SCALES, *DOZENS, *DENOMINATORS])
# Words a run may start with after "a"/"an": "a hundred", "a dozen", "a half".
_A_HEADS = _alts(["hundred", *SCALES, "dozen", "score", "pair", *DENOMINATORS])

# --------------------------------------------------------------------------------------------
# The scanner: one pass over the text finds blocked spans, vague amounts and runs of numerals
# --------------------------------------------------------------------------------------------

# A figure may not start inside a word, after another figure, or after "V." ("V.1.0").
_START = r"(?<![\p{L}\p{N}_]|\p{L}[.,]|(?<!\d\p{L}{0,2})\p{L}-)"
# "2,500", "1,234,567.89", "2,00,000", "40 000", "2500", "4.8", ".08". Possessive groups and a
# look-behind keep a long "1,111,111..." from being re-read from every comma.
_DIGITS = (
    # (South Asia's grouping, in lakhs: "2,00,000", "12,34,567")
    r"(?:(?<!\d,)\d{1,2}(?:,\d\d(?=,))++,\d{3}(?![\d,])"
    r"|(?<!\d,)\d{1,3}(?:,\d{3})++(?!\d)"
    r"|(?<!\d[ \u00a0\u202f\u2009])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})++(?!\d|,\d)"
    # (a bare run is never the head of a cut "7,500": "$7,500/10 percent" is no "$7")
    r"|\d++(?!,\d{3}(?!\d)))(?:\.\d++)?+"
    r"|(?<![\p{N}.])\.\d++"
)
# "10k", "1.5m", "2.33 k", or a glued unit ("29km") that ends the figure, or nothing glued.
_NUMERAL = (
    rf"{_START}(?:{_DIGITS})"
    r"(?:(?-i:\L<suffixes>)\b|[ \t]+(?-i:\L<spaced>)\b|(?=(?i:\L<glued>)\b)|(?!\p{L}))"
    # not the start of a time, date or code that the scanner would have blocked on its own
    r"(?![:/]\d|-\d++-\d|[ \t]?(?:[ap]\.[ \t]?m\.|[ap]m\b)|[ \t]+o['’]clock)"
)
_WORD = r"\b(?:\L<words>)\b"
_ATOM = rf"(?:{_NUMERAL}|{_WORD})"
# Between atoms: "fifty-two", "fifty - two", "one hundred and six", "half a million",
# "two point five", "one and a half".
_SEP = r"(?:[ \t]*[-–][ \t]*|\s+(?:(?:and|an?|point)\s+){0,2})"
_RUN = rf"(?:\b(?:an?)\s+(?=(?:\L<a_heads>)\b))?{_ATOM}(?:{_SEP}{_ATOM})*+"

# Spans that are never counts; matched first so that nothing inside them is read.
_BLOCK = rf"""
    {_START}(?:
        \d{{1,3}}(?:[, ]\d{{3}}){{7,}}+             # 1,000,000,000,000,000,000,000: a code
      | \d{{22,}}+|\d*+\.\d{{22,}}+                  # 22 digits or more: an identifier
      | (?!\d{{1,3}}(?:,\d{{3}})++(?![\d,])|\d{{1,2}}(?:,\d\d(?=,))++,\d{{3}}(?![\d,]))
        \d++(?:,\d++){{2,}}+                      # 1,1,1 / 22,24,26: a list (not 2,00,000)
      | \d++(?:-\d++){{2,}}                        # 2017-08-03, 555-123-4567
      | \d++(?:/\d++)++                           # 8/3/2017, 5/17, 3/4
      | \d++(?:\.\d++){{2,}}                      # 192.168.1.2, 3.8.2017
      | \d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?\s?m\.?\b)?   # 12:28 pm, 10:30
      | \d{{1,2}}\s?(?:[ap]\.\s?m\.|[ap]m\b)      # 5 p.m., 5pm
      | \d{{1,2}}\s+o['’]clock\b
      | (?:1[89]|20)\d\d-\d\d(?![\d-])            # 1995-01, 2014-15
      | \d++(?:st|nd|rd|th|s)\b                   # 21st, 1990s
      | \d{{1,3}}(?:,\d{{3}})++s\b                   # 1,000s
      | \d{{4}}\s?(?:GMT|UTC|hrs|hours\s+GMT)\b     # 0400 GMT
      | \d++x\d++                                 # 4x4
    )
  | \+\d[\d\s./-]{{6,20}}\d                        # +1-222-2222-2222
  | \(\d{{3}}\)\s?\d{{3}}[-.\s]\d{{4}}               # (312) 555-0100
  | \b(?:[vV](?:er(?:sion)?)?\.?\s?|No\.\s?|no\.\s?|\#)\d[\d.-]*+   # V.1.0, No. 2017-123, #5
"""

_VAGUE = r"""
    (?:several\s+)?(?P<vmul>tens|dozens|scores|hundreds)\s+of\s+(?P<vof>thousands|millions|billions)\b
  | (?P<vword>several|a\s+few|a\s+couple(?:\s+of)?|a\s+handful(?:\s+of)?)
      (?:\s+(?P<vscale>(?:hundred|dozen)(?:\s+(?:thousand|million|billion))?
                      |thousand|million|billion)\b(?![ \t]*(?:-|and\s)?[ \t]*[\d\p{L}]*\d))?\b
  | (?P<vplural>dozens|hundreds|thousands|millions|billions)\b
  | (?<!\b(?:the|their|his|her|its|test|final|high|low|credit|exam)\s)
    (?P<vplural2>scores)(?=\s+(?:of|more|others|were|are|have|had|injured|wounded|hurt|killed
                              |dead|died)\b)
"""

_SCAN = compile_pattern(
    rf"(?P<block>{_BLOCK})|(?P<vague>{_VAGUE})|(?P<run>{_RUN})",
    regex.IGNORECASE | regex.VERBOSE,
    suffixes=_alts(SUFFIXES),
    spaced=_alts(SPACED_SUFFIXES),
    glued=_alts(GLUED_UNITS),
    words=_NUMBER_WORDS,
    a_heads=_A_HEADS,
)

# Where the scanner can start: a digit, a number word, a vague word, or the head of a blocked
# span ("No. 5", "V.1.0", "#5", "+1-222", "(312)"). Looking for these first, in a lower-cased
# copy of the text, and trying the scanner only there is several times faster than letting
# it try every position. "a"/"an" are not triggers: the word after them is ("a dozen"). The
# words are a prefix tree, which is searched faster than a word list; and the figures and the
# words are two patterns, each searched faster alone than the two as one.
_FIGURE_TRIGGER = compile_pattern(r"\d|\.\d|[#+(](?=\d)|\b(?:no|v|ver|version)\.?\s?(?=\d)")
_TRIGGER_WORDS = [*_NUMBER_WORDS, "several", "few", "couple", "handful", "tens", *VAGUE_PLURALS]
_WORD_TRIGGER = compile_pattern(r"\b" + prefix_tree(_TRIGGER_WORDS) + r"\b")
# Their beginnings, to look up in a document's index of words (``homscheck.text.WordIndex``):
# a match of the trigger begins a word that begins as one of them does.
_TRIGGER_BEGINNINGS = tuple(sorted({w[:3] for w in _TRIGGER_WORDS}))
# The words themselves: a word that begins so may be another ("this", "could", "military" for
# "thirty", "couple", "million"), which the lower-case copy tells before the trigger is tried.
_TRIGGER_PREFIXES = prefixes(_TRIGGER_WORDS)
_A_BEFORE = compile_pattern(r"\ban?[ \t]+$", regex.IGNORECASE | regex.REVERSE)
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

_TOKEN = compile_pattern(rf"(?P<num>{_DIGITS})|(?P<word>\p{{L}}+)|(?P<dash>[-–])", regex.IGNORECASE)
_METRE_AFTER = compile_pattern(
    r"[ \t]*(?:[-–]?(?:\L<ctx>)\b|\()", regex.IGNORECASE, ctx=_alts(METRE_CONTEXT)
)


_NO_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009")


@dataclass
class _Tok:
    kind: str  # num unit teen tens hundred scale suffix dozen frac ord and a point dash
    value: Num
    start: int
    end: int
    text: str


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    run = text[start:end]
    if run.isascii() and run.isdigit():  # "23", "2015": most runs, one token (fast)
        return [_Tok("num", int(run), start, end, run)]
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        if m["num"]:
            digits = m["num"].translate(_NO_SEPARATORS)
            try:
                value: Num = Fraction(digits) if "." in digits else int(digits)
            except ValueError:
                continue  # a digit newer than this Python's Unicode tables (U+10D40...)
            out.append(_Tok("num", value, s, e, m["num"]))
        elif m["dash"]:
            out.append(_Tok("dash", 0, s, e, m["dash"]))
        else:
            word = m["word"]
            low = word.lower()
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == "num"
                and word in SUFFIXES
                and (s == prev.end or word in SPACED_SUFFIXES)
            ):
                if word in ("m", "M") and _METRE_AFTER.match(text, e):
                    break  # "500m from the border": metres, the figure ends here
                out.append(_Tok("suffix", SUFFIXES[word], s, e, word))
            elif low in UNITS:
                out.append(_Tok("unit", UNITS[low], s, e, word))
            elif low in TEENS:
                out.append(_Tok("teen", TEENS[low], s, e, word))
            elif low in TENS:
                out.append(_Tok("tens", TENS[low], s, e, word))
            elif low == "hundred":
                out.append(_Tok("hundred", 100, s, e, word))
            elif low in SCALES:
                out.append(_Tok("scale", SCALES[low], s, e, word))
            elif low in DOZENS:
                out.append(_Tok("dozen", DOZENS[low], s, e, word))
            elif low in DENOMINATORS:
                out.append(_Tok("frac", DENOMINATORS[low], s, e, word))
            elif low in ("a", "an"):
                out.append(_Tok("a", 1, s, e, word))
            elif low == "and":
                out.append(_Tok("and", 0, s, e, word))
            elif low == "point":
                out.append(_Tok("point", 0, s, e, word))
            else:
                break
    return out


# --------------------------------------------------------------------------------------------
# The parser: a run of tokens to one or more figures
# --------------------------------------------------------------------------------------------


@dataclass
class _Num:
    """A figure read from tokens, before context bounds it."""

    start: int
    end: int
    value: Num
    share: bool = False  # "a half", "two-thirds": a fraction, not a count
    scale: int = 1  # the trailing multiplier ("5 million": 10**6), for "5 to 10 million"
    bare: str | None = None  # the digits when the figure is digits alone (for years)
    words: bool = False  # written in words
    lone_one: bool = False  # the word "one" alone


_VALUE_KINDS = ("unit", "teen", "tens", "num")


def _is_zero(t: _Tok) -> bool:
    return t.kind in ("unit", "num") and t.value == 0


def _fraction_tail(ts: Sequence[_Tok], j: int) -> tuple[Num, int] | None:
    """After "and": "a half", "one half", "three quarters", "two thirds" -> (value, next)."""
    if j + 1 < len(ts) and ts[j + 1].kind == "frac":
        head = ts[j]
        if head.kind == "a" or (head.kind == "unit" and head.value > 0):
            return Fraction(head.value, ts[j + 1].value), j + 2
    return None


def _parse(ts: Sequence[_Tok], i: int) -> tuple[_Num | None, int]:
    """Read one figure from ``ts[i:]``: the figure (or None) and where to go on."""
    n = len(ts)
    t = ts[i]
    nxt = ts[i + 1] if i + 1 < n else None
    if t.kind == "a":
        # "a hundred", "a thousand", "a dozen", "a score"
        if nxt is not None and nxt.kind in ("hundred", "scale", "dozen"):
            return _cardinal(ts, i + 1, seed=1, start=t.start)
        # "a half", "a third", "a quarter"
        if nxt is not None and nxt.kind == "frac":
            return _Num(t.start, nxt.end, Fraction(1, nxt.value), share=True, words=True), i + 2
        return None, i + 1
    if t.kind == "frac" and t.text.lower() in ("half", "quarter"):
        # "half a million", "half a dozen", "quarter million"
        j = i + 1
        if j < n and ts[j].kind == "a":
            j += 1
        if j < n and ts[j].kind in ("scale", "dozen"):
            scale = int(ts[j].value)
            num = _Num(t.start, ts[j].end, Fraction(scale, t.value), scale=scale, words=True)
            return num, j + 1
        if t.text.lower() == "half":
            return _Num(t.start, t.end, Fraction(1, 2), share=True, words=True), i + 1
        return None, i + 1
    if t.kind == "hundred":  # "hundred thousand dollars"
        return _cardinal(ts, i, seed=1, start=t.start)
    if t.kind in _VALUE_KINDS:
        return _cardinal(ts, i, seed=None, start=t.start)
    return None, i + 1


def _cardinal(ts: Sequence[_Tok], i: int, seed: Num | None, start: int) -> tuple[_Num | None, int]:
    """The cardinal grammar: groups below a thousand joined by scale words.

    "three hundred and forty-two", "two hundred and two thousand", "4 thousand 3 hundred and
    21", "1.5 million", "five and a half million", "two point five", "two thirds".
    """
    n = len(ts)
    total: Num = 0  # completed scale groups
    group: Num | None = seed  # the group being read
    hundred = False  # the group has a "hundred" in it
    last = "seed" if seed is not None else ""  # kind of the last figure token
    top: int | None = None  # the largest scale applied so far
    last_scale = 1
    sep = ""  # "and" or "dash" when one was just read
    words = seed is not None
    digits_group = False  # the figure started with digits
    accept: tuple[Num, int, int] | None = None  # value, next index, end offset
    before_and: tuple[Num, int, int] | None = None  # accept point before "and <value>"
    share = False
    addend: Num | None = None  # the last figure added to a group ("and two" dozen)
    j = i

    def value() -> Num:
        return total + (group or 0)

    while j < n:
        t = ts[j]
        k = t.kind
        if k == "and":
            tail = _fraction_tail(ts, j + 1)
            if tail is not None and last in (
                "unit",
                "teen",
                "tens",
                "num",
                "hundred",
                "scale",
                "seed",
            ):
                frac, after = tail
                if after < n and ts[after].kind == "scale":
                    scale = int(ts[after].value)
                    if top is None:  # "five and a half million"
                        total, group = (value() + frac) * scale, None
                    else:  # "one billion and a half million"
                        total, group = value() + frac * scale, None
                    last_scale = scale
                    after += 1
                elif last == "scale" and last_scale >= 10**6:  # "3 million and a half"
                    total, group = value() + frac * last_scale, None
                else:  # "one and a half", "one hundred and three quarters"
                    total, group = value() + frac, None
                accept = (value(), after, ts[after - 1].end)
                break
            following = ts[j + 1] if j + 1 < n else None
            if (
                following is not None
                and following.kind in _VALUE_KINDS
                and not _is_zero(following)
                and last in ("hundred", "scale", "tens")
                and (
                    following.kind != "num"
                    or (following.value.denominator == 1 and following.value < 1000)
                )
            ):
                before_and = accept
                sep = "and"
                j += 1
                continue
            break
        if k == "dash":
            following = ts[j + 1] if j + 1 < n else None
            if following is None:
                break
            if (last == "tens" and following.kind == "unit" and following.value > 0) or (
                last == "num" and following.kind == "scale"
            ):
                sep = "dash"
                j += 1
                continue
            if following.kind == "frac" and last in ("unit", "teen", "tens"):
                sep = ""
                j += 1
                continue
            break
        if k in _VALUE_KINDS:
            if _is_zero(t):
                if last or group is not None or total:
                    break
                accept = (0, j + 1, t.end)
                group, last = 0, "zero"
                j += 1
                if j < n and ts[j].kind == "point":
                    continue
                break
            if last == "zero":
                break
            if group is None and not last:
                ok = True
                digits_group = k == "num"
            elif group is None and last == "scale":
                # a new group after a scale: "4 thousand 3 hundred", "one million two thousand"
                ok = (
                    (sep == "and" or (k == "num") == digits_group)
                    and t.value < 1000
                    and t.value.denominator == 1
                )
            elif (
                (last == "tens" and k == "unit")  # "forty-two", "twenty and three"
                or (
                    last == "hundred"
                    and (
                        k in ("unit", "teen", "tens")
                        or (k == "num" and t.value < 100 and t.value.denominator == 1)
                    )
                )
            ):
                ok = True
            else:
                ok = False
            if not ok:
                break
            words = words or k != "num"
            addend = t.value if group is not None and last in ("hundred", "tens") else None
            group = (group or 0) + t.value
            last = k
            sep = ""
            accept = (value(), j + 1, t.end)
            j += 1
            continue
        if k == "hundred":
            if group is None or hundred or last not in ("unit", "teen", "num", "seed"):
                if sep == "" and before_and is not None and last in _VALUE_KINDS:
                    accept = before_and  # "3 hundred and 2 hundred": two figures
                break
            if sep == "and":
                if before_and is not None:
                    accept = before_and
                break
            group *= 100
            hundred = True
            last, words = "hundred", True
            accept = (value(), j + 1, t.end)
            j += 1
            continue
        if k in ("scale", "suffix"):
            if k == "suffix" and last != "num":
                break
            if group is None or sep == "and" or last == "scale":
                if last == "scale" and group is None and top is not None and t.value > top:
                    total *= t.value  # "three lakh crore"
                    top = int(t.value)
                    last_scale = int(t.value)
                    accept = (value(), j + 1, t.end)
                    j += 1
                    continue
                if sep == "and" and before_and is not None:
                    accept = before_and
                break
            scale = int(t.value)
            if top is not None and scale >= top:
                # "two thousand million" reads as a multiplier of all before it
                total, group = (total + group) * scale, None
            else:
                total, group = total + group * scale, None
            top = max(top or 0, scale)
            last_scale = scale
            hundred = False
            last = "scale"
            words = words or k == "scale"
            accept = (value(), j + 1, t.end)
            j += 1
            if k == "suffix":
                break  # "5bn and 40": nothing follows a suffix
            continue
        if k == "dozen":
            if group is None or last not in ("unit", "teen", "tens", "num", "seed", "hundred"):
                break
            if t.value == 20 and last not in ("seed", "unit"):
                break  # "a score", "three score"
            if addend is not None and sep == "":  # "three hundred and two dozen"
                total, group = total + group + addend * (t.value - 1), None
            else:  # "two dozen", "a dozen"
                total, group = (total + group) * t.value, None
            last = "dozen"
            accept = (value(), j + 1, t.end)
            j += 1
            break
        if k == "point":
            if last not in ("unit", "teen", "tens", "hundred", "zero") or j + 1 >= n:
                break
            decimals, after = _decimal_words(ts, j + 1)
            if not decimals:
                break
            group = (group or 0) + Fraction(int(decimals), 10 ** len(decimals))
            last = "decimal"
            accept = (value(), after, ts[after - 1].end)
            j = after
            if j < n and ts[j].kind == "scale":
                continue
            break
        if k == "frac":
            if last not in ("unit", "teen", "tens", "num", "hundred", "scale") or sep == "and":
                break
            v = value()
            if v.denominator != 1 or v == 0:
                break
            # "two thirds", "five eighths", "one-third"
            total, group = Fraction(v, t.value), None
            share = True
            accept = (value(), j + 1, t.end)
            j += 1
            break
        break
    if accept is None:
        return None, i + 1
    v, nxt, end = accept
    first = ts[i]
    bare = first.text if nxt == i + 1 and first.kind == "num" else None
    return (
        _Num(
            start, end, v, share=share, scale=last_scale, bare=bare, words=words,
            lone_one=nxt == i + 1 and first.kind == "unit" and first.value == 1,
        ),
        nxt,
    )  # fmt: skip


def _decimal_words(ts: Sequence[_Tok], j: int) -> tuple[str, int]:
    """The digits after "point": "zero three" -> "03", "seventy-one" -> "71"."""
    n = len(ts)
    if j < n and ts[j].kind == "teen":
        return str(int(ts[j].value)), j + 1
    if j < n and ts[j].kind == "tens":
        tens = int(ts[j].value)
        if j + 2 < n and ts[j + 1].kind == "dash" and ts[j + 2].kind == "unit":
            return str(tens + int(ts[j + 2].value)), j + 3
        if j + 1 < n and ts[j + 1].kind == "unit" and ts[j + 1].value > 0:
            return str(tens + int(ts[j + 1].value)), j + 2
        return str(tens), j + 1
    digits = ""
    while j < n and ts[j].kind == "unit":
        digits += str(int(ts[j].value))
        j += 1
    return digits, j


# --------------------------------------------------------------------------------------------
# Cores: figures with their own value, before the words around them bound them
# --------------------------------------------------------------------------------------------


@dataclass
class _Core:
    start: int
    end: int
    low: Num
    high: Num
    estimate: Num | None
    approximate: bool = False
    vague: bool = False
    share: bool = False
    scale: int = 1
    bare: str | None = None
    words: bool = False
    lone_one: bool = False


def _scan(text: str, words: WordIndex | None = None) -> Iterator[regex.Match[str]]:
    """What ``_SCAN.finditer(text)`` gives, trying the scanner only where a trigger is. With
    the index of the words of ``text`` (``homscheck.text.word_index``), the word trigger is
    tried only where a word begins as a number word does rather than searched for."""
    # (the index's lower-case copy where there is one: a text it indexes lowers to its length)
    lowered = text.lower() if words is None else words.lowered
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
        lowered = text.translate(_ASCII_LOWER)
    pos = 0
    match = _SCAN.match
    # where each trigger next matches from pos on (kept while it is still ahead); none: the end
    none = len(text) + 1
    figure = word = -1
    next_word = _NextMatch(_WORD_TRIGGER, lowered, words)
    while True:
        if figure < pos:
            figure = _next_figure(lowered, pos, none)
        if word < pos:
            word = next_word.at_or_after(pos, none)
        at = min(figure, word)
        if at == none:
            return
        m = None
        if text[at].isalpha():  # "a dozen", "a few": the figure starts at "a"
            a = _ending_at(_A_BEFORE, text, max(pos, at - 4), at)
            if a is not None:
                m = match(text, a.start())
        if m is None:
            m = match(text, at)
        if m is None or m.end() == m.start():
            pos = at + 1
            continue
        yield m
        pos = m.end()


class _NextMatch:
    """Where ``_WORD_TRIGGER`` next matches in ``lowered`` from an offset on, asked for with
    offsets that never go back: a search, or, with the index of the words of the text, a
    match tried at each word that begins as a number word does (the same start: a match
    begins a word, and the index has them all)."""

    def __init__(self, trigger: regex.Pattern[str], lowered: str, words: WordIndex | None):
        self._trigger = trigger
        self._lowered = lowered
        # (of those, the ones where a number word may begin: "this", "could" are none)
        self._starts = (
            None
            if words is None
            else begun(lowered, words.starts(_TRIGGER_BEGINNINGS), _TRIGGER_PREFIXES)
        )
        self._k = 0  # the starts before this one are behind every offset asked for since

    def at_or_after(self, pos: int, none: int) -> int:
        if self._starts is None:
            return _start(self._trigger.search(self._lowered, pos), none)
        starts, k = self._starts, self._k
        while k < len(starts):
            at = starts[k]
            if at >= pos and self._trigger.match(self._lowered, at) is not None:
                self._k = k
                return at
            k += 1
        self._k = k
        return none


# Every match of _FIGURE_TRIGGER has a digit at most this far from its start ("version. 3").
_TRIGGER_TO_DIGIT = len("version. ")
_DIGIT = compile_pattern(r"\d")


def _next_figure(lowered: str, pos: int, none: int) -> int:
    """Where ``_FIGURE_TRIGGER`` next matches from ``pos`` on. Its matches stand just before a
    digit: the search for it starts a little before the next digit, found by a far simpler
    (quicker) pattern, rather than at ``pos`` (the same match: no digit, no match, between)."""
    digit = _DIGIT.search(lowered, pos)
    if digit is None:
        return none
    from_ = max(pos, digit.start() - _TRIGGER_TO_DIGIT)
    return _start(_FIGURE_TRIGGER.search(lowered, from_), none)


def _start(m: regex.Match[str] | None, none: int) -> int:
    return none if m is None else m.start()


def _cores(text: str, words: WordIndex | None = None) -> list[_Core]:
    out: list[_Core] = []
    for m in _scan(text, words):
        if m["block"]:
            continue
        if m["vague"]:
            out.append(_vague(m))
            continue
        ts = _tokens(text, m.start(), m.end())
        i = 0
        while i < len(ts):
            num, i = _parse(ts, i)
            if num is None:
                continue
            out.append(
                _Core(
                    num.start, num.end, num.value, num.value, num.value, share=num.share,
                    scale=num.scale, bare=num.bare, words=num.words, lone_one=num.lone_one,
                )
            )  # fmt: skip
    return out


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _vague(m: regex.Match[str]) -> _Core:
    s, e = m.span()
    if m["vmul"]:  # "tens of thousands"
        a, b = VAGUE_MULTIPLES[m["vmul"].lower()]
        unit = VAGUE_OF[m["vof"].lower()]
        if m["vmul"].lower() in ("dozens", "scores"):
            per = 12 if m["vmul"].lower() == "dozens" else 20
            lo, hi = a * per * unit, (b * per + per - 1) * unit
            hi = min(hi, 10 * unit * 10 - 1)
        else:
            step = 10 if m["vmul"].lower() == "tens" else 100
            lo, hi = a * step * unit, (b + 1) * step * unit - 1
        return _Core(s, e, lo, hi, None, approximate=True, vague=True)
    if m["vword"]:  # "several", "a few hundred"
        a, b = VAGUE_WORDS[_norm(m["vword"])]
        estimate = a if a == b else None
        if not m["vscale"]:
            return _Core(s, e, a, b, estimate, approximate=True, vague=True)
        scale = 1
        for w in _norm(m["vscale"]).split():
            scale *= VAGUE_SCALES[w]
        if scale == 12:
            lo, hi = a * 12, b * 12
        else:
            lo, hi = a * scale, (b + 1) * scale - 1
        est = a * scale if estimate is not None else None
        return _Core(s, e, Fraction(lo), Fraction(hi), est, approximate=True, vague=True)
    word = (m["vplural"] or m["vplural2"]).lower()
    lo, hi = VAGUE_PLURALS[word]
    return _Core(s, e, lo, hi, None, approximate=True, vague=True)


# --------------------------------------------------------------------------------------------
# Context: what stands before and after a figure
# --------------------------------------------------------------------------------------------


def _ending_at(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> regex.Match[str] | None:
    """``pattern.search(text, start, end)`` for the REVERSE patterns below, which end in "$":
    a match ends at ``end``, or just before a newline there (which "$" allows). Matching at
    the one place, and searching only when the text ends in a newline, gives the same match
    without trying every place before it (two to three times as fast)."""
    m = pattern.match(text, start, end)
    if m is None and text[end - 1 : end] == "\n":
        return pattern.search(text, start, end)
    return m


_QUALIFIER_BEFORE = compile_pattern(
    r"(?:(?<![\p{L}\p{N}])(?P<q>\L<quals>)|(?P<sym>(?<![<>=])(?:>[ \t]?=|<[ \t]?=|[<>≥≤])))"
    r"[ \t]*+(?:\n[ \t]*+)?$",
    regex.IGNORECASE | regex.REVERSE,
    quals=_alts(QUALIFIERS),
)
_A_TOLL = compile_pattern(
    r"\b(?:toll|tally|count|total)\s+(?:(?:is|was|now|has\s+gone|went)\s+)*$", regex.IGNORECASE
)
# Verbs whose particle is "over": "handed over 6,000 bodies", "turned over 12 rifles" (not
# "took over three hours", "paid over $5 million": more than)
_VERB_OF_OVER = compile_pattern(
    r"\b(?:handed|hands|handing|hand|turned|turns|turning|signed|signs|ceded|cedes|fought"
    r"|argued|pored|knocked)\s+$",
    regex.IGNORECASE,
)
# Verbs of a figure that changed, before "from": "rose from three to four", "was revised from
# 12 to 9"
_CHANGED = compile_pattern(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|grew|grown|fell|fallen"
    r"|dropped|declined|decreased|revised|raised|lowered|went\s+up|gone\s+up|up|down)\s+$",
    regex.IGNORECASE,
)
_RANGE_OPEN = compile_pattern(
    r"(?<![\p{L}])(?P<q>between|from|anywhere\s+between|somewhere\s+between|anywhere\s+from|"
    r"ranging\s+from|range\s+from)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_CURRENCY_BEFORE = compile_pattern(
    r"(?<![\p{L}])(?P<cur>\L<currencies>)[ \t]?$",
    regex.REVERSE,
    currencies=_alts([*CURRENCY_PREFIXES, "US $"]),
)
_CURRENCY_ENDS = frozenset(c[-1] for c in [*CURRENCY_PREFIXES, "US $"])
_UNIT_AFTER = compile_pattern(
    r"(?P<pct>[ \t]?%|[ \t]*(?:-|\s)?(?:percent|per[ \t]cent|pct)\b)"
    r"|\s+(?P<cur>\L<currencies>)\b",
    regex.IGNORECASE,
    currencies=_alts(CURRENCY_WORDS),
)
_POSTFIX = compile_pattern(
    r"(?:(?P<plus>\+|[ \t]*-?plus\b)|(?:[ \t]*,?\s+|[ \t]*-[ \t]*)(?P<q>\L<posts>)\b"
    r"|\s+or\s+(?P<eq>equal(?:\s+to)?)\b)"
    r"(?![ \t]*(?:than[ \t]+|to[ \t]+)?(?:an?[ \t]+)?(?:\d|\L<words>\b))"
    r"(?![ \t]+(?:than|or[ \t]+equal)\b)",
    regex.IGNORECASE,
    posts=_alts(POSTFIX_QUALIFIERS),
    words=_NUMBER_WORDS,
)
_OF_AFTER = compile_pattern(r"\s+of\b", regex.IGNORECASE)
# (matched with an end: without one, ``regex`` looks for the "of" it needs in all the rest of
# the text at every try, which is as slow as the text is long)
_OF_REACH = 40
# "the second half", "the first quarter of 2017", "the northern half": a part, not a share
_PART_BEFORE = compile_pattern(
    r"\b(?:first|second|third|fourth|final|last|latter|former|other|opening|closing|"
    r"northern|southern|eastern|western|upper|lower|top|bottom|back|front|early|late|"
    r"busiest|best|worst)[ \t]+$",
    regex.IGNORECASE | regex.REVERSE,
)
_SHARE_BASE_AFTER = compile_pattern(
    r"\s+(?:the|its|their|his|her|this|that|these|those|all|syria['’]s)\b", regex.IGNORECASE
)
_RANGE_JOIN = compile_pattern(
    r"(?P<dash>[ \t]*[-–—~][ \t]*)|\s+(?P<to>to|through|thru|till|until)\s+"
    r"|\s+(?P<and>and)\s+|\s+(?P<or>or)\s+|\s+(?P<ratio>in|out\s+of)\s+",
    regex.IGNORECASE,
)
_COMPOUND_JOIN = compile_pattern(r"\s*,?\s*(?:(?:and|but)\s+)?(?:y\s+)?$", regex.IGNORECASE)
_COUNT_NOUN_AFTER = compile_pattern(
    r"(?:\s+(?:more\s+)?(?:\L<nouns>)\b|\s+of\b|[ \t]*(?:km|kilometres|kilometers|miles|"
    r"metres|meters)\b)",
    regex.IGNORECASE,
    nouns=_alts(COUNT_NOUNS),
)
_MONTH_BEFORE = compile_pattern(
    r"(?-i:\b(?:\L<months>))\.?[ \t]+$", regex.REVERSE, months=_alts(MONTHS)
)
# A date's day before a year: "July 9, 2007 Aircraft maker Boeing..." is a year, whatever follows
# A year's preposition, and a verb of what befell people after the figure, which could make
# it a count ("2000 killed"): "a similar crackdown in 2021 killed 38"
# ("the quake of 2011 killed 74": of its year)
_WHEN_BEFORE = compile_pattern(
    r"\b(?:in|of|since|during|until|till|before|after|from)[ \t]+$",
    regex.REVERSE | regex.IGNORECASE,
)
_PARTICIPLE_AFTER = compile_pattern(
    r"\s+(?:killed|dead|wounded|injured|displaced|left|claimed|destroyed|forced|drove)\b"
)
_DAY_OF_MONTH_BEFORE = compile_pattern(
    r"(?-i:\b(?:\L<months>))\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]*,[ \t]*$",
    regex.REVERSE,
    months=_alts(MONTHS),
)
_MONTH_AFTER = compile_pattern(r"[ \t]+(?:of[ \t]+)?(?-i:(?:\L<months>))\b", months=_alts(MONTHS))
_DURATION_AFTER = compile_pattern(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:and[ \t]+a[ \t]+half[ \t]*-[ \t]*)?"
    r"(?:year|month|week|day|hour|minute|second|decade|century|yr)s?[ \t]*-[ \t]*old\b"
    r"|[ \t]*-[ \t]*(?:year|month|week|day|hour|minute|second|decade|century|yr|night|"
    r"storey|story|point|page|game|match|round|man-hour|mile-an-hour)s?\b"
    r"|[ \t]*-old\b"
    r"|\s+(?:years?|months?)(?:\s+old|\s+of\s+age)\b",
    regex.IGNORECASE,
)
_AGE_BEFORE = compile_pattern(
    # "aged 45", "aged between 18 and 25", "ages 5 to 12"
    r"\b(?:aged|age|ages)\s+(?:of\s+|between\s+|from\s+)?(?:\d{1,3}\s*(?:and|to|-|–)\s*)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_APPOSED_AGE = compile_pattern(
    r"(?:\p{Lu}[\p{L}'’-]+|victim|man|woman|boy|girl|son|daughter|father|mother|husband|"
    r"wife|brother|sister|suspect|driver|soldier|officer|student|teacher|resident)"
    r",[ \t]$",
    regex.REVERSE,
)
_LABEL_BEFORE = compile_pattern(
    r"(?-i:\b(?:\L<labels>))\.?[ \t]*$", regex.REVERSE, labels=_alts(LABELS)
)
# A model's number between a count and its noun: "four Rolls-Royce Trent 900 engines", "two
# Boeing 747 jets" (not a headline's next count: "3 Killed 2 Injured")
_MODEL_BEFORE = compile_pattern(
    r"(?:(?<![\d:.,]\s*)\b(?:\d{1,3}|(?i:\L<counts>))"
    r"(?:[ \t]+(?!(?:The|A|An|And|Or|Of|In|On|At|By|For|To|From|With)\b)\p{Lu}[\p{L}-]*){1,3}"
    r"[ \t]+)$",
    regex.REVERSE,
    counts=_alts([*UNITS, *TEENS, *TENS]),
)
_LOWER_WORD_AFTER = compile_pattern(r"[ \t]+\p{Ll}")
_STREET_AFTER = compile_pattern(
    r"[ \t]+block[ \t]+of\b"
    r"|(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}[ \t]+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|"
    # (not a headline's "4 People Shot In Drive-By Shooting")
    r"Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Terrace|Crescent|Parkway)\b(?!-)"
)
_EMERGENCY_AFTER = compile_pattern(
    r"[ \t]*(?:-[ \t]*)?(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|system|"
    r"emergency|line|tapes?|recordings?)\b",
    regex.IGNORECASE,
)
_DIALED_BEFORE = compile_pattern(
    # ("calls to 911"; not a bound, "up to 911 people")
    r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|(?<!\bup[ \t]+)to)[ \t]+$",
    regex.IGNORECASE | regex.REVERSE,
)
_ORDINAL_AFTER = compile_pattern(
    r"[ \t]*(?:-|[ \t])[ \t]*(?:\L<ords>)\b", regex.IGNORECASE, ords=_alts(ORDINALS)
)
_ONE_BEFORE = compile_pattern(
    r"(?<![\p{L}])(?:\L<words>)[ \t]+$",
    regex.IGNORECASE | regex.REVERSE,
    words=_alts(ONE_PRONOUN_BEFORE),
)
_ONE_AFTER = compile_pattern(
    r"(?:[ \t]+(?:\L<words>)\b|['’]s\b|[ \t]+by[ \t]+one\b)",
    regex.IGNORECASE,
    words=_alts(ONE_PRONOUN_AFTER),
)
_NOUN_AFTER_ONE = compile_pattern(r"[ \t]+\p{L}")

_WINDOW = 48


def _is_year(c: _Core) -> bool:
    if c.bare is None or len(c.bare) != 4 or not c.bare.isdigit():
        return False
    return 1800 <= int(c.bare) <= 2100


# Quick tests that rule out a match of a costly pattern in a span of text, which most figures
# have none of: then the pattern is not tried. (Tests hold them to the patterns.)


def _may_name_an_age(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may have a match of ``_AGE_BEFORE``: each has "age", in any
    case (no character but "age"'s own, in either case, matches one of them case-blind)."""
    return "age" in text[start:end].lower()


def _may_end_in_currency(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may have a match of ``_CURRENCY_BEFORE``: each has the last
    character of a currency (its case too)."""
    return not _CURRENCY_ENDS.isdisjoint(text[start:end])


def _skip(text: str, c: _Core) -> bool:
    """Whether a figure is part of something that is not a count (see the module docstring)."""
    lo = max(0, c.start - _WINDOW)

    def before(pattern: regex.Pattern[str]) -> bool:
        """Whether the text just before the figure ends with ``pattern`` (a REVERSE one)."""
        return _ending_at(pattern, text, lo, c.start) is not None

    # (quick tests first where they rule a pattern out: words for an ordinal after it)
    if _DURATION_AFTER.match(text, c.end) or (
        _may_name_an_age(text, lo, c.start) and before(_AGE_BEFORE)
    ):
        return True  # "seven-year-old", "a 10-day truce", "aged 45"
    if c.vague:
        return False
    if c.words and _ORDINAL_AFTER.match(text, c.end):
        return True  # "twenty-first"
    if c.bare is not None and before(_LABEL_BEFORE):
        return True  # "Resolution 2254", "No. 5"
    if c.bare is not None and _LOWER_WORD_AFTER.match(text, c.end) and before(_MODEL_BEFORE):
        return True  # "four Trent 900 engines"
    if c.bare is not None and _STREET_AFTER.match(text, c.end):
        return True  # "1200 block of", "123 Main St"
    if c.bare == "911" and (_EMERGENCY_AFTER.match(text, c.end) or before(_DIALED_BEFORE)):
        return True  # "a 911 call", "called 911": the emergency number
    small = c.low == c.high and c.low.denominator == 1 and 1 <= c.low <= 31
    if small and c.bare is not None and (before(_MONTH_BEFORE) or _MONTH_AFTER.match(text, c.end)):
        return True  # "May 16", "3 August"
    if c.bare is not None and c.low <= 120 and text.startswith(",", c.end) and before(_APPOSED_AGE):
        return True  # "the victim, 23, was"
    if c.lone_one:
        if before(_ONE_BEFORE) or _ONE_AFTER.match(text, c.end):
            return True  # "one of", "the one who", "this one"
        if not _NOUN_AFTER_ONE.match(text, c.end) and not before(_QUALIFIER_BEFORE):
            return True  # "which one?", "one, too"
    return False


@dataclass
class _Bound:
    """A figure with the words that bound it, before it becomes a mention."""

    start: int
    end: int
    core: _Core
    qualifier: str | None = None
    unit: str | None = None
    share: bool = False
    low: Num | None = None
    high: Num | None = None
    low_inc: bool = True
    high_inc: bool = True
    approximate: bool = False
    estimate: Num | None = None
    year: bool = False


def _bound(core: _Core, qualifier: str | None, postfix: str | None) -> _Bound:
    """Apply the bounding words to a figure's own interval."""
    b = _Bound(core.start, core.end, core, qualifier=qualifier)
    lo, hi, est = core.low, core.high, core.estimate
    point = lo == hi and not core.vague
    b.low, b.high, b.estimate, b.approximate = lo, hi, est, core.approximate
    x = est if est is not None else lo
    q = postfix or qualifier
    if postfix and qualifier in ("about", "nearly", "just over"):
        b.approximate = True
    if q == "more than":
        b.low, b.high, b.low_inc = lo, None, not point
    elif q == "at least":
        b.low, b.high = lo, None
    elif q == "fewer than":
        b.low, b.high, b.high_inc = 0, hi, not point
    elif q == "up to":
        b.low, b.high = 0, hi
    elif q == "nearly":
        b.approximate = True
        if point:
            b.low, b.high, b.high_inc = x * (1 - _T), x, False
    elif q == "just over":
        b.approximate = True
        if point:
            b.low, b.high, b.low_inc = x, x * (1 + _T), False
    elif q == "about":
        b.approximate = True
        if point:
            b.low, b.high = x * (1 - _T), x * (1 + _T)
    if postfix:
        b.qualifier = postfix
    return b


# Prepositions and hedges that bound a figure but not a vague amount: "over several weeks",
# "some dozens", "all thousands".
_NOT_BEFORE_VAGUE = {"over", "under", "above", "below", "beyond", "some", "all", "just", "only"}


def _qualifier_before(
    text: str, start: int, floor: int, vague: bool = False
) -> tuple[str, int] | None:
    m = _ending_at(_QUALIFIER_BEFORE, text, max(floor, start - _WINDOW), start)
    if m is None or (vague and m["q"] and _norm(m["q"]) in _NOT_BEFORE_VAGUE):
        return None
    if m["q"] and _VERB_OF_OVER.search(text, max(0, m.start() - 12), m.start()):
        return None  # "Russia handed over 6,000 bodies": a verb's "over", no bound
    toll_up_to = m["q"] and _norm(m["q"]) == "up to"
    if toll_up_to and _A_TOLL.search(text, max(0, m.start() - 30), m.start()):
        return None  # "Ferry death toll up to 15": risen to it, a headline's verb
    q = QUALIFIERS[_norm(m["q"])] if m["q"] else _SYMBOLS[regex.sub(r"\s", "", m["sym"])]
    return q, m.start()


def _bind(text: str, cores: list[_Core], strict: bool) -> list[_Bound]:
    """Give each figure its currency, unit and bounding words; drop what is not a count."""
    out: list[_Bound] = []
    floor = 0
    for c in cores:
        if c.start < floor:
            continue
        if strict and _skip(text, c):
            continue
        start, end = c.start, c.end
        unit = None
        lo = max(floor, start - 6)
        cur = None
        if _may_end_in_currency(text, lo, start):
            cur = _ending_at(_CURRENCY_BEFORE, text, lo, start)
        if cur and not c.share:
            unit = CURRENCY_PREFIXES[cur["cur"].replace(" ", "")]
            start = cur.start()
        after = _UNIT_AFTER.match(text, end)
        if after and not c.share:
            if after["pct"]:
                unit = "percent"
            elif unit is None:
                unit = CURRENCY_WORDS[_norm(after["cur"])]
            end = after.end()
        qual = _qualifier_before(text, start, floor, c.vague)
        qualifier = None
        if qual is not None:
            qualifier = qual[0]
            start = qual[1]
        post = _POSTFIX.match(text, end)
        postfix = None
        if post:
            if post["plus"]:
                postfix = "at least"
            elif post["q"]:
                postfix = POSTFIX_QUALIFIERS[_norm(post["q"])]
            elif qualifier == "more than":
                postfix = "at least"  # "more than 5000 or equal to"
            elif qualifier == "fewer than":
                postfix = "up to"
            if postfix is not None:
                end = post.end()
        b = _bound(c, qualifier, postfix)
        b.start, b.end, b.unit = start, end, unit
        if c.share:
            b.share = True
        if unit == "percent" and _OF_AFTER.match(text, end, end + _OF_REACH):
            b.share = True  # "40% of the population"
            b.unit = None
            for attr in ("low", "high", "estimate"):
                v = getattr(b, attr)
                if v is not None:
                    setattr(b, attr, Fraction(v, 100))
        if b.share:
            if strict and c.share and _ending_at(_PART_BEFORE, text, max(0, c.start - 20), c.start):
                continue
            of = _OF_AFTER.match(text, b.end, b.end + _OF_REACH)
            if of:
                b.end = of.end()
            elif strict and qualifier is None and not _SHARE_BASE_AFTER.match(text, b.end):
                continue  # "the second half", "a third term"
            if strict and c.share and c.low >= 1:
                continue  # "twenty fifths": not a share
        b.year = _is_year(c) and (
            # ("July 9, 2007 Aircraft maker": a year after a date's day, whatever noun follows;
            # "the collapse in April 2013 killed more than 1,100": after its month)
            _ending_at(_DAY_OF_MONTH_BEFORE, text, max(floor, c.start - 20), c.start) is not None
            or _ending_at(_MONTH_BEFORE, text, max(floor, c.start - 12), c.start) is not None
            # ("floods in 2014 killed 37 people": a year's verb, not "2014 killed")
            or (
                _ending_at(_WHEN_BEFORE, text, max(floor, c.start - 10), c.start) is not None
                and _PARTICIPLE_AFTER.match(text, end) is not None
            )
            or (
                unit is None
                and not (
                    qualifier in ("more than", "at least", "fewer than", "up to", "nearly",
                                  "just over")
                    or _COUNT_NOUN_AFTER.match(text, end)
                )
            )
        )  # fmt: skip
        out.append(b)
        floor = b.end
    return out


# --------------------------------------------------------------------------------------------
# Ranges and compounds
# --------------------------------------------------------------------------------------------

_LOWER = ("more than", "at least", "just over")
_UPPER = ("fewer than", "up to", "nearly")


def _join(text: str, bounds: list[_Bound]) -> list[_Bound]:
    """ "between 20 and 30", "5-10 million", "more than 10 and fewer than 20": one interval."""
    out: list[_Bound] = []
    i = 0
    n = len(bounds)
    while i < n:
        a = bounds[i]
        b = bounds[i + 1] if i + 1 < n else None
        if b is not None:
            joined = _range(text, a, b)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    # compounds: a lower bound and an upper bound side by side
    merged: list[_Bound] = []
    for b in out:
        prev = merged[-1] if merged else None
        if prev is not None and _compound(text, prev, b):
            lower, upper = (prev, b) if prev.qualifier in _LOWER else (b, prev)
            merged[-1] = replace(
                prev, end=b.end, qualifier="between", low=lower.low, low_inc=lower.low_inc,
                high=upper.high, high_inc=upper.high_inc, estimate=None,
                approximate=prev.approximate or b.approximate, year=False,
            )  # fmt: skip
            continue
        merged.append(b)
    return merged


def _range(text: str, a: _Bound, b: _Bound) -> _Bound | None:
    if a.share != b.share or a.core.vague or b.core.vague:
        return None
    gap = _RANGE_JOIN.fullmatch(text, a.end, b.start)
    if gap is None or (
        gap["dash"] and not (text[a.core.start].isdigit() and text[b.core.start].isdigit())
    ):
        return None  # "three-nought-four" is not a range; "10-15" is
    if gap["ratio"]:
        return _ratio(a, b)
    opener = _ending_at(_RANGE_OPEN, text, max(0, a.start - 30), a.start)
    if gap["and"] and not (opener and opener["q"].lower().endswith("between")):
        return None
    if opener and opener["q"].lower() == "from" and _CHANGED.search(
        text, max(0, opener.start() - 20), opener.start()
    ):
        return None  # "the death toll rose from three to four": a change, two figures
    if a.qualifier not in (None, "about") or b.qualifier not in (None, "about"):
        return None
    lo, hi = a.core.low, b.core.high
    if a.core.scale == 1 and b.core.scale > 1 and lo * b.core.scale <= hi:
        lo *= b.core.scale  # "5 to 10 million"
    if a.unit == "percent" and b.unit is None:
        return None
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None  # "fell 8 percent to $42.10": a change and a level, not a range
    if lo >= hi or (gap["or"] and (hi > 1000 or (a.core.bare is not None and b.core.bare is None))):
        return None
    if (a.year and b.year) or (_is_year(a.core) and b.year) or (a.year and _is_year(b.core)):
        return replace(a, end=b.end, year=True)
    if a.year and not _COUNT_NOUN_AFTER.match(text, b.end):
        return replace(a, end=b.end, year=True)
    start = opener.start() if opener else a.start
    if a.qualifier == "about":
        start = a.start
    unit = a.unit or b.unit
    return _Bound(
        start, b.end, a.core, qualifier="between", unit=unit, share=a.share, low=lo, high=hi,
        approximate=a.approximate or b.approximate, estimate=None,
    )  # fmt: skip


def _ratio(a: _Bound, b: _Bound) -> _Bound | None:
    """ "one in five", "three out of 10": a share, like "a fifth of" (not a count of five)."""
    x, y = a.core, b.core
    if a.qualifier or b.qualifier or a.unit or b.unit or a.share or x.vague or y.vague:
        return None
    if not (x.low == x.high and y.low == y.high and 0 < x.low < y.low <= 1000) or b.year:
        return None
    share = Fraction(x.low) / Fraction(y.low)
    return _Bound(a.start, b.end, x, share=True, low=share, high=share, estimate=share)


def _compound(text: str, a: _Bound, b: _Bound) -> bool:
    kinds = {a.qualifier, b.qualifier}
    if not (kinds & set(_LOWER) and kinds & set(_UPPER)) or a.share != b.share:
        return False
    if a.qualifier in _LOWER and b.qualifier in _LOWER:
        return False
    if not _COMPOUND_JOIN.match(text[a.end : b.start]):
        return False
    lower, upper = (a, b) if a.qualifier in _LOWER else (b, a)
    if lower.low is None or upper.high is None:
        return False
    # "more than 40 and less than 10" are two bounds, not one interval
    return lower.low < upper.high or (lower.low_inc and upper.high_inc and lower.low == upper.high)


# --------------------------------------------------------------------------------------------
# The public functions
# --------------------------------------------------------------------------------------------


def _float(v: Num | None) -> float | None:
    if v is None or isinstance(v, int):
        return v if v is None else float(v)
    if v.denominator == 1:
        return float(v.numerator)
    return float(v)


def _mention(text: str, b: _Bound) -> NumberMention:
    value = Quantity(
        _float(b.low),
        _float(b.high),
        b.low_inc if b.low is not None else True,
        b.high_inc if b.high is not None else True,
        b.approximate,
        _float(b.estimate),
        b.unit,
    )
    return NumberMention(b.start, b.end, text[b.start : b.end], value, b.qualifier, b.share)


def _read(text: str, strict: bool, words: WordIndex | None = None) -> list[NumberMention]:
    bounds = _repeated_in_figures(text, _join(text, _bind(text, _cores(text, words), strict)))
    return [_mention(text, b) for b in bounds if not (strict and b.year)]


def _repeated_in_figures(text: str, bounds: list[_Bound]) -> list[_Bound]:
    """A number written out, then in figures in brackets, as police releases and contracts
    write it: "four (4) victims" is one four."""
    out: list[_Bound] = []
    for b in bounds:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (prev.low, prev.high) == (b.low, b.high)
            and text[prev.end : b.start].strip() == "("
            and text.startswith(")", b.end)
        ):
            out[-1] = replace(prev, end=b.end + 1)
            continue
        out.append(b)
    return out


def find_numbers(text: str) -> list[NumberMention]:
    """Every count-like amount in ``text``, left to right, without overlaps."""
    # a document's index of words is made once for the date reader and the rules' triggers
    # (and kept for its text); a short phrase that ``read_number`` reads is searched instead
    return _read(text, strict=True, words=word_index(text))


def read_number(text: str) -> Quantity | None:
    """One whole expression ("more than 300,000", "seven", "a dozen"), or None.

    Context rules that keep years, ages and dates out of ``find_numbers`` do not apply: the
    caller says the text is a number ("2014" reads as 2014).
    """
    stripped = text.strip()
    if not stripped:
        return None
    found = _read(stripped, strict=False)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].value
    return None


_ORDINAL_DIGITS = compile_pattern(r"(\d+)\s*(?:st|nd|rd|th)", regex.IGNORECASE)
_ORDINAL_WORDS = compile_pattern(
    r"(?:(?P<head>.*?)[\s-]+(?:and\s+)?)?(?P<ord>\L<ords>)", regex.IGNORECASE,
    ords=_alts(ORDINALS),
)  # fmt: skip


def read_ordinal(text: str) -> int | None:
    """ "third" -> 3, "21st" -> 21, "twenty-first" -> 21, "one hundredth" -> 100; else None."""
    stripped = text.strip()
    m = _ORDINAL_DIGITS.fullmatch(stripped)
    if m:
        return int(m[1])
    m = _ORDINAL_WORDS.fullmatch(stripped)
    if m is None:
        return None
    nth = ORDINALS[m["ord"].lower()]
    if not m["head"]:
        return nth
    head = read_number(m["head"])
    if head is None or not head.is_point or head.low is None or not head.low.is_integer():
        return None
    base = int(head.low)
    if nth >= 100:
        return base * nth
    return base + nth if base % 10 == 0 and base > 0 else None


def apply_fraction(share: Quantity, base: Quantity) -> Quantity:
    """A share of a figure: "more than half of" (0.5, ∞) × "20-million-plus" [2e7, ∞) gives
    (1e7, ∞). Bounds multiply; a bound is inclusive only when both factors' bounds are. A share
    is at most the whole, so an open-ended share of a bounded figure ends at the figure:
    "more than half of 900" is (450, 900]. Shares written as simple fractions multiply exactly
    (a third of 900 is 300, not 299.99...)."""

    def exact(x: float) -> Fraction:
        """A share as the simple fraction it was written as (0.333... is 1/3, 0.4 is 2/5)."""
        f = Fraction(repr(x))
        simple = f.limit_denominator(1000)
        return simple if abs(simple - f) < Fraction(1, 10**12) else f

    def mul(x: float | None, y: float | None) -> float | None:
        if x is None or y is None:
            return None
        return _float(exact(x) * Fraction(repr(y)))

    share_high, share_high_inclusive = share.high, share.high_inclusive
    if share_high is None:
        share_high, share_high_inclusive = 1.0, True
    return Quantity(
        mul(share.low, base.low),
        mul(share_high, base.high),
        share.low_inclusive and base.low_inclusive,
        share_high_inclusive and base.high_inclusive,
        share.approximate or base.approximate,
        mul(share.estimate, base.estimate),
        base.unit,
    )
