"""Issue 14, a review's pros and cons box (``pros-cons``, ``boilerplate/proscons.py``).

A review puts its verdict in two short lists under a "Pros" and a "Cons" heading, right
above its text or right after it. The items are short lines that looked like a menu, so the
box went with the head or the tail. The box is the review's when both headings of the data
file's ``[review]`` lists are there, each with items under it, next to the main content.
Near misses: one list alone ("Pros" and no "Cons"), a box with a heading and no item, an
article about pros and cons with a heading in a sentence, a price row under the box, and the
rule switched off. The pages are written for these tests (English, German).
"""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from _pages import KETTLE_BOX as BOX
from _pages import KETTLE_REVIEW as REVIEW
from cleantext.boilerplate.extract import find_main_content

TITLE = ("Kettle review: fast but loud | Example Reviews",)
PRICE = ("Price when reviewed: £45", "Check price at Example Shop")
DE_BOX = ("Vorteile", "Sehr leise", "Leicht zu reinigen", "Nachteile", "Kurzes Kabel")
DE_REVIEW = (
    "Der Wasserkocher bringt einen Liter Wasser in knapp drei Minuten zum Kochen und schaltet "
    "sich danach zuverlässig ab, auch wenn er nur halb gefüllt ist.",
    "Der Deckel lässt sich weit öffnen, so dass man den Kalk im Inneren leicht entfernen kann, "
    "und der Filter in der Tülle lässt sich herausnehmen und ausspülen.",
    "Für den Preis von 45 Euro ist das ein gutes Gerät, wenn man mit dem lauten Klicken beim "
    "Abschalten leben kann, das man bis ins Nebenzimmer hört.",
)


def test_a_box_above_the_review_is_kept() -> None:
    text = lines_page(TITLE, MENU, BOX, REVIEW, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in BOX + REVIEW)
    assert "Weather" not in out and "Privacy Policy" not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "pros and cons box" in head.note and "pros-cons" in head.note


def test_a_box_after_the_review_is_kept_and_the_price_row_goes() -> None:
    text = lines_page(TITLE, MENU, REVIEW, BOX, PRICE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in BOX + REVIEW)
    assert PRICE[0] not in out and PRICE[1] not in out
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "pros and cons box" in tail.note


def test_a_german_box_above_the_review_is_kept() -> None:
    text = lines_page(("Wasserkocher im Test",), MENU, DE_BOX, DE_REVIEW, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in DE_BOX + DE_REVIEW)


def test_one_list_alone_or_a_heading_without_items_is_no_box() -> None:
    pros_only = BOX[:3]
    out = cleantext.clean(lines_page(TITLE, MENU, pros_only, REVIEW, FOOTER), preset="extract")
    assert pros_only[1] not in out and REVIEW[0] in out
    bare = ("Pros", "Easy to clean", "Cons")  # (a heading right above the article: no items)
    out = cleantext.clean(lines_page(TITLE, MENU, bare, REVIEW, FOOTER), preset="extract")
    assert bare[1] not in out and REVIEW[0] in out


def test_a_story_about_pros_and_cons_keeps_its_text_and_drops_its_menu() -> None:
    story = (
        "Pros and cons of the new bridge were argued for hours at the council meeting, where "
        "residents and traders had come to speak before the vote on Tuesday evening.",
        *REVIEW[1:],
    )
    text = lines_page(TITLE, MENU, story, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in story) and "Weather" not in out


def test_the_rule_can_be_switched_off() -> None:
    text = lines_page(TITLE, MENU, BOX, REVIEW, FOOTER)
    assert BOX[1] not in extract_with(text, pros_cons=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["pros-cons"]}}
    )
    assert BOX[1] not in cleantext.Cleaner(config).clean(text)
