"""Headings and buttons of session 17's written pages in more languages: a site description
under "О проекте" (ru), a ranking under "アクセスランキング" (ja), a newsletter pitch under
"Receba a nossa newsletter" and a "Partilhar" button (European Portuguese). Each with a near
miss: the words inside a sentence of the article stay."""

from __future__ import annotations

from pathlib import Path

import cleantext

RU_MENU = ["Заречные вести", "Новости", "Город", "Спорт", "Афиша", "Войти"]
RU_STORY = (
    "Новый пешеходный мост через реку в Заречном откроют первого мая, сообщили в "
    "администрации города. Строительство длилось полтора года, и жителям больше не придётся "
    "идти два километра в обход по старой плотине."
)
RU_ABOUT = (
    "«Заречные вести» — независимое городское издание, которое с 2011 года рассказывает о "
    "жизни города и окрестных сёл. Мы пишем о решениях администрации, о работе больниц и "
    "школ, о культурных событиях и спорте, а также публикуем письма читателей. Мы существуем "
    "на пожертвования читателей и не получаем денег из бюджета."
)
FOOTER = ["Контакты", "Реклама", "© 2026"]


def _clean(lines: list[str]) -> str:
    return cleantext.clean("\n".join(lines) + "\n", preset="extract")


def test_ru_site_description_under_its_heading_goes() -> None:
    out = _clean(["Мост откроют в мае | Заречные вести", *RU_MENU, RU_STORY, "О проекте", RU_ABOUT])
    assert RU_STORY in out and RU_ABOUT not in out


def test_ru_near_miss_a_sentence_about_the_project_stays() -> None:
    last = "О проекте моста жители узнали из газеты, и многие из них пришли на открытие."
    out = _clean(["Мост откроют в мае | Заречные вести", *RU_MENU, RU_STORY, last, *FOOTER])
    assert RU_STORY in out and last in out


PAGES = Path(__file__).resolve().parent.parent / "benchmarks" / "written_pages"


def test_ja_ranking_after_a_short_story_goes() -> None:
    """The written page brief_ja (a 90-character story, a share line, a ranking of 7)."""
    rows = (PAGES / "brief_ja.txt").read_text(encoding="utf-8").splitlines()
    out = cleantext.clean("\n".join(line[2:] for line in rows) + "\n", preset="extract")
    story = [line[2:] for line in rows if line.startswith("C|")][1]
    assert story in out
    assert "アクセスランキング" not in out and "1. 港南地区の再開発計画、来年春に着工へ" not in out
    assert "この記事をシェアする" not in out


PT_STORY = (
    "O Tribunal Administrativo de Coimbra anulou as multas aplicadas a três pescadores por "
    "pescarem numa zona interdita. Os juízes consideraram que a interdição não tinha sido "
    "publicada antes da data das infrações, e a capitania pode recorrer da decisão."
)
PT_PITCH = (
    "Todas as manhãs enviamos-lhe as notícias mais importantes da região, uma seleção de "
    "artigos de opinião e a agenda cultural do fim de semana. É gratuita e pode cancelar "
    "quando quiser."
)
PT_HEAD = ["Tribunal anula multas | Correio do Litoral", "Correio do Litoral", "País", "Região"]


def test_pt_newsletter_pitch_and_share_button_go() -> None:
    out = _clean([*PT_HEAD, PT_STORY, "Partilhar", "Receba a nossa newsletter", PT_PITCH])
    assert PT_STORY in out
    assert PT_PITCH not in out and "Partilhar" not in out


def test_pt_near_miss_a_sentence_with_the_word_stays() -> None:
    last = "Os pescadores querem partilhar a decisão com as outras comunidades do litoral."
    out = _clean([*PT_HEAD, PT_STORY, last, "Termos de utilização", "© 2026"])
    assert PT_STORY in out and last in out


ES_HEAD = ["Nido de cigüeña negra | Diario del Tormes", "Diario del Tormes", "Portada", "Provincia"]
ES_STORY = (
    "Una pareja de cigüeñas negras ha criado dos pollos en un roble junto al río Huebra, cerca "
    "de Villarino. Es el primer nido de la especie confirmado en la comarca desde 2006, según "
    "la asociación de ornitólogos que lo vigila desde abril."
)
ES_FOOTER = ["Aviso legal", "Política de privacidad", "© 2026 Diario del Tormes"]


def test_es_author_bio_with_es_ends_the_article() -> None:
    bio = "Ana Ruiz es fotógrafa y redactora del Diario del Tormes desde 2009."
    out = _clean([*ES_HEAD, ES_STORY, bio, *ES_FOOTER])
    assert ES_STORY in out and bio not in out


def test_es_near_miss_a_name_with_es_and_no_role_stays() -> None:
    last = "Luis Pérez es agricultor en Villarino y vio el nido por primera vez en abril."
    out = _clean([*ES_HEAD, ES_STORY, last, *ES_FOOTER])
    assert ES_STORY in out and last in out
