"""An article's own lists under a heading that names them, right next to it, for ``extract``.

A product page, a listing, a concert's or a museum's page, a podcast episode or a council's
page sets part of its text as short lines under a heading that says what they are: "Features"
over the product's selling points, "Specifications" over its "Weight: 380 g" rows, "Key
features" over a house's, "Programme" over a concert's works, "Opening times" over a
recycling centre's days. Plain text loses the bullets, so the lines look like a menu; the
article was cut at the heading, and the list went with the head or the tail, though the
page's gold text has it. A related-links box or a menu has a heading too, but not one that
names a part of the text ("Related articles", "More from this section", "Services" over a
menu's links of a word or two).

The lists kept (every line between them and the article: blank lines, the headings and their
items, nothing else):

- **after the article**: a heading of the data file's ``[named_sections] headings`` (at most
  ``HEADING_WORDS`` words, matched as the whole normalised line), right after the main
  content, with ``MIN_ITEMS`` to ``MAX_ITEMS`` items under it (``_list_end``); then more such
  sections, up to ``MAX_SECTIONS``, and a later section may be a heading over a paragraph
  ("Accessibility" over a sentence on step-free access) where the first must be a list; a
  paragraph right under the last list (no heading between) and the paragraphs after it are
  the article's too: the list sat between two of its paragraphs (adv20: a library's
  "Features" inside a story, then its opening hours);
- **above the article**: up to ``MAX_GAP`` lines right above it, every one an item or a
  heading, the topmost heading with ``MIN_ITEMS`` items under it; or, when a paragraph comes
  right before those lines (the list sits between two of the article's paragraphs), the
  paragraph and every line down to the article, up to ``LEAD_LINES`` of them before the first
  heading (a section's own title and address), the data file's ``between`` headings counting
  too ("Opening times": a footer's heading when it ends a page).

An item is a short line of at most ``ITEM_WORDS`` words (no UI string, menu word, date line,
box or comment heading, no paragraph); a list whose first item is a "Label: value" row ends
at its last row, and after the article a list ends before ``MIN_ITEMS`` or more lines of
``LINK_WORDS`` words at most that end it ("Shipping" / "Returns": a footer's links); the items
hold ``MEAN_WORDS`` words on average or more (a menu's links hold a word or two). Off with
``Weights.named_sections=False`` (``extract_off = ["named-sections"]``); the ``extract-head``
or ``extract-tail`` note names the lines kept.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> page = "\\n".join([
...     "The Cirrus 2 brews one or two cups of clean, bright coffee in about three minutes, "
...     "and its thick porcelain walls hold the heat steadily.",
...     "Features", "Porcelain fired at high temperature", "Spiral ribs for an even flow",
...     "Shipping", "Returns"])
>>> named_after(classify_lines(page), 0, WEIGHTS)
3
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleantext.boilerplate.intro import line_below
from cleantext.boilerplate.patterns import data_keys, normalize_line
from cleantext.boilerplate.why import lines as line_range

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "is_named_heading",
    "named_after",
    "named_before",
    "why_above",
    "why_after",
    "why_named",
]

HEADING_WORDS = 5  # words of a heading
ITEM_WORDS = 12  # words of an item
MIN_ITEMS = 2  # items under a heading
MAX_ITEMS = 15  # items under a heading (a longer run of short lines is a menu or a box)
MEAN_WORDS = 2.5  # the items' mean words (a menu's links: a word or two)
MAX_SECTIONS = 6  # sections after the article
MAX_GAP = 16  # lines above the article
LEAD_LINES = 3  # lines between the paragraph above and the first heading
LABEL_WORDS = 4  # words of a row's label before its ':'
LINK_WORDS = 2  # words of a footer's link
_ITEM_KINDS = frozenset({"short", "medium", "repeat"})


def is_named_heading(info: LineInfo, between: bool = False) -> bool:
    """A heading that names a section of the article (``between``: the ``between`` ones too)."""
    if not 0 < info.words <= HEADING_WORDS:
        return False
    key = info.key or normalize_line(info.block.text)  # (the line's key, if known: no regex)
    if key in data_keys("named_sections", "headings"):
        return True
    return between and key in data_keys("named_sections", "between")


def _item(info: LineInfo) -> bool:
    """A list's item: a short line, no UI string, menu word or date line."""
    return info.kind in _ITEM_KINDS and not info.ui and 0 < info.words <= ITEM_WORDS


def _row(info: LineInfo) -> bool:
    """A "Label: value" row ("Weight: 380 g", "Monday to Friday: 8 am to 6 pm")."""
    label, colon, value = info.block.text.partition(":")
    return bool(colon and value.strip()) and 0 < len(label.split()) <= LABEL_WORDS


def _next(infos: Sequence[LineInfo], j: int) -> int:
    """The first non-blank line from ``j`` on (``intro.line_below``), or ``len(infos)``."""
    below = line_below(infos, j - 1)
    return len(infos) if below is None else below


def _listed(infos: Sequence[LineInfo], items: Sequence[int]) -> bool:
    """``items`` are a list, no menu: ``MIN_ITEMS`` to ``MAX_ITEMS`` of them, ``MEAN_WORDS``
    words on average."""
    if not MIN_ITEMS <= len(items) <= MAX_ITEMS:
        return False
    return sum(infos[i].words for i in items) >= MEAN_WORDS * len(items)


