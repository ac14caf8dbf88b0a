"""Issue 14 pattern 4: a Thai stopword list (``data/stopwords/th.txt``, ``# mode: runs``). Thai
puts no spaces between words, so a whole clause is one token and a list of words matched as
tokens finds none: the list's words are found inside the runs of Thai letters, and a line's
density is their number over its words (one per four Thai letters, and its other tokens). A
Thai text (more Thai letters than words) is Thai; before, a Thai page had no language and no
density. Near misses: menus and headlines have no stopwords, an English text with a Thai name
stays English, a Thai article with English quotes stays Thai and keeps the quotes. The
sentences are written for these tests."""

from __future__ import annotations

from cleantext import Cleaner, Config
from cleantext.boilerplate import Stopwords
from cleantext.boilerplate.features import PageFeatures
from cleantext.boilerplate.patterns import Patterns

STORY = [
    "ชาวบ้านในตำบลริมแม่น้ำร่วมกันสร้างห้องสมุดเล็ก ๆ จากบ้านไม้หลังเก่า เพื่อให้เด็กในหมู่บ้านมีที่อ่าน"
    "หนังสือหลังเลิกเรียน และผู้สูงอายุก็มานั่งอ่านหนังสือพิมพ์ด้วยกันทุกเช้า",
    "ครูประจำโรงเรียนกล่าวว่า เด็ก ๆ ที่มาห้องสมุดเป็นประจำอ่านหนังสือได้คล่องขึ้นมาก และหลายคนเริ่ม"
    "เขียนเรื่องสั้นของตัวเองเพื่อนำมาอ่านให้เพื่อนฟังในวันเสาร์",
    '"We never thought a small library could change the village this much, and the children '
    'now ask for new books every week," said a volunteer from the library committee.',
    "ชุมชนวางแผนว่าจะเปิดห้องสมุดในวันอาทิตย์ด้วย หากมีอาสาสมัครมาช่วยดูแลเพิ่มขึ้นอีกสองถึงสามคน",
]
MENU = ["หน้าแรก", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง"]
HEADLINE = "ชาวบ้านริมแม่น้ำสร้างห้องสมุดจากบ้านไม้เก่า"
AFTER = ["แชร์", "Facebook", "LINE", "© 2569 ข่าวชุมชน สงวนลิขสิทธิ์"]


def test_a_thai_text_is_thai_and_its_prose_has_stopwords() -> None:
    sw = Stopwords.load()
    assert sw.detect("\n".join(STORY)) == "th"
    assert all(sw.density(line, "th") > 0.2 for line in (STORY[0], STORY[1], STORY[3]))


def test_menus_have_none_and_headlines_few() -> None:
    sw = Stopwords.load()
    assert [sw.density(line, "th") for line in MENU] == [0.0] * 5
    prose = min(sw.density(line, "th") for line in (STORY[0], STORY[1], STORY[3]))
    assert sw.density(HEADLINE, "th") < prose / 2  # ("จาก", "from": one in ten words)


def test_the_list_is_no_word_list() -> None:
    hits = Stopwords.load().hits("และ ที่ ของ")  # (Thai words are never whole tokens)
    assert "th" not in hits


def test_an_english_text_with_a_thai_name_stays_english() -> None:
    text = "The festival in เชียงใหม่ opened on Friday, and the crowds were larger than last year."
    assert Stopwords.load().detect(text) == "en"


def test_a_thai_article_with_english_quotes_stays_thai_and_keeps_them() -> None:
    page = "\n".join([f"{HEADLINE} - ข่าวชุมชน", *MENU, HEADLINE, *STORY, *AFTER])
    assert PageFeatures(Patterns.builtin(), Stopwords.load()).of(page).lang == "th"
    out = Cleaner(Config.from_dict({"preset": "extract"})).clean(page)
    assert all(line in out for line in STORY)
    assert "บันเทิง" not in out and "สงวนลิขสิทธิ์" not in out
