"""A standfirst kept with the article when a byline or date line separates them, for ``extract``.

A news page puts a sentence under its headline that sums up the article (the standfirst, or
deck), then the byline, the date, a reading time or a share bar, then the article::

    Mietenstreik in den USA
    In den Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp in der Coronakrise
    Von Moritz Wichmann
    29.04.2020, 12:01 Uhr
    Noch wartet Antonio Gutierrez ab. Doch der Aktivist ...

The byline and date lines score as page furniture, so the run of the article starts after
them and the standfirst went with the head. When, within ``MAX_BETWEEN`` lines before the
main content, a byline or date line (a short line with a date or a time of day, one that
starts with a byline word or names a reading time: the data file's ``[standfirst]``, or a
name alone) comes after a sentence
(``MIN_WORDS`` words or more, with stopwords, a full stop or sentence case, or in a script
without letter case a comma between clauses, ``caseless_clauses``, not a caption and not the
page title) that is under a headline (a line of ``HEADLINE_WORDS`` words or more, no
UI string, menu word or box heading: a sentence under "Learn more" or a menu entry is a promo
or a teaser) and not above a sign-up or log-in button (a sentence over "SUBSCRIBE" is its
pitch) and not the last title of a carousel of teasers (``_teaser_frame``), that sentence
and up to ``MAX_LINES - 1`` more like it just above it are kept;
the lines between them and the article still go. No byline or date line between them,
or a comment or box heading among them, and nothing is kept. Off with
``Weights.standfirst=False``; the head note of ``explain`` names the lines kept.

``standfirst-headline``: the search stops at the page title's headline (``_the_headline``)
when only byline and date lines come between it and the article: a sentence above it, such as
the excerpt of the last teaser in a list of the latest stories over a short post ("Neue
Buslinie zum Bahnhof" / "Ab Mai fahren die Busse ..." / a date / the headline / a date / the
post), is no standfirst. Off with ``Weights.standfirst_headline=False`` (``extract_off =
["standfirst-headline"]``).

>>> is_meta("Von Moritz Wichmann"), is_meta("29.04.2020, 12:01 Uhr"), is_meta("Lesedauer: 8 Min.")
(True, True, True)
>>> is_meta("Mietenstreik in den USA")
False
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.comments import dated_byline
from cleantext.boilerplate.headline import title_keys
from cleantext.boilerplate.patterns import normalize_line
from cleantext.data import alternation, boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "MAX_BETWEEN",
    "can_be_deck",
    "caseless_clauses",
    "headline_like",
    "is_meta",
    "standfirst",
    "title_forms",
]

MAX_BETWEEN = 6  # byline, date, share and caption lines between the standfirst and the article
MAX_LINES = 3  # lines of one standfirst
MIN_WORDS = 10
MAX_WORDS = 80
META_WORDS = 12
# a date in figures ("29.04.2020", "2020-04-29", "4/29/20") or a time of day ("12:01", "14h05")
_DATE = regex.compile(
    r"(?<!\p{N})(?:\p{N}{1,4}[./-]\p{N}{1,2}[./-]\p{N}{2,4}|\p{N}{1,2}[:h]\p{N}{2})(?!\p{N})"
)
_DECK_KINDS = frozenset({"good", "medium", "short", "repeat"})
_HEADINGS = frozenset({"stop", "box"})
HEADLINE_WORDS = 3
_NOT_HEADLINE = frozenset({"ui", "hint", "box", "stop"})


@lru_cache(maxsize=1)
def _meta() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    table = boilerplate_table()["standfirst"]
    bylines = alternation(normalize_line(w) for w in table["bylines"])
    meta = alternation(normalize_line(w) for w in table["meta"])
    return (
        regex.compile(rf"^(?:{bylines})(?: |$)"),
        regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{meta})(?![\p{{L}}\p{{N}}])"),
    )


@lru_cache(maxsize=4096)
def is_meta(line: str) -> bool:
    """A byline, date or reading-time line: at most ``META_WORDS`` words, with a date or a
    time of day, or starting with a byline word, or with a reading-time or publication
    word. (Kept by line, 4,096 of them: the lines above a page's content are asked about
    again by each pass.)"""
    key = normalize_line(line)
    if not key or len(key.split()) > META_WORDS:
        return False
    if _DATE.search(line) is not None or dated_byline(line):
        return True
    byline, meta = _meta()
    return byline.match(key) is not None or meta.search(key) is not None


def standfirst(
    infos: Sequence[LineInfo],
    first: int,
    w: Weights,
    sentence_like: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
) -> tuple[int, int] | None:
    """``(first line, last line)`` of the standfirst before the main content (which starts at
    ``first``), or ``None``."""
    if not w.standfirst or first <= 0:
        return None
    title = title_forms(infos)
    metas, between = 0, 0
    j = first - 1
    while j >= 0:
        info = infos[j]
        if info.kind in _HEADINGS:
            return None
        if info.kind != "empty":
            if metas == between and w.standfirst_headline and _the_headline(info, title):
                return None  # (a sentence above the headline: a teaser's, not a standfirst)
            if is_meta(info.block.text) or _name(info):
                metas += 1
            elif metas and can_be_deck(info, sentence_like, caption, title):
                break
            between += 1
            if between > MAX_BETWEEN:
                return None
        j -= 1
    if j < 0 or _pitch(infos, j):
        return None
    top, lines = j, 1
    k = j - 1
    while k >= 0 and lines < MAX_LINES:
        if infos[k].kind != "empty":
            if not can_be_deck(infos[k], sentence_like, caption, title):
                break
            top, lines = k, lines + 1
        k -= 1
    if not _headline_above(infos, top) or _teaser_frame(infos, top, j, first):
        return None
    return top, j


def _the_headline(info: LineInfo, title: frozenset[str]) -> bool:
    """``info`` is the page title's headline: ``HEADLINE_WORDS`` words or more, the whole of
    one of ``title``'s forms (:func:`title_forms`) or the words it starts or ends with ("Old
    bridge to close" of "Old bridge to close - Example News"). A standfirst is under it, and
    a sentence above it (the excerpt of a teaser in a list of the latest stories, above the
    article) is none (``Weights.standfirst_headline``).

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> infos = classify_lines("Old bridge to close - Example News\\nOld bridge to close\\nNews")
    >>> [_the_headline(i, title_forms(infos)) for i in infos]
    [True, True, False]
    """
    key = info.key or normalize_line(info.block.text)
    if not key or info.words < HEADLINE_WORDS:
        return False
    return any(t == key or t.startswith(key + " ") or t.endswith(" " + key) for t in title)


def _teaser_frame(infos: Sequence[LineInfo], top: int, j: int, first: int) -> bool:
    """The sentence at ``top..j`` is the last title of a list of teasers (a video carousel:
    "Video Ad Feedback" / the title / "02:18" / "Now playing" / "- Source: CNN", again and
    again): the line above it is a line the page repeats, and so is a line between it and
    the article that came before it too. A standfirst's frame is the page's own: its headline
    may come twice (the title block and the article), but the lines between it and the
    article do not come before it."""
    k = top - 1
    while k >= 0 and infos[k].kind == "empty":
        k -= 1
    if k < 0 or infos[k].kind != "repeat":
        return False
    between = {infos[i].key for i in range(j + 1, first) if infos[i].kind == "repeat"}
    return bool(between) and any(
        infos[i].kind == "repeat" and infos[i].key in between for i in range(k)
    )


def _pitch(infos: Sequence[LineInfo], j: int) -> bool:
    """The line under line ``j`` is a sign-up or log-in button ("SUBSCRIBE", "Sign Up"): the
    sentence above it is the button's pitch ("Get breaking news alerts and special reports.
    The news and stories that matter, delivered weekday mornings."), not a standfirst."""
    k = j + 1
    while k < len(infos) and infos[k].kind == "empty":
        k += 1
    return k < len(infos) and infos[k].kind == "ui" and infos[k].ui in _BUTTONS


