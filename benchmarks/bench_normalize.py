#!/usr/bin/env python3
"""Throughput of cleantext's normalizers against ``ftfy.fix_text``, measured in one run.

Inputs (built in memory, deterministic, ~5 MB each by default):

* ``fr_web``: the French scraped article (``examples/scraped_article_fr.txt``) repeated;
* ``en_ascii``: clean English ASCII prose generated from a word list;
* ``mixed``: French and English lines where ~1% of the lines are mojibake (UTF-8 bytes
  decoded as cp1252 or Latin-1).

For each input it times (best of ``--reps``) ``ftfy.fix_text``, ``cleantext.normalize`` with
the default profile (all rules) and with ``profile="ftfy"``, and prints the speed-up of each
against ftfy. It also checks that the ftfy profile's output equals ``ftfy.fix_text``'s on
every input, and that on the mixed input every mojibake line is repaired exactly as ftfy
repairs it (and nothing else is touched by the mojibake rule).

Usage: python benchmarks/bench_normalize.py [--size BYTES] [--reps N] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

import cleantext
from cleantext import Cleaner, Config

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "scraped_article_fr.txt"

WORDS = (  # noqa: SIM905 - a word list reads better as text
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there been one all we their has would when if so "
    "no will can more time people year city government report market school company police "
    "water health court state said new first last long great little own other old right big "
    "high different small large next early young important few public bad same able world "
    "country family life work system program question night point home number business "
    "service group problem fact money story month lot study book job word issue side kind "
    "head house friend power hour game line end member law car community president minister "
    "council office door health person art war history party result change morning reason "
    "research girl guy moment air teacher force education foot boy age policy music process"
).split()


def make_inputs(size: int) -> dict[str, str]:
    """The three inputs, plus ``mixed_clean`` (the mixed input before the damage)."""
    rng = random.Random(0)
    seed = SEED.read_text(encoding="utf-8")
    seed += "" if seed.endswith("\n") else "\n"
    fr = seed * (size // len(seed.encode("utf-8")) + 1)
    # same construction (and random draws) as ../shared/tools/bench_ftfy.py
    paras, total = [], 0
    while total < size:
        sents = []
        for _ in range(rng.randint(3, 8)):
            w = [rng.choice(WORDS) for _ in range(rng.randint(6, 22))]
            s = " ".join(w)
            if rng.random() < 0.3:
                k = rng.randrange(2, len(w) - 1)
                s = " ".join(w[:k]) + ", " + " ".join(w[k:])
            sents.append(s[0].upper() + s[1:] + rng.choice(".....?!"))
        paras.append(" ".join(sents))
        total += len(paras[-1]) + 2
    en = "\n\n".join(paras) + "\n"
    fr_lines = seed.splitlines(keepends=True)
    en_lines = [p + "\n" for p in paras[:2000]]
    lines, total, i = [], 0, 0
    while total < size:
        src = fr_lines if (i // 40) % 2 == 0 else en_lines
        lines.append(src[i % len(src)])
        total += len(lines[-1].encode("utf-8"))
        i += 1
    clean = list(lines)
    candidates = [k for k, ln in enumerate(lines) if not ln.isascii()]
    n_bad = max(1, round(0.01 * len(lines)))
    for j, k in enumerate(rng.sample(candidates, min(n_bad, len(candidates)))):
        enc = "cp1252" if j % 2 == 0 else "latin-1"
        errors = "strict" if enc == "latin-1" else "replace"
        lines[k] = lines[k].encode("utf-8").decode(enc, errors=errors)
    return {"fr_web": fr, "en_ascii": en, "mixed": "".join(lines), "mixed_clean": "".join(clean)}


def best_time(fn: Callable[[str], object], text: str, reps: int) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def mojibake_repairs_match(text: str) -> tuple[int, int]:
    """(lines the default profile's mojibake rule or ftfy changes, of which identical).

    Only the ``mojibake`` rule runs, so the lines compare ftfy's repair with ours.
    """
    others = {r.name for r in cleantext.all_rules() if r.step == "normalize"} - {"mojibake"}
    only = Cleaner(Config(steps=("normalize",), disable=frozenset(others)))
    ours = only.clean(text).splitlines()
    theirs = ftfy.fix_text(text).splitlines()
    changed = [i for i, line in enumerate(text.splitlines()) if not line == ours[i] == theirs[i]]
    return len(changed), sum(ours[i] == theirs[i] for i in changed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=5_000_000, help="bytes per input")
    ap.add_argument("--reps", type=int, default=5, help="best of N runs")
    ap.add_argument("--json", action="store_true", help="also print a JSON summary line")
    args = ap.parse_args(argv)

    data = make_inputs(args.size)
    contenders: dict[str, Callable[[str], object]] = {
        "ftfy.fix_text": ftfy.fix_text,
        "normalize": cleantext.normalize,
        "normalize(ftfy)": lambda t: cleantext.normalize(t, profile="ftfy"),
    }
    summary: dict[str, dict[str, float | bool]] = {}
    print(
        f"ftfy {ftfy.__version__}, cleantext {cleantext.__version__}, python "
        f"{sys.version.split()[0]}; best of {args.reps}"
    )
    print(
        f"{'input':10} {'MB':>6} {'ftfy MB/s':>10} {'default MB/s':>13} {'x ftfy':>7} "
        f"{'ftfy-profile MB/s':>18} {'x ftfy':>7}  same-as-ftfy"
    )
    for name in ("fr_web", "en_ascii", "mixed"):
        text = data[name]
        mb = len(text.encode("utf-8")) / 1e6
        times = {k: best_time(fn, text, args.reps) for k, fn in contenders.items()}
        same = cleantext.normalize(text, profile="ftfy") == ftfy.fix_text(text)
        row = {
            "ftfy_MBps": mb / times["ftfy.fix_text"],
            "default_MBps": mb / times["normalize"],
            "default_x": times["ftfy.fix_text"] / times["normalize"],
            "ftfy_profile_MBps": mb / times["normalize(ftfy)"],
            "ftfy_profile_x": times["ftfy.fix_text"] / times["normalize(ftfy)"],
            "ftfy_profile_identical": same,
        }
        summary[name] = row
        print(
            f"{name:10} {mb:6.2f} {row['ftfy_MBps']:10.1f} {row['default_MBps']:13.1f} "
            f"{row['default_x']:6.1f}x {row['ftfy_profile_MBps']:18.1f} "
            f"{row['ftfy_profile_x']:6.1f}x  {same}"
        )
    n, ok = mojibake_repairs_match(data["mixed"])
    restored = ftfy.fix_text(data["mixed"]) == data["mixed_clean"]
    print(
        f"mixed: {n} lines repaired (default profile's mojibake rule or ftfy), {ok} identical "
        f"to ftfy's repair (ftfy restores the undamaged text: {restored})"
    )
    if args.json:
        print(json.dumps({"inputs": summary, "mojibake_edits": n, "identical_to_ftfy": ok}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
