"""A short article under the headline, not the list of teasers after it, for ``extract``.

A blog or a news site puts its other stories after a short post: each a headline, its
excerpt and a button ("Read more", "READ THE REST", "Weiterlesen": the data file's
``[read-more]`` lines), again and again. The excerpts are paragraphs, so the list is worth
more than a post of one or two paragraphs and wins. When the chosen run holds ``MIN_BUTTONS``
or more read-more lines each right under a paragraph (``teaser_buttons``), and a run under
the page title's headline (within ``headline.MAX_GAP`` lines of it, worth
``headline.MIN_SCORE`` or more, no read-more line right under it: a teaser of the list itself)
ends before it, that run is the article. When the post and the list are one run (a share bar
of one line between them), the run ends before the first teaser's headline (the line over
the first excerpt with a read-more line under it), if what it keeps is worth
``headline.MIN_SCORE`` or more and has no read-more line, and something ends the post before
that headline (a share bar, a newsletter box; not an ad slot): a roundup's intro runs
straight into its first item. Neither cut is made when the list is announced (``_announced``:
the post's last paragraph ends with ':', or the headline names a count of at least the
read-more lines, "Three walks near the city": a roundup whose items each have a button;
before, such a roundup kept its intro only). Off with ``Weights.teaser_list=False``
(``extract_off = ["teaser-list"]``); the head note of ``explain`` says which list was passed
over and what the run under the headline scored.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> excerpt = ("The council said on Monday that the work on the {} would take another "
...     "year, because the builders have asked for more time to finish the roof.")
>>> lines = []
>>> for topic in ("hospital", "market", "library"):
...     lines += [f"Work on the new {topic} is late again", excerpt.format(topic), "Read more"]
>>> infos = classify_lines("\\n".join(lines))
>>> teaser_buttons(infos, 0, len(infos) - 1)
3
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING

from cleantext.boilerplate.headline import MAX_GAP, MIN_SCORE, headline_index
from cleantext.boilerplate.intro import line_below
from cleantext.boilerplate.patterns import normalize_line
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MIN_BUTTONS", "counted_items", "teaser_buttons", "teasers_after_headline"]

MIN_BUTTONS = 3  # read-more lines under paragraphs: a list of teasers
_BUTTON = "read-more"  # the ``ui`` of a read-more line (the data file's ``[read-more]``)

Span = tuple[int, int]
_UI = attrgetter("ui")


def teaser_buttons(infos: Sequence[LineInfo], first: int, last: int) -> int:
    """How many read-more lines from line ``first`` to ``last`` come right under a paragraph
    (a ``good`` line, blank lines between)."""
    count, above = 0, ""
    for j in range(first, last + 1):
        info = infos[j]
        if info.kind == "empty":
            continue
        count += info.ui == _BUTTON and above == "good"
        above = info.kind
    return count


def teasers_after_headline(
    infos: Sequence[LineInfo],
    span: Span | None,
    choose: Callable[[Sequence[LineInfo], Weights], Span | None],
    w: Weights,
) -> tuple[Span | None, str]:
    """``span``, or the run under the page title's headline when ``span`` is a list of
    teasers after it; with a note saying why (empty if ``span`` stands). ``choose`` is the
    main-content chooser (``extract.main_span``)."""
    if not w.teaser_list or span is None:
        return span, ""
    # (the last teaser's button may be the first line after the run: it scores below zero)
    below = line_below(infos, span[1])
    end = span[1] if below is None else below
    # (read-more lines counted without a Python step per line first: most runs have none)
    if list(map(_UI, infos[span[0] : end + 1])).count(_BUTTON) < MIN_BUTTONS:
        return span, ""
    buttons = teaser_buttons(infos, span[0], end)
    if buttons < MIN_BUTTONS:
        return span, ""
    cut = _before_teasers(infos, span, end)
    if cut is not None and _announced(infos, span[0], cut, buttons):
        return span, ""
    if cut is not None:
        score = sum(infos[i].score for i in range(span[0], cut + 1))
        return (span[0], cut), (
            f"lines {infos[cut + 1].block.index + 1}-{infos[span[1]].block.index + 1} are a "
            f"list of teasers ({buttons} read-more lines under their excerpts): the article "
            f"ends before it (lines {infos[span[0]].block.index + 1}-"
            f"{infos[cut].block.index + 1}, scored {score:.1f}; teaser-list)"
        )
    h = headline_index(infos)
    if h is None or span[0] <= h + 1:
        return span, ""
    sub = choose(infos[h + 1 : span[0]], w)
    if sub is None:
        return span, ""
    first, last = sub[0] + h + 1, sub[1] + h + 1
    gap = sum(1 for i in range(h + 1, first) if infos[i].kind != "empty")
    score = sum(infos[i].score for i in range(first, last + 1))
    if gap > MAX_GAP or score < MIN_SCORE or _button_under(infos, last, span[0]):
        return span, ""
    if _announced(infos, first, last, buttons):
        return span, ""
    return (first, last), (
        f"lines {infos[span[0]].block.index + 1}-{infos[span[1]].block.index + 1} are a list "
        f"of teasers ({buttons} read-more lines under their excerpts): the article is the run "
        f"under the page title's headline (lines {infos[first].block.index + 1}-"
        f"{infos[last].block.index + 1}, scored {score:.1f}; teaser-list)"
    )


def _before_teasers(infos: Sequence[LineInfo], span: Span, end: int) -> int | None:
    """The last paragraph of ``span`` before the first teaser's headline (a short or medium
    line over a paragraph with a read-more line under it), if the lines to it are worth
    ``MIN_SCORE`` and hold no read-more line; else ``None``. ``end``: the run's last line, or
    the read-more line right after it."""
    lines = [j for j in range(span[0], end + 1) if infos[j].kind != "empty"]
    for n in range(len(lines)):
        if infos[lines[n]].ui != _BUTTON:
            continue
        if n < 3:  # (the first button: under the run's first lines, nothing is left before)
            return None
        head, body = infos[lines[n - 2]], infos[lines[n - 1]]
        if body.kind != "good" or head.kind not in _HEADS:
            return None
        kept = [j for j in lines[: n - 2] if infos[j].kind == "good"]  # (to its last paragraph)
        if not kept or sum(infos[i].score for i in range(span[0], kept[-1] + 1)) < MIN_SCORE:
            return None
        if not _post_ends(infos, kept[-1], lines[n - 2]):
            return None
        return kept[-1]
    return None


_HEADS = frozenset({"short", "medium"})
_ADS = "ads"  # the ``ui`` of an ad slot's line ("Advertisement"): no end of a post
_MAX_COUNT = 50  # a figure in a headline up to this counts a list ("7 walks", not "1911")
_ABOVE = 3  # the lines over the post whose count may announce the list (headline, byline)


def _post_ends(infos: Sequence[LineInfo], last: int, head: int) -> bool:
    """Something between the post's last paragraph ``last`` and the first teaser's headline
    ``head`` ends the post (a share bar, a newsletter box, blank or not; no ad slot): a
    roundup's intro runs straight into its first item."""
    return any(
        infos[j].ui != _ADS and (infos[j].kind != "empty" or infos[j].ui)
        for j in range(last + 1, head)
    )


