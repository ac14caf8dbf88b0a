"""Indexes that answer "have I seen this document before?", incrementally.

:class:`DedupIndex` is the interface every backend implements; :class:`MemoryIndex` lives for
one run, :class:`SQLiteIndex` is the embedded on-disk default (crash-safe: WAL journal, one
transaction per batch; inspectable with the ``sqlite3`` shell; reopened across runs). A
Redis-backed index (``cleantext.integrations.redis_index``) implements the same interface.

The interface
-------------
A *signature* is a ``numpy.uint32`` array of ``scheme.num_perm`` MinHash values (see
:mod:`cleantext.minhash.signatures`); a *size* is the number of distinct shingles of the document
(0 if unknown: then only Jaccard can be estimated, not containment).

Public methods (shared, implemented here once):

- ``insert(key, signature, size=0)``: add a document (its bands and signature).
- ``query(signature) -> list[str]``: candidate keys sharing at least one LSH band (unverified).
- ``duplicates(signature, size=0) -> list[tuple[str, float]]``: candidates whose estimated
  similarity reaches ``threshold``, best first.
- ``check_and_insert(key, signature, size=0) -> str | None``: the key of an existing duplicate
  (nothing is inserted), or ``None`` after inserting the document.
- ``scheme`` (:class:`~cleantext.minhash.lsh.Scheme`): num_perm, seed, hash, permutation scheme,
  shingling, bands, rows, version. A stored index refuses signatures of another scheme.
- ``threshold`` and ``measure`` (``"jaccard"`` or ``"containment"``): how candidates are verified.
- ``len(index)``, ``key in index``, ``close()``, and use as a context manager.

A backend implements four storage primitives: ``_store(key, signature, size, band_keys)``,
``_lookup(band_keys) -> set[str]``, ``_fetch(keys) -> dict[str, (signature, size)]`` and
``_count() -> int``, plus ``__contains__``. Band keys are the 64-bit values of
:func:`cleantext.minhash.lsh.band_keys` (one per band; the band number is mixed in).

>>> import numpy as np
>>> from cleantext.minhash.lsh import Scheme
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

import contextlib
import json
import operator
import os
import sqlite3
import time
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import numpy as np
from numpy.typing import NDArray

from cleantext.errors import ConfigError, check_number, did_you_mean
from cleantext.io import process_alive
from cleantext.minhash.lsh import (
    BandTable,
    Scheme,
    SchemeError,
    band_keys,
    estimate_containment,
    estimate_jaccard,
)
from cleantext.reporting import logger

__all__ = ["MEASURES", "DedupIndex", "MemoryIndex", "SQLiteIndex", "similarity", "sqlite_url_path"]

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


#: the largest size SQLite stores (a signed 64-bit integer)
_MAX_SIZE = 2**63 - 1


def _checked_doc(key: object, size: object) -> int:
    """``size`` as an int, once ``key`` is a string and ``size`` a count in 0..2**63-1 (a key
    of another type was stored, then failed every later query that met it: ``'<' not
    supported between 'str' and 'int'``; a negative size skewed containment).

    >>> _checked_doc("a", 3), _checked_doc("a", np.int64(4))
    (3, 4)
    >>> _checked_doc(5, 3)
    Traceback (most recent call last):
    ...
    TypeError: an index key must be str, not int
    >>> _checked_doc("a", -1)
    Traceback (most recent call last):
    ...
    ValueError: a document's size (shingles) must be an integer in 0..2**63-1, not -1
    """
    if not isinstance(key, str):
        raise TypeError(f"an index key must be str, not {type(key).__name__}")
    try:
        number = operator.index(size)  # type: ignore[arg-type]
    except TypeError:
        number = -1
    if not 0 <= number <= _MAX_SIZE:
        raise ValueError(
            f"a document's size (shingles) must be an integer in 0..2**63-1, not {size!r}"
        )
    return number


_UINT32_MAX = 2**32 - 1


def _as_uint32(values: object) -> NDArray[np.uint32]:
    """``values`` as a ``uint32`` array, refusing what a cast would change silently: floats
    (``0.7`` became 0), negative or too large integers (``-1`` became 4294967295), booleans.

    >>> _as_uint32([0, 7, 2**32 - 1]).tolist()
    [0, 7, 4294967295]
    >>> _as_uint32([1.5, 2.0])
    Traceback (most recent call last):
    ...
    TypeError: a signature holds integers in 0..2**32-1 (Signer.sign), not float64
    >>> _as_uint32([3, -1])
    Traceback (most recent call last):
    ...
    ValueError: a signature holds integers in 0..2**32-1 (Signer.sign), not -1
    """
    array = values if isinstance(values, np.ndarray) else None
    if array is not None and array.dtype == np.uint32:
        return array  # (what Signer.sign gives: no copy, no check)
    try:
        array = np.asarray(values)
    except (ValueError, OverflowError):  # (ragged lists)
        array = np.asarray(values, dtype=object)
    what = "a signature holds integers in 0..2**32-1 (Signer.sign), not"
    if array.size == 0:
        return array.astype(np.uint32)  # (an empty batch; a shape check names an empty one)
    if array.dtype.kind == "O":
        items = array.ravel().tolist()
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
            kinds = {type(v).__name__ for v in items if type(v) is not int}
            raise TypeError(f"{what} {', '.join(sorted(kinds)) or 'a ragged list'}")
        array = np.asarray(items, dtype=object).reshape(array.shape)
    elif array.dtype.kind not in "iu":
        raise TypeError(f"{what} {array.dtype}")
    low, high = array.min(), array.max()
    if low < 0 or high > _UINT32_MAX:
        raise ValueError(f"{what} {low if low < 0 else high}")
    return array.astype(np.uint32)


class DedupIndex(ABC):
    """A near-duplicate index: LSH bands for candidates, signatures for verification.

    Args:
        scheme: the signature scheme; its bands and rows define the LSH buckets.
        threshold: minimum estimated similarity for a candidate to count as a duplicate.
        measure: ``jaccard`` or ``containment`` (share of the smaller document's shingles
            found in the other; catches truncated copies; needs sizes).
    """

    def __init__(self, scheme: Scheme, threshold: float = 0.5, measure: str = "jaccard") -> None:
        if not isinstance(scheme, Scheme):
            raise ConfigError(
                f"scheme must be a Scheme (DedupOptions().scheme()), not {type(scheme).__name__}"
            )
        if measure not in MEASURES:
            hint = did_you_mean(measure, MEASURES)
            raise ConfigError(f"measure must be one of {', '.join(MEASURES)}{hint}")
        check_number("threshold", threshold)
        if not 0.0 < threshold <= 1.0:
            raise ConfigError(f"threshold must be in (0, 1], not {threshold}")
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
        if isinstance(signature, str | bytes):  # (was "invalid literal for int()")
            raise TypeError(
                f"a signature is {self.scheme.num_perm} integers (Signer.sign), not "
                f"{type(signature).__name__}: to check texts, use "
                "cleantext.integrations.seen.SeenIndex"
            )
        sig = _as_uint32(signature)
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
        self._store(key, sig, _checked_doc(key, size), self._bands(sig))

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

    def check_batch(
        self,
        keys: Sequence[str],
        signatures: NDArray[np.uint32],
        sizes: Sequence[int],
        *,
        insert_duplicates: bool = False,
    ) -> list[str | None]:
        """:meth:`check_and_insert` for many documents at once, in order, with the same answers.

        For each document: the key of its best duplicate, stored before or earlier in this
        batch, or ``None``. New documents are inserted (duplicates too when
        ``insert_duplicates``). Storage is asked once per batch: all band keys are looked up in
        one go and the inserts are written together.

        >>> from cleantext.minhash.lsh import Scheme
        >>> idx = MemoryIndex(Scheme.create(threshold=0.5), threshold=0.5)
        >>> sig = np.arange(128, dtype=np.uint32)
        >>> idx.check_batch(["a", "b"], np.stack([sig, sig]), [0, 0])
        [None, 'a']
        """
        sigs = _as_uint32(signatures).reshape(len(keys), -1)
        if len(keys) and sigs.shape[1] != self.scheme.num_perm:
            self._check(sigs[0])
        bands = band_keys(sigs, self.scheme.bands, self.scheme.rows)
        stored = self._lookup_many(bands)
        known = self._fetch(set().union(*stored)) if stored else {}
        earlier = _shared_bands(bands)  # row -> earlier rows of this batch sharing a band
        local: dict[str, tuple[Signature, int, int]] = {}  # inserted in this batch: row last
        found: list[str | None] = []
        writes: list[tuple[str, Signature, int, NDArray[np.uint64]]] = []
        sizes = [_checked_doc(key, size) for key, size in zip(keys, sizes, strict=True)]
        for i, (key, size) in enumerate(zip(keys, sizes, strict=True)):
            sig = sigs[i]
            cands = {k: known[k] for k in stored[i] if k not in local and k in known}
            for j in earlier.get(i, ()):
                mine = local.get(keys[j])
                if mine is not None and mine[2] == j:  # (a key inserted again later: its last)
                    cands[keys[j]] = mine[:2]
            best: tuple[float, str] | None = None
            for k, (other, osize) in cands.items():
                s = similarity(sig, other, size, osize, self.measure)
                if s >= self.threshold and (best is None or (-s, k) < (-best[0], best[1])):
                    best = (s, k)
            found.append(None if best is None else best[1])
            if best is None or insert_duplicates:
                local[key] = (sig, int(size), i)
                writes.append((key, sig, int(size), bands[i]))
        self._store_many(writes)
        return found

    def _lookup_many(self, keys: NDArray[np.uint64]) -> list[set[str]]:
        """For each row of band keys, the stored document keys under any of them."""
        return [self._lookup(row) for row in keys]

    def _store_many(self, docs: Sequence[tuple[str, Signature, int, NDArray[np.uint64]]]) -> None:
        """Persist documents in order (a key given twice: the last one stays)."""
        for key, sig, size, keys in docs:
            self._store(key, sig, size, keys)

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
    """An in-memory index for one run (a :class:`~cleantext.minhash.lsh.BandTable` of band
    key -> document keys, the one block dedup uses too)."""

    def __init__(self, scheme: Scheme, threshold: float = 0.5, measure: str = "jaccard") -> None:
        super().__init__(scheme, threshold, measure)
        self._buckets = BandTable()
        self._docs: dict[str, tuple[Signature, int, list[int]]] = {}

    def _store(self, key: str, signature: Signature, size: int, keys: NDArray[np.uint64]) -> None:
        if key in self._docs:  # replaced: forget the old bands
            self._buckets.remove(key, self._docs[key][2])
        bands = keys.tolist()
        self._buckets.add(key, bands)
        self._docs[key] = (signature.copy(), size, bands)

    def _lookup(self, keys: NDArray[np.uint64]) -> set[str]:
        found: set[str] = self._buckets.members(keys.tolist())
        return found

    def _fetch(self, keys: Iterable[str]) -> dict[str, tuple[Signature, int]]:
        return {k: self._docs[k][:2] for k in keys if k in self._docs}

    def _count(self) -> int:
        return len(self._docs)

    def __contains__(self, key: object) -> bool:
        return key in self._docs


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
    signature BLOB NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS bands (
    bkey INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (bkey, doc)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS undo (
    id INTEGER PRIMARY KEY, size INTEGER NOT NULL, signature BLOB NOT NULL)""",
)
_HAS_META = "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
_TABLES = "SELECT name FROM sqlite_master WHERE type='table'"
_OURS = frozenset(("meta", "docs", "bands"))  # (an index made before ``undo`` has no undo)
_CACHE_KB = 262144  # page cache limit (the bands B-tree is read and written at random)
_CHUNK = 900  # values per IN (...) list
_PENDING = "pending_output"  # the meta row of a run whose output may not be in place yet
_WAIT = 0.02  # seconds between looks while another live run's output is pending


