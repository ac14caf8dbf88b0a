"""Rebuild the extra dev pages for ``extract``: trafilatura's evaluation pages as plain text.

    .venv/bin/python benchmarks/build_extra_dev.py --repo PATH [--commit REV] [--out DIR]

Source: the trafilatura repository, https://github.com/adbar/trafilatura (Apache-2.0,
Copyright Adrien Barbaresi and contributors), file ``tests/evaldata.json`` and the HTML pages
under ``tests/eval/`` and ``tests/cache/`` it names. Each entry gives, for one page, a few
``with`` snippets (text of the main content, chosen at its start, its end and inside lists or
quotes) and ``without`` snippets (menus, footers, comments, related links). The pages are
news, blogs, government and company sites in several languages, mostly German, English and
Polish. The pages are not copied into this repository: this script rebuilds the set from a
clone (or a bare mirror) of trafilatura, at a pinned commit by default.

Each HTML page is rendered to whole-page plain text by the ``html-text`` library
(``html_text.extract_text`` with its default layout guessing: one line per block element),
the way the shared boilerplate benchmark renders its pages.

Skipped on purpose, and counted in the output:

- the 29 pages named by a 32-digit hex id: they come from the Zyte (Scrapinghub)
  article-extraction benchmark, whose held-out split is the project's test set;
- any page whose URL or file name names an evaluation set the project must not use
  (CleanEval, CleanPortalEval, Dragnet, L3S-GN1, the Mozilla Readability test pages, CETD,
  Google-Trends-2017, WCEB); none does at the pinned commit;
- pages whose HTML is missing at the commit.

Output: ``DIR/trafilatura_eval.jsonl`` (default ``DIR`` is ``benchmarks/extra_dev/``, which git
ignores), one JSON object per page: ``id`` (the file name), ``url``, ``text`` (the rendering),
``with``, ``without`` (the snippets), and ``DIR/SOURCE.txt`` saying where they came from.
Score it with ``benchmarks/score_extra_dev.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import html_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _mirror as mirror
from _mirror import add_repo_options, decode, eval_pages

OUT = Path(__file__).resolve().parent / "extra_dev"
SOURCE = """\
Pages rebuilt by benchmarks/build_extra_dev.py from trafilatura's evaluation data:
  repository  https://github.com/adbar/trafilatura
  commit      {commit}
  files       tests/evaldata.json, tests/eval/*.html, tests/cache/*.html
  licence     Apache-2.0 (Copyright Adrien Barbaresi and contributors)
  rendering   html_text.extract_text (html-text {version}), default layout guessing
Kept {kept} pages; skipped {zyte} Zyte benchmark pages (hex ids), {forbidden} pages of
excluded evaluation sets, {missing} pages without HTML at the commit.
"""


def build(repo: Path, commit: str, out: Path) -> dict[str, int]:
    """Write the pages of ``repo`` at ``commit`` to ``out``; return the counts."""
    full, pages = eval_pages(repo, commit)
    counts = {"kept": 0, "zyte": 0, "forbidden": 0, "missing": 0}
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "trafilatura_eval.jsonl", "w", encoding="utf-8") as f:
        for page in pages:
            if page.raw is None:
                counts[page.skipped] += 1
                continue
            text = html_text.extract_text(decode(page.raw))
            row = {"id": page.name, "url": page.url, "text": text,
                   "with": page.entry["with"], "without": page.entry["without"]}  # fmt: skip
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            counts["kept"] += 1
    version = getattr(html_text, "__version__", "?")
    (out / "SOURCE.txt").write_text(SOURCE.format(commit=full, version=version, **counts))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_repo_options(parser)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        counts = build(args.repo, args.commit, args.out)
    except mirror.ERRORS as exc:
        return mirror.unreadable(exc)
    print(", ".join(f"{k} {v}" for k, v in counts.items()), "->", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
