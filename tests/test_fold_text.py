"""``fold_text``: ``str.casefold`` of a whole page by the kernel ``casefold_str`` and the
table of ``case_folds`` (the extract preset folds each page once, ``features._compute``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.boilerplate.patterns import FOLD_LIMIT, case_folds, fold_text
from cleantext.minhash.shingle import _kernels

needs_kernels = pytest.mark.skipif(
    _kernels is None or not hasattr(_kernels, "casefold_str"), reason="kernels not built"
)


@needs_kernels
def test_the_kernel_folds_every_code_point_of_its_table_as_str_casefold() -> None:
    fold, more = case_folds()
    chars = "".join(map(chr, range(FOLD_LIMIT)))
    assert _kernels.casefold_str(chars, fold, more) == chars.casefold()
    # each one in a text of each width (Latin-1, the BMP, beyond it read as 4 bytes a
    # character: a text with an emoji is refused, see below)
    for c in map(chr, range(FOLD_LIMIT)):
        for text in (f"Ab{c}ß", f"Ä“{c}”", f"{c}"):
            assert _kernels.casefold_str(text, fold, more) == text.casefold(), hex(ord(c))


@needs_kernels
def test_the_kernel_leaves_a_text_beyond_its_table_to_the_caller() -> None:
    fold, more = case_folds()
    assert _kernels.casefold_str("", fold, more) == ""
    assert _kernels.casefold_str("Tokyo " + chr(FOLD_LIMIT - 1), fold, more) is not None
    assert _kernels.casefold_str("Tokyo " + chr(FOLD_LIMIT), fold, more) is None
    assert _kernels.casefold_str("東京 Tokyo", fold, more) is None
    assert _kernels.casefold_str("Smile 😀", fold, more) is None
    with pytest.raises(TypeError):
        _kernels.casefold_str("a", None, more)


def test_fold_text_is_str_casefold_with_or_without_the_table() -> None:
    for text in ("Straße “QUICK” ΣΊΣΥΦΟΣ ǅ ẞ İ", "東京 Tokyo ＡＢＣ", "Smile 😀 ÉTÉ", ""):
        assert fold_text(text) == text.casefold()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=FOLD_LIMIT + 50, exclude_categories=("Cs",))))
def test_fold_text_matches_str_casefold(text: str) -> None:
    assert fold_text(text) == text.casefold()