def _unpack(blob: bytes, n: int | None = None) -> Signature:
    """A signature stored as little-endian uint32 bytes (``n`` values, if given);
    ``sqlite3.DatabaseError`` for a value that is none (a damaged or hand-edited file:
    "buffer size must be a multiple of element size" was a traceback).

    >>> _unpack(b"\\x01\\x00\\x00\\x00").tolist()
    [1]
    >>> _unpack(b"\\x01\\x02")
    Traceback (most recent call last):
    ...
    sqlite3.DatabaseError: a stored signature is damaged (2 bytes)
    """
    if not isinstance(blob, bytes) or len(blob) % 4 or (n is not None and len(blob) != 4 * n):
        size = f"{len(blob)} bytes" if isinstance(blob, bytes) else type(blob).__name__
        raise sqlite3.DatabaseError(f"a stored signature is damaged ({size})")
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def sqlite_url_path(url: str) -> str:
    """The file a ``sqlite://`` URL names, as SQLAlchemy reads it: ``sqlite:///seen.db`` is
    ``seen.db`` in the working directory, ``sqlite:////data/seen.db`` (four slashes) the
    absolute ``/data/seen.db``; ``sqlite://seen.db`` is ``seen.db`` too. (Read as a file URL,
    the documented ``sqlite:///seen.db`` named ``/seen.db`` at the root of the file system:
    a crawl failed to open it, or wrote its index there as root.) An in-memory SQLite URL
    (``sqlite://``, ``sqlite:///:memory:``) is a ``ValueError``: an index in memory is
    ``memory`` (:class:`MemoryIndex`).

    >>> sqlite_url_path("sqlite:///seen.db"), sqlite_url_path("sqlite:////data/seen.db")
    ('seen.db', '/data/seen.db')
    >>> sqlite_url_path("sqlite://crawl/seen.db"), sqlite_url_path("sqlite:///C:/crawl/seen.db")
    ('crawl/seen.db', 'C:/crawl/seen.db')
    >>> sqlite_url_path("sqlite:///:memory:")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: sqlite:///:memory: names no file: an index in memory is 'memory' ...
    """
    if not url.startswith("sqlite://"):
        raise ValueError(f"{url}: not a sqlite:// URL (sqlite:///seen.db)")
    rest = url.removeprefix("sqlite://")
    path = rest.removeprefix("/")
    if path in ("", ":memory:"):
        raise ValueError(
            f"{url} names no file: an index in memory is 'memory' (MemoryIndex), one in a "
            "file sqlite:///seen.db (relative) or sqlite:////abs/seen.db"
        )
    return path


