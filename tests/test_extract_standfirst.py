"""Issue 14, recall at the article's start: a standfirst (the sentence under the headline that
sums up the article) separated from the article by a byline or date line stays with the
article; near misses: a sentence with no byline or date line between it and the article (a
teaser), or a caption, or the headline itself, or the last title of a carousel of teasers
(each title in the same frame of repeated lines), goes with the head."""

from __future__ import annotations

import dataclasses

import cleantext
from _pages import FOOTER, MENU, STORY
from cleantext.boilerplate.extract import WEIGHTS, find_main_content
from cleantext.boilerplate.standfirst import is_meta
from cleantext.edits import apply_edits

HEADLINE = "Old bridge to close after a century"
DECK = "The town will lose its oldest crossing this spring, and a ferry will take its place."
#: the byline and date lines between the standfirst and the article, which cost more than it
META = ("By Jane Doe", "12 March 2024, 10:15", "5 min read", "Share")


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n\n".join(block) for block in blocks) + "\n"


def test_the_standfirst_above_the_byline_stays_and_the_byline_goes() -> None:
    text = _page(MENU, (HEADLINE, DECK, *META), STORY, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert DECK in out and STORY[0] in out
    assert "By Jane Doe" not in out and "10:15" not in out and "Weather" not in out


def test_the_head_note_names_the_standfirst() -> None:
    text = _page(MENU, (HEADLINE, DECK, *META), STORY, FOOTER)
    heads = [e for e in find_main_content(text) if e.rule == "extract-head"]
    assert heads and all("the standfirst at line" in e.note for e in heads)


def test_standfirsts_in_other_languages() -> None:
    deck = "In den Vereinigten Staaten trommeln Aktivisten für einen Mietenstopp in der Krise"
    text = _page(MENU, ("Mietenstreik in den USA", deck, "Von Moritz Muster", "Lesedauer: 8 Min."),
                 STORY, FOOTER)  # fmt: skip
    assert deck in cleantext.clean(text, preset="extract")


def test_a_sentence_without_a_byline_or_date_below_it_goes() -> None:
    teaser = "The town will lose its oldest crossing this spring, says the mayor in a letter."
    text = _page(MENU, ("Most read", teaser, "Share"), STORY, FOOTER)
    assert teaser not in cleantext.clean(text, preset="extract")


def test_the_headline_and_a_caption_are_no_standfirst() -> None:
    title = "The old bridge over the river will close this spring after a century - Example News"
    headline = "The old bridge over the river will close this spring after a century"
    caption = "The old bridge over the river seen from the market square (Photo: Jane Doe)"
    text = _page((title,), MENU, (headline, "By Jane Doe"), STORY, FOOTER)
    assert headline not in cleantext.clean(text, preset="extract").split("\n", 1)[1]
    text = _page(MENU, (HEADLINE, caption, "By Jane Doe"), STORY, FOOTER)
    assert caption not in cleantext.clean(text, preset="extract")


def test_the_standfirst_rule_can_be_switched_off() -> None:
    text = _page(MENU, (HEADLINE, DECK, *META), STORY, FOOTER)
    weights = dataclasses.replace(WEIGHTS, standfirst=False)
    assert DECK not in apply_edits(text, find_main_content(text, weights=weights))
    config = {"preset": "extract", "boilerplate": {"extract_off": ["standfirst"]}}
    assert DECK not in cleantext.Cleaner(cleantext.Config.from_dict(config)).clean(text)


def test_light_keeps_everything_of_the_head() -> None:
    text = _page(MENU, (HEADLINE, DECK, *META), STORY, FOOTER)
    out = cleantext.clean(text)
    assert DECK in out and "By Jane Doe" in out


def test_meta_lines() -> None:
    assert is_meta("By Jane Doe") and is_meta("29.04.2020, 12:01 Uhr")
    assert is_meta("Tiempo de lectura: 3 minutos")
    assert not is_meta("Join 600 other followers") and not is_meta("Home")


def test_a_sentence_under_a_menu_entry_or_button_is_no_standfirst() -> None:
    promo = "Get the best stories of the week and the news that matters, delivered on Mondays."
    for above in ("Learn more", "Search"):
        text = _page(MENU, (HEADLINE, "Story of the day", above, promo, *META), STORY, FOOTER)
        assert promo not in cleantext.clean(text, preset="extract"), above


def test_a_sentence_above_a_sign_up_button_is_its_pitch_not_a_standfirst() -> None:
    pitch = "Get the news alerts and special reports that matter, delivered weekday mornings."
    for button in ("SUBSCRIBE", "Sign Up", "Log in"):
        text = _page(MENU, ("Example News Emails", pitch, button, *META[:2]), STORY, FOOTER)
        assert pitch not in cleantext.clean(text, preset="extract")


def test_a_standfirst_above_a_share_button_stays() -> None:
    # a share bar is no sign-up button: the standfirst above it is kept as before
    text = _page(MENU, (HEADLINE, DECK, "Share", *META[:2]), STORY, FOOTER)
    assert DECK in cleantext.clean(text, preset="extract")


#: a carousel of video teasers above the article: each title in the same frame, its length a
#: time of day in figures like a date line's
CAROUSEL = tuple(
    line
    for title in (
        "The mayor explains why the old bridge has to close this spring",
        "Residents of the valley say what the detour will cost them",
        "Watch the ferry that will take the place of the old bridge",
    )
    for line in ("Play the video", title, "02:18", "Now playing", "Source: Example News")
)


def test_the_last_title_of_a_carousel_of_teasers_is_no_standfirst() -> None:
    text = _page(MENU, CAROUSEL, STORY, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert STORY[0] in out and "ferry that will take the place" not in out


def test_a_standfirst_under_a_headline_that_the_page_repeats_stays() -> None:
    # the headline in the title block and above the article: the lines under the standfirst
    # (byline, date) come only there
    text = _page((HEADLINE,), MENU, (HEADLINE, DECK, *META[:2]), STORY, FOOTER)
    assert DECK in cleantext.clean(text, preset="extract")
