"""The ``ranked-box`` mechanism (session 17): a short article under the page title's headline
is the content, not the site's numbered "Most read" list of headlines and excerpts after it."""

from __future__ import annotations

from cleantext import Cleaner, Config
from cleantext.boilerplate import find_main_content

TITLE = "Library to open on Sunday mornings | Example Gazette"
MENU = ["Example Gazette", "News", "Sport", "Business", "Opinion", "Subscribe"]
BRIEF = (
    "The town library will open on Sunday mornings from March, the council said on Monday. "
    "Two more staff will be hired, and borrowing stays free for everyone who lives in the "
    "town or works there."
)
ITEMS = [
    f"{n}. A story about the {topic} that the whole town read this week. The council said "
    f"that the work on the {topic} would take another year to finish."
    for n, topic in enumerate(
        ["bridge", "market", "school", "hospital", "station", "park", "pool"], start=1
    )
]
FOOTER = ["Contact us", "Privacy", "© 2026 Example Gazette"]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_a_short_article_wins_over_the_most_read_list_after_it() -> None:
    page = _page([TITLE], MENU, ["Library to open on Sunday mornings", "12 May 2026"], [BRIEF])
    page += _page(["Share", "Most read"], ITEMS, FOOTER)
    out = Cleaner(preset="extract").clean(page)
    assert BRIEF in out
    assert not any(item in out for item in ITEMS)
    notes = " ".join(edit.note for edit in find_main_content(page))
    assert "is a most-read list: the article is the run under" in notes


def test_switched_off_the_list_stays_the_content() -> None:
    page = _page([TITLE], MENU, ["Library to open on Sunday mornings", "12 May 2026"], [BRIEF])
    page += _page(["Share", "Most read"], ITEMS, FOOTER)
    off = {"preset": "extract", "boilerplate": {"extract_off": ["ranked-box"]}}
    out = Cleaner(Config.from_dict(off)).clean(page)
    assert ITEMS[0] in out


def test_near_miss_a_page_that_is_only_the_list_keeps_it() -> None:
    """A "Most read" page: nothing under the headline but the list, which stays."""
    page = _page([TITLE], MENU, ["Library to open on Sunday mornings", "Most read"], ITEMS, FOOTER)
    out = Cleaner(preset="extract").clean(page)
    assert ITEMS[0] in out and ITEMS[-1] in out


def test_near_miss_a_ranked_article_without_a_box_heading_stays() -> None:
    """A listicle: the numbered items under the intro, no box heading, are the article."""
    intro = "Here are the seven stories our readers liked best this year, with what came next."
    page = _page([TITLE], MENU, ["Library to open on Sunday mornings", intro], ITEMS, FOOTER)
    out = Cleaner(preset="extract").clean(page)
    assert all(item in out for item in ITEMS)
