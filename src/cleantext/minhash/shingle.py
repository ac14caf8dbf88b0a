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
whole batch of texts at once with numpy (prefix sums over the bytes), without building strings:
:func:`normalize_batch` normalises the batch in one pass (only non-ASCII texts go through
``str.lower`` one by one), and word shingles are hashed from the runs of non-spaces directly.
Where the optional C kernels are built (``_kernels.c``, see :func:`compiled`), word and
character shingles are hashed there instead: the same hashes, several times faster.
Block dedup hashes the word shingles of its sentence windows with the same hash
(:func:`word_run_hashes`, over words it has normalised itself).

>>> opts = ShingleOptions(n=2)
>>> shingles("Don’t PANIC — it's fine!", opts)
[b'don t', b't panic', b'panic it', b'it s', b's fine']
>>> hashes, offsets = Shingler(opts).hash_batch(["Don’t PANIC — it's fine!"])
>>> hashes.tolist() == [ngram_hash(s) for s in shingles("Don’t PANIC — it's fine!", opts)]
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import xxhash
from numpy.typing import NDArray

from cleantext.errors import ConfigError, check_number, keywords_checked

#: the functions of ``_kernels.c``; a build that lacks one (built from an older source) is
#: not used
_KERNEL_FUNCTIONS = (
    "word_hashes",
    "word_xxh32",
    "char_hashes",
    "minhash",
    "has_repeat",
    "fold_words",
)

try:
    from cleantext.minhash import _kernels as _kernels  # re-exported for signatures.py

    if not all(hasattr(_kernels, name) for name in _KERNEL_FUNCTIONS):
        raise ImportError("cleantext.minhash._kernels is out of date: rebuild it")
except ImportError:  # not built (no C compiler at install): the numpy code below
    _kernels = None  # type: ignore[assignment]

__all__ = [
    "ShingleOptions",
    "Shingler",
    "compiled",
    "ngram_hash",
    "normalize",
    "normalize_batch",
    "shingles",
    "word_bound_hashes",
    "word_run_hashes",
]


def compiled() -> bool:
    """Whether the optional C kernels are built (hashing and MinHash run there, else numpy).

    >>> isinstance(compiled(), bool)
    True
    """
    return _kernels is not None


_P = 0x100000001B3  # FNV-1a 64-bit prime: odd, so it has an inverse modulo 2**64
_M64 = (1 << 64) - 1
_Q = pow(_P, -1, 1 << 64)
_FMIX = (33, 0xFF51AFD7ED558CCD, 33, 0xC4CEB9FE1A85EC53, 33)

#: non-ASCII separators: U+0080-U+00BF and U+2000-U+206F
_SEP_MULTI = re.compile("[\u0080-\u00bf\u2000-\u206f]+")
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


def _lowering(table: bytes) -> bytes:
    """``table`` that also lower-cases ASCII letters (for text not passed through ``str.lower``)."""
    out = bytearray(table)
    for c in range(ord("A"), ord("Z") + 1):
        out[c] = c + 32
    return bytes(out)


_LOWER = _lowering(_ASCII_SEP)
_LOWER_DIGITS = _lowering(_DIGITS)


