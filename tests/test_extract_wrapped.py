"""Issue 14, recall: a hard-wrapped article (lines of about 70 characters, the sentences
going on across the line breaks) is scored as the paragraphs it is, and no longer loses to
its comments (``wrapped.py``, ``extract_off = ["hard-wrapped"]``); near misses: a list of
headlines of about the same length (each a title of its own) and wrapped lines without
stopwords stay short lines."""

from __future__ import annotations

import textwrap

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with, lines_page
from cleantext.boilerplate.extract import WEIGHTS, classify_lines
from cleantext.boilerplate.wrapped import unwrapped

WRAPPED = textwrap.fill(" ".join(STORY), 70).splitlines()
COMMENTS = (
    "Comments",
    "Maria Lopez",
    "I have crossed that bridge every day for thirty years, first to school and then to work, "
    "and I will miss it a lot when it is gone, even if the new one is wider and safer.",
    "Tom Baker",
    "The ferry is a good idea for the summer, but the council should have acted much sooner, "
    "as the cracks were there for years and everyone who walked over the bridge saw them.",
)


def test_a_hard_wrapped_article_beats_its_comments() -> None:
    text = lines_page(("Bridge to close - Example News",), MENU, WRAPPED, ("",), COMMENTS, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in WRAPPED)
    assert "Maria Lopez" not in out and "Privacy Policy" not in out


def test_a_two_line_paragraph_of_the_same_width_goes_with_them() -> None:
    two = textwrap.fill(
        "The ferry will be free for the first year, and the council will pay for it with the "
        "money saved.",
        70,
    ).splitlines()
    assert len(two) == 2
    text = lines_page(MENU, WRAPPED, ("",), two, ("",), COMMENTS, FOOTER)
    infos = classify_lines(text)
    kinds = {i.block.text: i.kind for i in unwrapped(infos, WEIGHTS)}
    assert kinds[two[0]] == kinds[two[1]] == "good"
    # alone on a page without wrapped paragraphs, two lines say nothing of a width
    alone = classify_lines(lines_page(MENU, two, FOOTER))
    assert [i.kind for i in unwrapped(alone, WEIGHTS)] == [i.kind for i in alone]


def test_paragraphs_wrapped_without_blank_lines_between_are_cut_at_their_ends() -> None:
    # no blank line between the paragraphs, and some end in a line shorter than the width
    # but no short line (41, 43 characters): cut there, each is scored; a consent line
    # that runs into them is not
    paragraphs = [
        textwrap.fill(text, 70).splitlines()
        for text in (
            "The council voted on Tuesday to close the old bridge over the river, which is "
            "now too weak for the buses that cross it every few minutes of the day and of "
            "the night as well.",
            "Residents said that they were worried about the long detour that the closure "
            "would mean for them, for the shops and for the children who walk to the school "
            "in the town every day.",
            "The mayor said that a new bridge would be built by the end of the decade, and "
            "that a ferry would run until then for people on foot and on their bicycles and "
            "for all the cars too.",
            "Work on the new bridge is expected to start next spring, once the plans have "
            "been approved by the government and the money for it is in the budget of the "
            "region for the year.",
        )
    ]
    assert 40 <= len(paragraphs[1][-1]) < 52
    consent = "We use cookies to improve your experience on this website today."
    lines = [line for p in paragraphs for line in p] + [consent]
    infos = classify_lines(lines_page(MENU, lines))
    kinds = {i.block.text: i.kind for i in unwrapped(infos, WEIGHTS)}
    assert all(kinds[line] == "good" for p in paragraphs for line in p)
    assert kinds[consent] != "good"


def test_headlines_of_one_length_are_no_wrapped_paragraph() -> None:
    headlines = (
        "Council Votes To Close The Old Bridge Over The River This Spring",
        "Residents Worried About The Long Detour For Shops And Schools Now",
        "Mayor Promises A New Bridge And A Free Ferry Until It Is Finished",
        "Traders In The Old Market Hope The Visitors Will Soon Come Back",
    )
    infos = classify_lines(lines_page(MENU, headlines))
    assert [i.kind for i in unwrapped(infos, WEIGHTS)] == [i.kind for i in infos]


def test_wrapped_lines_without_stopwords_stay_short() -> None:
    # (lower-case starts and no full stops: only the missing stopwords tell them apart)
    codes = [
        "alpha bravo charlie delta echo foxtrot golf hotel india juliet",
        "kilo lima mike november oscar papa quebec romeo sierra tango",
        "uniform victor whiskey xray yankee zulu amber bronze copper",
        "denim ebony fuchsia gold",
    ]
    infos = classify_lines(lines_page(codes))
    assert [i.kind for i in unwrapped(infos, WEIGHTS)] == [i.kind for i in infos]


def test_the_rule_can_be_switched_off() -> None:
    text = lines_page(("Bridge to close - Example News",), MENU, WRAPPED, ("",), COMMENTS, FOOTER)
    assert WRAPPED[0] not in extract_with(text, hard_wrapped=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["hard-wrapped"]}}
    )
    assert WRAPPED[0] not in cleantext.Cleaner(config).clean(text)
