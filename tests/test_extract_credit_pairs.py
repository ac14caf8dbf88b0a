"""``credit-pairs`` (``wires.joined_agencies``): a paragraph that ends in its sentence, then the
credit of several news agencies joined by '/' or ',' ("… sagte. (dpa/AFP)"), ends in its
sentence, as one agency's credit does (``credit-ends``), and is no picture's caption ending in
its credit; "(Video/AFP)" names no two agencies and keeps the old cut. Pages written for
these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import extract_with
from cleantext.boilerplate.wires import ends_in_credit, joined_agencies
from cleantext.config import Config

LEAD = (
    "Die Stadtwerke von Kirchberg haben am Donnerstag eine neue Fähre über den Inn in "
    "Betrieb genommen, die bis zu vierzig Fahrräder mitnehmen kann."
)
LAST = (
    "Die alte Fähre soll im kommenden Jahr in einem Museum am Ufer ausgestellt werden, "
    "wie ein Sprecher sagte. (dpa/AFP)"
)


def _page(last: str = LAST) -> str:
    lines = [
        "Startseite", "Politik", "Anmelden", "Neue Fähre über den Inn in Betrieb",
        "3. Dezember 2026, 14:05", LEAD, last, "Teilen", "Meistgelesen",
        "Stadtrat beschließt neue Parkgebühren für die Innenstadt",
        "Wetterdienst warnt vor Glätte am Wochenende", "© 2026 Inn-Kurier",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"


def test_a_last_paragraph_ending_in_joined_agencies_stays() -> None:
    out = cleantext.clean(_page(), preset="extract")
    assert LEAD in out and LAST in out and "Meistgelesen" not in out


def test_the_credit_pairs_rule_can_be_switched_off() -> None:
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["credit-pairs"]}})
    assert LAST not in cleantext.Cleaner(off).clean(_page())
    assert LAST not in extract_with(_page(), credit_pairs=False)


def test_a_media_label_and_an_agency_keep_the_old_cut() -> None:
    last = LAST.replace("(dpa/AFP)", "(Video/AFP)")
    assert last not in cleantext.clean(_page(last), preset="extract")


@pytest.mark.parametrize(
    "line",
    ["Die Polizei ermittelt. (dpa/AFP)", "He said. (AP/Reuters)", "Es wird kalt. (rtr/dpa)"],
)
def test_a_sentence_then_joined_agencies(line: str) -> None:
    assert ends_in_credit(line) and not ends_in_credit(line, pairs=False)


@pytest.mark.parametrize("name", ["video/afp", "foto/dpa", "dpa/", "ap", "jane doe/ap"])
def test_no_pair_of_agencies(name: str) -> None:
    assert not joined_agencies(name)
