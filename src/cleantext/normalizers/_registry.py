"""Which function implements each ``normalize`` rule.

A normalizer module registers its :class:`~cleantext.rules.Rule` (with its ``order`` and
flags) and marks the function that applies it with :func:`implements`; the step runs every
registered normalizer in rule order. Adding a normalizer is one new module in this package
(it is imported with the package), plus its tests and data.

>>> from cleantext.normalizers import normalizers
>>> implementation("collapse-spaces") is dict(normalizers())["collapse-spaces"]
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from cleantext.rules import Rule

__all__ = ["implementation", "implements"]

F = TypeVar("F", bound=Callable[..., object])

_FIXERS: dict[tuple[str, str], Callable[..., object]] = {}


def implements(rule: Rule, profile: str = "default") -> Callable[[F], F]:
    """Decorator: the function applies ``rule`` (under ``profile``; ``default`` serves every
    profile that has no implementation of its own)."""

    def mark(fn: F) -> F:
        old = _FIXERS.setdefault((rule.name, profile), fn)
        if old is not fn:
            raise ValueError(f"rule {rule.name!r} has two implementations for {profile!r}")
        return fn

    return mark


def implementation(name: str, profile: str = "default") -> Callable[..., object]:
    """The function that applies rule ``name`` under ``profile``."""
    try:
        return _FIXERS.get((name, profile)) or _FIXERS[(name, "default")]
    except KeyError:
        raise KeyError(f"no normalizer implements rule {name!r}") from None
