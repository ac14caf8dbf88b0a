"""A newsletter box's pitch paragraph right above its form's e-mail field, under an unknown
heading after a short article (``form_pitch``, switch ``form-pitch``): the pitch goes with
the box. Near misses: the article's last paragraph under another paragraph right above a
form field; a comment form that opens with its heading."""

from __future__ import annotations

import cleantext
from _pages import tail_edit
from cleantext.config import Config

HEAD = ["Open day at the beekeepers' club | Riverside News", "News", "Sport", "Events"]
HEAD += ["Open day at the beekeepers' club", "By Sam Wood", "2 May 2026"]
FIRST = (
    "The beekeepers' club holds an open day at its apiary on Heath Lane on Saturday 16 May. "
    "Visitors can put on a bee suit, look inside a hive and watch honey being spun."
)
SECOND = (
    "Children can follow a trail along the flowers in the garden. The open day runs from ten "
    "to four and entry is free."
)
PITCH = (
    "Would you like the week's most important local news in your inbox every Friday morning? "
    "We send a short round-up of the stories from the villages along the river, the weekend's "
    "events, the football results and now and then an offer from the shops that advertise "
    "with us. You can leave with one click at the bottom of every mail, and we never give your "
    "address to anyone else."
)
FORM = ["Your email address", "Send"]
FOOTER = ["Privacy", "© 2026 Riverside News"]


def _page(*middle: str) -> str:
    return "\n".join([*HEAD, FIRST, SECOND, *middle, *FORM, *FOOTER]) + "\n"


def test_the_pitch_above_the_e_mail_field_goes() -> None:
    page = _page("Share", "Facebook", "Never miss a thing", PITCH)
    out = cleantext.clean(page, preset="extract")
    assert FIRST in out and SECOND in out and PITCH not in out


def test_the_explanation_names_the_rule() -> None:
    page = _page("Share", "Facebook", "Never miss a thing", PITCH)
    assert "(form-pitch)" in tail_edit(page).note


def test_the_articles_last_paragraph_above_a_field_stays() -> None:
    last = "The club meets again on the first Monday of June in the village hall."
    out = cleantext.clean(_page(last), preset="extract")
    assert SECOND in out and last in out


def test_the_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["form-pitch"]}})
    page = _page("Share", "Facebook", "Never miss a thing", PITCH)
    assert PITCH in cleantext.Cleaner(off).clean(page)


# session 24 (w-short24): fields labelled without "address" ("Tu correo electrónico", "La tua
# email", "Your email") name the form's e-mail field too (the data file's `form_fields`)
PITCH_ES = (
    "Suscríbete a nuestro boletín y recibe cada viernes un resumen de lo que ha pasado en el "
    "pueblo durante la semana: las decisiones del pleno, la agenda cultural del fin de semana, "
    "los resultados de los equipos y las ofertas de empleo de la comarca."
)
HEAD_ES = ["La biblioteca amplía su horario | El Eco", "Actualidad", "Cultura"]
HEAD_ES += ["La biblioteca amplía su horario", "Por Lucía Arranz | 2 de mayo de 2026"]
STORY_ES = (
    "La biblioteca municipal abrirá hasta las doce de la noche de lunes a sábado entre el 15 de "
    "mayo y el 30 de junio. La sala de estudio tendrá 60 puestos y no hará falta reservar."
)


def _page_es(*middle: str) -> str:
    form = ["Tu correo electrónico", "Quiero suscribirme", "Aviso legal", "© El Eco"]
    return "\n".join([*HEAD_ES, STORY_ES, *middle, *form]) + "\n"


def test_a_field_labelled_without_address_is_the_forms_field() -> None:
    out = cleantext.clean(_page_es("Recibe El Eco en tu correo", PITCH_ES), preset="extract")
    assert out.splitlines() == [STORY_ES]


def test_the_articles_last_paragraph_above_that_field_stays() -> None:
    # near miss: the story's second paragraph, under its first, right above the field
    last = "La biblioteca recuerda que el préstamo de libros seguirá cerrando a las nueve."
    out = cleantext.clean(_page_es(last), preset="extract")
    assert out.splitlines() == [STORY_ES, last]
