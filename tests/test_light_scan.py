"""The light step's one-pass scan (``Patterns._match_scanned``, the C kernel ``ui_scan``
and its Python twin ``scan_plain``) gives what the full ``match_lines`` path gives.

``match_lines(text, hints=False)`` without caller keys asks the scan which short lines may
match (an exact non-hint key or a candidate of the strong prefilter: ``keyed``) and which
others have a prefix mark (``marked``), and looks only at those. These tests check that
the kernel names exactly the twin's lines, that the twin's lines are a superset of the
lines that match, and that the shortcut's result equals the full path's, on generated
texts full of the words, prefixes, marks and required strings the scan looks for.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleantext.boilerplate.patterns import (
    FOLD_LIMIT,
    MAX_LINE,
    Patterns,
    _Scan,
    case_folds,
    code_point_classes,
    normalize_lines,
    scan_plain,
)
from cleantext.minhash.shingle import _kernels

PIECES = [
    "0", "12", "1.2K", "3,5", " ", "  ", "\n", "\n\n", "\t", "\r", ":", "：", " » ", "›", "|",
    ">", ".", "©", "(c)", "Copyright", "copyright", "Share", "shares", "The",
    "the page you requested does not ", "exist", "comments", "Comment", "Read more",
    "READ MORE", "Related", "Related: ", "More from ", "news", "Home", "like", "all",
    "all rights reserved", "Tous droits réservés", "TOUS DROITS RÉSERVÉS", "by using our site",
    " we use cookies to ", "agree", "cookies", "Photo", "Getty Images", "AP", "x" * 90,
    "é", "ß", "STRASSE", "İ", "ΐ", "ﬁ", "Σ", "😀", "東京", "이", "Ａ", "\u00a0", "\u2019",
    "’s", "Follow us on Twitter", "Advertisement", "wow", "Sponsored", "Oops!", "Sorry,",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
ANY_TEXTS = st.text(st.characters(codec="utf-8"), max_size=80)

needs_kernels = pytest.mark.skipif(
    getattr(_kernels, "ui_scan", None) is None, reason="C kernels not built"
)


def _full(p: Patterns, text: str) -> list[object]:
    """``match_lines(text, hints=False)`` by the full path (caller keys skip the scan)."""
    keys = normalize_lines(text)
    return p.match_lines(text, keys, hints=False)


def _plain(p: Patterns, text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]], int]:
    scan = p._scan
    assert scan is not None
    return scan_plain(text, **scan.tables())


@settings(max_examples=500, deadline=None)
@given(TEXTS)
@example("Read more: " + "x" * MAX_LINE + "\nRead more: the story\n\nShare")
@example("12 shares facebook twitter " + "x" * MAX_LINE + "\n12 shares facebook twitter")
@example("© 2024 Straße GmbH. Alle Rechte vorbehalten.\nΣ Copyright ß")
@example("이 기사\n0 comments\n😀 Read more")
def test_the_scanned_match_is_the_full_path(text: str) -> None:
    builtin = Patterns.builtin()
    user = builtin.with_extra([r"photo: .{0,40}"])
    for p in (builtin, user):
        assert p.match_lines(text, hints=False) == _full(p, text), text


@settings(max_examples=300, deadline=None)
@given(ANY_TEXTS)
def test_the_scanned_match_is_the_full_path_on_any_text(text: str) -> None:
    p = Patterns.builtin()
    assert p.match_lines(text, hints=False) == _full(p, text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_lines_not_named_by_the_scan_do_not_match(text: str) -> None:
    """The twin's lines hold every line that matches: keyed ones, or marked ones that a
    prefix pattern matches."""
    p = Patterns.builtin()
    keyed, marked, n = _plain(p, text)
    rows = text.split("\n")
    assert n == len(rows)
    assert all(rows[i] == line for i, line in keyed + marked)
    named = {i for i, _ in keyed} | {i for i, _ in marked}
    for i, hit in enumerate(_full(p, text)):
        if hit is not None:
            assert i in named, (rows[i], hit)


@needs_kernels
@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXTS, ANY_TEXTS))
@example("ǰ" * 70 + "\nRead more")  # folds to 140 characters, the line is 70
@example("ΐ" * MAX_LINE)  # folds to three times its length
@example("0 ß comments\n0 STRASSE comments")
def test_the_kernel_names_the_twins_lines(text: str) -> None:
    p = Patterns.builtin()
    scan = p._scan
    assert scan is not None
    assert scan.lines(text) == _plain(p, text)


def _small_scan() -> _Scan:
    return _Scan(
        ["read more", "0 shares", "a"],
        {"more": None, "the": frozenset({"page", "xx"}), "no": frozenset()},
        {"0": frozenset({"likes"}), "ab": None, "": frozenset({"zz"})},
        ("all rights reserved", "ab c", "q"),
    )


@needs_kernels
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "the page", "zz", "abc", "q", "no", "ab c"]),
                max_size=25).map("".join))  # fmt: skip
def test_the_kernel_names_the_twins_lines_for_any_tables(text: str) -> None:
    """Entries that need no string, an empty set of strings, an empty prefix, short
    required strings (``needles``) and anchors."""
    scan = _small_scan()
    for max_line in (0, 5, MAX_LINE):
        plain = scan_plain(text, **scan.tables(), max_line=max_line)
        assert scan.table is not None
        fold, more = case_folds()
        for folded in (None, text.casefold()):
            found = _kernels.ui_scan(
                text, folded, fold, more, code_point_classes(0x110000), max_line,
                scan.table, scan.needs, ":|"
            )  # fmt: skip
            if found is not None or folded is not None:
                assert found == scan_plain(text, **{**scan.tables(), "marks": ":|"},
                                           max_line=max_line)  # fmt: skip
        if max_line == MAX_LINE:
            assert scan.lines(text) == plain


def test_the_small_scan_by_hand() -> None:
    scan = _small_scan()
    assert scan.anchors == ["rights"]
    assert scan.needs[0] == ("ab c", "q")
    text = "Read more\nThe page\nThe cat\nno\n0 likes\n0 cats\nabba\nx: y\n© ALL RIGHTS RESERVED"
    keyed, marked, n = scan_plain(text, **scan.tables())
    assert [i for i, _ in keyed] == [0, 1, 4, 6, 8]
    assert marked == [(7, "x: y")]
    assert n == 9
    if scan.table is not None:
        assert scan.lines(text) == (keyed, marked, n)


def test_case_folds_are_str_casefold_of_each_code_point() -> None:
    """Case folding has no context: a text folds as its characters do one by one, and the
    table gives each character's folding."""
    fold, more = case_folds()
    chars = [chr(c) for c in range(FOLD_LIMIT) if not 0xD800 <= c < 0xE000]
    assert "".join(chars).casefold() == "".join(c.casefold() for c in chars)
    for c in chars:
        v = int(fold[ord(c)])
        got = chr(v & 0x1FFFFF)
        if v & 0x80000000:
            k = (v >> 21) & 0x3FF
            got += "".join(chr(x) for x in more[2 * k : 2 * k + 2] if x)
        assert got == c.casefold(), c


