"""Hard-wrapped paragraphs scored as the paragraphs they are, for the ``extract`` preset.

A text wrapped at a fixed width (a mailing-list archive, a ``<pre>`` block, a plain-text
article, a blog that kept its author's line breaks) cuts each paragraph into lines of 60 to
80 characters. Each line alone is a dozen words, most without a full stop at the end: the
line classifier (``extract.classify_lines``) takes them for short lines, each scoring as a
menu entry does, and the article loses to anything with whole paragraphs, its comments
first.

A run of ``MIN_LINES`` or more prose lines in a row (no blank line, UI line, heading or
repeated line between), all but the last ``MIN_CHARS`` to ``MAX_CHARS`` characters long, is
cut into paragraphs after each line shorter than ``RATIO`` of its longest (the wrapping
width: a paragraph's last line; paragraphs may follow each other with no blank line). The
run is wrapped text when its lines have stopwords (``MIN_DENSITY`` of their words in all, a
sentence's share) and at half of the line breaks inside its paragraphs at least the sentence
goes on (no full stop at the end of the line, a lower-case letter at the start of the next):
a list of headlines has lines of many lengths, each a capitalised title of its own. Each of
its paragraphs of two lines or more that holds a paragraph's words (``Weights.good_words``)
and ends in a full stop (or holds ``Weights.long_words``) is scored as a paragraph: each of
its lines ``good``, worth its words. On a page with such paragraphs, a run of two lines is
one too if its first line is as wide as theirs (``RATIO`` of their width at least) and the
sentence goes on across the break.

An e-mail's quoted reply, as a mailing-list archive shows it, marks each wrapped line with
``>`` ("> It is out of security support," / "> the CI matrix takes ..."): the marks
(``QUOTE_MARKS``, and the spaces after them) are read past where the sentence is seen to go
on in lower case, so that the quote is wrapped text too, scored as the paragraphs it makes.
Off with ``Weights.quoted_lines=False`` (``extract_off = ["quoted-lines"]``).

Off with ``Weights.hard_wrapped=False`` (``extract_off = ["hard-wrapped"]``).

>>> import textwrap
>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> story = textwrap.fill("The council voted on Tuesday to close the old bridge over the "
...     "river, which is now too weak for the buses that cross it every few minutes, and "
...     "residents said that they were worried about the long detour that the closure would "
...     "mean for them and for the shops.", 60)
>>> infos = classify_lines("Home\\nNews\\n" + story + "\\n")
>>> [i.kind for i in infos][2:], [i.kind for i in unwrapped(infos, WEIGHTS)][2:]
(['short', 'short', 'short', 'short', 'short'], ['good', 'good', 'good', 'good', 'good'])
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["unwrapped"]

MIN_LINES = 3
MIN_CHARS = 40
MAX_CHARS = 110
RATIO = 0.75
MIN_DENSITY = 0.15
_LINE_KINDS = frozenset({"short", "medium", "good"})
#: the marks of a quoted line in an e-mail, read past at a line's start (``quoted-lines``)
QUOTE_MARKS = "> "


def unwrapped(infos: list[LineInfo], w: Weights) -> list[LineInfo]:
    """``infos`` with the lines of each hard-wrapped paragraph scored as a paragraph (the
    same list if there is none or ``w.hard_wrapped`` is off)."""
    if not w.hard_wrapped:
        return infos
    found: list[list[int]] = []
    pairs: list[list[int]] = []
    width = 0
    for run in _blocks(infos):
        if len(run) < MIN_LINES:
            pairs.append(run)
            continue
        run_width = max(len(infos[i].block.text.strip()) for i in run[:-1])
        parts = _parts(infos, run, run_width)
        if _wrapped(infos, parts, w.quoted_lines):
            width = max(width, run_width)
            found.extend(p for p in parts if len(p) >= 2 and _paragraph(infos, p, w))
    if not found:
        return infos
    for run in pairs:
        parts = _parts(infos, run, width)
        if len(parts) == 1 and _wrapped(infos, parts, w.quoted_lines) and _paragraph(infos, run, w):
            found.append(run)
    out = list(infos)
    for part in found:
        for i in part:
            # (``_replace(kind="good", score=float(words), item=True)`` built directly:
            # ``_replace`` makes a dict and a ``map`` per line)
            block, words, density, terminal, _, _, _, *rest = out[i]
            out[i] = type(out[i])(
                block, words, density, terminal, "good", float(words), True, *rest
            )
    return out


def _blocks(infos: Sequence[LineInfo]) -> Iterator[list[int]]:
    """The runs of two or more prose lines in a row of the text (no blank line and no UI
    line, heading or repeated line between), as indexes into ``infos``, whose lines but the
    last have a wrapped line's length."""
    run: list[int] = []
    for i, info in enumerate(infos):
        if info.kind not in _LINE_KINDS:
            if len(run) >= 2:
                yield run
            run = []
            continue
        if run and info.block.index == infos[run[-1]].block.index + 1 and _fits(infos[run[-1]]):
            run.append(i)
            continue
        if len(run) >= 2:
            yield run
        run = [i]
    if len(run) >= 2:
        yield run


def _fits(info: LineInfo) -> bool:
    return MIN_CHARS <= len(info.block.text.strip()) <= MAX_CHARS


def _parts(infos: Sequence[LineInfo], run: list[int], width: int) -> list[list[int]]:
    """``run`` cut into paragraphs after each line shorter than ``RATIO`` of ``width``
    (a paragraph's last line) and after its last line."""
    parts: list[list[int]] = [[]]
    for i in run:
        parts[-1].append(i)
        if len(infos[i].block.text.strip()) < RATIO * width:
            parts.append([])
    return [p for p in parts if p]


def _wrapped(infos: Sequence[LineInfo], parts: list[list[int]], quoted: bool = False) -> bool:
    """Paragraphs wrapped at a width: prose lines (``MIN_DENSITY`` of their words
    stopwords), two lines at least as wide as the width, and the sentence going on at half
    of the breaks inside a paragraph or more (no full stop at the end of the line, a
    lower-case letter at the start of the next, after its ``QUOTE_MARKS`` if ``quoted``)."""
    lines = [infos[i] for p in parts for i in p]
    words = sum(i.words for i in lines)
    if sum(i.density * i.words for i in lines) < MIN_DENSITY * words:
        return False
    breaks = [(infos[a], infos[b]) for p in parts for a, b in itertools.pairwise(p)]
    if not breaks:
        return False
    marks = QUOTE_MARKS if quoted else ""  # (whitespace first, as before, then the marks)
    goes_on = sum(
        1 for a, b in breaks if not a.terminal and b.block.text.lstrip().lstrip(marks)[:1].islower()
    )
    return 2 * goes_on >= len(breaks)


def _paragraph(infos: Sequence[LineInfo], part: list[int], w: Weights) -> bool:
    """The lines hold a paragraph's words and end it (a full stop), or hold a long one's."""
    words = sum(infos[i].words for i in part)
    return words >= w.good_words and (infos[part[-1]].terminal or words >= w.long_words)
