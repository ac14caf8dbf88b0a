"""``cookie-prose`` and ``policy-title``: a cookie or privacy policy's own sentences and its
title stay, in the default and ``light`` presets (and the UI pass after ``extract``).

Session 22 found that the cookie pattern removed "We use cookies to ..." from a page about
cookies, and that "Privacy Policy" or "Datenschutz" as a policy page's first line went as a
footer's link; the texts here are written for these tests (no page was copied).
"""

from __future__ import annotations

import pytest

import cleantext
from cleantext import Cleaner, Config

POLICIES = [
    # a sentence naming cookies under it
    "Cookie Policy\n\nThis policy explains how Example Ltd uses cookies on example.com.\n\n"
    "We use cookies to remember your preferences and to keep you signed in.\n\n"
    "Some cookies are set by third parties such as analytics providers.\n",
    # set as one block, no blank lines
    "Privacy notice\n\nWe use cookies to understand how visitors use our site.\n"
    "Analytics cookies count visits and show us which pages are read most.\n"
    "You can switch off analytics cookies in your browser at any time.\n",
    # between two sentences that do not name cookies
    "How we handle your data\n\nWe collect your name and e-mail address when you sign up.\n\n"
    "We use cookies to keep you signed in and to remember your language.\n\n"
    "We never sell your data to third parties or use it for advertising.\n",
    # French and German
    "Politique de cookies\n\nNous utilisons des cookies pour mesurer l'audience du site.\n\n"
    "Les cookies de mesure d'audience sont conservés treize mois au plus.\n",
    "Datenschutz\n\nWir verwenden Cookies, um die Nutzung unserer Website zu analysieren.\n\n"
    "Diese Cookies werden nach 30 Tagen gelöscht. Sie können sie im Browser deaktivieren.\n",
]

ARTICLE = (
    "The council voted on Tuesday to extend the library's opening hours into the evening, "
    "after a year of requests from students and shift workers."
)

BANNERS = [
    # a lone banner line between the menu and the article
    f"Home\nNews\nSport\n\nWe use cookies to improve your experience.\n\n{ARTICLE}\n",
    # a banner sentence over its buttons after the article
    f"{ARTICLE}\n\nWe use cookies to personalise content and ads and to analyse our traffic.\n"
    "Accept all\nManage preferences\n",
    # two banner sentences in a row: one names cookies, but it is a UI line itself
    f"{ARTICLE}\n\nWe use cookies to improve your experience on our site.\n"
    "By continuing to use this site you agree to our use of cookies.\n",
]


@pytest.mark.parametrize("text", POLICIES)
def test_a_policy_page_keeps_its_cookie_sentences_and_title(text: str) -> None:
    assert cleantext.clean(text) == text  # the default preset, light


@pytest.mark.parametrize("text", BANNERS)
def test_a_banner_still_goes(text: str) -> None:
    out = cleantext.clean(text)
    assert "cookies" not in out and ARTICLE in out


def test_a_footer_link_over_one_sentence_or_under_the_first_line_still_goes() -> None:
    # a title needs two sentences under it; a link under the first line is no title
    assert cleantext.clean(f"Privacy Policy\n\n{ARTICLE}\n") == ARTICLE + "\n"
    text = f"Example Gazette\n\nPrivacy Policy\n\n{ARTICLE}\n\n{ARTICLE}\n"
    assert "Privacy Policy" not in cleantext.clean(text)


@pytest.mark.parametrize("mechanism", ["cookie-prose", "policy-title"])
def test_switched_off_they_go_as_before(mechanism: str) -> None:
    off = Cleaner(Config.from_dict({"boilerplate": {"extract_off": [mechanism]}}))
    text = POLICIES[4]  # its title and its cookie sentence
    gone = "Datenschutz" if mechanism == "policy-title" else "Wir verwenden"
    assert gone not in off.clean(text)
    assert cleantext.clean(text) == text


# ``glossary-terms`` and ``announced-steps``: a UI word that is a glossary's term or a
# how-to's step (session 22: "Share" over its definition went, in a glossary without blank
# lines)

GLOSSARY = (
    "Glossary of social media terms\n"
    "Share\nTo post someone else's content to your own followers, often with a comment.\n"
    "Follow\nTo subscribe to another account so that its posts appear in your feed.\n"
    "Like\nA quick way to show approval of a post without writing a reply.\n"
    "Subscribe\nTo sign up for regular updates from a channel or a newsletter.\n"
)
STEPS = "To share a document:\nSign in\nClick Share\nCopy link\nSend it to your colleague.\n"


@pytest.mark.parametrize(
    "text", [GLOSSARY, GLOSSARY.replace(".\n", ".\n\n").replace("terms\n", "terms\n\n"), STEPS]
)
def test_a_glossary_and_a_how_to_keep_their_ui_words(text: str) -> None:
    assert cleantext.clean(text) == text


def test_two_pairs_or_a_long_paragraph_make_no_glossary() -> None:
    long = " ".join([ARTICLE] * 3)
    text = f"{ARTICLE}\n\nShare\n\n{long}\n\nFollow\n\nThe mayor said nothing about it at all.\n"
    assert "Share" not in cleantext.clean(text)


def test_a_list_set_apart_by_a_blank_line_or_under_a_ui_line_is_no_how_to() -> None:
    text = f"{ARTICLE}\n\nFollow us for the latest news:\n\nSign in\nOur blog\n"
    assert "Sign in" not in cleantext.clean(text)
    text = f"{ARTICLE}\n\nShare this:\nCopy link\nOur blog\n"
    assert "Copy link" not in cleantext.clean(text)


@pytest.mark.parametrize(
    ("mechanism", "text", "gone"),
    [("glossary-terms", GLOSSARY, "Share\n"), ("announced-steps", STEPS, "Sign in")],
)
def test_switched_off_the_ui_words_go_as_before(mechanism: str, text: str, gone: str) -> None:
    off = Cleaner(Config.from_dict({"boilerplate": {"extract_off": [mechanism]}}))
    assert gone not in off.clean(text)


RECIPE = "These cookies take twenty minutes to bake and keep for a week in a tin."


def test_a_banner_next_to_cookies_as_food_still_goes() -> None:
    # loss24: a sentence naming cookies kept the banner's line next to it as a policy's prose,
    # also when it named cookies to eat (a word of baking: the data file's [cookie_prose] food)
    text = f"Best Chocolate Chip Cookies\n\nWe use cookies to improve your experience.\n{RECIPE}\n"
    assert cleantext.clean(text) == f"Best Chocolate Chip Cookies\n\n{RECIPE}\n"
    # near miss: next to a sentence naming cookies of a site, the policy's line stays
    policy = "Privacy notice\n\nWe use cookies to improve your experience.\n"
    policy += "These cookies are kept for a week in your browser.\n"
    assert cleantext.clean(policy) == policy
