"""MinHash signatures for many documents at once, bit-identical to datasketch.

For ``num_perm`` and ``seed``, :class:`MinHasher` draws the same permutations as
``datasketch.MinHash(num_perm=..., seed=...)`` (datasketch >= 2.0, scheme ``affine32``: the
32-bit shingle hash is pre-mixed with the MurmurHash3 finaliser, then ``a * h + b`` modulo
``2**32``) and takes the minimum per permutation over each document's shingle hashes, with numpy
over a whole batch. The signature of a text equals

``datasketch.MinHash(num_perm, seed, hashfunc=ngram_hash)`` updated with ``shingles(text)``

(:func:`~cleantext.minhash.shingle.ngram_hash`, :func:`~.shingle.shingles`), or with
``hashfunc=xxhash.xxh32_intdigest`` when the signer is built with ``hash="xxh32"``.
:func:`to_datasketch` and :func:`from_datasketch` move signatures across.

>>> from datasketch import MinHash
>>> from cleantext.minhash.shingle import ngram_hash, shingles
>>> text = "The quick brown fox jumps over the lazy dog again and again."
>>> sig = Signer(num_perm=64).sign([text]).values[0]
>>> ref = MinHash(num_perm=64, hashfunc=ngram_hash)
>>> ref.update_batch(shingles(text))
>>> bool((ref.hashvalues == sig).all()), bool((from_datasketch(to_datasketch(sig)) == sig).all())
(True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np
from numpy.typing import NDArray

from cleantext.errors import ConfigError, check_number, did_you_mean
from cleantext.minhash import shingle as _shingle
from cleantext.minhash.shingle import ShingleOptions, Shingler

__all__ = [
    "HASHES",
    "MinHasher",
    "Signatures",
    "Signer",
    "from_datasketch",
    "permutations",
    "to_datasketch",
]

#: shingle hash functions: ``ngram-xxh32`` is :func:`~cleantext.minhash.shingle.ngram_hash`
#: (vectorised, the default); ``xxh32`` is ``xxhash.xxh32_intdigest`` of the shingle bytes.
HASHES = ("ngram-xxh32", "xxh32")

_EMPTY = np.uint32(0xFFFFFFFF)
#: characters of text signed in one numpy pass (measured best: about 100 documents of 2,300)
_PART_CHARS = 1 << 18
_CHUNK = 4500  # shingles per block: (num_perm, _CHUNK) uint32 stays in cache (measured best)


def permutations(
    num_perm: int = 128, seed: int = 1
) -> tuple[NDArray[np.uint32], NDArray[np.uint32]]:
    """The ``(a, b)`` of datasketch's ``affine32`` scheme for ``num_perm`` and ``seed``.

    datasketch draws them with ``numpy.random.RandomState(seed).randint(...)``; the same 32-bit
    words come from :func:`_mt19937` here (importing ``numpy.random`` costs a short command
    more than drawing them).

    >>> a, b = permutations(4, seed=1)
    >>> a.dtype, bool((a % 2 == 1).all())
    (dtype('uint32'), True)
    """
    if not 0 <= seed < 1 << 32:
        raise ConfigError("seed must be in [0, 2**32)")  # as numpy's RandomState (a ValueError)
    words = np.array(_mt19937(seed, 2 * num_perm), dtype=np.uint32)
    # randint(0, 2**31, dtype=uint32) masks each word to 31 bits; randint(0, 2**32) takes it all
    a = (words[:num_perm] & np.uint32(0x7FFFFFFF)) * np.uint32(2) + np.uint32(1)
    return a, words[num_perm:]


def _mt19937(seed: int, count: int) -> list[int]:
    """The first ``count`` 32-bit outputs of MT19937 seeded like ``RandomState(seed)``
    (Matsumoto and Nishimura's ``init_genrand``, then ``genrand_int32``).

    >>> _mt19937(5489, 1)  # the reference generator's first output for its default seed
    [3499211612]
    """
    n, m, mask = 624, 397, 0xFFFFFFFF
    state = [seed & mask]
    for i in range(1, n):
        prev = state[-1]
        state.append((1812433253 * (prev ^ (prev >> 30)) + i) & mask)
    out: list[int] = []
    while len(out) < count:
        for i in range(n):  # the twist
            y = (state[i] & 0x80000000) | (state[(i + 1) % n] & 0x7FFFFFFF)
            state[i] = state[(i + m) % n] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        for y in state[: count - len(out)]:  # tempering
            y ^= y >> 11
            y ^= (y << 7) & 0x9D2C5680
            y ^= (y << 15) & 0xEFC60000
            out.append(y ^ (y >> 18))
    return out


def _fmix32(h: NDArray[np.uint32]) -> NDArray[np.uint32]:
    h = h ^ (h >> np.uint32(16))
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


class MinHasher:
    """Signatures from shingle hashes: the numpy core, for any 32-bit shingle hash."""

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        check_number("num_perm", num_perm, integer=True)
        check_number("seed", seed, integer=True)
        if num_perm < 1:
            raise ConfigError(f"num_perm must be positive, not {num_perm}")
        self.num_perm = num_perm
        self.seed = seed
        a, b = permutations(num_perm, seed)
        self._a = a[:, None]
        self._b = b[:, None]

    def signatures(
        self, hashes: NDArray[np.uint32], offsets: NDArray[np.int64]
    ) -> NDArray[np.uint32]:
        """``(n_docs, num_perm)`` signatures; doc ``i`` has ``hashes[offsets[i]:offsets[i+1]]``.

        A document without shingles gets datasketch's empty signature (all ``2**32 - 1``).

        >>> mh = MinHasher(num_perm=8)
        >>> sig = mh.signatures(np.array([5, 9, 7], np.uint32), np.array([0, 2, 2, 3]))
        >>> sig.shape, bool((sig[1] == 2**32 - 1).all())
        ((3, 8), True)
        """
        n_docs = len(offsets) - 1
        kernels = _shingle._kernels
        if kernels is not None:  # the same minima in C (see _kernels.c)
            out = np.empty((n_docs, self.num_perm), dtype=np.uint32)
            hashes = np.ascontiguousarray(hashes, dtype=np.uint32)
            offsets = np.ascontiguousarray(offsets, dtype=np.int64)
            kernels.minhash(hashes, offsets, self._a[:, 0], self._b[:, 0], out)
            return out
        out = np.full((n_docs, self.num_perm), _EMPTY, dtype=np.uint32)
        mixed = _fmix32(np.asarray(hashes, dtype=np.uint32))
        nonempty = np.flatnonzero(offsets[1:] > offsets[:-1])
        starts = offsets[nonempty]
        # blocks of whole documents, about _CHUNK shingles each (one document may be more)
        marks = np.searchsorted(starts, np.arange(0, int(offsets[-1]), _CHUNK))
        marks = np.unique(marks[marks < len(nonempty)])  # a long document covers several
        cuts: list[int] = [*marks.tolist(), len(nonempty)]
        buffer = np.empty(0, dtype=np.uint32)
        for start, stop in pairwise(cuts):
            docs = nonempty[start:stop]
            lo, hi = int(starts[start]), int(offsets[docs[-1] + 1])
            if buffer.size < self.num_perm * (hi - lo):
                buffer = np.empty(self.num_perm * max(hi - lo, _CHUNK), dtype=np.uint32)
            block = buffer[: self.num_perm * (hi - lo)].reshape(self.num_perm, hi - lo)
            np.multiply(self._a, mixed[lo:hi], out=block)
            np.add(block, self._b, out=block)
            out[docs] = np.minimum.reduceat(block, starts[start:stop] - lo, axis=1).T
        return out


@dataclass(frozen=True)
class Signatures:
    """Signatures of a batch: ``values`` is ``(n, num_perm)`` uint32, ``sizes`` the number of
    shingles of each document (for containment estimates)."""

    values: NDArray[np.uint32]
    sizes: NDArray[np.int64]

    def __len__(self) -> int:
        return len(self.sizes)


def _check_texts(texts: Sequence[str]) -> None:
    """Raise ``TypeError`` naming the first text that is no string (``None`` or NaN for a
    missing value, bytes: signing it failed deep inside with a message about ``len`` or
    ``encode``).

    >>> _check_texts(["a", None])
    Traceback (most recent call last):
    ...
    TypeError: texts must be str, not NoneType (the text at 1; a missing value?)
    >>> _check_texts("one text")
    Traceback (most recent call last):
    ...
    TypeError: texts must be a list of str, not one str (its characters would be the texts)
    """
    if isinstance(texts, str):
        raise TypeError(
            "texts must be a list of str, not one str (its characters would be the texts)"
        )
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(
                f"texts must be str, not {type(t).__name__} (the text at {i}; a missing value?)"
            )


class Signer:
    """Text to signatures: shingling, hashing and MinHash in one object (reuse it).

    Args:
        num_perm: permutations (signature length).
        seed: permutation seed, as in datasketch.
        shingle: shingling options.
        hash: ``ngram-xxh32`` (fast, default) or ``xxh32`` (see :data:`HASHES`).
    """

    def __init__(
        self,
        num_perm: int = 128,
        seed: int = 1,
        shingle: ShingleOptions | None = None,
        hash: str = "ngram-xxh32",
    ) -> None:
        if hash not in HASHES:
            hint = did_you_mean(hash, HASHES)
            raise ConfigError(f"hash must be one of {', '.join(HASHES)}, not {hash!r}{hint}")
        self.hash = hash
        self.shingle = shingle or ShingleOptions()
        self.minhasher = MinHasher(num_perm, seed)
        self._shingler = Shingler(self.shingle)

    @property
    def num_perm(self) -> int:
        """Signature length."""
        return self.minhasher.num_perm

    @property
    def seed(self) -> int:
        """Permutation seed."""
        return self.minhasher.seed

    def _hashes(self, texts: Sequence[str]) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
        if self.hash == "ngram-xxh32":
            return self._shingler.hash_batch(list(texts))
        return self._shingler.xxh32_batch(list(texts))

    def sign(self, texts: Sequence[str]) -> Signatures:
        """Signatures of ``texts`` (any batch size: a large batch is signed in parts of about
        :data:`_PART_CHARS` characters, whose arrays stay in the CPU caches)."""
        _check_texts(texts)
        ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)))
        cuts = np.searchsorted(
            ends, np.arange(_PART_CHARS, int(ends[-1]) if len(ends) else 0, _PART_CHARS)
        )
        bounds = [0, *np.unique(cuts + 1).tolist()]
        if bounds[-1] < len(texts):
            bounds.append(len(texts))
        if len(bounds) <= 2:
            return self._sign(texts)
        parts = [self._sign(texts[a:b]) for a, b in pairwise(bounds)]
        return Signatures(
            np.concatenate([p.values for p in parts]), np.concatenate([p.sizes for p in parts])
        )

    def _sign(self, texts: Sequence[str]) -> Signatures:
        hashes, offsets = self._hashes(texts)
        values = self.minhasher.signatures(hashes, offsets)
        return Signatures(values, np.diff(offsets).astype(np.int64))


def to_datasketch(signature: NDArray[np.uint32], seed: int = 1) -> Any:
    """A ``datasketch.MinHash`` holding ``signature`` (e.g. for ``MinHashLSH``)."""
    from datasketch import MinHash

    return MinHash(seed=seed, hashvalues=signature, scheme="affine32")


def from_datasketch(minhash: Any) -> NDArray[np.uint32]:
    """The signature of a ``datasketch.MinHash`` of the ``affine32`` scheme."""
    if getattr(minhash, "scheme", "affine32") != "affine32":
        raise ValueError(f"only affine32 MinHash signatures fit, not {minhash.scheme!r}")
    return np.asarray(minhash.hashvalues, dtype=np.uint32)
