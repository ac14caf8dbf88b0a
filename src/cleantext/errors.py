"""The errors cleantext reports to its users (each module raises its own; all live here, so
that catching them imports nothing else)."""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "MissingExtraError", "PatternError"]


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
