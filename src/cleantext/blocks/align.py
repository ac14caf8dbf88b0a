"""Word-level alignment helpers for in-document block dedup.

Copies of an article inside one page are compared on their *words*, not on their lines, so
that a hard-wrapped copy lines up with a copy written one paragraph per line. The text is
turned into a stream of normalised words (case-folded, NFKC; punctuation, quotes, dashes and
spacing are not words), each with its character span. Sentence windows over that stream
(:func:`units`) are the pieces that MinHash/LSH compares; :func:`extend` and :func:`compare`
work directly on the word stream.

>>> toks = tokenize("L’Iran —  «OK»\\nsaid it")
>>> toks.words
['l', 'iran', 'ok', 'said', 'it']
>>> toks.span(1, 3)
(2, 13)
>>> tokenize("iPhone手机。").words  # no spaces between words: one character, one word
['iphone', '手', '机']
"""

from __future__ import annotations

import array
import bisect
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

import numpy as np
import regex
from numpy.typing import NDArray

from cleantext._unicode import code_points
from cleantext.minhash.shingle import _kernels
from cleantext.sentences import FULL_WIDTH_ENDS, SPACED_CLOSING, SPACED_ENDS
from cleantext.tokens import NO_SPACES

__all__ = [
    "Comparison",
    "Tokens",
    "compare",
    "extend",
    "grams",
    "shingle_sets",
    "shingle_tuples",
    "shingles",
    "tokenize",
    "units",
    "word_bytes",
    "words",
]

# scripts written without spaces between words: each character counts as a word
_NOSPACE = NO_SPACES
_WORD = regex.compile(rf"(?V1)[{_NOSPACE}]\p{{M}}*|[[\p{{L}}\p{{N}}\p{{M}}]--[{_NOSPACE}]]+")
# a sentence ends at . ! ? or … (``sentences.SPACED_ENDS``, with closing quotes/brackets)
# followed by space, or at a CJK full stop (``FULL_WIDTH_ENDS``); a dot inside "11.18.19" or
# "U.K." does not end it
_BLANK = regex.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_E, _C = regex.escape(SPACED_ENDS), regex.escape(SPACED_CLOSING)
_END = regex.compile(rf"(?<![{_E}])[{_E}]++[{_C}]*+(?=\s)|[{regex.escape(FULL_WIDTH_ENDS)}]")


@dataclass(frozen=True)
class Tokens:
    """The words of a text with their character spans (``text[starts[i]:ends[i]]``);
    ``arrays`` holds the spans as numpy arrays too, where the tokenizer made them."""

    words: list[str]
    starts: Sequence[int]
    ends: Sequence[int]
    arrays: tuple[NDArray[np.intp], NDArray[np.intp]] | None = field(
        default=None, repr=False, compare=False
    )

    def __len__(self) -> int:
        return len(self.words)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Character span from the start of word ``a`` to the end of word ``b - 1``."""
        return self.starts[a], self.ends[b - 1]

    def index_at(self, pos: int) -> int:
        """Index of the first word that ends after character offset ``pos``."""
        return bisect.bisect_right(self.ends, pos)

    @cached_property
    def plain(self) -> bool:
        """Whether no word holds a space (a word NFKC made of U+FDFA does): word tuples then
        stand for the words joined by spaces, one for one (:func:`shingle_tuples`)."""
        return " " not in "".join(self.words)


def _norm(word: str) -> str:
    word = word.casefold()
    return word if word.isascii() else unicodedata.normalize("NFKC", word)


def tokenize(text: str) -> Tokens:
    """Split ``text`` into normalised words with their spans (the spans as ``array("q")``
    copies of the numpy arrays where they are 8-byte integers: one copy, not a Python int
    per word; indexing and :mod:`bisect` read them as lists)."""
    starts, ends, words = _scan(text)
    return Tokens(words, _int_sequence(starts), _int_sequence(ends), (starts, ends))


def _int_sequence(values: NDArray[np.intp]) -> Sequence[int]:
    """``values`` as a sequence of Python ints: an ``array("q")`` of them where they are
    8-byte integers, else a list.

    >>> list(_int_sequence(np.array([3, 1, 2])))
    [3, 1, 2]
    """
    if values.dtype.itemsize != 8:
        ints: list[int] = values.tolist()
        return ints
    out = array.array("q")
    out.frombytes(np.ascontiguousarray(values, dtype=np.int64).tobytes())
    return out


def words(text: str) -> list[str]:
    """The normalised words of ``text`` (``tokenize(text).words``, without the spans).

    >>> words("Ça marche, l’ÉTÉ 2024")
    ['ça', 'marche', 'l', 'été', '2024']
    """
    raw = _as_ascii(text)
    if raw is not None:
        return raw.translate(_ASCII_LOWER).decode("ascii").split()
    return _scan(text)[2]


def word_bytes(text: str) -> bytes:
    """The words of :func:`words` as UTF-8 bytes, separated by one or more spaces, without
    building the list. A word whose NFKC form holds a space (U+FDFA, a whole phrase in one
    character) comes out as several: equal runs of words still give equal runs of bytes.

    >>> word_bytes("Ça marche, l’ÉTÉ 2024").decode().split()
    ['ça', 'marche', 'l', 'été', '2024']
    >>> word_bytes("ﬁn Straße 漢字").decode().split()
    ['fin', 'strasse', '漢', '字']
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LOWER)
    if len(text) > _PART:  # part by part (cut between words): the buffers stay in cache
        return b" ".join(_word_bytes(text[lo:hi]) for lo, hi in _parts(text))
    return _word_bytes(text)


