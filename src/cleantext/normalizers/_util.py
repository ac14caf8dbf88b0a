"""Shared helpers for normalizers: turning regex matches into edits."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import regex

from cleantext.edits import Edit

Replacement = str | Callable[["regex.Match[str]"], str | None]


def kernel(name: str) -> Any:
    """The C kernel ``name`` of ``cleantext.minhash._kernels``, or ``None`` where the module
    is not built (or built from a source without it): callers then use their Python twin.

    >>> kernel("no such kernel") is None
    True
    """
    try:
        from cleantext.minhash import _kernels
    except ImportError:  # pragma: no cover - not built (no C compiler at install)
        return None
    return getattr(_kernels, name, None)


def regex_edits(rule: str, pattern: regex.Pattern[str], text: str, repl: Replacement) -> list[Edit]:
    """One edit per match of ``pattern`` whose replacement differs from the match.

    ``repl`` is a string or a function of the match; a function may return ``None`` to leave
    the match alone.

    >>> p = regex.compile(r" {2,}")
    >>> [(e.start, e.end, e.after) for e in regex_edits("x", p, "a   b  c", " ")]
    [(1, 4, ' '), (5, 7, ' ')]
    """
    edits = []
    for m in pattern.finditer(text):
        new = repl if isinstance(repl, str) else repl(m)
        if new is None or new == m.group():
            continue
        edits.append(Edit(rule, m.start(), m.end(), m.group(), new))
    return edits


def line_windows(text: str, positions: Iterable[int]) -> list[tuple[int, int]]:
    """Disjoint spans of whole lines around ``positions`` (sorted), in order.

    Each position contributes its line, and the next line too when the position is a line
    break (so the span of an end-of-line hyphen holds the word's tail); spans that touch are
    merged. Every span ends after its line break (or at the end of the text).

    A fixer whose every match lies in the lines of its candidate positions can search these
    spans alone and find exactly the matches a search of the whole text finds: with ``pos``
    and ``endpos``, lookbehinds still see the text before a span, lookaheads see the span's
    last line break as they would, and a match cannot cross into a span from outside.

    >>> t = "one\\ntwo.X\\nthree\\nfour.Y\\nfive"
    >>> [t[s:e] for s, e in line_windows(t, [7, 20])]
    ['two.X\\n', 'four.Y\\n']
    >>> [t[s:e] for s, e in line_windows(t, [9])]  # a line break: the next line too
    ['two.X\\nthree\\n']
    """
    spans: list[tuple[int, int]] = []
    for pos in positions:
        at_break = text[pos : pos + 1] == "\n"
        if spans and pos < spans[-1][1] and not at_break:
            continue  # its line is in the last span already
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos + at_break) + 1 or len(text)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def regex_edits_in(
    rule: str,
    pattern: regex.Pattern[str],
    text: str,
    spans: Iterable[tuple[int, int]],
    repl: Replacement,
) -> list[Edit]:
    """:func:`regex_edits` on ``text[start:end]`` for each span (with ``pos`` and ``endpos``,
    so lookbehinds still see the text before a span)."""
    edits = []
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            new = repl if isinstance(repl, str) else repl(m)
            if new is None or new == m.group():
                continue
            edits.append(Edit(rule, m.start(), m.end(), m.group(), new))
    return edits
