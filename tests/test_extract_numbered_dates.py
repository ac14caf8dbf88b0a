"""``numbered-dates`` (w-wild25, ``numbered.py``): a council's minutes end with "7. Date of next
meeting" over the date and "The meeting closed at 8.42pm.", kept as the article's last
numbered section. Near misses: the short lines after the date (a download link, "Was this page
useful?") still go, and a date that is not the section's first line still ends it. Pages
written for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with, lines_page
from cleantext import Cleaner, Config

MENU = ("Home", "Your council", "Meetings and minutes", "Services", "Contact us")
FOOT = ("Download these minutes (PDF, 180KB)", "Agenda for this meeting",
        "Was this page useful?", "Yes", "No", "Related pages", "Meeting dates 2026",
        "© 2026 Eastmoor Town Council")  # fmt: skip
ITEMS = (
    "1. Apologies for absence",
    "Apologies were received and accepted from Cllr D. Kent, who had work commitments.",
    "2. Declarations of interest",
    "Cllr Novak declared an interest in item 4 as a member of the allotment society.",
    "3. Minutes of the previous meeting",
    "The minutes of the meeting of 15 January 2026 were approved and signed by the Mayor.",
    "4. Allotment rents",
    "It was RESOLVED to raise allotment rents by five pounds a year from October 2026.",
)
LAST = (
    "5. Date of next meeting",
    "Thursday 12 March 2026 at 7.00pm.",
    "The meeting closed at 8.42pm.",
)


def test_the_minutes_keep_their_last_section_under_its_date() -> None:
    text = lines_page(MENU, ITEMS, LAST, FOOT)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines()[-3:] == list(LAST)
    assert "Agenda for this meeting" not in out
    # the rule is what keeps it: off, the date ends the section before it starts
    assert LAST[1] not in extract_with(text, numbered_dates=False)
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["numbered-dates"]}}
    )
    assert LAST[2] not in Cleaner(config).clean(text)


def test_a_date_under_the_sections_first_line_still_ends_it() -> None:
    last = ("5. Contact", "Town Hall, Market Place", "Thursday 12 March 2026 at 7.00pm.")
    out = cleantext.clean(lines_page(MENU, ITEMS, last, FOOT), preset="extract")
    assert last[2] not in out
