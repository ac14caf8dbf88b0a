"""Session 23: the package's one set of sentence ends (``cleantext/sentences.py``, data file
``sentences.toml``) and its named views: each narrower view is a part of the set it narrows,
and the modules that kept a set of their own (blocks/, html/, normalizers/) read the views,
with the same answers as before."""

from __future__ import annotations

from cleantext import sentences
from cleantext.blocks import align, repeated
from cleantext.boilerplate import features, lead, light
from cleantext.html import content, script_data
from cleantext.normalizers.capitalize import capitalize_sentences


def test_each_view_is_a_part_of_the_one_set() -> None:
    ends = sentences.ENDS
    assert set(sentences.END_TUPLE) == ends
    views = (sentences.SPACED_ENDS, sentences.FULL_WIDTH_ENDS, sentences.COUNTED_ENDS)
    for view in (*views, sentences.FULL_STOPS):
        assert set(view) < ends
    assert ends > sentences.STATEMENT_ENDS
    assert set(sentences.SPACED_CLOSING) < set(sentences.CLOSING)
    # a label's ends: sentence ends and quotes (the German closing quote "“" too), not "…"
    assert sentences.LABEL_ENDS - ends <= set(sentences.CLOSING) | {"“"}
    assert "…" in ends and "…" not in sentences.LABEL_ENDS


def test_the_rules_of_boilerplate_read_the_same_objects() -> None:
    assert light.ENDS is sentences.ENDS
    assert features.TERMINAL is sentences.TERMINAL
    assert lead.LINE_END is sentences.LINE_END


def test_wrapped_text_ends_a_sentence_at_a_spaced_or_a_full_width_end() -> None:
    # align's sentence ends: SPACED_ENDS then a space, or FULL_WIDTH_ENDS anywhere
    assert align.sentence_marks("Yes. No?! «Ok.» Then")[0] == [3, 7, 13]
    assert align.sentence_marks("好。再见")[0] == [1]
    assert align.sentence_marks("U.K. 11.18.19 x")[0] == [3]  # near miss: no space after
    assert frozenset(sentences.SPACED_ENDS + sentences.SPACED_CLOSING) == repeated._CLOSERS


def test_a_label_may_end_in_an_ellipsis_a_statement_not_in_a_question_mark() -> None:
    assert "." in content.LABEL_ENDS and "…" not in content.LABEL_ENDS
    assert "." in content.STATEMENT_ENDS and "?" not in content.STATEMENT_ENDS


def test_a_script_string_counts_its_sentences_but_not_an_ellipsis() -> None:
    found = script_data.vocabulary().sentence_ends.findall("One. Two! 三。 Four…")
    assert found == [".", "!", "。"]


def test_the_capitaliser_reads_the_spaced_ends_and_the_clause_ends() -> None:
    text = "the Iranian army went home. le gouvernement iranien a nié."
    assert capitalize_sentences(text)
    # near miss: a clause end (';') before three words: no sentence follows
    assert not capitalize_sentences("the Iranian army went home. le gouvernement; a nié.")
