"""What every rule reads: one document, read once into sentences, numbers, dates and places.

The number, date and place readers each run once over the whole text; rules then ask for what
lies inside a sentence, so adding a rule costs its own patterns and nothing more.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Protocol, TypeVar

import regex

from homscheck.dates import DAYS_AFTER, DateMention, days_before, days_in, find_dates
from homscheck.leads import held_literals, leading_literals
from homscheck.model import Claim, DateRange, Document, Name, Quantity, Value
from homscheck.names import capital_cities, capitals, core_key, place_key
from homscheck.numbers import NumberMention, find_numbers
from homscheck.options import Options
from homscheck.patterns import compile_pattern
from homscheck.places import (
    PlaceIndex,
    PlaceMention,
    anaphors,
    find_places,
    leading_anaphor,
    leading_name,
    names_a_country,
)
from homscheck.scope import count_scope, others_after_another_measure
from homscheck.text import (
    LIST_LINE,
    LineIndex,
    Prefixes,
    Sentence,
    begun,
    plain_spaces,
    prefixes,
    sentences,
    squeeze,
    word_index,
)


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)

# A date right after one of these is when something was said or made public, not when it
# happened: "state media reported on Saturday", "the ministry said Tuesday", "the sheriff
# revealed Monday", "police told KTVB Sunday".
REPORTING_VERBS = ["reported", "reports", "said", "says", "told", "announced", "confirmed",
                   "stated", "claimed", "added", "revealed", "released", "spoke", "commented",
                   "testified", "wrote", "tweeted", "posted", "noted", "disclosed",
                   "explained"]  # fmt: skip
# (Matched backwards from the end, REVERSE: ``REPORTED_BEFORE.match(before)`` asks whether
# ``before`` ends so, five times as quick as a search from every word of it; a match that ends
# before a final newline can take it in, so none is missed.)
REPORTED_BEFORE = compile_pattern(
    # ("said on", "told reporters on", "told KCRA 3 on")
    r"\b(?:\L<reporting>|told(?:\s+(?!(?:that|the|a|an)\b)[\p{L}\p{N}.'’-]+){1,3})\s+"
    # ("the police said in a statement on Saturday", "said in a televised address Sunday")
    r"(?:in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|address|briefing"
    r"|post|interview|communiqu[ée]|release|speech|tweet)\s+)?"
    # ("the railroad said early Saturday", "officials said late on Monday", "reports earlier
    # today")
    r"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
    reporting=REPORTING_VERBS,
)

# A period after a superlative or an ordinal is the frame of a comparison, not when the thing
# happened: "the deadliest shooting in the city this year", "the worst attack since 2010", "the
# city's 40th homicide this year".
SUPERLATIVES = ["worst", "best", "largest", "biggest", "greatest", "highest", "lowest",
                "longest", "most", "least", "latest", "first", "second", "third", "fourth",
                "fifth"]  # fmt: skip
# (not a hedge's "at least", "at most": "left at least 30 people dead in 2021")
_COMPARISON_FRAME = compile_pattern(
    r"\b(?<!\bat\s)(?:\L<superlatives>|\p{L}{2,}iest|\d+(?:st|nd|rd|th))\b[^.;:!?,()]{0,60}$",
    regex.IGNORECASE,
    superlatives=SUPERLATIVES,
)
_SHORTEST_FRAME = timedelta(days=28)
# A sentence that opens on its date: "On June 7, ...", "In March 2015 ...", "Late Friday ...".
_OPENS_ON_DATE = compile_pattern(
    r"[\W]*(?:(?:on|in|early|late|earlier|last|by|around|about|shortly\s+after|just\s+after"
    r"|before)\s+)?(?:the\s+)?$",
    regex.IGNORECASE,
)  # a month or more: a period to compare in, not a day

_OPENS_A_QUOTE = compile_pattern(r"\s*[\"“‘']")
# A country's capital named beside the word: "in the capital, Kantoura", "the Nepali capital
# Kathmandu", "Kantoura, the capital," (not a state's: "the state capital Patna")
_NAMED_CAPITAL = compile_pattern(
    r"\bthe\s+(?!state\b|provincial\b|regional\b)(?:[\p{L}'’]+\s+)?capital,?\s+"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)"
    r"|(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+the\s+(?:country['’]s\s+|national\s+)?"
    r"capital\b"
)
# A line of a bulletin's list ("- Deaths: 9", "Injured: 38") and the words that date the list
# ("as of 18 July", "status at 10:00 on 15 January", "Situation as at 8 February")
_LIST_LINE = compile_pattern(LIST_LINE)
_AS_OF = compile_pattern(
    r"\b(?:as\s+(?:of|at)|status\s+(?:at|as\s+of)|updated)\b", regex.IGNORECASE
)
_LIST_REACH = 12  # lines back to the list's heading
# A relative clause opened on what comes before it, with nothing closing it before the date:
# "The army, which says it retook the town on", "Jo Roe, who was shot on"
_ASIDE_OPENED = compile_pattern(
    r"(?P<head>[\p{L}-]+)\s*,\s+(?:(?P<who>who|whose)|which|that)\b[^,;()]*$"
)
_EVENT_WORD = compile_pattern(
    r"(?i:attacks?|assault|shootings?|strikes?|bombings?|blasts?|explosions?|crash|collision|fires?"
    r"|blaze|raids?|ambush|clash(?:es)?|fighting|offensive|massacre|incident|quake|earthquake"
    r"|floods?|flooding|storm|collapse|sinking|stampede|violence|battle|siege|derailment"
    r"|landslide|accident|killings?|stabbing)"
)
# The clause of the occasion a date names, from the date to the claim: "since 2007, when a quake
# struck near Pisco, killing more than 500"
_WHEN_AFTER_IT = compile_pattern(r",\s+when\b(?:[^.;:!?]|\.(?=\d))*$")
_CLAUSES_JOINED = compile_pattern(r",\s+(?:and|but|while)\s|;")
# A clause of what came after, its subject and verb: "before troops retook the town", "before
# the army regained control" (not "before dawn", "before noon on Friday", nor the same
# occasion's "before police arrived")
_BEFORE_ANOTHER_DID = compile_pattern(
    r"\bbefore\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?"
    r"\s+(?!(?:arrived|responded|reached|fled)\b)(?:\p{Ll}+ed|retook|took|overran|won|fell"
    r"|withdrew)\b"
)
_SUBORDINATE = compile_pattern(r"\b(?:after|before|when|since|following|because|as)\b")
_NEAR = 300  # characters around a claim in which its place and date are looked for
_TRIGGER_REACH = 1000  # characters a rule's trigger (a word or a few) may span
# A try of a trigger at one offset costs what a search of some 100 characters does
_CHARACTERS_PER_TRY = 100
_PARAGRAPH = compile_pattern(r"\n[ \t]*\n")
# What may stand before a place's name when the phrase is about the place itself:
# "the western Syrian city of ", "city of ", "the " (and what a place is to a war or a trade:
# "the last IS stronghold of Baghouz", "the rebel enclave of Eastern Ghouta", "the port of
# Hodeidah")
_HEAD_OF = compile_pattern(
    # ("the district's main town of Mingora": the town, not the district)
    r"\s*(?:the\s+)?(?:(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,3}?(?:town|city|village|district|province|"
    r"governorate|region|neighbourhood|neighborhood|suburb|camp|county|capital|stronghold|"
    r"bastion|enclave|pocket|port|island|oasis|municipality|hamlet|settlement)\s+of\s+"
    # ("the capital Sanaa", "the Yemeni capital, Sanaa")
    r"|(?:[\p{L}-]+\s+)?capital,?\s+)?"
)


def _within(items: Sequence[_S], starts: Sequence[int], start: int, end: int) -> Sequence[_S]:
    """The ``items`` that start in ``[start, end)`` (a slice: the callers copy what they keep)."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end, lo)
    return items[lo:hi]


