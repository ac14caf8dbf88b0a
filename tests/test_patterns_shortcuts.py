"""The speed shortcuts of ``Patterns.match_lines`` find exactly what matching each line
on its own finds.

``match_lines`` looks up the exact keys of all lines at once, tries the pattern
alternation only on lines that a first word, a prefix or a required string makes
candidates (found by scans of the whole text), and checks line lengths only on lines that
match. These tests compare it with :meth:`Patterns.match` line by line, on generated texts
full of the words, prefixes and strings the prefilters look for.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleantext.boilerplate.patterns import MAX_LINE, Patterns, _Prefilter, normalize_lines

PIECES = [
    "0", "12", "1.2K", " ", "  ", "\n", "\n\n", "\t", ":", " » ", "|", ".", "©", "(c)",
    "Copyright", "copyright", "Share", "shares", "The", "the page you requested does not ",
    "exist", "comments", "Comment", "Read more", "READ MORE", "Related", "More from ",
    "news", "Home", "like", "all rights reserved", "Tous droits réservés", "by using our site",
    " we use cookies to ", "agree", "cookies", "Photo", "Getty Images", "AP", "x" * 90,
    "é", "ß", "İ", "😀", "東京", "Follow us on Twitter", "Advertisement", "wow",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _per_line(p: Patterns, text: str, hints: bool) -> list[object]:
    out = [p.match(row) for row in text.split("\n")]
    return out if hints else [None if m is None or m.strength == "hint" else m for m in out]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("Read more: " + "x" * MAX_LINE + "\nRead more: the story\n\nShare")
@example("Home\n" + "Home " * 60 + "\n0 comments")
@example("12 shares facebook twitter " + "x" * MAX_LINE + "\n12 shares facebook twitter")
def test_match_lines_is_match_of_each_line(text: str) -> None:
    builtin = Patterns.builtin()
    user = builtin.with_extra([r"photo: .{0,40}"])
    for p in (builtin, user):
        for hints in (True, False):
            assert p.match_lines(text, hints=hints) == _per_line(p, text, hints), text
            keys = normalize_lines(text)  # the caller's keys, long lines included
            assert p.match_lines(text, keys, hints=hints) == _per_line(p, text, hints), text


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS.map(lambda t: " ".join(normalize_lines(t))), max_size=12))
def test_prefilter_candidates_are_the_lines_a_per_line_check_finds(keys: list[str]) -> None:
    """A line is a candidate if its first word is one of a pattern's words, or starts with
    one of its prefixes, and it holds one of that pattern's strings; or it holds a string
    of a pattern with no known first words."""
    patterns = [r"0+ comments?", r"more from .{1,60}", r".{0,40}getty images", r"share 0+k?"]
    patterns += [r"(?:the|this) page .{0,20}does not exist", r"\w+ shares?"]
    f = _Prefilter(patterns)
    plain = []
    for i, key in enumerate(keys):
        first = key.partition(" ")[0]
        fits = [f.words[first]] if first in f.words else []
        fits += [need for pre, need in f.prefixes.items() if first.startswith(pre)]
        by_first = bool(first) and any(n is None or any(s in key for s in n) for n in fits)
        if by_first or any(s in key for s in f.strings):
            plain.append(i)
    assert f.candidates(keys) == plain


def _table() -> dict[str, dict[str, list[str]]]:
    import tomllib
    from importlib.resources import files

    text = files("cleantext.data").joinpath("boilerplate.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("0 comments\nhome\nshare 12\nphoto getty images")
def test_match_tries_the_full_alternation_as_two_parts(text: str) -> None:
    """With every hint pattern after the others, ``match`` tries the alternation without
    the hints, then the hints alone (the full alternation is never compiled): the first
    pattern that matches is the one the full alternation finds."""
    p = Patterns.builtin()
    assert p._hints_last
    for key in normalize_lines(text):
        if not key or len(key) > MAX_LINE or key in p._exact:
            continue
        found = p._combined.fullmatch(key)
        full = None if found is None or found.lastgroup is None else found.lastgroup
        assert p.match(key, key) == (None if full is None else p._matches[int(full[1:])])


def test_a_bad_pattern_in_the_table_fails_naming_it() -> None:
    """A bad pattern fails when the alternation it is in is compiled: at once for the
    patterns the light preset uses, when hints are first wanted for a hint pattern."""
    import pytest
    import regex

    table = _table()
    table["extra"] = {"regex": ["share (unclosed"]}
    with pytest.raises(regex.error, match="missing \\)"):
        Patterns(table)
    table["extra"] = {"hints_regex": ["menu (unclosed"]}
    p = Patterns(table)
    assert p.match_lines("Read more\nmenu", hints=False)[0] is not None
    with pytest.raises(regex.error, match="missing \\)"):
        p.match_lines("Read more\nmenu")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "word", " ", "  ", "\t", "\xa0", ".", "!", "»", "\u3000"]),
        max_size=40,
    ).map("".join)
)
@example("a b c d e f g h i   ")
@example("a b c d e f g h i j.")
def test_prose_lines_counted_to_ten_words_are_the_plain_definition(line: str) -> None:
    from cleantext.boilerplate.light import _ENDS, _is_prose

    assert _is_prose(line) == (len(line.split()) >= 10 and line.rstrip().endswith(tuple(_ENDS)))


def test_a_warmed_up_process_has_compiled_what_each_preset_uses() -> None:
    """Patterns compile some alternations on first use; a process warmed up before it
    forks workers (``batch.warm_up``) must have compiled all the ones its preset uses,
    so that the workers do not each compile them (checked in a new process)."""
    import subprocess
    import sys

    code = """if True:
        from cleantext.batch import warm_up
        from cleantext.boilerplate.patterns import Patterns
        from cleantext.config import Config
        from cleantext.pipeline import Cleaner
        names = ("_combined_strong", "_combined_hint", "_hint_filter", "_keywords", "_consent")
        for preset in ("light", "extract"):
            warm_up(Cleaner(Config(preset=preset)))
            print(preset, *[n for n in names if n in vars(Patterns.builtin())])
    """
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    light, extract = out.stdout.splitlines()
    assert light == "light _combined_strong"  # the light preset compiles no more
    assert extract.split()[1:] == ["_combined_strong", "_combined_hint", "_hint_filter",
                                   "_keywords", "_consent"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS.map(lambda t: t.replace("\n", " ")), max_size=8))
@example(["a\nb", "Read more"])
def test_data_items_keyed_at_once_are_each_items_key(items: list[str]) -> None:
    from cleantext.boilerplate.patterns import _keys_of, normalize_line

    assert _keys_of(items) == [normalize_line(item) for item in items]


def test_a_pattern_parsed_once_gives_what_parsing_it_each_time_gives() -> None:
    """required_strings and first_words share one parse of each pattern: neither may
    change the tree the other reads, in either order."""
    from cleantext.boilerplate import safety

    rxs = [rx for spec in _table().values() for k in ("regex", "sections_regex", "hints_regex")
           for rx in spec.get(k, [])]  # fmt: skip
    assert len(rxs) > 50
    fresh = []
    for rx in rxs:
        safety._parsed.cache_clear()
        words = safety.first_words(rx)
        safety._parsed.cache_clear()
        fresh.append((safety.required_strings(rx), words))
    for words_first in (False, True):
        safety._parsed.cache_clear()
        for rx, want in zip(rxs, fresh, strict=True):
            if words_first:
                words = safety.first_words(rx)
                got = (safety.required_strings(rx), words)
            else:
                got = (safety.required_strings(rx), safety.first_words(rx))
            assert got == want, rx


def test_a_pattern_that_matches_an_empty_key_never_matches_a_blank_line() -> None:
    """A pattern with no fixed text makes every line a candidate; a blank line (an empty
    key) is still never UI, as ``match`` has it."""
    p = Patterns({"odd": {"regex": [r".{0,40}"]}})
    assert p._strong_filter.everything
    text = "x marks\n\n   \nnothing"
    assert p.match_lines(text) == [p.match(row) for row in text.split("\n")]
    assert p.match_lines(text)[:3] == [p.match("x marks"), None, None]


def test_the_prefilter_keeps_a_bounded_table_of_first_words(monkeypatch) -> None:
    """First words that a prefix lets in ("0", "00k", "0th", ...) have no end: the table of
    what each needs is emptied when full, and the candidates stay the same."""
    from cleantext.boilerplate import patterns as patterns_module

    monkeypatch.setattr(patterns_module, "_KEYS_KEPT", 3)
    f = _Prefilter([r"0+ comments?", r"share 0+k?"])
    keys = [f"{'0' * n} comments" for n in range(1, 9)] + ["share 00", "0 likes"]
    for _ in range(2):
        assert f.candidates(keys) == list(range(9))
        assert len(f._needs) <= 3


def test_the_scan_with_hints_finds_the_hint_lines_and_leaves_prose() -> None:
    p = Patterns.builtin()
    text = "Home\nPhoto: Getty Images\nThe council met on Tuesday in the old hall."
    found = p._match_scanned(text, hints=True)
    assert found == [p.match(row) for row in text.split("\n")]
    assert found is not None and found[1] is not None and found[1].strength == "hint"
    assert found[2] is None
    # without hints the same scan drops them
    assert p._match_scanned(text)[1] is None  # type: ignore[index]
