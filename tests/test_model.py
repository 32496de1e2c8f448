"""The model's classes behave as ``@dataclass(frozen=True)`` would make them (``homscheck.model``
writes their methods rather than have them generated at every start)."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from datetime import date
from typing import Any

import pytest

from homscheck import model
from homscheck.model import (
    Claim,
    DateRange,
    Document,
    Duration,
    Event,
    Finding,
    Name,
    Problem,
    Quantity,
    Report,
    Status,
    Verdict,
)

WHEN = DateRange(date(2024, 3, 1), date(2024, 3, 2), "day", 4)
CLAIM = Claim(
    "c1", "a", "HC101", "quantity", "killed", "people", "12 killed", 0, 9, 1, 1,
    Quantity.exact(12), place="Homs", time=WHEN,
)  # fmt: skip
SAMPLES: list[Any] = [
    Quantity(1, 2, approximate=True, unit="km"),
    WHEN,
    Duration(3, None, "years", WHEN),
    Name("Talal Barazi", "Talal Barazi", "governor"),
    Event("gained", None, "Palmyra", WHEN, retaken=True),
    Status("killed"),
    Document("a", "text", "a.txt", date(2024, 3, 1), "text"),
    CLAIM,
    Finding("f1", Verdict.CONFLICT, "quantity", "killed people", "HC101", (CLAIM,), "differ"),
    Problem("a.txt", "empty file"),
    Report((Document("a", "text"),), (CLAIM,)),
]


def reference(cls: type) -> Any:
    """The class as ``@dataclass(frozen=True)`` makes it from the same fields."""
    specs = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            specs.append((f.name, Any, dataclasses.field(default=f.default)))
        else:
            specs.append((f.name, Any))  # type: ignore[arg-type]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


def as_reference(obj: Any) -> Any:
    values = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    return reference(type(obj))(**values)


def test_every_class_of_the_model_is_covered() -> None:
    classes = {
        c
        for c in vars(model).values()
        if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == model.__name__
    }
    assert classes == {type(s) for s in SAMPLES}


@pytest.mark.parametrize("cls", [type(s) for s in SAMPLES], ids=lambda c: c.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    got = inspect.signature(cls).parameters
    want = inspect.signature(reference(cls)).parameters
    assert [(p.name, p.default, p.kind) for p in got.values()] == [
        (p.name, p.default, p.kind) for p in want.values()
    ]


@pytest.mark.parametrize("obj", SAMPLES, ids=lambda s: type(s).__name__)
def test_repr_equality_and_hash_are_a_frozen_dataclass_s(obj: Any) -> None:
    ref = as_reference(obj)
    assert repr(obj) == repr(ref)
    assert hash(obj) == hash(ref)
    twin = dataclasses.replace(obj)
    assert twin == obj and twin is not obj and hash(twin) == hash(obj)
    assert obj != ref  # another class, as between two dataclasses
    assert obj.__match_args__ == ref.__match_args__
    assert vars(obj) == vars(ref)  # the same fields, set in the same order
    assert list(vars(obj)) == list(vars(ref))


@pytest.mark.parametrize("obj", SAMPLES, ids=lambda s: type(s).__name__)
def test_a_changed_field_is_another_value(obj: Any) -> None:
    first = dataclasses.fields(obj)[0]
    changed = dataclasses.replace(obj, **{first.name: "other"})
    assert changed != obj
    assert getattr(changed, first.name) == "other"


@pytest.mark.parametrize("obj", SAMPLES, ids=lambda s: type(s).__name__)
def test_frozen(obj: Any) -> None:
    name = dataclasses.fields(obj)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, name, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(obj, name)
    with pytest.raises(dataclasses.FrozenInstanceError):
        obj.not_a_field = 1


@pytest.mark.parametrize("obj", SAMPLES, ids=lambda s: type(s).__name__)
def test_copies_and_pickles_are_equal(obj: Any) -> None:
    assert pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)) == obj
    assert copy.copy(obj) == obj
    assert copy.deepcopy(obj) == obj


def test_a_one_field_class_hashes_as_a_tuple_of_its_field() -> None:
    assert hash(Status("killed")) == hash(("killed",))
