"""A numbered "most read" list after the article, for the ``extract`` preset.

Plain text keeps a numbered list's figures ("1. Mayor opens the new park"), and a numbered
list that goes on after the last paragraph is kept with the article (``extract._extend_list``:
steps, a ranking, a Q&A). The site's list of its most read or trending stories is numbered
too. When its heading is one of the ``[related]`` box headings ("Most popular", "Meistgelesen")
the list never joins the article; its variants with a time or a place ("Most read this week",
"Meistgelesene Artikel heute", "Les plus lus du jour": the data file's ``[popular]
headings_regex``) are matched here: when the lines that the list extension took in have such
a heading, the article ends before it. Off with ``Weights.popular=False``
(``extract_off = ["popular-list"]``); the tail note of ``explain`` names the heading.

>>> is_popular_heading("Most read this week"), is_popular_heading("Meistgelesen heute")
(True, True)
>>> is_popular_heading("Most residents read the notice this week and were not surprised.")
False
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from cleantext.boilerplate.headline import MAX_GAP, MIN_SCORE, headline_index
from cleantext.boilerplate.intro import line_above
from cleantext.boilerplate.patterns import normalize_line
from cleantext.boilerplate.ranked_headlines import RANK
from cleantext.data import boilerplate_table

if TYPE_CHECKING:  # pragma: no cover - typing only (extract imports this module)
    from cleantext.boilerplate.extract import LineInfo, Weights

__all__ = [
    "MAX_WORDS",
    "digest_inside",
    "is_popular_heading",
    "paragraphs_inside",
    "popular_heading",
    "popular_inside",
    "ranked_after_headline",
    "ranked_head",
    "titled_list",
    "why_ranked_head",
    "why_titled",
]

MAX_WORDS = 8  # a heading is short
MIN_ITEMS = 3  # items of a ranked list under a box heading at the end of the content
MIN_PAIRS = 3  # headlines, each over its excerpt, of a digest under a box heading
#: the same under a related-links line ("More from the data desk"), to the run's end
MIN_RELATED_PAIRS = 2


@lru_cache(maxsize=1)
def _headings() -> regex.Pattern[str]:
    alts = boilerplate_table()["popular"]["headings_regex"]
    return regex.compile("|".join(f"(?:{rx})" for rx in alts))


def is_popular_heading(line: str) -> bool:
    """A short line that is the heading of a list of most read or trending stories."""
    key = normalize_line(line)
    if not key or len(key.split()) > MAX_WORDS:
        return False
    return _headings().fullmatch(key) is not None


def popular_heading(infos: Sequence[LineInfo], before: int, last: int, w: Weights) -> int:
    """The first line after ``before`` (the article's last line before its lists were taken
    in) and up to ``last`` that is a most-read heading; ``-1`` if there is none. (The caller
    asks ``titled_list`` whether the list under it is the article's own.)"""
    if not w.popular:
        return -1
    for j in range(before + 1, last + 1):
        info = infos[j]
        if info.kind != "empty" and info.words <= MAX_WORDS and is_popular_heading(info.block.text):
            return j
    return -1


def why_titled(infos: Sequence[LineInfo], heading: int) -> str:
    """The note for a ranked list kept because the page's title names it."""
    return (
        f"; the numbered list under {infos[heading].block.text.strip()[:40]!r} at line "
        f"{infos[heading].block.index + 1} is the article's own (the page's title names it, "
        "each item is a paragraph, only the footer after it)"
    )


def titled_list(
    infos: Sequence[LineInfo], heading: int, last: int, w: Weights, title: str | None = None
) -> bool:
    """The ranked list under ``heading`` (to ``last``) is the article's own, not the site's
    box: the page's ``title`` (by default the first line) holds the heading's words in order,
    every item is a paragraph (a ranked paragraph, or a ranked line with one under it), and
    no paragraph comes after ``last`` (only the footer).

    A year-in-review article, "The most read stories of 2025", is a numbered list of
    stories, each with its paragraph, under a "Most read" heading: the title names the list.
    A site's "Most read" box after an article, or one before the next paragraph, is not.
    A text with no title, whose first line is a paragraph and which ends with the list
    (``_untitled``: ``extract``'s own output of such a page), keeps it too. Off with
    ``Weights.titled_list=False`` (``extract_off = ["titled-list"]``).

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> story = "{}. The story about the {} was read by many people in the town this year."
    >>> page = ["The most read stories of 2025 | Gazette", "Most read"]
    >>> page += [story.format(n, t) for n, t in enumerate(("bridge", "park", "pool"), 1)]
    >>> titled_list(classify_lines("\\n".join(page)), 1, 4, WEIGHTS)
    True
    >>> other = ["Bridge closes | Gazette", *page[1:]]
    >>> titled_list(classify_lines("\\n".join(other)), 1, 4, WEIGHTS)
    False
    """
    if not w.titled_list:
        return False
    key = normalize_line(infos[heading].block.text)
    named = normalize_line(infos[0].block.text if title is None else title)
    untitled = _untitled(infos, last, title)
    if not key or (f" {key} " not in f" {named} " and not untitled):
        return False
    if not (_paragraph_items(infos, heading, last) and _ranked(infos, heading, last)):
        return False
    return all(info.kind != "good" for info in infos[last + 1 :])


def _untitled(infos: Sequence[LineInfo], last: int, title: str | None) -> bool:
    """A text with no title that ends with the list: its first line is a paragraph and no
    line comes after ``last``. ``extract``'s own output is such a text (the page's title,
    headline and footer cut), so a titled list it kept stays on a second run.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> intro = "We look back at the stories that our readers read the most in the year."
    >>> infos = classify_lines("\\n".join([intro, "Most read", "1. A story.", "2. More."]))
    >>> _untitled(infos, 3, None), _untitled(infos, 2, None)
    (True, False)
    """
    first = infos[0] if infos else None
    if first is None or first.kind != "good":
        return False
    if title is not None and normalize_line(title) != normalize_line(first.block.text):
        return False
    return all(info.kind == "empty" for info in infos[last + 1 :])


def _paragraph_items(infos: Sequence[LineInfo], heading: int, last: int) -> bool:
    """Every line after ``heading`` up to ``last`` is a ranked item or a paragraph under one,
    ``MIN_ITEMS`` items or more, each a paragraph or with one under it."""
    items, prose = 0, True
    for info in infos[heading + 1 : last + 1]:
        if info.kind == "empty":
            continue
        if RANK.match(info.block.text) is not None:
            if not prose:
                return False
            items, prose = items + 1, info.kind == "good"
        elif info.kind == "good" and items:
            prose = True
        else:
            return False
    return items >= MIN_ITEMS and prose


def popular_inside(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> int:
    """A box heading ("Most read", "Related stories") or most-read heading inside lines
    ``first`` + 1 to ``last`` under which every line to ``last`` is an item of a ranked list
    (``MIN_ITEMS`` or more, ranked 1, 2, 3 ...); ``-1`` if there is none. (The caller asks
    ``titled_list`` whether the list is the article's own.)

    A short article's paragraphs and the site's ranked list of its stories under a box
    heading are one run of prose: the heading alone costs less than the list's sentences are
    worth. The article ends before the heading.

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> page = "\\n".join(["The council voted on Tuesday to close the old bridge, which is "
    ...     "now too weak for the buses.", "Most read", *(f"{n}. A story about the town that "
    ...     f"was read {n} times more than any other this week." for n in (1, 2, 3))])
    >>> popular_inside(classify_lines(page), 0, 4, WEIGHTS)
    1
    """
    if not w.popular:
        return -1
    items = 0
    for j in range(last, first, -1):
        info = infos[j]
        if info.kind == "empty":
            continue
        rank = RANK.match(info.block.text)
        if rank is not None:
            items += 1
            continue
        if info.kind == "good":  # (a ranked item's paragraph: ``paragraphs_inside``)
            return paragraphs_inside(infos, first, last)
        heading = info.kind == "box" or (
            info.words <= MAX_WORDS and is_popular_heading(info.block.text)
        )
        return j if heading and items >= MIN_ITEMS and _ranked(infos, j, last) else -1
    return -1


def paragraphs_inside(infos: Sequence[LineInfo], first: int, last: int) -> int:
    """A most-read heading inside lines ``first`` + 1 to ``last`` ("Die meistgelesenen
    Artikel", "Más leídas": the data file's ``[popular] headings_regex``) under which every
    line to ``last`` is a ranked item or the paragraph under one (``MIN_ITEMS`` items or more,
    ranked 1, 2, 3 ..., each a paragraph or with one under it); ``-1`` if there is none.

    A site's most-read box whose items each have their excerpt under them is prose as the
    article is: the run goes on through it. The walk back from ``last`` stops at the first
    line that is neither an item nor a paragraph, so each line is read once.

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> story = "The council voted on Tuesday to close the old bridge, now too weak for buses."
    >>> item = "{}. A fire at the old mill on the {} side of the river kept the town awake"
    >>> excerpt = "Firefighters worked through the night to keep the flames from the houses."
    >>> lines = [story, "Die meistgelesenen Artikel"]
    >>> for n, side in enumerate(("north", "south", "east"), 1):
    ...     lines += [item.format(n, side), excerpt]
    >>> paragraphs_inside(classify_lines("\\n".join(lines)), 0, 7)
    1
    >>> paragraphs_inside(classify_lines("\\n".join([story, "Die Artikel", *lines[2:]])), 0, 7)
    -1
    """
    above = last - 1  # (the last paragraph is under a ranked item, or no such list ends here)
    while above > first and infos[above].kind == "empty":
        above -= 1
    if above <= first or RANK.match(infos[above].block.text) is None:
        return -1
    for j in range(last, first, -1):
        info = infos[j]
        if info.kind in ("empty", "good") or RANK.match(info.block.text) is not None:
            continue
        if info.words > MAX_WORDS or not is_popular_heading(info.block.text):
            return -1
        return j if _paragraph_items(infos, j, last) and _ranked(infos, j, last) else -1
    return -1


def ranked_after_headline(
    infos: Sequence[LineInfo],
    span: tuple[int, int] | None,
    choose: Callable[[Sequence[LineInfo], Weights], tuple[int, int] | None],
    w: Weights,
) -> tuple[tuple[int, int] | None, str]:
    """``span``, or the run between the page title's headline and a ranked list's box heading
    when ``span`` is that list (``MIN_ITEMS`` or more items ranked 1, 2, 3 ... and nothing
    else, under a box or most-read heading after the headline); with a note saying why
    (empty if ``span`` stands).

    A short article (a brief, a one-paragraph announcement) is worth less than the site's
    "Most read" list after it when each item is a headline and its excerpt. The list's
    heading is furniture, so the two are runs of their own and the list won. The run under
    the headline (within ``headline.MAX_GAP`` lines of it, worth ``headline.MIN_SCORE``) is
    the article instead. ``choose`` is the main-content chooser (``extract.main_span``).
    Off with ``Weights.ranked_box=False`` (``extract_off = ["ranked-box"]``).
    """
    if not (w.ranked_box and w.popular) or span is None:
        return span, ""
    if RANK.match(infos[span[1]].block.text) is None:  # (no list: no headline looked for)
        return span, ""
    h = headline_index(infos)
    if h is None or span[0] <= h + 1:
        return span, ""
    heading = popular_inside(infos, h, span[1], w)
    if not h < heading < span[0]:
        return span, ""
    if titled_list(infos, heading, span[1], w):
        return span, why_titled(infos, heading)[2:]
    sub = choose(infos[h + 1 : heading], w)
    if sub is None:
        return span, ""
    first, last = sub[0] + h + 1, sub[1] + h + 1
    gap = sum(1 for i in range(h + 1, first) if infos[i].kind != "empty")
    score = sum(infos[i].score for i in range(first, last + 1))
    if gap > MAX_GAP or score < MIN_SCORE:
        return span, ""
    return (first, last), (
        f"the numbered list under {infos[heading].block.text.strip()[:40]!r} at line "
        f"{infos[heading].block.index + 1} is a most-read list: the article is the run under "
        f"the page title's headline (lines {infos[first].block.index + 1}-"
        f"{infos[last].block.index + 1}, scored {score:.1f})"
    )


def _ranked(infos: Sequence[LineInfo], heading: int, last: int) -> bool:
    """The items under ``heading`` are ranked 1, 2, 3 ... in order, in any script's digits
    ("١.", "٢.", "٣." on an Arabic page: ``int`` reads them)."""
    ranks = [
        rank.group(1)
        for info in infos[heading + 1 : last + 1]
        if (rank := RANK.match(info.block.text)) is not None
    ]
    return list(map(int, ranks)) == list(range(1, len(ranks) + 1))


def digest_inside(
    infos: Sequence[LineInfo], first: int, last: int, w: Weights, bridged: str
) -> int:
    """A box heading ("Sigue leyendo", "More on this") inside lines ``first`` + 1 to ``last``
    under which the lines to ``last`` are a digest of the site's other stories: a headline
    (a short line without a sentence end) over one paragraph, again and again (``MIN_PAIRS``
    times or more); ``-1`` if there is none. A box heading whose ``ui`` is ``bridged`` sits
    between two paragraphs of the story (``extract._bridges``): no digest follows it.

    A short article and the digest after it are one run of prose, as with a ranked list
    (``popular_inside``): the heading and the headlines cost less than the excerpts are
    worth. The article ends before the heading.

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> excerpt = ("The council said on Monday that the work on the {} would take another "
    ...     "year, because the builders have asked for more time to finish the roof.")
    >>> lines = ["The council voted on Tuesday to close the old bridge, which is now too "
    ...     "weak for the buses that cross it every few minutes of the day.", "More on this"]
    >>> for topic in ("hospital", "market", "library"):
    ...     lines += [f"Work on the new {topic} is late again", excerpt.format(topic)]
    >>> digest_inside(classify_lines("\\n".join(lines)), 0, 7, WEIGHTS, "bridged")
    1
    """
    if not w.popular:
        return -1
    lines = [j for j in range(first + 1, last + 1) if infos[j].kind != "empty"]
    for n, j in enumerate(lines):
        info = infos[j]
        if info.kind == "box" and info.ui != bridged:
            rest = [infos[k] for k in lines[n + 1 :]]
            return j if _digest(rest) else -1
    return related_digest(infos, lines) if w.related_digest else -1


def related_digest(infos: Sequence[LineInfo], lines: Sequence[int]) -> int:
    """The related-links line (a ``[related]`` line of the data file, "More from the data
    desk") right above the last ``MIN_RELATED_PAIRS`` or more pairs of ``lines`` (the run's
    non-blank lines after its first) that are each a headline (a short or medium line with no
    sentence end, or ending in a question mark of the data file's ``[related]
    digest_marks``) over one paragraph; ``-1`` if there is none.

    Teasers after a chart or a short article outweigh their heading, so the run went on to
    them. The pairs are found from the run's end back (one pass), the heading above them.
    An article's own section heading ("More from the council") over paragraphs of the story
    has no headline pairs under it. Off with ``Weights.related_digest=False``
    (``extract_off = ["related-digest"]``).

    >>> from cleantext.boilerplate.extract import classify_lines
    >>> text = ("The council voted on Tuesday to close the old bridge, which is now too weak "
    ...     "for the buses that cross it every few minutes of the day.")
    >>> excerpt = ("The council said on Monday that the work on the {} would take another "
    ...     "year, because the builders have asked for more time to finish the roof.")
    >>> page = [text, "More from the data desk", "Is the new hospital late again?",
    ...     excerpt.format("hospital"), "Work on the market is late", excerpt.format("market")]
    >>> related_digest(classify_lines("\\n".join(page)), range(1, 6))
    1
    >>> story = [text, "More from the council", text, excerpt.format("hospital"), text]
    >>> related_digest(classify_lines("\\n".join(story)), range(1, 5))
    -1
    """
    k = len(lines)
    while k >= 2 and infos[lines[k - 1]].kind == "good" and _teaser_head(infos[lines[k - 2]]):
        k -= 2
    if k == 0 or (len(lines) - k) // 2 < MIN_RELATED_PAIRS:
        return -1
    head = infos[lines[k - 1]]
    return lines[k - 1] if head.kind == "ui" and head.ui == "related" else -1


def _teaser_head(info: LineInfo) -> bool:
    """A teaser's headline: short or medium, with no sentence end but a question mark."""
    if info.kind not in _HEADLINE:
        return False
    return not info.terminal or info.block.text.rstrip().endswith(_digest_marks())


@lru_cache(maxsize=1)
def _digest_marks() -> tuple[str, ...]:
    return tuple(boilerplate_table()["related"]["digest_marks"])


def _digest(lines: Sequence[LineInfo]) -> bool:
    """``lines`` are ``MIN_PAIRS`` or more pairs of a headline (a short or medium line without
    a sentence end) and the paragraph under it."""
    if len(lines) < 2 * MIN_PAIRS or len(lines) % 2:
        return False
    heads, bodies = lines[0::2], lines[1::2]
    return all(h.kind in _HEADLINE and not h.terminal for h in heads) and all(
        b.kind == "good" for b in bodies
    )


_HEADLINE = frozenset({"short", "medium"})


def ranked_head(infos: Sequence[LineInfo], first: int, last: int, w: Weights) -> int | None:
    """The line right above the article (lines ``first`` to ``last``) when it is the first
    item's headline of a ranked article ("1. It opens on 4 April" over its paragraph) whose
    other items (``MIN_ITEMS`` - 1 or more, ranked 2, 3 ... in order) are headlines of the
    same shape inside the article; ``None`` otherwise.

    A ranked article with no intro ("5 things to know ...") starts with its first item's
    headline, a short line like a menu's, so the main content began at the paragraph under
    it. A "1." line above an article with no "2." headline in it (a most-read box above the
    article) stays cut. Off with ``Weights.ranked_head=False`` (``extract_off =
    ["ranked-head"]``).

    >>> from cleantext.boilerplate.extract import WEIGHTS, classify_lines
    >>> body = "The first trams will leave the station at six in the morning, every {} minutes."
    >>> lines = ["Home", "News"]
    >>> for n, head in enumerate(("It opens in April", "Tickets cost less", "New stops"), 1):
    ...     lines += [f"{n}. {head}", body.format(n + 5)]
    >>> ranked_head(classify_lines("\\n".join(lines)), 3, 7, WEIGHTS)
    2
    >>> ranked_head(classify_lines("\\n".join(lines[:4] + lines[5:6])), 3, 4, WEIGHTS)
    """
    if not w.ranked_head or not 0 < first <= last or infos[first].kind != "good":
        return None
    j = line_above(infos, first)
    if j is None or _item_headline(infos[j]) != 1:
        return None
    ranks = [rank for info in infos[first : last + 1] if (rank := _item_headline(info))]
    want = list(range(2, len(ranks) + 2))
    return j if len(ranks) >= MIN_ITEMS - 1 and ranks == want else None


def _item_headline(info: LineInfo) -> int:
    """The rank of a ranked item's headline line (a short or medium line with no sentence
    end and no UI string, "2. Tickets cost the same", "٢. ..."), or 0."""
    if info.kind not in _HEADLINE or info.terminal or info.ui:
        return 0
    rank = RANK.match(info.block.text)
    return 0 if rank is None else int(rank.group(1))


def why_ranked_head(infos: Sequence[LineInfo], top: int | None) -> str:
    """The head note's words for the first ranked item's headline kept (``ranked_head``)."""
    if top is None:
        return ""
    return (
        f"the first item's headline at line {infos[top].block.index + 1} is kept (a ranked "
        f"item's headline right above the article, whose items ranked 2 and on have one: "
        f"ranked-head)"
    )
