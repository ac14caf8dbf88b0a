"""``later-sections`` (w-wild23, session 23): the sections right after an article parted by a
heading of its own are kept (a links page's last sections, a changelog's older versions); near
misses: a teaser box under a category label, "More on this:" over a teaser, a footer's "Next" /
"Previous" over its copyright line, one heading over one sentence, the same sections after a
story with no heading of its own. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with
from _pages import lines_page as _page

MENU = ("Home", "Meetings", "Sightings", "Links", "Join", "Contact")
TITLE = ("Useful links – Fenmoor Birdwatchers' Club", "Fenmoor Birdwatchers' Club")
INTRO = ("Sites we use and recommend to members. If a link no longer works, please tell us.",)
FIRST = (
    "Identification",
    "Birds of the Fens – a photo guide to the 180 species recorded in the county, with calls.",
    "Xeno-canto – a shared library of bird sounds from all over the world, free to use.",
    "Recording",
    "County Bird Records – the place to submit your sightings to the county recorder.",
    "BirdTrack – enter your lists and see what other people are seeing near you this week.",
)
LATER = (
    "Reserves near us",
    "Fenmoor Marshes nature reserve – opening times, hides and parking.",
    "Whittle Washes – winter swans and ducks, best from December to February.",
    "Weather",
    "Met Office inshore forecast – useful before a trip to the coast.",
)
FOOTER = ("Back to top", "© Fenmoor Birdwatchers' Club, registered charity no. 1012345")


def _links(*later: tuple[str, ...], first: tuple[str, ...] = FIRST) -> str:
    return _page(TITLE, MENU, ("Useful links",), INTRO, first, *later, FOOTER)


def test_a_links_page_keeps_its_later_sections() -> None:
    page = _links(LATER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in LATER)
    assert "Back to top" not in out and "charity" not in out
    # off, the tail is cut after the best run, as before
    assert LATER[1] not in extract_with(page, later_sections=False)


CHANGELOG = (
    "3.3.2 (2026-01-18)",
    "Fixed",
    "Memory use of the tile cache is bounded again.",
    "Security",
    "Update the bundled XML parser to fix an entity issue.",
)


def test_a_changelog_keeps_its_older_versions() -> None:
    out = cleantext.clean(_links(CHANGELOG), preset="extract")
    assert all(line in out for line in CHANGELOG)


TEASERS = (
    "Digital Life",
    "Uber loses appeal in court",
    "The firm had asked the court to lift the ban.",
    "Business",
    "Waymo asks carmakers for money",
    "The company is looking for investors among carmakers.",
)


def test_a_teaser_box_under_a_category_label_still_goes() -> None:
    out = cleantext.clean(_links(TEASERS), preset="extract")
    assert TEASERS[2] not in out and TEASERS[5] not in out


def test_more_on_this_over_a_teaser_still_goes() -> None:
    more = (
        "More on this:",
        "Wetlands",
        "Why the reed beds of the fens are worth saving for the birds that breed there?",
        "Marshes",
        "How the marsh harriers came back to the county after forty years of absence.",
    )
    out = cleantext.clean(_links(more), preset="extract")
    assert more[2] not in out and more[4] not in out


def test_one_heading_over_one_sentence_still_goes() -> None:
    shipping = ("Shipping & Returns", "We ship all orders within two days.")
    assert shipping[1] not in cleantext.clean(_links(shipping), preset="extract")


def test_the_sections_after_a_story_with_no_heading_of_its_own_still_go() -> None:
    story = tuple(line for line in FIRST if line not in ("Identification", "Recording"))
    out = cleantext.clean(_links(LATER, first=story), preset="extract")
    assert LATER[1] not in out and LATER[4] not in out
