"""The main content: which blocks of a rendered page are the article, and why the others go."""

from __future__ import annotations

import re
from typing import NamedTuple

from cleantext.edits import Edit
from cleantext.html import script_data
from cleantext.html.end_matter import drop_date_text, drop_end_matter, drop_signup_boxes
from cleantext.html.json_ld import BODY_ID
from cleantext.html.page import Block, Element, Page
from cleantext.html.signals import (
    ARTICLE_CHARS,
    BOX_BLOCKS,
    CAPTION_CHARS,
    CARD_CHARS,
    CARD_MIN,
    CARD_SHARE,
    COMMENTS,
    DATE_CHARS,
    DIALOG_SHARE,
    EMPTY_BLOCKS,
    EMPTY_CHARS,
    FORM_SHARE,
    GOOD_CHARS,
    LABEL_CHARS,
    LEAD_LEVELS,
    LINK_DENSE,
    LINKED_CHARS,
    LIST_LINKS,
    MASS_HOLD,
    MASS_SHARE,
    ORPHAN_CHARS,
    PROSE_CHARS,
    SHARE_CHARS,
    SHARE_HOLD,
    SHARE_LOW,
    SIGNALS,
    STANDFIRST_CHARS,
    STANDFIRST_WORDS,
    URL_CHARS,
    WIDEN_LEVELS,
    WIDEN_SHARE,
    ZONE_ARTICLE_SHARE,
    load_roles,
)
from cleantext.rules import Rule, register
from cleantext.sentences import LABEL_ENDS, STATEMENT_ENDS

_EXAMPLE_BODY = (
    "The old bridge over the river will close for repairs on Monday, the council said on "
    "Tuesday, after inspectors found cracks in two of its supporting piers."
)
OUTSIDE = register(
    Rule(
        "html-outside-main",
        "boilerplate",
        "HTML input, extract preset: remove the blocks outside the page's main content "
        "container (menus, teasers, sidebars, footers around the article).",
        preset="extract",
        examples=(
            (
                '<body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><p>'
                f"{_EXAMPLE_BODY}</p></article><footer>Copyright 2026 News Example</footer>",
                _EXAMPLE_BODY,
            ),
        ),
    )
)
MARKUP = register(
    Rule(
        "html-boilerplate",
        "boilerplate",
        "HTML input, extract preset: remove blocks that the markup marks as page furniture "
        "(<nav>, <aside>, <footer>, <header>, ARIA landmarks, comment containers, headline, "
        "captions, link-dense blocks), also inside the main content.",
        preset="extract",
        examples=(
            (
                f"<body><article><h1>Bridge to close</h1><p>{_EXAMPLE_BODY}</p></article>",
                _EXAMPLE_BODY,
            ),
        ),
    )
)

#: the steps that run on the text the ``extract`` preset selected from a page, when the
#: configuration does not name its steps and no block of the selection repeats (see
#: steps_after_extraction): the repeated page furniture is gone with the blocks the markup
#: dropped; on most pages nothing is left for ``dedup-blocks`` to find, and it took about a
#: tenth of the time (see docs/html.md)
STEPS_AFTER_EXTRACTION: tuple[str, ...] = ("normalize", "boilerplate", "tidy")
#: ... and when a block of at least REPEAT_CHARS characters repeats in the selection (the
#: article twice: a print or mobile copy the markup does not hide)
STEPS_AFTER_REPEATS: tuple[str, ...] = ("normalize", "dedup-blocks", "boilerplate", "tidy")
REPEAT_CHARS = 25


def _credit(
    page: Page,
    signals: frozenset[str],
    teasers: list[int] | None = None,
    consent: set[int] | None = None,
) -> None:
    """Credit paragraph text to its container (for an item of an ``<ol>``, its list's
    container: signal ``list-credit``) and the container's two ancestors; count the
    article-like paragraph text outside furniture zones in each element (``good``), but not
    that of the teaser cards ``teasers`` (see _teaser_articles) nor the blocks ``consent``
    (see _consent_blocks)."""
    elements = page.elements
    roles = load_roles()
    for e in elements:  # a page can be judged again
        e.score, e.good = 0.0, 0
        e.zone, e.zone_note = e.rzone, e.rnote
    good: list[Block] = []
    skip_h1 = "headline-no-credit" in signals
    items = "list-credit" in signals
    linked = "link-paragraph" in signals
    columns = "table-columns" in signals
    for k, b in enumerate(page.blocks):
        if b.element < 0 or b.chars < 25 or (skip_h1 and b.tag == "h1"):
            continue
        prose_link = False  # signal link-paragraph: prose a card-style theme wraps in a link
        if b.link_density > 0.5 and not (linked and (prose_link := _link_paragraph(page, k))):
            continue
        if consent and k in consent:
            continue
        text = page.text[b.start : b.end]
        points = 1 + text.count(",") + text.count("，") + min(b.chars / 100, 3.0)
        i = b.element
        if elements[i].tag in roles.paragraph or (
            elements[i].end == i and not (columns and elements[i].tag == "td")
        ):
            i = elements[i].parent  # a paragraph, or a leaf <div> used as one
            if items and b.tag == "li" and i >= 0 and elements[i].tag == "ol":
                i = elements[i].parent  # signal list-credit: a step of a list, as a paragraph
        for share in (1.0, 0.5, 1 / 3):
            if i < 0:
                break
            elements[i].score += points * share
            i = elements[i].parent
        if (
            b.chars >= GOOD_CHARS
            and (b.link_density < 0.3 or prose_link)
            and not (teasers and teasers[b.element] >= 0)
        ):
            good.append(b)
    if "zone-holds-article" in signals:
        # (signal dialog-holds-article: not on a page judged again without its consent text)
        dialogs = page.dialogs if "dialog-holds-article" in signals and not consent else None
        _lift_zones(elements, good, "zone-holds-main" in signals, dialogs)
    for b in good:
        if elements[b.element].zone < 0:
            elements[b.element].good += b.chars
    for e in reversed(elements):  # children come after their parent: sum them up the tree
        if e.parent >= 0:
            elements[e.parent].good += e.good


def _unnamed(elements: list[Element], best: int) -> bool:
    """Signal ``consent-text``: the container ``best`` is no ``<article>`` or ``<main>``, in
    none, and has no article-like id/class word: the kind a consent box is (its text is
    looked at only then, see _consent_blocks)."""
    article_tags = load_roles().article_tags
    i = best
    while i >= 0:
        if elements[i].tag in article_tags:
            return False
        i = elements[i].parent
    return elements[best].weight <= 0


def _consent_blocks(page: Page, best: int) -> set[int]:
    """Signal ``consent-text``: the indices of the blocks inside the element ``best`` with a
    line that holds a consent-banner phrase (the extract preset's: ``consent`` lists of
    boilerplate.toml, "store and access information on your device", "wir verwenden
    Cookies", in many languages), not only quoted inside a sentence (as the extract preset
    reads them). The page is then judged again with them crediting no container (a consent
    box without consent id/class words outscored a short article). One normalisation of
    the container's text and one search of it: linear.

    >>> from cleantext.html import render
    >>> page = render("<div><p>The bridge closes.</p><p>We use cookies to improve the site."
    ...               "</p></div>")
    >>> _consent_blocks(page, 0)
    {1}
    """
    from cleantext.boilerplate.patterns import Patterns, normalize_lines

    end = page.elements[best].end
    inside = [k for k, b in enumerate(page.blocks) if best <= b.element <= end]
    rows: list[str] = []
    owner: list[int] = []  # the block of each row
    for k in inside:
        b = page.blocks[k]
        lines = page.text[b.start : b.end].split("\n")
        rows += lines
        owner += [k] * len(lines)
    patterns = Patterns.builtin()
    keys = normalize_lines("\n".join(rows))
    return {
        owner[i]
        for i in patterns.consent_lines(keys)
        if not patterns.mid_sentence(rows[i], keys[i])
    }


def _teaser_articles(page: Page) -> list[int] | None:
    """Signal ``teaser-articles``: for each element, its innermost ``<article>`` if that is a
    teaser (a heading inside it is all link, :attr:`Page.linked` as the walk noted them, and
    it has under ARTICLE_CHARS of text outside links: a card of a list of other stories),
    else -1; None if there are none. Their paragraphs are not article-like text, and a
    sibling of the main content that holds cards and no such text is not kept with it (eight
    cards beside a short article were). When the best-scored container is in a card or
    holds one, the cards are posts (a forum thread whose posts are ``<article>`` elements
    with their author's name as a linked heading): the page is judged again without this
    signal. One pass over the elements, on a page with a card only: linear.

    >>> from cleantext.html import render
    >>> card = "<article><h3><a href=/s>Other story</a></h3><p>A teaser.</p></article>"
    >>> page = render(f"<body><article><h1>Story</h1><p>Text.</p></article>{card}</body>")
    >>> _teaser_articles(page)  # html, body, article, h1, p, article, h3, p
    [-1, -1, -1, -1, -1, 5, 5, 5]
    """
    elements = page.elements
    teasers = {
        a for a in page.linked if elements[a].text_len - elements[a].link_len < ARTICLE_CHARS
    }
    if not teasers:
        return None
    inner = [-1] * len(elements)  # the innermost <article> around each element, or -1
    for i, e in enumerate(elements):
        inner[i] = i if e.tag == "article" else (inner[e.parent] if e.parent >= 0 else -1)
    return [a if a in teasers else -1 for a in inner]


