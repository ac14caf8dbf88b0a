"""Nothing lost, ever (issue 17): outputs never overwrite inputs or special files, truncated
inputs are errors, records pass through byte for byte, size limits hold in every command,
write failures are one line, killed runs leave no workers and no temporary files behind."""

from __future__ import annotations

import errno
import gzip
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
import zstandard

from cleantext.cli import main
from cleantext.io import (
    DEFAULT_MAX_DOC_BYTES,
    InputError,
    atomic_output,
    check_distinct,
    iter_jsonl,
    iter_lines,
    read_text,
    signals_held,
)

EXE = [sys.executable, "-m", "cleantext.cli"]


def run(*args: str, stdin: bytes | None = None, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [*EXE, *args], input=stdin, capture_output=True, timeout=120, **kw
    )


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run the command in-process; (exit code, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    return code, capsys.readouterr().err


def device(where: Path, name: str, minor: int) -> Path:
    """A private copy of /dev/null (minor 3) or /dev/full (minor 7) under ``where``: a test of
    code that replaces its output must never be able to replace the system's devices. Without
    root (no mknod) the system device itself is used: it cannot be replaced then."""
    node = where / name
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        return Path("/dev/null" if minor == 3 else "/dev/full")
    return node


def one_line_error(err: str) -> bool:
    lines = err.strip().splitlines()
    return "Traceback" not in err and len(lines) == 1 and lines[0].startswith("cleantext: error:")


# --- B5: an output over an input ----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("explain", "{d}/p.txt", "--html", "{d}/p.txt"),
        ("explain", "{d}/p.txt", "--html", "{d}/link.txt"),  # the same file through a symlink
        ("learn-boilerplate", "{d}/crawl.jsonl", "-o", "{d}/crawl.jsonl"),
        ("clean", "{d}/crawl.jsonl", "-o", "{d}/r.json", "--report", "{d}/r.json"),
        ("clean", "{d}/crawl.jsonl", "-o", "{d}/hard.jsonl"),  # a hard link of the input
        ("clean", "{d}/crawl.jsonl", "-o", "{d}/./crawl.jsonl"),
    ],
)
def test_output_over_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    (tmp_path / "p.txt").write_text("Some  text ,here.\n")
    (tmp_path / "link.txt").symlink_to(tmp_path / "p.txt")
    (tmp_path / "crawl.jsonl").write_text('{"url": "http://a/1", "text": "x  y"}\n')
    os.link(tmp_path / "crawl.jsonl", tmp_path / "hard.jsonl")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    code, err = cli(capsys, *(a.format(d=tmp_path) for a in args))
    assert code == 1 and one_line_error(err) and ("overwrite" in err or "same file" in err)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_output_directory_holding_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "x"
    (src / "x").mkdir(parents=True)
    (src / "a.txt").write_text("top  level")
    (src / "x" / "a.txt").write_text("nested  one")  # would be written over x/a.txt
    code, err = cli(capsys, "clean", str(src), "-o", str(tmp_path))
    assert code == 1 and one_line_error(err)
    assert (src / "a.txt").read_text() == "top  level"


def test_output_directory_inside_the_input_holding_its_files_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``clean tree -o tree/sub``: the output folder is left out of the inputs, so sub's own
    files were neither cleaned nor kept (sub/one.txt was replaced by the output of one.txt)."""
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "one.txt").write_text("top  level")
    (tree / "sub" / "one.txt").write_text("the sub folder's  own file")
    (tree / "sub" / "two.txt").write_text("another  one")
    code, err = cli(capsys, "clean", str(tree), "-o", str(tree / "sub"))
    assert code == 1 and one_line_error(err) and "holds" in err
    assert (tree / "sub" / "one.txt").read_text() == "the sub folder's  own file"


def test_output_directory_inside_the_input_may_be_reused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Near miss: an earlier run's output folder inside the input (its files all mirror the
    tree's, plus this run's report) is written again."""
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "one.txt").write_text("top  level")
    (tree / "sub" / "two.txt").write_text("nested  one")
    report = str(tree / "out" / "report.json")
    for _ in range(2):
        code, err = cli(capsys, "clean", str(tree), "-o", str(tree / "out"), "--report", report)
        assert code == 0, err
    assert (tree / "out" / "sub" / "two.txt").read_text() == "nested one"


@pytest.mark.parametrize("marker", ["dangling link", "link to a folder", "folder"])
def test_a_marker_that_is_no_file_is_one_line_and_nothing_written_through_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], marker: str
) -> None:
    """The output folder's .cleantext-output is a dangling symlink, a symlink to a folder or a
    folder: one line naming it, and no file is made through the link (a dangling link made the
    marker's text a new file of the input tree, read by the next run)."""
    tree = tmp_path / "tree"
    (tree / "out").mkdir(parents=True)
    (tree / "one.txt").write_text("top  level")
    mark = tree / "out" / ".cleantext-output"
    if marker == "folder":
        mark.mkdir()
    else:
        mark.symlink_to("../new.txt" if marker == "dangling link" else "..")
    code, err = cli(capsys, "clean", str(tree), "-o", str(tree / "out"))
    assert code == 1 and one_line_error(err) and ".cleantext-output" in err, err
    assert "is not a file" in err
    assert sorted(p.name for p in tree.iterdir()) == ["one.txt", "out"]


