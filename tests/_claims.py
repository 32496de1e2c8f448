"""Claims of a count made by hand, for the tests of what comes after extraction (judging,
aligning, drawing): a casualty count of "people killed" unless told otherwise."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from homscheck.model import Claim, Value
from homscheck.scope import count_scope


def count_claim(
    document: str, value: Value, *, text: str = "killed people", start: int = 0, **fields: Any
) -> Claim:
    """A count claim; ``fields`` override any other field ("measure", "context"...). Its scope
    is read from its quote and sentence, as ``DocumentContext.claim`` reads it."""
    claim = Claim(**{
        "id": f"{document}:{start:03d}", "document": document, "check": "HC101",
        "kind": "casualties", "measure": "killed", "subject": "people", "text": text,
        "start": start, "end": start + len(text), "line": 1, "column": start + 1,
        "value": value, **fields,
    })  # fmt: skip
    return replace(claim, scope=count_scope(claim))
