"""Issue 14, pattern 1: a short article (40-150 words) next to a bigger block of page
furniture. Pages written for these tests (short14): a menu whose drop-down items are whole
sentences above the headline, a consent banner, a site description; each with a near miss."""

from __future__ import annotations

import cleantext
from _pages import BRIDGE_BODY, FOOTER, extract_with
from cleantext.boilerplate.extract import find_main_content

TITLE = "Northbridge wins grant for flood research | Northbridge University"
HEADLINE = "Northbridge wins grant for flood research"
#: a university's menu: its drop-down items are whole sentences, set as a list
DROPDOWN = (
    "Northbridge University",
    "Study",
    "Undergraduate courses: find the degree that fits your interests and your plans for the "
    "future.",
    "Postgraduate study: advance your career with a master's degree or a doctorate at Northbridge.",
    "International students: everything you need to know about visas, fees and arriving in "
    "the city.",
    "Research",
    "Our research centres work with industry and government partners on the questions that matter.",
    "Research impact: read how our work changes lives in the region and around the world.",
    "About",
    "Our history: from a small teacher training college in 1891 to a university of 20,000 "
    "students.",
    "News",
)
BRIEF = (
    "The university has received a grant of 2.4 million pounds to study how towns along the "
    "river can prepare for floods. The project will run for four years and will involve "
    "researchers from engineering and geography. Local councils will help to test the first "
    "warning system in 2027."
)


def _menu_page(*head: str) -> str:
    return "\n".join(
        (TITLE, *DROPDOWN, "", *head, HEADLINE, "15 May 2025", "", BRIEF, "", "Share this page",
         "", *FOOTER)
    )  # fmt: skip


def test_a_menu_of_sentences_above_the_headline_is_not_the_articles_first_half() -> None:
    # the section's name over the headline ("News" again) parts the menu's run from the
    # article's: the menu, worth more, was joined to it as its first half
    text = _menu_page("News")
    out = cleantext.clean(text, preset="extract")
    assert BRIEF in out
    assert DROPDOWN[2] not in out and DROPDOWN[-2] not in out
    # the head note says why the menu was not joined to the article under the headline
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "is not joined: it lies above the page title's headline at line 15" in head.note


def test_with_the_headline_anchor_off_the_menu_joins_again() -> None:
    out = extract_with(_menu_page("News"), headline=False)
    assert DROPDOWN[2] in out


def test_the_articles_first_half_under_its_headline_still_joins() -> None:
    # near miss: the same sentences under the headline, before a long gallery, are the
    # article's first half (``continued-before``): no headline lies between the two runs
    captions = [f"The Old Bridge in {y}" for y in range(1900, 2000, 8)]
    text = "\n".join(
        (TITLE, "Home", "News", "", HEADLINE, *DROPDOWN[2:5], "", *captions, "",
         *BRIDGE_BODY[:3], "", *FOOTER)
    )  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert DROPDOWN[2] in out and BRIDGE_BODY[0] in out


def test_a_menu_of_sentences_inside_the_articles_run_is_cut_at_the_headline() -> None:
    # no section name between them: the menu and the article are one run, the headline
    # inside it; the menu's lines, set as a list, are cut off (``listed-above``)
    text = _menu_page()
    out = cleantext.clean(text, preset="extract")
    assert BRIEF in out
    assert DROPDOWN[2] not in out and DROPDOWN[-2] not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "set as a list, no blank line between them" in head.note
    assert DROPDOWN[2] in extract_with(text, listed_above=False)


def test_a_page_without_blank_lines_keeps_the_lines_above_its_headline() -> None:
    # near miss: a text set one line to a row throughout (no blank line anywhere) tells no
    # list from paragraphs: the run stays whole, unless the headline has the article's
    # header under it (its date: ``listed-header``, session 20)
    text = _menu_page().replace("\n\n", "\n")
    assert DROPDOWN[2] not in cleantext.clean(text, preset="extract")
    assert DROPDOWN[2] in extract_with(text, listed_header=False)
    text = text.replace("15 May 2025\n", "")
    assert DROPDOWN[2] in cleantext.clean(text, preset="extract")


def test_sentences_that_continue_each_other_above_the_headline_stay() -> None:
    # near miss: lines above the headline that continue the one before ("It ...", "But
    # ...") read as one text, not as a menu's items
    story = (
        "The council voted on Tuesday to close the old bridge over the river for good.",
        "It had carried the buses of the valley towns for more than a century.",
        "But the engineers who inspected it found cracks in two of its three arches.",
        "They said that the cracks had grown much faster than expected since the spring.",
    )
    text = "\n".join((TITLE, "Home", "News", "", *story, "", HEADLINE, "", BRIEF, "", *FOOTER))
    out = cleantext.clean(text, preset="extract")
    assert story[1] in out and BRIEF in out


