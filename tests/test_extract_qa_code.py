"""Issue 14, a question and its answers whose question holds a block of code
(``boilerplate/posts.py``, ``intro.list_between``).

A line of code with figures ("b[0][0] = 99") read as a comment's dated byline, which parted
the question from its reply button; and with the answer scoring higher than the question,
the thread was not found from the question. Now a line with a mark of code (``[comments]
code_marks``) is no dated byline, the question above an answer found as the main content
is the thread's first post when its own reply button follows it, and a later pass keeps the
block of code between the question's paragraphs as a list under the intro
(``intro-lists``). Near misses: a dated byline without such marks is one still; a box of
teasers between an intro and the article still goes; the rules switched off. The pages are
written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext.boilerplate import extract as x

TOP = ("Why does my dict change when I change a copy? - Example Answers", *MENU)
QUESTION = (
    "Why does my dict change when I change a copy?",
    "Asked 2 days ago",
    "Modified today",
    "I copy a dictionary of lists with b = a, then append to one of the lists in b, and the "
    "same list in a changes too, which I did not expect at all.",
    "a = {1: [10, 20], 2: [30]}",
    "b = a",
    "b[1].append(99)",
    "print(a)  # {1: [10, 20, 99], 2: [30]}",
    "How do I make a copy of it that I can change without touching the original one?",
    "python",
    "dictionary",
    "Share",
    "Improve this question",
    "Follow",
    "asked Mar 3, 2025 at 9:14",
    "lena_p",
    "1 Answer",
    "Sorted by:",
)
ANSWER = (
    "The line b = a copies nothing at all: it gives the same dictionary a second name, so a "
    "change made through one name is seen through the other one as well.",
    "A shallow copy made with a.copy() is a new dictionary, but the lists inside it are still "
    "shared between the two, so appending to one of them still changes the original. For a "
    "dictionary of lists you need a deep copy, which copies every object it finds:",
    "import copy",
    "b = copy.deepcopy(a)",
    "Share",
    "Improve this answer",
    "Follow",
    "answered Mar 3, 2025 at 9:20",
    "tom.h",
    "Your Answer",
    "Post Your Answer",
)


def test_a_question_keeps_its_code_and_its_answer() -> None:
    out = cleantext.clean(lines_page(TOP, QUESTION, ANSWER, FOOTER), preset="extract")
    for line in (QUESTION[3], "b[1].append(99)", QUESTION[8], ANSWER[0], ANSWER[3]):
        assert line in out
    assert "Improve this question" not in out and "Post Your Answer" not in out


def test_the_rules_can_be_switched_off() -> None:
    # (either keeps the code: the thread from the question, or the list under the intro)
    text = lines_page(TOP, QUESTION, ANSWER, FOOTER)
    assert QUESTION[6] not in extract_with(text, forum_posts=False, intro_lists=False)
    off = {"extract_off": ["forum-posts", "intro-lists"]}
    config = cleantext.Config.from_dict({"preset": "extract", "boilerplate": off})
    assert QUESTION[6] not in cleantext.Cleaner(config).clean(text)


def _byline(line: str) -> bool:
    info = x.classify_lines(f"{line}\n")[0]
    return x._byline(info, x._shapes(), x.WEIGHTS)


def test_a_line_of_code_is_no_dated_byline_and_a_name_and_date_is_one() -> None:
    assert not _byline("b[0][0] = 99") and not _byline("a = {1: 2}")
    assert _byline("Anna, 12 March 2024")


INTRO = (
    "The council has approved a plan to close the old bridge over the river, after engineers "
    "found that the bridge is too weak for the buses that cross it.",
)
ARTICLE = (
    "The bridge will close to all traffic on the first of May, and the buses that cross it "
    "will take the long way round by the ring road until a new bridge is built.",
    "Engineers said that the bridge had been checked every year since it was built, and that "
    "the cracks found in the spring had grown much faster than they had expected.",
    "A ferry for people on foot and on bicycles will run across the river every fifteen "
    "minutes while the bridge is closed, and it will be free for everyone.",
)


def test_a_box_of_teasers_between_the_intro_and_the_article_still_goes() -> None:
    box = ("Latest", "Bus fares to rise in May", "New library opens its doors")
    out = cleantext.clean(lines_page(TOP, INTRO, box, ARTICLE, FOOTER), preset="extract")
    assert ARTICLE[-1] in out and "Bus fares" not in out


def test_code_between_the_intro_and_the_article_stays() -> None:
    # (the question and its answer without their buttons, as a later pass sees them)
    text = lines_page(TOP, QUESTION[3:9], ANSWER[:4], FOOTER)
    assert "b[1].append(99)" in extract_with(text) and QUESTION[3] in extract_with(text)
    assert "b[1].append(99)" not in extract_with(text, intro_lists=False)
