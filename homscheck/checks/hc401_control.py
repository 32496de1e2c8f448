"""Control: who took, left or holds which place, and when.

Reads "government troops retook the town in March", "ISIL fighters withdrew from Al Sukhna on
Sunday", "the recapture of Tadmor", "rebels seized full control of the district", "the last
fighters pulled out of the city on Sunday", "Mosul fell to the militants in June 2014". Each
claim records the place, the action (gained or lost), the actor where the sentence names one,
and the date — as the day it happened, or, after "reported" or "said", the day it was reported.

Reads also who holds a place as the article is written (the action "held"), and since when
where it says: "Kalembe has been under the control of the army since 9 March", "the village,
which remains under the control of the militia", "the army-held town of Wadi Tarna", "in rebel
hands since October", "Government forces hold al-Mahatta". Two sides said to hold one place at
about one time conflict.

Who held a town on which day is the backbone of conflict coding; sources disagree on the day far
more often than on the fact, and a report date passed off as an event date is a common slip.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from string import ascii_lowercase

import regex

from homscheck.checks._counting import SUBJECT_CLASSES
from homscheck.context import DocumentContext
from homscheck.model import Claim, Event
from homscheck.names import core_key, country_keys, default_aliases, demonyms
from homscheck.patterns import compile_pattern, compile_words, prefix_tree
from homscheck.text import (
    Sentence,
    any_within,
    beginnings,
    finditer_at,
    may_begin,
    prefixes,
    word_index,
)

CODE = "HC401"
NAME = "control"
KIND = "control"
EXAMPLES = [
    (
        "Government troops retook Deraa on Monday.",
        "control of Daraa = government retook Daraa on Monday",
    ),
    ("Rebels withdrew from the town of Zabadani.", "control of Zabadani = rebels left Zabadani"),
    ("The clinic lies in the rebel-held town of Tawila.", "control of Tawila = rebels hold Tawila"),
]

_GAINED = [
    "took", "retook", "recaptured", "captured", "seized", "liberated", "regained", "overran",
    "secured", "reclaimed", "reconquered", "stormed", "took over", "took control of",
    "seized control of", "seized full control of", "took full control of", "retook control of",
    "retaken", "won back", "took back",
    # a headline's present tense: "Rebels seize Kalat", "Army retakes Sake"
    # (not "takes": "it takes him five minutes")
    "retakes", "captures", "recaptures", "seizes", "seize", "retake",
    "retook full control of", "regained control of", "restored control over",
    "restored control of", "wrested control of", "gained control of", "entered",
    # the perfect's participle: "the army had retaken control of Mandare on Wednesday"
    "retaken control of", "taken control of", "regained control over", "gained control over",
    "taken back",
    # "regained full control of eastern Ghouta"
    *(f"{verb} {how} control {of}" for verb in ("regained", "gained", "restored", "wrested",
                                                 "took", "seized", "retook", "assumed",
                                                 "retaken", "taken")
      for how in ("full", "complete", "total") for of in ("of", "over")),
]  # fmt: skip
_LOST = [
    "withdrew from", "pulled out of", "retreated from", "lost", "abandoned", "evacuated",
    "were driven out of", "were expelled from", "were pushed out of", "fled", "left",
    "completed a withdrawal from", "completing a withdrawal from", "surrendered",
]  # fmt: skip
# Words of taking back: the verbs above that begin so, and the noun "recapture"
_RETAKEN = compile_pattern(r"^(?:re(?!treated)|won\s+back|took\s+back)", regex.IGNORECASE)
# "the recapture of Tadmor", "the complete withdrawal of militants from Homs"
_NOUNS_GAINED = ["recapture", "capture", "liberation", "fall", "seizure", "takeover"]
_NOUNS_LOST = ["withdrawal", "evacuation", "retreat", "pullout", "pull-out"]

# (The verbs are prefix trees, as every sentence is searched for them: faster than word lists.)
_VERB = compile_pattern(
    rf"\b(?P<verb>{prefix_tree(_GAINED)}|{prefix_tree(_LOST)})\s+(?:full\s+)?"
    # (a quote that ends inside the phrase: 'had "fully regained control" of Kessa')
    r"(?:(?<=\bregained\s+)(?:full\s+|complete\s+)?control[\"”’']\s+(?:of|over)\s+)?"
    r"(?P<object>[^,.;:()“”\"]{1,90})"
)
_NOUN = compile_pattern(
    r"\b(?:the\s+)?(?:(?:complete|full|final|total)\s+)?(?P<noun>\L<nouns>)\s+of\s+"
    r"(?:(?P<actor>[^,.;]{1,40}?)\s+from\s+)?(?P<object>[^,.;:()“”\"]{1,90})",
    nouns=_NOUNS_GAINED + _NOUNS_LOST,
)
# "Mosul fell to the militants"
_FELL = compile_pattern(
    # ("The town fell to the RJS late on Saturday": the one town the story names before)
    r"(?P<object>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?|[Tt]he\s+(?:\p{Ll}+\s+){0,2}?"
    r"(?:town|city|village))\s+fell\s+to\s+"
    # (a figure that fell, no place: "Unemployment fell to 4,000", "Turnout fell to a record low")
    r"(?!(?:an?\s+|about\s+|just\s+|some\s+|around\s+)?(?:\d|record|(?:its|a|the)\s+lowest"
    r"|zero|nothing)\b)"
    r"(?P<actor>[^,.;]{1,40})"
)
# The part of an object phrase that can still name the place: "Al Sukhna in eastern Syria on
# Sunday" -> "Al Sukhna in eastern Syria"
_OBJECT_END = compile_pattern(
    r"\s+(?:on|in\s+(?:the\s+face|\L<months>|late|early|mid|\d)|after|before|since|as|when|"
    r"while|amid|following|by|with|(?:last|this|next)\s+(?:week|month|year|night|weekend|"
    r"morning|\L<weekdays>)|and\s+(?:raised|killed|took))\b",
    weekdays=["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    months=["january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"],
)  # fmt: skip

# Verbs that say who holds a place only of a side in a conflict: "masked men entered the store",
# "the family left Homs", "protesters stormed the building" say no such thing
_NEEDS_A_SIDE = frozenset({"lost", "left", "fled", "evacuated", "entered", "stormed", "secured"})
# (and the source "according to" names, to its comma: "According to the UN's office OCHA,
# about 18,500 people have fled Um Kadada")
_SAID = compile_pattern(r"\b(?:said|says|say|told|reported)\b|\b[Aa]ccording\s+to\b[^,;]*,?")
# Where someone was taken to: "took Jane Roe to Memorial Hospital", "took him into custody"
_TAKEN_SOMEWHERE = compile_pattern(r"\s(?:to|into)\s")

# Whose side an actor is on.
# (not a rebel side's army: "The rebel army says it has seized Masisi", "opposition troops")
# A side's word that names a place or a thing of it, not who acted: "Jihadists overrun army
# base, seize town", "troops raided rebel camps and took the town"
_ITS_PLACE = (
    r"(?!\s+(?:bases?|camps?|posts?|outposts?|barracks|garrisons?|positions?|checkpoints?"
    r"|headquarters|hideouts?|strongholds?|convoys?|vehicles?|trucks?|uniforms?|depots?)\b)"
)
_GOVERNMENT = compile_pattern(
    r"(?<!\b(?:rebels?|insurgents?|militia|guerrillas?|opposition|liberation|resistance"
    r"|jihadists?|militants?|separatists?)\s+)"
    r"\b(?:government|regime|army|troops|soldiers|loyalist|pro-government|military|"
    rf"security\s+forces|state\s+forces|armed\s+forces)\b{_ITS_PLACE}",
    regex.IGNORECASE,
)
_REBELS = compile_pattern(
    r"\b(?:rebels?|opposition|insurgents?|militants?|fighters|gunmen|jihadists?|terrorists"
    r"|armed\s+groups?|militias?|guerrillas?|separatists?"
    # ("resistance forces", "anti-junta forces": the junta's enemies)
    r"|resistance|anti-(?:junta|government|regime)\s+(?:forces|fighters|groups?|militias?))\b"
    rf"{_ITS_PLACE}",
    regex.IGNORECASE,
)
_COUNTRYS_FORCES = compile_pattern(
    r"\b(?P<people>\p{Lu}\p{Ll}+)\s+(?:troops|forces|soldiers|army|military|armed\s+forces)\b"
)
_GROUP_WORDS = compile_pattern(r"\p{Lu}[\p{L}*-]*(?:\s+\p{Lu}[\p{L}-]*)*")
# "ISIL fighters": the group's own noun after its name
_GROUP_NOUN = compile_pattern(
    r"\s+(?:\w+\s+)?(?:fighters|militants|forces|jihadists|militia|militias|militiamen|rebels)\b"
)


# Where the patterns' words may be, from the document's index of words (``word_index``): a
# verb begins every match of _VERB, which is tried only there; a sentence without a word that
# begins as one of the nouns (or "fell") has no match of _NOUN (_FELL) and is not searched.
def _leading(word: str) -> str:
    """The lower-case ASCII letters ``word`` begins with ("pull-out": "pull")."""
    return word.removesuffix(word.lstrip(ascii_lowercase))


_VERB_WORDS = beginnings(_GAINED + _LOST)
_NOUN_WORDS = beginnings(_NOUNS_GAINED + _NOUNS_LOST)
_FELL_WORDS = beginnings(["fell"])
# ... and of those words only those that go on as one of the patterns' words does ("with" is no
# "withdrew from" nor "withdrawal", "fellow" no "fell"): the patterns' words are lower-case and
# match only so (no flags), and a test in C (``may_begin``) is quicker than a try of a pattern.
_VERB_PREFIXES = prefixes(_leading(w) for w in _GAINED + _LOST)
_NOUN_PREFIXES = prefixes(_leading(w) for w in _NOUNS_GAINED + _NOUNS_LOST)
_FELL_PREFIXES = prefixes(["fell"])


@dataclass(frozen=True)
class _Words:
    """The offsets of the words that begin as the patterns' words do (None: unknown, where
    the document has no index)."""

    verbs: list[int] | None
    nouns: list[int] | None
    fell: list[int] | None


def _words(text: str) -> _Words:
    index = word_index(text)
    if index is None:
        return _Words(None, None, None)
    lowered = index.lowered
    return _Words(
        *(
            [at for at in index.starts(words) if may_begin(lowered, at, begun)]
            for words, begun in (
                (_VERB_WORDS, _VERB_PREFIXES),
                (_NOUN_WORDS, _NOUN_PREFIXES),
                (_FELL_WORDS, _FELL_PREFIXES),
            )
        )
    )


# Who holds a place, as a state: "Kalembe has been under the control of the army since 9
# March", "the village, which remains under rebel control", "the town is in the hands of the
# militia", "rebels remain in control of the airport", "the group still holds Sake"
_PLACE_HELD = (
    # (not a part of a place: "a large part of northern Syria", "the area around Let Pan Hla")
    r"(?<!\b(?:of|and|around|near|outside|northern|southern|eastern|western|central)\s)"
    r"(?<!\p{Lu}[\p{L}'’-]*\s)"  # (a name from its first word: not "Pan Hla" of "Let Pan Hla")
    r"(?P<object>[Tt]he\s+(?:town|city|village|district|ward|area|camp|base|province|region"
    r"|port|airport|hospital|market|compound|post|garrison)(?:\s+of\s+\p{Lu}[\p{L}'’-]+)?"
    r"|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})"
)
_ACTOR_AFTER = r"(?P<actor>(?:(?!\s+(?:since|as\s+of|for|after|until)\b)[^,.;:()]){1,60})"
# The clause after a place that tells who holds it: "Kalembe has been", "the village, which
# remains", "Mahaday, a district that had been"
_WHICH_IS = (
    r"(?:\s*,\s*(?:an?\s+(?:[\p{L}-]+\s+){0,2}?(?:town|city|village|district|area|region|port"
    r"|camp|base|province|suburb|enclave)\s+)?(?:which|that)\s+"
    # ("Lisasa, which lies 110 km from Bunia, has been in the hands of the rebels"; "The
    # village, home to about 3,000 people, has been controlled by anti-junta forces")
    r"|\s*,\s*(?:which\s+(?:lies|lay|sits|stands|is\s+located)|home\s+to|with\s+a\s+population"
    r"\s+of)\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,60},\s+|\s+)"
)
_UNDER_CONTROL = compile_pattern(
    _PLACE_HELD
    + _WHICH_IS + r"(?:has\s+been|had\s+been|have\s+been|is|was|remains"
    r"|remained|has\s+remained|had\s+remained|are|were)\s+(?:(?:now|still|firmly|fully|again"
    r"|back|largely)\s+)*(?:under\s+(?:the\s+)?(?:full\s+|complete\s+|firm\s+|total\s+)?"
    rf"control\s+of\s+{_ACTOR_AFTER}|under\s+(?P<actor>[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?)"
    rf"\s+control|in\s+the\s+hands\s+of\s+{_ACTOR_AFTER}|(?:held|controlled)\s+by"
    rf"\s+{_ACTOR_AFTER})"
)
_IN_CONTROL = compile_pattern(
    # ("The army says it has been back in control of Diapaga since Sunday")
    r"(?P<actor>\b[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)\s+(?:(?:remain|remains|remained|is|are"
    r"|was|were|has\s+been|have\s+been|had\s+been)\s+(?:still\s+|now\s+|firmly\s+|back\s+)?"
    r"in\s+(?:full\s+|complete\s+|firm\s+)?"
    r"control\s+of|(?:(?:still|now)\s+)?(?:control|controls|hold|holds)"
    r"|(?:still|now)\s+(?:controlled|held))\s+"
    r"(?P<object>[^,.;:()“”\"]{1,90})"
)
# "Rebels have held Kessel since 2021", "the militia, which has controlled the port of Ras Isa
# since 2015": who has held a place, and since when (with no "since", "have held" is too often
# another verb's: "police have held Smith for questioning", "have held talks")
_HAVE_HELD = compile_pattern(
    # ("The Joint Forces, which had controlled the town since December 2023")
    r"(?P<actor>\b[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?:\s*,\s*(?:which|who))?\s+(?:have|has|had)\s+"
    r"(?:(?:long|now|firmly|effectively|already|still|also)\s+)?(?:held|controlled)\s+"
    r"(?P<object>(?:the\s+(?:[\p{L}-]+\s+){0,3}?(?:town|city|village|district|province|region"
    r"|port|enclave|area|stronghold)\s+of\s+"
    # ("the Houthis, who have controlled the capital Sanaa since September 2014")
    r"|the\s+(?:[\p{L}-]+\s+)?capital,?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}"
    # ("Government troops have held the district since March 2018": the district told of)
    r"|the\s+(?:town|city|village|district|province|region|port|enclave|area|camp|base))"
    # ("have held Lisasa, a market town 70 km north of Bunia, since March 9": what the place
    # is, between it and since when)
    r"(?=(?:\s*,\s*(?:an?|the)\s+[^;.]{1,80}?,)?\s+since\b)"
)
# "the army-held town of Wadi Tarna", "rebel-held Douma", "the al-Mahatta district, which has
# been in rebel hands since October"
_HELD_BY_NAME = compile_pattern(
    r"\b(?P<actor>[\p{L}]+(?:\s+[\p{L}]+)?)-(?:held|controlled)\s+(?:(?:town|city|village"
    r"|district|area|region|province|suburb|enclave|port|base)\s+of\s+)?"
    r"(?P<object>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})"
)
_IN_HANDS = compile_pattern(
    _PLACE_HELD
    + _WHICH_IS + r"(?:has\s+been|had\s+been|have\s+been|is|was|remains"
    r"|remained|are|were)\s+(?:(?:now|still|firmly|back)\s+)*in\s+(?P<actor>[\p{L}-]+)\s+hands\b"
)
_SINCE = compile_pattern(r"\s+since\s+$")
# How far after the place its "since" date may be (past what the place is, where the pattern
# reads that: "have held Lisasa, a market town 70 km north of the capital, Bunia, since ...")
_SINCE_REACH, _SINCE_REACH_APPOSED = 60, 120
_A_PART_OF_IT = compile_pattern(
    r"^[Tt]he\s+\p{L}+\s+(?:centre|center|outskirts|suburbs?|parts?|half|edge|area|areas"
    r"|districts?|quarters?)\b"
)
# An army by its name: a state's ("the Sudanese Army") or an armed group's ("the Arakan Army")
_AN_ARMED_GROUP = compile_pattern(
    r"(?:the\s+)?(?P<first>\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)*\s+Army\b"
)
# A clause that is a name alone, as a group's: "The Clan del Golfo", "Comando Vermelho"
_A_GROUP_S_NAME = compile_pattern(
    r"\W*(?:[Tt]he\s+)?(?P<name>\p{Lu}[\p{L}-]+(?:\s+(?:(?:del|de|la|of|al|el)\s+)?"
    r"\p{Lu}[\p{L}-]+){0,3})(?:\s+(?:has|have|had|also|then|later)){0,2}\s*"
)
# First words of a state's army by its name: "the National Army", "the Royal Army"
_A_STATE_S_ARMY = frozenset({"National", "Royal", "Imperial", "Federal", "Regular"})
_CLAUSE_AFTER_ACTOR = compile_pattern(r"\s+(?:who|which|that|and|but|in\s+order|to|as|while)\b")
# A word each pattern of who holds a place needs: the sentences without one are not read
_STATE_WORDS = compile_words(r"control|hands|held|hold")


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    words = _words(ctx.text)
    held = {s.start for s in ctx.sentences_with(_STATE_WORDS)}
    for sentence in ctx.sentences:
        if sentence.start in held:
            yield from _held(ctx, sentence)
        # (most sentences have none of the words: not read, rather than tried three times)
        if not (_has(words.verbs, sentence) or _has(words.nouns, sentence)
                or _has(words.fell, sentence)):  # fmt: skip
            continue
        yield from _verbs(ctx, sentence, words)
        yield from _nouns(ctx, sentence, words)


def _held(ctx: DocumentContext, sentence: Sentence) -> Iterator[Claim]:
    """Who holds a place as the article is written, and since when where it says."""
    text = ctx.text
    said = sentence.text
    for pattern, needs in _HELD_PATTERNS:
        if not any(word in said for word in needs):
            continue  # (a word every match has: most sentences lack it)
        if pattern is _HELD_BY_NAME and _VERB.search(text, sentence.start, sentence.end):
            continue  # ("seized the last rebel-held town of Talbiseh": held before it fell)
        for m in _near_words(pattern, needs, text, sentence, said):
            obj_start, obj_end = _object_span(text, m.start("object"), m.end("object"))
            if _A_PART_OF_IT.search(text, obj_start, obj_end):
                continue  # "they still hold the city centre": not the whole city
            place = ctx.resolve_place_phrase(obj_start, obj_end)
            # (the side named first: "Kurdish forces who also fought against Daesh")
            named = _CLAUSE_AFTER_ACTOR.split(m["actor"])[0]
            army = _AN_ARMED_GROUP.match(named)
            if army and army["first"].lower() not in demonyms():
                continue  # "the Kachin Independence Army": an army, but whose side? (not "the
                # Sudanese Army", a state's)
            # ("The Clan del Golfo has held Taraza since 2018": a group by its name)
            actor = _actor(named, by_name=pattern is _HAVE_HELD)
            if not place or actor is None:
                continue  # ("the situation remains under control": no side, no place)
            # (from the object's end too: "in control of Diapaga since Sunday" holds its date)
            after = min(obj_end, m.end())
            reach = _SINCE_REACH_APPOSED if pattern is _HAVE_HELD else _SINCE_REACH
            since = next(
                (d for d in ctx.dates_in(after, min(sentence.end, max(obj_end, m.end()) + reach))
                 if d.value.known and _SINCE.search(text, max(after, d.start - 10), d.start)),
                None,
            )  # fmt: skip
            # (the quote runs to the date: "...under government control since 2022")
            yield ctx.claim(
                CODE, KIND, "control", "", m.start(), m.end() if since is None else since.end,
                Event("held", actor, place, None if since is None else since.value), sentence,
                place=place,
                label=f"control of {place}",
                comparable=not _HELD_BEFORE.search(m[0]),
            )  # fmt: skip


# A hold told in the past perfect is one that ended before the story: "The army had held Umm
# Sidr since it retook the town", "the town, which had been under rebel control since 2019"
# (not to be set against the side that holds it now)
_HELD_BEFORE = compile_pattern(
    r"\bhad\s+(?:been|remained|(?:(?:long|firmly|effectively|already|also)\s+)?(?:held"
    r"|controlled))\b"
)


# Each pattern of who holds a place, with the words one of which each of its matches has
_HELD_PATTERNS = [
    (_UNDER_CONTROL, ("under ", "hands of", "held by", "controlled by")),
    (_IN_CONTROL, (" control", " hold")),
    (_HELD_BY_NAME, ("-held", "-controlled")),
    (_IN_HANDS, (" hands",)),
    (_HAVE_HELD, (" held ", " controlled ")),
]
# How far a match may begin before its word and end after it (a place or side of a few words)
_BEFORE_THE_WORD, _AFTER_THE_WORD = 120, 160


def _near_words(
    pattern: regex.Pattern[str],
    needs: tuple[str, ...],
    text: str,
    sentence: Sentence,
    said: str,
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` in the sentence (whose text is ``said``), searched only around
    its words (a pattern that opens on a name or a side is otherwise tried at every word of a
    long sentence)."""
    seen = set()
    for word in needs:
        at = said.find(word)
        while at >= 0:
            lo = sentence.start + max(0, at - _BEFORE_THE_WORD)
            hi = min(sentence.end, sentence.start + at + len(word) + _AFTER_THE_WORD)
            for m in pattern.finditer(text, lo, hi):
                if m.start() not in seen:
                    seen.add(m.start())
                    yield m
            at = said.find(word, at + 1)