def _counts(teasers: list[int]) -> list[int]:
    """How many teaser cards (see _teaser_articles) start before each element index: element
    ``i`` holds one if ``counts[end + 1] > counts[i]``.

    >>> _counts([-1, 1, 1, -1, 4])
    [0, 0, 1, 1, 1, 2]
    """
    counts = [0]
    for i, card in enumerate(teasers):
        counts.append(counts[-1] + (card == i))
    return counts


def _lift_zones(
    elements: list[Element],
    good: list[Block],
    main: bool = False,
    dialogs: list[int] | None = None,
) -> None:
    """Signal ``zone-holds-article``: a header-like zone (``liftable_zones``) around
    ZONE_ARTICLE_SHARE or more of the article-like paragraph text ``good`` is not furniture;
    the elements inside it take the zone around it, if any. With ``main`` (signal
    ``zone-holds-main``), so is any other zone but a comments container that holds an
    ``<article>`` or ``<main>`` element around that share of the text (an ``<aside>``
    column left open around the article; a sidebar's teasers are each an ``<article>`` of a
    few lines; see _main_element). With ``dialogs``, the elements with a consent id/class
    word (signal ``dialog-holds-article``), so is an open ``<dialog>`` around DIALOG_SHARE or
    more of that text, whatever holds it in the dialog (a lightbox's plain ``<div>``), when
    it holds none of them."""
    held: dict[int, int] = {}
    total = 0
    for b in good:
        total += b.chars
        z = elements[b.element].rzone
        while z >= 0:  # the zone and the zones around it
            held[z] = held.get(z, 0) + b.chars
            up = elements[z].parent
            z = elements[up].rzone if up >= 0 else -1
    notes = load_roles().liftable
    share = ZONE_ARTICLE_SHARE * total
    wide = [z for z, n in held.items() if n >= share]
    article = -1
    if main and any(elements[z].rnote not in notes for z in wide):
        article = _main_element(elements, good, share)
    lifted = {
        z
        for z in wide
        if elements[z].rnote in notes
        or (
            z < article <= elements[z].end  # signal zone-holds-main
            and not elements[z].rnote.startswith(_COMMENTS_NOTE)
        )
        or (
            dialogs is not None
            and elements[z].rnote == _DIALOG_NOTE
            and held[z] >= DIALOG_SHARE * total
            and not any(z <= d <= elements[z].end for d in dialogs)
        )
    }
    if not lifted:
        return
    for i, e in enumerate(elements):
        z = e.rzone
        if z == i and i in lifted:
            around = elements[e.parent] if e.parent >= 0 else None
            e.zone, e.zone_note = (around.zone, around.zone_note) if around else (-1, "")
        elif 0 <= z < i:  # inside a zone: the zone's own verdict (decided before: z < i)
            e.zone, e.zone_note = elements[z].zone, elements[z].zone_note


#: the name of the element that holds a JSON-LD articleBody (signal json-ld-body): never a
#: sibling of the main content, and alone when it is the main content (the DOM's text around
#: it is what it stands in for)
LD_NAME = f"id={BODY_ID}"
#: the elements a page's data adds (json-ld-body, script-data-body)
_DATA_NAMES = frozenset({LD_NAME, f"id={script_data.BODY_ID}"})
#: the notes of a comments container's zone: never lifted by zone-holds-main
_COMMENTS_NOTE = f"in {COMMENTS}"
#: the notes of an open <dialog>'s zone (signal dialog-holds-article)
_DIALOG_NOTE = "in <dialog>"


def _main_element(elements: list[Element], good: list[Block], share: float) -> int:
    """Signal ``zone-holds-main``: the innermost ``<article>`` or ``<main>`` element around
    ``share`` characters or more of the article-like paragraph text ``good``, or -1 (such
    elements nest: a zone holds one of them if it holds the innermost). Runs only when a zone
    that is not header-like holds that share of the text: rare; linear."""
    article_tags = load_roles().article_tags
    inside = [0] * len(elements)
    for b in good:
        inside[b.element] += b.chars
    for i in range(len(elements) - 1, 0, -1):  # children come after their parent
        up = elements[i].parent
        if up >= 0:
            inside[up] += inside[i]
    found = -1
    for i, e in enumerate(elements):
        if e.tag in article_tags and inside[i] >= share:
            found = i
    return found


def _main(
    page: Page, signals: frozenset[str] = SIGNALS, consent: set[int] | None = None
) -> tuple[list[int], str]:
    """Indices of the elements that make up the main content (the best container first, then
    the siblings that score close to it and its twins), or ``[]`` if the page has no
    paragraph text; and why the main content grew past the best container, for the notes
    (``"text-mass"``, a :func:`_widen` reason), else ``""``."""
    elements = page.elements
    teasers = _teaser_articles(page) if "teaser-articles" in signals else None
    _credit(page, signals, teasers, consent)
    aside = _set_aside(elements, page.forms, signals, page.dialogs)
    best, top = -1, 0.0
    fallback, fallback_top = -1, 0.0  # the best one inside page furniture
    for i, e in enumerate(elements):
        if e.score <= 0:
            continue
        density = e.link_len / e.text_len if e.text_len else 0.0
        e.score = (e.score + e.weight) * (1 - density)
        if e.zone >= 0 or (aside and aside[i]):
            if e.score > fallback_top:
                fallback, fallback_top = i, e.score
        elif e.score > top:
            best, top = i, e.score
    if best < 0:
        best, top = fallback, fallback_top
    if best < 0:
        return [], ""
    cards = _counts(teasers) if teasers else None
    if teasers and cards and (teasers[best] >= 0 or cards[elements[best].end + 1] > cards[best]):
        return _main(page, signals - {"teaser-articles"}, consent)  # (a card holds it or one)
    if "consent-text" in signals and consent is None and _unnamed(elements, best):
        found = _consent_blocks(page, best)
        if found:  # the best-scored container holds consent text: judged again without it
            return _main(page, signals, found)
    best, widened = _widen(elements, best)
    if "text-share" in signals:
        empty = "text-share-empty" in signals
        moved = _text_share(elements, best, aside, empty, empty and "empty-holds-little" in signals)
        if moved != best:
            was, now = elements[best], elements[moved]
            widened = (
                f"text-share: {now.good} characters of paragraph text, "
                f"the best-scored {was.label} {was.good}"
            )
            best = moved
    top = max(top, elements[best].score)
    parent = elements[best].parent
    if parent < 0 or elements[best].name in _DATA_NAMES:  # (it replaces the DOM's)
        return [best], widened
    keep = [best]
    floor = max(10.0, top * 0.2)
    leaf_siblings = "sibling-paragraphs" in signals
    cells = "table-columns" in signals and elements[best].tag == "td"
    for i in range(parent + 1, elements[parent].end + 1):
        e = elements[i]
        if (
            e.parent == parent
            and i != best
            and not (aside and aside[i])
            and e.name not in _DATA_NAMES
            and (
                e.score >= floor
                or (
                    leaf_siblings
                    and e.end == i
                    and e.good > 0
                    and e.weight >= 0
                    and not (cells and e.tag == "td")  # table-columns: a column beside it
                )
            )
            and not (cards and e.good == 0 and cards[e.end + 1] > cards[i])  # teaser-articles
        ):
            keep.append(i)
    if "sibling-tables" in signals:
        keep += _sibling_tables(elements, best, keep, aside)
    keep += _twins(elements, best, keep, "twin-classes" in signals)
    if "text-mass" in signals:
        grown = _text_mass(elements, keep)
        if grown is not keep:
            keep, widened = grown, "text-mass"
    if "first-article" in signals:
        first = _first_article(page, keep)
        if first is not keep:
            return first, f"first-article: the first of several {elements[first[0]].label}"
    return keep, widened


