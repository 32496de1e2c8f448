"""More of the readers' shortcuts held to the plain ways: the places reader's quick tests of
where a name may begin, the date rules' starts found in their windows alone, the dateline's
label tried only on lines with a label's word, the word index and the line index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from homscheck import dates
from homscheck.checks import hc101_casualties, hc203_rank
from homscheck.context import DocumentContext, first_literals
from homscheck.dates import _plain_rule_matches, _rule_matches, find_publication_date
from homscheck.model import Document
from homscheck.patterns import compile_pattern
from homscheck.places import PlaceMention, find_places
from homscheck.text import LineIndex, WordIndex, plain_spaces

# -- places ----------------------------------------------------------------------------------


def _plain_places(text: str) -> list[PlaceMention]:
    """The places of ``text`` by the whole pattern, searched for at every offset."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr("homscheck.places._TYPES_AFTER", [""])  # every text has "": all read
        patched.setattr("homscheck.places._starts", lambda text, type_after: None)
        return find_places(text)


PLACE_TEXTS = [
    "the x-Homs city, the 'Homs city, the \u2019Homs city, 5Homs city, the (Homs) city",
    "Deir el Zor city, Hajar al-Aswad district, Abu Kamal  city, Al\u2011Bab town, de la Cruz city",
    "near Homs\tcity, in Homs\ncity, in Homs\u00a0province, in Homs\u3000province, in\u3000Homs",
    "\u00c9mile city, \u00d6l\u00e7ek province, \u01c5ivko city, \u24b6bc city, in \u24b6bc",
    "the ancient city, Syrian government forces captured the town of el-Bab near Aleppo City",
    "in al-Bab, in el Bab, in as-Safira, of ez Zor, town of Ad Dana",
    "from \u00e9Homs, at \u00c9mile, in \u0130dlib",
    "the city of Homs, the  city of  Homs, city of\nHoms, governorate of Idlib, state of Ohio",
]

PLACE_WORDS = [
    "Homs", "al-Bab", "Al\u2011Bab", "el", "al", "de", "la", "du", "ez", "Zor", "x-Homs",
    "'Homs", "\u2019Homs", "\u00c9mile", "\u01c5ivko", "\u24b6bc", "5Homs", "the", "ancient",
    "in", "near", "of", "from", "towards", "city", "town", "province", "district", "region",
    "village", "governorate", "capital", "Hospital", "Syrian", "-", ",",
]  # fmt: skip
SEPARATORS = [" ", "", "  ", "\t", "\n", "\u00a0", "\u3000", ", ", "-"]


def test_tricky_places_match_the_whole_pattern() -> None:
    for text in PLACE_TEXTS:
        assert find_places(text) == _plain_places(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PLACE_WORDS), st.sampled_from(SEPARATORS))))
def test_place_salad_matches_the_whole_pattern(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    assert find_places(text) == _plain_places(text)


# -- dates -----------------------------------------------------------------------------------

DATE_WORDS = [
    "the", "bathe", "in", "of", "early", "mid-", "late", "last", "this", "previous", "end of",
    "beginning of", "May", "March", "August", "Friday", "Monday's", "3", "22nd", "2017",
    "1991", "year", "week", "month", "ago", "two", "summer", "quarter", "Q3", "today",
    "following", "past", "coming", "middle", "third", "twenty-first", "Twenty first", "THE",
    "the\u00a0", "the\t", "them", "there", "lathe", "Sunday",
]  # fmt: skip
FILLER = "x" * 90

# "the" before each word that a rule's match may go on with after it (and before others)
AFTER_THE = [
    "on the 3rd of May 2017, bathe 3 May, the twenty-first of May, the Third of May",
    "the end of March, the beginning of May 2015, the start of June, the middle of May 2015",
    "in the past week, the previous month, the coming week, the following Friday, THE\tyear",
    "earlier in the year, at the end of the month, the 1991 agreement, the year 2008",
    "the city in May, there on Friday, the the 3 May, the\u00a0following Sunday, them 2017",
]


def test_the_before_each_date_word_matches_the_plain_scan() -> None:
    for text in AFTER_THE:
        got = _rule_matches.__wrapped__(text)
        plain = _plain_rule_matches(text)
        assert [[m.span() for m in r] for r in got] == [[m.span() for m in r] for r in plain]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(DATE_WORDS),
            st.sampled_from([" ", "  ", "\n", f" {FILLER} ", f" {FILLER}{FILLER} ", ""]),
        )
    )
)
def test_rules_in_many_windows_match_the_plain_scan(parts: list[tuple[str, str]]) -> None:
    """Dates far apart make many windows; a literal may begin in one and end after it."""
    text = "".join(w + sep for w, sep in parts)
    got = _rule_matches.__wrapped__(text)
    plain = _plain_rule_matches(text)
    assert [[(m.span(), m.groupdict()) for m in r] for r in got] == [
        [(m.span(), m.groupdict()) for m in r] for r in plain
    ]


