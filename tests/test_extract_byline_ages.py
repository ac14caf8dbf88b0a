"""Issue 14: a comment's age in a byline ("3 hours ago", "hace 13 horas", "il y a 2 heures",
"3時間前", "منذ 3 ساعات") is read from the data file's ``[[comments.byline_ages]]``, in every
language listed there; near miss: a sentence that starts with an age ("Hace 13 años que el
puente ...") is no byline."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU
from _pages import lines_page as _page
from cleantext.boilerplate.extract import LineInfo, _thread_byline, find_main_content
from cleantext.segment import Block


def _byline(line: str) -> bool:
    """``line`` is a comment's byline (with a verb or a time: ``_thread_byline``)."""
    return _thread_byline(
        LineInfo(Block(0, 0, line, 0), len(line.split()), 0.5, False, "short", 0.0)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Anna · 3 hours ago",
        "Anna vor 5 Minuten",
        "Anna vor 1 Stunde",
        "Jonas · vor 1 Tag",
        "Por Ana Pérez · hace 13 horas",
        "Marie · il y a 2 heures",
        "João · há 3 dias",
        "Luca · 3 ore fa",
        "Jan · 2 uur geleden",
        "Kasia · 3 godziny temu",
        "Иван · 5 часов назад",
        "Ayşe · 3 saat önce",
        "田中 3時間前",
        "王伟 3小时前",
        "أحمد · منذ 3 ساعات",
    ],
)
def test_a_byline_with_an_age(line: str) -> None:
    assert _byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Hace 13 años que el puente une los dos barrios",
        "Il y a 2 heures de route jusqu'à la côte",
        "Anna · 3 hours agony",
        "Por Ana Pérez",
    ],
)
def test_a_sentence_or_name_is_no_byline(line: str) -> None:
    assert not _byline(line)


STORY_ES = (
    "El ayuntamiento votó el martes cerrar el viejo puente sobre el río, que ya es demasiado "
    "débil para los autobuses que lo cruzan cada pocos minutos.",
    "Los vecinos dijeron que les preocupa el largo desvío que supondrá el cierre para ellos, "
    "para las tiendas y para los niños que van andando al colegio.",
    "El alcalde dijo que se construirá un puente nuevo antes del final de la década y que "
    "mientras tanto habrá un transbordador para peatones y ciclistas.",
)
FIRST_ES = (
    "Cruzo ese puente todos los días desde hace treinta años y lo voy a echar mucho de menos "
    "cuando ya no esté, aunque el nuevo sea más seguro."
)
SECOND_ES = (
    "El transbordador es una buena idea para el verano, pero el ayuntamiento debería haber "
    "actuado mucho antes, porque todo el mundo veía las grietas."
)


def test_a_spanish_thread_with_ages_goes() -> None:
    thread = ("Ana Pérez · hace 2 horas", FIRST_ES, "Responder",
              "Luis Gómez · hace 3 horas", SECOND_ES, "Responder")  # fmt: skip
    page = _page(MENU, STORY_ES, thread, FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(line in out for line in STORY_ES)
    assert "treinta años" not in out and "transbordador es una" not in out
    assert "extract-comments" in [e.rule for e in find_main_content(page)]
