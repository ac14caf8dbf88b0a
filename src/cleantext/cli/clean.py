"""``cleantext clean``: clean a text or JSONL file (optionally compressed), a directory or stdin.

Memory stays flat on big inputs: JSONL is read, cleaned and written one batch of lines at a
time, and each document is bounded by ``--max-doc-mb``. ``--workers N`` cleans batches (JSONL)
or files (directories) in N processes, with a bounded number of batches in flight, and writes
results in input order (an uncompressed JSONL file: each worker reads and writes spans of
it). Every output file is written atomically; ``--resume`` skips the files of a directory run
that already have an output newer than their input. The engine is :mod:`cleantext.batch`;
this module parses the options, shows progress and skip messages, adds the option hints to
errors and writes the report.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from pathlib import Path

from cleantext.batch import (
    BatchOptions,
    Stats,
    StoppedAtBadInput,
    clean_directory,
    clean_path,
    plan_directory,
)
from cleantext.cli._examples import with_examples
from cleantext.cli._options import (
    add_cleaning_options,
    add_input_options,
    add_max_doc_option,
    cleaner_from_args,
    max_doc_bytes,
    worker_count,
)
from cleantext.io import (
    InputError,
    check_distinct,
    check_output_path,
    check_report_apart,
    check_stdout_distinct,
)
from cleantext.pipeline import Cleaner
from cleantext.progress import Progress, file_size
from cleantext.reporting import emit_report, logger

__all__ = ["add_parser", "run"]

MAX_MESSAGES = 20


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "clean",
        help="clean a file, a directory or stdin",
        description="Clean a text file, a JSONL file (one document per line), a directory of "
        "them, or stdin. .gz and .zst are read and written by extension. Output is written "
        "atomically (temporary file, then rename).",
        **with_examples(
            "cleantext clean page.txt -o page.clean.txt",
            "cat page.txt | cleantext clean - > page.clean.txt    # - (the default): stdin",
            "cleantext clean crawl.jsonl.gz -o clean.jsonl.gz --text-field body --skip-bad",
            "cleantext clean pages/ -o cleaned/ --glob '**/*.txt' --workers 0 --resume",
            "cleantext clean page.txt --preset extract --disable capitalize-sentence",
        ),
    )
    p.add_argument(
        "path", nargs="?", default="-", help="input file or directory, or - for stdin (default)"
    )
    p.add_argument(
        "-o",
        "--output",
        help="output file (default: stdout), or output directory for a directory input "
        "(the tree is mirrored, same file names); for one input file, a directory (existing, "
        "or a path ending in /) receives a file of the input's name. An output directory "
        "inside the input directory must be new, empty or cleantext's own (it gets a hidden "
        ".cleantext-output file; such folders are left out of later runs' inputs)",
    )
    add_input_options(p, "field to clean")
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip JSONL lines that are no valid JSON (or no UTF-8, or over the size limit) "
        "and unreadable files in a directory, and write valid JSON lines that hold no record "
        "to clean (no string text field, a repeated key, no object) through unchanged, all "
        "counted in the report, instead of stopping with an error",
    )
    p.add_argument(
        "--report",
        help="write the JSON report here: documents in/out, chars removed per rule, errors "
        "skipped (default: one line on stderr; nothing with -q)",
    )
    g = p.add_argument_group("large inputs")
    g.add_argument(
        "--glob",
        default="**/*",
        help="directory input: which files to clean, relative to it; ** recurses "
        "(default: **/*, every non-hidden file); a pattern that matches no file is a usage "
        "error (exit code 2)",
    )
    g.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes for JSONL and directories, at most one per core (0: one per core; "
        "default: 1)",
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


class _Messages:
    """Prints the first few skip messages on stderr, then only counts."""

    def __init__(self) -> None:
        self.shown = 0
        self.passed = 0

    def show(self, errors: Sequence[str], passed: Sequence[str] = ()) -> None:
        for e in errors:
            if self.shown < MAX_MESSAGES:
                logger.warning("skipped %s", e)
            self.shown += 1
        for e in passed:
            if self.passed < MAX_MESSAGES:
                logger.warning("passed through unchanged %s", e)
            self.passed += 1

    def close(self) -> None:
        if self.shown > MAX_MESSAGES:
            more = self.shown - MAX_MESSAGES
            logger.warning("skipped %d more (see --report)", more)
        if self.passed > MAX_MESSAGES:
            more = self.passed - MAX_MESSAGES
            logger.warning("passed through unchanged %d more (see --report)", more)


def _run_dir(cleaner: Cleaner, args: argparse.Namespace, opts: BatchOptions, workers: int) -> Stats:
    from cleantext.cli import CliError

    if not args.output:
        raise CliError(f"{args.path} is a directory: give an output directory with -o")
    outside: list[Path] = []
    earlier: list[Path] = []
    special: list[tuple[Path, str]] = []
    jobs, resumed = plan_directory(
        args.path,
        args.output,
        args.glob,
        resume=args.resume,
        follow_symlinks=args.follow_symlinks,
        outside=outside,
        written=[args.report],
        earlier=earlier,
        special=special,
    )
    if args.report not in (None, "-"):  # (once the output folders are made: it may be there)
        check_output_path(args.report, probe=True)
    for folder in earlier:
        logger.warning("left out %s: the output directory of an earlier cleantext run", folder)
    if outside:
        logger.warning(
            "left out %d symlinked files that lead outside %s, e.g. %s "
            "(use --follow-symlinks to read them)",
            len(outside),
            args.path,
            outside[0],
        )
    left = [f"{path}: {kind}" for path, kind in special]
    for note in left[:MAX_MESSAGES]:  # (never silently: each in the report too)
        logger.warning("left out %s", note)
    if len(left) > MAX_MESSAGES:
        logger.warning(
            "left out %d more that are no regular files (see --report)", len(left) - MAX_MESSAGES
        )
    resumed.left_out.extend(left)
    msgs, ui = _Messages(), Progress(total=len(jobs), unit="files")

    def on_file(result: Stats) -> None:
        msgs.show(result.errors, result.passed)
        ui.update()

    try:
        stats = clean_directory(cleaner, jobs, opts, workers, on_file)
    finally:
        ui.close()
    msgs.close()
    stats.merge(resumed)
    return stats


def _run_file(
    cleaner: Cleaner, args: argparse.Namespace, opts: BatchOptions, workers: int
) -> Stats:
    # the bar's percentage and ETA follow the bytes read where the file's size is known (an
    # uncompressed file: a compressed one's size says little about how much text is left)
    size = None if args.path.endswith((".gz", ".zst", ".zstd")) else file_size(args.path)
    msgs, ui = _Messages(), Progress(unit="docs", size=size)
    done = 0

    def on_batch(batch: Stats) -> None:
        nonlocal done
        msgs.show(batch.errors, batch.passed)
        done += batch.bytes_read  # (the count and the bytes in one redraw: "256 docs 0%" was
        seen = batch.docs_in + batch.errors_total + batch.passed_total  # the bytes one behind)
        ui.update(seen, position=done)

    try:
        return clean_path(cleaner, args.path, args.output, opts, workers, on_batch)
    finally:
        ui.close()
        msgs.close()


def run(args: argparse.Namespace) -> int:
    """Clean a file, stdin or a directory (SIGTERM and SIGHUP: see ``cleantext.cli``)."""
    return _run(args)


def _into_directory(path: str, output: str | None) -> str | None:
    """The output file for one input file: ``output`` itself, or, when it is an existing
    directory or ends with ``/`` (as for ``cp``), the input's file name inside it.

    >>> _into_directory("a/page.txt", "out/"), _into_directory("a/page.txt", "x.txt")
    ('out/page.txt', 'x.txt')
    >>> _into_directory("-", "out/"), _into_directory("page.txt", None)
    ('out/', None)
    """
    if output is None or output == "-" or path == "-" or Path(path).is_dir():
        return output
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return os.path.join(output, os.path.basename(path))
    return output


def _run(args: argparse.Namespace) -> int:
    from cleantext.cli import CliError

    started = time.perf_counter()
    if args.workers < 0:  # (-1 ran one process per core)
        raise CliError(f"--workers must be 0 (one per core) or more, not {args.workers}")
    given, args.output = args.output, _into_directory(args.path, args.output)
    check_distinct(
        inputs=[args.path, args.config, getattr(args, "profile", None)],
        outputs=[args.output, args.report],
    )
    directory = args.path != "-" and Path(args.path).is_dir()
    check_report_apart(args.output, args.report)
    if args.report not in (None, "-") and not directory:  # (a directory run: in _run_dir)
        check_output_path(args.report, probe=True)  # (written last: refused before the run)
    if args.output in (None, "-"):
        check_stdout_distinct([args.path, args.config, getattr(args, "profile", None)])
    elif args.output != given:  # into the directory -o DIR/ names (created if missing)
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    cleaner = cleaner_from_args(args)
    workers = worker_count(args.workers)
    opts = BatchOptions(
        args.format,
        args.text_field,
        args.skip_bad,
        max_doc_bytes(args),
        html_field=args.html_field,
        url_field=args.url_field,
        # HTML input is extracted (the extract preset) unless --preset says otherwise
        html_preset=None if args.preset else "extract",
    )
    try:
        if directory:
            stats = _run_dir(cleaner, args, opts, workers)
        elif args.resume:
            raise CliError("--resume works with a directory input")
        else:
            stats = _run_file(cleaner, args, opts, workers)
    except StoppedAtBadInput as exc:
        limit = "raise the limit with --max-doc-mb, or " if "(the size limit)" in str(exc) else ""
        raise InputError(f"{exc} ({limit}use --skip-bad to {exc.what})") from None
    emit_report(stats.to_dict(time.perf_counter() - started), args.report)
    return 0
