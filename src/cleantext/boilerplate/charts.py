"""Charts and maps inside the main content, for the ``extract`` preset (``extract-chart``).

A page rendered as text keeps what a chart shows as lines of their own: its title after a
label ("Chart: average rent, 2016-2025", "Karte: Grundwasserstand"), its legend and axis
(short lines, figures alone), its source ("Source: ONS") and its maker ("Graphic: Eastfield
Post data team"). None of it is the article's text. A chart's label line starts with a label
of the data file's ``[charts] labels`` and ':' and has at most ``LABEL_WORDS`` words:

>>> is_chart_label("Chart: average monthly rent, Eastfield, 2016-2025 (index, 2016 = 100)")
True
>>> is_chart_label("Grafik: Kreisanzeiger"), is_chart_label("Map of the flooded streets")
(True, False)

A source line ("Source: ...", ``[charts] sources``) goes only as part of a chart: next to a
chart's label line, or under an axis (``AXIS_LINES`` lines that are a figure alone), since an
English article opens lines of its own with "Source:" too (an attribution, a Q&A):

>>> chart_lines(["Chart: average rent", "Source: ONS", "Graphic: Post data team"], bool)
[0, 1, 2]
>>> chart_lines(["Source: a senior official, who asked not to be named"], bool)
[]
>>> chart_lines(["Rent", "Wages", "150", "125", "100", "2016", "2025", "Source: ONS"], bool)
[0, 1, 2, 3, 4, 5, 6, 7]

The short lines around them (up to ``SHORT_WORDS`` words, no sentence end) go with them only
when they hold such an axis; a list of figures with no label or source is the article's.

>>> chart_lines(["Rent", "150", "125", "100"], bool)
[]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import regex

from cleantext.boilerplate._examples import PROSE, PROSE_END
from cleantext.data import alternation, boilerplate_table
from cleantext.rules import Rule, register
from cleantext.sentences import INNER_END, TERMINAL

__all__ = ["CHART", "chart_lines", "is_chart_label", "is_chart_source"]

#: a chart's label line ("Chart: ...") has at most this many words (a title, a maker)
LABEL_WORDS = 25
#: a chart's source line ("Source: ...") has at most this many words
SOURCE_WORDS = 15
#: a line of a chart's legend or axis has at most this many words and no sentence end
SHORT_WORDS = 6
#: a chart's axis: at least this many lines that are each a figure alone ("150", "2016")
AXIS_LINES = 3

CHART = register(
    Rule(
        "extract-chart",
        "boilerplate",
        "extract preset: remove a chart's or a map's lines inside the main content (its "
        "'Chart:' title, legend and axis, 'Source:' and 'Graphic:' lines).",
        preset="extract",
        examples=(
            (
                PROSE + "Chart: average rent, 2016-2025\nSource: ONS\n\n" + PROSE_END,
                PROSE + PROSE_END,
            ),
        ),
    )
)


@lru_cache(maxsize=2)
def _opening(key: str) -> regex.Pattern[str]:
    """A line that opens with a label of the data file's ``[charts] key`` and ':'."""
    alts = alternation(boilerplate_table()["charts"][key])
    return regex.compile(rf"^[(\[]?(?:{alts})\s*:", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _either() -> regex.Pattern[str]:
    """A line that opens with a label of ``[charts] labels`` or ``sources`` and ':' (one
    match where ``is_chart_label`` and ``is_chart_source`` make two).

    >>> [bool(_either().match(t)) for t in ("Chart: rent", "(Quelle: dpa)", "Rent: high")]
    [True, True, False]
    """
    table = boilerplate_table()["charts"]
    alts = alternation([*table["labels"], *table["sources"]])
    return regex.compile(rf"^[(\[]?(?:{alts})\s*:", regex.IGNORECASE)


#: a figure alone on its line: a number with its sign, currency, unit or percent ("2016",
#: "-2.5%", "£1,100", "40k")
_FIGURE = regex.compile(r"^[-+−–]?\p{Sc}?\d[\d.,\s]{0,12}(?:%|\p{Sc}|[kKmM])?$")
#: a label's ':' is within this many characters of its line's start (the longest label, a
#: bracket and spaces)
_LABEL_END = 24
#: a line of ``SHORT_WORDS`` words is shorter than this
_SHORT_CHARS = 80


def is_chart_label(line: str) -> bool:
    """A chart's title or maker line: a label of ``[charts] labels`` and ':', then at most
    ``LABEL_WORDS`` words in one sentence."""
    text = line.strip()
    if _opening("labels").match(text) is None or len(text.split()) > LABEL_WORDS:
        return False
    return INNER_END.search(text) is None


def is_chart_source(line: str) -> bool:
    """A chart's source line: a label of ``[charts] sources`` and ':', then at most
    ``SOURCE_WORDS`` words in one sentence ("Source: a senior official, who said that ..."
    is longer or goes on).

    >>> is_chart_source("Source: Office for National Statistics"), is_chart_source("Sources")
    (True, False)
    """
    text = line.strip()
    if _opening("sources").match(text) is None or len(text.split()) > SOURCE_WORDS:
        return False
    return INNER_END.search(text) is None


def _short(line: str) -> bool:
    """A line of a chart's legend or axis: at most ``SHORT_WORDS`` words, no sentence end."""
    text = line.strip()
    if len(text) > _SHORT_CHARS:
        return False  # (a paragraph: no split)
    return 0 < len(text.split()) <= SHORT_WORDS and text[-1:] not in TERMINAL


def chart_lines(lines: Sequence[str], credit: Callable[[str], bool]) -> list[int]:
    """The indices of ``lines`` that are a chart's: in each run of chart lines (a label, a
    source, a credit line by ``credit``) and short lines, the whole run if it holds a label
    or a source and an axis (``AXIS_LINES`` figures alone); else the groups of label, source
    and credit lines in a row that hold a label."""
    either = _either().match  # (a line with neither label: one match, no more tests)
    labelled = (line for line in lines if ":" in line[:_LABEL_END] and either(line.strip()))
    if not any(is_chart_label(line) or is_chart_source(line) for line in labelled):
        return []  # no chart's label or source line (most pages: no more tests)
    found: list[int] = []
    i, n = 0, len(lines)
    while i < n:
        if not (_short(lines[i]) or _anchor(lines[i], credit)):
            i += 1
            continue
        j = i
        while j + 1 < n and (_short(lines[j + 1]) or _anchor(lines[j + 1], credit)):
            j += 1
        found.extend(_in_run(lines, i, j, credit))
        i = j + 1
    return found


def _anchor(line: str, credit: Callable[[str], bool]) -> bool:
    return is_chart_label(line) or is_chart_source(line) or credit(line)


def _in_run(lines: Sequence[str], i: int, j: int, credit: Callable[[str], bool]) -> list[int]:
    """The chart's lines of the run ``i..j`` (``chart_lines``)."""
    labels = [k for k in range(i, j + 1) if is_chart_label(lines[k])]
    sources = [k for k in range(i, j + 1) if is_chart_source(lines[k])]
    if not labels and not sources:
        return []
    axis = sum(1 for k in range(i, j + 1) if _FIGURE.match(lines[k].strip()))
    if axis >= AXIS_LINES:
        return list(range(i, j + 1))
    found: list[int] = []
    k = i
    while k <= j:  # the groups of anchors in a row that hold a label
        if not _anchor(lines[k], credit):
            k += 1
            continue
        m = k
        while m + 1 <= j and _anchor(lines[m + 1], credit):
            m += 1
        if any(k <= x <= m for x in labels):
            found.extend(range(k, m + 1))
        k = m + 1
    return found
