"""Number lines and timelines: the geometry, the glyphs, and how they read in a terminal."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from _claims import count_claim
from rich.console import Console

from homscheck.cli import run
from homscheck.cli.bars import (
    ARROW_RIGHT,
    BAR,
    DOT,
    Chart,
    Scale,
    Span,
    Tick,
    axis,
    bar,
    chart,
    compact,
    print_chart,
    terminal_lines,
)
from homscheck.model import (
    Claim,
    DateRange,
    Duration,
    Event,
    Finding,
    Name,
    Quantity,
    Value,
    Verdict,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _claim(doc: str, value: Value, line: int = 1) -> Claim:
    return count_claim(doc, value, line=line)


def _finding(verdict: Verdict, *values: Value) -> Finding:
    claims = tuple(_claim(f"doc{i}", v, i + 1) for i, v in enumerate(values))
    return Finding("f", verdict, "casualties", "killed people", "HC101", claims, "message")


def _render(finding: Finding, width: int = 80) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, no_color=True, color_system=None)
    print_chart(finding, console)
    return buf.getvalue()


def test_a_bar_shows_its_ends() -> None:
    scale = Scale(0, 100)
    assert bar(Span(10, 50, True, True), scale, 22).strip().startswith("[")
    row = bar(Span(10, 50, False, False), scale, 22)
    assert row.strip()[0] == "(" and row.strip()[-1] == ")"
    assert set(row.strip()[1:-1]) == {BAR}


def test_unbounded_side_is_an_arrow_at_the_edge() -> None:
    row = bar(Span(40, None, False, True), Scale(0, 100), 30)
    assert row.endswith(ARROW_RIGHT)
    assert row.strip().startswith("(")
    left = bar(Span(None, 40), Scale(0, 100), 30)
    assert left.startswith("◀") and left.rstrip().endswith("]")


def test_exact_value_is_a_dot_and_an_estimate_sits_on_its_bar() -> None:
    assert bar(Span(50, 50), Scale(0, 100), 30).strip() == DOT
    row = bar(Span(20, 80, mark=50), Scale(0, 100), 30).strip()
    assert row[0] == "[" and row[-1] == "]" and DOT in row[1:-1]


def test_conflict_bars_are_disjoint_and_agreement_bars_overlap() -> None:
    conflict = chart(_finding(Verdict.CONFLICT, Quantity.exact(12), Quantity.exact(40)))
    agree = chart(
        _finding(Verdict.AGREE, Quantity(300_000, None, False), Quantity(200_000, 999_999))
    )
    assert conflict is not None and agree is not None

    def cells(c: Chart, width: int = 40) -> list[set[int]]:
        rows = [bar(r.span, c.scale, width) for r in c.rows if r.span is not None]
        return [{i for i, ch in enumerate(r) if ch != " "} for r in rows]

    a, b = cells(conflict)
    assert not a & b
    a, b = cells(agree)
    assert a & b


def test_gap_says_by_how_much() -> None:
    c = chart(_finding(Verdict.CONFLICT, Quantity.exact(12), Quantity.exact(40)))
    assert c is not None
    assert "12" in c.gap and "40" in c.gap and "28 apart" in c.gap
    ok = chart(_finding(Verdict.AGREE, Quantity(10, 20), Quantity(15, 30)))
    assert ok is not None and ok.gap == ""


def test_log_scale_when_figures_span_orders_of_magnitude() -> None:
    c = chart(_finding(Verdict.CONFLICT, Quantity.exact(12), Quantity.exact(40_000)))
    assert c is not None and c.scale.log
    assert "log scale" in c.title
    # On a log axis 12 and 40,000 are both away from the frame, and decades are labelled.
    labels = [t.label for t in c.ticks]
    assert "100" in labels and "1k" in labels
    near = chart(_finding(Verdict.AGREE, Quantity.exact(12), Quantity.exact(40)))
    assert near is not None and not near.scale.log


def test_zero_sits_at_the_left_of_a_log_axis() -> None:
    c = chart(_finding(Verdict.CONFLICT, Quantity(0, 40), Quantity.exact(90_000)))
    assert c is not None and c.scale.log
    assert c.scale.at(0) == 0.0


def test_fits_80_columns_and_reads_without_colour() -> None:
    finding = _finding(
        Verdict.CONFLICT,
        Quantity(300_000, None, False, estimate=300_000),
        Quantity(2_250, 2_750, approximate=True, estimate=2_500),
        Quantity.exact(470_000),
    )
    out = _render(finding, 80)
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "\x1b" not in out  # NO_COLOR: shapes, not colour, carry the meaning
    assert ARROW_RIGHT in out and DOT in out and "[" in out and "(" in out
    assert "log scale" in out


def test_narrow_terminal_keeps_the_picture() -> None:
    out = _render(_finding(Verdict.CONFLICT, Quantity.exact(12), Quantity.exact(40)), 40)
    assert all(len(line) <= 40 for line in out.splitlines())
    assert out.count(DOT) == 2


def test_axis_labels_never_overlap() -> None:
    ticks = [Tick(i / 20, f"{i * 1000}") for i in range(21)]
    rule, labels = axis(ticks, 40)
    assert len(rule) == 40
    words = labels.split()
    assert words == sorted(words, key=int)
    assert rule.count("┴") == len(words)


def test_bar_ends_line_up_with_the_ticks() -> None:
    c = chart(_finding(Verdict.CONFLICT, Quantity(100, 200), Quantity(400, 500)))
    assert c is not None
    assert [t.label for t in c.ticks] == ["200", "400"]
    lines = [line.plain for line in terminal_lines(c, 80, Verdict.CONFLICT)]
    first, second, rule = lines[1], lines[2], lines[3]
    ticks = [i for i, ch in enumerate(rule) if ch == "┴"]
    assert ticks == [first.index("]"), second.index("[")]


def test_dates_share_a_timeline_and_unanchored_weekdays_are_said() -> None:
    sunday = DateRange(None, None, weekday=6, anchored=False)
    aug6 = DateRange(date(2017, 8, 6), date(2017, 8, 6), weekday=6)
    finding = _finding(
        Verdict.TENSION,
        Event("lost", "Islamic State", "al-Sukhna", aug6),
        Event("gained", None, "al-Sukhna", sunday),
        Event("gained", "government", "al-Sukhna", None),
    )
    c = chart(finding)
    assert c is not None and c.kind == "date"
    assert c.rows[0].span is not None and c.rows[0].span.is_point
    assert c.rows[1].span is None and "Sunday" in c.rows[1].note
    assert "not anchored" in c.rows[1].note
    assert c.rows[2].span is None and "no date" in c.rows[2].note
    out = _render(finding)
    assert "2017-08-06" in out and "not anchored" in out


def test_durations_compare_by_start_date() -> None:
    start = DateRange(date(2011, 1, 1), date(2011, 12, 31), "year")
    finding = _finding(Verdict.AGREE, Duration(6, 7, "years", start), Duration(6, 7, "years", None))
    c = chart(finding)
    assert c is not None and c.kind == "date"
    assert c.rows[1].span is None and "start date" in c.rows[1].note
    assert "2011" in " ".join(t.label for t in c.ticks) or c.ticks


def test_disjoint_dates_say_how_many_days() -> None:
    a = DateRange(date(2017, 8, 5), date(2017, 8, 5))
    b = DateRange(date(2017, 8, 9), date(2017, 8, 10))
    c = chart(_finding(Verdict.CONFLICT, a, b))
    assert c is not None and "4 days" in c.gap


def test_names_have_no_chart() -> None:
    assert chart(_finding(Verdict.VARIANT, Name("Barazi", "barazi"), Name("B", "b"))) is None


def test_compact_labels() -> None:
    assert [compact(v) for v in (5, 250, 2_500, 300_000, 1_000_000, 1_500_000, 2e9)] == [
        "5",
        "250",
        "2.5k",
        "300k",
        "1M",
        "1.5M",
        "2B",
    ]


def test_hostile_document_id_cannot_reach_the_terminal() -> None:
    finding = _finding(Verdict.CONFLICT, Quantity.exact(1), Quantity.exact(9))
    evil = finding.claims[0].__class__(**{**finding.claims[0].__dict__, "document": "x\x1b[31m"})
    out = _render(Finding("f", Verdict.CONFLICT, "t", "t", "HC101", (evil, finding.claims[1]), "m"))
    assert "\x1b" not in out and "<U+001B>" in out


def test_cli_bars_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("A bomb in Kabul killed 12 people on Monday.\n", encoding="utf-8")
    b.write_text("A bomb in Kabul killed 40 people on Monday.\n", encoding="utf-8")
    code = run(["compare", "--bars", str(a), str(b)])
    out = capsys.readouterr().out
    assert code == 1
    assert out.count(DOT) >= 2 and "28 apart" in out
    code = run(["compare", str(a), str(b)])
    assert DOT not in capsys.readouterr().out
