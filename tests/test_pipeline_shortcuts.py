"""The pipeline's shortcuts between steps give what the plain loop gives.

``SourceMap`` builds each pass's offset map once, when the pass is added, where
``map_to_source`` builds the maps of all earlier passes for every new pass; the pipeline
makes no map at all while no step has edits. These tests compare both with the plain
definitions on random passes of edits and on whole documents.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import Cleaner
from cleantext.edits import Edit, SourceMap, apply_edits, map_to_source
from cleantext.pipeline import STEPS
from cleantext.steps import STEP_NAMES


@st.composite
def passes(draw: st.DrawFn) -> tuple[str, list[list[Edit]]]:
    """A text and passes of non-overlapping edits, each on the text the one before left."""
    text = draw(st.text("ab \n", min_size=1, max_size=40))
    groups: list[list[Edit]] = []
    current = text
    for _ in range(draw(st.integers(0, 5))):
        cuts = sorted(draw(st.lists(st.integers(0, len(current)), max_size=6, unique=True)))
        group = []
        for start, end in zip(cuts[::2], cuts[1::2], strict=False):
            after = draw(st.sampled_from(["", "x", "\n\n", "ab"]))
            if current[start:end] != after:
                group.append(Edit("r", start, end, current[start:end], after))
        if draw(st.booleans()):  # an insertion
            at = draw(st.integers(0, len(current)))
            if all(not (e.start <= at <= e.end) for e in group):
                group.append(Edit("i", at, at, "", "y"))
        groups.append(group)
        current = apply_edits(current, group)
    return text, groups


@settings(max_examples=400, deadline=None)
@given(passes())
def test_a_source_map_maps_each_pass_as_map_to_source_does(case) -> None:
    _, groups = case
    sm = SourceMap()
    earlier: list[list[Edit]] = []
    for k, group in enumerate(groups):
        expected = map_to_source(earlier, f"s{k}", group)
        assert sm.add(f"s{k}", group) == expected
        earlier.append(expected)
    assert sm.passes == earlier


def _plain_run(cleaner: Cleaner, text: str) -> tuple[str, tuple[Edit, ...]]:
    """``Cleaner.clean_document`` as the plain loop: every pass mapped with
    ``map_to_source`` over all the passes before it."""
    passes: list[list[Edit]] = []
    current, removed = text, False
    for name in cleaner.steps:
        if name == "tidy" and not removed:
            continue
        for group in STEPS[name](current, cleaner.config):
            mapped = map_to_source(passes, name, group)
            current = apply_edits(current, group)
            passes.append(mapped)
            removed = removed or any(e.is_removal for e in group)
    return current, tuple(e for group in passes for e in group)


PIECES = [
    "Read more", "12 Shares", "Hello  world ,again.", "fin. le début", "\n", "\n\n", " ",
    "The article text goes on here with words.", "Ã©tÃ©", "&amp;", "Advertisement", "like",
    "What’s Your Reaction?", "word " * 25,
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_the_pipeline_gives_the_plain_loops_document(text: str) -> None:
    for preset in ("light", "extract"):
        cleaner = Cleaner(preset=preset)
        doc = cleaner.clean_document(text)
        assert (doc.text, doc.edits) == _plain_run(cleaner, text)


def test_every_step_is_in_the_pipeline() -> None:
    assert tuple(STEPS) == STEP_NAMES
