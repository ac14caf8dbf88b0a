"""Score the boilerplate step on the extra dev pages (``benchmarks/build_extra_dev.py``).

    .venv/bin/python benchmarks/score_extra_dev.py [--data PATH] [--failures N]

Each page has ``with`` snippets (main content) and ``without`` snippets (boilerplate). Only
the snippets found in the page's plain text count (the html-text rendering can differ from
the HTML's text; whitespace is collapsed on both sides before comparing). For each system,
the boilerplate step alone (every pass of it, as the pipeline runs it) on the page text:

- ``with kept``: share of ``with`` snippets still in the output (recall of the content);
- ``without dropped``: share of ``without`` snippets no longer in the output;
- precision, recall, F1 over snippets, as trafilatura's own evaluation counts them (a kept
  ``with`` is a true positive, a kept ``without`` a false positive, a dropped ``with`` a
  false negative);
- ``± F1``: bootstrap standard deviation of F1 over pages (200 draws);
- ``pages ok``: share of pages where every snippet is where it should be.

``identity`` (input unchanged) and ``light`` are measured in the same run as references.
``--failures N`` lists, for ``extract``, the first N pages that lose a ``with`` snippet or
keep a ``without`` one; ``--first-lost`` counts the pages whose first ``with`` snippet (found
in the text) is not in ``extract``'s output (a standfirst or the article's first paragraph
lost with the head) and lists them. ``--save FILE`` writes ``extract``'s counts per page;
``--against FILE`` (counts saved from another version, on the same pages) prints the paired
difference of F1 (the same pages drawn for both, 1,000 draws) and the pages that got better
or worse::

    PYTHONPATH=OLD/src python benchmarks/score_extra_dev.py --save before.json
    PYTHONPATH=NEW/src python benchmarks/score_extra_dev.py --against before.json
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from cleantext.boilerplate import run_step
from cleantext.config import Config
from cleantext.edits import apply_edits

DATA = Path(__file__).resolve().parent / "extra_dev" / "trafilatura_eval.jsonl"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _step(config: Config) -> Callable[[str], str]:
    def run(text: str) -> str:
        for edits in run_step(text, config):
            text = apply_edits(text, edits)
        return text

    return run


SYSTEMS: dict[str, Callable[[str], str]] = {
    "identity": lambda text: text,
    "light": _step(Config()),
    "extract": _step(Config(preset="extract")),
}


class Tally:
    """Snippet counts of one system."""

    def __init__(self) -> None:
        self.tp = self.fn = self.fp = self.tn = self.pages = self.ok = 0
        self.per_page: list[tuple[int, int, int]] = []  # (tp, fn, fp) of each page
        self.ids: set[object] = set()

    def add(self, kept_with: int, lost_with: int, kept_without: int, dropped: int) -> None:
        self.tp += kept_with
        self.fn += lost_with
        self.fp += kept_without
        self.tn += dropped
        self.pages += 1
        self.ok += lost_with == 0 and kept_without == 0
        self.per_page.append((kept_with, lost_with, kept_without))

    def f1_std(self, rounds: int = 200, seed: int = 0) -> float:
        """Bootstrap standard deviation of F1 (pages drawn with replacement)."""
        rng = random.Random(seed)
        pages = self.per_page
        values = []
        for _ in range(rounds):
            tp = fn = fp = 0
            for a, b, c in (pages[rng.randrange(len(pages))] for _ in pages):
                tp, fn, fp = tp + a, fn + b, fp + c
            p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
            values.append(2 * p * r / max(1e-9, p + r))
        return statistics.pstdev(values)

    def row(self) -> tuple[float, ...]:
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f1 = 2 * p * r / max(1e-9, p + r)
        return r, self.tn / max(1, self.tn + self.fp), p, f1, self.ok / max(1, self.pages)


def _f1(pages: list[tuple[int, int, int]]) -> float:
    tp = sum(a for a, _, _ in pages)
    fn = sum(b for _, b, _ in pages)
    fp = sum(c for _, _, c in pages)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * p * r / max(1e-9, p + r)


def paired(
    before: list[tuple[int, int, int]], after: list[tuple[int, int, int]], rounds: int = 1000
) -> tuple[float, float, float]:
    """F1 after minus F1 before on the same pages: ``(difference, bootstrap std, share of
    draws where it is positive)``."""
    rng = random.Random(0)
    n = len(before)
    diffs = []
    for _ in range(rounds):
        draw = [rng.randrange(n) for _ in range(n)]
        diffs.append(_f1([after[i] for i in draw]) - _f1([before[i] for i in draw]))
    return _f1(after) - _f1(before), statistics.pstdev(diffs), sum(d > 0 for d in diffs) / rounds


def _compare(path: Path, ids: list[str], after: list[tuple[int, int, int]]) -> None:
    saved = json.loads(path.read_text(encoding="utf-8"))
    old = {k: tuple(v) for k, v in saved.items()}
    both = [i for i, k in enumerate(ids) if k in old]
    b = [old[ids[i]] for i in both]
    a = [after[i] for i in both]
    diff, std, share = paired(b, a)  # type: ignore[arg-type]
    print(f"paired F1 difference on {len(both)} pages: {diff:+.4f} ± {std:.4f} "
          f"(positive in {share:.0%} of draws)")  # fmt: skip
    for i, x, y in zip(both, b, a, strict=True):
        if x != y:
            sign = "better" if _f1([y]) > _f1([x]) else "worse" if _f1([y]) < _f1([x]) else "same"
            print(f"  {sign:6} {ids[i]}: (kept, lost, kept without) {x} -> {y}")


def score(
    rows: list[dict[str, object]], failures: int, first_lost: list[str] | None = None
) -> dict[str, Tally]:
    """Each system's tally; the ids of the pages whose first ``with`` snippet ``extract``
    loses are added to ``first_lost`` (if given)."""
    tallies = {name: Tally() for name in SYSTEMS}
    shown = 0
    for row in rows:
        text = str(row["text"])
        page = _squash(text)
        with_ = [s for s in map(_squash, row["with"]) if s and s in page]  # type: ignore[call-overload]
        without = [s for s in map(_squash, row["without"]) if s and s in page]  # type: ignore[call-overload]
        if not with_ and not without:
            continue
        for name, system in SYSTEMS.items():
            out = _squash(system(text))
            lost = [s for s in with_ if s not in out]
            kept = [s for s in without if s in out]
            tallies[name].ids.add(row["id"])
            tallies[name].add(
                len(with_) - len(lost), len(lost), len(kept), len(without) - len(kept)
            )
            if name == "extract" and first_lost is not None and with_ and with_[0] in lost:
                first_lost.append(str(row["id"]))
            if name == "extract" and (lost or kept) and shown < failures:
                shown += 1
                print(f"{row['id']}: lost {lost} kept {kept}")
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--failures", type=int, default=0)
    parser.add_argument("--save", type=Path, help="write extract's counts per page (JSON)")
    parser.add_argument("--against", type=Path, help="counts saved by --save: paired diff")
    parser.add_argument("--only-extract", action="store_true", help="skip identity and light")
    parser.add_argument("--first-lost", action="store_true",
                        help="list the pages whose first 'with' snippet extract loses")  # fmt: skip
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"error: {args.data} not found: run benchmarks/build_extra_dev.py first",
              file=sys.stderr)  # fmt: skip
        return 1
    with open(args.data, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    if args.only_extract:
        for name in ("identity", "light"):
            SYSTEMS.pop(name)
    first_lost: list[str] | None = [] if args.first_lost else None
    tallies = score(rows, args.failures, first_lost)
    if first_lost is not None:
        print(f"{len(first_lost)} pages lose their first 'with' snippet under extract:")
        for page_id in first_lost:
            print(f"  {page_id}")
    ids = [str(row["id"]) for row in rows if row["id"] in tallies["extract"].ids]
    if args.save:
        counts = dict(zip(ids, tallies["extract"].per_page, strict=True))
        args.save.write_text(json.dumps(counts), encoding="utf-8")
    if args.against:
        _compare(args.against, ids, tallies["extract"].per_page)
    print(f"{tallies['extract'].pages} pages with snippets found in the text")
    print(f"{'system':10} {'with kept':>9} {'w/o dropped':>11} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'± F1':>6} {'pages ok':>8}  F1 / identity")  # fmt: skip
    base = tallies["identity"].row()[3] if "identity" in tallies else 1.0
    for name, tally in tallies.items():
        r, dropped, p, f1, ok = tally.row()
        print(f"{name:10} {r:9.3f} {dropped:11.3f} {p:6.3f} {r:6.3f} {f1:6.3f} "
              f"{tally.f1_std():6.3f} {ok:8.3f}  {f1 / base:.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
