"""A menu word used as a section heading, for the ``extract`` preset (issue 14: pages that
are not news).

Whole-page text keeps a page's menus as lines of their own, and a line that is a known
menu word ("Accessibility", "Contact": the data file's ``[navigation] hints``) is scored as
a menu's link (``hint``), which a run of the article does not cross (``continued.py``). An
event's, a museum's or a council's page uses some of these words as the headings of its own
sections: "Accessibility" over a paragraph on step-free access, after the event's agenda.
Such a heading was read as a footer link, and the article ended above it.

A menu's link comes among other links; a section's heading comes between the section
before it and its paragraph. A hint line whose word is one of the data file's
``[hint_headings] section_words`` is a short line, as any heading is, when the line after it is a
paragraph (``good``) and the line before it is neither a hint nor any other page furniture
(UI text, a box or comment heading). A menu word in a footer's run of links, or under
another menu word, stays a hint; so does a site's section name ("Politics"), which above a
teaser's headline is its kicker. Off with ``Weights.hint_headings=False``
(``extract_off = ["hint-headings"]``).

>>> kinds = ["good", "short", "hint", "good", "hint", "hint", "good", "short", "hint", "good"]
>>> keys = ["", "", "contact", "", "home", "contact", "", "", "politics", ""]
>>> hint_headings(kinds, keys)
[2]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from cleantext.data import boilerplate_table

__all__ = ["heading_words", "hint_headings"]

#: the kinds of line before a hint that make it one of a run of links or furniture
_FURNITURE = frozenset({"hint", "ui", "box", "stop"})
#: the lines looked at on each side of a hint, blank lines skipped
_REACH = 3


@lru_cache(maxsize=1)
def heading_words() -> frozenset[str]:
    """The normalised menu words that may head a section: ``[hint_headings] section_words``."""
    return frozenset(boilerplate_table()["hint_headings"]["section_words"])


def hint_headings(kinds: Sequence[str], keys: Sequence[str]) -> list[int]:
    """The hint lines of ``kinds`` (``extract.classify_lines``' kinds of the non-blank lines,
    ``keys`` their normalised text) that are section headings: the key is one of
    ``heading_words``, the next line that is not ``empty`` is ``good``, and the one before
    is there and no page furniture (``_FURNITURE``)."""
    words = heading_words()
    out: list[int] = []
    for j in [j for j, kind in enumerate(kinds) if kind == "hint" and keys[j] in words]:
        after = next((k for k in kinds[j + 1 : j + 1 + _REACH] if k != "empty"), "")
        before = next((k for k in reversed(kinds[max(0, j - _REACH) : j]) if k != "empty"), "")
        if after == "good" and before and before not in _FURNITURE:
            out.append(j)
    return out
