"""Edits: the record of every change the cleaner makes.

Every rule reports what it changes as :class:`Edit` objects instead of rewriting the text
silently. An edit says which rule fired, where (``start``/``end`` in the text that the rule's
*step* received), what was there (``before``) and what replaced it (``after``; empty for a
removal). The pipeline also fills ``source_start``/``source_end``: the same span mapped back to
the original input, which is what reports show.

>>> text = "a  b"
>>> e = Edit("collapse-spaces", 1, 3, "  ", " ")
>>> apply_edits(text, [e])
'a b'
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Edit", "SourceMap", "apply_edits", "map_to_source", "replay"]


@dataclass(frozen=True)
class Edit:
    """One change: ``text[start:end] == before`` was replaced by ``after``.

    Attributes:
        rule: name of the rule that made the change (see ``cleantext rules``).
        start: start offset in the text the step received.
        end: end offset (exclusive) in the text the step received.
        before: the text that was there.
        after: the replacement ("" for a removal).
        step: the pipeline step ("normalize", "dedup-blocks", ...); filled by the pipeline.
        source_start: ``start`` mapped to the original input (filled by the pipeline).
        source_end: ``end`` mapped to the original input (filled by the pipeline).
        note: a human-readable reason, e.g. "duplicates lines 1-9" (an edit made by
            :meth:`noted_later` makes it when it is first read).
        ref: for duplicate removals, the ``(start, end)`` of the earlier copy in the step's input.
        pass_no: which pass over the text made the edit (filled by the pipeline); edits of one
            pass share coordinates, and passes are applied in order.
    """

    rule: str
    start: int
    end: int
    before: str
    after: str = ""
    step: str = ""
    source_start: int = -1
    source_end: int = -1
    note: str = ""
    ref: tuple[int, int] | None = field(default=None)
    pass_no: int = 0

    def __init__(
        self,
        rule: str,
        start: int,
        end: int,
        before: str,
        after: str = "",
        step: str = "",
        source_start: int = -1,
        source_end: int = -1,
        note: str = "",
        ref: tuple[int, int] | None = None,
        pass_no: int = 0,
    ) -> None:
        """The edit of these fields (the signature ``dataclass`` would make).

        Written out because the one a frozen dataclass generates sets each field by a call
        to ``object.__setattr__``, about three times the cost of writing the fields into
        the instance's ``__dict__`` as done here (the pipeline makes thousands of edits a
        round). Assignment after construction still raises ``FrozenInstanceError``.
        """
        fields = self.__dict__
        fields["rule"] = rule
        fields["start"] = start
        fields["end"] = end
        fields["before"] = before
        fields["after"] = after
        fields["step"] = step
        fields["source_start"] = source_start
        fields["source_end"] = source_end
        fields["note"] = note
        fields["ref"] = ref
        fields["pass_no"] = pass_no

    @classmethod
    def noted_later(
        cls, rule: str, start: int, end: int, before: str, why: Callable[[], str]
    ) -> Edit:
        """A removal whose ``note`` is ``why()``, made when the note is first read (then
        kept): a rule whose reasons cost work to put in words leaves that work to
        ``explain`` and reports, and :meth:`cleantext.Cleaner.clean`, which never reads a
        note, does not pay for it. The edit is equal to the one with the note given.

        >>> e = Edit.noted_later("x", 0, 2, "ab", lambda: "made " + "late")
        >>> e.placed("s", 1, 0, 2).note, e == Edit("x", 0, 2, "ab", note="made late")
        ('made late', True)
        """
        return _NotedLater.of(why, (rule, start, end, before, "", "", -1, -1, "", None, 0))

    # ``placed`` and ``respanned`` call the constructor directly (``shifted`` is a
    # ``respanned``): ``dataclasses.replace`` costs several times more, and the pipeline
    # copies every edit

    def shifted(self, delta: int) -> Edit:
        """The same edit ``delta`` characters further on (``start`` and ``end`` moved).

        >>> e = Edit("x", 1, 3, "ab").shifted(10)
        >>> e.start, e.end, e.before
        (11, 13, 'ab')
        """
        return self.respanned(self.start + delta, self.end + delta, self.before)

    def placed(self, step: str, pass_no: int, source_start: int, source_end: int) -> Edit:
        """The edit with the fields the pipeline fills (see :func:`map_to_source`)."""
        return Edit(
            self.rule,
            self.start,
            self.end,
            self.before,
            self.after,
            step,
            source_start,
            source_end,
            self.note,
            self.ref,
            pass_no,
        )

    def respanned(self, start: int, end: int, before: str) -> Edit:
        """The same edit over another span of the step's input (whose text is ``before``).

        >>> e = Edit("x", 0, 4, "ab\\n\\n", note="why").respanned(0, 2, "ab")
        >>> e.start, e.end, e.before, e.note
        (0, 2, 'ab', 'why')
        """
        return Edit(
            self.rule,
            start,
            end,
            before,
            self.after,
            self.step,
            self.source_start,
            self.source_end,
            self.note,
            self.ref,
            self.pass_no,
        )

    def retexted(self, change: Callable[[str], str]) -> Edit:
        """The same edit with ``change`` applied to its ``before`` and ``after`` (for a text
        that differs from the step's input only in characters ``change`` maps one for one, so
        that every span stays as it is); the note is made.

        >>> e = Edit("x", 0, 2, "ab", "c", note="why").retexted(str.upper)
        >>> e.before, e.after, e.note
        ('AB', 'C', 'why')
        """
        rule, start, end, before, after, *rest = _values(self)
        return Edit(rule, start, end, change(before), change(after), *rest)

    @property
    def is_removal(self) -> bool:
        """True when the edit deletes text and inserts nothing."""
        return self.after == "" and self.before != ""

    @property
    def delta(self) -> int:
        """Change in length caused by the edit."""
        return len(self.after) - len(self.before)

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly dict (used by ``cleantext explain --json`` and reports), with every
        field: :meth:`from_dict` gives the edit back, so that :func:`replay` can re-apply a
        list read from JSON (``pass`` is ``pass_no``: the passes are applied in order).

        >>> e = Edit("x", 1, 3, "ab", "c", "normalize", 1, 3, pass_no=2)
        >>> e.to_dict()["pass"], Edit.from_dict(e.to_dict()) == e
        (2, True)
        """
        return {
            "rule": self.rule,
            "step": self.step,
            "pass": self.pass_no,
            "start": self.start,
            "end": self.end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "before": self.before,
            "after": self.after,
            "note": self.note,
            "ref": list(self.ref) if self.ref else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Edit:
        """The edit of a :meth:`to_dict` dict (as read back from JSON; ``ref`` a pair again).

        A dict without ``pass`` (written before it was recorded) is refused: its edits cannot
        be replayed in order.

        >>> Edit.from_dict({"rule": "x", "start": 0, "end": 1, "before": "a"})
        Traceback (most recent call last):
        ...
        ValueError: an edit dict needs rule, start, end, before and pass; 'pass' is missing
        """
        try:
            ref = data.get("ref")
            return cls(
                str(data["rule"]),
                int(data["start"]),
                int(data["end"]),
                str(data["before"]),
                str(data.get("after", "")),
                str(data.get("step", "")),
                int(data.get("source_start", -1)),
                int(data.get("source_end", -1)),
                str(data.get("note", "")),
                (int(ref[0]), int(ref[1])) if ref else None,
                int(data["pass"]),
            )
        except KeyError as exc:
            raise ValueError(
                f"an edit dict needs rule, start, end, before and pass; {exc.args[0]!r} is missing"
            ) from None


class _Note:
    """``note`` of a :class:`_NotedLater` edit: made by the function the edit keeps
    (``_why``) on the first reading, which keeps it as the edit's own attribute (that later
    readings find first: this descriptor has no ``__set__``)."""

    def __get__(self, edit: Edit | None, owner: type | None = None) -> str:
        if edit is None:
            return ""  # the field's default
        fields = edit.__dict__
        why = fields.get("_why")
        if why is not None:
            fields["note"] = why()
            fields.pop("_why", None)  # (what it read may go)
        note: str = fields["note"]
        return note


class _NotedLater(Edit):
    """An :class:`Edit` whose note is made when first read (:meth:`Edit.noted_later`).

    A subclass, so that other edits pay nothing: it is equal to, hashes, prints and pickles
    as the plain :class:`Edit` with the note made, and its copies (:meth:`placed`, ...) keep
    the note to be made.
    """

    note = _Note()

    @staticmethod
    def of(why: Callable[[], str], values: tuple[Any, ...]) -> Edit:
        """The edit of the fields ``values`` (in order; the note's ignored) whose note
        ``why()`` makes."""
        edit = _NotedLater(*values)
        del edit.__dict__["note"]
        edit.__dict__["_why"] = why
        return edit

    def made(self) -> Edit:
        """The plain :class:`Edit` with the note made."""
        return Edit(*_values(self))

    def _copy(
        self, start: int, end: int, before: str, step: str, spans: tuple[int, int], pass_no: int
    ) -> Edit:
        values = (self.rule, start, end, before, self.after, step, *spans, "", self.ref, pass_no)
        why = self.__dict__.get("_why")
        if why is None:  # (made already)
            return Edit(*values[:8], self.note, *values[9:])
        return _NotedLater.of(why, values)

    def placed(self, step: str, pass_no: int, source_start: int, source_end: int) -> Edit:
        spans = (source_start, source_end)
        return self._copy(self.start, self.end, self.before, step, spans, pass_no)

    def respanned(self, start: int, end: int, before: str) -> Edit:
        spans = (self.source_start, self.source_end)
        return self._copy(start, end, before, self.step, spans, self.pass_no)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Edit):
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self) -> int:
        return hash(self.made())

    def __repr__(self) -> str:
        return repr(self.made())

    def __reduce__(self) -> tuple[type[Edit], tuple[Any, ...]]:
        return Edit, _values(self)


