"""Issue 14, pattern 2 (a list inside the article looks like a menu), ``recipe-card``: a food
blog's post ends with a recipe card (share buttons, the recipe's title and times, an
ingredient list, the method). The card's ingredients and method are the article's; its
header goes. Near miss: a list of other recipes with their times and calories after the post
has no method and stays out. The page is written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORM, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

TITLE = ("Lemon rice for busy evenings - Example Kitchen",)
HEADLINE = ("Lemon rice for busy evenings",)
POST = (
    "This lemon rice is what I cook when the day has been long and the fridge is nearly "
    "empty, because it needs little more than rice, a lemon and a handful of peanuts.",
    "My grandmother made it for school trips, packed in a tin with a slice of lime on top, "
    "and the smell of the curry leaves still takes me back to those mornings.",
    "The trick is to cook the rice a day ahead, so that the grains stay apart when you toss "
    "them with the spices in the hot pan.",
)
HEADER = (
    "Pin",
    "Print",
    "Lemon Rice",
    "Prep time",
    "10 minutes",
    "Cooking time",
    "15 minutes",
)
INGREDIENTS = (
    "Ingredients",
    "200 g cooked rice",
    "2 tbsp oil",
    "1 tsp mustard seeds",
    "Some curry leaves",
    "1/2 tsp turmeric",
    "50 g peanuts",
    "Salt to taste",
)
METHOD = (
    "Method",
    "Heat the oil in a wide pan and add the mustard seeds, and wait until they start to pop "
    "before you add anything else.",
    "Add the curry leaves, the peanuts and the turmeric.",
    "Stir in the rice and the salt.",
    "Squeeze the lemon over the rice, toss it well and serve it warm or cold.",
)
OTHERS = (
    "You may also like",
    "Coconut rice",
    "25 min",
    "420 kcal",
    "Tomato rice",
    "30 min",
    "380 kcal",
)
COMMENTS = ("Leave a Reply", "Your email address will not be published.")


def test_the_recipe_card_after_the_post_is_the_articles() -> None:
    text = lines_page(TITLE, MENU, HEADLINE, POST, HEADER, INGREDIENTS, METHOD, COMMENTS, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and "200 g cooked rice" in out and "Some curry leaves" in out
    assert METHOD[1] in out and METHOD[-1] in out
    assert "Prep time" not in out and "Leave a Reply" not in out
    edits = find_main_content(text)
    header = next(e for e in edits if e.rule == "extract-related")
    assert header.before.startswith("Pin\nPrint\nLemon Rice")
    assert "the header of the recipe card after the article (7 lines" in header.note
    tail = next(e for e in edits if e.rule == "extract-tail")
    assert "; the recipe card at lines 19-30 (its ingredients and method) is the article's" in (
        tail.note
    )


def test_other_recipes_after_the_post_are_no_card() -> None:
    text = lines_page(TITLE, MENU, HEADLINE, POST, OTHERS, INGREDIENTS[1:4], COMMENTS, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and "Coconut rice" not in out and "2 tbsp oil" not in out


def test_the_rule_can_be_switched_off() -> None:
    text = lines_page(TITLE, MENU, HEADLINE, POST, HEADER, INGREDIENTS, METHOD, COMMENTS, FOOTER)
    off = {"preset": "extract", "boilerplate": {"extract_off": ["recipe-card"]}}
    out = Cleaner(Config.from_dict(off)).clean(text)
    assert POST[0] in out and "200 g cooked rice" not in out and METHOD[1] not in out


#: a news story (written for this test) and, after it, the site's recipe box under a heading
#: of its own: another page's recipe, no card of the story
STORY = STORM


def test_a_recipe_box_under_its_own_heading_after_a_story_is_no_card() -> None:
    box = ("Recipe of the day", *HEADER[2:], *INGREDIENTS, *METHOD)
    text = lines_page(TITLE, MENU, ("Storm leaves a trail of damage",), STORY, box, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in STORY)
    assert "200 g cooked rice" not in out and METHOD[1] not in out


def test_an_advertisers_recipe_after_a_story_that_names_none_of_it_is_no_card() -> None:
    # no box heading: an advertiser's recipe box ("Sponsored") right after a news story
    # whose paragraphs name nothing of its ingredient list
    box = ("Sponsored", *HEADER[2:], *INGREDIENTS, *METHOD, "Brought to you by Example Foods")
    text = lines_page(TITLE, MENU, ("Storm leaves a trail of damage",), STORY, box, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in STORY)
    assert "200 g cooked rice" not in out and METHOD[1] not in out


def test_ingredients_counted_without_a_unit_above_the_first_quantity_are_the_cards() -> None:
    # "1 pâte brisée" / "4 pommes" (a figure, no unit) open the list: the list's heading is
    # above them, and they are no heading ("4 pommes" is two words)
    counted = ("Ingredients", "1 lemon", "4 shallots", *INGREDIENTS[1:])
    post = (*POST[:2], "The shallots and the lemon make it.")
    text = lines_page(TITLE, MENU, HEADLINE, post, HEADER, counted, METHOD, COMMENTS, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert "1 lemon" in out and "4 shallots" in out and "Ingredients" in out
    assert "Prep time" not in out and METHOD[1] in out
