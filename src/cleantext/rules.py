"""The rule registry: every rule the cleaner can apply, with its step, summary and examples.

Each step module registers its rules here when it is imported, so ``cleantext rules`` and the
documentation list exactly what the code does, and a config can switch any rule off by name.

>>> r = get_rule("collapse-spaces")
>>> r.step, r.default
('normalize', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from cleantext.errors import did_you_mean
from cleantext.steps import STEP_NAMES

__all__ = ["Rule", "all_rules", "get_rule", "register", "registry_version", "step_rules"]


@dataclass(frozen=True)
class Rule:
    """Metadata for one rule.

    Attributes:
        name: unique, kebab-case; used in edits, configs and ``--disable``.
        step: the pipeline step that applies it.
        summary: one sentence saying what it changes (plain text).
        default: whether it runs unless switched off (``False``: opt-in with ``enable``).
        examples: ``(input, output)`` pairs, shown in docs and checked by tests.
        order: where it runs within its step, lowest first (normalizers run in this order;
            each should only create work for rules that run after it).
        line_local: the rule looks at one line at a time, and later edits can give it more
            work (decoding ``&amp;amp;`` yields an entity, removing a control character can
            complete mojibake): it runs again on the lines a round changed, all of them put
            together in one text (so its edits on a text must be its edits on each line).
        feeds_line_local: its edits can give a line-local rule work (``False`` for rules
            that only change a letter's case, insert a space or drop a mark or blank line).
        in_ftfy_profile: a normalizer that runs in the ``ftfy`` profile without being enabled.
        preset: the boilerplate preset the rule belongs to (``"extract"``), or ``""``.
    """

    name: str
    step: str
    summary: str
    default: bool = True
    examples: tuple[tuple[str, str], ...] = field(default=())
    order: int = 0
    line_local: bool = False
    feeds_line_local: bool = True
    in_ftfy_profile: bool = False
    preset: str = ""


class _Registry(dict[str, Rule]):
    """The rules by name, with a ``version`` that every change bumps.

    Lists derived from the registry (the rules of a step in order, a config's normalizers)
    are cached per version, so they are computed once, not on every cleaned text, and are
    still right after a rule is added or removed. Change it with ``[]=`` and ``del`` only
    (other ``dict`` methods do not bump the version).
    """

    version = 0

    def __setitem__(self, name: str, rule: Rule) -> None:
        self.version += 1
        super().__setitem__(name, rule)

    def __delitem__(self, name: str) -> None:
        self.version += 1
        super().__delitem__(name)


_REGISTRY = _Registry()


def registry_version() -> int:
    """A number that changes whenever a rule is registered or removed (a cache key)."""
    return _REGISTRY.version


def register(rule: Rule) -> Rule:
    """Add ``rule`` to the registry (idempotent for the same definition)."""
    old = _REGISTRY.get(rule.name)
    if old is not None and old != rule:
        raise ValueError(f"rule {rule.name!r} registered twice with different definitions")
    if old is None:
        _REGISTRY[rule.name] = rule
    return rule


def _load_all() -> None:
    # importing the step modules registers their rules (imported here, when a rule is first
    # looked up, because those modules import this one)
    global _loaded
    if not _loaded:
        from cleantext import blocks, boilerplate, normalizers, tidy  # noqa: F401

        _loaded = True


_loaded = False


def all_rules() -> list[Rule]:
    """Every registered rule, in pipeline order (by step, then :attr:`Rule.order`)."""
    _load_all()
    return list(_ordered(None, _REGISTRY.version))


def step_rules(step: str) -> list[Rule]:
    """The rules of one step, in the order they run.

    >>> [r.name for r in step_rules("normalize")][:3]
    ['html-entities', 'mojibake', 'zero-width']
    """
    _load_all()
    return list(_ordered(step, _REGISTRY.version))


@lru_cache(maxsize=32)
def _ordered(step: str | None, version: int) -> tuple[Rule, ...]:
    """The rules of ``step`` (all steps for ``None``) in order, for registry ``version``."""
    order = {s: i for i, s in enumerate(STEP_NAMES)}
    rules = sorted(_REGISTRY.values(), key=lambda r: (order.get(r.step, 99), r.order, r.name))
    return tuple(r for r in rules if step is None or r.step == step)


def get_rule(name: str) -> Rule:
    """Look a rule up by name; raises ``KeyError`` with the known names if it is unknown."""
    rule = _REGISTRY.get(name)
    if rule is not None:
        return rule
    _load_all()
    try:
        return _REGISTRY[name]
    except KeyError:
        hint = did_you_mean(name, _REGISTRY) or f"; known rules: {', '.join(sorted(_REGISTRY))}"
        raise KeyError(f"unknown rule {name!r}{hint}") from None
