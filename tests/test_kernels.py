"""The compiled kernels of the MinHash core (``_kernels.c``): built, strict about their input,
and equal to a plain reference.

That they compute the same bits as the numpy code is tested in ``test_minhash.py``, which runs
every signature test on both; the block dedup paths are compared in ``test_dedup_blocks.py``.
"""

from __future__ import annotations

import itertools
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.minhash.shingle import compiled


def test_kernels_are_built_unless_asked_not_to():
    """A failed build falls back to numpy silently at install; here it fails loudly."""
    if os.environ.get("CLEANTEXT_NO_EXTENSIONS"):
        pytest.skip("CLEANTEXT_NO_EXTENSIONS is set: the numpy code is what is tested")
    assert compiled(), "cleantext.minhash._kernels is not built (is a C compiler installed?)"


def test_kernels_refuse_arrays_that_do_not_fit():
    _kernels = pytest.importorskip("cleantext.minhash._kernels", reason="C kernels not built")
    u32, i64 = np.zeros(4, np.uint32), np.array([0, 3], np.int64)
    with pytest.raises(ValueError, match="disagree"):
        _kernels.minhash(u32, np.array([0, 9], np.int64), u32, u32, np.zeros(4, np.uint32))
    with pytest.raises(ValueError, match="disagree"):
        _kernels.minhash(u32, i64, u32, u32[:2], np.zeros(4, np.uint32))
    with pytest.raises(TypeError, match="items of 8 bytes"):
        _kernels.minhash(u32, u32, u32, u32, u32)
    data = np.frombuffer(b"a b c", np.uint8)
    with pytest.raises(ValueError, match="too small"):
        _kernels.word_hashes(data, np.array([0, 6], np.int64), 1, np.zeros(2, np.uint32), i64)
    with pytest.raises(ValueError, match="starts"):
        _kernels.word_hashes(data, np.array([3, 0], np.int64), 1, u32, i64)
    with pytest.raises(ValueError, match="n must be"):
        _kernels.word_hashes(data, np.array([0, 6], np.int64), 0, u32, np.zeros(2, np.int64))
    with pytest.raises(ValueError, match="bounds"):
        _kernels.char_hashes(data, np.array([0, 6], np.int64), 2, u32, np.zeros(2, np.int64))
    with pytest.raises(ValueError, match="too small"):
        _kernels.char_hashes(data, np.array([0, 5], np.int64), 1, u32, np.zeros(2, np.int64))


_kernels_or_skip = pytest.mark.skipif(
    not compiled() and bool(os.environ.get("CLEANTEXT_NO_EXTENSIONS")),
    reason="CLEANTEXT_NO_EXTENSIONS is set",
)
_WORDS = st.sampled_from(["a", "b", "ab", "é", "漢字", "longerthan8bytes", "longerthan8bytez", "x"])


@_kernels_or_skip
@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30), st.integers(1, 6), st.integers(1, 3), st.booleans())
def test_word_xxh32_is_xxhash_of_each_shingle(words, n, gap, padded):
    """Block dedup's shingle hash in C: xxh32 of the words joined by single spaces, n at a
    time (all of them when fewer), whatever the spacing of the input."""
    import xxhash

    from cleantext.minhash import _kernels

    data = (" " * gap).join(words).encode()
    if padded:
        data = b"  " + data + b" "
    hashes, offsets = np.empty(len(data) + 1, np.uint32), np.empty(2, np.int64)
    count = _kernels.word_xxh32(data, np.array([0, len(data)], np.int64), n, hashes, offsets)
    joined = [w.encode() for w in words]
    expected = [b" ".join(joined[i : i + n]) for i in range(max(len(joined) - n + 1, 1))]
    assert hashes[:count].tolist() == [xxhash.xxh32_intdigest(s) for s in expected if s]
    assert offsets.tolist() == [0, count]


def _repeats_apart(words: list[str], n: int) -> bool:
    first: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - n + 1):
        run = tuple(words[i : i + n])
        if i - first.setdefault(run, i) >= n:
            return True
    return False


@_kernels_or_skip
@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.integers(1, 8), st.integers(1, 3))
def test_has_repeat_finds_runs_that_occur_twice_without_overlap(words, n, gap):
    from cleantext.minhash import _kernels

    data = (" " * gap).join(words).encode()
    assert _kernels.has_repeat(data, n) == _repeats_apart(words, n)


@_kernels_or_skip
@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text("ab", min_size=1, max_size=19), max_size=40),
    st.integers(1, 6),
    st.text(" ", min_size=1, max_size=9),
    st.text(" ", max_size=9),
)
def test_has_repeat_finds_the_words_eight_bytes_at_a_time(words, n, gap, edge):
    """has_repeat finds the words' ends eight bytes at a time: words of 1 to 19 bytes that
    differ in any byte, runs of spaces of any length between them and at the edges."""
    from cleantext.minhash import _kernels

    data = (edge + gap.join(words) + edge).encode()
    assert _kernels.has_repeat(data, n) == _repeats_apart(words, n)


