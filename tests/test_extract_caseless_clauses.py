"""Issue 14: a standfirst without a full stop in a script without letter case. Under an
English headline, a sentence in sentence case is kept as the standfirst (and, on the pass
after the title is gone, as a paragraph that lost its full stop); Chinese and Japanese have no
case, so the same deck was lost there. A comma between two clauses ("，", "、") counts as
sentence case does (``caseless-clauses``). Near misses: a teaser title without a comma, and
a Japanese headline with one that repeats the page title, are not kept. The pages are
written for these tests."""

from __future__ import annotations

import pytest

import cleantext

PAGES = {
    "zh": [
        "市图书馆十月起延长开放时间至晚上九点 - 港湾日报",
        "首页",
        "新闻",
        "财经",
        "体育",
        "联系我们",
        "市图书馆十月起延长开放时间至晚上九点",
        "为方便上班族和学生，市图书馆平日开放时间将延长三个小时",
        "记者 李安 | 2024年9月10日",
        "市政府周二宣布，市图书馆将从十月起把平日的闭馆时间延长到晚上九点，方便上班族和学生在"
        "下班、放学后使用。",
        "据图书馆统计，去年到馆读者约二十万人次，其中近三分之一在傍晚以后到馆。",
        "馆长表示，希望更多市民能抽出时间读书，延长开放期间自习室也将同步开放。",
        "相关新闻",
        "博物馆将对中小学生免费开放",
        "新公交线路连接港口与火车站",
        "隐私政策",
        "© 2024 港湾日报",
    ],
    "ja": [
        "市立図書館、十月から夜九時まで開館へ - みなと新聞",
        "ホーム",
        "ニュース",
        "経済",
        "スポーツ",
        "お問い合わせ",
        "市立図書館、十月から夜九時まで開館へ",
        "仕事帰りの会社員や学生の利用を見込み、平日の開館時間を三時間延ばす",
        "記者 李安 | 2024年9月10日",
        "市は十日、市立図書館の開館時間を十月から午後九時まで延長すると発表した。仕事帰りの"
        "会社員や学生の利用を見込んでおり、平日の夜間は自習室も開放する。",
        "図書館によると、昨年度の利用者は約二十万人で、そのうち三割が夕方以降の来館だった。",
        "館長は「多くの方に本と出会う時間を増やしたい」と話している。",
        "関連記事",
        "博物館、小中学生の入館料を無料に",
        "港と駅を結ぶ新しいバス路線",
        "プライバシーポリシー",
        "© 2024 みなと新聞",
    ],
}
HEADLINE, DECK, BYLINE, BODY = 6, 7, 8, {9, 10, 11}


def _kept(lines: list[str], off: tuple[str, ...] = ()) -> set[int]:
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": list(off)}}
    )
    out = cleantext.Cleaner(config).clean("\n".join(lines) + "\n")
    return {i for i, line in enumerate(lines) if line in out}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_deck_without_a_full_stop_is_kept(lang: str) -> None:
    kept = _kept(PAGES[lang])
    assert DECK in kept and kept >= BODY
    assert HEADLINE not in kept and BYLINE not in kept  # (as on an English page)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_switch_turns_it_off(lang: str) -> None:
    assert DECK not in _kept(PAGES[lang], ("caseless-clauses",))


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_teaser_title_without_a_comma_is_no_deck(lang: str) -> None:
    lines = list(PAGES[lang])
    lines[DECK] = lines[-4]  # the first related headline, no comma: a teaser's title
    assert DECK not in _kept(lines)
