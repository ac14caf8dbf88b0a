"""Issue 14, non-Latin pages: a paragraph in another script than the page language's word
list (``foreign.py``, ``extract_off = ["foreign-language"]``). An Arabic or Hindi article on
a site with English menus and an English footer was read as an English page: its paragraphs
had none of the English stopwords, the density threshold came from the English footer, and
the footer won over the article. Such a paragraph now counts with the stopwords of its own
language (``data/stopwords/ar.txt``, ``hi.txt``), from 10 words and a lower share than a
paragraph in the page's own script needs. Near misses: teaser headlines in that script stay
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
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["foreign-language"]}}
    )
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
