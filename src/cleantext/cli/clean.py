"""``cleantext clean``: clean a text or JSONL file (optionally compressed), a directory or stdin.

Memory stays flat on big inputs: JSONL is read, cleaned and written one batch of lines at a
time, and each document is bounded by ``--max-doc-mb``. ``--workers N`` cleans batches (JSONL)
or files (directories) in N processes, with a bounded number of batches in flight, and writes
results in input order. Every output file is written atomically; ``--resume`` skips the files
of a directory run that already have an output newer than their input.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, Any, TypeVar

from cleantext.cli._options import add_cleaning_options, cleaner_from_args
from cleantext.io import (
    DEFAULT_MAX_DOC_BYTES,
    InputError,
    atomic_output,
    decode_utf8,
    fmt_of,
    iter_files,
    iter_lines,
    jsonl_dumps,
    open_binary,
    parse_jsonl_line,
)
from cleantext.pipeline import Cleaner, Document
from cleantext.progress import Progress

__all__ = ["add_parser", "run"]

T = TypeVar("T")
R = TypeVar("R")

BATCH_LINES = 256
MAX_MESSAGES = 20


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "clean",
        help="clean a file, a directory or stdin",
        description="Clean a text file, a JSONL file (one document per line), a directory of "
        "them, or stdin. .gz and .zst are read and written by extension. Output is written "
        "atomically (temporary file, then rename).",
    )
    p.add_argument(
        "path", nargs="?", default="-", help="input file or directory, or - for stdin (default)"
    )
    p.add_argument(
        "-o",
        "--output",
        help="output file (default: stdout), or output directory for a directory input "
        "(the tree is mirrored, same file names)",
    )
    p.add_argument(
        "--format",
        choices=("auto", "text", "html", "jsonl"),
        default="auto",
        help="input format (default: from the extension, .html/.htm are HTML; other files and "
        "stdin are HTML if they start like a page, else text)",
    )
    p.add_argument("--text-field", default="text", help="JSONL field to clean (default: text)")
    p.add_argument(
        "--html-field",
        help="JSONL: extract the page's text from this field's HTML and write it, cleaned, to "
        "--text-field",
    )
    p.add_argument(
        "--url-field",
        default="url",
        help="JSONL field with the document's URL: a --profile then applies only that host's "
        "lines (default: url; records without it get every site's lines)",
    )
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip malformed JSONL lines, records without a string text field, and unreadable "
        "files in a directory (all counted in the report) instead of stopping with an error",
    )
    p.add_argument(
        "--report",
        help="write a JSON report here: documents in/out, chars removed per rule, errors skipped",
    )
    g = p.add_argument_group("large inputs")
    g.add_argument(
        "--glob",
        default="**/*",
        help="directory input: which files to clean, relative to it; ** recurses "
        "(default: **/*, every non-hidden file)",
    )
    g.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes for JSONL and directories (0: one per core; default: 1)",
    )
    g.add_argument(
        "--resume",
        action="store_true",
        help="directory input: skip files whose output exists and is newer than the input",
    )
    g.add_argument(
        "--max-doc-mb",
        type=float,
        default=DEFAULT_MAX_DOC_BYTES / 2**20,
        metavar="MB",
        help="largest document (a text file or one JSONL line) in MiB; a larger one is an "
        f"error, or skipped with --skip-bad (default: {DEFAULT_MAX_DOC_BYTES // 2**20}; "
        "0: no limit)",
    )
    add_cleaning_options(p)
    p.set_defaults(run=run)


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
    edits: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    errors_total: int = 0

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

    def merge(self, other: Stats) -> None:
        for name in ("docs_in", "docs_out", "chars_in", "chars_out", "files_in", "files_out"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.files_resumed += other.files_resumed
        self.edits.update(other.edits)
        self.removed.update(other.removed)
        for e in other.errors:
            self.add_error(e)
        self.errors_total += other.errors_total - len(other.errors)

    def to_dict(self, seconds: float) -> dict[str, Any]:
        return {
            "documents_in": self.docs_in + self.errors_total,
            "documents_out": self.docs_out,
            "skipped": self.errors_total,
            "errors": self.errors,
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
class Options:
    """The per-document options a worker needs."""

    fmt: str
    text_field: str
    skip_bad: bool
    max_bytes: int | None
    html_field: str | None = None
    url_field: str | None = "url"
    html_preset: str | None = None  # HTML input: this preset instead of the cleaner's


def _html_cleaner(cleaner: Cleaner, opts: Options) -> Cleaner:
    if opts.html_preset is None or opts.html_preset == cleaner.config.preset:
        return cleaner
    return Cleaner(cleaner.config.replace(preset=opts.html_preset))


@dataclass
class Batch:
    """The cleaned JSONL lines of one batch, with its stats (bad lines are in ``stats.errors``)."""

    lines: list[str]
    stats: Stats


def clean_jsonl_batch(
    cleaner: Cleaner, name: str, opts: Options, batch: list[tuple[int, bytes | None]]
) -> Batch:
    """Parse and clean a batch of raw JSONL lines (runs in a worker process)."""
    out = Batch([], Stats())
    html_cleaner = _html_cleaner(cleaner, opts) if opts.html_field else cleaner
    for lineno, raw in batch:
        if raw is not None and not raw.strip():
            continue
        source = opts.html_field or opts.text_field
        item = parse_jsonl_line(lineno, raw, name, source, opts.max_bytes or 0)
        if item.error is not None or item.record is None:
            out.stats.add_error(item.error or f"{name}:{lineno}: unreadable")
            if not opts.skip_bad:
                break
            continue
        url = item.record.get(opts.url_field) if opts.url_field else None
        url = url if isinstance(url, str) else None
        if opts.html_field:
            doc = html_cleaner.clean_html_document(item.record[source], url=url)
        else:
            doc = cleaner.clean_document(item.record[source], url=url)
        out.stats.add_doc(doc)
        item.record[opts.text_field] = doc.text
        out.lines.append(jsonl_dumps(item.record) + "\n")
    return out


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def bounded_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """``map(fn, items)`` in ``workers`` processes, in order, with few items in flight."""
    if workers <= 1:
        yield from map(fn, items)
        return
    pool = ProcessPoolExecutor(workers, initializer=_ignore_sigint)
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= 3 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class _Messages:
    """Prints the first few skip messages on stderr, then only counts."""

    def __init__(self) -> None:
        self.shown = 0

    def show(self, errors: list[str]) -> None:
        for e in errors:
            if self.shown < MAX_MESSAGES:
                print(f"cleantext: skipped {e}", file=sys.stderr)
            self.shown += 1

    def close(self) -> None:
        if self.shown > MAX_MESSAGES:
            more = self.shown - MAX_MESSAGES
            print(f"cleantext: skipped {more} more (see --report)", file=sys.stderr)


def _check(stats: Stats, opts: Options, hint: str) -> None:
    if stats.errors_total and not opts.skip_bad:
        raise InputError(f"{stats.errors[0]} (use --skip-bad to skip {hint})")


def _write_jsonl(
    cleaner: Cleaner, path: str, opts: Options, out: IO[str], workers: int, ui: Progress | None
) -> Stats:
    stats, msgs = Stats(), _Messages()
    name = "<stdin>" if path == "-" else path
    task = partial(clean_jsonl_batch, cleaner, name, opts)
    for batch in bounded_map(
        task, _batches(iter_lines(path, opts.max_bytes), BATCH_LINES), workers
    ):
        _check(batch.stats, opts, "such lines")
        out.writelines(batch.lines)
        stats.merge(batch.stats)
        msgs.show(batch.stats.errors)
        if ui is not None:
            ui.update(batch.stats.docs_in + batch.stats.errors_total)
    msgs.close()
    return stats


def _read_bytes(path: str, max_bytes: int | None) -> bytes:
    """The whole file (or stdin), decompressed; more than ``max_bytes`` bytes is an error."""
    name = "<stdin>" if path == "-" else path
    with open_binary(path) as f:
        try:
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
            raise InputError(f"{path}: cannot read ({exc})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            f"{name}: document larger than {max_bytes / 2**20:g} MiB "
            "(raise the limit with --max-doc-mb)"
        )
    return data


def _is_html(path: str, fmt: str, data: bytes) -> bool:
    if fmt != "auto":
        return fmt == "html"
    from cleantext.html import is_html_file

    return is_html_file(path, data)


def _write_text(cleaner: Cleaner, path: str, opts: Options, out: IO[str]) -> Stats:
    stats = Stats()
    data = _read_bytes(path, opts.max_bytes)
    if _is_html(path, opts.fmt, data):
        doc = _html_cleaner(cleaner, opts).clean_html_document(data)
    else:
        doc = cleaner.clean_document(decode_utf8(data, "<stdin>" if path == "-" else path))
    stats.add_doc(doc)
    out.write(doc.text)
    return stats


@dataclass(frozen=True)
class FileJob:
    """One file of a directory run."""

    src: str
    dst: str


def clean_file(cleaner: Cleaner, opts: Options, job: FileJob) -> Stats:
    """Clean one file of a directory run into its output (runs in a worker process)."""
    fmt = opts.fmt if opts.fmt != "auto" else fmt_of(job.src)
    try:
        with atomic_output(job.dst) as out:
            if fmt == "jsonl":
                stats = _write_jsonl(cleaner, job.src, opts, out, 1, None)
            else:
                stats = _write_text(cleaner, job.src, opts, out)
    except InputError as exc:
        stats = Stats(files_in=1)
        stats.add_error(str(exc))
        return stats
    stats.files_in = stats.files_out = 1
    return stats


def _is_done(src: Path, dst: Path) -> bool:
    return dst.is_file() and dst.stat().st_mtime >= src.stat().st_mtime


def _jobs(args: argparse.Namespace, stats: Stats) -> list[FileJob]:
    from cleantext.cli import CliError

    root = Path(args.path)
    if not args.output:
        raise CliError(f"{root} is a directory: give an output directory with -o")
    outdir = Path(args.output)
    if outdir.exists() and not outdir.is_dir():
        raise CliError(f"{outdir} exists and is not a directory")
    if outdir.resolve() == root.resolve():
        raise CliError("the output directory must differ from the input directory")
    outdir.mkdir(parents=True, exist_ok=True)
    jobs = []
    for src in iter_files(root, args.glob, exclude=outdir):
        dst = outdir / src.relative_to(root)
        if args.resume and _is_done(src, dst):
            stats.files_resumed += 1
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        jobs.append(FileJob(str(src), str(dst)))
    return jobs


def _run_dir(cleaner: Cleaner, args: argparse.Namespace, opts: Options, workers: int) -> Stats:
    stats, msgs = Stats(), _Messages()
    jobs = _jobs(args, stats)
    ui = Progress(total=len(jobs), unit="files")
    try:
        for result in bounded_map(partial(clean_file, cleaner, opts), jobs, workers):
            _check(result, opts, "unreadable files and bad lines")
            stats.merge(result)
            msgs.show(result.errors)
            ui.update()
    finally:
        ui.close()
    msgs.close()
    return stats


def _run_file(cleaner: Cleaner, args: argparse.Namespace, opts: Options, workers: int) -> Stats:
    fmt = opts.fmt if opts.fmt != "auto" else fmt_of(args.path)
    with atomic_output(args.output) as out:
        if fmt != "jsonl":
            return _write_text(cleaner, args.path, opts, out)
        ui = Progress(unit="docs")
        try:
            return _write_jsonl(cleaner, args.path, opts, out, workers, ui)
        finally:
            ui.close()


def run(args: argparse.Namespace) -> int:
    from cleantext.cli import CliError

    started = time.perf_counter()
    cleaner = cleaner_from_args(args)
    workers = args.workers if args.workers > 0 else os.cpu_count() or 1
    limit = int(args.max_doc_mb * 2**20) if args.max_doc_mb > 0 else None
    # HTML input is extracted (the extract preset) unless --preset says otherwise
    html_preset = None if args.preset else "extract"
    opts = Options(
        args.format,
        args.text_field,
        args.skip_bad,
        limit,
        args.html_field,
        args.url_field,
        html_preset,
    )
    if args.path != "-" and Path(args.path).is_dir():
        stats = _run_dir(cleaner, args, opts, workers)
    elif args.resume:
        raise CliError("--resume works with a directory input")
    else:
        stats = _run_file(cleaner, args, opts, workers)
    if args.report:
        with atomic_output(args.report) as rep:
            json.dump(stats.to_dict(time.perf_counter() - started), rep, indent=2)
            rep.write("\n")
    return 0