def test_output_directory_inside_the_input_named_like_its_files_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``clean tree -o tree/out`` where tree/out is the user's own folder whose files happen
    to be named like the tree's: they were overwritten unread. Only a folder cleantext wrote
    (its marker file) is written again; an empty one is fine."""
    tree = tmp_path / "tree"
    (tree / "out").mkdir(parents=True)
    (tree / "one.txt").write_text("top  level")
    (tree / "out" / "one.txt").write_text("the out folder's  own file")
    code, err = cli(capsys, "clean", str(tree), "-o", str(tree / "out"))
    assert code == 1 and one_line_error(err) and "holds" in err
    assert (tree / "out" / "one.txt").read_text() == "the out folder's  own file"
    (tree / "out" / "one.txt").unlink()  # near miss: an empty folder is used
    code, err = cli(capsys, "clean", str(tree), "-o", str(tree / "out"))
    assert code == 0, err
    assert (tree / "out" / "one.txt").read_text() == "top level"


def test_an_earlier_output_directory_inside_the_input_is_no_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After ``clean tree -o tree/out``, ``clean tree -o tree/out2`` read tree/out's outputs
    as inputs (tree/out2/out/one.txt); cleantext's own output folders are left out, with a
    note. A folder without the marker is read (near miss)."""
    tree = tmp_path / "tree"
    (tree / "mine").mkdir(parents=True)
    (tree / "one.txt").write_text("top  level")
    (tree / "mine" / "two.txt").write_text("the user's  folder")
    assert cli(capsys, "clean", str(tree), "-o", str(tree / "out"))[0] == 0
    code, err = cli(capsys, "clean", str(tree), "-o", str(tree / "out2"))
    assert code == 0, err
    got = sorted(str(p.relative_to(tree / "out2")) for p in (tree / "out2").rglob("*.txt"))
    assert got == ["mine/two.txt", "one.txt"]
    assert "left out" in err and str(tree / "out") in err


@pytest.mark.parametrize("report", ["tree/one.txt", "link.txt", "out/sub/two.txt"])
def test_directory_run_report_over_an_input_or_output_is_refused(
    report: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report of a directory run was written over a file of the tree (or a hard link to
    one), or over one of the run's outputs."""
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "one.txt").write_text("top  level")
    (tree / "sub" / "two.txt").write_text("nested  one")
    os.link(tree / "one.txt", tmp_path / "link.txt")
    out = tmp_path / "out"
    code, err = cli(capsys, "clean", str(tree), "-o", str(out), "--report", str(tmp_path / report))
    assert code == 1 and one_line_error(err) and ("overwrite" in err or "same file" in err)
    assert (tree / "one.txt").read_text() == "top  level" and not out.exists()


def test_check_distinct_for_an_index() -> None:
    """The dedup command's case: the index is read and written, so it counts as an input."""
    check_distinct(inputs=["a.jsonl", "seen.db"], outputs=["out.jsonl", None, "-"])
    with pytest.raises(InputError, match=r"seen\.db: this output would overwrite the input"):
        check_distinct(inputs=["a.jsonl", "seen.db"], outputs=["seen.db"])


def _to_file(path: Path, *args: str, append: bool = False) -> subprocess.CompletedProcess[bytes]:
    """Run the command with its standard output redirected to ``path`` (``>`` or ``>>``)."""
    with path.open("ab" if append else "wb") as out:
        return subprocess.run(
            [*EXE, *args], stdout=out, stderr=subprocess.PIPE, timeout=120, cwd=path.parent
        )


@pytest.mark.parametrize("append", [False, True])
def test_stdout_redirected_onto_the_input_is_refused(tmp_path: Path, append: bool) -> None:
    """`cleantext clean p.txt > p.txt`: the shell has emptied p.txt; a silent empty output
    with exit 0 would hide it (`cat` refuses too). With `>>` the input is left as it was."""
    page, corpus = tmp_path / "p.txt", tmp_path / "c.jsonl"
    corpus.write_text('{"text": "a  b"}\n')
    for args in (("clean", "p.txt"), ("explain", "p.txt"), ("dedup", "c.jsonl")):
        page.write_text("a  b ,c\n")
        target = corpus if args[0] == "dedup" else page
        before = target.read_bytes()
        r = _to_file(target, *args, append=append)
        assert r.returncode == 1 and one_line_error(r.stderr.decode()), (args, r.stderr)
        assert "standard output is this input file" in r.stderr.decode()
        assert target.read_bytes() == (before if append else b"")
    r = _to_file(tmp_path / "out.txt", "clean", "p.txt")  # near miss: another file
    assert r.returncode == 0 and (tmp_path / "out.txt").read_text() == "a b,c\n"


def test_config_show_into_the_config_file_says_what_it_read(tmp_path: Path) -> None:
    """The guide's `cleantext config --show > cleantext.toml`: the shell creates (or empties)
    the file first, so the command shows the defaults, names no file, and says so."""
    conf = tmp_path / "cleantext.toml"
    conf.write_text("[dedup]\nthreshold = 0.85\n")
    r = _to_file(conf, "config", "--show")
    assert r.returncode == 0 and b"is also the output" in r.stderr
    text = conf.read_text()
    assert "(file: none, built-in defaults)" in text and "threshold = 0.7" in text
    r = _to_file(tmp_path / "shown.toml", "config", "--show")  # near miss: another file
    assert r.returncode == 0 and r.stderr == b""
    assert "(file: cleantext.toml)" in (tmp_path / "shown.toml").read_text()


