"""Session 25 (w-script25), issue 14 pattern 4: pages in scripts and languages nobody tested.

A read-also line right before the story's last paragraph (``read-also-last``,
``read_also.py``): an Indonesian, an Armenian and an Amharic page lost their last paragraph.
The Thai story's last short paragraphs, which end in no mark (``unmarked-tail``,
``unmarked.py``). And the vocabulary: the Armenian comma and the Ethiopic preface colon after
a read-also prefix, error pages in Vietnamese and Indonesian, a Chinese forum's buttons under
each post. Near misses: a teaser's excerpt under a read-also line at the article's end, three
Thai teaser headlines under the article, an article quoting the error message, a line that
says the words of the buttons. The pages are written for these tests.
"""

from __future__ import annotations

import pytest

import cleantext
from _pages import extract_with, lines_page
from cleantext import Cleaner, Config
from cleantext.boilerplate.patterns import Patterns

ID_MENU = ("Kabar Jogja", "Beranda", "Berita", "Ekonomi", "Olahraga", "Masuk")
ID_STORY = (
    "BANTUL, KABARJOGJA - Warga sebuah dusun di Bantul mengubah lahan kosong seluas setengah "
    "hektare menjadi kebun sayur yang dikelola bersama.",
    "Setiap keluarga mendapat satu petak untuk ditanami cabai, tomat, dan kangkung. Hasil panen "
    "sebagian dijual ke pasar desa dan uangnya dipakai untuk kas dusun.",
)
ID_LAST = "Warga berencana menambah kolam ikan lele di sudut kebun tahun depan."
ID_ALSO = "Baca Juga: Petani Muda Kulon Progo Kembangkan Melon Hidroponik"
ID_SHARE = ("Bagikan:", "WhatsApp", "Facebook")
ID_FOOTER = ("Tentang Kami | Redaksi | Kontak", "© 2026 Kabar Jogja. All rights reserved.")


def _id_page(*parts: tuple[str, ...]) -> str:
    return lines_page(ID_MENU, ID_STORY, *parts, ID_FOOTER)


def test_a_read_also_line_before_the_last_paragraph_keeps_it() -> None:
    text = _id_page((ID_ALSO, ID_LAST), ID_SHARE)
    out = cleantext.clean(text, preset="extract").splitlines()
    assert out == [*ID_STORY, ID_LAST]
    # the rule is what keeps it: off, the story ends before the read-also line
    assert ID_LAST not in extract_with(text, read_also_last=False)


def test_the_share_bar_may_come_after_an_agency_line_and_tags() -> None:
    text = _id_page((ID_ALSO, ID_LAST, "(rk/bs)", "Tag: Bantul kebun sayur"), ID_SHARE)
    assert ID_LAST in cleantext.clean(text, preset="extract")


def test_a_teasers_excerpt_under_a_read_also_line_still_goes() -> None:
    # near miss: the line's own excerpt, then a most-read box, no share bar
    also = "Baca Juga: Harga Beras di Yogyakarta Naik Menjelang Natal"
    excerpt = (
        "Harga beras medium di sejumlah pasar di Yogyakarta naik sekitar lima persen dalam "
        "sepekan terakhir."
    )
    box = ("Berita Terpopuler", "1. Jalan Kaliurang Macet Saat Libur Panjang")
    text = _id_page((also, excerpt), box)
    assert extract_with(text, read_also_last=True) == extract_with(text, read_also_last=False)


HY_STORY = (
    "Գյումրիի կենտրոնում գտնվող հին կինոթատրոնը երկու տարվա վերանորոգումից հետո կրկին բացեց "
    "իր դռները։ Շենքում այժմ կա երկու դահլիճ, փոքր գրադարան և սրճարան։",
    "Կինոթատրոնի տնօրեն Անի Պետրոսյանը նշեց, որ առաջին ամսում բոլոր ցուցադրությունները "
    "անվճար կլինեն քաղաքի դպրոցականների համար։",
)
AM_STORY = (
    "በባሕር ዳር ከተማ ከአሥር ሺህ በላይ መጻሕፍትን የያዘ አዲስ የሕዝብ ቤተ መጻሕፍት ትናንት ተመረቀ። "
    "ቤተ መጻሕፍቱ ለተማሪዎችና ለነዋሪዎች በየቀኑ ከጠዋት እስከ ምሽት ክፍት ይሆናል።",
    "የከተማው ባህልና ቱሪዝም ቢሮ ኃላፊ እንደገለጹት፣ ቤተ መጻሕፍቱ የኮምፒውተር ክፍልና የሕጻናት የንባብ ክፍል "
    "አለው። ነዋሪዎችም መጻሕፍትን በስጦታ እንዲያበረክቱ ጥሪ ቀርቧል።",
)


