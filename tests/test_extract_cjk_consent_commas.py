"""Issue 14: a Japanese or Chinese cookie banner with a comma after its first clause
("当サイトでは、Cookieを使用しています"). A normalised line makes the comma a space, which
parted the consent phrase of the data file; in these scripts punctuation inside a sentence
parts no words, so a space may come between any two characters of such a phrase
(``Patterns.han_consent_lines``). Near misses: cookies as food (「クッキー」), and a news
story about a site's cookie policy, are no notices. The pages are written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import blocks_page
from cleantext.boilerplate import Patterns
from cleantext.boilerplate.patterns import normalize_line

BANNERS = [
    "当サイトでは、Cookieを使用しています。サイトの利用を続けることで、"
    "Cookieの使用に同意したものとみなされます。",
    "本サイトでは、クッキーを使用して、閲覧状況の分析と広告の配信を行っています。",
    "本网站，使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
]

#: near misses: cookies to eat; a story about a site's cookies; a café's own cookies
STORIES = [
    "母は毎週末、近所の子どもたちのために「クッキー」を焼いて配っている。",
    "当サイトの運営会社は、Cookieの利用方針を来月改定すると発表した。",
    "当店では、手作りのクッキーを使用したパフェが人気を集めている。",
]

MENU = ("ホーム", "ニュース", "経済", "スポーツ", "お問い合わせ")
FOOTER = ("プライバシーポリシー", "利用規約", "© 2024 みなと新聞")
TITLE = "市立図書館、十月から夜九時まで開館へ"
ARTICLE = (
    "市は十日、市立図書館の開館時間を十月から午後九時まで延長すると発表した。仕事帰りの"
    "会社員や学生の利用を見込んでおり、平日の夜間は自習室も開放する。",
    "図書館によると、昨年度の利用者は約二十万人で、そのうち三割が夕方以降の来館だった。"
    "館長は「多くの方に本と出会う時間を増やしたい」と話している。",
)


@pytest.mark.parametrize("banner", BANNERS)
def test_a_banner_with_a_comma_is_a_notice(banner: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(banner)]) == {0}


@pytest.mark.parametrize("line", STORIES)
def test_cookies_in_a_story_are_no_notice(line: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(line)]) == set()


def test_a_japanese_page_loses_its_banner() -> None:
    page = blocks_page(MENU, (BANNERS[0],), (TITLE,), ARTICLE[:1], ARTICLE[1:], FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(p in out for p in ARTICLE) and BANNERS[0] not in out


def test_a_story_about_cookie_policy_stays() -> None:
    story = (ARTICLE[0], STORIES[1], ARTICLE[1])
    page = blocks_page(MENU, (TITLE,), *((p,) for p in story), FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert all(p in out for p in story)
