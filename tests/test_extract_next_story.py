"""Issue 14, fundus case (b): a page that shows a second story under the article, with the
same header (a byline, a date line, a summary box's heading), ends the article before it
(``next-story``, ``stories.py``). Near misses: a table of contents above the article whose
headings come again as its subheadings, and a signature that repeats the byline and the date
at the article's end, end nothing."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with, tail_edit

FERRY = (
    "The ferry across the estuary will run again from Monday after three months in dry dock, "
    "where its engines were replaced and its deck was painted for the summer.",
    "The operator said that the first crossing would leave at seven in the morning and that "
    "tickets would cost the same as last year for people on foot and on bicycles.",
    "Drivers will have to book a place at least a day ahead, because the new engines need more "
    "room below deck and the ferry now carries eight cars instead of twelve.",
)


def _lines(*parts: tuple[str, ...]) -> str:
    return "\n\n".join(line for part in parts for line in part) + "\n"


def _header(author: str, date: str) -> tuple[str, ...]:
    return (f"By {author}", f"Published {date}", "In short")


def _two_stories() -> str:
    return _lines(
        ("Bridge to close | Town News",), MENU, ("Bridge to close",),
        ("The old bridge in the rain",), _header("Ann Lee", "3 May 2024 10:12"),
        ("Listen to this story",), STORY, ("Share this article", "Tags: bridge, council"),
        ("Ferry returns to the estuary",), _header("Tom Fox", "3 May 2024 08:45"), FERRY,
        FOOTER,
    )  # fmt: skip


def test_the_article_ends_before_the_next_storys_header() -> None:
    out = cleantext.clean(_two_stories(), preset="extract")
    assert all(line in out for line in STORY)
    assert not any(line in out for line in FERRY)
    assert "Ferry returns" not in out and "Tom Fox" not in out


def test_the_note_names_the_header_line_that_came_again() -> None:
    note = tail_edit(_two_stories()).note
    assert "the article's header comes again at line" in note and "(next-story)" in note


def test_the_rule_can_be_switched_off() -> None:
    assert FERRY[0] in extract_with(_two_stories(), next_story=False)


def test_a_table_of_contents_whose_headings_come_again_ends_nothing() -> None:
    headings = ("Closed from 3 May 2024", "What the detour means", "When it reopens")
    text = _lines(
        ("Bridge to close | Town News",), MENU, ("Bridge to close",), headings, STORY,
        (headings[0],), FERRY[:1], (headings[1],), FERRY[1:2], (headings[2],), FERRY[2:],
        FOOTER,
    )  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in (*STORY, *FERRY))


def test_a_signature_that_repeats_the_byline_and_date_ends_nothing() -> None:
    note = (
        "This article was amended on 4 May 2024 to correct the name of the ferry operator, "
        "which was given wrongly in an earlier version of the story."
    )
    text = _lines(
        ("Bridge to close | Town News",), MENU, ("Bridge to close",),
        ("The old bridge in the rain",), _header("Ann Lee", "3 May 2024 10:12"),
        ("Listen to this story",), STORY, FERRY, ("By Ann Lee", "Published 3 May 2024 10:12"),
        (note,), FOOTER,
    )  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in (*STORY, *FERRY, note))


REPLY = (
    "Thanks for the times, that helps a lot, because I had planned to take the early boat on "
    "Monday with my bicycle and did not know whether it would run at all.",
    "I will book a place for the car for the trip back on Friday, since the ferry now carries "
    "fewer cars than it used to and the summer weekends fill up quickly.",
)


def _thread(numbers: tuple[str, str, str], quote: tuple[str, ...] = ()) -> str:
    """A forum thread whose first poster answers a reply: the name, rank and date lines of
    the first post come again in the third (``numbers``: the posts' "#1" lines, or none;
    ``quote``: a quote button or a quoted line above the third post's text)."""
    return _lines(
        ("Ferry timetable | Harbour Forum",), MENU, ("Ferry timetable",),
        ("Thread starter annlee", "Start date Jan 14, 2026"),
        ("annlee", "New member", "Jan 14, 2026", numbers[0]), STORY,
        ("tomfox", "Member", "Jan 15, 2026", numbers[1]), FERRY,
        ("annlee", "New member", "Jan 15, 2026", numbers[2]), quote, REPLY, FOOTER,
    )  # fmt: skip


def _kept(text: str) -> list[bool]:
    out = cleantext.clean(text, preset="extract")
    return [line in out for line in (*STORY, *FERRY, *REPLY)]


def test_a_forum_reply_that_repeats_the_first_posts_header_is_no_next_story() -> None:
    blank = ("Posted", "Posted", "Posted")
    assert all(_kept(_thread(("#1", "#2", "#3"))))
    assert all(_kept(_thread(blank, ("Quote",))))
    assert all(_kept(_thread(blank, ("tomfox said:", FERRY[0]))))


def test_without_a_reply_mark_the_repeated_header_is_a_next_story() -> None:
    kept = _kept(_thread(("Posted", "Posted", "Posted")))
    assert all(kept[:2]) and not any(kept[len(STORY) + len(FERRY) :])


def test_a_second_story_after_a_quote_of_the_day_heading_still_ends_the_article() -> None:
    text = _two_stories().replace("Share this article", "Quote of the day")
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in STORY)
    assert not any(line in out for line in FERRY)
