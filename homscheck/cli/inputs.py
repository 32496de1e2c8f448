"""Reading articles from files, directories and standard input.

This is the only place that touches the file system. Every unusable input becomes a
``Problem`` with a one-line reason; the usable ones are still read.

Decisions:
- text is decoded as UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured); text that is not
  valid UTF-8 is decoded as Windows-1252 (a superset of Latin-1 in practice) with a warning,
  since old wire copy and scraped pages often are;
- line endings are normalised to "\\n"; offsets, lines and columns refer to that text;
- a file with NUL bytes, or that starts like an image, archive or PDF, is refused as binary;
- an empty or white-space-only file is refused: there is nothing to check;
- a file larger than ``max_bytes`` (default 10 MB) is refused, before it is read whole.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from homscheck.model import Document, Problem

ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".markdown", ".jsonl", ".html", ".htm")
DEFAULT_MAX_BYTES = 10_000_000

_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"BZh",
    b"\x7fELF", b"RIFF", b"II*\x00", b"MM\x00*", b"7z\xbc\xaf",
)  # fmt: skip


@dataclass(frozen=True)
class Loaded:
    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[str, ...]


def load(
    paths: Sequence[str],
    *,
    published: dict[str, date] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin_name: str | None = None,
    group_by: str | None = None,
) -> Loaded:
    """Read every article named by ``paths`` (files, directories, or "-" for standard input).

    ``stdin_name`` names standard input (its id is the name's stem, and its suffix says how to
    read it, as for a file); without it the id is "stdin"."""
    documents: list[Document] = []
    problems: list[Problem] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for source, path in _expand(paths, problems):
        key = source if path is None else os.path.realpath(path)
        if key in seen:
            warnings.append(f"{source}: given more than once; read once")
            continue
        seen.add(key)
        try:
            raw = _read_bytes(path, max_bytes)
            text, warning = decode(raw, source)
        except InputError as exc:
            problems.append(Problem(source, str(exc)))
            continue
        if warning:
            warnings.append(warning)
        name = path if path is not None else stdin_name or "stdin"
        if name.lower().endswith(".jsonl"):
            docs, line_problems = read_jsonl(text, source, group_by)
            documents += docs
            problems += line_problems
            continue
        try:
            doc, warning = _article(text, name, source if path is not None else stdin_name)
        except InputError as exc:
            problems.append(Problem(source, str(exc)))
            continue
        if warning and warning not in warnings:  # one "install the extra" hint, not one a file
            warnings.append(warning)
        documents.append(doc)
    documents = _unique_ids(documents)
    if published:
        documents = [_with_date(d, published) for d in documents]
        known = {d.id for d in documents}
        for doc_id in sorted(set(published) - known):
            warnings.append(f"--published {doc_id}=...: no document has that id")
    return Loaded(tuple(documents), tuple(problems), tuple(warnings))


class InputError(Exception):
    """An input that cannot be used, with the reason in one line."""


# The suffixes ``homscheck.cli.readers`` reads (its HTML_SUFFIXES and MARKDOWN_SUFFIXES): any
# other file is its text, and a run of plain-text articles starts without importing it.
_READ_BY_READERS = (".html", ".htm", ".md", ".markdown")


def _article(text: str, name: str, path: str | None) -> tuple[Document, str | None]:
    """The document for one file's text; ``.md`` front matter and ``.html`` are read here."""
    doc_id = Path(name).stem if path is not None else "stdin"
    where = path or "-"
    lower = name.lower()
    if not lower.endswith(_READ_BY_READERS):
        return Document(doc_id, text, where), None
    from homscheck.cli import readers

    if lower.endswith(readers.HTML_SUFFIXES):
        article = readers.html_article(text)
        if not article.text.strip():
            raise InputError("no article text found in the HTML")
    else:
        article = readers.markdown_article(text)
        if not article.text.strip():
            raise InputError("only front matter, no text")
    source = "metadata" if article.published else None
    return Document(doc_id, article.text, where, article.published, source), article.warning


def _expand(paths: Sequence[str], problems: list[Problem]) -> Iterator[tuple[str, str | None]]:
    for p in paths:
        if p == "-":
            yield "-", None
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(_articles_in(path))
            if not found:
                problems.append(
                    Problem(p, f"no articles ({', '.join(ARTICLE_SUFFIXES)}) in directory")
                )
            for f in found:
                yield f, f
        elif path.exists():
            yield p, p
        elif path.is_symlink():
            problems.append(Problem(p, "broken symbolic link"))
        else:
            problems.append(Problem(p, "no such file or directory"))


