"""A comment thread with no known heading and no reply buttons, for ``extract-comments``.

``extract._comment_thread`` finds a thread without a heading by its bylines and its reply
buttons. Plain text often has neither: the heading is a site's own ("Was Leser meinen") and
the buttons were icons. What is left is the thread's repeated shape after the article: a
comment header (the commenter's name and the comment's time) and a comment body, again and
again. This module finds that shape (``bare_thread``); the thread and everything after it go
like a thread found by its reply buttons.

A comment header is, on one line or on two:

- ``name``: a name or handle of at most ``NAME_WORDS`` words, capitalised (or in a script
  without case: "أحمد سامي") or one token, with no full stop ("Maria Lopez", "jdoe88"), or
  ending in a byline verb and a colon of the data file's ``[comments] says`` ("Marie dit :");
- ``time``: a comment's age of the data file's ``[comments] ago_regex`` ("2 hours ago", "il y
  a 3 jours", "vor 5 Minuten"; the number may be a word: "an hour ago", "hace una hora",
  "vor einer Stunde", told from other lines without a figure by the data file's
  ``ago_starts``/``ago_ends`` before the pattern is tried), or a date or time line of the
  ``[date]`` hints with a time of day ("March 3, 2021 at 4:12 pm"). A bare date ("March 3,
  2021") is a time only under a byline verb ("Tom wrote:"): dated headings are what a
  timeline of events has.

The two lines in either order (``name-time``, ``time-name``), or one line of a name and a
time ("jdoe88 · 3 days ago", "Anna am 12. März 2020 um 10:12": ``one-line``). A thread is at
least ``MIN_COMMENTS`` headers of the same shape after the page's first paragraph, each
followed by a body (at least ``BODY_WORDS`` words on at most ``BODY_LINES`` lines before the
next header, one of them ending a sentence: a list of teasers under their age is no
thread). Off with ``Weights.bare_thread=False`` (``extract_off = ["bare-thread"]``); the
note of ``explain`` says how many comments of which shape were found.

>>> lines = ["Maria Lopez", "2 hours ago", "Great piece, thanks.", "Tom", "3 hours ago",
...          "I disagree with the mayor.", "jdoe88", "5 hours ago", "Same here, sadly."]
>>> bare_thread(lines)
Thread(start=0, comments=3, shape='name-time')
>>> bare_thread(["March 3, 2021", "The council voted.", "March 9, 2021", "The mayor spoke.",
...              "March 12, 2021", "The bridge closed."]) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

import regex

from cleantext.boilerplate.patterns import Patterns, normalize_line
from cleantext.data import boilerplate_table
from cleantext.sentences import LINE_END

__all__ = [
    "BODY_LINES",
    "BODY_WORDS",
    "MIN_COMMENTS",
    "NAME_WORDS",
    "Known",
    "Thread",
    "bare_thread",
    "is_comment_time",
    "may_hold_thread",
    "why",
]

MIN_COMMENTS = 3  # headers of one shape in a row
NAME_WORDS = 3  # a name or handle has at most this many words (a byline verb aside)
HEADER_WORDS = 10  # a one-line header has at most this many words
BODY_LINES = 12  # a comment's body has at most this many non-blank lines
BODY_WORDS = 2  # ... and at least this many words

# a time of day ("4:12", "16h05"), on the raw line
_CLOCK = regex.compile(r"(?<!\p{N})\p{N}{1,2}[:h]\p{N}{2}(?!\p{N})")
_FIGURE = regex.compile(r"\p{N}")
# a word that starts a name: a capital letter, a letter of a script without case ("أحمد
# سامي", "राकेश मीणा"), a handle's "@", or a figure
_CAPITAL = regex.compile(r"^[@\p{Lu}\p{Lt}\p{Lo}\p{N}]")


class Thread(NamedTuple):
    """A thread found: the index of its first line, its comments, and their header's shape."""

    start: int
    comments: int
    shape: str


class _Words(NamedTuple):
    ago: regex.Pattern[str]
    says: frozenset[str]
    starts: tuple[str, ...]  # the first words of an age with no figure, and a space
    ends: tuple[str, ...]  # its last words


