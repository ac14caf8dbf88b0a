"""``loose-sentences`` (``loose.loose_sentence``): on a Korean page (a stopword list that misses
its particles, ``# density: loose``), a short paragraph of 6 eojeol or more that ends in its
sentence is a medium line whatever its density: the last paragraph, "… 문을 연다. (연합뉴스)",
stays with the lead above it, also before a ranked box of headlines; a teaser cut with "…"
does not. Pages written for these tests."""

from __future__ import annotations

import cleantext
from _pages import extract_with
from cleantext.boilerplate.loose import loose_sentence
from cleantext.config import Config

LEAD = (
    "(속초=연합뉴스) 최지훈 기자 = 속초 바닷가 마을에 주민들이 함께 운영하는 작은 책방이 "
    "문을 열었다."
)
LAST = "책방은 매주 화요일부터 일요일까지 문을 연다. (연합뉴스)"
RANKED = (
    "1. 내일부터 전국에 강추위…서울 아침 기온 영하 10도까지 떨어진다고 기상청이 밝혔다.",
    "2. 정부가 내년부터 청년 월세 지원 대상을 두 배로 늘리기로 하고 신청 절차를 간소화했다.",
    "3. 동해안 고속도로 확장 공사가 다음 달 착공해 2030년까지 완공될 예정이라고 밝혔다.",
    "4. 지역 고교 축구부가 전국 대회에서 우승하며 10년 만에 정상에 올랐다고 학교 측이 전했다.",
    "5. 시립 미술관이 리모델링을 마치고 다음 주 새 전시와 함께 다시 문을 연다고 밝혔다.",
)


def _page(last: str = LAST) -> str:
    lines = [
        "바닷가 마을에 작은 책방 문 열어 | 동해신문", "뉴스", "로그인",
        "바닷가 마을에 작은 책방 문 열어", "입력 2026.12.03 10:15", LEAD, last, "공유하기",
        "가장 많이 본 기사", *RANKED, "© 2026 동해신문",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def test_a_short_korean_last_paragraph_stays() -> None:
    out = cleantext.clean(_page(), preset="extract")
    assert LEAD in out and LAST in out and RANKED[0] not in out


def test_the_loose_sentences_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["loose-sentences"]}}
    assert LAST not in cleantext.Cleaner(Config.from_dict(off)).clean(_page())
    assert LAST not in extract_with(_page(), loose_sentences=False)


def test_a_teaser_cut_with_an_ellipsis_still_goes() -> None:
    cut = "책방은 매주 화요일부터 일요일까지 문을 열고 주말에는…"
    assert cut not in cleantext.clean(_page(cut), preset="extract")


def test_a_sentence_counts_its_eojeol() -> None:
    assert loose_sentence(LAST, 6) == "medium"
    assert loose_sentence("책방이 문을 연다.", 6) == ""
