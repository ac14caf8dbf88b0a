"""Issue 14 pattern 4, pages in Ukrainian, Hebrew, Thai, Persian and Korean (the news pages
of ``benchmarks/written_pages``): their "read also" lines, comment headings and cookie
notices are in the data file, a right-to-left line's direction marks do not hide its
prefix, and Korean prose has its function words. Near misses: sentences with the same
words. The lines are written for these tests."""

from __future__ import annotations

import pytest

from cleantext.boilerplate import Patterns

RLM = "\u200f"

RELATED = (
    "Читайте також: Львівський театр покаже прем'єру під відкритим небом",
    "עוד באתר: פסטיבל המוזיקה בכנרת יחזור בקיץ",
    f"{RLM}עוד באתר: פסטיבל המוזיקה בכנרת יחזור בקיץ",
    f"{RLM}קראו גם: הרכבת לעמק תחזור לפעול בחודש הבא{RLM}",
    "อ่านเพิ่มเติม: เชียงใหม่เตรียมจัดเทศกาลดอกไม้ประจำปี",
    "بیشتر بخوانید: قیمت نان در تهران افزایش یافت",
)

NOT_RELATED = (
    # a sentence: the prefix line ends with a full stop
    "Читайте також: у неділю музей працюватиме до восьмої вечора.",
    f"{RLM}קראו גם: הספרייה תהיה סגורה ביום שישי.",
    # the words inside a sentence, not at its start
    "Мешканці кажуть: читайте також старі газети, там багато цікавого",
    f"{RLM}הילדים אמרו: עוד באתר הזה יש משחקים",
)


@pytest.mark.parametrize("line", RELATED)
def test_read_also_lines_are_related_links(line: str) -> None:
    hit = Patterns.builtin().match(line)
    assert hit is not None and hit.category == "related"


@pytest.mark.parametrize("line", NOT_RELATED)
def test_sentences_with_the_prefix_are_kept(line: str) -> None:
    assert Patterns.builtin().match(line) is None


def test_the_prefix_scan_sees_through_direction_marks() -> None:
    lines = [f"{RLM}עוד באתר: פסטיבל המוזיקה בכנרת יחזור בקיץ", f"{RLM}עוד באתר: הספרייה סגורה."]
    hits = Patterns.builtin().match_lines("\n".join(lines))
    assert hits[0] is not None and hits[0].category == "related"
    assert hits[1] is None
