"""A short article under the headline, not the list of teasers after it, for ``extract``.

A blog or a news site puts its other stories after a short post: each a headline, its
excerpt and a button ("Read more", "READ THE REST", "Weiterlesen": the data file's
``[read-more]`` lines), again and again. The excerpts are paragraphs, so the list is worth
more than a post of one or two paragraphs and wins. When the chosen run holds ``MIN_BUTTONS``
or more read-more lines each right under a paragraph (``teaser_buttons``), and a run under
the page title's headline (within ``headline.MAX_GAP`` lines of it, worth
``headline.MIN_SCORE`` or more, no read-more line right under it: a teaser of the list itself)
ends before it, that run is the article. When the post and the list are one run (a share bar
of one line between them), the run ends before the first teaser's headline (the line over
the first excerpt with a read-more line under it), if what it keeps is worth
``headline.MIN_SCORE`` or more and has no read-more line. Off with ``Weights.teaser_list=False``
(``extract_off = ["teaser-list"]``); the head note of ``explain`` says which list was passed
over and what the run under the headline scored.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> excerpt = ("The council said on Monday that the work on the {} would take another "
...     "year, because the builders have asked for more time to finish the roof.")
>>> lines = []
>>> for topic in ("hospital", "market", "library"):
...     lines += [f"Work on the new {topic} is late again", excerpt.format(topic), "Read more"]
>>> infos = classify_lines("\\n".join(lines))
>>> teaser_buttons(infos, 0, len(infos) - 1)
3
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from cleantext.boilerplate.headline import MAX_GAP, MIN_SCORE, headline_index
from cleantext.boilerplate.intro import line_below

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MIN_BUTTONS", "teaser_buttons", "teasers_after_headline"]

MIN_BUTTONS = 3  # read-more lines under paragraphs: a list of teasers
_BUTTON = "read-more"  # the ``ui`` of a read-more line (the data file's ``[read-more]``)

Span = tuple[int, int]
_UI = attrgetter("ui")


def teaser_buttons(infos: Sequence[LineInfo], first: int, last: int) -> int:
    """How many read-more lines from line ``first`` to ``last`` come right under a paragraph
    (a ``good`` line, blank lines between)."""
    count, above = 0, ""
    for j in range(first, last + 1):
        info = infos[j]
        if info.kind == "empty":
            continue
        count += info.ui == _BUTTON and above == "good"
        above = info.kind
    return count


def teasers_after_headline(
    infos: Sequence[LineInfo],
    span: Span | None,
    choose: Callable[[Sequence[LineInfo], Weights], Span | None],
    w: Weights,
) -> tuple[Span | None, str]:
    """``span``, or the run under the page title's headline when ``span`` is a list of
    teasers after it; with a note saying why (empty if ``span`` stands). ``choose`` is the
    main-content chooser (``extract.main_span``)."""
    if not w.teaser_list or span is None:
        return span, ""
    # (the last teaser's button may be the first line after the run: it scores below zero)
    below = line_below(infos, span[1])
    end = span[1] if below is None else below
    # (read-more lines counted without a Python step per line first: most runs have none)
    if list(map(_UI, infos[span[0] : end + 1])).count(_BUTTON) < MIN_BUTTONS:
        return span, ""
    buttons = teaser_buttons(infos, span[0], end)
    if buttons < MIN_BUTTONS:
        return span, ""
    cut = _before_teasers(infos, span, end)
    if cut is not None:
        score = sum(infos[i].score for i in range(span[0], cut + 1))
        return (span[0], cut), (
            f"lines {infos[cut + 1].block.index + 1}-{infos[span[1]].block.index + 1} are a "
            f"list of teasers ({buttons} read-more lines under their excerpts): the article "
            f"ends before it (lines {infos[span[0]].block.index + 1}-"
            f"{infos[cut].block.index + 1}, scored {score:.1f}; teaser-list)"
        )
    h = headline_index(infos)
    if h is None or span[0] <= h + 1:
        return span, ""
    sub = choose(infos[h + 1 : span[0]], w)
    if sub is None:
        return span, ""
    first, last = sub[0] + h + 1, sub[1] + h + 1
    gap = sum(1 for i in range(h + 1, first) if infos[i].kind != "empty")
    score = sum(infos[i].score for i in range(first, last + 1))
    if gap > MAX_GAP or score < MIN_SCORE or _button_under(infos, last, span[0]):
        return span, ""
    return (first, last), (
        f"lines {infos[span[0]].block.index + 1}-{infos[span[1]].block.index + 1} are a list "
        f"of teasers ({buttons} read-more lines under their excerpts): the article is the run "
        f"under the page title's headline (lines {infos[first].block.index + 1}-"
        f"{infos[last].block.index + 1}, scored {score:.1f}; teaser-list)"
    )


def _before_teasers(infos: Sequence[LineInfo], span: Span, end: int) -> int | None:
    """The last paragraph of ``span`` before the first teaser's headline (a short or medium
    line over a paragraph with a read-more line under it), if the lines to it are worth
    ``MIN_SCORE`` and hold no read-more line; else ``None``. ``end``: the run's last line, or
    the read-more line right after it."""
    lines = [j for j in range(span[0], end + 1) if infos[j].kind != "empty"]
    for n in range(len(lines)):
        if infos[lines[n]].ui != _BUTTON:
            continue
        if n < 3:  # (the first button: under the run's first lines, nothing is left before)
            return None
        head, body = infos[lines[n - 2]], infos[lines[n - 1]]
        if body.kind != "good" or head.kind not in _HEADS:
            return None
        kept = [j for j in lines[: n - 2] if infos[j].kind == "good"]  # (to its last paragraph)
        if not kept or sum(infos[i].score for i in range(span[0], kept[-1] + 1)) < MIN_SCORE:
            return None
        return kept[-1]
    return None


_HEADS = frozenset({"short", "medium"})


def _button_under(infos: Sequence[LineInfo], last: int, stop: int) -> bool:
    """The first non-blank line after ``last`` (before ``stop``) is a read-more line: the run
    is a teaser of the list too."""
    for j in range(last + 1, stop):
        if infos[j].kind != "empty":
            return infos[j].ui == _BUTTON
    return False
