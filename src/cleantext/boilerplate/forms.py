"""A comment form after the article, for the ``extract`` preset (issue 14).

A comment section often opens with its form, not with a heading the data file knows: the
heading is the site's own ("Comentar", "Ihre Meinung") or a button's icon, and the form's
labels are what is left in plain text, each alone on its line: "Name *", "E-Mail *",
"Website", "Comment"; "Nombre (*):", "Correo electrónico (*):", "Comentario:". The policy
sentences above it ("The content of the comments is the opinion of the users") and the
thread under it are prose and scored as such, so the article ran on to the thread.

A form here is ``MIN_FIELDS`` labels of different fields (the data file's
``[comments.form]`` name, email, website, comment, login: a label alone on its line, or
followed by one of ``qualifiers``: "Name (required)", "E-Mail (wird nicht veröffentlicht)")
among ``FORM_SPAN`` non-blank lines with no paragraph between them after the article's first
paragraph, one of them marked as a form's label is (a closing ':', a '*', a qualifier) or
beside a note on the required fields ("Required fields are marked *", "* Campos
obligatorios": ``required``, the start of the line). A label with its value ("Name: Maria
Lopez", "E-Mail: info@example.org": an address block) is no label. The form's heading is the
nearest comment line above the first label (a ``stop`` heading, or a line of the
``[comments]`` words: "Comentar", "Leave a comment"), at most ``BACK`` non-blank lines above
it: the comment policy between them goes with the form ("El contenido de los comentarios es
la opinión de los usuarios..."), but a paragraph between them that has none of the data
file's comment ``stems`` ("comment", "kommentar", "comentario"...) is the article's, and the
form then starts at its first label, as it does without a comment line above it.

``extract`` makes that line a comment heading: the article ends before it, and a short
article before it wins over a bigger block after it (``before_comments.py``). Off with
``Weights.comment_form=False`` (``extract_off = ["comment-form"]``); the tail note of
``explain`` names the form's first label and its fields.

>>> keys = ["the council voted to close the bridge", "comentar", "nombre", "correo", "x"]
>>> texts = ["The council voted to close the bridge.", "Comentar", "Nombre (*):",
...          "Correo (*):", "x"]
>>> line = lambda j: "heading" if keys[j] == "comentar" else ""
>>> comment_form(keys, 0, texts.__getitem__, line)
Form(start=1, label=2, fields=('name', 'email'))
>>> comment_form(keys[:3] + ["x", "y"], 0, texts.__getitem__, line) is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from cleantext.boilerplate.patterns import normalize_line
from cleantext.data import boilerplate_table

__all__ = [
    "BACK",
    "FIELDS",
    "FORM_SPAN",
    "MIN_FIELDS",
    "Form",
    "comment_form",
    "may_hold_form",
    "why",
]

FIELDS = ("name", "email", "website", "comment", "login")  # the data file's label lists
MIN_FIELDS = 2  # labels of different fields
FORM_SPAN = 10  # non-blank lines that hold them
BACK = 6  # non-blank lines between the form's heading and its first label, at most
_MARKS = ("*", "＊")  # a required field's mark


class Form(NamedTuple):
    """A comment form: its first line (the heading above it, or its first label), its
    first label, and the fields of its labels (in the order found)."""

    start: int
    label: int
    fields: tuple[str, ...]


class _Vocabulary(NamedTuple):
    labels: dict[str, tuple[str, bool]]  # key -> (field, qualified)
    keys: frozenset[str]  # the keys of ``labels``
    required: tuple[str, ...]  # starts of a required-fields note's key
    stems: tuple[str, ...]  # a comment policy's words have one of these


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    table = boilerplate_table()["comments"]["form"]
    qualifiers = [normalize_line(q) for q in table["qualifiers"]]
    labels: dict[str, tuple[str, bool]] = {}
    for field in FIELDS:
        for label in map(normalize_line, table[field]):
            labels.setdefault(label, (field, False))
            for q in qualifiers:
                labels.setdefault(f"{label} {q}", (field, True))
    required = tuple(normalize_line(r) for r in table["required"])
    return _Vocabulary(labels, frozenset(labels), required, tuple(table["stems"]))


def _marked(text: str, qualified: bool) -> bool:
    """A label line that shows it is a form's: a qualifier, a '*' or a closing ':'."""
    return qualified or text.rstrip().endswith(":") or any(m in text for m in _MARKS)


def may_hold_form(keys: Iterable[str]) -> bool:
    """Whether some line of these normalised forms is a label of ``[comments.form]``: the
    test :func:`comment_form` starts with (one set operation; most pages have none).

    >>> may_hold_form(["home", "name"]), may_hold_form(["home", "news"])
    (True, False)
    """
    return not _vocabulary().keys.isdisjoint(keys)


def comment_form(
    keys: Sequence[str],
    first: int,
    text: Callable[[int], str],
    line: Callable[[int], str],
) -> Form | None:
    """The first comment form after line ``first`` (the article's first paragraph), or
    ``None``. ``keys``: the ``normalize_line`` of the page's lines ("" for a line without
    words); ``text(j)``: line ``j`` as written; ``line(j)``: "heading" for a comment
    heading or a line of the comment words, "prose" for a paragraph, "" for other lines."""
    vocabulary = _vocabulary()
    found = list(map(vocabulary.labels.get, keys[first + 1 :]))
    hits = [first + 1 + k for k in compress(range(len(found)), found)]
    if not hits:
        return None  # (most pages: no line is a label)
    labels = vocabulary.labels
    for a in hits:
        fields: dict[str, bool] = {}
        seen = 0
        j = a
        while j < len(keys) and seen < FORM_SPAN:
            key = keys[j]
            if key and line(j) == "prose":
                break  # a form has no paragraph between its labels
            if key:
                seen += 1
                hit = labels.get(key)
                if hit is not None:
                    mark = fields.get(hit[0], False) or _marked(text(j), hit[1])
                    fields[hit[0]] = mark
                elif key.startswith(vocabulary.required):
                    fields.setdefault("", True)  # a note on the required fields
            j += 1
        named = tuple(f for f in fields if f)
        if len(named) >= MIN_FIELDS and any(fields.values()):
            return Form(_heading(keys, line, first, a), a, named)
    return None


def _heading(keys: Sequence[str], line: Callable[[int], str], first: int, label: int) -> int:
    """The nearest comment line above ``label``, at most ``BACK`` non-blank lines above it
    and after ``first``, with no paragraph between them but the comment policy's (a comment
    word stem in it); else ``label``."""
    seen = 0
    j = label - 1
    while j > first and seen < BACK:
        if keys[j]:
            kind = line(j)
            if kind == "heading":
                return j
            if kind == "prose" and not any(s in keys[j] for s in _vocabulary().stems):
                return label  # the article's last paragraph
            seen += 1
        j -= 1
    return label


def why(form: Form, line_no: int, label: str) -> str:
    """The words of ``explain``'s tail note for a comment form at ``line_no``."""
    return (
        f"the comment form at line {line_no} ends the article (labels of "
        f"{len(form.fields)} fields: {', '.join(form.fields)}; first {label.strip()[:40]!r})"
    )
