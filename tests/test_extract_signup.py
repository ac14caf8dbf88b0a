"""Issue 14, leftover 4: sign-up, log-in, newsletter and paywall boxes inside the article go
as ``extract-signup``; near misses: one line of the article that mentions subscribing, or a
long paragraph about a newsletter, stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from _pages import FOOTER, MENU, STORY
from cleantext.boilerplate.extract import classify_lines, find_main_content
from cleantext.boilerplate.features import PageFeatures
from cleantext.boilerplate.patterns import Patterns, data_keys, normalize_line, normalize_lines
from cleantext.boilerplate.signup import is_signup_line, signup_boxes, signup_lines
from cleantext.boilerplate.stopwords import Stopwords

NEWSLETTER = (
    "Example News Newsletter",
    "Sign up to get the best stories of the week, as picked by the editors.",
    "By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
)
PAYWALL_DE = (
    "Werden Sie Mitglied und lesen Sie alle Artikel ohne Werbung.",
    "Sie sind bereits Abonnent? Dann können Sie sich hier anmelden.",
)


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n\n".join(block) for block in blocks) + "\n"


def test_a_newsletter_box_between_paragraphs_goes() -> None:
    text = _page(MENU, STORY[:2], NEWSLETTER, STORY[2:], FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in STORY)
    assert not any(line in out for line in NEWSLETTER)
    signup = [e for e in find_main_content(text) if e.rule == "extract-signup"]
    assert len(signup) == 1 and "sign-up box inside the content" in signup[0].note


def test_a_paywall_box_under_the_article_goes() -> None:
    out = cleantext.clean(_page(MENU, STORY, PAYWALL_DE, FOOTER), preset="extract")
    assert STORY[-1] in out and not any(line in out for line in PAYWALL_DE)


def test_one_line_that_mentions_subscribing_stays() -> None:
    line = "Residents can subscribe to a ferry pass, the council said, for ten euros a month."
    out = cleantext.clean(_page(MENU, STORY[:2], (line,), STORY[2:], FOOTER), preset="extract")
    assert line in out


def test_a_long_paragraph_about_a_newsletter_is_no_box_line() -> None:
    paragraph = (
        "The newsletter that the council sends to every house once a month has grown from a "
        "single page to a booklet of twenty pages, and the mayor said on Tuesday that it costs "
        "more to print and post than the town can afford next year, so the next issues will "
        "be sent by email to those who ask for them."
    )
    assert not is_signup_line(paragraph)
    assert is_signup_line("Sign up for our newsletter")


def test_disable_and_light() -> None:
    text = _page(MENU, STORY[:2], NEWSLETTER, STORY[2:], FOOTER)
    config = cleantext.Config(preset="extract", disable=frozenset({"extract-signup"}))
    out = cleantext.Cleaner(config).clean(text)
    assert NEWSLETTER[1] in out
    assert NEWSLETTER[1] in cleantext.clean(text)


_PIECES = ["sign up", "log", "in", "e", "mail", "abo", "s", "inscrire", "newsletter", "x", "0"]
_GLUE = [" ", "'", "&", "+", "©", "é", "½", "ß", "\u0301", "_"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES + _GLUE), max_size=12), max_size=8))
def test_signup_lines_is_the_line_by_line_answer(parts: list[list[str]]) -> None:
    lines = ["".join(p) for p in parts]
    keys = [normalize_line(line) for line in lines]
    assert signup_lines(keys) == {i for i, key in enumerate(keys) if is_signup_line(key, key)}


DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate" / "dev.jsonl"


@pytest.mark.skipif(not DEV.is_file(), reason="the shared dev pages are not there")
def test_signup_lines_on_the_dev_pages() -> None:
    pages = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    for page in pages[:40]:
        keys = normalize_lines(page)
        assert signup_lines(keys) == {i for i, k in enumerate(keys) if is_signup_line(k, k)}


def test_signup_phrases_have_only_word_runs() -> None:
    # the anchors' proof needs phrases whose letters and figures are word characters
    assert all(regex.fullmatch(r"[\w ©'&+]*", w) for w in data_keys("signup", "phrases"))


def test_the_page_features_know_the_box_lines() -> None:
    page = PageFeatures(Patterns.builtin(), Stopwords.load())
    text = _page(MENU, STORY[:2], NEWSLETTER, STORY[2:], PAYWALL_DE, FOOTER)
    keys = page.of(text).lines.keys
    assert page.signup_keys == {k for k in keys if is_signup_line(k, k)}
    assert len(page.signup_keys) >= 4
    infos = classify_lines(text, features=page)
    n = len(infos) - 1
    assert signup_boxes(infos, 0, n, page.signup_keys) == signup_boxes(infos, 0, n)
    assert signup_boxes(infos, 0, n, set()) == []


#: a leisure centre's FAQ on its memberships (session 24, w-wild24; written for this test)
FAQ = (
    "Can I freeze my membership?",
    "Yes. You can freeze your membership for up to three months a year if you are ill, "
    "injured or travelling. Ask at reception at least seven days before the next payment.",
    "Do you offer concessions?",
    "Students, people over 65 and people on Universal Credit pay 30% less for any "
    "membership. Bring proof of your status when you join.",
)


def test_a_faq_on_memberships_is_no_signup_box() -> None:
    # "membership" alone is a topic, no sign-up phrase: the questions and answers stay
    assert not is_signup_line(FAQ[0])
    out = cleantext.clean(_page(MENU, ("Log in",), FAQ, STORY, FOOTER), preset="extract")
    assert all(line in out for line in FAQ)


def test_a_membership_pitch_still_goes() -> None:
    # near miss: a box that asks the reader to become a member, with its button
    box = ("Newsletter", "Become a member for £5 a month.", "Join now")
    out = cleantext.clean(_page(MENU, STORY[:2], box, STORY[2:], FOOTER), preset="extract")
    assert all(line in out for line in STORY) and not any(line in out for line in box)
