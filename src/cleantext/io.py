"""Reading and writing files: plain text, JSONL, gzip and zstandard, stdin/stdout.

Inputs are decoded as strict UTF-8: invalid bytes are an :class:`InputError` that names the
byte offset (never a silent replacement), and a file with NUL bytes is reported as binary.
A document (a text file, or one JSONL line) larger than a limit is an error too, found while
reading, so memory stays bounded by the limit; every reader applies
:data:`DEFAULT_MAX_DOC_BYTES` unless told otherwise (``0``/``None``: no limit). A compressed
input that ends early (a truncated ``.gz`` or ``.zst``, or one of 0 bytes) is an error, never
a shorter document; data compressed in another format, or without its extension, is an error
naming the format (:func:`_packed`).
JSONL lines are written back byte for byte except the members changed (:func:`replace_field`).

Outputs are written atomically: to a temporary file in the same directory, then renamed over
the target, so an interrupted run never leaves a half-written file in place of a good one;
devices and FIFOs are written directly, symlinks are followed (:func:`atomic_output`), and
:func:`check_distinct` refuses outputs that would overwrite an input. A failed write is an
:class:`OutputError`.

>>> fmt_of("crawl.jsonl.zst"), fmt_of("page.txt"), fmt_of("-")
('jsonl', 'text', 'text')
>>> parse_jsonl_line(3, b'{"text": 1}', "in.jsonl", "text").error
"in.jsonl:3: field 'text' is a number, not a string"
>>> jsonl_dumps({"text": "lone " + chr(0xD800)})
'{"text": "lone \\\\ud800"}'
"""

from __future__ import annotations

import contextlib
import errno
import glob
import gzip
import io
import json
import json.scanner
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import threading
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from cleantext.errors import InputError, MissingExtraError, PatternError
from cleantext.reporting import logger

