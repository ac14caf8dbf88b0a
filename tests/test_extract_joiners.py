"""Issue 14, words with a zero-width non-joiner or joiner inside: in Persian ("می‌خواهم", I
want) and in Indic scripts (a Devanagari half form "द्‍वारा", a Sinhala or Malayalam conjunct)
the joiner is spelling, so it is part of the word: a line's word count and stopword look-ups
read one word, and the look-up leaves the joiner out as the word lists do ("द्‍वारा" is the
stopword "द्वारा"). A joiner between emoji or standing alone makes no word. A line's key
(``normalize_line``) still reads a joiner as a space, as Persian also writes the word ("می
خواهم"). The lines are written for these tests."""

from __future__ import annotations

import pytest

from cleantext.boilerplate.patterns import normalize_line, normalize_plain
from cleantext.boilerplate.stopwords import Stopwords
from cleantext.tokens import words

ZWNJ, ZWJ = "\u200c", "\u200d"
#: "I want to read the books of this library" (Persian), two words with a ZWNJ inside
PERSIAN = f"من می{ZWNJ}خواهم کتاب{ZWNJ}های این کتابخانه را بخوانم."
#: "the bridge was closed by the council" (Hindi), "by" (द्वारा) with a ZWJ after the virama
HINDI = f"पुल को परिषद द्{ZWJ}वारा बंद किया गया।"


def _counts(text: str) -> tuple[list[int], list[int] | None]:
    sw = Stopwords.load()
    compiled = sw.count_compiled(text.casefold())
    return sw.count_plain(text.casefold()).words, compiled.words if compiled else None


def test_a_joiner_inside_a_word_does_not_split_it() -> None:
    assert len(words(PERSIAN)) == 7
    plain, compiled = _counts(PERSIAN)
    assert plain == [7] and compiled in (None, [7])


def test_a_stopword_with_a_joiner_is_the_listed_stopword() -> None:
    sw = Stopwords.load()
    assert sw.density(HINDI, "hi") == sw.density(HINDI.replace(ZWJ, ""), "hi") > 0.4
    plain, compiled = _counts(HINDI)
    assert plain == [7] and compiled in (None, [7])
    compiled_hits = sw.count_compiled(HINDI.casefold())
    if compiled_hits is not None:
        assert compiled_hits.hits == sw.count_plain(HINDI.casefold()).hits


@pytest.mark.parametrize(
    ("line", "n"),
    [(f"😀👩{ZWJ}💻 like", 1), (f"a {ZWNJ} b", 2), (f"{ZWJ}{ZWNJ}", 0)],
)
def test_a_joiner_outside_a_word_makes_no_word(line: str, n: int) -> None:
    assert len(words(line)) == n
    plain, compiled = _counts(line)
    assert plain == [n] and compiled in (None, [n])


def test_a_key_reads_a_joiner_as_a_space() -> None:
    assert normalize_line(f"می{ZWNJ}خواهم") == normalize_line("می خواهم") == "می خواهم"
    assert normalize_line(f"😀👩{ZWJ}💻 Like") == "like"
    assert normalize_plain(f"می{ZWNJ}خواهم") == ["می خواهم"]