# Between two places, the first inside the second: "X in Y province", "X, Y governorate"
# (not "Elm Street in York": the town is where it happened)
_WITHIN = compile_pattern(r"\s+in\s+(?:the\s+)?|\s*,\s*")
# A count over a whole state or country, told so at the sentence's start
_ACROSS_IT_ALL = compile_pattern(
    r"\W*(?:Statewide|Nationwide|Countrywide|Nationally|Across\s+the\s+(?:state|country|region"
    r"|nation))\b"
)
# Where a part of a count begins, whose place is the part's: "1,140 homes flooded, including
# 212 in Koshkarata alone"
_PART_BEGINS = compile_pattern(
    r",?\s+(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|of\s+them)\b"
)
# ... unless it is an aside the clause goes on after: "four others were injured, including a
# police officer, in a random shooting in Bristol", "four others including an officer were
# injured in East Tennessee"
_ASIDE_CLOSES = compile_pattern(
    r"(?:(?!\b(?:who|whom|which|that)\b)[^,;.]){1,60}?(?:,\s+(?:were|was|are|is|have|has|had|in|at|on|near|during|outside|inside"
    r"|when|after|as)\b|\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s)"
)
# A whole told before its part: "Of the 14 fatalities, 11 were residents of Lamatuka" (the
# places after the comma are the part's)
_OF_THE_WHOLE = compile_pattern(r"\W*(?i:of)\s+(?:the|these|those|all)\s+[^,;]{0,60}$")
_REGION = compile_pattern(
    r"\b(?:province|governorate|region|district|oblast|county|state)\b", regex.IGNORECASE
)
# Between a place and the country it is in: "Chandpur in southern Bangladesh", "Lake Mai-Ndombe
# in the Democratic Republic of Congo"
_IN_A_COUNTRY = compile_pattern(
    r"\s+in\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+(?:of\s+(?:the\s+)?)?){0,3}|\s*,\s*"
)


# A second place after the one a count is of: "killing 14 people in Arkansas and Missouri"
_AND_ANOTHER = compile_pattern(
    r"\s+(?:and|&)\s+(?:in\s+)?(?:(?:north|south|east|west|central)[\p{Ll}-]*\s+)?"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\b"
)
# A quake's epicentre told by its distance from a town: the town is no place of its toll
_EPICENTRE_FROM = compile_pattern(
    r"\b(?:centred|centered|epicentre|epicenter)\b[^.;]{0,40}?"
    r"(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\p{L}+\s+)?(?:of|from)\s+$",
    regex.IGNORECASE,
)
# A place told by where it lies from another: "the market in Meliti, a town 20 km east of
# Korvash, was hit" is in Meliti, not Korvash.
_LIES_FROM = compile_pattern(
    r"\s*,\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:(?:some|about|around|nearly|roughly)\s+)?"
    r"(?:[\d.,]+|\p{L}+)?(?:\s*|-)(?:km|kms|kilometres?|kilometers?|miles?)?\s*"
    r"(?:\([^()]{1,20}\)\s*)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|outside|upstream|downstream)(?:ern)?"
    r"\s+of\s+(?:the\s+)?",
    regex.IGNORECASE,
)


def _asks(sentence: str) -> bool:
    """Whether a sentence is a question from its first word (its quotes aside): "How do you
    comfort a man who has lost ...?" (not "Residents of Kessling, population 3,100, are asking:
    how did 38 cars come off the rails?", which tells the town's people and the cars)."""
    if not sentence.rstrip(" \t\n\"'”’»)").endswith("?"):
        return False
    first = _FIRST_WORD.match(sentence)
    return first is not None and first.group(1).lower() in _QUESTION_OPENERS


_FIRST_WORD = regex.compile(r"[\s\"'“‘«(]*([A-Za-z]+)")
_QUESTION_OPENERS = frozenset({
    "how", "what", "why", "who", "whom", "whose", "where", "when", "which", "is", "are", "was",
    "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have",
    "had", "shall", "may", "might", "must",
})  # fmt: skip