#: a consent banner in Spanish (heading, the banner's sentence, its buttons), then a short
#: article: the banner's sentence is its known wording (``[cookie] consent``)
BANNER_ES = (
    "Tu privacidad es importante para nosotros",
    "Nosotros y nuestros socios almacenamos y accedemos a información en tu dispositivo, como "
    "cookies, y tratamos datos personales, como identificadores únicos e información estándar "
    "enviada por un dispositivo, para publicidad y contenido personalizados, medición de "
    "publicidad y contenido, e investigación de audiencia. Puedes aceptar o gestionar tus "
    "preferencias en cualquier momento desde la página de política de privacidad.",
    "Aceptar",
    "Configurar",
)
BRIEF_ES = (
    "El suministro de agua se cortará el martes de 9 a 14 horas en varias calles del centro "
    "por obras en la red, informó el ayuntamiento. Los vecinos afectados recibirán un aviso "
    "por correo. Habrá un camión cisterna en la plaza Mayor."
)


def test_a_consent_banner_in_spanish_does_not_beat_a_short_article() -> None:
    text = "\n".join(
        ("Diario del Valle", "Portada", "Local", "", *BANNER_ES, "",
         "Cortes de agua en el centro el martes", "", BRIEF_ES, "", "Compartir", "Aviso legal")
    )  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert BRIEF_ES in out
    assert BANNER_ES[1] not in out and BANNER_ES[0] not in out


def test_an_article_that_quotes_a_banners_heading_stays() -> None:
    # near miss: the heading's words inside a sentence of the article are no banner
    story = (
        "The company told its users that their privacy was important, and its new banner "
        "says: your privacy is important to us. Regulators said on Monday that the banner "
        "did not ask for consent in the way the law requires.",
        "The regulator gave the company a month to change the banner, or face a fine of up to "
        "four per cent of its turnover, a spokesman said.",
    )
    text = "\n".join(("Home", "News", "", *story, "", "Share", "Privacy Policy"))
    out = cleantext.clean(text, preset="extract")
    assert story[0] in out and story[1] in out


NOTICE_FR = (
    "Le moulin ouvrira ses portes au public le dimanche 18 mai, de 10 h à 18 h. Les bénévoles "
    "feront tourner la roue et moudre du blé devant les visiteurs. L'entrée est gratuite et "
    "une buvette sera installée dans la cour."
)
ABOUT_FR = (
    "L'association Les Amis du Vieux Moulin a été fondée en 1984 par des habitants du village "
    "qui voulaient sauver le moulin de la ruine. Depuis, nos bénévoles ont restauré la roue, le "
    "mécanisme et le bâtiment, et nous accueillons chaque année des centaines d'écoliers et de "
    "visiteurs. Nous organisons aussi des concerts, des marchés et des ateliers de boulangerie "
    "tout au long de l'année."
)


def _about_page(heading: str, about: str) -> str:
    return "\n".join(
        ("Les Amis du Vieux Moulin", "Accueil", "Agenda", "Contact", "",
         "Journée portes ouvertes le 18 mai", "", NOTICE_FR, "", heading, about, "",
         "Mentions légales", "Plan du site")
    )  # fmt: skip


def test_a_box_about_the_site_ends_a_short_article() -> None:
    text = _about_page("Qui sommes-nous ?", ABOUT_FR)
    out = cleantext.clean(text, preset="extract")
    assert NOTICE_FR in out
    assert ABOUT_FR not in out and "Qui sommes-nous" not in out
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "the box about the site under 'Qui sommes-nous ?'" in tail.note
    assert ABOUT_FR in extract_with(text, site_about=False)


def test_a_press_releases_about_the_company_paragraph_stays() -> None:
    # near miss: "About <Name>" over the company's paragraph ends a press release, and is
    # the release's own; a subheading of the article that is no site heading stays too
    about = ABOUT_FR.replace("L'association", "La société")
    for heading in ("À propos des Amis du Vieux Moulin", "Les travaux de la roue"):
        out = cleantext.clean(_about_page(heading, about), preset="extract")
        assert NOTICE_FR in out and about in out


def test_a_page_whose_only_prose_is_the_site_description_keeps_it() -> None:
    # near miss: with no article before it (a home page), the description is the content
    text = "\n".join(
        ("Les Amis du Vieux Moulin", "Accueil", "Agenda", "", "Qui sommes-nous ?", ABOUT_FR,
         "", "Mentions légales")
    )  # fmt: skip
    assert ABOUT_FR in cleantext.clean(text, preset="extract")
