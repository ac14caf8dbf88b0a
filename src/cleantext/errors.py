"""The errors cleantext reports to its users (each module raises its own; all live here, so
that catching them imports nothing else)."""

from __future__ import annotations

import difflib
import numbers
from collections.abc import Iterable

__all__ = [
    "ConfigError",
    "InputError",
    "MissingExtraError",
    "PatternError",
    "check_number",
    "did_you_mean",
]


class ConfigError(ValueError):
    """A configuration value is invalid (unknown key, preset, rule or bad type)."""


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
