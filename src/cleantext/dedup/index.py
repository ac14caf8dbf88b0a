"""Indexes that answer "have I seen this document before?", incrementally.

:class:`DedupIndex` is the interface every backend implements; :class:`MemoryIndex` lives for
one run, :class:`SQLiteIndex` is the embedded on-disk default (crash-safe: WAL journal, one
transaction per batch; inspectable with the ``sqlite3`` shell; reopened across runs). A
Redis-backed index (``cleantext.integrations.redis_index``) implements the same interface.

The interface
-------------
A *signature* is a ``numpy.uint32`` array of ``scheme.num_perm`` MinHash values (see
:mod:`cleantext.dedup.minhash`); a *size* is the number of distinct shingles of the document
(0 if unknown: then only Jaccard can be estimated, not containment).

Public methods (shared, implemented here once):

- ``insert(key, signature, size=0)``: add a document (its bands and signature).
- ``query(signature) -> list[str]``: candidate keys sharing at least one LSH band (unverified).
- ``duplicates(signature, size=0) -> list[tuple[str, float]]``: candidates whose estimated
  similarity reaches ``threshold``, best first.
- ``check_and_insert(key, signature, size=0) -> str | None``: the key of an existing duplicate
  (nothing is inserted), or ``None`` after inserting the document.
- ``scheme`` (:class:`~cleantext.dedup.lsh.Scheme`): num_perm, seed, hash, permutation scheme,
  shingling, bands, rows, version. A stored index refuses signatures of another scheme.
- ``threshold`` and ``measure`` (``"jaccard"`` or ``"containment"``): how candidates are verified.
- ``len(index)``, ``key in index``, ``close()``, and use as a context manager.

A backend implements four storage primitives: ``_store(key, signature, size, band_keys)``,
``_lookup(band_keys) -> set[str]``, ``_fetch(keys) -> dict[str, (signature, size)]`` and
``_count() -> int``, plus ``__contains__``. Band keys are the 64-bit values of
:func:`cleantext.dedup.lsh.band_keys` (one per band; the band number is mixed in).

>>> import numpy as np
>>> from cleantext.dedup.lsh import Scheme
>>> idx = MemoryIndex(Scheme.create(threshold=0.5), threshold=0.5)
>>> sig = np.arange(128, dtype=np.uint32)
>>> idx.check_and_insert("a", sig) is None
True
>>> near = sig.copy(); near[:20] = 0
>>> idx.check_and_insert("b", near)
'a'
>>> len(idx), "b" in idx
(1, False)
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

import numpy as np
from numpy.typing import NDArray

from cleantext.dedup.lsh import (
    Scheme,
    SchemeError,
    band_keys,
    estimate_containment,
    estimate_jaccard,
)

__all__ = ["MEASURES", "DedupIndex", "MemoryIndex", "SQLiteIndex", "similarity"]

#: how candidate pairs are verified
MEASURES = ("jaccard", "containment")

Signature = NDArray[np.uint32]


def similarity(
    a: Signature, b: Signature, size_a: int = 0, size_b: int = 0, measure: str = "jaccard"
) -> float:
    """Estimated Jaccard, or containment of the smaller document when sizes are known.

    >>> a = np.arange(4, dtype=np.uint32)
    >>> similarity(a, a), similarity(a, np.zeros(4, np.uint32), measure="containment")
    (1.0, 0.25)
    """
    j = estimate_jaccard(a, b)
    if measure == "containment":
        return estimate_containment(j, size_a, size_b)
    return j


class DedupIndex(ABC):
    """A near-duplicate index: LSH bands for candidates, signatures for verification.

    Args:
        scheme: the signature scheme; its bands and rows define the LSH buckets.
        threshold: minimum estimated similarity for a candidate to count as a duplicate.
        measure: ``jaccard`` or ``containment`` (share of the smaller document's shingles
            found in the other; catches truncated copies; needs sizes).
    """

    def __init__(self, scheme: Scheme, threshold: float = 0.5, measure: str = "jaccard") -> None:
        if measure not in MEASURES:
            raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.scheme = scheme
        self.threshold = threshold
        self._last_bands: tuple[Signature, NDArray[np.uint64]] | None = None
        self.measure = measure

    # -- storage primitives (backends) -------------------------------------------------------
    @abstractmethod
    def _store(self, key: str, signature: Signature, size: int, keys: NDArray[np.uint64]) -> None:
        """Persist one document: its signature, size and band keys."""

    @abstractmethod
    def _lookup(self, keys: NDArray[np.uint64]) -> set[str]:
        """Document keys stored under any of the band keys."""

    @abstractmethod
    def _fetch(self, keys: Iterable[str]) -> dict[str, tuple[Signature, int]]:
        """Signatures and sizes of stored documents."""

    @abstractmethod
    def _count(self) -> int:
        """Number of stored documents."""

    @abstractmethod
    def __contains__(self, key: object) -> bool: ...

    def close(self) -> None:  # noqa: B027 - optional for backends
        """Release resources (commit pending writes)."""

    # -- public API --------------------------------------------------------------------------
    def _check(self, signature: Signature) -> Signature:
        sig = np.asarray(signature, dtype=np.uint32)
        if sig.shape != (self.scheme.num_perm,):
            n = self.scheme.num_perm
            raise SchemeError(f"signature of shape {sig.shape} for num_perm={n}")
        return sig

    def _bands(self, signature: Signature) -> NDArray[np.uint64]:
        """The band keys of ``signature`` (the last ones are kept: asking "seen before?" and
        then inserting the same signature computes them once)."""
        last = self._last_bands
        if last is not None and np.array_equal(last[0], signature):
            keys: NDArray[np.uint64] = last[1]
            return keys
        keys = band_keys(signature.reshape(1, -1), self.scheme.bands, self.scheme.rows)[0]
        self._last_bands = (signature.copy(), keys)
        return keys

    def insert(self, key: str, signature: Signature, size: int = 0) -> None:
        """Add a document under ``key`` (a key already present is replaced)."""
        sig = self._check(signature)
        self._store(key, sig, int(size), self._bands(sig))

    def query(self, signature: Signature) -> list[str]:
        """Keys of stored documents sharing at least one LSH band (candidates, unverified)."""
        return sorted(self._lookup(self._bands(self._check(signature))))

    def duplicates(self, signature: Signature, size: int = 0) -> list[tuple[str, float]]:
        """Stored documents at ``threshold`` or more estimated similarity, best first."""
        sig = self._check(signature)
        found = self._fetch(self._lookup(self._bands(sig)))
        scored = [
            (k, similarity(sig, other, size, osize, self.measure))
            for k, (other, osize) in found.items()
        ]
        hits = [(k, s) for k, s in scored if s >= self.threshold]
        return sorted(hits, key=lambda ks: (-ks[1], ks[0]))

    def check_and_insert(self, key: str, signature: Signature, size: int = 0) -> str | None:
        """The key of the best stored duplicate, or ``None`` after inserting this document."""
        hits = self.duplicates(signature, size)
        if hits:
            return hits[0][0]
        self.insert(key, signature, size)
        return None

    def __len__(self) -> int:
        return self._count()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class MemoryIndex(DedupIndex):
    """An in-memory index for one run (dicts of band key -> document keys)."""

    def __init__(self, scheme: Scheme, threshold: float = 0.5, measure: str = "jaccard") -> None:
        super().__init__(scheme, threshold, measure)
        self._buckets: defaultdict[int, set[str]] = defaultdict(set)
        self._docs: dict[str, tuple[Signature, int, list[int]]] = {}

    def _store(self, key: str, signature: Signature, size: int, keys: NDArray[np.uint64]) -> None:
        if key in self._docs:  # replaced: forget the old bands
            for k in self._docs[key][2]:
                self._buckets[k].discard(key)
        bands = keys.tolist()
        for k in bands:
            self._buckets[k].add(key)
        self._docs[key] = (signature.copy(), size, bands)

    def _lookup(self, keys: NDArray[np.uint64]) -> set[str]:
        found: set[str] = set()
        for k in keys.tolist():
            found.update(self._buckets.get(k, ()))
        return found

    def _fetch(self, keys: Iterable[str]) -> dict[str, tuple[Signature, int]]:
        return {k: self._docs[k][:2] for k in keys if k in self._docs}

    def _count(self) -> int:
        return len(self._docs)

    def __contains__(self, key: object) -> bool:
        return key in self._docs


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
    signature BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bands (
    bkey INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (bkey, doc)) WITHOUT ROWID;
"""


