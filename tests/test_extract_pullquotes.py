"""``extract-pullquote``: a line inside the article that repeats part of a longer paragraph
word for word (a pull quote) goes; near misses: a quote on a line of its own that the story
does not repeat, a short repeated phrase, the same line twice, and the rule switched off,
stay."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, STORY
from _pages import lines_page as _page
from cleantext import Cleaner
from cleantext.boilerplate.pullquotes import pull_quotes

QUOTED = (
    'The keeper said: "For eleven years I slept beside a gale, and on land the quiet kept me '
    'awake every night." He moved to a bungalow a mile from the harbour after that.'
)


@pytest.mark.parametrize(
    "quote",
    [
        '"For eleven years I slept beside a gale, and on land the quiet kept me awake every '
        'night."',
        "“For eleven years I slept beside a gale, and on land the quiet kept me awake”",
        # an unquoted part of the sentence, its first letter capitalised
        "He moved to a bungalow a mile from the harbour after that",
    ],
)
def test_a_pull_quote_goes(quote: str) -> None:
    page = _page(MENU, STORY[:1], (QUOTED, quote), STORY[1:], FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert QUOTED in out and all(line in out for line in STORY)
    assert quote not in out.splitlines()
    rules = {e.rule for e in Cleaner(preset="extract").clean_document(page).edits}
    assert "extract-pullquote" in rules


@pytest.mark.parametrize(
    "line",
    [
        # a real quote on its own line that the story does not repeat
        '"We did not want to be a village where you need a car to buy milk," she said.',
        # a short phrase the story repeats: too few words
        '"I slept beside a gale"',
    ],
)
def test_a_quote_the_story_does_not_repeat_stays(line: str) -> None:
    page = _page(MENU, STORY[:1], (QUOTED, line), STORY[1:], FOOTER)
    assert line in cleantext.clean(page, preset="extract")


def test_the_same_line_twice_is_no_pull_quote() -> None:
    assert pull_quotes([STORY[0], STORY[1], STORY[1]]) == []
    line = "He moved to a bungalow a mile from the harbour after that"
    assert pull_quotes([QUOTED, line, STORY[1]]) == [1]


HEADLINE = "Council approves the new bridge over the river Wye"
LEAD = "The council approves the new bridge over the river Wye, after ten years of talks."


@pytest.mark.parametrize(
    "lines",
    [
        [HEADLINE, LEAD, STORY[0]],  # a headline that the lead repeats, first in the content
        ["Home > News > " + HEADLINE, HEADLINE, LEAD],  # under a breadcrumb that holds it
    ],
)
def test_an_unquoted_line_not_between_paragraphs_is_no_pull_quote(lines: list[str]) -> None:
    """A line without quote marks goes only set between two paragraphs: a headline at the
    content's top, or under a breadcrumb that repeats it, is no pull quote."""
    assert pull_quotes(lines) == []


def test_the_rule_can_be_switched_off() -> None:
    quote = '"For eleven years I slept beside a gale, and on land the quiet kept me awake."'
    page = _page(MENU, STORY[:1], (QUOTED, quote), STORY[1:], FOOTER)
    off = Cleaner(preset="extract", disable=["extract-pullquote"]).clean(page)
    assert quote in off