@_kernels_or_skip
def test_has_repeat_on_long_texts():
    from cleantext.minhash import _kernels

    words = [f"w{i}" for i in range(200_000)]
    assert not _kernels.has_repeat(" ".join(words).encode(), 20)
    words[150_000:150_020] = words[1000:1020]
    assert _kernels.has_repeat(" ".join(words).encode(), 20)
    assert not _kernels.has_repeat(" ".join(words).encode(), 21)
    assert not _kernels.has_repeat(b"spam " * 39, 20)  # 39 words: two copies overlap
    assert _kernels.has_repeat(b"spam " * 40, 20)
    with pytest.raises(ValueError, match="n must be"):
        _kernels.has_repeat(b"a", 0)


@_kernels_or_skip
def test_fold_words_by_table_or_gives_up():
    from cleantext.minhash import _kernels

    table = np.full(0x10000, 16, np.uint8)  # separators
    table[:128] = np.frombuffer(bytes(c if chr(c).isalpha() else 32 for c in range(128)), np.uint8)
    table[ord("é")], table[ord("x")], table[ord("ﬁ")] = 1, 0, 3  # word, none, word + marked
    table[ord("漢")], table[ord("字")], table[0x301] = 5, 5, 9  # no spaces, mark
    table[ord("⼙")] = 20  # a separator of a script without spaces
    out = np.empty(128, np.uint8)

    def fold(text):
        size, marked = _kernels.fold_words(text.encode(), table, out)
        return out[:size].tobytes().decode().split(), marked

    assert fold("ab’é—a") == (["ab", "é", "a"], False)
    assert fold("éﬁ") == (["éﬁ"], True)
    assert fold("ab漢字\u0301cd") == (["ab", "漢", "字\u0301", "cd"], False)  # a word a character
    assert fold("e\u0301 \u0301e") == (["e\u0301", "\u0301e"], False)
    assert fold("⼙\u0301a") == (["\u0301", "a"], False)  # the mark joins the separator
    assert _kernels.fold_words(b"ax", table, out)[0] == -1  # table value 0
    assert _kernels.fold_words("a漢".encode(), table[:0x6000], out)[0] == -1  # beyond it
    assert _kernels.fold_words(b"a\xff", table, out)[0] == -1  # not UTF-8
    assert _kernels.fold_words(b"\xc3", table, out)[0] == -1  # cut short
    with pytest.raises(ValueError, match="2 \\* len"):
        _kernels.fold_words(b"abc", table, out[:5])


# ---- light pipeline kernels (w-light) ----

_MOJIBAKE_CHARS = st.sampled_from(
    [
        "a",
        " ",
        "\n",
        "é",
        "Ã",
        "Â",
        "©",
        "€",
        "™",
        "\x85",
        "œ",
        "’",
        "“",
        "Ð",
        "Ñ",
        "Ð¸",
        "П",
        "ривет",
        "漢",
        "😀",
        "\ud800",
        "Â\xa0",
        "â€™",
        "Ã©",
        "вЂ",
        "\uffff",
    ]
)


@_kernels_or_skip
@settings(max_examples=500, deadline=None)
@given(st.lists(_MOJIBAKE_CHARS, max_size=40).map("".join))
def test_class_hits_is_the_mojibake_detector(text):
    """The kernel finds exactly where the detector regex matches (1-, 2- and 4-byte strings,
    characters outside the BMP, lone surrogates)."""
    from cleantext.normalizers import encoding

    assert encoding._CLASS_HITS is not None
    expected = [m.start() for m in encoding._SUSPICIOUS.finditer(text)]
    assert encoding.suspicious_offsets(text) == expected


@_kernels_or_skip
def test_class_hits_refuses_a_table_of_the_wrong_size():
    from cleantext.minhash import _kernels

    with pytest.raises(ValueError, match="65536"):
        _kernels.class_hits("abc", bytes(100))
    with pytest.raises(TypeError):
        _kernels.class_hits(b"abc", bytes(0x10000))


_ALIGN_WORDS = st.lists(st.sampled_from(["a", "b", "c", "d", "the", "é"]), max_size=40)


