"""The extract preset's line features (boilerplate/features.py) and the fast paths under them
give exactly what the per-line definitions give: the features computed once per page and
looked up in later passes, word tokens and keys without a regex scan, terminal punctuation
with str methods, promo and consent phrases found by their longest word."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import numpy as np
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from _pages import FOOTER, MENU, STORY
from _scripts import PAGES, page
from cleantext.boilerplate import run_step
from cleantext.boilerplate.extract import find_main_content
from cleantext.boilerplate.features import _SPACE, PageFeatures, is_terminal
from cleantext.boilerplate.patterns import (
    Patterns,
    _line_keys,
    _normalize_one,
    normalize_folded,
    normalize_line,
    normalize_plain,
)
from cleantext.boilerplate.stopwords import (
    _WORD_OR_BREAK,
    Stopwords,
    _row_tokens,
    may_have_cjk,
)
from cleantext.boilerplate.twins import FEW_OTHERS, code_point_classes
from cleantext.config import Config
from cleantext.edits import apply_edits

DEV_PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate" / "dev.jsonl"

# characters that the fast paths treat one by one: apostrophes and quotes, marks, numbers
# that are no digits, digits of other scripts, spaces that str.split and \s see differently,
# CJK, a lone surrogate
ODD = list("'’‘`´\u0301\u0308é½²٣０\xa0\u202f\u2009\x85\u2028\x1c\x0b—“”«»ßİﬁ東한\ud800©&+.,:;!?)")
ODD += ["😀", "\U00020000"]  # the kernels' second and third tables (``twins.CLASS_LIMITS``)
ALPHABET = [chr(i) for i in range(128)] + ODD + list("0123456789 ., \n") * 3


def _texts(seed: int, n: int, alphabet: list[str] = ALPHABET) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choices(alphabet, k=rnd.randint(0, 24))) for _ in range(n)]


def _regex_rows(folded: str) -> list[list[str]]:
    """Word tokens per line as the regex defines them (the reference)."""
    rows: list[list[str]] = [[]]
    for tok in _WORD_OR_BREAK.findall(folded.replace("’", "'")):
        if tok == "\n":
            rows.append([])
        else:
            rows[-1].append(tok)
    return rows


def _dev_pages(n: int) -> list[str]:
    """The test pages written for the extract tests (several languages and scripts), then the
    first ``n`` shared dev pages where the shared data is there (a clean clone may not have
    it: these tests then run on the written pages alone)."""
    own = [page(lang) for lang in sorted(PAGES)]
    own.append("\n\n".join(["\n".join(MENU), *STORY, "\n".join(FOOTER)]) + "\n")
    if not DEV_PAGES.is_file():
        return own
    with DEV_PAGES.open(encoding="utf-8") as f:
        return own + [json.loads(line)["text"] for line in f][:n]


def test_word_tokens_without_a_scan_are_the_regex_tokens() -> None:
    many = [chr(c) for c in range(0x400, 0x400 + 2 * FEW_OTHERS)]  # too many to replace
    texts = _texts(1, 20_000) + _texts(2, 5_000, [chr(i) for i in range(128)])
    texts += _texts(3, 500, ALPHABET + many)
    texts += ["'''x", "\n'a''b'", "a\u0301'b \u0301c", "½a ²", "l'newsletter's"]
    for text in texts:
        folded = text.casefold()
        assert _row_tokens(folded) == _regex_rows(folded), text


def test_keys_without_a_scan_are_the_per_line_keys() -> None:
    for text in [*_texts(4, 20_000), "1,200 Shares\n\n2\u00a0000 €", "“Read more” »"]:
        expected = [_normalize_one(row) for row in text.split("\n")]  # the regex definition
        assert normalize_folded(text.casefold()) == expected, text
        assert [normalize_line(row) for row in text.split("\n")] == expected, text


def test_the_space_list_is_what_the_regex_module_calls_white_space() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert set(_SPACE) == set(regex.findall(r"[^\S\n]", every))


def test_terminal_is_the_terminal_punctuation_pattern() -> None:
    # (two full stops alone end no sentence: a title cut short, "抓好抓细..")
    old = regex.compile(r"(?:(?<!(?:^|[^.])\.)\.|[!?…。！？:;])['\"”’»)\]]*[^\S\n]*$")
    alphabet = [*"ab .!?…。！？:;'\"”’»)] \t\r\x0b\x1c\x85\u3000\u2028", *ODD]
    rows = [*_texts(5, 20_000, alphabet), "He said: “Yes.” ", "Home »", "", "ok.\u2028"]
    for row in (r.replace("\n", " ") for r in rows):
        assert is_terminal(row) == (old.search(row) is not None), row
    page = PageFeatures(Patterns.builtin(), Stopwords.load())
    text = "\n".join(r.replace("\n", " ") for r in rows[:3000])
    found = page.of(text).lines.terminal
    assert found == [old.search(row) is not None for row in text.split("\n")]


def test_case_folding_moves_no_character_into_or_out_of_the_cjk_blocks() -> None:
    """PageFeatures checks the unfolded text and uses the answer for the folded one."""
    for c in map(chr, range(0x110000)):
        assert may_have_cjk(c) == may_have_cjk(c.casefold()), hex(ord(c))


def test_phrases_found_by_their_longest_word_are_the_whole_word_matches() -> None:
    p = Patterns.builtin()
    words = ["newsletter", "subscribe", "all rights reserved", "privacy policy", "we use"]
    alphabet = [*words, "cookies", " ", " ", "\n", "'", "©", "&", "+", "½", "²", "x", "é"]
    rnd = random.Random(6)
    for _ in range(3_000):
        text = "".join(rnd.choices(alphabet, k=rnd.randint(0, 12)))
        keys = [normalize_line(row) for row in text.split("\n")]
        keyword, consent = p.phrase_lines(keys)
        assert keyword == {i for i, k in enumerate(keys) if p._keywords.search(k)}, text
        assert consent == {i for i, k in enumerate(keys) if p._consent.search(k)}, text
    assert p.phrase_lines(["l'newsletter", "½newsletter", "newsletters+"]) == ({0, 1, 2}, set())


def _fresh(text: str) -> tuple[object, ...]:
    found = PageFeatures(Patterns.builtin(), Stopwords.load()).of(text)
    return found.rows, found.lines, found.density, found.lang


def _looked_up(page: PageFeatures, text: str) -> tuple[object, ...]:
    found = page.of(text)
    return found.rows, found.lines, found.density, found.lang


def _in_language(text: str, lang: str | None) -> tuple[object, ...]:
    """The features of ``text`` computed anew, read in ``lang`` (the page's language)."""
    found = PageFeatures(Patterns.builtin(), Stopwords.load()).of(text)
    density = Stopwords.load().line_stats(text, lang)[1] if lang != found.lang else found.density
    return found.rows, found.lines, density, lang


def test_features_looked_up_after_removing_lines_are_the_features_computed_anew() -> None:
    """... in the page's language: what is left of a page keeps the language decided on it."""
    rnd = random.Random(7)
    for text in _dev_pages(40):
        page = PageFeatures(Patterns.builtin(), Stopwords.load())
        assert _looked_up(page, text) == _fresh(text)
        lang = page.of(text).lang
        rows = text.split("\n")
        for _ in range(3):  # what is left after each pass: fewer lines each time
            rows = [r for r in rows if rnd.random() < 0.7]
            left = "\n".join(rows)
            found = _looked_up(page, left)
            assert found == _in_language(left, found[3])
            assert found[3] in (lang, None)


def test_the_language_stays_when_removed_lines_would_change_it() -> None:
    english = "\n".join(["The news of the day and the weather for all of you in the town."] * 3)
    french = "Le conseil a voté pour la fermeture du vieux pont de la ville."
    text = english + "\n" + french
    page = PageFeatures(Patterns.builtin(), Stopwords.load())
    assert page.of(text).lang == "en"
    assert _looked_up(page, french) == _in_language(french, "en")
    assert _fresh(french)[3] == "fr"  # the same lines as a page of their own: French
    # a text with a line the page never had is computed anew, and so is a CJK page
    assert _looked_up(page, "A new line.") == _fresh("A new line.")
    cjk = "東京の天気は晴れです。\nHome\n今日はとても暑い日でした。"
    page = PageFeatures(Patterns.builtin(), Stopwords.load())
    assert _looked_up(page, cjk) == _fresh(cjk)
    assert _looked_up(page, cjk.split("\n")[0]) == _fresh(cjk.split("\n")[0])


def test_extract_passes_with_shared_features_give_the_edits_of_fresh_passes() -> None:
    """run_step's passes share one PageFeatures; each pass on its own gives the same edits,
    notes included."""
    config = Config(preset="extract")
    for text in _dev_pages(30):
        passes = [p for p in run_step(text, config) if p[0].rule.startswith("extract-")]
        assert passes
        current = text
        for edits in passes:
            fresh = find_main_content(current)
            assert [(e.rule, e.start, e.end, e.note) for e in edits] == [
                (e.rule, e.start, e.end, e.note) for e in fresh
            ]
            current = apply_edits(current, edits)


def test_ui_hits_from_the_features_are_the_light_presets_matches() -> None:
    """After extract, run_step hands the light pass the matches the features hold."""
    texts = [*_dev_pages(30), *_texts(8, 300), "Home\nRead more\nlike\nPhoto: AP"]
    for patterns in (Patterns.builtin(), Patterns.builtin().with_extra([r"photo: .{0,40}"])):
        for text in texts:
            page = PageFeatures(patterns, Stopwords.load())
            assert page.ui_hits(text) == patterns.match_lines(text, hints=False), text


# --- the C kernel that counts words and stopwords per line (``line_words``) -----------------

_STOP_PIECES = [
    "the", "The ", "le", "l’", "l'", "c’est", "der", "und", "и", "не", "że", "don’t",
    "o'clock", "’", "'", " ", "\n", "\n\n", ".", "é", "e\u0301", "\u0301", "ß", "İ", "東京",
    "한국", "😀", "𝐀", "\ud800", "٣", "½", "x" * 11, "a-b", "it’s", "est", "là",
    "\u200c", "\u200d", "می", "द्", "वारा", "فِي",
]  # fmt: skip


def _plain_in_lists(sw: Stopwords, folded: str) -> list[list[int]]:
    """Per word list, its words in each line, counted from the plain tokens."""
    rows = sw.count_plain(folded).rows or []
    items = [sw._lists[lang].items for lang in sw._word_lists]
    return [[sum(1 for w in row if w in lst) for row in rows] for lst in items]


@pytest.mark.skipif(Stopwords.load().count_compiled("") is None, reason="C kernels not built")
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STOP_PIECES + ODD), max_size=40).map("".join))
def test_compiled_word_counts_are_the_plain_counts(text: str) -> None:
    sw = Stopwords.load()
    folded = text.casefold()
    compiled, plain = sw.count_compiled(folded), sw.count_plain(folded)
    assert compiled is not None and compiled.in_lists is not None
    assert compiled.words == plain.words
    assert compiled.hits == plain.hits
    in_each = [compiled.in_list(k) for k in range(len(sw._word_lists))]
    assert in_each == _plain_in_lists(sw, folded)
    in_lists = map(sum, _plain_in_lists(sw, folded))
    assert compiled.hits == dict(zip(sw._word_lists, in_lists, strict=True))


