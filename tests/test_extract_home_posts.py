"""A blog home page's next posts (``homeposts.py``, ``extract_off = ["home-posts"]``): the
latest posts one under another, each with its date, headline and the same footer line
("Publicado por Pablo a las 20:15 | 2 comentarios"); the shorter second post is content too.
Near miss: a news page whose title names its story, the next story under it with the same
footer line, still ends at its story. The pages are written for these tests (names invented)."""

from __future__ import annotations

import cleantext
from cleantext import Cleaner, Config

HEAD = ("El cuaderno de Pablo", "Inicio", "Sobre mí", "Fotos", "martes, 10 de marzo de 2026",
        "Arreglando la bicicleta del abuelo")  # fmt: skip
FIRST = (
    "Este fin de semana por fin he terminado de arreglar la vieja bicicleta del abuelo, la que "
    "llevaba veinte años colgada en el garaje. Le he cambiado los frenos, las cubiertas y la "
    "cadena.",
    "Ayer di la primera vuelta por el paseo del río y funciona como el primer día. El abuelo "
    "dice que ahora va mejor que cuando era nueva.",
)
FOOT1 = "Publicado por Pablo a las 20:15 | 2 comentarios | Enlace"
SECOND = (
    "domingo, 1 de marzo de 2026",
    "Primer día de primavera en la sierra",
    "Subimos al pico con los amigos del club y todavía quedaba nieve en la cara norte del monte.",
)
FOOT2 = "Publicado por Pablo a las 19:40 | 0 comentarios | Enlace"
SIDEBAR = ("Archivo del blog", "marzo 2026", "febrero 2026", "Blogs que sigo",
           "Rutas por la sierra")  # fmt: skip


def _page(title: str, *lines: str) -> str:
    return "\n".join([title, *lines]) + "\n"


def _home(title: str = "El cuaderno de Pablo") -> str:
    return _page(title, *HEAD, *FIRST, FOOT1, *SECOND, FOOT2, *SIDEBAR)


def test_the_second_post_of_a_home_page_stays() -> None:
    doc = Cleaner(preset="extract").clean_document(_home())
    assert FIRST[1] in doc.text and SECOND[2] in doc.text and SECOND[1] in doc.text
    assert FOOT1 not in doc.text and SECOND[0] not in doc.text and FOOT2 not in doc.text
    assert "Archivo del blog" not in doc.text
    assert any("home-posts" in e.note for e in doc.edits if e.rule == "extract-related")


def test_the_next_story_under_a_titled_story_goes() -> None:
    title = "Arreglando la bicicleta del abuelo | El cuaderno de Pablo"
    out = cleantext.clean(_home(title), preset="extract")
    assert FIRST[1] in out
    assert SECOND[2] not in out


def test_posts_with_other_footers_are_not_joined() -> None:
    other = "Etiquetas: montaña, nieve, amigos"
    text = _page("El cuaderno de Pablo", *HEAD, *FIRST, FOOT1, *SECOND, other, *SIDEBAR)
    assert SECOND[2] not in cleantext.clean(text, preset="extract")


def test_the_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["home-posts"]}}
    assert SECOND[2] not in Cleaner(Config.from_dict(off)).clean(_home())
    assert SECOND[2] in Cleaner(preset="extract").clean(_home())


def test_an_authors_box_under_a_story_is_no_next_post() -> None:
    story = "Bicicletas del abuelo | El cuaderno de Pablo"
    box = ("Redacción El Cuaderno", "+ entradas",
           "Nada especial. Publicamos las noticias que no necesitan la firma de un autor.",
           "Redacción El Cuaderno")  # fmt: skip
    text = _page(story, "Inicio", "Bicicletas del abuelo", "por Redacción El Cuaderno",
                 "martes, 10 de marzo de 2026", *FIRST, *box, *SIDEBAR)  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert FIRST[1] in out
    assert box[2] not in out
