"""Issue 14, non-Latin pages: the Chinese list of stopword characters (``data/stopwords/
zh.txt``) had 30 characters, so a short Chinese sentence often had none of them, and an
article written one short sentence to a line lost all but its last lines. The list now has
the common function characters, simplified and traditional. Near miss: a list of story
titles cut short with two full stops ("抓好抓细..") after the article is no run of
sentences (``features._truncated``: two full stops alone do not end a sentence, three do).
The page is written for these tests."""

from __future__ import annotations

import cleantext
from cleantext.boilerplate.features import is_terminal
from cleantext.boilerplate.stopwords import Stopwords

ARTICLE = (
    "首局比赛，巴西队发挥出色，以25比21先下一城。",
    "第二局开始，中国队调整了战术。",
    "主攻手连续得分，帮助球队扳平比分。",
    "此后两局，中国队越打越好。",
    "最终，中国女排以3比1逆转取胜。",
    "赛后，主教练表示对球员的表现很满意。",
    "下一场比赛将在周六进行。",
)
TOP = (
    "要闻排行",
    "1、 国务院要求压实属地责任 抓好抓细..",
    "2、 两部门:保障资金需要确保如期完成..",
    "3、 交通运输部：全力打好交通运输疫情..",
    "4、 中央企业全力以赴抗击疫情..",
)


def _text() -> str:
    head = ("首页", "新闻", "体育", "登录", "女排3比1逆转取胜", "2024-07-21 来源：体育日报")
    teaser = "男篮热身赛不敌澳大利亚队，主力后卫因伤缺阵"
    tail = ("相关新闻", teaser, *TOP, "版权所有 © 2024 体育日报")
    return "\n".join([*head, "昨晚，中国女排在主场迎战巴西队。", *ARTICLE, *tail]) + "\n"


def test_an_article_of_short_chinese_sentences_is_kept() -> None:
    out = cleantext.clean(_text(), preset="extract")
    assert all(line in out for line in ARTICLE)
    assert all(line not in out for line in TOP) and "相关新闻" not in out


def test_short_chinese_sentences_have_stopword_characters() -> None:
    sw = Stopwords.load()
    for line in ARTICLE:
        assert sw.density(line, "zh") > 0, line
    assert sw.density("北市公車將全面改用電動車，以減少空氣污染。", "zh") > 0  # traditional


def test_two_full_stops_cut_a_title_short_three_end_a_sentence() -> None:
    assert not is_terminal(TOP[1])
    assert is_terminal("And then...") and is_terminal("Done.")
