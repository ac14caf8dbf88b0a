"""The next posts of a blog's home page, for the ``extract`` preset.

A blog's home page shows its latest posts one under another, each with its date, its headline,
its paragraphs and the same footer line ("posted by Dave at 9:42 PM | 3 comments | link",
"Eingestellt von Inge um 18:20 | 4 Kommentare"). The first post won the search, and a shorter
second post under it went with the tail, though both are the page's content. A run of
``runs`` is joined to the content when the line right after the content is a footer line (a
short line of ``FOOTER_WORDS`` words at most, no UI string), at most ``MAX_BETWEEN`` short
lines (its date and headline: ``short``, ``medium`` or ``hint`` lines, no UI string but a
date) come between that line and the run, and the line right after the run starts with the
same ``SAME_WORDS`` normalised words (``_same``). Then the next post, and so on. The footer
lines between the posts go as ``extract-related``, with the next post's date lines under them
(the first post's date went with the head; the headlines stay). Not on a page whose title
names the story above the content (``_story_page``): a news page that shows the next story
under the article ends at its story (``next-story``); nor when the footer line repeats a
byline's name above the content (``_byline_name``: an author's box). A comment's "Reply"
button is a UI string, no footer line. Off with ``Weights.home_posts=False`` (``extract_off =
["home-posts"]``). With ``Weights.more_posts`` (``more-posts``), a read-more button right
under a post is passed over to its footer line and goes with it ("Read more »" / "Posted by
Ruth | 3 comments"), and the footers' counts match whatever their figures (``_same``).

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines, positive_runs
>>> post = ("I bridged the track with a bit of wire, replaced the capacitors and, on the first "
...     "try, got the famous screen. I may have cheered loudly enough to wake the neighbours.")
>>> page = "\\n".join(["Dave's Weblog", "Home", "Tuesday, March 14, 2006", "Fixed the Amiga",
...     post, "posted by Dave at 9:42 PM | 3 comments", "Sunday, March 5, 2006", "Spring",
...     "The daffodils are out along the canal and it was warm enough to sit outside today.",
...     "posted by Dave at 6:15 PM | 0 comments", "Archives", "January 2006"])
>>> infos = classify_lines(page)
>>> next_posts(infos, (4, 4), positive_runs(infos, 0, len(infos)), "Dave's Weblog", WEIGHTS)
(8, [(5, 6)])
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter
from typing import TYPE_CHECKING

from cleantext.boilerplate.headline import headline_index, title_keys
from cleantext.boilerplate.intro import line_below
from cleantext.boilerplate.standfirst import is_meta

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MAX_BETWEEN", "next_posts", "why_footer"]

MAX_BETWEEN = 3  # short lines between a post's footer line and the next post (date, headline)
FOOTER_WORDS = 20  # words of a post's footer line
SAME_WORDS = 5  # its first words, the same in each post's (``_same``)
MIN_SAME = 3
HEADER_LINES = 8  # lines above the content where a byline may name the footer's author
_FIRST = itemgetter(1)  # (a run's first line)
_FOOTER_KINDS = frozenset({"short", "repeat"})
_BETWEEN_KINDS = frozenset({"short", "medium", "hint"})
_BETWEEN_UI = frozenset({"", "date"})


def next_posts(
    infos: Sequence[LineInfo],
    span: tuple[int, int],
    runs: Sequence[tuple[float, int, int]],
    title: str,
    w: Weights,
) -> tuple[int, list[tuple[int, int]]]:
    """``(last line, footers)``: the content (which ends at ``last``) ends at the last line
    of the last post joined to it, and each footer line between the posts goes, with the date
    lines right under it (``(first, last)`` of each); ``(last, [])`` when no post is
    joined."""
    first, last = span
    if not w.home_posts:
        return last, []
    footers: list[tuple[int, int]] = []
    more = w.more_posts
    while True:
        top = line_below(infos, last)
        foot = _past_more(infos, top, more)
        if foot is None or not _footer(infos[foot]):
            break
        start = _run_after(infos, foot)
        end = None if start is None else _run_end(runs, start)
        if start is None or end is None:
            break
        after = _past_more(infos, line_below(infos, end), more)
        same = _same(infos[foot], infos[after], more) if after is not None else False
        if after is None or not (_footer(infos[after]) and same):
            break
        if not footers and (_story_page(infos, first, title) or _byline_name(infos, first, foot)):
            break  # (asked once, when a post would be joined: a story's page, not a home page)
        footers.append((top or foot, _dates_under(infos, foot, start)))
        last = end
    return last, footers


def _past_more(infos: Sequence[LineInfo], j: int | None, more: bool) -> int | None:
    """Line ``j``, or with ``more`` (``more-posts``) the line under it when ``j`` is a
    read-more button ("Read more »", "Lire la suite": a post's excerpt on a blog's home page
    has one above its footer line)."""
    if j is None or not more or infos[j].ui != "read-more":
        return j
    return line_below(infos, j)


def _run_end(runs: Sequence[tuple[float, int, int]], start: int) -> int | None:
    """The last line of the run of ``runs`` (in order) that starts at line ``start``, or
    ``None`` (found by bisection: a page has hundreds of runs)."""
    k = bisect_left(runs, start, key=_FIRST)
    return runs[k][2] if k < len(runs) and runs[k][1] == start else None


def _dates_under(infos: Sequence[LineInfo], foot: int, start: int) -> int:
    """The last of the date lines right under the footer line ``foot`` (before the next post
    at ``start``), or ``foot``: the next post's date goes as the first post's went with the
    head; its headline stays."""
    end = foot
    for j in range(foot + 1, start):
        if infos[j].kind != "empty" and not _dated(infos[j]):
            break
        end = j if infos[j].kind != "empty" else end
    return end


def _dated(info: LineInfo) -> bool:
    """A date line ("Sunday, March 5, 2006", "Sonntag, 8. März 2026": ``standfirst.is_meta``
    or a date UI string)."""
    return info.ui == "date" or is_meta(info.block.text)


def _footer(info: LineInfo) -> bool:
    """A post's footer line: a short line (``FOOTER_WORDS`` words at most) with no UI string."""
    return info.kind in _FOOTER_KINDS and not info.ui and 0 < info.words <= FOOTER_WORDS


