"""The lead paragraph right under the headline, kept for the ``extract`` preset.

Pages put the article's first paragraph under its headline, then a box that is no prose: a
fact box, a table of test results, a recipe's times and ingredients, a share bar and a
"More on this" list. The main content is the run of prose after that box, and the lead went
with the head. When the line right under the page title's headline (``headline.py``; two
byline or date lines, ``standfirst.is_meta``, or a picture's caption that ends in its credit,
``credits.py``, may come between) is a paragraph of prose (a
``good`` line of ``MIN_WORDS`` words or more, in sentence case, no caption) and the main
content starts within ``MAX_GAP`` lines after it, that paragraph, and up to ``MAX_LINES - 1``
more right under it, are kept; the box between them and the main content still goes. Key
points under the headline can be more: up to ``MAX_PARALLEL`` paragraphs are kept while they
are parallel in shape (``_parallel``: each one sentence, none more than ``PARALLEL_RATIO``
times as long as another, as a list of points is written). Off with
``Weights.lead=False`` (``extract_off = ["lead"]``); the head note of ``explain`` names the
lines kept.

``lead-below`` (``lead_below``): news pages put more between the headline and the lead than a
byline and a date: a reading time ("Tiempo de lectura: 8 minutos"), a picture's caption without
its credit, the authors' names with no "By", a skip link, the article's own heading under the
page's. When the head keeps nothing else above the article, the first paragraph under the
headline after up to ``MAX_BELOW`` such lines (``short``, ``medium`` or ``repeat`` lines under
``Weights.good_words`` words with no UI string, or ``above_lead`` lines) is the lead too, if
enough of its content words come again in the article (``intro.shared_stems``, the intro's
test): an author's bio or a most-read list under the byline shares few. A picture's caption,
which shares them too, is told by the photo credit or the copy of itself under it. Off with
``Weights.lead_below=False`` (``extract_off = ["lead-below"]``).

``lead-toolbar`` (``lead_toolbar``): a news page's toolbar between the byline and the lead
("Escuchar" / "Imprimir" / "Guardar": ``_button``, lines of one word with no UI string or a
share or follow one) is passed too, up to ``MAX_BUTTONS`` buttons not counted among the
``MAX_BELOW`` short lines; under such a toolbar a lead that restates the headline
(``_headline_shared``: ``MIN_RESTATED`` or more of its stems, half of them or more) is kept
though it shares too few words with the article's rest (the story goes on under a share bar
with other words). Past a toolbar, a paragraph right under a photo credit alone is the
picture's caption, as the intro's search tells it (``intro.under_credit``: unless it has
three sentences or more). Off with ``Weights.lead_toolbar=False`` (``extract_off =
["lead-toolbar"]``).

``credit-lead``: but not when it has ``LEAD_SENTENCES`` sentences or more and restates the
headline (``_headline_shared``, as above:
"Ferry fares across the harbour will rise by a fifth in May" under "Photo: Carl Roberts/Harbour
Herald" and the headline "Ferry fares to rise by a fifth in May"): a picture's caption says
what the picture shows ("Passengers board the ferry at the quay"), the lead what the headline
says. Off with ``Weights.credit_lead=False`` (``extract_off = ["credit-lead"]``).

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> page = "\\n".join([
...     "Easy muffins for busy beginners - Example Recipes", "Home",
...     "Easy muffins for busy beginners",
...     "These muffins are the easiest thing you will ever bake, and the children can help "
...     "with every step of them.", "Print", "Ingredients", "250 g flour", "100 g sugar",
...     "Mix the flour and the sugar in a bowl, then add the eggs one by one and stir well."])
>>> lead_lines(classify_lines(page), 8, WEIGHTS)
(3, 3)
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from cleantext.boilerplate.credits import caption_pattern, is_caption, is_credit
from cleantext.boilerplate.headline import headline_index
from cleantext.boilerplate.intro import (
    article_stems,
    sentence_count,
    shared_stems,
    stems,
    under_credit,
)
from cleantext.boilerplate.standfirst import is_meta
from cleantext.sentences import INNER_END, LINE_END, TERMINAL

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["MAX_GAP", "lead_below", "lead_lines", "why_lead_below"]


MAX_GAP = 40  # lines between the lead and the main content (a box, a table, a list)
MAX_LINES = 3
MAX_PARALLEL = 6  # paragraphs of a lead of key points, parallel in shape (``_parallel``)
PARALLEL_RATIO = 1.5  # the longest of them, in words, against the shortest
MIN_WORDS = 10
MAX_ABOVE = 2  # byline, date and caption lines between the headline and the lead
MAX_BELOW = 5  # short lines between the headline and a lead that shares the article's words
#: the lead further under the headline: its first and last line, the stems it shares, the
#: toolbar's buttons passed above it (``lead_below``)
Below = tuple[int, int, frozenset[str], int]
MIN_RESTATED = 2  # the headline's content words a lead past a toolbar has (``_headline_shared``)
LEAD_SENTENCES = 2  # sentences of a lead under a credit alone (``credit-lead``)
MAX_BUTTONS = 6  # a toolbar's buttons there too (``_button``), not counted among those
#: the UI strings a toolbar's button may have ("" for a word the data file does not list)
TOOL_UI = frozenset({"", "share", "follow"})
_BELOW_KINDS = frozenset({"short", "medium", "repeat"})
_KIND = attrgetter("kind")


def above_lead(text: str) -> bool:
    """A line that may come between the headline and the lead: a byline or date line
    (``standfirst.is_meta``), a photo credit or a picture's caption that ends in its credit
    ("The old bridge at dawn. Photo: Jane Doe/AP": ``credits.py``). ``deck.py`` skips the
    same lines between a deck and the headline above it.

    >>> above_lead("Photo: Jane Doe/AP"), above_lead("Von Moritz Wichmann")
    (True, True)
    >>> above_lead("The council voted to close the old bridge.")
    False
    """
    return is_meta(text) or is_credit(text) or is_caption(text)


def lead_lines(infos: Sequence[LineInfo], first: int, w: Weights) -> tuple[int, int] | None:
    """``(first line, last line)`` of the lead under the headline, before the main content
    (which starts at ``first``), or ``None``.

    The lead is ``good`` lines before ``first``: on a page with none (a title, a menu before
    the article) there is nothing to look for (told without a Python step per line).
    """
    if not w.lead or first <= 0 or "good" not in map(_KIND, itertools.islice(infos, first)):
        return None
    h = headline_index(infos)
    if h is None or h >= first:
        return None
    j = _next_nonblank(infos, h + 1, first)
    skipped = 0
    while j is not None and skipped < MAX_ABOVE and above_lead(infos[j].block.text):
        j = _next_nonblank(infos, j + 1, first)
        skipped += 1
    if j is None or not _paragraph(infos[j]):
        return None
    kept = [j]
    k = _next_nonblank(infos, j + 1, first)
    while k is not None and _paragraph(infos[k]) and _more(infos, [*kept, k]):
        kept.append(k)
        k = _next_nonblank(infos, k + 1, first)
    end = kept[-1]
    gap = sum(1 for i in range(end + 1, first) if infos[i].kind != "empty")
    return (j, end) if 0 < gap <= MAX_GAP else None


def lead_below(infos: Sequence[LineInfo], first: int, w: Weights) -> Below | None:
    """``(first line, last line, shared stems, buttons)`` of the lead further under the
    headline (``MAX_BELOW`` short lines between them, and up to ``MAX_BUTTONS`` buttons of a
    toolbar: ``lead-toolbar``), before the main content at ``first``, or ``None``; the caller
    asks only when nothing else above the article is kept."""
    if not (w.lead and w.lead_below) or first <= 0:
        return None
    if "good" not in map(_KIND, itertools.islice(infos, first)):
        return None  # (no paragraph before the article: told as ``lead_lines`` tells it)
    h = headline_index(infos)
    if h is None or h >= first:
        return None
    j = _next_nonblank(infos, h + 1, first)
    skipped = buttons = 0
    while j is not None and skipped < MAX_BELOW:
        if w.lead_toolbar and buttons < MAX_BUTTONS and _button(infos[j]):
            buttons += 1  # (a toolbar's button: not counted among the short lines)
        elif _passed(infos[j], w):
            skipped += 1
        else:
            break
        j = _next_nonblank(infos, j + 1, first)
    if j is None or not _paragraph(infos[j]) or _captioned(infos, j, first):
        return None
    if buttons and under_credit(infos, j, caption_pattern(), w) and not _restated(infos, j, h, w):
        return None  # (past a toolbar, a paragraph under a credit alone is its caption)
    shared = shared_stems(infos, j, first, w.content_grams)
    if shared is None and w.lead_toolbar and buttons:
        shared = _headline_shared(infos, j, h, first, w.content_grams)
    if shared is None:
        return None
    kept = [j]
    k = _next_nonblank(infos, j + 1, first)
    while k is not None and _paragraph(infos[k]) and _more(infos, [*kept, k]):
        more = shared_stems(infos, k, first, w.content_grams)
        if more is None:
            break
        kept.append(k)
        shared |= more
        k = _next_nonblank(infos, k + 1, first)
    end = kept[-1]
    gap = sum(1 for i in range(end + 1, first) if infos[i].kind != "empty")
    return (j, end, shared, buttons) if 0 < gap <= MAX_GAP else None


def _passed(info: LineInfo, w: Weights) -> bool:
    """A line that may come between the headline and a lead further under it: a short line
    with no UI string (a reading time, the authors' names, a caption without its credit),
    or a byline, date or credit line (``above_lead``)."""
    if info.kind in _BELOW_KINDS and not info.ui and info.words < w.good_words:
        return True
    return above_lead(info.block.text)


def _button(info: LineInfo) -> bool:
    """A toolbar's button between the headline and the lead ("Escuchar", "Imprimir",
    "Guardar"): a line of one word with no sentence end, with no UI string or a share or
    follow one (``TOOL_UI``).

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda t, ui="": LineInfo(Block(0, 0, t, 0), len(t.split()), 0.0, False, "ui", -8.0,
    ...     ui=ui)
    >>> _button(mk("Imprimir", "share")), _button(mk("Guardar"))
    (True, True)
    >>> _button(mk("Lo más leído", "related")), _button(mk("Newsletter", "signup"))
    (False, False)
    """
    if info.words != 1 or info.ui not in TOOL_UI:
        return False
    text = info.block.text.strip()
    return bool(text) and text[-1] not in TERMINAL


def _headline_shared(
    infos: Sequence[LineInfo], j: int, h: int, first: int, grams: bool
) -> frozenset[str] | None:
    """The stems of line ``j``'s content words found in the headline (line ``h``) or in the
    article (which starts at ``first``), if line ``j`` restates the headline:
    ``MIN_RESTATED`` or more of the headline's stems and half of them or more ("Suben las
    tarifas del ferry del puerto en mayo" over "Las tarifas del ferry del puerto subirán ...
    en mayo"); else ``None``. An author's bio or a teaser under a toolbar restates no headline."""
    own = stems(infos[j].block.text, grams)
    head = stems(infos[h].block.text, grams)
    restated = own & head
    if len(restated) < MIN_RESTATED or 2 * len(restated) < len(head):
        return None
    return restated | (own & article_stems(infos, first, grams))


