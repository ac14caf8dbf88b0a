"""A listicle's own ranked items under an ad slot (session 21 second wave): the title does not
count them and an "Advertisement" label parts them from the lead paragraph, so they looked
like a site's box of ranked headlines (``ranked_headlines``, switch ``ranked-headlines``) and
the one-paragraph lead was kept alone. Near miss: the same items under a share bar are a box
cut off the article, as before."""

from __future__ import annotations

import cleantext

TITLE = "Things I wish I had known before running a marathon"
HEAD = [f"{TITLE} | Road and Trail", "Home", "Running", TITLE, "By Lena Ortiz"]
LEAD = (
    "I ran my first marathon last autumn in four hours and forty minutes, and I made almost "
    "every mistake there is."
)
TIPS = [
    "1. Buy your shoes half a size larger than you think.",
    "2. The first ten miles should feel far too slow.",
    "3. Gels taste awful but they work.",
    "4. Sleep two nights before the race matters more than the night before.",
    "5. Friends at mile twenty are worth more than any playlist.",
    "6. Walking through the water stations costs you almost nothing.",
]
TAIL = ["Share", "Comments (12)"]


def _page(between: list[str]) -> str:
    return "\n".join([*HEAD, LEAD, *between, *TIPS, *TAIL]) + "\n"


def test_a_listicles_items_under_an_ad_slot_stay() -> None:
    out = cleantext.clean(_page(["Advertisement"]), preset="extract")
    assert LEAD in out and all(tip in out for tip in TIPS)


def test_the_same_items_under_a_share_bar_are_still_a_box() -> None:
    out = cleantext.clean(_page(["Share", "Facebook", "WhatsApp"]), preset="extract")
    assert LEAD in out and not any(tip in out for tip in TIPS)
