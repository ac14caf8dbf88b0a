"""Cheap facts about one text, shared by the normalizers' pre-checks.

Several rules look for something next to the same rare character: ``..``, `` .``, ``.X`` and
``. x`` all start at a full stop; trailing spaces, blank lines and end-of-line hyphens all end
at a line break. Instead of one scan per rule, a :class:`Probe` scans once per character and
records which kinds of event occur. Each scan is a regex led by that literal character, which
the engine finds at memory speed (a ``str.find`` loop), and it stops early: once a kind is
found, the scan goes on with a pattern for the kinds still missing, so it makes at most one
Python step per kind, however often a kind occurs. A probe belongs to one text; the pipeline
makes a new one whenever a fixer changes the text, and each fact is computed only when a
fixer first asks for it.

>>> p = Probe("The end .Next line  \\nfin.. La suite")
>>> sorted(p.dot_events)
['double', 'space_before', 'upper_after']
>>> sorted(p.newline_events)
['trailing']
>>> Probe("Nothing, really.").comma_events
frozenset()
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from cleantext.edits import Edit
from cleantext.normalizers._util import kernel

__all__ = ["KINDS", "Probe", "bits_of", "events", "positions", "wanted_bits"]

# [^\W\d_a-z]: a letter that is not a-z (a superset of uppercase); [^\W\d_A-Z]: of lowercase
_UP = r"[¿¡]?[^\W\d_a-z]"
_LO = r" +[^\W\d_A-Z]"

#: For each probed character, the kinds of event that occur at it, each as a condition
#: checked right after the character. Each is a superset of what the rules that ask for it
#: need, except ``hyphen``, which is exactly ``-`` right before the line break.
KINDS: dict[str, dict[str, str]] = {
    ".": {
        "double": r"(?=\.)",
        "space_before": r"(?<= \.)",
        "upper_after": rf"(?={_UP})",
        "lower_after": rf"(?={_LO})",
    },
    ",": {"double": r"(?=,)", "space_before": r"(?<= ,)"},
    "?": {"upper_after": rf"(?={_UP})"},
    "\n": {
        "trailing": r"(?<=[ \t]\n)|(?<=[ \t]\r\n)",
        "hyphen": r"(?<=-\n)|(?<=-\r\n)",
        "blank": r"(?=[ \t]*\r?\n[ \t]*\r?\n)",
    },
}
#: the line-break conditions for a text without ``\r`` (the same matches, checked faster)
_LF_ONLY = {"trailing": r"(?<=[ \t]\n)", "hyphen": r"(?<=-\n)", "blank": r"(?=[ \t]*\n[ \t]*\n)"}


@lru_cache(maxsize=64)
def _pattern(char: str, kinds: tuple[str, ...], cr: bool = True) -> re.Pattern[str]:
    """``char`` followed by any of the conditions of ``kinds``; ``lastgroup`` names the kind.
    ``cr=False``: for a text without ``\\r``."""
    conds = KINDS[char] if cr or char != "\n" else _LF_ONLY
    branches = "|".join(f"(?:{conds[k]})(?P<{k}>)" for k in kinds)
    return re.compile(f"{re.escape(char)}(?:{branches})")


def events(text: str, char: str) -> frozenset[str]:
    """The kinds of event (:data:`KINDS`) that occur at ``char`` somewhere in ``text``.

    One search for any kind proves most texts clean. After a hit, the search goes on from
    the same place with a pattern for the kinds not yet found (another kind may occur at the
    same character): at most one search per kind.

    >>> sorted(events("Wait.. What .Now", "."))
    ['double', 'space_before', 'upper_after']
    >>> events("No events here.\\nNone.", "\\n")
    frozenset()
    """
    return _events_in(text, char, [(0, len(text))])


_NONE: frozenset[str] = frozenset()
_ALL_KINDS = {char: tuple(kinds) for char, kinds in KINDS.items()}


def positions(text: str, char: str, kind: str) -> list[int]:
    """Every offset of ``char`` in ``text`` where an event of ``kind`` occurs.

    >>> positions("a.B c.d e.F", ".", "upper_after")
    [1, 9]
    """
    if _CHAR_EVENTS is not None:
        found: list[int] = _CHAR_EVENTS(text, char, 0, len(text), _BITS[kind], True)
        return found
    return regex_positions(text, char, kind)


def regex_positions(text: str, char: str, kind: str) -> list[int]:
    """:func:`positions` with the probe's regex (the Python twin of the C kernel)."""
    cr = char == "\n" and "\r" in text
    return [m.start() for m in _pattern(char, (kind,), cr).finditer(text)]


