"""Issue 14, pages that are not news: an event's page heads a section of its own with a
menu word ("Accessibility" over a paragraph on step-free access, after the agenda), and the
article ended above it, read as a footer link (``hint_heads.py``). Near misses: the same word
in a footer's run of links, and a site's section name over a teaser ("Politics"), stay
hints. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.extract import classify_lines

MENU = ("Browse events", "Create an event", "Log in", "Sign up")
EVENT = (
    "The spring fair brings together growers, bakers and makers from across the valley for a "
    "day of stalls, talks and music in the old market hall.",
    "There are workshops for children in the morning and a seed swap in the afternoon, and "
    "you can bring your own plants to trade with the other visitors.",
    "Programme",
    "10:00 Doors open",
    "11:00 Talk: Saving your own seeds",
    "12:30 Lunch in the courtyard",
    "14:00 Seed swap",
    "15:30 Music on the square",
    "17:00 Doors close",
    "Accessibility",
    "The hall is step-free, with an accessible toilet on the ground floor, and there is a quiet "
    "room for anyone who needs a break from the crowds.",
)
FOOTER = ("About", "Privacy", "Accessibility", "© 2026 Example Events")


def _kind(page: str, line: str) -> str:
    return next(i.kind for i in classify_lines(page) if i.block.text == line)


def test_a_menu_word_over_a_paragraph_is_a_section_heading() -> None:
    page = _page(MENU, EVENT, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines()[-2:] == list(EVENT[-2:])
    assert _kind(page, "Accessibility") == "short"  # the first: the heading, not the footer
    # the rule is what keeps them: off, the section goes as the page's tail
    assert EVENT[-1] not in extract_with(page, hint_headings=False)


def test_a_menu_word_among_links_or_a_section_name_over_a_teaser_stays_a_hint() -> None:
    page = _page(MENU, EVENT[:2], ("Home", "Accessibility", EVENT[-1]), FOOTER)
    hints = [i for i in classify_lines(page) if i.block.text == "Accessibility"]
    assert [i.kind for i in hints] == ["hint", "hint"]  # after "Home", and in the footer
    teaser = (
        "Politics",
        "The council will vote next week on whether to close the old market hall for good "
        "and sell the building to a developer for flats.",
    )
    page = _page(MENU, EVENT[:2], teaser, FOOTER)
    assert _kind(page, "Politics") == "hint"
