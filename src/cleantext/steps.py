"""The names of the pipeline steps, in the order they run.

They live in a module of their own, below both the configuration (which checks ``steps``
against them) and the pipeline (which maps each name to its function), so that neither has to
import the other.

>>> STEP_NAMES
('normalize', 'dedup-blocks', 'boilerplate', 'tidy')
"""

from __future__ import annotations

__all__ = ["STEP_NAMES"]

#: The steps in the order they run. ``tidy`` runs only after a step removed text.
STEP_NAMES: tuple[str, ...] = ("normalize", "dedup-blocks", "boilerplate", "tidy")