__all__ = [
    "DEFAULT_MAX_DOC_BYTES",
    "DocumentTooLarge",
    "InputError",
    "JsonNumber",
    "JsonlRecord",
    "LineSpan",
    "OutputError",
    "Parts",
    "atomic_output",
    "check_distinct",
    "check_output_path",
    "check_stdout_distinct",
    "check_tree_outputs",
    "fmt_of",
    "is_stdout",
    "iter_files",
    "iter_jsonl",
    "iter_lines",
    "json_string",
    "jsonl_dumps",
    "line_spans",
    "open_binary",
    "output_parts",
    "parse_jsonl_line",
    "read_bytes",
    "read_text",
    "remove_stale_temps",
    "replace_field",
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
    """The compression that the name ``path`` asks for, its case aside (``.GZ`` was written as
    plain text, and a gzip file named so refused as "gzip data: name it .gz").

    >>> _compression("a.jsonl.GZ"), _compression("a.Zst"), _compression("a.gz.txt")
    ('gz', 'zst', None)
    """
    name = path.lower()
    if name.endswith(".gz"):
        return "gz"
    if name.endswith(".zst") or name.endswith(".zstd"):
        return "zst"
    return None


def _strip_compression(path: str) -> str:
    name = path.lower()
    for suffix in (".gz", ".zst", ".zstd"):
        if name.endswith(suffix):
            return path[: -len(suffix)]
    return path


#: compressed formats that cleantext reads as data of another name but does not write: an
#: output named so would be plain text under a name that says otherwise
_NOT_WRITTEN = (".bz2", ".xz", ".lzma", ".lz4", ".zip", ".7z", ".br")


def fmt_of(path: str) -> str:
    """``jsonl`` or ``text``, from the file name (compression suffixes are ignored)."""
    return "jsonl" if _strip_compression(path).lower().endswith(JSONL_SUFFIXES) else "text"


def _zstd() -> Any:
    """The ``zstandard`` module; without it a :class:`MissingExtraError` (not an input error:
    ``--skip-bad`` does not skip every .zst file of a run, the run stops and names the extra)."""
    try:
        import zstandard
    except ImportError:
        raise MissingExtraError(
            'zstandard is needed for .zst files: pip install "cleantext-scrape[zstd]"',
            name="zstandard",
        ) from None
    return zstandard


class OutputError(InputError):
    """An output cannot be written (disk full, read-only folder, no permission); never skipped
    as a bad input would be."""


class DocumentTooLarge(InputError):
    """A document (a text file or a JSONL line) is over the size limit."""


_ZSTD_MAGIC = 0xFD2FB528
_SKIPPABLE = range(0x184D2A50, 0x184D2A60)


class ZstdFrames:
    """Follows the frame and block headers of a zstandard stream to tell whether it ends where
    a frame ends: the decoder itself stops silently at a truncation.

    Only headers are read (a block's contents are skipped), so it costs a few steps per block.

    >>> import zstandard
    >>> data = zstandard.ZstdCompressor().compress(b"hello " * 100)
    >>> whole, cut = ZstdFrames(), ZstdFrames()
    >>> whole.feed(data); cut.feed(data[:-1])
    >>> whole.complete(), cut.complete()
    (True, False)
    """

    def __init__(self) -> None:
        self._buf = b""
        self._need = 4  # header bytes to collect for the current state
        self._skip = 0  # content bytes to pass over before the next header
        self._state = "magic"
        self._checksum = False
        self.unknown = False  # not a frame this class knows: left to the decoder to judge

    def complete(self) -> bool:
        """True when every frame seen so far has ended (or the format was not recognised)."""
        return self.unknown or (self._state == "magic" and not self._buf and not self._skip)

    def feed(self, data: bytes) -> None:
        """Read the next compressed bytes."""
        i, n = 0, len(data)
        while i < n and not self.unknown:
            if self._skip:
                step = min(self._skip, n - i)
                self._skip -= step
                i += step
                continue
            take = min(self._need - len(self._buf), n - i)
            self._buf += data[i : i + take]
            i += take
            if len(self._buf) == self._need:
                header, self._buf = self._buf, b""
                self._header(int.from_bytes(header, "little"))

    def _header(self, value: int) -> None:
        if self._state == "magic":
            if value == _ZSTD_MAGIC:
                self._state, self._need = "descriptor", 1
            elif value in _SKIPPABLE:
                self._state, self._need = "skippable", 4
            else:
                self.unknown = True
        elif self._state == "skippable":
            self._state, self._need, self._skip = "magic", 4, value
        elif self._state == "descriptor":
            single = (value >> 5) & 1
            self._checksum = bool((value >> 2) & 1)
            window = 0 if single else 1
            dict_id = (0, 1, 2, 4)[value & 3]
            content_size = (single, 2, 4, 8)[value >> 6]
            self._state, self._need, self._skip = "block", 3, window + dict_id + content_size
        else:  # a block header: last-block bit, type, size
            last, kind, size = value & 1, (value >> 1) & 3, value >> 3
            if kind == 3:
                self.unknown = True  # reserved: the decoder reports it
                return
            self._skip = 1 if kind == 1 else size  # an RLE block stores one byte
            if last:
                self._skip += 4 if self._checksum else 0
                self._state, self._need = "magic", 4


class _Reading(io.RawIOBase):
    """A readable raw file whose bytes come from :meth:`_read`, a chunk at a time."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _read(self, size: int) -> bytes:
        """Up to ``size`` bytes; ``b""`` at the end."""
        raise NotImplementedError


class _Watched(_Reading):
    """A binary file whose bytes also go through a :class:`ZstdFrames`."""

    def __init__(self, raw: IO[bytes], frames: ZstdFrames) -> None:
        self._raw, self._frames = raw, frames
        self.at_eof = False

    def _read(self, size: int) -> bytes:
        data = self._raw.read(size)
        if not data:
            self.at_eof = True
        self._frames.feed(data)
        return data


class _ZstdReader(_Reading):
    """Decompressed zstandard data; a stream cut inside a frame is an :class:`InputError`."""

    def __init__(self, raw: IO[bytes], name: str) -> None:
        self._frames = ZstdFrames()
        self._source = _Watched(raw, self._frames)
        self._reader = (
            _zstd().ZstdDecompressor().stream_reader(self._source, read_across_frames=True)
        )
        self._name = name

    def _read(self, size: int) -> bytes:
        data: bytes = self._reader.read(size)
        if not data:
            while self._source.read(_CHUNK):  # the decoder may stop before the source's end
                pass
            if not self._frames.complete():
                raise InputError(f"{self._name}: corrupt or truncated compressed data")
        return data


@contextlib.contextmanager
def open_binary(path: str) -> Iterator[IO[bytes]]:
    """Open ``path`` (or ``-`` for stdin) for reading bytes, decompressing by extension.
    Stdin that is a terminal (a command typed without a file) gets a note saying so."""
    if path == "-":
        if sys.stdin is None:  # (started with stdin closed, ``<&-``)
            raise InputError("<stdin>: standard input is closed")
        if sys.stdin.isatty():
            logger.warning("reading from the terminal until Ctrl-D (give a FILE, or see -h)")
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
        if kind and _empty_file(raw):  # (gzip read it as an empty text; zstd as no line)
            name = "gzip" if kind == "gz" else "zstandard"
            raise InputError(f"{path}: empty file, not {name} data (truncated?)")
        size = _regular_size(raw)
        if kind == "gz":
            with gzip.GzipFile(fileobj=raw) as gz:
                yield gz  # type: ignore[misc]
        elif kind == "zst":
            yield io.BufferedReader(_ZstdReader(raw, path), _CHUNK)
        else:
            yield raw
        _check_not_shrunk(path, raw, size)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: corrupt compressed data ({exc})") from None
    except Exception as exc:
        if type(exc).__name__ == "ZstdError":
            raise InputError(f"{path}: corrupt compressed data ({exc})") from None
        raise
    finally:
        raw.close()


def _regular_size(raw: IO[bytes]) -> int | None:
    """The size of the regular file ``raw`` (``None`` for a pipe or a device)."""
    st = os.fstat(raw.fileno())
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _check_not_shrunk(path: str, raw: IO[bytes], size: int | None) -> None:
    """Raise :class:`InputError` when the regular file ``raw`` (``size`` bytes when opened) is
    now smaller: it was truncated or rewritten while it was read, and what was read may
    stop short of its end (the output then lacked its last records, exit 0). A file that
    grew is fine: what was read is what it held when opened, and more."""
    now = _regular_size(raw)
    if size is not None and now is not None and now < size:
        raise InputError(
            f"{path}: shrank from {size:,} to {now:,} bytes while it was read (truncated or "
            "rewritten): the output would miss its end; run again once it is written"
        )


def _empty_file(raw: IO[bytes]) -> bool:
    """True for a regular file of 0 bytes (a pipe or device is read as it comes)."""
    st = os.fstat(raw.fileno())
    return stat.S_ISREG(st.st_mode) and st.st_size == 0


#: how compressed files and archives start, their format, and what to do (asked only of data
#: that failed to decode: a text that starts with "BZh" is never taken for one)
_PACKED: tuple[tuple[bytes | tuple[bytes, ...], str, str], ...] = (
    (b"\x1f\x8b", "gzip", "name it .gz (cleantext reads .gz and .zst)"),
    (b"\x28\xb5\x2f\xfd", "zstandard", "name it .zst (cleantext reads .gz and .zst)"),
    (
        tuple(b"BZh%d" % level for level in range(1, 10)),
        "bzip2",
        "decompress it first (bunzip2 -k); cleantext reads .gz and .zst",
    ),
    (b"\xfd7zXZ\x00", "xz", "decompress it first (unxz -k); cleantext reads .gz and .zst"),
    (b"PK\x03\x04", "zip", "extract it first (unzip)"),
    (b"7z\xbc\xaf\x27\x1c", "7z", "extract it first (7z x)"),
)


def _packed(name: str, data: bytes) -> str | None:
    """The error for data that starts like a compressed file or an archive, or ``None``.

    >>> _packed("crawl.jsonl", b"BZh91AY&SY\\x00")  # doctest: +ELLIPSIS
    'crawl.jsonl: looks like a binary file (bzip2 data), not text: decompress it first (bun...'
    >>> _packed("notes.txt", b"BZh is how a bzip2 file starts") is None
    True
    """
    for magic, kind, advice in _PACKED:
        if data.startswith(magic):
            return f"{name}: looks like a binary file ({kind} data), not text: {advice}"
    return None


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
        packed = _packed(name, data)
        if packed:
            raise InputError(packed)
        wide = _wide_text(data)
        if wide:
            raise InputError(
                f"{name}: {wide} text (it starts with a byte order mark), not UTF-8: convert it "
                f"first, e.g. iconv -f {wide} -t UTF-8"
            )
        bare = _bomless_wide(data)
        if bare:
            raise InputError(
                f"{name}: looks like {bare} text without a byte order mark (NUL bytes between "
                f"its letters), not UTF-8: convert it first, e.g. iconv -f {bare} -t UTF-8"
            )
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = f"{name}: not valid UTF-8 at byte {exc.start} (use iconv or ftfy to convert it first)"
        raise InputError(_packed(name, data) or bad) from None


#: the byte order marks of the encodings with NUL bytes in ASCII text (UTF-32's first: its
#: little-endian mark starts with UTF-16's)
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _bomless_wide(data: bytes) -> str:
    """``"UTF-16LE"``, ``"UTF-16BE"``, ``"UTF-32LE"`` or ``"UTF-32BE"`` if the first 256 bytes
    of ``data`` have that encoding's NUL bytes of mostly-ASCII text (every second byte, or
    three of four, at that place), else ``""`` (binary data, say).

    >>> _bomless_wide("Hello".encode("utf-16-le")), _bomless_wide("Hi".encode("utf-32-be"))
    ('UTF-16LE', 'UTF-32BE')
    >>> _bomless_wide(bytes(range(256)))
    ''
    """
    head = data[: 256 - 256 % 4]
    if len(head) < 4:
        return ""
    zero = [head[k::4].count(0) / len(head[k::4]) for k in range(4)]
    shapes = {
        "UTF-32LE": (False, True, True, True),
        "UTF-32BE": (True, True, True, False),
        "UTF-16LE": (False, True, False, True),
        "UTF-16BE": (True, False, True, False),
    }
    for name, nul in shapes.items():
        if all((z >= 0.9) if n else (z <= 0.1) for z, n in zip(zero, nul, strict=True)):
            return name
    return _utf16_by_reading(data[:512])


def _utf16_by_reading(head: bytes) -> str:
    """``"UTF-16LE"`` or ``"UTF-16BE"`` if ``head`` (a file's first bytes) reads as that
    encoding's text: every character assigned, no control but tab and line breaks, no private
    use, surrogates only in pairs, at least 32 characters; else ``""``. Text of emoji or of a
    script outside Latin has its NUL bytes at no regular place (the shapes of
    :func:`_bomless_wide`); binary data holds controls (``01 00``, ``00 00``), lone surrogates
    and unassigned or private code points within a few hundred bytes. Where both byte orders
    read, the one with more characters below U+0100 or above U+FFFF wins (spaces, line breaks,
    emoji), little-endian on a tie.

    >>> _utf16_by_reading(("Party 🎉🎈 tonight 😀\\n" * 4).encode("utf-16-be"))
    'UTF-16BE'
    >>> _utf16_by_reading(("😀🎉🎈🙂\\n" * 9).encode("utf-16-le"))
    'UTF-16LE'
    >>> _utf16_by_reading(bytes(range(256))), _utf16_by_reading(b"\\x89PNG\\r\\n" + bytes(99))
    ('', '')
    """
    head = head[: len(head) - len(head) % 2]
    best, name = 0, ""
    for order in ("LE", "BE"):
        units = head.decode(f"utf-16-{order.lower()}", "surrogatepass")
        if units and 0xD800 <= ord(units[-1]) < 0xDC00:
            units = units[:-1]  # (a pair cut by the end of the sample)
        try:
            text = units.encode("utf-16", "strict").decode("utf-16")
        except UnicodeError:
            continue  # a lone surrogate
        if len(text) < 32 or not all(map(_text_char, text)):
            continue
        score = sum(1 for c in text if ord(c) < 0x100 or ord(c) > 0xFFFF)
        if score > best or not name:
            best, name = score, f"UTF-16{order}"
    return name


def _text_char(char: str) -> bool:
    """Whether ``char`` may be in a text file: assigned, not private use, not a control but
    tab and line breaks (characters above U+FFFF, emoji newer than this Python's Unicode
    tables among them, count when outside the private-use planes).

    >>> _text_char("é"), _text_char("\\n"), _text_char("\\x01"), _text_char("\\ue000")
    (True, True, False, False)
    """
    if ord(char) > 0xFFFF:
        return ord(char) < 0xF0000
    return char in "\t\n\r" or unicodedata.category(char) not in ("Cc", "Cn", "Co", "Cs")


def _wide_text(data: bytes) -> str:
    """``"UTF-16"`` or ``"UTF-32"`` if ``data`` starts with that encoding's byte order mark
    (Windows' "Unicode" text files), else ``""``."""
    return next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), "")


#: cleaning a document takes up to about this many times its size in memory (a 50 MB line of
#: lowercase sentence starts, an edit each, peaked at 650 MB with the light preset)
MEMORY_FACTOR = 12


@lru_cache(maxsize=1)
def _available_memory() -> int | None:
    """Bytes of memory free for this process, read once: the least of Linux's MemAvailable,
    what the process's control group may still use (a container's limit, which MemAvailable
    does not show) and what its address-space limit leaves (``ulimit -v``); ``None`` where
    none is known."""
    known = [n for n in (_mem_available(), _cgroup_room(), _address_room()) if n is not None]
    return min(known) if known else None


