"""Bylines inside the main content, for the ``extract`` preset (``extract-byline``).

A page rendered as text keeps the byline between the standfirst and the first paragraph, or
under a teaser inside the article ("Von Nina Muster", "Von Anna Beispiel und Karl Muster
06.11.2025, 21:00 Uhr", "di Maria Rossi", "By Jane Doe and John Roe / Staff Writers"). The
standfirst keeps the article's run going through it, so nothing else removes it. A line of at
most ``MAX_WORDS`` words that the data file's ``[standfirst] byline_lines`` patterns match in
full is one: a byline word, then one or more names of two to four capitalised words (joined by
',' or "und"/"and"/...), then at most a role or a date after ',', '/', '|' or a figure, with
no sentence end. A heading that starts with "Von" and a noun ("Von Kindern und Eltern", one
capitalised word a name) or a sentence ("Von Berlin aus fuhr der Zug weiter.") is none.
In the scripts without capitals, a label and a colon then a name ("记者　刘思远"), or the name
first ("홍길동 기자"), or the news agency's credit in brackets ("（共同）").

>>> is_byline("Von Nina Muster"), is_byline("By Jane Doe and John Roe / Staff Writers")
(True, True)
>>> is_byline("Von Anna Beispiel und Karl Muster 06.11.2025, 21:00 Uhr")
True
>>> is_byline("Von Kindern und Eltern"), is_byline("Von Berlin Aus fuhr der Zug weiter.")
(False, False)
>>> is_byline("홍길동 기자"), is_byline("本报记者 张敏"), is_byline("（共同）")
(True, True, True)
>>> is_byline("대통령 기자회견"), is_byline("记者了解到"), is_byline("（共同声明）")
(False, False, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from cleantext.boilerplate._examples import PROSE, PROSE_END
from cleantext.data import boilerplate_table
from cleantext.rules import Rule, register
from cleantext.sentences import ENDS

__all__ = ["BYLINE", "MAX_WORDS", "heads", "is_byline", "marked"]

#: a byline has at most this many words (names, a role, a date and a time)
MAX_WORDS = 16

BYLINE = register(
    Rule(
        "extract-byline",
        "boilerplate",
        "extract preset: remove bylines inside the main content ('Von Nina Muster', 'By Jane "
        "Doe and John Roe / Staff Writers'), the author's name is no part of the article.",
        preset="extract",
        examples=((PROSE + "By Jane Doe and John Roe\n\n" + PROSE_END, PROSE + PROSE_END),),
    )
)


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern[str]:
    """The data file's ``[standfirst] byline_lines``, one alternation matched in full."""
    patterns = boilerplate_table()["standfirst"]["byline_lines"]
    return regex.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def heads() -> frozenset[str]:
    """The one-word bylines of the data file's ``[standfirst] bylines``, normalised ("von",
    "by", "di"): the first word of a normalised line that may be a byline (a cheap test
    before :func:`is_byline`'s pattern)."""
    words = boilerplate_table()["standfirst"]["bylines"]
    return frozenset(w.casefold() for w in words if " " not in w)


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    """The data file's ``[standfirst] byline_marks``, one alternation of literals."""
    return re.compile("|".join(map(re.escape, boilerplate_table()["standfirst"]["byline_marks"])))


def marked(key: str) -> bool:
    """A normalised line not all ASCII that holds one of the data file's ``byline_marks``
    (a byline that puts the name first, "홍길동 기자", or an agency's credit, "（共同）"): it
    may be a byline though its first word is none of :func:`heads` (a cheap test before
    :func:`is_byline`'s pattern).

    >>> marked("홍길동 기자"), marked("기상청 발표")
    (True, False)
    """
    return not key.isascii() and _marks().search(key) is not None


def is_byline(line: str) -> bool:
    """A line of at most ``MAX_WORDS`` words that is a byline (``[standfirst] byline_lines``),
    not ending in a sentence's end (``sentences.ENDS``, the data file's ``[sentences] ends``:
    "。", "؟", "।" too; a line that ends in one ends in a sentence, not in a byline).

    >>> is_byline("记者　刘思远"), is_byline("记者　刘思远。")
    (True, False)
    """
    text = line.strip()
    if not text or len(text.split()) > MAX_WORDS or text[-1] in ENDS:
        return False
    return _pattern().fullmatch(text) is not None
