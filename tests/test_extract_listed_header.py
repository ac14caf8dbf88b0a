"""Lines above the headline set as a list in a text without blank lines (``above_headline.py``,
``extract_off = ["listed-header"]``): a menu whose items are whole sentences joins a short
article's run; when the headline has the article's header under it (a byline or a date line),
the menu is cut off. Near misses: the same text with no byline or date under the headline,
and lines above it that read as one text ("But ..."), are left alone. The pages are written
for these tests."""

from __future__ import annotations

import cleantext
from cleantext import Cleaner, Config
from cleantext.boilerplate.above_headline import headed
from cleantext.boilerplate.extract import classify_lines

TITLE = "Covered market to close for two weeks | Harbour Herald"
MENU = (
    "Everything you need to know about the promenade works that start this summer.",
    "The best coastal walks to try when the weather finally turns warm.",
    "Our guide to the markets of the county, day by day and town by town.",
    "Where to eat outdoors in the city this spring, from cafés to beer gardens.",
)
HEAD = ("Covered market to close for two weeks", "By Laura Mendes", "Monday 16 March 2026")
STORY = (
    "The covered market will close from 30 March to 12 April so that its roof, damaged in the "
    "February storm, can be repaired, and the stallholders will move to the town hall square."
)
FOOT = ("Share", "Facebook", "Terms", "© 2026 Harbour Herald")


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n".join([TITLE, "Harbour Herald", "News", *(x for b in blocks for x in b)]) + "\n"


def test_a_menu_above_a_headline_with_its_byline_goes() -> None:
    doc = Cleaner(preset="extract").clean_document(_page(MENU, HEAD, (STORY,), FOOT))
    assert STORY in doc.text
    assert not any(line in doc.text for line in MENU)


def test_without_a_byline_under_the_headline_the_text_is_left_alone() -> None:
    out = cleantext.clean(_page(MENU, HEAD[:1], (STORY,), FOOT), preset="extract")
    assert STORY in out and MENU[1] in out


def test_lines_that_read_as_one_text_stay() -> None:
    text = (
        MENU[0],
        "But the works will not close the beach, which stays open to swimmers and walkers.",
        "It will be cleaned every morning by the council's team, as it was last summer.",
    )
    out = cleantext.clean(_page(text, HEAD, (STORY,), FOOT), preset="extract")
    assert STORY in out and text[1] in out


def test_the_header_is_a_byline_or_date_then_a_paragraph() -> None:
    infos = classify_lines("\n".join([*HEAD, STORY]))
    assert headed(infos, 0, 3)
    assert not headed(classify_lines("\n".join([HEAD[0], STORY])), 0, 1)


def test_the_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["listed-header"]}}
    text = _page(MENU, HEAD, (STORY,), FOOT)
    assert MENU[1] in Cleaner(Config.from_dict(off)).clean(text)
    assert MENU[1] not in Cleaner(preset="extract").clean(text)