def _mem_available(meminfo: str = "/proc/meminfo") -> int | None:
    """Linux's MemAvailable in bytes, or ``None`` (no /proc/meminfo, or no such field)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        with open(meminfo, "rb") as f:
            found = next((ln for ln in f if ln.startswith(b"MemAvailable:")), None)
        return None if found is None else int(found.split()[1]) * 1024
    return None


def _cgroup_room(proc: str = "/proc/self/cgroup", root: str = "/sys/fs/cgroup") -> int | None:
    """Bytes the process's control group may still use (cgroup v2 ``memory.max`` less
    ``memory.current``, or v1's ``memory.limit_in_bytes`` less ``memory.usage_in_bytes``), or
    ``None`` (no limit, or not readable). The group's inactive file cache (``memory.stat``),
    which the kernel frees before it runs out, counts as room: a container whose cache had
    filled its limit got a cap of 1 MiB. A group path that is not under ``root`` (a
    container sees its host's path) is read at ``root`` itself."""
    groups: list[list[str]] = []
    with contextlib.suppress(OSError, ValueError), open(proc, encoding="utf-8") as f:
        groups = [ln.rstrip("\n").split(":", 2) for ln in f]
    for hierarchy, names, path in (g for g in groups if len(g) == 3):
        if hierarchy == "0" and not names:
            base, files = root, ("memory.max", "memory.current", "inactive_file")
        elif "memory" in names.split(","):
            base = f"{root}/memory"
            files = ("memory.limit_in_bytes", "memory.usage_in_bytes", "total_inactive_file")
        else:
            continue
        if Path(base + path).is_dir():
            base += path
        with contextlib.suppress(OSError, ValueError):
            room = _room(Path(base), *files)
            if room is not None:
                return room
    return None


def _room(group: Path, limit_file: str, used_file: str, cache_key: str) -> int | None:
    """The room left in a cgroup's folder (see :func:`_cgroup_room`); ``None``: no limit."""
    limit, used = (group.joinpath(name).read_text().strip() for name in (limit_file, used_file))
    if not limit.isdigit() or int(limit) >= 2**60:  # ("max", or v1's huge "no limit")
        return None
    cache = 0
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in group.joinpath("memory.stat").read_text().splitlines():
            key, _, value = line.partition(" ")
            if key == cache_key:
                cache = int(value)
    return max(int(limit) - int(used) + cache, 0)


def _address_room() -> int | None:
    """Bytes of address space the process may still map under ``ulimit -v`` (RLIMIT_AS), or
    ``None`` (no such limit)."""
    with contextlib.suppress(ImportError, OSError, ValueError, IndexError):
        import resource

        soft = resource.getrlimit(resource.RLIMIT_AS)[0]
        if soft == resource.RLIM_INFINITY:
            return None
        with open("/proc/self/statm", "rb") as f:
            mapped = int(f.read().split()[0]) * resource.getpagesize()
        return max(soft - mapped, 0)
    return None


def _memory_cap() -> int | None:
    """The largest document the free memory can clean, or ``None`` (unknown)."""
    free = _available_memory()
    return None if free is None else max(free // MEMORY_FACTOR, 2**20)


def _limit(max_bytes: int | None) -> int | None:
    """The size limit to read with: ``max_bytes`` (0 and None: none), lowered to what the
    free memory can clean (``--max-doc-mb 3000`` let a 2 GiB line in, whose cleaning then
    needed several times that)."""
    cap = _memory_cap()
    if cap is not None and (not max_bytes or cap < max_bytes):
        return cap
    return max_bytes if max_bytes else None


def _too_large(name: str, limit: int) -> DocumentTooLarge:
    free = _available_memory()
    if free is not None and limit == _memory_cap():
        return DocumentTooLarge(
            f"{name}: document larger than {limit / 2**20:.0f} MiB, the most that "
            f"{free / 2**20:.0f} MiB of free memory can clean (cleaning takes up to about "
            f"{MEMORY_FACTOR}x a document's size), whatever --max-doc-mb allows; split the "
            "document or free memory"
        )
    return DocumentTooLarge(f"{name}: document larger than {limit / 2**20:g} MiB (the size limit)")


def read_bytes(path: str, max_bytes: int | None = DEFAULT_MAX_DOC_BYTES) -> bytes:
    """The whole file (or stdin) as bytes, decompressed; more than ``max_bytes`` bytes (``0`` or
    ``None``: no limit) is a :class:`DocumentTooLarge` error, found after reading at most one
    byte more."""
    name = "<stdin>" if path == "-" else path
    limit = _limit(max_bytes)
    if limit is not None and path != "-" and _compression(path) is None:
        with contextlib.suppress(OSError):  # (refused before reading it; errors: on open)
            info = os.stat(path)
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise _too_large(name, limit)
    with open_binary(path) as f:
        try:
            data = f.read() if limit is None else _read_at_most(f, limit + 1)
        except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise InputError(f"{path}: cannot read ({exc})") from None
    if limit is not None and len(data) > limit:
        raise _too_large(name, limit)
    return data


def _read_at_most(f: IO[bytes], n: int, part_size: int = 16 * _CHUNK) -> bytes:
    """Up to ``n`` bytes of ``f``, read in parts of at most ``part_size`` bytes (16 MiB):
    ``f.read(n)`` reserves ``n`` bytes at once, which under an address-space limit
    (``ulimit -v``) failed with ``MemoryError`` for a file of a few bytes when ``n`` was large.
    The parts are joined before anything decodes them, so where they split the file (inside a
    character, a CRLF pair, a compressed member) changes nothing."""
    parts, left = [], n
    while left > 0 and (part := f.read(min(left, part_size))):
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def read_text(path: str, max_bytes: int | None = DEFAULT_MAX_DOC_BYTES) -> str:
    """The whole file (or stdin) as text (strict UTF-8, see :func:`decode_utf8`), bounded as
    :func:`read_bytes` is."""
    return decode_utf8(read_bytes(path, max_bytes), "<stdin>" if path == "-" else path)


_BOM = b"\xef\xbb\xbf"
#: records separated by lone CRs: "}" then "{" can follow each other in no JSON text
_CR_SEPARATED = re.compile(rb"\}[ \t]*\r+[ \t]*\{")


@dataclass(frozen=True)
class LineSpan:
    """Bytes ``start`` to ``end`` of an uncompressed file: whole lines, the first of them line
    ``lineno`` of the file (see :func:`line_spans`)."""

    start: int
    end: int
    lineno: int


def line_spans(path: str, group: int, min_bytes: int) -> Iterator[LineSpan]:
    r"""The uncompressed file ``path`` cut into spans of whole lines, lazily: each span holds a
    multiple of ``group`` lines and at least ``min_bytes`` bytes (the last one: what is left).
    Lines end at ``\n``, as :func:`iter_lines` reads them, so ``iter_lines(path, span=s)``
    over the spans gives what ``iter_lines(path)`` gives. The file is read in chunks, and the
    lines of a span's first ``min_bytes`` bytes are only counted (``bytes.count``), so this
    costs little next to cleaning the lines.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "f").write_bytes(b"a\nbb\n\nc\r\nd")
    ...     [(s.start, s.end, s.lineno) for s in line_spans(str(Path(d, "f")), 2, 0)]
    [(0, 5, 1), (5, 9, 3), (9, 10, 5)]
    """
    if _compression(path) is not None or path == "-":
        raise ValueError(f"{path}: only an uncompressed file can be cut into spans")
    start, first, lines = 0, 1, 0  # the span being read: its offset, first line, lines so far
    base = 0  # the offset of the chunk
    with open_binary(path) as f:
        while chunk := f.read(_CHUNK):
            pos = 0
            while True:
                # a line that ends before start + min_bytes cannot end the span: only counted
                cut = max(pos, start + min_bytes - base - 1)
                lines += chunk.count(b"\n", pos, cut)
                pos = min(cut, len(chunk))
                need, found = group - lines % group, 0  # line ends that complete a group
                while found < need and (end := chunk.find(b"\n", pos)) >= 0:
                    found, pos = found + 1, end + 1
                lines += found
                if found < need:
                    break
                yield LineSpan(start, base + pos, first)
                start, first, lines = base + pos, first + lines, 0
            base += len(chunk)
    if base > start:
        yield LineSpan(start, base, first)


class _Slice(io.RawIOBase):
    """The next ``size`` bytes of a binary file, as a file of their own."""

    def __init__(self, raw: IO[bytes], size: int) -> None:
        self._raw, self._left = raw, size

    @property
    def left(self) -> int:
        """The bytes of the slice not read (more than 0 at the file's end: it was cut)."""
        return self._left

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")[: self._left]
        n = self._raw.readinto(view) if len(view) else 0  # type: ignore[attr-defined]
        self._left -= n or 0
        return n or 0


def iter_lines(
    path: str, max_bytes: int | None = DEFAULT_MAX_DOC_BYTES, span: LineSpan | None = None
) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, raw line)`` pairs of a JSONL file; an over-long line comes back as
    ``None`` (``max_bytes`` ``0`` or ``None``: no limit). With ``span`` (of an uncompressed
    file, see :func:`line_spans`), the lines of that span only, numbered as in the whole file.

    An over-long line is dropped in chunks when the next line is asked for, so memory stays
    bounded by ``max_bytes`` and a caller that stops at the first error stops at once. A UTF-8
    BOM at the start of the file, or of any line (files joined by ``cat``), is dropped. Lines
    separated by lone CRs (old Mac line endings) are an :class:`InputError`: they would read
    as one line.
    """
    name = "<stdin>" if path == "-" else path
    with open_binary(path) as f:
        if span is None:
            yield from _lines(f, name, _limit(max_bytes), 1)
            return
        if _compression(path) is not None:
            raise ValueError(f"{path}: a span of a compressed file")
        f.seek(span.start)
        piece = _Slice(f, span.end - span.start)
        yield from _lines(io.BufferedReader(piece, _CHUNK), name, _limit(max_bytes), span.lineno)
        if piece.left:  # (the file was cut short after it was split into spans)
            raise InputError(
                f"{path}: shrank while it was read (truncated or rewritten): the output would "
                "miss its end; run again once it is written"
            )


def _lines(
    f: IO[bytes], name: str, limit: int | None, first: int
) -> Iterator[tuple[int, bytes | None]]:
    """The lines of ``f`` for :func:`iter_lines`, the first one numbered ``first``."""
    lineno = first - 1
    while True:
        lineno += 1
        # (limit + 2: a record of ``limit`` bytes and its CRLF is as whole as one with an LF)
        raw = f.readline() if limit is None else f.readline(limit + 2)
        if raw.startswith(_BOM):  # (any line's: files joined by ``cat`` have one at each)
            raw = raw[3:]
        if not raw:
            return
        if (
            limit is not None
            and len(raw) > limit
            and (not raw.endswith(b"\n") or len(raw.rstrip(b"\r\n")) > limit)
        ):
            yield lineno, None
            while not raw.endswith(b"\n") and (raw := f.readline(_CHUNK)):
                pass
            continue
        if b"\r" in raw and _CR_SEPARATED.search(raw):
            raise InputError(
                f"{name}:{lineno}: records separated by lone CR characters (old Mac line "
                "endings); convert them to LF first, e.g. tr '\\r' '\\n'"
            )
        yield lineno, raw


class JsonNumber(str):
    """A JSON integer kept as its text: one too long for ``int()`` to convert quickly (Python
    refuses more than 4,300 digits; converting is quadratic)."""


_MAX_INT_DIGITS = 4000


def _parse_int(text: str) -> int | JsonNumber:
    return int(text) if len(text) <= _MAX_INT_DIGITS else JsonNumber(text)


@dataclass
class JsonlRecord:
    """One JSONL line: its number (1-based), the parsed object, or the error that stopped it;
    ``line`` is the line's text, to write it back with only some members changed
    (:func:`replace_field`)."""

    lineno: int
    record: dict[str, Any] | None
    error: str | None = None
    line: str = ""
    #: the line is valid JSON but not a record to clean (no object, no string text field, a
    #: repeated top-level key): ``clean --skip-bad`` writes it through unchanged
    parsed: bool = False


def parse_jsonl_line(
    lineno: int,
    raw: bytes | None,
    name: str,
    text_field: str = "text",
    limit: int | None = DEFAULT_MAX_DOC_BYTES,
    unique: tuple[str, ...] = (),
) -> JsonlRecord:
    """Parse one JSONL line (``None``: a line that was over the size limit ``limit``).

    Integers longer than 4,000 digits stay text (:class:`JsonNumber`); floats out of range
    become ``inf`` here, but :func:`replace_field` writes every value back as it was.
    A record where ``text_field`` or a key of ``unique`` (one that is written) appears more
    than once at the top level is an error (``json.loads`` keeps the last value, and writing
    one value over every copy lost the others); other repeated keys are kept as they are.

    >>> parse_jsonl_line(1, b'{"text": "a", "text": "b"}', "f").error  # doctest: +ELLIPSIS
    "f:1: key 'text' appears more than once in the record (which value counts is ambiguous..."
    >>> parse_jsonl_line(1, b'{"k": 1, "k": 2, "text": "a"}', "f").error is None
    True
    """
    where = f"{name}:{lineno}"
    if raw is None:
        return JsonlRecord(lineno, None, str(_too_large(where, _limit(limit) or 0)))
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        error = _wide_line(where, raw) or f"{where}: not valid UTF-8 at byte {exc.start}"
        return JsonlRecord(lineno, None, error)
    repeated: list[str] = []  # the repeated keys of the object read last: the top level
    try:
        obj = json.loads(line, parse_int=_parse_int)
        if isinstance(obj, dict) and _may_repeat(line, (text_field, *unique)):
            obj = json.loads(line, parse_int=_parse_int, object_pairs_hook=_pairs(repeated))
    except json.JSONDecodeError as exc:
        error = _wide_line(where, raw) or f"{where}: invalid JSON ({exc.msg})"
        return JsonlRecord(lineno, None, error, line)
    except RecursionError:
        return JsonlRecord(lineno, None, f"{where}: invalid JSON (nested too deeply)", line)
    if not isinstance(obj, dict):
        return JsonlRecord(lineno, None, f"{where}: not a JSON object", line, parsed=True)
    ambiguous = [k for k in repeated if k == text_field or k in unique]
    if ambiguous:
        error = (
            f"{where}: key {ambiguous[0]!r} appears more than once in the record (which value "
            "counts is ambiguous; give each key once)"
        )
        return JsonlRecord(lineno, None, error, line, parsed=True)
    if text_field not in obj:
        error = f"{where}: missing field {text_field!r}"
        return JsonlRecord(lineno, obj, error, line, parsed=True)
    if not isinstance(obj[text_field], str) or isinstance(obj[text_field], JsonNumber):
        kind = _json_kind(obj[text_field])
        error = f"{where}: field {text_field!r} is {kind}, not a string"
        return JsonlRecord(lineno, obj, error, line, parsed=True)
    return JsonlRecord(lineno, obj, None, line)


#: an escape that may spell an ASCII character of a key (``"te\\u0078t"``, ``"a\\/b"``)
_ASCII_ESCAPE = re.compile(r"\\(?:u00[0-7]|/)")


def _may_repeat(line: str, keys: Iterable[str]) -> bool:
    """Whether one of ``keys`` may be a key of the JSON object ``line`` more than once: its
    quoted name is there twice, or the line holds an escape that could spell it. A quick test
    that may say yes wrongly (a value ``"text"``), never no wrongly; the parse that tells
    (:func:`_pairs`) costs half a parse more.

    >>> _may_repeat('{"text": "a", "id": 1}', ["text"])
    False
    >>> _may_repeat('{"te\\\\u0078t": 1, "type": "text"}', ["text"])
    True
    """
    for key in keys:
        if line.count(json.dumps(key, ensure_ascii=False)) > 1:
            return True
        if "\\" in line and (_ASCII_ESCAPE.search(line) or (not key.isascii() and "\\u" in line)):
            return True
    return False


def _pairs(repeated: list[str]) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """An ``object_pairs_hook`` that builds each object as ``json.loads`` does (the last
    value of a repeated key wins) and leaves in ``repeated`` the repeated keys of the object
    built last (for a whole line: its top level, which is closed last).

    >>> repeated: list[str] = []
    >>> json.loads('{"a": {"x": 1, "x": 2}, "b": 1, "b": 2}', object_pairs_hook=_pairs(repeated))
    {'a': {'x': 2}, 'b': 2}
    >>> repeated
    ['b']
    """

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        repeated.clear()
        if len(obj) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    repeated.append(key)
                seen.add(key)
        return obj

    return hook


def _wide_line(where: str, raw: bytes) -> str | None:
    """The error for a JSONL line that is UTF-16 or UTF-32 (a byte order mark, or NUL bytes,
    which UTF-8 JSON never holds unescaped), or ``None``. Asked only of lines that failed.

    >>> _wide_line("x:1", "\ufeff{}".encode("utf-16-le"))  # doctest: +ELLIPSIS
    'x:1: UTF-16 text (it starts with a byte order mark), not UTF-8: ... iconv -f UTF-16 -t UTF-8'
    """
    packed = _packed(where, raw)
    if packed:
        return packed
    wide = _wide_text(raw)
    if wide:
        return (
            f"{where}: {wide} text (it starts with a byte order mark), not UTF-8: convert it "
            f"first, e.g. iconv -f {wide} -t UTF-8"
        )
    if b"\x00" in raw:
        return (
            f"{where}: NUL bytes: UTF-16 or UTF-32 text (or binary data), not UTF-8 JSON: "
            "convert it first, e.g. iconv -f UTF-16 -t UTF-8"
        )
    return None


def _json_kind(value: object) -> str:
    """How JSON names the type of a decoded ``value``, for messages.

    >>> _json_kind(None), _json_kind([1]), _json_kind(True), _json_kind({})
    ('null', 'an array', 'a boolean', 'an object')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float, JsonNumber)):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def iter_jsonl(
    path: str, text_field: str = "text", max_bytes: int | None = DEFAULT_MAX_DOC_BYTES
) -> Iterator[JsonlRecord]:
    """Parse JSONL lazily; bad lines come back with ``error`` set (the caller decides).

    Blank lines are skipped; line numbers count every line of the file. A line longer than
    ``max_bytes`` (``0`` or ``None``: no limit) is an error record.
    """
    name = "<stdin>" if path == "-" else path
    for lineno, raw in iter_lines(path, max_bytes):
        if raw is None or raw.strip():
            yield parse_jsonl_line(lineno, raw, name, text_field, max_bytes)


