"""``lower-median`` (``extract._density_threshold``): of an even number of long lines, the lower
middle one's stopword density is the typical one, so that ``extract``'s own output of two
paragraphs keeps the threshold that kept them; with an odd number, the middle one's as before.
The densities are written for these tests (an Arabic lead of 1 listed word in 17 beside a
paragraph of 3 in 12: ``benchmarks/written_pages/brief_popular_ar.txt``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import cleantext
from cleantext.boilerplate.extract import WEIGHTS, _density_threshold
from cleantext.config import Config

PAGES = Path(__file__).resolve().parent.parent / "benchmarks" / "written_pages"
PAGE = PAGES / "brief_popular_ar.txt"


def test_two_long_lines_take_the_lower_density() -> None:
    assert _density_threshold([0.25, 0.059], WEIGHTS) == 0.059 / 2


def test_near_miss_an_odd_count_keeps_its_middle_line() -> None:
    assert _density_threshold([0.25, 0.059, 0.2], WEIGHTS) == 0.2 / 2
    off = dataclasses.replace(WEIGHTS, lower_median=False)
    assert _density_threshold([0.25, 0.059], off) == min(WEIGHTS.good_density, 0.25 / 2)


def test_extract_on_its_own_two_paragraphs_changes_nothing() -> None:
    text = "".join(row[2:] + "\n" for row in PAGE.read_text(encoding="utf-8").splitlines())
    once = cleantext.clean(text, preset="extract")
    assert once.count("\n") == 2 and cleantext.clean(once, preset="extract") == once
    off = {"preset": "extract", "boilerplate": {"extract_off": ["lower-median"]}}
    cleaner = cleantext.Cleaner(Config.from_dict(off))
    assert cleaner.clean(cleaner.clean(text)) != cleaner.clean(text)
