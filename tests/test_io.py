"""Files at scale: directories, workers, resume, atomic writes, reports, limits, progress."""

from __future__ import annotations

import gzip
import json
import os
import pty
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.io import (
    InputError,
    iter_files,
    iter_jsonl,
    iter_lines,
    member_json,
    read_text,
    set_members,
)

EXE = [sys.executable, "-m", "cleantext.cli"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*EXE, *args], input=stdin, capture_output=True, timeout=120)


def write_jsonl(path: Path, rows: list[object]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / "one.txt").write_text("x  y ,z")
    (root / "a" / "two.txt").write_text("Story.\n\nRead more")
    (root / "a" / "b" / "three.jsonl").write_text('{"text": "p  q", "id": 3}\n')
    (root / "a" / "notes.md").write_text("m  d")
    (root / ".hidden.txt").write_text("h  h")
    (root / "a" / ".one.txt.abc.tmp").write_text("half-written leftover")
    return root


def test_directory_recursive_glob_mirrors_tree(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    r = run("clean", str(tree), "-o", str(out), "--glob", "**/*.txt", "--report", str(report))
    assert r.returncode == 0, r.stderr
    assert r.stderr == b""  # stderr is a pipe: no progress bar
    got = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert got == ["a/two.txt", "one.txt"]
    assert (out / "one.txt").read_text() == "x y,z"
    assert (out / "a" / "two.txt").read_text() == "Story."
    rep = json.loads(report.read_text())
    assert rep["files_in"] == rep["files_out"] == 2 and rep["documents_out"] == 2
    assert rep["removed_chars"]["ui-strings"] == len("\n\nRead more")


def test_default_glob_takes_every_visible_file_and_jsonl_by_extension(
    tree: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run("clean", str(tree), "-o", str(out)).returncode == 0
    got = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert got == ["a/b/three.jsonl", "a/notes.md", "a/two.txt", "one.txt"]
    assert json.loads((out / "a" / "b" / "three.jsonl").read_text()) == {"text": "p q", "id": 3}


@pytest.mark.parametrize(
    "pattern", ["[", "**/*.pdf", "*.txt[", "", "../*", ".", "./", "*/" * 2000 + "*"]
)
def test_a_glob_matching_no_file_is_a_usage_error(pattern: str, tree: Path, tmp_path: Path) -> None:
    """--glob '[' (or a pattern naming no file) exited 0 having written nothing: now one line
    on stderr, exit code 2 (a usage error), and no output directory is created. ('.' and a
    pattern 2,000 folders deep were pathlib tracebacks: IndexError, RecursionError.)"""
    out = tmp_path / "out"
    r = run("clean", str(tree), "-o", str(out), "--glob", pattern)
    assert r.returncode == 2, r.stderr
    assert r.stderr.decode().count("\n") == 1 and b"Traceback" not in r.stderr
    assert not out.exists()


@pytest.mark.skipif(os.sep != "/", reason="a backslash parts folders on Windows")
@pytest.mark.parametrize(
    ("pattern", "hint"),
    [("a\\*.txt", "a/*.txt"), ("**\\*.txt", "**/*.txt"), ("a/*.pdf", None)],
)
def test_a_glob_with_backslashes_says_to_use_slashes(
    pattern: str, hint: str | None, tree: Path, tmp_path: Path
) -> None:
    """--glob 'a\\*.txt' (a Windows habit) matched no file, or was pathlib's "'**' can only be
    an entire path component", with no word about the backslash; a pattern without one (the
    near miss) gets no hint."""
    r = run("clean", str(tree), "-o", str(tmp_path / "out"), "--glob", pattern)
    assert r.returncode == 2, r.stderr
    told = f"; write a pattern's folders with / ({hint})\n"
    assert r.stderr.decode().endswith(told) is (hint is not None), r.stderr


def test_an_empty_directory_with_the_default_glob_is_no_error(tmp_path: Path) -> None:
    """Near miss: an empty tree (default --glob) is an empty result, exit 0."""
    (tmp_path / "empty").mkdir()
    r = run("clean", str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr


def test_directory_needs_output_dir(tree: Path) -> None:
    r = run("clean", str(tree))
    assert r.returncode == 1 and b"give an output directory with -o" in r.stderr
    r = run("clean", str(tree), "-o", str(tree))
    assert r.returncode == 1 and b"would overwrite the input" in r.stderr


@pytest.mark.parametrize(
    ("codec", "bom", "named"),
    [("utf-16-le", b"\xff\xfe", "UTF-16"), ("utf-16-be", b"\xfe\xff", "UTF-16"),
     ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32"), ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32")],
)  # fmt: skip
def test_utf16_and_utf32_text_is_named(codec: str, bom: bytes, named: str) -> None:
    """A UTF-16 or UTF-32 file with its byte order mark (Windows' "Unicode" text) was
    "a binary file (NUL bytes)": the error names the encoding and the conversion now."""
    from cleantext.io import decode_utf8

    with pytest.raises(InputError, match=f"x.txt: {named} text .*iconv -f {named} -t UTF-8"):
        decode_utf8(bom + "Café".encode(codec), "x.txt")
    # no mark (session 18: was "a binary file"): named by where its NUL bytes are, with its
    # byte order (iconv reads "-f UTF-16" without a mark as little-endian)
    exact = codec.upper().replace("-", "").replace("UTF", "UTF-")
    with pytest.raises(InputError, match=f"looks like {exact} text .*iconv -f {exact} -t"):
        decode_utf8("Café au lait".encode(codec), "x.txt")
    with pytest.raises(InputError, match="binary file"):  # near miss: NUL bytes at random
        decode_utf8(bytes(range(256)), "x.txt")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text", ["Party 🎉🎈 tonight! 😀 Bring 🍕.\n", "😀🎉🎈🙂🍕\n", "东京的天气很好，我们去公园。\n"]
)
def test_bomless_utf16_of_emoji_or_cjk_is_named(codec: str, text: str) -> None:
    """BOM-less UTF-16 of emoji or of Chinese has its NUL bytes at no regular place (not
    every second byte): it was "a binary file"; read as UTF-16 it is all assigned characters,
    so the error names the encoding and the conversion now."""
    from cleantext.io import decode_utf8

    exact = codec.upper().replace("-", "").replace("UTF", "UTF-")
    with pytest.raises(InputError, match=f"looks like {exact} text .*iconv -f {exact} -t"):
        decode_utf8((text * 20).encode(codec), "x.txt")


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2, b"PK\x03\x04\x14\x00" + bytes(500),
     random.Random(7).randbytes(600), b"\x7fELF\x02\x01\x01" + bytes(9) + "东京".encode() * 90],
)  # fmt: skip
def test_binary_is_still_binary(data: bytes) -> None:
    """Near miss of the above: binary data (controls, lone surrogates, unassigned or private
    code points when read as UTF-16) stays "a binary file"."""
    from cleantext.io import decode_utf8

    with pytest.raises(InputError, match="looks like a binary file"):
        decode_utf8(data, "x.bin")