def json_string(text: str) -> str:
    """``text`` as a JSON string: UTF-8 as is, lone surrogates as escapes, and so are the
    line and paragraph separators U+2028 and U+2029 (:func:`_separators_escaped`).

    >>> json_string("é"), json_string(chr(0xD800)), json_string("a" + chr(0x2028))
    ('"é"', '"\\\\ud800"', '"a\\\\u2028"')
    """
    return _dumped(text)


def _dumped(value: object) -> str:
    """``value`` as JSON (:func:`json_string`, :func:`jsonl_dumps`): UTF-8 as is, but lone
    surrogates, U+2028 and U+2029 as escapes."""
    out = json.dumps(value, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value)
    return _separators_escaped(out)


def _separators_escaped(json_text: str) -> str:
    """``json_text`` (JSON that ``json.dumps`` wrote) with U+2028 and U+2029 written as
    escapes. Raw, they are valid JSON, but ``str.splitlines()`` (and JavaScript before
    ES2019) breaks a line at them, so a reader that splits the output that way cut a record
    in two; outside strings ``json.dumps`` writes neither, so the text is the same JSON."""
    if "\u2028" in json_text or "\u2029" in json_text:
        return json_text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return json_text


def replace_field(item: JsonlRecord, field: str, value: str) -> str:
    r"""The line of ``item`` with its top-level ``field`` set to the string ``value`` and
    everything else as it was, byte for byte (numbers, key order, repeated keys, spacing);
    the line ending is kept (a last line without one gets none: the file keeps its shape).

    >>> item = parse_jsonl_line(1, b'{"big": 1e400, "text": "a  b", "e": 1E5}\r\n', "f")
    >>> replace_field(item, "text", "a b")
    '{"big": 1e400, "text": "a b", "e": 1E5}\r\n'
    >>> replace_field(parse_jsonl_line(9, b'{"text": "a  b"}', "f"), "text", "a b")
    '{"text": "a b"}'
    """
    body = item.line.rstrip("\r\n")
    ending = item.line[len(body) :]
    line = set_members(body, {field: json_string(value)})
    if line is None:  # not reached for a line that parsed; re-encoding is the safe fallback
        assert item.record is not None
        line = jsonl_dumps({**item.record, field: value})
    return line + ending