def test_compiled_counts_are_used_when_the_kernel_is_built() -> None:
    """Where the kernels are built, the analysis of a page counts in C (and gives the plain
    analysis, lists of every length); a build without the extract kernels fails here."""
    if os.environ.get("CLEANTEXT_NO_EXTENSIONS"):
        pytest.skip("CLEANTEXT_NO_EXTENSIONS is set: the plain count is what runs")
    sw = Stopwords.load()
    assert sw.count_compiled("the cat") is not None, "_kernels is out of date: rebuild it"
    assert _line_keys is not None, "_kernels is out of date: rebuild it"
    for text in _dev_pages(20):
        folded = text.casefold()
        assert sw.count_compiled(folded) is not None
        plain = sw.count_plain(folded)
        assert sw.analyse(folded).hits == plain.hits


def test_the_word_kernel_refuses_tables_that_do_not_fit() -> None:
    kernels = pytest.importorskip("cleantext.minhash._kernels", reason="C kernels not built")
    sw = Stopwords.load()
    slots, chars, bounds, masks = sw._tables
    n = len(sw._word_lists)
    classes = code_point_classes()
    good = np.zeros((3, n + 1), np.int32)
    assert kernels.line_words("the\ncat", classes, slots, chars, bounds, masks, n, good)
    assert good[:, 0].tolist() == [1, 1, 2]  # the lines, then the totals
    assert good[-1, 1 + sw._word_lists.index("en")] == 1
    with pytest.raises(ValueError, match="a row for each line"):
        kernels.line_words("a\nb\nc", classes, slots, chars, bounds, masks, n, good)
    with pytest.raises(ValueError, match="no word table"):  # a slot names no word
        kernels.line_words("the", classes, slots + 5000, chars, bounds, masks, n, good[1:])
    with pytest.raises(ValueError, match="no word table"):  # a word ends past its chars
        kernels.line_words("the", classes, slots, chars[:3], bounds, masks, n, good[1:])
    with pytest.raises(ValueError, match="disagree"):
        kernels.line_words("a", classes, slots[:3], chars, bounds, masks, n, good[:2])
    with pytest.raises(ValueError, match="disagree"):
        kernels.line_words("a", classes, slots, chars, bounds[:-1], masks, n, good[:2])
    with pytest.raises(TypeError, match="items of 4 bytes"):
        kernels.line_words("a", classes, slots.astype(np.int64), chars, bounds, masks, n, good[1:])
    # a character above the table: not counted (the caller counts in Python)
    assert not kernels.line_words("a😀", classes[:128], slots, chars, bounds, masks, n, good[:2])