def _restated(infos: Sequence[LineInfo], j: int, h: int, w: Weights) -> bool:
    """Line ``j``, of ``LEAD_SENTENCES`` sentences or more, restates the headline at line
    ``h`` (``_headline_shared``, the article left out): a lead, not a picture's caption,
    which is one sentence (``credit-lead``, ``Weights.credit_lead``)."""
    if not w.credit_lead or sentence_count(infos[j].block.text) < LEAD_SENTENCES:
        return False
    return _headline_shared(infos, j, h, j + 1, w.content_grams) is not None


def _captioned(infos: Sequence[LineInfo], j: int, first: int) -> bool:
    """Line ``j`` is a picture's caption: a photo credit follows it ("Photo: Jane Doe, AP"),
    or the same text again (the picture's alt text and its caption)."""
    k = _next_nonblank(infos, j + 1, first)
    if k is None:
        return False
    text = infos[k].block.text
    return is_credit(text) or text.strip() == infos[j].block.text.strip()


def why_lead_below(infos: Sequence[LineInfo], found: Below) -> str:
    """The head note's words for the lead further under the headline."""
    a, b, shared, buttons = found
    lines = f"{infos[a].block.index + 1}" + (f"-{infos[b].block.index + 1}" if a != b else "")
    words = ", ".join(sorted(shared)[:5])
    toolbar = (
        f"; past a toolbar's {buttons} buttons, restating the headline: lead-toolbar"
        if buttons
        else ""
    )
    return (
        f"the lead at line{'s' if a != b else ''} {lines} is kept (the first paragraph under "
        f"the headline after short lines, before a box: {len(shared)} of its content words "
        f"come again in the {'headline or the ' if buttons else ''}article: {words}; "
        f"lead-below{toolbar})"
    )


