"""Issue 14, pattern 3: a comment thread without a known heading whose bylines are a name and
a date (no time of day: "Anna am 12. März 2020", "Tom" above "14 March 2020") goes as
``extract-comments``; near miss: an article that is a chronicle of dated entries, without
reply buttons, is kept whole."""

from __future__ import annotations

import pytest

import cleantext
from _pages import BRIDGE_COMMENTS, FOOTER, MENU, STORY
from _pages import lines_page as _page
from cleantext.boilerplate.comments import dated_byline
from cleantext.boilerplate.extract import find_main_content

FIRST, SECOND = BRIDGE_COMMENTS[:2]
THREADS = {
    "de": ("Anna am 12. März 2020", FIRST, "Antworten", "Tom am 14. März 2020", SECOND,
           "Antworten"),
    "en-two-lines": ("Anna", "12 March 2020", FIRST, "Reply", "Tom", "14 March 2020", SECOND,
                     "Reply"),
    "fr": ("Marie le 3 mars 2021", FIRST, "Répondre", "Paul le 4 mars 2021", SECOND,
           "Répondre"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_thread_with_dated_bylines_goes_by_its_shape(lang: str) -> None:
    thread = THREADS[lang]
    page = _page(MENU, STORY, thread, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)
    assert "thirty years" not in out and "ferry is a good" not in out
    rules = [e.rule for e in find_main_content(page)]
    assert "extract-comments" in rules


def test_a_chronicle_of_dated_entries_is_no_thread() -> None:
    # near miss: dated entries inside the article, but no reply buttons
    chronicle = (
        "12 March 2020",
        "The first cracks were found in the bridge by an engineer who was checking the "
        "railings, and the council was told about them on the same day.",
        "14 March 2020",
        "The buses were sent on a detour for a week while the engineers measured the cracks, "
        "and the council then decided to let them back on the bridge.",
    )
    page = _page(MENU, STORY, chronicle, STORY[:1], FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in chronicle)
    assert "extract-comments" not in [e.rule for e in find_main_content(page)]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Anna am 12. März 2020", True),
        ("Tom on March 14, 2020", True),
        ("14 March 2020", True),
        ("Anna", False),
        ("Anna today", False),
        ("Election results 2020", False),
        ("The council voted on 12 March 2020 to close the bridge.", False),
    ],
)
def test_dated_bylines(line: str, byline: bool) -> None:
    assert dated_byline(line) is byline


def test_report_buttons_count_as_reply_buttons() -> None:
    # "Report this comment" under each comment is the thread's repeated button
    thread = ("Anna · 3 hours ago", FIRST, "Report this comment", "Tom · 2 hours ago", SECOND,
              "Report this comment")  # fmt: skip
    page = _page(MENU, STORY, thread, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)
    assert "thirty years" not in out and "ferry is a good" not in out
    assert "extract-comments" in [e.rule for e in find_main_content(page)]


def test_a_live_blog_with_one_report_button_is_no_thread() -> None:
    # near miss: times of day repeat, but one button is no repeated reply shape
    live = ("10:15", FIRST.replace("I have", "Anna has"), "10:40",
            SECOND.replace("The ferry", "A ferry"), "Report this comment")  # fmt: skip
    page = _page(MENU, STORY, live, STORY[:1], FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert live[1] in out and live[3] in out
    assert "extract-comments" not in [e.rule for e in find_main_content(page)]


@pytest.mark.parametrize(
    "heading", ["Kommentare (5)", "View comments (12)", "Readers' comments", "Commentaires 3"]
)
def test_a_comment_heading_with_its_count_ends_the_article(heading: str) -> None:
    page = _page(MENU, STORY, (heading, "Anna", FIRST, "Tom", SECOND), FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)
    assert "thirty years" not in out and "ferry is a good" not in out


def test_a_sentence_about_readers_comments_is_no_heading() -> None:
    said = "Readers' comments on the plan were mostly kind, the editor of the paper said today."
    out = cleantext.clean(_page(MENU, STORY[:2], (said,), STORY[2:], FOOTER), preset="extract")
    assert said in out and STORY[2] in out


NAMES = ("Margaret T.", "Daniel K.", "Priya S.", "Tom W.")
LONG = (
    "I have crossed that bridge every day for thirty years and I will miss it a lot when it is "
    "gone, even if the new one is safer and my grandchildren will never know the old one.",
    "The ferry is a good idea for the summer, but the council should have acted much sooner "
    "than this, as everyone could see the cracks in the arches from the river path for years.",
    "My students cross that bridge to reach the school every morning, and the detour along the "
    "ring road will add half an hour to a walk that many of them already find far too long.",
    "I agree with every word of this article and I hope that the council reads it before the "
    "vote next month, because once a bridge like this one is gone it never comes back again.",
)


@pytest.mark.parametrize(
    ("heading", "reply"),
    [
        ("What our readers say", "Reply"),
        ("Das sagen unsere Leser", "Antworten"),
        ("Ce que disent nos lecteurs", "Répondre"),
        ("Lo que dicen nuestros lectores", "Responder"),
        ("Cosa dicono i lettori", "Rispondi"),
        ("O que dizem os leitores", "Responder"),
        ("Dit zeggen onze lezers", "Beantwoorden"),
        ("Co mówią czytelnicy", "Odpowiedz"),
        ("Мнения читателей", "Ответить"),
    ],
)
def test_a_readers_say_heading_ends_the_article(heading: str, reply: str) -> None:
    """A thread under a heading of the readers' voices, with names and reply buttons only
    (no byline verb, no time): the heading (``[comments] sections``) ends the article."""
    thread = [line for name, said in zip(NAMES, LONG, strict=True) for line in (name, said, reply)]
    page = _page(MENU, STORY, ("Advertisement", heading), thread, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY)
    assert not any(said in out for said in LONG)


def test_a_sentence_on_what_readers_say_is_no_heading() -> None:
    said = "What our readers say about the bridge matters to the council, the mayor said."
    out = cleantext.clean(_page(MENU, STORY[:2], (said,), STORY[2:], FOOTER), preset="extract")
    assert said in out and STORY[2] in out
