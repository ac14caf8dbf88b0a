"""A legal notice's address and "Label: value" lines above its paragraphs (``imprint.py``,
``extract_off = ["imprint-head"]``): on a page whose title is the notice ("Impressum | ...",
"Mentions légales - ..."), the lines under its heading are the content. Near misses: the same
address block at the foot of an article page, and a menu under the heading of a notice page,
still go. The pages are written for these tests (names invented)."""

from __future__ import annotations

import cleantext
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import WEIGHTS, classify_lines
from cleantext.boilerplate.imprint import imprint_start

MENU = ("Le Fournil de la Combe", "Accueil", "Nos pains", "Commander", "Mentions légales")
FIELDS = (
    "Mentions légales",
    "Le Fournil de la Combe SARL",
    "4 place du Marché, 26150 Saint-Aubin",
    "SIRET : 123 456 789 00012",
    "Directrice de la publication : Claire Moreau",
    "Téléphone : 04 75 00 12 34",
)
PROSE = (
    "Propriété intellectuelle",
    "L'ensemble des textes et des photographies de ce site appartient au Fournil de la Combe. "
    "Toute reproduction, même partielle, est interdite sans notre accord écrit préalable.",
    "Les informations que vous nous transmettez lors d'une commande servent uniquement à la "
    "préparer et à vous contacter, et elles ne sont jamais cédées à des tiers.",
)
LINKS = ("Mentions légales", "Nos pains", "Pâtisseries", "Commander", "Nous trouver")
FOOTER = ("Suivez-nous", "Facebook", "Cookies", "© 2026 Le Fournil de la Combe")


def _page(title: str, *blocks: tuple[str, ...]) -> str:
    return "\n".join([title, *(line for block in blocks for line in block)]) + "\n"


def test_a_legal_notices_fields_stay() -> None:
    text = _page("Mentions légales - Le Fournil de la Combe", MENU, FIELDS, PROSE, FOOTER)
    doc = Cleaner(preset="extract").clean_document(text)
    assert all(line in doc.text for line in FIELDS[1:])
    assert "Accueil" not in doc.text and "Suivez-nous" not in doc.text
    heads = [e for e in doc.edits if e.rule == "extract-head"]
    assert any("imprint-head" in e.note for e in heads)


def test_the_same_block_on_an_article_page_goes() -> None:
    text = _page("Le pain de seigle revient - Le Fournil de la Combe", MENU, FIELDS, PROSE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert PROSE[1] in out
    assert not any(line in out for line in FIELDS[1:])


def test_a_menu_under_the_notices_heading_goes() -> None:
    text = _page("Mentions légales - Le Fournil de la Combe", MENU, LINKS, PROSE, FOOTER)
    infos = classify_lines(text)
    first = next(i for i, info in enumerate(infos) if info.block.text == PROSE[0])
    assert imprint_start(infos, first, infos[0].block.text, WEIGHTS) is None
    assert "Pâtisseries" not in cleantext.clean(text, preset="extract")


def test_the_rule_can_be_switched_off() -> None:
    text = _page("Mentions légales - Le Fournil de la Combe", MENU, FIELDS, PROSE, FOOTER)
    off = {"preset": "extract", "boilerplate": {"extract_off": ["imprint-head"]}}
    assert FIELDS[3] not in Cleaner(Config.from_dict(off)).clean(text)
    assert FIELDS[3] in Cleaner(preset="extract").clean(text)


def test_the_notices_heading_stays_on_its_page_and_a_second_run_keeps_it() -> None:
    """``ui-strings`` leaves the notice's heading on its own page (``imprint_heading``): the
    first line of what ``extract`` left, the name the page title holds."""
    for sep in ("\n", "\n\n"):
        text = sep.join(
            ["Mentions légales - Le Fournil de la Combe", *MENU, *FIELDS, *PROSE, *FOOTER]
        )
        out = cleantext.clean(text, preset="extract")
        assert out.startswith("Mentions légales" + sep + FIELDS[1])
        assert cleantext.clean(out, preset="extract") == out


def test_near_miss_the_heading_on_an_article_page_or_switched_off_goes() -> None:
    text = _page("Le pain de seigle revient - Le Fournil de la Combe", MENU, FIELDS, PROSE, FOOTER)
    assert "Mentions légales" not in cleantext.clean(text, preset="extract")
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["imprint-head"]}})
    text = _page("Mentions légales - Le Fournil de la Combe", MENU, FIELDS, PROSE, FOOTER)
    assert "Mentions légales" not in Cleaner(off).clean(text)