def _more(infos: Sequence[LineInfo], lines: list[int]) -> bool:
    """The lead may have these ``lines``: ``MAX_LINES`` at most, or ``MAX_PARALLEL`` parallel
    ones."""
    if len(lines) <= MAX_LINES:
        return True
    return len(lines) <= MAX_PARALLEL and _parallel([infos[i] for i in lines])


def _parallel(lines: Sequence[LineInfo]) -> bool:
    """The paragraphs are parallel in shape: each one sentence (a sentence end at its end and
    none before it), the longest at most ``PARALLEL_RATIO`` times the shortest in words.

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda t: LineInfo(Block(0, 0, t, 0), len(t.split()), 0.3, True, "good", 9.0)
    >>> one = "The coastguard rescued eleven people from the cars on the coast road."
    >>> two = "The schools will stay closed. The council said so on Thursday morning."
    >>> _parallel([mk(one)] * 4), _parallel([mk(one)] * 3 + [mk(two)])
    (True, False)
    """
    words = [info.words for info in lines]
    if max(words) > PARALLEL_RATIO * min(words):
        return False
    return all(_one_sentence(info.block.text) for info in lines)


def _one_sentence(text: str) -> bool:
    """``text`` ends a sentence and holds no other sentence end before a capital letter."""
    line = text.strip()
    return LINE_END.search(line) is not None and INNER_END.search(line) is None


def _next_nonblank(infos: Sequence[LineInfo], i: int, stop: int) -> int | None:
    """The first non-blank line from ``i`` on, before ``stop``."""
    while i < stop and infos[i].kind == "empty":
        i += 1
    return i if i < stop else None


def _paragraph(info: LineInfo) -> bool:
    return info.kind == "good" and info.words >= MIN_WORDS
