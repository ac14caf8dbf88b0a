"""Invariants over generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Cleaner, replay

_words = st.sampled_from(
    [
        "le",
        "gouvernement",
        "Iran",
        "a",
        "nié",
        "the",
        "report",
        "said",
        "Straße",
        "año",
        "10",
        "3.14",
        "U.S.",
        "e.g.",
        "café",
        "«",
        "»",
        "&amp;",
        "Ã©",
        "\u00a0",
        "\u200b",
        "like",
        "wow",
    ]
)
_seps = st.sampled_from([" ", "  ", ". ", ", ", " ,", "..", "\n", "\n\n", "\n\n\n", "?", "!"])
prose = st.lists(st.tuples(_words, _seps), max_size=60).map(
    lambda parts: "".join(w + s for w, s in parts)
)
anything = st.text(max_size=300)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(prose, anything))
def test_clean_is_idempotent_and_explained(text: str) -> None:
    doc = Cleaner().clean_document(text)
    assert replay(text, doc.edits) == doc.text
    assert cleantext.clean(doc.text) == doc.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.from_regex(r"[A-Za-z][a-z]{1,8}", fullmatch=True), min_size=1, max_size=30))
def test_simple_sentences_unchanged(words: list[str]) -> None:
    text = words[0].capitalize() + "".join(" " + w.lower() for w in words[1:]) + "."
    assert cleantext.clean(text) == text


def _ui_lines() -> list[str]:
    """Every strong whole-line UI string of the data file (the light preset removes each)."""
    from cleantext.boilerplate.patterns import Patterns

    exact = Patterns.builtin()._exact
    return sorted(key for key, match in exact.items() if match.strength == "line" and key)


_QUOTES = st.sampled_from([('"', '"'), ("“", "”"), ("„", "“"), ("« ", " »"), ("»", "«")])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_ui_lines()), _QUOTES, st.sampled_from(["", ".", " is what it said."]))
def test_a_quoted_ui_string_in_prose_is_kept(ui: str, quotes: tuple[str, str], tail: str) -> None:
    """adv20: light removed a story's line that quotes a UI string ('"You have reached your
    article limit."'); a line that opens with a quotation is prose, whatever it quotes."""
    line = f"{quotes[0]}{ui.capitalize()}{quotes[1]}{tail}"
    text = f"The council said so on Tuesday, and nobody was surprised by it.\n\n{line}\n"
    assert cleantext.clean(text) == text


def _heading_lines() -> list[str]:
    """Short whole-line UI strings in Latin letters whose first word has 3 letters or more:
    each can be a help page's section heading ("Sign in", "Share", "Terms of service")."""
    return [
        line
        for line in _ui_lines()
        if len(line.split()) <= 5 and line.split()[0].isalpha() and len(line.split()[0]) >= 3
        if line.isascii()
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_heading_lines()), min_size=1, max_size=4, unique=True))
def test_a_help_page_with_ui_words_as_headings_is_unchanged(headings: list[str]) -> None:
    """light22: light removed a help page's section headings that are UI strings; a heading
    over a paragraph that names it is the page's own (``ui-headings``)."""
    sections = [
        f"{h.capitalize()}\n\nThe {h} option on the settings page does what it says, no more."
        for h in headings
    ]
    text = "Help for the app, with one section a button.\n\n" + "\n\n".join(sections) + "\n"
    assert cleantext.clean(text) == text


_CHORUS_LINES = [
    "so hold my hand when the night comes near,",
    "the river runs home and the summer is here,",
    "and all the lamps along the harbour wall,",
    "we sing it loud and we sing it clear,",
    "oh the summer is here, oh the summer is here,",
]
_VERSE_LINES = [
    "the boats come in with the light behind them,",
    "gulls stitched to their wakes like thread,",
    "and my father on the quay, counting,",
    "the fields were green and the air was still,",
    "we walked together and carried the load,",
    "but under the ice the water flows,",
]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(_CHORUS_LINES), min_size=3, max_size=5, unique=True),
    st.permutations(_VERSE_LINES),
    st.integers(min_value=2, max_value=3),
    st.sampled_from(["", "[Chorus]\n", "Chorus:\n"]),
)
def test_a_song_with_its_chorus_repeated_is_unchanged(
    chorus: list[str], lines: list[str], verses: int, label: str
) -> None:
    """light22: dedup-blocks removed a song's later choruses (``[dedup] refrain_lines``)."""
    refrain = label + "\n".join(chorus).capitalize().rstrip(",") + "."
    parts = [p for k in range(verses) for p in ("\n".join(lines[2 * k : 2 * k + 2]), refrain)]
    text = "\n\n".join(part[0].upper() + part[1:] for part in parts) + "\n"
    assert cleantext.clean(text) == text


