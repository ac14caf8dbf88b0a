"""Timing helper shared by the benchmark scripts (run them as ``python benchmarks/NAME.py``)."""

from __future__ import annotations

import time
from collections.abc import Callable


def timed(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    """Best-of-``repeat`` seconds to run ``fn`` over ``texts``."""
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        runs.append(time.perf_counter() - t0)
    return min(runs)