_KEY_PIECES = [
    "0", "1", "٣", "０", "½", ".", ",", " ", "\xa0", "\u202f", "\u2009", "\n", "’", "‘", "`",
    "´", "'", "©", "&", "+", "-", "»", "Read", "more", "ß", "\x1c", "\x85", "\u2028", "\t",
    "😀", "𝟘", "東", "e\u0301", "\ud800",
]  # fmt: skip


@pytest.mark.skipif(_line_keys is None, reason="C kernels not built")
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES + ODD), max_size=40).map("".join))
def test_compiled_keys_are_the_plain_keys(text: str) -> None:
    folded = text.casefold()
    assert normalize_folded(folded) == normalize_plain(folded)
    assert normalize_folded(folded) == [_normalize_one(row) for row in text.split("\n")]
    assert [normalize_line(row) for row in text.split("\n")] == normalize_plain(folded)


def test_the_key_kernel_leaves_characters_above_its_table_to_python() -> None:
    kernels = pytest.importorskip("cleantext.minhash._kernels", reason="C kernels not built")
    classes = code_point_classes()
    assert kernels.line_keys("a  b\n\n1,200 x", classes) == ["a b", "", "0000 x"]
    assert kernels.line_keys("a😀", classes[:128]) is None
    with pytest.raises(TypeError):
        kernels.line_keys(b"a", classes)


