"""``cleantext explain``: show every edit the cleaner would make, by rule."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO

from cleantext.batch import BatchOptions, clean_file_document, html_cleaner
from cleantext.cli._examples import with_examples
from cleantext.cli._options import (
    add_cleaning_options,
    add_input_options,
    add_max_doc_option,
    cleaner_from_args,
    max_doc_bytes,
)
from cleantext.io import (
    InputError,
    atomic_output,
    check_distinct,
    check_stdout_distinct,
    fmt_of,
    iter_jsonl,
)
from cleantext.pipeline import Cleaner, Document
from cleantext.report_html import render_html
from cleantext.reporting import logger

__all__ = ["add_parser", "render_text", "run"]

_RED, _GREEN, _DIM, _BOLD, _RESET = "\033[31m", "\033[32m", "\033[2m", "\033[1m", "\033[0m"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "explain",
        help="show every edit with its rule",
        description="Show each change the cleaner makes: the rule, the span in the input, "
        "what was removed or replaced. Coloured on a terminal, plain when piped.",
        **with_examples(
            "cleantext explain page.txt",
            "cleantext explain page.txt --html report.html",
            "cleantext explain crawl.jsonl --line 2 --json",
        ),
    )
    p.add_argument(
        "path",
        nargs="?",
        default="-",
        help="input text, HTML or JSONL file (HTML by extension or content: the edits then "
        "include each dropped block with its HTML signal), or - for stdin",
    )
    g = p.add_argument_group("JSONL input (one record is explained)")
    add_input_options(g, "field to explain")
    g.add_argument("--line", type=int, metavar="N", help="explain the record on line N")
    g.add_argument("--id", metavar="ID", help="explain the first record whose id field is ID")
    g.add_argument("--id-field", default="id", help="field that --id looks at (default: id)")
    add_max_doc_option(p)
    p.add_argument(
        "--json",
        action="store_true",
        help="print JSON: the text the edits apply to (source), the cleaned text (text), the "
        "edits (each with its pass: cleantext.replay re-applies them) and the report",
    )
    p.add_argument(
        "--html",
        metavar="REPORT.html",
        help="write a self-contained HTML page (removed text struck through and coloured by "
        "rule, a legend with counts, links from duplicate blocks to the kept copy); written "
        "atomically; - writes it to stdout",
    )
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the output (default: when stdout is a terminal)",
    )
    add_cleaning_options(p)
    p.set_defaults(run=run)


def _shortened(s: str, limit: int = 160) -> str:
    s = s if len(s) <= limit else s[: limit // 2] + " … " + s[-limit // 2 :]
    return repr(s)[1:-1]


def render_text(doc: Document, color: bool) -> str:
    """The edit list as text: one line per edit, then a summary by rule."""
    red, green, dim, bold, reset = (
        (_RED, _GREEN, _DIM, _BOLD, _RESET) if color else ("", "", "", "", "")
    )
    out = []
    for e in doc.edits:
        where = f"{e.source_start}-{e.source_end}"
        head = f"{bold}[{e.rule}]{reset} {dim}{e.step} @{where}{reset}"
        if e.after and e.before:
            body = f"{red}-{_shortened(e.before)}{reset} {green}+{_shortened(e.after)}{reset}"
        elif e.after:
            body = f"{green}+{_shortened(e.after)}{reset}"
        else:
            body = f"{red}-{_shortened(e.before)}{reset}"
        note = f" {dim}({e.note}){reset}" if e.note else ""
        out.append(f"{head} {body}{note}")
    counts = doc.counts()
    if counts:
        summary = ", ".join(f"{rule}: {n}" for rule, n in counts.most_common())
        sizes = f"{len(doc.source)} -> {len(doc.text)} chars"
        out.append(f"{len(doc.edits)} edits ({summary}); {sizes}")
    else:
        out.append("no edits: the text needs no cleaning")
    return "\n".join(out) + "\n"


def _use_color(mode: str, stream: IO[str]) -> bool:
    """``--color``: ``auto`` colours a terminal unless ``NO_COLOR`` is set to a non-empty
    value (https://no-color.org) or ``TERM`` is ``dumb``; ``always`` and ``never`` win."""
    if mode != "auto":
        return mode == "always"
    no_color = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    return stream.isatty() and not no_color


def _record(args: argparse.Namespace) -> tuple[str, str | None]:
    """The field to explain (``--html-field``, else ``--text-field``) of the JSONL record that
    ``--line`` or ``--id`` chose, and the record's URL (``--url-field``)."""
    if args.line is None and args.id is None:
        raise InputError(
            f"{args.path} is JSONL: choose the record to explain with --line N or --id ID "
            f"(and --text-field, default text)"
        )
    field = args.html_field or args.text_field
    for item in iter_jsonl(args.path, field, max_doc_bytes(args)):
        if args.line is not None and item.lineno != args.line:
            continue
        if args.id is not None and (
            item.record is None or str(item.record.get(args.id_field)) != args.id
        ):
            continue
        if item.error is not None or item.record is None:
            raise InputError(item.error or f"{args.path}:{item.lineno}: unreadable")
        url = item.record.get(args.url_field) if args.url_field else None
        text: str = item.record[field]
        return text, url if isinstance(url, str) else None
    chosen = f"line {args.line}" if args.id is None else f"{args.id_field} {args.id!r}"
    raise InputError(f"{args.path}: no record with {chosen}")


def _options(args: argparse.Namespace) -> BatchOptions:
    """How ``clean`` would read this input: HTML is explained with the extract preset unless
    --preset says otherwise."""
    return BatchOptions(
        args.format,
        args.text_field,
        max_bytes=max_doc_bytes(args),
        html_preset=None if args.preset else "extract",
    )


def _explain(cleaner: Cleaner, args: argparse.Namespace) -> Document:
    """Clean the chosen JSONL record, or the input as text or HTML, as ``clean`` would."""
    fmt = args.format if args.format != "auto" else fmt_of(args.path)
    if fmt == "jsonl":
        value, url = _record(args)
        if args.html_field:
            return html_cleaner(cleaner, _options(args)).clean_html_document(value, url=url)
        return cleaner.clean_document(value, url=url)
    if args.line is not None or args.id is not None or args.html_field:
        raise InputError(
            f"{args.path}: --line, --id and --html-field choose a record of a JSONL input"
        )
    return clean_file_document(cleaner, args.path, _options(args))


def run(args: argparse.Namespace) -> int:
    check_distinct(
        inputs=[args.path, args.config, getattr(args, "profile", None)], outputs=[args.html]
    )
    if args.html in (None, "-"):
        check_stdout_distinct([args.path, args.config, getattr(args, "profile", None)])
    cleaner = cleaner_from_args(args)
    doc = _explain(cleaner, args)
    if args.html:
        name = "stdin" if args.path == "-" else os.path.basename(args.path)
        with atomic_output(args.html) as out:
            out.write(render_html(doc, title=f"cleantext explain: {name}"))
        where = "the HTML report to stdout" if args.html == "-" else args.html
        logger.warning("wrote %s (%d edits)", where, len(doc.edits))
        return 0
    if args.json:
        data = {
            "source": doc.source,
            "text": doc.text,
            "edits": [e.to_dict() for e in doc.edits],
            "report": doc.report(),
        }
        dumped = json.dumps(data, ensure_ascii=False, indent=2)
        try:
            dumped.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (an escape in JSONL) stays an escape
            dumped = json.dumps(data, indent=2)
        sys.stdout.write(dumped + "\n")
        return 0
    sys.stdout.write(render_text(doc, _use_color(args.color, sys.stdout)))
    return 0
