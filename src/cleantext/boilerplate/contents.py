"""The intro above a table of contents, kept for the ``extract`` preset.

A long article on a blog or a magazine site puts, under its headline, an intro paragraph,
then a table of contents (its section headings, maybe under a label such as "Inhalt:" or
"Contents"), then the sections, each under the same heading again::

    Heute längst vergessen, war der Holzhandel mit den Niederlanden einst ...
    Inhalt:
    Holland – Europas Wirtschaftsmotor
    Rohstoffe rein, Wertgüter raus
    Windmühlen
    Holland – Europas Wirtschaftsmotor
    Holland ist ein Land fast ohne Wälder und ohne eigene Rohstoffe. ...

The table of contents scores as a menu of repeated lines, so the main content starts after it
(or inside it) and the intro went with the head. When ``MIN_ENTRIES`` or more lines right
before the main content's first paragraph (up to ``MAX_WORDS`` words each) come again as lines
inside the main content, with at most ``MAX_LABELS`` other short lines among them (the
label; the first section's heading right before the main content counts as an entry when it
is also the table's first), and a paragraph of prose (a ``good`` line of ``MIN_WORDS`` words
or more that starts with a letter) is right above them, that paragraph and up to
``MAX_LINES - 1`` more right above it are kept; the table of contents goes with the head (also
the entries the main content had begun with), but not that first section's heading, where the
main content now starts (``Weights.toc_heading``, ``extract_off = ["toc-heading"]``, adv21: it
went with the table). An encyclopedia's infobox between the intro and the table, ``MIN_ROWS`` to
``MAX_ROWS`` short "Label: value" rows ("Länge: 38,2 km"), is kept with the intro
(``Weights.toc_infobox``, ``extract_off = ["toc-infobox"]``, wild23: the intro went with the
head). A paragraph above a menu whose entries are not
the article's headings is a teaser and goes. Off with ``Weights.contents=False``
(``extract_off = ["toc-intro"]``); the head note of ``explain`` names the lines kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["infobox_intro", "toc_intro", "why_infobox"]

MIN_ENTRIES = 3  # headings of the table of contents that come again in the article
MAX_WORDS = 25  # an entry is a heading, not a paragraph
MAX_LABELS = 2  # other short lines among the entries ("Inhalt:", "Contents")
LABEL_WORDS = 3
MAX_LINES = 3  # paragraphs of the intro
MIN_WORDS = 10
REACH = 60  # lines before the main content where a table of contents is looked for
MIN_ROWS, MAX_ROWS = 2, 12  # rows of an infobox between the intro and the table of contents
ROW_WORDS = 12  # words of an infobox's row
ROW_LABEL_WORDS = 3  # words of its label
_NO_ENTRY = frozenset({"ui", "hint", "box", "stop"})
_KIND = attrgetter("kind")


def toc_intro(
    infos: Sequence[LineInfo], first: int, last: int, w: Weights
) -> tuple[tuple[int, int], int] | None:
    """``((first, last) line of the intro, the main content's new first line)`` for an intro
    above a table of contents before the main content (``first`` to ``last``), or ``None``.

    The intro is ``good`` lines before ``first``: on a page with none (a title, a menu
    before the article) there is nothing to look for (told without a Python step per line).
    """
    if not w.contents or first <= 0 or "good" not in map(_KIND, itertools.islice(infos, first)):
        return None
    later = _later(infos, first, last)
    # the entries the main content begins with: lines that come again further down in it
    start = first
    while start < last and _entry(infos[start]) and later.get(_key(infos[start]), -1) > start:
        start += 1
    while start < last and infos[start].kind == "empty":
        start += 1
    entries, labels = start - first - _blank(infos, first, start), 0
    # the first section's heading, right before the main content, is an entry too: it comes
    # again (as the table's first entry) among the lines before the main content
    j, heading, section, section_at = first - 1, start == first, "", start
    while j >= 0:
        info = infos[j]
        if info.kind != "empty":
            key = _key(info)
            if heading and _entry(info) and _near(infos, first, key) > 1:
                section = key  # the first section's heading, and its entry in the table
                section_at = j if w.toc_heading else start  # (kept: ``toc-heading``)
            if _entry(info) and (later.get(key, -1) >= start or key == section):
                entries += 1
            elif info.words <= LABEL_WORDS and info.kind not in _NO_ENTRY and labels < MAX_LABELS:
                labels += 1
            else:
                break
            heading = False
        j -= 1
    end = j  # (the intro's last line: its paragraph, or an infobox's last row under it)
    j = _infobox_top(infos, j) if w.toc_infobox and entries >= MIN_ENTRIES else j
    if j < 0 or entries < MIN_ENTRIES or not _paragraph(infos[j]):
        return None
    top, lines = j, 1
    k = j - 1
    while k >= 0 and lines < MAX_LINES:
        if infos[k].kind != "empty":
            if not _paragraph(infos[k]):
                break
            top, lines = k, lines + 1
        k -= 1
    return (top, end), section_at


def _infobox_top(infos: Sequence[LineInfo], j: int) -> int:
    """The line right above the infobox whose last row is line ``j`` (``MIN_ROWS`` to
    ``MAX_ROWS`` "Label: value" rows: ``_row``), or ``j`` if there is none.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> rows = ["The river is 38 km long and flows north into the Lahr.", "Length: 38 km",
    ...     "Source: Hoher Kopf", "Mouth: the Lahr"]
    >>> _infobox_top(classify_lines("\\n".join(rows)), 3), _infobox_top(classify_lines("x"), 0)
    (0, 0)
    """
    k, rows = j, 0
    while k >= 0 and rows < MAX_ROWS and (infos[k].kind == "empty" or _row(infos[k])):
        rows += infos[k].kind != "empty"
        k -= 1
    return k if rows >= MIN_ROWS and k >= 0 else j


def infobox_intro(infos: Sequence[LineInfo], first: int, w: Weights, later: bool) -> int:
    """``0`` when the lines above the article's first line ``first`` are an intro kept over its
    infobox (``toc_intro``'s, in a later pass: what the first one kept, with no table of
    contents left), else ``first``: up to ``MAX_LINES`` paragraphs at the text's start, then
    ``MIN_ROWS`` to ``MAX_ROWS`` infobox rows, then at most one short line (the first section's
    heading). In the first pass (no ``later``, and a first line that is no paragraph) nothing
    is looked at.

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> say = "The Grauen is a river of 38 km that flows north into the Lahr near Wiesenthal."
    >>> page = [say, "Length: 38 km", "Source: Hoher Kopf", "Course", say, say]
    >>> infobox_intro(classify_lines("\\n".join(page)), 4, WEIGHTS, True)
    0
    >>> infobox_intro(classify_lines("\\n".join(["Home", *page[1:]])), 4, WEIGHTS, True)
    4
    """
    if not w.toc_infobox or first <= MIN_ROWS or not (later or _paragraph(infos[0])):
        return first
    j = first - 1
    while j >= 0 and infos[j].kind == "empty":
        j -= 1
    if j >= 0 and not _row(infos[j]) and infos[j].words <= LABEL_WORDS and _entry(infos[j]):
        j -= 1  # (the first section's heading)
    k = _infobox_top(infos, j)
    if k == j:
        return first
    paragraphs = 0
    while k >= 0:
        if infos[k].kind != "empty":
            if not _paragraph(infos[k]) or paragraphs == MAX_LINES:
                return first
            paragraphs += 1
        k -= 1
    return 0


def _row(info: LineInfo) -> bool:
    """An infobox's row: a short line, "Label: value", a label of up to ``ROW_LABEL_WORDS``
    words ("Länge: 38,2 km", "Quelle: Hoher Kopf, 612 m")."""
    label, colon, value = info.block.text.partition(":")
    return (
        info.kind == "short"
        and not info.ui
        and info.words <= ROW_WORDS
        and bool(colon)
        and 0 < len(label.split()) <= ROW_LABEL_WORDS
        and bool(value.strip())
    )


def _near(infos: Sequence[LineInfo], first: int, key: str) -> int:
    """How many of the ``REACH`` lines before ``first`` have the key ``key`` (counted for the
    one line it is asked about, not tallied for every line)."""
    return sum(1 for i in range(max(0, first - REACH), first) if _key(infos[i]) == key)


def _later(infos: Sequence[LineInfo], first: int, last: int) -> dict[str, int]:
    """The last index of each line's key among the main content's lines."""
    found: dict[str, int] = {}
    for i in range(first, last + 1):
        if infos[i].kind != "empty":
            found[_key(infos[i])] = i
    return found


def _key(info: LineInfo) -> str:
    """The line's normalised form without a leading number: a table of contents numbers its
    entries ("1. Schmerz und seine Funktion") where the sections' headings may not.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> [_key(i) for i in classify_lines("1. Why it matters\\n12) Why it matters")]
    ['why it matters', 'why it matters']
    """
    key = info.key or info.block.text.strip().casefold()
    return _NUMBER.sub("", key, count=1) if key[:1] == "0" else key  # (``_NUMBER``'s "0")


#: a leading number in a normalised line (figures are "0"s there): "0 ", "00 "
_NUMBER = re.compile(r"^0+ (?=\S)")


def _blank(infos: Sequence[LineInfo], a: int, b: int) -> int:
    return sum(1 for i in range(a, b) if infos[i].kind == "empty")


def _entry(info: LineInfo) -> bool:
    return info.kind not in _NO_ENTRY and info.kind != "empty" and info.words <= MAX_WORDS


def _paragraph(info: LineInfo) -> bool:
    """A paragraph of prose: a ``good`` line that starts with a letter (not a footnote's
    "¹-0,4% Effektiver Jahreszins bei: ...")."""
    text = info.block.text.lstrip(" \t\"'„“”‘’«»‚(")
    return info.kind == "good" and info.words >= MIN_WORDS and text[:1].isalpha()


def why_infobox(lines: str) -> str:
    """The head note's words for an intro and its infobox kept in a later pass (``lines``)."""
    return f"the intro and its infobox at {lines} are kept (toc-infobox)"
