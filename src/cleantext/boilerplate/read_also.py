"""A read-also line before the story's last paragraph, for the ``extract`` preset.

News sites set a read-also line between two paragraphs of the story ("Baca Juga: ...",
"Կարդացեք նաև՝ ...", "ተዛማጅ ዜና፦ ...", "Read also: ...": a line of the data file's ``[related]
prefixes``), and some set it right before the story's last paragraph. The line is UI, and
that paragraph, with no other paragraph after it, counts as an isolated one
(``isolated_factor``): a short last paragraph did not pay for the line and the article lost
it (issue 14 pattern 4, session 25: an Indonesian, an Armenian and an Amharic page).

Such a line is scored as a blank line (``read-also-last``): a read-also line right after a
paragraph and right before one, which the share bar or the page's end follows within
``STORY_END_REACH`` short lines, no other paragraph or box between. The line itself still goes
as a UI line. A teaser's excerpt under a read-also line at the article's end is followed by a
footer or a box, no share bar, and the article still ends before the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from cleantext.boilerplate.intro import line_above, line_below

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo

__all__ = ["STORY_END_REACH", "read_also_lines"]

#: the short lines that may sit between the story's last paragraph and its share bar (an
#: agency's initials, a tags line)
STORY_END_REACH = 3
#: the ``ui`` of a read-also line (``patterns``' category) and of a share bar's lines
_RELATED = "related"
_STORY_ENDS = frozenset({"share", "follow"})
_UI = attrgetter("ui")
#: the lines that end the search for the share bar: a paragraph, a UI line of another kind, a
#: box or comment heading
_PROSE = frozenset({"good", "medium"})


def read_also_lines(infos: Sequence[LineInfo]) -> list[int]:
    """The indexes of the read-also lines of ``infos`` right before the story's last
    paragraph (see the module's docstring).

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda kind, ui="": LineInfo(Block(0, 0, "x", 0), 9, 0.3, True, kind, 0.0, ui=ui)
    >>> page = [mk("good"), mk("ui", "related"), mk("good"), mk("ui", "share")]
    >>> read_also_lines(page), read_also_lines([*page[:3], mk("ui", "copyright")])
    ([1], [])
    """
    uis = list(map(_UI, infos))
    if _RELATED not in uis:  # (most pages: no read-also line; one pass in C)
        return []
    at = [i for i, ui in enumerate(uis) if ui == _RELATED and infos[i].kind == "ui"]
    return [i for i in at if _between(infos, i)]


def _between(infos: Sequence[LineInfo], i: int) -> bool:
    """The read-also line ``i`` sits after a paragraph and before the story's last one,
    which the share bar or the page's end follows (``_ends_story``)."""
    above, below = line_above(infos, i), line_below(infos, i)
    if above is None or below is None:
        return False
    if infos[above].kind != "good" or infos[below].kind != "good":
        return False
    after: list[int] = []
    j = line_below(infos, below)
    while j is not None and len(after) <= STORY_END_REACH:
        after.append(j)
        j = line_below(infos, j)
    return _ends_story(infos, after)


def _ends_story(infos: Sequence[LineInfo], after: list[int]) -> bool:
    """Whether the lines ``after`` (the content lines after the paragraph, indexes) start
    with up to ``STORY_END_REACH`` short lines and then a share bar's line, or end the page
    first."""
    for n, j in enumerate(after):
        info = infos[j]
        if info.ui in _STORY_ENDS:
            return True
        if n == STORY_END_REACH or info.kind in _PROSE or info.kind != "short":
            return False
    return len(after) <= STORY_END_REACH  # (the page's end within reach)