# An aim, a threat or an attempt, before the verb: not what happened
_NOT_DONE = compile_pattern(
    r"\b(?:vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|threaten(?:ed|s)?|plan(?:s|ned)?|aim(?:s|ed)?"
    r"|seek(?:s|ing)?|sought|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|intend(?:s|ed)?"
    r"|fail(?:s|ed)?|push(?:ed|ing)?|bid|effort|wants?|wanted|hop(?:es|ed)|prepar(?:es|ed|ing)"
    r"|expected|likely|could|would|might|may|will)\s+(?:(?:again|quickly|soon|swiftly)\s+)?to\s+"
    r"(?:(?:again|quickly|soon|swiftly)\s+)?$"
    r"|\b(?:could|would|might|may|will|shall|cannot|can['’]t|won['’]t)\s+(?:not\s+)?$",
    regex.IGNORECASE,
)


def _verbs(ctx: DocumentContext, sentence: Sentence, words: _Words) -> Iterator[Claim]:
    text = ctx.text
    for m in finditer_at(_VERB, text, words.verbs, sentence.start, sentence.end):
        verb = m["verb"].lower()
        action = "lost" if verb in _LOST else "gained"
        obj_start, obj_end = _object_span(text, m.start("object"), m.end("object"))
        if verb == "took" and _TAKEN_SOMEWHERE.search(text, obj_start, obj_end):
            continue  # "paramedics took Jane Roe to the hospital": carried, not captured
        if _NOT_DONE.search(text, max(sentence.start, m.start() - 40), m.start()):
            continue  # "the army has vowed to retake the town": an aim, not a change of hands
        place = _place_of(ctx, obj_start, obj_end)
        if not place and action == "gained":
            taken = _taken_before(ctx, sentence, m)
            if taken is not None:
                yield taken
            continue
        if not place:
            continue
        clause = text[sentence.start : m.start()]
        if verb in _NEEDS_A_SIDE:
            # (the side that speaks is not the one that left: "The UN said some 35,000 people
            # had fled the town")
            clause = _SAID.split(clause)[-1]
        actor = _actor(clause, by_name=action == "gained")
        if verb in _NEEDS_A_SIDE and actor is None:
            continue  # "lost" and "left" without a named side say too little
        retaken = action == "gained" and _RETAKEN.match(verb) is not None
        yield _claim(ctx, sentence, m.start(), obj_end, action, actor, place, retaken)


