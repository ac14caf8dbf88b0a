"""A page's label line between the article's paragraphs, for ``extract``: scored as blank.

Some sites print one short label again and again between the paragraphs of their articles
(Postmedia's "Article content" around each ad slot and each subheading of a live blog). Each
copy is a repeated short line (``repeat``: a menu's link), so each paragraph stands alone
between two of them and counts half (an isolated paragraph is a teaser's excerpt), the gaps
grow, and the run of the article breaks at its first ad slot: a live blog came out as its
first post.

A label is a repeated line of at most ``MAX_WORDS`` words of which at least ``MIN_TIMES``
copies lie between two paragraphs (the nearest line before and after it that is no copy of
it, blank lines skipped, are ``good``) and at least ``SHARE`` of its copies by a paragraph
(the nearest line on one side is one: the others sit by a subheading or a caption). A menu's
repeated links ("Canada", "Politics") come among other links, and a section heading
repeated in a table of contents comes once by a paragraph: neither is a label, nor is a
list's numbering ("1.", "2.": a line without a letter). The copies are then scored as blank
lines (``classify_lines``, marked ``ui="label"``): the paragraphs around them are one run,
and the copies inside the article still go as the appeals or UI lines they are; any other
copy stays in the text (it is only scored as blank): an interview's speaker ("Anne:") or a
how-to's "Step 1" between paragraphs is the article's. Off with ``extract_off =
["page-labels"]``.

>>> kinds = ["good", "repeat", "good", "repeat", "good", "repeat", "good", "repeat", "good"]
>>> keys = ["", "article content"] * 4 + [""]
>>> label_rows(kinds, keys, [30, 2] * 4 + [30])
[1, 3, 5, 7]
>>> label_rows(kinds[:5], keys[:5], [30, 2, 30, 2, 30])  # twice only
[]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress

__all__ = ["LABEL", "MAX_WORDS", "MIN_TIMES", "SHARE", "label_rows"]

#: the most words of a label line
MAX_WORDS = 3
#: the fewest copies of a label between two paragraphs (and on the page)
MIN_TIMES = 4
#: the least share of a label's copies that lie between two paragraphs
SHARE = 0.5
#: the ``LineInfo.ui`` of a label line
LABEL = "label"


def label_rows(kinds: Sequence[str], keys: Sequence[str], counts: Sequence[int]) -> list[int]:
    """The indexes of the label lines among the lines of ``kinds`` (their classes),
    ``keys`` (normalised texts) and ``counts`` (word counts), in order."""
    # (the keys repeated often enough counted without a Python step per line: most pages
    # have none, and a page's menus repeat many lines)
    repeated = Counter(compress(keys, map("repeat".__eq__, kinds)))
    often = {k for k, n in repeated.items() if n >= MIN_TIMES and _worded(k)}
    if not often:
        return []
    copies: dict[str, list[int]] = {}
    for j in compress(range(len(keys)), map(often.__contains__, keys)):
        if kinds[j] == "repeat" and counts[j] <= MAX_WORDS:
            copies.setdefault(keys[j], []).append(j)
    found: list[int] = []
    for key, rows in copies.items():
        if len(rows) < MIN_TIMES:
            continue
        before = _nearest_is_paragraph(kinds, keys, rows, key, -1)
        after = _nearest_is_paragraph(kinds, keys, rows, key, 1)
        between = sum(before[j] and after[j] for j in rows)
        beside = sum(before[j] or after[j] for j in rows)
        if between >= MIN_TIMES and beside >= SHARE * len(rows):
            found.extend(rows)
    return sorted(found)


def _worded(key: str) -> bool:
    """``key`` has a letter: a list's numbering ("1.", "2.", normalised "0.") is no label."""
    return any(map(str.isalpha, key))


def _nearest_is_paragraph(
    kinds: Sequence[str], keys: Sequence[str], rows: Sequence[int], key: str, step: int
) -> dict[int, bool]:
    """For each line of ``rows`` (ascending copies of ``key``): whether the nearest line in
    the direction ``step`` (-1 before, 1 after) that is neither blank nor a copy of ``key``
    is a paragraph (``good``). A walk that meets a copy already answered takes its answer
    (only blanks and copies lie between them), so each line is walked over about once per
    direction, not once per copy: 20,000 copies in a row took 33 s when each walked alone.

    >>> kinds = ["good", "repeat", "empty", "repeat", "short"]
    >>> keys = ["p", "label", "", "label", "menu"]
    >>> _nearest_is_paragraph(kinds, keys, [1, 3], "label", -1)
    {1: True, 3: True}
    >>> _nearest_is_paragraph(kinds, keys, [1, 3], "label", 1)
    {3: False, 1: False}
    """
    answer: dict[int, bool] = {}
    for j in rows if step < 0 else reversed(rows):
        passed: list[int] = []
        i = j + step
        found = False  # (the walk ran off the page)
        while 0 <= i < len(kinds):
            if keys[i] == key:
                if i in answer:
                    found = answer[i]
                    break
                passed.append(i)
            elif kinds[i] != "empty":
                found = kinds[i] == "good"
                break
            i += step
        answer[j] = found
        for i in passed:
            answer[i] = found
    return answer
