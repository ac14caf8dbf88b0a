"""Running the normalizers: one full round, then a cheap check that nothing is left to do.

The normalizers are ordered so that each one only creates work for normalizers that run
*after* it (collapsing spaces can create `` ,``, which ``space-before-punct`` handles later in
the same round). The exceptions are the character-level rules (``Rule.line_local``):
decoding ``&amp;amp;`` yields another entity, removing a zero-width or control character can
complete a mojibake sequence, and any edit next to mojibake can change what ftfy sees. Those
rules work line by line, so after the first round they run again only on the lines that the
first round changed. If that changes anything, full rounds follow until one changes nothing
(at most ``max_rounds``), which keeps ``normalize`` idempotent.

>>> from cleantext.normalizers import normalize
>>> normalize("&amp;eacute;t&amp;eacute;")  # double-escaped: needs a second pass on that line
'été'
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol

from cleantext.edits import Edit, apply_edits
from cleantext.normalizers._probe import Probe
from cleantext.normalizers.code import CodeGuard
from cleantext.rules import get_rule

__all__ = ["Fixer", "run_rounds"]


class Fixer(Protocol):
    """A normalizer: edits for ``text``; ``probe`` holds cheap facts about the same text."""

    def __call__(self, text: str, probe: Probe | None = None, /) -> list[Edit]: ...


Fixers = Sequence[tuple[str, Fixer]]


def forward(marks: list[int], edits: Sequence[Edit], *, add: bool = True) -> list[int]:
    """Offsets ``marks`` (sorted) moved through ``edits``, plus (``add``) where each edit's
    output is.

    >>> forward([0, 5, 9], [Edit("x", 2, 4, "ab", ""), Edit("y", 6, 6, "", "!!")])
    [0, 2, 3, 4, 9]
    """
    ends = [e.end for e in edits]
    shifts = [0]
    for e in edits:
        shifts.append(shifts[-1] + e.delta)
    out = []
    for m in marks:
        i = bisect_right(ends, m)
        inside = i < len(edits) and edits[i].start < m  # moved to where that edit starts
        out.append((edits[i].start if inside else m) + shifts[i])
    if add:
        out += [e.start + shifts[i] for i, e in enumerate(edits)]
    return sorted(out)


def _line(text: str, pos: int) -> tuple[int, int]:
    """The line (with its ``\\n``) holding offset ``pos``; the last line for the end."""
    pos = min(pos, max(len(text) - 1, 0))
    start = text.rfind("\n", 0, pos) + 1
    return start, text.find("\n", pos) + 1 or len(text)


def _lines(text: str, marks: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in marks:
        if spans and m < spans[-1][1]:
            continue
        span = _line(text, m)
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans


def _apply(
    text: str, edits: list[Edit], passes: list[list[Edit]], marks: list[int], *, mark: bool
) -> tuple[str, list[int]]:
    """Apply ``edits``; move ``marks`` along (and add the edits' places when ``mark``)."""
    edits = sorted(edits, key=lambda e: e.start)
    passes.append(edits)
    return apply_edits(text, edits), forward(marks, edits, add=mark)


def full_round(
    text: str, fixers: Fixers, *, protect_code: bool = True
) -> tuple[str, list[list[Edit]], list[int]]:
    """Every fixer once over the whole text; returns text, passes and where edits landed."""
    passes: list[list[Edit]] = []
    marks: list[int] = []
    guard: CodeGuard | None = None
    seen: dict[str, list[tuple[int, int]]] = {}  # the code of each line looked at
    probe = Probe(text)
    for name, fixer in fixers:
        edits = fixer(text, probe)
        if not edits:
            continue
        if protect_code:
            guard = guard or CodeGuard(text, seen)  # made lazily: most texts never need it
            edits = guard.keep(edits)
        if edits:
            mark = get_rule(name).feeds_line_local
            text, marks = _apply(text, edits, passes, marks, mark=mark)
            guard, probe = None, probe.after(text, passes[-1])
    return text, passes, marks


def local_round(text: str, fixers: Fixers, marks: list[int]) -> tuple[str, list[list[Edit]]]:
    """The line-local fixers again, only on the lines holding ``marks``.

    Each fixer runs once on those lines put together: a line-local rule finds in them what it
    finds in each line alone (its edits never cross a line break).
    """
    passes: list[list[Edit]] = []
    seen: dict[str, list[tuple[int, int]]] = {}
    for name, fixer in fixers:
        if not get_rule(name).line_local:
            continue
        spans = _lines(text, marks)
        joined = "".join(text[start:end] for start, end in spans)
        edits = _placed(fixer(joined), spans)
        edits = CodeGuard(text, seen).keep(edits) if edits else []
        if edits:
            text, marks = _apply(text, edits, passes, marks, mark=True)
    return text, passes


def _placed(edits: list[Edit], spans: list[tuple[int, int]]) -> list[Edit]:
    """``edits`` of the spans' texts put together, moved to where each span is.

    >>> [(e.start, e.end) for e in _placed([Edit("x", 0, 1, "a"), Edit("x", 3, 4, "b")],
    ...                                     [(5, 8), (20, 22)])]
    [(5, 6), (20, 21)]
    """
    if not edits:
        return edits
    starts = []  # where each span starts in the joined text
    pos = 0
    for start, end in spans:
        starts.append(pos)
        pos += end - start
    out = []
    for e in edits:
        i = bisect_right(starts, e.start) - 1
        out.append(e.shifted(spans[i][0] - starts[i]))
    return out


def run_rounds(
    text: str, fixers: Fixers, max_rounds: int, *, local: bool, protect_code: bool = True
) -> list[list[Edit]]:
    """All passes needed to bring ``text`` to a fixed point of ``fixers``.

    ``local=False`` skips the line-local shortcut and checks with full rounds (needed when a
    line-local rule depends on the rest of the text). ``protect_code=False`` lets the fixers
    edit code too (the ``ftfy`` profile, which must give ftfy's output everywhere).
    """
    text, passes, marks = full_round(text, fixers, protect_code=protect_code)
    if not passes:
        return passes
    if local:
        text, more = local_round(text, fixers, marks)
        if not more:
            return passes
        passes += more
    for _ in range(max_rounds - 1):
        text, more, _marks = full_round(text, fixers, protect_code=protect_code)
        if not more:
            break
        passes += more
    return passes