#: the bit of each kind of event in the C kernel ``char_events`` (``EV_*`` in ``_kernels.c``)
_BITS = {
    "double": 1,
    "space_before": 2,
    "upper_after": 4,
    "lower_after": 8,
    "trailing": 16,
    "hyphen": 32,
    "blank": 64,
}
_CHAR_EVENTS = kernel("char_events")
_HAS_PAIR = kernel("has_pair")


def _events_in(text: str, char: str, windows: list[tuple[int, int]]) -> frozenset[str]:
    """:func:`events`, looking only at ``text[lo:hi]`` for each window (``hi`` is the
    search's ``endpos``; each event found is in the text: the conditions have no negative
    lookahead, so a window's end can only hide an event, never make one).

    The C kernel ``char_events`` checks the same conditions character by character where
    it is built (:func:`_regex_events_in` is its Python twin)."""
    if _CHAR_EVENTS is None:
        return _regex_events_in(text, char, windows)
    wanted = _WANTED[char]
    found = 0
    for lo, hi in windows:
        found |= _CHAR_EVENTS(text, char, lo, hi, wanted & ~found, False)
        if found == wanted:
            break
    return _KINDS_OF[char][found]


def _kinds_of(char: str) -> dict[int, frozenset[str]]:
    """The set of kinds of ``char`` for every combination of their bits."""
    kinds = _ALL_KINDS[char]
    out = {}
    for mask in range(1 << len(_BITS)):
        found = frozenset(k for k in kinds if mask & _BITS[k])
        out[mask] = found if found else _NONE
    return out


_KINDS_OF = {char: _kinds_of(char) for char in KINDS}
#: where each character's events are in a seed (:meth:`Probe.seed`)
_SEED_AT = {char: 8 * i for i, char in enumerate(KINDS)}
_WANTED = {char: sum(_BITS[k] for k in kinds) for char, kinds in KINDS.items()}


def wanted_bits(char: str) -> int:
    """The bits (as the C kernels number them) of every kind of event at ``char``."""
    return _WANTED[char]


def bits_of(char: str, kinds: frozenset[str]) -> int:
    """``kinds`` of events at ``char`` as bits; :func:`kinds_of` undoes it.

    >>> sorted(kinds_of(".", bits_of(".", frozenset({"double", "lower_after"}))))
    ['double', 'lower_after']
    """
    return sum(_BITS[k] for k in kinds)


def kinds_of(char: str, bits: int) -> frozenset[str]:
    """The kinds of event at ``char`` whose bits are set in ``bits``."""
    return _KINDS_OF[char][bits & _WANTED[char]]


def _regex_events_in(text: str, char: str, windows: list[tuple[int, int]]) -> frozenset[str]:
    """:func:`_events_in` with the probe's regexes."""
    if char not in text:
        return _NONE
    cr = char == "\n" and "\r" in text
    left = _ALL_KINDS[char]
    found: list[str] = []
    for lo, hi in windows:
        m = _pattern(char, left, cr).search(text, lo, hi)
        while m is not None:
            kind = str(m.lastgroup)
            found.append(kind)
            left = tuple(k for k in left if k != kind)
            if not left:
                return frozenset(found)
            m = _pattern(char, left, cr).search(text, m.start(), hi)
    return frozenset(found)