def test_special_outputs_may_repeat(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("a  b")
    null = str(device(tmp_path, "null", 3))
    code, err = cli(capsys, "clean", str(tmp_path / "a.txt"), "-o", null, "--report", null)
    assert code == 0, err


# --- B4: special files and symlinks ---------------------------------------------------------


def test_dev_null_stays_a_device(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "a  b"}\n')
    null = device(tmp_path, "null", 3)
    code, err = cli(capsys, "clean", str(tmp_path / "a.jsonl"), "-o", str(null))
    assert code == 0, err
    assert stat.S_ISCHR(null.stat().st_mode)
    assert sorted(p.name for p in null.parent.iterdir()) == sorted(["a.jsonl", null.name])


def _odd_tree(tmp_path: Path) -> Path:
    """An input folder with one page and one of each path that is no regular file."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("a  b")
    os.mkfifo(root / "pipe.txt")
    (root / "gone.txt").symlink_to("nowhere.txt")
    (root / "loop.txt").symlink_to("loop.txt")
    (root / "folder.txt").mkdir()
    import socket

    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(root / "sock.txt"))
    device(root, "dev.txt", 3)
    return root


@pytest.mark.parametrize("pattern", ["**/*", "**/*.txt"])
def test_paths_that_are_no_files_are_named_on_stderr_and_in_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pattern: str
) -> None:
    """Session 17's hole: a FIFO or a dangling symlink in an input folder was left out with
    no word. Each such path gets one line on stderr and an entry in the report."""
    root = _odd_tree(tmp_path)
    report = tmp_path / "report.json"
    out = tmp_path / "out"
    code, err = cli(
        capsys, "clean", str(root), "-o", str(out), "--glob", pattern, "--report", str(report)
    )
    assert code == 0, err
    left = json.loads(report.read_text())["left_out"]
    names = {"gone.txt", "loop.txt", "pipe.txt", "sock.txt"}
    names |= {"dev.txt"} if (root / "dev.txt").exists() else set()
    # (a folder the pattern names like a file; "*" names every folder)
    names |= {"folder.txt"} if pattern != "**/*" else set()
    assert sorted(Path(note.split(": ")[0]).name for note in left) == sorted(names)
    assert [line for line in err.splitlines() if "left out" in line] == [
        f"cleantext: left out {note}" for note in left
    ]
    assert "FIFO" in err and "socket" in err and "leads nowhere" in err
    assert (out / "a.txt").read_text() == "a b"


def test_a_tree_of_regular_files_leaves_nothing_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # near miss: a subfolder and a symlink to a page inside the tree are no odd paths
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "b.txt").write_text("b")
    (tmp_path / "in" / "link.txt").symlink_to("sub/b.txt")
    report = tmp_path / "report.json"
    code, err = cli(
        capsys, "clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--report", str(report)
    )
    assert code == 0 and "left out" not in err, err
    assert json.loads(report.read_text())["left_out"] == []


def test_fifo_output_is_written_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    (tmp_path / "a.txt").write_text("a  b ,c")
    r = run("clean", str(tmp_path / "a.txt"), "-o", str(fifo))
    reader.join(30)
    assert r.returncode == 0, r.stderr
    assert got == [b"a b,c"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_symlink_output_replaces_its_target_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "real.txt"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "out.txt"
    link.symlink_to(real)
    (tmp_path / "a.txt").write_text("a  b")
    r = run("clean", str(tmp_path / "a.txt"), "-o", str(link))
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and real.read_text() == "a b"
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.txt"]


def test_directory_as_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory is never replaced by a file: one input file goes inside it (as `cp` does,
    tests/test_cli.py), and where no file name is known (stdin) it is a one-line error."""
    (tmp_path / "a.txt").write_text("a  b")
    (tmp_path / "d").mkdir()
    code, err = cli(capsys, "clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "d"))
    assert code == 0 and (tmp_path / "d" / "a.txt").read_text() == "a b"
    code, err = cli(capsys, "clean", "-", "-o", str(tmp_path / "d"))
    assert code == 1 and one_line_error(err) and "is a directory" in err


# --- B3: truncated zstandard ----------------------------------------------------------------


def _zst_payload() -> bytes:
    lines = b"".join(b'{"text": "record %d with  some words"}\n' % i for i in range(3000))
    return zstandard.ZstdCompressor(level=3, write_checksum=True).compress(lines)


@pytest.mark.parametrize("cut", [1, 3, 4, 5, 8, 200, -200, -5, -4, -1])
def test_truncated_zstd_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cut: int
) -> None:
    data = _zst_payload()
    src = tmp_path / "in.jsonl.zst"
    src.write_bytes(data[:cut])
    out = tmp_path / "out.jsonl"
    code, err = cli(capsys, "clean", str(src), "-o", str(out))
    assert code == 1 and one_line_error(err), err
    assert "corrupt or truncated compressed data" in err
    assert not out.exists()


def test_complete_multi_frame_zstd_reads_whole(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.zst"
    src.write_bytes(_zst_payload() + zstandard.ZstdCompressor().compress(b'{"text": "end"}\n'))
    assert sum(1 for _ in iter_jsonl(str(src))) == 3001


def test_truncated_zstd_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "page.txt.zst"
    src.write_bytes(zstandard.ZstdCompressor().compress(b"hello  world\n" * 5000)[:-3])
    code, err = cli(capsys, "explain", str(src))
    assert code == 1 and "truncated" in err


# --- B9, B10: records byte for byte -----------------------------------------------------------


def test_jsonl_records_pass_through_byte_for_byte(tmp_path: Path) -> None:
    huge = "9" * 5000  # more digits than int() accepts
    lines = [
        '{"big": 1e400, "p": 0.1000000000000000055511151231257827, "e": 1E5, "text": "a  b"}',
        '{"text": "dup  one", "k": 1, "k": 2, "n": {"text": "nested  stays"}}',
        '{"id": ' + huge + ', "text": "x  y", "pad"  :  [1,2 , 3]}',
        '{"text": "already clean", "f": -0.0, "u": "\\u00e9\\ud800"}',
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    r = run("clean", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text().splitlines() == [
        lines[0].replace('"a  b"', '"a b"'),
        lines[1].replace('"dup  one"', '"dup one"'),
        lines[2].replace('"x  y"', '"x y"'),
        lines[3],
    ]


def test_huge_integer_in_a_record_is_no_error(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"n": ' + "1" * 10_000 + ', "text": "ok"}\n')
    items = list(iter_jsonl(str(src)))
    assert items[0].error is None and items[0].record is not None
    assert items[0].record["n"] == "1" * 10_000


def test_crlf_jsonl_keeps_crlf(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "a  b"}\r\n{"text": "c"}\r\n')
    out = tmp_path / "out.jsonl"
    assert run("clean", str(src), "-o", str(out)).returncode == 0
    assert out.read_bytes() == b'{"text": "a b"}\r\n{"text": "c"}\r\n'


@pytest.mark.parametrize("workers", ["1", "2"])
def test_blank_jsonl_lines_are_counted_in_the_report(tmp_path: Path, workers: str) -> None:
    """Blank lines hold no record: they are left out of the output (as ``--skip-bad`` leaves
    out bad lines) but counted in the report as ``blank_lines``, so no line goes uncounted
    (they were dropped without a trace)."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'\n{"text": "a  b"}\n  \t\r\n\n{"text": "c"}\n\n')
    out, report = tmp_path / "out.jsonl", tmp_path / "run.json"
    r = run("clean", str(src), "-o", str(out), "--report", str(report), "--workers", workers)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == b'{"text": "a b"}\n{"text": "c"}\n'
    data = json.loads(report.read_text())
    assert data["blank_lines"] == 4 and data["documents_in"] == 2 and data["skipped"] == 0


# --- B15: BOM and lone CRs --------------------------------------------------------------------


def test_jsonl_with_bom_is_read(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'\xef\xbb\xbf{"text": "a  b"}\n{"text": "c"}\n')
    out = tmp_path / "out.jsonl"
    r = run("clean", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text() == '{"text": "a b"}\n{"text": "c"}\n'


@pytest.mark.parametrize("skip_bad", [False, True])
def test_jsonl_with_lone_cr_line_ends_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], skip_bad: bool
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "a"}\r{"text": "b"}\r{"text": "c"}\r')
    code, err = cli(capsys, "clean", str(src), *(["--skip-bad"] if skip_bad else []))
    assert code == 1 and one_line_error(err) and "lone CR" in err


def test_cr_as_json_whitespace_is_still_valid(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text":\r"a",\r"n": [1,\r2]}\n')
    assert [i.error for i in iter_jsonl(str(src))] == [None]


# --- B11: one size limit in every reader ------------------------------------------------------


def _gz_with_long_line(path: Path, mb: int) -> None:
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(b'{"url": "http://a/1", "text": "short"}\n')
        f.write(b'{"url": "http://a/2", "text": "')
        chunk = b"x" * 2**20
        for _ in range(mb):
            f.write(chunk)
        f.write(b'"}\n')


def _peak_rss_mb(args: list[str]) -> tuple[int, float, str]:
    code = (
        # VmHWM, the peak of this program's memory: ru_maxrss would count the parent's memory
        # too (it survives exec, and the child starts as a copy of the parent)
        "import re, sys\nfrom cleantext.cli import main\n"
        f"rc = main({args!r})\n"
        "status = open('/proc/self/status').read()\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', status)[1]) / 1024, file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    err = r.stderr.decode()
    *msgs, peak = err.strip().splitlines()
    return r.returncode, float(peak), "\n".join(msgs)


@pytest.mark.parametrize(
    "command",
    [
        ["learn-boilerplate", "{src}", "-o", "{d}/p.json"],
        ["explain", "{src}", "--line", "2"],
        ["clean", "{src}", "-o", "{d}/o.jsonl"],
    ],
)
def test_size_limit_bounds_every_command(tmp_path: Path, command: list[str]) -> None:
    src = tmp_path / "big.jsonl.gz"
    _gz_with_long_line(src, 200)  # 200 MiB in one line, about 1 MB compressed
    args = [a.format(src=src, d=tmp_path) for a in command] + ["--max-doc-mb", "2"]
    started = time.perf_counter()
    code, peak, err = _peak_rss_mb(args)
    assert code == 1 and "document larger than 2 MiB" in err, err
    assert peak < 250, f"peak {peak:.0f} MB"
    assert time.perf_counter() - started < 30


def test_readers_bound_by_default(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    src.write_bytes(b'{"text": "' + b"x" * (DEFAULT_MAX_DOC_BYTES + 10) + b'"}\n{"text": "y"}\n')
    assert [raw is None for _, raw in iter_lines(str(src))] == [True, False]
    assert "document larger than 16 MiB" in (next(iter_jsonl(str(src))).error or "")
    with pytest.raises(InputError, match="document larger than 16 MiB"):
        read_text(str(src))
    assert len(read_text(str(src), max_bytes=0)) > DEFAULT_MAX_DOC_BYTES  # 0: no limit


def test_a_document_too_big_for_memory_is_refused_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--max-doc-mb 3000` (or 0) let a 2 GiB line in, and cleaning it peaked at several times
    its size: a document that cleaning cannot hold in the free memory is refused while it is
    read, with a message naming the limit and the memory it would need (the size limit's
    message and --skip-bad behaviour otherwise)."""
    from cleantext import io as cio

    monkeypatch.setattr(cio, "_available_memory", lambda: 12 * 2**20)  # 12 MiB free: 1 MiB docs
    text = tmp_path / "big.txt"
    text.write_text("word " * 300_000)
    lines = tmp_path / "big.jsonl"
    lines.write_text(json.dumps({"text": "word " * 300_000}) + '\n{"text": "ok"}\n')
    for big in (text, lines):
        code, err = cli(
            capsys, "clean", str(big), "-o", str(tmp_path / "o"), "--max-doc-mb", "3000"
        )
        assert code == 1 and "document larger than 1 MiB" in err, err
        assert "the most that 12 MiB of free memory can clean" in err, err
        assert "(the size limit)" not in err and "raise the limit" not in err
    code, err = cli(capsys, "clean", str(lines), "-o", str(tmp_path / "o"), "--max-doc-mb", "0",
                    "--skip-bad")  # fmt: skip
    assert code == 0 and (tmp_path / "o").read_text() == '{"text": "ok"}\n'
    small = tmp_path / "small.txt"
    small.write_text("word " * 1000)
    assert cli(capsys, "clean", str(small), "-o", str(tmp_path / "o2"))[0] == 0


def test_a_large_memory_cap_never_reserves_it_for_a_small_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file was read with ``f.read(cap + 1)``, which reserves the cap at once: under
    ``ulimit -v 600000`` (MemAvailable / 12 = 1.8 GiB) `clean small.txt --max-doc-mb 0` died
    with a MemoryError traceback on a 19-byte file. It is read in parts now."""
    from cleantext import io as cio

    monkeypatch.setattr(cio, "_available_memory", lambda: 2**50)  # (a cap of 85 TiB)
    small = tmp_path / "small.txt"
    small.write_text("a  b ,c")
    code, err = cli(capsys, "clean", str(small), "-o", str(tmp_path / "o"), "--max-doc-mb", "0")
    assert code == 0 and (tmp_path / "o").read_text() == "a b,c", err


def test_free_memory_is_the_least_of_meminfo_the_cgroup_and_ulimit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """MemAvailable is the machine's: a container's memory limit (cgroup) or `ulimit -v`
    may leave less, and a document the cap let in was then killed (OOM, no message) or died
    with a MemoryError. None known: no cap (the size limit alone)."""
    from cleantext import io as cio

    for room, want in [
        ((8, 3, 5), 3),
        ((8, None, None), 8),
        ((None, None, 2), 2),
        ((None,) * 3, None),
    ]:
        monkeypatch.setattr(cio, "_mem_available", lambda r=room: r[0])
        monkeypatch.setattr(cio, "_cgroup_room", lambda r=room: r[1])
        monkeypatch.setattr(cio, "_address_room", lambda r=room: r[2])
        cio._available_memory.cache_clear()
        assert cio._available_memory() == want
    cio._available_memory.cache_clear()


def test_running_out_of_memory_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A MemoryError (a cleaning's peak over what the cap foresaw) was a traceback."""
    from cleantext.cli import clean as clean_cli

    def boom(*args: object, **kw: object) -> None:
        raise MemoryError

    monkeypatch.setattr(clean_cli, "clean_path", boom)
    src = tmp_path / "a.txt"
    src.write_text("a b")
    code, err = cli(capsys, "clean", str(src), "-o", str(tmp_path / "o"))
    assert code == 1 and err.startswith("cleantext: error: out of memory") and err[-1] == "\n"
    assert err.count("\n") == 1 and not (tmp_path / "o").exists()


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "1e30", "lots"])
def test_bad_max_doc_mb_is_a_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    for command in ("clean", "explain", "learn-boilerplate"):
        code, err = cli(capsys, command, "x.jsonl", "-o", "y", "--max-doc-mb", value)
        assert code == 2 and "Traceback" not in err
        assert "--max-doc-mb" in err and "from 0 (no limit)" in err


# --- B12: disk full and read-only folders -----------------------------------------------------


def _enospc(real_write):  # type: ignore[no-untyped-def]
    def write(fd: int, data: bytes) -> int:
        if fd > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)  # type: ignore[no-any-return]

    return write


@pytest.mark.parametrize(
    "args",
    [
        ("clean", "{d}/a.txt", "-o", "{d}/o.txt"),
        ("clean", "{d}/a.jsonl", "-o", "{d}/o.jsonl.gz"),
        ("clean", "{d}/a.jsonl", "-o", "{d}/o.jsonl", "--workers", "2"),
        ("clean", "{d}/tree", "-o", "{d}/out"),
        ("clean", "{d}/a.txt", "--report", "{d}/r.json"),
        ("explain", "{d}/a.txt", "--html", "{d}/r.html"),
        ("learn-boilerplate", "{d}/a.jsonl", "-o", "{d}/p.json"),
    ],
)
@pytest.mark.parametrize("failure", ["ENOSPC", "EROFS"])
def test_write_failures_are_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    failure: str,
) -> None:
    (tmp_path / "a.txt").write_text("a  b")
    (tmp_path / "a.jsonl").write_text('{"url": "http://a/1", "text": "a  b"}\n' * 600)
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "t.txt").write_text("c  d")
    before = set(tmp_path.rglob("*"))
    if failure == "ENOSPC":
        monkeypatch.setattr(os, "write", _enospc(os.write))
    else:

        def new_temp_file(*a: object, **k: object) -> tuple[int, str]:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr("cleantext.io._new_temp_file", new_temp_file)
    code, err = cli(capsys, *(a.format(d=tmp_path) for a in args))
    assert code == 1 and one_line_error(err), err
    assert ("No space left" if failure == "ENOSPC" else "Read-only") in err
    assert set(tmp_path.rglob("*")) <= before | {tmp_path / "out"}  # no temp file left