def _sibling_tables(
    elements: list[Element], best: int, keep: list[int], aside: bytearray | None = None
) -> list[int]:
    """Signal ``sibling-tables``: the ``<table>`` elements beside the best container ``best``
    (children of its parent, not in ``keep``), outside furniture and not ``aside``, with
    less than LINK_DENSE of their text in links and no more text than the best container,
    and the heading (``<h2>``-``<h6>``) right before each: the data of the article (a
    product's specifications, a recipe's nutrition facts, a match's line-ups), scored
    nothing for short cells. A layout table holding more text than the article, or a
    table of links, is not one.

    >>> from cleantext.html import render
    >>> page = render("<div><div><p>" + "The boot is light, and dry. " * 5 + "</p></div>"
    ...               "<h2>Specs</h2><table><tr><th>Weight</th><td>540 g</td></tr></table></div>")
    >>> [page.elements[i].tag for i in _sibling_tables(page.elements, 3, [3])]
    ['h2', 'table']
    """
    subheadings = load_roles().subheadings
    parent = elements[best].parent
    if parent < 0:
        return []
    found: list[int] = []
    limit = elements[best].text_len
    prev = -1  # the child of the parent before the one looked at
    i = parent + 1
    while i <= elements[parent].end:
        e = elements[i]
        if (
            e.tag == "table"
            and i not in keep
            and e.zone < 0
            and e.furniture < 0
            and not (aside and aside[i])
            and 0 < e.text_len <= limit
            and e.link_len < LINK_DENSE * e.text_len
        ):
            if prev >= 0 and elements[prev].tag in subheadings and prev not in keep:
                found.append(prev)
            found.append(i)
        prev, i = i, e.end + 1  # (the next child: past this one's subtree)
    return found


def _first_article(page: Page, keep: list[int]) -> list[int]:
    """Signal ``first-article``: an endless page (a news site that appends the next stories
    below the one asked for, each an ``<article>`` with its own ``<h1>``): when the main
    content ``keep`` holds text of a later such ``<article>`` near the first one (sharing a
    parent or grandparent below ``<body>``), each with ARTICLE_CHARS or more of
    article-like paragraph text outside furniture, the main content is the first one's
    part of it (the first ``<article>`` itself if the best container is not inside it): the
    page's own story, whichever is the longest. Returns ``keep`` unchanged otherwise.

    >>> from cleantext.html import render
    >>> text = "<p>" + "A sentence of the story, with a comma. " * 4 + "</p>"
    >>> story = "<article><h1>Title</h1>" + text * 2 + "</article>"
    >>> page = render("<main>" + story * 2 + "</main>")
    >>> _ = _main(page, SIGNALS - {"first-article"})
    >>> [page.elements[i].tag for i in _first_article(page, [2])]  # <main> held both
    ['article']
    >>> _first_article(page, [3]) == [3]  # the first one alone: unchanged
    True
    """
    elements = page.elements
    heads = [b.element for b in page.blocks if b.tag == "h1" and b.element >= 0]
    if len(heads) < 2:
        return keep
    around = [-1] * len(elements)  # the innermost <article> around each element (itself too)
    for i, e in enumerate(elements):
        around[i] = i if e.tag == "article" else (around[e.parent] if e.parent >= 0 else -1)
    stories: list[int] = []
    for h in heads:
        a = around[h]
        if (
            a >= 0
            and elements[a].zone < 0
            and elements[a].good >= ARTICLE_CHARS
            and (not stories or a > elements[stories[-1]].end)  # (not inside the one before)
        ):
            stories.append(a)
    if len(stories) < 2:
        return keep
    first = stories[0]
    near = _near(elements, first)
    flags = _span_flags(elements, keep)
    if not any(
        near[0] <= s <= near[1]
        and (flags[s] != OUT or any(s < k <= elements[s].end for k in keep))  # (held by keep)
        for s in stories[1:]
    ):
        return keep
    end = elements[first].end
    best = keep[0]
    if first <= best <= end:
        return [k for k in keep if first <= k <= end]
    return [first]


def _near(elements: list[Element], i: int) -> tuple[int, int]:
    """The span of elements (first, last index) under the grandparent of element ``i``, or
    its parent if the grandparent is ``<body>`` or ``<html>``."""
    page_tags = load_roles().page_tags
    span = (i, elements[i].end)
    for _ in range(2):
        up = elements[span[0]].parent
        if up < 0 or elements[up].tag in page_tags:
            break
        span = (up, elements[up].end)
    return span


def _text_share(
    elements: list[Element],
    best: int,
    aside: bytearray | None = None,
    empty: bool = False,
    little: bool = False,
) -> int:
    """Signal ``text-share``: when the best container holds less than SHARE_LOW of the page's
    article-like paragraph text, the innermost element outside furniture (below ``<body>``)
    that holds SHARE_HOLD of it or more replaces it (a contact box with one long paragraph
    outscored a recipe in short steps). Returns the new best container (``best`` if none).
    Elements set ``aside`` (see _set_aside) are not candidates. With ``empty``
    (text-share-empty), a best container without such text gives way too; with ``little``
    (empty-holds-little), only if it holds little text of any kind (see _holds_little)."""
    page_tags = load_roles().page_tags
    total = sum(e.good for e in elements if e.parent < 0)
    held = elements[best].good
    if held >= SHARE_LOW * total or held >= SHARE_CHARS:
        return best
    if not held and not (empty and total >= EMPTY_CHARS):  # signal text-share-empty
        return best
    if not held and little and not _holds_little(elements[best], total):
        return best
    found = best
    for i, e in enumerate(elements):  # they nest: the last one is the innermost
        if (
            e.good >= SHARE_HOLD * total
            and e.zone < 0
            and e.tag not in page_tags
            and not (aside and aside[i])
        ):
            found = i
    return found


def _holds_little(e: Element, total: int) -> bool:
    """Signal ``empty-holds-little``: the container ``e``, without article-like paragraph
    text, holds little text of any kind: fewer than EMPTY_BLOCKS blocks and under SHARE_LOW of
    the page's ``total`` paragraph text (a video player's line, not a poem or a list article
    of short lines).

    >>> from cleantext.html import render
    >>> page = render("<div>" + "<p>A short line of a poem,</p>" * 12 + "</div>")
    >>> _holds_little(page.elements[-13], 1000), _holds_little(page.elements[-1], 1000)
    (False, True)
    """
    return e.blocks < EMPTY_BLOCKS and e.text_len < SHARE_LOW * total


def _set_aside(
    elements: list[Element],
    forms: list[int],
    signals: frozenset[str],
    dialogs: list[int] | None = None,
) -> bytearray | None:
    """The elements that compete for the main content only as page furniture does (when
    nothing else has text), or None if there are none: with signal ``form-furniture``, the
    elements inside a ``<form>`` that holds less than FORM_SHARE of the page's article-like
    paragraph text, and inside the wrappers around it that hold no other text (login,
    registration and newsletter forms with help texts, often in a dialog; a page wrapped in
    one ASP.NET form holds all of it); with signal ``consent-dialogs``, the same for the
    ``dialogs``, the elements with a consent id/class word (a cookie dialog's long
    paragraphs outscored a short article; see _dialogs).

    >>> from cleantext.html import render
    >>> page = render("<body><form><div><p>" + "Terms of use. " * 20 + "</p></div></form>"
    ...               "<div><p>" + "The article. " * 30 + "</p></div></body>")
    >>> _credit(page, SIGNALS)
    >>> list(_set_aside(page.elements, page.forms, SIGNALS))  # html, body, form, div, p, div, p
    [0, 0, 1, 1, 1, 0, 0]
    >>> page = render("<body><div id=cmp><div><p>" + "We use cookies. " * 20 + "</p></div></div>"
    ...               "<div><p>" + "The article. " * 30 + "</p></div></body>")
    >>> _credit(page, SIGNALS)
    >>> list(_set_aside(page.elements, page.forms, SIGNALS, page.dialogs))
    [0, 0, 1, 1, 1, 0, 0]
    """
    page_tags = load_roles().page_tags
    chosen = [(i, FORM_SHARE) for i in forms] if "form-furniture" in signals else []
    if dialogs and "consent-dialogs" in signals:
        chosen += _dialogs(elements, dialogs)
    if not chosen:
        return None
    aside: bytearray | None = None
    total = sum(e.good for e in elements if e.parent < 0)
    for i, share in chosen:
        e = elements[i]
        if not e.text_len or (aside and aside[i]):  # nothing to set aside, or done already
            continue
        if e.good < share * total:
            if aside is None:
                aside = bytearray(len(elements))
            top = i  # and the wrappers around it that hold no other text (a dialog)
            up = e.parent
            while up >= 0 and elements[up].tag not in page_tags:
                if elements[up].text_len > e.text_len:
                    break
                top, up = up, elements[up].parent
            end = elements[top].end
            aside[top : end + 1] = b"\x01" * (end + 1 - top)
    return aside


def _dialogs(elements: list[Element], dialogs: list[int]) -> list[tuple[int, float]]:
    """Signal ``consent-dialogs``: the ``dialogs`` (elements with a consent id/class word)
    that are not an ``<article>`` or ``<main>`` and hold none (WordPress puts ``tag-cookies``
    on the ``<article>`` of a cookie recipe), each with the share of the page's article-like
    paragraph text under which it is set aside: DIALOG_SHARE (a consent notice can be
    longer than a short article; a wrapper with a consent state class around the whole page
    holds all of it). One count of those elements, then one look per dialog: linear."""
    article_tags = load_roles().article_tags
    seen = [0]
    for e in elements:
        seen.append(seen[-1] + (e.tag in article_tags))
    return [
        (i, DIALOG_SHARE)
        for i in dialogs
        if elements[i].end >= i and seen[elements[i].end + 1] == seen[i]
    ]


