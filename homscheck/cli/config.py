"""Configuration: ``[tool.homscheck]`` in ``pyproject.toml``, or ``homscheck.toml``.

Found upwards from the working directory (the first folder that has either file; a
``homscheck.toml`` wins over a ``pyproject.toml`` beside it), or named with ``--config``.
Keys (all optional)::

    [tool.homscheck]
    select = ["HC1", "HC501"]        # rule codes or prefixes
    ignore = ["HC104"]
    fail-on = "tension"              # conflict | tension | variant | never
    event-window-days = 14           # two dates further apart are two events
    occasion-days = 30               # articles written further apart report different occasions
    name-similarity = 80             # 0-100: surnames at least this alike may be one name
    aliases = [["Mariupol", "Mariupolis"]]   # one entity, many spellings (first is canonical)

Unknown keys and bad values are errors naming the file, the key and what is allowed.

Not configurable (yet): extra subject words (``subjects``: the rules compile their subject
words into their patterns when imported) and the tolerance of approximate values
(``tolerance``: "about X" is X +/- 10 %, fixed in ``homscheck.numbers``). Both are refused
with a message saying so, rather than accepted and silently ignored.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

FAIL_ON = ("conflict", "tension", "variant", "never")


class ConfigError(Exception):
    """A configuration file that cannot be used, with the file, key and what is allowed."""


@dataclass(frozen=True)
class FileConfig:
    path: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    event_window_days: int | None = None
    occasion_days: int | None = None
    name_similarity: float | None = None
    aliases: tuple[tuple[str, ...], ...] = field(default_factory=tuple)


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        own = folder / "homscheck.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_section(pyproject):
            return pyproject
    return None


def _toml() -> ModuleType:
    """The TOML reader, imported when a file needs it (its import costs start-up time)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    reader: ModuleType = tomllib
    return reader


def _has_section(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "tool.homscheck" not in text and not ("[tool]" in text and "homscheck" in text):
        return False  # no section of ours ("[tool.homscheck]"), whatever else the file holds
    tomllib = _toml()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        # Broken, but meant for us: say so rather than run silently without the settings.
        return "tool.homscheck" in text
    return isinstance(data.get("tool"), dict) and "homscheck" in data["tool"]


def load_config(path: Path | None) -> FileConfig:
    if path is None:
        return FileConfig()
    tomllib = _toml()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("homscheck", {})
        where = "[tool.homscheck]"
    else:
        section = data.get("tool", {}).get("homscheck", data)
        where = "homscheck.toml"
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: {where} must be a table")
    return _parse(section, f"{path}: {where}", str(path))


_KEYS = {
    "select", "ignore", "fail-on", "event-window-days", "occasion-days", "name-similarity",
    "aliases",
}  # fmt: skip


_NOT_YET = {
    "subjects": "extra subject words are not configurable yet",
    "tolerance": "the tolerance of approximate values is fixed at 10 % (see homscheck.numbers)",
}


def _parse(section: dict[str, Any], where: str, path: str) -> FileConfig:
    for key in section:
        if key in _NOT_YET:
            raise ConfigError(f"{where}: {key} is not supported: {_NOT_YET[key]}")
        if key not in _KEYS:
            allowed = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{where}: unknown key {key!r} (allowed: {allowed})")
    fail_on = section.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"{where}: fail-on = {fail_on!r}; allowed: {', '.join(FAIL_ON)}")
    return FileConfig(
        path=path,
        select=_codes(section, "select", where),
        ignore=_codes(section, "ignore", where),
        fail_on=fail_on,
        event_window_days=_int(section, "event-window-days", where, 0, 3650),
        occasion_days=_int(section, "occasion-days", where, 0, 3650),
        name_similarity=_int(section, "name-similarity", where, 50, 100),
        aliases=_aliases(section, where),
    )


def _codes(section: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f'{where}: {key} must be a list of rule codes or prefixes, like ["HC1"]')
    from homscheck.checks import all_rules

    codes = [r.code for r in all_rules()]
    for v in value:
        if not any(c.startswith(v.upper()) for c in codes):
            raise ConfigError(
                f"{where}: {key} has {v!r}, which matches no rule (see 'homscheck rules')"
            )
    return tuple(v.upper() for v in value)


def _int(section: dict[str, Any], key: str, where: str, low: int, high: int) -> int | None:
    value = section.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(
            f"{where}: {key} = {value!r}; allowed: a whole number from {low} to {high}"
        )
    return value


def _aliases(section: dict[str, Any], where: str) -> tuple[tuple[str, ...], ...]:
    value = section.get("aliases", [])
    ok = isinstance(value, list) and all(
        isinstance(entry, list) and len(entry) >= 2 and all(isinstance(n, str) and n for n in entry)
        for entry in value
    )
    if not ok:
        raise ConfigError(
            f"{where}: aliases must be a list of lists of two or more names, "
            'like [["Kyiv", "Kiev"]]'
        )
    return tuple(tuple(entry) for entry in value)
