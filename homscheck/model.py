"""The claim model: frozen dataclasses shared by every part of homscheck.

Every normalised value sits beside the raw text it came from (``Claim.text``, ``start``,
``end``), so a finding can always quote its sources.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any


class Verdict(str, Enum):
    """How two or more claims about the same thing relate, most severe first."""

    CONFLICT = "conflict"
    TENSION = "tension"
    VARIANT = "variant"
    AGREE = "agree"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Verdict.CONFLICT: 3, Verdict.TENSION: 2, Verdict.VARIANT: 1, Verdict.AGREE: 0}


@dataclass(frozen=True)
class Quantity:
    """An interval of numbers with honest bounds.

    ``low``/``high`` of ``None`` mean unbounded on that side. ``approximate`` marks a value the
    text hedged ("about", "some"); ``estimate`` is the best single figure where the text gives
    one (``"more than 300,000"`` has estimate 300000, ``"dozens"`` has none).
    """

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    estimate: float | None = None
    unit: str | None = None

    @staticmethod
    def exact(value: float, unit: str | None = None) -> Quantity:
        return Quantity(value, value, True, True, False, value, unit)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    def contains(self, value: float) -> bool:
        if self.low is not None and (
            value < self.low or (value == self.low and not self.low_inclusive)
        ):
            return False
        return not (
            self.high is not None
            and (value > self.high or (value == self.high and not self.high_inclusive))
        )

    def scaled(self, factor: float) -> Quantity:
        """The same interval multiplied by a positive factor (for "half of", "1.5 million")."""

        def mul(v: float | None) -> float | None:
            return None if v is None else _clean(v * factor)

        return Quantity(
            mul(self.low),
            mul(self.high),
            self.low_inclusive,
            self.high_inclusive,
            self.approximate,
            mul(self.estimate),
            self.unit,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "quantity",
            "low": _num(self.low),
            "high": _num(self.high),
            "low_inclusive": self.low_inclusive,
            "high_inclusive": self.high_inclusive,
            "approximate": self.approximate,
            "estimate": _num(self.estimate),
            "unit": self.unit,
        }

    def describe(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        if (
            self.approximate
            and self.estimate is not None
            and self.low is not None
            and self.high is not None
            and self.low < self.estimate < self.high
        ):
            return f"about {_fmt(self.estimate)}{unit}"
        if self.is_point:
            prefix = "about " if self.approximate else ""
            return f"{prefix}{_fmt(self.low)}{unit}"
        lo = "" if self.low is None else _fmt(self.low)
        hi = "" if self.high is None else _fmt(self.high)
        left = "[" if self.low_inclusive and self.low is not None else "("
        right = "]" if self.high_inclusive and self.high is not None else ")"
        approx = "~" if self.approximate else ""
        return f"{approx}{left}{lo}, {hi}{right}{unit}"


@dataclass(frozen=True)
class DateRange:
    """An inclusive interval of days, with the granularity the text gave.

    ``earliest``/``latest`` are ``None`` when the text could not be anchored ("on Sunday" in an
    article whose publication date is unknown); ``weekday`` (0 = Monday) still records what
    the text said, so two unanchored weekdays can be compared.
    """

    earliest: date | None
    latest: date | None
    granularity: str = "day"
    weekday: int | None = None
    anchored: bool = True

    @property
    def known(self) -> bool:
        return self.earliest is not None and self.latest is not None

    def overlaps(self, other: DateRange) -> bool:
        if not (self.known and other.known):
            return False
        assert self.earliest and self.latest and other.earliest and other.latest
        return self.earliest <= other.latest and other.earliest <= self.latest

    def gap_days(self, other: DateRange) -> int | None:
        """Days between the two intervals (0 when they overlap), or None when unknown."""
        if not (self.known and other.known):
            return None
        assert self.earliest and self.latest and other.earliest and other.latest
        if self.overlaps(other):
            return 0
        if self.latest < other.earliest:
            return (other.earliest - self.latest).days
        return (self.earliest - other.latest).days

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "date",
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "granularity": self.granularity,
            "weekday": WEEKDAYS[self.weekday] if self.weekday is not None else None,
        }

    def describe(self) -> str:
        if not self.known:
            return WEEKDAYS[self.weekday] if self.weekday is not None else "unknown date"
        assert self.earliest and self.latest
        day = f" ({WEEKDAYS[self.weekday]})" if self.weekday is not None else ""
        if self.earliest == self.latest:
            return self.earliest.isoformat() + day
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()}"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Duration:
    """How long something has lasted, as an interval in ``unit`` (years, months, days).

    ``start`` is the interval of start dates it implies when the article's date is known, so
    durations from articles written at different times compare by when the thing began.
    """

    low: float
    high: float | None
    unit: str
    start: DateRange | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "duration",
            "low": _num(self.low),
            "high": _num(self.high),
            "unit": self.unit,
            "start": self.start.to_json() if self.start else None,
        }

    def describe(self) -> str:
        span = _fmt(self.low) if self.high == self.low else f"{_fmt(self.low)}–{_fmt(self.high)}"
        if self.high is None:
            span = f"{_fmt(self.low)}+"
        text = f"{span} {self.unit}"
        if self.start and self.start.known:
            text += f", began {self.start.describe()}"
        return text


@dataclass(frozen=True)
class Name:
    """A name as written and as looked up (``canonical``: the alias table's entry)."""

    written: str
    canonical: str
    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "name",
            "written": self.written,
            "canonical": self.canonical,
            "role": self.role,
        }

    def describe(self) -> str:
        return self.written