# The place named before the verb that took it: "Mariupol, which Russian forces captured in May
# 2022", "Mariupol, seized by Russian troops in April 2022", "Sake was captured by the rebels"
_PLACE_BEFORE = r"(?P<object>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})"
_TAKEN_BY_WHICH = compile_pattern(
    rf"{_PLACE_BEFORE},\s+which\s+(?P<actor>[^,;:()]{{1,60}}?)\s+(?:had\s+|has\s+|have\s+)?$"
)
# (set off by a comma, or a name the text names as a place elsewhere: "Smith was captured by
# rebels" is a man's fate; "The village was seized by resistance fighters in November 2023",
# the village told of)
_TAKEN_PASSIVE = compile_pattern(
    r"(?:(?<!\p{L}\s)(?P<object>[Tt]he\s+(?:town|city|village|district|base|camp|port|airport))"
    rf"|{_PLACE_BEFORE})"
    r"(?:,\s+(?:which|that)\s+(?:was|had\s+been|has\s+been)\s+|,\s+"
    r"|\s+(?:was|were|had\s+been|has\s+been)\s+)$"
)
_BY_ACTOR = compile_pattern(r"by\s+(?P<actor>[^,.;:()]{1,60})")


def _taken_before(ctx: DocumentContext, sentence: Sentence, m: regex.Match[str]) -> Claim | None:
    """A place taken, named before its verb, with who took it."""
    text = ctx.text
    verb = m["verb"].lower()
    if verb in _NEEDS_A_SIDE:
        return None
    before = text[max(sentence.start, m.start() - 120) : m.start()]
    which = _TAKEN_BY_WHICH.search(before)
    by = _BY_ACTOR.match(text, m.start("object"), m.end("object"))
    passive = _TAKEN_PASSIVE.search(before) if by else None
    found = which or passive
    if found is None:
        return None
    offset = m.start() - len(before)
    place = ctx.resolve_place_phrase(offset + found.start("object"), offset + found.end("object"))
    who = which or by  # (a passive has its "by")
    actor = _actor(who["actor"]) if who else None
    if not place or actor is None:
        return None
    if not which and not ctx.names_as_a_place(place):
        return None  # ("Jo Roe, captured by soldiers on Monday": a place the text names as one)
    retaken = _RETAKEN.match(verb) is not None
    start = offset + found.start("object")
    return _claim(ctx, sentence, start, m.end("verb"), "gained", actor, place, retaken)


