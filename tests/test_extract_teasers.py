"""Issue 14, pattern 1: a story's teaser in a drop-down menu (one long excerpt among menu
items) is worth an article's first run but not the article when the real article after it
is much longer; near miss: a one-paragraph article before a run of prose that is not four
times as long keeps its place (an article comes before its comments and teasers)."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with
from _pages import blocks_page as _page
from cleantext.boilerplate.extract import find_main_content

_EXCERPT = (
    "Naked dresses are perhaps the most daring of all red carpet looks, and while they are "
    "not always the most comfortable thing to wear, the stars who choose them are never "
    "forgotten, and the pictures of them go around the world within the hour, from the "
    "first arrivals on the carpet to the last guests who leave the party in the early "
    "morning, as the photographers wait outside for one more picture of the night, and the "
    "fashion editors write about them for the rest of the week."
)
TEASER = f"{_EXCERPT} {_EXCERPT}"  # one long line: a teaser with its whole excerpt
SECTIONS = ("Beauty", "Hair", "Skincare", "Makeup", "Fitness", "Celebrity", "Fashion", "Music",
            "Movies", "See all Beauty", "Subscribe")  # fmt: skip
ARTICLE = tuple(f"{line} {line}" for line in STORY) * 3


def test_a_teaser_in_the_menu_does_not_win_over_a_long_article() -> None:
    text = _page(MENU, ("See all Celebrity", "The Most Daring Dresses"), (TEASER,), SECTIONS,
                 ARTICLE, FOOTER)  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert ARTICLE[0] in out and ARTICLE[-1] in out
    assert "red carpet" not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "is a single paragraph worth less than 25% of the best run" in head.note


def test_the_lone_teaser_rule_can_be_switched_off() -> None:
    text = _page(MENU, (TEASER,), SECTIONS, ARTICLE)
    # (with ``resumed`` on, the article after the sections' menu would join the teaser)
    out = extract_with(text, lone_ratio=0.0, resumed=False)
    assert "red carpet" in out and ARTICLE[-1] not in out


def test_a_short_article_before_a_longer_run_keeps_its_place() -> None:
    # near miss: the one-paragraph article is worth more than a quarter of the run after it
    text = _page(MENU, (TEASER,), SECTIONS, STORY, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert "red carpet" in out and STORY[0] not in out
