"""Issue 14, pattern 1: a short article loses to the list of teasers after it.

A blog sets its other posts after a short one: each a headline, its excerpt and a "Read more"
button. The excerpts are paragraphs, so the list outscored the post of one paragraph (or was
joined to it) and was kept. ``teaser-list``: when the chosen run holds three or more
read-more lines, each right under a paragraph, the run under the page title's headline is the
article, or the article ends before the first teaser's headline. Near misses: a front page
whose first item under the headline has its own "Read more" (a teaser of the list, not an
article), and a post followed by two teasers only. The pages are written for these tests.
"""

from __future__ import annotations

import pytest

import cleantext
from _pages import extract_with, lines_page, paragraphs_page

TITLE = ("The lighthouse keeper's last logbook - Harbour Notes",)
MENU = ("Home", "Archive", "About", "Contact")
HEADLINE = ("The lighthouse keeper's last logbook",)
BYLINE = ("Posted by Ann Lee", "12 March 2026")
POST = (
    "The museum has put the last logbook of the old lighthouse online, page by page: the "
    "keeper's notes on the weather, the ships he saw and the lamp oil he ordered each month.",
)
TOPICS = (
    ("the harbour wall", "the stones of the old wall"),
    ("the ferry pier", "the timber of the pier"),
    ("the fish market", "the roof of the market hall"),
    ("the old chapel", "the windows of the chapel"),
    ("the sea baths", "the changing rooms of the baths"),
    ("the town clock", "the face of the town clock"),
)
TEASERS = tuple(
    line
    for topic, what in TOPICS
    for line in (
        f"Volunteers start work on {topic}",
        f"A group of volunteers from the town will spend the whole of the spring repairing "
        f"{what}, with help from the council, which pays for the tools and the materials that "
        "they need for the work.",
        "Read more",
    )
)
BOX = ("Share / Tweet / Email", "Subscribe to our newsletter", "Sign up")
FOOTER = ("Privacy", "© 2026 Harbour Notes")


def _page(between: tuple[str, ...], teasers: tuple[str, ...] = TEASERS) -> str:
    return paragraphs_page(TITLE, MENU, HEADLINE, BYLINE, POST, between, teasers, FOOTER)


def test_a_short_post_beats_a_list_of_teasers_after_it() -> None:
    out = cleantext.clean(_page(BOX), preset="extract")
    assert POST[0] in out
    assert TEASERS[1] not in out and "Read more" not in out


def test_a_post_joined_to_the_list_ends_before_the_first_teaser() -> None:
    text = _page(("Share / Tweet / Email",), TEASERS[:9])
    assert TEASERS[1] in extract_with(text, teaser_list=False)
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and TEASERS[0] not in out and TEASERS[1] not in out


def test_a_first_teaser_with_its_own_button_is_no_article() -> None:
    out = cleantext.clean(_page(("Read more", *BOX)), preset="extract")
    assert TEASERS[1] in out


def test_two_teasers_are_no_list() -> None:
    text = _page(("Share / Tweet / Email",), TEASERS[:6])
    assert extract_with(text) == extract_with(text, teaser_list=False)


def test_the_rule_can_be_switched_off() -> None:
    text = _page(BOX)
    assert TEASERS[1] in extract_with(text, teaser_list=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["teaser-list"]}}
    )
    assert TEASERS[1] in cleantext.Cleaner(config).clean(text)


# --- adv19: a roundup whose items each end in "Read more" is the article's own list --------

ROUNDUP_HEAD = ("Walks near the city this spring", "By Ben Ash")
INTRO = (
    "Spring is the best time to walk the hills around the city, before the summer crowds "
    "arrive, and these routes can each be done in a morning by anyone who is reasonably fit.",
)
ITEMS = (
    "The river path",
    "The easiest of the three follows the river from the old mill to the weir, flat all the "
    "way, with a cafe at each end that opens early at weekends for walkers.",
    "Read more",
    "The ridge",
    "The ridge walk climbs steeply for the first hour and then runs along the top for miles, "
    "with views on a clear day as far as the sea and the islands beyond it.",
    "Read more",
    "The forest loop",
    "The forest loop is the longest, about twelve miles through old oak woods, and it is at "
    "its best in May when the bluebells cover the ground under the trees.",
    "Read more",
)


def _roundup(head: tuple[str, ...], intro: tuple[str, ...], between: tuple[str, ...]) -> str:
    return lines_page(MENU, head, intro, between, ITEMS, FOOTER)


def test_a_roundup_whose_intro_runs_into_its_items_keeps_them() -> None:
    """Before: cut to its intro (118 of 151 words lost); a blog post ends with a share bar."""
    out = cleantext.clean(_roundup(ROUNDUP_HEAD, INTRO, ()), preset="extract")
    assert INTRO[0] in out and ITEMS[1] in out and ITEMS[7] in out


def test_a_roundup_after_an_ad_slot_keeps_its_items() -> None:
    out = cleantext.clean(_roundup(ROUNDUP_HEAD, INTRO, ("Advertisement",)), preset="extract")
    assert ITEMS[1] in out and ITEMS[7] in out


@pytest.mark.parametrize("headline", ["Three walks near the city", "3 walks near the city",
                                      "Drei Wanderungen rund um die Stadt"])  # fmt: skip
def test_a_headline_that_counts_the_items_announces_them(headline: str) -> None:
    text = _roundup((headline, "By Ben Ash"), INTRO, ("Share / Tweet / Email",))
    out = cleantext.clean(text, preset="extract")
    assert ITEMS[1] in out and ITEMS[7] in out


def test_an_intro_ending_in_a_colon_announces_them() -> None:
    intro = (INTRO[0][:-1] + ", and here they are:",)
    text = _roundup(ROUNDUP_HEAD, intro, ("Share / Tweet / Email",))
    out = cleantext.clean(text, preset="extract")
    assert ITEMS[1] in out and ITEMS[7] in out


@pytest.mark.parametrize("headline", ["Two walks near the city", "Walks near the city since 1911",
                                      "Walks on 3 April 2026"])  # fmt: skip
def test_a_count_below_the_items_or_a_year_or_date_announces_nothing(headline: str) -> None:
    # near misses: a blog post with a share bar, then three teasers, still ends before them
    text = _roundup((headline, "By Ben Ash"), INTRO, ("Share / Tweet / Email",))
    out = cleantext.clean(text, preset="extract")
    assert INTRO[0] in out and ITEMS[1] not in out
