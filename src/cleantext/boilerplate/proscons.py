"""A review's pros and cons box next to its text, for the ``extract`` preset.

A review puts its verdict in two short lists, one under a "Pros" heading and one under a "Cons"
heading ("Pros / Very quiet motor / Comfortable upright position / Cons / Heavy at 24 kg"),
right above its text or right after it. Plain text loses the bullets, so the items are short
lines that look like a menu, and the box went with the head or the tail, though the review's
gold text has it. A box is kept when, right next to the main content (blank lines aside), its
lines are a heading of the data file's ``[review] pros`` and one of ``[review] cons`` (in
either order, each alone on its line, an optional ':' after it), each followed by 1 to
``MAX_ITEMS`` items of at most ``ITEM_WORDS`` words (prose or short lines: no UI string, box
heading or repeated line, no "Label: value" row such as the price under the box). One list
alone ("Pros" and no "Cons") is no box: a heading of a single word is too common for that. Off
with ``Weights.pros_cons=False`` (``extract_off = ["pros-cons"]``); the ``extract-head`` or
``extract-tail`` note names the box.

The review's verdict comes right after the box: a heading of the data file's ``[review]
verdict`` ("Verdict", "Notre verdict", "Fazit", "Conclusión", alone on its line, an optional
':' after it), then 1 to ``MAX_VERDICT`` paragraphs (each a sentence with its full stop) and
maybe a score line ("Note : 7,5/10", "Rating: 4/5": ``[review] score_regex``). It went with
the box's tail, though it is the review's last word; when the box after the article is kept,
so is the verdict under it (``verdict_after``). A verdict heading with no paragraph under it,
or a paragraph that is no sentence, is no verdict. Off with ``Weights.review_verdict=False``
(``extract_off = ["review-verdict"]``).

>>> is_pros("Pros"), is_cons("Cons:"), is_pros("Vorteile"), is_cons("Points faibles")
(True, True, True, True)
>>> is_pros("Pros and cons of the new bridge"), is_cons("Contact")
(False, False)
>>> is_verdict("Notre verdict"), is_verdict("Fazit:"), is_verdict("Verdict of the jury was read")
(True, True, False)
>>> is_score("Note : 7,5/10"), is_score("Rating: 4/5"), is_score("Price: 299 €")
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "box_after",
    "box_before",
    "is_cons",
    "is_pros",
    "is_score",
    "is_verdict",
    "verdict_after",
    "why_box",
    "why_verdict",
]

MAX_ITEMS = 10  # items under one heading
ITEM_WORDS = 20  # words of an item
HEADING_WORDS = 4  # words of a heading
LABEL_WORDS = 4  # words of a row's label before its ':' (such a row is no item)
_ITEM_KINDS = frozenset({"good", "medium", "short"})
MAX_VERDICT = 3  # paragraphs of the verdict under its heading
SCORE_WORDS = 5  # words of a score line
_PROSE_KINDS = frozenset({"good", "medium"})


def _heading(text: str, side: str) -> bool:
    return len(text.split()) <= HEADING_WORDS and normalize_line(text) in data_keys("review", side)


def is_pros(text: str) -> bool:
    """A pros heading ("Pros", "Vorteile", "Points forts :")."""
    return _heading(text, "pros")


def is_cons(text: str) -> bool:
    """A cons heading ("Cons", "Nachteile", "Points faibles")."""
    return _heading(text, "cons")


def is_verdict(text: str) -> bool:
    """A verdict heading ("Verdict", "Notre verdict", "Fazit:")."""
    return _heading(text, "verdict")


@lru_cache(maxsize=1)
def _score() -> regex.Pattern[str]:
    """The data file's ``[review] score_regex``, matched on a whole line."""
    found = boilerplate_table()["review"]["score_regex"]
    return regex.compile("|".join(f"(?:{rx})" for rx in found))


def is_score(text: str) -> bool:
    """A review's score on a line of its own ("Note : 7,5/10", "Rating: 4/5", "8/10")."""
    short = len(text.split()) <= SCORE_WORDS
    return short and _score().fullmatch(text.strip()) is not None


