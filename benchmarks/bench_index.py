"""`cleantext dedup --index` (persistent SQLite index, on disk) against the same command
without an index, on N synthetic documents: documents a second, and the ratio.

The corpus is written first (not timed) by ``bench_scale.write_corpus``: ``--words`` words per
document from a Zipf-like vocabulary of 50,000 words; ``--dup-rate`` of the documents are
near-copies of an earlier one (5% of the words replaced, cut to 60-100%). Each command runs as
a separate process; wall time and the process's CPU time (user + system, less sensitive to a
loaded machine) are reported. The index is a new file in the same folder (on disk).

    .venv/bin/python benchmarks/bench_index.py --docs 200000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_scale import write_corpus


def run(args: list[str]) -> tuple[float, float, dict[str, object]]:
    """Wall seconds, CPU seconds and the JSON report of one ``cleantext dedup`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "cleantext.cli", "dedup", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, json.loads(proc.stderr.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200_000)
    ap.add_argument("--words", type=int, default=200)
    ap.add_argument("--dup-rate", type=float, default=0.3)
    ap.add_argument("--dir", help="working folder (default: a temporary one)")
    ap.add_argument("--corpus", help="an existing corpus to use instead of writing one")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=opts.dir) as tmp:
        work = Path(tmp)
        src = Path(opts.corpus) if opts.corpus else work / "corpus.jsonl"
        if not opts.corpus:
            copies = write_corpus(src, opts.docs, opts.words, opts.dup_rate)
            size = src.stat().st_size >> 20
            print(f"corpus: {opts.docs} documents ({copies} near-copies), {size} MB")
        ref_wall, ref_cpu, ref = run([str(src), "-o", str(work / "plain.jsonl")])
        db = work / "seen.db"
        wall, cpu, rep = run([str(src), "-o", str(work / "indexed.jsonl"), "--index", str(db)])
        n = int(rep["documents"])  # type: ignore[call-overload]
        for label, w, c in (("without index", ref_wall, ref_cpu), ("--index (new)", wall, cpu)):
            print(f"{label}: {w:7.1f} s wall {c:7.1f} s CPU  {n / w:8.0f} docs/s")
        size = os.path.getsize(db) >> 20
        print(f"index / without: {wall / ref_wall:.2f}x wall, {cpu / ref_cpu:.2f}x CPU; "
              f"index file {size} MB; removed {rep['removed']} vs {ref['removed']}")  # fmt: skip
        wall2, cpu2, rep2 = run([str(src), "-o", str(work / "again.jsonl"), "--index", str(db)])
        print(f"--index (second run, all seen): {wall2:7.1f} s wall {cpu2:7.1f} s CPU  "
              f"{n / wall2:8.0f} docs/s; kept {rep2['clusters']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
