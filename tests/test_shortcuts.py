"""The speed shortcuts of ``normalize`` and ``tidy`` find exactly what the plain whole-text
searches find.

Each rule searches only where a cheap probe found a candidate (the lines around a ``.X``, the
line breaks that start a blank run, ...). These tests compare each shortcut with the plain
definition it replaces, on generated texts full of the characters the rules care about.
"""

from __future__ import annotations

import dataclasses
import re
import time

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _pages import cpu_best, scaling
from _rules import wow_rule
from cleantext import Cleaner
from cleantext.config import Config
from cleantext.edits import Edit, apply_edits
from cleantext.normalizers import _probe, code, hyphenation, punctuation, whitespace
from cleantext.normalizers._probe import Probe
from cleantext.normalizers.invisible import _CONTROL_GATE, has_control
from cleantext.tidy import _GAPS, line_ending, tidy_gaps

PIECES = [
    *" .,?\n\r\t-aZéÉ¿¡ßΩ\u00a0\x85\x1cП",
    "  ",
    ". a",
    ".Le",
    "fin",
    "-\n",
    "- \n",
    " \n",
    "\n\n\n",
    "\r\n",
    "\n \n\n",
    "infor",
    "mation",
    "x = 1;",
    "a.b(c)",
    " == ",
    "def f(x):",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def _spans(edits: list[Edit]) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.before, e.after) for e in edits]


def _plain(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(), "") for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_line_windows_find_every_match_of_the_whole_text(text: str) -> None:
    got = _spans(punctuation.space_before_punct(text))
    assert got == _plain(punctuation._SPACE_BEFORE, text)
    # (the matches, before the checks of the words: loss24 added text-wide ones)
    missing = [m.span() for m in punctuation._MISSING.finditer(text)]
    assert [m.span() for m in punctuation._missing(text)] == missing
    trailing = _spans(whitespace.strip_trailing(text))
    # (but the tabs that end a tab-separated row: loss24)
    cut = whitespace._TRAILING.finditer(text)
    kept = [m.span() for m in cut if whitespace._trailing(text, m) is not None]
    assert trailing == [s for s in _plain(whitespace._TRAILING, text) if s[:2] in kept]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_blank_runs_and_doubled_marks_are_the_whole_text_matches(text: str) -> None:
    blank = [
        (m.start(), m.end(), m.group(), "\r\n\r\n" if m.group().startswith("\r") else "\n\n")
        for m in whitespace._BLANK.finditer(text)
    ]
    assert _spans(whitespace.collapse_blank_lines(text)) == [b for b in blank if b[2] != b[3]]
    doubled = [
        (m.start(), m.end(), m.group(), m.group()[0]) for m in punctuation._DOUBLED.finditer(text)
    ]
    assert _spans(punctuation.doubled_punct(text)) == doubled


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_hyphenation_looks_at_every_split_word(text: str) -> None:
    if "hyphen" not in Probe(text).newline_events:
        assert hyphenation.join_hyphenated(text) == []
        return
    splits = list(hyphenation._SPLIT.finditer(text))
    words, alone = hyphenation.vocabulary(text, splits)
    expected = []
    for m in splits:
        after = hyphenation._replacement(m.group(1), m.group(2), words, alone)
        if after is not None:
            expected.append((m.start(), m.end(), m.group(), after))
    assert _spans(hyphenation.join_hyphenated(text)) == expected


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_tidy_finds_the_gaps_of_the_whole_text_search(text: str) -> None:
    nl = line_ending(text)
    expected = []
    for m in _GAPS.finditer(text):
        new = "" if m.start() == 0 else nl if m.end() == len(text) else nl + nl
        if new != m.group():
            expected.append((m.start(), m.end(), m.group(), new))
    assert _spans(tidy_gaps(text)) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([*"ab \n\t«é", "\x07", "\x85", "\x7f", "П", "Ж", "\u2028"]))
)
def test_control_characters_are_found_in_any_text(text: str) -> None:
    assert has_control(text) == (_CONTROL_GATE.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*PIECES, "$ ls", ">>> x", "return x;", "#include", "}"]), max_size=8)
)
def test_code_lines_match_as_one_search_of_all_patterns(pieces: list[str]) -> None:
    line = "".join(pieces).replace("\n", " ") + "\n"
    anchored, other = code._code_line()
    everything = re.compile(f"{anchored.pattern}|{other.pattern}", re.M)
    assert code._matches_code_pattern(line) == (everything.search(line) is not None)


LONG = 20_000


