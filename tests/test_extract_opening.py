"""Issue 14, recall at the article's start: the question or exclamation the article opens with.

A tip, a review or a blog post opens with a short line of its own right above the first
paragraph ("Ihr kennt es sicher auch!", "Why does bread go stale?"). Too short for a
paragraph, it went with the head. ``opening-line`` keeps it when it is a short sentence in
sentence case that ends in a question mark, an exclamation mark or an ellipsis (the data
file's ``[opening] ends``) right above the article's first paragraph. Near misses: a
question headline (the page title, or a text's first line), a picture's caption ending in a
full stop, a Title Case question of a menu, a teaser question with a byline between it and
the article, and the rule switched off.

The pages are written for these tests (German, English, Spanish).
"""

from __future__ import annotations

import cleantext
from _pages import extract_with, lines_page, paragraphs_page
from cleantext.boilerplate.extract import find_main_content

DE_TITLE = ("Tomaten richtig schneiden | Küchentipps",)
DE_MENU = ("Rezepte", "Tipps", "Magazin", "Videos", "Shop")
DE_TEASERS = (
    "TIPP!",
    "Wie der Grillabend gelingt und Sie trotzdem entspannt bleiben",
    "von Redaktion",
)
DE_OPENING = ("Ihr kennt es sicher auch!",)
DE_TIP = (
    "Ihr möchtet Tomaten in Scheiben schneiden, weil Ihr sie hübsch auf einem Teller anrichten "
    "möchtet, aber das Messer drückt die Tomate nur platt und der Saft läuft über das Brett.",
    "Das liegt ganz einfach daran, dass die Tomate falsch auf dem Brett liegt: Legt sie auf die "
    "Seite und schneidet sie mit einem Messer mit Wellenschliff, dann gelingt jede Scheibe.",
)
DE_FOOTER = ("KOMMENTARE", "Impressum", "Datenschutz")


def test_a_german_exclamation_opening_the_tip_stays() -> None:
    text = lines_page(DE_TITLE, DE_MENU, DE_TEASERS, DE_OPENING, DE_TIP, DE_FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert DE_OPENING[0] in out and DE_TIP[0] in out and "Grillabend" not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "the opening line at line" in head.note and "opening-line" in head.note


def test_the_rule_can_be_switched_off() -> None:
    text = lines_page(DE_TITLE, DE_MENU, DE_TEASERS, DE_OPENING, DE_TIP, DE_FOOTER)
    assert DE_OPENING[0] not in extract_with(text, opening=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["opening-line"]}}
    )
    assert DE_OPENING[0] not in cleantext.Cleaner(config).clean(text)


