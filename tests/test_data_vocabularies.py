"""Issues 13/14: the word lists the extract preset's rules read are in the data file, not in
code: each rule here uses its ``boilerplate.toml`` entry (a word added to the entry changes
what the rule matches), with a positive case and a near miss of the built-in list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cleantext.boilerplate import credits
from cleantext.data import boilerplate_table


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The data file's table, changed by a test before a rule builds its pattern from it."""
    data = boilerplate_table()
    monkeypatch.setattr(credits, "boilerplate_table", lambda: data)
    credits.caption_pattern.cache_clear()
    yield data
    credits.caption_pattern.cache_clear()


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
