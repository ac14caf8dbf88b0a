"""Issue 14, recall at the article's start: the intro paragraph before a box (a share bar, a
fact box, a table of contents) stays with the article when most of its content words come
again in the article's first paragraphs; near misses: a paragraph about something else (a
site's description, another story's teaser), the headline itself, a caption under a photo
credit, and nothing is kept."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with, lines_page
from cleantext.boilerplate.extract import find_main_content

TITLE = ("Example News | Local",)
INTRO = (
    "The old bridge over the river is too weak for the buses, and the council will close it "
    "this spring: a ferry will take the residents across until a new bridge is built.",
)
BOX = ("Share", "Print", "Contents", "The vote", "The detour", "The ferry", "By Ann Lee")


def test_an_intro_that_shares_the_story_words_stays() -> None:
    text = lines_page(TITLE, MENU, INTRO, BOX, STORY, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert INTRO[0] in out and STORY[0] in out
    assert "The detour" not in out and "Contents" not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "the intro at line 7 is kept" in head.note and "bridg" in head.note


def test_a_paragraph_about_something_else_goes() -> None:
    about = (
        "Example News has told the stories of this valley since 1921, with reporters in every "
        "town and a weekly magazine of photographs, recipes and walks for our readers.",
    )
    text = lines_page(TITLE, MENU, about, BOX, STORY, FOOTER)
    assert about[0] not in cleantext.clean(text, preset="extract")


def test_the_headline_is_no_intro() -> None:
    headline = (
        "Council to close the old bridge over the river this spring, as the buses are too "
        "heavy for it",
    )
    text = lines_page((headline[0] + " - Example News",), MENU, headline, BOX, STORY, FOOTER)
    assert headline[0] not in cleantext.clean(text, preset="extract")


def test_a_caption_under_a_photo_credit_is_no_intro() -> None:
    credit = ("Photo: Ann Lee",)
    text = lines_page(TITLE, MENU, credit, INTRO, BOX, STORY, FOOTER)
    assert INTRO[0] not in cleantext.clean(text, preset="extract")


def test_the_intro_rule_can_be_switched_off() -> None:
    text = lines_page(TITLE, MENU, INTRO, BOX, STORY, FOOTER)
    assert INTRO[0] not in extract_with(text, intro=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["intro"]}}
    )
    assert INTRO[0] not in cleantext.Cleaner(config).clean(text)