def test_a_teaser_question_with_a_byline_between_goes() -> None:
    teaser = ("Warum schmecken Tomaten im Winter nach nichts?", "von Redaktion")
    text = lines_page(DE_TITLE, DE_MENU, teaser, DE_TIP, DE_FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert teaser[0] not in out and DE_TIP[0] in out


EN_TITLE = ("Keeping bread fresh | Kitchen Notes",)
EN_MENU = ("Home", "Recipes", "Baking", "About", "Contact")
EN_TEASERS = (
    "Popular",
    "Ten breads to bake this weekend",
    "by Kitchen Notes",
    "The best flour for a soft crumb",
    "by Kitchen Notes",
)
EN_OPENING = ("Why does bread go stale?",)
EN_POST = (
    "Bread goes stale because the starch in it slowly turns back into crystals as it cools, "
    "and this happens fastest at the temperature of a fridge, not in a warm kitchen.",
    "Keep the loaf in a bread box or a cloth bag at room temperature for two days, and freeze "
    "what you will not eat by then: frozen slices toast as well as fresh ones.",
)
EN_FOOTER = ("Privacy", "Terms", "© 2024 Kitchen Notes")


def test_an_english_question_opening_the_post_stays() -> None:
    text = lines_page(EN_TITLE, EN_MENU, EN_TEASERS, EN_OPENING, EN_POST, EN_FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert EN_OPENING[0] in out and EN_POST[0] in out and "Recipes" not in out


def test_a_question_headline_goes() -> None:
    # the page's title, with its menu under it: the question under the menu is its headline
    title = ("Why does bread go stale? | Kitchen Notes",)
    text = lines_page(title, EN_MENU, EN_TEASERS, EN_OPENING, EN_POST, EN_FOOTER)
    assert EN_OPENING[0] not in cleantext.clean(text, preset="extract")
    # (a text that starts with the question right above the post is what extract kept of the
    # page with the question as its opening: it stays, ``untitled-top``; switched off, it is
    # the text's title and goes, as before)
    text = paragraphs_page(EN_OPENING, EN_POST)
    assert cleantext.clean(text, preset="extract") == text
    assert EN_OPENING[0] not in extract_with(text, untitled_top=False)


def test_a_caption_ending_in_a_full_stop_goes() -> None:
    caption = ("Sourdough on the kitchen table.",)
    text = lines_page(EN_TITLE, EN_MENU, EN_TEASERS, caption, EN_POST, EN_FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert caption[0] not in out and EN_POST[0] in out


def test_a_title_case_menu_question_goes() -> None:
    menu = ("Which Bread Box To Buy?",)
    text = lines_page(EN_TITLE, EN_MENU, EN_TEASERS, menu, EN_POST, EN_FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert menu[0] not in out and EN_POST[0] in out


ES_TITLE = ("Reseña: la mejor cafetera para casa - Opiniones",)
ES_MENU = ("Inicio", "Reseñas", "Cafeteras", "Contacto")
ES_META = ("Escribir una reseña", "Iniciar sesión", "Para empresas", "Ana García", "3 reseñas")
ES_OPENING = ("¡Me encanta esta cafetera!",)
ES_REVIEW = (
    "Llevo tres meses usando esta cafetera todos los días y el café sale siempre caliente, con "
    "mucho sabor y sin ruido, aunque la jarra es un poco pequeña para una familia de cuatro.",
)
ES_FOOTER = ("Útil", "Compartir", "Aviso legal")


def test_a_spanish_review_title_stays() -> None:
    text = lines_page(ES_TITLE, ES_MENU, ES_META, ES_OPENING, ES_REVIEW, ES_FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert ES_OPENING[0] in out and ES_REVIEW[0] in out and "Cafeteras" not in out


# a letter's or a post's greeting, and a dateline set apart from its paragraph

GREETING_POST = (
    "After seven years of writing this blog about old radios, I have decided to stop, and I "
    "want to thank every one of you who read it, wrote to me or sent me a broken set to fix.",
    "The old posts will stay online for anyone who needs a circuit diagram, but I will no "
    "longer answer the questions in the comments or by mail.",
)


def test_a_greeting_opening_the_post_stays() -> None:
    for greeting in ("Hi everyone,", "Liebe Leserinnen und Leser,"):
        text = lines_page(EN_TITLE, EN_MENU, EN_TEASERS, (greeting,), GREETING_POST, EN_FOOTER)
        out = cleantext.clean(text, preset="extract")
        assert greeting in out and GREETING_POST[0] in out and "Recipes" not in out, greeting
        head = next(e for e in find_main_content(text) if e.rule == "extract-head")
        assert "a greeting or dateline" in head.note


def test_a_line_ending_in_a_comma_that_greets_no_one_goes() -> None:
    for line in ("Radios, valves, parts,", "Hi there, welcome to the radio shop"):
        text = lines_page(EN_TITLE, EN_MENU, EN_TEASERS, (line,), GREETING_POST, EN_FOOTER)
        out = cleantext.clean(text, preset="extract")
        assert line not in out and GREETING_POST[0] in out, line


DATELINE_STORY = (
    "The Senate voted on Thursday to keep the government open for another six weeks, hours "
    "before the money ran out, after a day of talks between the leaders of both parties.",
    "The House is expected to pass the bill on Friday morning, and the president has said "
    "that he will sign it as soon as it reaches his desk.",
)


def test_a_dateline_set_apart_from_its_paragraph_stays() -> None:
    for dateline in ("WASHINGTON —", "BERLIN (dpa) -", "LOS ANGELES, Calif. —"):
        text = lines_page(EN_TITLE, EN_MENU, EN_TEASERS, (dateline,), DATELINE_STORY, EN_FOOTER)
        out = cleantext.clean(text, preset="extract")
        assert out.startswith(dateline) and DATELINE_STORY[0] in out, dateline


def test_an_ad_label_or_a_menu_item_with_a_dash_goes() -> None:
    for line in ("ADVERTISEMENT -", "Home -", "- Anzeige -"):
        text = lines_page(EN_TITLE, EN_MENU, EN_TEASERS, (line,), DATELINE_STORY, EN_FOOTER)
        out = cleantext.clean(text, preset="extract")
        assert line not in out and DATELINE_STORY[0] in out, line


# a first paragraph broken into lines (``<br>``) right above the article


def _broken_page(block: str) -> str:
    head = "\n\n".join(["\n".join(EN_TITLE), "\n".join(EN_MENU), "\n".join(EN_TEASERS)])
    return f"{head}\n\n{block}\n\n" + "\n\n".join(DATELINE_STORY) + "\n\n" + "\n".join(EN_FOOTER)


def test_a_first_paragraph_broken_into_lines_stays() -> None:
    block = (
        "The Senate voted on Thursday night\nto keep the government open for six weeks,\n"
        "hours before the money ran out."
    )
    text = _broken_page(block)
    out = cleantext.clean(text, preset="extract")
    assert block in out and DATELINE_STORY[0] in out and "Recipes" not in out
    head = next(e for e in find_main_content(text) if e.rule == "extract-head")
    assert "a first paragraph broken into lines" in head.note
    assert block not in extract_with(text, opening=False)


def test_headlines_or_a_cookie_notice_in_lines_go() -> None:
    for block in (
        "Senate votes on the border money\nHouse to vote on Friday morning\nPresident to sign",
        "We use cookies\nto give you the best experience\non our website.",
    ):
        out = cleantext.clean(_broken_page(block), preset="extract")
        assert block.split("\n")[1] not in out and DATELINE_STORY[0] in out, block
