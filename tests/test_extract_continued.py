"""Issue 14, pattern 2: the article goes on after a short interruption (a picture gallery's
captions, a table) that the maximum-sum search did not cross; near misses: a teaser after a
share bar, an author's bio after a "Subscribe" button, or prose after a related-links heading
does not join the article."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from _pages import BRIDGE_BODY, FOOTER, MENU, STORY, extract_with, tail_edit
from _pages import blocks_page as _page

GALLERY = ("The Six Crossings", "The Old Bridge", "The Ferry Landing", "The Market Square",
           "The Mill Race", "The Station Road", "The Iron Gate", "The Town Hall")  # fmt: skip
MORE = (
    "Engineers who inspected the bridge last month found cracks in two of its three arches, "
    "and they said that the cracks had grown much faster than expected since the spring.",
    "The council will ask the government for help with the cost of the new bridge, which the "
    "engineers put at about forty million pounds.",
)


def test_the_story_goes_on_after_a_gallery() -> None:
    out = cleantext.clean(_page(MENU, STORY, GALLERY, MORE, FOOTER), preset="extract")
    for line in (*STORY, *MORE):
        assert line in out
    assert "Weather" not in out and "Privacy Policy" not in out


def test_the_note_names_the_run_that_continues_the_article() -> None:
    text = _page(MENU, STORY, GALLERY, MORE, FOOTER)
    tail = tail_edit(text)
    assert "the run at lines 20-21 (scored" in tail.note
    assert "continues it: within 8 lines" in tail.note


def test_the_continued_run_can_be_switched_off() -> None:
    text = _page(MENU, STORY, GALLERY, MORE, FOOTER)
    out = extract_with(text, continued=False)
    assert STORY[0] in out and MORE[0] not in out


def test_page_furniture_keeps_a_later_paragraph_apart() -> None:
    # near misses: the same paragraph after a share bar, a subscribe button or a related
    # heading (a teaser, an author's bio, a sign-up pitch) stays out
    for between in (("Share", "Facebook", "Twitter"), ("Subscribe",), ("Related stories",)):
        page = _page(MENU, STORY, GALLERY[:3] + between + GALLERY[3:], MORE, FOOTER)
        out = cleantext.clean(page, preset="extract")
        assert STORY[-1] in out
        assert MORE[0] not in out


CAPTIONS = ("Bild 1 von 9", *(f"The Old Bridge in {y}" for y in range(1900, 2000, 8)))


def test_the_bigger_half_of_the_story_after_a_long_gallery_joins() -> None:
    # 14 lines of captions cost more than the first half is worth: the second half, worth
    # more than half of the first, continues it
    text = _page(MENU, STORY, CAPTIONS, MORE, FOOTER)
    out = cleantext.clean(text, preset="extract")
    for line in (*STORY, *MORE):
        assert line in out
    tail = tail_edit(text)
    assert "continues it: worth 50% of it or more, within 25 lines" in tail.note


def test_a_small_run_or_ui_text_after_a_long_gallery_does_not_join() -> None:
    # near misses: a single short paragraph (less than half the story), or a share bar
    small = _page(MENU, STORY, CAPTIONS, MORE[:1], FOOTER)
    shared = _page(MENU, STORY, ("Share", *CAPTIONS), MORE, FOOTER)
    for text, gone in ((small, MORE[0]), (shared, MORE[1])):
        out = cleantext.clean(text, preset="extract")
        assert STORY[-1] in out
        assert gone not in out


def test_the_search_stops_once_no_further_run_can_join(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Linear in the page: a run further away has at least the lines between a nearer run
    and the content, so the search stops at the first run more than BIG_GAP lines away
    (one huge hard-wrapped paragraph was quadratic: every run re-read the whole gap)."""
    from cleantext.boilerplate import continued as mod
    from cleantext.boilerplate.extract import classify_lines, positive_runs

    page = "\n".join([*STORY, *(s for _ in range(200) for s in (*GALLERY[:3], MORE[0]))])
    infos = classify_lines(page)
    runs = positive_runs(infos, 0, len(infos))
    calls = []
    real = mod._between
    monkeypatch.setattr(
        mod, "_between", lambda i, lo, hi, *a: calls.append(hi - lo) or real(i, lo, hi, *a)
    )
    mod.continued(infos, (runs[0][1], runs[0][2]), runs)
    assert len(runs) > 100
    assert len(calls) <= 2 * (mod.BIG_GAP + 2)


