"""Issue 14, a blog's front page of several posts (``post-footers``, ``boilerplate/footers.py``).

Each post ends in a footer line ("posted by Dave at 9:42 PM | 3 comments | link") and the
next starts under its date and title. The footers scored as repeated page furniture, and the
article ended with the first post: the others went as ``extract-tail``. A footer with a
post's paragraph above it, two or more on the page, now scores as a blank line. Near misses:
one post's footer alone, a byline above the post ("Posted by Jane Smith" under the
headline), and the rule switched off. The pages are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import FOOTER, extract_with, lines_page

TOP = ("Dave's Weblog", "[ Home ] [ About Me ] [ Photos ] [ Links ]")
FIRST = (
    "Tuesday, March 14, 2006",
    "Finally fixed the old radio",
    "After three weekends with a soldering iron, the old valve radio I found at a car boot "
    "sale in October is working again, and it sounds better than I had ever hoped.",
    "The problem turned out to be two leaking capacitors on the power board, which had also "
    "eaten through one of the tracks beside them, so I bridged it with a bit of wire.",
    "posted by Dave at 9:42 PM | 3 comments | link",
)
SECOND = (
    "Sunday, March 5, 2006",
    "Spring at last",
    "The daffodils are out along the canal and it was warm enough to sit outside the pub "
    "this afternoon, so I took the camera along and put a few pictures in the album.",
    "posted by Dave at 6:15 PM | 0 comments | link",
)
SIDEBAR = ("About Me", "Name: Dave", "Blogroll", "Jen's Journal", "Bits and Bytes", "Archives")


def test_the_later_posts_of_a_blog_stay() -> None:
    out = cleantext.clean(lines_page(TOP, FIRST, SECOND, SIDEBAR, FOOTER), preset="extract")
    assert SECOND[2] in out and FIRST[2] in out
    assert "Blogroll" not in out and "Privacy Policy" not in out


def test_the_rule_can_be_switched_off() -> None:
    text = lines_page(TOP, FIRST, SECOND, SIDEBAR, FOOTER)
    assert SECOND[2] not in extract_with(text, post_footers=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["post-footers"]}}
    )
    assert SECOND[2] not in cleantext.Cleaner(config).clean(text)


def test_one_footer_alone_scores_as_before() -> None:
    teaser = ("Read next", "Spring at last", "The daffodils are out along the canal.")
    text = lines_page(TOP, FIRST, teaser, SIDEBAR, FOOTER)
    assert "Read next" not in cleantext.clean(text, preset="extract")


def test_a_byline_above_the_post_is_no_footer() -> None:
    from cleantext.boilerplate.footers import footer_rows

    keys = ["posted by jane smith", "", "posted by jane smith"]
    assert footer_rows(keys, ["short", "good", "short"], [4, 20, 4]) == []
