"""``cleantext clean --workers 2`` against ``--workers 1`` on a JSONL file, as real processes.

The input is the shared dedup dev corpus (``../shared/data/dedup/corpus_dev.jsonl``, 2,000
pages), concatenated ``--copies`` times. Each configuration runs ``--repeat`` times,
alternating, and the best time counts (the machine is shared). Both outputs must be identical.
Prints seconds, documents per second, the CPU time of the ``cleantext`` process itself (the
parent: start-up, handing out work, writing) and of its pool processes, and the speed-up of
2 workers over 1 (target >= 1.7x on two idle cores).

On a shared machine the wall-clock speed-up says little: with the kernel's autogroup
scheduling a session gets its share of the cores whatever its number of processes. The CPU
times hold better; from them, ``est.`` is what two idle cores would give: ``--workers 1``
takes its CPU time, ``--workers 2`` its start-up (the CPU time of a run on a one-line file)
plus half the rest of the CPU time of all its processes.

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

from _paths import SHARED, need

#: runs ``cleantext`` as ``python -m cleantext.cli`` does, then writes the CPU seconds (user +
#: system) of this process and of its children (the pool) to the file named by argv[1]
_WRAPPER = """
import atexit, resource, runpy, sys
def _cpu(path=sys.argv.pop(1)):
    own = resource.getrusage(resource.RUSAGE_SELF)
    pool = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "w") as f:
        f.write(f"{own.ru_utime + own.ru_stime} {pool.ru_utime + pool.ru_stime}")
atexit.register(_cpu)
sys.argv[0] = "cleantext"
runpy.run_module("cleantext.cli", run_name="__main__")
"""


def run(src: Path, out: Path, workers: int, preset: str) -> tuple[float, float, float]:
    """Wall seconds of one run, and the CPU seconds of the parent process and of the pool."""
    cpu_file = out.with_suffix(".cpu")
    cmd = [
        sys.executable,
        "-c",
        _WRAPPER,
        str(cpu_file),
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
    took = time.perf_counter() - started
    own, pool = cpu_file.read_text().split()
    return took, float(own), float(pool)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--preset", default="light")
    opts = ap.parse_args()
    need(SHARED / "data" / "dedup" / "corpus_dev.jsonl")
    corpus = (SHARED / "data" / "dedup" / "corpus_dev.jsonl").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_bytes(corpus * opts.copies)
        docs = corpus.count(b"\n") * opts.copies
        tiny = Path(tmp) / "tiny.jsonl"
        tiny.write_bytes(corpus[: corpus.index(b"\n") + 1])
        start = min(run(tiny, Path(tmp) / "tiny.out", 1, opts.preset)[1] for _ in range(3))
        best: dict[int, float] = {}
        cpu: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
        digests: dict[int, str] = {}
        for _ in range(opts.repeat):
            for workers in (1, 2):
                out = Path(tmp) / f"out{workers}.jsonl"
                took, own, pool = run(src, out, workers, opts.preset)
                best[workers] = min(best.get(workers, took), took)
                cpu[workers].append((own, pool))
                digests[workers] = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digests[1] == digests[2], "the outputs differ"
    print(
        f"{docs} documents ({len(corpus) * opts.copies / 2**20:.1f} MiB), preset "
        f"{opts.preset}, best of {opts.repeat}, {os.cpu_count()} cores; load average "
        f"{os.getloadavg()[0]:.1f}"
    )
    for workers, took in best.items():
        times = ", ".join(f"{own:.2f}+{pool:.2f}" for own, pool in cpu[workers])
        print(
            f"--workers {workers}: {took:6.2f} s  {docs / took:7.0f} docs/s  "
            f"CPU s, parent+pool: {times}"
        )
    one = min(own + pool for own, pool in cpu[1])
    two = min(start + (own + pool - start) / 2 for own, pool in cpu[2])
    print(f"speed-up of 2 workers over 1: {best[1] / best[2]:.2f}x")
    print(f"est. on two idle cores, from CPU times (start-up {start:.2f} s): {one / two:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
