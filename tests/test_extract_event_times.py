"""Session 23 (w-wild23b), an event's unlabelled date and place (``event-times``,
``events.py``).

Many event pages label nothing above the description: the date with its hours, then the place
("Samstag, 16. Mai 2026, 20:00 bis 24:00 Uhr" / "Dom St. Marien, Domplatz 1, Lindenberg").
``event-details`` wants two labelled lines, so they went with the header, the event's title
too. A run of 2 or more detail lines with a time range among them is kept. Near misses: a
news story's date line with one time over the place (no range), and the rule off. The pages
are written for these tests (German, English).
"""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU, extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import find_main_content

CRUMB = ("Startseite › Veranstaltungen › Konzerte",)
HEADS = {
    "de": ("Orgelnacht im Dom", "Samstag, 16. Mai 2026, 20:00 bis 24:00 Uhr",
           "Dom St. Marien, Domplatz 1, Lindenberg"),
    "en": ("Jazz on the Quay", "Friday 12 June 2026, 7pm-10pm",
           "The Old Customs House, 3 Quay Street"),
}  # fmt: skip
DESCRIPTION = (
    "Vier Organistinnen und Organisten spielen in vier Stunden Musik aus vier Jahrhunderten, "
    "von Buxtehude bis zu einer Uraufführung des jungen Komponisten Jonas Reiter.",
    "Zwischen den Konzerten gibt es im Kreuzgang Brot, Wein und Gespräche mit den Musikern. "
    "Wer mag, kann um 22 Uhr an einer Führung auf die Orgelempore teilnehmen.",
    "Karten gibt es an der Abendkasse und im Bürgerbüro, der Eintritt ist für Kinder und "
    "Jugendliche unter achtzehn Jahren frei, um Spenden für die Orgel wird gebeten.",
)


def _event(lang: str) -> str:
    return lines_page(MENU, CRUMB, HEADS[lang], DESCRIPTION, FOOTER)


@pytest.mark.parametrize("lang", sorted(HEADS))
def test_the_events_hours_and_place_stay(lang: str) -> None:
    text = _event(lang)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*HEADS[lang], *DESCRIPTION]
    heads = [e for e in find_main_content(text) if e.rule == "extract-head"]
    assert "(its hours and place: event-times)" in (heads[0].note or "")
    # the rule is what keeps them: off, they go with the head
    assert HEADS[lang][1] not in extract_with(text, event_times=False)


def test_the_rule_is_switched_off_by_extract_off() -> None:
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["event-times"]}}
    )
    assert "20:00 bis 24:00 Uhr" not in Cleaner(config).clean(_event("de"))


def test_a_news_storys_date_and_place_are_no_event() -> None:
    # near miss: one time, no range ("20:00 Uhr"), over the place
    head = ("Orgelnacht im Dom", "Samstag, 16. Mai 2026, 20:00 Uhr", "Domplatz 1, Lindenberg")
    out = cleantext.clean(lines_page(MENU, CRUMB, head, DESCRIPTION, FOOTER), preset="extract")
    assert "20:00 Uhr" not in out and out.splitlines()[0] == DESCRIPTION[0]


def test_a_sidebars_opening_hours_are_no_events_hours() -> None:
    # "Monday to Friday: 8 am to 6 pm": hours as a label's value recur, an event's follow its
    # date; the hours above the story go with the header (the strict suite found the sidebar
    # kept once event-times came in)
    hours = ("Recycling Centre", "Opening times", "Monday to Friday: 8 am to 6 pm",
             "Saturday and Sunday: 9 am to 5 pm")  # fmt: skip
    out = cleantext.clean(lines_page(MENU, hours, DESCRIPTION, FOOTER), preset="extract")
    assert out.splitlines() == list(DESCRIPTION)


#: session 24 (w-wild24, ``event-places``): the place line has no figure
PLACE_HEAD = ("Lichtjesroute door de Oude Haven", "Vrijdag 12 december 2026 t/m zondag 4 januari",
              "Elke avond van 17:00 tot 22:00 uur", "Oude Haven en Havenkade, Zeestad")  # fmt: skip


def test_a_place_line_without_a_figure_stays() -> None:
    text = lines_page(MENU, CRUMB, PLACE_HEAD, DESCRIPTION, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*PLACE_HEAD, *DESCRIPTION]
    # off, the place line goes with the buttons (the date and hours above it stay)
    off = extract_with(text, event_places=False)
    assert PLACE_HEAD[3] not in off and PLACE_HEAD[2] in off
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["event-places"]}}
    )
    assert PLACE_HEAD[3] not in Cleaner(config).clean(text)


def test_a_button_under_the_hours_is_no_place() -> None:
    # near miss: buttons have no comma; they go, the hours stay
    head = (*PLACE_HEAD[:3], "Zet in je agenda")
    out = cleantext.clean(lines_page(MENU, CRUMB, head, DESCRIPTION, FOOTER), preset="extract")
    assert "Zet in je agenda" not in out and PLACE_HEAD[2] in out
