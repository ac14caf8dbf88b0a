"""A site's box of ranked headlines under an unknown heading next to a short article
(``ranked_headlines``, switch ``ranked-headlines``): the short article is the content, not
the bigger box. Near misses: a how-to's numbered steps that go on about the same things, a
list the article announces with a colon, a listicle whose title counts its items."""

from __future__ import annotations

import cleantext
from _pages import tail_edit
from cleantext.config import Config

SITE = "Marford Courier"
MENU = ["Subscribe", "Sign in", "News", "Sport", "Opinion"]
FOOTER = ["Advertisement", "About us", "Contact", "© 2026 Marford Courier Ltd"]
HEADLINE = "Swimming pool to reopen after repairs"
BYLINE = ["By Ann Lowe", "Published 2 May 2026, 08:10"]
BRIEF = (
    "The swimming pool on Dene Road will reopen on Monday after three weeks of repairs to its "
    "roof. The council said the changing rooms have been repainted and the cafe reopens too."
)
SHARE = ["Share", "Facebook", "WhatsApp"]
HEADLINES = [
    "The family who turned a derelict railway station into a bakery plans a second shop.",
    "Parents say the new school bus timetable leaves children waiting in the cold for an hour.",
    "A retired teacher has walked every public footpath in the district over eleven years.",
    "Plans for two hundred homes on the edge of the common are back before the committee.",
    "The market hall clock has stopped again and the repair will cost more than expected.",
    "The town's football club says it can still reach the play-offs if it wins four games.",
    "Police ask for witnesses after a van was driven into the window of a charity shop.",
]
STEPS = [
    "Fill the kettle with fresh water and bring the water to the boil on the stove.",
    "Warm the teapot with a little of the boiling water from the kettle, then empty it.",
    "Put one spoon of loose tea for each cup into the warm teapot, and one for the pot.",
    "Pour the boiling water from the kettle over the tea leaves in the teapot slowly.",
    "Leave the tea in the teapot to brew for four minutes under a cosy, then stir the tea.",
]


def _page(
    items: list[str] = HEADLINES,
    heading: str = "What everyone is reading",
    headline: str = HEADLINE,
) -> str:
    ranked = [f"{n}. {item}" for n, item in enumerate(items, 1)]
    lines = [f"{headline} | {SITE}", *MENU, headline, *BYLINE, BRIEF, *SHARE, heading]
    return "\n".join([*lines, *ranked, *FOOTER]) + "\n"


def test_a_box_of_ranked_headlines_loses_to_the_short_article() -> None:
    out = cleantext.clean(_page(), preset="extract")
    assert BRIEF in out and not any(item in out for item in HEADLINES)


def test_the_explanation_names_the_rule() -> None:
    assert "(ranked-headlines)" in tail_edit(_page()).note


def test_numbered_steps_that_go_on_about_the_same_things_stay() -> None:
    out = cleantext.clean(_page(STEPS, "How to make it"), preset="extract")
    assert all(step in out for step in STEPS)


def test_a_list_the_article_announces_stays() -> None:
    out = cleantext.clean(_page(heading="These are the other changes:"), preset="extract")
    assert all(item in out for item in HEADLINES)


def test_a_list_the_title_counts_stays() -> None:
    page = _page(headline="7 stories that made the town talk this spring")
    assert all(item in cleantext.clean(page, preset="extract") for item in HEADLINES)


def test_the_rule_can_be_switched_off() -> None:
    off = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["ranked-headlines"]}}
    )
    out = cleantext.Cleaner(off).clean(_page())
    assert all(item in out for item in HEADLINES)


SHORT_HEADLINES = [
    "A neighbour finds a Roman jar while digging the vegetable patch behind his house.",
    "Firefighters rescue a dog trapped in an old well next to the road to the quarry.",
    "The spring fair will have three days of concerts and a craft market this year.",
    "The youth basketball team reaches the regional finals for the first time ever.",
    "A recycling firm will open a plant on the industrial estate with forty new jobs.",
]


def test_a_box_the_articles_run_took_in_after_its_share_bar_is_cut_off() -> None:
    lines = [f"{HEADLINE} | {SITE}", *MENU, HEADLINE, *BYLINE, BRIEF, "Share", "Trending today"]
    ranked = [f"{n}. {item}" for n, item in enumerate(SHORT_HEADLINES, 1)]
    out = cleantext.clean("\n".join([*lines, *ranked, *FOOTER]) + "\n", preset="extract")
    assert BRIEF in out and not any(item in out for item in SHORT_HEADLINES)


def test_the_articles_own_list_under_its_subheading_stays() -> None:
    lines = [f"{HEADLINE} | {SITE}", *MENU, HEADLINE, *BYLINE, BRIEF, "What else changes"]
    ranked = [f"{n}. {item}" for n, item in enumerate(SHORT_HEADLINES, 1)]
    out = cleantext.clean("\n".join([*lines, *ranked, *FOOTER]) + "\n", preset="extract")
    assert BRIEF in out and all(item in out for item in SHORT_HEADLINES)
