"""Issue 14 pattern 4, session 20: sign-up phrases in scripts without spaces, bylines that put
the name first, the news agency's credit on a line of its own, and one set of sentence ends
(the written pages ``paywall_*``: Japanese, Chinese, Korean, Russian, Arabic, Hindi). Each
case has a near miss. The lines are written for these tests, names and places invented."""

from __future__ import annotations

import pytest

from cleantext import Cleaner, sentences
from cleantext.boilerplate import light, patterns
from cleantext.boilerplate.bylines import is_byline, marked
from cleantext.boilerplate.patterns import normalize_line
from cleantext.boilerplate.pitch import pitch_rows
from cleantext.boilerplate.signup import is_signup_line, signup_lines
from cleantext.data import sentence_ends

JA_STORY = (
    "あさひ川市の川沿いにある築80年の旧倉庫が改修され、市民ギャラリーとして今月から公開されて"
    "いる。地元の美術大学を卒業した若手作家12人の絵画や陶芸作品が並び、初日には約300人が訪れた。",
    "倉庫はもともと米問屋の蔵として使われていたが、20年以上空き家になっていた。持ち主の家族が"
    "「街のために使ってほしい」と市に寄付し、改修費の一部はクラウドファンディングで集めた。",
)
JA_AFTER = (
    "ギャラリーを運営するNPOの代表、小川真理子さんは「若い作家が作品を見せる場所が市内には"
    "ほとんどなかった。川の景色と一緒に楽しんでほしい」と話す。",
    "展示は8月末まで。入場は無料で、毎週土曜日には作家による解説会も開かれる。会場では地元の"
    "菓子店が作ったお茶と和菓子も楽しめ、週末には家族連れでにぎわっている。",
)
JA_BOX = (
    "この記事は有料会員限定です。",
    "有料会員になると、すべての記事が読み放題になります。",
    "ログインして続きを読む",
)
KO_STORY = (
    "문을 닫은 가게가 늘던 전통시장 골목에 청년 공예가들의 공방이 하나둘 들어서고 있다. 군은 "
    "중앙시장 2층의 빈 점포 열 곳을 고쳐 도자기, 목공, 가죽 공예 공방으로 내줬다.",
    "입주한 청년들은 2년 동안 임대료 없이 공방을 쓸 수 있다. 가죽 공방을 연 박민재 씨는 "
    "손님들이 장을 보다가 들러서 구경하고 간다며 시장 상인들이 먼저 인사를 건네줘서 금방 "
    "적응했다고 말했다.",
    "군은 공방 거리를 알리기 위해 다음 달부터 주말마다 체험 교실을 열 계획이다. 체험 교실은 "
    "누구나 무료로 참여할 수 있고, 재료는 공방에서 준비한다.",
)
AR_MENU = ("الرئيسية", "محليات", "اقتصاد", "ثقافة", "تسجيل الدخول")
AR_STORY = (
    "تحول سوق قديم في وسط مدينة طنطا إلى ساحة للحرف اليدوية، يعرض فيها شباب المدينة منتجاتهم "
    "من الفخار والنسيج والخشب كل يوم جمعة.",
    "وكان السوق مغلقاً منذ سنوات، قبل أن تقرر جمعية أهلية ترميمه بالتعاون مع مجلس المدينة "
    "وتأجير محلاته بأسعار رمزية للحرفيين الشباب.",
)
AR_BOX = (
    "هذا المحتوى للمشتركين فقط.",
    "اشترك الآن للوصول إلى جميع المقالات.",
    "لديك حساب؟ سجل الدخول",
)
AR_AFTER = (
    "وتقول سارة إبراهيم، وهي صاحبة ورشة للنسيج، إن السوق منحها فرصة لبيع منتجاتها مباشرة "
    "للزبائن بدلاً من الاعتماد على الإنترنت فقط.",
    "ويخطط القائمون على السوق لتنظيم دورات تدريبية للأطفال خلال الإجازة الصيفية.",
)


def _extract(lines: tuple[str, ...] | list[str], off: tuple[str, ...] = ()) -> str:
    config = {"preset": "extract", "boilerplate": {"extract_off": list(off)}}
    return Cleaner(config).clean_document("\n\n".join(lines) + "\n").text


@pytest.mark.parametrize(
    "line",
    [
        "この記事は有料会員限定です。",
        "本文为付费会员专享内容",
        "開通後即可閱讀全文，立即註冊",
        "이 기사는 유료 회원 전용입니다.",
        "지금 구독하고 모든 기사를 읽어보세요.",
        "Этот материал доступен только для подписчиков.",
        "هذا المحتوى للمشتركين فقط.",
        "पूरा लेख पढ़ने के लिए सदस्यता लें।",
    ],
)
def test_sign_up_phrases_of_more_scripts_are_found(line: str) -> None:
    assert is_signup_line(line)
    assert signup_lines([normalize_line("x"), normalize_line(line)]) == {1}


