"""Issue 14, non-Latin pages: a combining mark inside a word belongs to the word. Devanagari
and Thai vowel signs, the virama and the nukta, Arabic harakat are marks (Mn/Mc); a line's
normalised form (``normalize_line``, which UI matching, titles and repeated lines read)
keeps them, so "पढ़ते" stays one word and "शायर" (a poet) is not "शेयर" (share). The marks
that go with symbols (the emoji form of "❤️", the keycap of "1️⃣") still go with them.
Stopword look-ups leave out the Arabic vowel marks, which a text may write or not. The
content words a deck shares with the article keep their marks too (``intro.stems``), so a
Hindi deck is found. The lines are written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.boilerplate import Patterns
from cleantext.boilerplate.intro import stems
from cleantext.boilerplate.patterns import normalize_line, normalize_plain
from cleantext.boilerplate.stopwords import Stopwords
from cleantext.tokens import words

LINES = {
    "hi": "यह एक परीक्षण वाक्य है और हम इसे पढ़ते हैं।",
    "ar": "هٰذِهِ جُمْلَةٌ قَصِيرَةٌ نَقْرَؤُهَا فِي الصَّبَاحِ.",
    "th": "ข่าววันนี้ รัฐบาลประกาศมาตรการใหม่",
    "bn": "আমরা প্রতিদিন সকালে খবরের কাগজ পড়ি।",
    "ta": "இன்று காலை மழை பெய்தது.",
}


@pytest.mark.parametrize("lang", sorted(LINES))
def test_a_key_has_the_words_of_its_line(lang: str) -> None:
    line = LINES[lang]
    key = normalize_line(line)
    assert key.split() == words(line)
    assert normalize_plain(line.casefold()) == [key]  # the Python path agrees


def test_a_word_that_differs_in_a_vowel_sign_is_no_ui_word() -> None:
    p = Patterns.builtin()
    assert p.match("शेयर") is not None  # share
    assert p.match("शायर") is None  # a poet: the same letters, another vowel sign


@pytest.mark.parametrize(
    ("line", "key"),
    [("❤️ 12 Likes", "00 likes"), ("1️⃣ Share", "0 share"), ("Like ❤︎", "like")],
)
def test_the_marks_of_symbols_still_go(line: str, key: str) -> None:
    assert normalize_line(line) == key


#: the same Arabic sentence with its vowel marks (harakat) and without
VOCALISED = "كَانَ الْأَسَدُ نَائِمًا فِي الْغَابَةِ حِينَ مَرَّ فَأْرٌ صَغِيرٌ عَلَى ظَهْرِهِ."
PLAIN = "كان الأسد نائما في الغابة حين مر فأر صغير على ظهره."


def test_harakat_are_left_out_of_stopword_lookups() -> None:
    sw = Stopwords.load()
    a, b = sw.analyse(VOCALISED.casefold()), sw.analyse(PLAIN.casefold())
    assert a.lang == b.lang == "ar" and a.density == b.density and a.density[0] > 0.2
    assert sw.density(VOCALISED, "ar") == sw.density(PLAIN, "ar")
    assert sw.count_plain(VOCALISED).hits == sw.count_compiled(VOCALISED).hits  # type: ignore[union-attr]


def test_other_vowel_signs_still_tell_words_apart() -> None:
    # "की" (of) is a Hindi stopword; "कू", with another vowel sign, is none
    sw = Stopwords.load()
    assert sw.density("की", "hi") == 1.0
    assert sw.density("कू", "hi") == 0.0


def test_content_words_keep_their_vowel_signs() -> None:
    # the words the deck and the intro share with the article (``intro.stems``)
    assert {"परिषद", "वसंत"} <= stems("नगर परिषद इस वसंत में पुल बंद करेगी")
    assert stems("The council voted") == {"counc", "voted"}  # (Latin as before)


HI_TITLE = "पुराने पुल को सौ साल बाद बंद किया जाएगा - उदाहरण समाचार"
HI_HEADLINE = "पुराने पुल को सौ साल बाद बंद किया जाएगा"
#: no full stop (danda), a comma between two clauses
HI_DECK = "नगर परिषद इस वसंत में नदी का पुल बंद करेगी, और बसों को नाव से पार कराया जाएगा"
HI_OTHER = "राज्य सरकार ने सोमवार को नई शिक्षा नीति जारी की, और शिक्षकों की भर्ती शुरू होगी"
HI_STORY = (
    "नगर परिषद ने मंगलवार को नदी पर बने पुराने पुल को बंद करने का फैसला किया, क्योंकि अब यह पुल "
    "उन बसों के लिए बहुत कमजोर हो गया है जो हर कुछ मिनट में इसे पार करती हैं।",
    "निवासियों ने कहा कि उन्हें लंबे चक्कर की चिंता है, जो पुल बंद होने से दुकानों और स्कूल जाने "
    "वाले बच्चों के लिए भी परेशानी पैदा करेगा।",
    "महापौर ने कहा कि दशक के अंत तक नया पुल बनाया जाएगा और तब तक पैदल और साइकिल से चलने वालों "
    "के लिए नाव चलेगी।",
)


def _hindi_page(deck: str) -> str:
    head = (HI_TITLE, "होम", "देश", "विदेश", "खेल", HI_HEADLINE, deck, "शेयर करें")
    return "\n".join((*head, *HI_STORY, "गोपनीयता नीति", "© 2024 उदाहरण समाचार")) + "\n"


def test_a_hindi_deck_that_shares_the_articles_words_stays() -> None:
    out = cleantext.clean(_hindi_page(HI_DECK), preset="extract")
    assert HI_DECK in out and all(p in out for p in HI_STORY) and "शेयर करें" not in out


def test_a_hindi_sentence_about_something_else_goes() -> None:
    out = cleantext.clean(_hindi_page(HI_OTHER), preset="extract")
    assert HI_OTHER not in out and all(p in out for p in HI_STORY)
