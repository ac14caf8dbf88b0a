"""Reading and writing files: plain text, JSONL, gzip and zstandard, stdin/stdout.

Inputs are decoded as strict UTF-8: invalid bytes are an :class:`InputError` that names the
byte offset (never a silent replacement), and a file with NUL bytes is reported as binary.
A document (a text file, or one JSONL line) larger than a limit is an error too, found while
reading, so memory stays bounded by the limit (see :data:`DEFAULT_MAX_DOC_BYTES`).
Outputs are written atomically: to a temporary file in the same directory, then renamed over
the target, so an interrupted run never leaves a half-written file in place of a good one.

>>> fmt_of("crawl.jsonl.zst"), fmt_of("page.txt"), fmt_of("-")
('jsonl', 'text', 'text')
>>> parse_jsonl_line(3, b'{"text": 1}', "in.jsonl", "text").error
"in.jsonl:3: field 'text' is int"
>>> jsonl_dumps({"text": "lone " + chr(0xD800)})
'{"text": "lone \\\\ud800"}'
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import json.scanner
import os
import re
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cleantext.errors import InputError

__all__ = [
    "InputError",
    "JsonlRecord",
    "atomic_output",
    "fmt_of",
    "iter_files",
    "iter_jsonl",
    "iter_lines",
    "jsonl_dumps",
    "open_binary",
    "parse_jsonl_line",
    "read_text",
    "set_members",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_BINARY_SNIFF = 8192
#: the default size limit of one document (a text file or a JSONL line): 16 MiB. Cleaning
#: needs roughly 75 bytes of memory per input byte (benchmarks/bench_memory.py), so this keeps
#: one worker under about 1.3 GB.
DEFAULT_MAX_DOC_BYTES = 16 * 2**20
_CHUNK = 2**20


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
                yield io.BufferedReader(zr)  # the bare reader cannot iterate lines
        else:
            yield raw
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: corrupt compressed data ({exc})") from None
    except Exception as exc:
        if type(exc).__name__ == "ZstdError":
            raise InputError(f"{path}: corrupt compressed data ({exc})") from None
        raise
    finally:
        raw.close()


def decode_utf8(data: bytes, name: str) -> str:
    """Decode strict UTF-8 (a leading BOM is dropped); NUL bytes mean a binary file.

    >>> decode_utf8(b"caf\\xc3\\xa9", "x")
    'café'
    >>> decode_utf8(b"caf\\xe9", "x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: x: not valid UTF-8 at byte 3 (use iconv or ftfy to ...)
    """
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start} (use iconv or ftfy to convert it first)"
        ) from None


def _too_large(name: str, limit: int) -> InputError:
    return InputError(
        f"{name}: document larger than {limit / 2**20:g} MiB (raise the limit with --max-doc-mb)"
    )


def read_text(path: str, max_bytes: int | None = None) -> str:
    """The whole file (or stdin) as text; more than ``max_bytes`` bytes is an error."""
    name = "<stdin>" if path == "-" else path
    with open_binary(path) as f:
        try:
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
        except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise InputError(f"{path}: cannot read ({exc})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return decode_utf8(data, name)


def iter_lines(path: str, max_bytes: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, raw line)`` pairs; an over-long line comes back as ``None``.

    An over-long line is read and dropped in chunks, so memory stays bounded by ``max_bytes``.
    """
    with open_binary(path) as f:
        lineno = 0
        while True:
            lineno += 1
            raw = f.readline() if max_bytes is None else f.readline(max_bytes + 1)
            if not raw:
                return
            if max_bytes is not None and len(raw) > max_bytes and not raw.endswith(b"\n"):
                while (rest := f.readline(_CHUNK)) and not rest.endswith(b"\n"):
                    pass
                yield lineno, None
                continue
            yield lineno, raw


@dataclass
class JsonlRecord:
    """One JSONL line: its number (1-based), the parsed object, or the error that stopped it."""

    lineno: int
    record: dict[str, Any] | None
    error: str | None = None


def parse_jsonl_line(
    lineno: int, raw: bytes | None, name: str, text_field: str = "text", limit: int = 0
) -> JsonlRecord:
    """Parse one JSONL line (``None``: a line that was over the size limit ``limit``)."""
    where = f"{name}:{lineno}"
    if raw is None:
        return JsonlRecord(lineno, None, str(_too_large(where, limit)))
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return JsonlRecord(lineno, None, f"{where}: not valid UTF-8 at byte {exc.start}")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return JsonlRecord(lineno, None, f"{where}: invalid JSON ({exc.msg})")
    except RecursionError:
        return JsonlRecord(lineno, None, f"{where}: invalid JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return JsonlRecord(lineno, None, f"{where}: not a JSON object")
    if text_field not in obj:
        return JsonlRecord(lineno, obj, f"{where}: missing field {text_field!r}")
    if not isinstance(obj[text_field], str):
        kind = type(obj[text_field]).__name__
        return JsonlRecord(lineno, obj, f"{where}: field {text_field!r} is {kind}")
    return JsonlRecord(lineno, obj)


def iter_jsonl(
    path: str, text_field: str = "text", max_bytes: int | None = None
) -> Iterator[JsonlRecord]:
    """Parse JSONL lazily; bad lines come back with ``error`` set (the caller decides).

    Blank lines are skipped; line numbers count every line of the file.
    """
    name = "<stdin>" if path == "-" else path
    for lineno, raw in iter_lines(path, max_bytes):
        if raw is None or raw.strip():
            yield parse_jsonl_line(lineno, raw, name, text_field, max_bytes or 0)


_START = re.compile(r"[ \t\n\r]*\{[ \t\n\r]*(\}?)")  # an object's "{", and "}" if it is empty
_KEY = re.compile(r'("(?:[^"\\]|\\.)*")[ \t\n\r]*:[ \t\n\r]*')  # a key, up to its value
_NEXT = re.compile(r"[ \t\n\r]*([,}])[ \t\n\r]*")  # after a value: the next key or the end
#: ``(value, end)`` of the JSON value at ``i`` (the C scanner behind ``json.loads``)
_SCAN: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder()  # type: ignore[arg-type]  # typeshed: make_scanner takes a decoder
)


def set_members(line: str, values: Mapping[str, str]) -> str | None:
    r"""``line`` (one JSON object) with the top-level members named in ``values`` set to those
    JSON texts, everything else byte for byte as it was: a member that is there gets its value
    replaced where it stands (every copy of a repeated key), a missing one is added at the end.
    ``None`` if ``line`` is not one JSON object.

    Only the top level is looked at (nothing is re-encoded), so nested keys of the same name and
    look-alikes inside strings stay as they are.

    >>> set_members('{"id": 1, "cluster": "c7", "t": "\\"cluster\\": 2"}', {"cluster": "1"})
    '{"id": 1, "cluster": 1, "t": "\\"cluster\\": 2"}'
    >>> set_members('{"a": {"dup": 0}} ', {"dup": "true"})
    '{"a": {"dup": 0}, "dup": true}'
    >>> set_members('[1]', {"dup": "true"}) is None
    True
    """
    start = _START.match(line)
    if start is None:
        return None
    out: list[str] = []
    last, found = 0, set()
    i, empty = start.end(), bool(start.group(1))
    close = i - 1  # an empty object's "}" (else found below)
    while not empty:
        key = _KEY.match(line, i)
        if key is None:
            return None
        try:
            end = _SCAN(line, key.end())[1]
        except (StopIteration, RecursionError):
            return None
        name = key.group(1)
        name = json.loads(name) if "\\" in name else name[1:-1]
        if name in values:
            out += [line[last : key.end()], values[name]]
            last = end
            found.add(name)
        nxt = _NEXT.match(line, end)
        if nxt is None:
            return None
        i = nxt.end()
        if nxt.group(1) == "}":
            close = line.rindex("}", end, i)
            break
    if line[close + 1 :].strip(" \t\n\r"):
        return None  # something after the object
    missing = [f"{json.dumps(k)}: {v}" for k, v in values.items() if k not in found]
    head = line[last:close].rstrip(" \t\n\r")
    if missing:
        head += (", " if not empty else "") + ", ".join(missing)
    return "".join([*out, head, "}"])


def jsonl_dumps(record: dict[str, Any]) -> str:
    """One JSONL line (no newline): UTF-8 as is, but lone surrogates kept as JSON escapes."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record)
    return line


def iter_files(root: str | Path, pattern: str = "**/*", exclude: Path | None = None) -> list[Path]:
    """Files under ``root`` matching ``pattern`` (recursive with ``**``), sorted.

    Hidden files and directories (names starting with ``.``, such as the temporary files of an
    interrupted run) are left out, and so is everything under ``exclude`` (the output folder).
    A file reached again through a symlink (a loop, say) is listed once. A pattern must stay
    inside ``root`` (no absolute path, no ``..``).

    >>> iter_files(".", "../*")
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: --glob '../*': give a pattern relative to ., without '..'
    """
    base = Path(root)
    if not pattern or Path(pattern).is_absolute() or ".." in Path(pattern).parts:
        raise InputError(f"--glob {pattern!r}: give a pattern relative to {base}, without '..'")
    skip = exclude.resolve() if exclude is not None else None
    out = []
    try:
        found = list(base.glob(pattern))
    except (ValueError, NotImplementedError) as exc:
        raise InputError(f"--glob {pattern!r}: {exc}") from None
    seen: set[Path] = set()
    for p in sorted(found, key=lambda q: (len(q.parts), q)):  # shortest path first
        rel = p.relative_to(base)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue
        real = p.resolve()
        if real in seen or (skip is not None and real.is_relative_to(skip)):
            continue  # reached again through a symlink, or inside the output folder
        seen.add(real)
        out.append(p)
    return sorted(out)


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
