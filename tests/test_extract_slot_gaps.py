"""Issue 14, fundus case (a): an ad slot that says the article goes on under it ("Story
continues below") closes whatever the site put between two parts of the article (a
"Trending" box of headlines, a newsletter box), and the article goes on after it
(``slot-gaps``, ``interrupted.py``). Near misses: the same box with no such slot under it,
with a comment heading inside it, or a teaser under the slot that shares no word with the
article, end the article."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with

REST = (
    "The council said that the ferry over the river would carry people on foot and on "
    "bicycles until the new bridge is built, and that the buses would take the long detour.",
    "The mayor said that the detour would add twenty minutes to the bus trip to the school, "
    "and that the council would pay for an extra bus in the mornings.",
)
MIDDLE = (
    "Engineers found deep cracks in two of the bridge's piers during an inspection in March, "
    "and the council said that repairs would cost more than a new bridge over the river.",
    "The bridge was opened more than a century ago, when the town's buses were horse-drawn "
    "carts, and it has been repaired four times since the war.",
)
SLOT = ("Advertisement 2", "Story continues below")
TRENDING = (
    "Trending",
    "Police name the driver in the crash on the ring road",
    "Subscriber only",
    "Local News",
    "Six restaurants to try in the old town this summer",
    "Food and Drink",
    "The school board votes to keep the swimming pool open",
    "Education",
)


def _page(box: tuple[str, ...], rest: tuple[str, ...] = REST) -> str:
    """The article's first part with a slot of its own, ``box``, then ``rest``."""
    parts = (
        ("Bridge to close | Town News",), MENU, ("Bridge to close",), STORY,
        ("Advertisement 1", "Story continues below"), MIDDLE, box, rest, FOOTER,
    )  # fmt: skip
    return "\n\n".join(line for part in parts for line in part) + "\n"


def test_the_article_goes_on_under_a_slot_that_says_so() -> None:
    out = cleantext.clean(_page((*SLOT[:1], *TRENDING, *SLOT)), preset="extract")
    assert all(line in out for line in (*STORY, *MIDDLE, *REST))
    assert not any(line in out for line in TRENDING[1::2])


def test_the_rule_can_be_switched_off() -> None:
    text = _page((*SLOT[:1], *TRENDING, *SLOT))
    assert REST[0] in cleantext.clean(text, preset="extract")
    assert REST[0] not in extract_with(text, slot_gaps=False)


def test_a_box_with_no_slot_under_it_ends_the_article() -> None:
    out = cleantext.clean(_page((*SLOT[:1], *TRENDING)), preset="extract")
    assert all(line in out for line in (*STORY, *MIDDLE)) and REST[0] not in out


def test_a_comment_heading_inside_the_box_ends_the_article() -> None:
    out = cleantext.clean(_page(("12 Comments", *TRENDING, *SLOT)), preset="extract")
    assert all(line in out for line in (*STORY, *MIDDLE)) and REST[0] not in out


def test_a_teaser_under_the_slot_sharing_no_word_ends_the_article() -> None:
    teaser = (
        "Six restaurants opened their doors in the harbour district this spring, offering "
        "seafood menus, cocktails and views across the marina to visitors from all over.",
    ) * 2
    out = cleantext.clean(_page((*SLOT[:1], *TRENDING, *SLOT), teaser), preset="extract")
    assert all(line in out for line in (*STORY, *MIDDLE)) and teaser[0] not in out
