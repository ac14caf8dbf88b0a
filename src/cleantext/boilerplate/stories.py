"""The next story after the article, for the ``extract`` preset.

A page that shows several stories one after the other (a newspaper's "next article" under the
first, loaded as the reader scrolls) renders each with the same header: a byline, a date line
("Publisert 06.01.2026 - 16:25"), a summary box's heading ("Kort fortalt"). The maximum-sum
search keeps the second story with the first when only short lines part them (a share line, a
tag list), and the second story's paragraphs are no part of the article.

The article's own header lies right above the content: the ``HEADER_LINES`` lines before it,
after the last menu, UI or box line among them (a date line, a hint too, is the header's).
When ``MIN_REPEATS`` or more of its lines other than paragraphs (of two to ``HEADER_WORDS``
words, compared normalised, figures as zeros: a date line matches a date line), one of them
a date line (with a year's four figures), come again inside the content within ``WINDOW``
lines of each other, and ``MIN_PARAGRAPHS`` paragraphs follow, the header comes again: the
content ends before the next story; but not when more than half of the header's lines come
again (a table of contents above the article, whose headings come again as its
subheadings), nor when no paragraphs follow (a signature that repeats the byline and date).
The next story's header is taken to have as many lines before its first repeated one as the
article's header has (its headline and lead go with it; at most ``MAX_LEADS`` paragraph
among them, none before a UI line: a share bar or a "Reply" button ends the story before),
and the content ends at the last paragraph before them (short lines between, a share line
or a tag list, go too). A forum thread's reply by the first post's author repeats its
header too (the name, the rank, a date): when a line between the article's end and the first
paragraph after the repeated lines is a reply's mark (a post number "#3" on a line of its
own, a "Quote" or "Reply" button, a quoted post's "Name said:" line: the data file's
``[comments] post_numbers``, ``thread_marks``, ``replies`` and ``says``), no next story
starts there. Off with ``Weights.next_story=False`` (``extract_off = ["next-story"]``).

>>> from cleantext.boilerplate.extract import classify_lines
>>> story = ("The council voted on Tuesday to close the old bridge over the river, which is "
...     "now too weak for the buses that cross it every day.")
>>> head = ["The old bridge", "By Ann Lee", "Published 3 May 2024 10:12", "Listen to it",
...     "In short"]
>>> page = "\\n".join(["Bridge closes | News", "Bridge closes", *head, story, story,
...     "Share this", "Ferry returns", "By Tom Fox", "Published 4 May 2024 09:30",
...     "In short", story, story])
>>> infos = classify_lines(page)
>>> next_story(infos, 7, 15)
(8, 12)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.patterns import normalize_line

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo

__all__ = ["next_story", "why_next_story"]

#: the most non-blank lines of the article's header (right above the content)
HEADER_LINES = 10
#: the most words of a header line that may come again (a byline, a date line, a heading)
HEADER_WORDS = 12
#: header lines that must come again for the next story's header
MIN_REPEATS = 2
#: the most non-blank lines the repeated header lines span
WINDOW = 12
#: paragraphs the next story needs after its header
MIN_PARAGRAPHS = 2
#: the most paragraphs (a lead) the next story's header may hold above its repeated line
MAX_LEADS = 1


def next_story(
    infos: Sequence[LineInfo],
    first: int,
    last: int,
    reply: Callable[[LineInfo], bool] | None = None,
) -> tuple[int, int] | None:
    """``(end, repeat)``: the content (lines ``first``-``last``) ends at line ``end``, before
    the next story whose header comes again at line ``repeat``; ``None`` if no header comes
    again, or if a line between ``end`` and the first paragraph after ``repeat`` is a forum
    reply's mark (``reply``: "#2", a quote button, "Name said:"): a thread's reply by the
    first post's author, not a second story."""
    head = _head(infos, first)
    if not head:
        return None
    keys: dict[str, int] = {}
    for i in head:
        key = _header_key(infos[i])
        if key:
            keys.setdefault(key, i)
    if len(keys) < MIN_REPEATS:
        return None
    found = _repeated(infos, first, last, keys)
    if found is None:
        return None
    repeat, mirrored, latest = found
    if sum(1 for i in range(repeat + 1, last + 1) if infos[i].kind == "good") < MIN_PARAGRAPHS:
        return None  # (a signature that repeats the byline ends the article: no next story)
    # the next story's header: as many lines before its repeated line as the article's
    # header has from its headline to that line
    before = 1 + sum(1 for i in head if i < mirrored)
    start, leads = repeat, 0
    while before and start > first:
        kind = infos[start - 1].kind
        leads += kind == "good"
        if leads > MAX_LEADS:
            break  # (the article's last paragraphs: the next story's header has one lead)
        start -= 1
        before -= kind != "empty"
        if _menu(infos[start]):
            break  # (the article's share bar or a reply button: the header starts after it)
    end = start - 1
    while end > first and infos[end].kind != "good":
        end -= 1
    if end <= first or (reply is not None and _replied(infos, end, latest, last, reply)):
        return None
    return end, repeat


