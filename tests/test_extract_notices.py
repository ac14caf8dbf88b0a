"""Issue 14, patterns 1 and 4: site notices (cookie notices in Russian, Turkish, Arabic,
Japanese, Chinese, Korean; affiliate disclosures; licence notices) are page furniture for
``extract`` whatever their length (the data file's ``[notice] consent`` list), so a short
article does not lose to a longer notice. Near misses: stories that say that some other
company uses cookies or that are about Creative Commons licences are no notices. Also the
disclaimer over the comments (the site does not share its readers' views) and the typo-report
box ("Select the text and press Ctrl+Enter"); near miss: a how-to that presses Ctrl+Enter."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU
from _pages import lines_page as _page
from cleantext.boilerplate import Patterns
from cleantext.boilerplate.patterns import normalize_line

# a one-paragraph article, shorter than each notice
ARTICLE = (
    "The town's only cinema will reopen on Friday after a year of repairs, the owners said, "
    "and the tickets for the first week are sold out.",
)
NOTICES = {
    "ru": "Мы используем файлы cookie, чтобы сделать сайт удобнее для вас, анализировать "
    "посещаемость и показывать вам рекламу, которая может вас заинтересовать; продолжая "
    "пользоваться сайтом, вы соглашаетесь с этим.",
    "tr": "Bu web sitesi çerezleri kullanmaktadır; sitemizi kullanmaya devam ederek çerez "
    "politikamızı kabul etmiş olursunuz ve tercihlerinizi istediğiniz zaman ayarlar "
    "sayfasından değiştirebilirsiniz.",
    "ar": "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة المرور وعرض "
    "الإعلانات التي قد تهمك، ومن خلال الاستمرار في استخدام الموقع فإنك توافق على ذلك وعلى "
    "سياسة الخصوصية الخاصة بنا.",
    "ja": "当サイトではCookieを使用しています。サイトの利用を続けることで、Cookieの使用と"
    "プライバシーポリシーに同意したものとみなされます。設定はいつでも変更できます。",
    "zh": "本网站使用cookie。继续浏览本网站即表示您同意我们使用cookie来改善您的浏览体验、"
    "分析网站流量并向您展示个性化广告。",
    "affiliate": "This post contains affiliate links, which means that we may receive a "
    "small payment from the shop when you buy something after clicking one of them, at no "
    "extra cost to you, and this helps us to keep the site running.",
    "licence": "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz "
    "lizenziert, das heißt, dass Sie sie unter Nennung des Namens der Autorin und der "
    "Quelle frei weitergeben und bearbeiten dürfen.",
}


ARTICLE_DE = (
    "Das einzige Kino der Stadt öffnet am Freitag nach einem Jahr der Reparaturen wieder, "
    "und die Karten für die erste Woche sind schon ausverkauft.",
)


@pytest.mark.parametrize(("kind", "article"), [("affiliate", ARTICLE), ("licence", ARTICLE_DE)])
def test_a_short_article_beats_a_longer_site_notice(kind: str, article: tuple[str]) -> None:
    notice = NOTICES[kind]
    out = cleantext.clean(_page(MENU, (notice,), article, FOOTER), preset="extract")
    assert all(line in out for line in article)
    assert notice not in out


@pytest.mark.parametrize("lang", ["ar", "ja", "ru", "tr", "zh"])
def test_cookie_notices_in_other_scripts_are_furniture(lang: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(NOTICES[lang])]) == {0}


@pytest.mark.parametrize(
    "line",
    [
        "Регулятор заявил, что магазин использует файлы cookie для слежки за покупателями.",
        "Creative Commons licences let authors share their work under a few simple rules.",
        "The report says that shops which use affiliate links earn a commission on each sale.",
    ],
)
def test_stories_about_cookies_or_licences_are_no_notices(line: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(line)]) == set()


#: consent banners that explain the site's cookies at length (issue 14, pattern 1; written
#: for this test after the shape of real banners)
BANNERS = {
    "de": "Um zu verstehen, wie unsere Webseite genutzt wird, und um dir passende Angebote "
    "zeigen zu können, nutzen wir Cookies und andere Techniken. Hier kannst du mehr erfahren.",
    "fr": "Soucieux de vos données, nous vous informons que le site et des tiers utilisent des "
    "cookies et autres traceurs, pour la mesure d'audience et le partage sur les réseaux.",
    "en": "To give you the best experience, this page uses cookies and similar technologies "
    "for measuring visits and for showing you offers that may be of interest to you.",
}


ARTICLES = {
    "de": ARTICLE_DE[0],
    "fr": "Le seul cinéma de la ville rouvre vendredi après une année de travaux, et les "
    "billets pour la première semaine sont déjà tous vendus.",
    "en": ARTICLE[0],
}


@pytest.mark.parametrize("lang", sorted(BANNERS))
def test_a_short_article_beats_a_longer_consent_banner(lang: str) -> None:
    article = ARTICLES[lang]
    out = cleantext.clean(_page((BANNERS[lang],), MENU, (article,), FOOTER), preset="extract")
    assert article in out and BANNERS[lang] not in out


def test_an_article_about_tracking_is_no_banner() -> None:
    line = "Der Bericht zeigt, wie Werbefirmen Cookies und andere Daten über Nutzer sammeln."
    assert Patterns.builtin().consent_lines([normalize_line(line)]) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Advertising disclosure: We may receive compensation for some of the links in our "
        "stories, which helps us to keep the site free for all readers.",
        "Please understand that comments are moderated and it is not always possible to "
        "publish all that have been submitted to us.",
    ],
)
def test_disclosures_and_comment_policies_are_notices(line: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(line)]) == {0}
    out = cleantext.clean(_page(MENU, ARTICLE, (line,), FOOTER), preset="extract")
    assert ARTICLE[0] in out and line not in out


def test_stories_about_disclosure_rules_or_moderation_are_no_notices() -> None:
    for line in (
        "The regulator said that its advertising disclosure rules would apply to influencers.",
        "Readers said that the comments were moderated too strictly on the forum last year.",
    ):
        assert Patterns.builtin().consent_lines([normalize_line(line)]) == set(), line


# a consent panel's cookie categories, each with a sentence longer than the article
PANEL = (
    "Notwendige Cookies",
    "Diese Cookies sind notwendig, damit die Basisfunktionen dieser Website genutzt werden "
    "können, etwa der Warenkorb, die Anmeldung und die Speicherung Ihrer Einstellungen.",
    "Performance-Cookies",
    "Die Performance-Cookies helfen darüber hinaus, die Nutzung der Website zu analysieren, "
    "damit wir ihre Leistung und ihre Inhalte für Sie immer weiter verbessern können.",
    "These cookies help us to understand how our visitors use this website, which pages "
    "they read and how long they stay, so that we can make it better for everyone.",
)


def test_a_short_article_wins_over_a_consent_panels_cookie_categories() -> None:
    out = cleantext.clean(_page(PANEL, MENU, ARTICLE, FOOTER), preset="extract")
    assert ARTICLE[0] in out
    assert not any(line in out for line in PANEL)


def test_a_recipe_about_cookies_is_no_consent_panel() -> None:
    recipe = (
        "These cookies are essential for any holiday table, and the children love to "
        "decorate them with icing and sprinkles before the guests arrive.",
        "Diese Cookies werden im Ofen in zwölf Minuten goldbraun gebacken und schmecken am "
        "besten noch warm mit einem Glas kalter Milch.",
    )
    out = cleantext.clean(_page(MENU, recipe, FOOTER), preset="extract")
    assert all(line in out for line in recipe)


DROPDOWN = (
    "Kategorien Kategorie auswählen Allgemein (11) Ausflüge mit den Kindern in die Berge (14) "
    "Bücher, die ich in diesem Jahr gelesen habe (4) Filme und Serien für den Winter (9) "
    "Garten und Balkon im Sommer (12) Reisen an die See und in die Stadt (7) Rezepte (21)"
)


def test_a_short_post_wins_over_a_blogs_category_drop_down() -> None:
    post = (
        "Heute waren wir mit den Kindern am See, und das Wasser war zum ersten Mal warm genug "
        "zum Baden.",
    )
    out = cleantext.clean(_page(MENU, post, ("Kommentar verfassen",), (DROPDOWN,), FOOTER),
                          preset="extract")  # fmt: skip
    assert post[0] in out and DROPDOWN not in out


def test_a_how_to_step_that_says_select_category_is_no_drop_down() -> None:
    steps = (
        "Open the shop's admin page and select category from the menu on the left, then "
        "choose the products you want to move into it.",
        "Save the page, and the products will show up in their new category at once for "
        "everyone who visits the shop.",
    )
    out = cleantext.clean(_page(MENU, steps, FOOTER), preset="extract")
    assert all(step in out for step in steps)


#: notices at the end of an article, before its comments: the site does not share the
#: readers' views (with no comment form after them), and a box that asks readers to report
#: a typo (written for these tests after the shape of real ones)
END_NOTICES = (
    "The opinions expressed below do not reflect the views of Example News, only those of "
    "the readers who wrote them.",
    "الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.",
    "Found a mistake in the article? Select the text and press Ctrl+Enter to send it to the "
    "editors.",
    "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter, чтобы отправить его редактору.",
)


@pytest.mark.parametrize("line", END_NOTICES)
def test_comment_disclaimers_and_typo_reports_are_notices(line: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(line)]) == {0}
    out = cleantext.clean(_page(MENU, ARTICLE, (line,), FOOTER), preset="extract")
    assert ARTICLE[0] in out and line not in out


def test_a_how_to_that_says_ctrl_enter_and_a_story_about_views_are_no_notices() -> None:
    for line in (
        "Type the formula into the cell, then press Ctrl+Enter to run it without moving on.",
        "The views expressed by the minister in the interview were criticised by the party.",
        "Выделите ячейку и нажмите Ctrl+Enter, чтобы заполнить весь диапазон одной формулой.",
    ):
        assert Patterns.builtin().consent_lines([normalize_line(line)]) == set(), line


#: an article about moderation that quotes comment disclaimers inside its sentences
#: (written for this test): no notice, as a disclaimer opens its sentence
MODERATION = (
    "Newspapers started closing their comment sections a decade ago, and the few that kept "
    "them now spend more on moderation than on some of their desks.",
    "Editors used to print a line saying that the views expressed in the comments are those "
    "of the readers, but lawyers now doubt that the line protects anyone.",
    "One editor said that comments do not reflect the views of the paper, yet readers assume "
    "they do when nobody removes the worst of them.",
)


def test_an_article_that_quotes_a_comment_disclaimer_keeps_its_paragraphs() -> None:
    patterns = Patterns.builtin()
    for line in MODERATION[1:]:
        assert patterns.mid_sentence(line, normalize_line(line)), line
    out = cleantext.clean(_page(MENU, ("Why papers gave up on comments",), MODERATION,
                                ARTICLE, FOOTER), preset="extract")  # fmt: skip
    assert all(line in out for line in MODERATION)
    disclaimer = "Note: the views expressed in the comments are the readers' own."
    assert not patterns.mid_sentence(disclaimer, normalize_line(disclaimer))


#: a how-to (written for this test) whose paragraphs say the typo box's words inside a
#: sentence: no notice, as a typo report opens its sentence or names a mistake
HOW_TO = (
    "To run only a few statements of a long script, select the text and press Ctrl+Enter, "
    "and the editor sends only the selected lines to the server.",
    "Most query editors let you run only the statements you pick. In the editor, select the "
    "text and press Ctrl+Enter, and only those statements are sent to the server.",
    "Чтобы выполнить только часть скрипта, выделите текст и нажмите Ctrl+Enter, и на сервер "
    "уйдут только выделенные строки.",
)
TYPO_NOTICES = (
    "If you found a mistake, select the text and press Ctrl+Enter.",
    "Если вы заметили опечатку, выделите текст и нажмите Ctrl+Enter.",
    "Select the text and press Ctrl+Enter to send it to the editors.",
)


def test_a_how_to_that_says_the_typo_box_words_keeps_its_paragraphs() -> None:
    patterns = Patterns.builtin()
    for line in HOW_TO:
        assert patterns.mid_sentence(line, normalize_line(line)), line
    for line in TYPO_NOTICES:
        assert not patterns.mid_sentence(line, normalize_line(line)), line
    out = cleantext.clean(_page(MENU, ("How to run part of a SQL script",), HOW_TO[:2],
                                ARTICLE, FOOTER), preset="extract")  # fmt: skip
    assert all(line in out for line in HOW_TO[:2])


#: a wiki's footer after an article's references (session 24, w-wild24): the page's last edit
#: and its text's licence, written for this test after MediaWiki's shape
WIKI_REFS = (
    "Einzelnachweise",
    "↑ Landesamt für Umwelt: Gewässerverzeichnis, Stand 2021.",
    "↑ Heinrich Vogt: Die Mühlen im Grauenbachtal. Ebersheim 1988, S. 45–52.",
)
WIKI_FOOTER = (
    "Normdaten (Geografikum): GND: 4123456-7",
    "Kategorien: Fluss im Landkreis Ebersheim | Gewässer im Hohen Kopf",
    "Diese Seite wurde zuletzt am 3. Februar 2026 um 14:12 Uhr bearbeitet.",
    "Der Text ist unter der Lizenz „Creative Commons Attribution/Share Alike“ verfügbar; "
    "Informationen zu den Urhebern und zum Lizenzstatus eingebundener Mediendateien.",
)


def test_a_wikis_footer_is_furniture() -> None:
    article = (
        ARTICLE_DE[0],
        "Im Saal gibt es jetzt neue Sessel, eine bessere Heizung und eine Leinwand, die "
        "doppelt so groß ist wie die alte, sagte die Betreiberin des Kinos.",
    )
    out = cleantext.clean(_page(MENU, article, WIKI_REFS, WIKI_FOOTER, FOOTER), preset="extract")
    assert all(line in out for line in article)
    assert not any(line in out for line in WIKI_FOOTER)


@pytest.mark.parametrize(
    "line",
    [
        "This page was last edited on 3 February 2026, at 14:12 (UTC).",
        "Cette page a été modifiée pour la dernière fois le 3 février 2026 à 14:12.",
        "Text is available under the Creative Commons Attribution-ShareAlike License 4.0.",
    ],
)
def test_a_wikis_footer_lines_are_notices(line: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(line)]) == {0}


def test_a_sentence_about_a_page_edit_is_no_notice() -> None:
    # near miss: a story that says when someone last edited a page
    line = "The page was last edited by the council in March, months after the flood warning."
    assert Patterns.builtin().consent_lines([normalize_line(line)]) == set()


# session 24 (w-short24): a Russian banner that names no cookie before its last sentence
# ("... Продолжая пользоваться сайтом, вы соглашаетесь ..."); near miss: a story that quotes
# the phrase inside its sentence
BANNER_RU = (
    "Мы и наши партнёры обрабатываем персональные данные посетителей сайта, включая IP-адрес и "
    "историю просмотров, чтобы показывать рекламу. Продолжая пользоваться сайтом, вы "
    "соглашаетесь с условиями обработки данных."
)


def test_a_russian_banner_that_opens_with_personal_data_is_a_notice() -> None:
    assert Patterns.builtin().consent_lines([normalize_line(BANNER_RU)]) == {0}


def test_a_story_quoting_the_russian_phrase_is_no_notice() -> None:
    story = (
        "Суд оштрафовал владельца сайта объявлений за то, что тот собирал данные посетителей "
        "без их согласия и передавал их рекламным компаниям.",
        "Юрист пояснил, что посетитель, продолжая пользоваться сайтом после этого "
        "предупреждения, ещё не даёт согласия на обработку своих данных.",
    )
    out = cleantext.clean(_page(MENU, story, FOOTER), preset="extract")
    assert out.splitlines() == list(story)
