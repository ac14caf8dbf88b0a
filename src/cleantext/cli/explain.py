"""``cleantext explain``: show every edit the cleaner would make, by rule."""

from __future__ import annotations

import argparse
import json
import os
import sys
import zlib
from typing import IO

from cleantext.cli._options import add_cleaning_options, cleaner_from_args
from cleantext.io import InputError, atomic_output, decode_utf8, open_binary
from cleantext.pipeline import Cleaner, Document
from cleantext.report_html import render_html

__all__ = ["add_parser", "render_text", "run"]

_RED, _GREEN, _DIM, _BOLD, _RESET = "\033[31m", "\033[32m", "\033[2m", "\033[1m", "\033[0m"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "explain",
        help="show every edit with its rule",
        description="Show each change the cleaner makes: the rule, the span in the input, "
        "what was removed or replaced. Coloured on a terminal, plain when piped.",
    )
    p.add_argument(
        "path",
        nargs="?",
        default="-",
        help="input text or HTML file (HTML by extension or content: the edits then include "
        "each dropped block with its HTML signal), or - for stdin",
    )
    p.add_argument("--json", action="store_true", help="print the edits as JSON")
    p.add_argument(
        "--html",
        metavar="REPORT.html",
        help="write a self-contained HTML page (removed text struck through and coloured by "
        "rule, a legend with counts, links from duplicate blocks to the kept copy); written "
        "atomically",
    )
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the output (default: when stdout is a terminal)",
    )
    add_cleaning_options(p)
    p.set_defaults(run=run)


def _visible(s: str, limit: int = 160) -> str:
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
            body = f"{red}-{_visible(e.before)}{reset} {green}+{_visible(e.after)}{reset}"
        elif e.after:
            body = f"{green}+{_visible(e.after)}{reset}"
        else:
            body = f"{red}-{_visible(e.before)}{reset}"
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
    if mode != "auto":
        return mode == "always"
    no_color = os.environ.get("NO_COLOR") is not None or os.environ.get("TERM") == "dumb"
    return stream.isatty() and not no_color


def _explain(cleaner: Cleaner, args: argparse.Namespace) -> Document:
    """Clean the input as text, or as HTML (with the extract preset unless --preset says)."""
    from cleantext.html import is_html_file

    name = "<stdin>" if args.path == "-" else args.path
    with open_binary(args.path) as f:
        try:
            data = f.read()
        except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
            raise InputError(f"{name}: cannot read ({exc})") from None
    if not is_html_file(args.path, data):
        return cleaner.clean_document(decode_utf8(data, name))
    if args.preset is None:
        cleaner = Cleaner(cleaner.config.replace(preset="extract"))
    return cleaner.clean_html_document(data)


def run(args: argparse.Namespace) -> int:
    cleaner = cleaner_from_args(args)
    doc = _explain(cleaner, args)
    if args.html:
        name = "stdin" if args.path == "-" else os.path.basename(args.path)
        with atomic_output(args.html) as out:
            out.write(render_html(doc, title=f"cleantext explain: {name}"))
        print(f"cleantext: wrote {args.html} ({len(doc.edits)} edits)", file=sys.stderr)
        return 0
    if args.json:
        json.dump(
            {"edits": [e.to_dict() for e in doc.edits], "report": doc.report()},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    sys.stdout.write(render_text(doc, _use_color(args.color, sys.stdout)))
    return 0
