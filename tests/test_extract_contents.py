"""The intro above a table of contents (``contents.py``, ``extract_off = ["toc-intro"]``): a
long article puts an intro paragraph under its headline, then its table of contents (the
section headings, maybe under "Inhalt:"), then the sections under the same headings; the
intro is kept and the table goes. Near misses: a paragraph above a menu whose entries are
not the article's headings (a teaser), and a footnote line above a table of contents, go
with the head. The pages are written for these tests."""

from __future__ import annotations

import cleantext
from _pages import FOOTER, MENU
from cleantext import Cleaner, Config

INTRO = (
    "The old bridge has carried the town's traffic for a hundred years, and this guide "
    "explains what its closure will mean for everyone who crosses the river each day."
)
HEADINGS = ("Why the bridge must close", "The ferry and its timetable", "Detours for cars",
            "What happens to the market")  # fmt: skip
SECTIONS = (
    "Engineers found deep cracks in two of the three arches last spring, and the council "
    "was told that the bridge could no longer carry the weight of the buses.",
    "A ferry will run every twenty minutes from six in the morning until midnight, and it "
    "will be free for people on foot and on bicycles for the whole first year.",
    "Drivers will have to use the ring road and the new bridge upstream, which adds about "
    "fifteen minutes to the trip into the town centre at busy times of the day.",
    "The traders of the old market hope that the ferry will bring their customers back, and "
    "the council has promised them lower rents until the new bridge is open.",
)


def _page(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _article() -> tuple[str, ...]:
    return tuple(line for pair in zip(HEADINGS, SECTIONS, strict=True) for line in pair)


def test_the_intro_above_a_table_of_contents_stays_and_the_table_goes() -> None:
    text = _page(MENU, ("How the bridge closure will change the town",), (INTRO,),
                 ("Contents:", *HEADINGS), _article(), FOOTER)  # fmt: skip
    doc = Cleaner(preset="extract").clean_document(text)
    assert INTRO in doc.text and all(s in doc.text for s in SECTIONS)
    assert "Contents:" not in doc.text
    assert doc.text.count(HEADINGS[1]) == 1  # the heading over its section, not the entry
    heads = [e for e in doc.edits if e.rule == "extract-head"]
    assert any("the intro at line" in e.note and "table of contents" in e.note for e in heads)


def test_a_paragraph_above_a_menu_that_is_not_the_articles_headings_goes() -> None:
    teaser = (
        "Our newsletter brings you the best stories from the valley every week, with the "
        "weather, the markets and the events of the weekend."
    )
    menu = ("Sports results", "Weather today", "Markets and prices", "Events this weekend")
    text = _page(MENU, (teaser,), menu, _article(), FOOTER)
    assert teaser not in cleantext.clean(text, preset="extract")


def test_a_footnote_above_a_table_of_contents_is_no_intro() -> None:
    footnote = (
        "¹-0,4% effective interest for a loan of 1,000 euros over 12 months, at a fixed rate "
        "of 0.00% and with no fees of any kind for the first year."
    )
    text = _page(MENU, (footnote,), ("Contents:", *HEADINGS), _article(), FOOTER)
    assert footnote not in cleantext.clean(text, preset="extract")


def test_the_intro_rule_can_be_switched_off() -> None:
    text = _page(MENU, ("How the bridge closure will change the town",), (INTRO,),
                 ("Contents:", *HEADINGS), _article(), FOOTER)  # fmt: skip
    config = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["toc-intro"]}})
    assert INTRO not in cleantext.Cleaner(config).clean(text)
    assert INTRO in cleantext.Cleaner(preset="extract").clean(text)


def test_a_numbered_table_of_contents_keeps_the_intro() -> None:
    numbered = tuple(f"{n}. {heading}" for n, heading in enumerate(HEADINGS, 1))
    text = _page(MENU, ("How the bridge closure will change the town",), (INTRO,),
                 ("Contents", *numbered), _article(), FOOTER)  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert INTRO in out and all(s in out for s in SECTIONS)
    assert not any(entry in out for entry in numbered)


def test_a_numbered_list_that_is_not_the_articles_headings_is_no_table_of_contents() -> None:
    teaser = (
        "Our newsletter brings you the best stories from the valley every week, with the "
        "weather, the markets and the events of the weekend."
    )
    menu = ("1. Sports results", "2. Weather today", "3. Markets and prices", "4. Events")
    assert teaser not in cleantext.clean(_page(MENU, (teaser,), menu, _article(), FOOTER),
                                         preset="extract")  # fmt: skip


def test_the_first_section_s_heading_stays_under_the_table() -> None:
    """adv21 (``toc-heading``): the first section's heading, right above its paragraph and
    the table's first entry too, went with the table; its entry in the table still goes."""
    text = _page(MENU, ("How the bridge closure will change the town",), (INTRO,),
                 ("Contents:", *HEADINGS), _article(), FOOTER)  # fmt: skip
    out = cleantext.clean(text, preset="extract")
    assert out.count(HEADINGS[0]) == 1 and "Contents:" not in out
    assert out.split("\n\n")[1].splitlines()[:2] == [HEADINGS[0], SECTIONS[0]]
    off = Config.from_dict({"preset": "extract", "boilerplate": {"extract_off": ["toc-heading"]}})
    assert HEADINGS[0] not in Cleaner(off).clean(text) and INTRO in Cleaner(off).clean(text)
