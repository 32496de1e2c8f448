"""Alignment and comparison: which claims speak of the same thing, and do they agree?

Claims are grouped by what they measure (kind, measure, subject, running total or not), so the
comparator never looks at every pair of claims. Inside a group two claims from different
articles are compared only when they are about the same place and the same occasion:

- places must be equal, after aliases; a claim that names no place is taken to be about the
  one place the others name, and is not compared when they name several;
- times must be the same day (counts) or within ``EVENT_WINDOW_DAYS`` (dates of one event); a
  claim that names no time is about when its article was written, and articles written more
  than ``OCCASION_DAYS`` apart are about different occasions; a count the article puts on an
  earlier occasion ("Last year, two people were killed there") is compared only with others
  of an earlier occasion, and a tally of several incidents ("the weekend's shootings across
  the city") only with tallies; a place named only in the articles' background, long before
  them, is not one of the story's places;
- running totals ("the war has killed more than 400,000") are compared across any time: a later
  total above an earlier one is an update, not a conflict, but two years' totals are not
  compared;
- a count of some of the people (children, men, women) is compared with a count of all of them:
  more of some than of all cannot be true;
- a figure told in another unit ("100 miles", "130 mph") is compared within a conversion's
  rounding.

Counts are judged for what they count (``Claim.scope``, read by ``homscheck.scope``): a part
of the whole ("one person was critically wounded", "three others", "including two bystanders",
one step of a told sequence) says only "at least that many"; a count of something else (the
hospitalized, "fatally wounded", a toll that takes in the gunman), a tally of several
incidents against another, a plain zero, a vague amount ("several") or a count of shots can be
worth a look (tension) but never a conflict.
A count over a long period ("so far this year") is not compared with one event's.

Verdicts: ``conflict`` (cannot both be true), ``tension`` (they meet only at the edge of an
approximation, differ by a day, one gives the day reported where the other gives the day it
happened, or a later report counts more of what an operation goes on doing: the evacuated,
troops sent, arrests), ``variant`` (one name spelled two ways), ``agree``.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations
from types import MappingProxyType

from homscheck.model import (
    WEEKDAYS,
    Claim,
    DateRange,
    Duration,
    Event,
    Finding,
    Name,
    Quantity,
    Status,
    Verdict,
)
from homscheck.names import (
    RANKS,
    core_key,
    country_keys,
    demonyms,
    full_given_name,
    given_names,
    name_family,
    one_name_spelled_two_ways,
    surname,
)

EVENT_WINDOW_DAYS = 14  # two dates further apart than this are two events, not one
OCCASION_DAYS = 30  # articles written further apart report on different occasions
NAME_SIMILARITY = 80.0  # surnames at least this alike (0-100) may be one name

# Offices one person holds at a time: two names for one of them is worth a look.
SINGLE_HOLDER_OFFICES = frozenset(
    {"president", "prime minister", "governor", "mayor", "police chief", "sheriff", "king",
     "emir", "chancellor", "secretary-general", "foreign minister", "defence minister",
     "interior minister", "coroner", "prosecutor", "lieutenant governor", "chief minister",
     "chief executive", "attorney general"}
)  # fmt: skip


# The kinds of count whose civilians are all the people counted: those who leave their homes
# or shelter are residents (not so of the dead, where "civilians" leaves out the fighters).
_CIVILIANS_ARE_PEOPLE = frozenset({"displacement"})
# ... and the missing ("Four residents remain missing", "Six people are still unaccounted for")
_CIVILIANS_MISSING_ARE_PEOPLE = frozenset({"missing"})

# The kinds of claim whose subject is a person, keyed by their name: one spelled two ways is
# one person ("Abdul Mazid, 52" against "Abdul Majid (48)" is an age conflict).
_SUBJECT_IS_A_PERSON = frozenset({"person"})


@dataclass(frozen=True)
class Settings:
    event_window_days: int = EVENT_WINDOW_DAYS
    occasion_days: int = OCCASION_DAYS
    name_similarity: float = NAME_SIMILARITY


def compare_claims(
    claims: Sequence[Claim],
    epochs: Mapping[str, DateRange | None],
    settings: Settings | None = None,
) -> tuple[Finding, ...]:
    """Every finding on these claims, most severe first, in a stable order."""
    cfg = settings or Settings()
    claims = _scenes_by_their_names(_places_spelled_one_way(claims))
    findings: list[Finding] = [_weekday_finding(c) for c in claims if _wrong_weekday(c)]
    names = sorted((c for c in claims if isinstance(c.value, Name)), key=lambda c: c.id)
    people = _people(names, cfg)
    for person in people:
        findings += _name_finding(person, cfg)
        findings += _title_findings(person, epochs, cfg)
    findings += _office_findings(names, epochs, cfg)
    groups: dict[tuple[str, str, str, bool, str | None], list[Claim]] = defaultdict(list)
    subject_of = _named_subjects(claims, cfg)
    unqualified = _of_one_nation(claims)
    person_of = _person_keys(people)
    articles = _Articles(_dead_attackers(claims), _said_to_rise(claims), _whole_tolls(claims))
    for c in claims:
        if c.comparable and not isinstance(c.value, Name) and c.kind != "weekday":
            # sums in two currencies are never compared: "€1.78 billion" and "$2.4 billion"
            # may be one sum, and no rate is known to tell
            unit = c.value.unit if isinstance(c.value, Quantity) else None
            subject = c.subject
            if c.subject_is_name:
                subject = subject_of.get(subject, subject)
            elif c.kind in _SUBJECT_IS_A_PERSON:
                subject = person_of.get(subject, subject)
            else:
                subject = unqualified.get(subject, subject)
            civilians_are_people = (
                c.kind in _CIVILIANS_ARE_PEOPLE or c.measure in _CIVILIANS_MISSING_ARE_PEOPLE
            )
            if civilians_are_people and subject == "civilians":
                subject = "people"  # "4,000 residents were evacuated", "5,000 people were"
            subject = _TOLD_OF_ONE_TIME.get((c.kind, subject), subject)
            measure = c.measure
            if c.kind == "event-date":
                measure = _ONE_EVENT_TWO_WORDS.get(measure, measure)
            groups[(c.kind, measure, subject, c.cumulative, unit)].append(c)
    told = _sentences_by_place(claims)
    for group in groups.values():
        if len({c.document for c in group}) < 2:
            continue
        for component in _aligned(group, epochs, cfg, told):
            finding = _judge(component, epochs, cfg, articles)
            if finding:
                findings.append(finding)
    findings += _parts_over_the_whole(groups, epochs, cfg, told, articles)
    return tuple(sorted(findings, key=_finding_order))


def _places_spelled_one_way(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims with each place written two ways by the articles, as Ukrainian and as
    Russian transliterate it ("Stepanivka", "Stepanovka"; "Kharkiv", "Kharkov"), written the
    one way first in sorted order. Only names that are one when transliterated: "Pokrovsk"
    and "Pokrovske" are two places, as alike as they are."""
    named = {c.place for c in claims if c.place} | {
        c.subject for c in claims if c.kind in _PLACE_SUBJECTS and c.subject
    }
    by_form: dict[str, list[str]] = defaultdict(list)
    for place in sorted(named):
        by_form[_transliterated(core_key(place))].append(place)
    one_way = {
        place: spellings[0]
        for spellings in by_form.values()
        if len({core_key(p) for p in spellings}) > 1
        for place in spellings[1:]
    }
    if not one_way:
        return claims
    return [
        replace(
            c,
            place=one_way.get(c.place, c.place) if c.place else c.place,
            subject=one_way.get(c.subject, c.subject)
            if c.kind in _PLACE_SUBJECTS
            else c.subject,
        )
        if c.place in one_way or c.subject in one_way
        else c
        for c in claims
    ]


# Kinds whose subject is a place: "distance from Stepanivka to Kostiantynivka"
_PLACE_SUBJECTS = frozenset({"distance"})


# Subjects of a distance that are the spot an event befell, by no name ("the scene", "the
# school, which lies some 65km from Katsina", "The plant is 60 km from Hyderabad"), not a mark
# a distance is told from (a border, a coast, a capital)
_SCENES = frozenset({
    "the scene", "plant", "reactor", "factory", "school", "hospital", "market", "mosque",
    "church", "camp", "base", "post", "outpost", "garrison", "checkpoint", "mine", "refinery",
    "prison", "stadium", "barracks", "depot", "station", "airfield", "airbase",
})  # fmt: skip


# The kinds of claim that tell an event at a place, or the place it befell (not where a boat
# set out from, "carrying 80 migrants from Sfax", nor an official's town)
_WHAT_BEFELL_A_PLACE = frozenset({
    "casualties", "displacement", "abductions", "event-date", "population", "control",
})  # fmt: skip


