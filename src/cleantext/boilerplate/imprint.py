"""A legal notice's own lines above its paragraphs, for the ``extract`` preset.

A site's imprint ("Impressum", "Mentions légales", "Aviso legal", "Legal notice") is a page
of its own: the company's name and address, then "Label: value" lines ("Handelsregister: HRB
12345", "Directeur de la publication : ...", "Telefon: ..."), then paragraphs on liability.
The paragraphs win the search, and the name, address and fields above them went with the head
as a menu would, though they are the page's content. On a page whose title names such a
notice (a part of the first line, between its separators, is one of the data file's
``[imprint] titles``), the last line above the main content that repeats that name (the page's
own heading; a menu's link to it comes earlier) opens the content, when the lines between
them, at most ``MAX_LINES``, hold ``MIN_FIELDS`` or more "Label: value" lines (any label,
contact ones too: ``_LABELLED``). On any other page the same lines are a footer's address
block and still go; so does a menu under an imprint heading, which has no fields. Off with
``Weights.imprint_head=False`` (``extract_off = ["imprint-head"]``); the ``extract-head``
note names the lines kept. The heading stays too: ``ui-strings`` leaves the first line of what
``extract`` left when it is the name the page's title holds (``imprint_heading``).

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> page = "\\n".join(["Impressum | Example GmbH", "Start", "Kontakt", "Impressum",
...     "Example GmbH", "Handelsregister: HRB 1", "Telefon: 0123 4567", "Haftung",
...     "Wir bemühen uns, die Inhalte dieser Seiten aktuell und richtig zu halten, und "
...     "prüfen sie regelmäßig."])
>>> imprint_start(classify_lines(page), 8, "Impressum | Example GmbH", WEIGHTS)
3
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "MAX_LINES",
    "MIN_FIELDS",
    "first_line",
    "imprint_heading",
    "imprint_start",
    "why_imprint",
]

MAX_LINES = 40  # lines between the notice's heading and the paragraphs under it
MIN_FIELDS = 2  # "Label: value" lines among them
#: a title's separators (as ``headline.py`` reads them: " - ", " | ", "｜")
_SEP = regex.compile(r" [-|–—·:»/]+ | ?[|｜] ?")
#: "Label: value" (a label of a letter and up to 40 more characters without ':', then a value)
_LABELLED = regex.compile(r"^\s*\p{L}[^:\n]{0,40}:\s*\S")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first words of the notices' names, case-folded ("impressum", "legal", "mentions")."""
    return frozenset(t.split()[0].casefold() for t in boilerplate_table()["imprint"]["titles"])


@lru_cache(maxsize=64)
def _named(title: str) -> str | None:
    """The notice's name the page title holds as one of its parts, normalised, or ``None``.

    >>> _named("Impressum | Gärtnerei Lindenhof"), _named("Mentions légales - Le Fournil")
    ('impressum', 'mentions légales')
    >>> _named("Neue Radwege für die Altstadt | Lindau Online") is None
    True
    """
    firsts = _first_words()
    if firsts.isdisjoint(title.casefold().split()):
        return None  # (no part of the title starts with a notice's first word)
    titles = data_keys("imprint", "titles")
    for part in _SEP.split(" ".join(title.split())):
        key = normalize_line(part)
        if key in titles:
            return key
    return None


def imprint_start(infos: Sequence[LineInfo], first: int, title: str, w: Weights) -> int | None:
    """The line that opens a legal notice's content above the main content (which starts at
    ``first``): its heading, the last line before ``first`` repeating the notice's name that
    the page ``title`` holds (the first line of the page's first text: a later pass is given
    what the first left, which may start with the heading); ``None`` on any other page, or
    when the lines between hold fewer than ``MIN_FIELDS`` "Label: value" lines or more than
    ``MAX_LINES`` lines."""
    if not w.imprint_head or first <= 0:
        return None
    name = _named(title)
    if name is None:
        return None
    top = max(0, first - MAX_LINES - 1)
    head = next((i for i in range(first - 1, top - 1, -1) if _repeats(infos[i], name)), None)
    if head is None:
        return None
    fields = sum(1 for i in range(head + 1, first) if _LABELLED.match(infos[i].block.text))
    return head if fields >= MIN_FIELDS else None


def _repeats(info: LineInfo, name: str) -> bool:
    """The line is the notice's name alone (an optional ':' after it)."""
    return 0 < info.words <= 4 and _is_name(info.block.text, name)


def _is_name(line: str, name: str) -> bool:
    return normalize_line(line.rstrip().rstrip(":")) == name


def imprint_heading(text: str, title: str) -> tuple[int, int] | None:
    """The span of the first line of ``text`` (what ``extract`` left of a page whose first
    line was ``title``) when it is the legal notice's own heading, the name that title holds
    ("Impressum" under "Impressum | Gärtnerei Lindenhof"), with a line under it; ``None``
    otherwise. The ``ui-strings`` pass leaves that line: there it is the page's heading, not
    a footer's link ("Impressum", "Mentions légales" are UI strings elsewhere).

    >>> imprint_heading("Impressum\\nExample GmbH\\n", "Impressum | Example GmbH")
    (0, 10)
    >>> imprint_heading("Impressum\\nExample GmbH\\n", "Neuer Hofladen | Example GmbH") is None
    True
    """
    name = _named(title)
    if name is None:
        return None
    start = _LEADING.match(text).end()  # (it always matches)
    end = text.find("\n", start)
    if end < 0 or _TEXT.search(text, end) is None or not _is_name(text[start:end], name):
        return None
    return start, end + 1


_LEADING = regex.compile(r"\s*")
_TEXT = regex.compile(r"\S")


def first_line(text: str) -> str:
    """The first line of ``text`` that is not blank, without copying the rest.

    >>> first_line("\\n  Impressum | Example\\nStart\\n")
    'Impressum | Example'
    """
    start = _LEADING.match(text).end()  # (it always matches)
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def why_imprint(infos: Sequence[LineInfo], head: int, first: int) -> str:
    """The head note's words for the notice's lines kept above the main content."""
    lines = f"{infos[head].block.index + 1}-{infos[first - 1].block.index + 1}"
    return (
        f"the legal notice's lines {lines} are kept (its heading {infos[head].block.text.strip()!r}"
        f" repeats the page title's name, then its address and 'Label: value' lines; "
        "imprint-head)"
    )
