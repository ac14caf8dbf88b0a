"""Issue 14, a photo gallery's slide counters (``slide-counters``, ``boilerplate/slides.py``).

A gallery renders as a caption per photo, each with its counter ("2 of 6") and its credit.
The counters scored as repeated page furniture, and with short captions the run of the
article ended at the first photo: the other captions went as ``extract-tail``. Counters of
one total, rising, each beside a caption, now score as blank lines. Near misses: counters of
different totals, counters with no caption beside them (a quiz's "1 of 3" steps after the
article), and the rule switched off. The pages are written for these tests.
"""

from __future__ import annotations

import cleantext
from _pages import DAY_STORY, FOOTER, MENU, extract_with, lines_page
from cleantext.boilerplate.extract import find_main_content

TITLE = ("In pictures: the harbour festival - Example News", "In pictures: the harbour festival")
INTRO = (
    "Thousands of people came down to the harbour on Saturday for the town's summer festival, "
    "which ended with fireworks over the water after dark.",
)
CAPTIONS = (
    "Children from the primary school carry a paper boat at the front of the parade.",
    "The brass band plays on the quay as the rain finally stops in the afternoon.",
    "Volunteers built the boats from willow and paper in workshops at the library.",
    "A young spectator watches the fireworks from her father's shoulders.",
)
MORE = ("More galleries", "In pictures: the winter market", "In pictures: the county show")


def _slides(totals: tuple[int, ...]) -> tuple[str, ...]:
    """The captions, each under its counter ("2 of 4", with ``totals[i]`` as its total) and
    over its credit."""
    out: list[str] = []
    for i, (caption, total) in enumerate(zip(CAPTIONS, totals, strict=True)):
        out += [f"{i + 1} of {total}", caption, "Photograph: Ann Lee"]
    return tuple(out)


def test_the_captions_of_a_gallery_stay() -> None:
    text = lines_page(TITLE, MENU, INTRO, _slides((4, 4, 4, 4)), MORE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert CAPTIONS[-1] in out and CAPTIONS[1] in out and INTRO[0] in out
    assert "winter market" not in out and "Privacy Policy" not in out


def test_the_rule_can_be_switched_off() -> None:
    text = lines_page(TITLE, MENU, INTRO, _slides((4, 4, 4, 4)), MORE, FOOTER)
    assert CAPTIONS[-1] not in extract_with(text, slide_counters=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["slide-counters"]}}
    )
    assert CAPTIONS[-1] not in cleantext.Cleaner(config).clean(text)


def test_counters_of_different_totals_score_as_before() -> None:
    text = lines_page(TITLE, MENU, INTRO, _slides((4, 7, 5, 9)), MORE, FOOTER)
    assert CAPTIONS[-1] not in cleantext.clean(text, preset="extract")


STORY = DAY_STORY[:2]


def test_steps_without_captions_after_the_article_still_go() -> None:
    quiz = ("Quiz of the week", "1 of 3", "Start", "2 of 3", "Next", "3 of 3", "Finish")
    out = cleantext.clean(lines_page(TITLE, MENU, STORY, quiz, FOOTER), preset="extract")
    assert STORY[-1] in out and "Quiz of the week" not in out and "2 of 3" not in out


def test_the_counters_inside_a_gallery_go() -> None:
    # session 24 (w-wild24, ``slide-lines``): the counters are the gallery's navigation, its
    # captions the content; each goes as extract-menu, the captions stay
    text = lines_page(TITLE, MENU, INTRO, _slides((4, 4, 4, 4)), MORE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    assert out.splitlines() == [*INTRO, *CAPTIONS]
    menus = [e for e in find_main_content(text) if e.rule == "extract-menu"]
    assert [e.before.strip() for e in menus] == ["1 of 4", "2 of 4", "3 of 4", "4 of 4"]
    assert "(slide-lines)" in (menus[0].note or "")
    # off, they stay (as they did before)
    assert "2 of 4" in extract_with(text, slide_lines=False)
    config = cleantext.Config.from_dict(
        {"preset": "extract", "boilerplate": {"extract_off": ["slide-lines"]}}
    )
    assert "2 of 4" in cleantext.Cleaner(config).clean(text)


def test_a_counter_in_a_sentence_stays() -> None:
    # near miss: counters of different totals are no gallery's, and "2 of 8 people" is prose
    text = lines_page(TITLE, MENU, INTRO, _slides((4, 7, 5, 9)), MORE, FOOTER)
    assert find_main_content(text) and not any(
        e.rule == "extract-menu" and "slide-lines" in (e.note or "")
        for e in find_main_content(text)
    )
    line = "In the survey, 2 of 8 people said that they would walk to the harbour next year."
    out = cleantext.clean(
        lines_page(TITLE, MENU, INTRO, (line,), CAPTIONS, FOOTER), preset="extract"
    )
    assert line in out