@pytest.mark.parametrize(
    ("story", "also", "last", "share"),
    [
        (
            HY_STORY,
            "Կարդացեք նաև՝ Քաղաքում կբացվի նոր երաժշտական դպրոց",
            "Վերանորոգման աշխատանքները ֆինանսավորել են քաղաքապետարանը և մի քանի տեղական "
            "ձեռնարկություններ։",
            "Կիսվել",
        ),
        (
            AM_STORY,
            "ተዛማጅ ዜና፦ በጎንደር አዲስ ትምህርት ቤት ተገነባ",
            "ግንባታው ሁለት ዓመት የፈጀ ሲሆን ወጪው በከተማው አስተዳደርና በበጎ አድራጊዎች ተሸፍኗል።",
            "አጋራ",
        ),
    ],
)
def test_armenian_and_ethiopic_read_also_lines_go_and_the_last_paragraph_stays(
    story: tuple[str, ...], also: str, last: str, share: str
) -> None:
    assert Patterns.builtin().match(also) is not None
    text = lines_page(("Գլխավոր", "Լուրեր", "Սպորտ"), story, (also, last, share, "Facebook"))
    out = cleantext.clean(text, preset="extract")
    assert also not in out and last in out and story[0] in out


def test_the_same_words_in_a_sentence_are_no_read_also_line() -> None:
    # near miss: the prefix and its mark inside a sentence that ends in its full stop
    line = "Կարդացեք նաև՝ այս գիրքը, որը պատմում է քաղաքի մասին։"
    assert Patterns.builtin().match(line) is None


TH_MENU = ("ข่าวเมืองเหนือ", "หน้าแรก", "ข่าวท้องถิ่น", "เศรษฐกิจ", "กีฬา", "เข้าสู่ระบบ")
TH_STORY = (
    "เทศบาลนครเชียงใหม่เปิดสวนสาธารณะริมคลองแม่ข่าแห่งใหม่ให้ประชาชนเข้าใช้ได้ตั้งแต่วันนี้ "
    "หลังจากใช้เวลาปรับปรุงพื้นที่ริมคลองมานานกว่าสองปี",
)
TH_LAST = (
    "สวนมีทางเดินยาวกว่าหนึ่งกิโลเมตร ลานออกกำลังกาย และเครื่องเล่นสำหรับเด็ก",
    "เปิดทุกวันตั้งแต่ห้าโมงเช้าถึงสามทุ่ม",
)
TH_SHARE = ("แชร์", "Facebook", "LINE")
TH_FOOTER = ("สงวนลิขสิทธิ์ © 2569 ข่าวเมืองเหนือ",)


def test_a_thai_storys_last_short_paragraphs_stay() -> None:
    text = lines_page(TH_MENU, TH_STORY, TH_LAST, TH_SHARE, TH_FOOTER)
    out = cleantext.clean(text, preset="extract").splitlines()
    assert out == [*TH_STORY, *TH_LAST]
    off = extract_with(text, unmarked_tail=False)
    assert TH_LAST[1] not in off