def _articles_in(folder: Path) -> Iterator[str]:
    """Article files below a folder; links to folders are not followed, so loops cannot hang."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                full = os.path.join(root, name)
                if os.path.isfile(full):
                    yield full


def _read_bytes(path: str | None, max_bytes: int) -> bytes:
    try:
        if path is None:
            raw = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if not os.path.isfile(path):
                raise InputError("not a regular file")
            if os.path.getsize(path) > max_bytes:
                raise InputError(_too_big(max_bytes))
            with open(path, "rb") as fh:
                raw = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read") from None
    if len(raw) > max_bytes:
        raise InputError(_too_big(max_bytes))
    return raw


def _too_big(max_bytes: int) -> str:
    return f"larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)"


def decode(raw: bytes, source: str) -> tuple[str, str | None]:
    """The text of an article, and a warning when it was not UTF-8."""
    warning = None
    if raw.startswith(codecs.BOM_UTF8):
        text = raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text") from None
    else:
        if b"\x00" in raw or raw.startswith(_BINARY_MAGIC):
            raise InputError("binary file, not text")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = raw.decode("cp1252", errors="replace")
            warning = f"{source}: not valid UTF-8 (byte {exc.start}); read as Windows-1252 text"
    if "\x00" in text:
        raise InputError("binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty file" if not text else "only white space")
    return text, warning


def _unique_ids(documents: list[Document]) -> list[Document]:
    """Ids are file names without extension; two files of one name get their folder too."""
    counts: dict[str, int] = {}
    for d in documents:
        counts[d.id] = counts.get(d.id, 0) + 1
    out = []
    for d in documents:
        if counts[d.id] > 1 and d.path != "-":
            if d.path.rsplit(":", 1)[-1].isdigit():  # a line of a JSON-lines file
                d = replace(d, id=f"{d.id}@{Path(d.path).name}")
            else:
                parent = Path(d.path).parent.name or "."
                d = replace(d, id=f"{parent}/{d.id}")
        out.append(d)
    return out


def _with_date(doc: Document, published: dict[str, date]) -> Document:
    when = published.get(doc.id)
    if when is None:
        return doc
    return replace(doc, published=when, published_source="command line")


# Field names a JSON-lines article may use, first found wins.
_ID_FIELDS = ("id", "doc_id", "article_id", "uuid")
_TEXT_FIELDS = ("text", "content", "body")
_DATE_FIELDS = ("published", "dct", "date", "published_at")


def read_jsonl(
    text: str, source: str, group_by: str | None
) -> tuple[list[Document], list[Problem]]:
    """Articles from JSON lines: ``id``, ``title``, ``text`` or ``content``, ``published`` or
    ``dct``, ``url``. The title, when there is one, is the first paragraph of the text, so
    offsets refer to "title\n\ntext"."""
    import json

    documents: list[Document] = []
    problems: list[Problem] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(where, f"line {n}: not valid JSON ({exc.msg})"))
            continue
        if not isinstance(row, dict):
            problems.append(Problem(where, f"line {n}: not a JSON object"))
            continue
        body = _first(row, _TEXT_FIELDS)
        body = body if isinstance(body, str) else ""
        title = row.get("title")
        if isinstance(title, str) and title.strip():
            # a headline is text too: an article whose body a crawler lost still has it
            body = f"{title.strip()}\n\n{body}" if body.strip() else title.strip()
        if not body.strip():
            problems.append(
                Problem(where, f"line {n}: no text (fields: title, {', '.join(_TEXT_FIELDS)})")
            )
            continue
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        doc_id = _first(row, _ID_FIELDS)
        doc_id = str(doc_id) if doc_id is not None else f"{Path(source).stem}-{n}"
        when = _iso_date(_first(row, _DATE_FIELDS))
        group = None
        if group_by is not None:
            value = row.get(group_by)
            if value is None:
                problems.append(Problem(where, f"line {n}: no field {group_by!r} to group by"))
                continue
            group = str(value)
        documents.append(Document(doc_id, body, where, when, "metadata" if when else None, group))
    return documents, problems


def _first(row: dict[str, object], fields: Sequence[str]) -> object:
    for f in fields:
        if row.get(f) not in (None, ""):
            return row[f]
    return None


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
