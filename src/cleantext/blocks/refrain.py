"""A song's chorus or a poem's refrain: a repeated stanza that ``dedup-blocks`` keeps.

A later copy of a block is a scrape's accident (a menu at the top and the bottom, an article
twice), except where the text repeats it on purpose: a chorus between a song's verses, a
poem's refrain. A reader wants every chorus, in its place. The later copy is kept when

* it is a stanza, under a label of 1 or 2 words if any ("[Chorus]"): :data:`MIN_LINES`
  (``[dedup] refrain_lines``) to :data:`MAX_LINES` lines of 2 to :data:`LINE_WORDS` words,
  short ones (half of them under :data:`WIDE` characters: a hard-wrapped paragraph's lines are
  as wide as its wrapping), whose sentences go on across the breaks (a line ends in ',', ';',
  ':' or a dash, or the next one starts in lower case) at half of them at least: a menu's or
  a list's lines start anew;
* and verse stands between it and the earlier copy: lines of up to :data:`LINE_WORDS` words,
  one of 3 words at least ("Verse 2" and "[Chorus]" labels too), no paragraph of prose.

>>> chorus = "So sing it loud, and sing it clear,\\nthe river runs home and summer is here,\\n"
>>> chorus += "so hold my hand when night comes near,\\nwe will be singing another year.\\n"
>>> verse = "The evening fell on the dusty road,\\nwe walked together and carried the load.\\n"
>>> text = chorus + "\\n" + verse + "\\n" + chorus
>>> start = len(chorus + "\\n" + verse + "\\n")
>>> is_refrain(text, start, len(text), len(chorus), 3)
True
>>> is_refrain(text.replace(",\\n", "\\n").title(), start, len(text), len(chorus), 3)
False
"""

from __future__ import annotations

import itertools

__all__ = ["LINE_WORDS", "MAX_LINES", "MIN_LINES", "WIDE", "is_refrain"]

#: the fewest lines of a kept refrain (``[dedup] refrain_lines``; 0: no refrain is kept)
MIN_LINES = 3
#: the most lines of a kept refrain (a whole song twice is a scrape's copy)
MAX_LINES = 16
#: the most words of a line of verse
LINE_WORDS = 14
#: characters of a wide line: hard-wrapped prose is wrapped at 60 to 80
WIDE = 56
#: the marks after which a line of verse goes on on the next one
_GOES_ON = ",;:-–—"


def is_refrain(text: str, start: int, end: int, earlier_end: int, min_lines: int) -> bool:
    """Whether ``text[start:end]``, a later copy of a block whose earlier copy ends at
    ``earlier_end``, is a repeated stanza with verse before it (see the module)."""
    if min_lines < 1 or earlier_end > start or text.count("\n", start, end) > 2 * MAX_LINES + 2:
        return False  # (a long copy, a whole article again: told without splitting it)
    lines = _lines(text[start:end])
    if lines and len(lines[0].split()) <= 2:  # a label: "[Chorus]", "Refrain:"
        lines = lines[1:]
    if not min_lines <= len(lines) <= MAX_LINES or not _stanza(lines):
        return False
    between = _lines(text[earlier_end:start])
    return (
        bool(between)
        and all(len(x.split()) <= LINE_WORDS for x in between)
        and any(len(x.split()) >= 3 for x in between)
    )


def _lines(block: str) -> list[str]:
    return [x.strip() for x in block.split("\n") if x.strip()]


def _stanza(lines: list[str]) -> bool:
    """Lines of verse: short, with sentences going on across their breaks.

    >>> _stanza(["The boats come in,", "gulls behind them,", "and my father counting."])
    True
    >>> _stanza(["Home", "Workouts", "Nutrition"]), _stanza(["Ab Workouts", "Beginner Workouts"])
    (False, False)
    """
    if any(not 2 <= len(x.split()) <= LINE_WORDS for x in lines):
        return False
    if 2 * sum(len(x) >= WIDE for x in lines) > len(lines):
        return False
    on = sum(
        1
        for line, below in itertools.pairwise(lines)
        if line[-1] in _GOES_ON or (line[-1].isalpha() and below[0].islower())
    )
    return on >= 1 and 2 * on >= len(lines) - 1
