"""Issue 14, the article's tail: a shop box inside the article (the product's pros and cons,
its price, a "zu Amazon" button) ended the article, and its paragraphs after the box went as
``extract-tail`` (``shops.py``). Near misses: a consumer story quoting prices in its
sentences, and a price with no shop button under it, stay. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORM, STORY, extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content

SHOP = (
    "Sturdy frame",
    "Quiet motor",
    "Heavy to carry",
    "$1,299.00 $999.00",
    "View deal",
)
KAUFEN = ("Leiser Motor", "Schwerer Akku", "299 € 217,37 €", "zu Amazon")


def test_a_shop_box_goes_and_the_story_goes_on() -> None:
    page = _page(MENU, STORY, SHOP, STORM, FOOTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*STORY, *STORM]
    related = [e for e in find_main_content(page) if e.rule == "extract-related"]
    assert len(related) == 1 and "shop box inside the content: 5 lines" in related[0].note
    # the rule is what removes it: off, the box stays between the paragraphs
    off = extract_with(page, shop_boxes=False)
    assert "View deal" in off


def test_a_german_shop_box_goes_too() -> None:
    page = _page(MENU, STORY, KAUFEN, STORM, FOOTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*STORY, *STORM]


def test_prices_in_prose_and_a_price_with_no_button_stay() -> None:
    prose = (
        "The new bicycle costs $999 at the shop on the high street, and the council will "
        "pay a third of the price for residents who give up their second car."
    )
    page = _page(MENU, STORY, (prose,), STORM, FOOTER)
    assert prose in cleantext.clean(page, preset="extract")
    fact = ("Price of a ticket", "$2.50")
    page = _page(MENU, STORY, fact, STORM, FOOTER)
    assert not any(e.note.startswith("shop box") for e in find_main_content(page))
