"""A recipe's ingredient list before its method, for the ``extract`` preset.

On a recipe page the article's prose is the method; its ingredients come before it as a list
of short lines ("200 g Zucker", "2 tbsp butter", "Salz"), often under a heading ("Zutaten")
and with a few lines between the list and the method ("Zubereitung", "120 Minuten",
"einfach"). Short lines look like a menu, so the list went with the page's header. When the
main content starts after such a list, it starts at the list instead: within ``MAX_SKIP``
short lines back from the method's first line, a run of short lines of which at least ``min`` (the
weights' ``ingredients_min``, 3) and at least half start with a quantity and a unit (the data
file's ``[lists] units``), with at most two other lines in a row (ingredients without a
quantity: "Salz", "Frischhaltefolie"). A menu or a list of headlines has no quantities and
does not join the article. Under a heading that names it ("Ingredientes:", "Zutaten": the data
file's ``[lists] ingredient_headings``), the items counted without a unit ("2 huevos", "1
pepino") count as quantities (``ingredient-heading``: ``extract_off = ["ingredient-heading"]``,
``Weights.ingredient_heading``).

A recipe card after a food blog's post (``recipe_after``, ``recipe-card``: ``extract_off =
["recipe-card"]``, ``Weights.recipe_card``) is the article's too: within ``CARD_REACH`` lines
after the article, with no comment or box heading between, an ingredient list (as above, with
at most ``CARD_PLAIN`` other lines in a row) followed within ``METHOD_SKIP`` lines by the
method's first paragraph; the method goes on over paragraphs, numbered items and short
sentences (``_method_end``). The card's header between the article and the list (buttons,
the recipe's title, its times and servings; ``card_gap``) goes, but for the list's heading. A
list of other recipes with their times and calories has no method after it, and an
advertiser's recipe box after a news story ("Sponsored", a recipe) names nothing the story's
paragraphs name (``_shares_words``: a post speaks of what its card cooks).

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines, is_quantity
>>> page = "\\n".join(["Home", "News", "200 g Zucker", "1 Pck. Backpulver", "125 ml Milch",
...     "Zubereitung",
...     "Mehl, Zucker und Backpulver in einer Schüssel mischen, dann die Eier und die Milch "
...     "dazugeben und alles zu einem glatten Teig verrühren."])
>>> ingredients_before(classify_lines(page), 6, WEIGHTS, is_quantity)
2
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.intro import stems
from cleantext.boilerplate.patterns import data_keys, normalize_line

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["card_gap", "ingredients_before", "recipe_after", "why_card"]

MAX_SKIP = 6
MAX_PLAIN = 2
MAX_PARTS = 3
MAX_HEADING = 6
_LISTISH = frozenset({"short", "medium", "repeat", "hint"})


def ingredients_before(
    infos: Sequence[LineInfo], first: int, w: Weights, quantity: Callable[[str], bool]
) -> int:
    """``first``, or the first line of an ingredient list that comes just before it.

    ``quantity`` tells an ingredient line ("200 g Zucker"; ``extract.is_quantity``).
    ``w.inline_lists=False`` turns this off, with the other lists inside the article.

    A recipe's lists can come in parts with other lines between (a table of nutrition facts
    per serving, "Eiweiß / 53,82 g", between the ingredients and the method): each list found
    is looked behind for another, up to ``MAX_PARTS`` of them. A list's heading right above
    its first quantity, a short line ending in ':' ("Für den Mürbeteig:") or naming an
    ingredient list ("Zutaten": ``_names_list``), is the list's.
    """
    if not w.inline_lists:
        return first
    start = first
    for _ in range(MAX_PARTS):
        found = _list_before(infos, start, w, quantity)
        if found == start:
            break
        start = found
    if start == first:
        return _named_list(infos, first, w, quantity) if w.ingredient_heading else first
    j = _above(infos, start)
    heading = j >= 0 and infos[j].kind in _LISTISH and infos[j].words <= MAX_HEADING
    return j if heading and _names_list(infos[j].block.text, w) else start


def _names_list(text: str, w: Weights) -> bool:
    """A list's heading: a short line ending in ':' ("Für den Mürbeteig:"), or one that
    names an ingredient list with no ':' (the data file's ``[lists] ingredient_headings``:
    "Zutaten", "Ingredients"; ``w.ingredient_heading``, session 25: it went with the head)."""
    if text.rstrip().endswith(":"):
        return True
    headings = data_keys("lists", "ingredient_headings")
    return w.ingredient_heading and normalize_line(text) in headings


def _above(infos: Sequence[LineInfo], start: int) -> int:
    """The nearest line above ``start`` that is not blank; ``-1`` if there is none."""
    j = start - 1
    while j >= 0 and infos[j].kind == "empty":
        j -= 1
    return j


def _named_list(
    infos: Sequence[LineInfo], first: int, w: Weights, quantity: Callable[[str], bool]
) -> int:
    """``first``, or the heading of an ingredient list right before it whose items are
    counted without a unit ("2 huevos", "1 pepino", a figure then a few words) as often as
    with one, under a heading that names it (the data file's ``[lists]
    ingredient_headings``: "Ingredientes:", "Zutaten"), with the recipe's intro, the
    paragraphs right above that heading. A list of figures under another heading
    ("Resultados:", "2 Madrid") stays out. Off with ``Weights.ingredient_heading``
    (``extract_off = ["ingredient-heading"]``)."""

    def item(text: str) -> bool:
        return quantity(text) or _count_line(text)

    if not _counted_near(infos, first):
        return first  # (no item counted without a unit where the list would end: a quick test)
    start = _list_before(infos, first, w, item)
    if start == first:
        return first
    j = _above(infos, start)
    headings = data_keys("lists", "ingredient_headings")
    if j < 0 or normalize_line(infos[j].block.text) not in headings:
        return first
    above = _above(infos, j)  # the recipe's intro: the paragraphs right above the heading
    while above >= 0 and infos[above].kind == "good":
        j, above = above, _above(infos, above)
    return j


def _counted_near(infos: Sequence[LineInfo], first: int) -> bool:
    """One of the ``MAX_SKIP`` + 1 lines right above line ``first`` (blank lines aside) is a
    short line counted without a unit (``_count_line``), as the last item of a list there is."""
    j, seen = first - 1, 0
    while j >= 0 and seen <= MAX_SKIP:
        info = infos[j]
        j -= 1
        if info.kind == "empty":
            continue
        seen += 1
        if info.kind not in _LISTISH:
            return False
        if _count_line(info.block.text):
            return True
    return False


def _count_line(text: str) -> bool:
    """A line of a figure then a few words ("2 huevos", "1 pizca de sal").

    >>> _count_line("2 huevos"), _count_line("Sal"), _count_line("2 Madrid 1 Vigo 0 Lugo 3 Cádiz")
    (True, False, False)
    """
    text = text.lstrip()
    return text[:1].isdigit() and len(text.split()) <= MAX_HEADING


def _list_before(
    infos: Sequence[LineInfo], first: int, w: Weights, quantity: Callable[[str], bool]
) -> int:
    """``first``, or the first line of the one list of quantities just before it."""
    j, skipped = first - 1, 0
    while j >= 0 and not quantity(infos[j].block.text):
        if infos[j].kind != "empty":
            skipped += 1
            if skipped > MAX_SKIP or infos[j].kind not in _LISTISH:
                return first
        j -= 1
    start, found, lines, plain = first, 0, 0, 0
    while j >= 0:
        info = infos[j]
        j -= 1
        if info.kind == "empty":
            continue
        if info.kind not in _LISTISH or info.words > w.item_words:
            break
        if quantity(info.block.text):
            found, plain, start = found + 1, 0, j + 1
            lines += 1
            continue
        plain += 1
        if plain > MAX_PLAIN:
            break
        lines += 1
    listed = lines - plain  # the plain lines above the list's first quantity are not in it
    if found >= w.ingredients_min and 2 * found >= listed:
        return start
    return first


#: a recipe card after the article starts within this many non-blank lines of its end
CARD_REACH = 60
#: the method's first paragraph comes within this many non-blank lines after the list
METHOD_SKIP = 8
#: ingredients without a quantity in a row ("Salt", "Some oil") a card's list may have
CARD_PLAIN = 3
#: the list's heading is one of this many lines above its first quantity, of at most
#: ``HEADING_WORDS`` words (or ending in ':')
HEADING_REACH = 2
HEADING_WORDS = 2
_CARD_BREAKS = frozenset({"stop", "box"})
_STEP_BREAKS = frozenset({"stop", "box", "ui", "hint"})


def recipe_after(
    infos: Sequence[LineInfo],
    last: int,
    w: Weights,
    quantity: Callable[[str], bool],
    sentence_like: Callable[[LineInfo], bool],
    first: int | None = None,
) -> tuple[int, int] | None:
    """``(list start, method end)`` of a recipe card after the article, which ends at line
    ``last``, or ``None``. With the article's first line ``first``, the card's ingredient
    list must name something the article's paragraphs name too (``_shares_words``)."""
    if not w.recipe_card:
        return None
    seen, j = 0, last + 1
    while j < len(infos) and seen <= CARD_REACH:
        info = infos[j]
        if info.kind in _CARD_BREAKS:
            return None
        if info.kind != "empty":
            seen += 1
            if quantity(info.block.text):
                found = _card_at(infos, j, w, quantity, sentence_like)
                if found is not None:
                    start, listed, end = found
                    if first is not None and not _shares_words(
                        infos, (first, last), start, listed, w
                    ):
                        return None
                    return start, end
        j += 1
    return None