@_kernels_or_skip
@settings(max_examples=500, deadline=None)
@given(_ALIGN_WORDS, _ALIGN_WORDS, st.integers(0, 30))
def test_xdrop_kernel_is_the_python_alignment(xs, ys, shared):
    """The banded X-drop alignment in C ends where the Python reference ends, also for
    word lists that share a long start (the usual case: a copy with a few edits)."""
    from cleantext.blocks import align

    assert align._XDROP_KERNEL is not None
    common = [f"w{i}" for i in range(shared)]
    xs, ys = common + xs, common + ys
    assert align.xdrop(xs, ys) == align._xdrop(xs, ys)
    assert align.xdrop(ys, xs) == align._xdrop(ys, xs)


_PROBE_CHARS = st.sampled_from(
    [
        ".",
        ",",
        "?",
        "\n",
        "\r",
        " ",
        "\t",
        "-",
        "a",
        "Z",
        "é",
        "É",
        "¿",
        "¡",
        "5",
        "²",
        "_",
        "漢",
        "😀",
        "Ω",
        "ω",
        "..",
        " .",
        ". a",
        ".B",
        "\n\n",
        " \n",
        "-\r\n",
    ]
)


@_kernels_or_skip
@settings(max_examples=1000, deadline=None)
@given(st.lists(_PROBE_CHARS, max_size=30).map("".join), st.data())
def test_char_events_is_the_probe_regex(text, data):
    """The kernel finds the kinds of event the probe's regexes find, in a window of the text
    (seen up to its end only) and as offsets over the whole text."""
    from cleantext.normalizers import _probe

    assert _probe._CHAR_EVENTS is not None
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for char in _probe.KINDS:
        assert _probe._events_in(text, char, [(lo, hi)]) == _probe._regex_events_in(
            text, char, [(lo, hi)]
        )
        for kind in _probe.KINDS[char]:
            assert _probe.positions(text, char, kind) == _probe.regex_positions(text, char, kind)


@_kernels_or_skip
@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([" ", "  ", "a", "é", "漢", "😀", "\n"]), max_size=30).map("".join),
    st.data(),
)
def test_has_pair_is_find(text, data):
    """Two spaces in a row in a window, as ``str.find`` says (the probe's ``double_space``)."""
    from cleantext.minhash import _kernels

    lo = data.draw(st.integers(0, len(text) + 1))
    hi = data.draw(st.integers(0, len(text) + 1))
    assert _kernels.has_pair(text, " ", lo, hi) == (text.find("  ", lo, hi) >= 0)


@_kernels_or_skip
@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), min_size=3, max_size=3), max_size=20))
def test_shared_rows_kernel_is_the_sorted_twin(rows):
    """Rows holding a band key that occurs twice anywhere, by hash table and by sorting."""
    from cleantext.blocks import repeated

    assert repeated._SHARED_ROWS is not None
    keys = np.array(rows, dtype=np.uint64).reshape(-1, 3) * np.uint64(2**61)
    assert repeated._shared_rows(keys) == repeated._shared_rows_sorted(keys)


_FOLD_CHARS = st.sampled_from(
    [
        "a",
        "B",
        " ",
        "-",
        "’",
        "é",
        "É",
        "ß",
        "ﬁ",
        "\u0301",
        "漢",
        "字",
        "⼙",
        "ก",
        "\ud800",
        "😀",
        "𠀀",
        "\U00030000",
        "ÿ",
        "Ω",
        "\u00a0",
        "\x00",
        "1",
        "٣",
    ]
)


@_kernels_or_skip
@settings(max_examples=1000, deadline=None)
@given(st.lists(_FOLD_CHARS, max_size=30).map("".join))
def test_fold_str_is_fold_words_of_the_utf8(text):
    """Words folded from the str's code points are those folded from its UTF-8 bytes
    (1-, 2- and 4-byte strings, marks, scripts without spaces, surrogates, characters beyond
    the table)."""
    from cleantext.blocks import align

    assert align._FOLD_STR is not None
    assert align._folded(text) == align._folded_utf8(text)


#: case folding makes "ǰ" a sequence NFKC composes, "İ" one with a mark; a Hangul jamo
_CASEFOLD_CHARS = st.sampled_from(["ǰ", "İ", "\u0307", "ᄀ", "\n"])


@_kernels_or_skip
@settings(max_examples=1000, deadline=None)
@given(st.lists(_FOLD_CHARS | _CASEFOLD_CHARS, max_size=30).map("".join))
def test_word_spans_tokenizes_as_the_numpy_twin(text):
    """The tokenizer with the word_spans kernel gives the words and spans of the numpy one
    (marks, scripts without spaces, surrogates, characters beyond the table, case folding
    that makes a sequence NFKC would compose), or gives up."""
    from cleantext.blocks import align

    assert align._WORD_SPANS is not None
    fast, twin = align._kernel_scan(text), align._numpy_scan(text)
    starts, ends = np.empty(len(text), dtype=np.intp), np.empty(len(text), dtype=np.intp)
    count = align._WORD_SPANS(text, align._fold_table(), starts, ends)
    if align._folded(text) is None:  # beyond the table: both kernels give up
        assert count == -1 and fast is None
    else:  # the spans are the twin's, whatever the words
        assert starts[:count].tolist() == twin[0].tolist()
        assert ends[:count].tolist() == twin[1].tolist()
    if fast is not None:
        assert fast[2] == twin[2]
        assert fast[0].tolist() == twin[0].tolist() and fast[1].tolist() == twin[1].tolist()
        assert fast[0].dtype == twin[0].dtype


