"""The story's last paragraph after a list that ends its main content, right above the
footer (``announced.last_after_list``, switch ``list-last-paragraph``): after an unheaded box
of 3 to 5 key points, or after a list the article announces ("The changes are:"), it is
kept when it shares 3 content words with the article. Near misses: another story's excerpt
under a box of short teaser headlines (few shared words); two short lines only; a second
paragraph under it (no last paragraph: ``_inline_lists`` decides)."""

from __future__ import annotations

import cleantext
from _pages import tail_edit
from cleantext.config import Config

MENU = ["Harbourview Gazette", "Home", "News", "Sport", "Contact"]
HEAD = ["Council approves new ferry schedule for Brenmoor Island", "By Tilda Marsh | 3 March 2026"]
FOOTER = [
    "Share this article",
    "© 2026 Harbourview Gazette. All rights reserved.",
    "Privacy policy",
    "Terms of use",
]
STORY = [
    "The Brenmoor district council voted on Tuesday evening to approve a new ferry schedule "
    "that adds two crossings on weekdays and one on Sunday mornings, after a year of "
    "complaints from island residents about missed appointments on the mainland.",
    "Councillor Ebo Hartley, who proposed the change, said the extra crossings would cost about "
    "140,000 pounds a year and would be paid from the harbour fund rather than from higher "
    "fares.",
]
POINTS = [
    "Extra crossing at 6.40 on weekdays",
    "Second extra crossing at 21.15",
    "Sunday service starts an hour earlier",
    "Fares stay the same until 2027",
]
LAST = (
    "The operator, Saltway Ferries, has said it can hire the extra crew by May. Residents will "
    "be asked for their views on the crossings again in the autumn, once the first summer "
    "season is over and the council has the figures."
)
TEASERS = [
    "Bakery closes after ninety years",
    "Lifeboat called out twice",
    "Wind farm plans rejected",
    "School bus times change",
]
EXCERPT = (
    "A bakery on Fore Street that has baked bread since 1936 served its last loaves on "
    "Saturday, as the owners retired and no buyer was found for the shop."
)


def _page(*parts: list[str]) -> str:
    return "\n".join([*MENU, *HEAD, *(x for p in parts for x in p), *FOOTER]) + "\n"


def test_the_last_paragraph_after_a_box_of_key_points_stays() -> None:
    out = cleantext.clean(_page(STORY, POINTS, [LAST]), preset="extract")
    assert STORY[1] in out and POINTS[0] in out and LAST in out
    assert "Share this article" not in out and "Privacy policy" not in out


def test_the_last_paragraph_after_an_announced_list_stays() -> None:
    said = [STORY[0], STORY[1] + " The changes are:"]
    out = cleantext.clean(_page(said, POINTS, [LAST]), preset="extract")
    assert POINTS[-1] in out and LAST in out and "Terms of use" not in out


def test_the_explanation_names_the_rule() -> None:
    assert "(list-last-paragraph)" in tail_edit(_page(STORY, POINTS, [LAST])).note


def test_another_storys_excerpt_under_teaser_headlines_goes() -> None:
    out = cleantext.clean(_page(STORY, TEASERS, [EXCERPT]), preset="extract")
    assert STORY[1] in out and EXCERPT not in out and TEASERS[0] not in out


def test_two_short_lines_are_no_box_of_key_points() -> None:
    out = cleantext.clean(_page(STORY, POINTS[:2], [LAST]), preset="extract")
    base = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["list-last-paragraph"]}}
    )
    assert out == cleantext.Cleaner(base).clean(_page(STORY, POINTS[:2], [LAST]))


def test_the_rule_can_be_switched_off() -> None:
    off = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["list-last-paragraph"]}}
    )
    out = cleantext.Cleaner(off).clean(_page(STORY, POINTS, [LAST]))
    assert STORY[1] in out and LAST not in out
