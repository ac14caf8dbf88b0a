"""The article going on after an interruption, for the ``extract`` preset.

A picture gallery, an embedded post or a table inside an article leaves short lines between
two runs of its prose, and the maximum-sum search may keep only one of them. Another run of
prose continues the chosen run when nothing between them is a link-box or comment heading and:

- it starts within ``MAX_GAP`` lines of it (before or after), scores at least ``MIN_SCORE``
  (about that many words), and nothing between them is UI text or a menu word either (a
  teaser, an author's bio or a sign-up pitch comes after a share bar, a "Subscribe" button or
  a "Related stories" heading); or
- it comes after it, within ``BIG_GAP`` lines, and is worth at least ``BIG_SHARE`` of it (and
  ``BIG_MIN``, a sentence of about that many words): the article's other half after a
  gallery ("Bild 1 von 9" and its captions) or a table; no UI text between. The same run
  before it is the article's first half, before its gallery, table or fact box (``Weights.
  continued_before``, ``extract_off = ["continued-before"]``): a teaser or the site's
  description above an article is set apart from it by a menu, a share bar or a heading.

No run above the page title's headline (``headline.py``) is joined to a run under it: the
article starts under its headline, and what comes above it (a menu whose drop-down items are
whole sentences, a site description) is no first half of it, however big (``headline``: a
callable giving the headline's index, asked only when a run before the chosen one would be
joined; ``Weights.headline=False``, ``extract_off = ["headline"]``, turns this off with the
rest of the headline anchor).

A run after the chosen one, within ``BIG_GAP`` lines and worth ``MIN_SCORE``, continues it
too when the lines between are a product's box (``continued-repeat``): they hold a price (a
short line with a currency mark of the data file's ``[products] currencies`` next to a figure)
and ``REPEAT_MIN`` or more repeated lines (kind ``repeat``) that the content already holds. A
buying guide or a review of several products gives each product a box of its own ("£ 80",
"Buy now", "Price at", "Amazon", its pros and cons) between the paragraphs that review it, and
a box the article already holds is the article's own template, not the page's furniture after
it (a blog's next post under the same "Posted in ... | Leave a comment" line, a forum's next
post under the same "Reactions:" line has no price). No UI text between them either.
Off with ``Weights.continued_repeat=False`` (``extract_off = ["continued-repeat"]``).

A run after the chosen one right under a byline and a date line (the two lines above it, in
either order: "Par Claire Moreau" / "Publié le 16 mars 2026") is another story: its header
says so (the next story on the page, after a "Key points" box or a chart's caption that left
only short lines between). It is not joined, nor is any run after it, when it is worth less
than the chosen run and the chosen run has a header of its own (a byline or a date line among
the ``HEADER_LINES`` non-blank lines above it): a standfirst chosen above its article's
byline, date and body has none, and the body outweighs it (``next-header``,
``Weights.next_header``).

An ad slot's line that says the article goes on ("Story continues below", "Article
continues below": the data file's ``[ads] continues``) is no UI text that parts the halves:
the ad sits inside the article and says so (``Weights.ad_slots``, ``extract_off =
["ad-slots"]``). A bare "Advertisement" label still parts them.

>>> from cleantext.boilerplate.extract import classify_lines, positive_runs
>>> story = ("The council voted on Tuesday to close the old bridge over the river, which is "
...     "now too weak for the buses that cross it.")
>>> page = "\\n".join([story, story.replace("Tuesday", "Monday"), "Share", "The bridge",
...     "The ferry", "The mill", "The market", "The river", "The old town", "The station",
...     "The park", story.replace("old", "iron"), story.replace("buses", "lorries")])
>>> infos = classify_lines(page)
>>> continued(infos, (0, 1), positive_runs(infos, 0, len(infos)))  # a UI line between them
((0, 1), [])
>>> continued(infos[:2] + infos[3:], (0, 1), positive_runs(infos[:2] + infos[3:], 0, 12))[0]
(0, 11)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from cleantext.boilerplate.bylines import is_byline
from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["continued", "says_continues", "why_joined"]

MAX_GAP = 8
MIN_SCORE = 30.0
BIG_GAP = 25
BIG_SHARE = 0.5
BIG_MIN = 10.0
#: repeated lines a box between the content and a run must share with the content for the run
#: to continue it (``continued-repeat``: each product of a buying guide has the same box)
REPEAT_MIN = 1
_BREAKS = frozenset({"stop", "box", "ui", "hint"})
_BIG_BREAKS = frozenset({"stop", "box", "ui"})

Run = tuple[float, int, int]
Joined = tuple[Run, str]


def continued(
    infos: Sequence[LineInfo],
    span: tuple[int, int],
    runs: list[Run],
    w: Weights | None = None,
    headline: Callable[[], int | None] | None = None,
) -> tuple[tuple[int, int], list[Joined]]:
    """``span`` grown over the runs of ``runs`` (in order, disjoint) that continue it, and
    the runs it took in with the reason (and a run before it left out because the page
    title's headline, at the index ``headline()`` gives, lies between them: its reason
    starts with ``ABOVE``). ``w.continued=False`` turns this off."""
    first, last = span
    joined: list[Joined] = []
    if w is not None and not w.continued:
        return span, joined
    chosen = sum(infos[i].score for i in range(first, last + 1))
    ads = w is None or w.ad_slots
    boxes = _Boxes(infos, first) if w is None or w.continued_repeat else None
    headers = w is None or w.next_header
    for run in runs:
        if run[1] <= last:
            continue
        if (
            headers
            and run[0] < chosen
            and story_header(infos, last, run[1])
            and _own_header(infos, first)  # (read last: once a page at most, and rarely)
        ):
            joined.append((run, f"{HEADER} at line {infos[run[1]].block.index}"))
            break
        why = _joins(infos, last, run, chosen, ads)
        if why is None:
            break
        if not why and boxes is not None and boxes.repeats(last, run):
            why = _REPEAT
        if why:
            last = run[2]
            joined.append((run, why))
    for run in reversed(runs):
        if run[2] >= first:
            continue
        why = _joins(infos, first, run, chosen, ads)
        if why is None:
            break
        if why and (why != _BIG or w is None or w.continued_before):
            h = _headline_between(run, first, headline, w)
            if h is not None:
                joined.append((run, f"{ABOVE} at line {infos[h].block.index + 1}"))
                break
            first = run[1]
            joined.append((run, why))
    return (first, last), joined


#: the non-blank lines above the chosen run read for its own byline or date line
HEADER_LINES = 4


def _own_header(infos: Sequence[LineInfo], first: int) -> bool:
    """A byline or a date line among the ``HEADER_LINES`` non-blank lines above ``first``."""
    seen = 0
    for i in range(first - 1, max(-1, first - 1 - 3 * HEADER_LINES), -1):  # (blank ones too)
        info = infos[i]
        if info.kind == "empty":
            continue
        if info.ui == "date" or is_byline(info.block.text):
            return True
        seen += 1
        if seen >= HEADER_LINES:
            break
    return False


def story_header(infos: Sequence[LineInfo], last: int, a: int) -> bool:
    """The two non-blank lines right above line ``a`` (after line ``last``) are a byline
    and a date line, in either order: another story's header.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> infos = classify_lines("Box\\nPar Claire Moreau\\nPublié le 16 mars 2026\\nLe marché")
    >>> story_header(infos, -1, 3), story_header(infos, 1, 3)
    (True, False)
    """
    # (at most 4 lines up, blank ones among them: linear in the page over all runs)
    above = [i for i in range(a - 1, max(last, a - 5), -1) if infos[i].kind != "empty"][:2]
    if len(above) < 2:
        return False
    dates = [i for i in above if infos[i].ui == "date"]
    return len(dates) == 1 and any(is_byline(infos[i].block.text) for i in above if i not in dates)


#: the start of the reason given for a run before the chosen one that is not joined
ABOVE = "is not joined: it lies above the page title's headline"
#: the reason given for a run after the chosen one under another story's header
HEADER = "is not joined: it is another story, under a byline and a date line (next-header) ending"


def _headline_between(
    run: Run, first: int, headline: Callable[[], int | None] | None, w: Weights | None
) -> int | None:
    """The index of the page title's headline if it lies between ``run`` and the chosen
    run's first line ``first`` (``None`` if not, or if the headline anchor is off)."""
    if headline is None or (w is not None and not w.headline):
        return None
    h = headline()
    return h if h is not None and run[2] < h < first else None


