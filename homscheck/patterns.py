"""Compiling rule patterns with named word lists (``\\L<name>`` in the ``regex`` module)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex


def words(items: Iterable[str]) -> list[str]:
    """A named list, longest first so that "shot dead" wins over "shot"; an empty list
    matches nothing (the ``regex`` module would let it match the empty string)."""
    return sorted(set(items), key=lambda w: (-len(w), w)) or ["\x00never\x00"]


def compile_words(pattern: str, *, flags: int = 0, **lists: Iterable[str]) -> regex.Pattern[str]:
    """``regex.compile`` with named word lists; lists the pattern does not use are ignored."""
    named: dict[str, Any] = {name: words(items) for name, items in lists.items()}
    return regex.compile(pattern, flags, ignore_unused=True, **named)
