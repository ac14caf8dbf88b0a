"""Lists inside the article that cut it (issue 14, pattern 2; session 25): numbered steps with
sub-steps (``nested-steps``), a reading list of references under the intro
(``reference-lists``), an announced list whose first item opens with a word but has figures
between commas (``worded-items``) and its nested sub-list after a blank line (``list-blocks``).
Each with a near miss that still goes, and its switch."""

from __future__ import annotations

import cleantext
from cleantext.config import Config

MENU = ["Portfel Domowy", "Start", "Oszczędzanie", "Kredyty", "Poradniki"]
FOOTER = ["Udostępnij", "Facebook", "Regulamin", "Polityka prywatności", "© 2026 Portfel Domowy"]
INTRO = (
    "Konto osobiste można dziś otworzyć bez wizyty w oddziale. Cała procedura zajmuje zwykle "
    "kwadrans, a potrzebny jest tylko dowód osobisty i telefon."
)
STEPS = [
    "1. Wybierz bank i wypełnij wniosek",
    "- podaj imię, nazwisko i numer PESEL,",
    "- wpisz adres zamieszkania i adres e-mail.",
    "2. Potwierdź tożsamość",
    "- zrób zdjęcie dowodu osobistego,",
    "3. Podpisz umowę",
    "4. Ustaw hasło i aplikację",
]
AFTER = [
    "Po podpisaniu umowy bank wysyła dane do logowania. Warto od razu zainstalować aplikację "
    "mobilną i włączyć powiadomienia o każdej transakcji.",
    "Karta płatnicza przychodzi pocztą zwykle w ciągu tygodnia. Do tego czasu można płacić "
    "telefonem, jeśli bank oferuje karty wirtualne.",
]


def _page(*parts: list[str], menu: list[str] = MENU, footer: list[str] = FOOTER) -> str:
    lines = [f"Jak założyć konto | {menu[0]}", *menu[1:], *(x for p in parts for x in p)]
    return "\n".join([*lines, *footer]) + "\n"


def _off(name: str) -> cleantext.Cleaner:
    return cleantext.Cleaner(
        Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": [name]}})
    )


def test_numbered_steps_with_sub_steps_keep_the_intro_above_them() -> None:
    out = cleantext.clean(_page([INTRO], STEPS, AFTER), preset="extract")
    assert INTRO in out and all(s in out for s in STEPS) and AFTER[1] in out


def test_numbered_lines_without_sub_steps_still_part_the_article() -> None:
    heads = ["1. Ranking kont oszczędnościowych", "2. Nowe opłaty w bankach", "3. Kredyt 2%"]
    out = cleantext.clean(_page([INTRO], heads, AFTER), preset="extract")
    assert heads[0] not in out and AFTER[0] in out


def test_steps_out_of_order_are_no_list_of_steps() -> None:
    shuffled = [STEPS[3], STEPS[4], *STEPS[:3], STEPS[5]]
    out = cleantext.clean(_page([INTRO], shuffled, AFTER), preset="extract")
    assert STEPS[0] not in out


def test_nested_steps_can_be_switched_off() -> None:
    out = _off("nested-steps").clean(_page([INTRO], STEPS, AFTER))
    assert INTRO not in out and AFTER[0] in out


BLOG = ["Notes from the Record Office", "Home", "Archive", "About"]
BLOG_FOOTER = ["Share this:", "Email", "Related posts", "Wills and probate", "Leave a comment"]
OPENING = [
    "Parish registers are the backbone of English family history before civil registration "
    "began in 1837, but the older they are, the harder they are to read for anyone new.",
    "Before 1754, marriages were often recorded in the same book as baptisms and burials, and "
    "the clerk's Latin can be no more than a few abbreviations. A few standard works help.",
]
READING = [
    "Tate, W. E. The Parish Chest: A Study of the Records of Parochial Administration",
    "Gibson, J. and Hampson, E. Marriage Indexes for Family Historians",
    "Steel, D. J. National Index of Parish Registers, volume 1",
    "Humphery-Smith, C. R. The Phillimore Atlas and Index of Parish Registers",
]
GOES_ON = [
    "With these on the desk, the next step is the hand itself. Secretary hand, used until the "
    "late seventeenth century, has letters that look nothing like their modern forms.",
    "The best way to learn is to transcribe a page you already know, letter by letter, until "
    "the shapes become familiar and the abbreviations stop being a puzzle.",
]