def _scenes_by_their_names(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The distances of a scene told by no name, given the name of the one place that other
    articles measure from the same place and that the scene's own article tells its event at:
    "the school, which lies some 65km from Katsina" in an article of the raid on Kurmin
    Bakoji, where another says "Kurmin Bakoji, 40 km from Katsina"."""
    distances = [c for c in claims if c.kind in _PLACE_SUBJECTS and c.subject and c.place]
    if not any(c.subject in _SCENES for c in distances):
        return claims
    named: dict[str, set[str]] = defaultdict(set)  # the named subjects, by where from
    for c in distances:
        if c.subject not in _SCENES:
            named[c.place or ""].add(c.subject)
    told_at: dict[str, set[str]] = defaultdict(set)  # where each article tells what befell
    for c in claims:
        if c.place and c.kind in _WHAT_BEFELL_A_PLACE:
            told_at[c.document].add(c.place)
    renamed: dict[str, str] = {}
    for c in distances:
        if c.subject in _SCENES:
            names = named.get(c.place or "", set()) & told_at[c.document]
            if len(names) == 1:
                renamed[c.id] = next(iter(names))
    if not renamed:
        return claims
    return [
        replace(c, subject=name, label=c.label.replace(c.subject, name, 1))
        if (name := renamed.get(c.id))
        else c
        for c in claims
    ]


# Subjects of one time as reports tell them: a place's population with no time told is its
# population before the war as often as now ("Taungmyo, which had a population of about 18,000
# before the fighting", "The town had about 27,000 residents"), so a pre-war figure is compared
# with it (but not with a "current" one)
_TOLD_OF_ONE_TIME = MappingProxyType({("population", "pre-war"): ""})


# Words for one event that reports choose between: "A missile strike hit Kharkiv early on
# Saturday" and "Friday's attack on Kharkiv" date one event (an attack and the strikes in
# reply, told by one report on two days, are kept apart by their days)
_ONE_EVENT_TWO_WORDS = {"strike": "attack"}


# People of one sort, each a part of all the people a count counts: "three children were
# killed" cannot be told of a shooting where "two people were killed", nor where "no one was"
_PARTS_OF_THE_PEOPLE = ("children", "men", "women")
_KINDS_WITH_PARTS = frozenset({"casualties"})


def _parts_over_the_whole(
    groups: Mapping[tuple[str, str, str, bool, str | None], list[Claim]],
    epochs: Mapping[str, DateRange | None],
    cfg: Settings,
    told: Mapping[str, list[str]],
    articles: _Articles,
) -> list[Finding]:
    """Findings on a count of all the people that is less than a count of some of them in
    another article (the group of each is compared on its own: these are across groups)."""
    findings = []
    for (kind, measure, subject, cumulative, unit), group in groups.items():
        if subject != "people" or kind not in _KINDS_WITH_PARTS:
            continue
        wholes = [c for c in group if c.scope in ("whole", "zero")]
        for sort in _PARTS_OF_THE_PEOPLE:
            parts = [
                c
                for c in groups.get((kind, measure, sort, cumulative, unit), ())
                if c.scope in ("whole", "part")
            ]
            if not wholes or not parts or len({c.document for c in wholes + parts}) < 2:
                continue
            both = sorted(wholes + parts, key=lambda c: c.id)
            for component in _aligned(both, epochs, cfg, told):
                finding = _part_over_the_whole(component, epochs, articles)
                if finding:
                    findings.append(finding)
        findings += _one_toll_two_words(groups, (kind, measure, cumulative, unit), wholes,
                                        epochs, cfg, told, articles)  # fmt: skip
    return findings


# Those counted apart from the rest of a toll, where a war's tolls are told: "killed 14
# fighters" is no toll of "43 people" told another way, nor is the gunman "turning the gun on
# himself"; "at least 40 civilians" and "at least 90 people" are a war's two counts, as are its
# soldiers'
_NOT_THE_VICTIMS = frozenset({"attackers", "fighters", "suspects", "rebels", "militants",
                              "civilians", "soldiers"})  # fmt: skip


_OF_THE_DEAD = re.compile(r"\bof\s+(?:the|those)\s+(?:dead|killed|injured|wounded|victims|hurt)\b")


def _one_toll_two_words(
    groups: Mapping[tuple[str, str, str, bool, str | None], list[Claim]],
    key: tuple[str, str, bool, str | None],
    wholes: list[Claim],
    epochs: Mapping[str, DateRange | None],
    cfg: Settings,
    told: Mapping[str, list[str]],
    articles: _Articles,
) -> list[Finding]:
    """A toll some articles count as people and the others by the one sort they all were
    ("killing at least 11 miners" against "the number of dead rose to 14"): where no article
    gives both, the two are likely one toll told in two words, worth a look where they differ
    (a tension at most: the people may be more than the miners)."""
    sorts = {
        subject: group
        for (k, m, subject, cu, u), group in groups.items()
        if (k, m, cu, u) == key and subject != "people"
        and subject not in _PARTS_OF_THE_PEOPLE and subject not in _NOT_THE_VICTIMS
        and not subject.startswith("other ") and any(c.scope == "whole" for c in group)
    }  # fmt: skip
    if len(sorts) != 1 or not wholes:
        return []
    ((subject, of_the_sort),) = sorts.items()
    if {c.document for c in of_the_sort} & {c.document for c in wholes}:
        return []  # ("40 people were killed, 27 of them civilians": two counts)
    # (not "Six of the dead were officers": the sort of some of the dead, whole for its sort)
    named = [c for c in of_the_sort if c.scope == "whole" and not _OF_THE_DEAD.search(c.text)]
    findings = []
    both = sorted(wholes + named, key=lambda c: c.id)
    for component in _aligned(both, epochs, cfg, told):
        differing: _Pair | None = None  # (the first pair that differs: all are tensions)
        for whole in _extremes([c for c in component if c.subject == "people"], _low_order):
            for other in _extremes([c for c in component if c.subject == subject], _high_order):
                assert isinstance(whole.value, Quantity) and isinstance(other.value, Quantity)
                judged = _judge_quantities(whole, other, whole.value, other.value, epochs,
                                           articles)  # fmt: skip
                if judged.verdict != Verdict.AGREE and differing is None:
                    why = judged.why if judged.verdict == Verdict.TENSION else (
                        f"one counts the {subject}, the other all the people (one toll told "
                        "two ways, or a part of it)"
                    )
                    differing = _Pair(Verdict.TENSION, judged.a, judged.b, why)
        if differing is not None:
            claims = tuple(sorted((differing.a, differing.b), key=lambda c: (c.document, c.start)))
            findings.append(_finding(differing.verdict, claims, _message(differing)))
    return findings


def _part_over_the_whole(
    component: list[Claim], epochs: Mapping[str, DateRange | None], articles: _Articles
) -> Finding | None:
    """The worst pair of a count of all and a count of some from another article, if they
    disagree. Only the extreme figures can disagree most (the lowest counts of all, the highest
    of some), so only those of two articles each are judged: a large archive's component costs
    no more than a small one's."""
    worst: _Pair | None = None
    wholes = _extremes([c for c in component if c.subject == "people"], _high_order)
    parts = _extremes([c for c in component if c.subject != "people"], _low_order)
    for whole in wholes:
        for part in parts:
            if part.document == whole.document:
                continue
            some = replace(part, scope="part")
            assert isinstance(whole.value, Quantity) and isinstance(some.value, Quantity)
            judged = _judge_quantities(whole, some, whole.value, some.value, epochs, articles)
            if judged.verdict == Verdict.AGREE:
                continue
            if worst is None or judged.verdict.severity > worst.verdict.severity:
                why = judged.why
                if judged.verdict == Verdict.CONFLICT:
                    why = f"the {part.subject} alone are more than all the people counted"
                worst = _Pair(judged.verdict, whole, part, why)
    if worst is None:
        return None
    claims = tuple(sorted((worst.a, worst.b), key=lambda c: (c.document, c.start)))
    return _finding(worst.verdict, claims, _message(worst))


def _extremes(
    claims: list[Claim], order: Callable[[Quantity], tuple[float, bool]]
) -> list[Claim]:
    """The first claim in ``order`` of its figure from each of the first two articles."""
    chosen: dict[str, Claim] = {}
    for c in sorted(claims, key=lambda c: (order(_figure(c)), c.id)):
        if c.document not in chosen:
            chosen[c.document] = c
            if len(chosen) == 2:
                break
    return list(chosen.values())


def _of_one_nation(claims: Sequence[Claim]) -> dict[str, str]:
    """Each subject of a nation ("burkinabe soldiers") mapped to the same without it
    ("soldiers"), where the articles tell of that subject unqualified too and qualify it by
    that nation alone: "27 Burkinabe soldiers were killed" and "31 soldiers died" count one
    army's dead; but where "Israeli soldiers" and "Egyptian soldiers" are both told of, a count
    of "soldiers" may be either's, and each stays apart."""
    subjects = {c.subject for c in claims if c.subject and not c.subject_is_name}
    qualified = [s for s in subjects if " " in s]
    if not qualified:
        return {}
    nations = demonyms()
    by_rest: dict[str, list[str]] = defaultdict(list)
    for subject in sorted(qualified):
        first, rest = subject.split(" ", 1)
        if first in nations and rest in subjects:
            by_rest[rest].append(subject)
    return {
        of_nations[0]: rest for rest, of_nations in by_rest.items() if len(of_nations) == 1
    }


def _named_subjects(claims: Sequence[Claim], cfg: Settings) -> dict[str, str]:
    """Each subject that is a name (a candidate's, as its rule declares) alike to an earlier
    one (in sorted order) mapped to that one: "Horvat" and "Horvath" are one candidate spelled
    two ways, and their figures are compared."""
    names = sorted({c.subject for c in claims if c.subject_is_name and c.subject})
    if len(names) < 2:
        return {}
    keys = _two_ways([core_key(name) for name in names])
    canonical: dict[str, str] = {}
    for x, earlier in enumerate(names):
        for y in _alike_after(keys, x, cfg):
            name = names[y]
            # (the first earlier name alike to it, of four letters or more both)
            if name not in canonical and min(len(name), len(earlier)) >= 4:
                canonical[name] = canonical.get(earlier, earlier)
    # a party by its initials: "DPP" is the Democratic Progressive Party
    by_initials = {_initials(name): name for name in names if len(name.split()) >= 2}
    for name in names:
        full = by_initials.get(name) if _ACRONYM.fullmatch(name) else None
        if full and name not in canonical:
            canonical[name] = canonical.get(full, full)
    return canonical


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_INITIALLED = frozenset({"of", "the", "and", "for", "&"})


def _initials(name: str) -> str:
    """ "Democratic Progressive Party" -> "DPP"; "Party of the Regions" -> "PR"."""
    return "".join(w[0].upper() for w in name.split() if w.lower() not in _NOT_INITIALLED)


def _finding_order(f: Finding) -> tuple[int, str, str, str]:
    return (-f.verdict.severity, f.kind, f.topic, f.claims[0].id)


# A toll as an article tells it: the figure, and the place and time it is told of
_Toll = tuple[float, str | None, DateRange | None]


@dataclass(frozen=True)
class _Articles:
    """What the articles say beside the figures judged, read once from all their claims: how
    many attackers each says died (``_dead_attackers``), and the counts each says rose to a
    figure, as (article, measure, figure) (``_said_to_rise``)."""

    dead_attackers: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    risen_to: frozenset[tuple[str, str, float]] = frozenset()
    # the whole counts of the dead and of the hurt each article tells, by (article, measure)
    # (``_whole_tolls``)
    tolls: Mapping[tuple[str, str], frozenset[_Toll]] = field(
        default_factory=lambda: MappingProxyType({})
    )


# (no article says an attacker died, or a count rose)
_SAY_NOTHING = _Articles()


# -- alignment -------------------------------------------------------------------------------


def _sentences_by_place(claims: Sequence[Claim]) -> dict[str, list[str]]:
    """The sentences of the claims about each place (by its key), of every kind: where the
    articles say what a place is in ("the Shah Alam market in Qadirabad")."""
    told: dict[str, dict[str, None]] = defaultdict(dict)
    for c in claims:
        if c.place and _may_nest(c.context, c.place):
            sentences = told[core_key(c.place)]
            if len(sentences) < _TOLD_SENTENCES:
                sentences[c.context] = None
    return {key: list(sentences) for key, sentences in told.items()}


# What stands between a place and the place it is in: "Ikoyi, Lagos", "the Ikoyi district of
# (the city of) Lagos", "Ikoyi in Lagos"
_BETWEEN_NESTED_PLACES = (
    r",\s+|\s+(?:district|area|neighbou?rhood|suburb|section|quarter|part|region|province"
    r"|county|state|township)\s+of\s+(?:the\s+(?:city|capital)\s+of\s+)?"
    # ("Kafubu Stadium in the Zambian city of Ndola")
    r"|\s+in\s+the\s+(?:[A-Za-z-]+\s+)??(?:[A-Za-z-]+\s+)??"
    r"(?:city|town|village|capital|province|region|state|district|county)\s+of\s+"
    r"|\s+in\s+"
    # (a venue's name and its kind: "the Club Orbita nightclub in Stara Zagora")
    r"|\s+(?:nightclub|club|bar|lounge|restaurant|cafe|hotel|market|mall|school|church|mosque"
    r"|temple|shrine|stadium|arena|factory|plant|mine|warehouse|theatre|theater)\s+in\s+"
)
# The most sentences kept of each place (an archive's places are told of thousands of times;
# the few that nest them are enough)
_TOLD_SENTENCES = 50
# What follows a place that another place nests: "Ikoyi, Lagos", "Ikoyi district of Lagos",
# "Ikoyi in Lagos" (``_puts_inside`` tells which place)
_NESTING_NEXT = re.compile(_BETWEEN_NESTED_PLACES)
# ... and what comes before the place that nests another: "Ikoyi, Lagos", "Ikoyi in Lagos"
_NESTING_BEFORE = re.compile(
    r"(?:(?:,|\bin|\bof)\s+(?:the\s+(?:city|capital)\s+of\s+)?"
    r"|['’]s\s+(?:[a-z-]+\s+){0,2}(?:(?:state|province|region|district|county)\s+of\s+)?)$"
)


def _may_nest(sentence: str, place: str) -> bool:
    """Whether ``sentence`` may put ``place`` in another, or another in it: the place is
    followed by a comma, "in" or "district of", or follows one (a quick test, so that only such
    sentences are searched for each pair of places)."""
    at = sentence.find(place)
    if at < 0:
        return False
    return (
        _NESTING_NEXT.match(sentence, at + len(place)) is not None
        or _NESTING_BEFORE.search(sentence, max(0, at - 30), at) is not None
    )


def _aligned(
    group: list[Claim],
    epochs: Mapping[str, DateRange | None],
    cfg: Settings,
    told: Mapping[str, list[str]] = MappingProxyType({}),
) -> list[list[Claim]]:
    """The claims of one group that speak of the same place and occasion, as components."""
    # a count the article puts on an earlier occasion ("Last year, two people were killed
    # there", "up from 64 deaths a week earlier") is compared only with others of one; nor do
    # their places make the story's counts those of several places ("358 died near Firozabad
    # in 1995" leaves "the toll rose to 275" the story's one place's)
    # (one with neither place nor time could be of any occasion: "Police initially said four
    # people had been killed" is no toll of "the 2019 Dayton shooting that left nine dead")
    earlier = [c for c in group if c.scope == "elsewhen" and (c.place or c.time)]
    components: list[list[Claim]] = [
        [c] for c in group if c.scope == "elsewhen" and not (c.place or c.time)
    ]
    # ... nor is a tally of several incidents compared with one's count ("the weekend total
    # rose to 32 shot, six of them fatally, across the city" against the block party's three)
    tallies = [c for c in group if c.scope == "tally"]
    now = [c for c in group if c.scope not in ("elsewhen", "tally")]
    for claims in (now, earlier, tallies):
        for of_one_storm in _by_storm(claims, epochs):
            for same_place in _by_place(of_one_storm, told, epochs, lone=claims is earlier):
                components += _by_occasion(same_place, epochs, cfg)
    return components


_RECENT_DAYS = 60  # a claim dated within this many days before its article is of the story's time


def _recent(c: Claim, epochs: Mapping[str, DateRange | None]) -> bool:
    """A claim undated, or dated in the weeks before its article."""
    epoch = epochs.get(c.document)
    if c.time is None or c.time.latest is None or epoch is None or epoch.earliest is None:
        return True
    return (epoch.earliest - c.time.latest).days <= _RECENT_DAYS


# A storm by its name, in the sentence of a claim: "Cyclone Idai in 2019 killed more than 600",
# "Cyclone Kenneth, which struck six weeks later, killed 45"
_STORM = re.compile(
    r"\b(?:Cyclone|Hurricane|Typhoon|Super\s+Typhoon|Tropical\s+Storm|Tropical\s+Cyclone"
    r"|Storm)\s+([A-Z][a-z]+)\b"
)


def _storm(c: Claim) -> str | None:
    """The storm a claim's sentence names, the last before its quote (else the first after)."""
    if "Storm" not in c.context and not any(
        word in c.context for word in ("Cyclone", "Hurricane", "Typhoon")
    ):
        return None
    at = c.context.find(c.text)
    names = [(m.start(), m.group(1)) for m in _STORM.finditer(c.context)]
    if not names:
        return None
    before = [name for start, name in names if at < 0 or start < at]
    return before[-1] if before else names[0][1]


def _by_storm(
    claims: list[Claim], epochs: Mapping[str, DateRange | None]
) -> list[list[Claim]]:
    """The claims split by the storm their sentences name, where they name two or more:
    Cyclone Idai's dead are not Cyclone Kenneth's. The claims that name none go with the storm
    most claims of the articles' days name (the story's; not one of years before), or stay
    together where no one storm leads."""
    named = {c.id: _storm(c) for c in claims}
    if len({n for n in named.values() if n}) < 2:
        return [claims]
    recent = Counter(n for c in claims if (n := named[c.id]) and _recent(c, epochs))
    ranked = (recent or Counter(n for n in named.values() if n)).most_common()
    lead = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
    by_name: dict[str | None, list[Claim]] = defaultdict(list)
    for c in claims:
        by_name[named[c.id] or lead].append(c)
    return [by_name[k] for k in sorted(by_name, key=lambda k: k or "")]


def _by_place(
    group: list[Claim],
    told: Mapping[str, list[str]] = MappingProxyType({}),
    epochs: Mapping[str, DateRange | None] = MappingProxyType({}),
    lone: bool = False,
) -> list[list[Claim]]:
    """Claims split by place. A claim that names no place joins the claims of the one place the
    others name; when they name several, it could be about any of them and stays apart. A
    claim about a country joins the claims of the one other place named, as one in it; a place
    the articles put inside another ("the Shah Alam market in Qadirabad") joins it. A place
    named only by articles' background, long before them and beside the story's own claims
    ("in February 2023, a boat sank off Calabria, killing 94"), is not one of the story's."""
    by_key: dict[str, list[Claim]] = defaultdict(list)
    unplaced: list[Claim] = []
    for c in sorted(group, key=lambda c: c.id):
        if c.place:
            by_key[core_key(c.place) + (_ACROSS if _across(c) else "")].append(c)
        else:
            unplaced.append(c)
    if group and group[0].kind in _OF_ONE_PLACE_ALONE:
        # (a population is its own place's: "California has about 39 million residents" is no
        # figure of Butte County, in California)
        return [*(by_key[k] for k in sorted(by_key)), unplaced]
    background = _background_places(by_key, group, epochs)
    if background and len(background) < len(by_key):
        story = {k: v for k, v in by_key.items() if k not in background}
        rest = [c for v in story.values() for c in v] + unplaced
        return [*_by_place(rest, told, epochs), *(by_key[k] for k in sorted(background))]
    if len(by_key) == 2 and not _of_one_place_only(group):
        outer = _outer_place(by_key, told)
        if outer is not None:
            (inside,) = (k for k in by_key if k != outer)
            by_key[inside] = sorted(by_key[inside] + by_key.pop(outer), key=lambda c: c.id)
    elif 2 < len(by_key) <= _FEW_PLACES:
        _join_places_told_inside(by_key, told)
    if _needs_place(group):
        # an event with no place could be any event of its kind; but events dated in the days
        # just before their articles, a day apart at most, are the story's own, told by
        # sources a day apart ("crashed on Tuesday morning", "crashed on Wednesday")
        recent = [c for c in unplaced if _of_the_story(c, epochs)]
        # (the one place named in the story's days is the story's too: "near Perrin Beitel,
        # where he was shot to death last Thursday" against "shot Wednesday night", which
        # names none; "Last month, a woman was shot near Bitters Road" is another's)
        of_the_story = [k for k, v in by_key.items() if all(_of_the_story(c, epochs) for c in v)]
        if len(of_the_story) == 1 and recent:
            placed = by_key.pop(of_the_story[0])
            return [*by_key.values(), *_days_apart(placed + recent)]
        return [*by_key.values(), *_days_apart(recent)]
    if len(by_key) == 1 and not lone:
        ((key, only),) = by_key.items()
        if _told_apart([c for c in only if core_key(c.place or "") == key], unplaced):
            return [only, unplaced]
        return [only + unplaced]
    # (``lone``: earlier occasions, one with no place is not the one other's: "Earlier this
    # month, a strike on a camp near El Obeid killed 11" and "the RSF also shelled the Al-Wehda
    # district on Sunday, killing five" are two)
    return [*by_key.values(), unplaced]


def _told_apart(placed: list[Claim], unplaced: list[Claim]) -> bool:
    """Whether an article tells a figure of the one place (by its own name, not one joined to
    it) and another whole figure of no place: the place's is then another scene's, and the
    figures of no place the story's own ("87 people were wounded" beside "In Koumbala, 400 km
    north, ... 15 wounded on Sunday"; not "two are in critical condition", a part)."""
    return any(
        _apart(a.value, b.value)
        for a in placed
        for b in unplaced
        if a.document == b.document and a.scope == b.scope == "whole"
    )


def _apart(a: object, b: object) -> bool:
    """Two figures neither of which holds the other's best single value."""
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    if a.estimate is None or b.estimate is None:
        return False
    return not a.contains(b.estimate) and not b.contains(a.estimate)


# Kinds whose figure is of its place alone, never of a place inside it or around it
_OF_ONE_PLACE_ALONE = frozenset({"population"})
# The key's mark of a figure told across its whole place: "displaced more than 350,000 people
# across central Mali" is no figure of the town in central Mali the story is about (nor is it
# joined with it); it is compared with figures told across that place alone
_ACROSS = " (across)"
_ACROSS_PLACE = re.compile(
    r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?"
    r"(?P<words>(?:[a-z]+(?:-[a-z]+)?\s+){0,2})(?P<name>[A-Z])"
)
_ACROSS_WORDS = ("across", "throughout", "all over")


def _across(c: Claim) -> bool:
    """Whether the claim's sentence tells its figure across the whole of its place."""
    if c.place is None or not any(word in c.context for word in _ACROSS_WORDS):
        return False
    return any(
        c.context.startswith(c.place, m.start("words"))
        or c.context.startswith(c.place, m.start("name"))
        for m in _ACROSS_PLACE.finditer(c.context)
    )


# How many days before its article an event it dates may be the story's own
_STORY_DAYS = 7


def _background_places(
    by_key: Mapping[str, list[Claim]], group: list[Claim], epochs: Mapping[str, DateRange | None]
) -> set[str]:
    """The places whose claims are all of long before their articles, in articles that tell
    of their own time too (not an article written long after the story: all of it is old)."""
    if len(by_key) < 2:
        return set()
    recent = {c.document for c in group if not _long_before(c, epochs)}
    return {
        key
        for key, claims in by_key.items()
        if all(_long_before(c, epochs) and c.document in recent for c in claims)
    }


def _long_before(c: Claim, epochs: Mapping[str, DateRange | None]) -> bool:
    """Whether the claim is dated more than an occasion's span before its article, or to a
    day more than the story's week before it ("On June 6, five people were wounded outside a
    nightclub in Columbus", in an article of June 14 on a shooting in Dayton)."""
    epoch = epochs.get(c.document)
    if c.time is None or c.time.latest is None or epoch is None or epoch.earliest is None:
        return False
    days = (epoch.earliest - c.time.latest).days
    return days > OCCASION_DAYS or (c.time.granularity == "day" and days > _STORY_DAYS)


def _days_apart(claims: list[Claim]) -> list[list[Claim]]:
    """Dated claims in runs whose days follow each other with no gap of more than a day
    (events days apart are as likely two events as one told two ways)."""
    runs: list[list[Claim]] = []
    last: date | None = None
    for c in sorted(claims, key=lambda c: (_day(c), c.id)):
        day = _day(c)
        if last is None or (day - last).days > 1:
            runs.append([])
        runs[-1].append(c)
        last = day
    return runs


def _day(c: Claim) -> date:
    assert isinstance(c.value, DateRange) and c.value.latest is not None
    return c.value.latest


def _of_the_story(c: Claim, epochs: Mapping[str, DateRange | None]) -> bool:
    """An event dated to a day in the week before its article (or on its day)."""
    epoch, when = epochs.get(c.document), c.value
    if epoch is None or epoch.earliest is None or not isinstance(when, DateRange):
        return False
    if when.granularity != "day" or when.latest is None:
        return False
    return 0 <= (epoch.earliest - when.latest).days <= _STORY_DAYS


def _outer_place(
    by_key: Mapping[str, list[Claim]], told: Mapping[str, list[str]]
) -> str | None:
    """Of two places, the one the other is in: a country ("Syria" for "Aleppo"), or a place
    the articles' sentences put the other in ("in Ikoyi, Lagos", "the Ikoyi district of
    Lagos")."""
    countries = [k for k in by_key if k in country_keys()]
    if len(countries) == 1 and not any(_a_neighbour(c) for c in by_key[countries[0]]):
        return countries[0]
    first, second = sorted(by_key)
    for inner, outer in ((first, second), (second, first)):
        if _told_inside(by_key, told, inner, outer):
            return outer
    return None


# A country told as the story's country's neighbour: "while in neighbouring Peru floods have
# killed 19 people" is no toll in the story's province
_NEIGHBOURING = re.compile(
    r"\b(?:neighbou?ring|nearby|adjacent)\s+(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)


def _a_neighbour(c: Claim) -> bool:
    place = core_key(c.place or "")
    for m in _NEIGHBOURING.finditer(c.context):
        words = m["country"].split()
        if any(core_key(" ".join(words[:n])) == place for n in range(1, len(words) + 1)):
            return True
    return False


# The most places of a group whose nesting is looked for (every pair, until none joins): a
# cluster of articles names a few; an archive's thousands are left apart, as is quick
_FEW_PLACES = 8


def _join_places_told_inside(by_key: dict[str, list[Claim]], told: Mapping[str, list[str]]) -> None:
    """Of three places or more, each that the articles put inside exactly one other joins it,
    until none does: a market in a town in a province are one place."""
    joined = True
    while joined and len(by_key) > 1:
        joined = False
        for inner in sorted(by_key):
            outers = [o for o in sorted(by_key) if o != inner
                      and _told_inside(by_key, told, inner, o)]  # fmt: skip
            if len(outers) == 1:
                (outer,) = outers
                by_key[outer] = sorted(by_key[outer] + by_key.pop(inner), key=lambda c: c.id)
                joined = True
                break


# "Ikoyi, Lagos", "the Ikoyi district of Lagos", "Ikoyi in Lagos"; or the outer place first,
# as its possession: "Peru's Ancash region", "Nigeria's northwestern Zamfara state", "India's
# northeastern state of Assam" (a word or two of where or what in it between, no more)
# (lower case even in a case-blind pattern: a name there is another place, "Peru's Central
# Ancash")
_OUTER_FIRST_ADJECTIVE = r"(?-i:(?:[a-z]+-)?[a-z]+(?:ern|al|ous|ive|ed|ic|ly))"
# What stands between the two, with the outer place first ("Peru's"), before the inner one
_OUTER_S_INNER = re.compile(
    r"(?:\s+(?:City|County|Province|State|Region))?['’]s\s+"  # ("Gaza City's Tuffah ...")
    rf"(?:{_OUTER_FIRST_ADJECTIVE}\s+){{0,2}}"
    r"(?:(?:state|province|region|district|county|city|town)\s+of\s+)?",
    re.IGNORECASE,
)
_INNER_THEN_OUTER = re.compile(f"(?:{_BETWEEN_NESTED_PLACES})", re.IGNORECASE)
_WORD_BOUNDARY = re.compile(r"\b")


def _told_inside(
    by_key: Mapping[str, list[Claim]], told: Mapping[str, list[str]], inner: str, outer: str
) -> bool:
    """Whether a sentence of the claims about either place (the group's, or any claim's about
    them) puts the place of ``inner`` inside that of ``outer``."""
    # (a figure across a place is of no place inside it, nor joins one around it)
    if inner.endswith(_ACROSS) or outer.endswith(_ACROSS):
        return False
    if _a_part_of(inner, outer):
        return True  # ("western Tillaberi" in Tillaberi)
    # (the place as the claims of its key name it: a key's claims may have others joined)
    inner_place = next(c.place for c in by_key[inner] if core_key(c.place or "") == inner)
    outer_place = next(c.place for c in by_key[outer] if core_key(c.place or "") == outer)
    if not inner_place or not outer_place:
        return False
    sentences = [c.context for c in by_key[inner] + by_key[outer]]
    sentences += told.get(inner, []) + told.get(outer, [])
    # (only a sentence that names both may tell one inside the other: a test of substrings
    # spares most pairs the pattern, whose building costs more than all the searches)
    inner_name, outer_name = inner_place.casefold(), outer_place.casefold()
    sentences = [
        s for s in sentences if inner_name in (folded := s.casefold()) and outer_name in folded
    ]
    if not sentences:
        return False
    return any(_puts_inside(s, inner_place, outer_place) for s in sentences)


# A part of a place told by its compass point, as place keys carry it (``homscheck.places``'
# REGIONS: not imported, as comparing runs without the readers)
_COMPASS_PARTS = frozenset({"northern", "southern", "eastern", "western", "northeastern",
                            "northwestern", "southeastern", "southwestern", "central",
                            # ... or in a name: "West Dayton", "East London"
                            "north", "south", "east", "west", "northeast", "northwest",
                            "southeast", "southwest"})
# Names of a compass point and a place that are not parts of it: states of their own
# (countries too: ``country_keys``, "South Sudan" is no part of Sudan)
_NOT_PARTS = frozenset({"west virginia", "north carolina", "south carolina", "north dakota",
                        "south dakota", "west papua", "west bengal", "south australia",
                        "western australia", "northern ireland", "northern territory"})


def _a_part_of(inner: str, outer: str) -> bool:
    part, _, rest = inner.partition(" ")
    return (
        part in _COMPASS_PARTS
        and rest == outer
        and inner not in _NOT_PARTS
        and inner not in country_keys()
    )


def _puts_inside(sentence: str, inner: str, outer: str) -> bool:
    """Whether ``sentence`` tells ``inner`` inside ``outer``: "Ikoyi, Lagos", "Ikoyi in Lagos",
    or the outer place first, "Lagos's Ikoyi district" (either name in any case, each a whole
    word). The names are found first and only the words between them matched: a pattern
    of the two names and all that may stand between took 1 ms to build for each pair."""
    inners = _occurrences(inner, sentence)
    outers = _occurrences(outer, sentence)
    return any(
        a_end <= b_start and _INNER_THEN_OUTER.fullmatch(sentence, a_end, b_start)
        for a_start, a_end in inners
        if _at_word_boundary(sentence, a_start)
        for b_start, b_end in outers
        if _at_word_boundary(sentence, b_end)
    ) or any(
        b_end <= a_start and _OUTER_S_INNER.fullmatch(sentence, b_end, a_start)
        for b_start, b_end in outers
        if _at_word_boundary(sentence, b_start)
        for a_start, a_end in inners
        if _at_word_boundary(sentence, a_end)
    )


def _occurrences(name: str, sentence: str) -> list[tuple[int, int]]:
    """Every span of ``name`` in ``sentence``, in any case, overlapping ones too."""
    return [(m.start(), m.start() + len(name)) for m in _name_ahead(name).finditer(sentence)]


@functools.lru_cache(maxsize=256)
def _name_ahead(name: str) -> re.Pattern[str]:
    return re.compile(f"(?={re.escape(name)})", re.IGNORECASE)


def _at_word_boundary(sentence: str, at: int) -> bool:
    return _WORD_BOUNDARY.match(sentence, at) is not None


# Events a cluster tells of one of: a truce, a deal, an election, a crowd crush, a
# derailment, an outbreak (not attacks, strikes, fires, crashes or meetings, of which one
# article tells several)
_ONE_OF_ITS_KIND = frozenset({"truce", "agreement", "election", "stampede", "derailment",
                              "outbreak"})  # fmt: skip


# Kinds a place's own figure is of: a country's population is no town's in it
_ONE_PLACE_KINDS = frozenset({"population", "rank"})


def _of_one_place_only(group: list[Claim]) -> bool:
    return any(c.kind in _ONE_PLACE_KINDS for c in group)


def _needs_place(group: list[Claim]) -> bool:
    # an event with no place could be any of its kind
    return any(c.kind == "event-date" and c.measure not in _ONE_OF_ITS_KIND for c in group)


class _Partition:
    """Disjoint sets of 0..n-1, joined one pair at a time (union-find with path halving)."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def same(self, i: int, j: int) -> bool:
        return self.find(i) == self.find(j)

    def join(self, i: int, j: int) -> None:
        self._parent[self.find(i)] = self.find(j)


def _by_occasion(
    claims: list[Claim], epochs: Mapping[str, DateRange | None], cfg: Settings
) -> list[list[Claim]]:
    """The claims split into occasions: components of the "same occasion" relation between
    claims of different articles.

    Whether two claims are of one occasion depends only on what ``_occasion_key`` keeps, so
    the relation is tested once per pair of distinct keys, not per pair of claims: a large
    archive has many claims but few distinct days. Claims of one key from two or more
    articles are one occasion; claims of one key from one article join whatever their key
    joins."""
    if len({c.document for c in claims}) < 2:
        return []
    if all(
        c.cumulative and isinstance(c.value, Quantity | Duration) for c in claims
    ) and not _of_two_periods(claims, cfg):
        return [claims]  # running totals are compared across any time ...
    times_agree = _times_agree(claims, cfg)
    members: dict[Hashable, list[int]] = {}
    for i, c in enumerate(claims):
        members.setdefault(_occasion_key(c, epochs), []).append(i)
    keys = list(members.values())
    docs = [frozenset(claims[i].document for i in m) for m in keys]
    occasions = _Partition(len(keys))

    for x in range(len(keys)):
        a = claims[keys[x][0]]
        for y in range(x + 1, len(keys)):
            if occasions.same(x, y) or (len(docs[x] | docs[y]) < 2):
                continue  # already one occasion, or no two articles to compare
            if _same_occasion(a, claims[keys[y][0]], times_agree, epochs, cfg):
                occasions.join(x, y)
    components: dict[int, list[int]] = defaultdict(list)
    for x, m in enumerate(keys):
        components[occasions.find(x)] += m
    return [
        [claims[i] for i in sorted(m)]
        for m in components.values()
        if len({claims[i].document for i in m}) > 1
    ]


def _occasion_key(c: Claim, epochs: Mapping[str, DateRange | None]) -> Hashable:
    """What ``_same_occasion`` reads of a claim: its time, else its article's date; the
    change of hands of an event."""
    v = c.value
    hands = (v.action, v.actor, v.retaken) if isinstance(v, Event) else None
    return (c.time, epochs.get(c.document) if c.time is None else None, hands, c.cumulative,
            isinstance(v, Quantity | Duration), isinstance(v, Event))  # fmt: skip


def _times_agree(claims: list[Claim], cfg: Settings) -> bool:
    """Whether every two timed claims have compatible times, in one pass: times not known are
    compatible with any, and the widest gap between known ones is between the latest start and
    the earliest end (``DateRange.gap_days``)."""
    starts: list[date] = []
    ends: list[date] = []
    for c in claims:
        t = c.time
        # (a long period's total is no occasion the untimed counts could be of: "More than
        # 2,000 people were murdered in Guanajuato last year")
        if t is not None and t.earliest is not None and t.latest is not None and not _long(t, cfg):
            starts.append(t.earliest)
            ends.append(t.latest)
    if len(starts) < 2:
        return True
    return (max(starts) - min(ends)).days <= cfg.event_window_days


def _same_occasion(
    a: Claim,
    b: Claim,
    times_agree: bool,
    epochs: Mapping[str, DateRange | None],
    cfg: Settings,
) -> bool:
    events = isinstance(a.value, Event) and isinstance(b.value, Event)
    if events and not _same_change_of_hands(a.value, b.value):  # type: ignore[arg-type]
        return False
    if a.cumulative and b.cumulative and isinstance(a.value, Quantity | Duration):
        # ... but a year's total is not another year's ("so far this year" against "Last
        # year, it recorded 1,150 cases")
        return a.time is None or b.time is None or not _two_periods(a.time, b.time, cfg)
    if a.time is not None and b.time is not None:
        if events and _a_taking_told_by_its_month_or_year(a.time, b.time):
            return True  # ("seized Sanaa in 2014" against "overran Sanaa in early 2015")
        if isinstance(a.value, Quantity) and (
            _a_span_and_a_day(a.time, b.time)
            or _two_periods(a.time, b.time, cfg)
            or _two_weeks_days(a.time, b.time)
        ):
            # "1,200 drones over the past week" is no count of one night's; "52 homicides in
            # 2023" and "41 in 2024" are two years' figures
            return False
        return _times_compatible(a.time, b.time, cfg)
    if a.time is not None or b.time is not None:
        if not times_agree:
            return False  # the others name several occasions: which one is meant?
        timed_claim, untimed = (a, b) if a.time is not None else (b, a)
        epoch = epochs.get(untimed.document)
        return epoch is None or _reported_after(timed_claim.time, epoch, cfg)  # type: ignore[arg-type]
    return _epochs_compatible(epochs.get(a.document), epochs.get(b.document), cfg)


def _a_taking_told_by_its_month_or_year(a: DateRange, b: DateRange) -> bool:
    """Whether a place's change of hands is dated by a month, a part of a year or a year in
    either report: history told in passing, which two reports may date differently (or a
    place taken twice: ``_judge_events`` calls it worth a look)."""
    return a.known and b.known and bool({a.granularity, b.granularity} & _OF_HISTORY)




def _same_change_of_hands(a: Event, b: Event) -> bool:
    """Whether two control events can be one: both say the same side gained (or lost) the
    place, or one says who lost it and the other who won it. A place taken back is another
    change of hands than its taking ("rebels took Sake on Friday", "the army recaptured Sake
    on Monday"), unless both name the same side as the taker."""
    if "held" in (a.action, b.action):
        return a.action == b.action  # (who holds it, against who holds it)
    if a.action == b.action == "gained" and a.retaken != b.retaken:
        return a.actor is not None and b.actor is not None and _same_side(a.actor, b.actor)
    if a.action == b.action:
        return a.actor is None or b.actor is None or _same_side(a.actor, b.actor)
    return a.actor is None or b.actor is None or not _same_side(a.actor, b.actor)


def _same_side(a: str, b: str) -> bool:
    """Whether two actors may be one side: the same, a government and a country's forces
    ("government forces retook Palmyra", "Syrian troops retook Palmyra"; which country's
    government a story means is not known, so any country's forces may be it), or rebels and
    a group by its name."""
    if a == b:
        return True
    countries = country_keys()
    if "rebels" in (a, b):
        # ("rebels have held Taraza since 2018", "the Clan del Golfo has held Taraza since
        # 2018": an armed group by its name may be the rebels another report means)
        other = b if a == "rebels" else a
        return other != "government" and core_key(other) not in countries
    return ("government" in (a, b)) and (core_key(a) in countries or core_key(b) in countries)


# Calendar periods: a figure for one is not a figure for another ("a loss of $381 million in
# the first quarter" is not the year's loss), even when one holds the other.
CALENDAR_PERIODS = frozenset({"month", "quarter", "season", "year-part", "year", "decade"})
# How history is dated: by a calendar period short of a decade, the month or the year
_OF_HISTORY = CALENDAR_PERIODS - {"decade"}


# Two days, each told with its count, more than this many days apart are two occasions
_DAYS_OF_ONE_OCCASION = 7


def _two_weeks_days(a: DateRange, b: DateRange) -> bool:
    """Two days each told with its count more than a week apart: two occasions' figures ("five
    people were killed on Saturday" and "on 2 March an attack on a clinic killed three"), not
    one event's dated two ways (which reports do within days)."""
    gap = a.gap_days(b) if a.known and b.known else None
    # (a week's too: "Two weeks ago, a two-storey building caved in" is no collapse of today)
    days = {a.granularity, b.granularity} <= {"day", "week"}
    return days and gap is not None and gap > _DAYS_OF_ONE_OCCASION


def _a_span_and_a_day(a: DateRange, b: DateRange) -> bool:
    """One time is a span of days ("over the past week"), the other one day."""
    spans = [d for d in (a, b) if d.granularity == "span" and d.earliest and d.latest
             and (d.latest - d.earliest).days >= 2]  # fmt: skip
    return len(spans) == 1 and "day" in (a.granularity, b.granularity)


def _of_two_periods(claims: list[Claim], cfg: Settings) -> bool:
    """Whether two of the claims are of two long periods that do not overlap."""
    periods = {c.time for c in claims if c.time is not None and c.time.known and _long(c.time, cfg)}
    return any(_two_periods(a, b, cfg) for a, b in combinations(sorted(periods, key=str), 2))


def _two_periods(a: DateRange, b: DateRange, cfg: Settings) -> bool:
    """Two long periods that do not overlap: two years, two months."""
    return a.known and b.known and _long(a, cfg) and _long(b, cfg) and (a.gap_days(b) or 0) > 0


def _times_compatible(a: DateRange, b: DateRange, cfg: Settings) -> bool:
    long = _long(a, cfg)
    if long != _long(b, cfg):
        return False  # "so far in 2017, 150 people" is not the count of Saturday's shooting
    if long and a.granularity != b.granularity and {a.granularity, b.granularity} <= (
        CALENDAR_PERIODS
    ):
        return False
    if a.known and b.known:
        gap = a.gap_days(b)
        return gap is not None and gap <= cfg.event_window_days
    return True  # an unanchored weekday or month could be any week: compare, judge later


def _long(d: DateRange, cfg: Settings) -> bool:
    """A period longer than one event ("this year", "in March"), not a day or a few."""
    if not d.known:
        return d.granularity not in ("day", "week", "week-part")
    assert d.earliest and d.latest
    return (d.latest - d.earliest).days > cfg.event_window_days


def _long_and_short(a: Claim, b: Claim, cfg: Settings) -> bool:
    """One claim counts over a long period ("so far in 2017"), the other does not."""
    la = a.time is not None and _long(a.time, cfg)
    lb = b.time is not None and _long(b.time, cfg)
    return la != lb


def _reported_after(event: DateRange, epoch: DateRange, cfg: Settings) -> bool:
    """Whether an article written at ``epoch`` can be reporting on an event at ``event``;
    a count over a long period ("so far this year") is no report of one event."""
    if _long(event, cfg):
        return False
    if not (event.known and epoch.known):
        return True
    assert event.earliest and epoch.latest and event.latest and epoch.earliest
    return (
        event.earliest <= epoch.latest and (epoch.earliest - event.latest).days <= cfg.occasion_days
    )


def _epochs_compatible(a: DateRange | None, b: DateRange | None, cfg: Settings) -> bool:
    if a is None or b is None:
        return True
    gap = a.gap_days(b)
    return gap is None or gap <= cfg.occasion_days


# -- judging ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pair:
    verdict: Verdict
    a: Claim
    b: Claim
    why: str  # what the difference is, in a few words


def _judge(
    component: list[Claim],
    epochs: Mapping[str, DateRange | None],
    cfg: Settings,
    articles: _Articles = _SAY_NOTHING,
) -> Finding | None:
    """The component's verdict: its worst pair of claims from two articles; of the worst
    pairs, the first in the component's order speaks for it.

    A pair's verdict depends only on what ``_judge_key`` keeps, so pairs are judged once per
    pair of distinct keys: many articles repeating one figure cost one judgement."""
    members: dict[Hashable, list[int]] = {}
    for i, c in enumerate(component):
        members.setdefault(_judge_key(c, epochs, cfg, articles), []).append(i)
    keys = list(members.values())
    # (of a few figures, an article that tells two is at odds with none it tells: below)
    few = len(keys) <= _MANY_FIGURES
    if not few and all(isinstance(c.value, Quantity) for c in component):
        keys = _extreme_figures(component, keys, epochs, cfg)
    # (-severity, days between the articles, i, j): the smallest is the worst; of pairs as bad,
    # two articles of one day speak best (a same-day disagreement, not a toll that grew)
    best: tuple[int, int, int, int] | None = None
    worst: _Pair | None = None
    written = _written_days(component, epochs)
    days_told = _days_told(component)
    docs = [{component[i].document for i in members} for members in keys]
    for x, mx in enumerate(keys):
        for y, my in enumerate(keys[x:], x):
            # (an article that tells both figures, as two sources', is at odds with neither:
            # "The USGS put its depth at 10 km, while Iran's centre measured 8 km", told so by
            # two articles, is no disagreement between them)
            if y == x or not few or docs[x].isdisjoint(docs[y]):
                pair = _first_cross_pair(component, mx, my)
            else:
                pair = _first_cross_pair(
                    component,
                    [i for i in mx if component[i].document not in docs[y]],
                    [i for i in my if component[i].document not in docs[x]],
                )
            if pair is None or _long_and_short(component[pair[0]], component[pair[1]], cfg):
                continue  # joined through others, but a period total is no event's count
            if _each_tells_the_other_s_day(component[pair[0]], component[pair[1]], days_told):
                continue
            a, b = component[pair[0]], component[pair[1]]
            judged = _judge_pair(a, b, epochs, articles)
            da, db = written.get(a.document), written.get(b.document)
            apart = abs(da - db) if da is not None and db is not None else 0
            rank = (-judged.verdict.severity, apart, *pair)
            if best is None or rank < best:
                best, worst = rank, judged
    if worst is None:
        return None
    claims = tuple(sorted(component, key=lambda c: (c.document, c.start)))
    return _finding(worst.verdict, claims, _message(worst))


_MANY_FIGURES = 32  # more distinct figures than this: judge only the extreme ones


def _days_told(component: list[Claim]) -> dict[str, set[DateRange]]:
    """The days each article dates the component's events to (none for figures)."""
    told: dict[str, set[DateRange]] = defaultdict(set)
    for c in component:
        if isinstance(c.value, DateRange):
            told[c.document].add(c.value)
    return told


def _each_tells_the_other_s_day(a: Claim, b: Claim, told: Mapping[str, set[DateRange]]) -> bool:
    """Whether an article of two dates an event also to the other's day: then its other day is
    another event's ("On Thursday, a strike near the Fahd school killed five people", in a
    story of Saturday's strike), no disagreement."""
    return (
        isinstance(a.value, DateRange)
        and isinstance(b.value, DateRange)
        and a.value != b.value
        and (b.value in told.get(a.document, ()) or a.value in told.get(b.document, ()))
    )


def _written_days(
    component: list[Claim], epochs: Mapping[str, DateRange | None]
) -> dict[str, int]:
    """The day each article of the component was written, as a day number, where known."""
    days: dict[str, int] = {}
    for c in component:
        if c.document not in days:
            epoch = epochs.get(c.document)
            if epoch is not None and epoch.earliest is not None:
                days[c.document] = epoch.earliest.toordinal()
    return days


def _extreme_figures(
    component: list[Claim],
    keys: list[list[int]],
    epochs: Mapping[str, DateRange | None],
    cfg: Settings,
) -> list[list[int]]:
    """Of many distinct figures, those that can make the worst pair: in each class of claims
    judged alike (one article date for running totals, a period or not), the lowest and
    highest figures, as said and as said of the whole, exact and without their approximation,
    from two articles at least; and the same among the plain counts, the only ones that can
    conflict. Two figures conflict (or meet only within an approximation, or a later total is
    lower) only if the extreme ones do, so the verdict is the same; an extreme pair speaks
    for it."""
    classes: dict[Hashable, list[list[int]]] = defaultdict(list)
    for members in keys:
        c = component[members[0]]
        judged_alike = (epochs.get(c.document) if c.cumulative else None, _is_long(c, cfg))
        classes[judged_alike].append(members)
        if c.scope in ("whole", "part") and not _vague(c):
            classes[(judged_alike, "plain")].append(members)
    chosen: dict[int, list[int]] = {}
    for alike in classes.values():
        for value_of in (_figure, _core_figure, _whole_figure, _core_whole_figure):
            for order in (_high_order, _low_order):
                ranked = sorted(alike, key=lambda m: order(value_of(component[m[0]])))
                documents: set[str] = set()
                for members in ranked:
                    chosen[members[0]] = members
                    documents |= {component[i].document for i in members}
                    if len(documents) > 1:
                        break
    return [chosen[first] for first in sorted(chosen)]


def _figure(c: Claim) -> Quantity:
    assert isinstance(c.value, Quantity)
    return c.value


def _core_figure(c: Claim) -> Quantity:
    return _core(_figure(c))


def _whole_figure(c: Claim) -> Quantity:
    return _as_whole(_figure(c), c.scope)


def _core_whole_figure(c: Claim) -> Quantity:
    return _core(_whole_figure(c))


_INFINITY = float("inf")


def _high_order(q: Quantity) -> tuple[float, bool]:
    """Lowest first: of two equal highs, the exclusive one is lower."""
    return (_INFINITY if q.high is None else q.high, q.high_inclusive)


def _low_order(q: Quantity) -> tuple[float, bool]:
    """Highest first: of two equal lows, the exclusive one is higher."""
    return (_INFINITY if q.low is None else -q.low, q.low_inclusive)


def _is_long(c: Claim, cfg: Settings) -> bool:
    return c.time is not None and _long(c.time, cfg)


def _judge_key(
    c: Claim,
    epochs: Mapping[str, DateRange | None],
    cfg: Settings,
    articles: _Articles,
) -> Hashable:
    """What ``_judge_pair`` (and the test before it) reads of a claim."""
    v = c.value
    if isinstance(v, Quantity):
        epoch = epochs.get(c.document) if c.cumulative else None
        attackers = articles.dead_attackers.get(c.document, 0) if c.measure == "killed" else 0
        rose = bool(_ROSE.search(c.text)) or (c.document, c.measure, v.low) in articles.risen_to
        # (where some article tells its toll rose, which article says it matters: a count
        # another article says has risen past is out of date, ``_risen_past``)
        bounding = _bounding_tolls(c.measure)
        article = c.document if any(m in bounding for _, m, _ in articles.risen_to) else None
        return (
            v, c.measure, c.cumulative, epoch, c.scope, _is_long(c, cfg), attackers, rose, article
        )
    if isinstance(v, Event):
        return (v, c.reported, _is_long(c, cfg))
    return (v, _is_long(c, cfg))


def _first_cross_pair(
    component: list[Claim], first: list[int], second: list[int]
) -> tuple[int, int] | None:
    """The first pair (i < j) with one index in each list (both ascending) whose claims come
    from two articles."""
    found: tuple[int, int] | None = None
    for one, other in ((first, second), (second, first)):
        for i in one:
            if found is not None and i > found[0]:
                break
            doc = component[i].document
            for j in other[bisect.bisect_right(other, i):]:
                if component[j].document != doc:
                    if found is None or (i, j) < found:
                        found = (i, j)
                    break
            if found is not None and found[0] == i:
                break
    return found


def _judge_pair(
    a: Claim,
    b: Claim,
    epochs: Mapping[str, DateRange | None],
    articles: _Articles = _SAY_NOTHING,
) -> _Pair:
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return _judge_quantities(a, b, va, vb, epochs, articles)
    if isinstance(va, Event) and isinstance(vb, Event):
        return _judge_events(a, b)
    if isinstance(va, DateRange) and isinstance(vb, DateRange):
        verdict, why = _judge_dates(va, vb, (a.text, b.text))
        return _Pair(verdict, a, b, why)
    if isinstance(va, Duration) and isinstance(vb, Duration):
        return _judge_durations(a, b, va, vb)
    if isinstance(va, Status) and isinstance(vb, Status):
        return _judge_statuses(a, b, va, vb)
    return _Pair(Verdict.AGREE, a, b, "")


def _judge_statuses(a: Claim, b: Claim, va: Status, vb: Status) -> _Pair:
    """Killed against injured is worth a look, not a conflict: the wounded die of their
    wounds after the first reports. Unharmed against either cannot both be true."""
    states = {va.state, vb.state}
    if len(states) == 1:
        return _Pair(Verdict.AGREE, a, b, "")
    if "unharmed" in states:
        return _Pair(Verdict.CONFLICT, a, b, "one says the person was unharmed")
    return _Pair(Verdict.TENSION, a, b, "one says killed, the other injured (a later death?)")


def _judge_quantities(
    a: Claim,
    b: Claim,
    va: Quantity,
    vb: Quantity,
    epochs: Mapping[str, DateRange | None],
    articles: _Articles,
) -> _Pair:
    # (running totals, both whole: "five more patients had died" is what a total grew by)
    if a.cumulative and b.cumulative and "part" not in (a.scope, b.scope):
        ea, eb = epochs.get(a.document), epochs.get(b.document)
        if ea and eb and ea.known and eb.known and (ea.gap_days(eb) or 0) > 7:
            assert ea.earliest and eb.earliest
            earlier, later = (a, b) if ea.earliest < eb.earliest else (b, a)
            ve, vl = earlier.value, later.value
            assert isinstance(ve, Quantity) and isinstance(vl, Quantity)
            if _entirely_below(vl, ve):
                return _Pair(Verdict.TENSION, earlier, later, "a later running total is lower")
            return _Pair(Verdict.AGREE, earlier, later, "a later running total (an update)")
        order = _written_order(a, b, epochs)
        earlier, later, ve, vl = (b, a, vb, va) if order > 0 else (a, b, va, vb)
        if order and _entirely_below(ve, vl):
            # ("187 people have died since the monsoon began", then the next day "more than 200
            # this monsoon season": a total that runs on, grown fast; worth a look)
            return _Pair(Verdict.TENSION, earlier, later, "a running total, higher days later")
    if (
        a.measure == "age"
        and va.is_point
        and vb.is_point
        and abs((va.low or 0) - (vb.low or 0)) == 1
    ):
        return _Pair(Verdict.TENSION, a, b, "ages a year apart (a birthday, or an older record)")
    if a.kind not in _TOLD_TO_THE_DECIMAL and _one_rounds_the_other(a, b, va, vb):
        return _Pair(Verdict.AGREE, a, b, "")  # "74.4%" and "74 percent", "38.57%" and "38.6%"
    if _converted_alike(a, b, va, vb):
        return _Pair(Verdict.AGREE, a, b, "")  # "100 miles" and "160 km"
    sa, sb = a.scope, b.scope
    wa, wb = _as_whole(va, sa), _as_whole(vb, sb)
    if _disjoint(wa, wb):
        rose = _toll_rose(a, b, epochs, articles.risen_to)
        if rose is not None:
            return _Pair(Verdict.TENSION, rose[0], rose[1], _rose_why(a))
        grew = _grew_later(a, b, epochs)
        if grew is not None:
            assert a.drift is not None
            return _Pair(Verdict.TENSION, grew[0], grew[1], a.drift.why)
        counted = _large_toll_grew(a, b, va, vb, epochs)
        if counted is not None:
            why = "a later report counts more (a large toll is counted as victims are found)"
            return _Pair(Verdict.TENSION, counted[0], counted[1], why)
        if a.drift and a.drift.way == "changes" and a.measure in _CHANGES_BY_THE_HOUR:
            # a figure that changes by the hour, told on one day or days not known: worth a
            # look (not a share of the vote: two reports of one count should agree)
            return _Pair(Verdict.TENSION, a, b, a.drift.why)
        if _fewer_in_hospital(a, b, sa, sb):
            return _Pair(Verdict.AGREE, a, b, "")
        if a.kind in _SENT_DAY_BY_DAY and _told_of_two_days(a.time, b.time):
            # ("supported by 12 aircraft" on Wednesday, "11 aircraft on standby" on Friday)
            return _Pair(Verdict.TENSION, a, b, "told of two days: a force changes by the day")
        if _a_wounded_victim_died(a, b, va, vb, epochs, articles):
            why = "the same victims in all, dead in one report and hurt in the other"
            return _Pair(Verdict.TENSION, a, b, why)
        dead = articles.dead_attackers
        why = _only_tension(a, b, sa, sb) or _attacker_counted(a, b, wa, wb, dead)
        if why:
            return _Pair(Verdict.TENSION, a, b, why)
        if _touching(wa, wb):
            # "nearly 85,000" against "85,000", "more than 300,000" against "300,000": the
            # round figure may be the hedged one rounded
            return _Pair(Verdict.TENSION, a, b, "the figures meet only at a hedge's bound")
        return _Pair(Verdict.CONFLICT, a, b, "the figures cannot both be true")
    if _disjoint(_core(wa), _core(wb)):
        # (a figure that changes from day to day, told on two days: "About 12,000 customers
        # were without power" on Sunday, "some 10,000" on Monday, as power comes back)
        moved = _grew_later(a, b, epochs) if a.drift and a.drift.way == "changes" else None
        if moved is not None:
            assert a.drift is not None
            return _Pair(Verdict.TENSION, moved[0], moved[1], a.drift.why)
        return _Pair(Verdict.TENSION, a, b, "the figures meet only within the approximation")
    if _floors_far_apart(a, b, va, vb):
        # ("at least 47 civilians were killed" against "at least 74 people": both may be true,
        # but the two reports do not count alike)
        rose = _toll_rose(a, b, epochs, articles.risen_to)
        if rose is not None:
            return _Pair(Verdict.TENSION, rose[0], rose[1], _rose_why(a))
        return _Pair(Verdict.TENSION, a, b, "two lower bounds far apart")
    if _ceiling_far_above(a, b, va, vb) or _ceiling_far_above(b, a, vb, va):
        # ("As many as 61 passengers were injured" against "43 passengers were injured": the
        # one does not rule the other out, but "as many as" tells the figure reached)
        return _Pair(Verdict.TENSION, a, b, "a ceiling well above the other figure")
    for floor, figure, vf, vg in ((a, b, va, vb), (b, a, vb, va)):
        if _figure_far_above_a_floor(floor, figure, vf, vg):
            # ("killing at least 47 civilians" against "62 civilians were killed": the one
            # does not rule the other out, but a wire's "at least" is the figure it had)
            if _ROSE.search(figure.text) and _written_order(figure, floor, epochs) >= 0:
                return _Pair(Verdict.TENSION, floor, figure, _rose_why(a))
            return _Pair(Verdict.TENSION, a, b, "a figure well above the other's lower bound")
        if _a_floor_then_its_figure(floor, figure, vf, vg, epochs):
            # ("At least 31 killed" on Tuesday, "38 people were dead" on Thursday: the wire's
            # toll as it stood, then the count it rose to)
            return _Pair(Verdict.TENSION, floor, figure, _rose_why(a))
    return _Pair(Verdict.AGREE, a, b, "")


def _a_floor_then_its_figure(
    a: Claim, b: Claim, va: Quantity, vb: Quantity, epochs: Mapping[str, DateRange | None]
) -> bool:
    """``a`` tells a whole toll as "at least" a figure, and ``b``, written on a later day, a
    higher figure: the toll rose between the reports (however little)."""
    if a.kind not in _TOLLS or a.scope != "whole" or b.scope != "whole":
        return False
    if a.cumulative or b.cumulative or _written_order(b, a, epochs) <= 0:
        return False
    if va.high is not None or va.low is None or not _A_FLOOR.search(a.text):
        return False
    if vb.low is None or vb.high is None or (vb.approximate and vb.estimate is None):
        return False
    figure = vb.estimate if vb.estimate is not None else vb.low
    if _AT_LEAST.search(a.text):
        return figure > va.low  # (the toll as it stood when told)
    # ("more than 60 injured" and then 62: a round figure's hedge, met)
    return figure >= va.low * _ABOVE_A_HEDGE_RATIO and figure - va.low >= _ABOVE_A_HEDGE_BY


_AT_LEAST = re.compile(r"\bat\s+least\b", re.I)
# A figure rises past a hedged round one ("more than 60") where it is this many times it, and
# this many more
_ABOVE_A_HEDGE_RATIO, _ABOVE_A_HEDGE_BY = 1.1, 3.0


# Kinds whose "at least" is a wire's toll as it stood, not a part counted by some
_TOLLS = frozenset({"casualties"})
# A figure is well above a lower bound where it is this many times the bound, and this many
# more ("at least 47" and 62; not "at least 4" and 6)
_FIGURE_ABOVE_RATIO, _FIGURE_ABOVE_BY = 1.25, 5.0


def _figure_far_above_a_floor(a: Claim, b: Claim, va: Quantity, vb: Quantity) -> bool:
    """``a`` tells a whole toll "at least" or "more than" a figure, and ``b`` tells it as one
    figure well above it, at a place one of them names (not running totals, nor figures of no
    place, often a war's or a country's)."""
    if a.kind not in _TOLLS or a.scope != "whole" or b.scope != "whole":
        return False  # (not "fishermen rescued at least 70 people" against 231 rescued)
    if a.cumulative or b.cumulative or (a.place is None and b.place is None):
        return False
    if va.high is not None or va.low is None or not _A_FLOOR.search(a.text):
        return False
    if vb.low is None or vb.high is None or (vb.approximate and vb.estimate is None):
        return False  # (a figure, or about one: not a bound, nor "dozens")
    figure = vb.estimate if vb.estimate is not None else vb.low
    return figure >= va.low * _FIGURE_ABOVE_RATIO and figure - va.low >= _FIGURE_ABOVE_BY


# Two lower bounds of one whole count are far apart where the higher is this many times the
# lower, and this many more
_FLOORS_APART_RATIO, _FLOORS_APART_BY = 1.25, 5.0
# ... and where one names no place, no more than this many times apart (not a war's "more than
# 10 million" displaced against a camp's "more than 300,000")
_FLOORS_OF_ONE_PLACE_AT_MOST = 3.0
_A_FLOOR = re.compile(r"\b(?:at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of)\s", re.I)


def _floors_far_apart(a: Claim, b: Claim, va: Quantity, vb: Quantity) -> bool:
    """Two counts of one thing at one named place that both say "at least" or "more than", far
    apart (not running totals, nor what only opens a count: "31 bodies" recovered so far; nor
    figures of no place, which are often a war's or a country's: "driven more than 10 million
    from their homes" against a camp's "more than 300,000 displaced people")."""
    if a.scope != "whole" or b.scope != "whole" or va.high is not None or vb.high is not None:
        return False
    if a.place is None and b.place is None:
        return False
    if a.cumulative or b.cumulative or not (_A_FLOOR.search(a.text) and _A_FLOOR.search(b.text)):
        return False
    if va.low is None or vb.low is None or min(va.low, vb.low) <= 0:
        return False
    low, high = sorted((va.low, vb.low))
    if (a.place is None or b.place is None) and high > low * _FLOORS_OF_ONE_PLACE_AT_MOST:
        return False
    return high >= low * _FLOORS_APART_RATIO and high - low >= _FLOORS_APART_BY


# A ceiling is well above a figure where it is this many times the figure, and this many more;
# beyond this many times, the two are seldom one count (a war's "up to 500,000" and a town's 40)
_CEILING_ABOVE_RATIO, _CEILING_ABOVE_BY, _CEILING_ABOVE_AT_MOST = 1.25, 3.0, 3.0
_A_CEILING = re.compile(r"\b(?:as\s+many\s+as|up\s+to)\s", re.I)


def _ceiling_far_above(a: Claim, b: Claim, va: Quantity, vb: Quantity) -> bool:
    """``a`` tells a whole count "as many as" or "up to" a figure, and ``b`` tells it as one
    figure well below (not a floor, which the ceiling bounds from above: "at least 30" and "up
    to 61" make a range together)."""
    if a.scope != "whole" or b.scope != "whole" or a.cumulative or b.cumulative:
        return False
    if va.high is None or va.low not in (None, 0) or not _A_CEILING.search(a.text):
        return False
    if vb.low is None or vb.high is None or vb.low <= 0:
        return False
    ceiling, figure = va.high, vb.high
    return (
        figure * _CEILING_ABOVE_RATIO <= ceiling <= figure * _CEILING_ABOVE_AT_MOST
        and ceiling - figure >= _CEILING_ABOVE_BY
    )


# -- what a count counts (``homscheck.scope``) and what that allows ---------------------------

# Counts of shots are estimates whoever gives them: witnesses count differently, and one
# article counts the shots at one spot ("fired 70 rounds inside the library"), another all.
SHOT_NOUNS = frozenset({"shots", "rounds", "bullets", "gunshots", "casings", "shell"})


def _as_whole(q: Quantity, scope: str) -> Quantity:
    """What a count says of the whole: a part of it is a lower bound ("two were critically
    wounded": at least two wounded)."""
    if scope != "part" or q.low is None:
        return q
    return Quantity(q.low, None, q.low_inclusive, True, q.approximate, None, q.unit)


# "the death toll rose to 19", "has climbed to", "now stands at": a toll updated since
# (the standard library's ``re``: a run from the results cache compares without importing
# ``regex``, as ``homscheck.names`` does)
# The verbs that bring a count to a figure: "bringing the toll to 48"
_BROUGHT = r"(?:bringing|brings|brought|raising|raises|raised|pushing|pushed)"
_ROSE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases"
    r"|grew|grown|grows|growing|mounted)\s+to\b"
    # ("the gunman was also dead, bringing the total to three"; "arrested a second woman,
    # bringing the number of people arrested in the case to two", quoted from "number")
    rf"|\b{_BROUGHT}\s+the\s+(?:number|toll|total)\b|^number\s+of\b[^.;]*\bto\s+\S+$"
    r"|\bnow\s+(?:stands|stood)\s+at\b"
    # ("Eleven people are now confirmed dead", "the toll is now 14")
    r"|\b(?:is|are|has|have)\s+now\b|\bclaim(?:ed|s)?\s+(?:a|its)\s+\w+\s+(?:victim|life)\b"
    # ("Eighth victim dies", "a sixth death": the toll has risen to that)
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:\w+\s+)?"
    r"(?:victim|person|patient|death|fatality|life)\b"
    # ("A fourth child has died", "raising the death toll to four")
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){1,2}"
    r"(?:has\s+|had\s+)?(?:died|dies|succumbed)\b"
    rf"|\b(?:{_BROUGHT}|taking|took)\s+(?:the\s+)?(?:\w+\s+)?toll\s+to\b",
    re.IGNORECASE,
)


