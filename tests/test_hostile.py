"""Hostile text: arbitrary Unicode never crashes the cleaner, and nothing goes unexplained.

For every input: ``clean`` does not raise; it is idempotent; replaying the recorded edits on
the input reproduces the output exactly (so every output character comes from the input or
from an edit); every edit's span lies inside the input. The same holds for JSONL records whose
text holds lone surrogates written as JSON escapes, and the output line stays valid UTF-8.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import Cleaner, replay
from cleantext.batch import BatchOptions, clean_jsonl_batch
from cleantext.report_html import render_html

CLEANER = Cleaner()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# pieces of text that exercise the rules: scripts, marks, invisible and control characters
_PIECES = [
    "שלום עולם",  # Hebrew (RTL)
    "مرحبا بالعالم.",  # Arabic (RTL)
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066x\u2069",  # isolates
    "日本語のテキスト。",
    "中文，标点！",
    "한국어 문장.",
    "😀",
    "👩\u200d💻",  # ZWJ sequence
    "👍🏽",  # skin tone modifier
    "🇫🇷",  # flag
    "\ufe0f",
    "e\u0301",  # combining accent
    "\u00a0",
    "\u202f",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\r",
    "\t",
    "\n\n",
    "\u2028",
    "Ã©",
    "&amp;",
    "&#x1F600;",
    "&#0;",
    "Read more",
    "like",
    " ,",
    "..",
    ". le",
    "-\n",
    "« ",
    " »",
    "(",
    ")",
    '"',
    "Iran. voisins.",
]
pieces = st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=40).map("".join)
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)
hostile = st.one_of(pieces, any_text, st.lists(pieces, max_size=4).map("\n\n".join))


def check(text: str) -> str:
    doc = CLEANER.clean_document(text)
    assert replay(text, doc.edits) == doc.text
    for e in doc.edits:
        assert 0 <= e.source_start <= e.source_end <= len(text), e
        if e.pass_no == 0:
            assert text[e.start : e.end] == e.before
    assert CLEANER.clean(doc.text) == doc.text, "not idempotent"
    return doc.text


@SETTINGS
@given(hostile)
def test_clean_never_raises_is_idempotent_and_replays(text: str) -> None:
    check(text)


@SETTINGS
@given(st.lists(pieces, min_size=2, max_size=6))
def test_repeated_hostile_blocks(parts: list[str]) -> None:
    """Documents that repeat hostile blocks (the dedup step's input) obey the same rules."""
    text = "\n\n".join(parts + parts)
    check(text)


@SETTINGS
@given(st.lists(hostile, min_size=1, max_size=5))
def test_jsonl_with_surrogate_escapes(texts: list[str]) -> None:
    rows = [json.dumps({"id": i, "text": t}).encode() + b"\n" for i, t in enumerate(texts)]
    opts = BatchOptions("jsonl", "text", skip_bad=False, max_bytes=None)
    batch = clean_jsonl_batch(CLEANER, "in.jsonl", opts, list(enumerate(rows, 1)))
    assert batch.stats.errors_total == 0
    assert len(batch.lines) == len(texts)
    for line, text in zip(batch.lines, texts, strict=True):
        line.encode("utf-8")  # writable: lone surrogates stay JSON escapes
        assert json.loads(line)["text"] == CLEANER.clean(text)


@settings(max_examples=60, deadline=None)
@given(hostile)
def test_html_report_renders_any_document(text: str) -> None:
    page = render_html(CLEANER.clean_document(text))
    page.encode("utf-8")
    assert page.count("<pre") == page.count("</pre>") == 2


def test_surrogates_escaped_in_json_are_kept() -> None:
    raw = b'{"text": "a \\ud83d b \\udc00  c"}\n'
    opts = BatchOptions("jsonl", "text", skip_bad=False, max_bytes=None)
    [line] = clean_jsonl_batch(CLEANER, "x", opts, [(1, raw)]).lines
    assert line == '{"text": "a \\ud83d b \\udc00 c"}\n'


def test_cli_fuzz_finds_no_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """A short run of benchmarks/fuzz_cli.py (the full run is thousands of cases)."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "fuzz_cli.py"
    spec = importlib.util.spec_from_file_location("fuzz_cli", path)
    assert spec is not None and spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    monkeypatch.setattr(sys, "argv", ["fuzz_cli", "--cases", "250", "--subprocess", "2"])
    assert fuzz.main() == 0


def test_repeat_of_two_short_parts_is_idempotent() -> None:
    """A B A B with short parts: the first pass of dedup-blocks removes only the last B (the
    second A is glued to a false match of the first B and refused); the step runs passes until
    one removes nothing, so cleaning the output again changes nothing."""
    a = (
        "שלום עולם:2{0日本語のテキスト。שלום עולם日本語のテキスト。שלום עולםשלום עולםשלום עולם"
        "שלום עולםمرحبا بالعالم.שלום עולם"
    )
    b = "0:2:0日本語のテキスト。שלום עולםשלום עולםשלום עולםשלום עולם中文，标点！"
    once = CLEANER.clean("\n\n".join([a, b, a, b]))
    assert CLEANER.clean(once) == once
