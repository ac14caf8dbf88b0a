"""Issue 14, non-Latin pages: the UI words of Arabic, Korean, Hindi and Traditional Chinese
pages in the data file (related-links prefixes and headings, comment headings and buttons,
share buttons, login, footer links, copyright lines): a line that is one of them is page
furniture, for ``light`` as for ``extract``. Near misses: article sentences with the same
words in them, and a "read also" line that ends with a full stop. The lines are written for
these tests."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.boilerplate import Patterns

UI = {
    "اقرأ أيضا: ارتفاع أسعار المياه المعبأة في الأسواق": "related",
    "أخبار ذات صلة": "related",
    "التعليقات": "comments",
    "أضف تعليقك": "comments",
    "تعليقات (3)": "comments",
    "شارك": "share",
    "تسجيل الدخول": "login",
    "سياسة الخصوصية": "navigation",
    "جميع الحقوق محفوظة © 2024": "copyright",
    "관련기사": "related",
    "댓글 3": "comments",
    "댓글쓰기": "comments",
    "공유하기": "share",
    "개인정보처리방침": "navigation",
    "Copyright © 2024 서울뉴스. 무단전재 및 재배포 금지": "copyright",
    "यह भी पढ़ें: मौसम विभाग ने जारी किया भारी बारिश का अलर्ट": "related",
    "टिप्पणियां": "comments",
    "अपनी टिप्पणी लिखें": "comments",
    "© 2024 समाचार। सर्वाधिकार सुरक्षित।": "copyright",
    "延伸閱讀": "related",
    "網友評論": "comments",
    "會員登入": "login",
}

SENTENCES = (
    "وقال الوزير إن التعليقات التي وصلت إلى الوزارة كانت إيجابية في معظمها.",
    "اقرأ أيضا: قرار الحكومة الجديد سيدخل حيز التنفيذ الأسبوع المقبل.",
    "시는 시민들의 댓글과 의견을 모아 다음 달 공청회에서 공유하기로 했다.",
    "लेख पर कुल 12 टिप्पणियां मिलीं और बहस देर रात तक जारी रही।",
    "網友評論指出，新制度上路後通勤時間明顯縮短。",
)


@pytest.mark.parametrize("line", sorted(UI))
def test_ui_lines_in_other_scripts_are_known(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == UI[line]


@pytest.mark.parametrize("line", SENTENCES)
def test_sentences_with_the_same_words_are_no_ui(line: str) -> None:
    assert Patterns.builtin().match(line) is None


def test_a_korean_article_ends_at_its_comment_heading() -> None:
    article = (
        "서울시는 다음 달부터 지하철 기본요금을 150원 인상한다고 12일 밝혔다. 이번 인상은 지난해 "
        "이후 두 번째로, 시는 누적된 적자와 노후 시설 교체 비용을 이유로 들었다.",
        "시민들의 반응은 엇갈렸다. 일부는 안전을 위해 불가피하다는 입장이지만, 물가 상승으로 "
        "부담이 커졌다는 목소리도 적지 않다.",
    )
    comments = (
        "댓글 2",
        "지하철 요금이 또 오르다니 정말 부담스럽네요. 월급은 그대로인데 교통비만 계속 오릅니다.",
        "안전을 위해서라면 어쩔 수 없다고 생각합니다. 대신 서비스도 좋아졌으면 좋겠어요.",
    )
    text = "\n".join(["홈", "뉴스", "로그인", *article, "공유하기", *comments, "이용약관"])
    out = cleantext.clean(text, preset="extract")
    assert all(p in out for p in article)
    assert all(c not in out for c in comments) and "공유하기" not in out
