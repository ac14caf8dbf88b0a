"""Finding gold text in a page, shared by the loss scripts (``set_losses.py``,
``tail_losses.py``): run them as ``python benchmarks/NAME.py``."""

from __future__ import annotations

import re


def squash(text: str) -> str:
    """``text`` with each run of whitespace one space, none at the ends.

    >>> squash("  a\\n b ")
    'a b'
    """
    return " ".join(text.split())


def start_of(text: str, snippet: str) -> int:
    """Where ``snippet`` (any whitespace between its words) starts in ``text``, -1 if nowhere.

    >>> start_of("x  a\\nb", "a b"), start_of("x", "a")
    (3, -1)
    """
    found = re.search(r"\s+".join(map(re.escape, snippet.split())), text)
    return found.start() if found else -1
