"""``row-tables`` (``tables.row_cells``): a table between two paragraphs of the story whose rows
are lines of their own, their cells parted by spaces that the normaliser collapses ("City  Rent
 Change" / "Northport  1,240  +9.1%"), each row a label then the same number of figures, with
its source line under it ("Source: ... Chart: ..."), is the article's, as a table of one cell a
line is (``article-tables``: two paragraphs under it); rows under which another story starts
still go. Pages written
for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with
from cleantext.boilerplate.tables import row_cells
from cleantext.config import Config

ABOVE = (
    "Rents for new tenancies rose fastest this year outside the biggest cities, as renters "
    "moved to towns where a flat still costs less than half of their income, a survey found."
)
ROWS = (
    "City  Rent  Change", "Northport  1,240  +9.1%", "Eastvale  980  +8.4%",
    "Linton  1,105  +7.9%", "Capital City  2,310  +2.2%", "Westmere  1,890  +1.6%",
    "Source: National Housing Office. Chart: Harbour Herald",
)  # fmt: skip
UNDER = (
    "In the capital, rents rose by little more than two percent, the smallest rise in a "
    "decade, after three years in which rents had gone up by more than ten percent a year."
)
LAST = (
    "The office said it expected the gap between the big cities and the towns around them to "
    "narrow further next year, as more homes are finished in the towns."
)
OTHER = (
    "Volunteers planted four hundred trees along the river path on Saturday, the first part "
    "of a plan to shade the whole path by the end of the decade, the park office said."
)


def _page(under: str = UNDER) -> str:
    lines = [
        "Rents rise fastest in smaller cities | Harbour Herald", "Home", "Business",
        "Sign in", "Rents rise fastest in smaller cities", "By Tomas Reyes", ABOVE, *ROWS,
        under, LAST, "Share", "Facebook", "© 2026 Harbour Herald",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def _kept(out: str) -> list[str]:
    return [row for row in ROWS if " ".join(row.split()) in out]


def test_a_table_of_rows_inside_the_story_stays() -> None:
    out = cleantext.clean(_page(), preset="extract")
    assert ABOVE in out and UNDER in out and len(_kept(out)) == len(ROWS)


def test_the_row_tables_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["row-tables"]}}
    assert not _kept(cleantext.Cleaner(Config.from_dict(off)).clean(_page()))
    assert "Northport  1,240  +9.1%" not in extract_with(_page(), row_tables=False)


def test_near_miss_rows_over_another_story_still_go() -> None:
    out = cleantext.clean(_page(OTHER), preset="extract")
    assert not _kept(out)


def test_row_cells_needs_figures_at_every_row_end() -> None:
    assert row_cells(["City Rent", "Northport 1,240", "Eastvale 980", "Linton 1,105"]) == [
        "City", "Rent", "Northport", "1,240", "Eastvale", "980", "Linton", "1,105",
    ]  # fmt: skip
    assert row_cells(["Home", "News", "Sport 24", "Weather"]) is None
    assert row_cells(["Northport 1,240", "Eastvale 980 +8.4%", "Linton 1,105"]) is None
