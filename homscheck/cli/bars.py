"""Number lines and timelines: each finding's claims drawn on one shared scale.

A fact-checker sees a disagreement faster than they read it: one row per source, each figure
as a bar (a range), a dot (an exact figure) or an arrow (no bound on that side), all on one
axis, so disjoint bars are a conflict and overlapping bars an agreement.

The geometry (``chart``: rows, scale and ticks) is shared by the terminal renderer here and
the SVG of the HTML report (``homscheck.cli.html``); both map a value to a fraction of the
axis with ``Scale.at``. Everything here is a pure function of the finding.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from rich.console import Console
from rich.text import Text

from homscheck.cli.render import visible
from homscheck.model import (
    WEEKDAYS,
    Claim,
    DateRange,
    Duration,
    Event,
    Finding,
    Quantity,
    Verdict,
    _fmt,
)

ChartKind = Literal["quantity", "date"]

# A log scale once the figures span two orders of magnitude: below that a linear axis still
# shows the smaller bars; above it they would be squeezed into the first cell.
LOG_RATIO = 100.0
# Room kept beyond the figures, so an end sitting on the extreme is not drawn on the frame,
# and an unbounded side has an arrow long enough to read.
PAD = 0.06
ARROW_PAD = 0.18

# Terminal glyphs. Brackets match the interval notation of ``Quantity.describe``; a dot is a
# stated figure (alone: an exact value; on a bar: the best estimate inside a range).
LEFT_CLOSED, LEFT_OPEN, RIGHT_CLOSED, RIGHT_OPEN = "[", "(", "]", ")"
ARROW_LEFT, ARROW_RIGHT, BAR, DOT = "◀", "▶", "━", "●"


@dataclass(frozen=True)
class Span:
    """One source's interval in scale units (days since 0001-01-01 for dates).

    ``low``/``high`` of ``None`` are unbounded (drawn as an arrow); ``mark`` is a stated figure
    inside the interval, drawn as a dot.
    """

    low: float | None
    high: float | None
    low_closed: bool = True
    high_closed: bool = True
    mark: float | None = None

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


@dataclass(frozen=True)
class Row:
    """One claim: its span, or ``None`` with ``note`` saying why it cannot be drawn."""

    claim: Claim
    span: Span | None
    value: str  # the value in words, beside the bar
    note: str = ""


@dataclass(frozen=True)
class Scale:
    """A linear or log axis from ``lo`` to ``hi`` (scale units)."""

    lo: float
    hi: float
    log: bool = False

    def at(self, v: float) -> float:
        """Where ``v`` falls, as a fraction of the axis (0 = left end), clamped to [0, 1]."""
        if self.log:
            # Zero ("up to 40" is [0, 40]) has no place on a log axis: it sits at the left end.
            if v <= 0:
                return 0.0
            lo, hi, v = math.log10(self.lo), math.log10(self.hi), math.log10(v)
        else:
            lo, hi = self.lo, self.hi
        if hi == lo:
            return 0.5
        return min(1.0, max(0.0, (v - lo) / (hi - lo)))


@dataclass(frozen=True)
class Tick:
    at: float  # fraction of the axis
    label: str


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    rows: tuple[Row, ...]
    scale: Scale
    ticks: tuple[Tick, ...]
    title: str  # what the axis measures: "killed people (log scale)", "start date"
    gap: str  # how far apart the sources are, in words ("" when they overlap)

    @property
    def drawn(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.span is not None)


# -- the model -------------------------------------------------------------------------------


def chart(finding: Finding) -> Chart | None:
    """The chart of a finding about figures or dates, or None for names and the like."""
    values = [c.value for c in finding.claims]
    if values and all(isinstance(v, Quantity) for v in values):
        return _quantity_chart(finding)
    if values and all(isinstance(v, (DateRange, Event)) for v in values):
        return _date_chart(finding, "date", [_date_row(c) for c in finding.claims])
    if values and all(isinstance(v, Duration) for v in values):
        durations = [v for v in values if isinstance(v, Duration)]
        if any(d.start is not None and d.start.known for d in durations):
            # Durations from articles written at different times only compare by when the
            # thing began, so the timeline of start dates is the honest picture.
            rows = [_duration_start_row(c) for c in finding.claims]
            return _date_chart(finding, "start date", rows)
        if len({d.unit for d in durations}) == 1:
            return _quantity_chart(finding)
    return None


def has_chart(finding: Finding) -> bool:
    return chart(finding) is not None


def _quantity_chart(finding: Finding) -> Chart:
    rows = tuple(_quantity_row(c) for c in finding.claims)
    spans = [r.span for r in rows if r.span is not None]
    finite = [v for s in spans for v in (s.low, s.high, s.mark) if v is not None]
    positive = [v for v in finite if v > 0]
    log = bool(positive) and max(positive) / min(positive) >= LOG_RATIO
    scale = _fit(positive if log else finite, spans, log)
    unit = _unit(finding)
    title = finding.topic + (f" ({unit})" if unit else "") + (", log scale" if log else "")
    ticks = _log_ticks(scale) if log else _linear_ticks(scale)
    return Chart("quantity", rows, scale, tuple(ticks), title, _quantity_gap(spans, unit))


def _quantity_row(claim: Claim) -> Row:
    v = claim.value
    if isinstance(v, Duration):
        span = Span(v.low, v.high, True, v.high is not None)
        return Row(claim, span, v.describe())
    assert isinstance(v, Quantity)
    mark = v.estimate if v.estimate is not None and not v.is_point else None
    if mark is not None and not (
        (v.low is None or v.low < mark) and (v.high is None or mark < v.high)
    ):
        mark = None  # "more than 300,000" has estimate 300,000: that end is already drawn
    span = Span(v.low, v.high, v.low_inclusive, v.high_inclusive, mark)
    return Row(claim, span, v.describe())


def _unit(finding: Finding) -> str:
    units = {
        v.unit for v in (c.value for c in finding.claims) if isinstance(v, (Quantity, Duration))
    }
    unit = units.pop() if len(units) == 1 else None
    return unit or ""


def _date_row(claim: Claim) -> Row:
    v = claim.value
    when = v.when if isinstance(v, Event) else v if isinstance(v, DateRange) else None
    if when is None:
        if claim.reported is not None:
            return Row(claim, None, "no date", f"no date; {_reported(claim)}")
        return Row(claim, None, "no date", "no date given")
    return _range_row(claim, when, when.describe())


def _duration_start_row(claim: Claim) -> Row:
    v = claim.value
    assert isinstance(v, Duration)
    if v.start is None:
        return Row(claim, None, v.describe(), "no start date: the article is undated")
    return _range_row(claim, v.start, v.start.describe())


def _range_row(claim: Claim, when: DateRange, value: str) -> Row:
    if not when.known:
        day = WEEKDAYS[when.weekday] if when.weekday is not None else "a day"
        return Row(claim, None, value, f"{day}: not anchored, the article is undated")
    assert when.earliest and when.latest
    return Row(claim, Span(when.earliest.toordinal(), when.latest.toordinal()), value)


def _reported(claim: Claim) -> str:
    assert claim.reported is not None
    r = claim.reported
    if r.known:
        return f"reported {r.describe()}"
    return f"reported {r.describe()}, not anchored"


def _date_chart(finding: Finding, what: str, rows: Sequence[Row]) -> Chart:
    spans = [r.span for r in rows if r.span is not None]
    finite = [v for s in spans for v in (s.low, s.high) if v is not None]
    scale = _fit(finite, spans, log=False, min_width=6.0)
    title = f"{finding.topic}: {what}"
    if not spans:
        title += " (none can be placed on a timeline)"
    return Chart("date", tuple(rows), scale, tuple(_date_ticks(scale)), title, _date_gap(spans))


def _fit(values: Sequence[float], spans: Sequence[Span], log: bool, min_width: float = 0) -> Scale:
    """An axis around ``values``, with room for arrows on a side where a span is unbounded."""
    if not values:
        return Scale(0.0, 1.0, False)
    lo, hi = min(values), max(values)
    left = any(s.low is None for s in spans)
    right = any(s.high is None for s in spans)
    if log:
        a, b = math.log10(lo), math.log10(hi)
    else:
        a, b = lo, hi
        if b - a < min_width:  # a single day or figure: widen so it is not on the frame
            mid = (a + b) / 2
            a, b = mid - min_width / 2, mid + min_width / 2
    width = b - a or (abs(a) * 0.5 if a else 1.0)
    a -= width * (ARROW_PAD if left else PAD)
    b += width * (ARROW_PAD if right else PAD)
    if log:
        return Scale(10**a, 10**b, True)
    if lo >= 0 > a and not left:
        a = 0.0  # counts are never negative: do not draw an axis below zero
    return Scale(a, b, False)


# -- how far apart ---------------------------------------------------------------------------


def _quantity_gap(spans: Sequence[Span], unit: str) -> str:
    """The distance between the furthest-apart sources, when they share no value."""
    lows = [s.low for s in spans if s.low is not None]
    highs = [s.high for s in spans if s.high is not None]
    if not lows or not highs:
        return ""
    top_low, bottom_high = max(lows), min(highs)
    if top_low <= bottom_high:
        return ""
    suffix = f" {unit}" if unit else ""
    text = f"disjoint: one source says at most {_fmt(bottom_high)}{suffix}, another at least "
    text += f"{_fmt(top_low)}{suffix}: {_fmt(top_low - bottom_high)} apart"
    if bottom_high > 0:
        text += f" ({_ratio(top_low / bottom_high)})"
    return text


def _ratio(r: float) -> str:
    return f"{r:.1f}×" if r < 10 else f"{r:,.0f}×"


def _date_gap(spans: Sequence[Span]) -> str:
    lows = [s.low for s in spans if s.low is not None]
    highs = [s.high for s in spans if s.high is not None]
    if not lows or not highs or max(lows) <= min(highs):
        return ""
    days = int(max(lows) - min(highs))
    return f"disjoint: {days} day{'s' if days != 1 else ''} apart at the closest"


# -- ticks -----------------------------------------------------------------------------------


def _nice_step(span: float, count: int = 4) -> float:
    raw = span / max(1, count)
    if raw <= 0:
        return 1.0
    base = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * base >= raw:
            return m * base
    return 10 * base


def _linear_ticks(scale: Scale) -> list[Tick]:
    step = _nice_step(scale.hi - scale.lo)
    first = math.ceil(scale.lo / step) * step
    ticks = []
    v = first
    while v <= scale.hi + step * 1e-9:
        ticks.append(Tick(scale.at(v), compact(v)))
        v += step
    return ticks


def _log_ticks(scale: Scale) -> list[Tick]:
    lo, hi = math.floor(math.log10(scale.lo)), math.ceil(math.log10(scale.hi))
    decades = [10.0**e for e in range(lo, hi + 1)]
    # Few decades: label 1-2-5 so there are still several ticks to read a bar against.
    multiples = (1.0,) if hi - lo > 3 else (1.0, 2.0, 5.0)
    values = [d * m for d in decades for m in multiples]
    return [Tick(scale.at(v), compact(v)) for v in values if scale.lo <= v <= scale.hi]


def _date_ticks(scale: Scale) -> list[Tick]:
    if scale.lo <= 0:
        return []
    first, last = date.fromordinal(max(1, int(scale.lo))), date.fromordinal(int(scale.hi))
    days = (last - first).days
    ticks: list[Tick] = []
    if days > 3 * 365:
        step = max(1, math.ceil(days / 365 / 5))
        for y in range(first.year + 1, last.year + 1):
            if y % step == 0:
                ticks.append(Tick(scale.at(date(y, 1, 1).toordinal()), str(y)))
    elif days > 75:
        months = (last.year - first.year) * 12 + last.month - first.month
        step = next(s for s in (1, 2, 3, 6, 12) if months / s <= 6)
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            d = date(y, m, 1)
            if first <= d and (m - 1) % step == 0:
                ticks.append(Tick(scale.at(d.toordinal()), d.strftime("%Y-%m")))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        step = max(1, math.ceil(days / 5))
        for n in range(0, days + 1, step):
            d = date.fromordinal(first.toordinal() + n)
            ticks.append(Tick(scale.at(d.toordinal()), d.isoformat()))
    return ticks


def compact(v: float) -> str:
    """A short axis label: 250, 2.5k, 300k, 1.2M, 3B."""
    a = abs(v)
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if a >= size:
            n = v / size
            return (f"{n:.0f}" if n == int(n) or abs(n) >= 100 else f"{n:.3g}") + suffix
    if v == int(v):
        return str(int(v))
    return f"{v:.3g}"


# -- the terminal ----------------------------------------------------------------------------

STYLE = {
    Verdict.CONFLICT: "bold red",
    Verdict.TENSION: "yellow",
    Verdict.VARIANT: "cyan",
    Verdict.AGREE: "green",
}


def terminal_lines(c: Chart, width: int, verdict: Verdict) -> list[Text]:
    """The chart as lines of at most ``width`` cells: a title, one row per source, an axis.

    Each row is ``label  bar  value``; the shape carries the meaning (brackets, arrows, dots),
    colour only repeats the verdict, so it reads the same with NO_COLOR.
    """
    labels = [visible(f"{r.claim.document}:{r.claim.line}") for r in c.rows]
    values = [visible(r.value) for r in c.rows]
    label_w = min(max(len(s) for s in labels), max(12, width // 3))
    value_w = min(max(len(s) for s in values), 24)
    bar_w = width - label_w - value_w - 4
    if bar_w < 16:  # narrow terminal: drop the words, keep the picture
        value_w, bar_w = 0, width - label_w - 3
    bar_w = max(8, min(bar_w, 64))

    lines = [_fit_text(Text("  " + visible(c.title), style="bold"), width)]
    for row, label, value in zip(c.rows, labels, values, strict=True):
        line = Text("  " + _cut(label, label_w).ljust(label_w) + " ")
        if row.span is None:
            line.append(_cut(row.note, width - len(line.plain)), style="italic")
        else:
            line.append(bar(row.span, c.scale, bar_w), style=STYLE[verdict])
            if value_w:
                line.append(" " + _cut(value, value_w))
        lines.append(_fit_text(line, width))
    if c.drawn:
        pad = " " * (label_w + 3)
        rule, labels_line = axis(c.ticks, bar_w)
        lines.append(Text(pad + rule, style="dim"))
        lines.append(Text(pad + labels_line, style="dim"))
    if c.gap:
        wrapped = textwrap.wrap(c.gap, width - 2, initial_indent="  ", subsequent_indent="    ")
        lines.extend(Text(line) for line in wrapped)
    return lines


def print_chart(finding: Finding, console: Console) -> None:
    """Print a finding's chart, if it has one, fitted to the console's width."""
    c = chart(finding)
    if c is None:
        return
    for line in terminal_lines(c, max(40, console.width), finding.verdict):
        console.print(line, no_wrap=True, overflow="crop")


def bar(span: Span, scale: Scale, width: int) -> str:
    """One row of ``width`` cells. Cells 0 and width-1 are kept for arrows."""
    cells = [" "] * width
    inner = width - 2

    def cell(v: float) -> int:
        return 1 + round(scale.at(v) * (inner - 1))

    a = 0 if span.low is None else cell(span.low)
    b = width - 1 if span.high is None else cell(span.high)
    if span.is_point or (a == b and span.low is not None and span.high is not None):
        cells[a] = DOT
        return "".join(cells)
    for i in range(a, b + 1):
        cells[i] = BAR
    cells[a] = ARROW_LEFT if span.low is None else LEFT_CLOSED if span.low_closed else LEFT_OPEN
    cells[b] = (
        ARROW_RIGHT if span.high is None else RIGHT_CLOSED if span.high_closed else RIGHT_OPEN
    )
    if span.mark is not None:
        m = cell(span.mark)
        if a < m < b:
            cells[m] = DOT
    return "".join(cells)


def axis(ticks: Sequence[Tick], width: int) -> tuple[str, str]:
    """The axis under the bars: a rule with a tick per label, and the labels, never overlapping."""
    inner = width - 2
    rule = ["─"] * width
    labels = [" "] * width
    end = -1  # the last cell a label took, so the next one keeps a space from it
    for t in ticks:
        pos = 1 + round(t.at * (inner - 1))
        start = min(max(0, pos - len(t.label) // 2), width - len(t.label))
        if start <= end + 1 or start < 0:
            continue
        rule[pos] = "┴"
        labels[start : start + len(t.label)] = list(t.label)
        end = start + len(t.label) - 1
    return "".join(rule), "".join(labels).rstrip()


def _cut(s: str, n: int) -> str:
    if n <= 0:
        return ""
    return s if len(s) <= n else s[: n - 1] + "…"


def _fit_text(t: Text, width: int) -> Text:
    t.truncate(width, overflow="ellipsis")
    return t
