"""The normalizers' gates (``normalizers/_gate.py``) never skip a normalizer that would change
the text: a closed gate means no edit, and the step gives the same passes with the gates as
with every fixer called on every text (with the C kernel and with its regex twin)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleantext import rules
from cleantext.config import Config, NormalizeOptions
from cleantext.edits import Edit
from cleantext.normalizers import _gate, _registry, _rounds, enabled, run_step
from cleantext.normalizers._gate import Gate, compile_signals
from cleantext.normalizers._probe import Probe
from cleantext.normalizers._registry import fixers_version

PIECES = [
    *' .,?\n\r\t-aZéÉ¿¡ßΩ\u00a0\u202f\x85\x1c\x07П&#;()[]"“”„«»😀',
    "  ",
    ". a",
    ". le gouvernement a nié",
    ".Le",
    "fin.Le début",
    "vraiment?Oui",
    "fin",
    "-\n",
    "- \n",
    " \n",
    "\t\r\n",
    "\n\n\n",
    "\r\n",
    "\n \n\n",
    "infor-\nmation",
    "information",
    "x = 1;",
    "    code  here ,",
    "`a  b`",
    "```\n",
    "&amp;",
    "&amp;amp;",
    "&eacute;",
    "&#233;",
    "&lt;b&gt;",
    "cafÃ©",
    "donâ€™t",
    "Ã",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",
    " ,",
    " .",
    ",,",
    "..",
    "...",
    "( x )",
    "[ 1 ]",
    '" hello "',
    "„ ja “",
    " \u00a0",
    "\u00a0 ",
]
#: small alphabets, each of the characters some normalizers look for: short texts over one
#: of them reach every corner of those normalizers' gates (where a too narrow gate shows)
ALPHABETS = [
    ' "a(',
    " „“”a",
    " ()a:",
    " []a",
    " .,?aLé\n",
    " .aB¿\n",
    "&#;amp1x",
    " \t\n\r-a",
    "a\u200b\u200d\ufeff\x07\x85😀",
    "aÃ©Â€â™\x80 ",
    " \u00a0\u202fa",
    "`  a,\n",
]
#: one example: a text of pieces, then a short text over each alphabet
TEXTS = st.tuples(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    *(st.text(chars, min_size=2, max_size=9) for chars in ALPHABETS),
)


def _ungated(fixers: tuple[tuple[str, _rounds.Fixer], ...]) -> list[tuple[str, _rounds.Fixer]]:
    """The same fixers without gates (a wrapper has none): each is called on every text."""
    return [(name, lambda t, p=None, f=f: f(t, p)) for name, f in fixers]


def _spans(passes: list[list[Edit]]) -> list[list[tuple[str, int, int, str]]]:
    return [[(e.rule, e.start, e.end, e.after) for e in group] for group in passes]


#: the fixture only switches the scan to the regex twin: nothing in it changes per input
_FIXTURE_OK = [HealthCheck.function_scoped_fixture]
CONFIGS = [Config(), Config(normalize=NormalizeOptions(profile="ftfy"))]


@pytest.fixture(params=["kernel", "regex"])
def scan_with(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each test once with the C kernel (where built) and once with the regex twin."""
    if request.param == "regex":
        monkeypatch.setattr(_gate, "_GATE_SCAN", None)
        monkeypatch.setattr(_rounds, "GATE_KERNEL", False)
    elif not _gate.GATE_KERNEL:
        pytest.skip("C kernels not built")
    yield request.param


