"""Issue 14, pattern 2 (lists inside articles): a product's "Features", a concert's
"Programme", a listing's "Key features", a council's "Opening times" between two paragraphs
are lists under a heading that names them, and the article was cut at the heading
(``named.py``). Near misses: a related-links box after the article, a menu of short lines
under a heading of the list, a "More from this section:" list, a footer's "Opening hours" and
a footer's links under a menu word stay out. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import cpu_best, extract_with, scaling, tail_edit
from _pages import lines_page as _page

MENU = ("Home", "Shop", "Coffee", "Equipment", "Gifts", "Sale", "Account")
FOOTER = ("Shipping", "Returns", "Privacy", "© 2026 Example Coffee Co.")
TEXT = (
    "The Cirrus dripper brews one or two cups of clean, bright coffee in about three minutes, "
    "and its thick porcelain walls hold the heat steadily while the water runs through.",
    "It fits on almost every mug and carafe and takes standard paper filters, and the dripper "
    "is dishwasher safe and comes with a pack of forty filters to get you started.",
)
FEATURES = (
    "Features",
    "Porcelain fired at high temperature for even heat",
    "Spiral ribs for an even flow",
    "Single large hole for a faster brew",
    "Specifications",
    "Material: Porcelain",
    "Capacity: 1-4 cups",
    "Weight: 380 g",
)


def test_a_list_under_a_heading_that_names_it_after_the_article_is_kept() -> None:
    page = _page(MENU, TEXT, FEATURES, ("Shipping & Returns",), FOOTER)
    out = cleantext.clean(page, preset="extract").splitlines()
    assert out == [*TEXT, *FEATURES]  # the rows end the list: "Shipping & Returns" goes
    assert FEATURES[1] not in extract_with(page, named_sections=False)


def test_a_related_box_a_menu_or_an_announced_box_after_the_article_goes() -> None:
    related = (
        "Related articles",
        "How to choose a coffee grinder for your kitchen",
        "Five pour-over mistakes and how to fix them",
    )
    menu = ("Services", "Repairs", "Hire", "Cafés", "Training")  # links of a word
    more = ("More from this section:", "Our new roastery opens in Leeds", "Meet our roasters")
    for box in (related, menu, more):
        out = cleantext.clean(_page(MENU, TEXT, box, FOOTER), preset="extract")
        assert out.splitlines() == list(TEXT), box[0]


def test_a_footer_heading_or_a_menu_word_heads_no_list_after_the_article() -> None:
    hours = ("Opening hours", "Monday to Friday: 9 am to 5 pm", "Saturday: 10 am to 2 pm")
    links = ("Accessibility", "Freedom of information", "Privacy and cookies")
    for box in (hours, links):
        out = cleantext.clean(_page(MENU, TEXT, box, FOOTER), preset="extract")
        assert out.splitlines() == list(TEXT), box[0]


LISTING = (
    "Key features",
    "Three bedrooms",
    "South-facing garden",
    "Off-road parking for two cars",
    "Description",
)


def test_a_list_under_a_heading_that_names_it_above_the_article_is_kept() -> None:
    page = _page(MENU, ("Photos (18)", "Floorplan", "Map"), LISTING, TEXT, FOOTER)
    out = cleantext.clean(page, preset="extract").splitlines()
    assert out == [*LISTING, *TEXT]
    assert LISTING[1] not in extract_with(page, named_sections=False)


def test_a_menu_under_a_heading_of_the_list_above_the_article_goes() -> None:
    menu = ("Services", "Web design", "Hosting", "Support", "Description")  # a word or two
    out = cleantext.clean(_page(MENU, ("Photos (18)",), menu, TEXT, FOOTER), preset="extract")
    assert "Hosting" not in out.splitlines()


BETWEEN = (
    "Marsh Lane Recycling Centre",
    "Opening times",
    "Monday to Friday: 8 am to 6 pm",
    "Saturday and Sunday: 9 am to 5 pm",
    "Closed on 25 and 26 December",
    "What you can bring",
)
INTRO = (
    "There are two household recycling centres in the district, and both are free for "
    "residents, but you need to book a slot before you visit with a van or a trailer.",
)


def test_opening_times_between_two_paragraphs_are_the_article_s() -> None:
    page = _page(MENU, INTRO, BETWEEN, TEXT, FOOTER)
    out = cleantext.clean(page, preset="extract").splitlines()
    assert out == [*INTRO, *BETWEEN, *TEXT]
    assert INTRO[0] not in extract_with(page, named_sections=False)


def test_opening_times_with_no_paragraph_above_stay_out() -> None:
    page = _page(MENU, BETWEEN[1:5], TEXT, FOOTER)  # a sidebar's hours above the article
    assert cleantext.clean(page, preset="extract").splitlines() == list(TEXT)


def test_many_sections_take_linear_time() -> None:
    def took(n: int) -> float:
        page = _page(TEXT, FEATURES * n, FOOTER)
        return cpu_best(lambda: cleantext.clean(page, preset="extract"))

    took(50)  # (warm-up)
    small, large = scaling(took, 400, 1_600, factor=6, slack=0.5)
    assert large < 6 * small + 0.5


def test_a_footer_s_links_right_after_the_list_end_it() -> None:
    links = ("Shipping", "Returns", "Contact", "Jobs")  # links of a word, no heading
    out = cleantext.clean(_page(MENU, TEXT, FEATURES[:4], links), preset="extract")
    assert out.splitlines() == [*TEXT, *FEATURES[:4]]


STORY = (
    "Riverside's central library reopened on Saturday after a year of building work that "
    "cost £3.4 million, and the Victorian building now has a new roof, a lift and a café.",
    "The head librarian said the building was open to everyone for the first time in its "
    "history, as the old steps had kept out wheelchair users and parents with prams.",
)
LIBRARY = (
    "Features",
    "A children's library with a reading garden",
    "Twenty computers with free internet access",
    "A local history room with the town's old newspapers",
)
CLOSING = (
    "The library is open from 9am to 7pm on weekdays and from 10am to 4pm on Saturdays, and "
    "membership is free for everyone who lives, works or studies in the borough.",
)


def test_the_paragraph_right_under_a_named_list_is_the_article_s() -> None:
    """adv20: a story with a "Features" list inside it kept the list (named-sections) but lost
    its last paragraph, right under the list: the list sat between two of its paragraphs."""
    tail = ("Share", "Most read", "1. Roadworks on the ring road", "2. School wins an award")
    page = _page(MENU, STORY, LIBRARY, CLOSING, tail, FOOTER)
    out = cleantext.clean(page, preset="extract").splitlines()
    assert out == [*STORY, *LIBRARY, *CLOSING]
    # (off, the paragraph goes, unless list-last-paragraph keeps it: a paragraph after a list
    # the article holds, above a share bar, is the story's last, adv20b)
    assert CLOSING[0] not in extract_with(page, named_sections=False, list_last=False)
    note = tail_edit(page).note  # (either rule keeps it; the note names the one that did)
    assert "paragraph under it at line 14" in note or "paragraph at line 14 follows" in note


def test_a_paragraph_under_another_heading_after_a_named_list_goes() -> None:
    """Near miss of the above: a shop's "Shipping & Returns" heading between the list and a
    paragraph: the paragraph is the footer's, not the article's."""
    shipping = (
        "Shipping & Returns",
        "We ship every order within two working days, and you can send anything back within "
        "thirty days of delivery for a full refund if it is not what you wanted.",
    )
    out = cleantext.clean(_page(MENU, TEXT, FEATURES, shipping, FOOTER), preset="extract")
    assert out.splitlines() == [*TEXT, *FEATURES]
