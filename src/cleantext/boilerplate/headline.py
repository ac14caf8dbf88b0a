"""The article's headline as an anchor for the ``extract`` preset.

A whole page rendered as text (html-text, ``get_text()``) starts with the page's ``<title>``,
and the title is usually the article's headline and the site's name ("Bridge to close - Example
News"). The headline comes again just before the article (the page's ``<h1>``). When the
chosen main content lies wholly before that line (a menu whose drop-down items are whole
sentences, a consent banner or a "most popular" list won against a short article), the run of
prose that starts right after the headline is the article instead.

Only the title's own words count: its part before the first or the last separator (" - ",
" | ", " – ", ": "), or the whole first line if it has none, with at least ``MIN_WORDS`` words
(or ``MIN_CJK`` characters of Chinese, Japanese or Korean), so that a site's name alone
("Example News") anchors nothing. The run after the headline must start within ``MAX_GAP``
lines of it (byline, date, share bar), score at least ``MIN_SCORE`` (a paragraph of about that
many words) and at least ``MIN_SHARE`` of the run it replaces: the article's own headline in a
teaser list after the article (whose ``<h1>`` the text lost) does not turn one teaser into the
article. A run right under the first line has that line as its heading already (a document that
is a title and its text, or one whose title and text come twice): it stays.

>>> from cleantext.boilerplate.extract import classify_lines
>>> page = "\\n".join([
...     "Bridge to close after a century - Example News",
...     "Bridge to close after a century",
...     "The council voted on Tuesday to close the old bridge over the river, which is now "
...     "too weak for the buses."])
>>> headline_index(classify_lines(page))
1
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.patterns import normalize_line
from cleantext.tokens import CJK as _CJK

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["after_headline", "headline_index", "title_keys"]

#: separators between a title's headline and the site's name (in a title whose whitespace is
#: single spaces: linear, each match starts at a space or a bar)
_SEP = regex.compile(r" [-|–—·:»/]+ | ?[|｜] ?")
MIN_WORDS = 4
MIN_CJK = 8
MAX_TITLE_WORDS = 30
MAX_GAP = 15
MIN_SCORE = 10.0
MIN_SHARE = 0.25

Span = tuple[int, int]


@lru_cache(maxsize=256)
def title_keys(title: str) -> frozenset[str]:
    """The normalised forms of a page title a headline line may have: its part before the
    first and before the last separator (or the whole title if it has none), if long enough
    to be a headline.

    >>> sorted(title_keys("Bridge to close after a century - Example News"))
    ['bridge to close after a century']
    >>> sorted(title_keys("Review: a quiet film - Example News - Culture"))
    ['review a quiet film', 'review a quiet film example news']
    >>> sorted(title_keys("Example News | Home"))
    []
    """
    title = " ".join(title.split())
    cuts = [m.start() for m in _SEP.finditer(title)]
    forms = {title[:c] for c in cuts[:1] + cuts[-1:]} if cuts else {title}
    return frozenset(k for k in map(normalize_line, forms) if _long_enough(k))


def _long_enough(key: str) -> bool:
    return len(key.split()) >= MIN_WORDS or len(_CJK.findall(key)) >= MIN_CJK


def headline_index(infos: Sequence[LineInfo]) -> int | None:
    """The index of the first line after the first one that repeats the page title (its
    headline part), or ``None``."""
    if len(infos) < 3 or infos[0].words > MAX_TITLE_WORDS:
        return None
    keys = title_keys(infos[0].block.text)
    if not keys:
        return None
    # normalising drops punctuation and folds runs of spaces: a line that repeats a key is
    # about as long as the key or longer, not much longer (a quick test before normalising;
    # case folding may lengthen a few letters, "ß" -> "ss")
    lo, hi = min(map(len, keys)) // 2, 2 * max(map(len, keys)) + 10
    for i in range(1, len(infos)):
        text = infos[i].block.text
        if lo <= len(text) <= hi and (infos[i].key or normalize_line(text)) in keys:
            return i
    return None


def after_headline(
    infos: Sequence[LineInfo],
    span: Span | None,
    choose: Callable[[Sequence[LineInfo], Weights], Span | None],
    weights: Weights,
) -> tuple[Span | None, str]:
    """``span``, or the run ``choose`` finds after the headline when ``span`` ends before it;
    with a note saying why (empty if ``span`` stands).

    ``choose`` is the main-content chooser (``extract.main_span``), run on the lines after
    the headline. ``weights.headline=False`` turns this off.
    """
    if not weights.headline or span is None or span[0] <= 1:
        return span, ""
    h = headline_index(infos)  # looked for only when the span could move
    if h is None or span[1] >= h:
        return span, ""
    sub = choose(infos[h + 1 :], weights)
    if sub is None:
        return span, ""
    first, last = sub[0] + h + 1, sub[1] + h + 1
    gap = sum(1 for i in range(h + 1, first) if infos[i].kind != "empty")
    score = sum(infos[i].score for i in range(first, last + 1))
    before = sum(infos[i].score for i in range(span[0], span[1] + 1))
    if gap > MAX_GAP or score < max(MIN_SCORE, MIN_SHARE * before):
        return span, ""
    line = infos[h].block.index + 1
    note = (
        f"the page title's headline {infos[h].block.text.strip()[:40]!r} is at line {line}: "
        f"the article is the run after it (lines {infos[first].block.index + 1}-"
        f"{infos[last].block.index + 1}, scored {score:.1f}), not lines "
        f"{infos[span[0]].block.index + 1}-{infos[span[1]].block.index + 1} before it "
        f"(scored {before:.1f})"
    )
    return (first, last), note
