"""Issue 14: notice phrases that counted anywhere in a line (the comment policy "email
addresses will not be published", the typo-report boxes "select the text and press
Ctrl+Enter" and the Arabic comment disclaimers) now count only where they open a sentence
of the line or make up most of it (two thirds of its words; half where the phrase opens a
clause, after a comma): the data file's ``consent_opening`` list, read by
``Patterns.mid_sentence``. Near misses: an article sentence that quotes such a phrase stays.
The lines are written for these tests."""

from __future__ import annotations

import pytest

import cleantext
from _pages import FOOTER, MENU
from _pages import lines_page as _page
from cleantext.boilerplate import Patterns
from cleantext.boilerplate.patterns import normalize_line

ARTICLE = (
    "The town's only cinema will reopen on Friday after a year of repairs, the owners said, "
    "and the tickets for the first week are sold out.",
)

NOTICES = (
    "If you spot a typo, select it and press Ctrl+Enter.",
    "Если вы заметили опечатку, выделите её и нажмите Ctrl+Enter",
    "Comments are moderated. Email addresses will not be published.",
    "التعليقات لا تعبر عن رأي الموقع وإنما عن رأي أصحابها",
)

#: article sentences that quote a notice phrase inside them
QUOTES = (
    "A leaked memo shows that email addresses will not be published in the new directory, "
    "the company said on Tuesday.",
    "The manual says that you should select the text and press Ctrl+Enter to send the whole "
    "form to every address on the list at once.",
    "وقال رئيس التحرير في المقابلة إن التعليقات لا تعبر عن رأي الصحيفة، لكن القراء لا "
    "يصدقون ذلك عندما تبقى أسوأ التعليقات على الصفحة لأيام.",
)


def _is_notice(line: str) -> bool:
    patterns, key = Patterns.builtin(), normalize_line(line)
    return bool(patterns.consent_lines([key])) and not patterns.mid_sentence(line, key)


@pytest.mark.parametrize("line", NOTICES)
def test_a_notice_line_is_furniture(line: str) -> None:
    assert _is_notice(line)
    out = cleantext.clean(_page(MENU, ARTICLE, (line,), FOOTER), preset="extract")
    assert ARTICLE[0] in out and line not in out


@pytest.mark.parametrize("line", QUOTES)
def test_an_article_sentence_that_quotes_a_notice_stays(line: str) -> None:
    assert not _is_notice(line)
    out = cleantext.clean(_page(MENU, ("A title for the story",), (line, *ARTICLE), FOOTER),
                          preset="extract")  # fmt: skip
    assert line in out and ARTICLE[0] in out
