"""Issue 14, non-Latin pages: a paragraph in another script than the page language's word
list (``foreign.py``, ``extract_off = ["foreign-language"]``). An Arabic or Hindi article on
a site with English menus and an English footer was read as an English page: its paragraphs
had none of the English stopwords, the density threshold came from the English footer, and
the footer won over the article. Such a paragraph now counts with the stopwords of its own
language (``data/stopwords/ar.txt``, ``hi.txt``), from 10 words and a lower share than a
paragraph in the page's own script needs; and the lines read in another language no longer
set the page's density threshold (a Traditional Chinese article under an English footer lost
to it: the English lines' share of stopwords is no Chinese line's share of stopword
characters). Near misses: teaser headlines in that script stay
short, and a line of names in it (no stopwords of its own) is no paragraph. The pages are
written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from cleantext import Cleaner, Config
from cleantext.boilerplate.foreign import foreign_density
from cleantext.boilerplate.stopwords import Stopwords

MENU = "Home | News | Business | Sports | Login"
FOOTER = (
    "About us | Contact | Advertise",
    "This website is operated by a media group that is committed to providing accurate news "
    "and information to its readers in the region and around the world.",
    "The views expressed in the comments are those of the readers and do not reflect the "
    "views of the editors of this site.",
)
ARTICLES = {
    "ar": (
        "افتتاح أكبر محطة لتحلية المياه في المنطقة",
        "افتتحت الحكومة اليوم أكبر محطة لتحلية مياه البحر في المنطقة، بطاقة إنتاجية تصل إلى "
        "مليون متر مكعب يوميا، وهو ما يكفي لتلبية احتياجات أكثر من ثلاثة ملايين نسمة.",
        "وقال وزير المياه في كلمة خلال حفل الافتتاح إن المشروع استغرق أربع سنوات من العمل "
        "المتواصل، وإن تكلفته بلغت نحو ملياري دولار.",
        ("ارتفاع أسعار المياه المعبأة في الأسواق", "خطة جديدة لترشيد استهلاك المياه في الزراعة"),
    ),
    "hi": (
        "यमुना का जलस्तर खतरे के निशान से ऊपर",
        "राजधानी दिल्ली में लगातार बारिश के कारण यमुना नदी का जलस्तर खतरे के निशान से ऊपर "
        "पहुंच गया है। प्रशासन ने निचले इलाकों में रहने वाले लोगों को सुरक्षित स्थानों पर जाने की "
        "सलाह दी है।",
        "अधिकारियों के अनुसार, बैराज से पानी छोड़े जाने के बाद नदी का स्तर तेजी से बढ़ा है और "
        "राहत शिविरों में भोजन की व्यवस्था की गई है।",
        ("मौसम विभाग ने जारी किया भारी बारिश का अलर्ट", "मुंबई में लोकल ट्रेन सेवाएं प्रभावित"),
    ),
}


def _text(lang: str) -> str:
    title, first, second, teasers = ARTICLES[lang]
    return "\n".join([MENU, title, first, second, "Related", *teasers, *FOOTER]) + "\n"


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_an_article_in_another_script_wins_over_an_english_footer(lang: str) -> None:
    _, first, second, teasers = ARTICLES[lang]
    out = cleantext.clean(_text(lang), preset="extract")
    assert first in out and second in out
    assert FOOTER[1] not in out and MENU not in out
    assert all(t not in out for t in teasers)


def test_the_rule_can_be_switched_off() -> None:
    # (``lower-median`` keeps this article too since session 22: both switched off)
    off = ["foreign-language", "lower-median"]
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": off}})
    assert ARTICLES["ar"][1] not in Cleaner(config).clean(_text("ar"))


def test_teasers_and_names_in_another_script_are_no_paragraphs() -> None:
    teaser = ARTICLES["ar"][3][1]  # 7 words: a headline, not a paragraph
    names = "محمد أحمد علي حسن محمود إبراهيم خالد يوسف عمر مصطفى سعيد طارق"  # no stopword
    rows = [teaser, names, ARTICLES["ar"][2]]
    found = foreign_density(rows, [0, 1, 2], [len(r.split()) for r in rows], [0.0] * 3,
                            "en", Stopwords.load())  # fmt: skip
    assert list(found) == [2]


def test_a_paragraph_in_the_pages_script_still_needs_the_longer_length() -> None:
    # a Spanish line of 15 words on an English page: same script, the old rule (25 words)
    line = "La ciudad abrió ayer el nuevo puente sobre el río después de tres años de obras."
    assert foreign_density([line], [0], [len(line.split())], [0.0], "en", Stopwords.load()) == {}


def test_a_byline_with_an_email_address_is_no_foreign_paragraph() -> None:
    # a Korean byline: 10 words by length (Hangul counts two letters to a word), 6 words
    byline = "김민수 칼럼니스트 minsu.kim@news.example.co.kr"
    found = foreign_density([byline], [0], [10], [0.0], "ko", Stopwords.load())
    assert found == {}


#: a Traditional Chinese article under the same English menu and footer: the page is read as
#: Chinese, the English footer lines in English (``foreign_density``)
CHINESE = (
    "北市公車將全面改用電動車",
    "台北市政府今天宣布，將在2030年前把全市約三千五百輛公車全部汰換為電動公車，以減少空氣污染和碳排放。",
    "市府交通局表示，目前已有約一千輛電動公車上路，未來六年每年將再汰換四百輛，所需經費由中央和地方共同負擔。",
    ("新北捷運環狀線北環段動工", "高鐵票價明年起調漲"),
)


def test_lines_read_in_another_language_do_not_set_the_pages_threshold() -> None:
    # the English lines' share of English stopwords (0.5) made the threshold that the
    # Chinese paragraphs' share of stopword characters (0.05) could not reach
    from cleantext.boilerplate.extract import classify_lines

    title, first, second, teasers = CHINESE
    text = "\n".join([MENU, title, first, second, "Related", *teasers, *FOOTER]) + "\n"
    kinds = {i.block.text: i.kind for i in classify_lines(text)}
    assert kinds[first] == kinds[second] == "good"
    out = cleantext.clean(text, preset="extract")
    assert first in out and second in out and FOOTER[1] not in out
