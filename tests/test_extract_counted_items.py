"""A roundup whose items are short paragraphs, each under its heading with a read-more line
under it, the page title or headline counting them ("Five walks ...": five buttons)
(``teasers.counted_items``, switch ``counted-items``): the items are the article, not only
the intro and the first item. Near misses: a headline that names another count; a short post
followed by a blog's other posts, each with its button, under a headline with no count."""

from __future__ import annotations

import cleantext
from _pages import tail_edit
from cleantext.config import Config

SITE = "Dalesway Outdoors"
MENU = ["Home", "Walks", "Gear", "Newsletter"]
FOOTER = ["Newsletter", "Sign up for our weekly walks", "© 2026 Dalesway Outdoors", "Privacy"]
HEADLINE = "Five walks for a frosty morning in the Calder Hills"
BYLINE = "By Rowan Tiller | 12 January 2026"
INTRO = (
    "Winter is the best time to walk the Calder Hills: the paths are quiet, the air is clear "
    "and the views stretch to the coast. Each of these walks starts from a car park."
)
ITEMS = [
    (
        "Hobb's Edge circuit",
        "A gentle loop along the ridge above Marnford, with a tea room at "
        "the halfway point and views over three valleys on a clear day.",
    ),
    (
        "The Falls at Greyburn",
        "A short walk up a wooded gorge to a waterfall that freezes into "
        "blue columns after a cold week in January.",
    ),
    (
        "Castle Knoll and back",
        "A steep climb to the ruins of a border castle, then a long easy "
        "descent through the sheep fields to the village.",
    ),
    (
        "Lantern Reservoir",
        "A flat path around the reservoir that is good for children and dogs, "
        "with benches and a bird hide on the north shore.",
    ),
    (
        "The Old Drove Road",
        "The longest of the walks, following a cattle road across the moor "
        "to a pub that keeps a fire going all winter.",
    ),
]


def _page(headline: str = HEADLINE, intro: str = INTRO) -> str:
    items = [line for head, body in ITEMS for line in (head, body, "Read more")]
    lines = [f"{headline} | {SITE}", *MENU, headline, BYLINE, intro, *items, *FOOTER]
    return "\n".join(lines) + "\n"


def test_the_items_the_headline_counts_stay() -> None:
    out = cleantext.clean(_page(), preset="extract")
    assert INTRO in out and all(body in out for _, body in ITEMS)
    assert ITEMS[-1][0] in out and "Read more" not in out and "Sign up" not in out


def test_the_explanation_names_the_rule() -> None:
    assert "(counted-items)" in tail_edit(_page()).note


def test_a_headline_naming_another_count_keeps_the_old_cut() -> None:
    page = _page("Three walks for a frosty morning in the Calder Hills")
    assert ITEMS[-1][1] not in cleantext.clean(page, preset="extract")


def test_a_short_post_before_a_blogs_other_posts_keeps_the_old_cut() -> None:
    page = _page("A frosty morning in the Calder Hills")
    out = cleantext.clean(page, preset="extract")
    assert INTRO in out and ITEMS[-1][1] not in out


def test_the_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["counted-items"]}})
    out = cleantext.Cleaner(off).clean(_page())
    assert INTRO in out and ITEMS[-1][1] not in out
