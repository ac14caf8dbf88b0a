"""Segmentation: split a text into lines and paragraphs, keeping their offsets.

Blocks never copy offsets wrongly: ``text[b.start:b.end] == b.text`` always holds.

>>> t = "Title\\n\\nFirst line\\nsecond line\\n\\n\\nLast"
>>> [(b.text, b.start) for b in paragraphs(t)]
[('Title', 0), ('First line\\nsecond line', 7), ('Last', 32)]
>>> [b.text for b in lines("a\\n\\nb")]
['a', '', 'b']
"""

from __future__ import annotations

from itertools import repeat
from typing import Any, NamedTuple, TypeVar

import regex

from cleantext.minhash.shingle import _kernels

__all__ = ["Block", "lines", "paragraphs", "rows_of"]

# the C kernel that makes the rows (``_kernels.c``), if built
_tuple_rows = getattr(_kernels, "tuple_rows", None)
_Row = TypeVar("_Row", bound=tuple[Any, ...])


class Block(NamedTuple):
    """A span of the text: a line or a paragraph (without its final newline); a named tuple,
    cheap to make for every line of a page (the extract preset makes one per line and pass)."""

    start: int
    end: int
    text: str
    index: int  # type: ignore[assignment]  # the block's number (tuple.index is not used)

    @property
    def is_blank(self) -> bool:
        """True for a line with only whitespace."""
        return not self.text.strip()


def rows_of(cls: type[_Row], *columns: list[Any]) -> list[_Row]:
    """``cls(*values)`` for the values of each row of ``columns`` (lists of one length), in
    order: ``cls`` is a named tuple (``Block``, ``LineInfo``...) that adds nothing to
    ``tuple``.

    A row of numbers, strings and such rows is left out of the cyclic garbage collector, as
    CPython does for a plain tuple of them (a named tuple stays in it otherwise): a text of
    hundreds of thousands of lines then costs no full collection after full collection,
    each walking over all the rows made so far.

    >>> import gc
    >>> blocks = rows_of(Block, [0, 3], [2, 5], ["ab", "cd"], [0, 1])
    >>> blocks[1], gc.is_tracked(blocks[1]) == (_tuple_rows is None)
    (Block(start=3, end=5, text='cd', index=1), True)
    """
    if _tuple_rows is None:  # (not built: rows the collector tracks)
        return list(map(tuple.__new__, repeat(cls), zip(*columns, strict=True)))
    rows: list[_Row] = _tuple_rows(cls, columns)
    return rows


_PARA = regex.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def lines(text: str) -> list[Block]:
    """Every line of ``text`` (``\\r`` stays part of the line), including blank ones."""
    out = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        out.append(Block(pos, pos + len(line), line, i))
        pos += len(line) + 1
    return out


def paragraphs(text: str) -> list[Block]:
    """Runs of non-blank lines, separated by one or more blank lines."""
    return [Block(m.start(), m.end(), m.group(), i) for i, m in enumerate(_PARA.finditer(text))]


def _starts_paragraph(text: str, start: int) -> bool:
    """Whether the line at ``start`` follows a blank line or the start of the text."""
    i = start
    while i > 0 and text[i - 1] in " \t\r":
        i -= 1
    if i == 0:
        return True
    i -= 1  # the line break before the line
    while i > 0 and text[i - 1] in " \t\r":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def removal_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a block's span to take its line break and following blank lines with it.

    The leading spaces or tabs of the next non-blank line stay, so an indented line stays
    indented. A block that ends a paragraph after other lines of it takes only its own line
    break, so the paragraph break stays. If nothing follows (the block ends the text), the
    blank lines before it go instead, so removing the last block leaves no trailing blank lines.

    >>> t = "a\\n\\nb\\n\\nc"
    >>> removal_span(t, 3, 4), removal_span(t, 6, 7)
    ((3, 6), (4, 7))
    >>> t = "Read more\\n\\n\\tcode()"
    >>> s, e = removal_span(t, 0, 9)
    >>> t[:s] + t[e:]
    '\\tcode()'
    >>> t = "Menu\\nLog in\\n\\nTitle"
    >>> s, e = removal_span(t, 5, 11)
    >>> t[:s] + t[e:]
    'Menu\\n\\nTitle'

    A line's trailing ``\\r`` belongs to its CRLF line break: removing the last line of a CRLF
    text leaves the line before it with its whole CRLF.

    >>> t = "le\\r\\nRead more\\r\\n"
    >>> s, e = removal_span(t, 4, 14)
    >>> t[:s] + t[e:]
    'le\\r\\n'
    """
    if end > start and text[end - 1] == "\r":
        end -= 1  # the CR of a CRLF line break, not part of the line
    j = end
    while j < len(text) and text[j] in " \t\r\n":
        j += 1
    if j < len(text):
        if not _starts_paragraph(text, start):
            own = text.find("\n", end, j)
            return start, (own + 1 if own >= 0 else j)
        cut = text.rfind("\n", end, j)
        return start, (cut + 1 if cut >= 0 else j)
    if start == 0:
        return start, j
    i = start
    while i > 0 and text[i - 1] in " \t\r\n":
        i -= 1
    return i, end
