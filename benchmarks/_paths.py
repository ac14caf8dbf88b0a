"""Where the benchmark scripts (run as ``python benchmarks/NAME.py``) find the repository and
the shared data: ``../shared`` beside the repository, or the folder ``CLEANTEXT_SHARED`` names."""

from __future__ import annotations

import os
from pathlib import Path

#: the repository
ROOT = Path(__file__).resolve().parent.parent
#: the shared folder (``data/``, ``tools/``, ``examples/``)
SHARED = Path(os.environ.get("CLEANTEXT_SHARED") or ROOT.parent / "shared")


def need(*paths: Path) -> None:
    """Stop with one line (exit 1) when a data file the benchmark reads is missing: the shared
    dev sets are not part of the repository or of the source package."""
    for path in paths:
        if not path.exists():
            raise SystemExit(
                f"{path}: not found; this benchmark reads the shared dev sets, which are not "
                "part of the repository or the source package (set CLEANTEXT_SHARED to the "
                "folder that holds data/ and tools/)"
            )
