"""Issue 14 (fundus: four sites of one newspaper template): a subscription or sign-in pitch
is never the article, and a pitch inside the article does not end it (``pitch.py``,
``extract_off = ["pitch-boxes"]``); an ad slot's "Story continues below" parts no halves of
the article (``continued.py``, ``extract_off = ["ad-slots"]``). Near misses: a page that is
nothing but an offer keeps its text; an article about subscriptions keeps its sentences.
The pages are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import cleantext
from cleantext import Cleaner
from cleantext.boilerplate.continued import continued
from cleantext.boilerplate.extract import WEIGHTS, classify_lines, find_main_content, positive_runs
from cleantext.boilerplate.pitch import pitch_rows

MENU = (
    "Skip to Content",
    "News",
    "Local News",
    "Sports",
    "Opinion",
    "Life",
    "Obituaries",
    "Subscribe",
    "Sign In",
)
FOOTER = (
    "Comments",
    "Terms of Use",
    "Privacy",
    "Contact Us",
    "© 2026 Riverside Daily. All rights reserved.",
)
HEADLINE = ("Riverside council votes to rebuild the Mill Street bridge",)
LEAD = (
    "The council voted on Tuesday to rebuild the Mill Street bridge, which engineers found too "
    "weak for the buses that cross it every ten minutes during the morning rush.",
    "The new bridge will cost about twelve million dollars, and the province has agreed to pay "
    "for half of it if the work begins before the end of next year, the mayor said.",
)
REST = (
    "Work on the new bridge will start in the spring, and buses will take the Water Street "
    "route while the old deck is taken down and the river banks are shored up by the crews.",
    "Shop owners on Mill Street asked the council for help during the closure, saying that "
    "most of their customers arrive by bus and that the detour will keep them away for months.",
    "The council agreed to pay for signs that point drivers to the shops and to waive the fees "
    "for the street market that is held on Mill Street on the first Saturday of every month.",
    "The engineers expect the bridge to reopen in the autumn of the year after next, and the "
    "mayor said the council would publish the schedule of the works on its website next week.",
)
PITCH = (
    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
    "Subscribe now to read the latest news in your city and across the country.",
    "Unlimited online access to the Riverside Daily.",
    "The Riverside Daily ePaper, an electronic replica of the print edition.",
    "Daily puzzles, including the crossword.",
    "Support local journalism.",
    "SUBSCRIBE TO UNLOCK MORE ARTICLES",
    "Create an account or sign in to continue with your reading experience.",
    "Sign In or Create an Account",
    "Email Address",
    "Continue",
)


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n\n".join(block) for block in blocks) + "\n"


def _extract(text: str, off: tuple[str, ...] = ()) -> str:
    config = {"preset": "extract", "boilerplate": {"extract_off": list(off)}}
    return Cleaner(config).clean_document(text).text


def test_a_pitch_inside_a_local_news_article_does_not_end_it() -> None:
    text = _page(MENU, HEADLINE, LEAD, PITCH, REST, FOOTER)
    out = _extract(text)
    assert all(line in out for line in LEAD + REST)
    # (the pitch runs from its first phrase line to its last: a button after it that names
    # no phrase, "Continue", stays)
    assert not any(line in out for line in PITCH[:-1])
    edits = [e for e in find_main_content(text) if e.rule == "extract-signup"]
    assert len(edits) == 1 and "subscription or sign-in pitch" in edits[0].note
    # switched off, the pitch's lines score as they did: its benefits stay as prose
    assert PITCH[2] in _extract(text, ("pitch-boxes",))


def test_a_pitch_above_the_article_is_no_article() -> None:
    text = _page(MENU, PITCH, HEADLINE, LEAD, REST, FOOTER)
    out = _extract(text)
    assert all(line in out for line in LEAD + REST)
    assert not any(line in out for line in PITCH)


def _halves(slot: str) -> tuple[tuple[int, int], int]:
    """The span ``continued`` grows from the first half of a story over an ad slot's line
    ``slot`` and ten short lines, and the last line's index."""
    lines = [*LEAD, slot, *(f"Photo {n} of the bridge" for n in range(10)), *REST]
    infos = classify_lines("\n\n".join(lines))
    span, _ = continued(infos, (0, 1), positive_runs(infos, 0, len(infos)), WEIGHTS)
    return span, len(infos) - 1


