"""Issue 14, session 23: the vocabulary that non-Latin pages needed (the written pages
``script_*``): error pages in Hebrew, Chinese, Japanese, Korean, Arabic, Persian and Greek; a
Chinese most-read heading with a time span before it ("24小时阅读排行"); a Korean related box
inside the story ("함께 보면 좋은 기사"); and the full-width colon ending a lead-in over the
article's list ("做好以下几件事："). Each case has a near miss. The lines are written for these
tests, names and places invented."""

from __future__ import annotations

import pytest

import cleantext
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content
from cleantext.boilerplate.features import is_terminal
from cleantext.boilerplate.popular import is_popular_heading

ERRORS = {
    "he": (
        ("הדף לא נמצא - חדשות הגליל", "ראשי", "חדשות", "ספורט"),
        ("שגיאה 404", "אופס! הדף שחיפשת לא נמצא", "ייתכן שהקישור שגוי או שהכתבה הוסרה מהאתר."),
        ("חזרה לעמוד הראשי", "כל הזכויות שמורות © 2026 חדשות הגליל"),
    ),
    "zh": (
        ("页面不存在 - 东江在线", "首页", "新闻", "财经"),
        ("404", "抱歉，您访问的页面不存在或已被删除"),
        ("可能的原因：网址输入有误，或该文章已过期下线。",),
        ("您可以：返回首页 | 查看网站地图 | 联系我们", "东江在线 版权所有 © 2026"),
    ),
    "ja": (
        ("ページが見つかりません | 北海タイムス", "トップ", "ニュース", "スポーツ"),
        (
            "お探しのページが見つかりませんでした",
            "申し訳ございません。お探しのページは削除されたか、URLが変更された可能性があります。",
            "お手数ですが、トップページから目的のページをお探しください。",
        ),
        ("トップページへ戻る", "Copyright © 2026 北海タイムス"),
    ),
    "ko": (
        ("페이지를 찾을 수 없습니다 | 한강신문", "뉴스", "스포츠", "연예"),
        (
            "요청하신 페이지를 찾을 수 없습니다",
            "방문하시려는 페이지의 주소가 잘못 입력되었거나, 페이지의 주소가 변경 혹은 삭제되어 "
            "요청하신 페이지를 찾을 수 없습니다.",
        ),
        ("메인으로 가기", "Copyright ⓒ 한강신문"),
    ),
    "ar": (
        ("الصفحة غير موجودة - بوابة الوادي", "الرئيسية", "أخبار", "رياضة"),
        (
            "خطأ 404",
            "الصفحة المطلوبة غير موجودة",
            "عذراً، ربما تم حذف الصفحة التي تبحث عنها أو تغيير رابطها.",
        ),
        ("العودة إلى الصفحة الرئيسية", "جميع الحقوق محفوظة © ٢٠٢٦ بوابة الوادي"),
    ),
    "fa": (
        ("خطای ۴۰۴ - خبرگزاری البرز", "صفحه اصلی", "سیاسی", "ورزشی"),
        (
            "صفحه مورد نظر یافت نشد",
            "ممکن است آدرس را اشتباه وارد کرده باشید یا این صفحه حذف شده باشد.",
        ),
        ("بازگشت به صفحه اصلی", "کلیه حقوق این سایت محفوظ است."),
    ),
    "el": (
        ("Η σελίδα δεν βρέθηκε | Νέα της Πάτρας", "Αρχική", "Ειδήσεις", "Αθλητικά"),
        (
            "Σφάλμα 404",
            "Η σελίδα δεν βρέθηκε",
            "Λυπούμαστε, η σελίδα που ζητήσατε δεν υπάρχει ή έχει μετακινηθεί.",
        ),
        ("Επιστροφή στην αρχική σελίδα", "© 2026 Νέα της Πάτρας"),
    ),
}


@pytest.mark.parametrize("lang", sorted(ERRORS))
def test_an_error_page_in_a_non_latin_script_goes_whole(lang: str) -> None:
    page = _page(*ERRORS[lang])
    assert cleantext.clean(page, preset="extract") == ""
    assert find_main_content(page)[0].note.startswith("error page: ")


def test_an_article_quoting_the_chinese_error_message_is_kept() -> None:
    # near miss: the message is a quote inside the story's headline and first paragraph
    story = (
        "近日，不少市民反映，市人民医院的网上挂号平台经常打不开，点击预约按钮后页面显示“页面不"
        "存在”，只能到医院窗口排队挂号。",
        "医院信息科负责人表示，问题出在上周系统升级后部分链接没有及时更新，目前技术人员正在修复，"
        "预计本周末恢复正常。在此期间，市民可以拨打预约电话挂号。",
    )
    page = _page(("挂号网站频繁显示“页面不存在” 市民预约难_东江晚报", "首页", "本地", "民生"),
                 story, ("分享到：微信 微博", "东江晚报社 版权所有"))  # fmt: skip
    assert cleantext.clean(page, preset="extract").splitlines() == list(story)


def test_a_korean_article_that_says_page_and_address_is_no_error_page() -> None:
    # near miss for the Korean talk words: an article, with no error message above it
    story = (
        "구청은 홈페이지의 주소가 바뀌어 예전 주소로 접속하면 안내 페이지가 나온다고 밝혔다. "
        "새 홈페이지에서는 민원 신청과 시설 예약을 한 번에 할 수 있다.",
        "구청 관계자는 예전 주소를 즐겨찾기에 저장해 둔 주민들은 새 주소로 바꿔 달라고 당부했다.",
    )
    head = ("구청 홈페이지 새 단장 | 한강신문", "뉴스", "지역")
    page = _page(head, story, ("Copyright ⓒ 한강신문",))
    assert cleantext.clean(page, preset="extract").splitlines() == list(story)


