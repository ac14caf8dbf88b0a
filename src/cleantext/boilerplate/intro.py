"""The article's intro before a box, told by the words it shares with the article, for ``extract``.

Pages open their article with a paragraph that sums it up (a teaser text, an intro, a lead),
then break it with a box that is no prose: a share bar and a "More on this" list, a fact box
("Difficulty 40%", "Rating 80%"), a table of contents, a picture and its caption. The main
content is the run of prose after the box, and the intro went with the head. ``lead.py``
keeps such a paragraph when it is right under the page title's headline and
``standfirst.py`` when a byline or date line comes between; a headline that the text does not
repeat word for word (a kicker run into it, a title cut by another separator) leaves neither.

The intro is about what the article is about, unlike the paragraphs pages put above their
articles (a teaser of another story, the site's description, a sign-up pitch): most of its
content words come again in the article's first paragraphs. The nearest paragraph of prose
before the main content, within ``MAX_GAP`` lines (none of them a comment heading), is kept
when it has ``MIN_WORDS`` words or more, stopwords, a full stop or sentence case and no
photo credit, and at least ``MIN_SHARED`` of its content words (words of ``MIN_LETTERS``
letters or more that are in no stopword list, compared by their first ``STEM`` letters:
"Wärmepumpen" is "Wärmepumpe") and ``SHARE`` of them come again in the first
``ARTICLE_WORDS`` words of the main content's paragraphs. Scripts that put no space between
words have such words only in the units a text is read in (``content-grams``): Chinese and
Japanese in pairs of characters (``HAN_GRAM``) of Han with no character of their stopword
lists ("湖区", "改修"; not "的施"), a katakana word whole ("パレスチナ"; hiragana, the script of
Japanese grammar, is left), Thai, Lao, Khmer and Myanmar in runs of ``SPACELESS_GRAM``
letters (with their marks: a letter is finer than a syllable there), and Korean words of two
syllables or more by their first ``HANGUL_STEM`` (the stem before the particle: "공원에서" is
"공원"). A shorter prose line on the way (a teaser's headline) is passed over; a paragraph
that shares too few words stops the search: the paragraphs further up are further from the
article still. Off with ``Weights.intro=False`` (``extract_off = ["intro"]``); the head note
of ``explain`` names the lines kept and the words shared.

``intro-lists``: an intro may list its key points between two of its paragraphs ("The
advantages at a glance" and three short lines); up to ``LIST_LINES`` short lines of fewer
than ``LIST_WORDS`` words and no UI string between two paragraphs do not stop its growth
when the paragraph above them shares the article's words as the intro does (a later pass,
which finds the intro's last paragraph in the article's run, may cut the list as lines
between the intro and the article; the first paragraph stays). Off with
``Weights.intro_lists=False`` (``extract_off = ["intro-lists"]``). A later pass tells the
headline by the page's title (``PageFeatures.title``, the first pass's first line), not by
the text's first line, which may be the intro an earlier pass kept.

``intro-unstopped`` (``loose``): the intro may have lost its full stop, and a line of
``MIN_WORDS`` to ``Weights.long_words`` words without one is scored ``short``. When the head
keeps nothing else above the article (``extract._head_edits``), the search is made again
with such lines as candidates too (``unstopped``: ``UNSTOPPED_DENSITY`` stopwords, sentence
case, and not a picture's caption that ends in its credit, ``credits.is_caption``); one that
shares too few words (another story's long title) ends the search as a paragraph does, and
one that the deck rule refused (``deck.refused``: under the site's name, a part of the page
title too short to be the headline, or half of a hard-wrapped sentence) is not kept. Off
with ``Weights.intro_unstopped=False`` (``extract_off = ["intro-unstopped"]``).

``intro-below-lead`` (``extract._intro_below``): when the head keeps a lead or a standfirst
under the headline, the search is made too for the lines between it and the article (the
article's first paragraph, parted from the rest by a box of job ads or links); the paragraph
found must be under the lead. Off with ``Weights.intro_below=False`` (``extract_off =
["intro-below-lead"]``). ``intro-captioned`` (``_under_credit``'s ``closed``): a paragraph
right under a picture's caption that ends in its credit ("Samsung in court. (Photo: Jane
Doe)") is not that picture's caption, as one under a credit alone ("Photo: Jane Doe") is. Off
with ``Weights.intro_captioned=False`` (``extract_off = ["intro-captioned"]``).
``intro-sentences`` (``_under_credit``'s ``sentences``): nor is a paragraph of
``CREDIT_SENTENCES`` sentences or more and ``CREDIT_WORDS`` words right under a credit alone
("Quelle: Getty Images" / "Die Wirtschaft stagniert ... Experten prognostizieren ...
Deutschland ist das Schlusslicht ..."): a picture's caption is one or two sentences, and the
paragraph under the credit opens the article. Off with ``Weights.intro_sentences=False``
(``extract_off = ["intro-sentences"]``).
``share-counts`` (``share_count``): a comment heading stops the search, but not a share bar's
comment count ("0 Kommentare" between "Comment" and "Facebook"). Off with
``Weights.share_counts=False`` (``extract_off = ["share-counts"]``).

>>> from cleantext.boilerplate.credits import caption_pattern
>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines, sentence_like
>>> page = "\\n".join(["Heat pumps in old houses: when they pay off",
...     "Heat pumps use the free energy of the air and the ground to heat old houses cheaply, "
...     "if the radiators and the insulation of the walls are good enough for them.",
...     "Share", "Contents", "Radiators", "Insulation", "Grants",
...     "A heat pump in an old house pays off when the radiators are large and the walls keep "
...     "the warmth in, as a new study of the energy agency shows.",
...     "The insulation of the walls matters most: heat pumps work best at low temperatures."])
>>> infos = classify_lines(page)
>>> found = intro_lines(infos, 7, WEIGHTS, sentence_like, caption_pattern())
>>> found[:2], sorted(found[2])[:4]
((1, 1), ['energ', 'heat', 'house', 'insul'])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.credits import is_caption, is_credit
from cleantext.boilerplate.headline import MAX_TITLE_WORDS, title_keys
from cleantext.boilerplate.patterns import normalize_line
from cleantext.boilerplate.stopwords import Stopwords, unvowelled
from cleantext.sentences import CLOSING, FULL_STOPS, SENTENCE_END
from cleantext.tokens import may_have_cjk

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "PARAGRAPH",
    "article_stems",
    "intro_lines",
    "line_above",
    "line_below",
    "list_between",
    "paragraph_stems",
    "sentence_count",
    "shared_stems",
    "stems",
    "under_credit",
    "why_intro",
]

MAX_LINES = 3  # paragraphs of one intro
MAX_GAP = 60  # non-blank lines between the intro and the main content (share bar, paywall box)
MIN_WORDS = 15  # words of the intro (a teaser's headline or a caption is shorter)
MIN_LETTERS = 4  # letters of a content word
STEM = 5  # letters a content word is compared by
MIN_SHARED = 3  # content words of the intro found in the article
SHARE = 0.3  # share of the intro's content words found in the article
ARTICLE_WORDS = 400  # words of the main content's first paragraphs compared with
LIST_LINES = 6  # short lines of a list between two paragraphs of the intro (its key points)
LIST_WORDS = 25  # words of one of them
UNSTOPPED_DENSITY = 0.3  # stopwords of an intro that lost its full stop (a title has fewer)
COUNT_WORDS = 3  # words of a share bar's comment count ("0 Kommentare", "12 Comments")
CREDIT_SENTENCES = 3  # sentences of a paragraph under a photo credit that is no caption
CREDIT_WORDS = 25  # and its words
#: the kinds of an intro's paragraph
PARAGRAPH = frozenset({"good", "medium"})
#: a letter, then letters and marks, ``MIN_LETTERS`` characters or more (Devanagari vowel
#: signs are part of a word: "परीक्षण" is one; words with digits inside are split)
_WORD = regex.compile(rf"\p{{L}}[\p{{L}}\p{{M}}]{{{MIN_LETTERS - 1},}}")
HAN_GRAM = 2  # Chinese and Japanese characters of a content unit
SPACELESS_GRAM = 4  # letters (with their marks) of a content unit in Thai, Lao, Khmer, Myanmar
HANGUL_STEM = 2  # syllables a Korean word is compared by
#: a run of Han and kana (and the kana's long vowel mark), of the other scripts written
#: without spaces, or of Hangul (three classes with no character in common)
_SPACELESS = regex.compile(
    r"(?P<han>[\p{Han}\p{Hiragana}\p{Katakana}\u30fc]+)"
    r"|(?P<abugida>[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+)"
    r"|(?P<hangul>\p{Hangul}+)"
)
_UNIT = regex.compile(r"\p{L}\p{M}*")  # a letter and its marks
#: in a run of Han and kana: a katakana word (a loan word or name, one unit whatever its
#: length: "パレスチナ" is one word, not four pairs) or a run of Han characters
_KATAKANA_OR_HAN = regex.compile(r"[\p{Katakana}\u30fc]{2,}|\p{Han}{2,}")

Found = tuple[int, int, frozenset[str]]


def intro_lines(
    infos: Sequence[LineInfo],
    first: int,
    w: Weights,
    sentence_like: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
    loose: bool = False,
    title: str | None = None,
) -> Found | None:
    """``(line, line, shared stems)`` of the intro before the main content (which starts at
    ``first``), or ``None``. ``w.intro=False`` turns this off. ``loose``: a paragraph that
    lost its full stop may be the intro too (``unstopped``; the head asks so only when
    nothing else above the article is kept: ``w.intro_unstopped``). ``title``: the page's
    title (the first pass's first line, ``PageFeatures.title``), if known: in a later pass
    the text's first line may be the intro an earlier pass kept, no title."""
    if not w.intro or first <= 0 or (loose and not w.intro_unstopped):
        return None
    between = 0
    for j in range(first - 1, -1, -1):
        info = infos[j]
        if info.kind == "empty":
            continue
        if info.kind == "stop" and not (w.share_counts and share_count(infos, j)):
            return None
        if _candidate(info, sentence_like, caption, loose):
            if loose and info.kind in PARAGRAPH:
                return None  # (the strict search's candidate too: it found no intro there)
            if _is_title(infos, info, title, w.untitled_top and between == 0):
                return None  # the headline: the article's intro would come under it
            grams = w.content_grams
            article = article_stems(infos, first, grams)
            own = stems(info.block.text, grams)
            shared = own & article
            flags = (w.intro_lists, w.intro_captioned, w.intro_sentences)
            if not _enough(own, shared) or _under_credit(infos, j, caption, *flags[1:]):
                return None
            found = (shared, grams)
            lists = flags
            return _grown(infos, j, article, sentence_like, caption, found, loose, lists)
        between += 1
        if between > MAX_GAP:
            return None
    return None


def _grown(
    infos: Sequence[LineInfo],
    j: int,
    article: frozenset[str],
    sentence_like: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
    found: tuple[frozenset[str], bool],
    loose: bool = False,
    lists: tuple[bool, bool, bool] = (True, True, True),
) -> Found:
    """The intro at line ``j`` with the paragraphs right above it that are intro too (up to
    ``MAX_LINES`` in all, each sharing words with the article as ``_enough`` asks); ``found``
    is the stems line ``j`` shares and whether :func:`stems` reads content units; ``loose``:
    as :func:`intro_lines`; ``lists``: a list of short lines between two of them
    (``_past_list``) does not part them (``Weights.intro_lists``)."""
    shared, grams = found
    top, lines = j, 1
    k = line_above(infos, j)
    while k is not None and lines < MAX_LINES:
        if not _candidate(infos[k], sentence_like, caption, loose):
            k = _past_list(infos, k) if lists[0] else None
            if k is None or not _candidate(infos[k], sentence_like, caption, loose):
                break
        own = stems(infos[k].block.text, grams)
        more = own & article
        if not _enough(own, more) or _under_credit(infos, k, caption, *lists[1:]):
            break
        top, lines, shared = k, lines + 1, shared | more
        k = line_above(infos, k)
    return top, j, shared


def _past_list(infos: Sequence[LineInfo], k: int) -> int | None:
    """The paragraph above a list of short lines that ends at line ``k`` (up to ``LIST_LINES``
    lines of fewer than ``LIST_WORDS`` words, no UI string: the intro's key points), or
    ``None``."""
    for _ in range(LIST_LINES):
        info = infos[k]
        if info.kind != "short" or info.ui or info.words >= LIST_WORDS:
            return None
        above = line_above(infos, k)
        if above is None:
            return None
        if infos[above].kind in PARAGRAPH:
            return above
        k = above
    return None


def list_between(
    infos: Sequence[LineInfo], end: int, first: int, code: Callable[[str], object]
) -> bool:
    """The lines between the intro's last line ``end`` and the article's first line
    ``first`` are a block of code between two paragraphs (of a question, a tutorial): 1 to
    ``LIST_LINES`` short lines of fewer than ``LIST_WORDS`` words, no UI string, as
    ``_past_list`` reads a list between two paragraphs of the intro, half of them or more
    with a mark of code (``code(text)``: "=", "[", "{"). A box of teasers, a byline or an
    e-mail address there still goes."""
    lines = [infos[k] for k in range(end + 1, first) if infos[k].kind != "empty"]
    if not 0 < len(lines) <= LIST_LINES:
        return False
    if not all(i.kind == "short" and not i.ui and i.words < LIST_WORDS for i in lines):
        return False
    return 2 * sum(bool(code(i.block.text)) for i in lines) >= len(lines)


def _is_title(
    infos: Sequence[LineInfo], info: LineInfo, title: str | None = None, top: bool = False
) -> bool:
    """``info`` repeats the page's ``title`` (default: its first line) or is part of it: the
    headline. A first line that is a paragraph with its full stop is no title: the text is
    ``extract``'s own output, whose first line is the intro. ``top``: the line is right above
    the article (``untitled-top``): one with its full stop is no title however short."""
    if info is infos[0] and _opens(info, title, top):
        return False
    if title is None and info is infos[0]:
        return True
    text = infos[0].block.text if title is None else title
    key = info.key or normalize_line(info.block.text)
    return any(key in t for t in title_keys(text) | {normalize_line(text)})


def _opens(info: LineInfo, title: str | None, top: bool = False) -> bool:
    """The text's first line ``info``, a paragraph with its full stop and longer than a title
    (``headline.MAX_TITLE_WORDS``), is the text's own (``extract``'s output starting with the
    intro), not a title: the page's title is that line (``None``: by default). ``top``: right
    above the article, a paragraph that ends in a full stop (``full_stop``) is the text's own
    at any length (``untitled-top``: a page's title line has a menu or a headline under it).

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> line = classify_lines("Democrats will keep talking about Social Security until the "
    ...     "election, their chairman said on Friday.")[0]
    >>> _opens(line, None), _opens(line, None, top=True)
    (False, True)
    """
    if info.kind != "good" or not info.terminal:
        return False
    if info.words <= MAX_TITLE_WORDS and not (top and full_stop(info.block.text)):
        return False
    return title is None or title == info.block.text


def full_stop(text: str) -> bool:
    """``text`` ends in a full stop (before closing quotes): not in a question or exclamation
    mark, as a title may, nor in two dots or an ellipsis, as a title cut short does.

    >>> full_stop("The bridge closes on Monday."), full_stop("Does the bridge close?")
    (True, False)
    >>> full_stop("The bridge closes on..")
    False
    """
    end = text.rstrip().rstrip(CLOSING)
    return end.endswith(FULL_STOPS) and not end.endswith("..")


#: the UI categories of a share bar's lines ("Facebook", "Teilen", "Comment")
_BAR = frozenset({"share", "follow", "comments"})


def share_count(infos: Sequence[LineInfo], j: int) -> bool:
    """Line ``j``, a comment heading, is the comment count of a share bar ("0 Kommentare"
    between "Comment" and "Facebook"; ``Weights.share_counts``): a figure first, at most
    ``COUNT_WORDS`` words, a share bar's line right above or right under it. The comments
    are elsewhere, and the intro search goes on past it."""
    words = infos[j].block.text.split()
    if not 0 < len(words) <= COUNT_WORDS or not words[0].isdigit():
        return False
    near = [line_above(infos, j), line_below(infos, j)]
    return any(i is not None and infos[i].ui in _BAR for i in near)


def line_above(infos: Sequence[LineInfo], j: int) -> int | None:
    """The last non-blank line before line ``j``, or ``None``."""
    k = j - 1
    while k >= 0 and infos[k].kind == "empty":
        k -= 1
    return k if k >= 0 else None


def line_below(infos: Sequence[LineInfo], j: int) -> int | None:
    """The first non-blank line after line ``j``, or ``None`` (:func:`line_above`'s twin)."""
    k = j + 1
    while k < len(infos) and infos[k].kind == "empty":
        k += 1
    return k if k < len(infos) else None


def _under_credit(
    infos: Sequence[LineInfo],
    j: int,
    caption: regex.Pattern[str],
    closed: bool = False,
    sentences: bool = False,
) -> bool:
    """The line above line ``j`` is a photo credit ("Photo: Jane Doe", "(Bild: dpa)"): line
    ``j`` is the picture's caption, which names what the article is about too. ``closed``
    (``Weights.intro_captioned``): not when that line is a caption of its own that ends in
    its credit ("Samsung in court. (Bild: Jane Doe)", ``_closed_caption``): the picture's
    caption is over, and line ``j`` is the article's. ``sentences``
    (``Weights.intro_sentences``): not when line ``j`` is a paragraph of ``CREDIT_SENTENCES``
    sentences or more (``CREDIT_WORDS`` words): longer than a caption."""
    k = line_above(infos, j)
    if k is None or infos[k].kind == "good":
        return False
    if sentences and _many_sentences(infos[j]):
        return False
    text = infos[k].block.text
    if caption.search(text) is None:
        return False
    return not (closed and _closed_caption(text))


def under_credit(
    infos: Sequence[LineInfo], j: int, caption: regex.Pattern[str], w: Weights
) -> bool:
    """Line ``j`` is a picture's caption under its photo credit, as the intro's search tells
    it (``_under_credit``, with ``Weights.intro_captioned`` and ``intro_sentences``):
    ``lead.lead_below`` asks so of a lead past a toolbar."""
    return _under_credit(infos, j, caption, w.intro_captioned, w.intro_sentences)


def _many_sentences(info: LineInfo) -> bool:
    """``info`` is ``CREDIT_WORDS`` words or more and ``CREDIT_SENTENCES`` sentences.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> three = ("The economy stalls while its neighbours grow in the first quarter. Experts "
    ...     "expect no recovery this year. The country is last in Europe, and recession nears.")
    >>> two = "The finance minister at the press conference in Berlin. She spoke for an hour."
    >>> [_many_sentences(i) for i in classify_lines(three + "\\n" + two)]
    [True, False]
    """
    if info.words < CREDIT_WORDS:
        return False
    return len(SENTENCE_END.findall(info.block.text.strip())) >= CREDIT_SENTENCES


def sentence_count(text: str) -> int:
    """The sentences of ``text`` (ends before the next sentence's capital, or at its end).

    >>> sentence_count("Fares rise in May. The operator blames fuel."), sentence_count("A quay.")
    (2, 1)
    """
    return len(SENTENCE_END.findall(text.strip()))


def _closed_caption(text: str) -> bool:
    """``text`` is a picture's caption with its credit at its end (``credits.is_caption``),
    not a credit alone (``credits.is_credit``).

    >>> _closed_caption("Samsung lost the case. (Photo: Jane Doe/Example Press)")
    True
    >>> _closed_caption("Photo: Jane Doe/Example Press"), _closed_caption("Bild: dpa")
    (False, False)
    """
    return is_caption(text) and not is_credit(text)


def _candidate(
    info: LineInfo,
    sentence_like: Callable[[LineInfo], bool],
    caption: regex.Pattern[str],
    loose: bool = False,
) -> bool:
    """A paragraph of prose that can be an intro: ``MIN_WORDS`` words or more, stopwords, a
    full stop or sentence case, no photo credit. ``loose``: a paragraph that lost its full
    stop is one too (``unstopped``: scored ``short``, in sentence case), unless it is a
    picture's caption that ends in its credit (``credits.is_caption``)."""
    if info.words < MIN_WORDS or info.density <= 0:
        return False
    if info.kind not in PARAGRAPH and not (loose and _loose(info)):
        return False
    if not (info.terminal or sentence_like(info)):
        return False
    return caption.search(info.block.text) is None


def _loose(info: LineInfo) -> bool:
    """A paragraph that lost its full stop (``unstopped``) and is no picture's caption that
    ends in its credit (``credits.is_caption``)."""
    return unstopped(info) and not is_caption(info.block.text)


def unstopped(info: LineInfo) -> bool:
    """``info`` is a paragraph that lost its full stop: a ``short`` line only for want of it
    (``MIN_WORDS`` words or more, no sentence end at its end, ``UNSTOPPED_DENSITY`` of its
    words stopwords or more), as an intro without its full stop is scored (the caller asks
    for sentence case)."""
    return (
        info.kind == "short"
        and not info.terminal
        and info.words >= MIN_WORDS
        and info.density >= UNSTOPPED_DENSITY
    )


def article_stems(infos: Sequence[LineInfo], first: int, grams: bool = True) -> frozenset[str]:
    """The stems of the content words of the main content's first paragraphs (from line
    ``first`` on, up to ``ARTICLE_WORDS`` words; ``grams``: as :func:`stems`)."""
    return paragraph_stems(infos[first:], grams, ARTICLE_WORDS)


def paragraph_stems(infos: Iterable[LineInfo], grams: bool, limit: int) -> frozenset[str]:
    """The stems of the content words of the paragraphs (``good`` lines) of ``infos``, in
    their order, until ``limit`` words were read (``grams``: as :func:`stems`)."""
    found: set[str] = set()
    words = 0
    for info in infos:
        if info.kind != "good":
            continue
        found.update(stems(info.block.text, grams))
        words += info.words
        if words >= limit:
            break
    return frozenset(found)


def shared_stems(
    infos: Sequence[LineInfo], j: int, first: int, grams: bool = True
) -> frozenset[str] | None:
    """The stems of line ``j``'s content words that come again in the main content (which
    starts at ``first``), if they are enough for an intro (``_enough``), else ``None``
    (``lead.lead_below`` asks so of a lead further under the headline)."""
    own = stems(infos[j].block.text, grams)
    shared = own & article_stems(infos, first, grams)
    return shared if _enough(own, shared) else None


def _enough(own: frozenset[str], shared: frozenset[str]) -> bool:
    """``MIN_SHARED`` stems and ``SHARE`` of the intro's stems (``own``) shared with the
    article (``shared``)."""
    return len(shared) >= MIN_SHARED and len(shared) >= SHARE * len(own)


def stems(text: str, grams: bool = True) -> frozenset[str]:
    """The first ``STEM`` letters of the content words of ``text`` (case-folded; no word of a
    stopword list), and in the scripts without spaces their units (``_units``; where
    ``grams``, else their runs are read as words: ``Weights.content_grams``).

    >>> sorted(stems("施工后，湖区新增步道"))
    ['区新', '增步', '新增', '施工', '步道', '湖区']
    >>> sorted(stems("池の改修を終えた")), sorted(stems("공원에서 산책로"))
    (['改修'], ['공원', '산책'])
    """
    stop = _stopwords()
    folded = unvowelled(text.casefold())  # (as the stopword lists are written)
    units: set[str] = set()
    if grams and may_have_cjk(folded):
        folded = _SPACELESS.sub(lambda m: _units(m, stop, units), folded)
    found = _WORD.findall(folded)
    return frozenset(units.union(word[:STEM] for word in found if word not in stop))


def _units(m: regex.Match[str], stop: frozenset[str], into: set[str]) -> str:
    """Add the content units of the run ``m`` of :data:`_SPACELESS` to ``into``; a space,
    which the run leaves in the text for the other words."""
    run = m.group()
    if m.lastgroup == "hangul":
        if len(run) >= HANGUL_STEM and run not in stop:
            into.add(run[:HANGUL_STEM])
        return " "
    if m.lastgroup == "han":
        chars = _stop_chars()
        for part in _KATAKANA_OR_HAN.findall(run):
            if part[0] in _KATAKANA_CHARS:
                into.add(part)
                continue
            into.update(
                part[i : i + HAN_GRAM]
                for i in range(len(part) - HAN_GRAM + 1)
                if chars.isdisjoint(part[i : i + HAN_GRAM])
            )
        return " "
    letters = _UNIT.findall(run)
    n = SPACELESS_GRAM
    into.update("".join(letters[i : i + n]) for i in range(len(letters) - n + 1))
    return " "


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return Stopwords.load().all_words


_KATAKANA_CHARS = frozenset(map(chr, range(0x30A0, 0x3100)))


@lru_cache(maxsize=1)
def _stop_chars() -> frozenset[str]:
    """The characters of the stopword lists that are lists of characters (Chinese, Japanese)
    and the hiragana (U+3041-U+309F)."""
    return Stopwords.load().char_words | frozenset(map(chr, range(0x3041, 0x30A0)))


def why_intro(infos: Sequence[LineInfo], found: Found, first: int) -> str:
    """The head note's words for the intro kept."""
    a, b, shared = found
    info = infos[a]
    words = ", ".join(sorted(shared)[:5])
    loose = any(unstopped(infos[k]) for k in range(a, b + 1))
    kind = "paragraph, without its full stop (intro-unstopped)," if loose else "paragraph"
    return (
        f"the intro at line{'s' if a != b else ''} {info.block.index + 1}"
        f"{'-' + str(infos[b].block.index + 1) if a != b else ''} is kept (the nearest "
        f"{kind} before the main content at line {infos[first].block.index + 1}: "
        f"{len(shared)} of its content words come again in the article: {words})"
    )
