"""Issue 14, recall at the article's start: the lead further under the headline.

News pages put more between the headline and the lead than a byline and a date: the
authors' names with no "By", a reading time, a picture's caption without its credit. The
lead under them, then a share bar with a comment count, then the article: the lead went with
the head, as ``lead.py`` looks only right under the headline (two byline, date or caption
lines between). ``lead-below`` keeps the first paragraph under the headline past up to five
short lines when nothing else above the article is kept and enough of its content words come
again in the article. Near misses: an author's bio under the byline (it shares no words with
the article), a picture's caption with its credit under it, and the rule switched off.

The pages are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import extract_with, lines_page
from cleantext.boilerplate.extract import find_main_content

TITLE = ("Ferry to replace the old bridge over the river - Example News",)
MENU = ("Home", "News", "Sport", "Weather", "Contact")
HEADLINE = ("Ferry to replace the old bridge over the river",)
META = ("Jane Doe and John Roe", "6 min read", "The old bridge at dawn")
LEAD = (
    "The council will run a ferry over the river from next month, when the old bridge closes "
    "to the buses and cars that have crossed it for a century.",
)
SHARE = ("Share", "Comments")
ARTICLE = (
    "Engineers found deep cracks in two piers of the old bridge in March, and the council "
    "decided on Tuesday that repairing them would cost more than a new bridge would.",
    "The ferry will carry people on foot and on bicycles across the river every twenty "
    "minutes, and the buses will take the long road through the valley until the new bridge "
    "opens at the end of the decade.",
    "Traders in the old market on the river said that they feared the closure of the bridge "
    "would keep their customers away, and asked the council for help with their rents.",
)
FOOTER = ("Privacy Policy", "Terms of Use", "© 2024 Example News")


def _page(*under_headline: tuple[str, ...]) -> str:
    return lines_page(TITLE, MENU, HEADLINE, *under_headline, SHARE, ARTICLE, FOOTER)


def test_the_lead_under_names_a_reading_time_and_a_caption_stays() -> None:
    text = _page(META, LEAD)
    out = cleantext.clean(text, preset="extract")
    assert LEAD[0] in out and ARTICLE[0] in out
    assert "6 min read" not in out and "Jane Doe" not in out and "Weather" not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "lead-below" in head.note and "come again in the article" in head.note


def test_the_rule_can_be_switched_off() -> None:
    text = _page(META, LEAD)
    assert LEAD[0] not in extract_with(text, lead_below=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["lead-below"]}}
    )
    assert LEAD[0] not in cleantext.Cleaner(config).clean(text)


def test_an_authors_bio_under_the_byline_goes() -> None:
    bio = (
        "Jane Doe writes about science, music and the arts for several magazines, and lives in "
        "Leeds with her partner and two cats.",
    )
    text = _page(("Jane Doe", "Senior writer"), bio)
    out = cleantext.clean(text, preset="extract")
    assert bio[0] not in out and ARTICLE[0] in out


def test_a_caption_over_its_credit_goes() -> None:
    caption = (
        "The old bridge over the river at dawn, seen from the ferry landing on Tuesday when the "
        "council decided to close it.",
        "Photo: John Roe/AP",
    )
    text = _page(META[:2], caption)
    out = cleantext.clean(text, preset="extract")
    assert caption[0] not in out and ARTICLE[0] in out
