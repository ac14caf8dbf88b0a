"""Issue 14 pattern 4, pages in Vietnamese, Indonesian, Greek, Bengali, Tamil, Swahili,
Hungarian and Romanian (and Persian, Turkish, Portuguese gaps; the news pages of
``benchmarks/written_pages``): their "read also" lines, share bars, comment headings, comment
forms, reply buttons and cookie notices are in the data file. Near misses: sentences with the
same words, and the bare words that also name a site's opinion section. The lines are written
for these tests."""

from __future__ import annotations

import pytest

from cleantext import Cleaner, Config
from cleantext.boilerplate import Patterns
from cleantext.boilerplate.patterns import normalize_line

RELATED = (
    "Xem thêm: Lễ hội đờn ca tài tử thu hút hàng nghìn du khách",
    "Baca juga: Festival Layang-Layang Pangandaran Dibanjiri Wisatawan",
    "Διαβάστε επίσης: Το φεστιβάλ μουσικής επιστρέφει στη Σύρο",
    "আরও পড়ুন: হাওরে বোরো ধান কাটা শুরু",
    "இதையும் படிக்க: ஊட்டி மலர்க் கண்காட்சிக்கு ஏற்பாடுகள் தீவிரம்",
    "Soma pia: Tamasha la utamaduni lavutia wageni Bagamoyo",
    "Kapcsolódó: Idén is megrendezik a borfesztivált Sopronban",
    "Citește și: Festivalul de muzică populară revine în iulie",
)

NOT_RELATED = (
    # a sentence: the prefix line ends with a full stop
    "Xem thêm: thư viện mở cửa đến tám giờ tối thứ bảy.",
    "Baca juga: jadwal kereta berubah mulai Senin depan.",
    # the words inside a sentence, not at its start
    "Profesoara spune: citește și tu o carte pe săptămână, nu doar manualele",
    "Mwalimu alisema: soma pia vitabu vya hadithi, si vya shule peke yake",
)


@pytest.mark.parametrize("line", RELATED)
def test_read_also_lines_are_related_links(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == "related"


@pytest.mark.parametrize("line", NOT_RELATED)
def test_sentences_with_the_prefix_are_kept(line: str) -> None:
    assert Patterns.builtin().match(line) is None


UI = {
    "Chia sẻ": "share",
    "Bagikan:": "share",
    "Κοινοποίηση": "share",
    "শেয়ার করুন": "share",
    "Megosztás": "share",
    "Distribuie": "share",
    "Gửi ý kiến của bạn": "comments",
    "Tulis komentar Anda": "comments",
    "Andika maoni yako": "comments",
    "Lasă un comentariu": "comments",
}


@pytest.mark.parametrize("line", sorted(UI))
def test_ui_lines_in_eight_languages(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == UI[line]


@pytest.mark.parametrize(
    "line",
    [
        "Ý kiến (2)",
        "Komentar (2)",
        "Σχόλια (2)",
        "মন্তব্য (২)",
        "கருத்துகள் (2)",
        "Maoni (2)",
        "Hozzászólások",
        "Comentarii (12)",
        "Yorumlar (2)",
    ],
)
def test_comment_headings_in_eight_languages(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == "comments" and hit.strength == "section"


@pytest.mark.parametrize(
    "line",
    [
        # a menu's opinion section, without a count
        "Maoni",
        "Ý kiến",
        # sentences with the words
        "Bình luận của bộ trưởng được nhiều người chia sẻ trên mạng.",
        "Komentar warga di balai desa cukup beragam soal turbin itu.",
        "Mulți cititori au lăsat un comentariu despre bibliotecă.",
    ],
)
def test_sentences_and_sections_are_no_comment_heading(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is None or hit.category != "comments"


CONSENT = (
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
    "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Setuju",
    "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Αποδοχή",
    "আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি। সম্মত",
    "Tovuti hii inatumia vidakuzi ili kuboresha matumizi yako. Kubali",
    "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. Elfogadom",
    "Acest site folosește cookie-uri pentru a vă îmbunătăți experiența. Accept",
    "این وب‌سایت از کوکی‌ها برای بهبود تجربه کاربری استفاده می‌کند. پذیرفتن",
)

NOT_CONSENT = (
    # an article about cookies: another site uses them
    "Magazinul online a folosit cookie-uri fără acordul clienților, a decis instanța.",
    "Nhiều trang bán hàng sử dụng cookie để theo dõi người mua, theo báo cáo mới.",
    "Sok webáruház sütiket használ a vásárlók követésére, derül ki a jelentésből.",
)


def test_cookie_notices_in_eight_languages_are_consent() -> None:
    keys = [normalize_line(line) for line in CONSENT]
    assert Patterns.builtin().consent_lines(keys) == set(range(len(CONSENT)))


def test_articles_about_cookies_are_no_consent() -> None:
    keys = [normalize_line(line) for line in NOT_CONSENT]
    assert not Patterns.builtin().consent_lines(keys)


def test_reply_buttons_in_eight_languages_are_replies() -> None:
    from cleantext.boilerplate.extract import _shapes

    replies = _shapes().replies
    for button in ("Trả lời", "Balas", "Απάντηση", "উত্তর দিন", "பதில்", "Jibu", "Válasz"):
        assert normalize_line(button) in replies
    # near miss: a comment's text is no button
    assert normalize_line("Răspunde la telefon doar dimineața.") not in replies


def test_a_read_also_line_goes_and_the_story_around_it_stays() -> None:
    story = [
        "Un microbuz vechi transformat în bibliotecă ajunge în fiecare săptămână în nouă sate "
        "izolate din munți, unde copiii nu au o bibliotecă aproape de casă.",
        "Voluntarii schimbă cărțile în fiecare lună, după cererile cititorilor, iar la fiecare "
        "oprire are loc o oră de lectură cu voce tare pentru cei mici.",
        "Cei care vor să doneze cărți le pot lăsa la biblioteca orașului, de luni până vineri, "
        "iar voluntarii le vor sorta înainte de a le urca în microbuz.",
    ]
    related = "Citește și: Festivalul de muzică populară revine în iulie"
    text = "\n".join(["Acasă", "Actualitate", "Cultură", *story[:2], related, story[2], "Contact"])
    out = Cleaner(Config.from_dict({"preset": "extract"})).clean(text)
    assert all(line in out for line in story) and related not in out