def _size(value: object) -> int:
    """A stored document's size (shingles); ``sqlite3.DatabaseError`` for a value that is no
    count (a damaged or hand-edited file).

    >>> _size(12)
    12
    >>> _size("abc")
    Traceback (most recent call last):
    ...
    sqlite3.DatabaseError: a stored document size is damaged ('abc')
    """
    if not isinstance(value, int) or value < 0:
        raise sqlite3.DatabaseError(f"a stored document size is damaged ({value!r})")
    return value


def _read_note(value: object) -> dict[str, Any]:
    """The note of a stopped run (see :meth:`SQLiteIndex.stage`); ``sqlite3.DatabaseError``
    when it is unreadable (a traceback: a damaged or hand-edited file).

    >>> _read_note('{"pid": 1}')
    Traceback (most recent call last):
    ...
    sqlite3.DatabaseError: the note of a stopped run is damaged ('{"pid": 1}')
    """
    try:
        note = json.loads(str(value))
        numbers = (note["pid"], note["top"], *note["file"])
        paths = (note["output"], note["temporary"])
        whole = len(note["file"]) == 2 and all(isinstance(p, str) for p in paths)
        if whole and all(type(f) is int for f in numbers):
            return dict(note)
    except (ValueError, TypeError, KeyError, RecursionError):
        pass
    raise sqlite3.DatabaseError(f"the note of a stopped run is damaged ({str(value)[:60]!r})")


