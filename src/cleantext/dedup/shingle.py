"""Shingling for corpus dedup: normalised word or character n-grams, hashed in batches.

Normalisation (the same for both kinds): lower-case (``str.lower``); ASCII punctuation, the
Latin-1 punctuation block (U+0080-U+00BF: NBSP, « », ¿ ...) and the general punctuation block
(U+2000-U+206F: curly quotes, dashes, ellipsis, zero-width and special spaces) separate words;
any other non-ASCII character is part of a word. Optionally ASCII digits all become ``0``. The
normalised text is the words joined by single spaces; a *word* shingle is ``n`` consecutive
words of it, a *char* shingle ``n`` consecutive characters. A text with fewer than ``n`` words
(characters) has one shingle, the whole normalised text; an empty text has none.

Each shingle is hashed to 32 bits with :func:`ngram_hash` (a polynomial hash of the shingle's
UTF-8 bytes, finished with the MurmurHash3 64-bit finaliser). :func:`shingles` and
:func:`ngram_hash` are the plain reference; :class:`Shingler` computes the same hashes for a
whole batch of texts at once with numpy (prefix sums over the bytes), without building strings.

>>> opts = ShingleOptions(n=2)
>>> shingles("Don’t PANIC — it's fine!", opts)
[b'don t', b't panic', b'panic it', b'it s', b's fine']
>>> hashes, offsets = Shingler(opts).hash_batch(["Don’t PANIC — it's fine!"])
>>> hashes.tolist() == [ngram_hash(s) for s in shingles("Don’t PANIC — it's fine!", opts)]
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import numpy as np
import regex
from numpy.typing import NDArray

__all__ = ["ShingleOptions", "Shingler", "ngram_hash", "normalize", "shingles"]

_P = 0x100000001B3  # FNV-1a 64-bit prime: odd, so it has an inverse modulo 2**64
_M64 = (1 << 64) - 1
_Q = pow(_P, -1, 1 << 64)
_FMIX = (33, 0xFF51AFD7ED558CCD, 33, 0xC4CEB9FE1A85EC53, 33)

#: non-ASCII separators: U+0080-U+00BF and U+2000-U+206F
_SEP_MULTI = regex.compile("[\u0080-\u00bf\u2000-\u206f]+")
_SPACES = re.compile(rb" {2,}")


def _ascii_table(mask_digits: bool) -> bytes:
    """Byte map: ASCII that is not a letter or digit becomes a space (optionally 1-9 -> 0)."""
    table = bytearray(range(256))
    for c in range(128):
        if not (chr(c).isalnum()):
            table[c] = 32
    if mask_digits:
        for c in b"123456789":
            table[c] = ord("0")
    return bytes(table)


_ASCII_SEP = _ascii_table(False)
_DIGITS = _ascii_table(True)


@dataclass(frozen=True)
class ShingleOptions:
    """How a text becomes shingles.

    Attributes:
        kind: ``word`` (default) or ``char`` n-grams.
        n: n-gram size (words or characters).
        mask_digits: write every ASCII digit as ``0`` (prices and dates stop mattering).
    """

    kind: Literal["word", "char"] = "word"
    n: int = 5
    mask_digits: bool = False

    def __post_init__(self) -> None:
        if self.kind not in ("word", "char"):
            raise ValueError("kind must be 'word' or 'char'")
        if self.n < 1:
            raise ValueError("n must be >= 1")

    def describe(self) -> str:
        """The form stored in a :class:`~cleantext.dedup.lsh.Scheme`, e.g. ``word:5``.

        >>> ShingleOptions(kind="char", n=7, mask_digits=True).describe()
        'char:7:digits0'
        """
        return f"{self.kind}:{self.n}" + (":digits0" if self.mask_digits else "")


def normalize(text: str, opts: ShingleOptions = ShingleOptions()) -> bytes:
    """The normalised text as UTF-8: lower-cased words joined by single spaces.

    >>> normalize("«Hello»,\u00a0WORLD… 2024")
    b'hello world 2024'
    """
    text = text.lower()
    if not text.isascii():
        text = _SEP_MULTI.sub(" ", text)
    data = text.encode("utf-8", "surrogatepass")
    return _SPACES.sub(b" ", data.translate(_DIGITS if opts.mask_digits else _ASCII_SEP)).strip()


def shingles(text: str, opts: ShingleOptions = ShingleOptions()) -> list[bytes]:
    """The shingles of ``text`` in order (repeats included), as UTF-8 bytes.

    >>> shingles("a b c", ShingleOptions(n=2)), shingles("Ab", ShingleOptions("char", 3))
    ([b'a b', b'b c'], [b'ab'])
    """
    norm = normalize(text, opts)
    if not norm:
        return []
    if opts.kind == "word":
        words = norm.split(b" ")
        if len(words) <= opts.n:
            return [norm]
        return [b" ".join(words[i : i + opts.n]) for i in range(len(words) - opts.n + 1)]
    chars = norm.decode("utf-8")
    if len(chars) <= opts.n:
        return [norm]
    return [chars[i : i + opts.n].encode("utf-8") for i in range(len(chars) - opts.n + 1)]


def ngram_hash(shingle: bytes) -> int:
    """The 32-bit hash of one shingle: pass it to datasketch as ``hashfunc``.

    ``h = sum((byte + 1) * P**(len - 1 - i)) mod 2**64`` with ``P = 0x100000001B3``, then the
    MurmurHash3 64-bit finaliser, then the low 32 bits.

    >>> ngram_hash(b"the quick brown fox jumps")
    4215843032
    """
    h = 0
    for byte in shingle:
        h = (h * _P + byte + 1) & _M64
    s1, m1, s2, m2, s3 = _FMIX
    h ^= h >> s1
    h = (h * m1) & _M64
    h ^= h >> s2
    h = (h * m2) & _M64
    h ^= h >> s3
    return h & 0xFFFFFFFF


def _power_table(base: int, n: int) -> NDArray[np.uint64]:
    """``base**k mod 2**64`` for ``k < n`` (doubling: each step multiplies a copy by
    ``base**len``).

    >>> _power_table(3, 5).tolist()
    [1, 3, 9, 27, 81]
    """
    table = np.ones(1, dtype=np.uint64)
    while len(table) < n:
        step = np.uint64(pow(base, len(table), 1 << 64))
        with np.errstate(over="ignore"):
            table = np.concatenate((table, table * step))
    return table[:n]


def _fmix64(h: NDArray[np.uint64]) -> NDArray[np.uint64]:
    s1, m1, s2, m2, s3 = (np.uint64(v) for v in _FMIX)
    h = h ^ (h >> s1)
    h *= m1
    h ^= h >> s2
    h *= m2
    h ^= h >> s3
    return h


class Shingler:
    """Hashes the shingles of many texts at once (numpy over the bytes of the whole batch).

    Build one per options and reuse it: it keeps the table of powers it has needed so far.
    """

    def __init__(self, opts: ShingleOptions = ShingleOptions()) -> None:
        self.opts = opts
        self._pow = np.ones(1, dtype=np.uint64)
        self._inv = np.ones(1, dtype=np.uint64)

    def _powers(self, n: int) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
        if len(self._pow) < n:
            self._pow = _power_table(_P, max(n, 2 * len(self._pow)))
            self._inv = _power_table(_Q, len(self._pow))
        return self._pow, self._inv

    def _stream(self, texts: list[str]) -> tuple[NDArray[np.uint8], NDArray[np.int64]]:
        """Normalised texts in one byte array; ``bounds[i]:bounds[i+1]`` is text ``i``."""
        norm = [normalize(t, self.opts) for t in texts]
        lengths = np.fromiter(map(len, norm), dtype=np.int64, count=len(norm))
        bounds = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
        return np.frombuffer(b"".join(norm), dtype=np.uint8), bounds

    def _units(self, stream: NDArray[np.uint8], bounds: NDArray[np.int64]) -> NDArray[np.int64]:
        """Start offsets of the units (words or characters) in the stream."""
        if self.opts.kind == "char":
            return np.flatnonzero((stream & 0xC0) != 0x80)
        after = np.concatenate(([True], stream[:-1] == 32))
        after[bounds[:-1][bounds[:-1] < len(stream)]] = True  # each text's first word
        return np.flatnonzero(after & (stream != 32))

    def hash_batch(self, texts: list[str]) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
        """Shingle hashes of every text, concatenated, and ``offsets`` (``len(texts) + 1``).

        The hashes of text ``i`` are ``hashes[offsets[i]:offsets[i + 1]]``, in order.
        """
        stream, bounds = self._stream(texts)
        n_texts = len(texts)
        if len(stream) == 0:
            return np.empty(0, dtype=np.uint32), np.zeros(n_texts + 1, dtype=np.int64)
        units = self._units(stream, bounds)
        text_of = np.searchsorted(bounds, units, side="right") - 1
        counts = np.bincount(text_of, minlength=n_texts)[:n_texts]
        n = self.opts.n
        per_text = np.where(counts >= n, counts - n + 1, np.minimum(counts, 1))
        offsets = np.concatenate(([0], np.cumsum(per_text))).astype(np.int64)
        s, e = self._spans(stream, bounds, units, text_of, counts)
        return self._span_hashes(stream, s, e), offsets

    def _spans(
        self,
        stream: NDArray[np.uint8],
        bounds: NDArray[np.int64],
        units: NDArray[np.int64],
        text_of: NDArray[np.int64],
        counts: NDArray[np.int64],
    ) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Start and end offsets of every shingle, text by text, in order."""
        n = self.opts.n
        first = np.concatenate(([0], np.cumsum(counts)))
        # where each unit ends: before the next unit's separating space, or at its text's end
        unit_end = np.empty(len(units), dtype=np.int64)
        unit_end[:-1] = units[1:] - (1 if self.opts.kind == "word" else 0)
        has = np.flatnonzero(counts)
        unit_end[first[has + 1] - 1] = bounds[has + 1]
        last = (first[1:] - 1)[text_of]  # the last unit of each unit's text
        k = np.arange(len(units))
        start = k + (n - 1) <= last  # a full n-gram starts here
        short = has[counts[has] < n]
        start[first[short]] = True  # a text shorter than n: one shingle, all of it
        ks = np.flatnonzero(start)
        return units[ks], unit_end[np.minimum(ks + (n - 1), last[ks])]

    def _span_hashes(
        self, stream: NDArray[np.uint8], s: NDArray[np.int64], e: NDArray[np.int64]
    ) -> NDArray[np.uint32]:
        if len(s) == 0:
            return np.empty(0, dtype=np.uint32)
        pw, inv = self._powers(len(stream) + 1)
        with np.errstate(over="ignore"):
            weighted = inv[: len(stream)] * stream  # (byte + 1) * Q**i, in two passes
            weighted += inv[: len(stream)]
            prefix = np.empty(len(stream) + 1, dtype=np.uint64)
            prefix[0] = 0
            np.cumsum(weighted, out=prefix[1:])
            h = (prefix[e] - prefix[s]) * pw[e - 1]
            return _fmix64(h).astype(np.uint32)
