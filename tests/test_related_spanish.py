"""Issue 14: Spanish news pages' inline link lines ("Lea también: ...", "VEA TAMBIÉN: ...")
and box headings ("Le puede interesar", "Otras noticias") are link boxes, as their "Lee
también" and "Te puede interesar" forms were; near misses: a sentence that starts the same
way and ends with a full stop, or that goes on after the heading's words, is no link line."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU
from cleantext.boilerplate import Patterns

STORY = (
    "El consejo municipal votó el martes el cierre del viejo puente sobre el río, que ya no "
    "soporta el peso de los autobuses que lo cruzan cada día.",
    "Los vecinos dijeron que les preocupa el largo desvío que el cierre supondrá para ellos, "
    "para las tiendas y para los niños que van a la escuela.",
    "El alcalde dijo que se construirá un puente nuevo antes del final de la década y que un "
    "transbordador funcionará hasta entonces.",
)


def test_spanish_link_lines_and_headings_are_known() -> None:
    patterns = Patterns.builtin()
    lines = (
        "Lea también: El alcalde inaugura el nuevo parque",
        "VEA TAMBIÉN: Obras en la ruta 5",
        "Le puede interesar",
        "Otras Noticias",
    )
    for line in lines:
        assert patterns.match(line) is not None, line


def test_a_link_line_inside_the_story_goes() -> None:
    link = "Lea también: El alcalde inaugura el nuevo parque de la ciudad"
    text = "\n".join([*MENU, *STORY[:2], link, STORY[2], *FOOTER])
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in STORY) and link not in out


def test_sentences_that_start_alike_stay() -> None:
    patterns = Patterns.builtin()
    for line in ("Lea también: el gobierno dijo que la ley entra en vigor el lunes.",
                 "Otras noticias del día fueron más alegres que esta"):  # fmt: skip
        assert patterns.match(line) is None, line
