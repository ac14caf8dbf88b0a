"""Issue 14 pattern 4, pages in Ukrainian, Hebrew, Thai, Persian and Korean (the news pages
of ``benchmarks/written_pages``): their "read also" lines, comment headings and cookie
notices are in the data file, a right-to-left line's direction marks do not hide its
prefix, and Korean prose has its function words. Near misses: sentences with the same
words. The lines are written for these tests."""

from __future__ import annotations

import pytest

from cleantext import Cleaner, Config
from cleantext.boilerplate import Patterns, Stopwords
from cleantext.boilerplate.features import is_terminal
from cleantext.boilerplate.patterns import normalize_line

RLM = "\u200f"

RELATED = (
    "Читайте також: Львівський театр покаже прем'єру під відкритим небом",
    "עוד באתר: פסטיבל המוזיקה בכנרת יחזור בקיץ",
    f"{RLM}עוד באתר: פסטיבל המוזיקה בכנרת יחזור בקיץ",
    f"{RLM}קראו גם: הרכבת לעמק תחזור לפעול בחודש הבא{RLM}",
    "อ่านเพิ่มเติม: เชียงใหม่เตรียมจัดเทศกาลดอกไม้ประจำปี",
    "بیشتر بخوانید: قیمت نان در تهران افزایش یافت",
)

NOT_RELATED = (
    # a sentence: the prefix line ends with a full stop
    "Читайте також: у неділю музей працюватиме до восьмої вечора.",
    f"{RLM}קראו גם: הספרייה תהיה סגורה ביום שישי.",
    # the words inside a sentence, not at its start
    "Мешканці кажуть: читайте також старі газети, там багато цікавого",
    f"{RLM}הילדים אמרו: עוד באתר הזה יש משחקים",
)


