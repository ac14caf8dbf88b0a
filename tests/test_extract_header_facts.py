"""``header-facts`` (w-wild23, session 23): the fact lines between a job ad's, a course's or a
book review's headline and its text ("CDI · Lyon (69) · Temps plein", "Código: 40215 ·
Créditos: 6 ECTS", "出版社：海風書房　定価：1,980円") are kept, the buttons under them still go;
near misses: a byline with its parts, a blog post's date and reading time, a menu parted by
bars under the headline. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with
from _pages import lines_page as _page

MENU = ("Groupe Varenne", "Nos métiers", "Nos offres", "Candidature spontanée", "Espace candidat")
TITLE = "Technicien de maintenance H/F – Lyon – Offres d'emploi – Groupe Varenne"
HEADLINE = "Technicien de maintenance H/F"
BUTTONS = ("Postuler", "Sauvegarder l'offre")
BODY = (
    "Votre mission",
    "Au sein de notre usine de Lyon-Gerland, vous assurez la maintenance préventive et "
    "corrective de nos lignes de conditionnement. Vous diagnostiquez les pannes et proposez "
    "des améliorations pour réduire les arrêts.",
    "Votre profil",
    "Vous avez un Bac+2 en maintenance industrielle ou une expérience équivalente, et vous "
    "connaissez les automates Siemens. L'habilitation électrique est un plus.",
)
FOOTER = ("Partager l'offre", "Mentions légales", "© Groupe Varenne 2026")


def _ad(*facts: str) -> str:
    return _page((TITLE,), MENU, (HEADLINE, *facts), BUTTONS, BODY, FOOTER)


def test_a_job_ad_keeps_its_facts_under_the_headline() -> None:
    facts = "CDI · Lyon (69) · Temps plein · Publiée le 2 mars 2026"
    page = _ad(facts)
    out = cleantext.clean(page, preset="extract")
    assert facts in out and BODY[1] in out
    assert "Postuler" not in out and "Sauvegarder" not in out
    # off, the facts go with the header, as before
    assert facts not in extract_with(page, header_facts=False)


def test_a_course_keeps_its_fields_under_the_headline() -> None:
    facts = ("Código: 40215 · Créditos: 6 ECTS", "Profesora responsable: Dra. Carmen Olmedo")
    out = cleantext.clean(_ad(*facts), preset="extract")
    assert all(line in out for line in facts)


def test_a_byline_with_its_parts_still_goes() -> None:
    byline = "Par Julien Marchand · Publié le 9 février 2026 · Mis à jour le 11 février"
    assert byline not in cleantext.clean(_ad(byline), preset="extract")


def test_a_date_and_reading_time_still_go() -> None:
    meta = "March 2, 2025 · 4 min read · #linux #shell"
    assert meta not in cleantext.clean(_ad(meta), preset="extract")


def test_a_menu_parted_by_bars_under_the_headline_still_goes() -> None:
    menu = "Emploi | Blog | Alternance | Contact: recrutement"
    assert menu not in cleantext.clean(_ad(menu), preset="extract")


def test_a_text_without_a_part_mark_has_no_facts_to_look_for() -> None:
    # cost23b: a strong fact line is parted by a middle dot, a bullet or a full-width space;
    # a text with none of them is not read line by line
    from cleantext.boilerplate.facts import fact_line, may_hold_facts

    assert may_hold_facts(_ad("CDI · Lyon (69) · Temps plein"))
    assert may_hold_facts("出版社：海風書房\u3000定価：1,980円")
    line = "CDI - Lyon (69) - Temps plein - Publiée le 2 mars 2026"
    assert not may_hold_facts(_ad(line)) and not fact_line(line)
