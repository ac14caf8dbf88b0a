"""Issue 14, pattern 1, on whole pages written for it (``tests/data/short_articles``): a short
article (30-70 words) next to a bigger block (a most-read list, a site description, a menu
of whole sentences, a consent banner, a newsletter pitch, an author's bio, comments, related
stories with teasers), in English, German, French, Spanish and Portuguese. Each page names a
phrase of its article that ``extract`` keeps and one of the block that it drops; the pages
left as they are say why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleantext

PAGES = Path(__file__).parent / "data" / "short_articles"
SPEC = json.loads((PAGES / "pages.json").read_text(encoding="utf-8"))["pages"]


@pytest.mark.parametrize("name", sorted(SPEC))
def test_the_short_article_wins_over_the_bigger_block(name: str) -> None:
    page = SPEC[name]
    out = cleantext.clean((PAGES / name).read_text(encoding="utf-8"), preset="extract")
    assert page["article"] in out
    if "left" in page:
        pytest.xfail(page["left"])
    assert page["block"] not in out
