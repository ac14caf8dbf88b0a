"""A page's own contact block after its text, for the ``extract`` preset (``office-contact``).

A researcher's home page, a course page or a council's service page ends its text with whom to
see and where: a heading of the data file's ``[offices] headings`` ("Contact", "Zuständige
Stelle", "Ansprechpartner", "Contatti"), then short lines, a room, a phone number, an e-mail
address, the hours. Short lines look like a menu, so the tail was cut before them, though the
page's gold text has them. The footer's contact block has the same heading and lines (an
address, a phone, an e-mail) but no office: the block is the page's only when one of its rows
is labelled by a word of ``[offices] labels`` ("Office: Engineering Building, room 3.21",
"Sprechzeiten: Montag bis Donnerstag 8 bis 12 Uhr", "Office hours: ...") and one holds a way
to reach someone (``press.reachable``). The block then runs from its heading to the last such
row within ``MAX_LINES`` lines (a line of more than ``MAX_WORDS`` words, a box heading or a
comment heading ends it), and up to ``MAX_PARAGRAPHS`` paragraphs right under it go with it
("I am looking for a PhD student ..."). Off with ``Weights.office_contact=False``
(``extract_off = ["office-contact"]``); the tail note of ``explain`` names the block.

>>> is_office_heading("Contact"), is_office_heading("Zuständige Stelle:")
(True, True)
>>> is_office_heading("Contact us today for a free quote"), is_office_heading("Weather")
(False, False)
>>> is_office_row("Office: Engineering Building, room 3.21"), is_office_row("Sprechzeiten: Mo")
(True, True)
>>> is_office_row("Address: 1 High Street"), is_office_row("Office")
(False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.intro import line_below
from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.boilerplate.press import reachable

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MAX_LINES", "is_office_heading", "is_office_row", "office_after", "why_office"]

MAX_LINES = 8  # lines of the block after its heading
MAX_WORDS = 12  # words of a line of the block (and of its heading: 4)
HEADING_WORDS = 4
MAX_PARAGRAPHS = 2  # paragraphs right under the block kept with it
_ENDS = frozenset({"box", "stop"})


def is_office_heading(text: str) -> bool:
    """A contact block's heading alone on its line ("Contact", "Zuständige Stelle:")."""
    if len(text.split()) > HEADING_WORDS:
        return False
    return normalize_line(text) in data_keys("offices", "headings")


def is_office_row(text: str) -> bool:
    """A row labelled by an office's word ("Office: room 3.21", "Sprechzeiten: ...")."""
    head, colon, value = text.partition(":")
    if not colon or not value.strip() or len(head.split()) > HEADING_WORDS:
        return False
    return normalize_line(head) in data_keys("offices", "labels")


def _block_end(infos: Sequence[LineInfo], j: int) -> int:
    """The last office or reachable row of the block under heading ``j``, or -1 without both."""
    end, seen, office, reach = -1, 0, False, False
    for k in range(j + 1, len(infos)):
        info = infos[k]
        if info.kind == "empty":
            continue
        if seen >= MAX_LINES or info.words > MAX_WORDS or info.kind in _ENDS:
            break
        seen += 1
        text = info.block.text
        here_office, here_reach = is_office_row(text), reachable(text)
        if here_office or here_reach:
            end, office, reach = k, office or here_office, reach or here_reach
    return end if office and reach else -1


def _paragraphs_after(infos: Sequence[LineInfo], end: int) -> int:
    """The last of up to ``MAX_PARAGRAPHS`` paragraphs right under line ``end``, or ``end``."""
    last, k = end, line_below(infos, end)
    for _ in range(MAX_PARAGRAPHS):
        if k is None or infos[k].kind != "good" or infos[k].ui:
            break
        last, k = k, line_below(infos, k)
    return last


def office_after(infos: Sequence[LineInfo], last: int, w: Weights) -> tuple[int, int] | None:
    """The page's contact block right after line ``last`` (its heading's line and its last
    office or reachable row, or the last paragraph right under it), or ``None``; none if not
    ``w.office_contact``."""
    if not w.office_contact:
        return None
    j = line_below(infos, last)
    if j is None or infos[j].kind in _ENDS or not is_office_heading(infos[j].block.text):
        return None
    end = _block_end(infos, j)
    return None if end < 0 else (j, _paragraphs_after(infos, end))


def why_office(heading: str, lines: str) -> str:
    """The tail note's words for a contact block kept (``lines``: its line range)."""
    return f"; the contact block under {heading.strip()[:40]!r} at {lines} is the page's"
