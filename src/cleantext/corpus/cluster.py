"""Clusters from pairs: union-find (connected components) and the keep policy.

>>> labels = components(5, np.array([[0, 3], [3, 4]]))
>>> labels.tolist()
[0, 1, 2, 0, 0]
>>> choose_kept(labels, "longest", lengths=np.array([5, 1, 1, 9, 2])).tolist()
[3, 1, 2, 3, 3]
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

__all__ = ["KEEP_POLICIES", "SCIPY_EDGES", "UnionFind", "choose_kept", "components"]

#: built-in keep policies; a user key is given as ``scores`` (see :func:`choose_kept`)
KEEP_POLICIES = ("first", "longest")


class UnionFind:
    """Disjoint sets over ``0..n-1`` with path halving; the root of a set is its smallest member.

    >>> uf = UnionFind(4); uf.union(3, 1); uf.union(1, 2)
    >>> uf.find(2), uf.find(0)
    (1, 0)
    """

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        """The root of ``x``'s set."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        """Merge the sets of ``a`` and ``b`` (the smaller root wins)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo

    def labels(self) -> NDArray[np.int64]:
        """The root of every element."""
        return np.fromiter(
            (self.find(i) for i in range(len(self.parent))), dtype=np.int64, count=len(self.parent)
        )


#: from this many edges on, :func:`components` uses scipy (importing it takes ~0.3-0.7 s; the
#: Python union-find takes about 2 s per million edges and nodes)
SCIPY_EDGES = 100_000


def components(
    n: int, edges: NDArray[np.int64], *, use_scipy: bool | None = None
) -> NDArray[np.int64]:
    """Connected components of ``n`` nodes: each node's label is its component's smallest node.

    ``use_scipy`` (default: from :data:`SCIPY_EDGES` edges on) computes them with
    ``scipy.sparse.csgraph.connected_components``; the labels are the same.

    >>> components(4, np.array([[3, 1]]), use_scipy=True).tolist()
    [0, 1, 2, 1]
    """
    pairs = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    if use_scipy is None:
        use_scipy = len(pairs) >= SCIPY_EDGES
    if use_scipy:
        return _scipy_components(n, pairs)
    uf = UnionFind(n)
    for a, b in pairs.tolist():
        uf.union(a, b)
    return uf.labels()


def _scipy_components(n: int, pairs: NDArray[np.int64]) -> NDArray[np.int64]:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), (n, n))
    _, comp = connected_components(graph, directed=False)
    smallest = np.full(int(comp.max()) + 1 if n else 0, n, dtype=np.int64)
    np.minimum.at(smallest, comp, np.arange(n, dtype=np.int64))
    labels: NDArray[np.int64] = smallest[comp]
    return labels


def choose_kept(
    labels: NDArray[np.int64],
    policy: str = "first",
    *,
    lengths: NDArray[np.int64] | None = None,
    scores: NDArray[np.float64] | None = None,
) -> NDArray[np.int64]:
    """For every document, the index of the document its cluster keeps.

    ``first`` keeps the earliest document, ``longest`` the one with the largest ``lengths``,
    ``key`` the one with the largest ``scores`` (a user key); ties go to the earliest.
    """
    n = len(labels)
    if n == 0:
        return np.empty(0, dtype=np.int64)
    if policy == "first":
        score = -np.arange(n, dtype=np.float64)
    elif policy == "longest":
        if lengths is None:
            raise ValueError("policy 'longest' needs lengths")
        score = np.asarray(lengths, dtype=np.float64)
    elif policy == "key":
        if scores is None:
            raise ValueError("policy 'key' needs scores")
        score = np.asarray(scores, dtype=np.float64)
    else:
        raise ValueError(f"unknown keep policy {policy!r}")
    # best first: by cluster, then score descending, then index ascending
    order = np.lexsort((np.arange(n), -score, labels))
    is_head = np.concatenate(([True], labels[order][1:] != labels[order][:-1]))
    head_of_run = order[np.flatnonzero(is_head)[np.cumsum(is_head) - 1]]
    kept = np.empty(n, dtype=np.int64)
    kept[order] = head_of_run
    return kept