def _word_bytes(text: str) -> bytes:
    """:func:`word_bytes` of one text or part, at once."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LOWER)
    found = _fold_words(text)
    if found is not None:  # one pass in C, then case folding (and NFKC) if needed
        _, marked, low = found
        return _nfkc(low.decode("utf-8")).encode("utf-8") if marked else low
    return b" ".join(_lowered(text[lo:hi]) for lo, hi in _parts(text))


#: the last text :func:`_fold_words` folded, with its answer (the text is held, so ``is``
#: cannot meet another string at the same address)
_LAST_FOLD: list[tuple[str, tuple[bytes, bool, bytes] | None]] = [("", (b"", False, b""))]


def _fold_words(text: str) -> tuple[bytes, bool, bytes] | None:
    """The kernel's words of ``text`` before case folding (:func:`_folded`; for ASCII the
    bytes ``_ASCII_LOWER`` makes, which are the same), whether one may need NFKC, and the
    words case-folded (UTF-8); ``None`` where :func:`_folded` gives up.

    The answer for the last text is kept: the pre-check of ``dedup-blocks``
    (:func:`word_bytes`) and the tokenizer (:func:`tokenize`) ask for the same text one
    after the other, and the fold and the case folding are then done once.

    >>> _fold_words("Ça, l’ÉTÉ")[2].decode()
    'ça  l été'
    """
    last = _LAST_FOLD[0]  # one read: another thread may replace it
    if last[0] is text:
        return last[1]
    answer: tuple[bytes, bool, bytes] | None
    if text.isascii():
        kept = text.encode("ascii").translate(_ASCII_LOWER)
        answer = kept, False, kept
    else:
        found = _folded(text)
        if found is None:
            answer = None
        else:
            kept, marked = found
            answer = kept, marked, kept if kept.isascii() else _casefold(kept)
    _LAST_FOLD[0] = (text, answer)
    return answer


_CASEFOLD_UTF8 = getattr(_kernels, "casefold_utf8", None) if _kernels is not None else None
#: code points below this are case-folded by :func:`_case_table` in C
_CASE_LIMIT = 0x3000
#: the flag of a code point that folds to two or three (``_MULTI`` of ``boilerplate.patterns``)
_CASE_MULTI = 0x80000000


def _casefold(kept: bytes) -> bytes:
    """``kept.decode("utf-8").casefold().encode("utf-8")``: by the kernel ``casefold_utf8``
    where it is built and every code point is in :func:`_case_table`, else in Python (the
    twin)."""
    if _CASEFOLD_UTF8 is not None:
        folded: bytes | None = _CASEFOLD_UTF8(kept, *_case_table())
        if folded is not None:
            return folded
    return kept.decode("utf-8").casefold().encode("utf-8")


@cache
def _case_table() -> tuple[NDArray[np.uint32], NDArray[np.uint32]]:
    """``str.casefold`` of each code point below :data:`_CASE_LIMIT` for ``casefold_utf8``:
    ``fold[c]`` is the one code point ``c`` folds to, or, where it folds to two or three
    (``"ß"`` to ``"ss"``), the first of them with ``_CASE_MULTI`` and an index ``k`` (bits
    21-30): the others are ``more[2k]`` and ``more[2k + 1]`` (0: none).

    >>> fold, more = _case_table()
    >>> chr(fold[ord("É")]), int(fold[ord("ß")]) & 0x1FFFFF == ord("s")
    ('é', True)
    """
    folds = [chr(c).casefold() for c in range(_CASE_LIMIT)]
    fold = np.array([ord(f[0]) for f in folds], np.uint32)
    more: list[int] = []
    for c, f in enumerate(folds):
        if len(f) > 1:
            fold[c] |= _CASE_MULTI | (len(more) // 2) << 21
            more += [ord(f[1]), ord(f[2]) if len(f) > 2 else 0]
    return fold, np.array(more, np.uint32)


_FOLD_STR = getattr(_kernels, "fold_str", None) if _kernels is not None else None


def _folded(text: str) -> tuple[bytes, bool] | None:
    """The C kernel's words of ``text`` by :func:`_fold_table` (before case folding) and
    whether one may need NFKC; ``None`` where the kernels are not built or a character is
    beyond the table. ``fold_str`` reads the str itself; ``fold_words``, its twin, the
    UTF-8 bytes (the same result: a test compares them)."""
    if _FOLD_STR is not None:
        found: tuple[bytes, bool] | None = _FOLD_STR(text, _fold_table())
        return found
    return _folded_utf8(text)


def _folded_utf8(text: str) -> tuple[bytes, bool] | None:
    """:func:`_folded` with the ``fold_words`` kernel, over the UTF-8 bytes of ``text``."""
    if _kernels is None:
        return None
    data = text.encode("utf-8", "surrogatepass")
    folded = np.empty(2 * len(data), dtype=np.uint8)
    size, marked = _kernels.fold_words(data, _fold_table(), folded)
    return (folded[:size].tobytes(), marked) if size >= 0 else None


#: :func:`_nfkc` checks pieces of about this many characters
_NFKC_PIECE = 2048


def _nfkc(text: str) -> str:
    """The NFKC form of words separated by spaces (no character composes with a space), in
    pieces cut at spaces: a piece already in NFKC, as most are, costs a quick check only.

    >>> _nfkc("ﬁne " * 1000 + "e\u0301") == unicodedata.normalize("NFKC", "ﬁne " * 1000 + "e\u0301")
    True
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    out, lo = [], 0
    while lo < len(text):
        hi = text.find(" ", lo + _NFKC_PIECE)
        hi = len(text) if hi < 0 else hi
        piece = text[lo:hi]
        out.append(
            piece
            if unicodedata.is_normalized("NFKC", piece)
            else unicodedata.normalize("NFKC", piece)
        )
        lo = hi
    return "".join(out)


