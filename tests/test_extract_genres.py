"""Page genres nobody tuned for (w-wild22, session 22; ``benchmarks/written_pages/genre_*``):
a Q&A site in another language than English keeps its answers (its "Mejorar esta respuesta"
buttons are reply buttons, ``[comments] replies``; near miss: a Spanish story with a
"Compartir" / "Seguir" bar still loses its comments); a blog's home page keeps its posts past
each one's read-more button (``more-posts``; near misses: a post's own page whose title names
it, teasers with no footer line); an Italian how-to keeps its "Cosa ti serve" list
(``[named_sections] headings``; near miss: a menu under the same heading); a page whose
content is a table under its headline keeps the table (``table-page``; near misses: an
infobox of labels and values, a table after a paragraph). Pages written for these tests."""

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


BLOG_HEAD = ("The Slow Kettle", "Home", "About", "Recipes", "Archive", "March 18, 2026",
             "Marmalade at the third attempt")  # fmt: skip
BLOG_POSTS = (
    "The Seville oranges were late this year, so the marmalade was too. This time I cut the "
    "peel thinner and boiled it longer, and it finally set without turning into toffee.",
    "If you have never baked bread, start with this one: no kneading, one bowl, and it does "
    "not mind if you leave it an extra hour while you walk the dog.",
    "Leeks, potatoes, a spoon of mustard and a lot of black pepper. Nothing clever, but it has "
    "kept us going through a week of rain.",
)
BLOG_HEADLINES = ("Marmalade at the third attempt", "A bread that forgives", "Soup for a grey week")
BLOG_SIDEBAR = ("Older posts", "About me", "Categories", "Baking (24)", "Powered by WordPress")


def _blog(title: str = "The Slow Kettle", more: str = "Read more »", counts=(3, 7, 12)) -> str:
    posts = [
        line
        for n, (post, count) in enumerate(zip(BLOG_POSTS, counts, strict=True))
        for line in (
            *(() if n == 0 else (f"March {10 - n}, 2026", BLOG_HEADLINES[n])),
            post,
            *((more,) if more else ()),
            f"Posted by Ruth | {count} comments",
        )
    ]
    return "\n".join([title, *BLOG_HEAD, *posts, *BLOG_SIDEBAR]) + "\n"


def test_a_blog_home_page_keeps_its_posts_past_their_read_more_buttons() -> None:
    page = _blog()
    out = cleantext.clean(page, preset="extract")
    assert all(post in out for post in BLOG_POSTS)
    assert "Read more" not in out and "Posted by" not in out and "Older posts" not in out
    # off, the first post alone is kept, as before
    assert BLOG_POSTS[1] not in extract_with(page, more_posts=False)


def test_a_titled_post_page_still_ends_at_its_post() -> None:
    out = cleantext.clean(
        _blog("Marmalade at the third attempt | The Slow Kettle"), preset="extract"
    )
    assert BLOG_POSTS[0] in out and BLOG_POSTS[1] not in out


def test_teasers_with_read_more_and_no_footer_line_are_not_joined() -> None:
    page = _blog(counts=(3, 7, 12)).replace("Posted by Ruth | 7 comments\n", "")
    page = page.replace("Posted by Ruth | 12 comments\n", "")
    assert BLOG_POSTS[2] not in cleantext.clean(page, preset="extract")


HOWTO_IT = (
    "Forare capita a tutti. Con gli attrezzi giusti cambiare la camera d'aria richiede meno di "
    "un quarto d'ora, anche a bordo strada, e non serve essere meccanici esperti.",
)
NEEDS_IT = (
    "Cosa ti serve",
    "Due leve per copertoni",
    "Una camera d'aria nuova della misura giusta",
    "Una pompa o una bomboletta di CO2",
)
STEPS_IT = (
    "Togli la ruota: apri lo sgancio rapido o svita i dadi, e per la ruota posteriore metti "
    "prima la catena sul pignone più piccolo, così il cambio non ti ostacola.",
    "Sgonfia del tutto la camera e inserisci le leve sotto il bordo del copertone, a circa "
    "dieci centimetri l'una dall'altra, poi fai scorrere la seconda lungo il cerchio.",
)
MENU_IT = ("Home", "Negozio", "Officina", "Guide", "Contatti")
FOOTER_IT = ("Condividi", "Privacy", "© 2026 Pedali & Co.")