def _text_mass(elements: list[Element], keep: list[int]) -> list[int]:
    """Signal ``text-mass``: when the main content ``keep`` holds less than MASS_SHARE of the
    page's article-like paragraph text and the innermost element around MASS_HOLD of that
    text is an ancestor of the best container, the main content grows to that element (an
    article in modules of different kinds: a landing page, an interview in a page builder).
    Returns the new main content (``keep`` unchanged if the rule does not apply)."""
    total = sum(e.good for e in elements if e.parent < 0)
    flags = _span_flags(elements, keep)
    held = sum(elements[k].good for k in keep if flags[k] == ROOT)
    if not total or held >= MASS_SHARE * total:
        return keep
    mass = -1
    for i, e in enumerate(elements):  # they nest: the last one is the innermost
        if e.good >= MASS_HOLD * total and e.tag not in ("html", "body"):
            mass = i
    best = keep[0]
    if mass < 0 or not mass < best <= elements[mass].end:
        return keep
    end = elements[mass].end
    return [mass] + [k for k in keep if not mass <= k <= end]


def _twins(elements: list[Element], best: int, keep: list[int], classes: bool = False) -> list[int]:
    """The other chunks of an article split over several containers of the same kind (page
    builders put each text module in its own ``<div class=text>``): elements with the best
    container's tag and id/class, outside page furniture and not link furniture. With
    ``classes`` (signal ``twin-classes``), also those whose classes are the best
    container's with a modifier more or less, both named as an article's body (see _kin)."""
    e = elements[best]
    if not e.name:
        return []
    kin = _twin_classes(e) if classes else None
    inside = _span_flags(elements, keep)
    twins: list[int] = []
    until = -1  # the last element inside the twins found so far (they come in order)
    for i, t in enumerate(elements):
        if (
            i > until
            and t.tag == e.tag
            and t.good > 0
            and t.zone < 0
            and t.link_len < LINK_DENSE * t.text_len
            and not inside[i]
            and (t.name == e.name or (kin is not None and _kin(kin, t)))
        ):
            twins.append(i)
            until = t.end
    return twins


def _twin_classes(e: Element) -> frozenset[str] | None:
    """Signal ``twin-classes``: the class tokens of element ``e``, or None if it is named by
    an id or its classes hold no article-like word (``positive_words`` in html.toml:
    ``articleBody``, ``entry-content``; its id/class weight is not positive).

    >>> from cleantext.html import render
    >>> page = render("<div class='body articleBody -x'>a</div><div class='row col'>b</div>")
    >>> sorted(_twin_classes(page.elements[2])), _twin_classes(page.elements[3])
    (['-x', 'articlebody', 'body'], None)
    """
    if e.weight <= 0 or not e.name.startswith("class="):
        return None
    return frozenset(e.name[6:].lower().split())


def _kin(kin: frozenset[str], t: Element) -> bool:
    """Element ``t``'s classes hold all of ``kin`` (see _twin_classes) and one token more, or
    all of them but one, and hold an article-like word (``body articleBody`` beside ``body
    articleBody -bottom-space``).

    >>> from cleantext.html import render
    >>> page = render("<div class='body articleBody -x'>a</div><div class='body articleBody'>b"
    ...               "</div><div class=body>c</div><div class='body articleBody -y'>d</div>")
    >>> kin = _twin_classes(page.elements[2])
    >>> [_kin(kin, e) for e in page.elements[3:]]
    [True, False, False]
    """
    name = t.name
    if t.weight <= 0 or not name.startswith("class=") or abs(name.count(" ") + 1 - len(kin)) > 1:
        return False
    tokens = frozenset(name[6:].lower().split())
    return len(kin ^ tokens) == 1


def _widen(elements: list[Element], best: int) -> tuple[int, str]:
    """An ancestor (up to WIDEN_LEVELS up, below ``<body>``, outside furniture) of the best
    container that holds WIDEN_SHARE times its article-like paragraph text or more, when the
    article is split over several containers; and the reason, for the notes (``""`` if the
    best container stays). A container without article-like text stays: there is nothing to
    compare its ancestors with (before, it climbed all three levels)."""
    page_tags = load_roles().page_tags
    if not elements[best].good:
        return best, ""
    region = a = best
    for _ in range(WIDEN_LEVELS):
        a = elements[a].parent
        if a < 0 or elements[a].tag in page_tags or elements[a].zone >= 0:
            break
        if elements[a].good >= WIDEN_SHARE * elements[region].good:
            region = a
    if region == best:
        return best, ""
    share = elements[region].good / elements[best].good
    return region, f"widened from {elements[best].label}: {share:.1f}x its paragraph text"


#: _span_flags values: outside the main content, the root of one of its spans, strictly inside
OUT, ROOT, INSIDE = 0, 1, 2


def _span_flags(elements: list[Element], roots: list[int]) -> bytearray:
    """For each element: INSIDE if it is strictly inside the subtree of one of ``roots``,
    else ROOT if it is one of them, else OUT (linear in the number of elements: the subtrees
    of the roots are disjoint or nested, and each element is visited once)."""
    flags = bytearray(len(elements))
    until = -1
    for i in sorted(roots):
        end = elements[i].end
        if end > until:
            lo = max(i + 1, until + 1)
            flags[lo : end + 1] = bytes([INSIDE]) * (end + 1 - lo)
            until = end
    for i in roots:
        if not flags[i]:
            flags[i] = ROOT
    return flags


def _link_boxes(page: Page, flags: bytearray, signals: frozenset[str] = SIGNALS) -> list[int]:
    """For each element, the outermost link-dense box around it inside the main content (a
    container of several blocks with half of its text or more in links: teaser rails, "most
    read" lists, tag clouds), or -1. The main content's own elements are never boxes. With
    signal ``link-list``, a list (see _link_lists) is a box too."""
    elements = page.elements
    boxes = [-1] * len(elements)
    lists = _link_lists(page, flags) if "link-list" in signals else None
    for i, e in enumerate(elements):
        box = boxes[e.parent] if e.parent >= 0 else -1
        if (
            box < 0
            and e.blocks >= BOX_BLOCKS
            and (e.link_len >= LINK_DENSE * e.text_len or (lists is not None and i in lists))
            and flags[i] == INSIDE
        ):
            box = i
        boxes[i] = box
    return boxes


def _link_lists(page: Page, flags: bytearray) -> set[int]:
    """Signal ``link-list``: the ``<ul>``/``<ol>`` elements inside the main content (``flags``
    INSIDE, see _span_flags) with LIST_LINKS or more of their
    text in links whose every item holds a link ("More great stories", "Read next": a list of
    headlines, each a link with a line of its own around it), unless the text before the
    list ends with a colon (the article announcing its own list of sources or addresses)."""
    elements = page.elements
    items: dict[int, list[int]] = {}  # list -> [items, items with a link]
    for i in page.items:
        e = elements[i]
        tally = items.setdefault(e.parent, [0, 0])
        tally[0] += 1
        tally[1] += e.link_len > 0
    found = {
        i
        for i, (n, linked) in items.items()
        if n >= BOX_BLOCKS
        and linked == n
        and flags[i] == INSIDE
        and elements[i].link_len >= LIST_LINKS * elements[i].text_len
    }
    if not found:
        return found
    count = len(page.blocks)
    first = [count] * len(elements)  # the first block inside each element (count: none)
    for n, b in enumerate(page.blocks):
        if b.element >= 0 and first[b.element] == count:
            first[b.element] = n
    for i in range(len(elements) - 1, 0, -1):  # children come after their parent: up the tree
        up = elements[i].parent
        if up >= 0 and first[i] < first[up]:
            first[up] = first[i]
    text, blocks = page.text, page.blocks
    for i in list(found):
        n = first[i]
        if 0 < n < count and text[blocks[n - 1].end - 1] == ":":
            found.discard(i)
    return found


class _Leads(NamedTuple):
    """Where the article's lead can be (signal ``article-lead``, see :func:`_leads`)."""

    best: int
    headers: set[int]
    around: list[int]
    named: bool = False  # signal lead-words: a block named as a lead need not be a <p>
    ancestors: tuple[int, ...] = ()  # all the ancestors of best below <body>
    short: bool = False  # signal short-named-lead: a named lead may be under GOOD_CHARS
    held: bool = False  # signal furniture-holds-main: see _outside_furniture
    items: bool = False  # signal lead-list: see _named_lead
    columns: bool = False  # signal table-columns: see _other_column


