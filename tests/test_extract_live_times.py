"""Issue 14, a live blog's entry times (``live-times``, ``boilerplate/live.py``).

A live blog is a stream of short entries, each under a time on a line of its own. The time
lines scored as page furniture, and with short entries the run of the article ended after
the first ones: the older entries went as ``extract-tail``. A time line with an entry's
prose on both sides now scores as a blank line. Near misses: a TV guide's times after the
article (short lines around them), a comment thread whose comments have a time under the
commenter's name, one time alone, and the rule switched off. The pages are written for
these tests.
"""

from __future__ import annotations

import cleantext
from _pages import DAY_STORY, FOOTER, MENU, extract_with, lines_page

TITLE = ("Storm live: ferries cancelled as winds reach 90mph - Example News",)
ENTRIES = (
    "14:52",
    "The strongest winds have now passed the bay and are moving north, forecasters say.",
    "14:20",
    "Engineers cannot climb poles while gusts are above 50mph, the network said.",
    "13:05",
    "Road closed",
    "A tree has fallen across the coast road, and police ask drivers to avoid it.",
    "12:40",
    "Power cut",
    "About 40,000 homes are now without electricity, most of them in the west.",
    "10:15",
    "Ferries cancelled",
    "All sailings to the islands have been cancelled for the rest of the day.",
)
LEAD = (
    "Ferries are cancelled and schools are closed along the coast as the warning stays in "
    "place until six in the evening, with gusts of up to 90mph on exposed headlands.",
)
SHARE = ("Share", "Facebook", "Email", "Load more updates")


def test_the_older_entries_of_a_live_blog_stay() -> None:
    text = lines_page(TITLE, MENU, LEAD, ENTRIES, SHARE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert ENTRIES[-1] in out and ENTRIES[9] in out and ENTRIES[3] in out
    assert "Load more updates" not in out and "Privacy Policy" not in out


def test_the_rule_can_be_switched_off() -> None:
    text = lines_page(TITLE, MENU, LEAD, ENTRIES, SHARE, FOOTER)
    assert ENTRIES[-1] not in extract_with(text, live_times=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["live-times"]}}
    )
    assert ENTRIES[-1] not in cleantext.Cleaner(config).clean(text)


STORY = DAY_STORY


def test_a_tv_guide_after_the_article_still_goes() -> None:
    guide = ("On TV tonight", "18:00", "News", "18:30", "Weather", "19:00", "Quiz night")
    out = cleantext.clean(lines_page(TITLE, MENU, STORY, guide, FOOTER), preset="extract")
    assert STORY[-1] in out and "Quiz night" not in out and "18:30" not in out


def test_comments_with_a_time_under_the_name_still_go() -> None:
    thread = (
        "Comments",
        "Maria",
        "10:12",
        "I have crossed that bridge every day for thirty years and I will miss it a lot.",
        "Reply",
        "Tom",
        "11:30",
        "The ferry is a good idea, but the council should have acted much sooner than this.",
        "Reply",
    )
    out = cleantext.clean(lines_page(TITLE, MENU, STORY, thread, FOOTER), preset="extract")
    assert STORY[-1] in out and "thirty years" not in out and "10:12" not in out


DOTTED = (
    "10.15 am",
    "The strongest winds have now passed the bay and are moving north, forecasters say.",
    "9.40 am",
    "Engineers cannot climb poles while gusts are above 50mph, the network said.",
    "9.05 am",
    "Road closed",
    "A tree has fallen across the coast road, and police ask drivers to avoid it.",
    "8.30 am",
    "Ferries cancelled",
    "All sailings to the islands have been cancelled for the rest of the day.",
)


def test_times_with_a_dot_after_a_one_digit_hour_are_entry_times() -> None:
    text = lines_page(TITLE, MENU, LEAD, DOTTED, SHARE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert DOTTED[-1] in out and DOTTED[6] in out and "Load more updates" not in out


def test_a_price_list_with_a_dot_after_the_article_still_goes() -> None:
    prices = ("Our menu", "Tea", "2.50", "Coffee", "3.20", "Cake", "4.10", "Scone")
    out = cleantext.clean(lines_page(TITLE, MENU, STORY, prices, FOOTER), preset="extract")
    assert STORY[-1] in out and "Scone" not in out and "3.20" not in out
