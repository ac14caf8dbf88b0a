"""Issue 14 (the article cut at a box inside it), ``resumed-table``: the article's rest after
a table of its own (a timetable of short lines, no UI string, box heading or comment heading
among them) is smaller than its first part, and resumes it at a quarter of that part's score.
Near misses: the same rest after a share bar under the table (UI strings: what comes after
them is a teaser's or a bio's place), after a "Related stories" heading, and a comment thread
after the table (its heading ends the article). The page is
written for these tests."""

from __future__ import annotations

import cleantext
from _pages import BRIDGE_BODY, BRIDGE_HEADLINE, BRIDGE_LEAD, BRIDGE_TITLE, FOOTER, MENU, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

FIRST = (*BRIDGE_LEAD, *BRIDGE_BODY)
#: the article's own table: the ferry's timetable, fares and landings, 19 short lines
TABLE = (
    "Ferry timetable",
    *(
        f"{day} {hour}.00 to {hour + 11}.00 every {gap} minutes"
        for day, hour, gap in (
            ("Monday", 6, 20),
            ("Tuesday", 6, 20),
            ("Wednesday", 6, 20),
            ("Thursday", 6, 20),
            ("Friday", 6, 15),
            ("Saturday", 8, 30),
            ("Sunday", 9, 30),
        )
    ),
    "Fares",
    "Adults 1.50",
    "Children free",
    "Bicycles 0.50",
    "Landings",
    "Mill Street",
    "Market Square",
    "Old Town Quay",
    "Station Road",
    "Hospital Gate",
    "Church Lane",
)
#: the rest of the article: four paragraphs, less than half of the first part's words
REST = (
    "The ferry will carry up to forty people and their bicycles on each crossing, and the "
    "council said that a second boat would be hired if the queues grew too long.",
    "Older residents asked for a bus between the ferry landing and the market, which the "
    "council said it would look at before the closure begins next week.",
    "The fire service said its engines would use the road bridge further down the river, "
    "and that the detour would not slow them down by more than a few minutes.",
    "Work on the survey of the old bridge starts next month, and the engineers expect to "
    "report to the council before the end of the summer.",
)
SHARE_BAR = ("Share on Facebook", "Share on Twitter")
RELATED = ("Related stories", "Council budget approved", "New school opens in the spring")
COMMENTS = ("12 Comments", "Anna Berg, 3 May 2024 at 10:12")


def _page(*between: tuple[str, ...]) -> str:
    parts = [BRIDGE_TITLE, MENU, BRIDGE_HEADLINE, FIRST, TABLE, *between, REST, FOOTER]
    return lines_page(*parts)


def test_the_rest_after_the_article_s_table_resumes_it() -> None:
    text = _page()
    out = cleantext.clean(text, preset="extract")
    assert FIRST[0] in out and all(line in out for line in REST)
    assert "Ferry timetable" not in out and "Privacy Policy" not in out
    box = next(e for e in find_main_content(text) if e.rule == "extract-related")
    assert box.before.startswith("Ferry timetable")
    assert "25% of the" in box.note and "resumed-table" in box.note


def test_a_rest_after_a_share_bar_stays_out() -> None:
    out = cleantext.clean(_page(SHARE_BAR), preset="extract")
    assert FIRST[0] in out and REST[0] not in out


def test_a_rest_after_a_related_box_stays_out() -> None:
    out = cleantext.clean(_page(RELATED), preset="extract")
    assert FIRST[0] in out and REST[0] not in out


def test_comments_after_the_table_stay_out() -> None:
    out = cleantext.clean(_page(COMMENTS), preset="extract")
    assert FIRST[0] in out and REST[0] not in out


def test_the_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["resumed-table"]}}
    out = Cleaner(Config.from_dict(off)).clean(_page())
    assert FIRST[0] in out and REST[0] not in out
