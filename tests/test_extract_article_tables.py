"""Issue 14, the article's tail: a table inside the article, its cells on lines of their own
(a car park's old and new prices, a district's old and new collection day), was cut as a
menu, and the story under it went, or won as the article (``article-tables``,
``tables.py``). Near misses: a menu of short labels under a colon-ended teaser line, a table
of teaser headlines, a results table, a shop's price list and a TV schedule box after the
article's end still go. Pages written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, cpu_best, extract_with, scaling
from _pages import lines_page as _page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content
from cleantext.boilerplate.tables import is_figure, table_shape

LEAD = (
    "Parken in der Altstadt wird vom ersten Mai an teurer, nachdem der Gemeinderat am Montag "
    "die neuen Gebühren für die städtischen Parkhäuser beschlossen hat.",
)
HEAD = ("Parken wird teurer | Kurier", "Parken wird teurer", "Von Jana Roth", "04.03.2026")
ANNOUNCE = ("Neue Preise pro Stunde:",)
PRICES = ("Parkhaus", "Bisher", "Ab Mai", "Am Dom", "2,00 €", "2,50 €", "Westbahnhof",
          "1,50 €", "2,00 €", "Stadthalle", "2,00 €", "2,20 €")  # fmt: skip
REST = (
    "Mit dem Geld will die Gemeinde neue Radwege bauen und eine zweite Buslinie bezahlen, die "
    "vom Herbst an alle zwanzig Minuten durch die Altstadt fahren soll.",
    "Die Händler in der Altstadt kritisierten die Erhöhung und fürchten, dass weniger Kunden "
    "aus den Dörfern zum Einkaufen kommen.",
)
BINS_LEAD = (
    "Bin collection days will change for most households from Monday, when the council's "
    "new recycling contract begins and the lorries start on their new rounds.",
    "The council has published the new collection day for each district, set out below.",
)
BINS = ("District", "Old day", "New day", "Abbeyfield", "Monday", "Thursday", "Castle Hill",
        "Tuesday", "Tuesday", "Riverside", "Wednesday", "Monday")  # fmt: skip
BINS_REST = (
    "Households that are not sure of their district can find it on the council's website, "
    "and the contact centre will stay open late during the first two weeks.",
    "Bins put out on the old day will still be emptied during the first week, so that nobody "
    "is left with a full bin while they get used to the change.",
)


def test_an_announced_table_between_two_paragraphs_is_the_article_s() -> None:
    text = _page(MENU, HEAD, LEAD, ANNOUNCE, PRICES, REST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*LEAD, *ANNOUNCE, *PRICES, *REST]
    edits = find_main_content(text)
    assert not any(e.rule == "extract-menu" for e in edits)
    tail = next(e for e in edits if e.rule == "extract-tail")
    assert "is the article's (3 cells a row, a header row" in (tail.note or "")
    assert "a line ending in ':' announces it" in (tail.note or "")
    # the rule is what keeps it: off, the table is cut
    assert "2,50 €" not in extract_with(text, article_tables=False)


def test_a_table_under_a_paragraph_of_the_story_needs_shared_words_under_it() -> None:
    text = _page(MENU, BINS_LEAD, BINS, BINS_REST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*BINS_LEAD, *BINS, *BINS_REST]
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "shares 2 content words with the one above" in (tail.note or "")
    assert "Abbeyfield" not in extract_with(text, article_tables=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["article-tables"]}}
    )
    text = _page(MENU, HEAD, LEAD, ANNOUNCE, PRICES, REST, FOOTER)
    assert "Westbahnhof" not in Cleaner(config).clean(text)


def test_a_menu_of_labels_under_a_colon_ended_teaser_still_goes() -> None:
    labels = ("More on this:", "Politics", "Business", "Sport", "Culture", "Travel", "Motoring")
    out = cleantext.clean(_page(MENU, LEAD, labels, REST, FOOTER), preset="extract")
    assert "Business" not in out and "Motoring" not in out


def test_teaser_headlines_with_their_dates_are_no_table() -> None:
    teasers = (
        "New cycle lane opens on the ring road at last", "3 March",
        "Council tax to rise by five per cent next year", "2 March",
        "Bus station to close for six weeks of repairs", "1 March",
    )  # fmt: skip
    out = cleantext.clean(_page(MENU, LEAD, teasers, REST, FOOTER), preset="extract")
    assert "3 March" not in out


@pytest.mark.parametrize(
    "box",
    [
        # a results table after the article's end, then another story's teaser
        ("Team", "Played", "Points", "Rovers", "24", "51", "United", "24", "47", "Athletic",
         "23", "44"),
        # a shop's price list in the sidebar
        ("Garden Centre offers", "Compost 50 l", "£6.99", "Rose bush", "£12.50", "Bird table",
         "£29.99", "Watering can", "£8.00"),
        # a TV schedule box
        ("TV tonight", "20:15", "Crime Scene", "21:45", "Late News", "22:15", "Talk Show",
         "23:30", "Film: The Long Road"),
    ],
)  # fmt: skip
def test_a_table_after_the_article_s_end_still_goes(box: tuple[str, ...]) -> None:
    other = (
        "A new cinema with eight screens and a rooftop bar will open in the old post office "
        "in the summer, its owners announced on Thursday.",
    )
    out = cleantext.clean(_page(MENU, LEAD, REST, box, other, FOOTER), preset="extract")
    assert box[2] not in out and box[4] not in out and other[0] not in out


def test_the_shape_of_a_table() -> None:
    assert table_shape(PRICES) == (3, 3) and table_shape(BINS) == (3, 3)
    assert table_shape(("Home", "News", "Sport", "Weather", "Travel", "Contact")) is None
    # a column of figures and no column of labels: a pager
    assert table_shape(("1", "2", "3", "4", "5", "6")) is None
    # a cell as long as a headline: no table
    assert table_shape(("Rovers beat United in a late thriller", "2-1", *PRICES[3:])) is None
    assert is_figure("€ 5,50") and is_figure("Donnerstag") and not is_figure("Bahnhof")


FERRY_LEAD = (
    "The ferries to the island will run to their summer timetable from the sixth of June, "
    "with an early crossing for the people who work at the harbour.",
)
FERRY_ANNOUNCE = ("First crossings of each line:",)
TIMES = ("Route", "Leaves", "Arrives", "Ferry 1", "06:45", "07:05", "Ferry 2", "07:10", "07:40",
         "Ferry 3", "07:30", "08:15")  # fmt: skip
FERRY_REST = (
    "The last crossing of the evening will leave at half past ten on Fridays and Saturdays, "
    "so that islanders can get home after the festival's shows.",
    "Fares do not change, and a bus ticket stays valid on the ferries for an hour after it "
    "was first used.",
)


def test_a_timetable_whose_times_are_date_lines_is_the_article_s() -> None:
    # its times are date lines ("06:45"), which no other list inside the article may hold
    text = _page(MENU, HEAD, FERRY_LEAD, FERRY_ANNOUNCE, TIMES, FERRY_REST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*FERRY_LEAD, *FERRY_ANNOUNCE, *TIMES, *FERRY_REST]
    assert "07:40" not in extract_with(text, article_tables=False)


def test_a_table_under_a_paragraph_without_a_header_row_needs_an_announcing_line() -> None:
    # the rows of the collection days without their header: no line announces them
    text = _page(MENU, BINS_LEAD, BINS[3:], BINS_REST, FOOTER)
    assert "Abbeyfield" not in cleantext.clean(text, preset="extract")


def test_the_rule_reads_a_page_in_linear_time() -> None:
    def seconds(n: int) -> float:
        text = _page(*((LEAD, ANNOUNCE, PRICES, REST) * n))
        return cpu_best(lambda: find_main_content(text))

    small, big = scaling(seconds, 100, 400, factor=8)
    assert big < 8 * small


def test_a_heading_over_the_table_is_the_article_s_too() -> None:
    heading = ("New collection days",)
    text = _page(MENU, BINS_LEAD, heading, BINS, BINS_REST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*BINS_LEAD, *heading, *BINS, *BINS_REST]
    assert "Abbeyfield" not in extract_with(text, article_tables=False)
