"""``cleantext clean``: clean a text or JSONL file (optionally compressed), a directory or stdin.

Memory stays flat on big inputs: JSONL is read, cleaned and written one batch of lines at a
time, and each document is bounded by ``--max-doc-mb``. ``--workers N`` cleans batches (JSONL)
or files (directories) in N processes, with a bounded number of batches in flight, and writes
results in input order. Every output file is written atomically; ``--resume`` skips the files
of a directory run that already have an output newer than their input.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, Any, TypeVar

from cleantext.cli._options import (
    add_cleaning_options,
    add_max_doc_option,
    cleaner_from_args,
    max_doc_bytes,
)
from cleantext.io import (
    InputError,
    OutputError,
    atomic_output,
    check_distinct,
    fmt_of,
    iter_files,
    iter_lines,
    parse_jsonl_line,
    read_text,
    replace_field,
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
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="input format (default: from the extension; stdin is text)",
    )
    p.add_argument("--text-field", default="text", help="JSONL field to clean (default: text)")
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
        "--follow-symlinks",
        action="store_true",
        help="directory input: also read symlinked files that lead outside the input "
        "directory (default: they are left out, with a note on stderr)",
    )
    add_max_doc_option(g)
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
    for lineno, raw in batch:
        if raw is not None and not raw.strip():
            continue
        item = parse_jsonl_line(lineno, raw, name, opts.text_field, opts.max_bytes or 0)
        if item.error is not None or item.record is None:
            out.stats.add_error(item.error or f"{name}:{lineno}: unreadable")
            if not opts.skip_bad:
                break
            continue
        doc = cleaner.clean_document(item.record[opts.text_field])
        out.stats.add_doc(doc)
        if doc.text == doc.source and item.line.endswith("\n"):
            out.lines.append(item.line)  # nothing to change: the line as it was
        else:
            out.lines.append(replace_field(item, opts.text_field, doc.text))
    return out


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(parent: int) -> None:
    """Worker start-up: the parent handles Ctrl-C, and a worker dies with its parent (SIGTERM
    from the kernel when the parent is gone, on Linux; a thread that checks the parent's pid
    every second, everywhere)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def bounded_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """``map(fn, items)`` in ``workers`` processes, in order, with few items in flight."""
    if workers <= 1:
        yield from map(fn, items)
        return
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(os.getpid(),))
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


def _write_text(cleaner: Cleaner, path: str, opts: Options, out: IO[str]) -> Stats:
    stats = Stats()
    doc = cleaner.clean_document(read_text(path, opts.max_bytes))
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
    except OutputError:
        raise  # a full disk is not a bad input: never skipped
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
    outside: list[Path] = []
    files = iter_files(
        root, args.glob, exclude=outdir, follow_symlinks=args.follow_symlinks, outside=outside
    )
    if outside:
        print(
            f"cleantext: left out {len(outside)} symlinked files that lead outside {root}, "
            f"e.g. {outside[0]} (use --follow-symlinks to read them)",
            file=sys.stderr,
        )
    jobs = []
    for src in files:
        dst = outdir / src.relative_to(root)
        if args.resume and _is_done(src, dst):
            stats.files_resumed += 1
            continue
        jobs.append(FileJob(str(src), str(dst)))
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        for parent in sorted({Path(job.dst).parent for job in jobs}):
            parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{exc.filename}: cannot create the directory ({exc.strerror})") from None
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
            stats = _write_text(cleaner, args.path, opts, out)
        else:
            ui = Progress(unit="docs")
            try:
                stats = _write_jsonl(cleaner, args.path, opts, out, workers, ui)
            finally:
                ui.close()
    stats.files_in = stats.files_out = 1
    return stats


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds: temporary files go, workers are shut down


def run(args: argparse.Namespace) -> int:
    if threading.current_thread() is not threading.main_thread():
        return _run(args)  # signal handlers belong to the main thread
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        return _run(args)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace) -> int:
    from cleantext.cli import CliError

    started = time.perf_counter()
    check_distinct(
        inputs=[args.path, args.config, getattr(args, "profile", None)],
        outputs=[args.output, args.report],
    )
    cleaner = cleaner_from_args(args)
    workers = args.workers if args.workers > 0 else os.cpu_count() or 1
    opts = Options(args.format, args.text_field, args.skip_bad, max_doc_bytes(args))
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