def _enospc_text(text: str) -> int:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_output_marker_on_a_full_disk_is_one_line_and_not_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while the output folder inside the input is marked as cleantext's: the
    error named no file ("None: cannot create the directory") and left an empty marker, so
    the folder passed as cleantext's in later runs."""
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "t.txt").write_text("c  d")
    real = os.fdopen

    def full(fd: int, *args: object, **kw: object) -> object:  # its write fails at close
        out = real(fd, *args, **kw)  # type: ignore[call-overload]
        monkeypatch.setattr(out, "write", _enospc_text)
        return out

    monkeypatch.setattr(os, "fdopen", full)
    code, err = cli(capsys, "clean", str(tree), "-o", str(tree / "out"))
    assert code == 1 and one_line_error(err), err
    assert f"{tree / 'out' / '.cleantext-output'}: cannot write (No space left" in err, err
    assert not (tree / "out" / ".cleantext-output").exists()


def test_output_marker_in_a_read_only_folder_is_named_as_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An existing output folder inside the input on a read-only mount: the marker that
    cannot be made is a file that cannot be written (it was "cannot create the directory")."""
    tree = tmp_path / "tree"
    (tree / "out").mkdir(parents=True)
    (tree / "t.txt").write_text("c  d")
    real = os.open

    def read_only(path: object, flags: int, *args: object, **kw: object) -> int:
        if str(path).endswith(".cleantext-output") and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real(path, flags, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)
    code, err = cli(capsys, "clean", str(tree), "-o", str(tree / "out"))
    assert code == 1 and one_line_error(err), err
    assert f"{tree / 'out' / '.cleantext-output'}: cannot write (Read-only file system)" in err


def test_real_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """sysfs refuses new files even to root."""
    (tmp_path / "a.txt").write_text("a  b")
    for args in (
        ["clean", str(tmp_path / "a.txt"), "-o", "/sys/cleantext-test.txt"],
        ["clean", str(tmp_path), "-o", "/sys/cleantext-test-dir"],
        ["explain", str(tmp_path / "a.txt"), "--html", "/sys/cleantext-test.html"],
    ):
        code, err = cli(capsys, *args)
        assert code == 1 and one_line_error(err), err


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "-"],
        ["clean", "-", "--report", "{full}", "-o", "{null}"],
        ["explain", "-"],
        ["explain", "-", "--json"],
        ["explain", "-", "--html", "{full}"],
        ["learn-boilerplate", "-", "-o", "{full}"],
    ],
)
def test_dev_full(tmp_path: Path, args: list[str]) -> None:
    """Standard output on /dev/full (a real ENOSPC device), and outputs to a copy of it."""
    full, null = device(tmp_path, "full", 7), device(tmp_path, "null", 3)
    args = [a.format(full=full, null=null) for a in args]
    with open("/dev/full", "wb") as stdout_full:
        r = subprocess.run(
            [*EXE, *args],
            input=b'{"url": "http://a/1", "text": "a  b ,c"}\n' * 2000
            if args[0] == "learn-boilerplate"
            else b"a  b ,c\n" * 2000,
            stdout=stdout_full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    err = r.stderr.decode()
    assert r.returncode == 1 and one_line_error(err), err
    assert "No space left on device" in err


def test_learned_profile_save_is_atomic(tmp_path: Path) -> None:
    from cleantext.boilerplate.learned import learn_profile

    profile = learn_profile([("http://a/1", "x")], 1, 0.1)
    target = tmp_path / "p.json"
    profile.save(target)
    assert json.loads(target.read_text())["sites"] is not None
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]


# --- B13: killed runs ------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """The pids of the live child processes of ``pid``."""
    return [c.pid for c in psutil.Process(pid).children() if c.status() != psutil.STATUS_ZOMBIE]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_clean_leaves_no_workers_and_no_temp_files(tmp_path: Path, sig: int) -> None:
    src = tmp_path / "in.jsonl"
    text = "Some  words here ,and there. Read more\n\n" * 40
    src.write_text("".join(json.dumps({"id": i, "text": text}) + "\n" for i in range(40_000)))
    out = tmp_path / "out" / "o.jsonl"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [*EXE, "clean", str(src), "-o", str(out), "--workers", "2"], stderr=subprocess.PIPE
    )
    deadline = time.time() + 60
    while len(workers := _children(proc.pid)) < 2 and time.time() < deadline:
        time.sleep(0.1)
    assert len(workers) >= 2, "the workers did not start"
    time.sleep(1.0)
    os.kill(proc.pid, sig)
    proc.wait(30)
    deadline = time.time() + 15
    while any(_alive(w) for w in workers) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "workers outlived their parent"
    left = [p.name for p in out.parent.iterdir()]
    if sig == signal.SIGTERM:
        assert proc.returncode == -sig and left == []  # unwound: the temp file removed
        return
    # SIGKILL: left over, all named after the dead process: the temporary output file and the
    # folder of the parts the workers wrote (an uncompressed input is split between them)
    assert sorted((out.parent / name).is_dir() for name in left) == [False, True]
    assert all(name.startswith(f".o.jsonl.{proc.pid}.") for name in left)
    small = tmp_path / "small.jsonl"
    small.write_text('{"text": "a  b"}\n')
    r = run("clean", str(small), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert [p.name for p in out.parent.iterdir()] == ["o.jsonl"]  # the rerun removed it


def _write_slowly(cleaner: object, opts: object, job: object) -> None:
    """A directory run's file task that opens its output and never finishes writing it."""
    with atomic_output(job.dst) as out:  # type: ignore[attr-defined]
        out.write("half")
        time.sleep(60)


