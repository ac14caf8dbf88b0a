"""The lead further under the headline, past a toolbar (``lead.py``, ``extract_off =
["lead-toolbar"]``): a news page puts "Listen" / "Print" / "Save" buttons between the byline
and the lead, then a share bar between the lead and the article's rest, which goes on with
other words; the lead restates the headline and is kept. Near miss: an author's bio under the
same toolbar restates no headline and still goes. The pages are written for these tests."""

from __future__ import annotations

import cleantext
from cleantext import Cleaner, Config

TOP = ("Ferry fares to rise by a fifth in May | Harbour Herald", "Harbour Herald", "News",
       "Business", "Ferry fares to rise by a fifth in May", "By Laura Mendes",
       "Transport reporter", "Updated 10:12", "3 min read", "Listen", "Print", "Save")  # fmt: skip
LEAD = (
    "Ferry fares across the harbour will rise by a fifth in May, the harbour board said on "
    "Monday, the first rise for the boats in six years."
)
BIO = (
    "Laura Mendes has covered transport for the Herald since 2015. Before that she worked for "
    "a shipping newspaper in Lisbon and reported on the ferry industry there."
)
SHARE = ("Share", "Facebook", "Twitter", "WhatsApp")
REST = (
    "The operator said the cost of its fuel had doubled in two years and that the charge it "
    "pays for each crossing went up again in January.",
    "A single ticket will cost three pounds instead of two fifty, while children and "
    "pensioners will still travel at half price.",
)
FOOT = ("Most read", "1. Covered market closes for repairs", "2. Book fair returns",
        "3. Storm leaves districts without power", "Terms | Privacy",
        "© 2026 Harbour Herald")  # fmt: skip


def _page(first: str) -> str:
    return "\n".join([*TOP, first, *SHARE, *REST, *FOOT]) + "\n"


def test_a_lead_under_a_toolbar_stays() -> None:
    doc = Cleaner(preset="extract").clean_document(_page(LEAD))
    assert LEAD in doc.text and REST[1] in doc.text
    assert "Print" not in doc.text and "Facebook" not in doc.text
    heads = [e for e in doc.edits if e.rule == "extract-head"]
    assert any("lead-toolbar" in e.note for e in heads)


def test_a_bio_under_a_toolbar_goes() -> None:
    out = cleantext.clean(_page(BIO), preset="extract")
    assert REST[0] in out
    assert BIO not in out


def test_the_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["lead-toolbar"]}}
    assert LEAD not in Cleaner(Config.from_dict(off)).clean(_page(LEAD))
    assert LEAD in Cleaner(preset="extract").clean(_page(LEAD))