def _shares_words(
    infos: Sequence[LineInfo], article: tuple[int, int], a: int, b: int, w: Weights
) -> bool:
    """A content word of the ingredient list at lines ``a``-``b`` (its stem: ``intro.py``)
    is in the paragraphs of the article at lines ``first``-``last``: a food blog's post
    speaks of what its card cooks ("the rice", "a lemon"); a news story followed by an
    advertiser's recipe box ("Sponsored", "Quick spring pasta") names none of it."""
    first, last = article
    grams = w.content_grams
    listed = frozenset().union(*(stems(infos[i].block.text, grams) for i in range(a, b + 1)))
    return any(
        not listed.isdisjoint(stems(infos[i].block.text, grams))
        for i in range(first, last + 1)
        if infos[i].kind in ("good", "medium")
    )


def _card_at(
    infos: Sequence[LineInfo],
    start: int,
    w: Weights,
    quantity: Callable[[str], bool],
    sentence_like: Callable[[LineInfo], bool],
) -> tuple[int, int, int] | None:
    """The recipe card whose ingredient list starts at line ``start``: the list (quantities,
    at least ``ingredients_min`` and half its lines, at most ``MAX_PLAIN`` other lines in a
    row), then within ``METHOD_SKIP`` lines the method's first paragraph, and the method's
    steps after it (paragraphs, numbered items, short sentences): ``(start, the list's
    last line, the method's last line)``."""
    found, lines, plain, listed, j = 0, 0, 0, start, start
    while j < len(infos):
        info = infos[j]
        if info.kind != "empty":
            if info.kind not in _LISTISH or info.words > w.item_words:
                break
            if quantity(info.block.text):
                found, plain = found + 1, 0
            else:
                plain += 1
                if plain > CARD_PLAIN:
                    break
            lines, listed = lines + 1, j
        j += 1
    if found < w.ingredients_min or 2 * found < lines - plain:
        return None
    method = _method_start(infos, listed + 1)
    if method is None:
        return None
    return start, listed, _method_end(infos, method, sentence_like)


