"""Gates: one pass over a text that tells which normalizers can possibly apply.

Each normalizer declares, with its implementation (``@implements(RULE, gate=Gate(...))``),
what must occur in a text for it to change anything: some characters (``chars``), a character
right before another (``pairs``), a character at the end (``at_end``), or an event of the
shared :class:`~cleantext.normalizers._probe.Probe` (``events``, such as ``(".",
"lower_after")``). A gate is a superset: the normalizer runs where any part of it holds, and is
skipped (not even called) where none does. The step compiles the gates of every registered
normalizer into one table of character classes, and one scan of the text (the C kernel
``gate_scan``, or :func:`regex_scan`, its Python twin) gives a bit for each declared
character set and pair, and the probe's events at the same time; so a text that needs nothing
costs one pass instead of one pre-check per normalizer. Adding a normalizer adds its gate to
the table: no other list names it.

>>> t = compile_signals([("char", "&"), ("pair", "([", " "), ("end", " \\t")])
>>> bin(t.scan("a ( b")[0]), bin(t.scan("a & b ")[0]), t.scan("plain")[0]
('0b10', '0b101', 0)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from cleantext.normalizers._probe import KINDS, _regex_events_in, bits_of, wanted_bits
from cleantext.normalizers._util import kernel

__all__ = ["GATE_KERNEL", "Gate", "Signal", "SignalTable", "compile_signals", "regex_scan"]

#: a character set (``("char", chars)``), a character of ``first`` right before one of
#: ``second`` (``("pair", first, second)``), or a character of ``chars`` ending the text
#: (``("end", chars)``); the characters must be in the BMP
Signal = tuple[str, ...]

#: the class the C kernel reads for "the end of the text" in ``pairs``
_END = 63
_GATE_SCAN = kernel("gate_scan")
#: whether scans run in C (and then find the probe's events in the same pass)
GATE_KERNEL = _GATE_SCAN is not None


@dataclass(frozen=True)
class Gate:
    """What must occur in a text for a normalizer to change it (any one part is enough).

    Attributes:
        chars: any of these characters.
        pairs: ``(first, second)``: a character of ``first`` right before one of ``second``.
        at_end: the text ends with one of these characters.
        events: ``(char, kind)``: an event of the probe (:data:`~._probe.KINDS`).

    >>> Gate(chars="&", events=((".", "double"),)).signals()
    (('char', '&'),)
    """

    chars: str = ""
    pairs: tuple[tuple[str, str], ...] = ()
    at_end: str = ""
    events: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for char, kind in self.events:
            if kind not in KINDS.get(char, {}):
                raise ValueError(f"gate: the probe has no event {kind!r} at {char!r}")

    def signals(self) -> tuple[Signal, ...]:
        """The character sets and pairs of this gate, in the form the table compiles."""
        out: list[Signal] = []
        if self.chars:
            out.append(("char", _canon(self.chars)))
        out += [("pair", _canon(a), _canon(b)) for a, b in self.pairs]
        if self.at_end:
            out.append(("end", _canon(self.at_end)))
        return tuple(out)


def _canon(chars: str) -> str:
    """``chars`` sorted, each once: equal sets give equal signals."""
    return "".join(sorted(set(chars)))


def char_class(chars: str) -> str:
    """A regex character class matching exactly ``chars`` (ranges where they run on).

    >>> char_class("cab-") == r"[\\-a-c]"
    True
    """
    codes = sorted({ord(c) for c in chars})
    parts = []
    start = prev = codes[0]
    for c in [*codes[1:], -1]:
        if c == prev + 1:
            prev = c
            continue
        lo, hi = re.escape(chr(start)), re.escape(chr(prev))
        parts.append(lo if start == prev else lo + hi if prev == start + 1 else f"{lo}-{hi}")
        start = prev = c
    return "[" + "".join(parts) + "]"


class SignalTable:
    """The compiled form of a list of signals: bit ``i`` of a scan is ``signals[i]``."""

    def __init__(self, signals: Sequence[Signal]) -> None:
        if len(signals) > 64:
            raise ValueError("gates: at most 64 distinct character sets and pairs")
        self.signals = tuple(signals)
        sets: dict[str, int] = {}  # each distinct character set, numbered
        for sig in self.signals:
            for chars in sig[1:]:
                sets.setdefault(chars, len(sets))
        probe = "".join(KINDS)
        sets.setdefault(_canon(probe), len(sets))  # the probed characters get a class
        members: dict[str, list[int]] = {}
        for chars, j in sets.items():
            for c in chars:
                if ord(c) > 0xFFFF:
                    raise ValueError(f"gates: {c!r} is outside the BMP")
                members.setdefault(c, []).append(j)
        classes: dict[tuple[int, ...], int] = {}
        table = bytearray(0x10000)
        in_set: dict[int, list[int]] = {j: [] for j in sets.values()}  # set -> its classes
        for c, js in members.items():
            key = tuple(js)
            if key not in classes:
                classes[key] = len(classes) + 1
                if classes[key] >= _END:
                    raise ValueError("gates: too many character classes (at most 62)")
                for j in js:
                    in_set[j].append(classes[key])
            table[ord(c)] = classes[key]
        single = np.zeros(64, np.uint64)
        pairs = np.zeros(64 * 64, np.uint64)
        for bit, sig in enumerate(self.signals):
            value = np.uint64(1 << bit)
            first = in_set[sets[sig[1]]]
            if sig[0] == "char":
                single[first] |= value
                continue
            second = in_set[sets[sig[2]]] if sig[0] == "pair" else [_END]
            for a in first:
                pairs[[64 * a + b for b in second]] |= value
        self.table, self.single, self.pairs = bytes(table), single, pairs
        self.probe = probe
        self.wanted = bytes(wanted_bits(c) for c in probe)
        self._branches = tuple(f"(?:{_regex(sig)})(?P<s{i}>)" for i, sig in enumerate(signals))

    def bit(self, signal: Signal) -> int:
        """The bit of ``signal`` in a scan."""
        return 1 << self.signals.index(signal)

    def scan(
        self, text: str, lo: int = 0, hi: int | None = None, *, events: bool = False
    ) -> tuple[int, list[int]]:
        """``(bits, events)`` of ``text[lo:hi]``: the signals that occur there (a pair's
        characters both inside; ``end``: at ``hi``), and, with ``events``, the probe's event
        bits at each of its characters (as ``char_events(text, char, lo, hi, ...)``)."""
        hi = len(text) if hi is None else hi
        if _GATE_SCAN is not None:
            probe = self.probe if events else ""
            wanted = self.wanted if events else b""
            found: tuple[int, list[int]] = _GATE_SCAN(
                text, self.table, self.single, self.pairs, lo, hi, probe, wanted
            )
            return found
        return regex_scan(self, text, lo, hi, events=events)


def _regex(sig: Signal) -> str:
    if sig[0] == "char":
        return char_class(sig[1])
    if sig[0] == "pair":
        return char_class(sig[1]) + char_class(sig[2])
    return char_class(sig[1]) + r"\Z"


@lru_cache(maxsize=256)
def _alternation(branches: tuple[str, ...], left: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile("|".join(branches[i] for i in left))


def regex_scan(
    table: SignalTable, text: str, lo: int = 0, hi: int | None = None, *, events: bool = False
) -> tuple[int, list[int]]:
    """:meth:`SignalTable.scan` with regexes (the Python twin of the C kernel ``gate_scan``).

    One search for all the signals still missing; after a hit, the search goes on from the
    same place for the others (another may occur at the same character): at most one search
    per signal, each a character class or two, linear.
    """
    hi = len(text) if hi is None else hi
    lo = max(lo, 0)
    hi = min(hi, len(text))
    bits = 0
    left = tuple(range(len(table.signals)))
    pos = lo
    while left and pos < hi:
        m = _alternation(table._branches, left).search(text, pos, hi)
        if m is None:
            break
        i = int(str(m.lastgroup)[1:])
        bits |= 1 << i
        left = tuple(k for k in left if k != i)
        pos = m.start()
    found = []
    if events:
        for char in table.probe:
            found.append(bits_of(char, _regex_events_in(text, char, [(lo, hi)])))
    return bits, found


def compile_signals(signals: Sequence[Signal]) -> SignalTable:
    """The table of ``signals`` (duplicates kept once, first place)."""
    return SignalTable(list(dict.fromkeys(signals)))
