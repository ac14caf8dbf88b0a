"""Reading a file in parts (session 18's 16 MiB parts, :func:`cleantext.io._read_at_most`) and
in chunks (:func:`cleantext.io.line_spans`) gives what reading it whole gives, wherever the
part boundaries fall: inside a UTF-8 character, a CRLF pair, a UTF-16 letter, a gzip member
or zstd frame, a JSONL record. The part size is made small so that every boundary is tried."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

import pytest

import cleantext.io as cio
from cleantext.errors import InputError

TEXT = ("Grüße, 😀 café\r\n" * 9 + "end\n").encode()
SIZES = (1, 2, 3, 5, 7, 16, 1000)


def _read(path: Path, part: int, monkeypatch: pytest.MonkeyPatch) -> bytes | str:
    """``read_text`` of ``path`` with parts of ``part`` bytes (an error: its message)."""
    with monkeypatch.context() as m:
        m.setattr(cio, "_read_at_most", functools.partial(cio._read_at_most, part_size=part))
        try:
            return cio.read_text(str(path), 10**6).encode()
        except InputError as exc:
            return str(exc)


def _files(tmp_path: Path) -> dict[str, bytes]:
    import zstandard

    z = zstandard.ZstdCompressor()
    return {
        "utf8.txt": TEXT,
        "bomless16.txt": ("Grüße, café\r\n" * 9).encode("utf-16-le"),
        "members.txt.gz": gzip.compress(TEXT[:17]) + gzip.compress(b"") + gzip.compress(TEXT[17:]),
        "frames.txt.zst": z.compress(TEXT[:17]) + z.compress(b"") + z.compress(TEXT[17:]),
    }


@pytest.mark.parametrize("name", ["utf8.txt", "bomless16.txt", "members.txt.gz", "frames.txt.zst"])
def test_parts_read_what_the_whole_file_reads(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / name
    path.write_bytes(_files(tmp_path)[name])
    whole = _read(path, 2**30, monkeypatch)
    assert all(_read(path, k, monkeypatch) == whole for k in SIZES)
    if name == "bomless16.txt":
        assert "UTF-16LE" in str(whole)
    else:
        assert whole == TEXT


def test_line_spans_cut_in_small_chunks_give_every_record_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = b"".join(
        b'{"text": "Gr\xc3\xbc\xc3\x9fe %d \xf0\x9f\x98\x80"}\r\n' % i for i in range(9)
    )
    path = tmp_path / "r.jsonl"
    path.write_bytes(records + b'{"text": "last"}')
    whole = list(cio.iter_lines(str(path)))
    for chunk in SIZES:
        monkeypatch.setattr(cio, "_CHUNK", chunk)
        for group, min_bytes in ((1, 0), (2, 5), (3, 40)):
            spans = list(cio.line_spans(str(path), group, min_bytes))
            got = [line for s in spans for line in cio.iter_lines(str(path), span=s)]
            assert got == whole, (chunk, group, min_bytes)


@pytest.mark.parametrize(
    ("size", "end", "whole"),
    [(20, b"\n", True), (20, b"\r\n", True), (20, b"\r\r\n", False), (21, b"\n", False),
     (21, b"\r\n", False), (19, b"\r\n", True)],
)  # fmt: skip
def test_a_record_at_the_size_limit_is_whole_with_lf_or_crlf(
    tmp_path: Path, size: int, end: bytes, whole: bool
) -> None:
    """Before: a record of exactly the limit with a CRLF was 'too long' (with an LF, kept)."""
    record = b'{"text": "' + b"a" * (size - 12) + b'"}'
    path = tmp_path / "r.jsonl"
    path.write_bytes(record + end + b'{"text": "b"}\n')
    lines = list(cio.iter_lines(str(path), 20))
    assert [n for n, _ in lines] == [1, 2]
    assert (lines[0][1] is not None) == whole and lines[1][1] == b'{"text": "b"}\n'
