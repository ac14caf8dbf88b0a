"""Issue 14, recall at the article's start: the paragraph right under the page title's
headline stays with the article when a box that is no prose (facts, a table, a recipe's
ingredients, a share bar and a "More on this" list) separates it from the rest; near misses:
a page whose title is not repeated above the paragraph, a line under the headline that is no
paragraph, or a box longer than a box, and nothing is kept. A byline or date line, or a
picture's caption that ends in its credit, may come between the headline and the lead (two
such lines at most); a line that ends in no credit may not."""

from __future__ import annotations

import dataclasses

import cleantext
from _pages import FOOTER, MENU, STORY
from cleantext.boilerplate.extract import WEIGHTS, find_main_content
from cleantext.edits import apply_edits

TITLE = "Old bridge to close after a century - Example News"
HEADLINE = "Old bridge to close after a century"
LEAD = (
    "The town will lose its oldest crossing this spring, and the council says that a ferry "
    "will take its place until a new bridge is built."
)
BOX = ("Facts", "Built: 1901", "Length: 120 m", "Share", "Print", "More on this",
       "Ferry times for the summer", "New bus lines in the valley")  # fmt: skip


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n".join(line for block in blocks for line in block) + "\n"


def test_the_lead_under_the_headline_stays_and_the_box_goes() -> None:
    text = _page((TITLE,), MENU, (HEADLINE, LEAD), BOX, STORY, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert LEAD in out and STORY[0] in out
    assert "Built: 1901" not in out and "Ferry times for the summer" not in out
    heads = [e for e in find_main_content(text) if e.rule == "extract-head"]
    assert heads and "the lead at line" in heads[0].note


def test_without_the_headline_the_lead_goes_as_before() -> None:
    # (the intro rule, ``test_extract_intro.py``, keeps it for the words it shares with the
    # story: off here, the lead rule alone is asked)
    text = _page(("Example News",), MENU, ("Old bridge",), (LEAD,), BOX, STORY, FOOTER)
    weights = dataclasses.replace(WEIGHTS, intro=False)
    assert LEAD not in apply_edits(text, find_main_content(text, weights=weights))


def test_a_caption_under_the_headline_is_no_lead() -> None:
    caption = "The old bridge seen from the market"
    text = _page((TITLE,), MENU, (HEADLINE, caption), BOX, STORY, FOOTER)
    assert caption not in cleantext.clean(text, preset="extract")


def test_a_paragraph_far_above_the_article_is_no_lead() -> None:
    # (the intro rule keeps it for the words it shares with the story: off here)
    long_box = tuple(f"Ferry timetable line {i}" for i in range(45))
    text = _page((TITLE,), MENU, (HEADLINE, LEAD), long_box, STORY, FOOTER)
    weights = dataclasses.replace(WEIGHTS, intro=False)
    assert LEAD not in apply_edits(text, find_main_content(text, weights=weights))


def test_the_lead_rule_can_be_switched_off() -> None:
    # (with the intro and deck rules off too: the lead shares the story's words, and it is
    # a sentence under the headline within a few lines of the story)
    text = _page((TITLE,), MENU, (HEADLINE, LEAD), BOX, STORY, FOOTER)
    weights = dataclasses.replace(WEIGHTS, lead=False, intro=False, deck=False)
    assert LEAD not in apply_edits(text, find_main_content(text, weights=weights))
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["lead", "intro", "deck"]}}
    )
    assert LEAD not in cleantext.Cleaner(config).clean(text)


def test_a_picture_caption_between_the_headline_and_the_lead_is_passed_over() -> None:
    # the picture under the headline: its caption ends in the photo's credit
    caption = "The bridge in the morning fog, seen from the market. Photo: Jane Doe"
    text = _page((TITLE,), MENU, (HEADLINE, caption, LEAD), BOX, STORY, FOOTER)
    weights = dataclasses.replace(WEIGHTS, intro=False)  # (the lead rule alone)
    out = apply_edits(text, find_main_content(text, weights=weights))
    assert LEAD in out and caption not in out and "Built: 1901" not in out


def test_a_caption_without_a_credit_still_stops_the_lead() -> None:
    # a line that ends in no credit may be a teaser's title: the paragraph under it is no lead
    caption = "The bridge in the morning fog, seen from the market"
    text = _page((TITLE,), MENU, (HEADLINE, caption, LEAD), BOX, STORY, FOOTER)
    weights = dataclasses.replace(WEIGHTS, intro=False)
    assert LEAD not in apply_edits(text, find_main_content(text, weights=weights))


POINTS = (
    "Hundreds of homes along the coast were flooded overnight after the storm broke the walls.",
    "Three rivers burst their banks in the hills, and the water reached the main square early.",
    "The coastguard rescued eleven people from cars that were trapped on the coast road.",
    "The schools in the district will stay closed until Monday, the council said on Thursday.",
)
BODY = (
    "The storm arrived earlier than the forecasters had expected, and the wind was already "
    "strong enough to tear the roofs off sheds by the late afternoon on Wednesday.",
    "Residents of the lower town said the water came up through the drains first, and then "
    "over the quay, faster than anyone who had lived there for decades could remember.",
    "The fire brigade pumped water out of the old people's home through the night, and the "
    "staff moved the residents to the upper floors before the power went out.",
    "The council has opened the sports hall as a shelter, and volunteers brought blankets, "
    "food and dry clothes for the families who had to leave their houses.",
    "Engineers will inspect the harbour walls once the tide has gone down, and the mayor said "
    "that the repairs would start as soon as it was safe to work on them.",
)
VIDEO = ("Watch: the harbour at high tide", "Video", "02:14", "Advertisement",
         "Sign up for our morning briefing", "Email address", "Subscribe")  # fmt: skip


def _points_page(points: tuple[str, ...]) -> str:
    return _page(
        ("Storm floods the coast - Example News",), MENU,
        ("Storm floods the coast", "By Maria Lopez, 14 March 2024"), points, VIDEO, BODY, FOOTER,
    )  # fmt: skip


def test_four_key_points_under_the_headline_stay() -> None:
    """Key points, one sentence each and of about one length, are parallel in shape: more of
    them than ``MAX_LINES`` stay with the lead (the fourth went with the head)."""
    weights = dataclasses.replace(WEIGHTS, intro=False)  # (the lead rule alone)
    text = _points_page(POINTS)
    out = apply_edits(text, find_main_content(text, weights=weights))
    assert all(p in out for p in POINTS) and all(b in out for b in BODY)
    assert "Sign up for our morning briefing" not in out


def test_paragraphs_of_another_shape_keep_the_cap() -> None:
    """A fourth paragraph of two sentences (or one twice as long as the others) is no key
    point: the lead keeps three, as before."""
    fourth = "The schools will stay closed. The council said so on Thursday morning."
    # (the box's newsletter lines are a pitch the story goes on after, scored as blank lines:
    # ``pitch.py``; off here, so that the box parts the lead from the body as it is meant to)
    weights = dataclasses.replace(WEIGHTS, intro=False, pitch_boxes=False)
    text = _points_page((*POINTS[:3], fourth))
    out = apply_edits(text, find_main_content(text, weights=weights))
    assert all(p in out for p in POINTS[:3]) and fourth not in out
