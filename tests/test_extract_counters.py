"""Issue 14, the article's tail: a "More on this topic" box of teasers inside the article,
each teaser with a line of counters ("Kommentare: 45, Empfehlungen: 8", "12 comments"), ended
the article: a comment count reads as a comment heading, and the paragraphs after the box
went as ``extract-tail`` (``counters.py``). Near misses: a paragraph that names comment
counts stays, and a real comment section after a box of teasers is not crossed. Pages
written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORM, STORY, extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.counters import is_counter
from cleantext.boilerplate.extract import find_main_content
from cleantext.boilerplate.patterns import normalize_line

BOX = (
    "More on this topic",
    "Ferry service to start in the spring",
    "Anna Berg",
    "Comments: 12, Shares: 4",
    "Bus routes change from Monday",
    "Tom Hale",
    "Comments: 3, Shares: 1",
)
KASTEN = (
    "Mehr zum Thema",
    "Neue Fähre soll im Frühjahr fahren",
    "Kommentare: ,",
    "Buslinien ändern sich ab Montag",
    "Kommentare: 45, Empfehlungen: 8",
)
COMMENTS = (
    "12 Comments",
    "Anna says:",
    "I cross that bridge every morning on my way to work, and I have seen the cracks getting "
    "worse every winter for years now, so this is no surprise at all to me.",
    "Tom says:",
    "The ferry will be fine for the summer, but I do not see how it will cope with the "
    "crowds when the schools open again in the autumn after the holidays.",
)


def test_a_box_of_teasers_with_counters_goes_and_the_story_goes_on() -> None:
    page = _page(MENU, STORY, BOX, STORM, FOOTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*STORY, *STORM]
    related = [e for e in find_main_content(page) if e.rule == "extract-related"]
    assert len(related) == 1 and "a box of teasers with 2 counter lines" in related[0].note


def test_a_comment_count_that_reads_as_a_heading_does_not_end_the_story() -> None:
    page = _page(MENU, STORY, KASTEN, STORM, FOOTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*STORY, *STORM]
    # the rule is what keeps the rest: off, "Kommentare: ," ends the story before the box
    assert STORM[0] not in extract_with(page, counter_boxes=False)


def test_comment_counts_in_prose_and_a_comment_section_after_a_box_stay_as_they_were() -> None:
    prose = (
        "The council's post about the closure drew 1,204 comments and 300 shares in a day, "
        "more than any post about the town's roads had drawn before."
    )
    page = _page(MENU, STORY, (prose,), STORM, FOOTER)
    assert prose in cleantext.clean(page, preset="extract")
    # the box's last counter line is the comment section's heading: the comments stay out
    page = _page(MENU, STORY, BOX[:4], COMMENTS, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert COMMENTS[2] not in out and STORY[0] in out


def test_a_counter_line_is_figures_and_counter_words_only() -> None:
    assert is_counter(normalize_line("1.2K views · 34 shares"))
    assert is_counter(normalize_line("Комментариев: 7"))
    assert not is_counter(normalize_line("12 comments on the plan"))
    assert not is_counter(normalize_line("2024"))
