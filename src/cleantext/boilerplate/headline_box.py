"""A box of teaser headlines with no heading after the article, for the ``extract`` preset.

A site may set its teasers right after the article with no box heading: a few headlines of
its other stories, one a line, then the first teaser's excerpt. The headlines are short lines
like a list's items, the excerpts are prose, so the best-scoring run went on through them (or
``continued`` joined them) as if the article went on after a list.

The box is ``MIN_HEADLINES`` or more lines in a row inside the content, after a paragraph of
it, each a headline: ``HEAD_WORDS`` words (a list's item is shorter, a paragraph longer), no
sentence end, no ':' at its end, no UI text, its first letter a capital (Title or Sentence
case), at most ``MAX_FIGURES`` words with a digit (a table's row of figures has more). When
the paragraph under them shares fewer than ``MIN_SHARED`` content words (``intro.stems``)
with the article above them, it is another story's excerpt and the article ends before the
headlines; when it shares them, the story goes on after a list of its own. So it does when
the article announces the list (``_announced``): the line above ends with ':', or the
page title or the headline names its count ("Five novels make the shortlist" over five
titles; adv20), and when most of the lines are references to books ("Tate, W. E. The Parish
Chest": ``references.py``, ``reference-lists``).
Each line is read once; the article's words are read only when such a box is found, once
over the lines not read before: linear. Off with ``Weights.headline_box=False``
(``extract_off = ["headline-box"]``); the tail note names the box.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> story = ("The cliff path between the bay and the point will reopen at Easter, four months "
...     "after a landslip carried part of it onto the beach, the council said.")
>>> heads = ["Bakery that fed the town for ninety years closes", "Councillors reject plans for "
...     "a wind farm", "Lifeboat crew called out three times in one night", "School bus "
...     "timetable changes from next week"]
>>> excerpt = ("The bakery on Fore Street, which has baked bread since 1936, served its last "
...     "customers on Saturday as the owners retired.")
>>> headline_box(classify_lines("\\n".join([story, *heads, excerpt])), 0, 5, WEIGHTS)
1
>>> again = story.replace("will reopen", "reopens")
>>> headline_box(classify_lines("\\n".join([story, *heads, again])), 0, 5, WEIGHTS)
-1
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from cleantext.boilerplate.headline import headline_index
from cleantext.boilerplate.intro import stems
from cleantext.boilerplate.references import reference_list
from cleantext.boilerplate.teasers import names_count

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "HEAD_WORDS",
    "MAX_FIGURES",
    "MIN_HEADLINES",
    "MIN_SHARED",
    "headline_box",
    "why_headline_box",
]

MIN_HEADLINES = 4  # headlines in a row (a list of three points is common in a story)
HEAD_WORDS = (5, 16)  # words of a headline (a list's item has fewer, a paragraph more)
MIN_SHARED = 3  # content words the paragraph under the box shares with the article
MAX_FIGURES = 1  # words with a digit a headline may have (a table's row has more)
_KINDS = frozenset({"short", "medium"})
#: a word with a digit: its first digit and the word's letters after it (read once: linear)
_FIGURE = re.compile(r"\d\S*")


def _headline(info: LineInfo) -> bool:
    """A line shaped as a teaser's headline (see the module's docstring)."""
    if info.kind not in _KINDS or info.terminal or info.ui:
        return False
    if not HEAD_WORDS[0] <= info.words <= HEAD_WORDS[1]:
        return False
    text = info.block.text.strip()
    if not text[:1].isupper() or text.endswith(":"):
        return False
    return len(_FIGURE.findall(text)) <= MAX_FIGURES


def headline_box(
    infos: Sequence[LineInfo], first: int, last: int, w: Weights, title: str | None = None
) -> int:
    """The first line of a box of teaser headlines inside lines ``first`` + 1 to ``last``
    whose paragraph under it shares fewer than ``MIN_SHARED`` content words with the article
    above it, unless the article announces them (``_announced``; ``title``: the first pass's
    page title); ``-1`` if there is none.

    The lines' kinds are read as one string of codes (``_CODES``), in which each run of
    ``MIN_HEADLINES`` or more short and medium lines right above a paragraph is found once
    (``_RUNS``); only such a run after a paragraph has its lines read as headlines."""
    if not w.headline_box:
        return -1
    codes = "".join(map(_CODES.__getitem__, map(_KIND, infos[first : last + 1])))
    prose = codes.find("g")  # (the box comes after a paragraph of the article)
    seen: set[str] = set()  # (the article's content words, read up to line ``read``)
    read = first
    for run in _RUNS.finditer(codes, prose + 1) if prose >= 0 else ():
        under = run.end()
        start = _headlines_above(infos, first + run.start(), first + under)
        if start < 0:
            continue
        seen.update(stems(" ".join(i.block.text for i in infos[read:start]), w.content_grams))
        read = start
        shared = stems(infos[first + under].block.text, w.content_grams) & seen
        if (
            len(shared) < MIN_SHARED
            and not _announced(infos, start, first + under, title)
            and not (w.reference_lists and _references(infos, start, first + under))
        ):
            return start
    return -1


def _announced(infos: Sequence[LineInfo], start: int, under: int, title: str | None = None) -> bool:
    """The headlines from line ``start`` to the paragraph ``under`` are the article's own
    list: the line above them ends with ':' (no UI line: "Ähnliche Artikel:" heads a box of
    teasers), or the page title (``title``: the first pass's, which a later pass no longer
    has) or the headline names their count ("Five novels make the shortlist" over five
    titles; adv20). Read only for a box found."""
    count = sum(1 for i in range(start, under) if infos[i].kind != "empty")
    above = next((infos[i] for i in range(start - 1, -1, -1) if infos[i].kind != "empty"), None)
    if above is not None and above.block.text.rstrip().endswith(":") and not above.ui:
        return True  # (announced: no box heading, "Ähnliche Artikel:", is)
    h = headline_index(infos)
    heads = [infos[i].block.text for i in {0, 0 if h is None else h} if infos[i].kind in _KINDS]
    return names_count(heads if title is None else [title, *heads], count)


def _references(infos: Sequence[LineInfo], start: int, under: int) -> bool:
    """The headlines from line ``start`` to the paragraph ``under`` are the article's reading
    list (``references.py``). Read only for a box found."""
    return reference_list([i.block.text for i in infos[start:under] if i.kind != "empty"])


def _headlines_above(infos: Sequence[LineInfo], top: int, under: int) -> int:
    """The first of the ``MIN_HEADLINES`` or more headlines in a row (empty lines between
    them aside) right above line ``under``, among lines ``top`` to ``under`` - 1; ``-1`` if
    there are fewer."""
    start, count = -1, 0
    for j in range(top, under):
        info = infos[j]
        if info.kind == "empty":
            continue
        start, count = ((start if count else j), count + 1) if _headline(info) else (-1, 0)
    return start if count >= MIN_HEADLINES else -1


class _Codes(dict[str, str]):
    """A line kind's code: ``h`` a short or medium line, ``e`` empty, ``g`` a paragraph,
    ``o`` any other kind (a missing key reads as ``o``; nothing is stored)."""

    def __missing__(self, key: str) -> str:
        return "o"


_CODES = _Codes(short="h", medium="h", empty="e", good="g")
#: a run of ``MIN_HEADLINES`` or more short and medium lines (empty lines between them) right
#: above a paragraph, matched from the run's start only (the look-behind) and possessively:
#: each code is read once or twice, linear
_RUNS = re.compile(rf"(?<![he])e*+(?:he*+){{{MIN_HEADLINES},}}+(?=g)")
_KIND = attrgetter("kind")


def why_headline_box(infos: Sequence[LineInfo], start: int) -> str:
    """The tail note's words for a box of teaser headlines that ends the article."""
    return (
        f"; the {MIN_HEADLINES} or more headlines from line {infos[start].block.index + 1} "
        f"({infos[start].block.text.strip()[:40]!r}), each {HEAD_WORDS[0]}-{HEAD_WORDS[1]} "
        f"words without a sentence end, are a box of teasers: the paragraph under them shares "
        f"fewer than {MIN_SHARED} content words with the article (headline-box)"
    )
