"""The edges of a ranked article and of a most-read box (session 19).

Head (``popular.ranked_head``, switch ``ranked-head``): a ranked article with no intro ("5
things to know ...") starts with its first item's headline ("1. It opens in April") over its
paragraph; that line is kept when the article holds its items' headlines ranked 2, 3 and on.
Near miss: a "1." line above an article that has no "2." headline (a most-read box's item).

Tail (``popular.paragraphs_inside``, part of ``popular-list``): a most-read box titled in
another language ("Die meistgelesenen Artikel", "Más leídas") whose items each have their
excerpt under them ends the article. Near misses: the same list under a heading that is no
most-read one (the article's own list), and a year-in-review page whose title names the list.
"""

from __future__ import annotations

import cleantext
from cleantext.boilerplate.extract import WEIGHTS, classify_lines
from cleantext.boilerplate.popular import is_popular_heading, ranked_head
from cleantext.config import Config

MENU = ["Riverside Herald", "Home", "News", "Sport", "Subscribe"]
FOOTER = ["Share this article", "Facebook", "Contact us", "© 2026 Riverside Herald"]
HEADS = ("It opens in April", "Tickets cost the same as the bus", "There are twelve stops")
BODIES = (
    "The city says the first tram will leave the central station at six in the morning, and "
    "it will run every eight minutes during the day.",
    "A single ride costs two euros, and the monthly pass that riders use on the buses is valid "
    "on the trams as well.",
    "The line has twelve stops between the station and the hospital, and four of them have "
    "spaces where drivers from the villages can park.",
)


def _ranked(heads: tuple[str, ...] = HEADS, bodies: tuple[str, ...] = BODIES) -> list[str]:
    return [
        line
        for n, pair in enumerate(zip(heads, bodies, strict=True), 1)
        for line in (f"{n}. {pair[0]}", pair[1])
    ]


def _page(*parts: list[str]) -> str:
    title = "Three things to know about the new tram | Riverside Herald"
    lines = [title, *MENU, "Three things to know about the new tram", "By Anna Kowal"]
    return "\n".join([*lines, *(line for part in parts for line in part), *FOOTER]) + "\n"


def test_the_first_ranked_headline_stays() -> None:
    out = cleantext.clean(_page(_ranked()), preset="extract")
    assert "1. It opens in April" in out and "3. There are twelve stops" in out
    assert "Subscribe" not in out


def test_a_german_ranked_article_keeps_its_first_headline() -> None:
    heads = ("Sie fährt ab April", "Tickets kosten wie im Bus", "Es gibt zwölf Haltestellen")
    bodies = (
        "Die erste Bahn verlässt den Hauptbahnhof um sechs Uhr morgens, danach fährt sie "
        "tagsüber alle acht Minuten.",
        "Eine Fahrt kostet zwei Euro, und die Monatskarte für den Bus gilt auch in der neuen "
        "Straßenbahn.",
        "Die Linie hat zwölf Haltestellen zwischen dem Bahnhof und dem Krankenhaus, vier davon "
        "mit Parkplätzen.",
    )
    out = cleantext.clean(_page(_ranked(heads, bodies)), preset="extract")
    assert "1. Sie fährt ab April" in out and bodies[2] in out


def test_a_first_item_above_an_article_without_ranked_headlines_is_not_its() -> None:
    box = ["Home", "News", "1. Fire at the old mill keeps the town awake", *BODIES]
    assert ranked_head(classify_lines("\n".join(box)), 3, 5, WEIGHTS) is None
    page = ["Home", "News", *_ranked()]
    assert ranked_head(classify_lines("\n".join(page)), 3, 7, WEIGHTS) == 2
    stopped = ["Home", "News", "1. It opens in April.", *_ranked()[1:]]
    assert ranked_head(classify_lines("\n".join(stopped)), 3, 7, WEIGHTS) is None


def test_the_head_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["ranked-head"]}})
    out = cleantext.Cleaner(off).clean(_page(_ranked()))
    assert BODIES[0] in out and "1. It opens in April" not in out


ARTICLE = [
    "Der Stadtrat hat am Dienstagabend den Bau eines Parkhauses mit 400 Stellplätzen am "
    "Bahnhof beschlossen. Die Arbeiten sollen im Herbst beginnen.",
    "Die Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro, von denen "
    "das Land einen Teil übernimmt.",
]
BOX = [
    "1. Brand in der Altstadt: Feuerwehr rettet zwei Bewohner aus dem Dachgeschoss",
    "Die Feuerwehr war in der Nacht mit mehr als vierzig Einsatzkräften vor Ort und konnte ein "
    "Übergreifen der Flammen verhindern.",
    "2. Traditionsgasthof am Markt schließt nach hundert Jahren für immer",
    "Die Wirtsleute finden keinen Nachfolger und wollen sich nach vierzig Jahren hinter dem "
    "Tresen zur Ruhe setzen.",
    "3. Neue Radwege sollen bis zum Sommer fertig werden, sagt das Bauamt",
    "Die Arbeiten an der Uferstraße liegen im Zeitplan, auch wenn der nasse Winter die "
    "Baufirmen aufgehalten hat.",
]


