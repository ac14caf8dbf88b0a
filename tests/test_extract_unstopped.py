"""Issue 14, recall at the article's end: a last paragraph without a full stop (a closing
remark ending in an emoji, a sign-off) is kept with the article; near misses: a cut-off
teaser ("... SEE FULL GALLERY"), a call to follow ("Follow our full coverage ..."), a
caption, and a short line stay out."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with, tail_edit
from _pages import paragraphs_page as _page
from cleantext.boilerplate.unstopped import is_call, is_truncated

LAST = "All in all it was a long day for the town and one that many of them will remember 😉"


def test_a_last_paragraph_without_a_full_stop_is_kept() -> None:
    out = cleantext.clean(_page(MENU, STORY, (LAST,), FOOTER), preset="extract")
    assert STORY[0] in out and LAST in out
    assert "Privacy Policy" not in out and "Weather" not in out


def test_the_tail_note_names_the_paragraph_kept() -> None:
    text = _page(MENU, STORY, (LAST,), FOOTER)
    tail = tail_edit(text)
    assert "the paragraph without a full stop at line" in tail.note


def test_the_rule_can_be_switched_off() -> None:
    text = _page(MENU, STORY, (LAST,), FOOTER)
    out = extract_with(text, unstopped_tail=False)
    assert STORY[-1] in out and LAST not in out


def test_teasers_calls_and_short_lines_after_the_article_stay_out() -> None:
    near = (
        "Best gifts for the people you work with under fifty pounds on A... SEE FULL GALLERY",
        "Follow our full coverage of the bridge and the town council at example.com/bridge",
        "Picture of the old bridge over the river at night from the market square (Jane Doe)",
        "See you all on the bridge",
    )
    for line in near:
        out = cleantext.clean(_page(MENU, STORY, (line,), FOOTER), preset="extract")
        assert STORY[-1] in out
        assert line not in out, line


def test_calls_and_teasers_are_recognised_by_their_start_and_their_dots() -> None:
    assert is_call("Síguenos en Telegram, Instagram y Twitter para recibir las noticias")
    assert not is_call("Followers of the club met at the bridge")
    assert is_truncated("The council said… Read more") and not is_truncated(LAST)
