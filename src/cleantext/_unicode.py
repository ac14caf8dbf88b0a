"""Every code point of a range as one string: the text that character-class tables are read
from (run a ``regex`` or ``re`` class over it once, then look characters up by code point).

>>> every = code_points(0x41, 0x44)
>>> every
'ABC'
>>> code_points(0xD7FF, 0xD801) == "".join(map(chr, range(0xD7FF, 0xD801)))  # a surrogate
True
"""

from __future__ import annotations

import numpy as np

__all__ = ["WHITESPACE", "code_points"]

#: every character that ``\\s`` of the ``re`` module matches in a ``str`` (``str.isspace``),
#: written out: deriving it costs milliseconds at import (``tests/test_gates.py`` checks it
#: against every code point)
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def code_points(start: int, stop: int) -> str:
    """The characters ``chr(start)`` to ``chr(stop - 1)``, in order, lone surrogates
    included (``"".join(map(chr, range(start, stop)))``, built in one decode)."""
    cps = np.arange(start, stop, dtype="<u4")
    return cps.tobytes().decode("utf-32-le", "surrogatepass")
