"""The article's last numbered section right after it, for the ``extract`` preset.

A page of terms, rules or instructions numbers its sections' headings ("1. Your account",
"2. Payments", ...) and may end with one whose lines are short: "5. Contact" over the
company's name, address and "Company number: ..." lines. Short lines look like a menu, so
the tail was cut before that heading, though the section is the page's (adv21). When the first
line after the main content is a heading numbered ``n`` (up to ``HEADING_WORDS`` words: "5.
Contact", "5) Contact"), and the main content holds headings numbered 1 (or 2) to ``n - 1`` in
that order, ``MIN_HEADINGS`` of them or more, the content goes on over the section's lines: up to
``MAX_LINES`` lines under the heading, to the first that is UI, a hint, a box heading, a
repeated line or another numbered heading. A footer's "Contact" block under no number, or
after an article with no numbered headings (a news post), stays out. Off with
``Weights.numbered_section=False`` (``extract_off = ["numbered-section"]``); the tail note of
``explain`` names the section.

A council's minutes end with "7. Date of next meeting" over the date ("Thursday 12 March 2026
at 7.00pm."), a date hint, and "The meeting closed at 8.42pm.": the date under the heading
ended the section before it started. The first line under the heading may be a date line
(``numbered-dates``, w-wild25; off with ``Weights.numbered_dates=False``), then only lines
ending a sentence; a date further down still ends the section.

>>> heading_number("5. Contact"), heading_number("12) Fees and refunds"), heading_number("5 km")
(5, 12, None)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.intro import line_below

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["heading_number", "numbered_after", "why_numbered"]

MIN_HEADINGS = 3  # numbered headings of the article before the last one
HEADING_WORDS = 8  # words of a numbered heading (a numbered paragraph is longer)
MAX_LINES = 8  # lines of the section under its heading (an address, contact fields)
#: a heading's number ("5.", "5)") before its first word, which starts with a capital
_NUMBERED = regex.compile(r"(\p{Nd}{1,2})[.)]\s+\p{Lu}")
#: the kinds of line that end the section (``extract.classify_lines``)
_ENDS = frozenset({"ui", "hint", "box", "stop", "repeat"})
#: the kinds of the sentences under a section's date line (``numbered-dates``)
_SENTENCES = frozenset({"good", "medium"})


def heading_number(text: str) -> int | None:
    """The number of a numbered heading ("5. Contact": 5), or ``None``."""
    m = _NUMBERED.match(text.strip())
    return None if m is None else int(m[1])


def numbered_after(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> int:
    """``last``, or the last line of the article's last numbered section right after it
    (the module's doc); ``last`` if not ``w.numbered_section``.

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> body = "We keep your data safe and delete it when you close your account."
    >>> page = ["1. Your account", body, "2. Payments", body, "3. Ending", body, "4. Contact",
    ...     "Pebbleline Ltd", "14 Rope Walk, Falmouth", "Company number: 11223344", "Privacy"]
    >>> numbered_after(classify_lines("\\n".join(page)), 0, 5, WEIGHTS)
    9
    >>> numbered_after(classify_lines("\\n".join(["Contact", *page[7:]])), 0, -1, WEIGHTS)
    -1
    """
    if not w.numbered_section:
        return last
    j = line_below(infos, last)
    if j is None or not _heading(infos[j]):
        return last
    n = heading_number(infos[j].block.text)
    if n is None or n - 1 < MIN_HEADINGS or not _numbered_before(infos, first, last, n):
        return last
    end, k, lines, dated = last, line_below(infos, j), 0, False
    while k is not None and lines < MAX_LINES:
        info = infos[k]
        date = w.numbered_dates and not lines and info.ui == "date"  # (the section's date)
        said = dated and info.terminal and info.kind in _SENTENCES  # (then sentences only)
        if not (date or said) and (dated or info.kind in _ENDS or info.ui or _heading(info)):
            break
        end, lines, dated = k, lines + 1, dated or date
        k = line_below(infos, k)
    return end


def _numbered_before(infos: Sequence[LineInfo], first: int, last: int, n: int) -> bool:
    """The main content's numbered headings are 1 (or 2: the first one may be right above
    the content, kept later as the first item's headline) to ``n - 1``, in that order,
    ``MIN_HEADINGS`` of them or more."""
    found = [
        heading_number(infos[i].block.text) for i in range(first, last + 1) if _heading(infos[i])
    ]
    return len(found) >= MIN_HEADINGS and found[0] in (1, 2) and found == list(range(found[0], n))


def _heading(info: LineInfo) -> bool:
    """A numbered heading's line: short, its text starting with a number ("5. Contact")."""
    return (
        0 < info.words <= HEADING_WORDS
        and info.block.text.lstrip()[:1].isdigit()
        and heading_number(info.block.text) is not None
    )


def why_numbered(infos: Sequence[LineInfo], last: int, end: int) -> str:
    """The tail note's words for the numbered section kept after the article."""
    top, bottom = infos[last].block.index + 1, infos[end].block.index + 1
    return f"; the numbered section at lines {top}-{bottom} is the article's (numbered-section)"
