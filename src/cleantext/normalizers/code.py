"""Find code in a text so that the normalizers leave it untouched.

Protected: fenced blocks (```` ``` ```` or ``~~~`` up to the closing fence), lines indented by
four spaces or a tab, ```inline code``` spans, and lines that look like code (patterns in
``data/code_lines.txt``: statements ending in ``;`` or ``{``, shell and Python prompts,
``#include``, definitions, imports, method calls such as ``System.Console.WriteLine("x");``).

Only the lines an edit touches are looked at (:class:`CodeGuard`), so prose pays nothing.

>>> t = "Prose  here.\\n```\\nx  =  1 ,2\\n```\\n    indented  code\\nMore `a  b`  text."
>>> edits = [Edit("x", m, m + 2, "  ") for m in (5, 18, 44, 58, 62)]  # each double space
>>> [t[e.start - 3 : e.end + 3] for e in CodeGuard(t).keep(edits)]  # outside code only
['ose  her', ' b`  tex']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from cleantext.data import data_lines
from cleantext.edits import Edit

__all__ = ["CodeGuard"]

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|\Z)", re.M)
_INLINE = re.compile(r"`[^`\n]+`")
# a cheap test every pattern of data/code_lines.txt implies: a code character, a closing
# parenthesis at the end, a bracket first, or a keyword of data/code_starts.txt first (prose
# lines fail it fast)
_CODE_CHARS = ";{}=<>$#|&"
_KEYWORDS = "|".join(map(re.escape, data_lines("code_starts.txt")))
_CODE_START = re.compile(rf"\s*(?:[\[\]()]|(?:{_KEYWORDS})\b)")


def _anchored(pattern: str) -> bool:
    """True if ``pattern`` starts with ``^`` and has no ``|`` outside groups and classes, so
    it can only match at the start of a line.

    >>> _anchored(r"^\\s*#\\s*include"), _anchored(r"^a|b"), _anchored(r"^(?:a|b)[|]")
    (True, False, True)
    """
    if not pattern.startswith("^"):
        return False
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1  # the escaped character is literal
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)  # a "]" first in a class is literal
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


@lru_cache(maxsize=1)
def _code_line() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``data/code_lines.txt``: those anchored at a line start in one pattern
    (tried only where a line starts), the others in another (searched)."""
    pats = data_lines("code_lines.txt")
    anchored = [p for p in pats if _anchored(p)] or ["(?!)"]
    other = [p for p in pats if not _anchored(p)] or ["(?!)"]
    return _one_pattern(anchored), _one_pattern(other)


def _one_pattern(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.M)


def _matches_code_pattern(line: str) -> bool:
    """True if a pattern of ``data/code_lines.txt`` matches somewhere in ``line`` (what one
    search for all of them finds, without trying the anchored ones at every character)."""
    anchored, other = _code_line()
    start = 0
    while start >= 0:
        if anchored.match(line, start):
            return True
        start = line.find("\n", start) + 1 or -1
    return other.search(line) is not None


def _shows_something(line: str) -> bool:
    """True if ``line`` shows something (a line of spaces and a zero-width space does not)."""
    return any(c.isprintable() and not c.isspace() for c in line)


def _is_code_line(line: str) -> bool:
    maybe = (
        any(c in line for c in _CODE_CHARS)
        or line.rstrip().endswith(")")
        or _CODE_START.match(line) is not None
    )
    return maybe and _matches_code_pattern(line)


def _has_fence(text: str) -> bool:
    return ("`" in text and "```" in text) or ("~" in text and "~~~" in text)


def _fenced(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    while (m := _FENCE.search(text, pos)) is not None:
        fence = m.group(1)
        mark = re.escape(fence[0])
        close = re.compile(rf"^[ \t]{{0,3}}{mark}{{{len(fence)},}}[ \t]*(?:\n|\Z)", re.M)
        end_m = close.search(text, m.end())
        end = end_m.end() if end_m else len(text)
        spans.append((m.start(), end))
        pos = max(end, m.end())
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _code_in_line(line: str) -> list[tuple[int, int]]:
    """The code in one line (with its line break), as spans of the line: all of it, its
    ```inline``` spans, or nothing."""
    if (line.startswith(("    ", "\t")) and _shows_something(line)) or _is_code_line(line):
        return [(0, len(line))]
    if "`" in line:
        return [m.span() for m in _INLINE.finditer(line)]
    return []


class CodeGuard:
    """Answers "is this edit inside code?" for one text, looking only at the edited lines.

    Fenced blocks need the whole text and are found once (only if a fence marker occurs);
    every other kind of code is a property of one line, checked the first time an edit
    touches that line.
    """

    def __init__(self, text: str, seen: dict[str, list[tuple[int, int]]] | None = None) -> None:
        self.text = text
        self.fenced = _fenced(text) if _has_fence(text) else []
        self._lines: dict[int, list[tuple[int, int]]] = {}
        # the code spans of each line looked at, relative to the line: shared by the guards of
        # the successive texts of one round (a line's code depends on its text alone)
        self._seen = {} if seen is None else seen

    def _line_spans(self, pos: int) -> list[tuple[int, int]]:
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        cached = self._lines.get(start)
        if cached is not None:
            return cached
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        line = text[start:end]
        rel = self._seen.get(line)
        if rel is None:
            rel = self._seen[line] = _code_in_line(line)
        spans = [(start + s, start + e) for s, e in rel]
        self._lines[start] = spans
        return spans

    def keep(self, edits: list[Edit]) -> list[Edit]:
        """The edits that do not touch code."""
        kept = []
        for e in edits:
            spans = self._line_spans(e.start)
            if e.end > e.start and e.before.find("\n") not in (-1, len(e.before) - 1):
                spans = _merge(spans + self._line_spans(e.end - 1))
            spans = _merge(spans + self.fenced) if self.fenced else spans
            if not spans or not _touches(e, spans, [s for s, _ in spans]):
                kept.append(e)
        return kept


def _touches(e: Edit, spans: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, e.start) - 1
    if i >= 0:
        s, end = spans[i]
        if e.start < end if e.end > e.start else s < e.start < end:
            return True
    return i + 1 < len(spans) and spans[i + 1][0] < e.end
