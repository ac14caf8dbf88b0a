"""Parallel sections: a block repeated under sibling headings, which ``dedup-blocks`` keeps.

A meal plan's menus ("Meal Prep Menu for Eating Plan A", "... Plan B", "... Plan C") share
most of their meals; a training plan's weeks ("Week 1", "Week 2") share their warm-up; a
song's verses ("Verse 1", "Verse 2") are each followed by the chorus. The copies are the
text's own: each section is read on its own. A later copy is kept when a family of sibling
headings (:func:`families`: :data:`MIN_SIBLINGS` lines or more, ``[dedup]
sibling_headings``, the same words but the last, a label: one letter or a number of up to 3
digits) has one member above the earlier copy and another, after the earlier copy's start,
above the later one: the two copies are in different sections. A menu at a page's top and
bottom has no section heading above its first copy, and goes.

>>> text = "Plan A\\nOats and eggs.\\nPlan B\\nOats and eggs.\\nPlan C\\nRice.\\n"
>>> later, earlier = text.index("Oats", 10), text.index("Oats")
>>> in_parallel_sections(families(text, 3), later, earlier)
True
>>> families(text, 4)
[]
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

__all__ = ["MAX_WORDS", "MIN_SIBLINGS", "families", "in_parallel_sections"]

#: the fewest headings of one family (``[dedup] sibling_headings``; 0: no section is read)
MIN_SIBLINGS = 3
#: the most words of a section's heading
MAX_WORDS = 10
#: the most characters of a heading's line
_MAX_CHARS = 120
#: a heading's label: one letter or a number of up to 3 digits, maybe with ':' or '.'
_LABEL = re.compile(r"(?:[^\W\d_]|\d{1,3})[:.]?")
#: a line's end, a label and the space before it, in the text reversed: every line that
#: :func:`families` keeps has one (a literal first: the search goes from line end to line end;
#: possessive, as no step can give back what the next one needs: a line that fails fails at once)
_LABEL_END = re.compile(r"\n[^\S\n]*+[:.]?+(?:[^\W\d_]|\d{1,3}+)[^\S\n]")


def families(text: str, min_siblings: int) -> list[list[tuple[int, str]]]:
    """The families of sibling headings of ``text``: lines of 2 to :data:`MAX_WORDS` words
    that differ in their last word alone, a label, ``min_siblings`` lines or more, each
    line once (a section's heading comes once; the dates over a box's teasers, "Nov 18",
    repeat), none if ``min_siblings`` is 0; each family as ``(offset, line)`` pairs in order.

    >>> families("Week 1\\nRun.\\nWeek 2\\nSwim.\\nWeek 3\\nRest.\\n", 3)[0][1:3]
    [(12, 'Week 2'), (25, 'Week 3')]
    >>> families("Nov 18\\nA.\\nNov 18\\nB.\\nNov 17\\nC.\\nNov 15\\nD.\\n", 3)
    []
    """
    if min_siblings < 1:
        return []
    # the lines that end in a label after a space, found by searching the text backwards
    # from line end to line end (in C); only they are read, as before (their ends, in order)
    ends = [len(text) - m.start() for m in _LABEL_END.finditer((text + "\n")[::-1])]
    if len(ends) < min_siblings:
        return []
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for stop in reversed(ends):
        offset = text.rfind("\n", 0, stop) + 1
        line = text[offset:stop]
        end = line.rstrip()  # the cheap tests first: a heading's line is short, its last word too
        if len(line) <= _MAX_CHARS and 0 < len(end) - end.rfind(" ") <= 5:
            words = line.split()
            if 2 <= len(words) <= MAX_WORDS and _LABEL.fullmatch(words[-1]):
                found[" ".join(words[:-1]).casefold()].append((offset, line.strip()))
    # each section's heading comes once: "Nov 18" over teaser after teaser is a date line
    return [f for f in found.values() if len({line for _, line in f}) == len(f) >= min_siblings]


def in_parallel_sections(found: list[list[tuple[int, str]]], later: int, earlier: int) -> bool:
    """Whether the copy at offset ``later`` and the earlier one at offset ``earlier`` are
    under two sibling headings of one of the families ``found`` (:func:`families`)."""
    for family in found:
        starts = [start for start, _ in family]
        above_later = bisect.bisect_right(starts, later) - 1
        above_earlier = bisect.bisect_right(starts, earlier) - 1
        if above_earlier < 0 or starts[above_later] <= earlier:
            continue
        if family[above_later][1] != family[above_earlier][1]:
            return True
    return False
