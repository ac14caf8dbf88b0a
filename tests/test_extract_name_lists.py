"""A row listing names in the table of fields after the article (``fields.is_name_list``,
``extract_off = ["name-lists"]``): a match report ends with its lineups ("Team: Name; Name,
Name ..."), a film review with its cast, rows too long for a field's value and ending in a
full stop. With the rows under them ("Attendance: ...") they are the article's table, and the
article ends with it, not on the league table after it. Near misses: "Tags:", "Also in the
news:" and "Related:" rows after a report still go. The pages are written for these tests
(names and clubs invented)."""

from __future__ import annotations

import time

import cleantext
from cleantext import Cleaner, Config
from cleantext.boilerplate.fields import is_name_list

MENU = ("Coast Sport", "Football", "Rugby", "Results", "Tables")
HEAD = ("Rovers beat Kelby to go top", "By Chris Hale", "Saturday 21 March 2026, 17:10")
REPORT = (
    "Rovers went top of League Two North with a deserved win at home to Kelby, who had not "
    "lost away from home since the start of the season.",
    "Dan Okafor scored the first goal after twenty minutes with a low shot into the far "
    "corner, and Sam Reid added the second from the penalty spot just after the break.",
    '"We were the better side for the whole game," said the Rovers manager, Ian Rudd.',
)
LINEUPS = (
    "Rovers: Lowe; Kent, Adeyemi, Marsh, Doyle; Reid, Barnes (Ward 80); Hart, Okafor, Finch.",
    "Kelby: Shaw; Bright, Price, Ellis, Young; Moore, Grant; Fox, Hill (Dunn 75), Stone; Kerr.",
    "Attendance: 4,312",
)
TABLE = ("League Two North table", "1. Rovers 58", "2. Ashford Town 55", "3. Kelby 51")
NEAR = (
    "Tags: Football, Rovers, Kelby, League Two, Sam Lowe",
    "Also in the news: Ashford Town won again, Norton lose at home, Westgate sack the coach",
    "Related: Rovers sign winger, Kelby sack manager, Cup draw made",
)
FOOTER = ("Latest results", "Ashford Town 2-2 Norton", "Contact", "Privacy", "© Coast Sport 2026")


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n".join(line for block in blocks for line in block) + "\n"


def test_the_lineups_after_a_match_report_stay() -> None:
    doc = Cleaner(preset="extract").clean_document(_page(MENU, HEAD, REPORT, LINEUPS, FOOTER))
    assert all(row in doc.text for row in LINEUPS)
    assert "Latest results" not in doc.text
    tails = [e for e in doc.edits if e.rule == "extract-tail"]
    assert any("list names" in e.note and "name-lists" in e.note for e in tails)


def test_the_league_table_after_the_lineups_goes() -> None:
    out = cleantext.clean(_page(MENU, HEAD, REPORT, LINEUPS, TABLE, FOOTER), preset="extract")
    assert LINEUPS[0] in out and LINEUPS[2] in out
    assert not any(line in out for line in TABLE)


def test_tags_and_related_rows_after_a_report_go() -> None:
    out = cleantext.clean(_page(MENU, HEAD, REPORT, NEAR, FOOTER), preset="extract")
    assert REPORT[2] in out
    assert not any(line in out for line in NEAR)


def test_the_rule_can_be_switched_off() -> None:
    text = _page(MENU, HEAD, REPORT, LINEUPS, FOOTER)
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["name-lists"]}})
    assert LINEUPS[0] not in Cleaner(config).clean(text)
    assert LINEUPS[0] in Cleaner(preset="extract").clean(text)


def test_a_row_lists_names_of_a_few_capitalised_words() -> None:
    assert is_name_list("FC Lindau: Berger – Koch, Wolf, Schäfer, Krüger – Brandt, Lang.")
    assert is_name_list("Cast: Ella Marsh, Peter Quinn, Joan Whitley, Samuel Okoro, Rhiannon Price")
    assert is_name_list("Liverpool: Alisson; Alexander-Arnold, van Dijk, Konaté, Robertson")
    assert not is_name_list("Cast: Ella Marsh, Peter Quinn")  # too few to tell a list
    assert not is_name_list("Scorers: Okafor 25, Reid 48 (pen), Ward 90, Cole 91, Hart 93")
    assert not is_name_list("He said: we will win, we will score, and then the cup, and more")
    assert not is_name_list("Tags: Football, Rovers, Kelby, League Two, Sam Lowe")


def test_a_long_row_is_read_in_linear_time() -> None:
    row = "Team: " + ", ".join(["Name"] * 20_000) + " " * 20_000 + "(" * 5_000
    start = time.perf_counter()
    is_name_list(row)
    assert time.perf_counter() - start < 1.0
