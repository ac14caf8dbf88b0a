"""A list of short lines on the article's topic between two of its paragraphs, for ``extract``.

Pages that are no news story set parts of their text as lists without announcing them with
a colon: a museum's exhibition page lists its "Highlights", a council's page its sites with
their addresses and opening times, a podcast's page what the episode is about. Plain text
lost the bullets, so the run of short lines without a full stop scores as a menu and splits
the page's prose: the part after the list went with the footer.

A menu's or a footer's links name the site's sections ("Home", "Council tax", "Jobs"); a
list of the article's own speaks of what its paragraphs speak of. A run of up to
``Weights.bridge_max`` short lines (``extract._list_line``: no UI string, no box heading)
right after a paragraph, with a paragraph right after it, is a list inside the article when
at least ``MIN_LINES`` of its lines, and ``SHARE`` of them, share a content word with the
paragraph before or the paragraph after (``intro.stems``: words of 4 letters or more in no
stopword list, compared by their first 5 letters; character pairs in Chinese and Japanese),
and the paragraph after shares one with the paragraph before or the list (the text goes on
with its topic: a wiki's "This page was last edited" after its "External links" does not).
The list's lines then cost nothing (``extract._keep_lists``) and the paragraphs around it
are one run. A menu of section names between two paragraphs shares none of their words and
still splits them; a "Related articles" box has a box heading and is no such run, and a box
that sums the story up under one of the data file's ``[topic_lists] summary_headings`` ("Key
points", "Claves") repeats it and is left to the other rules. The paragraph after the list
must not be followed at once by a comment heading, a box heading or a UI string (a licence
line over the footer's links is no paragraph of the article). Each run
reads its lines and two paragraphs once: linear. Off with ``Weights.topic_lists=False``
(``extract_off = ["topic-lists"]``).

>>> on_topic("The museum shows early photographs of the harbour.",
...     ["Highlights", "The first photograph of the harbour", "A camera"],
...     "The studio camera of the harbour is on loan.")
True
>>> on_topic("The museum shows early photographs of the harbour.",
...     ["Visit", "Exhibitions", "Collection"], "The studio camera is on loan.")
False
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from cleantext.boilerplate.intro import stems
from cleantext.boilerplate.patterns import normalize_line
from cleantext.data import boilerplate_table

__all__ = ["MIN_LINES", "SHARE", "on_topic", "summary_heading"]

#: the fewest lines of the list that share a content word with the paragraphs around it
MIN_LINES = 2
#: the least share of the list's lines that do (headings and opening times share none)
SHARE = 1 / 3


@lru_cache(maxsize=1)
def _summary_headings() -> frozenset[str]:
    """The data file's ``[topic_lists] summary_headings``."""
    return frozenset(boilerplate_table()["topic_lists"]["summary_headings"])


def summary_heading(line: str) -> bool:
    """``line`` is the heading of a box that sums the story up ("Key points").

    >>> summary_heading("Key points:"), summary_heading("Highlights")
    (True, False)
    """
    return normalize_line(line) in _summary_headings()


def on_topic(before: str, lines: Sequence[str], after: str) -> bool:
    """The ``lines`` between paragraphs ``before`` and ``after`` share enough of their
    content words (``MIN_LINES`` lines and ``SHARE`` of them) to be the article's list."""
    first, then = stems(before), stems(after)
    around = first | then
    if not around:
        return False
    own = [stems(line) for line in lines]
    shared = sum(1 for words in own if not around.isdisjoint(words))
    if shared < MIN_LINES or shared < SHARE * len(lines):
        return False
    # (the paragraph after goes on with the topic: a footer's line after a links box does not)
    return not then.isdisjoint(first) or not then.isdisjoint(frozenset().union(*own))
