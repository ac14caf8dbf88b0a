"""Cheap facts about one text, shared by the normalizers' pre-checks.

Several rules look for something next to the same rare character: ``..``, `` .``, ``.X`` and
``. x`` all start at a full stop; trailing spaces, blank lines and end-of-line hyphens all end
at a line break. Instead of one scan per rule, a :class:`Probe` scans once per character (a
regex led by a literal, which the engine finds almost as fast as ``str.find``) and records which
kinds of event occur. A probe belongs to one text; the pipeline makes a new one whenever a
fixer changes the text.

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
from functools import cached_property

import numpy as np

__all__ = ["Probe"]

# [^\W\d_a-z]: a letter that is not a-z (a superset of uppercase); [^\W\d_A-Z]: of lowercase
# Each pattern matches only where some event occurs (the first lookahead), then records every
# event at that position with optional zero-width groups.
_UP = r"[¿¡]?[^\W\d_a-z]"
_LO = r" +[^\W\d_A-Z]"
_DOT = re.compile(
    rf"\.(?=\.|{_UP}|{_LO}|(?<= \.))(?=(?P<double>\.)?)(?=(?P<upper_after>{_UP})?)"
    rf"(?=(?P<lower_after>{_LO})?)(?P<space_before>(?<= \.))?"
)
_QMARK = re.compile(rf"\?(?P<upper_after>{_UP})")
_COMMA = re.compile(r",(?=,|(?<= ,))(?=(?P<double>,)?)(?P<space_before>(?<= ,))?")
_TRAIL = r"(?<=[ \t]\n)|(?<=[ \t]\r\n)"
_HYPHEN = r"(?<=-\n)|(?<=-\r\n)"
_BLANK = r"[ \t]*\r?\n[ \t]*\r?\n"
_NEWLINE = re.compile(
    rf"\n(?={_TRAIL}|{_HYPHEN}|{_BLANK})(?P<trailing>{_TRAIL})?(?P<hyphen>{_HYPHEN})?"
    rf"(?=(?P<blank>{_BLANK})?)"
)


def _events(pattern: re.Pattern[str], text: str, kinds: int) -> frozenset[str]:
    found: set[str] = set()
    for m in pattern.finditer(text):
        found.update(k for k, v in m.groupdict().items() if v is not None)
        if len(found) == kinds:
            break
    return frozenset(found)


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
    """The events of :class:`Probe` at ``char`` in a padded Latin-1 byte array (a superset)."""
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
    return frozenset(kind for kind, hit in checks.items() if hit.any())


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

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def latin1(self) -> bytes | None:
        """The text encoded as Latin-1, or ``None`` if it has other characters."""
        try:
            return self.text.encode("latin-1")
        except UnicodeEncodeError:
            return None

    @cached_property
    def _latin1(self) -> np.ndarray | None:
        """The Latin-1 bytes padded with zeros (index ``i + 1`` is ``text[i]``)."""
        if self.latin1 is None:
            return None
        padded = np.zeros(len(self.latin1) + 3, dtype=np.uint8)
        padded[1:-2] = np.frombuffer(self.latin1, dtype=np.uint8)
        return padded

    def _scan(self, char: str, pattern: re.Pattern[str], kinds: int) -> frozenset[str]:
        if char not in self.text:
            return frozenset()
        if self._latin1 is not None:  # vectorised: every occurrence at memory speed
            return _latin1_events(self._latin1, char)
        return _events(pattern, self.text, kinds)

    @cached_property
    def dot_events(self) -> frozenset[str]:
        """Kinds of full-stop event: double, space_before, upper_after, lower_after."""
        return self._scan(".", _DOT, 4)

    @cached_property
    def double_space(self) -> bool:
        """Whether two regular spaces follow each other somewhere."""
        if self.latin1 is None:
            return "  " in self.text
        return _bytes_have_pair(self.latin1, "  ")

    @cached_property
    def qmark_events(self) -> frozenset[str]:
        """Kinds of question-mark event (only upper_after is exact)."""
        return self._scan("?", _QMARK, 1)

    @cached_property
    def comma_events(self) -> frozenset[str]:
        """Kinds of comma event: double, space_before."""
        return self._scan(",", _COMMA, 2)

    @cached_property
    def newline_events(self) -> frozenset[str]:
        """Kinds of line-break event: trailing (spaces before it), hyphen, blank (2+ blank
        lines follow)."""
        return self._scan("\n", _NEWLINE, 3)
