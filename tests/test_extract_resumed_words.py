"""Issue 14, pattern 2 (the article cut at a box inside it), ``resumed-words``: the article's
rest after a picture gallery has a few short lines of its own (subheadings, a "Read also"
list of headlines), so fewer than 60% of its lines are paragraphs; its paragraphs still hold
most of its words, and it resumes the article. Near miss: a digest of other stories, each
paragraph under a headline of its own, whose headlines are a bigger share of its words; a
thread of long comments, whose bylines (a name and a time) repeat. The page is written for
these tests."""

from __future__ import annotations

import cleantext
from _pages import BRIDGE_BODY as PARAGRAPHS
from _pages import BRIDGE_HEADLINE as HEADLINE
from _pages import BRIDGE_LEAD as LEAD
from _pages import BRIDGE_TITLE as TITLE
from _pages import FOOTER, MENU, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

GALLERY = (
    "Valley news in pictures",
    "Show all 12",
    *(
        line
        for n in range(1, 13)
        for line in (f"{n} /12 Valley news in pictures", f"Picture {n}: the spring fair", "PA")
    ),
)
#: the rest of the article: six paragraphs, two subheadings and a list of three headings
#: (6 paragraphs of 11 lines, 55%; their words about 93% of the run's)
REST = (
    *PARAGRAPHS[:2],
    "What happens next",
    *PARAGRAPHS[2:4],
    "At a glance",
    "Ferry timetable",
    "Bus changes",
    "Town hall plans",
    *PARAGRAPHS[4:],
)
#: a digest of six other stories, each under a headline of ten words (6 paragraphs of 11
#: lines in its run; their words about 84% of the run's), worth more than the lead
PLACES = (
    ("market", "square"),
    ("school", "park"),
    ("library", "station"),
    ("mill", "river"),
    ("pool", "school"),
    ("museum", "castle"),
)
DIGEST = tuple(
    line
    for topic, place in PLACES
    for line in (
        f"Town council publishes its long awaited plans for the new {topic}",
        f"The council has published its plans for the new {topic} near the {place}, and the "
        "people of the town can comment on them until the end of the month, online or in the "
        "library, and a model of it will be shown in the hall of the town museum.",
    )
)

#: a thread of five long comments after the gallery, each under a byline with a time and a
#: title (its paragraphs hold about 85% of its words, but its bylines make it a thread)
THREAD = tuple(
    line
    for n, name in enumerate(["Anna Berg", "Tom Baker", "Lea Roth", "Jan Vos", "Eva Lind"])
    for line in (
        f"Posted by {name} on 29 October 2012 at 15:{10 + n}",
        "The bridge and the town",
        f"{PARAGRAPHS[n]} {PARAGRAPHS[n + 1]} I have lived here for {20 + n} years, and I "
        "have never seen the council act so late on something so clear to everyone.",
    )
)


def _page(after: tuple[str, ...]) -> str:
    return lines_page(TITLE, MENU, HEADLINE, LEAD, GALLERY, after, FOOTER)


def test_the_rest_with_a_box_of_its_own_resumes_the_article() -> None:
    text = _page(REST)
    out = cleantext.clean(text, preset="extract")
    assert LEAD[0] in out and all(line in out for line in PARAGRAPHS)
    assert "Valley news in pictures" not in out and "Privacy Policy" not in out
    box = next(e for e in find_main_content(text) if e.rule == "extract-related")
    assert box.before.startswith("Valley news in pictures")
    assert "6 of its 11 lines, but 93% of its words, at least 85% (resumed-words" in box.note


def test_a_digest_of_other_stories_is_no_continuation() -> None:
    out = cleantext.clean(_page(DIGEST), preset="extract")
    assert LEAD[0] in out and DIGEST[1] not in out


def test_a_thread_of_long_comments_is_no_continuation() -> None:
    out = cleantext.clean(_page(THREAD), preset="extract")
    assert LEAD[0] in out and THREAD[2] not in out


def test_the_rule_can_be_switched_off() -> None:
    text = _page(REST)
    off = {"preset": "extract", "boilerplate": {"extract_off": ["resumed-words"]}}
    out = Cleaner(Config.from_dict(off)).clean(text)
    assert LEAD[0] in out and PARAGRAPHS[-1] not in out


#: a digest whose excerpts are long (its paragraphs hold more than 85% of its words), up to
#: the next box's heading ("Most read"): a run dense only by its words ends at a heading as
#: a teaser list does, not as the article's rest (that ends at the page's footer, or at a
#: heading when its paragraphs are most of its lines)
LONG_DIGEST = tuple(
    line
    for topic, place in PLACES[:4]
    for line in (
        f"Plans for the {topic}",
        f"{DIGEST[1].replace('market', topic).replace('square', place)} The plans were drawn "
        "up by a firm of architects from the city, and they will be shown to the people of the "
        "town at a meeting in the hall of the old school on the first Monday of next month.",
    )
)


def test_a_digest_of_long_excerpts_before_a_box_heading_is_no_continuation() -> None:
    out = cleantext.clean(_page((*LONG_DIGEST, "Most read", "Train fares to rise")),
                          preset="extract")  # fmt: skip
    assert LEAD[0] in out and LONG_DIGEST[1] not in out


def test_a_digest_of_long_excerpts_each_under_its_headline_is_no_continuation() -> None:
    # up to the site's links (no heading, no copyright line right after it): its paragraphs
    # each come right after a headline of their own (``resumed._paired``)
    out = cleantext.clean(_page(LONG_DIGEST), preset="extract")
    assert LEAD[0] in out and LONG_DIGEST[1] not in out
