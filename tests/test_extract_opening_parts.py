"""Issue 14, recall at the article's start: the lines the article opens with, above its first
paragraph.

- ``split-opening``: the first paragraph starts on a line of its own ("WASHINGTON — Lawmakers
  on Tuesday") and goes on, after a line break, on the line the main content starts with
  ("passed a bill ..."): the line above had no sentence end and the paragraph starts in lower
  case. Near miss: a caption right above a paragraph whose first word has a capital inside
  ("iPhone owners ...") still goes.
- ``dated-line``: a speech or a release sets its place, date and description on a line of
  their own ("Bern, 17.08.2007 - Speech by ... at the city summit"). Near misses: a place
  without a date, and a dateline followed by a label of one or two words.

The pages are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import blocks_page, extract_with

TITLE = ("Senate passes water bill - Example Ledger",)
MENU = ("Politics", "Business", "World", "Opinion")
HEADLINE = ("Senate passes water bill after months of talks",)
META = ("Updated 3 hours ago", "4 min read")
OPENING = (
    "WASHINGTON — Lawmakers on Tuesday",
    "passed a bill that would spend 20 billion dollars on water systems over the next decade, "
    "ending months of talks between the two parties over how the money should be shared.",
)
ARTICLE = (
    "The bill now goes to the House, where its leaders have said they hope to vote on it "
    "before the summer recess, and the White House said the president would sign it.",
    "Western states, which have faced years of drought, will receive about a third of the "
    "money, and cities with lead pipes will be able to apply for grants to replace them.",
)
FOOTER = ("Privacy", "Terms", "© 2026 Example Ledger")


def _page(*above: tuple[str, ...]) -> str:
    return blocks_page(TITLE, MENU, HEADLINE, META, *above, *((line,) for line in ARTICLE), FOOTER)


def test_the_first_line_of_a_split_paragraph_stays() -> None:
    text = _page(OPENING)
    out = cleantext.clean(text, preset="extract")
    assert OPENING[0] in out and ARTICLE[0] in out and "4 min read" not in out


def test_a_caption_over_a_paragraph_starting_with_a_brand_goes() -> None:
    caption = "The Capitol at dawn on Tuesday"
    first = (
        "iPhone owners in the capital will pay less for water from next year, after the "
        "Senate passed a bill that would spend 20 billion dollars on water systems."
    )
    text = _page((caption, first))
    out = cleantext.clean(text, preset="extract")
    assert caption not in out and first in out


def test_split_opening_can_be_switched_off() -> None:
    text = _page(OPENING)
    assert OPENING[0] not in extract_with(text, split_opening=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["split-opening"]}}
    )
    assert OPENING[0] not in cleantext.Cleaner(config).clean(text)


SPEECH_TITLE = ("Cities instead of mountains - Federal Department of Economy",)
SPEECH_MENU = ("Home", "News", "Speeches", "Contact", "Back to overview")
SPEECH_HEADLINE = ("Cities instead of mountains",)
DATED = "Bern, 17.08.2007 - Speech by Federal Councillor Anna Keller at the city summit, Basel"
SPEECH = (
    "A summit of cities. Is that not a contradiction in itself? A city on a mountain top is "
    "hard to imagine, even if architects are planning a tower on the Schatzalp.",
    "I know that the mountain on the poster of today's meeting is meant to show that the "
    "cities of this country want to be heard as loudly as the mountain valleys have been.",
    "Cities are where most of our people live and work, and where most of our wealth is made, "
    "and their voice in our politics should match that.",
)
SPEECH_FOOTER = ("Last modification 17.08.2007", "Top of page", "Legal notice")


def _speech(line: str) -> str:
    parts = [SPEECH_TITLE, SPEECH_MENU, SPEECH_HEADLINE, (line,), *((p,) for p in SPEECH)]
    return blocks_page(*parts, SPEECH_FOOTER)


def test_a_dateline_with_its_date_and_description_stays() -> None:
    out = cleantext.clean(_speech(DATED), preset="extract")
    assert DATED in out and SPEECH[0] in out and "Back to overview" not in out


def test_a_place_without_a_date_or_a_short_label_goes() -> None:
    for line in ("Bern, Switzerland - Speech by Federal Councillor Anna Keller", "Bern, "
                 "17.08.2007 - Media release"):  # fmt: skip
        out = cleantext.clean(_speech(line), preset="extract")
        assert line not in out and SPEECH[0] in out


def test_dated_line_can_be_switched_off() -> None:
    text = _speech(DATED)
    assert DATED not in extract_with(text, dated_line=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["dated-line"]}}
    )
    assert DATED not in cleantext.Cleaner(config).clean(text)
