"""Sums over a page's lines (``extract.LineInfo``) without Python code per line.

The rules of the ``extract`` preset add up the scores of runs of lines many times a page;
``map`` over the indexes runs the loop in C and adds the same numbers in the same order
(so the same total, to the last bit).

>>> from collections import namedtuple
>>> Line = namedtuple("Line", "score")
>>> score_sum([Line(1.5), Line(-3.0), Line(2.0)], 1, 3), score_sum([Line(1.5)], 0, 0)
(-1.0, 0)
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

__all__ = ["score_sum"]

_SCORE = attrgetter("score")


def score_sum(infos: Sequence[Any], lo: int, hi: int) -> float:
    """``sum(infos[i].score for i in range(lo, hi))``, the loop in C."""
    total: float = sum(map(_SCORE, map(infos.__getitem__, range(lo, hi))))
    return total
