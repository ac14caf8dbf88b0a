"""A box of teasers, each with its counters, inside the article, for the ``extract`` preset
(issue 14: the article's tail).

A news page sets a "More on this topic" box among the article's paragraphs: each teaser a
headline, an author, a date and a line of counters ("Kommentare: 45, Empfehlungen: 8",
"12 comments", "1.2K views · 34 shares"). A counter line of comments reads as a comment
heading ("Kommentare: ," whose figure the page's script fills in), which ends the article,
and a counter line is no headline either: the box was no link box between two parts of the
story (``extract._bridges``), and the article's paragraphs after it went as ``extract-tail``.

A counter line is a short line whose normalised words are only figures ("45", "1.2k") and
words of the data file's ``[counters] labels`` (several languages), one of them at least. A
box heading followed by up to ``bridge_max`` short lines, headlines and counter lines, two
or more of them counter lines, then by two paragraphs, is a box inside the story: its lines
go as ``extract-related`` and the article goes on after it. A comment heading among them
must be followed by another counter line inside the box (the teasers' counters go on): a
real comment section after a box ("12 Comments" and the comments) is not crossed. A
paragraph that names comment counts in prose is no counter line. Each line is looked at
once per box heading, up to ``bridge_max`` lines: linear. Off with
``Weights.counter_boxes=False`` (``extract_off = ["counter-boxes"]``).

>>> is_counter("kommentare 00 empfehlungen 0"), is_counter("00k views 00 shares")
(True, True)
>>> is_counter("00 comments on the bridge"), is_counter("0000")
(False, False)
"""

from __future__ import annotations

from cleantext.boilerplate.patterns import data_keys

__all__ = ["MAX_WORDS", "MIN_COUNTERS", "counter_words", "is_counter"]

MAX_WORDS = 8  # words of a counter line ("Kommentare: 45, Empfehlungen: 8, Shares: 3")
MIN_COUNTERS = 2  # counter lines a box of teasers holds (two teasers at least)
#: what may follow a counter's figure: thousands, millions ("1.2K views", "3 Mio. Aufrufe")
_UNITS = frozenset({"k", "m", "mio", "tsd", "tys"})


def counter_words() -> frozenset[str]:
    """The data file's ``[counters] labels`` (normalised: case-folded, no punctuation)."""
    return data_keys("counters", "labels")


def is_counter(key: str) -> bool:
    """``key``, a normalised line (``patterns.normalize_line``: figures are ``0``), is a
    teaser's counter line: at most ``MAX_WORDS`` words, each a figure (with a unit) or a
    counter word, one a counter word at least."""
    parts = key.split()
    if not parts or len(parts) > MAX_WORDS:
        return False
    words = counter_words()
    named = False
    for part in parts:
        if part in words:
            named = True
        elif not _figure(part):
            return False
    return named


def _figure(part: str) -> bool:
    """``part``, a normalised word, is a figure ("00", "0k") or a unit alone ("mio")."""
    return not part.rstrip("0") or part in _UNITS or (part[0] == "0" and part.lstrip("0") in _UNITS)
