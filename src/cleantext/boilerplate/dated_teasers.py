"""A box of the site's other stories after a short article, each with its date, for
``extract``.

Under a short article a site sets teasers of its other stories: a headline, a sentence of
excerpt and a date line ("11.01.2026 · 3 Kommentare", "March 5, 2026 · 5 min read",
"3月8日"), again and again, often under a heading no data file knows ("Mehr aus der Region").
The excerpts are prose, so the best-scoring run went on through them, or the tail was cut at
the first date line and the first teaser stayed.

The box is ``MIN_GROUPS`` or more groups in a row, after a paragraph of the article, of the
same three lines in the same order: a headline (a short or medium line with no sentence end),
an excerpt (a line of ``EXCERPT_WORDS`` words or more ending in its sentence) and a date line
(``standfirst.is_meta`` with a figure, no comment's age or time of day: a comment thread is
``bare-thread``'s). An article's timeline has a date over each paragraph
but no headline; its own sections have a heading over several paragraphs and no date. The
box runs past the run's last line (no paragraph of the article after it); the line right
above its first group, when it is a short line with no sentence end, is its heading and goes
with it. Each line is read at most three times: linear. Off with ``Weights.dated_teasers=False``
(``extract_off = ["dated-teasers"]``); the tail note names the box.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> story = ("Two men were arrested on Monday after a break-in at the garden centre, where "
...     "tools worth about six thousand pounds were taken from the yard.")
>>> box = ["More from the town"]
>>> for n, topic in enumerate(("bus", "pool", "bakery"), 1):
...     box += [f"New plans for the {topic} are out", f"The council has put the plans for "
...         f"the {topic} on show in the library until the end of the month.", f"{n}.03.2026"]
>>> dated_teasers(classify_lines("\\n".join([story, *box])), 0, 10, WEIGHTS)
1
>>> timeline = [story, "More from the town"]
>>> for n, line in enumerate(box[2::3], 1):  # (a date over each paragraph, no headline)
...     timeline += [f"{n}.03.2026", line]
>>> dated_teasers(classify_lines("\\n".join(timeline)), 0, 7, WEIGHTS)
-1
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.intro import line_above
from cleantext.boilerplate.standfirst import is_meta
from cleantext.boilerplate.thread import is_comment_time
from cleantext.boilerplate.why import lines as line_range

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["EXCERPT_WORDS", "MIN_GROUPS", "REACH", "dated_teasers", "why_dated_teasers"]

MIN_GROUPS = 3  # teasers in a row, each a headline, an excerpt and a date line
EXCERPT_WORDS = 8  # words of a teaser's excerpt (at least)
REACH = 3 * 12  # non-blank lines read on each side of the run's last line (12 teasers)
_HEADLINE = frozenset({"short", "medium"})
_EXCERPT = frozenset({"good", "medium", "short"})
_HEADINGS = frozenset({"short", "medium", "box", "ui", "hint"})
_DATED = frozenset({"short", "medium", "repeat", "hint"})  # (a date line's kinds)
_FIGURE = re.compile(r"\d")


def _sign(info: LineInfo) -> str:
    """``"h"`` for a headline, ``"e"`` for an excerpt, ``"d"`` for a date line, ``"x"``
    otherwise."""
    text = info.block.text
    if info.kind in _HEADLINE and not info.terminal and not info.ui:
        if _FIGURE.search(text) is not None and is_meta(text):
            return "x" if is_comment_time(text) else "d"
        return "h"
    if info.kind in _EXCERPT and info.terminal and info.words >= EXCERPT_WORDS:
        return "e"
    if info.kind in _DATED and _FIGURE.search(text) is not None:
        return "d" if is_meta(text) and not is_comment_time(text) else "x"
    return "x"


def dated_teasers(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> int:
    """The first line of a box of dated teasers (its heading, if any) inside lines
    ``first`` + 1 to ``last`` of the content, running past ``last``; ``-1`` if there is none.

    A box that runs past ``last`` has two date lines 3 lines apart among the 7 non-blank lines
    up to ``last`` and the 7 after it: the other lines are read only then, up to ``REACH`` on
    each side (a date line is told by ``standfirst.is_meta`` only on such pairs)."""
    if not w.dated_teasers or last <= first:
        return -1
    if not _two_dated(infos[max(first, last - 14) + 1 : last + 15]):
        return -1  # (most runs: not two short lines with a figure among the lines ``near``'s are)
    near = _nonblank(infos, last, -1, 7, first)[::-1] + _nonblank(infos, last + 1, 1, 7, len(infos))
    figures = [_may_date(infos[j]) for j in near]
    pairs = [n for n in range(len(near) - 3) if figures[n] and figures[n + 3]]
    if not any(_sign(infos[near[n]]) == "d" == _sign(infos[near[n + 3]]) for n in pairs):
        return -1  # (most runs: no two short lines with a figure, 3 lines apart, near their end)
    lines = _nonblank(infos, last, -1, REACH, first)[::-1]
    lines += _nonblank(infos, last + 1, 1, REACH, len(infos))
    signs = [_sign(infos[j]) for j in lines] + ["", "", ""]
    for n, j in enumerate(lines):
        if j > last:
            break
        shape = "".join(signs[n : n + 3])
        if sorted(shape) != ["d", "e", "h"] or shape[0] == "e":
            continue
        count = 1
        while "".join(signs[n + 3 * count : n + 3 * count + 3]) == shape:
            count += 1
        if (
            count >= MIN_GROUPS
            and lines[n + 3 * count - 1] >= last
            and _text_above(infos, first, j)
        ):
            return _heading(infos, j)
    return -1


def _may_date(info: LineInfo) -> bool:
    """A line of a date line's kinds with a figure in its key (keys write figures as 0): the
    light test a line passes before ``standfirst.is_meta`` reads it (the kind first: a
    paragraph's long key is not searched).

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> [_may_date(i) for i in classify_lines("3.03.2026\\nMore from the town")]
    [True, False]
    """
    return info.kind in _DATED and "0" in info.key


def _two_dated(window: Sequence[LineInfo]) -> bool:
    """Two lines or more of ``window`` that may be date lines (:func:`_may_date`): a lighter
    test than ``near``'s, which only calls passing it build.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> _two_dated(classify_lines("3.03.2026\\n\\nMore from the town\\n12 May"))
    True
    >>> _two_dated(classify_lines("3.03.2026\\n\\nMore from the town"))
    False
    """
    found = 0
    for info in window:
        if _may_date(info):
            found += 1
            if found == 2:
                return True
    return False


def _nonblank(infos: Sequence[LineInfo], j: int, step: int, most: int, stop: int) -> list[int]:
    """Up to ``most`` non-blank lines from line ``j`` on, by ``step``, before line ``stop``,
    among the next ``2 * most`` lines (a box has a blank line at most between two lines)."""
    stop = max(stop, j - 2 * most) if step < 0 else min(stop, j + 2 * most)
    found = [k for k in range(j, stop, step) if infos[k].kind != "empty"]
    return found[:most]


def _text_above(infos: Sequence[LineInfo], first: int, j: int) -> bool:
    """A paragraph of the article (a ``good`` line) among lines ``first`` to ``j`` - 1."""
    return any(infos[k].kind == "good" for k in range(first, j))


def _heading(infos: Sequence[LineInfo], j: int) -> int:
    """Line ``j`` (a box's first teaser), or the line above it when that is a short line
    with no sentence end (the box's heading)."""
    above = line_above(infos, j)
    if above is None or infos[above].terminal or infos[above].kind not in _HEADINGS:
        return j
    return above


def why_dated_teasers(infos: Sequence[LineInfo], start: int) -> str:
    """The tail note's words for the box at line ``start``."""
    return (
        f"; the teasers from {line_range(infos, start, start)}, each a headline, an excerpt "
        "and a date line, are the site's other stories, not the article's (dated-teasers)"
    )