#: code points below this are folded to :func:`word_bytes` in C (:func:`_fold_table`)
_FOLD_LIMIT = 0x20000
#: flags of a character in :func:`_fold_table` (``FOLD_*`` in ``_kernels.c``)
_FOLD_WORD, _FOLD_MARKED, _FOLD_NOSPACE, _FOLD_MARK, _FOLD_SEPARATOR = 1, 2, 4, 8, 16


@cache
def _fold_table() -> NDArray[np.uint8]:
    """What each code point below :data:`_FOLD_LIMIT` is to the C kernel that makes
    :func:`word_bytes` (``fold_words``): for ASCII the byte ``_ASCII_LOWER`` maps it to, for
    another character its flags as the tokenizer sees it (a word character or a separator,
    one that may need NFKC, of a script written without spaces, a mark).

    >>> table = _fold_table()
    >>> table[[ord("A"), ord("-"), ord("é"), ord("’"), ord("\u0301"), ord("ﬁ"), ord("漢")]].tolist()
    [97, 32, 1, 16, 11, 3, 5]
    """
    flags = np.concatenate([_block_flags(b) for b in range(_FOLD_LIMIT >> 8)])
    word = (flags & _IS_WORD) != 0
    table = np.where(word, _FOLD_WORD, _FOLD_SEPARATOR).astype(np.uint8)
    table[word & ((flags & _NFKC_MAY_CHANGE) != 0)] |= _FOLD_MARKED
    table[word & ((flags & _IS_MARK) != 0)] |= _FOLD_MARK
    table[(flags & _IS_NOSPACE) != 0] |= _FOLD_NOSPACE
    table[:128] = np.frombuffer(_ASCII_LOWER[:128], dtype=np.uint8)
    return table


def _lowered(text: str) -> bytes:
    """:func:`word_bytes` of one part of a text, in numpy."""
    raw = _as_ascii(text)
    if raw is not None:
        return raw.translate(_ASCII_LOWER)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    flags = _flags(cps)
    inside = (flags & _IS_WORD) != 0
    chars = np.where(inside, cps, np.uint32(32))
    if (flags & (_IS_NOSPACE | _IS_MARK)).any():
        chars = np.insert(chars, np.flatnonzero(_cuts(flags, inside)), np.uint32(32))
    low = chars.tobytes().decode("utf-32-le").casefold()
    if (flags[inside] & _NFKC_MAY_CHANGE).any():  # NFKC keeps the spaces between words
        low = _nfkc(low)
    return low.encode("utf-8")


def _as_ascii(text: str) -> bytes | None:
    """``text`` as ASCII bytes with every other character a ``?`` (a separator, one byte per
    character), if no character outside ASCII is part of a word; else ``None``."""
    if text.isascii():
        return text.encode("ascii")
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if (_flags(cps[cps >= 128]) & _IS_WORD).any():
        return None
    return text.encode("ascii", "replace")