@_kernels_or_skip
def test_word_spans_is_used_on_prose_and_gives_up_beyond_its_table():
    """The kernel path answers for ordinary text (Latin with accents and marks, CJK) and
    leaves a character beyond its table to the twin."""
    from cleantext.blocks import align

    assert align._kernel_scan("Ça marche, l’ÉTÉ 2024 漢字。") is not None
    assert align._kernel_scan("a \U00030000 b") is None
    assert align.tokenize("Ça marche, 漢字").words == ["ça", "marche", "漢", "字"]


_SENTENCE_PIECES = st.sampled_from(
    [
        ".",
        "!",
        "?",
        "…",
        "...",
        '"',
        "'",
        "”",
        "’",
        "»",
        ")",
        "]",
        " ",
        "\n",
        "\t",
        "\r",
        "\u00a0",
        "\u2003",
        "\u3000",
        "\x1c",
        "\x85",
        "。",
        "！",
        "？",
        "a",
        "B",
        "é",
        "漢",
        "😀",
        "\n \n",
        "\n\u00a0\r\n",
        "U.K.",
        "11.18",
    ]
)


@_kernels_or_skip
@settings(max_examples=1000, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=30).map("".join))
def test_sentence_marks_kernel_is_the_regexes(text):
    """Sentence ends and blank lines found in C where the regexes find them (\\s as the
    regex module reads it: no U+001C, but U+0085, NBSP and the wide spaces)."""
    from cleantext.blocks import align

    assert align._SENTENCE_MARKS is not None
    assert align.sentence_marks(text) == align._regex_marks(text)


@_kernels_or_skip
@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, max_size=60), st.integers(1, 8), st.integers(1, 3), st.integers(1, 9))
def test_repeat_in_parts_is_has_repeat(words, n, gap, part):
    """Runs checked in parts by their hash's top bits: the answer of the one-table search,
    with parts of a few runs (many parts) as with one part."""
    from cleantext.minhash import _kernels

    data = (" " * gap).join(words).encode()
    expected = _kernels.has_repeat(data, n)
    assert _kernels.repeat_in_parts(data, n, part) == expected
    assert _kernels.repeat_in_parts(data, n, 1 << 20) == expected
    assert expected == _repeats_apart(words, n)


@_kernels_or_skip
def test_repeat_in_parts_on_a_long_text():
    from cleantext.minhash import _kernels

    words = [f"w{i}" for i in range(50_000)]
    text = " ".join(words)
    assert not _kernels.repeat_in_parts(text.encode(), 20, 64)
    copy = " ".join(words[30_000:30_020])
    assert _kernels.repeat_in_parts((text + " " + copy).encode(), 20, 64)
    assert not _kernels.repeat_in_parts((text + " " + copy).encode(), 21, 64)
    with pytest.raises(ValueError, match="must be"):
        _kernels.repeat_in_parts(b"a", 1, 0)


def test_every_space_is_in_the_bmp() -> None:
    """The table of ``sentence_marks`` covers the BMP only: sound because no character above
    it is ``\\s`` to the ``regex`` module."""
    import regex

    astral = "".join(map(chr, range(0x10000, 0x110000)))
    assert regex.search(r"\s", astral) is None


_GATE_PIECES = st.sampled_from(
    [
        *'.,?\n\r \t-&#aZé\u00a0\u202f\u200b\u200d\x07\x85\x00([)]"“”„Ã©Â¿¡5漢😀\ud800\uffff',
        "&amp;",
        "â€™",
        "вЂ",
        "  ",
        ". a",
        ".B",
        "\n\n\n",
        " \n",
        "-\r\n",
        "( x )",
        '" x "',
    ]
)