@pytest.mark.parametrize(
    "line",
    [
        "Text  here " + "a." * LONG + "x;",  # a dotted chain: a method call tried at each word
        "x = a.b()" + " " * LONG + "x",  # spaces after a call: ';?' between two runs of spaces
        "import x" + " " * LONG + "x",  # the same after an import
    ],
)
def test_code_line_patterns_are_linear(line: str) -> None:
    """The code-line patterns took time quadratic in a long line (20,000 characters: 1 to
    6 s in clean(); a 1 MB line: hours); now a few milliseconds."""
    started = time.process_time()
    code._is_code_line(line)
    assert time.process_time() - started < 0.3


@pytest.mark.parametrize(
    ("line", "is_code"),
    [
        ("System.out.println(x);", True),
        ("foo().bar.baz();  ", True),
        ("obj.method()  ;  ", True),
        ("import os.path as p ;", True),
        ("Call mom.later(today) please", False),  # near miss: prose after the call
        ("See fig.2 for details.", False),
    ],
)
def test_code_line_patterns_still_find_calls_and_imports(line: str, is_code: bool) -> None:
    assert code._is_code_line(line) is is_code


def test_copied_edits_keep_every_other_field() -> None:
    e = Edit("r", 3, 5, "ab", "c", "normalize", 1, 2, "why", (0, 2), 4)
    moved = dataclasses.asdict(e.shifted(7))
    assert moved == {**dataclasses.asdict(e), "start": 10, "end": 12}
    placed = dataclasses.asdict(e.placed("tidy", 9, 20, 22))
    expected = {"step": "tidy", "pass_no": 9, "source_start": 20, "source_end": 22}
    assert placed == {**dataclasses.asdict(e), **expected}


def test_a_rule_registered_after_cleaning_runs_with_an_equal_config() -> None:
    # the normalizers of a config are cached; adding or removing a rule must not be missed
    before = Cleaner(Config(steps=("normalize",))).clean("so WOW here")
    with wow_rule("calm-wow", order=146):
        assert Cleaner(Config(steps=("normalize",))).clean("so WOW here") == "so wow here"
    assert Cleaner(Config(steps=("normalize",))).clean("so WOW here") == before == "so WOW here"


FILLER = "A plain line, nothing to fix.\n" * 80


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 3), st.sampled_from(PIECES))))
@example("fin", [(0, 0, "\n\n")])  # a blank run that starts on the line above the edit
@example("x\ny \u200b.\nz", [(4, 1, "")])  # " ." once the character between goes
@example("a\nb\nc\nd", [(6, 1, "-")])  # an end-of-line hyphen after the edit
@example("a\n\nb\n", [(3, 1, "")])  # the blank run starts two lines above
def test_a_probe_after_edits_knows_what_a_new_probe_finds(core: str, changes: list) -> None:
    # the probe of an edited text searches only near the edits for what the old text lacked
    text = FILLER + core + FILLER
    edits, end = [], 0
    for at, length, new in sorted(changes):
        start = max(at, end)
        if start > len(core):
            break
        stop = min(start + length, len(core))
        edits.append(Edit("x", len(FILLER) + start, len(FILLER) + stop, core[start:stop], new))
        end = stop + 1
    if not edits:
        return
    old = Probe(text)
    facts = [old.events(c) for c in ".,?\n"], old.double_space
    assert facts  # computed, so that the new probe may rely on them
    new_text = apply_edits(text, edits)
    after, fresh = old.after(new_text, edits), Probe(new_text)
    assert after._clean_near is not None  # the shortcut is taken
    for c in ".,?\n":
        assert after.events(c) == fresh.events(c), c
    assert after.double_space == fresh.double_space


LATIN1_PIECES = [p for p in PIECES if all(ord(c) < 256 for c in p)]
#: what the rules need to hear of, exactly (the probe may report more)
NEEDED = {
    ".": {"double": r"\.\.", "space_before": r" \.", "upper_after": r"\.[¿¡]?\p{Lu}"},
    ",": {"double": ",,", "space_before": " ,"},
    "?": {"upper_after": r"\?[¿¡]?\p{Lu}"},
    "\n": {"trailing": r"[ \t]\r?\n", "hyphen": r"-\r?\n", "blank": r"\n[ \t]*\r?\n[ \t]*\r?\n"},
}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LATIN1_PIECES), max_size=24).map("".join))
def test_long_latin1_texts_probed_with_numpy_clean_the_same(text: str) -> None:
    # long Latin-1 texts take whole-array passes instead of searches
    old = _probe.NUMPY_FROM
    _probe.NUMPY_FROM = 0
    try:
        probe = Probe(text)
        found = {c: probe.events(c) for c in NEEDED}
        double_space = probe.double_space
        with_numpy = Cleaner(Config(steps=("normalize",))).clean_document(text)
    finally:
        _probe.NUMPY_FROM = old
    for c, kinds in NEEDED.items():
        for kind, pattern in kinds.items():
            if regex.search(pattern, text):
                assert kind in found[c], (c, kind)
    assert ("hyphen" in found["\n"]) == (regex.search(NEEDED["\n"]["hyphen"], text) is not None)
    assert double_space == ("  " in text)
    without = Cleaner(Config(steps=("normalize",))).clean_document(text)
    assert (with_numpy.text, with_numpy.edits) == (without.text, without.edits)


