"""A short article before its comment section, for the ``extract`` preset.

The main content is the first run worth an article (``Weights.zone_min``), or, on a page
without one, the best run or an earlier one worth ``short_ratio`` of it
(``extract._short_article``). A blog post of two or three sentences then loses to a longer
block after it: the blog's description in the sidebar, a login form's messages, a book advert.
A comment heading between them ("Leave a Reply", "Kommentar verfassen": a ``stop`` line, or a
comment form's heading with its cancel button, ``is_form_heading``; not a comment thread found
by its shape alone) settles it: an article comes before its comments, and what comes after the
comment form is the sidebar. The best run
before the first comment heading that comes after it wins, when it ends at most
``REACH`` lines (a share bar, tags, the previous/next links) before that heading and scores at
least ``MIN_SCORE`` (a paragraph of about that many words) and ``MIN_SHARE`` of the best run.
Off with ``Weights.before_comments=False`` (``extract_off = ["before-comments"]``); the note of
``explain`` names the heading. A comment heading with a figure ("4 Kommentare", "0 comments")
is a counter in the article's header, not the comment section: it does not count, unless it
names the post after the count ("6 Kommentare zu „Meine Reise“", "5 thoughts on “Title”": at
least ``TITLED_WORDS`` words; a counter has a word or two).

A post of short lines (a poem, a dialogue, an agenda, a list of links) has no run at all: no
line of it is a paragraph. When the page has a comment heading after the page title's headline
(``headline.py``) and the main content found lies wholly outside them, the lines under the
headline up to the first page furniture (the share bar, a box or the comment heading) are the
post (``short_post``). Off with ``Weights.short_post=False`` (``extract_off =
["short-post"]``); the head note of ``explain`` names the headline and the furniture.

>>> from cleantext.boilerplate.extract import LineInfo, WEIGHTS
>>> from cleantext.segment import Block
>>> mk = lambda s, k="short": LineInfo(Block(0, 0, "Comments", 0), 1, 0.0, False, k, s)
>>> infos = [mk(-3.0), mk(20.0, "good"), mk(-8.0, "ui"), mk(0.0, "stop"), mk(60.0, "good")]
>>> runs = [(20.0, 1, 1), (60.0, 4, 4)]
>>> before_comments(infos, runs, runs[1], WEIGHTS)
(1, 1)
>>> before_comments(infos, [(9.0, 1, 1), (60.0, 4, 4)], (60.0, 4, 4), WEIGHTS) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.headline import headline_index
from cleantext.boilerplate.patterns import normalize_line
from cleantext.boilerplate.standfirst import is_meta
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "MIN_SCORE",
    "MIN_SHARE",
    "REACH",
    "TITLED_WORDS",
    "before_comments",
    "comment_heading",
    "is_form_heading",
    "short_post",
]

MIN_SCORE = 10.0
MIN_SHARE = 0.2
REACH = 30  # non-blank lines between the article's end and the comment heading

_DIGIT = regex.compile(r"\p{N}")
FORM_WORDS = 16  # a comment form's heading is short
TITLED_WORDS = 4  # a comment heading with a count and the post's title has at least these
Run = tuple[float, int, int]


@lru_cache(maxsize=1)
def _form() -> regex.Pattern[str]:
    alts = boilerplate_table()["comments"]["form_regex"]
    return regex.compile("|".join(f"(?:{rx})" for rx in alts))


def is_form_heading(line: str) -> bool:
    """A comment form's heading with its cancel button, as html-text joins them ("Schreibe
    einen Kommentar Antworten abbrechen"): the data file's ``[comments] form_regex``.

    >>> is_form_heading("Schreibe einen Kommentar Antworten abbrechen")
    True
    >>> is_form_heading("Cancel reply"), is_form_heading("Wir mussten die Reise abbrechen.")
    (False, False)
    """
    key = normalize_line(line)
    return len(key.split()) <= FORM_WORDS and _form().fullmatch(key) is not None


def _form_key(info: LineInfo) -> bool:
    """``is_form_heading`` of the line, from its normalised form if it has one."""
    key = info.key
    if not key:
        return is_form_heading(info.block.text)
    return len(key.split()) <= FORM_WORDS and _form().fullmatch(key) is not None


def comment_heading(
    infos: Sequence[LineInfo], last: int, upto: int, reach: int | None = REACH
) -> int | None:
    """The first comment heading (``_heading``) after ``infos[last]`` and before
    ``infos[upto]``, if it comes within ``reach`` non-blank lines of ``last`` (any distance
    for ``None``); else ``None``."""
    seen = 0
    for j in range(last + 1, upto):
        info = infos[j]
        if _heading(info):
            return j
        if info.kind != "empty":
            seen += 1
            if reach is not None and seen > reach:
                return None
    return None


def _heading(info: LineInfo) -> bool:
    """A comment heading: a ``stop`` line (not a thread found by its shape alone), or a
    comment form's heading (``is_form_heading``), but not a counter with a figure ("4
    Kommentare": the article's header has those)."""
    text = info.block.text
    if info.kind == "stop":
        # a thread found by its shape (``extract._comment_thread``) is a guess: a recipe's
        # "Backzeit / 15 – 30 Min" has the look of a byline and a time
        return info.ui != "thread" and (_DIGIT.search(text) is None or _titled(info))
    return info.kind == "short" and _form_key(info) and _DIGIT.search(text) is None


