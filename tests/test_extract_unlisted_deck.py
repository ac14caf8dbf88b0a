"""Issue 14 pattern 4 (``unlisted-deck``): the deck under the headline with no word of the
page's stopword list. Finnish and Georgian function words are mostly endings, so a deck of
long words has none of the list's words and fewer than ten words: it went with the head.
Near misses: a deck in title case, another story's teaser (it shares no word with the
article), a deck without its full stop, the switch off. The stories are written for these
tests (names and events invented)."""

from __future__ import annotations

import cleantext
from _pages import extract_with, paragraphs_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import classify_lines

FI_TITLE = "Joensuun kirjasto avaa lukusalin yöksi | Karjalan Viikko"
FI_MENU = ["Etusivu", "Uutiset", "Urheilu", "Kulttuuri", "Kirjaudu"]
FI_HEADLINE = "Joensuun kirjasto avaa lukusalin yöksi"
FI_DECK = "Pääkirjaston lukusali palvelee opiskelijoita tenttikaudella vuorokauden ympäri."
FI_STORY = [
    "Joensuun pääkirjaston lukusali pidetään joulukuussa auki myös öisin, jotta opiskelijat "
    "voivat valmistautua tentteihin rauhassa. Kokeilu on ensimmäinen laatuaan Itä-Suomessa.",
    "Kirjastotoimenjohtaja Leena Korhonen kertoo, että ajatus tuli opiskelijoilta itseltään. "
    "Hänen mukaansa lukusali on iltaisin niin täynnä, että moni joutuu lähtemään kotiin.",
    "Yövuorossa on paikalla vartija, ja sisään pääsee kirjastokortilla. Jos kokeilu onnistuu, "
    "lukusali voi olla auki myös kevään tenttikaudella.",
]
FI_AFTER = ["Jaa", "Facebook", "Kommentit (0)", "© 2026 Karjalan Viikko"]

KA_TITLE = "ბათუმში ახალი ბოტანიკური ბილიკი გაიხსნა | აჭარის ამბები"
KA_MENU = ["მთავარი", "ახალი ამბები", "სპორტი", "კულტურა"]
KA_HEADLINE = "ბათუმში ახალი ბოტანიკური ბილიკი გაიხსნა"
KA_DECK = "ბოტანიკური ბაღის ახალი ბილიკი ზღვის სანაპიროს მთის ფერდობთან აკავშირებს."
KA_STORY = [
    "ბათუმის ბოტანიკურ ბაღში ახალი სალაშქრო ბილიკი გაიხსნა, რომელიც სანაპიროდან მთის "
    "ფერდობამდე ორი კილომეტრის სიგრძისაა. ბილიკზე განთავსებულია საინფორმაციო დაფები.",
    "ბაღის დირექტორი ლაშა ხალვაში ამბობს, რომ ბილიკი ბავშვებისთვის და ხანდაზმულებისთვისაც "
    "მოსახერხებელია. მისი თქმით, გზაზე სამი დასასვენებელი მოედანი მოეწყო.",
    "ბილიკი ყოველდღე დილის ცხრიდან საღამოს შვიდ საათამდე იქნება ღია და შესვლა უფასოა.",
]
KA_AFTER = ["გაზიარება", "Facebook", "კომენტარები (0)"]


def _page(
    title: str, menu: list[str], head: str, deck: str, story: list[str], after: list[str]
) -> list[str]:
    return [title, *menu, head, deck, *story, *after]


def _extract(lines: list[str], off: tuple[str, ...] = ()) -> str:
    cfg = {"preset": "extract", "boilerplate": {"extract_off": list(off)}}
    return Cleaner(Config.from_dict(cfg)).clean("\n".join(lines) + "\n")


def test_the_decks_have_no_listed_word_and_few_words() -> None:
    for deck in (FI_DECK, KA_DECK):
        info = classify_lines(deck)[0]
        assert info.density == 0.0 and info.words < 10


def test_a_finnish_deck_stays() -> None:
    out = _extract(_page(FI_TITLE, FI_MENU, FI_HEADLINE, FI_DECK, FI_STORY, FI_AFTER))
    assert FI_DECK in out and all(line in out for line in FI_STORY)
    assert "Urheilu" not in out and "Kommentit" not in out  # near miss: menu, comments


