"""Issue 14, pattern 2 (the article cut at a box inside it): a news article broken by a long
picture gallery (a caption and a credit for each picture) goes on after it; the body after
the gallery is kept and the gallery removed (``resumed.py``, ``extract_off = ["resumed"]``).
Near misses: a teaser list (headline, excerpt, date) and a footer of disclaimers after the
article are no continuation of it, nor are paragraphs after the comments' heading. The page
is written for these tests."""

from __future__ import annotations

import cleantext
from _pages import BRIDGE_BODY as BODY
from _pages import BRIDGE_HEADLINE as HEADLINE
from _pages import BRIDGE_LEAD as LEAD
from _pages import BRIDGE_TITLE as TITLE
from _pages import FOOTER, MENU, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import WEIGHTS, LineInfo, find_main_content
from cleantext.boilerplate.resumed import box_parts
from cleantext.segment import Block

GALLERY = (
    "Valley news in pictures",
    "Show all 12",
    *(
        line
        for n in range(1, 13)
        for line in (
            f"{n} /12 Valley news in pictures",
            f"{n} March 2024",
            f"Picture {n}: crowds at the spring fair",
            "PA",
        )
    ),
)
TEASERS = tuple(
    line
    for n, (topic, place) in enumerate(
        [("market", "square"), ("school", "park"), ("library", "station"), ("mill", "river")]
    )
    for line in (
        f"Plans for the new {topic} unveiled",
        f"The council has published its plans for the new {topic} near the {place}, and the "
        "people of the town can comment on them until the end of the month.",
        f"{n + 2} March 2024",
    )
)
DISCLAIMERS = (
    "The information on this website is for general information only, and it is not advice "
    "on which you should rely before you make any decision about your travel plans.",
    "We try to keep the information up to date and correct, but we make no promises that it "
    "is complete, accurate or suitable for any purpose you may have for it.",
    "Any reliance you place on the information is therefore strictly at your own risk, and "
    "we will not be liable for any loss or damage that comes from your use of it.",
    "Links to other websites are provided for your convenience only, and we have no control "
    "over the content of those sites or over whether they remain available to you.",
    "© 2024 Example News Ltd. All rights reserved.",
)


def _page(*after: tuple[str, ...]) -> str:
    return lines_page(TITLE, MENU, HEADLINE, LEAD, GALLERY, *after, FOOTER)


def test_the_article_resumes_after_a_picture_gallery() -> None:
    text = _page(BODY)
    out = cleantext.clean(text, preset="extract")
    assert LEAD[0] in out and all(line in out for line in BODY)
    assert "Valley news in pictures" not in out and "PA" not in out.split()
    assert "Privacy Policy" not in out
    box = next(e for e in find_main_content(text) if e.rule == "extract-related")
    assert box.before.startswith("Valley news in pictures")
    assert box.note.startswith("box of 50 lines inside the article ('Valley news in pictures')")
    assert "the article resumes after it at lines 61-66" in box.note
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "the article resumes at lines 61-66 after a box inside it" in tail.note
    assert "without a full stop" not in tail.note


def test_the_article_between_two_boxes_stays() -> None:
    # lines 1-2 box, 3-5 the article's middle (a run worth an article's paragraphs), 6-7 box,
    # 8-9 a caption's run worth less: only the middle stays
    mk = lambda k, s: LineInfo(Block(0, 0, "", 0), 9, 0.3, True, k, s)  # noqa: E731
    box = [mk("repeat", -6.0)] * 2
    infos = [mk("good", 90.0), *box, *[mk("good", 30.0)] * 3, *box, mk("good", 40.0)]
    infos += [mk("hint", -4.0), mk("good", 200.0)]
    runs = [(90.0, 0, 0), (90.0, 3, 5), (40.0, 8, 8), (200.0, 10, 10)]
    assert box_parts(infos, 0, 10, runs, WEIGHTS) == [(1, 2), (6, 9)]
    near = [(90.0, 0, 0), (79.0, 3, 5), (40.0, 8, 8), (200.0, 10, 10)]
    assert box_parts(infos, 0, 10, near, WEIGHTS) == [(1, 9)]


def test_a_teaser_list_after_the_article_is_no_continuation() -> None:
    out = cleantext.clean(_page(TEASERS), preset="extract")
    assert LEAD[0] in out and TEASERS[1] not in out


def test_a_footer_of_disclaimers_is_no_continuation() -> None:
    out = cleantext.clean(_page(DISCLAIMERS), preset="extract")
    assert LEAD[0] in out and DISCLAIMERS[0] not in out


def test_paragraphs_after_the_comment_heading_are_no_continuation() -> None:
    out = cleantext.clean(_page(("Leave a Reply",), BODY), preset="extract")
    assert LEAD[0] in out and BODY[0] not in out


def test_the_rule_can_be_switched_off() -> None:
    text = _page(BODY)
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["resumed"]}})
    out = Cleaner(config).clean(text)
    assert LEAD[0] in out and BODY[0] not in out


def test_paragraphs_after_the_page_footer_are_no_continuation() -> None:
    # a second page's text after the first one's footer (copyright line) is not the article
    out = cleantext.clean(_page(FOOTER, BODY), preset="extract")
    assert LEAD[0] in out and BODY[0] not in out


def test_the_articles_rest_before_a_related_box_heading_resumes_it() -> None:
    # the article's end is often right above a box of links ("Most read"): a heading after
    # the run, unlike a footer line after it, does not make it the page's footer
    out = cleantext.clean(_page(BODY, ("Most read", "Train fares to rise in spring")),
                          preset="extract")  # fmt: skip
    assert LEAD[0] in out and all(line in out for line in BODY)
    assert "Train fares to rise in spring" not in out


def test_a_link_box_between_the_rests_paragraphs_does_not_stop_it() -> None:
    """A "Lesen Sie auch:" box between two paragraphs of the article's rest is a box inside
    the story (``extract._bridges``), no box heading that ends it; a "Related stories" box
    with no story after it still ends the rest (the teaser list test's near miss)."""
    box = ("Lesen Sie auch:", "Fares to rise in the spring", "A new park opens in the town")
    text = _page(BODY[:2], box, BODY[2:])
    out = cleantext.clean(text, preset="extract")
    assert LEAD[0] in out and all(line in out for line in BODY)
    assert not any(line in out for line in box)
    out = cleantext.clean(_page(BODY[:2], box), preset="extract")
    assert BODY[0] not in out
