"""Issue 14, recall at the article's start: an intro that lists its key points.

A product page or a guide opens with a paragraph, lists its key points in short lines ("The
advantages at a glance" and three of them), writes a second paragraph, and then a box (a
button, a share bar) comes before the article. ``intro.py`` kept the paragraph nearest the
article and stopped at the list: the first paragraph went with the head. ``intro-lists`` lets
the intro grow over up to six short lines to the paragraph above them when that paragraph
shares the article's words too. Near misses: a teaser of another story above a list of menu
lines (it shares no words), and the rule switched off.

The pages are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import extract_with, lines_page

TITLE = ("Heat pumps for old houses | Example Energy",)
MENU = ("Home", "Heating", "Solar", "Insulation", "Contact")
FIRST = (
    "A heat pump can heat an old house cheaply when its radiators are large enough and its "
    "walls keep the warmth in, and the state pays a part of the cost.",
)
POINTS = (
    "Heat pumps at a glance",
    "Low running costs",
    "No oil tank in the cellar",
    "A grant of up to a third",
)
SECOND = (
    "Before you buy one, an energy adviser should check the radiators and the insulation of "
    "the walls, so that the heat pump can run at a low temperature.",
)
BOX = ("Ask an adviser", "Share")
ARTICLE = (
    "A heat pump takes the warmth of the air or the ground and raises it to the temperature "
    "the radiators need, using about one unit of electricity for three units of heat.",
    "In an old house the radiators are often too small for the low temperature a heat pump "
    "runs best at, and larger radiators or a better insulation of the walls fix that.",
    "The grant covers a third of the cost of the heat pump and its installation, and the "
    "energy adviser's report is what the state asks for before it pays.",
)
FOOTER = ("Privacy", "Imprint", "© 2024 Example Energy")


def test_the_intro_grows_over_its_key_points() -> None:
    text = lines_page(TITLE, MENU, FIRST, POINTS, SECOND, BOX, ARTICLE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert FIRST[0] in out and SECOND[0] in out and ARTICLE[0] in out
    assert "Insulation\n" not in out and "Ask an adviser" not in out
    assert FIRST[0] not in extract_with(text, intro_lists=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["intro-lists"]}}
    )
    assert FIRST[0] not in cleantext.Cleaner(config).clean(text)


def test_a_teaser_above_a_menu_goes() -> None:
    teaser = (
        "Our new shop opens in the old town on Saturday, with coffee and cake for everyone who "
        "comes by before noon.",
    )
    menu = ("Shop", "Opening times", "Find us")
    text = lines_page(TITLE, MENU, teaser, menu, SECOND, BOX, ARTICLE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert teaser[0] not in out and SECOND[0] in out and ARTICLE[0] in out