@needs_kernels
def test_the_kernel_leaves_a_text_beyond_its_tables_to_the_caller() -> None:
    p = Patterns.builtin()
    scan = p._scan
    assert scan is not None and scan.table is not None
    fold, more = case_folds()
    bmp = code_point_classes()
    args = (MAX_LINE, scan.table, scan.needs, ":")
    # beyond the fold table (U+3000 on): the caller folds the text
    assert _kernels.ui_scan("東京\nRead more", None, fold, more, bmp, *args) is None
    found = _kernels.ui_scan("東京\nRead more", "東京\nread more", fold, more, bmp, *args)
    assert found == ([(1, "Read more")], [], 2)
    # beyond the classes' table (emoji): a larger one
    assert _kernels.ui_scan("😀 Read more", "😀 read more", fold, more, bmp, *args) is None
    assert scan.lines("😀\nRead more") == ([(1, "Read more")], [], 2)
    # a long line is never looked at, whatever it holds
    assert scan.lines("😀" * (MAX_LINE + 1) + "\nRead more") == ([(1, "Read more")], [], 2)
    # folded must have the text's lines
    assert _kernels.ui_scan("a\nb", "a", fold, more, bmp, *args) is None
    assert _kernels.ui_scan("a", "a\nb", fold, more, bmp, *args) is None


@needs_kernels
def test_the_kernel_refuses_what_does_not_fit() -> None:
    fold, more = case_folds()
    bmp = code_point_classes()
    table = _kernels.ui_table(["a"], ["b"], [], ["c"], [1], [0])
    with pytest.raises(ValueError, match="not a ui_table"):
        _kernels.ui_scan("a", None, fold, more, bmp, 9, table[:-8], ((), ("x",)), ":")
    with pytest.raises(ValueError, match="names no group"):
        _kernels.ui_scan("b", None, fold, more, bmp, 9, table, ((),), ":")
    with pytest.raises(TypeError, match="needs"):
        _kernels.ui_scan("b", None, fold, more, bmp, 9, table, (), ":")
    with pytest.raises(TypeError, match="needs"):
        _kernels.ui_scan("b", None, fold, more, bmp, 9, table, ((), ("x", 1)), ":")
    with pytest.raises(TypeError, match="folded"):
        _kernels.ui_scan("b", b"b", fold, more, bmp, 9, table, ((), ("x",)), ":")
    with pytest.raises(ValueError, match="16 marks"):
        _kernels.ui_scan("b", None, fold, more, bmp, 9, table, ((), ("x",)), ":" * 17)
    with pytest.raises(TypeError, match="4 bytes"):
        _kernels.ui_scan("b", None, bmp, more, bmp, 9, table, ((), ("x",)), ":")
    with pytest.raises(ValueError, match="64"):
        _kernels.ui_table([], [], [], ["p" * 64], [], [0])
    with pytest.raises(ValueError, match="a value"):
        _kernels.ui_table([], ["b"], [], [], [], [])
    with pytest.raises(TypeError, match="lists of str"):
        _kernels.ui_table([1], [], [], [], [], [])
    assert _kernels.ui_scan("b x\nb", None, fold, more, bmp, 9, table, ((), ("x",)), ":") == (
        [(0, "b x")],
        [],
        2,
    )
    assert np.asarray(fold).dtype == np.uint32


def test_only_the_marks_match_the_prefix_patterns_mark_class() -> None:
    """``match`` tries the prefix patterns only on a line with one of ``_PREFIX_MARKS``:
    their class of marks, case-insensitive as they are compiled, matches no other code
    point."""
    import regex

    from cleantext.boilerplate.patterns import _PREFIX_MARKS

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    marks = regex.compile(f"[{_PREFIX_MARKS}]", regex.IGNORECASE | regex.V1)
    assert "".join(marks.findall(every)) == "".join(sorted(_PREFIX_MARKS))
