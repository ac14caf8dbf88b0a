"""``ingredient-heading``: a recipe's ingredient list whose items are counted without a unit
("4 huevos", "2 tomates") under a heading that names it ("Ingredientes:") is the recipe's, with
the intro above it, between the intro and the method (it went with the page's header). Near
miss: the same lines under another heading ("Resultados:") stay out. The page is written for
these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import lines_page
from cleantext import Cleaner, Config

HEADER = (
    "Ensalada de huevo - Cocina de Ejemplo",
    "Inicio",
    "Recetas",
    "Contacto",
    "Ensalada de huevo",
    "Por María Gómez · 4 de junio de 2026",
)
INTRO = (
    "Esta ensalada se prepara en un cuarto de hora con lo que suele haber en la nevera y "
    "aguanta bien hasta el día siguiente.",
)
ITEMS = ("4 huevos", "2 tomates", "1 cebolleta", "1 lata de atún", "1 pizca de sal")
METHOD = (
    "Preparación:",
    "Cuece los huevos diez minutos, pélalos y córtalos en cuartos junto con los tomates.",
    "Mezcla todo con el atún escurrido y la cebolleta picada, y aliña con aceite y sal.",
)
FOOTER = ("Compartir", "Facebook", "Política de privacidad", "© 2026 Cocina de Ejemplo")


def _page(heading: str) -> str:
    return lines_page(HEADER, INTRO, (heading, *ITEMS), METHOD, FOOTER)


@pytest.mark.parametrize("heading", ["Ingredientes:", "Ingredientes", "Zutaten:"])
def test_counted_items_under_an_ingredient_heading_stay_with_the_intro(heading: str) -> None:
    out = cleantext.clean(_page(heading), preset="extract")
    assert all(line in out for line in (*INTRO, heading, *ITEMS, *METHOD[1:]))
    assert "Inicio" not in out and "Compartir" not in out


def test_near_miss_counted_lines_under_another_heading_stay_out() -> None:
    out = cleantext.clean(_page("Resultados:"), preset="extract")
    assert METHOD[1] in out
    assert "4 huevos" not in out and "Resultados:" not in out


def test_switched_off_the_list_goes_with_the_header_again() -> None:
    config = {"preset": "extract", "boilerplate": {"extract_off": ["ingredient-heading"]}}
    out = Cleaner(Config.from_dict(config)).clean(_page("Ingredientes:"))
    assert METHOD[1] in out
    assert "4 huevos" not in out and INTRO[0] not in out
