"""The typer app. Heavy modules are imported inside the commands that need them."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import Enum
from functools import partial
from typing import IO, TYPE_CHECKING, Annotated, Optional

import typer

from homscheck import __version__

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from rich.console import Console

    from homscheck.cli.baseline import Entry as BaselineEntry
    from homscheck.cli.config import FileConfig
    from homscheck.cli.inputs import Loaded
    from homscheck.core import Config, Extraction, Mapper
    from homscheck.model import Document, Problem, Report
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
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    markdown = "markdown"
    csv = "csv"
    html = "html"


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
    typer.Argument(
        help="Article files (.txt, .md, .html, .jsonl), directories of them, or - for stdin."
    ),
]
FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", envvar="HOMSCHECK_FORMAT", help="Output format.")
]
OutputOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--output", "-o", help="Write the report to this file instead of stdout."),
]
PublishedOpt = Annotated[
    Optional[list[str]],  # noqa: UP045 - typer needs Optional here on Python 3.10
    typer.Option(
        "--published",
        help="Publication date of a document: ID=YYYY-MM-DD (repeatable).",
        metavar="ID=DATE",
    ),
]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse larger input files.")]
SelectOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--select", help="Only these rule codes or prefixes (repeatable)."),
]
ConfigOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--config", help="A pyproject.toml or homscheck.toml to read settings from."),
]
IgnoreOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--ignore", help="Skip these rule codes or prefixes (repeatable)."),
]


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


ColorOpt = Annotated[
    Color,
    typer.Option(
        "--color",
        help="Colour the table: auto (a terminal without NO_COLOR), always (pipes too), never.",
    ),
]
QuietOpt = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Only the report and errors: no summary, no warnings."),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Read every article again, not its claims kept from an earlier run "
        "(HOMSCHECK_CACHE_DIR=off turns every cache off).",
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Read the articles in this many processes; the output is the same.",
    ),
]
StdinNameOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--stdin-name",
        help="Name standard input (-): its id, and its suffix (.md, .html, .jsonl) says how "
        "to read it.",
        metavar="NAME",
    ),
]


@app.command()
def compare(
    paths: PathsArg,
    format: FormatOpt = Format.table,
    all_: Annotated[bool, typer.Option("--all", help="Show agreements too.")] = False,
    bars: Annotated[
        bool,
        typer.Option("--bars", help="Draw each figure and date on a number line or timeline."),
    ] = False,
    fail_on: Annotated[
        Optional[FailOn],  # noqa: UP045
        typer.Option(
            "--fail-on",
            help="Exit 1 when a finding is at least this severe [default: conflict].",
        ),
    ] = None,
    published: PublishedOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    group_by: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--group-by", help="JSON-lines field that names each article's cluster."),
    ] = None,
    baseline: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--baseline", help="Report only findings not recorded in this baseline."),
    ] = None,
    write_baseline: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--write-baseline", help="Record the current findings in this file."),
    ] = None,
    stdin_name: StdinNameOpt = None,
    jobs: JobsOpt = 1,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """Extract, align and compare the claims of the articles; report where they disagree."""
    from homscheck.core import compare as run_compare

    file_config = _file_config(config)
    run_config = _run_config(file_config, select, ignore)
    fail_on = fail_on or FailOn(file_config.fail_on or "conflict")
    known = _read_baseline(baseline)
    loaded = _load(paths, published, max_bytes, group_by, stdin_name=stdin_name, quiet=quiet)
    mapper = _mapper(len(loaded.documents), quiet, jobs, run_config, no_cache)
    report = run_compare(loaded.documents, run_config, mapper=mapper)
    report = _with_problems(report, loaded.problems)
    _print_problems(report)
    if write_baseline is not None:
        _write_baseline(report, write_baseline, quiet)
    if known is not None:
        report = _apply_baseline(report, known, baseline or "", quiet)
    _emit(report, format, output, show_all=all_, findings=True, bars=bars, quiet=quiet, color=color)
    if report.problems:
        raise typer.Exit(EXIT_ERROR)
    if write_baseline is not None:  # every finding shown has just been accepted
        raise typer.Exit(EXIT_CLEAN)
    raise typer.Exit(EXIT_FINDINGS if _fails(report, fail_on) else EXIT_CLEAN)


@app.command()
def extract(
    paths: PathsArg,
    format: FormatOpt = Format.table,
    published: PublishedOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    max_bytes: MaxBytesOpt = 10_000_000,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    stdin_name: StdinNameOpt = None,
    jobs: JobsOpt = 1,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
    color: ColorOpt = Color.auto,
) -> None:
    """Print the claims of each article."""
    from homscheck.core import read_document
    from homscheck.model import Report

    run_config = _run_config(_file_config(config), select, ignore)
    loaded = _load(paths, published, max_bytes, stdin_name=stdin_name, quiet=quiet)
    docs = sorted(loaded.documents, key=lambda d: d.id)
    mapper = _mapper(len(docs), quiet, jobs, run_config, no_cache)
    read = partial(read_document, config=run_config)  # picklable, for --jobs
    results = list(mapper(read, docs))
    report = Report(
        tuple(r.document for r in results),
        tuple(c for r in results for c in r.claims),
        (),
        tuple(loaded.problems) + tuple(p for r in results for p in r.problems),
    )
    _print_problems(report)
    _emit(report, format, output, show_all=True, findings=False, quiet=quiet, color=color)
    raise typer.Exit(EXIT_ERROR if report.problems else EXIT_CLEAN)


@app.command()
def rules(color: ColorOpt = Color.auto) -> None:
    """List every rule: code, name, claim kind and what it reads."""
    from rich.table import Table
    from rich.text import Text

    from homscheck.checks import all_rules

    table = Table(show_lines=False)
    for column in ("Code", "Name", "Kind", "Reads"):
        table.add_column(column)
    for r in all_rules():
        table.add_row(r.code, r.name, r.kind, Text(r.summary))
    _console(color=color).print(table)


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A rule code, such as HC101.")],
    color: ColorOpt = Color.auto,
) -> None:
    """Print a rule's documentation, with its examples and what they yield."""
    from rich.text import Text

    from homscheck.checks import rule
    from homscheck.core import Config, extract
    from homscheck.model import Document

    try:
        r = rule(code)
    except KeyError:
        raise typer.BadParameter(f"no rule {code!r}; see 'homscheck rules'") from None
    console = _console(color=color)
    console.print(Text(f"{r.code} {r.name} (claims of kind {r.kind})", style="bold"))
    # The docstring is wrapped for the source file; let the terminal wrap it instead.
    console.print(Text("\n\n".join(" ".join(p.split()) for p in r.doc.split("\n\n"))))
    console.print(Text("\nExamples:", style="bold"))
    for ex in r.examples:
        claims = extract(Document("example", ex.sentence), Config(select=(r.code,)))
        got = "; ".join(f"{c.topic} = {c.value.describe()}" for c in claims) or "(nothing)"
        console.print(Text(f"  {ex.sentence}\n    -> {got}"))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON output."""
    from importlib import resources

    sys.stdout.write(resources.files("homscheck").joinpath("data/schema.json").read_text("utf-8"))


# -- helpers ---------------------------------------------------------------------------------


def _reader_gone() -> None:
    """Stdout's reader has closed it ("homscheck compare ... | head"): write nothing more there,
    and exit as the report says (not 1, which says findings, as the library would)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _emit(
    report: Report,
    format: Format,
    output: str | None,
    *,
    show_all: bool,
    findings: bool,
    bars: bool = False,
    quiet: bool = False,
    color: Color = Color.auto,
) -> None:
    """Write the report in ``format`` to stdout or ``output``."""
    import io

    from homscheck.cli import render  # (``formats`` only for the formats it writes)

    if format == Format.table:
        if output:
            buf = io.StringIO()
            console = _console(file=buf, force_plain=True)
        else:
            console = _console(color=color)
        if findings:
            render.findings_table(report, console, show_all=show_all, bars=bars, quiet=quiet)
        else:
            render.claims_table(report, console)
        text = buf.getvalue() if output else None
    elif format == Format.json:
        buf = io.StringIO()
        render.write_json(report, buf, findings=findings)
        text = buf.getvalue()
    elif format == Format.csv:
        from homscheck.cli import formats

        text = formats.claims_csv(report)
    elif format == Format.html:
        from homscheck.cli.html import report_html

        text = report_html(report, show_all=show_all, findings=findings)
    else:
        from homscheck.cli import formats

        writer = {
            Format.jsonl: formats.jsonl,
            Format.sarif: formats.sarif,
            Format.github: formats.github,
            Format.markdown: formats.markdown,
        }[format]
        text = writer(report, show_all)
    if text is None:
        return
    if output:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            _warn(f"{output}: cannot write ({exc.strerror})")
            raise typer.Exit(EXIT_ERROR) from None
    else:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()  # (a closed pipe shows here, not at exit)
        except BrokenPipeError:
            _reader_gone()  # (the table's console does the same: ``_console``)


