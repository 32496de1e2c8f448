"""Bad and hostile input: every input class with its exit code and message, never a traceback.

Each row of INPUTS makes one file (or path) beside a good article and runs
``homscheck compare --format json``: the good article is always still read, the bad input is
named in one line on stderr and in the JSON ``errors``.
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from homscheck.cli import run

GOOD = "A car bomb in Azaz killed 12 people on Monday, officials said.\n"


def _png(p: Path) -> None:
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def _zip(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("story.txt", GOOD)


def _sparse(size: int) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        with open(p, "wb") as fh:
            fh.truncate(size)  # no disk is written: the size check must refuse it unread

    return make


def _loop(p: Path) -> None:
    p.mkdir()
    (p / "loop").symlink_to(p)
    (p / "inside.txt").write_text(GOOD)


# name, how to make it, expected exit code, a fragment of the one-line message (None: no error)
INPUTS: list[tuple[str, Callable[[Path], None] | None, int, str | None]] = [
    ("missing.txt", None, 2, "no such file or directory"),
    ("empty.txt", lambda p: p.write_bytes(b""), 2, "empty file"),
    ("blank.txt", lambda p: p.write_bytes(b" \n\t \n"), 2, "only white space"),
    ("image.txt", _png, 2, "binary file"),
    ("image.png.txt", _png, 2, "binary file"),
    ("archive.txt", _zip, 2, "binary file"),
    ("nul.txt", lambda p: p.write_bytes(b"Ten died.\x00\x00more"), 2, "binary file"),
    ("utf16.txt", lambda p: p.write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le")), 0, None),
    ("latin1.txt", lambda p: p.write_bytes("Caf\xe9 in Azaz: 12 died.".encode("latin-1")), 0, None),
    ("huge.txt", _sparse(200 * 2**20), 2, "larger than the limit"),
    ("longline.txt", lambda p: p.write_bytes(b"1," * (5 * 2**20)), 2, "larger than the limit"),
    ("emptydir", lambda p: p.mkdir(), 2, "no articles"),
    ("loopdir", _loop, 0, None),
    ("bad.jsonl", lambda p: p.write_text('{"id": "x", "text": "ok"}\n{not json\n'), 2, "line 2"),
]


@pytest.mark.parametrize(("name", "make", "code", "message"), INPUTS, ids=[i[0] for i in INPUTS])
def test_input_class(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: Callable[[Path], None] | None,
    code: int,
    message: str | None,
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    bad = tmp_path / name
    if make is not None:
        make(bad)
    got = run(["compare", "--format", "json", str(good), str(bad)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert got == code, err
    data = json.loads(out)
    assert "good" in [d["id"] for d in data["documents"]]
    if message is None:
        assert data["errors"] == []
    else:
        assert any(message in e["message"] for e in data["errors"]), data["errors"]
        lines = [line for line in err.splitlines() if message in line]
        assert len(lines) == 1 and lines[0].startswith("homscheck: ")


def test_latin1_is_read_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\xe9 owner: 3 people died in Azaz.".encode("latin-1"))
    assert run(["extract", "--format", "json", str(p)]) == 0
    out, err = capsys.readouterr()
    assert "read as Windows-1252" in err
    assert json.loads(out)["claims"][0]["text"]


def test_permission_denied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import homscheck.cli.inputs as inputs

    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    real_open = open

    def guarded(path: object, *args: object, **kwargs: object) -> object:
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(inputs, "open", guarded, raising=False)
    assert run(["compare", str(good), str(locked)]) == 2
    _, err = capsys.readouterr()
    assert f"homscheck: {locked}: permission denied" in err


def test_same_file_twice_and_one_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    assert run(["compare", str(good), str(good)]) == 0
    out, err = capsys.readouterr()
    assert "given more than once" in err
    assert "nothing to compare" in out


def test_malformed_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "homscheck.toml"
    cfg.write_text("select = [\n")
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    assert run(["compare", "--config", str(cfg), str(good)]) == 2
    _, err = capsys.readouterr()
    assert "not valid TOML" in err and len(err.strip().splitlines()) == 1


HOSTILE = (
    "[bold red]Azaz[/bold red] [link=http://evil.example]click[/link] "
    "\x1b[31mred\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x1b[2J "
    "\u202eevil\u202c zero\u200bwidth \x07bell"
)


def test_hostile_text_is_shown_harmlessly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(f"A car bomb in Azaz killed 12 people on Monday. {HOSTILE}\n")
    b.write_text(f"A car bomb in Azaz killed 40 {HOSTILE} people on Monday.\n")
    for command in (["compare", "--all"], ["extract"]):
        run([*command, str(a), str(b)])
        out, _ = capsys.readouterr()
        for raw in ("\x1b", "\x07", "\u202e", "\u200b"):
            assert raw not in out
        assert "[link=" not in out or "click" in out  # shown as text, never made a link


def test_a_crashing_rule_loses_nothing_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    import homscheck.checks as checks

    def explode(ctx: object) -> object:
        raise ValueError("boom")

    rules = tuple(
        replace(r, extract=explode) if r.code == "HC203" else r for r in checks.all_rules()
    )
    monkeypatch.setattr(checks, "all_rules", lambda: rules)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    assert run(["extract", "--format", "json", str(good)]) == 2
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["claims"], "the other rules' claims are kept"
    assert data["errors"][0]["internal"] is True
    assert "internal error in HC203" in err


def test_ctrl_c_exits_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import homscheck.core as core

    def interrupted(*args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(core, "compare", interrupted)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    assert run(["compare", str(good)]) == 130
    _, err = capsys.readouterr()
    assert "interrupted" in err


def test_unexpected_crash_exits_2_not_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import homscheck.core as core

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("unexpected")

    monkeypatch.setattr(core, "compare", crash)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    assert run(["compare", str(good)]) == 2
    _, err = capsys.readouterr()
    assert err.strip() == "homscheck: internal error: RuntimeError: unexpected"


@pytest.mark.parametrize(
    ("plain", "odd"),
    [("s", "\u017f"), ("k", "\u212a"), ("K", "\u212a"), ("fi", "\ufb01"), ("ss", "\u00df"),
     ("i", "\u0131"), ("I", "\u0130")],
)  # fmt: skip
def test_letters_that_fold_oddly_read_as_the_plain_ones_or_not_at_all(
    seeds: Path, plain: str, odd: str
) -> None:
    """ "were ſhot" (a long s), "a 7 Km" (the Kelvin sign): letters that case-insensitive
    patterns take for others never make a reader or a rule fail; the one-for-one ones read as
    the letters they stand for."""
    from homscheck import Document, read_document

    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text("utf-8")
        odd_read = read_document(Document(path.stem, text.replace(plain, odd)))
        assert odd_read.problems == ()
        if (plain, odd) in (("s", "\u017f"), ("K", "\u212a")):  # (one for one, same case)
            plain_read = read_document(Document(path.stem, text))
            assert [(c.check, c.measure, c.value) for c in odd_read.claims] == [
                (c.check, c.measure, c.value) for c in plain_read.claims
            ]
