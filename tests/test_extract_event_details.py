"""Issue 14, pages that are not news (``event-details``, ``events.py``): an event page's
title, date, place and prices between its breadcrumb and its description ("Venue: ...",
"Tickets from £25", "Lieu : ...") are the event's; the buttons between them and the
description ("Book now", "Add to calendar") still go. Near misses: a news story's date and
reading time above its text (one line with an event label at most), and the rule off, still
lose them. The pages are written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

CRUMB = ("Home / What's on / Concerts",)
DETAILS = {
    "en": ("Spring Voices: The Northern Chamber Choir", "Saturday 14 March 2026, 19:30",
           "Venue: St Mary's Hall, 4 Church Street, York", "Tickets from £25 (concessions £18)",
           "Running time: about 2 hours, including an interval"),
    "fr": ("La Cerisaie, d'après Anton Tchekhov", "Du 5 au 16 mai 2026, à 20h30",
           "Lieu : Théâtre de la Halle, 12 rue du Port, Nantes", "Tarifs : de 12 € à 28 €",
           "Durée : 2h10 sans entracte"),
}  # fmt: skip
BUTTONS = ("Book now", "Add to calendar")
DESCRIPTION = (
    "The choir returns to the hall with a programme of music for the coming of spring, from "
    "Renaissance motets to songs written for the choir last year.",
    "Under their conductor, the twenty-four singers will perform works by Tallis, Byrd and "
    "Brahms alongside the first performance of a new piece.",
    "Doors open at a quarter to seven, and a free talk about the programme takes place in "
    "the side chapel an hour before the concert.",
)


def _event(lang: str) -> str:
    return lines_page(MENU, CRUMB, DETAILS[lang], BUTTONS, DESCRIPTION, FOOTER)


@pytest.mark.parametrize("lang", sorted(DETAILS))
def test_the_events_details_above_its_description_stay(lang: str) -> None:
    text = _event(lang)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*DETAILS[lang], *DESCRIPTION]
    heads = [e for e in find_main_content(text) if e.rule == "extract-head"]
    assert [e.before.strip() for e in heads][1:] == ["Book now\nAdd to calendar"]
    assert "the event's title and details at lines 7-11 are kept" in (heads[0].note or "")
    # the rule is what keeps them: off, they go with the head
    assert DETAILS[lang][2] not in extract_with(text, event_details=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["event-details"]}}
    )
    assert "Tickets from £25" not in Cleaner(config).clean(_event("en"))


def test_a_news_storys_date_lines_are_no_event() -> None:
    head = ("Council closes the old bridge", "By Jane Doe", "14 March 2026, 19:30",
            "Reading time: 3 min", "Share")  # fmt: skip
    out = cleantext.clean(lines_page(MENU, head, STORY, FOOTER), preset="extract")
    assert "14 March 2026, 19:30" not in out and "By Jane Doe" not in out


def test_details_far_above_the_description_are_no_events() -> None:
    # more than three lines (a share bar, a gallery's links) between them and the text
    between = ("Share", "Facebook", "X", "Email", "Gallery")
    text = lines_page(MENU, CRUMB, DETAILS["en"], between, DESCRIPTION, FOOTER)
    assert "Tickets from £25" not in cleantext.clean(text, preset="extract")
