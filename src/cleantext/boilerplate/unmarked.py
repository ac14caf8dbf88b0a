"""Paragraphs of a script whose sentences end in no mark, for the ``extract`` preset.

Thai and Lao put no mark at a sentence's end (a space parts two sentences) and have no letter
case. A short Thai paragraph is then never "terminal" nor in sentence case: after the
article's long paragraphs, its last short ones ("เปิดทุกวันตั้งแต่ห้าโมงเช้าถึงสามทุ่ม", "open
every day from 5 am to 9 pm") were "short" lines that the extension over paragraphs without a
full stop (``unstopped-tail``, which asks for lower-case initials) did not keep, and the
article lost them (issue 14 pattern 4, session 25: two of the written Thai pages).

The main content is extended over up to ``MAX_LINES`` such lines right after it
(``unmarked-tail``): each mostly in such a script (the data file's ``[unmarked] scripts``),
of ``good_words`` words or more, with stopwords, not opening with a figure (a ranked list's
item: "1 ราคาผัก..."), no caption, cut-off teaser or call to action, and a UI line (the share
bar, a read-more button, a box heading, the footer's copyright) or the page's end right under
them. A Thai teaser headline looks like such a line: three or more of them in a row are a
list of teasers, none is kept, and neither are lines followed by another short line.

>>> unmarked_prose("เปิดทุกวันตั้งแต่ห้าโมงเช้าถึงสามทุ่ม")
True
>>> unmarked_prose("1 ราคาผักในตลาดเมืองใหม่ลดลง"), unmarked_prose("Open daily from 5 am")
(False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.intro import line_below
from cleantext.boilerplate.unstopped import is_call, is_truncated
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MAX_LINES", "unmarked_end", "unmarked_prose"]

#: the most lines of the story's end kept: more in a row are a list of teaser headlines
MAX_LINES = 2
#: a letter or a mark (Thai writes its vowels and tones as marks), and a figure opening a line
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_FIGURE_FIRST = regex.compile(r"\s*\p{N}")
#: the classes of a UI line under the story's last lines (a share bar, a box or comment
#: heading, a menu word)
_UI_KINDS = frozenset({"ui", "box", "stop", "hint"})


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


def unmarked_end(
    infos: Sequence[LineInfo], last: int, w: Weights, caption: regex.Pattern[str]
) -> int:
    """The last line of the main content once extended past ``last`` over the story's last
    lines in a script whose sentences end in no mark (see the module's docstring); ``last``
    if there are none, or more than ``MAX_LINES``, or no UI line or page end under them."""
    lines: list[int] = []
    j = line_below(infos, last)
    while j is not None and len(lines) <= MAX_LINES and _prose(infos[j], w, caption):
        lines.append(j)
        j = line_below(infos, j)
    if not lines or len(lines) > MAX_LINES:
        return last
    return lines[-1] if j is None or infos[j].kind in _UI_KINDS else last


def _prose(info: LineInfo, w: Weights, caption: regex.Pattern[str]) -> bool:
    """A short line of the story's end in such a script (``unmarked_prose``)."""
    if info.kind != "short" or info.words < w.good_words or info.density <= 0:
        return False
    text = info.block.text.strip()
    if not unmarked_prose(text) or caption.search(text):
        return False
    return not is_truncated(text) and not is_call(text)
