"""``extract._inline_lists`` looks only at the lines where a list can start (found in C):
it finds what the line-by-line search it replaced finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.boilerplate import extract
from cleantext.boilerplate.extract import WEIGHTS, LineInfo, Weights, _inline_lists
from cleantext.segment import Block

TEXTS = ["Three things matter:", "It rained.", "200 g sugar", "2 eggs", "Home", "x" * 80]
KINDS = ["good", "medium", "short", "repeat", "empty", "ui", "box"]


def _plain(infos: list[LineInfo], w: Weights) -> dict[int, int]:
    """The search line by line (as it was written first)."""
    found: dict[int, int] = {}
    content = [i for i, info in enumerate(infos) if info.kind != "empty"]
    k = 0
    while k < len(content):
        info = infos[content[k]]
        if info.kind not in ("good", "medium"):
            k += 1
            continue
        m = k + 1
        while m < len(content) and m - k <= w.bridge_max and _item_line(infos[content[m]], w):
            m += 1
        run = content[k + 1 : m]
        if (
            len(run) >= 2
            and m < len(content)
            and extract._goes_on(infos, content[m:])
            and not extract._wrapped(infos, run)
            and (
                info.block.text.rstrip().endswith(":")
                or extract._ingredients(infos, run, w)
                or (w.verse and extract.is_verse([infos[i] for i in run]))
            )
        ):
            found[run[0]] = run[-1] + 1
            k = m
        else:
            k += 1
    return found


def _item_line(info: LineInfo, w: Weights) -> bool:
    return info.kind in ("short", "medium", "repeat") and info.words <= w.item_words


LINES = st.tuples(st.sampled_from(KINDS), st.sampled_from(TEXTS), st.integers(0, 40))


@settings(max_examples=500, deadline=None)
@given(st.lists(LINES, max_size=30), st.integers(1, 4))
def test_inline_lists_finds_what_the_line_by_line_search_finds(
    lines: list[tuple[str, str, int]], bridge: int
) -> None:
    infos = [
        LineInfo(Block(0, len(t), t, i), n, 0.3, t.endswith("."), k, 1.0 if k == "good" else -3)
        for i, (k, t, n) in enumerate(lines)
    ]
    for w in (WEIGHTS, Weights(bridge_max=bridge)):
        assert _inline_lists(infos, w) == _plain(infos, w)


def test_a_list_after_a_colon_is_found_and_a_run_after_a_sentence_is_not() -> None:
    def mk(kind: str, text: str = "x", n: int = 3) -> LineInfo:
        return LineInfo(Block(0, 0, text, 0), n, 0.3, True, kind, 1.0)

    page = [mk("good", "Three things matter:", 12), mk("short"), mk("short"), mk("good", "", 20)]
    assert _inline_lists(page, WEIGHTS) == {1: 3}
    page[0] = mk("good", "It rained.", 12)
    assert _inline_lists(page, WEIGHTS) == {}