def test_a_reading_list_between_paragraphs_is_no_box_of_teasers() -> None:
    page = _page(OPENING, READING, GOES_ON, menu=BLOG, footer=BLOG_FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(r in out for r in READING) and GOES_ON[1] in out


def test_a_box_of_teaser_headlines_there_still_ends_the_article() -> None:
    heads = [
        "Bakery that fed the town for ninety years closes its doors",
        "Councillors reject plans for a wind farm off the headland",
        "Lifeboat crew called out three times in one night during gale",
        "School bus timetable changes from next week, parents warned",
    ]
    page = _page(OPENING, heads, GOES_ON, menu=BLOG, footer=BLOG_FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert OPENING[1] in out and heads[0] not in out and GOES_ON[1] not in out


def test_reference_lists_can_be_switched_off() -> None:
    out = _off("reference-lists").clean(
        _page(OPENING, READING, GOES_ON, menu=BLOG, footer=BLOG_FOOTER)
    )
    assert READING[0] not in out and GOES_ON[1] not in out


SITE = ["Notizen aus dem Maschinenraum", "", "Startseite", "Blog", "Archiv", "Projekte", ""]
SITE_FOOTER = [
    *["", "Das könnte dich auch interessieren:", "", "Neuer Router, alte Probleme"],
    *["Backups mit rsync, Teil 2", "Mein Schreibtisch 2025", "", "Impressum", "Datenschutz"],
]
LEAD = [
    "Nach zwölf Jahren auf demselben kleinen Server sind alle meine Seiten am Wochenende auf eine "
    "neue Maschine umgezogen. Das meiste lief problemlos, einiges aber nicht.",
    "",
    "Am meisten Arbeit haben diese Punkte gemacht:",
    "",
]
ITEMS = [
    "Der Umzug der Datenbank von blog2.de (die alte Version lief mit Latin-1, neue Tabellen, "
    "neue Zeichensätze, alles einmal konvertiert)",
    "Die Dienste, die bisher ohne eigene Subdomain liefen und jetzt eine bekommen haben",
    "",
    "Kalender",
    "Fotoarchiv",
    "Feedreader",
    "",
    "Die Weiterleitungen von den alten Adressen auf die neuen",
    "Ein neues Zertifikat für jede Subdomain",
    "",
]
LAST = (
    "Fazit: Wer einen Umzug plant, sollte vorher eine Liste aller Dienste und Adressen anlegen. "
    "Das Umziehen selbst dauerte zwei Stunden, das Aufräumen der Adressen ein Wochenende."
)


def test_an_announced_list_with_a_sub_list_keeps_the_story_to_its_last_paragraph() -> None:
    page = _page(LEAD, ITEMS, [LAST], menu=SITE, footer=SITE_FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(i in out for i in ITEMS if i) and LAST in out
    assert "Neuer Router" not in out


def test_a_site_description_after_such_a_list_still_goes() -> None:
    about = (
        "Hier schreibt ein Entwickler aus Köln seit 2009 über Fotografie, Reisen und Musik, "
        "meistens am Wochenende und manchmal auch unter der Woche."
    )
    page = _page(LEAD, ITEMS, [about], menu=SITE, footer=SITE_FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert ITEMS[0] in out and about not in out


def test_a_numbered_first_item_still_ends_the_list_at_its_last_numbered_line() -> None:
    numbered = ["1. Die Datenbank, die Tabellen, die Zeichensätze", "2. Die Subdomains, 4 Stück"]
    page = _page(LEAD, [*numbered, "Kontakt", "Über mich"], menu=SITE, footer=SITE_FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert numbered[1] in out and "Über mich" not in out


def test_worded_items_and_list_blocks_can_be_switched_off() -> None:
    page = _page(LEAD, ITEMS, [LAST], menu=SITE, footer=SITE_FOOTER)
    assert ITEMS[1] not in _off("worded-items").clean(page)
    assert LAST not in _off("list-blocks").clean(page)


RECIPE_MENU = ["Omas Küche", "Rezepte", "Suppen", "Kuchen", "Kontakt"]
RECIPE_FOOTER = ["Rezept drucken", "Teilen", "Mehr Suppen", "Impressum", "Datenschutz"]
SOUP = [
    "An kalten Tagen gab es bei uns jeden Samstag Linsensuppe. Das Rezept ist einfach, braucht "
    "aber etwas Zeit, damit die Linsen schön weich werden.",
]
# (3 of the 7 lines with the heading start with a quantity and a unit: no inline list)
QUANTITIES = ["250 g Tellerlinsen", "1 Bund Suppengrün", "2 Kartoffeln", "4 Wiener Würstchen",
    "2 EL Essig", "Salz und Pfeffer"]  # fmt: skip
METHOD = [
    "Die Linsen über Nacht in kaltem Wasser einweichen und am nächsten Tag abgießen. Das "
    "Suppengrün putzen und in kleine Würfel schneiden.",
    "Linsen, Gemüse und die Kartoffeln mit einem Liter Wasser aufkochen und etwa eine Stunde "
    "leise köcheln lassen, bis die Linsen weich sind.",
]


def _recipe(heading: str) -> str:
    return _page(SOUP, [heading], QUANTITIES, METHOD, menu=RECIPE_MENU, footer=RECIPE_FOOTER)


def test_an_ingredient_heading_with_no_colon_stays_over_its_list() -> None:
    out = cleantext.clean(_recipe("Zutaten"), preset="extract")
    assert "\nZutaten\n" in out and QUANTITIES[0] in out


def test_another_short_line_over_the_list_still_goes() -> None:
    out = cleantext.clean(_recipe("Werbung"), preset="extract")
    assert "Werbung" not in out and QUANTITIES[0] in out


def test_the_heading_goes_with_ingredient_heading_switched_off() -> None:
    out = _off("ingredient-heading").clean(_recipe("Zutaten"))
    assert "Zutaten" not in out and QUANTITIES[0] in out