def _german(heading: str, title: str = "Neues Parkhaus am Bahnhof | Rheintaler Zeitung") -> str:
    lines = [title, "Startseite", "Lokales", "Sport", "Anmelden", *ARTICLE, heading, *BOX]
    return "\n".join([*lines, "Impressum", "Datenschutz", "© 2026 Rheintaler Zeitung"]) + "\n"


def test_the_headings_in_other_languages() -> None:
    for heading in ("Die meistgelesenen Artikel", "Más leídas", "Le plus lu", "Meistgelesen"):
        assert is_popular_heading(heading), heading
    assert not is_popular_heading("Die meisten Leser kamen aus der Stadt")


def test_a_german_most_read_box_with_excerpts_goes() -> None:
    out = cleantext.clean(_german("Die meistgelesenen Artikel"), preset="extract")
    assert ARTICLE[1] in out and not any(line in out for line in BOX)


def test_a_spanish_most_read_box_with_excerpts_goes() -> None:
    out = cleantext.clean(_german("Más leídas"), preset="extract")
    assert ARTICLE[1] in out and BOX[1] not in out


def test_the_articles_own_list_under_another_heading_stays() -> None:
    out = cleantext.clean(_german("Die drei Vorfälle der Woche"), preset="extract")
    assert ARTICLE[1] in out and all(line in out for line in BOX)


def test_a_year_in_review_titled_so_keeps_its_list() -> None:
    title = "Die meistgelesenen Artikel des Jahres 2025 | Rheintaler Zeitung"
    out = cleantext.clean(_german("Die meistgelesenen Artikel", title), preset="extract")
    assert all(line in out for line in BOX)


def test_the_tail_rule_goes_with_popular_list() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["popular-list"]}})
    out = cleantext.Cleaner(off).clean(_german("Die meistgelesenen Artikel"))
    assert BOX[1] in out


# A table inside the article of more than 30 cells (``long-tables``): a results table, a
# timetable, announced by the line above it, the story going on under it.
INTRO_EN = (
    "A record 214 swimmers took part in the annual harbour swim on Saturday, in calm water and "
    "bright sunshine, the organisers said."
)
AFTER_EN = (
    "The winner, who trains with the local club, said the water had been warmer than she "
    "expected and that she hoped to come back next year."
)
LAST_EN = (
    "The organisers raised more than four thousand pounds for the lifeboat station, which "
    "kept watch over the swimmers on the day."
)
NAMES = ("Ada Brook", "Tom Hale", "Mia Rowe", "Sam Ford", "Eve Lund", "Joe Park", "Ivy Moss")
CELLS = ["Place", "Swimmer", "Club", "Time"]
for _n, _name in enumerate(NAMES, 1):
    CELLS += [str(_n), _name, ("Calder SC", "Bay Otters")[_n % 2], f"{20 + _n}:{7 * _n:02d}"]


def _results(announce: str, cells: list[str] = CELLS, after: str = AFTER_EN) -> str:
    lines = ["Harbour swim draws record field | Bay News", "News", "Sport", "Sign in"]
    lines += ["Harbour swim draws record field", INTRO_EN, announce, *cells, after, LAST_EN]
    return "\n".join([*lines, "Share this article", "Contact us", "© 2026 Bay News"]) + "\n"


def test_a_results_table_of_32_cells_stays() -> None:
    out = cleantext.clean(_results("The top finishers were:"), preset="extract")
    assert "Ivy Moss" in out and AFTER_EN in out and INTRO_EN in out


def test_a_german_timetable_of_39_cells_stays() -> None:
    cells = ["Abfahrt", "Ankunft", "Schiff"]
    for n in range(12):
        cells += [f"{7 + n:02d}:15 Uhr", f"{7 + n:02d}:50 Uhr", ("MS Lindau", "MS Säntis")[n % 2]]
    lines = ["Neuer Fahrplan für die Fähre | Seekurier", "Startseite", "Region", "Anmelden"]
    lines += [
        "Die Fähre zwischen Lindau und Wasserburg fährt ab dem 1. Mai öfter, mit drei "
        "zusätzlichen Fahrten am Nachmittag.",
        "Die Abfahrtszeiten im Überblick:",
        *cells,
        "Die zusätzlichen Fahrten sollen vor allem Pendlern helfen, die bisher bis zum Abend auf "
        "die nächste Fähre warten mussten.",
        "Impressum",
        "Datenschutz",
    ]
    out = cleantext.clean("\n".join(lines) + "\n", preset="extract")
    assert "18:50 Uhr" in out and "Pendlern" in out


def test_a_long_table_not_announced_before_another_story_goes() -> None:
    teaser = (
        "Council budget: the library will open on Sundays from May, after the vote on "
        "Tuesday evening."
    )
    out = cleantext.clean(_results("Results", after=teaser), preset="extract")
    assert INTRO_EN in out and "Ivy Moss" not in out


def test_a_long_list_of_site_links_is_no_table() -> None:
    links = [f"{topic} news" for topic in ("Sport", "Business", "Weather", "Travel")] * 9
    out = cleantext.clean(_results("Our sections:", links), preset="extract")
    assert INTRO_EN in out and "Travel news" not in out


def test_the_long_tables_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["long-tables"]}})
    out = cleantext.Cleaner(off).clean(_results("The top finishers were:"))
    assert "Ivy Moss" not in out