def test_an_ad_slot_line_parts_no_halves_of_the_article() -> None:
    span, last = _halves("Story continues below")
    assert span == (0, last)
    # near misses: another UI line ("Share this article") parts them; so does the ad slot
    # with the mechanism switched off
    assert _halves("Share this article")[0] == (0, 1)
    infos = classify_lines("\n\n".join([*LEAD, "Story continues below", *REST]))
    off = replace(WEIGHTS, ad_slots=False, continued=True)
    assert continued(infos, (0, 1), [(50.0, 3, 3)], off)[0] == (0, 1)


def test_an_ad_label_in_the_block_of_a_slot_line_parts_no_halves() -> None:
    # the label and the slot's line are one block: the slot says the article goes on
    span, last = _halves("Advertisement 2\nStory continues below")
    assert span == (0, last)
    # near miss: the bare label alone still parts them
    assert _halves("Advertisement 2")[0] == (0, 1)


ARTIKEL = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke an der Mühlstraße abzureißen "
    "und bis zum nächsten Herbst durch einen Neubau aus Stahl und Beton zu ersetzen.",
    "Die Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro, von denen das "
    "Land die Hälfte übernimmt, wenn die Arbeiten noch in diesem Jahr beginnen.",
    "Während der Bauzeit fahren die Busse über die Wasserstraße, und die Händler an der "
    "Mühlstraße bekommen Hinweisschilder, die den Kunden den Weg zu ihren Läden zeigen.",
    "Die Bürgermeisterin sagte, der Zeitplan der Arbeiten werde in der kommenden Woche auf der "
    "Internetseite der Stadt veröffentlicht, zusammen mit den Umleitungen für den Verkehr.",
)
PAYWALL_DE = (
    "Lesen Sie jetzt weiter mit RZ+",
    "Jetzt abonnieren",
    "Alle Artikel auf rz.de und in der App",
    "Monatlich kündbar",
    "Bereits Abonnent? Hier anmelden",
)
MENU_DE = ("Startseite", "Lokales", "Sport", "Kultur", "Wirtschaft", "Abo", "Anmelden")
FOOTER_DE = ("Impressum", "Datenschutz", "Kontakt", "© 2026 Rheinzeitung")


def test_a_german_paywall_teaser_inside_the_article_goes() -> None:
    text = _page(MENU_DE, ARTIKEL[:2], PAYWALL_DE, ARTIKEL[2:], FOOTER_DE)
    out = _extract(text)
    assert all(line in out for line in ARTIKEL)
    assert not any(line in out for line in PAYWALL_DE)


ARTICLE_FR = (
    "Le conseil municipal a voté mardi la reconstruction du pont de la rue du Moulin, que les "
    "ingénieurs jugent trop fragile pour les autobus qui le traversent chaque matin.",
    "Les travaux coûteront environ douze millions d'euros, dont la moitié sera payée par la "
    "région si le chantier commence avant la fin de l'année prochaine, selon le maire.",
    "Pendant les travaux, les autobus passeront par la rue de l'Eau, et les commerçants de la "
    "rue du Moulin recevront des panneaux qui guideront leurs clients jusqu'à leurs boutiques.",
    "Le calendrier des travaux sera publié la semaine prochaine sur le site de la ville, avec "
    "les déviations prévues pour la circulation des voitures et des vélos dans le quartier.",
)
PAYWALL_FR = (
    "Cet article est réservé aux abonnés",
    "Abonnez-vous pour lire la suite",
    "Accès illimité à tous nos articles",
    "Sans engagement",
    "Déjà abonné ? Se connecter",
)
MENU_FR = ("Accueil", "Actualités", "Sports", "Culture", "S'abonner", "Se connecter")
FOOTER_FR = ("Mentions légales", "Confidentialité", "Contact", "© 2026 Le Courrier")


def test_a_french_paywall_teaser_inside_the_article_goes() -> None:
    text = _page(MENU_FR, ARTICLE_FR[:2], PAYWALL_FR, ARTICLE_FR[2:], FOOTER_FR)
    out = _extract(text)
    assert all(line in out for line in ARTICLE_FR)
    assert not any(line in out for line in PAYWALL_FR)


