"""Build a small check set that no rule was tuned on: the article test pages of two
extraction libraries, as plain text and as HTML.

    .venv/bin/python benchmarks/build_holdout.py --newspaper PATH --goose PATH [--out DIR]

Sources (the pages are not copied into this repository; this script rebuilds them from a
clone or bare mirror, at pinned commits):

- newspaper4k, https://github.com/AndyTheFactory/newspaper4k (MIT, Copyright Lucas Ou-Yang
  and contributors), ``tests/data/html/NAME.html`` with the article text the library's tests
  expect in ``tests/data/txt/NAME.txt``. News pages in English, Arabic, Burmese, Chinese,
  Japanese, Korean, Latvian, Spanish and Thai. The expected text is the whole article, so
  precision and recall both count.
- goose3, https://github.com/goose3/goose3 (Apache-2.0, Copyright Xavier Grangier and
  contributors), ``tests/data/content/test_NAME.html`` with ``expected.cleaned_text`` in
  ``test_NAME.json``. The expected text is the article's beginning only (goose3's tests
  compare a prefix), so only recall means anything here: whether the start of the article
  survives.

Neither library's evaluation folders are read (newspaper4k's ``evaluation/`` uses a benchmark
whose held-out part is this project's test set), and no page comes from an evaluation set the
project must not use.

Output, in ``DIR`` (default ``benchmarks/holdout/``, which git ignores): for each source a
``SOURCE_text.jsonl`` (``text`` is the page rendered to plain text by ``html_text``) and a
``SOURCE_html.jsonl`` (``text`` is the HTML), each line ``{"id", "text", "expected"}``: the
format of ``../shared/tools/score_boilerplate.py``. Score with, for example::

    python ../shared/tools/score_boilerplate.py benchmarks/holdout/newspaper_text.jsonl \\
        --command "cleantext clean --preset extract -"
    python ../shared/tools/score_boilerplate.py benchmarks/holdout/newspaper_html.jsonl \\
        --command "cleantext clean --format html -"
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import html_text

from cleantext.html import decode_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _mirror import git

#: the commits the figures in docs/benchmarks.md were measured on
NEWSPAPER_COMMIT = "540bff3"
GOOSE_COMMIT = "c5a8902"
OUT = Path(__file__).resolve().parent / "holdout"


def _names(repo: Path, commit: str, folder: str) -> list[str]:
    listing = git(repo, "ls-tree", "--name-only", f"{commit}:{folder}").decode()
    return sorted(listing.split())


def _newspaper(repo: Path, commit: str) -> Iterator[tuple[str, bytes, str]]:
    texts = {n[: -len(".txt")] for n in _names(repo, commit, "tests/data/txt")}
    for name in _names(repo, commit, "tests/data/html"):
        stem = name[: -len(".html")]
        if stem in texts:
            expected = git(repo, "show", f"{commit}:tests/data/txt/{stem}.txt").decode()
            yield stem, git(repo, "show", f"{commit}:tests/data/html/{name}"), expected


def _goose(repo: Path, commit: str) -> Iterator[tuple[str, bytes, str]]:
    names = _names(repo, commit, "tests/data/content")
    for name in names:
        stem = name[: -len(".html")]
        if name.endswith(".html") and f"{stem}.json" in names:
            meta = json.loads(git(repo, "show", f"{commit}:tests/data/content/{stem}.json"))
            expected = meta.get("expected", {}).get("cleaned_text") or ""
            if expected.strip():
                yield stem, git(repo, "show", f"{commit}:tests/data/content/{name}"), expected


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def build(source: str, pages: Iterator[tuple[str, bytes, str]], out: Path) -> int:
    """Write ``SOURCE_text.jsonl`` and ``SOURCE_html.jsonl``; the number of pages."""
    as_text, as_html = [], []
    for stem, raw, expected in pages:
        html = decode_html(raw)
        as_html.append({"id": stem, "text": html, "expected": expected})
        as_text.append({"id": stem, "text": html_text.extract_text(html), "expected": expected})
    _write(out / f"{source}_text.jsonl", as_text)
    _write(out / f"{source}_html.jsonl", as_html)
    return len(as_text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--newspaper", type=Path, required=True, help="newspaper4k clone/mirror")
    ap.add_argument("--goose", type=Path, required=True, help="goose3 clone/mirror")
    ap.add_argument("--out", type=Path, default=OUT)
    opts = ap.parse_args(argv)
    opts.out.mkdir(parents=True, exist_ok=True)
    n = build("newspaper", _newspaper(opts.newspaper, NEWSPAPER_COMMIT), opts.out)
    g = build("goose", _goose(opts.goose, GOOSE_COMMIT), opts.out)
    print(f"newspaper4k {n} pages, goose3 {g} pages -> {opts.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
