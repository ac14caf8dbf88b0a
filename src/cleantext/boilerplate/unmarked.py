"""Paragraphs of a script whose sentences end in no mark, for the ``extract`` preset.

Thai and Lao put no mark at a sentence's end (a space parts two sentences) and have no letter
case. A short Thai paragraph is then never "terminal" nor in sentence case: after the
article's long paragraphs, its last short ones ("เปิดทุกวันตั้งแต่ห้าโมงเช้าถึงสามทุ่ม", "open
every day from 5 am to 9 pm") were "short" lines that the extension over paragraphs without a
full stop (``unstopped-tail``, which asks for lower-case initials) did not keep, and the
article lost them (issue 14 pattern 4, session 25: two of the written Thai pages).

A line most of whose letters are of such a script (the data file's ``[unmarked] scripts``),
not opening with a figure (a ranked list's item: "1 ราคาผัก..."), is prose for that extension
(``unmarked-tail``), which also asks for stopwords and ``good_words`` words, and stops at the
first UI line, box heading or caption: a share bar, "ข่าวยอดนิยม" over the site's list.

>>> unmarked_prose("เปิดทุกวันตั้งแต่ห้าโมงเช้าถึงสามทุ่ม")
True
>>> unmarked_prose("1 ราคาผักในตลาดเมืองใหม่ลดลง"), unmarked_prose("Open daily from 5 am")
(False, False)
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleantext.data import boilerplate_table

__all__ = ["unmarked_prose"]

#: a letter or a mark (Thai writes its vowels and tones as marks), and a figure opening a line
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_FIGURE_FIRST = regex.compile(r"\s*\p{N}")


@lru_cache(maxsize=1)
def _script() -> regex.Pattern[str]:
    """A character of one of the data file's ``[unmarked] scripts``."""
    scripts = boilerplate_table()["unmarked"]["scripts"]
    return regex.compile("|".join(rf"\p{{Script={name}}}" for name in scripts))


def unmarked_prose(text: str) -> bool:
    """``text`` is mostly in a script whose sentences end in no mark, and opens with no
    figure (see the module's docstring)."""
    if _FIGURE_FIRST.match(text):
        return False
    ours = len(_script().findall(text))
    return ours > 0 and 2 * ours > len(_LETTER.findall(text))
