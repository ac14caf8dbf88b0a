"""``credit-lead`` (``lead.lead_below``): past a toolbar ("Listen" / "Print" / "Save"), a
paragraph right under a photo credit alone ("Photo: Carl Roberts/Harbour Herald") that
restates the headline is the lead, not the picture's caption. Near miss: a caption that says
what the picture shows, under the same credit, still goes. The page is written for these tests
(names invented)."""

from __future__ import annotations

import cleantext
from cleantext import Cleaner, Config
from test_extract_lead_toolbar import FOOT, REST, SHARE, TOP

CREDIT = "Photo: Carl Roberts/Harbour Herald"
LEAD = (
    "Ferry fares across the harbour will rise by a fifth in May. The operator blames the price "
    "of fuel and new port charges, and season ticket holders keep the old price until summer."
)
CAPTION = (
    "Passengers board the morning boat at the quay beside the old customs house, where the "
    "queue reaches the market on busy days."
)


def _page(first: str) -> str:
    return "\n".join([*TOP, CREDIT, first, *SHARE, *REST, *FOOT]) + "\n"


def test_a_lead_under_a_credit_alone_that_restates_the_headline_stays() -> None:
    doc = Cleaner(preset="extract").clean_document(_page(LEAD))
    assert LEAD in doc.text and REST[1] in doc.text
    assert CREDIT not in doc.text and "Facebook" not in doc.text
    assert cleantext.clean(doc.text, preset="extract") == doc.text


def test_near_miss_a_caption_under_the_credit_goes() -> None:
    out = cleantext.clean(_page(CAPTION), preset="extract")
    assert REST[0] in out
    assert CAPTION not in out


def test_the_rule_can_be_switched_off() -> None:
    off = {"preset": "extract", "boilerplate": {"extract_off": ["credit-lead"]}}
    assert LEAD not in Cleaner(Config.from_dict(off)).clean(_page(LEAD))