# The word pattern, emulated on code points with numpy (a few whole-text passes instead of a
# match object per word): flags of each character as ``_WORD`` and :func:`_norm` see it ...
_IS_WORD, _IS_NOSPACE, _IS_MARK, _NFKC_MAY_CHANGE = 1, 2, 4, 8
_FLAG_PATTERNS = (
    (_IS_WORD, regex.compile(r"[\p{L}\p{N}\p{M}]+")),
    (_IS_NOSPACE, regex.compile(rf"[{_NOSPACE}]+")),
    (_IS_MARK, regex.compile(r"\p{M}+")),
)
# ... and, for ASCII text, bytes: letters and digits lower-cased, anything else a space
_ASCII_LOWER = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() else 32 for c in range(128)
) + bytes(128)
_ASCII_WORD = np.array([chr(c).isalnum() for c in range(128)] + [False] * 128)


@cache  # at most 4,352 blocks of 256 bytes
def _block_flags(block: int) -> NDArray[np.uint8]:
    """The flags of the 256 code points of ``block``.

    ``_NFKC_MAY_CHANGE`` marks a character NFKC may change alone (quick check not "yes") or
    combined with its neighbours (a mark, a Hangul jamo): a word without one is its own NFKC
    form. Surrogates are not word characters.
    """
    cps = np.arange(block << 8, (block + 1) << 8, dtype=np.uint32)
    cps[(cps >= 0xD800) & (cps < 0xE000)] = 0
    chars = cps.tobytes().decode("utf-32-le")
    flags = np.zeros(256, dtype=np.uint8)
    for bit, pattern in _FLAG_PATTERNS:
        for m in pattern.finditer(chars):
            flags[m.start() : m.end()] |= bit
    combining, normalized = unicodedata.combining, unicodedata.is_normalized
    may_change = np.fromiter(
        (combining(ch) != 0 or not normalized("NFKC", ch) for ch in chars), bool, 256
    )
    may_change |= (flags & _IS_MARK) != 0
    may_change |= (cps >= 0x1100) & (cps <= 0x11FF)
    flags[may_change] |= _NFKC_MAY_CHANGE
    return flags


def _flags(cps: NDArray[np.uint32]) -> NDArray[np.uint8]:
    """The flags of every code point of a text."""
    hi = cps >> 8
    present = np.flatnonzero(np.bincount(hi))
    if len(present) == 1:
        only: NDArray[np.uint8] = _block_flags(int(present[0]))[cps & 0xFF]
        return only
    rank = np.zeros(int(present[-1]) + 1, dtype=np.int64)
    rank[present] = np.arange(len(present))
    table = np.concatenate([_block_flags(int(b)) for b in present])
    flags: NDArray[np.uint8] = table[rank[hi] * 256 + (cps & 0xFF)]
    return flags


