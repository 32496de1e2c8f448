"""The typer app. Heavy modules are imported inside the commands that need them."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import Enum
from typing import Annotated, Optional

import typer

from homscheck import __version__
from homscheck.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS

app = typer.Typer(
    name="homscheck",
    help="Cross-check the claims of several news articles about one event.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    table = "table"
    json = "json"


class FailOn(str, Enum):
    conflict = "conflict"
    tension = "tension"
    variant = "variant"
    never = "never"


def _version(value: bool) -> None:
    if value:
        print(f"homscheck {__version__}")
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Cross-check the claims of several news articles about one event."""


PathsArg = Annotated[
    list[str],
    typer.Argument(help="Article files, directories of .txt/.md articles, or - for stdin."),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
PublishedOpt = Annotated[
    Optional[list[str]],  # noqa: UP045 - typer needs Optional here on Python 3.10
    typer.Option(
        "--published",
        help="Publication date of a document: ID=YYYY-MM-DD (repeatable).",
        metavar="ID=DATE",
    ),
]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Refuse larger input files.")
]
SelectOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--select", help="Only these rule codes or prefixes (repeatable)."),
]
IgnoreOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--ignore", help="Skip these rule codes or prefixes (repeatable)."),
]


@app.command()
def compare(
    paths: PathsArg,
    format: FormatOpt = Format.table,
    all_: Annotated[bool, typer.Option("--all", help="Show agreements too.")] = False,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe.")
    ] = FailOn.conflict,
    published: PublishedOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
) -> int:
    """Extract, align and compare the claims of the articles; report where they disagree."""
    from homscheck.core import Config
    from homscheck.core import compare as run_compare

    loaded = _load(paths, published, max_bytes)
    config = Config(select=tuple(select or ()), ignore=tuple(ignore or ()))
    report = run_compare(loaded.documents, config)
    report = _with_problems(report, loaded.problems)
    _print_problems(report)
    from homscheck.cli import render

    if format == Format.json:
        render.write_json(report, sys.stdout, findings=True)
    else:
        render.findings_table(report, _console(), show_all=all_)
    if report.problems:
        return EXIT_ERROR
    return EXIT_FINDINGS if _fails(report, fail_on) else EXIT_CLEAN


@app.command()
def extract(
    paths: PathsArg,
    format: FormatOpt = Format.table,
    published: PublishedOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
) -> int:
    """Print the claims of each article."""
    from homscheck.core import Config, read_document
    from homscheck.model import Report

    loaded = _load(paths, published, max_bytes)
    config = Config(select=tuple(select or ()), ignore=tuple(ignore or ()))
    results = [read_document(d, config) for d in sorted(loaded.documents, key=lambda d: d.id)]
    report = Report(
        tuple(r.document for r in results),
        tuple(c for r in results for c in r.claims),
        (),
        tuple(loaded.problems) + tuple(p for r in results for p in r.problems),
    )
    _print_problems(report)
    from homscheck.cli import render

    if format == Format.json:
        render.write_json(report, sys.stdout, findings=False)
    else:
        render.claims_table(report, _console())
    return EXIT_ERROR if report.problems else EXIT_CLEAN


# -- helpers ---------------------------------------------------------------------------------


def _load(paths: list[str], published: list[str] | None, max_bytes: int):  # type: ignore[no-untyped-def]
    from homscheck.cli.inputs import load

    dates = _parse_published(published or [])
    loaded = load(paths, published=dates, max_bytes=max_bytes)
    for warning in loaded.warnings:
        _warn(warning)
    if not loaded.documents and loaded.problems:
        for p in loaded.problems:
            _warn(f"{p.source}: {p.message}")
        _warn("no readable articles")
        raise typer.Exit(EXIT_ERROR)
    return loaded


def _parse_published(values: list[str]) -> dict[str, date]:
    dates: dict[str, date] = {}
    for value in values:
        doc_id, sep, when = value.partition("=")
        try:
            if not sep or not doc_id:
                raise ValueError
            dates[doc_id] = date.fromisoformat(when.strip())
        except ValueError:
            raise typer.BadParameter(
                f"{value!r} is not ID=YYYY-MM-DD", param_hint="--published"
            ) from None
    return dates


def _with_problems(report, problems):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(report, problems=tuple(problems) + tuple(report.problems))


def _print_problems(report) -> None:  # type: ignore[no-untyped-def]
    from homscheck.cli.render import visible

    for p in report.problems:
        _warn(f"{visible(p.source)}: {visible(p.message)}")


def _fails(report, fail_on: FailOn) -> bool:  # type: ignore[no-untyped-def]
    from homscheck.model import Verdict

    if fail_on == FailOn.never:
        return False
    threshold = Verdict(fail_on.value).severity
    return any(f.verdict.severity >= threshold for f in report.findings)


def _warn(message: str) -> None:
    print(f"homscheck: {message}", file=sys.stderr)


def _console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    no_color = "NO_COLOR" in os.environ and os.environ["NO_COLOR"] != ""
    return Console(no_color=no_color, highlight=False, markup=False, emoji=False, soft_wrap=False)


_ = EXIT_ERROR
