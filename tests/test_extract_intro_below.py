"""Issue 14, recall at the article's start: the first paragraph parted from the rest by a box.

News pages put a box after the article's first paragraph (job ads, a newsletter form, a
"more on this" list); the main content is the run of prose after it, and the first paragraph
goes with the head unless ``intro.py`` keeps it. Two shapes kept it from doing so:

- ``intro-below-lead``: a lead (or standfirst) under the headline was kept, and the intro
  search was not made at all; now it is made for the lines between the lead and the article.
- ``intro-captioned``: the paragraph is right under a picture's caption that ends in its
  credit ("... in court. (Photo: Jane Doe/Example Press)"), and was taken for the caption of
  a credit above it; a credit alone above it still makes it a caption.

Near misses: a teaser of another story in the same place (it shares no words with the
article), a caption under a credit alone, and each rule switched off. The pages are written
for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import extract_with, paragraphs_page
from cleantext.boilerplate.extract import find_main_content

TITLE = ("Court orders the maker to recall its heat pumps - Example News",)
MENU = ("Home", "News", "Business", "Science", "Contact")
HEADLINE = ("Court orders the maker to recall its heat pumps",)
LEAD = (
    "A court ruled that the maker must take back the heat pumps it sold last winter. "
    "It is expected to appeal.",
)
META = ("Share", "Save", "Published on 3 May 2026, 10:12, by Jane Doe")
CAPTION = ("A heat pump outside a house in Leeds. (Photo: John Roe/Example Press)",)
FIRST = (
    "The regional court in Leeds ordered the maker of the heat pumps on Tuesday to recall "
    "every unit sold last winter, after owners complained that the pumps froze and failed "
    "in the cold weather of January.",
)
BOX = ("Jobs", "Heating engineer (m/f/d)", "Example Energy Ltd, York", "Search all jobs")
ARTICLE = (
    "The owners of the heat pumps told the court that the units froze in January and that "
    "the maker refused to repair them, and the court ordered a recall of every unit.",
    "The maker said in a statement that it would study the ruling of the court and that the "
    "heat pumps sold this year were not affected by the recall.",
    "Lawyers for the owners said that the maker would also have to pay for the heating the "
    "families had to buy while the pumps were broken.",
)
FOOTER = ("Privacy Policy", "Terms of Use", "© 2026 Example News")
TEASER = (
    "A new bakery opened in the market square on Saturday, selling bread and cakes from "
    "recipes the family brought with them from Naples many years ago.",
)


def _page(*above: tuple[str, ...]) -> str:
    return paragraphs_page(TITLE, MENU, HEADLINE, *above, BOX, ARTICLE, FOOTER)


def _head_note(text: str) -> str:
    return next(e for e in find_main_content(text) if e.rule == "extract-head").note


def test_the_first_paragraph_under_a_kept_lead_stays() -> None:
    text = _page(LEAD, META, FIRST)
    out = cleantext.clean(text, preset="extract")
    assert LEAD[0] in out and FIRST[0] in out and ARTICLE[0] in out
    assert "Search all jobs" not in out and "Published on" not in out
    assert "the intro at line" in _head_note(text)


def test_a_teaser_under_a_kept_lead_goes() -> None:
    text = _page(LEAD, META, TEASER)
    out = cleantext.clean(text, preset="extract")
    assert LEAD[0] in out and TEASER[0] not in out and ARTICLE[0] in out


def test_intro_below_lead_can_be_switched_off() -> None:
    text = _page(LEAD, META, FIRST)
    assert FIRST[0] not in extract_with(text, intro_below=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["intro-below-lead"]}}
    )
    assert FIRST[0] not in cleantext.Cleaner(config).clean(text)


def test_the_first_paragraph_under_a_captions_credit_stays() -> None:
    text = _page(META, CAPTION, FIRST)
    out = cleantext.clean(text, preset="extract")
    assert FIRST[0] in out and ARTICLE[0] in out
    assert "Example Press" not in out and "Search all jobs" not in out


def test_a_caption_under_a_credit_alone_goes() -> None:
    text = _page(META, ("Photo: John Roe/Example Press",), FIRST)
    out = cleantext.clean(text, preset="extract")
    assert FIRST[0] not in out and ARTICLE[0] in out


def test_intro_captioned_can_be_switched_off() -> None:
    text = _page(META, CAPTION, FIRST)
    assert FIRST[0] not in extract_with(text, intro_captioned=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["intro-captioned"]}}
    )
    assert FIRST[0] not in cleantext.Cleaner(config).clean(text)
