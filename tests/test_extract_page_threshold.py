"""Issue 14, recall: the stopword density a content line needs is decided on the whole page
and kept by the later passes over what is left of it (as its language is), so that a pass
over the article alone does not turn its paragraphs with few stopwords (telegraphic
sentences, a language whose stopword list is short) into short lines and cut them
(``extract_off = ["page-threshold"]``); near miss: a new text on the same features is
decided anew."""

from __future__ import annotations

import cleantext
from cleantext.boilerplate.extract import classify_lines
from cleantext.boilerplate.features import PageFeatures
from cleantext.boilerplate.patterns import Patterns
from cleantext.boilerplate.stopwords import Stopwords

MENU = (
    "Sport Weather Business Culture Travel Science Health Money Style Video Audio",
    "Berlin Hamburg Munich Cologne Frankfurt Stuttgart Dresden Leipzig Bremen Hanover Essen",
    "Football Tennis Cycling Rowing Skiing Sailing Boxing Golf Hockey Rugby Cricket",
    "Elections Parliament Budget Taxes Pensions Housing Transport Energy Climate Water Schools",
    "Cinema Theatre Music Opera Ballet Books Painting Sculpture Photography Design Fashion",
)
TELEGRAPHIC = (
    "Rescue teams Askas village landslide Wednesday night: houses buried, roads closed.",
    "Police spokesman Hansen: twenty residents evacuated, four missing, dogs deployed.",
)
STORY = (
    "The rescue teams said that they were still looking for the four people who were "
    "missing after the landslide.",
    "The mayor said that the village would need months to rebuild the roads and that the "
    "families would get help.",
    "Residents who were evacuated on Wednesday were told that they could not go back to "
    "their houses for a week.",
)
PAGE = "\n".join(MENU + TELEGRAPHIC + STORY) + "\n"
OFF = cleantext.Config.from_dict(
    {"preset": "extract", "boilerplate": {"extract_off": ["page-threshold"]}}
)


def test_telegraphic_paragraphs_survive_the_later_passes() -> None:
    out = cleantext.clean(PAGE, preset="extract")
    assert all(line in out for line in TELEGRAPHIC + STORY)
    assert MENU[0] not in out


def test_off_the_pass_over_the_article_alone_cuts_them() -> None:
    out = cleantext.Cleaner(OFF).clean(PAGE)
    assert STORY[0] in out and TELEGRAPHIC[0] not in out


def test_a_new_text_is_decided_anew() -> None:
    features = PageFeatures(Patterns.builtin(), Stopwords.load())
    classify_lines(PAGE, features=features)
    decided = list(features.threshold)
    rest = "\n".join(TELEGRAPHIC + STORY) + "\n"
    classify_lines(rest, features=features)  # what is left of the page: kept
    assert features.threshold == decided
    other = "\n".join((*STORY, "A line that was not on the page before at all, with words.")) + "\n"
    classify_lines(other, features=features)  # another text: decided on it
    assert features.threshold != decided
