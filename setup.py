"""Build the optional C kernels of corpus dedup (everything else is in pyproject.toml).

``optional=True``: where no C compiler is found the build goes on without them and cleantext
uses its numpy code (bit-identical results, slower). ``CLEANTEXT_NO_EXTENSIONS=1`` skips them.

pyproject.toml's licence (a PEP 639 SPDX string) needs setuptools 77 or later. pip's default
build isolation installs it; a build without it (``pip wheel --no-build-isolation``, as done
offline) uses the environment's setuptools, and the one a new venv of Python 3.11 ships
(65.5) failed with "`project.license` must be valid exactly by one definition": it is
named here in one line instead, with the command that fixes it.
"""

import os
import sys

import setuptools
from setuptools import Extension, setup

SETUPTOOLS_NEEDED = 77


def _major(version: str) -> int:
    """The major number of a version string; 0 when it has none.

    >>> _major("65.5.0"), _major("80.9.0"), _major("dev")
    (65, 80, 0)
    """
    head = version.split(".")[0]
    return int(head) if head.isdigit() else 0


if _major(setuptools.__version__) < SETUPTOOLS_NEEDED:
    sys.exit(
        f"error: cleantext-scrape needs setuptools>={SETUPTOOLS_NEEDED} to build (this "
        f"environment has {setuptools.__version__}): pip install 'setuptools>="
        f"{SETUPTOOLS_NEEDED}', or build without --no-build-isolation"
    )

kernels = Extension(
    "cleantext.minhash._kernels",
    ["src/cleantext/minhash/_kernels.c"],
    extra_compile_args=["-O3"] if os.name != "nt" else ["/O2"],
    optional=True,
)
setup(ext_modules=[] if os.environ.get("CLEANTEXT_NO_EXTENSIONS") else [kernels])
