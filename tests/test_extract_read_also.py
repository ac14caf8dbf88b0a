"""Issue 14: a "read also" box inside the article ("Read also", "Lesen Sie auch:",
"Читайте также" and two or more headlines) is a box heading of the data file's ``[related]
headings`` in several languages: the box goes as ``extract-related`` and the story around it
stays. Its headlines may be as long as a sentence ("... und die Energiekrise?"): a box of
headlines alone between two paragraphs is still a box inside the story (``_bridges``). Near
misses: a sentence that starts with the same words, and a box whose lines run into UI text and
the footer's disclaimers. The pages are written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import BRIDGE_BODY, BRIDGE_HEADLINE, BRIDGE_LEAD, BRIDGE_TITLE, FOOTER, MENU
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content

HEADLINES = ("Fares to rise in the spring", "A new park opens in the town")


@pytest.mark.parametrize(
    "heading",
    ["Read also", "See also", "More on this", "Lesen Sie auch:", "À lire aussi", "Leggi anche",
     "Leia também", "Читайте также", "Смотрите также", "Sigue leyendo"],
)  # fmt: skip
def test_a_read_also_box_inside_the_story_goes(heading: str) -> None:
    page = _page(
        MENU,
        BRIDGE_TITLE,
        BRIDGE_HEADLINE,
        BRIDGE_LEAD,
        (heading,),
        HEADLINES,
        BRIDGE_BODY,
        FOOTER,
    )
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in BRIDGE_LEAD + BRIDGE_BODY)
    assert heading not in out and not any(h in out for h in HEADLINES)
    assert "extract-related" in [e.rule for e in find_main_content(page)]


def test_a_sentence_that_starts_like_a_box_heading_stays() -> None:
    said = "Read also the council's report, which explains the plan for the bridge in detail."
    page = _page(MENU, BRIDGE_HEADLINE, BRIDGE_LEAD, (said,), HEADLINES, BRIDGE_BODY, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert said in out and all(line in out for line in BRIDGE_BODY)


def test_a_box_of_long_headlines_between_two_paragraphs_goes() -> None:
    long_ones = (
        "Fares",
        "Will the new ferry be ready for the summer?",
        "Parks",
        "How the old mill became the favourite cafe of the town",
    )
    page = _page(
        MENU, BRIDGE_HEADLINE, BRIDGE_LEAD, ("Lesen Sie auch:",), long_ones, BRIDGE_BODY, FOOTER
    )
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in BRIDGE_LEAD + BRIDGE_BODY)
    assert not any(line in out for line in long_ones)


def test_a_box_that_runs_into_the_footer_is_no_box_inside_the_story() -> None:
    footer = (
        "Registration on or use of this site constitutes acceptance of our user agreement and "
        "our privacy policy and cookie statement, as they were updated on the first of May.",
        "The material on this site may not be reproduced, distributed, transmitted, cached or "
        "otherwise used, except with the prior written permission of the publisher.",
    )
    box = ("You may also like", "Will the new ferry be ready in time for the summer season on "
           "the river?", "View comments", "Disclaimer")  # fmt: skip
    page = _page(MENU, BRIDGE_HEADLINE, BRIDGE_LEAD, BRIDGE_BODY, box, footer, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in BRIDGE_LEAD + BRIDGE_BODY)
    assert not any(line in out for line in footer)
