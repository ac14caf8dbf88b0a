"""Issue 14, the article's tail: a poll widget inside the article (a "Poll" heading, the
question, its options, a "Vote" button, "View results" and a vote count) was kept as the
article's, its question parting it from a menu's run (``polls.py``). Near misses: a
"Poll" heading over a paragraph on a survey's findings (no vote button under it), and a
survey's question in the prose, stay. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORM, STORY, extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content
from cleantext.boilerplate.polls import poll_boxes

POLL = (
    "Poll",
    "Should the old bridge be rebuilt or replaced?",
    "Rebuild it as it was",
    "Replace it with a new one",
    "Don't know",
    "Vote",
    "View results",
    "1,204 votes",
)
ENCUESTA = ("Encuesta", "¿Usaría usted el ferry?", "Sí", "No", "Votar", "Total de votos: 846")
FINDINGS = (
    "Poll",
    "A poll of 800 residents carried out for the council last month found that two thirds "
    "of them would rather have a new bridge than wait for the old one to be repaired.",
)


def test_a_poll_inside_the_article_goes_as_furniture() -> None:
    page = _page(MENU, STORY, POLL, STORM, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [*STORY, *STORM]
    # the rule is what removes it: off, the widget stays between the paragraphs
    assert POLL[1] in extract_with(page, poll_boxes=False)
    related = [e for e in find_main_content(page) if e.rule == "extract-related"]
    assert len(related) == 1 and "poll box inside the content: 'Poll' and 7" in related[0].note


def test_a_poll_in_another_language_goes_too() -> None:
    page = _page(MENU, STORY, ENCUESTA, STORM, FOOTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*STORY, *STORM]


def test_a_poll_heading_over_prose_or_a_survey_question_in_a_sentence_stays() -> None:
    page = _page(MENU, STORY, FINDINGS, STORM, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert FINDINGS[1] in out
    question = "Should the bridge be rebuilt? Most residents who answered the survey said yes."
    page = _page(MENU, STORY, (question, "Vote"), STORM, FOOTER)
    assert question in cleantext.clean(page, preset="extract")


def test_a_poll_box_ends_at_its_buttons_and_count() -> None:
    keys = ["poll", "which", "a", "b", "vote", "results", "0000 votes", "more", "text"]
    assert poll_boxes(keys, [1, 1, 1, 1, 1, 1, 2, 1, 1], 0, 8) == [(0, 6)]
    # no vote button within reach: no box (a heading and 12 short lines, then "vote")
    keys = ["poll", *["option"] * 12, "vote"]
    assert poll_boxes(keys, [1] * 14, 0, 13) == []