@pytest.mark.parametrize(
    ("codec", "bom", "named"),
    [("utf-16-le", b"\xff\xfe", "UTF-16"), ("utf-16-be", b"\xfe\xff", "UTF-16"),
     ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32"), ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32")],
)  # fmt: skip
def test_utf16_and_utf32_jsonl_is_named(codec: str, bom: bytes, named: str) -> None:
    """UTF-16/UTF-32 JSONL said "not valid UTF-8 at byte 0" (line 1) and "invalid JSON" (the
    lines after it, or every line without a byte order mark); it names the encoding now, as
    the text path does, with the conversion."""
    from cleantext.io import parse_jsonl_line

    first = parse_jsonl_line(1, bom + '{"text": "Café"}'.encode(codec), "x")
    assert first.error and f"x:1: {named} text" in first.error
    assert f"iconv -f {named} -t UTF-8" in first.error
    later = parse_jsonl_line(2, '{"text": "Café"}'.encode(codec), "x")  # (no mark: NUL bytes)
    assert later.error and "NUL bytes" in later.error and "UTF-16 or UTF-32" in later.error
    assert parse_jsonl_line(3, b'{"text": "a\\u0000b"}', "x").error is None  # an escaped NUL


def test_bad_file_in_directory_stops_or_is_skipped(tree: Path, tmp_path: Path) -> None:
    (tree / "a" / "bin.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    r = run("clean", str(tree), "-o", str(out), "--glob", "**/*.txt")
    assert r.returncode == 1
    assert b"bin.txt: looks like a binary file" in r.stderr and b"--skip-bad" in r.stderr
    assert not (out / "a" / "bin.txt").exists()
    report = tmp_path / "r.json"
    r = run("clean", str(tree), "-o", str(out), "--glob", "**/*.txt", "--skip-bad",
            "--report", str(report))  # fmt: skip
    assert r.returncode == 0, r.stderr
    rep = json.loads(report.read_text())
    assert rep["files_in"] == 3 and rep["files_out"] == 2 and rep["skipped"] == 1
    assert "bin.txt: looks like a binary file" in rep["errors"][0]
    assert (out / "one.txt").read_text() == "x y,z"


