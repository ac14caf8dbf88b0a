"""Quality and speed of `cleantext dedup` on the dev corpus, against the datasketch baseline.

Runs, on the same documents:

* ``cleantext dedup DATA -o OUT --mark`` (extra options after ``--``), timed in-process (the
  command's own work: reading, signing, clustering, writing marked JSONL) and as a whole
  process (interpreter start-up and imports included);
* ``minhash_baseline.py --mode bulk_xxhash`` (datasketch ``MinHash.bulk`` with xxhash,
  ``MinHashLSH``, union-find) at the same threshold and at 0.8; its own timer covers
  shingling, MinHash, LSH and union-find (no reading or writing), its process time everything.

Each output is scored with ``score_clusters.py`` (pair F1, ARI, keep accuracy).

cleantext's modules are byte-compiled first, as ``pip install`` does for an installed package
(and did for datasketch's): with ``PYTHONDONTWRITEBYTECODE=1`` an editable install would
otherwise compile its sources on every start-up.

    .venv/bin/python benchmarks/corpus_dedup_score.py [-- --ngram 5 --threshold 0.5]
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import io
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _paths import SHARED
from cleantext.cli import main as cleantext_main

DATA = SHARED / "data" / "dedup" / "corpus_dev.jsonl"
SCORER = SHARED / "tools" / "score_clusters.py"
BASELINE = SHARED / "tools" / "minhash_baseline.py"
KEYS = ("pair_P", "pair_R", "pair_F1", "ARI", "keep_acc")


def score(pred: Path, gold: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(SCORER), str(pred), "--gold", str(gold)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    res = json.loads(out.strip().splitlines()[-1])
    return {k: res[k] for k in KEYS}


def best_of(repeat: int, fn: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run_cleantext(data: Path, out: Path, extra: list[str], repeat: int) -> dict[str, object]:
    argv = ["dedup", str(data), "-o", str(out), "--mark", *extra]

    def in_process() -> None:
        with contextlib.redirect_stderr(io.StringIO()):
            assert cleantext_main(argv) == 0

    def whole() -> None:
        cmd = [sys.executable, "-m", "cleantext.cli", *argv]
        subprocess.run(cmd, check=True, capture_output=True)

    return {
        "in_process_s": round(best_of(repeat, in_process), 3),
        "process_s": round(best_of(repeat, whole), 3),
    }


def run_baseline(data: Path, out: Path, threshold: float, repeat: int) -> dict[str, object]:
    cmd = [
        sys.executable,
        str(BASELINE),
        "--data",
        str(data),
        "--out",
        str(out),
        "--mode",
        "bulk_xxhash",
        "--threshold",
        str(threshold),
    ]
    timers: list[float] = []

    def whole() -> None:
        res = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        timers.append(json.loads(res.strip().splitlines()[-1])["s_total"])

    process_s = best_of(repeat, whole)
    return {"own_timer_s": min(timers), "process_s": round(process_s, 3)}


def byte_compile() -> None:
    """``.pyc`` files for the cleantext package, as an installed package has."""
    import cleantext

    compileall.compile_dir(str(Path(cleantext.__file__).parent), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("extra", nargs="*", help="options for cleantext dedup (after --)")
    args = ap.parse_args()
    extra = ["--threshold", str(args.threshold), *args.extra]
    byte_compile()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "cleantext.jsonl"
        results["cleantext dedup " + " ".join(extra)] = {
            **run_cleantext(args.data, ours, extra, args.repeat),
            **score(ours, args.data),
        }
        for th in sorted({args.threshold, 0.8}):
            base = Path(tmp) / f"baseline{th}.jsonl"
            results[f"datasketch bulk_xxhash t={th}"] = {
                **run_baseline(args.data, base, th, args.repeat),
                **score(base, args.data),
            }
    ours_r = next(iter(results.values()))
    same = results[f"datasketch bulk_xxhash t={args.threshold}"]
    ours_in, ours_proc = float(ours_r["in_process_s"]), float(ours_r["process_s"])
    ratios = {
        "baseline_own_timer / cleantext_in_process": round(float(same["own_timer_s"]) / ours_in, 2),
        "baseline_process / cleantext_process": round(float(same["process_s"]) / ours_proc, 2),
    }
    for name, r in results.items():
        print(name, json.dumps(r))
    print(json.dumps({"results": results, "speedup": ratios}))


if __name__ == "__main__":
    main()
