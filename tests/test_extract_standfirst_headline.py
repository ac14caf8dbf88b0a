"""Issue 14, a short post under a list of teasers: no standfirst above the headline.

A local news page lists its latest stories (a title, a one-sentence excerpt, a date each)
above a short post: the last excerpt, its date, the post's headline and the post's date came
before the post, and the standfirst rule, which keeps a sentence over byline and date lines,
kept the excerpt of another story. ``standfirst-headline``: the search stops at the page
title's headline when only byline and date lines come between it and the article. Near miss:
the post's own standfirst under its headline, over its date, stays. The pages are written for
these tests.
"""

from __future__ import annotations

import cleantext
from _pages import extract_with, paragraphs_page

TITLE = ("Open-air pool opens early - Example Courier",)
MENU = ("Home", "Local", "Sport", "Events")
TEASERS = (
    "Latest news",
    "Police look for witnesses after crash on the bypass",
    "A driver left the road in fog on Sunday evening and hit a tree near the petrol station.",
    "31.03.2026",
    "New bus line to the station",
    "From May the buses will also run every half hour at the weekend to the station and back.",
    "30.03.2026",
)
HEADLINE = ("Open-air pool opens early",)
DATE = ("01.04.2026",)
POST = (
    "The open-air pool by the town park opens on 1 May this year, two weeks earlier than "
    "usual, the council decided on Tuesday. The warm spring and the wish of many families "
    "were the reasons, the mayor said. Ticket prices stay the same, and season tickets are "
    "on sale at the town hall from today.",
)
FOOTER = ("Imprint", "Privacy")
STANDFIRST = ("The council wants families to enjoy the warm spring at the pool.",)


def test_the_last_teasers_excerpt_above_the_headline_goes() -> None:
    text = paragraphs_page(TITLE, MENU, TEASERS, HEADLINE, DATE, POST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and TEASERS[5] not in out


def test_the_posts_own_standfirst_under_its_headline_stays() -> None:
    text = paragraphs_page(TITLE, MENU, TEASERS, HEADLINE, STANDFIRST, DATE, POST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert POST[0] in out and STANDFIRST[0] in out and TEASERS[5] not in out


def test_the_rule_can_be_switched_off() -> None:
    text = paragraphs_page(TITLE, MENU, TEASERS, HEADLINE, DATE, POST, FOOTER)
    assert TEASERS[5] in extract_with(text, standfirst_headline=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["standfirst-headline"]}}
    )
    assert TEASERS[5] in cleantext.Cleaner(config).clean(text)
