"""Which rule removed gold text, on a check set of ``build_holdout.py`` with full-body gold.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/set_losses.py [--data PATH] [--worst N]

For each page (default: ``benchmarks/holdout/fundus_text.jsonl``), the ``extract`` preset's
Document is made, and each line of the expected text is looked up in the input (whitespace
squashed). A line found in the input and missing from the output is lost; its characters are
charged to the rule of the removal edit that covers the line's start in the input
(``Edit.source_start``/``source_end``), else to ``partial`` (the line was cut or changed, not
removed whole). Lines not found in the input as one run (the rendering joins or splits them)
are counted as ``unlocated``. The summary gives the lost characters by rule (share of the
located gold), and the N worst pages by the shared scorer's 4-gram F1 with precision, recall,
the recall of the input itself (below 1 where the rendering splits or joins words the gold
has whole: the ceiling), gold and input characters, the rule that lost most (share of the
page's gold characters), and the share of non-Latin letters in the gold.

Only for a DEV set (fundus): a CHECK set (postlight) is scored, never read page by page.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType

from _paths import SHARED
from _snippets import squash, start_of
from cleantext import Document, make_cleaner

DATA = Path(__file__).resolve().parent / "holdout" / "fundus_text.jsonl"


def _scorer() -> ModuleType:
    path = SHARED / "tools" / "score_boilerplate.py"
    spec = importlib.util.spec_from_file_location("score_boilerplate", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _non_latin(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    other = sum(1 for c in letters if "LATIN" not in unicodedata.name(c, ""))
    return other / len(letters) if letters else 0.0


def _losses(doc: Document, gold: str) -> Counter[str]:
    """Lost gold characters by rule (plus ``unlocated``) on one page."""
    out = squash(doc.text)
    removals = [e for e in doc.edits if not e.after and e.source_start >= 0]
    lost: Counter[str] = Counter()
    for line in filter(None, map(squash, gold.splitlines())):
        at = start_of(doc.source, line)
        if at < 0:
            lost["unlocated"] += 0 if line in out else len(line)
        elif line not in out:
            rule = next(
                (e.rule for e in removals if e.source_start <= at < e.source_end), "partial"
            )
            lost[rule] += len(line)
        lost["_located"] += len(line) if at >= 0 else 0
        lost["_gold"] += len(line)
    return lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--worst", type=int, default=30, help="list the N worst pages")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"error: {args.data} not found: run benchmarks/build_holdout.py", file=sys.stderr)
        return 1
    scorer = _scorer()
    cleaner = make_cleaner(preset="extract")
    total: Counter[str] = Counter()
    pages = []
    for row in map(json.loads, args.data.open(encoding="utf-8")):
        doc = cleaner.clean_document(row["text"])
        lost = _losses(doc, row["expected"])
        total.update(lost)
        counts = scorer.doc_counts(row["expected"], doc.text)
        p, r = scorer.doc_precision(*counts), scorer.doc_recall(*counts)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        top = max((k for k in lost if k[0] != "_"), key=lost.__getitem__, default="-")
        ceiling = scorer.doc_recall(*scorer.doc_counts(row["expected"], row["text"]))
        pages.append((f1, p, r, row, top, lost, ceiling))
    located, gold = total.pop("_located"), total.pop("_gold")
    print(f"{len(pages)} pages; gold characters {gold}, located in the input {located}")
    for rule, n in total.most_common():
        print(f"  {rule:22} {n:8} chars  {n / max(located, 1):6.1%}")
    print(
        f"\nworst {args.worst} pages by F1 (P R F1 R-of-input gold-chars input-chars "
        "top-loss non-Latin)"
    )
    for f1, p, r, row, top, lost, ceiling in sorted(pages, key=lambda x: x[0])[: args.worst]:
        top_share = lost[top] / max(lost["_gold"], 1) if top != "-" else 0.0
        print(
            f"{row['id']:34} {p:.2f} {r:.2f} {f1:.2f} {ceiling:.2f} {len(row['expected']):6} "
            f"{len(row['text']):6} {top}:{top_share:.0%} {_non_latin(row['expected']):.0%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
