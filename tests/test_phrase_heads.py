"""The phrase lists of the ``extract`` features in one pass (``boilerplate/phrases.py``): the C
kernel ``phrase_heads`` finds what its Python twin finds, and the lines each caller then checks
are all the lines its own search finds (promo keywords and consent phrases, sign-up box
lines, appeals), with or without the kernel."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext._unicode import code_points
from cleantext.boilerplate import appeals, phrases, signup
from cleantext.boilerplate.features import PageFeatures, _phrase_lists
from cleantext.boilerplate.patterns import Patterns, normalize_line, normalize_lines, unspaced
from cleantext.boilerplate.phrases import PhraseLists
from cleantext.boilerplate.stopwords import Stopwords
from cleantext.boilerplate.twins import WORD_BIT, code_point_classes

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate" / "dev.jsonl"
LISTS = [["newsletter", "all rights reserved", "sign up", "+x", "a'b"], ["we use cookies", "a"]]
PIECES = ["newsletter", "newsletters", "sign", " ", "up", "all rights", " reserved", "+x", "a"]
PIECES += ["a'b", "'", "b", "é", "½", "\u0301", "_", "we use cookies", "x", "\n", "😀", "ß", "0"]
compiled_only = pytest.mark.skipif(phrases._phrase_heads is None, reason="C kernels not built")


def _keys(parts: list[list[str]]) -> list[str]:
    return ["".join(p).replace("\n", " ") for p in parts]


@compiled_only
@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=12), min_size=1, max_size=8))
def test_the_kernel_is_its_twin(parts: list[list[str]]) -> None:
    table = PhraseLists(LISTS)
    keys = _keys(parts)
    compiled = table.masks_compiled(keys)
    assert compiled is not None
    assert compiled.tolist() == table.masks_plain(keys).tolist()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=12), min_size=1, max_size=8))
def test_lines_holds_every_whole_word_phrase(parts: list[list[str]]) -> None:
    table = PhraseLists(LISTS)
    keys = _keys(parts)
    found = table.lines(keys)
    for bit, phrase_list in enumerate(LISTS):
        alts = "|".join(map(regex.escape, phrase_list))
        rx = regex.compile(rf"(?<!\w)(?:{alts})(?!\w)", regex.V1)
        assert {i for i, k in enumerate(keys) if rx.search(k)} <= set(found[bit])


def test_word_characters_are_the_same_in_both_regex_versions() -> None:
    every = code_points(0, 0x110000)
    assert regex.findall(r"\w", every) == regex.findall(r"\w", every, regex.V1)
    table = np.frombuffer(code_point_classes(0x110000), np.uint8)
    words = np.flatnonzero(table & WORD_BIT)
    assert "".join(map(chr, words)) == "".join(regex.findall(r"\w", every))


def _page_lines(limit: int = 72) -> list[list[str]]:
    pages = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    extra = ["Sign up for our newsletter\nWe use cookies.\nShare this article!\n½ newsletter"]
    return [normalize_lines(p) for p in pages[:limit] + extra]


@pytest.mark.skipif(not DEV.is_file(), reason="the shared dev pages are not there")
@pytest.mark.parametrize("kernel", [True, False])
def test_the_features_find_what_each_search_finds(
    kernel: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not kernel:
        monkeypatch.setattr(phrases, "_phrase_heads", None)
    patterns = Patterns.builtin()
    for keys in _page_lines():
        page = PageFeatures(patterns, Stopwords.load())
        found = page._phrases(keys)
        assert found == patterns.phrase_lines(keys)
        assert page.signup_keys == {keys[i] for i in signup.signup_lines(keys)}
        assert page.appeal_keys == {keys[i]: p for i, p in appeals.appeal_lines(keys).items()}


def test_the_tables_hold_every_phrase() -> None:
    table = _phrase_lists(Patterns.builtin())
    assert not any(table.odd)  # every built-in phrase starts with a word character
    keyword, consent = Patterns.builtin().phrase_lists
    for bit, listed in enumerate([keyword, consent, signup.phrase_list(), appeals.phrase_list()]):
        held = {p for heads in table.heads.values() for p, bits in heads.items() if bits >> bit & 1}
        # (the sign-up phrases in a script without spaces are looked for anywhere instead)
        assert held | set(table.unspaced[bit]) == set(listed)
        assert all(unspaced(p) for p in table.unspaced[bit])
    assert table.unspaced[2] and not any(table.unspaced[:2] + table.unspaced[3:])
    assert all(normalize_line(p) == p for p in signup.phrase_list())


def test_odd_phrases_are_looked_for_anywhere() -> None:
    table = PhraseLists([["+x", "newsletter"]])
    assert table.odd == [["+x"]]
    assert table.lines(["a+x", "newsletter", "b"]) == [[0, 1]]


@compiled_only
def test_the_kernel_refuses_tables_that_do_not_fit() -> None:
    kernel = phrases._phrase_heads
    table = PhraseLists(LISTS)
    slots, chars, bounds, heads, pchars, pbounds, pmasks = table._tables
    classes = code_point_classes()
    out = np.zeros(2, np.int32)
    assert kernel("a\nb", classes, WORD_BIT, *table._tables, out)
    with pytest.raises(ValueError, match="disagree"):
        kernel("a\nb\nc", classes, WORD_BIT, *table._tables, out)
    with pytest.raises(ValueError, match="disagree"):
        kernel("a", classes, WORD_BIT, slots[:3], chars, bounds, heads, pchars, pbounds,
               pmasks, out[:1])  # fmt: skip
    with pytest.raises(ValueError, match="no phrase table"):
        kernel("newsletter", classes, WORD_BIT, slots, chars, bounds, heads, pchars,
               pbounds + 1000, pmasks, out[:1])  # fmt: skip
    with pytest.raises(TypeError, match="items of 4 bytes"):
        kernel("a", classes, WORD_BIT, slots.astype(np.int64), chars, bounds, heads, pchars,
               pbounds, pmasks, out[:1])  # fmt: skip
    assert not kernel("newsletter 😀", classes, WORD_BIT, *table._tables, out[:1])
