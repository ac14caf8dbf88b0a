"""The deck right under the headline, with no byline between it and the article, for ``extract``.

News pages put a sentence under the headline that sums up the article (the deck, or
standfirst), often without the full stop of a paragraph, then the article, with at most a few
lines of page furniture between (a picture's caption or credit, "Share this article", a date,
a drop capital)::

    Lebenszeichen von Bavaria nach zwei Monaten Funkstille
    Seit November ausgefallener Sender wieder aktiv – Erfreuliche Flugdaten aus Österreich
    © Markus Leitner
    Erleichterung breitet sich aus: Der seit fast zwei Monaten verstummte GPS-Sender von
    Bavaria ist wieder aktiv. ...

A deck of one line without a full stop scores as a short line, which costs the run of the
article more than it brings; ``standfirst.py`` keeps it only when a byline or date line comes
between, ``lead.py`` only when it is a paragraph (a ``good`` line) and ``intro.py`` only when
it is a paragraph of ``intro.MIN_WORDS`` words. Here the nearest line before what the head
keeps (the main content, or the lead, standfirst or intro kept above it), within
``MAX_BETWEEN`` non-blank lines (none of them a comment or box heading, none a paragraph),
is kept when:

- it can be a standfirst (``standfirst.can_be_deck``: ``standfirst.MIN_WORDS`` to
  ``standfirst.MAX_WORDS`` words with stopwords, a full stop or sentence case, no photo
  credit, not the page title);
- the line above it is the page title's headline (``standfirst.HEADLINE_WORDS`` words or
  more, no UI string or box heading; the page's first line, its part before a separator
  or a part of it at least ``TITLE_SHARE`` as long: not the site's name alone), with at
  most ``lead.MAX_ABOVE`` byline, date, credit or caption lines between (``lead.py``);
- it is not the first line of a hard-wrapped paragraph (half a sentence), has no web
  address, and is not one of a list of sentences (another story's headline under the
  page's own: the search stops at the first sentence that fails, unless the same line
  comes again just above it, a deck set twice);
- it is about what the article is about: at least ``MIN_SHARED`` of its content words and
  ``SHARE`` of them come again in the article's first paragraphs (``intro.py``'s stems), so
  that a teaser of another story above the article, under its own headline, still goes.

Off with ``Weights.deck=False`` (``extract_off = ["deck"]``); the head note of ``explain``
names the line kept and the words it shares with the article.

**Unlisted decks** (``unlisted-deck``, ``Weights.unlisted_deck``; issue 14 pattern 4): where
function words are endings or particles (Finnish "Kaupunginvaltuusto hyväksyi maanantaina
torikatoksen suunnitelman.", Georgian), a deck may hold no word of the stopword list and
fewer than ``standfirst.MIN_WORDS`` words, its words being long. Such a line is still a
candidate when it ends in a full stop, has ``MIN_LETTERS`` letters or more (the length of
ten English words) and at least ``MIN_UNLISTED`` words, and is in sentence case or in a
script without letter case (``cased``); every other test above applies to it, the shared
content words with the article first. The next pass (``run_step`` extracts again from what
was kept) has no headline above it: there a first line of the text of that shape right above
the main content is what the pass before kept, and stays (:func:`kept_deck`).

>>> from cleantext.boilerplate.credits import caption_pattern
>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines, sentence_like
>>> page = "\\n".join(["Old bridge to close - Example News", "Home", "Old bridge to close",
...     "The council shuts the river crossing and a ferry takes the buses across", "Share",
...     "The council voted on Tuesday to close the old bridge over the river, which is now "
...     "too weak for the buses that cross it."])
>>> deck_line(classify_lines(page), 5, 5, WEIGHTS, sentence_like, caption_pattern())[:3]
(2, 3, 3)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.headline import title_keys
from cleantext.boilerplate.intro import article_stems, line_above, stems
from cleantext.boilerplate.lead import MAX_ABOVE, above_lead
from cleantext.boilerplate.patterns import normalize_line
from cleantext.boilerplate.standfirst import (
    MAX_WORDS,
    MIN_WORDS,
    can_be_deck,
    headline_like,
    title_forms,
)
from cleantext.boilerplate.why import lines as line_range
from cleantext.sentences import CLOSING, ENDS

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["deck_line", "kept_deck", "refused", "why_deck"]

MAX_BETWEEN = 8  # non-blank lines between the deck and what the head keeps (caption, share bar)
TITLE_SHARE = 0.5  # of the page title's length a headline that is part of it has, at least
MIN_SHARED = 2  # content words of the deck found in the article
SHARE = 0.25  # share of the deck's content words found in the article
MIN_LETTERS = 60  # letters of an unlisted deck (no stopword), at least
MIN_UNLISTED = 5  # words of an unlisted deck, at least
_HEADINGS = frozenset({"stop", "box"})
_URL = regex.compile(r"https?://|www\.")

Found = tuple[int, int, int, frozenset[str]]  # (headline, deck's first and last line, stems)


def deck_line(
    infos: Sequence[LineInfo],
    top: int,
    first: int,
    w: Weights,
    sentence_like: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
    cased: Callable[[str], bool] | None = None,
) -> Found | None:
    """``(headline, first line, last line, shared stems)`` of the deck before line ``top``
    (the first line the head keeps; the main content starts at ``first``), or ``None``.
    ``cased``: sentence case or no letter case, the test of an unlisted deck (none: no
    unlisted deck)."""
    cased = cased if w.unlisted_deck else None
    if not w.deck or top <= 0:
        return None
    titles: list[frozenset[str]] = []  # the page title's forms, made for a candidate only
    between = 0
    for j in range(top - 1, -1, -1):
        info = infos[j]
        kind = info.kind
        if kind == "empty":
            continue
        if kind in _HEADINGS:
            return None
        # (a line of a standfirst's size and stopwords is asked about further: few are)
        listed = MIN_WORDS <= info.words <= MAX_WORDS and info.density > 0
        if listed or (cased is not None and _unlisted(info, cased)):
            if not titles:
                titles.append(title_forms(infos))
            if _candidate(info, sentence_like, caption, titles[0], not listed):
                found = _checked(infos, j, first, w.content_grams)
                if found is not None or not _twin_above(infos, j):
                    return found  # (a sentence that is no deck: one of a list of headlines)
            elif kind == "good":
                return None  # a paragraph between: the deck would not be right above the article
        elif kind == "good":
            return None
        between += 1
        if between > MAX_BETWEEN:
            return None
    return None


def _unlisted(info: LineInfo, cased: Callable[[str], bool]) -> bool:
    """A line that can be an unlisted deck: no stopword, a full stop, ``MIN_UNLISTED`` to
    ``MAX_WORDS`` words, ``MIN_LETTERS`` letters, sentence case or no letter case.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> lines = ["Kaupunginvaltuusto hyväksyi maanantaina torikatoksen suunnitelman.",
    ...     "Kaupunginvaltuusto Hyväksyi Maanantaina Torikatoksen Suunnitelman.",
    ...     "Kaupunginvaltuusto hyväksyi maanantaina torikatoksen suunnitelman"]
    >>> [_unlisted(i, lambda t: t.split()[1].islower()) for i in classify_lines("\\n".join(lines))]
    [True, False, False]
    """
    if info.density > 0 or not info.terminal or not MIN_UNLISTED <= info.words <= MAX_WORDS:
        return False
    text = info.block.text
    return sum(map(str.isalpha, text)) >= MIN_LETTERS and cased(text)


def kept_deck(infos: Sequence[LineInfo], first: int, cased: Callable[[str], bool]) -> int:
    """Where the main content starts (``first``) in a later pass, with the unlisted deck an
    earlier pass kept: the text's first non-blank line, if it is right above line ``first``
    and has an unlisted deck's shape (:func:`_unlisted`). A first pass asks too: a text that
    starts with such a line right above the article is ``extract``'s own output (the
    headline cut), and a page's title has no full stop."""
    j = line_above(infos, first)
    if j is None or line_above(infos, j) is not None:
        return first
    return j if _unlisted(infos[j], cased) else first