def _line_start(text: str, pos: int, back: int) -> int:
    """The start of the line ``back`` lines above the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(back):
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return start


def _after_breaks(text: str, pos: int, count: int) -> int:
    """The offset after the ``count``-th line break from ``pos`` on (or the end)."""
    for _ in range(count):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return len(text)
    return pos


def _near_edits(text: str, edits: list[Edit]) -> list[tuple[int, int]] | None:
    """Spans of ``text`` (the result of ``edits``, sorted) around each edit's output: from
    two lines above to five line breaks below, merged; ``None`` when they cover half the text.

    An event depends on at most two characters before its own (``[ \\t]\\r\\n``) and on the
    rest of its line and the next two lines after it (``blank``): an event that an edit made
    lies in the first part of its span, with all it depends on inside the span.
    """
    spans: list[tuple[int, int]] = []
    shift = 0
    for e in edits:
        start = e.start + shift  # where the edit's output starts in ``text``
        end = start + len(e.after)
        shift += len(e.after) - (e.end - e.start)
        lo, hi = _line_start(text, start, 2), _after_breaks(text, end, 5)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans if 2 * sum(hi - lo for lo, hi in spans) <= len(text) else None


#: Latin-1 texts of at least this many characters are probed with NumPy: whole-array passes
#: at memory speed, but with a fixed cost per call that the many small texts would feel
NUMPY_FROM = 1 << 16


def _byte_class(*spans: tuple[int, int], extra: tuple[int, ...] = ()) -> np.ndarray:
    table = np.zeros(256, dtype=bool)
    for lo, hi in spans:
        table[lo : hi + 1] = True
    table[list(extra)] = True
    return table


# Latin-1 letters that may be upper- or lowercase (supersets: ¡ ¿ may precede a capital, and
# a second space may precede a lowercase letter)
_UPPER_B = _byte_class((0x41, 0x5A), (0xC0, 0xD6), (0xD8, 0xDE), extra=(0xA1, 0xBF))
_LOWER_B = _byte_class((0x61, 0x7A), (0xDF, 0xF6), (0xF8, 0xFF), extra=(0xAA, 0xB5, 0xBA, 0x20))
_SPACE_B = _byte_class(extra=(0x20, 0x09))
_BLANK_B = _byte_class(extra=(0x0A, 0x0D, 0x20, 0x09))


def _latin1_events(a: np.ndarray, char: str) -> frozenset[str]:
    """The events of :class:`Probe` at ``char`` in a padded Latin-1 byte array: a superset
    of :func:`events` (``hyphen`` exactly), at memory speed, for long texts."""
    at = np.flatnonzero(a == ord(char))
    if not len(at):
        return frozenset()
    before, after, after2 = a[at - 1], a[at + 1], a[at + 2]
    checks = {"double": after == ord(char), "space_before": before == 0x20}
    if char in ".?":
        checks["upper_after"] = _UPPER_B[after]
        checks["lower_after"] = (after == 0x20) & _LOWER_B[after2]
    if char == "\n":
        cr = before == 0x0D
        before2 = a[np.maximum(at - 2, 0)]
        checks = {
            "trailing": _SPACE_B[before] | (cr & _SPACE_B[before2]),
            "hyphen": (before == 0x2D) | (cr & (before2 == 0x2D)),
            "blank": ((after == 0x0A) & _BLANK_B[after2]) | _BLANK_B[after] & (after != 0x0A),
        }
    return frozenset(kind for kind, hit in checks.items() if kind in KINDS[char] and hit.any())


def _bytes_have_pair(data: bytes, pair: str) -> bool:
    """``pair in data`` for a two-character Latin-1 ``pair``, at memory speed.

    ``str`` search slows down when the pair's characters are frequent (two spaces in prose);
    a NumPy view of the bytes as 16-bit units, at both alignments, compares every pair.

    >>> _bytes_have_pair(b"a  b", "  "), _bytes_have_pair(b"a b c ", "  ")
    (True, False)
    >>> _bytes_have_pair(b"ab  ", "  ")
    True
    """
    unit = int.from_bytes(pair.encode("latin-1"), "little")
    for offset in (0, 1):
        count = (len(data) - offset) // 2
        if count > 0 and (np.frombuffer(data, "<u2", count, offset) == unit).any():
            return True
    return False


class Probe:
    """Lazily computed facts about ``text``; each is computed at most once."""

    __slots__ = (
        "_array",
        "_clean_near",
        "_double_space",
        "_events",
        "_latin1",
        "_seed",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._events: dict[str, frozenset[str]] = {}
        self._seed: int | None = None  # event bits of the characters of KINDS (seed())
        self._double_space: bool | None = None
        self._latin1: bytes | bool | None = False  # False: not computed yet
        # (spans, characters): no event of these characters occurs outside the spans
        self._clean_near: tuple[list[tuple[int, int]], frozenset[str]] | None = None
        self._array: np.ndarray | bool | None = False  # False: not computed yet

    def seed(self, found: int | None, double_space: bool) -> None:
        """Record what a scan of the whole text found: ``found``, the bits of the events at
        the ``k``-th character of :data:`KINDS` in bits ``8 k`` on (``None``: not scanned for
        them); whether two spaces follow each other. Read when a fixer first asks."""
        if found is not None:
            self._seed = found
        if self._double_space is None:
            self._double_space = double_space

    def _padded(self) -> np.ndarray | None:
        """A long Latin-1 text as bytes padded with zeros (index ``i + 1`` is ``text[i]``),
        or ``None`` (short or other text: the regex searches are faster there)."""
        if self._array is False:
            data = self.latin1 if len(self.text) >= NUMPY_FROM else None
            if data is None:
                self._array = None
            else:
                padded = np.zeros(len(data) + 3, dtype=np.uint8)
                padded[1:-2] = np.frombuffer(data, dtype=np.uint8)
                self._array = padded
        return self._array  # type: ignore[return-value]

    def after(self, text: str, edits: list[Edit]) -> Probe:
        """A probe of ``text``, which ``edits`` (sorted) made of this probe's text.

        What this probe found absent (no event at ``.``, no double space...) can only
        occur in the new text near an edit, so only the lines around the edits are searched
        for it (see :func:`_near_edits`).

        >>> old = Probe("One. Two, three")
        >>> old.comma_events, old.double_space
        (frozenset(), False)
        >>> new = old.after("One. Two ,  three", [Edit("x", 8, 9, ",", " ,  ")])
        >>> sorted(new.comma_events), new.double_space
        (['space_before'], True)
        """
        new = Probe(text)
        known = self._events if self._seed is None else {c: self.events(c) for c in KINDS}
        clean = frozenset(c for c, found in known.items() if not found)
        if self._double_space is False:
            clean |= {"  "}
        if clean:
            spans = _near_edits(text, edits)
            if spans is not None:
                new._clean_near = (spans, clean)
        return new

    def _near(self, key: str) -> list[tuple[int, int]] | None:
        """The only spans where ``key`` can occur, if an earlier probe proved that."""
        near = self._clean_near
        return near[0] if near is not None and key in near[1] else None

    def events(self, char: str) -> frozenset[str]:
        """The kinds of event at ``char`` (a key of :data:`KINDS`) in the text."""
        found = self._events.get(char)
        if found is None and self._seed is not None:
            found = self._events[char] = _KINDS_OF[char][self._seed >> _SEED_AT[char] & 0xFF]
        if found is None:
            spans = self._near(char)
            # (the C kernel, where built, is faster than NumPy on long texts too)
            array = self._padded() if spans is None and _CHAR_EVENTS is None else None
            if array is not None:
                found = _latin1_events(array, char)
            else:
                found = _events_in(self.text, char, spans or [(0, len(self.text))])
            self._events[char] = found
        return found

    def where(self, kind: str, chars: str) -> list[int]:
        """Sorted offsets of the ``chars`` where an event of ``kind`` occurs.

        >>> Probe("a ,b . c").where("space_before", ".,")
        [2, 5]
        """
        found = [c for c in chars if kind in self.events(c)]
        if len(found) < 2:
            return positions(self.text, found[0], kind) if found else []
        return sorted(i for c in found for i in positions(self.text, c, kind))

    @property
    def latin1(self) -> bytes | None:
        """The text encoded as Latin-1, or ``None`` if it has other characters."""
        if self._latin1 is False:
            try:
                self._latin1 = self.text.encode("latin-1")
            except UnicodeEncodeError:
                self._latin1 = None
        return self._latin1  # type: ignore[return-value]

    @property
    def dot_events(self) -> frozenset[str]:
        """Kinds of full-stop event: double, space_before, upper_after, lower_after."""
        return self.events(".")

    @property
    def double_space(self) -> bool:
        """Whether two regular spaces follow each other somewhere."""
        if self._double_space is None:
            spans = self._near("  ")
            if _HAS_PAIR is not None:  # the C kernel (its twin: the branches below)
                text = self.text
                self._double_space = any(
                    _HAS_PAIR(text, " ", lo, hi) for lo, hi in spans or [(0, len(text))]
                )
            elif spans is None and len(self.text) >= NUMPY_FROM and self.latin1 is not None:
                self._double_space = _bytes_have_pair(self.latin1, "  ")
            elif spans is None:
                self._double_space = "  " in self.text
            else:
                self._double_space = any(self.text.find("  ", lo, hi) >= 0 for lo, hi in spans)
        return self._double_space

    @property
    def qmark_events(self) -> frozenset[str]:
        """Kinds of question-mark event: upper_after."""
        return self.events("?")

    @property
    def comma_events(self) -> frozenset[str]:
        """Kinds of comma event: double, space_before."""
        return self.events(",")

    @property
    def newline_events(self) -> frozenset[str]:
        """Kinds of line-break event: trailing (spaces before it), hyphen, blank (2+ blank
        lines follow)."""
        return self.events("\n")
