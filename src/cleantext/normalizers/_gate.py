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

>>> t = compile_signals([("char", "&"), ("pair", "([", " "), ("pair", " \\t", END)])
>>> [t.signals[i] for i in t.found(t.scan("a & b ( c ")[0])]
[('char', '&'), ('pair', '([', ' '), ('pair', ' \\t', '\\U0010ffff')]
>>> t.found(t.scan("plain")[0])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from cleantext.normalizers._probe import KINDS, _regex_events_in, bits_of, wanted_bits
from cleantext.normalizers._util import kernel

__all__ = [
    "END",
    "GATE_KERNEL",
    "START",
    "Gate",
    "Signal",
    "SignalTable",
    "compile_signals",
    "regex_scan",
]

#: A signal: a character set (``("char", chars)``), or characters in a row: ``("pair", first,
#: second)`` or ``("triple", first, second, third)``, each place a set of characters. The
#: characters must be in the BMP; :data:`START` in a first place also matches before the
#: text's first character, :data:`END` in a last place after its last.
Signal = tuple[str, ...]

#: stand-ins (never in a text's table) for the start and the end of the text in a signal
START, END = "\U0010fffe", "\U0010ffff"
#: the kernel's classes that are not characters (see ``gate_scan`` in ``_kernels.c``)
_NOTHING, _START, _END = 61, 62, 63
_MARK = 1  # in a pair: "a triple may start here"
_PROBE = 2  # in a pair: "the character is one of the probe's"
_FIRST = 2  # signal i is bit FIRST + i of a scan (bits 0 and 1 are the kernel's flags)
_GATE_SCAN = kernel("gate_scan")
#: whether scans run in C (and then find the probe's events in the same pass)
GATE_KERNEL = _GATE_SCAN is not None


@dataclass(frozen=True)
class Gate:
    """What must occur in a text for a normalizer to change it (any one part is enough).

    Attributes:
        chars: any of these characters.
        pairs: ``(first, second)``: a character of ``first`` right before one of ``second``.
        triples: ``(first, second, third)``: three such characters in a row.
        at_end: the text ends with one of these characters.
        events: ``(char, kind)``: an event of the probe (:data:`~._probe.KINDS`).

    A place of a pair or triple may hold :data:`START` (first place) or :data:`END` (last).

    >>> Gate(chars="&", events=((".", "double"),)).signals()
    (('char', '&'),)
    """

    chars: str = ""
    pairs: tuple[tuple[str, str], ...] = ()
    triples: tuple[tuple[str, str, str], ...] = ()
    at_end: str = ""
    events: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for char, kind in self.events:
            if kind not in KINDS.get(char, {}):
                raise ValueError(f"gate: the probe has no event {kind!r} at {char!r}")

    def signals(self) -> tuple[Signal, ...]:
        """The character sets, pairs and triples of this gate, as the table compiles them."""
        out: list[Signal] = []
        if self.chars:
            out.append(("char", _canon(self.chars)))
        out += [("pair", _canon(a), _canon(b)) for a, b in self.pairs]
        out += [("triple", _canon(a), _canon(b), _canon(c)) for a, b, c in self.triples]
        if self.at_end:
            out.append(("pair", _canon(self.at_end), END))
        return tuple(out)


def _canon(chars: str) -> str:
    """``chars`` sorted, each once: equal sets give equal signals."""
    return "".join(sorted(set(chars)))