class DocumentContext:
    """One document, read once, for the rules to query by sentence."""

    def __init__(self, doc: Document, options: Options | None = None) -> None:
        self.doc = doc
        # Patterns read a copy with every kind of space as " " (no-break spaces are common in
        # scraped text); it has the same length, so offsets hold for the original too.
        self.text = plain_spaces(doc.text)
        self.options = options or Options()
        self.sentences: tuple[Sentence, ...] = tuple(sentences(self.text))
        self._sentence_starts = [s.start for s in self.sentences]
        self._numbers_by_sentence: list[tuple[Sentence, list[NumberMention]]] | None = None
        self.numbers: tuple[NumberMention, ...] = tuple(find_numbers(self.text))
        self._number_starts = [n.start for n in self.numbers]
        self.dates: tuple[DateMention, ...] = tuple(find_dates(self.text, doc.published))
        self._date_starts = [d.start for d in self.dates]
        self.places = PlaceIndex(find_places(self.text, self.options.aliases))
        self._place_keys: set[str] | None = None  # (made when first asked)
        self._lines = LineIndex(doc.text)
        self._paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(doc.text)]
        self.epoch = _epoch(doc, self.dates)
        self._contexts: dict[tuple[int, int], str] = {}
        self._capital: str | None = None  # (read when first asked; "" where none is named)
        # whether each place (by its start) is where it happened: asked once per place, not
        # once per claim near it
        self._elsewhere: dict[int, bool] = {}

    # -- queries -------------------------------------------------------------------------------
    def numbers_by_sentence(self) -> list[tuple[Sentence, list[NumberMention]]]:
        """Each sentence that has numbers, with them (``numbers_in`` of the sentence)."""
        if self._numbers_by_sentence is None:
            grouped: list[tuple[Sentence, list[NumberMention]]] = []
            for n in self.numbers:
                i = bisect.bisect_right(self._sentence_starts, n.start) - 1
                if i < 0 or n.end > self.sentences[i].end:
                    continue  # between sentences, or across two
                if grouped and grouped[-1][0] is self.sentences[i]:
                    grouped[-1][1].append(n)
                else:
                    grouped.append((self.sentences[i], [n]))
            self._numbers_by_sentence = grouped
        return self._numbers_by_sentence

    def sentences_with(self, trigger: regex.Pattern[str]) -> list[Sentence]:
        """The sentences in which ``trigger`` matches, in one scan of the text that skips the
        rest of a sentence once it has matched there: a rule that needs a word ("war",
        "governor") reads only the sentences that have it.

        A trigger that begins with words from lists (``first_words``) is tried only where a
        word of the text begins as one of them does (``homscheck.text.word_index``: the
        words of the text are indexed once, for the date reader and all triggers); one that
        begins with plain letters (``first_literals``) where they are; any other is searched
        for at every offset. All find the same matches."""
        words = first_words(trigger)
        index = word_index(self.text) if words is not None else None
        if words is not None and index is not None:
            return self._sentences_from(trigger, index.starts(words), index.lowered)
        literals = first_literals(trigger)
        if literals is not None and not trigger.flags & regex.IGNORECASE:
            return self._sentences_from(trigger, _offsets_of(self.text, literals))
        index = word_index(self.text) if literals is not None else None
        if literals is not None and index is not None:  # (its lower-case copy cannot mislead)
            lowered = tuple(literal.lower() for literal in literals)
            return self._sentences_from(trigger, _offsets_of(index.lowered, lowered))
        return self._sentences_from(trigger, self._where_it_may_begin(trigger))

    def sentences_matched(self, trigger: regex.Pattern[str]) -> list[Sentence]:
        """The sentences inside which ``trigger`` matches, for a rule that reads each one's
        matches up to its end (``sentences_with`` also gives one where a match begins and
        runs on past it). Where every match holds one of some strings ("arrested" in "NAME,
        23, was arrested": ``homscheck.leads.held_literals``), only the sentences that have
        one of them are searched."""
        held = held_literals(trigger)
        index = word_index(self.text) if held is not None else None
        if held is None or index is None:
            return self.sentences_with(trigger)
        found: list[Sentence] = []
        for at in _offsets_of(index.lowered, held):
            sentence = self.sentence_at(at)
            if sentence is None or (found and found[-1] is sentence):
                continue
            if trigger.search(self.text, sentence.start, sentence.end) is not None:
                found.append(sentence)
        return found

    def _where_it_may_begin(self, trigger: regex.Pattern[str]) -> list[int] | None:
        """The offsets at which the text's lower-case copy has one of the beginnings of
        ``trigger``'s matches (``homscheck.leads``), or None where they are not known, or
        so many that a search is quicker (one that begins "a " is at every "a")."""
        beginnings = leading_literals(trigger)
        if beginnings is None:
            return None
        index = word_index(self.text)
        if index is None:
            return None
        starts = _offsets_of(index.lowered, beginnings)
        return starts if len(starts) * _CHARACTERS_PER_TRY <= len(self.text) else None

    def _sentences_from(
        self, trigger: regex.Pattern[str], starts: list[int] | None, lowered: str | None = None
    ) -> list[Sentence]:
        """``sentences_with``, trying ``trigger`` at ``starts`` (sorted offsets that include
        every one at which it matches) or, without them, searching for it. With the text's
        lower-case copy, an offset is tried only where the copy has the leading letters of
        one of the trigger's words (``_prefixes``): a third of the offsets, a cheap test."""
        found: list[Sentence] = []
        prefixes = None if lowered is None else _prefixes(trigger)
        if starts is not None and lowered is not None and prefixes is not None:
            starts = begun(lowered, starts, prefixes)
        pos = 0
        k = 0
        while True:
            if starts is None:
                m = trigger.search(self.text, pos)
            else:
                m = None
                k = bisect.bisect_left(starts, pos, k)  # (past the sentence that matched)
                while k < len(starts) and m is None:
                    # (within a reach: ``regex`` may scan all the rest of the text for a
                    # literal a trigger needs, at every try: "Deaths:" in a long text with no
                    # colon cost time growing with the square of its length)
                    at = starts[k]
                    m = trigger.match(self.text, at, at + _TRIGGER_REACH)
                    k += 1
            if m is None:
                return found
            sentence = self.sentence_at(m.start())
            if sentence is None:  # between sentences
                pos = m.end() if m.end() > pos else pos + 1
                continue
            found.append(sentence)
            pos = sentence.end

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence in which ``offset`` lies; None between sentences."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None

    def numbers_in(self, start: int, end: int) -> list[NumberMention]:
        return [n for n in _within(self.numbers, self._number_starts, start, end) if n.end <= end]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in _within(self.dates, self._date_starts, start, end) if d.end <= end]

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        return self.places.within(start, end)

    def place_near(self, sentence: Sentence, at: int, end: int | None = None) -> str | None:
        """The place a claim at ``at`` is about: a place named in the sentence from ``at`` on
        (the nearest), else a "the town" there resolved to its name, else one named before."""
        if _ACROSS_IT_ALL.match(self.text, sentence.start, at):
            return None  # ("Statewide, about 210,000 customers ..., most of them in Caloosa")
        stop = min(sentence.end if end is None else end, at + _NEAR)
        clause_end = self.text.find(";", at, stop)  # ("15,000 homes damaged; 4,000 in Tebra")
        stop = stop if clause_end < 0 else clause_end
        # ("killing at least 18 people, while more than 160 died when a ferry sank in Lake
        # Toba": the other clause's place)
        other_clause = _OTHER_EVENT_S_CLAUSE.search(self.text, at, stop)
        stop = stop if other_clause is None else other_clause.start()
        # ("at a dozen interchanges statewide, but none in Gaston County": not there)
        none_there = _BUT_NONE.search(self.text, at, stop)
        stop = stop if none_there is None else none_there.start()
        # ("killed 121 people, most of them women, as they were in Sonkh": a likeness to
        # another place, not where)
        likeness = _AS_THEY_WERE.search(self.text, at, stop)
        stop = stop if likeness is None else likeness.start()
        part = _PART_BEGINS.search(self.text, at, stop)
        if part and not _ASIDE_CLOSES.match(self.text, part.end(), stop):
            stop = part.start()  # (not an aside: "Five people, including three children, were")
        if _OF_THE_WHOLE.match(self.text, sentence.start, at):
            comma = self.text.find(",", at, stop)
            stop = stop if comma < 0 else comma
        after = self._of_the_scene(self.places_in(at, stop))
        if after:
            also = self._and_another_place(after[0].end, stop)
            # ("killing at least 14 people in Arkansas and Missouri": of both, not the first)
            return f"{after[0].key} and {also}" if also else after[0].key
        for a_start, _a_end, type_ in anaphors(self.text[at:stop]):
            resolved = self.resolve_anaphor(type_, at + a_start)
            if resolved:
                return resolved
        before = self._of_the_scene(self.places_in(max(sentence.start, at - _NEAR), at))
        if len(before) >= 2 and _in_an_aside(self.text, before[-1], at):
            before = before[:-1]  # ("homes in Akmola region, which surrounds the capital Astana,")
        if len(before) >= 2 and self._inside(before[-2], before[-1]):
            return before[-2].key  # "the town of X in Y province": X, the nearer place
        if len(before) >= 2 and _LIES_FROM.fullmatch(self.text, before[-2].end, before[-1].start):
            return before[-2].key
        if before and _EPICENTRE_FROM.search(self.text, sentence.start, before[-1].start):
            return None  # ("centred 23 km east of Nurdagi, killed 2,600 across two countries")
        if before:
            also = self._and_another_place(before[-1].end, at)
            # ("struck southern Turkey and northwest Syria, killing 2,300": of both)
            return f"{before[-1].key} and {also}" if also else before[-1].key
        return None

    def _inside(self, inner: PlaceMention, outer: PlaceMention) -> bool:
        """Whether ``outer`` is told as the province or country ``inner`` is in: "the town of X
        in Y province", "a boat on Lake Mai-Ndombe in the Democratic Republic of Congo"."""
        if _WITHIN.fullmatch(self.text, inner.end, outer.start) and _REGION.search(
            self.text, outer.start, outer.end + 12
        ):
            return True
        within = _IN_A_COUNTRY.fullmatch(self.text, inner.end, outer.start)
        return bool(within and names_a_country(outer.key))

    def _of_the_scene(self, places: list[PlaceMention]) -> list[PlaceMention]:
        """The places that may be where it happened: not the ends of a journey ("a bus carrying
        42 passengers from Lima to Ayacucho crashed near Lircay" is of Lircay), nor where the
        hurt were taken ("flown to a hospital in Nepalgunj")."""
        for p in places:
            if p.start not in self._elsewhere:
                self._elsewhere[p.start] = _elsewhere(self.text, p)
        return [p for p in places if not self._elsewhere[p.start]]

    def _and_another_place(self, at: int, stop: int) -> str | None:
        """The place named after "and" at ``at``, one the document names as a place elsewhere:
        "in Arkansas and Missouri" (not "in Homs and Syrian troops")."""
        m = _AND_ANOTHER.match(self.text, at, stop)
        if m is None:
            return None
        key = place_key(m["name"], self.options.aliases)
        return key if self.names_as_a_place(key) else None

    def names_as_a_place(self, key: str) -> bool:
        """Whether the document names ``key`` as a place somewhere (the keys made once)."""
        if self._place_keys is None:
            self._place_keys = {p.key for p in self.places.mentions}
        return key in self._place_keys

    def resolve_place_phrase(self, start: int, end: int) -> str | None:
        """The place a phrase after a verb names: "the last major town in Homs province" is
        the town meant (not Homs), "Tadmor in March" is Palmyra, "the city of Homs" is Homs;
        "areas straddling the boundary of Homs" names no place (only a part of one)."""
        phrase = self.text[start:end]
        # (the place named after its kind first: "the district town of Maru" is Maru, not a
        # district named before)
        first = next(iter(self.places_in(start, end)), None)
        if first and _HEAD_OF.fullmatch(self.text, start, first.start):
            return first.key
        lead = leading_anaphor(phrase)
        if lead:
            return self.resolve_anaphor(lead[1], start + lead[0])
        name = leading_name(phrase)
        return place_key(name, self.options.aliases) if name else None

    def one_untyped_settlement(self, start: int, end: int, *, whole: bool = False) -> str | None:
        """The one place named before with no kind that a phrase opening "the town" (city,
        village) stands for, where none is named a town ("Fighting raged around Kelmi ... Rebels
        captured the town"); with ``whole``, only where the phrase is no more than that (not
        "the town hall")."""
        lead = leading_anaphor(self.text[start:end])
        if lead is None or (whole and start + lead[0] + len(lead[1]) != end):
            return None
        return self.places.the_one_untyped(lead[1], start + lead[0])

    def resolve_anaphor(self, type_: str, at: int) -> str | None:
        """The named place that "the <type>" at ``at`` stands for."""
        paragraph = self._paragraphs[bisect.bisect_right(self._paragraphs, at) - 1]
        if type_ == "capital":  # (a country has one: "the capital" is it however far back)
            return self.places.resolve(
                type_, at, paragraph, before=len(self.text)
            ) or self._named_capital()
        return self.places.resolve(type_, at, paragraph)

    def dateline_city(self) -> str | None:
        """The town a dateline opens the story with, in capitals ("CUTTACK: Grief hung
        heavy...", "KANO, Nigeria, March 8 (Reuters) -"), where the story has one."""
        m = _DATELINE_CITY.search(self.text, 0, min(len(self.text), _DATELINE_REACH))
        return place_key(m["city"].title(), self.options.aliases) if m else None

    def _named_capital(self) -> str | None:
        """The capital the article names by its name, where it names one, else the capital of
        the one country it names most (read once): "some 180 kilometres north of the capital"
        in a story of Somalia is of Mogadishu."""
        if self._capital is None:
            named = {
                place_key(m["name"], self.options.aliases)
                for m in _NAMED_CAPITAL.finditer(self.text)
            }
            self._capital = named.pop() if len(named) == 1 else ""
            if not named and not self._capital:
                self._capital = (
                    self._capital_of_the_country() or self._the_one_capital_named() or ""
                )
        return self._capital or None

    def _the_one_capital_named(self) -> str | None:
        """The one country's capital the article names, where it names no country: "others
        were put up in hotels in Megara, ... west of the capital" in a story of fires near
        Athens."""
        cities = capital_cities()
        named = {cities[key] for p in self.places.mentions if (key := core_key(p.key)) in cities}
        return place_key(named.pop(), self.options.aliases) if len(named) == 1 else None

    def _capital_of_the_country(self) -> str | None:
        countries = Counter(
            key for key in (core_key(p.key) for p in self.places.mentions) if key in capitals()
        )
        ranked = countries.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None  # (none named, or two as often)
        return place_key(capitals()[ranked[0][0]], self.options.aliases)

    def when(
        self, sentence: Sentence, at: int | None = None, quote: tuple[int, int] | None = None
    ) -> tuple[DateRange | None, DateRange | None]:
        """(event time, reported time) named in the sentence; the date nearest ``at`` wins. A
        day of a step of the courts ("appeared in court Monday") is the event's only where the
        claim's ``quote`` holds the step ("Two men were charged Friday")."""
        event: list[DateMention] = []
        reported: list[DateMention] = []
        pivot = sentence.start if at is None else at
        lo, hi = max(sentence.start, pivot - _NEAR), min(sentence.end, pivot + _NEAR)
        since = False  # (a running total's start, told in the sentence)
        for d in self.dates_in(lo, hi):
            if not d.value.known and d.value.weekday is None:
                continue  # "in March" with no year to put it in says nothing comparable
            # ("the deadliest since 2007, when a quake near Pisco killed 519": 2007's own clause)
            when_it = d.end <= pivot and _WHEN_AFTER_IT.match(self.text, d.end, pivot)
            before_it = self.text[max(sentence.start, d.start - 80) : d.start]
            if not when_it and _frames_a_comparison(d, before_it):
                continue
            if _OTHER_ZONE.search(self.text, max(sentence.start, d.start - 8), d.start):
                continue  # "at 4:30 a.m. (2245 GMT Friday)": the day in another time zone
            if self._after_publication(d.value):
                continue  # "expected in court Thursday, as the city mourned": a later day
            if not when_it and _SINCE.search(self.text, max(sentence.start, d.start - 60), d.start):
                # (a start told before the count is the whole sentence's: "Since 2020, 11
                # officers have died"; not "lost 1,030 troops over the past day, bringing its
                # total since February 2022 to 1.3 million")
                since = since or d.end <= pivot
                continue  # "112 have died since the first cases on March 3": when it began
            if d.end <= pivot and self._in_a_closed_aside(sentence, d, pivot):
                continue  # "The army, which says it retook the town on Tuesday, put its losses
                # at 27": the day of what the army did, not of the count
            step = _COURT_STEP.search(
                self.text, max(sentence.start, d.start - 40), d.start
            ) or _STEP_NEXT.match(self.text, d.end, sentence.end)
            if step is not None and not (quote and quote[0] <= step.start("step") < quote[1]):
                continue
            if _near_a_burial(self.text, max(sentence.start, d.start - 40), d, sentence.end):
                continue  # "Mourners on Saturday buried three drivers who were killed last
                # Tuesday", "buried more victims on Sunday": the burial's day
            # (to the date's end: "where 115 people died, and the 2005 crush at ...")
            if d.start > pivot and _CLAUSE_BREAK.search(self.text, pivot, d.end):
                continue  # "killed 14 people, while in 2016 a grenade wounded five": another's
            if d.start > pivot and _BEFORE_ANOTHER_DID.search(self.text, pivot, d.start):
                continue  # "Rebels killed 20 people before troops retook the town on Friday":
                # the day of what came after
            if d.start > pivot and _COMPARED_FIGURE.search(
                self.text, max(pivot, d.start - 90), d.start
            ):
                continue  # "61 percent, down from 67 percent in 2021": the 67's year
            before = self.text[max(sentence.start, d.start - 30) : d.start]
            dateline = _WIRE_DATELINE_AFTER.match(self.text, d.end, min(sentence.end, d.end + 40))
            after = DAYS_AFTER.match(self.text, d.end, pivot) if d.end <= pivot else None
            days = days_in(after) if after else None
            if days and d.value.granularity == "day" and d.value.earliest == d.value.latest:
                # ("was in mourning Thursday, a day after an Israeli strike killed seven
                # people": the count is of the day before)
                d = replace(d, value=days_before(d.value, days))
            (reported if REPORTED_BEFORE.match(before) or dateline else event).append(d)

        def nearest(ds: list[DateMention]) -> DateRange | None:
            if not ds:
                return None
            # (a date in the count's own clause first, then one not past a break to another
            # subject's clause, then the nearest: "A ferry sank in July 2025, killing 18, while
            # more than 160 died when a ferry sank in Lake Toba in June 2018" dates the 160 by
            # June 2018)
            return min(
                ds,
                key=lambda d: (
                    self._of_another_clause(d, pivot),
                    d.end <= pivot and _CLAUSE_BREAK.search(self.text, d.end, pivot) is not None,
                    abs(d.start - pivot),
                    d.start,
                ),
            ).value

        time = nearest(event)
        # (only where the sentence dates nothing itself: a count "since" a date or "since the
        # coup" takes none the sentence before opened on: "In 2022, a deputy was shot. Since
        # 2020, 11 officers have died" is not of 2022)
        if time is None and not since and not _SINCE_THE.search(
            self.text, sentence.start, sentence.end
        ):
            time = self._frame_before(sentence)
        return time or self._status_of_the_list(sentence), nearest(reported)

    def _in_a_closed_aside(self, sentence: Sentence, d: DateMention, pivot: int) -> bool:
        """Whether a date before a claim is in a relative clause on a side or a person, closed
        before the claim: "The army, which says it retook the town on Tuesday, put its losses
        at 27" (but "The attack, which began on Tuesday, killed 27" dates the attack)."""
        opened = _ASIDE_OPENED.search(self.text, max(sentence.start, d.start - 120), d.start)
        if opened is None or "," not in self.text[d.end : pivot]:
            return False
        return opened["who"] is not None or not _EVENT_WORD.fullmatch(opened["head"])

    def _of_another_clause(self, d: DateMention, pivot: int) -> bool:
        """Whether a date is of another clause than the one at ``pivot``, before it or after
        it: "Three were killed on Monday, and 12 were wounded on Tuesday" dates the 12 by
        Tuesday, in their own clause, not by Monday, as near as it is (but "where things stand
        tonight: ... and 60 still missing after the boat capsized on Monday", by tonight)."""
        if d.end <= pivot:
            return _CLAUSES_JOINED.search(self.text, d.end, pivot) is not None
        return _SUBORDINATE.search(self.text, pivot, d.start) is not None

    def _after_publication(self, value: DateRange) -> bool:
        published = self.doc.published
        return published is not None and value.earliest is not None and value.earliest > published

    def _frame_before(self, sentence: Sentence) -> DateRange | None:
        """The date a narrative opens on in the sentence before: "On June 7, three men were
        shot. Two were killed." dates the two killed too. (News paragraphs are often one
        sentence long, so the sentence before may be a paragraph before.)"""
        before = self._previous(sentence)
        if before is None:
            return None
        dates = self.dates_in(before.start, min(before.end, before.start + 40))
        if not dates:
            return None
        d = dates[0]  # the first date, if the sentence opens on it
        if not d.value.known or not _OPENS_ON_DATE.match(self.text, before.start, d.start):
            return None
        if _OPENS_A_QUOTE.match(self.text, before.start, d.start):
            return None  # ("'In 2021 we were told the aircraft would come,' the mayor said."
            # dates what the mayor told of, not the story that goes on)
        return None if _frames_a_comparison(d, self.text[before.start : d.start]) else d.value

    def _status_of_the_list(self, sentence: Sentence) -> DateRange | None:
        """The day a bulletin's list of figures stands at, for a line of it with no date of
        its own: "KEY FIGURES (as of 9 November 2024, 16:00)" over "- Injured: 38"; "- 86 dead
        as of 18 July" over "- 23,400 people displaced" (the lines and their heading, back
        to the first line that is not the list's)."""
        if not _LIST_LINE.match(self.text, sentence.start, sentence.end):
            return None
        i = bisect.bisect_left(self._sentence_starts, sentence.start) - 1
        for before in self.sentences[max(0, i - _LIST_REACH) : i + 1][::-1]:
            for d in self.dates_in(before.start, before.end):
                if d.value.known and _AS_OF.search(
                    self.text, max(before.start, d.start - 40), d.start
                ):
                    return d.value
            if not _LIST_LINE.match(self.text, before.start, before.end):
                return None  # (the heading, read; nothing above it)
        return None

    # -- building claims -----------------------------------------------------------------------
    def claim(
        self,
        check: str,
        kind: str,
        measure: str,
        subject: str,
        start: int,
        end: int,
        value: Value,
        sentence: Sentence,
        *,
        place: str | None = None,
        time: DateRange | None = None,
        reported: DateRange | None = None,
        cumulative: bool = False,
        label: str = "",
        comparable: bool = True,
        counted: bool = True,
    ) -> Claim:
        line, column = self._lines.position(start)
        quote = squeeze(self.doc.text[start:end])
        context = self._context(sentence)
        if comparable and not isinstance(value, Name) and _asks(sentence.text):
            # ("How do you comfort a man who has lost his wife and his four children?": a
            # question asserts no figure)
            comparable = False

        def made(scope: str) -> Claim:
            return Claim(
                id=f"{self.doc.id}:{check}:{start}-{end}",
                document=self.doc.id,
                check=check,
                kind=kind,
                measure=measure,
                subject=subject,
                text=quote,
                start=start,
                end=end,
                line=line,
                column=column,
                value=value,
                place=place,
                time=time,
                reported=reported,
                cumulative=cumulative,
                context=context,
                label=label,
                comparable=comparable,
                scope=scope,
            )

        # (a count's scope is read from the claim itself: it is made again with its scope,
        # which is quicker than ``dataclasses.replace``, unless that is "whole", as most are)
        claim = made("whole")
        # (what a count counts, whole or part, for counts; a measure such as a quake's
        # magnitude is not counted, and is always whole)
        if not counted or not isinstance(value, Quantity):
            return claim
        scope = count_scope(claim)
        if scope == "part" and others_after_another_measure(claim, self._before(sentence)):
            scope = "whole"  # "The death toll rose to 25. Fifteen others were injured."
        return claim if scope == "whole" else made(scope)

    def sentence_before(self, sentence: Sentence) -> str:
        """The sentence before this one, in this paragraph or the one before (wire copy puts
        each sentence in a paragraph of its own: "The death toll has risen to 14." and then
        "Thirty-two other people were injured.")."""
        before = self._previous(sentence)
        return "" if before is None else before.text

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence before this one, in this paragraph or the one before."""
        return self._previous(sentence)

    def _before(self, sentence: Sentence) -> str:
        """The sentence before this one, if it is of the same paragraph."""
        before = self._previous(sentence)
        if before is None or "\n\n" in self.text[before.end : sentence.start]:
            return ""
        return self.text[before.start : before.end]

    def _previous(self, sentence: Sentence) -> Sentence | None:
        i = bisect.bisect_left(self._sentence_starts, sentence.start) - 1
        return None if i < 0 else self.sentences[i]

    def _context(self, sentence: Sentence) -> str:
        """The sentence as a claim quotes it (squeezed once for all its claims)."""
        key = (sentence.start, sentence.end)
        context = self._contexts.get(key)
        if context is None:
            context = self._contexts[key] = squeeze(self.doc.text[sentence.start : sentence.end])
        return context


# A figure compared with, the date after it its own: "down from 67 percent in 2021", "up from
# 12 the year before", "compared with 40 last year"
# A day told in another time zone, after the local time: "at 4:30 a.m. (2245 GMT Friday)"
OTHER_ZONE_BEFORE = r"\b(?:GMT|UTC)\s+(?:on\s+)?"  # ("1:30 a.m. (2230 GMT on Saturday)")
_OTHER_ZONE = compile_pattern(OTHER_ZONE_BEFORE + "$")
# Where a clause of another subject begins: its dates are not the count's before it
# ("put the toll at 341 on Wednesday; on Thursday it passed 380")
# A clause of another subject after a comma: "killed 55 people, and in September 2022 the
# worst clashes killed about 100", "killed 145 people, and a 2007 earthquake near Pisco killed
# 519"
_AND_ANOTHER_SUBJECT = (
    r",\s+and\s+(?:in|on|last|then)\b|,\s+and\s+(?:an?|the)\s+(?:1[89]|20)\d\d\b"
    # ("left 4 people dead, and Hurricane Ida in 2021 killed 30": a storm by its name)
    r"|,\s+and\s+(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Storm|Super\s+Typhoon)\s+\p{Lu}"
    # ("a landslide in Qiaoshan county that killed four people, and some 18,000 residents of
    # Jiangcheng were moved": another count's subject)
    r"|,\s+and\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|at\s+least|over)\s+)?"
    r"\d[\d,]*\s+\p{Ll}"
)
_CLAUSE_BREAK = compile_pattern(
    rf",\s+(?:while|whereas|but|although|though)\b|{_AND_ANOTHER_SUBJECT}"
    # ("killed 41 people; the 2014 Sarkathali landslide killed 156": not a list's semicolon,
    # "Lance Buckley; 30-year-old Amy Buckley ... were killed on Monday")
    r"|;\s+(?:(?:and|but|then)\s+)?(?:on|by|the|a|an|in)\b"
    # ("seized the town of Kalehe, where the death toll rose to 34 on Thursday": the toll's day)
    r"|,\s+where\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:toll|number|figure|count|tally)\b",
    regex.IGNORECASE,
)
# A clause of another event after a count, whose places are that event's: "killing at least 18,
# while more than 160 died when a ferry sank in Lake Toba", "killed 145, and a 2007 earthquake
# near Pisco killed 519" (not "..., though all were expected to survive, said the chairman of
# the Elem Colony near Clearlake Oaks": the same event's)
_AS_THEY_WERE = compile_pattern(
    r",\s+as\s+(?:it|they|he|she)\s+(?:was|were|is|are)\s+in\b", regex.IGNORECASE
)
_OTHER_EVENT_S_CLAUSE = compile_pattern(
    rf",\s+(?:while|whereas)\b|{_AND_ANOTHER_SUBJECT}"
    # ("Turkey lost more than 50,000 people in the quakes, which also killed some 6,000 in
    # Syria": the clause's own count's place)
    r"|,\s+(?:which|that)\s+also\b",
    regex.IGNORECASE,
)
# Where the dead were mourned or buried, which may be far from where they died: "Mourners in
# northwest Pakistan buried more victims of the bombing that killed 27"
# Where those who came to help came from: "Crews from Charlotte rescued 163 people"
_HELP_FROM = compile_pattern(
    r"\b(?i:crews|teams|firefighters|rescuers|volunteers|units|responders|troops|officers"
    r"|deputies|paramedics|linemen|engineers|workers)\s+from\s+(?:(?:neighbou?ring|nearby)\s+)?$"
)
# A place a distance is measured from, no scene: "made landfall about 85 miles south-southwest
# of New Orleans with winds of 120 mph"
_MEASURED_FROM = compile_pattern(
    r"\d\s*(?i:miles?|mi|km|kms|kilomet(?:er|re)s?)\b(?:\s*\([^()]{0,30}\))?\s+"
    r"(?:(?i:[a-z]+(?:-[a-z]+)?)\s+)?(?i:of|from)\s+(?:the\s+)?$"
)
_MOURNED_IN = compile_pattern(
    r"\b(?i:mourners|funerals?|burials?|vigils?)\s+(?:(?:were\s+)?(?:held|gathered)\s+)?in\s+"
    r"(?:(?:the|northern|southern|eastern|western|northwest|northeast|southwest|southeast)\s+)?$"
)
# A burial, later than what it follows: "buried more victims on Sunday", "Mourners on Saturday
# buried three", "were laid to rest on Friday"
_BURIED = r"buried|laid\s+to\s+rest"
_BURIAL_BEFORE = compile_pattern(
    rf"\b(?:{_BURIED}|bury|burying|buries|exhumed)\b[^,;.!?]{{0,40}}$", regex.IGNORECASE
)
# ("Families in Kisumu on Thursday began preparing to bury two people who were shot dead")
_BURIAL_NEXT = compile_pattern(
    rf"\s*,?\s*(?:{_BURIED}|(?:(?:began|started|were|are|was)\s+)?(?:preparing|prepared"
    r"|getting\s+ready|gathered|gathering)\s+to\s+bury)\b",
    regex.IGNORECASE,
)


def _near_a_burial(text: str, start: int, d: DateMention, end: int) -> bool:
    """Whether a date is a burial's (a test for the words first: most dates are near none)."""
    near = text[start : min(end, d.end + 30)].lower()
    if "bur" not in near and "laid" not in near and "exhum" not in near:
        return False
    return bool(
        _BURIAL_BEFORE.search(text, start, d.start)
        or _BURIAL_NEXT.match(text, d.end, min(end, d.end + 30))
    )
