"""Wire stories and comment threads in scripts the rules were not tuned on (session 21):
a paragraph that ends in its sentence, then the news agency's credit in brackets
(``wires.ends_in_credit``, switch ``credit-ends``); dates in Arabic, Persian, Hindi and
Ukrainian, with a right-to-left mark and Arabic-Indic digits (the data file's ``[date]``
hints); a comment thread whose commenters' names are in a script without case
(``thread._name``, ``bare-thread``); a most-read list ranked in Arabic-Indic or Persian
digits (``popular._ranked``). Each with a near miss that keeps the old output."""

from __future__ import annotations

import pytest

import cleantext
from _pages import extract_with
from cleantext.boilerplate.bylines import is_byline
from cleantext.boilerplate.extract import WEIGHTS, classify_lines
from cleantext.boilerplate.patterns import Patterns, normalize_line
from cleantext.boilerplate.popular import is_popular_heading, popular_inside
from cleantext.boilerplate.thread import bare_thread
from cleantext.boilerplate.wires import ends_in_credit
from cleantext.config import Config

RU_LEAD = (
    "В здании бывшей пристани на набережной Волги в четверг открылся музей речного флота, "
    "первый в регионе. Его собирали почти шесть лет бывшие капитаны и механики пароходства."
)
RU_LAST = (
    "В следующем году музей планирует открыть второй зал, посвящённый строительству судов "
    "на местных верфях. (ИТАР-ТАСС)"
)


def _ru_page(last: str = RU_LAST) -> str:
    lines = [
        "Главная", "Новости", "Войти", "В Твери открыли музей речного флота",
        "3 декабря 2026, 14:05", RU_LEAD, last, "Поделиться", "Самое читаемое",
        "Мэрия объявила о ремонте моста через Тьмаку до конца года",
        "Синоптики обещают снег и гололедицу в выходные дни", "© 2026 Курьер",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def test_a_last_paragraph_ending_in_an_agency_credit_stays() -> None:
    out = cleantext.clean(_ru_page(), preset="extract")
    assert RU_LEAD in out and RU_LAST in out and "Самое читаемое" not in out


def test_the_credit_ends_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["credit-ends"]}})
    assert RU_LAST not in cleantext.Cleaner(off).clean(_ru_page())
    assert RU_LAST not in extract_with(_ru_page(), credit_ends=False)


def test_a_bracket_after_no_sentence_end_keeps_the_old_cut() -> None:
    last = "В следующем году музей планирует открыть второй зал и кафе для гостей (ИТАР-ТАСС)"
    assert last not in cleantext.clean(_ru_page(last), preset="extract")


@pytest.mark.parametrize(
    "line",
    [
        "Вход будет бесплатным. (ИТАР-ТАСС)",
        "ويأمل القائمون على المشروع أن تنضم حافلة ثانية. (رويترز)",
        "展示は8月末まで。（共同）",
        "도서관은 매달 영화를 상영한다. (연합뉴스)",
    ],
)
def test_a_sentence_then_a_credit(line: str) -> None:
    assert ends_in_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Итоги года (часть 2)",  # a heading: no sentence before the bracket
        "(ИТАР-ТАСС)",  # a credit alone (a byline's)
        "Он уехал. (См. фото на стр. 3)",  # no agency in the bracket
        "Trump Gives Joe Biden a New Nickname and It's a Classic! (VIDEO)",  # a media label
        "Arnaldo Báez intenta marcharse de un defensor. (Edu Luque)",  # a photographer
    ],
)
def test_no_credit_end(line: str) -> None:
    assert not ends_in_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "\u200fالخميس ٣ ديسمبر ٢٠٢٦ - ١٠:٤٠ ص",
        "\u200f۱۲ آذر ۱۴۰۵ - ۱۰:۳۰",
        "3 दिसंबर 2026, 10:15 AM IST",
        "3 грудня 2026, 09:30",
    ],
)
def test_non_latin_dates_are_dates(line: str) -> None:
    assert Patterns.builtin().is_date(line, normalize_line(line))


@pytest.mark.parametrize("line", ["مارس في الربيع", "ذهبت إلى السوق ٣ مرات", "मई में बारिश हुई"])
def test_a_month_in_a_sentence_is_no_date(line: str) -> None:
    assert not Patterns.builtin().is_date(line, normalize_line(line))


AR_STORY = [
    "افتتاح أول مكتبة متنقلة للأطفال في قرى الصعيد",
    "بدأت أول مكتبة متنقلة للأطفال جولتها في قرى محافظة أسيوط يوم الأربعاء، وهي حافلة قديمة "
    "أعيد تجهيزها برفوف تضم أكثر من ألفي كتاب ومقاعد صغيرة للقراءة.",
    "وقالت منى الشريف، منسقة المشروع، إن الحافلة ستزور كل قرية مرة كل أسبوعين، وإن الأطفال "
    "يستطيعون استعارة كتابين في كل زيارة.",
]
AR_COMMENTS = [
    (
        "أحمد سامي",
        "\u200f٣ ديسمبر ٢٠٢٦ - ١١:١٥ ص",
        "فكرة رائعة جداً، ونتمنى أن تصل هذه الحافلة إلى قريتنا في أقرب وقت ممكن لأن أطفالنا لا "
        "يجدون مكاناً للقراءة بعد المدرسة.",
    ),
    (
        "هدى محمد",
        "\u200f٣ ديسمبر ٢٠٢٦ - ١٢:٤٠ م",
        "شكراً للمعلمين المتقاعدين على هذا الجهد الجميل، فقد كانت المكتبة في قريتنا مغلقة منذ "
        "سنوات طويلة ولم يفتحها أحد بعد ذلك.",
    ),
    (
        "سامي علي",
        "\u200f٤ ديسمبر ٢٠٢٦ - ٠٩:٠٥ ص",
        "أتمنى أن تضيف الجمعية كتباً باللغة الإنجليزية أيضاً حتى يتعلم الأطفال لغة جديدة من خلال "
        "القصص المصورة والممتعة.",
    ),
]


