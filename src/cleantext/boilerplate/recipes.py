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
does not join the article.

>>> from cleantext.boilerplate.extract import WEIGHTS, _is_quantity, classify_lines
>>> page = "\\n".join(["Home", "News", "200 g Zucker", "1 Pck. Backpulver", "125 ml Milch",
...     "Zubereitung",
...     "Mehl, Zucker und Backpulver in einer Schüssel mischen, dann die Eier und die Milch "
...     "dazugeben und alles zu einem glatten Teig verrühren."])
>>> ingredients_before(classify_lines(page), 6, WEIGHTS, _is_quantity)
2
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["ingredients_before"]

MAX_SKIP = 6
MAX_PLAIN = 2
MAX_PARTS = 3
MAX_HEADING = 6
_LISTISH = frozenset({"short", "medium", "repeat", "hint"})


def ingredients_before(
    infos: Sequence[LineInfo], first: int, w: Weights, quantity: Callable[[str], bool]
) -> int:
    """``first``, or the first line of an ingredient list that comes just before it.

    ``quantity`` tells an ingredient line ("200 g Zucker"; ``extract._is_quantity``).
    ``w.inline_lists=False`` turns this off, with the other lists inside the article.

    A recipe's lists can come in parts with other lines between (a table of nutrition facts
    per serving, "Eiweiß / 53,82 g", between the ingredients and the method): each list found
    is looked behind for another, up to ``MAX_PARTS`` of them. A list's heading right above
    its first quantity, a short line ending in ':' ("Für den Mürbeteig:"), is the list's.
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
        return first
    j = start - 1
    while j >= 0 and infos[j].kind == "empty":
        j -= 1
    heading = j >= 0 and infos[j].kind in _LISTISH and infos[j].words <= MAX_HEADING
    return j if heading and infos[j].block.text.rstrip().endswith(":") else start


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
