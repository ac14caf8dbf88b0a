"""``cleantext clean --workers 2`` against ``--workers 1`` on a JSONL file, as real processes.

The input is the shared dedup dev corpus (``../shared/data/dedup/corpus_dev.jsonl``, 2,000
pages), concatenated ``--copies`` times. Each configuration runs ``--repeat`` times,
alternating, and the best time counts (the machine is shared). Both outputs must be identical.
Prints seconds, documents per second and the speed-up of 2 workers over 1 (target >= 1.7x on
two idle cores).

Usage: ``python benchmarks/bench_workers.py [--copies 2] [--repeat 3] [--preset light]``
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _paths import SHARED


def run(src: Path, out: Path, workers: int, preset: str) -> float:
    cmd = [
        sys.executable,
        "-m",
        "cleantext.cli",
        "clean",
        str(src),
        "-o",
        str(out),
        "--workers",
        str(workers),
        "--preset",
        preset,
    ]
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--preset", default="light")
    opts = ap.parse_args()
    corpus = (SHARED / "data" / "dedup" / "corpus_dev.jsonl").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_bytes(corpus * opts.copies)
        docs = corpus.count(b"\n") * opts.copies
        best: dict[int, float] = {}
        digests: dict[int, str] = {}
        for _ in range(opts.repeat):
            for workers in (1, 2):
                out = Path(tmp) / f"out{workers}.jsonl"
                took = run(src, out, workers, opts.preset)
                best[workers] = min(best.get(workers, took), took)
                digests[workers] = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digests[1] == digests[2], "the outputs differ"
    print(
        f"{docs} documents ({len(corpus) * opts.copies / 2**20:.1f} MiB), preset "
        f"{opts.preset}, best of {opts.repeat}, {os.cpu_count()} cores; load average "
        f"{os.getloadavg()[0]:.1f}"
    )
    for workers, took in best.items():
        print(f"--workers {workers}: {took:6.2f} s  {docs / took:7.0f} docs/s")
    print(f"speed-up of 2 workers over 1: {best[1] / best[2]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