def _method_start(infos: Sequence[LineInfo], j: int) -> int | None:
    """The method's first paragraph within ``METHOD_SKIP`` lines from line ``j``."""
    seen = 0
    while j < len(infos) and seen <= METHOD_SKIP:
        info = infos[j]
        if info.kind == "good":
            return j
        if info.kind in _STEP_BREAKS:
            return None
        seen += info.kind != "empty"
        j += 1
    return None


def _method_end(
    infos: Sequence[LineInfo], j: int, sentence_like: Callable[[LineInfo], bool]
) -> int:
    """The method's last step from its first paragraph at line ``j``: paragraphs, numbered
    items and short sentences, up to a UI or box line or two other lines in a row."""
    end, other = j, 0
    for k in range(j + 1, len(infos)):
        info = infos[k]
        if info.kind == "empty":
            continue
        if info.kind in _STEP_BREAKS:
            break
        if info.kind in ("good", "medium") or info.item or sentence_like(info):
            end, other = k, 0
            continue
        other += 1
        if other > 1:
            break
    return end


def card_gap(infos: Sequence[LineInfo], last: int, start: int) -> tuple[int, int] | None:
    """The lines between the article (ending at line ``last``) and its recipe card's list
    (starting at line ``start``, its first quantity) to remove: the card's header (share
    buttons, the recipe's title, its times and servings), but for the list's heading and
    what is between it and the first quantity ("Ingredients" / "Some tofu, diced"), and the
    ingredients counted without a unit right above it ("1 pâte brisée", "4 pommes"). The
    heading is the nearest of the ``HEADING_REACH`` lines above the first quantity that is a
    word or two or ends in ':', else the line right above it if short enough; ``None`` if
    no line is left."""
    above = [i for i in range(start - 1, last, -1) if infos[i].kind != "empty"]
    counted = 0  # ingredients counted without a unit right above ("1 pâte brisée", "4 pommes")
    while counted < len(above) and _counted(infos[above[counted]]):
        counted += 1
    if counted:
        start, above = above[counted - 1], above[counted:]
    near = [i for i in above[:HEADING_REACH] if infos[i].kind in _LISTISH]
    heading = next((i for i in near if _heading(infos[i])), None)
    if heading is None and near[:1] == above[:1] and near and not counted:
        heading = near[0] if infos[near[0]].words <= MAX_HEADING else None
    end = start if heading is None else heading
    lines = [i for i in range(last + 1, end) if infos[i].kind != "empty"]
    return (lines[0], lines[-1]) if lines else None


def _counted(info: LineInfo) -> bool:
    """An ingredient counted without a unit: a short line that starts with a figure ("4
    pommes", "2 eggs"), which a heading does not (a time, "15 minutes", is a hint line)."""
    text = info.block.text.lstrip()
    return info.kind == "short" and info.words <= MAX_HEADING and text[:1].isdigit()


def _heading(info: LineInfo) -> bool:
    """A list's heading: a word or two ("Ingredients", "Zutaten"), or a short line ending in
    ':' ("Für den Teig:")."""
    if info.words <= HEADING_WORDS:
        return True
    return info.words <= MAX_HEADING and info.block.text.rstrip().endswith(":")


def why_card(infos: Sequence[LineInfo], header: tuple[int, int], card: tuple[int, int]) -> str:
    """The note of the recipe card's header removed between the article and the card."""
    first, last = infos[card[0]].block.index + 1, infos[card[1]].block.index + 1
    n = sum(1 for i in range(header[0], header[1] + 1) if infos[i].kind != "empty")
    return (
        f"the header of the recipe card after the article ({n} lines: buttons, its title, "
        f"times, servings): the card's ingredients and method at lines {first}-{last} are "
        "the article's (recipe-card)"
    )
