"""The generated documentation pages cover the whole CLI and every rule."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from cleantext.cli import COMMANDS
from cleantext.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent


def _gen_docs() -> Any:
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_pages_cover_cli_and_rules(tmp_path: Path) -> None:
    gen = _gen_docs()
    assert gen.main([str(tmp_path)]) == 0
    cli = (tmp_path / "cli.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"## cleantext {name}\n" in cli
    for option in ("--workers", "--resume", "--glob", "--max-doc-mb", "--html", "--show"):
        assert option in cli
    rules = (tmp_path / "rules.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"### `{rule.name}`" in rules
        for text, _ in rule.examples:
            assert repr(text) in rules


def test_every_docs_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        assert f" {page.name}" in nav, f"{page.name} is missing from mkdocs.yml nav"


def test_explain_legend_in_the_guide_matches_the_command() -> None:
    """The explain lines the guide's legend explains are the command's real output."""
    import re
    import subprocess
    import sys

    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    block = re.search(r"How to read a line:\n\n```text\n(.*?)```", guide, re.S)
    assert block is not None
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleantext",
            "explain",
            "--color",
            "never",
            str(ROOT / "examples" / "garbled_notice_en.txt"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    for line in block.group(1).splitlines():
        assert line in r.stdout.splitlines(), line


def test_demo_page_shows_each_kind_of_repair() -> None:
    """`make demo`'s mojibake page: every artifact it was written with is repaired."""
    import cleantext

    text = (ROOT / "examples" / "garbled_notice_en.txt").read_text(encoding="utf-8")
    doc = cleantext.Cleaner().clean_document(text)
    assert {
        "mojibake",
        "html-entities",
        "space-before-punct",
        "doubled-punct",
        "space-after-period",
        "capitalize-sentence",
        "ui-strings",
    } <= set(doc.counts())
    assert "children’s corner and a café" in doc.text and "â€" not in doc.text
    assert "Read more" not in doc.text and "people, and" in doc.text


def test_readme_library_example_prints_what_it_says() -> None:
    """README's first Python block, run as a reader runs it (a script in the checkout): the
    title and 7 paragraphs, once, no reaction widget; then the two extract edits with spans."""
    import re
    import subprocess
    import sys

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Library\n\n```python\n(.*?)```", readme, re.S)
    assert block is not None and "title + 7 paragraphs, once, no widget" in block.group(1)
    r = subprocess.run(
        [sys.executable, "-c", block.group(1)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    cleaned, _, edits = r.stdout.rpartition("\nrepeated-block ")
    paragraphs = cleaned.strip().split("\n\n")
    assert len(paragraphs) == 8, paragraphs  # title + 7 paragraphs
    assert paragraphs[0].startswith("La Russie et l'Iran construisent")
    assert len(set(paragraphs)) == 8 and "Reaction" not in cleaned  # once, no widget
    assert edits.splitlines()[0].startswith("2320 4640 ")
    assert edits.splitlines()[1].startswith("extract-tail 4640 4706 ")