def _toll_rose(
    a: Claim,
    b: Claim,
    epochs: Mapping[str, DateRange | None],
    risen_to: frozenset[tuple[str, str, float]] = frozenset(),
) -> tuple[Claim, Claim] | None:
    """(earlier, later) where one count says the toll rose to a higher figure, in an article
    written no earlier than the other's, or said it was rising, and an article written on a
    later day gives more ("rose to 14 on Wednesday", then "the final toll was 15"): an update,
    worth a look but no contradiction."""
    va, vb = a.value, b.value
    assert isinstance(va, Quantity) and isinstance(vb, Quantity)
    for later, earlier, lv, ev in ((a, b, va, vb), (b, a, vb, va)):
        if not _entirely_below(ev, lv):
            continue
        order = _written_order(later, earlier, epochs)
        if _ROSE.search(later.text) and order >= 0:
            return earlier, later  # (not where the rise is told in the earlier article)
        # (or an article written on a later day says elsewhere that the toll rose to it: a
        # headline's "17 killed", its text's "the toll rose to 17 on Tuesday")
        if (later.document, later.measure, lv.low) in risen_to and order > 0:
            return earlier, later
        # (or the earlier count is one its article says the toll rose to, there or elsewhere:
        # "rose to 14 on Wednesday"; "Border death toll rises to 13" over "Of the 13 dead")
        if order > 0 and (
            _ROSE.search(earlier.text) or (earlier.document, earlier.measure, ev.low) in risen_to
        ):
            return earlier, later
        # (or a third article, written no earlier, says the toll rose past it: "Three people
        # were shot"; "the number of people shot rose to five"; "Six people were shot": the
        # three is out of date, and the five and the six disagree)
        if _risen_past(earlier, ev, risen_to, epochs, besides=later.document):
            return earlier, later
    return None