def _leads(elements: list[Element], best: int) -> _Leads:
    """The ancestors of the best container ``best`` that hold its article (its
    ``<article>``/``<main>`` ancestors and its LEAD_LEVELS closest ancestors, below
    ``<body>``), and the ``<header>`` elements among their children before it."""
    roles = load_roles()
    page_tags = roles.page_tags
    around: list[int] = []
    i = elements[best].parent
    while i >= 0 and elements[i].tag not in page_tags:
        if elements[i].tag in roles.article_tags or len(around) < LEAD_LEVELS:
            around.append(i)
        i = elements[i].parent
    ancestors = []
    i = elements[best].parent
    while i >= 0 and elements[i].tag not in page_tags:
        ancestors.append(i)
        i = elements[i].parent
    scope = set(around)
    headers = {
        e.zone
        for e in elements[:best]
        if e.zone >= 0
        and e.parent in scope
        and e.end < best
        and elements[e.zone] is e
        and e.tag == "header"
    }
    return _Leads(best, headers, around, False, tuple(ancestors))


def _named_lead(e: Element, elements: list[Element], items: bool = False) -> bool:
    """Signal ``lead-words``: ``e`` or its parent has an id/class word of a lead
    (``lead_words`` in html.toml: ``lead``, ``intro``, ``standfirst``...); with ``items``
    (signal ``lead-list``), for a list item, the list's parent too (the summary bullets of
    ``<div class=post-summary-bullets><ul><li>``).

    >>> from cleantext.html import render
    >>> page = render("<div class=summary-bullets><ul><li>One point.</li></ul></div>")
    >>> [e.tag for e in page.elements]
    ['html', 'body', 'div', 'ul', 'li']
    >>> _named_lead(page.elements[4], page.elements, True)
    True
    >>> _named_lead(page.elements[4], page.elements)
    False
    """
    lead = load_roles().lead
    if lead.search(e.name.lower()) is not None:
        return True
    up = e.parent
    if up >= 0 and lead.search(elements[up].name.lower()) is not None:
        return True
    if not items or e.tag != "li" or up < 0 or elements[up].tag not in load_roles().lists:
        return False
    up = elements[up].parent  # signal lead-list: the list's container names it
    return up >= 0 and lead.search(elements[up].name.lower()) is not None


def _short_lead(
    b: Block, e: Element, elements: list[Element], text: str, items: bool = False
) -> bool:
    """Signal ``short-named-lead``: block ``b`` of element ``e``, under GOOD_CHARS, is named
    as a lead (see _named_lead) and has STANDFIRST_WORDS words or more, ending a sentence: a
    short standfirst (``<p class=lead-text>``, ``<div class=single-excerpt><h2>``). Not an
    ``<h1>``: the headline in a named header (``<h1 class=article-intro__title>``)."""
    block = text[b.start : b.end].rstrip()
    if b.tag == "h1" or not block or block[-1] not in LABEL_ENDS:
        return False
    if len(block.split(None, STANDFIRST_WORDS - 1)) < STANDFIRST_WORDS:
        return False
    return _named_lead(e, elements, items)


def _is_lead(b: Block, e: Element, leads: _Leads, elements: list[Element], text: str = "") -> bool:
    """A paragraph of article-like text (a ``<p>`` of GOOD_CHARS or more, few links) before
    the main content, in the article's header or, outside furniture and figures, in the
    ancestors that hold the article (see _leads): its standfirst, intro or excerpt. A block
    named as a lead (signal ``lead-words``) may be in any ancestor of the main content below
    ``<body>``, and (signal ``short-named-lead``) be shorter (see _short_lead; ``text`` is
    the page's text). (After the main content, such paragraphs are mostly author bios and
    notices: not kept.)"""
    if b.link_density >= 0.3:
        return False
    if b.chars < GOOD_CHARS and not (
        leads.short and leads.named and _short_lead(b, e, elements, text, leads.items)
    ):
        return False
    named = leads.named and _named_lead(e, elements, leads.items)
    if e.tag != "p" and not named:
        return False
    if e.zone in leads.headers:
        return True
    i = b.element
    return (
        i < leads.best
        and e.zone < 0
        and _outside_furniture(e, leads, elements)
        and e.figure < 0
        and any(a < i <= elements[a].end for a in (leads.ancestors if named else leads.around))
        and not (leads.columns and _other_column(i, leads.best, elements))
    )


def _other_column(i: int, best: int, elements: list[Element]) -> bool:
    """Signal ``table-columns``: element ``i`` (before the main content ``best``) lies in a
    ``<td>`` of the row that holds the main content, not in the main content's own cell: a
    column of an old table layout beside the article (a sidebar, a menu), not its lead. A
    walk up from ``i`` to the first ancestor around ``best``: linear in the depth.

    >>> from cleantext.html import render
    >>> page = render("<table><tr><td><p>Side.</p></td><td><p>Body.</p></td></tr>"
    ...               "<tr><td><p>Below.</p></td></tr></table>")
    >>> [(i, e.tag) for i, e in enumerate(page.elements) if e.tag in ("td", "p")]
    [(4, 'td'), (5, 'p'), (6, 'td'), (7, 'p'), (9, 'td'), (10, 'p')]
    >>> [_other_column(i, 6, page.elements) for i in (5, 7, 10)]
    [True, False, False]
    """
    while i >= 0 and not i <= best <= elements[i].end:
        e = elements[i]
        if e.tag == "td" and e.parent >= 0 and e.parent < best <= elements[e.parent].end:
            return True
        i = e.parent
    return False


#: the note of a block dropped as a picture's caption (in a <figure> of the main content)
_CAPTION_NOTE = "caption (in <figure>)"


def _outside_furniture(e: Element, leads: _Leads, elements: list[Element]) -> bool:
    """Element ``e`` is in no element with a furniture id/class word, or (signal
    ``furniture-holds-main``) only in ones that hold the main content too (a page's column
    ``<section class="is-right-rail with-rail-video-ad">`` around the whole article: the
    main content's own blocks are not dropped for it, and its lead is not either).

    >>> from cleantext.html import render
    >>> page = render("<div class=with-ad><p>Lead.</p><div><p>Body.</p></div></div>"
    ...               "<div class=ad><p>Buy.</p></div>")
    >>> [e.tag for e in page.elements]
    ['html', 'body', 'div', 'p', 'div', 'p', 'div', 'p']
    >>> leads = _Leads(4, set(), [2], held=True)
    >>> _outside_furniture(page.elements[3], leads, page.elements)
    True
    >>> _outside_furniture(page.elements[7], leads, page.elements)
    False
    >>> _outside_furniture(page.elements[3], leads._replace(held=False), page.elements)
    False
    """
    f = e.furniture
    return f < 0 or (leads.held and f <= leads.best <= elements[f].end)


def _block_note(
    page: Page,
    b: Block,
    flags: bytearray,
    boxes: list[int],
    main: str,
    leads: _Leads | None,
    signals: frozenset[str],
    k: int = -1,
) -> tuple[str, str] | None:
    """(rule, note) if block ``b`` (the ``k``-th) is to be dropped, else None. ``flags`` place
    each element relative to the main content (see _span_flags); ``main`` is the label of
    the main content's container (named in the notes of the blocks outside it); ``leads``
    says where the article's lead paragraphs can be (see _leads), if that signal is on;
    ``signals`` the signals on."""
    elements = page.elements
    if b.element < 0:
        return OUTSIDE.name, "outside the main content"
    e = elements[b.element]
    if flags[b.element] == OUT:
        if leads and _is_lead(b, e, leads, elements, page.text):
            return None
        return OUTSIDE.name, e.zone_note or f"outside the main content {main}".rstrip()
    # (the main content's own elements are never furniture: INSIDE, not ROOT)
    if e.zone >= 0 and flags[e.zone] == INSIDE:
        return MARKUP.name, e.zone_note
    if e.furniture >= 0 and flags[e.furniture] == INSIDE:
        return MARKUP.name, e.furniture_note
    if b.link_density >= LINK_DENSE and not (
        ("url-lines" in signals and _url_line(page.text, b))
        or ("link-prose" in signals and _link_prose(page.text, b))
        or ("link-paragraph" in signals and _link_paragraph(page, k))
    ):
        return MARKUP.name, f"link density {b.link_density:.2f}"
    if boxes[b.element] >= 0 and not (
        "paragraph-in-link-box" in signals and b.chars >= GOOD_CHARS and b.link_density < 0.3
    ):
        box = elements[boxes[b.element]]
        return MARKUP.name, f"in a link-dense box {box.label} ({box.link_len / box.text_len:.2f})"
    if e.tag == "h1":
        return MARKUP.name, "headline <h1>"
    if e.tag == "figcaption" or (e.figure >= 0 and flags[e.figure] != OUT):
        return MARKUP.name, _CAPTION_NOTE
    return None


#: a web address written out: a scheme or "www." and no space (signal url-lines)
_URL = re.compile(r"(?:https?://|www\.)\S{3,}")


def _url_line(text: str, b: Block) -> bool:
    """Signal ``url-lines``: block ``b`` is one web address written out (a source the article
    cites, ``http://www.example.org/report.pdf``), not the name of a page to go to."""
    return b.chars <= URL_CHARS and _URL.fullmatch(text, b.start, b.end) is not None