class SQLiteIndex(DedupIndex):
    """An on-disk index in one SQLite file, reused across runs.

    Tables: ``meta`` (scheme, threshold, measure), ``docs`` (key, size, signature as
    little-endian uint32 bytes) and ``bands`` (band key -> doc). Opening a file made with
    another scheme raises :class:`~cleantext.minhash.lsh.SchemeError`.

    Writes go through a WAL journal, so a crash never corrupts the file. With ``commit_every``
    N (default 1000) they are committed every N inserts and on :meth:`close`: a crash loses at
    most the uncommitted ones. With ``commit_every=None`` the index is one transaction from
    opening to :meth:`commit`: the write lock is taken when the index is opened and held until
    then (other writers wait up to ``timeout`` seconds, then get ``sqlite3.OperationalError``
    "database is locked"), and :meth:`discard` (or leaving a ``with`` block by an exception)
    throws every change away. That is how ``cleantext dedup --index`` commits its documents
    together with its output.

    :attr:`created` is True when this object made the file; :meth:`discard` then deletes it
    again if nothing was ever committed to it.

    An output committed with the index (:meth:`stage`, then :meth:`finish`): the documents
    are committed first, with a note of the output's temporary file and an undo record (the
    ``undo`` table: the old signature of each document replaced); the rename of the output
    is then the one commit point. Whoever opens the index next, or this object on an error
    (:meth:`settle`), keeps the documents if the output file is that file, and otherwise
    takes them out again and deletes the temporary file.
    """

    def __init__(
        self,
        path: str | Path,
        scheme: Scheme,
        threshold: float = 0.5,
        measure: str = "jaccard",
        *,
        commit_every: int | None = 1000,
        timeout: float = 5.0,
    ) -> None:
        super().__init__(scheme, threshold, measure)
        if os.fspath(path) == ":memory:":  # (sqlite3's name for a database in memory)
            raise ValueError(
                "SQLiteIndex(':memory:') would make a file named ':memory:': an index in "
                "memory is MemoryIndex"
            )
        self.path = Path(path)
        self._commit_every = commit_every
        self._pending = 0
        self._fresh = False  # the file had no tables when this object took the write lock
        self.created = False
        self._undo: dict[int, tuple[int, bytes]] = {}  # doc id -> replaced size and signature
        self._conn = self._connect(timeout)
        try:
            self._fresh = self._conn.execute(_HAS_META).fetchone() is None
            for statement in _SCHEMA:
                self._conn.execute(statement)
            self._init_meta()
            self.settle()  # (after the scheme check: undoing computes band keys)
            self._top = self._max_id()  # documents above it are this transaction's
            if commit_every is not None:
                self.commit()
        except BaseException:
            self.discard()
            raise

    def _connect(self, timeout: float) -> sqlite3.Connection:
        """A connection holding the write lock (``BEGIN IMMEDIATE``) on the file at ``path``.

        If another process deleted the file while this one waited for the lock (a first run
        that failed deletes the file it made), the file is opened again.
        """
        deadline = time.monotonic() + timeout
        while True:
            created = _create(self.path)
            self.created = self.created or created
            conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            try:
                _check_ours(conn)  # (before the journal mode is set: that changes the file)
                opened = os.stat(self.path)
                conn.execute("PRAGMA journal_mode=WAL")
                # (one transaction per run: its commits must survive a power loss too)
                level = "FULL" if self._commit_every is None else "NORMAL"
                conn.execute(f"PRAGMA synchronous={level}")
                conn.execute(f"PRAGMA cache_size={-_CACHE_KB}")
                conn.execute("BEGIN IMMEDIATE")
                if _same_file(self.path, opened) and not _pending_elsewhere(conn):
                    return conn
                if time.monotonic() > deadline:  # (a live run between its two commits)
                    raise sqlite3.OperationalError("database is locked")
                time.sleep(_WAIT)
            except FileNotFoundError:
                pass
            except BaseException as exc:
                conn.close()
                if created and "locked" not in str(exc):  # (a locked file is another's now)
                    _remove(self.path)
                raise
            conn.close()

    def _init_meta(self) -> None:
        row = self._conn.execute("SELECT value FROM meta WHERE name='scheme'").fetchone()
        if row is None:
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

    def _begin(self) -> None:
        if not self._conn.in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")

    def _written(self, n: int) -> None:
        self._pending += n
        if self._commit_every is not None and self._pending >= self._commit_every:
            self.commit()

    def _store(self, key: str, signature: Signature, size: int, keys: NDArray[np.uint64]) -> None:
        self._store_many([(key, signature, size, keys)])

    def _store_many(self, docs: Sequence[tuple[str, Signature, int, NDArray[np.uint64]]]) -> None:
        last = {key: (sig, size, keys) for key, sig, size, keys in docs}  # the last one stays
        if not last:
            return
        self._begin()  # (the write lock: the row ids below are this transaction's)
        old = self._stored(list(last))
        new = [key for key in last if key not in old]
        top = self._max_id()
        ids = dict(zip(new, range(int(top) + 1, int(top) + 1 + len(new)), strict=True))
        self._conn.executemany(
            "INSERT INTO docs (id, key, size, signature) VALUES (?, ?, ?, ?)",
            [(ids[k], k, last[k][1], last[k][0].astype("<u4").tobytes()) for k in new],
        )
        if old:  # replaced: new signature and bands (the old ones from the old signature)
            self._conn.executemany(
                "UPDATE docs SET size=?, signature=? WHERE id=?",
                [(last[k][1], last[k][0].astype("<u4").tobytes(), old[k][0]) for k in old],
            )
            stale = band_keys(np.stack([v[1] for v in old.values()]), *self._shape())
            self._delete_bands(stale, np.array([v[0] for v in old.values()], dtype=np.int64))
        if self._commit_every is None:  # (what settle() puts back; the first one stays)
            for doc, sig, size in old.values():
                if doc <= self._top:
                    self._undo.setdefault(doc, (size, sig.astype("<u4").tobytes()))
        docs_ids = np.array([ids[k] if k in ids else old[k][0] for k in last], dtype=np.int64)
        keys = np.stack([v[2] for v in last.values()])
        # (two bands of one document may share a key); sorted: neighbouring B-tree pages
        self._conn.executemany(
            "INSERT OR IGNORE INTO bands (bkey, doc) VALUES (?, ?)", _band_rows(keys, docs_ids)
        )
        self._written(len(last))

    def _shape(self) -> tuple[int, int]:
        return self.scheme.bands, self.scheme.rows

    def _delete_bands(self, keys: NDArray[np.uint64], docs: NDArray[np.int64]) -> None:
        self._conn.executemany("DELETE FROM bands WHERE bkey=? AND doc=?", _band_rows(keys, docs))

    def _stored(self, keys: Sequence[str]) -> dict[str, tuple[int, Signature, int]]:
        """Row id, signature and size of the stored documents among ``keys``."""
        out: dict[str, tuple[int, Signature, int]] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for key, doc, blob, size in self._conn.execute(
                f"SELECT key, id, signature, size FROM docs WHERE key IN ({marks})", chunk
            ):
                out[key] = (int(doc), _unpack(blob, self.scheme.num_perm), _size(size))
        return out

    def _max_id(self) -> int:
        return int(self._conn.execute("SELECT COALESCE(MAX(id), 0) FROM docs").fetchone()[0])

    def _lookup(self, keys: NDArray[np.uint64]) -> set[str]:
        return self._lookup_many(keys.reshape(1, -1))[0]

    def _lookup_many(self, keys: NDArray[np.uint64]) -> list[set[str]]:
        flat = keys.reshape(-1).view(np.int64)
        wanted: list[int] = np.unique(flat).tolist()
        bucket: defaultdict[int, set[str]] = defaultdict(set)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                "SELECT b.bkey, d.key FROM bands b JOIN docs d ON d.id = b.doc "
                f"WHERE b.bkey IN ({marks})",
                chunk,
            )
            for bkey, key in rows:
                bucket[bkey].add(key)
        found: list[set[str]] = [set() for _ in range(keys.shape[0])]
        if bucket:
            hit = np.isin(flat, np.fromiter(bucket, dtype=np.int64, count=len(bucket)))
            for at in np.flatnonzero(hit).tolist():  # (few: the stored near-duplicates)
                found[at // keys.shape[1]].update(bucket[int(flat[at])])
        return found

    def _fetch(self, keys: Iterable[str]) -> dict[str, tuple[Signature, int]]:
        wanted: Sequence[str] = list(keys)
        out: dict[str, tuple[Signature, int]] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT key, signature, size FROM docs WHERE key IN ({marks})", chunk
            )
            for key, blob, size in rows:
                out[key] = (_unpack(blob, self.scheme.num_perm), _size(size))
        return out

    def _count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def __contains__(self, key: object) -> bool:
        row = self._conn.execute("SELECT 1 FROM docs WHERE key=?", (key,)).fetchone()
        return row is not None

    def commit(self) -> None:
        """Make every insert so far durable (and release the write lock)."""
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")
            self._fresh = False
        self._pending = 0

    def stage(self, temporary: str, output: str) -> None:
        """Commit every insert so far together with a note that the file ``temporary`` is
        about to be renamed to ``output`` (and the undo record of this transaction), then take
        the write lock again. Call :meth:`finish` once the rename is done; until then, another
        process that opens the index waits, and after this process is gone (or on
        :meth:`settle`) the documents stay only if ``output`` is that file."""
        done = os.stat(temporary)
        note = {
            "pid": os.getpid(),
            "started": _started(os.getpid()),
            "output": os.path.abspath(output),
            "temporary": os.path.abspath(temporary),
            "file": [done.st_dev, done.st_ino],
            "top": self._top,
        }
        self._begin()
        self._conn.executemany(
            "INSERT OR IGNORE INTO undo (id, size, signature) VALUES (?, ?, ?)",
            [(doc, size, blob) for doc, (size, blob) in self._undo.items()],
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (_PENDING, json.dumps(note))
        )
        self.commit()
        self._begin()

    def finish(self) -> None:
        """After :meth:`stage` and the rename: forget the note and the undo record; commit."""
        self._begin()
        self._forget()
        self.commit()

    def settle(self) -> str | None:
        """Resolve the output of a run that stopped between :meth:`stage` and :meth:`finish`
        (in this transaction: commit it to make it last): ``"kept"`` when its output file is
        in place (the documents stay), ``"undone"`` otherwise (its documents are taken out,
        the documents it replaced are put back, its temporary file is deleted); ``None``
        without one. Says which on stderr, in one line."""
        row = self._conn.execute("SELECT value FROM meta WHERE name=?", (_PENDING,)).fetchone()
        if row is None:
            return None
        note = _read_note(row[0])
        kept = _is_file(note["output"], note["file"])
        if not kept:
            self._undo_run(int(note["top"]))
            with contextlib.suppress(OSError):
                os.unlink(note["temporary"])
        self._forget()
        what = "in place: the index keeps" if kept else "not in place: the index drops"
        # (logged, not printed: a library never writes to stderr; the command shows warnings)
        logger.warning(
            "%s: a stopped run's output %s is %s its documents", self.path, note["output"], what
        )
        return "kept" if kept else "undone"

    def recover(self) -> str | None:
        """:meth:`settle` in a transaction of its own, committed (after a failed run)."""
        self._begin()
        what = self.settle()
        self.commit()
        return what

    def _forget(self) -> None:
        self._conn.execute("DELETE FROM meta WHERE name=?", (_PENDING,))
        self._conn.execute("DELETE FROM undo")
        self._undo = {}

    def _undo_run(self, top: int) -> None:
        """Take out the documents above row id ``top`` and put back the replaced ones."""
        self._conn.execute("DELETE FROM bands WHERE doc > ?", (top,))
        self._conn.execute("DELETE FROM docs WHERE id > ?", (top,))
        old = self._conn.execute(
            "SELECT id, size, signature FROM undo WHERE id <= ? ORDER BY id", (top,)
        ).fetchall()
        if not old:
            return
        ids = np.array([r[0] for r in old], dtype=np.int64)
        query = "SELECT signature FROM docs WHERE id=?"
        now = [_unpack(self._conn.execute(query, (d,)).fetchone()[0]) for d in ids.tolist()]
        self._delete_bands(band_keys(np.stack(now), *self._shape()), ids)
        self._conn.executemany(
            "UPDATE docs SET size=?, signature=? WHERE id=?", [(r[1], r[2], r[0]) for r in old]
        )
        keys = band_keys(np.stack([_unpack(r[2]) for r in old]), *self._shape())
        self._conn.executemany(
            "INSERT OR IGNORE INTO bands (bkey, doc) VALUES (?, ?)", _band_rows(keys, ids)
        )

    def discard(self) -> None:
        """Throw away every uncommitted insert and close the file; a file this object created
        and never committed to is deleted (with its ``-wal`` and ``-shm`` files)."""
        remove = self.created and self._fresh and (self._conn.in_transaction or self._empty())
        if remove:  # while the write lock is held: a waiting process sees the file go
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("ROLLBACK")
        self._pending = 0
        self._conn.close()
        if remove and not self.path.exists():
            _remove(self.path)

    def _empty(self) -> bool:
        """Whether the file has no tables (e.g. a failed commit was rolled back)."""
        try:
            return self._conn.execute(_HAS_META).fetchone() is None
        except sqlite3.Error:
            return False

    def close(self) -> None:
        """Commit and close the file."""
        try:
            self.commit()
        finally:
            self._conn.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()


