"""The :class:`cleantext.edits.Edit` type: its hand-written ``__init__`` (cheaper than the
one a frozen dataclass generates) keeps the dataclass's behaviour: signature and defaults,
frozen fields, equality, hash, repr, pickling and the ``dataclasses`` helpers."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from cleantext.edits import Edit

FIELDS = (
    "rule",
    "start",
    "end",
    "before",
    "after",
    "step",
    "source_start",
    "source_end",
    "note",
    "ref",
    "pass_no",
)


def _full() -> Edit:
    return Edit("r", 1, 3, "ab", "c", "s", 5, 7, "why", (0, 2), 4)


def test_positional_and_keyword_construction_agree_and_defaults_hold() -> None:
    by_name = Edit(
        rule="r", start=1, end=3, before="ab", after="c", step="s", source_start=5,
        source_end=7, note="why", ref=(0, 2), pass_no=4,
    )  # fmt: skip
    assert by_name == _full()
    bare = Edit("r", 1, 3, "ab")
    assert (bare.after, bare.step, bare.source_start, bare.source_end) == ("", "", -1, -1)
    assert (bare.note, bare.ref, bare.pass_no) == ("", None, 0)


def test_missing_or_unknown_arguments_are_errors() -> None:
    with pytest.raises(TypeError):
        Edit("r", 1, 3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Edit("r", 1, 3, "ab", colour="red")  # type: ignore[call-arg]


def test_fields_cannot_be_assigned_or_deleted() -> None:
    e = _full()
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.start = 0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del e.note  # type: ignore[misc]
    with pytest.raises(AttributeError):
        e.extra = 1  # type: ignore[attr-defined]


def test_equality_hash_and_repr_follow_the_fields() -> None:
    a, b = _full(), _full()
    assert a == b and hash(a) == hash(b)
    assert a != dataclasses.replace(a, pass_no=5)
    assert repr(a) == (
        "Edit(rule='r', start=1, end=3, before='ab', after='c', step='s', source_start=5, "
        "source_end=7, note='why', ref=(0, 2), pass_no=4)"
    )


def test_pickle_and_copy_round_trip() -> None:
    e = _full()
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(e, protocol))
        assert back == e and type(back) is Edit
    assert copy.copy(e) == e and copy.deepcopy(e) == e


def test_dataclass_helpers_see_the_same_fields() -> None:
    e = _full()
    assert tuple(f.name for f in dataclasses.fields(Edit)) == FIELDS
    assert dataclasses.asdict(e)["ref"] == (0, 2)
    assert dataclasses.astuple(e) == ("r", 1, 3, "ab", "c", "s", 5, 7, "why", (0, 2), 4)
    assert dataclasses.replace(e, start=0).start == 0
    assert Edit.__match_args__ == FIELDS


def test_copies_made_by_the_pipeline_stay_edits() -> None:
    e = _full()
    assert e.placed("t", 9, 10, 12) == dataclasses.replace(
        e, step="t", pass_no=9, source_start=10, source_end=12
    )
    assert e.shifted(2) == dataclasses.replace(e, start=3, end=5)
    assert e.respanned(0, 1, "a") == dataclasses.replace(e, start=0, end=1, before="a")


def test_an_edit_noted_later_still_equals_and_pickles_as_the_plain_one() -> None:
    later = Edit.noted_later("r", 1, 3, "ab", lambda: "why")
    plain = Edit("r", 1, 3, "ab", note="why")
    assert later == plain and hash(later) == hash(plain) and repr(later) == repr(plain)
    assert type(pickle.loads(pickle.dumps(later))) is Edit
    with pytest.raises(dataclasses.FrozenInstanceError):
        later.note = "other"  # type: ignore[misc]
    placed = later.placed("t", 1, 1, 3)
    assert placed == dataclasses.replace(plain, step="t", pass_no=1, source_start=1, source_end=3)