def _link_prose(text: str, b: Block) -> bool:
    """Signal ``link-prose``: block ``b``, a ``<p>`` of GOOD_CHARS or more, is prose with a
    long link inside (``<a>The council's budget document</a> runs to 400 pages and lists
    every line of spending.``), not a teaser (``Read more: <a>Bus fares rise</a>``): it has
    PROSE_CHARS or more outside its links and ends a statement (a period, not a headline's
    question mark).

    >>> from cleantext.html import render
    >>> page = render("<p><a href=/r>The budget document of the council, on its site,</a> "
    ...               "runs to 400 pages, a page for each line of spending.</p><p>Read: <a href=/x>"
    ...               "The mayor on why the city needs more buses, and more trams.</a></p>")
    >>> [_link_prose(page.text, b) for b in page.blocks]
    [True, False]
    """
    if b.tag != "p" or b.chars < GOOD_CHARS or b.chars - b.link_chars < PROSE_CHARS:
        return False
    block = text[b.start : b.end].rstrip()
    return block[-1:] in STATEMENT_ENDS


#: a sentence end inside a block: a full stop, "!" or "?" (possibly closed by a quote or a
#: bracket) and a space before the next word's capital letter or digit (signal link-paragraph)
_INNER_END = re.compile(
    r"[.!?][\"')\]\u201d\u2019]? [A-Z0-9\u00c0-\u00de\u0391-\u03a9\u0410-\u042f]"
)


def _link_paragraph(page: Page, k: int) -> bool:
    """Signal ``link-paragraph``: the ``k``-th block of ``page``, a ``<p>`` of LINKED_CHARS or
    more, is prose that a theme wraps in a link (``<a href><p>..</p></a>`` in a card-style
    theme, the paragraphs after an ``<a>`` left open), not a teaser: one line of two sentences
    or more, the last ending a statement (a teaser's excerpt ends in "..." or "[…]", a
    headline is one sentence), and the block before it is no linked title (a teaser card's
    heading and text in one link). One search of the block: linear.

    >>> from cleantext.html import render
    >>> long = "The pier opens in May, the board said. Work on it took two years. " * 4
    >>> page = render(f"<a href=/a><p>{long}</p></a><p><a href=/b>{long[:-2]}...</a></p>"
    ...               f"<p><a href=/c>{long.replace('. ', ', ')}</a></p>"
    ...               f"<a href=/d><h3>Pier opens</h3><p>{long}</p></a>")
    >>> [_link_paragraph(page, k) for k in range(len(page.blocks))]
    [True, False, False, False, False]
    """
    b = page.blocks[k]
    if b.tag != "p" or b.chars < LINKED_CHARS:
        return False
    text = page.text
    block = text[b.start : b.end].rstrip()
    if block[-1:] not in STATEMENT_ENDS or block.endswith("...") or "\n" in block:
        return False
    if k > 0:
        prev = page.blocks[k - 1]
        if prev.chars < LINKED_CHARS and prev.link_density > 0.5:
            return False  # a linked title before it: a teaser card
    return _INNER_END.search(text, b.start, b.end) is not None


def _date_lines(page: Page, verdicts: list[tuple[str, str] | None], dropped: list[bool]) -> None:
    """Signal ``date-lines``: a kept block shorter than DATE_CHARS with half of its characters
    or more inside ``<time>`` elements is a dateline or a byline with a date (``Published
    <time>May 3, 2026</time>``), not article text: dropped. Updates ``verdicts`` and
    ``dropped`` in place."""
    blocks = page.blocks
    for n, timed in page.dates.items():
        b = blocks[n]
        if not dropped[n] and b.chars < DATE_CHARS and 2 * timed >= b.chars:
            verdicts[n] = (MARKUP.name, "date line <time>")
            dropped[n] = True


#: a block this many elements or fewer below a <blockquote> in a <figure> is the quote's
QUOTE_LEVELS = 4
#: the first this many quotes of a page are looked at (each is searched for in the page)
QUOTE_CHECKS = 32
#: the start of a quote searched for elsewhere in the page: this many characters
QUOTE_PROBE = 40
#: opening quotation marks and spaces before a quote's words
_QUOTE_MARKS = "\"'„“”«»‘’‚‹› \n"


def _in_quote(elements: list[Element], i: int) -> bool:
    """Element ``i`` is in a ``<blockquote>`` (at most QUOTE_LEVELS up) inside its
    ``<figure>``."""
    stop = elements[i].figure
    for _ in range(QUOTE_LEVELS + 1):
        if i <= stop:
            return False
        if elements[i].tag == "blockquote":
            return True
        i = elements[i].parent
    return False


def _figure_quotes(
    page: Page,
    verdicts: list[tuple[str, str] | None],
    dropped: list[bool],
    epigraph: bool = False,
) -> None:
    """Signal ``figure-quote``: a block dropped as a caption because it is in a
    ``<figure>``, but in a ``<blockquote>`` there (``<figure><blockquote><p>..</p>
    </blockquote><figcaption>Name, role</figcaption></figure>``, HTML's markup of a quote
    with its source), is a quote of the article and stays, unless its first QUOTE_PROBE
    characters (after quotation marks) are elsewhere in the page too: a pull quote repeats
    a sentence of the article. With ``epigraph`` (signal ``epigraph-quote``, adv21), a quote
    before the article's first paragraph (a kept block of GOOD_CHARS or more) stays though
    it is repeated: an essay's epigraph, which its last lines may quote again; a pull quote
    sits between the paragraphs it repeats. The ``<figcaption>`` still goes. Only the first
    QUOTE_CHECKS quotes are looked at (each search reads the page's text once). Updates
    ``verdicts`` and ``dropped`` in place.

    >>> from cleantext.html import render
    >>> page = render("<article><p>" + "The bridge closed on Monday, the council said. " * 3
    ...     + "</p><figure><blockquote><p>We will open the bridge again in May, whatever"
    ...     " the weather.</p></blockquote><figcaption>Ann Lee, mayor</figcaption></figure>"
    ...     "</article>")
    >>> [page.text[e.start : e.end].strip() for e in select_edits(page)]
    ['Ann Lee, mayor']
    >>> off = SIGNALS - {"figure-quote"}  # the quote goes with its source
    >>> [page.text[e.start : e.end].split()[:2] for e in select_edits(page, None, off)]
    [['We', 'will']]
    """
    elements, blocks, text = page.elements, page.blocks, page.text
    checks = QUOTE_CHECKS
    opening = -1  # (the article's first paragraph: quotes above it are epigraphs)
    if epigraph:
        kept = (n for n, b in enumerate(blocks) if not dropped[n] and b.chars >= GOOD_CHARS)
        opening = next(kept, -1)
    for n, b in enumerate(blocks):
        verdict = verdicts[n]
        if (
            not dropped[n]
            or verdict is None
            or verdict[1] != _CAPTION_NOTE
            or b.tag == "figcaption"
        ):
            continue
        if not _in_quote(elements, b.element):
            continue
        checks -= 1
        if checks < 0:
            return
        probe = text[b.start : b.end].strip(_QUOTE_MARKS)[:QUOTE_PROBE]
        if not probe:
            continue
        if n > opening and (0 <= text.find(probe) < b.start or text.find(probe, b.end) >= 0):
            continue
        verdicts[n] = None
        dropped[n] = False


def _orphan_labels(page: Page, verdicts: list[tuple[str, str] | None], dropped: list[bool]) -> None:
    """Signal ``orphan-label``: a kept block shorter than LABEL_CHARS that does not end a
    sentence, directly before a block dropped as furniture inside the article (link-dense,
    in a link box, a furniture zone or id/class word), is that furniture's label ("Auch
    interessant", "Read more:", "Explore further") and goes with it. Not a table cell, list
    item or heading (data, items, and orphan-heading's part), and not before a caption (the
    figure is content) or a comments container. Updates ``verdicts`` and ``dropped``."""
    roles = load_roles()
    not_labels = roles.items | roles.headings
    blocks, text = page.blocks, page.text
    last = len(blocks) - 1
    for n in [n for n, d in enumerate(dropped) if not d]:  # the kept blocks: few
        b = blocks[n]
        if n == last or b.chars >= LABEL_CHARS or not dropped[n + 1] or b.tag in not_labels:
            continue
        after = verdicts[n + 1]
        if after is None or after[0] != MARKUP.name or after[1].startswith(_NOT_FURNITURE):
            continue
        if text[b.end - 1] in LABEL_ENDS:
            continue
        verdicts[n] = (MARKUP.name, f"label of the dropped block after it ({after[1]})")
        dropped[n] = True


#: the notes of drops that are not furniture a line could be the label of (a figure is
#: content; comments, a headline, a date, a heading, the article's end matter are not what a
#: line before them labels)
_NOT_FURNITURE = (
    "caption",
    "in comments container",
    "headline",
    "date line",
    "heading",
    "end matter",
)