@_kernels_or_skip
@settings(max_examples=1000, deadline=None)
@given(st.lists(_GATE_PIECES, max_size=30).map("".join), st.data())
def test_gate_scan_is_its_regex_twin(text, data):
    """One pass of the kernel gives the signal bits and probe events that the regex twin
    finds, on the whole text and in a window (1-, 2- and 4-byte strings, characters outside
    the BMP, lone surrogates, the empty string)."""
    from cleantext.normalizers import _gate, _rounds
    from cleantext.normalizers._registry import fixers_version

    table = _rounds._signal_table(fixers_version())
    assert _gate.GATE_KERNEL
    assert table.scan(text, events=True) == _gate.regex_scan(table, text, events=True)
    lo = data.draw(st.integers(-1, len(text) + 1))
    hi = data.draw(st.integers(-1, len(text) + 1))
    got = table.scan(text, lo, hi, events=True)
    assert got == _gate.regex_scan(table, text, lo, hi, events=True)


@_kernels_or_skip
@settings(max_examples=1000, deadline=None)
@given(st.text(st.sampled_from([*"ab c\n(é", "😀", "\ud800"]), max_size=12), st.data())
def test_gate_scan_reads_starts_ends_and_triples_as_its_twin(text, data):
    """Pairs and triples with the start and the end of the text, on a small table."""
    from cleantext.normalizers._gate import END, START, compile_signals, regex_scan

    table = compile_signals(
        [
            ("pair", START + "a", "b"),
            ("pair", "c", " " + END),
            ("triple", START + " (", "a", "b" + END),
            ("triple", "b", " ", "c"),
            ("triple", START, "(", END),
            ("triple", "é", "😀é"[1], "\n" + END),
            ("char", "\n"),
        ]
    )
    assert table.scan(text, events=True) == regex_scan(table, text, events=True)
    lo = data.draw(st.integers(-1, len(text) + 1))
    hi = data.draw(st.integers(-1, len(text) + 1))
    assert table.scan(text, lo, hi) == regex_scan(table, text, lo, hi)


@_kernels_or_skip
def test_gate_scan_refuses_tables_that_do_not_fit():
    from cleantext.minhash import _kernels

    pairs = np.zeros(64 * 64, np.uint64)
    no = np.zeros(0, np.uint64)
    table = bytes(0x10000)
    assert _kernels.gate_scan("", table, pairs, no, 0, 0, ".", b"\x01") == (0, 0)
    with pytest.raises(ValueError, match="65536"):
        _kernels.gate_scan("a", bytes(100), pairs, no, 0, 1, "", b"")
    with pytest.raises(ValueError, match="65536"):
        _kernels.gate_scan("a", table, pairs[:64], no, 0, 1, "", b"")
    with pytest.raises(ValueError, match="triples"):
        _kernels.gate_scan("a", table, pairs, np.zeros(5, np.uint64), 0, 1, "", b"")
    with pytest.raises(ValueError, match="triples"):
        _kernels.gate_scan("a", table, pairs, np.zeros(68, np.uint64), 0, 1, "", b"")
    with pytest.raises(TypeError, match="items of 8 bytes"):
        _kernels.gate_scan("a", table, np.zeros(64, np.uint32), no, 0, 1, "", b"")
    with pytest.raises(ValueError, match="probe"):
        _kernels.gate_scan("a", table, pairs, no, 0, 1, "..", b"\x01\x01")
    with pytest.raises(ValueError, match="probe"):
        _kernels.gate_scan("a", table, pairs, no, 0, 1, "é", b"\x01")
    with pytest.raises(ValueError, match="probe"):
        _kernels.gate_scan("a", table, pairs, no, 0, 1, ".", b"")
    # any class byte in the table and any mask is read within bounds
    wild = bytes(range(256)) * 256
    full = np.full(64 * 64, 2**64 - 1, np.uint64)
    triples = np.full(64, 2**64 - 1, np.uint64)
    got = _kernels.gate_scan("a\u0101\uffff😀", wild, full, triples, 0, 9, "", b"")
    assert got == (2**64 - 4, 0)


# ---- dedup-blocks window matching (w-lspeed3) ----
_MATCH_VOCAB = st.sampled_from(["a", "b", "c", "d", "é", "字", "𝔘", "ab", "aé", "x1"])


def _partition(n: int, cuts: list[int]) -> list[tuple[int, int]]:
    """Contiguous windows over ``n`` words, cut at ``cuts`` (as ``units`` gives them)."""
    marks = sorted({0, n, *(c % (n + 1) for c in cuts)})
    return list(itertools.pairwise(marks))


def _matches_both(words: list[str], wins: list[tuple[int, int]], opts: object) -> None:
    from cleantext.blocks import repeated

    assert repeated._MATCH_WINDOWS is not None
    assert repeated._find_matches(words, wins, opts, True) == repeated._python_matches(
        words, wins, opts, True
    )