def _replied(
    infos: Sequence[LineInfo], end: int, latest: int, last: int, reply: Callable[[LineInfo], bool]
) -> bool:
    """A line after the article's end ``end``, up to the first paragraph after ``latest`` (the
    last of the header lines found again), is a forum reply's mark (``reply``)."""
    for i in range(end + 1, last + 1):
        info = infos[i]
        if info.kind == "good" and i > latest:
            return False
        if info.kind != "empty" and reply(info):
            return True
    return False


def _head(infos: Sequence[LineInfo], first: int) -> list[int]:
    """The non-blank lines of the article's header: the ``HEADER_LINES`` lines before the
    content's first line ``first`` (within ``_REACH`` lines), after the last menu, UI or box
    line among them."""
    head: list[int] = []
    for i in range(first - 1, max(-1, first - 1 - _REACH), -1):
        info = infos[i]
        if info.kind == "empty":
            continue
        if len(head) == HEADER_LINES or _menu(info):
            break
        head.append(i)
    return head[::-1]


#: the most lines, blank ones too, read back for the header
_REACH = 4 * HEADER_LINES


#: the kinds of line a header lies under (a menu, a UI string, a box heading)
_MENU = frozenset({"ui", "hint", "box", "stop"})


def _menu(info: LineInfo) -> bool:
    """``info`` is a menu's line, a UI string or a box heading, not a header's date line (a
    hint too: "Published 3 May 2024")."""
    return info.kind in _MENU and not (info.kind == "hint" and info.ui == "date")


def _header_key(info: LineInfo) -> str:
    """The normalised text of a header line that may come again ("" if it is a paragraph,
    or has fewer than two words or more than ``HEADER_WORDS``)."""
    if info.kind in ("good", "empty") or not 2 <= info.words <= HEADER_WORDS:
        return ""
    return info.key or normalize_line(info.block.text)


def _repeated(
    infos: Sequence[LineInfo], first: int, last: int, keys: dict[str, int]
) -> tuple[int, int, int] | None:
    """The first line of lines ``first``-``last`` that starts ``MIN_REPEATS`` distinct header
    lines of ``keys`` within ``WINDOW`` non-blank lines, the header line it repeats, and the
    line that completed the ``MIN_REPEATS``."""
    seen: list[tuple[int, int, str]] = []  # (non-blank count, index, key) of each repeat
    found: tuple[int, int, int] | None = None
    again: set[str] = set()  # (every header line that comes again)
    n = 0
    for i in range(first, last + 1):
        info = infos[i]
        if info.kind == "empty":
            continue
        n += 1
        key = _header_key(info)
        if not key or key not in keys:
            continue
        again.add(key)
        seen.append((n, i, key))
        while seen[0][0] < n - WINDOW:
            seen.pop(0)
        if (
            found is None
            and len({k for _, _, k in seen}) >= MIN_REPEATS
            and any(_YEAR.search(infos[j].block.text) for _, j, _ in seen)
        ):
            found = seen[0][1], keys[seen[0][2]], i
    # (most of the header's lines again: a table of contents, its headings the article's)
    return found if 2 * len(again) <= len(keys) else None


#: a year's four figures: the date line of a story's header ("Publisert 06.01.2026 - 16:25")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def why_next_story(infos: Sequence[LineInfo], found: tuple[int, int]) -> str:
    """The tail note's words for a content ended by ``next_story``."""
    end, repeat = found
    line = infos[repeat].block.text.strip()[:40]
    return (
        f"; the article's header comes again at line {infos[repeat].block.index + 1} "
        f"({line!r}, {MIN_REPEATS} or more of its lines within {WINDOW}): the next story, "
        f"the article ends at line {infos[end].block.index + 1} (next-story)"
    )
