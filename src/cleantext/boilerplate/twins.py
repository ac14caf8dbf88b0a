"""Standard-library ``re`` twins of ``regex`` character classes, for texts of low code points.

The ``regex`` module knows Unicode properties (``\\p{L}``) but its scans are about twice as
slow as the standard ``re`` module's, which has no such classes and a different Unicode
version. A twin is an ``re`` class that lists, code point by code point, the characters
below :data:`LIMIT` that the ``regex`` class matches, read from the ``regex`` module itself
when first needed. On a text with no character at or above :data:`LIMIT` (Latin, Greek,
Cyrillic, Arabic, Hebrew, Indic... scripts; checked with :func:`low`) a pattern built from
twins matches exactly what the ``regex`` pattern matches.

>>> twin(r"\\p{Nd}")[:5]
'0-9٠-'
>>> low("Café “x” 12"), low("東京")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

import numpy as np
import regex

from cleantext._unicode import code_points
from cleantext.tokens import JOINERS

__all__ = [
    "CLASS_LIMITS",
    "FEW_OTHERS",
    "HARAKAT",
    "KEPT",
    "LIMIT",
    "SYMBOL_MARKS",
    "UNLOOKED",
    "WORD_BIT",
    "ascii_table",
    "code_point_classes",
    "first_classed",
    "low",
    "non_ascii",
    "translate_ascii",
    "twin",
]

#: code points below this one are covered by twins (the CJK blocks start at U+3000)
LIMIT = 0x3000

_HIGH = re.compile(f"[{chr(LIMIT)}-\\U0010ffff]")


def low(text: str) -> bool:
    """True if every character of ``text`` is below :data:`LIMIT` (one quick scan)."""
    return text.isascii() or _HIGH.search(text) is None


def twin(cls: str, minus: str = "") -> str:
    """The body of an ``re`` character class matching the characters below :data:`LIMIT`
    that the ``regex`` class ``[cls]`` matches and ``[minus]`` does not (both without
    brackets); slow (a scan of every such code point): callers build their patterns once.

    >>> marks, kept = twin(r"\\p{M}"), twin(r"\\p{M}", SYMBOL_MARKS)
    >>> bool(re.match(f"[{marks}]", "\\u20e3")), bool(re.match(f"[{kept}]", "\\u20e3"))
    (True, False)
    """
    below = code_points(0, LIMIT)
    out = set(regex.findall(f"[{minus}]", below)) if minus else set()
    found = sorted({ord(c) for c in regex.findall(f"[{cls}]", below) if c not in out})
    ranges: list[list[int]] = []
    for c in found:
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


# --- ASCII tables: str.translate is fast on ASCII text only; bytes.translate on any text ---

_ASCII_BYTES = bytes(range(128))

#: a text with more distinct characters at or above U+0080 than this is better scanned with
#: a pattern than handled one such character at a time (``str.replace``)
FEW_OTHERS = 100


def non_ascii(text: str) -> str:
    """The characters of ``text`` at or above U+0080, in order (one pass over its bytes).

    >>> non_ascii("Café “x”")
    'é“”'
    """
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return data.decode("utf-8", "surrogatepass")


def ascii_table(mapping: dict[str, str]) -> bytes:
    """A ``bytes.translate`` table for :func:`translate_ascii`: the ASCII characters of
    ``mapping`` to the ASCII characters they map to, every other byte to itself."""
    table = bytearray(range(256))
    for old, new in mapping.items():
        if not (old.isascii() and new.isascii() and len(old) == len(new) == 1):
            raise ValueError(f"not one ASCII character to another: {old!r} -> {new!r}")
        table[ord(old)] = ord(new)
    return bytes(table)


def translate_ascii(text: str, table: bytes) -> str:
    """``text`` with its ASCII characters mapped by ``table`` (from :func:`ascii_table`), the
    others left as they are: in UTF-8 every byte of a character at or above U+0080 is at or
    above 0x80, and the table maps those bytes to themselves.

    >>> translate_ascii("a-b–c", ascii_table({"-": " "}))
    'a b–c'
    """
    data = text.encode("utf-8", "surrogatepass").translate(table)
    return data.decode("utf-8", "surrogatepass")


# --- one table of every code point, for the C kernels of the extract features ---------------

#: the marks that go with symbols rather than letters, as a class body: combining marks for
#: symbols (the keycap of "1️⃣") and variation selectors (the emoji form of "❤️")
SYMBOL_MARKS = r"\u20d0-\u20ff\ufe00-\ufe0f\U000e0100-\U000e01ef"
#: what a normalised line keeps (``patterns.normalize_line``), as a class body less
#: :data:`SYMBOL_MARKS`: letters, numbers, white space, © ' & + and the marks that are part
#: of a letter (Devanagari and Thai vowel signs, Arabic harakat: "पढ़ें" stays one word). The
#: zero-width (non-)joiners are not kept: a key reads "می‌خواهم" as "می خواهم", the other
#: way Persian writes it, and a joiner between emoji ("👩‍💻 Like") leaves no word behind.
KEPT = r"\p{L}\p{N}\p{Mn}\p{Mc}\s©'&+"

#: the Arabic vowel marks (harakat, tanween, shadda, sukun, the dagger alif), as a class body:
#: a text may write them or not ("فِي" or "في"), so stopword look-ups leave them out
HARAKAT = r"\u064b-\u065f\u0670"
#: what a word's stopword look-up leaves out, as a class body: the :data:`HARAKAT` and the
#: zero-width (non-)joiners (a list writes "میخواهم" or "می‌خواهم" as a text may)
UNLOOKED = HARAKAT + JOINERS

#: the classes of :func:`code_point_classes`, as bits (``LW_*`` and ``LK_*`` in ``_kernels.c``)
CLASSES = (
    (r"[\p{L}\p{N}]", 1),  # a word starts with it (``stopwords.words``)
    (rf"[\p{{L}}\p{{N}}\p{{M}}'’{JOINERS}]", 2),  # a word goes on with it
    (r"\p{Nd}", 4),  # a decimal digit (0 in a normalised line, ``patterns.normalize_line``)
    (f"(?:(?![{SYMBOL_MARKS}])[{KEPT}])", 8),  # kept in a normalised line (others: spaces)
    (r"\w", 16),  # a word character (``phrases.PhraseLists``; ``WORD_BIT``)
    (f"[{UNLOOKED}]", 32),  # left out of a word's stopword look-up (``stopwords.bare``)
)
#: the bit of :data:`CLASSES` of the word characters (``\w``)
WORD_BIT = 16


#: the tables of :func:`code_point_classes` the kernels try in turn: the Basic Multilingual
#: Plane's (quick to build), then the first two planes' (a text with emoji: ~13 ms to build,
#: against ~90 ms for every code point's), then every code point's
CLASS_LIMITS = (0x10000, 0x20000, 0x110000)


@lru_cache(maxsize=len(CLASS_LIMITS))
def code_point_classes(limit: int = CLASS_LIMITS[0]) -> bytes:
    """What each code point below ``limit`` is to the ``regex`` classes of :data:`CLASSES`:
    one byte each, the bits of the classes it is in; read from the ``regex`` module once
    (a few milliseconds for the BMP, a tenth of a second for every code point), for the C
    kernels ``line_words``, ``line_keys`` and ``phrase_heads``, which leave a text with a
    character at or above ``limit`` to the caller (who tries the next of
    :data:`CLASS_LIMITS`).

    >>> table = code_point_classes()
    >>> table[ord("a")], table[ord("\u0301")], table[ord("٣")], table[ord(" ")], table[ord("!")]
    (27, 26, 31, 8, 0)
    >>> len(table), len(code_point_classes(0x110000))
    (65536, 1114112)
    """
    every = code_points(0, limit)
    table = np.zeros(limit, np.uint8)
    for cls, bit in CLASSES:
        for m in regex.finditer(f"{cls}+", every):
            table[m.start() : m.end()] |= bit
    return table.tobytes()


T = TypeVar("T")


def first_classed(kernel: Callable[[bytes], T | None]) -> T | None:
    """``kernel(table)`` with the tables of :func:`code_point_classes` for each of
    :data:`CLASS_LIMITS` in turn, until it answers (a kernel answers ``None`` for a text with
    a character at or above its table's limit): the BMP's table, then (a text with emoji)
    the first two planes', then every code point's. ``None`` only if the last one does not
    answer either.

    >>> first_classed(lambda table: len(table) if len(table) > 0x10000 else None)
    131072
    """
    for limit in CLASS_LIMITS:
        found = kernel(code_point_classes(limit))
        if found is not None:
            return found
    return None
