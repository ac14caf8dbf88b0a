"""Issue 14, content words in scripts without spaces (``content-grams``): the deck, the intro
and a recipe card are kept when enough of their content words come again in the article, and
a Chinese or Japanese line had none (a whole clause between two commas was one "word"). They
are read as pairs of characters there (no stopword character, no hiragana), as runs of four
letters in Thai, and as a word's first two syllables in Korean. A deck under the headline,
above a share bar, is kept; near misses: another story's teaser in its place shares no pair
with the article and goes, and with ``extract_off = ["content-grams"]`` the deck is lost as
before. The pages are written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.boilerplate.intro import stems
from cleantext.config import Config

HEAD = {
    "zh": [
        "市民公园湖区改造完工 下月起恢复开放 - 港湾日报",
        "首页",
        "新闻",
        "本地",
        "财经",
        "市民公园湖区改造完工 下月起恢复开放",
    ],
    "ja": [
        "市民公園の池、改修終え来月から再開へ - みなと新聞",
        "ホーム",
        "ニュース",
        "地域",
        "経済",
        "市民公園の池、改修終え来月から再開へ",
    ],
}
DECK = {
    "zh": "经过一年半的施工，湖区新增步道和观鸟平台，水质明显改善",
    "ja": "一年半の工事で遊歩道と野鳥観察台を新設、水質も大きく改善した",
}
#: another story's teaser where the deck was (a comma between clauses and stopwords, too)
TEASER = {
    "zh": "地铁五号线南段本月底通车，沿线居民出行将更加方便",
    "ja": "地下鉄五号線の南区間が月末に開業、沿線の住民の移動が便利になる",
}
SHARE_BAR = {
    "zh": ["分享到：", "微信", "微博", "复制链接", "图：改造后的湖区步道（港湾日报记者 摄）"],
    "ja": ["この記事をシェアする", "X", "LINE", "はてなブックマーク", "写真：改修後の池の遊歩道"],
}
BODY = {
    "zh": [
        "本报讯 市园林局周三宣布，市民公园湖区改造工程已全部完工，湖区将于下月一日起恢复对市民"
        "开放。这项工程历时一年半，主要包括清理湖底淤泥、修建环湖步道和观鸟平台。",
        "园林局负责人介绍，改造前湖区水质较差，夏季常有异味。施工期间共清理淤泥约三万立方米，"
        "并在湖边种植了大量水生植物，目前湖区水质已达到三类标准。",
        "新修建的环湖步道全长二点四公里，沿途设有六处休息区和两座观鸟平台。",
        "园林局提醒，开放初期湖区将实行限流，周末和节假日需要提前在网上预约。",
    ],
    "ja": [
        "市公園緑地課は三日、市民公園の池の改修工事がすべて完了し、来月一日から市民への開放を"
        "再開すると発表した。工事は一年半に及び、池の底の泥の除去や、遊歩道と野鳥観察台の整備が"
        "行われた。",
        "同課によると、改修前の池は水質が悪く、夏には悪臭の苦情も寄せられていた。工事では約三万"
        "立方メートルの泥を取り除き、水質は大きく改善したという。",
        "新しい遊歩道は一周二・四キロで、休憩所六か所と野鳥観察台二基を備える。",
        "同課は、再開直後は入場を制限し、週末と祝日は事前予約が必要になるとしている。",
    ],
}
FOOT = {
    "zh": ["相关阅读", "全市新增三处口袋公园", "关于我们", "隐私政策", "© 2024 港湾日报"],
    "ja": ["関連記事", "市内に小さな公園三か所を新設", "会社案内", "プライバシーポリシー"],
}


def _page(lang: str, deck: str) -> str:
    return "\n".join([*HEAD[lang], deck, *SHARE_BAR[lang], *BODY[lang], *FOOT[lang]])


def _extract(text: str, off: tuple[str, ...] = ()) -> str:
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": list(off)}})
    return cleantext.Cleaner(config).clean(text + "\n")


@pytest.mark.parametrize("lang", sorted(DECK))
def test_a_deck_sharing_character_pairs_with_the_article_is_kept(lang: str) -> None:
    out = _extract(_page(lang, DECK[lang]))
    assert DECK[lang] in out and BODY[lang][0] in out and BODY[lang][-1] in out
    assert SHARE_BAR[lang][0] not in out and FOOT[lang][1] not in out


@pytest.mark.parametrize("lang", sorted(DECK))
def test_another_storys_teaser_in_its_place_goes(lang: str) -> None:
    out = _extract(_page(lang, TEASER[lang]))
    assert TEASER[lang] not in out and BODY[lang][0] in out


@pytest.mark.parametrize("lang", sorted(DECK))
def test_switched_off_the_deck_is_lost_as_before(lang: str) -> None:
    out = _extract(_page(lang, DECK[lang]), ("content-grams",))
    assert DECK[lang] not in out and BODY[lang][0] in out


def test_units_leave_function_characters_and_hiragana_out() -> None:
    assert stems("施工后，湖区新增步道") >= {"施工", "湖区", "步道"}
    assert not stems("的了是在") and not stems("していました")  # (stopword characters, kana)
    assert stems("池の改修を終えた") == {"改修"}
    assert stems("施工后，湖区新增步道", grams=False) == {"湖区新增步"}  # (a run as a word)


def test_thai_runs_of_four_letters_tell_the_story_from_a_teaser() -> None:
    deck = stems("หลังก่อสร้างนานหนึ่งปีครึ่ง บึงน้ำมีทางเดินใหม่และจุดชมนก")
    article = stems(
        "งานปรับปรุงบึงน้ำเสร็จสมบูรณ์แล้ว โครงการนี้ใช้เวลาหนึ่งปีครึ่ง ประกอบด้วยการขุดลอก"
        "ตะกอนก้นบึง การสร้างทางเดินรอบบึง และจุดชมนก"
    )
    teaser = stems("รถไฟฟ้าสายห้าช่วงใต้เปิดให้บริการปลายเดือนนี้")
    assert len(deck & article) >= 0.3 * len(deck)
    assert len(teaser & article) < 0.2 * len(teaser)


def test_korean_words_by_their_first_two_syllables() -> None:
    assert stems("공원에서 산책로를 만들었다") == {"공원", "산책", "만들"}
    assert "그리" not in stems("그리고 공원")  # (a stopword: no content word)


INTRO_PAGE = [
    "老房子装热泵划算吗？一文看懂 - 生活周刊",
    "首页",
    "家居",
    "理财",
    "【深度】老房子装热泵，到底划不划算",
    "INTRO",
    "分享",
    "目录",
    "暖气片",
    "墙体保温",
    "政府补贴",
    "专家指出，老房子安装热泵是否划算，关键在于暖气片的大小和墙体的保温性能。能源署的一项新研究"
    "显示，在保温良好的老房子里，热泵的运行成本比燃气锅炉低三成左右。",
    "墙体保温最为重要：热泵在低温供水时效率最高，如果墙体散热太快，就需要更高的供水温度。",
    "此外，多地政府为更换热泵提供补贴，最高可达设备价格的三成。",
    "相关文章",
    "冬季如何给暖气片排气",
    "© 2024 生活周刊",
]
INTRO = (
    "热泵利用空气和地下的热量为老房子供暖，只要暖气片足够大、墙体保温做得好，运行成本往往比燃气"
    "锅炉更低。"
)
#: the site's description where the intro was: prose, but about something else
ABOUT = "生活周刊是一本面向城市家庭的杂志，每周为读者提供家居、理财和健康方面的实用资讯与建议。"


def test_an_intro_above_a_table_of_contents_is_kept() -> None:
    page = "\n".join(INTRO_PAGE).replace("INTRO", INTRO)
    out = _extract(page)
    assert INTRO in out and INTRO_PAGE[11] in out and "政府补贴\n" not in out
    assert INTRO not in _extract(page, ("content-grams",))


def test_a_site_description_in_its_place_goes() -> None:
    out = _extract("\n".join(INTRO_PAGE).replace("INTRO", ABOUT))
    assert ABOUT not in out and INTRO_PAGE[11] in out


@pytest.mark.parametrize("label", ["分享到：", "分享到:"])
def test_a_share_label_ending_in_a_colon_ends_no_sentence_above_it(label: str) -> None:
    # a deck without its full stop over "分享到：" is no hard-wrapped paragraph's first half
    # (the colon announces the share bar; it ends no sentence); before session 23's mend the
    # ASCII colon lost the deck, and the full-width one once it became a clause end
    page = _page("zh", DECK["zh"]).replace(SHARE_BAR["zh"][0], label)
    out = _extract(page)
    assert DECK["zh"] in out and label not in out
