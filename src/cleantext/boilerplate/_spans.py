"""Spans of whole lines to remove, keeping the indentation of the line that follows.

>>> t = "Read more\\n\\n\\tcode()\\n"
>>> s, e = line_span(t, 0, 9)
>>> t[:s] + t[e:]
'\\tcode()\\n'
>>> line_span("a\\n\\nRead more", 3, 12)
(1, 12)
"""

from __future__ import annotations

from cleantext.segment import removal_span

__all__ = ["line_span"]


def line_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Like :func:`cleantext.segment.removal_span` (the line, its line break and the blank
    lines after it), but never the leading spaces or tabs of the next line: an indented line
    stays indented, so a later pass sees it the same way."""
    s, e = removal_span(text, start, end)
    if e > end and e < len(text):
        cut = text.rfind("\n", end, e)
        if cut >= 0:
            e = cut + 1
    return s, e
