"""In-document block dedup (``dedup-blocks``): what a user checks on texts with and without
repeated blocks."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Cleaner, Config
from cleantext.blocks.repeated import find_repeated_blocks
from cleantext.config import BlockDedupOptions
from cleantext.edits import apply_edits

TITLE = "City council approves new cycling plan after long debate"
PARAS = [
    "The city council voted on Tuesday evening to approve a new cycling plan that will add "
    "forty kilometres of protected lanes over the next five years, ending a debate that had "
    "divided residents and shop owners since the spring.",
    "Supporters say the plan will make the streets safer for children and older people, while "
    "critics warn that removing parking spaces in the old town could hurt small businesses "
    "that already struggle with rising rents.",
    "The mayor, who had promised the lanes during her campaign, said the vote was a turning "
    "point for the city and thanked the volunteers who counted bicycles at every junction "
    "during the winter months.",
    "Work on the first section, along the river between the station and the university, is "
    "expected to start in March. The council will publish a detailed timetable for the other "
    "sections before the summer holidays.",
    "Opposition members asked for an independent review of the costs, which the council "
    "estimates at twelve million euros, and for regular reports on how the new lanes change "
    "traffic in the surrounding streets.",
    "A group of local traders said they would accept the decision but asked the council to "
    "keep delivery bays open in the mornings and to add short-stay parking near the market "
    "square, which is busy on weekends.",
]
ARTICLE = TITLE + "\n\n" + "\n\n".join(PARAS)

OTHER_TITLE = "Heavy rain closes mountain pass for the third time this month"
OTHER = (
    OTHER_TITLE
    + "\n\n"
    + "\n\n".join(
        [
            "The road over the pass was closed again on Sunday morning after heavy rain loosened "
            "rocks above the hairpin bends, forcing drivers to take a detour of almost two hours "
            "through the valley towns.",
            "Engineers from the regional roads office inspected the slope in the afternoon and "
            "said they hoped to reopen one lane by Wednesday if the weather improves and no "
            "further rockfalls are reported overnight.",
            "Hotel owners in the villages near the summit said the repeated closures had already "
            "led to cancelled bookings and asked for a permanent solution instead of emergency "
            "repairs after every storm.",
        ]
    )
)


def dedup(text: str, **options: object) -> str:
    return cleantext.clean(text, steps=["dedup-blocks"]) if not options else _with(text, options)


def _with(text: str, options: dict[str, object]) -> str:
    return apply_edits(text, find_repeated_blocks(text, BlockDedupOptions(**options)))  # type: ignore[arg-type]


def rewrap(text: str, width: int = 60) -> str:
    """Hard-wrap every paragraph, as a print or e-mail copy of a page would."""
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


# --- positives: the later copy goes, the first copy stays exactly as it was ---------------


def test_exact_second_copy_removed() -> None:
    assert dedup(ARTICLE + "\n\n" + ARTICLE) == ARTICLE


def test_rewrapped_second_copy_removed() -> None:
    doc = ARTICLE + "\n\n" + rewrap(ARTICLE)
    assert dedup(doc) == ARTICLE


def test_first_copy_wrapped_is_the_one_kept() -> None:
    wrapped = rewrap(ARTICLE, 50)
    # the one-paragraph-per-line copy also drops some blank lines
    doc = wrapped + "\n\n\n" + ARTICLE.replace("\n\n", "\n", 3)
    assert dedup(doc) == wrapped


def test_copy_with_other_blank_lines_and_trailing_spaces() -> None:
    copy = "\n".join(line + "  " for line in ARTICLE.replace("\n\n", "\n\n\n").split("\n"))
    assert dedup(ARTICLE + "\n\n" + copy) == ARTICLE


def test_typographic_variants_removed() -> None:
    first = ARTICLE.replace("said the", "said “the") + ' — "the end".'
    copy = first.replace("“", '"').replace(" — ", " - ").replace(" ", "\u00a0", 5)
    copy = copy.replace("the end", "the end…")
    assert dedup(first + "\n\n" + copy) == first


def test_copy_with_a_few_words_edited_removed() -> None:
    copy = (
        ARTICLE.replace("forty kilometres", "forty new kilometres")
        .replace("older people", "elderly people")
        .replace("during the winter months", "during the winter")
        .replace("Cycling", "cycling")
    )
    assert dedup(ARTICLE + "\n\n" + copy) == ARTICLE


def test_edited_title_goes_with_the_copy() -> None:
    copy = ARTICLE.replace("approves new cycling", "approves cycling", 1)
    assert dedup(ARTICLE + "\n\n" + copy) == ARTICLE


def test_truncated_copy_removed_with_its_title() -> None:
    copy = TITLE + "\n\n" + "\n\n".join(PARAS[:4])
    tail = "\n\nShare this article"
    assert dedup(ARTICLE + "\n\n" + copy + tail) == ARTICLE + tail


def test_three_copies_keep_first() -> None:
    doc = "\n\n".join([ARTICLE, rewrap(ARTICLE, 70), ARTICLE])
    assert dedup(doc) == ARTICLE


def test_pull_quote_paragraph_removed() -> None:
    body = [*PARAS[:3], PARAS[1], *PARAS[3:]]
    doc = TITLE + "\n\n" + "\n\n".join(body)
    assert dedup(doc) == ARTICLE


def test_content_around_the_copy_is_untouched() -> None:
    head = "Home  |  News\t| Sport\n\n"
    widget = "\n\nWhat's Your Reaction?\n\nlike\n\ndislike\n"
    doc = head + ARTICLE + "\n\n" + rewrap(ARTICLE) + widget
    assert dedup(doc) == head + ARTICLE + widget


def test_crlf_text() -> None:
    crlf = ARTICLE.replace("\n", "\r\n")
    assert dedup(crlf + "\r\n\r\n" + crlf) == crlf


def test_french_article_repeated() -> None:
    fr = (
        "La Russie et l’Iran renforcent leur coopération\n\n"
        "Les deux pays ont signé mercredi un accord qui prévoit des exercices communs, des "
        "échanges d’officiers et la livraison de matériel, a annoncé le ministère de la "
        "Défense à Moscou.\n\n"
        "Selon des diplomates occidentaux, l’accord inquiète les voisins de l’Iran, qui "
        "craignent une nouvelle course aux armements dans la région du Golfe."
    )
    copy = fr.replace("l’", "l'").replace("\n\n", "\n")
    assert dedup(fr + "\n\n" + copy) == fr


def test_chinese_article_repeated_rewrapped() -> None:
    zh = (
        "北京市政府周三宣布，将在未来五年内投资一百亿元建设新的地铁线路，以缓解交通拥堵问题。\n\n"
        "官员表示，新线路将连接城市东部和西部的主要商业区，预计每天可运送乘客超过一百万人次。"
    )
    assert dedup(zh + "\n\n" + zh.replace("\n\n", "\n")) == zh


# --- negatives: nothing is removed -----------------------------------------------------------


def test_text_without_repetition_is_byte_identical() -> None:
    doc = ARTICLE + "\n\n" + OTHER + "\n"
    assert dedup(doc) == doc
    assert not Cleaner(steps=["dedup-blocks"]).clean_document(doc).changed


def test_list_items_sharing_most_words_stay() -> None:
    items = "\n\n".join(
        f"In {year}, the company reported an operating margin of {m}% and net income of "
        f"${inc}m, according to its filing with regulators published on Tuesday"
        for year, m, inc in [(2019, 13, 447), (2020, 13, 447), (2021, 13, 452), (2022, 11, 447)]
    )
    table = "\n".join(f"Q{q} revenue rose {r}% to $2.{q}bn" for q, r in [(1, 5), (2, 7), (3, 5)])
    doc = ARTICLE + "\n\n" + items + "\n\n" + table
    assert dedup(doc) == doc


def test_table_rows_repeating_per_year_stay() -> None:
    row = (
        "In {y}, {what} for the whole group, including the retail stores and the online shop, "
        "was reported at {v} according to the annual filing with the regulators."
    )
    rows = [
        row.format(y=y, what=what, v=v)
        for y, v in [(2019, "4.1"), (2020, "4.1")]
        for what in ("revenue", "operating margin", "net income")
    ]
    doc = ARTICLE + "\n\n" + "\n\n".join(rows)
    assert dedup(doc) == doc


def test_near_duplicate_single_paragraph_stays() -> None:
    # one paragraph that differs in one word is a list item or a correction, not a copy
    doc = ARTICLE + "\n\n" + PARAS[2].replace("winter", "summer")
    assert dedup(doc) == doc


def test_two_different_articles_stay() -> None:
    doc = ARTICLE + "\n\n" + OTHER
    assert dedup(doc) == doc


def test_short_repeated_lines_and_sentences_stay() -> None:
    ad = "\n\nAdvertisement\n\n"
    short = "It is complicated, the mayor said."
    doc = ad.join(PARAS[:3]) + "\n\n" + short + ad + short + "\n\n" + PARAS[3]
    assert dedup(doc) == doc


def test_sentence_repeated_inside_another_paragraph_stays() -> None:
    sentence = (
        "No one on the council mentioned that the state of the city finances is not a problem "
        "that new bicycle lanes can solve."
    )
    doc = PARAS[0] + " " + sentence + "\n\n" + PARAS[1] + "\n\n" + sentence + "\n\n" + PARAS[2]
    assert dedup(doc) == doc


def test_short_paragraph_repeated_is_kept_unless_min_words_lowered() -> None:
    para = "The vote passed with twenty-one votes in favour and ten against."  # 11 words
    doc = ARTICLE + "\n\n" + para + "\n\n" + OTHER + "\n\n" + para
    assert dedup(doc) == doc
    assert dedup(doc, min_words=10) == ARTICLE + "\n\n" + para + "\n\n" + OTHER


# --- edits, explain, switches ------------------------------------------------------------------


def test_edit_points_at_the_earlier_copy() -> None:
    doc = ARTICLE + "\n\n" + rewrap(ARTICLE)
    result = Cleaner(steps=["dedup-blocks"]).clean_document(doc)
    (edit,) = result.edits
    assert edit.rule == "repeated-block" and edit.after == ""
    assert edit.ref is not None
    earlier = doc[edit.ref[0] : edit.ref[1]]
    assert earlier.startswith(TITLE) and earlier.endswith("on weekends")
    assert doc[edit.source_start : edit.source_end].strip().startswith(TITLE)
    assert f"{edit.ref[0]}-{edit.ref[1]}" in edit.note


def test_rule_can_be_switched_off() -> None:
    doc = ARTICLE + "\n\n" + ARTICLE
    assert (
        Cleaner(Config(steps=("dedup-blocks",), disable=frozenset({"repeated-block"}))).clean(doc)
        == doc
    )


def test_threshold_is_configurable() -> None:
    copy = ARTICLE.replace("older people", "elderly people").replace("March", "April")
    doc = ARTICLE + "\n\n" + copy
    assert dedup(doc, threshold=0.7) == ARTICLE
    assert dedup(doc, threshold=1.0) == doc


def test_explain_shows_the_removed_copy() -> None:
    doc = ARTICLE + "\n\n" + ARTICLE
    cmd = ["explain", "--json", "--steps", "dedup-blocks", "-"]
    r = subprocess.run(
        [sys.executable, "-m", "cleantext.cli", *cmd],
        input=doc.encode(),
        capture_output=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    edits = json.loads(r.stdout)["edits"]
    assert [e["rule"] for e in edits] == ["repeated-block"]
    assert edits[0]["ref"] == [0, len(ARTICLE) - 1]  # the first copy, up to its last word


def test_bundled_example_second_copy_only(example_text: str) -> None:
    result = Cleaner(steps=["dedup-blocks"]).clean_document(example_text)
    (edit,) = result.edits
    first = example_text.split("\n\n")[0]
    assert edit.before.startswith(first)  # the title of the second copy goes with it
    assert result.text.count(first) == 1 and result.text.startswith(first)
    assert "What's Your Reaction?" in result.text


# --- properties ----------------------------------------------------------------------------------

WORDS = st.sampled_from(["alpha", "beta", "gamma", "delta", "kappa", "omega", "sigma", "zeta"])
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=30).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=12), st.sampled_from(["\n", "\n\n", "\n\n\n"]))
def test_edits_are_removals_of_later_text_and_idempotent(paras: list[str], sep: str) -> None:
    doc = sep.join(paras)
    edits = find_repeated_blocks(doc, BlockDedupOptions())
    for e in edits:
        assert e.after == "" and e.ref is not None and e.ref[1] <= e.start
    once = dedup(doc)
    assert dedup(once) == once


def test_step_runs_passes_until_nothing_is_left() -> None:
    """A pass can leave a copy that a false match hid (A B A B, short parts sharing most
    words: the second A is glued to a false match of the first B); the step runs passes,
    one group of edits each, until one removes nothing."""
    from cleantext.blocks.repeated import run_step

    a = (
        "שלום עולם:2{0日本語のテキスト。שלום עולם日本語のテキスト。שלום עולםשלום עולםשלום עולם"
        "שלום עולםمرحبا بالعالم.שלום עולם"
    )
    b = "0:2:0日本語のテキスト。שלום עולםשלום עולםשלום עולםשלום עולם中文，标点！"
    doc = "\n\n".join([a, b, a, b])
    groups = run_step(doc, Config())
    assert len(groups) == 2
    out = doc
    for group in groups:
        out = apply_edits(out, group)
    assert out == a and find_repeated_blocks(out, BlockDedupOptions()) == []
    assert dedup(doc) == out


@pytest.mark.parametrize("width", [30, 45, 80])
def test_any_wrapping_of_the_copy(width: int) -> None:
    doc = ARTICLE + "\n\n" + rewrap(ARTICLE, width)
    assert dedup(doc) == ARTICLE


def test_options_from_toml_table_and_validation() -> None:
    cfg = Config.from_dict({"dedup": {"candidate_threshold": 0.6, "min_words": 25}})
    assert cfg.dedup.candidate_threshold == 0.6 and cfg.dedup.min_words == 25
    with pytest.raises(cleantext.ConfigError):
        Config.from_dict({"dedup": {"candidate_threshold": 0}})


_COUNCIL = [
    "The city council voted on Tuesday to expand the bike lane network across the downtown "
    "area, a decision that followed months of heated public debate between residents and shop "
    "owners.",
    "Supporters said the plan would make streets safer for children and reduce traffic, while "
    "critics warned that parking spaces would disappear and small businesses would suffer.",
    "The first new lanes are expected to open next spring, according to the transport "
    "department, which will publish a detailed timetable in the coming weeks.",
]


@pytest.mark.parametrize(
    "first",
    [
        "Council backs bike lanes\n\n" + "\n\n".join(_COUNCIL),
        "Council backs bike lanes\n\nPhoto: AFP\n\n"
        + "\n\n".join(_COUNCIL[:2])
        + "\n\nPhoto: AFP\n\n"
        + _COUNCIL[2],
    ],
)
def test_copy_rewrapped_into_one_paragraph_edited_and_cut_short(first: str) -> None:
    """The later copy has no blank lines, one word more and lacks the last paragraph."""
    edited = _COUNCIL[0].replace("Tuesday", "Tuesday evening")
    second = "Council backs bike lanes\n" + textwrap.fill(edited, 60) + "\n"
    second += textwrap.fill(_COUNCIL[1], 60) + "\n"
    out = cleantext.clean(first + "\n\n" + second, steps=["dedup-blocks"])
    assert out.strip() == first
    # the short repeated "Photo: AFP" line of the first copy stays where it is
    assert out.count("Photo: AFP") == first.count("Photo: AFP")


# --- the whole-text pre-check and the tokenizer behind it -------------------------------------

_CHARS = list(
    "aZ9 \n\t.,'’-_\u00a0\u200béÉe\u0301ßẞΣς𝚺ﬁⅫ²ͺ\ufdfa\u0e01\u0e34\u0e35\u0bcd\u0b95"
    "漢字カナ\u3099。\ud800😀ǅİ"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_CHARS), max_size=40))
def test_tokenizer_matches_the_word_pattern(text: str) -> None:
    """The whole-text tokenizer gives the words, spans and normal forms of the reference
    (one regex match per word, case-folded and NFKC-normalised word by word)."""
    from cleantext.blocks import align

    spans = [m.span() for m in align._WORD.finditer(text)]
    toks = align.tokenize(text)
    assert list(zip(toks.starts, toks.ends, strict=True)) == spans
    assert toks.words == [align._norm(text[s:e]) for s, e in spans]
    assert align.words(text) == toks.words


_WORDS = st.sampled_from(
    [
        "the",
        "cat",
        "sat",
        "on",
        "a",
        "mat",
        "and",
        "Ça",
        "ÉTÉ",
        "漢",
        "字",
        "ﬁne",
        "dog",
        "ran",
        "far",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=30), min_size=1, max_size=8),
    st.lists(st.integers(0, 7), max_size=6),
    st.integers(1, 25),
)
def test_precheck_never_skips_a_removal(
    paras: list[list[str]], repeats: list[int], min_words: int
) -> None:
    """Whenever the whole-text check says nothing can repeat, the full search removes
    nothing either (paragraphs repeated on purpose make both cases common)."""
    from cleantext.blocks.repeated import _nothing_repeats

    chunks = [" ".join(p) + "." for p in paras]
    chunks += [chunks[i % len(chunks)].upper() for i in repeats]
    text = "\n\n".join(chunks)
    opts = BlockDedupOptions(min_words=min_words)
    if _nothing_repeats(text, opts):
        assert find_repeated_blocks(text, opts) == []


def test_precheck_skips_text_without_repeated_runs() -> None:
    from cleantext.blocks.repeated import _nothing_repeats

    opts = BlockDedupOptions()
    assert _nothing_repeats(ARTICLE + "\n\n" + OTHER, opts)
    assert not _nothing_repeats(ARTICLE + "\n\n" + PARAS[2], opts)
    # a repeated sentence inside longer paragraphs is a repeated run, yet stays
    sentence = (
        "The council will publish a detailed timetable for the other sections of the new "
        "lanes before the summer holidays begin."
    )
    text = PARAS[0] + " " + sentence + "\n\n" + PARAS[1] + " " + sentence
    assert not _nothing_repeats(text, opts)
    assert find_repeated_blocks(text, opts) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_CHARS, *"ÀÖøĳſΣЖж\u05d0\u0627ᾷ⼙ｶﾞ"]), max_size=40))
def test_word_bytes_are_the_words(text: str) -> None:
    """The bytes the whole-text check reads hold the tokenizer's words, in C or not."""
    import unicodedata

    from cleantext.blocks import align

    words = " ".join(align.words(text)).split()  # U+FDFA's NFKC form is several words
    # where a word needs NFKC, all words get it: words equal before are equal after
    nfkc = " ".join(unicodedata.normalize("NFKC", w) for w in words).split()
    assert align.word_bytes(text).decode("utf-8", "surrogatepass").split() in (words, nfkc)
    assert align._lowered(text).decode("utf-8", "surrogatepass").split() in (words, nfkc)