def _list_end(infos: Sequence[LineInfo], k: int) -> int:
    """The last item of the list from line ``k`` on (under a heading), or ``-1``: its lines
    are items up to the next heading; a list of rows ends at its last row."""
    items: list[int] = []
    rows = _row(infos[k])
    while k < len(infos) and len(items) <= MAX_ITEMS:
        info = infos[k]
        if info.kind != "empty":
            if is_named_heading(info, True) or not _item(info) or (rows and not _row(info)):
                break
            items.append(k)
        k += 1
    links = 0  # (the lines of a word or two that end it: a footer's links after the list)
    while links < len(items) and infos[items[-1 - links]].words <= LINK_WORDS:
        links += 1
    items = items[:-links] if links >= MIN_ITEMS else items
    return items[-1] if _listed(infos, items) else -1


def _paragraphs_end(infos: Sequence[LineInfo], k: int) -> int:
    """The last paragraph (``good``) of the run of them from line ``k`` on."""
    end = k
    while k < len(infos) and infos[k].kind in ("good", "empty"):
        end = k if infos[k].kind == "good" else end
        k += 1
    return end


def named_after(infos: Sequence[LineInfo], last: int, w: Weights) -> int:
    """``last``, or the last line of the named sections right after it (the module's doc);
    ``last`` if not ``w.named_sections``."""
    if not w.named_sections:
        return last
    end, sections = last, 0
    j = _next(infos, last + 1)
    while j < len(infos) and sections < MAX_SECTIONS and is_named_heading(infos[j]):
        k = _next(infos, j + 1)
        if k == len(infos):
            break
        stop = _paragraphs_end(infos, k) if sections and infos[k].kind == "good" else -1
        stop = _list_end(infos, k) if stop < 0 and not infos[j].ui else stop
        if stop < 0:
            break
        end, sections = stop, sections + 1
        j = _next(infos, stop + 1)
    # (a paragraph right under the last list: the list sat between two of the article's)
    return _paragraphs_end(infos, j) if sections and j < len(infos) and _under(infos, j) else end


def _under(infos: Sequence[LineInfo], j: int) -> bool:
    """Line ``j``, right under the named sections after the article, is a paragraph of it."""
    return infos[j].kind == "good" and not infos[j].ui


def _above(infos: Sequence[LineInfo], first: int) -> tuple[list[int], int]:
    """The items and headings right above line ``first`` (top first, ``MAX_GAP`` at most),
    and the line above them (``-1``: none, or the gap was too long)."""
    lines: list[int] = []
    j = first - 1
    while j >= 0 and len(lines) < MAX_GAP:
        info = infos[j]
        if info.kind != "empty":
            if not (_item(info) or is_named_heading(info, True)):
                return lines[::-1], j
            lines.append(j)
        j -= 1
    return lines[::-1], -1


def named_before(infos: Sequence[LineInfo], first: int, w: Weights) -> int:
    """``first``, or the first line of the named sections right above it (the module's doc):
    their topmost heading, or the paragraph above them; ``first`` if not
    ``w.named_sections``."""
    if not w.named_sections:
        return first
    lines, above = _above(infos, first)
    if len(lines) <= MIN_ITEMS:  # (a heading and its items: most pages have fewer such lines)
        return first
    between = above >= 0 and infos[above].kind == "good"
    # (a menu word heads no list: only the article's paragraph, right under it)
    heads = [i for i in lines if is_named_heading(infos[i], between)]
    heads = [i for i in heads if not infos[i].ui or i == lines[-1]]
    if not heads or (between and heads[0] - lines[0] > LEAD_LINES):
        return first
    body = [i for i in lines if i >= heads[0]]
    items = [i for i in lines if i not in heads]
    counts = [
        sum(1 for i in body if h < i < e) for h, e in zip(heads, [*heads[1:], first], strict=True)
    ]
    if max(counts) < MIN_ITEMS or min(counts[:-1], default=1) < 1:
        return first
    if not _listed(infos, items if between else [i for i in body if i not in heads]):
        return first
    return above if between else heads[0]


def why_named(lines: str) -> str:
    """The note's words for named sections kept (``lines``: their line range)."""
    return f"the list under a heading that names it at {lines} is the article's (named-sections)"


def why_after(infos: Sequence[LineInfo], last: int, end: int) -> str:
    """The note's words for the named sections kept after the article (``named_after``:
    lines ``last + 1`` to ``end``), naming the paragraph under them if it is kept too."""
    if infos[end].kind != "good":
        return why_named(line_range(infos, last + 1, end))
    top = end
    while top > last + 1 and infos[top - 1].kind in ("good", "empty"):
        top -= 1
    top = _next(infos, top)
    listed = why_named(line_range(infos, last + 1, top - 1))
    return f"{listed}, and so is the paragraph under it at {line_range(infos, top, end)}"


def why_above(infos: Sequence[LineInfo], top: int, first: int) -> str:
    """The note's words for the named sections kept above the article (``named_before``:
    lines ``top`` to ``first - 1``), naming the paragraph above them if it is kept too."""
    if infos[top].kind != "good":
        return why_named(line_range(infos, top, first - 1))
    listed = why_named(line_range(infos, _next(infos, top + 1), first - 1))
    return f"{listed}, and so is the paragraph above it at {line_range(infos, top, top)}"