def test_the_first_half_of_the_story_before_a_long_gallery_joins() -> None:
    # the mirror: the half after the captions is the first run worth an article, and the
    # half before them, worth more than half of it, is the article's start
    # (``continued-before``)
    text = _page(MENU, STORY[:2], CAPTIONS, BRIDGE_BODY[:3], FOOTER)
    out = cleantext.clean(text, preset="extract")
    for line in (*STORY[:2], *BRIDGE_BODY[:3]):
        assert line in out
    assert "Weather" not in out and "Privacy Policy" not in out
    assert STORY[0] not in extract_with(text, continued_before=False)


def test_a_small_run_or_ui_text_before_a_long_gallery_does_not_join() -> None:
    # near misses: one paragraph before the captions (less than half the story after them),
    # or a share bar between them (a teaser above the article)
    small = _page(MENU, STORY[:1], CAPTIONS, BRIDGE_BODY[:3], FOOTER)
    shared = _page(MENU, STORY[:2], ("Share", *CAPTIONS), BRIDGE_BODY[:3], FOOTER)
    for text in (small, shared):
        out = cleantext.clean(text, preset="extract")
        assert BRIDGE_BODY[0] in out
        assert STORY[0] not in out


def test_positive_runs_of_a_page_with_thousands_of_runs() -> None:
    """A page of 3,000 short posts, each scoring a little more than the one before, split by
    button lines: the best run was always the last, so the search recursed once per post
    (RecursionError: a traceback from clean()). The runs come back in order, as before."""
    from types import SimpleNamespace

    from cleantext.boilerplate.extract import positive_runs

    scores = [s for k in range(3000) for s in (1.0 + k, -1e6)]
    infos = [SimpleNamespace(score=s) for s in scores]
    runs = positive_runs(infos, 0, len(infos))  # type: ignore[arg-type]
    assert runs == [(1.0 + k, 2 * k, 2 * k) for k in range(3000)]
    body = "The council voted on Monday to close the old bridge over the river for repairs."
    page = "\n\n".join(f"jdoe{i} said:\n{body}\nReply\nImprove this answer" for i in range(1500))
    assert body in cleantext.Cleaner(preset="extract").clean(page)


def _recursive_runs(scores: list[float]) -> list[tuple[float, int, int]]:
    """The search ``positive_runs`` made before it was one pass (kept to check it against):
    the best run (``best_run``), then the best of what is left on each side, and so on."""
    from types import SimpleNamespace

    from cleantext.boilerplate.extract import best_run

    infos = [SimpleNamespace(score=s) for s in scores]
    found, todo = [], [(0, len(infos))]
    while todo:
        a, b = todo.pop()
        score, first, last = best_run(infos, a, b)  # type: ignore[arg-type]
        if score > 0:
            found.append((score, first, last))
            todo += [(a, first), (last + 1, b)]
    return sorted(found, key=lambda run: run[1])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.integers(-12, 12).map(lambda n: n / 4), max_size=40),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_positive_runs_are_the_runs_of_the_recursive_search(
    scores: list[float], cut_lo: int, cut_hi: int
) -> None:
    """Same runs, same ties (zero sums, equal runs), same scores; on a slice of the page too.
    Quarters add exactly, so the two searches see the same sums."""
    from types import SimpleNamespace

    from cleantext.boilerplate.extract import positive_runs

    infos = [SimpleNamespace(score=s) for s in scores]
    lo, hi = min(cut_lo, len(scores)), max(min(cut_lo, len(scores)), len(scores) - cut_hi)
    want = [(s, a + lo, b + lo) for s, a, b in _recursive_runs(scores[lo:hi])]
    assert positive_runs(infos, lo, hi) == want  # type: ignore[arg-type]


def test_positive_runs_read_each_score_a_few_times() -> None:
    """Linear: 8,000 posts each scoring a little more than the one before, split by button
    lines, made the recursive search re-read the page once per post (64 million reads,
    10 s); the one pass reads each line's score at most twice."""
    from cleantext.boilerplate.extract import positive_runs

    reads = [0]

    class Line:
        def __init__(self, score: float) -> None:
            self._score = score

        @property
        def score(self) -> float:
            reads[0] += 1
            return self._score

    infos = [Line(s) for k in range(8000) for s in (1.0 + k, -1e6)]
    runs = positive_runs(infos, 0, len(infos))  # type: ignore[arg-type]
    assert len(runs) == 8000
    assert reads[0] <= 2 * len(infos)
