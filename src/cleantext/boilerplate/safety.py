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
from functools import lru_cache
from typing import Any

# the standard library's own regex parser (``sre_parse`` before Python 3.11; no type stubs)
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

__all__ = ["MAX_OPEN", "check_pattern", "first_words", "required_strings"]

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


_MAX_SET = 256  # strings in a set of alternatives before it is cut


@lru_cache(maxsize=256)
def _parsed(pattern: str) -> tuple[Any, ...] | None:
    """The standard parser's tree of ``pattern`` (``None`` if it cannot read it), parsed
    once for :func:`required_strings` and :func:`first_words` (which do not change it)."""
    try:
        return tuple(_p.parse(pattern))
    except (re.error, OverflowError, RecursionError):
        return None


def required_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (case-sensitive), or ``None``
    if the pattern has none (it can match without any fixed text).

    A text that contains none of them cannot match: the boilerplate step uses this to skip
    the pattern on most lines with a plain substring search. The set returned is the one
    whose shortest string is longest.

    >>> sorted(required_strings(r"0+ comments?"))
    [' comment']
    >>> sorted(required_strings(r"(?:this|our) (?:web ?site|site) uses cookies.{0,160}"))
    [' uses cookies']
    >>> sorted(required_strings(r"0+ (?:年|月)"))
    [' 年', ' 月']
    >>> required_strings(r".{0,40}") is None
    True
    """
    tree = _parsed(pattern)
    if tree is None:
        return None
    best = _required(list(tree))
    return frozenset(best) if best else None


def _better(a: set[str], b: set[str] | None) -> bool:
    if b is None:
        return True
    la, lb = min(map(len, a)), min(map(len, b))
    return la > lb or (la == lb and len(a) < len(b))


def _required(items: list[Any]) -> set[str] | None:
    """The best set of required strings of a sequence, or None."""
    best: set[str] | None = None
    run: set[str] = {""}

    def consider(cands: set[str] | None) -> None:
        nonlocal best
        if cands and "" not in cands and _better(cands, best):
            best = cands

    for op, av in items:
        exact = _exact([(op, av)])
        if exact is not None and len(run) * len(exact) <= _MAX_SET:
            run = {a + b for a in run for b in exact}
            continue
        consider(run)
        if exact is not None:
            run = exact
            continue
        run = {""}
        if op in _REPEATS and av[0] >= 1:
            consider(_required(list(av[2])))
        elif op is _c.SUBPATTERN:
            consider(_required(list(av[-1])))
        elif op is _c.BRANCH:
            subs = [_required(list(b)) for b in av[1]]
            if all(subs):
                consider(set().union(*subs))  # type: ignore[arg-type]
    consider(run)
    return best


def _exact(items: list[Any]) -> set[str] | None:
    """All the strings a sequence can match, if it is a small finite set of fixed strings."""
    out: set[str] = {""}
    for op, av in items:
        if op is _c.LITERAL:
            step: set[str] | None = {chr(av)}
        elif op is _c.SUBPATTERN:
            step = _exact(list(av[-1]))
        elif op is _c.BRANCH:
            parts = [_exact(list(b)) for b in av[1]]
            step = None if any(p is None for p in parts) else set().union(*parts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] == av[1] and av[0] <= 8:
            body = _exact(list(av[2]))
            step = None if body is None else {"".join(t) for t in _power(body, av[0])}
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av) and len(av) <= 16:
            step = {chr(v) for _, v in av}
        else:
            return None
        if step is None or len(out) * len(step) > _MAX_SET:
            return None
        out = {a + b for a in out for b in step}
    return out


def _power(body: set[str], n: int) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = [()]
    for _ in range(n):
        out = [(*t, b) for t in out for b in body][:_MAX_SET]
    return out


_MAX_STARTS = 4096  # first words of a pattern before the set is given up


def first_words(pattern: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """What the first word (the text before the first space) of a full match of ``pattern``
    can be: ``(words, prefixes)``, the first word being one of ``words`` or starting with one
    of ``prefixes``; ``None`` if it can start with anything.

    >>> first_words(r"0+ comments?")
    (frozenset(), frozenset({'0'}))
    >>> sorted(first_words(r"(?:posted )?(?:jan|feb) 0+")[0])
    ['feb', 'jan', 'posted']
    >>> first_words(r".{0,40}") is None
    True
    """
    tree = _parsed(pattern)
    if tree is None:
        return None
    found = _starts(list(tree), "")
    if found is None:
        return None
    words = frozenset(s for s, done in found if done)
    prefixes = frozenset(s for s, done in found if not done)
    return None if "" in prefixes else (words, prefixes)


def _starts(items: list[Any], head: str) -> set[tuple[str, bool]] | None:
    """``(string, complete)`` pairs for the first word of ``head`` followed by ``items``
    (complete: the word ends there; else it starts with the string)."""
    for k, (op, av) in enumerate(items):
        rest = items[k + 1 :]
        if op is _c.LITERAL:
            if av == 32:  # a space: the first word is complete
                return {(head, True)}
            head += chr(av)
            continue
        if op is _c.SUBPATTERN:
            return _starts(list(av[-1]) + rest, head)
        if op is _c.BRANCH:
            return _union(_starts(list(b) + rest, head) for b in av[1])
        if op in _REPEATS:
            lo, hi, body = av[0], av[1], list(av[2])
            if lo == hi == 1:
                return _starts(body + rest, head)
            if lo == 0 and hi == 1:
                return _union([_starts(rest, head), _starts(body + rest, head)])
            # one turn of the body, then more turns may follow: the word is complete only if
            # that turn reaches a space, else what is known is a prefix (the wildcard stands
            # for whatever follows)
            once = _starts([*body, (_c.ANY, None)], head)
            return _union([once, _starts(rest, head)]) if lo == 0 else once
        return {(head, False)}  # a class, a wildcard...: only the head is known
    return {(head, True)}


def _union(parts: Any) -> set[tuple[str, bool]] | None:
    out: set[tuple[str, bool]] = set()
    for part in parts:
        if part is None or len(out) + len(part) > _MAX_STARTS:
            return None
        out |= part
    return out