def test_stopped_directory_run_leaves_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopping a directory run (SIGTERM here; Ctrl-C and a hangup alike) ends its pool
    processes at once, so their own clean-up never ran: the temporary files of the outputs
    they were writing (``.NAME.PID.RANDOM.tmp``) stayed in the output folder until a rerun.
    The run removes them once the processes are gone."""
    from cleantext import batch
    from cleantext.cli import _terminated

    jobs = [batch.FileJob(str(tmp_path / f"{i}"), str(tmp_path / f"o{i}.txt")) for i in range(4)]
    monkeypatch.setattr(batch, "clean_file", _write_slowly)  # (the forked workers see it)
    monkeypatch.setattr(batch, "warm_up", lambda cleaner: None)

    def stop_when_writing() -> None:
        deadline = time.time() + 60
        while len(list(tmp_path.glob(".o*.tmp"))) < 2 and time.time() < deadline:
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, _terminated)
    threading.Thread(target=stop_when_writing, daemon=True).start()
    try:
        with pytest.raises(SystemExit):
            batch.clean_directory(None, jobs, None, workers=2)  # type: ignore[arg-type]
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert [p.name for p in tmp_path.iterdir()] == []


def test_hangup_stops_a_directory_run_as_sigterm_does(tmp_path: Path) -> None:
    """A hangup (SIGHUP: the terminal closed) killed `clean` at once (exit -1), leaving its
    temporary files; it unwinds now, exit code 129, and its pool processes ignore it."""
    src = tmp_path / "in"
    src.mkdir()
    text = "Some  words here ,and there. Read more\n\n" * 4000
    for i in range(60):
        (src / f"{i}.txt").write_text(f"{i} {text}")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*EXE, "clean", str(src), "-o", str(out), "--workers", "2"], stderr=subprocess.PIPE
    )
    deadline = time.time() + 60
    while not any(out.glob("*.txt")) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGHUP)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, -signal.SIGHUP), err  # (0: it finished first)
    assert b"Traceback" not in err
    assert not any(_alive(w) for w in workers)
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []


def _sqlite_count(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return sum(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_stopped_dedup_removes_its_temp_file_and_keeps_the_index(tmp_path: Path, sig: int) -> None:
    """SIGTERM and SIGHUP killed `dedup` at once (exit -15/-1), leaving its temporary output
    until the next run; it unwinds now as `clean` does (exit 143/129), the temporary file goes
    and the index is not committed without its output."""
    src = tmp_path / "in.jsonl"
    words = [f"w{k}" for k in range(10)]
    texts = (" ".join(words[(i * j) % 10] for j in range(40)) + f" {i}" for i in range(60_000))
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    index = tmp_path / "idx.sqlite"
    first = tmp_path / "first.jsonl"
    first.write_text('{"id": "x", "text": "one two three four five six seven eight"}\n')
    assert main(["dedup", str(first), "-o", str(tmp_path / "f.jsonl"), "--index", str(index)]) == 0
    before = index.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen(
        [*EXE, "dedup", str(src), "-o", str(out / "o.jsonl"), "--index", str(index)],
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 60
    while not any(out.glob(".o.jsonl.*.tmp")) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, -sig), err  # (0: it finished first)
    assert b"Traceback" not in err
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == [], (proc.returncode, err)
    if proc.returncode:
        assert not (out / "o.jsonl").exists()
        assert _sqlite_count(index) == _sqlite_count_bytes(tmp_path, before)


def _sqlite_count_bytes(tmp_path: Path, data: bytes) -> int:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(data)
    return _sqlite_count(copy)


def _catches(pid: int, sig: int) -> bool:
    """Whether process ``pid`` handles ``sig`` (its SigCgt mask in /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(ln for ln in status.splitlines() if ln.startswith("SigCgt:")).split()[1]
    return bool(int(caught, 16) >> (sig - 1) & 1)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_stopped_explain_exits_like_clean(tmp_path: Path, sig: int) -> None:
    """SIGTERM and SIGHUP killed `explain` at once (exit -15/-1, and a temporary HTML page
    left when it came while writing); it unwinds now, exit 143/129, no temporary file."""
    src = tmp_path / "in.txt"
    src.write_text("".join(f"Line {i} has  words ,here and there.\n\n" for i in range(40_000)))
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen(
        [*EXE, "explain", str(src), "--html", str(out / "r.html")], stderr=subprocess.PIPE
    )
    deadline = time.time() + 60  # (until the command handles the signal: start-up is slow
    while not _catches(proc.pid, sig) and time.time() < deadline:  # on a loaded machine)
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, -sig), err
    assert b"Traceback" not in err
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []


def _pool_process_signals(_: int) -> tuple[bool, bool]:
    """(SIGTERM blocked, SIGTERM handled by Python) in the pool process that runs it."""
    blocked = signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    return blocked, signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL


def test_pool_processes_die_on_sigterm() -> None:
    """Pool processes were forked while the parent held SIGTERM and Ctrl-C, and kept the
    mask: SIGTERM (the parent's, or the kernel's when the parent dies) never reached them,
    and a killed `clean --workers 2` waited for the batches in flight (3-7 s, once more than
    30 s on a busy machine; now 0.3 s). `clean`'s SIGTERM handler, forked too, is dropped."""
    from cleantext.cli import _terminated
    from cleantext.workers import bounded_map

    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        got = list(bounded_map(_pool_process_signals, [0, 1, 2, 3], 2))
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert got == [(False, False)] * 4


def _nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_a_map_left_early_ends_its_pool_processes_now() -> None:
    """Leaving the map (Ctrl-C, SIGTERM, a bad line, a reader that stops) ends the pool
    processes instead of waiting for the items they hold, whose results nobody reads."""
    from cleantext.workers import bounded_map

    results = bounded_map(_nap, [0.0, 60.0, 60.0, 60.0], 2)
    assert next(results) == 0.0
    time.sleep(0.5)  # (the pool processes have taken their 60 s items)
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 20