def test_the_key_kernel_makes_its_latin_table_again_for_other_classes() -> None:
    # ``line_keys`` tells most characters below 256 by a table made from the classes' first
    # 256 entries: classes that differ there (no letter "a", no digit "5") are not read with
    # the table of the classes before
    kernels = pytest.importorskip("cleantext.minhash._kernels", reason="C kernels not built")
    classes = bytes(code_point_classes())
    other = bytearray(classes)
    other[ord("a")] &= ~8  # (``LK_KEPT``)
    other[ord("5")] &= ~4  # (``LK_DIGIT``)
    for _ in range(2):
        assert kernels.line_keys("a5.5 b’s", classes) == ["a00 b's"]
        assert kernels.line_keys("a5.5 b’s", bytes(other)) == ["5 5 b's"]


def test_matches_kept_by_key_are_what_a_fresh_pattern_set_finds(monkeypatch) -> None:
    """``Patterns.match`` keeps the alternation's result of each key (a bounded table,
    emptied when full); kept or not, a key gets what a new pattern set finds for it."""
    import tomllib
    from importlib.resources import files

    from cleantext.boilerplate import patterns as patterns_module

    table = tomllib.loads(files("cleantext.data").joinpath("boilerplate.toml").read_text())
    keys = ["00 march 0000", "anna am 00 märz 0000", "0 comments", "home", "share", "tom"]
    keys += [normalize_line(t) for t in _texts(5, 300)]
    expected = [Patterns(table).match(k, k) for k in keys]
    monkeypatch.setattr(patterns_module, "_KEYS_KEPT", 7)
    kept = Patterns(table)
    for _ in range(3):
        assert [kept.match(k, k) for k in keys] == expected
    assert len(kept._by_key) <= 7
    extra = kept.with_extra([r"tom"])
    assert extra.match("tom") == patterns_module.Match("user", "line")
    assert [extra.match(k, k) for k in keys[:3]] == expected[:3]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "", "c"]), max_size=8), st.data())
