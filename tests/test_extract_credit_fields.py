"""Session 24 (w-wild24), a credit's shape among an infobox's rows (``credit-fields``,
``extract._between_fields``).

A river's infobox has a "Quelle: Hoher Kopf, 612 m ü. NHN" row (German "Quelle": the river's
source, and a photo credit's label), so ``extract-credit`` removed it from between the other
rows. A line of a credit's shape with a field ("Label: value") right above and right under it
is a row of the table and stays. Near misses: a credit between two paragraphs, a credit after
the table's last row, and the rule off. The pages are written for these tests (the page of
``test_extract_toc_infobox.py``).
"""

from __future__ import annotations

import cleantext
from _pages import lines_page as _page
from cleantext import Cleaner, Config
from test_extract_toc_infobox import BODY, FOOTER, HEAD, INFOBOX, INTRO, TOC

SOURCE = "Quelle: Hoher Kopf, 612 m ü. NHN"
ROWS = (*INFOBOX[:2], SOURCE, *INFOBOX[2:])


def test_a_source_row_of_an_infobox_stays() -> None:
    text = _page(HEAD, INTRO, ROWS, TOC, BODY, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(row in out for row in ROWS) and INTRO[0] in out
    # off, it goes as a photo credit (in the later pass, which reads the infobox inside the
    # content)
    config = Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["credit-fields"]}}
    )
    assert SOURCE not in Cleaner(config).clean(text)


def test_a_credit_between_paragraphs_or_after_the_rows_still_goes() -> None:
    # near misses: a photo credit between two paragraphs, and one after the table's last row
    credit = "Quelle: dpa"
    text = _page(HEAD, INTRO, INFOBOX, TOC, BODY[:2], (credit,), BODY[2:], FOOTER)
    assert credit not in cleantext.clean(text, preset="extract")
    text = _page(HEAD, INTRO, (*INFOBOX, credit), TOC, BODY, FOOTER)
    assert credit not in cleantext.clean(text, preset="extract")
