"""``[dedup] refrain_lines``: a song's chorus repeated between its verses is the song's own,
kept by ``dedup-blocks``; a block repeated by a scrape is still removed.

The song and the texts here are written for these tests.
"""

from __future__ import annotations

import textwrap

import cleantext
from cleantext import Cleaner

CHORUS = (
    "And we sing it loud, and we sing it clear,\n"
    "the river runs home and the summer is here,\n"
    "so hold my hand when the night comes near,\n"
    "we will be singing for another year,\n"
    "oh the summer is here, oh the summer is here,\n"
    "and the river runs home to the sea."
)
VERSES = [
    "The morning light came over the hill,\nthe fields were green and the air was still.",
    "The evening fell on the dusty road,\nwe walked together and carried the load.",
    "The winter came and the river froze,\nbut under the ice the water flows.",
]


def _song(label: str = "") -> str:
    parts = [part for verse in VERSES for part in (verse, label + CHORUS)]
    return "Summer River\n\n" + "\n\n".join(parts) + "\n"


def test_a_chorus_between_verses_is_kept() -> None:
    song = _song()
    assert cleantext.clean(song) == song


def test_a_labelled_chorus_is_kept() -> None:
    song = _song("[Chorus]\n")
    assert cleantext.clean(song) == song


def test_refrain_lines_0_removes_the_later_choruses_as_before() -> None:
    out = Cleaner(dedup={"refrain_lines": 0}).clean(_song())
    assert out.count("we will be singing for another year") == 1
    assert VERSES[2] in out


def test_a_whole_song_twice_is_still_a_copy() -> None:
    song = "\n\n".join([VERSES[0], CHORUS, VERSES[1], CHORUS.replace("sing", "shout"), VERSES[2]])
    text = song + "\n\nPrint lyrics\n\n" + song + "\n"
    out = cleantext.clean(text)
    assert out.count("The winter came") == 1


def test_a_stanza_repeated_with_prose_between_is_still_a_copy() -> None:
    text = (
        "The band wrote the song in one afternoon, the singer told the local paper on Friday, "
        "and it became the biggest hit of the summer across the whole country.\n\n"
        f"{CHORUS}\n\n"
        "Nobody at the label expected it to sell, and the first pressing was only a few "
        "hundred copies, most of them given away at concerts in small towns.\n\n"
        f"{CHORUS}\n"
    )
    assert cleantext.clean(text).count("we will be singing for another year") == 1


def test_a_menu_or_a_hard_wrapped_paragraph_is_no_refrain() -> None:
    menu = "Home\nWorkouts\nNutrition\nCommunity\nBlog\nShop\nRecipes\nVideos\nPodcasts\nAbout"
    menu = "\n".join(f"{item} Section Page" for item in menu.split("\n"))
    para = textwrap.fill(
        "The council voted on Tuesday to close the old bridge over the river, which is now too "
        "weak for the buses that cross it every few minutes, and residents said they worried.",
        66,
    )
    other = textwrap.fill(
        "Other residents were glad of the decision, as they said the traffic had been too "
        "heavy for the narrow streets of the old town for years now.",
        66,
    )
    for block in (menu, para):
        text = f"{block}\n\n{other}\n\n{block}\n"
        assert cleantext.clean(text).count(block) == 1, block[:20]
