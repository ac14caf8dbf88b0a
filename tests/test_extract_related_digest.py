"""``related-digest`` (``popular.related_digest``): a related-links line ("More from the data
desk") inside the chosen run, with only teaser pairs (a headline over its excerpt) under it to
the run's end, ends the article there. Near miss: an article's own section heading of the same
words ("More from the council") over paragraphs of the story."""

from __future__ import annotations

import dataclasses

import cleantext
from cleantext.boilerplate.extract import WEIGHTS, find_main_content
from cleantext.edits import apply_edits

MENU = ["Bridge to close | The Valley Times", "Home", "News", "Sport"]
STORY = [
    "The old bridge over the river will close for a year from May, the council said on "
    "Tuesday, because it is now too weak for the buses that cross it.",
    "Drivers will have to use the ring road, which adds about ten minutes to a trip into "
    "the town centre at the busiest times of the day.",
]
CHART = ["Chart: traffic on the bridge, 2015-2025", "Source: Valley council traffic counts"]
TEASERS = [
    "Why are the town's buses getting slower?",
    "Average bus speeds in the centre have fallen by a fifth in ten years, as roadworks and "
    "parked vans hold up the traffic on the main routes into town.",
    "The schools with the biggest classes",
    "Some primary schools now teach more than 32 children in a class, while others nearby "
    "have spare places, an analysis of government data shows.",
]
FOOTER = ["Accessibility", "Cookie settings", "© 2026 The Valley Times"]


def _text(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_teasers_under_a_related_line_inside_the_run_go() -> None:
    text = _text(MENU, STORY, CHART, ["More from the data desk"], TEASERS, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in STORY)
    assert not any(line in out for line in TEASERS)
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "each over its excerpt, are a digest of other stories" in tail.note
    weights = dataclasses.replace(WEIGHTS, related_digest=False)
    assert TEASERS[1] in apply_edits(text, find_main_content(text, weights=weights))


def test_the_switch_in_a_config_keeps_them() -> None:
    text = _text(MENU, STORY, CHART, ["More from the data desk"], TEASERS, FOOTER)
    config = {"preset": "extract", "boilerplate": {"extract_off": ["related-digest"]}}
    assert TEASERS[1] in cleantext.Cleaner(cleantext.Config.from_dict(config)).clean(text)


def test_the_article_s_own_section_under_a_more_from_heading_stays() -> None:
    more = [
        "The mayor said the council had looked at a new bridge, but that it would cost more "
        "than the town spends on its roads in ten years.",
        "Shops near the bridge fear that fewer people will come to the market while it is "
        "closed, and asked for free parking on Saturdays.",
        "The council will decide on the parking on Thursday, when it also sets the date for "
        "the work to begin.",
    ]
    text = _text(MENU, STORY, ["More from the council"], more, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in (*STORY, *more))


def test_a_teaser_pair_with_the_story_after_it_is_not_a_digest() -> None:
    text = _text(MENU, STORY, ["More from the data desk"], TEASERS[:2], STORY[:1], FOOTER)
    text_out = cleantext.clean(text, preset="extract")
    assert TEASERS[1] in text_out
