"""Session 22: one set of sentence ends (``cleantext/sentences.py``, the data file
``sentences.toml``'s ``ends``) read by every rule that looks for a sentence's end, and one rank
pattern (``ranked_headlines.RANK``). The rules that kept a private copy (Latin marks only,
or fewer scripts) now see the full stops of every script the rules read; each case with a
near miss that keeps the old answer."""

from __future__ import annotations

import regex

from cleantext import sentences
from cleantext.boilerplate import fields, intro, popular, ranked_headlines
from cleantext.boilerplate.features import is_terminal
from cleantext.data import clause_ends, sentence_ends


def test_the_variants_are_the_one_set_with_their_named_difference() -> None:
    assert frozenset(sentence_ends()) == sentences.ENDS
    assert sentences.ENDS | frozenset(clause_ends()) == sentences.TERMINAL
    assert not sentences.ENDS & frozenset(sentences.CLOSING)
    # is_terminal reads TERMINAL: every end, and ':' and ';'
    assert all(is_terminal("x" + c) for c in sentences.TERMINAL)
    assert not is_terminal("x,") and not is_terminal("x »")


def test_a_khmer_or_myanmar_full_stop_ends_a_comment_body() -> None:
    # (the comment thread's end of a body: it read ten marks, not the twenty of features)
    assert sentences.LINE_END.search("ខ្ញុំស្រឡាញ់ភ្នំពេញ។") is not None
    assert sentences.LINE_END.search("ရန်ကုန်မြို့ကို ချစ်တယ်။ ") is not None
    assert sentences.LINE_END.search("ខ្ញុំស្រឡាញ់ភ្នំពេញ") is None  # near miss: no mark


def test_a_danda_or_a_japanese_full_stop_ends_a_counted_sentence() -> None:
    # intro's sentence count read '.!?…' alone
    assert intro.sentence_count("पहला वाक्य है। दूसरा वाक्य है।") >= 1
    assert intro.sentence_count("東京の朝は静かだった。") == 1
    assert intro.sentence_count("東京の朝は静かだった") == 0  # near miss: no full stop
    # a closing bracket of Japanese after the full stop is looked past
    assert intro.sentence_count("「ない。」") == 1


def test_a_value_that_ends_in_a_full_width_full_stop_is_no_field_value() -> None:
    assert not fields._is_value("東京です。")
    assert fields._is_value("東京")  # near miss


def test_a_superscript_figure_is_no_rank() -> None:
    # popular read ranks with ``\p{N}`` ("²." was an item), ranked_headlines with ``\p{Nd}``
    assert ranked_headlines.RANK.match("2. Tickets cost the same") is not None
    assert ranked_headlines.RANK.match("٢. التذاكر") is not None
    assert ranked_headlines.RANK.match("². Tickets cost the same") is None
    assert popular.RANK is ranked_headlines.RANK


def test_the_patterns_built_from_the_set_are_linear() -> None:
    # one character class, then closing marks, then white space: no nested quantifier
    for pattern in (sentences.LINE_END, sentences.INNER_END, sentences.SENTENCE_END):
        assert regex.search(r"\)[*+]\)|\][*+][^?]*\][*+]", pattern.pattern) is None
    long = ". " * 20000 + "x"
    assert sentences.LINE_END.search(long) is None
