"""Cases: how many cases of a disease an outbreak has counted, suspected or confirmed.

Reads "3,100 suspected cholera cases", "more than 3,000 cases of cholera have been recorded",
"the ministry has confirmed 2,950 cases", "the number of suspected cases rose to 3,250", "210
new cases were reported on Monday". Suspected and confirmed cases are two counts (a suspected
case is confirmed by a laboratory days later, or never), and an outbreak's total is a running
one; new cases are a day's.

Reports of an outbreak copy figures from the ministry, the WHO and aid agencies, each counted
to another day and by another definition: which count a report gives is worth a look.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.context import DocumentContext
from homscheck.model import Claim
from homscheck.numbers import NumberMention
from homscheck.patterns import compile_pattern

CODE = "HC111"
NAME = "cases"
KIND = "cases"
EXAMPLES = [
    ("Officials have recorded 3,100 suspected cholera cases since January.",
     "suspected cases = 3,100"),
    ("More than 2,000 cases of measles have been confirmed.", "confirmed cases = (2,000, )"),
]  # fmt: skip

# Words of a disease's story: "cases" elsewhere are a court's, a crate's or an example's
_DISEASES = (
    r"(?:cholera|measles|mpox|monkeypox|dengue|ebola|marburg|malaria|covid(?:-19)?|coronavirus"
    r"|influenza|flu|diphtheria|polio|meningitis|typhoid|plague|anthrax|hepatitis|tuberculosis"
    r"|diarrh(?:o)?ea|lassa(?:\s+fever)?|yellow\s+fever|chikungunya|zika|the\s+(?:virus|disease)"
    r"|infection|the\s+illness)"
)
_OUTBREAK = compile_pattern(
    rf"\b(?:{_DISEASES}|outbreak|epidemic|pandemic|virus|infections?|disease)\b",
    regex.IGNORECASE,
)
# What a count of cases is: suspected ones, confirmed ones, or all told
_KINDS = {"suspected": "suspected", "probable": "suspected", "possible": "suspected",
          "confirmed": "confirmed", "laboratory-confirmed": "confirmed",
          "lab-confirmed": "confirmed"}  # fmt: skip
_KIND = r"(?P<kind>suspected|probable|possible|confirmed|laboratory-confirmed|lab-confirmed)"
_NEW = r"(?P<new>new|fresh|additional)"
# "3,100 suspected cholera cases", "2,950 new confirmed cases", "more than 3,000 cases of
# cholera have been recorded", "1,200 cases had been confirmed"
_CASES_AFTER = compile_pattern(
    rf"(?:\s+{_NEW})?(?:\s+{_KIND})?(?:\s+(?!and\b|or\b|of\b|in\b|the\b)[\p{{L}}-]+){{0,2}}?"
    # (of a disease, if of anything: not "12 cases of fraud")
    rf"\s+cases\b(?:\s+of\s+{_DISEASES}\b|(?!\s+of\b))"
    rf"(?:\s+(?:have|had|has)\s+been\s+{_KIND.replace('kind', 'kind2')})?",
    regex.IGNORECASE,
)
# "the number of suspected cases rose to 3,250", "cases have climbed to 4,100"
_TOLL_BEFORE = compile_pattern(
    rf"\b(?:(?:number|tally|count|total)\s+of\s+(?:{_KIND}\s+)?(?:[\p{{L}}-]+\s+)?cases"
    r"|cases)\b[^.;:]{0,40}?\b(?:rose|risen|climbed|jumped|increased|reached|hit|topped"
    r"|exceeded|passed|stands|stood|is|was)\s+(?:to\s+|at\s+)?"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?$",
    regex.IGNORECASE,
)
_TRIGGER = compile_pattern(r"\bcases\b", regex.IGNORECASE)
_INSTANCES = compile_pattern(
    r"\bin\s+(?:(?:all|some|about|around|nearly|only|at\s+least)\s+)?$", regex.IGNORECASE
)
_CONFIRMED_BEFORE = compile_pattern(
    r"\b(?:confirmed|confirming|confirms)\s+(?:(?:more\s+than|over|about|around|nearly|some"
    r"|at\s+least)\s+)?$",
    regex.IGNORECASE,
)


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    text = ctx.text
    sentences = ctx.sentences_with(_TRIGGER)
    if not sentences or _OUTBREAK.search(text) is None:
        return
    for sentence in sentences:
        for number in ctx.numbers_in(sentence.start, sentence.end):
            found = _read(text, sentence.start, sentence.end, number)
            if found is None:
                continue
            start, end, kind, new = found
            event, reported = ctx.when(sentence, start)
            measure = "new cases" if new else "cases"
            subject = kind or "all"
            label = " ".join(w for w in ("new" if new else "", kind or "", "cases") if w)
            yield ctx.claim(
                CODE, KIND, measure, subject, start, end, number.value, sentence,
                place=ctx.place_near(sentence, end), time=event, reported=reported,
                # (an outbreak's total runs on: compared with other totals, told any day)
                cumulative=not new, label=label, counted=False,
            )  # fmt: skip


def _read(
    text: str, start: int, end: int, number: NumberMention
) -> tuple[int, int, str | None, bool] | None:
    """The quote's span of a count of cases at ``number``, its kind and whether it counts new
    cases only; None where the number counts no cases."""
    if number.fraction or number.value.unit is not None or number.value.low is None:
        return None
    before = text[max(start, number.start - 40) : number.start]
    if _INSTANCES.search(before):
        return None  # "in 3 cases the virus spread": instances, no count of the sick
    after = _CASES_AFTER.match(text, number.end, end)
    if after is not None:
        written = after["kind"] or after["kind2"]
        if written is None and _CONFIRMED_BEFORE.search(before):
            written = "confirmed"  # "the ministry has confirmed 2,950 cases"
        return number.start, after.end(), _KINDS.get((written or "").lower()), bool(after["new"])
    toll = _TOLL_BEFORE.search(text, max(start, number.start - 90), number.start)
    if toll is not None:
        written = toll["kind"]
        return toll.start(), number.end, _KINDS.get((written or "").lower()), False
    return None