def test_resume_skips_finished_files(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    (out / "one.txt").write_text("done before")  # newer than its input: finished
    time.sleep(0.01)
    os.utime(tree / "a" / "two.txt")  # input newer than a stale output: redone
    report = tmp_path / "r.json"
    r = run("clean", str(tree), "-o", str(out), "--glob", "**/*.txt", "--resume",
            "--report", str(report))  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert (out / "one.txt").read_text() == "done before"
    assert (out / "a" / "two.txt").read_text() == "Story."
    rep = json.loads(report.read_text())
    assert rep["files_resumed"] == 1 and rep["files_out"] == 1
    assert run("clean", str(tree / "one.txt"), "--resume").returncode == 1


def test_workers_give_the_same_output_in_order(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    rows = [{"id": i, "text": f"doc {i}  with spaces\n\nRead more"} for i in range(1500)]
    with gzip.open(src, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("clean", str(src), "-o", str(one)).returncode == 0
    r = run("clean", str(src), "-o", str(two), "--workers", "2", "--report", str(tmp_path / "r"))
    assert r.returncode == 0, r.stderr
    assert one.read_bytes() == two.read_bytes()
    got = [json.loads(line) for line in two.read_text().splitlines()]
    assert [g["id"] for g in got] == list(range(1500))
    assert got[7]["text"] == "doc 7 with spaces"
    rep = json.loads((tmp_path / "r").read_text())
    assert rep["documents_in"] == rep["documents_out"] == 1500


def test_workers_on_directory(tree: Path, tmp_path: Path) -> None:
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    assert run("clean", str(tree), "-o", str(out1)).returncode == 0
    assert run("clean", str(tree), "-o", str(out2), "--workers", "0").returncode == 0
    for p in out1.rglob("*"):
        if p.is_file():
            assert (out2 / p.relative_to(out1)).read_bytes() == p.read_bytes()


def test_zstd_jsonl_round_trip(tmp_path: Path) -> None:
    import zstandard  # the zstd extra (make test installs it): an import failure fails

    src, dst = tmp_path / "in.jsonl.zst", tmp_path / "out.jsonl.zst"
    src.write_bytes(zstandard.ZstdCompressor().compress(b'{"text": "a  b"}\n{"text": "c"}\n'))
    r = run("clean", str(src), "-o", str(dst))
    assert r.returncode == 0, r.stderr
    data = zstandard.ZstdDecompressor().stream_reader(dst.open("rb")).read()
    assert data == b'{"text": "a b"}\n{"text": "c"}\n'


def test_bad_jsonl_lines_are_counted_and_nothing_else_lost(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"text": "ok  1"}\n'
        b"\n"  # blank: ignored, not an error
        b"[1, 2]\n"
        b'{"text": null}\n'
        b'{"body": "x"}\n'
        b'{"text": "caf\xe9"}\n'
        b'{"text": "ok 2", "n": {"deep": [1, 2]}}\n'
        b'{"text": "trunc\n' + b"[" * 100_000 + b"\n"
        b'{"text": "lone \\ud800 kept"}\n'
    )
    dst, report = tmp_path / "out.jsonl", tmp_path / "r.json"
    r = run("clean", str(src), "-o", str(dst), "--skip-bad", "--report", str(report))
    assert r.returncode == 0, r.stderr
    assert b"Traceback" not in r.stderr
    lines = dst.read_bytes().decode("utf-8").splitlines()  # valid UTF-8 throughout
    assert lines == ['{"text": "ok 1"}', "[1, 2]", '{"text": null}', '{"body": "x"}',
                     '{"text": "ok 2", "n": {"deep": [1, 2]}}',
                     '{"text": "lone \\ud800 kept"}']  # fmt: skip
    rep = json.loads(report.read_text())
    assert rep["skipped"] == 3 and rep["passed_through"] == 3
    assert rep["documents_in"] == 9 and rep["documents_out"] == 6
    errors = " ".join(rep["errors"])
    for where in (":6: not valid UTF-8", ":8: invalid JSON", ":9: invalid JSON"):
        assert where in errors
    passed = " ".join(rep["passed_through_lines"])
    for where in (":3: not a JSON object", ":4: field 'text' is null, not a string",
                  ":5: missing field 'text'"):  # fmt: skip
        assert where in passed


def test_document_size_limit_bounds_memory_and_names_the_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    big = json.dumps({"text": "w " * 700_000})  # 1.4 MB line
    src.write_text(f'{{"text": "a"}}\n{big}\n{{"text": "b"}}\n')
    r = run("clean", str(src), "--max-doc-mb", "1")
    assert r.returncode == 1
    assert b"in.jsonl:2: document larger than 1 MiB" in r.stderr
    r = run("clean", str(src), "--max-doc-mb", "1", "--skip-bad")
    assert r.returncode == 0
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == ["a", "b"]
    txt = tmp_path / "big.txt"
    txt.write_text("w " * 700_000)
    r = run("clean", str(txt), "--max-doc-mb", "1")
    assert r.returncode == 1 and b"big.txt: document larger than 1 MiB" in r.stderr
    assert run("clean", str(txt), "--max-doc-mb", "0").returncode == 0


def test_iter_lines_drops_overlong_line_in_chunks(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_bytes(b"short\n" + b"x" * 5000 + b"\nafter\n")
    assert list(iter_lines(str(p), max_bytes=100)) == [(1, b"short\n"), (2, None), (3, b"after\n")]
    [a, b] = [r for r in iter_jsonl(str(p), max_bytes=100) if r.lineno != 1]
    assert a.error is not None and "x.jsonl:2: document larger than" in a.error
    assert b.error is not None and "invalid JSON" in b.error


def test_empty_inputs(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "e.jsonl").write_bytes(b"")
    assert read_text(str(tmp_path / "e.txt")) == ""
    r = run("clean", str(tmp_path / "e.jsonl"), "--report", str(tmp_path / "r.json"))
    assert r.returncode == 0 and r.stdout == b""
    assert json.loads((tmp_path / "r.json").read_text())["documents_in"] == 0


@pytest.mark.parametrize("name", ["e.txt.gz", "e.jsonl.gz", "e.txt.zst", "e.jsonl.zst"])
def test_an_empty_compressed_file_is_an_error_not_an_empty_input(tmp_path: Path, name: str) -> None:
    """A compressed file holds at least a header: 0 bytes is a truncated one (gzip -t and
    zstd -t say "unexpected end of file"); a compressed empty text is not an error."""
    empty, whole = tmp_path / name, tmp_path / ("whole." + name)
    empty.write_bytes(b"")
    r = run("clean", str(empty))
    assert r.returncode == 1 and r.stdout == b""
    assert r.stderr.decode().strip() == f"cleantext: error: {empty}: empty file, not " + (
        "gzip data (truncated?)" if name.endswith(".gz") else "zstandard data (truncated?)"
    )
    whole.write_bytes(gzip.compress(b"") if name.endswith(".gz") else _zstd_empty())
    assert run("clean", str(whole)).returncode == 0  # near miss: an empty text, compressed


def _zstd_empty() -> bytes:
    import zstandard

    return zstandard.ZstdCompressor().compress(b"")


@pytest.mark.parametrize(
    ("head", "kind"),
    [(b"BZh91AY&SY", "bzip2"), (b"\xfd7zXZ\x00\x00", "xz"), (b"\x1f\x8b\x08\x00", "gzip"),
     (b"\x28\xb5\x2f\xfd\x20", "zstandard"), (b"7z\xbc\xaf\x27\x1c\x00", "7z")],
)  # fmt: skip
@pytest.mark.parametrize("name", ["crawl.txt", "crawl.jsonl"])
def test_compressed_data_without_its_extension_is_named(
    tmp_path: Path, head: bytes, kind: str, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(head + bytes(range(256)) * 4)
    r = run("clean", str(path))
    err = r.stderr.decode()
    assert r.returncode == 1 and len(err.splitlines()) == 1
    assert f"looks like a binary file ({kind} data), not text" in err
    from cleantext.io import decode_utf8

    assert decode_utf8(b"BZh9 is how a bzip2 file starts", "x") == "BZh9 is how a bzip2 file starts"


def test_corrupt_gzip_is_one_line_error(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl.gz"
    p.write_bytes(gzip.compress(b'{"text": "a"}\n' * 100)[:-30] + b"garbage")
    r = run("clean", str(p))
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    assert b"bad.jsonl.gz" in r.stderr and len(r.stderr.splitlines()) == 1
    with pytest.raises(InputError, match=r"corrupt compressed data|cannot read"):
        read_text(str(p))


def test_iter_files_skips_hidden_and_output(tree: Path) -> None:
    out = tree / "a" / "b"
    assert [p.name for p in iter_files(tree, "**/*", exclude=out)] == [
        "notes.md",
        "two.txt",
        "one.txt",
    ]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_interrupt_never_leaves_half_written_output(tmp_path: Path, workers: str) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"text": f"document {i}  number ,{i}\n\nRead more"} for i in range(200_000)])
    dst = tmp_path / "out.jsonl"
    dst.write_text("previous good output\n")
    proc = subprocess.Popen(
        [*EXE, "clean", str(src), "-o", str(dst), "--workers", workers], stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until the temporary file is being written
        tmps = list(tmp_path.glob(".out.jsonl.*.tmp"))
        if tmps and tmps[0].stat().st_size > 0:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGINT, err  # (ends by the signal: a shell shows 130)
    assert dst.read_text() == "previous good output\n"
    assert list(tmp_path.glob(".out.jsonl.*")) == []  # the temporary file (and parts) removed


def test_progress_bar_only_on_a_tty(tree: Path, tmp_path: Path) -> None:
    primary, secondary = pty.openpty()
    try:
        r = subprocess.run(
            [*EXE, "clean", str(tree), "-o", str(tmp_path / "out")],
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=120,
            check=False,
        )
        os.close(secondary)
        seen = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(primary)
    assert r.returncode == 0
    assert b"4/4 files" in seen and b"100%" in seen


def test_symlink_loop_lists_each_file_once(tree: Path) -> None:
    (tree / "a" / "loop").symlink_to(tree, target_is_directory=True)
    names = [str(p.relative_to(tree)) for p in iter_files(tree, "**/*.txt")]
    assert names == ["a/two.txt", "one.txt"]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
KEYS = st.sampled_from(["cluster", "duplicate", "id", "text", 'c"l', "dup\u00e9", ""])


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(KEYS, JSON_VALUES, max_size=5),
    st.sampled_from([(", ", ": "), (",", ":"), (" ,\t", " :\n")]),
    st.booleans(),
)
def test_set_members_sets_top_level_values_and_keeps_the_rest(record, separators, ascii_only):
    line = json.dumps(record, separators=separators, ensure_ascii=ascii_only)
    values = {"cluster": json.dumps("c-1"), "duplicate": "true"}
    out = set_members(" " + line + " \n", values)
    assert out is not None
    assert json.loads(out) == {**record, "cluster": "c-1", "duplicate": True}
    if not any(k in record for k in values):  # only appended: the line is kept as it was
        assert out.startswith(" " + line[:-1].rstrip(" \t\n"))


@pytest.mark.parametrize("line", ["[1]", '{"a": 1', '{"a": 1} x', '{"a" 1}', "{a: 1}", ""])
def test_set_members_refuses_what_is_not_one_object(line):
    assert set_members(line, {"duplicate": "true"}) is None


def test_set_members_leaves_nested_and_quoted_lookalikes():
    line = r'{"meta": {"cluster": 3}, "text": "\"cluster\": 4", "cluster": 5}'
    out = set_members(line, {"cluster": "9"})
    assert out == r'{"meta": {"cluster": 3}, "text": "\"cluster\": 4", "cluster": 9}'
    assert set_members("{}", {"cluster": "1"}) == '{"cluster": 1}'
    assert set_members('{"clu\\u0073ter": 0}', {"cluster": "1"}) == '{"clu\\u0073ter": 1}'


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(KEYS, JSON_VALUES, max_size=5),
    st.sampled_from([(", ", ": "), (",", ":"), (" ,\t", " :\n")]),
    st.booleans(),
)
def test_member_json_reads_each_top_level_value_as_json_loads_does(record, separators, ascii_only):
    # (the scanner set_members uses: the two read one object alike)
    line = json.dumps(record, separators=separators, ensure_ascii=ascii_only)
    for key, value in record.items():
        written = member_json(" " + line + " ", key)
        assert written is not None and json.loads(written) == value
    assert member_json(line, "absent") is None


def test_member_json_reads_the_last_copy_and_ignores_what_follows_the_object():
    # (set_members refuses a line with text after the object, which it would write back)
    assert member_json('{"id": 1, "id": 2.50} x', "id") == "2.50"
    assert set_members('{"id": 1, "id": 2.50} x', {"id": "3"}) is None
    assert member_json('{"id": 1, "t": [2', "id") is None  # an object cut short


class _TerminalStdin:
    def __init__(self, data: bytes, tty: bool) -> None:
        import io

        self.buffer = io.BytesIO(data)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize("tty", [True, False])
def test_stdin_from_a_terminal_gets_a_note(
    tty: bool, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """`cleantext clean` typed without a file waits for the terminal: it says so (a pipe, the
    near miss, is read in silence)."""
    import sys

    from cleantext.io import open_binary

    monkeypatch.setattr(sys, "stdin", _TerminalStdin(b"a  b", tty))
    with caplog.at_level("WARNING", logger="cleantext"), open_binary("-") as f:
        assert f.read() == b"a  b"
    notes = [r.getMessage() for r in caplog.records]
    assert notes == (["reading from the terminal until Ctrl-D (give a FILE, or see -h)"] * tty)
