"""Helpers of the HTML signal tests: an article's paragraphs, paragraphs as markup, the HTML
path's text with a set of signals, and every signal but one."""

from __future__ import annotations

import cleantext
from cleantext import html as H
from cleantext.edits import apply_edits

#: a short news article's four paragraphs, written for these tests
PIER = (
    "The harbour board voted on Tuesday to extend the northern pier by forty metres, after two "
    "winters of storms damaged the old one.",
    "Work will start in March and the ferry will use the southern berth until the pier "
    "reopens, the board said in a statement.",
    "Fishermen welcomed the decision but asked for the boat ramp to stay open during the "
    "works, which the board promised to consider.",
    "The cost, about four million pounds, will be shared between the council and a national "
    "fund for coastal towns.",
)

#: a council budget story's four paragraphs (the page-kind and shell tests)
BUDGET = (
    "The city council approved a new budget on Thursday evening, after a debate that lasted "
    "more than six hours and ended with a narrow vote.",
    "Under the plan, spending on public transport rises by twelve percent, while the money set "
    "aside for road repairs falls for the second year in a row.",
    "Opposition members said that the cuts to road repairs would hurt drivers in the outer "
    "districts, where buses run only once an hour.",
    "The mayor defended the budget in a statement, saying that the city had to plan for a "
    "future in which fewer people own a car.",
)

#: a forum thread's three posts (the forum tests of the page-kind tests)
FORUM_POSTS = (
    "My boiler drops from 1.5 bar to almost zero over about three days. There are no visible "
    "leaks under the unit, and I bled all the radiators last week.",
    "Check the pressure relief valve first: it usually has a copper pipe running outside. If "
    "that pipe drips, the valve is passing water and needs to be replaced.",
    "You were right, the pipe outside was wet. A plumber replaced the valve this morning and "
    "the pressure has stayed at 1.5 bar all day.",
)


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def joined(*texts: str) -> str:
    """Paragraphs as ``clean_html`` writes them: a blank line between."""
    return "\n\n".join(texts)


def clean(html: str) -> str:
    """``clean_html`` with the default preset."""
    return cleantext.clean_html(html)


def extract(html: str | bytes, signals: frozenset[str] = H.SIGNALS) -> str:
    page = H.render(html, signals)
    return apply_edits(page.text, H.select_edits(page, None, signals))


def without(name: str) -> frozenset[str]:
    assert name in H.SIGNALS
    return H.SIGNALS - {name}