# A clause that says where it was not: ", but none in Gaston County", "though not in Kessa"
_BUT_NONE = compile_pattern(
    r"[,;]?\s+(?:but|though|although|and|yet)\s+(?:none|not|no\s+[\p{L}-]+|never)\b",
    regex.IGNORECASE,
)
# The ends of a journey: "from Lima to Ayacucho", "bound for Lampedusa", "travelling from Kano"
_PLACE_OF = r"(?i:(?:the\s+)?(?:(?:city|town|port|village|capital)\s+of\s+)?)"
_ROUTE_START = compile_pattern(rf"\b(?i:from)\s+{_PLACE_OF}$")
_ROUTE_GOES_ON = compile_pattern(r"(?:,[^,.;]{1,30},)?\s+to\s+(?:the\s+)?\p{Lu}")
_ROUTE_END = compile_pattern(
    rf"\b(?i:from)\s+\p{{Lu}}[^,.;()]{{0,40}}?\s+to\s+{_PLACE_OF}$"
    r"|\b(?i:(?:bound|headed|heading|destined|en\s+route|on\s+(?:its|their|his|her)\s+way"
    r"|travell?ing|sailing|flying|flight|journey|trip|departed|departing|leaving)"
    rf"\s+(?:for|to|from|towards?))\s+{_PLACE_OF}$"
    rf"|\b(?i:departed|left|leaving|departing)\s+{_PLACE_OF}$"
    # where the displaced went: "5,000 people had been displaced to Fada N'Gourma"
    # (but refugees who "crossed into Chad" are counted there)
    rf"|\b(?i:displaced|fled|flee|fleeing|evacuated|relocated|bused|moved)"
    rf"\s+(?:to|into)\s+{_PLACE_OF}$"
    # where it went, and the way it went: "the fire raced west toward Pine Ridge", "after a
    # day-long drive through Zabadani", "via Aleppo", "on the road to Homs"
    rf"|\b(?i:towards?|via|(?:road|highway|motorway|route)\s+to)\s+{_PLACE_OF}$"
    rf"|\b(?i:drive|journey|trip|passage|route|detour|march|trek)\s+(?i:through|across)\s+"
    rf"{_PLACE_OF}$"
)


