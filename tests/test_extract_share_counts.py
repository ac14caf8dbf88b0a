"""Issue 14, recall at the article's start: the intro search past a share bar's comment count.

A news page sets a share bar between its intro and its article: "Comment", "12 Comments",
"Facebook", "Twitter". The comment count reads as a comment heading, which stops the intro
search (a paragraph above the comments is no intro), and the intro went with the head.
``share-counts``: a comment heading that is a figure and at most three words, with a share
bar's line right above or right under it, is passed over. Near miss: the same heading with
no share bar next to it still stops the search. The pages are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import extract_with, paragraphs_page

TITLE = ("Town hall to get solar roof - Example Gazette",)
MENU = ("Home", "News", "Business", "Sport", "Contact")
HEADLINE = ("Town hall to get solar roof",)
#: more short lines under the headline than the lead rules look past
BYLINE = ("By Jane Doe", "Senior reporter", "Updated 10:12", "4 min read", "Listen", "Print",
          "Save", "Tip us")  # fmt: skip
INTRO = (
    "The town hall will get a solar roof this summer: the council approved the panels, which "
    "should cover a third of the building's electricity, on Tuesday evening.",
)
BAR = ("Comment", "12 Comments", "Facebook", "Twitter")
ARTICLE = (
    "The panels will be fitted on the south side of the town hall roof in July, when the "
    "building is closed for the summer, and should pay for themselves within nine years.",
    "The council said that the electricity of the panels would also charge the town's two "
    "electric vans, and that the school roofs could be next if the town hall roof works well.",
    "Residents can follow what the panels make on a screen in the town hall's entrance hall, "
    "which will show each day's electricity next to the building's use.",
)
FOOTER = ("Privacy", "Terms", "© 2026 Example Gazette")


def _page(bar: tuple[str, ...]) -> str:
    return paragraphs_page(TITLE, MENU, HEADLINE, BYLINE, INTRO, bar, ARTICLE, FOOTER)


def test_the_intro_above_a_share_bar_with_a_comment_count_stays() -> None:
    out = cleantext.clean(_page(BAR), preset="extract")
    assert INTRO[0] in out and ARTICLE[0] in out
    assert "12 Comments" not in out and "Facebook" not in out


def test_a_comment_heading_without_a_share_bar_still_stops_the_search() -> None:
    # (the lead past the byline's toolbar, "Listen" / "Print" / "Save", restates the
    # headline and is kept from the headline's side: ``lead-toolbar``, switched off here)
    text = _page(("Advertisement", "12 Comments", "Most read"))
    out = extract_with(text, lead_toolbar=False)
    assert INTRO[0] not in out and ARTICLE[0] in out
    assert INTRO[0] in cleantext.clean(text, preset="extract")


def test_the_rule_can_be_switched_off() -> None:
    text = _page(BAR)
    assert INTRO[0] not in extract_with(text, share_counts=False, lead_toolbar=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["share-counts", "lead-toolbar"]}}
    )
    assert INTRO[0] not in cleantext.Cleaner(config).clean(text)
