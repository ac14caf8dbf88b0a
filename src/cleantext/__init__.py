"""cleantext: clean text scraped from the web.

Fix artifacts (mojibake, entities, invisible characters, broken spacing), remove repeated
blocks and boilerplate, and explain every edit.

>>> import cleantext
>>> cleantext.clean("Caf\\u00c3\\u00a9 &amp; bar ,  open.\\n\\nRead more")
'Café & bar, open.'
"""

from cleantext._version import __version__

#: (neither ``typing`` nor ``__future__`` imported: the ``cleantext`` command loads this package
#: before it can hold Ctrl-C, see ``cleantext.cli``, and typing's imports were 60% of that
#: time; mypy reads ``TYPE_CHECKING`` as true whatever its value)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from cleantext.config import Config, ConfigError
    from cleantext.corpus.dedup import DedupOptions, DedupResult, dedup_corpus
    from cleantext.corpus.index import DedupIndex, MemoryIndex, SQLiteIndex
    from cleantext.edits import Edit, apply_edits, replay
    from cleantext.minhash.signatures import Signer
    from cleantext.normalizers import fix_and_explain, normalize
    from cleantext.pipeline import STEP_NAMES, Cleaner, Document
    from cleantext.rules import Rule, all_rules

#: where each public name lives; imported on first use, so that ``cleantext dedup`` (say) does
#: not pay for the cleaning pipeline's start-up
_LAZY = {
    "Config": "cleantext.config",
    "ConfigError": "cleantext.config",
    "DedupOptions": "cleantext.corpus.dedup",
    "DedupResult": "cleantext.corpus.dedup",
    "dedup_corpus": "cleantext.corpus.dedup",
    "DedupIndex": "cleantext.corpus.index",
    "MemoryIndex": "cleantext.corpus.index",
    "SQLiteIndex": "cleantext.corpus.index",
    "Signer": "cleantext.minhash.signatures",
    "Edit": "cleantext.edits",
    "apply_edits": "cleantext.edits",
    "replay": "cleantext.edits",
    "fix_and_explain": "cleantext.normalizers",
    "normalize": "cleantext.normalizers",
    "STEP_NAMES": "cleantext.pipeline",
    "Cleaner": "cleantext.pipeline",
    "Document": "cleantext.pipeline",
    "make_cleaner": "cleantext.pipeline",
    "Rule": "cleantext.rules",
    "all_rules": "cleantext.rules",
}


if not TYPE_CHECKING:  # (hidden from type checkers: they see the imports above, so that a
    # misspelt name, ``from cleantext import Clenaer``, is an error there and not ``Any``)

    def __getattr__(name: str) -> "Any":
        if name not in _LAZY:
            raise AttributeError(f"module 'cleantext' has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
    "clean_html",
    "dedup_corpus",
    "fix_and_explain",
    "normalize",
    "replay",
]


def clean(text: str, *, preset: str = "light", steps: "Iterable[str] | None" = None) -> str:
    """Clean ``text`` with a preset (``light``, ``extract`` or ``none``).

    ``steps`` runs only the named steps (see :data:`STEP_NAMES`), leaving the rest of the text
    byte-identical. The cleaner for each preset and steps is built once and reused.
    """
    from cleantext.pipeline import shared_cleaner

    return shared_cleaner(preset, steps).clean(text)


def clean_html(html: str | bytes, *, preset: str = "extract", url: str | None = None) -> str:
    """The cleaned main text of an HTML page.

    ``bytes`` are decoded as :func:`cleantext.html.decode_html` says (byte-order mark, the
    page's meta charset, UTF-8, a detector, else UTF-8 with U+FFFD). ``preset="extract"`` keeps
    the main content only; ``light`` and ``none`` keep all visible text. ``url`` limits a
    learned site profile to the page's host. Needs the ``html`` extra (lxml).

    >>> clean_html("<nav><a href='/'>Home</a></nav><main><p>The museum reopens on Friday "
    ...            "after two years of work, the city said.</p></main><footer>© City</footer>")
    'The museum reopens on Friday after two years of work, the city said.'
    """
    from cleantext.pipeline import shared_cleaner

    return shared_cleaner(preset, None).clean_html(html, url)