# An aside that opens before a place and closes after it: ", which surrounds the capital X,"
_ASIDE_OPENS = compile_pattern(r",\s+(?:which|that|who|where|whose)\b[^,;.]{0,80}$")


def _in_an_aside(text: str, place: PlaceMention, at: int) -> bool:
    return bool(
        _ASIDE_OPENS.search(text, max(0, place.start - 90), place.start)
        and "," in text[place.end : at]
    )


# Where the hurt were taken, which is no place of what hurt them: "taken to hospitals in Hadejia",
# "flown to Nepalgunj", "airlifted to a clinic in Gulu"
_TAKEN_FOR_CARE = compile_pattern(
    r"\b(?i:(?:taken|flown|rushed|airlifted|transferred|transported|referred|ferried|evacuated"
    r"|brought)\s+(?:by\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?to|(?:hospitals?|clinics?|infirmary"
    # ("died at the Military Medical Academy in Sofia", "the SN Medical College in Agra", "a
    # tally from hospital records in Mathura", "the burns unit in Leeds")
    r"|(?:medical|trauma)\s+(?:centres?|centers?|college|academy|institute)|hospital\s+records"
    r"|burns?\s+(?:unit|centre|center|ward)|health\s+(?:centres?|centers?))\s+(?:in|at))\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:hospitals?|clinics?|[\p{L}-]+\s+hospital)\s+(?:in|at)\s+)?$"
)
# What names a place before it where it did not happen: the ends of a journey, where the hurt
# were taken, where the dead were mourned, where helpers came from, what a distance is measured
# from
# Where a person lives, told after their name and age: "Marcus Whitfield, 28, of Madison", "a
# 27-year-old man from Antioch"; no place of what befell them (but "half of the residents of
# Kessa have fled" are Kessa's)
_HOME_OF = compile_pattern(
    r"(?:\b\d{1,3}\s*,\s+|-year-old\s+(?:man|woman|boy|girl|teen|teenager|male|female)\s+)"
    r"(?i:of|from)\s+$"
)
_ELSEWHERE_BEFORE = (
    _ROUTE_END, _TAKEN_FOR_CARE, _MOURNED_IN, _HELP_FROM, _MEASURED_FROM, _HOME_OF
)


