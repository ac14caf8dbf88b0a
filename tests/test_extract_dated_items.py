"""Issue 14, the article's tail: a time or a score on a line of its own ("06:45", "2-1": a
date hint line) between the items of a list inside the article (a match's goals, a
festival's schedule) cut the list as furniture (``dated-items``, ``extract._dated_items``);
a weak share-button word alone ("Line": a bus line, a product line) as a list's item or a
table's cell cut it as UI (``lone-words``, ``extract._lone_words``). Near misses: a share bar
with its "LINE" button, a date line under the byline and a column of times alone still go.
Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, cpu_best, extract_with, scaling
from _pages import lines_page as _page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

HEAD = ("City edge past Rovers", "By Jane Walker", "14.03.2026")
LEAD = (
    "City beat Rovers in a derby that swung one way and then the other, and the goals came in "
    "a rush after the break, in front of a crowd of twenty thousand:",
)
GOALS = ("23' Müller", "1-0", "51' Okafor", "1-1", "67' Müller", "2-1", "88' Brandt", "3-1")
REST = (
    "Müller's second was the pick of them, a curling shot from the edge of the box that left "
    "the goalkeeper rooted to the spot and the home fans on their feet.",
    "Rovers will feel they deserved more from a match in which they hit the woodwork twice, "
    "and their coach admitted that the defending for the third goal was poor.",
)
SHARE = ("Share this article", "Facebook", "LINE", "Twitter")
BUS_LEAD = (
    "The city will change its bus network on Monday, when three new routes start serving the "
    "northern districts that until now had one bus to the centre every half hour.",
    "The new routes and the stops they serve are these:",
)
ROUTES = ("Line", "From", "To", "41", "Station", "Hillside", "42", "Station", "Northgate",
          "43", "Market", "Airport Park")  # fmt: skip
BUS_REST = (
    "Passengers with monthly passes can use the new routes without paying extra, and the "
    "timetables will be posted at every stop by the weekend.",
    "The transport company expects the changes to cut journey times to the centre by about "
    "ten minutes for most passengers in the north.",
)


def test_score_lines_between_a_list_s_items_are_its_items() -> None:
    text = _page(MENU, HEAD, LEAD, GOALS, REST, SHARE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*LEAD, *GOALS, *REST]
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "is the article's (4 time or score lines among its items)" in (tail.note or "")
    # the rule is what keeps them; the share bar's "LINE" and the date line still go
    assert "2-1" not in extract_with(text, dated_items=False)
    assert "LINE" not in out and "14.03.2026" not in out


def test_the_rules_are_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["dated-items", "lone-words"]}}
    )
    assert "3-1" not in Cleaner(config).clean(_page(MENU, HEAD, LEAD, GOALS, REST, FOOTER))
    assert "Airport Park" not in Cleaner(config).clean(
        _page(MENU, BUS_LEAD, ROUTES, BUS_REST, FOOTER)
    )


def test_a_column_of_times_alone_is_no_list_of_the_story_s() -> None:
    times = ("06:45", "07:10", "07:30", "08:15")
    out = cleantext.clean(_page(MENU, LEAD, times, REST, FOOTER), preset="extract")
    assert "07:10" not in out


def test_a_lone_share_word_is_a_table_s_cell() -> None:
    text = _page(MENU, BUS_LEAD, ROUTES, BUS_REST, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*BUS_LEAD, *ROUTES, *BUS_REST]
    assert "Airport Park" not in extract_with(text, lone_words=False)


def test_the_rules_read_a_page_in_linear_time() -> None:
    def seconds(n: int) -> float:
        text = _page(*((LEAD, GOALS, ("Line",), REST) * n))
        return cpu_best(lambda: find_main_content(text))

    small, big = scaling(seconds, 100, 400, factor=8)
    assert big < 8 * small


def test_a_live_blog_s_entry_times_are_left_to_live_times() -> None:
    entries = (
        "Live updates as the storm reaches the coast:",
        "09:40",
        "The coastguard has closed the harbour to all boats until the wind drops this "
        "evening, and the ferries to the islands have been cancelled.",
        "09:05",
        "Schools in the three coastal towns will stay shut today, the council said, and "
        "parents have been asked to keep their children at home.",
        "08:30",
        "The weather service raised its warning to red overnight, the highest level, for "
        "the whole of the northern coast and the hills behind it.",
    )
    text = _page(MENU, entries, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out == extract_with(text, dated_items=False)
    assert entries[2] in out and entries[-1] in out
    assert "list at lines" not in " ".join(e.note or "" for e in find_main_content(text))


COLLECTION = (
    "Garden waste is collected every two weeks from March to November. Put your brown bin out "
    "by 7am on your collection day and leave it at the edge of your property.",
)
ROUNDS = ("Collection dates for Round A", "Monday 2 March", "Monday 16 March", "Monday 30 March",
          "Collection dates for Round B", "Tuesday 3 March", "Tuesday 17 March",
          "Tuesday 31 March")  # fmt: skip
HELPFUL = ("Report a missed bin", "Was this page helpful?")
MISSED = ("If your bin was not emptied, report it within two working days and we will come back.",)


def test_a_column_of_dates_written_out_under_its_heading_is_the_article_s() -> None:
    """adv20: a council's collection dates (each "Monday 2 March", under "Collection dates
    for Round A") between two paragraphs were cut as date lines, and the paragraph under
    them with them; so was a column of dates the paragraph above announces with ':'."""
    text = _page(MENU, COLLECTION, ROUNDS, MISSED, HELPFUL, FOOTER)
    assert cleantext.clean(text, preset="extract").splitlines() == [*COLLECTION, *ROUNDS, *MISSED]
    assert MISSED[0] not in extract_with(text, dated_items=False)
    said = (COLLECTION[0] + " The dates are:",)
    text = _page(MENU, said, ROUNDS[1:4], MISSED, HELPFUL, FOOTER)
    assert cleantext.clean(text, preset="extract").splitlines() == [*said, *ROUNDS[1:4], *MISSED]


def test_an_archive_s_months_or_an_unannounced_column_of_dates_is_no_list() -> None:
    """Near misses of the above: an archive's months ("March 2026": no day) under a heading,
    and dates written out with nothing above them that names or announces them, still go."""
    months = ("Archive", "March 2026", "February 2026", "January 2026")
    out = cleantext.clean(
        _page(MENU, COLLECTION, months, MISSED, HELPFUL, FOOTER), preset="extract"
    )
    assert "February 2026" not in out
    out = cleantext.clean(
        _page(MENU, COLLECTION, ROUNDS[1:4], MISSED, HELPFUL, FOOTER), preset="extract"
    )
    assert "Monday 16 March" not in out


def test_a_byline_over_its_published_and_updated_lines_is_no_list() -> None:
    """Near miss (fundus holdout): a headline that is a question, then the byline and two
    dates written out ("Published: 22:04, 22 Apr 2024"), then the article: two dates are a
    header, no column of them."""
    head = (
        "Who is the new coach of the city's football club and where does he come from?",
        "Tanyel Mustafa",
        "Published: 22:04, 22 Apr 2024",
        "Updated: 22:05, 22 Apr 2024",
    )
    text = _page(MENU, head, COLLECTION, MISSED, HELPFUL, FOOTER)
    assert "Published" not in cleantext.clean(text, preset="extract")


FESTIVAL = (
    "Three days of music, dance and workshops on the Millbrook water meadows. All times are for "
    "the main stage unless we say otherwise.",
)
DAYS = ("Friday 10 July", "18:00 Doors open", "18:30 The Heron Sisters", "21:15 Kestrel Band",
        "Saturday 11 July", "11:00 Children's ceilidh in the Barn Tent",
        "13:00 Song workshop with Maeve Orrin", "20:00 Bellweather",
        "Sunday 12 July", "12:00 Fiddle session in the Crown's garden",
        "16:00 Closing concert: all artists")  # fmt: skip
TICKETS = ("Day tickets are £35 for adults and £15 for children under 16, and weekend tickets "
           "with camping are £95.",)  # fmt: skip


def test_a_programme_s_days_over_their_timed_items_are_the_article_s() -> None:
    """adv21 (``timed-days``): a festival's programme, each day written out over items that
    open with a clock time, between its intro and a paragraph, with no line ending in ':'
    above it: the days are 3 of its 11 lines, and the list, the paragraph under it with it,
    went as the page's tail."""
    text = _page(MENU, FESTIVAL, DAYS, TICKETS, HELPFUL, FOOTER)
    assert cleantext.clean(text, preset="extract").splitlines() == [*FESTIVAL, *DAYS, *TICKETS]
    assert DAYS[1] not in extract_with(text, timed_days=False)
    off = {"preset": "extract", "boilerplate": {"extract_off": ["timed-days"]}}
    assert TICKETS[0] not in Cleaner(Config.from_dict(off)).clean(text)


def test_teaser_headlines_under_their_dates_are_no_programme() -> None:
    """Near miss of the above: the same days over headlines with no time before them (a box
    of the site's news by date) still go, and so do days over times alone."""
    teasers = tuple(line.split(" ", 1)[1] if line[0].isdigit() else line for line in DAYS)
    text = _page(MENU, FESTIVAL, teasers, TICKETS, HELPFUL, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert "Bellweather" not in out
    bare = ("Friday 10 July", "18:00", "Saturday 11 July", "11:00", "Sunday 12 July", "12:00")
    text = _page(MENU, FESTIVAL, bare, TICKETS, HELPFUL, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert "Saturday 11 July" not in out
