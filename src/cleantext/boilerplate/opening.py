"""The article's opening line, a question or an exclamation, kept for ``extract``.

Articles, reviews and blog posts often open with a short line of their own before the first
paragraph: a question ("Why do tomatoes squash when you cut them?"), an exclamation ("You
know this one!"), a review's title ("Gousto has changed my life..."). Too short to be a
paragraph, it scores as page furniture and goes with the head. The line right above the main
content's first paragraph (blank lines aside), when that paragraph is a ``good`` line, is
kept when it is a short sentence (``MIN_WORDS`` words to ``Weights.good_words`` - 1, in
sentence case with stopwords, no UI string, not a repeated line, no caption word, not the
page title or part of it: that is the headline) that ends in one of the data file's
``[opening] ends`` (a question mark, an exclamation mark or an ellipsis, in several
scripts). A picture's caption or a teaser's headline ends without them, or in a plain full
stop, and still goes; a question headline at the top of the text is the page's title. Off
with ``Weights.opening=False`` (``extract_off = ["opening-line"]``); the head note of
``explain`` names the line kept.

Two more lines an article opens with, in the same place and under the same switch: a letter's
or a post's greeting on a line of its own ("Hi everyone,", "Liebe Leserinnen und Leser,": at
most ``GREETING_WORDS`` words ending in ',' whose first word is one of ``[opening]
greetings``), and a dateline set apart from its paragraph ("WASHINGTON —", "BERLIN (dpa) -":
``[opening] dateline_regex``, matched case-sensitively, a place in capitals before a dash).
Neither may be a UI string (an "ADVERTISEMENT -" label) or a line repeated on the page. And
a first paragraph broken into lines by ``<br>`` right above the article, or above the line
the main content starts with (``_broken_top``: ``MIN_BROKEN`` to ``MAX_BROKEN`` short lines
with no blank line between, one sentence going on over them, each after the first starting
in lower case); a list of headlines starts each line with a capital and still goes.

``split-opening`` (``_split_top``, ``Weights.split_opening``): the first paragraph may start
on a line of its own and go on, after a line break, on the line the main content starts with
("WASHINGTON — Lawmakers on Tuesday" over "passed a bill ..."); that line is the opening
when the paragraph's first word is all in lower case. ``dated-line`` (``_dated``,
``Weights.dated_line``): a line right above the first paragraph with a place, a date, a dash
and ``DATED_WORDS`` words or more after it (``[opening] dated_regex``: "Bern, 17.08.2007 -
Speech by ..."), a speech's or a release's dateline and description, is the opening too.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines, sentence_like
>>> page = "\\n\\n".join(["Home", "Recipes", "Have you ever wondered why the tomato squashes?",
...     "The tomato squashes because the knife is blunt and because it lies on its side, so "
...     "the skin gives way before the blade has cut through it."])
>>> infos = classify_lines(page)
>>> opening_line(infos, 3, WEIGHTS, sentence_like, regex.compile("photo"), "Home")
2
>>> opening_line(infos, 3, WEIGHTS, sentence_like, regex.compile("photo"),
...     "Have you ever wondered why the tomato squashes? - Example Recipes") is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.headline import title_keys
from cleantext.boilerplate.patterns import normalize_line
from cleantext.data import boilerplate_table
from cleantext.sentences import CLOSING, ENDS

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["opening_line", "why_opening"]

MIN_WORDS = 3  # words of the opening line
GREETING_WORDS = 5  # words of a greeting line ("Liebe Leserinnen und Leser,")
MIN_BROKEN, MAX_BROKEN = 2, 6  # lines of a first paragraph broken into lines (``<br>``)
DATED_WORDS = 4  # words after the dash of a dateline and description ("Bern, 17.08.2007 -")
_KINDS = frozenset({"short", "medium"})  # (no UI string, hint, heading or repeated line)


@lru_cache(maxsize=1)
def _ends() -> tuple[str, ...]:
    """The data file's ``[opening] ends``: the marks an opening line ends in."""
    return tuple(boilerplate_table()["opening"]["ends"])