# The tolls whose rise bounds a count from below: the shot are the wounded and the dead of a
# shooting ("the number of wounded rose to five": five shot at least)
_RISES_BOUNDING = {"shot": ("shot", "wounded", "killed")}


def _bounding_tolls(measure: str) -> tuple[str, ...]:
    """The measures whose rise bounds a count of ``measure`` from below."""
    return _RISES_BOUNDING.get(measure, (measure,))


def _risen_past(
    c: Claim,
    v: Quantity,
    risen_to: frozenset[tuple[str, str, float]],
    epochs: Mapping[str, DateRange | None],
    besides: str = "",
) -> bool:
    """Whether another article (than ``c``'s, and than ``besides``), written no earlier than
    ``c``'s, says its toll rose past it."""
    if v.high is None:
        return False
    written = epochs.get(c.document)
    bounding = _bounding_tolls(c.measure)
    for document, measure, figure in risen_to:
        if measure not in bounding or document in (c.document, besides) or figure <= v.high:
            continue
        other = epochs.get(document)
        if not (written and other and written.earliest and other.earliest) or (
            other.earliest >= written.earliest
        ):
            return True
    return False


def _said_to_rise(claims: Sequence[Claim]) -> frozenset[tuple[str, str, float]]:
    """(article, measure, figure) of each count an article says rose to that figure."""
    return frozenset(
        (c.document, c.measure, c.value.low)
        for c in claims
        if isinstance(c.value, Quantity) and c.value.low is not None and _ROSE.search(c.text)
    )