def _band_rows(keys: NDArray[np.uint64], docs: NDArray[np.int64]) -> Iterator[tuple[int, int]]:
    """``(band key, doc)`` rows, sorted, as SQLite integers (signed: the same 64 bits).

    >>> list(_band_rows(np.array([[5, 2], [1, 2]], dtype=np.uint64), np.array([7, 8])))
    [(1, 8), (2, 7), (2, 8), (5, 7)]
    """
    bkeys = keys.view(np.int64).reshape(-1)
    owner = np.repeat(docs, keys.shape[1])
    order = np.lexsort((owner, bkeys))
    return zip(bkeys[order].tolist(), owner[order].tolist(), strict=True)


def _shared_bands(bands: NDArray[np.uint64]) -> dict[int, list[int]]:
    """For each row of band keys, the earlier rows that share at least one key with it.

    >>> _shared_bands(np.array([[1, 2], [3, 4], [5, 2], [1, 9]], dtype=np.uint64))
    {2: [0], 3: [0]}
    """
    b = bands.shape[1]
    flat = bands.reshape(-1)
    order = np.argsort(flat, kind="stable")
    same = np.flatnonzero(flat[order][1:] == flat[order][:-1])
    if len(same) == 0:
        return {}
    group = np.flatnonzero(np.concatenate(([True], np.diff(same) > 1)))  # runs of equal keys
    bounds = [*group.tolist(), len(same)]
    earlier: defaultdict[int, set[int]] = defaultdict(set)
    for g in range(len(group)):
        start, length = int(same[bounds[g]]), bounds[g + 1] - bounds[g] + 1
        rows = sorted({r // b for r in order[start : start + length].tolist()})
        for at, row in enumerate(rows):
            earlier[row].update(rows[:at])
    return {row: sorted(js) for row, js in sorted(earlier.items()) if js}


def _check_ours(conn: sqlite3.Connection) -> None:
    """Raise ``sqlite3.DatabaseError`` if the file is a SQLite database of another program
    (tables, but not an index's meta, docs and bands), before anything is written to it (the
    index's tables were added to it before, and it was used as one). An empty file or
    database is fine (a new index).

    >>> conn = sqlite3.connect(":memory:")
    >>> _check_ours(conn)
    >>> _ = conn.execute("CREATE TABLE orders (id)")
    >>> _check_ours(conn)
    Traceback (most recent call last):
    ...
    sqlite3.DatabaseError: SQLite tables of another program: orders
    """
    names = sorted(row[0] for row in conn.execute(_TABLES))
    if names and not _OURS.issubset(names):
        shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
        raise sqlite3.DatabaseError(f"SQLite tables of another program: {shown}")


def _create(path: Path) -> bool:
    """Create an empty file at ``path`` unless there is one: True when this call made it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # (umask)
    except FileExistsError:
        return False
    return True


def _remove(path: Path) -> None:
    """Delete a database file and its journal files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def _is_file(path: str, file: Sequence[int]) -> bool:
    """Whether ``path`` is the file of device and inode ``file``."""
    try:
        now = os.stat(path)
    except OSError:
        return False
    return [now.st_dev, now.st_ino] == list(file)


def _pending_elsewhere(conn: sqlite3.Connection) -> bool:
    """Whether another process that is still running has staged its output in this index
    (it is between its two commits: it takes the lock again at once)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE name=?", (_PENDING,)).fetchone()
    except sqlite3.OperationalError:  # (a new file: no tables yet)
        return False
    if row is None:
        return False
    note = _read_note(row[0])
    pid = int(note["pid"])
    if pid == os.getpid() or not process_alive(pid):
        return False
    started = note.get("started")  # (a new process with the pid of a killed run is not it)
    return started is None or _started(pid) in (None, started)


def _started(pid: int) -> int | None:
    """When process ``pid`` started (clock ticks since boot; Linux ``/proc``), or ``None``.

    >>> _started(os.getpid()) == _started(os.getpid())
    True
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return int(fields[19])  # (field 22 of the file; the name, field 2, may hold spaces)
    except (OSError, IndexError, ValueError):
        return None


def _same_file(path: Path, opened: os.stat_result) -> bool:
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    return (now.st_dev, now.st_ino) == (opened.st_dev, opened.st_ino)
