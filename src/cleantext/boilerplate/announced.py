"""A list that ends the article, announced by a sentence ending in ':', for ``extract``.

Plain text loses a list's bullets: the items of a list that closes an article ("My favourite
spots:" / "The jetty on the river" / "The dog beach ...") are short lines in Title Case, like a
menu, and no paragraph follows them to show that the story goes on (``extract._inline_lists``
needs one). When the main content ends with, or is followed within ``MAX_LEAD`` lines by, a
sentence that ends in ':' (at least ``MIN_WORDS`` words, in sentence case with stopwords), the
list under it is kept with the article: the lines after it as long as they are short list
lines (at most the weights' ``item_words`` words; no UI string, menu word, box or comment
heading), up to ``bridge_max`` of them; a list whose first item is numbered (or has figures:
``LineInfo.item``) ends at its last such item, where a menu without a blank line before it
starts ("1. The bridge closes in June" / "2. ..." / "News from the region"), unless that
item opens with a word (``_marks``, ``worded-items``). A menu has no
announcing sentence, and "Share this:" or "Related posts:" are UI or box headings, which end
the list before it starts.

>>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
>>> page = "\\n".join([
...     "The river walk is the best way to see the old town, and it takes about an hour if "
...     "you stop at the market on the way.",
...     "These are my favourite spots on the water this summer:",
...     "The jetty by the old mill", "The dog beach at Stein", "The cafe under the bridge",
...     "Privacy Policy"])
>>> infos = classify_lines(page)
>>> announced_list(infos, 0, WEIGHTS)
(4, 1)
>>> announced_list(infos[:1] + infos[2:], 0, WEIGHTS)  # no announcing sentence
(0, -1)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from cleantext.boilerplate.credits import is_credit
from cleantext.boilerplate.headline_box import MIN_SHARED
from cleantext.boilerplate.intro import PARAGRAPH, line_below, stems

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = ["announced_list", "box_below", "last_after_list"]

MAX_LEAD = 2
#: the short lines of an unheaded box of key points between the article and its last paragraph
KEY_LINES = (3, 5)
MIN_WORDS = 4
MIN_ITEMS = 2
_ITEM_KINDS = frozenset({"short", "medium", "repeat"})
_LEAD_KINDS = frozenset({"good", "medium", "short"})


def announced_list(
    infos: Sequence[LineInfo],
    last: int,
    w: Weights,
    sentence_like: Callable[[LineInfo], bool] | None = None,
) -> tuple[int, int]:
    """``(new last, announcing line)``: the last line of the list announced at the end of the
    main content (which ends at ``last``), or ``(last, -1)`` if there is none.

    ``w.inline_lists=False`` turns this off, with the other lists inside the article.
    """
    if not w.inline_lists:
        return last, -1
    lead = _lead(infos, last, sentence_like)
    if lead < 0:
        return last, -1
    end, items, marked = lead, 0, False
    for j in range(lead + 1, len(infos)):
        info = infos[j]
        if items and info.block.index > infos[end].block.index + 1:
            break  # a blank line ends the list (its items are lines of one block)
        if info.kind == "empty":
            continue
        # (a credit hint that is no credit, "Foto posten", between two items is one too)
        item = info.kind in _ITEM_KINDS or (info.kind == "hint" and _hint_item(infos, j, w))
        if not item or info.words > w.item_words or items >= w.bridge_max:
            break
        if marked and not info.item:
            break  # a numbered list ends at its last numbered line (a menu after it)
        end, items, marked = j, items + 1, marked or (not items and _marks(info, w))
    if items < MIN_ITEMS:
        return last, -1
    return end, lead


def _marks(info: LineInfo, w: Weights) -> bool:
    """The list's first item ``info`` makes it a numbered list, which ends at its last
    numbered item (``LineInfo.item``: numbered, a quantity, or figures between commas). An
    item that opens with a word is a sentence whose figures are by the way ("Die Umstellung
    von campino2k.de auf SSL (WordPress ..., überall ...)"): the items under it need none,
    and the list went on to its end, not to its first item (``w.worded_items``,
    ``extract_off = ["worded-items"]``; wild24).

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> [_marks(i, WEIGHTS) for i in classify_lines("1. The bridge, the road, the ferry\\n"
    ...     "The switch of site2k.de to SSL, all links, all images\\nHome")]
    [True, False, False]
    """
    if not info.item:
        return False
    return not (w.worded_items and info.block.text.lstrip()[:1].isalpha())


def _hint_item(infos: Sequence[LineInfo], j: int, w: Weights) -> bool:
    """Line ``j``, a ``hint`` line inside an announced list, is one of its items
    (``w.listed_hints``, ``extract_off = ["listed-hints"]``): a short line that the data
    file's broad credit hints match ("Foto posten": it starts with "Foto") but that is no
    credit line (``credits.is_credit``: no label followed by ':', '©' or "by", no agency
    after '/' or "via"), with a list line under it, no blank line between. "Foto: Anna Berg"
    is a credit and ends the list, as other hints (a menu word, a date line) do.

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> infos = classify_lines("Eat more greens\\nFoto posten\\nSleep well")
    >>> [info.kind for info in infos], _hint_item(infos, 1, WEIGHTS)
    (['short', 'hint', 'short'], True)
    >>> infos = classify_lines("Eat more greens\\nFoto: Anna Berg\\nSleep well")
    >>> _hint_item(infos, 1, WEIGHTS)
    False
    """
    info = infos[j]
    if not w.listed_hints or info.ui != "credit" or info.words > w.item_words:
        return False
    below = j + 1 if j + 1 < len(infos) else None
    if below is None or infos[below].block.index != info.block.index + 1:
        return False
    return infos[below].kind in _ITEM_KINDS and not is_credit(info.block.text)


def _lead(
    infos: Sequence[LineInfo], last: int, sentence_like: Callable[[LineInfo], bool] | None
) -> int:
    """The line ending in ':' that announces a list: the main content's last line or one of
    the ``MAX_LEAD`` lines after it; ``-1`` if none."""
    seen = 0
    for j in range(last, len(infos)):
        info = infos[j]
        if info.kind == "empty":
            continue
        if j > last:
            seen += 1
            if seen > MAX_LEAD or info.kind not in _LEAD_KINDS:
                return -1
        if info.block.text.rstrip().endswith(":"):
            ok = info.words >= MIN_WORDS and info.kind in _LEAD_KINDS and info.density > 0
            ok = ok and (sentence_like is None or info.kind != "short" or sentence_like(info))
            return j if ok else -1
    return -1


def last_after_list(
    infos: Sequence[LineInfo], first: int, last: int, w: Weights, listed: bool
) -> int:
    """The story's last paragraph after a list that ends the main content (``first`` to
    ``last``), right above the footer (``w.list_last``, ``extract_off =
    ["list-last-paragraph"]``): the announced list kept (``listed``), or else an unheaded
    box of ``KEY_LINES`` short lines (no UI string) under a paragraph, then one paragraph
    with its full stop sharing ``MIN_SHARED`` content words with the article (as under
    ``headline-box``), then a UI line (a share bar, the footer) and no more prose, or the
    page's end, or (``w.list_box_end``, ``extract_off = ["list-box-end"]``) a box heading
    ("Related posts", "Das könnte Sie auch interessieren:"): the box ends the article there,
    whatever prose its teasers have. The announced list may go on past the blank line that
    ended it (a nested sub-list, then the list's last items: up to ``bridge_max`` short
    lines; ``w.list_blocks``, ``extract_off = ["list-blocks"]``; wild24). Another story's
    excerpt
    under a box of teasers shares fewer words, and a second paragraph after it is no last one
    (``extract._inline_lists`` keeps a list the story goes on after). Returns the new last
    line, or ``last``. The article's words are read only when the shape is found.

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> story = ("The ferry to the island will run twice more on weekdays from May, the "
    ...     "council decided on Tuesday after a year of complaints from residents.")
    >>> box = ["Extra ferry at 6.40", "Second extra ferry at 21.15", "Fares stay the same"]
    >>> end = ("The ferry operator said the island service would hire crew, and residents "
    ...     "will be asked about the weekdays timetable again in the autumn.")
    >>> infos = classify_lines("\\n".join([story, *box, end, "Share this article"]))
    >>> last_after_list(infos, 0, 0, WEIGHTS, False)
    4
    >>> other = ("A bakery on Fore Street that has baked bread since 1936 served its last "
    ...     "customers on Saturday as the owners retired.")
    >>> infos = classify_lines("\\n".join([story, *box, other, "Share this article"]))
    >>> last_after_list(infos, 0, 0, WEIGHTS, False)
    0
    >>> infos = classify_lines("\\n".join([story, *box, end, "Related posts", other]))
    >>> last_after_list(infos, 0, 0, WEIGHTS, False)
    4
    """
    if not w.list_last or (not listed and infos[last].kind != "good"):
        return last
    below = line_below(infos, last)
    if below is None or not (listed or _key_line(infos[below], w)):
        return last  # (most pages: no list under the content's last paragraph)
    lines = (j for j in range(last + 1, len(infos)) if infos[j].kind != "empty")
    # (read lazily: most pages stop at the first line after the content)
    # (an announced list's items after a blank line: a sub-list, ``w.list_blocks``)
    reach = (w.bridge_max if w.list_blocks else -1) if listed else KEY_LINES[1]
    rest = list(islice(lines, reach + 1))
    n = 0
    while n < len(rest) and _key_line(infos[rest[n]], w):
        n += 1
    if not listed and not KEY_LINES[0] <= n <= KEY_LINES[1]:
        return last
    rest = [*rest[n:], *islice(lines, 2)]  # (the paragraph and the line under it)
    boxed = w.list_box_end and len(rest) > 1 and infos[rest[1]].kind == "box"
    if not rest or not _closing(infos, rest, boxed):
        return last
    if not boxed and any(infos[j].kind in PARAGRAPH for j in lines):
        return last
    article = " ".join(infos[j].block.text for j in range(first, rest[0]))
    shared = stems(infos[rest[0]].block.text, w.content_grams) & stems(article, w.content_grams)
    return rest[0] if len(shared) >= MIN_SHARED else last


def box_below(infos: Sequence[LineInfo], j: int) -> bool:
    """The line under line ``j`` (blank lines aside) is a box heading ("Related posts"): the
    explanation's words for ``list-box-end``.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> infos = classify_lines("The ferry runs twice more from May.\\n\\nRelated posts")
    >>> box_below(infos, 0), box_below(infos, 2)
    (True, False)
    """
    below = line_below(infos, j)
    return below is not None and infos[below].kind == "box"


def _key_line(info: LineInfo, w: Weights) -> bool:
    """A short line of a box of key points: a list's item, no UI string."""
    return info.kind in _ITEM_KINDS and not info.ui and info.words <= w.item_words


def _closing(infos: Sequence[LineInfo], rest: list[int], boxed: bool) -> bool:
    """``rest[0]`` is a paragraph with its full stop, then the page's end, a UI line (a
    share bar, the footer) or (``boxed``) the box heading ``rest[1]``; the caller reads the
    rest for prose (not after a box heading: its teasers may have some)."""
    head = infos[rest[0]]
    if head.kind != "good" or not head.terminal:
        return False
    if len(rest) == 1:
        return True
    if boxed:
        return True
    return infos[rest[1]].kind == "ui" and all(infos[j].kind not in PARAGRAPH for j in rest[2:])