def opening_line(
    infos: Sequence[LineInfo],
    first: int,
    w: Weights,
    sentence_like: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
    title: str,
) -> int | None:
    """The opening line right above the main content (which starts at line ``first``), or
    ``None``. ``title``: the page's title, the first line of its first text (in a later pass
    the text's first line may be the opening line an earlier one kept); a line that is the
    title or part of it is the headline, never the opening line."""
    if not w.opening or first <= 0:
        return None
    split = _split_top(infos, first, w)
    if split is not None:
        return None if _headline(infos, split, title, w) else split
    if infos[first].kind != "good":  # (the broken paragraph's last line, kept already)
        top = _broken_top(infos, first, w)
        return None if top is None or top == first or _headline(infos, top, title, w) else top
    j = first - 1
    while j >= 0 and infos[j].kind == "empty":
        j -= 1
    if j < 0:
        return None
    info = infos[j]
    if info.kind in _KINDS and not info.ui and _salutation(info.block.text.strip()):
        return j
    if w.dated_line and info.kind in _KINDS and not info.ui and _dated(info.block.text):
        return None if _headline(infos, j, title, w) else j
    top = _broken_top(infos, j, w)
    if top is not None:
        return None if _headline(infos, top, title, w) else top
    if info.kind not in _KINDS or info.ui or not MIN_WORDS <= info.words < w.good_words:
        return None
    text = info.block.text.strip().rstrip(CLOSING)
    if not text.endswith(_ends()) or not sentence_like(info):
        return None
    if caption.search(text):
        return None
    return None if _headline(infos, j, title, w) else j


def _broken_top(infos: Sequence[LineInfo], j: int, w: Weights) -> int | None:
    """The first line of a paragraph broken into lines (``<br>``) that ends at line ``j``, or
    ``None``: ``MIN_BROKEN`` to ``MAX_BROKEN`` lines with no blank line between, each after
    the first in lower case and each before the last without a sentence end (one sentence
    goes on over them), the first in upper case, all short lines with stopwords and no UI
    string, ``Weights.good_words`` words or more in all."""
    k = j
    while j - k + 1 < MAX_BROKEN and _goes_on(infos, k):
        k -= 1
    if j - k + 1 < MIN_BROKEN or not infos[k].block.text.lstrip()[:1].isupper():
        return None
    lines = infos[k : j + 1]
    if any(i.kind not in _KINDS or i.ui or i.density <= 0 for i in lines):
        return None
    return k if sum(i.words for i in lines) >= w.good_words else None


def _split_top(infos: Sequence[LineInfo], first: int, w: Weights) -> int | None:
    """The first line of the main content's first paragraph when that paragraph starts on
    the lines right above it (``Weights.split_opening``), or ``None``: line ``first``, a
    paragraph, goes on with the sentence of the line right above it (``_goes_on``: no blank
    line between, it starts in lower case, that line has no sentence end), as "WASHINGTON —
    Lawmakers on Tuesday" over "passed a bill ..." does, its first word all in lower case
    (not "iPhone"); up to ``MAX_BROKEN`` - 1 such lines, the first in upper case, each short
    with stopwords and no UI string."""
    if not w.split_opening or infos[first].kind != "good" or not _goes_on(infos, first):
        return None
    if not infos[first].block.text.split()[0].islower():
        return None  # ("iPhone sales ...": a paragraph of its own under a caption)
    k = first - 1
    while first - k < MAX_BROKEN - 1 and _goes_on(infos, k):
        k -= 1
    lines = infos[k:first]
    if any(i.kind not in _KINDS or i.ui or i.density <= 0 for i in lines):
        return None
    return k if infos[k].block.text.lstrip()[:1].isupper() else None


@lru_cache(maxsize=1)
def _dated_line() -> regex.Pattern[str]:
    """The data file's ``[opening] dated_regex``, one pattern matched at a line's start."""
    found = boilerplate_table()["opening"]["dated_regex"]
    return regex.compile("|".join(f"(?:{rx})" for rx in found))


