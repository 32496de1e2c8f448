"""The rules: one module per claim kind.

Each rule module declares ``CODE`` ("HC101"), ``NAME``, ``KIND``, a docstring whose first line
is its one-line summary, ``EXAMPLES`` (sentences with what they yield, run by the tests) and
``extract(ctx)``, which yields the claims of one document. It may also declare how its figures
behave, which the comparator reads from each claim:
- ``DRIFT``: how every figure of the kind may differ between reports with no contradiction (a
  ``homscheck.model.Drift``: "grows", "changes" or "estimated", with the reason);
- ``DRIFTS``: the same for some of its measures, by measure (``{"missing": Drift.changes(...)}``;
  None: a measure that does not drift, in a kind whose figures do);
- ``SUBJECT_IS_NAME``: its subjects are names, so one spelled two ways is one subject;
- ``FALLBACK``: its claims give way to any other rule's over the same words.

Adding a kind means adding a module here; this package finds it by itself. Modules whose names
start with ``_`` are shared helpers.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from homscheck.context import DocumentContext
    from homscheck.model import Claim, Drift

Extract = Callable[["DocumentContext"], Iterable["Claim"]]


@dataclass(frozen=True)
class Example:
    """A sentence and what the rule reads in it: "measure subject = value"."""

    sentence: str
    yields: str


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    kind: str
    summary: str
    doc: str
    examples: tuple[Example, ...]
    extract: Extract  # its claims carry what the rule declares of them (below)
    fallback: bool = False  # its claims give way to a named rule's over the same words
    drift: Drift | None = None  # how its figures may differ between reports
    drifts: Mapping[str, Drift | None] = field(default_factory=dict)  # ... by measure
    subject_is_name: bool = False


def _rule_from(module: ModuleType) -> Rule:
    doc = (module.__doc__ or "").strip()
    for attr in ("CODE", "NAME", "KIND", "EXAMPLES", "extract"):
        if not hasattr(module, attr):
            raise TypeError(f"rule module {module.__name__} has no {attr}")
    drift: Drift | None = getattr(module, "DRIFT", None)
    drifts: Mapping[str, Drift | None] = dict(getattr(module, "DRIFTS", {}))
    subject_is_name = bool(getattr(module, "SUBJECT_IS_NAME", False))
    return Rule(
        code=module.CODE,
        name=module.NAME,
        kind=module.KIND,
        summary=doc.splitlines()[0] if doc else module.NAME,
        doc=doc,
        examples=tuple(Example(s, y) for s, y in module.EXAMPLES),
        extract=_declaring(module.extract, drift, drifts, subject_is_name),
        fallback=bool(getattr(module, "FALLBACK", False)),
        drift=drift,
        drifts=drifts,
        subject_is_name=subject_is_name,
    )


def _declaring(
    extract: Extract, drift: Drift | None, drifts: Mapping[str, Drift | None], subject_is_name: bool
) -> Extract:
    """``extract`` whose claims carry the drift and the kind of subject their rule declares."""
    if drift is None and not drifts and not subject_is_name:
        return extract

    def declared(ctx: DocumentContext) -> Iterable[Claim]:
        for claim in extract(ctx):
            own = drifts.get(claim.measure, drift)
            if own is None and not subject_is_name:
                yield claim
            else:
                yield replace(claim, drift=own, subject_is_name=subject_is_name)

    return declared


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, ordered by code."""
    rules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        rules.append(_rule_from(importlib.import_module(f"{__name__}.{info.name}")))
    return tuple(sorted(rules, key=lambda r: r.code))


def rule(code: str) -> Rule:
    for r in all_rules():
        if r.code.upper() == code.upper():
            return r
    raise KeyError(code)
