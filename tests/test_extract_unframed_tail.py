"""``unframed-tail``: a text given with no frame has no tail to cut.

``extract``'s output has no menu above it and no footer under it. Run again, the lines after
its best run (the second half of a meal plan's list, under the output's own threshold) went as
the tail. Now a text as given whose main content starts at its first line, with no UI string,
menu word, comment heading or box heading after the content, keeps them. Near misses: the same
text with a footer after the list, or with a title line above the story, still loses the list
(a page: its head and its footer are there). The texts are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import FOOTER, STORY, blocks_page, extract_with

MEALS = (
    "Meal 1",
    "Eat every 2–3 hours",
    "1 scoop Shakeology, 1 cup spinach, 1 cup strawberries",
    "Portion Fix Containers: 1 Green, 1 Purple, 1 Red",
    "Meal 2",
    "Eat every 2–3 hours",
    "4 oz. chicken, 1 cup rice, 1 tsp. olive oil",
    "Portion Fix Containers: 2 Green, 1 Red, 1 Yellow",
    "Meal 3",
    "Eat every 2–3 hours",
    "1 cup lettuce, 1 cup tomatoes, 2 Tbsp. dressing",
    "Portion Fix Containers: 2 Green, 1 Orange",
)


def test_a_list_after_the_story_of_a_text_with_no_frame_stays() -> None:
    text = blocks_page(STORY, MEALS)
    out = cleantext.clean(text, preset="extract")
    assert out == text
    assert MEALS[-1] not in extract_with(text, unframed_tail=False)


def test_near_miss_a_footer_after_the_list_frames_it() -> None:
    out = cleantext.clean(blocks_page(STORY, MEALS, FOOTER), preset="extract")
    assert STORY[-1] in out and MEALS[0] not in out and FOOTER[0] not in out


def test_near_miss_a_title_line_above_the_story_frames_it() -> None:
    out = cleantext.clean(blocks_page(("Bridge news",), STORY, MEALS), preset="extract")
    assert STORY[0] in out and MEALS[0] not in out


def test_the_switch_cuts_the_tail_again() -> None:
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["unframed-tail"]}}
    )
    out = cleantext.Cleaner(config).clean(blocks_page(STORY, MEALS))
    assert STORY[-1] in out and MEALS[-1] not in out