def _dated(text: str) -> bool:
    """``text`` opens with a place, a date and a dash, then says what follows
    (``Weights.dated_line``): "Bern, 17.08.2007 - Speech by ... at the city summit", a
    speech's or a release's dateline and description set apart from its first paragraph
    (``DATED_WORDS`` words or more after the dash).

    >>> _dated("Bern, 17.08.2007 - Speech by the minister at the city summit")
    True
    >>> _dated("Bern, 17.08.2007 - Home"), _dated("Paris, France - Speech by the minister today")
    (False, False)
    """
    found = _dated_line().match(text.strip())
    return found is not None and len(text[found.end() :].split()) >= DATED_WORDS


def _goes_on(infos: Sequence[LineInfo], k: int) -> bool:
    """Line ``k`` goes on with the sentence of the line right above it (no blank line
    between): it starts in lower case, and that line has no sentence end."""
    if k <= 0 or infos[k - 1].block.index != infos[k].block.index - 1:
        return False
    if not infos[k].block.text.lstrip()[:1].islower():
        return False
    return infos[k - 1].block.text.rstrip().rstrip(CLOSING)[-1:] not in ENDS


@lru_cache(maxsize=1)
def _greetings() -> frozenset[str]:
    """The data file's ``[opening] greetings``, case folded."""
    return frozenset(word.casefold() for word in boilerplate_table()["opening"]["greetings"])


@lru_cache(maxsize=1)
def _dateline() -> regex.Pattern[str]:
    """The data file's ``[opening] dateline_regex``, one pattern matched case-sensitively."""
    found = boilerplate_table()["opening"]["dateline_regex"]
    return regex.compile("|".join(f"(?:{rx})" for rx in found))


_DASHES = ("-", "–", "—")  # (a dateline ends in one: ``[opening] dateline_regex``)
_FIRST_WORD = regex.compile(r"\p{L}+")


def _salutation(text: str) -> bool:
    """``text`` is a greeting the article opens with ("Hi everyone,") or its dateline set
    apart from the first paragraph ("WASHINGTON —").

    >>> _salutation("Hi everyone,"), _salutation("Liebe_r Besucher_in,")
    (True, True)
    >>> _salutation("BERLIN (dpa) -"), _salutation("Home -"), _salutation("Hi there, welcome")
    (True, False, False)
    """
    if text.endswith(_DASHES):
        return _dateline().fullmatch(text) is not None
    if not text.endswith(",") or len(text.split()) > GREETING_WORDS:
        return False
    first = _FIRST_WORD.match(text)
    return first is not None and first.group().casefold() in _greetings()


def _headline(infos: Sequence[LineInfo], j: int, title: str, w: Weights) -> bool:
    """Line ``j`` is the page title's headline (``_in_title``). ``untitled-top``: not the
    text's first line when the title is that line itself (no line of the page above it): an
    opening line right above the article is the text's own there, as at the top of
    ``extract``'s output, not the page's title."""
    if w.untitled_top and j == 0 and infos[0].block.text == title:
        return False
    return _in_title(infos[j], title)


def _in_title(info: LineInfo, title: str) -> bool:
    """``info`` is the page ``title`` or part of it (``headline.title_keys``): the headline."""
    key = info.key or normalize_line(info.block.text)
    return bool(key) and any(key in t for t in title_keys(title) | {normalize_line(title)})


def why_opening(infos: Sequence[LineInfo], j: int) -> str:
    """The head note's words for the opening line kept."""
    kind = "a short question or exclamation"
    if _salutation(infos[j].block.text.strip()):
        kind = "a greeting or dateline"
    elif _dated(infos[j].block.text):
        kind = "a place, a date and what follows: dated-line"
    elif j + 1 < len(infos) and _goes_on(infos, j + 1):
        kind = "a first paragraph broken into lines"
    return (
        f"the opening line at line {infos[j].block.index + 1} is kept ({kind} right above "
        f"the article's first paragraph: opening-line)"
    )
