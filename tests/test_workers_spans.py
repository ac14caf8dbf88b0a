"""``clean --workers N`` on an uncompressed JSONL file: the workers read spans of the file and
write parts themselves; the output, stats, errors and progress are those of one process."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext.io
from cleantext import Cleaner
from cleantext.batch import BATCH_LINES, SPAN_BYTES, BatchOptions, Stats, clean_jsonl
from cleantext.io import atomic_output, iter_lines, line_spans

EXE = [sys.executable, "-m", "cleantext.cli"]
LINES = BATCH_LINES * 6 + 77  # seven batches: cut into several spans for two workers


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*EXE, *args], capture_output=True, timeout=120)


def messy_jsonl(path: Path, lines: int = LINES, bad: bool = True) -> None:
    """Records to clean, and (``bad``) every kind of line a worker must treat as one process
    does: bad JSON, not an object, a non-string field, blank lines, CRLF line ends, a BOM at
    the start, and a last line without a newline."""
    out = [b"\xef\xbb\xbf"]
    for i in range(lines):
        text = f"doc {i}  with spaces ,here\n\nRead more" if i % 3 else f"clean doc {i}"
        line = json.dumps({"id": i, "text": text}).encode()
        if bad and i % 97 == 5:
            line = b'{"text": "cut'
        elif bad and i % 89 == 7:
            line = b"[1, 2]"
        elif bad and i % 83 == 9:
            line = b'{"text": 3}'
        elif bad and i % 79 == 11:
            line = b"   "
        ending = b"\r\n" if i % 7 == 0 else b"\n"
        out.append(line + (ending if i < lines - 1 else b""))
    path.write_bytes(b"".join(out))


def spans_of(path: Path, workers: int = 2) -> int:
    """How many spans ``clean_jsonl`` cuts ``path`` into for ``workers`` processes."""
    min_bytes = min(SPAN_BYTES, path.stat().st_size // (4 * workers))
    return len(list(line_spans(str(path), BATCH_LINES, min_bytes)))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(("group", "min_bytes"), [(1, 0), (2, 0), (3, 40), (2, 10**6)])
def test_spans_give_the_lines_of_the_whole_file(tmp_path: Path, group: int, min_bytes: int) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'\xef\xbb\xbf{"text": "a"}\n\n{"text": "b"}\r\n' + b"x" * 300 + b'\n  \n{"text": "c"}'
    )
    spans = list(line_spans(str(src), group, min_bytes))
    assert spans[0].start == 0 and spans[-1].end == src.stat().st_size
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))
    assert all((s.lineno - 1) % group == 0 for s in spans)  # whole groups of lines
    whole = list(iter_lines(str(src), max_bytes=100))
    assert [line for s in spans for line in iter_lines(str(src), 100, s)] == whole
    assert whole[0] == (1, b'{"text": "a"}\n') and whole[3] == (4, None)  # BOM gone, too long


def naive_spans(data: bytes, group: int, min_bytes: int) -> list[tuple[int, int, int]]:
    """What :func:`line_spans` gives, one line at a time."""
    out, start, first, lines, pos = [], 0, 1, 0, 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        pos = len(data) if end < 0 else end + 1
        lines += 1
        if lines % group == 0 and pos - start >= min_bytes and end >= 0:
            out.append((start, pos, first))
            start, first, lines = pos, first + lines, 0
    if start < len(data):
        out.append((start, len(data), first))
    return out


@settings(max_examples=300, deadline=None)
@given(
    data=st.lists(st.sampled_from([b"a", b"\n", b"\r\n", b"bcd"]), max_size=40).map(b"".join),
    group=st.integers(1, 4),
    min_bytes=st.integers(0, 20),
    chunk=st.integers(1, 9),
)
def test_spans_cut_where_a_line_by_line_reading_would(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, group: int, min_bytes: int, chunk: int
) -> None:
    src = tmp_path_factory.mktemp("spans") / "f.jsonl"
    src.write_bytes(data)
    old, cleantext.io._CHUNK = cleantext.io._CHUNK, chunk  # chunk edges everywhere
    try:
        got = [(s.start, s.end, s.lineno) for s in line_spans(str(src), group, min_bytes)]
    finally:
        cleantext.io._CHUNK = old
    assert got == naive_spans(data, group, min_bytes)


def test_spans_need_an_uncompressed_file(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress(b'{"text": "a"}\n'))
    with pytest.raises(ValueError, match="uncompressed"):
        list(line_spans(str(src), 1, 0))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert list(line_spans(str(tmp_path / "empty.jsonl"), 1, 0)) == []


def test_two_workers_on_a_split_file_give_the_one_process_run(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    messy_jsonl(src)
    assert spans_of(src) >= 4
    results = {}
    for workers in ("1", "2"):
        out, report = tmp_path / f"out{workers}.jsonl", tmp_path / f"r{workers}.json"
        r = run("clean", str(src), "-o", str(out), "--skip-bad", "--report", str(report),
                "--workers", workers)  # fmt: skip
        assert r.returncode == 0, r.stderr
        rep = json.loads(report.read_text())
        del rep["seconds"]
        results[workers] = (out.read_bytes(), rep, r.stderr)
    assert results["1"] == results["2"]
    data, rep, err = results["2"]
    assert rep["skipped"] + rep["passed_through"] > 20 and b"skipped" in err
    assert b"passed through unchanged" in err and b"more (see --report)" in err
    assert data.count(b"\r\n") > 100 and not data.endswith(b"\r\n")
    rows = [json.loads(line) for line in data.splitlines()]  # (bad JSON skipped)
    ids = [row["id"] for row in rows if isinstance(row, dict) and "id" in row]
    assert ids == sorted(ids) and len(rows) == rep["documents_out"]
    assert rows.count([1, 2]) and rows.count({"text": 3})  # passed through
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("output", ["out.jsonl.gz", "-"])
def test_two_workers_write_compressed_output_and_stdout_as_one_process(
    tmp_path: Path, output: str
) -> None:
    src = tmp_path / "in.jsonl"
    messy_jsonl(src, bad=False)
    got = []
    for workers in ("1", "2"):
        (tmp_path / workers).mkdir()  # (the same name: gzip keeps it)
        dst = "-" if output == "-" else str(tmp_path / workers / output)
        r = run("clean", str(src), "-o", dst, "--workers", workers)
        assert r.returncode == 0, r.stderr
        data = r.stdout if output == "-" else Path(dst).read_bytes()
        got.append(data if output == "-" else data[:4] + data[8:])  # (gzip: without the time)
    assert got[0] == got[1] and len(got[0]) > 1000
    assert leftovers(tmp_path) == []


def test_a_bad_line_in_a_later_span_stops_the_run_as_in_one_process(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    messy_jsonl(src, bad=False)
    lines = src.read_bytes().split(b"\n")
    lines[1200] = b'{"text": "cut'  # line 1201, in the fifth batch
    src.write_bytes(b"\n".join(lines))
    assert spans_of(src) >= 4
    dst = tmp_path / "out.jsonl"
    errors = []
    for workers in ("1", "2"):
        dst.write_text("previous good output\n")
        r = run("clean", str(src), "-o", str(dst), "--workers", workers)
        assert r.returncode == 1
        errors.append(r.stderr)
        assert dst.read_text() == "previous good output\n"
        assert leftovers(tmp_path) == []
    assert errors[0] == errors[1]
    assert b"in.jsonl:1201: invalid JSON" in errors[1] and b"--skip-bad" in errors[1]


def test_progress_and_stats_of_split_file_are_those_of_one_process(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    messy_jsonl(src)
    seen: dict[int, list[tuple[int, int, int, list[str]]]] = {}
    totals = {}
    for workers in (1, 2):
        batches: list[tuple[int, int, int, list[str]]] = []

        def on_batch(s: Stats, batches: list[tuple[int, int, int, list[str]]] = batches) -> None:
            batches.append((s.docs_in, s.errors_total, s.bytes_read, s.errors))

        opts = BatchOptions(skip_bad=True)
        with atomic_output(str(tmp_path / f"o{workers}.jsonl")) as out:
            stats = clean_jsonl(Cleaner(), str(src), out, opts, workers, on_batch)
        seen[workers], totals[workers] = batches, stats.to_dict(0)
    assert seen[1] == seen[2] and totals[1] == totals[2]
    assert len(seen[2]) == 7 and sum(b[2] for b in seen[2]) == src.stat().st_size - 3  # BOM


def test_progress_bar_with_two_workers_on_a_split_file(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    messy_jsonl(src, bad=False)
    primary, secondary = pty.openpty()
    try:
        r = subprocess.run(
            [*EXE, "clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--workers", "2"],
            stderr=secondary,
            timeout=120,
            check=False,
        )
        os.close(secondary)
        seen = b""
        while chunk := _read(primary):
            seen += chunk
    finally:
        os.close(primary)
    assert r.returncode == 0
    assert f"{LINES:,} docs".encode() in seen and b"100%" in seen


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 4096)
    except OSError:  # the other end closed
        return b""
