"""Shared helpers for normalizers: turning regex matches into edits."""

from __future__ import annotations

from collections.abc import Callable

import regex

from cleantext.edits import Edit

Replacement = str | Callable[["regex.Match[str]"], str | None]


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
