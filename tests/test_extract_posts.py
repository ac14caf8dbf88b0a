"""Issue 14, pages that are not news: on a forum the first post is followed by a reply button
like each reply, and the thread is the page's content (``boilerplate/posts.py``): the posts
are kept and the buttons and header between them go (``extract-post-header``). Near misses:
a story whose comments have reply buttons (the story has none of its own), and comments whose
reply button comes above each header (the button after the story is the first comment's),
still lose their comments. Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content
from cleantext.config import Config

POSTS = (
    "My small media server drops off the network every few hours, and the only way to get it "
    "back is to pull the power cable and plug it in again. Has anyone seen this before?",
    "This is almost certainly the power management of the Wi-Fi driver, which lets the chip "
    "sleep when there is no traffic; turn it off and see whether the drops stop.",
    "Thanks, that was it. The server has now been online for a whole day without a single "
    "drop, which it has never managed before.",
    "One more thing worth checking is the channel your router uses, as some boards do not "
    "like the highest ones and lose the connection.",
)
HEADERS = {
    "en": (("kestrel", "New member", "Mar 12, 2024", "#1"),
           ("Reply", "Report", "dave_mcl", "Well-known member", "Mar 12, 2024", "#2"),
           ("Reply", "Report", "kestrel", "New member", "Mar 13, 2024", "#3"),
           ("Reply", "Report", "hollowpine", "Member", "Mar 14, 2024", "#4"),
           ("Reply", "Report", "You must log in or register to reply here.")),
    "de": (("gruenfink", "Mitglied", "4. Mai 2024", "#1"),
           ("Antworten", "Melden", "Rasenfreund", "Aktives Mitglied", "4. Mai 2024", "#2"),
           ("Antworten", "Melden", "Heike S.", "Mitglied", "5. Mai 2024", "#3"),
           ("Antworten", "Melden", "Jonas", "Mitglied", "6. Mai 2024", "#4"),
           ("Antworten", "Melden")),
}  # fmt: skip


def _forum(lang: str) -> str:
    head = HEADERS[lang]
    parts = [part for h, post in zip(head, POSTS, strict=False) for part in (h, (post,))]
    return _page(
        MENU, ("Raspberry Pi keeps losing its Wi-Fi connection",), *parts, head[-1], FOOTER
    )


@pytest.mark.parametrize("lang", sorted(HEADERS))
def test_a_forum_thread_keeps_its_posts(lang: str) -> None:
    page = _forum(lang)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == list(POSTS)
    edits = find_main_content(page)
    assert "thread of posts" in (edits[0].note or "")
    assert [e.rule for e in edits].count("extract-post-header") == 3
    # the rule is what keeps them: off, the replies go as comments
    assert POSTS[1] not in extract_with(page, forum_posts=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["forum-posts"]}}
    )
    assert POSTS[2] not in cleantext.Cleaner(config).clean(_forum("en"))


COMMENTS = (
    "Maria Lopez", "March 3, 2024 at 10:12 am", POSTS[1], "Reply",
    "Tom Baker", "March 4, 2024 at 9:30 am", POSTS[2], "Reply",
    "Ann", "March 4, 2024 at 11:02 am", POSTS[3], "Reply",
)  # fmt: skip
BUTTON_FIRST = (
    "Reply", "Maria Lopez", "March 3, 2024 at 10:12 am", POSTS[1],
    "Reply", "Tom Baker", "March 4, 2024 at 9:30 am", POSTS[2],
    "Reply", "Ann", "March 4, 2024 at 11:02 am", POSTS[3],
)  # fmt: skip


@pytest.mark.parametrize("comments", [COMMENTS, BUTTON_FIRST], ids=["after", "above"])
def test_a_story_still_loses_its_comments(comments: tuple[str, ...]) -> None:
    page = _page(MENU, STORY, ("Share this story", "Comments"), comments, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == list(STORY)
    edits = find_main_content(page)
    assert "extract-post-header" not in [e.rule for e in edits]
    assert not any("thread of posts" in (e.note or "") for e in edits)


QUESTION = (
    "How do I reverse a list without changing the original in Python?",
    "Asked 3 years ago", "Viewed 48k times", "42",
    "I need to print my scores from the highest to the lowest, but later in the program I "
    "still need the list in its original order. What is the cleanest way to get a copy?",
    "python", "Share", "Improve this question", "Follow", "asked Jun 3, 2021 at 9:14", "mira_k",
    "Add a comment", "2 Answers", "61",
    "Use slicing with a negative step: the expression builds a new list with the items in "
    "reverse order, and the original list is not touched at all.",
    "Share", "Improve this answer", "Follow", "answered Jun 3, 2021 at 9:20", "Tomás R.", "18.4k",
    "That is exactly what I needed, thank you.", "– mira_k", "Jun 3, 2021 at 9:31", "12",
    "You can also call the reversed function and make a list of it, which some people find "
    "easier to read than the slice, although it does the same job.",
    "Share", "Improve this answer", "Follow", "answered Jun 4, 2021 at 14:02", "owen", "901",
    "Your Answer", "Post Your Answer",
)  # fmt: skip


def test_a_question_keeps_its_answers() -> None:
    page = _page(("Questions", "Tags", "Users"), QUESTION, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [QUESTION[4], QUESTION[14], QUESTION[21], QUESTION[25]]
    assert QUESTION[14] not in extract_with(page, forum_posts=False)


@pytest.mark.parametrize("heading", [("Comments",), ()], ids=["heading", "none"])
def test_a_story_under_a_dated_byline_still_loses_its_comments(heading: tuple[str, ...]) -> None:
    # the byline under the standfirst starts the thread, but a comment heading or a
    # comment's header comes before the first reply button: that button is the comment's
    byline = ("By Jane Doe, March 2, 2024 at 8:00 am",)
    page = _page(MENU, STORY[:1], byline, STORY[1:], heading, COMMENTS, FOOTER)
    assert POSTS[2] not in cleantext.clean(page, preset="extract")
    assert not any("thread of posts" in (e.note or "") for e in find_main_content(page))


#: session 24 (w-wild24, ``post-sentences``): a post's last paragraph with few stopwords (a
#: list of versions) scored short, so it went with the buttons and header under the post
LOW_DENSITY = "Uso Windows 11 con Python 3.10 y Python 3.12. ¿Qué estoy haciendo mal?"


def _forum_low_density() -> str:
    head = HEADERS["en"]
    first = (POSTS[0], LOW_DENSITY)
    parts = [head[0], first, head[1], POSTS[1:2], head[2], POSTS[2:3], head[-1]]
    return _page(MENU, ("Raspberry Pi keeps losing its Wi-Fi connection",), *parts, FOOTER)


def test_a_posts_last_sentence_is_no_header() -> None:
    page = _forum_low_density()
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [POSTS[0], LOW_DENSITY, POSTS[1], POSTS[2]]
    # off, it goes with the header under the post
    assert LOW_DENSITY not in extract_with(page, post_sentences=False)
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["post-sentences"]}}
    )
    assert LOW_DENSITY not in cleantext.Cleaner(config).clean(page)


def test_a_header_line_that_ends_in_a_full_stop_still_goes() -> None:
    # near miss: a short line with a full stop in the header ("Report.") and the buttons go
    page = _forum_low_density().replace("\nReport\n", "\nReport.\n", 1)
    out = cleantext.clean(page, preset="extract")
    assert "Report." not in out and "Reply" not in out and LOW_DENSITY in out
