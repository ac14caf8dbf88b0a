"""The article's later sections right after it, for the ``extract`` preset.

A page split into sections by short headings (a links page's "Identification", "Recording",
"Weather"; a changelog's "3.3.2 (2026-01-18)" over "Fixed"; a review's "Notre verdict") may end
in sections whose score falls short: a heading is a short line scored as a menu's, and a section
of one or two sentences does not win it back, so the tail was cut after the best run though the
sections are the page's (wild23). When the main content is parted by a heading of its own (a
heading line right under a sentence inside it), the content goes on over the sections right
after it, ``MIN_SENTENCES`` sentences in all or more: each is up to ``HEADING_LINES`` heading
lines (up to ``HEADING_WORDS`` words, ``DATE_WORDS`` for a date; no sentence end, no ':', no UI
string but a date or a menu word) over 1 to ``MAX_BODY`` sentences (paragraphs, or short lines
of ``SHORT_WORDS`` words or more, with their end, not a colon), to the first line that is
neither (UI, a box heading, a teaser's headline, a line without its full stop). A box of
teasers, a comment section under its heading, a footer's links, one heading over one sentence
("Shipping & Returns" over the shop's delivery time) stay out, as does a heading over sentences
after an article with no heading of its own (a news story). Off with
``Weights.later_sections=False`` (``extract_off = ["later-sections"]``); the tail note of
``explain`` names the sections.

A heading with a version number ("Version 5.1.3 – 2. Dezember 2025": the data file's ``[later]
version_regex``) may have ``VERSION_WORDS`` words (a changelog's older versions;
``version-headings``, w-wild25). One section of one sentence is
enough when its heading is a README's last one (``[later] last_headings``: "License" over "MIT.
See LICENSE for the full text."), after an article with a heading of its own
(``licence-section``, w-wild25); "Shipping & Returns" over one sentence still goes.

>>> is_version("Version 5.1.3 – 2. Dezember 2025"), is_version("2. Dezember 2025")
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.intro import line_below
from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["is_version", "sections_after", "why_sections"]

HEADING_WORDS = 4  # words of a heading (a teaser's headline is longer: "Waymo asks for money")
DATE_WORDS = 6  # words of a date's heading ("3.3.2 (2026-01-18)" counts 6)
VERSION_WORDS = 8  # words of a version's heading ("Version 5.1.3 – 2. Dezember 2025": 7)
HEADING_LINES = 2  # heading lines over a section's body (a version, then "Fixed")
MAX_BODY = 8  # sentences of a section's body
SHORT_WORDS = 8  # words of a body's sentence that the classifier calls a short line
MIN_SENTENCES = 2  # sentences of all the sections (one heading over one sentence: a footer's)
#: the kinds of a heading line (``extract.classify_lines``): a repeated one ("Fixed" under each
#: version) or a menu word's ("Weather") too
_HEADING_KINDS = frozenset({"short", "repeat", "hint"})
_HEADING_UI = frozenset({"", "date", "navigation"})  # (a hint's category: a date, a menu word)
_BODY_KINDS = frozenset({"good", "medium"})  # (or a short line of ``SHORT_WORDS`` words)


@lru_cache(maxsize=1)
def _version() -> regex.Pattern[str]:
    found = boilerplate_table()["later"]["version_regex"]
    return regex.compile("|".join(f"(?:{rx})" for rx in found))


def is_version(text: str) -> bool:
    """A line with a version number ("5.1.3", "v2.0"; the data file's ``version_regex``)."""
    return _version().search(text) is not None


def _heading(info: LineInfo, versions: bool = False) -> bool:
    """A section heading's line: short, no sentence end, no ':' (a "Source: ..." line, a box's
    "More on this:"), no UI string but a date's or a menu word's. With ``versions``, a line
    with a version number may have ``VERSION_WORDS`` words (``version-headings``)."""
    if info.kind not in _HEADING_KINDS or info.terminal or info.ui not in _HEADING_UI:
        return False
    words = DATE_WORDS if info.ui == "date" else HEADING_WORDS
    if not 0 < info.words <= words and not (
        versions and 0 < info.words <= VERSION_WORDS and is_version(info.block.text)
    ):
        return False
    return ":" not in info.block.text


def _body(info: LineInfo) -> bool:
    """A section's sentence: a line with its end (not ':', which announces a box), no UI
    string, a paragraph or a short line of ``SHORT_WORDS`` words or more ("Was this page
    helpful?" is none)."""
    if not info.terminal or info.ui or info.block.text.rstrip().endswith(":"):
        return False
    return info.kind in _BODY_KINDS or (info.kind == "short" and info.words >= SHORT_WORDS)


def _sectioned(infos: Sequence[LineInfo], first: int, last: int, versions: bool = False) -> bool:
    """The main content holds a heading of its own: a heading line right under a sentence."""
    before = None
    for k in range(first, last + 1):
        info = infos[k]
        if info.kind == "empty":
            continue
        if before is not None and _heading(info, versions) and _body(before):  # (most: none)
            return True
        before = info
    return False


def _section(infos: Sequence[LineInfo], j: int, versions: bool = False) -> tuple[int, int] | None:
    """``(last line, sentences)`` of the section whose heading starts at ``j``, or ``None``."""
    heads, k = 0, line_below(infos, j - 1)  # (``j`` itself: a line, not blank)
    while k is not None and heads < HEADING_LINES and _heading(infos[k], versions):
        heads, k = heads + 1, line_below(infos, k)
    end, body = -1, 0
    while heads and k is not None and body < MAX_BODY and _body(infos[k]):
        end, body, k = k, body + 1, line_below(infos, k)
    return (end, body) if body else None


def sections_after(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> int:
    """``last``, or the last line of the article's later sections right after it (the
    module's doc); ``last`` if not ``w.later_sections``.

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> say = "The reserve opens every day from dawn until dusk, with parking by the gate."
    >>> page = ["Identification", say, say, "Recording", say, "Weather", say, say, "Back to top"]
    >>> sections_after(classify_lines("\\n".join(page)), 0, 4, WEIGHTS)
    7
    >>> sections_after(classify_lines("\\n".join([say, *page[5:]])), 0, 0, WEIGHTS)
    0
    """
    if not w.later_sections:
        return last
    versions = w.version_headings
    j = line_below(infos, last)
    if j is None or not _heading(infos[j], versions):
        return last
    section = _section(infos, j, versions)
    if section is None or not _sectioned(infos, first, last, versions):
        return last
    least = 1 if w.licence_section and _last_heading(infos[j].block.text) else MIN_SENTENCES
    end, sentences = last, 0
    while section is not None:
        end, sentences = section[0], sentences + section[1]
        j = line_below(infos, end)
        section = None if j is None else _section(infos, j, versions)
    return end if sentences >= least else last


def _last_heading(text: str) -> bool:
    """A README's last heading ("License": the data file's ``[later] last_headings``)."""
    return len(text) <= 40 and normalize_line(text) in data_keys("later", "last_headings")


def why_sections(infos: Sequence[LineInfo], last: int, end: int) -> str:
    """The tail note's words for the later sections kept after the article."""
    top, bottom = infos[last].block.index + 1, infos[end].block.index + 1
    return f"; the sections at lines {top}-{bottom} are the article's (later-sections)"