def _orphan_headings(
    blocks: list[Block], verdicts: list[tuple[str, str] | None], dropped: list[bool]
) -> None:
    """Signal ``orphan-heading``: a kept heading (shorter than ORPHAN_CHARS) whose section
    lost all its text (the next kept block is a heading of the same or a higher level, or
    there is none) titled page furniture ("Related articles", "Share this"): dropped too.
    One pass from the end; updates ``verdicts`` and ``dropped`` in place."""
    levels = load_roles().levels
    after = 0  # level of the next kept block if it is a heading, 7 for text, 0 for none
    for n in range(len(blocks) - 1, -1, -1):
        if dropped[n]:
            continue
        b = blocks[n]
        level = levels.get(b.tag, 7)
        if level < 7 and after <= level and b.chars < ORPHAN_CHARS:
            verdicts[n] = (MARKUP.name, f"heading <{b.tag}> without text after it")
            dropped[n] = True
            continue
        after = level


def _headline_header(page: Page, flags: bytearray, start: int, tag: str = "h1") -> int:
    """The ``<header>`` zone that holds the article's headline (signal ``header-standfirst``):
    the last one with an ``<h1>`` (``tag``) in it that ends before the main content (whose
    first element is ``start``), or one inside the main content; -1 if none."""
    elements = page.elements
    found = -1
    for b in page.blocks:
        if b.tag != tag or b.element < 0:
            continue
        z = elements[b.element].zone
        if z < 0 or elements[z].tag != "header":
            continue
        if flags[z] == INSIDE:
            return z
        if elements[z].end < start:
            found = z
    return found


def _sentence_like(text: str) -> bool:
    """Text of STANDFIRST_CHARS or more in STANDFIRST_WORDS words or more (a sentence or a
    subtitle, not a date, a byline or a label)."""
    return len(text) >= STANDFIRST_CHARS and len(text.split()) >= STANDFIRST_WORDS


def _header_standfirst(
    page: Page,
    flags: bytearray,
    start: int,
    verdicts: list[tuple[str, str] | None],
    dropped: list[bool],
    h2: bool = False,
    named: bool = False,
) -> None:
    """Signal ``header-standfirst``: in the ``<header>`` that holds the article's ``<h1>``
    (see _headline_header), the sentence-like blocks after the headline with few links (the
    standfirst, dek or subtitle: ``<p class=a-lead>``, ``<h2 class=subtitle>``,
    ``<div class=intro>``), dropped only for being in that header, stay. Not in a figure, a
    nested zone (a breadcrumb ``<nav>``) or an element with furniture id/class words (a
    byline). With ``named`` (signal ``named-dek``), the first block after the headline stays
    too when it is shorter, if it is named as a dek (see _named_dek). Updates ``verdicts``
    and ``dropped`` in place."""
    headline = "h1"
    z = _headline_header(page, flags, start)
    if z < 0 and h2:  # signal h2-headline: no header holds an <h1>
        headline = "h2"
        z = _headline_header(page, flags, start, headline)
    if z < 0:
        return
    elements, blocks, text = page.elements, page.blocks, page.text
    header = elements[z]
    seen = False  # the headline is behind
    first = False  # the block is the first one after the headline
    for n, b in enumerate(blocks):
        if not z <= b.element <= header.end:
            if seen:
                break
            continue
        e = elements[b.element]
        if b.tag == headline:
            seen = first = True
            continue
        verdict = verdicts[n]
        if (
            seen
            and dropped[n]
            and verdict is not None
            and verdict[1] == header.zone_note
            and e.zone == z
            and e.figure < 0
            and e.furniture < 0
            and b.link_density < 0.3
            and (
                _sentence_like(text[b.start : b.end])
                or (first and named and _named_dek(text[b.start : b.end], e, elements))
            )
        ):
            verdicts[n] = None
            dropped[n] = False
        first = False


#: the blocks after the headline that can be its lead or deck (signal headline-deck)
DECK_BLOCKS = 2


def _hgroup(elements: list[Element], i: int) -> int:
    """The ``<hgroup>`` that is element ``i``'s parent or grandparent, or -1."""
    for _ in range(2):
        i = elements[i].parent
        if i < 0:
            return -1
        if elements[i].tag == "hgroup":
            return i
    return -1


def _headline(page: Page, start: int, hgroup: bool) -> tuple[int, int]:
    """(block index, ``<hgroup>`` around it or -1) of the article's headline: the last
    ``<h1>`` before the main content (whose first element is ``start``); with ``hgroup``
    (signal ``hgroup-headline``), the first heading of an ``<hgroup>`` counts too (a theme
    that sets the headline as an ``<h2>`` in its heading group); (-1, -1) if none."""
    subheadings = load_roles().subheadings
    blocks, elements = page.blocks, page.elements
    h, group = -1, -1
    for n, b in enumerate(blocks):
        if b.element >= start:
            break
        if b.tag == "h1" or (hgroup and b.tag in subheadings):
            g = _hgroup(elements, b.element) if hgroup and b.element >= 0 else -1
            if b.tag == "h1" or (g >= 0 and g != group):
                h, group = n, g
    return h, group


def _headline_lead(
    page: Page,
    start: int,
    verdicts: list[tuple[str, str] | None],
    dropped: list[bool],
    deck: bool = False,
    hgroup: bool = False,
) -> None:
    """Signal ``headline-lead``: the block right after the article's ``<h1>`` (the last one
    before the main content, whose first element is ``start``), dropped as outside the main
    content, not in a zone, furniture or figure, a paragraph-like element (not a list item
    or a table cell), with few links, of STANDFIRST_WORDS words or more and ending a
    sentence, is the article's lead or dek set apart from the body (``<h1>`` and lead in one
    container, the body in a sibling one): it stays. A byline, a date, a label or a kicker
    ends no sentence. With ``deck`` (signal ``headline-deck``), the DECK_BLOCKS blocks after
    the headline are looked at, one after the other, until one that is not a lead (a block
    kept already is passed over), and a subheading (``<h2>``-``<h6>``) or a block of the
    headline's ``<hgroup>`` need not end a sentence: a heading right under the headline is
    its subtitle or deck; past the first block, only such a subtitle is (a paragraph there
    is a picture's caption as often as a lead); a block that holds the headline's text is
    the headline again (a kicker before it), not a deck. With ``hgroup`` (signal
    ``hgroup-headline``), the headline can be the first heading of an ``<hgroup>`` (see
    _headline). Updates ``verdicts`` and ``dropped`` in place."""
    blocks = page.blocks
    h, group = _headline(page, start, hgroup)
    if h < 0:
        return
    for n in range(h + 1, min(h + 1 + (DECK_BLOCKS if deck else 1), len(blocks))):
        if not dropped[n]:
            if deck:
                continue
            return
        if not _is_headline_lead(page, n, start, verdicts, deck, group, n == h + 1):
            return
        if deck and _repeats(page, h, n):
            return
        verdicts[n] = None
        dropped[n] = False


def _repeats(page: Page, h: int, n: int) -> bool:
    """Block ``n`` holds the text of the headline, block ``h``: the headline again, with a
    kicker before it (``Angebliche "Dekolonisierung": Warum Putin ...``), not its deck."""
    blocks, text = page.blocks, page.text
    headline = " ".join(text[blocks[h].start : blocks[h].end].split())
    return bool(headline) and headline in " ".join(text[blocks[n].start : blocks[n].end].split())


def _is_headline_lead(
    page: Page,
    n: int,
    start: int,
    verdicts: list[tuple[str, str] | None],
    deck: bool,
    group: int,
    first: bool,
) -> bool:
    """Block ``n``, after the headline, is its lead or deck (see _headline_lead); ``first``:
    it is the block right after the headline."""
    roles = load_roles()
    b = page.blocks[n]
    verdict = verdicts[n]
    if verdict is None or verdict[0] != OUTSIDE.name or b.element < 0 or b.element >= start:
        return False
    e = page.elements[b.element]
    if e.zone >= 0 or e.furniture >= 0 or e.figure >= 0 or b.tag not in roles.lead_tags:
        return False
    block = page.text[b.start : b.end].rstrip()
    if b.link_density >= 0.3 or not block:
        return False
    subtitle = deck and (
        b.tag in roles.subheadings or (group >= 0 and group < b.element <= page.elements[group].end)
    )
    if not subtitle and (block[-1] not in LABEL_ENDS or not first):
        return False
    return len(block.split(None, STANDFIRST_WORDS - 1)) >= STANDFIRST_WORDS


def _named_dek(text: str, e: Element, elements: list[Element]) -> bool:
    """Signal ``named-dek``: ``text``, the block of element ``e``, has STANDFIRST_WORDS words
    or more and ``e`` or its parent has an id/class word of a lead or a dek (``lead_words``
    and ``dek_words`` in html.toml: ``article-subtitle``, ``hero__excerpt``, ``subhead``)."""
    if len(text.split(None, STANDFIRST_WORDS - 1)) < STANDFIRST_WORDS:
        return False
    dek = load_roles().dek
    return dek.search(e.name.lower()) is not None or (
        e.parent >= 0 and dek.search(elements[e.parent].name.lower()) is not None
    )


