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

__all__ = ["code_points"]


def code_points(start: int, stop: int) -> str:
    """The characters ``chr(start)`` to ``chr(stop - 1)``, in order, lone surrogates
    included (``"".join(map(chr, range(start, stop)))``, built in one decode)."""
    cps = np.arange(start, stop, dtype="<u4")
    return cps.tobytes().decode("utf-32-le", "surrogatepass")