# loss23: clean texts of shapes users clean; nothing of them may go (the default preset,
# light) of shapes users clean; nothing of them may go, in default and light

_CELLS = st.sampled_from(
    ["Oslo", "Bergen", "08:15", "12", "3.9G", "Rovers", "United", "-rw-r--r--", "anna", "x", "Mar"]
)


@st.composite
def _aligned_tables(draw: st.DrawFn) -> str:
    """A plain-text table whose columns are aligned with runs of spaces (left or right)."""
    cols = draw(st.integers(min_value=2, max_value=5))
    rows = draw(st.lists(st.lists(_CELLS, min_size=cols, max_size=cols), min_size=2, max_size=6))
    gap = draw(st.integers(min_value=2, max_value=4))
    right = draw(st.booleans())
    widths = [max(len(row[c]) for row in rows) for c in range(cols)]
    cell = str.rjust if right else str.ljust
    lines = [(" " * gap).join(cell(v, w) for v, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


@settings(max_examples=150, deadline=None)
@given(_aligned_tables())
def test_a_space_aligned_table_keeps_its_columns(table: str) -> None:
    """loss23: collapse-spaces flattened a timetable's or an ``ls -l`` listing's columns."""
    text = f"The figures for this week are below.\n\n{table}\n\nAll times are local.\n"
    assert cleantext.clean(text) == text


_TERMS = st.sampled_from(["Share", "Subscribe", "Follow", "Like", "Sign in", "Copy link", "Print"])
_DEFINITIONS = st.sampled_from(
    [
        "To post someone else's content to your own followers.",
        "To get a channel's new posts in your feed as they come.",
        "A quick way to show that you approve of a post.",
        "To send the page to a printer or save it as a file.",
    ]
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(_TERMS, _DEFINITIONS), min_size=3, max_size=6, unique_by=lambda p: p[0]),
    st.sampled_from(["\n", "\n\n"]),
)
def test_a_glossary_of_ui_words_is_unchanged(pairs: list[tuple[str, str]], between: str) -> None:
    """loss23: a glossary's terms that are UI words went (``glossary-terms``)."""
    text = "Glossary\n\n" + between.join(f"{t}\n{d}" for t, d in pairs) + "\n"
    assert cleantext.clean(text) == text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(_TERMS, min_size=1, max_size=4, unique=True),
    st.sampled_from(["Click Share", "Open the file", "Pick a colleague"]),
)
def test_a_how_to_list_of_ui_words_is_unchanged(steps: list[str], plain: str) -> None:
    """loss23: a how-to's steps that are UI words went (``announced-steps``)."""
    text = "To send a document to a colleague:\n" + "\n".join([*steps, plain]) + "\n"
    assert cleantext.clean(text) == text


_POLICY = [
    "We collect your name and e-mail address when you create an account.",
    "Analytics cookies count visits and show us which pages are read most.",
    "You can block cookies in your browser settings at any time.",
    "We keep your data for two years and then delete it.",
]
_COOKIE_LINES = [
    "We use cookies to remember your preferences and keep you signed in.",
    "This website uses cookies to measure how many people read each page.",
]


@settings(max_examples=100, deadline=None)
@given(
    st.permutations(_POLICY),
    st.sampled_from(_COOKIE_LINES),
    st.integers(min_value=1, max_value=3),
    st.sampled_from(["\n", "\n\n"]),
    st.sampled_from(["Cookie Policy", "Privacy Policy", "Datenschutz", "How we use your data"]),
)
def test_a_policy_page_keeps_its_cookie_sentence(
    policy: list[str], cookie: str, at: int, sep: str, title: str
) -> None:
    """loss23: a cookie policy's "We use cookies to ..." went as a consent banner's line
    (``cookie-prose``), and its title as a footer's link (``policy-title``)."""
    lines = [*policy[:at], cookie, *policy[at:]]
    text = f"{title}\n\n" + sep.join(lines) + "\n"
    assert cleantext.clean(text) == text


