"""Hard-wrapped paragraphs scored as the paragraphs they are, for the ``extract`` preset.

A text wrapped at a fixed width (a mailing-list archive, a ``<pre>`` block, a plain-text
article, a blog that kept its author's line breaks) cuts each paragraph into lines of 60 to
80 characters. Each line alone is a dozen words, most without a full stop at the end: the
line classifier (``extract.classify_lines``) takes them for short lines, each scoring as a
menu entry does, and the article loses to anything with whole paragraphs, its comments
first.

A block of ``MIN_LINES`` or more lines in a row (no blank line between) is a wrapped
paragraph when all of them but the last are ``MIN_CHARS`` to ``MAX_CHARS`` characters long
and within ``RATIO`` of the longest (the wrapping width), no line is UI text, a heading or a
repeated line, they have stopwords (``MIN_DENSITY`` of their words in all, a sentence's
share), and at half of the line breaks at least the sentence goes on (no full stop at the
end of the line, a lower-case letter at the start of the next): a list of headlines has lines
of many lengths, each a capitalised title of its own. Such a block, if it holds a paragraph's
words (``Weights.good_words``) and ends in a full stop (or holds ``Weights.long_words``), is
scored as a paragraph: each of its lines ``good``, worth its words.

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


def unwrapped(infos: list[LineInfo], w: Weights) -> list[LineInfo]:
    """``infos`` with the lines of each hard-wrapped paragraph scored as a paragraph (the
    same list if there is none or ``w.hard_wrapped`` is off)."""
    if not w.hard_wrapped:
        return infos
    found: list[list[int]] = []
    pairs: list[list[int]] = []
    for block in _blocks(infos):
        lines = [infos[i] for i in block]
        if len(block) < MIN_LINES:
            pairs.append(block)
        elif _wrapped(lines) and _paragraph(lines, w):
            found.append(block)
    if not found:
        return infos
    width = max(len(infos[i].block.text.strip()) for block in found for i in block[:-1])
    for block in pairs:
        lines = [infos[i] for i in block]
        if len(lines[0].block.text.strip()) >= RATIO * width and _wrapped(lines):
            found.extend([block] if _paragraph(lines, w) else [])
    out = list(infos)
    for block in found:
        for i in block:
            out[i] = out[i]._replace(kind="good", score=float(out[i].words), item=True)
    return out


def _blocks(infos: Sequence[LineInfo]) -> Iterator[list[int]]:
    """The runs of two or more lines in a row of the text (no blank line between), as
    indexes into ``infos``, whose lines but the last have a wrapped line's length."""
    run: list[int] = []
    for i, info in enumerate(infos):
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


def _wrapped(lines: list[LineInfo]) -> bool:
    """The lines of one paragraph wrapped at a width: as long as each other (but the last),
    prose lines, the sentence going on at half of the breaks or more."""
    if any(i.kind not in _LINE_KINDS for i in lines):
        return False
    texts = [i.block.text.strip() for i in lines]
    lengths = [len(t) for t in texts[:-1]]
    if min(lengths) < RATIO * max(lengths):
        return False
    words = sum(i.words for i in lines)
    if sum(i.density * i.words for i in lines) < MIN_DENSITY * words:
        return False
    goes_on = sum(
        1
        for a, b in itertools.pairwise(lines)
        if not a.terminal and b.block.text.lstrip()[:1].islower()
    )
    return 2 * goes_on >= len(lines) - 1


def _paragraph(lines: list[LineInfo], w: Weights) -> bool:
    """The lines hold a paragraph's words and end it (a full stop), or hold a long one's."""
    words = sum(i.words for i in lines)
    return words >= w.good_words and (lines[-1].terminal or words >= w.long_words)
