"""Reading and writing files: plain text, JSONL, gzip and zstandard, stdin/stdout.

Inputs are decoded as strict UTF-8: invalid bytes are an :class:`InputError` that names the
byte offset (never a silent replacement), and a file with NUL bytes is reported as binary.
Outputs are written atomically: to a temporary file in the same directory, then renamed over
the target, so an interrupted run never leaves a half-written file in place of a good one.

>>> fmt_of("crawl.jsonl.zst"), fmt_of("page.txt"), fmt_of("-")
('jsonl', 'text', 'text')
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

__all__ = [
    "InputError",
    "JsonlRecord",
    "atomic_output",
    "fmt_of",
    "iter_jsonl",
    "open_binary",
    "read_text",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_BINARY_SNIFF = 8192


class InputError(Exception):
    """The input cannot be read as asked (missing, not UTF-8, binary, bad JSONL line)."""


def _compression(path: str) -> str | None:
    if path.endswith(".gz"):
        return "gz"
    if path.endswith(".zst") or path.endswith(".zstd"):
        return "zst"
    return None


def _strip_compression(path: str) -> str:
    for suffix in (".gz", ".zst", ".zstd"):
        if path.endswith(suffix):
            return path[: -len(suffix)]
    return path


def fmt_of(path: str) -> str:
    """``jsonl`` or ``text``, from the file name (compression suffixes are ignored)."""
    return "jsonl" if _strip_compression(path).lower().endswith(JSONL_SUFFIXES) else "text"


def _zstd() -> Any:
    try:
        import zstandard
    except ImportError:
        raise InputError(
            "zstandard is needed for .zst files: pip install 'cleantext-scrape[zstd]'"
        ) from None
    return zstandard


@contextlib.contextmanager
def open_binary(path: str) -> Iterator[IO[bytes]]:
    """Open ``path`` (or ``-`` for stdin) for reading bytes, decompressing by extension."""
    if path == "-":
        yield sys.stdin.buffer
        return
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        raw: IO[bytes] = open(p, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None
    try:
        kind = _compression(path)
        if kind == "gz":
            with gzip.GzipFile(fileobj=raw) as gz:
                yield gz  # type: ignore[misc]
        elif kind == "zst":
            with _zstd().ZstdDecompressor().stream_reader(raw) as zr:
                yield zr
        else:
            yield raw
    except (gzip.BadGzipFile, EOFError) as exc:
        raise InputError(f"{path}: corrupt compressed data ({exc})") from None
    finally:
        raw.close()


def decode_utf8(data: bytes, name: str) -> str:
    """Decode strict UTF-8 (a leading BOM is dropped); NUL bytes mean a binary file.

    >>> decode_utf8(b"caf\\xc3\\xa9", "x")
    'café'
    >>> decode_utf8(b"caf\\xe9", "x")
    Traceback (most recent call last):
    ...
    cleantext.io.InputError: x: not valid UTF-8 at byte 3 (use iconv or ftfy to convert it first)
    """
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start} (use iconv or ftfy to convert it first)"
        ) from None


def read_text(path: str) -> str:
    """The whole file (or stdin) as text."""
    with open_binary(path) as f:
        try:
            data = f.read()
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise InputError(f"{path}: cannot read ({exc})") from None
    return decode_utf8(data, "<stdin>" if path == "-" else path)


@dataclass
class JsonlRecord:
    """One JSONL line: its number (1-based), the parsed object, or the error that stopped it."""

    lineno: int
    record: dict[str, Any] | None
    error: str | None = None


def iter_jsonl(path: str, text_field: str = "text") -> Iterator[JsonlRecord]:
    """Parse JSONL lazily; bad lines come back with ``error`` set (the caller decides)."""
    name = "<stdin>" if path == "-" else path
    with open_binary(path) as f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield JsonlRecord(lineno, None, f"{name}:{lineno}: not valid UTF-8 ({exc.reason})")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield JsonlRecord(lineno, None, f"{name}:{lineno}: invalid JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                yield JsonlRecord(lineno, None, f"{name}:{lineno}: not a JSON object")
            elif text_field not in obj:
                yield JsonlRecord(lineno, obj, f"{name}:{lineno}: missing field {text_field!r}")
            elif not isinstance(obj[text_field], str):
                kind = type(obj[text_field]).__name__
                yield JsonlRecord(lineno, obj, f"{name}:{lineno}: field {text_field!r} is {kind}")
            else:
                yield JsonlRecord(lineno, obj)


@contextlib.contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream that replaces ``path`` only when the block finishes without error.

    ``None`` or ``-`` writes to stdout. Compression follows the extension (.gz, .zst).
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{path}: directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    ok = False
    try:
        with os.fdopen(fd, "wb") as raw:
            kind = _compression(path)
            sink: IO[bytes]
            if kind == "gz":
                sink = gzip.GzipFile(  # type: ignore[assignment]
                    filename=_strip_compression(target.name), fileobj=raw, mode="wb"
                )
            elif kind == "zst":
                sink = _zstd().ZstdCompressor().stream_writer(raw, closefd=False)
            else:
                sink = raw
            text = io.TextIOWrapper(sink, encoding="utf-8", newline="")
            yield text
            text.flush()
            if sink is raw:
                text.detach()
            else:
                text.close()  # finishes the compressed stream; raw stays open
            raw.flush()
            os.fsync(raw.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        ok = True
    finally:
        if not ok:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
