"""An abstract's keywords line right after it, for the ``extract`` preset.

A paper's page ends its abstract with a line of keywords: "Keywords: snow cover, soil frost",
"Mots-clés : chiroptères, haies", "Ключевые слова: ...". A short line of a label and a list
looks like a page's tags, so the tail was cut before it, and only a citation paragraph after
it (under "Cite this article") kept it in the run. When the first line after the main content
is a label of the data file's ``[keywords] labels`` followed by ':' and up to ``MAX_WORDS``
words, it is the abstract's and is kept (``keywords-line``, w-wild25). A news story's "Tags:"
line is under no such label and still goes. Off with ``Weights.keywords_line=False``
(``extract_off = ["keywords-line"]``); the tail note of ``explain`` names the line.

>>> is_keywords("Mots-clés : chiroptères, haies, bocage"), is_keywords("Tags: Politik, Wahl")
(True, False)
>>> is_keywords("Keywords:")
False
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.intro import line_below
from cleantext.boilerplate.patterns import data_keys, normalize_line

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MAX_WORDS", "is_keywords", "keywords_after", "why_keywords"]

MAX_WORDS = 40  # words of a keywords line
LABEL_CHARS = 32  # characters of its label, before the ':'
#: the kinds of line that are no keywords line (``extract.classify_lines``)
_ENDS = frozenset({"box", "stop", "ui"})


def is_keywords(text: str) -> bool:
    """A keywords line: a label of ``[keywords] labels``, ':' and words after it."""
    label, colon, rest = text.partition(":")
    if not colon or len(label) > LABEL_CHARS or not rest.strip():
        return False
    return len(rest.split()) <= MAX_WORDS and normalize_line(label) in data_keys(
        "keywords", "labels"
    )


def keywords_after(infos: Sequence[LineInfo], last: int, w: Weights) -> int:
    """The keywords line right after line ``last`` (the main content's last line), or
    ``last``; ``last`` if not ``w.keywords_line``."""
    if not w.keywords_line:
        return last
    j = line_below(infos, last)
    if j is None or infos[j].kind in _ENDS or not is_keywords(infos[j].block.text):
        return last
    return j


def why_keywords(infos: Sequence[LineInfo], j: int) -> str:
    """The tail note's words for the keywords line kept."""
    return f"; the keywords line at line {infos[j].block.index + 1} is the abstract's"
