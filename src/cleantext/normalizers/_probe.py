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


def has_pair(text: str, pair: str) -> bool:
    """``pair in text`` for a two-character ``pair``, fast on Latin-1 text.

    ``str`` search slows down when the pair's characters are frequent (two spaces in prose);
    on Latin-1 text a NumPy view of the bytes as 16-bit units, at both alignments, compares
    every pair at memory speed.

    >>> has_pair("a  b", "  "), has_pair("a b c ", "  "), has_pair("ab  ", "  ")
    (True, False, True)
    """
    try:
        data = text.encode("latin-1")
        unit = int.from_bytes(pair.encode("latin-1"), "little")
    except UnicodeEncodeError:
        return pair in text
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
    def dot_events(self) -> frozenset[str]:
        """Kinds of full-stop event: double, space_before, upper_after, lower_after."""
        return _events(_DOT, self.text, 4) if "." in self.text else frozenset()

    @cached_property
    def double_space(self) -> bool:
        """Whether two regular spaces follow each other somewhere."""
        return has_pair(self.text, "  ")

    @cached_property
    def comma_events(self) -> frozenset[str]:
        """Kinds of comma event: double, space_before."""
        return _events(_COMMA, self.text, 2) if "," in self.text else frozenset()

    @cached_property
    def newline_events(self) -> frozenset[str]:
        """Kinds of line-break event: trailing (spaces before it), hyphen, blank (2+ blank
        lines follow)."""
        return _events(_NEWLINE, self.text, 3) if "\n" in self.text else frozenset()