@keywords_checked
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
            raise ConfigError(f"kind must be 'word' or 'char', not {self.kind!r}")
        check_number("n", self.n, integer=True)
        if self.n < 1:
            raise ConfigError(f"n must be >= 1, not {self.n}")

    def describe(self) -> str:
        """The form stored in a :class:`~cleantext.minhash.lsh.Scheme`, e.g. ``word:5``.

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


def normalize_batch(
    texts: Sequence[str], opts: ShingleOptions = ShingleOptions()
) -> tuple[NDArray[np.uint8], NDArray[np.int64]]:
    """:func:`normalize` of many texts at once: one byte array and ``bounds``, text ``i`` being
    ``stream[bounds[i]:bounds[i + 1]]`` (byte for byte ``normalize(texts[i], opts)``).

    Only non-ASCII texts are lower-cased one by one (``str.lower``: its result depends on the
    neighbouring characters, e.g. a final sigma); ASCII is lower-cased by the byte table, the
    non-ASCII separators are found in the UTF-8 bytes and spaces are collapsed with numpy.

    >>> stream, bounds = normalize_batch(["  «Hello»,\u00a0WORLD…", "", "A  b "])
    >>> bytes(stream), bounds.tolist()
    (b'hello worlda b', [0, 11, 11, 14])
    """
    data, starts = _translated(texts, opts, b"")
    return _collapse_spaces(data, starts)


def _translated(
    texts: Sequence[str], opts: ShingleOptions, sep: bytes
) -> tuple[NDArray[np.uint8], NDArray[np.int64]]:
    """The texts lower-cased, encoded, joined by ``sep`` and with every separator character made
    a space (before spaces are collapsed), and where each starts (``len(texts) + 1`` offsets:
    text ``i`` is ``data[starts[i]:starts[i + 1] - len(sep)]``)."""
    encoded = [
        t.encode("utf-8", "surrogatepass")
        if t.isascii()
        else t.lower().encode("utf-8", "surrogatepass")
        for t in texts
    ]
    starts = np.zeros(len(encoded) + 1, dtype=np.int64)
    if encoded:
        lengths = np.fromiter(map(len, encoded), np.int64, len(encoded))
        np.cumsum(lengths + len(sep), out=starts[1:])
    raw = sep.join(encoded)
    data = np.frombuffer(raw.translate(_LOWER_DIGITS if opts.mask_digits else _LOWER), np.uint8)
    if not raw.isascii():
        data = _non_ascii_separators(data)
    return data, starts


def _non_ascii_separators(data: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """A copy of the UTF-8 ``data`` with every byte of U+0080-U+00BF (``C2 xx``) and of
    U+2000-U+206F (``E2 80 xx``, ``E2 81 80``-``E2 81 AF``) made a space."""
    lead2 = np.flatnonzero(data == 0xC2)  # a lead byte: valid UTF-8 has its continuation
    lead3 = np.flatnonzero(data == 0xE2)
    b1, b2 = data[lead3 + 1], data[lead3 + 2]
    lead3 = lead3[(b1 == 0x80) | ((b1 == 0x81) & (b2 <= 0xAF))]
    out = data.copy()
    for k in range(2):
        out[lead2 + k] = 32
    for k in range(3):
        out[lead3 + k] = 32
    return out


def _collapse_spaces(
    data: NDArray[np.uint8], bounds: NDArray[np.int64]
) -> tuple[NDArray[np.uint8], NDArray[np.int64]]:
    """Each text's words joined by single spaces (runs of spaces between two words of the same
    text become one space; leading and trailing spaces go), and the new ``bounds``."""
    size = len(data)
    if size == 0:
        return data, bounds
    space = data == 32
    text_start = np.zeros(size + 1, dtype=bool)
    text_start[bounds] = True  # bounds[-1] == size: the end counts as a start
    # runs of spaces, cut at text starts; a run keeps its first space when a word of the same
    # text is on each side
    gap = space & ~text_start[:size]
    edges = np.diff(gap.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    run_start = np.flatnonzero(edges == 1)  # >= 1: position 0 is a text start
    run_end = np.flatnonzero(edges == -1)
    keep = ~space
    keep[run_start[~space[run_start - 1] & ~text_start[run_end]]] = True
    kept_before = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(keep, out=kept_before[1:])
    return data[keep], kept_before[bounds]


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
    chars = norm.decode("utf-8", "surrogatepass")  # a lone surrogate is one character
    if len(chars) <= opts.n:
        return [norm]
    return [
        chars[i : i + opts.n].encode("utf-8", "surrogatepass")
        for i in range(len(chars) - opts.n + 1)
    ]


def ngram_hash(shingle: bytes | str) -> int:
    """The 32-bit hash of one shingle: pass it to datasketch as ``hashfunc``.

    ``h = sum((byte + 1) * P**(len - 1 - i)) mod 2**64`` with ``P = 0x100000001B3``, then the
    MurmurHash3 64-bit finaliser, then the low 32 bits. A ``str`` is hashed as its UTF-8 bytes,
    so ``MinHash.update("a b")`` and ``update(b"a b")`` agree (``xxhash.xxh32_intdigest``
    refuses a ``str``: encode it first).

    >>> ngram_hash(b"the quick brown fox jumps"), ngram_hash("the quick brown fox jumps")
    (4215843032, 4215843032)
    """
    if isinstance(shingle, str):
        shingle = shingle.encode("utf-8", "surrogatepass")  # (as shingles() encodes)
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


def word_run_hashes(
    words: Sequence[str], runs: Sequence[tuple[int, int]], n: int
) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
    """:func:`ngram_hash` of every shingle of every run of (non-empty) words ``words[a:b]``
    (``n`` consecutive words joined by single spaces, as UTF-8; a run of fewer than ``n``
    words has none), concatenated, and each run's ``offsets`` (``len(runs) + 1``). The words are
    already normalised (block dedup's sentence windows: the shingles are those of
    :func:`~cleantext.blocks.align.shingles`, hashed as corpus shingles are). The whole list
    goes to the C kernel in one call where it is built, the runs follow each other and no
    word holds a space; else numpy hashes each shingle's span of the joined words.

    >>> hashes, offsets = word_run_hashes("a b c d".split(), [(0, 3), (3, 4)], 2)
    >>> hashes.tolist() == [ngram_hash(b"a b"), ngram_hash(b"b c")], offsets.tolist()
    (True, [0, 2, 2])
    """
    firsts = np.fromiter((a for a, _ in runs), dtype=np.int64, count=len(runs))
    ends = np.fromiter((b for _, b in runs), dtype=np.int64, count=len(runs))
    return word_bound_hashes(words, firsts, ends, n)


def word_bound_hashes(
    words: Sequence[str], firsts: NDArray[np.int64], ends: NDArray[np.int64], n: int
) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
    """:func:`word_run_hashes` of the runs ``words[firsts[i]:ends[i]]``, their bounds given
    as arrays (block dedup's windows come so: no tuple per run).

    >>> words, firsts, ends = "a b c d".split(), np.array([0, 3]), np.array([3, 4])
    >>> hashes, offsets = word_bound_hashes(words, firsts, ends, 2)
    >>> hashes.tolist() == [ngram_hash(b"a b"), ngram_hash(b"b c")], offsets.tolist()
    (True, [0, 2, 2])
    """
    sizes = ends - firsts
    counts = np.maximum(sizes - n + 1, 0)  # a run of fewer than n words has no shingle
    offsets = np.zeros(len(firsts) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    data = np.frombuffer(" ".join(words).encode("utf-8", "surrogatepass"), dtype=np.uint8)
    spaces = np.flatnonzero(data == 32)
    plain = len(spaces) == len(words) - 1  # no word holds a space
    if plain:  # where each word starts in data (and one past the end)
        word_at = np.concatenate(([0], spaces + 1, [len(data) + 1])).astype(np.int64)
    else:
        lengths = [len(x.encode("utf-8", "surrogatepass")) + 1 for x in words]
        word_at = np.zeros(len(words) + 1, dtype=np.int64)
        np.cumsum(np.array(lengths, dtype=np.int64), out=word_at[1:])
    if _kernels is not None and plain and len(firsts) and np.array_equal(firsts[1:], ends[:-1]):
        # the runs follow each other: one kernel call hashes them all
        hashes = np.empty(len(words) + 1, dtype=np.uint32)
        found = np.empty(len(firsts) + 1, dtype=np.int64)
        starts = np.append(word_at[firsts], word_at[ends[-1]])
        count = _kernels.word_hashes(data, starts, n, hashes, found)
        keep = np.repeat(sizes >= n, np.diff(found))  # a short run's one shingle goes
        return hashes[:count][keep], offsets
    # the first word of every shingle, run by run
    ks = np.repeat(firsts - offsets[:-1], counts) + np.arange(int(offsets[-1]), dtype=np.int64)
    return _span_hashes(data, word_at[ks], word_at[ks + n] - 1), offsets


def _extend(table: NDArray[np.uint64], base: int, n: int) -> NDArray[np.uint64]:
    """``table`` (``base**k mod 2**64`` for ``k < len(table)``) extended to ``n`` entries
    (doubling: each step multiplies a copy by ``base**len``).

    >>> _extend(np.ones(1, dtype=np.uint64), 3, 5).tolist()
    [1, 3, 9, 27, 81]
    """
    out = np.empty(max(n, len(table)), dtype=np.uint64)
    have = len(table)
    out[:have] = table
    with np.errstate(over="ignore"):
        while have < n:
            step = min(have, n - have)
            np.multiply(
                out[:step], np.uint64(pow(base, have, 1 << 64)), out=out[have : have + step]
            )
            have += step
    return out[:n]


#: ``(P**k, Q**k)`` for ``k < len``, ``Q = P**-1``: shared by the process, grown on demand
_TABLES: tuple[NDArray[np.uint64], NDArray[np.uint64]] = (
    np.ones(1, dtype=np.uint64),
    np.ones(1, dtype=np.uint64),
)


#: the shared tables grow to at most this many entries (2 x 8 bytes each: 64 MiB); a longer
#: batch (one huge document) gets tables of its own that are freed after it
MAX_SHARED_POWERS = 1 << 22


def _powers(n: int) -> tuple[NDArray[np.uint64], NDArray[np.uint64]]:
    """Tables of at least ``n`` powers of ``P`` and ``Q``, built once per process (grown to the
    longest batch so far, with some room, up to :data:`MAX_SHARED_POWERS`), not per batch.

    >>> pw, inv = _powers(10)
    >>> len(pw) >= 10, int(pw[0]), int(pw[3]) * int(inv[3]) % 2**64
    (True, 1, 1)
    """
    global _TABLES
    tables = _TABLES
    if len(tables[0]) < n:
        size = max(n, len(tables[0]) + len(tables[0]) // 4)
        tables = (_extend(tables[0], _P, size), _extend(tables[1], _Q, size))
        if size <= MAX_SHARED_POWERS:
            _TABLES = tables  # one assignment: a reader in another thread sees a matching pair
    return tables


def _fmix64(h: NDArray[np.uint64]) -> NDArray[np.uint32]:
    """The low 32 bits of the MurmurHash3 64-bit finaliser of ``h`` (``h`` is overwritten)."""
    s1, m1, s2, m2, s3 = (np.uint64(v) for v in _FMIX)
    tmp = np.empty_like(h)
    with np.errstate(over="ignore"):
        for shift, mult in ((s1, m1), (s2, m2)):
            np.right_shift(h, shift, out=tmp)
            h ^= tmp
            h *= mult
        np.right_shift(h, s3, out=tmp)
        h ^= tmp
    return h.astype(np.uint32)


class Shingler:
    """Hashes the shingles of many texts at once (numpy over the bytes of the whole batch).

    The tables of powers it needs are built once per process and shared (see :func:`_powers`).
    """

    def __init__(self, opts: ShingleOptions = ShingleOptions()) -> None:
        self.opts = opts

    def hash_batch(self, texts: Sequence[str]) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
        """Shingle hashes of every text, concatenated, and ``offsets`` (``len(texts) + 1``).

        The hashes of text ``i`` are ``hashes[offsets[i]:offsets[i + 1]]``, in order.
        """
        if self.opts.kind == "word":
            if _kernels is not None:
                return self._word_hashes_compiled(texts)
            return self._word_hashes(texts)
        stream, bounds = normalize_batch(texts, self.opts)
        n_texts = len(bounds) - 1
        if _kernels is not None:  # the same hashes in C
            offsets = np.empty(n_texts + 1, dtype=np.int64)
            hashes = np.empty(len(stream) + 1, dtype=np.uint32)  # >= characters >= shingles
            count = _kernels.char_hashes(stream, bounds, self.opts.n, hashes, offsets)
            return hashes[:count], offsets
        offsets = np.zeros(n_texts + 1, dtype=np.int64)
        if len(stream) == 0:
            return np.empty(0, dtype=np.uint32), offsets
        units = np.flatnonzero((stream & 0xC0) != 0x80)  # characters
        ks, ke = _shingle_units(np.searchsorted(units, bounds), self.opts.n, offsets)
        # where each character ends: where the next one starts, or at its text's end
        unit_end = np.append(units[1:], len(stream))
        return _span_hashes(stream, units[ks], unit_end[ke]), offsets

    def _word_hashes_compiled(
        self, texts: Sequence[str]
    ) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
        """:meth:`_word_hashes` in the C kernel: the same hashes from the same bytes."""
        assert _kernels is not None
        data, starts = _translated(texts, self.opts, b" ")
        offsets = np.empty(len(texts) + 1, dtype=np.int64)
        hashes = np.empty(len(data) // 2 + 1, dtype=np.uint32)  # >= words >= shingles
        count = _kernels.word_hashes(data, starts, self.opts.n, hashes, offsets)
        return hashes[:count], offsets

    def xxh32_batch(self, texts: Sequence[str]) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
        """:meth:`hash_batch` with ``xxhash.xxh32_intdigest`` of each shingle's bytes instead
        of :func:`ngram_hash` (in the C kernel for word shingles, else shingle by shingle).

        >>> hashes, offsets = Shingler(ShingleOptions(n=2)).xxh32_batch(["a b c"])
        >>> hashes.tolist() == [xxhash.xxh32_intdigest(s) for s in (b"a b", b"b c")]
        True
        """
        if self.opts.kind == "word" and _kernels is not None:
            data, starts = _translated(texts, self.opts, b" ")
            offsets = np.empty(len(texts) + 1, dtype=np.int64)
            hashes = np.empty(len(data) // 2 + 1, dtype=np.uint32)  # >= words >= shingles
            count = _kernels.word_xxh32(data, starts, self.opts.n, hashes, offsets)
            return hashes[:count], offsets
        per_doc = [shingles(t, self.opts) for t in texts]
        counts = np.fromiter(map(len, per_doc), dtype=np.int64, count=len(per_doc))
        offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        flat = [s for doc in per_doc for s in doc]
        hashes = np.fromiter(map(xxhash.xxh32_intdigest, flat), dtype=np.uint32, count=len(flat))
        return hashes, offsets

    def _word_hashes(self, texts: Sequence[str]) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
        """Word shingles without building the normalised text: the words are the runs of
        non-spaces of the translated bytes (texts joined by a space), and the hash of a shingle
        is computed as if all words of the batch were joined by single spaces (a shingle is a
        contiguous part of that string: its hash does not depend on where it sits)."""
        data, starts = _translated(texts, self.opts, b" ")
        n = self.opts.n
        offsets = np.zeros(len(texts) + 1, dtype=np.int64)
        word = np.zeros(len(data) + 2, dtype=bool)
        np.not_equal(data, 32, out=word[1:-1])
        edges = np.flatnonzero(word[1:] != word[:-1])  # alternately a word's start and end
        ws, we = edges[0::2], edges[1::2]
        n_words = len(ws)
        first = np.searchsorted(ws, starts)  # each text's first word
        counts = np.diff(first)
        # a text of c >= n words has c - n + 1 shingles; a shorter non-empty text has one
        per_text = np.minimum(counts, 1) + np.maximum(counts - n, 0)
        np.cumsum(per_text, out=offsets[1:])
        if n_words == 0:
            return np.empty(0, dtype=np.uint32), offsets
        lengths = we - ws
        at = np.zeros(n_words, dtype=np.int64)  # where each word is in the joined string
        np.cumsum(lengths[:-1] + 1, out=at[1:])
        pw, inv = _powers(len(data) + 1)
        with np.errstate(over="ignore"):
            prefix = _prefix(data, inv)
            # word j in the joined string: sum((byte + 1) * Q**position) over its bytes
            own = prefix[we]
            own -= prefix[ws]
            own *= pw[ws - at]  # ws >= at: a word is at or before its place in the data
            # the joined string's prefix sums where each word starts and ends (a space: 33)
            space = at + lengths  # the space after word j
            before = np.empty(n_words, dtype=np.uint64)
            before[0] = 0
            np.take(inv, space[:-1], out=before[1:])
            before[1:] *= np.uint64(33)
            before[1:] += own[:-1]
            np.cumsum(before, out=before)
            after = before + own
            space -= 1
            scale = pw[space]  # P**(end - 1) of a shingle ending with word j
            # the shingle of words j .. j + n - 1 for every j, then each text's own
            ks = np.repeat(first[:-1] - offsets[:-1], per_text)
            ks += np.arange(len(ks), dtype=np.int64)
            if n_words >= n:
                full = after[n - 1 :] - before[: n_words - n + 1]
                full *= scale[n - 1 :]
                h = full[np.minimum(ks, n_words - n, out=ks)]
            else:
                h = np.empty(len(ks), dtype=np.uint64)
            short = np.flatnonzero((counts > 0) & (counts < n))  # one shingle: all words
            if len(short):
                s, e = first[short], first[short + 1] - 1
                h[offsets[short]] = (after[e] - before[s]) * scale[e]
            return _fmix64(h), offsets


def _shingle_units(
    first: NDArray[np.int64], n: int, offsets: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The first and last unit of every shingle, text by text, given the index of each text's
    first unit (``first[-1]`` = number of units); fills the per-text ``offsets``."""
    counts = np.diff(first)
    # a text of c >= n units has c - n + 1 shingles; a shorter non-empty text has one
    per_text = np.minimum(counts, 1) + np.maximum(counts - n, 0)
    np.cumsum(per_text, out=offsets[1:])
    ks = np.arange(int(offsets[-1]), dtype=np.int64)
    ks += np.repeat(first[:-1] - offsets[:-1], per_text)
    ke = ks + np.repeat(np.minimum(counts, n) - 1, per_text)
    return ks, ke


def _prefix(data: NDArray[np.uint8], inv: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """``prefix[i] = sum((data[k] + 1) * Q**k for k < i)`` (mod 2**64)."""
    prefix = np.empty(len(data) + 1, dtype=np.uint64)
    prefix[0] = 0
    np.add(data, 1, out=prefix[1:], dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.multiply(prefix[1:], inv[: len(data)], out=prefix[1:])
        np.cumsum(prefix, out=prefix)  # in place: one array, not two
    return prefix


def _span_hashes(
    stream: NDArray[np.uint8], s: NDArray[np.int64], e: NDArray[np.int64]
) -> NDArray[np.uint32]:
    """:func:`ngram_hash` of ``stream[s[j]:e[j]]`` for every ``j``."""
    if len(s) == 0:
        return np.empty(0, dtype=np.uint32)
    pw, inv = _powers(len(stream) + 1)
    with np.errstate(over="ignore"):
        prefix = _prefix(stream, inv)
        h = prefix[e]
        h -= prefix[s]
        h *= pw[e - 1]
        return _fmix64(h)
