"""A press release's contact block after its text, for the ``extract`` preset.

A press release ends with whom journalists may call: a heading of the data file's
``[press] contact_headings`` ("Press contact:", "Media enquiries", "Pressekontakt",
"Contact presse"), then a name, a role, a phone number and an e-mail address on short lines
of their own. Short lines look like a menu, so the tail was cut before them, though the
release's gold text has them. When the first line after the main content is such a heading,
the content goes on to the last line within ``MAX_LINES`` lines after it that holds a phone
number (``MIN_DIGITS`` or more figures) or an e-mail address; a longer line (more than
``MAX_WORDS`` words), a box heading or a comment heading ends the block. The footer's
"Contact" / "Phone" / "Email" block is under a plain "Contact", no press heading, and stays
out. The company's description under an "About ..." heading (``[press] about_headings``:
"About Greenfield Energy", "Über die Nordbahn AG", "À propos de ...") right after the block,
its paragraphs to the first line that is none, is the release's too, as it is when it comes
before the block. Off with ``Weights.press_contact=False`` (``extract_off =
["press-contact"]``); the tail note of ``explain`` names the block.

A scientific release cites its paper between its text and the block: a heading of the data
file's ``[press] reference_headings`` ("Reference", "Originalpublikation", "Référence"), then
up to ``REFERENCE_LINES`` lines (authors, title, journal, DOI) of up to ``REFERENCE_WORDS``
words. When the contact heading comes right under them, they are the release's too, kept with
the block (``press-reference``, w-wild25; off with ``Weights.press_reference=False``). A
"References" list after an article with no contact block under it is left as it was.

>>> is_contact_heading("Press contact:"), is_contact_heading("Pressekontakt")
(True, True)
>>> is_contact_heading("Contact"), is_contact_heading("Press freedom is under threat")
(False, False)
>>> is_about("About Greenfield Energy"), is_about("Über die Nordbahn AG"), is_about("About us")
(True, True, False)
>>> reachable("Phone: +44 20 7946 0000"), reachable("press@example.com"), reachable("Tom")
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from cleantext.boilerplate.intro import line_below
from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.data import boilerplate_table
from cleantext.sentences import ENDS

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "MAX_LINES",
    "contact_after",
    "is_about",
    "is_contact_heading",
    "is_reference_heading",
    "reachable",
    "why_contact",
]

MAX_LINES = 8  # lines of the block after its heading
MAX_WORDS = 12  # words of a line of the block
MIN_DIGITS = 6  # figures of a phone number
ABOUT_WORDS = 8  # words of an "About ..." heading
REFERENCE_LINES = 3  # lines of a paper's citation under its heading
REFERENCE_WORDS = 60  # words of a line of the citation
_ENDS = frozenset({"box", "stop"})


def is_contact_heading(text: str) -> bool:
    """A press contact heading, alone ("Press contact:") or before the contact's name
    ("Media contact: Jane Doe")."""
    if len(text.split()) > MAX_WORDS:
        return False
    key = normalize_line(text)
    if key in data_keys("press", "contact_headings"):
        return True
    head = text.split(":", 1)[0] if ":" in text else ""
    return bool(head) and normalize_line(head) in data_keys("press", "contact_headings")


def is_reference_heading(text: str) -> bool:
    """The heading over a release's citation of its paper ("Reference", "Originalpublikation").

    >>> is_reference_heading("Référence"), is_reference_heading("Référendum local")
    (True, False)
    """
    return len(text) <= 40 and normalize_line(text) in data_keys("press", "reference_headings")


def _past_reference(infos: Sequence[LineInfo], j: int) -> int | None:
    """The press contact heading right under the citation whose heading is line ``j`` (up to
    ``REFERENCE_LINES`` lines of up to ``REFERENCE_WORDS`` words, no box or comment heading),
    or ``None``."""
    k, lines = line_below(infos, j), 0
    while k is not None and infos[k].kind not in _ENDS:
        if lines and is_contact_heading(infos[k].block.text):
            return k
        if lines == REFERENCE_LINES or infos[k].words > REFERENCE_WORDS:
            return None
        k, lines = line_below(infos, k), lines + 1
    return None


@lru_cache(maxsize=1)
def _abouts() -> tuple[str, ...]:
    return tuple(normalize_line(h) + " " for h in boilerplate_table()["press"]["about_headings"])


def is_about(text: str) -> bool:
    """An "About ..." heading over a company's description: one of ``[press]
    about_headings`` and a name in capitals ("About Greenfield Energy"; "About us", a
    footer's link, names none)."""
    if len(text.split()) > ABOUT_WORDS or text.rstrip()[-1:] in ENDS:
        return False
    key = normalize_line(text)
    head = next((h for h in _abouts() if key.startswith(h)), None)
    if head is None:
        return False
    name = text.split()[len(head.split()) :]
    return any(word[:1].isupper() for word in name)


def _about_after(infos: Sequence[LineInfo], end: int) -> int:
    """The last paragraph of an "About ..." section right after line ``end``, or ``end``."""
    j = line_below(infos, end)
    if j is None or not is_about(infos[j].block.text):
        return end
    last = end
    for k in range(j + 1, len(infos)):
        if infos[k].kind == "empty":
            continue
        if infos[k].kind != "good":
            break
        last = k
    return last


def reachable(text: str) -> bool:
    """A line with a way to reach someone: an e-mail address or a phone number."""
    at = text.find("@")
    if at > 0 and "." in text[at:]:
        return True
    return sum(map(str.isdigit, text)) >= MIN_DIGITS


def contact_after(infos: Sequence[LineInfo], last: int, w: Weights) -> tuple[int, int] | None:
    """The press contact block right after line ``last`` (its heading's line, or the heading
    of the paper's citation above it with ``w.press_reference``, and its last reachable
    line, or the last paragraph of an "About ..." section right after it), or ``None``; none
    if not ``w.press_contact``."""
    if not w.press_contact:
        return None
    top = line_below(infos, last)
    if top is None or infos[top].kind in _ENDS:
        return None
    j: int | None = top
    if w.press_reference and is_reference_heading(infos[top].block.text):
        j = _past_reference(infos, top)
    if j is None or not is_contact_heading(infos[j].block.text):
        return None
    end, seen = -1, 0
    for k in range(j, len(infos)):
        info = infos[k]
        if info.kind == "empty":
            continue
        if seen > MAX_LINES or info.words > MAX_WORDS or (k > j and info.kind in _ENDS):
            break
        seen += 1
        if reachable(info.block.text):
            end = k
    return None if end < 0 else (top, _about_after(infos, end))


def why_contact(heading: str, lines: str) -> str:
    """The tail note's words for a press contact block kept (``lines``: its line range)."""
    return f"; the press contact under {heading.strip()[:40]!r} at {lines} is the release's"
