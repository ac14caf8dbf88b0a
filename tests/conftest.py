from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so that CI passes or fails on the code,
# not on the draw. `HYPOTHESIS_PROFILE=explore make test` searches new random examples (a
# failure it finds belongs in a test of its own, as in test_hostile.py).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "scraped_article_fr.txt"


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
