"""``cleantext learn-boilerplate``: learn each site's repeated lines from a JSONL corpus."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator

from cleantext.boilerplate.learned import learn_profile
from cleantext.cli._examples import with_examples
from cleantext.cli._options import add_max_doc_option, max_doc_bytes
from cleantext.io import (
    InputError,
    atomic_output,
    check_distinct,
    check_output_path,
    check_stdout_distinct,
    iter_jsonl,
)
from cleantext.reporting import logger

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "learn-boilerplate",
        help="learn per-site boilerplate lines from a JSONL corpus",
        description="Group the pages of a JSONL corpus by the host of their URL and keep the "
        "lines that recur on many pages of the same site (footers, newsletter boxes, "
        "disclaimers). Use the result with `cleantext clean --profile PROFILE.json`.",
        **with_examples(
            "cleantext learn-boilerplate crawl.jsonl -o site.json",
            "cleantext clean crawl.jsonl --profile site.json -o clean.jsonl",
        ),
    )
    p.add_argument("path", help="JSONL corpus (.gz/.zst ok), or - for stdin")
    p.add_argument("-o", "--output", required=True, help="profile JSON to write (atomically)")
    p.add_argument("--text-field", default="text", help="field with the page text (default: text)")
    p.add_argument("--url-field", default="url", help="field with the page URL (default: url)")
    p.add_argument(
        "--min-pages",
        type=int,
        default=3,
        help="a line must be on at least this many pages of a site (default: 3)",
    )
    p.add_argument(
        "--min-share",
        type=float,
        default=0.1,
        help="... and on at least this share of the site's pages (default: 0.1)",
    )
    p.add_argument("--skip-bad", action="store_true", help="skip malformed lines (counted)")
    add_max_doc_option(p)
    p.set_defaults(run=run)


def _pages(args: argparse.Namespace, skipped: list[str]) -> Iterator[tuple[str, str]]:
    for item in iter_jsonl(args.path, args.text_field, max_doc_bytes(args)):
        if item.error is not None:
            if not args.skip_bad:
                raise InputError(item.error + " (use --skip-bad to skip such lines)")
            skipped.append(item.error)
            continue
        assert item.record is not None
        url = item.record.get(args.url_field)
        if isinstance(url, str):
            yield url, item.record[args.text_field]


def _count(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless ``n`` is 1.

    >>> _count(1, "site"), _count(3, "line"), _count(0, "bad record")
    ('1 site', '3 lines', '0 bad records')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def run(args: argparse.Namespace) -> int:
    if args.min_pages < 1 or not 0.0 <= args.min_share <= 1.0:
        raise InputError("--min-pages must be >= 1 and --min-share in [0, 1]")
    check_distinct(inputs=[args.path], outputs=[args.output])
    if args.output == "-":
        check_stdout_distinct([args.path])
    else:  # (written after the whole corpus is read: refused before it, not after)
        check_output_path(args.output, probe=True)
    skipped: list[str] = []
    profile = learn_profile(_pages(args, skipped), args.min_pages, args.min_share)
    with atomic_output(args.output) as out:
        json.dump(profile.to_dict(), out, ensure_ascii=False, indent=1)
        out.write("\n")
    n_lines = sum(len(s.lines) for s in profile.sites.values())
    logger.warning(
        "%s learned for %s%s",
        _count(n_lines, "line"),
        _count(len(profile.sites), "site"),
        f", {_count(len(skipped), 'bad record')} skipped" if skipped else "",
    )
    return 0
