"""Issue 14, precision at the article's end: an author's bio after the article ("Jane Doe is
a senior writer for ...") is no part of it; near misses: a last paragraph about a person
with no role of a writer or scholar, or a role in lower case after a common noun, stays."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

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


def test_the_ascii_variants_are_every_character_that_matches_an_ascii_letter() -> None:
    """``bios.ASCII_VARIANTS``: the characters beyond ASCII that ``regex`` matches with an
    ASCII letter in any case, checked for every code point (``_ascii_roles`` rests on it)."""
    import string

    import regex

    from cleantext._unicode import code_points
    from cleantext.boilerplate.bios import ASCII_VARIANTS

    every = code_points(0, 0x110000)
    found = {
        m.group()
        for a in string.ascii_letters
        for m in regex.finditer(f"(?i:{a})", every)
        if not m.group().isascii()
    }
    assert found == set(ASCII_VARIANTS)


_BIO_PIECES = [
    "Jane ",
    "Doe ",
    "He ",
    "is ",
    "IS ",
    "was ",
    "a ",
    "the ",
    "senior ",
    "WRITER",
    "Editor",
    "editorial",
    "reporter",
    " at ",
    ".",
    " ",
    "Gründer",
    "co-founder",
    "x" * 20,
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BIO_PIECES), max_size=9).map("".join))
@example("Jane Doe is a senior WRITER at Example News.")
@example("Jane Doe is the Gründer of the site")
def test_the_role_test_answers_as_the_pattern(line: str) -> None:
    """``is_bio``'s look for a role in an ASCII line's lower case leaves out no line the
    pattern matches."""
    from cleantext.boilerplate.bios import MAX_WORDS, _bio

    text = line.strip()
    plain = _bio().match(text) is not None and len(text.split()) <= MAX_WORDS
    assert is_bio(line) == plain


def test_the_role_test_positive_and_near_miss() -> None:
    """A bio's role in capitals is found; a line with a name and a verb but no role is not
    a bio."""
    assert is_bio("Jane Doe is a senior WRITER at Example News.")
    assert not is_bio("Jane Doe is a senior member of the club.")
