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


# --- adv19: a list of prices that the article announces is its own -------------------------

PRICES_ES = (
    "El precio del aceite de oliva virgen extra volvió a bajar esta semana en los mercados de "
    "origen, según los datos que publicó el lunes la agencia de precios del sector.",
    "Los precios medios por kilo quedaron así:",
    "Virgen extra: 4,10 €",
    "Virgen: 3,80 €",
    "Lampante: 3,20 €",
    "Comprar",
)
REST_ES = (
    "Los agricultores dicen que esos precios ya no cubren los costes de la recolección, y que "
    "muchos pequeños productores dejarán las aceitunas en el árbol si la tendencia continúa.",
    "Las cooperativas, en cambio, creen que el mercado se estabilizará antes del verano, "
    "cuando se conozcan las primeras previsiones de la próxima cosecha en Andalucía.",
)


def test_an_announced_list_of_prices_over_a_buy_line_stays() -> None:
    """Before: the sentence that announces the prices and the prices went as a shop box."""
    page = _page(MENU, PRICES_ES, REST_ES, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert PRICES_ES[1] in out and "Lampante: 3,20 €" in out
    # the paragraph above ending in ':' announces it too
    above = (STORY[0][:-1] + ", at these prices:", *SHOP)
    page = _page(MENU, above, STORM, FOOTER)
    assert "$1,299.00 $999.00" in cleantext.clean(page, preset="extract")


def test_a_short_heading_with_a_colon_is_still_a_shop_box() -> None:
    # near miss: "Pros:" (one word) heads the box itself
    page = _page(MENU, STORY, ("Pros:", *SHOP), STORM, FOOTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*STORY, *STORM]
