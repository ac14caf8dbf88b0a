"""A structural check that a user-supplied regex cannot backtrack catastrophically.

User patterns (``boilerplate.extra_patterns``) run on every line of every document, without
a clock: a pattern that can take exponential (or high polynomial) time on some line would
hang the cleaning. So each one is parsed when it is loaded (with the standard library's
regex parser, ``re._parser``) and refused, with a message naming it, if it has a shape
that can make a backtracking matcher explode:

- **nested quantifiers**: a repeated group (``+``, ``*``, ``{m,n}`` with ``n > 1``) whose
  body contains a repeat of variable length: ``(a+)+``, ``(\\w+\\s?)*``, ``(?:x|y?){2,}``;
- **ambiguous repeated alternation**: a repeated group with two branches that can start
  with the same character: ``(\\w\\w|\\d)+``, ``(x.|xy)*``;
- **too many unbounded wildcards**: more than :data:`MAX_OPEN` unbounded repeats of a
  character class in one pattern (``.*a.*b.*c.*d``: each one multiplies the work);
- **backreferences** (``\\1``, ``(?P=name)``): matching them is not linear;
- syntax the standard parser does not know (fuzzy matching, recursion, ``\\p{..}`` is fine).

>>> check_pattern(r"sponsored by \\w+")
>>> check_pattern(r"photo: .{0,40}")
>>> check_pattern(r"(a+)+$")
Traceback (most recent call last):
...
ValueError: nested quantifiers: a repeated group contains a repeat of variable length
>>> check_pattern(r"(?:\\w\\w|\\d)+")
Traceback (most recent call last):
...
ValueError: ambiguous repetition: two alternatives of a repeated group can start alike
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the standard library's own regex parser (``sre_parse`` before Python 3.11; no type stubs)
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

__all__ = ["MAX_OPEN", "check_pattern"]

#: unbounded repeats of a character class allowed in one pattern (each adds a factor of the
#: line length to the worst case; lines matched are at most 200 characters)
MAX_OPEN = 3

# regex-module property classes (\p{L}, \P{Lu}) stand for a character class
_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
_FUZZY = re.compile(r"\{\s*[eisd]\s*(?:[<=]|\})")  # the regex module's fuzzy matching
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_BROAD = object()  # a first-character set too wide to list


def check_pattern(pattern: str) -> None:
    """Raise ``ValueError`` (with the reason) if ``pattern`` has an unsafe shape.

    >>> check_pattern(r"(\\d+)\\1")
    Traceback (most recent call last):
    ...
    ValueError: backreferences are not allowed
    """
    if _FUZZY.search(pattern):
        raise ValueError("fuzzy matching ({e<=n}) is not allowed")
    try:
        tree = _p.parse(_PROPERTY.sub(r"\\w", pattern), re.IGNORECASE)
    except (re.error, OverflowError, RecursionError) as exc:
        raise ValueError(f"syntax the safety check cannot read ({exc})") from None
    opened = _walk(list(tree))
    if opened > MAX_OPEN:
        raise ValueError(
            f"{opened} unbounded wildcard repeats (at most {MAX_OPEN}; each multiplies the "
            "worst-case time)"
        )


def _walk(items: list[Any]) -> int:
    """Check a parsed sequence; return its number of unbounded class repeats."""
    opened = 0
    for op, av in items:
        if op in _REPEATS:
            hi, body = av[1], list(av[2])
            if hi == _c.MAXREPEAT and _is_class(body):
                opened += 1
            if hi > 1 or hi == _c.MAXREPEAT:
                if _has_variable_repeat(body):
                    raise ValueError(
                        "nested quantifiers: a repeated group contains a repeat of variable length"
                    )
                if _ambiguous_branch(body):
                    raise ValueError(
                        "ambiguous repetition: two alternatives of a repeated group can start alike"
                    )
            opened += _walk(body)
        elif op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            raise ValueError("backreferences are not allowed")
        elif op is _c.SUBPATTERN:
            opened += _walk(list(av[-1]))
        elif op is _c.BRANCH:
            opened += sum(_walk(list(b)) for b in av[1])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            opened += _walk(list(av[1]))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            opened += _walk(list(av))
    return opened


def _is_class(body: list[Any]) -> bool:
    return len(body) == 1 and body[0][0] in (_c.ANY, _c.IN, _c.NOT_LITERAL, _c.CATEGORY)


def _has_variable_repeat(body: list[Any]) -> bool:
    return any(_variable(op, av) for op, av in body)


def _variable(op: Any, av: Any) -> bool:
    """True if this item can match a variable number of repeats (an empty alternative
    makes a group optional: ``(?:|b)`` is ``b?``)."""
    if op in _REPEATS:
        return bool(av[0] != av[1] or _has_variable_repeat(list(av[2])))
    if op is _c.SUBPATTERN:
        return _has_variable_repeat(list(av[-1]))
    if op is _c.BRANCH:
        return any(not b or _has_variable_repeat(list(b)) for b in av[1])
    return False


def _ambiguous_branch(body: list[Any]) -> bool:
    """True if the body holds an alternation with two branches that can start alike."""
    for op, av in body:
        if op is _c.SUBPATTERN and _ambiguous_branch(list(av[-1])):
            return True
        if op is _c.BRANCH:
            firsts = [_first(list(b)) for b in av[1]]
            for i, a in enumerate(firsts):
                for b in firsts[i + 1 :]:
                    if a is _BROAD or b is _BROAD or a & b:  # type: ignore[operator]
                        return True
            if any(_ambiguous_branch(list(b)) for b in av[1]):
                return True
    return False


def _first(seq: list[Any]) -> object:
    """The characters a sequence can start with: a set of code points, or ``_BROAD``."""
    if not seq:
        return _BROAD  # an empty branch matches alongside anything
    op, av = seq[0]
    if op is _c.LITERAL:
        return {chr(av).casefold()}
    if op is _c.SUBPATTERN:
        return _first(list(av[-1]) + seq[1:])
    if op is _c.BRANCH:
        found: set[str] = set()
        for b in av[1]:
            f = _first(list(b))
            if f is _BROAD:
                return _BROAD
            found |= f  # type: ignore[arg-type]
        return found
    return _BROAD
