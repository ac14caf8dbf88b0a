"""Issues 13/14: the word lists the extract preset's rules read are in the data file, not in
code: each rule here uses its ``boilerplate.toml`` entry (a word added to the entry changes
what the rule matches), with a positive case and a near miss of the built-in list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cleantext.boilerplate import bios, credits
from cleantext.data import boilerplate_table

_CREDIT_CACHES = (credits._label, credits._label_joins, credits._agency, credits._agency_joins)


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The data file's table, changed by a test before a rule builds its pattern from it."""
    data = boilerplate_table()
    caches = (credits.caption_pattern, bios._bio, bios._verbs, *_CREDIT_CACHES)
    for module in (credits, bios):
        monkeypatch.setattr(module, "boilerplate_table", lambda: data)
    for built in caches:
        built.cache_clear()
    yield data
    for built in caches:
        built.cache_clear()


def test_caption_words_match_whole_words_in_any_case() -> None:
    rx = credits.caption_pattern()
    assert rx.search("The mayor (pictured) opened the bridge")
    assert rx.search("ILLUSTRATION: Jane Doe")
    assert rx.search("SpaceX via NASA")
    # near miss: a longer word that starts with a caption word
    assert not rx.search("Photographers crowded the new bridge on Monday")


def test_caption_words_come_from_the_data_file(table: dict[str, Any]) -> None:
    line = "Zeichnung Jane Doe, Archiv der Stadt"
    assert not credits.caption_pattern().search(line)
    table["credit"]["caption_words"].append("zeichnung")
    credits.caption_pattern.cache_clear()
    assert credits.caption_pattern().search(line)


def test_bio_verbs_join_a_name_and_a_role() -> None:
    assert bios.is_bio("Jean Dupont est journaliste au service politique.")
    assert bios.is_bio("Max Muster war Redakteur im Team Wirtschaft.")
    # near miss: another verb between the name and the role
    assert not bios.is_bio("Jan Jansen werkt als journalist bij de krant.")


def test_bio_verbs_come_from_the_data_file(table: dict[str, Any]) -> None:
    line = "Jan Jansen blijft journalist bij de krant."
    assert not bios.is_bio(line)
    table["credit"]["bio_verbs"].append("blijft")
    bios._bio.cache_clear()
    bios._verbs.cache_clear()
    assert bios.is_bio(line)


def _rebuild() -> None:
    for built in _CREDIT_CACHES:
        built.cache_clear()


def test_a_label_join_opens_a_credit() -> None:
    assert credits.is_credit("Photo by Jane Doe")
    # near miss: a label and another word is a sentence's start
    assert not credits.is_credit("Photos from the flood")


def test_label_joins_come_from_the_data_file(table: dict[str, Any]) -> None:
    line = "Foto von Jane Doe"
    assert not credits.is_credit(line)
    table["credit"]["label_joins"].append("von")
    _rebuild()
    assert credits.is_credit(line)
    # the sentence test after the join reads the same list
    assert credits.is_credit("Foto von Jane Doe.")
    assert not credits.is_credit("Fotos von Amateuren füllten die Titelseiten.")


def test_an_agency_join_ends_a_credit() -> None:
    assert credits.is_credit("AFP via Getty Images")
    # near miss: the agency after another word
    assert not credits.is_credit("AFP and Getty Images")


def test_agency_joins_come_from_the_data_file(table: dict[str, Any]) -> None:
    line = "Staatsarchiv über AP"
    assert not credits.is_credit(line)
    table["credit"]["agency_joins"].append("über")
    _rebuild()
    assert credits.is_credit(line)
