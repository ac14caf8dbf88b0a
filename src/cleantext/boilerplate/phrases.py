"""Which lines of a page may hold a phrase of some phrase lists, found in one pass.

The ``extract`` features look for four lists of phrases in the normalised lines of a page
(promo keywords and consent-banner phrases, ``patterns.py``; sign-up box phrases,
``signup.py``; appeals to the reader, ``appeals.py``), each as whole words. A phrase found
so starts at the start of a word (a run of ``\\w`` characters) of the line, that word is the
phrase's first word, and no word character follows the phrase. :class:`PhraseLists` finds,
for each list, the lines where some phrase of it occurs like that: one pass of the C kernel
``phrase_heads`` over the page (each word looked up in a table of first words, the phrases
that start with it compared where it starts), or the same in Python
(:meth:`PhraseLists.masks_plain`). The callers then check only those lines with their own
patterns, so they find exactly the lines they found before, without a substring search per
phrase or a list of every word of the page.

>>> lists = PhraseLists([["newsletter", "all rights reserved"], ["we use cookies"]])
>>> lists.lines(["our newsletter", "we use cookies", "newsletters", "x all rights reserved"])
[[0, 3], [1]]
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import accumulate, compress

import numpy as np
import regex
from numpy.typing import NDArray

from cleantext.boilerplate.patterns import lines_containing, unspaced
from cleantext.boilerplate.stopwords import word_slots
from cleantext.boilerplate.twins import WORD_BIT, first_classed
from cleantext.minhash.shingle import _kernels
from cleantext.tokens import may_have_cjk

__all__ = ["PhraseLists"]

_RUN = regex.compile(r"\w+")
_WORD = regex.compile(r"\w")
_MAX_WORD = 64  # ``LW_MAX`` of ``_kernels.c``: longer words are not looked up
# the C kernel (``_kernels.c``), if built
_phrase_heads = getattr(_kernels, "phrase_heads", None)


class PhraseLists:
    """Lists of phrases (bit ``k`` of a line's mask: list ``k``), by their first words."""

    def __init__(self, lists: Sequence[Iterable[str]], anywhere: Sequence[bool] = ()) -> None:
        self.n = len(lists)
        #: per list, the phrases that start with no word character (or are empty, or have a
        #: first word too long for the kernel): looked for with substring searches
        self.odd: list[list[str]] = [[] for _ in lists]
        #: per list, its phrases in a script without spaces if its reader looks for them
        #: inside longer runs too (``anywhere[bit]``; ``signup.py``): substring searches, on
        #: a page with such characters
        self.unspaced: list[list[str]] = [[] for _ in lists]
        #: first word -> {phrase: bits of its lists}
        self.heads: dict[str, dict[str, int]] = {}
        for bit, phrases in enumerate(lists):
            loose = bit < len(anywhere) and anywhere[bit]
            for phrase in sorted(set(phrases)):
                m = _RUN.match(phrase)
                if loose and unspaced(phrase):
                    self.unspaced[bit].append(phrase)
                    continue
                if m is None or len(m.group()) > _MAX_WORD or "\n" in phrase:
                    self.odd[bit].append(phrase)
                    continue
                found = self.heads.setdefault(m.group(), {})
                found[phrase] = found.get(phrase, 0) | 1 << bit
        self._tables = _table(self.heads)

    def lines(self, keys: list[str]) -> list[list[int]]:
        """Per list, in order, the indexes of the ``keys`` (lines without a ``\\n``) where
        a phrase of it starts at a word's start with no word character after it (or, for
        its odd phrases and its phrases in a script without spaces, anywhere).

        >>> PhraseLists([["会員限定"]], anywhere=[True]).lines(["この記事は会員限定です"])
        [[0]]
        """
        joined = "\n".join(keys)
        masks = self.masks_compiled(keys, joined)
        found = self.masks_plain(keys) if masks is None else masks
        hits = list(compress(range(len(found)), found))  # few lines: their masks by index
        bits = [found[i] for i in hits]
        out = [
            [i for i, m in zip(hits, bits, strict=True) if m >> bit & 1] for bit in range(self.n)
        ]
        cjk = any(self.unspaced) and may_have_cjk(joined)
        if any(self.odd) or cjk:
            for bit, odd in enumerate(self.odd):
                needles = odd + self.unspaced[bit] if cjk else odd
                if needles:
                    out[bit] = sorted({*out[bit], *lines_containing(joined, needles, keys)})
        return out

    def masks_plain(self, keys: list[str]) -> array[int]:
        """The bits of the lists each key has a phrase of (its odd phrases left out), in
        Python: what the kernel finds."""
        out = _zeros(len(keys))
        heads = self.heads
        for i, key in enumerate(keys):
            mask = 0
            for m in _RUN.finditer(key):
                for phrase, bits in heads.get(m.group(), {}).items():
                    end = m.start() + len(phrase)
                    if key.startswith(phrase, m.start()) and not _WORD.match(key, end):
                        mask |= bits
            out[i] = mask
        return out

    def masks_compiled(self, keys: list[str], joined: str | None = None) -> array[int] | None:
        """:meth:`masks_plain` in one pass of the C kernel ``phrase_heads``; ``None`` if it
        is not built (``joined``: ``"\\n".join(keys)`` if the caller has it)."""
        if _phrase_heads is None or not keys:
            return None
        text = "\n".join(keys) if joined is None else joined
        tables, n = self._tables, len(keys)

        def masked(classes: bytes) -> array[int] | None:
            out = _zeros(n)
            return out if _phrase_heads(text, classes, WORD_BIT, *tables, out) else None

        return first_classed(masked)  # (the last table covers every code point)


def _zeros(n: int) -> array[int]:
    """``n`` zeros of 32 bits (``int32``, as the kernel writes them), in an ``array``: on
    the few lines of most pages, cheaper to make and read than a numpy array."""
    return array("i", bytes(4 * n))


def _table(heads: dict[str, dict[str, int]]) -> tuple[NDArray[np.int32], ...]:
    """``(slots, chars, bounds, heads, pchars, pbounds, pmasks)`` of ``phrase_heads``: the
    first words in the table of :func:`~cleantext.boilerplate.stopwords.word_slots` (as
    ``stopwords._word_table``), and the phrases of each first word in turn."""
    words = sorted(heads)
    slots = word_slots(words)
    phrases = [(p, bits) for w in words for p, bits in heads[w].items()]
    return (
        slots,
        _code_points(words),
        np.array(list(accumulate(map(len, words), initial=0)), np.int32),
        np.array(list(accumulate((len(heads[w]) for w in words), initial=0)), np.int32),
        _code_points([p for p, _ in phrases]),
        np.array(list(accumulate((len(p) for p, _ in phrases), initial=0)), np.int32),
        np.array([bits for _, bits in phrases], np.int32),
    )


def _code_points(strings: list[str]) -> NDArray[np.int32]:
    return np.array([ord(c) for s in strings for c in s], np.uint32).view(np.int32)