def test_stale_temp_of_a_live_process_is_kept(tmp_path: Path) -> None:
    mine = tmp_path / f".o.txt.{os.getppid()}.abcd1234.tmp"  # a live process (pytest's parent)
    dead = tmp_path / ".o.txt.999999999.abcd1234.tmp"
    other = tmp_path / ".other.txt.999999999.abcd1234.tmp"
    for p in (mine, dead, other):
        p.write_text("partial")
    with atomic_output(str(tmp_path / "o.txt")) as f:
        f.write("done")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["o.txt", mine.name, other.name])


# --- directory inputs: symlinks that leave the folder -----------------------------------------


def test_symlinks_leaving_the_input_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private  data")
    tree = tmp_path / "in"
    tree.mkdir()
    (tree / "a.txt").write_text("a  b")
    (tree / "inside.txt").symlink_to(tree / "a.txt")
    (tree / "leak.txt").symlink_to(secret)
    r = run("clean", str(tree), "-o", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt"]
    assert b"left out 1 symlinked files" in r.stderr and b"--follow-symlinks" in r.stderr
    r = run("clean", str(tree), "-o", str(tmp_path / "out2"), "--follow-symlinks")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out2" / "leak.txt").read_text() == "private data"


# --- issue 16: explain on JSONL, the report's file count, usage -------------------------------


def test_explain_refuses_jsonl_without_a_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "crawl.jsonl"
    src.write_text('{"id": "a", "body": "x  y"}\n{"id": 7, "body": "p  ,q"}\n')
    code, err = cli(capsys, "explain", str(src))
    assert code == 1 and one_line_error(err) and "--line" in err and "--id" in err
    code = main(["explain", str(src), "--text-field", "body", "--id", "7", "--json"])
    got = json.loads(capsys.readouterr().out)
    assert code == 0 and got["report"]["chars_out"] == len("p,q")
    code = main(["explain", str(src), "--text-field", "body", "--line", "1", "--json"])
    got = json.loads(capsys.readouterr().out)
    assert code == 0 and [e["before"] for e in got["edits"]] == ["  "]
    code, err = cli(capsys, "explain", str(src), "--text-field", "body", "--line", "9")
    assert code == 1 and "no record with line 9" in err


def test_report_counts_one_jsonl_file(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "a  b"}\n')
    rep = tmp_path / "r.json"
    assert (
        run("clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--report", str(rep)).returncode
        == 0
    )
    got = json.loads(rep.read_text())
    assert got["files_in"] == got["files_out"] == 1


def test_unknown_option_shows_the_subcommand_usage() -> None:
    r = run("clean", "--bogus")
    assert r.returncode == 2
    assert b"usage: cleantext clean" in r.stderr and b"unrecognized arguments: --bogus" in r.stderr


def test_written_stream_is_complete_gzip(tmp_path: Path) -> None:
    target = tmp_path / "o.txt.gz"
    with atomic_output(str(target)) as f:
        f.write("x" * 100_000)
    assert gzip.decompress(target.read_bytes()) == b"x" * 100_000


def test_ctrl_c_while_the_command_loads_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C in the first second of a run (the subcommand's modules loading, outside the
    command's handler) printed a KeyboardInterrupt traceback."""
    import cleantext.cli as cli_module

    def pressed(argv: list[str]) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "_parse", pressed)
    assert main(["clean", "a.txt"]) == 130
    assert capsys.readouterr().err == "cleantext: interrupted\n"


#: the ``cleantext`` script pip writes, with an import hook that presses Ctrl-C when the module
#: named in argv[1] starts loading
_PRESS_WHILE_IMPORTING = """
import os, signal, sys
PRESS_AT = sys.argv.pop(1)
class Press:
    def find_spec(self, name, path=None, target=None):
        if name == PRESS_AT:
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, Press())
from cleantext.cli import main
sys.exit(main())
"""


@pytest.mark.parametrize(
    "module", ["__future__", "argparse", "cleantext.errors", "cleantext.reporting"]
)
def test_ctrl_c_while_the_script_imports_the_command_line_is_one_line(
    tmp_path: Path, module: str
) -> None:
    """Ctrl-C while the ``cleantext`` script's own import line ran (before ``main``) was a
    KeyboardInterrupt traceback (exit -2) in about half of the runs interrupted in their first
    0.2 s; it is held until ``main`` runs, which exits 130 with one line. (``__future__``:
    ``cleantext.cli`` imported it before it held Ctrl-C, a third of that window; session 18)"""
    src = tmp_path / "a.txt"
    src.write_text("The council  met .\n")
    code = _PRESS_WHILE_IMPORTING
    r = subprocess.run(
        [sys.executable, "-c", code, module, "clean", str(src), "-o", str(tmp_path / "o.txt")],
        capture_output=True,
        timeout=120,
    )
    assert (r.returncode, r.stderr) == (-signal.SIGINT, b"cleantext: interrupted\n")
    assert not (tmp_path / "o.txt").exists()


def test_ctrl_c_that_numpy_turns_into_an_import_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """numpy answers Ctrl-C during its import with an ImportError ('Importing the numpy
    C-extensions failed', the interrupt not in the chain): a 77-line message. Near miss: an
    ImportError with no Ctrl-C is raised as before."""
    import cleantext.cli as cli_module

    def numpy_import(argv: list[str]) -> None:
        try:  # (raise_signal: to this thread, handled before it returns; os.kill's signal
            # could land on another thread of the test process and miss the sleep below)
            signal.raise_signal(signal.SIGINT)
            time.sleep(5)
        except KeyboardInterrupt:
            raise ImportError("Importing the numpy C-extensions failed.") from None

    monkeypatch.setattr(cli_module, "_parse", numpy_import)
    assert main(["clean", "a.txt"]) == 130
    assert capsys.readouterr().err == "cleantext: interrupted\n"

    def broken(argv: list[str]) -> None:
        raise ImportError("no module named foo")

    monkeypatch.setattr(cli_module, "_parse", broken)
    with pytest.raises(ImportError, match="foo"):
        main(["clean", "a.txt"])


def _spin() -> None:
    """Bytecodes for 0.2 s, at any of which a pending Python signal handler would run (the
    thread that takes a signal may wait to be scheduled)."""
    end = time.monotonic() + 0.2
    while time.monotonic() < end:
        pass


def test_signals_held_holds_a_signal_that_another_thread_receives() -> None:
    """The mask is the main thread's: a signal sent to the process went to another thread
    (numpy's OpenBLAS starts one), and its handler ran inside the block."""
    done = threading.Event()
    other = threading.Thread(target=done.wait, daemon=True)  # (signals not blocked in it)
    other.start()
    seen: list[str] = []
    previous = signal.signal(signal.SIGHUP, lambda s, f: seen.append("handled"))
    try:
        with signals_held():
            os.kill(os.getpid(), signal.SIGHUP)
            _spin()
            seen.append("block end")
        _spin()
    finally:
        signal.signal(signal.SIGHUP, previous)
        done.set()
    assert seen == ["block end", "handled"]


def test_signals_held_leaves_a_signal_outside_the_block_alone() -> None:
    """Near miss: a signal after the block is handled at once, and the handler is back."""
    seen: list[str] = []
    handler = lambda s, f: seen.append("handled")  # noqa: E731
    previous = signal.signal(signal.SIGHUP, handler)
    try:
        with signals_held():
            seen.append("block end")
        os.kill(os.getpid(), signal.SIGHUP)
        _spin()
        assert signal.getsignal(signal.SIGHUP) is handler
    finally:
        signal.signal(signal.SIGHUP, previous)
    assert seen == ["block end", "handled"]


def test_stop_while_the_temp_file_is_created_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SIGTERM that came while the temporary file was created (after the file was made,
    before its name was returned) raised there, and the file stayed: it is handled after the
    name is noted now."""
    from cleantext import io as cio

    real = cio._new_temp_file
    done = threading.Event()
    other = threading.Thread(target=done.wait, daemon=True)
    other.start()

    def stopped(directory: Path, name: str) -> tuple[int, str]:
        made = real(directory, name)
        os.kill(os.getpid(), signal.SIGTERM)
        _spin()
        return made

    def terminated(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    monkeypatch.setattr(cio, "_new_temp_file", stopped)
    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        with pytest.raises(SystemExit), atomic_output(str(tmp_path / "o.txt")) as out:
            out.write("never\n")
    finally:
        signal.signal(signal.SIGTERM, previous)
        done.set()
    assert list(tmp_path.iterdir()) == []


def test_unstopped_output_keeps_its_file(tmp_path: Path) -> None:
    """Near miss: without a signal the output is written and no temporary file is left."""
    with atomic_output(str(tmp_path / "o.txt")) as out:
        out.write("kept\n")
    assert [p.name for p in tmp_path.iterdir()] == ["o.txt"]
