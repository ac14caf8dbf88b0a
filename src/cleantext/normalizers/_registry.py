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
from typing import TYPE_CHECKING, TypeVar

from cleantext.rules import Rule

if TYPE_CHECKING:
    from cleantext.normalizers._gate import Gate

__all__ = ["fixers_version", "gate_of", "gates", "implementation", "implements"]

F = TypeVar("F", bound=Callable[..., object])


class _Fixers(dict[tuple[str, str], Callable[..., object]]):
    """The implementations by ``(rule name, profile)``, with a ``version`` that every change
    bumps (lists of fixers derived from it are cached per version). Change it with ``[]=``
    and ``del`` only (other ``dict`` methods do not bump the version)."""

    version = 0

    def __setitem__(self, key: tuple[str, str], fn: Callable[..., object]) -> None:
        self.version += 1
        super().__setitem__(key, fn)

    def __delitem__(self, key: tuple[str, str]) -> None:
        self.version += 1
        super().__delitem__(key)


_FIXERS = _Fixers()
#: the gate of each implementation that declares one (by the function itself)
_GATES: dict[Callable[..., object], Gate] = {}


def fixers_version() -> int:
    """A number that changes whenever an implementation is added or removed."""
    return _FIXERS.version


def implements(
    rule: Rule, profile: str = "default", *, gate: Gate | None = None
) -> Callable[[F], F]:
    """Decorator: the function applies ``rule`` (under ``profile``; ``default`` serves every
    profile that has no implementation of its own).

    ``gate``: what must occur in a text for the function to return any edit (a superset,
    see :mod:`cleantext.normalizers._gate`); the step does not call it on a text where
    nothing of its gate occurs. Without a gate it is called on every text.
    """

    def mark(fn: F) -> F:
        old = _FIXERS.get((rule.name, profile))
        if old is None:
            if gate is not None:
                _GATES[fn] = gate
            _FIXERS[(rule.name, profile)] = fn  # (bumps the version after the gate is known)
        elif old is not fn:
            raise ValueError(f"rule {rule.name!r} has two implementations for {profile!r}")
        return fn

    return mark


def implementation(name: str, profile: str = "default") -> Callable[..., object]:
    """The function that applies rule ``name`` under ``profile``."""
    try:
        return _FIXERS.get((name, profile)) or _FIXERS[(name, "default")]
    except KeyError:
        raise KeyError(f"no normalizer implements rule {name!r}") from None


def gate_of(fn: Callable[..., object]) -> Gate | None:
    """The gate declared with implementation ``fn``, or ``None``."""
    return _GATES.get(fn)


def gates() -> list[Gate]:
    """The gates of every registered implementation, in registration order."""
    return [g for fn in _FIXERS.values() if (g := _GATES.get(fn)) is not None]