def _has(starts: list[int] | None, sentence: Sentence) -> bool:
    """Whether the sentence may have a match: one of ``starts`` is in it, or they are unknown."""
    return starts is None or any_within(starts, sentence.start, sentence.end)


def _nouns(ctx: DocumentContext, sentence: Sentence, words: _Words) -> Iterator[Claim]:
    text = ctx.text
    if _has(words.nouns, sentence):
        for m in _NOUN.finditer(text, sentence.start, sentence.end):
            action = "lost" if m["noun"] in _NOUNS_LOST else "gained"
            obj_start, obj_end = _object_span(text, m.start("object"), m.end("object"))
            place = ctx.resolve_place_phrase(obj_start, obj_end)
            if not place:
                continue
            actor = _actor(m["actor"] or "") if action == "lost" else None
            if action == "lost" and actor is None:
                continue  # "the evacuation of Homs" says nothing about who lost it
            retaken = m["noun"] == "recapture"
            yield _claim(ctx, sentence, m.start(), obj_end, action, actor, place, retaken)
    if _has(words.fell, sentence):
        for m in _FELL.finditer(text, sentence.start, sentence.end):
            place = _place_of(ctx, m.start("object"), m.end("object"))
            if place:
                actor = _actor(m["actor"])
                yield _claim(ctx, sentence, m.start(), m.end("actor"), "gained", actor, place)


