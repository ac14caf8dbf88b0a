"""Per page: what ``clean_html`` loses and keeps, on a held-out set's HTML or the extra dev HTML.

    .venv/bin/python benchmarks/html_losses.py fundus [--save F] [--against F] [--show N]
    .venv/bin/python benchmarks/html_losses.py extra --repo PATH [--save F] [--against F] [--show N]

``fundus``, ``newspaper``, ``goose``: the pages of ``benchmarks/holdout/SET_html.jsonl`` scored
with the shared boilerplate scorer's shingle counts (tp, fp, fn per page). ``extra``: the extra
dev pages as HTML (trafilatura's evaluation pages, read from a clone or bare mirror as
``bench_html_extra.py`` does), snippets kept and lost. Postlight is refused: it is a check set,
read only through ``score_holdout.py``'s aggregate line.

``--show N`` prints the N pages losing most, each with the gold lines (or snippets) the output
lost; ``--save`` writes the per-page counts; ``--against`` gives the paired delta of recall,
precision and F1 against saved counts, with its bootstrap standard deviation.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import statistics
import sys
from pathlib import Path

import cleantext
from _paths import SHARED

HERE = Path(__file__).resolve().parent
Counts = dict[str, list[int]]


def _scorer() -> object:
    spec = importlib.util.spec_from_file_location("sb", SHARED / "tools" / "score_boilerplate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _holdout(name: str, show: int) -> Counts:
    sb = _scorer()
    counts: Counts = {}
    lost_lines: dict[str, list[str]] = {}
    with open(HERE / "holdout" / f"{name}_html.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out = cleantext.clean_html(row["text"])
            counts[row["id"]] = list(sb.doc_counts(row["expected"], out))  # type: ignore[attr-defined]
            squashed = " ".join(out.split())
            lost_lines[row["id"]] = [
                g
                for g in row["expected"].splitlines()
                if g.strip() and " ".join(g.split()) not in squashed
            ]
    for pid in sorted(counts, key=lambda p: -counts[p][2])[:show]:
        tp, fp, fn = counts[pid]
        print(f"== {pid} tp {tp} fp {fp} fn {fn}")
        for g in lost_lines[pid][:8]:
            print("   -", g[:160])
    return counts


def _extra(repo: Path, show: int) -> Counts:
    sys.path.insert(0, str(HERE))
    from bench_html_extra import _squash, load

    cleaner = cleantext.Cleaner(preset="extract")
    counts: Counts = {}
    shown = 0
    for page in load(repo, "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", None):
        out = _squash(cleaner.clean_html(page["raw"], url=str(page["url"])))  # type: ignore[arg-type]
        lost = [s for s in page["with"] if s not in out]  # type: ignore[attr-defined]
        kept = [s for s in page["without"] if s in out]  # type: ignore[attr-defined]
        counts[str(page["id"])] = [len(page["with"]) - len(lost), len(kept), len(lost)]  # type: ignore[arg-type]
        if lost and shown < show:
            shown += 1
            print(f"== {page['id']} lost {lost} kept {kept}")
    return counts


def _prf(rows: list[list[int]]) -> tuple[float, float, float]:
    """Mean per-page precision and recall (pages with output / with gold), F1 of the means."""
    ps = [tp / (tp + fp) for tp, fp, fn in rows if tp + fp]
    rs = [tp / (tp + fn) for tp, fp, fn in rows if tp + fn]
    p, r = statistics.fmean(ps or [1.0]), statistics.fmean(rs or [1.0])
    return p, r, 2 * p * r / max(p + r, 1e-9)


def _against(now: Counts, before: Counts) -> None:
    ids = sorted(set(now) & set(before))
    rng = random.Random(0)
    base = [_prf([before[i] for i in ids]), _prf([now[i] for i in ids])]
    deltas: list[tuple[float, ...]] = []
    for _ in range(200):
        pick = [rng.choice(ids) for _ in ids]
        b, a = _prf([before[i] for i in pick]), _prf([now[i] for i in pick])
        deltas.append(tuple(x - y for x, y in zip(a, b, strict=True)))
    for k, name in enumerate(("P", "R", "F1")):
        sd = statistics.pstdev(d[k] for d in deltas)
        was, now_ = base[0][k], base[1][k]
        print(f"{name}: {was:.4f} -> {now_:.4f}  delta {now_ - was:+.4f} (sd {sd:.4f})")
    changed = [i for i in ids if now[i] != before[i]]
    print(f"{len(changed)} pages changed:", ", ".join(changed[:30]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", choices=("fundus", "newspaper", "goose", "extra"))
    ap.add_argument("--repo", type=Path, help="trafilatura clone or mirror (for extra)")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--against", type=Path)
    args = ap.parse_args(argv)
    if args.set == "extra":
        if not args.repo:
            ap.error("extra needs --repo")
        counts = _extra(args.repo, args.show)
    else:
        counts = _holdout(args.set, args.show)
    p, r, f = _prf(list(counts.values()))
    print(f"{args.set}: {len(counts)} pages  P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    if args.save:
        args.save.write_text(json.dumps(counts))
    if args.against:
        _against(counts, json.loads(args.against.read_text()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
