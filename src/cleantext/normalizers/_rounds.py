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
from functools import lru_cache
from typing import NamedTuple, Protocol

from cleantext.edits import Edit, apply_edits
from cleantext.normalizers._gate import GATE_KERNEL, Signal, SignalTable, compile_signals
from cleantext.normalizers._probe import Probe, bits_of
from cleantext.normalizers._registry import fixers_version, gate_of, gates
from cleantext.normalizers.code import CodeGuard
from cleantext.rules import get_rule

__all__ = ["Fixer", "run_rounds"]


class Fixer(Protocol):
    """A normalizer: edits for ``text``; ``probe`` holds cheap facts about the same text."""

    def __call__(self, text: str, probe: Probe | None = None, /) -> list[Edit]: ...


Fixers = Sequence[tuple[str, Fixer]]

#: two spaces in a row: the probe's ``double_space``, answered by the same scan (the table's
#: first signal, so its bit is known)
_DOUBLE_SPACE: Signal = ("pair", " ", " ")
_DOUBLE_BIT = 4


@lru_cache(maxsize=4)
def _signal_table(_version: int) -> SignalTable:
    """The signals of every registered gate (and the probe's double space) in one table."""
    table = compile_signals([_DOUBLE_SPACE, *(sig for g in gates() for sig in g.signals())])
    assert table.bit(_DOUBLE_SPACE) == _DOUBLE_BIT  # first: _scan reads that bit
    return table


class _Step(NamedTuple):
    """One fixer of a round with what the round needs to know about it."""

    name: str
    fixer: Fixer
    #: the bits of its gate in a scan's word (:func:`_scan`); -1: no gate (always called)
    mask: int
    #: the probe events of its gate
    events: tuple[tuple[str, str], ...]
    line_local: bool
    feeds_line_local: bool


def _plan(fixers: Fixers) -> tuple[SignalTable, tuple[_Step, ...]]:
    """The signal table and the steps of ``fixers`` (the last answer is reused while the
    same tuple of fixers comes back, as :func:`cleantext.normalizers.enabled` gives it)."""
    last = _LAST_PLAN[0]
    if last is not None and last[0] is fixers:
        return last[1]  # (a plan holds its own table: it stays consistent)
    table = _signal_table(fixers_version())
    steps = []
    for name, fixer in fixers:
        gate = gate_of(fixer)
        rule = get_rule(name)
        mask = -1
        events: tuple[tuple[str, str], ...] = ()
        if gate is not None:
            mask = sum(table.bit(sig) for sig in gate.signals())
            mask |= sum(_event_bit(table, char, kind) for char, kind in gate.events)
            events = gate.events
        steps.append(_Step(name, fixer, mask, events, rule.line_local, rule.feeds_line_local))
    plan = (table, tuple(steps))
    if isinstance(fixers, tuple):
        _LAST_PLAN[0] = (fixers, plan)
    return plan


#: the last plan with its fixers: enabled() gives a new tuple whenever a registry changes
_LAST_PLAN: list[tuple[Fixers, tuple[SignalTable, tuple[_Step, ...]]] | None] = [None]


#: the probe's events in a scan's word: those at its ``k``-th character from bit 64 + 8 k on
_EVENTS_AT = 64
_SIGNALS = (1 << _EVENTS_AT) - 1


def _event_bit(table: SignalTable, char: str, kind: str) -> int:
    return bits_of(char, frozenset({kind})) << (_EVENTS_AT + 8 * table.probe.index(char))


def _closed(step: _Step, word: int, probe: Probe, events: bool) -> bool:
    """True if nothing of ``step``'s gate occurs in the probe's text: the fixer would return
    no edit. ``word``: a superset of the text's signals, and of its events if ``events``
    (else the probe is asked for them)."""
    if step.mask < 0 or word & step.mask:
        return False
    return events or _no_event(step, probe)


def _no_event(step: _Step, probe: Probe) -> bool:
    return not any(kind in probe.events(char) for char, kind in step.events)


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
    table, steps = _plan(fixers)
    probe = Probe(text)
    word = _scan(table, text, probe)
    events = GATE_KERNEL  # the word holds the events too (until an edit)
    for step in steps:
        mask = step[2]  # (step.mask: a tuple index is faster, and most texts skip most fixers)
        if mask >= 0 and not word & mask and (events or _no_event(step, probe)):
            continue
        edits = step.fixer(text, probe)
        if not edits:
            continue
        if protect_code:
            guard = guard or CodeGuard(text, seen)  # made lazily: most texts never need it
            edits = guard.keep(edits)
        if edits:
            text, marks = _apply(text, edits, passes, marks, mark=step.feeds_line_local)
            guard, probe = None, probe.after(text, passes[-1])
            word, events = _rescan(table, text, passes[-1], word & _SIGNALS), False
    return text, passes, marks


def _scan(table: SignalTable, text: str, probe: Probe) -> int:
    """The scan's word of ``text``: its signal bits, and with the C kernel the probe's
    events (found in the same pass) from bit 64 on; the probe learns them, and whether two
    spaces follow each other."""
    bits, found = table.scan(text, events=GATE_KERNEL)
    probe.seed(found if GATE_KERNEL else None, bool(bits & _DOUBLE_BIT))
    return bits | found << _EVENTS_AT


def _rescan(table: SignalTable, text: str, edits: list[Edit], bits: int) -> int:
    """The signal bits of ``text`` (a superset), which ``edits`` (sorted) made of a text
    whose bits were ``bits``. A signal new in ``text`` holds a character of an edit's output
    or, for a deletion, the characters on both sides: it lies within two characters of the
    output (a triple's length), so only those windows are scanned (merged when close), or the
    whole text when the edits are dense."""
    if len(edits) * _DENSE >= len(text):
        return int(table.scan(text)[0])
    windows: list[list[int]] = []
    shift = 0
    for e in edits:
        start = e.start + shift  # where the edit's output starts in ``text``
        end = start + len(e.after)
        shift += len(e.after) - (e.end - e.start)
        if windows and start - 2 <= windows[-1][1] + _DENSE:
            windows[-1][1] = end + 2
        else:
            windows.append([start - 2, end + 2])
    for lo, hi in windows:
        bits |= table.scan(text, lo, hi)[0]
    return bits


#: edits closer than this are scanned in one window; one edit per this many characters or
#: more: the whole text is scanned again
_DENSE = 64


def local_round(text: str, fixers: Fixers, marks: list[int]) -> tuple[str, list[list[Edit]]]:
    """The line-local fixers again, only on the lines holding ``marks``.

    Each fixer runs once on those lines put together: a line-local rule finds in them what it
    finds in each line alone (its edits never cross a line break).
    """
    passes: list[list[Edit]] = []
    seen: dict[str, list[tuple[int, int]]] = {}
    table, steps = _plan(fixers)
    joined = ""
    word = 0
    probe: Probe | None = None
    spans: list[tuple[int, int]] = []
    for step in steps:
        if not step.line_local:
            continue
        if probe is None:  # the lines to look at, again after each edit
            spans = _lines(text, marks)
            joined = "".join(text[start:end] for start, end in spans)
            probe = Probe(joined)
            word = _scan(table, joined, probe)
        if _closed(step, word, probe, GATE_KERNEL):
            continue
        edits = _placed(step.fixer(joined), spans)
        edits = CodeGuard(text, seen).keep(edits) if edits else []
        if edits:
            text, marks = _apply(text, edits, passes, marks, mark=True)
            probe = None
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
