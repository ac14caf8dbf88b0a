"""A ranked box of headlines that outscores a short article, for the ``extract`` preset.

A news site sets its most read or trending stories as a numbered list ("1. Parents say the
new school bus timetable leaves children waiting in the cold ..."), often under a heading no
data file knows ("What everyone is reading"). Each item is a sentence-long headline, so the
list scores as ten paragraphs, and next to a short article (a brief of 60 words, worth less
than ``Weights.zone_min``) it is the best run of the page: the box becomes the main content.

Such a box is told by its shape (``is_ranked_box``): ``MIN_ITEMS`` or more lines, every line of
the run a ranked item ("1. ", "2) "), ranked 1, 2, 3 ... in order, each one sentence; no
lead-in above it (a line ending in a colon announces the article's own list), nor an ad
slot's label under a paragraph (the ad parts a listicle's lead from its items: session 21
second wave); the page's title does not count its items ("10 ..." : a listicle); and the
items lack an article's continuity: fewer than ``MAX_LINKED`` of them share a content word
with the item before (a how-to's steps go on about the same dough, oven, bridge; headlines
are about other things). When an earlier run holds a paragraph, such a box is no candidate
for the main content (``without_ranked_boxes``): the short article before it wins, and the
box goes with the tail; such a box at the end of the article's own run, after page furniture
(a share bar), is cut off that run. Off with ``Weights.ranked_headlines=False``
(``extract_off = ["ranked-headlines"]``).

>>> heads = ["1. The family who turned an old station into a bakery plans a second shop.",
...     "2. Parents say the new bus timetable leaves children waiting in the cold.",
...     "3. A retired teacher has walked every footpath in the district.",
...     "4. Plans for two hundred homes are back before the committee.",
...     "5. Police ask for witnesses after a van hit a charity shop window."]
>>> linked(heads)
0
>>> steps = ["1. Mix the flour and the butter in a bowl.", "2. Add the milk to the flour.",
...     "3. Knead the dough for five minutes.", "4. Rest the dough for an hour.",
...     "5. Bake the dough in a hot oven."]
>>> linked(steps)
3
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.intro import line_above, stems
from cleantext.sentences import INNER_END

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "MAX_LINKED",
    "MIN_ITEMS",
    "MIN_SCORE",
    "RANK",
    "is_ranked_box",
    "linked",
    "why_ranked_box",
    "without_ranked_boxes",
]

MIN_ITEMS = 5  # a site's most-read box lists five stories or more
#: the least a run with such a box scores (5 headlines of 8 words or more): others are left
MIN_SCORE = 40.0
#: the share of the items that may share a content word with the item before (a list of
#: steps or of a story's points goes on about the same things)
MAX_LINKED = 0.34
#: the kinds of line of page furniture between an article and a box after it
_FURNITURE = frozenset({"ui", "hint", "box", "repeat"})
#: the ``ui`` of an ad slot's label ("Advertisement"), which parts an article
_ADS = "ads"
#: a ranked item ("1. ", "12) ", "٢. "), its rank captured: decimal digits of any script,
#: which ``int`` reads (not the superscript or circled figures of ``\p{N}``, "²", "①");
#: ``popular.py`` reads ranks with it too
RANK = regex.compile(r"\s*(\p{Nd}{1,2})[.)]\s")


def linked(items: Sequence[str]) -> int:
    """How many of ``items`` share a content word's stem (``intro.stems``) with the item
    before, their ranks left out (an item without one is read whole)."""
    own = [stems(item[_rank_end(item) :]) for item in items]
    return sum(1 for a, b in itertools.pairwise(own) if a & b)


def _rank_end(item: str) -> int:
    """Where the rank that opens ``item`` ends (0: none). (The rank pattern is only matched at
    a line's start: searched, its leading ``\\s*`` would make a run of spaces quadratic.)"""
    rank = RANK.match(item)
    return 0 if rank is None else rank.end()


def is_ranked_box(infos: Sequence[LineInfo], first: int, last: int) -> bool:
    """Lines ``first`` to ``last`` are a site's box of ranked headlines (the module's test)."""
    if last - first + 1 < MIN_ITEMS or not _ranked(infos[first]):
        return False
    items: list[str] = []
    for info in itertools.islice(infos, first, last + 1):
        if info.kind == "empty":
            continue
        text = info.block.text.strip()
        rank = RANK.match(text)
        if rank is None or int(rank.group(1)) != len(items) + 1:
            return False
        if INNER_END.search(text, rank.end()) is not None:
            return False
        items.append(text)
    if len(items) < MIN_ITEMS or linked(items) >= MAX_LINKED * len(items):
        return False
    above = line_above(infos, first)
    if above is not None and infos[above].block.text.rstrip().endswith(":"):
        return False
    if above is not None and _under_ad_slot(infos, above):
        return False
    title = infos[0].block.text if infos else ""
    return regex.search(rf"(?<!\p{{Nd}}){len(items)}(?!\p{{Nd}})", title) is None


def without_ranked_boxes(
    infos: Sequence[LineInfo], runs: list[tuple[float, int, int]], w: Weights
) -> list[tuple[float, int, int]]:
    """``runs`` without those that are a ranked box (``is_ranked_box``) after a run holding a
    paragraph (a ``good`` line): the article before the box is the main content's
    candidate, the box is not."""
    if not w.ranked_headlines or not runs or max(runs)[0] < MIN_SCORE:
        return runs
    ranked = [
        r for r in runs if r[0] >= MIN_SCORE and (_ranked(infos[r[1]]) or _ranked(infos[r[2]]))
    ]
    if not ranked:  # (most pages: no run worth a box starts or ends with a ranked item)
        return runs
    prose = next((i for _, a, b in runs for i in range(a, b + 1) if infos[i].kind == "good"), -1)
    if prose < 0:
        return runs
    return [
        _without_box(infos, r, w.loose_sentences) if r in ranked else r
        for r in runs
        if r not in ranked or r[1] <= prose or not is_ranked_box(infos, r[1], r[2])
    ]


def _without_box(
    infos: Sequence[LineInfo], run: tuple[float, int, int], medium: bool = False
) -> tuple[float, int, int]:
    """``run``, cut before a ranked box at its end (``_without_tail_box``) if it ends in a
    ranked item."""
    return _without_tail_box(infos, run, medium) if _ranked(infos[run[2]]) else run


def _under_ad_slot(infos: Sequence[LineInfo], above: int) -> bool:
    """Line ``above`` is an ad slot's label ("Advertisement") right under a paragraph: the
    list goes on from the article that the ad slot parts (a listicle's items under its lead);
    a site's box comes under its heading or a share bar."""
    if infos[above].ui != _ADS:
        return False
    k = line_above(infos, above)
    return k is not None and infos[k].kind == "good"


def _ranked(info: LineInfo) -> bool:
    """``info``'s line is a ranked item ("1. ", "12) ")."""
    return RANK.match(info.block.text) is not None


def _without_tail_box(
    infos: Sequence[LineInfo], run: tuple[float, int, int], medium: bool = False
) -> tuple[float, int, int]:
    """``run``, or its part before a ranked box at its end (``is_ranked_box``) under a line
    that is no paragraph, when a paragraph comes before it with page furniture between them
    (``_FURNITURE``: a share bar, a menu word): the article's run took in the box over a gap
    that cost less than the box is worth. An article's own list under its subheading has no
    share button above it. ``medium``: the cut keeps the medium lines right after the last
    paragraph (a short last sentence, ``loose-sentences``)."""
    _, first, last = run
    top = last
    while top > first and (infos[top].kind == "empty" or RANK.match(infos[top].block.text)):
        top -= 1
    start = top + 1
    if start > last or infos[top].kind == "good" or not is_ranked_box(infos, start, last):
        return run
    end = next((i for i in range(top, first - 1, -1) if infos[i].kind == "good"), None)
    if end is None or not any(infos[i].kind in _FURNITURE for i in range(end + 1, start)):
        return run
    while medium and end + 1 < start and infos[end + 1].kind == "medium":
        end += 1
    return sum(info.score for info in infos[first : end + 1]), first, end


def why_ranked_box(infos: Sequence[LineInfo], lo: int, hi: int, w: Weights) -> str:
    """The tail note's part for the first ranked box (``is_ranked_box``) among lines ``lo``
    to ``hi``: its first and last line; ``""`` if there is none."""
    if not w.ranked_headlines:
        return ""
    for a in range(lo, hi + 1):
        rank = RANK.match(infos[a].block.text)
        if rank is None or rank.group(1) != "1":
            continue
        b = a
        while b + 1 <= hi and RANK.match(infos[b + 1].block.text) is not None:
            b += 1
        if is_ranked_box(infos, a, b):
            one, end = infos[a].block.index + 1, infos[b].block.index + 1
            return (
                f"; the ranked headlines at lines {one}-{end} are a box of other stories, no "
                "candidate for the article (ranked-headlines)"
            )
    return ""
