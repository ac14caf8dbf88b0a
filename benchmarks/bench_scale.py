"""The whole `cleantext dedup` command on N synthetic documents: time and peak memory vs N.

For each N a JSONL corpus is written first (not timed): ``--words`` words per document drawn
from a Zipf-like vocabulary of 50,000 words; a share (``--dup-rate``) of the documents are
near-copies of an earlier one (5% of words replaced, cut to 60-100%). Then
``cleantext dedup FILE -o OUT --workers W`` runs as a separate process; the wall time and the
peak resident memory of its whole process tree (main process plus workers, sampled every 0.1 s)
are reported with the command's own JSON report.

    .venv/bin/python benchmarks/bench_scale.py --sizes 10000,100000 --workers 2
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

VOCAB = 50_000


def write_corpus(path: Path, n: int, words: int, dup_rate: float, seed: int = 0) -> int:
    """Write ``n`` synthetic documents; returns how many are near-copies."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{i:x}" for i in range(VOCAB)]
    weights = 1.0 / np.arange(1, VOCAB + 1, dtype=np.float64)
    cdf = np.cumsum(weights / weights.sum())
    recent: list[np.ndarray] = []
    copies = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            if recent and rng.random() < dup_rate:
                ids = recent[int(rng.integers(len(recent)))].copy()
                edits = rng.integers(0, len(ids), len(ids) // 20)
                ids[edits] = rng.integers(0, VOCAB, len(edits))
                ids = ids[: int(len(ids) * rng.uniform(0.6, 1.0))]
                copies += 1
            else:
                ids = np.minimum(np.searchsorted(cdf, rng.random(words)), VOCAB - 1)
                recent = [*recent[-999:], ids]
            text = " ".join(map(vocab.__getitem__, ids.tolist()))
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    return copies


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and its children, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_dedup(src: Path, out: Path, workers: int) -> dict[str, object]:
    cmd = [
        sys.executable,
        "-m",
        "cleantext.cli",
        "dedup",
        str(src),
        "-o",
        str(out),
        "--workers",
        str(workers),
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        with contextlib.suppress(psutil.Error):
            peak = max(peak, tree_rss(watched))
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"cleantext dedup failed: {err}")
    report = json.loads(err.strip().splitlines()[-1])
    return {"wall_s": round(wall, 1), "peak_rss_mb": round(peak / 2**20), "report": report}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--dup-rate", type=float, default=0.2)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--dir", type=Path, help="where corpora are written (default: a temp dir)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        for n in [int(s) for s in args.sizes.split(",")]:
            src, out = Path(tmp) / f"synthetic_{n}.jsonl", Path(tmp) / f"out_{n}.jsonl"
            t0 = time.perf_counter()
            copies = write_corpus(src, n, args.words, args.dup_rate)
            gen_s = time.perf_counter() - t0
            res = run_dedup(src, out, args.workers)
            report = res.pop("report")
            assert isinstance(report, dict)
            row = {
                "docs": n,
                "words": args.words,
                "workers": args.workers,
                "file_mb": round(src.stat().st_size / 2**20),
                "generate_s": round(gen_s, 1),
                **res,
                "docs_per_s": round(n / float(res["wall_s"])),  # type: ignore[arg-type]
                "copies_made": copies,
                "removed": report["removed"],
                "command_seconds": report["seconds"],
            }
            print(json.dumps(row), flush=True)
            src.unlink()
            out.unlink()


if __name__ == "__main__":
    main()
