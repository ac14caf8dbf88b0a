"""A page whose content is a table, for the ``extract`` preset (session 22: page genres).

A tide table, a timetable, a price list or a results page sets out its content as a table
under its headline, after a line or two about it, with maybe a short note under it. Plain
text gives each cell a line of its own: the cells score as a menu's links, the note under
them won as the article, and the table went with the head (a Dutch tide table's page lost 63
of its 78 words).

When the non-blank lines between the page title's headline and the article's first line are,
in order, at most ``MAX_INTRO`` lines that say what the table is (no UI text, no paragraph)
and then a table (``tables.find_table``: ``MIN_ROWS`` rows or more of 2 to ``MAX_COLUMNS``
cells, a column of figures, times or days and one of labels, or rows of dates and figures
under a header row of labels) that has a header row of labels over ``MIN_COLUMNS`` columns
or more (two columns under a first pair of labels are an infobox's labels and values) or is
announced by a line ending in ':', the article starts at the first of those lines: the table
is the content it leads to. The headline is the nearest line above the table whose words, two
or more, are all the title's ("Getijden Harlingen, april 2026" under "Getijden Harlingen –
Getijdentabel april 2026 | Waddenweer"), with only short lines between (``MAX_TRIES`` such
lines looked under, the nearest first). In a later pass (what
the first one kept: no title, no headline), or in a text whose first line is a sentence (no
title: ``extract`` run again on its output, which starts with the table's intro), the same
lines at the text's start stay.

A table under the headline with a paragraph between them (a lead, then a sidebar's table) is
not looked at (the lines must all be the table's or its intro's), nor one with a UI line among
its cells (a share bar, a "Most read" box), nor a menu (no figure column), nor a list of
figures with no header row and no ':' above it (a ticker's prices). Off with
``Weights.table_page=False`` (``extract_off = ["table-page"]``).

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> page = "\\n".join(["Ferry times this week | Harbour News", "Home", "Ferry times this week",
...     "Departures from the north quay this week.", "Boat", "Out", "Back", "Heron", "08:15",
...     "17:40", "Puffin", "09:30", "18:10", "Kittiwake", "07:50", "19:00",
...     "Sailings may be cancelled at short notice in strong winds, so check before you go."])
>>> infos = classify_lines(page)
>>> table_above(infos, 16, WEIGHTS, later=False)
3
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.patterns import normalize_line
from cleantext.boilerplate.tables import MIN_ROWS, find_table, header_labels

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MAX_INTRO", "MAX_TRIES", "MIN_COLUMNS", "table_above", "why_table_page"]

MAX_INTRO = 2  # lines above the table's cells that say what it is
MIN_COLUMNS = 3  # cells a row of a table not announced by ':' has
MAX_TRIES = 2  # lines that repeat the title's words looked under, the nearest first
#: the kinds of line an intro may be (no paragraph: the run would have started there)
_INTRO_KINDS = frozenset({"short", "medium", "repeat"})
#: the kinds of line a cell may be (a time or date cell is a ``hint`` with the ``date`` UI)
_CELL_KINDS = frozenset({"short", "medium", "repeat", "hint"})
_CELL_UI = frozenset({"", "date"})


def table_above(infos: Sequence[LineInfo], first: int, w: Weights, later: bool) -> int:
    """The first line of the table (with its intro lines) that fills the lines between the
    page title's headline and the article's first line ``first`` (with ``later``, or under a
    first line that is a sentence, between the text's start and ``first``), or ``first`` when
    there is none."""
    if not w.table_page or first < 2 * MIN_ROWS:
        return first
    lines = _cells_above(infos, first, w.table_max + MAX_INTRO + 1)
    if len(lines) < 2 * MIN_ROWS:
        return first
    if later or infos[0].terminal or infos[0].kind == "good":
        return lines[0] if lines[0] == 0 and _found(infos, lines) else first
    title = set(_words(infos[0]))
    tries = MAX_TRIES
    for k in range(len(lines) - 2 * MIN_ROWS, -1, -1):  # (the nearest headline first)
        words = _words(infos[lines[k]])
        if lines[k] > 0 and len(words) >= 2 and title.issuperset(words):
            if _found(infos, lines[k + 1 :]):
                return lines[k + 1]
            tries -= 1
            if not tries:
                break
    return first


def _cells_above(infos: Sequence[LineInfo], first: int, most: int) -> list[int]:
    """The non-blank lines right above ``first`` (at most ``most``, in order) that may be a
    table's cells or its intro or headline: short lines, no UI text but a date or a time."""
    out: list[int] = []
    j = first - 1
    while j >= 0 and len(out) < most:
        info = infos[j]
        if info.kind != "empty":
            if info.kind not in _CELL_KINDS or info.ui not in _CELL_UI:
                break
            out.append(j)
        j -= 1
    return out[::-1]


def _found(infos: Sequence[LineInfo], lines: Sequence[int]) -> bool:
    """``lines`` are at most ``MAX_INTRO`` intro lines, then a table's cells (``_table``)."""
    if not 2 * MIN_ROWS <= len(lines) <= len(infos):
        return False
    for intro in range(MAX_INTRO + 1):
        if intro and not _intro(infos[lines[intro - 1]]):
            return False
        if _table(infos, lines, intro):
            return True
    return False


def _words(info: LineInfo) -> list[str]:
    """The words of a line's normalised key."""
    return (info.key or normalize_line(info.block.text)).split()


def _intro(info: LineInfo) -> bool:
    """A line that may say what the table under it is: no UI text, no paragraph."""
    return info.kind in _INTRO_KINDS and not info.ui


def _table(infos: Sequence[LineInfo], lines: Sequence[int], intro: int) -> bool:
    """The ``lines`` after the first ``intro`` ones are a table's cells (under a heading or
    a line ending in ':', or none) with a header row of labels or announced by a line ending
    in ':'."""
    cells = [infos[i] for i in lines[intro:]]
    texts = [c.block.text.strip() for c in cells]
    found = find_table(texts, dated=True)
    if found is None:
        return False
    skip, shape = found
    said = [infos[i].block.text.rstrip() for i in lines[: intro + skip]]
    if said and said[-1].endswith(":"):
        return True
    # (a header row over 2 columns may be the first pair of an infobox's labels and values)
    return shape[0] >= MIN_COLUMNS and header_labels(texts[skip:], shape)


def why_table_page(lines: str) -> str:
    """The head note's words for a table kept above the article (``lines``: its span)."""
    return (
        f"the table at {lines} under the page title's headline is the article's (a header "
        "row of labels or a line ending in ':' over it, a column of figures; table-page)"
    )