_START = re.compile(r"[ \t\n\r]*\{[ \t\n\r]*(\}?)")  # an object's "{", and "}" if it is empty
_KEY = re.compile(r'("(?:[^"\\]|\\.)*")[ \t\n\r]*:[ \t\n\r]*')  # a key, up to its value
_NEXT = re.compile(r"[ \t\n\r]*([,}])[ \t\n\r]*")  # after a value: the next key or the end
#: ``(value, end)`` of the JSON value at ``i`` (the C scanner behind ``json.loads``)
#: (numbers stay text: only the end of each value is used, and a huge integer must not raise)
_SCAN: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder(parse_int=str, parse_float=str)  # type: ignore[arg-type]  # typeshed
)


def _members(line: str) -> tuple[list[tuple[str, int, int]], int] | None:
    r"""The top-level members of ``line`` (one JSON object, perhaps with text after it), as
    they are written there: each member's name (in order, a repeated key every time) with the
    span of its value, and where the object's closing ``}`` stands. ``None`` if ``line`` does
    not start with one JSON object. The one scanner of :func:`set_members` and
    :func:`member_json`: nothing is decoded but the names.

    >>> _members('{"id": 1e400, "t": {"id": 2}} x')
    ([('id', 7, 12), ('t', 19, 28)], 28)
    >>> _members('{ }'), _members('{"a": 1,}'), _members('[1]')
    (([], 2), None, None)
    """
    start = _START.match(line)
    if start is None:
        return None
    members: list[tuple[str, int, int]] = []
    i = start.end()
    if start.group(1):
        return members, i - 1  # an empty object's "}"
    while True:
        key = _KEY.match(line, i)
        if key is None:
            return None
        try:
            end = _SCAN(line, key.end())[1]
        except (StopIteration, RecursionError, ValueError):
            return None
        name = key.group(1)
        members.append((json.loads(name) if "\\" in name else name[1:-1], key.end(), end))
        nxt = _NEXT.match(line, end)
        if nxt is None:
            return None
        if nxt.group(1) == "}":
            return members, line.rindex("}", end, nxt.end())
        i = nxt.end()


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
    scanned = _members(line)
    if scanned is None:
        return None
    members, close = scanned
    if line[close + 1 :].strip(" \t\n\r"):
        return None  # something after the object
    out: list[str] = []
    last, found = 0, set()
    for name, value_start, value_end in members:
        if name in values:
            out += [line[last:value_start], values[name]]
            last = value_end
            found.add(name)
    missing = [f"{json.dumps(k)}: {v}" for k, v in values.items() if k not in found]
    head = line[last:close].rstrip(" \t\n\r")
    if missing:
        head += (", " if members else "") + ", ".join(missing)
    return "".join([*out, head, "}"])


def looks_like_jsonl(data: bytes, lines: int = 3) -> bool:
    """Whether ``data`` reads as JSONL: each of its first ``lines`` lines that are not blank
    (all of them, if fewer) is a JSON object. Text that is cleaned as one document but reads
    so (JSONL piped to stdin without ``--format jsonl``) is most likely a mistake.

    >>> looks_like_jsonl(b'{"text": "a"}\\n\\n{"text": "b"}\\n'), looks_like_jsonl(b'{"a": 1}')
    (True, True)
    >>> looks_like_jsonl(b'{"text": "a"}\\n{ is how a block opens\\n'), looks_like_jsonl(b"[1]")
    (False, False)
    """
    if data.lstrip()[:1] != b"{":
        return False
    seen = 0
    for line in data.split(b"\n", lines * 4):
        if not line.strip():
            continue
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except (ValueError, RecursionError):  # (invalid JSON or UTF-8: no JSONL)
            return False
        seen += 1
        if seen == lines:
            break
    return seen > 0


def member_json(line: str, name: str) -> str | None:
    r"""The JSON text of the top-level member ``name`` of ``line`` (one JSON object) as it is
    written there (the last copy of a repeated key, as ``json.loads`` reads it): numbers such
    as ``1e400`` or ``1.50`` stay as written. ``None`` if it is missing or ``line`` is not one
    JSON object.

    >>> member_json('{"id": 1e400, "t": {"id": 2}}', "id"), member_json('{"id": 1.50}', "t")
    ('1e400', None)
    >>> member_json('{"id": "a", "id" : [1, 2] }', "id")
    '[1, 2]'
    """
    scanned = _members(line)
    if scanned is None:
        return None
    written = (line[start:end] for key, start, end in reversed(scanned[0]) if key == name)
    return next(written, None)


def jsonl_dumps(record: dict[str, Any]) -> str:
    """One JSONL line (no newline): UTF-8 as is, but lone surrogates, U+2028 and U+2029 as
    JSON escapes."""
    return _dumped(record)


OUTPUT_MARKER = ".cleantext-output"
"""The hidden file that marks an output directory cleantext made inside its input tree."""


def slash_hint(pattern: str) -> str:
    """A hint for a file pattern that failed and holds a backslash where folders are parted by
    ``/`` (a Windows habit: ``'sub\\*.txt'``); empty otherwise.

    >>> slash_hint("sub/*.txt")
    ''
    """
    if "\\" not in pattern or os.sep != "/":
        return ""
    slashed = pattern.replace("\\", "/")
    return f"; write a pattern's folders with / ({slashed})"


