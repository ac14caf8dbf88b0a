"""A table of contents inside the main content, for the ``extract`` preset (``extract-toc``).

A listicle or a guide puts its table of contents under its intro: the headings of its
sections, each on a line of its own, maybe under a label ("Table of Contents", "Inhalt").
Each entry comes again further down as the heading over its section. Rendered as text, the
table is a run of ``MIN_ENTRIES`` or more short lines in a row whose keys (their normalised
text, ``LineInfo.key``) each come again later in the article, in the same order, with other
lines between the copies (the sections' text); a short label right above the run goes with
it, and the run's other entries (whose headings may be past the main content's end). The
copies stay: they are the article's headings.

>>> kinds = ["good", "short", "repeat", "repeat", "repeat", "repeat", "good", "repeat",
...          "good", "repeat", "good"]
>>> keys = ["intro", "contents", "a", "b", "c", "a", "x", "b", "y", "c", "z"]
>>> toc_box(kinds, keys, [30, 1, 1, 1, 1, 1, 30, 1, 30, 1, 30])
(1, 4)

A list whose lines come again in a row (the same box twice) or not at all is no table of
contents:

>>> toc_box(["good", "repeat", "repeat", "repeat", "repeat", "repeat", "repeat"],
...         ["p", "a", "b", "c", "a", "b", "c"], [30, 1, 1, 1, 1, 1, 1])
"""

from __future__ import annotations

from collections.abc import Sequence

from cleantext.boilerplate._examples import PROSE, PROSE_END
from cleantext.rules import Rule, register

__all__ = ["TOC", "toc_box"]

#: a table of contents has at least this many entries
MIN_ENTRIES = 3
#: and at most this many
MAX_ENTRIES = 30
#: an entry has at most this many words (a heading)
ENTRY_WORDS = 12
#: the label above the entries has at most this many words ("Table of Contents")
LABEL_WORDS = 4
#: the kinds of line (``extract.LineInfo.kind``) that the label can be (an entry is a
#: "repeat": a line whose key the page has more than once)
_LABEL_KINDS = frozenset({"short", "hint", "ui"})

TOC = register(
    Rule(
        "extract-toc",
        "boilerplate",
        "extract preset: remove a table of contents inside the main content (3 or more short "
        "lines in a row, each coming again later as the heading over its section).",
        preset="extract",
        examples=(
            (
                PROSE
                + "Contents\nThe bridge\nThe detour\nThe ferry\n\nThe bridge\n\n"
                + PROSE
                + "The detour\n\n"
                + PROSE
                + "The ferry\n\n"
                + PROSE_END,
                PROSE
                + "The bridge\n\n"
                + PROSE
                + "The detour\n\n"
                + PROSE
                + "The ferry\n\n"
                + PROSE_END,
            ),
        ),
    )
)


def toc_box(
    kinds: Sequence[str], keys: Sequence[str], words: Sequence[int]
) -> tuple[int, int] | None:
    """The first and last line of the first table of contents among the lines (their kinds,
    keys and word counts), its label included, or ``None``."""
    n, i = len(kinds), 0
    while i < n:
        if kinds[i] != "repeat":
            i += 1
            continue
        # the run of entries: repeated short lines in a row, up to a key it already has (the
        # first section's heading right under the table)
        j, seen = i, {keys[i]}
        while j + 1 < n and _entry(kinds[j + 1], words[j + 1]) and keys[j + 1] not in seen:
            j += 1
            seen.add(keys[j])
        if _listed(kinds, keys, i, j) - i + 1 >= MIN_ENTRIES:  # (then the run's other entries too:
            # their headings may be past the main content's end)
            top = i - 1 if i > 0 and _label(kinds[i - 1], words[i - 1]) else i
            return top, j
        i = j + 1
    return None


def _entry(kind: str, words: int) -> bool:
    return kind == "repeat" and words <= ENTRY_WORDS


def _label(kind: str, words: int) -> bool:
    return kind in _LABEL_KINDS and 0 < words <= LABEL_WORDS


def _listed(kinds: Sequence[str], keys: Sequence[str], i: int, j: int) -> int:
    """The last line of the run ``i..j`` (``i`` - 1 if none) up to which each line's key comes
    again after the run, each copy after the one before with other lines between them, and
    each copy a heading: the line under it (its section's first) is no repeated line. The
    rows of a results table repeat too (an athlete in two events), with more repeated rows
    under them (a time, a club), not a section.

    >>> keys = ["a", "b", "c", "a", "x", "b", "y", "c", "z"]
    >>> _listed(["repeat"] * 3 + ["repeat", "good"] * 3, keys, 0, 2)
    2
    >>> _listed(["repeat"] * 3 + ["repeat", "repeat"] * 3, keys, 0, 2)
    -1
    """
    at, end = j, i - 1
    for k in range(i, min(j, i + MAX_ENTRIES - 1) + 1):
        found = _index(keys, keys[k], at + 1)
        if found is None or (k > i and found == at + 1):
            break
        if found + 1 < len(kinds) and kinds[found + 1] == "repeat":
            break  # (a row of a table that repeats, not a heading over its section)
        at, end = found, k
    return end


def _index(keys: Sequence[str], key: str, start: int) -> int | None:
    for k in range(start, len(keys)):
        if keys[k] == key:
            return k
    return None