_NEAR = f"within {MAX_GAP} lines with no page furniture between"
_BIG = f"worth {BIG_SHARE:.0%} of it or more, within {BIG_GAP} lines with no UI text between"


_REPEAT = (
    f"after a product's box (a price and {REPEAT_MIN} or more repeated lines the content "
    f"already holds: the article's own box, one per item, continued-repeat), within {BIG_GAP} "
    "lines with no UI text between"
)


class _Boxes:
    """The repeated lines (kind ``repeat``, normalised) of the content from line ``first``
    on, read once each as the content grows (linear in the page)."""

    def __init__(self, infos: Sequence[LineInfo], first: int) -> None:
        self._infos = infos
        self._seen: set[str] = set()
        self._read = first  # (lines before this one are in ``_seen``)

    def repeats(self, last: int, run: Run) -> bool:
        """The lines between the content's last line ``last`` and ``run`` (worth
        ``MIN_SCORE``) hold ``REPEAT_MIN`` distinct repeated lines the content holds."""
        score, a, _ = run
        if score < MIN_SCORE:
            return False
        infos, seen = self._infos, self._seen
        for i in range(self._read, last + 1):
            if infos[i].kind == "repeat":
                seen.add(_key(infos[i]))
        self._read = max(self._read, last + 1)
        shared = {_key(infos[i]) for i in range(last + 1, a) if infos[i].kind == "repeat"}
        if len(shared & seen) < REPEAT_MIN:
            return False
        return any(_priced(infos[i]) for i in range(last + 1, a))


