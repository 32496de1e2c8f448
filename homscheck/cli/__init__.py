"""The command line: ``homscheck compare``, ``homscheck extract``.

Only this package reads files, prints and exits. Exit codes, as linters have them: 0 nothing
at or above ``--fail-on``, 1 findings, 2 a usage or input error — or any unexpected exception,
so that a crash is never mistaken for a finding.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the app and turn every outcome into an exit code."""
    sys.exit(run(argv))


def run(argv: Sequence[str] | None = None) -> int:
    import click

    from homscheck.cli.app import app

    try:
        result = app(args=list(argv) if argv is not None else None, prog_name="homscheck",
                     standalone_mode=False)  # fmt: skip
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        _error("interrupted")
        return EXIT_INTERRUPTED
    except click.ClickException as exc:
        exc.show(file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN if _quiet_pipe() else EXIT_ERROR
    except Exception as exc:
        _error(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_ERROR
    return int(result) if isinstance(result, int) else EXIT_CLEAN


def _error(message: str) -> None:
    print(f"homscheck: {message}", file=sys.stderr)


def _quiet_pipe() -> bool:
    """After the reader of our output went away (``| head``), exit quietly."""
    try:
        sys.stdout = open(__import__("os").devnull, "w")  # noqa: SIM115
    except OSError:
        return False
    return True