def test_an_arabic_thread_without_a_heading_goes() -> None:
    lines = [*AR_STORY, *(x for c in AR_COMMENTS for x in c), "جميع الحقوق محفوظة"]
    out = cleantext.clean("\n".join(lines) + "\n", preset="extract")
    assert AR_STORY[2] in out and AR_COMMENTS[0][2] not in out and AR_COMMENTS[1][0] not in out


def test_caseless_names_over_dates_without_a_time_are_no_thread() -> None:
    # a timeline: a heading of two words over a bare date (no time of day) is no comment
    lines = [x for name, date, body in AR_COMMENTS for x in (name, date.split(" - ")[0], body)]
    assert bare_thread(lines) is None
    with_times = [x for c in AR_COMMENTS for x in c]
    assert bare_thread(with_times) is not None


AR_ITEMS = [
    "ارتفاع أسعار الخضروات في الأسواق مع بداية فصل الشتاء وتوقعات باستمرار الزيادة حتى نهاية "
    "الشهر.",
    "الأرصاد تحذر من أمطار غزيرة ورياح قوية على السواحل الشمالية خلال عطلة نهاية الأسبوع المقبلة.",
    "وزارة التعليم تعلن مواعيد امتحانات نصف العام الدراسي لجميع المراحل في المدارس الحكومية.",
    "افتتاح خط جديد للحافلات الكهربائية يربط وسط المدينة بالمطار اعتباراً من الأسبوع المقبل.",
]


def _ranked_lines(ranks: str) -> list[str]:
    return [f"{r}. {item}" for r, item in zip(ranks, AR_ITEMS, strict=True)]


def test_a_list_ranked_in_arabic_indic_digits_is_a_most_read_box() -> None:
    lead = "افتتحت محافظة الإسكندرية يوم الخميس حديقة عامة جديدة على الكورنيش تضم ممشى للدراجات."
    lines = ["حديقة جديدة على كورنيش الإسكندرية | صحيفة البحر", "الرئيسية", "أخبار"]
    more = "وقال مسؤول في المحافظة إن الدخول سيكون مجانياً طوال الشهر الأول لكل الزوار."
    lines += ["حديقة جديدة على كورنيش الإسكندرية", lead, more, "شارك", "الأكثر قراءة"]
    lines += [*_ranked_lines("١٢٣٤"), "جميع الحقوق محفوظة"]
    out = cleantext.clean("\n".join(lines) + "\n", preset="extract")
    assert lead in out and more in out and AR_ITEMS[0] not in out


@pytest.mark.parametrize(("ranks", "ranked"), [("١٢٣٤", True), ("۱۲۳۴", True), ("١٣٢٤", False)])
def test_arabic_indic_ranks_count_in_order(ranks: str, ranked: bool) -> None:
    lead = "افتتحت محافظة الإسكندرية يوم الخميس حديقة عامة جديدة على الكورنيش تضم ممشى للدراجات."
    infos = classify_lines("\n".join([lead, "الأكثر قراءة", *_ranked_lines(ranks)]))
    assert (popular_inside(infos, 0, 5, WEIGHTS) == 1) is ranked


@pytest.mark.parametrize(
    "line",
    [
        "کلیه حقوق این سایت محفوظ است.",
        "تمامی حقوق مادی و معنوی این سایت برای خبرگزاری کویر محفوظ است",
        "كل الحقوق محفوظة © 2026",
    ],
)
def test_a_persian_or_arabic_rights_line_is_a_copyright_line(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == "copyright"


def test_a_sentence_about_rights_is_no_copyright_line() -> None:
    line = "کلیه حقوق بشر باید محفوظ بماند و دولت باید به آن احترام بگذارد."
    assert Patterns.builtin().match(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "가장 많이 본 기사",
        "الأكثر قراءة اليوم",
        "پربازدیدترین‌ها",
        "सबसे ज्यादा पढ़ी गई खबरें",
        "热门排行榜",
        "アクセスランキング",
        "Найпопулярніше за тиждень",
    ],
)
def test_most_read_headings_in_more_scripts(line: str) -> None:
    assert is_popular_heading(line)


@pytest.mark.parametrize("line", ["الأكثر فقراً في المدينة", "많이 본 사람들이 말했다"])
def test_a_line_starting_like_a_most_read_heading_is_none(line: str) -> None:
    assert not is_popular_heading(line)


def test_one_sentence_end_set_for_bylines_and_credits() -> None:
    # a byline line that ends in a full-width full stop is a sentence ("[sentences] ends"),
    # as one ending in '.' was
    assert is_byline("记者　刘思远") and not is_byline("记者　刘思远。")
    assert not is_byline("By Jane Doe.")


@pytest.mark.parametrize(
    "line",
    [
        "\u200f١٢ تعليقاً",
        "\u061c١٢ تعليقات",
        "12 تعليق",
        "\u200f۱۲ نظر",
        "12 टिप्पणियां",
        "コメント(12)",
    ],
)
def test_comment_counts_with_a_direction_mark_or_eastern_digits(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == "comments"


@pytest.mark.parametrize("line", ["12 نظر کارشناسان درباره بودجه", "تعليق", "١٢ مشاركة في السباق"])
def test_a_count_in_a_sentence_is_no_comment_count(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is None or hit.category != "comments"