@lru_cache(maxsize=1)
def _words() -> _Words:
    table = boilerplate_table()["comments"]
    ago = regex.compile("|".join(f"(?:{rx})" for rx in table["ago_regex"]))
    says = frozenset(normalize_line(w) for w in table["says"])
    starts = tuple(f"{w} " for w in table["ago_starts"])
    return _Words(ago, says, starts, tuple(table["ago_ends"]))


def _worded(key: str) -> bool:
    """A short line without a figure that may be an age with its number written as a word
    ("an hour ago", "hace una hora", "vor einer Stunde": ``str.startswith``/``endswith``
    on the data file's ``ago_starts``/``ago_ends``, no pattern; ``_time`` decides).

    >>> _worded("hace una hora"), _worded("an hour ago"), _worded("read more")
    (True, True, False)
    """
    return len(key) <= _WORDED_CHARS and _agoish(key)


def _agoish(key: str) -> bool:
    """The line starts or ends with a word every age of ``ago_regex`` starts or ends with
    (the data file's ``ago_starts``, ``ago_ends``): the test before the pattern.

    >>> _agoish("0 hours ago"), _agoish("vor 0 tagen"), _agoish("0分前"), _agoish("00 00 0000")
    (True, True, True, False)
    """
    words = _words()
    return key.endswith(words.ends) or key.startswith(words.starts)


_WORDED_CHARS = 32  # an age in words is short: "il y a quelques semaines" has 24
# ``key.count(" ") < HEADER_WORDS`` is first told on the key's first characters: a paragraph
# has HEADER_WORDS spaces among them, and its spaces are not all counted
_SPACED = 96


def _time(text: str, key: str, dated: bool) -> bool:
    """A line that is a comment's age or a date/time with a time of day (any date if
    ``dated``: the name above it had a byline verb)."""
    if "0" not in key:
        return _worded(key) and _words().ago.fullmatch(key) is not None
    if _agoish(key) and _words().ago.fullmatch(key) is not None:
        return True
    if not dated and _CLOCK.search(text) is None:
        return False
    return _dated(key)


def is_comment_time(text: str) -> bool:
    """A line that is a comment's age ("2 hours ago") or a date with a time of day ("March 3,
    2021 at 4:12 pm"): a comment header's time (``dated_teasers`` leaves such lines to the
    thread).

    >>> is_comment_time("vor 5 Minuten"), is_comment_time("11.01.2026 · 3 Kommentare")
    (True, False)
    """
    return _time(text, normalize_line(text), False)


def _dated(key: str) -> bool:
    """The normalised line is a date, time or age line of the data file's ``[date]``."""
    return Patterns.builtin().is_date(key, key)


def _says(text: str, key: str) -> bool:
    """A byline with a verb: "Maria says:", "Marie dit :"."""
    words = key.split()
    return (
        text.rstrip().endswith(":")
        and 2 <= len(words) <= NAME_WORDS + 1
        and words[-1] in _words().says
    )


def _name(text: str, key: str) -> bool:
    """A name or handle: a few capitalised words, or one token, with no full stop."""
    words = text.split()
    if not words or len(key.split()) > NAME_WORDS or LINE_END.search(text) is not None:
        return False
    if len(words) == 1:
        return key.replace("0", "").strip() != ""  # a handle, not a figure
    return "0" not in key and all(_CAPITAL.match(w) is not None for w in words)


def _one_line(text: str, key: str) -> bool:
    """A name and a time on one line: "jdoe88 · 3 days ago", "Tom wrote: May 2, 2021"."""
    words = key.split()
    if len(words) > HEADER_WORDS or "0" not in key or LINE_END.search(text) is not None:
        return False
    label = ":" in _FIGURE.split(text, 1)[0]  # "Current DateTime: 09:14:12 23 Sep 2011"
    for k in range(1, min(NAME_WORDS + 1, len(words))):
        rest = " ".join(words[k:])
        says = words[k - 1] in _words().says and ":" in text
        if label and not says:
            continue
        if _time(text, rest, says) and (k == 1 or _CAPITAL.match(text) is not None):
            # not a time alone ("updated 3 hours ago")
            return not _dated(key) and _words().ago.fullmatch(key) is None
    return False