def test_an_italian_how_to_keeps_its_list_of_what_it_takes() -> None:
    page = _page(MENU_IT, ("Come cambiare la camera d'aria",), HOWTO_IT, NEEDS_IT, STEPS_IT,
                 FOOTER_IT)  # fmt: skip
    out = cleantext.clean(page, preset="extract").splitlines()
    assert out == [*HOWTO_IT, *NEEDS_IT, *STEPS_IT]
    assert NEEDS_IT[1] not in extract_with(page, named_sections=False)


def test_a_menu_under_the_same_heading_above_the_how_to_goes() -> None:
    menu = ("Cosa ti serve", "Ruote", "Freni", "Catene", "Selle")  # links of a word
    page = _page(MENU_IT, menu, ("Come cambiare la camera d'aria",), HOWTO_IT, STEPS_IT,
                 FOOTER_IT)  # fmt: skip
    assert "Freni" not in cleantext.clean(page, preset="extract").splitlines()


TIDES_TITLE = "Tides at Harbury this week | Coastwatch"
TIDES_MENU = ("Coastwatch", "Weather", "Tides", "Wind", "Home › Tides › Harbury")
TIDES_HEAD = ("Tides at Harbury this week", "Times in local time. Heights above chart datum.")
TIDES = (
    "Date", "High water", "Low water", "High water",
    "Mon 1 Jun", "02:14 4.1 m", "08:31 0.9 m", "14:40 4.3 m",
    "Tue 2 Jun", "02:58 4.2 m", "09:12 0.8 m", "15:21 4.4 m",
    "Wed 3 Jun", "03:39 4.3 m", "09:50 0.7 m", "16:00 4.5 m",
)  # fmt: skip
TIDES_NOTE = (
    "In a strong westerly wind the water can stand half a metre higher than the table says.",
)
TIDES_FOOT = ("Share this page", "More tides", "Privacy", "© 2026 Coastwatch")


def _tides(*middle: tuple[str, ...]) -> str:
    return _page((TIDES_TITLE,), TIDES_MENU, *middle, TIDES_NOTE, TIDES_FOOT)


def test_a_table_under_the_headline_is_the_page_s_content() -> None:
    page = _tides(TIDES_HEAD, TIDES)
    out = cleantext.clean(page, preset="extract")
    assert out.splitlines() == [TIDES_HEAD[1], *TIDES, *TIDES_NOTE]
    assert cleantext.clean(out, preset="extract") == out  # (a second run keeps it too)
    # off, the note alone is kept, as before
    assert extract_with(page, table_page=False).splitlines() == list(TIDES_NOTE)


def test_an_infobox_of_labels_and_values_under_the_headline_stays_out() -> None:
    infobox = ("Location", "Harbury Point", "Built", "1861", "Height", "26 m", "Range", "18 nmi")
    out = cleantext.clean(_tides(TIDES_HEAD[:1], infobox), preset="extract")
    assert "Harbury Point" not in out


def test_a_table_after_a_paragraph_under_the_headline_is_not_looked_at() -> None:
    lead = ("The tides this week are among the highest of the year, and the harbour master has "
            "asked boat owners to check their moorings before Wednesday.",)  # fmt: skip
    out = cleantext.clean(_tides(TIDES_HEAD[:1], lead, ("Markets",), TIDES), preset="extract")
    assert out.splitlines()[0] == lead[0] and "Mon 1 Jun" not in out
