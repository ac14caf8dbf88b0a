"""Paragraphs that lost their full stop after the main content, for the ``extract`` preset.

A page rendered as text often ends its article with a paragraph that has no full stop: a
closing remark ending in an emoji ("… und das gefällt mir 😉"), a sign-off, a link. Such a
line is "short" for the line classifier, so the article's tail was cut just before it. The
main content is extended over the lines right after it (blank lines aside) that look like
prose, as it is before its first line: ``good_words`` words or more, sentence case, stopwords.
The extension stops at a caption, a cut-off teaser ("Best gifts under $50 on A... SEE FULL
GALLERY") and a call to action of the data file's ``[follow] calls`` ("Follow AP's full
coverage of ..."). Off with ``Weights.unstopped_tail=False``; the tail note of ``explain``
names the lines kept.

>>> is_call("Follow AP's full coverage of Brexit at https://apnews.com/Brexit")
True
>>> is_call("Following the vote, the council met again."), is_truncated("Best gifts on A...")
(False, True)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.intro import line_below
from cleantext.data import alternation, boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["extend_on", "is_call", "is_truncated", "unlisted_end"]

#: a cut-off teaser: three dots or an ellipsis
_TRUNCATED = regex.compile(r"\.\.\.|…")


@lru_cache(maxsize=1)
def _calls() -> regex.Pattern[str]:
    alts = alternation(boilerplate_table()["follow"]["calls"])
    return regex.compile(rf"^\W*(?:{alts})(?!\w)", regex.IGNORECASE)


def is_call(line: str) -> bool:
    """A line that starts with a call to follow or subscribe (``[follow] calls``)."""
    return _calls().match(line) is not None


def is_truncated(line: str) -> bool:
    """A line with a cut-off part ("..." or "…"): a teaser, not the article's last words."""
    return _TRUNCATED.search(line) is not None


def extend_on(
    infos: Sequence[LineInfo],
    last: int,
    w: Weights,
    prose: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
) -> int:
    """The last line of the main content once extended past ``last`` over the paragraphs
    without a full stop right after it: "short" lines of ``w.good_words`` words or more that
    ``prose`` accepts, no ``caption``, teaser or call to action."""
    if not w.unstopped_tail:
        return last
    j = last + 1
    while j < len(infos):
        info = infos[j]
        if info.kind == "empty":
            j += 1
            continue
        if info.kind != "short" or info.words < w.good_words or not prose(info):
            break
        text = info.block.text.strip()
        if caption.search(text) or is_truncated(text) or is_call(text):
            break
        last = j
        j += 1
    return last


def unlisted_end(
    infos: Sequence[LineInfo],
    last: int,
    w: Weights,
    cased: Callable[[str], bool],
    caption: regex.Pattern[str],
) -> int:
    """The line of a short last paragraph right after ``last`` (blank lines aside), or -1:
    a "short" line that ends with a full stop, of ``w.sentence_words`` words or more, in
    sentence case (``cased``), no ``caption``, teaser or call to action, and no line of
    prose after it. Such a line is short only for its stopword density: where the language's
    function words are suffixes (Turkish, Finnish) or its list misses the words of a
    closing sentence ("Kooperatif gelecek yıl kompost üretimine başlayacak."), a six-word
    sentence often has no listed word at all (``unlisted-tail``, ``w.unlisted_tail``)."""
    if not w.unlisted_tail:
        return -1
    j = line_below(infos, last)
    if j is None:
        return -1
    info = infos[j]
    if info.kind != "short" or not info.terminal or info.words < w.sentence_words:
        return -1
    text = info.block.text.strip()
    if not cased(text) or caption.search(text) or is_truncated(text) or is_call(text):
        return -1
    after = line_below(infos, j)
    return j if after is None or infos[after].kind not in ("good", "medium") else -1
