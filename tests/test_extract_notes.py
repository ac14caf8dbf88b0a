"""``cleantext explain`` on the extract preset: every removed region says which rule removed
it and why, with line numbers and scores (issue 14): what the best block of the removed lines
scored, and by which rule the main content was chosen over it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import _pages
from _pages import FOOTER, MENU
from _pages import lines_page as _page
from cleantext.boilerplate.extract import find_main_content

FURNITURE = ("Advertisement", "Share this article", "Facebook", "Twitter", "Most read")
STORY = (
    *_pages.STORY,
    "Work on the new bridge is expected to start next spring, once the plans have been "
    "approved by the government and the money for it has been found.",
)
TEASERS = tuple(
    f"{s} Readers have written to us about it more than about anything else this year."
    for s in (
        "The festival returns to the park this summer with more stages than ever before.",
        "A family of otters has been seen in the canal for the first time in forty years.",
        "The old market hall will be turned into a library and a cafe by next winter.",
        "Parents are asked to check the new bus times before the start of the school term.",
        "The swimming pool will close for two months while its roof is being repaired.",
        "The town's only cinema will reopen on Friday after a year of repairs to its roof.",
    )
)


def _notes(page: str) -> dict[str, str]:
    return {e.rule: e.note for e in find_main_content(page)}


def test_the_best_run_says_so_and_the_head_names_its_best_block() -> None:
    notes = _notes(_page(MENU, STORY, FOOTER))
    assert (
        "the main content is lines 6-9, the best-scoring run of lines on the page"
        in (notes["extract-head"])
    )
    assert "its best block, line 1, scored -4.0" in notes["extract-head"]
    assert "its best block, line 10, scored -8.0" in notes["extract-tail"]


def test_an_article_before_a_bigger_teaser_block_is_the_first_run_worth_an_article() -> None:
    # the teasers score more than the story, but the story comes first and is worth 80
    notes = _notes(_page(MENU, STORY, FURNITURE, MENU, TEASERS, FOOTER))
    tail = notes["extract-tail"]
    assert "the main content is lines 6-9, the first run worth an article" in tail
    assert "at least 80" in tail
    assert "the best run, lines 20-25, scored" in tail
    assert "its best block, lines 20-25, scored" in tail


def test_a_short_article_before_a_longer_sidebar_says_which_rule_chose_it() -> None:
    short = STORY[:2]
    sidebar = (
        "Example News is the leading source of local news, sport and weather for the towns "
        "and villages of the valley, read by more than fifty thousand people every month.",
        "It has been owned by the same family for over a century, since the first issue was "
        "printed in a shed behind the old market hall, and it still has its office there.",
    )
    notes = _notes(_page(MENU, short, FURNITURE, sidebar, FOOTER))
    tail = notes["extract-tail"]
    assert "no run is worth an article (80)" in tail
    assert "the first run worth 50% of the best one with page furniture between them" in tail
    assert "the best run, lines 13-14, scored" in tail


def test_cli_explain_prints_the_rule_and_the_reason(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_page(MENU, STORY, FOOTER), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "cleantext", "explain", "--preset", "extract", str(page)],
        capture_output=True,
        text=True,
        check=True,
    )
    head = next(line for line in run.stdout.splitlines() if line.startswith("[extract-head]"))
    assert "5 lines before the main content scored" in head
    assert "the best-scoring run of lines on the page" in head


def test_the_head_and_tail_notes_are_made_when_first_read() -> None:
    # ``clean`` never reads a note: the extract step leaves the words to the first reader
    edits = find_main_content(_page(MENU, STORY, FOOTER))
    assert [e.rule for e in edits] == ["extract-head", "extract-tail"]
    assert all("note" not in vars(e) for e in edits)
    placed = [e.placed("boilerplate", 1, e.start, e.end) for e in edits]  # as the pipeline does
    assert all("note" not in vars(e) for e in placed)
    notes = [e.note for e in placed]
    assert "5 lines before the main content scored" in notes[0]
    assert notes == [e.note for e in edits]  # the same words from each copy
    assert all(isinstance(vars(e)["note"], str) for e in placed)  # made once, then kept


def test_a_note_made_later_pickles_as_its_words() -> None:
    import pickle

    edit = find_main_content(_page(MENU, STORY, FOOTER))[0]
    copy = pickle.loads(pickle.dumps(edit))
    assert vars(copy)["note"] == edit.note
    assert copy == edit


def test_a_note_given_as_a_string_stays_one() -> None:
    from cleantext.edits import Edit

    edit = Edit("x", 0, 2, "ab", note="given").placed("s", 1, 0, 2).shifted(3)
    assert vars(edit)["note"] == "given"
    assert Edit("x", 0, 2, "ab").note == ""