def test_a_georgian_deck_stays() -> None:
    out = _extract(_page(KA_TITLE, KA_MENU, KA_HEADLINE, KA_DECK, KA_STORY, KA_AFTER))
    assert KA_DECK in out and all(line in out for line in KA_STORY)
    assert "სპორტი" not in out


def test_the_switch_takes_it_back() -> None:
    page = _page(FI_TITLE, FI_MENU, FI_HEADLINE, FI_DECK, FI_STORY, FI_AFTER)
    assert FI_DECK not in _extract(page, ("unlisted-deck",))
    page = _page(KA_TITLE, KA_MENU, KA_HEADLINE, KA_DECK, KA_STORY, KA_AFTER)
    assert KA_DECK not in _extract(page, ("unlisted-deck",))


def test_near_misses_go() -> None:
    title_case = "Pääkirjaston Lukusali Palvelee Opiskelijoita Tenttikaudella Vuorokauden Ympäri."
    teaser = "Kaupunginhallitus hyväksyi uimahallin peruskorjauksen kustannusarvion maanantaina."
    unstopped = FI_DECK.rstrip(".")
    for deck in (title_case, teaser, unstopped):
        out = _extract(_page(FI_TITLE, FI_MENU, FI_HEADLINE, deck, FI_STORY, FI_AFTER))
        assert deck not in out and FI_STORY[0] in out


ET_DECK = "Linnavolikogu kiitis kavandi esmaspäeval heaks. Ehitustööd algavad järgmisel kevadel."
ET_STORY = (
    "Emajõe kohale ehitatav jalakäijate ja jalgratturite sild ühendab Ülejõe linnaosa "
    "kesklinnaga ning lühendab paljude koolilaste teekonda peaaegu kilomeetri võrra, ütles "
    "abilinnapea Jaan Kask.",
    "Silla projekteeris kohalik arhitektuuribüroo, kelle sõnul sobib kerge teraskonstruktsioon "
    "vanade puitmajade vahele paremini kui betoonsild. Ehitus maksab linnale umbes kuus "
    "miljonit eurot.",
    "Kevadel algavate tööde ajal suletakse osa kaldapromenaadist, kuid linn lubab, et "
    "jalgrattateed jäävad kogu ehituse vältel avatuks ja ümbersõit märgistatakse selgelt.",
)


def test_an_estonian_standfirst_above_date_and_byline_stays() -> None:
    """A deck of two short sentences above the date and the byline, its paragraphs set apart
    by blank lines (session 18's ``short_standfirst_et``), kept by the same check; the byline
    still goes."""
    head = ("Tartu saab uue jalakäijate silla",)
    meta = ("14.04.2026 17:05", "Autor: Mari Tamm")
    menu = ("Avaleht", "Uudised", "Sport", "Kultuur", "Arvamus", "Telli")
    footer = ("Jaga", "Facebook", "Kontakt", "© 2026 Tartu Teataja")
    title = (f"{head[0]} | Tartu Teataja",)
    page = paragraphs_page(title, menu, head, (ET_DECK,), meta, ET_STORY, footer)
    out = cleantext.clean(page, preset="extract")
    assert ET_DECK in out and ET_STORY[0] in out and "Autor: Mari Tamm" not in out
    assert ET_DECK not in extract_with(page, unlisted_deck=False)


def test_extract_on_its_own_output_keeps_the_deck() -> None:
    """The output starts with the deck (the headline cut): a second run keeps it as a later
    pass does (``deck.kept_deck``, now on a text's first pass too)."""
    for deck, page in (
        (FI_DECK, _page(FI_TITLE, FI_MENU, FI_HEADLINE, FI_DECK, FI_STORY, FI_AFTER)),
        (KA_DECK, _page(KA_TITLE, KA_MENU, KA_HEADLINE, KA_DECK, KA_STORY, KA_AFTER)),
    ):
        once = _extract(page)
        assert once.startswith(deck) and _extract(once.splitlines()) == once


def test_near_miss_a_first_line_that_is_no_deck_goes() -> None:
    """A title without a full stop right above the story is cut as the page's title."""
    out = _extract([FI_DECK.rstrip("."), *FI_STORY])
    assert FI_DECK.rstrip(".") not in out and FI_STORY[0] in out
    assert FI_DECK in _extract([FI_DECK, *FI_STORY])
