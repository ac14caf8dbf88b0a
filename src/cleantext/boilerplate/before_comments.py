"""A short article before its comment section, for the ``extract`` preset.

On a page where no run of prose is worth an article (``Weights.zone_min``), the main content is
the best run, or an earlier one worth ``short_ratio`` of it (``extract._short_article``). A blog
post of two or three sentences then loses to a longer block after it: the blog's description
in the sidebar, a login form's messages, a book advert. A comment heading ("Leave a Reply",
"Kommentar verfassen", a comment thread: a ``stop`` line) between them settles it: an article
comes before its comments, and what comes after the comment form is the sidebar. The best run
before the first comment heading that comes after it wins, when it ends at most
``REACH`` lines (a share bar, tags, the previous/next links) before that heading and scores at
least ``MIN_SCORE`` (a paragraph of about that many words) and ``MIN_SHARE`` of the best run.
Off with ``Weights.before_comments=False`` (``extract_off = ["before-comments"]``); the note of
``explain`` names the heading.

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

from cleantext.boilerplate.patterns import normalize_line
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "MIN_SCORE",
    "MIN_SHARE",
    "REACH",
    "before_comments",
    "comment_heading",
    "is_form_heading",
]

MIN_SCORE = 10.0
MIN_SHARE = 0.2
REACH = 30  # non-blank lines between the article's end and the comment heading

FORM_WORDS = 16  # a comment form's heading is short
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


def comment_heading(
    infos: Sequence[LineInfo], last: int, upto: int, reach: int | None = REACH
) -> int | None:
    """The first comment heading (a ``stop`` line, or a comment form's heading:
    ``is_form_heading``) after ``infos[last]`` and before ``infos[upto]``, if it comes within
    ``reach`` non-blank lines of ``last`` (any distance for ``None``); else ``None``."""
    seen = 0
    for j in range(last + 1, upto):
        info = infos[j]
        kind = info.kind
        if kind == "stop" or (kind == "short" and is_form_heading(info.block.text)):
            return j
        if kind != "empty":
            seen += 1
            if reach is not None and seen > reach:
                return None
    return None


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
