"""People: the named victims, suspects and witnesses of an event, with their ages.

Reads a personal name with an age in the orders news uses: "John Smith, 23, of Chicago",
"23-year-old John Smith", "Maria Lopez, aged 41", "Lopez, 41,". Each gives a name claim (so
spellings of one person across articles are found as variants: "Jamar Clark" / "Jamar Clarke")
and an age claim (so "Smith, 23" in one article and "Smith, 25" in another is a conflict; ages a
year apart are a tension, since a birthday or an older record explains them).

Conflict monitors and incident databases key victims by name and age; a wrong age is how two
people get merged, or one counted twice.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from homscheck.checks.hc501_official import _PERSON, _is_person, _trim
from homscheck.context import DocumentContext
from homscheck.model import Claim, Name, Quantity
from homscheck.names import core_key
from homscheck.patterns import compile_pattern

CODE = "HC502"
NAME = "person"
KIND = "person"
EXAMPLES = [
    ("Police identified the victim as Darnell Hayes, 27, of Gary.", "age of Darnell Hayes = 27"),
    ("A 16-year-old Keisha Brown was taken to hospital.", "age of Keisha Brown = 16"),
]

_AGE = r"(?P<age>\d{1,3})"
_PATTERNS = [
    # "Darnell Hayes, 27, of Gary", "Maria Lopez, aged 41"; not "23-year-old Ann Dodd,
    # 46-year-old Earl Dodd", where the 46 is the next person's
    compile_pattern(
        rf"{_PERSON},\s+(?:aged\s+|age\s+)?{_AGE}\b"
        r"(?!\s*(?:%|percent|years?\s+ago)|-?\s*years?[-\s]old\s+\p{Lu})"
    ),
    # "23-year-old John Smith", "a 16-year-old girl, Keisha Brown"
    compile_pattern(
        rf"\b{_AGE}-year-old\s+(?:(?:man|woman|boy|girl|teen|teenager|victim|suspect|"
        rf"gunman|mother|father|son|daughter)\s*,?\s+)?{_PERSON}"
    ),
]


def extract(ctx: DocumentContext) -> Iterator[Claim]:
    for sentence in ctx.sentences:
        if not regex.search(r"\d", ctx.text[sentence.start : sentence.end]):
            continue
        for pattern in _PATTERNS:
            for m in pattern.finditer(ctx.text, sentence.start, sentence.end):
                name = _trim(m["name"])
                age = int(m["age"])
                if not _is_person(name) or not 0 < age < 120 or len(name.split()) < 2:
                    continue  # a bare surname is too little to tell two people apart
                key = core_key(name)
                start, end = m.start(), m.end()
                yield ctx.claim(
                    CODE, KIND, "person", "", m.start("name"), m.start("name") + len(name),
                    Name(name, key, "person"), sentence, label=f"name of {name}",
                )  # fmt: skip
                yield ctx.claim(
                    CODE, KIND, "age", key, start, end, Quantity.exact(age), sentence,
                    label=f"age of {name}",
                )  # fmt: skip