def _side(info: LineInfo) -> str:
    """``"pros"``, ``"cons"`` or ``""``: which heading the line is."""
    if info.words > HEADING_WORDS:
        return ""
    key = info.key or normalize_line(info.block.text)  # (the line's key, if known: no regex)
    if key in data_keys("review", "pros"):
        return "pros"
    return "cons" if key in data_keys("review", "cons") else ""


def _item(info: LineInfo) -> bool:
    """An item of a list: a short line or a sentence, no UI string, no "Label: value" row
    (the price or rating line after the box: "Price when reviewed: £1,899")."""
    if info.kind not in _ITEM_KINDS or info.ui or not 0 < info.words <= ITEM_WORDS:
        return False
    head, colon, _ = info.block.text.partition(":")
    return not colon or len(head.split()) > LABEL_WORDS


def _box(
    infos: Sequence[LineInfo], order: Iterable[int], up: bool, verdict: bool = False
) -> int | None:
    """Read the lines in ``order`` (from the article outwards: upwards if ``up``) and return
    the box's farthest line, or ``None``. Upwards a section is read items first, then its
    heading (the box's farthest line is its second heading); downwards heading first, and a
    verdict heading ends the box if ``verdict``."""
    seen: set[str] = set()
    items, farthest = 0, None
    for k in order:
        info = infos[k]
        if info.kind == "empty":
            continue
        side = _side(info)
        if side:
            if side in seen or (items == 0 and (up or seen)):
                break  # the same heading again, or a heading with no item under it
            seen.add(side)
            items = 0
            if up and len(seen) == 2:
                return k
            continue
        if not _item(info) or items == MAX_ITEMS or not (up or seen):
            break
        if verdict and is_verdict(info.block.text):
            break  # (the verdict under the box: ``verdict_after``)
        items += 1
        if not up and len(seen) == 2:
            farthest = k
    return farthest


def box_before(infos: Sequence[LineInfo], first: int, w: Weights) -> int:
    """``first``, or the first line (its first heading) of a pros and cons box right above
    it; ``first`` if not ``w.pros_cons``."""
    if not w.pros_cons:
        return first
    top = _box(infos, range(first - 1, -1, -1), up=True)
    return first if top is None else top


def box_after(infos: Sequence[LineInfo], last: int, w: Weights) -> int:
    """``last``, or the last item of a pros and cons box right after it; ``last`` if not
    ``w.pros_cons``."""
    if not w.pros_cons:
        return last
    end = _box(infos, range(last + 1, len(infos)), up=False, verdict=w.review_verdict)
    return last if end is None else end


def verdict_after(infos: Sequence[LineInfo], boxed: int, w: Weights) -> int:
    """``boxed`` (a pros and cons box's last line), or the last line of the verdict right
    after it: its heading, 1 to ``MAX_VERDICT`` paragraphs, maybe a score line; ``boxed``
    if not ``w.review_verdict``."""
    if not w.review_verdict:
        return boxed
    lines = [k for k in range(boxed + 1, len(infos)) if infos[k].kind != "empty"]
    if not lines or not is_verdict(infos[lines[0]].block.text):
        return boxed
    end, paragraphs = boxed, 0
    for k in lines[1 : MAX_VERDICT + 1]:
        info = infos[k]
        if info.kind not in _PROSE_KINDS or not info.terminal or info.ui:
            break
        end, paragraphs = k, paragraphs + 1
    if paragraphs == 0:
        return boxed
    after = [k for k in lines if k > end]
    return after[0] if after and is_score(infos[after[0]].block.text) else end


def why_verdict(lines: str) -> str:
    """The note's words for a review's verdict kept after its box (``lines``: its range)."""
    return f"the verdict at {lines} under the box is the review's (review-verdict)"


def why_box(lines: str) -> str:
    """The note's words for a pros and cons box kept (``lines``: its line range)."""
    return f"the pros and cons box at {lines} is the review's (pros-cons)"
