"""Reading inputs: every unusable input is a one-line problem, the others are still read."""

from __future__ import annotations

import codecs
from pathlib import Path

from homscheck.cli.inputs import load


def _write(tmp: Path, name: str, data: bytes) -> str:
    p = tmp / name
    p.write_bytes(data)
    return str(p)


def test_reads_text_and_names_documents_by_stem(tmp_path: Path) -> None:
    a = _write(tmp_path, "alpha.txt", b"Ten people died.\r\nMore later.")
    loaded = load([a])
    assert [d.id for d in loaded.documents] == ["alpha"]
    assert loaded.documents[0].text == "Ten people died.\nMore later."


def test_directory_reads_articles_sorted(tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", b"B text.")
    _write(tmp_path, "a.md", b"A text.")
    _write(tmp_path, "c.png", b"\x89PNG....")
    loaded = load([str(tmp_path)])
    assert [d.id for d in loaded.documents] == ["a", "b"]


def test_bad_inputs_are_problems(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", b"Some text.")
    cases = {
        _write(tmp_path, "empty.txt", b""): "empty file",
        _write(tmp_path, "blank.txt", b"  \n\t\n"): "only white space",
        _write(tmp_path, "nul.txt", b"abc\x00def"): "binary",
        _write(tmp_path, "zip.txt", b"PK\x03\x04rest"): "binary",
        str(tmp_path / "missing.txt"): "no such file",
    }
    loaded = load([good, *cases])
    assert [d.id for d in loaded.documents] == ["good"]
    messages = {p.source: p.message for p in loaded.problems}
    for path, reason in cases.items():
        assert reason in messages[path]


def test_utf16_with_bom_and_cp1252(tmp_path: Path) -> None:
    u16 = _write(tmp_path, "u16.txt", codecs.BOM_UTF16_LE + "Café news.".encode("utf-16-le"))
    latin = _write(tmp_path, "latin.txt", b"Caf\xe9 news \x93quoted\x94.")
    loaded = load([u16, latin])
    texts = {d.id: d.text for d in loaded.documents}
    assert texts["u16"] == "Café news."
    assert texts["latin"] == "Café news “quoted”."
    assert any("not valid UTF-8" in w for w in loaded.warnings)


def test_size_limit(tmp_path: Path) -> None:
    big = _write(tmp_path, "big.txt", b"x" * 2000)
    loaded = load([big], max_bytes=1000)
    assert not loaded.documents
    assert "larger than the limit" in loaded.problems[0].message


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", b"Text.")
    loaded = load([a, a])
    assert len(loaded.documents) == 1
    assert loaded.warnings


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "loop").symlink_to(tmp_path)
    _write(sub, "a.txt", b"Text.")
    loaded = load([str(tmp_path)])
    assert [d.id for d in loaded.documents] == ["a"]


def test_same_stem_in_two_folders_gets_folder_prefix(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    a = _write(tmp_path / "x", "story.txt", b"One.")
    b = _write(tmp_path / "y", "story.txt", b"Two.")
    loaded = load([a, b])
    assert sorted(d.id for d in loaded.documents) == ["x/story", "y/story"]


def test_the_files_left_to_the_readers_are_the_ones_they_read() -> None:
    # (inputs decides without importing readers, for a run of plain-text articles)
    from homscheck.cli import readers
    from homscheck.cli.inputs import _READ_BY_READERS

    assert set(_READ_BY_READERS) == set(readers.HTML_SUFFIXES + readers.MARKDOWN_SUFFIXES)