@_kernels_or_skip
@settings(max_examples=400, deadline=None)
@given(
    st.lists(_MATCH_VOCAB, min_size=1, max_size=120),
    st.lists(st.integers(0, 200), max_size=40),
    st.integers(1, 4),
    st.sampled_from([0.2, 0.5, 0.75, 0.99]),
    st.sampled_from([8, 32, 128]),
    st.integers(0, 3),
)
def test_match_windows_is_the_python_loop(words, cuts, shingle, threshold, perms, copies):
    """The kernel's matches equal the Python loop's: exact copies, near copies, windows with
    fewer words than a shingle, words of every str kind (texts repeated to give copies)."""
    from cleantext.config import BlockDedupOptions

    words = words * (copies + 1)
    opts = BlockDedupOptions(shingle=shingle, candidate_threshold=threshold, num_perm=perms)
    _matches_both(words, _partition(len(words), cuts), opts)


@_kernels_or_skip
def test_match_windows_with_crowded_candidates():
    """More than ``_MAX_CANDIDATES`` candidates (rows of a table that differ in a number):
    the latest ones and the two after the previous match count, as in Python."""
    from cleantext.blocks import repeated
    from cleantext.config import BlockDedupOptions

    words: list[str] = []
    wins = []
    for i in range(300):
        row = ["row", "of", "the", "table", "with", "value", str(i % 97), "and", str(i % 13)]
        wins.append((len(words), len(words) + len(row)))
        words += row
    for threshold in (0.3, 0.5, 0.7):
        opts = BlockDedupOptions(candidate_threshold=threshold, num_perm=32)
        _matches_both(words, wins, opts)
    assert len(repeated._python_matches(words, wins, BlockDedupOptions(num_perm=32), True)) > 32


@_kernels_or_skip
def test_match_windows_refuses_what_does_not_fit():
    from cleantext.minhash import _kernels

    keys = np.zeros((2, 2), np.uint64)
    shared = np.ones(2, np.uint8)
    firsts, ends = np.array([0, 2], np.int64), np.array([2, 4], np.int64)
    assert _kernels.match_windows(list("abab"), firsts, ends, keys, shared, 2, 0.5, 32) == [(1, 0)]
    with pytest.raises(ValueError, match="disagree"):
        _kernels.match_windows(list("aba"), firsts, ends, keys, shared, 2, 0.5, 32)
    with pytest.raises(ValueError, match="disagree"):
        _kernels.match_windows(list("abab"), ends, firsts, keys, shared, 2, 0.5, 32)
    with pytest.raises(ValueError, match="disagree"):
        _kernels.match_windows(list("abab"), firsts, ends, keys.ravel()[:3], shared, 2, 0.5, 32)
    with pytest.raises(TypeError, match="str"):
        _kernels.match_windows(["a", 1, "a", "b"], firsts, ends, keys, shared, 2, 0.5, 32)


@_kernels_or_skip
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b ", ". ", "\n", "\n\n", "! ", "x.y", "漢", " ", "”. ", "…"])),
    st.integers(1, 9),
    st.integers(0, 60),
)
def test_sentence_windows_kernel_is_the_numpy_twin(parts, min_len, extra):
    """``units`` with the kernel equals its numpy twin (blank lines before the first word,
    sentence ends inside words, windows cut by size)."""
    from cleantext.blocks import align

    assert align._SENTENCE_WINDOWS is not None
    text = "".join(parts)
    toks = align.tokenize(text)
    got = align.units(text, toks, min_len, min_len + extra)
    assert got == align._numpy_units(text, toks, min_len, min_len + extra)


@_kernels_or_skip
def test_sentence_windows_refuses_what_does_not_fit():
    from cleantext.minhash import _kernels

    starts, ends = np.array([0, 4], np.int64), np.array([3, 7], np.int64)
    assert _kernels.sentence_windows(starts, ends, [3], [], 1, 50) == [(0, 1), (1, 2)]
    with pytest.raises(ValueError, match="in order"):
        _kernels.sentence_windows(starts, ends, [5, 3], [], 1, 50)
    with pytest.raises(ValueError, match="disagree"):
        _kernels.sentence_windows(starts, ends[:1], [], [], 1, 50)
    with pytest.raises(ValueError, match=">= 1"):
        _kernels.sentence_windows(starts, ends, [], [], 0, 50)


def test_fold_words_is_kept_for_the_last_text_only():
    """The pre-check and the tokenizer share one fold of a text; an equal text that is
    another object, and another text, are folded again (with the same answers)."""
    from cleantext.blocks import align

    text = "Ça marche, l’ÉTÉ 2024 " * 3
    first = align._fold_words(text)
    assert align._fold_words(text) is first
    again = align._fold_words("".join(list(text)))
    assert again == first and again is not first
    assert align._fold_words("Other words") == (b"other words", False, b"other words")
    assert align.word_bytes(text).decode().split() == align.tokenize(text).words