def _header(
    lines: Sequence[str], keys: Sequence[str], i: int, timed: Sequence[bool]
) -> tuple[str, int] | None:
    """The shape of a comment header starting at ``lines[i]`` and the index after it
    (``timed[j]``: ``lines[j]`` is short and has a figure, as every time has)."""
    text, key = lines[i], keys[i]
    if timed[i + 1]:
        says = _says(text, key)
        if (says or _name(text, key)) and _time(lines[i + 1], keys[i + 1], says):
            return "name-time", i + 2
    if not timed[i]:
        return None
    if i + 1 < len(lines) and _time(text, key, False) and _name(lines[i + 1], keys[i + 1]):
        return "time-name", i + 2
    if _one_line(text, key):
        return "one-line", i + 1
    return None


def _is_timed(key: str) -> bool:
    """The line may hold a header's time: short, with a figure (``normalize_line`` writes
    every figure as ``0``), or an age in words (``_worded``)."""
    if "0" in key:
        return key.count(" ") < HEADER_WORDS
    return _worded(key)  # (it tests the length too)


def _timed(keys: Sequence[str]) -> list[bool]:
    """``_is_timed`` of each line, and one ``False`` more for the line after the last.

    >>> _timed(["tom", "0 hours ago", "an hour ago", "read more"])
    [False, True, True, False, False]
    """
    # ``_is_timed`` written out, as in ``may_hold_thread`` (a call per line costs more)
    words = _words()
    starts, ends = words.starts, words.ends
    timed = [
        key.count(" ", 0, _SPACED) < HEADER_WORDS and key.count(" ") < HEADER_WORDS
        if "0" in key
        else len(key) <= _WORDED_CHARS and (key.endswith(ends) or key.startswith(starts))
        for key in keys
    ]
    timed.append(False)
    return timed


def may_hold_thread(keys: Iterable[str]) -> bool:
    """Whether lines of these normalised forms (``normalize_line``; blank lines give ``""``)
    hold ``MIN_COMMENTS`` time lines: the test :func:`bare_thread` starts with, for the
    lines after the article's first paragraph, without building its lists.

    >>> may_hold_thread(["tom", "0 hours ago", "nice", "ann", "0 days ago", "ok"])
    False
    >>> may_hold_thread(["tom", "an hour ago", "ann", "a day ago", "jo", "0 days ago"])
    True
    """
    # ``_is_timed`` written out (a call per line of every page costs more than the test)
    words = _words()
    starts, ends = words.starts, words.ends
    n = 0
    for key in keys:
        if "0" in key:
            if key.count(" ", 0, _SPACED) >= HEADER_WORDS or key.count(" ") >= HEADER_WORDS:
                continue
        elif len(key) > _WORDED_CHARS or not (key.endswith(ends) or key.startswith(starts)):
            continue
        n += 1
        if n >= MIN_COMMENTS:
            return True
    return False


def _may_hold_times(
    lines: Sequence[str], keys: Sequence[str], after: int, timed: Sequence[bool] | None = None
) -> bool:
    """Whether ``MIN_COMMENTS`` lines after ``lines[after]`` may be a header's time
    (``_time``): a line that may hold one (``_is_timed``) with what ``_time`` needs on it or
    on the line above it: an age's first or last word (the data file's ``ago_starts``,
    ``ago_ends``), a time of day ("4:12", "16h05"), or a colon (a byline verb: "Tom wrote:
    May 2", or "Marie dit :" above a bare date). Most pages' short lines with figures are
    dates and prices with none of these: their headers are not looked for. ``timed``:
    ``_timed(keys)`` if it was made (then only the lines it marks are looked at).

    >>> _may_hold_times(["Ann", "May 2, 2021", "Tom", "May 3, 2021", "Jo", "May 4, 2021"],
    ...     ["ann", "may 0 0000", "tom", "may 0 0000", "jo", "may 0 0000"], -1)
    False
    >>> _may_hold_times(["Ann", "1 day ago", "Tom", "2 days ago", "Jo", "3 days ago"],
    ...     ["ann", "0 day ago", "tom", "0 days ago", "jo", "0 days ago"], -1)
    True
    """
    words = _words()
    starts, ends = words.starts, words.ends
    if timed is None:
        timed = _timed(keys)
    n = 0
    for i in compress(range(after + 1, len(keys)), timed[after + 1 :]):
        key, text = keys[i], lines[i]
        if not (
            ":" in text
            or (i > 0 and ":" in lines[i - 1])
            or key.endswith(ends)
            or any(s in key for s in starts)
            or _CLOCK.search(text) is not None
        ):
            continue
        n += 1
        if n >= MIN_COMMENTS:
            return True
    return False


