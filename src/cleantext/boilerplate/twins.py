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

import regex

__all__ = ["LIMIT", "low", "twin"]

#: code points below this one are covered by twins (the CJK blocks start at U+3000)
LIMIT = 0x3000

_HIGH = re.compile(f"[{chr(LIMIT)}-\\U0010ffff]")


def low(text: str) -> bool:
    """True if every character of ``text`` is below :data:`LIMIT` (one quick scan)."""
    return text.isascii() or _HIGH.search(text) is None


def twin(cls: str) -> str:
    """The body of an ``re`` character class matching the characters below :data:`LIMIT`
    that the ``regex`` class ``[cls]`` matches (``cls`` without brackets); slow (a scan of
    every such code point): callers build their patterns once."""
    below = "".join(map(chr, range(LIMIT)))
    found = sorted({ord(c) for c in regex.findall(f"[{cls}]", below)})
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
