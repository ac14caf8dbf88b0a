r"""Cleaning at scale: JSONL files in ordered batches, directories file by file, in worker
processes, with resume, skip-bad and statistics. The ``clean`` command is a thin layer on top.

Memory stays flat: JSONL is read, cleaned and written one batch of lines at a time, with a
bounded number of batches in flight, and each document is bounded by a size limit. Results
are written in input order. With several workers, an uncompressed JSONL file is cut into spans
of whole batches that the workers read and write as parts themselves (this process only
appends the parts), so the run costs this process almost nothing per byte. Each JSONL line
is written back byte for byte except its text field (:func:`cleantext.io.replace_field`).
Worker processes die with their parent.

>>> import io, tempfile
>>> from cleantext import Cleaner
>>> with tempfile.TemporaryDirectory() as d:
...     src = Path(d, "in.jsonl")
...     _ = src.write_text('{"n": 1e400, "text": "a  b"}\n')
...     out = io.StringIO()
...     stats = clean_jsonl(Cleaner(), str(src), out, BatchOptions(), workers=1)
>>> out.getvalue(), stats.docs_out
('{"n": 1e400, "text": "a b"}\n', 1)

Records already in memory (a Dask partition, a list of dicts) take the same path, one record
at a time (:func:`clean_records`; strings: :func:`clean_values`):

>>> clean_records(Cleaner(), [{"id": 1, "text": "x  y"}, {"id": 2}], BatchOptions())
[{'id': 1, 'text': 'x y'}, {'id': 2, 'text': None}]
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from cleantext.errors import PatternError
from cleantext.io import (
    DEFAULT_MAX_DOC_BYTES,
    InputError,
    LineSpan,
    OutputError,
    Parts,
    atomic_output,
    check_tree_outputs,
    decode_utf8,
    fmt_of,
    iter_files,
    iter_lines,
    line_spans,
    looks_like_jsonl,
    mark_output_dir,
    output_parts,
    parse_jsonl_line,
    read_bytes,
    remove_stale_temps,
    replace_field,
    slash_hint,
)
from cleantext.pipeline import Cleaner, Document
from cleantext.reporting import logger
from cleantext.workers import bounded_map, chunks

__all__ = [
    "BATCH_LINES",
    "BatchOptions",
    "FileJob",
    "Stats",
    "StoppedAtBadInput",
    "clean_directory",
    "clean_file",
    "clean_file_document",
    "clean_jsonl",
    "clean_jsonl_batch",
    "clean_jsonl_span",
    "clean_path",
    "clean_records",
    "clean_text",
    "clean_values",
    "html_cleaner",
    "plan_directory",
    "record_document",
    "warm_up",
]


#: JSONL lines per batch (what is cleaned, checked and counted as one; the unit of work of a
#: worker process when the file is read by this process)
BATCH_LINES = 256
#: the size a span of an uncompressed JSONL file that a worker process reads and cleans on its
#: own reaches before it ends at the next whole batch (smaller when the file is small, so that
#: every worker gets several): one batch of web pages, several of short lines. A span is the
#: work a worker finishes before it stops at Ctrl-C, so it stays short.
SPAN_BYTES = 2**18


class StoppedAtBadInput(InputError):
    """A bad record or an unreadable file stopped a run that does not skip them; ``what``
    says what ``--skip-bad`` would do ("skip such lines", "skip unreadable files and bad
    lines", "write such records through unchanged")."""

    def __init__(self, message: str, what: str) -> None:
        super().__init__(message)
        self.what = what

    def __reduce__(self) -> tuple[type[StoppedAtBadInput], tuple[str, str]]:
        return type(self), (str(self), self.what)  # (pickled across worker processes)


@dataclass
class Stats:
    """What a run did; merged across batches, files and worker processes."""

    docs_in: int = 0
    docs_out: int = 0
    chars_in: int = 0
    chars_out: int = 0
    files_in: int = 0
    files_out: int = 0
    files_resumed: int = 0
    bytes_read: int = 0  # input bytes of the JSONL lines seen (progress; not in the report)
    blank_lines: int = 0  # JSONL lines of nothing but whitespace: no record, not written
    edits: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    errors_total: int = 0
    #: JSONL lines that are valid JSON but no record to clean (no string text field, a
    #: repeated key, no object), written through unchanged with ``skip_bad``: why (the first
    #: 100) and how many
    passed: list[str] = field(default_factory=list)
    passed_total: int = 0
    #: the first error that stopped the run is such a line (``skip_bad`` would pass it through)
    stopped_passable: bool = False
    #: the paths of a directory run left out as no regular file ("path: what it is")
    left_out: list[str] = field(default_factory=list)

    def add_doc(self, doc: Document) -> None:
        self.docs_in += 1
        self.docs_out += 1
        self.edits.update(doc.counts())
        self.removed.update(doc.removed_chars())
        self.chars_in += len(doc.source)
        self.chars_out += len(doc.text)

    def add_error(self, message: str) -> None:
        self.errors_total += 1
        if len(self.errors) < 100:
            self.errors.append(message)

    def add_passed(self, message: str) -> None:
        self.passed_total += 1
        if len(self.passed) < 100:
            self.passed.append(message)

    def merge(self, other: Stats) -> None:
        for name in (
            "docs_in",
            "docs_out",
            "chars_in",
            "chars_out",
            "files_in",
            "files_out",
            "bytes_read",
            "blank_lines",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.files_resumed += other.files_resumed
        self.edits.update(other.edits)
        self.removed.update(other.removed)
        if not self.errors_total:
            self.stopped_passable = other.stopped_passable
        for e in other.errors:
            self.add_error(e)
        self.left_out.extend(other.left_out)
        self.errors_total += other.errors_total - len(other.errors)
        for e in other.passed:
            self.add_passed(e)
        self.passed_total += other.passed_total - len(other.passed)

    def to_dict(self, seconds: float) -> dict[str, Any]:
        """The run report (``documents_in`` counts the skipped and passed-through ones too,
        ``documents_out`` the passed-through ones)."""
        return {
            "documents_in": self.docs_in + self.errors_total + self.passed_total,
            "documents_out": self.docs_out + self.passed_total,
            "skipped": self.errors_total,
            "errors": self.errors,
            "passed_through": self.passed_total,
            "passed_through_lines": self.passed,
            "left_out": self.left_out,
            "blank_lines": self.blank_lines,
            "files_in": self.files_in,
            "files_out": self.files_out,
            "files_resumed": self.files_resumed,
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "edits": dict(self.edits),
            "removed_chars": {k: v for k, v in self.removed.items() if v},
            "seconds": round(seconds, 3),
        }


@dataclass(frozen=True)
class BatchOptions:
    """How documents are read: ``fmt`` (``auto``: by extension, ``text`` or ``jsonl``), the
    JSONL text field, whether bad records and files are skipped (counted) or stop the run, and
    the size limit of one document in bytes (``None``: no limit)."""

    fmt: str = "auto"
    text_field: str = "text"
    skip_bad: bool = False
    max_bytes: int | None = DEFAULT_MAX_DOC_BYTES
    #: JSONL: extract the text from this field's HTML and write it, cleaned, to ``text_field``
    html_field: str | None = None
    #: JSONL: the field holding the document's URL (a site profile then applies to its host)
    url_field: str | None = None
    #: HTML input is cleaned with this preset instead of the cleaner's (``None``: the cleaner's)
    html_preset: str | None = None


@dataclass
class Batch:
    """The cleaned JSONL lines of one batch, with its stats (bad lines are in ``stats.errors``)."""

    lines: list[str]
    stats: Stats


def record_document(
    cleaner: Cleaner, record: Mapping[str, Any], opts: BatchOptions, html: Cleaner | None = None
) -> Document:
    """One record cleaned: its ``opts.text_field`` (a string), or the page in its
    ``opts.html_field`` cleaned by ``html`` (default: :func:`html_cleaner`), with the URL in
    its ``opts.url_field`` if that is a string (a site profile then applies to its host).
    JSONL lines and in-memory records are both cleaned here."""
    url = record.get(opts.url_field) if opts.url_field else None
    url = url if isinstance(url, str) else None
    if opts.html_field:
        page = record[opts.html_field]
        return (html or html_cleaner(cleaner, opts)).clean_html_document(page, url=url)
    return cleaner.clean_document(record[opts.text_field], url=url)


def _is_missing(value: Any) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    return type(value).__name__ == "NAType"  # pandas.NA, without importing pandas


def _not_text(value: Any) -> TypeError:
    kind = type(value).__name__
    return TypeError(f"cannot clean a value of type {kind} (expected str or a missing value)")


def clean_values(values: Iterable[Any], cleaner: Cleaner | None = None) -> list[Any]:
    """Clean each string of ``values``; missing values (``None``, ``NaN``, ``pandas.NA``)
    pass through, any other value is a :class:`TypeError`.

    >>> clean_values(["a  b", None, float("nan")])
    ['a b', None, nan]
    >>> clean_values([3])
    Traceback (most recent call last):
    ...
    TypeError: cannot clean a value of type int (expected str or a missing value)
    """
    c = cleaner if cleaner is not None else Cleaner()
    out: list[Any] = []
    for v in values:
        if isinstance(v, str):
            out.append(c.clean(v))
        elif _is_missing(v):
            out.append(v)
        else:
            raise _not_text(v)
    return out


def clean_records(
    cleaner: Cleaner,
    records: Iterable[Mapping[str, Any]],
    opts: BatchOptions,
    *,
    output_field: str | None = None,
    stats: Stats | None = None,
) -> list[dict[str, Any]]:
    """Clean in-memory records (dicts) as :func:`record_document` cleans JSONL lines: the
    records are copied and the cleaned text goes to ``output_field`` (default:
    ``opts.text_field``). A record whose source field is missing or holds a missing value
    gets that value (``None`` if absent); any other non-string is a :class:`TypeError`.
    Each cleaned document is counted in ``stats`` when given. (``opts.fmt``, ``skip_bad`` and
    ``max_bytes`` are about reading files: not used here.)"""
    source = opts.html_field or opts.text_field
    target = output_field or opts.text_field
    for_html = html_cleaner(cleaner, opts) if opts.html_field else cleaner
    out = []
    for rec in records:
        if not isinstance(rec, Mapping):  # (a bag of strings given a field, say)
            raise TypeError(f"records must be dicts, not {type(rec).__name__}")
        new = dict(rec)
        value = rec.get(source)
        if isinstance(value, str):
            doc = record_document(cleaner, rec, opts, for_html)
            new[target] = doc.text
            if stats is not None:
                stats.add_doc(doc)
        elif _is_missing(value):
            new[target] = value
        else:
            raise _not_text(value)
        out.append(new)
    return out


def clean_jsonl_batch(
    cleaner: Cleaner, name: str, opts: BatchOptions, batch: list[tuple[int, bytes | None]]
) -> Batch:
    """Parse and clean a batch of raw JSONL lines (runs in a worker process)."""
    out = Batch([], Stats())
    source = opts.html_field or opts.text_field
    for_html = html_cleaner(cleaner, opts) if opts.html_field else cleaner
    written = (opts.text_field,)  # (a repeated key that is read or written is refused)
    for lineno, raw in batch:
        out.stats.bytes_read += len(raw) if raw is not None else 0
        if raw is not None and not raw.strip():
            out.stats.blank_lines += 1
            continue
        item = parse_jsonl_line(lineno, raw, name, source, opts.max_bytes or 0, written)
        if item.error is not None and item.parsed and opts.skip_bad:
            out.stats.add_passed(item.error)  # valid JSON, nothing to clean: kept as it was
            out.lines.append(item.line)
            continue
        if item.error is not None or item.record is None:
            if not out.stats.errors_total:
                out.stats.stopped_passable = item.parsed
            out.stats.add_error(item.error or f"{name}:{lineno}: unreadable")
            if not opts.skip_bad:
                break
            continue
        doc = record_document(cleaner, item.record, opts, for_html)
        out.stats.add_doc(doc)
        if not opts.html_field and doc.text == doc.source:  # nothing to change: as it was
            out.lines.append(item.line)
        else:
            out.lines.append(replace_field(item, opts.text_field, doc.text))
    return out


def _check(stats: Stats, opts: BatchOptions, what: str) -> None:
    if stats.errors_total and not opts.skip_bad:
        if stats.stopped_passable:
            what = "write such records through unchanged"
        raise StoppedAtBadInput(stats.errors[0], what)


#: a small page that sends a cleaner through every step (see :func:`warm_up`)
_WARM_UP_TEXT = (
    "Caf\u00c3\u00a9 &amp; cr\u00e8me \u2014 \u201cquoted\u201d text ,here.\n\nRead more\n\n"
    + "The article starts here, and it goes on in plain sentences for a while. " * 6
    + "\n\nShare on Facebook\n\n"
    + "The article starts here, and it goes on in plain sentences for a while. " * 6
)


def warm_up(cleaner: Cleaner) -> None:
    """Load what ``cleaner`` loads on first use (data files, compiled patterns, stop-word
    lists) in this process, so that pool processes forked after it inherit them instead of
    each paying for it (about 0.4 s of CPU each).

    >>> warm_up(Cleaner())
    """
    cleaner.clean_document(_WARM_UP_TEXT)


def clean_jsonl(
    cleaner: Cleaner,
    path: str,
    out: IO[str],
    opts: BatchOptions,
    workers: int = 1,
    on_batch: Callable[[Stats], None] | None = None,
    *,
    output: str | None = None,
) -> Stats:
    """Clean the JSONL file ``path`` (``-``: stdin) into ``out``, in ``workers`` processes;
    ``on_batch`` sees the stats of each batch as it is written (progress, skip messages).

    With several workers, an uncompressed file is cut into spans of whole batches that the
    workers read, clean and write to part files themselves, next to ``output`` (the file
    ``out`` writes, if any); this process only appends the parts in order
    (:func:`cleantext.io.output_parts`). Otherwise this process reads the lines and hands
    them out in batches. Both give the output, stats and errors of one process."""
    if workers > 1:
        warm_up(html_cleaner(cleaner, opts) if opts.html_field else cleaner)
        if _splittable(path):
            return _clean_jsonl_spans(cleaner, path, out, opts, workers, on_batch, output)
    stats = Stats()
    name = "<stdin>" if path == "-" else path
    task = partial(clean_jsonl_batch, cleaner, name, opts)
    lines = chunks(iter_lines(path, opts.max_bytes), BATCH_LINES)
    for batch in bounded_map(task, lines, workers):
        _check(batch.stats, opts, "skip such lines")
        out.writelines(batch.lines)
        _count(stats, batch.stats, on_batch)
    return stats


def _count(stats: Stats, batch: Stats, on_batch: Callable[[Stats], None] | None) -> None:
    stats.merge(batch)
    if on_batch is not None:
        on_batch(batch)


def _splittable(path: str) -> bool:
    """An uncompressed regular file (a pipe or a compressed file is read in one stream)."""
    if path == "-" or path.endswith((".gz", ".zst", ".zstd")):
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False  # reported by the reader


def clean_jsonl_span(
    cleaner: Cleaner, path: str, opts: BatchOptions, parts: Parts, span: LineSpan
) -> list[Stats]:
    """Clean the lines of ``span`` of the JSONL file ``path`` into the part of ``parts`` keyed
    by the span's start (runs in a worker process); returns the stats of each batch of
    :data:`BATCH_LINES` lines, and stops after a batch with a bad line unless
    ``opts.skip_bad``."""
    out: list[Stats] = []
    with parts.writer(str(span.start)) as part:
        for lines in chunks(iter_lines(path, opts.max_bytes, span), BATCH_LINES):
            batch = clean_jsonl_batch(cleaner, path, opts, lines)
            part.writelines(batch.lines)
            out.append(batch.stats)
            if batch.stats.errors_total and not opts.skip_bad:
                break
    return out


def _clean_jsonl_spans(
    cleaner: Cleaner,
    path: str,
    out: IO[str],
    opts: BatchOptions,
    workers: int,
    on_batch: Callable[[Stats], None] | None,
    output: str | None,
) -> Stats:
    """:func:`clean_jsonl` of an uncompressed file, cut into spans for ``workers`` processes.
    Spans are whole batches, so each batch is the one a single process would clean."""
    stats = Stats()
    min_bytes = min(SPAN_BYTES, os.path.getsize(path) // (4 * workers))
    spans, starts = itertools.tee(line_spans(path, BATCH_LINES, min_bytes))
    with output_parts(output) as parts:
        task = partial(clean_jsonl_span, cleaner, path, opts, parts)
        # closed before the folder goes: the pool is shut down, no worker writes there
        with contextlib.closing(bounded_map(task, spans, workers)) as results:
            for span, batches in zip(starts, results, strict=True):
                for batch in batches:
                    _check(batch, opts, "skip such lines")
                    _count(stats, batch, on_batch)
                parts.append_to(out, str(span.start))
    return stats


def html_cleaner(cleaner: Cleaner, opts: BatchOptions) -> Cleaner:
    """The cleaner for HTML input: ``cleaner`` with ``opts.html_preset`` if one is set."""
    if opts.html_preset is None or opts.html_preset == cleaner.config.preset:
        return cleaner
    return Cleaner(cleaner.config.replace(preset=opts.html_preset))


def _is_html(path: str, fmt: str, data: bytes) -> bool:
    if fmt != "auto":
        return fmt == "html"
    from cleantext.html import is_html_file

    return is_html_file(path, data)


def clean_file_document(cleaner: Cleaner, path: str, opts: BatchOptions) -> Document:
    """The file ``path`` (``-``: stdin) cleaned as one document: as HTML when ``opts.fmt``
    says so or, with ``auto``, when the name or the content says so; else as text."""
    data = read_bytes(path, opts.max_bytes)
    if _is_html(path, opts.fmt, data):
        return html_cleaner(cleaner, opts).clean_html_document(data)
    name = "<stdin>" if path == "-" else path
    if opts.fmt == "auto" and looks_like_jsonl(data):
        logger.warning(
            "%s reads as JSONL (its first lines are JSON objects) but is cleaned as one text "
            "document: use --format jsonl (--format text: no warning)",
            name,
        )
    return cleaner.clean_document(decode_utf8(data, name))


def clean_text(cleaner: Cleaner, path: str, out: IO[str], opts: BatchOptions) -> Stats:
    """Clean the file ``path`` (``-``: stdin) as one document into ``out`` (see
    :func:`clean_file_document`)."""
    stats = Stats()
    doc = clean_file_document(cleaner, path, opts)
    stats.add_doc(doc)
    out.write(doc.text)
    return stats


def clean_path(
    cleaner: Cleaner,
    path: str,
    output: str | None,
    opts: BatchOptions,
    workers: int = 1,
    on_batch: Callable[[Stats], None] | None = None,
) -> Stats:
    """Clean one file (text or JSONL, by ``opts.fmt``) into ``output``, written atomically
    (``None`` or ``-``: stdout)."""
    fmt = opts.fmt if opts.fmt != "auto" else fmt_of(path)
    with atomic_output(output) as out:
        if fmt == "jsonl":
            stats = clean_jsonl(cleaner, path, out, opts, workers, on_batch, output=output)
        else:
            stats = clean_text(cleaner, path, out, opts)
    stats.files_in = stats.files_out = 1
    return stats


@dataclass(frozen=True)
class FileJob:
    """One file of a directory run."""

    src: str
    dst: str


def clean_file(cleaner: Cleaner, opts: BatchOptions, job: FileJob) -> Stats:
    """Clean one file of a directory run into its output (runs in a worker process); a bad
    input is counted in the stats, a failed write raises."""
    try:
        return clean_path(cleaner, job.src, job.dst, opts)
    except OutputError:
        raise  # a full disk is not a bad input: never skipped
    except InputError as exc:
        stats = Stats(files_in=1)
        stats.add_error(str(exc))
        return stats


def _is_done(src: Path, dst: Path) -> bool:
    return dst.is_file() and dst.stat().st_mtime >= src.stat().st_mtime


def plan_directory(
    root: str | Path,
    outdir: str | Path,
    pattern: str = "**/*",
    *,
    resume: bool = False,
    follow_symlinks: bool = False,
    outside: list[Path] | None = None,
    written: Iterable[str | None] = (),
    earlier: list[Path] | None = None,
    special: list[tuple[Path, str]] | None = None,
) -> tuple[list[FileJob], Stats]:
    """The files of a directory run (the tree under ``outdir`` mirrors ``root``), and the
    stats of the files skipped because their output is already newer (``resume``). The output
    folders are created. Symlinks leading outside ``root`` are left out (listed in
    ``outside``) unless ``follow_symlinks``. ``written`` are the run's other outputs (a
    report): :func:`cleantext.io.check_tree_outputs` refuses them over an input or an output,
    and an output folder inside ``root`` that holds files of the input tree. A ``pattern``
    other than the default that matches no file raises :class:`PatternError`. An output
    folder inside ``root`` is marked as cleantext's (:func:`cleantext.io.mark_output_dir`);
    marked folders below ``root`` are no inputs (listed in ``earlier``). A matched path that
    is no regular file (a FIFO, a dangling symlink...) is left out and listed in ``special``
    with what it is (:func:`cleantext.io.special_kind`)."""
    root, outdir = Path(root), Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{outdir} exists and is not a directory")
    if outdir.resolve() == root.resolve():
        raise InputError(f"{outdir}: the output directory must differ from the input directory")
    stats = Stats()
    left_out: list[Path] = []
    odd: list[tuple[Path, str]] = []
    files = iter_files(
        root,
        pattern,
        exclude=outdir,
        follow_symlinks=follow_symlinks,
        outside=left_out,
        earlier=earlier,
        special=odd,
    )
    if outside is not None:
        outside.extend(left_out)
    if special is not None:
        special.extend(odd)
    if (
        not files and not left_out and not odd and pattern != "**/*"
    ):  # (an empty tree is no mistake)
        raise PatternError(
            f"no file under {root} matches {pattern!r} (hidden files and the output "
            f"directory are left out; ** recurses){slash_hint(pattern)}"
        )
    check_tree_outputs(root, outdir, files, written)
    jobs = []
    for src in files:
        dst = outdir / src.relative_to(root)
        if resume and _is_done(src, dst):
            stats.files_resumed += 1
            continue
        jobs.append(FileJob(str(src), str(dst)))
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        mark_output_dir(root, outdir)
        for parent in sorted({Path(job.dst).parent for job in jobs}):
            parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        where = exc.filename or outdir  # (an error without a file name named "None")
        raise OutputError(f"{where}: cannot create the directory ({exc.strerror})") from None
    return jobs, stats


def _remove_temps(job: FileJob) -> None:
    """Remove the temporary file a pool process left for ``job``'s output when the run
    was stopped (it is ended at once: its own clean-up never runs)."""
    remove_stale_temps(Path(os.path.realpath(job.dst)))


def clean_directory(
    cleaner: Cleaner,
    jobs: list[FileJob],
    opts: BatchOptions,
    workers: int = 1,
    on_file: Callable[[Stats], None] | None = None,
) -> Stats:
    """Clean the files of ``jobs`` (from :func:`plan_directory`) in ``workers`` processes;
    ``on_file`` sees each file's stats as it finishes."""
    stats = Stats()
    if workers > 1 and len(jobs) > 1:
        warm_up(cleaner)
    task = partial(clean_file, cleaner, opts)
    for result in bounded_map(task, jobs, workers, abandoned=_remove_temps):
        _check(result, opts, "skip unreadable files and bad lines")
        stats.merge(result)
        if on_file is not None:
            on_file(result)
    return stats
