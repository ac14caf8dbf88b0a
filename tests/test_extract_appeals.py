"""``extract-appeal``: the site's appeals to the reader go from inside the main content and
from its end (to share or rate the article, to comment, to follow the site's channels, to
support it, to read another of its stories: the data file's ``[appeal]`` phrases, in several
languages). Near misses: a story that speaks of sharing, supporting or following, a quoted
"Support us!", a long paragraph with an appeal phrase, and the light preset, keep their lines.
The pages are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from _pages import FOOTER, MENU, STORY
from _pages import lines_page as _page
from cleantext import Cleaner
from cleantext.boilerplate.appeals import _anchors, appeal_lines, appeal_phrase, is_appeal
from cleantext.boilerplate.features import PageFeatures
from cleantext.boilerplate.patterns import Patterns, normalize_line, normalize_lines
from cleantext.boilerplate.stopwords import Stopwords

APPEALS = [
    "Did you enjoy this article? Share this article with your friends!",
    "Artikel gefallen? Vergiss nicht zu teilen!",
    "Unterstützen Sie unabhängigen Journalismus!",
    "Jetzt spenden!",
    "Sieh dir diesen Beitrag auf Instagram an",
    "View this post on Instagram",
    "Das könnte dich auch interessieren:",
    "Únete a nuestro canal de Telegram para recibir las noticias del día.",
    "Cet article vous a plu ? Partagez cet article !",
    "Let us know in the comments what you think of the new bridge.",
    "Did you make this recipe? Tag me on Instagram!",
    "Hast du das Rezept ausprobiert? Markiere mich auf Instagram!",
    "Field Notes is a reader-supported publication. To receive new posts and support my work, "
    "consider becoming a free or paid subscriber.",
    # a feedback widget's question (session 24, w-wild24)
    "Cet article vous a-t-il été utile ?",
    "Was this page helpful?",
]


@pytest.mark.parametrize("appeal", APPEALS)
@pytest.mark.parametrize("where", ["inside", "end"])
def test_an_appeal_to_the_reader_goes(appeal: str, where: str) -> None:
    story = (*STORY[:1], appeal, *STORY[1:]) if where == "inside" else (*STORY, appeal)
    page = _page(MENU, story, FOOTER)
    doc = Cleaner(preset="extract").clean_document(page)
    assert all(line in doc.text for line in STORY)
    assert appeal not in doc.text
    if where == "inside":
        edit = next(e for e in doc.edits if appeal in e.before)
        assert edit.rule == "extract-appeal"
        assert "appeal to the reader" in edit.note


@pytest.mark.parametrize(
    "line",
    [
        "The mayor asked residents to share the ferry with cyclists during the summer months.",
        "“Support us!” the traders shouted as the council members left the town hall.",
        "Die Stadt will den Verein unterstützen, sagte die Bürgermeisterin am Dienstag.",
        "She follows the council on Facebook and comments on every plan it publishes.",
        "I tried this recipe three times before the sponge stopped sinking in the middle.",
        "She became a paid subscriber of three newsletters, and reads the new posts on the bus.",
        "Residents said the ferry timetable was helpful, and the council's page was too.",
        "The council said that it would share this article of the plan with the residents of the "
        "valley, who had asked for it at the last meeting, and that the ferry would be free for "
        "the first year, paid for by the money saved on repairs to the bridge.",
    ],
)
def test_a_story_that_speaks_of_sharing_or_support_stays(line: str) -> None:
    page = _page(MENU, STORY[:1], (line,), STORY[1:], FOOTER)
    assert line in cleantext.clean(page, preset="extract")


def test_a_long_paragraph_with_an_appeal_phrase_is_no_appeal() -> None:
    long = " ".join(["The council will share this article of the plan with every home."] * 4)
    assert not is_appeal(long)
    assert is_appeal("Share this article")


def test_light_keeps_appeals_and_the_rule_can_be_switched_off() -> None:
    appeal = "Artikel gefallen? Vergiss nicht zu teilen!"
    page = _page(MENU, STORY[:1], (appeal,), STORY[1:], FOOTER)
    assert appeal in cleantext.clean(page)
    assert appeal in Cleaner(preset="extract", disable=["extract-appeal"]).clean(page)


# --- the page's appeal lines found at once (``appeal_lines``) ----------------------------------

_PIECES = ["share this", "article", "donate", "now", "folge uns auf", "s", "x", "0", "l'"]
_GLUE = [" ", "'", "&", "+", "©", "é", "½", "\u0301", "_", "-"]
DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate" / "dev.jsonl"


def _one_by_one(keys: list[str]) -> dict[int, str]:
    found = {i: appeal_phrase(k, k) for i, k in enumerate(keys)}
    return {i: p for i, p in found.items() if p is not None}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES + _GLUE), max_size=12), max_size=8))
def test_appeal_lines_is_the_line_by_line_answer(parts: list[list[str]]) -> None:
    keys = [normalize_line("".join(p)) for p in parts]
    assert appeal_lines(keys) == _one_by_one(keys)


@pytest.mark.skipif(not DEV.is_file(), reason="the shared dev pages are not there")
def test_appeal_lines_on_the_dev_pages() -> None:
    pages = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    for page in pages[:40]:
        keys = normalize_lines(page)
        assert appeal_lines(keys) == _one_by_one(keys)


def test_appeal_phrases_have_only_word_runs() -> None:
    # the anchors' proof needs phrases whose letters and figures are word characters
    assert all(regex.fullmatch(r"[\w ©'&+]*", p) for p in _anchors().phrases)


def test_the_page_features_know_the_appeal_lines() -> None:
    page = PageFeatures(Patterns.builtin(), Stopwords.load())
    text = _page(MENU, STORY[:2], APPEALS[:3], STORY[2:], FOOTER)
    keys = page.of(text).lines.keys
    assert page.appeal_keys == {k: p for k, p in ((k, appeal_phrase(k, k)) for k in keys) if p}
    assert len(page.appeal_keys) == 3
