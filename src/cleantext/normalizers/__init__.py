"""The ``normalize`` step: fix artifacts without removing content.

Normalizers run in a fixed order; each is a pure function ``text -> list[Edit]`` (edits in the
coordinates of the text it receives) registered as a rule, so each can be switched off.

Speed comes from gates and pre-checks: every normalizer declares what must occur in a text
for it to change anything (its :class:`~cleantext.normalizers._gate.Gate`: characters, pairs,
triples, or events of the shared :class:`~cleantext.normalizers._probe.Probe` at ``.``, ``,``,
``?`` and line breaks), and one pass over the text answers every gate at once; a normalizer
whose gate holds nowhere is not called. One that is called asks its own cheap question, and
does the real work only where the answer is yes, and then only around the places the probe
found (the lines of a ``.X``, the line breaks that start a blank run). After an edit, the
gates are checked again only around the edits, and what the probe found absent is looked for
again only near them. One full pass is followed by a
re-check of the changed lines only (:mod:`cleantext.normalizers._rounds`). Text that needs
nothing is returned byte-identical.

Code (fenced blocks, indented blocks, ```inline``` spans, lines that look like code) is left
untouched by every normalizer in the default profile; see :mod:`cleantext.normalizers.code`.

Profiles: ``default`` runs every rule and keeps the author's quote style; ``ftfy`` does what
``ftfy.fix_text`` does (same output), and runs cleantext's own typography rules only when a
config enables them by name.

>>> normalize("Fish &amp; chips ,  caf\\u00c3\\u00a9 .")
'Fish & chips, café.'
>>> normalize("Nothing to fix here.")
'Nothing to fix here.'
>>> normalize("don’t ﬁx", profile="ftfy")
"don't fix"
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from typing import cast

from cleantext.config import Config, NormalizeOptions
from cleantext.edits import Edit
from cleantext.normalizers._registry import fixers_version, implementation
from cleantext.normalizers._rounds import Fixer, run_rounds
from cleantext.rules import registry_version, step_rules

__all__ = ["enabled", "fix_and_explain", "ftfy_profile", "normalize", "normalizers"]


#: rounds of all normalizers at most (a round that changes nothing ends the loop)
MAX_ROUNDS = 3


def _import_normalizers() -> None:
    """Import every normalizer module of this package: each registers its rules."""
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


_import_normalizers()


def normalizers(options: NormalizeOptions | None = None) -> list[tuple[str, Fixer]]:
    """The normalizers in the order they run (:attr:`~cleantext.rules.Rule.order`), as
    ``(rule name, fixer)`` pairs.

    >>> [name for name, _ in normalizers()][:4]
    ['html-entities', 'mojibake', 'zero-width', 'control-chars']
    """
    profile = (options or NormalizeOptions()).profile
    return [(r.name, cast(Fixer, implementation(r.name, profile))) for r in step_rules("normalize")]


def enabled(config: Config) -> tuple[tuple[str, Fixer], ...]:
    """The normalizers ``config`` runs, in order.

    Computed once per config (a :class:`~cleantext.config.Config` is an immutable, hashable
    value) and registry state, not once per text: the answer depends on nothing else.

    >>> [name for name, _ in enabled(Config(disable=frozenset({"mojibake"})))][:3]
    ['html-entities', 'zero-width', 'control-chars']
    """
    versions = (registry_version(), fixers_version())
    last = _LAST[0]  # one read: another thread may replace it
    if last is not None and last[0] is config and last[1] == versions:
        return last[2]  # the config of the text before (by identity: no hash of it)
    found = _enabled(config, *versions)
    _LAST[0] = (config, versions, found)
    return found


#: the last answer of :func:`enabled` with what it was for: a pipeline asks for one config
#: text after text, and hashing a config for the cache costs more than the rest of the call
_LAST: list[tuple[Config, tuple[int, int], tuple[tuple[str, Fixer], ...]] | None] = [None]


@lru_cache(maxsize=64)
def _enabled(config: Config, _rules: int, _fixers: int) -> tuple[tuple[str, Fixer], ...]:
    ftfy = config.normalize.profile == "ftfy"
    on = {
        r.name
        for r in step_rules("normalize")
        if config.rule_enabled(r.name, default=r.default and (not ftfy or r.in_ftfy_profile))
    }
    return tuple((name, fixer) for name, fixer in normalizers(config.normalize) if name in on)


def run_step(text: str, config: Config) -> list[list[Edit]]:
    """Run every enabled normalizer; returns one list of edits per pass that changed text.

    One fix can expose another (removing a control character can complete a mojibake
    sequence); see :mod:`cleantext.normalizers._rounds` for how the step reaches a text that
    a second run leaves unchanged, without a second full scan in the common case.
    """
    if config.normalize.profile == "ftfy":
        # exactly ftfy.fix_text: one pass (ftfy repeats each segment until it is stable, and
        # a second pass could differ where fix_text is not idempotent, e.g. after \r -> \n)
        return run_rounds(text, enabled(config), 1, local=False, protect_code=False)
    return run_rounds(text, enabled(config), MAX_ROUNDS, local=True)


def fix_and_explain(text: str, *, profile: str = "default") -> tuple[str, list[Edit]]:
    """Normalize ``text`` and return it with the edits made, like ``ftfy.fix_and_explain``.

    >>> fixed, edits = fix_and_explain("a  b")
    >>> fixed, [e.rule for e in edits]
    ('a b', ['collapse-spaces'])
    """
    from cleantext.pipeline import Cleaner

    result = Cleaner(Config(normalize=NormalizeOptions(profile=profile), steps=("normalize",)))
    doc = result.clean_document(text)
    return doc.text, list(doc.edits)


def normalize(text: str, *, profile: str = "default") -> str:
    """Run the normalizers alone. ``profile="ftfy"`` follows ftfy's conventions."""
    return fix_and_explain(text, profile=profile)[0]


def ftfy_profile(text: str) -> str:
    """``normalize(text, profile="ftfy")``: a drop-in for ``ftfy.fix_text``.

    >>> ftfy_profile("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.")
    "The Mona Lisa doesn't have eyebrows."
    """
    return normalize(text, profile="ftfy")
