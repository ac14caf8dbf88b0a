"""Issue 14: cookie banners in Chinese and Japanese. There a clause is one run of word
characters ("本網站使用Cookie以提供更好的服務"), so a consent phrase of the data file counts
where a run starts with it, not only as a whole word; the other phrases still match as whole
words. Near misses: a news paragraph about some website's cookies ("日本网站使用Cookie的比例",
where the phrase does not start the run) and a line that only says "Cookie" are no notices."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU
from _pages import lines_page as _page
from cleantext.boilerplate import Patterns
from cleantext.boilerplate.patterns import normalize_line

#: banners written for this test, each one clause that runs on past the phrase
BANNERS = {
    "zh-Hans": "本网站使用Cookie来改善您的浏览体验并分析网站流量和展示个性化广告，"
    "继续浏览即表示您同意我们按照隐私政策使用Cookie并与合作伙伴共享相关数据。",
    "zh-Hant": "本網站使用Cookie以提供更好的服務並分析網站流量與展示個人化廣告，"
    "繼續瀏覽即表示您同意我們依照隱私權政策使用Cookie並與合作夥伴分享相關資料。",
    "ja": "当サイトではCookieを使用し、閲覧の分析や広告の表示を行っています。"
    "サイトの利用を続けることで、Cookieの使用とプライバシーポリシーに同意したものとみなされます。",
}

#: near misses: some other website's cookies, in a news paragraph; a line that says "Cookie"
STORIES = [
    "调查显示，日本网站使用Cookie的比例高于欧洲，监管机构表示将在明年修订相关规定。",
    "該網站的Cookie政策遭到消費者團體批評，主管機關週二表示將展開調查。",
    "Cookie",
]

ARTICLE = "市图书馆将于周五重新开放，馆长表示，新馆增加了儿童阅览区和自习座位。"


@pytest.mark.parametrize("lang", sorted(BANNERS))
def test_a_cjk_cookie_banner_is_a_notice(lang: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(BANNERS[lang])]) == {0}


@pytest.mark.parametrize("line", STORIES)
def test_a_story_about_some_websites_cookies_is_no_notice(line: str) -> None:
    assert Patterns.builtin().consent_lines([normalize_line(line)]) == set()


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_a_short_article_beats_a_longer_cjk_cookie_banner(lang: str) -> None:
    page = _page(MENU, (BANNERS[lang],), (ARTICLE,), FOOTER)
    out = cleantext.clean(page, preset="extract")
    assert ARTICLE in out and BANNERS[lang] not in out


def test_a_news_paragraph_about_cookies_stays() -> None:
    story = STORIES[0]
    out = cleantext.clean(_page(MENU, (ARTICLE, story), FOOTER), preset="extract")
    assert ARTICLE in out and story in out
