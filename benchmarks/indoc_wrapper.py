"""A ``str -> str`` wrapper for ``score_indoc.py --python``: only the ``dedup-blocks`` step.

.venv/bin/python ../shared/tools/score_indoc.py --python benchmarks.indoc_wrapper:dedup
"""

from __future__ import annotations

import cleantext


def dedup(text: str) -> str:
    """Run only the in-document block dedup step on ``text``."""
    return cleantext.clean(text, steps=["dedup-blocks"])