def test_a_text_left_after_removing_lines_is_told_as_the_counts_tell_it(rows, data) -> None:
    """PageFeatures tells a text with lines removed by their order (``_subsequence``); a
    subsequence is always a sub-multiset, so the counted check never disagrees."""
    from collections import Counter

    from cleantext.boilerplate.features import _subsequence

    kept = data.draw(st.lists(st.sampled_from(["a", "b", "", "c", "d"]), max_size=8))
    plain = any(
        [rows[i] for i in range(len(rows)) if mask >> i & 1] == kept
        for mask in range(2 ** len(rows))
    )
    assert _subsequence(kept, rows) == plain
    if plain:
        assert not Counter(kept) - Counter(rows)


def test_features_of_lines_removed_and_reordered_are_the_features_computed_anew() -> None:
    """A text with some lines removed and the rest out of order is counted, not taken for
    a removal in order; what comes out is what a fresh computation gives."""
    rnd = random.Random(8)
    for text in _dev_pages(20):
        page = PageFeatures(Patterns.builtin(), Stopwords.load())
        page.of(text)
        rows = [r for r in text.split("\n") if rnd.random() < 0.8]
        rnd.shuffle(rows)
        left = "\n".join(rows)
        assert _looked_up(page, left) == _fresh(left)
        left = "\n".join([*rows, rows[0] if rows else "x"])  # a line more often than before
        assert _looked_up(page, left) == _fresh(left)


