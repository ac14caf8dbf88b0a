"""``toc-infobox`` (w-wild23, session 23): an encyclopedia article's intro above its infobox
("Länge: 38,2 km" rows) and its table of contents is kept with the infobox, in the first pass
and in the later one that reads what the first kept; near miss: a teaser paragraph above a menu
of short lines and a table of contents still goes. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with
from _pages import lines_page as _page

HEAD = (
    "Grauenbach (Fluss) – Wikipedia",
    "Zum Inhalt springen",
    "Hauptmenü",
    "Suche",
    "Anmelden",
    "Artikel",
    "Diskussion",
    "Grauenbach (Fluss)",
    "aus Wikipedia, der freien Enzyklopädie",
)
INTRO = (
    "Der Grauenbach ist ein 38 Kilometer langer, linker Nebenfluss der Lahr im Süden des "
    "Landes. Er entspringt am Hohen Kopf und mündet bei Wiesenthal.",
)
INFOBOX = (
    "Lage: Landkreis Ebersheim",
    "Länge: 38,2 km",
    "Einzugsgebiet: 214 km²",
    "Mündung: in die Lahr bei Wiesenthal",
)
MENU = ("Nachrichten", "Wetter", "Sport", "Kultur")
TOC = ("Inhaltsverzeichnis", "1 Verlauf", "2 Geschichte", "3 Mühlen")
BODY = (
    "Verlauf",
    "Der Bach fließt zunächst nach Norden durch ein enges Waldtal, bevor er bei Altmühle in "
    "die offene Talaue eintritt. Unterhalb von Grauen nimmt er den Mühlgraben auf.",
    "Geschichte",
    "Im 18. Jahrhundert trieb der Grauenbach elf Mühlen an, von denen heute noch zwei "
    "erhalten sind. Nach dem Hochwasser von 1956 wurde der Unterlauf begradigt.",
    "Mühlen",
    "Die Obermühle wurde 1988 zu einem Museum umgebaut, das von einem Verein der Anwohner "
    "betrieben wird und im Sommer an jedem Sonntag geöffnet ist.",
)
FOOTER = ("Datenschutz", "Über Wikipedia", "Impressum")


def test_the_intro_above_an_infobox_and_contents_is_kept_with_the_infobox() -> None:
    page = _page(HEAD, INTRO, INFOBOX, TOC, BODY, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert INTRO[0] in out and all(row in out for row in INFOBOX)
    assert "Inhaltsverzeichnis" not in out and "Impressum" not in out
    # off, the intro and the infobox go with the head, as before
    assert INTRO[0] not in extract_with(page, toc_infobox=False)


def test_a_teaser_above_a_menu_and_contents_still_goes() -> None:
    page = _page(HEAD, INTRO, MENU, TOC, BODY, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert INTRO[0] not in out and "Wetter" not in out
