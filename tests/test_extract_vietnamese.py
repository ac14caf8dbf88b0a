"""Issue 14, pattern 4 (languages nobody tested): a Vietnamese page. Without a stopword list
for Vietnamese, the page was read as another language's, its paragraphs had almost no
stopwords, and the last paragraphs of 20 to 40 syllables scored as short lines: the article's
end went as ``extract-tail``. ``data/stopwords/vi.txt`` lists Vietnamese function words (one
syllable each). Near miss: the menu, the author's name and the related links still go.

The page is written for this test (a short health news story).
"""

from __future__ import annotations

import cleantext
from cleantext.boilerplate.stopwords import Stopwords

PARAGRAPHS = [
    "Ngày 22/10, bác sĩ của bệnh viện cho biết một người đàn ông 65 tuổi đã đến khám vì "
    "đau bụng kéo dài trong nhiều tháng, kèm theo sụt cân và mệt mỏi.",
    "Bác sĩ đã nội soi dạ dày và ruột non cho bệnh nhân, sau đó phát hiện một khối u nhỏ ở "
    "thành ruột và lấy mẫu để làm xét nghiệm.",
    "Theo bác sĩ, bệnh này thường gặp ở người trên 60 tuổi, và các triệu chứng như đau bụng "
    "hay sụt cân rất dễ bị nhầm với những bệnh khác.",
    "Người dân nên đi khám sức khỏe định kỳ để phát hiện sớm bệnh, vì khi được điều trị sớm "
    "thì kết quả sẽ tốt hơn nhiều.",
]
PAGE = (
    "Báo Sức khỏe\nTrang chủ\nThời sự\nSức khỏe\nThể thao\n\n"
    "Phát hiện khối u ở ruột non sau nhiều tháng đau bụng\n\n"
    + "\n\n".join(PARAGRAPHS)
    + "\n\nLê Phương\n\nTin liên quan\nCách phòng bệnh tiểu đường\nNgủ đủ giấc giúp tim khỏe\n"
    "Uống nước ấm mỗi sáng\n\nChia sẻ\nFacebook\nBản quyền thuộc về Báo Sức khỏe\n"
)


def test_the_page_is_read_as_vietnamese() -> None:
    assert Stopwords.load().detect(PAGE) == "vi"


def test_the_article_s_last_paragraphs_stay_and_the_page_furniture_goes() -> None:
    out = cleantext.clean(PAGE, preset="extract")
    assert all(p in out for p in PARAGRAPHS)
    for gone in ("Trang chủ", "Tin liên quan", "Ngủ đủ giấc giúp tim khỏe", "Bản quyền"):
        assert gone not in out
