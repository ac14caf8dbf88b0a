"""Quoted verse or lines of prose inside the article, for the ``extract`` preset.

A song's lyrics, a poem or a quoted passage sits between two paragraphs of the article as
lines without a full stop. Plain text makes them short lines, like a menu's, and the article
was cut at them (the paragraphs before them went as ``extract-head``). Unlike a menu's or a
list of headlines' lines, most of them are long (``MIN_WORDS`` words or more) and have a high
share of stopwords (``MIN_DENSITY``: the words that make a sentence); quotation marks open
the passage's first line and close its last (a list of headlines has stopwords too, but no
quotation around it); and most of its lines start with a capital (the lines of a hard-wrapped
paragraph with a quotation in it go on in lower case). A poem without quotation marks
(``_stanza``) has its sentences going on across its lines instead: they end in commas or go
on in lower case, where headlines start each line anew. When such a passage is in a run of
short lines between two paragraphs, ``extract._inline_lists`` keeps the run as a list inside
the article (the story goes on after it). Off with ``Weights.verse=False`` (``extract_off =
["verse"]``). A poem that is the page's content (``verse_above``, adv21) has no paragraph
above it: the article's run starts inside it, at a stanza's line, and its first stanzas, lines
of the same shape right above, went as ``extract-head``; they are kept (``extract_off =
["verse-page"]``).

>>> from cleantext.boilerplate.extract import LineInfo
>>> from cleantext.segment import Block
>>> mk = lambda t, n, d: LineInfo(Block(0, 0, t, 0), n, d, False, "short", -3.0)
>>> verse = [mk("„I was", 9, 0.56), mk("And I", 9, 0.56), mk("We are“", 13, 0.6)]
>>> is_verse([mk("Heading", 1, 0.0), *verse])
True
>>> is_verse([mk(t.strip("„“"), 9, 0.56) for t in ("„I was", "And I", "We are“")])
False
>>> is_verse([mk("„I was", 9, 0.56), mk("and I", 9, 0.56), mk("we are“", 13, 0.6)])
False
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MIN_DENSITY", "MIN_LINES", "MIN_WORDS", "is_verse", "verse_above", "why_verse"]

MIN_WORDS = 8
MIN_DENSITY = 0.35
MIN_LINES = 3
STANZA_WORDS = 4  # words of most lines of a poem without quotation marks (``_stanza``)
ABOVE_LINES = 80  # lines of a poem looked at above the article's run (``verse_above``)
#: the kinds of a poem's lines above the article's run (a line with a full stop is "medium")
_LINE_KINDS = frozenset({"short", "medium"})


def is_verse(lines: Sequence[LineInfo]) -> bool:
    """``lines`` hold a quoted passage (``_quoted``) most of whose lines (``MIN_LINES`` at
    least) are long lines with a high share of stopwords: verse or a quoted text, not a menu
    or a list of headlines (which have stopwords too, but no quotation marks around them)."""
    quoted = _quoted([info.block.text for info in lines])
    if quoted is None:
        return _stanza(lines)
    verse = lines[quoted[0] : quoted[1] + 1]
    shaped = sum(1 for info in verse if info.words >= MIN_WORDS and info.density >= MIN_DENSITY)
    if shaped < MIN_LINES or 2 * shaped <= len(verse):
        return False
    # each line of verse starts with a capital; a hard-wrapped paragraph's lines go on in
    # lower case ("community in which citizens can have ...")
    capital = sum(1 for info in verse if info.block.text.lstrip(_QUOTES)[:1].isupper())
    return 3 * capital >= 2 * len(verse)


def _stanza(lines: Sequence[LineInfo]) -> bool:
    """``lines`` are a poem without quotation marks (adv20: a poem of the week between its
    introduction and the poet's bio): most of them have ``STANZA_WORDS`` words or more and a
    sentence's share of stopwords, and at ``MIN_LINES`` of their line breaks, and half at
    least, the sentence goes on (the line ends in ',', ';' or ':', or the next line starts
    in lower case: "The boats come in with the light behind them," / "gulls stitched to
    their wakes like thread,"). A list of headlines or of the article's points starts each
    line anew; an address ends its lines in commas, but has no stopwords.

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda t: LineInfo(Block(0, 0, t, 0), len(t.split()), 0.5, False, "short", -3.0)
    >>> poem = ["Harbour", "The boats come in with the light behind them,",
    ...     "gulls stitched to their wakes like thread,", "and my father on the quay, counting,",
    ...     "the way he counted us at bedtime."]
    >>> _stanza([mk(t) for t in poem]), _stanza([mk(t.rstrip(",").capitalize()) for t in poem])
    (True, False)
    """
    shaped = sum(1 for i in lines if i.words >= STANZA_WORDS and i.density >= MIN_DENSITY)
    if 2 * shaped <= len(lines):
        return False
    texts = [info.block.text.strip() for info in lines]  # (read only for such lines)
    on = sum(
        1
        for text, below in itertools.pairwise(texts)
        if text[-1:] in _GOES_ON or (text[-1:].isalpha() and below[:1].islower())
    )
    return on >= MIN_LINES and 2 * on >= len(texts) - 1


def verse_above(infos: Sequence[LineInfo], first: int, w: Weights) -> int:
    """The first line of a poem's stanzas right above the article's run, which starts at
    line ``first`` inside the poem (its line is no paragraph: a poem page, the run the last
    stanza), or ``first``: the lines above, back to the first that is UI or has fewer than
    ``STANZA_WORDS`` words (the poet's name, "Poetry · Issue 14"), ``MIN_LINES`` or more,
    are a stanza with ``first``'s line (``_stanza``). A menu's or a list of headlines' lines
    start anew; a paragraph above is no stanza's line (``w.verse_page``).

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> poem = ["Poetry", "The apple trees stand bare along the wall,",
    ...     "their branches black against a sky of tin;", "the last leaves gathered where they "
    ...     "chose to fall,", "the ladder leaning where the fruit had been.",
    ...     "Now I go out alone with his old blade", "and find his marks healing in the bark."]
    >>> verse_above(classify_lines("\\n".join(poem)), 5, WEIGHTS)
    1
    >>> heads = [t.rstrip(",;.").capitalize() for t in poem]
    >>> verse_above(classify_lines("\\n".join(heads)), 5, WEIGHTS)
    5
    """
    if not w.verse_page or first <= 0 or infos[first].kind not in _LINE_KINDS:
        return first
    lines: list[LineInfo] = []
    top, j = first, first - 1
    while j >= 0 and len(lines) < ABOVE_LINES:
        info = infos[j]
        if info.kind != "empty":
            if info.kind not in _LINE_KINDS or info.ui or info.words < STANZA_WORDS:
                break
            lines.append(info)
            top = j
        j -= 1
    if len(lines) < MIN_LINES or not _stanza([*reversed(lines), infos[first]]):
        return first
    return top


def why_verse(first: int, last: int) -> str:
    """The head note's words for a poem's stanzas kept above the article's run (``first``,
    ``last``: their lines, counted from 1)."""
    return f"the stanzas at lines {first}-{last} are the poem's (verse-page)"


def _quoted(texts: list[str]) -> tuple[int, int] | None:
    """``(first, last)``: the first line that opens a quotation ("„", "“", '"', "«", "»")
    and the first line from it on that closes one; ``None`` if there is none."""
    first = next((i for i, t in enumerate(texts) if t.lstrip()[:1] in _OPEN), None)
    if first is None:
        return None
    last = next((i for i in range(first, len(texts)) if texts[i].rstrip()[-1:] in _CLOSE), None)
    return None if last is None or last == first else (first, last)


_QUOTES = ' „“"«»‚‘「『”’'
#: the marks at a line's end after which the sentence goes on (``_stanza``)
_GOES_ON = frozenset(",;:")
_OPEN = frozenset('„“"«»‚‘「『')
_CLOSE = frozenset('“”"»«‘’」』')
