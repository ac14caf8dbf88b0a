"""Issue 14, pattern 2 (the article cut at a box inside it), ``resumed-words``: the article's
rest after a picture gallery has a few short lines of its own (subheadings, a "Read also"
list of headlines), so fewer than 60% of its lines are paragraphs; its paragraphs still hold
most of its words, and it resumes the article. Near miss: a digest of other stories, each
paragraph under a headline of its own, whose headlines are a bigger share of its words; a
thread of long comments, whose bylines (a name and a time) repeat. The page is written for
these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

TITLE = ("Council closes the old bridge after a century - Example News",)
HEADLINE = ("Council closes the old bridge after a century",)
LEAD = (
    "The council voted on Tuesday to close the old bridge over the river, which engineers say "
    "is now too weak for the buses that cross it every few minutes.",
    "Residents said they were worried about the long detour that the closure would mean for "
    "them, for the shops in the old town and for the children who walk to school.",
    "The closure starts on Monday morning, and the council said that the bridge would stay "
    "closed to every vehicle until its engineers had finished a full survey of it.",
)
GALLERY = (
    "Valley news in pictures",
    "Show all 12",
    *(
        line
        for n in range(1, 13)
        for line in (f"{n} /12 Valley news in pictures", f"Picture {n}: the spring fair", "PA")
    ),
)
PARAGRAPHS = (
    "The bridge was built in 1894 and has carried traffic between the two halves of the town "
    "ever since, through two floods and a fire that destroyed the mill next to it.",
    "Engineers who inspected it last month found cracks in three of its five arches, and "
    "they told the council that the cracks had grown quickly since the winter.",
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run until then for people on foot and on bicycles.",
    "Shopkeepers in the old town said they feared losing customers, because many of them "
    "come over the bridge from the new estates on the other side of the river.",
    "The bus company said its routes would change from Monday, and that journeys between the "
    "station and the hospital would take about ten minutes longer than before.",
    "A public meeting about the plans for the new bridge will be held in the town hall on "
    "the first Thursday of next month, and everyone is welcome to attend it.",
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