_SHAPES = [
    "[09:14] anna: morning all, is the build green?\n[09:15] ben: yes\n[09:16] anna: Like\n",
    "HOST: Welcome back to the show.\nGUEST: Thanks for having me.\nHOST: Subscribe.\n",
    "Hi Sam,\n\nThanks for the draft.\n\nBest regards,\nMaria Lopez\nSenior Editor\n"
    "+44 20 7946 0018\nSent from my phone\n",
    "Jane Doe is a science writer based in Leeds.\n\nTwitter: @janedoe\nInstagram: @janedoe\n",
    "city,country,population\nOslo,Norway,709000\nBergen,Norway,291000\n",
    "    # count the lines\n    count = 0\n    for line in f:  # one at a time\n"
    "        count += 1\n",
    "1. Sign in\n2. Click Share\n3. Copy link\n4. Subscribe to notifications\n",
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(_SHAPES))
def test_clean_texts_of_many_shapes_are_unchanged(shapes: list[str]) -> None:
    """loss23: chat logs, transcripts, signatures, bios, CSV, code and numbered steps."""
    text = "\n".join(shapes[:3])
    assert cleantext.clean(text) == text


# loss24: shapes of clean text whose content a normalizer changed (a dotted name got a space,
# a wide table or a 2-by-2 one lost its columns, a tab-separated row its empty last cell, a
# name written in lowercase its case, a URL wrapped at its hyphen the hyphen)

_MODULES = st.sampled_from(["collections", "numpy", "torch", "stuff", "os", "myapp", "java"])
_CLASSES = st.sampled_from(["Counter", "Array", "Tensor", "Stuffinator", "Path", "Model"])
_PROSE = st.sampled_from(
    ["Use", "In Python, call", "The class", "We import", "Das Modul", "On utilise"]
)
_AFTER = st.sampled_from(["here.", "to count the words.", "for this.", "and more.", "."])


@settings(max_examples=150, deadline=None)
@given(_PROSE, _MODULES, _CLASSES, _AFTER, st.sampled_from(["", " It ended. The end."]))
def test_a_dotted_name_in_prose_is_unchanged(
    before: str, module: str, name: str, after: str, tail: str
) -> None:
    text = f"{before} {module}.{name} {after}{tail}".replace(" .", ".")
    assert cleantext.clean(text) == text
    assert cleantext.clean(text, preset="light") == text


_WIDE_CELLS = st.sampled_from(["東京", "大阪府", "名前", "山田太郎", "Oslo", "12", "08:15", "李"])


def _width(cell: str) -> int:
    return sum(2 if "\u2e80" <= c <= "\uffef" else 1 for c in cell)


@st.composite
def _wide_tables(draw: st.DrawFn) -> str:
    """A table of CJK and Latin cells aligned by display width (a wide character: 2 columns)."""
    cols = draw(st.integers(min_value=2, max_value=4))
    rows = draw(
        st.lists(st.lists(_WIDE_CELLS, min_size=cols, max_size=cols), min_size=2, max_size=5)
    )
    widths = [max(_width(row[c]) for row in rows) for c in range(cols)]
    lines = [
        "  ".join(v + " " * (w - _width(v)) for v, w in zip(row, widths, strict=True))
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines)


@settings(max_examples=150, deadline=None)
@given(_wide_tables())
def test_a_table_aligned_by_display_width_keeps_its_columns(table: str) -> None:
    text = f"The figures are below.\n\n{table}\n\nAll times are local.\n"
    assert cleantext.clean(text) == text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["Oslo", "12", "", "x y", "08:15"]), min_size=3, max_size=3),
        min_size=2,
        max_size=5,
    )
)
def test_a_tab_separated_table_keeps_its_cells(rows: list[list[str]]) -> None:
    text = (
        "\n".join(
            "\t".join(["Name", *row[1:]]) if i == 0 else "\t".join(row)
            for i, row in enumerate(rows)
        )
        + "\n"
    )
    out = cleantext.clean(text, preset="light")
    assert [line.split("\t") for line in out.splitlines()] == [
        line.split("\t") for line in text.splitlines()
    ] or not text.strip()


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["git", "npm", "pip", "x", "k", "numpy", "ls"]),
    st.sampled_from(["commit saves the work.", "is the input here.", "install worked at last."]),
)
def test_a_name_written_in_lowercase_keeps_its_case(name: str, rest: str) -> None:
    text = f"I use {name} daily. It is fast. {name} {rest}"
    if name not in ("git", "numpy", "pip"):  # (letters without a vowel, one letter: alone)
        text = f"It is fast. {name} {rest}"
    assert cleantext.clean(text) == text


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["https://example.com/", "www.example.org/", "C:\\data\\", "mail: anna."]),
    st.sampled_from(["some-", "long-"]),
    st.sampled_from(["path/a.html", "name@example.com"]),
)
def test_a_url_wrapped_after_its_hyphen_keeps_it(start: str, head: str, tail: str) -> None:
    text = f"See {start}{head}\n{tail} now.\n"
    assert cleantext.clean(text) == text