def _announced(infos: Sequence[LineInfo], first: int, last: int, buttons: int) -> bool:
    """The list after the post (lines ``first`` to ``last``) is its own: the post's last
    paragraph ends with ':' ("these are the routes:"), or the page title, the headline, the
    post's first line or a short line of the ``_ABOVE`` over it names a count of at least
    ``buttons`` items ("Three walks near the city", "7 Wanderungen"; the data file's
    ``[teaser-list] counts``): a roundup whose items each have a read-more line, not a blog's
    list of other posts."""
    if infos[last].block.text.rstrip().endswith(":"):
        return True
    heads = _heads(infos, first)
    words = count_words()
    for word in (w for text in heads for w in normalize_line(text).split()):
        n = words.get(word)
        if n is not None and n >= buttons:
            return True
    return any(_counts(text.split(), buttons) for text in heads)


def _heads(infos: Sequence[LineInfo], first: int) -> list[str]:
    """The lines that may name a list's count: the page's first line, the headline, the
    post's first line and the ``_ABOVE`` lines over it, short or medium ones."""
    h = headline_index(infos)
    places = {0, first} if h is None else {0, first, h}
    above = (i for i in range(first - 1, 0, -1) if infos[i].kind != "empty")
    places.update(islice(above, _ABOVE))  # (the headline over the post, a byline)
    return [infos[i].block.text for i in sorted(places) if infos[i].kind in _HEADS]


def _counts(tokens: list[str], buttons: int) -> bool:
    """A figure of ``buttons`` to ``_MAX_COUNT`` among ``tokens`` ("7", "10:"), in a line
    without a year ("3 April 2026": a date's day is no count)."""
    figures = [t.rstrip(":,") for t in tokens]
    if any(len(t) == 4 and t.isdigit() for t in figures):
        return False
    return any(t.isdigit() and buttons <= int(t) <= _MAX_COUNT for t in figures)


