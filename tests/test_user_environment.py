"""The command in the environments users run it in: a non-UTF-8 locale (stdout is UTF-8, as
the files are), a umask (new outputs get the mode ``open()`` gives), a read-only home, CRLF
files."""

from __future__ import annotations

import io
import json
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleantext.cli import main

ROOT = Path(__file__).resolve().parent.parent
DIRTY = "Caf\u00e9 ,  ouvert \u2014 \u00e0 midi.\n"
CLEAN = "Caf\u00e9, ouvert \u2014 \u00e0 midi.\n"


def _run(argv: list[str], cwd: Path, data: bytes = b"", **env: str) -> subprocess.CompletedProcess:
    """``python -m cleantext ARGV`` in a bare environment plus ``env``."""
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "cleantext", *argv],
        input=data,
        capture_output=True,
        cwd=cwd,
        env={**base, **env},
        timeout=120,
    )


@pytest.fixture(autouse=True)
def _logger_as_it_was() -> Iterator[None]:
    """``main(["-q", ...])`` sets the ``cleantext`` logger to ERROR: later modules (a retry
    warning caught by caplog) must find it as it was."""
    log = logging.getLogger("cleantext")
    level, handlers = log.level, log.handlers[:]
    try:
        yield
    finally:
        log.setLevel(level)
        log.handlers[:] = handlers


#: a locale whose encoding is ASCII, with Python's UTF-8 mode off (as under a legacy locale)
ASCII_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


def test_stdout_is_utf8_under_an_ascii_locale(tmp_path: Path) -> None:
    """Was a UnicodeEncodeError traceback at the first 'é' (files were UTF-8 already)."""
    src = tmp_path / "caf\u00e9.txt"
    src.write_bytes(DIRTY.encode())
    r = _run(["-q", "clean", src.name], tmp_path, **ASCII_LOCALE)
    assert (r.returncode, r.stdout, r.stderr) == (0, CLEAN.encode(), b"")
    r = _run(["-q", "clean", "-"], tmp_path, DIRTY.encode(), **ASCII_LOCALE)
    assert (r.returncode, r.stdout) == (0, CLEAN.encode())
    line = json.dumps({"text": DIRTY.strip()}, ensure_ascii=False) + "\n"
    r = _run(["-q", "clean", "--format", "jsonl", "-"], tmp_path, line.encode(), **ASCII_LOCALE)
    assert r.returncode == 0 and CLEAN.strip().encode() in r.stdout, r.stderr
    r = _run(["explain", src.name], tmp_path, **ASCII_LOCALE)
    assert r.returncode == 0 and b"space-before-punct" in r.stdout, r.stderr
    # files: a non-ASCII name read and written, UTF-8 inside
    r = _run(["-q", "clean", src.name, "-o", "sortie-\u00e9.txt"], tmp_path, **ASCII_LOCALE)
    assert r.returncode == 0 and (tmp_path / "sortie-\u00e9.txt").read_bytes() == CLEAN.encode()


def test_stdout_under_a_utf8_locale_is_the_same(tmp_path: Path) -> None:
    """(The near miss: UTF-8 mode, as Python turns on under LANG=C, was right before too.)"""
    for env in ({"LC_ALL": "C"}, {"LC_ALL": "C.UTF-8", "PYTHONUTF8": "0"}):
        r = _run(["-q", "clean", "-"], tmp_path, DIRTY.encode(), **env)
        assert (r.returncode, r.stdout) == (0, CLEAN.encode()), env


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def stdin_dirty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DIRTY.encode()), "utf-8"))