@pytest.mark.parametrize(
    "line",
    [
        # near misses: "member states", "registered capital", a word that holds "로그"
        "会員国の代表が東京に集まった。",
        "公司注册资本为一亿元。",
        "블로그에 글을 올렸다.",
        # a Latin phrase is still found only as whole words
        "Subscribersonly",
    ],
)
def test_words_that_hold_no_sign_up_phrase_are_no_box_lines(line: str) -> None:
    assert not is_signup_line(line)
    assert signup_lines([normalize_line(line)]) == set()


def test_a_japanese_paywall_box_inside_the_story_goes() -> None:
    out = _extract([*JA_STORY, *JA_BOX, *JA_AFTER])
    assert all(p in out for p in JA_STORY + JA_AFTER)
    assert not any(line in out for line in JA_BOX)
    # switched off with the rule: the box stays
    kept = Cleaner({"preset": "extract", "disable": ["extract-signup"]}).clean_document(
        "\n\n".join([*JA_STORY, *JA_BOX, *JA_AFTER]) + "\n"
    )
    assert JA_BOX[0] in kept.text


def test_a_japanese_story_about_members_keeps_its_lines() -> None:
    # near miss: two short lines of the story that speak of an association's members
    lines = ("組合の会員は現在120人。", "会員国の代表も視察に訪れた。")
    out = _extract([*JA_STORY, *lines, *JA_AFTER])
    assert all(line in out for line in lines)


def test_an_arabic_login_in_the_menu_does_not_join_the_box_over_the_story() -> None:
    # the menu's "تسجيل الدخول", two paragraphs of 21-23 words, then the box: the paragraphs
    # are the story's and part the menu from the box (they went with it as one pitch)
    out = _extract([*AR_MENU, *AR_STORY, *AR_BOX, *AR_AFTER])
    assert all(p in out for p in AR_STORY + AR_AFTER)
    assert not any(line in out for line in AR_BOX)


@pytest.mark.parametrize(
    "line",
    [
        "홍길동 기자",
        "김민수·이지은 기자 minsu@example.kr",
        "本报记者 张敏",
        "新华社记者 李明 王芳",
        "記者林佳慧／台南報導",
        "（共同）",
        "(新华社)",
        "（연합뉴스）",
    ],
)
def test_name_first_bylines_and_agency_credits(line: str) -> None:
    assert marked(normalize_line(line))  # (tried though its first word is no byline word)
    assert is_byline(line)


@pytest.mark.parametrize(
    "line", ["대통령 기자회견", "본지 기자들은 현장을 찾았다", "记者了解到", "（共同声明）"]
)
def test_lines_with_a_byline_word_that_are_no_byline(line: str) -> None:
    assert not is_byline(line)


def test_a_korean_byline_inside_the_story_goes() -> None:
    byline = "최서연 기자 seoyeon@example.kr"
    out = _extract([KO_STORY[0], byline, *KO_STORY[1:]])
    assert all(p in out for p in KO_STORY)
    assert byline not in out
    # near miss: a short line of the story about a press conference
    line = "시장은 오후 기자회견을 열었다."
    assert line in _extract([KO_STORY[0], line, *KO_STORY[1:]])


def test_one_set_of_sentence_ends() -> None:
    ends = sentence_ends()
    assert {"。", "！", "？", "؟", "।", "۔"} <= set(ends)
    assert set(ends) <= set(light._ENDS)
    # the Hindi danda and the Urdu full stop end a comment's body and a sentence
    assert sentences.LINE_END.search("यह बहुत अच्छी खबर है।") is not None
    assert sentences.LINE_END.search("یہ اچھی خبر ہے۔") is not None
    assert sentences.LINE_END.search("यह बहुत अच्छी खबर है") is None  # near miss: no end
    assert patterns._SENTENCE.split("पहला वाक्य। दूसरा वाक्य") == ["पहला वाक्य।", "दूसरा वाक्य"]
    assert patterns._SENTENCE.split("पहला वाक्य दूसरा वाक्य") == ["पहला वाक्य दूसरा वाक्य"]


def test_one_long_benefit_line_does_not_part_a_pitch_two_story_paragraphs_do() -> None:
    # near miss of the Arabic case: one line of 21 words between the phrase lines is a
    # benefit ("Unlimited online access to ... with one account."), not the story
    kinds = ["good", "short", "short", "good", "short", "short", "good"]
    keys = ["story", "reserved for subscribers", "subscribe now", "benefit", "sign in", "y", "s"]
    counts = [40, 3, 2, 21, 2, 2, 40]
    ends = [True, False, False, True, False, False, True]
    known = {"reserved for subscribers", "subscribe now", "sign in"}
    assert pitch_rows(kinds, keys, counts, ends, known) == [1, 2, 3, 4]
    # two paragraphs of the story's length (23 and 21 words) part the menu's "sign in" from
    # the box: the pitch is the box alone
    kinds = ["good", "short", "good", "good", "short", "short", "short", "good"]
    keys = ["story", "sign in", "p1", "p2", "reserved", "subscribe now", "log in", "s"]
    counts = [40, 2, 23, 21, 3, 2, 2, 40]
    ends = [True, False, True, True, False, False, False, True]
    known = {"sign in", "reserved", "subscribe now", "log in"}
    assert pitch_rows(kinds, keys, counts, ends, known) == [4, 5, 6]
