"""Issue 14, pages that are not news: a mailing-list archive shows a reply with the message
it answers quoted, each wrapped line marked "> ", and the quote went with the page's head
(its lines start with ">", not in lower case, so they were not read as wrapped text:
``wrapped.py``, ``quoted-lines``). Near miss: lines marked ">" that are each a capitalised
title of their own (a breadcrumb-like list) stay short lines. Pages written for these tests."""

from __future__ import annotations

from _pages import extract_with
from _pages import lines_page as _page
from cleantext.boilerplate.extract import WEIGHTS, classify_lines
from cleantext.boilerplate.wrapped import unwrapped

HEADER = ("Date Prev | Date Next | Thread Index", "From: Anna Berg", "To: garden-list")
QUOTE = (
    "On Monday, Tom Reed wrote:",
    "> I would like to move the seed swap to the first Saturday of April. The hall is",
    "> free then, the days are longer, and most of us will have sorted our seeds by",
    "> the end of March anyway.",
)
REPLY = (
    "I agree with moving it, but we should tell everyone on the list at least a month before, "
    "so that people who plan their weekends early can still come along to the swap.",
    "The hall also needs a deposit, which I can pay from the club's account if the committee "
    "agrees at the next meeting on Thursday evening.",
)
FOOTER = ("Prev by Date: Seed catalogue", "Next by Date: Minutes", "List information")


def test_an_emails_quoted_reply_is_read_as_wrapped_text() -> None:
    page = _page(HEADER, QUOTE, REPLY, FOOTER)
    kept = extract_with(page)
    assert all(line in kept for line in QUOTE[1:]), kept
    # the rule is what keeps them: off, the quote goes with the head
    assert QUOTE[1] not in extract_with(page, quoted_lines=False)


def test_lines_marked_with_a_quote_that_are_titles_stay_short() -> None:
    titles = (
        "> Council Approves New Budget For The Coming Year After Long Debate",
        "> Local Football Team Wins The Regional Cup In A Dramatic Final",
        "> Weather Warning Issued For The Weekend As Storms Approach Coast",
    )
    infos = unwrapped(classify_lines(_page(HEADER, titles, REPLY, FOOTER)), WEIGHTS)
    assert [i.kind for i in infos if i.block.text in titles] == ["short"] * 3
