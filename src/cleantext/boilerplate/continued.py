"""The article going on after a short interruption, for the ``extract`` preset.

A picture gallery, an embedded post or a table inside an article leaves a few short lines
between two runs of its prose, and the maximum-sum search may keep only one of them. A run of
prose continues the chosen run when it starts within ``MAX_GAP`` lines of it (before or
after), has at least ``MIN_PARAGRAPHS`` paragraphs and scores at least ``MIN_SCORE`` (about
that many words), and nothing between them is page furniture: no UI string, menu word, link-box
or comment heading. A teaser, an author's bio or a sign-up pitch is a single paragraph, and a
share bar, a "Subscribe" button or a "Related stories" heading keeps it apart.

>>> from cleantext.boilerplate.extract import classify_lines, _runs
>>> story = ("The council voted on Tuesday to close the old bridge over the river, which is "
...     "now too weak for the buses that cross it.")
>>> page = "\\n".join([story, story.replace("Tuesday", "Monday"), "Photo 1 of 12", "The bridge",
...     "The ferry", "The mill", "The market", "The river", "The old town", "The station",
...     "The park", story.replace("old", "iron"), story.replace("buses", "lorries")])
>>> infos = classify_lines(page)
>>> continued(infos, (0, 1), _runs(infos, 0, len(infos)))  # 9 lines between: too many
((0, 1), [])
>>> continued(infos[:2] + infos[5:], (0, 1), _runs(infos[:2] + infos[5:], 0, 10))
((0, 9), [(48.0, 8, 9)])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["continued", "why_joined"]

MAX_GAP = 8
MIN_SCORE = 30.0
MIN_PARAGRAPHS = 1
_BREAKS = frozenset({"stop", "box", "ui", "hint"})

Run = tuple[float, int, int]


def continued(
    infos: Sequence[LineInfo], span: tuple[int, int], runs: list[Run], w: Weights | None = None
) -> tuple[tuple[int, int], list[Run]]:
    """``span`` grown over the runs of ``runs`` (in order, disjoint) that continue it, and
    the runs it took in. ``w.continued=False`` turns this off."""
    first, last = span
    joined: list[Run] = []
    if w is not None and not w.continued:
        return span, joined
    for run in runs:
        if run[1] > last and _joins(infos, last, run):
            last = run[2]
            joined.append(run)
    for run in reversed(runs):
        if run[2] < first and _joins(infos, first, run):
            first = run[1]
            joined.append(run)
    return (first, last), joined


def _joins(infos: Sequence[LineInfo], edge: int, run: Run) -> bool:
    score, a, b = run
    paragraphs = sum(1 for i in range(a, b + 1) if infos[i].kind == "good")
    if score < MIN_SCORE or paragraphs < MIN_PARAGRAPHS:
        return False
    lo, hi = (edge + 1, a) if a > edge else (b + 1, edge)
    between = [infos[i] for i in range(lo, hi) if infos[i].kind != "empty"]
    return len(between) <= MAX_GAP and not any(i.kind in _BREAKS for i in between)


def why_joined(infos: Sequence[LineInfo], joined: list[Run]) -> str:
    """The note's words for the runs ``continued`` took in ("" if none)."""
    parts = [
        f"the run at lines {infos[a].block.index + 1}-{infos[b].block.index + 1} (scored "
        f"{score:.1f}) continues it across at most {MAX_GAP} lines with no page furniture"
        for score, a, b in joined
    ]
    return "; ".join(parts)
