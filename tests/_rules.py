"""A normalizer added for one test, the way a new module in ``cleantext/normalizers`` adds
one: register a rule, mark its function; and a registry put back as it was after code (a docs
snippet) that registers rules."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from cleantext import rules
from cleantext.edits import Edit
from cleantext.normalizers import _registry


@contextmanager
def restored_registry() -> Iterator[None]:
    """The rule registry and the normalizer implementations as they were before the block:
    what the block registers is removed after it (with ``del``, so the versions that cached
    lists depend on move on)."""
    rules._load_all()  # the library's own rules are there before, not counted as the block's
    before_rules = dict(rules._REGISTRY)
    before_fixers = dict(_registry._FIXERS)
    try:
        yield
    finally:
        for name in [n for n in rules._REGISTRY if n not in before_rules]:
            del rules._REGISTRY[name]
        for key in [k for k in _registry._FIXERS if k not in before_fixers]:
            del _registry._FIXERS[key]
        for name, rule in before_rules.items():
            if rules._REGISTRY.get(name) is not rule:
                rules._REGISTRY[name] = rule
        for key, fn in before_fixers.items():
            if _registry._FIXERS.get(key) is not fn:
                _registry._FIXERS[key] = fn


@contextmanager
def wow_rule(name: str, order: int) -> Iterator[rules.Rule]:
    """Rule ``name`` (a normalizer at ``order``) lowercases the first ``WOW`` of a text while
    the block runs; it is unregistered after."""
    with restored_registry():
        rule = rules.register(
            rules.Rule(name, "normalize", "Lowercase 'WOW'.", order=order, feeds_line_local=False)
        )

        @_registry.implements(rule)
        def fix(text: str, probe: object = None) -> list[Edit]:
            i = text.find("WOW")
            return [Edit(rule.name, i, i + 3, "WOW", "wow")] if i >= 0 else []

        yield rule
