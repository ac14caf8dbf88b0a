"""Issue 14, the article's opening: the intro right under a photo credit.

A news page sets the picture's credit ("Photo: Jane Doe/Example Press") right above the
article's intro, then a share bar, then the article. A paragraph under a credit alone reads as
the picture's caption, and the intro went with the head. ``intro-sentences``: a paragraph of
``intro.CREDIT_SENTENCES`` sentences or more (``intro.CREDIT_WORDS`` words) there is longer
than a caption and is kept as the intro. Near miss: a caption of two sentences under the same
credit, sharing the article's words as much, still goes. The pages are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import extract_with, paragraphs_page

TITLE = ("Harbour ferry fares to rise in May - Example Gazette",)
MENU = ("Home", "News", "Business", "Sport", "Contact")
HEADLINE = ("Harbour ferry fares to rise in May",)
#: more short lines under the headline than the lead rules look past
BYLINE = ("By Jane Doe", "Transport reporter", "Updated 10:12", "4 min read", "Listen", "Print",
          "Save", "Tip us")  # fmt: skip
CREDIT = ("Photo: John Smith/Example Press",)
INTRO = (
    "Harbour ferry fares will rise by a fifth in May. The ferry company blames the price of "
    "fuel and the new harbour fees. Passengers with a season ticket keep their old fares until "
    "the summer.",
)
CAPTION = (
    "The harbour ferry at its pier on a cold winter morning, with the first passengers of the "
    "day boarding for the crossing. Fares on the ferry rise by a fifth in May.",
)
BAR = ("Share", "Facebook", "Twitter", "Email")
ARTICLE = (
    "The ferry company said that the price of fuel had doubled in two years, and that the "
    "harbour fees it pays for each crossing had risen again in January.",
    "A single crossing will cost three pounds instead of two pounds fifty, while children and "
    "pensioners will still travel at half the fare, the company said on Tuesday.",
    "Passengers who hold a season ticket keep their old fares until the end of August, when "
    "the company will sell new season tickets at the higher price.",
)
FOOTER = ("Privacy", "Terms", "© 2026 Example Gazette")


def _page(under_credit: tuple[str, ...]) -> str:
    return paragraphs_page(TITLE, MENU, HEADLINE, BYLINE, CREDIT, under_credit, BAR, ARTICLE,
                           FOOTER)  # fmt: skip


def test_an_intro_of_three_sentences_under_a_credit_stays() -> None:
    out = cleantext.clean(_page(INTRO), preset="extract")
    assert INTRO[0] in out and ARTICLE[0] in out
    assert CREDIT[0] not in out and "Facebook" not in out


def test_a_caption_of_two_sentences_under_the_credit_still_goes() -> None:
    out = cleantext.clean(_page(CAPTION), preset="extract")
    assert CAPTION[0] not in out and ARTICLE[0] in out


def test_the_rule_can_be_switched_off() -> None:
    text = _page(INTRO)
    assert INTRO[0] not in extract_with(text, intro_sentences=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["intro-sentences"]}}
    )
    assert INTRO[0] not in cleantext.Cleaner(config).clean(text)
