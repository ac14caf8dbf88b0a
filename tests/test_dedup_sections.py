"""``[dedup] sibling_headings``: a block repeated under sibling headings ("Plan A", "Plan B")
is each section's own, kept by ``dedup-blocks``; a menu at a page's top and bottom still goes.

The meal plan here is written for these tests (the dev page that showed the loss, a meal
plan of six menus sharing most meals, was not copied).
"""

from __future__ import annotations

import cleantext
from cleantext import Cleaner

MEALS = (
    "Breakfast\n\nEat within an hour of waking\n\n"
    "Oats with berries [1 cup rolled oats, 1 cup blueberries, 1 tsp. honey, 8 oz. almond milk]\n\n"
    "Lunch\n\nEat every 3 hours\n\n"
    "Chicken salad (4 oz. cooked chicken, 1 cup lettuce, 1/2 cup cherry tomatoes, 1 tsp. oil)"
)


def _plan(plans: str = "ABC", heading: str = "Menu for Plan {}") -> str:
    intro = "This plan works for both programmes, so there is no new meal prep to learn.\n\n"
    body = "\n\n".join(f"{heading.format(p)}\n\n{MEALS}\n\nDinner\n\nFish and rice" for p in plans)
    return intro + body + "\n"


def test_meals_repeated_under_sibling_headings_are_kept() -> None:
    text = _plan()
    assert cleantext.clean(text) == text
    assert cleantext.clean(_plan("123", "Week {}")) == _plan("123", "Week {}")


def test_sibling_headings_0_removes_them_as_before() -> None:
    out = Cleaner(dedup={"sibling_headings": 0}).clean(_plan())
    assert out.count("Oats with berries") == 1


def test_two_plans_are_no_family_of_three() -> None:
    assert cleantext.clean(_plan("AB")).count("Oats with berries") == 1


def test_a_menu_at_the_top_and_the_bottom_still_goes() -> None:
    # the menu's first copy has no section heading above it: the bottom one is a copy
    menu = "\n".join(
        f"{item} recipes and meal plans" for item in ("Breakfast", "Lunch", "Dinner", "Snack")
    )
    text = f"{menu}\n\n{_plan()}\n{menu}\n"
    out = cleantext.clean(text)
    assert out.count("Snack recipes and meal plans") == 1
    assert out.count("Oats with berries") == 3


def test_repeated_date_lines_are_no_section_headings() -> None:
    # a box of teasers, each under its date ("Nov 18" more than once), shown twice
    teasers = (
        (
            18,
            "Mall stores that do not exist anymore: these retailers fell victim to changing times",
        ),
        (
            18,
            "A discovery fuels hopes in the search for life on the icy moons of the outer planets",
        ),
        (17, "Dramatic video shows the rescue of a driver from a flooded road in the city"),
        (15, "The best places to see the northern lights this winter, and when to go there"),
    )
    box = "\n\n".join(f"Nov {day}\n\n{title}" for day, title in teasers)
    text = f"{box}\n\nThe story of the week is the harbour.\n\n{box}\n"
    assert Cleaner(dedup={"sibling_headings": 0}).clean(text).count("flooded road") == 1
    assert cleantext.clean(text).count("flooded road") == 1


def _families_line_by_line(text: str, min_siblings: int) -> list[list[tuple[int, str]]]:
    """:func:`families` as first written: every line read (the reference for its search)."""
    from collections import defaultdict

    from cleantext.blocks.sections import _LABEL, MAX_WORDS

    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    offset = 0
    for line in text.split("\n"):
        end = line.rstrip()
        if len(line) <= 120 and 0 < len(end) - end.rfind(" ") <= 5:
            words = line.split()
            if 2 <= len(words) <= MAX_WORDS and _LABEL.fullmatch(words[-1]):
                found[" ".join(words[:-1]).casefold()].append((offset, line.strip()))
        offset += len(line) + 1
    return [f for f in found.values() if len({x for _, x in f}) == len(f) >= min_siblings]


def test_families_search_finds_every_line_a_line_by_line_reading_finds() -> None:
    from cleantext.blocks.sections import families

    texts = [
        "Week 1\nRun.\nWeek\t2 \r\nSwim.\n  Week 3:\nRest.\nWeek 4.",  # tab, CR, indent, no \n
        "Plan A\n\nPlan B\u00a0\n\nPlan C\n",  # a no-break space after a label
        "Day 10\nDay 200\nDay 3000\nDay x1\n",  # "3000" and "x1" are no labels
        "Step 1\nStep 2\nStep 3\n" + "Step 4 " + "x" * 120 + " 5\n",  # a long line
        "Plan A\nPlan A\nPlan B\nPlan C\n",  # a heading twice: no family
        "A\nB\n1\n\n \n",  # single words and blank lines
    ]
    for text in texts:
        for k in (1, 2, 3):
            assert families(text, k) == _families_line_by_line(text, k), (text, k)
    found = families(texts[0], 3)[0]
    assert [line for _, line in found] == ["Week 1", "Week 3:", "Week 4."]  # (a tab is no space)
