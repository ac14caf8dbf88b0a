"""Issue 14 pattern 4 (``hangul-words``): a Korean line's words are its eojeol (the runs
between spaces, each a word with its particle or ending) and one more word per
``HANGUL_PER_WORD`` syllables, not a half word per syllable as for Chinese and Japanese,
which counted a Korean line 2.5 words per eojeol, so that a teaser's headline weighed like a
sentence. Near misses: Chinese, Japanese and Thai lines count as before, a Korean paragraph
with its full stop is still a paragraph, and the switch gives the old count. The sentences
are written for these tests."""

from __future__ import annotations

import dataclasses

from cleantext import Cleaner, Config
from cleantext.boilerplate.extract import WEIGHTS, classify_lines
from cleantext.boilerplate.features import HANGUL_PER_WORD

HEADLINE = "부산 바닷가 마을에 작은 도서관 세 곳 새로 문 열어"  # 10 eojeol, 20 syllables
STORY = [
    "부산시는 바닷가 마을의 빈 창고 세 곳을 고쳐 주민들이 함께 쓰는 작은 도서관으로 만들었다고 "
    "20일 밝혔다.",
    "도서관마다 아이들을 위한 그림책 방과 어르신들이 신문을 읽을 수 있는 자리가 마련됐다.",
    "시는 내년에 같은 방식으로 도서관 두 곳을 더 열 계획이다.",
]
MENU = ["홈", "뉴스", "정치", "경제", "스포츠"]
AFTER = ["공유하기", "댓글 0", "무단전재 및 재배포 금지"]
OFF = dataclasses.replace(WEIGHTS, hangul_words=False)


def test_a_korean_line_counts_its_eojeol_and_a_word_per_five_syllables() -> None:
    assert HANGUL_PER_WORD == 5
    assert classify_lines(HEADLINE)[0].words == 10 + 20 // 5
    assert classify_lines(HEADLINE, weights=OFF)[0].words == 10 + 20 // 2  # switched off


def test_chinese_japanese_thai_and_latin_lines_count_as_before() -> None:
    for line, words in [
        ("东京今天的天气很好", 1 + 9 // 2),
        ("東京は今日も晴れです", 1 + 10 // 2),
        ("ข่าววันนี้", 1 + 10 // 2),
        ("Seoul 서울 東京", 3 + 2 // 5 + 2 // 2),
        ("The library opened on Tuesday", 5),
    ]:
        assert classify_lines(line)[0].words == words, line


def test_a_korean_story_keeps_its_paragraphs_and_drops_its_menu() -> None:
    infos = classify_lines("\n".join(STORY))
    assert [i.kind for i in infos[:2]] == ["good", "good"]
    cfg = Config.from_dict({"preset": "extract"})
    out = Cleaner(cfg).clean("\n".join([f"{HEADLINE} - 바다일보", *MENU, HEADLINE, *STORY, *AFTER]))
    assert all(line in out for line in STORY)
    assert "스포츠" not in out and "공유하기" not in out