def _load(
    paths: list[str],
    published: list[str] | None,
    max_bytes: int,
    group_by: str | None = None,
    *,
    stdin_name: str | None = None,
    quiet: bool = False,
) -> Loaded:
    from homscheck.cli.inputs import load

    dates = _parse_published(published or [])
    loaded = load(
        paths, published=dates, max_bytes=max_bytes, group_by=group_by, stdin_name=stdin_name
    )
    for warning in loaded.warnings:
        if not quiet:
            _warn(warning)
    if not loaded.documents and loaded.problems:
        for p in loaded.problems:
            _warn(f"{p.source}: {p.message}")
        _warn("no readable articles")
        raise typer.Exit(EXIT_ERROR)
    return loaded


def _read_baseline(path: str | None) -> tuple[BaselineEntry, ...] | None:
    if path is None:
        return None
    from homscheck.cli.baseline import BaselineError, read

    try:
        return read(path)
    except BaselineError as exc:
        _warn(str(exc))
        raise typer.Exit(EXIT_ERROR) from None


def _write_baseline(report: Report, path: str, quiet: bool) -> None:
    from homscheck.cli.baseline import BaselineError, write

    try:
        count = write(report, path)
    except BaselineError as exc:
        _warn(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    if not quiet:
        _warn(f"{path}: baseline of {count} finding{'s' if count != 1 else ''} written")


def _apply_baseline(
    report: Report, entries: tuple[BaselineEntry, ...], path: str, quiet: bool
) -> Report:
    from homscheck.cli.baseline import apply
    from homscheck.cli.render import visible

    filtered = apply(report, entries)
    if not quiet:
        if filtered.hidden:
            _warn(f"{path}: {filtered.hidden} known finding(s) not shown")
        for entry in filtered.stale:
            _warn(f"{path}: no longer found: {visible(entry.describe())}")
    return filtered.report


def _mapper(count: int, quiet: bool, jobs: int, config: Config, no_cache: bool) -> Mapper:
    """How the articles are read: their claims from the results cache where it has them
    (``homscheck.cli.cache``), the others in a process pool with --jobs above 1 (results in
    order), else one by one, under a progress bar at a terminal."""
    from homscheck.cli.cache import ResultCache

    reader: Mapper | None
    if jobs > 1:
        from homscheck.core import process_mapper

        reader = process_mapper(jobs)
    else:
        reader = _progress(count, quiet)
    cache = None if no_cache else ResultCache.for_run(config)
    if cache is None:
        return reader or _serial
    return cache.mapper(reader)


def _progress(count: int, quiet: bool) -> Mapper | None:
    """A progress bar over the articles, on stderr, only for a person at a terminal: never in
    pipes, CI (the CI variable), with --quiet, or for a handful of files."""
    if quiet or count <= 20 or os.environ.get("CI") or not sys.stderr.isatty():
        return None

    def mapper(fn: Callable[[Document], Extraction], docs: Sequence[Document]) -> list[Extraction]:
        from rich.console import Console
        from rich.progress import track

        console = Console(stderr=True)
        return [fn(d) for d in track(docs, description="Reading", console=console, transient=True)]

    return mapper


def _serial(fn: Callable[[Document], Extraction], docs: Sequence[Document]) -> list[Extraction]:
    return [fn(d) for d in docs]


def _file_config(path: str | None) -> FileConfig:
    from pathlib import Path

    from homscheck.cli.config import ConfigError, find_config, load_config

    try:
        if path is not None:
            if not Path(path).is_file():
                raise ConfigError(f"{path}: no such configuration file")
            return load_config(Path(path))
        return load_config(find_config(Path.cwd()))
    except ConfigError as exc:
        _warn(str(exc))
        raise typer.Exit(EXIT_ERROR) from None


def _run_config(
    file_config: FileConfig, select: list[str] | None, ignore: list[str] | None
) -> Config:
    from dataclasses import replace

    from homscheck.compare import Settings
    from homscheck.core import Config
    from homscheck.names import default_aliases
    from homscheck.options import Options

    settings = Settings()
    if file_config.event_window_days is not None:
        settings = replace(settings, event_window_days=file_config.event_window_days)
    if file_config.occasion_days is not None:
        settings = replace(settings, occasion_days=file_config.occasion_days)
    if file_config.name_similarity is not None:
        settings = replace(settings, name_similarity=float(file_config.name_similarity))
    options = Options(aliases=default_aliases().with_entries(file_config.aliases))
    return Config(
        select=tuple(s.upper() for s in select) if select else file_config.select,
        ignore=tuple(i.upper() for i in ignore) if ignore else file_config.ignore,
        options=options,
        settings=settings,
    )


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


def _with_problems(report: Report, problems: tuple[Problem, ...]) -> Report:
    from dataclasses import replace

    return replace(report, problems=tuple(problems) + tuple(report.problems))


def _print_problems(report: Report) -> None:
    from homscheck.cli.render import visible

    for p in report.problems:
        _warn(f"{visible(p.source)}: {visible(p.message)}")


def _fails(report: Report, fail_on: FailOn) -> bool:
    from homscheck.model import Verdict

    if fail_on == FailOn.never:
        return False
    threshold = Verdict(fail_on.value).severity
    return any(f.verdict.severity >= threshold for f in report.findings)


def _warn(message: str) -> None:
    print(f"homscheck: {message}", file=sys.stderr)


def _console(
    file: IO[str] | None = None, force_plain: bool = False, color: Color = Color.auto
) -> Console:
    """A console for the table; ``force_plain`` (a file) and ``--color never`` write no escape
    at all, ``--color always`` writes colour into pipes too."""
    from rich.console import Console

    plain = force_plain or color == Color.never
    always = color == Color.always and not plain
    no_color = plain or (not always and os.environ.get("NO_COLOR", "") != "")
    console = Console(
        file=file,
        no_color=no_color,
        force_terminal=True if always else None,
        color_system=None if plain else "standard" if always else "auto",
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
        width=120 if force_plain else None,
    )
    # (rich exits 1 when the reader of stdout is gone, "| head": 1 says findings here)
    console.on_broken_pipe = _reader_gone  # type: ignore[method-assign]
    return console


_ = EXIT_ERROR