def _candidate(
    info: LineInfo,
    sentence_like: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
    title: frozenset[str],
    unlisted: bool = False,
) -> bool:
    """A line that can be a deck: a standfirst's (``standfirst.can_be_deck``; ``unlisted``:
    its size and stopwords already checked by :func:`_unlisted`) and no web address."""
    if _URL.search(info.block.text) is not None:
        return False
    return can_be_deck(info, sentence_like, caption, title, unlisted=unlisted)


def _checked(infos: Sequence[LineInfo], j: int, first: int, grams: bool) -> Found | None:
    """The deck candidate at line ``j`` if the page title's headline is above it, it is no
    hard-wrapped paragraph's first line and it shares enough content words with the
    article."""
    k = _headline(infos, j)
    if k is None or _wrapped(infos, j):
        return None
    own = stems(infos[j].block.text, grams)
    shared = own & article_stems(infos, first, grams)
    if len(shared) < MIN_SHARED or len(shared) < SHARE * len(own):
        return None
    return k, j, j, shared


def refused(infos: Sequence[LineInfo], j: int) -> bool:
    """Line ``j`` is one the deck rule refuses for its place: the first line of a hard-wrapped
    paragraph (``_wrapped``), or a line under a part of the page title that is not its
    headline (``_headline``; up to ``MAX_ABOVE`` byline, date, credit or caption lines
    between): the site's name over the site's description. ``intro.py`` keeps no such line
    as an intro without its full stop."""
    if _wrapped(infos, j):
        return True
    if _headline(infos, j) is not None:
        return False
    title = normalize_line(infos[0].block.text)
    k = line_above(infos, j)
    for _ in range(MAX_ABOVE + 1):
        if k is None or k == 0:
            return False
        key = _key(infos[k])
        if key and key in title:
            return True
        if not above_lead(infos[k].block.text):
            return False
        k = line_above(infos, k)
    return False


