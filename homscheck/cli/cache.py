"""The results cache: the claims read from each article, kept for the next run.

A newsroom or a monitor runs homscheck on a feed every hour, and most articles are the ones
it read an hour before: their claims are read from this cache rather than read again, as a
linter keeps the results of the files it checked. An entry is found by a digest of everything
its claims depend on:

- the article as given (id, path, text, publication date, cluster);
- what extraction reads with (``--select``, ``--ignore``, the alias table of the configuration);
- the code that reads it: every source and data file of the installed ``homscheck``, the
  version of Python and the files of ``regex``.

A change to any of these is another digest, so a stale entry is never used; how the claims
are compared (the comparison settings) is not part of it, for comparing is done on every run.
Entries live in ``results-<layout>/`` of the cache folder (``homscheck.cachedir``), one file
each, written whole or not at all. A missing, unreadable or corrupt entry is read again from
the article; a folder that cannot be written only costs time. ``--no-cache`` or
``HOMSCHECK_CACHE_DIR=off`` turn it off; deleting the folder is always safe.

Only the command line uses it: ``homscheck.compare`` itself reads every article every time.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from homscheck.cachedir import cache_folder
from homscheck.core import Config, Extraction, Mapper
from homscheck.model import Document

_LAYOUT = "1"  # of an entry; a new layout is a new folder


class ResultCache:
    """The cached extractions under ``folder``, for one configuration and one version of the
    code (``salt``)."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        # (digested once: the salt holds the whole alias table, too long to write out again
        # for every article's key)
        self._salt = hashlib.sha256(salt.encode("utf-8", "surrogatepass")).hexdigest()

    @classmethod
    def for_run(cls, config: Config) -> ResultCache | None:
        """The cache for a run with ``config``, or None where caching is off."""
        folder = cache_folder()
        if folder is None:
            return None
        # (select and ignore as given: a different order is a different entry, never a wrong one)
        salt = repr((_LAYOUT, code_fingerprint(), config.select, config.ignore, config.options))
        return cls(folder / f"results-{_LAYOUT}", salt)

    def mapper(self, inner: Mapper | None) -> Mapper:
        """A mapper that takes each article's extraction from the cache when it has it, and
        reads the others with ``inner`` (a process pool, a progress bar, or one by one), in
        the order given."""

        def cached(
            read: Callable[[Document], Extraction], docs: Sequence[Document]
        ) -> Iterable[Extraction]:
            keys = [self.key(d) for d in docs]
            found = [self.load(k, d) for k, d in zip(keys, docs, strict=True)]
            missing = [d for d, got in zip(docs, found, strict=True) if got is None]
            fresh = iter((inner or _one_by_one)(read, missing) if missing else ())
            results = []
            for key, got in zip(keys, found, strict=True):
                if got is None:
                    got = next(fresh)
                    self.store(key, got)
                results.append(got)
            return results

        return cached

    def key(self, doc: Document) -> str:
        return hashlib.sha256(
            repr((self._salt, doc)).encode("utf-8", "surrogatepass")
        ).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def load(self, key: str, doc: Document) -> Extraction | None:
        """The entry for ``doc``, or None when there is none that loads and is of ``doc``."""
        try:
            got = pickle.loads(self._path(key).read_bytes())
        except Exception:  # missing, unreadable, corrupt, of another layout: read it again
            return None
        if not isinstance(got, Extraction) or not _same_article(got.document, doc):
            return None
        return got

    def store(self, key: str, extraction: Extraction) -> None:
        """Keep an extraction (best effort: a full disk or a read-only folder costs only time).
        A temporary file renamed into place: two runs at once never see half an entry."""
        import tempfile  # (a run whose articles are all cached writes nothing: not at start-up)

        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
                out.write(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(out.name, path)
        except OSError:
            pass


def _same_article(read: Document, given: Document) -> bool:
    """Whether a cached extraction is of the article given (its publication date may have
    been found in the text since: the rest must be the same)."""
    return (read.id, read.text, read.path, read.group) == (
        given.id,
        given.text,
        given.path,
        given.group,
    )


def _one_by_one(
    read: Callable[[Document], Extraction], docs: Sequence[Document]
) -> list[Extraction]:
    return [read(d) for d in docs]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the code that reads articles: the package's source and data files (read,
    not dated: an install keeps old times), the Python version and the ``regex`` files."""
    digest = hashlib.sha256(repr(sys.version_info).encode())
    package = Path(__file__).resolve().parent.parent
    for parts in _source_files(str(package)):
        digest.update(os.path.join(*parts).encode("utf-8", "surrogatepass"))
        with open(os.path.join(package, *parts), "rb") as fh:
            digest.update(fh.read())
    spec = importlib.util.find_spec("regex")  # found, not imported
    if spec is not None and spec.origin:
        for path in sorted(Path(spec.origin).parent.iterdir()):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _source_files(package: str) -> list[tuple[str, ...]]:
    """The package's ``.py`` and ``.json`` files outside ``__pycache__``, as the parts of their
    paths below it, in the order of ``sorted(Path(package).rglob("*"))`` (found with
    ``os.walk``: a ``pathlib`` glob of the tree took a third of the fingerprint's time)."""
    found = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        below = os.path.relpath(folder, package).split(os.sep)
        prefix = () if below == ["."] else tuple(below)
        found += [(*prefix, n) for n in names if os.path.splitext(n)[1] in (".py", ".json")]
    return sorted(found)
