"""``cleantext clean``: clean a text or JSONL file (optionally compressed) or stdin."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from typing import IO, Any

from cleantext.cli._options import add_cleaning_options, cleaner_from_args
from cleantext.io import InputError, atomic_output, fmt_of, iter_jsonl, read_text
from cleantext.pipeline import Cleaner

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "clean",
        help="clean a file or stdin",
        description="Clean a text file, a JSONL file (one document per line) or stdin. "
        ".gz and .zst are read and written by extension.",
    )
    p.add_argument("path", nargs="?", default="-", help="input file, or - for stdin (default)")
    p.add_argument("-o", "--output", help="output file (default: stdout); written atomically")
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
        help="JSONL: skip malformed lines or records without a string text field (counted in "
        "the report) instead of stopping with an error",
    )
    p.add_argument("--report", help="write a JSON report (documents, edits per rule) here")
    add_cleaning_options(p)
    p.set_defaults(run=run)


class _Stats:
    def __init__(self) -> None:
        self.docs_in = 0
        self.docs_out = 0
        self.skipped: list[str] = []
        self.edits: Counter[str] = Counter()
        self.removed: Counter[str] = Counter()
        self.chars_in = 0
        self.chars_out = 0
        self.started = time.perf_counter()

    def add(self, cleaner_doc: Any) -> None:
        self.docs_in += 1
        self.docs_out += 1
        self.edits.update(cleaner_doc.counts())
        self.removed.update(cleaner_doc.removed_chars())
        self.chars_in += len(cleaner_doc.source)
        self.chars_out += len(cleaner_doc.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_in": self.docs_in + len(self.skipped),
            "documents_out": self.docs_out,
            "skipped": len(self.skipped),
            "errors": self.skipped[:100],
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "edits": dict(self.edits),
            "removed_chars": {k: v for k, v in self.removed.items() if v},
            "seconds": round(time.perf_counter() - self.started, 3),
        }


def _clean_text(cleaner: Cleaner, path: str, out: IO[str], stats: _Stats) -> None:
    doc = cleaner.clean_document(read_text(path))
    stats.add(doc)
    out.write(doc.text)


def _clean_jsonl(cleaner: Cleaner, args: argparse.Namespace, out: IO[str], stats: _Stats) -> None:
    field = args.text_field
    for item in iter_jsonl(args.path, field):
        if item.error is not None:
            if not args.skip_bad:
                raise InputError(item.error + " (use --skip-bad to skip such lines)")
            stats.skipped.append(item.error)
            print(f"cleantext: skipped {item.error}", file=sys.stderr)
            continue
        assert item.record is not None
        doc = cleaner.clean_document(item.record[field])
        stats.add(doc)
        item.record[field] = doc.text
        out.write(json.dumps(item.record, ensure_ascii=False) + "\n")


def run(args: argparse.Namespace) -> int:
    cleaner = cleaner_from_args(args)
    fmt = args.format if args.format != "auto" else fmt_of(args.path)
    stats = _Stats()
    with atomic_output(args.output) as out:
        if fmt == "jsonl":
            _clean_jsonl(cleaner, args, out, stats)
        else:
            _clean_text(cleaner, args.path, out, stats)
    if args.report:
        with atomic_output(args.report) as rep:
            json.dump(stats.to_dict(), rep, ensure_ascii=False, indent=2)
            rep.write("\n")
    return 0
