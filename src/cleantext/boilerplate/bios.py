"""An author's bio at the end of the main content, for the ``extract`` preset.

Articles often end with a line about their author: "Jane Doe is a senior writer for Example
News.", "Max Muster ist Redakteur im Team Wirtschaft." It reads as prose, so the article's
run takes it in. It is no part of the article: when one of the last ``REACH`` lines of the
main content starts with a name (one to three capitalised words) followed within a few words
by a verb of the data file's ``[credit] bio_verbs`` ("is"/"ist"/"est"/"was"/"war") and a role
of its ``[credit] bio_roles`` (writer, editor, professor, Redakteurin, journaliste, ...), the
content ends before it. "Jane Doe is a farmer in Kent" names no role and stays. Off with
``Weights.author_bio=False``; the tail note of ``explain`` names the line.

>>> is_bio("Jane Doe is a senior writer for Example News.")
True
>>> is_bio("Jane Doe is a farmer in Kent who has kept bees for forty years.")
False
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.data import alternation, boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["REACH", "bio_start", "is_bio"]

REACH = 3  # the last lines of the main content that may be a bio
MAX_WORDS = 80  # a bio is a short paragraph


@lru_cache(maxsize=1)
def _bio() -> regex.Pattern[str]:
    table = boilerplate_table()["credit"]
    alts = alternation(table["bio_roles"])
    verbs = alternation(table["bio_verbs"])
    # a name of 1-3 capitalised words, the verb, then the role within 80 characters (no '.')
    return regex.compile(
        rf"^(?:\p{{Lu}}[\p{{L}}.'’-]*\s){{1,3}}(?:{verbs})\s[^.]{{0,80}}?(?<!\w)"
        rf"(?i:{alts})(?!\w)"
    )


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The verbs of ``_bio``'s pattern (the data file's ``[credit] bio_verbs``)."""
    return frozenset(boilerplate_table()["credit"]["bio_verbs"])


def is_bio(line: str) -> bool:
    """A line about an article's author: a name, "is", a role (``[credit] bio_roles``).

    >>> is_bio("Mary Ann Smith was an editor."), is_bio("Jane Doe, an editor, is here.")
    (True, False)
    """
    # the pattern's verb is the second, third or fourth word (one to three words of the
    # name before it, each followed by one space): a line without it is told without the
    # pattern (9 lines in 10 of an article's last ones)
    if _verbs().isdisjoint(line.split(None, 4)[1:4]):
        return False
    text = line.strip()
    return _bio().match(text) is not None and len(text.split()) <= MAX_WORDS


def bio_start(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> int:
    """The first line of an author's bio among the last ``REACH`` lines of the main content
    (``first`` to ``last``), not its first line; ``-1`` if there is none."""
    if not w.author_bio:
        return -1
    seen = 0
    for j in range(last, first, -1):
        if infos[j].kind == "empty":
            continue
        seen += 1
        if seen > REACH:
            break
        if is_bio(infos[j].block.text):
            return j
    return -1
