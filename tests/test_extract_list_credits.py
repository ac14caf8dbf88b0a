"""Issue 14, pattern 2 (the article cut at its first embedded list or box), ``list-credits``:
a numbered list after the article's last paragraph (riddles and their answers, kept as a list
that goes on after the article: six items at least) has a picture between two
items, whose credit line ("Photo: Jane Doe via Unsplash") is all plain text keeps of it. The
list goes on after the credit, and the credit goes as ``extract-credit``. Near miss: a
"Photo gallery" link between two items is no credit and ends the list. The page is written
for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, lines_page
from cleantext import Cleaner, Config

TITLE = ("Riddles for a rainy day - Example News",)
INTRO = (
    *STORY,
    "While the bridge is closed, the children of the town have been sending us their "
    "favourite riddles, and here are the best of them.",
)
FIRST = (
    "1. What has a neck but no head?",
    "It is a bottle.",
    "2. What gets wetter the more it dries?",
    "It is a towel.",
    "3. What has keys but cannot open a door?",
    "It is a piano.",
)
REST = (
    "4. What can you catch but never throw?",
    "It is a cold.",
    "5. What has hands but cannot clap?",
    "It is a clock.",
    "6. What goes up but never comes down?",
    "It is your age.",
)
CREDIT = ("Photo: Jane Doe via Unsplash",)
GALLERY = ("Photo gallery",)


def test_a_photo_credit_between_items_does_not_end_the_list() -> None:
    text = lines_page(TITLE, MENU, INTRO, FIRST, CREDIT, REST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert FIRST[0] in out and REST[0] in out and REST[-2] in out  # (its last item)
    assert CREDIT[0] not in out and "Privacy Policy" not in out


def test_a_gallery_link_between_items_ends_it() -> None:
    text = lines_page(TITLE, MENU, INTRO, FIRST, GALLERY, REST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert FIRST[0] in out and REST[0] not in out


def test_the_rule_can_be_switched_off() -> None:
    text = lines_page(TITLE, MENU, INTRO, FIRST, CREDIT, REST, FOOTER)
    off = {"preset": "extract", "boilerplate": {"extract_off": ["list-credits"]}}
    out = Cleaner(Config.from_dict(off)).clean(text)
    assert FIRST[0] in out and REST[0] not in out