def test_word_bytes_path_by_path() -> None:
    from cleantext.blocks import align

    def split(text: str) -> list[str]:
        return align.word_bytes(text).decode().split()

    assert align.word_bytes("The CAT, the cat") == b"the cat  the cat"  # ASCII
    assert split("L’ÉTÉ — Straße") == ["l", "été", "strasse"]  # C, folded
    assert split("Ça 😀 ﬁne") == ["ça", "fine"]  # C, NFKC
    assert split("Ça 漢字。ｶﾞ") == align.words("Ça 漢字。ｶﾞ")  # C, cut into words
    assert split("Ça 漢字 𠀀") == ["ça", "漢", "字", "𠀀"]  # beyond the table: numpy
    assert split("\ufdfa") == ["صلى", "الله", "عليه", "وسلم"]


def test_precheck_is_the_same_with_and_without_the_kernels(monkeypatch) -> None:
    from cleantext.blocks import align, repeated

    opts = BlockDedupOptions()
    texts = [
        ARTICLE + "\n\n" + OTHER,
        ARTICLE + "\n\n" + PARAS[2],
        ARTICLE.upper() + "\n\n" + ARTICLE.replace(" ", "\u00a0"),
        " ".join(["spam"] * 39),
        " ".join(["spam"] * 40),
        "Ça " * 30 + "ﬁ " * 30,  # NFKC
        "Ça " * 40 + "ﬁ " * 30,
        "漢字" * 19,
        "漢字" * 20,
    ]
    compiled = [repeated._nothing_repeats(t, opts) for t in texts]
    assert compiled == [True, False, False, True, False, True, False, True, False]
    monkeypatch.setattr(repeated, "_kernels", None)
    monkeypatch.setattr(align, "_kernels", None)
    assert [repeated._nothing_repeats(t, opts) for t in texts] == compiled


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(_CHARS), max_size=60))
def test_long_text_scanned_in_parts_gives_the_same_words(text: str) -> None:
    """A long text is tokenized part by part (cut at spaces or line breaks): the same words
    and spans as in one go (parts of 7 characters here, to exercise the cuts)."""
    from cleantext.blocks import align

    whole = align._scan_part(text)
    original = align._PART
    try:
        align._PART = 7
        parts = align._scan(text)
    finally:
        align._PART = original
    assert parts[0].tolist() == whole[0].tolist() and parts[1].tolist() == whole[1].tolist()
    assert parts[2] == whole[2]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["the", "cat", "été", "漢", "x", "longer", "\ufdfa"]), max_size=60),
    st.lists(st.integers(1, 9), min_size=1, max_size=20),
    st.integers(1, 4),
)
def test_window_shingle_hashes_are_the_corpus_ngram_hash(
    words: list[str], cuts: list[int], n: int
) -> None:
    """The windows' shingle hashes (one kernel call) are corpus dedup's ``ngram_hash`` of
    the shingle strings; a word holding a space (NFKC of U+FDFA) takes the numpy path."""
    from cleantext.blocks.align import shingles
    from cleantext.blocks.align import words as norm_words
    from cleantext.minhash.shingle import ngram_hash, word_run_hashes

    w = norm_words(" ".join(words))
    wins, a = [], 0
    for c in cuts * 10:
        if a >= len(w):
            break
        wins.append((a, min(a + c, len(w))))
        a = wins[-1][1]
    hashes, offsets = word_run_hashes(w, wins, n)
    for (a, b), lo, hi in zip(wins, offsets[:-1], offsets[1:], strict=True):
        expected = [" ".join(w[i : i + n]) for i in range(a, b - n + 1)]  # in order, repeats too
        assert set(expected) == (shingles(w[a:b], n) if b - a >= n else set())
        assert hashes[lo:hi].tolist() == [ngram_hash(s.encode()) for s in expected]


