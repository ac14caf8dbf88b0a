"""``columns.score_sum`` adds what the generator it replaced added, in the same order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleantext.boilerplate.columns import score_sum
from cleantext.boilerplate.extract import LineInfo
from cleantext.segment import Block


@given(st.lists(st.floats(-50, 50)), st.integers(-3, 12), st.integers(-3, 12))
def test_score_sum_is_the_sum_of_the_scores(scores: list[float], lo: int, hi: int) -> None:
    infos = [LineInfo(Block(0, 0, "", i), 1, 0.0, False, "short", s) for i, s in enumerate(scores)]
    lo, hi = (lo, hi) if -len(infos) <= lo and hi <= len(infos) else (0, len(infos))
    assert score_sum(infos, lo, hi) == sum(infos[i].score for i in range(lo, hi))


def test_score_sum_of_no_line_is_zero_and_of_one_line_its_score() -> None:
    info = LineInfo(Block(0, 0, "", 0), 1, 0.0, False, "good", 12.5)
    assert score_sum([info], 0, 0) == 0 and score_sum([info], 0, 1) == 12.5
