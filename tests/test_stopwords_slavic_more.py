"""Issue 14 pattern 4: stopword lists for Czech, Slovak, Croatian/Bosnian/Serbian (Latin),
Serbian (Cyrillic), Bulgarian, Finnish, Urdu, Tagalog and Georgian; more than 32 word lists
(the C kernel's word masks are 64 bits wide); Georgian, whose Mkhedruli letters have
capitals no sentence starts with; and Lithuanian (with the Croatian list a Lithuanian page
was read as Croatian and lost its tail). Before the lists a Finnish page kept 29 of its 132 content
words and an Urdu page lost its deck. Near misses: pages of the languages that share words
with the new lists (Polish, Russian, Ukrainian, Indonesian, English) keep their language,
menus have no stopwords, Latin sentences are still capitalised. The sentences are written for
these tests."""

from __future__ import annotations

import numpy as np
import pytest

from cleantext.boilerplate import Stopwords
from cleantext.boilerplate.bylines import is_byline
from cleantext.boilerplate.light import find_ui_lines
from cleantext.boilerplate.patterns import Patterns
from cleantext.boilerplate.stopwords import _word_table
from cleantext.normalizers.capitalize import capitalize_sentences
from cleantext.tokens import lower_start

PROSE = {
    "cs": "Knihovna se otevřela v úterý a děti na ni čekaly už od rána před školou.",
    "sk": "Knižnica sa otvorila v utorok a deti na ňu čakali už od rána pred školou.",
    "hr": "Knjižnica je otvorena u utorak, a djeca su je čekala još od jutra ispred škole.",
    "sr": "Библиотека је отворена у уторак, а деца су је чекала још од јутра испред школе.",
    "bg": "Библиотеката беше открита във вторник и децата я чакаха още от сутринта пред училището.",
    "fi": "Kirjasto avattiin tiistaina, ja lapset odottivat sitä jo aamulla koulun edessä.",
    "ur": "لائبریری منگل کو کھولی گئی اور بچے صبح سے ہی اسکول کے باہر اس کا انتظار کر رہے تھے۔",
    "tl": "Binuksan ang aklatan noong Martes at hinintay na ito ng mga bata mula pa kanina.",
    "lt": "Biblioteka buvo atidaryta antradienį, ir vaikai jos laukė jau nuo ryto prie mokyklos.",
    "ka": "ბიბლიოთეკა სამშაბათს გაიხსნა და ბავშვები მას დილიდან ელოდნენ, რადგან ეს მათი "
    "პირველი ბიბლიოთეკა არის.",
}

OTHERS = {
    "pl": "Biblioteka została otwarta we wtorek, a dzieci czekały na nią od rana przed szkołą.",
    "ru": "Библиотеку открыли во вторник, и дети уже с утра ждали её у школы.",
    "uk": "Бібліотеку відкрили у вівторок, і діти вже зранку чекали на неї біля школи.",
    "id": "Perpustakaan itu dibuka pada hari Selasa dan anak-anak sudah menunggu sejak pagi.",
    "en": "The library opened on Tuesday in the village, and the children were there early.",
    "fa": "کتابخانه روز سه‌شنبه باز شد و بچه‌ها از صبح جلوی مدرسه منتظر آن بودند.",
}


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_prose_of_the_new_languages_is_recognised(lang: str) -> None:
    sw = Stopwords.load()
    assert sw.detect(PROSE[lang]) == lang
    assert sw.density(PROSE[lang], lang) >= 0.1


@pytest.mark.parametrize("lang", sorted(OTHERS))
def test_languages_that_share_words_keep_theirs(lang: str) -> None:
    assert Stopwords.load().detect(OTHERS[lang]) == lang


@pytest.mark.parametrize(
    ("menu", "lang"),
    [
        ("Zprávy Region Sport Kultura Názory", "cs"),
        ("Etusivu Uutiset Kotimaa Talous", "fi"),
        ("Почетна Вести Друштво Култура", "sr"),
    ],
)
def test_menus_have_no_stopwords(menu: str, lang: str) -> None:
    assert Stopwords.load().density(menu, lang) == 0.0


def test_the_word_table_takes_up_to_64_lists() -> None:
    sw = Stopwords.load()
    assert len(sw._word_lists) > 32  # more lists than a 32-bit mask holds
    masks = sw._tables[3]
    assert masks.dtype == np.int64
    assert sw.analyse("knihovna se otevřela v úterý a děti čekaly.").lang == "cs"
    # near miss: 65 lists are refused, not counted wrong
    order = tuple(f"l{k}" for k in range(65))
    with pytest.raises(ValueError, match="64 at most"):
        _word_table({"a": ("l0",)}, order)


def test_georgian_sentences_are_not_capitalised() -> None:
    text = "ის სახლში წავიდა. შემდეგ ის ქალაქში ძალიან გვიან დაბრუნდა."
    assert capitalize_sentences(text) == []
    # near miss: a Latin lowercase sentence start still is
    assert capitalize_sentences("he went home in the rain. then he came back late.")


def test_a_georgian_line_does_not_continue_a_read_also_line() -> None:
    assert not lower_start("ქ") and lower_start("t") and not lower_start("T")
    related = "ასევე წაიკითხეთ: ქალაქში ახალი ავტობუსები გამოჩნდება\n"
    edits = find_ui_lines(related + "ადგილობრივი სტუდენტები იდეას შეხვდნენ.", Patterns.builtin())
    assert [e.before for e in edits] == [related]
    # near miss: a Latin line in lower case after a share button still continues it
    assert find_ui_lines("Share\nthe cake with friends, it is good.", Patterns.builtin()) == []


@pytest.mark.parametrize(
    "line",
    [
        "Přečtěte si také: Kraj opraví most přes Sázavu",
        "Pročitajte i: Trajekt za Split",
        "Прочитајте још: Почиње обнова парка",
        "Прочетете още: Нов автобусен маршрут",
        "Basahin din: Presyo ng bigas",
        "یہ بھی پڑھیں: کپاس کی قیمتوں میں اضافہ",
    ],
)
def test_read_also_lines_of_the_new_languages(line: str) -> None:
    hit = Patterns.builtin().match_lines(line)[0]
    assert hit is not None and hit.category == "related"
    # near miss: the same words in a sentence that ends with a full stop
    assert Patterns.builtin().match_lines(line + " a dále.")[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
        "© 2026 Jadranski list d.o.o. Sva prava pridržana.",
        "Всички права запазени.",
        "Hak cipta terpelihara.",
    ],
)
def test_rights_lines_of_more_languages(line: str) -> None:
    # (the Polish one after an article was kept by unlisted-tail: a short sentence, no
    # listed word)
    hit = Patterns.builtin().match_lines(line)[0]
    assert hit is not None and hit.category == "copyright"


def test_a_sentence_about_copyright_is_no_rights_line() -> None:
    line = "Sąd uznał, że materiał chroniony prawem autorskim został skopiowany bez zgody."
    assert Patterns.builtin().match_lines(line)[0] is None


@pytest.mark.parametrize(
    "line",
    ["Autor: Petra Nováková", "Piše: Marko Horvat", "Аутор: Јелена Петровић", "Oleh Siti Aminah"],
)
def test_labelled_bylines(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    ["Autor textu uvedl, že to nevěděl", "Oleh karena itu, Pemerintah Daerah", "Автор: редакция"],
)
def test_labelled_byline_near_misses(line: str) -> None:
    # a sentence, a lower-case clause, a label over no name
    assert not is_byline(line)
