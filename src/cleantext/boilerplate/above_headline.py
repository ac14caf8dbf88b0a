"""Lines above the article's headline inside the chosen run, for the ``extract`` preset.

A short article (a few sentences) scores little, and a paragraph right above its headline,
the site's description in a sidebar or a teaser, joins the run of prose that is chosen: one
short line between them (the headline itself) costs less than the paragraph is worth. The
page title's headline (``headline.py``) says where the article starts: when its line lies
inside the chosen run, after at most ``MAX_ABOVE`` lines of it, and what the run has above
the headline is worth at most ``SHARE`` of what it has after it, the article starts after the
headline (a text that is its title and paragraphs twice over is left alone). A
first line that is a sentence (a paragraph, or a line ending in a full stop) is no page title:
a text whose first paragraph comes again later (a copy of the article) is left alone.

More lines above the headline, or lines worth more than the article, are cut off too when
they are set as a list (``listed_above``): ``MIN_LISTED`` lines or more, one to a row with no
blank line between them (a menu whose drop-down items are whole sentences, a most-read list
of teaser sentences), none starting with a word that continues the sentence before it
(``resumed.continues``: "It ...", "But ..."), while the article under the headline is set
apart by blank lines as paragraphs are. A page whose article is set as a list too (every line
one row, no blank line), or whose lines above the headline read as one text, is left alone
(``Weights.listed_above=False``, ``extract_off = ["listed-above"]``, turns this part off),
unless the headline has the article's header under it (``listed-header``, ``headed``: a byline
or a date line among the ``HEADER_LINES`` lines right under it, then a paragraph): in a text
without blank lines, a menu of sentence-long items above "Headline" / "Par Claire Moreau" /
"Publié le 16 mars 2026" is no part of the article (``Weights.listed_header=False``,
``extract_off = ["listed-header"]``). A line of the list right under one that is no sentence
(a menu's heading) continues nothing, whatever its first word (``listed-under-heading``:
``Weights.listed_under_heading=False``, ``extract_off = ["listed-under-heading"]``).

Off with the page-title mechanism (``Weights.headline=False``, ``extract_off =
["headline"]``); the head note of ``explain`` says so.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> page = "\\n".join([
...     "Bridge to close after a century - Example News", "Home", "About us",
...     "Example News is the leading source of local news, sport and weather for the towns "
...     "and villages of the valley, read by fifty thousand people every month.",
...     "Bridge to close after a century",
...     "The council voted on Tuesday to close the old bridge over the river, which is now "
...     "too weak for the buses that cross it every few minutes of the day.",
...     "A ferry will run until a new bridge is built, the mayor said on Tuesday evening."])
>>> below_headline(classify_lines(page), (3, 6), WEIGHTS)
((5, 6), 4)
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from cleantext.boilerplate.headline import headline_index
from cleantext.boilerplate.resumed import continues
from cleantext.boilerplate.standfirst import is_meta

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["below_headline", "why_below"]

MAX_ABOVE = 2  # lines of the run above the headline (a teaser, a site description)
SHARE = 1.0  # what they score, at most, against what the run scores after the headline
MIN_LISTED = 3  # lines above the headline set as a list (``listed_above``), at least
HEADER_LINES = 3  # lines right under the headline where its byline or date may be (``headed``)

Span = tuple[int, int]


def below_headline(
    infos: Sequence[LineInfo], span: Span | None, w: Weights
) -> tuple[Span | None, int | None]:
    """``span``, or its part after the page title's headline when the headline lies inside
    it (after at most ``MAX_ABOVE`` non-blank lines) and the part above scores at most
    ``SHARE`` of the part after; with the headline's index (``None`` if ``span`` stands)."""
    if not w.headline or span is None:
        return span, None
    first, last = span
    if infos and (infos[0].terminal or infos[0].kind == "good"):
        return span, None  # a first line that is a sentence is no page title
    h = headline_index(infos)
    if h is None or not first < h < last:
        return span, None
    above = [i for i in range(first, h) if infos[i].kind != "empty"]
    before = sum(infos[i].score for i in range(first, h))
    after = sum(infos[i].score for i in range(h + 1, last + 1))
    if after <= 0:
        return span, None
    if (len(above) > MAX_ABOVE or before >= SHARE * after) and not (
        w.listed_above
        and listed_above(infos, first, h, last, w.listed_header, w.listed_under_heading)
    ):
        return span, None
    start = h + 1
    while start < last and infos[start].kind == "empty":
        start += 1
    return (start, last), h


