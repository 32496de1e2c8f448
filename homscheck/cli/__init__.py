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
    import gc

    # A run makes some 50,000 objects that live as long as the process (modules, rules,
    # compiled patterns) and hardly any garbage in cycles: the collector's default
    # first-generation threshold (700) has it traverse them some 40 times for nothing, ~10 ms
    # of a start. A higher threshold still collects cycles, a few MB of them at most. (Here,
    # not in ``run``: that is also called in-process, by tests and scripts.)
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(50_000, older, oldest)
    code = run(argv)
    # The process ends here: frozen, its objects are not traversed again by the interpreter's
    # collections at exit (~15 ms). Everything was written and closed by ``run``.
    gc.freeze()
    sys.exit(code)


class Interrupted(BaseException):
    """Ctrl-C, raised past the command-line library's own handler (which would exit 1)."""


def run(argv: Sequence[str] | None = None) -> int:
    """Run the app; return its exit code. Usage errors are the library's (exit 2); a crash is
    reported in one line and exits 2, never 1; Ctrl-C exits 130."""
    import contextlib
    import signal

    from homscheck.cli.app import app

    def interrupt(signum: int, frame: object) -> None:
        raise Interrupted

    previous = None
    with contextlib.suppress(ValueError):  # not the main thread: leave Ctrl-C alone
        previous = signal.signal(signal.SIGINT, interrupt)
    try:
        app(args=list(argv) if argv is not None else None, prog_name="homscheck")
    except SystemExit as exc:
        return _code(exc.code)
    except Interrupted:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        _error(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        _save_patterns()
    return EXIT_CLEAN


def _save_patterns() -> None:
    """Keep the compiled patterns for the next start (``homscheck.patterns``)."""
    patterns = sys.modules.get("homscheck.patterns")
    if patterns is not None:
        patterns.save_pattern_cache()


def _code(code: object) -> int:
    if code is None:
        return EXIT_CLEAN
    if isinstance(code, int):
        return EXIT_FINDINGS if code == 1 else code
    _error(str(code))
    return EXIT_ERROR


def _error(message: str) -> None:
    print(f"homscheck: {message}", file=sys.stderr)
