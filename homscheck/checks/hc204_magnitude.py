"""Magnitude: how strong an earthquake was ("a magnitude 7.1 earthquake").

Reads "a magnitude 7.1 earthquake", "the 6.4-magnitude quake", "a magnitude-5.8 tremor", "the
quake measured 6.2 on the Richter scale", "a 7.8 magnitude earthquake struck", "a quake of
magnitude 6.0", "the quake, of magnitude 5.5,". The value is the figure as given, with its
precision: "7" and "7.0" are one value.

Agencies measure a quake differently (the USGS, a national seismic centre, the first automatic
estimate and the revised one), and reports copy one or the other: a disagreement worth a look,
and one that says which agency a report relied on.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim, Quantity
from homscheck.patterns import compile_pattern

CODE = "HC204"
NAME = "magnitude"
KIND = "magnitude"
EXAMPLES = [
    ("A magnitude 7.1 earthquake struck the region at dawn.", "magnitude of the earthquake = 7.1"),
    ("The 6.4-magnitude quake shook the capital.", "magnitude of the earthquake = 6.4"),
]

_QUAKE = r"(?:earthquake|quake|tremor|temblor|aftershock|shock)s?"
_FIGURE = r"(?P<m>\d(?:\.\d{1,2})?)"
# "magnitude 7.1 earthquake", "magnitude-5.8 tremor", "7.8 magnitude earthquake", "6.4-magnitude
# quake", "quake of magnitude 6.0", "quake measured 6.2 on the Richter scale", "a quake with a
# preliminary magnitude of 5.9"
# (words between the quake and its magnitude, a time's "a.m." among them: "The earthquake,
# which struck at 11:42 a.m. on May 10, had a magnitude of 6.8")
_BETWEEN = r"(?:[^.;]|\b[ap]\.m\.)"
# "had a magnitude of 6.8", "the quake's magnitude was revised to 6.1", "the magnitude of the
# quake was put at 6.3"
_SET_AT = (
    r"(?:was\s+)?(?:(?:later|since|then|initially|first)\s+)?"
    r"(?:(?:put|revised|estimated|upgraded|downgraded|given)\s+(?:at|to|as)\s+)?"
)
_MAGNITUDE = compile_pattern(
    rf"\bmagnitude[ -]{_FIGURE}(?:[ -](?:\w+[ -]){{0,2}}?{_QUAKE})?\b(?!\.\d)"
    rf"|\b{_FIGURE}[ -]magnitude\b"
    rf"|\b{_QUAKE}\b{_BETWEEN}{{0,60}}?\b(?:of\s+(?:a\s+)?magnitude|at\s+magnitude"
    rf"|(?:with|had|has|of)\s+an?\s+(?:\w+\s+)?magnitude\s+of)\s+{_FIGURE}\b(?!\.\d)"
    rf"|\b{_QUAKE}['’]s\s+(?:\w+\s+)?magnitude\s+{_SET_AT}{_FIGURE}\b(?!\.\d)"
    rf"|\bmagnitude\s+of\s+the\s+(?:\w+\s+)?{_QUAKE}\s+{_SET_AT}{_FIGURE}\b(?!\.\d)"
    rf"|\b{_QUAKE}\b{_BETWEEN}{{0,40}}?\b(?:measured|measuring|registered|registering)\s+"
    rf"(?:(?:a\s+)?magnitude\s+)?{_FIGURE}\b(?!\.\d)(?:\s+on\s+the\s+Richter\s+scale)?"
    # an agency's figure, the quake told before: "The USGS put its magnitude at 6.4", "the
    # centre measured it at 6.1", "Iran's centre gave a magnitude of 6.1"
    rf"|\b(?:put|puts|putting|estimated|set|sets)\s+(?:its|the)\s+(?:\w+\s+)?magnitude\s+(?:at|as)\s+"
    rf"{_FIGURE}\b(?!\.\d)"
    rf"|\b(?:measured|measures|measuring|rated|rates|recorded|records)\s+it\s+(?:at|as)\s+"
    rf"(?:(?:a\s+)?magnitude\s+)?{_FIGURE}\b(?!\.\d)"
    rf"|\b(?:gave|gives|giving|recorded|records|reported|reports|registered|registers)\s+(?:it\s+)?"
    rf"an?\s+(?:\w+\s+)?magnitude\s+of\s+{_FIGURE}\b(?!\.\d)",
    regex.IGNORECASE,
)
# A sentence has a magnitude only if it says "magnitude" or "Richter", and names a quake (not
# "the star's apparent magnitude 4.5")
# (its words in lower case, the same under IGNORECASE: ``DocumentContext.sentences_with`` then
# reads it from the document's index of words, not by a search of the whole text)
_TRIGGER = compile_pattern(r"\b(?:magnitude|richter)\b", regex.IGNORECASE)
_A_QUAKE = compile_pattern(
    # (or the agencies that measure one: "The U.S. Geological Survey put its magnitude at 6.4")
    rf"\b{_QUAKE}\b|\bRichter\b|\b(?:Geological\s+Survey|Seismolog\w+|USGS|EMSC|GFZ)\b",
    regex.IGNORECASE,
)
# A quake by its magnitude in a claim of what such a quake does, no report of one: "A
# magnitude 6 earthquake should not kill hundreds of people"
_WHAT_SUCH_A_QUAKE_DOES = compile_pattern(
    r"\s+(?:should|would|could|can|cannot|can['’]t|may|might|will|won['’]t|usually|rarely"
    r"|typically|generally|often|seldom)\b",
    regex.IGNORECASE,
)
# The last quake word before a magnitude, which it is the magnitude of: "More than 40
# aftershocks followed, the strongest of them measuring magnitude 5.1"
_QUAKE_WORD = compile_pattern(rf"\b{_QUAKE}\b", regex.IGNORECASE)


_AFTERSHOCK = compile_pattern(r"\baftershocks?\b", regex.IGNORECASE)
_LARGEST = compile_pattern(r"\b(?:largest|strongest|biggest|most\s+powerful)\b", regex.IGNORECASE)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence in ctx.sentences_with(_TRIGGER):
        if not _A_QUAKE.search(ctx.text, sentence.start, sentence.end):
            continue
        for m in _MAGNITUDE.finditer(ctx.text, sentence.start, sentence.end):
            figure = float(m["m"])
            if not 0 < figure < 10:
                continue
            event, reported = ctx.when(sentence, m.start())
            # ("46 aftershocks followed, the largest of magnitude 5.4": not the quake's own;
            # the largest aftershock is one, any other one of many)
            shock = "earthquake"
            told = m.group()
            if not _QUAKE_WORD.search(told):
                # (the quake told before, in the sentence: "aftershocks ..., the strongest
                # of them measuring magnitude 5.1")
                before = list(_QUAKE_WORD.finditer(ctx.text, sentence.start, m.start()))
                if before:
                    told = ctx.text[before[-1].start() : m.end()]
            if _AFTERSHOCK.search(told):
                shock = "largest aftershock" if _LARGEST.search(told) else "aftershock"
            generic = _WHAT_SUCH_A_QUAKE_DOES.match(ctx.text, m.end(), sentence.end) is not None
            yield ctx.claim(
                CODE, KIND, "magnitude", shock, m.start(), m.end(),
                # (no place: the magnitude is the quake's, wherever a report measures from)
                Quantity.exact(figure), sentence, time=event, reported=reported,
                label=f"magnitude of the {shock}", counted=False,
                comparable=shock != "aftershock" and not generic,
            )  # fmt: skip