def iter_files(
    root: str | Path,
    pattern: str = "**/*",
    exclude: Path | None = None,
    *,
    follow_symlinks: bool = False,
    outside: list[Path] | None = None,
    earlier: list[Path] | None = None,
    special: list[tuple[Path, str]] | None = None,
) -> list[Path]:
    """Files under ``root`` matching ``pattern`` (recursive with ``**``), sorted.

    Hidden files and directories (names starting with ``.``, such as the temporary files of an
    interrupted run) are left out, and so is everything under ``exclude`` (the output folder)
    and under a folder below ``root`` holding :data:`OUTPUT_MARKER` (an earlier run's output
    folder; appended to ``earlier``, if given).
    A file reached again through a symlink (a loop, say) is listed once. A symlink that leads
    outside ``root`` is left out (and appended to ``outside``, if given) unless
    ``follow_symlinks``. A matched path that is no regular file (a FIFO, a socket, a device,
    a dangling symlink or a loop, a folder the pattern names like a file: :func:`special_kind`)
    is left out and appended to ``special`` with what it is, if given. A pattern must stay
    inside ``root`` (no absolute path, no ``..``).

    >>> iter_files(".", "../*")
    Traceback (most recent call last):
    ...
    cleantext.errors.PatternError: '../*': give a file pattern relative to ., without '..'
    """
    base = Path(root)
    parts = Path(pattern).parts  # (none for '' and '.')
    if not parts or Path(pattern).is_absolute() or ".." in parts:
        raise PatternError(f"{pattern!r}: give a file pattern relative to {base}, without '..'")
    skip = exclude.resolve() if exclude is not None else None
    top = base.resolve()
    out = []
    try:
        found = list(base.glob(pattern))
    except (ValueError, NotImplementedError) as exc:
        raise PatternError(f"file pattern {pattern!r}: {exc}{slash_hint(pattern)}") from None
    except RecursionError:  # (pathlib matches a folder level a call deeper)
        raise PatternError(f"file pattern {pattern!r}: too many folder levels") from None
    seen: set[Path] = set()
    marked = _Marked(base, earlier)
    for p in sorted(found, key=lambda q: (len(q.parts), q)):  # shortest path first
        rel = p.relative_to(base)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if not p.is_file():
            kind = None if special is None else special_kind(p, pattern)  # (None: a folder)
            if (
                special is not None
                and kind is not None
                and not marked.under(rel)
                and (skip is None or not p.parent.resolve().is_relative_to(skip))
            ):
                special.append((p, kind))  # (one inside the output folder is not left out)
            continue
        real = p.resolve()
        if real in seen or (skip is not None and real.is_relative_to(skip)):
            continue  # reached again through a symlink, or inside the output folder
        if marked.under(rel):
            continue  # an earlier run's output folder
        if not follow_symlinks and not real.is_relative_to(top):
            if outside is not None:
                outside.append(p)
            continue
        seen.add(real)
        out.append(p)
    if special is not None and "**" in parts:
        special.extend(_unreadable_folders(base, skip, marked))
    return sorted(out)


def _unreadable_folders(base: Path, skip: Path | None, marked: _Marked) -> list[tuple[Path, str]]:
    """The folders under ``base`` (not hidden, not the output or an earlier run's, no symlink
    followed) that cannot be listed, each with why: a recursive glob passes over them without a
    word (a folder without read permission hid its files from a run, which said nothing).
    Each folder is looked at once, its real path built from its parent's (no resolve per
    folder: a tree 300 folders deep took 0.3 s)."""
    found: list[tuple[Path, str]] = []
    stack: list[tuple[Path, Path, tuple[str, ...]]] = [(base, base.resolve(), ())]
    while stack:
        folder, real, parts = stack.pop()
        try:
            with os.scandir(folder) as entries:
                names = [e.name for e in entries if e.is_dir(follow_symlinks=False)]
            if parts and marked.folder(parts):
                continue  # an earlier run's output folder
        except OSError as exc:
            why = f"a folder that cannot be listed ({exc.strerror or 'cannot be read'})"
            found.append((folder, f"{why}: its files are left out"))
            continue
        for name in names:
            if not name.startswith(".") and real / name != skip:
                stack.append((folder / name, real / name, (*parts, name)))
    return sorted(found)


def special_kind(path: Path, pattern: str = "**/*") -> str | None:
    """What ``path``, which is no regular file, is, for the note that leaves it out of a
    directory run; ``None`` for a folder when ``pattern`` picks any name (``*``): its files
    are listed themselves.

    >>> special_kind(Path("/dev/null")), special_kind(Path("/nonexistent/x.txt"))
    ('a device, not a regular file', 'No such file or directory')
    >>> special_kind(Path("/"), "**/*"), special_kind(Path("/"), "**/*.txt")
    (None, 'a folder, not a file (its files are read only if the pattern names them)')
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        why = exc.strerror or "cannot be read"
        return f"a symlink that leads nowhere ({why})" if path.is_symlink() else why
    if stat.S_ISDIR(mode):
        last = Path(pattern).name
        if last in ("*", "**"):
            return None
        return "a folder, not a file (its files are read only if the pattern names them)"
    for test, what in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    ):
        if test(mode):
            return f"{what}, not a regular file"
    return "not a regular file"


class _Marked:
    """Which folders below a root are cleantext's output folders (one look per folder)."""

    def __init__(self, base: Path, found: list[Path] | None) -> None:
        self.base, self.found = base, found
        self.known: dict[tuple[str, ...], bool] = {}

    def under(self, rel: Path) -> bool:
        """Whether the file ``rel`` (relative to the root) is inside a marked folder."""
        parts = rel.parts[:-1]
        return any(self.folder(parts[: k + 1]) for k in range(len(parts)))

    def folder(self, parts: tuple[str, ...]) -> bool:
        """Whether the folder ``parts`` (relative to the root) is itself a marked one."""
        if parts not in self.known:
            folder = self.base.joinpath(*parts)
            self.known[parts] = is_output_dir(folder)
            if self.known[parts] and self.found is not None:
                self.found.append(folder)
        return self.known[parts]


def is_output_dir(folder: Path) -> bool:
    """Whether ``folder`` holds :data:`OUTPUT_MARKER` (cleantext made it as an output)."""
    return (folder / OUTPUT_MARKER).is_file()


def mark_output_dir(root: Path, outdir: Path) -> None:
    """Mark ``outdir`` (which exists) as cleantext's when it lies inside the input ``root``:
    later runs leave it out of their inputs and may write it again."""
    if not _inside(outdir, root) or is_output_dir(outdir):
        return
    mark = outdir / OUTPUT_MARKER
    try:  # (never through a symlink; a run in parallel may make it first)
        fd = os.open(mark, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)
    except FileExistsError:
        if is_output_dir(outdir) and not mark.is_symlink():
            return
        raise InputError(
            f"{mark} is not a file (a folder or a symlink), so {outdir} cannot be marked as "
            "cleantext's output folder; remove it or give another output directory"
        ) from None
    except OSError as exc:  # a read-only folder
        raise _write_error(mark, exc) from None
    try:  # (a marker half written is none: it would pass the folder as cleantext's)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(
                "This folder was written by cleantext: cleantext runs over a folder holding it "
                "leave it out of their inputs.\n"
            )
    except OSError as exc:  # a full disk
        with contextlib.suppress(OSError):
            os.unlink(mark)
        raise _write_error(mark, exc) from None


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return os.path.realpath(a) == os.path.realpath(b)


def _special(p: Path) -> bool:
    """A device or a FIFO (writing there twice, or reading it while writing, loses nothing)."""
    try:
        mode = p.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _inside(inner: Path, outer: Path) -> bool:
    return Path(os.path.realpath(inner)).is_relative_to(os.path.realpath(outer))


def check_tree_outputs(
    root: Path,
    outdir: Path,
    inputs: Iterable[Path],
    written: Iterable[str | os.PathLike[str] | None] = (),
) -> None:
    """Refuse a directory run that would overwrite a file it does not mean to: another
    output (``written``: the report) that is one of the ``inputs`` (the tree's files, under
    ``root``) or one of their mirrored outputs, or an output folder inside ``root`` that holds
    a file no file of ``root`` is mirrored to (the folder is left out of the inputs, so such a
    file is part of the input tree, not an earlier run's output, and would be overwritten
    unread). Raises :class:`InputError`; call it before anything is written.
    """
    files = list(inputs)
    outs = [Path(os.fspath(w)) for w in written if w is not None and os.fspath(w) != "-"]
    for out in outs:
        if _special(out):
            continue
        src = next((f for f in files if _same(out, f)), None) if out.exists() else None
        if src is not None:
            raise InputError(f"{out}: this output would overwrite the input {src}")
        if _inside(out, outdir) and _mirrored(root, outdir, out) in set(files):
            raise InputError(f"{out}: two outputs are the same file")
    _check_nested_outdir(root, outdir, outs)


def _mirrored(root: Path, outdir: Path, out: Path) -> Path:
    """The file of ``root`` whose output is ``out`` (a path inside ``outdir``)."""
    return root / Path(os.path.realpath(out)).relative_to(os.path.realpath(outdir))


def _check_nested_outdir(root: Path, outdir: Path, written: list[Path]) -> None:
    real_out, real_root = Path(os.path.realpath(outdir)), Path(os.path.realpath(root))
    if not outdir.is_dir() or not real_out.is_relative_to(real_root):
        return
    ours = is_output_dir(outdir)
    for f in sorted(real_out.rglob("*")):
        rel = f.relative_to(real_out)
        if any(part.startswith(".") for part in rel.parts) or not f.is_file():
            continue  # (temporary files of an interrupted run are hidden)
        if not ours and not any(_same(f, w) for w in written):
            raise InputError(
                f"{outdir}: this output directory inside {root} holds {outdir / rel} and was "
                f"not written by cleantext (it has no {OUTPUT_MARKER} file), so its files "
                "would be overwritten unread; give a new or empty output directory"
            )
        if not (real_root / rel).is_file() and not any(_same(f, w) for w in written):
            raise InputError(
                f"{outdir}: this output directory inside {root} holds {outdir / rel}, which "
                f"is no output of a file of {root} (a folder of the input, whose files would "
                "be overwritten unread?); give a new or empty output directory"
            )


