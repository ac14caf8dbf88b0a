"""Where the benchmark scripts (run as ``python benchmarks/NAME.py``) find the repository and
the shared data: ``../shared`` beside the repository, or the folder ``CLEANTEXT_SHARED`` names."""

from __future__ import annotations

import os
from pathlib import Path

#: the repository
ROOT = Path(__file__).resolve().parent.parent
#: the shared folder (``data/``, ``tools/``, ``examples/``)
SHARED = Path(os.environ.get("CLEANTEXT_SHARED", ROOT.parent / "shared"))