def _same(a: LineInfo, b: LineInfo, counts: bool = False) -> bool:
    """Two lines of one template: their first ``SAME_WORDS`` normalised words are the same
    ("eingestellt von inge um 0 00 | 4 kommentare", "... | 1 kommentar"), or the whole line
    when it is shorter. With ``counts`` (``more-posts``), a number is the same as any other
    of more or fewer figures ("publié par lucie | 5 commentaires", "... | 11 commentaires":
    the keys have each figure as 0).

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda k: LineInfo(Block(0, 0, "", 0), 9, 0.0, False, "short", -3.0, key=k)
    >>> _same(mk("posted by dave at 0 00 pm 0 comments"), mk("posted by dave at 0 00 pm"))
    True
    >>> _same(mk("posted by dave at 0 00 pm"), mk("posted by jen at 0 00 pm"))
    False
    >>> a, b = mk("publié par lucie 0 commentaires"), mk("publié par lucie 00 commentaires")
    >>> _same(a, b), _same(a, b, counts=True)
    (False, True)
    """
    first, second = a.key.split()[:SAME_WORDS], b.key.split()[:SAME_WORDS]
    if counts:
        first, second = _figures(first), _figures(second)
    return len(first) >= MIN_SAME and first == second


def _figures(words: list[str]) -> list[str]:
    """``words`` with each number ("0", "00": the keys' figures) as one "0"."""
    return ["0" if not word.strip("0") else word for word in words]


def _byline_name(infos: Sequence[LineInfo], first: int, foot: int) -> bool:
    """The footer line ``foot`` repeats the name of a byline among the ``HEADER_LINES`` lines
    above the content (which starts at ``first``): an author's box under the story ("HLNF
    Staff Report" under "by HLNF Staff Report"), no post's footer."""
    key = infos[foot].key
    above = range(max(0, first - HEADER_LINES), first)
    return any(key in infos[j].key and is_meta(infos[j].block.text) for j in above)


def _story_page(infos: Sequence[LineInfo], first: int, title: str) -> bool:
    """The content (which starts at ``first``) is a story the page title names: a line among
    the ``MAX_BETWEEN`` non-blank lines above it repeats the title's headline part, or the
    headline above it (``headline.headline_index``) has a byline or a date line (``is_meta``)
    among the ``MAX_BETWEEN`` lines under it (a news page showing the next story, or an
    author's box, under it; a home page's title is the site's name, over its menu)."""
    h = headline_index(infos)
    if h is not None and h < first:
        under = [j for j in range(h + 1, first) if infos[j].kind != "empty"][:MAX_BETWEEN]
        if any(is_meta(infos[j].block.text) for j in under):
            return True
    keys = title_keys(title)
    seen = 0
    for j in range(first - 1, -1, -1):
        if infos[j].kind == "empty":
            continue
        if infos[j].key in keys:
            return True
        seen += 1
        if seen >= MAX_BETWEEN:
            return False
    return False


def _run_after(infos: Sequence[LineInfo], foot: int) -> int | None:
    """The first line that scores (a run's first) after at most ``MAX_BETWEEN`` date and
    headline lines under the footer line ``foot``, or ``None``."""
    between = 0
    for j in range(foot + 1, len(infos)):
        info = infos[j]
        if info.kind == "empty":
            continue
        if info.score > 0:
            return j
        if info.kind not in _BETWEEN_KINDS or info.ui not in _BETWEEN_UI:
            return None
        between += 1
        if between > MAX_BETWEEN:
            return None
    return None


def why_footer(text: str, count: int) -> str:
    """The ``extract-related`` note of a footer line between two posts (and the next post's
    date under it)."""
    return (
        f"a post's footer line between the posts of a home page ({text.strip()[:40]!r}, the same "
        f"after each of {count + 1} posts), and the next post's date under it (home-posts)"
    )