# An office a place names, which is where someone works, not the scene: "anyone who saw
# Thursday's crash should call the Waco district office"
_AN_OFFICE_AFTER = compile_pattern(
    r"\s+(?:(?:district|regional|field|area|county)\s+)?(?:office|offices|headquarters|bureau"
    r"|branch)\b",
    regex.IGNORECASE,
)


def _elsewhere(text: str, place: PlaceMention) -> bool:
    before = max(0, place.start - 60)
    if any(words.search(text, before, place.start) for words in _ELSEWHERE_BEFORE):
        return True
    if _AN_OFFICE_AFTER.match(text, place.end, place.end + 40):
        return True
    return bool(
        _ROUTE_START.search(text, before, place.start)
        and _ROUTE_GOES_ON.match(text, place.end, place.end + 40)
    )


# A dateline's town in capitals at a line's start, then a colon, a comma or a dash
_DATELINE_CITY = compile_pattern(
    r"(?:^|\n)[ \t]*(?!(?:NOTE|UPDATE|UPDATED|EDITOR|EDITORS|WARNING|BREAKING|WATCH|PHOTO"
    r"|VIDEO|ADVERTISEMENT|RELATED|READ|MORE|CORRESPONDENT|ANCHOR|REPORTER|PRESENTER|HOST"
    r"|CORRECTION|CLARIFICATION|LIVE|ALERT|TRANSCRIPT|SOURCE|CAPTION)\b)"
    r"(?P<city>\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})(?=[ \t]*(?::|,|\s[—–-]))"
)
_DATELINE_REACH = 600  # characters from the top: a headline and a byline may come first

