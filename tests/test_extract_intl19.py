"""Issue 14 pattern 4, session 19: what the written pages ``intl_*`` (Arabic, Persian,
Hebrew, Hindi, Bengali, Ukrainian, Bulgarian, Serbian, Greek, Korean, Thai, Chinese,
Japanese) showed the extract preset did not know. Each case has a near miss. The lines are
written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from cleantext import Config
from cleantext.boilerplate import Patterns
from cleantext.boilerplate.bylines import is_byline
from cleantext.boilerplate.extract import classify_lines

SR_LINE = (
    "Градоначелник је рекао да ће радови почети у јуну, када се заврши школска година, и да "
    "ће трајати до краја јесени."
)
BG_STORY = (
    "В родопското село Момчиловци отново се чува шумът на водно колело, а старата воденица "
    "вече мели брашно за хляба на местната фурна след шестдесет години тишина.",
    "Жителите събрали над петнадесет хиляди лева, а майстори от Смолян безплатно помогнали "
    "с покрива и колелото, казва кметът на селото пред нашия вестник.",
)
BG_AFTER = (
    "Всяка събота воденицата е отворена за посетители, а местните жени продават хляб и "
    "баница, приготвени с брашното от нея, на малък пазар до реката.",
    "Следващата цел на селото е да възстанови и старата чешма на площада до есента, когато "
    "идват и първите туристи от града.",
)


@pytest.mark.parametrize(
    "line",
    ["Още по темата", "Прочитајте још", "Најчитаније", "Най-четени", "热门排行", "관련 뉴스"],
)
def test_box_headings_of_more_scripts_are_known(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == "related"


def test_a_bulgarian_box_inside_the_story_goes_and_the_story_stays() -> None:
    box = ("Още по темата", "Възстановяват мост край Кърджали", "Туристите с рекорд през зимата")
    text = "\n".join(["Начало", "България", "Спорт", *BG_STORY, *box, *BG_AFTER, "За нас"])
    out = cleantext.clean(text, preset="extract")
    assert all(p in out for p in BG_STORY + BG_AFTER)
    assert all(line not in out for line in box)


def test_a_sentence_with_a_box_heading_in_it_is_no_heading() -> None:
    # near miss: the heading's words inside a sentence of the story
    line = "Още по темата ще разкажем в неделния брой, когато излезе и докладът на общината."
    assert Patterns.builtin().match(line) is None
    text = "\n".join([*BG_STORY, line, *BG_AFTER])
    assert line in cleantext.clean(text, preset="extract")


@pytest.mark.parametrize(
    "bar", [["Подели", "Фејсбук", "Твитер"], ["공유하기", "카카오톡", "페이스북", "URL 복사"]]
)
def test_share_bars_with_the_networks_in_other_scripts_are_ui(bar: list[str]) -> None:
    infos = classify_lines("\n".join([SR_LINE, *bar]))
    assert [info.ui for info in infos[1:]] == ["share"] + ["follow"] * 2 + ["share"] * (
        len(bar) > 3
    )


def test_a_network_name_inside_a_sentence_is_no_ui() -> None:
    # near miss: the network named by the story
    line = "Градоначелник је вест објавио на Фејсбук страници града у понедељак увече."
    assert Patterns.builtin().match(line) is None
    assert classify_lines("\n".join([SR_LINE, line]))[1].ui == ""


AR_STORY = (
    "حوّل مدرس متقاعد في محافظة سوهاج حافلة مدرسية قديمة إلى مكتبة متنقلة، تزور كل أسبوع خمس "
    "قرى لا توجد فيها مكتبة عامة، وتحمل أكثر من ألفي كتاب للأطفال والكبار.",
    "ومع الوقت، انضم إليه متطوعون من شباب القرية، يتولون تنظيم الكتب وتسجيل الإعارة وقراءة "
    "القصص للصغار، وتتوقف الحافلة في ساحة كل قرية من العصر حتى المغرب.",
)


@pytest.mark.parametrize(
    "line",
    [
        "كتب: أحمد عبد الرحيم",
        "\u200fמאת: נועה לוי",
        "रिपोर्ट: सुनील यादव",
        "ผู้เขียน: กองบรรณาธิการ",
        "责任编辑：张敏",
        "记者\u3000刘思远",
    ],
)
def test_labelled_bylines_in_scripts_without_capitals(line: str) -> None:
    assert is_byline(line)
    text = "\n".join([AR_STORY[0], line, AR_STORY[1]])
    out = cleantext.clean(text, preset="extract")
    assert line not in out and all(p in out for p in AR_STORY)


@pytest.mark.parametrize(
    "line",
    [
        "كتب الأطفال",  # "books for children": the label's word, no colon
        "रिपोर्ट: सरकार ने आज नया कानून पास किया।",  # a sentence after the label
        "作者：张敏说这座桥明年通车。",
        "记者会上，市长说",
    ],
)
def test_a_label_before_a_sentence_or_a_heading_is_no_byline(line: str) -> None:
    # near misses: the same words, not a name after a label
    assert not is_byline(line)
    text = "\n".join([AR_STORY[0], line, AR_STORY[1]])
    assert line in cleantext.clean(text, preset="extract")


STORY = (
    "On the roof of the Palm primary school, tomatoes, lettuce and mint now grow. The garden "
    "was built over half a year by pupils of the fifth and sixth grades, with help from parents.",
    "The idea came after the science teacher noticed that the pupils did not know how "
    "vegetables grow. She wanted them to see how a seed becomes a plant, she says.",
)
LAST = (
    "The city says that if the trial succeeds, similar gardens will be built on the roofs of "
    "three more schools next year."
)
HE_STORY = (
    "על גג בית הספר היסודי בשכונה צומחים עכשיו עגבניות, חסה ונענע. הגן נבנה במשך חצי שנה בידי "
    "תלמידי כיתות ה' ו-ו', בעזרת הורים ושכנים מהרחוב.",
    "העירייה מימנה את מערכת ההשקיה ואת הארגזים, ותושבי השכונה תרמו שתילים. בכל יום שישי פותח "
    "בית הספר את הגג לשכנים.",
)
HE_LAST = "בעירייה אומרים כי אם הניסוי יצליח, גנים דומים יוקמו על גגות של עוד שלושה בתי ספר בעיר."


def _page(story: tuple[str, ...], box: list[str], last: str, end: list[str]) -> str:
    return "\n".join(["Home", "News", "Sport", *story, *box, last, *end, "Contact us"])


@pytest.mark.parametrize(
    ("story", "box", "last", "share"),
    [
        (
            STORY,
            ["Related stories", "Pupils build a weather station", "A library opens"],
            LAST,
            ["Share", "Facebook", "WhatsApp"],
        ),
        (
            HE_STORY,
            ["עוד באתר", "תלמידים בדימונה בנו תחנת מזג אוויר", "ספרייה חדשה נפתחה בירוחם"],
            HE_LAST,
            ["שתפו", "פייסבוק", "וואטסאפ"],
        ),
    ],
)
def test_the_story_s_last_paragraph_after_a_box_inside_it_is_kept(
    story: tuple[str, ...], box: list[str], last: str, share: list[str]
) -> None:
    text = _page(story, box, last, share)
    out = cleantext.clean(text, preset="extract")
    assert last in out and all(p in out for p in story)
    assert not any(line in out for line in box + share)
    off = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["last-paragraph"]}}
    )
    assert last not in cleantext.Cleaner(off).clean(text)


def test_a_teaser_s_excerpt_after_a_box_is_no_last_paragraph() -> None:
    # near misses: a most-read list, then one teaser's excerpt and its read-more link; a box of
    # one headline and its excerpt before the share bar
    ranked = ["Most read", "1. Bakery closes after 90 years", "2. Wind farm plans rejected"]
    excerpt = (
        "The bakery on Fore Street, which has baked bread for the town since 1936, served its "
        "last customers on Saturday as the owners retired."
    )
    out = cleantext.clean(_page(STORY, ranked, excerpt, ["Read more"]), preset="extract")
    assert all(p in out for p in STORY) and excerpt not in out
    one = ["Related stories", "Bakery closes after 90 years"]
    out = cleantext.clean(_page(STORY, one, excerpt, ["Share", "Facebook"]), preset="extract")
    assert all(p in out for p in STORY) and excerpt not in out
