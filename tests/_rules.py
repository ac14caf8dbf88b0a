"""A normalizer added for one test, the way a new module in ``cleantext/normalizers`` adds
one: register a rule, mark its function."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from cleantext import rules
from cleantext.edits import Edit
from cleantext.normalizers import _registry


@contextmanager
def wow_rule(name: str, order: int) -> Iterator[rules.Rule]:
    """Rule ``name`` (a normalizer at ``order``) lowercases the first ``WOW`` of a text while
    the block runs; it is unregistered after."""
    rule = rules.register(
        rules.Rule(name, "normalize", "Lowercase 'WOW'.", order=order, feeds_line_local=False)
    )

    @_registry.implements(rule)
    def fix(text: str, probe: object = None) -> list[Edit]:
        i = text.find("WOW")
        return [Edit(rule.name, i, i + 3, "WOW", "wow")] if i >= 0 else []

    try:
        yield rule
    finally:
        del rules._REGISTRY[rule.name]
        del _registry._FIXERS[(rule.name, "default")]
