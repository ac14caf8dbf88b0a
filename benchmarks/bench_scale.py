"""Full corpus dedup on N synthetic documents: time and peak memory as N grows.

Documents are ``--words`` words drawn from a Zipf-like vocabulary of 50,000 words; a share
(``--dup-rate``) are near-copies of an earlier document (5% of words replaced, cut to 60-100%).
Each N runs in a fresh process (so peak RSS is its own): texts are generated in batches and
streamed into signing, then LSH candidates, verification, union-find and the keep policy run
on the signatures. Generation time is measured and reported apart from the dedup time.

    .venv/bin/python benchmarks/bench_scale.py --sizes 10000,100000 [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator

import numpy as np

from cleantext.dedup.corpus import DedupOptions, dedup_corpus, sign_texts

VOCAB = 50_000


class Generator:
    """Synthetic documents with known near-copies; counts its own time."""

    def __init__(self, n: int, words: int, dup_rate: float, seed: int = 0) -> None:
        self.n, self.words, self.dup_rate = n, words, dup_rate
        self.rng = np.random.default_rng(seed)
        self.vocab = [f"w{i:x}" for i in range(VOCAB)]
        weights = 1.0 / np.arange(1, VOCAB + 1, dtype=np.float64)
        self.cdf = np.cumsum(weights / weights.sum())
        self.seconds = 0.0
        self.copies = 0
        self._recent: list[np.ndarray] = []

    def _doc(self) -> np.ndarray:
        if self._recent and self.rng.random() < self.dup_rate:
            src = self._recent[int(self.rng.integers(len(self._recent)))].copy()
            edits = self.rng.integers(0, len(src), len(src) // 20)
            src[edits] = self.rng.integers(0, VOCAB, len(edits))
            self.copies += 1
            return src[: int(len(src) * self.rng.uniform(0.6, 1.0))]
        ids = np.minimum(np.searchsorted(self.cdf, self.rng.random(self.words)), VOCAB - 1)
        self._recent = ([*self._recent, ids])[-1000:]
        return ids

    def __iter__(self) -> Iterator[str]:
        vocab = self.vocab
        for _ in range(self.n):
            t0 = time.perf_counter()
            ids = self._doc()
            text = " ".join(map(vocab.__getitem__, ids.tolist()))
            self.seconds += time.perf_counter() - t0
            yield text


def run_one(n: int, words: int, dup_rate: float, workers: int) -> dict[str, float | int]:
    gen = Generator(n, words, dup_rate)
    opts = DedupOptions(workers=workers)
    t0 = time.perf_counter()
    sigs = sign_texts(gen, opts)
    t1 = time.perf_counter()
    res = dedup_corpus([], opts, signatures=sigs)
    t2 = time.perf_counter()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sign_s = t1 - t0 - gen.seconds
    return {
        "docs": n,
        "words": words,
        "workers": workers,
        "generate_s": round(gen.seconds, 1),
        "sign_s": round(sign_s, 1),
        "cluster_s": round(t2 - t1, 1),
        "dedup_s": round(sign_s + t2 - t1, 1),
        "docs_per_s": round(n / (sign_s + t2 - t1)),
        "peak_rss_mb": round(peak_kb / 1024),
        "peak_rss_worker_mb": round(child_kb / 1024),
        "copies_made": gen.copies,
        "removed": res.stats["removed"],
        "candidate_pairs": res.stats["candidate_pairs"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--dup-rate", type=float, default=0.2)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.words, args.dup_rate, args.workers)))
        return
    for n in [int(s) for s in args.sizes.split(",")]:
        cmd = [sys.executable, __file__, "--one", str(n), "--words", str(args.words),
               "--dup-rate", str(args.dup_rate), "--workers", str(args.workers)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        print(out.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