def _place_of(ctx: DocumentContext, start: int, end: int) -> str | None:
    """The place an object names; "the town" with none named a town is the one town, city or
    village named before with no kind ("Fighting raged around Kelmi ... Rebels captured the
    town on Sunday")."""
    return ctx.resolve_place_phrase(start, end) or ctx.one_untyped_settlement(
        start, end, whole=True
    )


def _claim(
    ctx: DocumentContext,
    sentence: Sentence,
    start: int,
    end: int,
    action: str,
    actor: str | None,
    place: str,
    retaken: bool = False,
) -> Claim:
    event, reported = ctx.when(sentence, start)
    value = Event(action, actor, place, event, retaken)
    return ctx.claim(
        CODE, KIND, "control", "", start, end, value, sentence,
        place=place, time=event, reported=reported, label=f"control of {place}",
    )  # fmt: skip


def _object_span(text: str, start: int, end: int) -> tuple[int, int]:
    cut = _OBJECT_END.search(text, start, end)
    return start, cut.start() if cut else end


def _actor(clause: str, *, by_name: bool = False) -> str | None:
    """The side named in the words before a control verb, the nearest first: a group the alias
    table knows ("ISIL fighters" is Islamic State), else government or rebels by their words."""
    tail = clause[-120:]
    aliases = default_aliases()
    candidates: list[tuple[int, str]] = []
    for m in _GROUP_WORDS.finditer(tail):
        for phrase in _prefixes(m.group()):
            canonical = aliases.canonical(phrase)
            if canonical and aliases.entity_type(canonical) == "group":
                # "ISIL fighters": the group's own noun belongs to it
                follow = _GROUP_NOUN.match(tail, m.end())
                candidates.append((follow.end() if follow else m.end(), canonical))
                break
    for pattern, side in ((_GOVERNMENT, "government"), (_REBELS, "rebels")):
        candidates += [(m.end(), side) for m in pattern.finditer(tail)]
    # "Russian troops", "Ukrainian forces": a country's own forces, named by its people's word
    # (they tie with "troops", which says only "government", and win the tie)
    for m in _COUNTRYS_FORCES.finditer(tail):
        country = demonyms().get(m["people"].lower())
        if country:
            candidates.append((m.end(), country))
    # "the Arakan Army": an armed group by its name, no state's army (it ties with "army")
    for m in _AN_ARMED_GROUP.finditer(tail):
        words = m.group().split()
        words = words[1:] if words[0].lower() == "the" else words
        if words[0].lower() not in demonyms() and words[0] not in _A_STATE_S_ARMY:
            candidates.append((m.end(), " ".join(words)))
    if not candidates:
        # ("The Clan del Golfo took control of Taraza": a group by its name, the clause's
        # whole subject, where the alias table does not know it; ``by_name`` for the verbs
        # of taking, not of leaving: "McCray fled Austin")
        named = _A_GROUP_S_NAME.fullmatch(clause) if by_name else None
        if named is None or core_key(named["name"]) in country_keys():
            return None
        # (not a sentence's first word, a class of people: "Police have held Walsh since
        # Tuesday for questioning")
        return None if named["name"].lower() in SUBJECT_CLASSES else named["name"]
    # the nearest to the verb wins; a group ties with its own noun and wins the tie
    candidates.sort(key=lambda c: (c[0], c[1] not in ("government", "rebels")))
    return candidates[-1][1]


def _prefixes(words: str) -> list[str]:
    parts = words.split()
    if len(parts) > 1 and parts[0] == "The":
        parts = parts[1:]  # ("The Houthi militia": a sentence's first word)
    return [" ".join(parts[:n]) for n in range(len(parts), 0, -1)]
