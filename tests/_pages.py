"""Parts of a small news page shared by the extract tests (written for them), the ways the
tests join parts into a page, what they read of the extract step's result, and a site
profile learned on one host."""

import dataclasses
import gc
import resource
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cleantext.boilerplate import learn_profile
from cleantext.boilerplate.extract import WEIGHTS, find_main_content
from cleantext.edits import Edit, apply_edits

MENU = ("Home", "News", "Sport", "Weather", "Contact")
FOOTER = ("Privacy Policy", "Terms of Use", "© 2024 Example News")
STORY = (
    "The council voted on Tuesday to close the old bridge over the river, which is now too "
    "weak for the buses that cross it every few minutes.",
    "Residents said that they were worried about the long detour that the closure would mean "
    "for them, for the shops and for the children who walk to school.",
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run until then for people on foot and on bicycles.",
)

#: STORY opening with a longer first paragraph (the live-times and slide-counter tests)
DAY_STORY = (
    "The council voted on Tuesday to close the old bridge over the river, which engineers say "
    "is now too weak for the buses that cross it every few minutes of the day.",
    *STORY[1:],
)

#: a short article of two paragraphs (the above-headline and popular-list tests)
SHORT_STORY = (
    "The council voted on Tuesday to close the old bridge over the river, which is now too "
    "weak for the buses that cross it.",
    "A ferry will run until a new bridge is built, the mayor said.",
)

#: the first paragraphs of a storm report (the gallery and recipe-card tests)
STORM = (
    "The storm that struck the east of the country on Wednesday did less damage than feared, "
    "and most of the roads were open again by the evening.",
    "The transport office said that the trains would run to their usual timetable on "
    "Thursday, and that the airports were open as well.",
    "Forecasters said that the wind would ease overnight, although gusts could still be "
    "strong near the coast for most of the day on Thursday.",
)

#: an article broken by a box (the resumed tests): its page title, headline, lead and body
BRIDGE_TITLE = ("Council closes the old bridge after a century - Example News",)
BRIDGE_HEADLINE = ("Council closes the old bridge after a century",)
BRIDGE_LEAD = (
    "The council voted on Tuesday to close the old bridge over the river, which engineers say "
    "is now too weak for the buses that cross it every few minutes.",
    "Residents said they were worried about the long detour that the closure would mean for "
    "them, for the shops in the old town and for the children who walk to school.",
    "The closure starts on Monday morning, and the council said that the bridge would stay "
    "closed to every vehicle until its engineers had finished a full survey of it.",
)
BRIDGE_BODY = (
    "The bridge was built in 1894 and has carried traffic between the two halves of the town "
    "ever since, through two floods and a fire that destroyed the mill next to it.",
    "Engineers who inspected it last month found cracks in three of its five arches, and "
    "they told the council that the cracks had grown quickly since the winter.",
    "The mayor said that a new bridge would be built by the end of the decade, and that a "
    "ferry would run until then for people on foot and on bicycles.",
    "Shopkeepers in the old town said they feared losing customers, because many of them "
    "come over the bridge from the new estates on the other side of the river.",
    "The bus company said its routes would change from Monday, and that journeys between the "
    "station and the hospital would take about ten minutes longer than before.",
    "A public meeting about the plans for the new bridge will be held in the town hall on "
    "the first Thursday of next month, and everyone is welcome to attend it.",
)

#: a review of a kettle, with its pros and cons box (the pros-cons and review-verdict tests)
KETTLE_REVIEW = (
    "The kettle boils a full litre in just under three minutes, which is faster than any other "
    "kettle we tested this year, and it switches itself off reliably every time.",
    "It is loud, though: the water roars as it heats, and the click when it switches off can "
    "be heard in the next room, which matters if you make tea early in the morning.",
    "The lid opens wide enough to clean the inside with a brush, and the filter in the spout "
    "lifts out, so the limescale that builds up in hard water areas is easy to remove.",
)
KETTLE_BOX = (
    "Pros",
    "Boils a litre in under three minutes",
    "Easy to clean",
    "Cons",
    "Loud while boiling",
    "Short cable",
)

#: three reader comments on the bridge story (the comments and thread tests)
BRIDGE_COMMENTS = (
    "I have crossed that bridge every day for thirty years and I will miss it a lot when it "
    "is gone, even if the new one is safer.",
    "The ferry is a good idea for the summer, but the council should have acted much sooner "
    "than this, as everyone could see the cracks.",
    "Ten years for a new bridge is far too long for a town of this size, and the shops on "
    "the other side will suffer the most from it.",
)


def page(*lines: str) -> str:
    """A page of these lines (no blank line)."""
    return "\n".join(lines) + "\n"


def lines_page(*parts: Sequence[str]) -> str:
    """A page of the lines of ``parts``, one after the other (no blank line)."""
    return page(*(line for part in parts for line in part))


def blocks_page(*parts: Sequence[str]) -> str:
    """A page of ``parts`` as blocks: blank lines between them, line breaks inside."""
    return "\n\n".join("\n".join(part) for part in parts) + "\n"


def paragraphs_page(*parts: Sequence[str]) -> str:
    """A page where each line of ``parts`` is a paragraph of its own (blank lines between)."""
    return "\n\n".join(line for part in parts for line in part) + "\n"


def tail_edit(text: str) -> Edit:
    """The extract step's ``extract-tail`` edit of ``text`` (what it cut after the article)."""
    return next(e for e in find_main_content(text) if e.rule == "extract-tail")


def extract_with(text: str, **weights: Any) -> str:
    """What the extract step keeps of ``text`` with these ``Weights`` changed (a rule off)."""
    changed = dataclasses.replace(WEIGHTS, **weights)
    return apply_edits(text, find_main_content(text, weights=changed))


def acme_profile(path: Path) -> Path:
    """Learn the site profile of ``a.example`` (four pages whose last line is "Acme News, 1
    Main St.") and save it at ``path``."""
    stories = ["Rain today.", "Sun tomorrow.", "Snow in May.", "Wind all week."]
    pages = [
        (f"https://a.example/{i}", f"{s}\nAcme News, 1 Main St.") for i, s in enumerate(stories)
    ]
    learn_profile(pages).save(path)
    return path


def cpu_best(run: Callable[[], object], runs: int = 3) -> float:
    """The user CPU time of ``run()``, the best of ``runs`` calls, with the garbage collector
    paused: for the tests that compare a page's cost with one of four times its size. A busy
    machine (other jobs thrashing the caches, page faults counted as system time, a collection
    of the whole suite's heap) only adds time."""
    best = float("inf")
    paused = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = resource.getrusage(resource.RUSAGE_SELF).ru_utime
            run()
            best = min(best, resource.getrusage(resource.RUSAGE_SELF).ru_utime - started)
    finally:
        if paused:
            gc.enable()
    return best


def scaling(
    cost: Callable[[int], float], small: int, large: int, factor: float, slack: float = 0.0
) -> tuple[float, float]:
    """The costs ``(cost(small), cost(large))`` of the first of three measurements where the
    large one is under ``factor`` times the small one plus ``slack`` seconds, else of the last:
    a loaded CI machine once made a 2,000 / 8,000 ratio 6.6 (4.3 when idle), but only a rule
    that is slower than linear fails all three (four times the size, sixteen times the time).

    >>> scaling(lambda n: n / 1000, 2_000, 8_000, factor=6)
    (2.0, 8.0)
    """
    for _ in range(3):
        costs = cost(small), cost(large)
        if costs[1] < factor * costs[0] + slack:
            break
    return costs