#: the UI categories of a sign-up or log-in button
_BUTTONS = frozenset({"newsletter", "login"})


def _headline_above(infos: Sequence[LineInfo], top: int) -> bool:
    """The line above the standfirst is a headline: ``HEADLINE_WORDS`` words or more and no
    UI string, menu word or box heading (a sentence under a menu entry or a "Learn more"
    button is a teaser or a promo, not a standfirst)."""
    k = top - 1
    while k >= 0 and infos[k].kind == "empty":
        k -= 1
    return k >= 0 and headline_like(infos[k])


def headline_like(info: LineInfo) -> bool:
    """A line that can be a headline: ``HEADLINE_WORDS`` words or more and no UI string, menu
    word or box heading (``deck.py`` asks the same of the line above a deck).

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> [headline_like(i) for i in classify_lines("Old bridge to close\\nShare\\nOld bridge")]
    [True, False, False]
    """
    return info.words >= HEADLINE_WORDS and info.kind not in _NOT_HEADLINE


def _name(info: LineInfo) -> bool:
    """A byline that is a name alone ("Marie Rövekamp"): two or three capitalised words
    without stopwords, figures or a full stop."""
    words = info.block.text.split()
    return (
        2 <= len(words) <= 3
        and info.density == 0
        and not info.terminal
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


def title_forms(infos: Sequence[LineInfo]) -> frozenset[str]:
    """The normalised forms of the page's first line (its title) and of its headline part: a
    line found in one of them is the headline, not a standfirst (nor a deck: ``deck.py``).

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> sorted(title_forms(classify_lines("Old bridge to close - Example News\\nHome")))
    ['old bridge to close', 'old bridge to close example news']
    """
    if not infos:
        return frozenset()
    text = infos[0].block.text
    return title_keys(text) | {normalize_line(text)}


#: a comma between two clauses (the ASCII one, Chinese and Japanese "，" and "、", Arabic "،")
_CLAUSE_COMMA = regex.compile(r"[^\s,，、،][,，、،]\s*[^\s,，、،]")


def caseless_clauses(text: str) -> bool:
    """A line mostly in scripts without letter case (Chinese, Japanese, Korean, Arabic,
    Hindi...), where sentence case cannot tell a sentence from a title, with a comma between
    two clauses: a standfirst without a full stop ("为方便上班族和学生，市图书馆平日开放时间将
    延长三个小时"), unlike a teaser's title ("博物馆将对中小学生免费开放").

    >>> caseless_clauses("为方便上班族和学生，市图书馆平日开放时间将延长三个小时")
    True
    >>> caseless_clauses("博物馆将对中小学生免费开放"), caseless_clauses("Rain, then sun")
    (False, False)
    """
    letters = cased = 0
    for c in text:
        if c.isalpha():
            letters += 1
            cased += c.isupper() or c.islower()
    return 2 * cased < letters and _CLAUSE_COMMA.search(text) is not None


def can_be_deck(
    info: LineInfo,
    sentence_like: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
    title: frozenset[str],
    unlisted: bool = False,
) -> bool:
    """A line that can be a standfirst: a sentence of ``MIN_WORDS`` to ``MAX_WORDS`` words with
    stopwords, ending in a full stop or in sentence case; no caption, no repeat of the title
    (``title``: :func:`title_forms`). ``deck.py`` asks the same of a deck (``unlisted``: a
    deck whose size and stopwords it has read otherwise, ``deck._unlisted``).

    >>> import regex
    >>> from cleantext.boilerplate.extract import classify_lines
    >>> infos = classify_lines("Old bridge to close - Example News\\nOld bridge to close\\n"
    ...     "The council shuts the river crossing and a ferry takes the buses across.")
    >>> no_caption, title = regex.compile("(?!)"), title_forms(infos)
    >>> [can_be_deck(i, lambda info: False, no_caption, title) for i in infos]
    [False, False, True]
    """
    if info.kind not in _DECK_KINDS:
        return False
    if not unlisted and (not MIN_WORDS <= info.words <= MAX_WORDS or info.density <= 0):
        return False
    if not (info.terminal or sentence_like(info)):
        return False
    text = info.block.text
    if caption.search(text) is not None:
        return False
    key = info.key or normalize_line(text)
    return not any(key in t for t in title)