OFFER_PAGE = (
    "Subscribe to the Riverside Daily",
    "Digital access",
    "Unlimited access to every article on our website and in our app.",
    "Subscribe now for $1 a week",
    "Print and digital",
    "Home delivery every day and unlimited digital access for subscribers.",
    "Subscribe now for $5 a week",
    "Already a subscriber? Sign in",
)


def test_a_page_that_is_only_an_offer_keeps_its_text() -> None:
    # documented result: no paragraph outside the pitch, so the pitch scores as usual and
    # the offer is the page's text (nothing better to keep)
    text = _page(MENU, OFFER_PAGE, FOOTER)
    out = _extract(text)
    assert "Unlimited access to every article on our website and in our app." in out


ABOUT = (
    "Streaming services raised their prices again this year, and many households now pay for "
    "three or four of them at once, according to a survey published on Monday.",
    "The average subscription now costs fourteen dollars a month, up from ten two years ago, "
    "and the survey found that households spend more on them than on their phone bills.",
    "One in five people said they had cancelled a subscription in the past six months, most "
    "of them because of the price, and a third of those said they had signed up again later.",
    "Analysts expect more people to share accounts or subscribe only for a month at a time, "
    "watching one series and then moving on to the next service, as the prices keep rising.",
    "Several services said they would offer a cheaper plan with advertising later this year, "
    "and one of them said it would let subscribers pause their plan for up to three months.",
)


def test_an_article_about_subscriptions_keeps_its_sentences() -> None:
    out = _extract(_page(MENU, ABOUT, FOOTER))
    assert all(line in out for line in ABOUT)


def test_a_pitch_needs_a_line_that_is_no_sentence() -> None:
    known = {"subscribe now", "sign in", "the subscription"}
    keys = ["subscribe now", "sign in", "the subscription", "x"]
    kinds, counts = ["short", "ui", "medium", "good"], [2, 2, 2, 40]
    assert pitch_rows(kinds, keys, counts, [False, False, True, True], known) == [0, 1, 2]
    # three sentences with a phrase each (an article about subscriptions): no pitch
    assert not pitch_rows(kinds, keys, counts, [True, True, True, True], known)
    # a paragraph between two phrase lines parts them: two lines are no pitch
    keys = ["subscribe now", "x", "sign in", "the subscription", "y"]
    kinds, counts = ["short", "good", "ui", "short", "good"], [2, 40, 2, 2, 40]
    assert not pitch_rows(kinds, keys, counts, [False] * 5, known)


def test_the_light_preset_keeps_the_pitch() -> None:
    text = _page(MENU, HEADLINE, LEAD, PITCH, REST, FOOTER)
    assert PITCH[0] in cleantext.clean(text, preset="light")


NEWSLETTER = (
    "Sign up for our daily newsletter",
    "Sign up",
    "I would like to subscribe to the Riverside Daily newsletters and special email offers.",
    "Please enter a valid email address",
)
BIO = (
    "Jane Doe Is a Senior Transport Reporter at the Riverside Daily, covering roads, bridges "
    "and buses. Jane joined the paper in 2019 after six years at the Harbour Gazette."
)
TEASERS = ("You might like", "Ferry fares rise in spring", "News", "Yesterday")


def test_an_author_bio_after_a_newsletter_box_does_not_continue_the_story() -> None:
    # issue 14 (extra dev): the box scored as blank lines because a 25-word paragraph came
    # after it, and the article's run took in the bio, then the teasers under it
    text = _page(MENU, HEADLINE, LEAD, REST, NEWSLETTER, (BIO,), TEASERS, FOOTER)
    out = _extract(text)
    assert all(line in out for line in LEAD + REST)
    assert BIO not in out and "Ferry fares rise in spring" not in out


def test_near_miss_a_paragraph_of_the_story_after_the_box_continues_it() -> None:
    story = (
        "Jane Doe is a bus driver on the Mill Street route, and she said the detour would add "
        "ten minutes to every trip during the morning rush for the next six months at least."
    )
    text = _page(MENU, HEADLINE, LEAD, NEWSLETTER, (story,), REST, FOOTER)
    out = _extract(text)
    assert story in out and all(line in out for line in LEAD + REST)
