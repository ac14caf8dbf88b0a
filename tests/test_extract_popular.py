"""Issue 14, pattern 1 and leftover 3: a numbered list of the site's most read stories after
the article is not a list that continues the article, also when its heading has a time or a
place ("Most read this week"); near misses: a numbered list under another heading (steps, a
ranking) stays, and so does a sentence that starts like such a heading."""

from __future__ import annotations

import dataclasses

import pytest

import cleantext
from _pages import FOOTER, MENU, SHORT_STORY, STORY
from cleantext.boilerplate.extract import WEIGHTS, find_main_content
from cleantext.boilerplate.popular import is_popular_heading
from cleantext.edits import apply_edits

ITEMS = (
    "1. Mayor opens the new park in the old town",
    "2. Ten things to do in the valley this weekend",
    "3. Police close the main road after a crash",
    "4. School fees to rise again next year",
    "5. Local team wins the cup final at home",
)


def _page(heading: str) -> str:
    return "\n".join([*MENU, *STORY, heading, *ITEMS, *FOOTER]) + "\n"


@pytest.mark.parametrize(
    "heading", ["Most read this week", "Meistgelesene Artikel heute", "Les plus lus du jour"]
)
def test_a_most_read_list_after_the_article_goes(heading: str) -> None:
    out = cleantext.clean(_page(heading), preset="extract")
    assert STORY[-1] in out
    assert heading not in out and not any(item in out for item in ITEMS)


def test_the_tail_note_names_the_heading() -> None:
    text = _page("Most read this week")
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "'Most read this week'" in tail.note and "most-read list" in tail.note


def test_a_numbered_list_under_another_heading_stays() -> None:
    out = cleantext.clean(_page("The five stories of the year"), preset="extract")
    assert all(item in out for item in ITEMS)


def test_a_sentence_is_no_heading() -> None:
    assert not is_popular_heading("Most read the notice on the door this week.")
    assert not is_popular_heading("Most people read the paper on Sunday")
    assert is_popular_heading("Top stories today") and is_popular_heading("Lo más leído hoy")


def test_the_rule_can_be_switched_off_and_light_keeps_the_list() -> None:
    text = _page("Most read this week")
    weights = dataclasses.replace(WEIGHTS, popular=False)
    assert ITEMS[0] in apply_edits(text, find_main_content(text, weights=weights))
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["popular-list"]}}
    )
    assert ITEMS[0] in cleantext.Cleaner(config).clean(text)
    out = cleantext.clean(text)
    assert "Most read this week" in out and ITEMS[0] in out


SHORT = SHORT_STORY
RANKED = tuple(
    f"{n}. {story}"
    for n, story in enumerate(
        (
            "Police are looking for a man who stole a tractor from a farm near the village.",
            "The new swimming pool will open in June, two years later than the council said.",
            "A family of otters has been seen in the canal for the first time in forty years.",
            "The town's only cinema will reopen on Friday after a year of repairs to its roof.",
        ),
        1,
    )
)


def test_a_ranked_list_of_sentences_under_a_box_heading_leaves_a_short_article() -> None:
    # the list's sentences and the short article are one run: the heading alone splits it
    text = "\n".join([*MENU, *SHORT, "Most read", *RANKED, *FOOTER]) + "\n"
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in SHORT) and not any(item in out for item in RANKED)
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "the numbered list under 'Most read' at line 8 is a most-read list" in tail.note


def test_the_article_s_own_ranked_list_under_its_subheading_stays() -> None:
    text = "\n".join([*MENU, *SHORT, "The four stories of the week", *RANKED, *FOOTER]) + "\n"
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in (*SHORT, *RANKED))


DIGEST = tuple(
    line
    for topic, when in (("hospital", "autumn"), ("market", "summer"), ("library", "spring"),
                        ("stadium", "winter"))
    for line in (
        f"Work on the new {topic} is late again",
        f"The council said on Monday that the work on the new {topic} would not be finished "
        f"before the {when}, half a year later than planned, because the builders have asked "
        "for more time to finish the roof and the people of the town will have to wait.",
    )
)  # fmt: skip


@pytest.mark.parametrize("heading", ["Sigue leyendo", "More on this", "Lesen Sie auch"])
def test_a_digest_under_a_box_heading_leaves_a_short_article(heading: str) -> None:
    """Headlines, each over its excerpt, under a box heading after a short ad line: the
    site's digest of other stories, one run with the article (``popular.digest_inside``)."""
    text = "\n".join([*MENU, *SHORT, "Advertisement", heading, *DIGEST, *FOOTER]) + "\n"
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in SHORT) and not any(line in out for line in DIGEST)
    tail = next(e for e in find_main_content(text) if e.rule == "extract-tail")
    assert "each over its excerpt, are a digest of other stories" in tail.note
    weights = dataclasses.replace(WEIGHTS, popular=False)
    assert DIGEST[1] in apply_edits(text, find_main_content(text, weights=weights))


def test_the_article_s_own_sections_under_its_subheading_stay() -> None:
    """The same shape under a subheading of the article's own (no box heading) stays, and
    so does a digest's shape with a headline that ends a sentence (a paragraph of its own)."""
    text = "\n".join([*MENU, *SHORT, "The four projects", *DIGEST, *FOOTER]) + "\n"
    out = cleantext.clean(text, preset="extract")
    assert all(line in out for line in (*SHORT, *DIGEST))
    stopped = (*DIGEST[:2], "The work on the market is late again.", *DIGEST[3:])
    text = "\n".join([*MENU, *SHORT, "More on this", *stopped, *FOOTER]) + "\n"
    assert stopped[2] in cleantext.clean(text, preset="extract")