#: the most characters of a box's price line ("£119.99, Amazon")
_PRICE_CHARS = 40


@lru_cache(maxsize=1)
def _price() -> re.Pattern[str]:
    """A currency mark of the data file's ``[products] currencies`` right before or after a
    figure (literals only: linear)."""
    marks = "|".join(re.escape(c) for c in boilerplate_table()["products"]["currencies"])
    return re.compile(rf"(?:^|[\s(])(?:{marks}) ?\d|\d ?(?:{marks})(?![^\W\d_])")


def _priced(info: LineInfo) -> bool:
    """``info`` is a short line with a price ("£ 80", "£100, John Lewis", "49,99 €").

    >>> from cleantext.boilerplate.extract import LineInfo
    >>> from cleantext.segment import Block
    >>> mk = lambda t: LineInfo(Block(0, 0, t, 0), len(t.split()), 0.0, False, "short", -1.0)
    >>> _priced(mk("£119.99, Amazon")), _priced(mk("49,99 €")), _priced(mk("Top 10 krimis"))
    (True, True, False)
    """
    text = info.block.text
    return info.kind != "empty" and len(text) <= _PRICE_CHARS and _price().search(text) is not None


def _key(info: LineInfo) -> str:
    """``info``'s normalised text."""
    return info.key or normalize_line(info.block.text)


def _joins(
    infos: Sequence[LineInfo], edge: int, run: Run, chosen: float, ads: bool = True
) -> str | None:
    """Why ``run`` continues the content whose edge is line ``edge``; "" if it does not;
    ``None`` if neither it nor any run further from the edge can (the lines between hold
    more than ``BIG_GAP`` lines or UI text: so do the lines before a run further away, and
    the search stops, linear in the page; ``ads``: an ad slot's line is no UI text)."""
    score, a, b = run
    lo, hi = (edge + 1, a) if a > edge else (b + 1, edge)
    kinds = _between(infos, lo, hi, ads)
    if kinds is None:
        return None
    n, found = kinds
    if score >= MIN_SCORE and n <= MAX_GAP and not found & _BREAKS:
        return _NEAR
    worth = score >= max(BIG_MIN, BIG_SHARE * chosen)
    return _BIG if worth else ""


def _between(
    infos: Sequence[LineInfo], lo: int, hi: int, ads: bool = True
) -> tuple[int, set[str]] | None:
    """How many non-blank lines ``lo`` to ``hi`` (excluded) hold and their kinds, or ``None``
    as soon as they are more than ``BIG_GAP`` or one is of a kind of ``_BIG_BREAKS`` (with
    ``ads``, an ad slot's UI line aside: counted as ``ad``)."""
    n, kinds = 0, set()
    for i in range(lo, hi):
        info = infos[i]
        kind = info.kind
        if kind == "empty":
            continue
        n += 1
        if ads and kind == "ui" and info.ui == "ads" and _in_slot(infos, i):
            kind = "ad"
        if n > BIG_GAP or kind in _BIG_BREAKS:
            return None
        kinds.add(kind)
    return n, kinds


#: the most lines of one ad slot's block around its label
_SLOT_LINES = 3


def says_continues(info: LineInfo) -> bool:
    """``info`` is an ad slot's line that says the article goes on under it."""
    return (info.key or normalize_line(info.block.text)) in data_keys("ads", "continues")


def _in_slot(infos: Sequence[LineInfo], i: int) -> bool:
    """Line ``i`` (an ad label) belongs to a slot that says the article goes on: it says so
    itself, or another line of its block (no blank line between) does ("Advertisement 2" /
    "Story continues below")."""
    if says_continues(infos[i]):
        return True
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(infos) and infos[j].kind != "empty" and abs(j - i) <= _SLOT_LINES:
            if says_continues(infos[j]):
                return True
            j += step
    return False


_NOT = "is not joined"


def why_joined(infos: Sequence[LineInfo], joined: list[Joined]) -> str:
    """The note's words for the runs ``continued`` took in ("" if none)."""
    return "; ".join(
        f"the run at lines {infos[a].block.index + 1}-{infos[b].block.index + 1} (scored "
        f"{score:.1f}) {why if why.startswith(_NOT) else f'continues it: {why}'}"
        for (score, a, b), why in joined
    )