def _cuts(flags: NDArray[np.uint8], inside: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Where a word starts right after another one (no separator between): at a no-space
    character, unless it is a mark that joins the no-space character before it; and at a
    letter or digit after a no-space character and its marks."""
    nospace = (flags & _IS_NOSPACE) != 0
    mark = (flags & _IS_MARK) != 0
    tail = mark & ~nospace  # joins whatever word is before it
    idx = np.arange(len(flags), dtype=np.int32)  # a part is shorter than 2**31
    head = np.maximum.accumulate(np.where(tail, np.int32(-1), idx))  # the character a tail joins
    in_nospace_word = nospace | (tail & (head >= 0) & nospace[np.maximum(head, 0)])
    after = np.zeros(len(flags), dtype=bool)  # the previous character is in a no-space word
    after[1:] = in_nospace_word[:-1] & inside[:-1]
    cut: NDArray[np.bool_] = (nospace & ~(mark & after)) | (~nospace & ~mark & after)
    cut[1:] &= inside[:-1]
    cut[0] = False
    cut &= inside
    return cut


#: texts longer than this are scanned in parts cut at a space or line break (no word spans
#: one), so the per-character arrays of a huge text never all exist at once
_PART = 1 << 20


def _parts(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of ``text``: about :data:`_PART` characters each, cut
    just after a space or line break (a part without one runs on to the next).

    >>> _parts("ab cd")
    [(0, 5)]
    """
    out, lo = [], 0
    while len(text) - lo > _PART:
        hi = max(text.rfind(" ", lo, lo + _PART), text.rfind("\n", lo, lo + _PART)) + 1
        if hi <= lo:  # no break in the whole part: cut at the next one
            found = [i for i in (text.find(" ", lo), text.find("\n", lo)) if i >= 0]
            hi = min(found) + 1 if found else len(text)
        out.append((lo, hi))
        lo = hi
    out.append((lo, len(text)))
    return out


def _scan(text: str) -> tuple[NDArray[np.intp], NDArray[np.intp], list[str]]:
    """Word starts, ends and normalised words of ``text``, exactly as ``_WORD`` and
    :func:`_norm` make them (a long text part by part)."""
    if len(text) <= _PART:
        return _scan_part(text)
    starts, ends, words = [], [], []
    for lo, hi in _parts(text):
        s, e, w = _scan_part(text[lo:hi])
        starts.append(s + lo)
        ends.append(e + lo)
        words += w
    return np.concatenate(starts), np.concatenate(ends), words


def _scan_part(text: str) -> tuple[NDArray[np.intp], NDArray[np.intp], list[str]]:
    """:func:`_scan` of one part: in C where the kernels are built (:func:`_kernel_scan`),
    else (or where the kernel gives up) in numpy (:func:`_numpy_scan`, its twin)."""
    found = _kernel_scan(text)
    return found if found is not None else _numpy_scan(text)


# (the kernel writes 8-byte offsets)
_WORD_SPANS = (
    getattr(_kernels, "word_spans", None)
    if _kernels is not None and np.dtype(np.intp).itemsize == 8
    else None
)


def _kernel_scan(text: str) -> tuple[NDArray[np.intp], NDArray[np.intp], list[str]] | None:
    """:func:`_numpy_scan` with the kernels: ``word_spans`` finds where the words are and
    ``fold_str`` (:func:`_folded`) gives them, before case folding, in one pass each.
    ``None`` where the kernels are not built or give up (a character beyond their table),
    where a word may change under NFKC (rare; the twin applies NFKC word by word: case
    folding can make a sequence that NFKC composes, "ǰ" say), or where case folding makes
    a space."""
    if _WORD_SPANS is None:
        return None
    folded = _fold_words(text)
    if folded is None or folded[1]:
        return None
    starts = np.empty(len(text), dtype=np.intp)
    ends = np.empty(len(text), dtype=np.intp)
    count: int = _WORD_SPANS(text, _fold_table(), starts, ends)
    words = folded[2].decode("utf-8").split()
    if count < 0 or len(words) != count:
        return None
    return starts[:count].copy(), ends[:count].copy(), words


def _numpy_scan(text: str) -> tuple[NDArray[np.intp], NDArray[np.intp], list[str]]:
    """The words of ``text`` and their spans with numpy: the word pattern and :func:`_norm`
    emulated with whole-array passes."""
    raw = _as_ascii(text)
    if raw is not None:
        inside = _ASCII_WORD[np.frombuffer(raw, dtype=np.uint8)]
        cut = None
        low = raw.translate(_ASCII_LOWER).decode("ascii")
    else:
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        flags = _flags(cps)
        inside = (flags & _IS_WORD) != 0
        cut = _cuts(flags, inside) if (flags & (_IS_NOSPACE | _IS_MARK)).any() else None
        chars = np.where(inside, cps, np.uint32(32))
        if cut is not None:
            chars = np.insert(chars, np.flatnonzero(cut), np.uint32(32))
        low = chars.tobytes().decode("utf-32-le").casefold()
    padded = np.zeros(len(inside) + 2, dtype=bool)
    padded[1:-1] = inside
    edge = padded[1:] != padded[:-1]  # where runs of word characters start or end
    if cut is None:
        starts_or_ends = np.flatnonzero(edge)
        starts, ends = starts_or_ends[0::2], starts_or_ends[1::2]
    else:  # a cut is where a word ends and the next starts
        edge[:-1] |= cut
        starts = np.flatnonzero(edge[:-1] & inside)
        ends = np.flatnonzero(edge[1:] & inside) + 1
    words = low.split()
    if len(words) != len(starts):  # not expected: case folding that makes a space
        return starts, ends, [_norm(text[s:e]) for s, e in zip(starts, ends, strict=True)]
    if raw is None:
        may_change = np.zeros(len(inside) + 1, dtype=np.int32)
        np.cumsum(flags & _NFKC_MAY_CHANGE, out=may_change[1:])
        for i in np.flatnonzero(may_change[ends] != may_change[starts]).tolist():
            words[i] = unicodedata.normalize("NFKC", words[i])
    return starts, ends, words


#: flags of :func:`_marks_table` (``SM_*`` in ``_kernels.c``)
_SM_END, _SM_CLOSE, _SM_SPACE, _SM_STOP, _SM_INNER = 1, 2, 4, 8, 16
# the classes of ``_END`` and ``_BLANK``, for the kernel's table
_INNER = " \t\r\f\v\u00a0"
_SENTENCE_MARKS = getattr(_kernels, "sentence_marks", None) if _kernels is not None else None


@cache
def _marks_table() -> bytes:
    r"""The classes of ``_END`` and ``_BLANK`` as flags by BMP code point for the kernel
    ``sentence_marks`` (``\s`` as the ``regex`` module reads it; every ``\s`` character is
    in the BMP, which a test checks, so the table reaches them all)."""
    table = bytearray(0x10000)
    spaces = regex.findall(r"\s", code_points(0, 0x10000))
    for flag, chars in (
        (_SM_END, SPACED_ENDS),
        (_SM_CLOSE, SPACED_CLOSING),
        (_SM_SPACE, "".join(spaces)),
        (_SM_STOP, FULL_WIDTH_ENDS),
        (_SM_INNER, _INNER),
    ):
        for c in chars:
            table[ord(c)] |= flag
    return bytes(table)


def sentence_marks(text: str) -> tuple[list[int], list[int]]:
    """Where the matches of ``_END`` (sentence ends) and of ``_BLANK`` (blank lines) start,
    as ``finditer`` finds them: in one C pass where the kernel is built, else with the
    regexes (:func:`_regex_marks`, the twin).

    >>> sentence_marks("Yes. No?! «Ok.» Then\\n \\nend…")
    ([3, 7, 13], [20])
    """
    kernel = _SENTENCE_MARKS
    if kernel is None:
        return _regex_marks(text)
    found: tuple[list[int], list[int]] = kernel(text, _marks_table())
    return found


def _regex_marks(text: str) -> tuple[list[int], list[int]]:
    """:func:`sentence_marks` with the regexes."""
    return [m.start() for m in _END.finditer(text)], [m.start() for m in _BLANK.finditer(text)]


def units(text: str, toks: Tokens, min_len: int = 8, max_len: int = 50) -> list[tuple[int, int]]:
    """Sentence windows ``(first_word, end_word)`` covering every word of ``text`` in order.

    A window closes at a blank line, at a sentence end once it has ``min_len`` words, and
    always after ``max_len`` words. Single line breaks play no part, so a hard-wrapped copy
    gives the same windows as a copy with one line per paragraph. In one C pass where the
    kernels are built (``sentence_windows``; :func:`_numpy_units` is its twin).

    >>> t = "One two three. Four five six seven.\\nEight nine ten."
    >>> units(t, tokenize(t), min_len=3)
    [(0, 3), (3, 7), (7, 10)]
    >>> w = "One two three. Four\\nfive six seven. Eight\\n\\nnine ten."
    >>> units(w, tokenize(w), min_len=3)
    [(0, 3), (3, 7), (7, 8), (8, 10)]
    """
    if (
        _SENTENCE_WINDOWS is not None
        and toks.arrays is not None
        and toks.arrays[0].dtype.itemsize == 8
        and min(min_len, max_len) >= 1
    ):
        end_at, blank_at = sentence_marks(text)
        starts, ends = (np.ascontiguousarray(x) for x in toks.arrays)
        found: list[tuple[int, int]] = _SENTENCE_WINDOWS(
            starts, ends, end_at, blank_at, min_len, max_len
        )
        return found
    return _numpy_units(text, toks, min_len, max_len)


_SENTENCE_WINDOWS = getattr(_kernels, "sentence_windows", None) if _kernels is not None else None


def _numpy_units(text: str, toks: Tokens, min_len: int, max_len: int) -> list[tuple[int, int]]:
    """:func:`units` in numpy (the twin of the kernel ``sentence_windows``)."""
    n = len(toks)
    starts, ends = toks.arrays or (np.array(toks.starts), np.array(toks.ends))
    # the word before each sentence end (if it ends before the punctuation), and before
    # each blank line; a sentinel past the last word ends both lists
    end_at, blank_at = sentence_marks(text)
    at = np.array(end_at, dtype=np.int64)
    last = np.searchsorted(starts, at, side="right") - 1
    ok = last >= 0
    sentence_ends = np.append(last[ok][ends[last[ok]] <= at[ok]], n + max_len)
    at = np.array(blank_at, dtype=np.int64)
    breaks = np.append(np.searchsorted(starts, at, side="right") - 1, n + max_len)
    # a window from word i closes at the first break, sentence end or size limit that comes
    first = np.arange(n, dtype=np.int64)
    close = np.minimum(first + max_len - 1, breaks[np.searchsorted(breaks, first)])
    np.minimum(close, sentence_ends[np.searchsorted(sentence_ends, first + min_len - 1)], out=close)
    following: list[int] = np.minimum(close + 1, n).tolist()
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        out.append((i, following[i]))
        i = following[i]
    return out


def shingles(words: Sequence[str], n: int) -> set[str]:
    """Word n-grams of ``words`` (the words themselves, joined, when there are fewer than n).

    >>> sorted(shingles(["a", "b", "c"], 2))
    ['a b', 'b c']
    >>> shingles(["a"], 3)
    {'a'}
    """
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def grams(words: Sequence[str], n: int) -> list[tuple[str, ...]]:
    """Every run of ``n`` consecutive words, as tuples, in order (``len(words) - n + 1`` of
    them; none when there are fewer words): ``tuple(words[i : i + n])`` for each ``i``.

    >>> grams(["a", "b", "c"], 2)
    [('a', 'b'), ('b', 'c')]
    """
    return list(zip(*(words[i:] for i in range(n)), strict=False))


def shingle_tuples(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    """:func:`shingles` as tuples of words instead of joined strings. When no word holds a
    space (:attr:`Tokens.plain`), two shingles are equal as tuples exactly when they are
    equal joined, so set sizes, overlaps and Jaccard similarities are the same, and no
    string is built.

    >>> sorted(shingle_tuples(["a", "b", "c"], 2))
    [('a', 'b'), ('b', 'c')]
    >>> shingle_tuples(["a"], 3)
    {('a',)}
    """
    if len(words) < n:
        return {tuple(words)} if words else set()
    return set(zip(*(words[i:] for i in range(n)), strict=False))


def shingle_sets(plain: bool) -> Callable[[Sequence[str], int], set[Any]]:
    """The shingle sets to compare words with: :func:`shingle_tuples` when no word holds a
    space (``plain``), else :func:`shingles`."""
    return shingle_tuples if plain else shingles


#: scores of the banded alignment used by :func:`extend`
_MATCH, _MISMATCH, _GAP, _XDROP, _BAND = 1, 1, 1, 8, 8


def _side(w: Sequence[str], pos: int, step: int, lo: int, hi: int, limit: int) -> list[str]:
    """Up to ``limit`` words walking away from ``pos`` in direction ``step`` within [lo, hi)."""
    if step > 0:
        return list(w[max(pos, lo) : min(hi, pos + limit)]) if pos >= lo else []
    top = min(pos, hi)
    return list(reversed(w[max(lo, top - limit) : top]))


def extend(
    w: Sequence[str],
    p: int,
    q: int,
    step: int,
    bounds: tuple[int, int, int, int],
    limit: int,
    fuzzy: bool = True,
) -> tuple[int, int]:
    """Extend a match between later position ``p`` and earlier position ``q`` while the
    words keep agreeing, tolerating dropped, inserted and replaced words (only equal words
    when ``fuzzy`` is false).

    ``step`` is -1 to extend backwards (``p``/``q`` are exclusive starts: the words compared
    are ``w[p-1]``, ``w[q-1]``, ...) or +1 forwards (``p``/``q`` are exclusive ends).
    ``bounds`` = ``(p_lo, p_hi, q_lo, q_hi)`` limits the word indices used; at most ``limit``
    words are walked on each side. This is an X-drop banded alignment: a match scores +1, a
    replaced, dropped or inserted word -2, and the walk ends where the score peaks, so it
    never stops inside a copy because of one edit and never runs on on chance matches.
    Returns the new ``(p, q)``.

    >>> w = "x big red title of it a b c y big red title of the it a b c".split()
    >>> extend(w, 16, 6, -1, (10, 19, 0, 6), 50)  # back over "the", stops before "y"/"x"
    (10, 1)
    """
    xs = _side(w, p, step, bounds[0], bounds[1], limit)
    ys = _side(w, q, step, bounds[2], bounds[3], limit)
    same = 0
    while same < len(xs) and same < len(ys) and xs[same] == ys[same]:
        same += 1
    bi, bj = xdrop(xs[same:], ys[same:]) if fuzzy else (0, 0)
    return p + step * (same + bi), q + step * (same + bj)


_XDROP_KERNEL = getattr(_kernels, "xdrop", None) if _kernels is not None else None


def xdrop(xs: Sequence[str], ys: Sequence[str]) -> tuple[int, int]:
    """:func:`_xdrop`, in the C kernel where it is built (the same result: a test compares
    them on random word lists).

    >>> xdrop("a z b c d".split(), "a b c d".split())
    (5, 4)
    """
    if _XDROP_KERNEL is not None:
        found: tuple[int, int] = _XDROP_KERNEL(xs, ys, _MATCH, _MISMATCH, _GAP, _XDROP, _BAND)
        return found
    return _xdrop(xs, ys)


def _xdrop(xs: Sequence[str], ys: Sequence[str]) -> tuple[int, int]:
    """Where a banded alignment of ``xs`` with ``ys`` from their starts scores best (the
    plain Python reference of :func:`xdrop`).

    >>> _xdrop("a z b c d".split(), "a b c d".split())  # "z" inserted
    (5, 4)
    >>> _xdrop("q r s".split(), "a b c".split())
    (0, 0)
    """
    low = -(10**9)
    best, bi, bj = 0, 0, 0
    prev = [-_GAP * j if j <= _BAND else low for j in range(len(ys) + 1)]
    for i in range(1, len(xs) + 1):
        x = xs[i - 1]
        row = [low] * (len(ys) + 1)
        if i <= _BAND:
            row[0] = -_GAP * i
        top = row[0]
        for j in range(max(1, i - _BAND), min(len(ys), i + _BAND) + 1):
            v = prev[j - 1] + (_MATCH if x == ys[j - 1] else -_MISMATCH)
            t = prev[j] - _GAP
            if t > v:
                v = t
            t = row[j - 1] - _GAP
            if t > v:
                v = t
            row[j] = v
            if v > top:
                top = v
                if v > best:
                    best, bi, bj = v, i, j
        if top < best - _XDROP:
            break
        prev = row
    return bi, bj


@dataclass(frozen=True)
class Comparison:
    """How a later stretch of words compares with an earlier one.

    Attributes:
        jaccard: Jaccard similarity of their word-shingle sets.
        longest: the longest run of words the two share verbatim, in order.
        identical: the two word sequences are equal.
    """

    jaccard: float
    longest: int
    identical: bool


def compare(
    w: Sequence[str], later: tuple[int, int], earlier: tuple[int, int], n: int, plain: bool = False
) -> Comparison:
    """Compare ``w[later]`` with ``w[earlier]`` (both ``(start, end)`` word ranges);
    ``plain``: no word of ``w`` holds a space (shingles are compared as tuples then).

    >>> w = "a b c d e f g a b c d e x g".split()
    >>> c = compare(w, (7, 14), (0, 7), 2)
    >>> round(c.jaccard, 2), c.longest, c.identical
    (0.5, 5, False)

    Where the kernels are built and ``plain`` holds, the C kernel ``compare_words`` compares
    two different ranges (:func:`_python_compare` is its twin).
    """
    a, b = later
    c, d = earlier
    x, y = w[a:b], w[c:d]
    if x == y:
        return Comparison(1.0, len(x), True)
    if plain and _COMPARE_WORDS is not None and isinstance(w, list):
        common, union, longest = _COMPARE_WORDS(w, a, b, c, d, n, _ANCHOR_WORDS)
        return Comparison(common / union if union else 0.0, longest, False)
    return _python_compare(x, y, n, plain)


_COMPARE_WORDS = getattr(_kernels, "compare_words", None) if _kernels is not None else None
#: the anchor length of :func:`_longest_common_run` as :func:`compare` uses it
_ANCHOR_WORDS = 4


def _python_compare(x: Sequence[str], y: Sequence[str], n: int, plain: bool) -> Comparison:
    """:func:`compare` of two different word lists in Python (the twin of the kernel
    ``compare_words``)."""
    sets = shingle_sets(plain)
    sx, sy = sets(x, n), sets(y, n)
    jac = len(sx & sy) / len(sx | sy) if sx or sy else 0.0
    return Comparison(jac, _longest_common_run(x, y, _ANCHOR_WORDS), False)


def _longest_common_run(x: Sequence[str], y: Sequence[str], k: int = 4) -> int:
    """Longest stretch of equal consecutive words in ``x`` and ``y``, found from ``k``-word
    anchors (linear in the input, not quadratic); stretches shorter than ``k`` count as 0.

    >>> _longest_common_run("a b c d e f g".split(), "z c d e f g a".split(), 2)
    5
    """
    if len(x) < k or len(y) < k:
        return 0
    where: dict[tuple[str, ...], list[int]] = {}
    for j, g in enumerate(grams(y, k)):
        where.setdefault(g, []).append(j)
    xg = grams(x, k)
    best = 0
    i = 0
    while i <= len(x) - k:
        run = 0
        for j in where.get(xg[i], ())[:8]:
            r = k
            while i + r < len(x) and j + r < len(y) and x[i + r] == y[j + r]:
                r += 1
            run = max(run, r)
        best = max(best, run)
        i += max(1, run - k + 1)
    return best


def anchor(
    w: Sequence[str], later: tuple[int, int], earlier: tuple[int, int], k: int = 4
) -> tuple[int, int, int, int] | None:
    """Where two matched windows really line up: the first and last ``k`` words of
    ``w[later]`` that also occur, in the same order, in ``w[earlier]``.

    Returns ``(p0, q0, p1, q1)``: ``w[p0:p0+k] == w[q0:q0+k]`` is the first shared ``k``-gram
    and ``w[p1-k:p1] == w[q1-k:q1]`` the last one, or ``None`` if they share none.

    >>> w = "title a b c d e f x a b c d e f y".split()
    >>> anchor(w, (8, 15), (0, 8), k=3)
    (8, 1, 14, 7)
    """
    a, b = later
    c, d = earlier
    if b - a >= k and w[a:b] == w[c:d]:  # the same words: they line up end to end
        return a, c, b, d
    first: dict[tuple[str, ...], int] = {}
    last: dict[tuple[str, ...], int] = {}
    for j, g in enumerate(grams(w[c:d], k), c):
        first.setdefault(g, j)
        last[g] = j
    later_grams = grams(w[a:b], k)  # the k words from a + i: later_grams[i]
    start = next(((a + i, first[g]) for i, g in enumerate(later_grams) if g in first), None)
    if start is None:
        return None
    end = None
    for i in range(b - k, start[0] - 1, -1):
        hit = last.get(later_grams[i - a])
        if hit is not None and hit >= start[1]:
            end = (i + k, hit + k)
            break
    if end is None:
        return None
    return start[0], start[1], end[0], end[1]
