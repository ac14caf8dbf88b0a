"""Session 17's data-file trap: ``Patterns`` reads only the UI sections that
``[patterns] categories`` lists. A key named ``headings``, ``lines``, ``words`` or ``hints`` in
any other section of ``boilerplate.toml`` belongs to that section's own reader alone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cleantext.boilerplate import patterns
from cleantext.data import boilerplate_table


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The data file's table, changed by a test before the built-in patterns are built."""
    data = boilerplate_table()
    monkeypatch.setattr(patterns, "boilerplate_table", lambda: data)
    patterns._builtin.cache_clear()
    yield data
    patterns._builtin.cache_clear()


@pytest.mark.parametrize("key", ["headings", "lines", "words", "hints", "regex", "sections"])
def test_a_ui_key_in_another_section_is_not_read(table: dict[str, Any], key: str) -> None:
    table["polls"][key] = ["quarterly figures"]
    table["extra_reader"] = {key: ["quarterly figures"]}
    found = patterns.Patterns.builtin().match_lines("Quarterly figures\nRead more")
    assert found[0] is None
    assert found[1] is not None  # (the UI sections are read as before)


def test_a_listed_section_is_read(table: dict[str, Any]) -> None:
    # near miss: the same key in a section the list names is a UI string
    table["share"]["lines"].append("quarterly figures")
    assert patterns.Patterns.builtin().match_lines("Quarterly figures")[0] is not None


def test_every_listed_category_is_a_section() -> None:
    table = boilerplate_table()
    assert all(isinstance(table[name], dict) for name in table["patterns"]["categories"])