def check_distinct(
    inputs: Iterable[str | os.PathLike[str] | None],
    outputs: Iterable[str | os.PathLike[str] | None],
) -> None:
    """Refuse outputs that would overwrite an input or each other: the same path, the same
    file through a symlink or a hard link, or (for an output directory) a directory that holds
    an input. ``None`` and ``-`` (stdin, stdout) and special files (``/dev/null``, FIFOs) are
    not compared. Raises :class:`InputError`; call it before anything is written.

    An index or a state file that a command both reads and writes counts as an input here.

    >>> check_distinct(["a.jsonl"], ["out.jsonl", "report.json"])
    >>> check_distinct(["a.jsonl"], ["./a.jsonl"])
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: ./a.jsonl: this output would overwrite the input a.jsonl
    >>> check_distinct([], ["r.json", "r.json"])
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: r.json: two outputs are the same file
    """
    ins = [os.fspath(p) for p in inputs if p is not None and os.fspath(p) != "-"]
    outs = [os.fspath(p) for p in outputs if p is not None and os.fspath(p) != "-"]
    for k, out in enumerate(outs):
        o = Path(out)
        if _special(o):
            continue
        for src in ins:
            s = Path(src)
            if _same(o, s) or (o.is_dir() and s.exists() and _inside(s, o)):
                raise InputError(f"{out}: this output would overwrite the input {src}")
        if any(_same(o, Path(other)) for other in outs[:k]):
            raise InputError(f"{out}: two outputs are the same file")


def check_report_apart(output: str | None, report: str | None) -> None:
    """Refuse ``--report -`` when the output goes to standard output too: the report's JSON
    was written after the last line of the output, into the same stream (a JSONL output got
    lines that are no records).

    >>> check_report_apart("out.jsonl", "-"), check_report_apart(None, None)
    (None, None)
    >>> check_report_apart(None, "-")
    Traceback (most recent call last):
    ...
    cleantext.errors.InputError: --report - and the output both go to standard output: ...
    """
    if report == "-" and output in (None, "-"):
        raise InputError(
            "--report - and the output both go to standard output: give one of them a file "
            "(-o FILE or --report FILE)"
        )


def is_stdout(path: str | os.PathLike[str] | None, stream: IO[str] | None = None) -> bool:
    """Whether ``path`` is the regular file that standard output (``stream``, default
    ``sys.stdout``) writes to, as in ``cleantext ... > path``; ``-`` and ``None`` never are.

    >>> is_stdout("-"), is_stdout(None), is_stdout("no/such/file")
    (False, False, False)
    """
    if path is None or os.fspath(path) == "-":
        return False
    stream = sys.stdout if stream is None else stream
    try:
        out = os.fstat(stream.fileno())
        return stat.S_ISREG(out.st_mode) and os.path.samestat(os.stat(path), out)
    except (AttributeError, OSError, ValueError):  # no descriptor (a StringIO), no such file
        return False


def _stdin_is_stdout(stream: IO[str] | None = None) -> bool:
    """Whether standard input and output (``stream``) are the same regular file, as in
    ``cleantext clean < page.txt > page.txt`` (``cat`` refuses it: "input file is output
    file")."""
    stream = sys.stdout if stream is None else stream
    try:
        out, into = os.fstat(stream.fileno()), os.fstat(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):  # (no descriptor: a StringIO, a closed one)
        return False
    return stat.S_ISREG(out.st_mode) and os.path.samestat(into, out)


def check_stdout_distinct(
    inputs: Iterable[str | os.PathLike[str] | None], stream: IO[str] | None = None
) -> None:
    """Refuse a standard output that is one of the ``inputs``: in ``cleantext clean page.txt >
    page.txt`` the shell empties the file before the command starts, so the input would read
    as empty and the output be empty too (with ``>>`` it would be read while it grows). Only
    a regular file is compared, as ``cat`` does. Raises :class:`InputError`; call it before
    anything is read.
    """
    for p in inputs:
        if p is not None and is_stdout(p, stream):
            raise InputError(
                f"{os.fspath(p)}: standard output is this input file (a shell `>` has already "
                "emptied it, `>>` would make it grow while it is read); write the output to "
                "another file"
            )
        if p is not None and os.fspath(p) == "-" and _stdin_is_stdout(stream):
            raise InputError(
                "standard input and standard output are the same file (a shell `>` has "
                "already emptied it, `>>` would make it grow while it is read); write the "
                "output to another file"
            )