# A wire dateline's date, the day of the report: "KANO, March 8 (Reuters) -"
# ("LIMA, March 10 (Reuters) -"; an agency's with no dash: "BHUBANESWAR, Mar 7 (PTI) At least")
_WIRE_DATELINE_AFTER = compile_pattern(
    r"\s*\([\p{L}][\p{L} .&-]{1,30}\)\s*[-–—]"
    r"|\s*\((?:PTI|IANS|ANI|UNI|AP|AFP|Reuters|Xinhua|Bernama|Anadolu|dpa|EFE|APP|NNA)\)\s+(?=\p{Lu})"
)
# The start of a period a count runs over: "has killed 87 people since it began in March"
_SINCE = compile_pattern(r"\bsince\b[^,;:.!?()]{0,50}$", regex.IGNORECASE)
# ... told by what began it: "since the coup", "since the war began" (not "has since died")
_SINCE_THE = compile_pattern(
    r"(?<!\b(?:has|have|had|having|long|ever)\s+)\b[Ss]ince\s+(?:the|its|it|they|then)\b"
)
# ... or of the inquiry, right after it: "Pueblo police on Monday identified the three people
# found dead", "Police on Tuesday charged a man with killing two"
_STEP_NEXT = compile_pattern(
    # ("Police on Monday arrested two men in the shooting that killed three people": the
    # arrest's day, not the shooting's)
    # ("Authorities on Thursday named two officers as suspects over a crush that killed 12")
    r"\s+(?P<step>(?:identified|named)(?=\s+(?:the|a|an|both|all|two|three|four|five|six|\d+)\b)"
    r"|charged|arraigned|indicted"
    r"|arrested|detained|apprehended"
    # ("The UN on Thursday condemned the killing of 42 villagers": the reaction's day)
    r"|condemned|denounced|deplored|decried"
    r"|released\s+the\s+names?"
    # ("Police on Wednesday released body camera video of officers shooting a man": the day
    # of the release)
    r"|released\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:video|footage|recordings?))\b",
    regex.IGNORECASE,
)
# A step of the courts right before the date: "A man accused of stabbing three people
# appeared in court Monday", "was charged Friday with killing two": the day of the step, not
# the event (but "charged in the Nov. 9 shooting" dates the shooting)
_COURT_STEP = compile_pattern(
    # ("The man suspected of killing four people was arrested Wednesday": the arrest's day)
    r"\b(?P<step>appeared|appears|arraigned|pleaded|pleads|sentenced|indicted|charged|remanded"
    r"|(?<=\b(?:was|were|been)\s+)arrested|taken\s+into\s+custody"
    r"|ordered\s+held|(?:court|bond)\s+appearance|hearing"
    # ("Autopsies performed Monday showed both died of gunshot wounds": the autopsies' day)
    r"|(?:autops(?:y|ies)|post-mortems?|postmortems?)(?:\s+(?:was|were))?(?:\s+(?:performed"
    r"|conducted|carried\s+out|done|completed))?)"
    r"(?:\s+(?:in\s+(?:[\p{L}-]+\s+){0,3}?court|before\s+a\s+judge|not\s+guilty|guilty))?"
    r"\s+(?:(?:on|late|early)\s+)?$",
    regex.IGNORECASE,
)
# ("61.2 percent, down from 68 percent in the first round held on May 31": of the 68; not
# "rose from 12 to 19 on Tuesday", the 19's)
_COMPARED_FIGURE = compile_pattern(
    # (not a bound: "fired more than 1,200 drones at Ukraine over the past week")
    r"\b(?:from|(?<!\b(?:more|less|fewer|no)\s+)than|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:an?\s+|about\s+|some\s+|nearly\s+|just\s+)?"
    r"(?:\d[\d.,]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen))"
    r"(?:\s*(?:%|percent|per\s+cent)|\s+\p{L}+)?"
    r"(?:\s+(?:in|during|at|for|of)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)?\s+"
    r"(?:(?:held|recorded|seen|set)\s+)?(?:(?:in|on|during|at|by)\s+)?$"
)


