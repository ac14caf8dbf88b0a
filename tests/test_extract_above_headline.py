"""Issue 14, pattern 1 (a short article joined by a bigger block): a site description right
above a short article's headline joined the run of prose chosen; the article starts after the
page title's headline when the headline lies inside the run (``above_headline.py``, off with
``extract_off = ["headline"]``). Near misses: a text that is its title and paragraphs twice
over, and a text whose first line is a sentence (no page title), are left alone. The pages
are written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from _pages import SHORT_STORY as STORY
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

TITLE = "Bridge to close after a century - Example News"
HEADLINE = "Bridge to close after a century"
BLURB = (
    "Example News is the leading source of local news, sport and weather for the towns and "
    "villages of the valley, read by more than fifty thousand people every month in print "
    "and online, and it has been owned by the same family since it was founded in 1898."
)


def _page() -> str:
    return lines_page((TITLE,), MENU, ("About us", BLURB, HEADLINE), STORY, FOOTER)


def test_a_site_description_above_the_headline_is_not_the_article() -> None:
    text = _page()
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in STORY) and BLURB not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert f"the page title's headline {HEADLINE!r} at line 9 is inside the best run" in head.note


def test_a_text_that_comes_twice_is_left_alone() -> None:
    # its title, three paragraphs, the title again and the paragraphs again
    story = (BLURB, *STORY)
    text = lines_page((HEADLINE,), story, (HEADLINE,), story)
    assert extract_with(text).count(STORY[0]) == 2  # (the extract step alone: no dedup)


def test_a_first_line_that_is_a_sentence_is_no_page_title() -> None:
    first = "The bridge will close after a century."
    text = lines_page((first,), MENU, (BLURB, first), STORY, FOOTER)
    assert BLURB in cleantext.clean(text, preset="extract")


def test_the_rule_goes_with_the_page_title_mechanism() -> None:
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["headline"]}})
    assert BLURB in Cleaner(config).clean(_page())