@settings(max_examples=100, deadline=None)
@given(_aligned_tables(), st.booleans())
def test_a_markdown_pipe_table_keeps_its_padding(table: str, outer: bool) -> None:
    rows = [line.split() for line in table.splitlines()]  # (cells of one word or "x")
    cols = max(len(r) for r in rows)
    rows = [r + [""] * (cols - len(r)) for r in rows]
    widths = [max(3, *(len(r[c]) for r in rows)) for c in range(cols)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, " | ".join("-" * w for w in widths))
    if outer:
        lines = [f"| {line} |" for line in lines]
    text = "Results:\n\n" + "\n".join(line.rstrip() for line in lines) + "\n"
    assert cleantext.clean(text) == text


# loss25: clean text whose content a normalizer changed (a dotted name after an article got
# a space, a lowercase name at a sentence start a capital, a compound at a line end lost its
# hyphen, a chat log written in lowercase a capital, an emoji with a skin tone its joiner)

_ARTICLES = st.sampled_from(["the", "a", "this", "der", "le", "el"])
_OBJECTS = st.sampled_from(["user", "style", "item", "form", "order", "widget"])
_FIELDS = st.sampled_from(["Name", "Value", "Color", "Total", "Count"])


@settings(max_examples=100, deadline=None)
@given(_ARTICLES, _OBJECTS, _FIELDS, st.sampled_from(["value", "here", "field of it", "now"]))
def test_a_dotted_name_after_an_article_is_unchanged(
    article: str, obj: str, field: str, rest: str
) -> None:
    text = f"Then read {article} {obj}.{field} {rest} from it."
    assert cleantext.clean(text) == text
    assert cleantext.clean(text, preset="light") == text
    assert cleantext.clean(cleantext.clean(text)) == cleantext.clean(text)


_NAMES = st.sampled_from(["tidepool", "yapapi", "unocero", "langly", "bitly", "zoomcar"])


@settings(max_examples=60, deadline=None)
@given(_NAMES, st.sampled_from(["is a tide app.", "supports three modes.", "runs on Linux."]))
def test_a_lowercase_name_written_once_keeps_its_case(name: str, rest: str) -> None:
    text = f"We tried many tools this year. {name} {rest}"
    assert cleantext.clean(text) == text
    assert cleantext.clean(text, preset="light") == text


_SPEAKERS = st.sampled_from(["alice", "bob", "carol", "dave"])
_SAID = st.sampled_from(["hi there. how are you?", "ok", "see you at noon", "fine. you?", "lol"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_SPEAKERS, _SAID), min_size=2, max_size=6))
def test_a_lowercase_chat_log_is_unchanged(lines: list[tuple[str, str]]) -> None:
    text = "".join(f"[10:{i:02}] {who}: {said}\n" for i, (who, said) in enumerate(lines))
    if sum(". " in said and "fine" not in said for _, said in lines) > 1:
        return  # (two lowercase starts: the paragraph's style, a case tested elsewhere)
    assert cleantext.clean(text) == text
    assert cleantext.clean(text, preset="light") == text


_BASES = st.sampled_from(["🧑", "👩", "👨", "🧔", "👋"])
_TONES = st.sampled_from(["", "\U0001f3fb", "\U0001f3fd", "\U0001f3ff"])
_TOOLS = st.sampled_from(["💻", "🦰", "🚀", "🎤", "⚕\ufe0f"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_BASES, _TONES, _TOOLS), min_size=1, max_size=4))
def test_an_emoji_zwj_sequence_with_a_skin_tone_is_unchanged(
    parts: list[tuple[str, str, str]],
) -> None:
    text = "We met " + " and ".join(f"{b}{t}\u200d{x}" for b, t, x in parts) + " today.\n"
    assert cleantext.clean(text) == text
    assert cleantext.clean(text, preset="light") == text


_PAIRS = st.sampled_from(
    [("wide", "ranging"), ("natural", "born"), ("thirty", "five"), ("revenue", "generating")]
)


@settings(max_examples=60, deadline=None)
@given(_PAIRS)
def test_a_compound_of_two_words_the_text_uses_keeps_its_line_end_hyphen(
    pair: tuple[str, str],
) -> None:
    head, tail = pair
    text = f"It was a {head}-\n{tail} talk. Both {head} and {tail} are words here.\n"
    if head == "thirty":
        text = f"Then {head}-\n{tail} men came.\n"
    assert cleantext.clean(text) == text
    assert cleantext.clean(text, preset="light") == text