_TMP_PID = re.compile(r"\.(\d+)\.[^.]+\.tmp\Z")


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` is running (another user's process counts as running).

    >>> process_alive(os.getpid())
    True
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): alive
        return True
    return True


def remove_stale_temps(target: Path) -> int:
    """Remove the temporary files that :func:`atomic_output` left for ``target`` in runs that
    were killed (their process is gone), and the folders of parts :func:`output_parts` left;
    returns how many. Both are named ``.NAME.PID.RANDOM.tmp``."""
    removed = 0
    directory = target.parent if str(target.parent) else Path(".")
    for tmp in directory.glob(glob.escape(f".{target.name}.") + "*.tmp"):
        m = _TMP_PID.search(tmp.name[len(target.name) + 1 :])
        if m is None or int(m.group(1)) == os.getpid() or process_alive(int(m.group(1))):
            continue
        with contextlib.suppress(OSError):
            if tmp.is_dir() and not tmp.is_symlink():
                shutil.rmtree(tmp)
            else:
                tmp.unlink()
            removed += 1
    return removed


def _write_error(path: str | Path, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write ({exc.strerror or exc})")


class _Checked(io.RawIOBase):
    """Writes to a file descriptor; a failed write (disk full, say) is an :class:`OutputError`."""

    def __init__(self, fd: int, name: str) -> None:
        self._fd, self._name = fd, name
        self.discard = False  # after a failure: buffers still flushed on close go nowhere

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.discard:
            return len(data)
        try:
            return os.write(self._fd, data)
        except OSError as exc:
            raise _write_error(self._name, exc) from None

    def send(self, src: IO[bytes]) -> None:
        """Append the rest of the file ``src``, copied by the kernel (Linux ``sendfile``)."""
        offset, size = src.tell(), os.fstat(src.fileno()).st_size
        while offset < size and not self.discard:
            try:
                sent = os.sendfile(self._fd, src.fileno(), offset, size - offset)
            except OSError as exc:
                raise _write_error(self._name, exc) from None
            if not sent:
                break  # the file shrank meanwhile
            offset += sent

    def fsync(self) -> None:
        try:
            os.fsync(self._fd)
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.EROFS, errno.ENOTSUP):
                raise _write_error(self._name, exc) from None  # EINVAL: a pipe or a device


@contextlib.contextmanager
def _encoded(fd: int, name: str, path: str, sync: bool = True) -> Iterator[IO[str]]:
    """A UTF-8 text stream onto ``fd``, compressed by the extension of ``path``; finished
    (and synced, if ``sync``) when the block ends without error; ``fd`` is closed at the end,
    whatever happened."""
    try:
        raw = _Checked(fd, name)
        buffered = io.BufferedWriter(raw, _CHUNK)
        kind = _compression(path)
        sink: IO[bytes]
        if kind == "gz":
            sink = gzip.GzipFile(  # type: ignore[assignment]
                filename=_strip_compression(Path(path).name), fileobj=buffered, mode="wb"
            )
        elif kind == "zst":
            sink = _zstd().ZstdCompressor().stream_writer(buffered, closefd=False)
        else:
            sink = buffered
        text = io.TextIOWrapper(sink, encoding="utf-8", newline="")
        try:
            yield text
            text.flush()
            if sink is buffered:
                text.detach()
            else:
                text.close()  # finishes the compressed stream; the buffered writer stays open
            buffered.flush()
            if sync:
                raw.fsync()
        except BaseException:
            raw.discard = True
            raise
    finally:
        os.close(fd)


@contextlib.contextmanager
def _to_stdout() -> Iterator[IO[str]]:
    try:
        yield sys.stdout
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS):
            raise
        raise _write_error("<stdout>", exc) from None


#: the signals :func:`signals_held` holds: Ctrl-C, SIGTERM and a hangup
_HELD_SIGNALS = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait until the block ends (then they are handled): for steps
    that a handler's exception must not split, such as creating a temporary file and noting
    its name for the clean-up. Outside the main thread, and without signal masks (Windows),
    nothing is held.

    The mask alone did not hold them: it is the main thread's, and a signal sent to the process
    went to another thread (numpy's OpenBLAS starts one), whose C handler had the main thread
    run the Python handler at its next bytecode, inside the block; so did a signal that came
    just before the mask. The Python handlers are swapped too, for one that notes the signal
    (:func:`_noting`); the signals noted are raised again when the block ends."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield
        return
    noted: list[int] = []
    previous = _noting(noted)
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    for signum in noted:  # (after the handlers are back: each runs as if it came now)
        signal.raise_signal(signum)


def _noting(noted: list[int]) -> dict[int, Any]:
    """Give each held signal that has a Python handler one that appends it to ``noted`` (once);
    returns the handlers replaced. A signal already pending runs its own handler before the
    swap, or this one after it (then it is noted)."""

    def note(signum: int, frame: object) -> None:
        if signum not in noted:
            noted.append(signum)

    previous: dict[int, Any] = {}
    try:
        for signum in sorted(_HELD_SIGNALS):
            handler = signal.getsignal(signum)
            if callable(handler):
                previous[signum] = handler
                signal.signal(signum, note)
    except BaseException:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        raise
    return previous


def check_output_path(path: str | os.PathLike[str], probe: bool = False) -> Path:
    """The file that :func:`atomic_output` would write for ``path`` (a symlink's target), or
    the :class:`OutputError` it would raise for it: a folder, a name ending in ``/``, a folder
    that does not exist, and, with ``probe``, one where no file can be made (a temporary file
    is made and removed: read-only, full). Call it with ``probe`` for each output that is
    written after others before a run starts (``--report``): a report refused at the end of a
    run came after its output was replaced and its index committed, so the run failed but the
    rerun found every document already seen and wrote an empty output.

    >>> check_output_path("/no/such/folder/r.json")
    Traceback (most recent call last):
    ...
    cleantext.io.OutputError: /no/such/folder/r.json: directory /no/such/folder does not exist
    >>> check_output_path("out.jsonl.bz2")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.io.OutputError: out.jsonl.bz2: cleantext writes .gz and .zst, not .bz2: write ...
    """
    target = Path(os.path.realpath(path))  # a symlink's file is replaced, not the link
    if target.is_dir():
        raise OutputError(f"{os.fspath(path)}: is a directory")
    if os.fspath(path).lower().endswith(_NOT_WRITTEN):  # (was written as plain text)
        name = os.fspath(path)
        raise OutputError(
            f"{name}: cleantext writes .gz and .zst, not {name[name.rfind('.') :]}: write the "
            "plain file and compress it, or name the output .gz or .zst"
        )
    if os.fspath(path).endswith(("/", os.sep)):  # `-o new/` asks for a directory, not a file
        raise OutputError(f"{os.fspath(path)}: not a directory (give a file name)")
    if _special(target):
        return target
    if not target.parent.is_dir():
        raise OutputError(f"{os.fspath(path)}: directory {Path(path).parent} does not exist")
    if probe:
        try:
            with signals_held():  # (as for atomic_output's temporary file)
                fd, tmp = _new_temp_file(target.parent, target.name)
                os.close(fd)
                os.unlink(tmp)
        except OSError as exc:
            raise _write_error(os.fspath(path), exc) from None
    return target


@contextlib.contextmanager
def atomic_output(
    path: str | None, staged: Callable[[str, str], None] | None = None
) -> Iterator[IO[str]]:
    """A text stream that replaces ``path`` only when the block finishes without error.

    ``None`` or ``-`` writes to stdout. Compression follows the extension (.gz, .zst).
    A regular file is written to a temporary file next to it (``.NAME.PID.RANDOM.tmp``, synced)
    and renamed over it, so an interrupted run never leaves a half-written file in place of a
    good one; temporary files of killed runs are removed first. A symlink is followed: the
    file it points to is replaced and the link stays. A device or a FIFO (``/dev/null``, a
    named pipe) is written directly, never replaced. A failed write (disk full, read-only
    folder) is an :class:`OutputError`.

    ``staged(temporary, target)``, if given, is called once the temporary file is complete and
    synced, just before it is renamed to ``target`` (the file ``path`` names), with the three
    signals of :func:`signals_held` held until the rename is durable (its folder synced): to
    commit an index that notes that file (``cleantext dedup --index``). It is not called for
    stdout, devices and FIFOs, which are written directly.
    """
    if path is None or path == "-":
        with _to_stdout() as out:
            yield out
        return
    target = check_output_path(path)
    if _special(target):
        try:
            fd = os.open(target, os.O_WRONLY)
        except OSError as exc:
            raise _write_error(path, exc) from None
        with _encoded(fd, str(path), str(path)) as out:
            yield out
        return
    directory = target.parent
    remove_stale_temps(target)
    ok = False
    tmp = None
    try:
        try:
            with signals_held():  # (a stop between its creation and ``tmp =`` left the file)
                fd, tmp = _new_temp_file(directory, target.name)
        except OSError as exc:
            raise _write_error(path, exc) from None
        with _encoded(fd, str(path), str(path)) as out:
            yield out
        try:
            if target.exists():  # (a new file keeps the mode of its creation: the umask's)
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            if staged is None:
                os.replace(tmp, target)
            else:
                with signals_held():
                    staged(tmp, str(target))
                    os.replace(tmp, target)
                    _sync_folder(directory)
        except OSError as exc:
            raise _write_error(path, exc) from None
        ok = True
    finally:
        if not ok and tmp is not None:
            try:  # noqa: SIM105 (suppress() runs Python code first, where a handler may stop)
                os.unlink(tmp)
            except OSError:
                pass


#: flags of :func:`_new_temp_file`: never through a symlink, binary on Windows
_TEMP_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOINHERIT", 0)
)


def _new_temp_file(directory: str | os.PathLike[str], name: str) -> tuple[int, str]:
    """Create ``.NAME.PID.RANDOM.tmp`` in ``directory`` for writing: its descriptor and path.

    Its mode is the one ``open()`` gives a new file, 0o666 less the umask (``umask 077``:
    0o600, ``umask 002``: 0o664), so that the output renamed from it has it too. (Made by
    ``tempfile.mkstemp``, it was 0o600, then set to 0o644 whatever the umask: ``umask 077``
    gave world-readable outputs.)

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     fd, path = _new_temp_file(folder, "out.jsonl")
    ...     os.close(fd)
    ...     print(os.path.basename(path).startswith(f".out.jsonl.{os.getpid()}."), path[-4:])
    True .tmp
    """
    for _ in range(100):
        path = os.path.join(directory, f".{name}.{os.getpid()}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(path, _TEMP_FLAGS, 0o666), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", os.fspath(directory))


def _sync_folder(directory: Path) -> None:
    """Make the renames in ``directory`` durable (where the file system can)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EROFS, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Parts:
    """A temporary folder where worker processes write the parts of one output, each under a
    key, for this process to append them to the output in order (:func:`output_parts`).
    It pickles (a worker gets it with its task); ``name`` is the output, named in errors."""

    folder: str
    name: str

    def path(self, key: str) -> str:
        """The file of the part ``key``."""
        return os.path.join(self.folder, f"{key}.part")

    @contextlib.contextmanager
    def writer(self, key: str) -> Iterator[IO[str]]:
        """A text stream onto the new part ``key``: UTF-8, uncompressed, not synced (the part
        goes into the output, which is). A failed write is an :class:`OutputError`."""
        try:
            fd = os.open(self.path(key), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise _write_error(self.name, exc) from None
        with _encoded(fd, self.name, self.path(key), sync=False) as out:
            yield out

    def append_to(self, out: IO[str], key: str) -> None:
        """Append the part ``key`` to ``out`` (a stream of :func:`atomic_output`), then remove
        it. An uncompressed output file gets the bytes from the kernel (Linux), so this
        process does not read them; a compressed one gets them through its text layer, as if
        written there."""
        path = self.path(key)
        buffer = getattr(out, "buffer", None)
        if isinstance(buffer, io.BufferedWriter):  # a plain file, stdout: flushing is harmless
            out.flush()
            with open(path, "rb") as src:
                if isinstance(buffer.raw, _Checked) and sys.platform.startswith("linux"):
                    buffer.raw.send(src)
                else:
                    shutil.copyfileobj(src, buffer, _CHUNK)
        else:  # (a compressed stream must not be flushed: that would change its bytes)
            with open(path, encoding="utf-8", newline="") as text:
                shutil.copyfileobj(text, out, _CHUNK)
        os.unlink(path)


@contextlib.contextmanager
def output_parts(output: str | None) -> Iterator[Parts]:
    """A temporary folder for the :class:`Parts` of ``output``, removed with its parts when
    the block ends, whatever happens. It is next to the output file (``.NAME.PID.RANDOM.tmp``,
    like the temporary file of :func:`atomic_output`, so a run killed with ``kill -9`` leaves
    it for :func:`remove_stale_temps`), or in the system's temporary folder for stdout (``None``
    or ``-``) and special files.

    >>> with output_parts(None) as parts:
    ...     with parts.writer("a") as w:
    ...         _ = w.write("one\\n")
    ...     out = io.StringIO()
    ...     parts.append_to(out, "a")
    >>> out.getvalue(), os.path.exists(parts.folder)
    ('one\\n', False)
    """
    stdout = output is None or output == "-"
    name = "<stdout>" if stdout else str(output)
    target = None if stdout else Path(os.path.realpath(str(output)))
    folder = None
    try:
        try:
            with signals_held():  # (as for atomic_output's temporary file)
                if target is None or _special(target):
                    folder = tempfile.mkdtemp(prefix="cleantext-parts.")
                else:
                    prefix = f".{target.name}.{os.getpid()}."
                    folder = tempfile.mkdtemp(prefix=prefix, suffix=".tmp", dir=target.parent)
        except OSError as exc:
            raise _write_error(name, exc) from None
        yield Parts(folder, name)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
