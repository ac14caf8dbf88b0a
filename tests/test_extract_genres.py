"""Page genres nobody tuned for (w-wild22): a Q&A site in another language than English keeps
its answers (its "Mejorar esta respuesta" buttons are reply buttons, ``[comments] replies``).
Near miss: a Spanish story with a "Compartir" / "Seguir" bar and comments under it still loses
its comments. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with
from _pages import lines_page as _page

MENU_ES = ("Preguntas", "Etiquetas", "Usuarios")
FOOTER_ES = ("Política de privacidad", "Términos del servicio", "© 2026 Ejemplo")
QUESTION_ES = (
    "¿Cómo invierto una lista en Python sin cambiar la original?",
    "Preguntada hace 3 años", "Vista 48k veces", "42",
    "Necesito mostrar mis puntuaciones de la más alta a la más baja, pero más adelante en el "
    "programa todavía necesito la lista en su orden original. ¿Cuál es la forma más limpia?",
    "python", "Compartir", "Mejorar esta pregunta", "Seguir", "preguntada el 3 jun. 2021",
    "mira_k", "2 respuestas", "61",
    "Usa una rebanada con paso negativo: la expresión crea una lista nueva con los elementos "
    "en orden inverso, y la lista original no se toca en absoluto.",
    "Compartir", "Mejorar esta respuesta", "Seguir", "respondida el 3 jun. 2021", "Tomás R.",
    "También puedes llamar a la función reversed y hacer una lista con ella, que a algunas "
    "personas les resulta más fácil de leer que la rebanada, aunque hace lo mismo.",
    "Compartir", "Mejorar esta respuesta", "Seguir", "respondida el 4 jun. 2021", "owen",
    "Tu respuesta", "Publicar tu respuesta",
)  # fmt: skip


def test_a_spanish_question_keeps_its_answers() -> None:
    page = _page(MENU_ES, QUESTION_ES, FOOTER_ES)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [QUESTION_ES[4], QUESTION_ES[13], QUESTION_ES[19]]
    # the thread of posts keeps them: off, the answers go with the tail
    assert QUESTION_ES[13] not in extract_with(page, forum_posts=False)


STORY_ES = (
    "El ayuntamiento cerrará el puente viejo durante tres meses a partir del lunes para "
    "reparar los pilares, que el último informe técnico considera en mal estado.",
    "Los autobuses de las líneas 2 y 5 se desviarán por la avenida del Río, y los peatones "
    "podrán cruzar por una pasarela provisional instalada junto a la estación.",
    "Las obras costarán 1,2 millones de euros y las pagará en su mayor parte la diputación, "
    "según explicó el concejal de Urbanismo en la rueda de prensa de ayer.",
)
COMMENTS_ES = (
    "María López", "3 de marzo de 2026 a las 10:12", "Ya era hora de arreglarlo, se caía a "
    "trozos desde hace años y nadie hacía nada por el puente.", "Responder",
    "Tomás", "4 de marzo de 2026 a las 9:30", "Tres meses sin puente van a ser muy largos para "
    "los que vivimos al otro lado del río y trabajamos en el centro.", "Responder",
)  # fmt: skip


def test_a_spanish_story_under_its_share_bar_still_loses_its_comments() -> None:
    page = _page(
        ("Inicio", "Noticias", "Deportes"), STORY_ES, ("Compartir", "Seguir", "Comentarios"),
        COMMENTS_ES, FOOTER_ES,
    )  # fmt: skip
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == list(STORY_ES)
