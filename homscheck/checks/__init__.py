"""The rules: one module per claim kind.

Each rule module declares ``CODE`` ("HC101"), ``NAME``, ``KIND``, a docstring whose first line
is its one-line summary, ``EXAMPLES`` (sentences with what they yield, run by the tests) and
``extract(ctx)``, which yields the claims of one document. Adding a kind means adding a module
here; this package finds it by itself. Modules whose names start with ``_`` are shared helpers.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from homscheck.context import DocumentContext
    from homscheck.model import Claim


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
    extract: Callable[[DocumentContext], Iterable[Claim]]
    fallback: bool = False  # its claims give way to a named rule's over the same words


def _rule_from(module: ModuleType) -> Rule:
    doc = (module.__doc__ or "").strip()
    for attr in ("CODE", "NAME", "KIND", "EXAMPLES", "extract"):
        if not hasattr(module, attr):
            raise TypeError(f"rule module {module.__name__} has no {attr}")
    return Rule(
        code=module.CODE,
        name=module.NAME,
        kind=module.KIND,
        summary=doc.splitlines()[0] if doc else module.NAME,
        doc=doc,
        examples=tuple(Example(s, y) for s, y in module.EXAMPLES),
        extract=module.extract,
        fallback=bool(getattr(module, "FALLBACK", False)),
    )


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
