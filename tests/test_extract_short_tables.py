"""Issue 14, pages nobody tuned for: a table of three "Label: value" rows right after the
article ("Council tax band: C" / "Tenure: Freehold" / "EPC rating: C" under a house listing's
description) counted 3 items in ``_extend_list``, fewer than a list needs, and went with the
footer (``short-tables``; written page ``realestate_en``). Near misses: two rows are no
table, metadata rows ("Tags:", "Posted in:") are none, and a table after another line is not
right after the article. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with
from _pages import lines_page as _page

TABLE = ("Council tax band: C", "Tenure: Freehold", "EPC rating: C")
TABELLE = ("Baujahr: 1962", "Wohnfläche: 118 m²", "Heizung: Gas")
AGENT = ("Marketed by", "Oakwood Estates", "Book a viewing", "Similar properties")


def test_a_short_table_right_after_the_article_is_its() -> None:
    page = _page(MENU, STORY, TABLE, AGENT, FOOTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*STORY, *TABLE]
    # the rule is what keeps it: off, the table goes with the agent's box
    assert TABLE[0] not in extract_with(page, short_tables=False)


def test_a_short_table_in_another_language_too() -> None:
    page = _page(MENU, STORY, TABELLE, AGENT, FOOTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*STORY, *TABELLE]


def test_two_rows_metadata_rows_or_a_line_before_them_are_no_table_of_the_article() -> None:
    page = _page(MENU, STORY, TABLE[:2], AGENT, FOOTER)
    assert TABLE[0] not in cleantext.clean(page, preset="extract")
    meta = ("Tags: housing, Millbrook", "Posted in: Property", "Filed under: Homes")
    page = _page(MENU, STORY, meta, AGENT, FOOTER)
    assert meta[0] not in cleantext.clean(page, preset="extract")
    page = _page(MENU, STORY, ("Share this listing",), TABLE, AGENT, FOOTER)
    assert TABLE[0] not in cleantext.clean(page, preset="extract")
