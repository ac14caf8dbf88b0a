"""HTML markup rendered as text, for the ``extract`` preset (mechanism ``markup``).

A whole page rendered as text can keep raw HTML as lines of text: the tags of a
``<noscript>`` fallback (a style sheet's ``<link>``, a tracking pixel's ``<img>``), an embed
code, a comment form's list of the tags it allows. Such a line has no sentence in it, but it
is long (a URL splits into many words) and can look like a paragraph: on one page a pixel's
``<p style=...><img src=...></p>`` outscored the title and stood above the article. A line
that is nothing but tags of the HTML elements in the data file's ``[markup] elements`` (with
only spaces between them) is markup: ``classify_lines`` scores it as a short line (never a
paragraph), so it goes with the menus around it, before or after the article, and the
``explain`` note of that removal names it. Off with ``Weights.markup=False``
(``extract_off = ["markup"]``).

A sentence that quotes a tag ('Add <link rel="stylesheet"> to the head.') has words
outside the tag, and a title in angle brackets ("<The Palace: Tale of Jang Noksu>") names no
element: neither is markup.

>>> is_markup('<link href="https://example.com/a.css" rel="stylesheet">')
True
>>> is_markup('<p style="top: -999em"><img src="https://example.com/p.gif" alt=""></p>')
True
>>> is_markup('Add <link rel="stylesheet"> to the head of the page.')
False
>>> is_markup("<The Palace: Tale of Jang Noksu>"), is_markup("<<"), is_markup("<b>Note</b>")
(False, False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.why import lines as line_range
from cleantext.data import alternation, boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo

__all__ = ["is_markup", "why_markup"]


@lru_cache(maxsize=1)
def _tags() -> regex.Pattern[str]:
    """A whole line of tags: each opens with ``<`` or ``</`` and a known element's name,
    which a space, ``/`` or ``>`` ends, and runs to the next ``>`` (no ``<`` inside it: one
    way to match, linear); only spaces between the tags."""
    names = alternation(boilerplate_table()["markup"]["elements"])
    return regex.compile(
        rf"\s*(?:</?(?:{names})(?=[\s/>])[^<>]*>\s*)+", regex.IGNORECASE | regex.ASCII
    )


def is_markup(line: str) -> bool:
    """True if ``line`` is nothing but HTML tags of known elements."""
    text = line.strip()
    if not text.startswith("<") or not text.endswith(">"):
        return False  # (most lines: no regex)
    return _tags().fullmatch(text) is not None


def why_markup(infos: Sequence[LineInfo], lo: int, hi: int) -> str:
    """The note's words for the lines of markup among ``infos[lo:hi]`` (``ui == "markup"``),
    "" if there are none."""
    found = [i for i in range(lo, hi) if infos[i].ui == "markup"]
    if not found:
        return ""
    where = ", ".join(line_range(infos, i, i) for i in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    return (
        f"; {where}{more}: HTML markup rendered as text (nothing but tags), scored as short "
        "lines, not content"
    )
