"""A shop box inside the article, for the ``extract`` preset (issue 14: the article's tail).

A review or a news page on a product sets a shop box among the article's paragraphs: the
product's pros and cons, its price ("299 € 217,37 €") and a shop button ("zu Amazon",
"View deal", "Voir l'offre"). Plain text keeps them as short lines between two paragraphs;
the price and the button broke the article's run, and its paragraphs after the box went as
``extract-tail`` while the box stayed at the end of the content.

A shop box ends at a line that is one of the data file's ``[shops] buttons`` (normalised),
with a price (``[shops] price``: a figure beside a currency sign or name) on one of the
``PRICE_REACH`` lines above it. It starts after the paragraph above it: the short lines up
to ``bridge_max`` before the button, none a paragraph (``good``). The line after the button
must be a paragraph (the story goes on), and the line before the box one too. The box is
scored as blank lines (the article's run goes on over it) and goes as ``extract-related``.
A price quoted in a sentence is prose, and a price with no shop button under it (a fact box)
is no shop box. The page's lines are tested for a button in one C-level pass; each button
looks back ``bridge_max`` lines at most: linear. Off with ``Weights.shop_boxes=False``
(``extract_off = ["shop-boxes"]``).

>>> is_price("299 € 217,37 €"), is_price("$1,299.99"), is_price("Preis: 49 Euro")
(True, True, True)
>>> is_price("Kurze Akkulaufzeit"), is_price("2024")
(False, False)
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleantext.boilerplate.patterns import data_keys
from cleantext.data import boilerplate_table

__all__ = ["PRICE_REACH", "is_price", "shop_buttons", "why_shop"]

PRICE_REACH = 2  # lines above the button a price may be on ("299 €", then "Amazon", "Buy")


def shop_buttons() -> frozenset[str]:
    """The data file's ``[shops] buttons``, normalised (case-folded, no punctuation)."""
    return data_keys("shops", "buttons")


@lru_cache(maxsize=1)
def _price() -> regex.Pattern[str]:
    return regex.compile(boilerplate_table()["shops"]["price"], regex.IGNORECASE | regex.V1)


def is_price(line: str) -> bool:
    """``line`` holds a price: a figure beside a currency sign or name (``[shops] price``)."""
    return _price().search(line) is not None


def why_shop(button: str, lines: int) -> str:
    """The note of a shop box's removal."""
    return (
        f"shop box inside the content: {lines} lines ending in a price and the shop button "
        f"{button.strip()[:40]!r} ([shops] buttons), the story going on after it"
    )