def _titled(info: LineInfo) -> bool:
    """A comment heading with a count that names the post ("6 Kommentare zu „Meine Reise“"):
    ``TITLED_WORDS`` words or more (a counter, "4 Kommentare", "Comments (33)", has fewer).

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda t: LineInfo(Block(0, 0, t, 0), 2, 0.0, False, "stop", 0.0)
    >>> _titled(mk("6 Kommentare zu „Meine Reise“")), _titled(mk("Comments (33)"))
    (True, False)
    """
    return len((info.key or normalize_line(info.block.text)).split()) >= TITLED_WORDS


def before_comments(
    infos: Sequence[LineInfo], runs: list[Run], best: Run, w: Weights
) -> tuple[int, int] | None:
    """The span of the best run before the page's first comment heading, when that heading
    comes before ``best`` (the run chosen so far) and the run qualifies; else ``None``."""
    if not w.before_comments:
        return None
    earlier = [r for r in runs if r[2] < best[1]]
    if not earlier:
        return None
    stop = comment_heading(infos, earlier[0][2], best[1], None)
    if stop is None:
        return None
    found = max((r for r in earlier if r[2] < stop), key=lambda r: (r[0], r[1]))
    if found[0] < max(MIN_SCORE, MIN_SHARE * best[0]):
        return None
    if comment_heading(infos, found[2], stop + 1) != stop:
        return None  # too far from the heading
    return found[1], found[2]


def _at(infos: Sequence[LineInfo], first: int, last: int) -> str:
    """``line 12`` or ``lines 12-30`` (``why.lines``, which imports this module)."""
    a, b = infos[first].block.index + 1, infos[last].block.index + 1
    return f"line {a}" if a == b else f"lines {a}-{b}"


#: a post of short lines has at least this many lines and words, at most this many lines
POST_LINES = 2
POST_WORDS = 10
POST_MAX = 40
_BAR = frozenset({"ui", "box", "hint", "stop"})


def short_post(
    infos: Sequence[LineInfo], span: tuple[int, int] | None, w: Weights
) -> tuple[tuple[int, int], str] | None:
    """A blog post of short lines (a poem, a dialogue, an agenda, a list of links) between
    the page title's headline and the share bar or comment heading under it, when the page
    has a comment heading after it and the main content found so far lies wholly before the
    headline or after that comment heading and is worth less than an article
    (``Weights.zone_min``; no line of the post scored: a short line is no paragraph).
    ``(span, note)``, or ``None`` if the page is no such page.

    The post: the lines after the headline (byline and date lines skipped,
    ``standfirst.is_meta``) up to the first line of page furniture (UI, a box or comment
    heading), at least ``POST_LINES`` lines of ``POST_WORDS`` words in all and at most
    ``POST_MAX`` lines, none of them a paragraph worth a run of its own (``good``)."""
    if not w.short_post or span is None:
        return None
    if sum(infos[i].score for i in range(span[0], span[1] + 1)) >= w.zone_min:
        return None  # an article was found
    h = headline_index(infos)
    if h is None:
        return None
    stop = comment_heading(infos, h, len(infos), None)
    if stop is None or h < span[0] <= stop:
        return None
    first = h + 1
    while first < stop and (infos[first].kind == "empty" or is_meta(infos[first].block.text)):
        first += 1
    end = next((j for j in range(first, stop + 1) if infos[j].kind in _BAR), stop)
    body = [i for i in range(first, end) if infos[i].kind != "empty"]
    if not POST_LINES <= len(body) <= POST_MAX or any(infos[i].kind == "good" for i in body):
        return None
    if sum(infos[i].words for i in body) < POST_WORDS:
        return None
    note = (
        f"the post under the page title's headline {infos[h].block.text.strip()[:40]!r} is "
        f"{_at(infos, body[0], body[-1])}: short lines up to the page furniture at "
        f"{_at(infos, end, end)}, before the comment heading at {_at(infos, stop, stop)} "
        f"(the run found first, {_at(infos, span[0], span[1])}, is outside the post)"
    )
    return (body[0], body[-1]), note