def _check(sig: Signal) -> None:
    places = sig[1:]
    if {"char": 1, "pair": 2, "triple": 3}.get(sig[0]) != len(places):
        raise ValueError(f"gates: not a signal: {sig!r}")
    for i, chars in enumerate(places):
        if not chars:
            raise ValueError("gates: an empty place")
        for c in chars:
            edge = (c == START and i == 0 and len(places) > 1) or (
                c == END and i == len(places) - 1 and len(places) > 1
            )
            if ord(c) > 0xFFFF and not edge:
                raise ValueError(f"gates: {c!r} is outside the BMP (or a start or end misplaced)")
    if START in places[0] and END in places[-1] and len(places) == 2:
        raise ValueError("gates: a pair of the start and the end")


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
    """The compiled form of a list of signals: bit ``2 + i`` of a scan is ``signals[i]``."""

    def __init__(self, signals: Sequence[Signal]) -> None:
        if len(signals) > 62:
            raise ValueError("gates: at most 62 distinct character sets, pairs and triples")
        for sig in signals:
            _check(sig)
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
                if c not in (START, END):
                    members.setdefault(c, []).append(j)
        classes: dict[tuple[int, ...], int] = {}
        table = bytearray(0x10000)
        in_set: dict[int, list[int]] = {j: [] for j in sets.values()}  # set -> its classes
        for c, js in members.items():
            key = tuple(js)
            if key not in classes:
                classes[key] = len(classes) + 1
                if classes[key] >= _NOTHING:
                    raise ValueError("gates: too many character classes (at most 60)")
                for j in js:
                    in_set[j].append(classes[key])
            table[ord(c)] = classes[key]
        for chars, j in sets.items():
            in_set[j] += [_START] * (START in chars) + [_END] * (END in chars)
        single = np.zeros(64, np.uint64)
        pairs = np.zeros((64, 64), np.uint64)  # [class before, class]
        triples = []
        for bit, sig in enumerate(self.signals):
            value = np.uint64(1 << (_FIRST + bit))
            places = [in_set[sets[chars]] for chars in sig[1:]]
            if sig[0] == "char":
                single[places[0]] |= value
                continue
            mark = value if sig[0] == "pair" else np.uint64(_MARK)
            for a in places[0]:
                pairs[a, places[1]] |= mark
            if sig[0] == "triple":
                triples += [sum(1 << k for k in cls) for cls in places] + [int(value)]
        if len(triples) > 4 * 16:
            raise ValueError("gates: at most 16 triples")
        # a character's own signals hold after any other class, and after the start or
        # nothing; the probed characters are flagged for the kernel (bit 62, not a signal)
        single[in_set[sets[_canon(probe)]]] |= np.uint64(_PROBE)
        pairs |= single[np.newaxis, :]
        self.table, self.pairs = bytes(table), pairs.reshape(-1)
        self.triples = np.array(triples, np.uint64)
        self.probe = probe
        self.wanted = bytes(wanted_bits(c) for c in probe)
        self._branches = tuple(f"(?:{_regex(sig)})(?P<s{i}>)" for i, sig in enumerate(signals))

    def found(self, bits: int) -> list[int]:
        """The indexes in :attr:`signals` of the signals in the bits of a scan."""
        return [i for i in range(len(self.signals)) if bits >> (_FIRST + i) & 1]

    def bit(self, signal: Signal) -> int:
        """The bit of ``signal`` in a scan."""
        return 1 << (_FIRST + self.signals.index(signal))

    def scan(
        self, text: str, lo: int = 0, hi: int | None = None, *, events: bool = False
    ) -> tuple[int, int]:
        """``(bits, events)`` of ``text[lo:hi]``: the signals that occur there (the
        characters of a pair or triple all inside; :data:`START` only before ``text[0]``,
        :data:`END` at ``hi``), and, with ``events``, the probe's event bits at its ``k``-th
        character (as ``char_events(text, char, lo, hi, ...)``) in bits ``8 k`` on."""
        hi = len(text) if hi is None else hi
        if _GATE_SCAN is not None:
            probe = self.probe if events else ""
            wanted = self.wanted if events else b""
            found: tuple[int, int] = _GATE_SCAN(
                text, self.table, self.pairs, self.triples, lo, hi, probe, wanted
            )
            return found
        return regex_scan(self, text, lo, hi, events=events)


def _place(chars: str) -> str:
    """A regex for one place of a signal (the start and the end as zero-width assertions)."""
    real = chars.replace(START, "").replace(END, "")
    parts = [char_class(real)] if real else []
    parts += [r"(?<![\s\S])"] * (START in chars) + [r"\Z"] * (END in chars)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _regex(sig: Signal) -> str:
    return "".join(_place(chars) for chars in sig[1:])


@lru_cache(maxsize=256)
def _alternation(branches: tuple[str, ...], left: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile("|".join(branches[i] for i in left))


def regex_scan(
    table: SignalTable, text: str, lo: int = 0, hi: int | None = None, *, events: bool = False
) -> tuple[int, int]:
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
        bits |= 1 << (_FIRST + i)
        left = tuple(k for k in left if k != i)
        pos = m.start()
    found = 0
    if events:
        for k, char in enumerate(table.probe):
            found |= bits_of(char, _regex_events_in(text, char, [(lo, hi)])) << (8 * k)
    return bits, found


def compile_signals(signals: Sequence[Signal]) -> SignalTable:
    """The table of ``signals`` (duplicates kept once, first place)."""
    return SignalTable(list(dict.fromkeys(signals)))