@dataclass(frozen=True)
class Event:
    """A change of control: who took or left which place, and when."""

    # "gained" (took, retook, seized...) or "lost" (withdrew, lost...) on the day ``when``;
    # "held" (under the control of, still holds...): who holds it as the article is written,
    # since ``when`` where it says
    action: str
    actor: str | None
    place: str
    when: DateRange | None
    # taken back ("recaptured", "retook"): a reversal, another change of hands than the one
    # it undoes
    retaken: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "event",
            "action": self.action,
            "retaken": self.retaken,
            "actor": self.actor,
            "place": self.place,
            "when": self.when.to_json() if self.when else None,
        }

    def describe(self) -> str:
        who = self.actor or "someone"
        if self.action == "held":
            since = f" since {self.when.describe()}" if self.when else ""
            return f"{who} {'hold' if who.endswith('s') else 'holds'} {self.place}{since}"
        verb = ("retook" if self.retaken else "took") if self.action == "gained" else "left"
        when = f" on {self.when.describe()}" if self.when else ""
        return f"{who} {verb} {self.place}{when}"


@dataclass(frozen=True)
class Status:
    """What happened to a person in the event: "killed", "injured" or "unharmed"."""

    state: str

    def to_json(self) -> dict[str, Any]:
        return {"type": "status", "state": self.state}

    def describe(self) -> str:
        return self.state


Value = Quantity | DateRange | Duration | Name | Event | Status


@dataclass(frozen=True)
class Drift:
    """How a figure may differ from one report to another with no contradiction, as the rule
    that reads it declares (``DRIFT`` and ``DRIFTS`` in a rule module).

    ``way`` is one of:
    - "grows": a count that grows as an operation or an outbreak goes on (the evacuated, the
      infected); a higher figure in a report of a later day is an update;
    - "changes": a count that goes up and down from day to day (the missing, people in
      shelters); any other figure in a report of another day is an update;
    - "estimated": a figure each source estimates its own way (the size of a crowd); any two
      figures may differ.

    ``why`` says it in a finding's message.
    """

    way: str
    why: str

    @staticmethod
    def grows(why: str = "a later report counts more") -> Drift:
        return Drift("grows", why)

    @staticmethod
    def changes(why: str) -> Drift:
        return Drift("changes", why)

    @staticmethod
    def estimated(why: str) -> Drift:
        return Drift("estimated", why)

    def to_json(self) -> dict[str, Any]:
        return {"way": self.way, "why": self.why}


