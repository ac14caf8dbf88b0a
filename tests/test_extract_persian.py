"""Issue 14, Persian pages: Persian had no stopword list, so its lines were read against the
Arabic one, which shares few words with it (Persian writes its own yeh and kaf: "یک", not
"يك"), and an article paragraph of 44 words had a stopword density of 0 and scored as a
short line; a deck under the headline had none either and was lost. ``data/stopwords/fa.txt``
lists Persian function words. Near misses: an Arabic paragraph is still Arabic, and a Persian
menu line has no stopword. The page is written for these tests."""

from __future__ import annotations

import cleantext
from cleantext.boilerplate.extract import classify_lines
from cleantext.boilerplate.stopwords import Stopwords

ZWNJ = "\u200c"
DECK = (
    f"پس از یک سال و نیم کار، مسیر پیاده{ZWNJ}روی تازه و سکوی تماشای پرندگان ساخته شد و "
    "کیفیت آب بهتر شده است"
)
BODY = [
    "سازمان پارک" + ZWNJ + "های شهر روز چهارشنبه اعلام کرد که بازسازی دریاچه پارک شهر به "
    "پایان رسیده است و دریاچه از اول ماه آینده دوباره به روی مردم باز می" + ZWNJ + "شود.",
    "یکی از مسئولان سازمان گفت که پیش از بازسازی کیفیت آب دریاچه پایین بود و در تابستان بوی "
    "بد می" + ZWNJ + "داد. در این مدت حدود سی هزار متر مکعب گل و لای از کف دریاچه برداشته شد و "
    "گیاهان آبی فراوانی در کناره" + ZWNJ + "ها کاشته شد.",
    "مسیر پیاده" + ZWNJ + "روی تازه دو و چهار دهم کیلومتر طول دارد و شش محل استراحت و دو سکوی "
    "تماشای پرندگان در آن ساخته شده است.",
]
PAGE = [
    "دریاچه پارک شهر پس از بازسازی دوباره باز می" + ZWNJ + "شود - روزنامه بندر",
    "صفحه اصلی",
    "اخبار",
    "ورزش",
    "دریاچه پارک شهر پس از بازسازی دوباره باز می" + ZWNJ + "شود",
    DECK,
    "اشتراک" + ZWNJ + "گذاری",
    "تلگرام",
    "کپی لینک",
    *BODY,
    "مطالب مرتبط",
    "سه پارک کوچک تازه در شهر ساخته شد",
    "درباره ما",
]
ARABIC = "قال المتحدث باسم البلدية إن أعمال الصيانة في الحديقة انتهت وإنها ستفتح أبوابها من جديد."


def test_a_persian_page_reads_its_own_stopwords() -> None:
    sw = Stopwords.load()
    assert sw.analyse("\n".join(PAGE).casefold()).lang == "fa"
    infos = classify_lines("\n".join(PAGE))
    assert all(infos[9 + k].kind == "good" and infos[9 + k].density > 0.2 for k in range(3))


def test_the_deck_of_a_persian_page_is_kept() -> None:
    out = cleantext.clean("\n".join(PAGE) + "\n", preset="extract")
    assert DECK in out and all(p in out for p in BODY)
    assert "تلگرام" not in out and "مطالب مرتبط" not in out


def test_near_misses_arabic_stays_arabic_and_a_menu_has_no_stopword() -> None:
    sw = Stopwords.load()
    assert sw.analyse(ARABIC.casefold()).lang == "ar"
    assert sw.density("صفحه اصلی", "fa") == 0.0