def listed_above(
    infos: Sequence[LineInfo],
    first: int,
    h: int,
    last: int,
    header: bool = False,
    under_heading: bool = False,
) -> bool:
    """The run's lines ``first`` to the headline ``h`` (excluded) are set as a list: at least
    ``MIN_LISTED`` of them, one to a row with no blank line between them, none continuing the
    line before it (``resumed.continues``), while the run's lines after the headline, to
    ``last``, have a blank line between them somewhere (the article's paragraphs), or, with
    ``header`` (``listed-header``), a byline or date line among the ``HEADER_LINES`` lines
    right under the headline (the article's header: a text without blank lines). With
    ``under_heading`` (``listed-under-heading``), a line right under a line that is no
    sentence (no full stop or question mark at its end: a menu's heading, "Ratgeber")
    continues nothing, whatever its first word: "So planen Sie Ihr erstes Gemüsebeet" under
    "Ratgeber" is a menu's item, not a sentence going on.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> items = ["Unsere Scheren schneiden sauber und leise, auch am frühen Samstagmorgen.",
    ...     "Entdecken Sie Systeme, die Ihren Garten auch im Urlaub mit Wasser versorgen.",
    ...     "Ratgeber", "So planen Sie Ihr erstes Beet und ernten schon im ersten Sommer.",
    ...     "Neu: Die Schere HS 40", "12. Februar 2026",
    ...     "Die neue Schere wiegt mit Akku nur 2,6 Kilogramm und schneidet dicke Äste."]
    >>> infos = classify_lines("\\n".join(["Neu: Die Schere HS 40 | Magazin", *items]))
    >>> listed_above(infos, 1, 5, 7, True), listed_above(infos, 1, 5, 7, True, True)
    (False, True)
    """
    rows = [infos[i].block.index for i in range(first, h)]
    if len(rows) < MIN_LISTED or any(b - a != 1 for a, b in pairwise(rows)):
        return False
    after = [infos[i].block.index for i in range(h, last + 1)]
    if all(b - a == 1 for a, b in pairwise(after)) and not (header and headed(infos, h, last)):
        return False  # (the article set as a list too: a text without blank lines)
    return not any(
        continues(infos[i].block.text) and not (under_heading and not infos[i - 1].terminal)
        for i in range(first + 1, h)
    )


def headed(infos: Sequence[LineInfo], h: int, last: int) -> bool:
    """A byline or a date line (``standfirst.is_meta``) among the ``HEADER_LINES`` non-blank
    lines right under the headline ``h`` (to ``last``), a paragraph after them: the
    article's header.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> infos = classify_lines("\\n".join(["Old bridge to close", "By Jane Doe",
    ...     "The council voted on Tuesday to close the old bridge over the river for good."]))
    >>> headed(infos, 0, 2), headed(infos[:1] + infos[2:], 0, 1)
    (True, False)
    """
    under = [j for j in range(h + 1, last + 1) if infos[j].kind != "empty"][: HEADER_LINES + 1]
    metas = [j for j in under[:HEADER_LINES] if is_meta(infos[j].block.text)]
    return bool(metas) and any(infos[j].kind == "good" for j in under if j > metas[0])


def why_below(infos: Sequence[LineInfo], span: Span, h: int) -> str:
    """The head note's words for the lines above the headline left out of the run
    ``span``."""
    first, last = span
    above = [i for i in range(first, h) if infos[i].kind != "empty"]
    before = sum(infos[i].score for i in range(first, h))
    after = sum(infos[i].score for i in range(h + 1, last + 1))
    if len(above) > MAX_ABOVE or before >= SHARE * after:
        how = (
            f"{len(above)} lines above it set as a list, no blank line between them, none "
            "continuing the one before (listed-above)"
        )
        if any(continues(infos[i].block.text) for i in range(first + 1, h)):
            how += "; a line starting as a continuation is under a menu heading, no sentence "
            how += "(listed-under-heading)"
    else:
        how = (
            f"{MAX_ABOVE} lines or fewer above it, scoring less than {SHARE:.0%} of the run "
            "after it"
        )
    return (
        f"the page title's headline {infos[h].block.text.strip()[:40]!r} at line "
        f"{infos[h].block.index + 1} is inside the best run: the article starts after it "
        f"(lines {infos[first].block.index + 1}-{infos[h].block.index + 1}: {how})"
    )
