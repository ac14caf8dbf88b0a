"""A short line that a broad credit hint matches but that is no credit ("Foto posten": it
starts with "Foto"), between two items of a list the article announces with a line ending
in ':', is one of its items (``announced._hint_item``, switch ``listed-hints``); it ended
the list, and the list went as ``extract-tail``. Near miss: a real credit line there
("Foto: Anna Berg") still ends the list."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with
from _pages import blocks_page as _page

LEAD = "So kam die Formel für meinen erfolgreichsten Beitrag des ganzen Jahres zustande:"
ITEMS = ("Ein Auge für die Umwelt", "Foto posten", "Auch mal positiv sein", "Ein Thema für alle")


def test_a_credit_hint_that_is_no_credit_is_an_item() -> None:
    out = cleantext.clean(_page(MENU, STORY, (LEAD,), ITEMS, FOOTER), preset="extract")
    for line in (LEAD, *ITEMS):
        assert line in out
    assert "Privacy Policy" not in out


def test_a_real_credit_line_still_ends_the_list() -> None:
    items = (ITEMS[0], "Foto: Anna Berg", *ITEMS[2:])
    out = cleantext.clean(_page(MENU, STORY, (LEAD,), items, FOOTER), preset="extract")
    assert "Foto: Anna Berg" not in out and ITEMS[3] not in out


def test_the_rule_can_be_switched_off() -> None:
    text = _page(MENU, STORY, (LEAD,), ITEMS, FOOTER)
    out = extract_with(text, listed_hints=False)
    assert ITEMS[0] not in out and ITEMS[3] not in out
