"""A table inside the article, for the ``extract`` preset (issue 14: the article's tail).

An article sets out figures in a table ("Die neuen Gebühren im Überblick:", then the car
parks with their old and new prices; a district's old and new collection day) and its story
goes on under it. Plain text gives each cell a line of its own: a run of short lines with no
full stop, like a menu, and the table was cut as one (``extract-menu``), or the run after it
won as the article and the article's first half went as its head.

``extract._inline_lists`` keeps such a run between two paragraphs as a list of the article
(``article-tables``) when its cells, under a heading or none, have a table's shape
(``find_table``, ``table_shape``): at least ``MIN_ROWS`` rows of 2 to ``MAX_COLUMNS`` cells
(after a header row, or none), each cell at most ``CELL_WORDS`` words, each row with its
figures in the same columns (a cell that starts with a figure or a currency sign, or a day or
month name of the data file's ``[tables] days``: "2,50 €", "Thursday"), one column or more
of figures and one or more of none (the labels): the row's shape repeats, as a list of
ingredients' or a menu's lines do not. Its date and time cells ("06:45", "2-1": hint lines)
are cells of the run, as no other list's lines may be. And the table must belong to the
story: a line ending in ':' right above its cells (or the paragraph above ending so)
announces it, or else the table has a header row of labels (``header_labels``) and the
paragraph under it shares ``MIN_SHARED`` content words with the paragraph above it and the
cells. The paragraph under the table must be prose, and no comment heading, link box or UI
text right after it (``extract._goes_on``).

A menu or a list of teaser headlines has no figure column (or headlines longer than a cell);
a results table, a shop's price list or a TV schedule box after the article's end has no
paragraph of the story under it; a widget's list of places and figures has a box heading
above it, no line of the story. Each run of lines is read once, each of its
``2 * MAX_COLUMNS`` shapes once over its cells at most (twice: under a heading): linear.
Off with ``Weights.article_tables=False`` (``extract_off = ["article-tables"]``);
``explain`` names the table in the tail's note.

>>> table_shape(["Parkhaus", "Bisher", "Neu", "Am Markt", "2,00 €", "2,50 €", "Bahnhof",
...     "1,50 €", "2,00 €", "Theater", "2,00 €", "2,20 €"])
(3, 3)
>>> table_shape(["Home", "News", "Sport", "Weather", "Contact", "About"]) is None
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import regex

from cleantext.data import boilerplate_table

__all__ = [
    "CELL_WORDS",
    "MAX_COLUMNS",
    "MIN_ROWS",
    "MIN_SHARED",
    "ends_in_figure",
    "find_table",
    "header_labels",
    "is_figure",
    "row_cells",
    "table_shape",
    "why_table",
]

MIN_ROWS = 3  # rows of cells under the header (a pair of lines is no table)
MAX_COLUMNS = 5  # cells a row may have
CELL_WORDS = 5  # words a cell may have ("Kind tot 12 jaar"; a headline has more)
MIN_SHARED = 2  # content words the paragraph under a table not announced shares above it


@lru_cache(maxsize=1)
def _days() -> frozenset[str]:
    """The day and month names of ``[tables] days`` (case-folded)."""
    return frozenset(w.casefold() for w in boilerplate_table()["tables"]["days"])


def is_figure(cell: str) -> bool:
    """A cell that is a figure: it starts with a digit or a currency sign ("2,50 €", "£55",
    "€ 5,50", "07:15"), or with a day or month name ("Thursday"), or is a dash alone (a cell
    left empty: "–"). A label with a figure inside ("Kind tot 12 jaar") is none.

    >>> is_figure("2,50 €"), is_figure("£55"), is_figure("Thursday"), is_figure("–")
    (True, True, True, True)
    >>> is_figure("Bahnhof"), is_figure("Children (10 weeks)")
    (False, False)
    """
    cell = cell.strip()
    if not cell:
        return False
    c = cell[0]
    if c.isdigit() or unicodedata.category(c) == "Sc" or cell in _DASHES:
        return True
    first = cell.split(maxsplit=1)[0]
    return first.casefold().rstrip(".,") in _days()


_DASHES = frozenset({"-", "–", "—"})


#: a character of a script written without spaces (Han, kana): two count as a word
_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _words(cell: str) -> int:
    """A cell's words: its whitespace tokens, and one more for each two characters of a
    script without spaces (a Japanese headline is no cell).

    >>> _words("Kind tot 12 jaar"), _words("東京都"), _words("イスラエルとハマスの停戦")
    (4, 2, 7)
    """
    return len(cell.split()) + len(_SPACELESS.findall(cell)) // 2


def header_labels(cells: Sequence[str], shape: tuple[int, int]) -> bool:
    """The table of ``shape`` (``table_shape``) over ``cells`` has a header row of labels,
    none of them a figure ("District" / "Old day" / "New day").

    >>> header_labels(["Team", "Points", "Rovers", "51", "United", "47", "City", "44"], (2, 2))
    True
    >>> header_labels(["Rovers", "51", "United", "47", "City", "44"], (2, 0))
    False
    """
    header = shape[1]
    return header > 0 and not any(is_figure(c) for c in cells[:header])


def table_shape(cells: Sequence[str], dated: bool = False) -> tuple[int, int] | None:
    """``(columns, header cells)`` of the first shape that makes ``cells`` (a run's lines) a
    table: ``MIN_ROWS`` rows or more of ``columns`` cells after ``header`` cells (0, or one
    row), each row with its figures (``is_figure``) in the same columns, one column or more
    of figures and one or more of none (the labels); no cell over ``CELL_WORDS`` words.
    ``None`` if there is none. With ``dated`` (``table_page``), a row may be all figures
    under a header row of labels: a tide table's rows open with their date ("wo 1 apr").

    >>> table_shape(["District", "Old day", "New day", "Abbeyfield", "Monday", "Thursday",
    ...     "Riverside", "Wednesday", "Monday", "Westgate", "Friday", "Wednesday"])
    (3, 3)
    >>> table_shape(["1", "2", "3", "4", "5", "6"]) is None  # a pager: no label column
    True
    >>> table_shape(["200 g flour", "2 eggs", "salt", "50 g butter", "1 l milk", "sugar"]) is None
    True
    >>> dates = ["Date", "High", "Low", "May 1", "06:10", "12:25", "May 2", "06:55", "13:10",
    ...     "May 3", "07:40", "13:55"]
    >>> table_shape(dates) is None, table_shape(dates, dated=True)
    (True, (3, 3))
    """
    n = len(cells)
    if n < 2 * MIN_ROWS or any(_words(c) > CELL_WORDS for c in cells):
        return None
    figures = [is_figure(c) for c in cells]
    if not any(figures):
        return None
    for columns in range(2, MAX_COLUMNS + 1):
        for header in (0, columns):
            body = n - header
            if body % columns or body // columns < MIN_ROWS:
                continue
            row = figures[header : header + columns]
            if not any(row) or (all(row) and not (dated and header and not any(figures[:header]))):
                continue
            if all(figures[i : i + columns] == row for i in range(header, n, columns)):
                return columns, header
    return None


def find_table(texts: Sequence[str], dated: bool = False) -> tuple[int, tuple[int, int]] | None:
    """``(lines, shape)``: the table's shape (``table_shape``) in a run of short lines
    ``texts`` and how many lines above its cells are none (1: a line ending in ':' that
    announces it, or a heading that is no figure; else 0). ``None`` if there is no table.
    ``dated``: as for ``table_shape``.

    >>> find_table(["Prices:", "Adult", "£5", "Child", "£3", "Family", "£12"])
    (1, (2, 0))
    >>> find_table(["New days", "District", "Day", "Abbeyfield", "Monday", "Riverside",
    ...     "Friday", "Westgate", "Monday"])
    (1, (2, 2))
    """
    if texts[0].endswith(":"):
        shape = table_shape(texts[1:], dated)
        return None if shape is None else (1, shape)
    shape = table_shape(texts, dated)
    if shape is not None:
        return 0, shape
    if is_figure(texts[0]):
        return None
    shape = table_shape(texts[1:], dated)
    return None if shape is None else (1, shape)


def why_table(lines: str, shape: tuple[int, int], announced: bool, shared: int) -> str:
    """The tail note's words for a table kept inside the article (``lines``: its span)."""
    columns, header = shape
    how = (
        "a line ending in ':' announces it"
        if announced
        else f"the paragraph under it shares {shared} content words with the one above"
    )
    head = ", a header row" if header else ""
    return (
        f"; the table at {lines} is the article's ({columns} cells a row{head}, a column of "
        f"figures, days or prices; {how}; the story goes on under it)"
    )


def row_cells(rows: Sequence[str]) -> list[str] | None:
    """The cells of a table whose rows are lines of their own, their cells joined by the
    spaces the text's normaliser collapsed (``row-tables``: "Northport 1,240 +9.1%"): each
    row a label of up to ``CELL_WORDS`` words, then the same number of figures
    (``is_figure``, one word each, up to ``MAX_COLUMNS - 1``); a first row without a figure
    whose words are as many as the columns is the header's cells ("City Rent Change"), and
    one with more words a heading kept as one line. ``None`` if the rows are no such table
    (a menu, a list of headlines: no figures at their ends; fewer than ``MIN_ROWS`` rows).

    >>> row_cells(["City Rent Change", "Northport 1,240 +9.1%", "Capital City 2,310 +2.2%",
    ...     "Linton 1,105 +7.9%"])[:6]
    ['City', 'Rent', 'Change', 'Northport', '1,240', '+9.1%']
    >>> row_cells(["Home", "News 24", "Sport", "Weather"]) is None
    True
    """
    head = [] if not rows or _row_split(rows[0]) else [rows[0]]
    if len(rows) - len(head) < MIN_ROWS:
        return None
    body: list[str] = []
    width = 0
    for row in rows[len(head) :]:
        cells = _row_split(row)
        if cells is None or width not in (0, len(cells)):
            return None  # (a line that is no row, or a row of another width: no table)
        width = len(cells)
        body += cells
    if head and len(head[0].split()) == width:
        head = head[0].split()
    return [*head, *body]


def _row_split(row: str) -> list[str] | None:
    """``[label, figure, ...]`` of a table's row on one line, or ``None``."""
    words = row.split()
    k = len(words)
    while k > 0 and (is_figure(words[k - 1]) or _signed(words[k - 1])):
        k -= 1
    figures = len(words) - k
    if k == 0 or k > CELL_WORDS or not 0 < figures < MAX_COLUMNS:
        return None
    return [" ".join(words[:k]), *words[k:]]


def _signed(word: str) -> bool:
    """A figure with its sign ("+9.1%", "-0.4", "−2")."""
    return len(word) > 1 and word[0] in "+-−±" and word[1].isdigit()


def ends_in_figure(line: str) -> bool:
    """``line``'s last word is a figure (``is_figure``, or with a sign: "+9.1%"), as a row of
    :func:`row_cells` ends.

    >>> ends_in_figure("Northport 1,240 +9.1%"), ends_in_figure("Home")
    (True, False)
    """
    last = line.rsplit(maxsplit=1)[-1:]
    return bool(last) and (is_figure(last[0]) or _signed(last[0]))
