"""benchmarks/build_holdout.py: reading the gold of the fundus and Postlight test pages, and
skipping a page that does not render (made-up inputs, no page of either project)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def bh() -> ModuleType:
    pytest.importorskip("html_text")
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("build_holdout", BENCHMARKS / "build_holdout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_postlight_first13_joined_and_unescaped(bh: ModuleType) -> None:
    source = """
    const html = fs.readFileSync('./fixtures/a.example.html');
    it('returns the content', async () => {
      assert.equal(
        first13,
        'It\\'s one ' +
          "two \\u00e9 three"
      );
    });
    """
    assert list(bh._postlight_tests(source)) == [("a.example.html", "It's one two é three")]


def test_postlight_case_without_first13_is_skipped(bh: ModuleType) -> None:
    bh.SKIPPED.clear()
    source = """
    const html = fs.readFileSync('./fixtures/b.example.html');
    assert.equal(title, 'Only a title');
    const html2 = fs.readFileSync('./fixtures/c.example.html');
    assert.equal(first13, 'Second case words');
    """
    assert list(bh._postlight_tests(source)) == [("c.example.html", "Second case words")]
    assert bh.SKIPPED == ["postlight b.example.html: no first13 string"]


def test_fundus_gold_is_summary_then_sections(bh: ModuleType) -> None:
    entry = {
        "title": "Not in the gold",
        "authors": ["Nobody"],
        "body": {
            "summary": ["Lead."],
            "sections": [
                {"headline": [], "paragraphs": ["First.", " "]},
                {"headline": ["Heading"], "paragraphs": ["Second."]},
            ],
        },
    }
    assert bh._fundus_gold(entry) == "Lead.\nFirst.\nHeading\nSecond."
    assert bh._fundus_gold({"title": "no body"}) == ""


def test_fundus_versions_in_order(bh: ModuleType) -> None:
    names = ["V2", "V1_1", "V10", "V1", "meta", "V1_x"]
    assert sorted(filter(bh._version, names), key=bh._version) == ["V1", "V1_1", "V2", "V10"]


def test_page_without_text_is_skipped_not_fatal(bh: ModuleType, tmp_path: Path) -> None:
    bh.SKIPPED.clear()
    pages = iter(
        [
            ("empty", b"<html><body><script>var a = 1;</script></body></html>", "gold"),
            ("fine", b"<html><body><p>Some words here.</p></body></html>", "Some words here."),
        ]
    )
    assert bh.build("demo", pages, tmp_path) == 1
    assert bh.SKIPPED == ["demo empty: render: no text"]
    assert (tmp_path / "demo_text.jsonl").read_text(encoding="utf-8").count("\n") == 1
