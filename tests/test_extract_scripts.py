"""Issue 14, pattern 4: pages in other scripts. Each page is a short article (a headline and
two paragraphs) among a menu, a list of teaser headlines, a numbered "most read" list and a
footer; the article must be kept and the rest removed. Hindi ends its sentences with the
danda (।), Arabic and Urdu questions with '؟' and Urdu sentences with '۔': they count as full
stops. Thai (like Lao, Khmer and Myanmar) writes no spaces between words: its lines are
measured in characters, two to a word, as Chinese and Japanese are."""

from __future__ import annotations

import pytest

import cleantext
from _scripts import PAGES, page


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_short_article_among_menus_and_teasers(lang: str) -> None:
    menu, teasers, article, tail = PAGES[lang]
    out = cleantext.clean(page(lang), preset="extract")
    for line in article[1:]:
        assert line in out
    for line in (*menu, *teasers, *tail):
        assert line not in out


def test_a_hindi_paragraph_ends_with_a_danda() -> None:
    from cleantext.boilerplate.extract import classify_lines

    kinds = [i.kind for i in classify_lines(page("hi")) if i.block.text in PAGES["hi"][2]]
    assert kinds[1:] == ["good", "good"]


def test_a_thai_line_counts_its_characters_as_words() -> None:
    from cleantext.boilerplate.extract import classify_lines

    infos = {i.block.text: i for i in classify_lines(page("th"))}
    paragraph, item = PAGES["th"][2][1], PAGES["th"][0][1]
    assert infos[paragraph].words >= len(paragraph.replace(" ", "")) // 2
    assert infos[item].words < 10  # a menu item stays short


COOKIE_NOTICES = {
    "ru": "Мы используем файлы cookie, чтобы сайт работал лучше, а реклама была интереснее для "
    "вас; продолжая использовать сайт, вы соглашаетесь с этим и с нашей политикой "
    "конфиденциальности, которую можно прочитать на отдельной странице в любое время.",
    "tr": "Size daha iyi bir deneyim sunmak ve reklamları ilgi alanlarınıza göre göstermek için "
    "çerezler kullanıyoruz; sitemizi kullanmaya devam ederek bunu kabul etmiş olursunuz, "
    "ayrıntılar için gizlilik politikamızı her zaman okuyabilirsiniz.",
    "ar": "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا ولعرض إعلانات تناسب اهتماماتك، "
    "وباستمرارك في استخدام الموقع فإنك توافق على ذلك وعلى سياسة الخصوصية الخاصة بنا التي "
    "يمكنك قراءتها في أي وقت على صفحة منفصلة من الموقع.",
}


@pytest.mark.parametrize("lang", sorted(COOKIE_NOTICES))
def test_a_cookie_notice_longer_than_the_article_does_not_win(lang: str) -> None:
    # the banner's text comes first in the page's text, and says more than the article
    menu, _, article, tail = PAGES[lang]
    notice = COOKIE_NOTICES[lang]
    text = "\n\n".join([f"{notice} {notice}", "\n".join(menu), "\n".join(article[1:2]),
                         "\n".join(tail)])  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert article[1] in out
    assert notice not in out
