"""cleantext: clean text scraped from the web.

Fix artifacts (mojibake, entities, invisible characters, broken spacing), remove repeated
blocks and boilerplate, and explain every edit.

>>> import cleantext
>>> cleantext.clean("Caf\\u00c3\\u00a9 &amp; bar ,  open.\\n\\nRead more")
'Café & bar, open.'
"""

from __future__ import annotations

from collections.abc import Iterable

from cleantext._version import __version__
from cleantext.config import Config, ConfigError
from cleantext.dedup.corpus import DedupOptions, DedupResult, dedup_corpus
from cleantext.dedup.index import DedupIndex, MemoryIndex, SQLiteIndex
from cleantext.dedup.minhash import Signer
from cleantext.edits import Edit, apply_edits, replay
from cleantext.normalizers import fix_and_explain, normalize
from cleantext.pipeline import STEP_NAMES, Cleaner, Document, make_cleaner
from cleantext.rules import Rule, all_rules

__all__ = [
    "STEP_NAMES",
    "Cleaner",
    "Config",
    "ConfigError",
    "DedupIndex",
    "DedupOptions",
    "DedupResult",
    "Document",
    "Edit",
    "MemoryIndex",
    "Rule",
    "SQLiteIndex",
    "Signer",
    "__version__",
    "all_rules",
    "apply_edits",
    "clean",
    "dedup_corpus",
    "fix_and_explain",
    "normalize",
    "replay",
]


def clean(text: str, *, preset: str = "light", steps: Iterable[str] | None = None) -> str:
    """Clean ``text`` with a preset (``light``, ``extract`` or ``none``).

    ``steps`` runs only the named steps (see :data:`STEP_NAMES`), leaving the rest of the text
    byte-identical.
    """
    return make_cleaner(preset, steps).clean(text)
