"""Whitespace: trailing spaces, runs of spaces, spaces beside an NBSP, runs of blank lines.

Leading indentation is kept (it can carry structure, e.g. code or quotes), and so are NBSP and
narrow NBSP, which French typography and thousands separators need.

>>> from cleantext.edits import apply_edits
>>> t = "Hello   world  \\n\\n\\n\\nBye"
>>> for fix in (strip_trailing, collapse_spaces, collapse_blank_lines):
...     t = apply_edits(t, fix(t))
>>> t
'Hello world\\n\\nBye'
>>> t = "prix :\\u00a0 10\\u00a0€"
>>> apply_edits(t, space_beside_nbsp(t))
'prix :\\xa010\\xa0€'
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple
from unicodedata import combining, east_asian_width

import regex

from cleantext.edits import Edit
from cleantext.normalizers._gate import Gate
from cleantext.normalizers._probe import Probe, positions
from cleantext.normalizers._registry import implements
from cleantext.normalizers._util import line_windows, regex_edits_in
from cleantext.rules import Rule, register

TRAILING = register(
    Rule(
        "trailing-whitespace",
        "normalize",
        "Remove spaces and tabs at the end of lines (not the tabs that end a row of "
        "tab-separated cells: they hold its empty last cells).",
        examples=(("end   \nnext", "end\nnext"),),
        order=50,
    )
)
SPACES = register(
    Rule(
        "collapse-spaces",
        "normalize",
        "Collapse runs of regular spaces inside a line to one (leading indentation is kept, and "
        "so are the runs that align a plain-text table's columns: see collapse-columns).",
        examples=(
            ("a   b", "a b"),
            ("Train  Time\nIC 4   08:15\nS 7    08:40", "Train  Time\nIC 4   08:15\nS 7    08:40"),
        ),
        order=90,
    )
)
COLUMNS = register(
    Rule(
        "collapse-columns",
        "normalize",
        "Collapse the runs of spaces that align the columns of a plain-text table (3 or more "
        "lines in a row, each with a run of 2+ spaces over one shared column; or 2 lines "
        "sharing 2 such columns), which collapse-spaces keeps; off by default.",
        default=False,
        examples=(
            ("Train  Time\nIC 4   08:15\nS 7    08:40", "Train Time\nIC 4 08:15\nS 7 08:40"),
        ),
        order=91,
    )
)
NBSP = register(
    Rule(
        "space-beside-nbsp",
        "normalize",
        "Drop a regular space next to a no-break space, keeping the no-break space.",
        examples=(("10 \u00a0km", "10\u00a0km"),),
        order=100,
    )
)
BLANK = register(
    Rule(
        "blank-lines",
        "normalize",
        "Collapse runs of blank lines to a single blank line.",
        examples=(("a\n\n\n\nb", "a\n\nb"),),
        order=150,
        feeds_line_local=False,
    )
)

# anchored to the start of a run (the look-behind): each run is scanned once, linear on long
# runs. A lone CR inside the run goes too: otherwise a later step that makes it part of a CRLF
# would expose the spaces before it, and a second pass would remove them (not idempotent).
_TRAILING = regex.compile(r"(?<![ \t\r])[ \t\r]*[ \t](?=\r?\n|\Z)")
# a tab between two cells of a tab-separated row
_INNER_TAB = re.compile(r"[^\s]\t+[^\s]")
# a line of '|', '-', ':' and spaces holding a '-' (a Markdown table's delimiter row; what it
# must hold more is checked in code)
_DELIMITER_ROW = re.compile(r"(?m)^[ \t|:]*-[ \t|:-]*$")
# stdlib ``re``, literal-led: fast; the neighbours are checked in code
_SPACES = re.compile(r"  +")
_NBSPS = "\u00a0\u202f"
_NBSP = re.compile(f"[{_NBSPS}]")
_BLANK = regex.compile(r"(?:\r?\n)(?:[ \t]*\r?\n){2,}")


@implements(TRAILING, gate=Gate(events=(("\n", "trailing"),), at_end=" \t"))
def strip_trailing(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that remove trailing spaces and tabs on each line.

    Only the lines that end with a space or a tab are searched (a match never leaves its
    line, see :func:`~cleantext.normalizers._util.line_windows`).
    """
    p = probe or Probe(text)
    hits = positions(text, "\n", "trailing") if "trailing" in p.newline_events else []
    if text.endswith((" ", "\t")):
        hits.append(len(text) - 1)
    if not hits:
        return []
    # the character before each line break is on the line that holds the spaces
    spans = line_windows(text, [i - 1 if text[i] == "\n" else i for i in hits])
    if "\t" not in text:  # (most texts: no tab-separated row to look for)
        return regex_edits_in(TRAILING.name, _TRAILING, text, spans, "")
    return regex_edits_in(TRAILING.name, _TRAILING, text, spans, lambda m: _trailing(text, m))