def _image_captions(
    page: Page, flags: bytearray, verdicts: list[tuple[str, str] | None], dropped: list[bool]
) -> None:
    """Signal ``image-caption``: a kept block inside the main content whose element sits in
    a wrapper that holds an ``<img>`` of its own and less than CAPTION_CHARS of text is the
    image's caption or credit (``<div class=pic><img><p>Photo: AP</p></div>``: a figure
    without ``<figure>``): dropped. Not a list item or a table cell (a product list with
    pictures), and not text beside an ``<img>`` in the same element (a paragraph with an
    inline picture). Updates ``verdicts`` and ``dropped`` in place."""
    item_tags = load_roles().items
    elements = page.elements
    holders = {
        i for i in page.images if flags[i] == INSIDE and elements[i].text_len < CAPTION_CHARS
    }
    if not holders:
        return
    for n, b in enumerate(page.blocks):
        if dropped[n] or b.element < 0:
            continue
        e = elements[b.element]
        if e.parent in holders and e.tag not in item_tags:
            verdicts[n] = (MARKUP.name, "caption (beside an <img>)")
            dropped[n] = True


def _card_groups(page: Page, flags: bytearray, keep: list[int]) -> list[list[int]]:
    """The groups of teaser cards inside the main content (signal ``teaser-cards``): under one
    parent, CARD_MIN or more siblings with the same tag and id/class, each holding a picture
    inside a link (a thumbnail) and less than CARD_CHARS of text, that together hold less
    than CARD_SHARE of the main content's text (see _teaser_cards)."""
    table_tags = load_roles().table
    elements = page.elements
    pics = bytearray(len(elements))
    holders: list[int] = []  # the elements with a thumbnail inside (each once)
    for i in page.thumbs:
        while i >= 0 and not pics[i]:  # up the tree until a marked one: linear in all
            pics[i] = 1
            holders.append(i)
            i = elements[i].parent
    groups: dict[tuple[int, str, str], list[int]] = {}
    for i in sorted(holders):
        e = elements[i]
        if flags[i] == INSIDE and 0 < e.text_len < CARD_CHARS and e.tag not in table_tags:
            groups.setdefault((e.parent, e.tag, e.name), []).append(i)
    main = sum(elements[i].text_len for i in keep if flags[i] == ROOT)
    return [
        cards
        for cards in groups.values()
        if len(cards) >= CARD_MIN and sum(elements[i].text_len for i in cards) < CARD_SHARE * main
    ]


def _teaser_cards(
    page: Page,
    flags: bytearray,
    keep: list[int],
    verdicts: list[tuple[str, str] | None],
    dropped: list[bool],
) -> None:
    """Signal ``teaser-cards``: inside the main content, a run of sibling boxes of one kind
    (same tag and id/class), each with a linked picture and a line or two of text ("most
    read" rails, related-story cards, a slider of other articles), is a list of teasers: its
    blocks go. Updates ``verdicts`` and ``dropped`` in place."""
    elements = page.elements
    card = [-1] * len(elements)
    for c in sorted(c for cards in _card_groups(page, flags, keep) for c in cards):
        if card[c] < 0:  # (not inside a card marked already: each element marked once)
            end = elements[c].end
            card[c : end + 1] = [c] * (end + 1 - c)
    if max(card, default=-1) < 0:
        return
    for n, b in enumerate(page.blocks):
        if dropped[n] or b.element < 0 or card[b.element] < 0:
            continue
        verdicts[n] = (MARKUP.name, f"in a teaser card {elements[card[b.element]].label}")
        dropped[n] = True


def select_edits(
    page: Page, enabled: frozenset[str] | None = None, signals: frozenset[str] = SIGNALS
) -> list[Edit]:
    """Edits that remove every block of ``page`` but the main content.

    One edit per run of consecutive blocks dropped for the same reason (a menu of twenty
    links ``in <nav>`` is one edit); its ``note`` names the signal. ``enabled`` limits the rules
    (default: both :data:`OUTSIDE` and :data:`MARKUP`); ``signals`` the optional signals
    (default: all of :data:`SIGNALS`).
    """
    if enabled is None:
        enabled = frozenset({OUTSIDE.name, MARKUP.name})
    keep, grown = _main(page, signals)
    main = page.elements[keep[0]].label if keep else ""
    if grown:  # the signal that chose the container is named in the notes
        main += f" ({grown})"
    if not keep and page.elements:  # no paragraph anywhere: judge blocks by markup alone
        keep = [0]
    flags = _span_flags(page.elements, keep)
    boxes = _link_boxes(page, flags, signals)
    leads = _leads(page.elements, keep[0]) if keep and "article-lead" in signals else None
    if leads and "lead-words" in signals:
        leads = leads._replace(named=True, short="short-named-lead" in signals)
    if leads and "furniture-holds-main" in signals:
        leads = leads._replace(held=True)
    if leads and "lead-list" in signals:
        leads = leads._replace(items=True)
    if leads and "table-columns" in signals:
        leads = leads._replace(columns=True)
    verdicts = [
        _block_note(page, b, flags, boxes, main, leads, signals, k)
        for k, b in enumerate(page.blocks)
    ]
    dropped = [v is not None and v[0] in enabled for v in verdicts]
    if "figure-quote" in signals and page.quotes:
        _figure_quotes(page, verdicts, dropped, "epigraph-quote" in signals)
    if "header-standfirst" in signals and keep:
        h2, named = "h2-headline" in signals, "named-dek" in signals
        _header_standfirst(page, flags, min(keep), verdicts, dropped, h2, named)
    if "headline-lead" in signals and keep:
        deck, hgroup = "headline-deck" in signals, "hgroup-headline" in signals
        _headline_lead(page, min(keep), verdicts, dropped, deck, hgroup)
    if "date-lines" in signals and page.dates and MARKUP.name in enabled:
        _date_lines(page, verdicts, dropped)
    if "teaser-cards" in signals and page.thumbs and MARKUP.name in enabled:
        _teaser_cards(page, flags, keep, verdicts, dropped)
    if "image-caption" in signals and page.images and MARKUP.name in enabled:
        _image_captions(page, flags, verdicts, dropped)
    if "date-text-lines" in signals and MARKUP.name in enabled:
        drop_date_text(page, verdicts, dropped, MARKUP.name, GOOD_CHARS, DATE_CHARS)
    if "end-matter" in signals and MARKUP.name in enabled:
        credits, promos = "end-credits" in signals, "end-promo" in signals
        front, prompts = "front-matter" in signals, "reader-prompts" in signals
        headings = "headline-deck" in signals
        drop_end_matter(
            page, verdicts, dropped, MARKUP.name, credits, promos, front, prompts, headings
        )
    if "signup-boxes" in signals and MARKUP.name in enabled:
        drop_signup_boxes(page, verdicts, dropped, MARKUP.name)
    if "orphan-label" in signals and MARKUP.name in enabled:
        _orphan_labels(page, verdicts, dropped)
    if "orphan-heading" in signals and MARKUP.name in enabled:
        _orphan_headings(page.blocks, verdicts, dropped)
    kept = [n for n, d in enumerate(dropped) if not d]
    last_kept = kept[-1] if kept else -1
    edits: list[Edit] = []
    text, blocks = page.text, page.blocks
    n, count = 0, len(blocks)
    while n < count:
        verdict = verdicts[n]
        if verdict is None or not dropped[n]:
            n += 1
            continue
        last = n  # the run of blocks after it dropped for the same reason: one edit
        while last + 1 < count and dropped[last + 1] and verdicts[last + 1] == verdict:
            last += 1
        # a block takes the separator after it; after the last kept block, the one before it
        if n > last_kept:
            start, end = (blocks[n - 1].end if n else blocks[n].start), blocks[last].end
        else:
            start, end = blocks[n].start, blocks[last + 1].start
        # spans in the rendered text, which is the document's source: mapped already
        edits.append(
            Edit(verdict[0], start, end, text[start:end], "", "boilerplate", start, end, verdict[1])
        )
        n = last + 1
    return edits


def steps_after_extraction(text: str) -> tuple[str, ...]:
    """The steps to run on ``text``, the blocks the ``extract`` preset kept (one blank line
    apart): :data:`STEPS_AFTER_REPEATS` if a block of REPEAT_CHARS characters or more occurs
    twice, else :data:`STEPS_AFTER_EXTRACTION` (linear: one set of the blocks).

    >>> steps_after_extraction("A paragraph of the article, long enough.\\n\\nAnother one.")
    ('normalize', 'boilerplate', 'tidy')
    >>> "dedup-blocks" in steps_after_extraction("The same long paragraph, twice.\\n\\n" * 2)
    True
    """
    seen: set[str] = set()
    for block in text.split("\n\n"):
        block = block.strip()
        if len(block) >= REPEAT_CHARS:
            if block in seen:
                return STEPS_AFTER_REPEATS
            seen.add(block)
    return STEPS_AFTER_EXTRACTION