def _values(e: Edit) -> tuple[Any, ...]:
    """The fields of ``e`` in order (its note made)."""
    return (
        e.rule,
        e.start,
        e.end,
        e.before,
        e.after,
        e.step,
        e.source_start,
        e.source_end,
        e.note,
        e.ref,
        e.pass_no,
    )


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (all in the coordinates of ``text``).

    Edits may come in any order; overlapping edits are a programming error.

    >>> apply_edits("hello world", [Edit("x", 0, 5, "hello", "HELLO"), Edit("y", 5, 6, " ")])
    'HELLOworld'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    try:
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
    except AttributeError as exc:  # (checked here, at no cost to the pipeline's calls)
        raise TypeError(f"edits must be Edit objects ({exc})") from None
    parts: list[str] = []
    pos = 0
    for e in ordered:
        if e.start < pos:
            raise ValueError(f"overlapping edits at {e.start} ({e.rule})")
        if text[e.start : e.end] != e.before:
            raise ValueError(f"edit {e.rule} does not match the text at {e.start}")
        parts.append(text[pos : e.start])
        parts.append(e.after)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def replay(text: str, edits: Sequence[Edit]) -> str:
    """Re-apply a document's edits step by step to its input; returns the output.

    This is how a user checks that the edit list explains the whole change.
    """
    groups: list[list[Edit]] = []
    current: int | None = None
    for e in edits:
        if not isinstance(e, Edit):
            raise TypeError(f"edits must be Edit objects, not {type(e).__name__}")
        if e.pass_no != current:
            groups.append([])
            current = e.pass_no
        groups[-1].append(e)
    for group in groups:
        text = apply_edits(text, group)
    return text