#: the headers found on a page's lines, by a line and its key and the line after it and
#: its key (``None``: the last line has none): the shape and the lines it holds, or
#: ``None`` (``_headers``)
Known = dict[tuple[str, str, str | None, str | None], tuple[str, int] | None]


def _headers(
    lines: Sequence[str],
    keys: Sequence[str],
    first: int,
    timed: Sequence[bool],
    known: Known | None = None,
) -> list[tuple[int, int, str]]:
    """Every header from ``lines[first]`` on: ``(start, end, shape)``, not overlapping (a
    header has a time on a short line, ``timed``: itself or the next one). ``known``: the
    headers found before (a later pass over what is left of the page), by the line and the
    one after it with their keys (all ``_header`` reads): ``(shape, lines)`` or ``None``.

    >>> known: Known = {}
    >>> rows = ["Tom", "2 hours ago", "Nice."]
    >>> keys = ["tom", "0 hours ago", "nice"]
    >>> _headers(rows, keys, 0, _timed(keys), known)
    [(0, 2, 'name-time')]
    >>> known
    {('Tom', 'tom', '2 hours ago', '0 hours ago'): ('name-time', 2)}
    """
    out: list[tuple[int, int, str]] = []
    # (a line that may be a header's time: told once a line, when first asked, ``_timeish``)
    timeish: dict[int, bool] = {}
    i = first
    while i < len(lines):
        found = None
        if (
            (timed[i] or timed[i + 1])
            and keys[i].count(" ") < HEADER_WORDS
            and _may_open(lines, keys, i, timed, timeish)
        ):
            found = _known_header(lines, keys, i, timed, known)
        if found is None:
            i += 1
            continue
        out.append((i, found[1], found[0]))
        i = found[1]
    return out


def _timeish(text: str, key: str) -> bool:
    """What ``_time`` needs on a line (its own colon aside: a byline verb on the line above,
    "Tom wrote:", is the caller's): a colon ("Tom wrote: May 2", a time of day), an age's
    first or last word (the data file's ``ago_starts``, ``ago_ends``) or a time of day
    ("4:12", "16h05"). A key with white space but single spaces between its words (not
    ``str.isprintable``, two spaces, one at its end) is not told: its words, split and
    joined again as ``_one_line`` does, may not be found in it as they are.

    >>> _timeish("3 hours ago", "0 hours ago"), _timeish("Eat 60-90 minutes", "eat 00 00 minutes")
    (True, False)
    """
    if ":" in text or not key.isprintable() or "  " in key or key.endswith(" "):
        return True
    words = _words()
    return (
        key.endswith(words.ends)
        or any(s in key for s in words.starts)
        or _CLOCK.search(text) is not None
    )


def _may_open(
    lines: Sequence[str],
    keys: Sequence[str],
    i: int,
    timed: Sequence[bool],
    timeish: dict[int, bool],
) -> bool:
    """Whether ``_header(lines, keys, i, timed)`` may find a header: its time is on
    ``lines[i]`` (``time-name``, ``one-line``) or on the next line (``name-time``: a colon on
    ``lines[i]`` may be the byline verb's that lets a bare date be a time), and ``_timeish``
    says that line may be one (``timeish`` keeps the answers by line). Most of a page's
    short lines with a figure ("Eat 60-90 minutes before") are no time: no header is
    looked for.

    >>> rows = ["Eat 60-90 minutes before", "Tom", "2 hours ago"]
    >>> keys = ["eat 00 00 minutes before", "tom", "0 hours ago"]
    >>> timed = _timed(keys)
    >>> _may_open(rows, keys, 0, timed, {}), _may_open(rows, keys, 1, timed, {})
    (False, True)
    """
    for j in (i, i + 1):
        if not timed[j]:
            continue
        if j == i + 1 and ":" in lines[i]:
            return True
        ok = timeish.get(j)
        if ok is None:
            ok = timeish[j] = _timeish(lines[j], keys[j])
        if ok:
            return True
    return False


