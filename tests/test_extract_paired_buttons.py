"""w-wild25, pages nobody tuned for: a Q&A site shows "Share" and "Follow" under the question
and each answer, each on a line of its own, with no "Improve this answer" between them. Read as
one reply button (``paired-buttons``, the data file's ``[comments] reply_pairs``), they make
the page a thread of posts (``posts.py``): the question and every answer are kept. Near
misses: a story with one "Share" / "Follow" bar and comments under it, and a story with
"Share" / "Follow us" lines, still lose their comments. Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, STORY, extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.posts import paired_buttons
from cleantext.config import Config

QUESTION = (
    "I need to print my scores from the highest to the lowest, but later in the program I "
    "still need the list in its original order. What is the cleanest way to get a copy?"
)
ANSWERS = (
    "Use slicing with a negative step: the expression builds a new list with the items in "
    "reverse order, and the original list is not touched at all.",
    "You can also call the reversed function and make a list of it, which some people find "
    "easier to read than the slice.",
)
BUTTONS = {"en": ("Share", "Follow"), "de": ("Teilen", "Folgen")}


def _qa(lang: str) -> str:
    share, follow = BUTTONS[lang]
    return _page(
        ("Questions", "Tags", "Users", "Log in"),
        ("How do I reverse a list without changing the original?", "Asked 3 years ago", "42"),
        (QUESTION,),
        ("python", share, follow, "asked Jun 3, 2021 at 9:14", "mira_k", "2 Answers", "61"),
        (ANSWERS[0],),
        (share, follow, "answered Jun 3, 2021 at 9:20", "Tomás R.", "12"),
        (ANSWERS[1],),
        (share, follow, "answered Jun 4, 2021 at 14:02", "owen"),
        ("Your Answer", "Post Your Answer", "Hot Network Questions"),
        FOOTER,
    )


@pytest.mark.parametrize("lang", sorted(BUTTONS))
def test_a_question_with_share_and_follow_keeps_its_answers(lang: str) -> None:
    page = _qa(lang)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [QUESTION, *ANSWERS]
    # the rule is what keeps them: off, the answers went as the question's comments
    off = extract_with(page, paired_buttons=False).splitlines()
    assert off == [QUESTION]


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["paired-buttons"]}}
    )
    assert ANSWERS[1] not in cleantext.Cleaner(config).clean(_qa("en"))


COMMENTS = (
    "Maria Lopez", "March 3, 2024 at 10:12 am",
    "Great piece, I walked over that bridge every day for forty years and will miss it.",
    "Tom Baker", "March 4, 2024 at 9:30 am",
    "The council should have repaired it ten years ago, when the first cracks showed.",
)  # fmt: skip


@pytest.mark.parametrize("bar", [("Share", "Follow"), ("Share", "Follow us"), ("Follow", "Share")])
def test_a_story_with_a_share_bar_still_loses_its_comments(bar: tuple[str, ...]) -> None:
    page = _page(("Home", "News"), STORY, bar, ("Comments (2)",), COMMENTS, bar, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == list(STORY)


def test_the_pair_is_read_only_in_its_order_and_next_to_each_other() -> None:
    pairs, seconds = frozenset({("share", "follow")}), frozenset({"follow"})
    assert paired_buttons(["share", "", "follow"], pairs, seconds) == {2: "share follow"}
    assert paired_buttons(["follow", "share"], pairs, seconds) == {}
    assert paired_buttons(["share", "python", "follow"], pairs, seconds) == {}


def test_one_pair_of_buttons_on_a_page_makes_no_thread() -> None:
    """A story's share bar is one pair: the comments under it are no thread's posts."""
    from cleantext.boilerplate.extract import WEIGHTS, _paired, classify_lines

    one = "Story line one is here.\n\nShare\n\nFollow\n\nComments"
    two = one + "\n\nA reply that is long enough.\n\nShare\n\nFollow"
    assert _paired(classify_lines(one), WEIGHTS) == {}
    assert len(_paired(classify_lines(two), WEIGHTS)) == 2