@_kernels_or_skip
@settings(max_examples=200, deadline=None)
@given(st.integers(0, 6), st.integers(1, 40), st.data())
def test_band_mix_is_band_keys(n, width, data):
    """The kernel's band keys equal ``lsh.band_keys`` (any band and row split that fits,
    the values beyond the bands ignored)."""
    from cleantext.minhash import _kernels
    from cleantext.minhash.lsh import band_keys

    rows = data.draw(st.integers(1, width))
    bands = data.draw(st.integers(1, width // rows))
    values = data.draw(st.lists(st.integers(0, 2**32 - 1), min_size=n * width, max_size=n * width))
    sigs = np.array(values, dtype=np.uint32).reshape(n, width)
    out = np.empty((n, bands), np.uint64)
    _kernels.band_mix(sigs, width, bands, rows, out)
    assert np.array_equal(out, band_keys(sigs, bands, rows))
    with pytest.raises(ValueError, match="bands \\* rows"):
        _kernels.band_mix(sigs, width, bands, width + 1, out)
    with pytest.raises(ValueError, match="disagree"):
        _kernels.band_mix(sigs, width, bands, rows, np.empty(n * bands + 1, np.uint64))


@_kernels_or_skip
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3100, exclude_categories=("Cs",))))
def test_casefold_utf8_is_str_casefold(text):
    """The kernel folds UTF-8 as ``str.casefold`` does (one, two or three code points per
    character), and refuses a code point beyond its table."""
    from cleantext.blocks import align
    from cleantext.minhash import _kernels

    got = _kernels.casefold_utf8(text.encode(), *align._case_table())
    if any(ord(c) >= align._CASE_LIMIT for c in text):
        assert got is None
    else:
        assert got is not None and got.decode() == text.casefold()
    assert align._casefold(text.encode()) == text.casefold().encode()


@_kernels_or_skip
def test_casefold_utf8_table_and_refusals():
    from cleantext.blocks import align
    from cleantext.minhash import _kernels

    every = "".join(chr(c) for c in range(align._CASE_LIMIT) if not 0xD800 <= c < 0xE000)
    table = align._case_table()
    assert _kernels.casefold_utf8(every.encode(), *table) == every.casefold().encode()
    for bad in (b"\xc3", b"\xc3(", b"\xc0\x80", b"\xed\xa0\x80", b"\xff"):
        assert _kernels.casefold_utf8(bad, *table) is None


@_kernels_or_skip
@settings(max_examples=500, deadline=None)
@given(st.lists(_MATCH_VOCAB, max_size=60), st.integers(1, 4), st.data())
def test_compare_words_is_the_python_compare(words, n, data):
    """The kernel's shingle Jaccard and longest common run equal the Python twin's on any
    two ranges (short sides, empty sides, grams with more than eight places)."""
    from cleantext.blocks import align

    assert align._COMPARE_WORDS is not None
    words = words + words[: data.draw(st.integers(0, len(words)))]
    a, b = sorted(data.draw(st.tuples(st.integers(0, len(words)), st.integers(0, len(words)))))
    c, d = sorted(data.draw(st.tuples(st.integers(0, len(words)), st.integers(0, len(words)))))
    x, y = words[a:b], words[c:d]
    got = align.compare(words, (a, b), (c, d), n, True)
    assert got == (
        align.Comparison(1.0, len(x), True) if x == y else align._python_compare(x, y, n, True)
    )


@_kernels_or_skip
def test_compare_words_refuses_what_does_not_fit():
    from cleantext.minhash import _kernels

    assert _kernels.compare_words(list("abcdeabcdx"), 5, 10, 0, 5, 2, 4) == (3, 5, 4)
    with pytest.raises(ValueError, match="do not fit"):
        _kernels.compare_words(list("ab"), 0, 3, 0, 1, 2, 4)
    with pytest.raises(ValueError, match="do not fit"):
        _kernels.compare_words(list("ab"), 0, 1, 0, 1, 0, 4)
    with pytest.raises(TypeError, match="str"):
        _kernels.compare_words(["a", 2], 0, 1, 1, 2, 1, 4)


@_kernels_or_skip
@settings(max_examples=300, deadline=None)
@given(st.lists(_MATCH_VOCAB, max_size=80), st.lists(st.integers(0, 200), max_size=30))
def test_window_hashes_are_word_run_hashes(words, cuts):
    """Block dedup's shingle hashes of following windows from their bounds as arrays (one
    kernel call) equal ``word_run_hashes`` of the same windows as tuples (windows shorter
    than a shingle included), also where a word holds a space (numpy then)."""
    from cleantext.minhash.shingle import word_bound_hashes, word_run_hashes

    wins = _partition(len(words), cuts) if words else []
    firsts = np.array([a for a, _ in wins], np.int64)
    ends = np.array([b for _, b in wins], np.int64)
    spaced = ["a b", *words]
    for w in (words, spaced):
        for n in (1, 3):
            got = word_bound_hashes(w, firsts, ends, n)
            want = word_run_hashes(w, wins, n)
            assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])