@dataclass(frozen=True)
class Document:
    """One article: its id (file name without extension), where it came from, and its text."""

    id: str
    text: str
    path: str = "-"
    published: date | None = None
    published_source: str | None = None  # "text", "command line", "metadata", "inferred"
    group: str | None = None  # the cluster it belongs to, with --group-by
    published_reason: str | None = None  # how an inferred date was inferred


@dataclass(frozen=True)
class Claim:
    """One checkable statement of one document, with its exact quote and position.

    ``measure`` says what is measured ("killed", "distance", "governor"...), ``subject`` of whom
    or what ("fighters", "people"), ``place`` and ``time`` what it is about when the sentence
    says so. Claims align when ``kind``, ``measure``, ``subject``, ``place`` and ``time`` agree.
    """

    id: str
    document: str
    check: str
    kind: str
    measure: str
    subject: str
    text: str
    start: int
    end: int
    line: int
    column: int
    value: Value
    place: str | None = None
    time: DateRange | None = None
    cumulative: bool = False
    reported: DateRange | None = None  # the day the source says it was reported, if it says
    context: str = ""  # the sentence, for the report
    label: str = ""  # the topic in words, where measure/subject/place do not say it well
    comparable: bool = True  # False: kept for the record, too little context to compare
    # what a count counts: "whole", "part", "other", "planned", "elsewhen", "tally", "zero"
    # (``homscheck.scope``); "whole" for every other claim
    scope: str = "whole"
    # how its figure may differ between reports with no contradiction (its rule declares it)
    drift: Drift | None = None
    # the subject is a name ("Horvat", "the Farmers Party"): one spelled two ways is one subject
    subject_is_name: bool = False

    def describe(self) -> str:
        """The value in words, with the report date where that is the only date it has."""
        text = self.value.describe()
        if self.time is None and self.reported is not None:
            text += f", reported {self.reported.describe()}"
        return text

    @property
    def topic(self) -> str:
        if self.label:
            return self.label
        parts = [self.measure]
        if self.subject:
            parts.append(self.subject)
        if self.place:
            parts.append(f"in {self.place}")
        return " ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document": self.document,
            "check": self.check,
            "kind": self.kind,
            "measure": self.measure,
            "subject": self.subject,
            "place": self.place,
            "time": self.time.to_json() if self.time else None,
            "cumulative": self.cumulative,
            "reported": self.reported.to_json() if self.reported else None,
            "topic": self.topic,
            "comparable": self.comparable,
            "scope": self.scope,
            "drift": self.drift.to_json() if self.drift else None,
            "subject_is_name": self.subject_is_name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "value": self.value.to_json(),
        }


@dataclass(frozen=True)
class Finding:
    """A verdict on a group of aligned claims, with a one-sentence explanation."""

    id: str
    verdict: Verdict
    kind: str
    topic: str
    check: str
    claims: tuple[Claim, ...]
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "verdict": self.verdict.value,
            "kind": self.kind,
            "check": self.check,
            "topic": self.topic,
            "claims": [c.id for c in self.claims],
            "message": self.message,
        }


@dataclass(frozen=True)
class Problem:
    """An input that could not be read, or a rule that failed on one document."""

    source: str  # a path, or a document id
    message: str
    internal: bool = False  # a fault of homscheck's, not of the input

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "message": self.message, "internal": self.internal}


@dataclass(frozen=True)
class Report:
    """Everything one run produced: documents, their claims and the findings."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    problems: tuple[Problem, ...] = field(default_factory=tuple)


def _clean(v: float) -> float:
    """Round away float noise (0.1 * 3) so equal figures compare equal."""
    r = round(v, 9)
    return float(int(r)) if r.is_integer() else r


def _num(v: float | None) -> int | float | None:
    if v is None:
        return None
    if math.isfinite(v) and float(v).is_integer():
        return int(v)
    return v


def _fmt(v: float | None) -> str:
    if v is None:
        return "?"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")
