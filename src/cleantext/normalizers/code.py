"""Find code in a text so that the normalizers leave it untouched.

Protected: fenced blocks (```` ``` ```` or ``~~~`` up to the closing fence), lines indented by
four spaces or a tab, ```inline code``` spans, and lines that look like code (patterns in
``data/code_lines.txt``: statements ending in ``;`` or ``{``, shell and Python prompts,
``#include``, definitions, imports, method calls such as ``System.Console.WriteLine("x");``).

>>> t = "Prose here.\\n```\\nx  =  1 ,2\\n```\\n    indented  code\\nMore `a  b` text."
>>> [t[s:e] for s, e in code_spans(t)]
['```\\nx  =  1 ,2\\n```\\n    indented  code\\n', '`a  b`']
>>> code_spans("No code at all, just prose. Really.")
[]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

from cleantext.edits import Edit

__all__ = ["code_spans", "drop_protected"]

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|\Z)", re.M)
_INDENTED = re.compile(r"^(?: {4}|\t)[^\n]*\S[^\n]*(?:\n|\Z)", re.M)
_INLINE = re.compile(r"`[^`\n]+`")
_LINE = re.compile(r"^[^\n]*(?:\n|\Z)", re.M)


@lru_cache(maxsize=1)
def _code_line() -> re.Pattern[str]:
    text = files("cleantext.data").joinpath("code_lines.txt").read_text(encoding="utf-8")
    pats = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.M)


def _fenced(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    while (m := _FENCE.search(text, pos)) is not None:
        fence = m.group(1)
        close = re.compile(rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*(?:\n|\Z)", re.M)
        end_m = close.search(text, m.end())
        end = end_m.end() if end_m else len(text)
        spans.append((m.start(), end))
        pos = max(end, m.end())
    return spans


def _looks_like_code(text: str) -> list[tuple[int, int]]:
    spans = []
    pattern = _code_line()
    for m in pattern.finditer(text):
        line = _LINE.search(text, text.rfind("\n", 0, m.start()) + 1)
        if line is not None:
            spans.append((line.start(), line.end()))
    return spans


def code_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged ``(start, end)`` spans of ``text`` that are code."""
    spans: list[tuple[int, int]] = []
    if "```" in text or "~~~" in text:
        spans += _fenced(text)
    if "\n    " in text or "\n\t" in text or text.startswith(("    ", "\t")):
        spans += [m.span() for m in _INDENTED.finditer(text)]
    if "`" in text:
        spans += [m.span() for m in _INLINE.finditer(text)]
    spans += _looks_like_code(text)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def drop_protected(edits: list[Edit], spans: Sequence[tuple[int, int]]) -> list[Edit]:
    """The edits that do not touch any protected span.

    >>> e = [Edit("x", 1, 2, "b"), Edit("x", 6, 7, "g")]
    >>> [x.before for x in drop_protected(e, [(5, 8)])]
    ['b']
    """
    if not spans:
        return edits
    starts = [s for s, _ in spans]
    return [e for e in edits if not _touches(e, spans, starts)]


def _touches(e: Edit, spans: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, e.start) - 1
    if i >= 0 and (e.start < spans[i][1] if e.end > e.start else spans[i][0] < e.start < spans[i][1]):
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < e.end
