"""The header's fact lines under the headline, for the ``extract`` preset.

A job ad, a course's page, a listing or a book review puts its facts between its headline and
its text: "CDI · Lyon (69) · Temps plein · Publiée le 2 mars 2026", "Código: 40215 · Créditos: 6
ECTS", "Profesora responsable: Dra. Carmen Olmedo Ruiz", "評価：★★★★☆", "3 habitaciones · 2 baños ·
96 m²", then buttons ("Postuler", "Guardar") and the text. They are short lines without a full
stop, so they went with the page's header, though they are the page's (wild23). Above the main
content, past up to ``MAX_GAP`` short lines (the buttons, the first section's heading: they
still go), a run of fact lines is kept when one of them or more is a strong one: its parts
(parted by " · ", " • " or a full-width space; a bar parts a menu's) ``MIN_PARTS`` or more, or 2
or more, one a "Label: value" field (``fields.is_field``: no byline or metadata label;
"評価：★★★★☆" in a script without spaces). A field alone or a short line with a figure ("185.000
€") may join the run, never make one: a news story's "Published: 03.05.2026" or "Teksti: Mikko"
stays out, as does a line that opens with a date, a byline or a reading time, or holds two such
parts ("March 2, 2025 · 4 min read · #linux"). Right above the run, past up to ``MAX_META``
lines (a byline, a date: they go), stands the headline, whose words are all in the page's title
(not the title's own line). A byline with its parts ("Par Julien Marchand · Publié le 9 février
2026") is no fact line, and a news story's date line has no fact above it. Off with
``Weights.header_facts=False`` (``extract_off = ["header-facts"]``); the ``extract-head`` note
names the lines.

>>> fact_line("CDI · Lyon (69) · Temps plein · Publiée le 2 mars 2026")
True
>>> fact_line("出版社：海風書房\u3000定価：1,980円"), fact_line("Published: 03.05.2026")
(True, False)
>>> fact_line("Par Julien Marchand · Publié le 9 février · Mis à jour"), fact_line("Startseite")
(False, False)
>>> fact_line("March 2, 2025 · 4 min read · #linux #shell")
False
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.bylines import is_byline
from cleantext.boilerplate.fields import is_field
from cleantext.boilerplate.standfirst import is_meta

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["fact_line", "header_facts", "may_hold_facts", "why_facts"]

MAX_GAP = 4  # short lines (buttons, a section's heading) between the facts and the article
GAP_WORDS = 6  # words of such a line
MAX_WORDS = 16  # words of a fact line
MIN_PARTS = 3  # parts of a strong fact line with no field among them
PART_WORDS = 6  # words of one such part
FIGURE_WORDS = 4  # words of a short line with a figure ("185.000 €")
MAX_META = 2  # lines between the headline and the facts (a byline, a date)
MAX_META_PARTS = 1  # parts that are a date or a reading time ("Publiée le 2 mars 2026")
CJK_LABEL = 6  # characters of a label before a full-width colon ("出版社：")
#: what parts a fact line: a middle dot or a bullet between spaces, a full-width space (not a
#: bar: "Rentenpolitik | Blog | Mailaktion Bundestag" is a menu)
_PARTS = regex.compile(r"\s[·•]\s|\u3000")
#: a field in a script without spaces: a short label, a full-width colon, a value
_CJK_FIELD = regex.compile(rf"[^\s：:]{{1,{CJK_LABEL}}}：\S")
_FIGURE = regex.compile(r"\d")
#: what a fact line holds one of at least: a colon, a middle dot or bullet, a full-width space,
#: a figure
_MARKS = regex.compile(r"[:：·•\u3000\d]")
_KINDS = frozenset({"short"})


def fact_line(text: str) -> bool:
    """A strong fact line: ``MIN_PARTS`` parts or more of up to ``PART_WORDS`` words, or 2
    parts or more, one a field; its first part no byline, date or reading time
    (``standfirst.is_meta``), and at most ``MAX_META_PARTS`` such parts in it (the ad's
    publication date)."""
    parts = _parts(text)
    if len(parts) < 2 or is_byline(parts[0]) or is_meta(parts[0]):
        return False
    if sum(map(is_meta, parts)) > MAX_META_PARTS:
        return False
    if any(_field(p) for p in parts):
        return True
    return len(parts) >= MIN_PARTS and all(len(p.split()) <= PART_WORDS for p in parts)


def may_hold_facts(text: str) -> bool:
    """Whether ``text`` has a character a strong fact line is parted by (``_PARTS``: a
    middle dot, a bullet, a full-width space): a text with none has no run of facts
    (told in C, once per text: most pages have none).

    >>> may_hold_facts("Jobs\\nFull time · Lyon"), may_hold_facts("Jobs\\nFull time - Lyon")
    (True, False)
    """
    return "\u00b7" in text or "\u2022" in text or "\u3000" in text


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _PARTS.split(text.strip()) if p.strip()]


def _field(part: str) -> bool:
    """A "Label: value" field (no byline or metadata label), "評価：★★★★☆" in a script
    without spaces."""
    return (":" in part and is_field(part)) or _CJK_FIELD.match(part) is not None


def _fact(info: LineInfo) -> bool:
    return info.kind in _KINDS and not info.ui and 0 < info.words <= MAX_WORDS


def _weak(info: LineInfo) -> bool:
    """A line that may join a run of facts: a field alone ("Profesora responsable: Dra.
    Carmen Olmedo Ruiz") or a short line with a figure ("185.000 €")."""
    text = info.block.text
    if not _fact(info):
        return False
    figure = info.words <= FIGURE_WORDS and _FIGURE.search(text) is not None
    return figure or _field(text.strip())


def _in_run(info: LineInfo) -> bool:
    """A line of a run of facts: a strong fact line or one that may join it (told first by
    its kind and by ``_MARKS``: most lines above an article have no colon, dot or figure)."""
    if not _fact(info) or _MARKS.search(info.block.text) is None:
        return False
    return _weak(info) or fact_line(info.block.text)


def _headline(info: LineInfo, title: str) -> bool:
    """A headline: a short line of 2 tokens or more, each one in the page's title."""
    tokens = info.block.text.casefold().split()
    folded = title.casefold()
    return (
        info.kind in ("short", "repeat", "medium")
        and not info.ui
        and len(tokens) >= 2
        and all(t in folded for t in tokens)
    )


def _above(infos: Sequence[LineInfo], j: int) -> int:
    """The first non-blank line above line ``j``, or -1."""
    j -= 1
    while j >= 0 and infos[j].kind == "empty":
        j -= 1
    return j


def header_facts(
    infos: Sequence[LineInfo], first: int, title: str, w: Weights
) -> tuple[int, int] | None:
    """``(first line, last line)`` of the header's fact lines above the main content (which
    starts at ``first``) under the headline (the module's doc), or ``None``; none if not
    ``w.header_facts``. A run at the text's start is the one kept: in a later pass (what
    the first one kept, the headline gone), or when ``extract``'s output is given again (a
    page's first line is its title, never a fact line).

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> say = "You will maintain the packing lines of our plant and fix what breaks down."
    >>> page = ["Site technician – Jobs", "Jobs", "Site technician", "Full time · Lyon · 2 shifts",
    ...     "Apply", "Your mission", say, say]
    >>> header_facts(classify_lines("\\n".join(page)), 6, page[0], WEIGHTS)
    (3, 3)
    >>> header_facts(classify_lines("\\n".join(page)), 6, "Jobs at Varenne", WEIGHTS) is None
    True
    """
    if not w.header_facts:
        return None
    j, gap = _above(infos, first), 0
    while j >= 0 and not _in_run(infos[j]):
        if gap == MAX_GAP or infos[j].words > GAP_WORDS:
            return None
        j, gap = _above(infos, j), gap + 1
    run, strong = [], False
    while j >= 0 and _in_run(infos[j]):
        strong = strong or fact_line(infos[j].block.text)
        run.append(j)
        j = _above(infos, j)
    if not run or not strong:
        return None
    if j < 0:  # (the text's start: a later pass, or extract's own output given again)
        return run[-1], run[0]
    for _ in range(MAX_META + 1):
        if j < 0:
            return None
        if j > 0 and _headline(infos[j], title):  # (line 0: the page's title itself)
            return run[-1], run[0]
        j = _above(infos, j)
    return None


def why_facts(lines: str) -> str:
    """The head note's words for the header's fact lines kept (``lines``: their range)."""
    return f"the header's facts at {lines} are kept (header-facts)"
