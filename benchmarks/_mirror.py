"""Pinned files of another project, read from a clone or bare mirror of its repository
(``git show``, no checkout): shared by the scripts that rebuild or score pages nobody tuned
for (``build_extra_dev.py``, ``bench_html_extra.py``, ``build_holdout.py``).

Trafilatura's evaluation pages (``tests/evaldata.json`` and the HTML pages it names) are
selected here once: the pages named by a 32-digit hex id come from the Zyte benchmark, whose
held-out split is the project's test set, and any page whose URL or file name names an
excluded evaluation set is skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: trafilatura's commit the figures in docs/benchmarks.md were measured on
TRAFILATURA_PINNED = "e90b0ef5"
ZYTE_ID = re.compile(r"[0-9a-f]{32}\.html")
FORBIDDEN = re.compile(
    r"clean[-_ ]?eval|cleanportal|dragnet|l3s|gn1|readability|mozilla|cetd|"
    r"google[-_ ]?trends|wceb",
    re.IGNORECASE,
)


def git(repo: Path, *args: str) -> bytes:
    """The output of ``git -C repo ARGS`` (a clone or a bare mirror)."""
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


#: what reading a clone or mirror raises when it is not one, or lacks the commit
ERRORS = (subprocess.CalledProcessError, OSError)


def unreadable(exc: Exception) -> int:
    """Say that the trafilatura repository cannot be read; the exit status (1)."""
    print(f"error: cannot read the trafilatura repository: {exc}", file=sys.stderr)
    return 1


def add_repo_options(parser: argparse.ArgumentParser, pinned: str = TRAFILATURA_PINNED) -> None:
    """``--repo PATH`` (a trafilatura clone or mirror, required) and ``--commit REV``."""
    parser.add_argument("--repo", type=Path, required=True,
                        help="a clone or bare mirror of github.com/adbar/trafilatura")  # fmt: skip
    parser.add_argument("--commit", default=pinned)


def decode(raw: bytes) -> str:
    """UTF-8 when the bytes are; else the charset the page declares; else cp1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096])
    if declared is not None:
        try:
            return raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


@dataclass(frozen=True)
class EvalPage:
    """One entry of trafilatura's ``tests/evaldata.json``: ``raw`` is its HTML, ``None``
    where it is skipped (``skipped``: ``zyte``, ``forbidden`` or ``missing``)."""

    url: str
    name: str
    entry: dict[str, Any]
    raw: bytes | None
    skipped: str = ""


def _html(repo: Path, commit: str, name: str) -> bytes | None:
    for folder in ("tests/eval", "tests/cache"):
        try:
            return git(repo, "show", f"{commit}:{folder}/{name}")
        except subprocess.CalledProcessError:
            continue
    return None


def eval_pages(repo: Path, commit: str) -> tuple[str, Iterator[EvalPage]]:
    """The full commit id, and every entry of ``tests/evaldata.json`` at it, in order."""
    full = git(repo, "rev-parse", commit).decode().strip()
    entries = json.loads(git(repo, "show", f"{full}:tests/evaldata.json"))

    def pages() -> Iterator[EvalPage]:
        for url, entry in entries.items():
            name = entry["file"]
            if ZYTE_ID.fullmatch(name):
                yield EvalPage(url, name, entry, None, "zyte")
            elif FORBIDDEN.search(url) or FORBIDDEN.search(name):
                yield EvalPage(url, name, entry, None, "forbidden")
            else:
                raw = _html(repo, full, name)
                yield EvalPage(url, name, entry, raw, "" if raw is not None else "missing")

    return full, pages()