def _known_header(
    lines: Sequence[str],
    keys: Sequence[str],
    i: int,
    timed: Sequence[bool],
    known: Known | None,
) -> tuple[str, int] | None:
    """``_header(lines, keys, i, timed)``, looked up in ``known`` (and kept there) if given:
    it reads ``lines[i]`` and the line after it alone, with their keys (``timed`` is told
    by the key)."""
    if known is None:
        return _header(lines, keys, i, timed)
    last = i + 1 == len(lines)
    pair = (lines[i], keys[i], None if last else lines[i + 1], None if last else keys[i + 1])
    if pair in known:
        found = known[pair]
        return None if found is None else (found[0], i + found[1])
    found = _header(lines, keys, i, timed)
    known[pair] = None if found is None else (found[0], found[1] - i)
    return found


def _body(lines: Sequence[str], a: int, b: int) -> bool:
    """``lines[a:b]`` is a comment's body: a few lines, a few words, and a sentence (a line
    ending in a full stop, "!" or "?": a list of teasers under their age has titles)."""
    if not 0 < b - a <= BODY_LINES:
        return False
    body = lines[a:b]
    words = sum(len(s.split()) for s in body)
    return words >= BODY_WORDS and any(LINE_END.search(s) is not None for s in body)


def bare_thread(
    lines: Sequence[str],
    after: int = -1,
    keys: Sequence[str] | None = None,
    known: Known | None = None,
) -> Thread | None:
    """The first comment thread after ``lines[after]`` (the article's first paragraph), or
    ``None``: ``MIN_COMMENTS`` headers of one shape in a row, each followed by a comment body
    (the last one too). ``lines``: the page's non-blank lines; ``keys``: their
    ``normalize_line``. A row of headers that begins before ``lines[after]`` and goes on
    after it makes that paragraph a comment: then there is no thread after the article.
    ``known``: the page's headers found before (``_headers``), kept by the caller for
    its later passes.

    >>> rows = ["Tom", "2 hours ago", "Nice.", "Ann", "3 hours ago", "Great post, thanks."]
    >>> bare_thread(rows * 2, 2), bare_thread(rows * 2, 5)
    (None, None)
    """
    if keys is None:
        keys = [normalize_line(s) for s in lines]
    # each header holds its own time line and headers do not overlap: a thread after the
    # article needs MIN_COMMENTS time lines after it (``may_hold_thread``, told by ``timed``)
    timed = _timed(keys)
    if sum(timed[after + 1 :]) < MIN_COMMENTS or not _may_hold_times(lines, keys, after, timed):
        return None
    heads = _headers(lines, keys, 0, timed, known)
    run: list[tuple[int, int, str]] = []
    for k, head in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else min(len(lines), head[1] + BODY_LINES)
        if run and (head[2] != run[-1][2] or not _body(lines, run[-1][1], head[0])):
            run = []
        run.append(head)
        if len(run) < MIN_COMMENTS or not _body(lines, head[1], end):
            continue
        if run[0][0] > after:
            return Thread(run[0][0], len(run), head[2])
        if head[0] > after:
            return None  # the article's first paragraph is one of the thread's comments
    return None


def why(thread: Thread, line_no: int, shown: str) -> str:
    """The note of ``explain`` for a thread found by its shape."""
    return (
        f"comment thread from line {line_no} to the end, with no heading and no reply "
        f"buttons: {thread.comments} comments in a row under a header of the same shape "
        f"({thread.shape}: a name and a time, first '{shown[:40]}') and a body of a few lines"
    )
