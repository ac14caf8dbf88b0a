"""Two paragraphs in a row of an article about a newspaper kiosk that say "subscribe" and
"subscription" (or "订阅" in Chinese) (``signup.article_paragraphs``, switch
``signup-paragraphs``): they are sentences that share the article's content words, no sign-up
box inside it. Near misses: a newsletter box of two sentences under its heading, and one of
two sentences alone, between the same paragraphs, still go as ``extract-signup``."""

from __future__ import annotations

import cleantext
from cleantext.config import Config

HEAD = [
    "The last newspaper kiosk in the old town | Riverside Evening News",
    "Home",
    "News",
    "City",
    "Subscribe",
    "The last newspaper kiosk in the old town",
    "By Lena Hart",
    "1 December 2026",
]
FIRST = (
    "At the crossroads of the old town, the kiosk run by Tom Reyes has sold newspapers for "
    "twenty-eight years. After this winter it will be pulled down."
)
SAID = [
    "Tom said many regulars used to subscribe to the evening paper with him and stop for a chat.",
    "Now most people read the news on their phones. He said this year his subscription sales "
    "were a tenth of what they were ten years ago.",
]
REST = [
    "The council said the crossing would become a bus stop, and that Tom could apply for a "
    "stall at the market where the evening paper is printed.",
    '"I have sold newspapers all my life," he said. "The last one I will keep for myself."',
]
FOOT = ["Share", "Facebook", "Related", "Metro line three to open next year", "About us"]
BOX = [
    "Riverside Evening News Newsletter",
    "Sign up to get the best stories of the week in your inbox.",
    "By signing up you agree to our terms and our privacy policy.",
]

ZH = [
    "老城区报刊亭的最后一个冬天 - 江城晚报",
    "首页",
    "新闻",
    "订阅",
    "老城区报刊亭的最后一个冬天",
    "记者 罗晓岚",
    "2026年12月1日",
    "在江城老城区的十字路口，刘国栋经营的报刊亭已经开了二十八年。今年冬天过后，它将被拆除。",
    "刘国栋说，早些年每天能卖出三百多份报纸，很多老顾客每天早上都会来订阅一份晚报，顺便聊几句天。",
    "现在，大多数人在手机上看新闻，来买报纸的多是退休的老人。他说，今年一年的订阅量还不到十年前的十分之一。",
    "街道办表示，报刊亭所在的路口将改建为公交车站，刘国栋可以申请到附近的便民市场摆摊。",
    "“我卖了一辈子报纸，”他说，“最后一份我要留给自己。”",
    "分享到：",
    "微信",
    "相关阅读",
    "江城地铁三号线明年通车",
    "关于我们",
]


def _page(middle: list[str]) -> str:
    return "\n".join([*HEAD, FIRST, *middle, *REST, *FOOT]) + "\n"


def test_the_articles_paragraphs_about_subscribing_stay() -> None:
    out = cleantext.clean(_page(SAID), preset="extract")
    assert FIRST in out and all(line in out for line in SAID) and REST[-1] in out


def test_chinese_paragraphs_that_say_subscribe_stay() -> None:
    out = cleantext.clean("\n".join(ZH) + "\n", preset="extract")
    assert ZH[8] in out and ZH[9] in out and ZH[11] in out


def test_a_newsletter_box_under_its_heading_still_goes() -> None:
    out = cleantext.clean(_page(BOX), preset="extract")
    assert FIRST in out and REST[-1] in out and BOX[1] not in out and BOX[2] not in out


def test_a_box_of_two_sentences_sharing_no_words_still_goes() -> None:
    out = cleantext.clean(_page(BOX[1:]), preset="extract")
    assert FIRST in out and REST[-1] in out and BOX[1] not in out


def test_the_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["signup-paragraphs"]}}
    out = cleantext.Cleaner(Config.from_dict(off)).clean(_page(SAID))
    assert FIRST in out and SAID[0] not in out and SAID[1] not in out