def _frames_a_comparison(d: DateMention, before: str) -> bool:
    """A month or more after a superlative or an ordinal: "the deadliest shooting this year"."""
    v = d.value
    if v.earliest is None or v.latest is None or v.latest - v.earliest < _SHORTEST_FRAME:
        return False
    return _COMPARISON_FRAME.search(before) is not None


# The source of a trigger that begins with words: a word boundary, then a word list or a plain
# word or a group of them ("\b(?:(?i:\L<titles>)|said|says)\b", "\b\L<subjects>\b"); a
# pattern may be several such branches.
_BRANCH_HEAD = compile_pattern(
    r"\\b(?:\(\?(?:P<\w+>|i?:)(?P<group>[^()]*(?:\(\?i:[^()]*\)[^()]*)*)\)"
    r"|(?P<list>\\L<\w+>))"
)
_LIST_ITEM = compile_pattern(r"\\L<(?P<name>\w+)>|\(\?i:\\L<(?P<iname>\w+)>\)|(?P<word>[a-z]+)")


@functools.lru_cache(maxsize=64)
def first_words(trigger: regex.Pattern[str]) -> tuple[str, ...] | None:
    """The beginnings (first three letters, lower-case) of the words with which a match of
    ``trigger`` may begin, when its source has the form of the rules' triggers (above) and
    every such word begins with three ASCII letters, dots, spaces or hyphens (or is shorter);
    else None."""
    words: set[str] = set()
    for word in _trigger_words(trigger) or ():
        begins = word[:3].lower()
        if not begins or not begins[0].isascii() or not begins[0].isalpha():
            return None
        if not all(c.isascii() and (c.isalpha() or c in ". -") for c in begins):
            return None
        words.add(begins)
    return tuple(sorted(words)) if words else None


def _trigger_words(trigger: regex.Pattern[str]) -> list[str] | None:
    """The words with which a match of ``trigger`` begins, when its source has the form of the
    rules' triggers (above); else None."""
    if trigger.flags & regex.VERBOSE:
        return None
    lists = trigger.named_lists
    words: list[str] = []
    for branch in _branches(trigger.pattern):
        head = _BRANCH_HEAD.match(branch)
        if head is None:
            return None
        for item in (head["list"] or head["group"]).split("|"):
            m = _LIST_ITEM.fullmatch(item)
            if m is None:
                return None
            name = m["name"] or m["iname"]
            if name and name not in lists:
                return None
            words.extend(lists[name] if name else [m["word"]])
    return words


@functools.lru_cache(maxsize=64)
def _prefixes(trigger: regex.Pattern[str]) -> Prefixes | None:
    """The leading ASCII characters (lower-case) of each word with which a match of
    ``trigger`` begins (``first_words``), for ``may_begin``: a word of the text that begins as
    one of the trigger's words does (by the index of words) may still be another word ("shop"
    for "shot", "in the city" for "in critical condition"). A match at an offset of a text
    without odd case folds (``homscheck.text.FOLDS_ODDLY``) has the ASCII characters of one of
    its words there in the text's lower-case copy: under any case flags an ASCII letter of a
    pattern matches only itself in either case or an odd fold, and any other ASCII character
    (a listed phrase's spaces, hyphens and dots) only itself."""
    if first_words(trigger) is None:
        return None
    return prefixes({_leading_ascii(word) for word in _trigger_words(trigger) or ()})


# The source of a trigger whose every branch begins with plain letters, digits or spaces, or
# with a group of such words, which may stand inside a word: "died", "scene", "(?:est|most
# populous)\s+..." (a superlative's ending). They are found with ``str.find``, far quicker
# than a search by the pattern.
_LITERAL = compile_pattern(r"(?:[A-Za-z0-9]|\\ )+")
_GROUP_OF_LITERALS = compile_pattern(r"\(\?:(?P<words>(?:[A-Za-z0-9|]|\\ )+)\)")


@functools.lru_cache(maxsize=64)
def first_literals(trigger: regex.Pattern[str]) -> tuple[str, ...] | None:
    """The plain letters, digits and spaces with which every match of ``trigger`` begins, when
    its source has the form above (a head that a quantifier follows is refused); else None."""
    if trigger.flags & (regex.VERBOSE | regex.REVERSE):
        return None
    found: list[str] = []
    for branch in _branches(trigger.pattern):
        group = _GROUP_OF_LITERALS.match(branch)
        head = group or _LITERAL.match(branch)
        if head is None or branch[head.end() : head.end() + 1] in ("?", "*", "+", "{"):
            return None
        words = group["words"].split("|") if group is not None else [head.group()]
        if not all(words):
            return None
        found += [word.replace("\\ ", " ") for word in words]
    return tuple(found)


def _offsets_of(text: str, literals: tuple[str, ...]) -> list[int]:
    """Sorted offsets of ``literals`` in ``text``."""
    found: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.append(at)
            at = text.find(literal, at + 1)
    return sorted(set(found))


def _leading_ascii(word: str) -> str:
    """The ASCII characters ``word`` begins with, lower-case (none beyond ASCII is lowered):
    all of a listed phrase such as "in critical condition", which a word list ("\\L<verbs>")
    holds as it is written."""
    n = 0
    while n < len(word) and word[n].isascii():
        n += 1
    return word[:n].lower()


def _branches(source: str) -> list[str]:
    """``source`` split at its top-level "|" (none inside parentheses or brackets)."""
    branches: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    branches.append(source[start:])
    return branches


def _epoch(doc: Document, dates: Sequence[DateMention]) -> DateRange | None:
    """When the article was written, as well as it can be told: its publication date, else the
    latest fully dated day it mentions (a report cannot predate what it reports), else unknown.
    Claims that name no time are taken to be about this time."""
    if doc.published is not None:
        return DateRange(doc.published, doc.published, "day")
    days = [
        d.value.latest
        for d in dates
        if d.value.known and d.value.granularity == "day" and not d.relative and d.value.latest
    ]
    if not days:
        return None
    latest: date = max(days)
    return DateRange(latest, latest + timedelta(days=30), "day")