def _wrapped(infos: Sequence[LineInfo], j: int) -> bool:
    """Line ``j`` is the first line of a hard-wrapped paragraph: it has no full stop at its
    end, and the line right under it (no blank line between) goes on with its sentence: it
    starts in lower case, or it is shorter and ends the sentence ("... will launch on 11" /
    "March, the company has announced."; a line ending in ':', "分享到：", ends none). Its
    first line alone would be half a sentence, and the next pass would take it for the page
    title: such a paragraph is no deck."""
    nxt = j + 1
    if nxt >= len(infos) or infos[j].terminal:
        return False
    below = infos[nxt]
    if below.block.index != infos[j].block.index + 1:
        return False
    # (ends its sentence: a clause end, "分享到：" or "Share:", announces a share bar instead)
    ends = below.block.text.rstrip().rstrip(CLOSING)[-1:] in ENDS
    return (ends and below.words < infos[j].words) or below.block.text.lstrip()[:1].islower()


def _is_headline(infos: Sequence[LineInfo], info: LineInfo) -> bool:
    """``info`` is the page title's headline: the page's first line (its title), its part
    before a separator (``headline.title_keys``), or a part of it at least ``TITLE_SHARE``
    as long (not the site's name alone, "Example Security Blog", of "Example Security Blog:
    New protection for Chrome users")."""
    if info is infos[0]:
        return True
    title = normalize_line(infos[0].block.text)
    key = _key(info)
    if key == title or key in title_keys(infos[0].block.text):
        return True
    return key in title and len(key) >= TITLE_SHARE * len(title)


def _twin_above(infos: Sequence[LineInfo], j: int) -> bool:
    """Line ``j`` comes again within ``2 * MAX_BETWEEN`` lines above it (the deck set twice,
    by the picture and by the article): the search for the deck goes on past it."""
    key = _key(infos[j])
    return bool(key) and any(_key(infos[i]) == key for i in range(max(0, j - 2 * MAX_BETWEEN), j))


def _key(info: LineInfo) -> str:
    return info.key or normalize_line(info.block.text)


def _headline(infos: Sequence[LineInfo], j: int) -> int | None:
    """The line above line ``j`` (up to ``MAX_ABOVE`` byline, date, credit or caption lines
    between) if it is the page title's headline: ``HEADLINE_WORDS`` words or more, no UI
    string, and the page's first line (its title) or a part of it."""
    k = line_above(infos, j)
    for _ in range(MAX_ABOVE + 1):
        if k is None:
            return None
        info = infos[k]
        if headline_like(info) and _is_headline(infos, info):
            return k
        if not above_lead(info.block.text):
            return None
        k = line_above(infos, k)
    return None


def why_deck(infos: Sequence[LineInfo], found: Found) -> str:
    """The head note's words for the deck kept."""
    k, j, end, shared = found
    headline = infos[k].block.text.strip()[:40]
    where = line_range(infos, j, end)
    words = ", ".join(sorted(shared)[:5])
    unlisted = "" if infos[j].density > 0 else ", no stopword: unlisted-deck"
    return (
        f"the deck at {where} is kept (a sentence under the headline "
        f"{headline!r}, {len(shared)} of its content words come "
        f"again in the article: {words}{unlisted})"
    )
