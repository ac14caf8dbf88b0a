"""``extract-toc``: a table of contents inside the article (after its intro) whose entries
come again further down as its section headings goes, its label with it; near misses: a list
of things the article does not repeat, the same box twice in a row, and the rule switched
off, stay."""

from __future__ import annotations

import cleantext
from _pages import BRIDGE_BODY, BRIDGE_LEAD, FOOTER, MENU
from _pages import lines_page as _page
from cleantext import Cleaner
from cleantext.boilerplate.toc import toc_box

HEADINGS = ("The old bridge", "The long detour", "The new bridge")
SECTIONS = (
    HEADINGS[0], BRIDGE_BODY[0], BRIDGE_BODY[1],
    HEADINGS[1], BRIDGE_BODY[3], BRIDGE_BODY[4],
    HEADINGS[2], BRIDGE_BODY[2], BRIDGE_BODY[5],
)  # fmt: skip


def _toc_page(box: tuple[str, ...]) -> str:
    return _page(MENU, BRIDGE_LEAD[:2], box, SECTIONS, FOOTER)


def test_a_table_of_contents_inside_the_article_goes() -> None:
    box = ("Contents", *HEADINGS)
    page = _toc_page(box)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in BRIDGE_LEAD[:2] + SECTIONS)
    assert "Contents" not in out
    assert all(out.count(h) == 1 for h in HEADINGS)  # the headings stay, once
    rules = {e.rule for e in Cleaner(preset="extract").clean_document(page).edits}
    assert "extract-toc" in rules


def test_a_list_the_article_does_not_repeat_stays() -> None:
    box = ("What you need", "A pine cone", "Peanut butter", "Bird seed")
    out = cleantext.clean(_toc_page(box), preset="extract")
    assert all(line in out for line in box[1:])


def test_the_same_box_twice_is_no_table_of_contents() -> None:
    kinds = ["good", "repeat", "repeat", "repeat", "repeat", "repeat", "repeat", "good"]
    keys = ["p", "a", "b", "c", "a", "b", "c", "q"]
    assert toc_box(kinds, keys, [30, 1, 1, 1, 1, 1, 1, 30]) is None
    # entries that come again with the sections' text between them: a table of contents
    kinds = ["good", "repeat", "repeat", "repeat", "repeat", "good", "repeat", "good", "repeat"]
    keys = ["p", "a", "b", "c", "a", "x", "b", "y", "c"]
    assert toc_box(kinds, keys, [30, 1, 1, 1, 1, 30, 1, 30, 1]) == (1, 3)


def test_the_rule_can_be_switched_off() -> None:
    page = _toc_page(("Contents", *HEADINGS))
    off = Cleaner(preset="extract", disable=["extract-toc"]).clean(page)
    assert "Contents" in off and all(off.count(h) == 2 for h in HEADINGS)


def test_the_rows_of_a_results_table_are_no_table_of_contents() -> None:
    """Rows that come again further down with more repeated rows under them (an athlete in
    two events of a results page) are a table's, not headings over sections."""
    kinds = ["good", "repeat", "repeat", "repeat", "repeat", "repeat", "repeat", "repeat"]
    kinds += ["repeat", "repeat"]
    keys = ["p", "a", "b", "c", "a", "t", "b", "t", "c", "t"]
    assert toc_box(kinds, keys, [30, 5, 5, 5, 5, 2, 5, 2, 5, 2]) is None
