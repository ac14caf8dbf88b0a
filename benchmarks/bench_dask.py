"""Corpus dedup as a Dask job on a LocalCluster: time, shuffle volume, memory, as N grows.

Each partition generates its own synthetic documents on the worker (``bench_scale``'s
recipe: Zipf-like words, a share of near-copies of earlier documents of the same partition),
so the client never holds the texts. The job is :func:`cleantext.integrations.dask.dedup_bag`,
its phases timed apart: signatures (persisted on the workers), exact copies (a shuffle on the
whole-signature key), LSH (band shuffle, pairs, two signature joins, verification), and the
client part (connected components over the gathered edges, keep policy).
``--components`` also times :func:`cleantext.corpus.cluster.components` alone on random graphs,
the step that runs on one machine whatever the cluster size.

    .venv/bin/python benchmarks/bench_dask.py --sizes 20000,100000 [--workers 2]
    .venv/bin/python benchmarks/bench_dask.py --components 1000000,5000000
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from typing import Any

import numpy as np

from cleantext.corpus.cluster import components
from cleantext.corpus.dedup import DedupOptions
from cleantext.integrations.dask import _copies, _result, _signature_table, _verified_edges

VOCAB = 50_000


def _texts(seed: int, n: int, words: int, dup_rate: float) -> list[str]:
    """``n`` documents of a Zipf-like vocabulary; a share ``dup_rate`` are near-copies of an
    earlier one of the same partition (5% of words replaced, cut to 60-100%)."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{i:x}" for i in range(VOCAB)]
    weights = 1.0 / np.arange(1, VOCAB + 1, dtype=np.float64)
    cdf = np.cumsum(weights / weights.sum())
    recent: list[np.ndarray] = []
    out = []
    for _ in range(n):
        if recent and rng.random() < dup_rate:
            ids = recent[int(rng.integers(len(recent)))].copy()
            edits = rng.integers(0, len(ids), len(ids) // 20)
            ids[edits] = rng.integers(0, VOCAB, len(edits))
            ids = ids[: int(len(ids) * rng.uniform(0.6, 1.0))]
        else:
            ids = np.minimum(np.searchsorted(cdf, rng.random(words)), VOCAB - 1)
            recent = [*recent[-999:], ids]
        out.append(" ".join(map(vocab.__getitem__, ids.tolist())))
    return out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_dask(n: int, parts: int, words: int, dup_rate: float, workers: int) -> dict[str, Any]:
    import dask.bag as db
    from dask.base import compute
    from distributed import Client, LocalCluster, wait

    opts = DedupOptions()
    scheme = opts.scheme()
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        sizes = [n // parts + (i < n % parts) for i in range(parts)]
        seeds = db.from_sequence(list(zip(range(parts), sizes, strict=True)), npartitions=parts)
        texts = seeds.map(lambda s: _texts(s[0], s[1], words, dup_rate)).flatten().persist()
        wait(texts)  # generation is not timed
        t0 = time.perf_counter()
        table = _signature_table(list(texts.to_delayed()), opts)
        wait(table)
        t1 = time.perf_counter()
        copies = _copies(table, opts)
        copy_docs = np.sort(copies["doc"].to_numpy())
        t2 = time.perf_counter()
        edges_dd = _verified_edges(table, copy_docs, opts, 200)
        edges, docs = compute(edges_dd, table[["doc", "length"]])
        t3 = time.perf_counter()
        ids = np.sort(docs["doc"].to_numpy())
        lengths = docs.set_index("doc")["length"].reindex(ids).to_numpy()
        res = _result(ids, lengths, copies, edges, opts)
        t4 = time.perf_counter()
        worker_peak = client.run(_peak_mb)
    return {
        "docs": n,
        "partitions": parts,
        "workers": workers,
        "sign_s": round(t1 - t0, 1),
        "identical_s": round(t2 - t1, 1),
        "lsh_verify_s": round(t3 - t2, 1),
        "client_components_s": round(t4 - t3, 2),
        "total_s": round(t4 - t0, 1),
        "band_rows_mb": round(n * scheme.bands * 18 / 2**20, 1),
        "signature_table_mb": round(n * (32 + 4 * opts.num_perm) / 2**20, 1),
        "identical": res.stats["identical"],
        "verified_edges": res.stats["verified_pairs"],
        "removed": res.stats["removed"],
        "peak_rss_worker_mb": round(max(worker_peak.values())),
        "peak_rss_client_mb": round(_peak_mb()),
    }


def run_components(n: int) -> dict[str, Any]:
    rng = np.random.default_rng(0)
    edges = rng.integers(0, n, size=(n // 2, 2), dtype=np.int64)
    t0 = time.perf_counter()
    labels = components(n, edges)
    dt = time.perf_counter() - t0
    return {
        "nodes": n,
        "edges": n // 2,
        "components_s": round(dt, 2),
        "clusters": len(np.unique(labels)),
        "peak_rss_mb": round(_peak_mb()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="20000")
    ap.add_argument("--docs-per-partition", type=int, default=5000)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--dup-rate", type=float, default=0.2)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--components", default="")
    args = ap.parse_args()
    for n in [int(s) for s in args.components.split(",") if s]:
        print(json.dumps(run_components(n)), flush=True)
    if args.components:
        return
    for n in [int(s) for s in args.sizes.split(",") if s]:
        parts = max(2, n // args.docs_per_partition)
        row = run_dask(n, parts, args.words, args.dup_rate, args.workers)
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
