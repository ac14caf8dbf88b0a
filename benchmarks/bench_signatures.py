"""MinHash signatures end to end from raw text: cleantext vs datasketch vs rensa.

Every method gets the same documents and the same shingles (cleantext's normalised word
5-grams, built by :func:`cleantext.minhash.shingle.shingles` for the others), 128 permutations.
Timings are the best of ``--repeat`` runs, from raw text to signatures; ratios are against
datasketch's ``update_batch`` with its default hash, measured in the same run. Each method's
signatures then go through the same clustering (LSH candidates, containment >= 0.5, union-find)
and are scored against the ``cluster`` field of the data when it has one.

    .venv/bin/python benchmarks/bench_signatures.py [--data ../shared/data/dedup/corpus_dev.jsonl]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import xxhash
from datasketch import MinHash

from _paths import SHARED, need
from cleantext.corpus.dedup import DedupOptions, dedup_corpus, sign_texts
from cleantext.minhash import shingle as shingle_module
from cleantext.minhash.shingle import compiled, shingles
from cleantext.minhash.signatures import Signatures

try:
    import rensa
except ImportError:
    raise SystemExit(
        "bench_signatures.py compares against rensa, a development dependency: pip install "
        "rensa (or install cleantext with its dev extra)"
    ) from None

DEFAULT_DATA = str(SHARED / "data" / "dedup" / "corpus_dev.jsonl")
NUM_PERM = 128


def _sizes(per_doc: list[list[bytes]]) -> np.ndarray:
    return np.array([len(s) for s in per_doc], dtype=np.int64)


def ds_default(texts: list[str]) -> Signatures:
    per_doc = [shingles(t) for t in texts]
    values = []
    for sh in per_doc:
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch(sh)
        values.append(m.hashvalues)
    return Signatures(np.array(values, dtype=np.uint32), _sizes(per_doc))


def ds_bulk_xxhash(texts: list[str]) -> Signatures:
    per_doc = [shingles(t) for t in texts]
    mhs = MinHash.bulk(per_doc, num_perm=NUM_PERM, hashfunc=xxhash.xxh32_intdigest)
    return Signatures(np.array([m.hashvalues for m in mhs], dtype=np.uint32), _sizes(per_doc))


def rensa_rminhash(texts: list[str]) -> Signatures:
    per_doc = [shingles(t) for t in texts]
    values = []
    for sh in per_doc:
        m = rensa.RMinHash(NUM_PERM, 1)
        m.update(sh)
        values.append(m.digest())
    return Signatures(np.array(values, dtype=np.uint32), _sizes(per_doc))


def cleantext_1(texts: list[str]) -> Signatures:
    return sign_texts(texts, DedupOptions(num_perm=NUM_PERM))


def cleantext_2(texts: list[str]) -> Signatures:
    return sign_texts(texts, DedupOptions(num_perm=NUM_PERM, workers=2))


def cleantext_numpy(texts: list[str]) -> Signatures:
    """The numpy code that runs where the C kernels are not built."""
    kernels = shingle_module._kernels
    shingle_module._kernels = None
    try:
        return sign_texts(texts, DedupOptions(num_perm=NUM_PERM))
    finally:
        shingle_module._kernels = kernels


METHODS: dict[str, Callable[[list[str]], Signatures]] = {
    "datasketch update_batch (sha1)": ds_default,
    "datasketch MinHash.bulk (xxh32)": ds_bulk_xxhash,
    "rensa RMinHash": rensa_rminhash,
    "cleantext (1 process)": cleantext_1,
    "cleantext (--workers 2)": cleantext_2,
    "cleantext (numpy, no C kernels)": cleantext_numpy,
}


def pair_f1(gold: list[Any], kept: np.ndarray) -> float:
    def c2(x: int) -> int:
        return x * (x - 1) // 2

    both = sum(c2(v) for v in Counter(zip(gold, kept.tolist(), strict=True)).values())
    true = sum(c2(v) for v in Counter(gold).values())
    pred = sum(c2(v) for v in Counter(kept.tolist()).values())
    p = both / pred if pred else 1.0
    r = both / true if true else 1.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def best_time(fn: Callable[[list[str]], Signatures], texts: list[str], repeat: int):
    best, sigs = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        sigs = fn(texts)
        best = min(best, time.perf_counter() - t0)
    assert sigs is not None
    return best, sigs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N documents")
    args = ap.parse_args()
    need(Path(args.data))
    with open(args.data, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if args.limit:
        rows = rows[: args.limit]
    texts = [r["text"] for r in rows]
    gold = [r.get("cluster") for r in rows]
    if not compiled():
        print("note: the C kernels are not built: the first two cleantext rows use numpy too")
    results = {}
    for name, fn in METHODS.items():
        seconds, sigs = best_time(fn, texts, args.repeat)
        kept = dedup_corpus(texts, DedupOptions(num_perm=NUM_PERM), signatures=sigs).kept
        results[name] = {"seconds": round(seconds, 4), "docs_per_s": round(len(texts) / seconds)}
        if gold[0] is not None:
            results[name]["pair_F1"] = pair_f1(gold, kept)
    ref = results["datasketch update_batch (sha1)"]["seconds"]
    rensa_s = results["rensa RMinHash"]["seconds"]
    print(f"{'method':<34}{'seconds':>9}{'docs/s':>9}{'x sha1':>8}{'x rensa':>9}{'F1':>8}")
    for name, r in results.items():
        r["x_datasketch_default"] = round(ref / r["seconds"], 2)
        r["x_rensa"] = round(rensa_s / r["seconds"], 2)
        print(
            f"{name:<34}{r['seconds']:>9.3f}{r['docs_per_s']:>9}{r['x_datasketch_default']:>8}"
            f"{r['x_rensa']:>9}{r.get('pair_F1', ''):>8}"
        )
    print(json.dumps({"docs": len(texts), "num_perm": NUM_PERM, "results": results}))


if __name__ == "__main__":
    main()