# A toll this large is counted as the victims are found and the hospitals report: a later
# day's higher figure is an update ("1,140 injured" on Saturday, "1,620 hurt" on Sunday), where
# a shooting's three wounded against four is a disagreement
_COUNTED_AS_FOUND = 100


def _large_toll_grew(
    a: Claim, b: Claim, va: Quantity, vb: Quantity, epochs: Mapping[str, DateRange | None]
) -> tuple[Claim, Claim] | None:
    """(earlier, later) where an article written on a later day gives a whole toll above a
    large one of an earlier article."""
    if a.kind not in _TOLLS or a.scope != "whole" or b.scope != "whole":
        return None
    for later, earlier, lv, ev in ((a, b, va, vb), (b, a, vb, va)):
        if (
            ev.high is not None
            and ev.high >= _COUNTED_AS_FOUND
            and _entirely_below(ev, lv)
            and _written_order(later, earlier, epochs) > 0
        ):
            return earlier, later
    return None


def _rose_why(c: Claim) -> str:
    """Why a higher figure of a later report is no contradiction: the dead and hurt are a
    toll, what other rules count is a count ("the count of sheltered people rose")."""
    return f"the {'toll' if c.kind in _TOLLS else 'count'} rose in a later report"


def _written_order(a: Claim, b: Claim, epochs: Mapping[str, DateRange | None]) -> int:
    """1 where ``a``'s article was written on a later day than ``b``'s, -1 on an earlier
    one, 0 on the same day or days not known."""
    ea, eb = epochs.get(a.document), epochs.get(b.document)
    if not (ea and eb and ea.earliest and eb.earliest):
        return 0
    return (ea.earliest > eb.earliest) - (ea.earliest < eb.earliest)


def _grew_later(
    a: Claim, b: Claim, epochs: Mapping[str, DateRange | None]
) -> tuple[Claim, Claim] | None:
    """(earlier, later) where the later article (written on a later day) gives more of a count
    that grows, or any other figure of a count that changes from day to day, as the rule that
    reads it declares (``Claim.drift``): an update, worth a look but no contradiction."""
    drift = a.drift.way if a.drift else ""
    if drift not in ("grows", "changes"):
        return None
    ea, eb = epochs.get(a.document), epochs.get(b.document)
    if not (ea and eb and ea.earliest and eb.earliest) or ea.earliest == eb.earliest:
        return None
    if _same_day(a.time, b.time):
        return None  # (both say what it was on one day: "as of 13 June", "by Thursday")
    earlier, later = (a, b) if ea.earliest < eb.earliest else (b, a)
    ve, vl = earlier.value, later.value
    assert isinstance(ve, Quantity) and isinstance(vl, Quantity)
    return (earlier, later) if drift == "changes" or _entirely_below(ve, vl) else None


def _same_day(a: DateRange | None, b: DateRange | None) -> bool:
    """Both one day, the same."""
    return (
        a is not None
        and b is not None
        and a.granularity == b.granularity == "day"
        and a.earliest == a.latest == b.earliest == b.latest is not None
    )


def _whole_tolls(claims: Sequence[Claim]) -> dict[tuple[str, str], frozenset[_Toll]]:
    """The figures of people killed and wounded that each article tells, with their place and
    time, by (article, measure): read once, not for every pair judged."""
    tolls: dict[tuple[str, str], set[_Toll]] = defaultdict(set)
    for c in claims:
        if (
            c.measure in _ONE_VICTIM_S_TWO_STATES
            and c.subject == "people"
            # ("One person was killed and seven were wounded": the one a part, as of a group)
            and c.scope in ("whole", "part")
            and not c.cumulative
            and isinstance(c.value, Quantity)
            and c.value.is_point
            and c.value.low is not None
        ):
            # (the victims: "Six people, including the gunman, are dead" tells of five)
            gunman = _counts_the_attacker(c)
            tolls[(c.document, c.measure)].add((c.value.low - gunman, c.place, c.time))
    return {key: frozenset(figures) for key, figures in tolls.items()}


def _told_of_the_same(toll: _Toll, claim: Claim, epoch: DateRange | None) -> bool:
    """Whether a toll may be of the event a claim counts: no other place, no other time
    (not "killing six people" in Magdeburg in 2024 beside "injuring 41" in Bielefeld; not
    March's "two people were killed" beside an undated toll of an article of May)."""
    _, place, time = toll
    if place is not None and claim.place is not None and place != claim.place:
        return False
    if time is None:
        return True
    if claim.time is not None:
        return time.overlaps(claim.time)
    if epoch is None or not epoch.known:
        return True
    gap = time.gap_days(epoch)
    return gap is None or gap <= 1  # (a night's toll, told the next day)


# A victim counted wounded in one report and dead in a later one
_ONE_VICTIM_S_TWO_STATES = ("killed", "wounded")


