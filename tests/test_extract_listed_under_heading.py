"""A mega-menu above the headline whose item under a menu heading starts with a word that
usually continues a sentence ("So planen Sie ..." under "Ratgeber"; ``above_headline.py``,
switch ``listed-under-heading``): the item continues nothing, and the menu is cut off the
article as ``listed-header`` cuts it. Near miss: the same word under a sentence still
continues it, and the lines stay. The pages are written for these tests."""

from __future__ import annotations

import cleantext
from cleantext import Cleaner, Config

TITLE = "Neu: Die Akku-Schere HS 40 von Gartenwerk | Gartenwerk Magazin"
MENU = (
    "Produkte",
    "Mit unseren Rasenmähern schaffen Sie auch große Flächen in kurzer Zeit und ohne Kabel.",
    "Entdecken Sie Bewässerungssysteme, die Ihren Garten auch im Urlaub mit Wasser versorgen.",
    "Ratgeber",
    "So planen Sie Ihr erstes Gemüsebeet und ernten schon im ersten Sommer eigene Tomaten.",
    "Welcher Rasen passt zu Ihrem Garten? Wir erklären die Unterschiede zwischen den Sorten.",
)
HEAD = ("Neu: Die Akku-Schere HS 40 von Gartenwerk", "12. Februar 2026")
STORY = (
    "Gartenwerk bringt im März die Akku-Schere HS 40 auf den Markt. Sie wiegt mit Akku nur 2,6 "
    "Kilogramm und hat ein 50 Zentimeter langes Messer, das dicke Äste sauber schneidet."
)
FOOT = ("Teilen", "Impressum", "© 2026 Gartenwerk GmbH")


def _page(menu: tuple[str, ...] = MENU) -> str:
    return "\n".join([TITLE, "Gartenwerk Magazin", *menu, *HEAD, STORY, *FOOT]) + "\n"


def test_a_menu_item_under_a_menu_heading_continues_nothing() -> None:
    out = cleantext.clean(_page(), preset="extract")
    assert STORY in out and not any(line in out for line in MENU[1:])


def test_the_same_word_under_a_sentence_still_continues_it() -> None:
    menu = (*MENU[:3], MENU[4], MENU[5])  # ("So ..." right under a sentence)
    out = cleantext.clean(_page(menu), preset="extract")
    assert STORY in out and MENU[4] in out


def test_the_rule_can_be_switched_off() -> None:
    off = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["listed-under-heading"]}}
    )
    assert MENU[4] in Cleaner(off).clean(_page())


def test_the_explanation_names_the_rule() -> None:
    edits = Cleaner(preset="extract").clean_document(_page()).edits
    assert any("(listed-under-heading)" in e.note for e in edits)
