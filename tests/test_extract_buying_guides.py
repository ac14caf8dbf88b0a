"""Issue 14, fundus case (a): a buying guide gives each product a box of its own (its name,
a price, "Buy now", "Price at" and the shop, its pros and cons) between the paragraphs that
review it, and the article goes on after each box (``continued-repeat`` in ``continued.py``).
Near misses: the same boxes with no price in them (a page's template between stories), and a
price in a sentence of prose, are no product box."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, extract_with, tail_edit
from cleantext.boilerplate.continued import _priced
from cleantext.boilerplate.extract import LineInfo
from cleantext.segment import Block

HEAD = ("The best kettles of 2024, tested",)
INTRO = (
    "A good kettle should boil quickly, pour without dripping and switch itself off when the "
    "water is ready, and after a month of testing we found that few of them do all three.",
    "We boiled a litre of water in each kettle twice a day for four weeks, timed every boil, "
    "measured the noise and checked how hot the handle and the body became.",
    "Prices have gone up since last year, so we also worked out how much each kettle costs to "
    "run when a family of four uses it about five times a day, every day of the week.",
    "Every kettle here switched itself off reliably, but some took several seconds to do so "
    "after the water had boiled, which wastes energy and fills the kitchen with steam.",
    "We also asked a panel of six testers to fill, carry and pour each kettle, and to tell us "
    "which ones felt safe in the hand and which ones they would be happy to own.",
)


def _head(n: int, name: str, price: str, shop: str, like: str, dislike: str) -> tuple[str, ...]:
    """A product's box above its review: name, price and shop, verdict, pros and cons."""
    return (f"{n}. {name}", f"{price}, {shop}", f"Best {like} kettle, 9/10",
            f"We like: the {like} boil", f"We don't like: the {dislike}")  # fmt: skip


def _tail(price: str, shop: str) -> tuple[str, ...]:
    """A product's buy box after its review."""
    return (price, "Buy now", "Price at", shop)


P1 = (
    "This kettle boiled a litre in just under three minutes, which was the fastest time of all "
    "the kettles we tested, and it stayed quiet for most of the boil.",
    "Its lid opens wide enough to clean the inside with a brush, and the filter at the spout "
    "kept the limescale out of our tea even with the hard water of our test kitchen.",
    "The handle stayed cool through every test, and the base has a long enough cable to reach "
    "a socket at the back of a deep kitchen worktop without stretching.",
)
P2 = (
    "The second kettle took a little longer to boil, about three and a half minutes, but it was "
    "the quietest kettle in our test by a long way and it pours very neatly.",
    "It has a window on both sides that shows how much water is left, which we found useful when "
    "we wanted to boil just enough for one cup and save a little energy.",
    "We did find that the body became warm to the touch after a few boils in a row, so it is "
    "better kept away from the edge of the worktop where children can reach it.",
    "Its filter can be taken out and rinsed under the tap, and the maker sells a spare for a few "
    "pounds, which is worth having if you live in an area with very hard water.",
    "Overall it is a calm and well made kettle that our testers were sorry to give back at the "
    "end of the month, and it would suit a small flat where noise carries.",
)
P3 = (
    "The cheapest kettle in our test surprised us: it boiled almost as fast as the first one and "
    "felt just as solid in the hand, even though it costs less than half as much.",
    "Its lid is a little stiff to open at first and the water window is small, but these are "
    "minor faults that we would happily accept for the price of a pair of cinema tickets.",
)
P4 = (
    "The glass kettle lights up in blue while it boils, which our testers either loved or found "
    "a little silly, but it did boil a litre in a respectable three minutes and ten seconds.",
    "Cleaning it is easy because you can see every mark of limescale through the glass, and a "
    "little vinegar left in it overnight brought it back to new in the morning.",
)


def _page(priced: bool = True) -> str:
    """The guide: four kettles, each reviewed under its box and followed by its buy box
    (``priced=False``: the same boxes with no price in them)."""
    products = [("Acme Quiet Kettle", "80", "Amazon", "quiet", "short cable", P1),
                ("Brook Steel Kettle", "45", "Argos", "neat", "warm body", P2),
                ("Cobb Budget Kettle", "25", "Amazon", "cheap", "stiff lid", P3),
                ("Dale Glass Kettle", "60", "Lakeland", "bright", "blue light", P4)]  # fmt: skip
    parts: list[tuple[str, ...]] = [MENU, HEAD, INTRO]
    for n, (name, price, shop, like, dislike, review) in enumerate(products, 1):
        head_price = f"£{price}" if priced else "In stock"
        buy_price = f"£ {price}" if priced else "Best buy"
        parts += [_head(n, name, head_price, shop, like, dislike), review, _tail(buy_price, shop)]
    parts.append(FOOTER)
    return "\n\n".join("\n\n".join(part) for part in parts) + "\n"


def test_the_review_goes_on_after_each_product_box() -> None:
    out = cleantext.clean(_page(), preset="extract")
    for line in (*INTRO, *P1, *P2, *P3, *P4):
        assert line in out
    assert "Privacy Policy" not in out and "Weather" not in out


def test_the_note_says_the_box_is_the_articles_own() -> None:
    assert "continued-repeat" in tail_edit(_page()).note


def test_the_rule_can_be_switched_off() -> None:
    out = extract_with(_page(), continued_repeat=False)
    assert P2[0] in out and P3[0] not in out and P4[0] not in out


def test_boxes_with_no_price_do_not_join_the_runs_after_them() -> None:
    # (a page's template between stories: "Posted in ...", "Share" repeat without a price)
    out = cleantext.clean(_page(priced=False), preset="extract")
    assert P2[0] in out and P3[0] not in out and P4[0] not in out


def _line(text: str) -> LineInfo:
    return LineInfo(Block(0, len(text), text, 0), len(text.split()), 0.0, False, "short", -1.0)


def test_a_price_is_a_short_line_with_a_currency_next_to_a_figure() -> None:
    for text in ("£ 80", "£119.99, Amazon", "49,99 €", "Pris 299 kr", "$1,299 at Best Buy"):
        assert _priced(_line(text)), text
    # near misses: a price in a sentence of prose, a figure before a word that starts with a
    # currency's letters, a currency word with no figure
    for text in ("The new phone costs £799 and goes on sale in the shops on Friday.",
                 "Top 10 krimis", "Prices in £ and €", "Kr. Rasmussen"):  # fmt: skip
        assert not _priced(_line(text)), text
