"""Issue 14, precision at the article's end: an author's bio after the article ("Jane Doe is
a senior writer for ...") is no part of it; near misses: a last paragraph about a person
with no role of a writer or scholar, or a role in lower case after a common noun, stays."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with, tail_edit
from _pages import paragraphs_page as _page
from cleantext.boilerplate.bios import is_bio

BIO = "Jane Doe is a senior writer for Example News and has covered the town since 2015."


def test_an_authors_bio_after_the_article_goes() -> None:
    out = cleantext.clean(_page(MENU, STORY, (BIO,), FOOTER), preset="extract")
    assert STORY[0] in out and STORY[-1] in out
    assert BIO not in out and "Privacy Policy" not in out


def test_the_tail_note_names_the_bio() -> None:
    text = _page(MENU, STORY, (BIO,), FOOTER)
    tail = tail_edit(text)
    assert "the author's bio at line" in tail.note


def test_the_bio_rule_can_be_switched_off() -> None:
    text = _page(MENU, STORY, (BIO,), FOOTER)
    assert BIO in extract_with(text, author_bio=False)


def test_a_last_paragraph_about_someone_else_stays() -> None:
    for line in (
        "Jane Doe is a farmer near the bridge, and she says that she will miss the old road.",
        "The mayor is a former journalist and said that the town would find the money for it.",
    ):
        out = cleantext.clean(_page(MENU, STORY, (line,), FOOTER), preset="extract")
        assert line in out, line


def test_bios_in_other_languages() -> None:
    assert is_bio("Max Muster ist Redakteurin im Team Wirtschaft.")
    assert is_bio("Marie Dupont est journaliste au service politique.")
    assert not is_bio("Max Muster ist Bäcker in Ulm.")


def test_the_verb_comes_after_one_to_three_words_of_the_name() -> None:
    # the quick test before the pattern looks for the verb among the second to fourth words
    assert is_bio("Jane is a staff writer.")
    assert is_bio("Mary Ann Smith is a staff writer.")
    assert not is_bio("Jane Mary Ann Smith is a staff writer.")  # four words before it
    assert not is_bio("Jane Doe, a staff writer, joined in May.")  # no verb