def _a_wounded_victim_died(
    a: Claim,
    b: Claim,
    va: Quantity,
    vb: Quantity,
    epochs: Mapping[str, DateRange | None],
    articles: _Articles,
) -> bool:
    """Whether two articles that count the dead (or the hurt) apart count the same victims in
    all, some of them dead in one and hurt in the other: "one killed and seven wounded", then
    "two killed and six wounded" once a wounded victim died."""
    if a.measure not in _ONE_VICTIM_S_TWO_STATES or not (va.is_point and vb.is_point):
        return False
    if va.low is None or vb.low is None or a.scope != "whole" or b.scope != "whole":
        return False
    other = "wounded" if a.measure == "killed" else "killed"
    tolls_a = articles.tolls.get((a.document, other), frozenset())
    tolls_b = articles.tolls.get((b.document, other), frozenset())
    ea, eb = epochs.get(a.document), epochs.get(b.document)
    others_a = [toll[0] for toll in tolls_a if _told_of_the_same(toll, a, ea)]
    others_b = [toll[0] for toll in tolls_b if _told_of_the_same(toll, b, eb)]
    return any(oa != ob and oa + va.low == ob + vb.low for oa in others_a for ob in others_b)


def _dead_attackers(claims: Sequence[Claim]) -> dict[str, int]:
    """How many attackers each article says died ("the gunman killed himself", "the suspect
    was fatally shot"), where it says so."""
    dead: dict[str, int] = {}
    for c in claims:
        v = c.value
        attackers = c.measure == "killed" and c.subject == "attackers"
        if attackers and isinstance(v, Quantity) and v.is_point and v.low:
            dead[c.document] = max(dead.get(c.document, 0), int(v.low))
        elif _counts_the_attacker(c):
            dead[c.document] = max(dead.get(c.document, 0), 1)  # ("Six people, including the
            # gunman, are dead")
    return dead


# A toll told as taking in the attacker: "Six people, including the gunman, are dead"
_WITH_THE_ATTACKER = re.compile(
    r"\bincluding\s+the\s+(?:(?:suspected|alleged)\s+)?(?:gunman|shooter|suspect|attacker"
    r"|assailant|bomber)\b",
    re.IGNORECASE,
)


def _counts_the_attacker(c: Claim) -> bool:
    """Whether a toll of the dead says it takes in the attacker ("including the gunman")."""
    return c.measure == "killed" and _WITH_THE_ATTACKER.search(c.text) is not None


def _attacker_counted(
    a: Claim, b: Claim, wa: Quantity, wb: Quantity, dead: Mapping[str, int]
) -> str:
    """Two tolls of the dead that differ by just the attackers one of the articles says died:
    one count may take them in, the other not ("three dead" with the gunman, "two killed")."""
    if a.measure != "killed" or "attackers" in (a.subject, b.subject):
        return ""
    attackers = {dead.get(a.document, 0), dead.get(b.document, 0)} - {0}
    if not attackers or wa.low is None or wb.low is None:
        return ""
    if abs(wa.low - wb.low) in attackers:
        return "one count may take in the attacker who died, the other not"
    return ""


_IN_HOSPITAL = re.compile(r"\bhospital(?:ized|ised)?\b", re.IGNORECASE)


def _fewer_in_hospital(a: Claim, b: Claim, sa: str, sb: str) -> bool:
    """The hurt in hospital, fewer than the hurt another article counts: some of them
    ("Eleven children remain in hospital" of "26 students were injured"), no disagreement."""
    if a.measure != "wounded":
        return False
    for there, whole, scope in ((a, b, sa), (b, a, sb)):
        if scope != "other" or not _IN_HOSPITAL.search(there.text):
            continue
        vt, vw = there.value, whole.value
        if isinstance(vt, Quantity) and isinstance(vw, Quantity) and vt.high is not None:
            return vw.low is not None and vt.high <= vw.low
    return False


def _only_tension(a: Claim, b: Claim, sa: str, sb: str) -> str:
    """Why two disjoint counts are worth a look but cannot be called a conflict, or ""."""
    if a.measure == "age" and a.subject.startswith("the "):
        return "a person not named (\"the suspect\"): the ages may be two people's"
    if "other" in (sa, sb):
        return "one counts something else (the hospitalized, a death, the attacker too)"
    if "planned" in (sa, sb) and sa != sb:
        return "one counts what is to be done, the other what was done"
    if "tally" in (sa, sb):
        return "a tally over several incidents"
    if _of_a_whole_year(a) and _of_a_whole_year(b):
        # ("10,457 people died trying to reach Spain in 2024" against "The IOM counted 1,200
        # deaths on the route in 2024": a year's toll, which its counters count differently)
        return "two tolls of a whole year, by counters who count differently"
    if "zero" in (sa, sb):
        return "a zero may be about a part or another incident"
    if _vague(a) or _vague(b):
        return "a vague amount against a figure"
    if a.measure.split()[0] in SHOT_NOUNS or b.measure.split()[0] in SHOT_NOUNS:
        return "counts of shots are estimates"
    for drift in (a.drift, b.drift):
        if drift and drift.way == "estimated":
            return drift.why
    return ""


def _of_a_whole_year(c: Claim) -> bool:
    return c.time is not None and c.time.granularity == "year" and c.cumulative is False


def _vague(c: Claim) -> bool:
    """"several", "a few", "dozens": an amount with no figure."""
    v = c.value
    return isinstance(v, Quantity) and v.approximate and v.estimate is None


def _judge_events(a: Claim, b: Claim) -> _Pair:
    va, vb = a.value, b.value
    assert isinstance(va, Event) and isinstance(vb, Event)
    if va.action == vb.action == "held":
        if va.actor and vb.actor and not _same_side(va.actor, vb.actor):
            return _Pair(Verdict.CONFLICT, a, b, "each names another side as holding it")
        if va.when and vb.when and va.when.known and vb.when.known and not va.when.overlaps(
            vb.when
        ):
            # ("under government control since 2022" against "since August 2023": both say
            # it is held, but from when is told two ways; a hold since the earlier is one
            # since the later too, so worth a look, not a conflict)
            return _Pair(Verdict.TENSION, a, b, "they date the start of the hold differently")
        return _Pair(Verdict.AGREE, a, b, "")
    da, db = va.when, vb.when
    if da is not None and db is not None:
        verdict, why = _judge_dates(da, db, (a.text, b.text))
        if verdict == Verdict.CONFLICT and _a_taking_told_by_its_month_or_year(da, db):
            # (a place may change hands more than once: Palmyra was taken in 2015 and 2016)
            why = "they date the taking differently (or it changed hands more than once)"
            return _Pair(Verdict.TENSION, a, b, why)
        return _Pair(verdict, a, b, why)
    if da is None and db is None:
        return _Pair(Verdict.AGREE, a, b, "")  # (two reports of it, dated by when they were made)
    event, report = (da, b.reported) if da is not None else (db, a.reported)
    assert event is not None
    if report is None:
        return _Pair(Verdict.AGREE, a, b, "")
    if event.known and report.known:
        assert event.earliest is not None and report.latest is not None
        if report.latest < event.earliest:
            return _Pair(Verdict.TENSION, a, b, "one source reports it before the other dates it")
        # (a report of the fall of a town on Wednesday agrees with its capture on Sunday)
        return _Pair(Verdict.AGREE, a, b, "")
    # (a report's weekday alone: "reported on Saturday" of a taking on Sunday may be the day
    # before it)
    verdict, _why = _judge_dates(event, report)
    if verdict != Verdict.AGREE:
        return _Pair(Verdict.TENSION, a, b, "one source dates the event, the other the report")
    return _Pair(Verdict.AGREE, a, b, "")


def _judge_dates(
    a: DateRange, b: DateRange, quotes: tuple[str, str] = ("", "")
) -> tuple[Verdict, str]:
    if a.known and b.known:
        gap = a.gap_days(b) or 0
        if gap == 0:
            if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
                return Verdict.TENSION, "same date, different weekdays"
            return Verdict.AGREE, ""
        if gap == 1:
            if a.granularity == b.granularity == "day":
                if _parts_of_days_apart(a, b, *quotes):
                    return Verdict.CONFLICT, "the times of day they name are a day apart"
                if all(_a_day_by_its_name(q) for q in quotes):
                    return Verdict.CONFLICT, "they name two days, a day apart"
                return Verdict.TENSION, "the dates are a day apart"
            return Verdict.TENSION, "the periods they name are next to each other"
        if "week" in (a.granularity, b.granularity) and gap < 7:
            # ("the tsunami that struck last week", in a Sunday paper, of the Wednesday just
            # before: a calendar week, told loosely)
            return Verdict.TENSION, "a week told loosely against a day just beside it"
        return Verdict.CONFLICT, f"the dates are {gap} days apart"
    wa, wb = _weekday(a), _weekday(b)
    if wa is not None and wb is not None and wa != wb:
        return Verdict.TENSION, f"{WEEKDAYS[wa]} against {WEEKDAYS[wb]}"
    return Verdict.AGREE, ""


# The hours a date's quote names, from that day's midnight. A day told alone may be a night
# running past midnight ("Saturday" for a shooting at 1 a.m. Sunday), so two days side by side
# are only a tension; but "Saturday night" and "Sunday night", or "Friday afternoon" and
# "Saturday afternoon", are hours that never meet (while "Saturday night" and "early Sunday"
# are the same small hours).
_PART_OF_DAY = re.compile(
    r"\b(?:(?P<edge>early|late)\s+(?:on\s+)?)?(?P<day>" + "|".join(WEEKDAYS) + r")(?:['’]s)?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
)
_HOURS = {"morning": (0, 12), "afternoon": (12, 18), "evening": (17, 24), "night": (18, 30)}


def _hours_named(quote: str) -> tuple[float, float] | None:
    """The hours of its day a quote's one weekday names ("Sunday night": 18 to 30), or None
    when it names no part of the day (or several days)."""
    told = list(_PART_OF_DAY.finditer(quote))
    if len(told) != 1 or not (told[0]["part"] or told[0]["edge"]):
        return None
    edge, part = told[0]["edge"], told[0]["part"]
    if part is None:
        return (0, 9) if edge == "early" else (18, 30)  # "early Sunday", "late Saturday"
    low, high = _HOURS[part]
    middle = (low + high) / 2
    return (low, middle) if edge == "early" else (middle, high) if edge == "late" else (low, high)


def _parts_of_days_apart(a: DateRange, b: DateRange, quote_a: str, quote_b: str) -> bool:
    """Whether two days side by side are told, of one happening, with parts of them that do
    not meet. One happening: the two quotes open on the same word ("shooting happened Saturday
    night", "shooting happened Sunday night"); a story's steps fall on days side by side ("shot
    a woman Wednesday night", "killing him Thursday night": the gunman, the next day)."""
    if quote_a.split(maxsplit=1)[:1] != quote_b.split(maxsplit=1)[:1]:
        return False
    hours_a, hours_b = _hours_named(quote_a), _hours_named(quote_b)
    if hours_a is None or hours_b is None or a.earliest is None or b.earliest is None:
        return False
    offset = (b.earliest - a.earliest).days * 24
    start_b, end_b = hours_b[0] + offset, hours_b[1] + offset
    return end_b < hours_a[0] or hours_a[1] < start_b