class _StepMap:
    """Maps offsets in a step's output back to offsets in the step's input."""

    def __init__(self, edits: Sequence[Edit]) -> None:
        self.edits = sorted(edits, key=lambda e: e.start)
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []
        shift = 0
        for e in self.edits:
            self.out_starts.append(e.start + shift)
            shift += e.delta
            self.out_ends.append(e.end + shift)

    def back(self, pos: int, *, is_end: bool = False) -> int:
        i = bisect.bisect_right(self.out_starts, pos) - 1
        if is_end:
            # an end offset equal to an edit's start belongs before that edit
            while i >= 0 and self.out_starts[i] == pos and self.out_ends[i] > pos:
                i -= 1
        if i < 0:
            return pos
        e = self.edits[i]
        if pos < self.out_ends[i]:
            return e.end if is_end else e.start
        return pos - self.out_ends[i] + e.end

    def touching(self, start: int, end: int) -> range:
        """Indices of the edits whose output overlaps ``[start, end)``, or that removed text
        strictly inside it."""
        lo = bisect.bisect_right(self.out_ends, start)
        return range(lo, max(lo, bisect.bisect_left(self.out_starts, end)))

    def slide(self, start: int, end: int, text: str) -> tuple[int, int] | None:
        """The input span of the output ``[start, end)`` (whose text is ``text``) when one
        removal lies strictly inside it, nothing else touches it, and the piece on one side
        of the cut repeats the removed text's edge; otherwise ``None``.

        Removing ``r`` from ``...x|r|y...`` gives the same output as removing ``r`` shifted
        by the characters beside it: when ``r`` ends with the ``k`` characters before the
        cut (the blank line before a removed paragraph, say), those characters are as much
        the end of ``r`` as text of their own, so the span is the other piece alone: one
        piece of the input, next to ``r`` and not around it. The shorter piece goes.
        """
        touched = self.touching(start, end)
        if len(touched) != 1 or self.edits[touched[0]].after:
            return None
        r = self.edits[touched[0]]
        k = self.out_starts[touched[0]] - start  # characters before the cut
        left, right = text[:k], text[k:]
        if len(left) <= len(right) and r.before.endswith(left):
            return r.end, r.end + len(right)
        if r.before.startswith(right):
            return r.start - k, r.start
        if r.before.endswith(left):
            return r.end, r.end + len(right)
        return None