def names_count(texts: Iterable[str], n: int) -> bool:
    """One of ``texts`` names the count ``n`` itself: a number word of the data file's
    ``[teaser-list] counts`` ("Five novels make the shortlist") or the figure ("5 novels"),
    in a line without a year (``headline_box``: a list the headline announces, adv20).

    >>> names_count(["Five novels make the shortlist", "Book Review Weekly"], 5)
    True
    >>> names_count(["Five novels make the shortlist"], 4), names_count(["5 May 2026"], 5)
    (False, False)
    """
    words = count_words()
    for text in texts:
        if any(words.get(word) == n for word in normalize_line(text).split()):
            return True
        figures = [t.rstrip(":,") for t in text.split()]
        if str(n) in figures and not any(len(t) == 4 and t.isdigit() for t in figures):
            return True
    return False


@lru_cache(maxsize=1)
def count_words() -> dict[str, int]:
    """The data file's ``[teaser-list] counts``: number words ("three": 3), normalised."""
    table = boilerplate_table()["teaser-list"]["counts"]
    return {normalize_line(word): n for n, words in enumerate(table, start=2) for word in words}


def counted_items(
    infos: Sequence[LineInfo], first: int, last: int, w: Weights, title: str | None = None
) -> int:
    """The last item of a roundup the headline counts, each item a paragraph under its
    heading with a read-more line under it, when the main content (``first`` to ``last``)
    ends at the first item's paragraph, its button under it, before the others
    (``w.counted_items``, ``extract_off = ["counted-items"]``): each item's paragraph scores
    less than its heading and button cost, so the run stops at the first button. The items
    after ``last`` are groups of a short heading (or none), one paragraph and a read-more
    line, blank lines only between; with the buttons inside the run, they must be exactly the
    count that the page ``title`` (a later pass reads the first pass's), the page's first
    line, the headline or a short line over the content names ("Five walks for a frosty
    morning": five buttons; ``names_count``). A blog's other posts after a short post are
    rarely as many as a count its headline names. Returns the new last
    line (the last item's button, so that a later pass reads the same items), or ``last``.

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> item = ("A gentle loop along the {} above the village, with a tea room at the "
    ...     "halfway point and views over three valleys.")
    >>> intro = ("Winter is the best time to walk the hills: the paths are quiet and the air is "
    ...     "clear. These walks all start from a car park and take less than three hours.")
    >>> page = ["Three winter walks in the hills", intro]
    >>> for name in ("Ridge", "Gorge", "Castle"):
    ...     page += [f"{name} walk", item.format(name.lower()), "Read more"]
    >>> infos = classify_lines("\\n".join(page))
    >>> counted_items(infos, 1, 3, WEIGHTS)
    10
    >>> infos = classify_lines("\\n".join(["Two" + page[0][5:], *page[1:]]))
    >>> counted_items(infos, 1, 3, WEIGHTS)
    3
    """
    if not w.counted_items or infos[last].kind != "good":
        return last
    below = line_below(infos, last)  # (the button of the item the content ends with)
    if below is None or infos[below].ui != _BUTTON:
        return last
    end, items, j = last, 0, below + 1
    while True:
        group = _item_group(infos, j)
        if group is None:
            break
        end, items, j = group[1], items + 1, group[1] + 1
    if not items:
        return last
    buttons = teaser_buttons(infos, first, j - 1)
    # (not the intro's words: "less than three hours" names no count)
    heads = [*_heads(infos, first), *([title] if title else [])]
    return end if names_count(heads, buttons) else last


def _item_group(infos: Sequence[LineInfo], j: int) -> tuple[int, int] | None:
    """``(paragraph, button)`` of the item at line ``j`` on (its heading or none, its
    paragraph, its read-more line), blank lines skipped; ``None`` if the lines there are no
    item."""
    lines: list[int] = []
    while j < len(infos) and len(lines) < 3:
        if infos[j].kind != "empty":
            lines.append(j)
            if infos[j].ui == _BUTTON:
                break
        j += 1
    if not lines or infos[lines[-1]].ui != _BUTTON:
        return None
    if len(lines) == 1:
        return None
    body = infos[lines[-2]]
    if body.kind != "good" or (len(lines) == 3 and infos[lines[0]].kind not in _HEADS):
        return None
    return lines[-2], lines[-1]


def _button_under(infos: Sequence[LineInfo], last: int, stop: int) -> bool:
    """The first non-blank line after ``last`` (before ``stop``) is a read-more line: the run
    is a teaser of the list too."""
    for j in range(last + 1, stop):
        if infos[j].kind != "empty":
            return infos[j].ui == _BUTTON
    return False