def test_three_thai_teaser_headlines_under_the_story_still_go() -> None:
    # near miss: a list of teasers with no heading (three or more in a row)
    teasers = (
        "กรุงเทพฯ เตรียมปลูกต้นไม้เพิ่มหนึ่งล้านต้นในห้าปี",
        "ตลาดนัดกลางคืนแห่งใหม่เปิดที่ริมแม่น้ำเจ้าพระยา",
        "นักเรียนมัธยมคว้ารางวัลหุ่นยนต์ระดับประเทศ",
    )
    text = lines_page(TH_MENU, TH_STORY, teasers, TH_SHARE, TH_FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert not any(t in out for t in teasers)


def test_ranked_thai_items_are_no_paragraphs() -> None:
    # near miss: a ranked list's items open with a figure
    ranked = ("1 ราคาผักในตลาดเมืองใหม่ลดลงหลังฝนหยุดตก", "2 รถไฟสายเหนือเพิ่มขบวนพิเศษช่วงปีใหม่")
    text = lines_page(TH_MENU, TH_STORY, ranked, TH_SHARE, TH_FOOTER)
    assert extract_with(text, unmarked_tail=True) == extract_with(text, unmarked_tail=False)


VI_ERROR = (
    "Báo Sông Hương",
    "Trang chủ",
    "Thời sự",
    "404",
    "Rất tiếc, trang bạn tìm không tồn tại hoặc đã bị xóa.",
    "Đường dẫn có thể đã thay đổi. Vui lòng kiểm tra lại địa chỉ hoặc quay về trang chủ.",
    "Về trang chủ",
    "© 2026 Báo Sông Hương.",
)


def test_a_vietnamese_error_page_comes_out_empty() -> None:
    assert cleantext.clean(lines_page(VI_ERROR), preset="extract").strip() == ""


def test_an_indonesian_error_line_is_an_error_message() -> None:
    line = "Maaf, halaman yang Anda cari tidak ditemukan."
    found = Patterns.builtin().match(line)
    assert found is not None and found.category == "error"


def test_a_vietnamese_story_quoting_the_message_stays() -> None:
    # near miss: the message inside a paragraph of a story
    story = (
        "Nhiều người dân phản ánh rằng khi đặt lịch khám trực tuyến, trang web của bệnh viện "
        "liên tục báo trang không tồn tại, khiến họ phải đến xếp hàng từ sáng sớm.",
        "Bệnh viện cho biết hệ thống đã được sửa và sẽ hoạt động bình thường từ tuần sau.",
    )
    text = lines_page(VI_ERROR[:3], ("Bệnh viện sửa lỗi trang đặt lịch khám",), story)
    out = cleantext.clean(text, preset="extract")
    assert story[0] in out and story[1] in out


FORUM = (
    "楼主 小鱼儿2020 发表于 2026-12-01 21:14",
    "最近一个星期，家里的路由器每天晚上九点以后就会断网几次，重启以后能好一会儿，过半小时又断。"
    "白天基本没问题。请问这是什么原因？",
    "回复 引用 举报",
    "沙发 老王修电脑 发表于 2026-12-01 21:40",
    "晚上断网多半是信道拥挤，邻居都在用无线。你进路由器后台，把无线信道从自动改成一个固定的，"
    "比如1、6或者11，试试看。",
    "回复 引用 举报",
    "板凳 星空下 发表于 2026-12-01 22:05",
    "也可能是路由器发热。用了三年的路由器散热不好，晚上一直在跑，温度上去就会掉线。可以摸一下"
    "外壳烫不烫，放在通风的地方。",
    "回复 引用 举报",
    "地板 小鱼儿2020 发表于 2026-12-02 20:31",
    "谢谢两位！我把信道改成了6，又把路由器从电视柜里拿出来放在架子上，昨天一晚上都没有断网。",
    "回复 引用 举报",
)
FORUM_HEAD = ("数码生活论坛", "首页", "版块", "搜索", "家里路由器晚上经常断网怎么办？")


def test_a_chinese_forums_buttons_under_each_post_go() -> None:
    text = lines_page(FORUM_HEAD, FORUM, ("相关帖子", "关于我们 | 联系方式"))
    out = cleantext.clean(text, preset="extract")
    assert all(FORUM[k] in out for k in (1, 4, 7, 10))
    assert "举报" not in out and "发表于" not in out


def test_a_sentence_naming_the_buttons_stays() -> None:
    # near miss: the words of the buttons inside a paragraph of an article
    story = (
        "论坛管理员表示，新版页面在每个帖子下方保留了回复 引用 举报三个按钮，用户反映的问题"
        "已经在本周修复。",
        "管理员还提醒用户，发帖时请遵守社区规则，不要发布广告和重复内容。",
    )
    out = cleantext.clean(lines_page(FORUM_HEAD[:4], story), preset="extract")
    assert story[0] in out and story[1] in out


def test_both_rules_are_switched_off_by_extract_off() -> None:
    text = lines_page(TH_MENU, TH_STORY, TH_LAST, TH_SHARE, TH_FOOTER)
    config = {"preset": "extract", "boilerplate": {"extract_off": ["unmarked-tail"]}}
    assert TH_LAST[1] not in Cleaner(Config.from_dict(config)).clean(text)
    text = _id_page((ID_ALSO, ID_LAST), ID_SHARE)
    config = {"preset": "extract", "boilerplate": {"extract_off": ["read-also-last"]}}
    assert ID_LAST not in Cleaner(Config.from_dict(config)).clean(text)