def _trailing(text: str, m: re.Match[str] | regex.Match[str]) -> str | None:
    """``""`` for a run at a line's end, or None for tabs that end a row of tab-separated
    cells (a tab between two cells on its line, the line above or the line under it): they
    hold its empty last cells.

    >>> t = "Name\\tAge\\tNote\\nBob\\t42\\t\\nAl\\t\\t\\n\\nend \\t\\nx\\t"
    >>> [_trailing(t, m) for m in _TRAILING.finditer(t)]
    [None, None, '', '']
    """
    if m.group().strip("\t"):
        return ""
    above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1
    under = text.find("\n", m.end() + 1)
    return None if _INNER_TAB.search(text, above, len(text) if under < 0 else under) else ""


@implements(SPACES, gate=Gate(pairs=((" ", " "),)))
def collapse_spaces(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that collapse runs of spaces between two non-space characters, except the runs
    that align a table's columns (:func:`collapse_columns`).

    >>> t = "a  b\\n\\nName   Age\\nBob    42\\nAlice  37\\n"
    >>> [(e.start, e.before) for e in collapse_spaces(t)]
    [(1, '  ')]
    """
    if not (probe or Probe(text)).double_space:
        return []
    runs = _inner_runs(text)
    aligned = _aligned(text, runs) | _piped(text, runs)
    if not aligned:
        return [Edit(SPACES.name, s, e, text[s:e], " ") for s, e in runs]
    return [Edit(SPACES.name, s, e, text[s:e], " ") for s, e in runs if (s, e) not in aligned]


@implements(COLUMNS, gate=Gate(pairs=((" ", " "),)))
def collapse_columns(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that collapse the runs of spaces aligning a table's columns (opt-in).

    >>> [e.start for e in collapse_columns("a  b\\n\\nName   Age\\nBob    42\\nAlice  37\\n")]
    [10, 20, 32]
    """
    if not (probe or Probe(text)).double_space:
        return []
    runs = _inner_runs(text)
    aligned = _aligned(text, runs) | _piped(text, runs)
    return [Edit(COLUMNS.name, s, e, text[s:e], " ") for s, e in sorted(aligned)]


def _inner_runs(text: str) -> list[tuple[int, int]]:
    """The runs of 2 or more spaces between two non-space characters."""
    runs = []
    for m in _SPACES.finditer(text):
        s, e = m.span()
        if s > 0 and e < len(text) and not text[s - 1].isspace() and not text[e].isspace():
            runs.append((s, e))
    return runs


def _aligned(text: str, runs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The runs on the rows of a plain-text table: 3 or more lines in a row whose runs all
    cover one column, or 2 lines whose runs cover 2 columns apart (a header and a row) or
    one column each, flush (:func:`_flush`), each line's runs over its neighbour's
    (:func:`_follows`), none of the lines right above and under it with runs (:func:`_take`)
    unless it has 3 lines or more over 2 columns apart.

    A run after a sentence's end (two spaces after a full stop) counts for no column, so
    hard-wrapped prose typed with two spaces between sentences is no table; nor is justified
    text, whose runs fall where its words end. Columns are display columns: a wide (CJK)
    character takes two.

    >>> t = "Name   Age\\nBob    42\\nAlice  37"
    >>> sorted(_aligned(t, _inner_runs(t)))
    [(4, 7), (14, 18), (26, 28)]
    >>> t = "One.  Two\\nThree.  Four\\nFive.  Six"
    >>> _aligned(t, _inner_runs(t))
    set()
    """
    found: set[tuple[int, int]] = set()
    rows = _rows(text, runs)
    if not rows:  # (most texts: no two lines with runs one right under the other)
        return found
    first = 0  # the block's first row
    shared: Spans = []
    for i, row in enumerate(rows):
        if not _celled(text, row):  # (a line with runs all the same, for _take)
            _take(rows, first, i, shared, found)
            first, shared = i + 1, []
            continue
        common = _common(shared, row.spans) if i > first and _follows(rows[i - 1], row) else []
        if not common:
            _take(rows, first, i, shared, found)
            first, common = i, row.spans
        shared = common
    _take(rows, first, len(rows), shared, found)
    return found


#: columns as sorted, disjoint spans ``(first, end)`` of display columns
Spans = list[tuple[int, int]]


def _piped(text: str, runs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The runs on the lines of a Markdown pipe table: a delimiter row (only '|', '-', ':'
    and spaces, with a '|' and 3 '-' or more), the header right above it and the lines with
    a '|' right under it; their runs pad the cells so that the pipes line up.

    >>> t = "a  b\\n| Name  | Age |\\n| ----- | --: |\\n| Bob   |  42 |\\nnext  line"
    >>> sorted(_piped(t, _inner_runs(t)))
    [(11, 13), (42, 45), (46, 48)]
    """
    if "|" not in text or "---" not in text or not runs:
        return set()
    lines: list[tuple[int, int]] = []  # the tables' lines, in order
    for m in _DELIMITER_ROW.finditer(text):
        row = m.group()
        if "|" not in row or row.count("-") < 3:
            continue
        above_end = m.start() - 1
        above = text.rfind("\n", 0, max(0, above_end)) + 1
        if above_end < 0 or "|" not in text[above:above_end]:
            continue
        end = m.end()
        while end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            if "|" not in text[end + 1 : nxt]:
                break
            end = nxt
        lines.append((above, end))
    found = set()
    i = 0
    for s, e in runs:  # (both in text order)
        while i < len(lines) and lines[i][1] <= s:
            i += 1
        if i < len(lines) and lines[i][0] <= s:
            found.add((s, e))
    return found


class _Row(NamedTuple):
    """A line with runs of spaces: where it starts and ends, its runs, the display columns
    each run covers (relative to the line's start, sorted) and the line's display width."""

    start: int
    end: int
    runs: list[tuple[int, int]]
    spans: Spans
    width: list[int]


def _rows(text: str, runs: list[tuple[int, int]]) -> list[_Row]:
    """Each line holding a run that may part two cells, right above or under another such
    line (a line alone is in no table, nor next to one); a run after '.', '!' or '?' parts
    sentences, not cells: it covers no column. A row keeps its runs as spans, so its memory
    is per run, not per space."""
    rows: list[_Row] = []
    for s, e in runs:
        if not rows or s >= rows[-1].end:
            start = text.rfind("\n", 0, s) + 1
            end = text.find("\n", e)
            rows.append(_Row(start, len(text) if end < 0 else end, [], [], []))
        rows[-1].runs.append((s, e))
    pairs = [b.start == a.end + 1 for a, b in pairwise(rows)]
    if not any(pairs):
        return []
    near = [
        r for r, up, down in zip(rows, [False, *pairs], [*pairs, False], strict=True) if up or down
    ]
    for row in near:
        col, last = 0, row.start  # the display column of text[last]
        for s, e in row.runs:
            col += _width(text, last, s)
            if text[s - 1] not in ".!?":
                row.spans.append((col, col + e - s))
            col, last = col + e - s, e
        row.width.append(col + _width(text, last, row.end))
    return [row for row in near if row.spans]


def _width(text: str, start: int, end: int) -> int:
    """The display width of ``text[start:end]``: two columns for a wide or full-width (East
    Asian) character, none for a combining mark, one for the others.

    >>> _width("名前 ab", 0, 5), _width("e\u0301t\u00e9", 0, 4)
    (7, 3)
    """
    part = text[start:end]
    if part.isascii():
        return len(part)
    return sum(0 if combining(c) else 2 if east_asian_width(c) in "WF" else 1 for c in part)


def _celled(text: str, row: _Row) -> bool:
    """A table's row parts most of its words with runs: no more single spaces than three
    times its runs (a line of justified text has a run or two among many single spaces).

    >>> t = "Filesystem      Size  Used Avail Use% Mounted on\\n/dev/sda1        50G   31G   17G"
    >>> _celled(t, _rows(t, _inner_runs(t))[0])
    True
    """
    gaps = len(text[row.start : row.end].split()) - 1
    return gaps - len(row.runs) <= 3 * len(row.runs)


def _follows(last: _Row, row: _Row) -> bool:
    """``row`` is the line right under ``last``, and their runs are over each other's: each
    run of the line with fewer runs covers a column that a run of the other covers, but one
    in four (a row of ``ls -l`` whose day of the month has two figures: "Mar 13" under "Mar
    3"), and half the other's runs do likewise (a header with single spaces between some of
    its labels: "Used Avail" over "31G   17G"). Justified text, runs where its words happen to
    end, has many runs unmatched."""
    if row.start != last.end + 1:
        return False
    few, many = (last, row) if len(last.spans) <= len(row.spans) else (row, last)
    return 4 * _missed(few, many) <= len(few.spans) and 2 * _missed(many, few) <= len(many.spans)


def _missed(row: _Row, other: _Row) -> int:
    """How many of ``row``'s runs cover no column that a run of ``other`` covers."""
    return len(row.spans) - len(_common(row.spans, other.spans, each=True))


def _common(a: Spans, b: Spans, each: bool = False) -> Spans:
    """The columns that both ``a`` and ``b`` cover (sorted spans: one walk over both); with
    ``each``, instead, the spans of ``a`` that share a column with ``b``.

    >>> _common([(0, 4), (6, 9)], [(2, 7), (8, 12)])
    [(2, 4), (6, 7), (8, 9)]
    >>> _common([(0, 4), (6, 9), (20, 22)], [(2, 7), (8, 12)], each=True)
    [(0, 4), (6, 9)]
    """
    out: Spans = []
    j = 0
    for first, end in a:
        while j < len(b) and b[j][1] <= first:
            j += 1
        k = j
        while k < len(b) and b[k][0] < end:
            if each:
                out.append((first, end))
                break
            out.append((max(first, b[k][0]), min(end, b[k][1])))
            k += 1
    return out


def _take(
    rows: list[_Row], first: int, end: int, shared: Spans, found: set[tuple[int, int]]
) -> None:
    """Add the runs of ``rows[first:end]`` to ``found`` if they are a table (see
    :func:`_aligned`): of 2 lines, the header's runs each over a run of the row, and two
    columns apart or the two lines flush (:func:`_flush`); and, unless the block is 3 lines
    or more over two columns apart, no line right above or under them with runs of its own
    (lines of a justified paragraph, some of whose runs happen to line up, are among others
    with runs)."""
    block = rows[first:end]
    if len(block) < 2 or (len(block) == 2 and (_missed(*block) or not _two_rows(block, shared))):
        return
    if len(block) < 3 or len(shared) < 2:
        if first > 0 and rows[first - 1].end + 1 == block[0].start:
            return
        if end < len(rows) and block[-1].end + 1 == rows[end].start:
            return
    found.update(run for row in block for run in row.runs)


def _two_rows(block: list[_Row], shared: Spans) -> bool:
    """Two lines are a table if their runs share two columns apart (``shared`` holds two
    spans: spans that share no column are never next to each other), or each has one run and
    they are flush (:func:`_flush`)."""
    return len(shared) > 1 or (all(len(row.spans) == 1 for row in block) and _flush(*block))


def _flush(a: _Row, b: _Row) -> bool:
    """The second cells of two lines of one run each start in the same column (left-aligned)
    or the lines end in the same column (right-aligned): a 2-by-2 table, not two lines of
    prose with a double space each.

    >>> t = "Name   Age\\nBob    42\\nApples   3\\nPears   12\\nab  cd\\nxyz  wv"
    >>> r = _rows(t, _inner_runs(t))
    >>> _flush(r[0], r[1]), _flush(r[2], r[3]), _flush(r[4], r[5])
    (True, True, False)
    """
    return a.spans[0][1] == b.spans[0][1] or a.width == b.width


@implements(NBSP, gate=Gate(pairs=((" ", _NBSPS), (_NBSPS, " "))))
def space_beside_nbsp(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that drop regular spaces adjacent to an NBSP or narrow NBSP."""
    if text.isascii() or ("\u00a0" not in text and "\u202f" not in text):
        return []
    edits: list[Edit] = []
    for m in _NBSP.finditer(text):
        i = m.start()
        before = _spaces_before(text, i)
        if before and not (edits and edits[-1].end == i):
            edits.append(Edit(NBSP.name, i - before, i, " " * before, ""))
        after = _run_of_spaces(text, i + 1)
        if after:
            edits.append(Edit(NBSP.name, i + 1, i + 1 + after, " " * after, ""))
    return edits


def _spaces_before(text: str, pos: int) -> int:
    start = pos
    while start > 0 and text[start - 1] == " ":
        start -= 1
    return pos - start


def _run_of_spaces(text: str, pos: int) -> int:
    end = pos
    while end < len(text) and text[end] == " ":
        end += 1
    return end - pos


@implements(BLANK, gate=Gate(events=(("\n", "blank"),)))
def collapse_blank_lines(text: str, probe: Probe | None = None) -> list[Edit]:
    """Edits that reduce two or more blank lines in a row to one.

    A run starts at a line break that two more line breaks follow (a ``blank`` event of the
    probe) or at the ``\r`` before it; the search starts there, and skips the line breaks
    that a run has taken.
    """
    if "blank" not in (probe or Probe(text)).newline_events:
        return []
    edits = []
    end = 0
    for i in positions(text, "\n", "blank"):
        if i < end:
            continue
        m = _BLANK.search(text, max(end, i - 1))
        if m is None:  # cannot happen: a run starts at i
            break
        new = "\r\n\r\n" if m.group().startswith("\r") else "\n\n"
        if new != m.group():
            edits.append(Edit(BLANK.name, m.start(), m.end(), m.group(), new))
        end = m.end()
    return edits