@pytest.mark.usefixtures("stdin_dirty")
def test_main_in_a_program_restores_its_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    """``main()`` called in a program writes UTF-8, then leaves sys.stdout as it found it."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii", errors="strict")
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["-q", "clean", "-"]) == 0
    assert raw.getvalue() == CLEAN.encode()
    assert (out.encoding, out.errors) == ("ascii", "strict")


@pytest.mark.usefixtures("stdin_dirty")
def test_an_ascii_terminal_gets_escapes_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", _Terminal(raw, encoding="ascii"))
    assert main(["-q", "clean", "-"]) == 0
    assert raw.getvalue() == CLEAN.encode("ascii", "backslashreplace")


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _modes(folder: Path, src: Path) -> dict[str, int]:
    """The modes of the outputs of clean, dedup (and its index), explain --html."""
    assert main(["-q", "clean", str(src), "-o", str(folder / "out.txt")]) == 0
    assert main(["-q", "clean", str(src), "-o", str(folder / "out.txt.gz")]) == 0
    jsonl = folder / "docs.jsonl"
    jsonl.write_text('{"text": "a b c d e f"}\n', encoding="utf-8")
    argv = ["-q", "dedup", str(jsonl), "-o", str(folder / "u.jsonl")]
    assert main([*argv, "--index", str(folder / "seen.db")]) == 0
    assert main(["-q", "explain", str(src), "--html", str(folder / "r.html")]) == 0
    names = ("out.txt", "out.txt.gz", "u.jsonl", "seen.db", "r.html")
    return {n: stat.S_IMODE((folder / n).stat().st_mode) for n in names}


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize("mask", [0o077, 0o002, 0o022])
def test_new_outputs_follow_the_umask(tmp_path: Path, mask: int) -> None:
    """Was 0o644 whatever the umask (umask 077: world-readable outputs)."""
    src = tmp_path / "page.txt"
    src.write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    os.umask(mask)
    modes = _modes(out, src)
    assert modes == dict.fromkeys(modes, 0o666 & ~mask), modes
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.usefixtures("umask")
def test_a_replaced_output_keeps_its_mode(tmp_path: Path) -> None:
    """(The near miss: an output that exists keeps its own mode, not the umask's.)"""
    src = tmp_path / "page.txt"
    src.write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    os.umask(0o002)
    assert main(["-q", "clean", str(src), "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8") == CLEAN


def test_crlf_files_round_trip_and_a_read_only_home_is_fine(tmp_path: Path) -> None:
    """cleantext writes nothing under HOME or the XDG folders (no cache, no config): a
    read-only one changes nothing. A CRLF file keeps its CRLF line breaks."""
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    src = tmp_path / "page.txt"
    src.write_bytes(b"Le titre\r\n\r\nCaf\xc3\xa9 ,  ouvert.\r\n\r\nUn texte propre.\r\n")
    xdg = {f"XDG_{n}_HOME": str(home) for n in ("CACHE", "CONFIG", "DATA", "STATE")}
    try:
        r = _run(["clean", src.name, "-o", "out.txt"], tmp_path, HOME=str(home), **xdg)
    finally:
        home.chmod(0o700)
    assert r.returncode == 0, r.stderr
    want = b"Le titre\r\n\r\nCaf\xc3\xa9, ouvert.\r\n\r\nUn texte propre.\r\n"
    assert (tmp_path / "out.txt").read_bytes() == want
    assert list(home.iterdir()) == []


# -- sqlite:// URLs as SQLAlchemy reads them, and ':memory:' ----------------------------------


def test_sqlite_url_with_three_slashes_is_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documented ``CLEANTEXT_DEDUP = "sqlite:///seen.db"`` named /seen.db at the root."""
    from cleantext.integrations.seen import open_seen_index

    monkeypatch.chdir(tmp_path)
    seen = open_seen_index("sqlite:///seen.db")
    seen.close()
    assert (tmp_path / "seen.db").is_file()
    text = " ".join(f"word{i}" for i in range(40))
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    argv = ["-q", "dedup", "docs.jsonl", "-o", "u.jsonl", "--index", "sqlite:///cli.db"]
    assert main(argv) == 0 and (tmp_path / "cli.db").is_file()


def test_sqlite_url_with_four_slashes_is_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(The near miss: an absolute path, four slashes, names the same file as before.)"""
    from cleantext.integrations.seen import open_seen_index

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    seen = open_seen_index(f"sqlite:///{tmp_path / 'abs.db'}")
    seen.close()
    assert (tmp_path / "abs.db").is_file() and list(work.iterdir()) == []


def test_memory_is_no_sqlite_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``:memory:`` (sqlite3's in-memory database) made a file named ':memory:'."""
    from cleantext import DedupOptions, SQLiteIndex
    from cleantext.integrations.seen import open_seen_index

    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match="MemoryIndex"):
        SQLiteIndex(":memory:", DedupOptions().scheme())
    for spec in ("sqlite:///:memory:", "sqlite://"):
        with pytest.raises(ValueError, match="index in memory is 'memory'"):
            open_seen_index(spec)
    (tmp_path / "docs.jsonl").write_text('{"text": "a b c"}\n', encoding="utf-8")
    r = _run(["dedup", "docs.jsonl", "--index", ":memory:"], tmp_path)
    assert r.returncode == 1 and r.stderr.startswith(b"cleantext: error: --index :memory:")
    assert r.stderr.count(b"\n") == 1, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl"]


# -- building the sdist offline: pip wheel --no-build-isolation -------------------------------

FAKE_SETUPTOOLS = """
__version__ = {version!r}
class Extension:
    def __init__(self, *args, **kwargs): pass
def setup(**kwargs): print("setup called")
"""


@pytest.mark.parametrize(
    ("version", "called"), [("65.5.0", False), ("77.0.3", True), ("80.9.0", True)]
)
def test_an_old_setuptools_is_named_in_one_line(tmp_path: Path, version: str, called: bool) -> None:
    """The setuptools of a new venv (65.5 with Python 3.11) failed on pyproject.toml's SPDX
    licence with "`project.license` must be valid exactly by one definition"; 77 and later
    build (the near miss)."""
    fake = tmp_path / "fake" / "setuptools"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(FAKE_SETUPTOOLS.format(version=version), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, str(ROOT / "setup.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(fake.parent)},
        timeout=60,
    )
    if called:
        assert (r.returncode, r.stdout, r.stderr) == (0, "setup called\n", "")
    else:
        assert r.returncode == 1 and r.stdout == "", r
        assert r.stderr == (
            f"error: cleantext-scrape needs setuptools>=77 to build (this environment has "
            f"{version}): pip install 'setuptools>=77', or build without --no-build-isolation\n"
        )