@pytest.mark.parametrize("line", RELATED)
def test_read_also_lines_are_related_links(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == "related"


@pytest.mark.parametrize("line", NOT_RELATED)
def test_sentences_with_the_prefix_are_kept(line: str) -> None:
    assert Patterns.builtin().match(line) is None


def test_the_prefix_scan_sees_through_direction_marks() -> None:
    lines = [f"{RLM}עוד באתר: פסטיבל המוזיקה בכנרת יחזור בקיץ", f"{RLM}עוד באתר: הספרייה סגורה."]
    hits = Patterns.builtin().match_lines("\n".join(lines))
    assert hits[0] is not None and hits[0].category == "related"
    assert hits[1] is None


# a Korean article whose last paragraph, after a "read also" line, is nouns with their
# particles and a verb: no word of the list (Korean function words are mostly suffixes), so
# its stopword density is 0
KO_MENU = ["홈", "뉴스", "정치", "경제", "사회", "로그인"]
KO_TEASERS = ["지하철 5호선 연장 공사 오늘 착공", "시내에 새 공원 세 곳 문 열어"]
KO_STORY = [
    "시는 다음 달부터 공원 세 곳의 운영 시간을 밤 열 시까지 늘린다고 12일 밝혔다. 이번 조치는 "
    "여름철 저녁 산책을 즐기는 시민들이 늘어난 데 따른 것이다.",
    "시는 공원마다 조명을 새로 달고 안전 요원도 두 명씩 배치할 계획이다. 관련 예산은 이미 "
    "지난해 말 시의회를 통과했다.",
    "일부 주민들은 밤늦게까지 소음이 이어질 수 있다며 걱정했다. 시는 이에 대해 공원 안에서 "
    "음악을 크게 트는 것을 금지하고, 위반하면 과태료를 물리겠다고 말했다.",
    "시는 석 달 동안 시범 운영한 뒤 이용자 수와 민원을 살펴 다른 공원으로도 확대할지 "
    "결정할 예정이다.",
    "주민들은 매주 토요일 아침 공원 입구에서 쓰레기 줍기 행사를 연다.",
]
KO_TAIL = ["공유하기", "댓글 2", "좋은 소식이네요.", "많이 본 뉴스", *KO_TEASERS, "이용약관"]


def _korean(**boilerplate: object) -> str:
    related = "함께 읽기: 군산 근대 거리에 야간 관광 코스 생긴다"
    text = "\n".join([*KO_MENU, *KO_STORY[:-1], related, KO_STORY[-1], *KO_TAIL])
    config = Config.from_dict({"preset": "extract", "boilerplate": boilerplate})
    return Cleaner(config).clean(text)


def test_korean_lists_are_loose() -> None:
    sw = Stopwords.load()
    assert sw.loose("ko") and not sw.loose("ja") and not sw.loose("ru")
    assert sw.density(KO_STORY[-1], "ko") == 0.0  # the paragraph has no listed word


def test_a_korean_paragraph_without_listed_words_is_kept() -> None:
    out = _korean()
    assert all(p in out for p in KO_STORY)
    # near miss: the teaser headlines (no full stop) under the article stay out
    assert all(t not in out for t in KO_TEASERS) and "댓글 2" not in out


def test_loose_density_off_drops_that_paragraph() -> None:
    out = _korean(extract_off=["loose-density"])
    assert KO_STORY[0] in out and KO_STORY[-1] not in out


CONSENT = (
    "Ми використовуємо файли cookie для покращення роботи сайту. Погоджуюсь",
    f"{RLM}האתר עושה שימוש בעוגיות (cookies) כדי לשפר את חוויית הגלישה. אישור",
    "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं। स्वीकार करें",
    "이 사이트는 더 나은 서비스 제공을 위해 쿠키를 사용합니다. 동의",
    "当サイトではCookieを使用しています。同意する",
    "本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意。",
)

NOT_CONSENT = (
    # an article about cookies: a site, not this one, uses them
    "Суд вирішив, що інтернет-магазин використовує файли cookie без згоди покупців.",
    "多くのサイトがCookieを使用しているが、利用者の多くはその仕組みを知らない。",
    "कई कंपनियां विज्ञापन के लिए कुकीज़ का इस्तेमाल करती हैं, लेकिन नियम सख्त हो रहे हैं।",
)


def test_cookie_notices_in_more_scripts_are_consent() -> None:
    keys = [normalize_line(line) for line in CONSENT]
    assert Patterns.builtin().consent_lines(keys) | Patterns.builtin().han_consent_lines(
        keys
    ) == set(range(len(CONSENT)))


def test_articles_about_cookies_are_no_consent() -> None:
    keys = [normalize_line(line) for line in NOT_CONSENT]
    p = Patterns.builtin()
    assert not p.consent_lines(keys) and not p.han_consent_lines(keys)


@pytest.mark.parametrize(
    "line", ["Коментарі (4)", f"{RLM}תגובות", "ความคิดเห็น", "留言", "3 תגובות", "Коментарі"]
)
def test_comment_headings_in_more_scripts(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == "comments" and hit.strength == "section"


def test_a_sentence_about_comments_is_no_heading() -> None:
    p = Patterns.builtin()
    assert p.match("Коментарі читачів під статтею довелося закрити через образи.") is None
    assert p.match(f"{RLM}התגובות לפוסט היו חמות מאוד.") is None


UI = {
    "© 2026 Львівський вісник. Усі права захищені.": "copyright",
    f"{RLM}כל הזכויות שמורות © 2026 חדשות הצפון": "copyright",
    "Поділитися": "share",
    f"{RLM}שתפו": "share",
    "แชร์": "share",
    "詳しくはこちら": "read-more",
    "더보기": "read-more",
    "Читати далі": "read-more",
    "Прийняти": "cookie",
    "ยอมรับทั้งหมด": "cookie",
}


@pytest.mark.parametrize("line", sorted(UI))
def test_ui_lines_in_more_scripts(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == UI[line]


@pytest.mark.parametrize(
    "line",
    [
        "Усі права захищені законом, нагадав суддя, але не всі про це знають.",
        f"{RLM}הוא ביקש לשתף את הציבור בתוכניות העירייה.",
        "詳しくはこちらのページで確認できると市の担当者は話した。",
    ],
)
def test_sentences_with_those_words_are_no_ui(line: str) -> None:
    assert Patterns.builtin().match(line) is None


def test_korean_teasers_cut_with_a_full_stop_still_need_density() -> None:
    # near miss of loose-density: short teaser headlines that end in "." (a cut title's "..",
    # made one by the normalize step) under the article are no paragraphs
    teasers = ["기적적 독도행 ‘어서와’, 노르웨.", "주인공 자리까지 꿰찬 나영석 PD의."]
    text = "\n".join(
        [*KO_MENU, *KO_STORY, "공유하기", "많이 본 칼럼", *teasers, "이용약관", "회사소개"]
    )
    out = Cleaner(Config.from_dict({"preset": "extract"})).clean(text)
    assert KO_STORY[-1] in out and all(t not in out for t in teasers)


@pytest.mark.parametrize(
    ("line", "terminal"),
    [
        ("ខ្ញុំស្រឡាញ់ទីក្រុងភ្នំពេញ។", True),  # Khmer: the sentence's full stop
        ("ကျွန်တော် ရန်ကုန်မြို့ကို ချစ်တယ်။", True),  # Myanmar
        ("Ես սիրում եմ Երևանը։", True),  # Armenian
        ("ទំព័រដើម", False),  # near miss: a Khmer menu item ("Home")
        ("ပင်မစာမျက်နှာ", False),  # a Myanmar one
    ],
)
def test_full_stops_of_more_scripts_end_a_sentence(line: str, terminal: bool) -> None:
    assert is_terminal(line) is terminal
