"""A single sign-up sentence inside the article ("Subscribe to the library's newsletter to hear
about new titles each month.") does not end it: the paragraphs after it stay (session 22
checked the pattern reported in session 21 on ``benchmarks/written_pages/signup_line_en.txt``
and these pages: the run goes on across the line's UI score). Two sign-up box lines in a row
still go (``extract-signup``). Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext

P1 = (
    "The county library opened its second branch on Thursday in the old post office on "
    "Millbrook's main street, after two years of repairs paid for by residents and a grant."
)
SIGNUP = "Subscribe to the library's newsletter to hear about new titles each month."
P2 = (
    "Librarian Ada Moss said the branch would open six days a week and host a story hour for "
    "young children every Saturday morning, starting next month."
)
P3 = (
    "Residents who helped with the repairs will have their names on a plaque by the front "
    "door, which the mayor is due to unveil at a small ceremony in January."
)
BOX = ("Valley Courier Newsletter", "Sign up to get the best stories of the week in your inbox.")


def _page(*middle: str, sep: str = "\n") -> str:
    lines = [
        "Library opens a second branch | Valley Courier", "Home", "News", "Sign in",
        "Library opens a second branch", "By Nora Feld", P1, *middle, P2, P3, "Share",
        "Facebook", "© 2026 Valley Courier",
    ]  # fmt: skip
    return sep.join(lines) + "\n"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_one_signup_sentence_does_not_end_the_article(sep: str) -> None:
    out = cleantext.clean(_page(SIGNUP, sep=sep), preset="extract")
    assert P1 in out and P2 in out and P3 in out


def test_near_miss_a_signup_box_goes_and_the_article_goes_on() -> None:
    out = cleantext.clean(_page(*BOX), preset="extract")
    assert BOX[1] not in out and P1 in out and P3 in out
