"""The errors cleantext reports to its users (each module raises its own; all live here, so
that catching them imports nothing else)."""

from __future__ import annotations

import dataclasses
import difflib
import functools
import numbers
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = [
    "ConfigError",
    "InputError",
    "MissingExtraError",
    "PatternError",
    "UnknownOptionError",
    "check_number",
    "did_you_mean",
    "keywords_checked",
]

T = TypeVar("T")


class ConfigError(ValueError):
    """A configuration value is invalid (unknown key, preset, rule or bad type)."""


class UnknownOptionError(ConfigError, TypeError):
    """A keyword an options class does not have (``DedupOptions(treshold=0.8)``); also a
    ``TypeError``, the error Python gives for it, so that code catching that still does."""


class InputError(Exception):
    """The input cannot be read as asked (missing, not UTF-8, binary, bad JSONL line)."""


class PatternError(InputError):
    """A file pattern (``--glob``) that is malformed, leaves the directory, or matches no file:
    the command line's mistake (the CLI exits with code 2)."""


class MissingExtraError(ImportError):
    """An optional dependency is not installed (or cannot be imported); the message names the
    extra to install, e.g. ``pip install "cleantext-scrape[redis]"``."""


def did_you_mean(name: object, known: Iterable[str]) -> str:
    """``"; did you mean 'X'?"`` naming the known name closest to a mistyped ``name``, or ``""``
    when none is close (for the one-line errors about unknown keys and names).

    >>> did_you_mean("disabel", ["preset", "disable", "enable"])
    "; did you mean 'disable'?"
    >>> did_you_mean("colour", ["preset", "disable"])
    ''
    """
    if not isinstance(name, str):
        return ""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.75)
    return f"; did you mean {close[0]!r}?" if close else ""


def check_number(name: str, value: object, *, integer: bool = False) -> None:
    """Raise :class:`ConfigError` saying what was given when ``value`` is not a number (an
    integer if ``integer``; ``bool`` is neither), before a range check compares it.

    >>> check_number("threshold", 0.8), check_number("num_perm", 128, integer=True)
    (None, None)
    >>> check_number("num_perm", "128", integer=True)
    Traceback (most recent call last):
    ...
    cleantext.errors.ConfigError: num_perm must be an integer, not '128' (str)
    """
    kind = numbers.Integral if integer else numbers.Real
    if isinstance(value, bool) or not isinstance(value, kind):
        shown = repr(value)
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        what = "an integer" if integer else "a number"
        raise ConfigError(f"{name} must be {what}, not {shown} ({type(value).__name__})")


def keywords_checked(cls: type[T]) -> type[T]:
    """Class decorator for an options dataclass: a keyword its constructor does not take is a
    one-line :class:`UnknownOptionError` naming the close one, instead of Python's
    "unexpected keyword argument" (the constructor is not slowed: the keywords are looked
    at only when it fails).

    >>> @keywords_checked
    ... @dataclasses.dataclass(frozen=True)
    ... class Opts:
    ...     threshold: float = 0.5
    >>> Opts(threshold=0.8).threshold
    0.8
    >>> Opts(treshold=0.8)
    Traceback (most recent call last):
    ...
    cleantext.errors.UnknownOptionError: Opts has no option 'treshold'; did you mean 'threshold'?
    """
    init: Callable[..., None] = cls.__init__
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        try:
            init(self, *args, **kwargs)
        except TypeError:
            unknown = [k for k in kwargs if k not in names]
            if not unknown:
                raise
            hint = did_you_mean(unknown[0], names) or f"; its options: {', '.join(names)}"
            message = f"{cls.__name__} has no option {unknown[0]!r}{hint}"
            raise UnknownOptionError(message) from None

    cls.__init__ = __init__  # type: ignore[method-assign]
    return cls
