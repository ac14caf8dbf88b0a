"""Issue 14, recall at the article's start: the deck (a sentence under the page title's
headline that sums up the article, often with no full stop) stays with the article when only
page furniture (a share bar, a photo credit) and no byline comes between them; near misses: a
teaser of another story above the headline, a sentence under the headline about something
else, the first of a list of other stories' headlines, and the rule switched off."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU, STORY, extract_with, lines_page
from cleantext.boilerplate.extract import find_main_content

TITLE = ("Old bridge to close after a century - Example News",)
HEADLINE = ("Old bridge to close after a century",)
#: no full stop: a short line, which costs the article's run more than it brings
DECK = ("The council shuts the river crossing this spring and a ferry takes the buses across",)
FURNITURE = ("Share this article", "© Jane Doe")


def _out(*parts: tuple[str, ...]) -> str:
    return cleantext.clean(lines_page(*parts), preset="extract")


def test_the_deck_under_the_headline_stays() -> None:
    text = lines_page(TITLE, MENU, HEADLINE, DECK, FURNITURE, STORY, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert DECK[0] in out and STORY[0] in out
    assert "Share this article" not in out and "Weather" not in out
    # the rule is what keeps it (with the deck rule off, the deck is an intro that lost its
    # full stop: ``intro-unstopped`` keeps it, so both are off)
    assert DECK[0] not in extract_with(text, deck=False, intro_unstopped=False)
    assert DECK[0] in extract_with(text, deck=False)


def test_the_head_note_names_the_deck_and_the_shared_words() -> None:
    text = lines_page(TITLE, MENU, HEADLINE, DECK, FURNITURE, STORY, FOOTER)
    heads = [e for e in find_main_content(text) if e.rule == "extract-head"]
    assert heads and all("the deck at line 8 is kept" in e.note for e in heads)
    assert "river" in heads[0].note


def test_half_of_a_hard_wrapped_sentence_is_never_kept() -> None:
    wrapped = ("The council shuts the river crossing this spring and a ferry", "takes the buses")
    out = _out(TITLE, MENU, HEADLINE, wrapped, FURNITURE, STORY, FOOTER)
    assert wrapped[0] not in out and STORY[0] in out
    wrapped = ("The council shuts the river crossing this spring and the ferry will start on 11",
               "March, the mayor said.")  # fmt: skip
    out = _out(TITLE, MENU, HEADLINE, wrapped, FURNITURE, STORY, FOOTER)
    assert wrapped[0] not in out and STORY[0] in out


def test_a_teaser_of_another_story_above_the_headline_goes() -> None:
    teaser = (
        "School fair raises money",
        "Pupils and their parents sold cakes and toys at the summer fair in the park",
    )
    out = _out(TITLE, MENU, teaser, HEADLINE, STORY, FOOTER)
    assert teaser[1] not in out and STORY[0] in out


def test_a_sentence_about_something_else_under_the_headline_goes() -> None:
    other = ("Read our special report on the elections in the valley and what they mean",)
    out = _out(TITLE, MENU, HEADLINE, other, FURNITURE, STORY, FOOTER)
    assert other[0] not in out and STORY[0] in out


def test_the_first_of_a_list_of_headlines_goes() -> None:
    # the page's headline heads a "most read" list: the line under it is another story's
    # headline, even when it shares words with the article, and more such lines follow
    listed = (
        "Shops in the old town fear the long detour when the bridge over the river closes",
        "Pupils and their parents sold cakes and toys at the summer fair in the park",
        "The valley choir sings in the cathedral for the first time in twenty years",
    )
    out = _out(TITLE, MENU, HEADLINE, listed, FURNITURE, STORY, FOOTER)
    assert listed[0] not in out and STORY[0] in out


def test_the_deck_rule_can_be_switched_off_in_a_config() -> None:
    text = lines_page(TITLE, MENU, HEADLINE, DECK, FURNITURE, STORY, FOOTER)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["deck", "intro-unstopped"]}}
    )
    assert DECK[0] not in cleantext.Cleaner(config).clean(text)


def test_a_site_description_under_the_site_name_goes() -> None:
    # the site's name is part of the page title, but no headline: the sentence under it is
    # the site's description, though it shares words with the article
    title = ("Valley Town Blog: Old bridge to close after a century",)
    about = ("The latest news from the council about the river, the roads and the old bridge",)
    out = _out(title, MENU, ("Valley Town Blog",), about, FURNITURE, STORY, FOOTER)
    assert about[0] not in out and STORY[0] in out
    out = _out(title, MENU, ("Valley Town Blog: Old bridge to close",), about, FURNITURE, STORY)
    assert about[0] in out  # under (most of) the title, the same sentence is a deck