ZH_BRIEF = (
    "本月起，南湖区三个社区的食堂向居民开放，六十岁以上的老人凭身份证用餐可打八折。食堂每天供应"
    "早餐和午餐，菜品由社区居民投票选出。",
    "区民政局表示，试点三个月后将根据居民意见决定是否推广到全区。",
)
ZH_RANKED = (
    "1. 南湖大桥今晚起封闭施工，公交线路临时调整请市民提前规划出行",
    "2. 全市中小学寒假时间公布，比去年提前三天放假，开学时间不变",
    "3. 本地两家医院开通夜间门诊，周一至周五晚上八点前均可挂号就诊",
    "4. 南湖区新建一座体育公园，内设篮球场、足球场和一条三公里跑道",
    "5. 气象台发布寒潮预警，本周末最低气温将降至零下五摄氏度左右",
    "6. 市区十条道路完成改造，新增非机动车道和两百多个停车位",
    "7. 南湖夜市本周五重新开业，新增摊位八十个，营业至凌晨一点",
    "8. 市图书馆推出“一卡通”服务，全市二十家分馆可通借通还",
)


def test_a_chinese_most_read_heading_with_a_time_span() -> None:
    assert is_popular_heading("24小时阅读排行")
    assert is_popular_heading("本周热门排行榜")
    assert is_popular_heading("阅读排行")
    assert not is_popular_heading("2026年城市宜居排行")  # near miss: a ranking of cities
    page = _page(("南湖区试点社区食堂 老人用餐打八折_南湖晚报", "首页", "民生"), ZH_BRIEF,
                 ("分享到：微信 微博 QQ空间", "24小时阅读排行"), ZH_RANKED,
                 ("关于我们 | 联系我们",))  # fmt: skip
    assert cleantext.clean(page, preset="extract").splitlines() == list(ZH_BRIEF)


KO_BEFORE = (
    "서울 마포구의 한 골목에서 30년째 빵집을 운영하는 이정숙 씨는 매일 새벽 네 시에 가게 문을 "
    "연다. 처음 가게를 열 때 다섯 가지였던 빵은 이제 마흔 가지가 넘는다.",
)
KO_AFTER = (
    '이 씨는 "손님들이 아이 손을 잡고 오다가 그 아이가 커서 또 자기 아이를 데리고 올 때 가장 '
    '보람을 느낀다"고 말했다. 가게는 다음 달 30주년을 맞아 동네 주민들에게 빵을 나눠 줄 계획이다.',
)


def test_a_korean_related_box_inside_the_story_goes() -> None:
    box = ("함께 보면 좋은 기사", "마포 골목 상권 살리기 나선 청년들", "전통시장 떡집 3대째 이어가")
    foot = ("공유하기", "카카오톡", "ⓒ 시민일보 무단전재 및 재배포 금지")
    page = _page(("동네 빵집 사장님의 30년 | 시민일보", "뉴스"), KO_BEFORE, box, KO_AFTER, foot)
    assert cleantext.clean(page, preset="extract").splitlines() == [*KO_BEFORE, *KO_AFTER]


def test_a_korean_sentence_that_says_worth_seeing_together_is_kept() -> None:
    # near miss: the words inside a paragraph, no heading of a box
    line = "주민들은 이 빵집이 함께 보면 좋은 기사처럼 동네의 이야기를 모아 두는 곳이라고 말했다."
    page = _page(("동네 빵집 사장님의 30년 | 시민일보", "뉴스"), KO_BEFORE, (line,), KO_AFTER)
    assert cleantext.clean(page, preset="extract").splitlines() == [*KO_BEFORE, line, *KO_AFTER]


ZH_LEAD = (
    "进入十二月，本市流感病例明显增多。市疾控中心专家提醒市民，做好以下几件事可以有效降低感染风险："
)
ZH_STEPS = (
    "一、勤洗手，外出回家后用流动水和肥皂洗手二十秒以上。",
    "二、在人多的室内场所佩戴口罩，尽量减少去人群密集的地方。",
    "三、保持室内通风，每天开窗两到三次，每次半小时左右。",
    "四、老人和儿童等重点人群尽早接种流感疫苗。",
    "专家还表示，如果出现发热、咳嗽等症状，应及时到医院就诊，不要自行服用抗生素。",
)


def test_a_full_width_colon_ends_a_lead_in() -> None:
    assert is_terminal(ZH_LEAD) and is_terminal("注意以下几点；")
    assert not is_terminal(ZH_LEAD[:-1])  # near miss: no colon
    assert not is_terminal("分享到，")  # near miss: a comma announces nothing
    head = ("冬季流感高发 专家提醒做好四件事_江城新闻网", "首页", "健康", "首页 > 健康 > 正文")
    foot = ("相关阅读：", "本市新增十个流感疫苗接种点", "扫一扫，分享到朋友圈", "打印本页 关闭窗口")
    page = _page(head, (ZH_LEAD,), ZH_STEPS, foot)
    assert cleantext.clean(page, preset="extract").splitlines() == [ZH_LEAD, *ZH_STEPS]
