"""The story's last paragraph after its list, right above a box heading ("Related stories")
instead of a UI line (``announced.last_after_list``, switch ``list-box-end``): it is kept
when it shares 3 content words with the article, and the box under it goes with its
teasers. Near misses: another story's excerpt over the box (few shared words); the rule
switched off (the paragraph went as ``extract-tail``)."""

from __future__ import annotations

import cleantext
from _pages import tail_edit
from cleantext.config import Config
from test_extract_list_last import EXCERPT, FOOTER, HEAD, LAST, MENU, POINTS, STORY, TEASERS

BOX = ["Related stories", *TEASERS]


def _page(*parts: list[str]) -> str:
    return "\n".join([*MENU, *HEAD, *(x for p in parts for x in p), *FOOTER]) + "\n"


def _off(text: str) -> str:
    config = {"preset": "extract", "boilerplate": {"extract_off": ["list-box-end"]}}
    return cleantext.Cleaner(Config.from_dict(config)).clean(text)


def test_the_last_paragraph_over_a_related_box_stays() -> None:
    out = cleantext.clean(_page(STORY, POINTS, [LAST], BOX), preset="extract")
    assert POINTS[-1] in out and LAST in out
    assert "Related stories" not in out and TEASERS[0] not in out


def test_after_an_announced_list_too() -> None:
    said = [STORY[0], STORY[1] + " The changes are:"]
    out = cleantext.clean(_page(said, POINTS, [LAST], BOX), preset="extract")
    assert POINTS[-1] in out and LAST in out and TEASERS[0] not in out


def test_the_explanation_names_the_rule() -> None:
    assert "(list-box-end)" in tail_edit(_page(STORY, POINTS, [LAST], BOX)).note


def test_another_storys_excerpt_over_a_related_box_goes() -> None:
    out = cleantext.clean(_page(STORY, POINTS, [EXCERPT], BOX), preset="extract")
    assert STORY[1] in out and EXCERPT not in out and "Related stories" not in out


def test_the_rule_can_be_switched_off() -> None:
    text = _page(STORY, POINTS, [LAST], BOX)
    assert LAST not in _off(text)
    assert _off(_page(STORY, POINTS, [LAST])) == cleantext.clean(
        _page(STORY, POINTS, [LAST]), preset="extract"
    )
