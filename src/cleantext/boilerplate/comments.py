"""Comment bylines with a date and no time of day, for the ``extract-comments`` thread shape.

A comment's header is often the commenter's name and the day it was written, on one line
("Anna am 12. März 2020", "Tom on March 14, 2020", "Marie le 3 mars 2021") or on two ("Anna"
above "12 March 2020"). Such a line is a byline for the thread shape of
``extract._comment_thread`` the way "Anna says:" and "March 3, 2024 at 10:12 am" are: a
thread still needs its bylines and its reply buttons to repeat, so a list of dated headlines
without reply buttons is no thread.

The dates are those of the data file's ``[date]`` lines (month names and date words in 13
languages), matched after the first one to three words (the name) of a line of at most
``MAX_WORDS`` words; the date part must have a figure.

>>> dated_byline("Anna am 12. März 2020"), dated_byline("Tom on March 14, 2020")
(True, True)
>>> dated_byline("12 March 2020"), dated_byline("Anna today")
(True, False)
>>> dated_byline("The council voted on 12 March 2020 to close the bridge.")
False
"""

from __future__ import annotations

from cleantext.boilerplate.patterns import Patterns, normalize_line

__all__ = ["dated_byline"]

MAX_WORDS = 8
MAX_NAME_WORDS = 3


def dated_byline(line: str, patterns: Patterns | None = None) -> bool:
    """A short line that is a date, or a name of one to three words and a date."""
    key = normalize_line(line)
    words = key.split()
    if not words or len(words) > MAX_WORDS or "0" not in key:
        return False
    patterns = patterns or Patterns.builtin()
    for k in range(min(MAX_NAME_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[k:])
        if "0" not in rest:
            break
        if patterns.is_date(rest, rest):
            return True
    return False
