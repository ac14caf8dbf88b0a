"""Issue 14 (fundus, a live blog): a short label the site prints between the article's
paragraphs ("Article content" around each ad slot and subheading) made each paragraph an
isolated one and broke the article's run at the first ad slot; the article came out as its
first post. Such a label is scored as blank (``labels.py``, ``extract_off =
["page-labels"]``). Near misses: a menu's repeated links, a list's numbering and a label
seen twice only stay what they were. The pages are written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Cleaner
from cleantext.boilerplate.extract import classify_lines
from cleantext.boilerplate.labels import _nearest_is_paragraph, label_rows

LABEL = "Page text"
MENU = ("Home", "World", "Politics", "Business", "Sport", "Weather", "Sign In")
FOOTER = ("Comments", "Terms of Use", "Privacy", "© 2026 Riverside Daily. All rights reserved.")
POSTS = (
    (
        "Ferry service resumes after the storm",
        "The harbour authority said on Wednesday morning that the ferries to the islands would "
        "run again from noon, after the storm that closed the port for two days moved east.",
        "Passengers with tickets for the cancelled crossings can use them on any ferry this "
        "week, and the authority asked travellers to arrive early because the boats will be full.",
    ),
    (
        "Power back in most of the old town",
        "The electricity company said power had come back to most homes in the old town by ten "
        "o'clock, although a few streets near the river were still waiting for repairs.",
        "Crews worked through the night to clear the fallen trees from the lines on the hill "
        "road, and the company expects every house to be connected again by the evening.",
    ),
    (
        "Schools to open on Thursday",
        "The city's schools will open again on Thursday, the education office said, after "
        "engineers checked the roofs of the buildings that the wind damaged on Monday night.",
        "Two schools on the coast will stay shut until next week while their windows are "
        "repaired, and their pupils will be taught in the library of the town hall meanwhile.",
    ),
    (
        "Trains to run a reduced timetable",
        "The railway said trains on the coast line would run every hour instead of every half "
        "hour until Friday, while workers clear the sand that the waves left on the tracks.",
        "Buses will replace the trains between the harbour and the beach stations, and the "
        "railway said the tickets of the trains would be valid on the buses during the works.",
    ),
)


def _page(label: str = LABEL) -> str:
    lines = [*MENU, "Storm live: ferries run again, power back in the old town"]
    lines.append(
        "The storm that closed the port for two days has moved east, and the city is "
        "counting the damage; follow our live coverage."
    )
    for heading, *paragraphs in POSTS:
        lines += [label, heading, label]
        for p in paragraphs:
            lines += [label, p]
        lines += [label, "Advertisement", "Story continues below", label]
    return "\n\n".join([*lines, *FOOTER]) + "\n"


def test_a_label_between_the_paragraphs_keeps_every_post() -> None:
    out = cleantext.clean(_page(), preset="extract")
    for _, *paragraphs in POSTS:
        assert all(p in out for p in paragraphs)
    assert "Politics" not in out and "Terms of Use" not in out
    infos = classify_lines(_page())
    assert sum(i.ui == "label" for i in infos) >= 4


def test_the_label_is_switchable() -> None:
    off = Cleaner({"preset": "extract", "boilerplate": {"extract_off": ["page-labels"]}})
    infos = classify_lines(_page())
    assert any(i.ui == "label" for i in infos)
    assert POSTS[2][2] not in off.clean(_page())  # (only the first post or two)


def test_near_misses_menu_links_numbering_and_a_label_seen_twice() -> None:
    menu = ["short", "repeat", "short", "repeat", "good", "short", "repeat", "short", "repeat"]
    keys = ["news", "world", "sport", "world", "", "news", "world", "sport", "world"]
    assert label_rows(menu, keys, [1] * 4 + [30] + [1] * 4) == []
    numbered = ["repeat", "good"] * 5
    assert label_rows(numbered, ["0.", ""] * 5, [1, 30] * 5) == []
    twice = ["good", "repeat", "good", "repeat", "good"]
    assert label_rows(twice, ["", "page text", "", "page text", ""], [30, 2, 30, 2, 30]) == []


def test_near_miss_an_interviews_speaker_labels_stay_in_the_text() -> None:
    answers = [p for _, *ps in POSTS for p in ps]
    lines = [*MENU, "Interview: the harbour master on the storm"]
    for k, answer in enumerate(answers):
        lines += ["Reporter:" if k % 2 == 0 else "Harbour master:", answer]
    text = "\n\n".join([*lines, *FOOTER]) + "\n"
    out = cleantext.clean(text, preset="extract")
    assert all(a in out for a in answers)
    assert "Reporter:" in out and "Harbour master:" in out


def _old_near(kinds: list[str], keys: list[str], j: int, key: str, step: int) -> bool:
    """The walk each copy made alone before the one-walk version (quadratic on a run of
    copies): the reference the property test below checks against."""
    i = j + step
    while 0 <= i < len(kinds) and (kinds[i] == "empty" or keys[i] == key):
        i += step
    return 0 <= i < len(kinds) and kinds[i] == "good"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["good", "repeat", "empty", "short", "medium"]),
            st.sampled_from(["", "a", "b", "c"]),
        ),
        max_size=40,
    ),
    st.sampled_from(["a", "b"]),
)
def test_the_one_walk_answers_as_each_copy_walking_alone(
    lines: list[tuple[str, str]], key: str
) -> None:
    kinds = [k for k, _ in lines]
    keys = [t for _, t in lines]
    rows = [j for j, t in enumerate(keys) if t == key and kinds[j] == "repeat"]
    for step in (-1, 1):
        found = _nearest_is_paragraph(kinds, keys, rows, key, step)
        assert {j: found[j] for j in rows} == {
            j: _old_near(kinds, keys, j, key, step) for j in rows
        }


class _Counted(list[str]):
    """A list of keys that counts its reads by index."""

    reads = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        _Counted.reads += 1
        return super().__getitem__(i)


def test_a_run_of_thousands_of_copies_is_walked_over_once() -> None:
    """A hostile page of 20,000 copies of a label in a row took 33 s (each copy walked over
    all the others); the lines are now read a bounded number of times each."""
    n = 20_000
    kinds = ["good"] * 3 + ["repeat"] * n + ["good"] * 3
    keys = _Counted(["p"] * 3 + ["article content"] * n + ["p"] * 3)
    _Counted.reads = 0
    assert len(label_rows(kinds, keys, [20] * 3 + [2] * n + [20] * 3)) == n
    assert _Counted.reads < 6 * len(keys)
