"""List the extra dev pages where ``extract`` loses a ``with`` snippet after the article's end.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/tail_losses.py [--data PATH] [--show N]

For each page of ``benchmarks/extra_dev`` (``build_extra_dev.py``), the first extract pass's
``extract-tail`` removal is found; a ``with`` snippet that starts inside it and is missing
from the output of the whole boilerplate step is a tail loss. What separates it from the
article is classed by the lines between the tail's start and the snippet (the first pass's
line kinds): ``none`` (the snippet's line is the first one cut), ``comments`` (a comment
heading or thread), ``box`` (a "Related" heading), ``ui`` (a UI string: share bar,
newsletter, navigation), ``hint``, else ``short`` (short or repeated lines only: a list, a
table, captions). The summary counts tail losses by class, and whether the snippet's own line
is a paragraph; ``--show N`` prints the first N pages with the lines around the cut.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from _snippets import squash, start_of
from cleantext.boilerplate import run_step
from cleantext.boilerplate.extract import LineInfo, classify_lines, find_main_content
from cleantext.config import Config
from cleantext.edits import apply_edits

DATA = Path(__file__).resolve().parent / "extra_dev" / "trafilatura_eval.jsonl"
#: the classes of what separates a lost snippet from the article, strongest first
_ORDER = (("stop", "comments"), ("box", "box"), ("ui", "ui"), ("hint", "hint"))


def _extract(text: str) -> str:
    for edits in run_step(text, Config(preset="extract")):
        text = apply_edits(text, edits)
    return text


def _separator(lines: list[LineInfo]) -> str:
    """The class of the lines between the cut and a lost snippet."""
    if not lines:
        return "none"
    kinds = {i.kind for i in lines}
    return next((name for kind, name in _ORDER if kind in kinds), "short")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", type=int, default=0, help="print the first N pages")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"error: {args.data} not found: run benchmarks/build_extra_dev.py first",
              file=sys.stderr)  # fmt: skip
        return 1
    classes: Counter[tuple[str, str]] = Counter()
    pages = shown = 0
    for line in args.data.open(encoding="utf-8"):
        row = json.loads(line)
        text = str(row["text"])
        page = squash(text)
        tail = next((e for e in find_main_content(text) if e.rule == "extract-tail"), None)
        if tail is None:
            continue
        out = squash(_extract(text))
        lost = sorted(
            (at, s)
            for s in map(squash, row["with"])
            if s and s in page and s not in out and (at := start_of(text, s)) >= tail.start
        )
        if not lost:
            continue
        pages += 1
        infos = [i for i in classify_lines(text) if i.kind != "empty"]
        for at, _ in lost:
            between = [i for i in infos if tail.start <= i.block.start and i.block.end <= at]
            own = next((i for i in infos if i.block.start <= at < i.block.end + 1), None)
            para = "paragraph" if own is not None and own.kind == "good" else "line"
            classes[_separator(between), para] += 1
        if shown < args.show:
            shown += 1
            at, snippet = lost[0]
            gap = [i.block.text.strip()[:40] for i in infos if tail.start <= i.block.start < at]
            print(f"{row['id']}: {len(lost)} lost after the cut")
            print(f"  before: {text[max(0, tail.start - 80) : tail.start].strip()[-80:]!r}")
            print(f"  between ({len(gap)} lines): {' | '.join(gap[:8])}")
            print(f"  lost: {snippet[:80]!r}")
    print(f"{pages} pages, {sum(classes.values())} with snippets lost after the cut")
    for (name, para), n in classes.most_common():
        print(f"  {name:9} {para:9} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