def map_to_source(
    earlier: Sequence[Sequence[Edit]], step_name: str, new_edits: Sequence[Edit]
) -> list[Edit]:
    """Fill ``step``, ``pass_no``, ``source_start`` and ``source_end`` of ``new_edits``.

    ``earlier`` holds the edits of the earlier passes, oldest first; offsets are mapped back
    through each of them in reverse order. Where an edit's span holds a place an earlier
    pass removed text from, and the text on one side of that place repeats the removed
    text's edge (the blank line before a removed paragraph, say), the edit is mapped to the
    piece of the input on the other side (see :meth:`_StepMap.slide`), instead of a span
    around the removed text.

    >>> removed = [Edit("dup", 6, 9, "A\\n\\n")]  # "A\\n\\nB\\n\\nA\\n\\nW" -> "A\\n\\nB\\n\\nW"
    >>> later = map_to_source([removed], "x", [Edit("tail", 4, 7, "\\n\\nW")])
    >>> later[0].source_start, later[0].source_end  # the "W"; not (4, 10)
    (9, 10)
    """
    maps = [_StepMap(group) for group in earlier if group]
    return _mapped(maps, len(earlier), step_name, new_edits)


class SourceMap:
    """:func:`map_to_source` for passes added one after another: each pass's offset map is
    built once, when the pass is added, instead of once for every later pass.

    >>> sm = SourceMap()
    >>> first = sm.add("a", [Edit("dup", 6, 9, "A\\n\\n")])
    >>> [(e.source_start, e.source_end) for e in sm.add("x", [Edit("tail", 4, 7, "\\n\\nW")])]
    [(9, 10)]
    >>> len(sm.passes)
    2
    """

    def __init__(self, passes: Iterable[Sequence[Edit]] = ()) -> None:
        self.passes: list[list[Edit]] = [list(group) for group in passes]
        self._maps = [_StepMap(group) for group in self.passes if group]

    def add(self, step_name: str, new_edits: Sequence[Edit]) -> list[Edit]:
        """``map_to_source(self.passes, step_name, new_edits)``, kept as the next pass."""
        out = _mapped(self._maps, len(self.passes), step_name, new_edits)
        self.passes.append(out)
        if out:
            self._maps.append(_StepMap(out))
        return out


def _mapped(
    maps: list[_StepMap], pass_no: int, step_name: str, new_edits: Sequence[Edit]
) -> list[Edit]:
    """:func:`map_to_source` with the earlier passes' maps (non-empty passes, oldest first)."""
    out = []
    for e in new_edits:
        s, t = e.start, e.end
        text: str | None = e.before if len(e.before) == t - s else None
        for m in reversed(maps):
            slid = m.slide(s, t, text) if text is not None and t > s else None
            if slid is not None:
                s, t = slid
                continue
            if text is not None and m.touching(s, t):
                text = None  # the span's text in earlier passes is no longer known
            s = m.back(s)
            t = m.back(t, is_end=True)
        out.append(e.placed(step_name, pass_no, s, max(s, t)))
    return out
