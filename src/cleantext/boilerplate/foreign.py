"""Paragraphs in another language than the page's, for the ``extract`` preset.

A German blog posts an English review, a Polish site quotes a Greek letter: the page's
language is decided once (``features.py``) and a paragraph in another language has no
stopword of it, so the line classifier took a long paragraph for a menu line, and a shorter
sidebar text in the page's language won. A line of ``MIN_WORDS`` words or more (a
paragraph: far longer than a menu entry) with almost no stopword of the page's language
(a share under ``LOW_DENSITY``: a name or a loanword may be one) gets the stopword density
of its own language, when another word list has ``MIN_DENSITY`` or more of its words (the
share of prose: a reference list's English title or a line of image links has far fewer);
a line with a web address, or with capitals on most of its words (a team's line-up, "G
Murphy; S Horgan, B O'Driscoll ...": initials are stopwords of some lists), is left as it
was. A line written in another script than the page language's list (an Arabic or Hindi
article on a page read as English for its English menus and footer) can have none of its
stopwords whatever it is: one of ``SCRIPT_WORDS`` words or more gets the density of its own
language when that is ``SCRIPT_DENSITY`` or more (Arabic writes many of its function words
joined to the next word, so fewer of its words are in the list).
Off with ``Weights.foreign=False`` (``extract_off = ["foreign-language"]``).

>>> from cleantext.boilerplate.stopwords import Stopwords
>>> line = ("A nearly wordless visual narrative intercuts two main stories and a couple of "
...     "minor ones, and it is one of the most beautiful films of the decade.")
>>> foreign_density([line], [0], [len(line.split())], [0.0], "de", Stopwords.load())
{0: 0.5185185185185185}
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.stopwords import Stopwords, script_of, words

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo

__all__ = ["LOW_DENSITY", "MIN_DENSITY", "MIN_WORDS", "foreign_density", "foreign_note"]

MIN_WORDS = 25  # a paragraph, not a menu entry or a title
LOW_DENSITY = 0.05  # "almost no stopword" of the page's language
MIN_DENSITY = 0.2  # stopwords of its own language: prose
SCRIPT_WORDS = 10  # a paragraph in another script than the page language's list
SCRIPT_DENSITY = 0.1  # its own stopwords: prose (a menu or a title has few or none)
_SAMPLE = 400  # characters of a line that its language and case are read from
_SCRIPT_SAMPLE = 120  # characters of a line that its script is read from


def foreign_density(
    rows: Sequence[str],
    keep: Sequence[int],
    counts: Sequence[int],
    density: Sequence[float],
    lang: str | None,
    stopwords: Stopwords,
    known: dict[str, float | None] | None = None,
) -> dict[int, float]:
    """``{row: stopword density in the row's own language}`` for the rows of ``keep`` (with
    ``counts`` words each) of ``MIN_WORDS`` words or more and almost no stopword of ``lang``
    (``density``: by row), in another language that has a word list; ``{}`` if ``lang`` is
    ``None`` (a page without a language has no density threshold). ``known``: the rows'
    own densities (or ``None``) found before in ``lang`` with ``stopwords``, by row (a
    later pass over what is left of the page): looked up, and kept there."""
    if lang is None:
        return {}
    found: dict[int, float] = {}
    scripts = stopwords.scripts(lang)
    for i, n in zip(keep, counts, strict=True):
        row = rows[i]
        if n < SCRIPT_WORDS or density[i] >= LOW_DENSITY or "://" in row:
            continue
        if known is None:
            d = _own_density(row, n, lang, scripts, stopwords)
        elif row in known:
            d = known[row]
        else:
            d = known[row] = _own_density(row, n, lang, scripts, stopwords)
        if d is not None:
            found[i] = d
    return found


def _own_density(
    row: str, n: int, lang: str, scripts: frozenset[str], stopwords: Stopwords
) -> float | None:
    """The stopword density of ``row`` (of ``n`` words, almost no stopword of ``lang``,
    whose list is in ``scripts``) in its own language, if it is prose in another language
    with a word list (``foreign_density``); else ``None``."""
    head = row[:_SAMPLE]  # the language and the case of a paragraph, from its start
    # a line in another script than the page's list has none of its stopwords whatever
    # it is: a shorter one, and a lower share of its own stopwords, tell its prose
    script = not _in_scripts(head, scripts)
    if n < MIN_WORDS and not (script and len(words(head)) >= SCRIPT_WORDS):
        return None  # (its words, not its length: "김 기자 kim@news.co.kr" is no paragraph)
    if _capitalised(head):
        return None
    other = stopwords.detect(head)
    if other is not None and other != lang:
        d = stopwords.density(row, other)
        if d >= (SCRIPT_DENSITY if script else MIN_DENSITY):
            return d
    return None


def foreign_note(
    infos: Sequence[LineInfo], first: int, last: int, page_density: Sequence[float]
) -> str:
    """The note's words for the paragraphs of the main content (``first`` to ``last``) that
    count as prose in their own language (``page_density``: each row's stopword density in
    the page's language); "" if there are none."""
    found = [
        infos[i].block.index + 1
        for i in range(first, last + 1)
        if infos[i].words >= MIN_WORDS
        and infos[i].density >= MIN_DENSITY
        and page_density[infos[i].block.index] < LOW_DENSITY
    ]
    if not found:
        return ""
    lines = ", ".join(map(str, found[:5])) + (", ..." if len(found) > 5 else "")
    return (
        f"; the paragraph(s) at line(s) {lines} are prose in another language than the "
        "page's (its stopwords scored them)"
    )


def _in_scripts(text: str, scripts: frozenset[str]) -> bool:
    """Half the letters of ``text`` or more are in ``scripts`` (``Stopwords.scripts``).

    >>> _in_scripts("Всё хорошо, ok", frozenset({"CYRILLIC"}))
    True
    >>> _in_scripts("وقال الوزير", frozenset({"LATIN"}))
    False
    """
    text = text[:_SCRIPT_SAMPLE]
    if text.isascii():  # (most lines: no name to look up)
        return "LATIN" in scripts or not any(map(str.isalpha, text))
    letters = [c for c in text if c.isalpha()]
    return 2 * sum(1 for c in letters if _script(c) in scripts) >= len(letters)


_SCRIPTS: dict[str, str] = {}  # the script of each letter seen (at most every letter's)


def _script(char: str) -> str:
    """``script_of(char)``, kept (a page repeats its letters)."""
    found = _SCRIPTS.get(char)
    if found is None:
        found = _SCRIPTS[char] = script_of(char)
    return found


def _capitalised(text: str) -> bool:
    """Most words of ``text`` start with a capital (names, a title): no prose.

    >>> _capitalised("G Murphy; S Horgan, B O'Driscoll (capt), K T Bowe")
    True
    >>> _capitalised("Ein Satz mit ein paar Wörtern.")
    False
    """
    initials = [w[0] for w in text.split() if w[0].isalpha()]
    return 2 * sum(1 for c in initials if c.isupper()) > len(initials)
