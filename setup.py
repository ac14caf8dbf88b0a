"""Build the optional C kernels of corpus dedup (everything else is in pyproject.toml).

``optional=True``: where no C compiler is found the build goes on without them and cleantext
uses its numpy code (bit-identical results, slower). ``CLEANTEXT_NO_EXTENSIONS=1`` skips them.
"""

import os

from setuptools import Extension, setup

kernels = Extension(
    "cleantext.minhash._kernels",
    ["src/cleantext/minhash/_kernels.c"],
    extra_compile_args=["-O3"] if os.name != "nt" else ["/O2"],
    optional=True,
)
setup(ext_modules=[] if os.environ.get("CLEANTEXT_NO_EXTENSIONS") else [kernels])
