"""Event dates: when a named event happened ("the ceasefire went into effect on Thursday").

Reads a date or weekday next to an event noun: "A ceasefire went into effect on August 3, 2017",
"the offensive began two months ago", "an explosion on Friday", "the deal was reached in March".
Weekdays and relative dates are resolved against the article's publication date (a weekday is
the most recent one on or before it); with no publication date they stay weekdays and are never
given an invented date. A date that follows "reported" or "said" is when it was reported, not
when it happened, and is not read here.

Half the disagreements between reports are about when: the day a truce began, the day a town
fell. Two dates for one event are compared only for the same kind of event in the same place.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim

CODE = "HC301"
NAME = "event-date"
KIND = "event-date"
EXAMPLES = [
    ("A truce took effect in Daraa on July 9, 2017.", "date of the truce = 2017-07-09"),
    (
        "The offensive on Raqqa began in June 2017.",
        "date of the offensive = 2017-06-01..2017-06-30",
    ),
]

# Each kind of event, by the words news uses for it.
EVENTS = {
    **dict.fromkeys(["ceasefire", "cease-fire", "truce", "armistice"], "truce"),
    **dict.fromkeys(["deal", "agreement", "accord", "settlement"], "agreement"),
    **dict.fromkeys(["offensive", "assault", "campaign", "operation", "incursion",
                     "invasion"], "offensive"),
    **dict.fromkeys(["attack", "explosion", "blast", "bombing", "bomb", "suicide bombing",
                     "shooting", "massacre", "ambush"], "attack"),
    **dict.fromkeys(["air strike", "airstrike", "air strikes", "airstrikes", "strike",
                     "strikes", "shelling", "bombardment", "raid"], "strike"),
    **dict.fromkeys(["fighting", "clashes", "battle", "siege"], "fighting"),
    **dict.fromkeys(["evacuation", "evacuations", "withdrawal", "convoy"], "evacuation"),
    **dict.fromkeys(["election", "elections", "vote", "referendum", "poll"], "election"),
    **dict.fromkeys(["protest", "protests", "demonstration", "demonstrations", "rally",
                     "uprising"], "protest"),
    **dict.fromkeys(["earthquake", "quake", "flood", "floods", "storm", "fire", "wildfire",
                     "landslide", "crash", "collision"], "disaster"),
    **dict.fromkeys(["talks", "summit", "meeting", "conference", "negotiations"], "talks"),
}  # fmt: skip

_EVENT = regex.compile(
    r"\b(?P<event>\L<events>)\b", regex.IGNORECASE, events=sorted(EVENTS, key=len, reverse=True)
)
_REPORTING = regex.compile(
    r"(?:reported|reports|said|says|told|announced|confirmed|stated|claimed)\s+(?:on\s+)?$"
)
_WINDOW = 90  # characters between an event noun and its date


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    text = ctx.text
    for sentence in ctx.sentences:
        events = list(_EVENT.finditer(text, sentence.start, sentence.end))
        if not events:
            continue
        for date in ctx.dates_in(sentence.start, sentence.end):
            if _REPORTING.search(text[max(sentence.start, date.start - 30) : date.start]):
                continue
            if not date.value.known and date.value.weekday is None:
                continue  # an unanchored month: nothing to compare
            if date.value.granularity in ("year", "decade") and not date.relative:
                continue  # "in 2014" dates an era, not an event
            event = _event_of(events, date.start, date.end, sentence.start)
            if event is None:
                continue
            kind = EVENTS[event["event"].lower()]
            start, end = min(event.start(), date.start), max(event.end(), date.end)
            yield ctx.claim(
                CODE, KIND, kind, "", start, end, date.value, sentence,
                place=ctx.place_near(sentence, event.end()), time=date.value,
                label=f"date of the {kind}",
            )  # fmt: skip


def _event_of(
    events: list[regex.Match[str]], start: int, end: int, sentence_start: int
) -> regex.Match[str] | None:
    """The event a date belongs to: the nearest event noun before it ("a ceasefire went into
    effect on Thursday"), or, when the sentence opens with the date, the first one after it
    ("On Friday an explosion hit")."""
    before = [e for e in events if e.end() <= start and start - e.end() <= _WINDOW]
    if before:
        return before[-1]
    if start - sentence_start <= 20:
        after = [e for e in events if e.start() >= end and e.start() - end <= _WINDOW]
        if after:
            return after[0]
    return None


def _distance(event: regex.Match[str], start: int, end: int) -> int:
    if event.end() <= start:
        return start - event.end()
    if end <= event.start():
        return event.start() - end
    return 0