# --- block dedup: word tuples instead of joined strings ---

_WORD_POOL = st.sampled_from(["a", "b", "c", "ab", "é", "the", "a b", "b c"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_POOL, max_size=30), st.lists(_WORD_POOL, max_size=30), st.integers(1, 4))
def test_word_tuples_compare_like_joined_shingles(xs: list[str], ys: list[str], n: int) -> None:
    """For words without a space, shingle tuples give the Jaccard similarity and the
    comparison of joined shingles; the tokens say when words hold a space."""
    from cleantext.blocks import align

    w = xs + ys
    plain = align.Tokens(w, list(range(len(w))), list(range(len(w)))).plain
    assert plain == all(" " not in x for x in w)
    later, earlier = (len(xs), len(w)), (0, len(xs))
    joined = align.compare(w, later, earlier, n)
    if plain:
        assert align.compare(w, later, earlier, n, plain=True) == joined
        sx, sy = align.shingle_tuples(xs, n), align.shingle_tuples(ys, n)
        jx, jy = align.shingles(xs, n), align.shingles(ys, n)
        assert (len(sx), len(sy), len(sx & sy)) == (len(jx), len(jy), len(jx & jy))


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_POOL, max_size=30), st.data())
def test_grams_are_the_slices_of_k_words(w: list[str], data: st.DataObject) -> None:
    """The k-word tuples that anchor and the longest common run look up are the slices."""
    from cleantext.blocks import align

    k = data.draw(st.integers(1, 5))
    assert align.grams(w, k) == [tuple(w[i : i + k]) for i in range(len(w) - k + 1)]


def test_enabled_normalizers_follow_the_config_when_configs_alternate() -> None:
    """The last answer is reused only for the same config object: alternating configs, and
    an equal config built anew, get their own answers."""
    from cleantext.normalizers import enabled

    plain, without = Config(), Config(disable=frozenset({"mojibake"}))
    for _ in range(2):
        assert "mojibake" in [name for name, _ in enabled(plain)]
        assert "mojibake" not in [name for name, _ in enabled(without)]
        assert enabled(Config(disable=frozenset({"mojibake"}))) == enabled(without)


_TEXT_POOL = st.sampled_from(
    ["a", "B", " ", "\n", "é", "ß", "ﬁ", "\u0301", "漢", "字", "’", "Ç", "ÉTÉ", "\ufdfa", "x y"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT_POOL, max_size=40).map("".join), st.integers(2, 12))
def test_word_bytes_part_by_part_are_the_words_of_the_whole(text: str, part: int) -> None:
    """A long text's word bytes, made part by part (cut after a space or line break), hold
    the words of the whole text made at once."""
    import pytest

    from cleantext.blocks import align

    whole = align.word_bytes(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(align, "_PART", part)
        parts = align.word_bytes(text)
    assert parts.split() == whole.split()


def _sentences(n: int, paragraph: int) -> str:
    """``n`` sentences, each ending ". the next one" (a lowercase start), ``paragraph`` to a
    paragraph."""
    parts = [f"word{i} goes on for a while here. the" for i in range(n)]
    return "\n\n".join(" ".join(parts[i : i + paragraph]) for i in range(0, n, paragraph))


def test_capitalize_paragraph_search_is_linear() -> None:
    """Each lowercase sentence start searched its whole paragraph for the paragraph's ends:
    one long paragraph (a 1 MB line) took 7 s, 2 MB 28 s. Four times the sentences must cost
    about four times as much (sixteen was quadratic)."""
    from cleantext.normalizers.capitalize import capitalize_sentences

    def cost(n: int) -> float:
        text = _sentences(n, 10**6)
        return cpu_best(lambda: capitalize_sentences(text))

    small, big = scaling(cost, 2000, 8000, factor=6, slack=0.02)
    assert big < 6 * small + 0.02, (small, big)


@given(st.lists(st.integers(1, 6), min_size=1, max_size=8))
def test_capitalize_paragraphs_found_once_are_the_same(sizes: list[int]) -> None:
    """The paragraph of each edit, found once per paragraph, is the one a search from the
    edit finds."""
    from cleantext.normalizers.capitalize import _paragraph, _paragraphs_of

    text = "\n\n".join(_sentences(n, n) for n in sizes)
    edits = [Edit("r", m.start(), m.start() + 1, "t", "T") for m in re.finditer(r"\bthe\b", text)]
    assert list(_paragraphs_of(text, edits)) == [_paragraph(text, e.start) for e in edits]
