"""Session 24 (w-wild24): a shop's customer reviews under a product page are its comments
(the data file's ``[comments] sections``: "Customer reviews", "Opiniones de clientes",
"Kundenbewertungen"), and a product's "Características técnicas" list is a named section
(``[named_sections] headings``). Near miss: a sentence that speaks of customer reviews stays.
The pages are written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, lines_page

DESCRIPTION = (
    "El hervidor Brisa calienta 1,7 litros de agua en menos de cuatro minutos gracias a su "
    "resistencia oculta de 2200 W, y el cuerpo de acero mantiene el agua caliente más tiempo.",
    "La tapa se abre con un botón y el filtro extraíble retiene la cal. Se apaga solo cuando "
    "el agua hierve o cuando no hay agua dentro, y la base gira en todas las direcciones.",
)
SPECS = ("Características técnicas", "Capacidad: 1,7 l", "Potencia: 2200 W",
         "Material: acero inoxidable")  # fmt: skip
REVIEWS = (
    "Opiniones de clientes",
    "Marta G. ★★★★★",
    "Hierve rapidísimo y no huele a plástico como el anterior, así que estoy muy contenta.",
    "Jorge R. ★★★☆☆",
    "Funciona bien, pero el asa se calienta bastante cuando el agua lleva un rato hirviendo.",
)


def test_customer_reviews_go_and_the_specifications_stay() -> None:
    page = lines_page(
        MENU, ("Hervidor eléctrico Brisa 1,7 L",), DESCRIPTION, SPECS, REVIEWS, FOOTER
    )
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [*DESCRIPTION, *SPECS]


def test_a_sentence_about_customer_reviews_stays() -> None:
    line = (
        "Las opiniones de clientes en la tienda son muy buenas, según la empresa, que vende "
        "cien al día."
    )
    page = lines_page(MENU, DESCRIPTION[:1], (line,), DESCRIPTION[1:], FOOTER)
    assert line in cleantext.clean(page, preset="extract")