DATELINES = [
    "Published: May 22, 2017\nBody text.",
    "PUBLISHED May 22, 2017\n",
    "By Jane Doe | Last Updated: March 3, 2021, 12:28 pm\nSome text on March 1, 2021.",
    "Posted on March 3, 2021\nUpdated March 4, 2021\n",
    "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\no\np\nDated 3 August 2017\n",
    "Issued: 2014-01-28\n",
    "Released\u00a0on 3 May 2017\n",
    "Po\u017fted: May 22, 2017\n",  # a long s: read by the plain way
    "Date: 2017-05-22 09:00\nThe candidate said on May 21, 2017 ...",
    "Story\nMay 22, 2017\n",
]


def test_datelines_are_read_as_with_every_line_matched(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [*DATELINES, *(plain_spaces(p.read_text("utf-8")) for p in seeds.glob("*.txt"))]
    quick = [find_publication_date(t) for t in texts]
    monkeypatch.setattr(dates, "_label_words", lambda text: None)
    assert quick == [find_publication_date(t) for t in texts]


# -- the word index and the line index -------------------------------------------------------

_RUN = re.compile(r"[a-z]+")


def _plain_index(lowered: str) -> dict[bytes, list[int]]:
    """The runs of ASCII letters of ``lowered`` by their first three letters."""
    index: dict[bytes, list[int]] = {}
    for m in _RUN.finditer(lowered):
        index.setdefault(m.group()[:3].encode("ascii"), []).append(m.start())
    return index


INDEX_TEXTS = [
    "", "a", " in of to ", "caf\u00e9 na\u00efve \u2019tis in\u00e9 5in x\u3000in", "ab-cd..ef",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abin ofte.\u00e9\u2019\u3000-5\n", max_size=60))
def test_word_index_has_every_run_of_letters(text: str) -> None:
    for t in [text, *INDEX_TEXTS]:
        index = WordIndex(t)
        assert index._index == _plain_index(t)
        for beginnings in (("in", "of"), ("i",), ("int", "ab"), ("te", "caf", "e")):
            expected = sorted(
                m.start() for m in _RUN.finditer(t) if m.group().startswith(beginnings)
            )
            assert index.starts(beginnings) == expected, (t, beginnings)


@pytest.mark.parametrize("text", ["", "\n", "a", "a\n", "a\nb", "\n\nab\r\ncd\n", "x" * 50])
def test_line_index_agrees_with_the_newlines(text: str) -> None:
    index = LineIndex(text)
    assert index._starts == [0] + [m.end() for m in re.finditer("\n", text)]
    for offset in range(len(text) + 1):
        line = text.count("\n", 0, offset)
        column = offset - (text.rfind("\n", 0, offset) + 1)
        assert index.position(offset) == (line + 1, column + 1)


# -- triggers that begin with plain letters ---------------------------------------------------

LITERAL_TRIGGERS = [
    hc203_rank._TRIGGER,
    hc101_casualties._SCENE,
    hc101_casualties._DIED,
    compile_pattern(r"ab|c\d|(?:est|most\ populous)\s+city"),
    compile_pattern(r"(?:Scene|x1)\b", regex.IGNORECASE),
]


def test_the_first_letters_of_triggers() -> None:
    assert first_literals(hc203_rank._TRIGGER) == ("est", "most populous")
    assert first_literals(LITERAL_TRIGGERS[3]) == ("ab", "c", "est", "most populous")
    for source in [r"diedx?", r"(?:a|b)?c", r"(?:a|)b", r"\bsaid", r"x\ y{2}", r"a*", r"(?i)ab"]:
        assert first_literals(compile_pattern(source)) is None, source


LITERAL_WORDS = [
    "largest city", "most populous city", "Largest city", "est", "test  city", "died", "Died",
    "scene", "SCENE", "obscene", "ab", "c1", "x1", "X1", "Stra\u00dfe", "\ufb01", "the", ".",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LITERAL_WORDS), st.sampled_from([" ", ". ", "\n\n"]))))
def test_literal_triggers_find_the_same_sentences(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    ctx = DocumentContext(Document(id="t", text=text))
    for trigger in LITERAL_TRIGGERS:
        assert ctx.sentences_with(trigger) == ctx._sentences_from(trigger, None)


def test_seeds_find_the_same_sentences_by_literals(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        ctx = DocumentContext(Document(id="t", text=path.read_text("utf-8")))
        for trigger in LITERAL_TRIGGERS:
            assert ctx.sentences_with(trigger) == ctx._sentences_from(trigger, None)
