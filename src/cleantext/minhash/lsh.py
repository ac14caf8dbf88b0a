"""LSH banding: parameters, the signature scheme, band keys and similarity estimates.

A MinHash signature of ``num_perm`` values is cut into ``bands`` bands of ``rows`` values. Two
documents become candidates when any band is equal; the chance is ``1 - (1 - s**rows)**bands``
for Jaccard similarity ``s``. :func:`optimal_params` picks ``(bands, rows)`` for a threshold
the way ``datasketch.MinHashLSH`` does (minimise the weighted false positive and false negative
areas under that S-curve).

>>> optimal_params(0.5, 128)
(25, 5)
>>> s = Scheme.create(threshold=0.5)
>>> Scheme.parse(str(s)) == s
True
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "CONTAINMENT_MIN_RATIO",
    "CONTAINMENT_MIN_SIZE",
    "SCHEME_VERSION",
    "BandTable",
    "Scheme",
    "SchemeError",
    "band_keys",
    "estimate_containment",
    "estimate_containments",
    "estimate_jaccard",
    "optimal_params",
    "similarity",
]

#: bumped whenever signatures or band keys of the same parameters would change
SCHEME_VERSION = 1

#: containment is estimated only when the smaller document has this many shingles ...
CONTAINMENT_MIN_SIZE = 20
#: ... and at least this share of the larger document's (else Jaccard is used)
CONTAINMENT_MIN_RATIO = 0.3

_GRID = 201
_PRIME64 = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)


class SchemeError(ValueError):
    """Signatures or an index were made with a different scheme than the one asked for."""


def _areas(
    lo: float, hi: float, bands: NDArray[np.float64], rows: NDArray[np.float64], negative: bool
) -> NDArray[np.float64]:
    """Trapezoid areas under ``P(candidate)`` (or ``1 - P``) on ``[lo, hi]``, per (b, r)."""
    s = np.linspace(lo, hi, _GRID)
    p = 1.0 - (1.0 - s[None, :] ** rows[:, None]) ** bands[:, None]
    y = 1.0 - p if negative else p
    return np.asarray(((y[:, 1:] + y[:, :-1]) * np.diff(s)).sum(axis=1) / 2.0)


@lru_cache(maxsize=256)
def optimal_params(
    threshold: float, num_perm: int, fp_weight: float = 0.5, fn_weight: float = 0.5
) -> tuple[int, int]:
    """``(bands, rows)`` minimising ``fp_weight * FP + fn_weight * FN`` at ``threshold``.

    FP is the area under the candidate probability below the threshold, FN the area above it
    where a pair is missed, as in datasketch's ``_optimal_param`` (same search order: the
    first minimum over bands, then rows, wins).

    >>> optimal_params(0.8, 128)
    (9, 13)
    """
    if not 0.0 < threshold < 1.0:
        raise ValueError("threshold must be in (0, 1)")
    combos = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    bands = np.array([c[0] for c in combos], dtype=np.float64)
    rows = np.array([c[1] for c in combos], dtype=np.float64)
    fp = _areas(0.0, threshold, bands, rows, negative=False)
    fn = _areas(threshold, 1.0, bands, rows, negative=True)
    return combos[int(np.argmin(fp * fp_weight + fn * fn_weight))]


@dataclass(frozen=True)
class Scheme:
    """Everything that must match for two signatures (or band keys) to be comparable.

    Stored by every index and checked when it is opened again, so that signatures made with
    other parameters are never mixed in silently. ``str(scheme)`` is the stored form.

    Attributes:
        num_perm: number of MinHash permutations (signature length).
        seed: permutation seed (datasketch's ``seed``).
        hash: how a shingle becomes a 32-bit value: ``ngram-xxh32`` (the fast default,
            :func:`~cleantext.minhash.signatures.ngram_hash`) or ``xxh32``
            (``xxhash.xxh32_intdigest`` of the shingle bytes).
        perm: datasketch permutation scheme (``affine32``, datasketch >= 2.0's default).
        shingle: shingling, e.g. ``word:5`` or ``char:5``, plus normalisation flags.
        bands: LSH bands.
        rows: rows per band (``bands * rows <= num_perm``).
        version: :data:`SCHEME_VERSION` when the scheme was made.
    """

    num_perm: int = 128
    seed: int = 1
    hash: str = "ngram-xxh32"
    perm: str = "affine32"
    shingle: str = "word:5"
    bands: int = 25
    rows: int = 5
    version: int = SCHEME_VERSION

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm or self.bands < 1 or self.rows < 1:
            raise SchemeError(f"bands*rows must be <= num_perm ({self.bands}x{self.rows})")

    @classmethod
    def create(
        cls,
        threshold: float = 0.5,
        num_perm: int = 128,
        *,
        fp_weight: float = 0.5,
        fn_weight: float = 0.5,
        **fields: object,
    ) -> Scheme:
        """A scheme whose bands and rows suit ``threshold`` (see :func:`optimal_params`)."""
        bands, rows = optimal_params(threshold, num_perm, fp_weight, fn_weight)
        return cls(num_perm=num_perm, bands=bands, rows=rows, **fields)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return ";".join(f"{f.name}={getattr(self, f.name)}" for f in dataclasses.fields(self))

    @classmethod
    def parse(cls, text: str) -> Scheme:
        """The scheme written by ``str(scheme)``."""
        values: dict[str, object] = {}
        types = {f.name: f.type for f in dataclasses.fields(cls)}
        for part in text.split(";"):
            name, _, value = part.partition("=")
            if name not in types:
                raise SchemeError(f"unknown scheme field {name!r} in {text!r}")
            values[name] = int(value) if types[name] in (int, "int") else value
        return cls(**values)  # type: ignore[arg-type]

    def check(self, other: Scheme) -> None:
        """Raise :class:`SchemeError` unless ``other`` makes the same signatures and bands."""
        if other != self:
            raise SchemeError(f"scheme mismatch: index has {self}, got {other}")


def band_keys(signatures: NDArray[np.uint32], bands: int, rows: int) -> NDArray[np.uint64]:
    """One 64-bit key per band and document: ``(n_docs, bands)``; equal bands, equal keys.

    The band number is mixed in, so keys of different bands never meet.

    >>> sig = np.arange(8, dtype=np.uint32).reshape(1, 8)
    >>> k = band_keys(np.vstack([sig, sig]), 2, 4)
    >>> k.shape, bool(k[0, 0] == k[1, 0]), bool(k[0, 0] != k[0, 1])
    ((2, 2), True, True)
    """
    sigs = np.atleast_2d(signatures)
    n = sigs.shape[0]
    cube = sigs[:, : bands * rows].reshape(n, bands, rows)
    with np.errstate(over="ignore"):
        h = np.tile((np.arange(1, bands + 1, dtype=np.uint64) * _PRIME64), (n, 1))
        for r in range(rows):
            h ^= cube[:, :, r]
            h *= _PRIME64
        h ^= h >> _S33
        h *= _MIX1
        h ^= h >> _S33
        h *= _MIX2
        h ^= h >> _S33
    return h


class BandTable(dict[int, list[Any]]):
    """An in-memory LSH table: band key -> the items filed under it (in filing order).

    Block dedup files the windows of one text in it (append only); corpus dedup's
    :class:`~cleantext.corpus.index.MemoryIndex` files document keys (and moves a key that
    is inserted again). Lists, not sets: filing is an append, and a window or document is
    filed once per band it has.

    >>> t = BandTable()
    >>> t.add(4, [1, 2])
    >>> t.add(7, [2, 3])
    >>> sorted(t.members([2, 9])), sorted(t.members([1]))
    ([4, 7], [4])
    >>> t.remove(4, [1, 2])
    >>> sorted(t.members([1, 2]))
    [7]
    """

    __slots__ = ()

    def add(self, item: Any, keys: Iterable[int]) -> None:
        """File ``item`` under each of ``keys``."""
        setdefault = self.setdefault
        for key in keys:
            setdefault(key, []).append(item)

    def members(self, keys: Iterable[int]) -> set[Any]:
        """The items filed under any of ``keys``, each once."""
        return set().union(*filter(None, map(self.get, keys)))

    def remove(self, item: Any, keys: Iterable[int]) -> None:
        """Take ``item`` out of the buckets of ``keys`` (where it was filed)."""
        for key in keys:
            bucket = self.get(key)
            if bucket is not None and item in bucket:
                bucket.remove(item)
                if not bucket:
                    del self[key]


def estimate_jaccard(a: NDArray[np.uint32], b: NDArray[np.uint32]) -> float:
    """Share of equal signature values: the MinHash estimate of Jaccard similarity.

    >>> a = np.array([1, 2, 3, 4], dtype=np.uint32)
    >>> estimate_jaccard(a, np.array([1, 2, 0, 0], dtype=np.uint32))
    0.5
    """
    return float(np.count_nonzero(a == b)) / len(a)


def estimate_containment(jaccard: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller set inside the larger, from Jaccard and the set sizes.

    ``|A & B| = J * (|A| + |B|) / (1 + J)``; a document cut to half of another has Jaccard 0.5
    but containment 1.0. Containment is trusted only when the smaller document has at least
    :data:`CONTAINMENT_MIN_SIZE` shingles and :data:`CONTAINMENT_MIN_RATIO` of the larger one's;
    otherwise this is the Jaccard estimate. So a short page (a cookie notice, a teaser) that
    many articles contain does not join them all into one cluster.

    >>> estimate_containment(0.5, 100, 50)
    1.0
    >>> estimate_containment(0.0, 10, 10), estimate_containment(0.1, 1000, 100)
    (0.0, 0.1)
    """
    return float(estimate_containments(jaccard, size_a, size_b))


def estimate_containments(jaccard: Any, size_a: Any, size_b: Any) -> NDArray[np.float64]:
    """:func:`estimate_containment` of arrays of Jaccard estimates and set sizes, element by
    element (the one place the formula and its guard are written).

    >>> estimate_containments(np.array([0.5, 0.1]), np.array([100, 1000]), np.array([50, 100]))
    array([1. , 0.1])
    """
    jac = np.asarray(jaccard, dtype=np.float64)
    a, b = np.asarray(size_a), np.asarray(size_b)
    small, large = np.minimum(a, b), np.maximum(a, b)
    inter = jac * (a + b) / (1.0 + jac)
    return np.where(_trusted(small, large), np.minimum(1.0, inter / np.maximum(small, 1)), jac)


def _trusted(small: Any, large: Any) -> Any:
    """Whether containment is trusted for sets of these sizes (numbers or arrays): the
    smaller has :data:`CONTAINMENT_MIN_SIZE` items and :data:`CONTAINMENT_MIN_RATIO` of the
    larger's."""
    return (small >= CONTAINMENT_MIN_SIZE) & (small >= CONTAINMENT_MIN_RATIO * large)


def similarity(common: int, size_a: int, size_b: int, measure: str = "jaccard") -> float:
    """The exact Jaccard similarity of two sets from their sizes and the items they share,
    or (``measure="containment"``) the share of the smaller set inside the larger, under the
    guard of :func:`estimate_containment` (Jaccard where containment is not trusted); 0.0
    when a set is empty.

    >>> similarity(30, 40, 30), similarity(30, 40, 30, "containment"), similarity(0, 0, 5)
    (0.75, 1.0, 0.0)
    """
    if not size_a or not size_b:
        return 0.0
    small, large = min(size_a, size_b), max(size_a, size_b)
    if measure == "containment" and _trusted(small, large):
        return common / small
    return common / (size_a + size_b - common)