_CJK_EDGES = "".join(
    chr(c + d)
    for lo, hi in ((0x0E00, 0x0EFF), (0xFF00, 0xFFEF), (0x116D0, 0x116FF), (0x16FE0, 0x3FFFF))
    for c in (lo, hi)
    for d in (-1, 0, 1)
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aé’— 東\n" + _CJK_EDGES + "\U0001f600\U00040000")))
def test_in_ranges_is_the_re_search_of_the_cjk_blocks(text):
    """``may_have_cjk`` (the kernel ``in_ranges``) answers what its ``re`` twin answers,
    with characters on either side of the blocks' bounds, in str of every kind."""
    from cleantext.tokens import cjk_blocks_plain, may_have_cjk

    assert may_have_cjk(text) == cjk_blocks_plain(text)


def test_in_ranges_bounds_and_refusals():
    """A character just outside every range is not in one, its bounds are; Latin-1 text
    is answered without a pass; odd bounds and arrays of other items are refused."""
    from array import array

    _kernels = pytest.importorskip("cleantext.minhash._kernels", reason="C kernels not built")
    bounds = array("i", [0x100, 0x1FF, 0x2000, 0x20FF])
    assert not _kernels.in_ranges("abc\xff", bounds)
    assert [_kernels.in_ranges(f"x{chr(c)}", bounds) for c in (0xFF, 0x100, 0x1FF, 0x200)] == [
        False, True, True, False
    ]  # fmt: skip
    assert _kernels.in_ranges("\u20ff", bounds)
    assert not _kernels.in_ranges("\u2100\U0001f600", bounds)
    assert not _kernels.in_ranges("東", array("i"))
    with pytest.raises(ValueError, match="pairs"):
        _kernels.in_ranges("x", array("i", [1, 2, 3]))
    with pytest.raises(TypeError, match="items of 4 bytes"):
        _kernels.in_ranges("x", np.zeros(2, np.int64))


def test_tuple_rows_leave_rows_of_atomic_values_untracked():
    """Rows of numbers and strings (and of such rows) are out of the cyclic GC, as a plain
    tuple of them is; a row that holds a list stays in it."""
    import gc

    from cleantext.boilerplate.extract import LineInfo
    from cleantext.segment import Block, rows_of

    _kernels = pytest.importorskip("cleantext.minhash._kernels", reason="C kernels not built")
    blocks = _kernels.tuple_rows(Block, ([0, 4], [3, 9], ["abc", "defgh"], [0, 1]))
    assert blocks == [Block(0, 3, "abc", 0), Block(4, 9, "defgh", 1)]
    assert type(blocks[0]) is Block and not any(map(gc.is_tracked, blocks))
    infos = rows_of(LineInfo, blocks, [1, 1], [0.0, 0.5], [False, True], ["short"] * 2,
                    [-3.0, 1.0], [False] * 2, ["", "ui"], ["abc", "defgh"], ["", "de"])  # fmt: skip
    assert infos[1] == LineInfo(Block(4, 9, "defgh", 1), 1, 0.5, True, "short", 1.0, False, "ui",
                                "defgh", "de")  # fmt: skip
    assert not any(map(gc.is_tracked, infos))
    held = _kernels.tuple_rows(Block, ([0], [1], [["a"]], [0]))  # a list: it could be in a cycle
    assert gc.is_tracked(held[0])
    with pytest.raises(ValueError, match="one length"):
        _kernels.tuple_rows(Block, ([0, 1], [1], ["a"], [0]))
    with pytest.raises(TypeError, match="subclass of tuple"):
        _kernels.tuple_rows(list, ([0],))


def test_classified_lines_are_out_of_the_cyclic_gc():
    """The extract preset's rows of a page (``LineInfo`` and its ``Block``) are left out of
    the cyclic GC where the kernels are built: a page of many short lines costs no full
    collection walking over them (the tiny-lines shape of ``bench_pipeline.py``)."""
    import gc

    from cleantext.boilerplate.extract import classify_lines

    pytest.importorskip("cleantext.minhash._kernels", reason="C kernels not built")
    infos = classify_lines("Home\nNews\nThe council voted on Tuesday to close the bridge.")
    assert [i.kind for i in infos] == ["hint", "hint", "medium"]
    assert not any(gc.is_tracked(i) or gc.is_tracked(i.block) for i in infos)
    assert gc.is_tracked(infos[0]._replace(kind="ui"))  # a row made elsewhere: tracked
