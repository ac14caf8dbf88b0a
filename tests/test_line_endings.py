"""CRLF files keep their line breaks: a clean CRLF text is left alone, removals keep CRLF."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleantext import Cleaner

_words = st.sampled_from(
    [
        "le",
        "gouvernement",
        "Iran",
        "nié",
        "the",
        "report",
        "said",
        "Straße",
        "10",
        "U.S.",
        "café",
        "«",
        "»",
        "&amp;",
        "Ã©",
        "like",
        "Read more",
        "Share on Facebook",
    ]
)
_seps = st.sampled_from([" ", "  ", ". ", ", ", "\n", "\n\n", "\n\n\n", "?", "!"])
prose = st.lists(st.tuples(_words, _seps), max_size=60).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(prose)
def test_clean_crlf_text_is_unchanged(text: str) -> None:
    clean_lf = Cleaner().clean_document(text).text  # needs no more cleaning (idempotent)
    crlf = clean_lf.replace("\n", "\r\n")
    assert Cleaner().clean_document(crlf).text == crlf


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(prose)
@example("le\nRead more\n")  # the last line removed: the CRLF before it stays whole
def test_crlf_cleans_like_lf(text: str) -> None:
    """A CRLF file comes out as its LF twin does, with CRLF breaks."""
    lf = Cleaner().clean_document(text).text
    crlf = Cleaner().clean_document(text.replace("\n", "\r\n")).text
    assert crlf == lf.replace("\n", "\r\n")


def test_tidy_keeps_the_last_crlf() -> None:
    text = "Title\r\n\r\nShare on Facebook\r\nText here is fine.\r\n"
    assert Cleaner().clean_document(text).text == "Title\r\n\r\nText here is fine.\r\n"
