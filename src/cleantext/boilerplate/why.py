"""The reasons ``extract`` gives in its notes (``cleantext explain``): why the main content is
the run of lines it is, and what the best block of a removed region scored against it.

Runs are found by the maximum-sum search of ``extract`` (passed in as ``best_run``, so that
this module does not import ``extract``): a note names line numbers of the text the pass
worked on, the scores, and the threshold or rule that decided.

>>> from cleantext.boilerplate.extract import WEIGHTS, best_run, classify_lines
>>> page = "\\n".join(["Home", "News", "Sport", "Weather", "Contact",
...     "The council voted on Tuesday to close the old bridge, which has been in use for "
...     "over a century.", "Privacy Policy"])
>>> infos = classify_lines(page)
>>> print(best_in(infos, 0, 5, best_run))
its best block, line 1, scored -4.0
>>> print(chosen(infos, 5, 5, 17.0, WEIGHTS, best_run))
the main content is line 6, the best-scoring run of lines on the page (17.0)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from cleantext.boilerplate.before_comments import comment_heading
from cleantext.boilerplate.headline import headline_index
from cleantext.boilerplate.signup import form_run

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["best_in", "chosen", "lines"]

BestRun = Callable[["Sequence[LineInfo]", int, int], tuple[float, int, int]]


def lines(infos: Sequence[LineInfo], first: int, last: int) -> str:
    """``line 12`` or ``lines 12-30``: the text's line numbers of ``infos[first..last]``."""
    a, b = infos[first].block.index + 1, infos[last].block.index + 1
    return f"line {a}" if a == b else f"lines {a}-{b}"


def stop_lines(infos: Sequence[LineInfo]) -> list[int]:
    """The indexes of the comment headings (``kind == "stop"``) among ``infos``; most pages
    have none, which is told without a Python step per line."""
    if "stop" not in map(_KIND, infos):
        return []
    return [i for i, info in enumerate(infos) if info.kind == "stop"]


_KIND = attrgetter("kind")


def _top(infos: Sequence[LineInfo], best_run: BestRun) -> tuple[float, int, int]:
    """The best run of the page, within the zones that comment headings cut it into."""
    bounds = [-1, *stop_lines(infos), len(infos)]
    found = [best_run(infos, a + 1, b) for a, b in itertools.pairwise(bounds)]
    return max(found, default=(0.0, -1, -1))


def chosen(
    infos: Sequence[LineInfo], first: int, last: int, score: float, w: Weights, best_run: BestRun
) -> str:
    """Why ``infos[first..last]`` (whose run scored ``score``) is the main content: it is the
    best run, or the run after the page title's headline, or the first run worth an article
    (``w.zone_min``) before a better one, or, on a page without such a run, the best run
    before a comment heading (``before_comments.py``) or the first worth ``w.short_ratio`` of
    the best one."""
    top, a, b = _top(infos, best_run)
    where = f"the main content is {lines(infos, first, last)}"
    if a < 0 or score >= top or first <= a <= last:
        return f"{where}, the best-scoring run of lines on the page ({score:.1f})"
    best = f"the best run, {lines(infos, a, b)}, scored {top:.1f}"
    if w.login_form and form_run(infos, a, b):
        best += (
            ", but it is a log-in or registration form's messages, no article (login-form: "
            "each of its paragraphs is short and names a form field, a password or an e-mail "
            "address)"
        )
    h = headline_index(infos)
    if h is not None and h < first:
        head = infos[h].block.text.strip()[:40]
        return f"{where} ({score:.1f}), the run after the page title's headline {head!r} ({best})"
    stop = comment_heading(infos, last, a) if w.before_comments and last < a else None
    if stop is not None and score < w.zone_min:
        head = infos[stop].block.text.strip()[:40]
        return (
            f"{where} ({score:.1f}), the best run before the comment heading {head!r} at "
            f"{lines(infos, stop, stop)}: a short article comes before its comments, and what "
            f"follows the comment form is the sidebar ({best})"
        )
    if score >= w.zone_min:
        return (
            f"{where}, the first run worth an article ({score:.1f}, at least "
            f"{w.zone_min:.0f}: the article comes before its comments and teasers; {best})"
        )
    return (
        f"{where} ({score:.1f}): no run is worth an article ({w.zone_min:.0f}), and it is the "
        f"first run worth {w.short_ratio:.0%} of the best one with page furniture between "
        f"them (a short article before a sidebar; {best})"
    )


def best_in(infos: Sequence[LineInfo], lo: int, hi: int, best_run: BestRun) -> str:
    """What the best block of the removed lines ``infos[lo:hi]`` scored, and where it is."""
    score, a, b = best_run(infos, lo, hi)
    if a < 0:  # no positive run: the least negative line
        i = max(range(lo, hi), key=lambda k: infos[k].score, default=lo)
        if i >= hi:
            return "no line of them scores"
        return f"its best block, {lines(infos, i, i)}, scored {infos[i].score:.1f}"
    return f"its best block, {lines(infos, a, b)}, scored {score:.1f}"