def test_hangul_is_cjk_for_word_counts_but_korean_is_found_by_its_word_list() -> None:
    """``tokens.CJK`` has Hangul, ``tokens.HAN_KANA`` (the scripts whose stopword lists are
    characters) has not: a Korean text is Korean by its word list, a Chinese one Chinese by
    its characters, and two CJK characters of either add a word to a line's count."""
    from cleantext.tokens import CJK, HAN_KANA

    korean = "그리고 나는 그 집에 있는 사람을 만났다."
    chinese = "我们今天在北京的天气很好，我们去了公园。"
    sw = Stopwords.load()
    assert (sw.detect(korean), sw.detect(chinese)) == ("ko", "zh")
    assert CJK.search(korean) and not HAN_KANA.search(korean)
    lines = PageFeatures(Patterns.builtin(), sw).of(korean).lines
    assert (lines.tokens, lines.words) == ([7], [7 + len(CJK.findall(korean)) // 2])


def test_is_terminal_is_the_terminal_pattern() -> None:
    """``is_terminal`` (``extract._wrapped`` asks it) answers what the regex that it replaced
    answered (kept here as the reference): the same for the scripts' marks too, a closing
    quote and spaces after them."""
    from cleantext.boilerplate.features import is_terminal

    reference = regex.compile(
        r"(?:(?<!(?:^|[^.])\.)\.|[!?…。！？．｡:;।॥؟۔။។៕։።፧།])['\"”’»)\]」』）】〕〉》＂＇]*\s*$"
    )  # (not two full stops alone: a title cut short, ``features._truncated``)
    for row in [
        "Er sagte।",
        "done.” ",
        "Home »",
        "a ۔)",
        "x؟",
        "no end",
        "",
        "ok.\u3000",
        "「ない。」",
        "（共同）",
        "終わり．",
        "书名》",
        "抓好..",
        "a.…",
        "x...",
        "..",
        "ខ្ញុំស្រឡាញ់ភ្នំពេញ។",
        "ရန်ကုန်မြို့ကို ချစ်တယ်။",
        "Երևան։",
    ]:
        assert is_terminal(row) == (reference.search(row) is not None), row


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab \n.", "東京", "한국어", "ไทย", "😀", "ß", "\u3000"]), max_size=20
    )
)
def test_cjk_per_line_counts_what_findall_finds(pieces: list[str]) -> None:
    """Each line's CJK characters, counted from what is left once the rest is removed: the
    count of the CJK characters ``CJK_OR_BREAK.findall`` finds between its line breaks."""
    from cleantext.boilerplate.features import _cjk_per_line
    from cleantext.tokens import CJK_OR_BREAK

    text = "".join(pieces)
    found = "".join(CJK_OR_BREAK.findall(text)).split("\n")
    assert _cjk_per_line(text) == list(map(len, found))


def test_an_ascii_text_folds_as_it_lowers() -> None:
    """``PageFeatures`` lowers an ASCII text instead of case-folding it: the same for every
    ASCII character (a near miss: "ß" is not ASCII and folds to "ss")."""
    every = "".join(map(chr, range(128)))
    assert every.lower() == every.casefold() and "ß".lower() != "ß".casefold()


def test_ui_hits_of_what_is_left_are_looked_up_and_a_new_line_is_matched() -> None:
    """The lines of a text left of the page are looked up (the same matches as matching
    them); a text with a line never seen is matched as a new one."""
    page = PageFeatures(Patterns.builtin(), Stopwords.load())
    page.of("Home\nThe cat sat on the mat.\nRead more\nShare")
    patterns = Patterns.builtin()
    for text in ("The cat sat on the mat.\nRead more", "Read more\nAdvertisement"):
        assert page.ui_hits(text) == patterns.match_lines(text, hints=False), text


def test_row_ends_strip_only_rows_that_end_in_space_or_a_closer() -> None:
    # ``_ends`` reads the last character of most rows as it is; a row that ends in white
    # space or a closing quote is stripped first, as ``is_terminal`` does
    from cleantext.boilerplate.features import _ends
    from cleantext.sentences import CLOSING

    rows = ["Done.", "Done. ", "“Done.”", "Home »", "", "\u3000", "Title..", "a)"]
    assert _ends(rows) == [r.rstrip(_SPACE).rstrip(CLOSING)[-1:] for r in rows]
    assert [e in (".", "!", "?") for e in _ends(rows[:6])] == list(map(is_terminal, rows[:6]))


def test_the_picker_takes_rows_in_order_and_tells_an_unknown_row() -> None:
    # ``picker`` (one itemgetter call) gives what a comprehension gives, for no, one and
    # many indexes; ``_positions`` is None when a row was never seen
    from cleantext.boilerplate.features import _positions, picker

    values = ["a", "b", "c", "d"]
    for index in ([], [2], [3, 0, 0, 1]):
        assert picker(index)(values) == [values[i] for i in index]
    assert _positions({"x": 4, "y": 7}, ["y", "x"]) == [7, 4]
    assert _positions({"x": 4}, ["x", "z"]) is None and _positions({"x": 4}, ["z"]) is None
