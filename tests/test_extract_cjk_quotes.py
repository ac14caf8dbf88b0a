# ruff: noqa: E501 - sentences of the test page, kept whole
"""Issue 14, non-Latin pages: a paragraph that is a quote in Chinese or Japanese brackets,
「……。」, ends in a full stop (``sentences.CLOSING``, ``sentences.TERMINAL``): the closing
brackets 」』）】〕〉》 and the full-width quotes are passed over as ” and » are. A Japanese
article whose last paragraphs were quotes lost them (they counted as lines without a full
stop). Near misses: a headline that ends in a quoted name, 「地方の足」守れるか, or in a
closing bracket without a full stop before it is no sentence. The page is written for
these tests."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.boilerplate.features import is_terminal

PAGE = (
    "ホーム\nニュース\n経済\nスポーツ\nログイン\n"
    "地方の路線バス、運転手不足で減便相次ぐ\n2024年5月12日 9時15分\n"
    "全国の路線バス会社で運転手不足が深刻になっており、今年に入って減便や路線の廃止を決めた会社が相次いでいる。\n"
    "「募集をかけても応募がほとんどない。このままでは地域の生活路線を維持できなくなる。」\n"
    "「国による財政支援の拡充がなければ、地方の交通網はいずれ崩れてしまうだろう。」\n"
    "関連記事\n「地方の足」守れるか　鉄道の赤字路線、存続の議論進む\nタクシー運転手、平均年齢が過去最高に\n"
    "利用規約\nプライバシーポリシー\n"
)


def test_quoted_paragraphs_of_a_japanese_article_stay() -> None:
    out = cleantext.clean(PAGE, preset="extract")
    assert "「募集をかけても" in out and "崩れてしまうだろう。」" in out
    assert "「地方の足」守れるか" not in out and "利用規約" not in out


@pytest.mark.parametrize(
    ("line", "terminal"),
    [
        ("「このままでは維持できない。」", True),
        ("『本当にそうだろうか？』", True),
        ("“我们会继续努力。”", True),
        ("「地方の足」守れるか", False),
        ("鉄道の赤字路線（共同）", False),
        ("《人民日报》", False),
    ],
)
def test_closing_brackets_are_passed_over(line: str, terminal: bool) -> None:
    assert is_terminal(line) is terminal
