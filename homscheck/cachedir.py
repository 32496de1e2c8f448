"""Where homscheck keeps what it may reuse from one run to the next: ``$HOMSCHECK_CACHE_DIR``,
else ``$XDG_CACHE_HOME/homscheck``, else ``~/.cache/homscheck``. ``HOMSCHECK_CACHE_DIR=off``
turns every cache off. The compiled patterns (``homscheck.patterns``) and the claims of the
articles read (``homscheck.cli.cache``) live there; deleting the folder only costs time."""

from __future__ import annotations

import os
from pathlib import Path

_OFF = ("", "off", "0", "no", "false")


def cache_folder() -> Path | None:
    """The cache folder, or None when caching is off or there is no home to keep it in."""
    folder = os.environ.get("HOMSCHECK_CACHE_DIR")
    if folder is not None and folder.strip().lower() in _OFF:
        return None
    if folder:
        return Path(folder)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except (RuntimeError, KeyError, OSError):
        return None  # no home folder: run without a cache
    return Path(base) / "homscheck"