def _units_reference(text: str, min_len: int, max_len: int) -> list[tuple[int, int]]:
    """Sentence windows word by word: close at a blank line, at a sentence end once
    ``min_len`` words long, always at ``max_len`` words."""
    import bisect

    from cleantext.blocks import align

    toks = align.tokenize(text)
    ends = set()
    for m in align._END.finditer(text):
        i = bisect.bisect_right(toks.starts, m.start()) - 1
        if i >= 0 and toks.ends[i] <= m.start():
            ends.add(i)
    breaks = {bisect.bisect_right(toks.starts, m.start()) - 1 for m in align._BLANK.finditer(text)}
    out, first = [], 0
    for i in range(len(toks)):
        size = i + 1 - first
        if size >= max_len or i in breaks or (size >= min_len and i in ends):
            out.append((first, i + 1))
            first = i + 1
    return out + ([(first, len(toks))] if first < len(toks) else [])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b ", ". ", "\n", "\n\n", "! ", "x.y", "漢", " ", "”. "])),
    st.integers(1, 6),
    st.integers(0, 6),
)
def test_sentence_windows_equal_the_word_by_word_reference(
    parts: list[str], min_len: int, extra: int
) -> None:
    from cleantext.blocks import align

    text = "".join(parts)
    got = align.units(text, align.tokenize(text), min_len, min_len + extra)
    assert got == _units_reference(text, min_len, min_len + extra)