# A day named ("Tuesday's shooting", "on March 5"), not told from the article's day
# ("yesterday", "last night", "four days ago"), and at no hour that may run past midnight
# ("late Saturday", "Monday night", "early Sunday", "at 11 p.m."): two such days a day apart
# cannot both be an event's, while "Tuesday night" and "Wednesday's raid" may be one raid
# (capitalised: "may" and "march" are verbs too; not ``homscheck.dates``' lists, whose module
# is not imported to judge a cached report)
_DAY_NAMED = re.compile(
    r"\b(?:"
    + "|".join([*WEEKDAYS, *calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"])
    + r")\b"
)
_A_DAY_TOLD_LOOSELY = re.compile(
    r"\b(?:yesterday|today|tonight|ago|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|night|nights|evening|late|overnight|midnight|early|dawn|pre-?dawn|small\s+hours"
    r"|wee\s+hours|after|before|[ap]\.?m\.?|\d{1,2}(?::\d{2})?\s*[ap]m)\b",
    re.IGNORECASE,
)


def _a_day_by_its_name(quote: str) -> bool:
    return bool(_DAY_NAMED.search(quote)) and not _A_DAY_TOLD_LOOSELY.search(quote)


def _weekday(d: DateRange) -> int | None:
    if d.weekday is not None:
        return d.weekday
    if d.known and d.earliest == d.latest and d.earliest is not None:
        return d.earliest.weekday()
    return None


def _judge_durations(a: Claim, b: Claim, va: Duration, vb: Duration) -> _Pair:
    if va.start and vb.start and va.start.known and vb.start.known:
        gap = va.start.gap_days(vb.start) or 0
        if gap == 0:
            return _Pair(Verdict.AGREE, a, b, "")
        leeway = _START_LEEWAY_YEARS if _in_whole_years(va, vb) else _START_LEEWAY
        if gap <= leeway:
            return _Pair(Verdict.TENSION, a, b, "the start dates they imply are close")
        return _Pair(Verdict.CONFLICT, a, b, "they imply different start dates")
    if va.start is None and vb.start is None and (
        va.unit == vb.unit or (va.unit in _IN_DAYS and vb.unit in _IN_DAYS)
    ):
        qa, qb = _length(va, vb.unit), _length(vb, va.unit)
        if _disjoint(qa, qb):
            if _touching(qa, qb) and not (_whole_units(va) and _whole_units(vb)):
                # "nearly three hours" against "several hours" (three or more); not "a
                # four-day truce" against "a five-day truce"
                return _Pair(Verdict.TENSION, a, b, "the lengths meet only at a hedge's bound")
            if not a.cumulative and not b.cumulative:
                # each the whole length of one event: "a four-day truce", "the five-day pause"
                return _Pair(Verdict.CONFLICT, a, b, "the whole lengths differ")
            return _Pair(Verdict.TENSION, a, b, "different lengths (articles of unknown date)")
    return _Pair(Verdict.AGREE, a, b, "")


# How far apart two start dates may be and still be one start, told loosely: a year where a
# length is counted in whole years (sources count a war's years differently), else two months
# ("nearly a year" against "since June", eight months before: a conflict)
_START_LEEWAY_YEARS = 366
_START_LEEWAY = 62


def _in_whole_years(*lengths: Duration) -> bool:
    return any(d.unit == "years" and _whole_units(d) for d in lengths)


def _whole_units(d: Duration) -> bool:
    """A length told as a whole number of units, "four days": [4, 5)."""
    return d.high is not None and d.high - d.low == 1


# Lengths of time in days, to compare across units ("about 50 hours", "more than two days",
# "a three-week siege", "two months"): a month is 28 to 31 days, a year 365 or 366, so that a
# length told in calendar units is compared by what it may be, at least and at most
_IN_DAYS: dict[str, tuple[float, float]] = {
    "seconds": (1 / 86400, 1 / 86400), "minutes": (1 / 1440, 1 / 1440), "hours": (1 / 24, 1 / 24),
    "days": (1.0, 1.0), "weeks": (7.0, 7.0), "months": (28.0, 31.0), "years": (365.0, 366.0),
}  # fmt: skip


def _length(d: Duration, other_unit: str) -> Quantity:
    """[low, high) of a length of time, in days where the other length is in another unit."""
    if d.unit == other_unit:
        return Quantity(d.low, d.high, True, False)
    least, most = _IN_DAYS[d.unit]
    return Quantity(d.low * least, None if d.high is None else d.high * most, True, False)


def _disjoint(a: Quantity, b: Quantity) -> bool:
    return _entirely_below(a, b) or _entirely_below(b, a)


# Kinds of what is sent to an event, more or fewer each day
_SENT_DAY_BY_DAY = frozenset({"forces", "equipment"})


def _told_of_two_days(a: DateRange | None, b: DateRange | None) -> bool:
    return (
        a is not None
        and b is not None
        and a.granularity == b.granularity == "day"
        and a.known
        and b.known
        and not a.overlaps(b)
    )


# Figures that change by the hour: a fire's containment, homes without power, the missing and
# the trapped (found, or reported), a storm's winds, people in shelters
_CHANGES_BY_THE_HOUR = frozenset({"containment", "without power", "missing", "trapped",
                                  "wind speed", "wind gusts", "sheltered"})  # fmt: skip


def _touching(a: Quantity, b: Quantity) -> bool:
    """Two intervals apart only by an open bound at the other's end: [76500, 85000) and 85000."""
    return (a.high is not None and a.high == b.low) or (b.high is not None and b.high == a.low)


def _entirely_below(a: Quantity, b: Quantity) -> bool:
    """Every value of ``a`` is less than every value of ``b``."""
    if a.high is None or b.low is None:
        return False
    if a.high < b.low:
        return True
    return a.high == b.low and not (a.high_inclusive and b.low_inclusive)


# Kinds whose every decimal is the figure itself: a quake of magnitude 8 is not one of 7.8
_TOLD_TO_THE_DECIMAL = frozenset({"magnitude"})


def _one_rounds_the_other(a: Claim, b: Claim, va: Quantity, vb: Quantity) -> bool:
    """Two exact figures, one told to a coarser last place with a fraction, which the other
    rounds to: "74.4%" and "74%", "38.57%" and "38.6%", "1.5 million" and "1,450,000" (whole
    counts told in figures are never so rounded: 1,498 is not 1,500)."""
    if not (va.is_point and vb.is_point) or va.approximate or vb.approximate or va == vb:
        return False
    x, y = va.low, vb.low
    assert x is not None and y is not None
    ux, uy = _last_place(a, x), _last_place(b, y)
    if ux == uy:
        return False
    finer, coarser, unit = (x, y, uy) if ux < uy else (y, x, ux)
    # (half a unit of the coarser figure's last place either way: 43.25 is 43.3 told shorter)
    return bool(abs(finer - coarser) <= unit / 2 + 1e-9)


# A figure told in another unit than the one it is compared in ("100 miles", read as 160.93
# km): the other article may have converted it and rounded, so figures this close are one
_CONVERSION_TOLERANCE = 0.025
_ANOTHER_UNIT = re.compile(
    r"\b(?:miles?|mi|mph|feet|foot|ft|yards?|knots|inches|acres?|pounds?|lbs?|gallons?)\b",
    re.IGNORECASE,
)


def _converted_alike(a: Claim, b: Claim, va: Quantity, vb: Quantity) -> bool:
    """Whether one figure was told in another unit and the two are within a conversion's
    rounding of each other ("about 100 miles" and "160 km"; not "100 miles" and "175 km")."""
    if va.unit is None or va.unit != vb.unit:
        return False
    if _converted(a) == _converted(b):
        return False  # (both told in one unit: compared as told)
    return not _disjoint(_widened(va), _widened(vb))


# ... as the quote tells it (not "about 150 km (93 miles)", told in kilometres first)
_METRIC_UNIT = re.compile(
    r"\b(?:km|kms|kph|kmh|kmph|metres?|meters?|kilomet(?:re|er)s?|hectares?|ha|kg|kilograms?"
    r"|tonnes?|litres?|liters?)\b|km/h",
    re.IGNORECASE,
)


def _converted(c: Claim) -> bool:
    return _ANOTHER_UNIT.search(c.text) is not None and _METRIC_UNIT.search(c.text) is None


def _widened(q: Quantity) -> Quantity:
    def by(v: float | None, factor: float) -> float | None:
        return None if v is None else v * factor

    low, high = by(q.low, 1 - _CONVERSION_TOLERANCE), by(q.high, 1 + _CONVERSION_TOLERANCE)
    return Quantity(low, high, True, True, q.approximate, q.estimate, q.unit)


# A figure with a fraction told in a larger unit: "1.5 million", "2.35bn", "12.5 thousand"
_SCALED = re.compile(r"\d\.(\d+)\s*-?(million|mln|m|billion|bn|thousand)\b", re.IGNORECASE)
_SCALES = {"thousand": 3, "million": 6, "mln": 6, "m": 6, "billion": 9, "bn": 9}


def _last_place(c: Claim, figure: float) -> float:
    """The unit of a figure's last place as told: 0.1 for 74.4, 100,000 for "1.5 million", 1
    for 74 or 1,500."""
    scaled = _SCALED.search(c.text)
    if scaled is not None:
        return 10.0 ** (_SCALES[scaled[2].lower()] - len(scaled[1]))
    text = repr(figure)
    places = 0 if "." not in text or text.endswith(".0") else len(text.split(".")[1])
    return 10.0**-places


def _core(q: Quantity) -> Quantity:
    """An approximate figure without its tolerance, but with its rounding: "about 2,500" is
    2,500, "about 2,300" is the figures that round to it (2,250 to 2,350, so that 2,312 agrees
    with it), within its tolerance."""
    low, high, estimate = q.low, q.high, q.estimate
    if not q.approximate or estimate is None or low is None or high is None:
        return q
    if not low < estimate < high:
        return q
    step = _rounded_to(estimate)
    if step <= 1:
        return Quantity.exact(estimate, q.unit)
    lowest, highest = max(low, estimate - step / 2), min(high, estimate + step / 2)
    return Quantity(lowest, highest, True, True, False, estimate, q.unit)


def _rounded_to(figure: float) -> int:
    """The power of ten a round figure is rounded to, below the figure itself: 100 for 2,300,
    1,000 for 2,000, 1 for 2,312 or 10."""
    if figure != int(figure) or figure <= 0:
        return 1
    whole, step = int(figure), 1
    while whole % (step * 10) == 0 and step * 10 < whole:
        step *= 10
    return step


# -- inside one article -----------------------------------------------------------------------


def _wrong_weekday(c: Claim) -> bool:
    v = c.value
    return (
        c.kind == "weekday"
        and isinstance(v, DateRange)
        and v.earliest is not None
        and v.weekday is not None
        and v.earliest.weekday() != v.weekday
    )


def _weekday_finding(c: Claim) -> Finding:
    assert isinstance(c.value, DateRange) and c.value.earliest and c.value.weekday is not None
    day = c.value.earliest
    message = (
        f"{c.document} writes {_quote(c)}, but {day.isoformat()} was a "
        f"{WEEKDAYS[day.weekday()]}, not a {WEEKDAYS[c.value.weekday]}."
    )
    return _finding(Verdict.CONFLICT, (c,), message)


# -- names -----------------------------------------------------------------------------------


def _person_keys(people: list[list[Claim]]) -> dict[str, str]:
    """Each person's name key (as a claim about them is keyed: "abdul majid") mapped to one key
    of theirs, where articles spell the name two ways ("Abdul Mazid, 52" and "Abdul Majid (48)"
    are one captain, whose ages are compared)."""
    key_of: dict[str, str] = {}
    for person in people:
        keys = sorted({c.value.canonical for c in person if isinstance(c.value, Name)})
        for key in keys[1:]:
            key_of.setdefault(key, keys[0])
    return key_of


def _people(claims: list[Claim], cfg: Settings) -> list[list[Claim]]:
    """The people these name claims (in id order) speak of, each with the claims naming them."""
    people = _Partition(len(claims))

    # ``_one_person`` reads only the written name and the title: test each distinct pair once
    first_of: dict[tuple[str, str], int] = {}
    for i, c in enumerate(claims):
        seen = first_of.setdefault((_written(c), c.measure), i)
        if seen != i and _one_person(c, claims[seen], cfg):  # not so for too short a name
            people.join(i, seen)
    by_surname_initial: dict[str, list[int]] = defaultdict(list)
    for i in first_of.values():
        spelled = surname(_written(claims[i]))
        # (by the one form of a name of another alphabet: "Xuseen" with "Hussein")
        by_surname_initial[_transliterated(name_family(spelled))[:1]].append(i)
    for indices in by_surname_initial.values():
        surnames = _two_ways([surname(_written(claims[i])) for i in indices])
        for x, i in enumerate(indices):
            for y in _alike_after(surnames, x, cfg, _SAME_GIVEN_NAME_LEEWAY):
                j = indices[y]
                # already one person through others: the test cannot change the components
                if not people.same(i, j) and _one_person(claims[i], claims[j], cfg):
                    people.join(i, j)
    _join_short_forms(claims, first_of, people)
    components: dict[int, list[Claim]] = defaultdict(list)
    for i, c in enumerate(claims):
        components[people.find(i)].append(c)
    return [person for joined in components.values() for person in _people_in(joined, cfg)]


def _join_short_forms(
    claims: list[Claim], first_of: Mapping[tuple[str, str], int], people: _Partition
) -> None:
    """A name of three words or more and its first two or more, one person's full name and
    short form: "Hervé Kabongo Nsimba" and "Hervé Kabongo" (a given name and the first of two
    surnames, as Spanish, Portuguese and Central African names are shortened)."""
    by_words: dict[tuple[str, ...], int] = {}
    for i in first_of.values():
        by_words.setdefault(_name_words(claims[i]), i)
    for words, i in by_words.items():
        for n in range(2, len(words)):
            short = by_words.get(words[:n])
            if short is not None:
                people.join(i, short)


def _one_short_of_the_other(a: Claim, b: Claim) -> bool:
    """Whether one name is the other's first two words or more (``_join_short_forms``): "Juan
    Pablo Restrepo" of "Juan Pablo Restrepo Gaviria"."""
    short, full = sorted((_name_words(a), _name_words(b)), key=len)
    return 2 <= len(short) < len(full) and full[: len(short)] == short


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a name's words are some of a longer name's, in its order."""
    if len(short) >= len(full):
        return False
    rest = iter(full)
    return all(word in rest for word in short)


def _name_words(c: Claim) -> tuple[str, ...]:
    return tuple(core_key(_written(c)).split())


def _name_finding(component: list[Claim], cfg: Settings) -> list[Finding]:
    """The finding on one person's name as articles write it (none if one article names them,
    or if they are only quoted, and named in full in fewer than two articles)."""
    titled = [c for c in component if c.measure != "speaker"]
    if len({c.document for c in component}) < 2:
        return []
    if not titled:
        # (speakers alone, named in full in two articles: "Director Jerry Stacy said",
        # "Director Jerry Stacey said"; surnames alone say too little of whom)
        titled = [c for c in component if given_names(_written(c))]
        if len({c.document for c in titled}) < 2:
            return []
    verdict = Verdict.VARIANT if _spelled_differently(component, cfg) else Verdict.AGREE
    ordered = tuple(sorted(component, key=lambda c: (c.document, c.start)))
    topic = min(titled, key=lambda c: (c.document, c.start)).topic
    return [_finding(verdict, ordered, _name_message(verdict, ordered), topic)]


# Titles that say too little to disagree with another: a minister of some portfolio, whoever
# commands (a spokesperson's is an office: "spokeswoman" against "Director-General" clash)
_GENERIC_TITLES = frozenset({"minister", "commander", "top official", "official",
                             "police officer"})
# Who leads a body, by the word each article uses: "the head of the agency" is its director,
# its chief or its president ("The head of the UNGRD", "UNGRD director")
_LEADERS = frozenset({"director", "director-general", "chief", "chair", "president",
                      "chief executive", "secretary-general", "commissioner", "coordinator"})
# The second of an office, by its own name: not the office ("Vice President", "President")
_SECOND_OF = {"lieutenant governor": "governor"}


def _titles_clash(a: str, b: str) -> Verdict | None:
    """How two titles given one person disagree: two ranks, or an office and its deputy, cannot
    both be theirs (conflict); two offices may be, or one may be out of date (tension)."""
    if a == b:
        return None
    if a in RANKS and b in RANKS:
        if a.endswith(f" {b}") or b.endswith(f" {a}"):
            return None  # ("General" for a major general, "Colonel" for a lieutenant colonel)
        return Verdict.CONFLICT
    if _first_of(a) == b or _first_of(b) == a:
        return Verdict.CONFLICT  # (an office and its second: "Deputy Mayor", "Mayor")
    if {a, b} & _GENERIC_TITLES:
        return None  # ("Health Minister Jane Okafor", "Minister Jane Okafor")
    if "head" in (a, b) and {a, b} - {"head"} <= _LEADERS:
        return None  # ("the head of the UNGRD, Mariana Quintero", "UNGRD director Mariana ...")
    if a.endswith(f" {b}") or b.endswith(f" {a}"):
        return None  # ("Civil Defence spokesman Ahmed Radwan", "spokesman Ahmed Radwan")
    return Verdict.TENSION  # ("Defence Minister", "Interior Minister": one may be out of date)


def _title_findings(
    person: list[Claim], epochs: Mapping[str, DateRange | None], cfg: Settings
) -> list[Finding]:
    """Two articles of about one time that give one person, named in full, titles that cannot
    both be right ("Deputy Mayor Katrin Ostermann", "Mayor Katrin Ostermann"): one finding, on
    the first such pair, unless some title of one article is one of the other's."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in person:
        # (officials' titles: not the people named in the story, nor speakers)
        if c.kind == "official" and c.measure != "speaker" and given_names(_written(c)):
            by_doc[c.document].append(c)
    docs = sorted(by_doc)
    # (whether two articles' titles clash depends only on the titles each gives: articles are
    # grouped by them, and only groups that clash are searched for a pair of about one time)
    titles = {d: tuple(sorted({c.measure for c in by_doc[d]})) for d in docs}
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for x, d in enumerate(docs):
        groups[titles[d]].append(x)
    clashing = {
        (ta, tb)
        for ta, tb in combinations(sorted(groups), 2)
        if _worst_clash(by_doc[docs[groups[ta][0]]], by_doc[docs[groups[tb][0]]]) is not None
    }
    for x, first in enumerate(docs):
        partners = [
            y for other in groups if tuple(sorted((titles[first], other))) in clashing
            for y in groups[other] if y > x
        ]  # fmt: skip
        for y in sorted(partners):
            second = docs[y]
            if not _epochs_compatible(epochs.get(first), epochs.get(second), cfg):
                continue
            clash = _worst_clash(by_doc[first], by_doc[second])
            assert clash is not None
            verdict, a, b = clash
            message = (
                f"{a.document} calls {_written(a)} the {_role(a)} ({_quote(a)}) but "
                f"{b.document} the {_role(b)} ({_quote(b)})."
            )
            return [_finding(verdict, (a, b), message, f"title of {_written(a)}")]
    return []


def _first_of(title: str) -> str:
    """The office a second-in-command's title is the second of: "deputy mayor", "assistant
    police chief", "vice president", "vice governor" (the title itself if it is none)."""
    for second in ("deputy ", "assistant ", "vice "):
        if title.startswith(second):
            return title.removeprefix(second)
    return _SECOND_OF.get(title, title)


def _told_alike(a: Claim, b: Claim) -> bool:
    """Whether one article's words for the title hold the other's title: "Provincial police
    commissioner" (read as a police chief) and "Commissioner" are one office."""
    return _holds_title(a.text, b.measure) or _holds_title(b.text, a.measure)


def _holds_title(quote: str, title: str) -> bool:
    """Whether ``quote`` names ``title`` itself (not its second: "Assistant Fire Chief")."""
    pattern = rf"\b(?P<second>(?:deputy|assistant|vice|lieutenant)[\s-]+)?{re.escape(title)}\b"
    return any(
        m["second"] is None for m in re.finditer(pattern, quote, re.IGNORECASE)
    )


def _worst_clash(first: list[Claim], second: list[Claim]) -> tuple[Verdict, Claim, Claim] | None:
    """The worst clash between the titles two articles give one person, ranks and offices
    apart ("the military prosecutor, Colonel Mwamba" and "the prosecutor, Major Mwamba" agree
    on the office, not on the rank), where no title of one kind agrees; None if none clash."""
    worst: tuple[Verdict, Claim, Claim] | None = None
    for is_rank in (True, False):
        pairs = [
            (a, b)
            for a in first
            if (a.measure in RANKS) == is_rank
            for b in second
            if (b.measure in RANKS) == is_rank
        ]
        clashes: list[tuple[Verdict, Claim, Claim]] = []
        for a, b in pairs:
            verdict = None if _told_alike(a, b) else _titles_clash(a.measure, b.measure)
            if verdict is None:
                break  # (some title of this kind the two articles give agrees)
            clashes.append((verdict, a, b))
        else:
            if clashes:
                # (the first pair of the worst verdict: the one the finding quotes)
                found = max(clashes, key=lambda c: c[0].severity)
                if worst is None or found[0].severity > worst[0].severity:
                    worst = found
    return worst


def _people_in(component: list[Claim], cfg: Settings) -> list[list[Claim]]:
    """The people a component of alike names holds: one, or, where its full names have first
    given names far apart ("Kevin Smith", "Russell Smith", joined by a bare "Smith"), one per
    given name, and the bare surname, which could be either, in none."""
    people: list[list[Claim]] = []
    firsts: list[tuple[str, str]] = []  # (the first given name, all of them run together)
    for c in component:
        given = given_names(_written(c))
        if not given:
            continue
        first, together = full_given_name(given[0]), "".join(given)
        at = next(
            (i for i, (f, t) in enumerate(firsts)
             if _alike_given_name(first, f, cfg) or together == t
             or _run_together_misspelled(given, given_names(_written(people[i][0])), cfg)
             or _one_office_s_holder_by_ear(
                 c, people[i][0], surname(_written(c)) == surname(_written(people[i][0])),
                 first, f,
             )),
            None,
        )  # fmt: skip
        if at is None:
            people.append([c])
            firsts.append((first, together))
        else:
            people[at].append(c)
    return people if len(people) > 1 else [component]


def _alike_given_name(a: str, b: str, cfg: Settings) -> bool:
    """One given name, perhaps misspelled: "Daneka" and "Deneka", or two letters swapped
    ("Rolando", "Ronaldo")."""
    from rapidfuzz import fuzz

    if a == b or sorted(a) == sorted(b) or fuzz.ratio(a, b) >= cfg.name_similarity:
        return True
    if one_name_spelled_two_ways(a, b):
        return True  # ("Mochamad", "Muhammad")
    return fuzz.ratio(_transliterated(a), _transliterated(b)) >= cfg.name_similarity


# Letters another alphabet's names are written with in two ways in English: "Aleksandar" and
# "Alexander", "Filip" and "Philip", "Zhumabayev" and "Jumabaev", "Aliyev" and "Aliev",
# "Youssef" and "Yousef" and "Yusuf", "Djibril" and "Jibril"
# ("Cuambe", "Quambe" and "Kuambe" are one name written three ways: a hard c, qu and k)
_TRANSLITERATIONS = (("ks", "x"), ("ph", "f"), ("zh", "j"), ("dj", "j"), ("yev", "ev"),
                     ("iy", "i"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("qu", "k"),
                     # (Arabic's qaf: "Daqqa" and "Dakka", "Qasim" and "Kasim")
                     ("q", "k"),
                     ("ck", "k"), ("ca", "ka"), ("co", "ko"), ("cu", "ku"),
                     # (a glide between vowels: "Fayeq" and "Faiq", "Qayum" and "Qaium")
                     ("aye", "ai"), ("ayu", "aiu"),
                     # (Latin America's spellings of John: "Jhon", "Yhon")
                     ("jh", "j"), ("yh", "j"))  # fmt: skip


def _transliterated(name: str) -> str:
    name = name.lower()
    if _EAST_SLAVIC_ENDING.search(name):
        name = _as_russian(name)
    for written, as_ in _TRANSLITERATIONS:
        name = name.replace(written, as_)
    return name


# A surname or place of Ukrainian or Russian, written from either language ("Hrynchuk" and
# "Grinchuk", "Syniehubov" and "Sinegubov", "Stepanivka" and "Stepanovka"): by its ending
_EAST_SLAVIC_ENDING = re.compile(
    r"(?:chuk|chyk|enko|iuk|yuk|ov|ova|ev|eva|yev|iev|sky|skyi|skiy|skii|ska|ych|ich|ivka"
    r"|ovka|iv|yna|ina)$"
)
# Ukrainian's letters as Russian writes them: h (not of kh, zh, ch, sh) as g, y as i, "ie" as
# e, and the i of a closed last syllable as o ("Kharkiv", "Kharkov")
_UKRAINIAN_LETTERS = (
    (re.compile(r"iv(?=ka$|$)"), "ov"),
    (re.compile(r"(?<![kzcs])h"), "g"),
    (re.compile(r"y"), "i"),
    (re.compile(r"ii+"), "i"),
    (re.compile(r"ie"), "e"),
)


def _as_russian(name: str) -> str:
    for letters, as_ in _UKRAINIAN_LETTERS:
        name = letters.sub(as_, name)
    return name


def _alike_surnames(a: str, b: str, cfg: Settings) -> bool:
    """Surnames alike as written ("Barazi", "Barrazi") or as transliterated ("Zhumabayev",
    "Jumabaev")."""
    from rapidfuzz import fuzz

    return (
        fuzz.ratio(a, b) >= cfg.name_similarity
        or fuzz.ratio(_transliterated(a), _transliterated(b)) >= cfg.name_similarity
        # (a name from a father's given name: "Abdirahman Mohamed Hussein", "... Xuseen")
        or one_name_spelled_two_ways(a, b)
    )


def _two_ways(surnames: list[str]) -> tuple[list[str], ...]:
    """Surnames as written, as transliterated, and as the one form of a name of another
    alphabet ("Xuseen", "Hussein": "husayn"), for ``_alike_after``."""
    return surnames, [_transliterated(s) for s in surnames], [name_family(s) for s in surnames]


def _alike_after(
    surnames: tuple[list[str], ...], x: int, cfg: Settings, leeway: float = 0.0
) -> list[int]:
    """The surnames after the ``x``-th at least ``name_similarity`` (less ``leeway``) alike to
    it, as written or as transliterated (``_two_ways``), the first test of ``_one_person``,
    scored in one call each (rapidfuzz loops in C)."""
    from rapidfuzz import fuzz, process

    alike: set[int] = set()
    for names in surnames:
        found = process.extract(
            names[x], names[x + 1 :], scorer=fuzz.ratio,
            score_cutoff=cfg.name_similarity - leeway, limit=None,
        )  # fmt: skip
        alike.update(x + 1 + k for _, _, k in found)
    return sorted(alike)


def _written(c: Claim) -> str:
    assert isinstance(c.value, Name)
    return c.value.written


def _spelled_differently(component: list[Claim], cfg: Settings) -> bool:
    """Whether one person's name is written two ways: the surname ("Barazi", "Barrazi"), or a
    given name of two names as long ("Ahmed Hussein Adam", "Ahmed Hussain Adam"; not "Joe
    Ganim" and "Joseph Ganim", nor "Ganim" alone)."""
    full_names = {_name_words(c) for c in component}
    spellings = {
        _spelling(c) for c in component
        # (a short form of a full name is not another spelling of it: "Hervé Kabongo" and
        # "Kabongo" of "Hervé Kabongo Nsimba")
        if not any(_shortens(_name_words(c), f) for f in full_names)
    }  # fmt: skip
    if len(spellings) > 1:
        return True
    if _given_names_run_together(component, cfg):
        return True
    given: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for c in component:
        names = tuple(
            full_given_name(_umlaut_written_out(word)) for word in given_names(_written(c))
        )
        given[len(names)].add(names)
    if any(
        _one_name_two_ways(first, second, cfg)
        for length, spelled in given.items()
        if length
        for first, second in combinations(sorted(spelled), 2)
    ):
        return True
    # (an office's holder, the given name written by ear: "Derek", "Derrick")
    firsts = {full_given_name(_umlaut_written_out(given_names(_written(c))[0]))
              for c in component if given_names(_written(c))}  # fmt: skip
    return len(firsts) > 1 and len({_sounds(f) for f in firsts}) == 1


def _given_names_run_together(component: list[Claim], cfg: Settings) -> bool:
    """Whether given names are written apart in one article and run together in another: "Zia
    Ullah Marwat", "Ziaullah Marwat" (not initials: "T.J. Morse", "TJ Morse" are one style
    of the same letters), perhaps misspelled ("Shiv Sahay", "Shivsahai")."""
    written = {
        given for given in (tuple(given_names(_written(c))) for c in component)
        if given and all(len(word) > 1 for word in given)
    }  # fmt: skip
    if len(written) > len({"".join(g) for g in written}):
        return True
    # (and misspelled: "Shiv Sahay", "Shivsahai")
    return any(_run_together_misspelled(a, b, cfg) for a, b in combinations(sorted(written), 2))


def _run_together_misspelled(a: Sequence[str], b: Sequence[str], cfg: Settings) -> bool:
    """Whether given names written apart in one name and run together in the other are alike:
    "Shiv Sahay", "Shivsahai" (not a middle name dropped: "Brantley Jack", "Brantley")."""
    shorter, longer = sorted((a, b), key=len)
    return (
        bool(shorter)
        and len(shorter) != len(longer)
        and not set(shorter) <= set(longer)
        and _alike_given_name("".join(a).lower(), "".join(b).lower(), cfg)
    )


def _one_name_two_ways(first: tuple[str, ...], second: tuple[str, ...], cfg: Settings) -> bool:
    """Given names that are one spelled two ways ("Daneka", "Deneka"), not two people the
    same surname joined ("Kevin Smith", "Russell Smith"). A middle name, after a first name
    alike, may differ by one letter ("Mohamed Adan Khalif", "Mohamed Aden Khalif")."""
    from rapidfuzz.distance import Levenshtein

    return all(
        _alike_given_name(a, b, cfg)
        or (i > 0 and min(len(a), len(b)) >= 3 and Levenshtein.distance(a, b) <= 1)
        # ("Abdirahman Osman Farah", "Abdirahman Othman Farah": a longer middle name, two
        # letters apart, as one Arabic letter is written "s" and "th")
        or (i > 0 and min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 2)
        for i, (a, b) in enumerate(zip(first, second, strict=True))
    )


def _spelling(c: Claim) -> str:
    """The spelling of a name that matters: letters, not case, hyphens or "al-" (nor an
    umlaut written out: "Müller", "Mueller")."""
    return _umlaut_written_out(surname(_written(c)))


# A German umlaut written out, "oe" for "ö" ("Joerg", "Jörg"; "Mueller", "Müller"): before a
# consonant only (not "Boeing", "Joe")
_UMLAUT_WRITTEN_OUT = re.compile(r"(?<=[a-z])([aou])e(?=[b-df-hj-np-tv-z])")


def _umlaut_written_out(key: str) -> str:
    return _UMLAUT_WRITTEN_OUT.sub(r"\1", key)


def _one_person(a: Claim, b: Claim, cfg: Settings) -> bool:
    sa, sb = surname(_written(a)), surname(_written(b))
    if len(sa) < 3 or len(sb) < 3:
        return False
    ga, gb = given_names(_written(a)), given_names(_written(b))
    if not _alike_surnames(sa, sb, cfg) and not _sounded_alike_with_one_given_name(
        sa, sb, ga, gb, cfg
    ):
        return False
    # ("Joe" and "Joseph" are one given name; "Zia Ullah" and "Ziaullah" one written apart)
    first_a, first_b = (full_given_name(g[0]) if g else "" for g in (ga, gb))
    if (
        first_a
        and first_b
        and not _alike_given_name(first_a, first_b, cfg)
        and "".join(ga) != "".join(gb)
        and not _one_office_s_holder_by_ear(a, b, sa == sb, first_a, first_b)
        and not _run_together_misspelled(ga, gb, cfg)
    ):
        return False
    if a.measure != "speaker" and b.measure != "speaker" and a.measure != b.measure:
        # a different title needs the very same surname, or the very same given names of some
        # length ("Interior Minister Kithure Kindiki", "Interior Cabinet Secretary Kithure
        # Kindki": one man, two styles of his office, his surname misspelled); or two given
        # names or more, the very same ("District Magistrate Shailendra Kumar Mishra", "the
        # district's top official, Shailendra Kumar Misra": too much alike to be two people)
        return sa == sb or (
            bool(ga)
            and tuple(ga) == tuple(gb)
            and (len(ga) >= 2 or _one_portfolio(a.measure, b.measure))
        )
    return True


def _one_office_s_holder_by_ear(
    a: Claim, b: Claim, one_surname: bool, first_a: str, first_b: str
) -> bool:
    """Whether two officials of one title and one surname, their given names spelled as they
    sound ("Battalion Chief Derek Manning", "Battalion Chief Derrick Manning"; "Sean", "Shawn"),
    are one: a family shares a surname, an office's holders seldom do (and never the speakers
    of a story, who have no title to go by)."""
    return (
        one_surname
        and a.kind == b.kind == "official"
        and a.measure == b.measure != "speaker"
        and _sounds(first_a) == _sounds(first_b)
    )


# Letters that sound alike, as Soundex groups them (vowels, h, w and y sound as none)
_SOUND_GROUPS = dict.fromkeys("bfpv", "1") | dict.fromkeys("cgjkqsxz", "2") | {
    "d": "3", "t": "3", "l": "4", "m": "5", "n": "5", "r": "6",
}


def _sounds(given_name: str) -> str:
    """A given name as it sounds: its first letter, then its consonants' groups, each run of
    one group once ("derek", "derrick": d62; "sean", "shawn": s5; "steven", "stephen": s315)."""
    groups = [_SOUND_GROUPS.get(ch, "") for ch in given_name]
    sounds = [g for i, g in enumerate(groups) if g and (i == 0 or g != groups[i - 1])]
    return given_name[:1] + "".join(sounds[1:] if groups[0] else sounds)


# Words of a title that say no portfolio: "deputy police chief" and "deputy mayor" share no office
_NO_PORTFOLIO = frozenset({"deputy", "assistant", "vice", "chief", "senior", "acting", "former",
                           "minister", "secretary", "officer", "general", "of", "the"})


def _one_portfolio(a: str, b: str) -> bool:
    """Whether two titles name one portfolio in two styles: "interior minister" and "interior
    cabinet secretary"."""
    return bool((set(a.split()) & set(b.split())) - _NO_PORTFOLIO)


# How much less alike two surnames may be where the given names are the very same: "Lavonte
# Pruitt" and "Lavonte Prewitt", "Travis Dale Kimbrough" and "Travis Dale Kimbrow" are one
# person written by ear (not "Kimbrough" and "Kimbrow" with no given name to go by, nor
# "Jovic" and "Jovanovic", two surnames, one the other's ending)
_SAME_GIVEN_NAME_LEEWAY = 10.0
_BY_EAR_MOST_LETTERS_APART = 2


def _sounded_alike_with_one_given_name(
    sa: str, sb: str, ga: Sequence[str], gb: Sequence[str], cfg: Settings
) -> bool:
    from rapidfuzz import fuzz

    return (
        bool(ga)
        and tuple(ga) == tuple(gb)
        and max(len(g) for g in ga) >= 4
        and abs(len(sa) - len(sb)) <= _BY_EAR_MOST_LETTERS_APART
        and fuzz.ratio(sa, sb) >= cfg.name_similarity - _SAME_GIVEN_NAME_LEEWAY
    )


def _office_findings(
    claims: list[Claim], epochs: Mapping[str, DateRange | None], cfg: Settings
) -> list[Finding]:
    """Two different people named to one office that one person holds at a time: one finding
    per two names, on the first two articles of about one time that name them."""
    by_role: dict[tuple[str, str], dict[tuple[str, str], list[Claim]]] = defaultdict(dict)
    for c in claims:
        if c.measure in SINGLE_HOLDER_OFFICES and c.place:
            by_name = by_role[(c.measure, core_key(c.place))]
            by_name.setdefault((_written(c), c.measure), []).append(c)
    findings = []
    for by_name in by_role.values():
        names = list(by_name.values())
        for x, first in enumerate(names):
            for second in names[x + 1 :]:
                if _one_person(first[0], second[0], cfg) or _one_short_of_the_other(
                    first[0], second[0]
                ):
                    continue
                pair = _first_of_one_time(first, second, epochs, cfg)
                if pair is None:
                    continue
                message = (
                    f"{pair[0].document} names the {_role(pair[0])} {_quote(pair[0])} but "
                    f"{pair[1].document} names {_quote(pair[1])}."
                )
                findings.append(_finding(Verdict.TENSION, pair, message))
    return findings


def _first_of_one_time(
    first: list[Claim], second: list[Claim], epochs: Mapping[str, DateRange | None], cfg: Settings
) -> tuple[Claim, Claim] | None:
    """The first claim of each list from two articles written about the same time."""
    for a in first:
        for b in second:
            if a.document == b.document:
                continue
            if _epochs_compatible(epochs.get(a.document), epochs.get(b.document), cfg):
                ordered = sorted((a, b), key=lambda c: (c.document, c.start))
                return ordered[0], ordered[1]
    return None


def _role(c: Claim) -> str:
    assert isinstance(c.value, Name)
    return c.value.role or c.measure


# -- messages --------------------------------------------------------------------------------


def _quote(c: Claim) -> str:
    return f"“{c.text}”"


def _message(p: _Pair) -> str:
    a, b = sorted((p.a, p.b), key=lambda c: (c.document, c.start))
    topic = a.topic
    if p.verdict == Verdict.AGREE:
        if p.why:
            return (
                f"{a.document} {_quote(a)} and {b.document} {_quote(b)} agree on {topic} ({p.why})."
            )
        return f"{a.document} {_quote(a)} and {b.document} {_quote(b)} agree on {topic}."
    return (
        f"On {topic}, {a.document} says {_quote(a)} ({a.describe()}) but {b.document} "
        f"says {_quote(b)} ({b.describe()}): {p.why}."
    )


def _name_message(verdict: Verdict, claims: Sequence[Claim]) -> str:
    spellings: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        spellings[_written(c)].append(c.document)
    parts = [f"{' and '.join(sorted(set(docs)))} “{w}”" for w, docs in sorted(spellings.items())]
    role = next((_role(c) for c in claims if c.measure != "speaker"), "person")
    if verdict == Verdict.VARIANT:
        return f"The {role} is spelled differently: {', '.join(parts)}."
    return f"The {role} is named alike: {', '.join(parts)}."


def _finding(
    verdict: Verdict, claims: Sequence[Claim], message: str, topic: str | None = None
) -> Finding:
    first = claims[0]
    digest = hashlib.sha1(
        "|".join([verdict.value, first.kind, *sorted(_fingerprint(c) for c in claims)]).encode()
    ).hexdigest()[:12]
    return Finding(
        id=f"F{digest}",
        verdict=verdict,
        kind=first.kind,
        topic=topic or first.topic,
        check=first.check,
        claims=tuple(claims),
        message=message,
    )


def _fingerprint(c: Claim) -> str:
    """What identifies a claim across runs: its document, rule and quote, not its offsets."""
    return f"{c.document}\x1f{c.check}\x1f{core_key(c.text)}"
