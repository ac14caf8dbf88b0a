"""A blog's post footers between its posts, for the ``extract`` preset.

The front page of a blog (a 2000s weblog above all) shows several posts, each ending in a
footer line ("posted by Dave at 9:42 PM | 3 comments | link") and the next one under its
date and title. The footers repeat one shape and scored as repeated page furniture; with
the date and the title under it, they outweighed a short post, and the page's article ended
with its first post: the others went as ``extract-tail``. A footer line (its normalised key
starts with one of the data file's ``[post_footers] starts``: "posted by", "geschrieben
von") of at most ``MAX_WORDS`` words, with a post's paragraph right above it, is scored as a
blank line when the page has ``MIN_FOOTERS`` or more of them; the line stays in the text (and
a later pass, or the reader, sees it). A byline above a post ("Posted by Jane Smith" under
the headline) has no paragraph above it, and one post's footer is alone: they score as
before. Off with ``Weights.post_footers=False`` (``extract_off = ["post-footers"]``).

>>> kinds = ["good", "repeat", "hint", "short", "good", "repeat", "short"]
>>> keys = ["", "posted by dave at 0 00 pm", "", "", "", "posted by dave at 0 00 pm", "about"]
>>> footer_rows(keys, kinds, [1, 6, 3, 1, 9, 6, 1])
[1, 5]
>>> footer_rows(keys[:4], kinds[:4], [1, 6, 3, 1])
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from cleantext.data import alternation, boilerplate_table

__all__ = ["MAX_WORDS", "MIN_FOOTERS", "footer_rows"]

MIN_FOOTERS = 2  # footers with a post's paragraph above them
MAX_WORDS = 16  # words of a footer line ("posted by Dave at 9:42 PM | 3 comments | link")
_PROSE = frozenset({"good", "medium"})


@lru_cache(maxsize=1)
def _starts() -> regex.Pattern[str]:
    """The start of a footer's normalised key, at the start of a line of the keys joined."""
    starts = boilerplate_table()["post_footers"]["starts"]
    return regex.compile(rf"^(?:{alternation(starts)}) ", regex.MULTILINE)


def _after_prose(kinds: Sequence[str], j: int) -> bool:
    """The last non-blank line before line ``j`` is a paragraph."""
    i = j - 1
    while i >= 0 and kinds[i] == "empty":
        i -= 1
    return i >= 0 and kinds[i] in _PROSE


def footer_rows(keys: Sequence[str], kinds: Sequence[str], counts: Sequence[int]) -> list[int]:
    """Indexes of the lines (``keys``, ``kinds``, ``counts``: each line's normalised key, class
    and words) that are post footers with a post's paragraph above them; none if fewer than
    ``MIN_FOOTERS`` (the keys joined are searched once: a page without a footer takes no
    Python step per line)."""
    joined = "\n".join(keys)
    if _starts().search(joined) is None:
        return []
    pattern = _starts()
    found = [
        j
        for j, key in enumerate(keys)
        if counts[j] <= MAX_WORDS and pattern.match(key) is not None and _after_prose(kinds, j)
    ]
    return found if len(found) >= MIN_FOOTERS else []