def _unpack(blob: bytes) -> Signature:
    """A signature stored as little-endian uint32 bytes."""
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def _signed(keys: NDArray[np.uint64]) -> list[int]:
    """SQLite integers are signed 64-bit: store the same bits."""
    values: list[int] = keys.view(np.int64).tolist()
    return values


class SQLiteIndex(DedupIndex):
    """An on-disk index in one SQLite file, reused across runs.

    Tables: ``meta`` (scheme, threshold, measure), ``docs`` (key, size, signature as
    little-endian uint32 bytes) and ``bands`` (band key -> doc). Writes go through a WAL
    journal and are committed every ``commit_every`` inserts and on :meth:`close`, so a crash
    loses at most the last uncommitted batch and never corrupts the file. Opening a file made
    with another scheme raises :class:`~cleantext.dedup.lsh.SchemeError`.
    """

    def __init__(
        self,
        path: str | Path,
        scheme: Scheme,
        threshold: float = 0.5,
        measure: str = "jaccard",
        *,
        commit_every: int = 1000,
    ) -> None:
        super().__init__(scheme, threshold, measure)
        self.path = Path(path)
        self._conn = sqlite3.connect(self.path)
        self._commit_every = commit_every
        self._pending = 0
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)
            self._init_meta()
        except (sqlite3.DatabaseError, SchemeError):
            self._conn.close()
            raise

    def _init_meta(self) -> None:
        row = self._conn.execute("SELECT value FROM meta WHERE name='scheme'").fetchone()
        if row is None:
            with self._conn:
                self._conn.executemany(
                    "INSERT INTO meta (name, value) VALUES (?, ?)",
                    [
                        ("scheme", str(self.scheme)),
                        ("threshold", str(self.threshold)),
                        ("measure", self.measure),
                    ],
                )
        else:
            Scheme.parse(row[0]).check(self.scheme)

    def _store(self, key: str, signature: Signature, size: int, keys: NDArray[np.uint64]) -> None:
        blob = signature.astype("<u4").tobytes()
        cur = self._conn.execute("SELECT id, signature FROM docs WHERE key=?", (key,))
        row = cur.fetchone()
        if row is not None:  # replaced: new signature and bands (the old ones from the old one)
            doc = row[0]
            old = band_keys(_unpack(row[1]).reshape(1, -1), self.scheme.bands, self.scheme.rows)[0]
            self._conn.executemany(
                "DELETE FROM bands WHERE bkey=? AND doc=?", [(k, doc) for k in _signed(old)]
            )
            self._conn.execute("UPDATE docs SET size=?, signature=? WHERE id=?", (size, blob, doc))
        else:
            cur = self._conn.execute(
                "INSERT INTO docs (key, size, signature) VALUES (?, ?, ?)", (key, size, blob)
            )
            doc = cur.lastrowid
        self._conn.executemany(  # (two bands of one document may share a key)
            "INSERT OR IGNORE INTO bands (bkey, doc) VALUES (?, ?)",
            [(k, doc) for k in _signed(keys)],
        )
        self._pending += 1
        if self._pending >= self._commit_every:
            self.commit()

    def _lookup(self, keys: NDArray[np.uint64]) -> set[str]:
        marks = ",".join("?" * len(keys))
        rows = self._conn.execute(
            "SELECT DISTINCT d.key FROM bands b JOIN docs d ON d.id = b.doc "
            f"WHERE b.bkey IN ({marks})",
            _signed(keys),
        )
        return {r[0] for r in rows}

    def _fetch(self, keys: Iterable[str]) -> dict[str, tuple[Signature, int]]:
        wanted: Sequence[str] = list(keys)
        out: dict[str, tuple[Signature, int]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT key, signature, size FROM docs WHERE key IN ({marks})", chunk
            )
            for key, blob, size in rows:
                out[key] = (_unpack(blob), int(size))
        return out

    def _count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def __contains__(self, key: object) -> bool:
        row = self._conn.execute("SELECT 1 FROM docs WHERE key=?", (key,)).fetchone()
        return row is not None

    def commit(self) -> None:
        """Make every insert so far durable."""
        self._conn.commit()
        self._pending = 0

    def close(self) -> None:
        """Commit and close the file."""
        self.commit()
        self._conn.close()