@settings(max_examples=600, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(texts=TEXTS)
@example(texts=("a ", '" a"', "„ a“", "[ a]", "( a)", "&#1;", "a\t", "x\u202f y", '"a "', '"a ".'))
@example(texts=("x&amp;amp;y\u200b  z",))
@example(texts=("caf\u200bÃ©  ,",))
def test_a_closed_gate_means_no_edit(scan_with: str, texts: tuple[str, ...]) -> None:
    """Where nothing of a normalizer's gate occurs, it returns no edit."""
    for config, text in itertools.product(CONFIGS, texts):
        table, steps = _rounds._plan(enabled(config))
        probe = Probe(text)
        word = _rounds._scan(table, text, probe)
        for step in steps:
            if _rounds._closed(step, word, probe, _rounds.GATE_KERNEL):
                assert step.fixer(text, Probe(text)) == [], step.name
                assert step.fixer(text) == [], step.name


@settings(max_examples=600, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(texts=TEXTS)
@example(texts=("&amp;amp;eacute;  ,\n\n\n",))
@example(texts=("a\x07Ã\u00a9 .\t\r\n",))
def test_the_step_is_the_same_without_gates(scan_with: str, texts: tuple[str, ...]) -> None:
    """Every pass of the step (full rounds, the line-local re-check, the later rounds) is the
    same as when every fixer is called on every text."""
    for config, text in itertools.product(CONFIGS, texts):
        fixers = enabled(config)
        gated = run_step(text, config)
        if config.normalize.profile == "ftfy":
            plain = _rounds.run_rounds(text, _ungated(fixers), 1, local=False, protect_code=False)
        else:
            plain = _rounds.run_rounds(text, _ungated(fixers), 3, local=True)
        assert _spans(gated) == _spans(plain)


def _dev_texts() -> list[str]:
    path = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate" / "dev.jsonl"
    if not path.exists():
        pytest.skip("the shared dev pages are not there")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def test_dev_pages_give_the_same_passes_without_gates(scan_with: str) -> None:
    """The shared dev pages (real web text), each also with its lines' ends mangled."""
    config = Config()
    fixers = _ungated(enabled(config))
    for text in _dev_texts():
        for variant in (text, text.replace(". ", " .", 3).replace("\n", " \n", 5)):
            plain = _rounds.run_rounds(variant, fixers, 3, local=True)
            assert _spans(run_step(variant, config)) == _spans(plain)


@settings(max_examples=300, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join), data=st.data())
def test_a_rescan_near_the_edits_holds_every_new_signal(
    monkeypatch: pytest.MonkeyPatch, text: str, data: st.DataObject
) -> None:
    """After edits, the bits of the old text and of the spans around the edits hold every
    signal of the new text (what `full_round` relies on between fixers)."""
    table = _rounds._signal_table(fixers_version())
    edits = []
    pos = 0
    while pos < len(text) and len(edits) < 4:
        start = data.draw(st.integers(pos, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 3)))
        after = data.draw(st.sampled_from(["", " ", "  ", "&amp;", "Ã", ".\n", "\u00a0"]))
        if end > start or after:
            edits.append(Edit("x", start, end, text[start:end], after))
        pos = end + 1
    from cleantext.edits import apply_edits

    new = apply_edits(text, edits)
    old_bits = table.scan(text)[0]
    new_bits = table.scan(new)[0]
    for dense in (0, 1, 4, 64):  # windows around each edit, merged ones, the whole text
        monkeypatch.setattr(_rounds, "_DENSE", dense)
        assert _rounds._rescan(table, new, edits, old_bits) & new_bits == new_bits


def test_gates_refuse_what_the_table_cannot_hold() -> None:
    with pytest.raises(ValueError, match="event"):
        Gate(events=((".", "trailing"),))
    with pytest.raises(ValueError, match="BMP"):
        compile_signals([("char", "😀")])
    with pytest.raises(ValueError, match="62 distinct"):
        compile_signals([("char", chr(0x100 + i)) for i in range(63)])
    with pytest.raises(ValueError, match="60"):
        nested = ["".join(map(chr, range(0x100, 0x100 + i))) for i in range(1, 63)]
        compile_signals([("char", chars) for chars in nested])
    with pytest.raises(ValueError, match="16 triples"):
        compile_signals([("triple", "a", chr(0x100 + i), "b") for i in range(17)])
    with pytest.raises(ValueError, match="start and the end"):
        compile_signals([("pair", _gate.START, _gate.END)])
    with pytest.raises(ValueError, match="BMP"):
        compile_signals([("pair", "a", _gate.START)])  # the start only in a first place
    with pytest.raises(ValueError, match="not a signal"):
        compile_signals([("pair", "a")])


def test_a_new_normalizer_gets_its_gate_into_the_one_scan() -> None:
    """A normalizer added the usual way (a rule, an implementation with its gate) is called
    only on texts where its gate holds; no other list names it."""
    rule = rules.register(
        rules.Rule(
            "test-wow-gate", "normalize", "Lowercase 'WOW'.", order=95, feeds_line_local=False
        )
    )
    calls: list[str] = []

    @_registry.implements(rule, gate=Gate(pairs=(("W", "O"),)))
    def fix(text: str, probe: object = None) -> list[Edit]:
        calls.append(text)
        i = text.find("WOW")
        return [Edit(rule.name, i, i + 3, "WOW", "wow")] if i >= 0 else []

    try:
        assert run_step("no capitals here", Config()) == []
        assert calls == []
        assert [[e.after for e in p] for p in run_step("oh WOW", Config())] == [["wow"]]
        assert calls == ["oh WOW"]
    finally:
        del rules._REGISTRY[rule.name]
        del _registry._FIXERS[(rule.name, "default")]
    assert "test-wow-gate" not in [name for name, _ in enabled(Config())]


def test_whitespace_is_every_character_of_backslash_s() -> None:
    import re

    from cleantext._unicode import WHITESPACE, code_points

    assert "".join(re.findall(r"\s", code_points(0, 0x110000))) == WHITESPACE
